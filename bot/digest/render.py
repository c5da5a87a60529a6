"""A digest as terminal text and as Telegram HTML messages (escaped, each under 4,096 characters)."""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from ..briefing.model import Briefing, CasualtyReport
from ..render.wording import casualty_line, ceasefire_line, figure
from .model import Digest, Situation, Story

__all__ = ["MESSAGE_LIMIT", "digest_html", "digest_text", "nothing_new_line", "situation_line"]

# Telegram's limit is 4,096 characters after entity parsing; the HTML source is always longer than
# what it parses to, so keeping the source under the limit is safe with no parsing of our own.
MESSAGE_LIMIT = 4096
_WIDTH = 100
# Per story: how many actors and summary sentences the digest shows (the rest is one tap away).
STORY_ACTORS = 4
STORY_SENTENCES = 2
# Two sentences are usually 300–500 characters; a run-on "sentence" from a messy page is cut here.
STORY_SUMMARY_CHARS = 700


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def nothing_new_line(topic: str) -> str:
    """The one line sent when a topic has no new story."""
    return f"{topic}: nothing new since the last digest."


def _ceasefire_part(s: Situation) -> str:
    if s.ceasefire == "none":
        if s.previous_ceasefire and s.previous_ceasefire != "none":
            return f"ceasefire: not mentioned today (last: {s.previous_ceasefire})"
        return "ceasefire: not mentioned"
    if s.ceasefire_changed:
        return f"ceasefire: {s.previous_ceasefire} → {s.ceasefire}"
    return f"ceasefire: {s.ceasefire}"


def _figure(report: CasualtyReport) -> str:
    """The figure, with its words only where they are vague ("at least 24 (dozens)")."""
    return figure(report if report.approximate else replace(report, words=""))


def situation_line(s: Situation) -> str:
    """'ceasefire: agreed → violated · killed: at least 24 · injured: 40 · most mentioned: Pakistan (12)'."""
    parts = [_ceasefire_part(s)]
    figures = [f"{kind}: {_figure(r)}" for kind, r in (("killed", s.killed), ("injured", s.injured)) if r]
    parts += figures or ["no casualty figures reported"]
    if s.actors:
        parts.append("most mentioned: " + ", ".join(f"{name} ({n})" for name, n in s.actors))
    return " · ".join(parts)


def _header(d: Digest) -> str:
    count = f"top {len(d.stories)} of {d.total} stories" if d.total > len(d.stories) else (
        f"{len(d.stories)} stor{'y' if len(d.stories) == 1 else 'ies'}")
    return f"{d.topic} — {_day(d.day)} · {count}"


def _summary(b: Briefing) -> str:
    """The first sentences of the summary, cut at a word under STORY_SUMMARY_CHARS (a digest skims)."""
    text = " ".join(b.summary[:STORY_SENTENCES])
    if len(text) <= STORY_SUMMARY_CHARS:
        return text
    return text[: STORY_SUMMARY_CHARS].rsplit(" ", 1)[0].rstrip(",;:—-") + " …"


def _facts(b: Briefing) -> Iterator[tuple[str, str]]:
    """(label, plain text) lines for a story's actors, casualties and ceasefire, where it has them."""
    if b.actors:
        yield "Actors", ", ".join(a.name for a in b.actors[:STORY_ACTORS])
    figures = [casualty_line(r) for r in (b.casualties.killed, b.casualties.injured) if r]
    if figures:
        yield "Casualties", "; ".join(figures)
    if b.ceasefire.status != "none":
        yield "Ceasefire", ceasefire_line(b)


# --- terminal ------------------------------------------------------------------------------------


def _fill(text: str, indent: str = "   ") -> str:
    return textwrap.fill(text, _WIDTH, initial_indent=indent, subsequent_indent=indent)


