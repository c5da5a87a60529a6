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
Calls to stop breaches ("urged Israel to stop its violations") report breaches, and so do deaths
counted since the truce began. An agreement word inside talks on a truce ("talks to agree a truce") or
in their speech tag ("Truce talks resume next week, the envoy announced") leaves the truce proposed. A
new truce outranks everything said of the one before ("agreed a new truce two days after the last one
collapsed" is agreed). Fighting said to resume within two sentences after a truce in effect, in a
sentence that does not name it, ends the truce (an attack told as a return, "came under fire again",
is a breach: data `breach_after`); denied talks ("no talks on a truce") are no proposal. In a sentence
that names the truce, a phase of it ("the first phase", data `phase`) stands for it. A truce agreed
only in an unreal past ("had a truce been reached, …", data `counterfactual`) is no truce and no proposal.
Talks on a truce that ended or failed leave the truce proposed; attempts to revive a truce that failed
("efforts to restore the truce have failed") leave it collapsed.
A verb that follows an insertion between commas after the truce ("The pause, agreed through … after
…, broke down") is the truce's verb, however long the insertion. A breach of "the agreement" in a
later sentence that does not name the truce ("accused Kyiv of violating the agreement") is a breach of
the truce already reported (data `deal_breach`). How each cue is read (window, negation, modality) is in
ceasefire_cues.py; the cue data is loaded and compiled in ceasefire_lexicon.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .ceasefire_cues import (
    NEGATION_WORDS,
    WORD,
    Span,
    affirmed,
    affirmed_near,
    after_insertion,
    after_relative,
    cut_off,
    judge,
    lead_in,
    near,
)
from .ceasefire_lexicon import Lexicon, lexicon
from .model import Ceasefire, Sentence
from .numbers import without_marks

# A ceasefire goes proposed → agreed → holding → violated → collapsed; when a text reports several
# states the furthest one is the latest in the story's own time. A *new* truce proposed after a
# collapse (renewal) is later still: its states rank above all those of the truce before.
_LIFECYCLE = {"proposed": 1, "agreed": 2, "holding": 3, "violated": 4, "collapsed": 5}
_RENEWAL_RANK = 5
# "trade truce", "price-war ceasefire": a business or sports word this close makes it no war.
_NOT_CONFLICT_WINDOW = 40
# An agreement verb this close before "truce talks" / "talks on a truce" governs the talks.
_TALKS_AFTER = 40
# The most words between a comma and the speech verb of a tag ("…, the envoy announced").
_TAG_WORDS = 3
# States a truce reaches after it began: the year it was agreed does not date them.
_LATER_STATES = frozenset({"holding", "violated", "collapsed"})
# How many sentences after a dated collapse, or a truce in effect, may say that fighting resumed.
_RESUMED_AFTER = 2
# The most words between talks and the verb that ends them ("the next round of talks in Istanbul … ended").
_SUBJECT_WORDS = 10
# ... and in a verb-final clause, from talks named before their truce to the verb that ends them.
_SUBJECT_CLAUSE_WORDS = 30
_ROUND_CHARS = 25  # "müzakerelerin ikinci turu": the round word just after the talks
# The states of a truce that fighting resumed after it ends.
_IN_EFFECT = frozenset({"agreed", "holding", "violated"})


@dataclass(frozen=True)
class _Reading:
    """What one sentence says about the ceasefire."""

    index: int
    status: str
    rank: int
    strong: bool
    background: bool
    text: str


def _talks_follow(talks: Sequence[int], pos: int) -> bool:
    at = bisect_left(talks, pos)
    return at < len(talks) and talks[at] - pos <= _TALKS_AFTER


def _of_talks(talks: Sequence[Span], terms: Sequence[Span], pos: int, text: str, lex: Lexicon) -> bool:
    """Whether an agreement cue at `pos` belongs to talks on a truce rather than to a truce: just before
    them ("agreed to hold truce talks"), inside their phrase ("talks to agree a truce"), their own verb
    ("Talks on a truce will begin on Thursday") or the speech verb of their tag after a comma ("Talks
    on a truce will resume, the envoy announced"; not "After talks on a truce, the sides signed it")."""
    if _talks_follow([a for a, _ in talks], pos):
        return True
    announce = lex.lists["announce"]
    for a, b in talks:
        if a <= pos < b:
            return True
        if b <= pos and not any(b <= t0 <= pos + _TALKS_AFTER for t0, _ in terms):  # no truce of its own
            _, comma, tail = text[b:pos].rpartition(",")
            if len(WORD.findall(tail)) <= _TAG_WORDS and (
                    not comma or (announce is not None and announce.match(text, pos) is not None)):
                return True
    return False


def _talks_end(talks: Sequence[tuple[int, int]], terms: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether the truce named last before `pos` is the object of talks ("talks for a truce … ended")."""
    before = [t for t in terms if t[1] <= pos]
    return bool(before) and any(a <= before[-1][0] and before[-1][1] <= b <= pos for a, b in talks)


def _talks_ended(text: str, terms: Sequence[Span], pos: int, lex: Lexicon) -> bool:
    """Whether the end cue at `pos` is said of talks: named after the truce in a clause of their own
    ("agreed a truce in October, but the next round of talks ended without result"), or, where the verb
    ends the clause, as its subject after the truce ("ateşkes … görüşmelerin ikinci turu sona erdi") or,
    a round of them (data `rounds`), before it ("مذاکرات کا تیسرا دور جنگ بندی میں توسیع … ختم ہو گیا")."""
    talks, rounds = lex.lists["talks"], lex.lists["rounds"]
    last = max((b for _, b in terms if b <= pos), default=None)
    if talks is None or last is None:
        return False
    for match in talks.finditer(text, 0 if lex.verb_final else last, pos):
        between, after = text[last:match.start()], text[match.end():pos]
        if match.start() < last:  # a round of talks first, then their truce and the verb: commas between
            breaks = [m for m in lex.clause_break.finditer(after) if m.group() not in (",", "،")]
            round_ = rounds is not None and rounds.search(text, match.start(), match.end() + _ROUND_CHARS)
            if round_ and not breaks and len(WORD.findall(after)) <= _SUBJECT_CLAUSE_WORDS:
                return True
            continue
        own_clause = lex.verb_final or lex.clause_break.search(between) is not None
        if own_clause and not lex.clause_break.search(after) and len(WORD.findall(after)) <= _SUBJECT_WORDS:
            return True
    return False


def _harm_since(text: str, lex: Lexicon) -> int | None:
    """Where a sentence reports killing since the truce began ("the deadliest day since the truce
    took effect", "since the start of the truce, 40 people have died"): breaches of a truce still on."""
    since, harm = lex.lists["since_truce"], lex.lists["harm"]
    if since is None or harm is None or not since.search(text):
        return None
    for match in harm.finditer(text):
        if affirmed(text, match, lex):  # "жертв не было": no deaths
            return match.start()
    return None


def _revival_failed(text: str, lex: Lexicon) -> int | None:
    """Where a sentence says a truce could not be revived ("attempts to restore the truce have failed",
    "failed to revive the truce"): the truce is over. The attempt's modal ("attempts to") governs the
    revival, not the failure, so it does not make the truce merely agreed."""
    revival = lex.lists["revival"]
    if revival is None:
        return None
    failures = [p for p in (lex.cues["collapsed"], lex.lists["failure"]) if p is not None]
    for attempt in revival.finditer(text):
        if lex.negators.search(lead_in(text, attempt.start(), lex, NEGATION_WORDS)):
            return attempt.start()  # "failed to revive the truce", "unable to restore it"
        # Verb-first languages put the failure before the attempt ("فشلت محاولات إحياء الهدنة").
        for match in (m for p in failures for m in p.finditer(text)):
            apart = match.end() <= attempt.start() or match.start() >= attempt.end()
            if apart and affirmed(text, match, lex):
                return match.start()
    return None


def _read(sentence: Sentence, lex: Lexicon) -> _Reading | None:
    """The ceasefire status one sentence supports, or None where it mentions no ceasefire."""
    text = sentence.text
    terms = [m.span() for m in lex.term.finditer(text)]
    if not terms:  # most sentences: skip the costlier non-conflict scan
        return None
    not_conflict = lex.lists["not_conflict"]
    other = [m.span() for m in not_conflict.finditer(text)] if not_conflict else []
    spans = [span for span in terms if not near(span, other, _NOT_CONFLICT_WINDOW)]
    if not spans:
        return None
    phase = lex.lists["phase"]
    if phase is not None:
        # "…, alors que la première phase, entrée en vigueur …, est respectée": a phase of the named truce.
        spans = sorted(spans + [m.span() for m in phase.finditer(text)
                                if not any(a < m.end() and m.start() < b for a, b in spans)])
    absent = bool(lex.lists["absent"] and lex.lists["absent"].search(text))
    conditional = bool(lex.lists["conditional_clause"] and lex.lists["conditional_clause"].search(text))
    found: list[tuple[str, int]] = []
    negated = False
    contrast = lex.lists["contrast"]
    marks = [m.start() for m in contrast.finditer(text)] if contrast else []
    stop = lex.lists["stop_violations"]
    stops = [m.span() for m in stop.finditer(text)] if stop else []
    proposal = lex.lists["proposal_np"]
    # "there are no talks on a truce" denies the talks; "talks on a truce did not resume" does not
    talks = list(proposal.finditer(text)) if proposal else []
    denied = {m.span() for m in talks if lex.negators.search(lead_in(text, m.start(), lex, NEGATION_WORDS))}
    talk_spans = [m.span() for m in talks if m.span() not in denied]
    for status, pattern in lex.cues.items():
        for match in pattern.finditer(text):
            if status == "proposed" and any(a <= match.start() < b for a, b in denied):
                negated = True  # "لا توجد أي محادثات بشأن التهدئة": the talks' own word is denied with them
                continue
            if ((near(match.span(), spans) or after_insertion(match.span(), spans, text, lex)
                 or after_relative(match.span(), spans, text, lex))
                    and not cut_off(match.span(), spans, marks)):
                if status == "collapsed" and (_talks_end(talk_spans, spans, match.start())
                                              or _talks_ended(text, spans, match.start(), lex)):
                    # "talks on a truce broke down": the talks ended, the truce is still only proposed.
                    found.append(("proposed", match.start()))
                    continue
                if status == "violated" and any(a <= match.start() < b for a, b in stops):
                    # "urged Israel to stop its violations": the call presumes the breaches, so
                    # neither the modal nor a negation ("refused to end its breaches") voids them.
                    found.append(("violated", match.start()))
                    continue
                if status == "violated" and any(match.start() <= a < match.end() for a, _ in spans):
                    # "attacks do not stop despite the truce": a negation before "despite" is the
                    # fighting's, not the cue's, so it cannot turn the breach into observance.
                    found.append(("violated", match.start()))
                    continue
                judged, was_negated = judge(status, match, text, lex, absent, conditional)
                negated |= was_negated
                if judged:
                    found.append((judged, match.start()))
    unreal = lex.lists["counterfactual"]
    if unreal is not None:
        # "if a truce had been reached, aid could have come in": no truce then, and none proposed.
        gone = [m.span() for m in unreal.finditer(text)]
        found = [(s, pos) for s, pos in found if not any(a <= pos < b for a, b in gone)]
        negated |= bool(gone)
    harm = _harm_since(text, lex)
    if harm is not None:
        found.append(("violated", harm))
    revived = _revival_failed(text, lex)
    if revived is not None:
        found.append(("collapsed", revived))
    if talk_spans:
        found = [("proposed" if s == "agreed" and _of_talks(talk_spans, spans, pos, text, lex) else s, pos)
                 for s, pos in found]
        found.append(("proposed", talk_spans[0][0]))
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
        status = ("collapsed" if affirmed_near(lex.lists["renewed_fighting"], text, spans, lex)
                  else "violated" if affirmed_near(lex.lists["fighting"], text, spans, lex) else "agreed")
    rank = _LIFECYCLE[status]
    renewal = lex.lists["renewal"]
    if revived is None and found and renewal and renewal.search(text):
        # A new truce is later than anything said of the one before: "a push for a new truce after the
        # last one collapsed" is proposed, "agreed a new truce two days after the last one collapsed"
        # agreed; what is said of the new truce then ranks among its own states.
        statuses = {s for s, _ in found}
        if "proposed" in statuses:
            status = "proposed"
        elif status == "collapsed" and statuses - {"collapsed"}:
            status = max(statuses - {"collapsed"}, key=_LIFECYCLE.__getitem__)
        rank = _RENEWAL_RANK + _LIFECYCLE[status]
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
        if not lex.negators.search(lead_in(text, match.start(), lex, NEGATION_WORDS)):
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


def _fighting_after(sentences: Sequence[Sentence], index: int, lex: Lexicon) -> bool:
    """Whether one of the next two sentences says fighting resumed ("Depuis, les combats ont repris")."""
    renewed = lex.lists["renewed_fighting"]
    return renewed is not None and any(
        renewed.search(s.text) for s in sentences if index < s.index <= index + _RESUMED_AFTER)


def _said_after(sentences: Sequence[Sentence], readings: Sequence[_Reading], pattern: re.Pattern[str] | None,
                status: str, lex: Lexicon) -> list[_Reading]:
    """`pattern` said in one of the two sentences after a truce in effect, in a sentence that does not name
    it: fighting resumed ("The truce took effect on Friday. But fighting resumed on Monday.") ends the
    truce; calm ("Seit Mitternacht herrsche Ruhe") says it holds."""
    live = [r.index for r in readings if r.strong and not r.background and r.status in _IN_EFFECT]
    if pattern is None or not live:
        return []
    read = {r.index for r in readings}
    for sentence in sentences:
        if sentence.index in read or not any(0 < sentence.index - i <= _RESUMED_AFTER for i in live):
            continue
        reading = _said_of_it(sentence, pattern, status, lex)
        if reading is not None:
            return [reading]
    return []


def _deal_breaches(sentences: Sequence[Sentence], readings: Sequence[_Reading],
                   lex: Lexicon) -> list[_Reading]:
    """Breaches of "the agreement" told after a current truce mention without repeating its name
    ("Russia accused Kyiv of violating the agreement"): the anaphor refers back to that truce."""
    breach = lex.lists["deal_breach"]
    current = [r.index for r in readings if not r.background]
    if breach is None or not current:
        return []
    read = {r.index for r in readings}
    later = (s for s in sentences if s.index > current[0] and s.index not in read)
    return [r for s in later if (r := _said_of_it(s, breach, "violated", lex)) is not None]


def _said_of_it(sentence: Sentence, pattern: re.Pattern[str], status: str, lex: Lexicon) -> _Reading | None:
    """A strong reading of `status` for a sentence that does not name the truce but says it of it
    (`pattern` affirmed: "fighting resumed", "violated the agreement"), else None."""
    if not any(affirmed(sentence.text, match, lex) for match in pattern.finditer(sentence.text)):
        return None
    history = _is_history(sentence.text, status, lex)
    return _Reading(sentence.index, status, _LIFECYCLE[status], True, history, sentence.text)


def extract_ceasefire(sentences: Sequence[Sentence], language: str) -> Ceasefire:
    """The ceasefire status the text reports (latest state wins), its qualifiers and evidence sentence."""
    lex = lexicon(re.split(r"[-_]", language.lower(), maxsplit=1)[0] if language else "en")
    # The cues are written without Arabic-script short vowels, which writers add at will ("قُتلوا",
    # "أُبرم"): they are read on the sentences without them, and the evidence is the sentence as written.
    written = {s.index: s.text for s in sentences}
    sentences = [replace(s, text=without_marks(s.text)) for s in sentences]
    readings = [r for s in sentences if (r := _read(s, lex)) is not None]
    readings += _deal_breaches(sentences, readings, lex)
    readings += _said_after(sentences, readings, lex.lists["renewed_fighting"], "collapsed", lex)
    readings += _said_after(sentences, readings, lex.lists["breach_after"], "violated", lex)
    readings += _said_after(sentences, readings, lex.lists["calm"], "holding", lex)
    current = [r for r in readings if not r.background]
    # History alone ("since the 2003 truce") counts only where the text dwells on it.
    history = [r for r in readings if r.background]
    # A dated collapse followed by "fighting has resumed since" is the current state, not history.
    ended = any(r.strong and r.status == "collapsed" and _fighting_after(sentences, r.index, lex)
                for r in history)
    pool = current or (history if len(history) >= 2 or ended else [])
    if not pool:
        return Ceasefire()
    candidates = [r for r in pool if r.strong] or pool
    best = max(candidates, key=lambda r: (r.rank, -r.index))
    qualifiers = _qualifiers(pool, sentences, lex)
    brokered_by = _first_group(lex.brokered_by, pool, "who")
    if brokered_by and "brokered" not in qualifiers:
        qualifiers.append("brokered")
    where = _first_group(lex.where, pool, "where") if "partial" in qualifiers else None
    return Ceasefire(best.status, tuple(qualifiers), written.get(best.index, best.text), brokered_by, where)
