"""Every notice nameable: a short id for notices without a doc number (most real ones), accepted
by notice, retract and reinstate; a near copy of a notice already in the ledger is said."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import as_json

REALDEV = Path(__file__).resolve().parent / "corpus_realdev"
SHENYANG = REALDEV / "09-shenyang-npcsc-2015-acting-mayor.txt"
XUCHANG = REALDEV / "13-xuchang-npcsc-2025-resignation-notitle.txt"


def _import(run, *files: Path) -> None:
    for file in files:
        result = run("import", str(file))
        assert result.exit_code == 0, result.output


def _id_of(run, title_part: str) -> str:
    rows = as_json(run("notices", "--json"))
    [row] = [r for r in rows if title_part in (r["title"] or "") or title_part in r["file"]]
    assert row["doc_no"] is None and len(row["id"]) == 8
    return row["id"]


@pytest.mark.slow
def test_a_notice_without_a_doc_number_is_shown_retracted_and_reinstated_by_its_id(run):
    _import(run, SHENYANG, XUCHANG)
    ident = _id_of(run, "xuchang")
    listing = run("notices")
    assert ident in listing.stdout and "13-xuchang" in listing.stdout.replace("\n", "").replace(" ", "")
    [shown] = as_json(run("notice", ident, "--json"))
    assert (shown["id"], [e["person"] for e in shown["events"]]) == (ident, ["杨小菁"])
    assert run("who-holds", "许昌市人民政府市长", "--on", "2025-01-01").exit_code == 0

    retracted = run("retract", ident[:6], "--reason", "wrong city")  # a prefix is enough when it is unique
    assert retracted.exit_code == 0 and ident in retracted.stdout
    assert run("who-holds", "许昌市人民政府市长", "--on", "2025-01-01").exit_code == 1
    assert run("reinstate", ident, "--reason", "right city after all").exit_code == 0
    assert run("who-holds", "许昌市人民政府市长", "--on", "2025-01-01").exit_code == 0


def test_answers_cite_a_notice_without_a_doc_number_by_its_id(run):
    _import(run, SHENYANG)
    ident = _id_of(run, "shenyang")
    answer = run("who-holds", "沈阳市人民政府市长", "--on", "2015-03-01")
    assert f"(notice {ident})" in answer.stdout
    [post] = as_json(run("who-holds", "沈阳市人民政府市长", "--on", "2015-03-01", "--json"))
    assert post["holders"][0]["since_notice"] == ident


def test_an_unknown_id_says_so(run):
    _import(run, SHENYANG)
    result = run("retract", "deadbeef", "--reason", "x")
    assert result.exit_code == 1 and "deadbeef" in result.output


def test_a_one_character_correction_is_said_with_the_earlier_notice_and_the_ways_out(run, tmp_path):
    text = SHENYANG.read_text(encoding="utf-8")
    at = text.rindex("潘利国")
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(text[:at] + "潘立国" + text[at + 3 :], encoding="utf-8")
    _import(run, SHENYANG)
    ident = _id_of(run, "shenyang")
    result = run("import", str(corrected))
    assert result.exit_code == 0
    assert f"nearly the same as notice {ident}" in result.output
    assert f"ledger retract {ident}" in result.output and "--supersede" in result.output

    superseded = run("import", str(corrected), "--supersede")
    assert superseded.exit_code == 0  # already imported: nothing more, nothing retracted
    assert sorted(h["person"] for p in as_json(run("who-holds", "沈阳市人民政府市长", "--on", "2015-03-01", "--json"))
                  for h in p["holders"]) == ["潘利国", "潘立国"]  # fmt: skip


def test_supersede_replaces_a_near_copy_without_a_doc_number(run, tmp_path):
    text = SHENYANG.read_text(encoding="utf-8")
    at = text.rindex("潘利国")
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(text[:at] + "潘立国" + text[at + 3 :], encoding="utf-8")
    _import(run, SHENYANG)
    assert run("import", str(corrected), "--supersede").exit_code == 0
    holders = as_json(run("who-holds", "沈阳市人民政府市长", "--on", "2015-03-01", "--json"))
    assert [h["person"] for p in holders for h in p["holders"]] == ["潘立国"]


def test_two_different_notices_of_one_issuer_and_day_are_not_near_copies(run, tmp_path):
    first = "\n".join(
        [
            "某市人民代表大会常务委员会关于接受张三辞去某市人民政府副市长职务的决定",
            "（2024年3月1日某市第十届人民代表大会常务委员会第九次会议通过）",
            "某市第十届人民代表大会常务委员会第九次会议决定：接受张三辞去某市人民政府副市长职务的请求。",
        ]
    )
    second = "\n".join(
        [
            "某市人民代表大会常务委员会关于接受李四辞去某市人民政府秘书长职务的决定",
            "（2024年3月1日某市第十届人民代表大会常务委员会第九次会议通过）",
            "某市第十届人民代表大会常务委员会第九次会议决定：接受李四辞去某市人民政府秘书长职务的请求。",
        ]
    )
    (tmp_path / "a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b.txt").write_text(second, encoding="utf-8")
    _import(run, tmp_path / "a.txt")
    result = run("import", str(tmp_path / "b.txt"))
    assert result.exit_code == 0 and "nearly the same" not in result.output


def test_exports_name_every_notice_by_its_id(run):
    import csv
    import io
    import json

    _import(run, SHENYANG)
    ident = _id_of(run, "shenyang")
    exported = run("export", "--format", "json")
    data = json.loads(exported.stdout)
    assert [n["id"] for n in data["notices"]] == [ident]
    assert [t["start_notice"] for t in data["tenures"]] == [ident]
    rows = list(csv.DictReader(io.StringIO(run("export").stdout.lstrip("\ufeff"))))
    assert [r["start_notice"] for r in rows] == [ident]
