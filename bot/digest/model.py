"""The digest's plain dataclasses: a story with its sources, the situation line, the digest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..briefing.model import Briefing, CasualtyReport


@dataclass(frozen=True)
class Source:
    """One outlet's report of a story."""

    title: str
    link: str | None
    site: str
    published: datetime | None = None


@dataclass(frozen=True)
class Story:
    """One story, however many outlets reported it, with the briefing of one of its articles."""

    title: str
    briefing: Briefing
    sources: tuple[Source, ...]

    @property
    def published(self) -> datetime | None:
        """When the latest of its sources was published (None when no source says)."""
        stamps = [s.published for s in self.sources if s.published is not None]
        return max(stamps) if stamps else None


@dataclass(frozen=True)
class Situation:
    """The one-line state of a topic today: ceasefire (and its change), figures, main actors."""

    ceasefire: str
    previous_ceasefire: str | None
    killed: CasualtyReport | None
    injured: CasualtyReport | None
    actors: tuple[tuple[str, int], ...]

    @property
    def ceasefire_changed(self) -> bool:
        """True when a previous digest had a different, known status."""
        return self.previous_ceasefire is not None and self.previous_ceasefire != self.ceasefire


@dataclass(frozen=True)
class Digest:
    """One topic's digest for one day: the situation and the top stories (empty: nothing new)."""

    topic: str
    day: date
    situation: Situation | None
    stories: tuple[Story, ...]
    total: int = 0

    @property
    def empty(self) -> bool:
        """True when there is nothing new to tell."""
        return not self.stories
