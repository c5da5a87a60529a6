"""Ceasefire status in Russian, Ukrainian and Turkish news wordings found by a probe of natural reporting.

A call to "cease fire" names a truce; an agreement that must still be reached or is demanded is a proposal;
calm or a renewed attack told in the next sentence, without the truce's name, says how the truce is going;
last year's truce, a neighbouring country's truce and political or trade truces are not the conflict's;
talks said not to exist propose nothing; a truce that ran its course or was not extended is over.
All sentences are our own.
"""

from __future__ import annotations

import pytest
from test_ceasefire_long import status

CALLS = [
    ("ru", "proposed", "Папа Римский призвал враждующие стороны прекратить огонь на время праздников."),
    ("uk", "proposed", "Червоний Хрест закликав армію та повстанців припинити вогонь хоча б на добу."),
    ("tr", "proposed", "Belediye başkanı, tarafların derhal ateşi kesmesi için çağrıda bulundu."),
]


@pytest.mark.parametrize(("language", "expected", "text"), CALLS)
def test_a_call_to_cease_fire_names_a_truce(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


NOT_YET_AGREED = [
    ("ru", "proposed", "Делегации должны согласовать условия перемирия на встрече в Женеве."),
    ("ru", "proposed", "Мэр требует заключить перемирие хотя бы на время эвакуации."),
    ("uk", "proposed", "Сторони мають узгодити умови перемир'я до кінця місяця."),
    ("uk", "proposed", "Мер міста вимагає від обох сторін укласти перемир'я негайно."),
    ("tr", "proposed", "Yetkililer, tarafların bu hafta içinde ateşkes üzerinde anlaşabileceğini belirtti."),
    # close to an agreement is not yet one
    ("ru", "proposed", "Посредники заявили, что стороны близки к заключению перемирия."),
    ("uk", "proposed", "Дипломати вважають, що сторони близькі до укладення перемир'я."),
    ("tr", "proposed", "Diplomatik kaynaklara göre taraflar ateşkese hiç olmadığı kadar yakın."),
    ("tr", "proposed", "Arabulucu, iki tarafın ateşkes konusunda bir an önce uzlaşması gerektiğini "
                       "vurguladı."),
    # "despite objections" is not "despite the truce"; "will be valid from tomorrow" is not yet in force
    ("tr", "agreed", "Bakanlık, bazı grupların itirazına rağmen ateşkesin yarından itibaren geçerli "
                     "olacağını duyurdu."),
]


@pytest.mark.parametrize(("language", "expected", "text"), NOT_YET_AGREED)
def test_an_agreement_still_to_reach_is_a_proposal(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


HOW_IT_GOES = [
    ("ru", "holding", "Перемирие вступило в силу в воскресенье. Вечером в городе было тихо."),
    ("ru", "holding", "Режим прекращения огня объявлен с шести утра. Ни одного выстрела с тех пор не "
                      "прозвучало."),
    ("uk", "holding", "Перемир'я набуло чинності в п'ятницю. У прикордонних селах відтоді тихо."),
    ("uk", "holding", "Режим тиші почав діяти опівночі. Вибухів у місті вночі не було."),
    ("uk", "holding", "Перемир'я, досягнуте в Стамбулі, наразі виконують обидві сторони."),
    ("uk", "holding", "Перемир'я, укладене після багатьох тижнів виснажливих переговорів у Стамбулі за "
                      "участю представників ООН і Туреччини та кількох сусідніх держав, поки що тримається."),
    ("tr", "holding", "Ateşkes pazar sabahı yürürlüğe girdi. Gece boyunca hiçbir saldırı yaşanmadı."),
    ("ru", "holding", "Режим тишины начал действовать в субботу. Обстрелов с тех пор не фиксировалось."),
    ("uk", "holding", "Перемир'я почало діяти в суботу. Відтоді обстрілів не фіксували."),
    ("tr", "holding", "Ateşkes ikinci haftasına girdi."),
    ("tr", "holding", "Ateşkese kuzeydeki cephede tüm birlikler uyuyor."),
    ("ru", "violated", "Перемирие действует с четверга. Тем не менее в субботу боевики снова открыли огонь "
                       "по деревне."),
    ("uk", "violated", "Режим тиші діє з неділі. Утім, уночі село знову зазнало обстрілу."),
    ("tr", "violated", "Ateşkes cuma gününden bu yana yürürlükte. Ancak pazar gecesi sınır köyleri yeniden "
                       "bombalandı."),
]


@pytest.mark.parametrize(("language", "expected", "text"), HOW_IT_GOES)
def test_calm_or_attacks_told_next_say_how_the_truce_goes(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


NOT_THIS_CONFLICT = [
    ("ru", "В прошлом году перемирие в долине продержалось две недели. Теперь там снова идут бои."),
    ("ru", "В соседней республике режим тишины соблюдается, а на севере страны продолжаются обстрелы."),
    ("ru", "Лидеры фракций заключили политическое перемирие на время выборов."),
    ("ru", "Переговоры о прекращении огня сейчас не ведутся, признал дипломат."),
    ("uk", "Торік режим тиші в регіоні тримався лише кілька днів."),
    ("uk", "У сусідній країні перемир'я діє вже місяць, а тут щодня лунають вибухи."),
    ("uk", "Партії оголосили політичне перемир'я до кінця виборчої кампанії."),
    ("uk", "Переговорів про перемир'я наразі не ведеться, заявив речник."),
    ("tr", "Geçen yıl iki aşiret arasında ateşkes sağlanmıştı. Bu sabah köyde yeniden çatışma çıktı."),
    ("tr", "Komşu ülkede ateşkes yürürlükteyken bu bölgede çatışmalar sürüyor."),
    ("tr", "ABD ile Çin arasındaki ticari ateşkes 90 gün uzatıldı."),
    ("tr", "Muhalefet partileri seçimlere kadar siyasi ateşkes ilan etti."),
    ("tr", "Bakan, şu anda herhangi bir ateşkes müzakeresi yürütülmediğini söyledi."),
    ("tr", "Bakanlık, militanlarla ateşkes olasılığını reddetti."),
]


@pytest.mark.parametrize(("language", "text"), NOT_THIS_CONFLICT)
def test_other_times_places_and_truces_are_none(language: str, text: str) -> None:
    assert status(text, language) == "none"


# A truce agreed last year that collapsed now is the current state, not history.
DATED_LAST_YEAR = [
    ("tr", "collapsed", "Geçen yıl kasımda Katar'ın arabuluculuğuyla varılan ateşkes, dünkü saldırılarla "
                        "fiilen çöktü."),
    ("ru", "violated", "Перемирие, заключённое в прошлом году, нарушено: ночью обстреляли два села."),
    ("uk", "violated", "Перемир'я, укладене торік, порушено: уночі обстріляли два села."),
]


@pytest.mark.parametrize(("language", "expected", "text"), DATED_LAST_YEAR)
def test_a_truce_dated_last_year_can_end_now(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


ENDED = [
    ("ru", "collapsed", "Трёхдневное перемирие подошло к концу в воскресенье вечером."),
    ("uk", "collapsed", "Великоднє перемир'я добігло кінця опівночі."),
    ("tr", "collapsed", "Üç günlük insani aranın süresi dün gece doldu."),
    ("tr", "collapsed", "Taraflar bir haftalık ateşkesi uzatmayacaklarını açıkladı."),
]


@pytest.mark.parametrize(("language", "expected", "text"), ENDED)
def test_a_truce_that_ran_out_is_over(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected
