"""Digests: topic matching, story grouping, the situation line, rendering, trend charts and the CLI.

The CLI test serves real pages of ../shared/data/article-extraction and feeds built from them at
test time on 127.0.0.1 (see test_feeds.py); every other text here is our own.
"""

from __future__ import annotations

import html
import io
import re
import struct
from datetime import UTC, date, datetime, timedelta

import pytest
from test_feeds import NOW, Entry, LocalSite, Resource, atom, real_pages, rss, settings, site  # noqa: F401

from bot.briefing.model import (
    CEASEFIRE_STATUSES,
    Actor,
    Briefing,
    Casualties,
    CasualtyReport,
    Ceasefire,
    Document,
)
from bot.briefing.pipeline import brief
from bot.digest import compose_digest, digest_html, digest_text, match, parse_topic
from bot.digest.cli import feed_urls, run_digest_cli
from bot.digest.collect import BriefingCache, collect_stories
from bot.digest.model import Source, Story
from bot.digest.render import MESSAGE_LIMIT, nothing_new_line
from bot.digest.stories import group_items, merge_stories
from bot.digest.trend import (
    _STATUS_ORDER,
    MIN_TREND_DAYS,
    TREND_DAYS,
    TrendPoint,
    history_note,
    trend_caption,
    trend_chart,
)
from bot.feeds import FeedItem
from bot.ingest.fetcher import Fetcher

# --- builders --------------------------------------------------------------------------------------


def actor(name: str, mentions: int = 1, aliases: tuple[str, ...] = (), type_: str = "state") -> Actor:
    return Actor(name=name, type=type_, aliases=aliases, mentions=mentions, evidence=f"{name} said.")


def killed(n: int, words: str | None = None) -> CasualtyReport:
    return CasualtyReport(
        "killed",
        n,
        None,
        words is not None,
        words or f"at least {n} killed",
        f"At least {n} people were killed.",
    )


def briefing(
    summary: tuple[str, ...] = ("Delegations met.", "Talks went on."),
    actors: tuple[Actor, ...] = (),
    status: str = "none",
    dead: CasualtyReport | None = None,
    title: str = "A story",
    words: int = 200,
) -> Briefing:
    return Briefing(
        language="en",
        words=words,
        sentence_count=8,
        summary=summary,
        actors=actors,
        casualties=Casualties(killed=dead, reports=(dead,) if dead else ()),
        ceasefire=Ceasefire(status=status, evidence="A truce was mentioned." if status != "none" else None),
        title=title,
    )


def story(title: str, b: Briefing, *outlets: str, hours_ago: float = 1.0) -> Story:
    when = NOW - timedelta(hours=hours_ago)
    slug = re.sub(r"\W+", "-", title.lower())
    sources = tuple(Source(title, f"https://{o}/{slug}", o, when) for o in outlets or ("a.example",))
    return Story(title, b, sources)


def item(title: str, summary: str, link: str, source: str = "Outlet", hours_ago: float = 1.0) -> FeedItem:
    return FeedItem(link, link, title, summary, NOW - timedelta(hours=hours_ago), source)


# --- topics ------------------------------------------------------------------------------------------


def test_topic_words_match_names_demonyms_capitals_and_tied_actors() -> None:
    topic = parse_topic("Pakistan Afghanistan")
    assert [c.label for c in topic.concepts] == ["Pakistan", "Afghanistan"]
    assert match(topic, "Afghan Taliban fighters exchanged fire with Pakistani troops near Chaman.")
    assert match(topic, "Islamabad summoned the envoy of the Islamic Emirate over the attack.")
    # The Pakistani Taliban are Pakistan's; the Taliban govern Afghanistan.
    assert match(topic, "TTP militants crossed from Kabul-held territory, police said.")
    half = match(topic, "Pakistan's cricket team won in Lahore.")
    assert not half and half.matched == ("Pakistan",) and half.missing == ("Afghanistan",)
    assert half.score == 0.5
    assert match(topic, "Nothing about either country here.").score == 0


def test_topic_in_english_matches_headlines_in_the_engines_other_languages() -> None:
    topic = parse_topic("Pakistan Afghanistan")
    assert match(topic, "Пакистан обвинил Кабул в обстреле пограничного поста.")
    assert match(topic, "Le Pakistan accuse Kaboul d'abriter des militants.")
    assert match(topic, "اشتباكات بين القوات الباكستانية وحركة طالبان في أفغانستان")
    assert not match(topic, "Пакистан и Индия провели переговоры.")
    assert [c.label for c in parse_topic("Пакистан Афганистан").concepts] == ["Pakistan", "Afghanistan"]


def test_topic_generic_words_dropped_and_plain_words_match_their_forms() -> None:
    assert [c.label for c in parse_topic("Kashmir border clashes").concepts] == ["Kashmir"]
    assert match("Kashmir border clashes", "Kashmiri shopkeepers closed their stores.")
    assert not match("Kashmir", "Kashgar is a city in China.")


def test_acronyms_match_only_in_capitals() -> None:
    assert match("US Iran", "The US and Iran traded accusations.")
    assert not match("US Iran", "Iran told us nothing new.")


def test_named_topic_matches_any_term_of_each_group() -> None:
    assert match("Israel Gaza", "Israeli strikes hit Khan Younis as Hamas fired rockets.")
    assert not match("Israel Gaza", "Israel's economy grew last quarter.")


def test_briefing_matches_by_its_actors_names_and_aliases() -> None:
    topic = parse_topic("Pakistan Afghanistan")
    # The summary names no country: the actors the engine found do.
    b = briefing(actors=(actor("Afghan Taliban", 3, ("Islamic Emirate",), "group"), actor("Pakistan", 2)))
    found = match(topic, b)
    assert found and any("actor" in why for why in found.why)
    assert not match(topic, briefing(actors=(actor("Pakistan", 4),)))


def test_real_briefing_of_our_own_text_matches_through_demonyms() -> None:
    text = (
        "Pakistani troops and Afghan forces exchanged heavy fire at the Torkham crossing on Sunday. "
        "At least 12 soldiers were killed and 30 wounded, officials on both sides said. "
        "A ceasefire agreed last week in Doha was violated within hours, the army said. "
        "Traders said hundreds of lorries were stranded at the closed crossing."
    )
    b = brief(Document(text=text, title="Fighting at the crossing"), sentences=2)
    assert match("Pakistan Afghanistan", b, text)
    assert not match("Sudan", b, text)


# --- stories -----------------------------------------------------------------------------------------


def test_same_story_from_two_outlets_is_one_group_and_repeats_are_dropped() -> None:
    items = [
        item(
            "Pakistan and Afghanistan agree ceasefire after deadly border clashes",
            "Talks in Doha.",
            "https://one.example/1",
            "One",
        ),
        item(
            "Afghanistan, Pakistan agree to ceasefire following deadly clashes on border",
            "Qatar mediated.",
            "https://two.example/9",
            "Two",
        ),
        item(
            "Pakistan strikes Afghan border posts, killing ten", "Overnight strikes.", "https://one.example/2"
        ),
        item(
            "Pakistan and Afghanistan agree ceasefire after deadly border clashes",
            "Talks in Doha.",
            "https://one.example/1",
            "One",
        ),
    ]
    groups = group_items(items)
    assert [len(g) for g in groups] == [2, 1]
    assert {i.source for i in groups[0]} == {"One", "Two"}


def test_briefed_stories_with_same_actors_and_toll_merge_keeping_the_fullest() -> None:
    actors = (actor("Pakistan", 3), actor("Afghanistan", 2))

    def make(title: str, summary: tuple[str, ...], dead: int, words: int, outlet: str) -> Story:
        return story(title, briefing(summary, actors=actors, dead=killed(dead), words=words), outlet)

    a = (
        "Artillery hits border town overnight",
        ("Shells landed in the market of Kurram at night.", "Residents fled the town to nearby villages."),
    )
    b = (
        "Town near the border counts its dead after shelling",
        ("Twenty-three people died when shells hit Kurram.", "Officials blamed forces across the border."),
    )
    c = (
        "Pakistan and Afghanistan trade blame over deportations",
        ("Officials in Kabul said refugees were forced across the border.", "Islamabad denied it."),
    )
    merged = merge_stories(
        [
            make(*a, 23, 120, "one.example"),
            make(*b, 23, 900, "two.example"),
            make(*c, 5, 300, "three.example"),
        ]
    )
    assert len(merged) == 2
    big = next(s for s in merged if len(s.sources) == 2)
    assert big.briefing.words == 900
    assert {s.site for s in big.sources} == {"one.example", "two.example"}
    # Different tolls: the few shared words are not enough.
    assert len(merge_stories([make(*a, 23, 120, "one.example"), make(*b, 4, 900, "two.example")])) == 2


# --- the digest -------------------------------------------------------------------------------------


def _day_of_stories() -> list[Story]:
    taliban = actor("Afghan Taliban", 4, ("Taliban",), "group")
    pakistan = actor("Pakistan", 6, ("Islamabad",))
    qatar = actor("Qatar", 1)
    return [
        story(
            "Truce agreed in Doha",
            briefing(actors=(pakistan, taliban, qatar), status="agreed"),
            "a.example",
            hours_ago=20,
        ),
        story(
            "Truce breached at Chaman",
            briefing(actors=(pakistan, taliban), status="violated", dead=killed(7)),
            "b.example",
            "c.example",
            hours_ago=3,
        ),
        story(
            "Shelling resumes near Kurram",
            briefing(actors=(pakistan,), status="violated", dead=killed(24, "dozens")),
            "d.example",
            hours_ago=1,
        ),
        story("Refugees return", briefing(actors=(taliban,)), "e.example", hours_ago=2),
    ]


def test_situation_line_says_status_change_figures_and_most_mentioned_actors() -> None:
    d = compose_digest(
        "Pakistan Afghanistan", _day_of_stories(), previous_ceasefire="agreed", day=date(2026, 11, 26)
    )
    text = digest_text(d)
    situation = " ".join(text.split("\n\n")[0].splitlines()[2:])
    assert "ceasefire: agreed → violated" in situation
    assert "killed: at least 24 (dozens)" in situation
    assert "most mentioned: Pakistan (18), Afghan Taliban (12), Qatar (1)" in situation
    assert text.splitlines()[0] == "Pakistan Afghanistan — 26 Nov 2026 · 4 stories"
    # Most outlets first: the story two outlets carried leads, with both sources listed.
    assert d.stories[0].title == "Truce breached at Chaman"
    assert "Sources (2):" in text and "b.example — https://b.example/" in text


def test_same_status_as_before_is_not_a_change_and_limit_keeps_the_top() -> None:
    d = compose_digest("Pakistan Afghanistan", _day_of_stories(), previous_ceasefire="violated", limit=2)
    assert len(d.stories) == 2 and d.total == 4
    assert "ceasefire: violated ·" in digest_text(d)
    assert "top 2 of 4 stories" in digest_text(d)


def test_nothing_new_is_one_short_line() -> None:
    stories = _day_of_stories()
    d = compose_digest("Pakistan Afghanistan", stories, since=NOW)
    assert d.empty
    assert digest_text(d) == nothing_new_line("Pakistan Afghanistan") + "\n"
    assert len(digest_text(d).splitlines()) == 1
    assert digest_html(compose_digest("Sudan & <Chad>", [])) == [
        "<b>Sudan &amp; &lt;Chad&gt;</b>: nothing new since the last digest."
    ]
    # `since` keeps only the newer stories.
    assert compose_digest("P A", stories, since=NOW - timedelta(hours=2, minutes=30)).total == 2


def _tag_balance(piece: str) -> bool:
    stripped = re.sub(r"<a href=\"[^\"<>]*\">", "<a>", piece)
    for tag in ("b", "i", "a"):
        if stripped.count(f"<{tag}>") != stripped.count(f"</{tag}>"):
            return False
    return re.sub(r"</?(b|i|a)>", "", stripped).count("<") == 0


def test_digest_html_is_escaped_and_split_below_the_limit() -> None:
    long_sentence = "Officials said the <script>alert(1)</script> & shelling went on " + "and on " * 900 + "."
    stories = [
        story(
            f"Story {n} <b>bold</b> & more",
            briefing(
                summary=(f"Sentence {n} says a & b < c.", "Another one."),
                actors=(actor("Pakistan"),),
                status="agreed",
                dead=killed(n + 1),
            ),
            "x.example",
        )
        for n in range(40)
    ]
    giant = briefing(summary=(long_sentence, "Second."))
    stories.append(story(long_sentence, giant, "y.example", hours_ago=30))
    d = compose_digest("Pakistan & Afghanistan", stories, limit=41)
    pieces = digest_html(d)
    assert len(pieces) > 1
    for piece in pieces:
        assert 0 < len(piece) < MESSAGE_LIMIT
        assert "<script>" not in piece and "<b>bold</b>" not in piece
        assert _tag_balance(piece), piece[:200]
    whole = "\n".join(pieces)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in whole
    assert "Pakistan &amp; Afghanistan" in pieces[0]
    # The giant headline is cut between words, all of it kept; the summary is cut short with "…".
    assert html.unescape(re.sub(r"<[^>]+>", "", whole)).split().count("and") > 900
    assert max(len(line) for line in whole.splitlines() if line.startswith("Officials said")) < 800
    assert re.search(r"\b(and|on) …\n", whole)
    assert '<a href="https://x.example/' in whole


# --- trend ---------------------------------------------------------------------------------------------


def _points(days: int) -> list[TrendPoint]:
    statuses = ["none"] * 10 + ["agreed"] * 10 + ["holding"] * 8 + ["violated"] * 7 + ["collapsed"] * 5
    end = date(2026, 11, 26)
    return [
        TrendPoint(
            end - timedelta(days=days - 1 - i),
            killed=(i * 7) % 30 or None,
            injured=(i * 11) % 50,
            ceasefire=statuses[(i + 40 - days) % len(statuses)],
        )
        for i in range(days)
    ]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_trend_chart_is_a_png_for_the_last_30_days() -> None:
    points = _points(40)  # ten more than shown: the oldest ten are left out
    png = trend_chart(points, "Pakistan Afghanistan")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = _png_size(png)
    assert width >= 600 and height >= 300
    caption = trend_caption(points, "Pakistan Afghanistan")
    assert caption.startswith("Pakistan Afghanistan, 28 Oct–26 Nov")
    assert f"days, peak {max(p.killed or 0 for p in points[-TREND_DAYS:])}" in caption
    assert "ceasefire: collapsed since 22 Nov" in caption


def test_trend_caption_in_the_readers_language() -> None:
    points = _points(40)
    english = trend_caption(points, "Sudan")
    for language, word in (("ru", "перемирие"), ("ar", "وقف إطلاق النار"), ("de", "Waffenruhe")):
        caption = trend_caption(points, "Sudan", language=language)
        assert caption.startswith("Sudan") and word in caption
        assert "reported on" not in caption and "since" not in caption and caption != english
    assert trend_caption([], "Sudan", language="fr") == "Sudan : pas encore de synthèse."


def test_trend_with_gaps_and_not_enough_history() -> None:
    sparse = [p for n, p in enumerate(_points(30)) if n % 4 == 0]
    assert trend_chart(sparse, "Sudan").startswith(b"\x89PNG")
    assert history_note(MIN_TREND_DAYS, "Sudan") is None
    assert history_note(2, "Sudan") == (
        "Not enough history for a trend of Sudan yet: only 2 days of digests so far; "
        f"a chart needs {MIN_TREND_DAYS}."
    )
    assert "no days" in (history_note(0, "Sudan") or "")
    with pytest.raises(ValueError):
        trend_chart([], "Sudan")


def test_trend_band_knows_every_ceasefire_status() -> None:
    assert set(_STATUS_ORDER) == set(CEASEFIRE_STATUSES)


# --- end to end over 127.0.0.1 -------------------------------------------------------------------------


def _serve_news(site: LocalSite) -> tuple[list[str], list]:  # noqa: F811
    """Two outlets' feeds about real pages; the second outlet also runs the first story."""
    pages = real_pages()
    for p in pages:
        site.resources[f"/a/{p.id}.html"] = Resource(p.html, "text/html; charset=utf-8")
    site.resources["/b/helicopter.html"] = Resource(pages[0].html, "text/html; charset=utf-8")
    one = [
        Entry(p.title, site.url(f"/a/{p.id}.html"), p.lead, NOW - timedelta(hours=n + 1))
        for n, p in enumerate(pages)
    ]
    # Our own item whose article is gone: it is briefed from the feed's own text.
    one.append(
        Entry(
            "Afghan border crossing reopens after week-long closure",
            site.url("/a/gone.html"),
            "Traders in Afghanistan said lorries moved again on Tuesday after officials agreed to "
            "reopen the crossing.",
            NOW - timedelta(hours=2),
        )
    )
    one.append(
        Entry(
            "An old Afghanistan story", site.url("/a/old.html"), "From last month.", NOW - timedelta(days=30)
        )
    )
    words = pages[0].title.split()
    two = [
        Entry(
            " ".join(words[-2:] + words[:-2]) + " officials say",
            site.url("/b/helicopter.html"),
            pages[0].lead,
            NOW - timedelta(minutes=20),
        )
    ]
    site.resources["/one.rss"] = Resource(rss("Outlet One", site.url("/"), one), "application/rss+xml")
    site.resources["/two.atom"] = Resource(atom("Outlet Two", site.url("/"), two), "application/atom+xml")
    return [site.url("/one.rss"), site.url("/two.atom")], pages


def test_cli_prints_the_digest_of_a_topic_from_local_feeds(site: LocalSite) -> None:  # noqa: F811
    feeds, pages = _serve_news(site)
    out, err = io.StringIO(), io.StringIO()
    assert run_digest_cli("Afghanistan", settings(), feeds, out=out, err=err) == 0, err.getvalue()
    text = out.getvalue()
    assert text.startswith("Afghanistan — ")
    helicopter, swap, bolivia, syria = pages
    assert helicopter.title in text and swap.title in text
    assert bolivia.title not in text and syria.title not in text
    assert "An old Afghanistan story" not in text
    assert "Afghan border crossing reopens" in text  # briefed from the feed's text
    # One story, two outlets.
    assert "Sources (2):" in text and "Outlet One" in text and "Outlet Two" in text
    block = text.split(helicopter.title, 1)[1].split("\n\n", 1)[0]
    assert "Outlet Two" in block and "Outlet One" in block
    # The Bolivia and Syria pages were never fetched: their headlines do not match.
    fetched = {path for path, _ in site.log}
    assert "/a/4a44ab3e.html" not in fetched and "/a/1ee91d1f.html" not in fetched


def test_cli_says_nothing_new_when_no_story_matches_every_word(site: LocalSite) -> None:  # noqa: F811
    feeds, _ = _serve_news(site)
    out, err = io.StringIO(), io.StringIO()
    assert run_digest_cli("Pakistan Afghanistan", settings(), feeds, out=out, err=err) == 0
    assert out.getvalue() == nothing_new_line("Pakistan Afghanistan") + "\n"


def test_cli_errors_are_one_clear_line(site: LocalSite) -> None:  # noqa: F811
    err = io.StringIO()
    assert run_digest_cli("the and", settings(), None, out=io.StringIO(), err=err) == 2
    assert err.getvalue().startswith("Say which topic")
    err = io.StringIO()
    assert run_digest_cli("Afghanistan", settings(), None, out=io.StringIO(), err=err) == 2
    assert err.getvalue().startswith("No feeds configured: set SITREP_FEEDS")
    err = io.StringIO()
    bad = [site.url("/nothing.rss"), "http://127.0.0.1:1/feed"]
    site.resources["/page.html"] = Resource(b"<html><body>Hello</body></html>", "text/html")
    assert (
        run_digest_cli("Afghanistan", settings(), [*bad, site.url("/page.html")], out=io.StringIO(), err=err)
        == 1
    )
    line = err.getvalue().strip()
    assert line.count("\n") == 0 and line.startswith("All 3 feeds failed")
    assert all(u in line for u in bad) and "not found" in line and "not an RSS or Atom feed" in line


def test_feed_urls_from_settings_or_arguments() -> None:
    s = settings().model_copy(
        update={"feeds": "https://a.example/rss, https://b.example/atom\nhttps://a.example/rss"}
    )
    assert feed_urls(s) == ["https://a.example/rss", "https://b.example/atom"]
    assert feed_urls(s, ["https://c.example/x"]) == ["https://c.example/x"]


async def test_each_item_is_briefed_once_per_cache(site: LocalSite) -> None:  # noqa: F811
    feeds, _ = _serve_news(site)
    fetcher = Fetcher(settings())
    cache: BriefingCache = {}
    try:
        from bot.feeds import fetch_feed

        items = [i for url in feeds for i in (await fetch_feed(url, fetcher)).items]
        topic = parse_topic("Afghanistan")
        first = await collect_stories(topic, items, fetcher, cache)
        fetched_once = [p for p, _ in site.log if p.startswith(("/a/", "/b/"))]
        # Ten subscribers of the same topic: no page is fetched again.
        for _ in range(10):
            again = await collect_stories(topic, items, fetcher, cache)
            assert [s.title for s in again] == [s.title for s in first]
    finally:
        await fetcher.aclose()
    assert [p for p, _ in site.log if p.startswith(("/a/", "/b/"))] == fetched_once
    assert len(fetched_once) == len(set(fetched_once))
    assert datetime.now(UTC) > NOW - timedelta(days=1)


# --- the digest in the reader's language -----------------------------------------------------------

# The fixed English words of a digest; none may be left in another language's digest.
ENGLISH_WORDS = ("ceasefire", "killed", "injured", "most mentioned", "not mentioned", "no casualty",
                 "stories", "story", "Actors:", "Casualties:", "Ceasefire:", "Source:", "Sources:",
                 "nothing new", "agreed", "violated", "Nov")


def _english_left(text: str) -> list[str]:
    """English label words in `text`, once the test's own Latin names and the text's words are removed."""
    titles = r"Truce agreed in Doha|Truce breached at Chaman|Shelling resumes near Kurram|Refugees return"
    names = r"Pakistan|Afghan Taliban|Qatar|Afghanistan|Sudan|Chad|dozens|Story \d+|bold|more"
    ours = rf"https?://\S+|[\w.-]+\.example|{titles}|{names}"
    rest = re.sub(ours, "", re.sub(r"<[^>]+>", "", html.unescape(text)))
    return [w for w in ENGLISH_WORDS if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", rest, re.IGNORECASE)]


def _digest_of_the_day(limit: int = 5):
    return compose_digest("Pakistan Afghanistan", _day_of_stories(), previous_ceasefire="agreed",
                          day=date(2026, 11, 26), limit=limit)


def test_english_digest_reads_exactly_as_before() -> None:
    d = _digest_of_the_day(limit=2)
    assert digest_html(d) == digest_html(d, "en")
    head, situation = digest_html(d)[0].split("\n")[:2]
    assert head == "<b>Pakistan Afghanistan — 26 Nov 2026 · top 2 of 4 stories</b>"
    assert situation == ("<i>ceasefire: agreed → violated · killed: at least 24 (dozens) · "
                         "most mentioned: Pakistan (18), Afghan Taliban (12), Qatar (1)</i>")
    assert "<i>Actors:</i> Pakistan, Afghan Taliban" in digest_html(d)[0]
    assert "<i>Sources:</i> " in digest_html(d)[0] and "<i>Source:</i> " in digest_html(d)[0]
    assert digest_text(d) == digest_text(d, "en")
    assert nothing_new_line("Sudan") == nothing_new_line("Sudan", "en")
    assert nothing_new_line("Sudan") == "Sudan: nothing new since the last digest."


def test_situation_line_in_russian_and_arabic() -> None:
    from bot.digest import situation_line
    from bot.render.labels import label

    s = _digest_of_the_day().situation
    assert s is not None
    ru = situation_line(s, "ru")
    assert ru.startswith("прекращение огня: согласовано → нарушается · ")
    assert f"{label('kind_killed', 'ru')}: {label('figure_at_least', 'ru', n=24)} (dozens)" in ru
    assert "Pakistan (18), Afghan Taliban (12), Qatar (1)" in ru
    ar = situation_line(s, "ar")
    assert ar.startswith("وقف إطلاق النار: متفق عليه ← مُنتهَك · ")
    assert "Pakistan (18)، Afghan Taliban (12)، Qatar (1)" in ar  # the Arabic comma
    assert _english_left(ru) == [] and _english_left(ar) == []
    # No ceasefire today after one last time, and no figures at all.
    quiet = compose_digest("Sudan", [story("Talks", briefing(actors=(actor("Sudan"),)))],
                           previous_ceasefire="holding").situation
    assert quiet is not None
    assert situation_line(quiet) == ("ceasefire: not mentioned today (last: holding) · "
                                     "no casualty figures reported · most mentioned: Sudan (1)")
    for language in ("ru", "ar", "de", "fa"):
        line = situation_line(quiet, language)
        assert label("status_holding", language) in line and label("digest_no_figures", language) in line
        assert _english_left(line) == [], (language, line)


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_whole_digest_in_russian_and_arabic_escaped_and_under_the_limit(language: str) -> None:
    from bot.render.i18n import RLM
    from bot.render.labels import label

    d = _digest_of_the_day()
    pieces = digest_html(d, language)
    whole = "\n".join(pieces)
    assert label("digest_stories", language, count=4) in whole and "26" in whole and "2026" in whole
    assert label("digest_sources", language) in whole and label("button_actors", language) in whole
    assert label("status_violated", language) in whole  # a story's ceasefire, in full
    assert _english_left(whole) == [], _english_left(whole)
    arabic_letters = re.compile("[\u0600-\u06ff]")
    for line in whole.split("\n"):
        # Right to left in Arabic: every line with Arabic letters starts with the mark; never in Russian.
        if language == "ar" and arabic_letters.search(line):
            assert line.startswith(RLM), line
        if language == "ru":
            assert RLM not in line
    # User-provided topic and titles stay escaped; a long digest splits under the limit with its marks.
    stories = [
        story(f"Story {n} <b>bold</b> & more",
              briefing(summary=("Officials said a & b < c. " * 20,), actors=(actor("Pakistan"),),
                       status="agreed", dead=killed(n + 1)), "x.example")
        for n in range(30)
    ]
    big = compose_digest("Sudan & <Chad>", stories, limit=30)
    for limit in (MESSAGE_LIMIT, 700):
        pieces = digest_html(big, language, limit=limit)
        assert len(pieces) > 1
        for piece in pieces:
            assert 0 < len(piece) < limit
            assert "<b>bold</b>" not in piece and _tag_balance(piece), piece[:200]
            assert _english_left(piece) == [], _english_left(piece)
            if language == "ar":
                assert all(line.startswith(RLM) for line in piece.split("\n") if arabic_letters.search(line))
        whole = "\n".join(pieces)
        assert "Sudan &amp; &lt;Chad&gt;" in pieces[0] and "&lt;b&gt;bold&lt;/b&gt; &amp; more" in whole
    # A line longer than a whole message is cut in pieces, each still marked right to left.
    giant = story("Giant", briefing(summary=("word " * 2000,), actors=tuple(actor(f"A{n}") for n in range(4)),
                                    status="agreed"), *[f"s{n}.example" for n in range(300)])
    for piece in digest_html(compose_digest("Sudan", [giant]), language, limit=500):
        assert len(piece) < 500
        if language == "ar":
            assert all(line.startswith(RLM) for line in piece.split("\n") if arabic_letters.search(line))


def test_nothing_new_in_the_readers_language() -> None:
    from bot.render.i18n import RLM

    empty = compose_digest("Sudan & <Chad>", [])
    assert digest_html(empty, "ru") == [
        "<b>Sudan &amp; &lt;Chad&gt;</b>: ничего нового с прошлого дайджеста."]
    [arabic] = digest_html(empty, "ar")
    assert arabic == RLM + "<b>Sudan &amp; &lt;Chad&gt;</b>: لا جديد منذ النشرة الأخيرة."
    assert nothing_new_line("Sudan & <Chad>", "de") == (
        "Sudan & <Chad>: nichts Neues seit dem letzten Überblick.")
    assert digest_text(empty, "fr") == "Sudan & <Chad> : rien de nouveau depuis le dernier résumé.\n"


def test_digest_text_in_a_language_for_the_terminal() -> None:
    text = digest_text(_digest_of_the_day(), "de")
    assert text.splitlines()[0] == "Pakistan Afghanistan — 26. November 2026 · 4 Meldungen"
    assert "Waffenruhe: vereinbart → gebrochen" in text and "Quellen (2):" in text
    assert _english_left(text) == []
