"""Casualty figures: every killed/injured/missing/captured/displaced figure, and headline totals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .casualty_context import SentenceContext
from .casualty_cues import CueWords, cue_words
from .casualty_marks import Marks
from .casualty_sentence import SentenceFigures
from .model import Casualties, CasualtyReport, Sentence
from .numbers import without_marks

_LEAD = 3  # sentences of a report's lead: a figure after them is told as detail or background
_RUNNING_TOLL = 1000  # a pluperfect toll this large is history, as "a conflict that has killed 10,000"
_THEN_RATIO = 10  # "since then" this many times the day's toll: a running total since an older start
# groups another side reports as its own or its enemy's losses (a civilian toll there may repeat ours)
_ARMED = frozenset({"soldiers", "police", "militants"})
# ... and its civilians when our total counts armed men only: those cannot be the same people
_UNARMED = frozenset({"civilians", "women", "children"})


@dataclass(frozen=True)
class _Found:
    """A figure found in one sentence, before the headline is chosen."""

    report: CasualtyReport
    sentence: int
    chain: int  # reports sharing one verb ("12 soldiers and 8 civilians were killed") share a chain id
    marks: Marks


def _total(group: list[_Found]) -> CasualtyReport:
    """The figure for one sentence's reports of a kind: distinct groups added, repeats not."""
    if len(group) == 1:
        return group[0].report
    chains: dict[int, list[_Found]] = {}
    for f in group:
        chains.setdefault(f.chain, []).append(f)
    # another verb's figure told as more people ("… and two others died later in hospital", "… while four
    # attackers were also killed") is added to the largest of the sentence's other chains
    more = [fs for fs in chains.values() if all((f.marks.others or f.marks.also) and not (
        f.marks.part or f.marks.earlier or f.marks.total) for f in fs)]
    plain = [fs for fs in chains.values() if all(fs is not m for m in more)] or list(chains.values())
    best = max(plain, key=lambda fs: sum(f.report.min or f.report.max or 0 for f in fs))
    # ... unless that chain is an overall total or a toll told rising: "two of the wounded died, raising
    # the toll to 9" counts them in it
    more = [] if any(f.marks.total or f.marks.toll for f in best) else more
    reports = [f.report for f in best] + [f.report for fs in more if fs is not best for f in fs]
    return _sum(reports) if len(reports) > 1 else reports[0]


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


def _smaller(group: CasualtyReport, total: CasualtyReport) -> bool:
    """True when a group's figure is below the total's: a figure as large is more likely the same toll
    told again ("the UN also said 20 civilians died") than another group."""
    low = group.min if group.min is not None else group.max
    top = total.min if total.min is not None else total.max
    return low is not None and top is not None and low < top


def _running(f: _Found, floor: int | None) -> bool:
    """True for a running total: since a start point, or "since then" in the thousands or ten times the
    smallest toll told otherwise ("відтоді … загинули понад 300" beside a strike that killed two)."""
    value = _value(f.report)
    big = value >= _RUNNING_TOLL or (floor is not None and value >= _THEN_RATIO * floor)
    return f.marks.running or (f.marks.then and big)


def _war_toll(f: _Found, small_lead: bool) -> bool:
    """True for thousands told after the lead, vaguely ("the battles left thousands dead") or beside a
    lead toll below them ("more than 3,000 died in the first half of the year"): news tells a whole
    war's toll so, never the events it reports; an update of the toll ("rose to 1,200") is the news."""
    return (_value(f.report) >= _RUNNING_TOLL and f.sentence >= _LEAD and not f.marks.toll
            and (f.report.approximate or small_lead))


def _value(report: CasualtyReport) -> int:
    """The figure's lower bound, else its upper bound, else 0."""
    return report.min if report.min is not None else report.max or 0


def _size(report: CasualtyReport) -> tuple[bool, int]:
    """Rank of a figure: a stated lower bound beats a mere upper bound ("up to", "almost"), then the value."""
    return (report.min is not None, report.min if report.min is not None else report.max or 0)


