"""Shared test fixtures: paths to ../shared (third-party text read at run time, never copied)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test with a message where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is laid beside the checkout in CI)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed post the project started from."""
    return shared_path("fixtures", "seed_post.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    """What the seed post's briefing must say."""
    return json.loads(shared_path("fixtures", "seed_expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def conflict_items() -> list[dict]:
    """The annotated conflict news texts."""
    lines = shared_path("data", "conflict", "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]
