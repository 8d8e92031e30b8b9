"""The log is tamper-evident: `ledger verify` finds every change made behind its back.

Each test attacks a seeded ledger the way someone holding the database would: with the
append-only triggers dropped, straight SQL. Run on SQLite and, in CI, on PostgreSQL.
"""

from __future__ import annotations

import json

import pytest
from conftest import BACKEND, SEED, as_json, count, sqlite_only
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from ledger.db import resolve_url

LOG_TABLES = (
    "notices",
    "events",
    "retractions",
    "reinstatements",
    "posts",
    "chain",
    "portfolios",
    "body_aliases",
    "ab_pairs",
    "open_items",
    "resolutions",
    "assertions",
)


def sql(db: str, *statements: str, guards: bool = True) -> None:
    """Run statements on the ledger's database directly; ``guards=False`` drops its triggers first."""
    engine = create_engine(resolve_url(db))
    try:
        with engine.begin() as conn:
            if not guards:
                for table in LOG_TABLES:
                    if BACKEND == "sqlite":
                        for verb in ("update", "delete", "replace"):
                            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_{verb}"))
                    else:
                        conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def verify(run, *args: str):
    return run("verify", *args)


def test_an_untouched_ledger_verifies(seeded):
    result = verify(seeded)
    assert result.exit_code == 0, result.output
    assert "verified 3 entries" in result.stderr
    report = as_json(verify(seeded, "--json"))
    assert report["ok"] and report["entries"] == 3 and len(report["head"]) == 64


def test_an_import_committed_while_verify_reads_is_no_tamper_alarm(seeded, db, tmp_path, monkeypatch):
    """verify reads the chain, then the rows: an import committing between the two is seen in
    neither (one snapshot), not as notices "added behind the ledger's back"."""
    from ledger import chain
    from ledger.api import Ledger

    other = tmp_path / "other.txt"
    other.write_text(
        "某县人民政府\n关于任免职务的通知\n某政任〔2024〕7号\n各乡镇：\n县政府决定：\n"
        "任命张三同志为某县审计局局长。\n某县人民政府\n2024年6月1日\n",
        encoding="utf-8",
    )
    read_rows = chain._all_notice_contents

    def import_meanwhile(connection, url):
        meanwhile = Ledger(db)
        meanwhile.import_file(other)  # another process's import, committed between the two reads
        meanwhile.engine.dispose()
        return read_rows(connection, url)

    monkeypatch.setattr(chain, "_all_notice_contents", import_meanwhile)
    result = verify(seeded)
    assert result.exit_code == 0, result.stderr
    assert "verified 3 entries" in result.stderr
    monkeypatch.undo()
    after = verify(seeded)
    assert after.exit_code == 0 and "verified 4 entries" in after.stderr


def test_a_trigger_the_ledger_did_not_create_is_named(seeded, db):
    """A trigger installed beside the guards could rewrite an import's rows (王坤山 → 李鬼) before
    they are hashed, and the chain would certify them: verify names it."""
    if BACKEND == "sqlite":
        sql(db, "CREATE TRIGGER rename_person BEFORE INSERT ON events BEGIN SELECT 1; END")
    else:
        sql(
            db,
            "CREATE FUNCTION rename_person() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER rename_person BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION rename_person()",
        )
    result = verify(seeded)
    assert result.exit_code == 1 and "trigger rename_person on events was not created by the ledger" in result.stderr


def test_a_rewritten_event_is_found(seeded, db):
    sql(db, "UPDATE events SET person = '李四' WHERE id = (SELECT min(id) FROM events)", guards=False)
    result = verify(seeded)
    assert result.exit_code == 1
    assert "entry 2: notice 市中政任〔2024〕5号" in result.stderr and "changed" in result.stderr


def test_a_deleted_event_is_found(seeded, db):
    sql(db, "DELETE FROM events WHERE id = (SELECT max(id) FROM events)", guards=False)
    result = verify(seeded)
    assert result.exit_code == 1 and "entry 3: notice 市中政任〔2024〕6号" in result.stderr


def test_a_deleted_notice_is_found(seeded, db):
    notice = "(SELECT id FROM notices WHERE doc_no = '市中政任〔2024〕5号')"
    sql(db, f"DELETE FROM events WHERE notice_id = {notice}", f"DELETE FROM notices WHERE id = {notice}", guards=False)
    result = verify(seeded)
    assert result.exit_code == 1 and "entry 2" in result.stderr and "no longer in the ledger" in result.stderr


