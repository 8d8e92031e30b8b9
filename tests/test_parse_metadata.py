"""Stage 3: doc number, issuer, signature and date."""

from __future__ import annotations

import datetime as dt

import pytest

from ledger.parse import normalise, parse_text, split_notices
from ledger.parse.metadata import classify, read_metadata


def meta(text: str):
    return read_metadata(split_notices(normalise(text))[0])


@pytest.mark.parametrize(
    ("line", "doc_no"),
    [
        ("市中政任〔2024〕5 号", "市中政任〔2024〕5号"),
        ("京政任［2023］12号", "京政任[2023]12号"),
        ("国发[2022] 3号", "国发[2022]3号"),
    ],
)
def test_doc_numbers_with_any_brackets(line, doc_no):
    assert meta(f"关于张三任职的通知\n{line}\n任命张三为某局局长。\n2024年1月1日").doc_no == doc_no


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2024 年 4 月 20 日", dt.date(2024, 4, 20)),
        ("二〇二四年四月二十日", dt.date(2024, 4, 20)),
        ("一九八○年四月二日", dt.date(1980, 4, 2)),
        ("2021 8 4 日", dt.date(2021, 8, 4)),
    ],
)
def test_signature_dates_in_any_numerals(line, day):
    m = meta(f"某某县人民政府\n关于张三任职的通知\n任命张三为某局局长。\n某某县人民政府办公室\n{line}")
    assert (m.issuer, m.signed_by, m.date) == ("某某县人民政府", "某某县人民政府办公室", day)


def test_signing_body_that_also_occurs_in_a_clause_is_not_cut_from_the_body():
    m = meta(
        "关于某某任免职务的通知\n免去：\n周和本同志的某某区人民政府\n办公室副主任职务。\n某某区人民政府办公室\n2024年4月20日"
    )
    assert m.signed_by == "某某区人民政府办公室"
    assert "".join(line.text for line in m.body).endswith("办公室副主任职务。")


def test_adoption_line_gives_the_date_of_a_standing_committee_decision():
    m = meta(
        "某某市人民代表大会常务委员会关于任免张三职务的决定\n"
        "（2023年5月10日某某市第十六届人民代表大会常务委员会第十次会议通过）\n"
        "决定任命张三为某某市人民政府副市长。"
    )
    assert (m.issuer, m.date) == ("某某市人民代表大会常务委员会", dt.date(2023, 5, 10))


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("关于王坤山等工作人员任免职务的通知", "personnel"),
        ("关于公布区政府领导同志工作分工的通知", "other"),
        ("关于印发《干部人事档案管理办法》的通知", "other"),
        ("关于召开全区安全生产工作会议的通知", "other"),  # a meeting called, nothing decided
        ("关于全区安全生产工作会议的报告", ""),
        ("关于周凯为修水县人民政府代理县长的决定", ""),
        ("某某市人大常委会任免名单", "personnel"),
        ("关于调整部分驻村第一书记的通知", "personnel"),  # posts changing hands: 调整 and a title
        ("关于调整区安全生产委员会组成人员的通知", "other"),
    ],
)
def test_personnel_notices_are_recognised_by_title(title, kind):
    assert classify(title)[0] == kind


def test_web_meta_fields_all_end_with_a_colon():
    """metadata._web_meta tests for ':' before it searches: WEB_META must keep the shape
    ``(?:…):``, every alternative followed by the colon."""
    from ledger.vocab import WEB_META

    pattern = WEB_META.pattern
    assert pattern.startswith("(?:") and pattern.endswith("):")
    depth = 0
    for i, ch in enumerate(pattern[:-2]):  # the group opened first closes only at the end
        depth += ch == "(" and pattern[i - 1 : i] != "\\"
        depth -= ch == ")" and pattern[i - 1 : i] != "\\"
        assert depth > 0 or i == 0, pattern


