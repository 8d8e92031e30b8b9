"""Stage 2: cutting a file into notices at their titles."""

from __future__ import annotations

import datetime as dt

from ledger.parse import normalise, parse_text, split_notices

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


def test_bare_titles_are_told_by_their_last_words():
    """find_title tries BARE_TITLE only on a line ending with one of its words, read from the
    pattern itself: the shape must stay readable, or every line is tried again (slower)."""
    from ledger.parse.split import _BARE_TITLE_ENDS
    from ledger.vocab import BARE_TITLE

    assert _BARE_TITLE_ENDS and "任免名单" in _BARE_TITLE_ENDS
    for title in ("人事任免", "某县人民政府任免国家工作人员", "关于张三任职的通知", "任免名单说明"):
        assert bool(BARE_TITLE.match(title)) == (title.endswith(_BARE_TITLE_ENDS) and bool(BARE_TITLE.match(title)))


def test_a_red_header_above_the_titles_own_issuer_line_is_the_same_notice():
    text = (
        "某高新技术产业开发区管理委员会\n某高管发〔2023〕46号\n"
        "某高新区管委会\n关于聘任内设机构负责人的通知\n聘任张三为党群工作部部长。"
    )
    blocks = split_notices(normalise(text))
    assert len(blocks) == 1
    assert blocks[0].lines[0].text == "某高新技术产业开发区管理委员会"
    assert blocks[0].lines[blocks[0].issuer_line].text == "某高新区管委会"


def test_a_gazettes_contents_lines_are_no_titles_even_with_one_leader():
    text = (
        "目　录\n某省人民政府关于任免甲等职务的通知（某府任〔2013〕21号）……………（3）\n"
        "某省人民政府办公厅关于印发春耕方案的通知（某府办发〔2013〕15号）…（6）\n"
        "某省人民政府关于任免甲等职务的通知\n任命甲乙为某省交通运输厅副厅长。\n某省人民政府\n2013年3月28日\n"
    )
    titles = [block.title for block in split_notices(normalise(text))]
    assert titles == ["某省人民政府关于任免甲等职务的通知"]


def test_a_by_election_result_announcement_is_a_notice_of_its_own():
    text = (
        "某乡第十届人民代表大会第四次会议\n关于接受杨正华辞职请求的决定\n"
        "会议决定：接受杨正华辞去某乡人民政府乡长职务的请求。\n"
        "某乡第十届人民代表大会第四次会议\n补选结果公告\n会议于二〇二三年一月十二日补选：\n赵春明为某乡人民政府乡长。\n"
    )
    titles = [block.title for block in split_notices(normalise(text))]
    assert titles[-2:] == ["关于接受杨正华辞职请求的决定", "补选结果公告"]


def test_a_sessions_numbered_announcements_are_notices_of_their_own():
    text = (
        "某市第六届人民代表大会第四次会议\n公告\n第1号\n会议于2024年1月13日补选李和平为某市人民政府市长。\n现予公告。\n"
        "某市第六届人民代表大会第四次会议主席团\n2024年1月13日\n"
        "某市第六届人民代表大会第四次会议\n公告\n第2号\n会议于2024年1月13日补选刘建明为某市中级人民法院院长。\n"
    )
    blocks = split_notices(normalise(text))
    assert [block.title for block in blocks] == ["公告第1号", "公告第2号"]


def test_a_spaced_out_announcement_with_its_number_in_brackets_is_a_title():
    text = (
        "某镇第十九届人民代表大会第一次会议\n公　　告\n（第1号）\n"
        "会议于2021年10月9日举行全体会议，依法选举：\n李卫国为某镇人民政府镇长。\n"
    )
    assert [block.title for block in split_notices(normalise(text))] == ["公告(第1号)"]


def test_a_gazettes_news_item_is_a_notice_of_its_own():
    text = (
        "关于进一步加强垃圾分类工作的实施意见\n各县（市、区）人民政府：\n一、压实责任。\n某市人民政府办公室\n2021年8月20日\n"
        "市政府召开第八十一次常务会议\n8月23日，市长罗锋主持召开市政府第八十一次常务会议，同意任命杜建平为某局副局长。\n"
    )
    blocks = split_notices(normalise(text))
    assert [block.title for block in blocks] == ["关于进一步加强垃圾分类工作的实施意见", "市政府召开第八十一次常务会议"]


