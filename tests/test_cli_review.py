"""Open items: a clause that cannot be read no longer refuses its file; a person reviews and
resolves it (`ledger review`, `ledger resolve`), or records a decision no notice carries
(`ledger record`). Through the CLI, on SQLite and (in CI) PostgreSQL."""

from __future__ import annotations

import getpass
import json

import pytest
from conftest import as_json, count

#: One notice: two clauses that read and one the parser refuses (试用期若干 is no term).
BAD = """济南市某某区人民政府
关于李四等同志任免职务的通知
某政任〔2024〕14号
任命：
王五同志为济南市某某区财政局局长；
李四同志为济南市某某区审计局副局长（试用期若干）。
免去：
赵六同志的济南市某某区财政局局长职务。
济南市某某区人民政府
2024年7月1日
"""
POST = "济南市某某区审计局副局长"


@pytest.fixture
def bad(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text(BAD, encoding="utf-8")
    return path


@pytest.fixture
def imported(run, bad):
    result = run("import", str(bad))
    assert result.exit_code == 3, result.output
    return run


def test_a_file_with_one_unreadable_clause_imports_the_rest_and_exits_3(run, db, bad):
    result = run("import", str(bad))
    assert result.exit_code == 3, result.output
    assert "2 events added" in result.stdout and "1 open item" in result.stdout
    assert f"#1        {bad}:6  cannot read qualifier '试用期若干'" in result.stdout
    assert "1 open item waiting for review (ledger review)" in result.stderr
    assert count(db, "events") == 2 and count(db, "open_items") == 1
    # the half-read clause is not logged as an event: it waits whole for a person
    assert run("who-holds", POST, "--on", "2024-08-01").exit_code == 1
    again = run("import", str(bad))
    assert again.exit_code == 0 and count(db, "open_items") == 1  # known: nothing added


def test_strict_refuses_the_file_and_writes_nothing(run, db, bad):
    result = run("import", "--strict", str(bad))
    assert result.exit_code == 2
    assert f"{bad}:6: cannot read qualifier '试用期若干'" in result.stderr and "nothing written" in result.stderr
    assert count(db, "notices") == 0 and count(db, "events") == 0 and count(db, "open_items") == 0


def test_import_json_lists_the_open_items(run, bad):
    report = json.loads(run("import", str(bad), "--json").stdout)[0]
    assert report["open_items_added"] == 1
    (item,) = report["notices"][0]["open_items"]
    assert item == {
        "id": 1,
        "line": 6,
        "place": "",
        "clause": "李四同志为济南市某某区审计局副局长(试用期若干)",
        "reason": "cannot read qualifier '试用期若干'",
    }


def test_dry_run_reports_open_items_without_ids_and_exits_3(run, db, bad):
    result = run("import", "--dry-run", str(bad))
    assert result.exit_code == 3 and "1 open item would wait for review" in result.stderr
    assert "#1" not in result.stdout and f"open      {bad}:6" in result.stdout


def test_parse_lists_open_items_beside_events_and_exits_0(run, bad):
    result = run("parse", str(bad), "--json")
    assert result.exit_code == 0
    assert "1 open item" in result.stderr and "--strict would refuse" in result.stderr
    (notice,) = json.loads(result.stdout)["notices"]
    assert [e["person"] for e in notice["events"]] == ["王五", "李四", "赵六"]
    assert notice["open_items"] == [
        {
            "line": 6,
            "clause": "李四同志为济南市某某区审计局副局长(试用期若干)",
            "reason": "cannot read qualifier '试用期若干'",
            "source": "text",
            "page": None,
            "paragraph": None,
            "table": None,
            "row": None,
            "place": "",
        }
    ]
    table = run("parse", str(bad)).stdout
    assert any(line.split()[:2] == ["6", "open"] for line in table.splitlines())


def test_parse_exits_2_only_when_it_cannot_read_the_file(run, tmp_path):
    assert run("parse", str(tmp_path / "missing.txt")).exit_code == 2


def test_review_lists_the_clause_with_file_and_line(imported, bad):
    result = imported("review")
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if line.startswith("#1"))
    assert f"{bad}:6" in row and "某政任〔2024〕14号" in row and "试用期若干" in row
    (item,) = as_json(imported("review", "--json"))
    assert (item["id"], item["line"], item["status"], item["notice"]) == (1, 6, "open", "某政任〔2024〕14号")
    assert item["file"] == str(bad)
    assert len(as_json(imported("review", "--json", "--limit", "1"))) == 1


