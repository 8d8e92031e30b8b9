"""Decision frames on the forms real bodies write (issue 10), one failure class per test.

Every text here is written for this test; none is copied from a corpus.
"""

from __future__ import annotations

import datetime as dt

from ledger.parse import normalise, parse_text
from ledger.parse.clauses import read_clauses
from ledger.parse.frames import frames

DAY = dt.date(2025, 3, 12)


def read(body: str):
    found, issues, decisive = read_clauses(normalise(body), DAY)
    return found, issues, decisive


def events(body: str) -> list[tuple[str, str, str]]:
    found, issues, _ = read(body)
    assert not [i for i in issues if i.fatal], issues
    return [(e.action, e.person, e.post) for e in found]


def notice_events(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (e.action, e.person, e.post, str(e.effective))
        for n in parse_text(text, "t.txt").notices
        if n.is_personnel
        for e in n.events
    ]


# --- acting appointments: a verb, a 推选, or inside the post ---------------------------


def test_acting_written_as_a_verb_after_the_current_title():
    found, _, _ = read("临河市人大常委会第二十次会议决定：临河市人民政府副市长邓启航代理市长职务。")
    assert [(e.action, e.person, e.post, e.manner) for e in found] == [
        ("appoint", "邓启航", "临河市人民政府市长", ["代理"])
    ]


def test_acting_chosen_by_the_committee_keeps_the_organisation_as_written():
    found, _, _ = read("会议决定：推选县人大常委会副主任罗永和代理主任职务。")
    assert [(e.person, e.post, e.manner) for e in found] == [("罗永和", "县人大常委会主任", ["代理", "推选"])]


def test_acting_inside_the_post_phrase():
    found, _, _ = read("第三十一次会议决定蒋文涛为桐川市人民政府代理市长。")
    assert [(e.person, e.post, e.manner) for e in found] == [("蒋文涛", "桐川市人民政府市长", ["代理"])]


def test_acting_with_the_person_first():
    assert events("决定：柯云同志代理南溪县人民政府县长。") == [("appoint", "柯云", "南溪县人民政府县长")]


# --- the body decides, whatever the title says ------------------------------------------


def test_a_letter_without_a_title_is_a_personnel_notice():
    letter = (
        "桐川市人民政府：\n"
        "桐川市第九届人民代表大会常务委员会第六次会议，审议了孟庆余副市长提出的辞去桐川市人民政府副市长职务的请求。"
        "会议决定接受他辞去桐川市人民政府副市长职务。\n桐川市人大常委会\n2024年9月27日\n"
    )
    assert notice_events(letter) == [("remove", "孟庆余", "桐川市人民政府副市长", "2024-09-27")]


def test_law_database_header_fields_and_an_organisational_notice():
    text = (
        "发文机关 省人民政府办公厅\n发文字号 省政办发〔1991〕7号\n发文日期 1991年03月02日\n时效性 已失效\n"
        "各市、县人民政府：\n经省人民政府同意，现将有关事项通知如下：\n"
        "一、省水库移民工作办公室由陶永胜同志任主任，梁佩兰同志任副主任。\n"
        "二、办公室设在省水利厅，编制十五人。\n省人民政府办公厅\n一九九一年三月二日\n"
    )
    [notice] = parse_text(text, "t.txt").notices
    assert notice.doc_no == "省政办发〔1991〕7号"
    assert [(e.person, e.post) for e in notice.events] == [
        ("陶永胜", "省水库移民工作办公室主任"),
        ("梁佩兰", "省水库移民工作办公室副主任"),
    ]
    assert notice.date == dt.date(1991, 3, 2)


def test_a_decision_titled_without_appointment_words():
    text = (
        "关于彭越同志代理北安县人民政府县长的决定\n（2024年2月6日北安县第十八届人民代表大会常务委员会第十二次会议通过）\n"
        "北安县第十八届人民代表大会常务委员会第十二次会议决定：彭越同志代理北安县人民政府县长。\n"
    )
    assert notice_events(text) == [("appoint", "彭越", "北安县人民政府县长", "2024-02-06")]


def test_a_work_notice_naming_a_leading_group_is_not_personnel():
    text = (
        "关于开展汛期安全大检查的通知\n各区县：\n为加强领导，市政府决定成立汛期安全大检查领导小组，"
        "副市长吕长青同志任组长，市水务局局长孔德明同志任副组长。\n领导小组办公室设在市水务局。\n"
        "市人民政府办公室\n2023年6月1日\n"
    )
    [notice] = parse_text(text, "t.txt").notices
    assert (notice.kind, notice.events) == ("other", [])


# --- references across sentences -------------------------------------------------------


def test_a_pronoun_names_the_person_of_an_earlier_sentence():
    found, _, _ = read("会议审议了关于冯立军同志要求辞去县人民政府副县长职务的报告。根据有关规定，会议决定接受其辞职。")
    assert [(e.action, e.person, e.post, e.manner) for e in found] == [
        ("remove", "冯立军", "县人民政府副县长", ["辞职"])
    ]


def test_gai_tongzhi_and_she_refer_back():
    assert events("鉴于何晓梅同志已调离本市，决定接受该同志辞去市人民政府副市长职务的请求。") == [
        ("remove", "何晓梅", "市人民政府副市长")
    ]
    assert events("常委会收到了章静（女）的辞职申请。决定接受她辞去区人民政府副区长职务的请求。") == [
        ("remove", "章静", "区人民政府副区长")
    ]


def test_a_title_before_a_name_in_a_list_is_whom_a_later_pronoun_means():
    assert events(
        "免去：\n曹进同志的县水利局副局长职务；\n县林业局副局长朱丽同志，因工作调动，免去其县林业局副局长职务。"
    ) == [("remove", "曹进", "县水利局副局长"), ("remove", "朱丽", "县林业局副局长")]


# --- mixed items --------------------------------------------------------------------------


def test_a_removal_and_an_appointment_joined_by_a_dun_comma():
    assert events("三、免去袁志明的交通运输部部长职务、任命田守义为交通运输部部长。") == [
        ("remove", "袁志明", "交通运输部部长"),
        ("appoint", "田守义", "交通运输部部长"),
    ]


def test_two_posts_of_one_person_without_a_shared_prefix_go_wrong_no_more():
    assert events("免去祁峰的国务委员、水利部部长职务。") == [
        ("remove", "祁峰", "国务委员"),
        ("remove", "祁峰", "水利部部长"),
    ]


# --- names --------------------------------------------------------------------------------


def test_a_name_followed_by_xianren_is_not_cut_into_the_verb():
    assert events("免去：\n吕际发现任冶金工业部部长职务，\n杜平兼任纺织工业部部长职务。") == [
        ("remove", "吕际发", "冶金工业部部长"),
        ("remove", "杜平", "纺织工业部部长"),
    ]


def test_gender_marks_honorifics_and_compound_surnames():
    assert events("董事会决定聘任欧阳慧女士、孙立先生为公司副总经理。") == [
        ("appoint", "欧阳慧", "公司副总经理"),
        ("appoint", "孙立", "公司副总经理"),
    ]
    assert events("任命阿依古丽·买买提（女，维吾尔族）为县教育局副局长。") == [
        ("appoint", "阿依古丽·买买提", "县教育局副局长")
    ]


def test_the_post_before_the_name_in_a_confirmation():
    assert events("县档案馆副馆长刘敏同志试用期满，经考核合格，正式任职。") == [("confirm", "刘敏", "县档案馆副馆长")]


# --- precision on texts that are not notices ---------------------------------------------


def test_a_news_report_about_probation_yields_no_event():
    report = (
        "我市完善干部试用期制度\n本报讯 记者 温晴\n近日，市委组织部出台办法，对新提拔的下列非选举产生的处级以下领导"
        "干部实行任职试用期制度。试用期一般为一年。试用期满经考核胜任的，正式任职；不胜任的，免去试任职务，"
        "一般按照试任前职级安排工作。\n"
    )
    assert notice_events(report) == []


def test_a_verb_or_a_list_word_is_never_a_person():
    found, _, _ = read("任命：\n提拔干部应当坚持标准；\n下列同志试用期满。")
    assert [e.person for e in found] == []


# --- no silent drops ----------------------------------------------------------------------


def test_an_unknown_title_is_kept_with_a_warning():
    found, issues, _ = read("决定：\n王五同志为某区审计局联络人；\n李四同志为某区审计局局长。")
    assert [(e.person, e.post) for e in found] == [("王五", "某区审计局联络人"), ("李四", "某区审计局局长")]
    assert [(i.line, i.fatal) for i in issues] == [(2, False)]
    assert "联络人" in issues[0].reason


def test_a_bare_organisation_as_post_is_a_fatal_issue():
    _, issues, _ = read("任命：\n王五同志为某区审计局；\n李四同志为某区审计局局长。")
    assert [(i.line, i.fatal) for i in issues] == [(2, True)]


def test_a_semicolon_inside_a_post_is_an_issue_not_a_merge():
    found, issues, _ = read("任命：\n王五同志为某区审计局；副局长；\n李四同志为某区财政局局长。")
    assert ("李四", "某区财政局局长") in [(e.person, e.post) for e in found]
    assert any(i.fatal and i.line == 2 for i in issues)


def test_a_control_character_inside_a_clause_is_removed():
    assert events("任命王五为某局局长；李四\x07同志为某局副\x08局长。") == [
        ("appoint", "王五", "某局局长"),
        ("appoint", "李四", "某局副局长"),
    ]


def test_a_decision_about_a_person_that_reads_as_nothing_is_an_issue():
    _, issues, _ = read("决定接受赵长河同志的请求。")
    assert [i.fatal for i in issues] == [True]


# --- the table ----------------------------------------------------------------------------


def test_every_frame_row_compiles_to_a_person_then_posts():
    for frame in frames():
        assert frame.between and frame.before, frame.pattern
        assert frame.action in ("appoint", "remove", "confirm", "list")
        assert frame.kind in ("decision", "item", "narrative")
