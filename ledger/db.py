"""Engines and migrations: the only place that knows which database is in use."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from .errors import LedgerError
from .i18n import N_, _

DEFAULT_DB = "ledger.db"
#: How long a writer waits for another writer's lock before giving up, in seconds.
LOCK_WAIT_VAR = "LEDGER_LOCK_TIMEOUT"


def lock_wait() -> float:
    """Seconds from LEDGER_LOCK_TIMEOUT (30 unset); a value that is no such number is the user's to fix."""
    raw = os.environ.get(LOCK_WAIT_VAR, "").strip()
    if not raw:
        return 30.0
    try:
        seconds = float(raw)
    except ValueError:
        seconds = float("nan")
    if not 0 <= seconds <= 86400:  # (nan, inf and -1 all fail here)
        raise LedgerError(
            N_("{var}={raw!r}: give the seconds to wait for another writer, from 0 to 86400"),
            var=LOCK_WAIT_VAR,
            raw=raw,
        )
    return seconds


#: The newest migration. Checked against alembic_version without importing Alembic, so that
#: a query on an up-to-date database starts fast; a test keeps it equal to migrations/.
SCHEMA_HEAD = "0012"
ENV_VAR = "LEDGER_DB"


def resolve_url(db: str | URL | None = None) -> URL:
    """A SQLAlchemy URL from ``--db``, else ``LEDGER_DB``, else ./ledger.db.

    Only a string with ``://`` is a URL; anything else is a path to a SQLite file, taken
    literally (``p%20#?x/l.db`` is a folder named ``p%20#?x``, not a URL to decode)."""
    if isinstance(db, URL):
        return db
    db = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in db:
        try:
            return make_url(db)
        except ArgumentError as exc:
            raise LedgerError(N_("not a database URL: {url} ({reason})"), url=shown(db), reason=exc) from None
    return URL.create("sqlite", database=str(Path(db).expanduser().resolve()))


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory ones)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def shown(url: str | URL) -> str:
    """A database as a user may see it: a SQLite file's path; a URL without its password."""
    if isinstance(url, str):
        if "://" not in url:
            return url
        try:
            url = make_url(url)
        except ArgumentError:
            return url.split("://", 1)[0] + "://…"
    path = sqlite_path(url)
    return str(path) if path else url.render_as_string(hide_password=True)


def explain(exc: BaseException, url: str | URL) -> LedgerError:
    """A database error as a message a user can act on, never a dump of SQL and values."""
    message = str(getattr(exc, "orig", None) or exc)
    where = shown(url)
    lowered = message.lower()
    if "readonly database" in lowered or "read-only" in lowered or "permission denied" in lowered:
        return LedgerError(
            N_("{where} is read-only: nothing written (check the file's and its folder's permissions)"), where=where
        )
    if "disk is full" in lowered or "no space left" in lowered or "could not extend file" in lowered:
        return LedgerError(
            N_("{where}: the disk is full: nothing written (free some space and run it again)"), where=where
        )
    if "database is locked" in lowered or "lock timeout" in lowered:
        return LedgerError(
            N_(
                "{where} is busy: another ledger process held its write lock for {seconds} s; nothing written "
                "(run it again when that one has finished; {var} sets how long to wait)"
            ),
            where=where,
            seconds=f"{lock_wait():g}",
            var=LOCK_WAIT_VAR,
        )
    if "unable to open database" in lowered or "not a database" in lowered or "malformed" in lowered:
        return LedgerError(N_("cannot use {where}: {reason}"), where=where, reason=message.splitlines()[0])
    if "append-only" in lowered:
        # the database's own refusal (a trigger of the append-only log), already a sentence
        return LedgerError(f"{where}: {message.splitlines()[0]}")
    first = message.strip().splitlines()[0] if message.strip() else type(exc).__name__
    return LedgerError(N_("{where}: database error: {reason}"), where=where, reason=first[:200])


def _sqlite_connect(dbapi_connection, _record) -> None:
    import sqlite3

    # WAL lets readers run beside one writer; the busy timeout makes a second writer
    # wait for the first instead of failing at once.
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={int(lock_wait() * 1000)}")
    try:
        _wal(cursor)
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):  # a read-only copy is read in whatever mode it was left
            raise
    # In WAL mode NORMAL never corrupts and loses nothing on a process crash (kill -9);
    # only a power cut may lose the last commits. It spares an fsync per import.
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Checkpoint the log every ~40 MB rather than every 4 MB: a large import commits once
    # per file, and each checkpoint syncs the database file.
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    # A 64 MB page cache (default 2 MB): a large ledger's indexes stay warm between queries.
    # (A memory map was as fast, but its pages count as the importer's memory.)
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
    # Take transaction control from the driver, so that BEGIN is ours to emit (below).
    dbapi_connection.isolation_level = None


