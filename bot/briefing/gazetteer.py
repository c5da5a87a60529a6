"""The actor gazetteer: curated states, groups, organisations and cue words, loaded once per language."""

from __future__ import annotations

import gettext
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import UnsupportedLanguage
from .languages import ARABIC_SCRIPT, LANGUAGES

# Words between two capitalised words that still belong to one name ("Party of Spain", "bin Laden").
_JOINERS = r"(?:of|the|for|de|del|la|al|bin|ibn|van|von|da|di|du|le|el|ul|ur|y)"


# Case endings a name may take in inflected languages ("Пакистана", "Россию", "Irans"): letters allowed
# after the stem, and the final letters a stored form drops to make its stem.
_INFLECTION = {"ru": (3, "аяоеиыйь"), "uk": (3, "аяоеиіїйь"), "de": (2, "")}
# The letters those endings are made of ("-ами", "-ого", "-ією"): "Ганс" is no form of "Гана".
_ENDING_LETTERS = {"ru": "аяоеёиыйьуюмхвг", "uk": "аяоеєиіїйьуюмхвг"}
# Arabic-script proclitics (wa-, bi-, li-, fa-, ka-) written onto the next word: allowed before a name.
_PROCLITICS = r"(?<![^\W\u0648\u0628\u0644\u0641\u0643])"
# Arabic-script short vowels a writer may add or leave out ("عُمان" is "عمان"): names are stored and
# looked up without them, and the pattern allows them after any letter. Not the shadda (U+0651): it
# tells names apart ("عمّان" is Amman, "عمان" Oman).
_MARKS = re.compile("[\u064b-\u0650\u0652\u0670]")
_MARKS_OPTIONAL = "[\u064b-\u0650\u0652\u0670]*"

# Cue lists that hold names, not grammar: usable in any language.
_NAME_LISTS = ("outlets", "never", "places", "org_heads", "armed_heads", "state_heads", "place_words")


@dataclass(frozen=True)
class Known:
    """A curated actor: its canonical English name, type and (for a leader) its group."""

    name: str
    type: str
    group: str | None = None


@dataclass(frozen=True)
class Form:
    """One way a text may write a known actor, and what role the words play."""

    known: Known
    role: str  # name | alias | capital | demonym | people


@dataclass(frozen=True)
class Governs:
    """A group that is the de-facto government of a state when any cue appears in the text."""

    group: str
    state: str
    name: str
    fold_state: bool
    cues: re.Pattern[str] | None
    capitals: frozenset[str]


@dataclass(frozen=True)
class Gazetteer:
    """Everything the actors extractor looks up for one language, compiled once."""

    language: str
    forms: dict[str, Form]
    pattern: re.Pattern[str] | None
    lower_pattern: re.Pattern[str] | None
    known: dict[str, Known]
    head_words: dict[str, str]
    governs: tuple[Governs, ...]
    words: dict[str, frozenset[str]]
    phrases: dict[str, re.Pattern[str] | None]
    lower_group_cues: dict[str, str]
    people: dict[str, str]
    folded: dict[str, Form]
    demonym: dict[str, str]
    cue_maps: dict[str, dict[str, str]]
    stems: dict[str, Form]

    def form(self, surface: str) -> Form | None:
        """The form a surface string stands for (exact, normalised apostrophe, then an inflected stem)."""
        found = self.forms.get(surface) or self.forms.get(surface.replace("’", "'"))
        if found is not None or self.language == "en":
            return found
        folded = bare(surface.casefold())
        found = self.folded.get(folded) or self.stems.get(folded)
        for cut in range(1, language_inflection(self.language)[0] + 1):
            found = found or self.stems.get(folded[:-cut])
        return found


def bare(text: str) -> str:
    """`text` without Arabic-script short vowels and marks."""
    return _MARKS.sub("", text)


def _plurals(demonym: str, language: str) -> tuple[str, ...]:
    """The other forms of an Arabic nisba demonym: the plurals ("القطري" -> "القطريين", "القطريون"), both
    genders with the article, and the feminine without it ("بوساطة أمريكية وأردنية": an adjective of an
    indefinite noun). Not the indefinite masculine: after a number it counts people ("ثلاثمئة فلسطيني")."""
    if language != "ar" or len(demonym) < 4:
        return ()
    plurals = (demonym + "ين", demonym + "ون") if demonym.endswith("ي") else ()
    base = demonym[2:] if demonym.startswith("ال") else demonym
    stem = base[:-1] if base.endswith("ية") else base
    if not stem.endswith("ي") or len(stem) < 4:
        return plurals
    return (*plurals, stem + "ة", "ال" + stem, "ال" + stem + "ة")


