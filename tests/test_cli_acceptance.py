"""SPEC §6: every acceptance example, through the real CLI on the seed gazette."""

from __future__ import annotations

import pytest
from conftest import SEED, as_json


@pytest.mark.slow
def test_import_reads_two_personnel_notices_and_126_events(run):
    result = run("import", str(SEED))
    assert result.exit_code == 0, result.output
    assert "2 personnel notices, 126 events added (60 appoint, 66 remove)" in result.stdout
    skipped = [line for line in result.stdout.splitlines() if line.strip().startswith("skipped")]
    assert len(skipped) == 2  # the decision catalogue and the work plan
    assert any("重大行政决策事项目录" in line and "decision catalogue" in line for line in skipped)
    # the work division (分工) is no appointment: it is kept as portfolios (issue 7), never as events
    division = next(line for line in result.stdout.splitlines() if "关于公布区政府领导同志工作分工的通知" in line)
    assert "work division: 106 portfolio records, 4 AB pairs" in division


def test_second_import_adds_nothing_and_says_so(seeded):
    result = seeded("import", str(SEED), "--json")
    report = as_json(result)[0]
    assert report["events_added"] == 0
    assert [n["status"] for n in report["notices"] if n["status"] != "skipped"] == ["already imported"] * 3
    human = seeded("import", str(SEED))
    assert "nothing added" in human.stdout
    assert "0 events added" in human.stdout


def holders(result) -> list[tuple[str, str, dict]]:
    return [(answer["post"], h["person"], h) for answer in as_json(result) for h in answer["holders"]]


def test_who_holds_head_of_street_office_after_appointment(seeded):
    rows = holders(seeded("who-holds", "王官庄街道办事处主任", "--on", "2024-05-01", "--json"))
    assert [(person, h["since"], h["since_doc"]) for _, person, h in rows] == [
        ("赵晨", "2024-04-20", "市中政任〔2024〕5号")
    ]
    assert rows[0][0] == "济南市市中区人民政府王官庄街道办事处主任"


def test_who_holds_the_day_before_shows_start_unknown_holder(seeded):
    rows = holders(seeded("who-holds", "王官庄街道办事处主任", "--on", "2024-04-19", "--json"))
    assert [(person, h["since"], h["ended"], h["ended_doc"]) for _, person, h in rows] == [
        ("张书友", None, "2024-04-20", "市中政任〔2024〕5号")
    ]
    human = seeded("who-holds", "王官庄街道办事处主任", "--on", "2024-04-19")
    assert "张书友" in human.stdout and "start unknown" in human.stdout and "removed 2024-04-20" in human.stdout


def test_who_holds_two_deputies_with_their_probations(seeded):
    rows = holders(seeded("who-holds", "体育事业发展中心副主任", "--on", "2024-06-01", "--json"))
    assert sorted((person, h["probation_until"]) for _, person, h in rows) == [
        ("焉芳", "2025-05-24"),
        ("马骁骏", "2025-04-20"),
    ]


def test_who_holds_changes_on_the_day_of_the_notice(seeded):
    before = holders(seeded("who-holds", "机关事务服务中心主任", "--on", "2024-04-19", "--json"))
    on_day = holders(seeded("who-holds", "机关事务服务中心主任", "--on", "2024-04-20", "--json"))
    assert [(p, h["since"]) for _, p, h in before] == [("王河山", None)]
    assert [(p, h["since"]) for _, p, h in on_day] == [("张志杰", "2024-04-20")]


def test_expiring_probations_soonest_first(seeded):
    rows = as_json(seeded("expiring-probations", "--on", "2024-08-15", "--within", "60", "--json"))
    assert [(r["person"], r["probation_until"], r["days_left"]) for r in rows] == [
        ("刁丽慧", "2024-08-31", 16),
        ("张传君", "2024-09-30", 46),
        ("赵严龙", "2024-09-30", 46),
        ("刘辉", "2024-09-30", 46),
        ("张震", "2024-09-30", 46),
        ("崔军", "2024-09-30", 46),
        ("孙建勇", "2024-09-30", 46),
    ]
    assert "谭珍民" not in seeded("expiring-probations", "--on", "2024-08-15", "--within", "60").stdout


def test_person_career_with_start_unknown_and_new_post(seeded):
    rows = as_json(seeded("person", "张树明", "--json"))
    assert [(r["post"], r["since"], r["ended"]) for r in rows] == [
        ("济南市市中区乡村振兴局副局长", None, "2024-04-20"),
        ("济南市市中区农业农村局副局长", "2024-04-20", None),
    ]
    human = seeded("person", "张树明")
    assert "start unknown" in human.stdout
