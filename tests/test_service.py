"""BriefingService without Telegram: a real store on a temporary SQLite file and the real engine."""

from __future__ import annotations

import pytest
from conftest import POST

from bot.service import BriefingService
from bot.settings import Settings
from bot.storage import Store


@pytest.fixture
async def service(tmp_path):
    settings = Settings(
        SITREP_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 's.sqlite3'}", SITREP_MAX_WORDS=200
    )
    store = await Store(settings.database_url).open()
    yield BriefingService(settings, store)
    await store.close()


async def test_brief_then_follow_ups(service) -> None:
    reply = await service.brief_message(1, POST, message_id=10)
    assert reply.buttons and reply.briefing_id and "words →" in reply.html
    assert all(len(part) <= 4096 for part in reply.parts())
    for view, needle in (("casualties", "14"), ("actors", "Northern Alliance"), ("source", "without a link")):
        shown = await service.followup(1, view, briefing_id=reply.briefing_id)
        assert needle in shown.html and shown.briefing_id == reply.briefing_id and not shown.buttons
    assert "14 civilians" in (await service.ask(1, "how many were killed?")).html
    # The user's own message finds the briefing it asked for.
    assert (await service.followup(1, "ceasefire", reply_to=10)).briefing_id == reply.briefing_id


async def test_other_chats_cannot_reach_a_briefing(service) -> None:
    reply = await service.brief_message(1, POST)
    assert "no longer stored" in (await service.followup(2, "actors", briefing_id=reply.briefing_id)).html
    assert "no briefing here yet" in (await service.followup(2, "actors")).html
    assert "no briefing here yet" in (await service.ask(2, "who?")).html


async def test_too_short_too_long_empty(service) -> None:
    short = await service.brief_message(1, "Two soldiers were killed near the border on Monday.")
    assert "short" in short.html and short.briefing_id  # says so, and shows what was found anyway
    long = await service.brief_message(1, " ".join([POST] * 5))
    assert "I brief up to 200" in long.html and long.briefing_id is None
    assert "no text" in (await service.brief_message(1, "  \n ")).html
    with pytest.raises(ValueError):
        await service.followup(1, "weather")


async def test_links_without_a_fetcher(service) -> None:
    reply = await service.brief_message(1, "https://example.test/a https://example.test/b")
    assert "fetch links" in reply.html and reply.briefing_id is None
    cited = await service.brief_message(1, POST + "\nhttps://example.test/story")
    assert "https://example.test/story" in cited.html and "kept the link" in "\n".join(cited.parts())


async def test_files(service) -> None:
    assert "Velmora" in (await service.brief_file(1, "a.txt", POST.encode("utf-16"))).html
    assert ".txt and .html" in (await service.brief_file(1, "a.docx", b"PK")).html
    assert "could not read" in (await service.brief_file(1, "a.txt", b"\x00\xff" * 10)).html
    html = f"<html><body><article><h1>Shelling in Velmora</h1><p>{POST}</p></article></body></html>"
    assert "14" in (await service.brief_file(1, "page.html", html.encode())).html
    latin = html.replace("<html>", '<html><head><meta charset="windows-1252"></head>')
    latin = latin.replace("Velmora", "Velmorà")
    assert "Velmorà" in (await service.brief_file(1, "page.html", latin.encode("cp1252"))).html
