"""Names the gazetteer does not know, read from capitalised words: organisations, factions and persons."""

from __future__ import annotations

import re

from .actor_types import Mention, word_regex
from .gazetteer import Gazetteer, joiners

# A capitalised token ("Haqqani", "al-Sadr", "D'Albini", "U.S.", "E."), without a possessive "'s".
_PREFIX = r"(?:(?:al|el|ad|ash|as|an|bin|ibn|Abu|Al|El)-)?"
_TOKEN = rf"(?:(?:[A-Z]\.){{2,}}|{_PREFIX}[A-Z][\w-]*(?:['’](?!s\b)\w+)*\.?)"
_SPAN = re.compile(rf"{_TOKEN}(?:\s+(?:{joiners()}\s+)*{_TOKEN})*")
_AND_NAMES = re.compile(r"([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w'’-]+)")
_APPOSITIVE = re.compile(r",\s+(?:\d{1,3}(?:\s*[,.;)]|\s*$|\s+years?)|who(?:se)?\b|the\s+|an?\s+|[a-z]+ed\b)")
_SUBJECT_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:s|ed)\b")
_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|an|bin|ibn)-")
_POSSESSIVE = re.compile(r"['’]s\s+[a-z]")
_ADJECTIVAL = re.compile(r"(?:ian|ean|ese)$")
_OWNED = re.compile(r"(?:['’]s|\bits|\btheir)\s+$")
# Capitalised articles that open a sentence outside English: not part of a name.
_ARTICLES = frozenset({"El", "La", "Los", "Las", "Le", "Les", "L'", "Der", "Die", "Das", "Il", "Lo", "Gli"})
# Cues that must end right before a name are searched in this many characters before it, not the
# whole sentence start: the longest cue (a title or a state noun) is under 30 characters.
TAIL = 50


