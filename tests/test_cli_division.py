"""Issue 7: work-division notices (分工): who oversees what, and who stands in for whom."""

from __future__ import annotations

from conftest import SEED, as_json

LATER_DIVISION = """济南市市中区人民政府
关于调整区政府领导同志工作分工的通知
市中政发〔2024〕9号
各街道办事处，区政府各部门：
现将调整后的区政府领导同志工作分工公布如下：
孟庆顺同志：主持区政府全面工作；负责财政工作。分管区财政局（区国资监管局）。
王莹同志：负责科技、审计工作。分管区科技局、区审计局。
明确孟庆顺同志与王莹同志互为AB角。
济南市市中区人民政府
2024年9月1日
"""


def oversees(run, query: str, on: str) -> list[tuple[str, str]]:
    return [(o["leader"], o["relation"]) for o in as_json(run("who-oversees", query, "--on", on, "--json"))]


def test_who_oversees_a_department(seeded):
    assert oversees(seeded, "区审计局", "2024-07-01") == [("孟庆顺", "分管")]
    # a full name as appointment notices write it finds the same body
    assert oversees(seeded, "济南市市中区审计局", "2024-07-01") == [("孟庆顺", "分管")]


def test_who_oversees_a_second_name_of_a_carried_body(seeded):
    [answer] = as_json(seeded("who-oversees", "区人防办", "--on", "2024-07-01", "--json"))
    assert (answer["leader"], answer["relation"], answer["object"]) == ("栾长征", "分管", "区国动办")
    assert (answer["carried_by"], answer["via"]) == ("区发展改革局", "区人防办")
    human = seeded("who-oversees", "区人防办", "--on", "2024-07-01")
    assert "through 区发展改革局" in human.stdout


def test_who_oversees_with_an_assistant(seeded):
    rows = as_json(seeded("who-oversees", "区工业和信息化局", "--on", "2024-07-01", "--json"))
    assert [(o["leader"], o["relation"], o["principal"]) for o in rows] == [
        ("栾长征", "分管", None),
        ("张都清", "协助", "栾长征"),
    ]


def test_stands_in_for_lists_every_ab_partner(seeded):
    partners = as_json(seeded("stands-in-for", "栾长征", "--on", "2024-07-01", "--json"))
    assert [p["partner"] for p in partners] == ["张同园", "张都清"]
    assert all(p["doc_no"] == "市中政发〔2024〕2号" for p in partners)


def test_portfolio_of_a_leader(seeded):
    rows = as_json(seeded("portfolio", "陈剑", "--on", "2024-07-01", "--json"))
    assert ("主持", "市公安局市中区分局") in [(o["relation"], o["object"]) for o in rows]
    assert [o["object"] for o in rows if o["relation"] == "联系"] == ["区法院", "区检察院", "区人武部", "驻区部队"]


def test_no_work_division_before_the_first_one(seeded):
    result = seeded("who-oversees", "区审计局", "--on", "2024-06-13")
    assert result.exit_code == 1 and "no work division is on record for 2024-06-13" in result.stderr


def test_a_later_division_moves_a_department_from_its_date(seeded, tmp_path):
    later = tmp_path / "later.txt"
    later.write_text(LATER_DIVISION, encoding="utf-8")
    result = seeded("import", str(later))
    assert result.exit_code == 0 and "work division: 7 portfolio records, 1 AB pairs" in result.stdout
    assert oversees(seeded, "区审计局", "2024-08-31") == [("孟庆顺", "分管")]
    assert oversees(seeded, "区审计局", "2024-09-01") == [("王莹", "分管")]
    # the newer division replaces the older one whole: 栾长征 has no portfolio any more
    assert seeded("portfolio", "栾长征", "--on", "2024-09-01").exit_code == 1
    assert [p["partner"] for p in as_json(seeded("stands-in-for", "王莹", "--on", "2024-09-02", "--json"))] == [
        "孟庆顺"
    ]


def test_parse_lists_portfolios_apart_from_events(run):
    data = as_json(run("parse", str(SEED), "--json"))
    division = data["notices"][0]
    assert division["events"] == [] and division["kind"] == "other"
    assert len(division["portfolios"]) == 106 and len(division["ab_pairs"]) == 4
    assert division["aliases"]["区人防办"] == "区国动办"
    assert division["note"] == "上述区政府领导成员的分管部门同时包括未单列的部门直属机构和所属单位。"
    assert all("portfolios" not in n for n in data["notices"][1:])


def test_roster_shows_the_overseeing_leader(seeded):
    rows = as_json(seeded("roster", "农业农村局", "--on", "2024-07-01", "--json"))
    [entry] = [r for r in rows if r["organisation"] == "济南市市中区农业农村局"]
    assert [h["person"] for h in entry["holders"]] == ["张树明"]
    assert [(o["leader"], o["relation"]) for o in entry["overseen_by"]] == [("许胜勇", "分管")]


def test_retracting_the_division_withdraws_its_answers(seeded):
    assert seeded("retract", "市中政发〔2024〕2号", "--reason", "test").exit_code == 0
    assert seeded("who-oversees", "区审计局", "--on", "2024-07-01").exit_code == 1
