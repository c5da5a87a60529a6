"""Actor mentions in one sentence: curated names, demonyms and capitals, and the text's own named groups."""

from __future__ import annotations

import itertools
import re

from .actor_names import TAIL, NameFinder
from .actor_titles import TitleFinder, title_data
from .actor_types import Mention, word_regex
from .gazetteer import Form, Gazetteer, alternation
from .named_groups import GroupFinder

_POSSESSIVE = re.compile(r"(?:['’]s?|\s#39;s|&#39;s)(?=\s)")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_COMPASS = re.compile(r"\s+to\s+the\s+(?:north|south)?-?(?:east|west)?\b")
_OWNER_BEFORE = re.compile(r"(?:['’]s|\bits|\btheir|\bhis|\bher|(?<![\w-])[A-Z][\w.]*)\s+$")
_THE_BEFORE = re.compile(r"\bthe\s+$")
# A number right before a demonym: the people counted ("24 palestinos", "300 مدني", "69 ألف فلسطيني").
_COUNTED = re.compile(r"\d[\d.,]*\s+(?:(?:ألف|آلاف|مليون|هزار|ہزار|لاکھ|mil|bin|тысяч|тисяч|Tausend)\s+)?$")
# A dateline: one or two cities ("صنعاء/لندن –", "PRISTINA –", "Одеса, 26 листопада"), then a dash,
# a colon, a bracket or a date.
_DATELINE_BEFORE = re.compile(r"\s*[^\W\d_][\w\u200c .'’-]{0,30}/\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:/\s*[^\W\d_][\w\u200c .'’-]{0,30}?\s*)?(?:[–—:(]|-\s|[,،]\s*\d)")


_SMALL = frozenset({"the", "and", "for", "with", "from", "into", "over", "but", "nor", "off", "per", "via"})


# Languages that capitalise every noun: an uncued capitalised span there is no sign of a name.
_NOUNS_CAPITALISED = frozenset({"de"})


def is_title_case(text: str) -> bool:
    """True for a headline in Title Case, where capitals say nothing about names."""
    words = [w for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in _SMALL]
    if len(words) < 3:
        return False
    return sum(1 for w in words if not w[0].isupper()) <= 1 and sum(1 for w in words if w[0].isupper()) >= 3


