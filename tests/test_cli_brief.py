"""`python -m bot brief` end to end, as a person and the benchmarks run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, shared_path


def run_bot(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `python -m bot ARGS` from the repo root with no token set."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(ROOT), **(env or {})},
    )


def test_seed_post_briefing_passes_the_shared_check(tmp_path: Path) -> None:
    seed = shared_path("fixtures", "seed_post.txt")
    out = run_bot("brief", "--json", str(seed))
    assert out.returncode == 0, out.stderr
    result = tmp_path / "seed.json"
    result.write_text(out.stdout, encoding="utf-8")
    check = subprocess.run(
        [
            sys.executable,
            str(shared_path("tools", "check_seed.py")),
            str(shared_path("fixtures", "seed_expected.json")),
            str(result),
        ],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout


def test_text_output_is_readable() -> None:
    out = run_bot("brief", "samples/sample_post.txt")
    assert out.returncode == 0, out.stderr
    assert "Summary" in out.stdout and "Key actors" in out.stdout and "Ceasefire:" in out.stdout
    assert "words →" in out.stdout
    assert "Stay safe" not in out.stdout


def test_standard_input_and_sentence_override() -> None:
    text = (ROOT / "samples" / "sample_post.txt").read_text(encoding="utf-8")
    out = run_bot("brief", "--json", "--sentences", "2", "-", stdin=text)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert len(data["summary"]) == 2
    assert data["language"] == "en"
    assert set(data) >= {
        "language",
        "title",
        "url",
        "site",
        "words",
        "summary",
        "actors",
        "casualties",
        "ceasefire",
    }


def test_jsonl_keeps_ids_and_reports_errors_per_line(tmp_path: Path) -> None:
    text = (ROOT / "samples" / "sample_post.txt").read_text(encoding="utf-8")
    lines = [
        {"id": "a", "text": text},
        {"id": "b", "text": "   "},
        {"id": "c", "nothing": 1},
        {"id": 7, "text": text},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    out = run_bot("brief", "--jsonl", str(src))
    assert out.returncode == 0, out.stderr
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c", 7]
    assert "briefing" in rows[0] and "briefing" in rows[3]
    assert "error" in rows[1] and "error" in rows[2]


def test_empty_input_says_what_to_do() -> None:
    out = run_bot("brief", "-", stdin="\n  \n")
    assert out.returncode == 1
    assert "paste" in out.stderr.lower() and "Traceback" not in out.stderr


def test_missing_file_is_one_clear_line() -> None:
    out = run_bot("brief", "no/such/file.txt")
    assert out.returncode == 1
    assert "Cannot read no/such/file.txt" in out.stderr and "Traceback" not in out.stderr


def test_run_without_token_exits_with_one_line() -> None:
    out = run_bot("run", env={"TELEGRAM_BOT_TOKEN": ""})
    assert out.returncode != 0
    assert "TELEGRAM_BOT_TOKEN" in out.stderr + out.stdout
    assert "Traceback" not in out.stderr