def _headline(found: list[_Found], kind: str, families: Sequence[frozenset[str]],
              listed: set[str]) -> CasualtyReport | None:
    """Largest stated total of the kind; other groups of the events added when the text sets them apart.

    Tolls told in the pluperfect, and running totals ("since the start of the month"), count only when
    nothing else is told; pluperfect tolls never in the thousands ("the war had killed 4,000"); a toll
    "since then" gives way when it is in the thousands or ten times the day's toll ("seither wurden
    Zehntausende getötet"); thousands after the lead, told vaguely or beside a smaller lead toll, never
    count ("the battles left thousands dead"). Another side's report after a pluperfect toll ("Die Armee
    erklärte ihrerseits …") tells the same events, so the pluperfect counts. A corrected toll is final.
    When the largest total is itself told as another group ("also"), the total before it is added.
    A group is added to the largest total when its sentence says it is another group ("three
    attackers were also killed", "par ailleurs") and names who they were, or is another side's report
    ("in return fire", "de son côté") of armed men; unless the total is said to be overall ("in
    total"), the group is a part of a toll ("among them") or already counted in the total's sentence,
    or listed as a part anywhere (`listed`: "31 dead, among them eight soldiers"); a group set apart
    only by a sentence-wide word must also be smaller than the total. "Two others were killed", the only
    figure of its sentence, is added whoever the others are. A toll of another place is not added on the
    place alone: "In Gaza, 40 were killed … In Khan Younis, 12" tells a part of the total.
    """
    mine = [f for f in found if f.report.kind == kind]
    if not mine:
        return None
    # a pluperfect toll of thousands is a war's running toll ("the war had killed 60,000"): history
    small_lead = any(f.sentence < _LEAD and _value(f.report) < _RUNNING_TOLL for f in mine)
    mine = [f for f in mine
            if not (f.marks.earlier and _value(f.report) >= _RUNNING_TOLL) and not _war_toll(f, small_lead)]
    # a pluperfect toll told as another group ("four passers-by had also been hurt") is still one; and
    # another side's report after a pluperfect toll answers it ("Zuvor waren zwölf Zivilisten getötet
    # worden. Die Armee erklärte ihrerseits, sechs Soldaten …"): both tell the same events
    current = [f for f in mine if not f.marks.earlier or f.marks.also or f.marks.apart]
    if not _answers(current, mine):
        mine = current or mine
    # a running total since a start point ("since the start of the truce, 300 have died") gives way too
    floor = min((_value(f.report) for f in mine if not (f.marks.running or f.marks.then)), default=None)
    mine = [f for f in mine if not _running(f, floor)] or mine
    if not mine:
        return None
    # a corrected toll is final, whatever was said before: "corrected the toll to eight, not 12"
    corrected = [f.report for f in mine if f.marks.correction and not f.marks.part]
    if corrected:
        return min(corrected, key=_size)
    by_sentence: dict[int, list[_Found]] = {}
    for f in mine:
        by_sentence.setdefault(f.sentence, []).append(f)
    totals = {s: _total(group) for s, group in by_sentence.items()}
    # "two others were killed", "the assailant was shot dead" alone in its sentence is added to the toll
    # told beside it, never the toll itself
    told = [s for s, g in by_sentence.items()
            if not (len(g) == 1 and (g[0].marks.others or g[0].marks.perpetrator) and not g[0].marks.part)]
    best_sentence = max(told or totals, key=lambda s: (_size(totals[s]), -s))
    best = totals[best_sentence]
    if any(f.marks.total for f in by_sentence[best_sentence]):
        return best
    # groups the total's own sentence, or a breakdown, already counts ("31 dead, among them 8 soldiers")
    counted = {f.report.who for f in mine if f.sentence == best_sentence or f.marks.part}
    counted |= listed | {None, "people"}
    extra: dict[str | int, CasualtyReport] = {}  # the largest figure of each other group
    first = _first_group(by_sentence, totals, best_sentence)
    if first is not None:  # "سه عضو این تیم نیز کشته شدند" (three of the team were also killed)
        extra[first] = totals[first]
    for f in mine:
        who = f.report.who
        if f.sentence == first:
            continue
        alone = len(by_sentence[f.sentence]) == 1
        if f.marks.others and alone and f.sentence != best_sentence and not f.marks.part:
            # "two others were killed" alone in another sentence: other people than those counted, even
            # when only "people" (beside a figure of its own sentence, "others" are others than that one)
            extra[f.sentence] = f.report
            continue
        if f.marks.perpetrator and alone and f.sentence != best_sentence and not f.marks.part \
                and who not in counted - {None, "people"}:
            # "the assailant was shot dead" in a sentence of its own: not one of the victims counted
            extra[who or f.sentence] = f.report
            continue
        # a sentence-wide mark may belong to another clause: only a group smaller than the total
        side = who in _ARMED or (best.who in _ARMED and who in _UNARMED)
        apart = (f.marks.apart or (f.marks.side and side)) and _smaller(f.report, best)
        # another side's report of its own armed men is another group even when named alike ("у СДС, своєю
        # чергою, заявили про загибель трьох своїх бійців" after five government soldiers)
        own_side = f.marks.side and who in _ARMED and f.sentence != best_sentence
        if not (f.marks.also or apart) or f.marks.part or (who in counted and not own_side):
            continue
        # with the unnamed figures of its own verb: "the death of a woman and [of her son]"; another side's
        # report of its armed men lists its own losses, civilians too ("two soldiers and a villager"),
        # which beside a total of civilians are not added on their own
        own = f.marks.side and who in _ARMED and best.who not in _ARMED
        mates = [g.report for g in by_sentence[f.sentence] if g is not f and g.chain == f.chain
                 and (own or g.report.who in (None, "people"))]
        report = _sum([f.report, *mates]) if mates else f.report
        if who not in extra or (report.min or 0) > (extra[who].min or 0):
            extra[who] = report
    if extra:
        return _sum([best, *extra.values()])
    # Distinct groups told in separate sentences ("killed 23 soldiers" … "20 insurgents were killed"):
    # the largest figure of each group of one family, added, when that beats every single stated total.
    for family in families:
        summed = _groups(mine, family)
        # a total that adds groups of the family already ("4 police and 2 civilians") names no one group
        mixed = best.who is None and all(f.report.who in family for f in by_sentence[best_sentence])
        if (best.who in family or mixed) and summed is not None and (summed.min or 0) > (best.min or 0):
            return summed
    return best


