"""The Telegram application: build it from Settings, run it by long polling or behind a webhook."""

from __future__ import annotations

import hashlib
import logging
import sys
from html import unescape
from urllib.parse import urlsplit

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, Defaults

from handlers import add_handlers
from handlers.common import SERVICE_KEY
from handlers.digest import DIGEST_SERVICE_KEY
from handlers.gate import LIMITER_KEY, RateLimiter

from .digest.delivery import Broadcaster
from .digest.schedule import DigestScheduler
from .digest.service import Clock, DigestService
from .logging_setup import install_token_filter
from .render.i18n import SOURCE, TRANSLATED
from .render.labels import label
from .service import BriefingService
from .settings import Settings
from .storage import Store, StorePageCache
from .storage.digests import DigestStore

log = logging.getLogger(__name__)

NO_TOKEN = (
    "Set TELEGRAM_BOT_TOKEN to your bot's token from @BotFather (in the environment or .env), "
    "then run `python -m bot run` again."
)
COMMAND_MENU = (
    "start", "help", "more", "actors", "casualties", "ceasefire", "source", "ask",
    "subscribe", "topics", "unsubscribe", "digest_time", "timezone", "digest", "trend", "feeds", "lang",
)
# Retries of a request Telegram answered with 429, each after its retry_after.
RATE_LIMIT_RETRIES = 3
# Telegram allows about 30 messages in any second. The limiter's default (30 per 1 s) is a leaky
# bucket that lets a burst of 30 through on top of the steady 30/s, so a digest broadcast trips 429s
# and stalls a second each time (26.8 msg/s measured); a bucket of one request refilled at a steady
# rate spaces them evenly instead. At exactly 30/s the jitter of a loaded machine still puts 31 in
# some second (125 429s, 25.6 msg/s on 2026-11-26), so the spacing keeps one message in hand:
# 28.3 msg/s sustained, no 429 (python -m bench.digest_send).
OVERALL_MESSAGES_PER_SECOND = 29
# Briefings cite their source link; a big preview card under each would bury the briefing.
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_FETCHER_KEY = "fetcher"
_STORE_KEY = "store"
_SCHEDULER_KEY = "digest_scheduler"


def file_base_url(base_url: str) -> str:
    """The file-download base matching a Bot API base: ".../bot" → ".../file/bot"."""
    base = base_url.rstrip("/")
    root, _, last = base.rpartition("/")
    return f"{root}/file/{last}" if last.startswith("bot") else f"{base}/file/bot"


def webhook_secret(settings: Settings) -> str:
    """The secret Telegram sends in X-Telegram-Bot-Api-Secret-Token: the setting, or one derived from
    the token (stable across restarts and workers; only [A-Za-z0-9_-] as Telegram requires)."""
    if settings.webhook_secret and settings.webhook_secret.get_secret_value():
        return settings.webhook_secret.get_secret_value()
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    return hashlib.sha256(f"sitrep-webhook:{token}".encode()).hexdigest()


def build_application(settings: Settings, *, clock: Clock | None = None) -> Application:
    """The bot with every handler; its services open in post_init and close in post_shutdown.

    `clock` (aware UTC now) drives the digest schedule; tests pass one to move through days.
    """
    if settings.telegram_bot_token is None:
        raise ValueError(NO_TOKEN)
    builder = (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .defaults(
            Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True))
        )
        .rate_limiter(
            AIORateLimiter(
                overall_max_rate=1, overall_time_period=1 / OVERALL_MESSAGES_PER_SECOND,
                max_retries=RATE_LIMIT_RETRIES,
            )
        )
        .concurrent_updates(8)
        .post_init(lambda app: _open_services(app, settings, clock))
        .post_stop(_stop_digests)
        .post_shutdown(_close_services)
    )
    if settings.telegram_api_base_url:
        builder = builder.base_url(settings.telegram_api_base_url).base_file_url(
            file_base_url(settings.telegram_api_base_url)
        )
    application = builder.build()
    add_handlers(application)
    return application


async def _open_services(application: Application, settings: Settings, clock: Clock | None = None) -> None:
    """Open the store (migrating it), the link fetcher and the services; schedule digests; set the menu."""
    store = await Store(settings.database_url).open()
    fetcher = _make_fetcher(settings, store)
    application.bot_data[_STORE_KEY] = store
    application.bot_data[_FETCHER_KEY] = fetcher
    application.bot_data[SERVICE_KEY] = BriefingService(settings, store, fetcher)
    application.bot_data[LIMITER_KEY] = RateLimiter(settings.rate_limit_count, settings.rate_limit_seconds)
    _open_digests(application, settings, store, fetcher, clock)
    await _set_command_menus(application)
    log.info("Sitrep is up as @%s", application.bot.username)


async def _set_command_menus(application: Application) -> None:
    """The command menu in each of our languages (Telegram shows it by the user's app language), then
    the default one in English for every other language."""
    for language in (*TRANSLATED, None):
        commands = [BotCommand(c, unescape(label(f"cmd_{c}", language or SOURCE))) for c in COMMAND_MENU]
        try:
            await application.bot.set_my_commands(commands, language_code=language)
        except TelegramError as error:  # a missing menu is no reason not to serve
            log.warning("could not set the %s command menu: %s", language or "default", error)


def _make_fetcher(settings: Settings, store: Store) -> object | None:
    """The links issue's guarded fetcher with the store as its page cache, where it is built."""
    try:
        from .ingest.fetcher import Fetcher
    except ImportError:
        return None
    return Fetcher(settings, cache=StorePageCache(store, settings.fetch_cache_ttl))


def _open_digests(
    application: Application, settings: Settings, store: Store, fetcher: object | None, clock: Clock | None
) -> None:
    """The digest service, its broadcaster (through the application's rate-limited bot) and schedule."""
    digests = DigestService(
        settings, DigestStore(store.engine, settings.digest_time, settings.digest_timezone), fetcher, clock
    )
    scheduler = DigestScheduler(
        digests, Broadcaster(digests, lambda chat_id, text: application.bot.send_message(chat_id, text))
    )
    application.bot_data[DIGEST_SERVICE_KEY] = digests
    application.bot_data[_SCHEDULER_KEY] = scheduler
    if application.job_queue is not None:
        scheduler.install(application.job_queue, settings.feed_poll_minutes)


async def _stop_digests(application: Application) -> None:
    """Cancel a running broadcast while the bot and the store still work: unsent claims go back."""
    scheduler = application.bot_data.pop(_SCHEDULER_KEY, None)
    if scheduler is not None:
        await scheduler.stop()


async def _close_services(application: Application) -> None:
    await _stop_digests(application)
    fetcher = application.bot_data.pop(_FETCHER_KEY, None)
    if fetcher is not None:
        await fetcher.aclose()
    store = application.bot_data.pop(_STORE_KEY, None)
    if store is not None:
        await store.close()


def run(settings: Settings) -> int:
    """Run the bot until stopped (Ctrl-C / SIGTERM): long polling, or a webhook when one is set."""
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    if not token.strip():
        print(NO_TOKEN, file=sys.stderr)
        return 2
    if not logging.getLogger().handlers:
        logging.basicConfig(
            level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    install_token_filter(token)
    application = build_application(settings)
    if settings.webhook_url:
        log.info("Starting with a webhook on %s:%s", settings.webhook_listen, settings.webhook_port)
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
            webhook_url=settings.webhook_url,
            secret_token=webhook_secret(settings),
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        log.info("Starting with long polling")
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
