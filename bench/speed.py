"""Speed and memory: the whole briefing against stock sumy LexRank alone, scaling to 50,000 words.

usage: python -m bench.speed [--quick]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time

from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

from bench.common import bbc_texts, conflict_texts, long_text
from bot.briefing.lexicon import stemmer, stop_words
from bot.briefing.model import Document
from bot.briefing.pipeline import brief
from bot.briefing.sentences import split_sentences, words
from bot.ingest.text import document_from_text


class StockTokenizer:
    """What stock sumy needs from a tokenizer (its own wants NLTK data that is not here)."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in split_sentences(paragraph, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def lexrank_alone(text: str, count: int) -> None:
    """Stock sumy LexRank on the text: its own stemmer and stop words, parse, summarize to `count`.

    Only the tokenizer is ours: sumy's own needs NLTK punkt data, which is not on these machines.
    """
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    parser = PlaintextParser.from_string(text, StockTokenizer("en"))
    summarizer(parser.document, count)


def lexrank_fast(text: str, count: int) -> None:
    """LexRank as above but with our stemmer (PyStemmer, memoised) and stop words: the strictest baseline."""
    summarizer = LexRankSummarizer(stemmer("en"))
    summarizer.stop_words = stop_words("en")
    summarizer(PlaintextParser.from_string(text, StockTokenizer("en")).document, count)


def whole_briefing(document: Document) -> int:
    """Detect, split, summarize and extract (the bar's 'whole briefing'); returns the summary length."""
    return len(brief(document).summary)


def per_article(texts: list[str], repeat: int) -> dict[str, float]:
    """Median ms per article of each path, best of `repeat` runs per article, interleaved.

    Both start from the pasted text as ingest cleaned it: LexRank parses it (splits and tokenizes),
    the briefing detects the language, splits, summarizes and runs the three extractors.
    """
    ours, lex, fast = [], [], []
    documents = [document_from_text(t) for t in texts]
    whole_briefing(documents[0])  # load profiles, stop words and data once, as a running bot has
    lexrank_alone(documents[0].text, 3)
    lexrank_fast(documents[0].text, 3)
    for document in documents:
        text = document.text
        count = whole_briefing(document)
        a = b = c = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            whole_briefing(document)
            t1 = time.perf_counter()
            lexrank_alone(text, count)
            t2 = time.perf_counter()
            lexrank_fast(text, count)
            t3 = time.perf_counter()
            a, b, c = min(a, t1 - t0), min(b, t2 - t1), min(c, t3 - t2)
        ours.append(a * 1000)
        lex.append(b * 1000)
        fast.append(c * 1000)
    ratios = [o / x for o, x in zip(ours, lex, strict=True) if x > 0]
    return {
        "articles": len(texts),
        "briefing_ms": statistics.median(ours),
        "lexrank_ms": statistics.median(lex),
        "ratio_of_medians": statistics.median(ours) / statistics.median(lex),
        "lexrank_fast_ms": statistics.median(fast),
        "ratio_to_fast": statistics.median(ours) / statistics.median(fast),
        "median_ratio": statistics.median(ratios),
    }


def scaling_child(n_words: int) -> None:
    """In a fresh process: brief an n-word paste, print seconds and peak RSS as JSON."""
    text = long_text(n_words)
    whole_briefing(document_from_text("The army said two soldiers were killed on Monday near the border."))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    whole_briefing(document_from_text(text))  # a paste: cleaning included
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"words": len(text.split()), "seconds": seconds, "peak_mb": peak / 1024,
                      "before_mb": base / 1024}))


def scaling(sizes: list[int]) -> list[dict]:
    """Time and peak memory of one briefing per size, each in its own process."""
    rows = []
    for n in sizes:
        out = subprocess.run([sys.executable, "-m", "bench.speed", "--child", str(n)],
                             capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer repeats")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        scaling_child(args.child)
        return
    texts = [x["text"] for x in conflict_texts()] + [x["text"] for x in bbc_texts()]
    result = {
        "per_article": per_article(texts, 1 if args.quick else 3),
        "scaling": scaling([1_000, 10_000, 50_000]),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
