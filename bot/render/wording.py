"""Plain-English phrases shared by every renderer: figures, counts, statuses."""

from __future__ import annotations

from ..briefing.language import language_name as english_name
from ..briefing.languages import LANGUAGES
from ..briefing.model import Briefing, CasualtyReport

STATUS_PHRASES = {
    "none": "not mentioned",
    "proposed": "proposed (called for or under negotiation)",
    "agreed": "agreed",
    "holding": "holding",
    "violated": "violated (breaches reported)",
    "collapsed": "collapsed",
}


def figure(report: CasualtyReport) -> str:
    """'at least 24 (dozens)', 'between 10 and 15', '23' — the number as a person reads it."""
    lo, hi = report.min, report.max
    if lo is not None and hi is not None and lo != hi:
        text = f"between {lo:,} and {hi:,}"
    elif lo is not None and hi is not None:
        text = f"{lo:,}"
    elif lo is not None:
        text = f"at least {lo:,}"
    elif hi is not None:
        text = f"up to {hi:,}"
    else:
        text = "an unknown number"
    words = report.words.strip()
    if words and words.replace(",", "") not in text.replace(",", ""):
        text += f" ({words})"
    return text


def casualty_line(report: CasualtyReport) -> str:
    """'killed: at least 24 (dozens), soldiers, both sides, per the army'."""
    parts = [f"{report.kind}: {figure(report)}"]
    if report.who:
        parts.append(report.who)
    if report.side:
        parts.append("both sides" if report.side == "both" else report.side)
    if report.claimed_by:
        parts.append(f"according to {report.claimed_by}")
    return ", ".join(parts)


def cut_line(b: Briefing) -> str:
    """'312 words → 3 sentences (of 18)': how much the summary cut."""
    n = len(b.summary)
    return f"{b.words:,} words → {n} sentence{'s' if n != 1 else ''} (of {b.sentence_count})"


def language_name(code: str) -> str:
    """The English name of a language code ("ar" → "Arabic", "it" → "Italian"), or the code itself."""
    return LANGUAGES.get(code) or english_name(code)


def ceasefire_line(b: Briefing) -> str:
    """'agreed (temporary, fragile; brokered by Qatar)'."""
    cf = b.ceasefire
    extras = list(cf.qualifiers)
    if cf.brokered_by:
        extras = [q for q in extras if q != "brokered"] + [f"brokered by {cf.brokered_by}"]
    if cf.where:
        extras = [q for q in extras if q != "partial"] + [f"partial: {cf.where}"]
    text = STATUS_PHRASES.get(cf.status, cf.status)
    return f"{text} ({', '.join(extras)})" if extras else text
