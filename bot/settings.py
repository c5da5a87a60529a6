"""Every setting of the bot, read once from the environment and `.env`, passed down as one object."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Settings; each maps to an environment variable named in `.env.example`."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str | None = Field(default=None, alias="TELEGRAM_API_BASE_URL")
    webhook_url: str | None = Field(default=None, alias="SITREP_WEBHOOK_URL")
    webhook_secret: SecretStr | None = Field(default=None, alias="SITREP_WEBHOOK_SECRET")
    webhook_listen: str = Field(default="0.0.0.0", alias="SITREP_WEBHOOK_LISTEN")
    webhook_port: int = Field(default=8443, alias="SITREP_WEBHOOK_PORT")
    database_url: str = Field(default="sqlite+aiosqlite:///sitrep.sqlite3", alias="SITREP_DATABASE_URL")

    max_words: int = Field(default=60_000, alias="SITREP_MAX_WORDS")
    min_words: int = Field(default=40, alias="SITREP_MIN_WORDS")
    rate_limit_count: int = Field(default=10, alias="SITREP_RATE_LIMIT_COUNT")
    rate_limit_seconds: float = Field(default=60.0, alias="SITREP_RATE_LIMIT_SECONDS")

    fetch_allow: str = Field(default="", alias="SITREP_FETCH_ALLOW")
    fetch_timeout: float = Field(default=10.0, alias="SITREP_FETCH_TIMEOUT")
    fetch_connect_timeout: float = Field(default=5.0, alias="SITREP_FETCH_CONNECT_TIMEOUT")
    fetch_max_bytes: int = Field(default=5_000_000, alias="SITREP_FETCH_MAX_BYTES")
    fetch_cache_ttl: int = Field(default=3600, alias="SITREP_FETCH_CACHE_TTL")

    feeds: str = Field(default="", alias="SITREP_FEEDS")
    admin_ids: str = Field(default="", alias="SITREP_ADMIN_IDS")
    digest_time: str = Field(default="07:00", alias="SITREP_DIGEST_TIME")
    digest_timezone: str = Field(default="UTC", alias="SITREP_DIGEST_TIMEZONE")
    digest_stories: int = Field(default=5, alias="SITREP_DIGEST_STORIES")
    feed_poll_minutes: int = Field(default=30, alias="SITREP_FEED_POLL_MINUTES")

    log_level: str = Field(default="INFO", alias="SITREP_LOG_LEVEL")

    @property
    def fetch_allow_list(self) -> list[str]:
        """Hosts or CIDRs the fetcher may reach even if private (tests, private deployments)."""
        return [x.strip() for x in self.fetch_allow.split(",") if x.strip()]

    @property
    def admin_id_list(self) -> list[int]:
        """Telegram user ids allowed to manage feeds."""
        return [int(x) for x in self.admin_ids.replace(" ", "").split(",") if x]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
