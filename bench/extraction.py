"""Article extraction measured against scrapinghub's article-extraction-benchmark ground truth.

Run: `.venv/bin/python -m bench.extraction` (all option sets) or `--only chosen`.

Metric, as that benchmark's evaluate.py defines it: tokens are `\\w+` runs (case kept); each body is
a multiset of 4-token shingles; per page, TP/FP/FN are the clipped shingle-count overlaps, normalised
to sum to 1; precision and recall are the macro means over pages (pages with nothing predicted are
left out of precision, pages with no truth out of recall); F1 is the harmonic mean of those two
means. The same is printed over single tokens (n=1) for comparison.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import trafilatura

from bot.ingest.article import EXTRACTION_OPTIONS, FALLBACK_OPTIONS, check_article, decode_html, extract_text
from bot.ingest.errors import IngestError

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction"
# F1 on this set from the benchmark's README (via ../shared/data/README.md).
PUBLISHED = {
    "trafilatura 2.0": 0.958, "newspaper4k": 0.949, "readability.js": 0.947, "readability-lxml": 0.922,
    "goose3": 0.896, "justext": 0.804, "html-text": 0.665,
}
# None = what the bot does: EXTRACTION_OPTIONS, falling back to FALLBACK_OPTIONS on short output.
OPTION_SETS: dict[str, Mapping[str, Any] | None] = {
    "chosen": None,
    "precision": EXTRACTION_OPTIONS,
    "balanced": FALLBACK_OPTIONS,
    "default": {},
    "raw-default": {},
    "no-tables": {"include_comments": False, "include_tables": False},
    "recall": {"include_comments": False, "favor_recall": True},
    "fast": {"include_comments": False, "fast": True},
    "precision-fast": {"include_comments": False, "favor_precision": True, "fast": True},
    "dedup": {"include_comments": False, "deduplicate": True},
}
OPTION_NOTES = {
    "chosen": "precision, balanced when short",
    "precision": "favor_precision, no comments",
    "balanced": "no comments",
    "default": "trafilatura defaults",
    "raw-default": "trafilatura defaults, its text as is; every other row drops a first line that"
    " repeats the title",
}
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles of `text` (one short shingle if it has fewer than n tokens)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def tp_fp_fn(true: str, pred: str, n: int) -> tuple[float, float, float]:
    """Clipped shingle overlap of one page, normalised to sum to 1 so long pages weigh no more."""
    t, p = shingles(true, n), shingles(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(counts: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Macro precision, recall and their harmonic mean, the benchmark's way."""
    counts = list(counts)

    def ratio(hit: float, miss: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return hit / (hit + miss) if hit + miss else 0.0

    precision = statistics.mean(ratio(tp, fp, fp, fn) for tp, fp, fn in counts if tp + fp > 0)
    recall = statistics.mean(ratio(tp, fn, fp, fn) for tp, fp, fn in counts if tp + fn > 0)
    return precision, recall, 2 * precision * recall / (precision + recall)


def load_pages() -> list[tuple[str, str, str]]:
    """(page HTML decoded our way, its URL, its true body) for every page of the set."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key, item in sorted(truth.items()):
        html = decode_html(gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes()))
        pages.append((html, item["url"], item.get("articleBody", "")))
    return pages


def extract_all(
    pages: list[tuple[str, str, str]], options: Mapping[str, Any] | None, raw: bool = False
) -> tuple[list[str], list[str], Counter]:
    """Extracted bodies, the same with '' where the bot refuses the page, and the refusals by kind."""
    bodies, kept, refused = [], [], Counter()
    for html, url, _ in pages:
        if raw:
            result = trafilatura.bare_extraction(html, url=url)
            text = (result.text or "") if result is not None else ""
        else:
            text = extract_text(html, url, options)
        bodies.append(text)
        try:
            check_article(text, html)
            kept.append(text)
        except IngestError as exc:
            kept.append("")
            refused[type(exc).__name__] += 1
    return bodies, kept, refused


def main(argv: list[str] | None = None) -> int:
    """Print P/R/F1 of each option set beside the published figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=list(OPTION_SETS), help="measure one option set")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} is missing", file=sys.stderr)
        return 1
    pages = load_pages()
    names = [args.only] if args.only else list(OPTION_SETS)
    print(f"{len(pages)} pages. P/R/F1: 4-token shingles, the benchmark's metric; tok: single tokens;")
    print("bot F1: shingles with pages the bot refuses (paywall, too short) counted as empty.")
    head = f"{'options':<16}{'P':>7}{'R':>7}{'F1':>7}{'tok P':>8}{'tok R':>7}{'tok F1':>7}{'bot F1':>8}"
    print(f"{head}  ms/page  refused")
    for name in names:
        start = time.perf_counter()
        bodies, kept, refused = extract_all(pages, OPTION_SETS[name], raw=name == "raw-default")
        ms = (time.perf_counter() - start) * 1000 / len(pages)
        truth = [t for _, _, t in pages]
        p, r, f = scores(tp_fp_fn(t, b, 4) for t, b in zip(truth, bodies, strict=True))
        tp_, tr, tf = scores(tp_fp_fn(t, b, 1) for t, b in zip(truth, bodies, strict=True))
        bot_f = scores(tp_fp_fn(t, b, 4) for t, b in zip(truth, kept, strict=True))[2]
        why = ", ".join(f"{k} {v}" for k, v in sorted(refused.items())) or "-"
        print(f"{name:<16}{p:7.3f}{r:7.3f}{f:7.3f}{tp_:8.3f}{tr:7.3f}{tf:7.3f}{bot_f:8.3f}  {ms:7.1f}  {why}")
    for name, note in OPTION_NOTES.items():
        print(f"  {name}: {note}")
    print("published F1 (same set, shingles):")
    for name, f1 in PUBLISHED.items():
        print(f"  {name:<24}{f1:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
