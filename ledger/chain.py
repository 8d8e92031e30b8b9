"""The log made tamper-evident: every notice, retraction, reinstatement and resolution is an
entry of a hash chain.

Triggers stop accidents, but anyone holding the database file can drop them. So, as
transparency logs and git do, each entry of the log (a notice with the events and open items
read in it, a retraction or reinstatement, a person's resolution with the events it adds) is
hashed over its stored content, and chained to the entry before it:

    content_hash(n) = sha256(the entry's rows, as the database renders them in JSON)
    entry_hash(n)   = sha256(entry_hash(n-1) | kind | ref | content_hash(n))

``verify`` recomputes both from what is stored and reports the first entry that was
changed, removed or reordered. An entry cut from the end of the log leaves no trace in
what remains, so ``checkpoint`` gives the head (count and hash) to keep elsewhere; a
later ``verify`` against it proves the log has only grown since.

The hashed columns are fixed (format 1): a later migration that adds a column must not
change the content of entries already chained.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field

from sqlalchemy import Connection

from .checks import Phrase
from .i18n import N_

FORMAT = 1

#: What is hashed of each table, in this order (format 1). Ids the database assigns are
#: part of a notice (events point at it) but not of its events, which are ordered by seq.
NOTICE_COLUMNS = (
    "id, content_hash, doc_no, doc_key, title, issuer, signed_by, date, source_file, first_line, last_line, "
    "text, imported_at, kind, note"
)
OPEN_ITEM_COLUMNS = "notice_id, seq, line, clause, reason, source, page, paragraph, table_no, table_row"
EVENT_COLUMNS = (
    "notice_id, seq, action, person, post, effective, probation, probation_until, secondment, "
    "secondment_until, rank, manner, qualifiers, line, clause, source, page, paragraph, table_no, table_row"
)
#: The rows that belong to a notice, in the order they were written (id): (table, columns).
#: SQLite walks each through its index on notice_id, whose entries run in (notice_id, id).
#: A notice's events are those the parser read in it; events a person added by resolving one
#: of its open items belong to that resolution's entry instead (``RESOLVED_EVENTS``).
PARTS = (
    ("events", EVENT_COLUMNS),
    ("open_items", OPEN_ITEM_COLUMNS),
    (
        "portfolios",
        "notice_id, seq, leader, relation, object, full_name, kind, principal, assisted, carried_by, line, clause",
    ),
    ("body_aliases", "notice_id, alias, alias_full, body, body_full"),
    ("ab_pairs", "notice_id, leader_a, leader_b, line"),
)
#: The parts as they were before migration 0009 (which 0006 chains with).
PARTS_BEFORE_0009 = tuple((table, columns) for table, columns in PARTS if table != "open_items")
#: Only in these tables may rows be filtered (open items and resolutions came with format 1
#: unchanged: a ledger without them hashes as before).
PART_FILTERS = {"events": "resolution_id IS NULL"}
RETRACTION_COLUMNS = "id, notice_id, reason, retracted_at, superseded_by"
REINSTATEMENT_COLUMNS = "id, retraction_id, reason, reinstated_at"
RESOLUTION_COLUMNS = "id, open_item_id, notice_id, verdict, reason, resolved_by, resolved_at"
ASSERTION_COLUMNS = "id, kind, subject, object, piece, effective, cite, asserted_by, asserted_at"
#: A resolution's events, hashed with it: the event's columns and the resolution it names.
RESOLVED_EVENT_COLUMNS = EVENT_COLUMNS + ", resolution_id"
KINDS = {
    "notice": ("notices", NOTICE_COLUMNS),
    "retraction": ("retractions", RETRACTION_COLUMNS),
    "reinstatement": ("reinstatements", REINSTATEMENT_COLUMNS),
    "resolution": ("resolutions", RESOLUTION_COLUMNS),
    "assertion": ("assertions", ASSERTION_COLUMNS),
}


def _sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def _row_json(connection: Connection, columns: str) -> str:
    """An SQL expression rendering a row as JSON text, in the database (far faster than
    turning each value into a Python object). Each backend renders its own way; a ledger
    is hashed and verified on one backend, so only consistency within it matters."""
    return f"json_array({columns})" if _sqlite(connection) else f"json_build_array({columns})::text"


def _bytes(connection: Connection, expression: str) -> str:
    """The expression's text as UTF-8 bytes, handed over without decoding."""
    return f"CAST({expression} AS BLOB)" if _sqlite(connection) else f"convert_to({expression}, 'UTF8')"


