"""Text compared the way the ledger stores it: traditional characters folded, doc numbers keyed.

Kept apart from the parser so that a query, which folds what the user typed the same way an
import folded the notice, does not load the parser to do it."""

from __future__ import annotations

import collections
import functools
import re

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")
_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕", "［": "〔", "］": "〕"})


#: How many hex digits of a notice's content hash name it, as a short commit hash names a commit.
SHORT_ID = 8
_ID = re.compile(r"[0-9a-f]{4,64}")


def short_id(content_hash: str) -> str:
    """A notice's id a person can type, with or without a doc number: its hash's first digits."""
    return content_hash[:SHORT_ID]


def is_notice_id(text: str) -> bool:
    """Is ``text`` a notice id (4 or more hex digits) rather than a doc number?"""
    return _ID.fullmatch(text.strip()) is not None


def doc_key(doc_no: str | None) -> str | None:
    """京政任［2023］12 号 and 京政任〔2023〕12号 are one number: the key to compare them by."""
    return "".join(doc_no.split()).translate(_BRACKETS) if doc_no else None


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc  # imported lazily: building the converter costs ~100 ms

    return opencc.OpenCC("t2s")


_TRADITIONAL: dict[str, bool] = {}  # character → written differently in simplified Chinese


def _is_traditional(ch: str) -> bool:
    known = _TRADITIONAL.get(ch)
    if known is None:
        known = _TRADITIONAL[ch] = _t2s().convert(ch) != ch
    return known


def to_simplified(text: str, least: int = 2) -> str:
    """Traditional → simplified, but only for text that is written in traditional characters.

    Converting simplified text can still change rare characters in names, so a text is
    converted only when a clear share of its characters are traditional-only ones. The
    look-up is per character and remembered, so that detection costs nearly nothing.
    """
    sample = _NOT_CJK.sub("", text[:4000])[:1500]
    if not sample:
        return text
    changed = sum(n for ch, n in collections.Counter(sample).items() if _is_traditional(ch))
    if changed >= least and changed / len(sample) > 0.02:
        return _t2s().convert(text)
    return text


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name or post in the one form the ledger compares and stores: a traditional character
    written into a simplified notice (免去張三同志…) folded, so that 張三 and 张三 are one
    person. Only characters simplified Chinese never writes are folded (none of GB2312): 乾
    and 於, surnames in simplified text too, stay as written. The clause keeps what was written."""
    try:
        name.encode("gb2312")
        return name  # every character is one simplified Chinese writes: nothing to fold
    except UnicodeEncodeError:
        return "".join(_fold_char(ch) for ch in name)


@functools.lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if not _is_traditional(ch):
        return ch
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return _t2s().convert(ch)
    return ch
