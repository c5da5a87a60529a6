"""Ceasefire status in Arabic, Persian and Urdu: misreads found by a probe of natural phrasings.

Each table is one pattern of the language's data file (bot/briefing/data/ceasefire_<lang>.json): talks,
readiness, drafts and purposes that only seek a truce; the short and split forms of the Arabic noun;
keeping to a truce, calm since it, and a truce that has lasted; breaking, withdrawing from, ending or
outliving a truce; a truce ruled out or not talked of; truces between companies, clubs, parties or
media; fighting resumed in the next sentence. Besides the probe's sentences each table holds new
wordings, and guards against the false readings a looser pattern would give. All sentences are our own.
"""

from __future__ import annotations

import pytest
from test_ceasefire_long import status

# Working towards, trying, being ready for, discussing or drafting a truce seeks it: proposed.
# (ar "تعمل على التوصل", "للتوصل", "استعداد", "لبحث", "مسودة"; fa "ضرورت", "لزوم", "پیش‌نویس";
# ur "کوشاں", "کے لیے" after "معاہدے", "تیار", "آمادہ", "مسودہ", "مجوزہ", a resolution adopted.)
SOUGHT = [
    ("ar", "قال مسؤول أمريكي إن واشنطن تعمل على التوصل إلى اتفاق لوقف إطلاق النار في لبنان "
           "خلال الأيام المقبلة."),
    ("ar", "أبدت الحكومة اليمنية استعدادها لبحث هدنة مع الحوثيين برعاية أممية."),
    ("ar", "يدرس الجانبان مسودة اتفاق تهدئة قدمها الوسيط المصري."),
    ("ar", "تحاول الولايات المتحدة التوصل إلى اتفاق لوقف إطلاق النار قبل نهاية الشهر."),
    ("ar", "اجتمع الوسطاء في الدوحة للتوصل إلى هدنة في غزة."),
    ("ar", "أبدى الجيش استعداده لهدنة إنسانية."),
    ("ar", "وزع الوسطاء على الطرفين مسودة جديدة لاتفاق الهدنة."),
    ("ar", "قالت الحركة إنها مستعدة لوقف إطلاق النار."),
    ("ar", "حاولت مصر التوصل إلى هدنة بين الطرفين."),
    ("fa", "شورای امنیت در قطعنامه‌ای بر ضرورت برقراری آتش‌بس فوری در غزه تأکید کرد."),
    ("fa", "میانجی‌ها پیش‌نویس توافق آتش‌بس را به طرف‌های درگیر ارائه کرده‌اند."),
    ("fa", "وزیر خارجه بر لزوم آتش‌بس فوری در سودان تأکید کرد."),
    ("fa", "پیش‌نویس قطعنامه آتش‌بس به شورای امنیت ارائه شد."),
    ("ur", "سلامتی کونسل نے غزہ میں فوری جنگ بندی کا مطالبہ کرنے والی قرارداد منظور کر لی۔"),
    ("ur", "ایک امریکی عہدیدار کا کہنا ہے کہ واشنگٹن لبنان میں جنگ بندی کے معاہدے کے لیے کوشاں ہے۔"),
    ("ur", "یوکرین نے کہا ہے کہ وہ تیس روزہ سیز فائر کے لیے تیار ہے بشرطیکہ روس بھی اسے قبول کرے۔"),
    ("ur", "ثالثوں نے فریقین کو جنگ بندی معاہدے کا مسودہ پیش کر دیا ہے۔"),
    ("ur", "اقوام متحدہ نے غزہ میں جنگ بندی کی قرارداد منظور کر لی۔"),
    ("ur", "امریکہ جنگ بندی کے معاہدے کے لیے کوششیں تیز کر رہا ہے۔"),
    ("ur", "حماس جنگ بندی پر آمادہ ہے۔"),
    ("ur", "فریقین کو جنگ بندی کا مجوزہ معاہدہ بھیج دیا گیا ہے۔"),
    ("ur", "قطر جنگ بندی کی کوششیں جاری رکھے ہوئے ہے۔"),
    # Arabic "قبل" alone is "before", not "accepted"; a rejected truce stays proposed.
    ("ar", "رفض الجيش أي هدنة قبل استعادة المدينة."),
]


@pytest.mark.parametrize(("language", "text"), SOUGHT)
def test_a_truce_sought_is_proposed(language: str, text: str) -> None:
    assert status(text, language) == "proposed"


