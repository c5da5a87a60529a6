"""The casualty cue words of each language (bot/briefing/data/casualties_<language>.json), compiled once.

The keys of a language's file:

- about: adding a language is adding one file with these keys; missing keys read as empty. A word ending
  in * is a stem (matches any word it begins); phrases are space-separated tokens, lower case.
- numbers: decimal, thousands (digit group separators), number_words, scale_words, number_joiners, vague (word
  -> lower bound), vague_needs_of, single (articles read as 1 before a person noun), single_person (definite
  articles: a quantity of 1 only right before a person noun), indefinite, pronoun_one,
  min_before/max_before/below_before/approx_before/min_after/approx_after, range_start/range_join/range_from,
  ordinal_after; a number word or person noun carrying a clitic that is also a chain word ('وثلاثة', 'وامرأة')
  is joined by 'and' to the figure before
- kinds: cue phrases per kind (killed, injured, missing, captured, displaced); kind_before_only /
  kind_after_only: cues that only stand before / after the number; adjacent_cues: cues that must follow the
  number closely; tolls: phrases whose figure follows (death toll); before_links: words between a cue and its
  number; toll_window (tokens a toll phrase may stand before its number, default 8); chain_words ('and'
  joining two figures of one verb); subject_between (verb-subject-object: words of a subject allowed between a
  verb and its number)
- people: who: canonical group -> nouns; person_nouns: singular nouns for a lone victim; distinct_who,
  distinct_persons: two families of disjoint groups, the groups of one family added across sentences; fillers:
  words skipped between number and cue; others ('two others were killed': alone in a later sentence, another
  group even of mere 'people'); asides (', including …,'); partitive ('of the' + cue = part of a toll);
  age_words; verb_final (true: the verb ends the clause, so a number followed by a people noun is read up to
  the clause's end); lone_victims (true in languages without articles: a singular person noun right by a kill
  verb counts one); complement_starts (a people noun's 'of' phrase, read through up to an intransitive or
  passive verb: 'five members of the gang died'); with_before / with_after ('along with two others', 'iki
  örgüt mensubuyla birlikte'): a figure told as the companions of one unnumbered victim adds that victim;
  of_them ('two of them', 'از آنان': who the last group named before the figure in its sentence is, when the
  figure names only people); of_which ('dont', 'of which', 'davon' before a figure): a part of the things
  named last before it when those are no people ('143 drones, dont 126 ont été abattus')
- not_casualties: non_human, months, not_number_before, hypothetical, background_strong, since (+ a year or
  span_nouns), span_nouns, perfect_link, not_violent; length_suffixes (an adjective of duration, '-year': next
  to a span noun it names a past war); bodies + handover (a killed figure by a bodies word with a hand-over
  word near it counts no death of the events reported: bodies returned in an exchange; bodies_to_families: not
  when they go to the victims' families); running_since (a running total since a start point: it gives way to
  the events' own tolls, as a pluperfect toll does); running_then ('since then', 'seither': the same);
  running_to ('portant à', 'lo que eleva a', 'womit': a clause that brings a running total up, after a figure
  of its sentence and with a since or history phrase after it: the figures after it are the running total,
  those before it the events' own, not history); perpetrators ('the assailant', 'der Attentäter': a figure
  naming them, in a sentence of its own, is added to the victims' toll); superlatives ('deadliest', 'más
  sangrienta': by a running_since phrase it compares a day, it counts nothing up); past_month_before /
  past_month_after ('last May', 'mai dernier': a month named as past makes a sentence history); year_words /
  calendar_after (a number of another calendar's years, 1300-1499 as Solar or lunar Hijri, is a year after a
  year word or a month, or before a calendar mark: 'در سال ۱۴۰۳', '1446 هـ'); background_soft ('a year ago',
  'il y a un an'; also a month named as past): a toll so dated gives way to the events' own tolls and is
  dropped when told in the pluperfect, as a single story may be about a killing a year ago; span_units
  (months, years: a number of them before a span noun, '14 months of fighting', tells a war by its length, so
  the sentence is history); perfect_after (verb-final perfects after the figure, 'ہلاک ہو چکے ہیں': with a
  span noun before a figure in the thousands, a war's running toll); comes_after ('comes ... weeks after',
  gapped as pluperfect: the figures after it are of an older event and give way as background_soft ones)
- context: both_sides, both_sides_not_before, also, claim_before, claim_after, claim_stop, pronoun_claimers,
  passive_aux, object_starts, clitics (Arabic prefixes stripped before matching), capitalised_nouns (true
  where every noun is capitalised, e.g. German); separate (another group, said anywhere in the sentence: 'in
  addition', 'par ailleurs'), side_marks (another side's report: 'in return fire', 'de son côté'; adds armed
  groups only), part_of (a part of a toll told before the figure: 'among them', 'darunter') and part_after
  (after it: 'were among the dead'), total_words ('in total': nothing is added to that toll), pluperfect ('A
  ... B': parts in order within the figure's clause; such tolls count only when nothing else is told) and
  pluperfect_suffixes (Turkish), backshift (true where reported speech puts the pluperfect after a speech verb
  for the events themselves: 'the army said 31 militants had been killed'), update_before / update_after
  ('rose to', 'افزایش یافت': a toll whose cue stands further back in the sentence); corrections ('revised
  down', 'صححت', 'исправили': a toll told in such a sentence is final, the smallest of it if it holds two);
  singular_cues (singular death verbs, 'به شهادت رسید', 'مارا گیا': one victim, whoever the subject, in a
  sentence that counts no dead); intransitive (cues that take no object, so a word after them is no object:
  'murieron el lunes')
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from .numbers import NumberReader, Phrases, Tok


def entry_of(language: str) -> dict | None:
    """The cue data of `language` (data/casualties_<language>.json), or None where it has none."""
    path = resources.files(__package__).joinpath("data", f"casualties_{language}.json")
    return json.loads(path.read_text("utf-8")) if path.is_file() else None


class CueWords:
    """The cue words of one language, compiled once."""

    def __init__(self, data: dict, language: str = "en") -> None:
        clitics = data.get("clitics", [])

        def phrases(key: str) -> Phrases:
            return Phrases(data.get(key, []), clitics)

        self.reader = NumberReader(data, clitics)
        before_only = set(data.get("kind_before_only", []))
        after_only = set(data.get("kind_after_only", []))
        kinds = data.get("kinds", {})
        # a cue may stand before the number ("killing 5"), after it ("5 dead") or either side ("killed")
        self.cues_before = {
            k: Phrases([c for c in v if c not in after_only], clitics) for k, v in kinds.items()
        }
        self.cues_after = {
            k: Phrases([c for c in v if c not in before_only], clitics) for k, v in kinds.items()
        }
        # the same cues without clitics: a cue found only with its "و" stripped ("وأصيب") opens a clause
        self.cues_after_bare = {k: Phrases([c for c in v if c not in before_only]) for k, v in kinds.items()}
        self.tolls = {k: Phrases(v, clitics) for k, v in data.get("tolls", {}).items()}
        self.who = {k: Phrases(v, clitics) for k, v in data.get("who", {}).items()}
        self.person = Phrases(data.get("person_nouns", []), clitics)
        self.person_bare = Phrases(data.get("person_nouns", []))  # no clitic: "وامرأة" is "and a woman"
        self.links = phrases("before_links")
        self.fillers = phrases("fillers")
        self.non_human = phrases("non_human")
        self.months = phrases("months")
        self.not_number_before = phrases("not_number_before")
        self.hypothetical = phrases("hypothetical")
        self.background = phrases("background_strong")
        # a month named as past ("last May", "mai dernier"), a year of another calendar ("در سال ۱۴۰۳")
        self.past_month_before = phrases("past_month_before")
        self.past_month_after = phrases("past_month_after")
        self.background_soft = phrases("background_soft")  # "a year ago": gives way, not dropped
        # "the proposal comes weeks after …": what follows is weeks older than the news ("A ... B")
        self.comes_after = [[Phrases([part], clitics) for part in g.split(" ... ")]
                            for g in data.get("comes_after", [])]
        self.year_words = phrases("year_words")
        self.complement = phrases("complement_starts")  # a people noun's "of" phrase: "of the gang"
        self.calendar_after = phrases("calendar_after")
        self.span_nouns = phrases("span_nouns")
        self.span_units = phrases("span_units")  # "14 months of fighting": a war told by its length
        self.both_sides = phrases("both_sides")
        self.also = phrases("also")
        self.claim_after = phrases("claim_after")
        self.claim_before = phrases("claim_before")
        self.claim_stop = set(data.get("claim_stop", []))
        self.pronouns = set(data.get("pronoun_claimers", []))
        self.claim_after_words = {w for c in data.get("claim_after", []) for w in c.split()}
        self.perfect = phrases("perfect_link")
        self.perfect_after = phrases("perfect_after")  # verb-final perfects: "ہلاک ہو چکے ہیں"
        self.since = phrases("since")
        # "the truce in force since 2024": the date is the truce's, not the figures'
        self.state_since = phrases("state_since")
        self.from_date = phrases("from_date")  # "از": a since only before a date ("از ژانویه")
        # battles named by a bare month: "the clashes of October" is a past episode
        self.month_battles = phrases("month_battles")
        self.month_links = phrases("month_links")  # "of", "de" between battle and month
        self.since_after = phrases("since_after")  # since words after their date: "2023'ten bu yana"
        # participles that open a clause on the noun before the comma: "жителях, погибших при обстреле"
        self.comma_participles = phrases("comma_participles")
        self.aux = phrases("passive_aux")
        self.objects = phrases("object_starts")
        self.intransitive = phrases("intransitive")  # cues that take no object: "died", "murieron"
        self.range_join = phrases("range_join")  # "or", "или": "wounded or killed" is no death of the wounded
        self.partitive = phrases("partitive")
        self.age = phrases("age_words")
        self.aside = phrases("asides")
        # German capitalises every noun: a capital there says nothing about a side or a name
        self.capitals_mark_names = not data.get("capitalised_nouns", False)
        self.others = phrases("others")
        self.of_them = phrases("of_them")  # "two of them": the group named before, in the same sentence
        self.of_which = phrases("of_which")  # "143 drones, of which 126 were shot down": things, not people
        self.with_before = phrases("with_before")  # "killed along with two bodyguards": one more
        self.with_after = phrases("with_after")  # "iki örgüt mensubuyla birlikte"
        self.verb_final = bool(data.get("verb_final", False))
        self.lone_victims = bool(data.get("lone_victims", False))
        self.toll_window = int(data.get("toll_window", 8))  # tokens from a toll phrase to its number
        self.chain = frozenset(data.get("chain_words", []))
        # verb-subject-object languages: up to this many subject words between a verb and its number
        self.subject_between = int(data.get("subject_between", 0))
        self.length_suffixes = tuple(data.get("length_suffixes", [])) or ("\x00",)
        self.not_violent = phrases("not_violent")
        self.ordinal = phrases("ordinal_after")
        self.adjacent = phrases("adjacent_cues")
        self.indefinite = phrases("indefinite")
        self.sides_of = phrases("both_sides_not_before")
        self.pronoun_one = phrases("pronoun_one")
        self.demonyms = Phrases(_demonyms(language), clitics)
        # families of groups no one belongs to two of (soldiers / police / militants / civilians; men /
        # women / children): the groups of one family told in separate sentences are added
        self.distinct = tuple(frozenset(data.get(key, [])) for key in ("distinct_who", "distinct_persons")
                              if data.get(key))
        # where a figure stands among the text's others (casualty_marks): another group said so
        # anywhere in its sentence, a part of a toll, an overall total, a pluperfect clause
        self.separate = phrases("separate")
        self.side_marks = phrases("side_marks")
        self.side_words = phrases("side_words")  # by a demonym, another side's report: "côté pakistanais"
        self.part_of = phrases("part_of")
        self.part_after = phrases("part_after")  # after the figure: "… were among the dead"
        self.total_words = phrases("total_words")
        self.pluperfect = [[Phrases([part], clitics) for part in g.split(" ... ")]
                           for g in data.get("pluperfect", [])]
        self.pluperfect_suffixes = tuple(data.get("pluperfect_suffixes", []))
        # "the army said 31 militants had been killed": reported speech shifts the tense back, so a
        # pluperfect after a speech verb tells the events themselves (English, French, Spanish)
        self.backshift = bool(data.get("backshift", False))
        # bodies handed over in an exchange ("передала тела 1000 погибших"): war dead returned, not deaths
        # of the events reported; a running total since a start point ("since the start of the truce")
        self.bodies = phrases("bodies")
        self.handover = phrases("handover")
        self.families = phrases("bodies_to_families")  # "handed to their families": the events' own dead
        self.running = phrases("running_since")
        self.running_then = phrases("running_then")  # "since then", "seither": a start point told elsewhere
        self.perpetrators = phrases("perpetrators")  # "the attacker", "l'assaillant": not among the victims
        self.running_to = phrases("running_to")  # "bringing to 310 the toll since January": not the day's
        # "the deadliest day since the truce": a superlative by a "since" compares, it counts nothing up
        self.superlatives = phrases("superlatives")
        # a toll updated ("rose to 27", "به ۲۷ نفر افزایش یافت"): the kind is the nearest cue before it
        self.update_before = phrases("update_before")
        self.corrections = phrases("corrections")  # "revised the toll down", "صححت": the toll told is final
        self.update_after = phrases("update_after")
        # a singular death verb ("به شهادت رسید", "مارا گیا"): one victim when the sentence counts no dead
        self.singular = phrases("singular_cues")
        self.singular_any = bool(data.get("singular_cues"))
        # Every figure hangs on a kind cue or a toll phrase: a sentence holding none of their words
        # is skipped before it is tokenised, which is most sentences of most articles.
        cues = [c for v in kinds.values() for c in v] + [c for v in data.get("tolls", {}).values() for c in v]
        self.gate = _gate(cues, clitics)


@cache
def cue_words(language: str) -> CueWords:
    """The compiled cue words of `language` (English where the language has no entry)."""
    data = entry_of(language)
    if data is None:
        language, data = "en", entry_of("en")
    return CueWords(data, language)


def _gate(phrases: Iterable[str], clitics: Sequence[str]) -> re.Pattern[str]:
    """A regex finding, at a word start, the longest word of any phrase (a word every match must hold)."""
    alternatives = set()
    for phrase in phrases:
        words = phrase.lower().replace("’", "'").split()
        if not words:
            continue
        word = max(words, key=lambda w: len(w.rstrip("*")))
        alternatives.add(re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word) + r"(?!\w)")
    prefix = "(?:" + "|".join(map(re.escape, clitics)) + ")?" if clitics else ""
    body = "|".join(sorted(alternatives, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf"(?<!\w){prefix}(?:{body})", re.IGNORECASE)


def _demonyms(language: str) -> list[str]:
    """Demonyms ("Afghan", "Pakistani") from the actor gazetteer's states file, to tell a side by name.

    Read-only and optional: without the file (or with another shape) sides come from capitals alone.
    English lists whole words; the other languages list stems, matched as word beginnings.
    """
    try:
        raw = resources.files(__package__).joinpath(f"data/states_{language}.json").read_text("utf-8")
        states = json.loads(raw).get("states", {})
        names = [d for entry in states.values() for d in entry.get("demonyms", []) if isinstance(d, str)]
    except (OSError, ValueError, AttributeError):
        return []
    return names if language == "en" else [n if " " in n else n + "*" for n in names]


def is_punct(tok: Tok) -> bool:
    """True for a punctuation token."""
    return not tok.norm[0].isalnum()


def match_any(table: dict[str, Phrases], toks: Sequence[Tok], i: int) -> tuple[str, int] | None:
    """(name, length) of the longest phrase of any named set starting at toks[i]."""
    best: tuple[str, int] | None = None
    for name, phrases in table.items():
        length = phrases.match(toks, i)
        if length and (best is None or length > best[1]):
            best = (name, length)
    return best


def ending_any(table: dict[str, Phrases], toks: Sequence[Tok], end: int) -> tuple[str, int] | None:
    """(name, length) of a phrase of any named set ending just before toks[end]."""
    for name, phrases in table.items():
        length = phrases.match_ending(toks, end)
        if length:
            return name, length
    return None