def _read(name: str) -> dict:
    """One JSON data file of the package, or {} where the language has none."""
    path = resources.files("bot.briefing").joinpath("data", name)
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def language_inflection(language: str) -> tuple[int, str]:
    """How many case-ending letters may follow a name in `language`, and which final letters a stem drops."""
    return _INFLECTION.get(language, (0, ""))


def stem(form: str, language: str) -> str:
    """The part of a name that stays under inflection ("Россия" -> "Росси"); the form itself elsewhere."""
    _, drop = language_inflection(language)
    return form[:-1] if drop and len(form) > 3 and form[-1] in drop else form


def trie_regex(words: list[str], marks: bool = False) -> str:
    """A regex alternation of `words` factored by common prefixes (much faster than a flat list).

    Longer words come first at each branch, so the longest form wins, as in a longest-first flat list.
    With `marks`, Arabic-script short vowels may follow any letter.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [(_char(ch) + (_MARKS_OPTIONAL if marks and ch.isalpha() else ""), emit(child))
                    for ch, child in sorted(node.items()) if ch]
        parts = [c + rest for c, rest in branches]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def _char(ch: str) -> str:
    """One literal character of a name; either apostrophe matches either."""
    return "['’]" if ch in "'’" else re.escape(ch)


def alternation(forms: list[str], flags: int = 0, language: str = "en") -> re.Pattern[str] | None:
    """One regex matching any of `forms` as whole words (longest first), with the language's case endings."""
    marks = language in ARABIC_SCRIPT
    forms = sorted({stem(bare(f) if marks else f, language) for f in forms if f}, key=len, reverse=True)
    if not forms:
        return None
    # Outside English, case is ignored (a sentence may open with a demonym) except in acronyms ("EI", "IS").
    cased = language != "en" and bool(flags & re.IGNORECASE)
    plain = [f for f in forms if not (cased and f.isupper())]
    acronyms = [f"(?-i:{re.escape(f)})" for f in forms if cased and f.isupper()]
    # The longer names first: an acronym must not cut "BM Kolombiya Doğrulama Misyonu" down to "BM".
    body = "|".join([trie_regex(plain, marks), *acronyms] if plain else acronyms)
    endings, _ = language_inflection(language)
    letters = _ENDING_LETTERS.get(language)
    tail = (rf"[{letters}]{{0,{endings}}}" if letters else rf"\w{{0,{endings}}}") if endings else ""
    if language in ARABIC_SCRIPT:
        before = _PROCLITICS
    else:  # English keeps "O'Brien" whole; French and others elide onto names ("l'ONU")
        before = r"(?<![\w'’-])" if language == "en" else r"(?<![\w-])"
    return re.compile(rf"{before}(?:{body}){tail}(?![\w-])", flags)


def _pycountry_names(language: str) -> dict[str, list[str]]:
    """Country names translated by pycountry's gettext catalogues, keyed by our canonical English name."""
    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return {}
    out: dict[str, list[str]] = {}
    for country in pycountry.countries:
        english = [country.name, getattr(country, "common_name", None),
                   getattr(country, "official_name", None)]
        out[country.name] = [tr.gettext(e) for e in english if e]
        for e in english[1:]:
            if e:
                out[e] = out[country.name]
    return out


def _add(forms: dict[str, Form], surface: str, form: Form) -> None:
    """Register a surface form; the first registration wins (curated data is read before derived)."""
    surface = surface.strip()
    if surface and surface not in forms:
        forms[surface] = form


