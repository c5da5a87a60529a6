"""Ceasefire status, qualifiers, mediator and evidence sentence, read from per-language cue data.

Each sentence that names a ceasefire (data `terms`) is read on its own: status cues within a short
window of the term count, unless a negation before them flips or voids them ("has not collapsed" →
holding, "is not holding" → violated, "no truce was agreed" → nothing) or a modal makes an agreement
hypothetical ("would agree", "close to agreeing" → proposed). Decisions the guidelines leave open:
"rejected a ceasefire" is proposed (a proposal exists); "ruled out any truce" and "no ceasefire has
been agreed" are none unless talks or calls are in the same sentence. A bare mention is a weak
"agreed" (or violated/collapsed when fighting/renewed fighting is next to it); explicit cues
outrank weak ones. Sentences dated to the past ("the 2003 ceasefire", "a previous truce") are
history: used only when the text has no current mention and dwells on the history (2+ sentences).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .model import CEASEFIRE_QUALIFIERS, Ceasefire, Sentence

# A ceasefire goes proposed → agreed → holding → violated → collapsed; when a text reports several
# states the furthest one is the latest in the story's own time. A *new* truce proposed after a
# collapse (renewal) is later still.
_LIFECYCLE = {"proposed": 1, "agreed": 2, "holding": 3, "violated": 4, "collapsed": 5}
_RENEWAL_RANK = 6
# A cue counts only this many characters from a ceasefire term: news sentences carry several events.
_WINDOW = 120
# "trade truce", "price-war ceasefire": a business or sports word this close makes it no war.
_NOT_CONFLICT_WINDOW = 40
# An agreement verb this close before "truce talks" / "talks on a truce" governs the talks.
_TALKS_AFTER = 40
# How far back to look for a negation or modal governing a cue, in characters and then in words.
_LOOKBACK = 60
_NEGATION_WORDS = 6
# "did not call for a truce" negates the call; "failed to adopt a resolution calling for" does not.
_PROPOSAL_NEGATION_WORDS = 3
_MODAL_WORDS = 6
_NEGATION_AFTER_WORDS = 2
# A negated cue says the opposite where that is a state, and nothing where it is not.
_NEGATED = {"agreed": None, "proposed": None, "holding": "violated", "violated": "holding",
            "collapsed": "holding"}
_LIST_KEYS = ("conditional_clause", "negators_after", "not_conflict", "background", "current", "absent",
              "renewal", "proposal_np", "observance", "fighting", "renewed_fighting", "broker_anywhere",
              "nominal", "contrast")
_NEVER = re.compile(r"(?!)")
_WORD = re.compile(r"[\w\u200c\u064b-\u065f\u0670'’-]+")


@dataclass(frozen=True)
class _Lexicon:
    """One language's compiled patterns (see data/ceasefire.json for what each list means)."""

    term: re.Pattern[str]
    lists: dict[str, re.Pattern[str] | None]
    negators: re.Pattern[str]
    irrealis: re.Pattern[str]
    conditional: re.Pattern[str]
    clause_break: re.Pattern[str]
    cues: dict[str, re.Pattern[str]]
    qualifiers: dict[str, re.Pattern[str]]
    brokered_by: tuple[re.Pattern[str], ...]
    where: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class _Reading:
    """What one sentence says about the ceasefire."""

    index: int
    status: str
    rank: int
    strong: bool
    background: bool
    text: str


@cache
def _data() -> dict[str, dict]:
    """The per-language entries of data/ceasefire.json, read once."""
    raw = resources.files(__package__).joinpath("data", "ceasefire.json").read_text(encoding="utf-8")
    return json.loads(raw)["languages"]


def _fill(pattern: str, refs: str) -> str:
    """`pattern` with its {TERM} placeholders standing for any ceasefire noun."""
    return pattern.replace("{TERM}", refs)


def _compile(patterns: Sequence[str], refs: str, left: str, right: str) -> re.Pattern[str] | None:
    if not patterns:
        return None
    body = "|".join(f"{left}(?:{_fill(p, refs)}){right}" for p in patterns)
    return re.compile(body, re.IGNORECASE)


@cache
def _lexicon(language: str) -> _Lexicon:
    """The compiled lexicon for `language`, English where the data has none for it."""
    data = _data()
    entry = data.get(language) or data["en"]
    left, right = entry.get("left", r"(?<!\w)"), entry.get("right", r"(?!\w)")
    refs = "(?:" + "|".join(entry["term_refs"]) + ")"

    def comp(patterns: Sequence[str]) -> re.Pattern[str]:
        return _compile(patterns, refs, left, right) or _NEVER

    cues = {status: comp(entry["cues"].get(status, [])) for status in _LIFECYCLE}
    cues["scheduled"] = comp(entry["cues"].get("scheduled", []))
    return _Lexicon(
        term=comp(entry["terms"]),
        lists={key: _compile(entry.get(key, []), refs, left, right) for key in _LIST_KEYS},
        negators=comp(entry["negators"]),
        irrealis=comp(entry["irrealis"]),
        conditional=comp(entry["conditional"]),
        clause_break=_clause_breaks(entry, left, right),
        cues=cues,
        qualifiers={q: comp(entry["qualifiers"][q]) for q in CEASEFIRE_QUALIFIERS
                    if q in entry["qualifiers"]},
        brokered_by=tuple(re.compile(left + _fill(p, refs), re.IGNORECASE)
                          for p in entry.get("brokered_by", [])),
        where=tuple(re.compile(_fill(p, refs), re.IGNORECASE) for p in entry.get("where", [])),
    )


