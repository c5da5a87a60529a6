"""How one status cue in a sentence is read: its distance to a truce, negation and modality around it.

ceasefire.py finds the cues; this module decides whether each one counts and for what. Negation is
read in the few words before a cue and, where the language puts it on the verb after the cue, in the
words after it up to the clause's end (Persian "نقض جدی … ثبت نکرده است": no serious breach recorded).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from .ceasefire_lexicon import Lexicon

# A cue counts only this many characters from a ceasefire term: news sentences carry several events.
WINDOW = 120
# How far back to look for a negation or modal governing a cue, in characters and then in words.
LOOKBACK = 60
NEGATION_WORDS = 6
# "did not call for a truce" negates the call; "failed to adopt a resolution calling for" does not.
_PROPOSAL_NEGATION_WORDS = 3
_MODAL_WORDS = 6
# A negated cue says the opposite where that is a state, and nothing where it is not.
_NEGATED = {"agreed": None, "proposed": None, "holding": "violated", "violated": "holding",
            "collapsed": "holding"}
# An insertion between commas (no other clause break inside) and the most words between its closing
# comma and the verb it leads to ("…, ist am Sonntag zusammengebrochen").
_INSERTION = re.compile(r"[,،][^,،;:()\u2014\u2013]*[,،]")
_AFTER_INSERTION_WORDS = 3
_BRACKETS = re.compile(r"\([^()]*\)")
# A relative clause opens this close after its noun ("آتش‌بس میان اسرائیل و حماس که …"), and the main
# clause after it reaches its verb in this many words ("به گفته مقام‌های دو طرف همچنان پابرجاست").
_RELATIVE_AFTER_WORDS = 5
_MAIN_CLAUSE_WORDS = 16
WORD = re.compile(r"[\w\u200c\u064b-\u065f\u0670'’-]+")

Span = tuple[int, int]


def near(span: Span, spans: Sequence[Span], window: int = WINDOW) -> bool:
    """Whether `span` lies within `window` characters of one of `spans` (sorted, non-overlapping)."""
    at = bisect_left(spans, span)
    # Only the neighbours on either side can be nearest: a bisect keeps long sentences linear.
    return any(max(span[0] - spans[i][1], spans[i][0] - span[1]) <= window
               for i in (at - 1, at) if 0 <= i < len(spans))


def cut_off(span: Span, spans: Sequence[Span], marks: Sequence[int]) -> bool:
    """True when a contrast word ("whereas") stands between `span` and every term near it."""
    close = [t for t in spans if near(span, [t])]
    return bool(marks) and all(
        any(min(t[1], span[1]) <= m < max(t[0], span[0]) for m in marks) for t in close)


def after_insertion(span: Span, spans: Sequence[Span], text: str, lex: Lexicon) -> bool:
    """Whether the cue is the verb of a truce named before a comma-enclosed insertion.

    "The pause, agreed through Red Cross mediation after days of talks, broke down": the
    participle or relative clause between commas does not part the subject from its verb."""
    before = [t for t in spans if t[1] <= span[0]]
    if not before:
        return False
    # An aside in brackets ("(EMBF)", "(EMC)") is part of the insertion, whatever it holds.
    between = _BRACKETS.sub(" ", text[before[-1][1]:span[0]])
    _, comma, tail = between.rpartition(",") if "," in between else between.rpartition("،")
    if not comma or lex.clause_break.search(tail) or len(WORD.findall(tail)) > _AFTER_INSERTION_WORDS:
        return False
    rest = _INSERTION.sub(" ", between)
    return "," not in rest and "،" not in rest and len(rest) <= WINDOW


def after_relative(span: Span, spans: Sequence[Span], text: str, lex: Lexicon) -> bool:
    """Whether the cue is the verb of a truce that a relative clause follows, in a verb-final language.

    "آتش‌بسی که ماه گذشته … امضا شد، به گفته ساکنان … رعایت شده است": the clause opened by "که" ends
    at a comma, and the main clause after it, up to the cue, is the truce's."""
    relative = lex.lists["relative"]
    before = [t for t in spans if t[1] <= span[0]]
    if not lex.verb_final or relative is None or not before:
        return False
    between = text[before[-1][1]:span[0]]
    opened = relative.search(between)
    if opened is None or len(WORD.findall(between[:opened.start()])) > _RELATIVE_AFTER_WORDS:
        return False
    _, comma, tail = between[opened.end():].rpartition("،" if "،" in between else ",")
    return bool(comma) and not lex.clause_break.search(tail) and len(WORD.findall(tail)) <= _MAIN_CLAUSE_WORDS


def affirmed(text: str, match: re.Match[str], lex: Lexicon) -> bool:
    """Whether `match` stands without a negation before or after it in its clause."""
    return not (lex.negators.search(lead_in(text, match.start(), lex, NEGATION_WORDS))
                or negated_after(text, match.end(), lex))


def affirmed_near(pattern: re.Pattern[str] | None, text: str, spans: Sequence[Span], lex: Lexicon) -> bool:
    """Whether `pattern` matches near a truce without a negation ("no exchange of fire was reported")."""
    return pattern is not None and any(near(m.span(), spans) and affirmed(text, m, lex)
                                       for m in pattern.finditer(text))


def trail(text: str, end: int, lex: Lexicon, count: int) -> str:
    """The first `count` words after `end` within the same clause (German "hält nicht").

    Verb-final languages carry a noun cue's negation on the clause's last verb, so they look further
    (`after_reach`), but no further than a conjunction that starts another clause (`trail_breaks`)."""
    after = text[end:end + LOOKBACK * 2]
    cuts = [m.start() for p in (lex.clause_break, lex.lists["trail_breaks"]) if p is not None
            for m in [p.search(after)] if m]
    return " ".join(WORD.findall(after[:min(cuts)] if cuts else after)[:count])


def lead_in(text: str, start: int, lex: Lexicon, count: int) -> str:
    """The last `count` words before `start` within the same clause."""
    before = text[max(0, start - LOOKBACK):start]
    breaks = list(lex.clause_break.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    return " ".join(WORD.findall(before)[-count:])


def negated_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a negation follows the cue in its clause ("hält nicht", "ثبت نکرده است")."""
    after = lex.lists["negators_after"]
    return bool(after and after.search(trail(text, end, lex, lex.after_reach)))


def judge(status: str, match: re.Match[str], text: str, lex: Lexicon,
          absent: bool, conditional: bool) -> tuple[str | None, bool]:
    """The status a cue supports once negation and modality around it are read, and whether it was negated."""
    reach = _PROPOSAL_NEGATION_WORDS if status == "proposed" else NEGATION_WORDS
    if lex.negators.search(lead_in(text, match.start(), lex, reach)) or negated_after(text, match.end(), lex):
        # "no truce is in place" denies the truce itself, not its state.
        return (None if absent else _NEGATED.get(status)), True
    # "takes effect" survives "would" in reported speech ("said a truce would take effect"), not an "if".
    lenient = status == "scheduled" and not conditional
    modal = lex.conditional if lenient else lex.irrealis
    if status != "proposed" and modal.search(lead_in(text, match.start(), lex, _MODAL_WORDS)):
        # "would agree" is a proposal; "if the truce holds" / "could collapse" presume a truce exists.
        return ("proposed" if status in ("agreed", "scheduled") else "agreed"), False
    return ("agreed" if status == "scheduled" else status), False
