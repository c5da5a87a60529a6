"""Ceasefire status, qualifiers, mediator and evidence sentence, read from per-language cue data.

Each sentence that names a ceasefire (data `terms`) is read on its own: status cues within a short
window of the term count, unless a negation before them flips or voids them ("has not collapsed" →
holding, "is not holding" → violated, "no truce was agreed" → nothing) or a modal makes an agreement
hypothetical ("would agree", "close to agreeing" → proposed). Decisions the guidelines leave open:
"rejected a ceasefire" is proposed (a proposal exists); "ruled out any truce" and "no ceasefire has
been agreed" are none unless talks or calls are in the same sentence. A bare mention is a weak
"agreed" (or violated/collapsed when fighting/renewed fighting is next to it); explicit cues
outrank weak ones. Sentences dated to the past ("the 2003 ceasefire", "a previous truce") are
history: used only when the text has no current mention and dwells on the history (2+ sentences);
a year that only says when the truce was agreed does not make its reported breach or calm history.
Calls to stop breaches ("urged Israel to stop its violations") report breaches. A verb that follows
an insertion between commas after the truce ("The pause, agreed through … after …, broke down")
is the truce's verb, however long the insertion.
The cue data is loaded and compiled in ceasefire_lexicon.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from .ceasefire_lexicon import Lexicon, lexicon
from .model import Ceasefire, Sentence

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
# An insertion between commas (no other clause break inside) and the most words between its closing
# comma and the verb it leads to ("…, ist am Sonntag zusammengebrochen").
_INSERTION = re.compile(r"[,،][^,،;:()\u2014\u2013]*[,،]")
_AFTER_INSERTION_WORDS = 3
# States a truce reaches after it began: the year it was agreed does not date them.
_LATER_STATES = frozenset({"holding", "violated", "collapsed"})
_WORD = re.compile(r"[\w\u200c\u064b-\u065f\u0670'’-]+")


@dataclass(frozen=True)
class _Reading:
    """What one sentence says about the ceasefire."""

    index: int
    status: str
    rank: int
    strong: bool
    background: bool
    text: str


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


def _after_insertion(span: tuple[int, int], spans: Sequence[tuple[int, int]], text: str,
                     lex: Lexicon) -> bool:
    """Whether the cue is the verb of a truce named before a comma-enclosed insertion.

    "The pause, agreed through Red Cross mediation after days of talks, broke down": the
    participle or relative clause between commas does not part the subject from its verb."""
    before = [t for t in spans if t[1] <= span[0]]
    if not before:
        return False
    between = text[before[-1][1]:span[0]]
    _, comma, tail = between.rpartition(",") if "," in between else between.rpartition("،")
    if not comma or lex.clause_break.search(tail) or len(_WORD.findall(tail)) > _AFTER_INSERTION_WORDS:
        return False
    rest = _INSERTION.sub(" ", between)
    return "," not in rest and "،" not in rest and len(rest) <= _WINDOW


def _any_near(pattern: re.Pattern[str] | None, text: str, spans: Sequence[tuple[int, int]],
              window: int = _WINDOW) -> bool:
    return pattern is not None and any(_near(m.span(), spans, window) for m in pattern.finditer(text))


def _trail(text: str, end: int, lex: Lexicon, count: int) -> str:
    """The first `count` words after `end` within the same clause (German "hält nicht")."""
    after = text[end:end + _LOOKBACK]
    cut = lex.clause_break.search(after)
    return " ".join(_WORD.findall(after[:cut.start()] if cut else after)[:count])


def _lead_in(text: str, start: int, lex: Lexicon, count: int) -> str:
    """The last `count` words before `start` within the same clause."""
    before = text[max(0, start - _LOOKBACK):start]
    breaks = list(lex.clause_break.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    return " ".join(_WORD.findall(before)[-count:])


def _judge(status: str, match: re.Match[str], text: str, lex: Lexicon,
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


def _read(sentence: Sentence, lex: Lexicon) -> _Reading | None:
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
    stop = lex.lists["stop_violations"]
    stops = [m.span() for m in stop.finditer(text)] if stop else []
    for status, pattern in lex.cues.items():
        for match in pattern.finditer(text):
            if ((_near(match.span(), spans) or _after_insertion(match.span(), spans, text, lex))
                    and not _cut_off(match.span(), spans, marks)):
                if status == "violated" and any(a <= match.start() < b for a, b in stops):
                    # "urged Israel to stop its violations": the call presumes the breaches, so
                    # neither the modal nor a negation ("refused to end its breaches") voids them.
                    found.append(("violated", match.start()))
                    continue
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
    return _Reading(sentence.index, status, rank, strong, _is_history(text, status, lex), text)


def _is_history(text: str, status: str, lex: Lexicon) -> bool:
    """Whether a year or "previous" marks the sentence as past ("agreed in 2014"), with nothing of now.

    A year that only dates the truce itself ("violations of the truce agreed in November 2024")
    says when it began, not when the breach, calm or collapse the sentence reports happened."""
    history, current = lex.lists["background"], lex.lists["current"]
    if history is None or (current is not None and current.search(text)):
        return False
    marks = [m.span() for m in history.finditer(text)]
    dated = lex.lists["dated_truce"]
    if marks and dated is not None and status in _LATER_STATES:
        truces = [m.span() for m in dated.finditer(text)]
        marks = [m for m in marks if not any(t[0] <= m[0] and m[1] <= t[1] for t in truces)]
    return bool(marks)


def _first_affirmed(pattern: re.Pattern[str], text: str, lex: Lexicon) -> int | None:
    """Where `pattern` first matches without a negation before it ("failed to agree on an extension")."""
    for match in pattern.finditer(text):
        if not lex.negators.search(_lead_in(text, match.start(), lex, _NEGATION_WORDS)):
            return match.start()
    return None


def _qualifiers(readings: Sequence[_Reading], sentences: Sequence[Sentence], lex: Lexicon) -> list[str]:
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
    lex = lexicon(re.split(r"[-_]", language.lower(), maxsplit=1)[0] if language else "en")
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