def _clause_breaks(entry: dict, left: str, right: str) -> re.Pattern[str]:
    # Punctuation needs no word boundary; conjunctions do.
    parts = [p if not p[:1].isalpha() else f"{left}(?:{p}){right}" for p in entry["clause_breaks"]]
    return re.compile("|".join(parts), re.IGNORECASE)


def _near(span: tuple[int, int], spans: Sequence[tuple[int, int]], window: int = _WINDOW) -> bool:
    """Whether `span` lies within `window` characters of one of `spans` (sorted, non-overlapping)."""
    at = bisect_left(spans, span)
    # Only the neighbours on either side can be nearest: a bisect keeps long sentences linear.
    return any(max(span[0] - spans[i][1], spans[i][0] - span[1]) <= window
               for i in (at - 1, at) if 0 <= i < len(spans))


def _cut_off(span: tuple[int, int], spans: Sequence[tuple[int, int]], marks: Sequence[int]) -> bool:
    """True when a contrast word ("whereas") stands between `span` and every term near it."""
    near = [t for t in spans if _near(span, [t])]
    return bool(marks) and all(
        any(min(t[1], span[1]) <= m < max(t[0], span[0]) for m in marks) for t in near)


def _any_near(pattern: re.Pattern[str] | None, text: str, spans: Sequence[tuple[int, int]],
              window: int = _WINDOW) -> bool:
    return pattern is not None and any(_near(m.span(), spans, window) for m in pattern.finditer(text))


def _trail(text: str, end: int, lex: _Lexicon, count: int) -> str:
    """The first `count` words after `end` within the same clause (German "hält nicht")."""
    after = text[end:end + _LOOKBACK]
    cut = lex.clause_break.search(after)
    return " ".join(_WORD.findall(after[:cut.start()] if cut else after)[:count])


