"""`ledger import` and `ledger parse`: transactions, idempotence, encodings, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BACKEND, SEED, as_json, count

ONE_BAD_CLAUSE = """济南市某某区人民政府
关于张三等同志任免职务的通知
某政任〔2024〕9号
区政府决定，任命：
张三同志为济南市某某区财政局局长；
李四同志为济南市某某区审计局副局长（试用期若干）。
免去：
王五同志的济南市某某区财政局局长职务。
济南市某某区人民政府办公室
2024年7月1日
"""


def count_events(db: str) -> int:
    return count(db, "events")


def test_unreadable_clause_under_strict_writes_nothing_and_names_file_and_line(run, db, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(ONE_BAD_CLAUSE, encoding="utf-8")
    result = run("import", "--strict", str(bad))
    assert result.exit_code == 2
    assert f"{bad}:6:" in result.stderr
    assert "试用期若干" in result.stderr
    assert "Traceback" not in result.output
    assert count_events(db) == 0


def test_unreadable_clause_is_kept_as_an_open_item_and_the_rest_imported(run, db, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(ONE_BAD_CLAUSE, encoding="utf-8")
    result = run("import", str(bad))
    assert result.exit_code == 3, result.output
    assert f"{bad}:6" in result.stdout and "试用期若干" in result.stdout
    assert count_events(db) == 2 and count(db, "open_items") == 1


def test_good_file_still_imports_beside_a_bad_one(run, db, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(ONE_BAD_CLAUSE, encoding="utf-8")
    result = run("import", "--strict", str(bad), str(SEED))
    assert result.exit_code == 2
    assert count_events(db) == 126


def test_dry_run_reports_and_writes_nothing(run, db):
    result = run("import", "--dry-run", str(SEED))
    assert result.exit_code == 0
    assert "126 events would add" in result.stdout
    if BACKEND == "sqlite":
        assert not Path(db).exists()  # not even an empty ledger
    else:  # a server's database exists already; its ledger holds nothing
        assert count(db, "events") == 0 and count(db, "notices") == 0


def test_gb18030_and_bom_copies_give_the_same_events_and_are_known_as_the_same_notices(run, db, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    parsed = [as_json(run("parse", str(p), "--json")) for p in (SEED, gbk, bom)]
    events = [[e for n in p["notices"] for e in n["events"]] for p in parsed]
    assert len(events[0]) == 126
    assert events[0] == events[1] == events[2]
    assert run("import", str(gbk)).exit_code == 0
    again = as_json(run("import", str(bom), "--json"))[0]
    assert again["events_added"] == 0
    assert count_events(db) == 126


def test_folder_import_reads_every_file_and_skips_those_without_notices(run, db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.md").write_text("not a notice", encoding="utf-8")
    reports = as_json(run("import", str(folder), "--json"))
    assert [(Path(r["file"]).name, r["status"], r["events_added"]) for r in reports] == [
        ("a.txt", "imported", 126),
        ("notes.md", "skipped", 0),
    ]


def test_missing_file_is_a_clear_error(run, tmp_path):
    result = run("import", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr and "no such file" in result.stderr
    parse = run("parse", str(tmp_path / "nope.txt"))
    assert parse.exit_code == 2 and "no such file" in parse.stderr


def test_mistyped_date_is_refused_with_usage_error(seeded):
    result = seeded("who-holds", "王官庄街道办事处主任", "--on", "2024-13-01")
    assert result.exit_code == 2
    assert "2024-13-01" in result.output
    result = seeded("who-holds", "王官庄街道办事处主任", "--on", "yesterday-ish")
    assert result.exit_code == 2


def test_date_forms_are_equivalent(seeded):
    answers = [
        as_json(seeded("who-holds", "王官庄街道办事处主任", "--on", day, "--json"))
        for day in ("2024-05-01", "2024-5-1", "2024年5月1日")
    ]
    assert answers[0] == answers[1] == answers[2]


def test_notice_without_date_needs_date_option(run, db, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text("关于赵六同志任职的通知\n任命赵六同志为某某县水利局局长。\n", encoding="utf-8")
    refused = run("import", str(undated))
    assert refused.exit_code == 2 and "--date" in refused.stderr
    assert count_events(db) == 0
    accepted = run("import", str(undated), "--date", "2024-03-01")
    assert accepted.exit_code == 0, accepted.output
    rows = as_json(run("who-holds", "水利局局长", "--on", "2024-03-01", "--json"))
    assert rows[0]["holders"][0]["person"] == "赵六"


def test_parse_json_has_the_documented_shape(run):
    data = as_json(run("parse", str(SEED), "--json"))
    assert set(data) == {"file", "format", "notices"}
    assert data["format"] == "text"
    notice = data["notices"][3]
    assert set(notice) == {
        "title", "doc_no", "issuer", "signed_by", "date", "kind", "skipped_reason", "events", "open_items",
    }  # fmt: skip
    assert notice["open_items"] == []
    assert (notice["doc_no"], notice["issuer"], notice["signed_by"], notice["date"]) == (
        "市中政任〔2024〕5号",
        "济南市市中区人民政府",
        "济南市市中区人民政府办公室",
        "2024-04-20",
    )
    event = notice["events"][3]
    assert set(event) == {
        "action", "person", "post", "effective", "probation_until", "secondment_until",
        "rank", "qualifiers", "line", "clause", "source", "page", "paragraph", "table", "row",
    }  # fmt: skip
    assert (event["source"], event["page"], event["paragraph"]) == ("text", None, None)
    assert (event["person"], event["probation_until"], event["qualifiers"]) == (
        "马骁骏",
        "2025-04-20",
        ["调任", "试用期一年"],
    )
    assert event["line"] == SEED.read_text(encoding="utf-8").splitlines().index("马骁骏同志为济南市市中区体育事") + 1
    others = [n for n in data["notices"] if n["kind"] == "other"]
    assert len(others) == 3 and all(n["events"] == [] and n["skipped_reason"] for n in others)


@pytest.mark.slow
def test_installed_entry_point_runs_without_traceback(tmp_path):
    """The module entry point, in a fresh process, from a folder without the source tree."""
    result = subprocess.run(
        [sys.executable, "-m", "ledger", "--db", str(tmp_path / "x.db"), "import", str(SEED), "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["events_added"] == 126


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    from typer.testing import CliRunner

    from ledger.cli import app

    fake = tmp_path / "fake.db"
    fake.write_text("not a database at all, just text " * 100)
    result = CliRunner().invoke(app, ["--db", str(fake), "notices"])
    assert result.exit_code == 2 and "file is not a database" in result.stderr
    missing_dir = CliRunner().invoke(app, ["--db", str(tmp_path / "no" / "x.db"), "import", str(SEED)])
    assert missing_dir.exit_code == 2 and "no folder" in missing_dir.stderr


UNKNOWN_TITLE = """济南市某某区人民政府
关于王五等同志任免职务的通知
某政任〔2024〕11号
区政府决定：
王五同志为济南市某某区审计局联络人；
李四同志为济南市某某区审计局局长。
济南市某某区人民政府
2024年7月1日
"""


def test_an_unknown_title_is_imported_with_a_warning_naming_file_and_line(run, db, tmp_path):
    notice = tmp_path / "fzr.txt"
    notice.write_text(UNKNOWN_TITLE, encoding="utf-8")
    result = run("import", str(notice))
    assert result.exit_code == 0, result.output
    assert f"{notice}:5:" in result.stderr and "联络人" in result.stderr
    assert count_events(db) == 2
    holders = as_json(run("who-holds", "审计局联络人", "--on", "2024-07-02", "--json"))
    assert [h["person"] for post in holders for h in post["holders"]] == ["王五"]


def test_a_body_without_a_post_refuses_the_file_at_its_line_under_strict(run, db, tmp_path):
    notice = tmp_path / "bare.txt"
    notice.write_text(UNKNOWN_TITLE.replace("联络人；", "；"), encoding="utf-8")
    result = run("import", "--strict", str(notice))
    assert result.exit_code == 2
    assert f"{notice}:5:" in result.stderr and "names a body" in result.stderr
    assert count_events(db) == 0
