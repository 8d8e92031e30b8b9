"""`verify --deep`: each notice read again from the lines it was read from, its events
compared with those stored.

The chain proves that what is stored has not changed since it was logged; it cannot prove
that what was logged is what the notice says (a trigger rewriting rows before they were
hashed, a ledger written by a parser with a bug since fixed). Reading the notice's stored
lines again (``notices.block``, migration 0011) with today's parser, and comparing, can.

A difference is a finding, not a verdict: the parser may read better today than when the
notice was imported; the notice, its line and the events on each side say which it is.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from .chain import Problem
from .checks import Phrase
from .i18n import N_
from .models import Event, Notice, OpenItem

#: What is compared of an event: what an answer shows of it.
_Key = tuple[str, str, str, dt.date | None, dt.date | None, dt.date | None, str | None, int]


@dataclass
class DeepReading:
    read: int = 0  # notices read again
    unkept: int = 0  # notices imported before their lines were kept (migration 0011)
    problems: list[Problem] = field(default_factory=list)


def _key(action, person, post, effective, probation_until, secondment_until, rank, line, manner) -> _Key:
    if "更正" in (manner or ""):
        # a correction takes the date of the notice it corrects when both came in one file
        # (parse._date_corrections_by_cited_number): not known from this notice alone
        effective = probation_until = None
    return (action, person, post, effective, probation_until, secondment_until, rank, line)


def reread(connection: Connection) -> DeepReading:
    """Every personnel notice read again; a problem for each whose stored lines no longer give
    its text, or whose events (or open items) differ from what its lines read to."""
    from .importer import readable_events
    from .parse.clauses import read_clauses
    from .parse.metadata import read_metadata
    from .parse.records import ParsedNotice
    from .parse.split import Block

    result = DeepReading()
    n, e, o = Notice.__table__.c, Event.__table__.c, OpenItem.__table__.c
    stored: dict[int, Counter] = {}
    for row in connection.execute(
        select(
            e.notice_id, e.action, e.person, e.post, e.effective, e.probation_until, e.secondment_until, e.rank,
            e.line, e.manner,
        ).where(e.resolution_id.is_(None))
    ):  # fmt: skip
        stored.setdefault(row[0], Counter())[_key(*row[1:])] += 1
    items: dict[int, Counter] = {}
    for notice_id, line, clause in connection.execute(select(o.notice_id, o.line, o.clause)):
        items.setdefault(notice_id, Counter())[(line, clause)] += 1
    notices = connection.execute(
        select(n.id, n.doc_no, n.title, n.date, n.text, n.block).where(n.kind == "personnel").order_by(n.id)
    )
    for notice_id, doc_no, title, date, text, block_json in notices:
        name = doc_no or title or str(notice_id)
        if block_json is None:
            result.unkept += 1
            continue
        block = Block.from_json(block_json)
        if "\n".join("".join(line.text.split()) for line in block.lines) != text:
            result.problems.append(
                Problem(
                    None,
                    "reread",
                    Phrase(
                        N_("notice {notice}: its stored lines do not give its text back (changed behind the ledger)"),
                        {"notice": name},
                    ),
                )
            )
            continue
        result.read += 1
        events, issues, _ = read_clauses(read_metadata(block).body, date)
        notice = ParsedNotice(title, doc_no, None, None, date, "personnel", None, 0, 0, text, events, issues)
        read = Counter(
            _key(
                x.action, x.person, x.post, x.effective or date, x.probation_until, x.secondment_until, x.rank, x.line,
                ",".join(x.manner),
            )
            for x in readable_events(notice)
        )  # fmt: skip
        open_items = Counter((i.line, i.clause) for i in notice.open_items)
        kept = stored.get(notice_id, Counter())
        if kept != read:
            result.problems.append(_differs(name, kept - read, read - kept))
        kept_items = items.get(notice_id, Counter())
        if kept_items != open_items:
            counts = {"notice": name, "stored": kept_items.total(), "read": open_items.total()}
            template = N_(
                "notice {notice}: its open items are not those its lines read to ({stored} stored, {read} read)"
            )
            result.problems.append(Problem(None, "reread", Phrase(template, counts)))
    return result


def _differs(notice: str, only_stored: Counter, only_read: Counter) -> Problem:
    def first(found: Counter) -> str:
        if not found:
            return "-"
        action, person, post, _, _, _, _, line = min(found, key=lambda key: key[7])
        return f"{action} {person} {post} (line {line})"

    return Problem(
        None,
        "reread",
        Phrase(
            N_(
                "notice {notice}: the events stored are not those its lines read to: {stored} stored and not read "
                "(first: {first_stored}), {read} read and not stored (first: {first_read})"
            ),
            {
                "notice": notice,
                "stored": only_stored.total(),
                "first_stored": first(only_stored),
                "read": only_read.total(),
                "first_read": first(only_read),
            },
        ),
    )
