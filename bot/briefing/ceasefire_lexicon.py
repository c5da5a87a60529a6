"""The per-language ceasefire cue lexicon: data/ceasefire_<language>.json read once and compiled to patterns.

Every entry is a regular-expression fragment, matched case-insensitively and wrapped in the language's
`left`/`right` word boundaries (default: not inside a word); `{TERM}` stands for any `term_refs` entry. Adding
a language is adding its file. Keys: terms (what counts as a ceasefire mention), term_refs (the nouns other
patterns refer to), cues.{proposed,agreed,scheduled,holding,violated,collapsed} (status cues near a term;
`scheduled` = agreed cues that survive a reported 'would'), negators / negators_after (words before / after a
cue that negate it), irrealis (words before a cue that make it hypothetical), conditional (the subset that
also demotes `scheduled`), conditional_clause (an 'if' anywhere in the sentence), clause_breaks (where
look-back stops), absent (the ceasefire itself denied), background (history: a year, 'previous truce'),
current (today, weekdays: a sentence that has them is not history), renewal (a new truce proposed after an old
one), proposal_np (talks about a truce), observance (keeping an existing truce), fighting / renewed_fighting
(weak violated / collapsed cues), not_conflict (trade, sport: not a war truce), qualifiers.*, broker_anywhere,
brokered_by (group `who`), where (group `where`, for partial truces). dated_truce: a year that dates the truce
itself ('the truce agreed in November 2024'); it does not make a sentence about the truce's later state
(holding, violated, collapsed) history. stop_violations: calls to stop breaches ('urged Israel to stop its
violations'); they report breaches, so no modal or negation before them voids the violation cue inside.
contrast: words that open a contrasting clause ('whereas'); a cue beyond one belongs to another event.
revival: reviving, restoring or resuming a truce ('attempts to revive the truce'); with a failure cue in the
sentence ('have failed') the truce is collapsed, whatever modal governs the attempt. failure: words that say
an attempt failed ('came to nothing'), read only with `revival` (the language's collapsed cues count too).
deal_breach: a breach of 'the agreement'/'the deal' without the truce's name ('accused Kyiv of violating the
agreement'); read only in a text that already reports a current truce, and only after its first mention.
announce: the speech verbs among the agreement cues ('announced', 'anunció'): after a comma that ends a clause
about truce talks they are its speech tag, not an agreement. talks: nouns for talks, rounds and meetings,
which an end cue may be said of ('the next round of talks ended without result'). verb_final (true/false): the
verb ends its clause and modifiers stand before their noun, so a truce named before talks in one clause may be
the talks' modifier ('ateşkesin kalıcı hale getirilmesi amacıyla düzenlenen görüşmelerin ikinci turu sona
erdi'). rounds: the words for a round of talks ('turu', 'دور'); in a verb-final clause a round named before
the truce is the subject of the verb that ends it. relative: the relative word that opens a clause after a
noun in a verb-final language ('آتش‌بسی که … امضا شد، … رعایت شده است'): the verb after that clause's comma is
the truce's. calm: calm said without the truce's name ('calm has prevailed since midnight', 'die Waffen
schweigen'); read only in the two sentences after a truce in effect, it holds. breach_after: an attack told as
a return or against expectation without the truce's name ('But on Tuesday army positions came under fire
again'); read only in the two sentences after a truce in effect, it is a breach. phase: a numbered phase of a
truce ('the first phase'); in a sentence that names the truce it is that truce. counterfactual: a truce agreed
only in an unreal past ('لو تم التوصل إلى هدنة لكان …', 'اگر آتش‌بسی برقرار می‌شد'): the cues inside count for
nothing, so such a sentence alone reports no truce, and none proposed."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .model import CEASEFIRE_QUALIFIERS

# The statuses a cue can support, in lifecycle order (ceasefire.py ranks them).
STATUSES = ("proposed", "agreed", "holding", "violated", "collapsed")
LIST_KEYS = ("conditional_clause", "negators_after", "not_conflict", "background", "current", "absent",
             "renewal", "proposal_np", "observance", "fighting", "renewed_fighting", "broker_anywhere",
             "nominal", "contrast", "dated_truce", "stop_violations", "trail_breaks", "since_truce",
             "harm", "revival", "failure", "deal_breach", "announce", "talks", "relative", "calm",
             "breach_after", "phase", "counterfactual", "rounds")
# Words after a cue in which a negation still governs it, unless the language says more (verb-final).
_AFTER_REACH = 2
_NEVER = re.compile(r"(?!)")
_OPEN_QUOTE = r"(?:[«\"„“]\s*)?"
_CLOSE_QUOTE = r"(?:\s*[»\"“”])?"


@dataclass(frozen=True)
class Lexicon:
    """One language's compiled patterns (the module docstring says what each list means)."""

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
    after_reach: int = _AFTER_REACH
    verb_final: bool = False


def entry_of(language: str) -> dict | None:
    """The cue data of `language` (data/ceasefire_<language>.json), or None where it has none."""
    path = resources.files(__package__).joinpath("data", f"ceasefire_{language}.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _fill(pattern: str, refs: str) -> str:
    """`pattern` with its {TERM} placeholders standing for any ceasefire noun."""
    return pattern.replace("{TERM}", refs)


def _compile(patterns: Sequence[str], refs: str, left: str, right: str) -> re.Pattern[str] | None:
    if not patterns:
        return None
    body = "|".join(f"{left}(?:{_fill(p, refs)}){right}" for p in patterns)
    return re.compile(body, re.IGNORECASE)


@cache
def lexicon(language: str) -> Lexicon:
    """The compiled lexicon for `language`, English where the data has none for it."""
    entry = (entry_of(language) if language.isalpha() else None) or entry_of("en")
    left, right = entry.get("left", r"(?<!\w)"), entry.get("right", r"(?!\w)")
    # Scare quotes around the noun ("так зване «перемир'я»") do not part it from its cue.
    refs = "(?:" + _OPEN_QUOTE + "(?:" + "|".join(entry["term_refs"]) + ")" + _CLOSE_QUOTE + ")"

    def comp(patterns: Sequence[str]) -> re.Pattern[str]:
        return _compile(patterns, refs, left, right) or _NEVER

    cues = {status: comp(entry["cues"].get(status, [])) for status in STATUSES}
    cues["scheduled"] = comp(entry["cues"].get("scheduled", []))
    return Lexicon(
        term=comp(entry["terms"]),
        lists={key: _compile(entry.get(key, []), refs, left, right) for key in LIST_KEYS},
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
        after_reach=int(entry.get("negation_after_words", _AFTER_REACH)),
        verb_final=bool(entry.get("verb_final", False)),
    )


def _clause_breaks(entry: dict, left: str, right: str) -> re.Pattern[str]:
    # Punctuation needs no word boundary; conjunctions do.
    parts = [p if not p[:1].isalpha() else f"{left}(?:{p}){right}" for p in entry["clause_breaks"]]
    return re.compile("|".join(parts), re.IGNORECASE)