def test_minutes_and_news_reports_report_decisions_and_are_skipped():
    from ledger.parse import parse_text

    minutes = "某县人民政府常务会议纪要\n会议同意任命刘国栋为某县财政局局长。\n某县人民政府办公室\n2024年3月13日"
    news = (
        "领导干部大会召开\n本报讯(记者 王晨)7月20日上午,某县召开领导干部大会。\n"
        "何明德宣读了市委决定:姚建国同志任中共某县委书记。\n2021年7月21日"
    )
    for text in (minutes, news):
        [notice] = parse_text(text).notices
        assert (notice.kind, notice.events) == ("other", []) and "reported" in notice.skipped_reason


def test_a_news_agency_copy_is_dated_by_its_dateline():
    from ledger.parse import parse_text

    text = (
        "人民日报 2021年08月18日 第01版\n新华社北京8月17日电\n全国人民代表大会常务委员会任免名单\n"
        "免去张三的某部部长职务。\n2021年8月18日"
    )
    assert [n.date for n in parse_text(text).notices if n.events] == [dt.date(2021, 8, 17)]


def test_a_red_header_doc_number_above_the_title_belongs_to_the_notice():
    text = (
        "东江大学文件\n东大发〔2023〕86号\n关于公布第五届中层领导干部聘任名单的通知\n各学院：\n"
        "根据《实施方案》（东大发〔2023〕61号），聘任张三为人事处处长。\n东江大学\n2023年12月28日\n"
    )
    blocks = split_notices(normalise(text))
    assert len(blocks) == 1  # no untitled notice made of the letterhead
    found = read_metadata(blocks[0])
    assert (found.doc_no, found.title, found.date) == (
        "东大发〔2023〕86号",
        "关于公布第五届中层领导干部聘任名单的通知",
        dt.date(2023, 12, 28),
    )


def test_an_adoption_line_broken_before_tongguo_still_dates_the_list():
    found = meta(
        "北京市人民代表大会常务委员会任免名单\n（2022年3月31日北京市第十五届人民代表大会常务委员会第三十八次会议\n"
        "通过）\n一、决定任命\n武振东为北京市城市管理委员会主任。\n"
    )
    assert found.date == dt.date(2022, 3, 31)


def test_news_of_a_session_that_made_appointments_is_a_report():
    found = meta(
        "市十八届人大常委会第二十次会议召开\n12月27日，会议召开。会议依法进行了人事任免。"
        "会议表决通过了人事任免事项：决定任命朱海涛为某市教育局局长。李建国为新任命人员颁发任命书。\n"
    )
    assert found.kind == "other" and "news report" in found.skipped_reason
    found = meta(
        "某县人大常委会举行宪法宣誓仪式\n11月27日，会议闭会后举行宣誓仪式。本次会议表决通过了任命张永福为某县交通运输局局长、"
        "任命魏小燕为某县人民法院审判员等人事任免事项，会议还决定接受刘建国辞去某县人民政府副县长职务的请求。\n"
    )
    assert found.kind == "other" and "news report" in found.skipped_reason


def test_a_letter_of_nominations_decides_nothing():
    assert classify("中共某县委关于提名宋建勋等同志任免职务的函")[0] == "other"


def test_a_correction_citing_its_notice_by_number_takes_that_notices_date():
    from ledger.parse import parse_text

    text = (
        "某区人民政府\n关于王海龙等同志任免职务的通知\n九政任〔2022〕4号\n各部门：\n任命：\n"
        "郝建军同志为某区应急管理局副局长。\n某区人民政府\n2022年3月25日\n"
        "某区人民政府\n关于更正九政任〔2022〕4号文件有关内容的通知\n九政任〔2022〕6号\n各部门：\n"
        "《某区人民政府关于王海龙等同志任免职务的通知》（九政任〔2022〕4号）印发后，经核对，有一处内容有误，现予更正：\n"
        "“郝建军同志为某区应急管理局副局长”，更正为“郝建君同志为某区应急管理局副局长”。\n某区人民政府\n2022年4月8日\n"
    )
    notices = parse_text(text).notices
    correction = notices[-1].events
    assert notices[-1].date == dt.date(2022, 4, 8)
    assert [(e.person, e.effective) for e in correction] == [("郝建君", dt.date(2022, 3, 25))]


def test_releases_on_one_page_each_dated_by_their_own_dateline_or_opening():
    from ledger.parse import parse_text

    page = """人民网 >> 人事 >> 任免

国务院任免国家工作人员
2025年02月22日07:31 | 来源：新华社

　　新华社北京2月21日电　国务院任免国家工作人员。
　　任命柴国良为司法部副部长。

国务院任免香港特别行政区政府主要官员
2025年02月14日19:02 | 来源：新华社

　　新华社北京2月14日电　国务院任命麦家俊为香港特别行政区政府运输及物流局局长。

相关新闻
· 国务院任免国家工作人员（2023年12月29日）
"""
    found = parse_text(page, "page.txt").notices
    assert [(n.title, n.date) for n in found] == [
        ("国务院任免国家工作人员", dt.date(2025, 2, 21)),
        ("国务院任免香港特别行政区政府主要官员", dt.date(2025, 2, 14)),
    ]
    assert [e.person for n in found for e in n.events] == ["柴国良", "麦家俊"]
    opening = "国务院任免国家工作人员\n\n　　2024年3月22日，国务院任免国家工作人员。\n"
    gazette = opening + "　　任命包国栋为应急管理部副部长；\n" * 12
    assert parse_text(gazette, "g.txt").notices[0].date == dt.date(2024, 3, 22)


def test_a_publicity_notice_after_a_decision_is_a_notice_of_its_own_with_no_events():
    from ledger.parse import parse_text

    text = """某厅
关于任免孔祥东等同志职务的通知
厅机关各处室：
经厅党组研究，决定：孔祥东同志任办公室主任。
某厅
2021年6月18日

干部任前公示
拟提拔任用下列同志，现予以公示：
王五，男，1980年生，拟任某处处长。
公示时间：2021年6月21日至6月25日。
某厅机关党委
2021年6月20日
"""
    found = parse_text(text, "t.txt").notices
    assert [(n.title, [e.person for e in n.events]) for n in found] == [
        ("关于任免孔祥东等同志职务的通知", ["孔祥东"]),
        ("干部任前公示", []),
    ]


def test_a_lists_date_in_brackets_under_its_title_and_a_date_in_chinese_numerals_is_no_issuer():
    page = (
        "江西省人民政府公报 > 2024年第10期 > 人事任免\n字号：默认 大 超大 | 打印 | 关闭\n"
        "江西省人民政府任免工作人员\n（二〇二四年四月二十二日）\n任命：\n戴永刚为江西省人民政府副秘书长。\n"
    )
    blocks = split_notices(normalise(page))
    assert [(b.title, read_metadata(b).date) for b in blocks] == [("江西省人民政府任免工作人员", dt.date(2024, 4, 22))]
    gazette = (
        "某省人民政府关于张三等同志职务任免的通知\n任命张三为某省财政厅厅长。\n某省人民政府\n二〇二四年三月五日\n"
        "某省人民政府关于李四等同志职务任免的通知\n任命李四为某省商务厅厅长。\n某省人民政府\n2024年3月12日\n"
    )
    blocks = split_notices(normalise(gazette))
    assert [read_metadata(b).date for b in blocks] == [dt.date(2024, 3, 5), dt.date(2024, 3, 12)]


def test_a_date_in_the_first_month_written_yuanyue():
    assert meta("关于某某等同志任免职务的通知\n任命张三为某局局长。\n某市人民政府\n二○○六年元月十日\n").date == dt.date(
        2006, 1, 10
    )


def test_a_papers_copy_of_a_decision_and_a_release_on_a_newspaper_page():
    from ledger.parse import parse_text

    page = (
        "新湖南 > 要闻 > 时政\n省人民政府任免工作人员\n来源：湖南日报    2024-11-10 07:40:12\n"
        "　　湖南日报11月9日讯（记者 陈默）日前，省人民政府任免一批工作人员。\n　　任命：\n"
        "　　龙翔宇为湖南省发展和改革委员会副主任；\n　　免去：\n　　贺长林的湖南省发展和改革委员会副主任职务。\n"
    )
    notices = [n for n in parse_text(page).notices if n.events]
    assert [(n.date, len(n.events)) for n in notices] == [(dt.date(2024, 11, 9), 2)]
    page = (
        "2024年6月22日 星期六                     要闻\n四川日报\n"
        "    本报成都6月21日讯（记者 刘洋）21日，全省防汛减灾工作视频调度会在成都召开。\n"
        "    国务院任免国家\n    工作人员\n    新华社北京6月21日电 国务院任免国家工作人员。\n"
        "    任命沈国栋为国家发展和改革委员会副主任。\n"
        "    我省新增3个国家级旅游度假区\n    本报讯（记者 王蕾）近日，文化和旅游部公布新一批国家级旅游度假区名单。\n"
    )
    notices = [n for n in parse_text(page).notices if n.events]
    assert [(n.title, n.date, [e.person for e in n.events]) for n in notices] == [
        ("国务院任免国家工作人员", dt.date(2024, 6, 21), ["沈国栋"])
    ]


def test_a_congress_list_is_dated_by_its_meeting_not_by_the_office_posting_it():
    from ledger.parse import parse_text

    text = (
        "某县人民代表大会常务委员会关于人事任免的决定\n（2014年6月20日某县第十七届人民代表大会常务委员会第十七次会议通过）\n"
        "某县第十七届人民代表大会常务委员会第十七次会议决定任命郑国栋为某县人民政府副县长。\n"
        "某县人大常委会办公室\n2014年6月23日\n"
    )
    notice = parse_text(text).notices[0]
    assert notice.date == dt.date(2014, 6, 20)
    assert [e.effective for e in notice.events] == [dt.date(2014, 6, 20)]


def test_a_title_of_decisions_and_nominations_besides_is_personnel():
    assert classify("关于杨帆等同志任免职务及提名的通知")[0] == "personnel"
    assert classify("中共某县委关于提名宋建勋等同志任免职务的函")[0] == "other"


@pytest.mark.parametrize(
    "title",
    ["关于选派市直单位年轻干部到乡镇挂职锻炼的通知", "关于选派汪家齐等8位教师赴企业挂任科技副总的通知"],
)
def test_a_title_sending_cadres_on_secondment_is_personnel(title):
    assert classify(title) == ("personnel", None)


def test_news_of_a_meeting_chaired_by_someone_reports_its_decisions():
    from ledger.parse import parse_text

    text = (
        "首页 > 政务要闻\n某省长主持召开省政府常务会议\n"
        "9月26日，省长王某主持召开省政府第74次常务会议，研究部署安全生产工作。"
        "会议同意任命方志强为某省生态环境厅副厅长，免去陶明的某省生态环境厅副厅长职务。\n"
    )
    [notice] = parse_text(text, default_date=dt.date(2019, 9, 26)).notices
    assert (notice.kind, notice.events) == ("other", []) and "meeting" in notice.skipped_reason
    assert classify("某集团召开干部大会宣布主要领导任职决定")[0] == "other"


def test_a_circular_sending_out_peoples_appointments_is_personnel():
    assert classify("关于印发李彬等同志任免职的通知")[0] == "personnel"
    assert classify("关于印发《干部人事档案管理办法》的通知")[0] == "other"


def test_a_companys_periodic_report_recounts_changes_of_officers():
    found = meta(
        "福建某股份有限公司\n2024年半年度报告摘要\n第一节 重要提示\n"
        "说明：报告期内，公司第四届董事会第十次会议聘任苏婉清女士为公司董事会秘书。\n"
    )
    assert found.kind == "other" and "periodic report" in found.skipped_reason


