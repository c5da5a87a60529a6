"""The headline killed figure across sentences: answers to a pluperfect toll, a war's toll told after
the lead, and parts of things ("dont 126 ont été abattus"). All sentences are our own."""

from __future__ import annotations

import pytest
from test_casualties import run


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
