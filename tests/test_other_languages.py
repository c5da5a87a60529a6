"""Texts outside the ten languages: a summary where the words are space-separated, with a line naming
the language; a clear refusal for scripts written without spaces. Sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from bot.briefing import errors
from bot.briefing.language import TOO_LITTLE, UNSURE, detect_language
from bot.briefing.languages import extracts, summarizes
from bot.briefing.model import Document
from bot.briefing.pipeline import brief
from bot.render.html import actors_html, briefing_html, casualties_html, ceasefire_html
from bot.render.json import briefing_from_dict, briefing_to_dict
from bot.render.text import briefing_text

ITALIAN = (
    "Le forze armate hanno lanciato un attacco con droni contro la città di confine nella notte, "
    "uccidendo almeno cinque civili e ferendone altri venti, secondo le autorità locali. "
    "Il governatore della regione ha detto che i soccorritori stanno ancora cercando sopravvissuti "
    "tra le macerie di due palazzi. Il governo ha chiesto ai suoi alleati più sistemi di difesa aerea. "
    "Il ministero della difesa non ha commentato. I colloqui per una tregua restano fermi da mesi."
)
POLISH = (
    "W nocy wojsko ostrzelało przygraniczne miasto, a według władz lokalnych zginęło co najmniej "
    "siedmiu cywilów. Ratownicy nadal przeszukują gruzy zniszczonych budynków mieszkalnych. "
    "Rząd zapowiedział, że zwróci się do sojuszników o dodatkowe systemy obrony powietrznej. "
    "Mieszkańcy opuszczają okoliczne wsie, obawiając się kolejnych ataków w najbliższych dniach."
)
PORTUGUESE = (
    "Um ataque com mísseis atingiu a cidade portuária durante a madrugada, segundo as autoridades "
    "locais. Pelo menos oito pessoas morreram e outras trinta ficaram feridas no bombardeio. "
    "O presidente da câmara pediu ajuda internacional para reconstruir o hospital destruído. "
    "As negociações para um cessar-fogo continuam paradas desde o início do mês."
)
HINDI = (
    "सीमा पर रात भर गोलाबारी होती रही और कई गाँवों के लोग सुरक्षित स्थानों पर चले गए। "
    "स्थानीय अधिकारियों ने बताया कि कम से कम चार नागरिक घायल हुए हैं। "
    "सेना ने कहा कि उसने हमले का जवाब दिया और स्थिति पर नज़र रखी जा रही है। "
    "दोनों देशों के बीच बातचीत की कोई तारीख अभी तय नहीं हुई है।"
)
CHINESE = (
    "边境地区周二发生激烈交火，当地官员说至少有十二名平民死亡。"
    "救援人员仍在废墟中搜寻幸存者。双方都指责对方先开火。"
)
JAPANESE = (
    "国境付近で火曜日に激しい戦闘があり、地元当局によると少なくとも十二人の市民が死亡しました。"
    "救助隊はがれきの中で生存者を探しています。"
)
THAI = "เกิดการปะทะกันอย่างรุนแรงบริเวณชายแดนเมื่อวันอังคาร เจ้าหน้าที่ท้องถิ่นระบุว่ามีพลเรือนเสียชีวิตอย่างน้อยสิบสองคน"


@pytest.mark.parametrize(("text", "code", "name"), [
    (ITALIAN, "it", "Italian"), (POLISH, "pl", "Polish"), (PORTUGUESE, "pt", "Portuguese"),
    (HINDI, "hi", "Hindi"),
])
def test_a_text_in_another_spaced_language_gets_its_summary_alone(text: str, code: str, name: str) -> None:
    b = brief(Document(text))
    assert b.language == code
    assert summarizes(code) and not extracts(code)
    assert b.summary and all(s in text for s in b.summary)
    assert len(b.summary) < b.sentence_count  # a real choice, not the whole text
    assert b.actors == () and b.casualties.killed is None and b.ceasefire.status == "none"
    assert any(name in note and "summary alone" in note for note in b.notes)


def test_hindi_sentences_end_at_the_danda() -> None:
    b = brief(Document(HINDI), sentences=1)
    assert b.sentence_count == 4
    assert b.summary[0].endswith("।")


@pytest.mark.parametrize(("text", "code", "name"), [
    (CHINESE, "zh", "Chinese"), (JAPANESE, "ja", "Japanese"), (THAI, "th", "Thai"),
])
def test_a_script_without_spaces_is_refused_by_name(text: str, code: str, name: str) -> None:
    assert detect_language(text).code == code
    with pytest.raises(errors.UnsupportedLanguage) as refused:
        brief(Document(text))
    assert refused.value.code == code and name in str(refused.value)


def test_the_cli_shows_the_summary_and_the_note_without_empty_sections() -> None:
    out = briefing_text(brief(Document(ITALIAN)))
    assert out.startswith("Italian · ")
    assert "summary alone" in out and "none found" not in out and "Ceasefire:" not in out


def test_the_json_contract_keeps_its_fields_and_round_trips() -> None:
    b = brief(Document(ITALIAN))
    d = json.loads(json.dumps(briefing_to_dict(b)))
    assert d["language"] == "it" and d["actors"] == [] and d["ceasefire"]["status"] == "none"
    assert d["casualties"] == {"killed": None, "injured": None, "reports": []}
    assert briefing_from_dict(d) == b


def test_the_reply_names_the_language_in_the_readers_language() -> None:
    b = brief(Document(ITALIAN))
    english = briefing_html(b, language="en")
    assert "Italian" in english and "summary alone" in english
    assert "<b>Key actors" not in english and "<b>Ceasefire" not in english
    russian = briefing_html(b, language="ru")
    assert "итальянск" in russian.lower() and "summary alone" not in russian
    for view in (actors_html, casualties_html, ceasefire_html):
        assert "итальянск" in view(b, "ru").lower() and "none found" not in view(b, "en")


def test_a_language_doubt_is_worded_for_the_reader() -> None:
    b = brief(Document("Kabul Taliban Haqqani"))
    assert b.language_doubt == TOO_LITTLE and b.notes  # English for the CLI
    assert "Too little text" in briefing_html(b, language="en")
    french = briefing_html(b, language="fr")
    assert "Too little text" not in french and "anglais" in french.lower()
    names = brief(Document("Taliban Pakistan Kabul Islamabad Haqqani TTP Balochistan"))  # "Indonesian"
    assert names.language == "en" and names.language_doubt == UNSURE
    assert "could not tell" in briefing_html(names, language="en")
    german = briefing_html(names, language="de")
    assert "could not tell" not in german and "englisch" in german.lower()