def _utc(connection: Connection) -> None:
    # a server renders instants in the session's zone: the same zone for every reading
    if not _sqlite(connection):
        connection.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def link(previous: str, kind: str, ref: int, content: str) -> str:
    return _sha(f"{previous}|{kind}|{ref}|{content}")


def _where(column: str, ids: list[int] | None, span: tuple[int, int] | None) -> str:
    if ids is not None:
        return f" WHERE {column} IN ({', '.join(str(int(i)) for i in ids)})"
    if span is not None:
        return f" WHERE {column} BETWEEN {int(span[0])} AND {int(span[1])}"
    return ""


# --- hashing entries -------------------------------------------------------------------------


def _part_rows(connection: Connection, table: str, columns: str, where: str, schema: str = "head"):
    """(notice_id, the notice's rows of ``table`` as JSON lines, in bytes), by notice_id."""
    rows = _row_json(connection, columns)
    # (a row naming no notice is no part of any entry: verify reports it apart, ``orphan_rows``)
    where = f"{where} AND notice_id IS NOT NULL" if where else " WHERE notice_id IS NOT NULL"
    if table in PART_FILTERS and schema == "head":
        where = f"{where} AND {PART_FILTERS[table]}" if where else f" WHERE {PART_FILTERS[table]}"
    if _sqlite(connection):
        # group_concat joins in the order the index walks: (notice_id, id); GROUP BY over
        # the index also hands the notices over in order
        sql = (
            f"SELECT notice_id, {_bytes(connection, f'group_concat({rows}, char(10))')} "
            f"FROM {table} INDEXED BY ix_{table}_notice_id{where} GROUP BY notice_id"
        )
    else:
        sql = (
            f"SELECT notice_id, {_bytes(connection, f'string_agg({rows}, chr(10) ORDER BY id)')} "
            f"FROM {table}{where} GROUP BY notice_id ORDER BY notice_id"
        )
    return connection.exec_driver_sql(sql)


def notice_contents(
    connection: Connection, ids: list[int] | None = None, span: tuple[int, int] | None = None, schema: str = "head"
) -> dict[int, str]:
    """content_hash of each notice (all, those in ``ids``, or ids in ``span``), streamed:
    the notice's row and then its rows of each other table, merged by notice id."""
    if ids is not None and not ids:
        return {}
    _utc(connection)
    parts = [
        (table.encode(), iter(_part_rows(connection, table, columns, _where("notice_id", ids, span), schema)))
        for table, columns in (PARTS if schema == "head" else PARTS_BEFORE_0009)
    ]
    heads = [next(rows, None) for _, rows in parts]
    notices = connection.exec_driver_sql(
        f"SELECT id, {_bytes(connection, _row_json(connection, NOTICE_COLUMNS))} FROM notices"
        f"{_where('id', ids, span)} ORDER BY id"
    )
    contents = {}
    for notice_id, row in notices:
        digest = hashlib.sha256(row)
        for n, (table, rows) in enumerate(parts):
            while heads[n] is not None and heads[n][0] < notice_id:  # rows of a notice that is not there
                heads[n] = next(rows, None)
            if heads[n] is not None and heads[n][0] == notice_id:
                digest.update(b"\n" + table + b":" + heads[n][1])
                heads[n] = next(rows, None)
        contents[notice_id] = digest.hexdigest()
    return contents


