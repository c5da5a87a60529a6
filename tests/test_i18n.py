"""The bot's replies in ten languages: complete, sound catalogues; /lang and Telegram's language_code end
to end over the fake Bot API (German, French and right-to-left Arabic and Persian)."""

from __future__ import annotations

import pytest
import pytest_asyncio
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from bot_client import BotProcess, User, text_of
from fake_bot_api import FakeBotAPI

from bot.briefing.languages import LANGUAGES
from bot.render import i18n
from bot.render.i18n import RLM, choose_language, directed, same_shape, supported
from bot.render.labels import LABELS, label


def _catalog(language: str):
    with i18n.po_path(language).open("rb") as f:
        return read_po(f, locale=language, domain=i18n.DOMAIN)


def _messages(catalog) -> dict[tuple[str | None, str], str]:
    def text(value):  # read_mo keeps contexts as bytes
        return value.decode() if isinstance(value, bytes) else value

    return {(text(m.context), m.id): m.string for m in catalog if m.id and m.string and not m.fuzzy}


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_every_label_is_translated(language: str) -> None:
    translated = _messages(_catalog(language))
    missing = [key for key, english in LABELS.items() if (key, english) not in translated]
    assert not missing, f"{language}: no translation for {missing} (run python -m bot.render.i18n)"


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_translations_keep_placeholders_and_tags(language: str) -> None:
    broken = [(ctx, text) for (ctx, english), text in _messages(_catalog(language)).items()
              if not same_shape(english, text)]
    assert not broken, f"{language}: {broken}"


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_compiled_catalogue_matches_its_po(language: str) -> None:
    # The bot reads the .mo: it must say exactly what the .po says (recompile after every edit).
    mo_path = i18n.po_path(language).with_suffix(".mo")
    with mo_path.open("rb") as f:
        compiled = _messages(read_mo(f))
    assert compiled == _messages(_catalog(language)), f"{mo_path} is stale: run python -m bot.render.i18n"


def test_every_language_answers_every_label_in_its_own_words() -> None:
    for language in LANGUAGES:
        for key in LABELS:
            text = label(key, language, **{name: "X" for name in i18n.placeholders(LABELS[key])})
            assert text and "{" not in text, (language, key)
    assert label("summary", "ru") == "Кратко" and label("button_actors", "ar") == "الأطراف"


def test_shape_check_catches_broken_translations() -> None:
    english = "This text has {words} words; see <b>{topic}</b>."
    assert same_shape(english, "Ce texte a {words} mots ; voir <b>{topic}</b>.")
    assert not same_shape(english, "Ce texte a {mots} mots ; voir <b>{topic}</b>.")  # renamed
    assert not same_shape(english, "Ce texte a des mots ; voir <b>{topic}</b>.")  # dropped
    assert not same_shape(english, "Ce texte a {words} mots ; voir <b>{topic}.")  # tag not closed
    assert not same_shape(english, "Ce texte a {words} mots ; voir <i>{topic}</i>.")  # other tag
    assert not same_shape(english, "Ce texte a {words mots ; voir <b>{topic}</b>.")  # lone brace


def test_unknown_language_falls_back_to_english() -> None:
    assert label("summary", "it") == "Summary"
    assert label("mentions", "xx", count=3) == "mentioned 3×"


def test_refusals_in_the_readers_language() -> None:
    from bot.briefing.errors import EmptyText, UnsupportedLanguage
    from bot.service import _refusal

    assert "Chinesisch (zh)" in _refusal(UnsupportedLanguage("zh", "Chinese"), "de")
    assert "Chinese (zh)" in _refusal(UnsupportedLanguage("zh", "Chinese"), "en")
    assert _refusal(EmptyText(), "es").startswith("No hay texto")


def test_language_choice() -> None:
    assert supported("ru-RU") == "ru" and supported("FA") == "fa" and supported("pt-br") is None
    assert choose_language(None, "uk") == "uk"
    assert choose_language("de", "uk") == "de"
    assert choose_language(None, "it") == "en" and choose_language(None, None) == "en"


def test_right_to_left_lines_start_with_a_mark() -> None:
    html = "<b>الملخص</b>\n• The army said 12 soldiers died.\n• <b>Israel</b> (دولة، ذُكر 3 مرة)"
    lines = directed(html, "ar").split("\n")
    assert lines[0].startswith(RLM) and lines[2].startswith(RLM)
    assert not lines[1].startswith(RLM)  # an English sentence stays left to right
    assert directed(html, "de") == html
    assert directed(directed(html, "fa"), "fa") == directed(html, "fa")


# ---- end to end over the fake Bot API --------------------------------------------------------------

