"""Stage 2: cutting a file into notices at their titles."""

from __future__ import annotations

from ledger.parse import normalise, split_notices

TWO_NOTICES = """某某市人民政府
关于张三等同志任免
职务的通知
任命张三同志为某某市财政局局长。
某某市人民政府
2024年1月2日
某某市人民政府办公室
关于印发2024年工作要点的通知
各部门：现印发给你们。
2024年1月3日
"""


def test_titles_broken_across_lines_start_new_notices():
    blocks = split_notices(normalise(TWO_NOTICES))
    assert [block.title for block in blocks] == ["关于张三等同志任免职务的通知", "关于印发2024年工作要点的通知"]
    assert [block.lines[block.issuer_line].text for block in blocks] == ["某某市人民政府", "某某市人民政府办公室"]


def test_text_without_title_is_one_notice():
    blocks = split_notices(normalise("任命张三同志为某某市财政局局长。\n2024年1月2日"))
    assert len(blocks) == 1 and blocks[0].title is None


def test_quoted_document_names_are_not_titles():
    blocks = split_notices(normalise("关于X的通知\n请学习《关于进一步加强\n工作的意见》，\n认真落实。"))
    assert len(blocks) == 1
