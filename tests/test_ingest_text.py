"""Pasted text to Document: what goes (greetings, sign-offs, links, tags, markup) and what must stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.briefing.sentences import split_sentences
from bot.ingest.text import clean_html_text, document_from_text

NEWS = "Twelve soldiers were killed when militants attacked a border post on Monday, the army said."


def lines(text: str) -> list[str]:
    return document_from_text(text).text.split("\n")


def test_seed_post(seed_text: str, seed_expected: dict) -> None:
    doc = document_from_text(seed_text)
    for junk in seed_expected["not_in_summary"]:
        assert junk not in doc.text
    assert "As-salamu alaykum" not in doc.text and "insha'Allah" not in doc.text
    # The rest of the paragraph that held the prayer stays.
    assert doc.text.endswith("The situation is fragile and worth watching closely.")
    assert doc.title is not None and doc.title.startswith("Taliban facing pressure")
    assert doc.text.split("\n")[0] == doc.title
    assert doc.url == "https://www.arabnews.com/node/" and doc.links == (doc.url,)
    assert doc.site == "arabnews.com"
    assert len(doc.text.split("\n")) == 8
    kept = {s.text for s in split_sentences(doc.text)}
    original = {s.text for s in split_sentences(seed_text)}
    assert len(original - kept) == 3  # the greeting line, the prayer sentence, the link


@pytest.mark.parametrize(
    "greeting",
    [
        "As-salamu alaykum",
        "Assalamu alaikum everyone!",
        "Asalam o alaikum,",
        "Assalam-o-Alaikum wa rahmatullahi wa barakatuh",
        "Salam all 👋",
        "Hi all",
        "Hello everyone,",
        "Good morning!",
        "Dear friends,",
        "السلام عليكم ورحمة الله وبركاته",
        "السلام علیکم",
        "سلام دوستان،",
        "Всем привет!",
        "Доброго ранку, друзі!",
        "Bonjour à tous,",
        "Hola a todos:",
        "Guten Morgen zusammen!",
        "Merhaba arkadaşlar,",
    ],
)
def test_greeting_lines_go(greeting: str) -> None:
    assert lines(f"{greeting}\n{NEWS}") == [NEWS]


def test_greeting_with_meta_talk_goes_whole_but_greeting_with_news_keeps_the_news() -> None:
    assert lines(f"Salam all - quick update on the border.\n{NEWS}") == [NEWS]
    assert lines(f"Hi everyone, hope you are well.\n{NEWS}") == [NEWS]
    kept = "Pakistan and Afghanistan announced a truce on Monday after three days of clashes."
    assert lines(f"Salam all, {kept}") == [kept]
    assert lines(f"Hello everyone! {kept}") == [kept]
    assert lines("Друзья, ночью атаковали 5 объектов.") == ["ночью атаковали 5 объектов."]
    assert lines("Salam, update: 12 soldiers were killed in Kurram.") == [
        "update: 12 soldiers were killed in Kurram."
    ]


@pytest.mark.parametrize(
    "news",
    [
        "Hi-tech drones struck the fuel depot overnight, officials said.",
        "Hello Kitty maker Sanrio closed its stores in the region after the attack.",
        "Salam Fayyad said the talks would resume next week.",
        "Good Morning America reported that the strike killed four people.",
        "Hey Jude was playing on the radio when the shelling began, a witness said.",
        "Amendments to the truce were signed by both sides.",
        "Subscribers to the state broadcaster saw the footage first.",
        "Share prices in Karachi fell after the clashes.",
        '"God bless you all," the commander told the troops before the assault.',
        "Prayers for the victims were held at the main mosque on Friday.",
        "Follow-up talks are scheduled in Doha.",
    ],
)
def test_news_that_starts_like_a_greeting_or_sign_off_stays(news: str) -> None:
    assert lines(f"{news}\n{NEWS}") == [news, NEWS]


@pytest.mark.parametrize(
    "signoff",
    [
        "May Allah protect the innocent, insha'Allah.",
        "Inshallah peace will come.",
        "Stay safe everyone!",
        "Pray for Gaza 🙏",
        "Thanks for reading.",
        "Subscribe to our channel for more updates.",
        "Follow us on Telegram: @warnews",
        "Please share this post.",
        "حفظ الله أهلنا في غزة.",
        "إن شاء الله خير.",
        "تابعونا على قناتنا.",
        "اللہ پاک سب کی حفاظت کرے۔",
        "خدا حافظ",
        "ما را دنبال کنید.",
        "Подписывайтесь на наш канал!",
        "Берегите себя.",
        "Підписуйтесь на канал.",
        "Слава Україні!",
        "Abonnez-vous à notre chaîne.",
        "Suscríbete para más noticias.",
        "Bleibt gesund!",
        "Allah korusun.",
        "Bizi takip edin.",
    ],
)
def test_sign_off_sentences_go(signoff: str) -> None:
    assert lines(f"{NEWS}\n{signoff}") == [NEWS]
    assert lines(f"{NEWS} {signoff}") == [NEWS]


def test_sign_off_inside_a_paragraph_leaves_the_rest() -> None:
    text = f"Both sides traded fire. May God protect the civilians, insha'Allah. {NEWS}"
    assert lines(text) == [f"Both sides traded fire. {NEWS}"]


def test_links_are_taken_out_and_kept_as_sources() -> None:
    text = (
        f"{NEWS} https://www.example.com/world/story-1.\n"
        "Source: https://news.example.org/a/b?id=3\n"
        "Read more: www.example.net/x\n"
        "The report is at t.me/somechannel/123 for now.\n"
        "https://www.example.com/world/story-1\n"
        "https://www.arabnews.com/no…\n"
    )
    doc = document_from_text(text)
    assert doc.text.split("\n") == [NEWS, "The report is at for now."]
    assert doc.links == (
        "https://www.example.com/world/story-1",
        "https://news.example.org/a/b?id=3",
        "https://www.example.net/x",
        "https://t.me/somechannel/123",
        "https://www.arabnews.com/no",
    )
    assert doc.url == "https://www.example.com/world/story-1"
    assert doc.site == "example.com"


def test_only_a_link_leaves_no_text_but_the_source() -> None:
    doc = document_from_text("  https://www.example.com/news/2024/05/story.html  \n")
    assert doc.text == ""
    assert doc.url == "https://www.example.com/news/2024/05/story.html"
    assert doc.title is None


@pytest.mark.parametrize("text", ["", "   \n\t\n", "🔥🔥🔥\n#Gaza #Israel", "Forwarded from War Updates"])
def test_nothing_left(text: str) -> None:
    doc = document_from_text(text)
    assert doc.text == "" and doc.url is None and doc.links == ()


def test_headers_tags_emoji_lines_and_trailing_hashtags_go() -> None:
    text = (
        "Forwarded from Border Watch\n"
        "🔴 BREAKING 🔴\n"
        "🔴🔴🔴\n"
        "#Pakistan #Afghanistan @borderwatch\n"
        f"{NEWS} #Pakistan #Kurram\n"
        "—————\n"
        "Переслано от Новости\n"
    )
    assert lines(text) == [NEWS]


def test_decorations_and_alert_labels() -> None:
    text = "⚡️ Strikes hit Rafah overnight 🔴\n• URGENT\n• Officials said 12 people were killed.\nСРОЧНО\n"
    assert lines(text) == ["Strikes hit Rafah overnight", "Officials said 12 people were killed."]
    assert lines(f"BREAKING: Strikes hit Rafah\n{NEWS}") == ["BREAKING: Strikes hit Rafah", NEWS]


def test_html_tags_and_entities() -> None:
    html_text = (
        "<p>Troops &amp; tanks entered the city.</p><p>Officials said &quot;no comment&quot; &#8212; "
        "and the UN&#39;s envoy left.</p><br/>&lt;b&gt;Curfew&lt;/b&gt; begins at 9&nbsp;p.m."
        "<script>x()</script>"
    )
    assert lines(html_text) == [
        "Troops & tanks entered the city.",
        'Officials said "no comment" — and the UN\'s envoy left.',
        "Curfew begins at 9 p.m.",
    ]
    assert clean_html_text("AT&T and a < b > c stay") == "AT&T and a < b > c stay"


def test_broken_entities_of_scraped_sets() -> None:
    text = (
        "Iraq #39;s interim government called it a  quot;real quot; step  #151; and  #39;good will #39; too."
    )
    assert lines(text) == ["Iraq's interim government called it a \"real\" step — and 'good will' too."]


def test_agnews_items_come_out_clean_with_their_headline(conflict_items: list[dict]) -> None:
    agnews = [item for item in conflict_items if item["set"] == "agnews"]
    assert agnews
    for item in agnews:
        doc = document_from_text(item["text"])
        for broken in ("#39;", " quot;", "&lt;", "&amp;", "<b>"):
            assert broken not in doc.text
        headline = document_from_text(item["text"].split("\n")[0]).text
        assert doc.title == headline and doc.text.startswith(headline + "\n")


def test_every_conflict_text_keeps_its_news(conflict_items: list[dict]) -> None:
    for item in conflict_items:
        doc = document_from_text(item["text"])
        # Nothing but metadata lines and links goes from real articles.
        assert len(doc.text) >= 0.9 * len(clean_html_text(item["text"]).strip()) - 200, item["id"]


def test_zero_width_junk_goes_but_zwnj_stays() -> None:
    text = "\ufeffآتش\u200cبس\u200b اعلام شد\u200e و ادامه دارد.\u202b\nTwo\u00a0\u00a0 spaces\t\there."
    assert lines(text) == ["آتش\u200cبس اعلام شد و ادامه دارد.", "Two spaces here."]


def test_headline_is_the_title_and_stays_in_the_text() -> None:
    doc = document_from_text(f"Border clashes leave dozens dead\n\n{NEWS}")
    assert doc.title == "Border clashes leave dozens dead"
    assert doc.text == f"Border clashes leave dozens dead\n{NEWS}"
    assert document_from_text(f"Is the truce holding?\n{NEWS}").title == "Is the truce holding?"


@pytest.mark.parametrize(
    "text",
    [
        NEWS,  # one paragraph: no headline
        f"{NEWS}\nThe truce held overnight.",  # the first line is a sentence
        f"Update:\n{NEWS}",  # a lead-in, not a headline
        "Officials said the fighting, which began at dawn near the crossing and spread to three villages "
        f"along the river valley before noon, was the worst in years\n{NEWS}",  # too long
    ],
)
def test_no_headline(text: str) -> None:
    assert document_from_text(text).title is None


def test_paragraphs_are_one_a_line() -> None:
    text = f"  First paragraph here.  \n\n\n  {NEWS}\r\n\r\nLast one.  "
    assert document_from_text(text).text == f"First paragraph here.\n{NEWS}\nLast one."


_PIECES = st.sampled_from(
    [
        *"ab .,!?:\n\t#@<>&;-–\"'",
        "\u200b",
        "\u200c",
        "\ufeff",
        "🔥",
        "Salam",
        "Hi",
        "all",
        "May Allah",
        "insha'Allah",
        "https://x.org/a",
        "www.y.com",
        "t.me/z",
        "&amp;",
        "#39;",
        " quot;",
        "<b>",
        "</p>",
        "News",
        "12",
        "قتل",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_any_paste_gives_clean_lines(text: str) -> None:
    doc = document_from_text(text)
    if doc.text:
        for line in doc.text.split("\n"):
            assert line and line == line.strip() and "  " not in line
            assert any(ch.isalnum() for ch in line)
    for junk in ("\u200b", "\ufeff", "\t", "\r"):
        assert junk not in doc.text
    assert doc.title is None or doc.text.split("\n")[0] == doc.title
    assert doc.url == (doc.links[0] if doc.links else None)
    assert all(link.startswith(("http://", "https://")) for link in doc.links)
