"""Ceasefire status: whose verb a cue is, across clauses, in several languages.

Talks that end are not the truce ending; a Persian relative clause after the truce does not part it from
its verb; a body set up to monitor breaches reports none; a contrasting "while" clause ("au moment où")
holds another event's verbs; an Arabic negation particle is a whole word. All sentences are our own.
"""

from __future__ import annotations

import pytest
from test_ceasefire_long import status

TALKS_ENDED = [
    ("en", "agreed", "The two sides agreed a ceasefire in March, but the next round of talks in Geneva "
                     "ended without a deal."),
    ("fa", "agreed", "دو طرف در ماه مارس بر سر آتش‌بس توافق کردند، اما دور دوم گفت‌وگوها در ژنو بدون "
                     "نتیجه پایان یافت."),
    ("tr", "agreed", "Ateşkesin uzatılması amacıyla Cenevre'de yapılan görüşmelerin ilk turu sona erdi."),
    ("fr", "agreed", "Les deux camps ont conclu une trêve en mars, mais le cycle de négociations suivant "
                     "s'est achevé sans accord."),
    # in a verb-final clause a round of talks named before its truce is what ends
    ("tr", "agreed", "Müzakerelerin üçüncü turu, tarafların ateşkesin uzatılması konusunda uzlaşmasıyla "
                     "sona erdi."),
    ("ur", "agreed", "مذاکرات کا دوسرا دور جنگ بندی میں توسیع پر اتفاق کے ساتھ ختم ہو گیا۔"),
    ("tr", "collapsed", "Görüşmelerin ardından ateşkes sona erdi."),
    # the truce's own end, with talks named only as how it came about
    ("en", "collapsed", "The truce, agreed at talks in Doha, collapsed on Monday."),
    ("en", "collapsed", "The ceasefire collapsed after talks in Cairo."),
    ("tr", "collapsed", "Doha'daki görüşmelerde varılan ateşkes sona erdi."),
]


@pytest.mark.parametrize(("language", "expected", "text"), TALKS_ENDED)
def test_talks_that_end_are_not_the_truce(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


RELATIVE = [
    ("fa", "holding", "آتش‌بسی که ماه گذشته میان ارتش و گروه‌های مسلح مخالف با میانجی‌گری قطر و ترکیه در "
                      "دوحه امضا شد، به گفته ساکنان و مقام‌های محلی در دو هفته گذشته در بیشتر مناطق مرزی "
                      "رعایت شده است."),
    ("fa", "holding", "آتش‌بس میان دو کشور که از هفته پیش با میانجی‌گری عمان، قطر، مصر و ترکیه پس از ماه‌ها "
                      "مذاکره به اجرا درآمده، به گفته ناظران سازمان ملل همچنان پابرجاست."),
]


@pytest.mark.parametrize(("language", "expected", "text"), RELATIVE)
def test_a_relative_clause_does_not_part_the_truce_from_its_verb(language: str, expected: str,
                                                                  text: str) -> None:
    assert status(text, language) == expected


MONITORING = [
    ("en", "agreed", "The deal sets up a joint committee to monitor violations of the truce."),
    ("en", "violated", "UN monitors reported violations of the truce on Monday."),
    ("ar", "agreed", "واتفق الطرفان على وقف إطلاق النار وتشكيل لجنة مشتركة لمراقبة الخروقات."),
    ("ru", "agreed", "Стороны договорились о перемирии и создании группы для мониторинга нарушений."),
]


@pytest.mark.parametrize(("language", "expected", "text"), MONITORING)
def test_a_body_to_monitor_breaches_reports_none(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


def test_a_while_clause_holds_its_own_verbs() -> None:
    text = ("Douze civils ont été blessés dans la nuit, ont annoncé les autorités, au moment où Washington "
            "presse les deux camps d'accepter un cessez-le-feu.")
    assert status(text, "fr") == "proposed"


def test_an_arabic_negation_is_a_whole_word() -> None:
    # "لمدة" (for a while) begins with the letters of "لم" (did not): it negates nothing
    assert status("استمرت المعارك لمدة يومين ثم انهارت الهدنة.", "ar") == "collapsed"
    assert status("لم يتم خرق الهدنة منذ يومين.", "ar") == "holding"


def test_deaths_since_the_truce_began_are_breaches() -> None:
    text = "Від початку дії перемир'я, за даними місцевих медиків, загинули понад 200 людей."
    assert status(text, "uk") == "violated"


@pytest.mark.parametrize(("language", "expected", "text"), [
    ("ru", "collapsed", "Армия возобновила удары, фактически похоронив действовавшее с начала месяца "
                        "перемирие."),
    ("en", "collapsed", "The offensive buried the fragile truce."),
    ("en", "agreed", "The two sides buried the hatchet and agreed a truce."),
])
def test_a_truce_buried_is_over(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


@pytest.mark.parametrize(("language", "expected", "text"), [
    ("fr", "none", "Plusieurs trêves annoncées par le passé n'ont jamais été respectées."),
    ("en", "none", "Several truces announced in the past were never respected."),
    ("ru", "collapsed", "Бои возобновились, перечеркнув заключенное в прошлом месяце перемирие."),
])
def test_truces_of_the_past_are_history(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected
