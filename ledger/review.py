"""Open items: clauses that hold a decision but could not be read, and what people decide.

An import keeps every unreadable personnel clause as an *open item* of its notice (file,
line, page, the clause, why) instead of refusing the file. A person then resolves it:

- with the events they read in it (``resolve(..., events=[EventSpec(...)])``): appended to
  the log as ordinary events of the same notice, citing its doc number and the clause's
  line, so every query counts them exactly like imported ones;
- as not an event (``not_event=True`` with a reason).

``record`` adds events no imported notice carries (a decision read out at a meeting): a
notice of kind ``record`` cited by what the person names (``cite``), and a resolution with
its events. Every resolution says who (the OS account) and when, is append-only and is an
entry of the hash chain (``ledger.chain``). A retracted notice's open items and resolutions
are ignored like its events.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.orm import Session

from . import chain
from .checks import Phrase
from .dates import moment_text
from .db import write_lock
from .errors import LedgerError, NotFound
from .i18n import N_, _
from .identities import Asserted
from .models import Assertion, Event, Notice, OpenItem, Resolution, withdrawn_notices
from .text import doc_key
from .visibility import clean_query, known_at, visible_notices

ACTIONS = (N_("appoint"), N_("remove"), N_("confirm"))


# --- what a person reads in a clause ----------------------------------------------------------


@dataclass
class EventSpec:
    """One event as a person states it: action, person, post and qualifiers."""

    action: str
    person: str
    post: str
    probation_until: dt.date | None = None
    rank: str | None = None
    other: list[str] = field(default_factory=list)  # other qualifiers, kept verbatim (挂职两年, 兼任)

    def checked(self) -> EventSpec:
        """Cleaned as notices are stored (NFKC, no white space, simplified), or LedgerError."""
        action = self.action.strip().lower()
        if action not in ACTIONS:
            raise LedgerError(
                N_("unknown action {action!r}: one of {actions}"), action=self.action, actions=", ".join(ACTIONS)
            )
        person, post = clean_query(self.person), clean_query(self.post)
        if not person:
            raise LedgerError(N_("an event needs a person"))
        if not post:
            raise LedgerError(N_("an event needs a post"))
        too_long = (
            (N_("person is {length} characters, more than the ledger keeps ({limit})"), person, 100),
            (N_("post is {length} characters, more than the ledger keeps ({limit})"), post, 300),
            (N_("rank is {length} characters, more than the ledger keeps ({limit})"), self.rank or "", 50),
        )
        for template, value, limit in too_long:
            if len(value) > limit:
                raise LedgerError(template, length=len(value), limit=limit)
        other = [clean_query(q) for q in self.other if clean_query(q)]
        rank = clean_query(self.rank) if self.rank else None
        return EventSpec(action, person, post, self.probation_until, rank or None, other)

    @property
    def qualifiers(self) -> list[str]:
        words = list(self.other)
        if self.rank:
            words.append(self.rank)
        if self.probation_until:
            words.append(f"试用期至{self.probation_until.isoformat()}")
        return words

    def describe(self) -> str:
        notes = ", ".join(self.qualifiers)
        return f"{self.action} {self.person} {self.post}" + (f" ({notes})" if notes else "")


def parse_event(text: str) -> EventSpec:
    """``ACTION|PERSON|POST[|QUALIFIER...]``: a qualifier is ``probation-until=DATE``,
    ``rank=RANK``, or any other text, kept verbatim (``挂职两年``)."""
    from .dates import parse_user_date

    parts = [p.strip() for p in text.split("|")]
    if len(parts) < 3:
        raise LedgerError(
            N_("not an event: {text!r} (write ACTION|PERSON|POST, e.g. 'appoint|张三|某局局长')"), text=text
        )
    spec = EventSpec(parts[0], parts[1], parts[2])
    for part in parts[3:]:
        key, sep, value = part.partition("=")
        if sep and key.strip() == "probation-until":
            spec.probation_until = parse_user_date(value.strip())
        elif sep and key.strip() == "rank":
            spec.rank = value.strip()
        elif part:
            spec.other.append(part)
    return spec


# --- listing ------------------------------------------------------------------------------------


def event_specs(
    events: list[str] | None,
    action: str | None,
    person: str | None,
    post: str | None,
    probation_until: dt.date | None,
    rank: str | None,
    other: list[str] | None,
) -> list[EventSpec]:
    """The events a person states: each written ``ACTION|PERSON|POST[|QUALIFIER...]``, and the
    one given as action, person and post (with its qualifiers)."""
    specs = [parse_event(text) for text in events or []]
    if action or person or post:
        if not (action and person and post):
            raise LedgerError(N_("--action, --person and --post go together: all three state one event"))
        specs.append(EventSpec(action, person, post, probation_until, rank, list(other or [])))
    elif probation_until or rank or other:
        raise LedgerError(
            N_(
                "--probation-until, --rank and --other qualify the event of --action/--person/--post; "
                "in --event write them after the post: 'appoint|张三|某局局长|probation-until=2025-07-01'"
            )
        )
    return specs


@dataclass
class Item:
    """An open item as a person reviews it."""

    id: int
    notice_id: int
    doc_no: str | None
    title: str | None
    date: dt.date
    file: str
    line: int
    placed: Phrase | None  # page 3; table 1, row 2; None for text
    clause: str
    reason: str
    resolution: Resolved | None = None

    @property
    def place(self) -> str:
        """Where in the document, in English (JSON): ``page 3``, or empty."""
        return str(self.placed) if self.placed else ""

    @property
    def where(self) -> str:
        """File, line and place, in the interface's language."""
        where = f"{self.file}:{self.line}"
        return _("{where} ({place})").format(where=where, place=self.placed.localized()) if self.placed else where

    @property
    def notice(self) -> str:
        return self.doc_no or self.title or _("notice {id}").format(id=self.notice_id)

    @property
    def is_open(self) -> bool:
        return self.resolution is None