def digest_text(d: Digest) -> str:
    """The digest for a terminal: header, situation, then each story with its sources."""
    if d.empty or d.situation is None:
        return nothing_new_line(d.topic) + "\n"
    head = _header(d)
    lines = [head, "=" * min(len(head), _WIDTH), _fill(situation_line(d.situation), ""), ""]
    for n, story in enumerate(d.stories, 1):
        b = story.briefing
        lines.append(textwrap.fill(f"{n}. {story.title}", _WIDTH, subsequent_indent="   "))
        if b.summary:
            lines.append(_fill(_summary(b)))
        lines += [_fill(f"{label}: {value}") for label, value in _facts(b)]
        label = "Source" if len(story.sources) == 1 else f"Sources ({len(story.sources)})"
        lines.append(f"   {label}:")
        for src in story.sources:
            lines.append(f"     - {src.site}" + (f" — {src.link}" if src.link else ""))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# --- Telegram HTML -------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _link(text: str, url: str | None) -> str:
    if not url or not url.lower().startswith(("http://", "https://")):
        return _esc(text)
    return f'<a href="{html.escape(url, quote=True)}">{_esc(text)}</a>'


_Line = tuple[str, str]  # (HTML, the same as plain text) so an oversized line can be re-cut safely


def _story_lines(n: int, story: Story) -> list[_Line]:
    b = story.briefing
    lead = story.sources[0].link if story.sources else b.url
    lines: list[_Line] = [(f"<b>{n}. {_link(story.title, lead)}</b>", f"{n}. {story.title}")]
    if b.summary:
        lines.append((_esc(_summary(b)), _summary(b)))
    for label, value in _facts(b):
        lines.append((f"<i>{label}:</i> {_esc(value)}", f"{label}: {value}"))
    sources = ", ".join(_link(s.site, s.link) for s in story.sources)
    plain = ", ".join(s.site for s in story.sources)
    label = "Source" if len(story.sources) == 1 else "Sources"
    lines.append((f"<i>{label}:</i> {sources}", f"{label}: {plain}"))
    return lines


def _cut_plain(text: str, limit: int) -> Iterator[str]:
    """`text` escaped, in pieces of at most `limit` characters, cut at spaces (never inside an entity)."""
    piece = ""
    for word in text.split(" "):
        candidate = f"{piece} {word}" if piece else word
        if len(_esc(candidate)) <= limit:
            piece = candidate
            continue
        if piece:
            yield _esc(piece)
        piece = word
        while len(_esc(piece)) > limit:  # one word longer than a message: cut by characters
            cut = limit
            while len(_esc(piece[:cut])) > limit:
                cut -= 1
            yield _esc(piece[:cut])
            piece = piece[cut:]
    if piece:
        yield _esc(piece)


def _pack(blocks: list[list[_Line]], limit: int) -> list[str]:
    """Blocks joined into messages under `limit`: whole blocks where they fit, else line by line."""
    messages: list[str] = []
    current = ""

    def add(chunk: str, sep: str) -> None:
        nonlocal current
        if not current:
            current = chunk
        elif len(current) + len(sep) + len(chunk) < limit:
            current += sep + chunk
        else:
            messages.append(current)
            current = chunk

    for block in blocks:
        joined = "\n".join(h for h, _ in block)
        if len(joined) < limit:
            add(joined, "\n\n")
            continue
        for n, (line_html, line_plain) in enumerate(block):
            sep = "\n\n" if n == 0 else "\n"
            if len(line_html) < limit:
                add(line_html, sep)
            else:
                for piece in _cut_plain(line_plain, limit - 1):
                    add(piece, sep)
                    sep = "\n"
    if current:
        messages.append(current)
    return messages


def digest_html(d: Digest, limit: int = MESSAGE_LIMIT) -> list[str]:
    """The digest as Telegram HTML messages, every piece of text escaped, each under `limit` characters."""
    if d.empty or d.situation is None:
        return [f"<b>{_esc(d.topic)}</b>: nothing new since the last digest."]
    header: list[_Line] = [
        (f"<b>{_esc(_header(d))}</b>", _header(d)),
        (f"<i>{_esc(situation_line(d.situation))}</i>", situation_line(d.situation)),
    ]
    blocks = [header] + [_story_lines(n, s) for n, s in enumerate(d.stories, 1)]
    return _pack(blocks, limit)
