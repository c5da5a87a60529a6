"""Tokens with offsets, cue-phrase matching and the quantities a sentence states (digits, words, vague)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# Arabic-Indic and Persian digits (and the Arabic separators) read as ASCII; one char for one char,
# so offsets into the normalised text are offsets into the original.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫’‘",
    "01234567890123456789,.''",
)
# Arabic short vowels, tanween, shadda, sukun and the dagger alif: optional marks a writer may add
# ("قُتل" is "قتل"), dropped from a token's normal form so cue words match with or without them.
_MARKS = re.compile("[\u064b-\u065f\u0670]")
_WORD = r"(?:[^\W\d_]\.){2,}|[^\W\d_](?:[\w\u200c\u064b-\u065f\u0670']|-(?=[^\W_]))*"
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@dataclass(frozen=True, slots=True)
class Tok:
    """One token: its normalised form (lower case, ASCII digits) and its span in the sentence."""

    norm: str
    start: int
    end: int
    upper: bool  # the first letter is a capital in the original text


@dataclass(frozen=True, slots=True)
class Quantity:
    """A stated quantity over tokens [start, end): a number, a range, a vague word or a lone article."""

    start: int
    end: int
    min: int | None
    max: int | None
    approximate: bool
    form: str  # "digits", "words", "vague", "single" (a/an) or "year"


class Phrases:
    """A set of cue phrases (lists of words; a trailing * makes a word a stem) matched at a token."""

    def __init__(self, phrases: Iterable[str], clitics: Sequence[str] = ()) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        self._stems: list[tuple[str, ...]] = []
        self._clitics = tuple(clitics)
        for phrase in phrases:
            words = tuple(phrase.lower().replace("’", "'").split())
            if not words:
                continue
            if words[0].endswith("*"):
                self._stems.append(words)
            else:
                self._by_first.setdefault(words[0], []).append(words)
        for group in self._by_first.values():
            group.sort(key=len, reverse=True)
        self._stems.sort(key=len, reverse=True)

    @staticmethod
    def _word_ok(word: str, norm: str) -> bool:
        return norm.startswith(word[:-1]) if word.endswith("*") else norm == word

    def _forms(self, norm: str) -> list[str]:
        forms = [norm]
        for clitic in self._clitics:
            if norm.startswith(clitic) and len(norm) > len(clitic) + 2:
                forms.append(norm[len(clitic):])
        return forms

    def match(self, toks: Sequence[Tok], i: int) -> int:
        """Length in tokens of the longest phrase starting at toks[i] (0 when none)."""
        if i >= len(toks):
            return 0
        best = 0
        for form in self._forms(toks[i].norm):
            candidates = self._by_first.get(form, [])
            for words in (*candidates, *self._stems):
                if len(words) <= best or i + len(words) > len(toks):
                    continue
                if not self._word_ok(words[0], form):
                    continue
                if all(self._word_ok(w, toks[i + k].norm) for k, w in enumerate(words[1:], 1)):
                    best = len(words)
        return best

    def match_ending(self, toks: Sequence[Tok], end: int) -> int:
        """Length of the longest phrase that ends just before toks[end] (0 when none)."""
        for length in range(min(4, end), 0, -1):
            if self.match(toks, end - length) == length:
                return length
        return 0


def without_marks(text: str) -> str:
    """`text` without the optional Arabic vowel marks (for matching only: offsets change)."""
    return _MARKS.sub("", text)


class NumberReader:
    """Reads the quantities of one language from its data (digit separators, number and vague words)."""

    def __init__(self, data: Mapping, clitics: Sequence[str] = ()) -> None:
        dec = re.escape(data.get("decimal", "."))
        seps = "".join(re.escape(s) for s in data.get("thousands", [","]))
        number = rf"\d+(?:{dec}\d+)?"
        if seps:  # grouped thousands first: "1,200" (en), "1.200" (de, tr), "1 200" (fr, ru)
            number = rf"\d{{1,3}}(?:[{seps}]\d{{3}})+(?:{dec}\d+)?(?!\d)|" + number
        self._token = re.compile(rf"({number})|({_WORD})|(\S)")
        self._dec = data.get("decimal", ".")
        self._words: dict[str, int] = {k.lower(): v for k, v in data.get("number_words", {}).items()}
        self._scales: dict[str, int] = {k.lower(): v for k, v in data.get("scale_words", {}).items()}
        self._joiners = set(data.get("number_joiners", []))
        self._vague = {k: v for k, v in data.get("vague", {}).items()}
        self._vague_phrases = Phrases(self._vague, clitics)
        self._clitics = clitics
        # an "and" written onto the next word ("تسعة مدنيين وثلاثة جنود"): a number word may carry it
        self._and = tuple(c for c in clitics if c in data.get("chain_words", []))
        self._vague_needs_of = set(data.get("vague_needs_of", []))
        self._single = Phrases(data.get("single", []), clitics)
        # definite articles, one only right before a person noun ("el agresor", "der Angreifer"): anywhere
        # else they are no quantity, so they break no scan ("la cifra de muertos")
        self._single_person = Phrases(data.get("single_person", []), clitics)
        self._person = Phrases(data.get("person_nouns", []), clitics)
        self._min_before = Phrases(data.get("min_before", []), clitics)
        self._max_before = Phrases(data.get("max_before", []), clitics)
        self._approx_before = Phrases(data.get("approx_before", []), clitics)
        self._below_before = Phrases(data.get("below_before", []), clitics)
        self._min_after = Phrases(data.get("min_after", []), clitics)
        self._approx_after = Phrases(data.get("approx_after", []), clitics)
        self._range_start = Phrases(data.get("range_start", []), clitics)
        self._range_join = Phrases(data.get("range_join", []), clitics)
        self._from = set(data.get("range_from", []))

    def tokens(self, text: str) -> list[Tok]:
        """The tokens of `text` with their spans; digits made ASCII, words lower-cased (a Turkish "İ" becomes
        a plain "i", not an "i" with a combining dot, so "İki" is "iki")."""
        norm = text.translate(_DIGITS)
        return [
            Tok(_MARKS.sub("", m.group()).lower().replace("i\u0307", "i"), m.start(), m.end(),
                text[m.start()].isupper())
            for m in self._token.finditer(norm)
        ]

    def _digits(self, raw: str) -> float:
        """The value of a digit token: separators dropped, the language's decimal mark honoured."""
        head, frac = raw.rsplit(self._dec, 1) if self._dec in raw else (raw, "")
        head = re.sub(r"\D", "", head)
        return float(f"{head}.{frac}") if frac else float(head)

    def _number_at(self, toks: Sequence[Tok], i: int) -> tuple[int, float, str] | None:
        """(end, value, form) of a number in digits or words starting at toks[i]."""
        tok = toks[i]
        if tok.norm[0].isdecimal():
            value = self._digits(tok.norm)
            end = i + 1
            if end < len(toks) and toks[end].norm in self._scales:
                value *= self._scales[toks[end].norm]
                end += 1
            return end, value, "digits"
        total = current = 0
        j = i
        seen = False
        while j < len(toks):
            parts = toks[j].norm.split("-")
            if j == i and self.and_number(toks[j].norm):
                parts = [self.without_and(toks[j].norm)]
            # a scale that is also a number word ("هزار", "тысяча") multiplies after a number: "یک هزار" 1000
            if not (seen and toks[j].norm in self._scales) and all(p in self._words for p in parts):
                current += sum(self._words[p] for p in parts)
            elif seen and toks[j].norm in self._scales:
                scale = self._scales[toks[j].norm]
                if scale < 1000:
                    current = max(current, 1) * scale
                else:
                    total += max(current, 1) * scale
                    current = 0
            elif seen and toks[j].norm in self._joiners and j + 1 < len(toks) \
                    and toks[j + 1].norm.split("-")[0] in self._words:
                j += 1
                continue
            else:
                break
            seen = True
            j += 1
        if not seen:
            return None
        return j, float(total + current), "words"

    def without_and(self, norm: str) -> str:
        """A word without an "and" written onto it ("وثلاثة" is "ثلاثة"); the word itself when none is."""
        for clitic in self._and:
            if norm.startswith(clitic) and len(norm) > len(clitic) + 2:
                return norm[len(clitic):]
        return norm

    def and_number(self, norm: str) -> bool:
        """True for a number word with an "and" written onto it: "وثلاثة"."""
        return norm not in self._words and self.without_and(norm) in self._words

    def _bare(self, toks: Sequence[Tok], i: int) -> Quantity | None:
        """A number, a vague word or a lone article at toks[i], without quantifiers."""
        if i >= len(toks):
            return None
        found = self._number_at(toks, i)
        if found is not None and self._vague_phrases.match(toks, i) > found[0] - i:
            found = None  # "une trentaine", "one dozen": the longer vague phrase, not the number word
        if found is not None:
            end, value, form = found
            if value != int(value):
                return None
            n = int(value)
            if form == "digits" and _YEAR.fullmatch(toks[i].norm):
                form = "year"
            # "two dozen", "three thousand" already folded in; a range "10 to 15", "10-15", "two or three"
            join = self._range_join.match(toks, end)
            if join and end + join < len(toks):
                second = self._number_at(toks, end + join)
                # a plausible range, not a phone number or a score: "10-15", "two or three"
                top = None if second is None else second[1]
                if top is not None and top == int(top) and value < top <= max(10 * value, 100):
                    if i > 0 and toks[i - 1].norm in self._from:  # "rose from 12 to 15": the new figure
                        return Quantity(i, second[0], int(top), int(top), False, form)
                    return Quantity(i, second[0], n, int(top), False, form)
            return Quantity(i, end, n, n, False, form)
        length = self._vague_phrases.match(toks, i)
        if length:
            phrase = " ".join(t.norm for t in toks[i:i + length])
            value = self._vague.get(phrase)
            if value is None:  # matched through a stem or a clitic ("وعشرات"): the phrase that matched
                value = next((v for k, v in self._vague.items()
                              if Phrases([k], self._clitics).match(toks, i) == length), None)
            if value is None:
                return None
            if phrase in self._vague_needs_of and (i + length >= len(toks) or toks[i + length].norm != "of"):
                return None
            return Quantity(i, i + length, value, None, True, "vague")
        length = self._single.match(toks, i)
        if length:
            return Quantity(i, i + length, 1, 1, False, "single")
        length = self._single_person.match(toks, i)
        after_number = i > 0 and self._number_at(toks, i - 1) is not None  # "zwei der Angreifer": partitive
        if length and self._person.match(toks, i + length) and not after_number:
            return Quantity(i, i + length, 1, 1, False, "single")
        return None

    def quantity_at(self, toks: Sequence[Tok], i: int) -> Quantity | None:
        """The quantity starting at toks[i], with its quantifiers ("at least", "between … and", "or more")."""
        for phrases, kind in ((self._range_start, "range"), (self._min_before, "min"),
                              (self._max_before, "max"), (self._below_before, "below"),
                              (self._approx_before, "approx")):
            length = phrases.match(toks, i)
            if not length:
                continue
            bare = self._bare(toks, i + length)
            if bare is None or bare.form == "single":
                continue
            if bare.form == "year" and kind != "range":  # "at least 2000" counts; "between 2010 and 2015" not
                bare = Quantity(bare.start, bare.end, bare.min, bare.max, bare.approximate, "digits")
            if kind == "range":
                if bare.max is not None and bare.max != bare.min:
                    return Quantity(i, bare.end, bare.min, bare.max, bare.approximate, bare.form)
                continue
            if bare.form == "vague":
                return Quantity(i, bare.end, bare.min, None, True, "vague")
            if kind == "min":
                return Quantity(i, bare.end, bare.min, None, bare.approximate, bare.form)
            if kind in ("max", "below"):
                return Quantity(i, bare.end, None, bare.max, kind == "below", bare.form)
            return Quantity(i, bare.end, bare.min, bare.max, True, bare.form)
        bare = self._bare(toks, i)
        if bare is None or bare.form in ("single", "year", "vague"):
            return bare
        length = self._min_after.match(toks, bare.end)
        if length:
            return Quantity(i, bare.end + length, bare.min, None, False, bare.form)
        if (bare.end + 1 < len(toks) and toks[bare.end].norm[:1].isalpha()
                and self._min_after.match(toks, bare.end + 1)):
            # "32 مدنياً على الأقل", "32 civilians at least": the noun stays outside, the bound holds
            return Quantity(i, bare.end, bare.min, None, False, bare.form)
        length = self._approx_after.match(toks, bare.end)
        if length:
            return Quantity(i, bare.end + length, bare.min, bare.max, True, bare.form)
        return bare

    def quantities(self, toks: Sequence[Tok]) -> list[Quantity]:
        """Every quantity in the tokens, left to right, none overlapping."""
        out: list[Quantity] = []
        i = 0
        while i < len(toks):
            q = self.quantity_at(toks, i)
            if q is None:
                i += 1
                continue
            out.append(q)
            i = q.end
        return out
