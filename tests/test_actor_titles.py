"""Persons named after a title, and groups named after a group noun, in the nine non-English languages.

Every sentence here was written for these tests; the people and groups in them are invented.
"""

from __future__ import annotations

import pytest

from bot.briefing.actor_titles import name_key, title_data
from bot.briefing.actors import extract_actors
from bot.briefing.model import Actor
from bot.briefing.sentences import split_sentences

NINE = ("ar", "ru", "uk", "fr", "es", "de", "ur", "fa", "tr")


def actors(text: str, language: str) -> tuple[Actor, ...]:
    """Actors of a text, through the real sentence splitter."""
    return extract_actors(split_sentences(text, language), language)


def people(text: str, language: str) -> list[str]:
    """The names of the persons and unknown groups found (states and listed actors left out)."""
    return [a.name for a in actors(text, language) if a.type in {"leader", "group"}]


# language: (a sentence with a titled person, the name exactly as written)
TITLED = {
    "fr": ("Le général Jean-Marc Kabila a annoncé la reprise de la colline.", "Jean-Marc Kabila"),
    "es": ("El portavoz del Ejército, Ramiro Ocampo Díaz, dijo que la ofensiva seguía.",
           "Ramiro Ocampo Díaz"),
    "de": ("Verteidigungsminister Tobias Wendlinger sagte am Montag, die Lage sei ernst.",
           "Tobias Wendlinger"),
    "ru": ("Губернатор Приморской области Аркадий Северцев заявил, что погибли двое.", "Аркадий Северцев"),
    "uk": ("Речник Повітряних сил Тарас Верховець повідомив, що ракети збито.", "Тарас Верховець"),
    "tr": ("Milli Savunma Bakanı Selim Karadağlı açıklama yaptı.", "Selim Karadağlı"),
    "ar": ("قال قائد الجيش عبد الرحيم الزبيدي إن القوات تقدمت نحو المدينة.", "عبد الرحيم الزبيدي"),
    "fa": ("سردار کاظم رستمی فرمانده نیروی زمینی گفت که حمله دفع شد.", "کاظم رستمی"),
    "ur": ("وزیر دفاع ناصر قریشی نے کہا کہ سرحد پر حملہ ناکام بنا دیا گیا۔", "ناصر قریشی"),
}

# language: a sentence where the title stands without a name
GENERIC = {
    "fr": "Le porte-parole a dit que les combats continuaient près de la frontière.",
    "es": "El portavoz dijo que no habrá tregua en la región.",
    "de": "Der Sprecher sagte, die Angriffe gingen weiter.",
    "ru": "Губернатор сообщил о пострадавших после обстрела.",
    "uk": "Речник заявив, що обстріли тривають.",
    "tr": "Bakanlık sözcüsü açıklama yaptı.",
    "ar": "وقال المتحدث باسم الجيش، إن القوات ردت على الهجوم.",
    "fa": "سخنگوی ارتش گفت حمله دفع شد.",
    "ur": "فوج کے ترجمان نے بتایا کہ حملہ ناکام بنا دیا گیا۔",
}


@pytest.mark.parametrize("language", NINE)
def test_a_titled_person_is_found_with_the_name_as_written(language: str) -> None:
    text, name = TITLED[language]
    found = {a.name: a for a in actors(text, language)}
    assert name in found, (language, list(found))
    assert found[name].type == "leader"


@pytest.mark.parametrize("language", NINE)
def test_a_title_without_a_name_finds_nobody(language: str) -> None:
    assert people(GENERIC[language], language) == []


def test_every_language_but_english_has_title_data() -> None:
    assert title_data("en") == {}
    for language in NINE:
        assert title_data(language).get("titles"), language


def test_german_capitalised_nouns_after_a_title_are_not_names() -> None:
    for text in ("Der Präsident Waffen und Truppen zugesagt.",
                 "Die Armee meldete, der Kommandeur habe Soldaten verloren.",
                 "Ein Sprecher der Bundeswehr Stellungnahmen ab.",
                 "Laut dem Sprecher der Armee seien die Angriffe abgewehrt worden."):
        assert people(text, "de") == [], text


def test_german_genitive_complement_then_comma_then_name() -> None:
    text = "Der Sprecher des ukrainischen Generalstabs, Mykola Hrebenjuk, bestätigte die Angriffe."
    assert "Mykola Hrebenjuk" in people(text, "de")


@pytest.mark.parametrize(("language", "text", "name"), [
    ("ar", "أعلن اللواء فهد الشمري، أن الهجوم فشل.", "فهد الشمري"),
    ("ar", "وقال المتحدث باسم الشرطة سامر العلي في بيان إن التحقيق بدأ.", "سامر العلي"),
    ("fa", "سخنگوی وزارت خارجه بهرام صادقی روز دوشنبه گفت که مذاکرات ادامه دارد.", "بهرام صادقی"),
    ("ur", "پنجاب کے وزیر اعلیٰ نعمان اختر نے کہا کہ امن بحال ہو گیا۔", "نعمان اختر"),
])
def test_arabic_script_names_stop_at_the_verb_and_punctuation(language: str, text: str, name: str) -> None:
    assert people(text, language) == [name]


