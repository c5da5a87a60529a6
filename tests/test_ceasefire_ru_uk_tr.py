"""Ceasefire status in Russian, Ukrainian and Turkish: the phrasings a probe of wire-style sentences misread.

Each table is one pattern of the language (insisting on or being ready for a truce, a truce that holds
or is kept, no incident since it began, a truce taking effect, a breach "despite" or "by breaking" it, a
truce that ended, was left or fell apart, a truce ruled out or far off, a counterfactual "had they
agreed", a sports truce), with the probe's sentences and new ones in other wording; the guards keep
the new patterns off neighbouring phrasings (talks that go on, "not ruled out", threats, ruins). All
sentences are our own.
"""

from __future__ import annotations

import pytest
from test_ceasefire_long import status

# Insisting on a truce, being ready for one, discussing it (Turkish verb forms of "görüşmek"): proposed.
PROPOSED = [
    ("ru", "Вашингтон настаивает на 30-дневном прекращении огня, заявил госсекретарь США."),
    ("ru", "Киев настоял на полном прекращении огня в небе и на море."),
    ("ru", "Зеленский заявил о готовности к перемирию при наличии гарантий безопасности."),
    ("ru", "Москва выразила готовность пойти на перемирие на Пасху."),
    ("uk", "Вашингтон наполягає на 30-денному припиненні вогню, заявив держсекретар США."),
    ("uk", "Париж наполіг на негайному припиненні вогню."),
    ("uk", "Зеленський заявив про готовність до перемир'я за наявності гарантій безпеки."),
    ("uk", "Кремль заявив про готовність піти на перемир'я на Великдень."),
    ("tr", "Zelenskiy, güvenlik garantisi verilmesi halinde ateşkese hazır olduklarını söyledi."),
    ("tr", "Hamas, ateşkes için hazır olduğunu açıkladı."),
    ("tr", "Taraflar, Kongo'nun doğusunda olası bir ateşkesi görüşüyor."),
    ("tr", "Arabulucular yarın Kahire'de ateşkesi görüşecek."),
]


@pytest.mark.parametrize(("language", "text"), PROPOSED)
def test_insisting_on_or_ready_for_a_truce_is_proposed(language: str, text: str) -> None:
    assert status(text, language) == "proposed"


# Talks that go on or start are the talks' verb, not the truce's: still proposed (the Russian and
# Ukrainian ones guard the new "truce goes on" holding cue).
TALKS_GO_ON = [
    ("tr", "Gazze'de ateşkes için Doha'da müzakereler sürüyor."),
    ("tr", "Ateşkes için görüşmeler devam ediyor."),
    ("tr", "Ateşkes müzakereleri yarın yeniden başlayacak."),
    ("tr", "Ateşkes görüşmeleri pazartesi günü başlayacak."),
    ("ru", "В Каире продолжаются переговоры о перемирии."),
    ("uk", "У Каїрі тривають переговори про перемир'я."),
]


@pytest.mark.parametrize(("language", "text"), TALKS_GO_ON)
def test_talks_that_go_on_leave_the_truce_proposed(language: str, text: str) -> None:
    assert status(text, language) == "proposed"


