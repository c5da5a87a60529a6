"""Killed figures in Arabic, Persian and Urdu news: phrasings found by a probe of natural texts (our own
sentences, events invented)."""

from __future__ import annotations

import pytest
from test_casualties_long import of_text


@pytest.mark.parametrize(
    ("language", "text", "low"),
    [
        # "كما" (also) sets another group apart: the attackers are added
        ("ar", "قُتل 7 أشخاص في الهجوم على السوق. كما قُتل اثنان من المهاجمين.", 9),
        # "توفي" (died), and others of another verb in the same sentence
        ("ar", "قُتل أربعة أشخاص في الغارة، وتوفي ثلاثة آخرون لاحقاً في المستشفى.", 7),
        # "اغتيل" (was assassinated) and a lone leader
        ("ar", "اغتيل القيادي البارز في غارة بطائرة مسيرة على سيارته.", 1),
        ("ar", "قضى ثلاثة صيادين في قصف على الشاطئ.", 3),
        # a part between the cue and its number ("31 dead, among them 9 children") is no other group, even
        # by an "also" word (guards the same-sentence addition above)
        ("ar", "بلغت الحصيلة 20 قتيلاً بينهم 6 أطفال، إضافة إلى أكثر من 30 جريحاً.", 20),
        # "ما يرفع" (bringing): the war's running total after the day's toll
        ("ar", "قُتل 12 شخصاً اليوم، ما يرفع عدد القتلى منذ بدء الحرب إلى 3500.", 12),
        ("ar", "قُتل أربعة أشخاص في غارة على البلدة. وبذلك يرتفع عدد القتلى في البلدة منذ نوفمبر إلى 60.", 4),
        # wounded who died, told with the toll they raise: not added to it (guards the same addition)
        ("ar", "قُتل 5 أشخاص في القصف. وتوفي اثنان آخران لاحقاً، لترتفع حصيلة القتلى إلى 7.", 7),
        ("ar", "لقي شاب مصرعه برصاص مجهولين في وسط المدينة.", 1),
        # a superlative after the day's toll: its history is the comparison's, not the toll's
        ("ar", "قُتل خمسة جنود في الكمين، وهو الأعنف منذ انتهاء الحرب الأهلية قبل سنوات.", 5),
        # "12 dead and dozens [of] wounded": the "and" on the second figure, the cue the first's
        ("ar", "خلّف الانفجار 12 قتيلاً وعشرات الجرحى في صفوف المارة.", 12),
        # a second group joins across the first group's phrase
        ("ar", "قُتل ثلاثة عناصر من الشرطة المحلية واثنان من المهاجمين في تبادل لإطلاق النار.", 5),
        ("fa", "چهار نفر در دم کشته شدند و سه نفر دیگر در بیمارستان درگذشتند.", 7),
        ("fa", "یک مأمور راهنمایی در حمله افراد مسلح در ایرانشهر جان خود را از دست داد.", 1),
        ("fa", "نه نفر در این حمله کشته شدند.", 9),
        # a part told inside a verb-final clause, without commas
        ("fa", "دست‌کم ۱۸ نفر از جمله ۵ زن و ۴ کودک در این بمباران کشته شدند.", 18),
        ("fa", "سه نفر در حمله پهپادی کشته شدند. "
                "این شدیدترین حمله از ماه ژوئن است که در آن ۱۵ نفر جان باختند.", 3),
        ("fa", "۲۸ نفر در ۲۴ ساعت گذشته کشته شده‌اند "
                "و شمار کل کشته‌شدگان از آغاز جنگ به ۴۰ هزار نفر رسیده است.", 28),
        # a singular death verb, no figure: one victim
        ("fa", "فرمانده ارشد این گروه، که مدت‌ها تحت تعقیب بود، در حمله پهپادی به شهادت رسید.", 1),
        ("fa", "شماری از عناصر داعش در این درگیری کشته شدند.", 3),
        ("fa", "هفت عضو یک خانواده در بمباران خانه‌شان جان باختند.", 7),
        ("fa", "از زمان آغاز درگیری‌ها بیش از ۳۰۰ نفر کشته شده‌اند. "
                "امروز سه نفر در حمله به یک مزرعه کشته شدند.", 3),
        # "یک" as an article of a thing inside the clause: read past, and no victim of its own
        ("fa", "هجده نفر در انفجار یک انبار مهمات جان باختند.", 18),
        ("fa", "یک منبع محلی شمار مأموران کشته‌شده را شش نفر اعلام کرد.", 6),
        ("fa", "پیکر هفت نفر به بیمارستان شهر منتقل شد.", 7),
        # a kin noun joined by "and" is one more victim, read on to the clause's verb
        ("fa", "یک زن و دخترش در اصابت خمپاره به خانه‌شان جان باختند.", 2),
        ("fa", "امروز نیز دو نفر در حمله به یک کارخانه کشته شدند.", 2),
        # "N تن از مرزبانان": the border guards are a group of their own, beside the attackers
        ("fa", "۴ تن از مرزبانان در این درگیری به شهادت رسیدند. "
                "دو تروریست در این درگیری به هلاکت رسیدند.", 6),
        ("ar", "قُتل أحد عناصر الشرطة وأصيب اثنان آخران في الهجوم.", 1),
        ("ur", "جوابی کارروائی کے دوران حوالدار نذیر احمد نے جام شہادت نوش کیا۔", 1),
        ("ur", "فائرنگ سے 8 افراد لقمہ اجل بن گئے۔", 8),
        ("ur", "دھماکے میں 6 افراد ہلاک ہو گئے جبکہ 3 زخمی بعد میں ہسپتال میں دم توڑ گئے۔", 9),
        # a modal after a verb-final cue: a forecast
        ("ur", "حکام کا کہنا ہے کہ حملے میں سینکڑوں افراد ہلاک ہو سکتے ہیں۔", None),
        ("ur", "جھڑپوں میں تین درجن سے زائد افراد مارے گئے۔", 36),
        ("ur", "تئیس افراد جاں بحق ہو گئے۔", 23),
        ("ur", "حملے میں چار افراد شہید ہو گئے۔ "
                "نومبر سے اب تک علاقے میں شہید ہونے والوں کی تعداد 70 ہو گئی ہے۔", 4),
        ("ur", "تنظیم کا نائب سربراہ سیکیورٹی فورسز کی کارروائی میں مارا گیا۔", 1),
        ("ur", "خدشہ ہے کہ تنظیم کا کمانڈر بھی حملے میں مارا گیا ہے۔", None),  # feared: guards the rule above
    ],
)
def test_killed_in_arabic_persian_urdu(language: str, text: str, low: int | None) -> None:
    assert of_text(language, text) == low
