"""The bot over a real wire when things go wrong: restarts, 429 and 500 from the API, floods of
messages, no token, a webhook with the wrong secret; and the token kept out of the logs."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import socket
import subprocess
import sys
import time

import httpx
from bot_client import BotProcess, User, text_of
from conftest import POST

from bot.app import NO_TOKEN, file_base_url
from bot.logging_setup import REDACTED, install_token_filter

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"



def _db(tmp_path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'sitrep.sqlite3'}"


async def test_buttons_survive_a_restart(api, tmp_path) -> None:
    first = await BotProcess(api, _db(tmp_path), log_dir=tmp_path).start()
    user = User(api, 201)
    try:
        briefing = await user.send(POST)
    finally:
        assert await first.stop() == 0
    second = await BotProcess(api, _db(tmp_path), log_dir=tmp_path).start()
    try:
        shown, _ = await user.press(briefing[-1], "Casualties")
        assert "14" in text_of(shown)
        assert "Northern Alliance" in text_of(await user.send("/actors"))
        assert "14 civilians" in text_of(await user.send("/ask how many were killed?", reply_to=briefing[-1]))
    finally:
        assert await second.stop() == 0


async def test_429_is_retried_and_500_is_reported(api, tmp_path) -> None:
    bot = await BotProcess(api, _db(tmp_path), log_dir=tmp_path).start()
    user = User(api, 202)
    try:
        api.fail("sendMessage", 429, retry_after=1)
        started = time.monotonic()
        replies = await user.send("/start")
        assert "Sitrep" in text_of(replies)
        assert time.monotonic() - started >= 1.0  # it waited retry_after before trying again
        assert [c.status for c in api.calls if c.method == "sendMessage" and c.params["chat_id"] == 202] == [
            429,
            200,
        ]

        api.fail("sendMessage", 500)
        assert "went wrong" in text_of(await user.send("/help"))  # the error handler reports it

        api.fail("getUpdates", 500, times=2)
        assert "Sitrep" in text_of(await user.send("/start", timeout=40))  # polling recovered
        api.fail("sendChatAction", 500, times=3)
        assert "14" in text_of(await user.send(POST))  # a lost "typing…" never costs the reply
    finally:
        assert await bot.stop() == 0
    assert "ERROR handlers.errors: handling update" in bot.log()
    assert "Velmora" not in bot.log()  # the error log names ids, never message text


async def test_rate_limit_says_when_to_try_again(api, tmp_path) -> None:
    limits = {"SITREP_RATE_LIMIT_COUNT": "3", "SITREP_RATE_LIMIT_SECONDS": "30"}
    bot = await BotProcess(api, _db(tmp_path), log_dir=tmp_path, **limits).start()
    user, other = User(api, 203), User(api, 204)
    try:
        for _ in range(3):
            assert "Sitrep" in text_of(await user.send("/start"))
        refused = text_of(await user.send("/start"))
        assert "try again in" in refused and " s" in refused
        seconds = int(refused.split("try again in ")[1].split()[0])
        assert 0 < seconds <= 30
        assert await user.send("/start", expect=0) == []  # told once, not on every message
        assert "Sitrep" in text_of(await other.send("/start"))  # other users are not affected
    finally:
        assert await bot.stop() == 0


def test_without_a_token_it_says_what_to_set(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "TELEGRAM_"))}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == NO_TOKEN
    assert "TELEGRAM_BOT_TOKEN" in NO_TOKEN


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_mode_checks_the_secret(api, tmp_path) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    bot = await BotProcess(
        api,
        _db(tmp_path),
        log_dir=tmp_path,
        SITREP_WEBHOOK_URL=url,
        SITREP_WEBHOOK_LISTEN="127.0.0.1",
        SITREP_WEBHOOK_PORT=str(port),
        SITREP_WEBHOOK_SECRET="s3cret-value",
    ).start(ready="setWebhook")
    user = User(api, 205)
    try:
        hook = api.calls_of("setWebhook")[-1].params
        assert hook["url"] == url and hook["secret_token"] == "s3cret-value"
        update = {"update_id": 1, "message": user.message("/start")}
        async with httpx.AsyncClient() as client:
            for _ in range(50):  # the webhook server may open a moment after setWebhook
                try:
                    wrong = await client.post(
                        url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "no"}
                    )
                    break
                except httpx.ConnectError:
                    await asyncio.sleep(0.2)
            assert wrong.status_code == 403
            mark = len(api.calls)
            right = await client.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-value"}
            )
            assert right.status_code == 200
        assert "Sitrep" in text_of(await user.replies(mark))
    finally:
        assert await bot.stop() == 0


def test_file_urls_follow_the_api_base() -> None:
    assert file_base_url("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"
    assert file_base_url("https://api.telegram.org/bot/") == "https://api.telegram.org/file/bot"


def test_the_token_never_reaches_a_log_line(caplog) -> None:
    token = "987654:AAE-secret_part_of_the_token"
    logger = logging.getLogger("sitrep.test.redaction")
    written = io.StringIO()
    handler = logging.StreamHandler(written)
    logger.addHandler(handler)
    try:
        install_token_filter(token, logger)
        with caplog.at_level(logging.INFO, logger="sitrep.test.redaction"):
            logger.info("HTTP Request: POST https://api.telegram.org/bot%s/getMe", token)
            logger.info("only the secret half: %s", token.split(":")[1])
            try:
                raise RuntimeError(f"failed https://api.telegram.org/bot{token}/sendMessage")
            except RuntimeError:
                logger.exception("request failed")
        text = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
        for shown in (text, written.getvalue()):  # what was recorded, and what a handler wrote
            assert token not in shown and token.split(":")[1] not in shown
            assert shown.count(REDACTED) == 3  # both messages and the exception text
        assert logging.getLogger("httpx").level == logging.WARNING
    finally:
        logger.removeHandler(handler)
