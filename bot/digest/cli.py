"""`python -m bot digest --topic "…" [--feed URL …]`: today's digest of a topic in the terminal."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TextIO

from ..feeds import FeedItem, FeedResult, fetch_feed
from ..ingest.errors import IngestError
from ..ingest.fetcher import Fetcher
from ..settings import Settings
from .collect import MAX_BRIEFED, collect_stories
from .compose import compose_digest
from .render import digest_text
from .topics import parse_topic

__all__ = ["feed_urls", "run_digest_cli"]

# A daily digest looks back one day; undated items are kept (the feed is their only clock).
DEFAULT_HOURS = 24.0


def feed_urls(settings: Settings, feeds: Sequence[str] | None = None) -> list[str]:
    """The feeds to read: the ones given, else SITREP_FEEDS (comma- or space-separated), without repeats."""
    raw = list(feeds) if feeds else settings.feeds.replace("\n", ",").split(",")
    urls = [u.strip() for part in raw for u in part.split() if u.strip()]
    return list(dict.fromkeys(urls))


def _reason(exc: BaseException) -> str:
    """One line for a failed feed: the user message and, where known, the technical detail."""
    if isinstance(exc, IngestError):
        # The messages are written for chat users ("…; paste the article text instead"): keep what
        # happened, drop the advice, add the technical detail.
        what = str(exc).split(";")[0].rstrip(".")
        text = f"{what} ({exc.detail})" if exc.detail else what
    else:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return " ".join(text.split())


async def _poll(urls: list[str], fetcher: Fetcher) -> tuple[list[FeedResult], list[tuple[str, str]]]:
    results = await asyncio.gather(*(fetch_feed(u, fetcher) for u in urls), return_exceptions=True)
    ok: list[FeedResult] = []
    failed: list[tuple[str, str]] = []
    for url, result in zip(urls, results, strict=True):
        if isinstance(result, FeedResult):
            ok.append(result)
        elif isinstance(result, Exception):
            failed.append((url, _reason(result)))
        else:  # KeyboardInterrupt and the like: not ours to swallow
            raise result
    return ok, failed


def _recent(items: list[FeedItem], hours: float | None, now: datetime) -> list[FeedItem]:
    if hours is None:
        return items
    since = now - timedelta(hours=hours)
    return [i for i in items if i.published is None or i.published >= since]


async def _run(topic_text: str, settings: Settings, urls: list[str], hours: float | None, limit: int,
               out: TextIO, err: TextIO) -> int:
    from tqdm import tqdm

    topic = parse_topic(topic_text)
    now = datetime.now(UTC)
    fetcher = Fetcher(settings)
    try:
        results, failed = await _poll(urls, fetcher)
        if not results:
            why = "; ".join(f"{url}: {reason}" for url, reason in failed)
            print(f"All {len(urls)} feed{'s' if len(urls) != 1 else ''} failed — {why}", file=err)
            return 1
        for url, reason in failed:
            print(f"Feed skipped: {url}: {reason}", file=err)
        items = _recent([i for r in results for i in r.items], hours, now)
        bar = tqdm(total=0, unit="story", desc="briefing", disable=not err.isatty(), file=err, leave=False)

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

        try:
            stories = await collect_stories(topic, items, fetcher, limit=limit, progress=progress)
        finally:
            bar.close()
    finally:
        await fetcher.aclose()
    since = now - timedelta(hours=hours) if hours is not None else None
    digest = compose_digest(topic.name, stories, limit=settings.digest_stories, since=since, day=now.date())
    out.write(digest_text(digest))
    return 0


def run_digest_cli(
    topic: str,
    settings: Settings,
    feeds: list[str] | None = None,
    *,
    hours: float | None = DEFAULT_HOURS,
    limit: int = MAX_BRIEFED,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Print today's digest of `topic` from `feeds` (else settings.feeds); returns the exit code.

    `hours` is how far back items count (None or 0: all); `limit` caps the items fetched and briefed.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    hours = hours if hours and hours > 0 else None
    if not parse_topic(topic).concepts:
        print('Say which topic, in words to look for: python -m bot digest --topic "Pakistan Afghanistan"',
              file=err)
        return 2
    urls = feed_urls(settings, feeds)
    if not urls:
        print("No feeds configured: set SITREP_FEEDS (comma-separated RSS/Atom URLs) or pass --feed URL.",
              file=err)
        return 2
    return asyncio.run(_run(topic, settings, urls, hours, limit, out, err))
