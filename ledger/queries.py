"""Questions answered from the log: who holds a post, a person's career, expiring probations.

Each query reads the events it needs, folds them into tenures (``tenures.fold``) and
returns plain data; the CLI only formats it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from .errors import NotFound
from .models import Event, Notice
from .tenures import LoggedEvent, Tenure, fold, holders_on


def clean_query(text: str) -> str:
    """Queries are compared the way posts are stored: NFKC, no white space."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def logged_events(session: Session, *where: ColumnElement[bool]) -> list[LoggedEvent]:
    rows = session.execute(
        select(Event, Notice.doc_no, Notice.source_file).join(Notice, Event.notice_id == Notice.id).where(*where)
    )
    return [
        LoggedEvent(
            action=e.action,
            person=e.person,
            post=e.post,
            effective=e.effective,
            doc_no=doc_no,
            notice_id=e.notice_id,
            seq=e.seq,
            line=e.line,
            clause=e.clause,
            source_file=source_file,
            probation_until=e.probation_until,
            secondment_until=e.secondment_until,
            rank=e.rank,
            manner=e.manner,
        )
        for e, doc_no, source_file in rows
    ]


def suggest(session: Session, query: str, column, limit: int = 5) -> list[str]:
    """The nearest stored names to ``query`` (edit distance on the characters and on pinyin)."""
    from rapidfuzz import fuzz, process

    choices = list(session.scalars(select(column).distinct()))
    if not choices:
        return []
    scored = process.extract(query, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=40)
    return [choice for choice, _score, _ in scored]


def find_posts(session: Session, query: str) -> list[str]:
    """Posts whose name ends with ``query`` (a tail of the name); literal, no wildcards."""
    q = clean_query(query)
    if not q:
        return []
    stmt = select(Event.post).distinct().where(or_(Event.post == q, Event.post.endswith(q, autoescape=True)))
    return sorted(session.scalars(stmt))


@dataclass
class PostHolders:
    post: str
    holders: list[Tenure]


def who_holds(session: Session, query: str, on: dt.date) -> list[PostHolders]:
    """Every post matching ``query`` with who held it on ``on``; NotFound if no post matches."""
    posts = find_posts(session, query)
    if not posts:
        raise NotFound(f"no post ends with {query!r}", suggest(session, clean_query(query), Event.post))
    tenures, _ = fold(logged_events(session, Event.post.in_(posts)))
    answer = {post: PostHolders(post, []) for post in posts}
    for tenure in holders_on(tenures, on):
        answer[tenure.post].holders.append(tenure)
    return list(answer.values())


def career(session: Session, name: str) -> list[Tenure]:
    """Every tenure of a person, in order (start unknown first)."""
    person = clean_query(name)
    events = logged_events(session, Event.person == person)
    if not events:
        raise NotFound(f"no person named {name!r}", suggest(session, person, Event.person))
    tenures, _ = fold(events)
    return sorted(tenures, key=lambda t: (t.start or t.end or dt.date.min, t.start is not None, t.post))


@dataclass
class ExpiringProbation:
    tenure: Tenure
    days_left: int


def expiring_probations(
    session: Session, on: dt.date, within: int = 90, include_overdue: bool = False
) -> list[ExpiringProbation]:
    """Tenures held on ``on`` whose probation ends within ``within`` days, soonest first.

    A probation confirmed (试用期满…正式任职) on or before ``on`` is not listed. With
    ``include_overdue``, probations whose end has passed unconfirmed are listed too.
    """
    keyed = session.execute(select(Event.person, Event.post).distinct().where(Event.probation_until.is_not(None))).all()
    if not keyed:
        return []
    persons = {person for person, _ in keyed}
    wanted = set(keyed)
    events = [e for e in logged_events(session, Event.person.in_(persons)) if (e.person, e.post) in wanted]
    tenures, _ = fold(events)
    horizon = on + dt.timedelta(days=within)
    found = []
    for tenure in holders_on(tenures, on):
        until = tenure.probation_until
        if until is None or (tenure.confirmed_on and tenure.confirmed_on <= on):
            continue
        if on <= until <= horizon or (include_overdue and until < on):
            found.append(ExpiringProbation(tenure, (until - on).days))
    found.sort(key=lambda p: (p.tenure.probation_until, *_notice_order(p.tenure)))
    return found


def _notice_order(tenure: Tenure) -> tuple[int, int]:
    """Ties keep the order of the notices, as a reader of them would expect."""
    event = tenure.opened_by or tenure.closed_by
    return (event.notice_id, event.seq) if event else (0, 0)
