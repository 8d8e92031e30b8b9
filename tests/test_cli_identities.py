"""What a person asserts that no notice says: a body renamed (``org rename``), two spellings one
person (``person merge``), one name two people (``person split``). Appended, chained, and read
by every query; nothing stored changes."""

from __future__ import annotations

import pytest
from conftest import BACKEND, as_json, count
from test_tamper import sql

RENAMED = ("平安建设办公室", "平安法治和信访办公室")
OFFICE = "王官庄街道平安法治和信访办公室副主任"


def rename(run, *extra: str):
    return run("org", "rename", *RENAMED, "--on", "2024-05-24", "--cite", "市中编〔2024〕3号", *extra)


def test_a_rename_makes_who_holds_and_post_answer_across_it(seeded):
    before = seeded("who-holds", OFFICE, "--on", "2024-05-01")
    assert before.exit_code == 1 and "no post ends with" in before.stderr  # the new name: no notice wrote it then
    done = rename(seeded)
    assert done.exit_code == 0, done.output
    assert "asserted: 平安建设办公室 renamed 平安法治和信访办公室 on 2024-05-24 (市中编〔2024〕3号)" in done.stdout
    holders = as_json(seeded("who-holds", OFFICE, "--on", "2024-05-01", "--json"))
    (answer,) = holders
    assert answer["post"] == "济南市市中区" + OFFICE
    (赵严龙,) = answer["holders"]
    assert 赵严龙["person"] == "赵严龙" and 赵严龙["ended"] == "2024-05-24"
    assert 赵严龙["held_as"] == ["济南市市中区王官庄街道平安建设办公室副主任"]
    table = seeded("who-holds", OFFICE, "--on", "2024-05-01")
    assert "held as 济南市市中区王官庄街道平安建设办公室副主任" in table.stdout
    # the old name asks for the same post: one history under both names
    old = as_json(seeded("post", "王官庄街道平安建设办公室副主任", "--json"))
    assert [a["post"] for a in old] == ["济南市市中区" + OFFICE]
    assert "赵严龙" in [t["person"] for a in old for t in a["tenures"]]


def test_an_assertion_is_chained_and_a_changed_one_is_found(seeded, db):
    assert rename(seeded).exit_code == 0
    verified = seeded("verify")
    assert verified.exit_code == 0 and "verified 4 entries" in verified.stderr
    assert count(db, "assertions") == 1
    sql(db, "UPDATE assertions SET object = '别的办公室'", guards=False)
    result = seeded("verify")
    assert result.exit_code == 1 and "entry 4: assertion id 1 was changed after it was logged" in result.stderr


def test_assertions_are_append_only(seeded, db):
    assert rename(seeded).exit_code == 0
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError, match="append-only"):
        sql(db, "DELETE FROM assertions")


def test_a_query_as_known_before_an_assertion_does_not_see_it(seeded):
    import datetime as dt
    import time

    time.sleep(1.1)  # (a moment given to the second: after the import, before the assertion)
    between = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    time.sleep(1.1)
    assert rename(seeded).exit_code == 0
    now = seeded("who-holds", OFFICE, "--on", "2024-05-01")
    assert now.exit_code == 0 and "赵严龙" in now.stdout
    then = seeded("who-holds", OFFICE, "--on", "2024-05-01", "--as-known-at", between)
    assert then.exit_code == 1 and "no post ends with" in then.stderr  # as the ledger stood before it


