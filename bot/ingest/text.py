"""Pasted text to Document: the news left, greetings, sign-offs, links, tags and markup taken out."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from bot.briefing.model import Document
from bot.briefing.sentences import split_sentences, words

__all__ = ["clean_html_text", "document_from_text"]

# A greeting sentence goes whole when what follows the greeting has no number and is at most
# this many words ("Salam all, how are you?") or opens with a meta cue ("- quick take on …");
# otherwise only the greeting is cut and the news after it stays ("Salam all, 12 soldiers …").
SHORT_REST_WORDS = 4
META_CUE_CHARS = 60
# A first line this short, with no full stop, and with body lines after it, is the headline.
HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_CHARS = 200
# A line that is only a lead-in to a removed link ("Read the full report here:") is this short.
LEAD_IN_MAX_WORDS = 8

_APOSTROPHE = "['’‘`ʼ]"
# Joiners and direction marks pasted along with text; ZWNJ (U+200C) is kept: Persian spells with it.
_INVISIBLE = re.compile(r"[\u200b\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\u180e\u034f]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_SCRIPT = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BLOCK_TAG = re.compile(
    r"</?(?:br|p|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article)\b[^<>]*>", re.IGNORECASE
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?\s*>")
# AG News and other scraped sets carry entities with the "&" turned into a space: " #39;s", " quot;".
_BROKEN_ENTITY = re.compile(r" ?(?<![&\w])(#\d{2,5};|(?:quot|amp|lt|gt|apos|nbsp);)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'«»“”‘’]+", re.IGNORECASE)
# A link without a scheme needs a path to count: "t.me/channel", "arabnews.com/node/1".
_BARE_URL = re.compile(r"(?<![\w@./-])(?:[a-z0-9-]+\.)+[a-z]{2,24}/[^\s<>\"'«»“”‘’]*")
_URL_TAIL = ".,;:!?]}…'\"»”’"
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]|<\s*>")
_TAG_TOKEN = re.compile(r"[#@][\w\u200c.]+")
_TRAILING_TAGS = re.compile(r"(?:\s+#[\w\u200c]+)+\s*$")
_BULLETS = frozenset("•◦▪▫‣∙·*-–—>|►▶➡→⇒✓")
_SEPARATORS = re.compile(r"^[^\w\"“«„'‘(]+")


@cache
def _noise() -> dict:
    path = resources.files("bot.ingest") / "data" / "text_noise.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _alternation(patterns: list[str]) -> str:
    # Longest first, so the greeting cut off is the whole formula, not its first word.
    ordered = sorted(patterns, key=len, reverse=True)
    return "|".join(f"(?:{p.replace(chr(39), _APOSTROPHE)})" for p in ordered)


def _flat(table: dict[str, list[str]]) -> list[str]:
    # Every language at once: ingest runs before the language is known.
    return [p for patterns in table.values() for p in patterns]


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = _noise()
    greet = _alternation(_flat(data["greetings"]))
    addressee = _alternation(data["addressees"])
    # After a greeting: the end, punctuation or an emoji, or a spaced dash - never a letter,
    # so "Salam Fayyad said", "Hello Kitty", "Good Morning America" and "Hi-tech" are news.
    after = r"(?=\s*$|\s*[^\w\s'’\-]|\s*[-–—]+(?:\s|$))"
    # Leading emoji or bullets may come before; a quotation mark may not ("God bless," he said).
    lead = r"[^\w\"“”«»„'‘’]*"
    labels = _alternation(data["source_labels"])
    return {
        "greeting": re.compile(rf"{lead}(?:{greet})(?:[\s,]+(?:{addressee}))*{after}", re.IGNORECASE),
        "signoff": re.compile(rf"{lead}(?:{_alternation(_flat(data['signoffs']))})(?!\w)", re.IGNORECASE),
        "meta": re.compile(rf"(?<!\w)(?:{_alternation(data['meta_cues'])})(?!\w)", re.IGNORECASE),
        "forwarded": re.compile(rf"{lead}(?:{_alternation(data['forwarded'])})", re.IGNORECASE),
        "label_only": re.compile(rf"{lead}(?:{labels})\W*$", re.IGNORECASE),
        "alert_only": re.compile(rf"{lead}(?:{_alternation(data['alert_labels'])})\W*$", re.IGNORECASE),
        "label_colon": re.compile(rf"{lead}(?:{labels})\s*[:：]", re.IGNORECASE),
    }


def clean_html_text(text: str) -> str:
    """`text` with HTML entities decoded (AG News' broken ones too), tags removed, blocks as line breaks."""
    for _ in range(2):  # "&amp;lt;b&amp;gt;" is escaped twice
        if "&" not in text:
            break
        text = html.unescape(text)
    text = _BROKEN_ENTITY.sub(lambda m: html.unescape("&" + m.group(1)), text)
    if "<" not in text:
        return text
    text = _COMMENT.sub(" ", _SCRIPT.sub(" ", text))
    text = _BLOCK_TAG.sub("\n", text)
    return _TAG.sub("", text)


def document_from_text(text: str) -> Document:
    """A Document of the news in a pasted post: one paragraph a line, links kept apart as its sources.

    The first line is also the title when it reads like a headline (short, no full stop, body
    after it); it stays in the text so the extractors still see it. The text may come out empty
    (a post that was only a link): the caller decides whether to fetch `url` or say so.
    """
    text = _INVISIBLE.sub("", clean_html_text(text))
    patterns = _patterns()
    links: list[str] = []
    lines: list[str] = []
    for raw in text.splitlines():
        line = _SPACES.sub(" ", _CONTROL.sub("", raw)).strip()
        if not line or patterns["forwarded"].match(line):
            continue
        line, found = _take_links(line)
        links.extend(link for link in found if link not in links)
        if _is_meta_line(line, bool(found), patterns):
            continue
        line = _undecorate(_drop_noise_sentences(_TRAILING_TAGS.sub("", line), patterns))
        if line and any(ch.isalnum() for ch in line):
            lines.append(line)
    url = links[0] if links else None
    return Document(
        text="\n".join(lines),
        title=_headline(lines),
        url=url,
        site=_site(url),
        links=tuple(links),
    )


def _undecorate(line: str) -> str:
    """The line without the emoji, arrows and bullets that posts put around it ("🔴 ", "• ", " ⚡️")."""
    start, end = 0, len(line)
    while start < end and (_is_decoration(line[start]) or line[start] == " "):
        start += 1
    while end > start and (_is_decoration(line[end - 1]) or line[end - 1] == " "):
        end -= 1
    return line[start:end]


def _is_decoration(ch: str) -> bool:
    return (
        ch in _BULLETS or unicodedata.category(ch) in ("So", "Sk", "Cs", "Co") or "\ufe00" <= ch <= "\ufe0f"
    )


def _take_links(line: str) -> tuple[str, list[str]]:
    """The line without its links, and the links (trailing punctuation off, https:// where missing)."""
    if "/" not in line and "www." not in line.lower():
        return line, []
    found: list[str] = []

    def take(match: re.Match[str]) -> str:
        link = match.group()
        while link and (link[-1] in _URL_TAIL or (link[-1] == ")" and link.count("(") < link.count(")"))):
            link = link[:-1]
        tail = match.group()[len(link) :]
        if match.string[: match.start()].rstrip().endswith((".", "!", "?", "؟", "۔")):
            tail = ""  # "… the army said. https://x.y/z." must not leave "said.."
        if not link.lower().startswith(("http://", "https://")):
            link = "https://" + link
        found.append(link)
        return " " + tail.replace("…", "")

    line = _BARE_URL.sub(take, _URL.sub(take, line))
    if found:
        line = _SPACES.sub(" ", _EMPTY_BRACKETS.sub(" ", line)).strip()
        line = re.sub(r"\s+([.,;:!?])", r"\1", line)
    return line, found


def _is_meta_line(line: str, had_link: bool, patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether a whole line is not news: empty, emoji only, tags only, a source label or a link's lead-in."""
    if not any(ch.isalnum() for ch in line):
        return True
    tokens = line.split()
    if all(_TAG_TOKEN.fullmatch(t.strip(".,;:!?|·•-–—")) or not any(c.isalnum() for c in t) for t in tokens):
        return True
    if patterns["label_only"].match(line) or patterns["alert_only"].match(line):
        return True
    if patterns["label_colon"].match(line) and len(tokens) <= 6:
        return True
    return had_link and line.rstrip().endswith(":") and len(words(line)) <= LEAD_IN_MAX_WORDS


def _drop_noise_sentences(line: str, patterns: dict[str, re.Pattern[str]]) -> str:
    """The line without its greeting and sign-off sentences; untouched when it has none."""
    kept: list[str] = []
    changed = False
    for sentence in split_sentences(line):
        piece = sentence.text
        if patterns["signoff"].match(piece):
            changed = True
            continue
        greeting = patterns["greeting"].match(piece)
        if greeting:
            changed = True
            rest = _SEPARATORS.sub("", piece[greeting.end() :])
            if _is_meta_rest(rest, patterns):
                continue
            piece = rest
        kept.append(piece)
    return " ".join(kept) if changed else line


def _is_meta_rest(rest: str, patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether what follows a greeting is talk about the post rather than news (news gives numbers)."""
    if any(ch.isdigit() for ch in rest):
        return False
    return len(words(rest)) <= SHORT_REST_WORDS or bool(patterns["meta"].search(rest[:META_CUE_CHARS]))


def _headline(lines: list[str]) -> str | None:
    if len(lines) < 2:
        return None
    first = lines[0]
    count = len(words(first))
    if not (2 <= count <= HEADLINE_MAX_WORDS) or len(first) > HEADLINE_MAX_CHARS:
        return None
    if first.rstrip("\"'”’»)").endswith((".", "!", ":", ";", ",", "…", "۔")):
        return None
    return first if len(split_sentences(first)) == 1 else None


def _site(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