def _lead_in(text: str, start: int, lex: _Lexicon, count: int) -> str:
    """The last `count` words before `start` within the same clause."""
    before = text[max(0, start - _LOOKBACK):start]
    breaks = list(lex.clause_break.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    return " ".join(_WORD.findall(before)[-count:])


def _judge(status: str, match: re.Match[str], text: str, lex: _Lexicon,
           absent: bool, conditional: bool) -> tuple[str | None, bool]:
    """The status a cue supports once negation and modality before it are read, and whether it was negated."""
    after = lex.lists["negators_after"]
    reach = _PROPOSAL_NEGATION_WORDS if status == "proposed" else _NEGATION_WORDS
    if lex.negators.search(_lead_in(text, match.start(), lex, reach)) or (
            after and after.search(_trail(text, match.end(), lex, _NEGATION_AFTER_WORDS))):
        # "no truce is in place" denies the truce itself, not its state.
        return (None if absent else _NEGATED.get(status)), True
    # "takes effect" survives "would" in reported speech ("said a truce would take effect"), not an "if".
    lenient = status == "scheduled" and not conditional
    modal = lex.conditional if lenient else lex.irrealis
    if status != "proposed" and modal.search(_lead_in(text, match.start(), lex, _MODAL_WORDS)):
        # "would agree" is a proposal; "if the truce holds" / "could collapse" presume a truce exists.
        return ("proposed" if status in ("agreed", "scheduled") else "agreed"), False
    return ("agreed" if status == "scheduled" else status), False


def _talks_follow(talks: Sequence[int], pos: int) -> bool:
    at = bisect_left(talks, pos)
    return at < len(talks) and talks[at] - pos <= _TALKS_AFTER


def _read(sentence: Sentence, lex: _Lexicon) -> _Reading | None:
    """The ceasefire status one sentence supports, or None where it mentions no ceasefire."""
    text = sentence.text
    terms = [m.span() for m in lex.term.finditer(text)]
    if not terms:  # most sentences: skip the costlier non-conflict scan
        return None
    not_conflict = lex.lists["not_conflict"]
    other = [m.span() for m in not_conflict.finditer(text)] if not_conflict else []
    spans = [span for span in terms if not _near(span, other, _NOT_CONFLICT_WINDOW)]
    if not spans:
        return None
    absent = bool(lex.lists["absent"] and lex.lists["absent"].search(text))
    conditional = bool(lex.lists["conditional_clause"] and lex.lists["conditional_clause"].search(text))
    found: list[tuple[str, int]] = []
    negated = False
    contrast = lex.lists["contrast"]
    marks = [m.start() for m in contrast.finditer(text)] if contrast else []
    for status, pattern in lex.cues.items():
        for match in pattern.finditer(text):
            if _near(match.span(), spans) and not _cut_off(match.span(), spans, marks):
                judged, was_negated = _judge(status, match, text, lex, absent, conditional)
                negated |= was_negated
                if judged:
                    found.append((judged, match.start()))
    proposal = lex.lists["proposal_np"]
    talks = [m.start() for m in proposal.finditer(text)] if proposal else []
    if talks:
        # "agreed to hold truce talks" agrees to talk, not to a truce.
        found = [("proposed" if s == "agreed" and _talks_follow(talks, pos) else s, pos) for s, pos in found]
        found.append(("proposed", talks[0]))
    if found and lex.lists["observance"] and lex.lists["observance"].search(text):
        # "urged both sides to respect the truce" calls for keeping a truce that exists.
        found = [item for item in found if item[0] != "proposed"] or [("agreed", spans[0][0])]
    if found:
        status, strong = max((s for s, _ in found), key=_LIFECYCLE.__getitem__), True
        if status == "collapsed" and lex.lists["nominal"] and lex.lists["nominal"].search(text):
            status = "violated"  # "shelling resumed despite the truce": the truce is still nominally on
    elif absent or negated:
        return None
    else:
        strong = False
        status = ("collapsed" if _any_near(lex.lists["renewed_fighting"], text, spans)
                  else "violated" if _any_near(lex.lists["fighting"], text, spans) else "agreed")
    rank = _LIFECYCLE[status]
    renewal = lex.lists["renewal"]
    if any(s == "proposed" for s, _ in found) and renewal and renewal.search(text):
        # "a push for a new truce after the last one collapsed": the proposal is the latest state.
        status, rank = "proposed", _RENEWAL_RANK
    # A year makes a sentence history ("agreed in 2014") unless it also speaks of now ("on Sunday").
    history, current = lex.lists["background"], lex.lists["current"]
    background = bool(history and history.search(text)) and not (current and current.search(text))
    return _Reading(sentence.index, status, rank, strong, background, text)


def _first_affirmed(pattern: re.Pattern[str], text: str, lex: _Lexicon) -> int | None:
    """Where `pattern` first matches without a negation before it ("failed to agree on an extension")."""
    for match in pattern.finditer(text):
        if not lex.negators.search(_lead_in(text, match.start(), lex, _NEGATION_WORDS)):
            return match.start()
    return None


def _qualifiers(readings: Sequence[_Reading], sentences: Sequence[Sentence], lex: _Lexicon) -> list[str]:
    hits: list[tuple[int, int, str]] = []
    for reading in readings:
        for name, pattern in lex.qualifiers.items():
            start = _first_affirmed(pattern, reading.text, lex)
            if start is not None:
                hits.append((reading.index, start, name))
    anywhere = lex.lists["broker_anywhere"]
    if anywhere and not any(name == "brokered" for *_, name in hits):
        # Who brokered "the deal" is often told in a sentence that does not repeat "ceasefire".
        for sentence in sentences:
            match = anywhere.search(sentence.text)
            if match:
                hits.append((sentence.index, match.start(), "brokered"))
                break
    ordered: list[str] = []
    for *_, name in sorted(hits):
        if name not in ordered:
            ordered.append(name)
    return ordered


def _first_group(patterns: Sequence[re.Pattern[str]], readings: Sequence[_Reading], group: str) -> str | None:
    for reading in readings:
        for pattern in patterns:
            match = pattern.search(reading.text)
            if match and match.group(group):
                return match.group(group).strip(" ,.;:-")
    return None


def extract_ceasefire(sentences: Sequence[Sentence], language: str) -> Ceasefire:
    """The ceasefire status the text reports (latest state wins), its qualifiers and evidence sentence."""
    lex = _lexicon(re.split(r"[-_]", language.lower(), maxsplit=1)[0] if language else "en")
    readings = [r for s in sentences if (r := _read(s, lex)) is not None]
    current = [r for r in readings if not r.background]
    # History alone ("since the 2003 truce") counts only where the text dwells on it.
    history = [r for r in readings if r.background]
    pool = current or (history if len(history) >= 2 else [])
    if not pool:
        return Ceasefire()
    candidates = [r for r in pool if r.strong] or pool
    best = max(candidates, key=lambda r: (r.rank, -r.index))
    qualifiers = _qualifiers(pool, sentences, lex)
    brokered_by = _first_group(lex.brokered_by, pool, "who")
    if brokered_by and "brokered" not in qualifiers:
        qualifiers.append("brokered")
    where = _first_group(lex.where, pool, "where") if "partial" in qualifiers else None
    return Ceasefire(best.status, tuple(qualifiers), best.text, brokered_by, where)
