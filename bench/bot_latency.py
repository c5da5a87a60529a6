"""Update-to-reply latency of the real bot over a Bot API wire, against the engine's own time.

usage: python -m bench.bot_latency [--runs N]

`python -m bot run` talks to the fake Bot API server of the tests on 127.0.0.1; an ~800-word post
from the conflict dev set is sent RUNS times. The bar: p95 update→reply ≤ 2 × engine p95 + 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, conflict_texts
from bot.briefing.pipeline import brief
from bot.ingest.text import document_from_text

sys.path.insert(0, str(ROOT / "tests"))  # the fake Bot API server and its client are test tools
from bot_client import BotProcess, User
from fake_bot_api import FakeBotAPI


def p95(values: list[float]) -> float:
    """The 95th percentile (inclusive method)."""
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def post_of_about(words: int) -> str:
    """The conflict dev text closest to `words` words."""
    return min(conflict_texts(), key=lambda item: abs(len(item["text"].split()) - words))["text"]


async def measure(runs: int) -> dict[str, float]:
    """Engine-only and over-the-wire timings of the same post, in seconds."""
    post = post_of_about(800)
    document = document_from_text(post)
    brief(document)  # warm, as the running bot is
    engine = []
    for _ in range(runs):
        started = time.perf_counter()
        brief(document)
        engine.append(time.perf_counter() - started)
    api = await FakeBotAPI().start()
    with tempfile.TemporaryDirectory() as tmp:
        database = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}"
        # One user sends every post: the per-user rate limit is lifted for the measurement.
        bot = await BotProcess(api, database, log_dir=Path(tmp), SITREP_RATE_LIMIT_COUNT="1000").start()
        try:
            user = User(api, 301)
            await user.send(post)  # the first briefing loads the engine's resources in the bot
            wire = []
            for _ in range(runs):
                mark = len(api.calls)
                started = time.perf_counter()
                await api.push({"message": user.message(post)})
                await api.wait_for("sendMessage", lambda c: c.params.get("reply_markup") is not None,
                                   after=mark)
                wire.append(time.perf_counter() - started)
        finally:
            await bot.stop()
            await api.stop()
    return {"words": len(post.split()), "engine_p95": p95(engine), "wire_p95": p95(wire),
            "wire_median": statistics.median(wire)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=30)
    r = asyncio.run(measure(ap.parse_args().runs))
    bar = 2 * r["engine_p95"] + 0.1
    print("| measure | ms |\n|---|---|")
    print(f"| engine alone, p95 ({r['words']}-word post) | {r['engine_p95'] * 1000:.0f} |")
    print(f"| update → reply over the wire, median | {r['wire_median'] * 1000:.0f} |")
    print(f"| update → reply over the wire, p95 | {r['wire_p95'] * 1000:.0f} |")
    verdict = "met" if r["wire_p95"] <= bar else "NOT met"
    print(f"| bar: 2 × engine p95 + 100 ms | {bar * 1000:.0f} ({verdict}) |")


if __name__ == "__main__":
    main()
