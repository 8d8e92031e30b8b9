"""What a session may see: the notices and events in force at its known-at moment, and the
query text folded as notices are stored. Below ``queries`` and ``search``, which both use it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select, true, union
from sqlalchemy.orm import Session

from .identities import identities
from .models import Event, Notice, Post, Resolution, withdrawn_notices
from .tenures import LoggedEvent
from .text import to_simplified


def clean_query(text: str) -> str:
    """Queries are compared the way notices are stored: NFKC, no white space, traditional
    characters as simplified (張樹明 finds 张树明, as an import of a traditional text would)."""
    return to_simplified("".join(unicodedata.normalize("NFKC", text).split()), least=1)


def known_at(session: Session) -> dt.datetime | None:
    """The moment the session answers as of (``--as-known-at``), in UTC; None: now."""
    return session.info.get("known_at")


def visible_notices(session: Session) -> ColumnElement[bool]:
    """Notices imported by the known-at moment and not withdrawn then (retracted, and not
    reinstated since)."""
    moment = known_at(session)
    if moment is None:
        return Notice.id.not_in(withdrawn_notices())
    return and_(Notice.imported_at <= moment, Notice.id.not_in(withdrawn_notices(moment)))


def visible(session: Session) -> ColumnElement[bool]:
    """Events every answer may use: their notice is visible (see ``visible_notices``), and an
    event a person added by a resolution was added by the known-at moment."""
    if known_at(session) is None:  # the common case, kept cheap: only withdrawn notices to exclude
        return Event.notice_id.not_in(withdrawn_notices())
    return and_(Event.notice_id.in_(select(Notice.id).where(visible_notices(session))), resolved_by_then(session))


def resolved_by_then(session: Session) -> ColumnElement[bool]:
    """Events read by the parser, or added by a resolution made by the known-at moment."""
    moment = known_at(session)
    if moment is None:
        return true()
    return or_(
        Event.resolution_id.is_(None),
        Event.resolution_id.in_(select(Resolution.id).where(Resolution.resolved_at <= moment)),
    )


_EVENTS = Event.__table__.c


def logged_events(session: Session, *where: ColumnElement[bool]) -> list[LoggedEvent]:
    """The visible events matching ``where``, with their notices: plain rows, no ORM objects
    (a post on a large ledger has hundreds of events; building ORM objects would dominate)."""
    stmt = (
        select(
            _EVENTS.action,
            _EVENTS.person,
            _EVENTS.post,
            _EVENTS.effective,
            Notice.doc_no,
            _EVENTS.notice_id,
            _EVENTS.seq,
            _EVENTS.line,
            _EVENTS.clause,
            Notice.source_file,
            Notice.content_hash,
            _EVENTS.probation_until,
            _EVENTS.secondment_until,
            _EVENTS.rank,
            _EVENTS.manner,
        )
        .join(Notice, _EVENTS.notice_id == Notice.id)
        .where(visible_notices(session), resolved_by_then(session), *where)
    )
    # The driver's rows as they come: SQLAlchemy's row objects and its per-value processing
    # cost more than the query itself on a ledger of 100,000 events. SQLite gives dates as text.
    result = session.connection().execute(stmt)
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    day = dt.date.fromisoformat if session.get_bind().dialect.name == "sqlite" else None
    return identities(session).apply(LoggedEvent.from_rows(rows, day))


def posts_holding(session: Session, text: str) -> list[str]:
    """The posts whose names hold ``text`` (under any name their bodies had), each under its
    newest name (``identities``), that an event the session may see names; sorted."""
    known = identities(session)
    found: set[str] = set()
    for part in known.queries(text):
        named = select(Post.name).where(Post.name.contains(part, autoescape=True), seen(session))
        found |= {known.post(name) for name in session.scalars(named)}
    return sorted(found)


def posts_in(session: Session, posts: Iterable[str]) -> ColumnElement[bool]:
    """Events of these posts, under any name their bodies had (``identities``)."""
    return Event.post.in_(identities(session).stored_posts(posts))


def persons_in(session: Session, persons: Iterable[str]) -> ColumnElement[bool]:
    """Events of these persons, under any spelling asserted to be theirs (``identities``);
    a split person's events are told apart once read (``logged_events``)."""
    return Event.person.in_(identities(session).stored_names(persons))


def seen(session: Session) -> ColumnElement[bool]:
    """A post of the posts table that an event the session may see names: one index probe per
    post that stops at the first such event (not every event of a long history)."""
    return exists().where(Event.post == Post.name, visible(session))


#: Posts whose events are read at a time: within any database's limit of bound parameters.
_CHUNK = 500


def pairs_not_left(session: Session, on: dt.date, *where: ColumnElement[bool]) -> Select:
    """The (person, post) pairs, as stored, with an event matching ``where`` by ``on``, whose
    last removal by ``on`` (if any) comes before their last appointment by then.

    Only such a pair can be a tenure held on ``on``: a removal after the last appointment
    ended it (a removal and an appointment on one day leave the post held, SPEC §4). A
    narrowing in SQL before the fold decides; on a large ledger most pairs have ended."""
    action, effective = Event.action, Event.effective
    removed = func.max(case((action == "remove", effective)))
    appointed = func.max(case((action == "appoint", effective)))
    return (
        select(Event.person, Event.post)
        .where(visible(session), effective <= on, action.in_(("appoint", "remove")))
        .group_by(Event.person, Event.post)
        .having(func.max(case((and_(*where), 1))) == 1, appointed.is_not(None))
        .having(or_(removed.is_(None), appointed >= removed))
    )


def events_on_posts_of(session: Session, *pairs: Select | set[tuple[str, str]]) -> list[LoggedEvent]:
    """Every event of the posts some (person, post) pairs name, read as ``logged_events``
    reads them: what ``who-holds`` folds for those posts, so that a tenure is held on a day
    here as it is there (on a one-holder post, a later holder ends it, SPEC §4).

    Each of ``pairs`` is a query of stored pairs, or a set of pairs as the assertions make
    them (a renamed body's posts under their newest names)."""
    known = identities(session)
    queries = [p for p in pairs if not isinstance(p, set)]
    posts = {post for p in pairs if isinstance(p, set) for _, post in p}
    if not known and queries and len(posts) <= _CHUNK:  # the common case: one query
        asked = [q.with_only_columns(Event.post) for q in queries]
        where = Event.post.in_(union(*asked) if len(asked) > 1 else asked[0])
        return logged_events(session, or_(where, Event.post.in_(sorted(posts))) if posts else where)
    posts |= {known.post(post) for q in queries for _, post in session.execute(q)}
    ordered = sorted(posts)
    events: list[LoggedEvent] = []
    for at in range(0, len(ordered), _CHUNK):
        events += logged_events(session, posts_in(session, ordered[at : at + _CHUNK]))
    return events
