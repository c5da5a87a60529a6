"""Every benchmark in one table: `python -m bench.run` (see README). Sections print as they finish."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, shared


def section(title: str) -> None:
    print(f"\n### {title}\n", flush=True)


def run(*args: str) -> str:
    """Output of `python ARGS` from the repo root (stderr passes through)."""
    out = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.stderr.write(out.stderr)
        raise SystemExit(f"{' '.join(args)} failed with exit code {out.returncode}")
    return out.stdout


def conflict_quality() -> None:
    """Actors, killed and ceasefire on the annotated conflict news, by the shared scorer."""
    section("Extraction on ../shared/data/conflict/dev.jsonl (shared scorer)")
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text(run("-m", "bot", "brief", "--jsonl", str(shared("data", "conflict", "dev.jsonl"))))
        score = run(str(shared("tools", "score_briefings.py")), str(shared("data", "conflict", "dev.jsonl")),
                    str(pred), "--min-actor-f1", "0.85", "--min-killed", "0.85", "--max-killed-fp", "0.10",
                    "--min-ceasefire", "0.80")
    print("```\n" + score.strip() + "\n```")


def speed(quick: bool) -> None:
    """Whole briefing vs stock LexRank per article, and 1k/10k/50k-word scaling with peak memory."""
    section("Speed and memory")
    data = json.loads(run("-m", "bench.speed", *(["--quick"] if quick else [])))
    p = data["per_article"]
    print("| measure | value |\n|---|---|")
    print(f"| articles (conflict dev + BBC) | {p['articles']} |")
    print(f"| whole briefing, median ms per article | {p['briefing_ms']:.1f} |")
    print(f"| stock sumy LexRank alone (its stemmer and stop words), median ms | {p['lexrank_ms']:.1f} |")
    print(f"| ratio of medians (bar ≤ 2.0) | {p['ratio_of_medians']:.2f} |")
    print(f"| median per-article ratio | {p['median_ratio']:.2f} |")
    print(f"| LexRank with our C stemmer instead of sumy's, median ms | {p['lexrank_fast_ms']:.1f} |")
    print(f"| ratio to that stricter baseline | {p['ratio_to_fast']:.2f} |")
    print("\n| input | words | seconds | peak RSS MB |\n|---|---|---|---|")
    for row in data["scaling"]:
        print(f"| paste | {row['words']:,} | {row['seconds']:.2f} | {row['peak_mb']:.0f} |")


def optional(module: str, title: str, *args: str) -> None:
    """A benchmark owned by another part of the project, printed as it prints itself."""
    if not (ROOT / "bench" / f"{module}.py").exists():
        return
    section(title)
    print(run("-m", f"bench.{module}", *args).strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer repeats, smaller samples")
    args = ap.parse_args()
    print(f"Sitrep benchmarks — {time.strftime('%Y-%m-%d')} — {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    optional("summaries", "Summaries on ../shared/data/summaries (ROUGE F1, sentence F1, ms)")
    conflict_quality()
    speed(args.quick)
    optional("extraction", "Article extraction on ../shared/data/article-extraction")
    optional("multilingual", "Extraction in ten languages on our own annotated set (shared scorer)")
    optional("bot_latency", "Bot: update to reply over the Bot API wire")
    optional("digest_send", "Digests: broadcast against a rate-limited fake Bot API")


if __name__ == "__main__":
    main()