@cache
def load(language: str) -> Gazetteer:
    """The gazetteer for `language` (English data always included: acronyms and names cross languages)."""
    if language not in LANGUAGES:
        raise UnsupportedLanguage(language)
    forms: dict[str, Form] = {}
    known: dict[str, Known] = {}
    demonyms: dict[str, str] = {}
    langs = [language] if language == "en" else [language, "en"]
    translated = _pycountry_names(language) if language != "en" else {}
    english_actors = _read("actors_en.json").get("actors", {})
    for lang in langs:
        for name, entry in _read(f"states_{lang}.json").get("states", {}).items():
            k = known.setdefault(name, Known(name, "state"))
            if lang == language:
                _add(forms, name, Form(k, "name"))
                if entry.get("demonyms"):
                    demonyms.setdefault(name, entry["demonyms"][0])
            for role, key in (("alias", "aliases"), ("capital", "capitals"), ("demonym", "demonyms")):
                for s in entry.get(key, []):
                    if lang == language or (role == "alias" and s.isupper()):
                        _add(forms, s, Form(k, role))
                        for plural in _plurals(s, language) if role == "demonym" and lang == language else ():
                            _add(forms, plural, Form(k, role))
            for s in translated.get(name, []):
                _add(forms, s, Form(k, "name"))
        for name, entry in _read(f"actors_{lang}.json").get("actors", {}).items():
            if entry.get("type") == "state":
                k = known.setdefault(entry["state"], Known(entry["state"], "state"))
            else:  # a leader's side is given once, in English, where the language's entry leaves it out
                group = entry.get("group") or english_actors.get(name, {}).get("group")
                k = known.setdefault(name, Known(name, entry["type"], group))
                if lang == language or name.isupper() or language != "en":
                    _add(forms, name, Form(k, "name"))
            for s in entry.get("aliases", []):
                if lang == language or s.isupper():
                    _add(forms, s, Form(k, "alias"))
    # Country names that are everyday words in the language ("مالي" is Mali and "financial"): never names.
    for surface in _read(f"states_{language}.json").get("ambiguous", []):
        forms.pop(surface, None)
    cues = _read(f"actor_cues_{language}.json")
    if not cues:
        # Without the language's own cue words, keep only the English lists of names (outlets, titles,
        # never-actors); grammar cues (verbs, prepositions) would misread another language.
        english = _read("actor_cues_en.json")
        cues = {key: english[key] for key in _NAME_LISTS if key in english}
    words = {key: frozenset(val) for key, val in cues.items() if isinstance(val, list)}
    phrase_keys = ("titles", "outlets", "speech_verbs")
    phrases = {key: alternation(list(words.get(key, ()))) for key in phrase_keys}
    people = {s: name for name, surfaces in cues.get("people", {}).items() for s in surfaces}
    for surface, name in people.items():
        k = known.setdefault(name, Known(name, "group"))
        _add(forms, surface, Form(k, "people"))
    # Head words let "the Haqqani group" find "Haqqani Network": the first word of a multi-word name.
    head_words: dict[str, str] = {}
    for surface, f in forms.items():
        first = surface.split()[0]
        if f.known.type in {"group", "faction"} and len(surface.split()) > 1 and first[:1].isupper():
            head_words.setdefault(first, f.known.name)
    governs = []
    for group, g in _read("actors_en.json").get("governs", {}).items():
        local = _read(f"actors_{language}.json").get("governs", {}).get(group, {})
        cue_list = list(g["cues"]) + list(local.get("cues", []))
        state_caps = _read("states_en.json").get("states", {}).get(g["state"], {}).get("capitals", [])
        # Outside English a cue may open a sentence and take case endings ("Власти талибов"), as names do.
        cue_re = alternation(cue_list) if language == "en" else alternation(cue_list, re.IGNORECASE, language)
        governs.append(Governs(group, g["state"], g["name"], g["fold_state"], cue_re, frozenset(state_caps)))
    flags = 0 if language == "en" else re.IGNORECASE
    lower_ok = [s for s, f in forms.items() if f.role in {"name", "alias"} and len(s) >= 5
                and s.lower() not in words.get("lower_ambiguous", frozenset())]
    return Gazetteer(
        language=language,
        forms=forms,
        pattern=alternation(list(forms), flags, language),
        lower_pattern=alternation(lower_ok, re.IGNORECASE),
        known=known,
        head_words=head_words,
        governs=tuple(governs),
        words=words,
        phrases=phrases,
        lower_group_cues=dict(cues.get("lower_group_cues", {})),
        people=people,
        folded={bare(s.casefold()): f for s, f in reversed(forms.items())},
        demonym=demonyms,
        cue_maps={key: val for key, val in cues.items() if isinstance(val, dict)},
        stems={stem(bare(s), language).casefold(): f for s, f in reversed(forms.items())},
    )


def joiners() -> str:
    """The regex of lower-case words allowed inside one capitalised name."""
    return _JOINERS
