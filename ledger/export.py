"""Export the whole ledger: CSV (one row per tenure), JSON (notices and tenures), Popolo, and
the sheets of a workbook (tenures, events, notices).

Popolo (popoloproject.com) is the open-government standard for people, organisations,
posts and memberships; its JSON loads into existing tools.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .answer import Sheet, iso
from .models import Event, Notice
from .posts import split_title
from .tenures import Tenure, fold
from .text import short_id
from .visibility import logged_events, visible_notices

CSV_COLUMNS = (
    "person",
    "post",
    "organisation",
    "title",
    "start",
    "start_doc",
    "start_notice",
    "end",
    "last_day",
    "end_doc",
    "end_notice",
    "probation_until",
    "confirmed_on",
    "secondment_until",
    "rank",
    "manner",
)
TENURE_DATES = frozenset({"start", "end", "last_day", "probation_until", "confirmed_on", "secondment_until"})


def all_tenures(session: Session) -> list[Tenure]:
    tenures, _ = fold(logged_events(session))
    return tenures


def tenure_row(t: Tenure) -> dict:
    org, title = split_title(t.post)
    return {
        "person": t.person,
        "post": t.post,
        "organisation": org,
        "title": title,
        "start": iso(t.start),
        "start_doc": t.start_doc,
        "start_notice": short_id(t.opened_by.notice_hash) if t.opened_by and t.opened_by.notice_hash else None,
        "end": iso(t.end),
        "last_day": iso(t.last_day),
        "end_doc": t.end_doc,
        "end_notice": short_id(t.closed_by.notice_hash) if t.closed_by and t.closed_by.notice_hash else None,
        "probation_until": iso(t.probation_until),
        "confirmed_on": iso(t.confirmed_on),
        "secondment_until": iso(t.secondment_until),
        "rank": t.rank,
        "manner": t.manner,
    }


def to_csv(session: Session) -> Iterator[str]:
    """UTF-8 with BOM so that spreadsheet programs read the Chinese text correctly."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    buffer.write("\ufeff")
    writer.writeheader()
    for tenure in all_tenures(session):
        writer.writerow(tenure_row(tenure))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _notices(session: Session) -> Iterator[Notice]:
    return iter(
        session.scalars(
            select(Notice)
            .where(visible_notices(session))
            .options(selectinload(Notice.events))
            .order_by(Notice.date, Notice.id)
        )
    )


def notice_fields(n: Notice) -> dict:
    """A notice as the JSON export gives it, without its events."""
    return {
        "id": short_id(n.content_hash),
        "doc_no": n.doc_no,
        "title": n.title,
        "issuer": n.issuer,
        "signed_by": n.signed_by,
        "date": iso(n.date),
        "source_file": n.source_file,
        "lines": [n.first_line, n.last_line],
        "content_hash": n.content_hash,
        "imported_at": n.imported_at.isoformat(),
    }


def event_fields(e: Event) -> dict:
    """An event as the JSON export gives it, inside its notice."""
    return {
        "action": e.action,
        "person": e.person,
        "post": e.post,
        "effective": iso(e.effective),
        "probation": e.probation,
        "probation_until": iso(e.probation_until),
        "secondment": e.secondment,
        "secondment_until": iso(e.secondment_until),
        "rank": e.rank,
        "manner": e.manner,
        "qualifiers": e.qualifiers,
        "line": e.line,
        "clause": e.clause,
    }


def to_json(session: Session) -> dict:
    return {
        "notices": [notice_fields(n) | {"events": [event_fields(e) for e in n.events]} for n in _notices(session)],
        "tenures": [tenure_row(t) for t in all_tenures(session)],
    }


#: The JSON export's notices and events as flat rows: a notice's line span in two columns, an
#: event's notice named by its id (the notices sheet's first column), its qualifiers joined.
NOTICE_COLUMNS = (
    "id",
    "doc_no",
    "title",
    "issuer",
    "signed_by",
    "date",
    "source_file",
    "first_line",
    "last_line",
    "content_hash",
    "imported_at",
)
EVENT_COLUMNS = (
    "notice",
    "action",
    "person",
    "post",
    "effective",
    "probation",
    "probation_until",
    "secondment",
    "secondment_until",
    "rank",
    "manner",
    "qualifiers",
    "line",
    "clause",
)
NOTICE_DATES = frozenset({"date"})
EVENT_DATES = frozenset({"effective", "probation_until", "secondment_until"})


def notice_rows(session: Session) -> Iterator[dict]:
    for n in _notices(session):
        row = notice_fields(n)
        row["first_line"], row["last_line"] = row.pop("lines")
        yield {c: row[c] for c in NOTICE_COLUMNS}


def event_rows(session: Session) -> Iterator[dict]:
    for n in _notices(session):
        for e in n.events:
            row = event_fields(e)
            row["qualifiers"] = "; ".join(row["qualifiers"] or ()) or None
            yield {"notice": short_id(n.content_hash), **row}


def sheets(open_session: Callable[[], Session]) -> list[Sheet]:
    """The export as a workbook: tenures (the CSV's rows), events and notices (the JSON's).
    Each sheet's rows are read in a session of their own, and only when a format reads them."""

    def rows(produce: Callable[[Session], Iterator[dict]]) -> Iterator[dict]:
        with open_session() as session:
            yield from produce(session)

    return [
        Sheet("tenures", CSV_COLUMNS, rows(lambda s: map(tenure_row, all_tenures(s))), TENURE_DATES),
        Sheet(
            "events", EVENT_COLUMNS, rows(event_rows), frozenset({"effective", "probation_until", "secondment_until"})
        ),
        Sheet("notices", NOTICE_COLUMNS, rows(notice_rows), frozenset({"date"})),
    ]


def _id(kind: str, name: str) -> str:
    """Stable identifiers: the same name gives the same id in every export."""
    return f"{kind}/{hashlib.sha1(name.encode('utf-8')).hexdigest()[:12]}"


def _source(t: Tenure, closing: bool = False) -> dict | None:
    event = t.closed_by if closing else t.opened_by
    if event is None:
        return None
    return {
        "url": f"urn:sha256:{event.notice_hash}",
        "note": f"{event.doc_no or 'notice'} ({event.effective}), {event.source_file}:{event.line}: {event.clause}",
    }


def to_popolo(session: Session) -> dict:
    """persons, organizations (the tree of ``orgs.build_tree``, each with its parent and the
    other spellings it is written under), posts (each in its organization), memberships (with
    start_date, end_date and the notices as sources), as the Popolo standard describes them."""
    from .orgs import OrgNode, build_tree

    tenures = all_tenures(session)
    posts = sorted({t.post for t in tenures})
    organizations: list[dict] = []
    org_of: dict[str, str] = {}

    def add(node: OrgNode, parent_id: str | None) -> None:
        org_id = _id("organization", "/".join((node.place, *node.keys)))
        org: dict = {"id": org_id, "name": node.name}
        if parent_id is not None:
            org["parent_id"] = parent_id
        if others := sorted(s for s in node.spellings if s != node.name):
            org["other_names"] = [{"name": name} for name in others]
        organizations.append(org)
        org_of.update((p.post, org_id) for p in node.posts)
        for key in sorted(node.children):
            add(node.children[key], org_id)

    for root in build_tree(posts):
        add(root, None)
    spellings: dict[str, set[str]] = {}
    for t in tenures:  # a person's other spellings, where ``person merge`` made them one
        for event in (t.opened_by, t.closed_by):
            if event is not None and event.written_person and not t.person.startswith(f"{event.written_person}("):
                spellings.setdefault(t.person, set()).add(event.written_person)
    memberships = []
    for n, t in enumerate(tenures, start=1):
        membership = {
            "id": f"membership/{n}",
            "person_id": _id("person", t.person),
            "organization_id": org_of[t.post],
            "post_id": _id("post", t.post),
            "role": split_title(t.post)[1] or t.post,
            "sources": [s for s in (_source(t), _source(t, closing=True)) if s],
        }
        if t.start:
            membership["start_date"] = t.start.isoformat()
        if t.last_day:
            membership["end_date"] = t.last_day.isoformat()  # Popolo: the last day of the membership
        memberships.append(membership)
    persons = []
    for name in sorted({t.person for t in tenures}):
        person: dict = {"id": _id("person", name), "name": name}
        if name in spellings:
            person["other_names"] = [{"name": other} for other in sorted(spellings[name])]
        persons.append(person)
    return {
        "persons": persons,
        "organizations": organizations,
        "posts": [
            {
                "id": _id("post", post),
                "label": post,
                "role": split_title(post)[1] or post,
                "organization_id": org_of[post],
            }
            for post in posts
        ],
        "memberships": memberships,
    }
