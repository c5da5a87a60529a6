"""Ceasefire status in long wire-style sentences, in English and the other nine languages.

Each case is one pattern of the language, not of a particular story: a truce said to be out of sight,
a speech verb that is not a declaration, a year that dates the truce rather than the breach, a call
to stop breaches, a negation carried by a Turkish verb suffix, a participle or relative clause between
a truce and its verb; then (round 2) an ending in its inflected forms, a halt to strikes as a truce,
deaths counted since a truce began, a negation on the clause-final verb, agreeing to keep observing a
truce, talks on a truce that ended; then (round 3) a truce ended, suspended, withdrawn from or not
renewed, a truce kept up over time, and attempts to revive a truce that failed; then (round 5) a continuing
truce, a push towards a truce, German reported speech, a day-of-month date, and a breach of "the
agreement" that refers back to a truce. All sentences are our own.
"""

from __future__ import annotations

import pytest

from bot.briefing.ceasefire import extract_ceasefire
from bot.briefing.model import Ceasefire
from bot.briefing.sentences import split_sentences


def status(text: str, language: str) -> str:
    found = extract_ceasefire(split_sentences(text, language), language)
    if found.status == "none":
        assert found == Ceasefire()
    else:
        assert found.evidence is not None and found.evidence in text
    return found.status


# A truce said to be nowhere near is no truce, not an agreed one.
NOT_IN_SIGHT = [
    ("en", "Three years into the war, a ceasefire is still not in sight."),
    ("en", "There was no sign of a truce as both armies dug in for the winter."),
    ("de", "Eine Feuerpause ist nach Einschätzung von Diplomaten weiterhin nicht in Sicht."),
    ("de", "Ein Waffenstillstand scheint in weiter Ferne."),
    ("fr", "Selon les diplomates, un cessez-le-feu n'est toujours pas en vue."),
    ("es", "Una tregua no está a la vista, admitió el mediador."),
    ("es", "No se vislumbra un alto el fuego en la región."),
    ("ru", "Перемирия в ближайшие месяцы не предвидится."),
    ("uk", "Перемир'я найближчим часом не передбачається."),
    ("tr", "Diplomatlara göre ateşkes şimdilik görünmüyor."),
    ("ar", "لا تلوح في الأفق أي هدنة بين الطرفين."),
]


@pytest.mark.parametrize(("language", "text"), NOT_IN_SIGHT)
def test_a_truce_out_of_sight_is_none(language: str, text: str) -> None:
    assert status(text, language) == "none"


# "a déclaré le porte-parole" says, it declares nothing; "comme si" compares, it proposes nothing.
SPEECH_AND_AS_IF = [
    ("fr", "« L'armée bombarde nos villages comme si aucune trêve n'était en vigueur », a déclaré le maire."),
    ("es", "«Atacan los barrios como si ninguna tregua existiera», declaró el alcalde."),
    ("en", "The army keeps shelling the villages as if no truce existed, the mayor said."),
    ("de", "Die Armee greift die Dörfer an, als wenn es keine Waffenruhe gäbe, erklärte der Bürgermeister."),
]


@pytest.mark.parametrize(("language", "text"), SPEECH_AND_AS_IF)
def test_speech_verbs_and_as_if_report_no_truce(language: str, text: str) -> None:
    assert status(text, language) == "none"


DECLARED = [
    ("fr", "Les rebelles ont déclaré une trêve unilatérale de trois jours."),
    ("es", "La guerrilla declaró un alto el fuego por las fiestas."),
    ("de", "Die Regierung erklärte eine einseitige Waffenruhe."),
    ("de", "Der Präsident hat eine Waffenruhe für die Feiertage erklärt."),
]


@pytest.mark.parametrize(("language", "text"), DECLARED)
def test_a_declared_truce_is_still_agreed(language: str, text: str) -> None:
    assert status(text, language) == "agreed"


# The year says when the truce began; the breach or calm the sentence reports is news.
DATED_TRUCE = [
    ("en", "violated",
     "The rebels accused the army of a serious breach of the ceasefire agreed in March 2024."),
    ("en", "violated", "India accused Pakistan of violating the 2003 ceasefire along the frontier."),
    ("fr", "violated", "Les rebelles ont dénoncé une violation du cessez-le-feu signé en mars 2024 à Doha."),
    ("es", "violated", "El gobierno denunció violaciones de la tregua firmada en mayo de 2024."),
    ("de", "holding", "Die im März 2024 vereinbarte Waffenruhe hielt nach Angaben der Armee weitgehend."),
    ("ru", "violated", "Стороны обвинили друг друга в нарушении перемирия, заключённого в марте 2024 года."),
    ("uk", "violated",
     "Сторони звинуватили одна одну в порушенні перемир'я, укладеного в березні 2024 року."),
    ("tr", "holding", "Bakanlık, Mayıs 2024'te ilan edilen ateşkesin büyük ölçüde korunduğunu açıkladı."),
    ("ar", "violated", "اتهم الجيش المتمردين بخرق وقف إطلاق النار الذي أُبرم في آذار/مارس ٢٠٢٤."),
    ("fa", "collapsed", "آتش‌بسی که در سال ۲۰۲۴ با میانجیگری قطر برقرار شده بود فروپاشید."),
]


@pytest.mark.parametrize(("language", "expected", "text"), DATED_TRUCE)
def test_a_year_that_dates_the_truce_is_not_history(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


HISTORY = [
    ("en", "The truce agreed in 2012 collapsed in 2016."),
    ("fr", "La trêve conclue en 2012 a volé en éclats en 2016."),
    ("de", "Die Armee hatte 2016 die 2012 geschlossene Waffenruhe aufgekündigt."),
    ("en", "Rebels attacked a convoy on the road. A truce was agreed in 2012."),
    ("ar", "هاجم مسلحون قافلة على الطريق. وكانت هدنة قد أعلنت في عام ٢٠١٢."),
    ("fa", "شورشیان به یک کاروان حمله کردند. آتش‌بس قبلی در سال ۲۰۱۲ اعلام شده بود."),
    ("ur", "شدت پسندوں نے قافلے پر حملہ کیا۔ ۲۰۱۲ میں جنگ بندی کا اعلان کیا گیا تھا۔"),
]


@pytest.mark.parametrize(("language", "text"), HISTORY)
def test_a_truce_dated_to_the_past_alone_stays_history(language: str, text: str) -> None:
    assert status(text, language) == "none"


# A call to stop the breaches presumes the breaches: the modal before it does not make them hypothetical.
STOP_VIOLATIONS = [
    ("en", "The envoy urged the militia to stop its repeated violations of the truce."),
    ("fr", "Le médiateur a exhorté l'armée à cesser ses violations de la trêve."),
    ("es", "El mediador pidió al ejército que ponga fin a las violaciones de la tregua."),
    ("de", "Der Vermittler forderte die Armee auf, die Verstöße gegen die Waffenruhe einzustellen."),
    ("ru", "Посредник призвал армию прекратить нарушения перемирия."),
    ("uk", "Посередник закликав армію припинити порушення перемир'я."),
    ("tr", "Arabulucu, tarafları ateşkes ihlallerine son vermeye çağırdı."),
    ("ar", "دعا الوسيط الجيش إلى وقف الخروقات لوقف إطلاق النار."),
]


@pytest.mark.parametrize(("language", "text"), STOP_VIOLATIONS)
def test_a_call_to_stop_breaches_reports_breaches(language: str, text: str) -> None:
    assert status(text, language) == "violated"


def test_turkish_negation_in_the_verb_suffix() -> None:
    assert status("Taraflar arasında ateşkes konusunda anlaşma sağlanamadı.", "tr") == "none"
    assert status("Yetkiliye göre bölgede hiçbir ateşkes ihlali tespit edilmedi.", "tr") != "violated"
    assert status("Yetkili, bölgede ateşkes ihlali yaşanmadığını söyledi. Ateşkes büyük ölçüde korunuyor.",
                  "tr") == "holding"


def test_urdu_talks_that_go_on_are_not_a_truce_that_holds() -> None:
    text = "دونوں ممالک کے درمیان جنگ بندی کی نگرانی کے طریقہ کار پر بات چیت جاری ہے۔"
    assert status(text, "ur") != "holding"
    assert status("سرحد پر جنگ بندی بدستور جاری ہے۔", "ur") == "holding"


# "The pause, agreed through … mediation after …, broke down": an insertion parts subject and verb.
INSERTIONS = [
    ("uk", "collapsed",
     "Гуманітарна пауза для виведення поранених із прифронтового села на півдні, узгоджена "
     "за посередництва місії ООН після тижня консультацій, зірвалася вже за дві години."),
    ("ru", "collapsed",
     "Гуманитарная пауза для вывоза раненых из прифронтового села на юге области, "
     "согласованная при посредничестве миссии ООН после недели консультаций, сорвалась."),
    ("en", "collapsed",
     "The humanitarian pause in the fighting around the besieged northern city, agreed through "
     "the mediation of tribal elders after a week of tense talks, collapsed within hours."),
    ("de", "collapsed",
     "Die Feuerpause für die Evakuierung der Verletzten aus der umkämpften Stadt im Norden, "
     "die unter Vermittlung der Vereinten Nationen vereinbart worden war, ist gescheitert."),
]


@pytest.mark.parametrize(("language", "expected", "text"), INSERTIONS)
def test_a_verb_after_an_insertion_belongs_to_the_truce(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


def test_an_insertion_does_not_pull_in_another_clause() -> None:
    # The collapse belongs to the talks, after a clause break: the truce is only agreed.
    text = ("A truce was agreed on Monday in the capital between the two sides after a week of difficult "
            "negotiations, officials said, but the separate talks on prisoners collapsed.")
    assert status(text, "en") == "agreed"


# Round 2. An ending in its inflected or periphrastic forms: "dio por terminada", "puso fin al",
# "перестал действовать", the Turkish nominalised "çökmesi" / "bozulması" (but not "çökmedi").
ENDINGS = [
    ("es", "collapsed", "El Ejecutivo dio por terminada la tregua con la guerrilla y retomó los operativos."),
    ("es", "collapsed", "El gobierno puso fin al alto el fuego pocas horas después de la emboscada."),
    ("es", "collapsed",
     "Las autoridades dieron por terminado el cese al fuego y reanudaron las operaciones ofensivas."),
    ("es", "holding", "La tregua no ha terminado, insistió el portavoz del ministerio."),
    ("ru", "collapsed", "Представитель штаба заявил, что перемирие фактически перестало действовать."),
    ("uk", "collapsed", "Речник штабу заявив, що перемир'я в долині фактично перестало діяти."),
    ("tr", "collapsed", "Bakan, ateşkesin bozulmasından muhalefeti sorumlu tuttu."),
    ("tr", "collapsed", "Sözcü, ateşkesin çökmesinin tek sorumlusunun karşı taraf olduğunu söyledi."),
    ("tr", "holding", "Ateşkes çökmedi, taraflar uymaya devam ediyor."),
]


@pytest.mark.parametrize(("language", "expected", "text"), ENDINGS)
def test_an_ending_in_its_inflected_forms(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


# A halt to strikes agreed between the sides is a (partial) truce, as "a moratorium on strikes" is.
def test_a_halt_to_strikes_is_a_truce() -> None:
    text = "Мораторий на удары по энергетике, согласованный весной, перестал действовать."
    assert status(text, "ru") == "collapsed"
    text = "Договоренность о прекращении обстрелов портов была достигнута при посредничестве соседей."
    assert status(text, "ru") == "agreed"
    assert status("Сторони домовилися про припинення ударів по енергетиці.", "uk") == "agreed"


# Deaths counted since a truce began are breaches of a truce that is still on; none counted is not.
HARM_SINCE = [
    ("en", "violated", "It was the deadliest day in the region since the ceasefire took effect."),
    ("en", "violated", "Since the start of the truce, forty people have been killed in air strikes."),
    ("en", "agreed", "No one has been killed since the truce began, officials said."),
    ("es", "violated", "Desde el comienzo de la tregua, 40 civiles han muerto en ataques aéreos."),
    ("es", "violated", "Fue la jornada más sangrienta desde que la tregua entró en vigor."),
    ("es", "agreed", "Desde que comenzó la tregua no ha muerto nadie en la provincia."),
    ("fr", "violated", "Depuis le début de la trêve, trente civils ont été tués dans la région."),
    ("de", "violated", "Seit Beginn der Waffenruhe wurden dreißig Zivilisten getötet."),
    ("de", "agreed", "Seit Beginn der Waffenruhe ist niemand getötet worden."),
    ("ru", "violated", "С начала перемирия в районе погибли двенадцать мирных жителей."),
    ("ru", "agreed", "С начала перемирия погибших нет."),
    ("uk", "violated", "З початку перемир'я в районі загинули дванадцять цивільних."),
    ("tr", "violated", "Ateşkesten bu yana bölgede 25 kişi hayatını kaybetti."),
    ("fa", "violated", "از زمان آغاز آتش‌بس ۲۰ نفر در این منطقه کشته شده‌اند."),
    ("ar", "violated", "قتل 15 شخصا في المنطقة منذ بدء وقف إطلاق النار."),
]


@pytest.mark.parametrize(("language", "expected", "text"), HARM_SINCE)
def test_deaths_since_the_truce_began_are_breaches(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


def test_an_earlier_date_of_the_truce_does_not_make_its_breach_history() -> None:
    text = "Fue el día más letal desde que entró en vigor, el 3 de marzo de 2024, la tregua pactada allí."
    assert status(text, "es") == "violated"


# Persian puts a noun cue's negation on the clause's last verb; "و" starts another clause.
def test_persian_negation_on_the_clause_final_verb() -> None:
    text = "آتش‌بس همچنان برقرار است و طرف‌ها تاکنون نقض جدی از سوی یکدیگر گزارش نکرده‌اند."
    assert status(text, "fa") == "holding"
    assert status("ارتش می‌گوید از زمان اجرای آتش‌بس هیچ نقضی ثبت نشده است.", "fa") == "holding"
    # A negated verb in the next clause does not touch the first clause's calm.
    assert status("آتش‌بس برقرار است و نیروها هنوز عقب‌نشینی نکرده‌اند.", "fa") == "holding"
    assert status("ناظران گفتند آتش‌بس دوباره نقض شد.", "fa") == "violated"


def test_a_call_for_full_observance_is_not_a_proposal() -> None:
    text = "وزیر بر لزوم پایبندی کامل به آتش‌بس تأکید کرد. آتش‌بس از ماه گذشته برقرار است."
    assert status(text, "fa") == "holding"


# Agreeing to keep observing a truce says it is in effect.
def test_agreeing_to_keep_observing_a_truce_is_holding() -> None:
    text = "دونوں ملکوں نے سرحد پر جنگ بندی کی پابندی جاری رکھنے پر اتفاق کیا۔"
    assert status(text, "ur") == "holding"


# Talks on a truce that ended or broke down leave the truce proposed, not collapsed.
TALKS_ENDED = [
    ("en", "proposed", "Talks on a ceasefire in the north broke down on Sunday without a deal."),
    ("fa", "proposed", "گفت‌وگوها برای آتش‌بس در پایتخت بدون نتیجه به پایان رسید."),
    ("en", "collapsed", "The ceasefire collapsed on Sunday, a week after it was agreed."),
]


@pytest.mark.parametrize(("language", "expected", "text"), TALKS_ENDED)
def test_talks_on_a_truce_that_ended(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


# A truce ended, called off, suspended, withdrawn from, declared over or left to run out is collapsed.
ENDED = [
    ("en", "The rebels said on Monday they were calling off their unilateral truce."),
    ("en", "The truce was not renewed when it ran out at midnight."),
    ("en", "The government declared the ceasefire over after the ambush."),
    ("en", "The militia withdrew from its one-sided truce after the raid."),
    ("fr", "Le groupe armé a mis fin à sa trêve unilatérale samedi."),
    ("fr", "Cette embuscade met de facto fin à la trêve décrétée par les rebelles."),
    ("fr", "La trêve n'a pas été prolongée par les belligérants."),
    ("es", "El Gobierno suspendió el cese al fuego con la guerrilla tras el ataque."),
    ("es", "El presidente puso fin, tras la masacre, al cese al fuego con el grupo."),
    ("es", "La tregua no fue prorrogada por las partes."),
    ("de", "Die Miliz setzte die Waffenruhe am Sonntag aus."),
    ("de", "Die Waffenruhe wurde nicht verlängert."),
    ("ru", "Боевики объявили об отказе от перемирия."),
    ("ru", "Перемирие не было продлено."),
    ("uk", "Угруповання скасувало перемир'я після обстрілу."),
    ("tr", "Örgüt, tek taraflı ateşkesi askıya aldığını açıkladı."),
    ("tr", "Ateşkes uzatılmadı."),
    ("ar", "أعلنت الحركة إنهاء الهدنة الأحادية."),
    ("ar", "قرر الجيش تعليق الهدنة بعد الهجوم."),
    ("fa", "گروه اعلام کرد آتش‌بس یک‌جانبه را پایان‌یافته می‌داند."),
    ("fa", "آتش‌بس تمدید نشد."),
    ("ur", "تنظیم نے جنگ بندی منسوخ کر دی۔"),
]


@pytest.mark.parametrize(("language", "text"), ENDED)
def test_a_truce_ended_or_not_renewed_is_collapsed(language: str, text: str) -> None:
    assert status(text, language) == "collapsed"


# Must not fire: a truce meant to end the war, attacks suspended under a truce, a renewed truce.
NOT_ENDED = [
    ("en", "agreed", "The truce was agreed to end the fighting in the north."),
    ("en", "agreed", "Both sides agreed a truce and the army suspended its air strikes."),
    ("en", "agreed", "The truce was renewed for another month."),
    ("en", "agreed", "The truce was agreed, but it has not been extended to the southern front."),
    ("fr", "agreed", "Les deux camps ont conclu une trêve pour mettre fin aux combats."),
    ("es", "agreed", "Las partes firmaron una tregua para poner fin a los combates."),
    ("de", "agreed", "Im Rahmen der vereinbarten Waffenruhe wurden die Luftangriffe ausgesetzt."),
    ("ru", "agreed", "Стороны договорились о перемирии, а удары были приостановлены."),
    ("tr", "agreed", "Taraflar ateşkes ilan etti ve saldırılar askıya alındı."),
    ("fa", "agreed", "آتش‌بس با هدف پایان دادن به جنگ اعلام شد."),
]


@pytest.mark.parametrize(("language", "expected", "text"), NOT_ENDED)
def test_ending_the_war_is_not_ending_the_truce(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected


# Keeping a truce up over time ("continue to observe", "months of calm") says it is holding.
KEPT_UP = [
    ("en", "The two armies agreed to continue observing the ceasefire along the border."),
    ("en", "After months of relative calm under the truce, farmers returned to their fields."),
    ("fr", "Les deux armées continuent de respecter le cessez-le-feu."),
    ("es", "Ambos bandos siguen respetando el alto el fuego desde marzo."),
    ("de", "Die Armeen vereinbarten, die Waffenruhe weiterhin einzuhalten."),
    ("ru", "Стороны продолжают соблюдать перемирие."),
    ("uk", "Сторони продовжують дотримуватися перемир'я."),
    ("ar", "اتفق الجانبان على مواصلة الالتزام بالهدنة."),
    ("fa", "دو طرف بر ادامه رعایت آتش‌بس توافق کردند."),
    ("ur", "دونوں ممالک نے جنگ بندی پر عملدرآمد جاری رکھنے پر اتفاق کیا۔"),
]


@pytest.mark.parametrize(("language", "text"), KEPT_UP)
def test_a_truce_kept_up_over_time_is_holding(language: str, text: str) -> None:
    assert status(text, language) == "holding"


def test_a_call_to_keep_observing_is_not_a_report_that_it_holds() -> None:
    assert status("The UN urged both sides to continue to respect the truce.", "en") == "agreed"


# Attempts to revive a truce that failed: the truce is over, the attempt's modal notwithstanding.
REVIVAL_FAILED = [
    ("en", "Since then, efforts to revive the truce have failed."),
    ("en", "Mediators failed to restore the ceasefire."),
    ("es", "Desde entonces, los intentos de restablecer el alto el fuego han sido en vano."),
    ("fr", "Les tentatives de relancer la trêve ont échoué."),
    ("de", "Versuche, die Waffenruhe wiederzubeleben, blieben erfolglos."),
    ("ru", "Попытки возобновить перемирие провалились."),
    ("uk", "Спроби відновити перемир'я виявилися марними."),
    ("ar", "باءت محاولات إحياء الهدنة بالفشل."),
    ("fa", "تلاش‌ها برای احیای آتش‌بس ناکام ماند."),
    ("tr", "Ateşkesi yeniden canlandırma girişimleri sonuçsuz kaldı."),
    ("ur", "جنگ بندی کی بحالی کی کوششیں ناکام ہو گئیں۔"),
]


@pytest.mark.parametrize(("language", "text"), REVIVAL_FAILED)
def test_a_failed_revival_leaves_the_truce_collapsed(language: str, text: str) -> None:
    assert status(text, language) == "collapsed"


# Must not fire: an attempt to revive a truce still under way, or a failure to agree one at all.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Mediators are working to restore the ceasefire."),
    ("es", "Los mediadores intentan restablecer la tregua."),
    ("en", "The two sides failed to agree a truce."),
])
def test_a_revival_under_way_is_not_a_collapse(language: str, text: str) -> None:
    assert status(text, language) != "collapsed"


# German "wurde" (was) is a past indicative, not the modal "würde" (would).
@pytest.mark.parametrize(("expected", "text"), [
    ("agreed", "Die Waffenruhe wurde am Montag verkündet."),
    ("holding", "Die Waffenruhe wurde bislang weitgehend eingehalten."),
    ("proposed", "Eine Waffenruhe würde den Zivilisten helfen."),
])
def test_german_past_passive_is_not_a_modal(expected: str, text: str) -> None:
    assert status(text, "de") == expected


# "In force since …", "observed since …": a truce reported as lasting.
@pytest.mark.parametrize(("language", "text"), [
    ("es", "El alto el fuego rige desde junio sin incidentes graves."),
    ("fr", "Le cessez-le-feu est en vigueur depuis le printemps."),
])
def test_in_force_since_is_holding(language: str, text: str) -> None:
    assert status(text, language) == "holding"


# Round 4: an undertaking not to strike (a strike moratorium) is a truce; its breach is a violation.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Министерство назвало ночной удар нарушением договоренности о взаимном отказе "
           "от ударов по портам.", "violated"),
    ("uk", "Сторони домовилися про взаємну відмову від атак на енергетичні об'єкти.", "agreed"),
    ("de", "Beide Seiten vereinbarten einen Verzicht auf Angriffe auf Kraftwerke.", "agreed"),
    ("fr", "Les deux camps ont conclu un moratoire sur les frappes visant les centrales.", "agreed"),
    ("es", "El gobierno denunció la violación de la moratoria sobre los bombardeos de puertos.", "violated"),
])
def test_a_strike_moratorium_is_a_truce(language: str, text: str, expected: str) -> None:
    assert status(text, language) == expected


# Refusal or moratorium words away from strikes are no truce.
@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Компания объявила об отказе от повышения цен до конца года."),
    ("uk", "Уряд оголосив про відмову від підвищення податків."),
    ("de", "Die Regierung beschloss einen Verzicht auf neue Steuern."),
    ("fr", "Le parlement a voté un moratoire sur les expulsions locatives."),
    ("es", "El Congreso aprobó una moratoria sobre los desahucios."),
])
def test_refusals_and_moratoriums_outside_war_are_no_truce(language: str, text: str) -> None:
    assert status(text, language) == "none"


# Fighting "despite the so-called unilateral «truce»": scare quotes and three words before the noun.
@pytest.mark.parametrize(("language", "text"), [
    ("uk", "Обстріли тривають попри оголошене противником одностороннє «перемир'я» на дві доби."),
    ("ru", "Бои продолжаются, несмотря на объявленное накануне одностороннее «перемирие» на сутки."),
])
def test_despite_a_quoted_truce_is_a_violation(language: str, text: str) -> None:
    assert status(text, language) == "violated"


# A truce that the attacker's own side says it observes, after fighting despite it: still violated.
def test_a_claim_of_observance_does_not_undo_a_breach() -> None:
    text = ("Атаки не припиняються попри оголошене командуванням «перемир'я». "
            "Противник заявив, що дотримується режиму тиші.")
    assert status(text, "uk") == "violated"


# A year that dates the truce in a relative clause or a long participle does not make its calm history.
@pytest.mark.parametrize(("language", "text"), [
    ("es", "La tregua que los mediadores negociaron entre ambos bandos en marzo de 2024 se mantiene."),
    ("fr", "La trêve que les médiateurs ont négociée entre les deux camps en mars 2024 tient toujours."),
    ("ur", "مارچ 2024 میں کئی ہفتوں کی شدید لڑائی کے بعد دونوں فریقوں کے درمیان "
           "طے پانے والی جنگ بندی برقرار ہے۔"),
])
def test_a_truce_dated_by_a_relative_clause_is_current(language: str, text: str) -> None:
    assert status(text, language) == "holding"


# "Sounded the death knell of the truce of <year>", then "fighting has resumed since": collapsed now.
@pytest.mark.parametrize(("language", "text"), [
    ("fr", "L'offensive de 2019 a sonné le glas du cessez-le-feu de 2012. Depuis, les combats ont repris."),
    ("en", "The 2019 offensive sounded the death knell of the 2012 ceasefire. Fighting has resumed since."),
])
def test_a_dated_collapse_followed_by_fighting_is_current(language: str, text: str) -> None:
    assert status(text, language) == "collapsed"


# A dated collapse of another old accord, with nothing about fighting resuming: history only.
@pytest.mark.parametrize(("language", "text"), [
    ("fr", "L'offensive de 2019 a sonné le glas du cessez-le-feu de 2012. Le marché a rouvert lundi."),
    ("es", "La ofensiva de 2019 rompió el alto el fuego de 2012. El mercado reabrió el lunes."),
])
def test_a_dated_collapse_alone_stays_history(language: str, text: str) -> None:
    assert status(text, language) == "none"


# Round 5. A truce that goes on ("amid the continuing truce", "continuation of the truce") is holding.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The border crossing reopened on Monday amid the continuing ceasefire."),
    ("ar", "أعيد فتح المعبر يوم الاثنين في ظل استمرار الهدنة بين الطرفين."),
    ("fr", "Le poste-frontière a rouvert lundi grâce au maintien du cessez-le-feu."),
    ("es", "El paso fronterizo reabrió el lunes gracias a la tregua vigente."),
    ("de", "Der Grenzübergang wurde am Montag dank der andauernden Waffenruhe wieder geöffnet."),
    ("ru", "Пункт пропуска открылся в понедельник на фоне продолжающегося перемирия."),
    ("uk", "Пункт пропуску відкрили в понеділок завдяки чинному перемир'ю."),
    ("tr", "Sınır kapısı, devam eden ateşkes sayesinde pazartesi günü yeniden açıldı."),
    ("fa", "گذرگاه مرزی در پی تداوم آتش‌بس دوباره باز شد."),
    ("ur", "سرحدی گزرگاہ جاری جنگ بندی کے باعث دوبارہ کھول دی گئی۔"),
])
def test_a_continuing_truce_is_holding(language: str, text: str) -> None:
    assert status(text, language) == "holding"


# Ongoing talks on a truce are still only a proposal.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Mediators said the ongoing ceasefire talks had made some progress."),
    ("ru", "Посредники заявили, что продолжающиеся переговоры о перемирии идут трудно."),
])
def test_continuing_truce_talks_stay_proposed(language: str, text: str) -> None:
    assert status(text, language) == "proposed"


# Diplomacy pushing "towards a truce" that the sides have not answered: proposed, not a breach.
@pytest.mark.parametrize(("language", "text"), [
    ("ar", "يأتي التصعيد بينما يدفع الوسطاء نحو هدنة إنسانية لم يرد عليها الطرفان بعد."),
    ("en", "The escalation comes as mediators push the two sides towards a humanitarian truce."),
    ("fr", "L'escalade survient alors que les médiateurs poussent les deux camps vers une trêve."),
    ("es", "La escalada llega mientras los mediadores empujan a ambos bandos hacia una tregua."),
    ("fa", "این تشدید درگیری در حالی است که میانجی‌ها دو طرف را به سوی آتش‌بس سوق می‌دهند."),
])
def test_a_push_towards_a_truce_is_proposed(language: str, text: str) -> None:
    assert status(text, language) == "proposed"


# German reported speech (Konjunktiv I): "die Waffenruhe halte" reports that it holds.
@pytest.mark.parametrize("text", [
    "Die Waffenruhe halte, bestätigte die Beobachtermission am Mittwoch.",
    "Die Feuerpause gelte weiterhin, sagte ein Sprecher der Armee.",
])
def test_german_reported_speech_holding(text: str) -> None:
    assert status(text, "de") == "holding"


# A year dated with its day of month in an Arabic relative clause does not make the breaches history.
def test_arabic_day_and_year_date_the_truce_not_the_breach() -> None:
    text = ("تتهم الحكومة الطرف الآخر بارتكاب مئات الخروقات لاتفاق وقف إطلاق النار "
            "الذي دخل حيز التنفيذ في 12 آذار/مارس 2024.")
    assert status(text, "ar") == "violated"


# A breach of "the agreement" told after the truce is named, without repeating its name: violated.
@pytest.mark.parametrize(("language", "text"), [
    ("uk", "Ремонт став можливим завдяки режиму припинення вогню. "
           "Одна зі сторін звинуватила іншу у порушенні домовленості."),
    ("ru", "Ремонт стал возможен благодаря режиму прекращения огня. "
           "Одна из сторон обвинила другую в нарушении договорённости."),
    ("en", "Repairs were possible thanks to a local ceasefire. "
           "Each side accused the other of violating the agreement."),
    ("de", "Die Reparatur war dank einer lokalen Feuerpause möglich. "
           "Beide Seiten warfen einander Verstöße gegen die Vereinbarung vor."),
    ("fr", "Les réparations ont été possibles grâce à une trêve locale. "
           "Chaque camp accuse l'autre de violation de l'accord."),
    ("es", "Las reparaciones fueron posibles gracias a una tregua local. "
           "Cada bando acusó al otro de violar el acuerdo."),
    ("tr", "Onarım yerel bir ateşkes sayesinde mümkün oldu. "
           "Taraflar birbirini anlaşmayı ihlal etmekle suçladı."),
    ("ur", "مرمت مقامی جنگ بندی کی بدولت ممکن ہوئی۔ "
           "دونوں فریقوں نے ایک دوسرے پر معاہدے کی خلاف ورزی کا الزام لگایا۔"),
    ("ar", "أصبح الإصلاح ممكنا بفضل هدنة محلية. واتهم كل طرف الآخر بخرق الاتفاق."),
    ("fa", "تعمیرات به لطف آتش‌بس محلی ممکن شد. هر طرف دیگری را به نقض توافق متهم کرد."),
])
def test_a_breach_of_the_agreement_after_a_truce_is_violated(language: str, text: str) -> None:
    assert status(text, language) == "violated"


# Must not fire: a breached agreement with no truce in the text, a denied breach, a breach told
# before any truce is mentioned.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The company accused its partner of violating the agreement.", "none"),
    ("uk", "Компанія звинуватила партнера у порушенні угоди.", "none"),
    ("fr", "Le cessez-le-feu local est entré en vigueur lundi. Personne n'a violé l'accord, selon l'ONU.",
     "agreed"),
    ("en", "A local ceasefire took effect on Monday. "
           "Officials said nobody had violated the agreement.", "agreed"),
    ("de", "Eine lokale Feuerpause trat am Montag in Kraft. "
           "Niemand habe die Vereinbarung verletzt, hieß es.", "agreed"),
    ("en", "The firm was accused of breaching the agreement. Later a ceasefire was announced in the region.",
     "agreed"),
])
def test_agreement_breach_must_not_fire(language: str, text: str, expected: str) -> None:
    assert status(text, language) == expected


# Round 6: a truce that "continues to hold" or "seems to hold" (French infinitive), a status far from its
# truce across a bracketed aside, a truce "that will be valid" (Turkish future participle) that is only
# offered, and fighting that is denied beside a bare mention.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le cessez-le-feu continue de tenir dans le sud, où aucun échange de tirs n'a été signalé "
           "depuis un mois.", "holding"),
    ("fr", "La trêve semble tenir malgré les tensions, selon l'ONU.", "holding"),
    ("es", "El cese al fuego entre el Gobierno nacional y el Frente Sur de los Andes (FSA), una escisión "
           "del antiguo Estado Mayor Central (EMC) liderada por alias Mordisco, se mantiene desde hace "
           "tres semanas.", "holding"),
    ("en", "The truce between the national army and the Southern Andes Front (SAF), a splinter of the "
           "former Central General Staff (CGS) led by a man known as the Colonel, has held for three "
           "weeks.", "holding"),
    ("tr", "Türkiye, Ramazan ayı boyunca geçerli olacak bir ateşkes önerdi.", "proposed"),
    ("tr", "Taraflar arasındaki ateşkes hâlâ geçerli, dedi yetkili.", "holding"),
    ("fr", "Dans la zone couverte par la trêve, aucun échange de tirs n'a été signalé.", "agreed"),
    ("es", "En la zona de la tregua no se registraron combates.", "agreed"),
    ("en", "In the area covered by the truce, no exchange of fire was reported.", "agreed"),
])
def test_round_six_holding_offers_and_denied_fighting(language: str, text: str, expected: str) -> None:
    assert status(text, language) == expected


# Round 7: a party no longer bound by a truce, a truce that "died"; a truce kept told in the past tense or
# as a commitment; last year's truce as history; the speech tag of truce talks (", the envoy announced")
# and an agreement inside their phrase; a new truce agreed after the last one collapsed; a Persian or
# Urdu subjunctive ("that they agree") as a call.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le groupe a déclaré qu'il ne se considérait plus lié par le cessez-le-feu.", "collapsed"),
    ("es", "El grupo afirmó que ya no se considera obligado por el alto el fuego.", "collapsed"),
    ("de", "Die Gruppe erklärte, sie sei nicht mehr an die Waffenruhe gebunden.", "collapsed"),
    ("ru", "Группировка заявила, что больше не считает себя связанной перемирием.", "collapsed"),
    ("uk", "Угруповання заявило, що більше не вважає себе зобов'язаним "
           "дотримуватися перемир'я.", "collapsed"),
    ("tr", "Örgüt, artık ateşkese bağlı olmadığını açıkladı.", "collapsed"),
    ("ar", "وقالت الحركة إنها لم تعد ملزمة بوقف إطلاق النار.", "collapsed"),
    ("fa", "این گروه اعلام کرد دیگر خود را به آتش‌بس پایبند نمی‌داند.", "collapsed"),
    ("ur", "تنظیم نے کہا کہ وہ اب جنگ بندی کی پابند نہیں ہے۔", "collapsed"),
    ("ur", "صوبے میں جنگ بندی عملاً دم توڑ گئی ہے۔", "collapsed"),
    ("uk", "Відновилися бої, що фактично перекреслило укладене минулого місяця перемир'я.", "collapsed"),
    ("ru", "Возобновились бои, что фактически перечеркнуло заключенное в прошлом "
           "месяце перемирие.", "collapsed"),
    ("fa", "حزب‌الله تأکید کرد همچنان به آتش‌بس پایبند است.", "holding"),
    ("ur", "حزب اللہ نے کہا کہ وہ جنگ بندی کی پابند ہے اور اس پر عمل جاری ہے۔", "holding"),
    ("es", "El alto el fuego alcanzado el domingo se mantenía este miércoles por tercer día.", "holding"),
    ("fr", "Le cessez-le-feu conclu dimanche se maintenait mercredi pour le troisième jour.", "holding"),
    ("uk", "Торішні домовленості про тимчасове перемир'я так і не поширилися на "
           "південь. Китай запропонував перемир'я.", "proposed"),
    ("de", "Die Gespräche über eine Waffenruhe sollen kommende Woche in Doha "
           "fortgesetzt werden, kündigte der Gesandte am Mittwoch an.", "proposed"),
    ("fr", "Les pourparlers en vue d'un cessez-le-feu reprendront la semaine "
           "prochaine à Doha, a annoncé mercredi l'émissaire.", "proposed"),
    ("en", "Talks on a ceasefire will resume next week in Doha, the envoy "
           "announced on Wednesday.", "proposed"),
    ("es", "El Gobierno y la guerrilla retomarán la próxima semana en Caracas las "
           "conversaciones para pactar un cese al fuego bilateral, anunció este "
           "miércoles el comisionado de paz.", "proposed"),
    ("en", "After two days of talks on a ceasefire, the sides announced a truce on Monday.", "agreed"),
    ("en", "The two sides agreed a new ceasefire on Wednesday, two days after the "
           "previous truce collapsed.", "agreed"),
    ("fr", "Les deux camps ont conclu mercredi un nouveau cessez-le-feu, deux "
           "jours après l'effondrement de la trêve précédente.", "agreed"),
    ("es", "Las partes pactaron el miércoles un nuevo alto el fuego. La tregua "
           "anterior había expirado el lunes y los combates se reanudaron en "
           "pocas horas.", "agreed"),
    ("en", "The sides agreed a new ceasefire on Monday. By Wednesday the new "
           "truce had collapsed.", "collapsed"),
    ("fa", "کاخ سفید از دو طرف خواست «هر چه زودتر» بر سر آتش‌بس به توافق برسند.", "proposed"),
    ("fa", "دو طرف روز دوشنبه بر سر آتش‌بس به توافق رسیدند.", "agreed"),
    ("ur", "امریکہ نے دونوں فریقوں پر زور دیا کہ وہ جلد جنگ بندی پر اتفاق کریں۔", "proposed"),
    ("ur", "دونوں فریقوں نے جنگ بندی پر اتفاق کیا۔", "agreed"),
])
def test_round_seven_bound_tense_talks_and_renewal(language: str, text: str, expected: str) -> None:
    assert status(text, language) == expected


# Round 8: fighting said to resume in a sentence after a truce in effect ends it (not after a mere
# call for one, nor when it has not resumed); talks on a truce that are denied are no proposal.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The truce took effect on Friday. But fighting resumed on Monday in Khartoum.", "collapsed"),
    ("fr", "La trêve est entrée en vigueur vendredi. Mais les combats ont repris "
           "lundi à Khartoum.", "collapsed"),
    ("es", "La tregua entró en vigor el viernes. Sin embargo, los combates se "
           "reanudaron el lunes en Jartum.", "collapsed"),
    ("en", "The truce took effect on Friday. Fighting has not resumed, officials said.", "agreed"),
    ("en", "Mediators called for a truce on Friday. Fighting resumed on Monday in the north.", "proposed"),
    ("en", "There are currently no talks on a ceasefire with the armed groups, the spokesman said.", "none"),
    ("fr", "Il n'y a pour l'instant aucune négociation sur un cessez-le-feu, a "
           "indiqué le porte-parole.", "none"),
    ("en", "Talks on a ceasefire did not resume on Monday, officials said.", "proposed"),
])
def test_round_eight_fighting_resumed_after_and_denied_talks(language: str, text: str, expected: str) -> None:
    assert status(text, language) == expected


# English round 8: truces in a business or sports sense (but a market is a place in a war), no interest in
# a truce, "ending a truce", a truce that took hold or entered its third day, a halt to strikes on
# infrastructure and a moratorium on them as truces.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The two phone makers called a truce in their patent dispute on "
           "Monday, dropping lawsuits in three countries.", "none"),
    ("en", "The club and its goalkeeper reached a truce after weeks of arguing over his contract.", "none"),
    ("en", "Neither army has shown any interest in a truce, the envoy told reporters.", "none"),
    ("en", "The army resumed its offensive in the north, ending a six-week truce "
           "with the rebels.", "collapsed"),
    ("en", "Since the truce took hold, traders have reopened the market in the old town.", "holding"),
    ("en", "The humanitarian pause entered its third day on Friday with no reports of shelling.", "holding"),
    ("en", "Under the deal announced on Friday, both sides will halt strikes on "
           "power infrastructure for 30 days.", "agreed"),
    ("en", "Officials said the moratorium on energy strikes had expired at midnight.", "collapsed"),
    ("en", "A truce has held since a strike on the market in March killed 20 "
           "people, the UN said.", "holding"),
])
def test_english_round_eight_senses_endings_and_halts(language: str, text: str, expected: str) -> None:
    assert status(text, language) == expected


