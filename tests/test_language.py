"""Language detection: the ten languages, too little text, hints, mixed text, unsupported ones."""

from __future__ import annotations

import json

import pytest
from conftest import shared_path

from bot.briefing.errors import UnsupportedLanguage
from bot.briefing.language import (
    LanguageGuess,
    check_supported,
    clean_for_detection,
    detect_language,
    language_name,
)
from bot.briefing.languages import LANGUAGES

SAMPLES = {
    "en": "The army said twelve soldiers were killed when militants attacked a border post on Monday night.",
    "ar": "قال الجيش إن اثني عشر جنديا قتلوا عندما هاجم مسلحون موقعا حدوديا ليلة الاثنين.",
    "ru": (
        "Армия сообщила, что двенадцать солдат погибли, когда боевики "
        "атаковали пограничный пост в понедельник."
    ),
    "uk": (
        "Армія повідомила, що дванадцять солдатів загинули, коли "
        "бойовики атакували прикордонний пост у понеділок."
    ),
    "fr": (
        "L'armée a déclaré que douze soldats avaient été tués lorsque des "
        "militants ont attaqué un poste frontière lundi."
    ),
    "es": (
        "El ejército dijo que doce soldados murieron cuando unos "
        "militantes atacaron un puesto fronterizo el lunes."
    ),
    "de": (
        "Die Armee sagte, zwölf Soldaten seien getötet worden, als "
        "Kämpfer am Montag einen Grenzposten angriffen."
    ),
    "ur": "فوج نے کہا کہ پیر کی رات عسکریت پسندوں نے سرحدی چوکی پر حملہ کیا جس میں بارہ فوجی ہلاک ہو گئے۔",
    "fa": "ارتش اعلام کرد که دوازده سرباز در حمله شبه‌نظامیان به یک پاسگاه مرزی در شب دوشنبه کشته شدند.",
    "tr": (
        "Ordu, militanların pazartesi gecesi bir sınır karakoluna "
        "saldırması sonucu on iki askerin öldüğünü söyledi."
    ),
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_each_of_the_ten_languages(code: str) -> None:
    guess = detect_language(SAMPLES[code])
    assert guess == LanguageGuess(code, True, None)
    check_supported(guess.code)


def test_samples_cover_every_language() -> None:
    assert set(SAMPLES) == set(LANGUAGES)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "12 killed",
        "https://www.example.com/a/b #breaking 2024",
        "!!! ???",
        "Clashes erupted again",
    ],
)
def test_too_little_text_assumes_english_and_says_so(text: str) -> None:
    guess = detect_language(text)
    assert guess.code == "en"
    assert guess.reliable is False
    assert guess.note == "Too little text to tell the language; assuming English."


def test_too_little_text_takes_a_supported_hint() -> None:
    assert detect_language("12 killed", "ru-RU").code == "ru"
    assert (
        detect_language("12 killed", "ru").note == "Too little text to tell the language; assuming Russian."
    )
    assert detect_language("12 killed", "it").code == "en"  # a hint outside LANGUAGES is ignored


def test_short_clear_text_is_unreliable_without_a_note() -> None:
    assert detect_language("Heavy clashes erupted again near the border") == LanguageGuess("en", False, None)


def test_an_unsure_guess_is_never_an_unsupported_language() -> None:
    names = "Taliban Pakistan Kabul Islamabad Haqqani TTP Balochistan"  # langdetect says Indonesian
    guess = detect_language(names)
    assert guess.code == "en" and not guess.reliable
    assert guess.note == "Could not tell the language for sure; treating the text as English."
    assert detect_language(names, hint="ur").code == "ur"


def test_a_hint_does_not_override_a_clear_text() -> None:
    assert detect_language(SAMPLES["de"], hint="fr").code == "de"


def test_links_digits_and_hashtags_are_not_read() -> None:
    cleaned = clean_for_detection("Gaza 12 https://t.co/x #Israel @idf www.bbc.co.uk/news user@mail.com done")
    assert cleaned == "Gaza done"
    noisy = SAMPLES["es"] + " https://www.example.com/news/2024/story #breaking #news @channel 12345"
    assert detect_language(noisy).code == "es"


def test_deterministic() -> None:
    text = "Kämpfe an der Grenze, ceasefire talks, переговоры"  # deliberately ambiguous
    first = detect_language(text)
    assert all(detect_language(text) == first for _ in range(5))


def test_mixed_text_majority_wins() -> None:
    english = " ".join([SAMPLES["en"]] * 6)
    arabic = " ".join([SAMPLES["ar"]] * 6)
    assert detect_language(f"{english}\n{SAMPLES['ar']}").code == "en"
    assert detect_language(f"{SAMPLES['en']}\n{arabic}").code == "ar"
    russian = "\n".join([SAMPLES["ru"]] * 5)
    assert detect_language(f"{SAMPLES['uk']}\n{russian}\n{SAMPLES['en']}").code == "ru"


def test_long_text_is_sampled_over_its_whole_length() -> None:
    # A long Ukrainian text that opens with an English paragraph is still Ukrainian.
    text = "\n".join([SAMPLES["en"] * 3] + [SAMPLES["uk"]] * 600)
    assert detect_language(text) == LanguageGuess("uk", True, None)


def test_unsupported_language_is_named() -> None:
    italian = (
        "L'esercito ha detto che dodici soldati sono stati uccisi "
        "quando i miliziani hanno attaccato un posto."
    )
    guess = detect_language(italian)
    assert guess.code == "it"
    check_supported(guess.code)  # summarized, without the extraction (tests/test_other_languages.py)
    chinese = "边境地区周二发生激烈交火，当地官员说至少有十二名平民死亡。"
    with pytest.raises(UnsupportedLanguage) as caught:
        check_supported(detect_language(chinese).code)
    assert caught.value.code == "zh" and caught.value.name == "Chinese"
    assert "looks like Chinese (zh)" in str(caught.value)
    with pytest.raises(UnsupportedLanguage, match=r"Thai \(th\)"):
        check_supported("th")
    with pytest.raises(UnsupportedLanguage, match=r"Chinese \(zh\)"):
        check_supported("zh")


def test_supported_codes_pass() -> None:
    for code in LANGUAGES:
        check_supported(code)


def test_real_news_texts_are_english(conflict_items: list[dict]) -> None:
    path = shared_path("data", "summaries", "bbc_summary_100.jsonl")
    bbc = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:30]]
    for text in [item["text"] for item in conflict_items] + bbc:
        guess = detect_language(text)
        assert (guess.code, guess.reliable) == ("en", True), text[:80]


def test_language_names() -> None:
    assert language_name("ps") == "Pashto"
    assert language_name("it-IT") == "Italian"
    assert language_name("fa") == "Persian"
    assert language_name("qq") == "qq"


def test_russian_without_its_own_letters_is_not_bulgarian() -> None:
    # no ы, э or ё: langdetect calls it Bulgarian; Russian words and endings tell it
    guess = detect_language("После окончания перемирия армия возобновила наступление на севере.")
    assert guess.code == "ru" and guess.reliable