# Persian "برای" is a purpose only before a verbal noun of agreeing or before the truce: "for the tenth
# day", "for the prisoner swap", "for Eid" do not make the truce hypothetical.
PERSIAN_FOR = [
    ("agreed", "روسیه و اوکراین بر سر آتش‌بس موقت برای تبادل اسرا به توافق رسیدند."),
    ("holding", "آتش‌بس در جنوب لبنان برای دهمین روز پیاپی پابرجاست."),
    ("holding", "آتش‌بس در ادلب با وجود تنش‌ها برای سومین روز همچنان برقرار است."),
    ("agreed", "آتش‌بس یک‌جانبه برای عید فطر اعلام شد."),
    ("holding", "آتش‌بس برای هفتمین روز متوالی رعایت می‌شود."),
    # guards: a purpose still makes the agreement sought
    ("proposed", "واشنگتن برای رسیدن به توافق آتش‌بس تلاش می‌کند."),
    ("proposed", "میانجی‌ها برای توافق بر سر آتش‌بس به قاهره رفتند."),
    ("proposed", "اوکراین آمادگی خود را برای آتش‌بس ۳۰ روزه اعلام کرد، به شرط آنکه روسیه نیز آن را بپذیرد."),
]


@pytest.mark.parametrize(("expected", "text"), PERSIAN_FOR)
def test_persian_for_is_a_purpose_only_before_agreeing(expected: str, text: str) -> None:
    assert status(text, "fa") == expected


# Persian "ادامه دارد" (goes on) is the truce's holding only when the truce is its subject: talks or
# fighting that go on are not; fighting that goes on despite the truce breaches it.
PERSIAN_GOES_ON = [
    ("proposed", "مذاکرات آتش‌بس میان اسرائیل و حماس در قاهره ادامه دارد."),
    ("proposed", "گفت‌وگوها درباره آتش‌بس در دوحه ادامه دارد."),
    ("violated", "به‌رغم برقراری آتش‌بس، درگیری‌های پراکنده در خطوط تماس ادامه دارد."),
    ("violated", "علی‌رغم اعلام آتش‌بس، حملات پهپادی ادامه دارد."),
    ("none", "درگیری‌ها در شرق کنگو ادامه دارد و سخنی از آتش‌بس در میان نیست."),
    ("holding", "آتش‌بس در جنوب لبنان همچنان ادامه دارد."),
]


@pytest.mark.parametrize(("expected", "text"), PERSIAN_GOES_ON)
def test_persian_goes_on_belongs_to_its_subject(expected: str, text: str) -> None:
    assert status(text, "fa") == expected


# Kept to, observed, lasting, calm since: holding (ar "التزم/يلتزم/ملتزم ب"; fa "پایبند بوده‌اند",
# "دوام آورده است", "پایبندی خود … تأکید"; ur "قائم رہے/ہیں", "پاسداری کی جا رہی ہے", "کاربند",
# "پرسکون", "امن/سکون ہے", "کامیابی سے جاری ہے").
HOLDING = [
    ("ar", "التزم الطرفان بوقف إطلاق النار طوال الأسبوع الماضي، وفق مراقبين دوليين."),
    ("ar", "يلتزم الطرفان بالهدنة منذ أسبوعين."),
    ("ar", "ما زالت الفصائل ملتزمة بالتهدئة في الضفة."),
    ("fa", "به گفته ناظران بین‌المللی، طرفین در هفته گذشته به آتش‌بس پایبند بوده‌اند."),
    ("fa", "ارتش و شورشیان بر پایبندی خود به آتش‌بسی که از پنجشنبه اجرا شده تأکید کردند."),
    ("fa", "آتش‌بس شکننده میان هند و پاکستان همچنان دوام آورده است."),
    ("fa", "دولت و شورشیان تا کنون به آتش‌بس پایبند بوده‌اند."),
    ("fa", "آتش‌بس در کشمیر با وجود چند حادثه پراکنده دوام آورده است."),
    ("ur", "جنگ بندی کے نفاذ کے بعد سے غزہ میں صورتحال پرسکون ہے۔"),
    ("ur", "اقوام متحدہ کا کہنا ہے کہ یمن میں جنگ بندی کی بڑی حد تک پاسداری کی جا رہی ہے۔"),
    ("ur", "بین الاقوامی مبصرین کے مطابق فریقین گزشتہ پورے ہفتے جنگ بندی پر قائم رہے۔"),
    ("ur", "فوج اور باغیوں نے جمعرات سے نافذ جنگ بندی پر کاربند رہنے کا عزم ظاہر کیا۔"),
    ("ur", "لائن آف کنٹرول پر سیز فائر کے بعد سے سرحدی دیہات میں امن ہے۔"),
    ("ur", "کئی ہفتوں سے لائن آف کنٹرول پر سیز فائر کامیابی سے جاری ہے۔"),
    ("ur", "دونوں ممالک جنگ بندی پر بدستور قائم ہیں۔"),
    ("ur", "سرحد پر سیز فائر کا احترام کیا جا رہا ہے۔"),
    ("ur", "جنگ بندی کے بعد سے علاقے میں سکون ہے۔"),
]