def test_answers_about_a_post_or_person_in_an_open_item_say_so(imported, bad):
    for args in (
        ("who-holds", "审计局副局长", "--on", "2024-08-01"),
        ("person", "李四"),
        ("post", "审计局副局长"),
        ("roster", "审计局", "--on", "2024-08-01"),
    ):
        result = imported(*args)
        assert f"1 open item may concern this: #1 {bad}:6 — see ledger review" in result.stderr, args
    unrelated = imported("who-holds", "财政局局长", "--on", "2024-08-01")
    assert unrelated.exit_code == 0 and "open item" not in unrelated.stderr


@pytest.mark.slow
def test_resolving_with_an_event_makes_who_holds_right_and_verify_pass(imported, db):
    result = imported(
        "resolve", "#1", "--action", "appoint", "--person", "李四", "--post", POST, "--probation-until", "2025-07-01"
    )
    assert result.exit_code == 0, result.output
    assert "resolved #1 (某政任〔2024〕14号): 1 event added" in result.stdout
    holders = as_json(imported("who-holds", "审计局副局长", "--on", "2024-08-01", "--json"))
    [notice] = as_json(imported("notices", "--json"))
    assert holders[0]["holders"][0].pop("since_notice") == notice["id"]  # the notice the item stood in
    assert holders[0]["holders"][0].pop("ended_notice") is None
    assert holders == [
        {
            "post": POST,
            "holders": [
                {
                    "person": "李四",
                    "since": "2024-07-01",
                    "since_doc": "某政任〔2024〕14号",
                    "ended": None,
                    "ended_doc": None,
                    "probation_until": "2025-07-01",
                    "secondment_until": None,
                    "rank": None,
                    "held_as": [],
                    "written_as": [],
                }
            ],
        }
    ]
    shown = imported("who-holds", "审计局副局长", "--on", "2024-08-01")
    assert "open item" not in shown.stderr  # resolved: nothing left to warn about
    probations = as_json(imported("expiring-probations", "--on", "2025-06-01", "--json"))
    assert [(p["person"], p["probation_until"]) for p in probations] == [("李四", "2025-07-01")]
    assert [t["post"] for t in as_json(imported("person", "李四", "--json"))] == [POST]
    verified = imported("verify")
    assert verified.exit_code == 0 and "verified 2 entries" in verified.stderr
    (item,) = as_json(imported("review", "--all", "--json"))
    assert item["status"] == "resolved"
    assert item["resolution"]["by"] == getpass.getuser() and item["resolution"]["verdict"] == "events"
    assert item["resolution"]["events"] == [f"appoint 李四 {POST} (试用期至2025-07-01)"]
    assert "no open items" in imported("review").stderr
    # the event cites the notice and the clause's line
    (notice,) = as_json(imported("notice", "某政任〔2024〕14号", "--json"))
    cited = [e for e in notice["events"] if e["person"] == "李四"]
    assert cited and cited[0]["line"] == 6
    again = imported("resolve", "1", "--not-event", "--reason", "x")
    assert again.exit_code == 2 and "already resolved" in again.stderr


def test_several_events_in_one_resolution(imported):
    result = imported(
        "resolve",
        "1",
        "--event",
        f"appoint|李四|{POST}|probation-until=2025-07-01|rank=副处级",
        "--event",
        "remove|李四|济南市某某区审计局科长",
    )
    assert result.exit_code == 0, result.output
    assert "2 events added" in result.stdout
    (tenure,) = as_json(imported("who-holds", POST, "--on", "2024-08-01", "--json"))[0]["holders"]
    assert (tenure["rank"], tenure["probation_until"]) == ("副处级", "2025-07-01")
    assert imported("verify").exit_code == 0