def entry_contents(
    connection: Connection, kind: str, refs: list[int] | None = None, schema: str = "head"
) -> dict[int, str]:
    """content_hash of each entry of ``kind`` (all, or those with ids in ``refs``)."""
    if kind == "notice":
        return notice_contents(connection, refs, schema=schema)
    if refs is not None and not refs:
        return {}
    _utc(connection)
    table, columns = KINDS[kind]
    sql = f"SELECT id, {_row_json(connection, columns)} FROM {table}{_where('id', refs, None)}"
    if kind == "resolution":
        return _resolution_contents(connection, sql, refs)
    return {ref: _sha(text) for ref, text in connection.exec_driver_sql(sql)}


def _resolution_contents(connection: Connection, sql: str, refs: list[int] | None) -> dict[int, str]:
    """A resolution's row, then its events (in the order they were written)."""
    events: dict[int, list[str]] = {}
    rows = connection.exec_driver_sql(
        f"SELECT resolution_id, {_row_json(connection, RESOLVED_EVENT_COLUMNS)} FROM events"
        f"{_where('resolution_id', refs, None) or ' WHERE resolution_id IS NOT NULL'} ORDER BY resolution_id, id"
    )
    for resolution_id, text in rows:
        events.setdefault(resolution_id, []).append(text)
    return {
        ref: _sha("\n".join([text, *(f"events:{e}" for e in events.get(ref, []))]))
        for ref, text in connection.exec_driver_sql(sql)
    }


def head(connection: Connection) -> tuple[int, str]:
    """(entries, hash of the last) of the chain: (0, '') when empty."""
    row = connection.exec_driver_sql("SELECT seq, entry_hash FROM chain ORDER BY seq DESC LIMIT 1").first()
    return (row[0], row[1]) if row else (0, "")


def append(connection: Connection, entries: list[tuple[str, int]], schema: str = "head") -> None:
    """Chain new entries (kind, id), in order, inside the writer's transaction and lock.

    ``schema``: "0006" when migration 0006 chains the log of its day (no open items, no
    resolutions yet: the same hashes, read from the tables as they were)."""
    if not entries:
        return
    seq, previous = head(connection)
    kinds = [kind for kind in KINDS if any(k == kind for k, _ in entries)]
    contents = {kind: entry_contents(connection, kind, [r for k, r in entries if k == kind], schema) for kind in kinds}
    from .signing import signer

    key = signer() if schema == "head" else None  # (a migration chains the old log unsigned)
    rows = []
    for kind, ref in entries:
        seq += 1
        content = contents[kind][ref]
        previous = link(previous, kind, ref, content)
        row = {"seq": seq, "kind": kind, "ref": ref, "content_hash": content, "entry_hash": previous}
        if schema == "head":
            row |= {"signer": key.public if key else None, "signature": key.sign(previous) if key else None}
        rows.append(row)
    from sqlalchemy import insert

    from .models import ChainEntry

    connection.execute(insert(ChainEntry.__table__), rows)


# --- verifying ---------------------------------------------------------------------------------


#: the kinds of entry, as a problem names them: words of the catalog
ENTRY_KINDS = (N_("notice"), N_("retraction"), N_("reinstatement"), N_("resolution"), N_("assertion"))


@dataclass
class Problem:
    seq: int | None  # the chain entry, or None for rows outside the chain
    what: str  # changed | removed | reordered | unchained | truncated | rewritten
    phrase: Phrase

    @property
    def message(self) -> str:
        """In English: what JSON says."""
        return str(self.phrase)

    def localized(self) -> str:
        return self.phrase.localized()


@dataclass
class Verification:
    entries: int
    head: str
    problems: list[Problem] = field(default_factory=list)
    signed: int = 0  # entries whose signature is valid (``ledger.signing``)
    deep: object = None  # what reading every notice again found (``reread.DeepReading``), if asked

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def checkpoint(self) -> str:
        return f"{self.entries}:{self.head}"


