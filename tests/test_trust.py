"""Issue 5: corrections without erasing history, as-known-at, anomalies, append-only storage."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from conftest import SEED, as_json, count
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from ledger.db import resolve_url


def test_retraction_hides_the_notice_and_deletes_nothing(seeded, db):
    before = count(db, "events")
    result = seeded("retract", "市中政任〔2024〕5号", "--reason", "imported from a draft")
    assert result.exit_code == 0 and "retracted 市中政任〔2024〕5号" in result.stdout
    assert count(db, "events") == before == 126
    assert seeded("who-holds", "王官庄街道办事处主任", "--on", "2024-05-01").exit_code == 1
    # 张树明's removal was in the retracted notice; nothing of it remains in his career
    assert seeded("person", "张树明").exit_code == 1
    # the other notice still answers
    rows = as_json(seeded("who-holds", "体育事业发展中心副主任", "--on", "2024-06-01", "--json"))
    assert [h["person"] for r in rows for h in r["holders"]] == ["焉芳"]
    notices = {n["doc_no"]: n for n in as_json(seeded("notices", "--json"))}
    assert notices["市中政任〔2024〕5号"]["retraction_reason"] == "imported from a draft"
    assert notices["市中政任〔2024〕6号"]["retracted_at"] is None


def test_retraction_refusals(seeded):
    assert seeded("retract", "市中政任〔2024〕99号", "--reason", "x").exit_code == 1
    assert seeded("retract", "市中政任〔2024〕5号", "--reason", "  ").exit_code == 2
    assert seeded("retract", "市中政任〔2024〕5号", "--reason", "wrong").exit_code == 0
    again = seeded("retract", "市中政任〔2024〕5号", "--reason", "wrong")
    assert again.exit_code == 2 and "already retracted" in again.stderr


def test_log_rejects_update_and_delete_from_any_client(seeded, db):
    engine = create_engine(resolve_url(db))
    for statement in ("delete from events", "update events set person = 'x'", "delete from notices"):
        with engine.connect() as conn, pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text(statement))
    engine.dispose()
    assert count(db, "events") == 126


def edited_seed(tmp_path, old: str, new: str):
    text = SEED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "v2.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_same_doc_number_with_other_text_is_refused_then_superseded(seeded, db, tmp_path):
    v2 = edited_seed(tmp_path, "王坤山同志为济南市市中区新闻出", "王坤山同志为济南市市中区新闻传")
    refused = seeded("import", str(v2))
    assert refused.exit_code == 2
    assert "市中政任〔2024〕5号 is already in the ledger with other text" in refused.stderr
    assert "known version dated 2024-04-20" in refused.stderr and "this version dated 2024-04-20" in refused.stderr
    assert "-王坤山同志为济南市市中区新闻出" in refused.stderr and "+王坤山同志为济南市市中区新闻传" in refused.stderr
    assert count(db, "notices") == 3  # two personnel notices and the work division
    accepted = seeded("import", str(v2), "--supersede")
    assert accepted.exit_code == 0, accepted.output
    assert count(db, "notices") == 4 and count(db, "retractions") == 1
    rows = as_json(seeded("who-holds", "新闻传版局局长", "--on", "2024-05-01", "--json"))
    assert rows[0]["holders"][0]["person"] == "王坤山"
    old_post = seeded("who-holds", "新闻出版局局长", "--on", "2024-05-01", "--json")
    assert old_post.exit_code == 1 and json.loads(old_post.stdout) == []  # 王坤山 is no longer read there
    [old, new] = sorted(
        as_json(seeded("notice", "市中政任〔2024〕5号", "--json")),
        key=lambda n: n["imported_at"] + str(n["retracted_at"]),
    )
    assert {old["retracted_at"] is None, new["retracted_at"] is None} == {True, False}


def test_supersede_conflict_in_one_file_writes_nothing_of_that_file(seeded, db, tmp_path):
    v2 = edited_seed(tmp_path, "2024 年 5 月 24 日", "2024 年 5 月 25 日")  # 6号 changed, 5号 unchanged
    assert seeded("import", str(v2)).exit_code == 2
    assert count(db, "notices") == 3


@pytest.mark.slow
def test_as_known_at_answers_as_the_ledger_stood_then(run, db, tmp_path):
    before_import = dt.datetime.now(dt.UTC)
    time.sleep(1.1)
    assert run("import", str(SEED)).exit_code == 0
    time.sleep(1.1)
    between = dt.datetime.now(dt.UTC)
    time.sleep(1.1)
    assert run("retract", "市中政任〔2024〕5号", "--reason", "test").exit_code == 0
    query = ("who-holds", "王官庄街道办事处主任", "--on", "2024-05-01", "--json")
    assert run(*query).exit_code == 1  # now: retracted
    then = as_json(run(*query, "--as-known-at", between.isoformat()))
    assert then[0]["holders"][0]["person"] == "赵晨"  # then: imported, not yet retracted
    assert run(*query, "--as-known-at", before_import.isoformat()).exit_code == 1  # before: unknown
    assert as_json(run("notices", "--json", "--as-known-at", before_import.isoformat())) == []
    [n5] = [
        n
        for n in as_json(run("notices", "--json", "--as-known-at", between.isoformat()))
        if n["doc_no"].endswith("5号")
    ]
    assert n5["retracted_at"] is None
    assert run(*query, "--as-known-at", "not-a-time").exit_code == 2


ANOMALIES = """某某县人民政府
关于甲等同志任免职务的通知
任命：
甲一同志为某某县水利局局长；
乙二同志为某某县水利局局长；
丙三同志为某某县审计局副局长（试用期至2023年1月）；
张伟同志为某某县财政局局长；
张伟同志为某某县第一中学校长。
免去：
丁四同志的某某县统计局局长职务。
某某县人民政府
2023年5月1日
某某县人民政府
关于甲一等同志任免职务的通知
任命：
甲一同志为某某县水利局局长。
免去：
丁四同志的某某县统计局局长职务。
某某县人民政府
2023年6月1日
"""


def test_check_reports_every_kind_of_anomaly_with_its_notices(run, tmp_path):
    (tmp_path / "a.txt").write_text(ANOMALIES, encoding="utf-8")
    assert run("import", str(tmp_path / "a.txt")).exit_code == 0
    result = run("check", "--json")
    assert result.exit_code == 1
    kinds = {f["kind"] for f in json.loads(result.stdout)}
    assert kinds == {
        "two holders",
        "already holds",
        "removal after end",
        "probation before appointment",
        "same name, unrelated posts",
    }
    human = run("check")
    line = next(line for line in human.stdout.splitlines() if "two holders" in line)
    assert "某某县水利局局长" in line and "甲一" in line and "乙二" in line and "(2023-05-01) line 4" in line


def test_check_on_the_seed_finds_nothing(seeded):
    result = seeded("check")
    assert result.exit_code == 0 and "no anomalies" in result.stderr


IMPOSSIBLE = "关于张三任职的通知\n任命张三同志为某某县水利局局长。\n某某县人民政府\n2024年2月30日\n"


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (IMPOSSIBLE.encode(), "impossible date", 4),
        ("关于张三任职的通知\n任命张三同志为某某县水利局局长。\n".encode(), "has no date", 1),
        ("任命：\n张三同志为某局局长（试用期三周）。\n2024年1月1日\n".encode(), "cannot read qualifier", 2),
        ("第一行\n".encode() + b"\x81\x20\xff\xfe\n", "undecodable", 2),
    ],
)
def test_bad_input_names_file_and_line_exits_2_and_writes_nothing(run, db, tmp_path, content, message, line):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("import", "--strict", str(path))  # an unreadable clause refuses the file only under --strict
    assert result.exit_code == 2
    assert f"{path}:{line}:" in result.stderr and message in result.stderr
    assert "Traceback" not in result.output
    assert count(db, "events") == 0


def test_hundred_megabytes_without_line_breaks_is_refused_quickly(run, db, tmp_path):
    path = tmp_path / "blob.txt"
    with path.open("wb") as handle:
        for _ in range(100):
            handle.write(("任命张三为局长" * 50_000).encode()[: 1 << 20])
    result = run("import", str(path))
    assert result.exit_code == 2 and f"{path}:1:" in result.stderr and "no line breaks" in result.stderr
    assert count(db, "events") == 0
