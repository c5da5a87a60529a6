"""The mention record the actor readers share, and their small regex helper."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class Mention:
    """One reference to an actor in a sentence; `weight` 0 marks a place-only use."""

    name: str
    type: str
    surface: str
    start: int
    end: int
    weight: float = 1.0
    group: str | None = None
    person_cue: bool = False
    generic: bool = False


def word_regex(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """A regex matching any of `words` (longest first); never matches when the list is empty."""
    body = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(f"(?:{body})" if body else r"(?!x)x", flags)