def test_a_coordinating_bodys_line_up_is_no_personnel_notice_a_congress_committees_is():
    assert classify("关于调整绵阳市人民政府安全生产委员会组成人员的通知")[0] == "other"
    assert classify("关于调整市食品安全委员会成员的通知")[0] == "other"
    assert classify("关于调整某市人民代表大会常务委员会组成人员的决定")[0] != "other"
    assert classify("关于调整某市监察委员会组成人员的决定")[0] != "other"


def test_a_correction_in_the_same_file_counts_its_probation_from_the_corrected_notices_date():
    from ledger.parse import parse_text

    text = (
        "某市人民政府\n关于陈志远等同志职务任免的通知\n某政任〔2025〕3号\n各县人民政府：\n市人民政府决定：\n"
        "孙丽华同志为某市人民政府办公室副主任（试用期一年）。\n某市人民政府\n2025年3月6日\n"
        "某市人民政府办公室\n关于更正某政任〔2025〕3号文件有关内容的通知\n各县人民政府：\n"
        "《某市人民政府关于陈志远等同志职务任免的通知》（某政任〔2025〕3号）印发后，发现有关内容有误，现更正如下：\n"
        "原文“孙丽华同志为某市人民政府办公室副主任（试用期一年）”，应为“孙丽华同志为某市人民政府研究室副主任（试用期一年）”。\n"
        "特此通知。\n某市人民政府办公室\n2025年3月20日\n"
    )
    corrected = parse_text(text).notices[1].events
    assert [(e.post, e.effective, e.probation_until) for e in corrected] == [
        ("某市人民政府研究室副主任", dt.date(2025, 3, 6), dt.date(2026, 3, 6))
    ]


def test_a_boards_resolution_whose_first_motion_is_a_quarterly_report_still_decides():
    text = (
        "某农村商业银行股份有限公司\n第三届董事会第十四次会议决议公告\n会议审议通过了以下议案：\n"
        "一、审议通过了《关于本行2018年第三季度报告的议案》\n二、审议通过了《关于聘任本行行长的议案》\n"
        "同意聘任陆文斌先生为本行行长。\n某农村商业银行股份有限公司董事会\n2018年10月27日\n"
    )
    assert [(e.person, e.post) for n in parse_text(text).notices for e in n.events] == [("陆文斌", "本行行长")]


def test_an_explanation_of_a_proposal_to_the_congress_decides_nothing():
    assert classify("关于提请审议扎西次仁等同志职务任免的说明")[0] == "other"
    assert classify("关于扎西次仁等同志职务任免的通知") == ("personnel", None)


def test_an_adoption_line_broken_inside_its_meeting_dates_the_list():
    text = (
        "某市人民代表大会常务委员会\n任免名单\n（2024年4月26日某市第十五届人民代表大会常务委员会第二十次会\n议通过）\n"
        "一、决定任命：\n陈志华为某市自然资源局局长。\n"
    )
    [notice] = parse_text(text).notices
    assert notice.date == dt.date(2024, 4, 26)


def test_a_page_of_monthly_releases_with_no_year_in_their_datelines_takes_the_pages_year():
    # (b139/03: the page's heading gives the year alone; each item is titled by its month)
    from ledger.parse import parse_text

    page = (
        "人事任免 - 国务院任免（2022年）\n国务院任免国家工作人员（4月）\n"
        "　　新华社北京4月8日电 国务院任免国家工作人员。\n　　任命甲乙丙为交通运输部副部长。\n\n"
        "国务院任免国家工作人员（6月）\n中新网6月2日电 据中国政府网消息,国务院任免国家工作人员。\n"
        "任命丁戊为中国地震局局长。\n"
    )
    found = parse_text(page, "page.txt").notices
    assert [(n.title, n.date, [e.person for e in n.events]) for n in found if n.events] == [
        ("国务院任免国家工作人员(4月)", dt.date(2022, 4, 8), ["甲乙丙"]),
        ("国务院任免国家工作人员(6月)", dt.date(2022, 6, 2), ["丁戊"]),
    ]