# A truce that holds, is kept, carried out, goes on or stays in force: holding.
HOLDING = [
    ("ru", "Хрупкое перемирие между Израилем и «Хезболлой» пока держится."),
    ("ru", "Перемирие в Идлибе держалось всю неделю, сообщили наблюдатели."),
    ("ru", "Обе стороны заявляют, что соблюдают договорённости о прекращении огня."),
    ("ru", "Стороны в целом соблюдали режим прекращения огня, заявили в ООН."),
    ("ru", "Перемирие на юге Ливана продолжается уже третью неделю, сообщают миротворцы ООН."),
    ("ru", "Режим тишины на юге Ливана длится уже десять дней."),
    ("ru", "Режим тишины в целом выполняется, сообщили в штабе."),
    ("ru", "Условия перемирия выполняются обеими сторонами."),
    ("ru", "Стороны выполняют условия перемирия, заявили в ООН."),
    ("uk", "Припинення вогню дотримувалося протягом усієї ночі, кажуть спостерігачі."),
    ("uk", "Обидві сторони загалом дотримувалися режиму тиші."),
    ("uk", "Перемир'я трималося весь тиждень, повідомили спостерігачі."),
    ("uk", "Перемир'я на півдні Лівану триває вже третій тиждень."),
    ("uk", "Режим припинення вогню продовжується вже десяту добу."),
    ("uk", "Режим тиші загалом виконується, повідомили в штабі."),
    ("uk", "Сторони виконують умови режиму тиші, заявили в ООН."),
    ("uk", "Перемир'я залишається в силі, підтвердили в Міноборони."),
    ("uk", "Перемир'я досі в силі, підтвердили в Генштабі."),
    ("uk", "Перемир'я залишається чинним, заявили в МЗС."),
    ("tr", "İsrail ile Hizbullah arasındaki kırılgan ateşkes şimdilik ayakta."),
    ("tr", "Ateşkes üçüncü gününde de ayakta kaldı."),
    ("tr", "Pazar günü başlayan ateşkes şu ana kadar tutuyor."),
    ("tr", "Ateşkes bir haftadır tutuyor."),
    ("tr", "Her iki taraf da ateşkese uyduğunu açıkladı."),
    ("tr", "Taraflar ateşkese büyük ölçüde uyuyor."),
    ("tr", "Ateşkese gece boyunca büyük ölçüde riayet edildi."),
    ("tr", "Her iki taraf da ateşkese riayet ediyor."),
    ("tr", "Ateşkes dördüncü gününde de devam ediyor."),
]


@pytest.mark.parametrize(("language", "text"), HOLDING)
def test_a_truce_that_holds_or_is_kept_is_holding(language: str, text: str) -> None:
    assert status(text, language) == "holding"


# No shelling, shot or clash recorded since the truce: holding (breaches denied were already read so).
NO_INCIDENT = [
    ("ru", "С начала перемирия на линии соприкосновения не зафиксировано ни одного обстрела."),
    ("ru", "После объявления перемирия обстрелов на линии фронта не было."),
    ("ru", "С начала перемирия не было ни одного удара по городу."),
    ("ru", "За сутки перемирия ни одного выстрела не прозвучало, сообщил мэр."),
    ("ru", "С начала перемирия не зафиксировано никаких нарушений режима тишины."),
    ("uk", "Від початку перемир'я не зафіксовано жодного обстрілу, повідомили в ОБСЄ."),
    ("uk", "Після оголошення перемир'я обстрілів на лінії фронту не було."),
    ("uk", "За добу перемир'я жодного пострілу не пролунало, повідомив мер."),
    ("uk", "Від початку перемир'я не зафіксовано жодного порушення режиму тиші."),
    ("tr", "Ateşkesin başlamasından bu yana tek bir saldırı bile kaydedilmedi."),
    ("tr", "Ateşkesin ilanından bu yana hiçbir çatışma yaşanmadı."),
    ("tr", "Ateşkes ilan edildiğinden beri bölgede tek bir bombardıman bile yaşanmadı."),
]


@pytest.mark.parametrize(("language", "text"), NO_INCIDENT)
def test_no_incident_since_the_truce_is_holding(language: str, text: str) -> None:
    assert status(text, language) == "holding"


# "набув чинності" (took effect) is agreed, not the holding cue of "чинний" (in force); Turkish
# "başla" is the truce's own start.
TAKES_EFFECT = [
    ("uk", "agreed", "Опівночі на Донбасі набув чинності режим тиші."),
    ("uk", "agreed", "Перемир'я набуло чинності о 12:00."),
    ("uk", "holding", "Чинне перемир'я поки тримається."),
    ("tr", "agreed", "Ateşkes cumartesi sabahı başladı."),
    ("tr", "agreed", "Salı günü başlayacak ateşkes üç gün sürecek."),
]