def test_arabic_adjectives_and_counterparts_are_not_names() -> None:
    assert people("وقال متحدث عسكري إن القوات ردت على الهجوم.", "ar") == []
    assert people("التقى الرئيس المصري نظيره الفرنسي في القاهرة.", "ar") == []
    assert people("وزیر امور خارجه ترکیه خواستار آتش‌بس فوری میان دو کشور شد.", "fa") == []


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Le ministre congolais de la Défense, Guy Matondo, a dénoncé l'attaque.", "Guy Matondo"),
    ("uk", "Начальник Херсонської ОВА Олексій Гордієнко повідомив про обстріл.", "Олексій Гордієнко"),
    ("ru", "Официальный представитель МИД Алла Сомова обвинила соседей.", "Алла Сомова"),
    ("uk", "Голова Офісу президента Андрій Ярош зустрівся з послами.", "Андрій Ярош"),
    ("es", "El presidente de Brasil, Luiz Carlos da Silva, viajó a la frontera.", "Luiz Carlos da Silva"),
])
def test_the_complement_between_title_and_name_is_skipped(language: str, text: str, name: str) -> None:
    assert people(text, language) == [name]


def test_a_russian_complement_without_a_name_is_not_a_name() -> None:
    assert people("Губернатор Курской области сообщил о пожаре на складе.", "ru") == []
    assert people("Командующий посетил позиции под Донецком.", "ru") == []


def test_turkish_case_suffix_and_rank_chain() -> None:
    assert people("Dışişleri Bakanı Kemal Aydınoğlu'nun ziyareti sürüyor.", "tr") == ["Kemal Aydınoğlu"]
    assert people("Genelkurmay Başkanı Orgeneral Metin Yücel Ankara'da konuştu.", "tr") == ["Metin Yücel"]


def test_a_known_leader_is_left_to_the_gazetteer() -> None:
    found = actors("Президент Франции Эмманюэль Макрон посетил Киев.", "ru")
    assert "Emmanuel Macron" in {a.name for a in found}
    assert all("Эмманюэль" not in a.name for a in found)


def test_russian_case_forms_and_the_bare_surname_fold_into_one_actor() -> None:
    text = ("Губернатор Приморской области Аркадий Северцев заявил о гибели двух человек. "
            "По словам губернатора Аркадия Северцева, обстрел продолжается. "
            "Северцев призвал жителей укрыться.")
    persons = [a for a in actors(text, "ru") if a.type == "leader"]
    assert [a.name for a in persons] == ["Аркадий Северцев"]
    assert persons[0].mentions == 3
    assert name_key("Северцева", "ru") == name_key("Северцевым", "ru") == name_key("Северцев", "ru")


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Les combattants de la milice Kobuzi ont repris le village.", "Kobuzi"),
    ("es", "La milicia Tarmenda atacó el pueblo durante la noche.", "Tarmenda"),
    ("de", "Die Miliz Saruma hat sich aus der Stadt zurückgezogen.", "Saruma"),
    ("de", "Die Korvan-Gruppe hat sich aus der Stadt zurückgezogen.", "Korvan"),
    ("ru", "Бойцы группировки «Ташкар» покинули позиции.", "Ташкар"),
    ("uk", "Бійці угруповання «Сокира» залишили позиції.", "Сокира"),
    ("tr", "Bölgede Korvan grubu militanları geri çekildi.", "Korvan"),
    ("ar", "هاجمت ميليشيا كوبوزي قرية حدودية.", "كوبوزي"),
    ("fa", "گروهک «جیش الفجر» مسئولیت حمله را پذیرفت.", "جیش الفجر"),
])
def test_a_group_named_after_a_group_noun(language: str, text: str, name: str) -> None:
    found = {a.name: a for a in actors(text, language)}
    assert name in found, (language, list(found))
    assert found[name].type == "group"


def test_generic_group_nouns_name_nothing() -> None:
    assert people("Un groupe armé a attaqué le village.", "fr") == []
    assert people("Группа военных покинула позиции.", "ru") == []
    assert people("هاجمت جماعة مسلحة قرية حدودية.", "ar") == []
    assert people("La milicia atacó el pueblo.", "es") == []


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Le général Jean-Marc Kabila a annoncé la reprise de la colline. Kabila a ajouté que les combats "
           "continuaient.", "Jean-Marc Kabila"),
    ("tr", "Dışişleri Bakanı Kemal Aydınoğlu Ankara'da konuştu. Aydınoğlu'nun açıklaması kısa sürdü.",
     "Kemal Aydınoğlu"),
])
def test_a_later_bare_surname_counts_once(language: str, text: str, name: str) -> None:
    found = {a.name: a for a in actors(text, language)}
    assert found[name].mentions == 2


# --- lower-case words that spell a country, and German capitals ---------------------------------------


@pytest.mark.parametrize(("text", "language"), [
    ("Кроме того, армия заявила, что обстрел продолжался всю ночь, сообщили в штабе.", "ru"),
    ("Вони мали змогу евакуювати людей до початку обстрілу, заявили в обласній адміністрації.", "uk"),
])
def test_a_lower_case_word_is_not_a_country_of_the_same_spelling(text: str, language: str) -> None:
    assert actors(text, language) == ()


def test_a_demonym_still_names_its_state_in_lower_case() -> None:
    found = actors("Российские войска обстреляли город, а украинская армия ответила огнём.", "ru")
    assert {"Russia", "Ukraine"} <= {a.name for a in found}


def test_german_nouns_in_capitals_are_not_people() -> None:
    text = ("Die Zahl der Toten stieg auf neun. Die Zahl der Verletzten lag am Abend bei vierzig. "
            "In der Großstadt Charkiw gab es erneut Luftalarm, und in der Großstadt brannten Häuser.")
    assert people(text, "de") == []
