"""The engine against the annotated conflict news, scored by the project's shared scorer with its bars."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import shared_path

from bot.briefing.pipeline import brief
from bot.ingest.text import document_from_text
from bot.render.json import briefing_to_dict


def test_dev_set_meets_the_bars(tmp_path: Path, conflict_items: list[dict]) -> None:
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for item in conflict_items:
            b = briefing_to_dict(brief(document_from_text(item["text"])))
            out.write(json.dumps({"id": item["id"], "briefing": b}, ensure_ascii=False) + "\n")
    score = subprocess.run(
        [
            sys.executable,
            str(shared_path("tools", "score_briefings.py")),
            str(shared_path("data", "conflict", "dev.jsonl")),
            str(pred),
            "--min-actor-f1",
            "0.85",
            "--min-killed",
            "0.85",
            "--max-killed-fp",
            "0.10",
            "--min-ceasefire",
            "0.80",
            "--show-errors",
            "30",
        ],
        capture_output=True,
        text=True,
    )
    assert score.returncode == 0, score.stdout
