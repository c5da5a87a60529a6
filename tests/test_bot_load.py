"""A heavier run over the wire: a 50,000-word file accepted and answered cleanly.

Latency is measured by bench/bot_latency.py, not here: timings belong in benchmarks, not in tests."""

from __future__ import annotations

import random

import pytest
from bot_client import BotProcess, User, text_of

pytestmark = pytest.mark.slow



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
