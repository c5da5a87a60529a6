"""Daily digests: topics, stories grouped across outlets, the digest and its renderings, trend charts.

No Telegram and no database here: scheduling and delivery build on these pieces.
"""

from .compose import compose_digest, situation
from .model import Digest, Situation, Source, Story
from .render import digest_html, digest_text, situation_line
from .topics import Topic, TopicMatch, match, parse_topic

__all__ = [
    "Digest",
    "Situation",
    "Source",
    "Story",
    "Topic",
    "TopicMatch",
    "compose_digest",
    "digest_html",
    "digest_text",
    "match",
    "parse_topic",
    "situation",
    "situation_line",
]
