"""What a session may see: the notices and events in force at its known-at moment, and the
query text folded as notices are stored. Below ``queries`` and ``search``, which both use it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, exists, or_, select, true
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
    rows = session.execute(
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
    return identities(session).apply([LoggedEvent(*row) for row in rows])


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
