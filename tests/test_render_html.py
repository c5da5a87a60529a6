"""Telegram HTML rendering: user text escaped, messages split under 4,096 on clean boundaries."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.briefing.model import Actor, Briefing, Casualties, CasualtyReport, Ceasefire
from bot.render.html import (
    actors_html,
    answer_html,
    briefing_html,
    casualties_html,
    ceasefire_html,
    help_html,
    source_html,
    split_message,
)

EVIL = '<b>bold</b> & <script>x</script> "q"'
_TAG = re.compile(r"</?([a-z-]+)[^>]*>")


def _briefing(text: str = EVIL) -> Briefing:
    report = CasualtyReport("killed", 24, None, True, "dozens", text, who=text, side="both")
    return Briefing(
        language="en",
        words=312,
        sentence_count=14,
        summary=(text, "Second sentence."),
        actors=(Actor(text, "state", (text,), 3, text),),
        casualties=Casualties(killed=report, reports=(report,)),
        ceasefire=Ceasefire("agreed", ("temporary",), text),
        title=text,
        url='https://example.test/a?b=1&c="2"',
        site=text,
    )


def _balanced(html: str) -> bool:
    stack: list[str] = []
    for match in _TAG.finditer(html):
        name = match.group(1)
        if match.group(0).startswith("</"):
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append(name)
    return not stack


def test_every_view_escapes_user_text() -> None:
    b = _briefing()
    views = [
        briefing_html(b),
        actors_html(b),
        casualties_html(b),
        ceasefire_html(b),
        source_html(b, EVIL, b.url),
        answer_html(EVIL, [EVIL]),
    ]
    for view in views:
        assert "<script>" not in view and "<b>bold</b>" not in view
        assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;" in view
        assert _balanced(view), view


def test_briefing_shows_every_part() -> None:
    html = briefing_html(_briefing("Plain words."), short_words=12, minimum=40)
    assert "312 words → 2 sentences" in html
    assert "English" in html and "• Plain words." in html
    assert "killed: at least 24 (dozens)" in html and "agreed (temporary)" in html
    assert "12 words" in html and 'href="https://example.test/a?b=1&amp;c=&quot;2&quot;"' in html


def test_empty_views_say_so() -> None:
    b = Briefing(language="en", words=50, sentence_count=3, summary=("One.",))
    assert "none found" in actors_html(b)
    assert "none reported" in casualties_html(b)
    assert "not mentioned" in ceasefire_html(b)
    assert "without a link" in source_html(b, "text")
    assert "found nothing" in answer_html("why?", [])
    assert "/casualties" in help_html()


def test_short_message_is_one_part() -> None:
    assert split_message("<b>hi</b>") == ["<b>hi</b>"]
    assert split_message("   ") == []


def test_long_briefing_splits_on_sentence_ends_under_limit() -> None:
    sentence = "Officials said &amp; <i>repeated</i> that the border stayed closed for the day. "
    html = "<b>Title</b>\n" + "<blockquote>" + sentence * 150 + "</blockquote>\n" + "• last line"
    parts = split_message(html)
    assert len(parts) > 1
    for part in parts:
        assert len(part) <= 4096
        assert _balanced(part), part[-200:]
        # the cut fell after a sentence, not inside a word, tag or entity
        text = re.sub(r"</?[a-z]+>", "", part).rstrip()
        assert text.endswith((".", "line")), text[-40:]
    joined = re.sub(r"</?blockquote>", "", "".join(parts))
    assert joined.count("&amp;") == 150


def test_cut_prefers_line_ends() -> None:
    html = "\n".join(f"• line {i} has some words in it" for i in range(400))
    parts = split_message(html, limit=1000)
    assert all(len(p) <= 1000 for p in parts)
    assert all(p.splitlines()[-1].startswith("• line") for p in parts)
    assert sum(len(p.splitlines()) for p in parts) == 400


def test_one_endless_word_is_still_cut() -> None:
    parts = split_message('<a href="x">' + "y" * 9000 + "</a>", limit=4096)
    assert len(parts) == 3 and all(len(p) <= 4096 and _balanced(p) for p in parts)
    assert "".join(re.sub(r"</?a[^>]*>", "", p) for p in parts) == "y" * 9000


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["b", "i", "blockquote", "code", None]), st.text(min_size=1, max_size=300)),
        min_size=1,
        max_size=60,
    ),
    st.integers(min_value=120, max_value=2000),
)
def test_split_never_breaks_tags_or_entities(pieces, limit) -> None:
    from html import escape

    html = "".join(f"<{t}>{escape(x)}</{t}>" if t else escape(x) for t, x in pieces)
    parts = split_message(html, limit=limit)
    for part in parts:
        assert len(part) <= limit
        assert _balanced(part)
        assert not re.search(r"&[#\w]*$", part)  # no entity cut at the end
        assert not re.search(r"<[^>]*$", part)  # no tag cut at the end