def test_a_dateline_in_a_papers_brackets_dates_the_copy():
    # (b139/15: 【新華社北京11月12日電】 on a page of a paper dated the day after)
    from ledger.parse import parse_text

    text = (
        "要聞 > 中國\n國務院任免國家工作人員\n2021年11月13日 星期六 A12版\n\n"
        "　　【新華社北京11月12日電】國務院任免國家工作人員。\n　　任命龔立誠為水利部副部長。\n"
    )
    assert [(n.date, [e.person for e in n.events]) for n in parse_text(text).notices if n.events] == [
        (dt.date(2021, 11, 12), ["龚立诚"])
    ]


def test_a_prefectures_administrative_office_signs_before_long_annexes():
    annex = "".join(f"{n}  某某{n:02d}  和田地区某局副局长\n" for n in range(1, 40))
    m = meta(
        "关于第十一批援疆干部挂职任职的通知\n经地区行署研究，决定：\n王晓东等同志挂职任相应职务（名单见附件1）。\n"
        f"和田地区行政公署\n2023年3月6日\n附件1\n挂职任职名单\n序号  姓名  挂职任职\n{annex}"
    )
    assert (m.signed_by, m.date) == ("和田地区行政公署", dt.date(2023, 3, 6))


def test_a_meeting_agenda_lists_motions_to_be_heard_and_decides_nothing():
    text = (
        "某市第十七届人民代表大会常务委员会第二十八次会议议程\n"
        "（2025年12月18日某市第十七届人民代表大会常务委员会第二十七次主任会议通过）\n"
        "一、审议人事任免事项：\n"
        "（一）审议某市人民政府市长关于提请决定任命毛建平为某市交通运输局局长的议案；\n"
    )
    [notice] = parse_text(text, default_date=dt.date(2025, 12, 18)).notices
    assert (notice.kind, notice.events, notice.issues) == ("other", [], [])
    assert "agenda" in notice.skipped_reason


def test_a_report_on_deputies_credentials_decides_no_post():
    assert classify("关于个别代表的代表资格的审查报告")[0] == "other"


def test_a_company_signed_by_its_executive_director_appoints_no_one_by_its_signature():
    text = (
        "某投资开发有限公司\n关于聘任公司部分管理人员的决定\n公司各部室：\n经公司党支部会议研究，执行董事决定：\n"
        "一、聘任冉光辉同志为公司副总经理。\n以上人员自本决定印发之日起任职。\n"
        "                某投资开发有限公司\n                执行董事：冯志坚\n                2019年10月8日\n"
    )
    [notice] = parse_text(text).notices
    assert [(e.person, e.post) for e in notice.events] == [("冉光辉", "公司副总经理")]


def test_a_professional_title_review_appoints_no_one():
    assert classify("关于开展2024年度专业技术职务评审工作的通知")[0] == "other"
    assert classify("关于2024年度职称评审结果的公示")[0] == "other"


def test_a_group_table_of_its_companies_leaders_with_a_column_of_how():
    text = (
        "某国有资本投资运营集团有限公司\n关于调整所属企业领导人员的通知\n各所属企业：\n"
        "经集团公司党委会研究，决定对所属企业领导人员作如下调整（详见附表）。\n"
        "某国有资本投资运营集团有限公司\n2023年7月12日\n附表\n"
        "│序号│所属企业                │姓名    │任（聘）职务    │免（解聘）职务  │方式    │\n"
        "│1   │某农业投资集团有限公司  │孙振江  │党委书记        │                │任命    │\n"
        "│2   │                        │        │董事长          │                │推荐    │\n"
        "│3   │                        │王立群  │                │党委书记        │免职    │\n"
    )
    [notice] = parse_text(text).notices
    assert [(e.action, e.person, e.post) for e in notice.events] == [
        ("appoint", "孙振江", "某农业投资集团有限公司党委书记"),
        ("remove", "王立群", "某农业投资集团有限公司党委书记"),
    ]


def test_an_election_to_a_post_is_personnel_and_a_boards_re_election_notice_is_not():
    assert classify("关于选举职工代表监事的公告")[0] == "personnel"
    assert classify("关于董事会换届选举的公告")[0] != "personnel"


