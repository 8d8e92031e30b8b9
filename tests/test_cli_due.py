"""``ledger vacancies`` and ``ledger due`` as a user sees them: rows, dates, citations, exit codes.

Checked by hand against the notices: the seed gazette (市中政任〔2024〕5号 of 2024-04-20 and 6号
of 2024-05-24) and realistic-dev's 鄞州 (02), 遵义 (06) and 鄂州 (33) notices."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

REALDEV = ROOT.parent / "shared" / "realistic-dev"  # ../shared beside the checkout
needs_realdev = pytest.mark.skipif(not REALDEV.exists(), reason="needs ../shared/realistic-dev")

TERMS = """某某县人民政府
关于甲一等同志任职的通知
县政任〔2021〕1号
任命：
甲一同志为某某县水利局局长（聘期三年）；
丙三同志为某某县审计局局长（聘期三年（2021年3月1日至2024年2月29日））；
戊五同志为某某县财政局局长（任期至2024年6月）。
某某县人民政府
2021年3月1日
"""

RENEWAL = """某某县人民政府
关于续聘甲一同志的通知
县政任〔2024〕2号
续聘甲一同志为某某县水利局局长（聘期三年）。
某某县人民政府
2024年2月20日
"""


def rows(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- vacancies -------------------------------------------------------------------------------


def test_vacancies_under_a_street_office_cite_the_removal_and_where_the_holder_went(seeded):
    result = seeded("vacancies", "王官庄街道", "--on", "2024-06-01")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "posts under 王官庄街道 vacant on 2024-06-01"
    body = [line.split() for line in lines[4:]]
    # the three posts 市中政任〔2024〕6号 emptied on 2024-05-24, each holder moved to a new office;
    # named after 王官庄街道 as roster names them
    assert [b[:4] for b in body] == [
        ["便民服务中心主任", "刘辉", "2024-05-24", "(市中政任〔2024〕6号)"],
        ["平安建设办公室副主任", "赵严龙", "2024-05-24", "(市中政任〔2024〕6号)"],
        ["综合治理服务中心主任", "张继翠", "2024-05-24", "(市中政任〔2024〕6号)"],
    ]
    went = ["综合治理和应急管理服务中心主任", "党政综合办公室副主任", "民生事务和便民服务中心主任"]
    assert [b[-1] for b in body] == went
    assert rows(seeded("vacancies", "王官庄街道", "--on", "2024-06-01", "--json"))[0]["post"] == (
        "济南市市中区王官庄街道便民服务中心主任"
    )
    # 办事处主任: 张书友 left on 2024-04-20, but 赵晨 followed the same day: not vacant
    assert "办事处主任" not in result.stdout


def test_vacancies_longest_first_and_longer_than(seeded):
    found = rows(seeded("vacancies", "--on", "2024-06-01", "--json"))
    assert len(found) == 61
    assert {r["left"] for r in found[:10]} == {"2024-04-20"} and found[10]["left"] == "2024-05-24"
    money = next(r for r in found if r["post"] == "济南市市中区金融事业发展中心副主任")
    assert money == {
        "post": "济南市市中区金融事业发展中心副主任",
        "last_holder": "张宝静, 卫鹏",  # a post held by two: vacant once both left
        "left": "2024-04-20",
        "left_doc": "市中政任〔2024〕5号",
        "left_notice": "b47bef64",
        "days_vacant": 42,
        "moved_to": "济南市市中区金融运行监测中心副主任, 济南市市中区金融运行监测中心副主任",
    }
    longer = rows(seeded("vacancies", "--on", "2024-06-01", "--longer-than", "30d", "--json"))
    assert len(longer) == 10 and all(r["left"] == "2024-04-20" for r in longer)
    assert rows(seeded("vacancies", "--on", "2024-06-01", "--longer-than", "6w", "--json")) == []


def test_vacancies_says_so_when_nothing_is_vacant_and_refuses_a_bad_span(seeded):
    result = seeded("vacancies", "--on", "2024-04-19")
    assert result.exit_code == 1 and "no post was left vacant on 2024-04-19" in result.stderr
    assert seeded("vacancies", "--on", "2024-04-19", "--json").stdout.strip() == "[]"
    bad = seeded("vacancies", "--longer-than", "3 fortnights")
    assert bad.exit_code == 2 and "--longer-than" in bad.stderr and "90d" in bad.stderr
    unknown = seeded("vacancies", "王官庄街到")
    assert unknown.exit_code == 1 and "no organisation named like '王官庄街到'" in unknown.stderr


@needs_realdev
def test_vacancies_on_realistic_notices_count_a_deputy_post_as_held_while_one_deputy_stays(run):
    assert run("import", str(REALDEV / "33-ezhou-web-page-three-notices.txt")).exit_code == 0
    found = rows(run("vacancies", "--on", "2019-12-31", "--json"))
    # 余海 left 办公室副主任 on 2019-09-24, but 程丽华 holds it since 2019-08-13: not vacant
    assert [(r["post"], r["last_holder"], r["left"], r["left_doc"], r["days_vacant"]) for r in found] == [
        ("鄂州市住房和城乡建设局副局长", "夏雨", "2019-07-05", "鄂州政任〔2019〕11号", 179)
    ]


# --- due -------------------------------------------------------------------------------------


def test_due_on_the_seed_lists_the_probations_expiring_probations_lists(seeded):
    found = rows(seeded("due", "--on", "2024-08-15", "--within", "60", "--json"))
    assert [(r["person"], r["due"], r["days_left"]) for r in found] == [
        ("刁丽慧", "2024-08-31", 16),
        ("张传君", "2024-09-30", 46),
        ("赵严龙", "2024-09-30", 46),
        ("刘辉", "2024-09-30", 46),
        ("张震", "2024-09-30", 46),
        ("崔军", "2024-09-30", 46),
        ("孙建勇", "2024-09-30", 46),
    ]  # not 谭珍民 (2024-11-30)
    assert {(r["kind"], r["doc_no"], r["notice_date"], r["overdue"]) for r in found} == {
        ("probation", "市中政任〔2024〕6号", "2024-05-24", False)
    }


def test_due_marks_the_probations_already_overdue(seeded):
    result = seeded("due", "--on", "2024-10-01", "--within", "30")
    assert result.exit_code == 0, result.output
    lines = [line.split() for line in result.stdout.splitlines()[4:]]
    assert lines[0][:6] == ["2024-08-31", "overdue", "31", "days", "probation", "ended,"]
    assert [line[:4] for line in lines[1:]] == [["2024-09-30", "overdue", "1", "day"]] * 6
    assert all(line[-2:] == ["2024-05-24", "(市中政任〔2024〕6号)"] for line in lines)
    assert "7 probations ended before 2024-10-01 with no confirmation on record" in result.stderr


def test_due_years_in_the_same_post_and_the_option_for_them(seeded):
    found = rows(seeded("due", "--on", "2029-04-01", "--within", "30", "--json"))
    zhao = [r for r in found if r["person"] == "赵晨"]
    assert zhao == [
        {
            "kind": "tenure",
            "due": "2029-04-20",
            "days_left": 19,
            "overdue": False,
            "person": "赵晨",
            "post": "济南市市中区人民政府王官庄街道办事处主任",
            "since": "2024-04-20",
            "years": 5,
            "term": None,
            "doc_no": "市中政任〔2024〕5号",
            "notice": "b47bef64",
            "notice_date": "2024-04-20",
        }
    ]
    assert len([r for r in found if r["kind"] == "tenure"]) == 12  # the 12 appointments of 5号 still held
    none = rows(seeded("due", "--on", "2029-04-01", "--within", "30", "--tenure-years", "0", "--json"))
    assert [r["kind"] for r in none] == ["probation"] * 15  # every probation of the seed, overdue
    bad = seeded("due", "--tenure-years", "five")
    assert bad.exit_code == 2 and "--tenure-years" in bad.stderr


@needs_realdev
def test_due_on_realistic_notices_secondments_and_five_years(run):
    for name in (
        "02-yinzhou-district-jueding-numbered-chains",
        "06-zunyi-city-guazhi",
        "33-ezhou-web-page-three-notices",
    ):
        assert run("import", str(REALDEV / f"{name}.txt")).exit_code == 0
    found = rows(run("due", "--on", "2024-06-01", "--within", "90", "--json"))
    upcoming = [(r["kind"], r["due"], r["person"], r["doc_no"]) for r in found if r["days_left"] >= 0]
    assert upcoming == [
        # 挂职，时间两年 from 2022-06-28
        ("secondment", "2024-06-28", "邵佳怡", "鄞政任〔2022〕6号"),
        # appointed 2019-07-05: five years in the post
        ("tenure", "2024-07-05", "夏雨", "鄂州政任〔2019〕11号"),
        ("tenure", "2024-07-05", "万志刚", "鄂州政任〔2019〕11号"),
        *[("tenure", "2024-07-16", p, "遵府任〔2019〕21号") for p in ("刘振宇", "王思远", "郑伟", "陆佳敏", "何晓丽")],
        ("tenure", "2024-08-13", "程丽华", "鄂州政任〔2019〕14号"),
    ]
    overdue = [(r["person"], r["due"]) for r in found if r["overdue"]]
    assert overdue == [
        ("夏雨", "2020-07-05"),
        ("程丽华", "2020-08-13"),
        ("徐国栋", "2023-06-28"),
        ("金晨", "2023-06-28"),
    ]


def test_due_terms_of_office_and_a_renewal(run, tmp_path):
    for name, text in (("terms.txt", TERMS), ("renewal.txt", RENEWAL)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert run("import", str(tmp_path / name)).exit_code == 0
    found = rows(run("due", "--on", "2024-02-01", "--within", "60", "--json"))
    assert [(r["kind"], r["due"], r["person"], r["term"], r["doc_no"]) for r in found] == [
        ("term", "2024-02-29", "丙三", "聘期三年(2021年3月1日至2024年2月29日)", "县政任〔2021〕1号"),
        ("term", "2024-03-01", "甲一", "聘期三年", "县政任〔2021〕1号"),
    ]
    # renewed (续聘) on 2024-02-20: 甲一's term runs to 2027 from then on
    later = rows(run("due", "--on", "2024-02-25", "--within", "60", "--json"))
    assert [(r["person"], r["due"]) for r in later] == [("丙三", "2024-02-29")]
    # a term recorded by a person (its qualifiers written by the ORM, JSON-escaped) is found too
    recorded = run(
        "record", "--date", "2023-06-01", "--cite", "县政府常务会议", "--action", "appoint",
        "--person", "庚七", "--post", "某某县教育局局长", "--other", "聘期一年",
    )  # fmt: skip
    assert recorded.exit_code == 0, recorded.output
    result = run("due", "--on", "2024-05-01", "--within", "70", "--tenure-years", "0")
    assert result.exit_code == 0
    body = [" ".join(line.split()) for line in result.stdout.splitlines()[4:]]
    assert body == [
        "2024-06-01 in 31 days term of office ends (聘期一年) 庚七 某某县教育局局长 2023-06-01 (县政府常务会议)",
        "2024-06-30 in 60 days term of office ends (任期至2024年6月) 戊五 某某县财政局局长 "
        "2021-03-01 (县政任〔2021〕1号)",
    ]


def test_due_says_so_when_nothing_falls_due(seeded):
    result = seeded("due", "--on", "2024-06-01", "--within", "30")
    assert result.exit_code == 1 and "nothing falls due between 2024-06-01 and 2024-07-01" in result.stderr
    assert seeded("due", "--on", "2024-06-01", "--within", "30", "--json").stdout.strip() == "[]"
