"""Everyday questions (issue 4): succession, career, roster, changes, notices, search, export."""

from __future__ import annotations

import csv
import io
import json
import re

import jsonschema
import pytest
from conftest import as_json

from ledger.cli import app


@pytest.mark.slow
def test_roster_of_a_street_office_on_a_date(seeded):
    rows = as_json(seeded("roster", "王官庄街道", "--on", "2024-06-01", "--json"))
    held = {(r["post"], h["person"]) for r in rows for h in r["holders"]}
    assert ("济南市市中区人民政府王官庄街道办事处主任", "赵晨") in held
    assert ("济南市市中区王官庄街道党政综合办公室副主任", "赵严龙") in held
    assert ("济南市市中区王官庄街道民生事务和便民服务中心主任", "张继翠") in held
    assert ("济南市市中区王官庄街道综合治理和应急管理服务中心主任", "刘辉") in held
    assert len(held) == 4  # the offices abolished on 2024-05-24 have no holder on 2024-06-01
    by_post = {r["post"]: r for r in rows}
    assert (
        by_post["济南市市中区王官庄街道党政综合办公室副主任"]["organisation"] == "济南市市中区王官庄街道党政综合办公室"
    )
    assert by_post["济南市市中区王官庄街道党政综合办公室副主任"]["title"] == "副主任"


def test_roster_before_the_reorganisation_shows_the_old_offices(seeded):
    rows = as_json(seeded("roster", "王官庄街道", "--on", "2024-05-01", "--json"))
    held = {(r["title"], h["person"], h["since"]) for r in rows for h in r["holders"]}
    assert held == {
        ("主任", "赵晨", "2024-04-20"),
        ("副主任", "赵严龙", None),
        ("主任", "张继翠", None),
        ("主任", "刘辉", None),
    }
    vacant = as_json(seeded("roster", "王官庄街道", "--on", "2024-06-01", "--vacant", "--json"))
    assert len(vacant) == 7 and sum(1 for r in vacant if not r["holders"]) == 3


def test_roster_of_unknown_organisation_exits_1(seeded):
    result = seeded("roster", "不存在街道")
    assert result.exit_code == 1 and "no organisation" in result.stderr


SUCCESSION = """某某县人民政府
关于甲乙丙任免职务的通知
任命：
甲一同志为某某县水利局局长。
某某县人民政府
2020年1月1日
某某县人民政府
关于乙二任免职务的通知
免去：
甲一同志的某某县水利局局长职务。
某某县人民政府
2021年6月1日
某某县人民政府
关于丙三任职的通知
任命：
丙三同志为某某县水利局局长。
某某县人民政府
2021年9月1日
某某县人民政府
关于丁四任职的通知
任命：
丁四同志为某某县水利局局长。
某某县人民政府
2022年3月1日
"""


def test_post_succession_with_vacancy_and_overlap(run, tmp_path):
    (tmp_path / "s.txt").write_text(SUCCESSION, encoding="utf-8")
    assert run("import", str(tmp_path / "s.txt")).exit_code == 0
    [answer] = as_json(run("post", "水利局局长", "--json"))
    assert [(t["person"], t["since"], t["ended"]) for t in answer["tenures"]] == [
        ("甲一", "2020-01-01", "2021-06-01"),
        ("丙三", "2021-09-01", None),
        ("丁四", "2022-03-01", None),
    ]
    assert answer["vacant"] == [{"from": "2021-06-01", "to": "2021-08-31"}]
    assert answer["overlaps"] == [{"persons": ["丙三", "丁四"], "from": "2022-03-01", "until": None}]
    human = run("post", "水利局局长")
    assert "(vacant)" in human.stdout and "two holders at once" in human.stderr


def test_post_succession_on_the_seed(seeded):
    [answer] = as_json(seeded("post", "机关事务服务中心主任", "--json"))
    assert [(t["person"], t["since"], t["since_doc"], t["ended"], t["ended_doc"]) for t in answer["tenures"]] == [
        ("王河山", None, None, "2024-04-20", "市中政任〔2024〕5号"),
        ("张志杰", "2024-04-20", "市中政任〔2024〕5号", None, None),
    ]
    assert answer["single_head"] and answer["vacant"] == [] and answer["overlaps"] == []


