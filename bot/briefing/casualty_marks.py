"""Marks that place one figure among the others of a text: another group ("also", "two others"), another
side's report ("in return fire"),
a part of a toll told beside it ("among them"), an overall total, a toll told as before the events
reported (a pluperfect clause: "had killed", "avait fait", "waren … getötet worden") or a running total
("since the start of the month")."""

from __future__ import annotations

from dataclasses import dataclass

from .casualty_context import SentenceContext
from .casualty_cues import is_punct, match_any
from .numbers import Phrases

_CLAUSE_ENDS = frozenset({",", ";", ":", "،", "؛", "«", "»", "—", "–", "(", ")"})
_PART_WINDOW = 8  # tokens before a figure where "among them", "darunter", "بينهم" make it a part
_SUPERLATIVE_GAP = 3  # tokens between a superlative and the "since" phrase it compares with
_TOTAL_WINDOW = 8  # tokens before a figure where "in total", "insgesamt", "شمار کل" make it a total


@dataclass(frozen=True)
class Marks:
    """What a sentence says of one figure beside the others of the text."""

    also: bool = False  # another group, said by the figure: "three attackers were also killed"
    others: bool = False  # "two others were killed": other people than those counted, whoever they are
    apart: bool = False  # another group, said anywhere in the sentence: "par ailleurs", "Крім того"
    side: bool = False  # another side's report: "in return fire", "de son côté", "من جهته"
    part: bool = False  # a part of a toll: "among the dead", "parmi les victimes", "darunter"
    total: bool = False  # an overall total: "in total", "au total", "الحصيلة الإجمالية"
    earlier: bool = False  # pluperfect: told as before the events reported
    running: bool = False  # a running total since a start point: "since the start of the truce"
    then: bool = False  # "since then", "seither": a running total too
    toll: bool = False  # the sentence tells a toll or its rise ("the toll rose to 9"): later deaths are in it
    perpetrator: bool = False  # the attackers themselves: "the assailant was shot dead", not their victims
    correction: bool = False  # the sentence corrects a toll ("revised the toll down to eight"): it is final


def figure_marks(ctx: SentenceContext, start: int, end: int, number_end: int | None = None,
                 number_start: int | None = None) -> Marks:
    """The marks of the figure over tokens [start, end) of the sentence; `number_end` is where its number
    ends ("three of them were hospitalised": a part of the toll just told), `number_start` where it
    starts ("убив ещё одного": an "others" word right before it)."""
    toks, lex = ctx.toks, ctx.lex
    near = range(max(0, start - 2), min(len(toks), end + 3))
    also = any(_group_word(ctx, lex.also, i) for i in near)
    part = any(lex.part_of.match(toks, i) for i in range(max(0, start - _PART_WINDOW), start)) or any(
        lex.part_after.match(toks, i) for i in range(end, min(len(toks), end + _PART_WINDOW))) or (
        number_end is not None and bool(lex.part_of.match(toks, number_end))) or (
        # between a cue before and its number: "31 قتيلاً بينهم 9 أطفال" (31 dead, among them 9 children)
        number_start is not None and any(lex.part_of.match(toks, i) for i in range(start, number_start)))
    total = any(lex.total_words.match(toks, i)
                for i in range(max(0, start - _TOTAL_WINDOW), min(len(toks), end + 2)))
    apart = any(_group_word(ctx, lex.separate, i) for i in range(len(toks)))
    # "دو نفر دیگر", "two others", "trois autres": an "others" word by the number, before the cue
    others = number_end is not None and any(
        lex.others.match(toks, i) for i in range(number_end, min(max(end, number_end + 1), number_end + 2)))
    # ... or right before it: "убив ещё одного", "otros tres", "diğer iki"; not "the bodies of two more":
    # bodies found later are of the toll's own dead
    others = others or (number_start is not None and number_start > 0
                        and lex.others.match(toks, number_start - 1) == 1
                        and not any(lex.bodies.match(toks, i) for i in range(start, number_start)))
    side = _anywhere(ctx, lex.side_marks) or _named_side(ctx)
    return Marks(also=also, apart=apart, others=others, side=side, part=part,
                 total=total, earlier=_pluperfect(ctx, start, end),
                 running=start >= ctx.running_from or _running_since(ctx),
                 then=_anywhere(ctx, lex.running_then),
                 perpetrator=any(lex.perpetrators.match(toks, i) for i in range(start, end)),
                 correction=_anywhere(ctx, lex.corrections),
                 toll=any(match_any(lex.tolls, toks, i) or lex.update_before.match(toks, i)
                          or lex.update_after.match(toks, i) for i in range(len(toks))))


