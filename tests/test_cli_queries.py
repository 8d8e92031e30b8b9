"""Query behaviour beyond the acceptance examples: matching, suggestions, literal text."""

from __future__ import annotations

import pytest
from conftest import as_json


def test_tail_matching_answers_every_matching_post(seeded):
    answers = as_json(seeded("who-holds", "综合行政执法服务中心主任", "--on", "2024-06-01", "--json"))
    posts = [a["post"] for a in answers]
    assert len(posts) == 5 and all(p.endswith("综合行政执法服务中心主任") for p in posts)
    assert {h["person"] for a in answers for h in a["holders"]} == {"刁丽慧", "赵丁立", "李卓", "陈静", "林宗堂"}


def test_deputy_post_is_not_the_head_post_and_no_match_suggests_nearest(seeded):
    result = seeded("who-holds", "王官庄街道办事处副主任")
    assert result.exit_code == 1
    assert "no post" in result.stderr and "did you mean" in result.stderr
    assert "王官庄街道办事处主任" in result.stderr
    assert result.stdout == ""


def test_vacant_post_is_an_answer_not_an_error(seeded):
    answers = as_json(seeded("who-holds", "王官庄街道办事处主任", "--on", "2024-04-20", "--json"))
    assert [h["person"] for a in answers for h in a["holders"]] == ["赵晨"]
    answers = as_json(seeded("who-holds", "新闻出版局局长", "--on", "2024-04-20", "--json"))
    assert [h["person"] for a in answers for h in a["holders"]] == ["王坤山"]


@pytest.mark.parametrize("text", ["%", "_", "%主任", "主_", "'", '"', "\\", "' OR 1=1 --", "主任" * 500])
@pytest.mark.slow
def test_query_text_is_literal(seeded, text):
    result = seeded("who-holds", text, "--on", "2024-06-01", "--json")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    person = seeded("person", text, "--json")
    assert person.exit_code == 1


def test_unknown_qualifier_is_reported_with_file_and_line_but_kept(run, tmp_path):
    notice = tmp_path / "n.txt"
    notice.write_text(
        "关于张三任职的通知\n任命：\n张三同志为某某县水利局局长（另有安排）。\n某某县人民政府\n2024年1月5日\n",
        encoding="utf-8",
    )
    result = run("import", str(notice))
    assert result.exit_code == 0
    assert f"{notice}:3: unknown qualifier '另有安排' kept verbatim" in result.stderr
    parsed = as_json(run("parse", str(notice), "--json"))
    assert parsed["notices"][0]["events"][0]["qualifiers"] == ["另有安排"]


def test_empty_and_binary_files_are_refused_cleanly(run, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    for path, message in ((empty, "empty file"), (binary, "binary file")):
        result = run("import", str(path))
        assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.output


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


def test_confirmation_closes_probation_and_unconfirmed_ones_become_overdue(run, tmp_path):
    (tmp_path / "a.txt").write_text(APPOINTMENTS, encoding="utf-8")
    assert run("import", str(tmp_path / "a.txt")).exit_code == 0
    soon = as_json(run("expiring-probations", "--on", "2024-02-15", "--within", "30", "--json"))
    assert [(r["person"], r["probation_until"], r["days_left"]) for r in soon] == [
        ("王甲", "2024-03-01", 15),
        ("李乙", "2024-03-01", 15),
    ]
    (tmp_path / "c.txt").write_text(CONFIRMATION, encoding="utf-8")
    parsed = as_json(run("parse", str(tmp_path / "c.txt"), "--json"))
    assert [(e["action"], e["person"], e["post"]) for e in parsed["notices"][0]["events"]] == [
        ("confirm", "王甲", "某某县水利局副局长")
    ]
    assert run("import", str(tmp_path / "c.txt")).exit_code == 0
    overdue = as_json(run("expiring-probations", "--on", "2024-04-01", "--include-overdue", "--json"))
    assert [(r["person"], r["days_left"]) for r in overdue] == [("李乙", -31)]
    assert as_json(run("expiring-probations", "--on", "2024-04-01", "--json")) == []
