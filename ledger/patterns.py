"""Searches made cheap on the text that cannot match, which is most text.

The parser searches every clause with patterns of many alternatives (the adjuncts, the
decision forms) that nearly every clause fails. Python's ``re`` scans for such a pattern at
every position; a search for a class of single characters, one of which every match must
hold, is several times faster and settles most clauses at once. The class is derived from the
pattern itself, so a row added to a table cannot make the pre-test wrong.
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]


def required_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` holds (None: no such set is known)."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _of_sequence(list(_parser.parse(pattern, flags)))


def _of_sequence(items: list) -> frozenset[str] | None:
    """A sequence matches only if every item does: any one item's set will do; the smallest."""
    best: frozenset[str] | None = None
    for op, av in items:
        found = _of_item(op, av)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


def _of_item(op, av) -> frozenset[str] | None:
    if op is _c.LITERAL:
        return frozenset(chr(av))
    if op is _c.IN and all(kind is _c.LITERAL for kind, _ in av):
        return frozenset(chr(code) for _, code in av)
    if op is _c.SUBPATTERN:
        return _of_sequence(list(av[-1]))
    if op is _c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            one = _of_sequence(list(branch))
            if one is None:
                return None  # one alternative needs no particular character
            found |= one
        return frozenset(found)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _of_sequence(list(av[2]))
    return None  # anchors, look-arounds, classes with ranges, any character: no help


class Prefiltered:
    """``pattern``'s ``search``, tried only on text holding one of its required characters."""

    __slots__ = ("_test", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        chars = required_chars(pattern.pattern, pattern.flags)
        self._test = re.compile("[" + re.escape("".join(sorted(chars))) + "]").search if chars else None

    def search(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        if self._test is not None and self._test(text, pos, endpos) is None:
            return None
        return self.pattern.search(text, pos, endpos)


_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class LazyPattern:
    """A pattern compiled on its first use rather than at import.

    ``vocab`` holds over a hundred patterns, most with classes of Chinese characters, which
    ``re`` compiles slowly (a bitmap of 21,000 code points each): some 30 ms that every
    command paid at start-up, though a query uses few of them. ``pattern`` and ``flags`` are
    there without compiling, so other patterns may be built from this one."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name: str):
        # called only for what the instance does not hold yet: compile, then hold the methods
        # (later calls find them at once, as on a compiled pattern)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.groups, self.groupindex = compiled.groups, compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, put off until the pattern is first used (``LazyPattern``)."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]