def test_a_deleted_chain_entry_is_found(seeded, db):
    sql(db, "DELETE FROM chain WHERE seq = 2", guards=False)
    result = verify(seeded)
    assert result.exit_code == 1 and "entry 2 is missing" in result.stderr


def test_reordered_entries_are_found(seeded, db):
    sql(
        db,
        "UPDATE chain SET seq = 100 WHERE seq = 2",
        "UPDATE chain SET seq = 2 WHERE seq = 3",
        "UPDATE chain SET seq = 3 WHERE seq = 100",
        guards=False,
    )
    result = verify(seeded)
    assert result.exit_code == 1 and "entry 2" in result.stderr and "reordered" in result.stderr


def test_an_edited_retraction_is_found(seeded, db):
    assert seeded("retract", "市中政任〔2024〕6号", "--reason", "wrong file").exit_code == 0
    assert verify(seeded).exit_code == 0
    sql(db, "UPDATE retractions SET reason = 'nothing to see'", guards=False)
    result = verify(seeded)
    assert result.exit_code == 1 and "entry 4: retraction" in result.stderr


def test_rows_added_behind_the_ledgers_back_are_found(seeded, db):
    sql(
        db,
        "INSERT INTO notices (content_hash, doc_no, title, date, source_file, first_line, last_line, text, "
        "imported_at, kind) "
        "VALUES ('x', '假〔2024〕1号', 't', '2024-01-01', 'f', 1, 1, 't', '2024-01-01', 'personnel')",
    )
    result = verify(seeded)
    assert result.exit_code == 1 and "not in the chain" in result.stderr and "假〔2024〕1号" in result.stderr


def test_a_cut_tail_is_found_against_a_checkpoint(seeded, db):
    checkpoint = verify(seeded, "--checkpoint").stdout.strip()
    assert checkpoint.startswith("3:")
    notice = "(SELECT ref FROM chain WHERE seq = 3)"
    sql(
        db,
        f"DELETE FROM events WHERE notice_id = {notice}",
        f"DELETE FROM notices WHERE id = {notice}",
        "DELETE FROM chain WHERE seq = 3",
        guards=False,
    )
    assert verify(seeded).exit_code == 0  # what is left is a consistent, shorter log ...
    result = verify(seeded, "--since", checkpoint)
    assert result.exit_code == 1 and "truncated" in result.output  # ... which the checkpoint shows


def test_a_rewritten_history_is_found_against_a_checkpoint(seeded, db):
    checkpoint = verify(seeded, "--checkpoint").stdout.strip()
    sql(db, "UPDATE chain SET entry_hash = content_hash WHERE seq = 3", guards=False)
    result = verify(seeded, "--since", checkpoint)
    assert result.exit_code == 1


def test_a_grown_log_holds_its_old_checkpoint(seeded, tmp_path):
    checkpoint = verify(seeded, "--checkpoint").stdout.strip()
    assert seeded("retract", "市中政任〔2024〕5号", "--reason", "test").exit_code == 0
    result = verify(seeded, "--since", checkpoint)
    assert result.exit_code == 0 and "only grown" in result.stderr


@pytest.mark.slow
def test_truncate_everything_is_found_against_a_checkpoint(seeded, db):
    checkpoint = verify(seeded, "--checkpoint").stdout.strip()
    tables = (
        "chain, events, resolutions, open_items, portfolios, body_aliases, ab_pairs, reinstatements, retractions, "
        "posts, notices"
    )
    if BACKEND == "postgresql":
        sql(db, f"TRUNCATE {tables}", guards=False)
    else:
        sql(db, *(f"DELETE FROM {t}" for t in tables.split(", ")), guards=False)
    result = verify(seeded, "--since", checkpoint)
    assert result.exit_code == 1 and "truncated" in result.output


# --- the guards themselves ------------------------------------------------------------------


def test_truncate_is_refused(seeded, db):
    if BACKEND == "sqlite":
        pytest.skip("SQLite has no TRUNCATE; its DELETE is refused by the row triggers (tested elsewhere)")
    for table in ("events", "notices", "posts", "chain"):
        with pytest.raises(DBAPIError, match="append-only"):
            sql(db, f"TRUNCATE {table} CASCADE")
    assert count(db, "events") == 126


