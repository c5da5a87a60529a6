"""Stop words and stemmers for the ten languages (and the others we summarize), loaded once per language."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import snowballstemmer
import stopwordsiso
from sumy.nlp.stemmers.ukrainian import stem_word as _ukrainian_stem
from sumy.utils import get_stop_words as _sumy_stop_words

from .errors import UnsupportedLanguage
from .languages import summarizes

# Snowball algorithm per language code; Urdu has none anywhere offline, so it is not stemmed.
_SNOWBALL = {
    "en": "english",
    "ar": "arabic",
    "ru": "russian",
    "fr": "french",
    "es": "spanish",
    "de": "german",
    "tr": "turkish",
    "fa": "persian",
}
# Languages summarized without extraction: Snowball's other algorithms, by ISO 639-1 code.
_SNOWBALL_MORE = {
    "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech", "da": "danish", "nl": "dutch",
    "eo": "esperanto", "et": "estonian", "fi": "finnish", "el": "greek", "hi": "hindi", "hu": "hungarian",
    "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian", "ne": "nepali",
    "no": "norwegian", "pl": "polish", "pt": "portuguese", "ro": "romanian", "sr": "serbian",
    "sv": "swedish", "ta": "tamil", "yi": "yiddish",
}
# sumy's own lists, merged in where it has one: stopwordsiso's Ukrainian list is short (73 words).
_SUMY_LISTS = {"en": "english", "ar": "arabic", "uk": "ukrainian", "fr": "french", "es": "spanish",
               "de": "german"}
# The stem memo is capped so a long paste of unusual words cannot grow it without bound.
_MEMO_LIMIT = 200_000


def _check(language: str) -> None:
    if not summarizes(language):
        raise UnsupportedLanguage(language, language)


@cache
def stop_words(language: str) -> frozenset[str]:
    """The lower-case stop words of `language` (stopwordsiso, plus sumy's list where it has one)."""
    _check(language)
    lower = normalizer(language)
    words = {lower(w) for w in stopwordsiso.stopwords(language)} if stopwordsiso.has_lang(language) else set()
    if language in _SUMY_LISTS:
        words |= {lower(w) for w in _sumy_stop_words(_SUMY_LISTS[language])}
    return frozenset(words)


# Lower-casing that respects the language: Turkish dotted/dotless i, and the Arabic letter forms
# (kaf, yeh) that Persian and Urdu texts mix with their own, so one word is counted as one.
_TURKISH_UPPER = str.maketrans({"İ": "i", "I": "ı"})
_PERSIAN_FORMS = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "ـ": None})


def _lower_turkish(word: str) -> str:
    return word.translate(_TURKISH_UPPER).lower()


def _lower_persian(word: str) -> str:
    return word.translate(_PERSIAN_FORMS).lower()


@cache
def normalizer(language: str) -> Callable[[str], str]:
    """How a word of `language` is lower-cased before stop-word look-up and stemming."""
    _check(language)
    if language == "tr":
        return _lower_turkish
    if language in ("fa", "ur"):
        return _lower_persian
    return str.lower


def _identity(word: str) -> str:
    return word


@cache
def stemmer(language: str) -> Callable[[str], str]:
    """A stemmer for lower-case words of `language`; identity where no stemmer exists (Urdu, Korean …)."""
    _check(language)
    if language == "uk":
        stem: Callable[[str], str] = _ukrainian_stem
    elif language in _SNOWBALL or language in _SNOWBALL_MORE:
        stem = snowballstemmer.stemmer(_SNOWBALL.get(language) or _SNOWBALL_MORE[language]).stemWord
    else:
        return _identity
    memo: dict[str, str] = {}

    def memoized(word: str) -> str:
        # Snowball in pure Python costs ~10 µs a word; news repeats words, so remember them.
        found = memo.get(word)
        if found is None:
            found = stem(word)
            if len(memo) < _MEMO_LIMIT:
                memo[word] = found
        return found

    return memoized