def _group_word(ctx: SentenceContext, phrases: Phrases, i: int) -> bool:
    """True when one of the phrases ("also", "besides") starts at toks[i] and is not about a saying:
    in "the UN also said 20 died", "also" goes with "said", not with the group."""
    length = phrases.match(ctx.toks, i)
    return bool(length) and not ctx.lex.claim_after.match(ctx.toks, i + length)


def _named_side(ctx: SentenceContext) -> bool:
    """True when a side word stands by a demonym: "Côté pakistanais", "on the Afghan side", "с
    пакистанской стороны", "در طرف افغان"."""
    toks, lex = ctx.toks, ctx.lex
    return any(lex.side_words.match(toks, i) and (
        lex.demonyms.match(toks, i + 1) or (i > 0 and lex.demonyms.match_ending(toks, i)))
        for i in range(len(toks)))


def _anywhere(ctx: SentenceContext, phrases: Phrases) -> bool:
    """True when one of the phrases stands anywhere in the sentence."""
    return any(phrases.match(ctx.toks, i) for i in range(len(ctx.toks)))


def _running_since(ctx: SentenceContext) -> bool:
    """True when a running-total phrase ("since the truce took effect") stands in the sentence and is not
    a superlative's comparison: "the bloodiest day since the truce", "ateşkesten bu yana en kanlı gün"."""
    toks, lex = ctx.toks, ctx.lex
    for i in range(ctx.running_from):  # "…, bringing to 310 the toll since January": the day's toll before
        length = lex.running.match(toks, i) or _since_date(ctx, i)
        if not length:
            continue
        near = range(max(0, i - _SUPERLATIVE_GAP), min(len(toks), i + length + _SUPERLATIVE_GAP))
        if not any(lex.superlatives.match(toks, k) for k in near if not (i <= k < i + length)):
            return True
    return False


def _since_date(ctx: SentenceContext, i: int) -> int:
    """Length of a since word before a day and month at toks[i] ("с 7 октября"), or of one after them
    ("7 Ekim'den bu yana"): a toll since a date runs; else 0. A month alone may date a truce instead
    ("la tregua que desde septiembre permitía")."""
    toks, lex = ctx.toks, ctx.lex
    length = lex.since.match(toks, i)
    if length and not lex.state_since.match_ending(toks, i):
        k = i + length
        if k + 1 < len(toks) and toks[k].norm[0].isdigit() and lex.months.match(toks, k + 1):
            return k + 1 + lex.months.match(toks, k + 1) - i
    length = lex.since_after.match(toks, i)
    month = lex.months.match_ending(toks, i) if length else 0
    return length if month and i > month and toks[i - month - 1].norm[0].isdigit() else 0


def _clause(ctx: SentenceContext, start: int, end: int) -> tuple[int, int]:
    """Token bounds of the clause holding tokens [start, end): up to a comma, semicolon or quote."""
    toks = ctx.toks
    lo = start
    while lo > 0 and toks[lo - 1].norm not in _CLAUSE_ENDS:
        lo -= 1
    hi = end
    while hi < len(toks) and toks[hi].norm not in _CLAUSE_ENDS:
        hi += 1
    return lo, hi


def _pluperfect(ctx: SentenceContext, start: int, end: int) -> bool:
    """True when the figure's clause is in the pluperfect: its tolls came before the events reported."""
    lex = ctx.lex
    if not lex.pluperfect and not lex.pluperfect_suffixes:
        return False
    toks = ctx.toks
    lo, hi = _clause(ctx, start, end)
    if lex.backshift and any(lex.claim_before.match(toks, i) or lex.claim_after.match(toks, i)
                             for i in range(start)):
        return False  # "the army said 31 militants had been killed": the reported events themselves
    if any(not is_punct(t) and t.norm.endswith(lex.pluperfect_suffixes) for t in toks[lo:hi]):
        return True
    for parts in lex.pluperfect:  # "waren ... worden": each part in order within the clause
        i = lo
        for phrases in parts:
            while i < hi and not phrases.match(toks, i):
                i += 1
            if i >= hi:
                break
            i += phrases.match(toks, i)
        else:
            return True
    return False


def breakdown_groups(ctx: SentenceContext, reports: list[tuple[str, int]]) -> set[tuple[str | None, str]]:
    """(kind, who) of each group the sentence lists as part of a toll ("31 morts, dont huit soldats",
    "جن میں چار شہری"); the kind is that of the figure before the list, None when it has none.

    `reports` holds (kind, start token) of the sentence's figures.
    """
    toks, lex = ctx.toks, ctx.lex
    out: set[tuple[str | None, str]] = set()
    for i in range(len(toks)):
        length = lex.part_of.match(toks, i)
        if not length:
            continue
        kind = next((k for k, start in sorted(reports, key=lambda r: -r[1]) if start < i), None)
        for k in range(i + length, min(len(toks), i + length + _PART_WINDOW)):
            found = match_any(lex.who, toks, k)
            if found:
                out.add((kind, found[0]))
    return out
