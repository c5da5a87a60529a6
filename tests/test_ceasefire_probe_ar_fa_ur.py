"""Ceasefire status in Arabic, Persian and Urdu: what a probe of natural reporting found.

A modal call ("يجب", "باید", "ہونی چاہیے") is a proposal; "كان قد" is a past perfect, not a modal; Arabic
"مساعدات" (aid) is not "مساعٍ" (efforts); last year's truce is history; a truce "widely respected", one
that some days have passed since, or with no clashes recorded is holding; calm told in the next sentence
holds it; "X took effect. But shelling hit …" is a breach; a political or club "truce" is no war truce;
a truce agreed only in an unreal past ("لو تم التوصل إلى هدنة لكان …") is none.
All sentences are our own.
"""

from __future__ import annotations

import pytest
from test_ceasefire_long import status

MODAL_CALLS = [
    ("ar", "proposed", "قال الوسيط إنه يجب التوصل إلى هدنة في غضون أيام لإنقاذ موسم الحصاد."),
    ("ar", "proposed", "أكد الوزير أنه لا بد من التوصل إلى تهدئة قبل العيد."),
    ("fa", "proposed", "دبیرکل سازمان ملل گفت باید فوراً آتش‌بس در این منطقه اعلام شود."),
    ("ur", "proposed", "وزیر اعظم نے کہا کہ خطے میں فوری طور پر جنگ بندی کرانی چاہیے۔"),
    # "must keep the truce" presumes one in effect
    ("fa", "agreed", "طرفین باید به آتش‌بس پایبند بمانند."),
    ("fa", "agreed", "سازمان ملل گفت آتش‌بس باید رعایت شود."),
]


