"""Organisations read out of post names: the tree below a body, its spellings made one.

A post is stored as written (``济南市市中区人民政府王官庄街道办事处主任``); ``posts.split_title``
takes its title off. What is left names an organisation the way one notice wrote it, and the
notices write one body several ways: ``济南市市中区人民政府王官庄街道办事处``,
``济南市市中区王官庄街道`` (before ``党政综合办公室``), ``市中区王官庄街道办事处``, ``王官庄街道``.
Here such a name is read as a place (``济南市市中区``) and a path of units below the place's
government (``王官庄街道`` → ``党政综合办公室``), each unit by a key its spellings share. The tree
is derived at query time from the posts table: no stored organisations to keep in step.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import NotFound
from .i18n import N_
from .models import Event, Post

if TYPE_CHECKING:
    from .queries import Answers
from .tenures import Tenure, fold, holders_on
from .visibility import clean_query, logged_events, seen

#: One part of a place: 济南市, 市中区, 内蒙古自治区, 黔东南苗族侗族自治州.
_PLACE_PART = re.compile(r".{1,10}?(?:自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗)")
#: Words no place name holds: ``魏家庄街道城市`` and ``城市`` (of 城市管理局) end with 市 but are
#: a unit's name, read too far; a 社区 is a unit below a street office, not a place.
_NOT_PLACE = ("街道", "办", "局", "中心", "委员会", "政府", "室", "科", "城市", "社区", "管理")
#: The government of a place: a prefix its bodies' names may carry or leave out
#: (济南市市中区人民政府王官庄街道办事处 = 济南市市中区王官庄街道办事处).
_GOVERNMENT = "人民政府"
#: How a unit's name ends, longest first; with the words a longer spelling of the same unit
#: adds (王官庄街道办事处 is 王官庄街道, 柳埠镇人民政府 is 柳埠镇).
_UNIT_ENDS = ("委员会", "办公室", "街道", "中心", "大队", "支队", "局", "厅", "处", "院", "部", "科", "镇", "乡")
_LAST_CHARS = frozenset(end[-1] for end in _UNIT_ENDS)
_SPELLED_OUT = {"街道": "办事处", "镇": _GOVERNMENT, "乡": _GOVERNMENT}
#: Words that end in a unit's last character without being a unit: 城乡建设局, 村镇规划办公室.
_NOT_TOWNS = ("城乡", "城镇", "村镇", "乡镇")


@dataclass(frozen=True)
class OrgName:
    """An organisation's name as read: its place, the keys of the units below the place's
    government, and the name as written up to each of them (``written[i]`` ends with unit i;
    ``root``: what was written before the first unit, the place and perhaps 人民政府)."""

    place: str
    keys: tuple[str, ...]
    written: tuple[str, ...]
    root: str


def read_place(name: str) -> str:
    """The place at the start of an organisation's name (济南市市中区), or ''.

    Stricter than ``posts.jurisdiction``, which is for comparing two bodies: a tree must not
    take 济南市市中区魏家庄街道城市 (of …城市管理办公室) for a place."""
    at = 0
    for _ in range(3):
        m = _PLACE_PART.match(name, at)
        if not m or any(word in m.group() for word in _NOT_PLACE):
            break
        at = m.end()
        if m.group().endswith("州") and name[at : at + 1] in ("市", "区", "县"):
            at += 1  # 苏州市, 鄞州区: 州 ends the name only when nothing follows it
    return name[:at]


def _unit_end(rest: str, at: int, first: bool) -> int | None:
    """Where a unit that ends at ``at`` in ``rest`` (exclusive) really ends, its spelled-out
    words included, or None if nothing ends there."""
    piece = rest[:at]
    for end in _UNIT_ENDS:
        if not piece.endswith(end):
            continue
        if len(piece) == len(end) and end != "办公室":  # 办公室 alone is a body's office; 中心… alone is not
            return None
        if end in ("镇", "乡") and (not first or not 3 <= len(piece) <= 6 or piece.endswith(_NOT_TOWNS)):
            return None  # a town is a place's first unit, a short name: not the 乡 of 城乡建设局
        if end == "科" and (first or rest[at : at + 1] in ("学", "技", "研", "普")):
            return None  # a 科 is a section of a bureau, not the 科 of 科学技术局
        if end in ("处", "院", "部") and rest[at : at + 1] in ("置", "理", "门", "署", "落"):
            return None  # 应急处置中心, 部门: words, not units
        spelled = _SPELLED_OUT.get(end, "")
        return at + len(spelled) if spelled and rest.startswith(spelled, at) else at
    return None


def _key(unit: str) -> str:
    """The unit as its spellings share it: 王官庄街道办事处 → 王官庄街道, 柳埠镇人民政府 → 柳埠镇."""
    for end, spelled in _SPELLED_OUT.items():
        if unit.endswith(end + spelled) and len(unit) > len(end + spelled):
            return unit[: -len(spelled)]
    return unit


@functools.lru_cache(maxsize=65536)
def read_name(org: str) -> OrgName:
    """A place and the units below it: 济南市市中区王官庄街道党政综合办公室 →
    (济南市市中区, (王官庄街道, 党政综合办公室)). A name with no unit word left is one unit."""
    place = read_place(org)
    start = len(place)
    if org.startswith(_GOVERNMENT, start):
        start += len(_GOVERNMENT)
    root = org[:start]
    keys: list[str] = []
    written: list[str] = []
    at = start
    while at < len(org):
        rest = org[at:]
        end = next(
            (
                e
                for i in range(1, len(rest) + 1)
                if rest[i - 1] in _LAST_CHARS and (e := _unit_end(rest, i, not keys)) is not None
            ),
            len(rest),  # no unit word: what is left is one unit (党工委, 文化馆)
        )
        keys.append(_key(rest[:end]))
        written.append(org[: at + end])
        at += end
    return OrgName(place, tuple(keys), tuple(written), root)


@dataclass
class OrgPost:
    """A post of an organisation and its holders on the day asked; ``vacated``: when nobody
    held it, the last tenure that ended by then (the notice behind the vacancy), if any."""

    post: str
    title: str
    holders: list[Tenure] = field(default_factory=list)
    vacated: Tenure | None = None


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


def _resolved_places(names: Iterable[OrgName]) -> dict[tuple[str, str], str]:
    """The full place a short or missing one stands for, by (place, first unit): 市中区 or ''
    with 王官庄街道 → 济南市市中区 when exactly one fuller place has a 王官庄街道; else itself."""
    names = list(names)
    by_first: dict[str, set[str]] = {}
    for n in names:
        by_first.setdefault(n.keys[0] if n.keys else "", set()).add(n.place)
    resolved = {}
    for n in names:
        first = n.keys[0] if n.keys else ""
        fuller = {p for p in by_first[first] if p != n.place and p.endswith(n.place)}
        # a place written in full stands for itself; the fullest of the places that end with
        # it, when they are one (济南市市中区 and 市中区 are one; two cities' 市中区 are two)
        longest = {p for p in fuller if not any(q != p and q.endswith(p) for q in fuller)}
        resolved[(n.place, first)] = longest.pop() if len(longest) == 1 else n.place
    return resolved


def build_tree(posts: Iterable[str]) -> list[OrgNode]:
    """The organisations of these posts (full post names) as trees, one per place, the
    spellings of one body made one node. Posts carry no holders here (``org_tree`` adds them)."""
    from .posts import split_title

    read = {}
    for post in posts:
        org, title = split_title(post)
        read[post] = (read_name(org), title)
    places = _resolved_places(name for name, _ in read.values())
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


def one_per_organisation(names: Iterable[str]) -> list[str]:
    """Organisation names with the spellings of one body made one, the longest kept:
    [济南市市中区人民政府王官庄街道, 济南市市中区王官庄街道] → [济南市市中区人民政府王官庄街道]."""
    read = {name: read_name(name) for name in names}
    places = _resolved_places(read.values())
    kept: dict[tuple, str] = {}
    for name, n in read.items():
        key = (places[(n.place, n.keys[0] if n.keys else "")], n.keys)
        if key not in kept or (len(name), name) > (len(kept[key]), kept[key]):
            kept[key] = name
    return sorted(kept.values())


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
        parts = [m.group() for m in re.finditer(_PLACE_PART, asked.place)]
        core = parts[-1] if parts else query
    named = select(Post.name).where(Post.name.contains(core, autoescape=True), seen(session))
    return list(session.scalars(named))


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
    tenure whose removal left it empty."""
    posts = {p.post: p for node in nodes for p in node.all_posts()}
    names = sorted(posts)
    for at in range(0, len(names), _CHUNK):
        tenures, _ = fold(logged_events(session, Event.post.in_(names[at : at + _CHUNK])))
        for tenure in holders_on(tenures, on):
            posts[tenure.post].holders.append(tenure)
        for tenure in tenures:
            post = posts[tenure.post]
            # the latest removal by then: the notice behind the vacancy, if nobody holds it
            if tenure.end and tenure.end <= on and (post.vacated is None or tenure.end > post.vacated.end):
                post.vacated = tenure
    for post in posts.values():
        if post.holders:
            post.vacated = None
        post.holders.sort(key=lambda t: (t.start or dt.date.min, t.person))