def _describe(connection: Connection, kind: str, ref: int) -> Phrase:
    if kind == "notice":
        row = connection.exec_driver_sql(
            "SELECT doc_no, title, imported_at FROM notices WHERE id = ?"
            if _sqlite(connection)
            else "SELECT doc_no, title, imported_at FROM notices WHERE id = %s",
            (ref,),
        ).first()
        if row:
            return Phrase(
                N_("notice {notice} (id {ref}, imported {moment})"),
                {"notice": row[0] or row[1] or ref, "ref": ref, "moment": _moment(row[2])},
            )
    return _entry(kind, ref)


def _entry(kind: str, ref: int) -> Phrase:
    return Phrase(N_("{kind} id {ref}"), {"kind": kind, "ref": ref}, words=("kind",))


def _moment(value: object) -> str:
    import datetime as dt

    from .dates import moment_text

    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment_text(moment) or str(value)


#: Below this many events a ledger is verified in one process; above, notices are split
#: between worker processes, each reading its own span of them.
PARALLEL_EVENTS = 50_000


def _spans(connection: Connection, parts: int) -> list[tuple[int, int]]:
    """Notice id spans holding about as many events each."""
    total, low, high = connection.exec_driver_sql("SELECT count(*), min(notice_id), max(notice_id) FROM events").one()
    bounds = [low]
    for n in range(1, parts):
        row = connection.exec_driver_sql(
            f"SELECT notice_id FROM events ORDER BY notice_id LIMIT 1 OFFSET {total * n // parts}"
        ).first()
        bounds.append(row[0])
    spans = [(bounds[i], bounds[i + 1] - 1) for i in range(parts - 1)] + [(bounds[-1], high)]
    low_notice, high_notice = connection.exec_driver_sql("SELECT min(id), max(id) FROM notices").one()
    spans[0] = (min(low_notice, spans[0][0]), spans[0][1])  # notices without events at either end
    spans[-1] = (spans[-1][0], max(high_notice, spans[-1][1]))
    return [span for span in spans if span[0] <= span[1]]


def _contents_in(url: object, span: tuple[int, int]) -> dict[int, str]:
    """In a worker process: the content hashes of the notices in ``span``."""
    from .db import make_engine, resolve_url, sqlite_path

    path = sqlite_path(resolve_url(url))
    engine = make_engine(url, read_only=path is not None and not os.access(path, os.W_OK))
    try:
        with engine.connect() as connection:
            return notice_contents(connection, span=span)
    finally:
        engine.dispose()