class SentenceReader:
    """Finds the actor mentions of one sentence with one language's gazetteer."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.names = NameFinder(gaz)
        self.proper = set(gaz.forms.values()) - {f for s, f in gaz.forms.items() if not s[:1].isupper()}
        w = gaz.words
        mods = word_regex(w.get("modifiers", ())).pattern
        self.state_noun = re.compile(
            r"(?:\s*(?:-|and|&)\s*[A-Z][\w.'’-]*)?\s*" + rf"(?:{mods}\s+)?"
            + r"(" + word_regex(w.get("state_nouns", ())).pattern + r")(?![\w-])", re.IGNORECASE)
        nouns = word_regex(w.get("group_nouns", ())).pattern
        self.group_noun = re.compile(r"\s+(?:[a-z]+-[a-z]+\s+)?(" + nouns + r")(?![\w-])")
        self.locative = re.compile(r"(?<![\w-])(?:" + word_regex(w.get("locative_words", ())).pattern
                                   + r")\s+(?:the\s+)?$", re.IGNORECASE)
        self.state_of = re.compile(r"(?<![\w-])(?:" + word_regex(w.get("state_nouns", ())).pattern
                                   + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE)
        self.agent_before = re.compile(r"(?<![\w-])(?:" + word_regex(w.get("agent_before", ())).pattern
                                       + r")\s+(?:the\s+)?$", re.IGNORECASE)
        self.verb_after = re.compile(r"\s+(?:\w+ly\s+)?(?:" + word_regex(w.get("verbs", ())).pattern + r")\b",
                                     re.IGNORECASE)
        self.people_after = re.compile(r"\s*(?:[,.;:)]|$|(?:" + word_regex(w.get("people_verbs", ())).pattern
                                       + r")\b)")
        # Grammar cues (prepositions, verbs, function words) exist only for languages with their own cue file.
        self.grammar = bool(w.get("function_words"))
        function = word_regex(w.get("function_words", ())).pattern
        self.modifier_of = re.compile(rf"\s+(?!(?:{function})\b)[a-z]+\b(?<!s)(?<!ed)(?<!ing)")
        self.adjectives = alternation(list(w.get("group_adjectives", ())))
        self.home = alternation(list(w.get("home_nouns", ())))
        self.in_place = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}([A-Z][\w-]+)")
        self.noun_names = dict(gaz.cue_maps.get("group_noun_names", {}))
        links = word_regex(w.get("leader_links", ())).pattern
        self.link_after = re.compile(r",?\s+(?:is\s+|was\s+)?(?:the|a|an|its)?\s*(?:[a-z-]+\s+){0,2}"
                                     rf"(?:{links})\s+(?:of|for)\s+(?:the\s+)?")
        self.link_before = re.compile(r"(?:['’]s)?\s*,?\s*(?:(?:which|that|who)\s+(?:is|was)\s+)?"
                                      r"(?:led|headed|commanded|founded|run)\s+by\s+|"
                                      rf"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:{links})\s+")
        self.titles = self.names.titles
        # Outside English: persons after a title and groups after a group noun the gazetteer does not know.
        data = title_data(gaz.language)
        never = w.get("never", frozenset())
        self.titled = (TitleFinder(gaz.language, data, never), GroupFinder(gaz.language, data, never)) \
            if data else None
        # Outside English: a state named only as a place ("under the flag of Panama", "north of Iraq").
        before, after = data.get("place_before", []), data.get("place_after", [])
        self.place_before = re.compile(r"(?:^|(?<=[\W]))(?:" + "|".join(before) + r")\s*$", re.IGNORECASE) \
            if before else None
        self.place_after = re.compile(r"(?:" + "|".join(after) + r")", re.IGNORECASE) if after else None
        # Credits name journalists, not actors: "Reporting by X; Editing by Y", "(AP Photo/X)".
        credit = r"(?:(?:Additional\s+)?[Rr]eporting|Editing|Writing|Compiled|Photo(?:graph)?)"
        name = r"[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}"
        self.byline = re.compile(credit + r"(?:\s+by)?\s*[:/]?\s*" + name)

    def read(self, text: str, lower_case: bool = False) -> list[Mention]:
        """All mentions in `text`, in order, with spans inside the sentence."""
        gaz = self.gaz
        # A shouted sentence ("PAKISTAN ARMY KILLS 20") is read like a lower-cased one: names only.
        lower_case = lower_case or (text.isupper() and len(text) > 20)
        blocked = _spans(gaz.phrases.get("outlets"), text) + _spans(self.byline, text)
        out: list[Mention] = []
        claimed: list[tuple[int, int]] = []
        title_case = is_title_case(text) and not text.isupper()
        if not lower_case and not title_case:
            found, claimed = self.names.find(text, blocked)
            if gaz.language in _NOUNS_CAPITALISED:  # "Die Zahl", "Großstadt Dnipro": capitals say nothing
                found = [m for m in found if m.person_cue]
                claimed = [(m.start, m.end) for m in found if m.type != "leader"]
            out.extend(found)
        pattern = gaz.lower_pattern if lower_case else gaz.pattern
        if pattern is not None:
            for m in pattern.finditer(text):
                if _overlaps(m.start(), m.end(), blocked + claimed):
                    continue
                form = gaz.form(m.group()) or gaz.folded.get(m.group().casefold())
                # Outside English the pattern ignores case (demonyms are lower-case adjectives), but a
                # form only ever written with a capital is a proper noun: lower-case "того", "мали" are
                # words ("that", "had"), not Togo and Mali. Uncased scripts have no lower-case letter.
                if form in self.proper and not lower_case and m.group()[:1].islower():
                    continue
                if form is not None and _surname_like(gaz, m.group(), form):
                    continue
                if form is not None:
                    mention = self._from_form(text, m, form, title_case)
                    if mention is not None:
                        out.append(mention)
        # Not skipped in Title Case: outside English it is a short sentence of names ("Bakanı Hakan Fidan …").
        if self.titled is not None and not lower_case:
            self._titled(text, blocked, out)
        if not lower_case:
            self._generic_groups(text, blocked, out)
            self._home_nouns(text, out)
        out.sort(key=lambda x: x.start)
        _merge_appositions(text, out)
        return out

    def link_leaders(self, text: str, mentions: list[Mention]) -> None:
        """Give a leader the group the sentence ties them to: "X, led by Y", "Y, the leader of X"."""
        for i, p in enumerate(mentions):
            if p.type != "leader" or p.group:
                continue
            for g in mentions[i + 1:i + 3]:
                if g.type != "leader" and self.link_after.fullmatch(text, p.end, g.start):
                    p.group = g.name
                    break
            for g in reversed(mentions[max(0, i - 2):i] if not p.group else ()):
                between = text[g.end:p.start]
                words = re.findall(r"[\w.-]+", between)
                titled = len(words) <= 3 and not re.search(r"[,;:()]", between) and all(
                    x.lower().rstrip(".") in self.titles or x.lower() in self.titles for x in words)
                if g.type not in {"leader", "people"} and (self.link_before.fullmatch(between) or titled):
                    p.group = g.name
                    break

    def _titled(self, text: str, blocked: list[tuple[int, int]], out: list[Mention]) -> None:
        """Add the titled persons and noun-named groups; they replace uncued capitalised spans they cover."""
        uncued = {id(m) for m in out if m.type == "leader" and not m.person_cue}
        taken = [(m.start, m.end, m.type == "leader") for m in out if id(m) not in uncued]
        taken += [(s, e, False) for s, e in blocked]
        persons, groups = self.titled
        new = persons.find(text, taken)
        taken += [(m.start, m.end, True) for m in new]
        for m in groups.find(text, taken):
            form = self.gaz.form(m.name)
            head = self.gaz.head_words.get(m.name, "")
            known = form.known if form is not None else self.gaz.known.get(head)
            if known is not None and known.type != "state":  # "Wagner grubu", "M23-Rebellen": listed groups
                m.name, m.type = known.name, known.type
            new.append(m)
        if not new:
            return
        spans = [(m.start, m.end) for m in new]
        out[:] = [m for m in out if id(m) not in uncued or not _overlaps(m.start, m.end, spans)] + new

    def _group_name(self, adjective: str, noun: str) -> str:
        """"Darfur rebel group" -> "Darfur rebels": a generic group named by its adjective and plural noun."""
        return f"{adjective} {self.noun_names.get(noun, noun)}"

    def _generic_groups(self, text: str, blocked: list[tuple[int, int]], out: list[Mention]) -> None:
        """"Kurdish rebels", "Shia militiamen", "rebels in Darfur": groups named by who or where they are."""
        taken = [(x.start, x.end) for x in out]
        if self.adjectives is not None:
            for m in self.adjectives.finditer(text):
                g = self.group_noun.match(text, m.end())
                if g and not _overlaps(m.start(), g.end(), blocked + taken):
                    name = self._group_name(m.group(), g.group(1))
                    surface = text[m.start():g.end()]
                    out.append(Mention(name, "group", surface, m.start(), g.end(), generic=True))
        nouns = r"\b(rebels|militants|insurgents|separatists|guerrillas|militiamen)"
        for m in re.finditer(nouns, text):
            p = self.in_place.match(text, m.end())
            if p is None or _overlaps(m.start(), m.end(), taken):
                continue
            place = p.group(1)
            form = self.gaz.form(place)
            adjective = self.gaz.demonym.get(form.known.name) if form and form.known.type == "state" else None
            if form is None and (place in self.gaz.words.get("places", ()) or
                                 place in self.gaz.words.get("group_adjectives", ())):
                adjective = place
            if adjective:
                name = self._group_name(adjective, m.group(1))
                out.append(Mention(name, "group", text[m.start():p.end()], m.start(), p.end(), generic=True))

    def _home_nouns(self, text: str, out: list[Mention]) -> None:
        """"the army said", "riot police": a state's forces named without the state, folded in later."""
        if self.home is None:
            return
        for m in self.home.finditer(text):
            if _overlaps(m.start(), m.end(), [(x.start, x.end) for x in out]):
                continue
            if _OWNER_BEFORE.search(text, max(0, m.start() - TAIL), m.start()):
                continue
            out.append(Mention("__home__", "state", m.group(), m.start(), m.end()))

    def _from_form(self, text: str, m: re.Match[str], form: Form, title_case: bool) -> Mention | None:
        """The mention a gazetteer match makes, given the words around it."""
        known, surface, end = form.known, m.group(), m.end()
        if known.type != "state" or form.role == "people":
            return self._group_form(text, m, form)
        poss = _POSSESSIVE.match(text, end)
        after = poss.end() if poss else end
        noun = self.state_noun.match(text, after)
        if noun:
            return Mention(known.name, "state", text[m.start():noun.end()].strip(), m.start(), noun.end())
        g = self.group_noun.match(text, after if poss else end)
        if g and (poss or form.role == "demonym"):
            adjective = surface if form.role == "demonym" else self.gaz.demonym.get(known.name, surface)
            return Mention(self._group_name(adjective, g.group(1)), "group", text[m.start():g.end()],
                           m.start(), g.end(), generic=True)
        before = text[: m.start()]
        if not self.grammar:
            weight = 0.0 if self._only_place(text, m, form) else 1.0
            return Mention(known.name, "state", surface, m.start(), end, weight=weight)
        if form.role == "demonym":
            if surface.endswith("s") and _plural(self.gaz, surface):
                return Mention(known.name, "state", surface, m.start(), end, weight=0.5)
            the = _THE_BEFORE.search(text, max(0, m.start() - TAIL), m.start())
            if the and self.people_after.match(text, end):
                return Mention(known.name, "state", "the " + surface, m.start(), end)
            return None
        if before.endswith("-"):
            return None
        tail = max(0, m.start() - TAIL)
        if self.agent_before.search(text, tail, m.start()):
            return Mention(known.name, "state", surface, m.start(), end)
        verb = self.verb_after.match(text, end)
        locative = (self.locative.search(text, tail, m.start())
                    and not self.state_of.search(text, tail, m.start()))
        dateline = (re.match(r"[A-Z][\w.' -]{0,30},\s*$", before)
                    or (m.start() < 3 and re.match(r"\s*(?:\(|,|-\s|—)", text[end:]))
                    or (surface.isupper() and len(surface) > 3 and not text.isupper()))
        place_like = re.match(r"-[A-Z]", text[end:end + 2]) or _COMPASS.match(text, end)
        if locative or dateline or place_like or (title_case and not (poss or verb)):
            return Mention(known.name, "state", surface, m.start(), end, weight=0.0)
        if poss:
            next_char = text[after:].lstrip()[:1]
            weight = 0.0 if next_char.isupper() else 0.5
            return Mention(known.name, "state", surface, m.start(), end, weight=weight)
        abbreviation_before_name = (re.fullmatch(r"(?:[A-Z]\.?){2,3}", surface)
                                    and re.match(r"\s+[A-Z]", text[end:]))
        if not verb and (self.modifier_of.match(text, end) or abbreviation_before_name):
            return Mention(known.name, "state", surface, m.start(), end, weight=0.0)  # "Japan quake zone"
        if form.role == "capital" and not verb:
            return Mention(known.name, "state", surface, m.start(), end, weight=0.0)
        return Mention(known.name, "state", surface, m.start(), end)

    def _only_place(self, text: str, m: re.Match[str], form: Form) -> bool:
        """Outside English: the state is only a place here (or its people only victims): a flag, a direction
        ("під прапором Панами", "Irak'ın kuzeyindeki", "غربي اليمن"), or the city of a dateline
        ("صنعاء/لندن –", "PRISTINA –")."""
        tail = max(0, m.start() - TAIL)
        if self.place_before is not None and self.place_before.search(text[tail:m.start()]):
            return True
        if form.role == "demonym" and _COUNTED.search(text, tail, m.start()):
            return True  # "24 palestinos murieron": people counted, victims, not a party
        if self.place_after is not None and self.place_after.match(text, m.end()):
            return True
        if form.role != "capital":
            return False
        head = text[: m.start()]
        return (m.start() < 3 or bool(_DATELINE_BEFORE.fullmatch(head))) and bool(
            _DATELINE_AFTER.match(text, m.end()))

    def _group_form(self, text: str, m: re.Match[str], form: Form) -> Mention | None:
        """A curated group, organisation, leader or people named in the text."""
        known, end = form.known, m.end()
        if form.role == "people":
            g = self.group_noun.match(text, end)
            if g:
                return Mention(self._group_name(m.group(), g.group(1)), "group", text[m.start():g.end()],
                               m.start(), g.end(), generic=True)
            if not m.group().endswith("s"):
                return None
        surface = m.group()
        cue = self.names.lower_cue.match(text, end) if self.names.lower_cue else None
        if cue and known.type in {"group", "faction"}:
            surface, end = text[m.start():cue.end()], cue.end()
        return Mention(known.name, known.type, surface, m.start(), end, group=known.group,
                       person_cue=known.type == "leader")


