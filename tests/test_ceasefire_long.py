"""Ceasefire status in long wire-style sentences, in English and the other nine languages.

Each case is one pattern of the language, not of a particular story: a truce said to be out of sight,
a speech verb that is not a declaration, a year that dates the truce rather than the breach, a call
to stop breaches, a negation carried by a Turkish verb suffix, a participle or relative clause between
a truce and its verb. All sentences are our own.
"""

from __future__ import annotations

import pytest

from bot.briefing.ceasefire import extract_ceasefire
from bot.briefing.model import Ceasefire
from bot.briefing.sentences import split_sentences


def status(text: str, language: str) -> str:
    found = extract_ceasefire(split_sentences(text, language), language)
    if found.status == "none":
        assert found == Ceasefire()
    else:
        assert found.evidence is not None and found.evidence in text
    return found.status


# A truce said to be nowhere near is no truce, not an agreed one.
NOT_IN_SIGHT = [
    ("en", "Three years into the war, a ceasefire is still not in sight."),
    ("en", "There was no sign of a truce as both armies dug in for the winter."),
    ("de", "Eine Feuerpause ist nach Einschätzung von Diplomaten weiterhin nicht in Sicht."),
    ("de", "Ein Waffenstillstand scheint in weiter Ferne."),
    ("fr", "Selon les diplomates, un cessez-le-feu n'est toujours pas en vue."),
    ("es", "Una tregua no está a la vista, admitió el mediador."),
    ("es", "No se vislumbra un alto el fuego en la región."),
    ("ru", "Перемирия в ближайшие месяцы не предвидится."),
    ("uk", "Перемир'я найближчим часом не передбачається."),
    ("tr", "Diplomatlara göre ateşkes şimdilik görünmüyor."),
    ("ar", "لا تلوح في الأفق أي هدنة بين الطرفين."),
]


@pytest.mark.parametrize(("language", "text"), NOT_IN_SIGHT)
def test_a_truce_out_of_sight_is_none(language: str, text: str) -> None:
    assert status(text, language) == "none"


# "a déclaré le porte-parole" says, it declares nothing; "comme si" compares, it proposes nothing.
SPEECH_AND_AS_IF = [
    ("fr", "« L'armée bombarde nos villages comme si aucune trêve n'était en vigueur », a déclaré le maire."),
    ("es", "«Atacan los barrios como si ninguna tregua existiera», declaró el alcalde."),
    ("en", "The army keeps shelling the villages as if no truce existed, the mayor said."),
    ("de", "Die Armee greift die Dörfer an, als wenn es keine Waffenruhe gäbe, erklärte der Bürgermeister."),
]


@pytest.mark.parametrize(("language", "text"), SPEECH_AND_AS_IF)
def test_speech_verbs_and_as_if_report_no_truce(language: str, text: str) -> None:
    assert status(text, language) == "none"


DECLARED = [
    ("fr", "Les rebelles ont déclaré une trêve unilatérale de trois jours."),
    ("es", "La guerrilla declaró un alto el fuego por las fiestas."),
    ("de", "Die Regierung erklärte eine einseitige Waffenruhe."),
    ("de", "Der Präsident hat eine Waffenruhe für die Feiertage erklärt."),
]


@pytest.mark.parametrize(("language", "text"), DECLARED)
def test_a_declared_truce_is_still_agreed(language: str, text: str) -> None:
    assert status(text, language) == "agreed"


# The year says when the truce began; the breach or calm the sentence reports is news.
DATED_TRUCE = [
    ("en", "violated",
     "The rebels accused the army of a serious breach of the ceasefire agreed in March 2024."),
    ("en", "violated", "India accused Pakistan of violating the 2003 ceasefire along the frontier."),
    ("fr", "violated", "Les rebelles ont dénoncé une violation du cessez-le-feu signé en mars 2024 à Doha."),
    ("es", "violated", "El gobierno denunció violaciones de la tregua firmada en mayo de 2024."),
    ("de", "holding", "Die im März 2024 vereinbarte Waffenruhe hielt nach Angaben der Armee weitgehend."),
    ("ru", "violated", "Стороны обвинили друг друга в нарушении перемирия, заключённого в марте 2024 года."),
    ("uk", "violated",
     "Сторони звинуватили одна одну в порушенні перемир'я, укладеного в березні 2024 року."),
    ("tr", "holding", "Bakanlık, Mayıs 2024'te ilan edilen ateşkesin büyük ölçüde korunduğunu açıkladı."),
    ("ar", "violated", "اتهم الجيش المتمردين بخرق وقف إطلاق النار الذي أُبرم في آذار/مارس ٢٠٢٤."),
    ("fa", "collapsed", "آتش‌بسی که در سال ۲۰۲۴ با میانجیگری قطر برقرار شده بود فروپاشید."),
]