@pytest.mark.parametrize(("language", "text"), HOLDING)
def test_a_truce_kept_is_holding(language: str, text: str) -> None:
    assert status(text, language) == "holding"


# Guards: a call to keep a truce, or the hope that it holds, is no report that it holds; Persian
# "until the end of the truce" ends nothing.
NOT_YET_HOLDING = [
    ("ar", "agreed", "دعا الوسيط الطرفين إلى الالتزام بالهدنة."),
    ("ur", "agreed", "اقوام متحدہ نے امید ظاہر کی کہ جنگ بندی برقرار رہے گی۔"),
    ("fa", "agreed", "آتش‌بس تا پایان ماه رمضان برقرار خواهد بود."),
]


@pytest.mark.parametrize(("language", "expected", "text"), NOT_YET_HOLDING)
def test_a_call_or_hope_is_not_holding(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


# Arabic writes "وقف إطلاق النار" short ("وقف النار"), split by an adjective in the accusative
# ("وقفا شاملا لإطلاق النار", with or without tanween) and with vowel marks on the verb ("خُرق").
ARABIC_FORMS = [
    ("agreed", "أعلن المجلس العسكري وقفا شاملا لإطلاق النار في أنحاء البلاد اعتبارا من منتصف الليل."),
    ("agreed", "بدأ سريان وقف النار بين لبنان وإسرائيل فجر اليوم."),
    ("violated", "خُرق وقف النار مرات عدة في القطاع الشرقي منذ الصباح، بحسب الوكالة الوطنية للإعلام."),
    ("agreed", "أعلنت الحكومة وقفاً فورياً لإطلاق النار في الإقليم."),
    ("collapsed", "انهار وقف النار في الجنوب بعد يومين."),
    # "قد" and "لو" are words of their own, not the start of "القدس" or "لوقف"
    ("collapsed", "قالت الشرطة في القدس إن الهدنة انهارت."),
]


@pytest.mark.parametrize(("expected", "text"), ARABIC_FORMS)
def test_arabic_forms_of_the_truce(expected: str, text: str) -> None:
    assert status(text, "ar") == expected


# Broken (ur "توڑ دی", transitive), despite it (fa/ur: fighting resumed despite a truce is a breach,
# as in English).
VIOLATED = [
    ("ur", "کیف کا کہنا ہے کہ روسی افواج نے خیرسون پر گولہ باری کر کے اعلان کردہ جنگ بندی توڑ دی۔"),
    ("ur", "باغیوں پر جنگ بندی توڑنے کا الزام ہے۔"),
    ("fa", "به‌رغم آتش‌بس، حملات دوباره از سر گرفته شد."),
    ("ur", "جنگ بندی کے باوجود لڑائی دوبارہ شروع ہو گئی۔"),
]


@pytest.mark.parametrize(("language", "text"), VIOLATED)
def test_a_truce_broken_is_violated(language: str, text: str) -> None:
    assert status(text, language) == "violated"


# Withdrawal from the truce (ar "انسحاب … من", fa "از توافق آتش‌بس خارج", "خروج از", ur "معاہدے سے
# علیحدگی/دستبردار"), its term run out (ar "انقضت"), its end as a noun (fa "پایان آتش‌بس"), lasting
# only a while (fa "تنها … دوام آورد"), attacks resumed (fa "از سر گرفتند", "ازسرگیری").
COLLAPSED = [
    ("ar", "أعلن الحوثيون انسحابهم من اتفاق التهدئة متهمين التحالف بعدم الالتزام به."),
    ("ar", "انقضت مدة الهدنة منتصف الليل دون الاتفاق على تجديدها."),
    ("ar", "أعلنت الحكومة انسحابها من الهدنة بعد مقتل جنودها."),
    ("ar", "انقضت مهلة الهدنة فجر اليوم."),
    ("ar", "قرر الجيش الانسحاب من اتفاق الهدنة."),
    ("fa", "نیروهای روسی بلافاصله پس از پایان آتش‌بس کوتاه‌مدت حملات خود را از سر گرفتند."),
    ("fa", "حوثی‌ها با متهم کردن ائتلاف به عدم پایبندی، از توافق آتش‌بس خارج شدند."),
    ("fa", "آتش‌بس در لیبی تنها یک هفته دوام آورد و درگیری‌ها در طرابلس دوباره آغاز شد."),
    ("fa", "ارتش اسرائیل پایان آتش‌بس و ازسرگیری عملیات نظامی در نوار غزه را اعلام کرد."),
    ("fa", "با پایان آتش‌بس سه‌روزه، بمباران شهر دوباره آغاز شد."),
    ("fa", "دولت خروج خود از توافق آتش‌بس را اعلام کرد."),
    ("fa", "آتش‌بس کمتر از دو روز دوام آورد."),
    ("ur", "حوثیوں نے اتحاد پر عدم پاسداری کا الزام لگاتے ہوئے جنگ بندی معاہدے سے علیحدگی اختیار کر لی۔"),
    ("ur", "حکومت نے سیز فائر معاہدے سے دستبردار ہونے کا اعلان کیا۔"),
]


@pytest.mark.parametrize(("language", "text"), COLLAPSED)
def test_a_truce_left_or_run_out_is_collapsed(language: str, text: str) -> None:
    assert status(text, language) == "collapsed"


# Guards: troops withdrawing under a truce, or a threat to leave or end it ("بالانسحاب", "بإنهاء"),
# end nothing.
@pytest.mark.parametrize("text", [
    "انسحبت القوات الإسرائيلية من مدينة رفح بموجب اتفاق وقف إطلاق النار.",
    "هدد الحزب بالانسحاب من اتفاق وقف إطلاق النار.",
    "هددت الحركة بإنهاء الهدنة بسبب الحصار.",
])
def test_arabic_withdrawal_of_troops_or_a_threat_is_not_a_collapse(text: str) -> None:
    assert status(text, "ar") == "agreed"


# Guards for the narrowed patterns: attempted infiltration is the breach, not an attempt at a truce
# (ar "محاولات"); Urdu "تیار" (ready) and "کوششیں" (efforts) that are not for the truce propose nothing.
@pytest.mark.parametrize(("language", "expected", "text"), [
    ("ar", "violated", "سجلت محاولات تسلل شكلت خرقا للهدنة."),
    ("ur", "agreed", "جنگ بندی کے بعد شہری گھروں کو لوٹنے کو تیار ہیں۔"),
    ("ur", "agreed", "جنگ بندی کے بعد امدادی کوششیں تیز کر دی گئیں۔"),
])
def test_narrowed_words_keep_their_other_senses(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


# Fighting resumed in the next sentence, noun first (ar "القتال تجدد", "غير أن" is "however" and no
# negation; fa "درگیری‌ها … از سر گرفته شد"; ur "لڑائی دوبارہ شروع"): the truce collapsed.
RESUMED_NEXT = [
    ("ar", "دخلت الهدنة حيز التنفيذ يوم الجمعة. لكن القتال تجدد صباح الاثنين في أحياء الخرطوم."),
    ("ar", "أعلن الطرفان هدنة لمدة ثلاثة أيام. غير أن الاشتباكات تجددت مساء اليوم التالي."),
    ("fa", "آتش‌بس روز جمعه به اجرا درآمد. اما صبح دوشنبه درگیری‌ها در خارطوم از سر گرفته شد."),
    ("ur", "جمعے کو جنگ بندی نافذ ہوئی تھی۔ تاہم پیر کی صبح خرطوم میں لڑائی دوبارہ شروع ہو گئی۔"),
    ("ur", "جمعرات کو جنگ بندی کا اعلان ہوا۔ لیکن ہفتے کو جھڑپیں دوبارہ شروع ہو گئیں۔"),
]


@pytest.mark.parametrize(("language", "text"), RESUMED_NEXT)
def test_fighting_resumed_next_sentence_collapses_the_truce(language: str, text: str) -> None:
    assert status(text, language) == "collapsed"


# Ruled out (ar "استبعد/يستبعد", fa "منتفی دانست", ur "خارج از امکان"), no prospect of it (fa "هیچ
# چشم‌اندازی … دیده نمی‌شود/وجود ندارد"), no word of it (ar "دون أي حديث عن", "بلا أي مؤشرات على";
# ur "کی کوئی بات/ذکر نہیں"): no truce.
ABSENT = [
    ("ar", "استبعد رئيس الوزراء الإسرائيلي أي وقف لإطلاق النار قبل تحقيق أهداف الحرب."),
    ("ar", "تتواصل المعارك في شرق الكونغو دون أي حديث عن وقف لإطلاق النار."),
    ("ar", "يستبعد الجيش في الوقت الراهن أي هدنة مع المتمردين."),
    ("ar", "استمر القصف طوال الليل بلا أي مؤشرات على هدنة."),
    ("fa", "هیچ چشم‌اندازی برای آتش‌بس میان ارتش و نیروهای واکنش سریع دیده نمی‌شود."),
    ("fa", "نخست‌وزیر اسرائیل هرگونه آتش‌بس را پیش از تحقق اهداف جنگ منتفی دانست."),
    ("fa", "وزیر دفاع امکان هرگونه آتش‌بس با شورشیان را منتفی دانست."),
    ("fa", "فعلا هیچ چشم‌اندازی برای آتش‌بس در اوکراین وجود ندارد."),
    ("ur", "اسرائیلی وزیراعظم نے جنگی اہداف کے حصول سے پہلے کسی بھی جنگ بندی کو خارج از امکان قرار دیا۔"),
    ("ur", "مشرقی کانگو میں لڑائی جاری ہے اور جنگ بندی کی کوئی بات نہیں ہو رہی۔"),
    ("ur", "وزیر دفاع نے سیز فائر کو فی الحال خارج از امکان قرار دیا۔"),
    ("ur", "علاقے میں جھڑپیں جاری ہیں اور جنگ بندی کا کوئی ذکر نہیں۔"),
]


@pytest.mark.parametrize(("language", "text"), ABSENT)
def test_a_truce_ruled_out_or_unmentioned_is_none(language: str, text: str) -> None:
    assert status(text, language) == "none"


# A truce in a lawsuit between companies or clubs, a media truce between parties, a pay dispute:
# not a war truce.
NOT_CONFLICT = [
    ("ar", "توصلت شركتا أبل وسامسونغ إلى هدنة في نزاعهما القضائي حول براءات الاختراع."),
    ("ar", "انتهت الهدنة الإعلامية بين المرشحَين للرئاسة بعد المناظرة التلفزيونية."),
    ("ar", "أعلن الحزبان هدنة إعلامية حتى موعد الانتخابات."),
    ("ar", "توصل الناديان إلى هدنة في نزاعهما القضائي أمام محكمة التحكيم الرياضي."),
    ("fa", "اپل و سامسونگ در دعوای حقوقی خود بر سر حق ثبت اختراع به آتش‌بس رسیدند."),
    ("fa", "آتش‌بس رسانه‌ای میان دو نامزد انتخابات ریاست‌جمهوری پس از مناظره تلویزیونی پایان یافت."),
    ("fa", "دو حزب رقیب پیش از انتخابات بر سر آتش‌بس رسانه‌ای توافق کردند."),
    ("fa", "دو باشگاه در دعوای حقوقی خود بر سر انتقال بازیکن به آتش‌بس رسیدند."),
    ("ur", "ایپل اور سام سنگ نے پیٹنٹ کے قانونی تنازع میں عارضی جنگ بندی کر لی ہے۔"),
    ("ur", "کرکٹ بورڈ اور کھلاڑیوں کے درمیان معاوضوں کے تنازع پر عارضی جنگ بندی ہو گئی ہے۔"),
    ("ur", "دونوں کمپنیوں نے قانونی تنازع میں جنگ بندی کا اعلان کیا۔"),
]


@pytest.mark.parametrize(("language", "text"), NOT_CONFLICT)
def test_a_business_or_media_truce_is_not_a_war(language: str, text: str) -> None:
    assert status(text, language) == "none"


# Guards: legal experts and regional "players" near a truce leave it a war truce; "قبلت" (accepted) is
# still an agreement though bare "قبل" is not.
@pytest.mark.parametrize(("language", "text"), [
    ("fa", "به گفته کارشناسان حقوقی، آتش‌بس از نیمه‌شب به اجرا درآمد."),
    ("ur", "خطے کے اہم کھلاڑیوں نے جنگ بندی کا خیر مقدم کیا۔"),
    ("ar", "قبلت الحكومة الهدنة الإنسانية."),
])
def test_words_near_a_war_truce_do_not_void_it(language: str, text: str) -> None:
    assert status(text, language) == "agreed"
