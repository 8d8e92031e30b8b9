"""Brackets in a clause: where a list may be split, and which brackets never close."""

from __future__ import annotations

import functools
import re

OPEN = "(〔[【《“"
CLOSE = ")〕]】》”"

STRUCTURE = re.compile(r"[,;:。()〔〕\[\]【】《》“”]")


@functools.lru_cache(maxsize=4096)
def unclosed(text: str) -> frozenset[int]:
    """Where an opening bracket never closes before the sentence ends (an OCR or typing slip:
    副局长((正处级);…): such a bracket must not hold the rest of the sentence together."""
    if sum(text.count(c) for c in OPEN) <= sum(text.count(c) for c in CLOSE):
        return frozenset()
    found: set[int] = set()
    stack: list[int] = []
    for m in STRUCTURE.finditer(text):
        ch = m.group()
        if ch in OPEN:
            stack.append(m.start())
        elif ch in CLOSE:
            if stack:
                stack.pop()
        elif ch == "。":
            found.update(stack)
            stack.clear()
    found.update(stack)
    return frozenset(found)


_BRACKET = re.compile(r"[()〔〕\[\]【】《》“”]")


def split_outside_parens(text: str, seps: str) -> list[str]:
    """``text`` split at each of ``seps`` that stands outside brackets (a bracket never closed holds nothing)."""
    if seps not in text if len(seps) == 1 else not any(sep in text for sep in seps):  # nothing to split at
        return [text]
    if not _BRACKET.search(text):  # the common case: nothing to keep together
        if len(seps) == 1:
            return text.split(seps)
        return re.split("[" + re.escape(seps) + "]", text)
    parts, depth, start = [], 0, 0
    never_closed = unclosed(text)
    for m in _splitters(seps).finditer(text):
        ch = m.group()
        if ch in OPEN:
            depth += m.start() not in never_closed
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:  # a separator outside brackets
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    return parts


@functools.cache
def _splitters(seps: str) -> re.Pattern[str]:
    """Brackets and the separators ``seps``: the only characters that decide a split."""
    return re.compile("[" + re.escape(OPEN + CLOSE + seps) + "]")
