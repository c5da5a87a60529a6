"""Alembic environment: runs on the connection that `bot.storage.migrate` hands over (no ini file)."""

from __future__ import annotations

from alembic import context

from bot.storage.tables import metadata

connection = context.config.attributes["connection"]
# render_as_batch lets later migrations alter columns on SQLite (which has no ALTER COLUMN).
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
