"""Posts as names: organisation + title, split by the vocabulary of titles.

A post is stored as written (``济南市市中区人民政府王官庄街道办事处主任``); these functions
read structure out of that name for rosters, successions and warnings.
"""

from __future__ import annotations

import functools
import re

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
