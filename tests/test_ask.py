"""/ask ranking on sentences written for these tests (no third-party text)."""

from __future__ import annotations

from bot.briefing.ask import answer
from bot.briefing.model import Sentence
from bot.briefing.sentences import split_sentences

TEXT = (
    "Heavy shelling hit the northern border town overnight. "
    "Officials said at least 14 civilians were killed and 30 wounded in the attack. "
    "The Northern Alliance blamed government troops for the strikes. "
    "A ceasefire brokered by Qatar was announced on Tuesday but appeared fragile. "
    "Markets in the capital stayed open and traffic was normal."
)


def _sentences(text: str = TEXT, language: str = "en") -> list[Sentence]:
    return split_sentences(text, language)


def test_how_many_killed_finds_the_toll() -> None:
    found = answer(_sentences(), "How many people died?", "en")
    assert found and "14 civilians" in found[0].text


def test_content_words_match_through_stems() -> None:
    found = answer(_sentences(), "What about the ceasefires brokered?", "en", limit=1)
    assert len(found) == 1 and found[0].text.startswith("A ceasefire brokered by Qatar")


def test_who_prefers_sentences_naming_someone() -> None:
    found = answer(_sentences(), "Who is blamed for the strikes?", "en")
    assert found[0].text.startswith("The Northern Alliance")


def test_when_prefers_dates() -> None:
    found = answer(_sentences(), "When was the truce announced?", "en")
    assert "Tuesday" in found[0].text


def test_nothing_matches() -> None:
    assert answer(_sentences(), "What is the price of bananas?", "en") == ()
    assert answer(_sentences(), "the of and", "en") == ()
    assert answer([], "How many killed?", "en") == ()


def test_limit_and_order() -> None:
    found = answer(_sentences(), "killed wounded border town shelling ceasefire", "en", limit=2)
    assert len(found) == 2
    assert len(set(found)) == 2


def test_other_language_uses_its_stemmer_and_cues() -> None:
    text = (
        "Le bombardement a frappé la ville frontalière. "
        "Au moins douze civils ont été tués et vingt blessés. "
        "Le marché est resté ouvert."
    )
    found = answer(_sentences(text, "fr"), "Combien de morts ?", "fr")
    assert found and "tués" in found[0].text


def test_a_figure_beats_a_bare_mention_of_death() -> None:
    text = "Deadly clashes shook the border region. The fighting left dozens dead on both sides."
    found = answer(_sentences(text), "How many were killed?", "en")
    assert found[0].text.startswith("The fighting left dozens dead")
