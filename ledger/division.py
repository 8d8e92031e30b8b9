"""Who oversees what, for any date, from the work-division notices in the log.

A work-division notice is in force from its date until the issuer's next one: each issuer's
newest division dated on or before the day asked about answers for that issuer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from .errors import NotFound
from .i18n import N_
from .models import ABPair, BodyAlias, Notice, Portfolio
from .visibility import clean_query, visible_notices


@dataclass
class Oversight:
    leader: str
    relation: str
    object: str
    full_name: str
    kind: str
    principal: str | None
    assisted: str | None
    carried_by: str | None
    via: str | None  # the second name the question used (区人防办 for 区国动办)
    doc_no: str | None
    date: dt.date
    line: int
    clause: str

    def as_json(self) -> dict:
        return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in self.__dict__.items()}


def divisions_in_force(session: Session, on: dt.date) -> list[int]:
    """Ids of each issuer's newest visible work division dated on or before ``on``."""
    candidates = select(
        Notice.id,
        func.row_number()
        .over(partition_by=Notice.issuer, order_by=(Notice.date.desc(), Notice.id.desc()))
        .label("rank"),
    ).where(Notice.kind == "division", Notice.date <= on, visible_notices(session))
    ranked = candidates.subquery()
    return list(session.scalars(select(ranked.c.id).where(ranked.c.rank == 1)))


def _no_division(on: dt.date) -> NotFound:
    return NotFound(N_("no work division is on record for {on}"), on=on)


def _answers(session: Session, notice_ids: list[int], *where, via: dict[str, str] | None = None) -> list[Oversight]:
    rows = session.execute(
        select(Portfolio, Notice.doc_no, Notice.date)
        .join(Notice, Notice.id == Portfolio.notice_id)
        .where(Portfolio.notice_id.in_(notice_ids), *where)
        .order_by(Portfolio.notice_id, Portfolio.seq)
    )
    via = via or {}
    return [
        Oversight(
            leader=p.leader,
            relation=p.relation,
            object=p.object,
            full_name=p.full_name,
            kind=p.kind,
            principal=p.principal,
            assisted=p.assisted,
            carried_by=p.carried_by,
            via=via.get(p.object),
            doc_no=doc_no,
            date=date,
            line=p.line,
            clause=p.clause,
        )
        for p, doc_no, date in rows
    ]


def _tail(column, text: str):
    return or_(column == text, column.endswith(text, autoescape=True))


def who_oversees(session: Session, query: str, on: dt.date) -> list[Oversight]:
    """Leaders whose portfolio names the body or area (any tail of its short or full name,
    or of a second name), and those who oversee the department that carries it."""
    q = clean_query(query)
    in_force = divisions_in_force(session, on)
    if not in_force:
        raise _no_division(on)
    aliases = session.execute(
        select(BodyAlias.alias, BodyAlias.body).where(
            BodyAlias.notice_id.in_(in_force), or_(_tail(BodyAlias.alias, q), _tail(BodyAlias.alias_full, q))
        )
    ).all()
    via = {body: alias for alias, body in aliases}
    names = [q, *via]
    found = _answers(
        session,
        in_force,
        or_(*(_tail(Portfolio.object, n) for n in names), *(_tail(Portfolio.full_name, n) for n in names)),
        via=via,
    )
    if not found:
        known = list(session.scalars(select(Portfolio.object).distinct().where(Portfolio.notice_id.in_(in_force))))
        from rapidfuzz import process

        suggestions = [c for c, *_ in process.extract(q, known, limit=5)]
        raise NotFound(N_("no one oversees {query!r} on {on}"), suggestions, query=query, on=on)
    return found


def portfolio(session: Session, leader: str, on: dt.date) -> list[Oversight]:
    in_force = divisions_in_force(session, on)
    if not in_force:
        raise _no_division(on)
    found = _answers(session, in_force, Portfolio.leader == clean_query(leader))
    if not found:
        leaders = list(session.scalars(select(Portfolio.leader).distinct().where(Portfolio.notice_id.in_(in_force))))
        raise NotFound(
            N_("{leader} has no portfolio in the work division in force on {on}"), leaders, leader=leader, on=on
        )
    return found


@dataclass
class StandIn:
    partner: str
    doc_no: str | None
    date: dt.date
    line: int


def stands_in_for(session: Session, leader: str, on: dt.date) -> list[StandIn]:
    """AB partners: each stands in for the other when one is away."""
    in_force = divisions_in_force(session, on)
    if not in_force:
        raise _no_division(on)
    name = clean_query(leader)
    rows = session.execute(
        select(ABPair, Notice.doc_no, Notice.date)
        .join(Notice, Notice.id == ABPair.notice_id)
        .where(ABPair.notice_id.in_(in_force), or_(ABPair.leader_a == name, ABPair.leader_b == name))
        .order_by(ABPair.id)
    )
    found = [StandIn(p.leader_b if p.leader_a == name else p.leader_a, doc, date, p.line) for p, doc, date in rows]
    if not found:
        raise NotFound(N_("{leader} has no AB partner in the work division in force on {on}"), leader=leader, on=on)
    return found


def overseers_of(session: Session, organisations: set[str], on: dt.date) -> dict[str, list[Oversight]]:
    """For a roster: who oversees (分管, or assists in overseeing) each organisation, by full name."""
    in_force = divisions_in_force(session, on)
    if not in_force or not organisations:
        return {}
    aliases = dict(
        session.execute(
            select(BodyAlias.alias_full, BodyAlias.body_full).where(
                BodyAlias.notice_id.in_(in_force), BodyAlias.alias_full.in_(organisations)
            )
        ).all()
    )
    wanted = organisations | set(aliases.values())
    found: dict[str, list[Oversight]] = {}
    for answer in _answers(
        session, in_force, Portfolio.full_name.in_(wanted), Portfolio.relation.in_(("分管", "协助", "主持"))
    ):
        for org in organisations:
            if answer.full_name in (org, aliases.get(org)):
                found.setdefault(org, []).append(answer)
    return found
