"""Paths and loaders the benchmarks share (third-party text is read from ../shared at run time)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared(*parts: str) -> Path:
    """A path under ../shared; exits with a message where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        sys.exit(f"{path} is missing: the benchmarks read ../shared beside the checkout.")
    return path


def jsonl(path: Path) -> list[dict]:
    """Every JSON object of a .jsonl file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def conflict_texts() -> list[dict]:
    """The annotated conflict news items."""
    return jsonl(shared("data", "conflict", "dev.jsonl"))


def bbc_texts() -> list[dict]:
    """The BBC articles with extractive reference summaries."""
    return jsonl(shared("data", "summaries", "bbc_summary_100.jsonl"))


def long_text(words: int) -> str:
    """About `words` words of real news: BBC articles one after another, paragraphs kept."""
    parts, n = [], 0
    while n < words:
        for item in bbc_texts():
            parts.append(item["text"])
            n += len(item["text"].split())
            if n >= words:
                break
    return "\n".join(parts)
