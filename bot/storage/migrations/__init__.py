"""Alembic migrations shipped in the package; `bot.storage.migrate.upgrade` runs them to head."""
