"""Stage 1: decoding and line clean-up, on plain strings and bytes."""

from __future__ import annotations

import pytest

from ledger.errors import ParseError
from ledger.parse import decode, normalise
from ledger.parse.normalise import without_markup


def test_decodes_utf8_bom_and_gb18030_alike():
    text = "任命：张三同志为某某局局长。"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("gb18030")) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty file"), (b"  \n\n", "empty file"), (b"\x00\x01\x02PNG", "binary file")],
)
def test_refuses_empty_and_binary_input(data, message):
    with pytest.raises(ParseError, match=message):
        decode(data, "in.txt")


def test_undecodable_bytes_name_the_line():
    data = "第一行\n".encode() + b"\x81\x20\xff\xfe\xfd\n"
    with pytest.raises(ParseError) as info:
        decode(data, "in.txt")
    assert info.value.line == 2 and "in.txt:2" in str(info.value)


def test_full_width_forms_become_half_width_and_line_numbers_survive():
    lines = normalise("\n　任命：张三同志为某局局长（试用期一年）；\n\n２０２４年５月１日\n")
    assert [(line.no, line.text) for line in lines] == [
        (2, "任命:张三同志为某局局长(试用期一年);"),
        (4, "2024年5月1日"),
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "3",
        "— 12 —",
        "- 7 -",
        "第 3 页",
        "区政府文件 济南市市中区人民政府公报（2024 年第 2期）",
        "（此件公开发布）",
        "重庆市人民代表大会常务委员会公报                2023年第5号（总第286号）",
        "· 652 ·                 全国人民代表大会常务委员会公报 2024·4",
        "·某县人民政府关于陈平等同志职务任免的通知2023-07-26·某县人民政府关于周某同志任职的通知",
        "某县党政信息汇编                                   2023年第5期（总第41期）",
        "某自治州人民代表大会常务委员会公报                    2024年第5号（总第八十七号）",
        "阿瓦提县委组织部　　　　　　　　　　　　　　　　　　　　　　　　　　1",
        "市政府文件　　　　　　　　　　　　人事任免",
        "湖南湘光电子科技股份有限公司                                  公告",
    ],
)
def test_page_furniture_is_dropped(furniture):
    assert [line.text for line in normalise(f"张三同志为某局\n{furniture}\n局长")] == ["张三同志为某局", "局长"]


def test_pinyin_annotations_are_removed():
    assert normalise("國(guó)務(wù)院任(rèn)命(mìng)")[0].text == "国务院任命"


def test_traditional_text_is_converted_but_simplified_names_are_left_alone():
    assert normalise("國務院任免國家工作人員")[0].text == "国务院任免国家工作人员"
    assert normalise("任命乾坤同志为某局局长")[0].text == "任命乾坤同志为某局局长"


def test_every_furniture_pattern_needs_one_of_the_furniture_marks():
    """The quick pre-test of a line (FURNITURE_MARKS) must never hide a furniture pattern."""
    import re

    from ledger.vocab import FURNITURE_MARKS, PAGE_FURNITURE

    for pattern in PAGE_FURNITURE:
        # a pattern with every mark removed from its literal text and its digit classes
        stripped = re.sub(r"\\d|[" + re.escape(FURNITURE_MARKS) + "]", "", pattern.pattern)
        assert stripped != pattern.pattern, pattern.pattern


def test_web_furniture_glued_to_a_line_and_control_characters_are_removed():
    from ledger.parse import normalise

    lines = normalise("免去张三的某局局长职务。浏览次数:412  【打印】【关闭窗口】\n李四\x07同志\x1b为某局局长")
    assert [line.text for line in lines] == ["免去张三的某局局长职务。", "李四同志为某局局长"]


