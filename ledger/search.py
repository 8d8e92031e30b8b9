"""Finding people, posts and organisations by any part of their name or by pinyin.

Pinyin lets a user without a Chinese input method find 张树明 with ``zhangshuming`` or
``zsm``, and 王官庄 with ``wangguanzhuang``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Event
from .posts import organisation
from .queries import clean_query, visible

_LATIN = re.compile(r"^[a-zA-Z' ]+$")


@dataclass(frozen=True)
class Hit:
    kind: str  # person | post | organisation
    name: str
    matched: str  # how: name, pinyin, initials
    score: int  # higher is better


@functools.lru_cache(maxsize=200_000)
def pinyin_forms(text: str) -> tuple[str, str]:
    """(full pinyin, initials) without tones or spaces: 张树明 → (zhangshuming, zsm)."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
    return "".join(syllables).lower(), "".join(s[0] for s in syllables if s).lower()


def _score_text(query: str, name: str) -> tuple[int, str] | None:
    if name == query:
        return 100, "name"
    if name.startswith(query) or name.endswith(query):
        return 80, "name"
    if query in name:
        return 60, "name"
    return None


def is_latin(text: str) -> bool:
    return bool(_LATIN.match(text.strip()))


def rank_by_pinyin(query: str, names: list[str], limit: int = 5) -> list[str]:
    """Names whose pinyin matches a Latin query best: for suggestions."""
    query = query.strip().lower().replace(" ", "").replace("'", "")
    scored = [(s[0], name) for name in names if (s := _score_pinyin(query, name))]
    return [name for _, name in sorted(scored, key=lambda pair: (-pair[0], len(pair[1])))[:limit]]


def _score_pinyin(query: str, name: str) -> tuple[int, str] | None:
    full, initials = pinyin_forms(name)
    if full == query:
        return 95, "pinyin"
    if initials == query:
        return 90, "initials"
    if full.startswith(query):
        return 75, "pinyin"
    if query in full:
        return 55, "pinyin"
    if len(query) >= 2 and query in initials:
        return 40, "initials"
    return None


def search(session: Session, text: str, limit: int = 30) -> list[Hit]:
    """Best matches first: exact names, then names that start or end with the text, then parts."""
    latin = is_latin(text)
    query = text.strip().lower().replace(" ", "").replace("'", "") if latin else clean_query(text)
    if not query:
        return []
    persons = set(session.scalars(select(Event.person).distinct().where(visible(session))))
    posts = set(session.scalars(select(Event.post).distinct().where(visible(session))))
    organisations = {organisation(p) for p in posts}
    scorer = _score_pinyin if latin else _score_text
    hits = []
    for kind, names in (("person", persons), ("organisation", organisations), ("post", posts)):
        for name in names:
            scored = scorer(query, name)
            if scored:
                hits.append(Hit(kind, name, scored[1], scored[0]))
    # people first; then organisations and posts together, shorter (closer) names first
    hits.sort(key=lambda h: (-h.score, h.kind != "person", len(h.name), h.name))
    return hits[:limit]
