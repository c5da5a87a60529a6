"""Updated tolls whose cue stands far from the number: "the number of civilians killed in the attack on
the town, on the outskirts of the capital, rose to 27", "شمار جان‌باختگان حملات … به ۲۷ نفر افزایش یافت"."""

from __future__ import annotations

from .casualty_context import SentenceContext
from .casualty_cues import match_any
from .numbers import Quantity

_STOPS = frozenset({";", ":", "؛"})  # the update's subject does not reach past these
_TOLL_GAP = 2  # words between a toll word and a cue that names its kind: "le bilan des blessés"
_AFTER_SKIP = 3  # tokens (a people noun, a particle) between the number and an update verb after it


def updated_toll(ctx: SentenceContext, q: Quantity, j: int) -> tuple[str, int] | None:
    """(kind, phrase start) when an update verb stands next to the number (before it, or after it in
    verb-final languages) and a kind cue or toll phrase stands earlier in the sentence; else None.

    `j` is where the number's links ("to", "à", "auf") begin. The kind is that of the nearest cue
    before: "the number of wounded rose to 40" is injured, "muertos … subió a 27" killed.
    """
    toks, lex = ctx.toks, ctx.lex
    start = None
    for end in (j, q.start):
        length = lex.update_before.match_ending(toks, end)
        if length:
            start = end - length
            break
    if start is None:
        k = q.end
        for _ in range(_AFTER_SKIP + 1):
            if k >= len(toks) or k in ctx.starts:
                break
            if lex.update_after.match(toks, k):
                start = j
                break
            k += 1
    if start is None:
        return None
    for k in range(start - 1, -1, -1):
        if toks[k].norm in _STOPS:
            break
        found = match_any(lex.tolls, toks, k) or match_any(lex.cues_after, toks, k) \
            or match_any(lex.cues_before, toks, k)
        if found and k + found[1] <= start and not _counted(ctx, k):
            toll = None if match_any(lex.tolls, toks, k) else _toll_before(ctx, k)
            return (toll or found)[0], start
    return None


def _toll_before(ctx: SentenceContext, k: int) -> tuple[str, int] | None:
    """The toll phrase further back whose subject the cue at toks[k] only qualifies ("la cifra de muertos
    por el ataque al campamento de desplazados ascendió a 41"), or None. A cue close after the toll word
    names its kind ("le bilan des blessés"); a number, an "and" or another update ends the search."""
    toks, lex = ctx.toks, ctx.lex
    for i in range(k - 1, -1, -1):
        if toks[i].norm in _STOPS or i in ctx.starts or toks[i].norm in lex.chain \
                or lex.update_before.match(toks, i):
            return None
        toll = match_any(lex.tolls, toks, i)
        if toll and i + toll[1] <= k:
            return toll if k - (i + toll[1]) > _TOLL_GAP else None
    return None


def _counted(ctx: SentenceContext, k: int) -> bool:
    """True when the cue at toks[k] is another figure's ("12 dead; the temperature rose to 40")."""
    return any(q.form not in ("single", "lone") and k - 1 <= q.end <= k for q in ctx.quants)
