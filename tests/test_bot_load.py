"""Heavier runs over the wire: update-to-reply latency of an ~800-word post against the engine's own
time (the README's bench bar), and a 50,000-word file accepted and answered cleanly."""

from __future__ import annotations

import json
import random
import statistics
import time

import pytest
from bot_client import BotProcess, User, text_of
from conftest import shared_path
from fake_bot_api import FakeBotAPI

from bot.briefing.pipeline import brief
from bot.ingest.text import document_from_text

pytestmark = pytest.mark.slow

RUNS = 15


def _post_of_about(words: int) -> str:
    """The conflict dev text closest to `words` words (read from ../shared at run time)."""
    lines = shared_path("data", "conflict", "dev.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    return min(items, key=lambda item: abs(len(item["text"].split()) - words))["text"]


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


@pytest.fixture
async def api():
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


async def test_reply_latency_of_an_800_word_post(api, tmp_path) -> None:
    post = _post_of_about(800)
    document = document_from_text(post)
    brief(document)  # warm the engine's resources, as the running bot has them warm
    engine = []
    for _ in range(RUNS):
        started = time.perf_counter()
        brief(document)
        engine.append(time.perf_counter() - started)
    # One user sends every post: the per-user rate limit is lifted for the measurement.
    database = f"sqlite+aiosqlite:///{tmp_path / 'bench.sqlite3'}"
    bot = await BotProcess(api, database, log_dir=tmp_path, SITREP_RATE_LIMIT_COUNT="1000").start()
    try:
        user = User(api, 301)
        await user.send(post)  # the first briefing loads the engine's resources in the bot
        wire = []
        for _ in range(RUNS):
            mark = len(api.calls)
            started = time.perf_counter()
            await api.push({"message": user.message(post)})
            await api.wait_for("sendMessage", lambda c: c.params.get("reply_markup") is not None, after=mark)
            wire.append(time.perf_counter() - started)
    finally:
        await bot.stop()
    engine_p95, wire_p95 = _p95(engine), _p95(wire)
    print(
        f"\n{len(post.split())} words: engine p95 {engine_p95 * 1000:.0f} ms, "
        f"update→reply p95 {wire_p95 * 1000:.0f} ms (bar {(2 * engine_p95 + 0.1) * 1000:.0f} ms)"
    )
    assert wire_p95 <= 2 * engine_p95 + 0.1


async def test_a_50000_word_file_is_briefed(api, tmp_path) -> None:
    rng = random.Random(7)
    # Sentences written for this test, shuffled into a long report of about 50,000 words.
    subjects = ["The army", "Rebel fighters", "The ministry", "Local officials", "Aid workers", "Observers"]
    verbs = ["reported", "denied", "confirmed", "described", "recorded", "announced"]
    objects = [
        "shelling near the river crossing",
        "a new convoy of refugees",
        "talks on a local truce",
        "damage to the border post",
        "a curfew in the northern district",
        "the reopening of the market",
    ]
    sentences = [
        f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)} on day {k}." for k in range(4600)
    ]
    text = "\n".join(" ".join(sentences[k : k + 8]) for k in range(0, len(sentences), 8))
    assert 45_000 <= len(text.split()) <= 60_000
    api.add_file("long.txt", text.encode("utf-8"), "documents/long.txt")
    database = f"sqlite+aiosqlite:///{tmp_path / 'long.sqlite3'}"
    bot = await BotProcess(api, database, log_dir=tmp_path).start()
    try:
        user = User(api, 302)
        document = {
            "file_id": "long.txt",
            "file_unique_id": "long",
            "file_name": "long.txt",
            "file_size": len(text.encode()),
        }
        replies = await user.send(document=document, timeout=120)
        assert "words →" in text_of(replies) and all(len(m["text"]) <= 4096 for m in replies)
        for button in ("Source", "More"):
            shown, _ = await user.press(replies[-1], button, timeout=120)
            assert shown and all(len(m["text"]) <= 4096 for m in shown)
    finally:
        await bot.stop()
