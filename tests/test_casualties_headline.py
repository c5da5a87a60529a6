"""The headline killed figure across sentences: answers to a pluperfect toll, a war's toll told after
the lead, and parts of things ("dont 126 ont été abattus"). All sentences are our own."""

from __future__ import annotations

import pytest
from test_casualties import run

from bot.briefing.casualties import extract_casualties
from bot.briefing.sentences import split_sentences


def killed(*texts: str, language: str = "en") -> int | None:
    found = run(*texts, language=language).killed
    return None if found is None else found.min


ANSWERS = [
    # another side's report after a pluperfect toll tells of the same fighting: both groups count
    ("de", 11, ("Zuvor waren bei Kämpfen an der Grenze nach Angaben der Taliban mindestens acht Zivilisten "
                "getötet worden.",
                "Die pakistanische Armee erklärte ihrerseits, drei ihrer Soldaten seien ums Leben "
                "gekommen.")),
    # with no such answer, the pluperfect toll still gives way to the day's own
    ("de", 3, ("Zuvor waren bei Kämpfen an der Grenze acht Zivilisten getötet worden.",
               "Am Montag wurden bei einem Anschlag drei Soldaten getötet.")),
]


@pytest.mark.parametrize(("language", "expected", "texts"), ANSWERS)
def test_a_side_answering_a_pluperfect_toll(language: str, expected: int, texts: tuple[str, ...]) -> None:
    assert killed(*texts, language=language) == expected


LEAD = ("Two soldiers were killed in an ambush on Tuesday.", "The army said the attackers fled.",
        "Officials gave no further details.")


def test_thousands_told_after_the_lead_are_a_wars_toll() -> None:
    assert killed(*LEAD, "Battles in the region left thousands dead.") == 2
    assert killed("Talks resumed in Doha on Monday.", "Both delegations met for six hours.",
                  "No statement followed.", "Battles in the region left thousands dead.") is None
    # in the lead, thousands are the news
    assert killed("Thousands were killed in the siege, the UN said.", *LEAD[1:]) == 2000


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Russia launched 90 drones overnight, of which 71 were shot down."),
    ("fr", "La Russie a lancé 90 drones dans la nuit, dont 71 ont été abattus."),
    ("de", "Russland schickte in der Nacht 90 Drohnen, davon wurden 71 abgeschossen."),
])
def test_a_part_of_things_counts_no_one(language: str, text: str) -> None:
    assert killed(text, language=language) is None


def test_a_part_of_people_still_counts() -> None:
    assert killed("L'attaque a fait 30 victimes, dont 12 ont été tuées.", language="fr") == 12


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants killed 8 soldiers, an official said.", 8),
    ("The blast killed 5 civilians, two police officers told reporters.", 5),
    ("Militants killed 8 soldiers and a police officer.", 9),
])
def test_the_speaker_after_a_toll_is_no_victim(text: str, expected: int) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(("language", "expected", "texts"), [
    # the largest figure told as another group ("also") adds the group told before it
    ("fa", 5, ("دو عضو سپاه در درگیری با افراد مسلح کشته شدند.",
               "سپاه در بیانیه‌ای اعلام کرد که سه مهاجم نیز در این درگیری کشته شدند.")),
    ("en", 5, ("Two people died in the clash.", "Police said three people were also killed.")),
    # another side's report of its soldiers lists its own civilians with them
    ("ru", 8, ("Пакистанская сторона сообщила, что при обстреле погибли пятеро мирных жителей.",
               "Индийская армия, в свою очередь, сообщила, что погибли двое военнослужащих и один "
               "местный житель.")),
])
def test_groups_told_apart(language: str, expected: int, texts: tuple[str, ...]) -> None:
    assert killed(*texts, language=language) == expected


def test_thousands_beside_a_small_lead_toll_are_background() -> None:
    texts = ("Gunmen killed 20 people in an attack near the capital on Sunday.", "Police said the gang fled.",
             "Residents buried the dead on Monday.",
             "More than 3,000 people were killed in gang violence in the first half of the year.")
    assert killed(*texts) == 20
    # an update of the toll is the news, whatever its size
    assert killed("An earthquake struck the region on Monday.", "Rescuers worked through the night.",
                  "Hundreds of homes collapsed.", "The death toll rose to 1,200 on Tuesday.") == 1200


@pytest.mark.parametrize(("language", "texts"), [
    ("en", ("At least 40 soldiers were killed in the attack.",
            "The army said 31 militants had been killed.")),
    ("fr", ("Au moins 40 soldats ont été tués dans l'attaque.",
            "L'armée a affirmé que 31 assaillants avaient été tués.")),
    ("es", ("Al menos 40 soldados murieron en el ataque.",
            "El ejército afirmó que 31 atacantes habían muerto.")),
])
def test_reported_speech_pluperfect_tells_the_events(language: str, texts: tuple[str, ...]) -> None:
    assert killed(*texts, language=language) == 71


