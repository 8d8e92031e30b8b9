"""Hostile and broken input, round two (issue 24): each break, through the CLI."""

from __future__ import annotations

from conftest import as_json


def _notice(issuer: str, doc_no: str, body: str, day: str = "2024年4月20日") -> str:
    return f"{issuer}\n关于任免职务的通知\n{doc_no}\n各街道办事处：\n{body}\n{issuer}\n{day}\n"


def test_one_doc_number_from_two_issuers_is_two_notices(seeded, tmp_path):
    """枣庄市市中区 uses the number 市中政任〔2024〕5号 too: not 济南's notice with other text."""
    other = tmp_path / "zaozhuang.txt"
    other.write_text(
        _notice(
            "枣庄市市中区人民政府", "市中政任〔2024〕5号", "区政府决定，任命：\n李明同志为枣庄市市中区统计局局长。"
        ),
        encoding="utf-8",
    )
    result = seeded("import", str(other))
    assert result.exit_code == 0, result.output
    rows = [r for r in as_json(seeded("notices", "--json")) if r["doc_no"] == "市中政任〔2024〕5号"]
    assert sorted((r["issuer"], r["retracted_at"]) for r in rows) == [
        ("枣庄市市中区人民政府", None),
        ("济南市市中区人民政府", None),  # 济南's 27 events stand
    ]
    assert seeded("who-holds", "王官庄街道办事处主任", "--on", "2024-05-01").exit_code == 0


def test_a_traditional_character_does_not_split_a_person(run, tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(
        _notice("某县人民政府", "某政任〔2024〕1号", "县政府决定，任命：\n张三同志为某县审计局局长。", "2024年1月5日"),
        encoding="utf-8",
    )
    second = tmp_path / "b.txt"
    second.write_text(
        _notice(
            "某县人民政府", "某政任〔2024〕2号", "县政府决定：\n免去張三同志的某县审计局局长职务。", "2024年6月5日"
        ),
        encoding="utf-8",
    )
    assert run("import", str(first)).exit_code == 0 and run("import", str(second)).exit_code == 0
    career = as_json(run("person", "張三", "--json"))
    assert [(t["person"], t["since"], t["ended"]) for t in career] == [("张三", "2024-01-05", "2024-06-05")]
    assert run("who-holds", "某县审计局局长", "--on", "2024-07-01").exit_code == 1  # the tenure ended
    [notice] = as_json(run("notice", "某政任〔2024〕2号", "--json"))
    assert "張三" in notice["events"][0]["clause"]  # the stored text keeps what was written
