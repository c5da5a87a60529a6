"""A digest as terminal text and as Telegram HTML messages (escaped, each under 4,096 characters), in
the reader's language: the fixed words through the labels, figures and statuses through localized.py,
right-to-left languages laid out line by line. English reads exactly as it always has."""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from babel.dates import format_date

from ..briefing.model import Briefing, CasualtyReport
from ..render.i18n import SOURCE, directed
from ..render.labels import LABELS, label
from ..render.localized import COMMA, SEMICOLON, casualty_text, ceasefire_text, number
from .model import Digest, Situation, Story

__all__ = [
    "MESSAGE_LIMIT", "digest_html", "digest_text", "nothing_new_line", "plain_label", "situation_line",
    "status_word",
]

# Telegram's limit is 4,096 characters after entity parsing; the HTML source is always longer than
# what it parses to, so keeping the source under the limit is safe with no parsing of our own.
MESSAGE_LIMIT = 4096
_WIDTH = 100
# Per story: how many actors and summary sentences the digest shows (the rest is one tap away).
STORY_ACTORS = 4
STORY_SENTENCES = 2
# Two sentences are usually 300–500 characters; a run-on "sentence" from a messy page is cut here.
STORY_SUMMARY_CHARS = 700
_TAG = re.compile(r"<[^>]*>")


# --- the words, in the reader's language ----------------------------------------------------------


def plain_label(key: str, language: str, **values: object) -> str:
    """A label as plain text with `values` put in as they are (the caller escapes the whole line)."""
    return html.unescape(_TAG.sub("", label(key, language))).format(**values)


def _count(n: int, language: str) -> str:
    """A count: plain digits in English (as the digest always had), the language's digits otherwise."""
    return str(n) if language == SOURCE else number(n, language)


def _day(d: date, language: str) -> str:
    """'26 Nov 2026' in English, the language's long date elsewhere ('26 ноября 2026 г.')."""
    if language == SOURCE:
        return f"{d.day} {d:%b %Y}"
    return format_date(d, "long", locale=language)


def status_word(status: str, language: str) -> str:
    """A ceasefire status as one short word ('agreed', 'violated'), the code itself if unknown."""
    for key in (f"digest_status_{status}", f"status_{status}"):
        if key in LABELS:
            return plain_label(key, language)
    return status


def _comma(language: str) -> str:
    return COMMA.get(language, ", ")


def nothing_new_line(topic: str, language: str = SOURCE) -> str:
    """The one line sent when a topic has no new story (plain text)."""
    return plain_label("digest_nothing_new", language, topic=topic)


def _ceasefire_part(s: Situation, language: str) -> str:
    if s.ceasefire == "none":
        if s.previous_ceasefire and s.previous_ceasefire != "none":
            return plain_label("digest_ceasefire_unmentioned", language,
                          last=status_word(s.previous_ceasefire, language))
        return plain_label("digest_ceasefire", language, status=status_word("none", language))
    if s.ceasefire_changed:
        return plain_label("digest_ceasefire_changed", language,
                      before=status_word(s.previous_ceasefire or "none", language),
                      now=status_word(s.ceasefire, language))
    return plain_label("digest_ceasefire", language, status=status_word(s.ceasefire, language))


def _figure(kind: str, report: CasualtyReport, language: str) -> str:
    """'killed: at least 24 (dozens)': the figure, with its words only where they are vague, and
    without who, side or source (the stories below say those)."""
    bare = replace(report, kind=kind, who=None, side=None, claimed_by=None,
                   words=report.words if report.approximate else "")
    return casualty_text(bare, language)


def situation_line(s: Situation, language: str = SOURCE) -> str:
    """'ceasefire: agreed → violated · killed: at least 24 · injured: 40 · most mentioned: Pakistan (12)'
    in `language` (plain text)."""
    parts = [_ceasefire_part(s, language)]
    figures = [_figure(kind, r, language) for kind, r in (("killed", s.killed), ("injured", s.injured)) if r]
    parts += figures or [plain_label("digest_no_figures", language)]
    if s.actors:
        names = _comma(language).join(f"{name} ({_count(n, language)})" for name, n in s.actors)
        parts.append(plain_label("digest_most_mentioned", language, actors=names))
    return " · ".join(parts)


def _header(d: Digest, language: str) -> str:
    shown = len(d.stories)
    if d.total > shown:
        count = plain_label("digest_top_stories", language, shown=_count(shown, language),
                       total=_count(d.total, language))
    elif shown == 1:
        count = plain_label("digest_one_story", language)
    else:
        count = plain_label("digest_stories", language, count=_count(shown, language))
    return f"{d.topic} — {_day(d.day, language)} · {count}"


def _summary(b: Briefing) -> str:
    """The first sentences of the summary, cut at a word under STORY_SUMMARY_CHARS (a digest skims)."""
    text = " ".join(b.summary[:STORY_SENTENCES])
    if len(text) <= STORY_SUMMARY_CHARS:
        return text
    return text[: STORY_SUMMARY_CHARS].rsplit(" ", 1)[0].rstrip(",;:—-") + " …"


