"""Write actor predictions for the conflict dev set and score them with the project's scorer.

usage: python bench/actors_eval.py [GOLD.jsonl] [--show-errors N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.briefing.actors import extract_actors  # noqa: E402
from bot.briefing.sentences import split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared"


def predict(items: list[dict]) -> list[dict]:
    """One scorer line per item: the actors only."""
    out = []
    for item in items:
        actors = extract_actors(split_sentences(item["text"], "en"), "en")
        out.append({"id": item["id"], "briefing": {"actors": [
            {"name": a.name, "type": a.type, "aliases": list(a.aliases), "mentions": a.mentions,
             "evidence": a.evidence, "group": a.group} for a in actors]}})
    return out


def main() -> int:
    """Predict, time, and run the scorer."""
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=str(SHARED / "data" / "conflict" / "dev.jsonl"))
    ap.add_argument("--show-errors", type=int, default=0)
    a = ap.parse_args()
    with open(a.gold, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    t0 = time.perf_counter()
    lines = predict(items)
    print(f"{len(items)} texts in {time.perf_counter() - t0:.2f} s")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(SHARED / "tools" / "score_briefings.py"), a.gold, f.name,
           "--show-errors", str(a.show_errors)]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
