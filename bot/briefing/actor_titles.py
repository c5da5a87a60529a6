"""Persons named after a title outside English: "губернатор Вячеслав Гладков", "Dışişleri Bakanı Hakan Fidan".

The gazetteer knows the famous; a story's commander, governor or spokesman is often someone it does not.
A title or role from `data/actor_titles_<lang>.json` followed by a name is the cue. In Latin and Cyrillic
script the name is a run of capitalised words after the title and its complement ("of the army", a state,
an acronym); in Arabic script (no capitals) it is one to three words after the title and its complement,
ending at punctuation, a digit, a stop word or a name the gazetteer knows. The name is kept as written.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from functools import cache
from importlib import resources

from .actor_types import Mention
from .gazetteer import bare, trie_regex
from .languages import ARABIC_SCRIPT

# Word characters plus the Persian zero-width non-joiner and Arabic vowel marks (not \w in Python).
_W = r"[\w\u064b-\u065f\u0670]"
TOKEN = re.compile(rf"[^\W\d_](?:(?:{_W}|[\u200c'’-])*{_W})?|\d[\d.,]*|[^\w\s\u200c]")
# "el-Hayye", "al-Burhan": a lower-case Arabic article on a capitalised name.
_ARTICLE = re.compile(r"(?:al|el|ad|as|an|ash|ar|at|az|ed|es|er|ul|ur|аль|эль|ель|ад|аш|ат|аз)-[^\W\d_]")
_ELISION = re.compile(r"[a-zà-ÿ]{1,2}['’]")
_APOSTROPHE = "'’"
_MAX_COMPLEMENT = 5
# Final vowels a Russian or Ukrainian title drops before its case ending ("глава" -> "главой").
_DROPPED = "аяоеиыйьіїю"
_MARK = "§"
_SPOKESPERSON_WEIGHT = 0.75
# Spans already read in a sentence: (start, end, is a person the gazetteer knows).
Taken = list[tuple[int, int, bool]]


@cache
def title_data(language: str) -> dict:
    """The title and group-noun data of `language` ({} where there is none, as for English)."""
    path = resources.files("bot.briefing").joinpath("data", f"actor_titles_{language}.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def word_alternation(words: list[str], endings: list[str] = ()) -> str:
    """Regex body for a list of phrases, factored as a trie; the first word may take one of `endings`."""
    forms = set()
    for phrase in words:
        first, _, rest = phrase.lower().partition(" ")
        if endings:  # "глава" -> "глав§", the mark standing for the case endings
            first = (first[:-1] if len(first) > 3 and first[-1] in _DROPPED else first) + _MARK
        forms.add(f"{first} {rest}" if rest else first)
    body = trie_regex(sorted(forms)).replace(re.escape(" "), r"\s+")
    if endings:
        ends = sorted({*endings, *_DROPPED}, key=len, reverse=True)
        body = body.replace(_MARK, "(?:" + "|".join(re.escape(e) for e in ends) + ")?")
    return body


def title_regex(data: dict, language: str) -> re.Pattern[str] | None:
    """One compiled regex for every title of a language, with its case endings and compounds."""
    titles = list(data.get("titles", ()))
    if not titles:
        return None
    body = word_alternation(titles, data.get("title_endings", []) if language in {"ru", "uk"} else [])
    if data.get("titles_exact"):  # irregular forms that take no ending: "посла" (not "посл" + "е")
        body += "|" + word_alternation(data["titles_exact"])
    if language in ARABIC_SCRIPT:
        # Proclitics written onto the title ("والرئيس", "للرئيس"), the article's alif dropped after li-.
        li = [("لل" + t[2:]) for t in titles if t.startswith("ال")]
        body += "|" + word_alternation(li) if li else ""
        return re.compile(r"(?<![\w\u200c])(?:[وف]?[بلك]?)(?:" + body + r")(?![\w\u200c])")
    suffixes = data.get("title_suffixes", [])
    if suffixes:  # German compounds: "Verteidigungsminister", "Armeesprecher"
        body += r"|\w*(?:" + word_alternation(suffixes) + ")"
    endings = data.get("title_endings", []) if language == "de" else []
    tail = "(?:" + "|".join(endings) + ")?" if endings else ""
    return re.compile(r"(?<![\w-])(?:" + body + ")" + tail + r"(?![\w-])", re.IGNORECASE)


class TitleFinder:
    """Reads the persons a sentence names after a title, for one language."""

    def __init__(self, language: str, data: dict, never: frozenset[str]) -> None:
        self.language = language
        self.arabic = language in ARABIC_SCRIPT
        self.title_re = title_regex(data, language)
        self.stop = frozenset(w.casefold() for w in data.get("stop", ()))
        self.complement = frozenset(data.get("complement", ()))
        self.preps = frozenset(data.get("prepositions", ()))
        self.particles = frozenset(data.get("particles", ()))
        self.nouns = frozenset(data.get("nouns", ()))
        self.noun_suffixes = tuple(data.get("noun_suffixes", ()))
        self.verb_endings = tuple(data.get("verb_endings", ()))
        self.not_verbs = frozenset(data.get("not_verbs", ()))
        self.verb_prefixes = tuple(data.get("verb_prefixes", ()))
        # Short names of institutions written like a word ("Минэнерго", "Міноборони"): never a person.
        self.institutions = frozenset(data.get("institutions", ()))
        # "فرمانده مرزبانی استان سیستان": after "province of" in a title's complement comes a place.
        self.place_nouns = frozenset(data.get("place_nouns", ()))
        # "شهردار خارکیف", "والي الخرطوم": a title without the article that governs a place names it next.
        self.place_titles = frozenset(data.get("place_titles", ()))
        # Arabic given names with the article ("الطاهر عبد الرحيم"): a name's first word, not a complement.
        self.definite_names = frozenset(data.get("definite_given_names", ()))
        minor = data.get("minor_titles", [])
        self.minor = re.compile(r"(?:[وفبل]{0,2})(?:" + word_alternation(minor) + r")", re.IGNORECASE) \
            if minor else None
        self.never = never
        # Words that may open a sentence before "name، title" ("وقال سامي النعيمي، المتحدث باسم الجيش").
        self.openers = frozenset(data.get("name_openers", ()))
        self.max_name = 3 if language == "de" or self.arabic else 4

    def find(self, text: str, taken: Taken) -> list[Mention]:
        """The titled persons of one sentence, not overlapping `taken`."""
        if self.title_re is None:
            return []
        titles = {m.start(): m.end() for m in self.title_re.finditer(text)}
        if not titles:
            return []
        tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        starts = [t[0] for t in tokens]
        found: dict[tuple[int, int], Mention] = {}
        for title_start, title_end in titles.items():
            i = bisect_left(starts, title_end)
            if self.arabic and self._governs_place(text[title_start:title_end]) and i < len(tokens) \
                    and tokens[i][2] not in self.complement:
                i += 1  # "شهردار خارکیف": the place, then (if any) the name
            scan = self._scan_arabic if self.arabic else self._scan_cased
            span = scan(tokens, i, titles, taken)
            if span is None and self.arabic:
                span = self._before_title(tokens, bisect_left(starts, title_start), taken)
            if span is None:
                continue
            start, end = tokens[span[0]][0], tokens[span[-1]][1]
            name = text[start:end]
            if self.language == "tr" and any(a in name for a in _APOSTROPHE):
                name = re.split(r"['’]", name)[0]  # "Fidan'ın" -> "Fidan"
                end = start + len(name)
            # A spokesperson speaks for an actor and is seldom one: counted a little less than a leader.
            weight = _SPOKESPERSON_WEIGHT if self.minor and self.minor.match(text, title_start) else 1.0
            # A title chain ("le porte-parole de l'armée, le colonel X") reads the name once, nearest title.
            surface = text[title_start:end] if start > title_start else text[start:title_end]
            found[(start, end)] = Mention(name, "leader", surface, start, end, weight=weight, person_cue=True)
        return list(found.values())

    def _governs_place(self, title: str) -> bool:
        """True for a title like "mayor" or "governor" written without the article (with or without a
        one-letter proclitic): the word after it is the place it governs."""
        title = bare(title)
        return title in self.place_titles or title[1:] in self.place_titles

    def _before_title(self, tokens: list[tuple[int, int, str]], i: int, taken: Taken) -> list[int] | None:
        """Arabic script: "خواجه آصف، وزیر دفاع پاکستان": two or three words that open the sentence (or
        follow a dateline's dash), then a comma, then the title, are the name the title describes."""
        if i < 3 or tokens[i - 1][2] not in "،,":
            return None
        for size in (2, 3):
            first = i - 1 - size
            if first < 0 or not (self._opens(tokens, first) or (
                    tokens[first - 1][2] in self.openers and self._opens(tokens, first - 1))):
                continue
            words = list(range(first, i - 1))
            if all(self._free_word(tokens[j], taken) for j in words):
                return words
        return None

    @staticmethod
    def _opens(tokens: list[tuple[int, int, str]], i: int) -> bool:
        """True when token `i` opens the sentence or follows a dateline's dash."""
        return i == 0 or tokens[i - 1][2] in "–—-:.؛"

    def _free_word(self, token: tuple[int, int, str], taken: Taken) -> bool:
        """A word that may be part of a name: a word, not a function word, title complement or known name."""
        start, end, tok = token
        return (tok[0].isalpha() and not self._is_stop(tok) and tok not in self.complement
                and tok not in self.never and not self._taken(start, end, taken)
                and not (self.title_re and self.title_re.fullmatch(tok)))

    def _taken(self, start: int, end: int, taken: Taken) -> int:
        """0 when free, 1 for a gazetteer name, 2 for a person the gazetteer knows."""
        for s, e, person in taken:
            if s < end and start < e:
                return 2 if person else 1
        return 0

    def _skip_title(self, tokens: list[tuple[int, int, str]], i: int, end: int) -> int:
        """The index of the first token after a title ending at `end`."""
        while i < len(tokens) and tokens[i][0] < end:
            i += 1
        return i

    def _is_stop(self, tok: str) -> bool:
        """A word that ends the search: function word, speech verb, or a verb by its ending."""
        low = tok.casefold()
        if low in self.stop:
            return True
        if self.verb_prefixes and tok.startswith(self.verb_prefixes):
            return True  # Persian "می‌گوید"
        if self.arabic and len(tok) > 2 and tok[0] in "وف" and tok[1:] in self.stop:
            return True  # "وقال", "فإن"
        return (bool(self.verb_endings) and len(low) > 3 and low.endswith(self.verb_endings)
                and low not in self.not_verbs and not low.endswith("ів"))

    def _name_like(self, tok: str, inside: bool = False) -> bool:
        """A capitalised word that may be part of a name (not an acronym, not a common noun). Inside a name a
        word of the never list is a surname ("Nawaf Salam"), as in English names."""
        if (tok in self.never and not inside) or tok in self.institutions:
            return False
        if not tok[0].isupper():
            return bool(_ARTICLE.match(tok)) and tok[tok.index("-") + 1].isupper()
        if not any(c.islower() for c in tok):
            return False  # "МИД", "ЗСУ", "MSB": an institution's acronym
        # German capitalises every noun.
        return not (self.nouns and (tok in self.nouns or tok.lower().endswith(self.noun_suffixes)))

    def _scan_cased(self, tokens: list[tuple[int, int, str]], i: int, titles: dict[int, int],
                    taken: Taken) -> list[int] | None:
        """Latin and Cyrillic: skip the title's complement, then read a capitalised run."""
        lang = self.language
        run: list[int] = []
        complement, comma, prev, anchored = 0, False, "", True
        while i < len(tokens):
            start, end, tok = tokens[i]
            if start in titles:  # a second title: a rank inside the role, or the end of the name
                if run and not (lang in {"ru", "uk"} and len(run) == 1) and not self._title_head(tokens, run):
                    break
                # "Голова Офісу президента Андрій Єрмак", "heyetinin başkanı Dışişleri Bakan Yardımcısı X":
                # the words belonged to the complement (or named the next title's ministry)
                run = []
                i, prev, anchored = self._skip_title(tokens, i, titles[start]), "", True
                continue
            kind = self._taken(start, end, taken)
            if kind == 2 and run:
                return None  # "Эмманюэль Макрон": a given name before a surname the gazetteer knows
            if kind:
                if run or kind == 2:
                    break
                complement, prev, i, anchored = complement + 1, tok, i + 1, True
                continue
            if tok == ",":
                if run or comma:
                    break
                comma, i, anchored, prev = True, i + 1, True, ""
                continue
            if not tok[0].isalpha():
                break
            nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
            if self._name_like(tok, bool(run)) and not (_ELISION.match(tok) and not run):
                after_prep = prev in self.preps or (lang == "de" and prev and prev[0].islower())
                if not run and after_prep:
                    complement, prev, i = complement + 1, tok, i + 1  # "ministre de la Défense"
                    anchored = False
                    continue
                if not run and lang == "de" and not anchored:
                    break  # German: a capitalised word after "der Bundeswehr" is a noun, unless after a comma
                run.append(i)
                i += 1
                if lang == "tr" and any(a in tok for a in _APOSTROPHE):
                    break  # Turkish case suffix after an apostrophe closes the name
                continue
            if run:
                if tok.casefold() in self.particles and nxt and self._name_like(nxt):
                    run.append(i)
                    i += 1
                    continue
                if lang in {"ru", "uk"} and len(run) == 1 and (tok.isupper() or tok[0].islower()) \
                        and not self._is_stop(tok):
                    # "губернатор Белгородской области Вячеслав Гладков", "начальник Херсонской ОВА …":
                    # the capitalised word was an adjective of the complement
                    run, complement = [], complement + 2
                    prev, i = tok.casefold(), i + 1
                    if complement > _MAX_COMPLEMENT:
                        break
                    continue
                break
            if tok.isupper() and len(tok) > 1:
                complement, prev, i, anchored = complement + 1, "", i + 1, True  # an acronym: "глава МИД"
                continue
            if self._is_stop(tok) or lang == "tr":
                break
            if self.nouns and tok[0].isupper() and not (prev and (prev in self.preps or prev[0].islower())):
                break  # German: a common noun right after the title ("der Präsident Waffen …")
            low = tok.casefold()
            if lang == "de" and not prev and low not in self.preps:
                break  # German: a verb or adverb right after the title
            complement += 1
            if complement > _MAX_COMPLEMENT:
                break
            prev, i, anchored = (tok if tok[0].isupper() else low), i + 1, False
        if run and tokens[run[-1]][2].casefold() in self.particles:
            run = run[:-1]
        words = [j for j in run if tokens[j][2].casefold() not in self.particles]  # "Lula da Silva": 3
        return run if 0 < len(words) <= self.max_name else None

    def _title_head(self, tokens: list[tuple[int, int, str]], run: list[int]) -> bool:
        """True when the capitalised run names the ministry or office of the title right after it, as
        Turkish does ("Dışişleri Bakanı", "İçişleri Bakan Yardımcısı"): the run then is no name."""
        return self.language == "tr" and len(run) <= 2 and tokens[run[-1]][1] == tokens[run[-1] + 1][0] - 1

    def _scan_arabic(self, tokens: list[tuple[int, int, str]], i: int, titles: dict[int, int],
                     taken: Taken) -> list[int] | None:
        """Arabic script: skip the complement ("الجيش", "امور خارجه"), then one to three words."""
        name: list[int] = []
        complement, place = 0, False
        while i < len(tokens):
            start, end, tok = tokens[i]
            if start in titles:
                if name:
                    break
                i = self._skip_title(tokens, i, titles[start])
                continue
            kind = self._taken(start, end, taken)
            if kind == 2 and name:
                return None  # "بنيامين نتنياهو": a given name before a surname the gazetteer knows
            if kind:
                if name or kind == 2:
                    break
                complement, i = complement + 1, i + 1
                continue
            if not tok[0].isalpha() or self._is_stop(tok):
                break
            definite = self.language == "ar" and (tok.startswith("ال") or tok.startswith("لل"))
            if definite and name and tok.endswith(("ات", "ة")):
                break  # a plural or feminine noun after the name: "الرئيس جوزاف عون الغارات" (the object)
            if definite and not name and tok in self.definite_names:
                definite = False  # "العميد الطاهر عبد الرحيم": a given name that carries the article
            if tok in self.complement or (definite and not name):
                if name:
                    break
                place = tok in self.place_nouns
                complement += 1
                if complement > _MAX_COMPLEMENT:
                    break
                i += 1
                continue
            if place and not name:  # the place's own name: "استان سیستان", "محافظة مأرب"
                place, i = False, i + 1
                continue
            name.append(i)
            i += 1
            if len(name) > self.max_name + 1:
                break
        if not name:
            return None
        words = [tokens[j][2] for j in name]
        limit = self.max_name + (1 if any(w in self.particles for w in words) else 0)
        if len(words) > limit or words[-1] in self.particles or words[0] in self.never:
            return None  # more words than a name has: not sure where it ends
        if self.language == "ar" and words[0].endswith(("ية", "ة")):
            return None  # a feminine noun or adjective, not a given name
        if self.language in {"fa", "ur"} and len(name) == 1 and i < len(tokens) \
                and self._taken(tokens[i][0], tokens[i][1], taken) == 1:
            # "سخنگوی وزارت بهداشت ایران", "وزیراعظم آزاد کشمیر": the word names the office's domain
            return None
        return name


def name_key(name: str, language: str) -> tuple[str, ...]:
    """A person's name without case endings, to fold "Гладкова" into "Гладков" (ru/uk), casefolded."""
    endings = _name_endings(language)
    out = []
    for word in name.casefold().split():
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        out.append(word)
    return tuple(out)


@cache
def _name_endings(language: str) -> tuple[str, ...]:
    """The case endings of names in `language`, longest first."""
    return tuple(sorted(title_data(language).get("name_endings", ()), key=len, reverse=True))


def inflects(language: str) -> bool:
    """True where names take case endings (a surname's later uses may end differently)."""
    return bool(_name_endings(language))
