"""The links issue's bars through the real CLI: refused without the allow list, briefed with it."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from conftest import shared_path
from local_server import LocalServer
from test_cli_brief import run_bot


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    """Real extraction-set pages served on 127.0.0.1."""
    with LocalServer(shared_path("data", "article-extraction", "html")) as srv:
        yield srv


def first_page() -> str:
    """The id of the first real page of the extraction set whose true body is a long article."""
    truth = json.loads(shared_path("data", "article-extraction", "ground-truth.json").read_text("utf-8"))
    return next(page for page, item in sorted(truth.items()) if len(item["articleBody"].split()) > 400)


def test_loopback_is_refused_without_the_allow_list(server: LocalServer) -> None:
    out = run_bot("brief", server.url(f"/article/{first_page()}"))
    assert out.returncode == 1
    assert "address" in out.stderr.lower() and "Traceback" not in out.stderr
    assert server.paths() == [] or all(not p.startswith("/article") for p in server.paths())


def test_allowed_loopback_page_is_briefed(server: LocalServer) -> None:
    out = run_bot("brief", "--json", server.url("/own"), env={"SITREP_FETCH_ALLOW": "127.0.0.1"})
    assert out.returncode == 0, out.stderr
    briefing = json.loads(out.stdout)
    assert briefing["title"] == "Border crossing reopens"
    assert briefing["url"] and briefing["summary"]


def test_real_page_is_extracted(server: LocalServer) -> None:
    out = run_bot("extract", server.url(f"/article/{first_page()}"), env={"SITREP_FETCH_ALLOW": "127.0.0.1"})
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.split()) > 300
    assert "HTTP Request" not in out.stderr


def test_redirect_to_a_loopback_address_not_allowed_is_refused(server: LocalServer) -> None:
    target = server.url("/own", host="127.0.0.2")
    out = run_bot("brief", server.url(f"/redirect?to={target}"), env={"SITREP_FETCH_ALLOW": "127.0.0.1"})
    assert out.returncode == 1
    assert "address" in out.stderr.lower() and "Traceback" not in out.stderr


def test_cut_off_link_fails_cleanly() -> None:
    out = run_bot("brief", "https://www.arabnews.com/node/", env={"SITREP_FETCH_ALLOW": ""})
    assert out.returncode == 1
    assert out.stderr.strip() and "Traceback" not in out.stderr