@sqlite_only
def test_insert_or_replace_cannot_rewrite_a_row(seeded, db):
    for statement in (
        "INSERT OR REPLACE INTO events SELECT * FROM events WHERE id = 1",
        "INSERT OR REPLACE INTO notices SELECT * FROM notices WHERE id = 1",
        "REPLACE INTO posts SELECT * FROM posts WHERE id = 1",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            sql(db, statement)
    assert verify(seeded).exit_code == 0


def test_posts_cannot_be_deleted_and_are_rebuilt_when_they_are(seeded, db):
    with pytest.raises(DBAPIError, match="append-only"):
        sql(db, "DELETE FROM posts")
    sql(db, "DELETE FROM posts WHERE name LIKE '%王官庄街道办事处主任'", guards=False)
    assert seeded("who-holds", "王官庄街道办事处主任", "--on", "2024-05-01").exit_code == 1
    check = seeded("check")
    assert check.exit_code == 1 and "posts disagrees with the events" in check.stdout
    repair = seeded("check", "--repair")
    assert "posts rebuilt from the events: 1 added" in repair.stderr
    assert "赵晨" in seeded("who-holds", "王官庄街道办事处主任", "--on", "2024-05-01").stdout
    assert "agree with the events: nothing to repair" in seeded("check", "--repair").stderr


@sqlite_only
def test_a_large_ledger_is_verified_by_several_processes_alike(seeded, db, monkeypatch):
    from ledger import Ledger, chain

    serial = Ledger(db).verify()
    monkeypatch.setattr(chain, "PARALLEL_EVENTS", 1)  # the seed (126 events) split as a large ledger is
    monkeypatch.setattr(chain.os, "cpu_count", lambda: 2)
    parallel = Ledger(db).verify()
    assert parallel.ok and (parallel.entries, parallel.head) == (serial.entries, serial.head)
    sql(db, "UPDATE events SET post = post || 'x' WHERE id = (SELECT max(id) FROM events)", guards=False)
    found = Ledger(db).verify()
    assert [p.what for p in found.problems] == ["changed"] and found.problems[0].seq == 3


@pytest.mark.slow
def test_the_search_index_is_checked_and_rebuilt_from_the_events(seeded, db):
    assert "张树明" in seeded("search", "zsm").stdout
    sql(db, "DELETE FROM search_names WHERE name = '张树明'")  # an index, not the log: no guard
    sql(db, "INSERT INTO search_names (kind, name, pinyin, initials) VALUES ('person', '鬼魂', 'guihun', 'gh')")
    assert seeded("search", "zsm").exit_code == 1
    check = seeded("check")
    assert (
        check.exit_code == 1 and "the search index disagrees with the events: 1 names missing, 1 extra" in check.stdout
    )
    assert "search index: 1 names added, 1 removed" in seeded("check", "--repair").stderr
    assert "张树明" in seeded("search", "zsm").stdout
    assert seeded("search", "guihun").exit_code == 1


# --- open items and resolutions ---------------------------------------------------------------

ONE_BAD_CLAUSE = """济南市某某区人民政府
关于张三等同志任免职务的通知
某政任〔2024〕9号
任命：
张三同志为济南市某某区财政局局长；
李四同志为济南市某某区审计局副局长（试用期若干）。
济南市某某区人民政府
2024年7月1日
"""


@pytest.fixture
def resolved(run, tmp_path):
    """A ledger of one notice with an open item, resolved with an event: 3 entries."""
    bad = tmp_path / "bad.txt"
    bad.write_text(ONE_BAD_CLAUSE, encoding="utf-8")
    assert run("import", str(bad)).exit_code == 3
    done = run("resolve", "1", "--action", "appoint", "--person", "李四", "--post", "济南市某某区审计局副局长")
    assert done.exit_code == 0, done.output
    record = (
        "record",
        "--date",
        "2024-07-15",
        "--cite",
        "区政府常务会议",
        "--event",
        "appoint|王五|济南市某某区审计局局长",
    )
    assert run(*record).exit_code == 0
    result = verify(run)
    assert result.exit_code == 0 and "verified 4 entries" in result.stderr, result.output
    return run


def test_a_changed_resolution_is_found(resolved, db):
    sql(db, "UPDATE resolutions SET resolved_by = 'someone else' WHERE open_item_id = 1", guards=False)
    result = verify(resolved)
    assert result.exit_code == 1 and "entry 2: resolution" in result.stderr and "changed" in result.stderr


def test_a_changed_event_of_a_resolution_is_found(resolved, db):
    sql(db, "UPDATE events SET person = '李五' WHERE person = '李四'", guards=False)
    result = verify(resolved)
    assert result.exit_code == 1 and "entry 2: resolution" in result.stderr


def test_a_changed_open_item_is_found_with_its_notice(resolved, db):
    sql(db, "UPDATE open_items SET clause = '无'", guards=False)
    result = verify(resolved)
    assert result.exit_code == 1 and "entry 1: notice 某政任〔2024〕9号" in result.stderr


def test_a_removed_resolution_is_found(resolved, db):
    sql(
        db,
        "DELETE FROM events WHERE resolution_id IS NOT NULL AND person = '李四'",
        "DELETE FROM resolutions WHERE open_item_id = 1",
        guards=False,
    )
    result = verify(resolved)
    assert result.exit_code == 1 and "entry 2" in result.stderr and "no longer in the ledger" in result.stderr


@pytest.mark.slow
def test_a_resolution_added_behind_the_ledgers_back_is_found(resolved, db):
    sql(
        db,
        "INSERT INTO open_items (notice_id, seq, line, clause, reason, source) "
        "SELECT notice_id, 1, line, clause, reason, source FROM open_items WHERE id = 1",
        guards=False,
    )
    assert verify(resolved).exit_code == 1  # a new open item changes its notice
    sql(db, "DELETE FROM open_items WHERE seq = 1", guards=False)
    assert verify(resolved).exit_code == 0
    sql(
        db,
        "INSERT INTO resolutions (notice_id, verdict, reason, resolved_by, resolved_at) "
        "SELECT notice_id, 'record', 'x', 'mallory', resolved_at FROM resolutions WHERE id = 1",
    )
    result = verify(resolved)
    assert result.exit_code == 1 and "resolution(s) not in the chain" in result.stderr


def test_an_event_slipped_into_a_resolution_or_beside_it_is_found(resolved, db):
    columns = "notice_id, seq, action, person, post, effective, qualifiers, line, clause, source"
    sql(
        db,
        f"INSERT INTO events ({columns}, resolution_id) SELECT notice_id, 99, action, '赵六', post, effective, "
        "qualifiers, line, clause, source, resolution_id FROM events WHERE person = '李四'",
    )
    result = verify(resolved)
    assert result.exit_code == 1 and "entry 2: resolution" in result.stderr
    sql(db, "DELETE FROM events WHERE seq = 99", guards=False)
    sql(
        db,
        f"INSERT INTO events ({columns}, resolution_id) SELECT notice_id, 98, action, '赵六', post, effective, "
        "qualifiers, line, clause, source, 999 FROM events WHERE person = '李四'",
    )
    result = verify(resolved)
    assert result.exit_code == 1 and "resolution not in the ledger" in result.stderr


def test_open_items_and_resolutions_are_append_only(resolved, db):
    for statement in ("UPDATE open_items SET reason = 'x'", "DELETE FROM resolutions"):
        with pytest.raises(DBAPIError, match="append-only"):
            sql(db, statement)
    if BACKEND == "postgresql":
        for table in ("open_items", "resolutions"):
            with pytest.raises(DBAPIError, match="append-only"):
                sql(db, f"TRUNCATE {table} CASCADE")
    else:
        with pytest.raises(DBAPIError, match="append-only"):
            sql(db, "INSERT OR REPLACE INTO resolutions SELECT * FROM resolutions WHERE id = 1")
    assert verify(resolved).exit_code == 0


def _drop_not_null(db: str, table: str, column: str) -> None:
    """What an administrator could do to store a row that names no notice."""
    if BACKEND == "sqlite":
        import sqlite3

        path = resolve_url(db).database
        con = sqlite3.connect(path)
        try:
            (ddl,) = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
            con.execute("PRAGMA writable_schema = ON")
            loosened = ddl.replace(f"{column} INTEGER NOT NULL", f"{column} INTEGER")
            con.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (loosened, table))
            con.commit()
        finally:
            con.close()
    else:
        sql(db, f"ALTER TABLE {table} ALTER COLUMN {column} DROP NOT NULL")


