"""The languages Sitrep briefs, with their English names, and the ones it can only summarize."""

from __future__ import annotations

# Briefed in full: summary, actors, casualties and ceasefire status (each has its extraction data).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "Arabic",
    "ru": "Russian",
    "uk": "Ukrainian",
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "ur": "Urdu",
    "fa": "Persian",
    "tr": "Turkish",
}

RIGHT_TO_LEFT = frozenset({"ar", "ur", "fa"})
# Written in Arabic script: clitics on words, optional short vowels, no capitals.
ARABIC_SCRIPT = frozenset({"ar", "fa", "ur"})

# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese): the
# summarizer's words are space-separated, so these get a clear refusal instead of a wrong summary.
UNSPACED = frozenset({"zh", "ja", "th", "lo", "km", "my"})


def summarizes(code: str) -> bool:
    """True when Sitrep can summarize a text in `code` (any language written with spaces)."""
    return code not in UNSPACED


def extracts(code: str) -> bool:
    """True when Sitrep also reads actors, casualties and the ceasefire status in `code`."""
    return code in LANGUAGES
