"""Armed groups the gazetteer does not know, named after a group noun: "la milice Wazalendo", "группировка
«Вагнер»", "Wagner grubu", "die Wagner-Gruppe", "ميليشيا فاغنر".

A quoted name may follow any group noun of `data/actor_titles_<lang>.json`; an unquoted one only the nouns
that are never everyday words ("milice" yes, "группа" no). The group's name is kept as written.

Communities in arms have no name but their community: "الفصائل الدرزية", "milicias drusas", "شیعہ اور سنی
قبائل". A community noun (militias, factions, tribes) with a community adjective (Druze, Bedouin, Alawite;
never a nationality, which names a state) is a group, named as written.
"""

from __future__ import annotations

import re

from .actor_titles import TOKEN, Taken, word_alternation
from .actor_types import Mention
from .languages import ARABIC_SCRIPT

# A quoted name; single quotes only after a space (an apostrophe elides: "d'Abou").
_QUOTED = re.compile(r"\s*[«\"“„]([^«»\"“”„\n]{2,60})[»\"”“]|\s+['‘]([^'’‘\n]{2,60})['’]")
_MAX_WORDS = 3
# A number (and "of") right before: the people counted.
_COUNTED = re.compile(r"\d[\d.,]*\s+(?:(?:من|of|de|von|из|з|از)\s+)?$")
# What stands before a sentence's (or a quote's) first word: nothing, a full stop or colon, an opening quote.
_OPENING = re.compile(r"""(?:^|[.!?:;]\s+|(?:^|\s)["“«„‘(\[]\s*)\s*$""")
# Up to three words that end right before a group noun written after the name (Turkish).
_BEFORE = re.compile(r"(?<![\w'’-])(?:[^\W\d_][\w'’-]*[ ]+){1,3}$")


