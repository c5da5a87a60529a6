"""The extractive summary: its contract, the ten languages, and a regression check on BBC articles."""

from __future__ import annotations

import json
import statistics

import pytest
from conftest import shared_path

from bot.briefing.languages import LANGUAGES
from bot.briefing.lexicon import normalizer, stemmer, stop_words
from bot.briefing.model import Sentence
from bot.briefing.sentences import split_sentences
from bot.briefing.summary import summarize, summary_length


def build(*texts: str, paragraph_every: int = 3) -> list[Sentence]:
    """Sentences made by hand, without the splitter, a few to a paragraph."""
    out, start = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence(i, text, i // paragraph_every, start))
        start += len(text) + 1
    return out


NEWS = build(
    "Heavy shelling hit the border town of Karvel on Monday, local officials said.",
    "At least twelve civilians were killed and thirty were injured in the shelling of Karvel.",
    "The army said its units returned fire after the shelling of border posts near Karvel.",
    "Weather in the region stayed cold and dry.",
    "Mediators from Oslo proposed a ceasefire for the border region around Karvel.",
    "Both sides said they would study the ceasefire proposal.",
    "A football match in the capital was postponed.",
    "Officials in Karvel said the shelling damaged the hospital and two schools.",
)

# A few lines of our own in each language: a strike, its toll, a truce, and an unrelated line.
TEN = {
    "en": [
        "Drones struck the port city at dawn.",
        "Officials said five people died in the strike on the port.",
        "The port authority closed the harbour after the strike.",
        "It rained in the afternoon.",
    ],
    "ar": [
        "قصفت طائرات مسيرة المدينة الساحلية فجرا.",
        "قال مسؤولون إن خمسة أشخاص قتلوا في قصف الميناء.",
        "أغلقت سلطة الميناء المرفأ بعد القصف.",
        "هطل المطر بعد الظهر.",
    ],
    "ru": [
        "Беспилотники атаковали портовый город на рассвете.",
        "Чиновники сообщили, что при ударе по порту погибли пять человек.",
        "Администрация порта закрыла гавань после удара по порту.",
        "Днём шёл дождь.",
    ],
    "uk": [
        "Безпілотники атакували портове місто на світанку.",
        "Посадовці повідомили, що внаслідок удару по порту загинули п'ятеро людей.",
        "Адміністрація порту закрила гавань після удару по порту.",
        "Вдень ішов дощ.",
    ],
    "fr": [
        "Des drones ont frappé la ville portuaire à l'aube.",
        "Selon les autorités, cinq personnes sont mortes dans la frappe sur le port.",
        "L'autorité du port a fermé le port après la frappe.",
        "Il a plu l'après-midi.",
    ],
    "es": [
        "Drones atacaron la ciudad portuaria al amanecer.",
        "Las autoridades dijeron que cinco personas murieron en el ataque al puerto.",
        "La autoridad del puerto cerró el puerto tras el ataque.",
        "Llovió por la tarde.",
    ],
    "de": [
        "Drohnen griffen die Hafenstadt im Morgengrauen an.",
        "Beamte sagten, fünf Menschen seien bei dem Angriff auf den Hafen gestorben.",
        "Die Hafenbehörde schloss den Hafen nach dem Angriff.",
        "Am Nachmittag regnete es.",
    ],
    "ur": [
        "ڈرونز نے صبح سویرے بندرگاہی شہر پر حملہ کیا۔",
        "حکام نے کہا کہ بندرگاہ پر حملے میں پانچ افراد ہلاک ہوئے۔",
        "بندرگاہ کی انتظامیہ نے حملے کے بعد بندرگاہ بند کر دی۔",
        "دوپہر کو بارش ہوئی۔",
    ],
    "fa": [
        "پهپادها سحرگاه به شهر بندری حمله کردند.",
        "مقام‌ها گفتند پنج نفر در حمله به بندر کشته شدند.",
        "سازمان بندر پس از حمله بندر را بست.",
        "بعدازظهر باران بارید.",
    ],
    "tr": [
        "İnsansız hava araçları şafakta liman kentini vurdu.",
        "Yetkililer limana yapılan saldırıda beş kişinin öldüğünü söyledi.",
        "Liman idaresi saldırının ardından limanı kapattı.",
        "Öğleden sonra yağmur yağdı.",
    ],
}


def test_indices_in_document_order_and_count_respected() -> None:
    for count in range(1, len(NEWS) + 1):
        chosen = summarize(NEWS, "en", count)
        assert len(chosen) == count
        assert list(chosen) == sorted(set(chosen))
        assert set(chosen) <= {s.index for s in NEWS}


def test_picks_the_sentences_about_the_main_event() -> None:
    chosen = summarize(NEWS, "en", 3)
    # The weather and the football lines share no words with the rest: never picked.
    assert not {3, 6} & set(chosen)


def test_indices_are_the_sentences_own_index_values() -> None:
    # A pipeline may pass a subset (a title left out): indices must be Sentence.index, not positions.
    subset = NEWS[2:]
    chosen = summarize(subset, "en", 2)
    assert set(chosen) <= {s.index for s in subset}


def test_short_texts_and_zero_count() -> None:
    one = build("Only one sentence here.")
    two = build("First short line.", "Second short line.")
    assert summarize(one, "en", 3) == (0,)
    assert summarize(two, "en", 3) == (0, 1)
    assert summarize(two, "en", 1) in {(0,), (1,)}
    assert summarize([], "en", 3) == ()
    assert summarize(NEWS, "en", 0) == ()


def test_near_repeats_are_not_chosen_twice() -> None:
    repeated = build(
        "Rebels seized the northern dam after two days of fighting, the ministry said.",
        "Rebels seized the northern dam after two days of fighting, the ministry said on Friday.",
        "The ministry said fighting near the dam displaced hundreds of families.",
        "Aid groups asked both sides to let families leave the area near the dam.",
    )
    chosen = summarize(repeated, "en", 2)
    assert not {0, 1} <= set(chosen)


def test_stop_words_and_punctuation_only_sentences() -> None:
    odd = build("The and of the.", "— … !!!", "?", "It is what it is.", "12 34 56.")
    for count in (1, 3, 5):
        chosen = summarize(odd, "en", count)
        assert len(chosen) == count


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_each_language_gets_a_summary(language: str) -> None:
    # The weather line comes first: only stemming and stop words that work push it out of the lead.
    lines = TEN[language]
    sentences = build(lines[3], *lines[:3])
    chosen = summarize(sentences, language, 2)
    assert len(chosen) == 2
    assert 0 not in chosen


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_lexicon_loads_for_each_language(language: str) -> None:
    assert len(stop_words(language)) > 50
    stem = stemmer(language)
    assert stem is stemmer(language)  # loaded once
    assert isinstance(stem("word"), str)


def test_stemmers_merge_inflected_forms() -> None:
    assert stemmer("en")("strikes") == stemmer("en")("strike")
    assert stemmer("ru")("удара") == stemmer("ru")("удар")
    assert stemmer("uk")("порту") == stemmer("uk")("порт")
    assert stemmer("tr")("limanı") == stemmer("tr")("liman")


def test_words_are_lower_cased_the_way_their_language_does() -> None:
    assert normalizer("tr")("İÇİN") == "için"
    assert normalizer("tr")("IŞIK") == "ışık"
    assert normalizer("fa")("كشته") == normalizer("fa")("کشته")
    assert normalizer("fa")("مقامي") == "مقامی"
    assert normalizer("en")("Kyiv") == "kyiv"
    assert "için" in stop_words("tr")


def test_summary_length_monotone_and_bounded() -> None:
    previous_row: list[int] | None = None
    for sentence_count in range(0, 80):
        row = [summary_length(sentence_count, w) for w in range(0, 3000, 25)]
        assert all(1 <= n <= 7 for n in row)
        assert row == sorted(row)  # more words, never fewer sentences
        if previous_row is not None:
            assert all(a <= b for a, b in zip(previous_row, row, strict=True))
        if sentence_count:
            assert all(n <= sentence_count for n in row)
        previous_row = row
    assert summary_length(6, 120) == 3  # a short post
    assert summary_length(130, 2900) == 7  # a long article


def lead_and_chosen_f1(rows: list[dict]) -> tuple[float, float]:
    """Mean sentence F1 of Lead-N and of summarize, both at the reference's sentence count."""
    lead_f1, ours_f1 = [], []
    for row in rows:
        sentences = split_sentences(row["text"], "en")
        reference = set(row["summary_sentences"])
        count = len(reference)
        for picked, out in (
            ([s.text for s in sentences[:count]], lead_f1),
            ([sentences[i].text for i in summarize(sentences, "en", count)], ours_f1),
        ):
            hits = sum(1 for text in picked if text in reference)
            out.append(2 * hits / (len(picked) + len(reference)))
    return statistics.fmean(lead_f1), statistics.fmean(ours_f1)


def test_beats_lead_on_real_bbc_articles() -> None:
    path = shared_path("data", "summaries", "bbc_summary_100.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # Every third article: 34 of the 100, across all five categories.
    lead_f1, ours_f1 = lead_and_chosen_f1(rows[::3])
    assert ours_f1 >= lead_f1, (ours_f1, lead_f1)


def test_summary_length_grows_with_the_text() -> None:
    assert summary_length(15, 324) == 3  # a typical post
    assert summary_length(25, 600) == 4
    assert summary_length(45, 1000) == 5
    assert summary_length(150, 3000) == 7
    assert summary_length(2, 900) == 2  # never more sentences than the text has