def _wal(cursor) -> None:
    """Put the database in WAL mode (a setting kept in the file: usually it already is).

    Switching needs a lock that SQLite does not wait for with the busy timeout: two
    processes opening a new database at once would see one of them fail with "database is
    locked". So the switch is retried, for as long as the busy timeout would have waited."""
    import sqlite3
    import time

    if cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        return
    deadline = time.monotonic() + lock_wait()
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _sqlite_begin(connection) -> None:
    # A writer that reads before it writes (is this notice known?) must hold the write lock
    # from its first read; otherwise two importers both read "unknown" and the second
    # fails on a stale snapshot. Connections marked write=True begin IMMEDIATE.
    immediate = connection.get_execution_options().get("write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _read_only_connection(path: Path):
    """A SQLite file this process may not write, read with its write-ahead log (what was
    imported since the last checkpoint) where SQLite can; where it cannot (no shared-memory
    file beside it, and a folder this process may not write), read as immutable: the file
    alone, said in a warning when a log beside it holds writes the answers will miss."""
    import sqlite3
    import warnings

    from .errors import LedgerWarning

    try:
        connection = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, check_same_thread=False)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError:
        pass
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        warnings.warn(
            # a warning is only ever said, never kept: worded at once in the interface's language
            LedgerWarning(
                _(
                    "{path} is read as it was at its last checkpoint: its write-ahead log ({wal}) cannot be "
                    "read from this account, so answers may miss the latest imports (ask its owner to run any "
                    "ledger command on it, which checkpoints the log)"
                ).format(path=path, wal=wal.name)
            ),
            stacklevel=2,
        )
    return sqlite3.connect(path.as_uri() + "?mode=ro&immutable=1", uri=True, check_same_thread=False)


def make_engine(url: str | URL, read_only: bool = False) -> Engine:
    """``read_only``: a SQLite file this process may not write (a shared, read-only copy)."""
    try:
        if read_only:
            path = Path(str(resolve_url(url).database))
            engine = create_engine("sqlite://", creator=lambda: _read_only_connection(path))
        else:
            engine = create_engine(url)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise LedgerError(N_("cannot use database {url}: {reason}"), url=shown(url), reason=exc) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def write_lock(connection) -> None:
    """Serialise writers for the rest of this transaction (the SQLite side is BEGIN IMMEDIATE)."""
    if connection.dialect.name == "postgresql":
        # waits for another writer as long as SQLite's busy timeout would, then fails alike
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(lock_wait() * 1000)}ms'")
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7418170)")


def migrations_dir() -> str:
    """The installed ``ledger.migrations``; in a bare source checkout, the top-level folder."""
    try:
        return str(files("ledger.migrations"))
    except ModuleNotFoundError:
        return str(Path(__file__).resolve().parent.parent / "migrations")


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", migrations_dir())
    return config


def _current_revision(connection) -> str | None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        message = str(exc.orig)
        if "no such table" in message or "does not exist" in message:  # a new database
            connection.rollback()
            return None
        raise LedgerError(
            N_("cannot use database {url}: {reason}"), url=shown(connection.engine.url), reason=message
        ) from None


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; one cheap query when it is already there.

    Two processes opening a new database at once must not both migrate it: the upgrade runs
    under the write lock and looks at the schema's version again once it holds it.
    """
    try:
        with engine.connect() as connection:
            current = _current_revision(connection)
            if current == SCHEMA_HEAD:
                return
    except DBAPIError as exc:
        raise explain(exc, engine.url) from None
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _alembic_config()
    script = ScriptDirectory.from_config(config)
    heads = set(script.get_heads())
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise LedgerError(
            N_(
                "{url} was written by a newer ledger (schema {current}; this one knows up to {head}): upgrade "
                "ledger to use it. Nothing was changed."
            ),
            url=shown(engine.url),
            current=current,
            head=SCHEMA_HEAD,
        )
    try:
        with engine.connect() as connection:
            connection.execution_options(write=True)
            with connection.begin():
                write_lock(connection)
                if set(MigrationContext.configure(connection).get_current_heads()) != heads:
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
    except DBAPIError as exc:
        raise explain(exc, engine.url) from None


def open_database(db: str | URL | None = None, create: bool = True) -> Engine:
    """An engine on an up-to-date database; created if missing only when ``create``.

    Queries pass ``create=False``: a query never makes a database, so a mistyped --db
    is an error, not a new empty ledger."""
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() and not create:
            raise NoLedger(
                N_("no ledger at {path}: import notices first (ledger import FILE), or give --db"), path=path
            )
        if not path.parent.is_dir():
            raise LedgerError(N_("cannot create database {path}: no folder {folder}"), path=path, folder=path.parent)
    read_only = path is not None and not create and path.exists() and not os.access(path, os.W_OK)
    engine = make_engine(url, read_only=read_only)
    if path is not None and path.exists() and path.stat().st_size:
        refuse_foreign(engine)
    upgrade(engine)
    return engine


class NoLedger(LedgerError):
    """No database where the user pointed, for a command that only reads."""


def refuse_foreign(engine: Engine) -> None:
    """A SQLite file with tables of its own but no ledger's is another program's: never add ours."""
    try:
        with engine.connect() as connection:
            tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    except DBAPIError as exc:
        raise explain(exc, engine.url) from None
    if tables and "alembic_version" not in tables and "notices" not in tables:
        raise LedgerError(
            N_("{url} is not a ledger (it holds other tables: {tables}); give --db a new file or an existing ledger"),
            url=shown(engine.url),
            tables=", ".join(sorted(tables)[:5]),
        )