def _merge_appositions(text: str, mentions: list[Mention]) -> None:
    """"the National Defense Forces, a pro-Assad militia": the generic description joins the named group."""
    for prev, cur in itertools.pairwise(mentions):
        if cur.generic and not prev.generic and prev.type in {"group", "faction"} and re.fullmatch(
                r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?", text[prev.end:cur.start]):
            cur.name, cur.type, cur.generic = prev.name, prev.type, False
        elif prev.generic and not cur.generic and cur.type in {"group", "faction"} and re.fullmatch(
                r"\s+(?:group|movement|organisation|organization)?\s*", text[prev.end:cur.start]):
            prev.name, prev.type, prev.generic = cur.name, cur.type, False


# Russian and Ukrainian surnames made from a place ("Литвин", "Литвинов"): not a case ending of the state.
_SURNAME_ENDINGS = ("ин", "ина", "ов", "ова", "ев", "ева")


def _surname_like(gaz: Gazetteer, surface: str, form: Form) -> bool:
    """True for a capitalised word that a state's stem only starts: "Литвин" is a surname, not Lithuania."""
    if gaz.language not in {"ru", "uk"} or form.known.type != "state" or not surface[:1].isupper():
        return False
    folded = surface.casefold()
    if folded in gaz.folded:
        return False  # a form the data lists as written
    return folded.endswith(_SURNAME_ENDINGS)


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    """Character spans of all matches of `pattern`."""
    return [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern is not None else []


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) touches any of `spans`."""
    return any(s < end and start < e for s, e in spans)


def _plural(gaz: Gazetteer, surface: str) -> bool:
    """True for a people noun ("Israelis", "Britons"): the demonym without its final s is also one."""
    form = gaz.form(surface[:-1])
    return form is not None and form.role == "demonym"
