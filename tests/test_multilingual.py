"""The engine in the nine non-English languages, on sentences written for these tests, and the bars of
our own annotated set (bench/data/multilingual.jsonl) through the shared scorer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import SHARED

from bot.briefing import pipeline
from bot.briefing.actors import extract_actors
from bot.briefing.casualties import extract_casualties
from bot.briefing.ceasefire import extract_ceasefire
from bot.briefing.language import detect_language
from bot.briefing.model import Document
from bot.briefing.sentences import split_sentences, words

# language: (a news paragraph, killed, ceasefire status, actors that must be found)
CASES = {
    "ar": ("قُتل 16 شخصاً على الأقل وأصيب العشرات في غارات جوية استهدفت مدينة حلب، بحسب الدفاع المدني السوري. "
           "واتهمت تركيا قوات سوريا الديمقراطية بخرق الهدنة المعلنة في الشمال.",
           16, "violated", {"Turkey", "Syrian Democratic Forces"}),
    "ru": ("По меньшей мере 11 человек погибли и 40 были ранены при обстреле Донецка, "
           "заявили местные власти. "
           "Москва обвинила Киев в срыве перемирия, объявленного накануне.",
           11, "collapsed", {"Russia", "Ukraine"}),
    "uk": ("Внаслідок атаки дронів на Одесу загинули шестеро людей, серед них дитина, повідомила влада. "
           "Київ закликав партнерів тиснути на Москву, щоб домогтися припинення вогню.",
           6, "proposed", {"Ukraine", "Russia"}),
    "fr": ("Des dizaines de civils ont été tués lors de combats entre l'armée congolaise "
           "et les rebelles du M23 "
           "près de Goma. Le cessez-le-feu signé à Washington n'est pas respecté, selon l'ONU.",
           24, "violated", {"M23", "United Nations"}),
    "es": ("Al menos 7 soldados murieron en un ataque de disidentes de las FARC en el Cauca, informó el "
           "Ejército. El Gobierno colombiano descartó por ahora cualquier tregua con los grupos armados.",
           7, "none", {"FARC", "Colombia"}),
    "de": ("Bei israelischen Luftangriffen im Süden des Libanon sind nach Angaben "
           "des Gesundheitsministeriums "
           "fünf Menschen getötet worden. Die Hisbollah sprach von einem Bruch der Waffenruhe.",
           5, "violated", {"Israel", "Hezbollah"}),
    "ur": ("جنوبی وزیرستان میں فوجی قافلے پر حملے میں کم از کم 12 اہلکار شہید ہو گئے، "
           "پاک فوج کے مطابق حملہ آور "
           "افغانستان سے آئے تھے۔ طالبان حکومت نے الزام مسترد کر دیا۔",
           12, "none", {"Pakistan", "Afghanistan"}),
    "fa": ("در حمله هوایی اسرائیل به جنوب لبنان دست‌کم ۸ نفر کشته شدند. حزب‌الله اعلام کرد آتش‌بس همچنان "
           "برقرار است اما به نقض‌ها پاسخ خواهد داد.",
           8, "violated", {"Israel", "Hezbollah"}),
    "tr": ("Sudan'ın Darfur bölgesinde Hızlı Destek Kuvvetleri'nin saldırısında "
           "en az 45 sivil hayatını kaybetti. "
           "Taraflar Cidde'de insani ateşkes konusunda anlaşmaya vardı.",
           45, "agreed", {"Rapid Support Forces"}),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_language_is_detected(language: str) -> None:
    assert detect_language(CASES[language][0]).code == language


@pytest.mark.parametrize("language", sorted(CASES))
def test_casualties(language: str) -> None:
    text, killed, _, _ = CASES[language]
    found = extract_casualties(split_sentences(text, language), language).killed
    assert found is not None and (found.min or found.max) == killed, found


@pytest.mark.parametrize("language", sorted(CASES))
def test_ceasefire(language: str) -> None:
    text, _, status, _ = CASES[language]
    assert extract_ceasefire(split_sentences(text, language), language).status == status


@pytest.mark.parametrize("language", sorted(CASES))
def test_actors_named_in_english_with_the_original_form_kept(language: str) -> None:
    text, _, _, expected = CASES[language]
    actors = extract_actors(split_sentences(text, language), language)
    names = {a.name for a in actors}
    assert expected <= names, names
    for actor in actors:
        if actor.name in expected and language in ("ar", "ru", "uk", "ur", "fa"):
            assert any(not alias.isascii() for alias in actor.aliases), actor  # the text's own form kept


def test_arabic_indic_and_persian_digits_are_numbers() -> None:
    arabic = "أعلنت الوزارة مقتل ٢٣ مدنياً وإصابة ١٤٠ آخرين في القصف."
    persian = "در این انفجار ۱۲ نفر کشته و ۳۵ نفر زخمی شدند."
    cas = extract_casualties(split_sentences(arabic, "ar"), "ar")
    assert (cas.killed.min, cas.injured.min) == (23, 140)
    cas = extract_casualties(split_sentences(persian, "fa"), "fa")
    assert (cas.killed.min, cas.injured.min) == (12, 35)


def test_vowel_marks_and_vague_quantities() -> None:
    # "قُتل" written with its vowel mark is still "killed"; vague words read as their lower bound
    cas = extract_casualties(split_sentences("قُتل عشراتُ المدنيين في القصف.", "ar"), "ar")
    assert cas.killed.min == 24 and cas.killed.approximate
    cas = extract_casualties(split_sentences("Une trentaine de personnes ont été blessées.", "fr"), "fr")
    assert cas.injured.min == 30
    cas = extract_casualties(split_sentences("Onlarca kişi hayatını kaybetti.", "tr"), "tr")
    assert cas.killed.min == 24


MISSING_AND_TAKEN = {
    "ar": "ولا يزال 12 شخصاً في عداد المفقودين، فيما اختطف المسلحون 5 عمال.",
    "ru": "Ещё 12 человек числятся пропавшими без вести, боевики похитили пятерых рабочих.",
    "uk": "Ще 12 людей вважаються зниклими безвісти, бойовики викрали п'ятьох робітників.",
    "fr": "Douze personnes sont toujours portées disparues et cinq ouvriers ont été enlevés.",
    "es": "Doce personas siguen desaparecidas y cinco trabajadores fueron secuestrados.",
    "de": "Zwölf Menschen werden noch vermisst, fünf Arbeiter wurden entführt.",
    "ur": "12 افراد اب بھی لاپتہ ہیں جبکہ شدت پسندوں نے 5 مزدوروں کو اغوا کر لیا۔",
    "fa": "۱۲ نفر همچنان مفقود هستند و ۵ کارگر ربوده شدند.",
    "tr": "12 kişi hâlâ kayıp, 5 işçi kaçırıldı.",
}


@pytest.mark.parametrize("language", sorted(MISSING_AND_TAKEN))
def test_missing_and_captured(language: str) -> None:
    reports = extract_casualties(split_sentences(MISSING_AND_TAKEN[language], language), language).reports
    found = {(r.kind, r.min) for r in reports}
    assert ("missing", 12) in found and ("captured", 5) in found  # ar: verb, subject, then the number


def test_a_lone_victim_without_an_article_counts_one() -> None:
    cases = (("uk", "Унаслідок удару загинув поліцейський."), ("ru", "Военный погиб при обстреле."),
             ("ar", "قُتل جندي في اشتباك قرب الحدود."))
    for language, text in cases:
        cas = extract_casualties(split_sentences(text, language), language)
        assert cas.killed is not None and cas.killed.min == 1, language
    vso = extract_casualties(split_sentences("قتلت القوات الإسرائيلية 12 فلسطينياً في جنين.", "ar"), "ar")
    assert vso.killed.min == 12


def test_negation_and_history_give_no_figure() -> None:
    none = "Взрыв прогремел у здания администрации, погибших нет, сообщили спасатели."
    assert extract_casualties(split_sentences(none, "ru"), "ru").killed is None
    history = "جنگ هشت‌ساله صدها هزار کشته بر جا گذاشت."
    assert extract_casualties(split_sentences(history, "fa"), "fa").killed is None


def test_persian_words_keep_the_zero_width_non_joiner() -> None:
    assert words("آتش‌بس در خاورمیانه ده‌ها کشته") == ["آتش\u200cبس", "در", "خاورمیانه", "ده\u200cها", "کشته"]
    split = split_sentences("چه شد؟ آتش‌بس برقرار است.", "fa")
    assert [s.text for s in split] == ["چه شد؟", "آتش‌بس برقرار است."]
    assert len(split_sentences("کتنے لوگ مارے گئے؟ سب ٹھیک ہے۔", "ur")) == 2


def test_briefing_summary_stays_in_the_text_language() -> None:
    text = CASES["de"][0] + " Die Vereinten Nationen riefen alle Seiten zur Zurückhaltung auf."
    b = pipeline.brief(Document(text))
    assert b.language == "de" and all(s in text for s in b.summary)


@pytest.mark.skipif(not (SHARED / "tools" / "score_briefings.py").exists(), reason="../shared/tools absent")
def test_bars_of_our_multilingual_set() -> None:
    root = str(Path(__file__).resolve().parents[1])  # bench/ sits beside bot/, not in the package
    if root not in sys.path:
        sys.path.insert(0, root)
    from bench.multilingual import SETS, UNTOUCHED, measure

    table = measure(leave_out=UNTOUCHED)  # unseen text is measured (README), not gated
    assert not any(SETS[name] in table for name in UNTOUCHED)
    for row, f in table.items():  # each language, each batch tuned on, and all
        assert f["killed"] >= 0.80, (row, f)
        assert f["ceasefire"] >= 0.80, (row, f)
        assert f["actorF1"] >= 0.75, (row, f)
        assert f["detected"] == 1.0, (row, f)
    # Invented figures are a share of the texts with none (3 to 12 in a row, where one text is 8–33 %),
    # so the bar is held over the whole set.
    assert table["all"]["ceasefireFP"] <= 0.05 and table["all"]["killedFP"] <= 0.05, table["all"]
