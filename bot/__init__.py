"""Sitrep: briefings on wars and border crises, for Telegram and the terminal."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
