"""Organisations as trees: the units below a body and who held each post on a day.

A post is stored as written (``济南市市中区人民政府王官庄街道办事处主任``); ``posts.read_name``
reads what is left without its title as a place and a path of units, the spellings of one body
(济南市市中区人民政府王官庄街道办事处, 济南市市中区王官庄街道, 王官庄街道) under one key. Here those
paths become trees. They are derived at query time from the posts table (a street office's tree
at 100,000 events in about 10 ms): no stored organisations to keep in step with the log."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from .errors import NotFound
from .i18n import N_
from .posts import PLACE_PART, read_name, resolved_places, split_title
from .tenures import Tenure, fold, holders_on
from .visibility import clean_query, logged_events, posts_holding, posts_in

if TYPE_CHECKING:
    from .due import Vacancy
    from .queries import Answers


@dataclass
class OrgPost:
    """A post of an organisation and its holders on the day asked; ``vacancy``: when nobody
    held it, since when and by which removal (``due.vacancy_of``), if a holder had left by then."""

    post: str
    title: str
    holders: list[Tenure] = field(default_factory=list)
    vacancy: Vacancy | None = None


@dataclass
class OrgNode:
    """One organisation of a tree: every spelling it is written under, its own posts, and the
    units below it by key."""

    place: str
    keys: tuple[str, ...]
    spellings: set[str] = field(default_factory=set)
    posts: list[OrgPost] = field(default_factory=list)
    children: dict[str, OrgNode] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The longest, fullest spelling (the place and 人民政府 included where one has them)."""
        return max(self.spellings, key=lambda s: (len(s), s)) if self.spellings else self.place

    @property
    def also_written(self) -> list[str]:
        return sorted(s for s in self.spellings if s != self.name)

    @property
    def unit(self) -> str:
        """The name below its parent's: 党政综合办公室, or the whole name at the top."""
        return self.keys[-1] if self.keys else self.name

    def walk(self) -> Iterable[tuple[int, OrgNode]]:
        """This node and every node below it, depth first, units in name order, with depths."""
        yield 0, self
        for key in sorted(self.children):
            for depth, node in self.children[key].walk():
                yield depth + 1, node

    def all_posts(self) -> list[OrgPost]:
        return [p for _, node in self.walk() for p in node.posts]


def build_tree(posts: Iterable[str]) -> list[OrgNode]:
    """The organisations of these posts (full post names) as trees, one per place, the
    spellings of one body made one node. Posts carry no holders here (``org_tree`` adds them)."""
    read = {}
    for post in posts:
        org, title = split_title(post)
        read[post] = (read_name(org), title)
    places = resolved_places(name for name, _ in read.values())
    roots: dict[str, OrgNode] = {}
    for post, (name, title) in sorted(read.items()):
        place = places[(name.place, name.keys[0] if name.keys else "")]
        node = roots.setdefault(place, OrgNode(place, ()))
        if name.root:  # as written, a short place too (市中区): it is one of the spellings
            node.spellings.add(name.root)
        for i, key in enumerate(name.keys):
            node = node.children.setdefault(key, OrgNode(place, name.keys[: i + 1]))
            node.spellings.add(name.written[i])
        node.posts.append(OrgPost(post, title))
    for root in roots.values():
        for _, node in root.walk():
            node.posts.sort(key=lambda p: (p.title.startswith("副"), p.title, p.post))  # heads first, as in a roster
    return [roots[p] for p in sorted(roots)]


def matching(roots: list[OrgNode], query: str) -> list[OrgNode]:
    """The organisations ``query`` names, topmost only: by their units' keys
    (市中区王官庄街道办事处 and 王官庄街道 name the same one), else by part of the last unit's
    name (王官庄 → 王官庄街道)."""
    asked = read_name(query)
    nodes = [node for root in roots for _, node in root.walk()]

    def by_keys(node: OrgNode) -> bool:
        if asked.place and not node.place.endswith(asked.place):
            return False
        if not asked.keys:  # a place alone (济南市市中区, 济南市市中区人民政府): its government
            return not node.keys and bool(asked.place)
        return node.keys[-len(asked.keys) :] == asked.keys

    found = [n for n in nodes if by_keys(n)] or [n for n in nodes if n.keys and query in n.keys[-1]]
    # topmost: a match below another match is shown inside it
    return [
        n
        for n in found
        if not any(o is not n and n.keys[: len(o.keys)] == o.keys and o.place == n.place for o in found)
    ]


def _candidates(session: Session, query: str) -> list[str]:
    """Posts whose name holds what every spelling of the asked-for body holds: its last
    unit's key (王官庄街道 in …王官庄街道办事处…), or the last part of a place asked alone."""
    asked = read_name(query)
    if asked.keys:
        core = asked.keys[-1]
    else:
        parts = [m.group() for m in re.finditer(PLACE_PART, asked.place)]
        core = parts[-1] if parts else query
    return posts_holding(session, core)


#: Posts whose events are read at a time: within any database's limit of bound parameters.
_CHUNK = 500


def org_tree(session: Session, query: str, on: dt.date, rows: int | None = None, held_only: bool = False) -> Answers:
    """The organisations ``query`` names, each with the units below it and every post's
    holders on ``on``; NotFound if none. ``rows``: stop after the organisations that give
    that many posts to show (held ones only, with ``held_only``); ``more`` counts the rest."""
    from .queries import Answers, suggest_organisations

    q = clean_query(query)
    trees = matching(build_tree(_candidates(session, q)), q) if q else []
    if not trees:
        raise NotFound(N_("no organisation named like {query!r}"), suggest_organisations(session, q), query=query)
    found, batch, shown = Answers(), [], 0
    for i, node in enumerate(trees):
        batch.append(node)
        if sum(len(n.all_posts()) for n in batch) < min(_CHUNK, rows or _CHUNK) and i < len(trees) - 1:
            continue  # small organisations (a street's offices) are read together
        _holders(session, batch, on)
        found.extend(batch)
        shown += sum(1 for n in batch for p in n.all_posts() if p.holders or not held_only)
        batch = []
        if rows is not None and shown >= rows:
            break
    found.more = len(trees) - len(found)
    return found


def _holders(session: Session, nodes: list[OrgNode], on: dt.date) -> None:
    """Fill in who held each post of these trees on ``on``, and for a post nobody held, the
    removal that left it empty."""
    from .due import vacancy_of

    posts = {p.post: p for node in nodes for p in node.all_posts()}
    names = sorted(posts)
    for at in range(0, len(names), _CHUNK):
        tenures, _ = fold(logged_events(session, posts_in(session, names[at : at + _CHUNK])))
        by_post: dict[str, list[Tenure]] = {}
        for tenure in tenures:
            by_post.setdefault(tenure.post, []).append(tenure)
        for name, held in by_post.items():
            post = posts[name]
            post.holders = sorted(holders_on(held, on), key=lambda t: (t.start or dt.date.min, t.person))
            post.vacancy = vacancy_of(name, held, on)