def test_a_list_of_appointments_sent_out_is_personnel_a_document_sent_out_is_not():
    assert classify("关于印发2024年度中层干部聘任（免职）名单的通知")[0] == "personnel"
    assert classify("关于印发《中层干部聘任管理办法》的通知")[0] == "other"


def test_a_news_headline_of_a_meeting_marks_a_report():
    text = "集团公司召开第三届董事会第十次会议\n发布时间：2024-12-27\n会议同意聘任郭立新为集团公司副总经理。\n"
    [notice] = parse_text(text).notices
    assert notice.kind == "other" and not notice.events


def test_a_list_of_appointments_sent_out_under_its_own_book_title_is_personnel():
    assert classify("关于印发《2024年第三批中层干部任免名单》的通知")[0] == "personnel"
    assert classify("关于印发《中层干部任免工作规程》的通知")[0] == "other"


def test_a_courts_motion_to_the_congress_decides_nothing_but_the_list_adopted_after_it_does():
    text = (
        "某区人民法院\n关于提请任命孟庆华等同志职务的议案\n区人大常委会：\n提请任命：\n孟庆华同志为某区人民法院审判员。\n"
        "请予审议。\n院长　王守信\n2024年8月12日\n\n某区人民代表大会常务委员会\n任免名单\n"
        "（2024年8月29日某区第十六届人民代表大会常务委员会第二十一次会议通过）\n任命：\n孟庆华为某区人民法院审判员。\n"
    )
    motion, adopted = parse_text(text).notices
    assert (motion.kind, motion.events) == ("other", [])
    assert "提请" in motion.skipped_reason
    assert [(e.person, e.post) for e in adopted.events] == [("孟庆华", "某区人民法院审判员")]


def test_pay_and_assessment_work_notices_appoint_nobody():
    assert classify("关于2023年度董事、监事和高级管理人员薪酬的公告")[0] == "other"
    assert classify("关于做好2023年度挂职干部考核工作的通知")[0] == "other"


def test_a_list_dated_by_its_adoption_line_that_says_only_the_day():
    # …常务委员会第十九次会议 / 任 免 名 单 / (２０２４年４月２５日通过): the meeting named above the title
    removals = "".join(
        f"　　免去：\n　　{n}同志的三台县人民检察院检察员职务；\n" for n in ("赵光明", "宋明远", "邓燕", "罗小兰")
    )
    text = (
        "三台县第十八届人民代表大会常务委员会第十九次会议\n任 免 名 单\n（２０２４年４月２５日通过）\n\n"
        "三台县人民检察院\n\n　　任命：\n　　王德胜同志为三台县人民检察院副检察长；\n" + removals
    )
    [notice] = parse_text(text).notices
    assert notice.date == dt.date(2024, 4, 25)


def test_a_change_of_the_heads_of_units_is_personnel():
    assert classify("关于部分分支机构负责人变更的公告")[0] == "personnel"
    assert classify("关于变更公司注册地址的公告")[0] != "personnel"


def test_a_regulation_by_its_articles_is_no_notice_of_decisions():
    # an untitled page whose body is articles (第一条 …): a regulation, even one about appointments
    text = (
        "某市人民代表大会常务委员会\n人事任免工作办法\n\n第一章  总    则\n\n"
        "    第一条  为了做好人事任免工作，根据有关法律，制定本办法。\n"
        "    第二条  在闭会期间，市长因故不能担任职务的，常委会从副市长中决定代理市长。\n"
    )
    [notice] = parse_text(text).notices
    assert notice.kind == "other" and notice.events == []
    assert notice.skipped_reason == "regulation, not appointments"


