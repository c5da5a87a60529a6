"""One briefing: language, sentences, summary and the three extractions over the same sentences."""

from __future__ import annotations

from .actors import extract_actors
from .casualties import extract_casualties
from .ceasefire import extract_ceasefire
from .errors import EmptyText
from .language import LanguageGuess, check_supported, detect_language, language_name
from .languages import extracts
from .model import Briefing, Document, Sentence
from .sentences import split_sentences, words
from .summary import summarize, summary_length

__all__ = ["SUMMARY_ONLY", "brief", "sentences_of"]

SUMMARY_ONLY = ("Key actors, casualties and the ceasefire status are read in ten languages; {name} is not "
                "one of them yet, so this briefing is the summary alone.")


def sentences_of(document: Document) -> tuple[str, list[Sentence]]:
    """The document's language code and its sentences (raises EmptyText, UnsupportedLanguage)."""
    guess, sentences = _prepare(document)
    return guess.code, sentences


def brief(document: Document, sentences: int | None = None) -> Briefing:
    """Brief `document`; `sentences` overrides the summary length chosen from the text's size.

    A text in a language we summarize but do not read (Italian, Polish …) gets the summary alone,
    with a note naming its language, rather than a refusal or "no actors found"."""
    guess, split = _prepare(document)
    language = guess.code
    word_count = len(words(document.text))
    count = sentences if sentences and sentences > 0 else summary_length(len(split), word_count)
    chosen = set(summarize(_summary_candidates(document, split), language, count))
    notes = [guess.note] if guess.note else []
    found: dict = {}
    if extracts(language):
        found = {"actors": extract_actors(split, language), "casualties": extract_casualties(split, language),
                 "ceasefire": extract_ceasefire(split, language)}
    else:
        notes.append(SUMMARY_ONLY.format(name=language_name(language)))
    return Briefing(
        language=language,
        words=word_count,
        sentence_count=len(split),
        summary=tuple(s.text for s in split if s.index in chosen),
        **found,
        title=document.title,
        url=document.url,
        site=document.site,
        author=document.author,
        published=document.published,
        notes=tuple(notes),
        language_doubt=guess.doubt,
    )


def _prepare(document: Document) -> tuple[LanguageGuess, list[Sentence]]:
    if not document.text.strip():
        raise EmptyText()
    guess = detect_language(document.text, document.language_hint)
    check_supported(guess.code)
    split = split_sentences(document.text, guess.code)
    if not split:
        raise EmptyText()
    return guess, split


def _summary_candidates(document: Document, split: list[Sentence]) -> list[Sentence]:
    """All sentences but a leading headline that the reply already shows as the title."""
    title = (document.title or "").strip()
    if title and len(split) > 1 and split[0].text.strip() == title:
        return split[1:]
    return split
