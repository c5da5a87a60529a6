"""Summary benchmark on the BBC set: ROUGE, sentence P/R/F1 and time per article for each method.

Run from the repo root:  .venv/bin/python -m bench.summaries [--variants] [--long]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from bench.rouge import scores
from bot.briefing.lexicon import stemmer, stop_words
from bot.briefing.model import Sentence
from bot.briefing.sentences import split_sentences, words
from bot.briefing.summary import LeadDegreeSummarizer, summarize, summary_length, sumy_document

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "summaries" / "bbc_summary_100.jsonl"

Method = Callable[[list[Sentence], int], tuple[int, ...]]


def load(path: Path = DATA) -> list[dict]:
    """The BBC articles with their reference sentences."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def lead(sentences: list[Sentence], count: int) -> tuple[int, ...]:
    """The first `count` sentences."""
    return tuple(s.index for s in sentences[:count])


def with_sumy(make: Callable[[], object]) -> Method:
    """A method running a sumy summarizer on our document model, mapped back to sentence indices."""

    def run(sentences: list[Sentence], count: int) -> tuple[int, ...]:
        document = sumy_document(sentences)
        index_of = {id(s): ours.index for s, ours in zip(document.sentences, sentences, strict=True)}
        return tuple(sorted(index_of[id(s)] for s in make()(document, count)))

    return run


def stock(cls: type) -> Callable[[], object]:
    """A stock sumy summarizer with our English stemmer and stop words."""

    def make() -> object:
        summarizer = cls(stemmer("en"))
        summarizer.stop_words = stop_words("en")
        return summarizer

    return make


def positional(cls: type, decay: float) -> Callable[[], object]:
    """A sumy summarizer whose ratings are divided by (position + 1) ** decay."""

    class Positional(cls):  # type: ignore[misc,valid-type]
        def _get_best_sentences(self, sentences, count, rating, *args, **kwargs):  # type: ignore[no-untyped-def]
            if isinstance(rating, dict):
                base = rating.__getitem__
            else:
                def base(s):  # type: ignore[no-untyped-def]
                    return rating(s, *args, **kwargs)
            position = {id(s): i for i, s in enumerate(sentences)}
            return super()._get_best_sentences(
                sentences, count, lambda s: base(s) / (position[id(s)] + 1) ** decay
            )

    return stock(Positional)


def ours(decay: float, redundancy: float = LeadDegreeSummarizer.redundancy, words_list: str = "both",
         stem: bool = True) -> Method:
    """The chosen method with its parameters set (for the variants table)."""

    def run(sentences: list[Sentence], count: int) -> tuple[int, ...]:
        summarizer = LeadDegreeSummarizer(stemmer("en") if stem else str, _stop_list(words_list))
        summarizer.position_decay = decay
        summarizer.redundancy = redundancy
        document = sumy_document(sentences)
        index_of = {id(s): o.index for s, o in zip(document.sentences, sentences, strict=True)}
        return tuple(sorted(index_of[id(s)] for s in summarizer(document, count)))

    return run


def _stop_list(which: str) -> frozenset[str]:
    """English stop words: ours (both lists), stopwordsiso's only, or sumy's only."""
    import stopwordsiso
    from sumy.utils import get_stop_words

    if which == "iso":
        return frozenset(stopwordsiso.stopwords("en"))
    if which == "sumy":
        return frozenset(get_stop_words("english"))
    return stop_words("en")


def evaluate(rows: list[dict], method: Method, length: str) -> dict[str, float]:
    """Mean ROUGE-1/2/L F1, sentence P/R/F1 and median ms per article of `method`."""
    r1, r2, rl, sp, sr, sf, ms = [], [], [], [], [], [], []
    for row in rows:
        sentences = split_sentences(row["text"], "en")
        reference = set(row["summary_sentences"])
        if length == "reference":
            count = len(reference)
        else:
            count = summary_length(len(sentences), len(words(row["text"])))
        start = time.perf_counter()
        chosen = method(sentences, count)
        ms.append((time.perf_counter() - start) * 1000)
        picked = [sentences[i].text for i in chosen]
        # References in article order, so ROUGE-L compares like with like.
        ordered_reference = [s.text for s in sentences if s.text in reference]
        a, b, c = scores(" ".join(picked), " ".join(ordered_reference))
        r1.append(a)
        r2.append(b)
        rl.append(c)
        hits = sum(1 for p in picked if p in reference)
        precision = hits / len(picked) if picked else 0.0
        recall = hits / len(reference)
        sp.append(precision)
        sr.append(recall)
        sf.append(2 * precision * recall / (precision + recall) if hits else 0.0)
    mean = statistics.fmean
    return {"R1": mean(r1), "R2": mean(r2), "RL": mean(rl), "P": mean(sp), "R": mean(sr), "F1": mean(sf),
            "ms": statistics.median(ms)}


def table(rows: list[dict], methods: dict[str, Method], length: str) -> None:
    """Print one row per method."""
    print(f"\nlength = {length}   ({len(rows)} articles)")
    print(f"{'method':34} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'sentP':>6} {'sentR':>6} {'sentF1':>6} {'ms':>7}")
    for name, method in methods.items():
        # One warm-up pass so stem memos and imports do not charge the first method.
        method(split_sentences(rows[0]["text"], "en"), 3)
        m = evaluate(rows, method, length)
        print(f"{name:34} {m['R1']:6.3f} {m['R2']:6.3f} {m['RL']:6.3f} {m['P']:6.3f} {m['R']:6.3f} "
              f"{m['F1']:6.3f} {m['ms']:7.2f}")


