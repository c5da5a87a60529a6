"""Write ceasefire-only predictions for a conflict set, for shared/tools/score_briefings.py.

usage: python -m bench.ceasefire_eval [GOLD.jsonl] [PRED.jsonl]
then:  python3 ../shared/tools/score_briefings.py GOLD.jsonl PRED.jsonl --show-errors 40
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.briefing.ceasefire import extract_ceasefire
from bot.briefing.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "conflict" / "dev.jsonl"


def predict(item: dict, language: str = "en") -> dict:
    """One prediction line {"id", "briefing": {"ceasefire": …}} for a gold item."""
    found = extract_ceasefire(split_sentences(item["text"], language), language)
    ceasefire = {"status": found.status, "qualifiers": list(found.qualifiers), "evidence": found.evidence,
                 "brokered_by": found.brokered_by, "where": found.where}
    return {"id": item["id"], "briefing": {"ceasefire": ceasefire}}


def main(argv: list[str]) -> int:
    """Read gold lines, write prediction lines; print where they went."""
    gold = Path(argv[0]) if argv else DEFAULT_GOLD
    out = Path(argv[1]) if len(argv) > 1 else Path("/tmp/ceasefire_pred.jsonl")
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if line.strip():
                dst.write(json.dumps(predict(json.loads(line)), ensure_ascii=False) + "\n")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