def test_a_disclosure_pages_fields_belong_to_the_notice_below_them():
    text = (
        "索 引 号：014000719/2012-00031    分    类：人事信息\n发布机构：某省某厅\n名    称：关于周文同志职务的通知\n"
        "某省某厅关于周文同志职务的通知\n各处室：\n任命周文为某处处长。\n某省某厅\n二○一二年三月十五日\n"
        "索 引 号：014000719/2012-00032    分    类：人事信息\n发布机构：某省某厅\n名    称：关于钱志刚同志职务的通知\n"
        "某省某厅关于钱志刚同志职务的通知\n各处室：\n任命钱志刚为某处副处长。\n某省某厅\n二○一二年三月十五日\n"
    )
    found = parse_text(text)
    assert [(n.title, [e.person for e in n.events]) for n in found.notices if n.kind == "personnel"] == [
        ("某省某厅关于周文同志职务的通知", ["周文"]),
        ("某省某厅关于钱志刚同志职务的通知", ["钱志刚"]),
    ]


def test_a_numbered_part_of_minutes_is_no_notices_title():
    from ledger.parse import parse_text

    text = (
        "某市人大常委会主任会议纪要\n\n　　会议纪要如下：\n　　一、关于常委会会议议程（草案）\n　　会议研究了议程。\n"
        "　　二、关于人事任免事项\n　　（一）市长提请：任命潘志远为某市发展和改革委员会主任。\n"
    )
    notices = parse_text(text).notices
    assert [n.kind for n in notices] == ["other"] and not notices[0].events


def test_an_annex_caption_that_reads_as_a_bare_title_is_no_new_notice():
    text = (
        "关于聘任第三届研究室主任、副主任的通知\n各部门：\n决定聘任陆海峰等1名同志为研究室主任，名单见附件。\n"
        "江苏省海洋水产研究所\n2023年9月1日\n附件\n某所第三届研究室主任、副主任名单\n研究室\t主任\n渔业资源研究室\t陆海峰\n"
    )
    notices = parse_text(text, "t.txt").notices
    assert [(n.date, [(e.person, e.post) for e in n.events]) for n in notices] == [
        (dt.date(2023, 9, 1), [("陆海峰", "渔业资源研究室主任")])
    ]


def test_a_web_pages_correction_statement_is_a_notice_the_body_shows_personnel():
    # (b144/19) 更正说明, titled by no personnel word: the corrections of a recounted decision decide
    text = (
        "某州人民政府门户网站 > 信息公开 > 人事信息\n更正说明\n"
        "2023年6月9日本网站发布的《中共某州委组织部关于谭明辉等同志挂职任职的通知》（某州组干〔2023〕22号）部分内容有误，"
        "经核实，现更正如下：\n原文遗漏一项，补充如下：田启刚同志挂职任鹤峰县人民政府副县长（挂职期限两年）。\n"
        "特此更正。\n中共某州委组织部\n2023年6月15日\n"
    )
    (notice,) = [n for n in parse_text(text).notices if n.kind == "personnel"]
    assert notice.title == "更正说明"
    assert [(e.person, e.post) for e in notice.events] == [("田启刚", "鹤峰县人民政府副县长")]


def test_a_gazettes_erratum_spaced_out_is_a_notice_of_its_own():
    # (b144/11) 勘　　误 after a notice's signature: its own notice, its own day; the notice above keeps its own
    text = (
        "某区人民政府\n关于任免孔德亮等同志职务的通知\n某政任〔2024〕4号\n各部门：\n免去常建国同志的某区教育局副局长职务。\n"
        "某区人民政府\n2024年1月22日\n－ 3 －\n勘　　误\n"
        "本刊2024年第1期刊登的《某区人民政府关于任免王宏伟等同志职务的通知》（某政任〔2024〕1号，2024年1月5日）中，"
        "“马俊杰同志任某区商务局副局长（试用期一年）”应为“马俊杰同志任某区商务局副局长（正科级）”。特此更正。\n"
        "某区人民政府办公室\n2024年2月5日\n"
    )
    notices = [n for n in parse_text(text).notices if n.kind == "personnel"]
    assert [(n.title, n.date) for n in notices] == [
        ("关于任免孔德亮等同志职务的通知", dt.date(2024, 1, 22)),
        ("勘误", dt.date(2024, 2, 5)),
    ]
    assert [(e.person, e.effective) for e in notices[1].events] == [("马俊杰", dt.date(2024, 1, 5))]


