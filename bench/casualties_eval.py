"""Measure the casualties extractor alone on the conflict dev set with the project's scorer.

usage: python bench/casualties_eval.py [DEV.jsonl] [--show-errors N]
Writes briefings holding only casualties to a temporary file and runs shared/tools/score_briefings.py
(actors and ceasefire then score 0: ignore those lines).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.briefing.casualties import extract_casualties  # noqa: E402
from bot.briefing.sentences import split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared"


def casualties_json(text: str, language: str = "en") -> dict:
    """The casualties part of a briefing, as `brief --json` writes it."""
    cas = extract_casualties(split_sentences(text, language), language)

    def head(r):
        if r is None:
            return None
        return {k: v for k, v in asdict(r).items() if k not in ("kind", "who", "side", "claimed_by")}

    reports = [asdict(r) for r in cas.reports]
    return {"killed": head(cas.killed), "injured": head(cas.injured), "reports": reports}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dev", nargs="?", default=str(SHARED / "data" / "conflict" / "dev.jsonl"))
    ap.add_argument("--show-errors", type=int, default=40)
    a = ap.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        for line in Path(a.dev).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            briefing = {"casualties": casualties_json(item["text"])}
            out.write(json.dumps({"id": item["id"], "briefing": briefing}) + "\n")
    scorer = SHARED / "tools" / "score_briefings.py"
    command = [sys.executable, str(scorer), a.dev, out.name, "--show-errors", str(a.show_errors)]
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