def _facts(b: Briefing, language: str) -> Iterator[tuple[str, str]]:
    """(label, plain text) lines for a story's actors, casualties and ceasefire, where it has them."""
    if b.actors:
        names = _comma(language).join(a.name for a in b.actors[:STORY_ACTORS])
        yield plain_label("button_actors", language), names
    figures = [casualty_text(r, language) for r in (b.casualties.killed, b.casualties.injured) if r]
    if figures:
        yield plain_label("casualties", language), SEMICOLON.get(language, "; ").join(figures)
    if b.ceasefire.status != "none":
        yield plain_label("ceasefire", language), ceasefire_text(b, language)


# --- terminal ------------------------------------------------------------------------------------


def _fill(text: str, indent: str = "   ") -> str:
    return textwrap.fill(text, _WIDTH, initial_indent=indent, subsequent_indent=indent)


def digest_text(d: Digest, language: str = SOURCE) -> str:
    """The digest for a terminal: header, situation, then each story with its sources."""
    if d.empty or d.situation is None:
        return nothing_new_line(d.topic, language) + "\n"
    head = _header(d, language)
    lines = [head, "=" * min(len(head), _WIDTH), _fill(situation_line(d.situation, language), ""), ""]
    for n, story in enumerate(d.stories, 1):
        b = story.briefing
        lines.append(textwrap.fill(f"{n}. {story.title}", _WIDTH, subsequent_indent="   "))
        if b.summary:
            lines.append(_fill(_summary(b)))
        lines += [_fill(f"{name}: {value}") for name, value in _facts(b, language)]
        many = len(story.sources) != 1
        name = f"{plain_label('digest_sources', language)} ({len(story.sources)})" if many else (
            plain_label("source", language))
        lines.append(f"   {name}:")
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


def _story_lines(n: int, story: Story, language: str) -> list[_Line]:
    b = story.briefing
    lead = story.sources[0].link if story.sources else b.url
    lines: list[_Line] = [(f"<b>{n}. {_link(story.title, lead)}</b>", f"{n}. {story.title}")]
    if b.summary:
        lines.append((_esc(_summary(b)), _summary(b)))
    for name, value in _facts(b, language):
        lines.append((f"<i>{_esc(name)}:</i> {_esc(value)}", f"{name}: {value}"))
    sources = _comma(language).join(_link(s.site, s.link) for s in story.sources)
    plain = _comma(language).join(s.site for s in story.sources)
    name = plain_label("source" if len(story.sources) == 1 else "digest_sources", language)
    lines.append((f"<i>{_esc(name)}:</i> {sources}", f"{name}: {plain}"))
    return lines


def _cut_plain(text: str, limit: int, render: Callable[[str], str] = _esc) -> Iterator[str]:
    """`text` rendered (escaped, and marked right to left where it must be), in pieces of at most
    `limit` characters, cut at spaces (never inside an entity)."""
    piece = ""
    for word in text.split(" "):
        candidate = f"{piece} {word}" if piece else word
        if len(render(candidate)) <= limit:
            piece = candidate
            continue
        if piece:
            yield render(piece)
        piece = word
        while len(render(piece)) > limit:  # one word longer than a message: cut by characters
            cut = limit
            while len(render(piece[:cut])) > limit:
                cut -= 1
            yield render(piece[:cut])
            piece = piece[cut:]
    if piece:
        yield render(piece)


def _pack(blocks: list[list[_Line]], limit: int, language: str = SOURCE) -> list[str]:
    """Blocks joined into messages under `limit`: whole blocks where they fit, else line by line.

    Each line is laid out for `language` before it is measured (a right-to-left mark is a character
    too), so a message stays under `limit` with the marks in it."""
    blocks = [[(directed(h, language), p) for h, p in block] for block in blocks]

    def render(text: str) -> str:
        return directed(_esc(text), language)

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
                for piece in _cut_plain(line_plain, limit - 1, render):
                    add(piece, sep)
                    sep = "\n"
    if current:
        messages.append(current)
    return messages


def digest_html(d: Digest, language: str = SOURCE, limit: int = MESSAGE_LIMIT) -> list[str]:
    """The digest as Telegram HTML messages in `language`, every piece of text escaped, each under
    `limit` characters; in a right-to-left language every line with its letters reads from the right."""
    if d.empty or d.situation is None:
        template = label("digest_nothing_new", language)
        return [directed(template.format(topic=_esc(d.topic)), language)]
    head, situation = _header(d, language), situation_line(d.situation, language)
    header: list[_Line] = [(f"<b>{_esc(head)}</b>", head), (f"<i>{_esc(situation)}</i>", situation)]
    blocks = [header] + [_story_lines(n, s, language) for n, s in enumerate(d.stories, 1)]
    return _pack(blocks, limit, language)
