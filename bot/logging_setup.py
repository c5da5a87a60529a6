"""Logging for the running bot: the token never reaches a log line."""

from __future__ import annotations

import logging

# httpx logs every request URL at INFO, and Bot API URLs contain the token.
NOISY_LOGGERS = ("httpx", "httpcore")
REDACTED = "<token>"


class TokenFilter(logging.Filter):
    """Replace the bot token (and its secret half) in a record's message, arguments and traceback."""

    def __init__(self, token: str) -> None:
        super().__init__()
        secret = token.split(":", 1)[-1]
        # Longest first, so the whole token is replaced before its secret half is looked for.
        self.secrets = [s for s in dict.fromkeys((token, secret)) if len(s) >= 8]

    def redact(self, text: str) -> str:
        """`text` with every secret replaced."""
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Always keep the record, with the token taken out of it."""
        message = record.getMessage()
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install_token_filter(token: str, logger: logging.Logger | None = None) -> TokenFilter:
    """Quiet the request loggers and add a TokenFilter to every handler of `logger` (the root)."""
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    token_filter = TokenFilter(token)
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, TokenFilter) for f in handler.filters):
            handler.addFilter(token_filter)
    # Records logged straight to the logger (with no handler of its own) are covered as well.
    target.addFilter(token_filter)
    return token_filter
