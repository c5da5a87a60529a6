"""The briefing engine: text in, Briefing out. No Telegram, no network, no settings."""
