"""Casualty figures: the rules on our own sentences, and the scorer's bars on the shared dev set."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.briefing.casualties import extract_casualties
from bot.briefing.casualty_cues import entry_of
from bot.briefing.languages import LANGUAGES
from bot.briefing.model import CASUALTY_KINDS, Casualties, CasualtyReport, Sentence
from bot.briefing.sentences import split_sentences


def run(*texts: str, language: str = "en") -> Casualties:
    return extract_casualties([Sentence(i, t) for i, t in enumerate(texts)], language)


def only(text: str, kind: str = "killed", language: str = "en") -> CasualtyReport:
    """The single report of `kind` in one sentence."""
    reports = [r for r in run(text, language=language).reports if r.kind == kind]
    assert len(reports) == 1, reports
    return reports[0]


def figure(report: CasualtyReport | None) -> tuple[int | None, int | None, bool] | None:
    return None if report is None else (report.min, report.max, report.approximate)


# --- numbers and ranges -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 23 people were killed in the attack.", (23, None, False)),
        ("More than 1,200 people were killed.", (1200, None, False)),
        ("Between 10 and 15 soldiers were killed.", (10, 15, False)),
        ("Up to 40 people were killed, officials said.", (None, 40, False)),
        ("23 people were killed.", (23, 23, False)),
        ("Twenty-three people were killed.", (23, 23, False)),
        ("A dozen people were killed.", (12, None, True)),
        ("Several people were killed in the raid.", (3, None, True)),
        ("Some protesters were killed.", (2, None, True)),
        ("A number of villagers were killed.", (3, None, True)),
        ("Dozens of people were killed.", (24, None, True)),
        ("Scores of people were killed in the clashes.", (40, None, True)),
        ("Hundreds of people were killed.", (200, None, True)),
        ("Thousands of people died.", (2000, None, True)),
        ("About 100 people have died.", (100, 100, True)),
        ("Nearly 1,000 people were killed.", (None, 1000, True)),
        ("One hundred and twenty people were killed.", (120, 120, False)),
        ("Two or three people were killed.", (2, 3, False)),
        ("1.5 million people have been killed.", (1500000, 1500000, False)),
    ],
)
def test_quantities(text: str, expected: tuple) -> None:
    assert figure(only(text)) == expected


def test_words_are_the_phrase_as_written() -> None:
    report = only("Officials said at least 23 people were killed in the blast.")
    assert report.words == "at least 23 people were killed"
    assert only("The strike left dozens dead.").words == "dozens dead"


# --- forms ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "low"),
    [
        ("Gunmen killed 12 in the market.", "killed", 12),
        ("12 killed in suicide bombing", "killed", 12),
        ("The death toll rose to 40 on Tuesday.", "killed", 40),
        ("The blast ripped through the bus, killing at least 5.", "killed", 5),
        ("The bombing left dozens dead.", "killed", 24),
        ("Five fishermen lost their lives when the boat was hit.", "killed", 5),
        ("Seven people died in the shelling.", "killed", 7),
        ("The bodies of 9 men were found near the river.", "killed", 9),
        ("The ministry reported 14 fatalities.", "killed", 14),
        ("The attack injured 30 people.", "injured", 30),
        ("At least 6 people were hurt.", "injured", 6),
        ("About 40 were wounded in the clashes.", "injured", 40),
        ("Eleven fishermen are still missing.", "missing", 11),
        ("Rebels abducted 30 students from a school.", "captured", 30),
        ("Eight soldiers were taken hostage.", "captured", 8),
        ("Insurgents captured 5 police officers.", "captured", 5),
        ("More than 5,000 people have fled their homes.", "displaced", 5000),
        ("Overnight shelling displaced 3,000 people.", "displaced", 3000),
        ("12 bodies were pulled from the rubble.", "killed", 12),
        ("Rebels are holding 40 hostages.", "captured", 40),
    ],
)
def test_forms(text: str, kind: str, low: int) -> None:
    assert only(text, kind).min == low


@pytest.mark.parametrize(
    "text",
    [
        "A major general was killed in the blast.",
        "A soldier was shot dead at a checkpoint.",
        "Gunmen opened fire on the convoy, killing a policeman.",
        "A 26-year-old man was stabbed to death outside the mosque.",
    ],
)
def test_single_named_victim(text: str) -> None:
    assert figure(run(text).killed) == (1, 1, False)


def test_subject_who_kills_is_not_the_victim_count() -> None:
    result = run("Three gunmen killed two soldiers at the gate.")
    assert [(r.min, r.who) for r in result.reports] == [(2, "soldiers")]


def test_killed_and_wounded_in_one_sentence() -> None:
    result = run("12 dead and 30 wounded in Kabul bombing")
    assert figure(result.killed) == (12, 12, False)
    assert figure(result.injured) == (30, 30, False)
    result = run("The blast killed 5 people and wounded 30 others.")
    assert (result.killed.min, result.injured.min) == (5, 30)


def test_latest_figure_of_a_rising_toll() -> None:
    assert figure(run("The death toll rose from 12 to 15 overnight.").killed) == (15, 15, False)


@pytest.mark.parametrize(("text", "low"), [
    ("Twelve people, including three children, were killed.", 12),
    ("Two men, aged 20 and 25, were killed.", 2),
    ("The driver and two others were killed.", 3),
    ("Ahmed Khan and two others were killed in the crossfire.", 3),
    ("A suicide bomber blew himself up at the gate, killing six soldiers.", 7),
    ("Militants gunned down a Briton in the market.", 1),
])
def test_groups_asides_and_named_people(text: str, low: int) -> None:
    assert run(text).killed.min == low


def test_parts_of_a_toll_are_not_new_figures() -> None:
    result = run("Of the 40 dead, 12 were children.", "One of the injured later died in hospital.")
    assert [r.min for r in result.reports] == [40]
    assert run("It has access to about 100,000 public bodies.").reports == ()


# --- who, side, claimed_by -----------------------------------------------------------------------


def test_who_side_and_claim() -> None:
    report = only("12 Pakistani soldiers were killed, according to the army.")
    assert (report.who, report.side, report.claimed_by) == ("soldiers", "Pakistani", "the army")
    report = only("At least 9 civilians were killed, the health ministry said.")
    assert report.claimed_by == "the health ministry"
    assert only("The army said 12 militants were killed.").who == "militants"
    assert only("The clashes left dozens dead on both sides.").side == "both"
    assert only("Police said two children were killed.").who == "children"
    # side from a demonym also in lower-cased text; German capitals mark every noun, not a side
    assert only("two turkish soldiers were killed .").side == "turkish"
    assert only("Mindestens 23 Soldaten wurden getötet.", language="de").side is None


# --- headline totals -----------------------------------------------------------------------------


def test_distinct_groups_of_one_event_are_added() -> None:
    assert run("12 soldiers and 8 civilians were killed.").killed.min == 20
    assert run("The attack killed 4 policemen and 3 civilians.").killed.min == 7
    total = run("Militants stormed the base, killing 9 soldiers.", "Three attackers were also killed.").killed
    assert total.min == 12


def test_repeats_are_not_added_and_the_latest_largest_wins() -> None:
    result = run(
        "At least 20 killed in market bombing",
        "At least 20 people were killed when a bomb exploded in a market, police said.",
        "The death toll later rose to 35.",
    )
    assert result.killed.min == 35
    assert result.killed.evidence == "The death toll later rose to 35."
    assert len([r for r in result.reports if r.kind == "killed"]) == 3


def test_evidence_is_the_sentence_text() -> None:
    sentence = "Officials said 14 people were wounded in the attack on Tuesday."
    result = run("Unrelated opening line.", sentence)
    assert result.injured.evidence == sentence
    assert all(r.evidence == sentence for r in result.reports)


def test_background_toll_is_not_the_headline() -> None:
    result = run(
        "Two soldiers were killed in a roadside blast on Monday.",
        "The conflict has killed more than 10,000 people since 2015.",
    )
    assert result.killed.min == 2


# --- what is not a casualty figure ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bomb could kill thousands of people.",
        "The strike may have killed 20 people.",
        "The group threatened to kill 10 hostages.",
        "Experts warn that a war would kill millions.",
        "If the dam breaks, hundreds might die.",
        "Al-Qaeda killed 3,000 people in 2001.",
        "Since 2014 the war has killed more than 10,000 people.",
        "The 1994 genocide that killed 800,000 people is remembered each April.",
        "A conflict that has killed more than 10,000 people since 2015 shows no sign of ending.",
        "Years ago a similar attack killed 40 people.",
        "Troops destroyed 23 posts and 12 vehicles.",
        "Five tanks were destroyed and 12 trucks burned.",
        "A 26-year-old student spoke to reporters.",
        "The talks began on 12 March at 10:30.",
        "The government pledged $5 million to rebuild 12 schools.",
        "Support for the war fell to 45 percent.",
        "He lives at No. 10 Downing Street.",
        "Call 0300-1234567 for information.",
        "The summit was held in 2019.",
        "No one was killed in the blast.",
        "Eight people died of the disease last week.",
    "Rebels released 12 hostages on Sunday.",
    "The government freed three Taliban prisoners.",
    ],
)
def test_not_casualties(text: str) -> None:
    assert run(text).reports == ()


# --- edge cases ----------------------------------------------------------------------------------


def test_empty_and_single_sentence() -> None:
    assert run() == Casualties()
    assert extract_casualties([], "en") == Casualties()
    assert run("Nothing happened here.") == Casualties()
    assert run("").reports == ()


def test_huge_numbers() -> None:
    assert only("More than 1,000,000 people have been displaced.", "displaced").min == 1_000_000
    assert only("Hundreds of thousands of people fled their homes.", "displaced").min == 200_000


def test_separators_follow_the_language() -> None:
    assert only("Bei den Kämpfen wurden 1.200 Menschen getötet.", language="de").min == 1200
    assert only("Au moins 1 200 personnes ont été tuées.", language="fr").min == 1200
    assert only("Plus de 1.200 personnes ont été tuées.", language="fr").min == 1200
    assert only("More than 1,200 people were killed.").min == 1200
    # a comma is the decimal mark in German: "1,200 Menschen" is no whole count of people
    assert run("Die Armee meldete 1,200 Menschen getötet.", language="de").killed is None


def test_ages_in_other_languages() -> None:
    assert figure(run("Ein 26-jähriger Mann wurde getötet.", language="de").killed) == (1, 1, False)
    assert figure(run("Un homme de 26 ans a été tué.", language="fr").killed) == (1, 1, False)
    assert run("В 2014 году погибли 100 человек.", language="ru").killed is None
    assert run("La bomba podría matar a miles de personas.", language="es").killed is None


def test_arabic_indic_and_persian_digits() -> None:
    assert only("قتل ١٢ جنديا في الهجوم.", language="ar").min == 12
    assert only("دست کم ۱۲ نفر کشته شدند.", language="fa").min == 12
    assert only("حملے میں ۵ فوجی ہلاک ہو گئے۔", language="ur").min == 5


@pytest.mark.parametrize(
    ("language", "text", "kind", "low"),
    [
        ("ru", "В результате удара погибли 12 человек.", "killed", 12),
        ("ru", "По меньшей мере 23 мирных жителя были убиты.", "killed", 23),
        ("uk", "Внаслідок обстрілу загинули 5 людей.", "killed", 5),
        ("uk", "Щонайменше 12 людей поранені.", "injured", 12),
        ("fr", "Au moins 12 personnes ont été tuées.", "killed", 12),
        ("fr", "Des dizaines de civils ont été blessés.", "injured", 24),
        ("es", "Al menos 12 personas murieron en el ataque.", "killed", 12),
        ("es", "El ataque dejó 25 muertos, según la policía.", "killed", 25),
        ("de", "Mindestens 23 Soldaten wurden getötet.", "killed", 23),
        ("de", "Bei dem Anschlag wurden 30 Menschen verletzt.", "injured", 30),
        ("ar", "ارتفع عدد القتلى إلى 40 شخصا.", "killed", 40),
        ("ar", "مقتل ما لا يقل عن 23 مدنيا في غارة جوية.", "killed", 23),
        ("fa", "۳۰ نفر زخمی شدند.", "injured", 30),
        ("ur", "دھماکے میں کم از کم 12 افراد ہلاک ہو گئے۔", "killed", 12),
        ("tr", "Saldırıda 12 kişi hayatını kaybetti.", "killed", 12),
        ("tr", "100'den fazla kişi yaralandı.", "injured", 100),
    ],
)
def test_other_languages(language: str, text: str, kind: str, low: int) -> None:
    assert only(text, kind, language).min == low


def test_every_language_has_cue_words_for_every_kind() -> None:
    for code in LANGUAGES:
        data = entry_of(code)
        assert data is not None, code
        assert set(data["kinds"]) == set(CASUALTY_KINDS), code
        assert data["who"] and data["vague"], code


def test_unknown_language_falls_back_to_english() -> None:
    assert run("12 people were killed.", language="xx").killed.min == 12


_PIECES = st.sampled_from([
    "at least", "more than", "up to", "between", "and", "killed", "wounded", "dead", "dozens", "a", "the",
    "soldiers", "people", "12", "1,200", "1.200", "٣", "۴٥", "2001", "since", "could", "over", ",", ".",
    "toll", "rose to", "of", "one", "-", "year-old", "%", "$", "no.", "قتل", "погибли", "Tote", "",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=14).map(" ".join), max_size=4),
       st.sampled_from(sorted(LANGUAGES)))
def test_any_text_gives_well_formed_reports(texts: list[str], language: str) -> None:
    result = run(*texts, language=language)
    for report in (*result.reports, result.killed, result.injured):
        if report is None:
            continue
        assert report.evidence in texts and report.kind in CASUALTY_KINDS
        assert report.min is not None or report.max is not None
        assert report.min is None or report.max is None or report.min <= report.max


def test_linear_and_fast() -> None:
    sentences = [
        Sentence(
            i,
            f"At least {3001 - i} people were killed and {3002 - i} wounded in the {i}th attack, "
            f"officials said on Monday.",
        )
        for i in range(1, 3001)
    ]
    result = extract_casualties(sentences, "en")
    assert result.killed.min == 3000 and len(result.reports) == 6000


# --- real texts from ../shared -------------------------------------------------------------------


def test_seed_post(seed_text: str, seed_expected: dict) -> None:
    result = extract_casualties(split_sentences(seed_text, "en"), "en")
    want = seed_expected["killed"]
    assert result.killed is not None
    assert (result.killed.min, result.killed.max, result.killed.approximate) == (
        want["min"],
        want["max"],
        want["approximate"],
    )
    assert want["words"] in result.killed.words
    assert result.killed.side == want["side"]
    assert result.injured is None and seed_expected["injured"] is None
    # no figure from the greeting, the prayer or the link lines
    for report in result.reports:
        assert report.evidence in seed_text
        assert "Allah" not in report.evidence and "http" not in report.evidence


def _scorer():
    path = shared_path("tools", "score_briefings.py")
    spec = importlib.util.spec_from_file_location("score_briefings", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _as_json(report: CasualtyReport | None) -> dict | None:
    if report is None:
        return None
    return {"min": report.min, "max": report.max, "approximate": report.approximate}


def test_dev_set_meets_the_bars(conflict_items: list[dict]) -> None:
    scorer = _scorer()
    killed_ok = killed_n = false_figure = nulls = injured_ok = injured_n = 0
    for item in conflict_items:
        result = extract_casualties(split_sentences(item["text"], "en"), "en")
        for report in result.reports:
            assert report.evidence in item["text"] and report.kind in CASUALTY_KINDS
        if "killed" in item:
            if item["killed"] is None:
                nulls += 1
                false_figure += result.killed is not None
            else:
                killed_n += 1
                killed_ok += scorer.figure_match(item["killed"], _as_json(result.killed))
        if item.get("injured") is not None:
            injured_n += 1
            injured_ok += scorer.figure_match(item["injured"], _as_json(result.injured))
    assert killed_n and nulls and injured_n
    assert killed_ok / killed_n >= 0.85
    assert false_figure / nulls <= 0.10
    assert injured_ok / injured_n >= 0.75


def test_lower_cased_tokenized_text() -> None:
    report = only("at least 12 people were killed , officials said .")
    assert (report.min, report.claimed_by) == (12, "officials")
