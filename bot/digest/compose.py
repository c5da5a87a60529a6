"""One topic's digest from its briefed stories: the situation in one line, then the top stories."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime

from ..briefing.model import CasualtyReport
from .model import Digest, Situation, Story
from .render import digest_html, digest_text, situation_line

__all__ = ["compose_digest", "digest_html", "digest_text", "rank_stories", "situation", "situation_line"]

# How many actors the situation line names.
SITUATION_ACTORS = 3


def rank_stories(stories: Sequence[Story]) -> list[Story]:
    """Most outlets first, then stories with figures or a ceasefire, then the newest."""
    oldest = datetime.min.replace(tzinfo=UTC)

    def key(s: Story) -> tuple[int, int, datetime]:
        b = s.briefing
        facts = int(b.casualties.killed is not None or b.casualties.injured is not None)
        facts += int(b.ceasefire.status != "none")
        return len(s.sources), facts, s.published or oldest

    return sorted(stories, key=key, reverse=True)


def _largest(reports: list[CasualtyReport]) -> CasualtyReport | None:
    """The highest figure reported (by its lower bound, else its upper bound)."""
    if not reports:
        return None
    return max(reports, key=lambda r: (r.min if r.min is not None else r.max or 0, r.max or 0))


def _ceasefire(stories: Sequence[Story]) -> str:
    """The status most outlets report today; a tie goes to the most recent story; 'none' if unmentioned."""
    votes: Counter[str] = Counter()
    latest: dict[str, datetime] = {}
    oldest = datetime.min.replace(tzinfo=UTC)
    for s in stories:
        status = s.briefing.ceasefire.status
        if status == "none":
            continue
        votes[status] += len(s.sources)
        latest[status] = max(latest.get(status, oldest), s.published or oldest)
    if not votes:
        return "none"
    return max(votes, key=lambda st: (votes[st], latest[st]))


def situation(stories: Sequence[Story], previous_ceasefire: str | None = None) -> Situation:
    """The situation across `stories`: ceasefire status and change, highest figures, main actors."""
    mentions: Counter[str] = Counter()
    for s in stories:
        for actor in s.briefing.actors:
            mentions[actor.name] += actor.mentions
    killed = _largest([s.briefing.casualties.killed for s in stories if s.briefing.casualties.killed])
    injured = _largest([s.briefing.casualties.injured for s in stories if s.briefing.casualties.injured])
    previous = previous_ceasefire if previous_ceasefire not in (None, "") else None
    return Situation(
        ceasefire=_ceasefire(stories),
        previous_ceasefire=previous,
        killed=killed,
        injured=injured,
        actors=tuple(mentions.most_common(SITUATION_ACTORS)),
    )


def compose_digest(
    topic: str,
    stories: Sequence[Story],
    *,
    limit: int = 5,
    previous_ceasefire: str | None = None,
    since: datetime | None = None,
    day: date | None = None,
) -> Digest:
    """The digest of `topic`: stories newer than `since` (undated ones kept), ranked, top `limit` shown.

    The situation is computed over every new story, not only the ones shown.
    """
    fresh = [s for s in stories if since is None or s.published is None or s.published > since]
    today = day or datetime.now(UTC).date()
    if not fresh:
        return Digest(topic=topic, day=today, situation=None, stories=(), total=0)
    ranked = rank_stories(fresh)
    return Digest(
        topic=topic,
        day=today,
        situation=situation(ranked, previous_ceasefire),
        stories=tuple(ranked[: max(1, limit)]),
        total=len(ranked),
    )
