"""Offline sentence splitting and word tokenizing (first cut; owned by the sentences work)."""

from __future__ import annotations

import re

from .model import Sentence

_END = re.compile(r"(?<=[.!?؟۔])\s+(?=[\"'“‘(\[]?[^\s\"'“‘(\[])")
_WORD = re.compile(r"[\w\u200c\u064b-\u065f\u0670'’-]+")


def split_sentences(text: str, language: str = "en") -> list[Sentence]:
    """Split `text` into sentences, each a verbatim slice of it, in order."""
    out: list[Sentence] = []
    pos = 0
    for p_index, para in enumerate(re.finditer(r"[^\n]+", text)):
        start = para.start()
        for piece in _END.split(para.group()):
            stripped = piece.strip()
            if stripped:
                offset = text.index(stripped, max(pos, start))
                out.append(Sentence(len(out), stripped, p_index, offset))
                pos = offset + len(stripped)
    return out


def words(text: str) -> list[str]:
    """The words of `text` (letters, digits, Persian ZWNJ and Arabic marks kept inside)."""
    return _WORD.findall(text)