@pytest.mark.parametrize(("language", "expected", "text"), MODAL_CALLS)
def test_modal_calls_are_proposals(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


ARABIC_WORDS = [
    # "كانت ... قد دخلت": past perfect, the truce did take effect
    ("ar", "agreed", "وأفادت مصادر محلية بأن الهدنة كانت قد دخلت حيز التنفيذ صباح الأحد."),
    # aid delivered during a truce is no effort towards one
    ("ar", "agreed", "دخلت عشرات الشاحنات المحملة بالمساعدات إلى المدينة خلال الهدنة."),
    # "تنهار", the imperfect of "انهار"
    ("ar", "collapsed", "صمدت التهدئة يومين قبل أن تنهار إثر غارات مكثفة."),
]


@pytest.mark.parametrize(("language", "expected", "text"), ARABIC_WORDS)
def test_arabic_word_forms(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


HISTORY = [
    ("ar", "none", "قتل ثلاثة أشخاص في قصف على المدينة أمس. وكانت هدنة العام الماضي قد صمدت عدة أشهر."),
    ("fa", "none", "دیروز دو غیرنظامی در حمله پهپادی کشته شدند. آتش‌بس سال پیش تنها دو ماه دوام آورد."),
]


@pytest.mark.parametrize(("language", "expected", "text"), HISTORY)
def test_last_years_truce_is_history(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


HOLDING = [
    ("ar", "holding", "تحظى التهدئة باحترام واسع منذ إعلانها، بحسب سكان محليين."),
    ("ar", "holding", "مرت عشرة أيام على سريان الهدنة في الجنوب."),
    ("ar", "holding", "لم تسجل أي اشتباكات منذ بدء وقف إطلاق النار في المحافظة."),
    ("fa", "holding", "سه روز از اجرای آتش‌بس می‌گذرد و مردم به خانه‌هایشان بازمی‌گردند."),
    ("fa", "holding", "از زمان آغاز آتش‌بس، هیچ درگیری‌ای در خطوط مقدم گزارش نشده است."),
    ("ur", "holding", "جنگ بندی کو ایک ہفتہ گزر چکا ہے اور بازار کھل گئے ہیں۔"),
    ("ur", "holding", "سرحدی علاقوں میں جنگ بندی کے بعد سے کسی فائرنگ کی اطلاع نہیں ملی۔"),
    # calm told in the next sentence, without the truce's name
    ("fa", "holding", "آتش‌بس از نیمه‌شب اجرایی شد. از آن پس آرامی کامل بر شهر حاکم است."),
    ("ur", "holding", "جنگ بندی رات بارہ بجے نافذ ہوئی۔ اس کے بعد سے شہر میں مکمل سکون ہے۔"),
]


@pytest.mark.parametrize(("language", "expected", "text"), HOLDING)
def test_holding_said_without_a_holding_verb(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


AGREED = [
    ("fa", "agreed", "طرفین روز جمعه با آتش‌بس موافقت کردند و قرار است این توافق از صبح شنبه اجرایی شود."),
]


@pytest.mark.parametrize(("language", "expected", "text"), AGREED)
def test_consent_is_agreement(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


BREACH_AFTER = [
    ("ar", "violated", "دخل وقف إطلاق النار حيز التنفيذ عند منتصف الليل. لكن مع ساعات الصباح تعرضت قرى "
                       "حدودية لقصف مدفعي."),
    ("fa", "violated", "آتش‌بس از ظهر دیروز اجرایی شد. اما شب گذشته چند خمپاره به روستاهای مرزی اصابت کرد."),
    ("ur", "violated", "جنگ بندی اتوار کی صبح نافذ ہوئی۔ لیکن شام کو سرحدی دیہات پر گولہ باری کی گئی۔"),
    # a "but" sentence without an attack, or with a denied one, is no breach
    ("ur", "agreed", "جنگ بندی اتوار کی صبح نافذ ہوئی۔ لیکن شہریوں کو ابھی تک امداد نہیں ملی۔"),
    ("ar", "agreed", "دخل وقف إطلاق النار حيز التنفيذ عند منتصف الليل. لكن لم يسجل أي قصف حتى الآن."),
    ("ar", "agreed", "وقعت الحكومة والمتمردون اتفاق هدنة. لكن الأمم المتحدة حذرت من هجمات محتملة."),
    ("fa", "agreed", "آتش‌بس دیروز اعلام شد. اما نگرانی از حملات تازه وجود دارد."),
]


@pytest.mark.parametrize(("language", "expected", "text"), BREACH_AFTER)
def test_attack_after_but_is_a_breach(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


NOT_A_WAR_TRUCE = [
    ("ar", "none", "أعلن الحزبان هدنة سياسية حتى موعد الانتخابات."),
    ("ar", "none", "دعا مدرب النادي إلى هدنة بين اللاعبين والإدارة."),
    ("fa", "none", "دو جناح رقیب در شورای شهر آتش‌بس سیاسی اعلام کردند."),
    ("ur", "none", "دونوں جماعتوں نے انتخابات تک سیاسی جنگ بندی کا اعلان کیا۔"),
]


@pytest.mark.parametrize(("language", "expected", "text"), NOT_A_WAR_TRUCE)
def test_political_or_club_truce_is_none(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


COUNTERFACTUAL = [
    ("ar", "none", "لو تم التوصل إلى هدنة لكان بإمكان الأهالي العودة إلى منازلهم، لكن القصف لم يتوقف."),
    ("fa", "none", "اگر آتش‌بس امضا شده بود، این حمله رخ نمی‌داد."),
    ("ur", "none", "اگر جنگ بندی ہو جاتی تو یہ حملہ نہ ہوتا۔"),
    # a call beside it, or a real condition, is still a proposal
    ("ar", "proposed", "دعت الأمم المتحدة إلى هدنة فورية، وقالت إنه لو تم التوصل إلى هدنة لأمكن "
                       "إدخال المساعدات."),
    ("fa", "proposed", "اگر آتش‌بس برقرار شود، کمک‌ها به شهر می‌رسد."),
]


@pytest.mark.parametrize(("language", "expected", "text"), COUNTERFACTUAL)
def test_unreal_past_truce_is_none(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected
