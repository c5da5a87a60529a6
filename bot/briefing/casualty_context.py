"""What a sentence says around its figures: numbers that count no one, history or not, who claims it, named
people, violence."""

from __future__ import annotations

from .casualty_cues import CueWords, is_punct, match_any
from .numbers import Quantity

# tokens from a bodies word to its hand-over verb: "entregó a la Cruz Roja los cuerpos de"
_HANDOVER_WINDOW = 6
_COMES_GAP = 4  # words between "comes" and "weeks after": "the plan comes only a few weeks after"


class SentenceContext:
    """One sentence tokenised once, with the context tests the figure reader needs."""

    def __init__(self, lex: CueWords, text: str) -> None:
        self.lex = lex
        self.text = text
        self.toks = lex.reader.tokens(text)
        self.quants = lex.reader.quantities(self.toks)
        self.starts = {q.start: n for n, q in enumerate(self.quants)}
        self.years = [q.start for q in self.quants if (q.form == "year" or self._calendar_year(q))
                      and not self._dated(q.start) and not self._counts_people(q)
                      and not self._state_dated(q.start)
                      and not lex.ordinal.match(self.toks, q.end)]
        self.running_from = self._running_to()
        self.background = self._background()
        self.soft_background = self._soft_background()
        self.older_from = self._comes_after()

    def _background(self) -> bool:
        """True when the sentence tells history: "years ago", "in the past", "since 2014",
        "since the war"; not a truce "in force since 2024", which dates the truce, not the figures."""
        toks, lex = self.toks, self.lex
        for i in range(self.running_from):  # not the history of a running total told after the day's toll
            if lex.background.match(toks, i):
                return True
            if toks[i].norm.endswith(lex.length_suffixes) and any(
                    0 <= k < len(toks) and lex.span_nouns.match(toks, k) for k in (i - 1, i + 1)):
                return True  # a war named by its length is over: "the eight-year war", "جنگ هشت‌ساله"
            if lex.since.match(toks, i) and not lex.state_since.match_ending(toks, i):
                for k in range(i + 1, min(len(toks), i + 7)):
                    if toks[k].norm in (",", ";", "."):
                        break
                    if k in self.years or (k <= i + 4 and lex.span_nouns.match(toks, k)) or self._year_at(k):
                        return True
            if self._month_battle(i):
                return True
            if lex.from_date.match(toks, i) and self._date_at(i + lex.from_date.match(toks, i)):
                return True  # "از ژانویه": from a month on, a running toll
            if lex.since_after.match(toks, i) and any(
                    self._year_at(k) for k in range(max(0, i - 3), i)):
                return True  # the since word after its date: "7 Ekim 2023'ten bu yana"
        return False

    def _running_to(self) -> int:
        """Where a clause bringing a running total up starts ("…, portant à 310 le nombre de morts depuis
        le début de l'année", "…, womit die Zahl der Toten seit Beginn der Offensive auf 1200 steigt"): after
        a figure of the sentence, and with a since, running or history phrase after it. The sentence's
        length when there is none."""
        toks, lex = self.toks, self.lex
        for i in range(1, len(toks)):
            if not lex.running_to.match(toks, i) or not any(
                    q.end <= i and q.form in ("digits", "words", "vague") for q in self.quants):
                continue
            if any(lex.since.match(toks, k) or lex.running.match(toks, k) or lex.background.match(toks, k)
                   for k in range(i, len(toks))):
                return i
        return len(toks)

    def _month_battle(self, k: int) -> bool:
        """True when a bare month at toks[k] names a battle: "the clashes of October", "the October
        fighting", "Ekim ayındaki çatışmalarda". Such a battle is an episode told as past; a full date
        ("the clashes of 3 October") may be the news itself and does not count."""
        toks, lex = self.toks, self.lex
        length = lex.months.match(toks, k)
        if not length or any(0 <= j < len(toks) and toks[j].norm[0].isdigit() for j in (k - 1, k + length)):
            return False
        before = (k >= 1 and lex.month_battles.match_ending(toks, k)) or (
            k >= 2 and lex.month_links.match(toks, k - 1) and lex.month_battles.match_ending(toks, k - 1))
        end = k + length
        after = any(lex.month_battles.match(toks, j) for j in range(end, min(len(toks), end + 2))
                    if not any(is_punct(t) for t in toks[end:j + 1]))
        return bool(before or after)

    def _state_dated(self, k: int) -> bool:
        """True when the year at toks[k] dates a state: "the truce in force since March 2024"."""
        toks, lex = self.toks, self.lex
        return any(lex.since.match(toks, i) and lex.state_since.match_ending(toks, i)
                   for i in range(max(0, k - 4), k))

    def _year_at(self, k: int) -> bool:
        """True when a year (of a full date too) stands at toks[k]: since a date a year back, a toll runs.
        A month alone may date the truce instead ("la tregua que desde septiembre permitía")."""
        n = self.starts.get(k)
        return n is not None and self.quants[n].form == "year"

    def _date_at(self, k: int) -> bool:
        """True when a month or a year stands at toks[k]."""
        return bool(self.lex.months.match(self.toks, k)) or self._year_at(k)

    def _span_length(self, k: int) -> bool:
        """True when toks[k] starts a length of months or years and a span noun follows within two
        words: "[14] months of fighting", "[14] месяцев боевых действий", "[۱۴] ماه جنگ"."""
        toks, lex = self.toks, self.lex
        length = lex.span_units.match(toks, k)
        if not length:
            return False
        k += length
        return any(lex.span_nouns.match(toks, j) for j in range(k, min(len(toks), k + 3))
                   if not any(is_punct(t) for t in toks[k:j + 1]))

    def _soft_background(self) -> bool:
        """True when the sentence dates its events a short while back: "a year ago", "last May",
        "il y a un an", "mai dernier". Such a toll gives way to the events' own tolls, but a story may be
        about that very killing, so alone it still counts (unless it is told in the pluperfect)."""
        toks = self.toks
        return any(self.lex.background_soft.match(toks, i) or self._past_month(i) for i in range(len(toks)))

    def _comes_after(self) -> int:
        """Where a "comes weeks after" ends ("ويأتي المقترح بعد أسابيع من", "the plan comes months after"):
        the figures after it belong to that older event, which gives way as a toll of "a year ago" does.
        The sentence's length when there is none. Each part must follow the one before within a few words.
        """
        toks = self.toks
        for parts in self.lex.comes_after:
            for i in range(len(toks)):
                k = i
                for n, phrases in enumerate(parts):
                    stop = k + 1 if n == 0 else min(len(toks), k + _COMES_GAP + 1)
                    k = next((j for j in range(k, stop) if phrases.match(toks, j)), -1)
                    if k < 0:
                        break
                    k += phrases.match(toks, k)
                else:
                    return k
        return len(toks)

    def _names_month(self) -> bool:
        """True when the sentence names a month: "im Mai", "مئی میں"."""
        return any(self.lex.months.match(self.toks, i) for i in range(len(self.toks)))

    def _past_month(self, i: int) -> bool:
        """A month named as past at toks[i]: "last May", "im vergangenen Mai", "mai dernier"."""
        toks, lex = self.toks, self.lex
        length = lex.past_month_before.match(toks, i)
        if length and lex.months.match(toks, i + length):
            return True
        length = lex.months.match(toks, i)
        return bool(length) and bool(lex.past_month_after.match(toks, i + length))

    def _calendar_year(self, q: Quantity) -> bool:
        """A year of the Solar or lunar Hijri calendar (1300-1499), which Persian, Afghan and Arab
        papers date by: after a year word or a month ("در سال ۱۴۰۳", "در مهر ۱۴۰۴"), or before a
        calendar mark ("1446 هـ"). A bare 1400 stays a number: "1,400 people" counts."""
        if q.form != "digits" or q.min is None or q.min != q.max or not 1300 <= q.min < 1500:
            return False
        toks, lex = self.toks, self.lex
        return bool(lex.year_words.match_ending(toks, q.start) or lex.months.match_ending(toks, q.start)
                    or lex.calendar_after.match(toks, q.end))

    def _year_background(self, lo: int, hi: int) -> bool:
        """A year before the figure, or after it in its clause ("killed 3,000 in 2001"), makes it history."""
        for y in self.years:
            if y < lo:
                return True
            if y >= hi and not any(is_punct(t) and t.norm not in ("-", "'") for t in self.toks[hi:y]):
                return True
        return False

    def _not_a_count(self, q: Quantity) -> bool:
        """Dates, times, money, ages, "No. 10" and the like are numbers that count no people."""
        toks, lex = self.toks, self.lex
        if (q.form == "year" or self._calendar_year(q)) and not self._counts_people(q):
            return True
        if q.form == "words" and q.max == 1 and lex.pronoun_one.match_ending(toks, q.start):
            return True  # "the one on which he was found dead", "no one was hurt"
        if q.form in ("digits", "words") and self._age_end(q.end - 1):
            return True  # "a 26-year-old", "ein 26-jähriger"
        if lex.not_number_before.match_ending(toks, q.start) or lex.months.match_ending(toks, q.start):
            return True
        if lex.of_which.match_ending(toks, q.start) and self._things_before(q.start):
            return True  # "143 drones, dont 126 ont été abattus": a part of the drones
        if q.end < len(toks):
            nxt = toks[q.end]
            # a lone person noun is a person whatever follows: "водитель машины" is the car's driver, and
            # so is a noun that is its own count: "طفلان بقذيفة" are two children (killed) by a shell
            own = q.form == "lone" or (q.form == "words" and bool(match_any(lex.who, toks, q.start)))
            if lex.months.match(toks, q.end) or (lex.non_human.match(toks, q.end) and not own):
                return True
            clock = nxt.norm == ":" and q.end + 1 < len(toks) and toks[q.end + 1].norm[0].isdigit()
            if clock or nxt.norm in ("%", "/") or (nxt.norm == "-" and q.end + 1 < len(toks)
                                                   and lex.non_human.match(toks, q.end + 1)):
                return True  # "10:30", "5%", "1/3"; "rose to five: two of the injured died" counts
            if nxt.norm in ("-", "–") and q.end + 1 < len(toks) and toks[q.end + 1].norm[0].isdigit():
                return True  # phone numbers, scores
        return False

    def _things_before(self, k: int) -> bool:
        """True when the last noun named before toks[k] that counts anything counts things, not people."""
        toks, lex = self.toks, self.lex
        for i in range(k - 1, -1, -1):
            if match_any(lex.who, toks, i):
                return False
            if lex.non_human.match(toks, i):
                return True
        return False

    def _age_end(self, k: int) -> int | None:
        """Where an age ("26-year-old", "26 - year - old") that starts at toks[k] ends, or None."""
        toks = self.toks
        j = k + 1
        if j < len(toks) and toks[j].norm == "-":
            j += 1
        length = self.lex.age.match(toks, j)
        return j + length if length else None

    def _dash_aside(self, k: int) -> int | None:
        """The closing dash of an aside opened at toks[k] ("кілька членів екіпажу — громадяни Туреччини —
        дістали поранень"), or None."""
        toks = self.toks
        if toks[k].norm not in ("—", "–"):
            return None
        return next((i for i in range(k + 1, min(len(toks), k + 10)) if toks[i].norm == toks[k].norm), None)

    def _thing_after(self, k: int) -> bool:
        """True when the number counts things ("120 of his birds", "5 tanks"): the first noun is no person."""
        toks, lex = self.toks, self.lex
        for i in range(k, min(len(toks), k + 4)):
            if lex.non_human.match(toks, i):
                return True
            if not lex.fillers.match(toks, i):
                return False
        return False

    def _dated(self, i: int) -> bool:
        """A year inside a full date ("14 March 2015", "March 14, 2015"): it places the event, not history."""
        toks, months = self.toks, self.lex.months
        if i >= 2 and months.match(toks, i - 1) and toks[i - 2].norm[0].isdigit():
            return True
        if i >= 2 and toks[i - 1].norm[0].isdigit() and months.match(toks, i - 2):
            return True
        return (i >= 3 and toks[i - 1].norm == "," and toks[i - 2].norm[0].isdigit()
                and bool(months.match(toks, i - 3)))

    def _counts_people(self, q: Quantity) -> bool:
        """True when a year-like number is followed by a people noun or a cue word: "2000 people",
        "1998 killed" are no years. Before a cue it is a year after all when a later figure of the
        sentence names its people: "allein 2020 starben mehr als 6500 Menschen"."""
        if self._people_after(q.end):
            return True
        if not match_any(self.lex.cues_after, self.toks, q.end):
            return False
        return not any(p.start > q.end and self._people_after(p.end) for p in self.quants)

    def _people_after(self, k: int) -> int:
        """Length of a people noun at toks[k], or 0."""
        found = match_any(self.lex.who, self.toks, k)
        return found[1] if found else self.lex.person.match(self.toks, k)

    def _span(self, lo: int, hi: int) -> str:
        """The text of tokens [lo, hi) as written."""
        return self.text[self.toks[lo].start:self.toks[hi - 1].end]

    def _hypothetical(self, lo: int, hi: int) -> bool:
        return any(self.lex.hypothetical.match(self.toks, i) for i in range(max(0, lo), hi))

    def claimed_by(self) -> str | None:
        """Who the sentence says the figure comes from: "according to the ministry", "the army said"."""
        toks, lex, text = self.toks, self.lex, self.text
        for i in range(len(toks)):
            length = lex.claim_before.match(toks, i)
            if length and toks[i].norm not in lex.claim_after_words:
                words = []
                for t in toks[i + length:i + length + 6]:
                    if is_punct(t) or t.norm[0].isdigit():
                        break
                    words.append(t)
                if words and words[0].norm not in lex.pronouns:
                    return text[words[0].start:words[-1].end]
        counted = {k for q in self.quants if q.form != "single" for k in range(q.start, q.end)}
        for i in range(1, len(toks)):
            if not lex.claim_after.match(toks, i):
                continue
            words = []
            for k in range(i - 1, max(-1, i - 6), -1):
                if is_punct(toks[k]) or k in counted or toks[k].norm in lex.claim_stop:
                    break  # back to a comma, a figure or a clause word: "on Tuesday the army said"
                words.insert(0, toks[k])
            if words and words[-1].norm not in lex.pronouns and not lex.aux.match(toks, i - 1):
                return text[words[0].start:words[-1].end]
        return None

    def _named_before(self, q: Quantity) -> int:
        """1 for "Martin Richard and two others were killed", "Ihr Vater und ein Cousin wurden verletzt":
        the person named before "and N others" or before "and a …"."""
        toks, lex = self.toks, self.lex
        if q.start < 2 or (toks[q.start - 1].norm != "and" and toks[q.start - 1].norm not in lex.chain):
            return 0
        if not (lex.others.match(toks, q.end) or q.max == q.min == 1):
            return 0
        before = toks[q.start - 2]
        name = before.upper and lex.capitals_mark_names and q.start > 2
        named = name or lex.person.match_ending(toks, q.start - 1)
        return 1 if named and (q.start - 2) not in self.starts else 0

    def _handed_over(self, lo: int, hi: int) -> bool:
        """Bodies handed over or exchanged ("передала тела 1000 погибших", "the bodies of 30 soldiers were
        repatriated"): war dead returned, not deaths of the events reported. A bodies word by the figure
        and a hand-over word near that word, unless the bodies go to the victims' families."""
        toks, lex = self.toks, self.lex
        for i in range(max(0, lo - 3), min(len(toks), hi + 3)):
            if lex.bodies.match(toks, i):
                near = range(max(0, i - _HANDOVER_WINDOW), min(len(toks), hi + _HANDOVER_WINDOW))
                return any(lex.handover.match(toks, k) for k in near) and not any(
                    lex.families.match(toks, k) for k in range(len(toks)))
        return False

    def _not_violent(self, start: int, end: int) -> bool:
        """Deaths "of cancer", "from the disease" are not casualties of violence."""
        near = range(max(0, start - 8), min(len(self.toks), end + 10))
        return any(self.lex.not_violent.match(self.toks, i) for i in near)

    def _conflict_toll(self, lo: int, q: Quantity) -> bool:
        """A war's running toll ("a conflict that has killed more than 10,000", "in 14 months of fighting,
        3,900 died") is background."""
        toks, lex = self.toks, self.lex
        if (q.min or q.max or 0) < 1000:
            return False
        lengths = [p for p in self.quants if p.end <= lo and p.form in ("digits", "words")]
        if any(self._span_length(p.end) for p in lengths):
            return True  # a war told by its length before the figure: "за 14 месяцев боевых действий"
        window = range(max(0, lo - 6), lo)
        if not any(lex.span_nouns.match(toks, i) for i in window):
            return False
        # verb-final languages put the perfect after the figure: "اس جنگ میں ہزاروں افراد ہلاک ہو چکے ہیں"
        after = range(q.end, len(toks)) if lex.verb_final else range(0)
        return any(lex.perfect.match(toks, i) for i in window) or any(
            lex.perfect_after.match(toks, i) for i in after)