class NameFinder:
    """Reads capitalised spans of one sentence with cue words from the gazetteer's language data."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        w = gaz.words
        # English grammar cues ("said", "'s") only where the language's own cue file is English.
        self.grammar = bool(w.get("function_words"))
        self.stop = w.get("span_stopwords", frozenset())
        self.titles = frozenset(t.lower() for t in w.get("titles", ()))
        self.title_re = word_regex(w.get("titles", ()), re.IGNORECASE)
        titles = _alt(w.get("titles", ()))
        self.title_before = re.compile(r"(?<![\w-])(?:(?:ex-|former\s+)?(?:" + titles + r"))(?:\s*,)?\s+$",
                                       re.IGNORECASE) if titles else None
        self.state_noun_full = word_regex(w.get("state_nouns", ()), re.IGNORECASE)
        cues = _alt(gaz.lower_group_cues)
        self.lower_cue = re.compile(r"\s+(" + cues + r")\b") if cues else None
        self.place_after = re.compile(r"\s+(?:" + _alt(p.lower() for p in w.get("place_words", ())) + r")\b")
        locative = _alt(w.get("locative_words", ()))
        self.locative_before = re.compile(r"(?<![\w-])(?:" + locative + r")\s+(?:the\s+)?$", re.IGNORECASE) \
            if locative else re.compile(r"(?!x)x")
        state_cues = _alt(w.get("adjectival_state_cues", ()))
        self.state_cue = (re.compile(r"(?:\s+and\s+[A-Z][\w-]+)?\s+(" + state_cues + r")\b")
                          if state_cues else None)
        speech_before = _alt(w.get("speech_before", ()))
        self.speech_before = re.compile(rf"(?:{speech_before})\s+$") if speech_before else None

    def find(self, text: str, blocked: list[tuple[int, int]]) -> tuple[list[Mention], list[tuple[int, int]]]:
        """The unknown-name mentions of one sentence, and the spans they claim from the gazetteer."""
        out: list[Mention] = []
        claimed: list[tuple[int, int]] = []
        for m in _AND_NAMES.finditer(text):
            first, second, last = m.groups()
            if re.search(r"[A-Z][\w.-]*\s+$", text[:m.start()]) or re.match(r"\s+[A-Z]", text[m.end():]):
                continue  # "Eva Forest and Mari Luz Fernandez": two full names, not a shared surname
            if not self._plain(first) or not self._plain(second) or not self._plain(last):
                continue
            for given, pos in ((first, m.start(1)), (second, m.start(2))):
                name = f"{given} {last}"
                out.append(Mention(name, "leader", name, pos, m.end(), person_cue=True))
            claimed.append((m.start(), m.end()))
        for m in _SPAN.finditer(text):
            for start, tokens in self._pieces(m.start(), m.group()):
                if any(s < start + 1 and start < e for s, e in blocked + claimed):
                    continue
                mention = self._classify(text, start, tokens)
                if mention is not None:
                    out.append(mention)
                    if mention.type != "leader":
                        claimed.append((mention.start, mention.end))
        return out, claimed

    def _plain(self, word: str) -> bool:
        """A capitalised word that can be part of a person's name."""
        w = self.gaz.words
        return (word not in self.stop and word not in w.get("never", ()) and word not in w.get("places", ())
                and word not in w.get("place_words", ()) and word not in w.get("org_heads", ())
                and word.lower() not in self.titles and self.gaz.form(word) is None)

    def _name_ok(self, tokens: list[str]) -> bool:
        """Plain capitalised words (lower-case particles inside; a month may end a name: "Theresa May")."""
        never = self.gaz.words.get("never", ())
        for i, tok in enumerate(tokens):
            if i and (re.fullmatch(joiners(), tok) or re.fullmatch(r"[A-Z]\.", tok)):
                continue  # particles and initials inside a name: "Tarek el Aissami", "James E. Boasberg"
            tok = _PARTICLE.sub("", tok) if i else tok
            if tok.isupper() or not tok[:1].isupper() or not any(c.islower() for c in tok):
                return False
            if not self._plain(tok) and not (i and tok in never):
                return False
        return re.fullmatch(joiners(), tokens[-1]) is None

    def _pieces(self, start: int, span: str) -> list[tuple[int, list[str]]]:
        """Split a span into name candidates: at sentence-like full stops, after leading stop words."""
        pieces: list[tuple[int, list[str]]] = []
        tokens: list[str] = []
        pos = start
        for tok_m in re.finditer(r"\S+", span):
            tok = tok_m.group()
            tok_start = start + tok_m.start()
            if not tokens and (tok in self.stop or tok.rstrip(".") in self.stop):
                continue
            if not tokens:
                pos = tok_start
            tokens.append(tok)
            if tok.endswith(".") and len(tok) > 4:
                tokens[-1] = tok[:-1]
                pieces.append((pos, tokens))
                tokens = []
        if tokens:
            pieces.append((pos, tokens))
        return pieces

    def _classify(self, text: str, start: int, tokens: list[str]) -> Mention | None:
        """What a capitalised span names: known actor (skip), organisation, group, person or nothing."""
        gaz, w = self.gaz, self.gaz.words
        while tokens and tokens[-1] in {"HQ", "Jr", "Jr.", "Sr."}:
            tokens = tokens[:-1]
        if not tokens:
            return None
        if start == 0 and len(tokens) > 2 and re.fullmatch(joiners(), tokens[1]) and tokens[0] not in w.get(
                "org_heads", ()) and self.title_re.fullmatch(tokens[0]) is None:
            # "Fighters of the Popular Resistance Brigades": a capitalised common word opens the sentence
            skip = 1
            while skip < len(tokens) and re.fullmatch(joiners(), tokens[skip]):
                skip += 1
            start += len(" ".join(tokens[:skip])) + 1
            tokens = tokens[skip:]
        span = " ".join(tokens)
        end = start + len(span)
        inner = gaz.pattern.search(span) if gaz.pattern else None
        # A title inside the span starts a person's name: "US Army Col. Myles Caggins", "Division General X".
        for i in range(len(tokens) - 1, -1, -1):
            tm = self.title_re.fullmatch(" ".join(tokens[max(0, i - 1):i + 1])) if i else None
            tm = tm or self.title_re.fullmatch(tokens[i])
            rest = tokens[i + 1:]
            if tm and 0 < len(rest) <= 4 and tokens[i][0].isupper() and self._name_ok(rest):
                name = tokens[i + 1:]
                offset = start + len(" ".join(tokens[:i + 1])) + 1
                titled_surface = " ".join(tokens)
                return self._person(text, offset, name, titled=True, surface=titled_surface)
        if inner is not None:
            form = gaz.form(inner.group())
            if form is not None and form.known.type != "state":
                return None
        if any(t in w.get("place_words", ()) for t in tokens) or span in w.get("places", ()):
            return None
        if self.state_noun_full.fullmatch(span):
            return self._institution(text, start, end)
        heads = [i for i, t in enumerate(tokens) if t in w.get("org_heads", ())]
        cue = self.lower_cue.match(text, end) if self.lower_cue else None
        adjective = span in w.get("group_adjectives", ())
        if cue and not heads and len(tokens) <= 3 and inner is None and not adjective:
            return self._cued_group(start, span, tokens, cue)
        if span in w.get("never", ()) or (len(tokens) == 1 and not heads):
            return self._single(text, start, tokens)
        if inner is not None and inner.start() == 0 and inner.end() == len(span):
            return None
        if heads and len(tokens) > 1:
            return self._organisation(text, start, end, span, tokens, heads)
        state_cue = self.state_cue.match(text, end) if self.state_cue else None
        if state_cue and inner is None and _ADJECTIVAL.search(tokens[-1]) and len(tokens) <= 3:
            # "South Ossetian officials": an adjective of a place we do not list names that place.
            place = " ".join([*tokens[:-1], re.sub(r"n$", "", tokens[-1])])
            return Mention(place, "state", text[start:state_cue.end()], start, state_cue.end())
        if inner is not None:
            return None
        return self._person(text, start, tokens, titled=False)

    def _single(self, text: str, start: int, tokens: list[str]) -> Mention | None:
        """One capitalised word: a surname after a title ("President Bush"), else nothing."""
        tm = self.title_before.search(text, max(0, start - TAIL), start) if self.title_before else None
        if tm and self._plain(tokens[0]):
            surface = text[tm.start():start + len(tokens[0])]
            return self._person(text, start, tokens, titled=True, surface=surface)
        return None

    def _organisation(self, text: str, start: int, end: int, span: str, tokens: list[str],
                      heads: list[int]) -> Mention | None:
        """A named organisation or armed group by its head word, unless it is a state's own institution."""
        gaz, w = self.gaz, self.gaz.words
        if tokens[0] in w.get("never", ()):
            return None
        if gaz.language != "en" and tokens[0] in _ARTICLES and all(
                t in w.get("org_heads", ()) or re.fullmatch(joiners(), t) for t in tokens[1:]):
            return None  # "Les Forces (armées de la RDC)", "La Mission (des Nations unies)": no name left
        first = gaz.pattern.match(span) if gaz.pattern else None
        rest = span[first.end():].strip() if first else span
        if first is not None and self.state_noun_full.fullmatch(rest):
            return None  # "Iraqi National Guard": the gazetteer reads it as the state
        form = gaz.form(first.group()) if first is not None and first.start() == 0 else None
        if form is not None and form.known.type == "state" and tokens[-1] in w.get("state_heads", ()):
            return Mention(form.known.name, "state", span, start, end)  # "Spanish Political Police"
        typ = "group" if tokens[max(heads)] in w.get("armed_heads", ()) else "organisation"
        return Mention(span, typ, span, start, end)

    def _institution(self, text: str, start: int, end: int) -> Mention | None:
        """"the Air Force", "Foreign Ministry": a state's institution without the state, folded in later."""
        if _OWNED.search(text, max(0, start - TAIL), start):
            return None  # "Russia's Defense Ministry": the possessor is the state, read by the gazetteer
        return Mention("__home__", "state", text[start:end], start, end)

    def _cued_group(self, start: int, span: str, tokens: list[str], cue: re.Match[str]) -> Mention | None:
        """"the Kandahari faction", "the Haqqani group", "Kenosha police": a named group by its cue word."""
        gaz = self.gaz
        word = cue.group(1)
        kind = gaz.lower_group_cues[word]
        if any(t in gaz.words.get("never", ()) for t in tokens):
            return None
        name = f"{span} {word}"
        if word in gaz.words.get("merge_cues", ()):
            merged = gaz.head_words.get(tokens[0])
            known = gaz.known.get(merged) if merged else None
            if known is not None:
                return Mention(known.name, known.type, name, start, cue.end())
        return Mention(name, kind, name, start, cue.end())

    def _person(self, text: str, start: int, tokens: list[str], titled: bool, surface: str | None = None
                ) -> Mention | None:
        """A person's name: 1-4 plain capitalised words, with a cue that a person is meant."""
        if not tokens or len(tokens) > 4 or (len(tokens) == 1 and not titled):
            return None
        if not self._name_ok(tokens):
            return None
        name = " ".join(tokens)
        end = start + len(name)
        before, after = text[:start], text[end:]
        if self.place_after.match(after):
            return None  # "Imam Ali mosque": a place named for a person
        tail = max(0, start - TAIL)
        if not titled and self.locative_before.search(text, tail, start):
            return None
        titled = titled or bool(self.title_before and self.title_before.search(text, tail, start))
        speech = self.gaz.phrases.get("speech_verbs")
        cue = titled or bool(_APPOSITIVE.match(after)) or bool(speech and speech.match(after.lstrip(" ,")))
        if self.grammar:
            subject = not before.strip() and bool(_SUBJECT_VERB.match(after))
            cue = (cue or bool(self.speech_before and self.speech_before.search(text, tail, start))
                   or bool(_POSSESSIVE.match(after)) or subject)
        return Mention(name, "leader", surface or name, start, end, person_cue=cue)


def _alt(words) -> str:
    """Regex alternation body for a word list, longest first."""
    return "|".join(re.escape(x) for x in sorted(words, key=len, reverse=True))