# A market, a shopping centre or customs are places and things of a war too: only a trade war, a
# financial market or a trade truce makes a truce word no war's.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le cessez-le-feu a été annoncé après la frappe sur le marché central de la ville.", "agreed"),
    ("es", "La tregua se anunció tras el bombardeo del centro comercial de la ciudad.", "agreed"),
    ("de", "Die Waffenruhe wurde nach dem Angriff auf den Markt der Stadt verkündet.", "agreed"),
    ("ru", "Перемирие объявили после удара по рынку и торговому центру города.", "agreed"),
    ("uk", "Перемир'я оголосили після удару по ринку та торговому центру міста.", "agreed"),
    ("ar", "أعلنت الهدنة بعد القصف الذي استهدف الأسواق والمركز التجاري في المدينة.", "agreed"),
    ("fa", "آتش‌بس پس از حمله به بازار و مرکز تجاری شهر اعلام شد.", "agreed"),
    ("ur", "شہر کی مارکیٹ پر حملے کے بعد جنگ بندی کا اعلان کیا گیا۔", "agreed"),
    ("fr", "Washington et Pékin ont conclu une trêve commerciale sur les droits de douane.", "none"),
    ("es", "Washington y Pekín acordaron una tregua comercial sobre los aranceles.", "none"),
    ("de", "Washington und Peking vereinbarten im Handelsstreit eine Waffenruhe bei den Zöllen.", "none"),
    ("ru", "США и Китай договорились о торговом перемирии и снижении пошлин.", "none"),
    ("ar", "اتفقت واشنطن وبكين على هدنة تجارية بشأن الرسوم الجمركية.", "none"),
])
def test_a_market_is_a_place_of_war_a_trade_truce_is_not(language: str, text: str, expected: str) -> None:
    assert status(text, language) == expected


# Round 9 (long 8): pressing the sides to accept a truce is a call; a truce that "came down" collapsed.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Paris pousse les deux camps à accepter un cessez-le-feu immédiat.", "proposed"),
    ("fr", "Au moment où Washington presse les belligérants d'accepter une trêve, les frappes continuent.",
     "proposed"),
    ("fr", "Les deux camps ont accepté mardi un cessez-le-feu, sous la pression de Washington.", "agreed"),
    ("es", "Washington presiona a las partes para aceptar una tregua humanitaria.", "proposed"),
    ("es", "La tregua se vino abajo el lunes tras un ataque con drones.", "collapsed"),
    ("es", "El alto el fuego se derrumbó tras la ofensiva rebelde.", "collapsed"),
])
def test_round_nine_pressing_for_a_truce_and_its_fall(language: str, text: str, expected: str) -> None:
    assert status(text, language) == expected


# Round 10 (long 9): a call to observe *a* truce asks for a new one; a call spread over several words; the
# end of a truce named with an adjective between; speaking out for a truce; a truce's end dated "six
# months later" is history like its start; "months after it expired" is not.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Des chefs religieux ont appelé les gangs et le gouvernement à observer une « trêve humanitaire » "
           "de trente jours.", "proposed"),
    ("fr", "Le médiateur a appelé les deux camps à respecter le cessez-le-feu conclu lundi.", "agreed"),
    ("fr", "L'émissaire a de nouveau appelé mardi les deux camps à accepter le plan qui prévoit une trêve.",
     "proposed"),
    ("uk", "Командування оголосило про завершення одностороннього перемир'я, яке діяло з початку місяця.",
     "collapsed"),
    ("uk", "Саудівська Аравія також висловилася за «негайне припинення бойових дій».", "proposed"),
    ("ru", "Саудовская Аравия также высказалась за немедленное прекращение огня.", "proposed"),
    ("de", "Wenige Stunden nach dem Ende einer von Moskau einseitig ausgerufenen Waffenruhe griff "
           "Russland an.",
     "collapsed"),
    ("es", "Las partes pactaron el lunes una tregua en Taiz. La tregua nacional pactada en abril de 2022 "
           "expiró seis meses después sin ser renovada.", "agreed"),
    ("en", "The sides agreed a truce in Taiz on Monday. The national truce agreed in April 2022 expired "
           "six months later without renewal.", "agreed"),
    ("es", "El ataque se produce meses después de que el cese al fuego pactado con el Gobierno expirara sin "
           "ser prorrogado.", "collapsed"),
])
def test_round_ten_calls_endings_and_later_dates(language: str, text: str, expected: str) -> None:
    assert status(text, language) == expected


# Round 11 (long 10): Arabic short vowels written on a cue ("قُتلوا", "أُبرم") do not hide it; a strike
# "despite the truce agreement"; a truce that "no longer applies"; accepting "the principle of a truce".
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "وتأتي الغارة رغم اتفاق وقف إطلاق النار الذي أُبرم بوساطة أميركية وفرنسية في نوفمبر 2024.",
     "violated"),
    ("ar", "دخلت الهدنة حيز التنفيذ الشهر الماضي. وتفيد أرقام رسمية بأن أكثر من 330 شخصاً قُتلوا بنيران "
           "إسرائيلية منذ سريان الهدنة.", "violated"),
    ("uk", "Президент оголосив, що двостороннє припинення вогню, яке уряд і АНВ продовжили у вересні, "
           "«більше не діє».", "collapsed"),
    ("ru", "Президент заявил, что двустороннее прекращение огня больше не действует.", "collapsed"),
    ("fr", "Les FSR avaient annoncé début novembre accepter le principe d'une trêve, sans que les combats "
           "ne faiblissent.", "proposed"),
    ("es", "Las FAR anunciaron que aceptan el principio de una tregua humanitaria.", "proposed"),
    ("fr", "Les deux camps ont accepté mardi une trêve humanitaire.", "agreed"),
])
def test_round_eleven_vowels_despite_the_agreement_and_principles(language: str, text: str,
                                                                  expected: str) -> None:
    assert status(text, language) == expected
