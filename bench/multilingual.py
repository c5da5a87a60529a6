"""Extraction in the ten languages on our own annotated set, scored per language by the shared scorer.

usage: python -m bench.multilingual [--json] [--show-errors N]

bench/data/multilingual.jsonl holds news-style texts written for this project (not third-party text;
the events are invented): short posts, and longer wire-style reports with updated tolls, background
figures and quoted officials, annotated per ../shared/docs/annotation-guidelines.md, with a "lang"
field. The whole set is briefed by `python -m bot brief --jsonl` in one process; the scorer then runs
on each language's subset and on each batch.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Collection
from pathlib import Path

from bench.common import ROOT, jsonl, shared

DATA = ROOT / "bench" / "data" / "multilingual.jsonl"
# The batches, in the order they were written. Each was scored once before anything was tuned on it
# (README, "Ten languages"); later batches were then used to find general fixes, so only the last ones
# written, UNTOUCHED, are still an estimate for text we have never seen (tests gate the others on the bars).
UNTOUCHED: tuple[str, ...] = ("long18", "long19")
SETS = {
    "multilingual": "short",
    "heldout": "short, held-out",
    "heldout2": "short, held-out 2",
    "long": "long",
    "long2": "long 2",
    "long3": "long 3",
    "long4": "long 4",
    "long5": "long 5",
    "long6": "long 6, every text with a truce",
    "long7": "long 7, every text with a truce",
    "long8": "long 8",
    "long9": "long 9",
    "long10": "long 10",
    "long11": "long 11",
    "long12": "long 12",
    "long13": "long 13",
    "long14": "long 14",
    "long15": "long 15",
    "long16": "long 16",
    "long17": "long 17",
    "long18": "long 18",
    "long19": "long 19",
}
FIELDS = ("actorF1", "killed", "killedFP", "ceasefire", "ceasefireFP")
_SUMMARY = re.compile(r"(actorF1|killed|killedFP|ceasefire|ceasefireFP)=([0-9.]+|nan)")


def predict(gold: list[dict]) -> dict[str, dict]:
    """The briefing of every gold text, by id, from the real CLI."""
    out = subprocess.run(
        [sys.executable, "-m", "bot", "brief", "--jsonl", str(DATA)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    lines = [json.loads(x) for x in out.stdout.splitlines() if x.strip()]
    return {p["id"]: p for p in lines}


def score(gold: list[dict], pred: dict[str, dict], show_errors: int = 0) -> tuple[dict[str, float], str]:
    """The shared scorer's figures on `gold` (and its printed table)."""
    with tempfile.TemporaryDirectory() as tmp:
        g, p = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        g.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in gold), encoding="utf-8")
        p.write_text("".join(json.dumps(pred[x["id"]], ensure_ascii=False) + "\n" for x in gold),
                     encoding="utf-8")
        tool = shared("tools", "score_briefings.py")
        out = subprocess.run([sys.executable, str(tool), str(g), str(p), "--show-errors", str(show_errors)],
                             capture_output=True, text=True).stdout
    figures = {k: float(v) for k, v in _SUMMARY.findall(out.strip().splitlines()[-1])}
    return figures, out


def measure(show_errors: int = 0, leave_out: Collection[str] = ()) -> dict[str, dict[str, float]]:
    """Per language, over all, and per batch (SETS): the scorer's figures, plus `detected`, the share of
    texts whose language the engine detected right, and `n`, the number of texts. `leave_out` drops
    those batches from every row."""
    gold = [x for x in jsonl(DATA) if x.get("set") not in leave_out]
    pred = predict(gold)
    table: dict[str, dict[str, float]] = {}
    groups = {lang: [x for x in gold if x["lang"] == lang] for lang in dict.fromkeys(x["lang"] for x in gold)}
    groups["all"] = gold
    for name, label in SETS.items():
        if name not in leave_out:
            groups[label] = [x for x in gold if x.get("set") == name]
    unseen = [x for x in gold if x.get("set") in UNTOUCHED]
    if len(UNTOUCHED) > 1 and unseen:  # the estimate for text never seen, pooled
        groups["never tuned on: " + " + ".join(SETS[name] for name in UNTOUCHED)] = unseen
    for lang, subset in groups.items():
        figures, text = score(subset, pred, show_errors)
        if show_errors and lang != "all":
            print(f"--- {lang}\n{text}", file=sys.stderr)
        detected = [pred[x["id"]].get("briefing", {}).get("language") == x["lang"] for x in subset]
        table[lang] = {**figures, "detected": sum(detected) / len(detected), "n": len(subset)}
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    ap.add_argument("--show-errors", type=int, default=0, help="print up to N errors per language on stderr")
    args = ap.parse_args()
    table = measure(args.show_errors)
    if args.json:
        print(json.dumps(table, indent=1))
        return
    print(f"Our own set, {DATA.relative_to(ROOT)} (bars: actor F1 ≥ 0.75, killed exact ≥ 0.80, "
          "ceasefire ≥ 0.80 where mentioned, invented ≤ 0.05 where none)\n")
    print("| language | texts | actor F1 | killed exact | killed invented | ceasefire right | "
          "ceasefire invented | language detected |")
    print("|---|---|---|---|---|---|---|---|")
    for lang, f in table.items():
        print(f"| {lang} | {f['n']:.0f} | {f['actorF1']:.3f} | {f['killed']:.3f} | {f['killedFP']:.3f} | "
              f"{f['ceasefire']:.3f} | {f['ceasefireFP']:.3f} | {f['detected']:.3f} |")


if __name__ == "__main__":
    main()
