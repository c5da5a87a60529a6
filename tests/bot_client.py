"""An independent Bot API driver: it plays Telegram's users against `python -m bot run`.

It runs the fake Bot API server, starts the real CLI as a subprocess with TELEGRAM_API_BASE_URL
pointing at it, sends updates as a user would (text, replies, buttons, files, stickers…) and reads
what the bot sent back. Run it by hand to watch a conversation:

    .venv/bin/python tests/bot_client.py [path/to/post.txt]

or serve the fake API alone on a port and drive the bot with curl:

    .venv/bin/python tests/bot_client.py --serve 8099
    TELEGRAM_BOT_TOKEN=123456:TEST-token_secret TELEGRAM_API_BASE_URL=http://127.0.0.1:8099/bot \
        .venv/bin/python -m bot run
    curl -d '{"message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"},
              "from": {"id": 1, "is_bot": false, "first_name": "A"}, "text": "…a news post…"}}' \
        http://127.0.0.1:8099/_test/updates
    curl http://127.0.0.1:8099/_test/calls
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from fake_bot_api import BOT_USERNAME, FakeBotAPI

ROOT = Path(__file__).resolve().parents[1]
PYTHON = os.environ.get("SITREP_TEST_PYTHON", sys.executable)
# A reply is complete once the bot has sent nothing more to the chat for this long.
SETTLE = 0.4


class BotProcess:
    """`python -m bot run` as a subprocess talking to the fake server; logs kept in a file."""

    def __init__(
        self, api: FakeBotAPI, database_url: str, *, log_dir: Path | None = None, **env: str
    ) -> None:
        self.api = api
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "TELEGRAM_"))},
            "TELEGRAM_BOT_TOKEN": api.token,
            "TELEGRAM_API_BASE_URL": api.base_url,
            "SITREP_DATABASE_URL": database_url,
            **env,
        }
        self.log_path = Path(tempfile.mkstemp(prefix="sitrep-bot-", suffix=".log", dir=log_dir)[1])
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, *, ready: str = "setMyCommands", timeout: float = 60.0) -> BotProcess:
        """Start the bot and wait until it has called `ready` (its start-up is done)."""
        mark = len(self.api.calls)
        with self.log_path.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                PYTHON,
                "-m",
                "bot",
                "run",
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=log,
                stdin=asyncio.subprocess.DEVNULL,
            )
        waiter = asyncio.ensure_future(self.api.wait_for(ready, after=mark, timeout=timeout))
        exited = asyncio.ensure_future(self.process.wait())
        done, _ = await asyncio.wait({waiter, exited}, return_when=asyncio.FIRST_COMPLETED)
        if exited in done:
            waiter.cancel()
            raise RuntimeError(f"the bot exited with {self.process.returncode}:\n{self.log()}")
        exited.cancel()
        await waiter
        if ready != "setWebhook":  # a webhook bot never polls
            await self.api.wait_for("getUpdates", after=mark, timeout=timeout)
        return self

    async def stop(self, timeout: float = 20.0) -> int:
        """Stop the bot as a service manager would (SIGTERM) and return its exit code."""
        if self.process is None or self.process.returncode is not None:
            return self.process.returncode if self.process else 0
        self.process.send_signal(signal.SIGTERM)
        try:
            return await asyncio.wait_for(self.process.wait(), timeout)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
            raise

    def log(self) -> str:
        """Everything the bot logged so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")


