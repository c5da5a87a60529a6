"""Why a link failed, in the reader's language: every IngestError and raise site names a label whose
English is the error's own sentence, and the service says it in Russian and Arabic with no English left."""

from __future__ import annotations

import ast
import html
import importlib
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from local_server import LocalServer

from bot.feeds import NotAFeed
from bot.ingest import errors
from bot.ingest.errors import FetchFailed, IngestError
from bot.ingest.fetcher import MAX_REDIRECTS, Fetcher, _not_accepted, _status_error, parse_url
from bot.render.labels import LABELS, label
from bot.service import BriefingService
from bot.settings import Settings
from bot.storage import Store

INGEST = Path(errors.__file__).parent
# Latin words a translation may keep: protocol and format names.
KEPT_LATIN = {"HTTP", "PDF", "DNS", "http", "https", "cookie"}


def _classes() -> list[type[IngestError]]:
    found = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, IngestError)]
    return sorted(set(found), key=lambda c: c.__name__)


def _english(error: IngestError) -> str:
    """What the reader gets in English, as plain text."""
    assert error.key is not None, type(error).__name__
    return html.unescape(label(error.key, "en", **error.values))


def _no_english(text: str) -> bool:
    return set(re.findall(r"[A-Za-z]{2,}", text)) <= KEPT_LATIN


# --- every error and every raise site has its label ------------------------------------------------------


@pytest.mark.parametrize("cls", _classes(), ids=lambda c: c.__name__)
def test_every_ingest_error_has_a_label_with_its_sentence(cls: type[IngestError]) -> None:
    assert cls.key in LABELS
    assert LABELS[cls.key] == cls.message
    assert cls().key == cls.key and str(cls()) == cls.message


def _raise_sites() -> Iterator[tuple[str, ast.Call]]:
    names = {c.__name__ for c in _classes()}
    for path in sorted(INGEST.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
                yield path.stem, node


def _template(module: str, message: ast.expr, values: ast.expr | None) -> str | None:
    """The English sentence at a raise site with its {placeholders}; None if it cannot be read statically."""
    if isinstance(message, ast.Constant):
        return message.value
    if isinstance(message, ast.Name):
        return getattr(importlib.import_module(f"bot.ingest.{module}"), message.id)
    if isinstance(message, ast.JoinedStr) and isinstance(values, ast.Dict):
        slots = {ast.unparse(v): k.value for k, v in zip(values.keys, values.values, strict=True)}
        parts = []
        for part in message.values:
            if isinstance(part, ast.Constant):
                parts.append(part.value)
            elif ast.unparse(part.value) in slots:
                parts.append("{" + slots[ast.unparse(part.value)] + "}")
            else:
                return None
        return "".join(parts)
    return None


def test_every_raise_site_with_its_own_sentence_names_a_label_with_that_sentence() -> None:
    sites = list(_raise_sites())
    checked = 0
    for module, call in sites:
        if not call.args:
            assert not any(k.arg == "key" for k in call.keywords)  # the class's own key and sentence
            continue
        keywords = {k.arg: k.value for k in call.keywords}
        where = f"{module}.py:{call.lineno}"
        assert "key" in keywords, f"{where}: a sentence of its own needs key="
        key = keywords["key"]
        if isinstance(key, ast.Constant):
            assert key.value in LABELS, where
            template = _template(module, call.args[0], keywords.get("values"))
            if template is not None:
                assert LABELS[key.value] == template, where
                checked += 1
    assert len(sites) >= 30 and checked >= 12


@pytest.mark.parametrize(
    "error",
    [
        _status_error(401),
        _status_error(402),
        _status_error(404),
        _status_error(410),
        _status_error(418),
        _status_error(429),
        _status_error(503),
        _not_accepted("image/png"),
        _not_accepted("video/mp4"),
        _not_accepted("audio/mpeg"),
        _not_accepted("application/pdf"),
        _not_accepted("application/zip"),
        _not_accepted(""),
    ],
    ids=str,
)
def test_errors_built_by_the_fetcher_read_the_same_in_english(error: IngestError) -> None:
    assert _english(error) == str(error)


@pytest.mark.parametrize("url", ["https://example.test/news/story-of-the…", "ftp://example.test/x", "http://"])
def test_bad_links_read_the_same_in_english(url: str) -> None:
    with pytest.raises(IngestError) as caught:
        parse_url(url)
    assert _english(caught.value) == str(caught.value)


def test_an_error_with_a_sentence_but_no_key_stays_english() -> None:
    # A subclass with its own sentence and no key is not shown as its parent's sentence.
    class Elsewhere(IngestError):
        message = "A sentence no catalogue has."

    assert Elsewhere.key is None and Elsewhere().key is None
    assert NotAFeed.key == "feed_not_a_feed" and NotAFeed.key in LABELS  # the feeds' own, translated
    assert FetchFailed("A sentence of its own.").key is None
    assert FetchFailed(detail="x").key == "link_fetch_failed"


# --- the service says it in the reader's language --------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


@pytest.fixture
async def service(tmp_path) -> AsyncIterator[BriefingService]:
    settings = Settings(
        _env_file=None,
        SITREP_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 's.sqlite3'}",
        SITREP_FETCH_ALLOW="127.0.0.1",
        SITREP_FETCH_TIMEOUT=3.0,
        SITREP_FETCH_CONNECT_TIMEOUT=1.0,
    )
    store = await Store(settings.database_url).open()
    fetcher = Fetcher(settings)
    yield BriefingService(settings, store, fetcher)
    await fetcher.aclose()
    await store.close()


