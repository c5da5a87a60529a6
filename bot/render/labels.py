"""Every fixed phrase the bot says in Telegram, in one place: English here, the nine other languages
in gettext catalogues (bot/locales, see i18n.py), so keep phrases whole and use {named} placeholders."""

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
    "feed_not_a_feed": "That address is not an RSS or Atom feed; check the feed's URL.",
    "trend_usage": "Usage: <code>/trend Pakistan Afghanistan</code> — a topic you follow.",
    "trend_not_enough": "Not enough history yet: {days} days stored for <b>{topic}</b> (a chart needs 3).",
}


# The reply language (/lang), and the parts of a briefing that are words, not the text's own sentences.
LABELS |= {
    "cmd_lang": "choose the language of my replies",
    "lang_intro": "I reply in <b>{current}</b>. Choose another with <code>/lang xx</code>:",
    "lang_auto_hint": "<code>/lang auto</code> — follow your Telegram language",
    "lang_set": "From now on I reply in {name}.",
    "lang_auto": "I follow your Telegram language again ({name}).",
    "lang_unknown": "I do not know the language “{code}”. /lang lists the ten I speak.",
    "cut": "{words} words → {count} of {total} sentences",
    "status_none": "not mentioned",
    "status_proposed": "proposed (called for or under negotiation)",
    "status_agreed": "agreed",
    "status_holding": "holding",
    "status_violated": "violated (breaches reported)",
    "status_collapsed": "collapsed",
    "qualifier_temporary": "temporary",
    "qualifier_fragile": "fragile",
    "qualifier_extended": "extended",
    "qualifier_brokered": "brokered",
    "qualifier_partial": "partial",
    "qualifier_unilateral": "unilateral",
    "brokered_by": "brokered by {who}",
    "partial_where": "partial: {where}",
    "kind_killed": "killed",
    "kind_injured": "injured",
    "kind_missing": "missing",
    "kind_captured": "captured",
    "kind_displaced": "displaced",
    "figure_between": "between {low} and {high}",
    "figure_at_least": "at least {n}",
    "figure_up_to": "up to {n}",
    "figure_unknown": "an unknown number",
    "who_soldiers": "soldiers",
    "who_civilians": "civilians",
    "who_militants": "militants",
    "who_children": "children",
    "who_police": "police",
    "who_women": "women",
    "who_men": "men",
    "who_people": "people",
    "both_sides": "both sides",
    "according_to": "according to {who}",
    "type_state": "state",
    "type_group": "group",
    "type_faction": "faction",
    "type_leader": "leader",
    "type_organisation": "organisation",
    "no_text": "There is no news text to brief: paste the post itself or send a link.",
    "unsupported_language": "This text looks like {name} ({code}), which Sitrep cannot summarize yet. "
    "Send it in English, Arabic, Russian, Ukrainian, French, Spanish, German, Urdu, Persian or Turkish.",
}


# The daily digest's body: its header, the situation line, "nothing new", and a story's labels
# (a story's Actors, Casualties, Ceasefire and Source reuse button_actors, casualties, ceasefire, source).
LABELS |= {
    "digest_one_story": "1 story",
    "digest_stories": "{count} stories",
    "digest_top_stories": "top {shown} of {total} stories",
    "digest_ceasefire": "ceasefire: {status}",
    "digest_ceasefire_changed": "ceasefire: {before} → {now}",
    "digest_ceasefire_unmentioned": "ceasefire: not mentioned today (last: {last})",
    "digest_status_proposed": "proposed",
    "digest_status_violated": "violated",
    "digest_no_figures": "no casualty figures reported",
    "digest_most_mentioned": "most mentioned: {actors}",
    "digest_nothing_new": "<b>{topic}</b>: nothing new since the last digest.",
    "digest_sources": "Sources",
}


# What the engine notes about a text (its doubt about the language; a language it summarizes only).
LABELS |= {
    "language_too_little": "Too little text to tell the language; I read it as {name}.",
    "language_unsure": "I could not tell the language for sure; I read the text as {name}.",
    "summary_only": "I read key actors, casualties and the ceasefire status in ten languages; {name} is "
    "not one of them yet, so here is the summary alone.",
}


# The caption of /trend's chart.
LABELS |= {
    "trend_no_digests": "{topic}: no digests yet.",
    "trend_period": "{topic}, {start}–{end}",
    "trend_peak": "{kind} reported on {days} days, peak {value} ({day})",
    "trend_ceasefire_since": "ceasefire: {status} since {day}",
}


# Why a link could not be briefed (bot/ingest/errors.py: each IngestError and raise site names its key).
LABELS |= {
    "link_unreadable": "I could not read that link; paste the article text instead.",
    "link_bad": "That link is incomplete or not a web address; send the full http(s) link.",
    "link_cut_off": "That link looks cut off (it ends in …); send the full link.",
    "link_not_http": "I only fetch http and https links; send a link to a web page.",
    "link_private": "That link points to a private or local network address, which I do not fetch; "
    "paste the article text instead.",
    "link_not_found": "That page was not found (404); check the link or send another one.",
    "link_timeout": "That site took too long to answer; try again later or paste the article text.",
    "link_too_large": "That page is too large to fetch; paste the article text instead.",
    "link_not_article": "That link is not an article I can read; "
    "send a link to a news article or paste its text.",
    "link_no_text": "That page has no article text I can read; "
    "send a link to a news article or paste its text.",
    "link_is_image": "That link is an image, not an article; "
    "send a link to a news article or paste its text.",
    "link_is_video": "That link is a video, not an article; send a link to a news article or paste its text.",
    "link_is_audio": "That link is audio, not an article; send a link to a news article or paste its text.",
    "link_is_pdf": "That link is a PDF, not an article; send a link to a news article or paste its text.",
    "link_is_file": "That link is a {media_type} file, not an article; send a link to a news article "
    "or paste its text.",
    "link_is_not_web": "That link is a non-web file, not an article; send a link to a news article or paste "
    "its text.",
    "link_paywalled": "That page is behind a paywall or cookie wall; paste the article text instead.",
    "link_encoding": "That page's text encoding could not be read; paste the article text instead.",
    "link_damaged": "That page's compressed data is damaged; try again later or paste the article text.",
    "link_fetch_failed": "I could not fetch that page; try again later or paste the article text.",
    "link_dns": "I could not find that site (its name does not resolve); check the link.",
    "link_tls": "That site's secure connection could not be verified; paste the article text instead.",
    "link_connect": "I could not connect to that site; check the link or try again later.",
    "link_refused": "That site refused to show me the page (HTTP {status}); paste the article text instead.",
    "link_rate_limited": "That site is limiting requests right now; try again in a few minutes.",
    "link_server_error": "That site had an error (HTTP {status}); try again later.",
    "link_http_status": "That site answered HTTP {status}; check the link.",
    "link_bad_redirect": "That link redirects to a malformed address.",
    "link_redirect_loop": "That link redirects in a loop; open it in a browser and send the final link.",
    "link_redirects": "That link redirects more than {count} times; send the final link instead.",
}


def label(key: str, language: str = "en", **values: object) -> str:
    """The phrase for `key` in `language` as Telegram HTML, `values` escaped in; English where the
    language has no sound translation of it (see bot/render/i18n.py)."""
    from .i18n import table  # here: i18n reads LABELS

    text = table(language).get(key) or LABELS[key]
    return text.format(**{k: escape(str(v)) for k, v in values.items()}) if values else text

