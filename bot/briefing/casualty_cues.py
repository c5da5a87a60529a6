"""The casualty cue words of each language (bot/briefing/data/casualties.json), compiled once."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from .numbers import NumberReader, Phrases, Tok


@cache
def _all_data() -> dict:
    """The cue-word file, read once."""
    return json.loads(resources.files(__package__).joinpath("data/casualties.json").read_text("utf-8"))


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
        self.partitive = phrases("partitive")
        self.age = phrases("age_words")
        self.aside = phrases("asides")
        # German capitalises every noun: a capital there says nothing about a side or a name
        self.capitals_mark_names = not data.get("capitalised_nouns", False)
        self.others = phrases("others")
        self.of_them = phrases("of_them")  # "two of them": the group named before, in the same sentence
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
        # bodies handed over in an exchange ("передала тела 1000 погибших"): war dead returned, not deaths
        # of the events reported; a running total since a start point ("since the start of the truce")
        self.bodies = phrases("bodies")
        self.handover = phrases("handover")
        self.families = phrases("bodies_to_families")  # "handed to their families": the events' own dead
        self.running = phrases("running_since")
        self.running_then = phrases("running_then")  # "since then", "seither": a start point told elsewhere
        # "the deadliest day since the truce": a superlative by a "since" compares, it counts nothing up
        self.superlatives = phrases("superlatives")
        # a toll updated ("rose to 27", "به ۲۷ نفر افزایش یافت"): the kind is the nearest cue before it
        self.update_before = phrases("update_before")
        self.update_after = phrases("update_after")
        # Every figure hangs on a kind cue or a toll phrase: a sentence holding none of their words
        # is skipped before it is tokenised, which is most sentences of most articles.
        cues = [c for v in kinds.values() for c in v] + [c for v in data.get("tolls", {}).values() for c in v]
        self.gate = _gate(cues, clitics)


@cache
def cue_words(language: str) -> CueWords:
    """The compiled cue words of `language` (English where the language has no entry)."""
    data = _all_data()
    if language not in data or language.startswith("_"):
        language = "en"
    return CueWords(data[language], language)


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
