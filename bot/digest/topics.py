"""Topics people follow, and whether a feed item or a briefing is about one.

A topic is a few words ("Pakistan Afghanistan") or a curated name. Each word becomes a *concept*;
a story matches when every concept is found in it. A concept that names a country or an actor of
the engine's gazetteer also matches that country's other names, demonyms and capital, and the
actors tied to it ("Afghan" → Afghanistan; the Taliban, who govern it; "Pakistani Taliban" → TTP
for Pakistan). Other words match text words that are them or start with them ("Kashmir" →
"Kashmiri"). Acronyms match only in capitals, so "US" is never the word "us".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ..briefing.model import Briefing
from ..feeds import FeedItem

__all__ = ["Concept", "Topic", "TopicMatch", "match", "parse_topic"]

_TOKEN = re.compile(r"[\w\u200c]+")
# Longest gazetteer phrase looked up in a topic ("Democratic Republic of the Congo" is 5 words).
_MAX_PHRASE = 6
# A topic word this short must equal a text word; longer ones may also be its start.
_PREFIX_MIN = 4


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _key(text: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _tokens(text))


def _is_acronym(term: str) -> bool:
    """'US', 'IS', 'WHO', 'TTP': capitals that are also ordinary words or too short to trust lower-case."""
    letters = term.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


@dataclass(frozen=True)
class Term:
    """One way a concept appears in text: a token sequence, lower-case unless it is an acronym."""

    tokens: tuple[str, ...]
    exact: bool
    prefix: bool = False

    @classmethod
    def of(cls, text: str, prefix: bool = False) -> Term:
        exact = _is_acronym(text)
        toks = tuple(_tokens(text)) if exact else _key(text)
        return cls(toks, exact, prefix and len(toks) == 1 and len(toks[0]) >= _PREFIX_MIN)


@dataclass(frozen=True)
class Concept:
    """One thing the topic asks for: a label, its entities (canonical actor names) and its terms."""

    label: str
    terms: tuple[Term, ...]
    entities: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Topic:
    """A followed topic: what the user typed and the concepts a story must all match."""

    name: str
    concepts: tuple[Concept, ...]

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class TopicMatch:
    """How a text matched a topic: true when every concept was found; `why` says by which words."""

    matched: tuple[str, ...]
    missing: tuple[str, ...]
    why: tuple[str, ...] = ()

    @property
    def score(self) -> float:
        """The share of the topic's concepts found, 0..1."""
        total = len(self.matched) + len(self.missing)
        return len(self.matched) / total if total else 0.0

    def __bool__(self) -> bool:
        return bool(self.matched) and not self.missing


# --- the gazetteer -------------------------------------------------------------------------------


def _read(package: str, name: str) -> dict[str, Any]:
    try:
        return json.loads(resources.files(package).joinpath(name).read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError, json.JSONDecodeError):
        return {}


@cache
def _topic_data() -> dict[str, Any]:
    return _read("bot.digest", "data/topics.json")


@dataclass
class _Entity:
    names: set[str]  # every form the text may use
    related: set[str]  # canonical names of actors tied to it
    shown: set[str] = field(default_factory=set)  # names the engine may give those actors ("Afghan Taliban")
    foreign: set[str] = field(default_factory=set)  # its forms in the engine's other languages ("Пакистан")


@cache
def _gazetteer() -> tuple[dict[str, _Entity], dict[tuple[str, ...], str]]:
    """Entities by canonical name (names and related actors), and a phrase → canonical name index.

    Read from the briefing engine's own data files so that topics and actors agree on names.
    """
    states = _read("bot.briefing", "data/states_en.json").get("states", {})
    actors_file = _read("bot.briefing", "data/actors_en.json")
    actors = actors_file.get("actors", {})
    governs = actors_file.get("governs", {})
    entities: dict[str, _Entity] = {}
    for name, info in states.items():
        forms = {name, *info.get("aliases", ()), *info.get("demonyms", ()), *info.get("capitals", ())}
        entities[name] = _Entity(forms, set())
    for name, info in actors.items():
        state = info.get("state")
        forms = {name, *info.get("aliases", ())}
        if state in entities:  # a state's own forces fold into it ("IDF" is Israel)
            entities[state].names |= forms
        else:
            entities.setdefault(name, _Entity(set(), set())).names |= forms
    for name, info in governs.items():
        if info.get("state") in entities and name in entities:
            entities[name].names.add(info.get("name") or name)
            entities[info["state"]].related.add(name)
            entities[info["state"]].shown.add(info.get("name") or name)
    # Actors whose names carry a state's name or demonym are tied to it ("Pakistani Taliban").
    state_words = {
        s: {_key(f) for f in (s, *info.get("aliases", ()), *info.get("demonyms", ()))}
        for s, info in states.items()
    }
    for name, entity in entities.items():
        if name in states:
            continue
        keys = [_key(f) for f in entity.names]
        for state, words in state_words.items():
            if any(_contains(k, w) for k in keys for w in words):
                entities[state].related.add(name)
    # Leaders go with the state or group they lead.
    for name, info in actors.items():
        group = info.get("group")
        if info.get("type") == "leader" and group in entities and name in entities:
            entities[group].related.add(name)
    _add_foreign_forms(entities)
    index: dict[tuple[str, ...], str] = {}
    for name, entity in entities.items():
        for form in entity.names:
            key = _key(form)
            if key and (key not in index or name in states):
                index[key] = name
    for name, entity in entities.items():
        for form in entity.foreign:
            index.setdefault(_key(form), name)
    return entities, index


