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
