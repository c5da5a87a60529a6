"""Errors the engine raises; each carries a short message a person can act on."""

from __future__ import annotations


class BriefingError(Exception):
    """Base: the text cannot be briefed; `str(error)` says why and what to do."""


class EmptyText(BriefingError):
    """Nothing left to brief after cleaning."""

    def __init__(self) -> None:
        super().__init__("There is no news text to brief: paste the post itself or send a link.")


class UnsupportedLanguage(BriefingError):
    """The text is in a language the summarizer cannot handle."""

    def __init__(self, code: str, name: str) -> None:
        self.code = code
        self.name = name
        super().__init__(
            f"This text looks like {name} ({code}), which Sitrep cannot summarize yet. "
            "Send it in English, Arabic, Russian, Ukrainian, French, Spanish, German, Urdu, Persian "
            "or Turkish."
        )