class User:
    """One Telegram user in one chat (private by default; a negative chat id is a group)."""

    _message_ids = itertools.count(1)

    def __init__(self, api: FakeBotAPI, user_id: int, chat_id: int | None = None, name: str = "Ada") -> None:
        self.api = api
        self.user = {"id": user_id, "is_bot": False, "first_name": name, "language_code": "en"}
        self.chat_id = chat_id if chat_id is not None else user_id
        self.chat = {"id": self.chat_id, "type": "private" if self.chat_id > 0 else "supergroup"}
        if self.chat_id < 0:
            self.chat["title"] = "Border watch"

    def message(self, text: str | None = None, *, reply_to: dict | None = None, **content: Any) -> dict:
        """A Message object from this user (commands and @mentions get their entities)."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self.chat,
            "from": self.user,
        }
        if text is not None:
            message["text"] = text
            entities = []
            if text.startswith("/"):
                entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
            mention = f"@{BOT_USERNAME}"
            if mention in text:
                entities.append(
                    {
                        "type": "mention",
                        "offset": _utf16_len(text[: text.index(mention)]),
                        "length": len(mention),
                    }
                )
            if entities:
                message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        message.update(content)
        return message

    async def send(
        self,
        text: str | None = None,
        *,
        expect: int = 1,
        timeout: float = 30.0,
        reply_to: dict | None = None,
        **content: Any,
    ) -> list[dict]:
        """Send a message and return the bot's messages to this chat that answer it."""
        return await self.send_update(
            {"message": self.message(text, reply_to=reply_to, **content)}, expect=expect, timeout=timeout
        )

    async def send_update(self, update: dict, *, expect: int = 1, timeout: float = 30.0) -> list[dict]:
        """Push any update and collect the bot's replies to this chat (expect=0: wait, expect none)."""
        mark = len(self.api.calls)
        await self.api.push(update)
        return await self.replies(mark, expect=expect, timeout=timeout)

    async def press(
        self, bot_message: dict, button: str, *, timeout: float = 30.0
    ) -> tuple[list[dict], dict]:
        """Press a button under a bot message; the bot's replies and its answerCallbackQuery call."""
        data = next(
            b["callback_data"]
            for row in bot_message["reply_markup"]["inline_keyboard"]
            for b in row
            if b["text"] == button
        )
        return await self.press_data(bot_message, data, timeout=timeout)

    async def press_data(
        self, bot_message: dict, data: str, *, timeout: float = 30.0, expect: int = 1
    ) -> tuple[list[dict], dict]:
        """Send a callback query with `data` from a bot message."""
        query_id = f"q{next(self._message_ids)}"
        mark = len(self.api.calls)
        await self.api.push(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self.user,
                    "message": bot_message,
                    "chat_instance": "ci",
                    "data": data,
                }
            }
        )
        answered = await self.api.wait_for(
            "answerCallbackQuery",
            lambda c: c.params.get("callback_query_id") == query_id,
            after=mark,
            timeout=timeout,
        )
        return await self.replies(mark, expect=expect, timeout=timeout), answered[0].params

    async def replies(self, mark: int, *, expect: int = 1, timeout: float = 30.0) -> list[dict]:
        """The messages the bot sent this chat after call `mark`, once it has gone quiet."""

        def mine(call) -> bool:  # type: ignore[no-untyped-def]
            return call.params.get("chat_id") == self.chat_id

        if expect:
            await self.api.wait_for("sendMessage", mine, after=mark, timeout=timeout, count=expect)
        seen = -1
        while True:
            calls = [
                c for c in self.api.calls[mark:] if c.method == "sendMessage" and mine(c) and c.status == 200
            ]
            if len(calls) == seen:
                break
            seen = len(calls)
            await asyncio.sleep(SETTLE)
        # The latest version of each message (a later edit shows), in the order they were sent.
        return [self.api.sent[(self.chat_id, c.result["message_id"])] for c in calls]


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def text_of(messages: list[dict]) -> str:
    """All the text of some bot messages, joined."""
    return "\n".join(m.get("text", "") for m in messages)


async def _demo(post: Path) -> None:
    """Start the fake server and the bot, paste a post, press every button, ask a question."""
    api = await FakeBotAPI().start()
    with tempfile.TemporaryDirectory() as folder:
        bot = await BotProcess(api, f"sqlite+aiosqlite:///{folder}/demo.sqlite3").start()
        try:
            user = User(api, 42)
            for shown in [await user.send("/start")]:
                print(text_of(shown), "\n")
            briefing = await user.send(post.read_text(encoding="utf-8"))
            print(text_of(briefing), "\n")
            for button in ("More", "Actors", "Casualties", "Ceasefire", "Source"):
                replies, _ = await user.press(briefing[-1], button)
                print(f"--- [{button}]\n{text_of(replies)}\n")
            print(text_of(await user.send("/ask how many were killed?")))
        finally:
            await bot.stop()
            await api.stop()


async def _serve(port: int) -> None:
    """Run the fake Bot API on `port` until interrupted."""
    api = await FakeBotAPI().start(port)
    print(f"fake Bot API on {api.base_url} (token {api.token}); POST updates to /_test/updates", flush=True)
    await api.serve_forever()


if __name__ == "__main__":
    default = ROOT.parent / "shared" / "fixtures" / "seed_post.txt"
    with contextlib.suppress(KeyboardInterrupt):
        if len(sys.argv) == 3 and sys.argv[1] == "--serve":
            asyncio.run(_serve(int(sys.argv[2])))
        else:
            asyncio.run(_demo(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
