"""The log made tamper-evident: every notice and retraction is an entry of a hash chain.

Triggers stop accidents, but anyone holding the database file can drop them. So, as
transparency logs and git do, each entry of the log (a notice with its events, or a
retraction) is hashed over its stored content, and chained to the entry before it:

    content_hash(n) = sha256(the entry's rows, as the database returns them)
    entry_hash(n)   = sha256(entry_hash(n-1) | kind | ref | content_hash(n))

``verify`` recomputes both from what is stored and reports the first entry that was
changed, removed or reordered. An entry cut from the end of the log leaves no trace in
what remains, so ``checkpoint`` gives the head (count and hash) to keep elsewhere; a
later ``verify`` against it proves the log has only grown since.

The hashed columns are fixed (format 1): a later migration that adds a column must not
change the content of entries already chained.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import operator
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

FORMAT = 1

#: What is hashed of each table, in this order (format 1). Ids the database assigns are
#: part of a notice (events point at it) but not of its events, which are ordered by seq.
NOTICE_COLUMNS = (
    "id, content_hash, doc_no, doc_key, title, issuer, signed_by, date, source_file, first_line, last_line, "
    "text, imported_at, kind, note"
)
EVENT_COLUMNS = (
    "notice_id, seq, action, person, post, effective, probation, probation_until, secondment, "
    "secondment_until, rank, manner, qualifiers, line, clause, source, page, paragraph, table_no, table_row"
)
PARTS = (  # the rows that belong to a notice: (table, columns, order)
    ("events", EVENT_COLUMNS, "notice_id, seq"),
    (
        "portfolios",
        "notice_id, seq, leader, relation, object, full_name, kind, principal, assisted, carried_by, line, clause",
        "notice_id, seq",
    ),
    ("body_aliases", "notice_id, alias, alias_full, body, body_full", "notice_id, id"),
    ("ab_pairs", "notice_id, leader_a, leader_b, line", "notice_id, id"),
)
RETRACTION_COLUMNS = "id, notice_id, reason, retracted_at, superseded_by"
KINDS = {"notice": ("notices", NOTICE_COLUMNS), "retraction": ("retractions", RETRACTION_COLUMNS)}
_BATCH = 20_000
_FIRST = operator.itemgetter(0)


def _canonical(value: object) -> object:
    """A value as the same text on every read: dates in ISO form, instants in UTC, JSON sorted."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _row_text(row: Iterable[object], plain: bool) -> str:
    # SQLite returns only text, numbers and NULL: repr of the row as it is. A server
    # returns dates and instants as objects, whose repr would depend on the session's zone.
    return repr(tuple(row) if plain else tuple(_canonical(v) for v in row))


