"""Engines and migrations: the only place that knows which database is in use."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, DBAPIError

from .errors import LedgerError

DEFAULT_DB = "ledger.db"
#: The newest migration. Checked against alembic_version without importing Alembic, so that
#: a query on an up-to-date database starts fast; a test keeps it equal to migrations/.
SCHEMA_HEAD = "0005"
ENV_VAR = "LEDGER_DB"


def resolve_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db``, else ``LEDGER_DB``, else ./ledger.db. Paths mean SQLite."""
    db = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_connect(dbapi_connection, _record) -> None:
    # WAL lets readers run beside one writer; the busy timeout makes a second writer
    # wait for the first instead of failing at once.
    cursor = dbapi_connection.cursor()
    # The timeout first: switching a new database to WAL takes a lock another process may hold.
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
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


def _sqlite_begin(connection) -> None:
    # A writer that reads before it writes (is this notice known?) must hold the write lock
    # from its first read; otherwise two importers both read "unknown" and the second
    # fails on a stale snapshot. Connections marked write=True begin IMMEDIATE.
    immediate = connection.get_execution_options().get("write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise LedgerError(f"cannot use database {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def write_lock(connection) -> None:
    """Serialise writers for the rest of this transaction (the SQLite side is BEGIN IMMEDIATE)."""
    if connection.dialect.name == "postgresql":
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
        raise LedgerError(f"cannot use database {connection.engine.url!r}: {message}") from None


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; one cheap query when it is already there.

    Two processes opening a new database at once must not both migrate it: the upgrade runs
    under the write lock and looks at the schema's version again once it holds it.
    """
    try:
        with engine.connect() as connection:
            if _current_revision(connection) == SCHEMA_HEAD:
                return
    except DBAPIError as exc:
        raise LedgerError(f"cannot open database {engine.url!r}: {exc.orig}") from None
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _alembic_config()
    heads = set(ScriptDirectory.from_config(config).get_heads())
    try:
        with engine.connect() as connection:
            connection.execution_options(write=True)
            with connection.begin():
                write_lock(connection)
                if set(MigrationContext.configure(connection).get_current_heads()) != heads:
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
    except DBAPIError as exc:
        raise LedgerError(f"cannot open database {engine.url!r}: {exc.orig}") from None


def open_database(db: str | None = None) -> Engine:
    """An engine on an up-to-date database, created if missing."""
    url = resolve_url(db)
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        parent = Path(url.removeprefix("sqlite:///")).parent
        if not parent.is_dir():
            raise LedgerError(f"cannot create database {url.removeprefix('sqlite:///')}: no folder {parent}")
    engine = make_engine(url)
    upgrade(engine)
    return engine