@pytest.fixture
def two_names(run, tmp_path):
    """张三 appointed, removed as 张叁; 张伟 twice, in the county and in a town."""
    first = tmp_path / "a.txt"
    first.write_text(
        "某县人民政府\n关于任免职务的通知\n某政任〔2024〕1号\n各乡镇：\n县政府决定：\n"
        "任命张三同志为某县审计局局长；\n任命张伟同志为某县财政局局长；\n任命张伟同志为甲镇人民政府镇长。\n"
        "某县人民政府\n2024年1月1日\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.txt"
    second.write_text(
        "某县人民政府\n关于免去职务的通知\n某政任〔2024〕9号\n各乡镇：\n县政府决定：\n"
        "免去张叁同志的某县审计局局长职务。\n某县人民政府\n2024年6月1日\n",
        encoding="utf-8",
    )
    assert run("import", str(first), str(second)).exit_code == 0
    return run


def test_a_merge_makes_two_spellings_one_career(two_names):
    run = two_names
    before = as_json(run("person", "张三", "--json"))
    assert [(t["post"], t["ended"]) for t in before] == [("某县审计局局长", None)]  # the removal was 张叁's
    done = run("person", "merge", "张三", "张叁", "--cite", "人事处核对")
    assert done.exit_code == 0 and "asserted: 张叁 is 张三 (人事处核对)" in done.stdout
    for asked in ("张三", "张叁"):
        career = run("person", asked, "--json")
        assert [(t["post"], t["since"], t["ended"]) for t in as_json(career)] == [
            ("某县审计局局长", "2024-01-01", "2024-06-01")
        ]
    assert "career of 张三" in run("person", "张叁").stdout
    assert run("verify").exit_code == 0


def test_a_split_makes_one_name_two_people(two_names):
    run = two_names
    assert len(as_json(run("person", "张伟", "--json"))) == 2
    done = run("person", "split", "张伟", "--where", "甲镇", "--as", "甲镇", "--cite", "两人，见干部档案")
    assert done.exit_code == 0 and "张伟 on posts of 甲镇 is 张伟(甲镇)" in done.stdout
    county = run("person", "张伟")
    assert [t["post"] for t in as_json(run("person", "张伟", "--json"))] == ["某县财政局局长"]
    assert "another person of this name: 张伟(甲镇)" in county.stderr
    town = as_json(run("person", "张伟(甲镇)", "--json"))
    assert [t["post"] for t in town] == ["甲镇人民政府镇长"]
    assert as_json(run("person", "张伟（甲镇）", "--json")) == town  # full-width brackets, as typed in Chinese
    holders = as_json(run("who-holds", "镇长", "--on", "2024-02-01", "--json"))
    assert [h["person"] for a in holders for h in a["holders"]] == ["张伟(甲镇)"]
    assert run("verify").exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("org", "rename", "甲办", "乙办", "--cite", " "), "an assertion needs what it rests on (--cite TEXT)"),
        (("person", "merge", "张三", "张三", "--cite", "x"), "an assertion needs two different names"),
        (("person", "split", "张伟", "--where", " ", "--as", "甲镇", "--cite", "x"), "a split needs --where TEXT"),
    ],
)
def test_an_assertion_that_says_nothing_is_refused_and_nothing_is_written(two_names, db, args, message):
    result = two_names(*args)
    assert result.exit_code == 2 and message in result.stderr
    assert count(db, "assertions") == 0
    assert BACKEND in ("sqlite", "postgresql")


def test_a_rename_makes_one_unit_of_the_office_in_org_and_vacancies(seeded):
    def units(on: str) -> dict[str, list[dict]]:
        (tree,) = as_json(seeded("org", "王官庄街道", "--on", on, "--json"))
        return {child["unit"]: child["posts"] for child in tree["children"]}

    before = units("2024-05-01")
    assert "平安建设办公室" in before and "平安法治和信访办公室" not in before  # as the notices wrote it
    assert rename(seeded).exit_code == 0
    after = units("2024-05-01")
    assert "平安建设办公室" not in after
    (deputy,) = after["平安法治和信访办公室"]
    assert [(h["person"], h["held_as"]) for h in deputy["holders"]] == [
        ("赵严龙", ["济南市市中区王官庄街道平安建设办公室副主任"])
    ]
    vacant = as_json(seeded("vacancies", "王官庄街道", "--on", "2024-06-01", "--json"))
    assert not [v for v in vacant if "平安建设办公室" in v["post"]]  # no longer the old name's own vacancy


def test_assertions_lists_what_was_asserted_oldest_first(two_names):
    run = two_names
    empty = run("assertions")
    assert empty.exit_code == 1 and "no assertions yet" in empty.stderr
    assert run("person", "merge", "张三", "张叁", "--cite", "人事处核对").exit_code == 0
    assert (
        run("org", "rename", "审计局", "审计和统计局", "--on", "2025-01-01", "--cite", "某编〔2025〕1号").exit_code == 0
    )
    listed = as_json(run("assertions", "--json"))
    assert [(a["id"], a["kind"], a["subject"], a["object"], a["on"], a["cite"]) for a in listed] == [
        (1, "merge", "张三", "张叁", None, "人事处核对"),
        (2, "rename", "审计局", "审计和统计局", "2025-01-01", "某编〔2025〕1号"),
    ]
    assert all(a["asserted_by"] and a["asserted_at"] for a in listed)
    table = run("assertions")
    assert "审计局 renamed 审计和统计局 on 2025-01-01" in table.stdout and "张叁 is 张三" in table.stdout