SAME_NAME = """某某县人民政府
关于张伟等同志任职的通知
任命：
张伟同志为某某县财政局局长；
张伟同志为某某县第一中学校长。
某某县人民政府
2023年5月1日
"""


def test_person_warns_when_one_name_holds_unrelated_posts_at_once(run, tmp_path):
    (tmp_path / "n.txt").write_text(SAME_NAME, encoding="utf-8")
    assert run("import", str(tmp_path / "n.txt")).exit_code == 0
    result = run("person", "张伟")
    assert result.exit_code == 0
    assert "possibly two people named 张伟" in result.stderr
    assert "某某县财政局局长" in result.stdout and "某某县第一中学校长" in result.stdout


def test_person_concurrent_posts_in_one_organisation_are_not_a_warning(run, tmp_path):
    text = SAME_NAME.replace("张伟同志为某某县第一中学校长", "张伟同志为某某县财政局党组书记")
    (tmp_path / "n.txt").write_text(text, encoding="utf-8")
    run("import", str(tmp_path / "n.txt"))
    result = run("person", "张伟")
    assert "possibly two people" not in result.stderr and "concurrent" in result.stderr


def test_changes_in_a_period_grouped_by_notice(seeded):
    data = as_json(seeded("changes", "--from", "2024-04-01", "--to", "2024-04-30", "--json"))
    assert [(n["doc_no"], len(n["events"])) for n in data["notices"]] == [("市中政任〔2024〕5号", 27)]
    data = as_json(seeded("changes", "--from", "2024-04-01", "--to", "2024-06-30", "--org", "王官庄", "--json"))
    assert [(n["doc_no"], len(n["events"])) for n in data["notices"]] == [
        ("市中政任〔2024〕5号", 2),
        ("市中政任〔2024〕6号", 6),
    ]
    ended = as_json(seeded("changes", "--from", "2024-08-01", "--to", "2024-09-30", "--json"))["probations_ended"]
    assert [(p["person"], p["probation_until"]) for p in ended][:2] == [
        ("刁丽慧", "2024-08-31"),
        ("张传君", "2024-09-30"),
    ]
    assert len(ended) == 7
    assert seeded("changes", "--from", "2024-06-01", "--to", "2024-05-01").exit_code == 2


def test_notices_newest_first_and_one_notice_with_its_source_lines(seeded):
    rows = as_json(seeded("notices", "--json"))
    assert [(r["doc_no"], r["kind"], r["date"], r["events"]) for r in rows] == [
        ("市中政发〔2024〕2号", "division", "2024-06-14", 0),
        ("市中政任〔2024〕6号", "personnel", "2024-05-24", 99),
        ("市中政任〔2024〕5号", "personnel", "2024-04-20", 27),
    ]
    assert len(as_json(seeded("notices", "--limit", "1", "--json"))) == 1
    [notice] = as_json(seeded("notice", "市中政任[2024]5号", "--json"))
    assert notice["signed_by"] == "济南市市中区人民政府办公室" and len(notice["events"]) == 27
    first = notice["events"][0]
    assert (first["line"], first["clause"]) == (2042, "王坤山同志为济南市市中区新闻出版局局长")
    missing = seeded("notice", "市中政任〔2024〕9号")
    assert missing.exit_code == 1 and "市中政任〔2024〕5号" in missing.stderr


@pytest.mark.parametrize("query", ["zsm", "zhangshuming", "张树", "树明"])
@pytest.mark.slow
def test_search_finds_a_person_by_pinyin_initials_or_part_of_name(seeded, query):
    hits = as_json(seeded("search", query, "--json"))
    assert hits[0]["kind"] == "person" and hits[0]["name"] == "张树明"


def test_search_finds_the_street_office_posts(seeded):
    for query in ("王官庄", "wangguanzhuang"):
        hits = as_json(seeded("search", query, "--json"))
        posts = {h["name"] for h in hits if h["kind"] == "post"}
        assert "济南市市中区人民政府王官庄街道办事处主任" in posts
        assert "济南市市中区王官庄街道党政综合办公室副主任" in posts
    assert seeded("search", "xyzxyz").exit_code == 1