def _first_group(by_sentence: dict[int, list[_Found]], totals: dict[int, CasualtyReport],
                 best_sentence: int) -> int | None:
    """The sentence of the first group when the largest total is told as another group ("the army said
    three attackers were also killed"): the largest total of an earlier sentence, else None."""
    if not all(f.marks.also and not (f.marks.part or f.marks.total) for f in by_sentence[best_sentence]):
        return None
    earlier = [s for s in totals if s < best_sentence]
    return max(earlier, key=lambda s: _size(totals[s])) if earlier else None


def _answers(current: list[_Found], mine: list[_Found]) -> bool:
    """True when every figure left is another side's report told after a pluperfect one."""
    first = min((f.sentence for f in mine if f not in current), default=None)
    return bool(current) and first is not None and all(f.marks.side and f.sentence > first for f in current)


def _groups(mine: list[_Found], family: frozenset[str]) -> CasualtyReport | None:
    """The largest figure of each group of a family of disjoint groups, added; None for one group."""
    groups: dict[str, CasualtyReport] = {}
    for f in mine:
        who, low = f.report.who, f.report.min
        if f.marks.part or who not in family or low is None:
            continue
        # figures of one group on one verb are added: "четверо сотрудников полиции и охранник"
        mates = [g.report for g in mine if g.sentence == f.sentence and g.chain == f.chain
                 and g.report.who == who and not g.marks.part and g.report.min is not None]
        report = _sum(mates) if len(mates) > 1 else f.report
        if who not in groups or (report.min or 0) > (groups[who].min or 0):
            groups[who] = report
    if len(groups) < 2:
        return None
    return _sum(sorted(groups.values(), key=lambda r: -(r.min or 0)))


def _history(lex: CueWords, text: str) -> bool:
    """True when a sentence tells the past: a year not in a full date ("im September 2023"), "years ago"."""
    context = SentenceContext(lex, text)
    return context.background or bool(context.years)


def _month_named(ctx: SentenceContext) -> bool:
    """True when a sentence names a month: a pluperfect toll so dated is another event ("مارچ میں …
    درجنوں افراد جاں بحق ہوگئے تھے", dozens had died in March)."""
    toks, months, text = ctx.toks, ctx.lex.months, ctx.text
    # in a script with capitals a month has one: "a march was held" names none
    return any(months.match(toks, i) and not text[toks[i].start].islower() for i in range(len(toks)))


def _parts_of(parts: set[tuple[str | None, str]], kind: str) -> set[str]:
    """The groups listed as part of a toll of `kind` (or of a toll of no stated kind)."""
    return {who for k, who in parts if k in (kind, None)}


def extract_casualties(sentences: Sequence[Sentence], language: str) -> Casualties:
    """Every casualty figure the sentences state, and the headline killed/injured totals."""
    lex = cue_words(language)
    found: list[_Found] = []
    parts: set[tuple[str | None, str]] = set()
    before: str | None = None  # the sentence before, for a pluperfect that goes on with its past
    for s in sentences:
        text = s.text
        if not lex.gate.search(without_marks(text).replace("’", "'")):
            before = text
            continue
        figures = SentenceFigures(lex, text)
        for report, chain, marks in figures.reports():
            # only a pluperfect toll is dated: most figures never build the sentence before's context
            if marks.earlier and (_month_named(figures) or (before is not None and _history(lex, before))):
                continue  # "In 2023 the army took the region. 200 had been killed in the fighting."
            found.append(_Found(report, s.index, chain, marks))
        parts |= figures.parts
        before = text
    return Casualties(
        killed=_headline(found, "killed", lex.distinct, _parts_of(parts, "killed")),
        injured=_headline(found, "injured", lex.distinct, _parts_of(parts, "injured")),
        reports=tuple(f.report for f in found),
    )
