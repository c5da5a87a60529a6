"""Every fixed phrase the bot says in Telegram, in one place (English now; the languages issue
translates this table with Babel/gettext, so keep phrases whole and use {named} placeholders)."""

from __future__ import annotations

from html import escape

LABELS: dict[str, str] = {
    # briefing and detail views
    "summary": "Summary",
    "more": "Longer summary",
    "actors": "Key actors",
    "casualties": "Casualties",
    "ceasefire": "Ceasefire",
    "source": "Source",
    "none_found": "none found",
    "none_reported": "none reported",
    "headline": "headline",
    "mentions": "mentioned {count}×",
    "also_called": "also called",
    "evidence": "from the text",
    "text_briefed": "The text I briefed ({words} words):",
    "text_cut": "… (the rest of the text is not shown)",
    "link": "Link",
    "site": "Site",
    "author": "Author",
    "published": "Published",
    "no_source": "This text came without a link.",
    "button_more": "More",
    "button_actors": "Actors",
    "button_casualties": "Casualties",
    "button_ceasefire": "Ceasefire",
    "button_source": "Source",
    # /ask
    "question": "Question",
    "answer_intro": "What the text says:",
    "answer_none": "I found nothing in this text that answers that. Try other words, or /actors, "
    "/casualties, /ceasefire.",
    "ask_usage": "Ask a question about the latest briefing, e.g. <code>/ask how many were killed?</code> "
    "— or reply to a briefing with your question.",
    # conversation
    "start": "<b>Sitrep</b> briefs war and border-crisis news.\n"
    "Send a post, forward a channel post or send a link: I answer with a short summary, the key "
    "actors, the casualties and the ceasefire status, each with the sentence it came from.\n"
    "Example: paste a news story, then press <b>Casualties</b> or ask <code>/ask who attacked?</code>",
    "help_intro": "<b>Commands</b>",
    "cmd_start": "what Sitrep does",
    "cmd_help": "this list",
    "cmd_more": "a longer summary of the latest briefing",
    "cmd_actors": "the key actors, with the sentences naming them",
    "cmd_casualties": "the casualty figures, with their sentences",
    "cmd_ceasefire": "the ceasefire status, with its sentence",
    "cmd_source": "where the latest briefing came from",
    "cmd_ask": "ask a question about the latest briefing",
    "help_outro": "Commands act on your latest briefing, or on the briefing you reply to.",
    "too_short": "This text is short ({words} words; I brief {minimum} or more), so here is what I "
    "found anyway:",
    "too_long": "This text has {words} words; I brief up to {maximum}. Send a shorter part of it.",
    "file_too_big": "That file is too large ({size}); I read files up to {limit}.",
    "file_type": "I read .txt and .html files. Paste the text or send a link instead.",
    "file_unreadable": "I could not read that file as text. Paste the text or send a link instead.",
    "no_briefing": "There is no briefing here yet: paste a news text or send a link first.",
    "forgotten": "That briefing is no longer stored; send the text again.",
    "link_unavailable": "I cannot fetch links yet. Paste the article's text instead.",
    "link_failed": "I could not use the link: {reason}",
    "link_skipped": "Your message had {count} more links; I briefed the first.",
    "link_cited": "I briefed your text and kept the link as its source.",
    "sticker": "Nice sticker! I brief news text: paste a post or send a link.",
    "voice": "I cannot listen to voice or audio messages. Paste the text or send a link.",
    "photo": "I cannot read images. Send the text, or add it as the photo's caption.",
    "media": "I cannot read that. Paste the news text or send a link.",
    "empty": "That message has no text I can brief. Paste a news post or send a link.",
    "unknown_command": "I do not know that command. /help lists what I can do.",
    "rate_limited": "You are sending a lot: please try again in {seconds} s.",
    "error": "Something went wrong on my side. Please try again in a moment.",
    # daily digests
    "cmd_subscribe": "follow a conflict in a daily digest, e.g. /subscribe Pakistan Afghanistan",
    "cmd_topics": "the topics this chat follows, with buttons to drop each",
    "cmd_unsubscribe": "stop one topic, or all of them",
    "cmd_digest_time": "when the daily digest comes, e.g. /digest_time 07:30",
    "cmd_timezone": "your time zone, e.g. /timezone Asia/Karachi",
    "cmd_digest": "today's digest now",
    "cmd_feeds": "the news sources digests are made from",
    "cmd_addfeed": "add a news source (admins)",
    "cmd_removefeed": "remove a news source (admins)",
    "cmd_trend": "a chart of a topic's figures and ceasefire status, day by day",
    "subscribe_usage": "Usage: <code>/subscribe Pakistan Afghanistan</code> — the words or the name of a "
    "conflict to follow.",
    "subscribed": "You will get a digest of <b>{topic}</b> every day at {time} ({zone}). /topics lists "
    "what you follow; /digest sends today's now.",
    "already_subscribed": "You already follow <b>{topic}</b>.",
    "too_many_topics": "You follow {count} topics, the most I keep per chat. Drop one with /topics first.",
    "topics_intro": "<b>This chat follows</b> (digest every day at {time}, {zone}):",
    "topics_none": "This chat follows no topic yet. Example: <code>/subscribe Pakistan Afghanistan</code>",
    "button_drop": "Drop {topic}",
    "unsubscribed": "You no longer follow <b>{topic}</b>.",
    "unsubscribed_all": "You no longer follow any topic ({count} dropped).",
    "not_subscribed": "You do not follow <b>{topic}</b>. /topics lists what you follow.",
    "digest_time_usage": "Usage: <code>/digest_time 07:30</code> (24-hour clock, your time zone).",
    "digest_time_set": "Your daily digest comes at {time} ({zone}).",
    "timezone_usage": "Usage: <code>/timezone Asia/Karachi</code> — a time zone name, a city, or an "
    "offset like <code>+05:00</code>.",
    "timezone_ambiguous": "“{given}” could be several time zones: {choices}. Send one of them, e.g. "
    "<code>/timezone {example}</code>",
    "timezone_set": "Your time zone is now {zone}; the daily digest comes at {time} your time.",
    "digest_no_topics": "Follow a topic first, e.g. <code>/subscribe Pakistan Afghanistan</code>",
    "digest_working": "Putting today's digest together…",
    "digest_nothing_new": "Nothing new on <b>{topic}</b> since the last digest.",
    "digest_ceasefire_change": "ceasefire: {before} → {after}",
    "feeds_intro": "<b>Sources</b> ({count}):",
    "feeds_none": "No news sources are set. Admins add them with <code>/addfeed URL</code>.",
    "admin_only": "Only the bot's admins can change the sources.",
    "addfeed_usage": "Usage: <code>/addfeed https://example.org/rss.xml</code> (an RSS or Atom feed).",
    "feed_added": "Added source {url}.",
    "feed_exists": "{url} is already a source.",
    "removefeed_usage": "Usage: <code>/removefeed URL</code> or <code>/removefeed 2</code> (its number in "
    "/feeds).",
    "feed_removed": "Removed source {url}.",
    "feed_unknown": "That is not one of the sources; /feeds lists them.",
    "trend_usage": "Usage: <code>/trend Pakistan Afghanistan</code> — a topic you follow.",
    "trend_not_enough": "Not enough history yet: {days} days stored for <b>{topic}</b> (a chart needs 3).",
}


def label(key: str, language: str = "en", **values: object) -> str:
    """The phrase for `key` in `language` (English for now) as Telegram HTML, `values` escaped in."""
    text = LABELS[key]
    return text.format(**{k: escape(str(v)) for k, v in values.items()}) if values else text
