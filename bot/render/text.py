"""A briefing as plain text for the terminal."""

from __future__ import annotations

import textwrap

from ..briefing.languages import extracts
from ..briefing.model import Briefing
from .wording import casualty_line, ceasefire_line, cut_line, language_name

_WIDTH = 100


def briefing_text(b: Briefing) -> str:
    """The whole briefing, readable in a terminal, with the evidence of every claim."""
    lines: list[str] = []
    if b.title:
        lines += [b.title, "=" * min(len(b.title), _WIDTH)]
    source = " · ".join(x for x in (b.site, b.url) if x)
    lines.append(f"{language_name(b.language)} · {cut_line(b)}" + (f" · {source}" if source else ""))
    lines += [f"note: {n}" for n in b.notes]
    lines += ["", "Summary"]
    lines += [_bullet(s) for s in b.summary]
    if not extracts(b.language):  # the note above says why there is nothing more
        return "\n".join(lines) + "\n"
    lines += ["", "Key actors"]
    if b.actors:
        for a in b.actors:
            head = f"{a.name} ({a.type}" + (f", {a.group}" if a.group else "") + f", {a.mentions}×)"
            if a.aliases:
                head += " — also: " + ", ".join(a.aliases)
            lines.append(_bullet(head))
    else:
        lines.append("  none found")
    lines += ["", "Casualties"]
    cas = b.casualties
    for label, fig in (("killed", cas.killed), ("injured", cas.injured)):
        if fig:
            lines.append(_bullet(f"{label} (headline): {casualty_line(fig).split(': ', 1)[1]}"))
    for r in cas.reports:
        lines.append(_bullet(casualty_line(r)))
        lines.append(_quote(r.evidence))
    if not cas.reports:
        lines.append("  none reported")
    lines += ["", f"Ceasefire: {ceasefire_line(b)}"]
    if b.ceasefire.evidence:
        lines.append(_quote(b.ceasefire.evidence))
    return "\n".join(lines) + "\n"


def _bullet(text: str) -> str:
    return textwrap.fill(text, _WIDTH, initial_indent="  • ", subsequent_indent="    ")


def _quote(text: str) -> str:
    return textwrap.fill(f"“{text}”", _WIDTH, initial_indent="      ", subsequent_indent="       ")
