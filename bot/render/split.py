"""Split Telegram HTML into messages under a length limit, at line or sentence ends, tags kept whole
and balanced: tags open at a cut are closed there and reopened at the start of the next part."""

from __future__ import annotations

import re

__all__ = ["split_message"]

_TOKEN = re.compile(r"<[^>]*>|&#?\w+;|[^<&]+|[<&]")
_WORD = re.compile(r"\S+\s*|\s+")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][\w-]*)")
_SENTENCE_END = re.compile(r"[.!?؟۔…][\"'”’»)\]]*\s+$")
# Longest run of text kept as one piece, so a cut can land inside a very long "word" (a URL).
_MAX_PIECE = 64
# A cut at a line end is taken if it keeps at least this share of the part; else a sentence end…
_MIN_FILL = 0.5


def _atoms(html: str) -> list[str]:
    """Tags, entities and short text pieces (words with their trailing space): the uncuttable units."""
    out: list[str] = []
    for token in _TOKEN.findall(html):
        if token[0] in "<&" and len(token) > 1:
            out.append(token)
            continue
        for word in _WORD.findall(token):
            out.extend(word[k : k + _MAX_PIECE] for k in range(0, len(word), _MAX_PIECE))
    return out


def _apply(stack: list[tuple[str, str]], atom: str) -> list[tuple[str, str]]:
    """The open-tag stack after `atom`."""
    if not atom.startswith("<") or atom.endswith("/>"):
        return stack
    match = _TAG_NAME.match(atom)
    if not match:
        return stack
    name = match.group(1).lower()
    if atom.startswith("</"):
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] == name:
                return stack[:k] + stack[k + 1 :]
        return stack
    return [*stack, (name, atom)]


def _closers(stack: list[tuple[str, str]]) -> str:
    return "".join(f"</{name}>" for name, _ in reversed(stack))


def _priority(atom: str) -> int:
    """How good a cut right after `atom` is: 1 line end, 2 sentence end, 3 word end, 0 not text."""
    if atom.startswith("<") or (atom.startswith("&") and atom.endswith(";")):
        return 0
    if atom.endswith("\n"):
        return 1
    if _SENTENCE_END.search(atom):
        return 2
    return 3 if atom[-1].isspace() else 0


def split_message(html: str, limit: int = 4096) -> list[str]:
    """`html` as parts of at most `limit` characters each, cut cleanly; one part when it fits."""
    if len(html) <= limit:
        return [html] if html.strip() else []
    atoms = _atoms(html)
    parts: list[str] = []
    start_stack: list[tuple[str, str]] = []
    i = 0
    while i < len(atoms):
        prefix = "".join(tag for _, tag in start_stack)
        stack, length, j = start_stack, len(prefix), i
        best: dict[int, tuple[int, list[tuple[str, str]], int]] = {}
        while j < len(atoms):
            after = _apply(stack, atoms[j])
            if length + len(atoms[j]) + len(_closers(after)) > limit and j > i:
                break
            stack, length, j = after, length + len(atoms[j]), j + 1
            rank = _priority(atoms[j - 1])
            if rank:
                best[rank] = (j, stack, length)
        if j >= len(atoms):
            cut, cut_stack = j, stack
        else:
            cut, cut_stack = j, stack  # a hard cut between atoms when no clean one is near
            for rank in (1, 2, 3):
                if rank in best and (rank == 3 or best[rank][2] >= _MIN_FILL * limit):
                    cut, cut_stack, _ = best[rank]
                    break
        body = "".join(atoms[i:cut])
        if body.strip():
            parts.append((prefix + body.rstrip() + _closers(cut_stack)).strip())
        start_stack, i = cut_stack, cut
        while i < len(atoms) and atoms[i].isspace():  # the next part starts at its first word
            i += 1
    return parts
