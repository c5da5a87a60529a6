"""The casualty figures of one sentence: each number read with its cue word, who, side and source."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .casualty_context import SentenceContext
from .casualty_cues import ending_any, is_punct, match_any
from .casualty_lone import QUOTES, and_written, before_noun, lone_victims
from .casualty_marks import Marks, breakdown_groups, figure_marks
from .casualty_update import updated_toll
from .model import CasualtyReport
from .numbers import Quantity

_CHAIN = frozenset({"and", ",", "&", "as well as", "plus"})
_BREAKS = frozenset({",", ";", ":", ".", "،", "؛", "—", "–"})  # clause breaks a coordination does not cross
_COMMAS = frozenset({",", "،"})
_BRACKET_WORDS = 6  # tokens of a bracketed name ("(GDF)", "(ISPR)") read through between a number and its cue
_WINDOW = 8  # tokens scanned from a number to its cue word
# Verb-final clauses (German passives, Persian, Urdu, Turkish) put the verb last: "12 soldiers ... in
# the attack on the post in the north were killed". Once a people noun follows the number, the scan
# goes on to the clause's end (punctuation or another number still stop it).
_WINDOW_FINAL = 22
_UNKNOWN_FINAL = 16
_COMPLEMENT = 6  # words of a people noun's "of" phrase read through: "members of the gang of the town"
_NAME_WORDS = 4  # capitalised words of a unit's name read through after a people noun
_GROUP_WORDS = 4  # words of a group's phrase ("من قوات الأمن") between it and the "and" of the next group
_ASIDE_WORDS = 8  # words of a comma-bounded aside between two groups of one verb ("…, які прибули …, та")
_DIED_LATER = 5  # tokens from a figure of wounded to a death verb of its own clause ("… later died")


@dataclass(frozen=True)
class Hit:
    """How one quantity of a sentence reads: its kind, the phrase span in tokens, who, side, chain id."""

    kind: str
    start: int
    end: int
    who: str | None
    side: str | None
    chain: int
    backward: bool = False  # found through a verb before the number ("killed 12 soldiers")



class SentenceFigures(SentenceContext):
    """Finds the figures of one sentence."""

    def _who_after(self, k: int, limit: int) -> tuple[str | None, str | None, int]:
        """(who, side, position after) of a people noun within `limit` tokens from toks[k]."""
        toks, lex = self.toks, self.lex
        side: list[str] = []
        for _ in range(limit):
            if k >= len(toks) or is_punct(toks[k]) or k in self.starts:
                break
            found = match_any(lex.who, toks, k)
            if found is None and lex.person.match(toks, k):
                found = ("people", lex.person.match(toks, k))
            if found:
                return found[0], " ".join(side) or None, k + found[1]
            demonym = lex.demonyms.match(toks, k)
            if demonym:
                side.append(self._span(k, k + demonym))
                k += demonym
                continue
            filler = lex.fillers.match(toks, k)
            if toks[k].upper and lex.capitals_mark_names and k > 0 and not filler:
                side.append(self.text[toks[k].start:toks[k].end])
            elif side and not filler and not toks[k].norm[0].isdigit():
                break
            k += 1
        return None, None, k

    def _backward(self, n: int) -> Hit | None:
        """A verb or toll right before the number: "killing at least 5", "the death toll rose to 40"."""
        toks, lex, q = self.toks, self.lex, self.quants[n]
        j = q.start
        while j > 0 and toks[j - 1].norm in QUOTES:  # a verb in quotes: avoir « neutralisé » 40 …
            j -= 1
        if q.form == "lone":  # "загинула 67-річна жінка": the verb before the victim's age
            j = before_noun(self, q.start)
        for _ in range(3):
            length = lex.links.match_ending(toks, j)
            if not length:
                break
            j -= length
        found = ending_any(lex.cues_before, toks, j)
        start = j - found[1] if found else None
        if found and lex.reader.without_and(toks[q.start].norm) != toks[q.start].norm \
                and any(p.end == start for p in self.quants):
            found = start = None  # "16 قتيلاً وعشرات الجرحى": the cue is the figure's before, its "and" ours
        for k in range(j - 1, max(0, j - 1 - lex.subject_between), -1):  # "قتلت القوات الإسرائيلية 12"
            if found is not None or is_punct(toks[k]) or k in self.starts or toks[k].norm in lex.chain:
                break  # no "and" in the subject: "zwei Menschen getötet und 17 verletzt"
            found = ending_any(lex.cues_before, toks, k)
            start = k - found[1] if found else None
        if found is None:
            for k in range(j - 1, max(-1, j - lex.toll_window), -1):
                if (is_punct(toks[k]) and toks[k].norm != "'") or k in self.starts:
                    break
                toll = match_any(lex.tolls, toks, k)
                if toll and k + toll[1] <= q.start:
                    found, start = toll, k
                    wider = match_any(lex.tolls, toks, k - 1) if k > 0 else None
                    if wider and wider[1] > toll[1]:  # "death toll" rather than "toll"
                        found, start = wider, k - 1
                    break
        if found is None:
            update = updated_toll(self, q, j)
            found, start = ((update[0], 0), update[1]) if update else (None, None)
        # a noun that is its own count ("قُتل طفلان بقذيفة", two children by a shell) names its people
        # already: the thing after it is the weapon, not what was counted
        if found is None or start is None or (self._thing_after(q.end) and self._lone_who(q) is None):
            return None
        who, side, end = self._who_after(q.end, 4)
        if q.form == "single" and who is None:
            # "gunned down a Briton": a demonym or capitalised noun after "a"/"an" names a person
            named = q.end < len(toks) and toks[q.end].upper and lex.capitals_mark_names \
                and bool(lex.indefinite.match(toks, q.start))
            length = lex.demonyms.match(toks, q.end)
            if not length and named and not lex.fillers.match(toks, q.end):
                length = 1
            if length and lex.side_words.match(toks, q.end + length):
                return None  # "the Pakistani side" is a side, not a Pakistani
            if length:
                side, end = self._span(q.end, q.end + length), q.end + length
            else:
                return None
        if self._hypothetical(start - 6, start):
            return None
        return Hit(found[0], start, end if who or side else q.end, who, side, n, backward=True)

    def classify(self, n: int, done: dict[int, Hit]) -> Hit | None:
        """Kind, phrase span, who and side of quantity n, or None when it counts no casualties."""
        toks, lex, q = self.toks, self.lex, self.quants[n]
        if self._not_a_count(q):
            return None
        hit = self._backward(n)
        if hit is not None:
            return hit
        # Forward: "12 Pakistani soldiers were killed", "dozens dead", "a soldier was shot dead".
        k, unknown, who, side_words, passive, named = q.end, 0, None, [], False, 0
        if q.form == "lone" and lex.verb_final:
            who = self._lone_who(q) or "people"  # "… و مادرش در … کشته شدند": the noun is its own people
        # "cinco integrantes de la banda … murieron": the people noun's "of" phrase is read through
        complement = False
        inside = False  # within a part told in the clause: "۲۱ نفر از جمله ۹ کودک کشته شدند"
        people_end = -1  # where the last people noun read ends
        if lex.partitive.match(toks, k):
            after = k + lex.partitive.match(toks, k)
            if match_any(lex.cues_after, toks, after) or match_any(lex.cues_before, toks, after):
                return None  # "one of the injured", "11 of the dead": a part of a toll told elsewhere
        window, step = _WINDOW_FINAL if lex.verb_final else _WINDOW, 0
        # a unit's name and its "of the", and a noun's "of" phrase, do not use up the window
        while step < window + 2 * named + (_COMPLEMENT if complement else 0):
            step += 1
            if k >= len(toks):
                return None
            cue = match_any(lex.cues_after, toks, k)
            if cue and unknown and lex.adjacent.match(toks, k):
                return None  # "100,000 public bodies" are no corpses
            if cue and self._and_clause(k):
                return None  # "تسعة مدنيين وثلاثة جنود وأصيب …": "and were wounded" starts a clause
            if cue:
                if q.form == "single" and who is None:
                    return None
                if self._hypothetical(q.start - 3, q.start) or self._hypothetical(q.end, k):
                    return None  # not inside the figure: "ما لا يقل عن 47" is "at least 47"
                if lex.verb_final and self._modal_after(k + cue[1]):
                    return None  # "ہزاروں شہری ہلاک ہو سکتے ہیں": thousands may be killed
                nxt = k + cue[1]
                intransitive = lex.intransitive.match(toks, k)
                own = passive or intransitive or lex.fillers.match_ending(toks, k) or lex.verb_final
                if complement and not own:
                    return None  # past an "of" phrase a verb of the noun's own fate ("… murieron", "… ont
                    # été tués"), not a participle of the phrase's noun ("familiares del hombre asesinado")
                active = not passive and not intransitive  # "murieron el lunes": no object
                if active and nxt < len(toks) and (nxt in self.starts or self._people_after(nxt)
                                                   or lex.objects.match(toks, nxt)):
                    return None  # "three militants killed two soldiers": the number is the subject
                after = self._people_after(nxt) if who is None and intransitive and nxt < len(toks) else 0
                if after:  # "acht getötete Soldaten": an adjectival participle before its people noun
                    who, nxt = (match_any(lex.who, toks, nxt) or ("people", 0))[0], nxt + after
                return Hit(cue[0], q.start, nxt, who, " ".join(side_words) or None, n)
            # a lone article needs a singular person noun: "a soldier", not "a series"
            single = q.form == "single" and who is None
            people = lex.person.match(toks, k) if single else self._people_after(k)
            if people:
                group = (match_any(lex.who, toks, k) or ("people", 0))[0]
                # "۳ تن از مرزبانان" (3 of the border guards): the group right after a partitive people noun
                who = group if who == "people" and k == people_end else who or group
                k += people
                people_end = k
                continue
            # a verb-final clause tells its part before the verb: "۲۱ نفر از جمله ۹ کودک کشته شدند" (21
            # people, among them 9 children, were killed); the part's figures are read past. The people
            # noun may have taken the aside's first word ("نفر از"): the aside then ends past toks[k]
            aside = lex.aside.match(toks, k) or max(0, lex.aside.match(toks, k - 1) - 1)
            if who is not None and lex.verb_final and aside:
                k += aside
                inside = True
                continue
            if inside and k in self.starts:
                k = self.quants[self.starts[k]].end
                continue
            if inside and (toks[k].norm in _CHAIN or toks[k].norm in lex.chain):
                k += 1
                continue
            joins = toks[k].norm in _CHAIN or toks[k].norm in lex.chain
            # verb-final languages put a genitive before the next group's number: "12 asker ile
            # tankerlerin üç şoförü" (12 soldiers and the tankers' three drivers)
            ahead = k + 2 if lex.verb_final and k + 2 in self.starts and k + 1 < len(toks) \
                and not is_punct(toks[k + 1]) and not toks[k + 1].norm[0].isdigit() else k + 1
            if joins and ahead in self.starts and k + 1 != q.end:
                linked = done.get(self.starts[ahead])
                article = q.form == "single" or q.max == 1  # "selon une ONG locale, 27 personnes …"
                if linked is None or linked.backward or (article and who is None):
                    return None
                return Hit(linked.kind, q.start, k, who, " ".join(side_words) or None, linked.chain)
            close = self._dash_aside(k) or self._bracket(k)
            if close is not None:
                k = close + 1
                continue
            if toks[k].norm in QUOTES and k > q.end:  # «۱۵ جنگجوی طالبان» را از پا درآورده‌اند
                k += 1
                continue
            if k == q.end and lex.of_them.match(toks, k):  # "Saldırganlardan 5'i de öldürüldü": of them
                k += lex.of_them.match(toks, k)
                continue
            if toks[k].norm in _COMMAS and lex.aside.match(toks, k + 1):
                comma = toks[k].norm
                close = next((i for i in range(k + 2, min(len(toks), k + 10)) if toks[i].norm == comma), None)
                if close is not None:
                    k = close + 1  # "Hundreds of people, including children, have died"
                    continue
            age = self._age_end(self.quants[self.starts[k]].end - 1) if k in self.starts else None
            if age:  # "a 26-year-old man", "un homme de 26 ans": an age, skipped
                k = age
                continue
            if who is not None and not complement and q.form in ("digits", "words", "vague") \
                    and lex.complement.match(toks, k):
                # "five members of the Los Lobos gang died": up to _COMPLEMENT more words are read
                # (verb-final clauses read to the clause's end already)
                complement, unknown = True, unknown - (0 if lex.verb_final else _COMPLEMENT)
                k += lex.complement.match(toks, k)
                continue
            if complement and k in self.starts and self.quants[self.starts[k]].max == 1:
                k += 1  # "members of the gang", "Mitglieder einer Bande": an article counts no one
                continue
            thing = self._thing_count(k) if who is not None and lex.verb_final else 0
            if thing:  # "یک نوجوان … بر اثر انفجار یک مهمات … زخمی شد": a count of things, read past
                k = thing
                continue
            dated = who is not None and lex.fillers.match(toks, k)  # "دو نفر روز یکشنبه زخمی شدند": a day
            owned = q.form == "lone" and k == q.end  # a lone victim's genitive: "водитель машины погиб"
            # past a people noun a verb-final clause names causes and places before its verb: "یک غیرنظامی
            # بر اثر اصابت پهپاد … جان باخت" (a civilian died when a drone hit his car)
            cause = who is not None and lex.verb_final and q.form != "single"
            thing_word = lex.non_human.match(toks, k) and not (dated or owned or cause)
            if who is not None and toks[k].norm in _COMMAS and lex.comma_participles.match(toks, k + 1):
                cue = match_any(lex.cues_after, toks, k + 1)
                if cue:  # "о пятерых мирных жителях, погибших при обстреле": a participle clause's noun
                    return Hit(cue[0], q.start, k + 1 + cue[1], who, " ".join(side_words) or None, n)
            if k in self.starts or is_punct(toks[k]) or thing_word:
                return None
            if lex.aux.match(toks, k):
                passive = True
            length = lex.demonyms.match(toks, k)
            if length and q.form == "single" and lex.side_words.match(toks, k + length):
                return None  # "the Pakistani side" is a side, not a Pakistani
            if length and not (q.form == "single" and who is not None):
                side_words.append(self._span(k, k + length))
                # "a Briton was killed"; in verb-final clauses a bare demonym after a count is its people
                # noun too ("۱۷ فلسطینی … کشته شده‌اند"), so the scan reads on to the clause's verb
                bare = lex.verb_final and k == q.end and q.form != "single" \
                    and not self._people_after(k + length)
                who = who or ("people" if q.form == "single" or bare else None)
                k += length
                continue
            length = lex.fillers.match(toks, k)
            if length:
                k += length
                continue
            title = q.form == "single" and (named or lex.person.match_ending(toks, k))
            if (q.form in ("digits", "words") or title) and who is not None and toks[k].upper \
                    and lex.capitals_mark_names and named < _NAME_WORDS:
                named += 1  # a unit's name after the noun: "two members of the Gang Suppression Force"; a
                # name after a person noun: "le journaliste Karim Benali a été tué"
                k += 1
                continue
            unknown += 1
            limit = _UNKNOWN_FINAL if lex.verb_final and who is not None else 2
            if lex.singular_any and who is None and q.form == "words" and q.max == 1:
                limit = 0  # "یک محله مسکونی": "one" as an article of a thing; a lone victim has its verb
            # a verb-final clause puts words before its verb: "der Angreifer wurde von Polizisten erschossen"
            if unknown > limit or (q.form == "single" and who is not None and not lex.verb_final):
                return None
            if toks[k].upper and lex.capitals_mark_names and who is None:
                side_words.append(self.text[toks[k].start:toks[k].end])
            k += 1
        return None

    def _died_later(self, hit: Hit, killed: list[Hit]) -> Hit:
        """A figure of wounded whose own clause goes on to their death ("двоє поранених згодом померли",
        "yaralanan 2 kişi hastanede kurtarılamadı"): killed. Punctuation, another number or "and" ends
        the clause; a death verb with an object ("wounded when a bomb killed 3") is another's."""
        toks, lex = self.toks, self.lex
        if hit.kind != "injured":
            return hit
        for k in range(hit.end, min(len(toks), hit.end + _DIED_LATER)):
            if is_punct(toks[k]) or k in self.starts or toks[k].norm in _CHAIN | lex.chain \
                    or lex.hypothetical.match(toks, k) or lex.range_join.match(toks, k):
                return hit
            cue = match_any(lex.cues_after, toks, k)
            if cue and cue[0] != "injured":
                nxt = k + cue[1]
                objected = nxt < len(toks) and (nxt in self.starts or self._people_after(nxt))
                if cue[0] != "killed" or objected:
                    return hit
                # added to a plain toll before them, not to an update that counts them ("rose to five:
                # two of the wounded died")
                earlier = [h for h in killed if h.start < hit.start]
                updated = any(lex.update_before.match(toks, i) or lex.update_after.match(toks, i)
                              or match_any(lex.tolls, toks, i) for i in range(hit.start))
                chain = max(earlier, key=lambda h: h.start).chain if earlier and not updated else hit.chain
                return replace(hit, kind="killed", end=nxt, chain=chain)
        return hit

    def _add_singular(self, done: dict[int, Hit]) -> None:
        """One victim by a singular death verb in a sentence that counts no dead ("سردار …، از فرماندهان
        ارشد سپاه، در حمله … به شهادت رسید": the commander was killed); not under a modal or negation."""
        toks, lex = self.toks, self.lex
        if any(h.kind == "killed" for h in done.values()):
            return
        spans = {k for h in done.values() for k in range(h.start, h.end)}
        for c in range(len(toks)):
            length = lex.singular.match(toks, c)
            if not length or c in spans or self._modal_after(c + length):
                continue
            lo = c
            while lo > 0 and not is_punct(toks[lo - 1]):
                lo -= 1
            if self._hypothetical(lo, c):
                continue  # "خدشہ ہے کہ کمانڈر مارا گیا ہے": feared, in the verb's own clause
            one = Quantity(c, c + length, 1, 1, False, "lone")
            quants = sorted([*self.quants, one], key=lambda x: x.start)
            index = {id(x): n for n, x in enumerate(quants)}
            moved = {index[id(self.quants[n])]: h for n, h in done.items()}
            done.clear()
            done.update(moved)
            self.quants, self.starts = quants, {x.start: n for n, x in enumerate(quants)}
            done[index[id(one)]] = Hit("killed", c, c + length, None, None, -1)
            return

    def _modal_after(self, k: int) -> bool:
        """True when a verb-final cue ending before toks[k] goes on to a modal or a negation ("ہلاک ہو
        سکتے ہیں", may be killed; "کشته نشدند", were not killed); only its auxiliaries are read past."""
        toks, lex = self.toks, self.lex
        for i in range(k, min(len(toks), k + 3)):
            if lex.hypothetical.match(toks, i):
                return True
            if not (lex.aux.match(toks, i) or lex.fillers.match(toks, i)):
                return False
        return False

    def _and_clause(self, k: int) -> bool:
        """True when the cue at toks[k] carries an "and" written onto it ("وأصيب"): a new clause, whose
        verb is not that of the number before it."""
        norm, lex = self.toks[k].norm, self.lex
        return lex.reader.without_and(norm) != norm and not match_any(lex.cues_after_bare, self.toks, k)

    def _bracket(self, k: int) -> int | None:
        """The closing bracket of a short bracketed name opened at toks[k] ("soldiers of the Defence Force
        (GDF) were wounded"), or None."""
        toks = self.toks
        if toks[k].norm != "(":
            return None
        ends = range(k + 1, min(len(toks), k + _BRACKET_WORDS))
        return next((i for i in ends if toks[i].norm == ")"), None)

    def _both_sides(self, hit: Hit) -> bool:
        """True for "dozens dead on both sides", not for "raids on both sides of the border"."""
        toks, lex = self.toks, self.lex
        for i in range(max(0, hit.start - 5), min(len(toks), hit.end + 5)):
            length = lex.both_sides.match(toks, i)
            if length and not (i + length < len(toks) and lex.sides_of.match(toks, i + length)):
                return True
        return False

    def _follow(self, n: int, done: dict[int, Hit]) -> Hit | None:
        """The second of "killed 12 soldiers and 8 civilians": the kind of the figure just before it."""
        q, toks = self.quants[n], self.toks
        # "and" before the number, or written onto it ("تسعة مدنيين وثلاثة جنود", "طفلان وامرأة")
        clitic = and_written(self.lex, toks, q.start) if q.form == "lone" else \
            self.lex.reader.and_number(toks[q.start].norm)
        # an "also" word between the "and" and the number: "загинули 3 рятувальники, а також 4 мешканці"
        first = q.start - (0 if clitic else self.lex.also.match_ending(toks, q.start))
        if n == 0 or first == 0 or not (clitic or toks[first - 1].norm in _CHAIN | self.lex.chain):
            return None
        prev = done.get(n - 1)
        # "Загинули двоє волонтерів місії «…» та водій": a lone noun joins across the group's words
        if prev is None or not prev.backward:
            return None
        gap = q.start if clitic else first - 1
        across = q.form == "lone" and not any(toks[k].norm in _BREAKS for k in range(prev.end, gap))
        joined = prev.end == gap or across
        who, side, end = self._who_after(q.end, 4)
        # "قُتل عنصران من قوات الأمن وثلاثة مسلحين": a group joins across the first group's few words
        joined = joined or (who is not None and gap - prev.end <= _GROUP_WORDS and self._plain(prev.end, gap))
        # "загинули 3 рятувальники, які прибули на місце, а також 4 мешканці": across a comma-bounded aside
        close = gap if toks[gap].norm in _COMMAS else gap - 1
        joined = joined or (who is not None and toks[prev.end].norm in _COMMAS and toks[close].norm in _COMMAS
                            and 1 < close - prev.end <= _ASIDE_WORDS and self._plain(prev.end + 1, close))
        if not joined or self._not_a_count(q) or self.lex.part_of.match(toks, q.end):
            return None  # "rose to seven, three of them in hospital": a part, not another group
        if self.lex.claim_after.match(toks, end if who else q.end):
            return None  # "killed eight soldiers, an official said": the speaker, not another group
        if q.form == "words" and q.max == 1 and self.lex.indefinite.match(toks, q.start) and not any(
                self._people_after(k) for k in (q.end, q.end + 1)):
            return None  # "matado a 40 soldados, una cifra que …": an article, not a group of one
        return Hit(prev.kind, q.start, end if who else q.end, who, side, prev.chain, backward=True)

    def _plain(self, lo: int, hi: int) -> bool:
        """True when toks[lo:hi] hold no punctuation, number or cue: words of one group's own phrase."""
        toks, lex = self.toks, self.lex
        return not any(is_punct(toks[k]) or k in self.starts or match_any(lex.cues_after, toks, k)
                       or match_any(lex.cues_before, toks, k) for k in range(lo, hi))

    def _with_one(self, q: Quantity, hit: Hit) -> int:
        """1 for a figure told as the companions of one victim the sentence names without a number ("the
        commander was killed along with two bodyguards", "terörist … iki örgüt mensubuyla birlikte
        etkisiz hale getirildi"): a "with" word by it, and no figure before it (in "three soldiers along
        with two civilians" the companions are a group of a figure, not of one victim)."""
        toks, lex = self.toks, self.lex
        earlier = any(p.start < q.start and p.form != "single" for p in self.quants)
        if q.form not in ("digits", "words") or earlier:
            return 0
        before = lex.with_before.match_ending(toks, q.start)
        after = any(lex.with_after.match(toks, k) for k in range(q.end, hit.end))
        if not (before or after) or hit.start < q.start - (before or 0):
            return 0  # a verb before the figure is its own cue: "killed, with 3 others" stays 3
        return 1 if q.start - (before or 0) > 0 else 0

    def _thing_count(self, k: int) -> int:
        """Where a number at toks[k] counting things ("یک مهمات", "iki araç") ends with its noun, else 0."""
        n = self.starts.get(k)
        if n is None:
            return 0
        q, toks = self.quants[n], self.toks
        end = q.end
        while end < len(toks) and toks[end].norm in QUOTES:
            end += 1  # "با یک «تیم تروریستی»": a quoted name is still the thing counted
        length = self.lex.non_human.match(toks, end) if end < len(toks) else 0
        if not length and q.form == "words" and q.max == 1 and end < len(toks) and not is_punct(toks[end]) \
                and end not in self.starts and not self._people_after(end) \
                and not match_any(self.lex.cues_after, toks, end):
            length = 1  # "یک" as an article: "در یک انبار مهمات" (in an arms depot), no person
        return end + length if length else 0

    def _antecedent(self, q: Quantity) -> str | None:
        """Who "two of them" are: the last group named before the figure in its sentence ("the attackers
        ... were driven back and two of them were also killed", "دو تن از آنان نیز به هلاکت رسیدند")."""
        toks, lex = self.toks, self.lex
        k = q.end
        found = match_any(lex.who, toks, k) if k < len(toks) else None
        if found and found[0] == "people":  # "دو تن از آنان": a "people" noun before "of them"
            k += found[1]
        if k >= len(toks) or not lex.of_them.match(toks, k):
            return None
        for i in range(q.start - 1, -1, -1):
            found = match_any(lex.who, toks, i)
            if found and found[0] != "people":
                return found[0]
        return None

    def _lone_who(self, q: Quantity) -> str | None:
        """Who a noun that is its own count names (a lone "رقيب", a dual "جنديين"), else None."""
        found = match_any(self.lex.who, self.toks, q.start) if q.form in ("lone", "words") else None
        return found[0] if found else None

    def _add_lone_victims(self) -> None:
        """Languages without articles count one victim by a singular noun next to the verb."""
        added = lone_victims(self)
        if added:
            self.quants = sorted([*self.quants, *added], key=lambda q: q.start)
            self.starts = {q.start: n for n, q in enumerate(self.quants)}

    def reports(self) -> list[tuple[CasualtyReport, int, Marks]]:
        """(report, chain id, marks) for every figure of the sentence, in order; `parts` is then the
        (kind, who) of the groups it lists as part of a toll."""
        self.parts: set[tuple[str | None, str]] = set()
        if self.lex.lone_victims:
            self._add_lone_victims()
        done: dict[int, Hit] = {}
        for n in range(len(self.quants) - 1, -1, -1):
            hit = self.classify(n, done)
            if hit is not None:
                done[n] = hit
        for n in range(len(self.quants)):
            if n not in done:
                hit = self._follow(n, done)
                if hit is not None:
                    done[n] = hit
        # wounded who died later ("… ağır yaralanan 2 kişi ise hastanede kurtarılamadı") add to the dead
        # told before them in the sentence: one chain
        killed = [h for h in done.values() if h.kind == "killed"]
        done = {n: self._died_later(h, killed) for n, h in done.items()}
        self._add_singular(done)
        if self.background:
            return []
        self.parts = breakdown_groups(self, [(h.kind, h.start) for h in done.values()])
        if not done:
            return []
        toks = self.toks
        claim = self.claimed_by()
        out: list[tuple[CasualtyReport, int, Marks]] = []
        for n in sorted(done):
            hit, q = done[n], self.quants[n]
            if self._conflict_toll(hit.start, q) or self._year_background(hit.start, hit.end) \
                    or self._not_violent(hit.start, hit.end) \
                    or (hit.kind == "killed" and self._handed_over(min(hit.start, q.start), hit.end)):
                continue
            # "the driver and two others": the driver is already a figure of his own
            named = 0 if any(h.end == q.start - 1 for h in done.values()) else self._named_before(q)
            lo = hit.start - 2 if named else hit.start
            named = named or self._with_one(q, hit)
            report = CasualtyReport(
                kind=hit.kind, min=None if q.min is None else q.min + named,
                max=None if q.max is None else q.max + named, approximate=q.approximate,
                words=self.text[toks[lo].start:toks[hit.end - 1].end], evidence=self.text,
                who=(hit.who if hit.who not in (None, "people") else self._antecedent(q)) or hit.who
                or self._lone_who(q), side="both" if self._both_sides(hit) else hit.side,
                claimed_by=claim,
            )
            marks = figure_marks(self, hit.start, hit.end, q.end, q.start)
            soft = self.soft_background or hit.start >= self.older_from
            if marks.earlier and (soft or self._names_month()):
                continue  # "a year ago … had been killed", "in May … had died": history twice over
            if soft:
                # "a year ago": gives way as a pluperfect toll does; "another attack last May" is another
                # time, not another group of the events reported
                marks = replace(marks, earlier=True, also=False, apart=False)
            out.append((report, hit.chain, marks))
        return out
