"""Briefings for follow-ups, per-chat state, the page cache.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the first tables."""
    op.create_table(
        "chats",
        sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("last_briefing_id", sa.Integer, nullable=True),
        sa.Column("reply_language", sa.String(16), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "briefings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("chat_id", sa.BigInteger, nullable=False),
        sa.Column("request_message_id", sa.BigInteger, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("source_url", sa.Text, nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("briefing", sa.JSON, nullable=False),
    )
    op.create_index("ix_briefings_chat_id", "briefings", ["chat_id"])
    op.create_table(
        "briefing_messages",
        sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("message_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column(
            "briefing_id",
            sa.Integer,
            sa.ForeignKey("briefings.id", ondelete="CASCADE"),
            nullable=False,
        ),
    )
    op.create_table(
        "page_cache",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("page", sa.JSON, nullable=False),
    )
    op.create_index("ix_page_cache_expires_at", "page_cache", ["expires_at"])


def downgrade() -> None:
    """Drop the first tables."""
    op.drop_index("ix_page_cache_expires_at", "page_cache")
    op.drop_table("page_cache")
    op.drop_table("briefing_messages")
    op.drop_index("ix_briefings_chat_id", "briefings")
    op.drop_table("briefings")
    op.drop_table("chats")