def _add_foreign_forms(entities: dict[str, _Entity]) -> None:
    """Each entity's names in the engine's other languages, from the engine's own gazetteer.

    So a topic typed in English finds a Russian or Arabic headline, and "Пакистан" is a topic too.
    Without the engine's gazetteer (an older engine) topics stay English-only.
    """
    try:
        from ..briefing.gazetteer import load
        from ..briefing.languages import LANGUAGES
    except ImportError:
        return
    for language in LANGUAGES:
        if language == "en":
            continue
        try:
            forms = load(language).forms
        except Exception:  # one language's data must not stop the others (or the digest)
            continue
        for surface, form in forms.items():
            entity = entities.get(getattr(getattr(form, "known", None), "name", None) or "")
            if entity is not None and surface not in entity.names and _key(surface):
                entity.foreign.add(surface)


def _contains(tokens: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return n > 0 and any(tokens[i : i + n] == part for i in range(len(tokens) - n + 1))


def _concept_for(label: str) -> Concept:
    """The concept for one topic term: gazetteer-expanded when it names a country or an actor."""
    entities, index = _gazetteer()
    canonical = index.get(_key(label))
    if canonical is None:
        return Concept(label, (Term.of(label, prefix=True),))
    entity = entities[canonical]
    names = set(entity.names)
    foreign = set(entity.foreign)
    for other in entity.related:
        names |= entities[other].names if other in entities else {other}
        foreign |= entities[other].foreign if other in entities else set()
    # Other languages inflect names ("Пакистана", "Pakistan'ın"): one-word forms match as word starts.
    found = {Term.of(n) for n in names if _key(n)} | {Term.of(n, prefix=True) for n in foreign if _key(n)}
    terms = tuple(sorted(found, key=lambda t: (-len(t.tokens), t.tokens)))
    return Concept(canonical, terms, frozenset({canonical, *entity.related, *entity.shown}))


def _named(name: str) -> list[list[str]] | None:
    wanted = _key(name)
    for title, groups in _topic_data().get("named", {}).items():
        if _key(title) == wanted:
            return groups
    return None


def parse_topic(text: str) -> Topic:
    """The Topic for what the user typed: a curated name, or words (gazetteer phrases kept whole)."""
    name = " ".join(text.split())
    groups = _named(name)
    if groups is not None:
        concepts = []
        for group in groups:
            parts = [_concept_for(term) for term in group]
            terms = tuple(dict.fromkeys(t for c in parts for t in c.terms))
            entities = frozenset().union(*(c.entities for c in parts))
            concepts.append(Concept(" / ".join(group), terms, entities))
        return Topic(name, tuple(concepts))
    _, index = _gazetteer()
    raw = _tokens(name)
    lowered = [t.lower() for t in raw]
    generic = set(_topic_data().get("generic", ()))
    labels: list[str] = []
    i = 0
    while i < len(raw):
        for n in range(min(_MAX_PHRASE, len(raw) - i), 0, -1):
            if tuple(lowered[i : i + n]) in index:
                labels.append(" ".join(raw[i : i + n]))
                i += n
                break
        else:
            labels.append(raw[i])
            i += 1
    stop = set(_topic_data().get("stop", ()))
    words = [w for w in labels if w.lower() not in stop]
    chosen = [w for w in words if w.lower() not in generic] or words
    concepts = {c.label.lower(): c for c in (_concept_for(w) for w in chosen)}
    return Topic(name, tuple(concepts.values()))


# --- matching ------------------------------------------------------------------------------------


class _Text:
    """A text's token n-grams, lower-case and as written, for phrase and acronym look-ups."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.lower: set[tuple[str, ...]] = set()
        self.exact: set[tuple[str, ...]] = set()
        self.words: set[str] = set()
        for text in texts:
            raw = _tokens(text)
            low = [t.lower() for t in raw]
            self.words.update(low)
            for n in range(1, _MAX_PHRASE + 1):
                for i in range(len(raw) - n + 1):
                    self.lower.add(tuple(low[i : i + n]))
                    self.exact.add(tuple(raw[i : i + n]))
        self._starts: dict[str, bool] = {}

    def has(self, term: Term) -> bool:
        if term.exact:
            return term.tokens in self.exact
        if term.tokens in self.lower:
            return True
        if term.prefix:
            stem = term.tokens[0]
            if stem not in self._starts:
                self._starts[stem] = any(w.startswith(stem) for w in self.words)
            return self._starts[stem]
        return False


def _target_texts(target: FeedItem | Briefing | str, text: str) -> tuple[list[str], set[str]]:
    """The texts to search and the canonical actor names a briefing found."""
    if isinstance(target, str):
        return [target, text], set()
    if isinstance(target, FeedItem):
        return [target.title, target.summary, text], set()
    texts = [target.title or "", *target.summary, text]
    names: set[str] = set()
    for actor in target.actors:
        names.add(actor.name)
        if actor.group:
            names.add(actor.group)
        texts += [actor.name, *actor.aliases]
    return texts, names


def match(topic: Topic | str, target: FeedItem | Briefing | str, text: str = "") -> TopicMatch:
    """Which of the topic's concepts `target` (plus `text`, e.g. the article body) mentions."""
    if isinstance(topic, str):
        topic = parse_topic(topic)
    texts, actor_names = _target_texts(target, text)
    found = _Text(texts)
    matched: list[str] = []
    missing: list[str] = []
    why: list[str] = []
    for concept in topic.concepts:
        by_actor = sorted(concept.entities & actor_names)
        if by_actor:
            matched.append(concept.label)
            why.append(f"{concept.label}: actor {by_actor[0]}")
            continue
        hit = next((t for t in concept.terms if found.has(t)), None)
        if hit is None:
            missing.append(concept.label)
        else:
            matched.append(concept.label)
            why.append(f"{concept.label}: “{' '.join(hit.tokens)}”")
    return TopicMatch(tuple(matched), tuple(missing), tuple(why))