def _plain(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def link(previous: str, kind: str, ref: int, content: str) -> str:
    return _sha(f"{previous}|{kind}|{ref}|{content}")


# --- hashing entries -------------------------------------------------------------------------


def notice_parts(connection: Connection, notice_ids: list[int] | None = None) -> dict[int, Any]:
    """The hash of each notice's rows in the other tables (events, portfolios, …), streamed.

    A notice's rows of one table are hashed as one text, whatever batches they arrive in."""
    plain = _plain(connection)
    hashes: dict[int, Any] = {}
    where = ""
    if notice_ids is not None:
        if not notice_ids:
            return hashes
        where = f" WHERE notice_id IN ({', '.join(str(int(i)) for i in notice_ids)})"

    def add(table: str, rows: list) -> None:
        for notice_id, group in itertools.groupby(rows, key=_FIRST):
            digest = hashes.get(notice_id)
            if digest is None:
                digest = hashes[notice_id] = hashlib.sha256()
            digest.update(f"{table}:{_row_text(itertools.chain.from_iterable(group), plain)}".encode())

    for table, columns, order in PARTS:
        result = connection.exec_driver_sql(f"SELECT {columns} FROM {table}{where} ORDER BY {order}")
        carry: list = []
        while rows := result.fetchmany(_BATCH):
            rows = carry + rows if carry else rows
            cut = len(rows)  # hold back the last notice's rows: more may come in the next batch
            while cut and rows[cut - 1][0] == rows[-1][0]:
                cut -= 1
            add(table, rows[:cut])
            carry = rows[cut:]
        add(table, carry)
    return hashes


def entry_contents(connection: Connection, kind: str, refs: list[int] | None = None) -> dict[int, str]:
    """content_hash of each entry of ``kind`` (all, or those with ids in ``refs``)."""
    table, columns = KINDS[kind]
    plain = _plain(connection)
    where = ""
    if refs is not None:
        if not refs:
            return {}
        where = f" WHERE id IN ({', '.join(str(int(i)) for i in refs)})"
    parts = notice_parts(connection, refs) if kind == "notice" else {}
    contents = {}
    for row in connection.exec_driver_sql(f"SELECT {columns} FROM {table}{where}"):
        text = _row_text(row, plain)
        if kind == "notice":
            extra = parts.get(row[0])
            text += extra.hexdigest() if extra is not None else ""
        contents[row[0]] = _sha(text)
    return contents


def head(connection: Connection) -> tuple[int, str]:
    """(entries, hash of the last) of the chain: (0, '') when empty."""
    row = connection.exec_driver_sql("SELECT seq, entry_hash FROM chain ORDER BY seq DESC LIMIT 1").first()
    return (row[0], row[1]) if row else (0, "")


def append(connection: Connection, entries: list[tuple[str, int]]) -> None:
    """Chain new entries (kind, id), in order, inside the writer's transaction and lock."""
    if not entries:
        return
    seq, previous = head(connection)
    contents = {kind: entry_contents(connection, kind, [r for k, r in entries if k == kind]) for kind in KINDS}
    rows = []
    for kind, ref in entries:
        seq += 1
        content = contents[kind][ref]
        previous = link(previous, kind, ref, content)
        rows.append({"seq": seq, "kind": kind, "ref": ref, "content_hash": content, "entry_hash": previous})
    from sqlalchemy import insert

    from .models import ChainEntry

    connection.execute(insert(ChainEntry.__table__), rows)


# --- verifying ---------------------------------------------------------------------------------


@dataclass
class Problem:
    seq: int | None  # the chain entry, or None for rows outside the chain
    what: str  # changed | removed | reordered | unchained | truncated | rewritten
    message: str


@dataclass
class Verification:
    entries: int
    head: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def checkpoint(self) -> str:
        return f"{self.entries}:{self.head}"


def _describe(connection: Connection, kind: str, ref: int) -> str:
    if kind == "notice":
        row = connection.exec_driver_sql(
            "SELECT doc_no, title, imported_at FROM notices WHERE id = ?"
            if _plain(connection)
            else "SELECT doc_no, title, imported_at FROM notices WHERE id = %s",
            (ref,),
        ).first()
        if row:
            return f"notice {row[0] or row[1] or ref} (id {ref}, imported {str(row[2])[:16]})"
        return f"notice id {ref}"
    return f"retraction id {ref}"


def verify(connection: Connection, checkpoint: str | None = None) -> Verification:
    """Recompute the chain from what is stored; the first break, and any rows outside it."""
    chain = connection.exec_driver_sql("SELECT seq, kind, ref, content_hash, entry_hash FROM chain ORDER BY seq").all()
    contents = {kind: entry_contents(connection, kind) for kind in KINDS}
    result = Verification(len(chain), chain[-1][4] if chain else "")
    previous, expected_seq = "", 1
    problems = result.problems
    for seq, kind, ref, content_hash, entry_hash in chain:
        if seq != expected_seq:
            problems.append(Problem(expected_seq, "removed", f"entry {expected_seq} is missing from the chain"))
            break
        expected_seq += 1
        content = contents.get(kind, {}).get(ref)
        if content is None:
            problems.append(Problem(seq, "removed", f"entry {seq}: {kind} id {ref} is no longer in the ledger"))
            break
        if content != content_hash:
            what = _describe(connection, kind, ref)
            problems.append(Problem(seq, "changed", f"entry {seq}: {what} was changed after it was logged"))
            break
        if link(previous, kind, ref, content) != entry_hash:
            problems.append(
                Problem(
                    seq,
                    "reordered",
                    f"entry {seq}: {_describe(connection, kind, ref)} does not follow the entry before it "
                    "(entries were reordered, or one before it removed)",
                )
            )
            break
        previous = entry_hash
    chained = {(kind, ref) for _, kind, ref, _, _ in chain}
    for kind, found in contents.items():
        outside = sorted(ref for ref in found if (kind, ref) not in chained)
        if outside:
            problems.append(
                Problem(
                    None,
                    "unchained",
                    f"{len(outside)} {kind}(s) not in the chain, added behind the ledger's back "
                    f"(first: {_describe(connection, kind, outside[0])})",
                )
            )
    notices = contents["notice"]
    orphans = [notice_id for notice_id in notice_parts(connection) if notice_id not in notices]
    if orphans:
        problems.append(Problem(None, "unchained", f"rows of {len(orphans)} notice(s) that are not in the ledger"))
    if checkpoint is not None:
        problems.extend(_against(checkpoint, chain))
    return result


def _against(checkpoint: str, chain: list) -> list[Problem]:
    """Has the log only grown since ``checkpoint`` (ENTRIES:HASH) was taken?"""
    from .errors import LedgerError

    count_text, _, expected = checkpoint.strip().partition(":")
    if not count_text.isdigit() or len(expected) != 64:
        raise LedgerError(f"not a checkpoint: {checkpoint!r} (ledger verify --checkpoint prints one: ENTRIES:HASH)")
    count = int(count_text)
    if len(chain) < count:
        return [
            Problem(
                None,
                "truncated",
                f"the log was truncated: the checkpoint holds {count} entries, the ledger {len(chain)}",
            )
        ]
    if count and chain[count - 1][4] != expected:
        return [Problem(count, "rewritten", f"entry {count} is not the one the checkpoint recorded: history rewritten")]
    return []
