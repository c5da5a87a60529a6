"""Persistence: briefings for follow-ups, per-chat state, the page cache (SQLite default, any async URL)."""

from .page_cache import StorePageCache
from .store import ChatState, Store, StoredBriefing

__all__ = ["ChatState", "Store", "StorePageCache", "StoredBriefing"]