pytestmark_e2e = pytest.mark.asyncio(loop_scope="module")

# Written for these tests: a short Arabic report and an English one.
ARABIC_POST = (
    "قُتل 9 جنود وأصيب 14 آخرون في هجوم بطائرات مسيّرة على قاعدة عسكرية قرب الحدود، بحسب بيان للجيش. "
    "وأعلنت قطر أن الطرفين اتفقا على وقف لإطلاق النار يبدأ منتصف الليل، على أن تستمر المحادثات في الدوحة. "
    "وقال مسؤولون محليون إن مئات العائلات نزحت من القرى المجاورة خلال الأيام الماضية. "
    "ودعت الأمم المتحدة إلى حماية المدنيين وفتح ممرات آمنة لإيصال المساعدات إلى المنطقة."
)
ENGLISH_POST = (
    "Heavy shelling hit the border town of Velmora overnight, officials said on Monday. "
    "At least 14 civilians were killed and 30 wounded when rockets struck a crowded market. "
    "The Northern Alliance blamed government troops for the strikes, while the defence ministry denied "
    "any role. Aid groups said hundreds of families had fled toward the river crossing. "
    "Talks on a truce, proposed by neighbouring states, have not started."
)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def api():
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(api, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bot-i18n")
    database = f"sqlite+aiosqlite:///{folder / 'sitrep.sqlite3'}"
    process = await BotProcess(api, database, log_dir=folder).start()
    yield process
    assert await process.stop() == 0


def _user(api, user_id: int, language_code: str) -> User:
    user = User(api, user_id)
    user.user["language_code"] = language_code
    return user


def _buttons(message: dict) -> list[str]:
    return [b["text"] for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


@pytestmark_e2e
async def test_telegram_language_code_sets_the_labels_right_to_left(api, bot) -> None:
    user = _user(api, 301, "ar")
    start = text_of(await user.send("/start"))
    assert "يلخّص أخبار الحروب" in start and all(line.startswith(RLM) for line in start.split("\n"))
    replies = await user.send(ARABIC_POST)
    briefing = text_of(replies)
    assert "الملخص" in briefing and "الضحايا" in briefing and "وقف إطلاق النار" in briefing
    assert "متفق عليه" in briefing  # the ceasefire status in Arabic
    assert "Summary" not in briefing
    assert _buttons(replies[-1]) == ["المزيد", "الأطراف", "الضحايا", "وقف النار", "المصدر"]
    for line in briefing.split("\n"):
        if line.strip():
            assert line.startswith(RLM), line  # every line reads from the right, bullets and figures too
    shown, _ = await user.press(replies[-1], "الضحايا")
    assert "قتلى: 9" in text_of(shown) and "جرحى: 14" in text_of(shown)


@pytestmark_e2e
async def test_lang_lists_sets_and_resets_the_chat_language(api, bot) -> None:
    user = _user(api, 302, "fr")
    listing = text_of(await user.send("/lang"))
    assert "Je réponds en <b>Français</b>" in listing
    names = ("English", "العربية", "Русский", "Українська", "Español", "Deutsch", "اردو", "فارسی", "Türkçe")
    assert all(name in listing for name in names)
    assert "Ab jetzt antworte ich auf Deutsch" in text_of(await user.send("/lang de"))
    help_text = text_of(await user.send("/help"))
    assert "<b>Befehle</b>" in help_text and "/lang" in help_text and "/casualties" in help_text
    replies = await user.send(ENGLISH_POST)
    briefing = text_of(replies)
    assert "Zusammenfassung" in briefing and "Englisch" in briefing
    assert "At least 14 civilians were killed" in briefing  # the summary stays in the text's language
    assert "getötet: mindestens 14" in briefing or "getötet: 14" in briefing
    assert _buttons(replies[-1])[0] == "Mehr"
    assert "kenne ich nicht" in text_of(await user.send("/lang xx"))
    assert "Diesen Befehl kenne ich nicht" in text_of(await user.send("/nosuchcommand"))
    assert "Je suis de nouveau la langue de votre Telegram" in text_of(await user.send("/lang auto"))
    assert "Résumé" in text_of(await user.send("/more"))


@pytestmark_e2e
async def test_persian_choice_in_an_english_telegram(api, bot) -> None:
    user = _user(api, 303, "en")
    assert "Summary" in text_of(await user.send(ENGLISH_POST))
    assert "به زبان فارسی پاسخ می‌دهم" in text_of(await user.send("/lang fa"))
    actors = text_of(await user.send("/actors"))
    assert "طرف‌های اصلی" in actors and "Northern Alliance" in actors
    assert all(line.startswith(RLM) for line in actors.split("\n") if "طرف" in line or "بار آمده" in line)
