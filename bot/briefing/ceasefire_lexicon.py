"""The per-language ceasefire cue lexicon: data/ceasefire.json read once and compiled to patterns."""

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
             "harm", "revival", "failure", "deal_breach")
# Words after a cue in which a negation still governs it, unless the language says more (verb-final).
_AFTER_REACH = 2
_NEVER = re.compile(r"(?!)")
_OPEN_QUOTE = r"(?:[«\"„“]\s*)?"
_CLOSE_QUOTE = r"(?:\s*[»\"“”])?"


@dataclass(frozen=True)
class Lexicon:
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
    after_reach: int = _AFTER_REACH


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
def lexicon(language: str) -> Lexicon:
    """The compiled lexicon for `language`, English where the data has none for it."""
    data = _data()
    entry = data.get(language) or data["en"]
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
    )


def _clause_breaks(entry: dict, left: str, right: str) -> re.Pattern[str]:
    # Punctuation needs no word boundary; conjunctions do.
    parts = [p if not p[:1].isalpha() else f"{left}(?:{p}){right}" for p in entry["clause_breaks"]]
    return re.compile("|".join(parts), re.IGNORECASE)