def test_a_compilations_running_head_with_its_page_between_dots():
    text = (
        "中共某县县委\n关于同意中共某镇第十五届委员会选举结果的批复\n某委复〔2021〕13号\n中共某镇委员会：\n"
        "  经县委研究，同意选举结果：\n  一、中共某镇第十五届委员会\n  书  记：黄德明\n"
        "                                   中共寿县县委文件选编（2021）   ·23·\n"
        "  副书记：许文涛\n  此复。\n                 中共某县县委\n                2021年7月9日\n"
    )
    [notice] = parse_text(text).notices
    assert [(e.person, e.post) for e in notice.events] == [
        ("黄德明", "中共某镇第十五届委员会书记"),
        ("许文涛", "中共某镇第十五届委员会副书记"),
    ]


def test_a_circular_that_sends_out_the_decisions_themselves_is_personnel():
    assert classify("关于印发洛阳市中医院中层干部任免决定的通知")[0] == "personnel"
    assert classify("关于印发《中层干部选拔任用办法》的通知")[0] == "other"


def test_a_list_of_rotations_sent_out_and_a_community_committee_adjusted_are_personnel() -> None:
    assert classify("关于印发《于都县驻村第一书记轮换调整名单》的通知")[0] == "personnel"
    assert classify("关于调整部分社区居民委员会成员的通知")[0] != "other"
    assert classify("关于调整县安全生产委员会成员的通知")[0] == "other"


def test_a_compilations_head_with_its_column_and_a_campus_news_story() -> None:
    gazette = (
        "中共某学院委员会\n关于王强等同志职务任免的通知\n某院党发〔2023〕9号\n各单位：\n  经研究决定：\n"
        "  一、任命：\n王强同志为财务处处长；\n                    — 1 —\n\n"
        "某工学院党政文件汇编（2023 年第 4 期）           党委文件\n"
        "李明同志为纪委办公室（监察专员办公室）主任（正处级）。\n"
        "                 中共某学院委员会\n                2023年9月1日\n"
    )
    [notice] = parse_text(gazette).notices
    assert [(e.person, e.post) for e in notice.events] == [
        ("王强", "财务处处长"),
        ("李明", "纪委办公室(监察专员办公室)主任"),
    ]
    story = (
        "某大学新闻网\n我校在教学成果奖评审中获佳绩\n"
        "来源：教务处　　作者：周晓雪　　摄影：金哲　　发布时间：2024-10-21\n"
        "　　本网讯 今年3月，学校聘任白文华教授为本科教学督导组组长。\n"
    )
    assert [e for n in parse_text(story).notices for e in n.events] == []


def test_a_papers_tag_before_the_agencys_dateline_and_a_related_links_date_below() -> None:
    text = (
        "文匯網 > 內地 > 時政\n\n國務院任免國家工作人員\n\n2023-12-30 00:15　　文匯報\n\n"
        "　　【文匯報訊】新華社北京12月29日電　國務院任免國家工作人員。\n　　任命陸家駿為海關總署副署長。\n\n"
        "【相關新聞】\n港澳辦：堅定支持特區政府依法施政（2023-12-28）\n"
    )
    [notice] = parse_text(text).notices
    assert notice.date == dt.date(2023, 12, 29)
    assert [(e.person, e.post) for e in notice.events] == [("陆家骏", "海关总署副署长")]


def test_a_work_meetings_news_and_a_bulletins_head_with_its_issue_in_brackets() -> None:
    news = "某集团召开2025年工作会议\n　　会议指出，过去一年…由原集团信息中心主任杜鹏飞出任董事长。\n"
    assert [e for n in parse_text(news).notices for e in n.events] == []
    bulletin = (
        "某集团有限公司\n关于田茂林等同志职务任免的通知\n某集团党发〔2024〕3号\n各单位：\n经研究，决定：\n解聘：\n"
        "    包文强的某物流有限公司总经理职务；\n某集团有限公司工作通讯（2024 年第 3 期）\n"
        "    田茂林的某物流有限公司董事长职务。\n某集团有限公司\n2024年6月1日\n"
    )
    [notice] = parse_text(bulletin).notices
    assert [(e.person, e.post) for e in notice.events] == [
        ("包文强", "某物流有限公司总经理"),
        ("田茂林", "某物流有限公司董事长"),
    ]
