"""Turn a Briefing into what people and programs read: Telegram HTML, terminal text, JSON."""
