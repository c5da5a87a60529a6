"""The same story from several outlets, grouped into one item with its sources listed.

Two reports are the same story when their headlines (or headline + summary) share enough content
words: Jaccard overlap of stemmed words that are not stop words. After briefing, two stories that
name the same actors and the same death toll are merged too, with a lower word overlap.
Candidates come from an inverted index of words, so grouping stays close to linear.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TypeVar

from ..briefing.lexicon import stemmer, stop_words
from ..feeds import FeedItem
from .model import Source, Story

__all__ = ["content_words", "group_items", "jaccard", "merge_stories", "source_of"]

# Headlines of one story share most of their content words; two stories of one conflict share the
# place and the parties only (measured on hand-made pairs in tests/test_digest.py).
SAME_STORY = 0.4
# With the same actors and the same death toll, less word overlap is enough.
SAME_STORY_WITH_FACTS = 0.2
# Headlines sharing fewer words than this are never one story on word overlap alone.
MIN_SHARED = 3

_TOKEN = re.compile(r"[\w\u200c]+")
T = TypeVar("T")


@cache
def _en() -> tuple[frozenset[str], Callable[[str], str]]:
    return stop_words("en"), stemmer("en")


def content_words(text: str) -> frozenset[str]:
    """Stemmed, lower-case words of `text` that carry content (no stop words, no 1–2 letter words)."""
    stops, stem = _en()
    out = set()
    for token in _TOKEN.findall(text.lower()):
        if token.isdigit() or (len(token) > 2 and token not in stops):
            out.add(stem(token))
    return frozenset(out)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _similar(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]],
             threshold: float) -> bool:
    """Same story by headline words, or by headline + summary words."""
    return any(len(x & y) >= MIN_SHARED and jaccard(x, y) >= threshold for x, y in zip(a, b, strict=True))


def _cluster(entries: Sequence[T], signature: Callable[[T], tuple[frozenset[str], frozenset[str]]],
             same: Callable[[int, int], bool]) -> list[list[int]]:
    """Greedy single-pass grouping: each entry joins the first earlier group holding a similar entry."""
    sigs = [signature(e) for e in entries]
    index: dict[str, set[int]] = defaultdict(set)  # word → groups holding it
    groups: list[list[int]] = []
    for i, (head, body) in enumerate(sigs):
        candidates = sorted(set().union(*(index[w] for w in head | body)) if head | body else set())
        chosen = next((g for g in candidates if any(same(i, j) for j in groups[g])), None)
        if chosen is None:
            chosen = len(groups)
            groups.append([])
        groups[chosen].append(i)
        for w in head | body:
            index[w].add(chosen)
    return groups


def _item_signature(item: FeedItem) -> tuple[frozenset[str], frozenset[str]]:
    head = content_words(item.title)
    return head, head | content_words(item.summary)


def group_items(items: Sequence[FeedItem], threshold: float = SAME_STORY) -> list[list[FeedItem]]:
    """Feed items grouped by story, in the order given; one item per link/id (repeats dropped)."""
    unique = list({item.key: item for item in reversed(items)}.values())[::-1]
    sigs = [_item_signature(i) for i in unique]

    def same(i: int, j: int) -> bool:
        return _similar(sigs[i], sigs[j], threshold)

    return [[unique[i] for i in g] for g in _cluster(unique, _item_signature, same)]


def source_of(item: FeedItem) -> Source:
    """The Source line for one feed item."""
    return Source(item.title, item.link, item.source, item.published)


def _facts(story: Story) -> tuple[frozenset[str], int | None]:
    b = story.briefing
    killed = b.casualties.killed.min if b.casualties.killed else None
    return frozenset(a.name for a in b.actors), killed


def _story_signature(story: Story) -> tuple[frozenset[str], frozenset[str]]:
    head = content_words(story.title)
    return head, head | content_words(" ".join(story.briefing.summary))


def merge_stories(stories: Sequence[Story]) -> list[Story]:
    """Briefed stories merged when they are one story: similar words, or shared actors and death toll."""
    sigs = [_story_signature(s) for s in stories]
    facts = [_facts(s) for s in stories]

    def same(i: int, j: int) -> bool:
        if _similar(sigs[i], sigs[j], SAME_STORY):
            return True
        (actors_i, killed_i), (actors_j, killed_j) = facts[i], facts[j]
        return (
            killed_i is not None
            and killed_i == killed_j
            and len(actors_i & actors_j) >= 2
            and _similar(sigs[i], sigs[j], SAME_STORY_WITH_FACTS)
        )

    merged: list[Story] = []
    for group in _cluster(stories, _story_signature, same):
        members = [stories[i] for i in group]
        # Keep the fullest briefing: the one that read the most words (a fetched article, not a teaser).
        lead = max(members, key=lambda s: s.briefing.words)
        sources: dict[str, Source] = {}
        for s in members:
            for src in s.sources:
                sources.setdefault(src.link or f"{src.site}:{src.title}", src)
        merged.append(replace(lead, sources=tuple(sources.values())))
    return merged
