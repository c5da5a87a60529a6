"""Killed figures in Russian, Ukrainian and Turkish news phrasings (our own sentences)."""

from __future__ import annotations

import pytest
from test_casualties_long import of_text


@pytest.mark.parametrize(
    ("language", "text", "low"),
    [
        # "жертвами … стали N": the toll's cue stands far before its verb
        ("ru", "Жертвами ночного обстрела Горловки стали пятеро горожан.", 5),
        ("uk", "Жертвами ракетної атаки на Запоріжжя стали 4 людини.", 4),
        # hundreds in the genitive; Ukrainian collective numerals
        ("ru", "В ходе боёв погибли около трёхсот боевиков.", 300),
        ("uk", "Під час штурму загинули близько п'ятисот військових.", 500),
        ("uk", "Під час бою загинули дев'ятеро військових.", 9),
        # the toll noun "загиблих", and a toll told after a dash or "уже"
        ("uk", "Рятувальники продовжують розбирати завали. Загиблих уже 17.", 17),
        ("uk", "Пошук завершено. Остаточна кількість загиблих — 31 людина.", 31),
        ("ru", "Спасатели завершили работы. Число погибших — 14 человек.", 14),
        # one victim named by a noun, an adjective before it or a name after it
        ("ru", "При обстреле погиб фотокорреспондент агентства.", 1),
        ("uk", "Під час обстрілу загинув кореспондент телеканалу.", 1),
        ("uk", "На фронті загинув відомий ветеран.", 1),
        ("uk", "Внаслідок обстрілу загинув мирний житель.", 1),
        ("tr", "Muhabir Ayşe Demir saldırıda hayatını kaybetti.", 1),
        # the bomber or attacker who died too, told alone in another sentence
        ("ru", "При взрыве погибли четверо полицейских. Смертница также погибла.", 5),
        ("uk", "Загинули двоє поліцейських. Нападник також загинув.", 3),
        ("tr", "Saldırıda 6 asker şehit oldu. Bombacı da patlamada öldü.", 7),
        # "of them" written as a suffix: "Teröristlerden 6'sı"
        ("tr", "Çatışmada 2 asker şehit oldu. Teröristlerden 6'sı da öldürüldü.", 8),
        # a toll phrase in the genitive
        ("tr", "Yetkililer ölü sayısının 19 olduğunu açıkladı.", 19),
        # a running total since a day and month gives way to the day's toll
        ("ru", "Вчера погибли 8 человек. С 1 марта в городе погибли 2300 мирных жителей.", 8),
        ("ru", "Погибли 8 человек. Общее число погибших с 1 марта достигло 230.", 8),
        ("uk", "Унаслідок удару загинули 6 людей. З 10 травня в області загинули 1200 цивільних.", 6),
        ("tr", "Dün 8 kişi öldü. 1 Mart'tan bu yana bölgede 2.300 sivil hayatını kaybetti.", 8),
        ("uk", "Удар забрав життя двох людей. Із початку війни в місті загинули понад 400 людей.", 2),
        # an earlier attack of this month or last week
        ("ru", "В пятницу погибли двое. На прошлой неделе при ударе по рынку погибли 16 человек.", 2),
        ("ru", "Погибли трое. В начале месяца при обстреле вокзала погибли 16 человек.", 3),
        ("uk", "У середу загинули троє людей. Минулого тижня під час удару по вокзалу загинули 20 осіб.", 3),
        ("tr", "Saldırıda 2 kişi öldü. Geçen hafta aynı kentte 15 kişi hayatını kaybetti.", 2),
        ("ru", "Погибли четверо. Ранее в этом году при атаке на рынок погибли 30 человек.", 4),
        ("ru", "Погибли четверо. В марте в результате аналогичного удара погибли 30 человек.", 4),
        ("uk", "Загинули четверо людей. Раніше цього року під час атаки на ринок загинули 30 людей.", 4),
        # running totals of a week, of this year, of the war so far
        ("ru", "Погибли четверо. За неделю в городе погибли 25 человек.", 4),
        ("uk", "Загинули четверо людей. Загалом за тиждень у місті загинули 25 людей.", 4),
        ("tr", "Saldırıda 4 kişi öldü. Böylece bu yıl kentte ölenlerin sayısı 87'ye yükseldi.", 4),
        ("tr", "Saldırıda 4 kişi öldü. Savaşta şimdiye kadar 40 binden fazla kişi öldü.", 4),
        # "half a hundred"
        ("ru", "По меньшей мере полсотни человек погибли.", 50),
        ("uk", "Щонайменше півсотні людей загинули.", 50),
        # "the deadliest since May, when 19 died": the comparison's toll is history
        ("ru", "Погибли семь человек. Это самый кровавый обстрел с мая, когда погибли 19 человек.", 7),
        ("uk", "Загинули семеро людей. Це найкривавіший обстріл з травня, коли загинули 19 людей.", 7),
        # groups of one family added across sentences, the largest total adding two of them already
        ("ru", "Погибли трое военных и двое мирных жителей. Пятеро боевиков были ликвидированы.", 10),
        ("uk", "Загинули четверо військових і троє цивільних. Шестеро бойовиків знищено.", 13),
        # ... a group's figures on one verb added first ("трое полицейских и охранник")
        ("ru", "Погибли трое полицейских и охранник рынка. Двое нападавших были ликвидированы.", 6),
        # a nominalised death verb: "üç çocuğun hayatını kaybetmesine yol açtı"
        ("tr", "Patlayan mayın, aynı aileden üç çocuğun hayatını kaybetmesine yol açtı.", 3),
        ("tr", "Bombalı saldırı 4 askerin ölmesine neden oldu.", 4),
        # another side's report of its own armed men ("в свою очередь", "своєю чергою")
        ("ru", "При обстреле села погибли пять человек, сообщили власти. Повстанцы в свою очередь заявили о "
               "гибели трёх своих боевиков.", 8),
        ("uk", "Під час обстрілу села загинули п'ятеро людей, повідомила влада. Повстанці своєю чергою "
               "заявили про загибель трьох своїх бойовиків.", 8),
        # "…, а також N": another group of the same verb
        ("ru", "Погибли 5 военных, а также 2 мирных жителя.", 7),
        ("uk", "Загинули 6 військових, а також 3 цивільні.", 9),
        # ... across a comma-bounded aside on the first group
        ("uk", "Загинули 2 рятувальники, які приїхали на виклик, а також 5 мешканців будинку.", 7),
        ("ru", "Погибли 3 спасателя, прибывшие на место первого удара, и 4 жильца дома.", 7),
        # wounded who died later are dead, added to a plain toll before them
        ("ru", "Погибли четыре человека. Ещё двое раненых позже скончались в больнице.", 6),
        ("uk", "Загинули п'ятеро людей. Ще троє поранених згодом померли.", 8),
        ("tr", "Saldırıda 4 kişi öldü, ağır yaralanan 3 kişi ise hastanede kurtarılamadı.", 7),
    ],
)
def test_killed_phrasings(language: str, text: str, low: int | None) -> None:
    assert of_text(language, text) == low


@pytest.mark.parametrize(
    ("language", "text", "low"),
    [
        # the wounded who died are counted by the update they follow, not added to it
        ("ru", "Число погибших выросло до шести: двое раненых скончались в больнице.", 6),
        ("tr", "Can kaybı 9'a yükseldi; yaralanan 2 kişi hastanede kurtarılamadı.", 9),
        # "wounded or killed" tells no death of the wounded
        ("en", "The blast killed 40 people. Dozens more were wounded or killed, officials said.", 40),
        # a month alone may date a truce, not a running toll
        ("ru", "Погибли десятки боевиков после срыва перемирия, которое действовало с сентября.", 24),
    ],
)
def test_killed_guards(language: str, text: str, low: int | None) -> None:
    assert of_text(language, text) == low