def long_text(rows: list[dict], target_words: int = 50_000, seed: int = 7) -> str:
    """A paste of about `target_words` words: BBC sentences shuffled into paragraphs of five."""
    pool = [s.text for row in rows for s in split_sentences(row["text"], "en")]
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < target_words:
        sentence = rng.choice(pool)
        out.append(sentence)
        total += len(words(sentence))
    return "\n".join(" ".join(out[i : i + 5]) for i in range(0, len(out), 5))


def _long_child(kind: str) -> None:
    """Run one long-text measurement in this process and print seconds and peak RSS (MB)."""
    text = long_text(load())
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    sentences = split_sentences(text, "en")
    if kind == "ours":
        summarize(sentences, "en", summary_length(len(sentences), len(words(text))))
    else:
        with_sumy(stock(LexRankSummarizer))(sentences, 7)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"kind": kind, "words": len(words(text)), "sentences": len(sentences),
                      "seconds": round(seconds, 3), "peak_mb": round(peak / 1024, 1),
                      "added_mb": round((peak - base) / 1024, 1)}))


def long_case(include_lexrank: bool) -> None:
    """The 50,000-word paste: time and memory of split + summary, each in a fresh process."""
    print("\n50,000-word paste (BBC sentences shuffled), split + summary, fresh process each:")
    for kind in ["ours", *(["lexrank"] if include_lexrank else [])]:
        result = subprocess.run([sys.executable, "-m", "bench.summaries", "--long-child", kind],
                                capture_output=True, text=True, check=True)
        print(" ", result.stdout.strip())


def halves(rows: list[dict]) -> None:
    """Sentence F1 of each position decay on two random halves: a value must win on both to count."""
    order = list(range(len(rows)))
    random.Random(1).shuffle(order)
    half = len(rows) // 2
    parts = [[rows[i] for i in order[:half]], [rows[i] for i in order[half:]]]
    print("\nposition decay, sentence F1 at reference length on two random halves:")
    for decay in (0.0, 0.05, 0.1, 0.15, 0.2, 0.3):
        f1 = [evaluate(part, ours(decay), "reference")["F1"] for part in parts]
        print(f"  decay={decay:<5} half A {f1[0]:.3f}  half B {f1[1]:.3f}")


def main() -> None:
    """Print the comparison tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--variants", action="store_true", help="also print the tuning variants")
    parser.add_argument("--long", action="store_true", help="also time the 50,000-word paste")
    parser.add_argument("--long-lexrank", action="store_true", help="time stock LexRank on it too (~1 min)")
    parser.add_argument("--long-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.long_child:
        _long_child(args.long_child)
        return
    rows = load()
    ratio = statistics.median(
        len(r["summary_sentences"]) / len(split_sentences(r["text"], "en")) for r in rows
    )
    print(f"reference summaries keep a median {ratio:.2f} of the article's sentences")
    methods: dict[str, Method] = {
        "Lead-N": lead,
        "Lead-3 (always 3)": lambda s, n: lead(s, 3),
        "sumy LexRank": with_sumy(stock(LexRankSummarizer)),
        "sumy TextRank": with_sumy(stock(TextRankSummarizer)),
        "sumy LSA": with_sumy(stock(LsaSummarizer)),
        "sumy Luhn": with_sumy(stock(LuhnSummarizer)),
        "sumy SumBasic": with_sumy(stock(SumBasicSummarizer)),
        "LexRank / (i+1)^0.5": with_sumy(positional(LexRankSummarizer, 0.5)),
        "Luhn / (i+1)^0.5": with_sumy(positional(LuhnSummarizer, 0.5)),
        "chosen: lead-degree (summarize)": lambda s, n: summarize(s, "en", n),
    }
    if args.variants:
        for decay in (0.0, 0.05, 0.15, 0.2, 0.3, 0.5, 1.0):
            methods[f"lead-degree decay={decay}"] = ours(decay)
        methods["lead-degree no redundancy cut"] = ours(0.1, redundancy=1.01)
        methods["lead-degree redundancy 0.6"] = ours(0.1, redundancy=0.6)
        methods["lead-degree stop words iso only"] = ours(0.1, words_list="iso")
        methods["lead-degree stop words sumy only"] = ours(0.1, words_list="sumy")
        methods["lead-degree no stemming"] = ours(0.1, stem=False)
        for decay in (0.25, 1.0):
            methods[f"LexRank / (i+1)^{decay}"] = with_sumy(positional(LexRankSummarizer, decay))
            methods[f"Luhn / (i+1)^{decay}"] = with_sumy(positional(LuhnSummarizer, decay))
        halves(rows)
    table(rows, methods, "reference")
    at_rule = ("Lead-N", "sumy LexRank", "sumy TextRank", "chosen: lead-degree (summarize)")
    table(rows, {k: methods[k] for k in at_rule}, "summary_length")
    if args.long or args.long_lexrank:
        long_case(args.long_lexrank)


if __name__ == "__main__":
    main()