def test_full_width_forms_folded_before_nfkc_give_nfkc():
    """normalise replaces the commonest full-width forms itself before testing for NFKC: the
    lines must be exactly what NFKC line by line would give, with any other form still folded."""
    import unicodedata

    from ledger.parse import normalise
    from ledger.parse.normalise import _FULL_WIDTH

    text = "任命：\n张三同志为某局局长（试用期一年）；李四，\u3000王五！？\n２０２４年Ａ\u0301；\r\nｆｉ"
    expected = [unicodedata.normalize("NFKC", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    assert [line.text for line in normalise(text)] == expected
    for wide, narrow in _FULL_WIDTH:
        assert unicodedata.normalize("NFKC", wide) == narrow


def test_furniture_split_in_two_finds_what_the_patterns_find():
    from ledger.parse.normalise import is_furniture
    from ledger.vocab import PAGE_FURNITURE

    lines = [
        *("12", "— 12 —", "第 3 页 共 9 页", "3/9", "某区人民政府公报 2024年第3期", "区政府文件  某区公报"),
        *("某区人民政府公报", "南关区人民政府公报 21", "区政府文件", "·17·", "(此件公开发布)", "2024 年第 1 期"),
        *("二〇二四年第十二期", "张三同志为某局局长(试用期一年)", "2024年5月1日", "见某区人民政府公报(2024年第3期)"),
        "1号文件",
    ]
    for line in lines:
        assert is_furniture(line) == any(p.search(line) for p in PAGE_FURNITURE), line


def test_a_line_too_long_is_refused_at_its_line_even_past_the_first_megabyte(tmp_path):
    """check_shape counts the lines of a chunk at once when none is too long: the line it
    names must still be the long one, wherever the 1 MiB chunks fall."""
    from ledger.parse import MAX_LINE_BYTES, check_shape

    ok = tmp_path / "ok.txt"
    ok.write_bytes(b"x\n" * 400_000 + b"y" * MAX_LINE_BYTES + b"\nz")
    check_shape(ok)
    for name, data, line in (
        ("first.txt", b"a" * (MAX_LINE_BYTES + 1), 1),
        ("later.txt", b"x\n" * 400_000 + b"y" * (MAX_LINE_BYTES + 1) + b"\nz", 400_001),
        ("crlf.txt", b"a\r\n" * 10 + b"b" * (MAX_LINE_BYTES + 2), 11),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ParseError) as caught:
            check_shape(path)
        assert caught.value.line == line


def test_a_page_saved_as_one_line_gets_its_lines_back():
    page = (
        "首页 > 人事任免 小营街道办事处关于方晓东等同志职务任免的通知 发布时间：2025-03-11 浏览次数：88 "
        "各社区居民委员会： 经研究决定： 任命方晓东同志为小营街道党政综合办公室主任； "
        "任命黄莉同志为小营街道便民服务中心主任（试用期一年）； 任命潘建军同志为小营街道平安建设办公室副主任； "
        "免去黎  静同志的小营街道经济发展办公室主任职务。 特此通知。 小营街道办事处 2025年3月7日 "
        "上一篇：小营街道开展志愿服务活动 下一篇：关于公益性岗位招聘的公告"
    )
    texts = [line.text for line in normalise(page)]
    assert "小营街道办事处关于方晓东等同志职务任免的通知" in texts and "2025年3月7日" in texts
    assert "免去黎静同志的小营街道经济发展办公室主任职务。" in texts  # the padded name kept whole
    assert not [t for t in texts if t.startswith(("上一篇", "下一篇"))]


def test_a_run_together_page_breaks_before_its_date_field_not_inside_the_clause():
    page = "一、决定任命 " + "甲为某局局长； " * 20
    page += "二、决定免去 陈敏的某区人民法院副院长职务。发布日期：2022-05-06 浏览次数：5"
    texts = [line.text for line in normalise(page)]
    assert "陈敏的某区人民法院副院长职务。" in texts and "发布日期:2022-05-06" in texts


def test_a_gazettes_table_of_contents_is_furniture():
    from ledger.parse.normalise import is_furniture

    assert is_furniture("目　　录")
    assert is_furniture("宾川县人民政府关于杨志华等同志职务任免的通知…………………………（1）")
    assert not is_furniture("宾川县人民政府关于杨志华等同志职务任免的通知")


def test_a_gazettes_running_head_with_its_section():
    from ledger.parse.normalise import is_furniture

    assert is_furniture("鄂尔多斯市人民政府公报                                        市政府文件")


def test_links_to_other_pages_with_their_dates_and_a_breadcrumb_are_page_furniture():
    text = (
        "当前位置：首页 > 人事\n国务院任免国家工作人员\n任命某某为某部副部长。\n"
        "相关稿件\n国务院任免国家工作人员　2024-05-31\n"
    )
    assert [line.text for line in normalise(text)] == ["国务院任免国家工作人员", "任命某某为某部副部长。"]


def _two_columns(left: list[str], right: list[str], gutter: int = 46) -> str:
    """A page as pdftotext -layout prints two columns: each line a left and a right line."""

    def cells(text: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)

    rows = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append(a + " " * (gutter - cells(a)) + b if b else a)
    return "\n".join(rows)


def test_a_two_column_page_is_read_column_by_column_with_its_line_numbers():
    left = [
        "    经县人民政府研究，决定：",
        "    任命：",
        "    吴建平同志为某县发展和改革局局",
        "长；",
        "    刘志远同志为某县经济合作和外事",
        "局局长；",
        "    陈晓梅同志为某县教育局副局长（试",
        "用期一年）。",
        "    免去：",
        "    吴建平同志的某县经济合作和外事",
    ]
    right = [
        "局局长职务；",
        "    黄立新同志的某县发展和改革局局",
        "长职务；",
        "    罗静同志的某县教育局副局长职",
        "务；",
        "    何明同志的某县应急管理局副局",
        "长职务。",
    ]
    page = _two_columns(left, right) + "\n\n                 — 14 —\n"
    lines = normalise(page)
    texts = [line.text for line in lines]
    assert "".join(texts).startswith("经县人民政府研究,决定:任命:吴建平同志为某县发展和改革局局长;")
    assert "".join(texts).endswith(
        "吴建平同志的某县经济合作和外事局局长职务;黄立新同志的某县发展和改革局局长职务;"
        "罗静同志的某县教育局副局长职务;何明同志的某县应急管理局副局长职务。"
    )
    # the right column's first line is the source's first line
    assert [(line.no, line.text) for line in lines if line.text == "局局长职务;"] == [(1, "局局长职务;")]


def test_a_table_whose_columns_are_set_apart_by_spaces_is_no_two_column_page():
    rows = [
        "序号  姓名        任　　职                          免　　职",
        "1     郝建国      某市生态环境局局长                某市生态环境局某分局局长",
        "2     其其格      某市教育局副局长（试用期一年）    —",
        "3     巴特尔      某市农牧局局长                    某市林业和草原局副局长",
        "4     乌云毕力格  某市民族事务委员会主任            —",
        "5     李卫东      —                                 某市农牧局局长（退休）",
        "6     那仁满都拉  某市文化旅游体育局副局长          某市文化馆馆长",
        "7     张晓红      某市人民政府办公室副主任          某市人民政府研究室副主任",
    ]
    assert [line.no for line in normalise("\n".join(rows))] == list(range(1, 9))


def test_a_page_foot_of_doc_number_and_page_mark_is_furniture_the_doc_number_alone_is_not():
    text = "某某〔2023〕41号\n王志刚同志任所长；\n豫农科党〔2023〕41号                     —1—\n苗振华同志任副处长。\n"
    assert [(line.no, line.text) for line in normalise(text)] == [
        (1, "某某〔2023〕41号"),
        (2, "王志刚同志任所长;"),
        (4, "苗振华同志任副处长。"),
    ]


def test_a_gazettes_section_label_at_a_pages_foot_goes_a_clause_broken_there_stays():
    text = "决定任命：\n钟国华为赣州市发展和改革委员会主任；\n人大决定\n— 3 —\n曾小兰为赣州市教育局局长；\n"
    assert [line.text for line in normalise(text)] == [
        "决定任命:",
        "钟国华为赣州市发展和改革委员会主任;",
        "曾小兰为赣州市教育局局长;",
    ]
    text = "岩温香为勐海县茶叶产业发展中心主任；\n车林为勐海县\n—3—\n边境管理服务中心副主任。\n"
    assert "车林为勐海县" in [line.text for line in normalise(text)]


def test_a_compilations_running_head_with_its_issue_editor_and_page_is_furniture():
    text = (
        "免去游建新同志的县委党校副校长职务；\n"
        "乐安县干部任免文件汇编（2024年第1期）　中共乐安县委组织部编\n罗俊同志任某中心副主任。\n"
    )
    assert [line.no for line in normalise(text)] == [1, 3]
    text = "张三同志任某处处长；\n上海市发展和改革委员会文件　-2-\n李四同志任某处副处长。"
    assert [line.no for line in normalise(text)] == [1, 3]


def test_a_bulletins_running_head_and_the_state_council_gazettes_with_the_year_first():
    text = (
        "张三同志任某处处长；\n绵阳纪检监察工作通讯2024年第2期\n"
        "2023·12　　　　中华人民共和国国务院公报\n李四同志任某处副处长。"
    )
    assert [line.no for line in normalise(text)] == [1, 4]


def test_a_bodys_bulletin_running_head_with_its_issue_and_page():
    text = "张三同志任某处处长；\n国家税务总局南阳市税务局·2025年第1期　—5—\n李四同志任某处副处长。"
    assert [line.no for line in normalise(text)] == [1, 3]


def test_a_compilations_running_head_with_its_issue_apart_is_furniture():
    from ledger.parse.normalise import is_furniture

    assert is_furniture("某县城发集团文件汇编　　　　　　　２０２４年第３期")
    assert is_furniture(
        "乐安县干部任免文件汇编（2024年第1期） 中共乐安县委组织部编".replace("（", "(").replace("）", ")")
    )


def test_a_page_run_together_under_its_running_head_keeps_its_sentences():
    page = (
        "市政府文件 某市人民政府公报 2022年第9期 事处主任职务;免去曹静的某市退役军人事务局副局长职务;"
        "免去蒋文的某市审计局副局长职务。 三、刘建新同志试用期满,经考核合格,正式任某市审计局副局长。"
        " 某市人民政府 2022年9月19日 —28—"
    )
    texts = [line.text for line in normalise(page)]
    assert any(text.startswith("事处主任职务;免去曹静") for text in texts)
    assert any(text.startswith("三、刘建新同志试用期满") for text in texts)


def test_a_journals_running_head_with_its_issue_first_is_furniture():
    lines = normalise("免去其院机关党委\n2024 年第 3 期 某农业科学院院刊 · 党务\n— 17 —\n专职副书记职务；")
    assert [line.text for line in lines] == ["免去其院机关党委", "专职副书记职务;"]


def test_a_gazettes_issue_on_a_line_of_its_own_is_furniture():
    lines = normalise("曲志勇的检察长、检察员职\n15\n某省人民代表大会常务委员会公报\n2024 年第 1 号\n务。")
    assert [line.text for line in lines][-1] == "务。" and "2024 年第 1 号" not in [line.text for line in lines]


def test_a_gazettes_column_label_between_dots_is_furniture():
    # (b140/11) ·人事任免· atop each page, even where a post is broken across the page
    from ledger.parse.normalise import is_furniture

    assert is_furniture("·人事任免·") and is_furniture("• 政府文件 •")
    lines = [
        line.text for line in normalise("蒋璐同志为某县城市建设投资集团有\n— 19 —\n·人事任免·\n限公司副总经理；\n")
    ]
    assert lines == ["蒋璐同志为某县城市建设投资集团有", "限公司副总经理;"]


def test_straight_quotes_in_pairs_become_a_quotations_marks():
    texts = [line.text for line in normalise('原文"任命甲为某局局长"，更正为"任命乙为某局局长"。\n他说"好\n')]
    assert texts == ["原文“任命甲为某局局长”,更正为“任命乙为某局局长”。", '他说"好']


def test_a_doc_number_with_a_word_before_the_number_is_one():
    # (b145/02) 日委〔2022〕任字38号 repeated as a page's head
    from ledger.vocab import DOC_NO

    assert DOC_NO.fullmatch("日委〔2022〕任字38号") and DOC_NO.fullmatch("某政发〔2024〕12号")


def test_a_page_run_together_breaks_before_each_numbered_item():
    # (b148/05) …局局长；2.粟丽华为…: a web page saved as one line, its items numbered inline
    from ledger.parse.normalise import relines

    # (after the marks are made half-width, as normalise makes them before it cuts)
    assert relines("一、决定任命 1.杨胜军为某县发展和改革局局长;2.粟丽华为某县教育局局长。 二、决定免去") == [
        "一、决定任命",
        "1.杨胜军为某县发展和改革局局长;",
        "2.粟丽华为某县教育局局长。",
        "二、决定免去",
    ]


def test_a_two_column_page_where_one_left_line_leaves_a_narrow_gutter():
    # the left column's fourth line is long: three spaces before the right column, which
    # opens its next part there
    lines = [
        "一、决定任命：                    　　付小平的某县教育局局长职",
        "　　田茂林为某县发展和改革局    务；",
        "局长；                            　　冉启刚的某县统计局局长职",
        "　　张弛为某县卫生健康局局长；   三、任命：",
        "　　杨胜利为某县自然资源局局    　　某县人民法院",
        "长；                              　　黎明为副院长；",
        "　　罗永霞为某县审计局局长；    　　刘婷、谢锐为审判员。",
        "二、决定免去：                    四、免去：",
    ]
    texts = [line.text for line in normalise("\n".join(lines))]
    assert "三、任命:" in texts
    assert texts.index("三、任命:") > texts.index("二、决定免去:")


def test_a_two_column_pages_signature_set_far_right_below_its_last_line():
    lines = [
        "各乡镇人民政府，县级各部门：        　　张军为某县医疗保障局局长。",
        "　　经县政府研究，决定：            　　免去：",
        "　　任命：                          　　李志强的某县医疗保障局局",
        "　　王志远为某县发展和改革局      长职务；",
        "副局长（试用期一年）；              　　张军的某县医疗保障局副局",
        "　　蒲丽君为某县财政局副局长      长职务；",
        "（试用期半年）；                    　　冉秀兰的某县统计局副局长",
        "　　赵红英为某县林业局副局长      职务（退休）。",
        "（试用期一年半）；                  ",
        "　　何琼为某县人民政府办公室      　　　　　　某县人民政府",
        "副主任，兼任某县人民政府金融      　　　　　　2024年12月30日",
        "工作办公室主任；                    ",
    ]
    texts = [line.text for line in normalise("\n".join(lines))]
    assert "副主任,兼任某县人民政府金融" in texts
    assert texts[-2:] == ["某县人民政府", "2024年12月30日"]


def test_a_page_on_one_line_with_a_padded_name_opening_a_line():
    from ledger.parse.normalise import relines

    # the name's first half alone between two gaps opens the next line; after a verb it ends it
    assert relines("三、任命 某县人民法院 张 雪为审判员;罗文彬为庭长。 四、免去 免去黎 静同志的审判员职务。") == [
        "三、任命",
        "某县人民法院",
        "张雪为审判员;罗文彬为庭长。",
        "四、免去",
        "免去黎静同志的审判员职务。",
    ]


def test_a_bulletins_running_head_inside_a_sentence_broken_by_the_page():
    text = "补选田志鹏、常海英为某镇人民政府副\n阳城人大　　　　　　　　　　　　　　　　　　　２０２３年第１期\n镇长。"
    assert [line.text for line in normalise(text)] == ["补选田志鹏、常海英为某镇人民政府副", "镇长。"]


def test_a_scans_slips_are_read_as_meant():
    text = "  ■ 高振宇同忐为某局局长；\n刘志国同志旳某局副局长职务；丶\n于海洋同志丶李红同志"
    assert [line.text for line in normalise(text)] == [
        "高振宇同志为某局局长;",
        "刘志国同志的某局副局长职务;",
        "于海洋同志、李红同志",
    ]


def test_a_contents_entry_broken_over_two_lines_and_its_section_labels_are_dropped():
    page = (
        "某镇人民政府公报\n目  录\n镇政府文件\n某镇人民政府关于陈家辉等同志职务任免的通知……………（2）\n"
        "中共某镇委员会 某镇人民政府关于印发《某镇2024年安全生产工作\n要点》的通知………………………（4）\n"
        "人事任免\n某镇人民政府关于周雅琳等同志试用期满正式任职的通知…………（10）\n"
        "某镇人民政府关于陈家辉等同志\n职务任免的通知\n陈家辉任某镇经济发展局局长；\n"
    )
    assert [line.text for line in normalise(page)] == [
        "某镇人民政府关于陈家辉等同志",
        "职务任免的通知",
        "陈家辉任某镇经济发展局局长;",
    ]


def test_a_bilingual_pages_lines_in_the_other_script_only_are_dropped_and_line_numbers_kept():
    page = (
        "新疆维吾尔自治区人民政府\n"
        "任命古丽娜尔·买买提为某厅副厅长；\n"
        "گۈلنار مەمەت ئاپتونوم رايونلۇق مىللەتلەر ئىشلىرى كومىتېتىنىڭ مۇئاۋىن مۇدىرلىقىغا تەيىنلەنسۇن؛\n"
        "免去迪丽努尔·热合曼的某厅副厅长职务。\n"
    )
    assert [(line.no, line.text) for line in normalise(page)] == [
        (1, "新疆维吾尔自治区人民政府"),
        (2, "任命古丽娜尔·买买提为某厅副厅长;"),
        (4, "免去迪丽努尔·热合曼的某厅副厅长职务。"),
    ]


def test_an_html_mail_saved_as_text_gives_its_lines_at_their_source_line_numbers():
    text = (
        "主题: 人事通知\n"
        "胡集镇人民政府<br>关于周红等同志职务任免的通知<br>\n"
        "&nbsp;&nbsp;&nbsp;&nbsp;1.聘任周红为胡集镇农业农村服务中心主任；<br>\n"
        "&nbsp;&nbsp;二零二五年一月十日<br>\n"
    )
    assert [(line.no, line.text) for line in normalise(text)] == [
        (1, "主题: 人事通知"),
        (2, "胡集镇人民政府"),
        (2, "关于周红等同志职务任免的通知"),
        (3, "1.聘任周红为胡集镇农业农村服务中心主任;"),
        (4, "二零二五年一月十日"),
    ]
    # a text with a tag or an entity or two is no HTML saved as text: left as written
    assert without_markup("某A&amp;B公司<br>董事") is None


def test_a_bilingual_korean_page_keeps_only_its_chinese_lines():
    text = "왕국강을 연변조선족자치주 상무국 부국장으로.\n王国强为某州商务局副局长。\n면직:\n免去：\n"
    assert [(line.no, line.text) for line in normalise(text)] == [(2, "王国强为某州商务局副局长。"), (4, "免去:")]


def test_a_pages_head_or_foot_beside_its_number_is_furniture():
    text = (
        "化学与化工学\n— 1 —\n川北科技大学党委办公室                    2024 年 7 月 12 日印发\n"
        "院\n谭永康　　党委书记\n"
    )
    assert [line.text for line in normalise(text)] == ["化学与化工学", "院", "谭永康  党委书记"]
