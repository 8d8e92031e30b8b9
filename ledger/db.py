"""Engines and migrations: the only place that knows which database is in use."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, OperationalError

from .errors import LedgerError

DEFAULT_DB = "ledger.db"
ENV_VAR = "LEDGER_DB"


def resolve_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db``, else ``LEDGER_DB``, else ./ledger.db. Paths mean SQLite."""
    db = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers run beside one writer; the busy timeout makes a second writer
    # wait for the first instead of failing at once.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise LedgerError(f"cannot use database {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


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


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; a no-op (one query) when it is already there."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _alembic_config()
    heads = set(ScriptDirectory.from_config(config).get_heads())
    try:
        with engine.connect() as connection:
            if set(MigrationContext.configure(connection).get_current_heads()) == heads:
                return
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
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