@dataclass
class Resolved:
    """What became of an open item, or what ``record`` added."""

    id: int
    verdict: str  # events | not-event | record
    reason: str | None
    by: str
    at: dt.datetime
    events: list[str] = field(default_factory=list)  # as EventSpec.describe() words them
    item: int | None = None
    notice: str | None = None


def _place(row) -> Phrase | None:
    if row.page is not None:
        return Phrase(N_("page {page}"), {"page": row.page})
    if row.table_no is not None and row.table_row is not None:
        return Phrase(N_("table {table}, row {row}"), {"table": row.table_no, "row": row.table_row})
    if row.table_no is not None:
        return Phrase(N_("table {table}"), {"table": row.table_no})
    if row.paragraph is not None:
        return Phrase(N_("paragraph {paragraph}"), {"paragraph": row.paragraph})
    return None


def _resolutions_known(session: Session):
    moment = known_at(session)
    stmt = select(Resolution)
    return stmt.where(Resolution.resolved_at <= moment) if moment is not None else stmt


def open_items(session: Session, *, include_resolved: bool = False) -> list[Item]:
    """Open items of the notices in force (oldest first); resolved ones too if asked."""
    rows = session.execute(
        select(OpenItem, Notice.doc_no, Notice.title, Notice.date, Notice.source_file)
        .join(Notice, Notice.id == OpenItem.notice_id)
        .where(visible_notices(session))
        .order_by(OpenItem.id)
    ).all()
    ids = [row[0].id for row in rows]
    resolved = _resolved(session, ids) if ids else {}
    items = []
    for item, doc_no, title, date, source_file in rows:
        view = Item(
            item.id, item.notice_id, doc_no, title, date, source_file, item.line, _place(item),
            item.clause, item.reason, resolved.get(item.id),
        )  # fmt: skip
        if include_resolved or view.is_open:
            items.append(view)
    return items


def _resolved(session: Session, item_ids: list[int]) -> dict[int, Resolved]:
    found = {}
    stmt = _resolutions_known(session).where(Resolution.open_item_id.in_(item_ids))
    resolutions = list(session.scalars(stmt))
    events = _event_words(session, [r.id for r in resolutions])
    for r in resolutions:
        found[r.open_item_id] = Resolved(
            r.id, r.verdict, r.reason, r.resolved_by, r.resolved_at, events.get(r.id, []), r.open_item_id
        )
    return found


def _event_words(session: Session, resolution_ids: list[int]) -> dict[int, list[str]]:
    words: dict[int, list[str]] = {}
    if not resolution_ids:
        return words
    rows = session.execute(
        select(Event.resolution_id, Event.action, Event.person, Event.post, Event.qualifiers)
        .where(Event.resolution_id.in_(resolution_ids))
        .order_by(Event.id)
    )
    for resolution_id, action, person, post, qualifiers in rows:
        notes = ", ".join(qualifiers or [])
        words.setdefault(resolution_id, []).append(f"{action} {person} {post}" + (f" ({notes})" if notes else ""))
    return words