@pytest.mark.parametrize(("language", "expected", "text"), [
    ("es", 17, "Al menos 17 personas, entre ellas cinco niños, murieron en el bombardeo."),
    ("de", 6, "Das Militär teilte mit, sechs Soldaten seien bei einem „unprovozierten Angriff“ ums Leben "
              "gekommen."),
    ("fa", 2, "دو عضو سپاه در درگیری با یک «تیم تروریستی» در ارتفاعات مرزی کشته شدند."),
    ("ur", 4, "جھڑپ میں تین عسکریت پسند اور ایک انڈین فوجی ہلاک ہو گئے۔"),
    ("de", 3, "Die Waffenruhe kam zustande, nachdem bei Gefechten Dutzende Menschen getötet worden waren. "
              "Am Montag wurden drei Zivilisten getötet."),
])
def test_asides_quotes_and_names_inside_a_toll(language: str, expected: int, text: str) -> None:
    found = extract_casualties(split_sentences(text, language), language).killed
    assert found is not None and found.min == expected


def test_a_verb_before_one_victim() -> None:
    assert killed("En el tiroteo murió uno de sus soldados.", language="es") == 1
    assert killed("Murió un policía en el asalto.", language="es") == 1


def test_another_sides_own_fighters_are_another_group() -> None:
    texts = ("Щонайменше шестеро військових армії загинули під час зіткнень біля міста.",
             "У повстанців, своєю чергою, заявили про загибель двох своїх бійців.")
    assert killed(*texts, language="uk") == 8


@pytest.mark.parametrize(("language", "expected", "texts"), [
    # a pluperfect toll dated to a named month is another, earlier event; "a march" names no month
    ("ur", None, ("دھماکے میں کوئی جانی نقصان نہیں ہوا۔",
                  "مارچ میں ایک حملے میں درجنوں افراد جاں بحق ہوگئے تھے۔")),
    ("en", None, ("No one was hurt in the blast.", "In March, 40 people had been killed in a similar raid.")),
    ("en", 1, ("A march was held for the teacher who was shot dead a year ago.",)),
    # "early this year" is history
    ("ar", None, ("لم يصب أحد في الهجوم.", "وكان البرنامج قد علّق أنشطته مطلع العام إثر وفاة أحد موظفيه.")),
    # the figures of one event: two sides' own losses, a participle before the figure, a group's members
    ("tr", 5, ("Açıklamada çatışmalarda 3 askerin hayatını kaybettiği belirtildi.",
               "Örgüt ise saldırılarda 2 savaşçısının öldüğünü duyurdu.")),
    ("ur", 6, ("حملے میں شہید ہونے والے چھ سکیورٹی اہلکاروں کی نمازِ جنازہ ادا کر دی گئی۔",)),
    ("ar", 24, ("قُتل تسعة جنود في هجوم على قاعدة عسكرية.",
                "وأضاف أن القوات تمكنت من صد الهجوم وقتل أكثر من 15 من عناصر الحركة.")),
    ("tr", 14, ("Saldırıda 9 asker hayatını kaybetti.",
                "Çatışmada saldırganlardan 5'inin öldürüldüğü bildirildi.")),
    # two groups of one sentence are not counted twice as another side's report
    ("fa", 7, ("معاون استاندار اعلام کرد در این حمله چهار نفر از مأموران به شهادت رسیدند و سه تروریست نیز در "
               "درگیری با نیروهای امنیتی به هلاکت رسیدند.",)),
])
def test_dated_history_and_groups_of_one_event(language: str, expected: int | None,
                                               texts: tuple[str, ...]) -> None:
    assert killed(*texts, language=language) == expected


def test_since_then_gives_way_and_elided_vague_words() -> None:
    texts = ("Two people were killed in a drone strike on Tuesday.",
             "Since then, more than 300 people have been killed in such strikes, the UN said.")
    assert killed(*texts) == 2
    text = "L'armée affirme que plus d'une trentaine de terroristes ont été tués."
    assert killed(text, language="fr") == 30


@pytest.mark.parametrize(("language", "texts"), [
    ("en", ("The ministry corrected the toll of the car bombing on Thursday: eight people were killed.",
            "State media reported on Wednesday that 12 people died in the blast.")),
    ("ar", ("صححت وزارة الداخلية حصيلة الانفجار، وقالت إن عدد القتلى بلغ ثمانية أشخاص.",
            "ونقلت وسائل إعلام مساء الأربعاء عن مصدر طبي أن 12 شخصاً قتلوا في الانفجار.")),
])
def test_a_corrected_toll_is_final(language: str, texts: tuple[str, ...]) -> None:
    assert killed(*texts, language=language) == 8


@pytest.mark.parametrize(("language", "expected", "texts"), [
    # Turkish "dahil" follows the part it includes: "5 çocuk dahil 20 kişi" is 20
    ("tr", 20, ("5 çocuk dahil 20 kişi öldü.",)),
    ("tr", 19, ("Saldırıda 7 asker hayatını kaybetti.",
                "Açıklamada, intihar bombacısı dahil 12 teröristin öldürüldüğü kaydedildi.")),
    ("ar", 24, ("قُتل تسعة جنود على الأقل في هجوم على قاعدة عسكرية.",
                "وأعلنت الوزارة أن القوات قتلت 15 من عناصر ميليشيا مسلحة.")),
])
def test_parts_and_groups_named_otherwise(language: str, expected: int, texts: tuple[str, ...]) -> None:
    assert killed(*texts, language=language) == expected
