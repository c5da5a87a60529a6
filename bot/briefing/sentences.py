"""Offline sentence splitting and word tokenizing for the ten languages (rules + data, no NLTK)."""

from __future__ import annotations

import json
import re
import sys
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .model import Sentence

__all__ = ["SentenceTokenizer", "split_sentences", "words"]

# Every line break str.splitlines knows: each line of a pasted post is its own paragraph.
_LINE = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
_TERMINATORS = ".!?…؟۔‼⁇⁈⁉।॥։"
# “ and ‘ close German quotations („…“, ‚…‘); in English they open, but never right after a stop.
_CLOSERS = "\"'”’»)]}›“‘"
_OPENERS = "\"'“‘«„‚‹([{¿¡—–-"
# A run of sentence marks with the closing quotes/brackets after it (French puts a space before »),
# followed by a space; or, in text that lost its spaces ("fighting.The army"), a mark between a
# lower-case word and a capital.
_LOWER = "a-zß-öø-ÿа-яёіїєґ"
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_CANDIDATE = re.compile(
    rf"[{_TERMINATORS}]+(?:[ \u00a0\u202f]?[»›])?[{re.escape(_CLOSERS)}]*(?=\s)"
    rf"|(?<=[{_LOWER}]{{2}}[.!?])(?=[{_UPPER}][{_LOWER}])"
)
_NEXT = re.compile(r"\s*(\S+)")
_LAST_TOKEN = re.compile(r"(\S+)\Z")
_INNER_DOTS = re.compile(r"(?:\w{1,3}\.)+\w{1,3}\Z")
_DIGITS = re.compile(r"\d{1,2}\Z")
# Straight double quotes pair with each other; curly and angle quotes with their partner.
_QUOTE_PAIRS = {'"': '"', "“": "”", "„": "“”", "«": "»", "‹": "›"}
_QUOTE_OPENER = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")
# A quote longer than this is not kept whole: an unclosed or stray mark must not glue a text together.
_MAX_QUOTE = 400
_WORD = re.compile(
    r"[\w\u0300-\u036f\u064b-\u065f\u0670\u200c]+(?:['’\-][\w\u0300-\u036f\u064b-\u065f\u0670\u200c]+)*"
)


def words(text: str) -> list[str]:
    """The words of `text`: letters and digits of any script, with ZWNJ, Arabic marks, inner ' and - kept."""
    return _WORD.findall(text)


@dataclass(frozen=True)
class _Rules:
    """One language's abbreviations by class, and the words that tell a new sentence starts."""

    title: frozenset[str]
    numeric: frozenset[str]
    maybe: frozenset[str]
    multi: tuple[tuple[re.Pattern[str], str], ...]
    spanning: re.Pattern[str] | None
    starters: frozenset[str]
    ordinals: bool


@cache
def _data() -> dict:
    path = resources.files("bot.briefing") / "data" / "sentences_abbreviations.json"
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _rules(language: str) -> _Rules:
    data = _data()
    lang = data.get(language) or data["en"]
    singles: dict[str, set[str]] = {"title": set(), "numeric": set(), "maybe": set()}
    multi = []
    every_spaced = []
    for cls in singles:
        spaced = []
        for abbr in lang[cls]:
            if " " in abbr:
                spaced.append(r"\s*".join(re.escape(part) for part in abbr.split()))
            else:
                singles[cls].add(abbr)
                if abbr == abbr.lower():
                    singles[cls].add(abbr[:1].upper() + abbr[1:])
        every_spaced.extend(spaced)
        if spaced:
            multi.append((re.compile(rf"(?<!\w)(?:{'|'.join(spaced)})\Z", re.IGNORECASE), cls))
    return _Rules(
        title=frozenset(singles["title"]),
        numeric=frozenset(singles["numeric"]),
        maybe=frozenset(singles["maybe"]),
        multi=tuple(multi),
        spanning=re.compile(rf"(?<!\w)(?:{'|'.join(every_spaced)})", re.IGNORECASE) if every_spaced else None,
        starters=frozenset(lang["starters"]),
        ordinals=language in data["ordinal_languages"],
    )


def split_sentences(text: str, language: str = "en") -> list[Sentence]:
    """Split `text` into sentences, in order; each is `text[s.start:s.start + len(s.text)]`, stripped.

    Every line is a paragraph (blank lines are skipped and not counted), so a line break always
    ends a sentence. Within a line a sentence ends at . ! ? … ؟ ۔ (with any closing quotes after
    them) unless an abbreviation, an initial, a lower-case next word or an open short quote says
    otherwise. Linear in the length of the text.
    """
    rules = _rules(language)
    out: list[Sentence] = []
    paragraph = 0
    for line in _LINE.finditer(text):
        body = line.group()
        if body.isspace():
            continue
        base = line.start()
        cut = 0
        quotes = _quote_spans(body)
        for mark in _CANDIDATE.finditer(body):
            end = mark.end()
            if _inside(quotes, mark.start(), end) or not _ends_sentence(body, mark.start(), end, rules):
                continue
            _append(out, body, cut, end, base, paragraph)
            cut = end
        _append(out, body, cut, len(body), base, paragraph)
        paragraph += 1
    return out


