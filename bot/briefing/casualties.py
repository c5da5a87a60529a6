"""Casualty figures: every killed/injured/missing/captured/displaced figure, and headline totals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .casualty_cues import cue_words
from .casualty_sentence import SentenceFigures
from .model import Casualties, CasualtyReport, Sentence
from .numbers import without_marks


@dataclass(frozen=True)
class _Found:
    """A figure found in one sentence, before the headline is chosen."""

    report: CasualtyReport
    sentence: int
    chain: int  # reports sharing one verb ("12 soldiers and 8 civilians were killed") share a chain id
    also: bool


def _total(group: list[_Found]) -> CasualtyReport:
    """The figure for one sentence's reports of a kind: distinct groups added, repeats not."""
    if len(group) == 1:
        return group[0].report
    chains: dict[int, list[_Found]] = {}
    for f in group:
        chains.setdefault(f.chain, []).append(f)
    best = max(chains.values(), key=lambda fs: sum(f.report.min or f.report.max or 0 for f in fs))
    return _sum([f.report for f in best]) if len(best) > 1 else best[0].report


def _sum(reports: list[CasualtyReport]) -> CasualtyReport:
    """One report adding up distinct groups; its evidence is the sentence of the largest group."""
    mins = [r.min for r in reports]
    maxs = [r.max for r in reports]
    whos = {r.who for r in reports}
    sides = {r.side for r in reports}
    first = max(reports, key=lambda r: r.min or r.max or 0)
    return replace(
        first,
        min=sum(m or 0 for m in mins) if any(m is not None for m in mins) else None,
        max=sum(m for m in maxs if m is not None) if all(m is not None for m in maxs) else None,
        approximate=any(r.approximate for r in reports),
        words="; ".join(r.words for r in reports),
        who=whos.pop() if len(whos) == 1 else None,
        side=sides.pop() if len(sides) == 1 else None,
    )


def _size(report: CasualtyReport) -> tuple[bool, int]:
    """Rank of a figure: a stated lower bound beats a mere upper bound ("up to", "almost"), then the value."""
    return (report.min is not None, report.min if report.min is not None else report.max or 0)


def _headline(found: list[_Found], kind: str, distinct: set[str]) -> CasualtyReport | None:
    """Largest stated total of the kind; groups said to be "also" killed elsewhere are added."""
    mine = [f for f in found if f.report.kind == kind]
    if not mine:
        return None
    by_sentence: dict[int, list[_Found]] = {}
    for f in mine:
        by_sentence.setdefault(f.sentence, []).append(f)
    totals = {s: _total(group) for s, group in by_sentence.items()}
    best_sentence = max(totals, key=lambda s: (_size(totals[s]), -s))
    best = totals[best_sentence]
    extra = [f.report for f in mine if f.also and f.sentence != best_sentence and f.report.who
             and f.report.who != best.who and f.report.who in distinct]
    if extra:
        return _sum([best, *extra])
    # Distinct groups told in separate sentences ("killed 23 soldiers" … "20 insurgents were killed"):
    # the largest figure of each group, added, when that beats every single stated total.
    groups: dict[str, CasualtyReport] = {}
    for f in mine:
        who, low = f.report.who, f.report.min
        if who in distinct and low is not None and (who not in groups or low > (groups[who].min or 0)):
            groups[who] = f.report
    if len(groups) > 1 and best.who in groups:
        summed = _sum(sorted(groups.values(), key=lambda r: -(r.min or 0)))
        if (summed.min or 0) > (best.min or 0):
            return summed
    return best


def extract_casualties(sentences: Sequence[Sentence], language: str) -> Casualties:
    """Every casualty figure the sentences state, and the headline killed/injured totals."""
    lex = cue_words(language)
    found: list[_Found] = []
    for s in sentences:
        if not lex.gate.search(without_marks(s.text).replace("’", "'")):
            continue
        for report, chain, also in SentenceFigures(lex, s.text).reports():
            found.append(_Found(report, s.index, chain, also))
    return Casualties(
        killed=_headline(found, "killed", lex.distinct),
        injured=_headline(found, "injured", lex.distinct),
        reports=tuple(f.report for f in found),
    )