def test_an_event_naming_no_notice_is_a_finding_not_a_crash(seeded, db):
    """An event with an empty notice id: verify reports it (exit 1, not 70); check lists it (exit 1),
    and the posts table is not said to miss its post (no answer reads the row)."""
    _drop_not_null(db, "events", "notice_id")
    sql(
        db,
        "INSERT INTO events (notice_id, seq, action, person, post, effective, qualifiers, line, clause, source) "
        "VALUES (NULL, 99, 'appoint', '李鬼', '某局局长', '2024-01-01', '[]', 1, '任命李鬼', 'text')",
        guards=False,
    )
    result = verify(seeded)
    assert result.exit_code == 1, result.output
    assert "1 row(s) of events name no notice (an empty notice id)" in result.stderr
    checked = seeded("check", "--json")
    assert checked.exit_code == 1, checked.output  # (check's exit for findings)
    kinds = [finding["kind"] for finding in json.loads(checked.stdout)]
    assert kinds.count("rows without a notice") == 1 and "derived table" not in kinds
    assert "李鬼" not in seeded("who-holds", "某局局长").output


# --- verify --deep: the notices read again -----------------------------------------------------


def test_deep_verify_reads_every_notice_again_and_finds_them_as_stored(seeded):
    result = verify(seeded, "--deep")
    assert result.exit_code == 0, result.output
    assert "and 2 notices read again give the events stored" in result.stderr
    report = as_json(verify(seeded, "--deep", "--json"))
    assert report["ok"] and report["reread"] == 2 and report["not_kept"] == 0