def test_news_of_village_elections_completed_is_no_notice():
    # (b146/16) 小庄镇圆满完成村“两委”换届选举工作: who was elected, reported
    text = (
        "首页 > 新闻中心 > 乡镇动态\n小庄镇圆满完成村“两委”换届选举工作\n发布时间：2021-03-30 16:42\n"
        "3月27日至29日，小庄镇23个行政村陆续召开党员大会和村民选举大会。至此，小庄镇村“两委”换届选举工作圆满完成。\n"
        "其中，东王庄村党员大会选举王建设为村党支部书记，陈桂英当选村委会委员。\n"
    )
    assert [e for n in parse_text(text).notices for e in n.events] == []


def test_a_shareholders_meetings_votes_spaced_out_and_its_numbered_parts():
    # (b141/10, b149/06) a table of votes apart by white space, the motion's cell wrapped; 4、关于…的议案
    # and (三)关于…说明 are parts of the resolutions, no notices of their own
    text = (
        "某某新材料股份有限公司\n2020年年度股东大会决议公告\n二、议案审议情况\n(二)累积投票议案表决情况\n"
        "4、关于选举公司第四届董事会非独立董事的议案\n"
        "议案序号 议案名称             得票数    得票数占出席会议有效表决权的比例(%) 是否当选\n"
        "4.01  关于选举林建华为公司第四届董事会非独立董\n事的议案                   318,602,118  99.9610  是\n"
        "4.02  关于选举殷晓峰为公司第四届董事会非独立董事的议案 12,880,431  8.3497  否\n"
        "6.01  关于选举杨丽华为公司第四届监事会监事的议案 318,580,117  99.9541  是\n"
        "(三)关于议案表决的有关情况说明\n议案4、6采用累积投票制表决。\n某某新材料股份有限公司董事会\n2021年5月21日\n"
    )
    notices = [n for n in parse_text(text).notices if n.events]
    assert [(e.person, e.post, e.effective) for n in notices for e in n.events] == [
        ("林建华", "公司第四届董事会非独立董事", dt.date(2021, 5, 21)),
        ("杨丽华", "公司第四届监事会监事", dt.date(2021, 5, 21)),
    ]


def test_a_notice_quoted_in_a_forwarded_email_is_read():
    # (b152/14) > 中共某市委 / > 关于…的通知 / > …: the quote marks of a forward are no part of the text
    text = (
        "From: 某县委组织部\nSubject: Fw: 转发：中共某市委关于王德胜等同志职务任免的通知\n\n"
        "> 中共某市委\n> 关于王德胜等同志职务任免的通知\n>\n> 某干〔2024〕48号\n>\n> 经市委研究决定：\n"
        ">     王德胜同志任中共沙洋县委副书记；\n>     免去黄丽同志的中共某市生态环境局党组书记职务。\n>\n"
        ">                                   中共某市委\n>                                 2024年8月30日\n"
    )
    found = [(e.action, e.person, e.post) for n in parse_text(text).notices for e in n.events]
    assert found == [
        ("appoint", "王德胜", "中共沙洋县委副书记"),
        ("remove", "黄丽", "中共某市生态环境局党组书记"),
    ]


def test_a_sessions_election_results_announcement_is_personnel():
    # (b154/13) 选举结果公告: X当选为Y, the presidium's announcement of a by-election
    text = (
        "某乡第十八届人民代表大会第三次会议\n选举结果公告\n"
        "某乡第十八届人民代表大会第三次会议于2023年1月6日进行了补选，\n杨国兵当选为某乡人民政府乡长，\n"
        "吴光明、陆海当选为某乡人民政府副乡长。\n现予公告。\n某乡第十八届人民代表大会主席团\n2023年1月6日\n"
    )
    found = [(e.person, e.post) for n in parse_text(text).notices for e in n.events]
    assert found == [("杨国兵", "某乡人民政府乡长"), ("吴光明", "某乡人民政府副乡长"), ("陆海", "某乡人民政府副乡长")]
