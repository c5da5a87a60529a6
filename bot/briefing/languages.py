"""The languages Sitrep briefs, with their English names."""

from __future__ import annotations

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