@pytest.mark.parametrize(("language", "expected", "text"), TAKES_EFFECT)
def test_a_truce_taking_effect_is_agreed(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


# "Despite" the truce (всупереч, karşın, any words between) and "by breaking" it (bozarak): violated.
VIOLATED = [
    ("uk", "Всупереч домовленостям про перемир'я, в місті лунала стрілянина."),
    ("uk", "Всупереч оголошеному режиму тиші, окупанти обстріляли Нікополь."),
    ("tr", "Ateşkes ilan edilmesine karşın çatışmalar sürüyor."),
    ("tr", "Ateşkes anlaşmasına karşın saldırılar sürüyor."),
    ("tr", "Ermenistan, Azerbaycan'ın ateşkesi bozarak mevzilerine ateş açtığını öne sürdü."),
    ("tr", "Rus güçleri ateşkesi bozan saldırılar düzenledi."),
    ("tr", "Ateşkese riayet edilmedi, gözlemciler 40 ihlal kaydetti."),
]


@pytest.mark.parametrize(("language", "text"), VIOLATED)
def test_fighting_despite_or_breaking_the_truce_is_violated(language: str, text: str) -> None:
    assert status(text, language) == "violated"


# After the truce expired or ended, leaving it, a truce that fell apart or ceased to exist: collapsed.
COLLAPSED = [
    ("ru", "После истечения срока перемирия бои вспыхнули с новой силой."),
    ("ru", "Хуситы объявили о выходе из перемирия."),
    ("ru", "ХАМАС заявил о выходе из соглашения о прекращении огня."),
    ("ru", "Перемирие развалилось через два дня."),
    ("ru", "Режим прекращения огня прекратил своё существование."),
    ("uk", "Після закінчення перемир'я бої спалахнули з новою силою."),
    ("uk", "Ізраїль оголосив про завершення перемир'я і відновив військову операцію в Газі."),
    ("uk", "Хусити оголосили про вихід з перемир'я."),
    ("uk", "ХАМАС заявив про вихід з угоди про припинення вогню."),
    ("uk", "Крихке перемир'я в Лівії розвалилося в понеділок."),
    ("uk", "Перемир'я розвалилося вже за два дні."),
    ("uk", "Режим тиші фактично припинив існування, бої точаться вздовж усієї лінії фронту."),
    ("uk", "Режим тиші припинив свою дію."),
]


@pytest.mark.parametrize(("language", "text"), COLLAPSED)
def test_a_truce_that_ended_or_was_left_is_collapsed(language: str, text: str) -> None:
    assert status(text, language) == "collapsed"


# A truce ruled out, out of the question, far off or not even on the table: none.
RULED_OUT = [
    ("ru", "Кремль исключил возможность прекращения огня на данном этапе."),
    ("ru", "Президент исключил любую возможность перемирия с боевиками."),
    ("ru", "Перемирие с оппозицией исключено, заявил президент."),
    ("ru", "Прекращение огня на данном этапе исключено, подчеркнули в Генштабе."),
    ("ru", "Ни о каком прекращении огня речи не идёт, заявил представитель армии."),
    ("ru", "Речь не идёт о каком-либо перемирии, подчеркнул министр."),
    ("ru", "Стороны очень далеки от перемирия, признают дипломаты."),
    ("ru", "До перемирия ещё далеко, признают посредники."),
    ("uk", "Перемир'я з опозицією виключене, заявив президент."),
    ("uk", "Президент виключив можливість перемир'я з бойовиками."),
    ("uk", "Про жодне припинення вогню наразі не йдеться, заявили в Генштабі."),
    ("uk", "Не йдеться про жодне перемир'я, наголосив міністр."),
    ("uk", "Сторони дуже далекі від перемир'я, визнають дипломати."),
    ("uk", "До перемир'я ще далеко, визнають посередники."),
    ("tr", "Kremlin, bu aşamada ateşkes olasılığını dışladı."),
    ("tr", "Hükümet, ateşkes ihtimalini tamamen dışladı."),
    ("tr", "Savunma Bakanı, yakın vadede bir ateşkes ihtimali görmediğini söyledi."),
    ("tr", "Moskova, ateşkesin söz konusu bile olmadığını açıkladı."),
    ("tr", "Cumhurbaşkanı, muhalefetle ateşkesin mümkün olmadığını söyledi."),
    ("tr", "Bakan, ateşkesin şu aşamada mümkün görünmediğini söyledi."),
    ("tr", "Çatışmalar sürüyor ve ateşkes masada bile değil."),
    ("tr", "Diplomatlar, tarafların ateşkesten çok uzak olduğunu belirtiyor."),
    ("tr", "Taraflar hâlâ ateşkesten uzak."),
]


@pytest.mark.parametrize(("language", "text"), RULED_OUT)
def test_a_truce_ruled_out_or_far_off_is_none(language: str, text: str) -> None:
    assert status(text, language) == "none"


# "Had they agreed on a truce" (если бы, якби, -saydı/-seydi) says there is none.
COUNTERFACTUAL = [
    ("ru", "Если бы стороны договорились о перемирии, тысячи жизней были бы спасены."),
    ("ru", "Если бы перемирие было заключено раньше, город бы уцелел."),
    ("uk", "Якби сторони домовилися про перемир'я, тисячі життів вдалося б врятувати."),
    ("uk", "Якби перемир'я уклали раніше, місто б уціліло."),
    ("tr", "Taraflar ateşkes üzerinde anlaşsaydı binlerce hayat kurtarılabilirdi."),
    ("tr", "Ateşkes ilan edilseydi yüzlerce sivil kurtulabilirdi."),
]


@pytest.mark.parametrize(("language", "text"), COUNTERFACTUAL)
def test_a_counterfactual_truce_is_none(language: str, text: str) -> None:
    assert status(text, language) == "none"


# A truce between clubs or fans over a transfer or a match is no war truce.
SPORTS = [
    ("ru", "Руководство «Спартака» и ЦСКА заключило перемирие в затянувшемся споре о трансфере защитника."),
    ("ru", "Болельщики «Зенита» и «Спартака» объявили перемирие перед матчем."),
    ("uk", "Керівництво «Динамо» і «Шахтаря» уклало перемир'я у затяжній суперечці "
           "щодо трансферу захисника."),
    ("uk", "Вболівальники «Динамо» і «Шахтаря» оголосили перемир'я перед матчем."),
    ("tr", "Fenerbahçe ve Galatasaray yönetimleri, uzun süredir devam eden transfer tartışmasında "
           "ateşkes ilan etti."),
    ("tr", "Taraftar grupları derbi öncesi ateşkes ilan etti."),
]


@pytest.mark.parametrize(("language", "text"), SPORTS)
def test_a_sports_truce_is_none(language: str, text: str) -> None:
    assert status(text, language) == "none"


# Guards: "not ruled out", threats to leave a truce, a truce under threat, "had there been no truce",
# ruins (розвалини), "не в силі" (unable), war going on without a truce, other duties carried out.
GUARDS = [
    ("ru", "agreed", "Не исключено, что перемирие будет продлено, заявил дипломат."),
    ("uk", "agreed", "Не виключено, що перемир'я продовжать, заявив дипломат."),
    ("ru", "agreed", "Хуситы пригрозили выходом из перемирия."),
    ("uk", "agreed", "Хусити пригрозили виходом з перемир'я."),
    ("ru", "agreed", "Перемирие находится под угрозой срыва."),
    ("uk", "agreed", "Перемир'я під загрозою зриву."),
    ("tr", "agreed", "Ateşkes olmasaydı şehir yerle bir olurdu."),
    ("uk", "holding", "Перемир'я на Донбасі діє вже тиждень, серед розвалин будинків працюють рятувальники."),
    ("uk", "agreed", "Уряд оголосив перемир'я, але не в силі контролювати всі загони."),
    ("ru", "none", "Без перемирия война продолжается, признал посредник."),
    ("uk", "none", "Без перемир'я війна триває, визнав посередник."),
    ("ru", "agreed", "Во время перемирия армия выполняет ротацию подразделений."),
    ("ru", "violated", "Перемирие не держится: обстрелы продолжаются каждый день."),
    ("tr", "violated", "Ateşkese rağmen çatışmalar devam ediyor."),
]


@pytest.mark.parametrize(("language", "expected", "text"), GUARDS)
def test_neighbouring_phrasings_keep_their_reading(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected
