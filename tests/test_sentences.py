"""The offline sentence splitter and word tokenizer: abbreviations, quotes, scripts, offsets."""

from __future__ import annotations

import json

import pytest
from conftest import shared_path
from hypothesis import given, settings
from hypothesis import strategies as st
from sumy.parsers.plaintext import PlaintextParser

from bot.briefing.sentences import SentenceTokenizer, split_sentences, words


def _squeeze(pieces) -> str:
    return "".join("".join(piece.split()) for piece in pieces)


def texts(text: str, language: str = "en") -> list[str]:
    return [s.text for s in split_sentences(text, language)]


def assert_verbatim(text: str, language: str = "en") -> None:
    found = split_sentences(text, language)
    for i, s in enumerate(found):
        assert s.index == i
        assert text[s.start : s.start + len(s.text)] == s.text
        assert s.text == s.text.strip() and s.text
    assert [s.paragraph for s in found] == sorted(s.paragraph for s in found)
    assert _squeeze(s.text for s in found) == _squeeze([text])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. troops entered the city. The U.N. envoy met Gen. Smith and Lt. Col. Ali at 9 a.m. Jan. 5.",
            [
                "U.S. troops entered the city.",
                "The U.N. envoy met Gen. Smith and Lt. Col. Ali at 9 a.m. Jan. 5.",
            ],
        ),
        (
            "Mr. Brown spoke at No. 10 Downing St. on Friday. J. R. Smith and Dr. A. Khan listened.",
            ["Mr. Brown spoke at No. 10 Downing St. on Friday.", "J. R. Smith and Dr. A. Khan listened."],
        ),
        (
            "Inflation rose 3.5 per cent. Output fell 0.2 per cent in Q3.",
            ["Inflation rose 3.5 per cent.", "Output fell 0.2 per cent in Q3."],
        ),
        (
            "Reinforcements arrived from the U.S. The fighting stopped at 9 p.m. Officials gave no toll.",
            [
                "Reinforcements arrived from the U.S.",
                "The fighting stopped at 9 p.m.",
                "Officials gave no toll.",
            ],
        ),
        (
            "Shares of Acme Inc. rose, e.g. on hopes of a deal, i.e. a merger. Sen. Cruz objected.",
            ["Shares of Acme Inc. rose, e.g. on hopes of a deal, i.e. a merger.", "Sen. Cruz objected."],
        ),
        (
            "Why now? Nobody knows! The talks… collapsed.",
            ["Why now?", "Nobody knows!", "The talks… collapsed."],
        ),
        ('Is it over?" he asked. No.', ['Is it over?" he asked.', "No."]),
        ("The convoy moved.The shelling stopped.", ["The convoy moved.", "The shelling stopped."]),
    ],
)
def test_english_abbreviations_and_marks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
    assert_verbatim(text)


def test_sentence_ending_inside_closing_quote_is_cut_after_the_quote() -> None:
    text = 'He said "we will fight." Then the army moved in. She added: “They will not pass.” It rained.'
    assert texts(text) == [
        'He said "we will fight."',
        "Then the army moved in.",
        "She added: “They will not pass.”",
        "It rained.",
    ]


def test_short_quote_with_several_sentences_stays_with_its_attribution() -> None:
    text = '"We will fight. We will win," the commander said. The crowd cheered.'
    assert texts(text) == ['"We will fight. We will win," the commander said.', "The crowd cheered."]
    german = "Er sagte: „Wir kämpfen. Wir siegen.“ Dann ging er."
    assert texts(german, "de") == ["Er sagte: „Wir kämpfen. Wir siegen.“", "Dann ging er."]
    french = "Il a dit : « Nous tiendrons. Nous gagnerons. » Puis il est parti."
    assert texts(french, "fr") == ["Il a dit : « Nous tiendrons. Nous gagnerons. »", "Puis il est parti."]


def test_detokenized_double_apostrophe_closes_a_quote() -> None:
    text = (
        "Prosecutors blamed \"excessive stress''. Mr Ali died in custody. "
        "They said \"a massacre.'' Talks ended."
    )
    assert texts(text) == [
        "Prosecutors blamed \"excessive stress''.",
        "Mr Ali died in custody.",
        "They said \"a massacre.''",
        "Talks ended.",
    ]


def test_an_unclosed_quote_does_not_glue_the_rest_of_a_paragraph() -> None:
    text = '"Stray quote opens here. ' + " ".join(f"Sentence {i} is here." for i in range(60))
    assert len(texts(text)) > 50


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Die Armee griff z. B. am 3. Oktober an. Dr. Müller sagte, d. h. die Lage sei ernst.",
            ["Die Armee griff z. B. am 3. Oktober an.", "Dr. Müller sagte, d. h. die Lage sei ernst."],
        ),
        (
            "de",
            "Es gab Tote, Verletzte usw. Die Lage bleibt angespannt.",
            ["Es gab Tote, Verletzte usw.", "Die Lage bleibt angespannt."],
        ),
        (
            "ru",
            "В 2014 г. В. В. Путин заявил, т. е. ситуация изменилась. "
            "Погибли 5 человек и т. д. Затем начались переговоры.",
            [
                "В 2014 г. В. В. Путин заявил, т. е. ситуация изменилась.",
                "Погибли 5 человек и т. д.",
                "Затем начались переговоры.",
            ],
        ),
        (
            "uk",
            "Бої тривали в м. Бахмут. Загинули 3 людини, 10 тис. евакуювали. Потім настала тиша.",
            ["Бої тривали в м. Бахмут.", "Загинули 3 людини, 10 тис. евакуювали.", "Потім настала тиша."],
        ),
        (
            "fr",
            "M. Macron a parlé. M. Le Pen aussi. Les combats ont repris, etc. Le cessez-le-feu est fragile.",
            [
                "M. Macron a parlé.",
                "M. Le Pen aussi.",
                "Les combats ont repris, etc.",
                "Le cessez-le-feu est fragile.",
            ],
        ),
        (
            "es",
            "El Sr. García y la Dra. López llegaron a EE. UU. el lunes. Hubo 12 muertos.",
            ["El Sr. García y la Dra. López llegaron a EE. UU. el lunes.", "Hubo 12 muertos."],
        ),
        (
            "es",
            "¿Habrá tregua? ¡Nadie lo sabe! Los combates siguen.",
            ["¿Habrá tregua?", "¡Nadie lo sabe!", "Los combates siguen."],
        ),
        (
            "tr",
            "Dr. Yılmaz 2. Dünya Savaşı sonrasını anlattı. Saldırıda 12 asker öldü.",
            ["Dr. Yılmaz 2. Dünya Savaşı sonrasını anlattı.", "Saldırıda 12 asker öldü."],
        ),
        (
            "ar",
            "قتل 12 شخصا في غارة. هل سيصمد وقف إطلاق النار؟ قال المسؤولون إن الوضع هش!",
            ["قتل 12 شخصا في غارة.", "هل سيصمد وقف إطلاق النار؟", "قال المسؤولون إن الوضع هش!"],
        ),
        (
            "ur",
            "سرحد پر جھڑپیں ہوئیں۔ درجنوں افراد ہلاک ہوگئے۔ کیا جنگ بندی برقرار رہے گی؟",
            ["سرحد پر جھڑپیں ہوئیں۔", "درجنوں افراد ہلاک ہوگئے۔", "کیا جنگ بندی برقرار رہے گی؟"],
        ),
        (
            "fa",
            "درگیری‌ها در مرز ادامه دارد. آیا آتش‌بس برقرار می‌ماند؟ هنوز روشن نیست.",
            ["درگیری‌ها در مرز ادامه دارد.", "آیا آتش‌بس برقرار می‌ماند؟", "هنوز روشن نیست."],
        ),
    ],
)
def test_other_languages(language: str, text: str, expected: list[str]) -> None:
    assert texts(text, language) == expected
    assert_verbatim(text, language)


def test_every_line_is_a_paragraph_and_offsets_point_into_the_text() -> None:
    text = "Headline without a stop\n\n  First body sentence. Second one.\r\nThird line\n\u2028Last line."
    found = split_sentences(text)
    assert [(s.paragraph, s.text) for s in found] == [
        (0, "Headline without a stop"),
        (1, "First body sentence."),
        (1, "Second one."),
        (2, "Third line"),
        (3, "Last line."),
    ]
    assert_verbatim(text)


@pytest.mark.parametrize("text", ["", "   ", "\n\n \t\n"])
def test_empty_and_whitespace_give_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_one_sentence_and_a_lone_link() -> None:
    assert texts("  Twelve soldiers were killed.  ") == ["Twelve soldiers were killed."]
    assert split_sentences("  Twelve soldiers were killed.  ")[0].start == 2
    assert texts("https://www.example.com/news/2024/05/story.html") == [
        "https://www.example.com/news/2024/05/story.html"
    ]


def test_mixed_languages_in_one_text() -> None:
    text = "The army said 12 were killed. قال الجيش إن 12 قتلوا. Армия сообщила о 12 погибших."
    assert texts(text) == [
        "The army said 12 were killed.",
        "قال الجيش إن 12 قتلوا.",
        "Армия сообщила о 12 погибших.",
    ]


def test_seed_post_and_conflict_texts_split_into_verbatim_slices(
    seed_text: str, conflict_items: list[dict]
) -> None:
    found = split_sentences(seed_text)
    assert found[0].text.startswith("Taliban facing pressure")
    assert found[0].paragraph == 0 and found[1].paragraph == 1
    assert any(s.text == "The situation is fragile and worth watching closely." for s in found)
    assert_verbatim(seed_text)
    for item in conflict_items:
        assert_verbatim(item["text"])


def test_bbc_reference_sentences_come_out_whole() -> None:
    path = shared_path("data", "summaries", "bbc_summary_100.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    total = whole = 0
    for row in rows:
        got = {s.text for s in split_sentences(row["text"], "en")}
        for reference in row["summary_sentences"]:
            total += 1
            whole += reference.strip() in got
    assert total > 500
    assert whole / total > 0.95


@pytest.mark.slow
def test_fifty_thousand_words_in_one_paragraph_and_in_many() -> None:
    sentence = "Officials said 12 soldiers and Gen. A. Khan were killed at 9 a.m. near the U.S. base. "
    text = sentence * (50_000 // len(words(sentence)) + 1)
    for variant in (text, text.replace("base. ", "base.\n")):
        found = split_sentences(variant)
        assert len(found) == text.count("base.")
        assert found[-1].text == sentence.strip()
        assert variant[found[-1].start : found[-1].start + len(found[-1].text)] == found[-1].text


def test_words_keep_zwnj_arabic_marks_and_eastern_digits() -> None:
    assert words("می‌خواهند آتش‌بس") == ["می‌خواهند", "آتش‌بس"]
    assert words("مُحَمَّد قُتِلَ") == ["مُحَمَّد", "قُتِلَ"]
    assert words("قتل ١٢ شخصا و ۱۵ نفر") == ["قتل", "١٢", "شخصا", "و", "۱۵", "نفر"]
    assert words("Pakistan's cease-fire, 'quoted' - 1,200") == [
        "Pakistan's",
        "cease-fire",
        "quoted",
        "1",
        "200",
    ]
    assert words("") == []


def test_sumy_tokenizer_adapter_feeds_plaintext_parser() -> None:
    tokenizer = SentenceTokenizer("en")
    assert tokenizer.to_sentences("Gen. Smith arrived. The U.S. envoy left.") == (
        "Gen. Smith arrived.",
        "The U.S. envoy left.",
    )
    assert tokenizer.to_words("می‌خواهند 12 Pakistan's") == ("می‌خواهند", "12", "Pakistan's")
    parser = PlaintextParser.from_string("Mr. Khan spoke. Troops left.\n\nThe truce held.", tokenizer)
    assert [str(s) for s in parser.document.sentences] == [
        "Mr. Khan spoke.",
        "Troops left.",
        "The truce held.",
    ]
    assert parser.document.sentences[0].words == ("Mr", "Khan", "spoke")


_ALPHABET = st.sampled_from(
    [*"ab Z.!?…؟۔\"'“”«»„()\n\t ", "U.S.", "Mr.", " z. B. ", "т. е.", "3.5", "\u200c", "ش", "۱", "\r\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join), st.sampled_from(["en", "de", "ru", "fr", "ar", "xx"]))
def test_never_loses_text_and_every_sentence_is_a_verbatim_slice(text: str, language: str) -> None:
    found = split_sentences(text, language)
    for i, s in enumerate(found):
        assert s.index == i and s.text and s.text == s.text.strip()
        assert text[s.start : s.start + len(s.text)] == s.text
    assert _squeeze(s.text for s in found) == _squeeze([text])
    starts = [s.start for s in found]
    assert starts == sorted(starts)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_text_is_covered(text: str) -> None:
    found = split_sentences(text)
    assert _squeeze(s.text for s in found) == _squeeze([text])
    for s in found:
        assert text[s.start : s.start + len(s.text)] == s.text