def _all_notice_contents(connection: Connection, url: object | None) -> dict[int, str]:
    events = connection.exec_driver_sql("SELECT count(*) FROM events").scalar_one()
    workers = min(os.cpu_count() or 1, 4)
    if url is None or workers < 2 or events < PARALLEL_EVENTS or not _sqlite(connection):
        return notice_contents(connection)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    spans = _spans(connection, workers)
    from .workers import die_with_parent

    # workers end with the verify that started them (killed, or its pipe closed), as import's do
    with ProcessPoolExecutor(
        len(spans),
        mp_context=multiprocessing.get_context("fork"),
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        contents: dict[int, str] = {}
        for part in pool.map(_contents_in, [url] * len(spans), spans):
            contents.update(part)
    return contents


def verify(
    connection: Connection,
    checkpoint: str | None = None,
    url: object | None = None,
    trusted: set[str] | None = None,
) -> Verification:
    """Recompute the chain from what is stored; the first break, and any rows outside it.

    ``url``: the database's, for worker processes to share the work of a large ledger.
    ``trusted``: public keys; every entry must then carry a valid signature by one of them."""
    chain = connection.exec_driver_sql("SELECT seq, kind, ref, content_hash, entry_hash FROM chain ORDER BY seq").all()
    contents = {"notice": _all_notice_contents(connection, url)}
    contents |= {kind: entry_contents(connection, kind) for kind in KINDS if kind != "notice"}
    result = Verification(len(chain), chain[-1][4] if chain else "")
    previous, expected_seq = "", 1
    problems = result.problems
    for seq, kind, ref, content_hash, entry_hash in chain:
        if seq != expected_seq:
            problems.append(
                Problem(
                    expected_seq, "removed", Phrase(N_("entry {seq} is missing from the chain"), {"seq": expected_seq})
                )
            )
            break
        expected_seq += 1
        content = contents.get(kind, {}).get(ref)
        if content is None:
            problems.append(
                Problem(
                    seq,
                    "removed",
                    Phrase(
                        N_("entry {seq}: {entry} is no longer in the ledger"), {"seq": seq, "entry": _entry(kind, ref)}
                    ),
                )
            )
            break
        if content != content_hash:
            what = _describe(connection, kind, ref)
            problems.append(
                Problem(
                    seq,
                    "changed",
                    Phrase(N_("entry {seq}: {entry} was changed after it was logged"), {"seq": seq, "entry": what}),
                )
            )
            break
        if link(previous, kind, ref, content) != entry_hash:
            problems.append(
                Problem(
                    seq,
                    "reordered",
                    Phrase(
                        N_(
                            "entry {seq}: {entry} does not follow the entry before it "
                            "(entries were reordered, or one before it removed)"
                        ),
                        {"seq": seq, "entry": _describe(connection, kind, ref)},
                    ),
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
                    Phrase(
                        N_("{count} {kind}(s) not in the chain, added behind the ledger's back (first: {entry})"),
                        {"count": len(outside), "kind": kind, "entry": _describe(connection, kind, outside[0])},
                        words=("kind",),
                    ),
                )
            )
    orphans = {
        row[0]
        for table, *_ in PARTS
        for row in connection.exec_driver_sql(
            f"SELECT DISTINCT notice_id FROM {table} WHERE notice_id NOT IN (SELECT id FROM notices)"
        )
    }
    if orphans:
        problems.append(
            Problem(
                None,
                "unchained",
                Phrase(N_("rows of {count} notice(s) that are not in the ledger"), {"count": len(orphans)}),
            )
        )
    for table, count in orphan_rows(connection, unnamed_only=True).items():
        problems.append(
            Problem(
                None,
                "unchained",
                Phrase(
                    N_("{count} row(s) of {table} name no notice (an empty notice id), added behind the ledger's back"),
                    {"count": count, "table": table},
                ),
            )
        )
    strays = connection.exec_driver_sql(
        "SELECT count(*) FROM events WHERE resolution_id IS NOT NULL "
        "AND resolution_id NOT IN (SELECT id FROM resolutions)"
    ).scalar_one()
    if strays:
        problems.append(
            Problem(
                None,
                "unchained",
                Phrase(
                    N_("{count} event(s) of a resolution not in the ledger, added behind its back"), {"count": strays}
                ),
            )
        )
    if checkpoint is not None:
        problems.extend(_against(checkpoint, chain))
    result.signed, signature_problems = _signatures(connection, trusted)
    problems.extend(signature_problems)
    problems.extend(_foreign_triggers(connection))
    return result


def orphan_rows(connection: Connection, unnamed_only: bool = False) -> dict[str, int]:
    """How many rows of each of a notice's tables belong to no notice of the ledger: their
    notice id is empty, or (unless ``unnamed_only``) names a notice that is not there. No
    answer reads them (answers start from notices); ``verify`` and ``check`` say they are there."""
    test = "notice_id IS NULL" + ("" if unnamed_only else " OR notice_id NOT IN (SELECT id FROM notices)")
    found = {}
    for table, _ in PARTS:
        count = connection.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {test}").scalar_one()
        if count:
            found[table] = count
    return found


#: The ledger's own guards: named for what they refuse, and doing nothing but refuse.
_GUARD_NAME = re.compile(r"^[a-z_]+_(?:no_update|no_delete|no_replace|no_truncate|append_only)$")
_GUARD_BODY = re.compile(r"\bBEGIN\s+SELECT\s+RAISE\s*\(\s*ABORT\s*,\s*'[^']*'\s*\)\s*;\s*END\s*$", re.IGNORECASE)


def _foreign_triggers(connection: Connection) -> list[Problem]:
    """Triggers the ledger did not create: one installed beside the guards could rewrite what an
    import stores (王坤山 → 李鬼) before the chain hashes it, and the chain would certify it."""
    if _sqlite(connection):
        rows = connection.exec_driver_sql("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
        foreign = [
            (name, table)
            for name, table, sql in rows
            if not (_GUARD_NAME.match(name) and _GUARD_BODY.search(sql or ""))
        ]
    else:
        rows = connection.exec_driver_sql(
            "SELECT t.tgname, c.relname, p.proname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        )
        foreign = [
            (name, table)
            for name, table, function in rows
            if not (_GUARD_NAME.match(name) and function == "ledger_append_only")
        ]
    return [
        Problem(
            None,
            "trigger",
            Phrase(
                N_("trigger {name} on {table} was not created by the ledger: it may change what is stored"),
                {"name": name, "table": table},
            ),
        )
        for name, table in sorted(foreign)
    ]


def _signatures(connection: Connection, trusted: set[str] | None) -> tuple[int, list[Problem]]:
    """(entries signed, problems): a signature that does not sign its entry is always a problem;
    with ``trusted`` keys, so is an entry unsigned or signed by another key."""
    from .signing import signed_by

    rows = connection.exec_driver_sql("SELECT seq, entry_hash, signer, signature FROM chain ORDER BY seq").all()
    problems: list[Problem] = []
    unsigned: list[int] = []
    strangers: dict[str, list[int]] = {}
    signed = 0
    for seq, entry_hash, signer, signature in rows:
        if not signer or not signature:
            unsigned.append(seq)
            continue
        if not signed_by(entry_hash, signer, signature):
            problems.append(
                Problem(seq, "forged", Phrase(N_("entry {seq}: its signature does not match the entry"), {"seq": seq}))
            )
            continue
        signed += 1
        if trusted is not None and signer.lower() not in trusted:
            strangers.setdefault(signer, []).append(seq)
    if trusted is not None:
        if unsigned:
            problems.append(
                Problem(
                    unsigned[0],
                    "unsigned",
                    Phrase(N_("{entries} unsigned: appended without a trusted key"), {"entries": _entries(unsigned)}),
                )
            )
        for signer, seqs in strangers.items():
            problems.append(
                Problem(
                    seqs[0],
                    "untrusted",
                    Phrase(
                        N_("{entries} signed by a key not trusted ({key}…)"),
                        {"entries": _entries(seqs), "key": signer[:16]},
                    ),
                )
            )
    return signed, problems


def _entries(seqs: list[int]) -> Phrase:
    shown = ", ".join(str(s) for s in seqs[:5])
    if len(seqs) == 1:
        return Phrase(N_("entry {seq}"), {"seq": shown})
    if len(seqs) > 5:
        return Phrase(
            N_("{count} entries ({first} and {more} more)"), {"count": len(seqs), "first": shown, "more": len(seqs) - 5}
        )
    return Phrase(N_("{count} entries ({first})"), {"count": len(seqs), "first": shown})


def _against(checkpoint: str, chain: list) -> list[Problem]:
    """Has the log only grown since ``checkpoint`` (ENTRIES:HASH) was taken?"""
    from .errors import LedgerError

    count_text, _, expected = checkpoint.strip().partition(":")
    if not count_text.isdigit() or len(expected) != 64:
        raise LedgerError(
            N_("not a checkpoint: {checkpoint!r} (ledger verify --checkpoint prints one: ENTRIES:HASH)"),
            checkpoint=checkpoint,
        )
    count = int(count_text)
    if len(chain) < count:
        return [
            Problem(
                None,
                "truncated",
                Phrase(
                    N_("the log was truncated: the checkpoint holds {count} entries, the ledger {entries}"),
                    {"count": count, "entries": len(chain)},
                ),
            )
        ]
    if count and chain[count - 1][4] != expected:
        return [
            Problem(
                count,
                "rewritten",
                Phrase(N_("entry {seq} is not the one the checkpoint recorded: history rewritten"), {"seq": count}),
            )
        ]
    return []
