"""Shared test fixtures: paths to ../shared (third-party text read at run time, never copied)."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# A post written for these tests: a clash with figures, actors and a blame exchange.
POST = (
    "Heavy shelling hit the northern border town of Velmora overnight, officials said on Monday. "
    "At least 14 civilians were killed and 30 wounded when rockets struck a crowded market. "
    "The Northern Alliance blamed government troops for the strikes, while the defence ministry "
    "denied any role and accused the rebels of staging the attack. Aid groups said hundreds of "
    "families had fled toward the river crossing, where shelters were already full."
)
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


@pytest.fixture
async def api():
    """A fake Bot API server on 127.0.0.1, stopped after the test."""
    from fake_bot_api import FakeBotAPI

    server = await FakeBotAPI().start()
    yield server
    await server.stop()


PG_URL = os.environ.get("SITREP_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")


@pytest.fixture
async def pg_schema():
    """A fresh PostgreSQL schema name, dropped afterwards (runs never collide).

    Skips with a message where no server answers; fails instead when SITREP_REQUIRE_POSTGRES=1 (CI).
    """
    import sqlalchemy as sa
    from sqlalchemy.ext.asyncio import create_async_engine

    schema = f"sitrep_test_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(PG_URL)
    try:
        async with admin.begin() as conn:
            await conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except Exception as error:  # unreachable server, missing database, refused login
        await admin.dispose()
        message = f"PostgreSQL not reachable at {PG_URL}: {type(error).__name__}: {error}"
        if os.environ.get("SITREP_REQUIRE_POSTGRES") == "1":
            pytest.fail(message + " (SITREP_REQUIRE_POSTGRES=1)")
        pytest.skip(message)
    try:
        yield schema
    finally:
        async with admin.begin() as conn:
            await conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()