def concerning(session: Session, names: set[str]) -> list[Item]:
    """Unresolved open items whose clause names one of ``names`` (posts, post tails, people,
    organisations): an answer about them may be incomplete until they are resolved."""
    names = {n for n in names if n}
    if not names:
        return []
    return [item for item in open_items(session) if any(name in item.clause for name in names)]


# --- resolving ----------------------------------------------------------------------------------


def item_id(text: str | int) -> int:
    """An open item's id as a person types it: ``3`` or ``#3``."""
    raw = str(text).strip().lstrip("#")
    if not raw.isdigit():
        raise LedgerError(N_("not an open item: {text!r} (ledger review lists them: #1, #2, …)"), text=text)
    return int(raw)


def _who(by: str | None) -> str:
    if by:
        return by
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (a container without a user entry)
        return "unknown"


def resolve(
    engine: Engine,
    item: str | int,
    events: list[EventSpec] | None = None,
    *,
    not_event: bool = False,
    reason: str | None = None,
    by: str | None = None,
) -> Resolved:
    """Close an open item with the events read in it, or as not an event (with a reason).

    The events are appended as events of the item's notice, effective on its date, citing
    the item's line and clause; the resolution records who and when, and is chained."""
    number = item_id(item)
    events = [e.checked() for e in events or []]
    reason = (reason or "").strip() or None
    if not_event and events:
        raise LedgerError(N_("either the events read in the clause or --not-event, not both"))
    if not_event and not reason:
        raise LedgerError(N_("--not-event needs a reason (--reason TEXT): why the clause holds no decision"))
    if not not_event and not events:
        raise LedgerError(N_("say what the clause decides (--event, or --action/--person/--post), or --not-event"))
    now = dt.datetime.now(dt.UTC)
    who = _who(by)
    with engine.connect() as connection:
        connection.execution_options(write=True)
        with connection.begin():
            write_lock(connection)
            open_item = connection.execute(
                select(
                    *OpenItem.__table__.c,
                    Notice.doc_no,
                    Notice.title,
                    Notice.date,
                    Notice.id.in_(withdrawn_notices()).label("withdrawn"),
                )
                .join(Notice, Notice.id == OpenItem.notice_id)
                .where(OpenItem.id == number)
            ).first()
            if open_item is None:
                raise NotFound(N_("no open item #{number} (ledger review lists them)"), number=number)
            date = open_item.date
            label = open_item.doc_no or open_item.title or f"notice {open_item.notice_id}"
            if open_item.withdrawn:
                raise LedgerError(
                    N_("open item #{number} belongs to {label}, which is retracted: nothing to resolve"),
                    number=number,
                    label=label,
                )
            done = connection.execute(
                select(Resolution.resolved_by, Resolution.resolved_at).where(Resolution.open_item_id == number)
            ).first()
            if done is not None:
                raise LedgerError(
                    N_(
                        "open item #{number} was already resolved by {by} at {moment}"
                        " (a resolution is appended once; retract the notice to undo it)"
                    ),
                    number=number,
                    by=done.resolved_by,
                    moment=moment_text(done.resolved_at),
                )
            verdict = "not-event" if not_event else "events"
            resolution_id = _insert_resolution(connection, number, open_item.notice_id, verdict, reason, who, now)
            provenance = {
                "source": open_item.source,
                "page": open_item.page,
                "paragraph": open_item.paragraph,
                "table_no": open_item.table_no,
                "table_row": open_item.table_row,
            }
            _insert_events(
                connection, open_item.notice_id, resolution_id, events, date, open_item.line, open_item.clause,
                provenance,
            )  # fmt: skip
            chain.append(connection, [("resolution", resolution_id)])
    return Resolved(resolution_id, verdict, reason, who, now, [e.describe() for e in events], number, label)


