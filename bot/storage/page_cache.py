"""The fetcher's page cache (the links issue's PageCache protocol) kept in the store, with a TTL."""

from __future__ import annotations

import base64
import dataclasses
from datetime import timedelta
from typing import Any

import sqlalchemy as sa

from .store import Store, now
from .tables import page_cache

# Which attributes of a page name it: the cache answers for the final URL and every URL that
# redirected to it (each hop was checked by the fetcher's guard when the page was fetched).
_URL_FIELDS = ("url", "final_url", "requested_url")
_URL_LISTS = ("redirects",)


class StorePageCache:
    """Pages fetched recently, by URL, forgotten after `ttl` seconds; pages are dataclasses."""

    def __init__(self, store: Store, ttl: float, page_type: type | None = None) -> None:
        self.store = store
        self.ttl = ttl
        self._page_type = page_type

    async def get(self, url: str) -> Any | None:
        """The cached page for `url` if it is still fresh, else None."""
        async with self.store.engine.connect() as conn:
            row = (
                await conn.execute(
                    sa.select(page_cache.c.page).where(
                        page_cache.c.url == url, page_cache.c.expires_at > now()
                    )
                )
            ).first()
        if row is None:
            return None
        return self.page_type()(**_decode(row.page))

    async def put(self, page: Any) -> None:
        """Keep `page` under each URL it answers to, replacing older copies; drop expired rows."""
        stamp = now()
        payload = _encode({f.name: getattr(page, f.name) for f in dataclasses.fields(page)})
        urls = {getattr(page, name) for name in _URL_FIELDS if isinstance(getattr(page, name, None), str)}
        urls.update(u for name in _URL_LISTS for u in getattr(page, name, ()) or () if isinstance(u, str))
        async with self.store.engine.begin() as conn:
            await conn.execute(
                sa.delete(page_cache).where(
                    sa.or_(page_cache.c.url.in_(urls), page_cache.c.expires_at <= stamp)
                )
            )
            if urls and self.ttl > 0:
                expires = stamp + timedelta(seconds=self.ttl)
                await conn.execute(
                    sa.insert(page_cache),
                    [{"url": u, "stored_at": stamp, "expires_at": expires, "page": payload} for u in urls],
                )

    def page_type(self) -> type:
        """The dataclass pages are rebuilt as (the fetcher's Page unless given)."""
        if self._page_type is None:
            from ..ingest.fetcher import Page  # the links work owns it; imported only when used

            self._page_type = Page
        return self._page_type


def _encode(value: Any) -> Any:
    """JSON-safe form: bytes and tuples tagged so they come back as they went in."""
    if isinstance(value, bytes):
        return {"__bytes__": base64.b64encode(value).decode("ascii")}
    if isinstance(value, tuple):
        return {"__tuple__": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"__bytes__"}:
            return base64.b64decode(value["__bytes__"])
        if set(value) == {"__tuple__"}:
            return tuple(_decode(v) for v in value["__tuple__"])
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value
