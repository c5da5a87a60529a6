"""ROUGE-1/2/L F1, as rouge-score computes them (lower-cased alphanumeric tokens, Porter-stemmed)."""

from __future__ import annotations

import re
from collections import Counter

import snowballstemmer

_TOKEN = re.compile(r"[a-z0-9]+")
_PORTER = snowballstemmer.stemmer("porter")


def tokens(text: str) -> list[str]:
    """Lower-case alphanumeric tokens; words longer than 3 letters stemmed (rouge-score's rule)."""
    return [_PORTER.stemWord(t) if len(t) > 3 else t for t in _TOKEN.findall(text.lower())]


def _f1(overlap: int, predicted: int, reference: int) -> float:
    if not overlap:
        return 0.0
    precision, recall = overlap / predicted, overlap / reference
    return 2 * precision * recall / (precision + recall)


def rouge_n(predicted: list[str], reference: list[str], n: int) -> float:
    """ROUGE-N F1 over clipped n-gram counts."""
    grams_p = Counter(zip(*(predicted[i:] for i in range(n)), strict=False))
    grams_r = Counter(zip(*(reference[i:] for i in range(n)), strict=False))
    overlap = sum((grams_p & grams_r).values())
    return _f1(overlap, sum(grams_p.values()), sum(grams_r.values()))


def _lcs(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge_l(predicted: list[str], reference: list[str]) -> float:
    """ROUGE-L F1: longest common subsequence of the two token sequences."""
    return _f1(_lcs(predicted, reference), len(predicted), len(reference))


def scores(predicted: str, reference: str) -> tuple[float, float, float]:
    """(ROUGE-1, ROUGE-2, ROUGE-L) F1 of `predicted` against `reference`."""
    p, r = tokens(predicted), tokens(reference)
    return rouge_n(p, r, 1), rouge_n(p, r, 2), rouge_l(p, r)
