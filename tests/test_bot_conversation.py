"""End to end over a real Bot API wire: `python -m bot run` against the fake server, driven as users would."""

from __future__ import annotations

import re

import pytest
import pytest_asyncio
from bot_client import BotProcess, User, text_of
from fake_bot_api import BOT_ID, BOT_USERNAME, FakeBotAPI

pytestmark = pytest.mark.asyncio(loop_scope="module")

BUTTONS = ("More", "Actors", "Casualties", "Ceasefire", "Source")
# Sentences written for these tests: a second, different story.
OTHER_POST = (
    "Heavy shelling hit the northern border town of Velmora overnight, officials said on Monday. "
    "At least 14 civilians were killed and 30 wounded when rockets struck a crowded market. "
    "The Northern Alliance blamed government troops for the strikes, while the defence ministry "
    "denied any role and accused the rebels of staging the attack. Aid groups said hundreds of "
    "families had fled toward the river crossing, where shelters were already full. Talks on a "
    "truce, proposed by neighbouring states last week, have not started."
)
CHINESE = (
    "政府昨晚宣布了一系列新的经济措施，以支持受能源价格上涨影响的家庭和小企业。"
    "部长说，这些资金将在未来几个月内发放。"
)
ITALIAN = (
    "Il governo ha annunciato ieri sera una nuova serie di misure economiche per sostenere le famiglie "
    "e le piccole imprese colpite dall'aumento dei prezzi dell'energia. Il ministro ha spiegato che i "
    "fondi saranno distribuiti nei prossimi mesi attraverso i comuni, e che le domande potranno essere "
    "presentate online a partire dalla prossima settimana. Le opposizioni hanno criticato il piano."
)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def api():
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(api, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bot")
    database = folder / "sitrep.sqlite3"
    # DEBUG logging on purpose: the library logs its URLs (which contain the token) at DEBUG.
    process = await BotProcess(
        api,
        f"sqlite+aiosqlite:///{database}",
        log_dir=folder,
        SITREP_LOG_LEVEL="DEBUG",
        SITREP_MAX_WORDS="5000",
    ).start()
    yield process
    assert await process.stop() == 0
    assert api.token not in process.log()
    assert api.token.split(":")[1] not in process.log()


def _buttons(message: dict) -> list[str]:
    return [b["text"] for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


async def test_start_up_sets_the_command_menu(api, bot) -> None:
    assert api.calls_of("getMe") and api.calls_of("deleteWebhook")
    commands = [c["command"] for c in api.calls_of("setMyCommands")[-1].params["commands"]]
    assert commands[:8] == ["start", "help", "more", "actors", "casualties", "ceasefire", "source", "ask"]
    assert {"subscribe", "topics", "unsubscribe", "digest_time", "timezone", "digest"} <= set(commands)


async def test_the_command_menu_comes_in_each_language(api, bot) -> None:
    menus = {c.params.get("language_code"): {x["command"]: x["description"] for x in c.params["commands"]}
             for c in api.calls_of("setMyCommands")}
    assert set(menus) == {None, "ar", "ru", "uk", "fr", "es", "de", "ur", "fa", "tr"}
    assert all(menu.keys() == menus[None].keys() for menu in menus.values())
    assert menus[None]["casualties"] == "the casualty figures, with their sentences"
    assert menus["ru"]["casualties"] != menus[None]["casualties"]
    assert re.search("[а-я]", menus["ru"]["casualties"]) and re.search("[\u0600-\u06ff]", menus["fa"]["ask"])
    # The default (English) menu is set last, so a language Telegram has no menu for falls back to it.
    assert api.calls_of("setMyCommands")[-1].params.get("language_code") is None


async def test_start_and_help(api, bot) -> None:
    user = User(api, 101)
    start = text_of(await user.send("/start"))
    assert "Sitrep" in start and "Example" in start
    help_text = text_of(await user.send("/help"))
    for command in ("/more", "/actors", "/casualties", "/ceasefire", "/source", "/ask"):
        assert command in help_text
    assert all(call.params.get("parse_mode") == "HTML" for call in api.calls_of("sendMessage", chat_id=101))


async def test_seed_post_briefing_then_every_button(api, bot, seed_text) -> None:
    user = User(api, 102)
    mark = len(api.calls)
    replies = await user.send(seed_text)
    assert api.calls_of("sendChatAction", chat_id=102, action="typing")
    briefing = text_of(replies)
    assert re.search(r"\d+ words → \d+ sentences", briefing)
    assert "English" in briefing and "Pakistan" in briefing
    assert "agreed" in briefing and "dozens" in briefing
    assert _buttons(replies[-1]) == list(BUTTONS)
    assert all(len(m["text"]) <= 4096 for m in replies)
    expected = {
        "More": "Longer summary",
        "Actors": "Haqqani",
        "Casualties": "at least 24",
        "Ceasefire": "temporary",
        "Source": "arabnews.com",
    }
    for button, needle in expected.items():
        shown, answered = await user.press(replies[-1], button)
        assert needle in text_of(shown), button
        assert "text" not in answered  # a plain acknowledgement: the detail comes as a message
    more = [c for c in api.calls[mark:] if c.method == "sendMessage" and "Longer summary" in c.params["text"]]
    assert more[0].params["text"].count("•") > briefing.count("•")


async def test_follow_up_commands_act_on_the_latest_briefing(api, bot, seed_text) -> None:
    user = User(api, 103)
    assert "no briefing here yet" in text_of(await user.send("/casualties"))
    await user.send(seed_text)
    await user.send(OTHER_POST)
    assert "14" in text_of(await user.send("/casualties"))
    assert "Northern Alliance" in text_of(await user.send("/actors"))
    assert "proposed" in text_of(await user.send("/ceasefire"))
    assert "without a link" in text_of(await user.send("/source"))
    assert "Longer summary" in text_of(await user.send("/more"))


async def test_ask_and_reply_follow_ups(api, bot, seed_text) -> None:
    user = User(api, 104)
    seed_reply = await user.send(seed_text)
    await user.send(OTHER_POST)
    answer = text_of(await user.send("/ask how many people were killed?"))
    assert "<blockquote>" in answer and "14 civilians" in answer
    assert "found nothing" in text_of(await user.send("/ask what about the price of bananas?"))
    assert "/ask how many" in text_of(await user.send("/ask"))
    # A command replying to the older briefing acts on it, not on the latest.
    assert "at least 24" in text_of(await user.send("/casualties", reply_to=seed_reply[-1]))
    # So does one replying to the post that briefing came from.
    seed_post = api.calls_of("sendMessage", chat_id=104)[0].params["reply_parameters"]["message_id"]
    own = user.message(seed_text) | {"message_id": seed_post}
    assert "Haqqani" in text_of(await user.send("/actors", reply_to=own))
    # A short reply to a briefing is a question about that briefing.
    answer = text_of(await user.send("Who leads the Haqqani Network?", reply_to=seed_reply[0]))
    assert "Sirajuddin Haqqani" in answer


async def test_group_answers_only_what_is_addressed_to_it(api, bot, seed_text) -> None:
    member = User(api, 105, chat_id=-1001)
    assert await member.send(OTHER_POST, expect=0) == []
    assert await member.send("/start@SomeOtherBot", expect=0) == []
    briefing = await member.send(f"@{BOT_USERNAME} {seed_text}")
    assert "Pakistan" in text_of(briefing)
    assert "agreed" in text_of(await member.send(f"/ceasefire@{BOT_USERNAME}"))
    assert "Haqqani" in text_of(await member.send("/actors"))
    answer = await member.send("how many were killed?", reply_to=briefing[-1])
    assert "dozens" in text_of(answer)
    # A reply to another member is not for the bot.
    other = User(api, 106, chat_id=-1001).message("hello")
    assert await member.send("thanks!", reply_to=other, expect=0) == []


async def test_every_bad_input_gets_a_short_kind_answer(api, bot) -> None:
    user = User(api, 107)
    sticker = {
        "file_id": "st",
        "file_unique_id": "st",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }
    assert "sticker" in text_of(await user.send(sticker=sticker))
    assert "voice" in text_of(await user.send(voice={"file_id": "v", "file_unique_id": "v", "duration": 2}))
    photo = [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}]
    assert "images" in text_of(await user.send(photo=photo))
    assert "no text" in text_of(await user.send("   "))
    assert "/help" in text_of(await user.send("/launch"))
    assert "cannot read that" in text_of(await user.send(location={"latitude": 1.0, "longitude": 2.0}))
    short = text_of(await user.send("Two soldiers were killed near the border on Monday, the army said."))
    assert "short" in short and "killed" in short
    too_long = text_of(await user.send(("Officials reported more shelling along the border. " * 900).strip()))
    assert "5,000" in too_long and "6,300 words" in too_long
    # A caption is briefed like a text.
    assert "14" in text_of(await user.send(photo=photo, caption=OTHER_POST))


async def test_other_languages_get_a_summary_or_a_refusal_by_name(api, bot) -> None:
    user = User(api, 113)
    italian = text_of(await user.send(ITALIAN))
    assert "Italian" in italian and "summary alone" in italian and "Il governo" in italian
    assert "Key actors:" not in italian and "Ceasefire:" not in italian
    assert "looks like Chinese (zh)" in text_of(await user.send(CHINESE))


async def test_links(api, bot) -> None:
    user = User(api, 108)
    answer = text_of(await user.send(f"http://127.0.0.1:{api.port}/article"))
    try:
        import bot.ingest.link  # noqa: F401
    except ImportError:
        assert "cannot fetch links yet" in answer
    else:
        assert "private or local network" in answer  # the fetcher refuses loopback by default
        russian = User(api, 114)
        russian.user["language_code"] = "ru"
        answer = text_of(await russian.send(f"http://127.0.0.1:{api.port}/article"))
        assert "адрес частной или локальной сети" in answer and "private" not in answer
    with_text = text_of(await user.send(OTHER_POST + "\nhttps://example.test/story"))
    assert "14" in with_text and "https://example.test/story" in with_text


async def test_documents(api, bot, seed_text) -> None:
    user = User(api, 109)

    def document(name: str, data: bytes, size: int | None = None) -> dict:
        api.add_file(name, data, f"documents/{name}")
        return {"file_id": name, "file_unique_id": name, "file_name": name, "file_size": size or len(data)}

    answer = text_of(await user.send(document=document("post.txt", seed_text.encode("utf-8"))))
    assert "Pakistan" in answer and "agreed" in answer
    assert api.calls_of("getFile", file_id="post.txt")
    assert ".txt and .html" in text_of(await user.send(document=document("scan.pdf", b"%PDF-1.4")))
    assert "too large" in text_of(await user.send(document=document("big.txt", b"x", size=50_000_000)))
    assert "could not read" in text_of(await user.send(document=document("bin.txt", b"\x00\x01\x02" * 50)))
    html = (
        "<html><head><title>Border report</title></head>"
        f"<body><article><p>{OTHER_POST}</p></article></body></html>"
    )
    answer = text_of(await user.send(document=document("story.html", html.encode("utf-8"))))
    try:
        import bot.ingest.link  # noqa: F401
    except ImportError:
        assert ".txt and .html" in answer
    else:
        assert "14" in answer


async def test_html_in_user_text_is_escaped(api, bot) -> None:
    user = User(api, 110)
    post = OTHER_POST.replace("Velmora", "<b>Velmora</b> & Co").replace(
        "overnight", "overnight (shells > 40 <i>"
    )
    answer = text_of(await user.send(post))
    assert "Velmora" in answer and "&amp; Co" in answer and "shells &gt; 40" in answer
    assert "<b>Velmora" not in answer and "<i>)" not in answer


async def test_forgotten_briefing_button(api, bot) -> None:
    user = User(api, 111)
    fake_message = {
        "message_id": 5,
        "date": 0,
        "chat": user.chat,
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Sitrep"},
    }
    shown, answered = await user.press_data(fake_message, "v:actors:999999")
    assert "no longer stored" in text_of(shown) and "no longer stored" in answered["text"]
    _, answered = await user.press_data(fake_message, "something-else", expect=0)
    assert answered["callback_query_id"]


async def test_forwarded_channel_post_and_video_caption(api, bot) -> None:
    user = User(api, 112)
    origin = {
        "type": "channel",
        "chat": {"id": -100777, "type": "channel", "title": "Frontline news"},
        "message_id": 9,
        "date": 0,
    }
    assert "14" in text_of(await user.send(OTHER_POST, forward_origin=origin))
    video = {"file_id": "vid", "file_unique_id": "vid", "width": 64, "height": 64, "duration": 3}
    assert "14" in text_of(await user.send(video=video, caption=OTHER_POST))
