"""``ledger org`` (issue 23): the tree below an organisation on the seed gazette, its spellings
one body. Every answer here was read by hand in data/000_2382a5a68e7547d5.txt:

- 市中政任〔2024〕5号 (2024-04-20): 赵晨 appointed 济南市市中区人民政府王官庄街道办事处主任, 张书友
  removed from it; 周和本 removed from 济南市市中区人民政府办公室副主任; 张树明 appointed
  济南市市中区农业农村局副局长.
- 市中政任〔2024〕6号 (2024-05-24): the street office's offices reorganised. 赵严龙 leaves
  济南市市中区王官庄街道平安建设办公室副主任 for 党政综合办公室副主任 (副处级, probation to
  2024-09); 张继翠 leaves 综合治理服务中心主任 for 民生事务和便民服务中心主任; 刘辉 leaves
  便民服务中心主任 for 综合治理和应急管理服务中心主任 (副处级, probation to 2024-09).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from ledger.cli import app

STREET = "济南市市中区人民政府王官庄街道办事处"
DOC5, DOC6 = "市中政任〔2024〕5号", "市中政任〔2024〕6号"


@pytest.fixture(scope="module")
def org(demo):
    """``ledger org …`` on the demo ledger (imported once), as wide as it needs."""

    def invoke(*args: str):
        return CliRunner().invoke(app, ["--db", demo, "org", *args], env={"COLUMNS": "200"}, catch_exceptions=False)

    return invoke


def tree(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def posts(node: dict) -> dict[str, list[str]]:
    """Every post of a tree by its title under its units (党政综合办公室 副主任), with its holders."""
    found = {}

    def walk(n: dict, path: tuple[str, ...]) -> None:
        for p in n["posts"]:
            found[" ".join((*path, p["title"]))] = [h["person"] for h in p["holders"]]
        for child in n["children"]:
            walk(child, (*path, child["unit"]))

    walk(node, ())
    return found


def table_lines(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [line.rstrip() for line in result.stdout.splitlines()]


def test_the_street_office_is_one_organisation_with_its_offices_and_their_heads(org):
    lines = table_lines(org("王官庄街道", "--on", "2024-05-01"))
    # one organisation, named by its fullest spelling; the other spelling said once
    assert lines[0] == f"{STREET} on 2024-05-01"
    assert sum(1 for line in lines if " on 2024-05-01" in line) == 1
    assert lines[-1] == "also written: 济南市市中区王官庄街道"
    body = [" ".join(line.split()) for line in lines[4:-1]]
    assert body == [
        f"主任 赵晨 2024-04-20 ({DOC5})",
        "便民服务中心",
        f"主任 刘辉 start unknown, removed 2024-05-24 ({DOC6})",
        "党政综合办公室",
        "副主任 (vacant) no holder on record",
        "平安建设办公室",
        f"副主任 赵严龙 start unknown, removed 2024-05-24 ({DOC6})",
        "民生事务和便民服务中心",
        "主任 (vacant) no holder on record",
        "综合治理和应急管理服务中心",
        "主任 (vacant) no holder on record",
        "综合治理服务中心",
        f"主任 张继翠 start unknown, removed 2024-05-24 ({DOC6})",
    ]
    # the units are indented under the office, their posts under them
    assert lines[4].startswith("主任") and lines[6].startswith("  主任")


def test_the_tree_as_json_nests_units_and_cites_each_tenure(org):
    (office,) = tree(org("王官庄街道", "--on", "2024-06-01", "--json"))
    assert office["organisation"] == STREET
    assert office["also_written"] == ["济南市市中区王官庄街道"]
    (head,) = office["posts"]
    assert head["post"] == STREET + "主任" and head["title"] == "主任"
    (zhao,) = head["holders"]
    assert (zhao["person"], zhao["since"], zhao["since_doc"]) == ("赵晨", "2024-04-20", DOC5)
    assert len(zhao["since_notice"]) == 8  # the notice's id, for a notice without a doc number
    units = {child["unit"]: child for child in office["children"]}
    assert set(units) == {
        "便民服务中心",
        "党政综合办公室",
        "平安建设办公室",
        "民生事务和便民服务中心",
        "综合治理和应急管理服务中心",
        "综合治理服务中心",
    }
    party = units["党政综合办公室"]
    assert party["organisation"] == "济南市市中区王官庄街道党政综合办公室" and party["children"] == []
    (deputy,) = party["posts"][0]["holders"]
    assert (deputy["person"], deputy["since"], deputy["since_doc"]) == ("赵严龙", "2024-05-24", DOC6)
    assert (deputy["probation_until"], deputy["rank"]) == ("2024-09-30", "副处级")
    assert posts(office) == {
        "主任": ["赵晨"],
        "便民服务中心 主任": [],
        "党政综合办公室 副主任": ["赵严龙"],
        "平安建设办公室 副主任": [],
        "民生事务和便民服务中心 主任": ["张继翠"],
        "综合治理和应急管理服务中心 主任": ["刘辉"],
        "综合治理服务中心 主任": [],
    }


@pytest.mark.parametrize(
    "spelling", ["市中区王官庄街道办事处", STREET, "济南市市中区王官庄街道", "王官庄街道办事处", "王官庄"]
)
def test_every_spelling_of_the_street_office_names_the_same_organisation(org, spelling):
    assert tree(org(spelling, "--on", "2024-06-01", "--json")) == tree(
        org("王官庄街道", "--on", "2024-06-01", "--json")
    )


def test_a_post_left_empty_says_since_when_and_by_which_notice(org):
    (office,) = tree(org("王官庄街道", "--on", "2024-07-01", "--json"))
    units = {child["unit"]: child for child in office["children"]}
    (old,) = units["便民服务中心"]["posts"]
    assert old["holders"] == []
    assert (old["vacant_since"], old["vacant_since_doc"]) == ("2024-05-24", DOC6)
    shown = [" ".join(line.split()) for line in table_lines(org("王官庄街道", "--on", "2024-07-01"))]
    assert f"主任 (vacant) 2024-05-24 ({DOC6}) last held by 刘辉" in shown
    assert f"副主任 (vacant) 2024-05-24 ({DOC6}) last held by 赵严龙" in shown
    # --held: only posts someone held, and only the units that have one
    held = [" ".join(line.split()) for line in table_lines(org("王官庄街道", "--on", "2024-07-01", "--held"))]
    assert not any("(vacant)" in line for line in held)
    assert "便民服务中心" not in held and "平安建设办公室" not in held and "党政综合办公室" in held


def test_before_the_new_head_the_old_one_is_cited_by_his_removal(org):
    (office,) = tree(org("王官庄街道", "--on", "2024-04-19", "--json"))
    (zhang,) = office["posts"][0]["holders"]
    assert (zhang["person"], zhang["since"], zhang["ended"], zhang["ended_doc"]) == ("张书友", None, "2024-04-20", DOC5)
    shown = [" ".join(line.split()) for line in table_lines(org("王官庄街道", "--on", "2024-04-19"))]
    assert f"主任 张书友 start unknown, removed 2024-04-20 ({DOC5})" in shown


def test_the_district_holds_the_street_office_once_and_its_bureaus(org):
    (district,) = tree(org("济南市市中区", "--on", "2024-06-01", "--json"))
    assert district["organisation"] == "济南市市中区人民政府"
    units = [child["unit"] for child in district["children"]]
    assert units.count("王官庄街道") == 1
    (street,) = [child for child in district["children"] if child["unit"] == "王官庄街道"]
    assert street["organisation"] == STREET and street["also_written"] == ["济南市市中区王官庄街道"]
    (bureau,) = [child for child in district["children"] if child["unit"] == "农业农村局"]
    assert posts(bureau) == {"副局长": ["张树明"]}
    (office,) = [child for child in district["children"] if child["unit"] == "办公室"]
    assert office["organisation"] == "济南市市中区人民政府办公室"
    (deputy,) = office["posts"]
    assert (deputy["vacant_since"], deputy["vacant_since_doc"]) == ("2024-04-20", DOC5)  # 周和本 removed


def test_a_unit_every_street_office_has_is_one_organisation_per_street(org):
    found = tree(org("党政综合办公室", "--on", "2024-06-01", "--json"))
    assert [(o["organisation"], posts(o)["副主任"]) for o in found] == [
        ("济南市市中区兴隆街道党政综合办公室", ["王静"]),
        ("济南市市中区王官庄街道党政综合办公室", ["赵严龙"]),
        ("济南市市中区魏家庄街道党政综合办公室", ["姚刚"]),
    ]


def test_csv_gives_a_row_per_holder_and_per_empty_post(org):
    result = org("王官庄街道", "--on", "2024-06-01", "--csv")
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.lstrip("\ufeff").splitlines()
    assert header.startswith("organisation,unit,post,title,person,since,since_doc")
    assert len(rows) == 7
    assert f"{STREET},,{STREET}主任,主任,赵晨,2024-04-20,{DOC5}," in rows[0]
    assert any(
        r.startswith("济南市市中区王官庄街道便民服务中心,便民服务中心,") and f"2024-05-24,{DOC6}," in r for r in rows
    )


def test_a_broad_name_shows_the_first_organisations_and_says_how_many_more(org):
    result = org("街道", "--on", "2024-06-01", "--limit", "5")
    assert result.exit_code == 0
    assert "15 more organisations matching 街道 not shown" in result.stderr
    assert result.stdout.startswith("济南市市中区七贤街道 on 2024-06-01")
    assert len(tree(org("街道", "--on", "2024-06-01", "--json"))) == 17  # JSON: every street office


def test_an_unknown_organisation_exits_1(org):
    result = org("不存在街道")
    assert result.exit_code == 1
    assert "no organisation named like '不存在街道'" in result.stderr


def test_the_roster_heads_the_two_spellings_of_the_street_office_once(demo):
    shown = CliRunner().invoke(app, ["--db", demo, "roster", "王官庄街道", "--on", "2024-06-01"])
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.splitlines()[0] == "济南市市中区人民政府王官庄街道 on 2024-06-01"


@pytest.mark.parametrize("width", [80, 120])
def test_the_tree_stands_whole_in_a_terminal_of_80_and_120_columns(demo, width):
    """In a process of its own: the console takes its width once per process."""
    from rich.cells import cell_len

    environment = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LEDGER_DB")}
    environment.update(NO_COLOR="1", COLUMNS=str(width))
    command = [sys.executable, "-m", "ledger", "--db", demo, "org", "王官庄街道", "--on", "2024-07-01"]
    shown = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert all(cell_len(line.rstrip()) <= width for line in lines)
    assert lines[2].split() == ["post", "person", "since", "notes"]  # a table, not one block per row
    flat = [line.strip() for line in lines]
    for whole in (f"({DOC5})", f"({DOC6})", "综合治理和应急管理服务中心", "赵严龙", "张继翠"):
        assert any(whole in line for line in flat), (whole, width)
    if width == 120:  # room for each row on one line
        assert f"主任 (vacant) 2024-05-24 ({DOC6}) last held by 刘辉" in [" ".join(line.split()) for line in lines]
