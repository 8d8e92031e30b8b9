"""Probations that ended with no confirmation: the rule in the library, and where answers show it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ledger.api import Ledger
from ledger.queries import probation_overdue
from ledger.tenures import Tenure

# 王甲 confirmed on 2024-03-02, 李乙 never; both on probation to 2024-03-01 (一年 from 2023-03-01)
APPOINTMENTS = """某某县人民政府
关于甲乙等同志任职的通知
任命：
王甲同志为某某县水利局副局长（试用期一年）；
李乙同志为某某县审计局副局长（试用期一年）。
某某县人民政府
2023年3月1日
"""

CONFIRMATION = """某某县人民政府
关于王甲同志试用期满正式任职的通知
王甲同志任某某县水利局副局长试用期满，经考核合格，正式任职。
某某县人民政府
2024年3月2日
"""

REMOVAL = """某某县人民政府
关于免去李乙同志职务的通知
免去：
李乙同志的某某县审计局副局长职务。
某某县人民政府
2024年6月1日
"""


def tenure(**fields) -> Tenure:
    return Tenure("李乙", "某某县审计局副局长", dt.date(2023, 3, 1), "某政任〔2023〕1号", **fields)


@pytest.mark.parametrize(
    ("fields", "on", "overdue"),
    [
        ({"probation_until": dt.date(2024, 3, 1)}, dt.date(2024, 3, 2), True),
        ({"probation_until": dt.date(2024, 3, 1)}, dt.date(2024, 3, 1), False),  # its last day: not yet
        ({"probation_until": dt.date(2024, 3, 1)}, dt.date(2024, 2, 1), False),
        ({"probation_until": dt.date(2024, 3, 1), "confirmed_on": dt.date(2024, 3, 5)}, dt.date(2024, 4, 1), False),
        # confirmed later than the day asked: on that day it was still unconfirmed
        ({"probation_until": dt.date(2024, 3, 1), "confirmed_on": dt.date(2024, 5, 1)}, dt.date(2024, 4, 1), True),
        ({"probation_until": dt.date(2024, 3, 1), "end": dt.date(2024, 3, 10)}, dt.date(2024, 4, 1), False),  # left
        ({}, dt.date(2024, 4, 1), False),  # no probation at all
    ],
)
def test_the_rule_of_an_overdue_probation(fields, on, overdue):
    assert probation_overdue(tenure(**fields), on) is overdue


@pytest.fixture
def county(run, db, tmp_path):
    for name, text in (("a.txt", APPOINTMENTS), ("c.txt", CONFIRMATION)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert run("import", str(tmp_path / name)).exit_code == 0
    return run


def test_the_library_counts_the_probations_overdue_on_a_day(county, db, tmp_path):
    book = Ledger(db)
    assert book.overdue_probations(dt.date(2024, 3, 1)) == []
    found = book.overdue_probations(dt.date(2024, 4, 1))
    assert [(p.tenure.person, p.days_left) for p in found] == [("李乙", -31)]
    (tmp_path / "r.txt").write_text(REMOVAL, encoding="utf-8")
    assert county("import", str(tmp_path / "r.txt")).exit_code == 0
    assert Ledger(db).overdue_probations(dt.date(2024, 7, 1)) == []  # no longer held: nothing to confirm


def test_expiring_probations_names_the_overdue_ones_it_leaves_out(county, monkeypatch):
    monkeypatch.setenv("LEDGER_TODAY", "2024-04-01")
    result = county("expiring-probations")
    assert result.exit_code == 1
    assert result.stdout == "" and "no probation ends between 2024-04-01 and 2024-06-30" in result.stderr
    assert (
        "1 probation ended before 2024-04-01 with no confirmation on record: --include-overdue lists them"
        in result.stderr
    )
    listed = county("expiring-probations", "--include-overdue")
    assert listed.exit_code == 0 and "李乙" in listed.stdout and "--include-overdue lists" not in listed.stderr
    # in every format, on stderr: the JSON on stdout stays the list of probations ending soon
    as_data = county("expiring-probations", "--json")
    assert as_data.stdout.strip() == "[]" and "1 probation ended before 2024-04-01" in as_data.stderr
    before = county("expiring-probations", "--on", "2024-03-01")
    assert "--include-overdue" not in before.stderr  # on its last day a probation is not overdue


def test_a_probation_ending_soon_and_one_overdue_are_both_in_sight(seeded):
    result = seeded("expiring-probations", "--on", "2024-09-15", "--within", "30")
    assert result.exit_code == 0 and "张传君" in result.stdout  # ends 2024-09-30
    assert "刁丽慧" not in result.stdout  # ended 2024-08-31, unconfirmed
    assert (
        "1 probation ended before 2024-09-15 with no confirmation on record: --include-overdue lists them"
        in result.stderr
    )


@pytest.mark.parametrize(
    ("command", "row"),
    [
        (("roster", "王官庄街道"), "赵严龙"),
        (("person", "赵严龙"), "党政综合办公室副主任"),
        (("who-holds", "王官庄街道党政综合办公室副主任"), "赵严龙"),
        (("post", "王官庄街道党政综合办公室副主任"), "赵严龙"),
    ],
)
def test_a_current_post_whose_probation_ended_unconfirmed_is_marked(seeded, monkeypatch, command, row):
    monkeypatch.setenv("LEDGER_TODAY", "2026-11-27")
    shown = seeded(*command)
    assert shown.exit_code == 0, shown.output
    line = next(line for line in shown.stdout.splitlines() if row in line)
    assert "probation ended 2024-09-30, not confirmed" in line
    assert "probation to" not in line
    monkeypatch.setenv("LEDGER_TODAY", "2024-09-30")  # its last day: still running
    line = next(line for line in seeded(*command).stdout.splitlines() if row in line)
    assert "probation to 2024-09-30" in line and "not confirmed" not in line


def test_a_confirmed_probation_is_not_marked(county, monkeypatch):
    monkeypatch.setenv("LEDGER_TODAY", "2024-04-01")
    line = next(line for line in county("person", "王甲").stdout.splitlines() if "水利局" in line)
    assert "probation to 2024-03-01, confirmed 2024-03-02" in line
    line = next(line for line in county("roster", "某某县审计局").stdout.splitlines() if "李乙" in line)
    assert "probation ended 2024-03-01, not confirmed" in line


def test_a_later_holder_of_a_one_holder_post_ends_an_old_probation_as_who_holds_says(run, db, tmp_path):
    # 李乙 is made 局长 on probation in 2012 and never removed; 丙丁 is made 局长 in 2023, more
    # than UNKNOWN_START_YEARS later: the log no longer says 李乙 holds it (SPEC §4), so nothing
    # of 李乙's falls due, though the probation was never confirmed
    first = APPOINTMENTS.replace("2023年3月1日", "2012年3月1日").replace("审计局副局长", "审计局局长")
    later = (
        "某某县人民政府\n关于丙丁同志任职的通知\n任命：\n丙丁同志为某某县审计局局长。\n某某县人民政府\n2023年5月1日\n"
    )
    (tmp_path / "a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b.txt").write_text(later, encoding="utf-8")
    assert run("import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).exit_code == 0
    book, on = Ledger(db), dt.date(2024, 1, 1)
    assert [[t.person for t in p.holders] for p in book.who_holds("某某县审计局局长", on)] == [["丙丁"]]
    overdue = [p.tenure.person for p in book.overdue_probations(on)]
    assert overdue == ["王甲"]  # 水利局副局长 (a post with no later holder) is still overdue
    assert [i.tenure.person for i in book.due(on, 30) if i.kind == "probation"] == ["王甲"]
    asked = run("expiring-probations", "--on", "2024-01-01")
    assert "1 probation ended before 2024-01-01 with no confirmation" in asked.stderr


def test_a_renamed_body_keeps_its_probations_due(run, db, tmp_path):
    (tmp_path / "a.txt").write_text(APPOINTMENTS, encoding="utf-8")
    assert run("import", str(tmp_path / "a.txt")).exit_code == 0
    rename = ("org", "rename", "审计局", "审计监督局", "--on", "2023-06-01", "--cite", "某编〔2023〕1号")
    assert run(*rename).exit_code == 0
    book, on = Ledger(db), dt.date(2024, 2, 1)
    expiring = [(p.tenure.person, p.tenure.post) for p in book.expiring_probations(on, 60)]
    assert expiring == [("王甲", "某某县水利局副局长"), ("李乙", "某某县审计监督局副局长")]
    due = [(i.tenure.person, i.tenure.post, i.day) for i in book.due(on, 60) if i.kind == "probation"]
    assert due == [
        ("王甲", "某某县水利局副局长", dt.date(2024, 3, 1)),
        ("李乙", "某某县审计监督局副局长", dt.date(2024, 3, 1)),
    ]


def test_one_day_is_said_as_one_day(seeded, run):
    # the seed's probations of 2024-05-24 (四个月) end on 2024-09-30; 马骁骏's (一年) on 2025-04-20
    overdue = run("expiring-probations", "--on", "2024-10-01", "--within", "30", "--include-overdue")
    assert "overdue 1 day " in overdue.stdout and not re.search(r"(?<!\d)1 days", overdue.stdout)
    ahead = run("expiring-probations", "--on", "2025-04-19", "--within", "30")
    assert "马骁骏" in ahead.stdout and " 1 day " in ahead.stdout and not re.search(r"(?<!\d)1 days", ahead.stdout)
