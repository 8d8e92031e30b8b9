"""Finding people, posts and organisations by any part of their name or by pinyin.

Pinyin lets a user without a Chinese input method find 张树明 with ``zhangshuming`` or
``zsm``, and 王官庄 with ``wangguanzhuang``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from .i18n import N_
from .models import Event, Post, SearchName
from .posts import organisation
from .visibility import clean_query, seen, visible

#: what a hit is and how it matched, as a table says them: words of the catalog
WORDS = (N_("person"), N_("post"), N_("organisation"), N_("name"), N_("pinyin"), N_("initials"))

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


def search_names(persons: set[str], posts: set[str]) -> set[tuple[str, str]]:
    """(kind, name) of these people, posts and the posts' organisations."""
    found = {("person", n) for n in persons} | {("post", n) for n in posts}
    return found | {("organisation", o) for p in posts if (o := organisation(p))}


_READINGS: dict[str, str] = {}  # a character's first reading, toneless


def name_forms(name: str) -> tuple[str, str]:
    """A person's name in pinyin, character by character: a name is no phrase, and looking
    each one up in pypinyin's phrase dictionaries cost 0.2 ms a name (a minute for the
    300,000 names of a 1M-event import)."""
    from pypinyin import Style, lazy_pinyin

    syllables = []
    for ch in name:
        reading = _READINGS.get(ch)
        if reading is None:
            reading = _READINGS[ch] = "".join(lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")).lower()
        if reading:
            syllables.append(reading)
    return "".join(syllables), "".join(s[0] for s in syllables)


def search_rows(names: set[tuple[str, str]]) -> list[dict]:
    """Rows of ``search_names``: each name with its pinyin and initials (posts and
    organisations as phrases: 银行 is yinhang; people character by character)."""
    rows = []
    for kind, name in sorted(names):
        full, initials = name_forms(name) if kind == "person" else pinyin_forms(name)
        rows.append({"kind": kind, "name": name, "pinyin": full[:1500], "initials": initials[:300]})
    return rows


def add_search_names(connection: Connection, persons: set[str], posts: set[str]) -> None:
    """Index the names not indexed yet (under the importer's write lock)."""
    wanted = search_names(persons, posts)
    stmt = select(SearchName.kind, SearchName.name).where(SearchName.name.in_({name for _, name in wanted}))
    missing = wanted - {(kind, name) for kind, name in connection.execute(stmt)}
    if missing:
        connection.execute(insert(SearchName.__table__), search_rows(missing))


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


def score_forms(query: str, full: str, initials: str) -> tuple[int, str] | None:
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


def latin_words(text: str) -> list[str]:
    """A pinyin query's words as typed (``wangguanzhuang zhuren``), apostrophes dropped."""
    return [w for w in text.strip().lower().replace("'", "").split() if w]


def pinyin_where(words: list[str]):
    """Names whose pinyin or initials hold the words run together, or (several words) each
    word somewhere: ``score_pinyin`` then keeps those that hold them in order."""
    from sqlalchemy import and_, or_

    query = "".join(words)
    together = or_(
        SearchName.pinyin.contains(query, autoescape=True), SearchName.initials.contains(query, autoescape=True)
    )
    if len(words) < 2:
        return together
    return or_(together, and_(*(SearchName.pinyin.contains(w, autoescape=True) for w in words)))


def words_in_order(words: list[str], full: str) -> int | None:
    """How many letters lie between the words where ``full`` holds them in order (the first
    place each can go); None if it does not."""
    at = full.find(words[0])
    if at < 0:
        return None
    at += len(words[0])
    between = 0
    for word in words[1:]:
        found = full.find(word, at)
        if found < 0:
            return None
        between += found - at
        at = found + len(word)
    return between


def score_pinyin(words: list[str], full: str, initials: str) -> tuple[int, str] | None:
    """A pinyin query's score: its words run together as ``score_forms`` scores them; else,
    for words typed apart (a place, then a title: ``wangguanzhuang zhuren``), each in order
    in the name's pinyin, the closer together the better, below any run-together match."""
    scored = score_forms("".join(words), full, initials)
    if scored or len(words) < 2:
        return scored
    between = words_in_order(words, full)
    return None if between is None else (max(1, 39 - between), "pinyin")


def search(session: Session, text: str, limit: int = 30) -> list[Hit]:
    """Best matches first: exact names, then names that start or end with the text, then parts.

    Candidates come from ``search_names`` (names with their pinyin, one row each), matched by
    the database; only names that an event the session may see bears are kept."""

    latin = is_latin(text)
    words = latin_words(text) if latin else []
    query = "".join(words) if latin else clean_query(text)
    if not query:
        return []
    where = pinyin_where(words) if latin else SearchName.name.contains(query, autoescape=True)
    stmt = select(SearchName.kind, SearchName.name, SearchName.pinyin, SearchName.initials).where(where)
    hits = []
    for kind, name, full, initials in session.execute(stmt):
        scored = score_pinyin(words, full, initials) if latin else _score_text(query, name)
        if scored:
            hits.append(Hit(kind, name, scored[1], scored[0]))
    # people first; then organisations and posts together, shorter (closer) names first
    hits.sort(key=lambda h: (-h.score, h.kind != "person", len(h.name), h.name))
    kept: list[Hit] = []
    for hit in hits:
        if len(kept) == limit:
            break
        if borne(session, hit):
            kept.append(hit)
    return kept


def borne(session: Session, hit: Hit) -> bool:
    """Does an event the session may see bear this name (a retracted notice's do not)?"""
    from sqlalchemy import exists

    if hit.kind == "person":
        return bool(session.scalar(select(exists().where(Event.person == hit.name, visible(session)))))
    if hit.kind == "post":
        return bool(session.scalar(select(exists().where(Event.post == hit.name, visible(session)))))
    posts = select(Post.name).where(Post.name.startswith(hit.name, autoescape=True), seen(session))
    return any(organisation(p) == hit.name for p in session.scalars(posts))