def test_deep_verify_finds_events_a_trigger_rewrote_before_they_were_chained(run, db, tmp_path):
    """The chain certifies what was stored; a trigger that rewrote 王坤山 as 李鬼 on the way in
    is caught only by reading the notice again."""
    first = tmp_path / "first.txt"
    first.write_text(
        "某政任〔2024〕1号\n任命张三同志为某县审计局局长。\n某县人民政府\n2024年1月1日\n", encoding="utf-8"
    )
    assert run("import", str(first)).exit_code == 0  # the ledger's tables, for the trigger to stand on
    if BACKEND == "sqlite":
        sql(
            db,
            "CREATE TRIGGER rename_person AFTER INSERT ON events WHEN NEW.person = '王坤山' BEGIN "
            "UPDATE events SET person = '李鬼' WHERE id = NEW.id; END",
            guards=False,
        )
    else:
        sql(
            db,
            "CREATE FUNCTION rename_person() RETURNS trigger AS $$ BEGIN "
            "IF NEW.person = '王坤山' THEN NEW.person := '李鬼'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER rename_person BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION rename_person()",
        )
    assert run("import", str(SEED)).exit_code == 0
    assert "李鬼" in run("who-holds", "新闻出版局局长").stdout  # stored, and chained, as rewritten
    result = verify(run, "--deep")
    assert result.exit_code == 1
    assert (
        "notice 市中政任〔2024〕5号: the events stored are not those its lines read to: 1 stored and not read "
        "(first: appoint 李鬼 济南市市中区新闻出版局局长 (line 2042)), 1 read and not stored "
        "(first: appoint 王坤山 济南市市中区新闻出版局局长 (line 2042))"
    ) in result.stderr


def test_deep_verify_finds_stored_lines_changed_behind_the_ledger(seeded, db):
    if BACKEND == "sqlite":
        change = "json_set(block, '$.lines[0][2]', '篡改')"
    else:
        change = "jsonb_set(block::jsonb, '{lines,0,2}', '\"篡改\"')::json"
    sql(db, f"UPDATE notices SET block = {change} WHERE doc_no = '市中政任〔2024〕5号'", guards=False)
    result = verify(seeded, "--deep")
    assert result.exit_code == 1
    assert "notice 市中政任〔2024〕5号: its stored lines do not give its text back" in result.stderr
    assert verify(seeded).exit_code == 0  # (the column is no part of the chain: only --deep reads it)


def test_deep_verify_says_which_notices_it_could_not_read_again(seeded, db):
    """Notices imported before migration 0011 kept no lines: said, not counted as read."""
    sql(db, "UPDATE notices SET block = NULL WHERE doc_no = '市中政任〔2024〕6号'", guards=False)
    result = verify(seeded, "--deep")
    assert result.exit_code == 0, result.output
    assert "and 1 notice read again give the events stored" in result.stderr
    assert "1 notice imported before their lines were kept (schema 0011): not read again" in result.stderr


@pytest.mark.parametrize("kind", ["pdf", "docx", "two-column pdf", "page"])
def test_deep_verify_reads_again_what_documents_gave(run, tmp_path, kind):
    """A PDF's pages, a Word file's tables, a two-column page: the lines kept are those the
    parser read, so reading them again gives the same events, whatever the file was."""
    import documents

    if kind == "pdf":
        path = documents.make_pdf(tmp_path / "seed.pdf")
    elif kind == "docx":
        path = documents.make_docx(tmp_path / "seed.docx")
    elif kind == "two-column pdf":
        path = documents.make_two_column_pdf(tmp_path / "seed.pdf")
    else:
        path = tmp_path / "seed.html"
        path.write_bytes(documents.make_page())
    assert run("import", str(path)).exit_code == 0
    result = verify(run, "--deep")
    assert result.exit_code == 0, result.output
    assert "notices read again give the events stored" in result.stderr
