"""From feed items to briefed stories about a topic: select, group, fetch and brief once, filter, merge."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from ..briefing.errors import BriefingError
from ..briefing.model import Briefing, Document
from ..feeds import FeedItem
from ..ingest.errors import IngestError
from ..ingest.fetcher import Fetcher
from ..ingest.link import document_from_url
from ..ingest.text import document_from_text
from .model import Story
from .stories import group_items, merge_stories, source_of
from .topics import Topic, match

__all__ = ["MAX_BRIEFED", "Briefed", "BriefingCache", "brief_item", "collect_stories", "select_items"]

log = logging.getLogger(__name__)

# Items fetched and briefed per run at most: each costs a page fetch and ~80 ms of CPU (median
# on the article-extraction pages, 2 sentences; p90 ~140 ms).
MAX_BRIEFED = 30
# Articles fetched at once.
CONCURRENCY = 4
# A digest shows two sentences a story.
SUMMARY_SENTENCES = 2


@dataclass(frozen=True)
class Briefed:
    """An item's document and briefing; `fetched` is False when the feed's own text was briefed."""

    document: Document
    briefing: Briefing
    fetched: bool


# Briefings by item link (or id): each item is briefed once per run, whatever the subscribers.
BriefingCache = dict[str, Briefed]


def select_items(topic: Topic, items: Sequence[FeedItem], limit: int = MAX_BRIEFED) -> list[FeedItem]:
    """Items whose headline or summary mentions the topic: full matches first, then partial, newest first."""
    oldest = datetime.min.replace(tzinfo=UTC)
    scored = []
    for item in {i.key: i for i in reversed(items)}.values():  # one per link; the first listed wins
        found = match(topic, item)
        if found.score > 0:
            scored.append((found.score, item.published or oldest, item))
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [item for _, _, item in scored[:limit]]


def _feed_document(item: FeedItem) -> Document:
    """The feed's own headline and summary as a Document (when the article cannot be fetched)."""
    document = document_from_text(item.text)
    return replace(
        document,
        title=item.title or document.title,
        url=item.link,
        site=item.source,
        published=item.published.isoformat() if item.published else document.published,
    )


async def brief_item(
    item: FeedItem, fetcher: Fetcher | None, cache: BriefingCache, *, fallback: bool = True
) -> Briefed | None:
    """The item briefed from its article, else (with `fallback`) from the feed's text; cached by item.

    None when the article cannot be fetched and `fallback` is off, or when the text cannot be briefed.
    """
    if item.key in cache:
        return cache[item.key]
    document: Document | None = None
    if item.link and fetcher is not None:
        try:
            document = await document_from_url(item.link, fetcher)
        except IngestError as exc:
            log.info("article not fetched: %s (%s)", item.link, exc.detail or exc)
    fetched = document is not None
    if document is None:
        if not fallback:
            return None
        document = _feed_document(item)
    elif not document.site:
        document = replace(document, site=item.source)
    try:
        briefing = await asyncio.to_thread(_brief, document)
    except BriefingError as exc:
        log.info("not briefed: %s (%s)", item.key, exc)
        return None
    cache[item.key] = result = Briefed(document, briefing, fetched)
    return result


def _brief(document: Document) -> Briefing:
    from ..briefing.pipeline import brief

    return brief(document, sentences=SUMMARY_SENTENCES)


async def _brief_group(
    group: list[FeedItem], fetcher: Fetcher | None, cache: BriefingCache
) -> Briefed | None:
    """The first article of the group that can be fetched and briefed, else the lead item's feed text."""
    for item in group:
        briefed = await brief_item(item, fetcher, cache, fallback=False)
        if briefed is not None:
            return briefed
    for item in group:
        briefed = await brief_item(item, None, cache)
        if briefed is not None:
            return briefed
    return None


async def _story(
    topic: Topic, group: list[FeedItem], fetcher: Fetcher | None, cache: BriefingCache
) -> Story | None:
    """The group as one Story if what was briefed is about the topic (every concept found), else None."""
    briefed = await _brief_group(group, fetcher, cache)
    if briefed is None or not match(topic, briefed.briefing, briefed.document.text):
        return None
    # The headline of the article that was read, else the newest outlet's headline.
    headline = briefed.briefing.title if briefed.fetched else None
    title = headline or group[0].title or briefed.briefing.title or group[0].key
    return Story(title=title, briefing=briefed.briefing, sources=tuple(source_of(i) for i in group))


async def collect_stories(
    topic: Topic,
    items: Sequence[FeedItem],
    fetcher: Fetcher | None,
    cache: BriefingCache | None = None,
    *,
    limit: int = MAX_BRIEFED,
    progress: Callable[[int, int], None] | None = None,
) -> list[Story]:
    """Briefed stories about `topic` from `items`: at most `limit` items considered, each briefed once."""
    cache = {} if cache is None else cache
    groups = group_items(select_items(topic, items, limit))
    gate = asyncio.Semaphore(CONCURRENCY)
    done = 0

    async def one(group: list[FeedItem]) -> Story | None:
        nonlocal done
        async with gate:
            story = await _story(topic, group, fetcher, cache)
        done += 1
        if progress is not None:
            progress(done, len(groups))
        return story

    stories = await asyncio.gather(*(one(g) for g in groups))
    return merge_stories([s for s in stories if s is not None])
