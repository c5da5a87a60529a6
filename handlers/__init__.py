"""The Telegram layer: one module per user-facing capability, registered here in an explicit order."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, TypeHandler

from . import ask, briefing, digest, errors, fallback, followups, gate, language, start

__all__ = ["add_handlers"]


def add_handlers(application: Application) -> None:
    """Register every handler: gatekeepers first (groups -2, -1), then the conversation (group 0)."""
    application.add_handlers(
        {
            -2: [TypeHandler(Update, gate.only_addressed)],
            -1: [TypeHandler(Update, gate.rate_limit)],
            # Within a group the first matching handler wins: commands, then replies that ask
            # something, then new texts to brief, then kind answers to everything else.
            # Digest commands and their drop buttons come before followups' catch-all button handler.
            0: [
                *start.HANDLERS,
                *language.HANDLERS,
                *digest.HANDLERS,
                *followups.HANDLERS,
                *ask.HANDLERS,
                *briefing.HANDLERS,
                *fallback.HANDLERS,
            ],
        }
    )
    application.add_error_handler(errors.on_error)
