"""The parser's reasons (an open item's, a skipped notice's, a doubt's) are stored in English and
read in the interface's language: by the catalog, or by the template they were made from."""

from __future__ import annotations

import pytest
from test_i18n import ZH, C, ledger

from ledger import i18n, vocab

UNREADABLE = (
    "某县人民政府\n关于任免职务的通知\n某政任〔2024〕3号\n各乡镇：\n县政府决定：\n"
    "任命张三同志为某县审计局局长；\n任命李四同志为。\n某县人民政府\n2024年4月20日\n"
)


@pytest.fixture
def chinese(monkeypatch):
    monkeypatch.setenv("LEDGER_LANG", "zh")
    i18n.translations.cache_clear()
    yield
    monkeypatch.setenv("LEDGER_LANG", "en")
    i18n.translations.cache_clear()


def test_a_stored_reason_is_read_back_through_its_template(chinese):
    stored = vocab.NO_PERSON_AND_POST.format(action="appoint")
    assert i18n.as_said(stored, vocab.REASON_TEMPLATES) == "无法识读这条任职条文：没有人员和职务"
    quoted = vocab.CANNOT_READ_QUALIFIER.format(text="试用期一年半多")
    assert i18n.as_said(quoted, vocab.REASON_TEMPLATES) == "无法识读附注 '试用期一年半多'"
    assert i18n.as_said("work plan, not appointments", vocab.REASON_TEMPLATES) == "工作计划，不是任免"
    assert i18n.as_said("a sentence no template made", vocab.REASON_TEMPLATES) == "a sentence no template made"


@pytest.mark.slow  # four ledger processes
def test_an_open_items_reason_is_chinese_under_zh_in_import_and_review(tmp_path):
    notice = tmp_path / "n.txt"
    notice.write_text(UNREADABLE, encoding="utf-8")
    db = str(tmp_path / "l.db")
    zh = ledger(ZH, "--db", db, "import", str(notice))
    assert zh.returncode == 3 and "无法识读这条任职条文" in zh.stdout, zh.stdout
    review = ledger(ZH, "--db", db, "review")
    assert "无法识读这条任职条文" in review.stdout
    english = ledger(C, "--db", db, "review")
    assert "cannot read this appoint clause" in english.stdout
    as_json = ledger(ZH, "--db", db, "review", "--json")
    assert "cannot read this appoint clause" in as_json.stdout  # JSON keeps what is stored


def test_why_a_file_cannot_be_read_is_said_in_the_interfaces_language(chinese):
    from ledger.errors import ParseError
    from ledger.parse import parse_bytes

    with pytest.raises(ParseError) as empty:
        parse_bytes(b"", "empty.txt")
    assert str(empty.value) == "empty.txt: empty file: no text to read"  # what JSON and logs keep
    assert empty.value.localized() == "empty.txt: 空文件：没有可读的文字"
    with pytest.raises(ParseError) as image:
        parse_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64), "scan.png")
    assert image.value.localized().startswith("scan.png: 图片：")
