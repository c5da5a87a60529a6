"""The plain, frozen dataclasses that flow one way through the engine: Document in, Briefing out."""

from __future__ import annotations

from dataclasses import dataclass, field

CEASEFIRE_STATUSES = ("none", "proposed", "agreed", "holding", "violated", "collapsed")
CEASEFIRE_QUALIFIERS = ("temporary", "fragile", "extended", "brokered", "partial", "unilateral")
CASUALTY_KINDS = ("killed", "injured", "missing", "captured", "displaced")
ACTOR_TYPES = ("state", "group", "faction", "leader", "organisation")


@dataclass(frozen=True)
class Document:
    """What the user sent, reduced to text: pasted post or fetched article."""

    text: str
    title: str | None = None
    url: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None
    language_hint: str | None = None
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document: `text` is a verbatim slice of the document text."""

    index: int
    text: str
    paragraph: int = 0
    start: int = 0


@dataclass(frozen=True)
class Actor:
    """A party to the events, with the forms the text used for it."""

    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    evidence: str
    group: str | None = None


@dataclass(frozen=True)
class CasualtyReport:
    """One casualty figure as stated: a number or range with its words and its sentence."""

    kind: str
    min: int | None
    max: int | None
    approximate: bool
    words: str
    evidence: str
    who: str | None = None
    side: str | None = None
    claimed_by: str | None = None


@dataclass(frozen=True)
class Casualties:
    """Headline totals (None when none reported) and every figure found."""

    killed: CasualtyReport | None = None
    injured: CasualtyReport | None = None
    reports: tuple[CasualtyReport, ...] = ()


@dataclass(frozen=True)
class Ceasefire:
    """Ceasefire status from the fixed vocabulary, with qualifiers and the sentence it rests on."""

    status: str = "none"
    qualifiers: tuple[str, ...] = ()
    evidence: str | None = None
    brokered_by: str | None = None
    where: str | None = None


@dataclass(frozen=True)
class Briefing:
    """Everything the reply, the CLI and the benchmarks show about one document."""

    language: str
    words: int
    sentence_count: int
    summary: tuple[str, ...]
    actors: tuple[Actor, ...] = ()
    casualties: Casualties = field(default_factory=Casualties)
    ceasefire: Ceasefire = field(default_factory=Ceasefire)
    title: str | None = None
    url: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None
    notes: tuple[str, ...] = ()  # English sentences for the CLI and JSON; the reply words them itself
    language_doubt: str | None = None  # why the language is in doubt (language.TOO_LITTLE, UNSURE)
