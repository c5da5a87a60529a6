"""Answer a question about a text: the sentences that best answer it, ranked (BM25 plus question cues)."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources

from .lexicon import stemmer, stop_words
from .model import Sentence
from .sentences import words

__all__ = ["answer"]

_K1 = 1.2
_B = 0.75
# A sentence of the wanted kind (a toll for "how many killed") earns about one rare shared word.
_CUE_WEIGHT = 1.0
# Answers far weaker than the best one are noise, not answers.
_KEEP_RATIO = 0.35
_NUMBER = re.compile(r"\d")
_CASED_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]+")


@cache
def _cues(language: str) -> dict[str, tuple[tuple[str, ...], frozenset[str], frozenset[str]]]:
    """For each answer kind: the question prefixes that ask for it, the stems that mark it, and the
    stems of amount words ("dozens") that make a figure."""
    raw = json.loads(resources.files("bot.briefing.data").joinpath("ask_cues.json").read_text("utf-8"))
    stem = stemmer(language)
    out = {}
    for kind, entry in raw.get(language, raw["en"]).items():
        question = tuple(q.lower() for q in entry["question"])
        marks = frozenset(stem(w.lower()) for text in entry["answer"] for w in words(text))
        amounts = frozenset(stem(w.lower()) for text in entry.get("amount", ()) for w in words(text))
        out[kind] = (question, marks, amounts)
    return out


def _asked_kinds(question: str, language: str) -> set[str]:
    """The kinds of answer the question's wording asks for ("how many" → casualties)."""
    lowered = " " + " ".join(w.lower() for w in words(question)) + " "
    kinds = set()
    for kind, (cues, _, _) in _cues(language).items():
        # A cue matches at the start of a word; its end may run on ("casualt" → "casualties").
        if any(f" {cue}" in lowered for cue in cues):
            kinds.add(kind)
    return kinds


def _terms(text: str, language: str) -> list[str]:
    """Stemmed content words: lower-case, stop words and one-letter words dropped."""
    stem, stops = stemmer(language), stop_words(language)
    return [stem(w) for w in (w.lower() for w in words(text)) if len(w) > 1 and w not in stops]


def _kind_score(kind: str, sentence: Sentence, stems: set[str], language: str) -> float:
    """How plainly a sentence is an answer of `kind`: a marker word, a number, a name."""
    _, marks, amounts = _cues(language)[kind]
    score = 0.0
    if stems & marks:
        score += 1.0
    if kind in ("casualties", "when") and (_NUMBER.search(sentence.text) or stems & amounts):
        score += 0.5
    if kind == "who" and _CASED_NAME.search(sentence.text):
        score += 1.0
    return score


def answer(
    sentences: Sequence[Sentence], question: str, language: str, limit: int = 3
) -> tuple[Sentence, ...]:
    """The (at most `limit`) sentences that best answer `question`, best first; () when none does."""
    if not sentences or limit <= 0:
        return ()
    query = set(_terms(question, language))
    kinds = _asked_kinds(question, language)
    if not query and not kinds:
        return ()
    docs = [_terms(s.text, language) for s in sentences]
    all_stems = [{stemmer(language)(w.lower()) for w in words(s.text)} for s in sentences]
    avg_len = sum(len(d) for d in docs) / len(docs) or 1.0
    df = Counter(t for d in docs for t in set(d))
    n = len(docs)
    idf = {t: math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) for t in query}
    mean_idf = sum(idf.values()) / len(idf) if idf else math.log(2)

    scored: list[tuple[float, int]] = []
    for i, (sentence, doc) in enumerate(zip(sentences, docs, strict=True)):
        tf = Counter(doc)
        lexical = sum(
            idf[t] * tf[t] * (_K1 + 1) / (tf[t] + _K1 * (1 - _B + _B * len(doc) / avg_len))
            for t in query
            if tf[t]
        )
        cue = sum(_kind_score(k, sentence, all_stems[i], language) for k in kinds)
        score = lexical + _CUE_WEIGHT * mean_idf * cue
        if score > 0:
            scored.append((score, i))
    if not scored:
        return ()
    scored.sort(key=lambda x: (-x[0], x[1]))
    best = scored[0][0]
    return tuple(sentences[i] for score, i in scored[:limit] if score >= _KEEP_RATIO * best)
