"""The whole engine on edge cases: empty, one sentence, only a link, 50,000 words, mixed languages, HTML."""

from __future__ import annotations

import json

import pytest
from conftest import shared_path

from bot.briefing.errors import EmptyText, UnsupportedLanguage
from bot.briefing.model import Document
from bot.briefing.pipeline import brief, sentences_of
from bot.ingest.text import document_from_text
from bot.render.json import briefing_from_dict, briefing_to_dict

OWN_POST = (
    "Fighting flared again on Tuesday near the northern crossing. The army said 12 soldiers were killed "
    "and 30 wounded when militants attacked two checkpoints. Government forces responded with air strikes, "
    "officials said. A ceasefire brokered by Qatar last month has collapsed, residents said, and families "
    "are leaving the area. Aid groups called for a humanitarian pause so that the wounded can be evacuated."
)


@pytest.mark.parametrize("text", ["", "   \n\t  ", "https://example.org/news/article-123", "#peace #border"])
def test_nothing_to_brief_is_refused_with_a_message(text: str) -> None:
    with pytest.raises(EmptyText) as err:
        brief(document_from_text(text))
    assert "paste" in str(err.value).lower()


def test_one_sentence_is_briefed() -> None:
    b = brief(document_from_text("The army said three soldiers were killed in an ambush on Monday."))
    assert b.summary == ("The army said three soldiers were killed in an ambush on Monday.",)
    assert b.casualties.killed is not None and b.casualties.killed.min == 3


def test_own_post_briefing_is_consistent() -> None:
    doc = document_from_text(OWN_POST)
    b = brief(doc)
    assert b.language == "en"
    assert b.words == 63
    assert 1 <= len(b.summary) <= b.sentence_count
    assert all(s in doc.text for s in b.summary)
    assert b.casualties.killed is not None and b.casualties.killed.min == 12
    assert b.casualties.injured is not None and b.casualties.injured.min == 30
    assert b.ceasefire.status == "collapsed"
    assert "brokered" in b.ceasefire.qualifiers


def test_summary_keeps_document_order_and_override() -> None:
    doc = document_from_text(OWN_POST)
    _, sentences = sentences_of(doc)
    b = brief(doc, sentences=4)
    order = [next(s.index for s in sentences if s.text == line) for line in b.summary]
    assert len(b.summary) == 4 and order == sorted(order)


def test_html_and_entities_are_decoded_before_briefing() -> None:
    text = (
        "Rebels said they &quot;took&quot; the town&#39;s airport. "
        "<b>At least 5 people were killed</b>, police said."
    )
    b = brief(document_from_text(text))
    joined = " ".join(b.summary)
    assert "&quot;" not in joined and "<b>" not in joined and "#39;" not in joined
    assert b.casualties.killed is not None and b.casualties.killed.min == 5


def test_unsupported_language_names_it() -> None:
    chinese = "政府今天宣布了一项新的学校法律。工会批评了这一决定，并要求与部长会面。讨论将在未来几周继续。"
    with pytest.raises(UnsupportedLanguage) as err:
        brief(document_from_text(chinese))
    assert "Chinese" in str(err.value)


def test_mixed_languages_take_the_majority() -> None:
    text = OWN_POST + "\nСтороны договорились о перемирии."
    assert brief(document_from_text(text)).language == "en"


def test_fifty_thousand_words_are_briefed() -> None:
    items = [
        json.loads(x)
        for x in shared_path("data", "summaries", "bbc_summary_100.jsonl").read_text().splitlines()
    ]
    body, n = [], 0
    while n < 50_000:
        for item in items:
            body.append(item["text"])
            n += len(item["text"].split())
    b = brief(document_from_text("\n".join(body)))
    assert b.words >= 50_000
    assert len(b.summary) <= 7


def test_json_round_trip() -> None:
    b = brief(Document(text=OWN_POST, title="Own post", url="https://example.org/x", site="example.org"))
    assert briefing_from_dict(json.loads(json.dumps(briefing_to_dict(b)))) == b