@pytest.mark.parametrize(("language", "expected", "text"), DATED_TRUCE)
def test_a_year_that_dates_the_truce_is_not_history(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


HISTORY = [
    ("en", "The truce agreed in 2012 collapsed in 2016."),
    ("fr", "La trêve conclue en 2012 a volé en éclats en 2016."),
    ("de", "Die Armee hatte 2016 die 2012 geschlossene Waffenruhe aufgekündigt."),
    ("en", "Rebels attacked a convoy on the road. A truce was agreed in 2012."),
    ("ar", "هاجم مسلحون قافلة على الطريق. وكانت هدنة قد أعلنت في عام ٢٠١٢."),
    ("fa", "شورشیان به یک کاروان حمله کردند. آتش‌بس قبلی در سال ۲۰۱۲ اعلام شده بود."),
    ("ur", "شدت پسندوں نے قافلے پر حملہ کیا۔ ۲۰۱۲ میں جنگ بندی کا اعلان کیا گیا تھا۔"),
]


@pytest.mark.parametrize(("language", "text"), HISTORY)
def test_a_truce_dated_to_the_past_alone_stays_history(language: str, text: str) -> None:
    assert status(text, language) == "none"


# A call to stop the breaches presumes the breaches: the modal before it does not make them hypothetical.
STOP_VIOLATIONS = [
    ("en", "The envoy urged the militia to stop its repeated violations of the truce."),
    ("fr", "Le médiateur a exhorté l'armée à cesser ses violations de la trêve."),
    ("es", "El mediador pidió al ejército que ponga fin a las violaciones de la tregua."),
    ("de", "Der Vermittler forderte die Armee auf, die Verstöße gegen die Waffenruhe einzustellen."),
    ("ru", "Посредник призвал армию прекратить нарушения перемирия."),
    ("uk", "Посередник закликав армію припинити порушення перемир'я."),
    ("tr", "Arabulucu, tarafları ateşkes ihlallerine son vermeye çağırdı."),
    ("ar", "دعا الوسيط الجيش إلى وقف الخروقات لوقف إطلاق النار."),
]


@pytest.mark.parametrize(("language", "text"), STOP_VIOLATIONS)
def test_a_call_to_stop_breaches_reports_breaches(language: str, text: str) -> None:
    assert status(text, language) == "violated"


def test_turkish_negation_in_the_verb_suffix() -> None:
    assert status("Taraflar arasında ateşkes konusunda anlaşma sağlanamadı.", "tr") == "none"
    assert status("Yetkiliye göre bölgede hiçbir ateşkes ihlali tespit edilmedi.", "tr") != "violated"
    assert status("Yetkili, bölgede ateşkes ihlali yaşanmadığını söyledi. Ateşkes büyük ölçüde korunuyor.",
                  "tr") == "holding"


def test_urdu_talks_that_go_on_are_not_a_truce_that_holds() -> None:
    text = "دونوں ممالک کے درمیان جنگ بندی کی نگرانی کے طریقہ کار پر بات چیت جاری ہے۔"
    assert status(text, "ur") != "holding"
    assert status("سرحد پر جنگ بندی بدستور جاری ہے۔", "ur") == "holding"


# "The pause, agreed through … mediation after …, broke down": an insertion parts subject and verb.
INSERTIONS = [
    ("uk", "collapsed",
     "Гуманітарна пауза для виведення поранених із прифронтового села на півдні, узгоджена "
     "за посередництва місії ООН після тижня консультацій, зірвалася вже за дві години."),
    ("ru", "collapsed",
     "Гуманитарная пауза для вывоза раненых из прифронтового села на юге области, "
     "согласованная при посредничестве миссии ООН после недели консультаций, сорвалась."),
    ("en", "collapsed",
     "The humanitarian pause in the fighting around the besieged northern city, agreed through "
     "the mediation of tribal elders after a week of tense talks, collapsed within hours."),
    ("de", "collapsed",
     "Die Feuerpause für die Evakuierung der Verletzten aus der umkämpften Stadt im Norden, "
     "die unter Vermittlung der Vereinten Nationen vereinbart worden war, ist gescheitert."),
]


@pytest.mark.parametrize(("language", "expected", "text"), INSERTIONS)
def test_a_verb_after_an_insertion_belongs_to_the_truce(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


def test_an_insertion_does_not_pull_in_another_clause() -> None:
    # The collapse belongs to the talks, after a clause break: the truce is only agreed.
    text = ("A truce was agreed on Monday in the capital between the two sides after a week of difficult "
            "negotiations, officials said, but the separate talks on prisoners collapsed.")
    assert status(text, "en") == "agreed"