def test_pinyin_query_that_matches_nothing_suggests_by_pinyin(seeded):
    result = seeded("person", "zhangshuming")
    assert result.exit_code == 1 and "张树明" in result.stderr


def test_csv_export_opens_in_a_spreadsheet(seeded, tmp_path):
    out = tmp_path / "ledger.csv"
    assert seeded("export", "--format", "csv", "--out", str(out)).exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 126  # every event opens or closes one tenure on the seed
    row = next(r for r in rows if r["person"] == "张书友")
    assert (row["start"], row["end"], row["last_day"], row["end_doc"]) == (
        "",
        "2024-04-20",
        "2024-04-19",
        "市中政任〔2024〕5号",
    )


# The Popolo JSON schemas (popoloproject.com/schemas/*.json), the fields this export uses.
DATE = {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}){0,2}$"}
LINK = {
    "type": "object",
    "properties": {"url": {"type": "string", "format": "uri"}, "note": {"type": "string"}},
    "required": ["url"],
}
NAMED = {"type": "object", "required": ["name"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}
POPOLO = {
    "type": "object",
    "required": ["persons", "organizations", "posts", "memberships"],
    "properties": {
        "persons": {"type": "array", "items": NAMED},
        "organizations": {"type": "array", "items": NAMED},
        "posts": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["label"],
                "properties": {
                    "id": {"type": "string"},
                    "label": {"type": "string"},
                    "role": {"type": "string"},
                    "organization_id": {"type": "string"},
                },
            },
        },
        "memberships": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["person_id", "organization_id"],
                "properties": {
                    "id": {"type": "string"},
                    "person_id": {"type": "string"},
                    "organization_id": {"type": "string"},
                    "post_id": {"type": "string"},
                    "role": {"type": "string"},
                    "start_date": DATE,
                    "end_date": DATE,
                    "sources": {"type": "array", "items": LINK},
                },
                "additionalProperties": False,
            },
        },
    },
}  # fmt: skip


def test_popolo_export_validates_and_round_trips(seeded, db):
    result = seeded("export", "--format", "popolo")
    data = json.loads(result.stdout)
    jsonschema.validate(data, POPOLO, format_checker=jsonschema.FormatChecker())
    ids = {kind: {item["id"] for item in data[kind]} for kind in ("persons", "organizations", "posts")}
    for m in data["memberships"]:
        assert m["person_id"] in ids["persons"] and m["organization_id"] in ids["organizations"]
        assert m["post_id"] in ids["posts"] and m["sources"]
    ledger = json.loads(seeded("export", "--format", "json").stdout)
    assert len(data["memberships"]) == len(ledger["tenures"])
    assert len(data["persons"]) == len({t["person"] for t in ledger["tenures"]})
    assert len(data["posts"]) == len({t["post"] for t in ledger["tenures"]})
    assert sum(len(n["events"]) for n in ledger["notices"]) == 126
    zhao = next(
        m
        for m in data["memberships"]
        if m["post_id"]
        and m.get("start_date") == "2024-04-20"
        and "赵晨" in json.dumps(m["sources"], ensure_ascii=False)
    )
    assert "市中政任〔2024〕5号" in zhao["sources"][0]["note"]


def test_unknown_export_format_is_usage_error(seeded):
    assert seeded("export", "--format", "xml").exit_code == 2


def test_help_lists_every_command_with_an_example():
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"})
    for command in (
        "import",
        "parse",
        "who-holds",
        "expiring-probations",
        "person",
        "post",
        "roster",
        "changes",
        "notices",
        "notice",
        "search",
        "export",
    ):
        entry = re.search(rf"^  {command} +(.+?)(?=^  \S|\Z)", result.stdout, re.M | re.S)
        assert entry and "e.g. ledger" in " ".join(entry.group(1).split()), command
    assert "--install-completion" in result.stdout


def test_shell_completion_completes_command_names(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "_LEDGER_COMPLETE": "complete_bash", "COMP_WORDS": "ledger ros", "COMP_CWORD": "1"}
    script = "import sys; sys.argv[0] = 'ledger'; from ledger.cli import main; main()"
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.split() == ["roster"]
