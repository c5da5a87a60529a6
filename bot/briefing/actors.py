"""Key actors of a text: states, armed groups, factions, leaders and organisations, with aliases merged."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from .actor_mentions import SentenceReader
from .actor_titles import inflects, name_key
from .actor_types import Mention
from .gazetteer import Gazetteer, load
from .model import Actor, Sentence

MAX_ACTORS = 8
_LEAD_SENTENCES = 2
# Outside English a capitalised span that opens with an article or a saint is an institution or a place
# ("El Ministerio de Defensa", "San José del Guaviare"), not a person whose surname recurs.
_NOT_A_PERSON_START = frozenset({
    "El", "La", "Los", "Las", "Lo", "Le", "Les", "L'", "Der", "Die", "Das", "Den", "Dem", "Des",
    "San", "Santa", "Santo", "Saint", "Sainte", "São", "Sankt", "St.",
})
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[\w]")


@dataclass
class _Tally:
    """What the text says about one actor so far."""

    name: str
    type: str
    first: int
    mentions: float = 0.0
    weight: float = 0.0
    raw: int = 0
    surfaces: list[str] = field(default_factory=list)
    evidence: str | None = None
    evidence_index: int = 0
    group: str | None = None
    person_cue: bool = False
    known: bool = False

    def add(self, m: Mention, sentence: Sentence) -> None:
        """Count one mention; the first one that acts (not a place) gives the evidence."""
        self.mentions += 1 if m.weight > 0 else 0
        self.raw += 1
        self.weight += m.weight
        if m.surface not in self.surfaces:
            self.surfaces.append(m.surface)
        if m.weight > 0 and self.evidence is None:
            self.evidence, self.evidence_index = sentence.text, sentence.index
        self.group = self.group or m.group
        self.person_cue = self.person_cue or m.person_cue


@cache
def _reader(language: str) -> SentenceReader:
    """The compiled sentence reader for a language (built once)."""
    return SentenceReader(load(language))


def is_lower_cased(text: str) -> bool:
    """True when the text has (almost) no capitals: names cannot be told from words there."""
    letters = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 2]
    if len(letters) < 20 or not any(c.isalpha() and c.upper() != c.lower() for c in text):
        return False
    return sum(1 for w in letters if w[0].isupper()) / len(letters) < 0.03


def extract_actors(sentences: Sequence[Sentence], language: str) -> tuple[Actor, ...]:
    """The key actors of the sentences, most important first, at most MAX_ACTORS."""
    if not sentences:
        return ()
    gaz = load(language)
    reader = _reader(language)
    full = "\n".join(s.text for s in sentences)
    lower = is_lower_cased(full)
    tallies: dict[str, _Tally] = {}
    for position, sentence in enumerate(sentences):
        mentions = reader.read(sentence.text, lower_case=lower)
        reader.link_leaders(sentence.text, mentions)
        for m in mentions:
            t = tallies.get(m.name)
            if t is None:
                t = tallies[m.name] = _Tally(m.name, m.type, position, known=m.name in gaz.known)
            t.add(m, sentence)
    _fold_home(tallies)
    _apply_governs(gaz, tallies, full)
    _merge_persons(tallies, full, language)
    if language != "en":
        _merge_inflected(tallies, full, language)
    return _rank(tallies)


def _fold_home(tallies: dict[str, _Tally]) -> None:
    """Give "the army", "riot police", "National Guard troops" to the state the text is about, if any."""
    home = tallies.pop("__home__", None)
    states = [t for t in tallies.values() if t.type == "state"]
    if home is None or not states:
        return
    state = max(states, key=lambda t: (t.raw, -t.first))
    state.mentions += home.mentions
    state.weight += home.weight
    state.raw += home.raw
    state.surfaces += [s for s in home.surfaces if s not in state.surfaces]
    if state.evidence is None:
        state.evidence, state.evidence_index = home.evidence, home.evidence_index
    state.first = min(state.first, home.first)


def _apply_governs(gaz: Gazetteer, tallies: dict[str, _Tally], text: str) -> None:
    """Fold a state into the group that governs it when the text says so (data, not special cases)."""
    for rule in gaz.governs:
        group = tallies.get(rule.group)
        if group is None or rule.cues is None or not rule.cues.search(text):
            continue
        state = tallies.get(rule.state)
        if state is not None and rule.fold_state:
            group.mentions += state.mentions
            group.weight += state.weight
            group.surfaces += [s for s in state.surfaces if s not in group.surfaces]
            group.first = min(group.first, state.first)
            del tallies[rule.state]
        elif state is not None:
            moved = [s for s in state.surfaces if s in rule.capitals]
            group.surfaces += moved
            state.surfaces = [s for s in state.surfaces if s not in rule.capitals]
        if rule.name != group.name:
            for other in tallies.values():
                if other.group == group.name:
                    other.group = rule.name
            if group.name not in group.surfaces:
                group.surfaces.insert(0, group.name)
            group.name = rule.name
            tallies[rule.name] = tallies.pop(rule.group)


def _merge_persons(tallies: dict[str, _Tally], text: str, language: str = "en") -> None:
    """Fold bare surnames into the full name and count the surname's later uses as mentions."""
    persons = [t for t in tallies.values() if t.type == "leader" and not t.known
               and not (language != "en" and t.name.split()[0] in _NOT_A_PERSON_START)]
    full_names = [t for t in persons if len(t.name.split()) > 1]
    # One pass over the text indexes every capitalised word, so each surname costs only its own uses.
    where: dict[str, list[int]] = {}
    for m in _CAPITALISED.finditer(text):
        where.setdefault(m.group(), []).append(m.start())
    for t in full_names:
        last = t.name.split()[-1]
        if not re.fullmatch(r"[A-Z][\w'’-]+", last):
            continue
        extra = _bare_surname_count(text, last, t.name, where.get(last, []))
        if extra:
            t.mentions += extra
            t.weight += extra
            t.person_cue = True
            if last not in t.surfaces:
                t.surfaces.append(last)
        single = tallies.get(last)
        if single is not None and single is not t and single.type == "leader":
            t.surfaces += [s for s in single.surfaces if s not in t.surfaces]
            t.person_cue = True
            t.first = min(t.first, single.first)
            del tallies[last]