def test_resolving_as_not_an_event_needs_a_reason(imported, db):
    refused = imported("resolve", "1", "--not-event")
    assert refused.exit_code == 2 and "reason" in refused.stderr
    result = imported("resolve", "1", "--not-event", "--reason", "a heading, not a decision")
    assert result.exit_code == 0 and "as not an event" in result.stdout
    assert count(db, "events") == 2
    assert imported("who-holds", POST, "--on", "2024-08-01").exit_code == 1
    assert imported("verify").exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("9", "--not-event", "--reason", "x"), "no open item #9"),
        (("x",), "not an open item"),
        (("1",), "say what the clause decides"),
        (("1", "--action", "appoint", "--person", "李四"), "go together"),
        (("1", "--event", "promote|李四|某局局长"), "unknown action"),
        (("1", "--event", "appoint|李四"), "not an event"),
        (("1", "--rank", "正处级", "--event", "appoint|李四|某局局长"), "qualify the event"),
    ],
)
def test_bad_resolutions_are_refused_and_write_nothing(imported, db, args, message):
    result = imported("resolve", *args)
    assert result.exit_code in (1, 2) and message in result.stderr, result.output
    assert count(db, "resolutions") == 0


def test_a_retracted_notices_open_items_and_resolutions_are_ignored(imported):
    assert imported("resolve", "1", "--event", f"appoint|李四|{POST}").exit_code == 0
    assert imported("retract", "某政任〔2024〕14号", "--reason", "wrong file").exit_code == 0
    assert imported("who-holds", POST, "--on", "2024-08-01").exit_code == 1
    assert as_json(imported("review", "--all", "--json")) == []
    assert imported("reinstate", "某政任〔2024〕14号", "--reason", "right file").exit_code == 0
    assert imported("who-holds", POST, "--on", "2024-08-01").exit_code == 0
    assert imported("verify").exit_code == 0


def test_an_unresolved_item_of_a_retracted_notice_cannot_be_resolved(imported):
    assert imported("retract", "某政任〔2024〕14号", "--reason", "wrong file").exit_code == 0
    result = imported("resolve", "1", "--not-event", "--reason", "x")
    assert result.exit_code == 2 and "retracted" in result.stderr


def test_as_known_at_sees_a_resolution_only_from_when_it_was_made(imported):
    import datetime as dt

    before = dt.datetime.now(dt.UTC).isoformat()
    assert imported("resolve", "1", "--event", f"appoint|李四|{POST}").exit_code == 0
    assert imported("who-holds", POST, "--on", "2024-08-01", "--as-known-at", before).exit_code == 1
    assert len(as_json(imported("review", "--json", "--as-known-at", before))) == 1


def test_record_adds_an_event_no_notice_carries(run, db):
    result = run(
        "record",
        "--date",
        "2024-07-15",
        "--cite",
        "区政府第12次常务会议",
        "--action",
        "appoint",
        "--person",
        "钱七",
        "--post",
        "济南市某某区审计局局长",
        "--rank",
        "正处级",
    )
    assert result.exit_code == 0, result.output
    assert "recorded 1 event (区政府第12次常务会议, 2024-07-15)" in result.stdout
    (answer,) = as_json(run("who-holds", "审计局局长", "--on", "2024-08-01", "--json"))
    assert [(h["person"], h["since"], h["since_doc"], h["rank"]) for h in answer["holders"]] == [
        ("钱七", "2024-07-15", "区政府第12次常务会议", "正处级")
    ]
    assert run("verify").exit_code == 0
    assert run("record", "--date", "2024-07-15", "--event", "appoint|钱七|某局局长").exit_code == 2  # --cite required
    assert run("retract", "区政府第12次常务会议", "--reason", "misheard").exit_code == 0
    assert run("who-holds", "审计局局长", "--on", "2024-08-01").exit_code == 1
    assert run("verify").exit_code == 0 and count(db, "resolutions") == 1