def record(
    engine: Engine,
    date: dt.date,
    cite: str,
    events: list[EventSpec],
    *,
    reason: str | None = None,
    by: str | None = None,
) -> Resolved:
    """Append events no imported notice carries, cited by ``cite`` (a meeting, a letter):
    a notice of kind ``record`` dated ``date`` and a resolution holding the events."""
    cite = " ".join(cite.split())
    if not cite:
        raise LedgerError(N_("a recorded event needs a citation (--cite TEXT): where the decision was read"))
    if len(cite) > 100:
        raise LedgerError(
            N_("the citation is {length} characters; at most 100 (it stands where a doc number does)"), length=len(cite)
        )
    events = [e.checked() for e in events]
    if not events:
        raise LedgerError(N_("say what was decided (--event, or --action/--person/--post)"))
    now = dt.datetime.now(dt.UTC)
    who = _who(by)
    words = [e.describe() for e in events]
    digest = hashlib.sha256(
        "\n".join(["record", who, now.isoformat(), date.isoformat(), cite, *words]).encode("utf-8")
    ).hexdigest()
    with engine.connect() as connection:
        connection.execution_options(write=True)
        with connection.begin():
            write_lock(connection)
            notice_id = connection.execute(
                insert(Notice.__table__).returning(Notice.__table__.c.id),
                {
                    "content_hash": digest,
                    "doc_no": cite,
                    "doc_key": doc_key(cite),
                    "title": cite,
                    "issuer": None,
                    "signed_by": None,
                    "date": date,
                    "source_file": f"recorded by {who}",
                    "first_line": 1,
                    "last_line": 1,
                    "text": cite,
                    "imported_at": now,
                    "kind": "record",
                    "note": reason,
                },
            ).scalar_one()
            resolution_id = _insert_resolution(connection, None, notice_id, "record", reason, who, now)
            _insert_events(connection, notice_id, resolution_id, events, date, 1, cite, {"source": "text"})
            chain.append(connection, [("notice", notice_id), ("resolution", resolution_id)])
    return Resolved(resolution_id, "record", reason, who, now, words, None, cite)


def _insert_resolution(
    connection: Connection,
    item: int | None,
    notice_id: int,
    verdict: str,
    reason: str | None,
    who: str,
    now: dt.datetime,
) -> int:
    return connection.execute(
        insert(Resolution.__table__).returning(Resolution.__table__.c.id),
        {
            "open_item_id": item,
            "notice_id": notice_id,
            "verdict": verdict,
            "reason": reason,
            "resolved_by": who[:100],
            "resolved_at": now,
        },
    ).scalar_one()


def _insert_events(
    connection: Connection,
    notice_id: int,
    resolution_id: int,
    events: list[EventSpec],
    effective: dt.date,
    line: int,
    clause: str,
    provenance: dict,
) -> None:
    if not events:
        return
    from .importer import _add_posts
    from .search import add_search_names

    last = connection.execute(select(func.max(Event.seq)).where(Event.notice_id == notice_id)).scalar()
    first = 0 if last is None else last + 1
    connection.execute(
        insert(Event.__table__),
        [
            {
                "notice_id": notice_id,
                "seq": first + n,
                "action": e.action,
                "person": e.person,
                "post": e.post,
                "effective": effective,
                "probation": None,
                "probation_until": e.probation_until,
                "secondment": None,
                "secondment_until": None,
                "rank": e.rank,
                "manner": None,
                "qualifiers": e.qualifiers,
                "line": line,
                "clause": clause,
                "source": provenance.get("source", "text"),
                "page": provenance.get("page"),
                "paragraph": provenance.get("paragraph"),
                "table_no": provenance.get("table_no"),
                "table_row": provenance.get("table_row"),
                "resolution_id": resolution_id,
            }
            for n, e in enumerate(events)
        ],
    )
    _add_posts(connection, {e.post for e in events})
    add_search_names(connection, {e.person for e in events}, {e.post for e in events})


# --- assertions (``ledger.identities``) ------------------------------------------------------


def assert_identity(
    engine: Engine,
    kind: str,
    subject: str,
    object_: str,
    cite: str,
    *,
    piece: str | None = None,
    effective: dt.date | None = None,
    by: str | None = None,
) -> Asserted:
    """Append an assertion and chain it; refused without a citation, or when it says nothing."""
    subject, object_ = clean_query(subject), clean_query(object_)
    cite = cite.strip()
    if not cite:
        raise LedgerError(N_("an assertion needs what it rests on (--cite TEXT): a document, a decision, a source"))
    if not subject or not object_ or subject == object_:
        raise LedgerError(N_("an assertion needs two different names"))
    if kind == "split" and not (piece := clean_query(piece or "")):
        raise LedgerError(N_("a split needs --where TEXT: what the other person's post names hold"))
    now = dt.datetime.now(dt.UTC)
    row = {
        "kind": kind,
        "subject": subject,
        "object": object_,
        "piece": piece if kind == "split" else None,
        "effective": effective,
        "cite": cite,
        "asserted_by": _who(by),
        "asserted_at": now,
    }
    with engine.connect() as connection:
        connection.execution_options(write=True)
        with connection.begin():
            write_lock(connection)
            ref = connection.execute(insert(Assertion).values(**row).returning(Assertion.id)).scalar_one()
            chain.append(connection, [("assertion", ref)])
    return Asserted(ref, **row)
