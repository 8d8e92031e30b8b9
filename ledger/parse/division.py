"""Work-division notices (分工): who presides over, is responsible for, oversees, liaises with
or assists with what, and who stands in for whom (AB角). Pure functions, no database.

    孟庆顺同志：主持区政府全面工作；负责财政、审计工作。分管区财政局（区国资监管局）、区审计局。

gives 主持 区政府全面工作; 负责 财政, 负责 审计; 分管 区财政局 (second name 区国资监管局),
分管 区审计局. Brackets carry structure: 区发展改革局〔区绿色低碳高质量发展办、区国动办（区人防办）〕
is one department that carries two bodies, the second of which has a second name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..vocab import BODY_SUFFIXES, DIVISION_RELATIONS
from .clauses import cut_chunks, join_body, split_outside_parens
from .records import Line

_LEADER = re.compile(r"(?:(?<=[。;:,])|^)([\u4e00-\u9fff·]{2,5}?)同志:")
_AB = re.compile(r"互为AB角|互为A、?B角")
_AB_PAIR = re.compile(r"^(.+?)(?:同志)?与(.+?)(?:同志)?(?:互为.*)?$")
_ASSIST = re.compile(r"^协助(?P<principal>.+?)(?:同志)?(?P<relation>主持|分管|负责|协调|联系)(?P<rest>.*)$")
_NOTE = re.compile(r"^上述.{0,20}(?:分管|负责).{0,40}(?:包括|含).*$")


@dataclass
class Portfolio:
    leader: str
    relation: str  # 主持 | 负责 | 协调 | 分管 | 联系 | 协助
    object: str  # a body (区财政局) or a work area (审计)
    kind: str  # body | area
    line: int
    clause: str
    principal: str | None = None  # 协助: whom the leader assists
    assisted: str | None = None  # 协助: in what (分管, 主持, …)
    carried_by: str | None = None  # a body carried by another (区国动办 by 区发展改革局)

    def as_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}


@dataclass
class Division:
    portfolios: list[Portfolio] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # second name → body
    ab_pairs: list[tuple[str, str, int]] = field(default_factory=list)
    note: str | None = None


def _strip_work(item: str) -> str:
    return re.sub(r"(?:等)?(?:各项)?工作$", "", item)


def _kind(item: str) -> str:
    return "body" if item.endswith(BODY_SUFFIXES) else "area"


def read_bodies(text: str, division: Division) -> list[tuple[str, str | None]]:
    """区财政局（区国资监管局）、区发展改革局〔A、B（C）〕 → [(body, carried_by)], aliases recorded."""
    found: list[tuple[str, str | None]] = []
    for raw in split_outside_parens(text, "、"):
        item = raw.strip()
        carried: list[str] = []
        m = re.search(r"〔(.*)〕$", item)
        if m:
            carried = split_outside_parens(m.group(1), "、")
            item = item[: m.start()]
        item, second_names = _second_names(item)
        for name in second_names:
            division.aliases[name] = item
        found.append((item, None))
        for inner in carried:
            body, names = _second_names(inner)
            for name in names:
                division.aliases[name] = body
            found.append((body, item))
    return found


def _second_names(item: str) -> tuple[str, list[str]]:
    """区卫生健康局（区中医药局、区疾病预防控制局） → (区卫生健康局, [区中医药局, 区疾病预防控制局])."""
    m = re.search(r"\(([^()]*)\)$", item)
    if not m or m.start() == 0:
        return item, []
    return item[: m.start()], [n for n in m.group(1).split("、") if n]


def _items(text: str) -> list[str]:
    """A list of areas or bodies: 、 separates, and so does 及/和 before the last one."""
    text = _strip_work(text)
    parts = split_outside_parens(text, "、")
    if parts and "及" in parts[-1]:
        parts = parts[:-1] + parts[-1].split("及")
    return [p for p in (x.strip() for x in parts) if p]


def read_division(lines: list[Line]) -> Division:
    text, line_of = join_body(lines)
    division = Division()
    leaders = list(_LEADER.finditer(text))
    for i, m in enumerate(leaders):
        leader = m.group(1)
        end = leaders[i + 1].start() if i + 1 < len(leaders) else len(text)
        section = text[m.end() : end]
        # the section ends where the closing paragraphs begin (上述…, 建立…AB角)
        cut = re.search(r"上述|建立工作AB角|建立AB角", section)
        if cut:
            section = section[: cut.start()]
        for chunk in cut_chunks(section):
            if chunk.text:
                _read_clause(division, leader, chunk.text, line_of[m.end() + chunk.start])
    for sentence in re.split(r"。", text):
        if _NOTE.match(sentence):
            division.note = sentence + "。"
        if _AB.search(sentence):
            line = line_of[text.find(sentence)]
            body = sentence[sentence.find("明确") + 2 :] if "明确" in sentence else sentence
            for part in split_outside_parens(body, "、,"):
                pair = _AB_PAIR.match(part)
                if pair:
                    division.ab_pairs.append((pair.group(1), pair.group(2), line))
    return division


def _read_clause(division: Division, leader: str, clause: str, line: int) -> None:
    principal = assisted = None
    relation = next((r for r in DIVISION_RELATIONS if clause.startswith(r)), None)
    rest = clause[len(relation) :] if relation else ""
    if relation == "协助":
        m = _ASSIST.match(clause)
        if m:
            principal, assisted, rest = m.group("principal"), m.group("relation"), m.group("rest")
        else:
            assisted = None
    if relation is None or not rest:
        return
    if (assisted or relation) == "分管" or rest.endswith(BODY_SUFFIXES) or "〔" in rest:
        bodies = read_bodies(rest, division) if not rest.endswith("工作") else [(i, None) for i in _items(rest)]
        for body, carried_by in bodies:
            for item in [body] if carried_by or "及" not in body else body.split("及"):
                division.portfolios.append(
                    Portfolio(leader, relation, item, _kind(item), line, clause, principal, assisted, carried_by)
                )
        return
    if relation == "主持":  # one object: 主持市公安局市中区分局工作, 主持区政府全面工作
        item = _strip_work(rest)
        division.portfolios.append(Portfolio(leader, relation, item, _kind(item), line, clause, principal, assisted))
        return
    for item in _items(rest):
        division.portfolios.append(Portfolio(leader, relation, item, _kind(item), line, clause, principal, assisted))
