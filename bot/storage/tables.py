"""The schema as SQLAlchemy Core tables: what the migrations build and the store queries."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

chats = sa.Table(
    "chats",
    metadata,
    sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("last_briefing_id", sa.Integer, nullable=True),
    sa.Column("reply_language", sa.String(16), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

briefings = sa.Table(
    "briefings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("chat_id", sa.BigInteger, nullable=False, index=True),
    sa.Column("request_message_id", sa.BigInteger, nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("source_url", sa.Text, nullable=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("briefing", sa.JSON, nullable=False),
)

# Every bot message that shows a briefing, so a reply to any part of a split answer finds it.
briefing_messages = sa.Table(
    "briefing_messages",
    metadata,
    sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("message_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("briefing_id", sa.Integer, sa.ForeignKey("briefings.id", ondelete="CASCADE"), nullable=False),
)

page_cache = sa.Table(
    "page_cache",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("page", sa.JSON, nullable=False),
)

# --- daily digests -------------------------------------------------------------------------------

# The topics each chat follows, as the words the user gave, and that user's Telegram language (the
# digest's language when the chat chose none with /lang; None where Telegram gave none we speak).
subscriptions = sa.Table(
    "subscriptions",
    metadata,
    sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("topic", sa.String(200), primary_key=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("language", sa.String(16), nullable=True),
)

# When a chat's digest comes; a chat without a row uses the settings' defaults.
digest_settings = sa.Table(
    "digest_settings",
    metadata,
    sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("digest_time", sa.String(5), nullable=False),
    sa.Column("timezone", sa.String(64), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

# The admin-managed sources (seeded from settings.feeds while empty) and each one's poll state.
feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("url", sa.String(2000), nullable=False, unique=True),
    sa.Column("added_by", sa.BigInteger, nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

feed_state = sa.Table(
    "feed_state",
    metadata,
    sa.Column("url", sa.String(2000), primary_key=True),
    sa.Column("etag", sa.Text, nullable=True),
    sa.Column("last_modified", sa.Text, nullable=True),
    sa.Column("polled_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("error", sa.Text, nullable=True),
)

# Every feed item once, by its link (else its id).
feed_items = sa.Table(
    "feed_items",
    metadata,
    sa.Column("key", sa.String(2000), primary_key=True),
    sa.Column("item_id", sa.Text, nullable=False),
    sa.Column("link", sa.Text, nullable=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("published", sa.DateTime(timezone=True), nullable=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("source_url", sa.Text, nullable=True),
    sa.Column("feed_url", sa.Text, nullable=False),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False, index=True),
)

# Each item's article briefed once, whatever the number of subscribers.
item_briefings = sa.Table(
    "item_briefings",
    metadata,
    sa.Column("key", sa.String(2000), primary_key=True),
    sa.Column("fetched", sa.Boolean, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("briefing", sa.JSON, nullable=False),
    sa.Column("briefed_at", sa.DateTime(timezone=True), nullable=False),
)

# One row per (chat, local digest day): the unique key is what makes a digest send exactly once.
# A digest stopped part-way keeps the parts still to send (their exact text, in order) and each
# topic's situation, for the broadcast that finishes it (SQL NULL when nothing is pending).
deliveries = sa.Table(
    "deliveries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("chat_id", sa.BigInteger, nullable=False),
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("topic", sa.String(200), nullable=False),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("claimed_by", sa.String(100), nullable=False),
    sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("error", sa.Text, nullable=True),
    sa.Column("remaining", sa.JSON(none_as_null=True), nullable=True),
    sa.Column("situations", sa.JSON(none_as_null=True), nullable=True),
    sa.UniqueConstraint("chat_id", "day", name="uq_deliveries_chat_day"),
)

# A topic's figures and ceasefire status per day (for /trend), and each chat's last status per topic.
trend_points = sa.Table(
    "trend_points",
    metadata,
    sa.Column("topic", sa.String(200), primary_key=True),
    sa.Column("day", sa.Date, primary_key=True),
    sa.Column("killed", sa.Integer, nullable=True),
    sa.Column("injured", sa.Integer, nullable=True),
    sa.Column("ceasefire", sa.String(16), nullable=False),
)

ceasefire_seen = sa.Table(
    "ceasefire_seen",
    metadata,
    sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("topic", sa.String(200), primary_key=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)