class GroupFinder:
    """Reads the named armed groups of a sentence that a group noun announces, for one language."""

    def __init__(self, language: str, data: dict, never: frozenset[str]) -> None:
        self.language = language
        self.arabic = language in ARABIC_SCRIPT
        before = data.get("group_nouns", [])
        edge = r"(?<![\w\u200c-])" if self.arabic else r"(?<![\w-])"
        self.before = re.compile(edge + "(" + word_alternation(before) + r")(?![\w\u200c-])",
                                 re.IGNORECASE) if before else None
        self.unquoted = frozenset(n.casefold() for n in data.get("group_nouns_unquoted", ()))
        after = data.get("group_nouns_after", [])
        self.after = re.compile(r"(?<![\w-])(?:" + word_alternation(after) + r")(?![\w-])",
                                re.IGNORECASE) if after else None
        compounds = data.get("group_compounds", [])
        self.compound = re.compile(r"(?<![\w-])([A-ZÄÖÜ]\w+)-(?:" + "|".join(compounds) + r")(?![\w-])"
                                   ) if compounds else None
        self.stop = frozenset(w.casefold() for w in data.get("stop", ()))
        self.complement = frozenset(data.get("complement", ()))
        self.preps = frozenset(data.get("prepositions", ()))
        self.nouns = frozenset(data.get("nouns", ()))
        # "این گروه «زیر هیچ فشاری»": after "this group" a quote is the group's words, not its name.
        self.demonstratives = frozenset(w.casefold() for w in data.get("demonstratives", ()))
        self.never = never
        self.community = _community_regex(data, language)

    def find(self, text: str, taken: Taken) -> list[Mention]:
        """The newly named groups of one sentence, not overlapping `taken`."""
        out: list[Mention] = []
        spans = [(s, e) for s, e, _ in taken]
        if self.before is not None:
            for m in self.before.finditer(text):
                found = self._after_noun(text, m, spans)
                if found is not None:
                    out.append(found)
        if self.after is not None:
            for m in self.after.finditer(text):
                found = self._before_noun(text, m, spans)
                if found is not None:
                    out.append(found)
        if self.community is not None:
            out += self._communities(text, spans)
        if self.compound is not None:
            for m in self.compound.finditer(text):
                name = m.group(1)
                if not _overlaps(m.start(), m.end(), spans) and self._plain(name):
                    out.append(Mention(name, "group", m.group(), m.start(), m.end()))
        return out

    def _communities(self, text: str, spans: list[tuple[int, int]]) -> list[Mention]:
        """"العشائر البدوية", "drusische Milizen"; "شیعہ اور سنی قبائل" reads two: "شیعہ", "سنی قبائل"."""
        out = []
        for m in self.community.finditer(text):
            if _overlaps(m.start(), m.end(), spans) or _COUNTED.search(text, 0, m.start()):
                continue  # "7 من المقاتلين الدروز": people counted, victims, not a party
            first = m.start("first") if "first" in m.re.groupindex else -1
            if first >= 0:  # the first of two adjectives that share the noun
                end = m.end("first")
                out.append(Mention(text[first:end], "group", text[first:end], first, end))
            start = m.start("one")
            out.append(Mention(text[start:m.end()], "group", text[start:m.end()], start, m.end()))
        return out

    def _after_noun(self, text: str, m: re.Match[str], spans: list[tuple[int, int]]) -> Mention | None:
        """"группировка «Вагнер»", "la milice Wazalendo": the name that follows the noun."""
        q = _QUOTED.match(text, m.end())
        if q is not None and self._after_demonstrative(text, m.start()):
            return None
        if q is not None:
            inner = 1 if q.group(1) is not None else 2
            name = q.group(inner).strip()
            if len(name.split()) > 5 or _overlaps(q.start(inner), q.end(inner), spans):
                return None
            if not self.arabic and not name[0].isupper():
                return None
            return Mention(name, "group", text[m.start():q.end()], m.start(), q.end())
        if m.group(1).casefold() not in self.unquoted:
            return None
        words: list[tuple[int, int, str]] = []
        for t in TOKEN.finditer(text, m.end()):
            tok = t.group()
            if _overlaps(t.start(), t.end(), spans):
                if words:
                    break
                return None  # a group the gazetteer knows
            if not self._name_word(tok, bool(words)):
                break
            words.append((t.start(), t.end(), tok))
            if self.arabic:
                break  # unquoted, only the first word is sure to be the name: "ميليشيا كوبوزي قرية حدودية"
            if len(words) > _MAX_WORDS:
                return None
        if not words or not (self.arabic or self._boundary(text, words[-1][1], spans)):
            return None
        start, end = words[0][0], words[-1][1]
        return Mention(text[start:end], "group", text[m.start():end], m.start(), end)

    def _before_noun(self, text: str, m: re.Match[str], spans: list[tuple[int, int]]) -> Mention | None:
        """Turkish "Wagner grubu": the capitalised words (at most three) right before the noun."""
        head = _BEFORE.search(text, max(0, m.start() - 80), m.start())
        if head is None:
            return None
        name: list[tuple[int, str]] = []
        for t in reversed(list(re.finditer(r"\S+", head.group()))):
            if not (t.group()[0].isupper() and self._plain(t.group())):
                break
            name.insert(0, (head.start() + t.start(), t.group()))
        if name and _OPENING.search(text, 0, name[0][0]):
            # a sentence's first word is capitalised anyway: "Bölgede Korvan grubu", a quote's too:
            # "\"Ateşkesin terör örgütü tarafından …"
            name = name[1:]
        if not name or _overlaps(name[0][0], m.start(), spans):
            return None
        start = name[0][0]
        return Mention(" ".join(t for _, t in name), "group", text[start:m.end()], start, m.end())

    def _after_demonstrative(self, text: str, start: int) -> bool:
        """The group noun follows "this"/"that": it points back to a group already named."""
        before = text[max(0, start - 20):start].split()
        return bool(before) and before[-1].casefold() in self.demonstratives

    def _name_word(self, tok: str, inside: bool) -> bool:
        """A word of an unquoted group name (Arabic script: not a function word, adjective or noun)."""
        if not tok[0].isalpha() or tok.casefold() in self.stop or tok in self.complement:
            return False
        if self.arabic:
            if self.language == "ar" and not inside and (tok.startswith("ال") or tok.endswith("ة")):
                return False  # "جماعة مسلحة", "جماعة الإخوان": an adjective or a known name
            # An adjective after the name ends it: "ميليشيا فاغنر الروسية".
            return not (self.language == "ar" and tok.startswith("ال") and tok.endswith(("ي", "ية")))
        return tok[0].isupper() and self._plain(tok)

    def _plain(self, tok: str) -> bool:
        """Not a word that is never a group's name (German nouns, words the gazetteer rules out)."""
        return tok not in self.never and tok not in self.nouns and tok.casefold() not in self.preps

    def _boundary(self, text: str, end: int, spans: list[tuple[int, int]]) -> bool:
        """The name ends at punctuation, the sentence end, a stop word, or a lower-case word."""
        nxt = TOKEN.match(text, len(text) - len(text[end:].lstrip()))
        if nxt is None or not nxt.group()[0].isalpha():
            return True
        tok = nxt.group()
        return (tok.casefold() in self.stop or tok in self.complement
                or _overlaps(nxt.start(), nxt.end(), spans) or (not self.arabic and not tok[0].isupper()))


def _community_regex(data: dict, language: str) -> re.Pattern[str] | None:
    """The regex of a community noun with its community adjective, in the language's word order."""
    nouns, adjectives = data.get("community_nouns"), data.get("community_adjectives")
    if not nouns or not adjectives:
        return None
    noun, adjective = word_alternation(nouns), word_alternation(adjectives)
    ending = r"\w{0,3}" if language in {"ru", "uk", "de"} else ""  # "друзские", "drusischen"
    # Arabic script: a proclitic may be written onto the noun ("وعشائر بدوية").
    edge, end = ((r"(?<![^\W\u0648\u0628\u0644\u0641])", r"(?![\w\u200c-])") if language in ARABIC_SCRIPT
                 else (r"(?<![\w-])", r"(?![\w-])"))
    if data.get("community_adjective_first"):
        conjunction = word_alternation(data.get("community_and", ["and"]))
        # one word may stand between: "Dürzi silahlı gruplar", "drusische bewaffnete Milizen"
        body = (rf"(?:(?P<first>(?:{adjective}){ending})\s+(?:{conjunction})\s+)?"
                rf"(?P<one>(?:{adjective}){ending}(?:\s+[^\W\d_]\w*)?\s+(?:{noun}){ending})")
    else:  # "فصائل محلية درزية": one word may stand between
        body = rf"(?P<one>(?:{noun})(?:\s+[^\W\d_][\w\u200c]*)?\s+(?:{adjective}))"
    return re.compile(edge + body + end, re.IGNORECASE)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) touches any of `spans`."""
    return any(s < end and start < e for s, e in spans)