def _append(out: list[Sentence], body: str, start: int, end: int, base: int, paragraph: int) -> None:
    piece = body[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        out.append(Sentence(len(out), stripped, paragraph, base + start + lead))


def _quote_spans(body: str) -> list[tuple[int, int]]:
    """Spans (open, close+1) of short closed quotations in one line, outermost only."""
    spans: list[tuple[int, int]] = []
    if not any(q in body for q in _QUOTE_PAIRS):
        return spans
    after = 0
    for opener in _QUOTE_OPENER.finditer(body):
        i = opener.start()
        if i < after:
            continue
        limit = min(len(body), i + _MAX_QUOTE)
        ends = [k + 1 for k in (body.find(c, i + 1, limit) for c in _QUOTE_PAIRS[body[i]]) if k >= 0]
        if body[i] == '"' and (k := body.find("''", i + 1, limit)) >= 0:
            ends.append(k + 2)  # detokenized text closes "…'' (LaTeX/PTB style)
        if ends:
            after = min(ends)
            spans.append((i, after))
    return spans


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the mark at start..end falls within a quote without reaching its closing mark."""
    k = bisect_right(spans, (start, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] < start and end < spans[k][1]


def _ends_sentence(body: str, start: int, end: int, rules: _Rules) -> bool:
    marks = body[start:end].rstrip(_CLOSERS + " \u00a0\u202f")
    nxt_match = _NEXT.match(body, end)
    if nxt_match is None:
        return True
    nxt = nxt_match.group(1)
    first = _first_letter(nxt)
    lower_next = first.islower()
    if marks != "." or (start == end):
        # ! ? … ؟ ۔, "..." and glued marks: a lower-case next word continues the sentence ("Why?" he asked).
        return not lower_next
    # A short window, not the whole line: the splitter must stay linear on one huge paragraph.
    head = body[max(0, start - 32) : start + 1]
    if rules.spanning and _within_abbreviation(body, start, rules.spanning):
        return False
    for pattern, cls in rules.multi:
        if pattern.search(head):
            return _by_class(cls, nxt, first, rules)
    token_match = _LAST_TOKEN.search(head)
    token = token_match.group(1).lstrip(_OPENERS) if token_match else ""
    if token == ".":
        return not lower_next
    for cls, table in (("title", rules.title), ("numeric", rules.numeric), ("maybe", rules.maybe)):
        if token in table:
            return _by_class(cls, nxt, first, rules)
    stem = token[:-1]
    if len(stem) == 1 and stem.isalpha() and (stem.isupper() or stem.islower()):
        # An initial ("J. Smith", "В. Путин") or a one-letter abbreviation ("z.", "т.").
        return _by_class("maybe", nxt, first, rules)
    if _INNER_DOTS.match(stem) and any(c.isalpha() for c in stem):
        # "U.S.", "z.B.", "a.m." and the like not in the lists.
        return _by_class("maybe", nxt, first, rules)
    if rules.ordinals and _DIGITS.match(stem):
        # German and Turkish ordinals: "am 3. Oktober", "2. Dünya Savaşı".
        return _by_class("maybe", nxt, first, rules)
    return not lower_next


def _within_abbreviation(body: str, start: int, spanning: re.Pattern[str]) -> bool:
    """Whether the stop at `start` is inside a spaced abbreviation ("EE. UU.", "и т. д.")."""
    left = max(0, start - 24)
    return any(m.start() < start - left < m.end() - 1 for m in spanning.finditer(body[left : start + 24]))


def _by_class(cls: str, nxt: str, first: str, rules: _Rules) -> bool:
    if cls == "title":
        return False
    if cls == "numeric":
        return not first.isdigit()
    if first.islower() or first.isdigit():
        return False
    if not first.isupper():
        # A caseless script (Arabic, Persian, Urdu) gives no capital to go by: trust the mark.
        return True
    if nxt[:1] in _OPENERS:
        return True
    return _is_starter(nxt, rules)


def _is_starter(nxt: str, rules: _Rules) -> bool:
    word = nxt.rstrip(",;:!?\"'”’»)")
    if len(word) == 2 and word.endswith("."):
        return False  # another initial: "В. В. Путин"
    word = word.rstrip(".")
    if word in rules.starters:
        return True
    # French elision: "L'armée" starts like "L'".
    return any(sep in word and word[: word.index(sep) + 1] in rules.starters for sep in ("'", "’"))


def _first_letter(token: str) -> str:
    for ch in token:
        if ch.isalnum():
            return ch
    return ""


class SentenceTokenizer:
    """sumy's tokenizer protocol over this module: pass it to PlaintextParser, never NLTK's."""

    def __init__(self, language: str = "en") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """The sentences of `paragraph`, as split_sentences finds them."""
        return tuple(s.text for s in split_sentences(paragraph, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """The words of `sentence`, as words() finds them."""
        return tuple(words(sentence))