def _merge_inflected(tallies: dict[str, _Tally], text: str, language: str) -> None:
    """Outside English: fold "Вячеслава Гладкова" and a bare "Гладков" into "Вячеслав Гладков", and count
    the surname's later uses on its own as mentions."""
    persons = sorted((t for t in tallies.values() if t.type == "leader" and not t.known),
                     key=lambda t: (t.first, -len(t.name.split())))
    kept: list[tuple[tuple[str, ...], _Tally]] = []
    for t in persons:
        key = name_key(t.name, language)
        target = next((k for k in kept if _same_person(k[0], key)), None)
        if target is None:
            kept.append((key, t))
            continue
        into, other = (target[1], t) if _prefer(target, (key, t)) else (t, target[1])
        _absorb(into, other)
        del tallies[other.name]
        kept[kept.index(target)] = (name_key(into.name, language), into)
    for key, t in kept:
        last = t.name.split()[-1]
        if len(key) < 2 or t.name not in tallies or not t.person_cue:
            continue
        stem = last[: len(key[-1])] if inflects(language) else last
        tail = r"\w{0,3}" if inflects(language) else ""
        uses = len(re.findall(rf"(?<![\w-]){re.escape(stem)}{tail}(?![\w-])", text))
        # Against the mentions counted so far: _merge_persons may have counted an ASCII surname already.
        if uses > t.mentions:
            extra = uses - t.mentions
            t.mentions += extra
            t.weight += extra
            if last not in t.surfaces:
                t.surfaces.append(last)


def _prefer(a: tuple[tuple[str, ...], _Tally], b: tuple[tuple[str, ...], _Tally]) -> bool:
    """True when `a` should keep its name: the full name, then the form with the fewest case endings
    ("Вячеслав Гладков" over "Вячеслава Гладкова"), then the earlier one."""
    def cut(k: tuple[tuple[str, ...], _Tally]) -> int:
        return len(k[1].name.replace(" ", "")) - sum(len(w) for w in k[0])
    return (-len(a[0]), cut(a), a[1].first) <= (-len(b[0]), cut(b), b[1].first)


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two name keys of one person: same surname, and the same given name where both have one."""
    if a[-1] != b[-1]:
        return False
    return len(a) == 1 or len(b) == 1 or a[0][:4] == b[0][:4]


def _absorb(into: _Tally, other: _Tally) -> None:
    """Count another form of the same actor into `into`."""
    into.mentions += other.mentions
    into.weight += other.weight
    into.raw += other.raw
    into.surfaces += [s for s in [other.name, *other.surfaces] if s not in into.surfaces and s != into.name]
    if into.evidence is None or (other.evidence is not None and other.first < into.first):
        into.evidence, into.evidence_index = other.evidence or into.evidence, other.evidence_index
    into.first = min(into.first, other.first)
    into.person_cue = into.person_cue or other.person_cue


def _bare_surname_count(text: str, last: str, full: str, starts: list[int]) -> int:
    """How often a surname stands alone: not inside the full name, not part of a longer capitalised name."""
    count = 0
    for start in starts:
        end = start + len(last)
        before, after = text[max(0, start - 40):start], text[end:end + 3]
        if before.endswith(full[: -len(last)]) or re.match(r"\s[A-Z]", after):
            continue
        if re.search(r"[A-Z][\w.]*\s$", before) and not re.search(r"(?:^|[.!?]\s|\n)[A-Z][\w.]*\s$", before):
            continue  # "Standing Rock Sioux": the word ends another name
        count += 1
    return count


def _rank(tallies: dict[str, _Tally]) -> tuple[Actor, ...]:
    """Actors that act in the text, by mentions and position, capped."""
    kept = []
    for t in tallies.values():
        if t.weight < 0.5 or t.evidence is None:
            continue
        if t.type == "leader" and not (t.person_cue or t.known):
            continue
        lead = 1.0 if t.first < _LEAD_SENTENCES else 0.0
        score = t.weight + lead + (0.5 if t.known else 0.0)
        # Between two leaders as prominent as each other, the one of the side the text is more about
        # (more weight, then named earlier).
        side = tallies.get(t.group or "")
        kept.append((-score, t.first, (-side.weight, side.first) if side else (0.0, len(tallies)), t))
    kept.sort(key=lambda x: (x[0], x[1], x[2]))
    out = []
    for _, _, _, t in kept[:MAX_ACTORS]:
        aliases = tuple(s for s in t.surfaces if s != t.name)
        out.append(Actor(t.name, t.type, aliases, max(1, int(t.mentions)), t.evidence, t.group))
    return tuple(out)
