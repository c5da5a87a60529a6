"""The store on a temporary SQLite file and, where reachable, on PostgreSQL (same code, same tests)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta

import pytest
from conftest import PG_URL

from bot.briefing.model import Actor, Briefing, Casualties, CasualtyReport, Ceasefire
from bot.storage import Store, StorePageCache
from bot.storage.migrate import head, revision_of
from bot.storage.store import now


def _briefing() -> Briefing:
    report = CasualtyReport("killed", 24, None, True, "dozens", "Dozens <dead> & more.", side="both")
    return Briefing(
        language="en",
        words=312,
        sentence_count=14,
        summary=("First sentence.", "Second sentence."),
        actors=(Actor("Pakistan", "state", ("Islamabad",), 7, "Islamabad said so."),),
        casualties=Casualties(killed=report, reports=(report,)),
        ceasefire=Ceasefire("agreed", ("temporary",), "A truce was agreed."),
        title="A title",
    )


@dataclass(frozen=True)
class _Page:
    url: str
    final_url: str
    body: bytes
    headers: dict[str, str]
    redirects: tuple[str, ...] = ()


async def _exercise(store: Store) -> None:
    """One run through every method; the same assertions for every backend."""
    assert await store.latest_briefing(1) is None
    saved = await store.save_briefing(chat_id=1, text="the text", briefing=_briefing(), request_message_id=10)
    assert (await store.latest_briefing(1)) == saved
    assert (await store.get_briefing(saved.id)).briefing == _briefing()
    assert await store.get_briefing(saved.id, chat_id=2) is None  # another chat cannot reach it
    await store.attach_messages(saved.id, 1, [11, 12])
    assert (await store.briefing_for_message(1, 12)).id == saved.id
    assert (await store.briefing_for_message(1, 10)).id == saved.id  # the user's own message
    assert await store.briefing_for_message(1, 13) is None
    second = await store.save_briefing(
        chat_id=1, text="other", briefing=_briefing(), source_url="https://x.test/a"
    )
    assert (await store.latest_briefing(1)).id == second.id
    assert (await store.get_briefing(second.id)).source_url == "https://x.test/a"
    await store.set_reply_language(1, "fr")
    state = await store.chat(1)
    assert (state.last_briefing_id, state.reply_language) == (second.id, "fr")
    await store.set_reply_language(5, "ar")  # a chat never seen gets a row
    assert (await store.chat(5)).last_briefing_id is None
    assert await store.forget_briefings_before(now() + timedelta(seconds=1)) == 2
    assert await store.get_briefing(saved.id) is None
    assert await store.latest_briefing(1) is None

    cache = StorePageCache(store, ttl=60, page_type=_Page)
    page = _Page("http://a.test/x", "http://a.test/y", b"\x00<html>", {"etag": "1"}, ("http://a.test/r",))
    assert await cache.get(page.url) is None
    await cache.put(page)
    await cache.put(page)  # storing again replaces, never duplicates
    assert await cache.get("http://a.test/x") == page
    assert await cache.get("http://a.test/y") == page
    assert await cache.get("http://a.test/r") == page  # a URL that redirected to it
    expired = StorePageCache(store, ttl=-1, page_type=_Page)
    await expired.put(page)
    assert await cache.get(page.url) is None


async def test_page_cache_rebuilds_the_fetchers_page(tmp_path) -> None:
    from bot.ingest.fetcher import Page

    store = await Store(f"sqlite+aiosqlite:///{tmp_path / 'p.sqlite3'}").open()
    try:
        cache = StorePageCache(store, ttl=60)
        page = Page(
            "https://x.test/a",
            200,
            "text/html",
            "utf-8",
            b"<html>\xff</html>",
            {"etag": "e"},
            ("https://x.test/start",),
        )
        await cache.put(page)
        assert await cache.get("https://x.test/a") == page
        assert await cache.get("https://x.test/start") == page
    finally:
        await store.close()


async def test_sqlite_store_round_trip(tmp_path) -> None:
    path = tmp_path / "deep" / "folder" / "bot.sqlite3"
    store = await Store(f"sqlite+aiosqlite:///{path}").open()
    try:
        assert path.exists()
        assert await revision_of(store.engine) == head()
        await _exercise(store)
    finally:
        await store.close()


async def test_sqlite_survives_reopen_and_migrates_once(tmp_path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    first = await Store(url).open()
    saved = await first.save_briefing(chat_id=7, text="kept", briefing=_briefing())
    await first.close()
    second = await Store(url).open()  # upgrading an up-to-date database is a no-op
    try:
        assert (await second.latest_briefing(7)).text == "kept"
        assert (await second.get_briefing(saved.id)).briefing.actors[0].aliases == ("Islamabad",)
    finally:
        await second.close()


async def test_concurrent_writes_on_sqlite(tmp_path) -> None:
    store = await Store(f"sqlite+aiosqlite:///{tmp_path / 'c.sqlite3'}").open()
    try:
        saved = await asyncio.gather(
            *(store.save_briefing(chat_id=c % 3, text=str(c), briefing=_briefing()) for c in range(12))
        )
        assert len({s.id for s in saved}) == 12
    finally:
        await store.close()


@pytest.fixture
async def pg_store(pg_schema: str):
    """A store in a fresh PostgreSQL schema."""
    store = Store(PG_URL, schema=pg_schema)
    try:
        yield store
    finally:
        await store.close()


@pytest.mark.postgres
async def test_postgres_store_round_trip(pg_store: Store) -> None:
    await pg_store.open()
    await pg_store.open()
    assert await revision_of(pg_store.engine) == head()
    await _exercise(pg_store)


async def test_migrations_build_exactly_the_declared_tables(tmp_path) -> None:
    from bot.storage.migrate import schema_drift

    store = await Store(f"sqlite+aiosqlite:///{tmp_path / 'd.sqlite3'}").open()
    try:
        async with store.engine.connect() as conn:
            assert await conn.run_sync(schema_drift) == []
    finally:
        await store.close()