async def test_too_many_redirects_in_russian_arabic_and_english(server: LocalServer, service) -> None:
    url = server.url(f"/chain/{MAX_REDIRECTS + 1}")
    ru = (await service.brief_message(1, url, language="ru")).html
    assert ru.startswith("Не удалось использовать ссылку: Ссылка перенаправляет")
    assert f"(более {MAX_REDIRECTS})" in ru and _no_english(ru)
    ar = (await service.brief_message(1, url, language="ar")).html
    assert "تعذّر استخدام الرابط" in ar and f"(أكثر من {MAX_REDIRECTS})" in ar and _no_english(ar)
    en = (await service.brief_message(1, url)).html
    reason = f"That link redirects more than {MAX_REDIRECTS} times; send the final link instead."
    assert en == f"I could not use the link: {reason}"


async def test_not_found_in_russian_and_arabic(server: LocalServer, service) -> None:
    url = server.url("/no-such-page")
    ru = (await service.brief_message(1, url, language="ru")).html
    assert "Страница не найдена (404)" in ru and _no_english(ru)
    ar = (await service.brief_message(1, url, language="ar")).html
    assert "لم يُعثر على الصفحة (404)" in ar and _no_english(ar)
    assert "That page was not found (404); check the link or send another one." in (
        await service.brief_message(1, url)
    ).html


async def test_a_failed_link_with_words_is_noted_in_russian(server: LocalServer, service) -> None:
    # The link fails; the few words that came with it are briefed, the failure a note above them.
    text = "Shelling hit the market in Velmora on Monday, officials said. " + server.url("/loop/a")
    reply = await service.brief_message(1, text, language="ru")
    note = next(n for n in reply.notes if n.startswith("Не удалось использовать ссылку"))
    assert "по кругу" in note and _no_english(note)


async def test_an_html_file_without_an_article_in_russian(service) -> None:
    page = b"<html><body><p>Hello.</p></body></html>"
    reply = await service.brief_file(1, "page.html", page, language="ru")
    assert "На странице нет текста статьи" in reply.html and _no_english(reply.html)
    english = await service.brief_file(1, "page.html", page)
    assert english.html == LABELS["link_no_text"]
