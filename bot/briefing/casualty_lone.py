"""One victim told by a singular noun, in languages without articles ("загинув працівник", "قُتل جندي",
"загинула 67-річна жінка", "Военнослужащий армянской армии погиб", "قتل «قائداً ميدانياً»")."""

from __future__ import annotations

from collections.abc import Sequence

from .casualty_context import SentenceContext
from .casualty_cues import CueWords, ending_any, is_punct, match_any
from .numbers import Quantity, Tok

QUOTES = frozenset({"»", "«", "”", "“", "„", "‹", "›", '"'})
_NAME = 3  # capitalised words of a name read through after the noun: "Gazeteci Ahmet Yılmaz … öldü"
_GAP = 2  # words (a genitive, a demonym) between the noun and a verb after it: "военнослужащий армии погиб"


def lone_victims(ctx: SentenceContext) -> list[Quantity]:
    """A quantity of one for each singular person noun next to a kind cue, before or after it, or
    joined by "and" to the words before it."""
    toks, lex = ctx.toks, ctx.lex
    covered = {k for q in ctx.quants for k in range(q.start, max(q.end, q.start + 1))}
    added = []
    for i in range(len(toks)):
        length = lex.person.match(toks, i)
        # "двоє волонтерів та водій", "طفلان وامرأة" ("and" written onto the noun): read by _follow
        clitic = and_written(lex, toks, i)
        after_count = i > 0 and (i - 1) in covered and not _age_before(ctx, i) and not clitic
        if not length or i in covered or after_count:
            continue
        joined = clitic or (i > 0 and toks[i - 1].norm in lex.chain)
        if joined or ending_any(lex.cues_before, toks, before_noun(ctx, i)) or _cue_after(ctx, i + length):
            added.append(Quantity(i, i + length, 1, 1, False, "lone"))
            covered.update(range(i, i + length))  # "uzman çavuş" is one victim, not its "çavuş" again
    return added


def and_written(lex: CueWords, toks: Sequence[Tok], i: int) -> bool:
    """True when the person noun at toks[i] carries an "and" written onto it ("وامرأة")."""
    return lex.reader.without_and(toks[i].norm) != toks[i].norm and not lex.person_bare.match(toks, i)


def before_noun(ctx: SentenceContext, i: int) -> int:
    """Where the words before the noun at toks[i] end once quotes, an age ("67-річна") and a filler
    ("загинув відомий волонтер", "погиб украинский военный") are skipped."""
    toks = ctx.toks
    while i > 0 and toks[i - 1].norm in QUOTES:
        i -= 1
    age = _age_before(ctx, i)
    i = i - age if age else i
    filler = ctx.lex.fillers.match_ending(toks, i) if i > 0 else 0
    return i - filler if filler else i


def _age_before(ctx: SentenceContext, i: int) -> int:
    """Length of an age ("67 - річна", "20 - летний") ending just before toks[i], or 0."""
    toks, age = ctx.toks, ctx.lex.age
    if i >= 3 and toks[i - 3].norm[0].isdigit() and toks[i - 2].norm == "-" and age.match(toks, i - 1):
        return 3
    if i >= 2 and toks[i - 2].norm[0].isdigit() and age.match(toks, i - 1):
        return 2
    return 0


def _cue_after(ctx: SentenceContext, k: int) -> bool:
    """True when a kind cue follows toks[k] within a few words, no punctuation or number between; a name
    after the noun is read through ("Gazeteci Ahmet Yılmaz saldırıda hayatını kaybetti")."""
    toks = ctx.toks
    name = k
    while name < min(len(toks), k + _NAME) and toks[name].upper and ctx.lex.capitals_mark_names \
            and not is_punct(toks[name]) and name not in ctx.starts:
        name += 1
    k = name
    for j in range(k, min(len(toks), k + _GAP + 1)):
        if match_any(ctx.lex.cues_after, toks, j):
            return True
        if is_punct(toks[j]) or j in ctx.starts:
            return False
    return False
