"""The word parts of a briefing in the reader's language: figures, casualty lines, ceasefire status,
the summary's cut, actor types. English goes through wording.py unchanged; the other nine languages
through the labels' catalogues. The text's own words (quotes, names, sides, sources) stay as written."""

from __future__ import annotations

from babel.numbers import format_decimal

from ..briefing.model import Briefing, CasualtyReport
from . import wording
from .i18n import SOURCE, language_name
from .labels import LABELS, label

__all__ = ["SEMICOLON", "casualty_text", "ceasefire_text", "cut_text", "language_text", "number", "type_text"]


# The Arabic-script languages have their own comma and semicolon.
COMMA = {"ar": "، ", "fa": "، ", "ur": "، "}
SEMICOLON = {"ar": "؛ ", "fa": "؛ ", "ur": "؛ "}


def number(value: int, language: str) -> str:
    """A count with the language's digit grouping ("1,200", "1.200", "1 200")."""
    if language == SOURCE:
        return f"{value:,}"
    return format_decimal(value, locale=language)


def _plain(key: str, language: str, **values: object) -> str:
    """A label as plain text (the renderer escapes the whole line once)."""
    from html import unescape

    return unescape(label(key, language, **values))


def _figure(report: CasualtyReport, language: str) -> str:
    lo, hi = report.min, report.max
    if lo is not None and hi is not None and lo != hi:
        text = _plain("figure_between", language, low=number(lo, language), high=number(hi, language))
    elif lo is not None and hi is not None:
        text = number(lo, language)
    elif lo is not None:
        text = _plain("figure_at_least", language, n=number(lo, language))
    elif hi is not None:
        text = _plain("figure_up_to", language, n=number(hi, language))
    else:
        text = _plain("figure_unknown", language)
    words = report.words.strip()
    if words and not any(ch.isdigit() for ch in words):  # "dozens", "عشرات": the text's own words
        text += f" ({words})"
    return text


def casualty_text(report: CasualtyReport, language: str) -> str:
    """'killed: at least 24 (dozens), soldiers, according to the army' in `language` (plain text)."""
    if language == SOURCE:
        return wording.casualty_line(report)
    kind = f"kind_{report.kind}"
    parts = [f"{_plain(kind, language) if kind in LABELS else report.kind}: {_figure(report, language)}"]
    if report.who:
        who = f"who_{report.who}"
        parts.append(_plain(who, language) if who in LABELS else report.who)
    if report.side:
        parts.append(_plain("both_sides", language) if report.side == "both" else report.side)
    if report.claimed_by:
        parts.append(_plain("according_to", language, who=report.claimed_by))
    return COMMA.get(language, ", ").join(parts)


def ceasefire_text(b: Briefing, language: str) -> str:
    """'agreed (temporary, brokered by Qatar)' in `language` (plain text)."""
    if language == SOURCE:
        return wording.ceasefire_line(b)
    cf = b.ceasefire
    extras = [q for q in cf.qualifiers if not (q == "brokered" and cf.brokered_by)
              and not (q == "partial" and cf.where)]
    words = [_plain(f"qualifier_{q}", language) if f"qualifier_{q}" in LABELS else q for q in extras]
    if cf.brokered_by:
        words.append(_plain("brokered_by", language, who=cf.brokered_by))
    if cf.where:
        words.append(_plain("partial_where", language, where=cf.where))
    key = f"status_{cf.status}"
    text = _plain(key, language) if key in LABELS else cf.status
    return f"{text} ({COMMA.get(language, ', ').join(words)})" if words else text


def cut_text(b: Briefing, language: str) -> str:
    """'312 words → 3 of 18 sentences' in `language` (plain text)."""
    if language == SOURCE:
        return wording.cut_line(b)
    return _plain("cut", language, words=number(b.words, language), count=len(b.summary),
                  total=b.sentence_count)


def language_text(code: str, language: str) -> str:
    """The name of the text's language in the reader's language."""
    return wording.language_name(code) if language == SOURCE else language_name(code, language)


def type_text(kind: str, language: str) -> str:
    """An actor type ("state", "group" …) in `language`."""
    key = f"type_{kind}"
    return _plain(key, language) if language != SOURCE and key in LABELS else kind
