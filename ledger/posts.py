"""Posts as names: organisation + title, split by the vocabulary of titles.

A post is stored as written (``济南市市中区人民政府王官庄街道办事处主任``); these functions
read structure out of that name for rosters, successions and warnings.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .vocab import SINGLE_HEAD_TITLES, TITLES

#: Titles by their last character, longest first: a post is compared only with the titles
#: that could end it.
_TITLES_BY_LAST: dict[str, list[str]] = {}
for _title in sorted(TITLES, key=len, reverse=True):
    _TITLES_BY_LAST.setdefault(_title[-1], []).append(_title)
#: The place part of an organisation name: 济南市市中区, 内蒙古自治区, 黔东南苗族侗族自治州.
_JURISDICTION = re.compile(r"^(?:.{1,10}?(?:自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗)){1,3}")


#: Words that make a title of the one after them (专职副主任委员, 执行委员, 驻会副主席): the
#: title's, never the organisation's.
_TITLE_MODIFIERS = ("专职", "兼职", "执行", "驻会")


@functools.lru_cache(maxsize=65536)
def split_title(post: str) -> tuple[str, str]:
    """(organisation, title) by the longest known title at the end; title '' if none known."""
    for title in _TITLES_BY_LAST.get(post[-1:], ()):
        if post.endswith(title) and len(post) > len(title):
            org = post[: -len(title)]
            if org.endswith(_TITLE_MODIFIERS):
                org, title = org[:-2], org[-2:] + title
            return org, title
    if post.endswith("助理") and len(post) > 4 and (head := split_title(post[:-2]))[1]:
        return head[0], head[1] + "助理"  # 某公司总工程师助理: an assistant to any titled post
    return post, ""


def organisation(post: str) -> str:
    return split_title(post)[0]


def is_single_head(post: str) -> bool:
    """A post one person holds at a time (主任, 局长, …), as opposed to 副主任 or 委员."""
    return split_title(post)[1] in SINGLE_HEAD_TITLES


def jurisdiction(org: str) -> str:
    m = _JURISDICTION.match(org)
    return m.group(0) if m else ""


def related(org_a: str, org_b: str) -> bool:
    """Same organisation or one inside the other: they share more than their place name.

    济南市市中区王官庄街道党政综合办公室 and 济南市市中区人民政府王官庄街道办事处 are related
    (王官庄街道); 济南市市中区财政局 and 济南市市中区审计局 are not.
    """
    if org_a.startswith(org_b) or org_b.startswith(org_a):
        return True
    place = jurisdiction(org_a)
    core_a = org_a[len(place) :].removeprefix("人民政府")
    core_b = org_b[len(jurisdiction(org_b)) :].removeprefix("人民政府")
    common = 0
    for a, b in zip(core_a, core_b, strict=False):
        if a != b:
            break
        common += 1
    return common >= 2


def expand_body(name: str, issuer: str | None) -> str:
    """区财政局 → 济南市市中区财政局, 区政府办公室 → 济南市市中区人民政府办公室, 市公安局X → 济南市公安局X:
    the short names of a work-division notice, in the full form appointment notices use."""
    place = jurisdiction(issuer or "")
    if not place:
        return name
    city = place[: place.find("市") + 1] if "市" in place else ""
    if name.startswith("区政府"):
        return place + "人民政府" + name[len("区政府") :]
    if name.startswith(("区", "县")) and not name.startswith(("区域", "县域")):
        return place + name[1:]
    if name.startswith("市") and city and not name.startswith(city):
        return city + name[1:]
    return name


# --- organisations: a place and the units below its government ------------------------------
#
# What is left of a post without its title names an organisation the way one notice wrote it,
# and the notices write one body several ways: 济南市市中区人民政府王官庄街道办事处,
# 济南市市中区王官庄街道 (before 党政综合办公室), 市中区王官庄街道办事处, 王官庄街道. Such a name is
# read as a place (济南市市中区) and a path of units below the place's government (王官庄街道 →
# 党政综合办公室), each unit by a key its spellings share (``ledger.orgs`` builds the tree).

#: One part of a place: 济南市, 市中区, 内蒙古自治区, 黔东南苗族侗族自治州.
PLACE_PART = re.compile(r".{1,10}?(?:自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗)")
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
        m = PLACE_PART.match(name, at)
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


def resolved_places(names: Iterable[OrgName]) -> dict[tuple[str, str], str]:
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


def one_per_organisation(names: Iterable[str]) -> list[str]:
    """Organisation names with the spellings of one body made one, the longest kept:
    [济南市市中区人民政府王官庄街道, 济南市市中区王官庄街道] → [济南市市中区人民政府王官庄街道]."""
    read = {name: read_name(name) for name in names}
    places = resolved_places(read.values())
    kept: dict[tuple, str] = {}
    for name, n in read.items():
        key = (places[(n.place, n.keys[0] if n.keys else "")], n.keys)
        if key not in kept or (len(name), name) > (len(kept[key]), kept[key]):
            kept[key] = name
    return sorted(kept.values())
