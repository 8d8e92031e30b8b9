"""Shared fixtures: the seed gazette, a CLI runner bound to a fresh database.

The suite runs on SQLite (a file per test). With LEDGER_TEST_DATABASE_URL set to a
PostgreSQL server, the very same tests run against it instead, each in a schema of its own:
`.ci/run` does both.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from ledger.cli import app
from ledger.db import resolve_url

# The property tests draw the same examples on every run, so CI on a clean clone is reproducible;
# HYPOTHESIS_PROFILE=explore draws new ones (how the last two slips of the parser were found).
settings.register_profile("fixed", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))

# The suite reads English answers whatever the machine's locale; tests/test_i18n.py sets the
# language of each process it starts.
os.environ["LEDGER_LANG"] = "en"

SERVER = os.environ.get("LEDGER_TEST_DATABASE_URL")
BACKEND = "postgresql" if SERVER else "sqlite"
sqlite_only = pytest.mark.skipif(BACKEND != "sqlite", reason="checks SQLite files directly")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "000_2382a5a68e7547d5.txt"
SEED_GOLD = Path(__file__).resolve().parent / "seed" / "000_2382a5a68e7547d5.gold.json"


@contextmanager
def fresh_database(folder: Path) -> Iterator[str]:
    """What a user passes to --db: a SQLite path, or a PostgreSQL URL on a fresh schema."""
    if not SERVER:
        yield str(folder / "ledger.db")
        return
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{SERVER}{'&' if '?' in SERVER else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    with fresh_database(tmp_path) as url:
        yield url


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo gazette imported once, for a module's tests that only read."""
    with fresh_database(tmp_path_factory.mktemp("demo")) as url:
        result = CliRunner().invoke(app, ["--db", url, "import", str(SEED)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        yield url


def count(db: str, table: str) -> int:
    """Rows in a table, read straight from the database (not through the ledger). A SQLite
    ledger that is not there holds none (a failed first import leaves none): looked at
    without creating it."""
    url = resolve_url(db)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        return 0
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    finally:
        engine.dispose()


@pytest.fixture
def run(db: str) -> Callable:
    """Run the real CLI against a fresh database: run("who-holds", "X", "--on", "2024-05-01")."""
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, ["--db", db, *args], catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """The demo gazette imported once per session into a SQLite file that tests copy (None on
    PostgreSQL, where each test imports it into its own schema)."""
    if SERVER:
        return None
    path = tmp_path_factory.mktemp("seeded") / "ledger.db"
    result = CliRunner().invoke(app, ["--db", str(path), "import", str(SEED)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def seeded(run: Callable, db: str, seeded_file: Path | None) -> Callable:
    """A ledger of the demo gazette, the test's own to change: on SQLite a copy of one import
    (SQLite's backup reads it whole, write-ahead log included), on PostgreSQL an import."""
    if seeded_file is None:
        result = run("import", str(SEED))
        assert result.exit_code == 0, result.output
        return run
    import sqlite3

    source, target = sqlite3.connect(seeded_file), sqlite3.connect(db)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return run


def as_json(result) -> object:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


#: Four notices over two years (for the timeline): a secondment, an acting head, a vacancy between two
#: heads of a single-head post, and two heads at once.
COUNTY = """某某县人民政府
关于甲一任职的通知
任命：
甲一同志为某某县水利局局长；
乙二同志为某某县水利局副局长（挂职，时间两年）；
丙三同志为某某县审计局代理局长。
某某县人民政府
2020年1月1日
某某县人民政府
关于乙二任免职务的通知
免去：
甲一同志的某某县水利局局长职务。
某某县人民政府
2021年6月1日
某某县人民政府
关于丁四任职的通知
任命：
丁四同志为某某县水利局局长（试用期一年）。
某某县人民政府
2021年9月1日
某某县人民政府
关于戊五任职的通知
任命：
戊五同志为某某县水利局局长。
某某县人民政府
2022年3月1日
"""


@pytest.fixture
def county(run, tmp_path):
    (tmp_path / "county.txt").write_text(COUNTY, encoding="utf-8")
    assert run("import", str(tmp_path / "county.txt")).exit_code == 0
    return run


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test marked ``postgres`` needs a PostgreSQL server: without one it is skipped, and says why."""
    if SERVER:
        return
    skip = pytest.mark.skip(reason="needs a PostgreSQL server: set LEDGER_TEST_DATABASE_URL (see .ci/postgres.sh)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)
