"""Stage 4: clauses → events, on small notice bodies."""

from __future__ import annotations

import datetime as dt

import pytest

from ledger.parse import normalise, parse_text
from ledger.parse.clauses import read_clauses

DAY = dt.date(2024, 5, 24)


def read(body: str, day: dt.date = DAY):
    return read_clauses(normalise(body), day)[:2]


def events(body: str, day: dt.date = DAY) -> list[tuple[str, str, str]]:
    found, issues = read(body, day)
    assert not [i for i in issues if i.fatal], issues
    return [(e.action, e.person, e.post) for e in found]


def test_section_heads_with_lines_broken_inside_words():
    body = (
        "区政府决定，任命：\n王坤山同志为某某区新闻出\n\n版局局长；\n张宝静、卫鹏同志为某某区金\n融运行监测中心副主任。\n"
        "免去：\n周和本同志的某某区人民政府\n办公室副主任职务。"
    )
    assert events(body) == [
        ("appoint", "王坤山", "某某区新闻出版局局长"),
        ("appoint", "张宝静", "某某区金融运行监测中心副主任"),
        ("appoint", "卫鹏", "某某区金融运行监测中心副主任"),
        ("remove", "周和本", "某某区人民政府办公室副主任"),
    ]


def test_line_numbers_point_at_the_start_of_the_clause():
    found, _ = read("任命：\n王坤山同志为某某区新闻出\n版局局长；\n李四同志为某局局长。")
    assert [(e.person, e.line) for e in found] == [("王坤山", 2), ("李四", 4)]
    assert found[0].clause == "王坤山同志为某某区新闻出版局局长"


@pytest.mark.parametrize(
    ("qualifier", "probation_until"),
    [
        ("试用期一年", dt.date(2025, 5, 24)),
        ("试用期半年", dt.date(2024, 11, 24)),
        ("试用期六个月", dt.date(2024, 11, 24)),
        ("试用期至 2024 年 9 月", dt.date(2024, 9, 30)),
        ("试用期至2025年2月", dt.date(2025, 2, 28)),
    ],
)
def test_probation_ends(qualifier, probation_until):
    found, _ = read(f"任命：\n张三同志为某局副局长（副处级，{qualifier}）。")
    assert (found[0].probation_until, found[0].rank) == (probation_until, "副处级")


def test_secondment_rank_manner_and_unknown_qualifiers_are_kept():
    found, issues = read(
        "任命：\n孙鸣宇同志为某局副局长（挂职，时间两年）；\n马六同志为某中心主任（调任，正科级，另有安排）。"
    )
    assert (found[0].secondment, found[0].secondment_until) == ("挂职,时间两年", dt.date(2026, 5, 24))
    assert (found[1].rank, found[1].manner, found[1].qualifiers) == ("正科级", ["调任"], ["调任", "正科级", "另有安排"])
    assert [(i.fatal, "另有安排" in i.reason) for i in issues] == [(False, True)]


def test_rank_written_as_the_post_is_part_of_the_post():
    assert events("任命：\n胡庆春同志为某街道便民服务中心副处级领导干部。") == [
        ("appoint", "胡庆春", "某街道便民服务中心副处级领导干部")
    ]


def test_unreadable_probation_is_a_fatal_issue_with_its_line():
    _, issues = read("任命：\n张三同志为某局局长；\n李四同志为某局副局长（试用期若干）。")
    assert [(i.line, i.fatal) for i in issues] == [(3, True)]


def test_several_posts_for_one_person_and_a_bare_title_takes_the_organisation():
    assert events("免去张三的某某市财政局局长、党组书记职务，李四的某某县审计局副局长职务、某某县统计局局长职务。") == [
        ("remove", "张三", "某某市财政局局长"),
        ("remove", "张三", "某某市财政局党组书记"),
        ("remove", "李四", "某某县审计局副局长"),
        ("remove", "李四", "某某县统计局局长"),
    ]


def test_inline_forms_without_section_heads_and_without_tongzhi():
    assert events("任命张三为某某县水利局局长；免去李四的某某县水利局局长职务。") == [
        ("appoint", "张三", "某某县水利局局长"),
        ("remove", "李四", "某某县水利局局长"),
    ]


def test_pronoun_refers_to_the_person_just_named():
    assert events("张三任某某县水利局局长，免去其某某县农业局副局长职务。") == [
        ("appoint", "张三", "某某县水利局局长"),
        ("remove", "张三", "某某县农业局副局长"),
    ]


def test_standing_committee_decisions():
    body = (
        "鉴于王五已辞去某某市人民政府市长职务，决定任命张三为某某市人民政府副市长、代理市长；"
        "决定免去李四的某某市财政局局长职务；接受赵六辞去某某市人民政府副市长职务的请求。"
    )
    found, _ = read(body)
    assert [(e.action, e.person, e.post, e.manner) for e in found] == [
        ("appoint", "张三", "某某市人民政府副市长", []),
        ("appoint", "张三", "某某市人民政府市长", ["代理"]),
        ("remove", "李四", "某某市财政局局长", []),
        ("remove", "赵六", "某某市人民政府副市长", ["辞职"]),
    ]


def test_decision_naming_an_acting_mayor():
    found, _ = read("决定王强为某某市人民政府代理市长。")
    assert [(e.action, e.person, e.post, e.manner) for e in found] == [
        ("appoint", "王强", "某某市人民政府市长", ["代理"])
    ]


def test_office_as_subject_lends_its_name_to_bare_titles():
    found, _ = read("某某市机构编制委员会办公室由王五同志任主任，赵六同志兼任副主任。")
    assert [(e.person, e.post, e.manner) for e in found] == [
        ("王五", "某某市机构编制委员会办公室主任", []),
        ("赵六", "某某市机构编制委员会办公室副主任", ["兼任"]),
    ]


def test_names_with_marks_and_names_containing_connector_characters():
    assert events("任命吴仪（女）、李为民同志为某某市商务局副局长。") == [
        ("appoint", "吴仪", "某某市商务局副局长"),
        ("appoint", "李为民", "某某市商务局副局长"),
    ]


def test_duplicated_paragraph_counts_once():
    assert events("任命张三为某某县水利局局长。\n任命张三为某某县水利局局长。") == [
        ("appoint", "张三", "某某县水利局局长")
    ]


def test_probation_confirmation_is_its_own_event():
    assert events("张三同志任某某县水利局副局长试用期满，经考核合格，正式任职。") == [
        ("confirm", "张三", "某某县水利局副局长")
    ]
    assert events("李四同志试用期已满，经考核合格，正式任命为某某县审计局副局长。") == [
        ("confirm", "李四", "某某县审计局副局长")
    ]


def test_narrative_sentences_are_not_events():
    assert events("根据工作需要，经区政府研究，现将有关事项通知如下。特此通知。") == []


def test_appointment_after_a_bare_decision_colon():
    assert events("经区政府研究决定：\n王五同志为某某区审计局局长；\n赵六同志为某某区审计局副局长。") == [
        ("appoint", "王五", "某某区审计局局长"),
        ("appoint", "赵六", "某某区审计局副局长"),
    ]


# --- general mechanisms of issue 19: each a form the grammar did not know --------------------


def test_a_reason_inside_a_resignation_is_an_adjunct_not_part_of_the_person():
    assert events("接受李明远因工作变动辞去某市人民政府市长职务的请求。") == [("remove", "李明远", "某市人民政府市长")]
    assert events("同意江海涛同志辞去某区财政局局长职务。") == [("remove", "江海涛", "某区财政局局长")]


def test_a_home_post_in_brackets_before_tongzhi_is_not_the_person():
    body = "决定:\n刘振宇(上海市某区发展和改革委员会副主任)同志挂职任某市人民政府副秘书长(挂职两年);"
    assert events(body) == [("appoint", "刘振宇", "某市人民政府副秘书长")]


def test_a_persons_state_names_whom_a_later_pronoun_means():
    body = "决定:\n郑伟同志挂职任某市教育局副局长;\n丁海明同志挂职期满,免去其某市人民政府副秘书长职务。"
    assert events(body) == [("appoint", "郑伟", "某市教育局副局长"), ("remove", "丁海明", "某市人民政府副秘书长")]


def test_a_concurrent_post_in_brackets_is_a_second_appointment():
    found, _ = read("任命张三同志为某县财政局局长(兼任某县国有资产服务中心主任);")
    assert [(e.person, e.post, e.manner) for e in found] == [
        ("张三", "某县财政局局长", []),
        ("张三", "某县国有资产服务中心主任", ["兼任"]),
    ]


@pytest.mark.parametrize("number", ["①", "⑴", "⒈", "1．", "(1)", "1"])
def test_every_item_numbering_is_left_out_of_the_name(number: str):
    assert events(f"决定:\n{number}赵六同志任某县教育局副局长;") == [("appoint", "赵六", "某县教育局副局长")]


def test_an_organisation_heading_carries_to_the_items_below_it():
    body = (
        "一、某市中级人民法院\n任命:\n1.马建军为审判委员会委员、刑事审判第一庭庭长、审判员;\n"
        "二、某市人民检察院\n免去:\n1.江海的检察员职务。"
    )
    assert events(body) == [
        ("appoint", "马建军", "某市中级人民法院审判委员会委员"),
        ("appoint", "马建军", "某市中级人民法院刑事审判第一庭庭长"),
        ("appoint", "马建军", "某市中级人民法院审判员"),  # the court, not its division
        ("remove", "江海", "某市人民检察院检察员"),
    ]


def test_a_rank_promotion_is_no_event_and_a_kept_rank_goes_with_the_post():
    found, issues = read("决定:\n吴十同志晋升为四级主任科员;郑一同志任某县商务局副局长,保留一级主任科员职级。")
    assert not issues
    assert [(e.person, e.post, e.qualifiers) for e in found] == [("郑一", "某县商务局副局长", ["保留一级主任科员职级"])]


def test_a_nomination_is_no_event():
    body = "决定:\n廖春生同志任中共某镇委员会副书记,提名为某镇人民政府镇长候选人;"
    assert events(body) == [("appoint", "廖春生", "中共某镇委员会副书记")]


def test_committee_seats_are_posts_and_the_organisation_is_written_once():
    assert events("决定:\n姚建国同志任中共某县委委员、常委、书记;") == [
        ("appoint", "姚建国", "中共某县委委员"),
        ("appoint", "姚建国", "中共某县委常委"),
        ("appoint", "姚建国", "中共某县委书记"),
    ]


def test_section_heads_for_resignations_and_acting_posts():
    body = "三、接受辞职\n接受周文辉辞去某省民政厅厅长职务的请求。\n四、决定代理\n张国庆为某省民政厅代理厅长。"
    found, _ = read(body)
    assert [(e.action, e.person, e.post, e.manner) for e in found] == [
        ("remove", "周文辉", "某省民政厅厅长", ["辞职"]),
        ("appoint", "张国庆", "某省民政厅厅长", ["代理"]),
    ]


def test_a_probation_counted_from_a_stated_day():
    found, _ = read("决定:\n张三同志任某县财政局副局长(试用期一年,自2024年7月1日起计算);")
    assert [(e.person, e.probation_until) for e in found] == [("张三", dt.date(2025, 7, 1))]


def test_a_revocation_removes_on_its_own_date():
    found, _ = read("撤销2024年1月5日作出的关于赵六同志任某县审计局副局长的决定。")
    assert [(e.action, e.person, e.post, e.effective) for e in found] == [("remove", "赵六", "某县审计局副局长", DAY)]
    assert "撤销任职决定" in found[0].manner


def test_a_correction_reads_the_right_text_dated_by_the_corrected_notice():
    body = (
        "我县2024年5月6日印发的《关于张三等同志任免职务的通知》中,"
        "“任命张三同志为某县财政局副局长”应为“任命张三同志为某县财政局局长”。特此更正。"
    )
    found, _ = read(body)
    assert [(e.action, e.person, e.post, e.effective) for e in found] == [
        ("appoint", "张三", "某县财政局局长", dt.date(2024, 5, 6))
    ]
    assert "更正" in found[0].manner


def test_a_renewal_appoints_and_a_term_not_renewed_removes():
    found, _ = read("续聘张三同志为某县研究院院长,聘期三年;李四同志聘期届满,不再续聘某县研究院副院长职务。")
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "张三", "某县研究院院长"),
        ("remove", "李四", "某县研究院副院长"),
    ]


def test_a_bracket_that_never_closes_does_not_swallow_the_clauses_after_it():
    # OCR doubles a bracket (副局长((正处级)): the one left open must not glue the later clauses
    # into one unreadable item
    body = (
        "任命：\n刘玉芹同志为某区科学技术局副局长((正处级)；"
        "徐波同志为某区国资局局长；张宝静、卫鹏同志为某区监测中心副主任。"
    )
    got = events(body)
    assert [(a, p) for a, p, _ in got][1:] == [("appoint", "徐波"), ("appoint", "张宝静"), ("appoint", "卫鹏")]
    assert got[0][:2] == ("appoint", "刘玉芹") and got[0][2].startswith("某区科学技术局副局长")
    assert read(body)[1] == []


def test_a_group_decision_gives_its_post_to_every_name_of_the_list_below_it():
    body = (
        "会议决定任命丁敏等5名同志为某区人民法院人民陪审员，任期五年。\n"
        "人民陪审员名单：\n"
        "丁　敏　　马晓燕　　王　涛\n"
        "王丽娟　　方志明\n"
        "决定免除以下2名同志的某区人民法院人民陪审员职务：\n"
        "林国栋（本人申请辞去）\n"
        "黄　明（因工作变动）\n"
    )
    got = events(body)
    assert [(a, p) for a, p, _ in got] == [
        *(("appoint", name) for name in ("丁敏", "马晓燕", "王涛", "王丽娟", "方志明")),
        ("remove", "林国栋"),
        ("remove", "黄明"),
    ]
    assert {post for *_, post in got} == {"某区人民法院人民陪审员"}
    assert read(body)[1] == []


def test_a_group_whose_list_says_another_count_is_noted_and_one_without_a_list_waits_for_a_person():
    _, issues = read("决定任命丁敏等3名同志为某区人民法院人民陪审员。\n丁　敏　　马晓燕\n")
    assert [(i.fatal, i.reason) for i in issues] == [(False, "the decision says 3, its list names 2")]
    _, issues = read("决定任命丁敏等3名同志为某区人民法院人民陪审员。")
    assert [i.fatal for i in issues] == [True] and "list of names" in issues[0].reason


def test_an_attached_roster_under_unit_headings_names_each_post_by_its_unit():
    body = (
        "经研究，聘任刘振宇等同志为第五届中层领导干部（名单见附件）。\n"
        "附件\n"
        "一、党政管理部门\n"
        "党委办公室、校长办公室\n"
        "　　主　任：刘振宇\n"
        "　　副主任：陈晓燕（正处级）　郭　立*\n"
        "二、教学科研单位\n"
        "经济与管理学院\n"
        "　　院　长：谭卫东\n"
        "研究生院\n"
        "　　常务副院长：温志诚\n"
    )
    got = events(body)
    assert got == [
        ("appoint", "刘振宇", "党委办公室、校长办公室主任"),
        ("appoint", "陈晓燕", "党委办公室、校长办公室副主任"),
        ("appoint", "郭立", "党委办公室、校长办公室副主任"),
        ("appoint", "谭卫东", "经济与管理学院院长"),
        ("appoint", "温志诚", "研究生院常务副院长"),
    ]
    assert [e.rank for e in read(body)[0][1:3]] == ["正处级", None]


def test_a_branch_court_not_its_parent_carries_to_the_bare_titles_after_its_post():
    got = events("任命：\n卓文斌为某省人民检察院第二分院检察长、检察委员会委员、检察员。")
    assert [post for *_, post in got] == [
        "某省人民检察院第二分院检察长",
        "某省人民检察院第二分院检察委员会委员",
        "某省人民检察院第二分院检察员",
    ]


def test_a_party_body_carries_to_party_titles_only():
    got = events("谭慧仪同志任某区卫生健康局党组成员、副局长；王德明同志任某集团有限公司党委书记、委员、董事长。")
    assert [post for *_, post in got] == [
        "某区卫生健康局党组成员",
        "某区卫生健康局副局长",
        "某集团有限公司党委书记",
        "某集团有限公司党委委员",
        "某集团有限公司董事长",
    ]


def test_a_label_of_a_list_part_does_not_end_the_list():
    body = (
        "一、决定任命\n（一）市政府组成部门\n1．冉光明为某市规划局局长；\n"
        "（二）其他\n2．谭德江为某市人民政府驻上海办事处主任。"
    )
    assert [p for _, p, _ in events(body)] == ["冉光明", "谭德江"]


def test_a_heading_broken_over_lines_still_heads_the_items_below_it():
    body = "三、任命\n北京市第四中级人民\n法院\n晏涛为审判委员会委员、审判员。\n"
    posts = [post for *_, post in events(body)]
    assert posts == ["北京市第四中级人民法院审判委员会委员", "北京市第四中级人民法院审判员"]


def test_a_revocation_section_whose_items_repeat_the_verb():
    got = events(
        "五、撤销\n撤销彭建新的某市中级人民法院审判委员会委员、审判员职务；\n撤销曹卫国的某市人民检察院检察员职务。"
    )
    assert [(a, p) for a, p, _ in got] == [("remove", "彭建新"), ("remove", "彭建新"), ("remove", "曹卫国")]


def test_a_rank_given_verb_first_is_no_event():
    assert events("决定：\n一、晋升张明远为三级高级法官；\n二、晋升杨晓丹、罗文斌为一级法官。") == []


def probations(body: str) -> list[tuple[str, str, str | None]]:
    found, issues = read(body)
    assert not [i for i in issues if i.fatal], issues
    return [(e.person, e.post, e.probation_until and e.probation_until.isoformat()) for e in found]


def test_a_probation_after_the_last_of_several_posts_is_the_whole_clauses():
    assert probations("邓志华同志任某镇党委委员、副书记（任职试用期一年）。") == [
        ("邓志华", "某镇党委委员", "2025-05-24"),
        ("邓志华", "某镇党委副书记", "2025-05-24"),
    ]


def test_a_probation_said_by_a_section_head_or_a_list_intro_holds_for_the_items_below_only():
    body = (
        "一、续聘以下同志为研究中心主任：\n张三为甲研究中心主任；\n"
        "二、聘任以下同志为研究中心主任，聘期三年，试用期至2025年12月：\n李四为乙研究中心主任；\n"
        "三、新聘（试用期六个月）\n王五为丙科护士长。"
    )
    assert probations(body) == [
        ("张三", "甲研究中心主任", None),
        ("李四", "乙研究中心主任", "2025-12-31"),
        ("王五", "丙科护士长", "2024-11-24"),
    ]


def test_the_newly_promoted_of_a_list_and_a_probation_start_said_after_it():
    body = (
        "聘任：\n钟浩为纪检监察部部长；严丽芬为安全环保部副部长（试用期三个月）；苏振国为检测公司总经理。\n"
        "上述聘任人员中，钟浩为新提拔人员，试用期一年。试用期自2024年6月1日起计算。"
    )
    assert probations(body) == [
        ("钟浩", "纪检监察部部长", "2025-06-01"),
        ("严丽芬", "安全环保部副部长", "2024-09-01"),
        ("苏振国", "检测公司总经理", None),
    ]


def test_a_resignation_that_takes_effect_without_a_decision():
    body = (
        "公司董事会于近日收到公司副总经理高建平先生提交的书面辞职报告。高建平先生因工作调动原因，"
        "申请辞去公司副总经理职务。高建平先生的辞职报告自送达董事会之日起生效。"
    )
    assert events(body) == [("remove", "高建平", "公司副总经理")]


def test_names_of_unknown_surnames_after_a_post_and_its_colon_or_closed_by_tongzhi():
    assert events("聘任：\n寒旱区水资源研究室副主任：拉毛草（女）\n祁连山观测站站长：扎西才让") == [
        ("appoint", "拉毛草", "寒旱区水资源研究室副主任"),
        ("appoint", "扎西才让", "祁连山观测站站长"),
    ]
    assert events("任命县人民医院骨科主任泽仁多吉同志为某县人民医院院长助理。") == [
        ("appoint", "泽仁多吉", "某县人民医院院长助理")
    ]


def test_a_rank_given_as_a_post_or_removed_as_a_rank_is_no_event():
    body = "叶建军同志任二级调研员，免去其三级调研员职级；\n免去邹志宏的某省商务厅一级巡视员职级。"
    assert events(body) == []
    # a body's post named by a rank stays a post (SPEC §1: a rank written as the post itself)
    assert events("任命：\n公茂林同志为某区城市管理局二级主任科员。") == [
        ("appoint", "公茂林", "某区城市管理局二级主任科员")
    ]


def test_revocations_written_every_way_remove_the_post():
    body = (
        "一、撤销剑府任〔2023〕15号文件中任命张平同志为某县卫生健康局副局长的决定；\n"
        "二、决定撤销对梁志宏同志某市文化和旅游局副局长的任命；\n"
        "三、决定收回对王建伟同志某市仲裁院副院长的聘任；\n"
        "四、撤销县人大常委会第二次会议对周海涛的某县人民法院审判员的任命；\n"
        "五、撤销林志斌同志某医院副院长的任职决定，恢复其某医院医务科科长职务。"
    )
    assert events(body) == [
        ("remove", "张平", "某县卫生健康局副局长"),
        ("remove", "梁志宏", "某市文化和旅游局副局长"),
        ("remove", "王建伟", "某市仲裁院副院长"),
        ("remove", "周海涛", "某县人民法院审判员"),
        ("remove", "林志斌", "某医院副院长"),
        ("appoint", "林志斌", "某医院医务科科长"),
    ]


def test_a_sentence_recounting_an_earlier_notice_decides_nothing():
    body = (
        "2023年9月6日，县人民政府印发《关于王东等同志职务任免的通知》（剑府任〔2023〕15号），"
        "任命张平同志为某县卫生健康局副局长（试用期一年）。经研究，决定：撤销对张平同志某县卫生健康局副局长的任命。"
    )
    assert events(body) == [("remove", "张平", "某县卫生健康局副局长")]


def test_corrections_with_a_comma_or_youwu_between_the_wrong_and_the_right_text():
    body = (
        "我部2021年7月9日印发的《任免通知》中，“于洪涛同志任某镇党委书记”有误，应为“于洪波同志任某镇党委书记”；"
        "第九项“郝建军同志的某局副局长职务”，更正为“郝建君同志的某局副局长职务”。"
    )
    found, issues = read(body)
    assert [(e.action, e.person, e.post, e.effective) for e in found] == [
        ("appoint", "于洪波", "某镇党委书记", dt.date(2021, 7, 9)),
        ("remove", "郝建君", "某局副局长", dt.date(2021, 7, 9)),
    ]
    assert all("\u200b" not in e.clause for e in found) and not issues


def test_a_subhead_that_names_no_body_ends_before_the_item_under_it():
    body = "三、任命\n（三）某市人大常委会工作机构\n吴建军为某市人民代表大会常务委员会办公室副主任。"
    assert events(body) == [("appoint", "吴建军", "某市人民代表大会常务委员会办公室副主任")]


def test_a_table_apart_by_tabs_with_merged_name_cells():
    body = (
        "序号\t姓名\t任职\t免职\t备注\n"
        "1\t马建军\t某县农业农村局局长\t某县林业和草原局局长\t\n"
        "2\t纳小燕\t某县农业农村局副局长\t无\t试用期一年\n"
        "\t\t兼任某县爱卫会办公室主任\t某县医疗保障局副局长\t\n"
    )
    assert events(body) == [
        ("appoint", "马建军", "某县农业农村局局长"),
        ("remove", "马建军", "某县林业和草原局局长"),
        ("appoint", "纳小燕", "某县农业农村局副局长"),
        ("appoint", "纳小燕", "某县爱卫会办公室主任"),
        ("remove", "纳小燕", "某县医疗保障局副局长"),
    ]


def test_a_table_with_a_unit_column_merged_down_and_padded_names():
    body = (
        "序号  单位            姓名     聘任职务    免去职务\n"
        "1     文学院          赵明轩   院长        副院长\n"
        "2                     钱  佳   副院长      —\n"
        "3     教务处          吴  雪   处长        副处长\n"
    )
    assert events(body) == [
        ("appoint", "赵明轩", "文学院院长"),
        ("remove", "赵明轩", "文学院副院长"),
        ("appoint", "钱佳", "文学院副院长"),
        ("appoint", "吴雪", "教务处处长"),
        ("remove", "吴雪", "教务处副处长"),
    ]


def test_acting_with_the_subject_unsaid_and_a_reason_before_the_verb():
    body = (
        "决定：任命韦光荣为某区人民政府副区长，代理某区人民政府区长职务。"
        "王立群同志因年龄原因，不再担任某市人民政府参事。"
    )
    assert events(body) == [
        ("appoint", "韦光荣", "某区人民政府副区长"),
        ("appoint", "韦光荣", "某区人民政府区长"),
        ("remove", "王立群", "某市人民政府参事"),
    ]


def test_an_approval_of_an_election_and_a_post_going_on_after_a_comma():
    body = (
        "一、同意杨建国、李文娟同志为中共某局机关委员会委员。\n"
        "二、马文斌同志任中共某县委副书记，某县人民政府党组书记，提名为某县人民政府县长候选人。"
    )
    assert events(body) == [
        ("appoint", "杨建国", "中共某局机关委员会委员"),
        ("appoint", "李文娟", "中共某局机关委员会委员"),
        ("appoint", "马文斌", "中共某县委副书记"),
        ("appoint", "马文斌", "某县人民政府党组书记"),
    ]


def test_background_and_labels_that_are_no_open_items():
    body = (
        "今年3月，局党委以温卫任〔2024〕3号文件任命林志斌同志为某医院副院长。经复核，原任职决定无效。\n"
        "一、撤销2019年9月2日印发的《关于聘任李泽文为脾胃病科副主任的通知》，李泽文不再担任脾胃病科副主任职务。\n"
        "二、任命\n（一）自治区人大常委会及专门委员会组成人员\n1.迪丽努尔·阿布拉为某自治区人民代表大会常务委员会副秘书长。"
    )
    found, issues = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("remove", "李泽文", "脾胃病科副主任"),
        ("appoint", "迪丽努尔·阿布拉", "某自治区人民代表大会常务委员会副秘书长"),
    ]
    assert issues == []


def test_a_signature_line_under_a_table_is_no_row_of_it():
    body = (
        "序号  单位            姓名     聘任职务    免去职务\n"
        "1     学科建设办公室  卫  红   副主任      —\n"
        "松江师范大学校长办公室                          2021年7月9日印发\n"
    )
    found, issues = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [("appoint", "卫红", "学科建设办公室副主任")]
    assert issues == []


def test_a_group_whose_term_ended_and_a_bare_title_after_a_comma():
    body = (
        "二、下列同志任期届满，不再担任驻村第一书记：\n1．杨光明，原某镇中寨村党总支第一书记；\n"
        "三、新选派的第一书记须于2021年7月20日前到岗。\n"
        "四、同意杨建国同志任中共某局机关委员会书记，李文娟同志任副书记。"
    )
    assert events(body) == [
        ("remove", "杨光明", "某镇中寨村党总支第一书记"),
        ("appoint", "杨建国", "中共某局机关委员会书记"),
        ("appoint", "李文娟", "中共某局机关委员会副书记"),
    ]


def test_a_one_word_correction_an_extended_secondment_and_two_posts_one_space_apart():
    body = (
        "二、原文“陈晓峰同志挂职任某州商务局副局长（挂职时间三年）”中的“陈晓峰”更正为“陈小峰”。\n"
        "三、龚振宇同志延长挂职时间一年，继续挂职任某市水利局副局长。\n"
        "易国栋先生不再担任公司总经理职务，继续担任公司董事长。"
    )
    assert events(body) == [
        ("appoint", "陈小峰", "某州商务局副局长"),
        ("appoint", "龚振宇", "某市水利局副局长"),
        ("remove", "易国栋", "公司总经理"),
    ]
    table = (
        "序号  姓名  性别  现工作单位及职务                挂职单位及职务\n"
        "12 　韦家宝　男　　州民族宗教事务委员会民族工作科科长　富宁县归朝镇党委副书记\n"
    )
    assert events(table) == [("appoint", "韦家宝", "富宁县归朝镇党委副书记")]


def test_a_correction_far_below_the_day_its_notice_was_issued_takes_that_day():
    body = (
        "2023年8月29日我局印发的《关于任免县直学校校级领导干部的通知》中，部分内容有误，现更正如下：\n"
        + "".join(f"{n}．原文“任命甲{n}同志为某校副校长”，更正为“任命甲{n}同志为某校校长”；\n" for n in range(1, 4))
        + "4．原文“任命杨勇同志为某中学副校长（试用期一年）”，更正为“任命杨勇同志为某中学副校长（试用期半年）”。"
    )
    found, _ = read(body, dt.date(2023, 9, 5))
    assert {e.effective for e in found} == {dt.date(2023, 8, 29)}
    assert found[-1].probation_until == dt.date(2024, 2, 29)


def test_a_company_table_then_its_prose_and_a_committee_of_a_standing_committee():
    body = (
        "姓名        拟任职务          免去职务\n"
        "张国平      —                 总经理\n"
        "周建新      —                 财务总监\n"
        "\n"
        "    上述新聘人员任期自本次董事会审议通过之日起。张国平先生因工作调整不再担任公司总经理，仍担任公司董事长职务；"
        "周建新先生因个人原因申请辞去财务总监职务，辞职后不在公司担任任何职务。\n"
        "接受郑勇辞去某县人民代表大会常务委员会委员、农业与农村工作委员会主任职务的请求。"
    )
    assert events(body) == [
        ("remove", "张国平", "总经理"),
        ("remove", "周建新", "财务总监"),
        ("remove", "郑勇", "某县人民代表大会常务委员会委员"),
        ("remove", "郑勇", "某县人民代表大会常务委员会农业与农村工作委员会主任"),
    ]


def test_assistants_of_a_county_head_and_a_second_post_joined_by_jian():
    body = (
        "一、陈家豪（某市经济促进局副局长）同志挂职任某县人民政府县长助理（挂职两年）；\n"
        "二、熊建国同志为区发展和改革局副局长兼区物价局局长。"
    )
    found, issues = read(body)
    assert [(e.person, e.post) for e in found] == [
        ("陈家豪", "某县人民政府县长助理"),
        ("熊建国", "区发展和改革局副局长"),
        ("熊建国", "区物价局局长"),
    ]
    assert "兼任" in found[-1].manner and not issues


def test_a_term_for_the_list_above_and_a_rule_for_probations_to_come_are_no_open_items():
    body = (
        "聘任：\n林海鸥为公司副总经理；\n上述新聘人员任期自本次董事会审议通过之日起至第三届董事会任期届满之日止。\n"
        "新聘护士长试用期满，由护理部组织考核，考核合格的正式聘任。"
    )
    found, issues = read(body)
    assert [(e.person, e.post) for e in found] == [("林海鸥", "公司副总经理")] and issues == []


def test_a_term_ended_in_a_post_named_before_the_state_then_not_renewed():
    assert events("七、刘志明同志机电工程系主任聘期届满，不再续聘。") == [("remove", "刘志明", "机电工程系主任")]


def test_acting_in_a_vacant_post_is_an_acting_appointment():
    found, issues = read("在董事会聘任新的董事会秘书之前，由公司董事长孙国栋先生代行董事会秘书职责。")
    assert [(e.action, e.person, e.post, e.manner) for e in found] == [
        ("appoint", "孙国栋", "董事会秘书", ["代理"])  # (公司 describes him; the post is as written)
    ]
    assert issues == []


def test_a_legend_of_marked_names_gives_them_its_probation_and_is_no_table_header():
    body = (
        "经研究，聘任刘振宇等同志为中层领导干部（名单见附件）。\n"
        "二、名单中姓名后标注“*”的同志为新提任干部，试用期一年，自2024年1月1日起计算。试用期满经考核合格的，正式任职。\n"
        "附件\n人事处\n　　处　长：韦建明\n　　副处长：龙小梅　覃海涛*\n"
    )
    found, issues = read(body, dt.date(2023, 12, 28))
    assert [(e.person, e.post, e.probation_until) for e in found] == [
        ("韦建明", "人事处处长", None),
        ("龙小梅", "人事处副处长", None),
        ("覃海涛", "人事处副处长", dt.date(2025, 1, 1)),
    ]
    assert issues == []


def test_a_roster_under_unit_headings_after_a_list_intro():
    body = """决定聘任下列同志为系(教研室)主任：
机械工程学院
    车辆工程系主任：刘  畅
电气与信息工程学院
    电气工程系主任：张海鹰
    自动化系主任：林小川（续聘）
"""
    assert events(body) == [
        ("appoint", "刘畅", "机械工程学院车辆工程系主任"),
        ("appoint", "张海鹰", "电气与信息工程学院电气工程系主任"),
        ("appoint", "林小川", "电气与信息工程学院自动化系主任"),
    ]


def test_every_name_written_out_before_their_count():
    body = (
        "某县第十八届人民代表大会常务委员会第十次会议决定任命：\n"
        "王大春、何秀英、李德全等3名同志为某县人民法院人民陪审员，任期五年。"
    )
    assert [e[1] for e in events(body)] == ["王大春", "何秀英", "李德全"]
    assert {e[2] for e in events(body)} == {"某县人民法院人民陪审员"}


def test_a_unit_heading_with_a_colon_carries_to_numbered_items():
    body = """一、任命
  成都市锦江区人民法院:
  1. 廖建华为审判委员会委员、刑事审判庭庭长;
  2. 兰天为审判员.
  成都市锦江区人民检察院:
  3. 敖雪为检察员.
"""
    assert events(body) == [
        ("appoint", "廖建华", "成都市锦江区人民法院审判委员会委员"),
        ("appoint", "廖建华", "成都市锦江区人民法院刑事审判庭庭长"),
        ("appoint", "兰天", "成都市锦江区人民法院审判员"),
        ("appoint", "敖雪", "成都市锦江区人民检察院检察员"),
    ]


def test_a_post_held_on_probation_and_a_revoked_decision_cited_with_its_number():
    assert events("程晓东同志试用期满，经考核不称职，免去其图书馆副馆长试用职务。") == [
        ("remove", "程晓东", "图书馆副馆长")
    ]
    body = "撤销《关于聘任赵磊等同志职务的通知》（西农工人〔2023〕55号）中聘任朱立伟为后勤保障处副处长的决定。"
    assert events(body) == [("remove", "朱立伟", "后勤保障处副处长")]


def test_the_body_a_cadre_is_sent_from_is_no_part_of_the_name():
    assert events("选派宁波造船研究院颜雯同志挂职任船舶与海洋工程学院副院长。") == [
        ("appoint", "颜雯", "船舶与海洋工程学院副院长")
    ]


def test_a_table_whose_remark_column_is_mostly_empty():
    body = """决定聘任以下同志为护士长（副护士长），聘期三年：

序号　科室（病区）　　聘任职务　　姓名　　备注
1　　内一科　　　　护士长　　罗小英
2　　内二科　　　　护士长　　钟　梅　　续聘
3　　外二科　　　　副护士长　刘　娟　　试用期半年
4　　门诊部　　　　护士长　　蒋丽华　　兼任预防保健科科长
"""
    found, _ = read(body)
    assert [(e.person, e.post, e.probation_until) for e in found] == [
        ("罗小英", "内一科护士长", None),
        ("钟梅", "内二科护士长", None),
        ("刘娟", "外二科副护士长", dt.date(2024, 11, 24)),
        ("蒋丽华", "门诊部护士长", None),
        ("蒋丽华", "预防保健科科长", None),
    ]


def test_a_notice_of_rank_promotions_under_rank_heads_yields_nothing():
    body = """决定：
　　一、晋升为二级调研员
　　赵丽娟（综合处）、胡明（人口和就业统计处）
　　二、晋升为一级主任科员
　　牟婷婷（办公室）、黎晓峰（统计设计管理处）
　　以上人员职级晋升自2023年4月起执行，试用期一年的人员按规定办理。
"""
    found, issues = read(body)
    assert found == [] and [i for i in issues if i.fatal] == []


def test_proposed_appointments_of_a_publicity_notice_are_no_events():
    body = "拟聘任张建宁同志为某中心副主任（试用期一年），拟聘任李红梅同志为某中心副主任（试用期一年）。"
    assert events(body) == []


def test_heads_for_people_of_a_kind_and_heads_after_their_reason():
    body = """　　一、任命
　　陈晓同志为办公室主任；
　　二、免去退休人员职务
　　柴国平同志的治安总队副总队长职务；
　　三、聘期届满，不再续聘
　　党小平同志的某博物馆副馆长职务。
　　同时免去：
　　刘长江同志的办公室主任职务。
"""
    assert [e[:2] for e in events(body)] == [
        ("appoint", "陈晓"),
        ("remove", "柴国平"),
        ("remove", "党小平"),
        ("remove", "刘长江"),
    ]


def test_a_part_label_a_second_post_held_jianren_a_rank_after_the_post():
    body = """决定：
　　一、职务任免
　　王志刚同志任规划计划处处长（一级调研员）；
　　任命汤蕾同志为高技术产业处副处长（试用期一年）、兼任委机关团委书记；
　　段红军同志任办公室主任、一级主任科员；
　　罗颖同志挂职任科技教育处副处长（挂职时间一年）。
"""
    found, _ = read(body)
    assert [(e.person, e.post, e.rank) for e in found] == [
        ("王志刚", "规划计划处处长", "一级调研员"),
        ("汤蕾", "高技术产业处副处长", None),
        ("汤蕾", "委机关团委书记", None),
        ("段红军", "办公室主任", "一级主任科员"),
        ("罗颖", "科技教育处副处长", None),
    ]
    assert found[2].manner == ["兼任"]
    two = events("免去虞晓玲同志的浙江警察学院教务处处长、浙江警察学院学报编辑部主任职务。")
    assert [post for _, _, post in two] == ["浙江警察学院教务处处长", "浙江警察学院学报编辑部主任"]


def test_a_table_copied_from_word_with_each_cell_on_a_line():
    cells = [
        *("序号", "姓名", "聘任职务", "免去职务", "备注"),
        *("1", "曹俊", "心血管内科主任", "心血管内科副主任", "—"),
        *("2", "郭宁", "—", "骨科主任", "退休"),
        *("3", "万军", "骨科副主任", "—", "试用期一年"),
    ]
    body = "聘任曹俊等同志为科室负责人；同时免去相关同志职务。具体如下：\n" + "\n".join(cells)
    found, issues = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "曹俊", "心血管内科主任"),
        ("remove", "曹俊", "心血管内科副主任"),
        ("remove", "郭宁", "骨科主任"),
        ("appoint", "万军", "骨科副主任"),
    ]
    assert found[-1].probation_until == dt.date(2025, 5, 24) and not [i for i in issues if i.fatal]


def test_a_decisions_list_in_a_proposals_words_and_a_publicity_notice():
    table = """序号  姓名    拟任职务                  免去职务
1     刘建华  某市发展和改革委员会副主任  某市工业和信息化局副局长
"""
    assert events("市政府决定：\n" + table) == [
        ("appoint", "刘建华", "某市发展和改革委员会副主任"),
        ("remove", "刘建华", "某市工业和信息化局副局长"),
    ]


def test_a_school_post_after_its_party_branch_and_a_reason_glued_to_the_name():
    assert events("陆建华同志任某中学党支部书记、校长；") == [
        ("appoint", "陆建华", "某中学党支部书记"),
        ("appoint", "陆建华", "某中学校长"),
    ]
    assert events("接受范丽因退休辞去某市人大财政经济委员会委员职务的请求。")[0][1] == "范丽"
    assert events("撤销平干〔2024〕9号文件中关于刘志勇同志任某镇党委副书记的任职决定。") == [
        ("remove", "刘志勇", "某镇党委副书记")
    ]


def test_a_sessions_elections_are_appointments_but_seats_are_no_posts():
    body = """某县第十八届人民代表大会第一次会议于2026年10月26日选举：
　　何永红为某县人民政府县长；
　　吴燕（女）、周国华为某县人民政府副县长。
"""
    assert events(body) == [
        ("appoint", "何永红", "某县人民政府县长"),
        ("appoint", "吴燕", "某县人民政府副县长"),
        ("appoint", "周国华", "某县人民政府副县长"),
    ]
    by_election = (
        "某镇人民代表大会第五次会议进行了补选，结果如下：\n"
        "黄志城当选为某镇人民政府镇长；\n温国强当选为某县人民代表大会代表。"
    )
    assert events(by_election) == [("appoint", "黄志城", "某镇人民政府镇长")]
    assert events("增补罗建华、苏婷（女）为政协某市第五届委员会委员，增补张三为政协某市第五届委员会常务委员。") == [
        ("appoint", "张三", "政协某市第五届委员会常务委员")
    ]
    recalled = events("经投票表决，决定罢免胡长顺的某县人民政府副县长职务。")
    assert recalled == [("remove", "胡长顺", "某县人民政府副县长")]


def test_posts_each_over_the_name_that_holds_it_and_a_roster_voted_as_a_list():
    body = """一、决定任命
邢台市人民政府秘书长
　　孟凡军
邢台市民政局局长
　　霍秀英
"""
    assert events(body) == [("appoint", "孟凡军", "邢台市人民政府秘书长"), ("appoint", "霍秀英", "邢台市民政局局长")]
    roster = """会议表决通过了某县人民代表大会专门委员会组成人员名单：
　　法制委员会
　　主任委员：陈　光
　　委员：王志刚　石秋云（女）
"""
    assert [e[1] for e in events(roster)] == ["陈光", "王志刚", "石秋云"]


def test_a_title_before_a_dotted_name_describes_the_person():
    assert events("决定副县长买买提江·阿布都热合曼代理伊宁县人民政府县长职务。") == [
        ("appoint", "买买提江·阿布都热合曼", "伊宁县人民政府县长")
    ]


def test_a_board_members_resignation_takes_effect_and_committees_sit_beside_each_other():
    body = (
        "蒋国华先生因工作调整，辞去本行执行董事、行长及董事会风险管理委员会委员、战略发展委员会委员职务。"
        "根据本行公司章程规定，蒋国华先生的辞任自其辞职函送达董事会之日起生效。"
        "经董事会审议，同意由本行董事长何永康先生代为履行行长职责。"
    )
    assert events(body) == [
        ("remove", "蒋国华", "本行执行董事"),
        ("remove", "蒋国华", "本行行长"),
        ("remove", "蒋国华", "本行董事会风险管理委员会委员"),
        ("remove", "蒋国华", "本行董事会战略发展委员会委员"),
        ("appoint", "何永康", "行长"),  # (本行 describes him; the acting post is as written)
    ]
    deferred = (
        "汪志平先生因任期届满向董事会提出辞去本行独立非执行董事职务，其辞任将自股东大会选举产生新任独立董事之日起生效。"
    )
    assert events(deferred) == []


def test_a_company_named_whole_after_a_party_committee_and_two_lists_of_posts():
    body = "免去谭国平同志的中共湖南湘江能源集团有限公司委员会委员职务和湖南湘江能源集团有限公司董事长、董事职务。"
    assert [post for _, _, post in events(body)] == [
        "中共湖南湘江能源集团有限公司委员会委员",
        "湖南湘江能源集团有限公司董事长",
        "湖南湘江能源集团有限公司董事",
    ]


def test_a_tab_table_with_a_wrapped_cell_and_rosters_under_labels_of_kinds():
    table = (
        "序号\t姓名\t任职\t免职\t备注\n"
        "1\t孙玉梅\t某区第十六中学副校长\t—\t试用期\n"
        "\t\t\t\t一年\n"
        "2\t赵兴国\t—\t某区第六中学校长\t退休\n"
    )
    found, _ = read("区教育局决定：\n" + table)
    assert [(e.action, e.person, e.post, e.probation_until) for e in found] == [
        ("appoint", "孙玉梅", "某区第十六中学副校长", dt.date(2025, 5, 24)),
        ("remove", "赵兴国", "某区第六中学校长", None),
    ]
    body = """聘任以下同志担任相应职务。
　　一、中层干部
　　1．聘任刘雪同志为团委书记。
　　二、年级组长
　　高一年级组长：何勇
　　高二年级组长：施艳
"""
    assert events(body) == [
        ("appoint", "刘雪", "团委书记"),
        ("appoint", "何勇", "高一年级组长"),
        ("appoint", "施艳", "高二年级组长"),
    ]


def test_moved_on_after_a_removal_is_an_appointment():
    body = "免去王洪波同志的某区胜利街小学校长职务，交流任某区金宝小学校长，聘期四年；"
    assert events(body) == [("remove", "王洪波", "某区胜利街小学校长"), ("appoint", "王洪波", "某区金宝小学校长")]
    assert events("孟凡强同志到龄，不再担任某区新华中学副校长职务。") == [("remove", "孟凡强", "某区新华中学副校长")]


def test_numbered_rows_of_a_name_and_a_post_and_a_party_branch_of_a_unit():
    body = """决定免去下列同志职务：
    （1）王长林　　牛庄派出所所长
    （2）曲洪亮　　交通警察大队大队长、党支部书记
"""
    assert events(body) == [
        ("remove", "王长林", "牛庄派出所所长"),
        ("remove", "曲洪亮", "交通警察大队大队长"),
        ("remove", "曲洪亮", "交通警察大队党支部书记"),
    ]
    moved = "免去：\n２．蔡明辉同志交流任陈埭派出所所长，免去其安海派出所所长职务；"
    assert events(moved) == [("appoint", "蔡明辉", "陈埭派出所所长"), ("remove", "蔡明辉", "安海派出所所长")]


def test_a_group_added_to_a_committee_from_a_grid_of_names_with_marks_and_dots():
    body = """增补以下同志为某省科协第九届委员会委员（按姓氏笔画排序）：
　　马　骏　　王雪梅　　买买提江·吾斯曼
　　黄　鑫（女，土家族）　　覃紫薇（女，土家族）
"""
    assert [e[1] for e in events(body)] == ["马骏", "王雪梅", "买买提江·吾斯曼", "黄鑫", "覃紫薇"]
    found, issues = read(body)
    assert {e.post for e in found} == {"某省科协第九届委员会委员"} and not issues


def test_a_boards_motions_elections_and_its_committees():
    body = """一、审议通过《关于选举公司第五届董事会董事长的议案》
选举孟繁荣先生为公司第五届董事会董事长,任期同上。
二、审议通过《关于选举公司第五届董事会专门委员会委员的议案》
第五届董事会各专门委员会组成如下:
1、审计委员会:于淑珍(主任委员)、宋建林、韩志刚;
"""
    assert events(body) == [
        ("appoint", "孟繁荣", "公司第五届董事会董事长"),
        ("appoint", "于淑珍", "审计委员会主任委员"),
        ("appoint", "宋建林", "审计委员会委员"),
        ("appoint", "韩志刚", "审计委员会委员"),
    ]


def test_announcements_of_a_session_read_through_their_headers():
    body = """某镇第十九届人民代表大会第一次会议
公    告
（第1号）

某镇第十九届人民代表大会第一次会议于2021年11月26日选举：
马建军为某镇人民代表大会主席；
"""
    assert events(body) == [("appoint", "马建军", "某镇人民代表大会主席")]


def test_a_groups_names_numbered_one_per_line_and_a_home_post_after_tongzhi():
    body = """增补下列同志为州文联第八届委员会委员：
    （1）李瑞华（州委宣传部副部长）
    （2）张  浩（州作家协会副主席）
"""
    assert events(body) == [
        ("appoint", "李瑞华", "州文联第八届委员会委员"),
        ("appoint", "张浩", "州文联第八届委员会委员"),
    ]
    assert events("补选黄鑫同志(某县委常委、副县长,挂职)为共青团某省委员会副书记。") == [
        ("appoint", "黄鑫", "共青团某省委员会副书记")
    ]


def test_schools_as_headings_of_their_own_appointments():
    body = """对下列同志职务进行调整：
一、宿城区实验小学
  周立群同志任校长，免去其宿城区屠园实验学校校长职务；
二、宿城区罗圩中学
  陆红同志任副校长兼工会主席。
"""
    assert events(body) == [
        ("appoint", "周立群", "宿城区实验小学校长"),
        ("remove", "周立群", "宿城区屠园实验学校校长"),
        ("appoint", "陆红", "宿城区罗圩中学副校长"),
        ("appoint", "陆红", "宿城区罗圩中学工会主席"),
    ]


def test_two_reasons_after_a_name_are_one_adjunct():
    assert events("接受郑勇因到龄退休辞去某县人大常委会委员职务的请求。") == [("remove", "郑勇", "某县人大常委会委员")]


def test_units_blocks_with_rosters_and_a_removal_line_of_their_own():
    body = """决定对部分学校领导班子成员作如下调整：

一、某县第一中学
    校长：朱文达
    免去：张光宇的党委书记职务；朱文达的副校长职务

二、某县实验学校
    校长：阮秀兰
"""
    assert events(body) == [
        ("appoint", "朱文达", "某县第一中学校长"),
        ("remove", "张光宇", "某县第一中学党委书记"),
        ("remove", "朱文达", "某县第一中学副校长"),
        ("appoint", "阮秀兰", "某县实验学校校长"),
    ]
    committee = (
        "现将区安全生产委员会组成人员调整如下：\n主任：刘敏（区政府副区长）\n副主任：李卫东（区发展和改革局局长）"
    )
    assert events(committee) == []


def test_a_groups_names_apart_by_commas_on_the_line_below():
    body = """决定：
    一、聘任下列同志为某市国有资本投资运营有限公司外部董事：
        赵　斌、孟庆华、巴特尔
    二、聘任下列同志为某市城市建设投资集团有限公司外部董事：
        吴建民、娜仁花（女）
"""
    assert [e[1] for e in events(body)] == ["赵斌", "孟庆华", "巴特尔", "吴建民", "娜仁花"]


def test_a_reason_between_commas_and_a_removal_whose_person_is_unsaid():
    assert events("同意朱建华同志因工作调动，辞去县总工会主席职务，辞去县总工会第十六届委员会委员职务。") == [
        ("remove", "朱建华", "县总工会主席"),
        ("remove", "朱建华", "县总工会第十六届委员会委员"),
    ]
    assert events("冯玉堂同志因退休，免去县纪委监委派驻第二纪检监察组组长职务。") == [
        ("remove", "冯玉堂", "县纪委监委派驻第二纪检监察组组长"),
    ]
    body = "张三同志任县财政局局长，免去县审计局局长职务；李四同志任县审计局局长，免去王五的县审计局副局长职务。"
    assert events(body) == [
        ("appoint", "张三", "县财政局局长"),
        ("remove", "张三", "县审计局局长"),
        ("appoint", "李四", "县审计局局长"),
        ("remove", "王五", "县审计局副局长"),
    ]
    # 辞去公职 leaves the service, not a post
    assert events("同意宋雅婷同志辞去某区文化和旅游局副局长职务，辞去公职。") == [
        ("remove", "宋雅婷", "某区文化和旅游局副局长"),
    ]


def test_a_second_post_after_a_comma_held_jian_in_brackets():
    assert events("马晓军同志任县纪委监委派驻第一纪检监察组组长，县监委派驻第一监察专员办公室监察专员（兼）。") == [
        ("appoint", "马晓军", "县纪委监委派驻第一纪检监察组组长"),
        ("appoint", "马晓军", "县监委派驻第一监察专员办公室监察专员"),
    ]


def test_units_as_headings_with_a_term_and_a_probation_start_said_before_the_list():
    body = (
        "党工委会议研究决定，聘任下列同志为内设机构负责人。聘期自2023年7月1日至2026年6月30日。"
        "标注“试用期一年”的人员，试用期自2023年7月1日起计算。\n"
        "（一）党群工作部\n部　长：钟晓丽（管理岗位六级职员）\n副部长：杜文涛（试用期一年）\n"
        "（二）经济运行局\n局　长：何建勇\n"
        "原聘任的下列同志相应职务同时解聘：\n周德华　　经济运行局局长\n邓　静　　社会事务局局长（退休）"
    )
    found, issues = read(body)
    assert not issues
    assert [(e.action, e.person, e.post, e.rank, e.probation_until) for e in found] == [
        ("appoint", "钟晓丽", "党群工作部部长", "管理岗位六级职员", None),
        ("appoint", "杜文涛", "党群工作部副部长", None, dt.date(2024, 7, 1)),
        ("appoint", "何建勇", "经济运行局局长", None, None),
        ("remove", "周德华", "经济运行局局长", None, None),
        ("remove", "邓静", "社会事务局局长", None, None),
    ]


def test_a_unit_beside_the_heading_and_labels_of_kinds_of_unit():
    body = (
        "聘任以下同志为部门负责人：\n一、陈列展览部\n主任：韩晓东\n二、安全保卫部\n副主任：贾志勇\n"
        "同时解聘：\n杜长庚同志的陈列展览部主任职务。"
    )
    assert events(body)[-1] == ("remove", "杜长庚", "陈列展览部主任")
    body = "决定：\n（一）职能科室\n1.聘任杨帆为办公室主任；\n（二）业务科所\n2.聘任吕红霞为防制所所长。"
    assert events(body) == [("appoint", "杨帆", "办公室主任"), ("appoint", "吕红霞", "防制所所长")]


def test_a_name_written_straight_before_a_body_the_notice_names_elsewhere():
    body = "杨晓峰任昆明经济技术开发区经济发展局局长；免去张德明昆明经济技术开发区自然资源和规划建设局局长职务。"
    assert events(body)[-1] == ("remove", "张德明", "昆明经济技术开发区自然资源和规划建设局局长")


def test_a_term_with_its_probation_in_brackets_after_the_post_and_a_lists_probation_with_dates():
    found, _ = read("聘任欧阳晓宇为某开发区管理委员会副主任，聘期三年（试用期一年）。", dt.date(2022, 6, 27))
    assert [e.probation_until for e in found] == [dt.date(2023, 6, 27)]
    body = (
        "经研究，决定：\n新聘下列同志，聘期三年（2024年1月1日至2026年12月31日），"
        "其中试用期一年（2024年1月1日至2024年12月31日）：\n沙玉洁　　计量检定所副所长\n左　宏　　化学分析室主任"
    )
    found, _ = read(body, dt.date(2023, 12, 28))
    assert [(e.person, e.post, e.probation_until) for e in found] == [
        ("沙玉洁", "计量检定所副所长", dt.date(2024, 12, 31)),
        ("左宏", "化学分析室主任", dt.date(2024, 12, 31)),
    ]


def test_a_given_name_ending_in_qi_a_customs_post_and_a_second_post_hired_after_a_comma():
    body = (
        "任命牛红旗为河南省交通运输厅副厅长，免去其河南省高速公路发展中心主任职务；"
        "麦志成同志交流任太平海关副关长；杨绍华同志任曲靖市烟草专卖局局长，聘任为云南省烟草公司曲靖市公司总经理。"
    )
    assert events(body) == [
        ("appoint", "牛红旗", "河南省交通运输厅副厅长"),
        ("remove", "牛红旗", "河南省高速公路发展中心主任"),
        ("appoint", "麦志成", "太平海关副关长"),
        ("appoint", "杨绍华", "曲靖市烟草专卖局局长"),
        ("appoint", "杨绍华", "云南省烟草公司曲靖市公司总经理"),
    ]


def test_after_a_clause_that_cannot_be_read_qi_is_never_someone_before_it():
    body = "任命申慧敏为某省财政厅副厅长；\n任命牛大旗为某省交通运输厅副厅长，免去其某省高速公路发展中心主任职务。"
    found, issues = read(body)
    assert [(e.person, e.post) for e in found] == [("申慧敏", "某省财政厅副厅长")]
    assert issues


def test_two_group_decisions_each_with_its_annex_and_a_table_whose_post_column_is_the_post_held():
    body = (
        "聘任杨光明等2名同志为科室主任、副主任（名单见附件1）；解聘梁卫东等1名同志原任科室主任职务（名单见附件2）。\n"
        "附件：1.科室主任、副主任聘任名单\n　　　2.解聘人员名单\n"
        "附件1\n科室主任、副主任聘任名单\n序号\t科室\t职务\t姓名\t备注\n1\t心血管内科\t主任\t杨光明\t\n"
        "2\t\t副主任\t罗晓庆\t试用期一年\n"
        "附件2\n解聘人员名单\n序号\t科室\t原任职务\t姓名\t备注\n1\t普外科\t主任\t梁卫东\t到龄\n"
    )
    found, issues = read(body, dt.date(2024, 7, 5))
    assert not issues
    assert [(e.action, e.person, e.post, e.probation_until) for e in found] == [
        ("appoint", "杨光明", "心血管内科主任", None),
        ("appoint", "罗晓庆", "心血管内科副主任", dt.date(2025, 7, 5)),
        ("remove", "梁卫东", "普外科主任", None),
    ]


def test_a_tables_row_under_no_decision_waits_for_a_person():
    found, issues = read("科室主任名单\n序号\t科室\t职务\t姓名\n1\t心血管内科\t主任\t杨光明\n")
    assert found == [] and [i.line for i in issues] == [3]


def test_a_merged_post_cell_left_blank_in_a_table_that_marks_empty_cells():
    body = (
        "任免人员名单\n序号\t姓名\t拟任职务\t免去职务\t备注\n"
        "9\t何静\t某市商务局副局长\t—\t试用期一年\n10\t向勇\t\t—\t试用期一年\n"
    )
    assert events(body) == [("appoint", "何静", "某市商务局副局长"), ("appoint", "向勇", "某市商务局副局长")]


def test_a_start_said_apart_from_its_clause_counts_the_probations():
    body = (
        "陈晓燕同志为某医院副院长（试用期一年）；\n何建军同志为某保健院副院长（试用期一年）。\n"
        "上述同志任职时间从2023年6月8日起计算。"
    )
    found, _ = read(body, dt.date(2023, 6, 12))
    assert [e.probation_until for e in found] == [dt.date(2024, 6, 8)] * 2
    body = "游春兰同志任某中医院副院长，试用期一年，自2021年9月1日起计算；\n施文龙同志任某医院副院长。"
    found, _ = read(body, dt.date(2021, 8, 27))
    assert [e.probation_until for e in found] == [dt.date(2022, 9, 1), None]
    body = (
        "决定聘任李春燕等2名同志为护士长（名单附后），聘期三年，自2021年10月1日起至2024年9月30日止。\n"
        "序号\t姓名\t职务\t备注\n1\t李春燕\t骨科护士长\t\n2\t普艳\t护理部副主任\t试用期一年\n"
    )
    found, _ = read(body, dt.date(2021, 9, 28))
    assert [(e.person, e.probation_until) for e in found][-1] == ("普艳", dt.date(2022, 10, 1))


def test_no_post_is_a_verb_a_pronoun_or_a_possessive():
    found, _ = read(
        "经研究，决定：\n七、杜卫国同志因工作调动，免去其院长助理、医务部主任职务；\n八、黄德福同志因到龄解聘。"
    )
    assert [(e.person, e.post) for e in found] == [("杜卫国", "院长助理"), ("杜卫国", "医务部主任")]


def test_a_unit_the_notice_headed_before_is_no_part_of_the_last_heading():
    body = (
        "聘任以下同志担任中层干部职务：\n一、新闻中心\n总监：何静\n首席编辑：黄勇\n二、人事保卫部\n主任：马骥\n"
        "同时解聘：\n新闻中心总监：赵平"
    )
    assert events(body) == [
        ("appoint", "何静", "新闻中心总监"),
        ("appoint", "黄勇", "新闻中心首席编辑"),
        ("appoint", "马骥", "人事保卫部主任"),
        ("remove", "赵平", "新闻中心总监"),
    ]


def test_committees_under_the_body_whose_list_was_adopted():
    body = (
        "某县第十八届人民代表大会第一次会议于2026年10月27日表决通过了某县第十八届人民代表大会专门委员会组成人员名单：\n"
        "法制委员会\n主任委员：陈　光\n委员：李明"
    )
    assert events(body) == [
        ("appoint", "陈光", "某县第十八届人民代表大会法制委员会主任委员"),
        ("appoint", "李明", "某县第十八届人民代表大会法制委员会委员"),
    ]


def test_a_post_that_ends_with_a_deputys_mandate_and_former_posts_said_of_a_whole_list():
    body = (
        "陈国富因工作调动，已调离本行政区域，陈国富的某县第十七届人民代表大会代表资格终止，"
        "其某县人民代表大会常务委员会副主任职务相应终止。"
    )
    assert events(body) == [("remove", "陈国富", "某县人民代表大会常务委员会副主任")]
    body = "决定：\n科研业务处处长：冯建军\n综合办公室主任：王海燕\n上述同志原聘研究单元、支撑部门负责人职务同时免除。"
    assert events(body) == [("appoint", "冯建军", "科研业务处处长"), ("appoint", "王海燕", "综合办公室主任")]


def test_a_roster_adopted_by_a_meeting_and_the_sessions_own_words_for_election():
    body = (
        "（2023年1月16日政协某省第十三届委员会常务委员会第一次会议通过）\n"
        "提案委员会\n主　任：熊国华\n副主任：刘建新　万小琴（女）"
    )
    assert events(body) == [
        ("appoint", "熊国华", "提案委员会主任"),
        ("appoint", "刘建新", "提案委员会副主任"),
        ("appoint", "万小琴", "提案委员会副主任"),
    ]
    body = "经协商，常务委员会第十六次会议推选：\n王志国为县政协秘书长；\n刘春霞（女，满族）为县政协提案委员会主任。"
    assert events(body) == [("appoint", "王志国", "县政协秘书长"), ("appoint", "刘春霞", "县政协提案委员会主任")]


def test_what_a_list_of_members_says_of_a_person_and_verbs_that_say_which_people():
    body = "增补潘国华、胡晓燕（旅居西班牙）、林志勇同志为县侨联第十届委员会委员。"
    assert [p for _, p, _ in events(body)] == ["潘国华", "胡晓燕", "林志勇"]
    body = (
        "聘任：\n一、王立为教务处处长；\n二、续聘\n李强为科研处处长。\n"
        "以上聘任、续聘同志聘期三年，自2023年9月1日起至2026年8月31日止。"
    )
    assert [p for _, p, _ in events(body)] == ["王立", "李强"]


def test_titles_of_two_words_a_committee_beside_another_and_a_title_joined_by_jian():
    body = "会议增补王志刚同志为市工商联第十三届执行委员会执行委员、常务委员。"
    assert events(body) == [
        ("appoint", "王志刚", "市工商联第十三届执行委员会执行委员"),
        ("appoint", "王志刚", "市工商联第十三届执行委员会常务委员"),
    ]
    body = "免去王建华的政协某市委员会社会和法制委员会主任、教科卫体委员会主任职务。"
    assert [p for _, _, p in events(body)] == ["政协某市委员会社会和法制委员会主任", "政协某市委员会教科卫体委员会主任"]
    assert [p for _, _, p in events("李建湘同志任省黄埔军校同学会副会长兼秘书长。")] == [
        "省黄埔军校同学会副会长",
        "省黄埔军校同学会秘书长",
    ]


def test_a_unit_after_a_whole_body_and_keeping_a_post_during_a_secondment():
    body = (
        "王海峰同志任市委会秘书长，兼任办公室主任；王国栋同志任省政协机关党委专职副书记，兼任机关纪委书记；"
        "王静怡同志挂职期间保留原单位职务和待遇。"
    )
    assert [p for _, _, p in events(body)] == [
        "市委会秘书长",
        "市委会办公室主任",
        "省政协机关党委专职副书记",
        "省政协机关纪委书记",
    ]


def test_a_session_news_report_quotes_decisions_it_does_not_make():
    text = (
        "县政协召开十届十二次常委会议\n1月9日，政协某市第十届委员会常务委员会第十二次会议召开。"
        "会议以举手表决方式通过了人事任免事项，任命寸建林为市政协副秘书长；免去李国栋的市政协副秘书长职务。\n"
    )
    from ledger.parse import parse_text

    assert [n.events for n in parse_text(text).notices] == [[]]


def test_a_township_party_committees_portfolios_a_home_post_before_guaren_and_a_joint_sending_body():
    body = "白龙镇\n陈雪梅（女）同志任党委委员、组织委员；\n李想同志任党委委员、组织委员、统战委员。"
    assert [p for _, _, p in events(body)] == [
        "白龙镇党委委员",
        "白龙镇党委组织委员",
        "白龙镇党委委员",
        "白龙镇党委组织委员",
        "白龙镇党委统战委员",
    ]
    body = (
        "经市委研究，决定：\n曹宏伟（市发展改革委副主任）挂任中共某区委常委；\n"
        "邱小兰（女，市财政局预算科科长）挂任某县人民政府副县长。"
    )
    assert events(body) == [("appoint", "曹宏伟", "中共某区委常委"), ("appoint", "邱小兰", "某县人民政府副县长")]
    body = "蒋丽华（女）同志任中共某市纪律检查委员会、某市监察委员会派驻市教育局纪检监察组组长。"
    assert events(body) == [("appoint", "蒋丽华", "中共某市纪律检查委员会、某市监察委员会派驻市教育局纪检监察组组长")]


def test_older_wording_of_a_probation():
    found, _ = read(
        "韦建新同志任养老保险科副科长（试用一年）；李翠兰同志任某局副局长，试用一年。", dt.date(2006, 7, 14)
    )
    assert [e.probation_until for e in found] == [dt.date(2007, 7, 14)] * 2


def test_board_committees_by_roster_with_a_convener_and_by_composition():
    body = (
        "同意公司第三届董事会各专门委员会组成如下：\n（一）战略委员会：应国良（召集人）、潘慧敏、\n"
        "东瓯证券股份有限公司                              第三届董事会第一次会议决议公告\n"
        " 季雪琴\n（二）审计委员会：林若冰（召集人）、季雪琴、郑\n 宏远\n"
        "同意聘任潘慧敏女士为公司总裁；同意聘任朱丽娜女士为公司合规总监。朱丽娜女士任职资格尚需报监管机构核准。"
    )
    assert events(body) == [
        ("appoint", "应国良", "战略委员会召集人"),
        ("appoint", "潘慧敏", "战略委员会委员"),
        ("appoint", "季雪琴", "战略委员会委员"),
        ("appoint", "林若冰", "审计委员会召集人"),
        ("appoint", "季雪琴", "审计委员会委员"),
        ("appoint", "郑宏远", "审计委员会委员"),
        ("appoint", "潘慧敏", "公司总裁"),
        ("appoint", "朱丽娜", "公司合规总监"),
    ]
    body = "审计委员会由屈文娟、葛振华、苗立新组成，屈文娟担任主任委员；"
    assert events(body) == [
        ("appoint", "屈文娟", "审计委员会委员"),
        ("appoint", "葛振华", "审计委员会委员"),
        ("appoint", "苗立新", "审计委员会委员"),
        ("appoint", "屈文娟", "审计委员会主任委员"),
    ]


def test_a_title_is_no_person():
    assert events("同意选举应国良先生为公司第三届董事会董事长。根据《公司章程》规定，董事长为公司法定代表人。") == [
        ("appoint", "应国良", "公司第三届董事会董事长")
    ]


def test_tables_drawn_with_bars_a_change_column_and_a_resignation_column():
    body = (
        "本次任免情况如下：\n姓名 | 职务 | 变动类型 | 原任职务 | 现任职务\n"
        "党建军 | 总经理 | 新任 | 董事长 | 董事长、总经理\n白永刚 | 董事、总经理 | 离任 | 董事、总经理 | 无\n"
    )
    assert events(body) == [
        ("appoint", "党建军", "总经理"),
        ("remove", "白永刚", "董事"),
        ("remove", "白永刚", "总经理"),
    ]
    body = (
        "收到下列人员提交的书面辞职报告，具体情况如下：\n┌──────┬──────────────┬────────┐\n"
        "│ 姓名 │ 辞去职务 │ 辞职原因 │\n├──────┼──────────────┼────────┤\n│ 区志强 │ 董事、副总经理 │ 个人原因 │\n"
        "├──────┼──────────────┼────────┤\n│ 冼美玲 │ 独立董事、审计委员会主任委 │ 任期届满 │\n│        │ 员 │  │\n"
        "└──────┴──────────────┴────────┘\n区志强先生的辞职报告自送达董事会之日起生效。"
    )
    assert events(body) == [
        ("remove", "区志强", "董事"),
        ("remove", "区志强", "副总经理"),
        ("remove", "冼美玲", "独立董事"),
        ("remove", "冼美玲", "审计委员会主任委员"),
    ]


def test_a_company_officers_resignation_by_ciren_and_a_name_of_four_before_nvshi():
    body = (
        "董事会于2024年12月19日收到公司财务总监乌兰图雅女士的书面辞职报告。乌兰图雅女士因工作调整，"
        "申请辞去公司财务总监职务。乌兰图雅女士的辞职报告自送达董事会时生效。"
    )
    assert events(body) == [("remove", "乌兰图雅", "公司财务总监")]
    body = "因工作调动，聂长海先生辞任本行行长职务。聂长海先生的辞任自其辞呈送达本行董事会之日起生效。"
    assert events(body) == [("remove", "聂长海", "本行行长")]


def test_a_tables_verb_with_the_units_column_and_a_countys_government_post_after_its_party_committee():
    body = (
        "决定聘任丁建业等2名同志为有关中央企业外部董事：\n序号\t姓名\t企业名称\t任免事项\t备注\n"
        "1\t丁建业\t中国某集团有限公司\t聘任外部董事\t\n2\t费立群\t国家某投资集团有限责任公司\t聘任外部董事、外部董事召集人\t\n"
    )
    assert events(body) == [
        ("appoint", "丁建业", "中国某集团有限公司外部董事"),
        ("appoint", "费立群", "国家某投资集团有限责任公司外部董事"),
        ("appoint", "费立群", "国家某投资集团有限责任公司外部董事召集人"),
    ]
    body = (
        "选派覃思远同志挂职任广西壮族自治区龙胜各族自治县县委常委、副县长；蒙小军同志挂职任江西省于都县委常委、副县长。"
    )
    assert [p for _, _, p in events(body)] == [
        "广西壮族自治区龙胜各族自治县县委常委",
        "广西壮族自治区龙胜各族自治县副县长",
        "江西省于都县委常委",
        "江西省于都县副县长",
    ]


def test_the_body_a_person_comes_from_before_the_name_and_a_squadron_leader():
    body = (
        "自然资源部测绘发展研究中心巴桑次仁同志挂职任西藏自治区尼木县副县长；"
        "闫海军同志任国家统计局河北调查总队总队长、党组书记。"
    )
    assert events(body) == [
        ("appoint", "巴桑次仁", "西藏自治区尼木县副县长"),
        ("appoint", "闫海军", "国家统计局河北调查总队总队长"),
        ("appoint", "闫海军", "国家统计局河北调查总队党组书记"),
    ]


def test_a_removal_inside_an_item_keeps_the_lists_action_and_a_list_intro_of_their_posts():
    body = "安远县人民法院\n任命：\n1.钟卫国为民事审判庭庭长，免去其民事审判庭副庭长职务；\n2.林晓燕为审判员。"
    assert events(body)[-1] == ("appoint", "林晓燕", "安远县人民法院审判员")
    body = (
        "决定：\n三、下列同志挂职期满，免去其挂任职务：\n陈宇同志的中共某区委常委职务；\n"
        "黄丹（女）同志的某县人民政府副县长职务。"
    )
    assert events(body) == [("remove", "陈宇", "中共某区委常委"), ("remove", "黄丹", "某县人民政府副县长")]


def test_a_captions_verb_sets_the_rows_action_and_shenqing_is_no_name():
    body = (
        "决定：聘任孙志明等1名同志为校长；解聘杜明远等1名同志原任职务。\n表一　聘任人员名单\n"
        "序号\t单位\t姓名\t聘任职务\n1\t某县第一中学\t孙志明\t校长\n表二　解聘人员名单\n"
        "序号\t单位\t姓名\t原任职务\t备注\n1\t某县第二中学\t杜明远\t校长\t到龄退休\n"
    )
    assert events(body) == [("appoint", "孙志明", "某县第一中学校长"), ("remove", "杜明远", "某县第二中学校长")]
    body = "陈海燕同志因个人原因申请辞去县委办公室副主任职务，经县委研究，同意其辞去县委办公室副主任职务。"
    assert events(body) == [("remove", "陈海燕", "县委办公室副主任")]


def test_a_list_without_item_marks_under_body_headings_and_names_paired_respectively():
    body = (
        "决定免去：\n梁建华的佛山市发展和改革局局长职务\n\n佛山市中级人民法院\n任命：\n何婉仪为民事审判第一庭庭长、审判员\n"
        "免去：\n邓思远的审判员职务\n"
    )
    assert events(body) == [
        ("remove", "梁建华", "佛山市发展和改革局局长"),
        ("appoint", "何婉仪", "佛山市中级人民法院民事审判第一庭庭长"),
        ("appoint", "何婉仪", "佛山市中级人民法院审判员"),
        ("remove", "邓思远", "佛山市中级人民法院审判员"),
    ]
    body = "任命：\n丁玉兰、聂　勇分别为株洲市人民检察院第一检察部主任、第二检察部主任。"
    assert events(body) == [
        ("appoint", "丁玉兰", "株洲市人民检察院第一检察部主任"),
        ("appoint", "聂勇", "株洲市人民检察院第二检察部主任"),
    ]


def test_a_removal_from_the_rows_below_and_a_county_bureaus_gu_as_a_heading():
    body = "四、免去\n免去下列人员的包头市中级人民法院审判员职务：\n　　　　张国华\n　　　　其其格\n"
    assert events(body) == [
        ("remove", "张国华", "包头市中级人民法院审判员"),
        ("remove", "其其格", "包头市中级人民法院审判员"),
    ]
    body = "决定：\n一、办公室\n邱志坚同志任主任；\n二、登记注册股\n黄嘉欣同志任股长（试用期一年）。"
    assert events(body) == [("appoint", "邱志坚", "办公室主任"), ("appoint", "黄嘉欣", "登记注册股股长")]


def test_a_sessions_elected_roster_told_before_it_and_an_ordering_note_in_a_label():
    body = (
        "某县第十八届人民代表大会第一次会议于2021年12月26日选举产生了"
        "某县第十八届人民代表大会常务委员会主任、副主任、委员。现予公告。\n"
        "某县第十八届人民代表大会常务委员会\n主　任：艾力·买买提\n委　员（按姓氏笔画为序）：\n马　军　王晓东\n"
    )
    assert events(body) == [
        ("appoint", "艾力·买买提", "某县第十八届人民代表大会常务委员会主任"),
        ("appoint", "马军", "某县第十八届人民代表大会常务委员会委员"),
        ("appoint", "王晓东", "某县第十八届人民代表大会常务委员会委员"),
    ]


def test_state_owned_groups_company_headings_and_what_a_head_governs():
    # a company heading whose name holds 责任 (有限责任公司) is a heading like any other
    body = (
        "决定：\n一、川西水电开发有限公司\n免去邓平同志的总工程师职务。\n"
        "二、川西燃气有限责任公司\n王五同志任总经理；\n唐小军同志任总会计师。"
    )
    assert events(body)[1:] == [
        ("appoint", "王五", "川西燃气有限责任公司总经理"),
        ("appoint", "唐小军", "川西燃气有限责任公司总会计师"),
    ]
    # 不再委派: over items written X担任Y: the head's verb governs
    body = (
        "决定：\n一、委派\n1.韦国梁同志为桂南物流有限公司董事；\n二、不再委派\n1.李振华同志担任桂南物流有限公司董事。"
    )
    assert events(body) == [("appoint", "韦国梁", "桂南物流有限公司董事"), ("remove", "李振华", "桂南物流有限公司董事")]
    # 集团总部: after a subsidiary's items, the issuer's own units under no heading
    body = (
        "决定：\n滇西旅游交通有限公司：杜春梅同志任总会计师；聘期届满，不再续聘刀建军同志为总工程师。\n"
        "集团总部：杨正华同志任战略发展部部长。"
    )
    assert events(body) == [
        ("appoint", "杜春梅", "滇西旅游交通有限公司总会计师"),
        ("remove", "刀建军", "滇西旅游交通有限公司总工程师"),
        ("appoint", "杨正华", "战略发展部部长"),
    ]


def test_renewal_group_of_own_posts_and_that_body():
    assert events("决定：\n段志红同志连任滇西文旅发展有限公司董事长，任期三年。") == [
        ("appoint", "段志红", "滇西文旅发展有限公司董事长")
    ]
    # the election told again after it is no second event
    assert events("选举牛建业先生为本行董事长。牛建业先生连任本行董事长，无需重新报批。") == [
        ("appoint", "牛建业", "本行董事长")
    ]
    body = "决定：\n以下同志不再担任原职务：\n易建国（原安全环保部部长，到龄退休）\n罗  平（原投资发展部部长）\n"
    assert events(body) == [("remove", "易建国", "安全环保部部长"), ("remove", "罗平", "投资发展部部长")]
    body = (
        "决定：\n聘任杨国栋为兰州新区产业园项目经理部项目经理，张文杰为该项目经理部总工程师；"
        "任命张三为某市财政局局长，李四为该局副局长。"
    )
    assert [post for *_, post in events(body)] == [
        "兰州新区产业园项目经理部项目经理",
        "兰州新区产业园项目经理部总工程师",
        "某市财政局局长",
        "某市财政局副局长",
    ]


def test_a_described_person_and_party_units_beside_a_bodys_units():
    assert events("决定：\n由公司党委副书记、副总经理陈明辉同志代行总经理职责；") == [
        ("appoint", "陈明辉", "总经理")  # (公司 in the description is the issuer, unsaid in the post)
    ]
    assert events("决定：\n萨仁高娃同志任集团公司党委组织部部长、人力资源部部长；") == [
        ("appoint", "萨仁高娃", "集团公司党委组织部部长"),
        ("appoint", "萨仁高娃", "集团公司人力资源部部长"),
    ]
    assert events("决定：\n聂卫东同志任赣江建材有限公司执行董事，兼任党支部书记。") == [
        ("appoint", "聂卫东", "赣江建材有限公司执行董事"),
        ("appoint", "聂卫东", "赣江建材有限公司党支部书记"),
    ]
    # a request to carry out a procedure is no clause waiting for a person
    found, issues = read("决定：\n王五同志任某公司总经理。\n请所属企业按照章程规定履行选举、聘任程序。")
    assert [(e.person, e.post) for e in found] == [("王五", "某公司总经理")] and issues == []


def test_a_table_column_of_posts_held_marked_as_left():
    body = (
        "附件\n"
        "序号  姓名    新任职务                  原任职务（免去）          备注\n"
        "1     陈伟雄  某建筑工程有限公司董事长  某市政工程有限公司总经理  交流任职\n"
        "2     蔡志坚  —                        某路桥有限公司党委书记    退休\n"
    )
    assert events("决定对陈伟雄等同志职务进行任免（详见附件）。\n" + body) == [
        ("appoint", "陈伟雄", "某建筑工程有限公司董事长"),
        ("remove", "陈伟雄", "某市政工程有限公司总经理"),
        ("remove", "蔡志坚", "某路桥有限公司党委书记"),
    ]


def test_a_grid_of_names_going_on_over_lines_under_its_label():
    body = (
        "某县第十八届人民代表大会常务委员会\n委　员（按姓氏笔画为序）：\n马　军　王晓东　王春梅（女）\n"
        "叶新华　买买提明·阿不都拉　李志强\n阿卜杜萨拉木·司马义\n"
    )
    names = [person for _, person, _ in events("会议选举：\n" + body)]
    assert names == ["马军", "王晓东", "王春梅", "叶新华", "买买提明·阿不都拉", "李志强", "阿卜杜萨拉木·司马义"]


def test_a_sessions_day_before_its_verb_a_mark_after_tongzhi_and_bing_wei():
    body = (
        "某乡第十八届人民代表大会第三次会议于二〇二三年四月十八日补选余德胜同志为某乡人民政府乡长，"
        "补选郑红梅同志（女）为某乡人民政府副乡长。"
    )
    assert events(body) == [("appoint", "余德胜", "某乡人民政府乡长"), ("appoint", "郑红梅", "某乡人民政府副乡长")]
    found, _ = read("某县人大常委会第十四次会议决定：任命吉克阿且为昭觉县人民政府副县长，并为代理县长。")
    assert [(e.post, e.manner) for e in found] == [("昭觉县人民政府副县长", []), ("昭觉县人民政府县长", ["代理"])]
    # a clause of background names no one: 已不适宜继续 is no name
    body = (
        "鉴于袁世杰严重违纪违法，已不适宜继续担任某县人民政府副县长职务，会议决定：罢免袁世杰的某县人民政府副县长职务。"
    )
    assert events(body) == [("remove", "袁世杰", "某县人民政府副县长")]


def test_removed_posts_of_bodies_gone_and_words_opening_with_qi():
    body = (
        "决定免去：\n罗俊杰的原广州市越秀区安全生产监督管理局局长职务；\n陈五的原平市副市长职务。\n"
        "原广州市越秀区安全生产监督管理局等不再保留的机构，其他领导职务自然免除。"
    )
    assert events(body) == [
        ("remove", "罗俊杰", "广州市越秀区安全生产监督管理局局长"),
        ("remove", "陈五", "原平市副市长"),
    ]
    assert events("刘振邦同志任中共社旗县委书记；免去其中共南召县委副书记职务。")[1] == (
        "remove",
        "刘振邦",
        "中共南召县委副书记",
    )


def test_a_home_post_after_tongzhi_a_revocation_citing_its_notice_and_resignations():
    assert events("决定：\n孔凡军同志（济宁市农业农村局副局长）交流任科技教育处处长；") == [
        ("appoint", "孔凡军", "科技教育处处长")
    ]
    body = (
        "决定：\n撤销《某省市场监督管理局关于钱宇等同志职务任免的通知》（某市监人〔2021〕12号）"
        "中钱宇同志任某省特种设备安全监督检验研究院副院长的任职决定。"
    )
    assert events(body) == [("remove", "钱宇", "某省特种设备安全监督检验研究院副院长")]
    body = "卢晓光因到龄退休，请求辞去某省人民代表大会常务委员会预算工作委员会副主任职务，会议决定接受其辞职请求。"
    assert events(body) == [("remove", "卢晓光", "某省人民代表大会常务委员会预算工作委员会副主任")]
    assert events("决定：\n郭亮同志因个人原因申请辞去急诊科副主任职务，经研究，同意其辞职；") == [
        ("remove", "郭亮", "急诊科副主任")
    ]


def test_word_tables_with_cells_one_per_line_blank_cells_lost_and_manner_rows():
    body = (
        "任职人员名单\n序号\n姓名\n任职\n备注\n1\n田家宏\n宜昌市人民政府副秘书长\n\n2\n王思远\n"
        "宜昌市人民政府办公室副主任\n试用期一年\n3\n陈　婧\n宜昌市发展和改革委员会副主任\n"
    )
    assert events("决定任免下列同志职务：\n" + body) == [
        ("appoint", "田家宏", "宜昌市人民政府副秘书长"),
        ("appoint", "王思远", "宜昌市人民政府办公室副主任"),
        ("appoint", "陈婧", "宜昌市发展和改革委员会副主任"),
    ]
    body = (
        "序号\t姓名\t任职\t免职\t备注\n8\t汤文\t某区数据局局长\t\t\n\t（兼任）\t某区政务服务管理办公室主任\t\t\n"
        "9\t黄  艳\t某县经济商务和信息化局副局长；某县中小企业局局长（兼）\t某县招商局副局长\t\n"
    )
    found, _ = read("决定：\n" + body)
    assert [(e.person, e.post, e.manner) for e in found] == [
        ("汤文", "某区数据局局长", []),
        ("汤文", "某区政务服务管理办公室主任", ["兼任"]),
        ("黄艳", "某县经济商务和信息化局副局长", []),
        ("黄艳", "某县中小企业局局长", ["兼"]),
        ("黄艳", "某县招商局副局长", []),
    ]


def test_a_roster_of_results_under_units_with_second_names_and_what_ends_it():
    body = (
        "现将聘任结果通知如下:\n一、党委办公室(董事会办公室)\n    主任:隋立强\n"
        "二、审计法务部\n    副部长(主持工作):修晓光\n"
        "三、投资发展部\n    部长:姜文博(兼任集团公司副总工程师)\n"
        "    未参加本次竞争上岗或未聘任的原中层管理人员,原职务自然免除。其中:权丽娟不再担任财务资产部部长。\n"
    )
    found, issues = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "隋立强", "党委办公室(董事会办公室)主任"),
        ("appoint", "修晓光", "审计法务部副部长"),
        ("appoint", "姜文博", "投资发展部部长"),
        ("appoint", "姜文博", "集团公司副总工程师"),
        ("remove", "权丽娟", "财务资产部部长"),
    ]
    assert found[1].manner == ["主持工作"] and issues == []


def test_resignations_taking_effect_together_and_acting_named_by_zhiding():
    body = (
        "刘正平先生因到龄退休辞去公司总裁职务,苏婉清女士因工作调整辞去公司合规总监职务。"
        "刘正平先生、苏婉清女士的辞职报告自送达公司董事会之日起生效。在合规总监正式任职前,由总裁谢嘉诚先生代行合规总监职责。"
    )
    assert events(body) == [
        ("remove", "刘正平", "公司总裁"),
        ("remove", "苏婉清", "公司合规总监"),
        ("appoint", "谢嘉诚", "合规总监"),
    ]
    body = (
        "决定：\n河北分公司\n聘任宁海波同志为总经理，在其任职资格获核准前，指定其为河北分公司临时负责人；\n"
        "解聘甄立军同志的总经理职务。"
    )
    assert events(body) == [
        ("appoint", "宁海波", "河北分公司总经理"),
        ("appoint", "宁海波", "河北分公司临时负责人"),
        ("remove", "甄立军", "河北分公司总经理"),
    ]
    assert events("决定：\n原理事长桑杰加因年龄原因不再担任某联社理事长职务。") == [
        ("remove", "桑杰加", "某联社理事长")
    ]


def test_markdown_tables_with_a_caption_verb_and_a_unit_column():
    body = (
        "决定向下列企业委派外部董事。名单如下：\n一、委派外部董事名单\n\n| 序号 | 企业名称 | 姓名 | 委派职务 |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | 陕西延河水务投资集团有限公司 | 马守仁 | 外部董事、董事会审计委员会主任委员 |\n"
        "| 2 | 陕西关中现代农业集团有限公司 | 田 蕾 | 外部董事 |\n\n二、不再担任外部董事名单\n\n"
        "| 序号 | 企业名称 | 姓名 | 原任职务 | 说明 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 陕西秦川能源集团有限公司 | 雷宏斌 | 外部董事 | 任期届满 |\n"
    )
    assert events(body) == [
        ("appoint", "马守仁", "陕西延河水务投资集团有限公司外部董事"),
        ("appoint", "马守仁", "陕西延河水务投资集团有限公司董事会审计委员会主任委员"),
        ("appoint", "田蕾", "陕西关中现代农业集团有限公司外部董事"),
        ("remove", "雷宏斌", "陕西秦川能源集团有限公司外部董事"),
    ]


def test_bodies_sharing_a_title_ren_after_a_removal_and_a_described_post_left():
    body = (
        "经研究决定，派驻凌志军同志为宜宾三江投资建设集团有限公司、宜宾翠屏山文旅发展集团有限公司专职外部董事。\n"
        "阳明忠同志不再担任宜宾翠屏山文旅发展集团有限公司总经理职务，任宜宾长江港口物流集团有限公司董事长。\n"
        "原宜宾长江港口物流集团有限公司董事长敬国华同志退休，免去其职务。"
    )
    assert events(body) == [
        ("appoint", "凌志军", "宜宾三江投资建设集团有限公司专职外部董事"),
        ("appoint", "凌志军", "宜宾翠屏山文旅发展集团有限公司专职外部董事"),
        ("remove", "阳明忠", "宜宾翠屏山文旅发展集团有限公司总经理"),
        ("appoint", "阳明忠", "宜宾长江港口物流集团有限公司董事长"),
        ("remove", "敬国华", "宜宾长江港口物流集团有限公司董事长"),
    ]
    # an item of a court list may open with a name of surname 任
    body = "某市中级人民法院\n任命：\n邵雪梅为审判员；\n任长江为审判员。"
    assert [person for _, person, _ in events(body)] == ["邵雪梅", "任长江"]


def test_board_heads_resignations_together_and_officers_titles():
    body = "董事会同意聘任：\n陈书瑶女士为本行副行长；\n潘　俊先生为本行首席风险官。"
    assert events(body) == [("appoint", "陈书瑶", "本行副行长"), ("appoint", "潘俊", "本行首席风险官")]
    body = (
        "卜立新先生因到龄退休，申请辞去本行副行长职务；戴晓军先生因个人原因，申请辞去本行首席信息官职务。"
        "根据相关规定，上述辞职自辞职报告送达本行董事会时生效。"
    )
    assert events(body) == [("remove", "卜立新", "本行副行长"), ("remove", "戴晓军", "本行首席信息官")]
    assert events("决定：\n曹云先生为公司合规负责人、首席风险官。") == [
        ("appoint", "曹云", "公司合规负责人"),
        ("appoint", "曹云", "公司首席风险官"),
    ]
    body = "选举颜景春同志为本行第四届监事会监事长；原监事长傅玉山同志因年龄原因不再担任监事长职务。"
    assert [person for _, person, _ in events(body)] == ["颜景春", "傅玉山"]


def test_kinds_of_company_as_labels_a_proposals_person_and_blank_cells_by_line_gaps():
    body = (
        "决定：\n二、全资子公司\n1．委派邹静同志任江西赣鄱路桥工程有限公司监事；\n2．胡海涛同志不再担任集团工程管理部部长职务。\n"
        "三、控股、参股公司\n1．推荐邓国庆同志为江西昌鄱置业有限公司董事人选，免去其江西昌鄱置业有限公司监事职务。"
    )
    assert events(body) == [
        ("appoint", "邹静", "江西赣鄱路桥工程有限公司监事"),
        ("remove", "胡海涛", "集团工程管理部部长"),
        ("remove", "邓国庆", "江西昌鄱置业有限公司监事"),
    ]
    body = (
        "任免职务名单\n\n序号\n姓名\n任职\n免职\n\n1\n林承志\n某港口集团有限责任公司董事长\n某港口集团有限责任公司总经理\n\n"
        "2\n施宏达\n\n某港口集团有限责任公司董事（退休）\n\n3\n欧阳晓峰\n某电子信息集团有限公司副总经理\n\n\n"
    )
    assert events("决定对下列同志职务进行任免：\n" + body) == [
        ("appoint", "林承志", "某港口集团有限责任公司董事长"),
        ("remove", "林承志", "某港口集团有限责任公司总经理"),
        ("remove", "施宏达", "某港口集团有限责任公司董事"),
        ("appoint", "欧阳晓峰", "某电子信息集团有限公司副总经理"),
    ]


def test_a_post_after_a_comma_ending_in_zhuren_a_bodys_heads_and_proposed_rows():
    body = "经研究决定：\n白雪松同志任中共某联社审计中心委员会书记，某省农村\n信用社联合社审计中心主任。"
    assert events(body)[1] == ("appoint", "白雪松", "某省农村信用社联合社审计中心主任")
    body = "决定免去：\n孔令波的某区民政局局长职务。\n机构改革后原部门不再保留的，其负责人职务自然免除。"
    assert events(body) == [("remove", "孔令波", "某区民政局局长")]
    body = (
        "序号  姓名    任职                              免职  备注\n"
        "7     向东风  重庆渝江商业管理有限公司董事长    —     推荐\n"
        "8     邓小华  重庆渝江商业管理有限公司总经理    —     委派\n"
    )
    assert [person for _, person, _ in events("决定：\n" + body)] == ["邓小华"]


def test_a_companys_board_committees_and_officers_after_its_board():
    body = (
        "林振宇先生申请辞去公司第四届董事会董事、董事会战略委员会委员及副总经理职务。辞职报告自送达董事会之日起生效。"
    )
    assert [post for *_, post in events(body)] == ["公司第四届董事会董事", "公司董事会战略委员会委员", "公司副总经理"]
    body = "会议决定：\n1、战略委员会委员：顾建平、沈丽娟，其中顾建平为主任委员；"
    assert events(body)[-1] == ("appoint", "顾建平", "战略委员会主任委员")
    body = (
        "欧阳明哲先生因连续担任公司独立董事即将满六年，根据有关规定，申请辞去公司独立董事职务。"
        "欧阳明哲先生的辞职报告自送达董事会之日起生效。"
    )
    assert events(body) == [("remove", "欧阳明哲", "公司独立董事")]
    body = (
        "会议审议通过：同意选举向德华先生为公司董事长，同时担任董事会战略委员会主任委员，任期至第七届董事会届满之日止。"
    )
    assert events(body) == [("appoint", "向德华", "公司董事长"), ("appoint", "向德华", "董事会战略委员会主任委员")]


def test_a_motions_sub_items_and_people_left_above_named_no_post():
    body = (
        "2．审议通过《关于聘任公司高级管理人员的议案》\n2.01聘任马振洲先生为公司总裁；\n2.02聘任韩晓雪女士为公司财务总监。\n"
        "公司原财务总监吕艳女士不再担任上述职务。"
    )
    assert events(body) == [("appoint", "马振洲", "公司总裁"), ("appoint", "韩晓雪", "公司财务总监")]
    # an agenda's candidates (4.01 选举…) are read as no decision (at most one waiting for a person)
    found, _ = read("本次股东大会审议以下议案：\n4.01 选举林世平为公司第九届董事会非独立董事\n")
    assert found == []


def test_a_shareholders_meetings_table_of_votes_elects_whom_it_marks():
    body = (
        "7、关于选举公司第八届董事会非独立董事的议案\n\n| 议案序号 | 议案名称 | 得票数 | 比例（%） | 是否当选 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 7.01 | 选举韦国强为公司第八届董事会非独立董事 | 1,201,440,208 | 99.4293 | 是 |\n"
        "| 7.02 | 选举陆子航为公司第八届董事会非独立董事 | 396,210,884 | 32.7900 | 否 |\n"
    )
    assert events(body) == [("appoint", "韦国强", "公司第八届董事会非独立董事")]


def test_revocations_dated_by_their_meeting_reasons_in_brackets_and_motions():
    body = (
        "决定：\n撤销2024年6月27日某市第七届人民代表大会常务委员会第二十次会议作出的"
        "任命莫永生为某市中级人民法院审判员的决定。"
    )
    assert events(body) == [("remove", "莫永生", "某市中级人民法院审判员")]
    assert events("决定免去：\n向国庆(因退休)的某区城市管理局局长职务。") == [
        ("remove", "向国庆", "某区城市管理局局长")
    ]
    # a motion's name (…职务的议案) is no post, a 一批 no person
    found, _ = read(
        "会议议程：\n审议市人民政府关于提请免去何志坚韶关市农业农村局局长职务的议案；\n建议聘请一批企业家为营商环境监督员。"
    )
    assert found == []


def test_resignations_of_two_people_chained_in_one_acceptance():
    body = "会议决定：接受孙立军辞去某市人民政府副市长职务、高红梅辞去某市监察委员会主任职务的请求。"
    assert events(body) == [("remove", "孙立军", "某市人民政府副市长"), ("remove", "高红梅", "某市监察委员会主任")]


def test_a_rule_for_the_newly_promoted_names_no_one():
    body = "决定聘任下列同志为学院行政领导班子成员，聘期四年。新提任人员试用期一年。\n文学院\n院长：王建国\n"
    found, _ = read(body)
    assert [(e.person, e.post) for e in found] == [("王建国", "文学院院长")]


def test_a_unit_and_its_roster_on_one_line():
    body = (
        "决定聘任以下同志为各系负责人：\n（一）系\n计算机科学与技术系　　主　任：滕　海　　副主任：邵　佳、龚一鸣\n"
        "电子信息工程系　　　　主　任：诸葛文轩　副主任：邬晓蕾\n同时，免去孔令武同志的计算机科学与技术系主任职务。"
    )
    assert events(body) == [
        ("appoint", "滕海", "计算机科学与技术系主任"),
        ("appoint", "邵佳", "计算机科学与技术系副主任"),
        ("appoint", "龚一鸣", "计算机科学与技术系副主任"),
        ("appoint", "诸葛文轩", "电子信息工程系主任"),
        ("appoint", "邬晓蕾", "电子信息工程系副主任"),
        ("remove", "孔令武", "计算机科学与技术系主任"),
    ]


def test_a_list_of_names_beside_their_units_under_a_title():
    body = (
        "经局党组研究，决定：\n一、续聘以下同志为学校校长，新一届聘期自2024年8月1日至2028年7月31日：\n"
        "沈建新　　某区第一中学\n俞晓红　　某区实验小学\n"
        "二、以下同志校长聘期届满，不再续聘：\n陆志明　　某区塘栖中学\n\n某区教育局\n"
    )
    assert events(body) == [
        ("appoint", "沈建新", "某区第一中学校长"),
        ("appoint", "俞晓红", "某区实验小学校长"),
        ("remove", "陆志明", "某区塘栖中学校长"),
    ]


def test_a_probation_said_once_for_each_appointment_of_its_clause():
    found, _ = read(
        "聘任朱国强同志为某区塘栖中学校长，沈燕同志为某区崇贤小学校长，试用期均为一年；聘任邵卫东同志为某区运河中学副校长。"
    )
    assert [(e.person, e.probation_until) for e in found] == [
        ("朱国强", dt.date(DAY.year + 1, DAY.month, DAY.day)),
        ("沈燕", dt.date(DAY.year + 1, DAY.month, DAY.day)),
        ("邵卫东", None),
    ]


def test_a_table_of_a_boards_committees_by_seat():
    body = (
        "董事会同意对第三届董事会专门委员会组成人员调整如下：\n"
        "| 委员会 | 主任委员 | 委员 |\n| 审计委员会 | 方蕾 | 方蕾、严志明 |\n| 提名委员会 | 严志明 | 严志明、楼建华 |\n"
        "调整后，童国伟先生不再担任审计委员会委员职务。解聘后其仍担任公司董事。"
    )
    found, issues = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "方蕾", "审计委员会主任委员"),
        ("appoint", "方蕾", "审计委员会委员"),
        ("appoint", "严志明", "审计委员会委员"),
        ("appoint", "严志明", "提名委员会主任委员"),
        ("appoint", "严志明", "提名委员会委员"),
        ("appoint", "楼建华", "提名委员会委员"),
        ("remove", "童国伟", "审计委员会委员"),
    ]
    assert issues == []


def test_a_task_groups_membership_table_stays_no_list():
    body = "现将区安全生产委员会组成人员调整如下：\n| 委员会 | 主任 | 成员 |\n| 区安全生产委员会 | 赵海峰 | 王建设 |\n"
    assert read(body)[0] == []


def test_two_inner_units_of_the_body_unsaid_stand_side_by_side():
    body = "决定：孔祥林同志为党委组织部部长、党校常务副校长；免去邢丽萍同志的纪委办公室副主任、监察处副处长职务。"
    assert events(body) == [
        ("appoint", "孔祥林", "党委组织部部长"),
        ("appoint", "孔祥林", "党校常务副校长"),
        ("remove", "邢丽萍", "纪委办公室副主任"),
        ("remove", "邢丽萍", "监察处副处长"),
    ]


def test_an_acronym_in_brackets_inside_a_post_is_part_of_it():
    assert events("聘任向红霞同志为重症医学科（ICU）护士长。") == [("appoint", "向红霞", "重症医学科(ICU)护士长")]


def test_a_table_of_posts_held_and_a_second_post_in_its_remarks():
    body = (
        "下列同志不再担任中层领导职务：\n"
        "│序号│姓名    │原任职务              │备注          │\n"
        "│1   │田国强  │党委办公室主任        │到龄          │\n"
        "│2   │冯海燕  │经济管理学院副院长    │本人申请      │\n"
    )
    assert events(body) == [("remove", "田国强", "党委办公室主任"), ("remove", "冯海燕", "经济管理学院副院长")]


def test_removals_whose_verb_follows_the_posts():
    body = (
        "聘任段永昌为经济研究所所长；鲍文涛的东南亚研究所副所长职务予以解聘；段永昌原任经济研究所副所长职务自然免除。"
    )
    assert events(body) == [
        ("appoint", "段永昌", "经济研究所所长"),
        ("remove", "鲍文涛", "东南亚研究所副所长"),
        ("remove", "段永昌", "经济研究所副所长"),
    ]


def test_the_post_a_person_is_described_by_and_then_pointed_back_to():
    body = (
        "决定：免去网络与信息中心主任姜卫东同志的职务，调离我校。\n湖泊生态系统研究中心：原主任段建华不再担任该职务。"
    )
    assert events(body) == [
        ("remove", "姜卫东", "网络与信息中心主任"),
        ("remove", "段建华", "湖泊生态系统研究中心主任"),
    ]


def test_two_titles_joined_by_jian_under_a_unit_heading():
    assert events("决定：\n高原湿地研究组：杨绍华任组长兼党支部书记。") == [
        ("appoint", "杨绍华", "高原湿地研究组组长"),
        ("appoint", "杨绍华", "高原湿地研究组党支部书记"),
    ]


def test_a_table_one_cell_per_line_with_transliterated_names():
    body = (
        "决定对以下同志职务予以聘任或解聘。\n附件\n聘任（解聘）人员名单\n序号\n姓名\n聘任职务\n解聘职务\n备注\n"
        "1\n阿不都热依木·买买提\n泌尿外科主任\n—\n—\n2\n任丽\n—\n心胸外科主任\n到龄\n"
    )
    assert events(body) == [("appoint", "阿不都热依木·买买提", "泌尿外科主任"), ("remove", "任丽", "心胸外科主任")]


def test_an_event_before_another_said_between_person_and_verb():
    assert events("向德华先生当选董事长后，不再担任公司总经理职务。") == [("remove", "向德华", "公司总经理")]


def test_several_people_each_described_by_the_post_they_leave():
    body = "公司原总经理王世杰先生、原副总经理兼董事会秘书刘文博先生、原财务总监吕艳女士不再担任上述职务。"
    assert events(body) == [
        ("remove", "王世杰", "公司总经理"),
        ("remove", "刘文博", "公司副总经理"),
        ("remove", "刘文博", "公司董事会秘书"),
        ("remove", "吕艳", "公司财务总监"),
    ]


def test_a_resignation_asked_by_a_person_described_by_a_post():
    body = "公司证券事务代表曹敏女士因个人原因辞去证券事务代表职务，辞职后不在公司担任任何职务。"
    assert [(e.action, e.person) for e in read(body)[0]] == [("remove", "曹敏")]


def test_a_tab_table_with_two_names_in_a_cell_and_a_cell_broken_over_lines():
    body = (
        "聘任杜建军等同志为医院中层干部。\n一、聘任人员名单\n序号\t科室\t职务\t姓名\t备注\n"
        "1\t护理部\t副主任\t韩　静、姬亚楠\t\n2\t心血管内科\n一病区\t主任\t贺文斌\t\n"
        "二、不再担任原职务人员\n雷振华（原普外科主任，到龄）；\n"
    )
    assert events(body) == [
        ("appoint", "韩静", "护理部副主任"),
        ("appoint", "姬亚楠", "护理部副主任"),
        ("appoint", "贺文斌", "心血管内科一病区主任"),
        ("remove", "雷振华", "普外科主任"),
    ]


def test_a_post_naming_the_body_its_heading_ends_with_is_not_prefixed_again():
    body = (
        "决定：\n（四）鲁北能源集团新能源开发有限公司\n"
        "1．免去宫美玲的财务负责人职务，不再担任新能源开发有限公司党支部委员。"
    )
    assert events(body) == [
        ("remove", "宫美玲", "鲁北能源集团新能源开发有限公司财务负责人"),
        ("remove", "宫美玲", "新能源开发有限公司党支部委员"),
    ]


def test_the_roster_of_one_committee_adopted_holds_its_seats():
    body = (
        "某县第十八届人民代表大会第一次会议表决通过某县第十八届人民代表大会法制委员会组成人员名单：\n"
        "主任委员：李德全\n委　　员：王立鹏　杨秀云（女）\n"
    )
    assert events(body) == [
        ("appoint", "李德全", "某县第十八届人民代表大会法制委员会主任委员"),
        ("appoint", "王立鹏", "某县第十八届人民代表大会法制委员会委员"),
        ("appoint", "杨秀云", "某县第十八届人民代表大会法制委员会委员"),
    ]


def test_the_committees_named_before_pointed_back_to():
    body = (
        "董事会同意黄志诚先生担任董事会战略发展委员会委员、董事会风险管理委员会委员；"
        "郑天佑先生不再担任上述两个委员会委员职务。"
    )
    assert events(body)[2:] == [
        ("remove", "郑天佑", "董事会战略发展委员会委员"),
        ("remove", "郑天佑", "董事会风险管理委员会委员"),
    ]


def test_three_small_forms_of_university_and_hospital_notices():
    body = (
        "决定：张继伟任国有资产管理处副处长，免去其实验室与设备管理处副处长职务；"
        "某省第一人民医院选派专家顾晓燕同志挂职任临床药学部主任（挂职期限一年）；"
        "聘任阎春梅为科研管理处处长，兼任学术委员会秘书。"
    )
    assert events(body) == [
        ("appoint", "张继伟", "国有资产管理处副处长"),
        ("remove", "张继伟", "实验室与设备管理处副处长"),
        ("appoint", "顾晓燕", "临床药学部主任"),
        ("appoint", "阎春梅", "科研管理处处长"),
        ("appoint", "阎春梅", "学术委员会秘书"),
    ]


def test_a_tab_table_cell_cut_short_goes_on_below():
    body = (
        "决定对下列同志职务进行任免：\n序号\t姓名\t任职\t免职\t备注\n"
        "1\t杨世雄\t某镇九年制学校党支部\t—\t\n\t\t书记、校长\t\t\n"
    )
    assert events(body) == [
        ("appoint", "杨世雄", "某镇九年制学校党支部书记"),
        ("appoint", "杨世雄", "某镇九年制学校校长"),
    ]


def test_a_line_of_names_whose_verb_is_on_the_next_line():
    body = "会议增补：\n苏晓红、马艳秋、宋婉清（以姓氏笔画为序）\n同志为市妇联第十届执委会执委；"
    assert [e.person for e in read(body)[0]] == ["苏晓红", "马艳秋", "宋婉清"]


def test_a_doc_number_repeated_at_a_page_top_and_a_prisons_titles():
    body = (
        "经局党委研究决定：\n任命何永红为五马坪监狱党委委员、副监\n狱长；\n－1－\n\n川狱任〔2021〕12号\n"
        "免去黄志勇的川西监狱副监狱长职务。"
    )
    assert events(body) == [
        ("appoint", "何永红", "五马坪监狱党委委员"),
        ("appoint", "何永红", "五马坪监狱副监狱长"),
        ("remove", "黄志勇", "川西监狱副监狱长"),
    ]


def test_resignations_of_two_people_done_by_one_sentence_after_them():
    body = (
        "董事会于近日收到公司副总裁林晓东先生、合规总监陈美玲女士的书面辞职报告。林晓东先生因工作调整原因，"
        "申请辞去公司副总裁、首席信息官职务；陈美玲女士因个人原因申请辞去公司合规总监职务。辞职后，"
        "林晓东先生将在公司控股股东处任职，陈美玲女士不再在公司担任任何职务。"
    )
    assert events(body) == [
        ("remove", "林晓东", "公司副总裁"),
        ("remove", "林晓东", "公司首席信息官"),
        ("remove", "陈美玲", "公司合规总监"),
    ]


def test_a_bodys_short_name_under_its_heading_is_not_prefixed():
    body = (
        "现将有关情况公告如下：\n二、控股子公司唐山冀中特种管材有限公司\n"
        "唐山冀中特种管材有限公司（以下简称“唐山特管”）召开董事会，选举尚海涛先生为唐山特管董事长。"
    )
    assert events(body) == [("appoint", "尚海涛", "唐山特管董事长")]


def test_congress_lists_second_look_forms():
    body = (
        "四、重庆两江新区（重庆自由贸易试验区）人民法院\n（一）任命\n1．向阳为副院长。\n"
        "五、接受：\n王建国辞去某县人民代表大会常务委员会委员职务的请求。\n"
        "六、接受辞职\n接受黄天佑辞去某市人民代表大会常务委员会委员、财政经济委员会委员职务的请求。\n"
        "七、免去\n阿不来提·买\n买提的某州中级人民法院副院长职务。"
    )
    assert events(body) == [
        ("appoint", "向阳", "重庆两江新区(重庆自由贸易试验区)人民法院副院长"),
        ("remove", "王建国", "某县人民代表大会常务委员会委员"),
        ("remove", "黄天佑", "某市人民代表大会常务委员会委员"),
        ("remove", "黄天佑", "某市人民代表大会财政经济委员会委员"),
        ("remove", "阿不来提·买买提", "某州中级人民法院副院长"),
    ]


def test_several_people_described_by_posts_of_one_title_they_leave():
    body = (
        "原教务处主任李光荣同志、原总务处主任和丽同志因工作需要，不再担任上述职务；"
        "原外一科护士长张秋菊、儿科护士长何艳不再担任护士长职务。"
    )
    assert events(body) == [
        ("remove", "李光荣", "教务处主任"),
        ("remove", "和丽", "总务处主任"),
        ("remove", "张秋菊", "外一科护士长"),
        ("remove", "何艳", "儿科护士长"),
    ]


def test_a_hong_kong_announcement_of_a_chairs_resignation_and_appointments():
    body = (
        "董事会宣布，黄志明先生（「黄先生」）因工作调整，已辞任本公司执行董事、董事会主席职务，"
        "并辞任董事会提名委员会主席职务，自二零二一年十二月三日起生效。黄先生亦无任何有关其辞任之事宜须提请股东注意。\n"
        "董事会进一步宣布，执行董事刘永康先生（「刘先生」）获委任为董事会主席，自二零二一年十二月三日起生效。"
        "刘先生不再担任本公司行政总裁。"
    )
    assert events(body) == [
        ("remove", "黄志明", "本公司执行董事"),
        ("remove", "黄志明", "本公司董事会主席"),
        ("remove", "黄志明", "董事会提名委员会主席"),
        ("appoint", "刘永康", "董事会主席"),
        ("remove", "刘永康", "本公司行政总裁"),
    ]


def test_first_secretaries_sent_and_recalled_item_by_item():
    body = (
        "经县委研究，决定选派以下同志到村任第一书记（驻村期限两年）：\n"
        "1．赵鹏飞（县发展和改革局），任石门镇石门村第一书记；\n2．刘晓（县财政局），任石门镇黄龙村第一书记。\n"
        "原选派的下列同志任期届满，经考核合格，予以召回：\n1．张武，免去其石门镇石门村第一书记职务。"
    )
    assert events(body) == [
        ("appoint", "赵鹏飞", "石门镇石门村第一书记"),
        ("appoint", "刘晓", "石门镇黄龙村第一书记"),
        ("remove", "张武", "石门镇石门村第一书记"),
    ]


def test_secondment_sections_and_their_ends():
    body = (
        "经自治州人民政府研究，决定：\n\n一、挂职任职\n"
        "林志鹏同志挂职任某州发展和改革委员会副主任（挂职期限：2020年3月至2023年3月）；\n\n"
        "二、挂职期满免职\n陈建辉同志挂职期满，免去其某州发展和改革委员会副主任职务。\n"
        "王浩、沈家骏同志挂职期满后，原任职务自然免除。"
    )
    found, issues = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "林志鹏", "某州发展和改革委员会副主任"),
        ("remove", "陈建辉", "某州发展和改革委员会副主任"),
    ]
    assert not [i for i in issues if i.fatal]


def test_a_correction_quoting_only_the_right_text_after_a_colon():
    body = (
        "县委2018年4月25日印发的《关于岳卫东等同志职务任免的通知》中，第五、六项两位同志的任职职务互相颠倒，"
        "经县委同意，更正为：\n“五、陶玉梅同志任某县审计局副局长（试用期一年）；\n六、胡晓光同志任某县统计局副局长。”"
    )
    found, _ = read(body)
    assert [(e.person, e.post, e.effective) for e in found] == [
        ("陶玉梅", "某县审计局副局长", dt.date(2018, 4, 25)),
        ("胡晓光", "某县统计局副局长", dt.date(2018, 4, 25)),
    ]


def test_what_people_keep_or_will_get_is_no_post():
    body = (
        "免去郭远辉同志的中共某镇委员会书记职务；\n郭远辉同志继续享受副县级待遇。\n"
        "以上任职试用期满后，由县委组织部按规定进行考核，考核合格的正式任职。"
    )
    assert events(body) == [("remove", "郭远辉", "中共某镇委员会书记")]


def test_a_table_of_names_by_body_and_post_and_a_convener_after_a_comma():
    body = (
        "一、覃志刚同志任某能源集团有限公司外部董事（专职），并担任外部董事召集人。\n"
        "附件\n部分直属企业外部董事调整名单\n"
        "序号    企业名称                新任外部董事                    免去外部董事\n"
        "1       某投资集团有限公司      蒙海燕（专职）                  梁振宁\n"
        "2       某港航集团有限公司      罗永新（兼职）、莫晓云（兼职）  —\n"
    )
    assert events(body) == [
        ("appoint", "覃志刚", "某能源集团有限公司外部董事"),
        ("appoint", "覃志刚", "某能源集团有限公司外部董事召集人"),
        ("appoint", "蒙海燕", "某投资集团有限公司外部董事"),
        ("remove", "梁振宁", "某投资集团有限公司外部董事"),
        ("appoint", "罗永新", "某港航集团有限公司外部董事"),
        ("appoint", "莫晓云", "某港航集团有限公司外部董事"),
    ]


def test_postings_renewed_and_ended_and_a_post_changed():
    body = (
        "决定：\n三、王建军同志续派为某投资集团有限公司财务总监，委派期三年。\n"
        "四、李强同志委派期满，不再委派为某城投集团有限公司财务总监。\n"
        "六、赵东同志某发展集团有限公司财务总监委派期满，不再续派。\n"
        "七、朴成浩同志由某能源集团有限公司监事会主席改任某交通投资集团有限公司监事会主席。\n"
        "八、原职工董事郝建军、原职工监事孙丽因工作变动，不再担任职工董事、职工监事。"
    )
    assert events(body) == [
        ("appoint", "王建军", "某投资集团有限公司财务总监"),
        ("remove", "李强", "某城投集团有限公司财务总监"),
        ("remove", "赵东", "某发展集团有限公司财务总监"),
        ("remove", "朴成浩", "某能源集团有限公司监事会主席"),
        ("appoint", "朴成浩", "某交通投资集团有限公司监事会主席"),
        ("remove", "郝建军", "职工董事"),
        ("remove", "孙丽", "职工监事"),
    ]


def test_a_posting_ended_and_a_concurrent_post_approved():
    body = (
        "2.委派刘倩为某航运有限公司财务总监，解除孙宏伟的某航运有限公司财务总监委派。\n"
        "七、同意周浩兼任某投资有限公司执行董事。"
    )
    assert events(body) == [
        ("appoint", "刘倩", "某航运有限公司财务总监"),
        ("remove", "孙宏伟", "某航运有限公司财务总监"),
        ("appoint", "周浩", "某投资有限公司执行董事"),
    ]


def test_a_reply_approving_a_township_party_committees_election():
    body = (
        "经县委研究，现批复如下：\n一、同意中共某镇第十四届委员会由王建华、叶小芳、曾志远等三名同志组成，"
        "曾志远同志为书记，叶小芳同志为副书记；"
    )
    assert events(body) == [
        ("appoint", "王建华", "中共某镇第十四届委员会委员"),
        ("appoint", "叶小芳", "中共某镇第十四届委员会委员"),
        ("appoint", "曾志远", "中共某镇第十四届委员会委员"),
        ("appoint", "曾志远", "中共某镇第十四届委员会书记"),
        ("appoint", "叶小芳", "中共某镇第十四届委员会副书记"),
    ]


def test_a_township_congress_election_result_with_its_posts_told_before():
    body = (
        "某乡第十八届人民代表大会第一次会议于二〇二一年九月二十八日选举产生了乡人民代表大会主席、副主席，"
        "乡人民政府乡长、副乡长。现将选举结果公告如下：\n乡人民代表大会主席：贾秀英\n乡人民政府副乡长：梁金凤（女，侗族）、贾新华\n"
    )
    found, issues = read(body)
    assert [(e.person, e.post) for e in found] == [
        ("贾秀英", "乡人民代表大会主席"),
        ("梁金凤", "乡人民政府副乡长"),
        ("贾新华", "乡人民政府副乡长"),
    ]
    assert issues == []


def test_township_forms_of_minority_areas_and_secondees_described_by_their_home():
    body = (
        "经旗委研究决定：\n2．阿拉坦仓同志任那日图苏木党委副书记、苏木达人选，免去其宝绍岱苏木党委委员、副苏木达职务；\n"
        "3．重庆大学团委干部彭宇航同志挂职任葛城街道党工委副书记（挂职两年）。"
    )
    assert events(body) == [
        ("appoint", "阿拉坦仓", "那日图苏木党委副书记"),
        ("remove", "阿拉坦仓", "宝绍岱苏木党委委员"),
        ("remove", "阿拉坦仓", "宝绍岱苏木副苏木达"),
        ("appoint", "彭宇航", "葛城街道党工委副书记"),
    ]


def test_a_transliterated_name_then_a_nomination_and_an_assigned_village_secretary():
    body = (
        "决定：艾尔肯·吐尔逊同志任萨依巴格乡党委书记，提名为萨依巴格乡人民代表大会主席候选人；"
        "指派周永强同志任栎江村党总支书记。"
    )
    assert events(body) == [
        ("appoint", "艾尔肯·吐尔逊", "萨依巴格乡党委书记"),
        ("appoint", "周永强", "栎江村党总支书记"),
    ]


def test_secondees_described_by_their_unit_or_by_the_post_they_held():
    body = (
        "决定选派以下同志到省属企业挂职：\n1．综合处吴兰同志挂职任某电力有限公司副总经理（挂职两年）；\n"
        "2．规划发展处陈明同志挂职任某投资集团有限公司副总经理。\n"
        "原挂职任某交通建设集团有限公司总经理助理的刘畅同志挂职期满，免去其挂职职务，回原单位工作。"
    )
    assert events(body) == [
        ("appoint", "吴兰", "某电力有限公司副总经理"),
        ("appoint", "陈明", "某投资集团有限公司副总经理"),
        ("remove", "刘畅", "某交通建设集团有限公司总经理助理"),
    ]


def test_a_hospitals_departments_each_with_its_roster_on_one_line_and_a_chain_of_removals():
    body = (
        "院党委研究决定，聘任下列同志为我院中层干部，聘期三年。\n一、临床科室\n"
        "心血管内科　　主任：刘志强　　副主任：许芳\n呼吸与危重症医学科　　主任：程东升\n"
        "儿科　　主任：黄晓梅　　副主任：丁　一\n二、解聘\n"
        "因年龄原因，解聘张德明同志普外科主任职务、田秀梅同志护理部主任职务。"
    )
    assert events(body) == [
        ("appoint", "刘志强", "心血管内科主任"),
        ("appoint", "许芳", "心血管内科副主任"),
        ("appoint", "程东升", "呼吸与危重症医学科主任"),
        ("appoint", "黄晓梅", "儿科主任"),
        ("appoint", "丁一", "儿科副主任"),
        ("remove", "张德明", "普外科主任"),
        ("remove", "田秀梅", "护理部主任"),
    ]


def test_secondees_with_their_home_post_in_brackets_or_between_commas_under_labelled_parts():
    body = (
        "经研究，决定选派以下同志挂职：\n"
        "一、上挂锻炼（挂职期限：2023年10月—2024年9月）\n"
        "黄志坚，南湖街道党工委委员、办事处副主任，挂职任某市商务局对外贸易科副科长；\n"
        "凌霄，材料科学与工程学院教授，挂职任某化工科技有限公司技术副总经理。\n"
        "二、下派锻炼\n"
        "王立新（某市发展和改革委员会处长）为某州人民政府副秘书长（挂职三年）。"
    )
    assert events(body) == [
        ("appoint", "黄志坚", "某市商务局对外贸易科副科长"),
        ("appoint", "凌霄", "某化工科技有限公司技术副总经理"),
        ("appoint", "王立新", "某州人民政府副秘书长"),
    ]


def test_a_boards_re_election_told_part_by_part_and_a_congress_adopting_its_committees():
    body = (
        "现将相关情况公告如下：\n一、第四届董事会组成情况\n1、董事长：李建疆先生\n"
        "2、独立董事：孙启明先生、谢婉清女士\n二、第四届董事会各专门委员会组成情况\n"
        "1、审计委员会：主任委员谢婉清，委员孙启明、周新民；\n三、聘任高级管理人员情况\n1、总经理：王浩先生"
    )
    assert events(body) == [
        ("appoint", "李建疆", "董事长"),
        ("appoint", "孙启明", "独立董事"),
        ("appoint", "谢婉清", "独立董事"),
        ("appoint", "谢婉清", "审计委员会主任委员"),
        ("appoint", "孙启明", "审计委员会委员"),
        ("appoint", "周新民", "审计委员会委员"),
        ("appoint", "王浩", "总经理"),
    ]
    congress = (
        "会议根据主席团的提名，经过表决，决定设立法制委员会，通过各专门委员会主任委员、副主任委员和委员名单。\n"
        "法制委员会\n主任委员：顾建新\n副主任委员：许明、卞雪琴（女）"
    )
    assert events(congress) == [
        ("appoint", "顾建新", "法制委员会主任委员"),
        ("appoint", "许明", "法制委员会副主任委员"),
        ("appoint", "卞雪琴", "法制委员会副主任委员"),
    ]


def test_a_table_of_renewals_under_a_labelled_part_and_removals_of_people_described_by_their_posts():
    body = (
        "院党委会研究决定，现将换聘结果通知如下：\n"
        "一、聘任人员（聘期三年，自2024年1月1日至2026年12月31日）\n"
        "序号  科室        职务    姓名    聘任方式\n"
        "1     心血管内科  主任    王志刚  续聘\n"
        "2     消化内科    副主任  付琳    新聘\n"
        "二、不再续聘人员\n"
        "消化内科主任曾国强、检验科主任伍建设因聘期届满且已到龄，不再续聘。"
    )
    assert events(body) == [
        ("appoint", "王志刚", "心血管内科主任"),
        ("appoint", "付琳", "消化内科副主任"),
        ("remove", "曾国强", "消化内科主任"),
        ("remove", "伍建设", "检验科主任"),
    ]


def test_a_list_of_probations_confirmed_ends_with_its_sentence_and_an_extension_confirms_nothing():
    body = (
        "经研究，现将有关事项通知如下：\n一、以下同志试用期满，考核结果为“合格”及以上等次，予以正式聘任：\n"
        "田茂林  医务部副主任\n龙婷婷  护理部副主任\n"
        "二、姚远同志试用期满，考核结果为“基本合格”，延长试用期六个月。\n"
        "三、滕建军同志在试用期内经考核确定为“不合格”等次，免去其后勤保障部副主任职务。"
    )
    found, issues = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("confirm", "田茂林", "医务部副主任"),
        ("confirm", "龙婷婷", "护理部副主任"),
        ("remove", "滕建军", "后勤保障部副主任"),
    ]
    assert [i for i in issues if i.fatal] == []


def test_doctors_described_by_their_grade_and_secondments_ended_name_by_name():
    body = (
        "决定：\n1．某医科大学附属协和医院心内科副主任医师施建华同志挂职任某市人民医院副院长；\n"
        "2．免去陈伟雄同志挂职担任的某县人民政府副县长职务（挂职期满）。\n"
        "2022年选派的下列同志挂职期满，免去其挂职职务：王鹏（某县人民医院副院长）、李倩（某县中医医院副院长）。"
    )
    assert events(body) == [
        ("appoint", "施建华", "某市人民医院副院长"),
        ("remove", "陈伟雄", "某县人民政府副县长"),
        ("remove", "王鹏", "某县人民医院副院长"),
        ("remove", "李倩", "某县中医医院副院长"),
    ]


def test_a_reply_approving_a_committee_composed_of_names_written_before_it():
    body = "现批复如下：\n一、同意由谭建华、周敏、易小军3名同志组成中共某局机关委员会，谭建华同志任书记。"
    assert events(body) == [
        ("appoint", "谭建华", "中共某局机关委员会委员"),
        ("appoint", "周敏", "中共某局机关委员会委员"),
        ("appoint", "易小军", "中共某局机关委员会委员"),
        ("appoint", "谭建华", "中共某局机关委员会书记"),
    ]


def test_one_more_post_on_secondment_or_as_ambassador_after_a_comma():
    body = (
        "决定：黄国威同志任中共某市委委员、常委，挂职任某市人民政府副市长（挂职时间两年）；"
        "任命季春雷为中华人民共和国驻马达加斯加共和国特命全权大使，兼任中华人民共和国驻科摩罗联盟特命全权大使。"
    )
    assert events(body) == [
        ("appoint", "黄国威", "中共某市委委员"),
        ("appoint", "黄国威", "中共某市委常委"),
        ("appoint", "黄国威", "某市人民政府副市长"),
        ("appoint", "季春雷", "中华人民共和国驻马达加斯加共和国特命全权大使"),
        ("appoint", "季春雷", "中华人民共和国驻科摩罗联盟特命全权大使"),
    ]


def test_a_career_told_in_news_is_no_appointment():
    found, _ = read("同日，国家发展和改革委员会副主任邹建平会见了巴西驻华大使。此前，邹建平曾任国家能源局副局长。")
    assert found == []


def test_a_court_written_after_the_section_heads_colon_heads_the_items_below_it():
    body = (
        "三、任命：某市中级人民法院\n苏德夫为副院长、审判员；陈慧为审判员。\n"
        "免去：某市中级人民法院\n刘振华的审判委员会委员职务。"
    )
    assert events(body) == [
        ("appoint", "苏德夫", "某市中级人民法院副院长"),
        ("appoint", "苏德夫", "某市中级人民法院审判员"),
        ("appoint", "陈慧", "某市中级人民法院审判员"),
        ("remove", "刘振华", "某市中级人民法院审判委员会委员"),
    ]


def test_a_courts_division_in_a_table_row_takes_the_court_of_the_unit_column():
    body = (
        "单  位              姓  名    任  职                            免  职\n"
        "某市政府组成部门    钱卫东    某市财政局局长                    —\n"
        "某市中级人民法院    汪德胜    副院长、审判员                    —\n"
        "                    董  雪    刑事审判第一庭庭长、审判员        民事审判第二庭副庭长\n"
    )
    assert events(body) == [
        ("appoint", "钱卫东", "某市财政局局长"),
        ("appoint", "汪德胜", "某市中级人民法院副院长"),
        ("appoint", "汪德胜", "某市中级人民法院审判员"),
        ("appoint", "董雪", "某市中级人民法院刑事审判第一庭庭长"),
        ("appoint", "董雪", "某市中级人民法院审判员"),
        ("remove", "董雪", "某市中级人民法院民事审判第二庭副庭长"),
    ]


def test_a_principal_moved_from_one_school_to_another():
    body = "决定：刘海滨同志由某区固堤街道初级中学校长交流至某区双杨街道初级中学任校长。"
    assert events(body) == [
        ("remove", "刘海滨", "某区固堤街道初级中学校长"),
        ("appoint", "刘海滨", "某区双杨街道初级中学校长"),
    ]


def test_a_list_of_people_described_between_xialie_and_tongzhi():
    body = "根据某区人民法院院长的提请，任命下列经遴选进入员额的同志为某区人民法院审判员：\n关志坚  何嘉欣\n冼丽珊"
    assert events(body) == [
        ("appoint", "关志坚", "某区人民法院审判员"),
        ("appoint", "何嘉欣", "某区人民法院审判员"),
        ("appoint", "冼丽珊", "某区人民法院审判员"),
    ]


def test_a_table_flattened_with_single_spaces_and_a_roster_name_broken_over_lines():
    body = (
        "经学校党委常委会研究决定，聘任王志刚等同志担任新一轮中层领导职务。现将聘任名单公布如下：\n"
        "序号 单位 职务 姓名 级别 备注\n"
        "1 党委办公室、校长办公室 主任 王志刚 正处级\n"
        "2 人事处 副处长 韩冬梅 副处级 试用期一年\n"
        "某大学党委办公室 2022年1月4日印发\n"
        "3 教务处 处长 康立新 正处级\n"
        "信息科学与工程学院\n　　副院长：冯雪（副处级）、边\n　　　　　立强（副处级，试用期一年）\n"
        "化学与制药工程学院\n　　党委书记：岳明亮（正处级）"
    )
    assert events(body) == [
        ("appoint", "王志刚", "党委办公室主任"),
        ("appoint", "王志刚", "校长办公室主任"),
        ("appoint", "韩冬梅", "人事处副处长"),
        ("appoint", "康立新", "教务处处长"),
        ("appoint", "冯雪", "信息科学与工程学院副院长"),
        ("appoint", "边立强", "信息科学与工程学院副院长"),
        ("appoint", "岳明亮", "化学与制药工程学院党委书记"),
    ]


def test_items_numbered_with_a_closing_bracket_alone_under_sections_headed_by_their_reason():
    body = (
        "经区政府研究，决定：\n一、任命\n1）何建勇为某区交通运输委员会主任；\n2）向东、戴静为某区统计局副局长。\n"
        "二、因另有任用，免去\n1）蒋立华的某区交通运输委员会主任职务。"
    )
    assert events(body) == [
        ("appoint", "何建勇", "某区交通运输委员会主任"),
        ("appoint", "向东", "某区统计局副局长"),
        ("appoint", "戴静", "某区统计局副局长"),
        ("remove", "蒋立华", "某区交通运输委员会主任"),
    ]


def test_confirmations_with_the_post_in_a_bracket_after_the_name_and_the_rule_after_them():
    body = (
        "经考核，区委同意：\n1.汪晓峰同志（某区财政局副局长）试用期满，经考核合格，正式任职；\n"
        "2.何建平同志（某区三墩镇副镇长）试用期满，经考核不称职，免去其某区三墩镇副镇长试用职务。\n"
        "正式任职时间从试用期满之日起计算。"
    )
    found, issues = read(body)
    assert [i.clause for i in issues if i.fatal] == []
    assert [(e.action, e.person, e.post) for e in found] == [
        ("confirm", "汪晓峰", "某区财政局副局长"),
        ("remove", "何建平", "某区三墩镇副镇长"),
    ]


def test_a_list_of_people_whose_probations_are_confirmed_each_with_the_post_after_a_comma():
    body = (
        "陈嘉豪等同志试用期已满。经考核，厅党组研究，同意以下同志正式任职：\n"
        "1．陈嘉豪，国土空间规划处副处长；\n2．林晓纯，耕地保护监督处副处长。\n"
        "另，经厅党组研究决定：\n任命吴泽坤为地质勘查管理处副处长，试用期一年。"
    )
    assert events(body) == [
        ("confirm", "陈嘉豪", "国土空间规划处副处长"),
        ("confirm", "林晓纯", "耕地保护监督处副处长"),
        ("appoint", "吴泽坤", "地质勘查管理处副处长"),
    ]


def test_station_chiefs_exchanged_and_probations_confirmed_as_rows_below_a_decision():
    body = (
        "一、交流任职\n1.雷振宇同志由某分局中梁派出所所长交流任某分局社棠派出所所长；\n"
        "二、杨春华等同志试用期已满，经考核，经市局党委会议研究，决定正式任职：\n"
        "杨春华  某市公安局五华分局龙翔派出所所长\n李云飞  某市公安局五华分局龙翔派出所副所长"
    )
    assert events(body) == [
        ("remove", "雷振宇", "某分局中梁派出所所长"),
        ("appoint", "雷振宇", "某分局社棠派出所所长"),
        ("confirm", "杨春华", "某市公安局五华分局龙翔派出所所长"),
        ("confirm", "李云飞", "某市公安局五华分局龙翔派出所副所长"),
    ]


def test_a_posting_renewed_under_its_own_head_and_inline():
    body = (
        "二、续派\n1．续派刘光明同志为某交通投资集团有限责任公司专职外部董事，任期三年；\n"
        "2．万志诚同志为某建材集团有限公司兼职外部董事。"
    )
    assert events(body) == [
        ("appoint", "刘光明", "某交通投资集团有限责任公司专职外部董事"),
        ("appoint", "万志诚", "某建材集团有限公司兼职外部董事"),
    ]


def test_a_long_list_of_padded_names_elected_in_one_clause():
    names = (
        "丁　伟、马佳丽（女）、王　涛、王慧琴（女）、方志刚、朱丽萍（女）、刘国平、许建荣、孙海燕（女）、"
        "杨明华、沈月芳（女）"
    )
    body = (
        f"会议于2022年1月7日选举：\n{names}、沈林峰、张小军、陆伟强为某县人民代表大会常务委员会委员（以姓氏笔画为序）。"
    )
    found = events(body)
    assert [person for _, person, _ in found][:3] == ["丁伟", "马佳丽", "王涛"]
    assert len(found) == 14 and {post for _, _, post in found} == {"某县人民代表大会常务委员会委员"}


def test_a_part_of_a_list_labelled_by_two_kinds_of_body_keeps_the_lists_verb():
    body = (
        "自治区人民政府决定：\n一、任命\n（一）自治区人民政府组成部门\n巴特尔为某自治区农牧厅副厅长。\n"
        "（二）自治区人民政府直属特设机构、直属机构\n额尔敦毕力格为某自治区林业和草原局副局长；\n"
        "（三）自治区直属事业单位\n孟和朝鲁为某自治区农牧业科学院院长。\n二、免去\n苏德夫的某自治区农牧厅副厅长职务。"
    )
    assert events(body) == [
        ("appoint", "巴特尔", "某自治区农牧厅副厅长"),
        ("appoint", "额尔敦毕力格", "某自治区林业和草原局副局长"),
        ("appoint", "孟和朝鲁", "某自治区农牧业科学院院长"),
        ("remove", "苏德夫", "某自治区农牧厅副厅长"),
    ]


def test_a_person_and_post_under_no_decision_waits_for_a_person():
    found, issues = read("某县人民政府\n张三为某县财政局局长；李四为某县教育局副局长。\n特此通知。")
    assert found == []
    assert [i.clause for i in issues if i.fatal] == ["张三为某县财政局局长", "李四为某县教育局副局长"]


@pytest.mark.parametrize(
    "clause",
    [
        "决定：张三同志下派到某县人民医院三塔分院任副院长，时间一年。",
        "三、下派\n张三同志下派到某县人民医院三塔分院任副院长，时间一年。",
        "决定：张三同志赴某县人民医院三塔分院挂职任副院长。",
        "经研究，决定选派张三同志到某县人民医院三塔分院挂职任副院长。",
    ],
)
def test_a_body_gone_to_then_the_title_taken_there_is_one_post(clause):
    assert events(clause) == [("appoint", "张三", "某县人民医院三塔分院副院长")]


def test_whom_a_body_sends_and_where_from_in_brackets_even_nested():
    body = (
        "经研究同意：\n一、选派郭天佑同志（动物医学院副院长）挂职任某市甘州区人民政府副区长（挂职两年）；\n"
        "二、省司法厅选派储建国同志挂职任某强制隔离戒毒所副所长；\n"
        "三、岑一凡（中国地质大学（北京）讲师）挂职任某市人民政府副市长；\n"
        "四、某市选派干部沈立群同志挂职任某县副县长。"
    )
    assert events(body) == [
        ("appoint", "郭天佑", "某市甘州区人民政府副区长"),
        ("appoint", "储建国", "某强制隔离戒毒所副所长"),
        ("appoint", "岑一凡", "某市人民政府副市长"),
        ("appoint", "沈立群", "某县副县长"),
    ]


def test_a_heading_of_the_home_city_stands_apart_from_the_name_below_it():
    body = (
        "决定选派下列同志到山区县挂职：\n丽水市\n陈立群（省发展改革委区域协调发展处副处长）挂任龙泉市人民政府副市长；"
    )
    assert events(body) == [("appoint", "陈立群", "龙泉市人民政府副市长")]


def test_a_table_set_out_with_two_spaces_padded_names_and_a_page_footer():
    rows = [
        "序号  科室  姓名  聘任职务  备注",
        "1  心内科一病区  孙雅楠  护士长",
        "2  心内科二病区  徐  慧  护士长",
        "3  心内科二病区  刘晓庆  副护士长  试用期一年",
        "连云港市第二人民医院",
        "- 2 -",
        "序号  科室  姓名  聘任职务  备注",
        "4  普外科一病区  邵  丽  护士长",
    ]
    found = events("院党委研究决定，聘任下列同志为护士长、副护士长：\n" + "\n".join(rows))
    assert found == [
        ("appoint", "孙雅楠", "心内科一病区护士长"),
        ("appoint", "徐慧", "心内科二病区护士长"),
        ("appoint", "刘晓庆", "心内科二病区副护士长"),
        ("appoint", "邵丽", "普外科一病区护士长"),
    ]


def test_a_table_of_moves_from_the_post_held_to_the_post_now_held():
    rows = [
        "序号  姓名      原任职务                        现任职务                        备注",
        "1     林志坚    凤城市场监督管理所所长          城厢市场监督管理所所长          交流",
        "2     王清河    官桥市场监督管理所所长          —                              退休",
        "3     詹国平    —                              龙门市场监督管理所副所长        试用期一年",
    ]
    found = events("经局党组研究，决定对以下同志进行交流任职（详见附表）。\n附表\n" + "\n".join(rows))
    assert found == [
        ("remove", "林志坚", "凤城市场监督管理所所长"),
        ("appoint", "林志坚", "城厢市场监督管理所所长"),
        ("remove", "王清河", "官桥市场监督管理所所长"),
        ("appoint", "詹国平", "龙门市场监督管理所副所长"),
    ]


def test_police_and_prison_posts_side_by_side_and_a_technicians_rank():
    body = (
        "经厅党委研究决定：\n何世勇同志任某监狱政治委员、党委书记；\n"
        "汪海军同志任某强制隔离戒毒所一大队大队长、二大队教导员；\n"
        "免去贺春林同志的某公安局治安管理支队治安大队副大队长、户政大队大队长职务。\n"
        "蒙建新同志晋升为警务技术二级主任。"
    )
    assert events(body) == [
        ("appoint", "何世勇", "某监狱政治委员"),
        ("appoint", "何世勇", "某监狱党委书记"),
        ("appoint", "汪海军", "某强制隔离戒毒所一大队大队长"),
        ("appoint", "汪海军", "某强制隔离戒毒所二大队教导员"),
        ("remove", "贺春林", "某公安局治安管理支队治安大队副大队长"),
        ("remove", "贺春林", "某公安局治安管理支队户政大队大队长"),
    ]


def test_a_management_section_heads_the_roster_lines_below_it():
    body = "任命：\n第五监区\n教导员：殷建平\n狱政管理科\n科长：顾晓峰\n副科长：沈佳怡（试用期一年）"
    assert events(body) == [
        ("appoint", "殷建平", "第五监区教导员"),
        ("appoint", "顾晓峰", "狱政管理科科长"),
        ("appoint", "沈佳怡", "狱政管理科副科长"),
    ]


def test_a_part_of_a_congress_list_names_the_body_whose_staff_it_appoints():
    body = (
        "三、任免某市监察委员会组成人员\n任命：\n蒲晓峰为副主任、委员；\n免去：\n陈光辉的委员职务。\n"
        "四、任免某市中级人民法院审判人员\n任命：\n石慧为审判员。"
    )
    assert events(body) == [
        ("appoint", "蒲晓峰", "某市监察委员会副主任"),
        ("appoint", "蒲晓峰", "某市监察委员会委员"),
        ("remove", "陈光辉", "某市监察委员会委员"),
        ("appoint", "石慧", "某市中级人民法院审判员"),
    ]


def test_secondments_ended_extended_and_taken_up_elsewhere():
    body = (
        "经州人民政府研究决定：\n陈耀祖同志结束挂职，不再担任某州工业和信息化局副局长职务；\n"
        "沈国强、吴红梅同志挂职期满，分别免去其甲县城市建设投资集团有限公司副总经理、乙县交通投资发展集团有限公司副总经理（挂职）职务；\n"
        "延长许家铭同志挂职期限一年（至2025年7月），继续挂职任某县人民政府副县长；\n"
        "何志远同志挂职任某县教育局副局长的挂职期限延长至2025年8月31日；\n"
        "某集团综合部副经理钱思远同志到某市产业投资发展集团有限公司挂职，任投资管理部副部长（挂职时间一年）；\n"
        "州公安局治安支队吴光荣同志到剑河县公安局挂职，任剑河县公安局治安管理大队副大队长。"
    )
    assert events(body) == [
        ("remove", "陈耀祖", "某州工业和信息化局副局长"),
        ("remove", "沈国强", "甲县城市建设投资集团有限公司副总经理"),
        ("remove", "吴红梅", "乙县交通投资发展集团有限公司副总经理"),
        ("appoint", "许家铭", "某县人民政府副县长"),
        ("appoint", "何志远", "某县教育局副局长"),
        ("appoint", "钱思远", "某市产业投资发展集团有限公司投资管理部副部长"),
        ("appoint", "吴光荣", "剑河县公安局治安管理大队副大队长"),
    ]


def test_company_announcements_heads_conditions_and_titles_before_names():
    body = (
        "二、董事会专门委员会组成情况\n1、董事会审计委员会：主任委员车慧敏，委员方卫东；\n"
        "证券代码：600887 证券简称：鲁信重装 公告编号：临 2025-029\n"
        "2、董事会提名委员会：主任委员褚立新。\n"
        "若宁海燕女士经股东大会选举为独立董事，董事会同意其同时担任董事会审计委员会委员职务。\n"
        "全体监事一致同意选举监事程亚军先生为公司第八届监事会主席。\n"
        "黄嘉慧女士（「黄女士」）已获委任为本公司董事会秘书、联席公司秘书及授权代表，自2023年3月28日起生效。"
    )
    assert events(body) == [
        ("appoint", "车慧敏", "董事会审计委员会主任委员"),
        ("appoint", "方卫东", "董事会审计委员会委员"),
        ("appoint", "褚立新", "董事会提名委员会主任委员"),
        ("appoint", "程亚军", "公司第八届监事会主席"),
        ("appoint", "黄嘉慧", "本公司董事会秘书"),
        ("appoint", "黄嘉慧", "本公司联席公司秘书"),
        ("appoint", "黄嘉慧", "本公司授权代表"),
    ]


def test_a_groups_subsidiaries_as_headings_with_what_kind_of_holding():
    body = (
        "现就所属企业董事、监事委派事项通知如下：\n一、某建材有限公司（全资子公司）\n1.委派邹建平同志为董事长；\n"
        "二、某数字科技有限公司（全资子公司，新设立）\n1.委派廖斌同志为监事会主席，钟秀兰同志为监事。\n"
        "三、解聘\n因聘期届满，不再续聘彭光荣的某集团有限公司外部董事职务；"
    )
    assert events(body) == [
        ("appoint", "邹建平", "某建材有限公司董事长"),
        ("appoint", "廖斌", "某数字科技有限公司监事会主席"),
        ("appoint", "钟秀兰", "某数字科技有限公司监事"),
        ("remove", "彭光荣", "某集团有限公司外部董事"),
    ]


def test_a_post_left_of_itself_a_rank_before_its_word_and_acting_for_now():
    body = (
        "决定：\n聘任彭俊杰同志为建筑工程系主任，原护理系主任职务自然免除；\n"
        "免去覃德良同志的民族学与社会学学院院长（正处级）职务（调任某市人民政府副市长）；\n"
        "聘任王五同志为教务处处长，原中层领导干部职务自然免除。"
    )
    assert events(body) == [
        ("appoint", "彭俊杰", "建筑工程系主任"),
        ("remove", "彭俊杰", "护理系主任"),
        ("remove", "覃德良", "民族学与社会学学院院长"),
        ("appoint", "王五", "教务处处长"),
    ]
    assert events("决定：暂由常务副院长孙立权代理院长职务。") == [("appoint", "孙立权", "院长")]


def test_decisions_revoked_by_quote_or_by_name_and_election_results_approved():
    body = (
        "经区人民政府研究，决定撤销《某区人民政府关于赵海鹏等同志职务任免的通知》（小政任〔2024〕3号）中"
        "“赵海鹏同志任某区城市管理局副局长（试用期一年）”的任职决定。\n"
        "经研究，决定撤销该文件，文件中韩永胜同志任某区数据中心主任、邹晓燕同志任某区数据中心副主任的任职决定同时撤销。"
    )
    assert events(body) == [
        ("remove", "赵海鹏", "某区城市管理局副局长"),
        ("remove", "韩永胜", "某区数据中心主任"),
        ("remove", "邹晓燕", "某区数据中心副主任"),
    ]
    body = (
        "经县委研究，同意某镇第十五次党代会选举结果：\n"
        "镇党委委员（3名，按姓氏笔画为序）：王建国、宋振华、张平；\n镇党委书记：宋振华。"
    )
    found, _ = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "王建国", "镇党委委员"),
        ("appoint", "宋振华", "镇党委委员"),
        ("appoint", "张平", "镇党委委员"),
        ("appoint", "宋振华", "镇党委书记"),
    ]
    assert all(e.qualifiers == [] for e in found)  # (3名: how many, no qualifier)


def test_a_roster_with_one_ideographic_space_between_name_and_post():
    body = (
        "决定聘任下列同志为研究所负责人。\n姓名　　聘任职务　　　　　　　备注\n谭国华　经济研究所所长\n"
        "程　燕　哲学研究所副所长　　　　　新提任\n\n解聘下列同志职务：\n孟庆华　经济研究所所长（到龄）；\n"
        "杜鹃　　文学研究所所长。"
    )
    assert events(body) == [
        ("appoint", "谭国华", "经济研究所所长"),
        ("appoint", "程燕", "哲学研究所副所长"),
        ("remove", "孟庆华", "经济研究所所长"),
        ("remove", "杜鹃", "文学研究所所长"),
    ]


def test_a_resignation_with_a_second_verb_and_what_it_leaves_told_again():
    body = (
        "龚文澜女士因连续担任公司独立董事即将满六年，申请辞去公司第六届董事会独立董事职务，"
        "同时辞去董事会审计委员会主任委员职务。辞职后，龚文澜女士不再担任公司任何职务。"
        "其辞职报告自送达董事会之日起生效。\n普正兴同志的任职时间从2025年3月6日起计算。"
    )
    assert events(body) == [
        ("remove", "龚文澜", "公司第六届董事会独立董事"),
        ("remove", "龚文澜", "董事会审计委员会主任委员"),
    ]


def test_an_election_by_law_heads_the_list_below_it():
    body = (
        "某镇第十九届人民代表大会第一次会议于2021年10月9日举行全体会议，依法选举：\n"
        "李卫国为某镇人民代表大会主席；\n向　明、冉德洪为某镇人民政府副镇长。"
    )
    assert events(body) == [
        ("appoint", "李卫国", "某镇人民代表大会主席"),
        ("appoint", "向明", "某镇人民政府副镇长"),
        ("appoint", "冉德洪", "某镇人民政府副镇长"),
    ]


def test_a_post_held_seconded_before_its_word_and_a_meeting_deciding_who_serves():
    assert events("免去：\n邓伟强同志的丙妹镇党委委员、副镇长挂职职务；") == [
        ("remove", "邓伟强", "丙妹镇党委委员"),
        ("remove", "邓伟强", "丙妹镇副镇长"),
    ]
    assert events("会议决定：由金海涛担任某镇人民政府代理镇长。") == [("appoint", "金海涛", "某镇人民政府镇长")]


def test_a_rank_written_before_the_title_it_is_held_at_and_a_move_to_a_rank():
    assert events("决定：\n钟伟强同志任海洋战略规划与经济处二级调研员、副处长。") == [
        ("appoint", "钟伟强", "海洋战略规划与经济处副处长")
    ]
    assert events("免去：\n王秀芝同志的就业促进处处长职务，改任巡视员。") == [("remove", "王秀芝", "就业促进处处长")]


def test_a_table_from_a_pdf_without_its_layout_cells_wrapped_below_their_row():
    rows = [
        "序号 姓名 任 职 免 职 备注",
        "1 赵建新 就业促进和职业能力建设股股 劳动关系股股长",
        "长",
        "2 孟凡超 劳动关系股副股长 — 试用期",
        "一年",
        "3 李冬梅 — 就业促进和职业能力建设股股 另有任",
        "长 用",
    ]
    found, _ = read("经局党组研究，决定对赵建新等同志职务予以任免（名单附后）。\n附件\n" + "\n".join(rows))
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "赵建新", "就业促进和职业能力建设股股长"),
        ("remove", "赵建新", "劳动关系股股长"),
        ("appoint", "孟凡超", "劳动关系股副股长"),
        ("remove", "李冬梅", "就业促进和职业能力建设股股长"),
    ]
    assert found[2].probation == "试用期一年"


def test_a_group_whose_terms_ended_heads_rows_of_removals():
    body = (
        "一、续聘：\n续聘蔡永年为马克思主义学院院长。\n"
        "二、以下同志聘期届满，不再续聘，其原任职务自然免除：\n吕建平  教务处处长\n汤海涛  科学技术处处长"
    )
    assert events(body) == [
        ("appoint", "蔡永年", "马克思主义学院院长"),
        ("remove", "吕建平", "教务处处长"),
        ("remove", "汤海涛", "科学技术处处长"),
    ]


def test_a_police_station_named_for_a_village_is_a_unit_of_the_heading_body():
    body = "三、柳州市公安局柳南分局\n任命龙建伟同志为太阳村派出所所长；\n免去莫振华同志的太阳村派出所所长职务。"
    assert events(body) == [
        ("appoint", "龙建伟", "柳州市公安局柳南分局太阳村派出所所长"),
        ("remove", "莫振华", "柳州市公安局柳南分局太阳村派出所所长"),
    ]


def test_a_village_work_teams_first_secretary_and_a_schools_two_posts_in_one_cell():
    body = (
        "现将驻村工作队队长、第一书记任职事项通知如下：\n"
        "张海峰（地区财政局党组成员）任某县某镇阔依其村驻村工作队队长、第一书记；"
    )
    assert events(body) == [
        ("appoint", "张海峰", "某县某镇阔依其村驻村工作队队长"),
        ("appoint", "张海峰", "某县某镇阔依其村第一书记"),
    ]
    rows = ["序号    单位                  姓名    任职", "1    某县职业高级中学        詹志明  党支部书记、校长"]
    assert events("县教体局党组研究决定，聘任下列同志：\n" + "\n".join(rows)) == [
        ("appoint", "詹志明", "某县职业高级中学党支部书记"),
        ("appoint", "詹志明", "某县职业高级中学校长"),
    ]


def test_a_post_first_then_who_takes_it_and_what_holds_while_acting():
    body = (
        "经研究，由杜晓光同志代理某医院院长职务，代理期间不再担任医院医务部主任；"
        "某医院医务部主任由程立伟同志担任（试用期半年）。挂职期间其保留原单位职务。"
    )
    assert events(body) == [
        ("appoint", "杜晓光", "某医院院长"),
        ("remove", "杜晓光", "医院医务部主任"),
        ("appoint", "程立伟", "某医院医务部主任"),
    ]


def test_a_lists_rows_with_padded_names_and_posts_wrapped_onto_the_next_line():
    body = (
        "二、聘任以下同志为副护士长（试用期六个月）：\n石慧芳  心病科副护士长\n寿  敏  肿瘤科副护士长\n"
        "骆一帆  重症医学科副护\n士长\n三、免去：\n何丽萍同志的脑病科护士长职务。"
    )
    assert events(body) == [
        ("appoint", "石慧芳", "心病科副护士长"),
        ("appoint", "寿敏", "肿瘤科副护士长"),
        ("appoint", "骆一帆", "重症医学科副护士长"),
        ("remove", "何丽萍", "脑病科护士长"),
    ]


def test_a_body_seconded_from_is_no_part_of_the_post_seconded_to():
    body = (
        "决定：\n一、某省农业科学院马建功同志挂职任科学技术处副处长；\n"
        "二、武威市凉州区李春生同志挂职任某农业大学校长助理（挂职一年）。"
    )
    assert events(body) == [
        ("appoint", "马建功", "科学技术处副处长"),
        ("appoint", "李春生", "某农业大学校长助理"),
    ]


def test_a_group_whose_stay_in_the_village_ended_heads_rows_of_removals():
    body = (
        "二、轮换召回\n以下同志驻村期满，经考核合格，予以轮换召回，其原任职务相应免去：\n"
        "1．马天明，某镇大营村党总支第一书记；\n2．丁晓勇，某镇铅厂村党总支第一书记；"
    )
    assert events(body) == [
        ("remove", "马天明", "某镇大营村党总支第一书记"),
        ("remove", "丁晓勇", "某镇铅厂村党总支第一书记"),
    ]


def test_whom_a_body_sends_named_bare_before_where_to():
    body = "决定：\n另，选派应俊峰赴某海洋科技股份有限公司挂职，任技术副总经理（挂职时间：2022年4月—2023年3月）。"
    assert events(body) == [("appoint", "应俊峰", "某海洋科技股份有限公司技术副总经理")]


def test_cells_one_per_line_whose_row_numbers_were_dropped_as_page_numbers():
    # the bare numbers 1, 2, 3 went as page numbers; the gaps they left part the rows
    body = (
        "决定聘任以下同志为部门负责人（名单附后）。\n附件\n序号\n部门\n职务\n姓名\n备注\n"
        "1\n作物种质资源研究中心\n主任\n黎  明\n\n"
        "2\n作物种质资源研究中心\n副主任\n张凤霞\n\n3\n科研管理处\n副处长\n莫一凡\n新提任\n4\n综合办公室\n主任\n白玉洁\n"
    )
    assert events(body) == [
        ("appoint", "黎明", "作物种质资源研究中心主任"),
        ("appoint", "张凤霞", "作物种质资源研究中心副主任"),
        ("appoint", "莫一凡", "科研管理处副处长"),
        ("appoint", "白玉洁", "综合办公室主任"),
    ]


def test_a_units_items_go_on_after_a_semicolon_to_the_end_of_its_line():
    body = "决定聘任以下同志为各系负责人。\n土木工程系：主任 袁立群；副主任 龙海、程晓晖\n工程力学系：主任 范　宁\n"
    assert events(body) == [
        ("appoint", "袁立群", "土木工程系主任"),
        ("appoint", "龙海", "土木工程系副主任"),
        ("appoint", "程晓晖", "土木工程系副主任"),
        ("appoint", "范宁", "工程力学系主任"),
    ]


def test_removals_listed_as_the_post_then_who_holds_it():
    left = [
        ("remove", "黎光荣", "土木工程系主任"),
        ("remove", "邱建波", "道路与铁道工程系副主任"),
        ("remove", "安心怡", "道路与铁道工程系副主任"),
    ]
    items = "土木工程系主任黎光荣，道路与铁道工程系副主任邱建波、安心怡。"
    assert events("以下同志任期届满，不再担任相应职务：" + items) == left
    assert events("免去以下同志的职务：\n" + items) == left
    assert events("免去：\n土木工程系主任黎光荣；\n道路与铁道工程系副主任邱建波、安心怡。") == left
    # a proposal's signature after its last words is no item of its list
    assert events("现提请：\n免去王强的某市发展和改革委员会主任职务。\n请予审议。\n某市人民政府市长　秦　川") == [
        ("remove", "王强", "某市发展和改革委员会主任")
    ]


def test_an_institute_of_two_bodies_is_one_post():
    assert events("任命邓书航同志为中国科学院、水利部成都山地灾害与环境研究所副所长（试用期一年）；") == [
        ("appoint", "邓书航", "中国科学院、水利部成都山地灾害与环境研究所副所长")
    ]
    assert events("免去杨明远同志的中国科学院、水利部成都山地灾害与环境研究所副所长职务。") == [
        ("remove", "杨明远", "中国科学院、水利部成都山地灾害与环境研究所副所长")
    ]


def test_the_issuers_own_organs_as_a_heading_end_the_unit_before():
    body = "决定：\n一、小麦研究所\n王志刚同志任所长；\n二、院机关\n邢家宝同志任科研管理处处长。"
    assert events(body) == [("appoint", "王志刚", "小麦研究所所长"), ("appoint", "邢家宝", "科研管理处处长")]


def test_a_universitys_roster_with_second_names_minority_names_and_a_bracket_broken_over_lines():
    body = (
        "决定聘任以下同志担任相应职务。\n一、党群部门\n党委组织部（党校）\n部　长：杜　鹏\n副部长：才让东智\n"
        "二、教学科研单位\n民族学与社会学学院\n院　长：尕藏才旦\n医学部\n副主任：李淑芬　马　骏（兼任附属医院\n院长）\n"
    )
    assert events(body) == [
        ("appoint", "杜鹏", "党委组织部(党校)部长"),
        ("appoint", "才让东智", "党委组织部(党校)副部长"),
        ("appoint", "尕藏才旦", "民族学与社会学学院院长"),
        ("appoint", "李淑芬", "医学部副主任"),
        ("appoint", "马骏", "医学部副主任"),
        ("appoint", "马骏", "附属医院院长"),
    ]


def test_colleges_and_departments_side_by_side_belong_to_the_university_not_to_each_other():
    body = (
        "免去黄立新同志的水文与水资源工程学院院长、海洋科学学院院长（兼）职务；"
        "免去张三的南京大学计算机学院院长、数学学院院长职务；免去李四的土木工程系主任、力学系主任职务。"
    )
    assert events(body) == [
        ("remove", "黄立新", "水文与水资源工程学院院长"),
        ("remove", "黄立新", "海洋科学学院院长"),
        ("remove", "张三", "南京大学计算机学院院长"),
        ("remove", "张三", "南京大学数学学院院长"),
        ("remove", "李四", "土木工程系主任"),
        ("remove", "李四", "力学系主任"),
    ]


def test_numbered_rows_under_a_subhead_and_a_units_second_name_with_its_own_title():
    body = (
        "一、续聘以下同志担任原职务：\n（一）党政管理部门\n1．施晓峰　校长办公室主任\n"
        "2．郝建新　保卫处（武装部）处长（部长）\n"
        "（二）教学科研单位\n3．庄　毅　大气科学学院副院长\n"
    )
    assert events(body) == [
        ("appoint", "施晓峰", "校长办公室主任"),
        ("appoint", "郝建新", "保卫处(武装部)处长(部长)"),
        ("appoint", "庄毅", "大气科学学院副院长"),
    ]


def test_an_assistant_to_a_head_and_a_foreign_professor_named_in_two_scripts():
    assert events("决定：\n邱家兴同志任马克思主义研究所所长助理（挂职，时间一年）；\n余珊同志任科研处副处长。") == [
        ("appoint", "邱家兴", "马克思主义研究所所长助理"),
        ("appoint", "余珊", "科研处副处长"),
    ]
    assert events("决定聘任马克·安德森（Mark Anderson）教授为中澳国际学院外方院长，聘期三年。") == [
        ("appoint", "马克·安德森", "中澳国际学院外方院长")
    ]


def test_numbered_names_with_their_verbs_after_a_comma():
    body = (
        "经校党委常委会研究决定：\n７．胡　青，任学生工作部（处）副部长（副处长）（试用期一年）；\n"
        "８．邓海波，任研究生院副院长，挂职任湘潭市科学技术局副局长（挂职一年）；\n"
        "１２．欧 阳 静，免去其图书馆副馆长职务，调任湘潭大学兴湘学院副院长。"
    )
    assert events(body) == [
        ("appoint", "胡青", "学生工作部(处)副部长(副处长)"),
        ("appoint", "邓海波", "研究生院副院长"),
        ("appoint", "邓海波", "湘潭市科学技术局副局长"),
        ("remove", "欧阳静", "图书馆副馆长"),
        ("appoint", "欧阳静", "湘潭大学兴湘学院副院长"),
    ]


def test_the_issuer_agreeing_and_that_body_named_by_a_duty_before():
    assert events("同时，经本人申请，学校同意萨日娜同志辞去矿业学院副院长职务。") == [
        ("remove", "萨日娜", "矿业学院副院长")
    ]
    body = "经学校研究决定：\n由张　琳同志暂时主持喀斯特地质资源与环境教育部重点实验室工作，免去其该实验室副主任职务；"
    assert events(body) == [("remove", "张琳", "喀斯特地质资源与环境教育部重点实验室副主任")]


def test_confirmations_after_a_summary_of_whom_they_are_for():
    body = (
        "阿依古丽·买买提等3名同志试用期已满，经考核合格，地区行署决定正式任职：\n"
        "阿依古丽·买买提同志任喀什地区民政局副局长；\n张晓东同志任喀什地区林业和草原局副局长。"
    )
    assert events(body) == [
        ("confirm", "阿依古丽·买买提", "喀什地区民政局副局长"),
        ("confirm", "张晓东", "喀什地区林业和草原局副局长"),
    ]


def test_a_name_opening_with_qi_is_no_pronoun_and_a_post_broken_before_its_last_character():
    body = "二、决定免去\n王志刚的鄂尔多斯市发展和改革委员会主任职务\n其木格的鄂尔多斯市民族事务委员会主任职务\n"
    assert events(body) == [
        ("remove", "王志刚", "鄂尔多斯市发展和改革委员会主任"),
        ("remove", "其木格", "鄂尔多斯市民族事务委员会主任"),
    ]
    body = "二、决定免去\n李文斌的湘西土家族苗族自治州财政局局长职\n务\n覃丽的湘西土家族苗族自治州统计局局长职务\n"
    assert events(body) == [
        ("remove", "李文斌", "湘西土家族苗族自治州财政局局长"),
        ("remove", "覃丽", "湘西土家族苗族自治州统计局局长"),
    ]
    # (免去其主任职务: the pronoun still)
    assert events("张三同志任某局局长，免去其主任职务。") == [
        ("appoint", "张三", "某局局长"),
        ("remove", "张三", "某局主任"),
    ]


def test_acting_named_after_a_whole_post_a_counsellors_term_ended_and_an_unquoted_correction():
    body = "会议决定：由阿坝藏族羌族自治州人民政府副州长泽旺多吉代理阿坝藏族羌族自治州人民政府州长职务。"
    assert events(body) == [("appoint", "泽旺多吉", "阿坝藏族羌族自治州人民政府州长")]
    body = "经研究决定：\n杨春明同志担任的大理白族自治州人民政府参事聘期届满，不再续聘。"
    assert events(body) == [("remove", "杨春明", "大理白族自治州人民政府参事")]
    found, _ = read(
        "“杨德胜同志任铜仁市大数据发展管理局副局长”有误，现更正为：杨德盛同志任铜仁市大数据发展管理局副局长。"
    )
    assert [(e.person, e.post, e.manner) for e in found] == [("杨德盛", "铜仁市大数据发展管理局副局长", ["更正"])]


def test_news_agency_wording_and_a_standing_committees_own_committee():
    body = "国务院日前聘任闵华章、戴文澜为国务院参事，续聘谷振华为国务院参事。"
    assert events(body) == [
        ("appoint", "闵华章", "国务院参事"),
        ("appoint", "戴文澜", "国务院参事"),
        ("appoint", "谷振华", "国务院参事"),
    ]
    body = "任命冯立新为广东省人民代表大会常务委员会委员、代表资格审查委员会委员。"
    assert events(body) == [
        ("appoint", "冯立新", "广东省人民代表大会常务委员会委员"),
        ("appoint", "冯立新", "广东省人民代表大会常务委员会代表资格审查委员会委员"),
    ]


def test_postings_withdrawn_handed_on_and_a_home_post_before_the_name():
    body = (
        "二、委派叶惠芳同志任东莞市水务集团有限公司财务总监；原委派的袁家豪同志不再担任东莞市水务集团有限公司财务总监职务。"
        "委派何秀英同志接任东莞市能源投资集团有限公司财务总监。撤回罗德华同志西蜀交大资产经营有限公司董事长、董事的委派。"
    )
    assert events(body) == [
        ("appoint", "叶惠芳", "东莞市水务集团有限公司财务总监"),
        ("remove", "袁家豪", "东莞市水务集团有限公司财务总监"),
        ("appoint", "何秀英", "东莞市能源投资集团有限公司财务总监"),
        ("remove", "罗德华", "西蜀交大资产经营有限公司董事长"),
        ("remove", "罗德华", "西蜀交大资产经营有限公司董事"),
    ]
    body = "经研究决定：\n选派森林培育研究所副所长郑宏伟同志挂职任南平市建瓯市人民政府副市长（挂职期限：二年）；"
    assert events(body) == [("appoint", "郑宏伟", "南平市建瓯市人民政府副市长")]
    assert events("五、拓文斌同志挂职期满，免去其陇原农业大学乡村振兴研究院副院长（挂职）职务。") == [
        ("remove", "拓文斌", "陇原农业大学乡村振兴研究院副院长")
    ]


def test_a_table_row_with_a_long_cell_one_space_from_the_next():
    body = (
        "一、聘任人员\n序号　科室　　　　　　职务　　　姓名　　　聘任方式\n"
        "１　　心血管内科　　　主任　　　王志刚　　续聘\n"
        "３　　呼吸与危重症医学科　主任　冉德明　　续聘\n１０　医学影像科　　　主任　　　宋明亮　　续聘\n"
        "１２　儿科　　　　　　副主任　　钟　梅　　新聘\n"
    )
    assert events(body) == [
        ("appoint", "王志刚", "心血管内科主任"),
        ("appoint", "冉德明", "呼吸与危重症医学科主任"),
        ("appoint", "宋明亮", "医学影像科主任"),
        ("appoint", "钟梅", "儿科副主任"),
    ]


def test_a_post_handed_on_a_rank_taken_instead_and_a_seconded_doctor():
    body = "（一）普文华同志，免去其弥勒市林业和草原局局长职务，改任二级调研员；"
    assert events("决定：\n" + body) == [("remove", "普文华", "弥勒市林业和草原局局长")]
    assert events("杨德顺同志的中共西三镇委员会书记职务由普春燕同志接任。") == [
        ("appoint", "普春燕", "中共西三镇委员会书记")
    ]
    assert events("聘任广东省援疆医生 黄志勇 同志为神经外科主任（援疆期间）；") == [
        ("appoint", "黄志勇", "神经外科主任")
    ]


def test_staff_grades_states_and_clauses_that_decide_nothing_are_no_open_items():
    found, issues = read("决定：\n张丽娜同志晋升为管理岗六级职员；\n孟宪军同志到龄退出领导岗位，免去其某局副局长职务。")
    assert [(e.action, e.person, e.post) for e in found] == [("remove", "孟宪军", "某局副局长")]
    assert [i for i in issues if i.fatal] == []
    found, issues = read(
        "决定：\n一、解聘刘振海同志的某集团总经理职务；\n二、在新任总经理聘任到位前，由副总经理郭宏亮同志代行总经理职责。"
    )
    assert [i for i in issues if i.fatal] == [] and [e.person for e in found] == ["刘振海", "郭宏亮"]


def test_removals_listed_as_a_name_then_the_post_without_a_link_word():
    body = "二、解聘\n１．陈国荣智能制造学院院长职务；\n２．王芳芳商贸学院院长职务（到龄）；\n"
    assert events(body) == [("remove", "陈国荣", "智能制造学院院长"), ("remove", "王芳芳", "商贸学院院长")]
    # (邢台 / 市人民代表大会…: a place, then its body, no name)
    found, _ = read("四、免去\n邢台市人民代表大会常务委员会代表工作委员会主任职务\n")
    assert [e.person for e in found] == []


def test_until_a_successor_is_elected_is_a_term_and_a_gazettes_running_heads():
    found, issues = read("决定任命李四为某县人民政府副县长、代理县长，至某县人民代表大会选举产生新的县长时止。")
    assert [(e.person, e.post) for e in found] == [("李四", "某县人民政府副县长"), ("李四", "某县人民政府县长")]
    assert [i for i in issues if i.fatal] == []


def test_probation_words_a_failed_probation_removals_without_de_and_a_title_before_a_name():
    found, issues = read(
        "决定：\n雷鸣同志为教学科副科长（试用期壹年）；\n张三同志试用期满考核不合格，免去其平江县水利局副局长（试用）职务。"
    )
    assert [(e.action, e.person, e.probation_until) for e in found] == [
        ("appoint", "雷鸣", dt.date(2025, 5, 24)),
        ("remove", "张三", None),
    ]
    assert [i for i in issues if i.fatal or "qualifier" in i.reason] == []
    assert events("决定：\n免去母永康苍溪县机关事务服务中心主任职务；免去邢建设附属中学校长职务。") == [
        ("remove", "母永康", "苍溪县机关事务服务中心主任"),
        ("remove", "邢建设", "附属中学校长"),
    ]
    assert events("任命：\n法官助理谭小锋为县人民法院审判员；\n检察官助理雷敏为县人民检察院检察员。") == [
        ("appoint", "谭小锋", "县人民法院审判员"),
        ("appoint", "雷敏", "县人民检察院检察员"),
    ]


def test_what_a_notice_says_besides_its_decisions_waits_for_no_one():
    body = (
        "聘任张三为某公司总经理，考核不合格的，解除聘任。毕建业先生继续担任公司董事。"
        "冼美玲女士的辞职将导致公司独立董事人数少于董事会成员的三分之一，其辞职报告将在公司股东大会选举产生新任独立董事之日起生效。"
        "张洪波同志因工作调动，免去其某部副部长职务。"
    )
    found, issues = read(body)
    assert [(e.action, e.person) for e in found] == [("appoint", "张三"), ("remove", "张洪波")]
    assert [i for i in issues if i.fatal] == []


def test_one_of_those_named_at_the_same_time_and_name_then_post_items():
    assert events("其中杨晓川同志同时不再担任省红十字会常务理事、常务副会长。") == [
        ("remove", "杨晓川", "省红十字会常务理事"),
        ("remove", "杨晓川", "省红十字会常务副会长"),
    ]
    assert events("会议决定：同意解聘齐国华本行副行长职务。") == [("remove", "齐国华", "本行副行长")]
    assert events("任命：\n罗斌株洲市交通运输综合行政执法支队副支队长（试用期一年）；") == [
        ("appoint", "罗斌", "株洲市交通运输综合行政执法支队副支队长")
    ]


def test_a_given_name_ending_as_a_section_does():
    assert events(
        "决定：\n（六）王登科同志任临泽县农业技术推广中心主任（试用期一年）；\n（十三）免去王登科同志临泽县某中心副主任职务；"
    ) == [
        ("appoint", "王登科", "临泽县农业技术推广中心主任"),
        ("remove", "王登科", "临泽县某中心副主任"),
    ]


def test_a_list_in_columns_without_a_header_unit_title_and_names():
    body = (
        "聘任下列同志为相关科室负责人：\n一、临床医技科室\n　　心血管内科　　主　任　　张　明\n"
        "　　　　　　　　　副主任　　胡雅琴　郑　浩\n　　神经外科　　　主　任　　欧　阳（兼脑卒中中心主任）\n"
        "　　呼吸与危重症医学科　副主任（主持工作）　　钟晓燕\n"
    )
    assert events(body) == [
        ("appoint", "张明", "心血管内科主任"),
        ("appoint", "胡雅琴", "心血管内科副主任"),
        ("appoint", "郑浩", "心血管内科副主任"),
        ("appoint", "欧阳", "神经外科主任"),
        ("appoint", "欧阳", "脑卒中中心主任"),
        ("appoint", "钟晓燕", "呼吸与危重症医学科副主任"),
    ]


def test_a_table_whose_column_says_which_way_and_a_revocation_cited_by_number():
    body = (
        "三、决定任免津市市人民政府组成人员\n序号\t姓　名\t性别\t职　　务\t任/免\n"
        "1\t唐晓梅\t女\t津市市财政局局长\t决定任命\n"
        "2\t聂　军\t男\t津市市财政局局长\t决定免去\n"
    )
    assert events(body) == [("appoint", "唐晓梅", "津市市财政局局长"), ("remove", "聂军", "津市市财政局局长")]
    body = (
        "决定：\n撤销澧政任〔2025〕2号文件中关于任命向华同志为澧县水利局副局长的决定；\n其职级待遇按相关规定另行处理。"
    )
    assert events(body) == [("remove", "向华", "澧县水利局副局长")]


def test_the_issuers_own_sections_as_a_heading_and_a_rule_for_later():
    body = "决定：\n一、机关科室\n彭慧同志任办公室主任；\n以上人员聘期三年，考核不合格的予以解聘。"
    assert events(body) == [("appoint", "彭慧", "办公室主任")]


def test_one_sent_with_a_mark_after_the_name_and_an_unknown_surname_after_a_whole_post():
    assert events("决定：\n广州市海珠区选派的陈嘉欣（女）同志挂职任贯洞镇党委委员、副镇长；") == [
        ("appoint", "陈嘉欣", "贯洞镇党委委员"),
        ("appoint", "陈嘉欣", "贯洞镇副镇长"),
    ]
    body = "会议决定：由阿坝藏族羌族自治州人民政府副州长泽让闼代理阿坝藏族羌族自治州人民政府州长职务。"
    assert events(body) == [("appoint", "泽让闼", "阿坝藏族羌族自治州人民政府州长")]
    found, _ = read(
        "以上同志任职时间自本通知印发之日起计算。董事会、经理层成员的任免，请有关单位按照公司章程履行相应程序。"
    )
    assert found == []


def test_secondees_leaving_each_their_own_post_in_the_order_named():
    body = (
        "决定：\n上海市第九批援藏干部张卫平、戴蕾、黄建新同志挂职期满，结束挂职，其在我县挂任的萨迦县人民政府常务副县长、"
        "萨迦县人民政府副县长、萨迦县教育局副局长职务相应免去，回原单位工作。"
    )
    assert events(body) == [
        ("remove", "张卫平", "萨迦县人民政府常务副县长"),
        ("remove", "戴蕾", "萨迦县人民政府副县长"),
        ("remove", "黄建新", "萨迦县教育局副局长"),
    ]
    assert events("鲍宏伟、左倩同志挂职期满，不再担任研究生院副院长、机械工程学院副院长职务。") == [
        ("remove", "鲍宏伟", "研究生院副院长"),
        ("remove", "左倩", "机械工程学院副院长"),
    ]
    # (not seconded: both leave both)
    assert len(events("免去张三、李四同志的某局副局长、某办副主任职务。")) == 4


def test_a_unit_roster_with_padded_names_and_names_alone_under_a_title():
    body = (
        "中心党委会议研究决定，聘任下列同志为中层干部：\n"
        "    免疫规划所        所  长：甘友林（管理六级）\n"
        "    艾滋病防制所      副所长：涂晓峰（管理七级）\n"
        "                              卢  霞（管理七级，试用期一年）\n"
        "    检验中心          主  任：万  俊（专技四级）\n"
        "原聘任的中层干部聘期届满，不再续聘的同志，其原职务自然解聘。其中：\n"
        "胡  平同志不再担任检验中心主任职务。"
    )
    found, issues = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "甘友林", "免疫规划所所长"),
        ("appoint", "涂晓峰", "艾滋病防制所副所长"),
        ("appoint", "卢霞", "艾滋病防制所副所长"),
        ("appoint", "万俊", "检验中心主任"),
        ("remove", "胡平", "检验中心主任"),
    ]
    assert found[0].rank == "管理六级" and found[2].probation_until == dt.date(2025, 5, 24)
    assert not [i for i in issues if i.fatal], issues


def test_two_roster_entries_side_by_side_and_a_probation_of_a_semester():
    body = (
        "决定聘任以下同志为学校中层干部：\n"
        "    教务处主任：海  燕        教务处副主任：冶文斌、张  瑞\n"
        "    政教处副主任：苏  梅（试用期一学期）\n"
        "    教科室主任：丁玉兰（兼任高一年级组长）"
    )
    found, _ = read(body)
    assert [(e.person, e.post) for e in found] == [
        ("海燕", "教务处主任"),
        ("冶文斌", "教务处副主任"),
        ("张瑞", "教务处副主任"),
        ("苏梅", "政教处副主任"),
        ("丁玉兰", "教科室主任"),
        ("丁玉兰", "高一年级组长"),
    ]
    assert found[3].probation == "试用期一学期" and found[3].probation_until is None


def test_a_word_table_with_a_unit_column_of_two_names_a_wrapped_name_and_a_class_probation():
    body = (
        "院党委会议研究决定，聘任隋立新等同志为中层干部，聘期三年；首次聘任为中层正、副职的同志，试用期一年。\n"
        "序号\t科室/部门\t职务\t姓名\t性别\t聘任类别\n"
        "1\t心病科\t主任\t隋立新\t男\t续聘\n"
        "2\t护理部\t副主任\t初\t女\t首次聘任\n"
        "\t\t\t晓慧\t\t\n"
    )
    found, issues = read(body)
    assert [(e.person, e.post, e.probation_until) for e in found] == [
        ("隋立新", "心病科主任", None),
        ("初晓慧", "护理部副主任", dt.date(2025, 5, 24)),
    ]
    assert not [i for i in issues if i.fatal], issues


def test_a_legend_gives_rows_marked_first_appointment_their_probation_from_the_terms_start():
    body = (
        "现聘任下列人员为区属事业单位领导人员，聘期三年（2025年3月1日至2028年2月28日），首次聘任的试用期为一年：\n"
        "１．冼嘉豪　佛山市顺德区图书馆馆长（管理岗位五级职员）\n"
        "２．何　晴　佛山市顺德区博物馆副馆长（首次聘任）\n"
        "３．伍志坚　佛山市顺德区疾病预防控制中心副主任\n"
        "　　　　　　　　（兼任区卫生监督所所长）\n"
    )
    found, _ = read(body, dt.date(2025, 2, 25))
    assert [(e.person, e.post, e.probation_until) for e in found] == [
        ("冼嘉豪", "佛山市顺德区图书馆馆长", None),
        ("何晴", "佛山市顺德区博物馆副馆长", dt.date(2026, 3, 1)),
        ("伍志坚", "佛山市顺德区疾病预防控制中心副主任", None),
        ("伍志坚", "区卫生监督所所长", None),
    ]


def test_a_roster_under_the_decisions_told_below_and_a_confirmation_list_after_an_assessment():
    body = (
        "经院党委会议研究，现将任免事项通知如下：\n内科党总支\n  心血管内科党支部书记：房建伟\n"
        "免去：\n  成立平的心血管内科党支部书记职务。"
    )
    assert events(body) == [
        ("appoint", "房建伟", "心血管内科党支部书记"),
        ("remove", "成立平", "心血管内科党支部书记"),
    ]
    body = "学校党委研究决定：\n一、下列同志试用期满，考核合格，正式任职：\n王宏宇  教育科学学院副院长\n"
    body += "金美兰  朝鲜语系副主任"
    assert events(body) == [
        ("confirm", "王宏宇", "教育科学学院副院长"),
        ("confirm", "金美兰", "朝鲜语系副主任"),
    ]


def test_resignations_accepted_then_the_post_left_acting_in_it_and_a_second_post_at_the_same_time():
    body = (
        "经校党委研究，决定：\n一、同意雷振华同志辞去化学化工学院院长职务。化学化工学院院长职务暂由常务副院长白永刚同志代理。\n"
        "二、接受薛丽娜同志的辞职请求，免去其经济学院副院长职务。\n"
        "三、接受王大明同志因个人原因提出的辞职申请，免去其经济学院院长职务。\n"
        "四、于洪涛同志任人事处副处长（副处级），同时任人才工作办公室主任。"
    )
    assert events(body) == [
        ("remove", "雷振华", "化学化工学院院长"),
        ("appoint", "白永刚", "化学化工学院院长"),
        ("remove", "薛丽娜", "经济学院副院长"),
        ("remove", "王大明", "经济学院院长"),
        ("appoint", "于洪涛", "人事处副处长"),
        ("appoint", "于洪涛", "人才工作办公室主任"),
    ]


def test_ren_for_renming_outside_a_list_and_a_revocation_citing_a_notice_by_its_number():
    body = "经市委研究决定：何志勇同志任某区纪委副书记，免去其某区巡察办主任职务；任杜娟同志为某区委宣传部副部长。"
    assert events(body)[-1] == ("appoint", "杜娟", "某区委宣传部副部长")
    assert events("任命：\n任小明同志为某局副局长。") == [("appoint", "任小明", "某局副局长")]
    body = "经研究，撤销2019年11月20日市委干〔2019〕88号文件中楼晓峰同志任市大数据发展管理局副局长的任职决定。"
    assert events(body) == [("remove", "楼晓峰", "市大数据发展管理局副局长")]
    assert events("局党组研究决定：\n一、交流任职\n施建林同志任孝丰自然资源所所长，免去其递铺自然资源所所长职务。") == [
        ("appoint", "施建林", "孝丰自然资源所所长"),
        ("remove", "施建林", "递铺自然资源所所长"),
    ]


def test_a_named_street_office_is_a_place_and_a_cadre_moved_to_a_village():
    body = "县委组织部决定：\n（一）县应急管理局党员干部朱国庆同志任金所街道龙元社区党委第一书记；"
    assert events(body) == [("appoint", "朱国庆", "金所街道龙元社区党委第一书记")]
    body = "决定：\n任命邝家豪同志为街道党群服务中心副主任、沙河社区党委副书记；"
    assert events(body)[1] == ("appoint", "邝家豪", "沙河社区党委副书记")
    body = (
        "县委组织部决定：\n鸡街镇大村村第一书记普文涛同志调整至鸡街镇塘子村任党总支第一书记，"
        "免去其鸡街镇大村村党总支第一书记职务。"
    )
    assert events(body) == [
        ("appoint", "普文涛", "鸡街镇塘子村党总支第一书记"),
        ("remove", "普文涛", "鸡街镇大村村党总支第一书记"),
    ]


def test_acting_in_a_post_left_empty_and_an_item_that_cannot_be_read_waits_for_a_person():
    body = "学校决定：\n二、解聘\n1. 于洪波附属医院针灸科主任职务\n"
    body += "三、附属医院院长职务空缺期间，暂由常务副院长孙立权代理院长职务。"
    assert events(body) == [("remove", "于洪波", "附属医院针灸科主任"), ("appoint", "孙立权", "附属医院院长")]
    assert events("学校决定：\n在信息与电子工程学院院长聘任前，由俞晓峰同志代理院长职务；") == [
        ("appoint", "俞晓峰", "信息与电子工程学院院长")
    ]
    found, issues = read("学校决定：\n二、解聘\n1. 于洪波附属医院针灸科主任职务\n2. 王小明附属医院针灸门诊组长职务")
    assert [e.person for e in found] == ["于洪波"]
    assert [(i.line, i.clause, i.fatal) for i in issues] == [(4, "王小明附属医院针灸门诊组长职务", True)]


def test_a_post_left_then_taken_a_part_opening_with_its_first_item_and_a_revocation_by_day_and_body():
    body = "决定：\n七、免去刘海涛同志的自治区科协学术工作委员会主任职务，由许文龙同志担任。"
    assert events(body) == [
        ("remove", "刘海涛", "自治区科协学术工作委员会主任"),
        ("appoint", "许文龙", "自治区科协学术工作委员会主任"),
    ]
    body = (
        "市政府决定：\n二、免去\n（一）1．何建明同志的南充市农业局局长职务；\n2．蒲晓东同志的南充市国土资源局局长职务；"
    )
    assert events(body) == [("remove", "何建明", "南充市农业局局长"), ("remove", "蒲晓东", "南充市国土资源局局长")]
    body = "集团党委决定：\n撤销2024年12月集团党委关于任命牛建华为物资贸易有限公司副总经理的决定。"
    assert events(body) == [("remove", "牛建华", "物资贸易有限公司副总经理")]


def test_candidates_things_unchanged_and_exhortations_decide_nothing():
    found, issues = read(
        "集团决定：\n委派张卫国、李红梅为董事，其中张卫国为董事长人选；原任职务不变。希望受聘同志珍惜岗位。"
    )
    assert [(e.person, e.post) for e in found] == [("张卫国", "董事"), ("李红梅", "董事")]
    assert not [i for i in issues if i.fatal], issues


def test_a_name_ending_in_a_banner_word_and_no_longer_leading_names_no_post():
    assert events("任命：\n孔令旗同志为中共某大学电气学院委员会副书记；") == [
        ("appoint", "孔令旗", "中共某大学电气学院委员会副书记")
    ]
    found, issues = read("免去：\n葛长友同志的某学院党委书记职务。\n葛长友同志因年龄原因，不再担任领导职务。")
    assert [(e.person, e.post) for e in found] == [("葛长友", "某学院党委书记")]
    assert [(i.line, i.fatal) for i in issues] == [(3, True)]  # every leading post, none named: a person decides


def test_a_pathology_department_and_a_trial_farm_head_their_rosters():
    body = "决定聘任：\n医学影像科\n  主  任：鲁长河\n  副主任：詹  斌、俞晓芳\n病理科\n  主  任：童建华"
    assert events(body)[-1] == ("appoint", "童建华", "病理科主任")
    body = "院党委研究决定：\n（七）农业科技成果转化中心\n1.主任：郭宝山\n"
    body += "（八）院附属试验场\n1.场长：田国军\n2.副场长：李晓峰"
    assert events(body)[-2:] == [
        ("appoint", "田国军", "院附属试验场场长"),
        ("appoint", "李晓峰", "院附属试验场副场长"),
    ]


def test_a_second_post_after_a_comma_across_a_blank_line_of_a_pdf():
    body = "区政府决定，任命：\n\n曹敏（女）为武侯区红牌楼街道办事处副主\n\n任，红牌楼街道综合行政执法队队长；\n\n"
    body += "李四为武侯区某局局长。"
    assert events(body) == [
        ("appoint", "曹敏", "武侯区红牌楼街道办事处副主任"),
        ("appoint", "曹敏", "红牌楼街道综合行政执法队队长"),
        ("appoint", "李四", "武侯区某局局长"),
    ]
    # (a career told later, 曾任A，B, is no post after that clause)
    body = "监事会选举马建军先生为公司监事会主席。\n\n附：马建军先生简历\n"
    body += "马建军，男，曾任某公司党委副书记，公司党委办公室主任。"
    assert events(body) == [("appoint", "马建军", "公司监事会主席")]


def test_a_revocation_without_de_before_its_decision_and_the_term_of_the_newly_appointed():
    body = "县政府决定：\n决定撤销杨胜军同志的江口县农业技术推广中心主任任职决定。"
    assert events(body) == [("remove", "杨胜军", "江口县农业技术推广中心主任")]
    assert events("聘任张三为某中心主任。新聘任人员的任职时间自本通知印发之日起计算。") == [
        ("appoint", "张三", "某中心主任")
    ]


def test_confirmations_of_names_with_their_posts_in_brackets_and_of_x_wei_y_under_a_formal_appointment():
    body = (
        "厅机关各处室：\n    周文（厅污染防治处副处长）、孙丽华（女，江苏省环境监测中心副主任）等2名同志试用期满，"
        "经考核合格，厅党组研究决定，正式任职。"
    )
    assert events(body) == [
        ("confirm", "周文", "厅污染防治处副处长"),
        ("confirm", "孙丽华", "江苏省环境监测中心副主任"),
    ]
    body = "韩冬梅等2名同志试用期已满，经考核，市人民政府决定正式任命：\n韩冬梅为乌海市发展和改革委员会副主任；\n"
    body += "孟繁星为乌海市教育局副局长。"
    assert events(body) == [
        ("confirm", "韩冬梅", "乌海市发展和改革委员会副主任"),
        ("confirm", "孟繁星", "乌海市教育局副局长"),
    ]


def test_rows_of_a_name_and_a_bare_title_under_their_units_heading():
    body = "决定聘任：\n一、教务处\n  蒋立新　处长\n  杜春燕　副处长（试用期一年）\n二、科学技术处\n  马　骏　处长"
    assert events(body) == [
        ("appoint", "蒋立新", "教务处处长"),
        ("appoint", "杜春燕", "教务处副处长"),
        ("appoint", "马骏", "科学技术处处长"),
    ]


def test_a_group_title_held_at_the_unit_of_each_roster_entry():
    body = (
        "院长办公会研究决定：\n一、续聘以下同志为护士长，聘期两年：\n内一科：刘桂芝；内二科：闫秀梅。\n"
        "二、聘任以下同志为副护士长（试用期６个月）：\n儿科：马婷婷；　ＩＣＵ：胡　蓓。"
    )
    found, issues = read(body)
    assert [(e.person, e.post, e.probation) for e in found] == [
        ("刘桂芝", "内一科护士长", None),
        ("闫秀梅", "内二科护士长", None),
        ("马婷婷", "儿科副护士长", "试用期6个月"),
        ("胡蓓", "ICU副护士长", "试用期6个月"),
    ]
    assert not [i for i in issues if i.fatal], issues


def test_a_group_post_of_a_kind_of_unit_held_at_each_unit_of_that_kind():
    body = (
        "所务会议研究决定：\n二、续聘下列同志为研究室主任，聘期三年：\n  1. 荒漠生态研究室：赵立平\n"
        "  2. 遥感与地理信息研究室：阿不都热依木·吐尔逊\n"
        "四、聘任孙嘉禾同志为综合办公室主任，解聘其科研管理处副处长职务。"
    )
    assert events(body) == [
        ("appoint", "赵立平", "荒漠生态研究室主任"),
        ("appoint", "阿不都热依木·吐尔逊", "遥感与地理信息研究室主任"),
        ("appoint", "孙嘉禾", "综合办公室主任"),
        ("remove", "孙嘉禾", "科研管理处副处长"),
    ]


def test_two_people_each_confirmed_in_the_post_named_after_them():
    body = "集团公司各部门：\n鲍新民同志任集团公司财务部副总经理、孔祥瑞同志任集团公司法\n"
    body += "律事务部副总经理试用期已满，经考核合格，正式任职。"
    assert events(body) == [
        ("confirm", "鲍新民", "集团公司财务部副总经理"),
        ("confirm", "孔祥瑞", "集团公司法律事务部副总经理"),
    ]


def test_an_indented_paragraph_under_a_tab_table_is_a_sentence_not_a_wrapped_cell():
    body = (
        "院党委研究决定，聘任以下同志：\n序号\t科室\t职务\t姓名\t备注\n13\t检验科\t主任\t祁　红\t续聘\n\n"
        "　　望受聘同志恪尽职守。\n　　希望受聘同志切实履行岗位职责。\n"
        "　　以上同志聘期自2021年12月31日起计算，其新的职务另行聘任。"
    )
    found, issues = read(body)
    assert [(e.person, e.post) for e in found] == [("祁红", "检验科主任")]
    assert not [i for i in issues if i.fatal], issues


def test_a_list_voted_by_a_session_under_a_presidiums_announcement():
    from ledger.parse import parse_text

    text = (
        "某县第十八届人民代表大会第四次会议\n主席团公告\n"
        "　　某县第十八届人民代表大会第四次会议于2024年1月18日表决通过：\n"
        "　　苏婉为某县人民代表大会社会建设委员会主任委员；\n　　何斌、钟灵为某县人民代表大会社会建设委员会委员。\n"
        "　　现予公告。\n某县第十八届人民代表大会第四次会议主席团\n2024年1月18日\n"
    )
    (notice,) = parse_text(text).notices
    assert notice.is_personnel
    assert [(e.action, e.person) for e in notice.events] == [
        ("appoint", "苏婉"),
        ("appoint", "何斌"),
        ("appoint", "钟灵"),
    ]


def test_part_labels_with_a_bracket_or_for_the_rest_and_a_class_head_after_its_reason():
    body = (
        "决定：\n一、挂职任职（挂职时间三年）\n杨振华（某市发展和改革委员会副主任）挂职任某地区发展和改革委员会副主任；\n"
        "二、挂职期满，免去下列同志的挂职职务\n免去方建国的某地区发展和改革委员会副主任职务；\n"
        "三、其他\n阿布都克力木·吐尔逊任某地区第一人民医院副院长（试用期一年）。"
    )
    assert events(body) == [
        ("appoint", "杨振华", "某地区发展和改革委员会副主任"),
        ("remove", "方建国", "某地区发展和改革委员会副主任"),
        ("appoint", "阿布都克力木·吐尔逊", "某地区第一人民医院副院长"),
    ]


def test_a_home_body_written_straight_before_the_name_describes_the_person():
    body = (
        "决定：\n某省交通投资集团有限公司蔡文斌挂职任某市轨道交通投资集团有限公司副总经理（挂职时间一年）；\n"
        "彭志勇任某省建设投资集团有限责任公司总经理。"
    )
    assert events(body) == [
        ("appoint", "蔡文斌", "某市轨道交通投资集团有限公司副总经理"),
        ("appoint", "彭志勇", "某省建设投资集团有限责任公司总经理"),
    ]


def test_a_term_ended_of_a_name_written_straight_before_its_post_then_not_renewed():
    body = "某院决定：\n八、焦国华某研究院高原研究所所长聘期届满，不再续聘；\n九、某所所长李明聘期届满，不再续聘。"
    assert events(body) == [("remove", "焦国华", "某研究院高原研究所所长"), ("remove", "李明", "某所所长")]


def test_from_when_a_post_is_left_said_between_the_reason_and_the_verb():
    body = (
        "公司职工代表大会确认，原职工代表监事付国平先生因工作调动，自本次职工代表大会之日起不再担任公司职工代表监事。"
    )
    assert events(body) == [("remove", "付国平", "公司职工代表监事")]


def test_names_in_a_list_each_with_a_description_of_its_own():
    body = (
        "决定：\n十二、选派县发展和改革局干部黄勇、县财政局干部刘畅同志挂职任某县经济开发区管委会副主任（挂职两年）。"
    )
    assert events(body) == [
        ("appoint", "黄勇", "某县经济开发区管委会副主任"),
        ("appoint", "刘畅", "某县经济开发区管委会副主任"),
    ]


def test_a_probation_failed_in_brackets_is_why_a_post_ends_not_a_probation():
    found, issues = read("决定：\n解聘周海的某港航投资有限公司副总经理职务（试用期满考核不合格）。")
    assert [(e.action, e.person, e.probation, e.probation_until) for e in found] == [("remove", "周海", None, None)]
    assert [i.fatal for i in issues] == [False]


def test_a_term_ended_then_not_again_and_the_post_taken_over_by_another():
    body = (
        "决定：\n三、原任某物流有限公司副总经理何建华同志任期届满，不再担任该职务；\n"
        "四、某能源发展有限公司监事会主席庄伟同志任期届满，不再连任，由祁红同志接任监事会主席。"
    )
    assert events(body) == [
        ("remove", "何建华", "某物流有限公司副总经理"),
        ("remove", "庄伟", "某能源发展有限公司监事会主席"),
        ("appoint", "祁红", "某能源发展有限公司监事会主席"),
    ]


def test_names_each_with_the_place_served_in_brackets_leave_their_posts_in_turn():
    body = (
        "决定：\n原科技副县长曾凡杰（甲县）、伍佳（乙县）同志挂职期满，"
        "不再担任甲县人民政府副县长、乙县人民政府副县长职务。"
    )
    assert events(body) == [("remove", "曾凡杰", "甲县人民政府副县长"), ("remove", "伍佳", "乙县人民政府副县长")]


def test_agreeing_that_one_resigns_that_post_leaves_the_post_asked_for():
    body = "潘仕林同志因病申请辞去某省质量安全监督检验测试中心主任职务，经厅党组研究，同意其辞去该职务。"
    assert events(body) == [("remove", "潘仕林", "某省质量安全监督检验测试中心主任")]


def test_a_label_of_a_kind_of_body_on_its_own_line_heads_the_items_below():
    body = (
        "任命：\n　　某省人民代表大会常务委员会工作机构\n　　蒋春华为某省人民代表大会常务委员会预算工作委员会副主任。"
    )
    assert events(body) == [("appoint", "蒋春华", "某省人民代表大会常务委员会预算工作委员会副主任")]


def test_an_item_glued_to_a_line_above_it_waits_for_a_person_unless_only_proposed():
    found, issues = read("任命：\n某检察院\n吴\n\n建华为某检察院检察委员会委员。")
    assert found == [] and [i.fatal for i in issues] == [True]
    found, issues = read("决定：\n向某集团有限公司董事会推荐任红军为董事人选。")
    assert found == [] and not [i for i in issues if i.fatal]


def test_an_assistant_to_any_titled_post_is_a_post():
    body = (
        "学校决定选派以下教师赴企业挂职：\n（四）宗立伟，环境科学与工程学院讲师，挂职任某环保科技有限公司总工程师助理；"
    )
    assert events(body) == [("appoint", "宗立伟", "某环保科技有限公司总工程师助理")]


def test_a_seconded_person_with_a_post_that_reads_as_none_waits_for_a_person():
    found, issues = read(
        "学校决定选派以下教师赴企业挂职：\n（四）宗立伟，某学院讲师，挂职任某环保科技有限公司总工程师襄理；"
    )
    assert found == [] and [i.fatal for i in issues] == [True]


def test_a_chunk_shaped_as_a_decision_that_no_form_read_waits_for_a_person(monkeypatch):
    # the last net under every form: were no form to read 王五为某委员会主任 and say nothing, a
    # person would still be asked about it (whoever an event or an open item names is not)
    from ledger.parse import clauses

    original = clauses.ClauseReader.read_chunk

    def deaf_to_wang_wu(self, chunk):
        if "王五" not in chunk.text:
            original(self, chunk)

    monkeypatch.setattr(clauses.ClauseReader, "read_chunk", deaf_to_wang_wu)
    found, issues = read("任命：\n张三同志为某局局长；\n王五为某委员会主任；\n推荐赵六为某公司董事人选。")
    assert [e.person for e in found] == ["张三"]
    assert [(i.line, i.fatal) for i in issues] == [(3, True)] and "王五" in issues[0].reason


def test_roster_lines_under_numbered_parts_and_a_name_broken_over_lines():
    body = (
        "决定聘任：\n　　一、内科系统\n　　内科科护士长：高　艳\n　　呼吸内科病区护士长：迟春梅\n"
        "　　二、外科系统\n　　神经外科病区护士长：邹丽\n娜（试用期一年）\n　　手术室副护士长：白　雪\n"
    )
    found, issues = read(body)
    assert not [i for i in issues if i.fatal]
    assert [(e.person, e.post) for e in found] == [
        ("高艳", "内科科护士长"),
        ("迟春梅", "呼吸内科病区护士长"),
        ("邹丽娜", "神经外科病区护士长"),
        ("白雪", "手术室副护士长"),
    ]
    assert [e.line for e in found] == [3, 4, 6, 8] and found[2].probation == "试用期一年"


def test_a_tab_tables_column_label_with_its_other_name_in_brackets():
    body = "决定聘任：\n序号\t姓名\t单位（部门）\t聘任职务\t聘期\t备注\n1\t黎志华\t马克思主义学院\t院长\t三年\n"
    assert events(body) == [("appoint", "黎志华", "马克思主义学院院长")]


def test_a_county_schools_as_a_kind_head_no_post_and_a_publicity_says_it_will_publicise():
    body = (
        "决定：\n（一）县直学校\n1.钟伟强同志任紫金中学校长；\n（二）镇中心学校\n2.赖海明同志任某县某镇中心学校校长。"
    )
    assert events(body) == [("appoint", "钟伟强", "紫金中学校长"), ("appoint", "赖海明", "某县某镇中心学校校长")]
    from ledger.parse import parse_text

    text = (
        "某县管领导干部任职前公示\n　　经县委研究，现将拟任职人选予以公示。\n"
        "序号\t姓名\t现任职务\t拟任职务\n1\t余海涛\t某县人民政府办公室副主任\t某县某街道办事处主任\n"
        "中共某县委组织部\n2024年5月20日\n"
    )
    assert [n.kind for n in parse_text(text).notices] == ["other"]


def test_units_on_their_own_lines_over_indented_rows_of_a_name_and_a_title():
    body = "决定：\n一、聘任\n文学院\n　　　　胡志刚　院长\n　　　　刘晓燕　副院长\n发展规划处\n　　　　邹光明　处长\n"
    assert events(body) == [
        ("appoint", "胡志刚", "文学院院长"),
        ("appoint", "刘晓燕", "文学院副院长"),
        ("appoint", "邹光明", "发展规划处处长"),
    ]


def test_numbered_roster_lines_each_with_a_unit_and_several_titles():
    body = "决定聘任：\n　　1.某研究室　主任：周立平；副主任：孙海燕、杜鹏\n　　2.另一研究室　主任：郑　凯\n"
    assert events(body) == [
        ("appoint", "周立平", "某研究室主任"),
        ("appoint", "孙海燕", "某研究室副主任"),
        ("appoint", "杜鹏", "某研究室副主任"),
        ("appoint", "郑凯", "另一研究室主任"),
    ]


def test_a_rows_post_wrapped_onto_the_next_line_mid_word_or_into_a_longer_title():
    body = (
        "一、下列同志试用期满，经考核合格，正式任职：\n    罗春燕  动物医\n学院副院长\n    蒲建军  林学院副院长\n"
        "二、聘任下列同志为院长助理：\n    雷鸣宇  风景园林学院院长\n助理\n    巴桑卓玛  资源学院院长助理\n"
    )
    assert events(body) == [
        ("confirm", "罗春燕", "动物医学院副院长"),
        ("confirm", "蒲建军", "林学院副院长"),
        ("appoint", "雷鸣宇", "风景园林学院院长助理"),
        ("appoint", "巴桑卓玛", "资源学院院长助理"),
    ]


def test_the_issuers_own_units_as_a_label_end_the_heading_above():
    body = (
        "决定：\n　　某研究所\n　　　　任命杜文娟为副所长。\n　　院机关\n　　　　任命贺建军为科研管理处处长（正处级）。"
    )
    assert events(body) == [("appoint", "杜文娟", "某研究所副所长"), ("appoint", "贺建军", "科研管理处处长")]


def test_a_list_row_of_a_padded_name_and_its_mark_with_no_gap_before_the_post():
    body = "决定聘任：\n某集团有限公司\n　　叶卫国　　外部董事\n　　陆　敏（女）外部董事\n　　沈丽萍（女）　外部董事\n"
    assert events(body) == [
        ("appoint", "叶卫国", "某集团有限公司外部董事"),
        ("appoint", "陆敏", "某集团有限公司外部董事"),
        ("appoint", "沈丽萍", "某集团有限公司外部董事"),
    ]


def test_a_term_under_a_contract_names_no_one():
    body = "决定：\n聘任王海为公司总经理。\n以上人员任期三年，实行任期制和契约化管理。"
    assert events(body) == [("appoint", "王海", "公司总经理")]


def test_a_numbered_report_label_stands_apart_and_a_meeting_called_continues_no_post():
    from ledger.parse import parse_text

    text = (
        "某药业股份有限公司关于董事辞职的公告\n现将有关情况公告如下：\n    一、董事辞职情况\n"
        "    刘洪涛先生因工作调整原因，申请辞去公司董事职务。其辞职报告自送达公司董事会之日起生效。\n"
        "鉴于许文斌先生的辞职将导致监事会人数低于法定最低人数，公司及时召开了职工代表大会补选职工代表监事。\n"
        "某药业股份有限公司董事会\n2024年3月8日\n"
    )
    (notice,) = parse_text(text).notices
    assert [(e.action, e.person, e.post) for e in notice.events] == [("remove", "刘洪涛", "公司董事")]


def test_one_of_those_just_elected_takes_a_title_of_the_same_body():
    body = (
        "会议审议通过以下议案：\n选举林雅琴女士、蒋立新先生为公司第九届董事会审计委员会委员，"
        "其中林雅琴女士为主任委员（召集人）。\n其中审计委员会主任委员沈佳琪女士为会计专业人士。"
    )
    assert events(body)[-1] == ("appoint", "林雅琴", "公司第九届董事会审计委员会主任委员")
    assert "沈佳琪" not in [person for _, person, _ in events(body)]


def test_a_numbered_label_of_cadres_appointed_stands_apart():
    body = (
        "经党委研究决定：\n一、党委管理干部任免\n孙振宇同志任集团公司党委委员；\n二、其他\n王五同志任集团公司副总经理。"
    )
    assert events(body) == [("appoint", "孙振宇", "集团公司党委委员"), ("appoint", "王五", "集团公司副总经理")]


def test_numbered_labels_ending_in_appointments_stand_apart_and_a_resignation_for_illness():
    body = (
        "经县委研究决定：\n一、领导职务任免\n王建华同志任县乡村振兴局党组书记（正科级）；\n"
        "二、职级晋升和任免\n马立强同志任二级主任科员，免去其县审计局副局长职务；\n"
        "三、冶占海同志因病，同意其辞去省科协党组书记职务。"
    )
    found, _ = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "王建华", "县乡村振兴局党组书记"),
        ("remove", "马立强", "县审计局副局长"),
        ("remove", "冶占海", "省科协党组书记"),
    ]


def test_posts_joined_by_he_each_a_post_but_not_a_bodys_name_holding_he():
    body = "因年龄原因，同意郑国良同志辞去中共某区委常委、委员和区纪委书记职务。\n免去王五的某县发展和改革局局长职务。"
    assert events(body) == [
        ("remove", "郑国良", "中共某区委常委"),
        ("remove", "郑国良", "中共某区委委员"),
        ("remove", "郑国良", "区纪委书记"),
        ("remove", "王五", "某县发展和改革局局长"),
    ]


def test_names_sent_by_a_body_each_seconded_to_the_post_in_its_place():
    body = (
        "决定：\n某市对口帮扶指挥部选派干部何家豪、冯嘉欣同志分别挂职任某市工业和信息化局\n"
        "副局长、某市科学技术局副局长（挂职，时间二年）。"
    )
    found, issues = read(body)
    assert not issues
    assert [(e.person, e.post) for e in found] == [
        ("何家豪", "某市工业和信息化局副局长"),
        ("冯嘉欣", "某市科学技术局副局长"),
    ]
    assert all("挂职" in e.manner and e.secondment for e in found)


def test_a_numbered_class_head_then_its_verb_with_qi_opens_a_removal_list():
    body = (
        "决定：\n一、下列同志挂职任职\n1．叶建华（某大学）挂职任某县某镇副镇长；\n"
        "二、下列同志挂职期满，免去其挂职职务\n1．张宇的某县某镇党委委员、副镇长职务；\n2．王泽的某县某局副局长职务。"
    )
    assert events(body) == [
        ("appoint", "叶建华", "某县某镇副镇长"),
        ("remove", "张宇", "某县某镇党委委员"),
        ("remove", "张宇", "某县某镇副镇长"),
        ("remove", "王泽", "某县某局副局长"),
    ]


def test_a_post_left_to_another_bodys_procedure_is_no_event():
    body = "免去彭涛同志的中共某县委委员、常委职务，其某县人民政府副县长职务按有关法律程序办理。"
    assert events(body) == [("remove", "彭涛", "中共某县委委员"), ("remove", "彭涛", "中共某县委常委")]


def test_a_doc_number_broken_before_hao_is_no_item_number():
    body = "经研究，决定撤销某府任〔2023〕\n14 号文件中任命黄永胜同志为某区商务局副局长的决定。"
    assert events(body) == [("remove", "黄永胜", "某区商务局副局长")]


def test_while_the_holder_is_away_who_acts():
    assert events("援藏期间由钱伟同志代理肿瘤科主任。") == [("appoint", "钱伟", "肿瘤科主任")]


def test_a_layout_table_with_a_column_of_schools_merged_down():
    body = (
        "决定对以下同志职务予以任免：\n\n"
        " 序号        学  校                 姓 名        任  职                  免  职\n"
        " 1    某县第一中学              李永红    校长                    副校长\n"
        " 2                                张  斌    副校长                  —\n"
        " 3    某县第二中学              牛建军    —                       校长\n"
    )
    assert events(body) == [
        ("appoint", "李永红", "某县第一中学校长"),
        ("remove", "李永红", "某县第一中学副校长"),
        ("appoint", "张斌", "某县第一中学副校长"),
        ("remove", "牛建军", "某县第二中学校长"),
    ]


def test_a_table_one_cell_per_line_with_wrapped_and_merged_cells():
    cells = [
        "序号", "单位", "姓名", "聘任职务", "解聘职务",
        "1", "某城建置业有限", "公司", "陆志刚", "总经理", "副总经理",
        "2", "朱丽华", "副总经理（试用期", "一年）", "—",
        "3", "某城建市政工程", "有限公司", "季红兵", "总经理", "某城建置业有限公司", "总经理",
        "某城市建设集团有限公司", "2024年4月8日",
    ]  # fmt: skip
    found, _ = read("决定：\n所属企业经营班子成员聘任、解聘情况见下表。\n" + "\n".join(cells))
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "陆志刚", "某城建置业有限公司总经理"),
        ("remove", "陆志刚", "某城建置业有限公司副总经理"),
        ("appoint", "朱丽华", "某城建置业有限公司副总经理"),
        ("appoint", "季红兵", "某城建市政工程有限公司总经理"),
        ("remove", "季红兵", "某城建置业有限公司总经理"),
    ]
    assert found[2].probation == "试用期一年"


def test_a_table_of_moves_old_post_ends_where_it_differs_and_marked_rows_take_the_legends_probation():
    body = (
        "决定聘任下列同志担任相应职务。凡新职务与原职务不同的，原职务自然免除。新提任干部试用期一年。\n"
        "序号 姓名 原职务 新职务 备注\n"
        "1 罗光荣 动物科学学院副院长 动物科学学院院长\n"
        "2 吴 倩 发展规划处副处长 教务处副处长\n"
        "3 蒙 洁 学生工作处副处长 学生工作处副处长 连任\n"
        "4 王\n朝阳 基建处副处长 资产与实验室管理处\n副处长\n"
        "5 龙海燕 农学院办公室主任 农学院副院长 新提任\n"
    )
    found, _ = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "罗光荣", "动物科学学院院长"),
        ("remove", "罗光荣", "动物科学学院副院长"),
        ("appoint", "吴倩", "教务处副处长"),
        ("remove", "吴倩", "发展规划处副处长"),
        ("appoint", "蒙洁", "学生工作处副处长"),
        ("appoint", "王朝阳", "资产与实验室管理处副处长"),
        ("remove", "王朝阳", "基建处副处长"),
        ("appoint", "龙海燕", "农学院副院长"),
        ("remove", "龙海燕", "农学院办公室主任"),
    ]
    assert [e.person for e in found if e.probation_until] == ["龙海燕"]


def test_posts_then_names_apart_by_white_space_under_college_headings():
    body = (
        "决定聘任：\n（一）机械与汽车工程学院\n　　车辆工程系主任　柯文杰\n　　工程训练中心副主任　李伟东、蔡淑贞\n"
        "（二）化工与材料学院\n　　高分子材料与工程系副主任　王\n— 2 —\n　　丽珍（试用期一年）\n"
    )
    assert events(body) == [
        ("appoint", "柯文杰", "机械与汽车工程学院车辆工程系主任"),
        ("appoint", "李伟东", "机械与汽车工程学院工程训练中心副主任"),
        ("appoint", "蔡淑贞", "机械与汽车工程学院工程训练中心副主任"),
        ("appoint", "王丽珍", "化工与材料学院高分子材料与工程系副主任"),
    ]


def test_a_dotted_name_in_a_chain_and_a_calling_after_a_name_of_no_known_surname():
    body = (
        "决定：\n聘任王大为为基础医学院院长，沙吾提·\n买合木提为药学院副院长，孙海鹰为护理学院副院长。\n"
        "聘任桑杰扎西研究员为所长助理，兼任科技处处长。\n援疆医生钱志明为第一附属医院心血管内科主任（挂职一年半）。"
    )
    assert events(body) == [
        ("appoint", "王大为", "基础医学院院长"),
        ("appoint", "沙吾提·买合木提", "药学院副院长"),
        ("appoint", "孙海鹰", "护理学院副院长"),
        ("appoint", "桑杰扎西", "所长助理"),
        ("appoint", "桑杰扎西", "科技处处长"),
        ("appoint", "钱志明", "第一附属医院心血管内科主任"),
    ]


def test_a_unit_with_its_abbreviation_heads_its_roster_and_a_new_part_ends_the_headings():
    body = (
        "决定：\n一、聘任以下同志：\n普外科  护士长：刘  敏\n\n重症医学科（ICU）  护士长：余丹丹\n\n"
        "遥感与数据中心\n副主任：覃晓光（主持工作）\n二、聘任尹婧为综合办公室副主任。"
    )
    assert events(body) == [
        ("appoint", "刘敏", "普外科护士长"),
        ("appoint", "余丹丹", "重症医学科(ICU)护士长"),
        ("appoint", "覃晓光", "遥感与数据中心副主任"),
        ("appoint", "尹婧", "综合办公室副主任"),
    ]


def test_a_name_glued_to_its_post_ends_where_the_notice_writes_the_place_elsewhere():
    body = (
        "一、聘任\n1．张国栋为威县农业技术推广站站长；\n二、解聘\n"
        "1．高玉明威县农业技术推广站副站长职务（到龄退休）；\n2．罗斌株洲市某支队副支队长职务。"
    )
    assert events(body) == [
        ("appoint", "张国栋", "威县农业技术推广站站长"),
        ("remove", "高玉明", "威县农业技术推广站副站长"),
        ("remove", "罗斌", "株洲市某支队副支队长"),
    ]


def test_a_village_bookkeeper_and_items_after_a_heading_broken_mid_word():
    body = (
        "免去李大勇同志某乡某村党支部书记职务。\n马家河村党支部委员吴红梅同志兼任马家河村报账员。\n任命：\n"
        "　　某州中级人民法院：李云鹏为副院长；赵永红为民事审判第\n一庭庭长；字春梅为审判员。"
    )
    assert events(body) == [
        ("remove", "李大勇", "某乡某村党支部书记"),
        ("appoint", "吴红梅", "马家河村报账员"),
        ("appoint", "李云鹏", "某州中级人民法院副院长"),
        ("appoint", "赵永红", "某州中级人民法院民事审判第一庭庭长"),
        ("appoint", "字春梅", "某州中级人民法院审判员"),
    ]


def test_a_tab_rows_cell_wrapped_onto_a_line_of_its_bracket_alone():
    body = (
        "附件\n序号\t姓名\t性别\t任职\t免职\t备注\n"
        "1\t丁志伟\t男\t某县水务局副局长\n（兼任某县水利工程建设中心主任）\t\t\t\n"
        "2\t陶家兴\t男\t\t某县水务局副局长\t退休\n"
    )
    assert events(body) == [
        ("appoint", "丁志伟", "某县水务局副局长"),
        ("appoint", "丁志伟", "某县水利工程建设中心主任"),
        ("remove", "陶家兴", "某县水务局副局长"),
    ]


def test_a_head_said_before_where_the_seconded_go_back_to():
    body = (
        "下列同志挂职期满，经考核合格，予以免职，回原单位工作：\n"
        "罗建国同志的某市某区人民政府副区长（挂职）职务；\n蒋  维同志的某县财政局副局长（挂职）职务。"
    )
    assert events(body) == [("remove", "罗建国", "某市某区人民政府副区长"), ("remove", "蒋维", "某县财政局副局长")]


def test_names_each_with_the_post_held_then_their_term_ended():
    body = (
        "决定聘任下列人员为公司经理层成员：\n　　财 务 总 监：卢春梅\n　　总法律顾问：卢春梅（兼）\n"
        "原经理层成员邹建国（总经理）、牛文杰（副总经理）任期届满，经考核，不再续聘。"
    )
    assert events(body) == [
        ("appoint", "卢春梅", "财务总监"),
        ("appoint", "卢春梅", "总法律顾问"),
        ("remove", "邹建国", "总经理"),
        ("remove", "牛文杰", "副总经理"),
    ]


def test_a_unit_written_again_or_beside_the_one_before_is_no_part_of_it():
    body = (
        "任命张三为集团公司纪委委员、纪委办公室主任；\n任命李四为某县财政局局长、税务局局长；\n"
        "任命王五为某县城发集团有限公司融资部副部长、风控部副部长；\n任命赵六为中共某县委组织部副部长、宣传部副部长；\n"
        "任命钱七为某县公安局副局长、交警大队大队长。"
    )
    assert events(body) == [
        ("appoint", "张三", "集团公司纪委委员"),
        ("appoint", "张三", "集团公司纪委办公室主任"),
        ("appoint", "李四", "某县财政局局长"),
        ("appoint", "李四", "某县税务局局长"),
        ("appoint", "王五", "某县城发集团有限公司融资部副部长"),
        ("appoint", "王五", "某县城发集团有限公司风控部副部长"),
        ("appoint", "赵六", "中共某县委组织部副部长"),
        ("appoint", "赵六", "中共某县委宣传部副部长"),
        ("appoint", "钱七", "某县公安局副局长"),
        ("appoint", "钱七", "某县公安局交警大队大队长"),
    ]


def test_a_cadre_sent_to_a_community_takes_its_post_once_and_headquarters_is_the_company():
    body = (
        "五、选派镇人大办干事段婷婷同志到马街社区挂职，任马街社区党委副书记，挂职时间一年。\n"
        "六、任命：\n集团公司本部\n纪委办公室主任：王雪"
    )
    assert events(body) == [("appoint", "段婷婷", "马街社区党委副书记"), ("appoint", "王雪", "集团公司纪委办公室主任")]


def test_a_journals_editors_take_its_name_written_once():
    assert events("任命莫小青同志为《东南亚纵横》杂志社副社长、副主编。") == [
        ("appoint", "莫小青", "《东南亚纵横》杂志社副社长"),
        ("appoint", "莫小青", "《东南亚纵横》杂志社副主编"),
    ]


def test_a_numbered_lists_last_row_ends_with_its_full_stop_and_a_spaced_name_opens_no_row():
    body = (
        "一、陈国庆等3名同志试用期已满，经考核合格，正式任职：\n　　１．陈国庆　某县求是高级中学副校长；\n"
        "　　２．田茂林　某县永兴镇中心学校校长。\n二、决定：\n　　１．欧 阳 静，免去其图书馆副馆长职务。"
    )
    assert events(body) == [
        ("confirm", "陈国庆", "某县求是高级中学副校长"),
        ("confirm", "田茂林", "某县永兴镇中心学校校长"),
        ("remove", "欧阳静", "图书馆副馆长"),
    ]


def test_a_police_officer_sent_by_his_squad_is_seconded_to_the_post():
    body = "选派巡特警大队民警陈晓东同志到克勒沟派出所挂职任副所长，挂职时间一年。"
    assert events(body) == [("appoint", "陈晓东", "克勒沟派出所副所长")]


def test_reaching_retirement_age_is_a_state_and_the_removal_after_it_is_that_persons():
    assert events("周文华同志已到退休年龄，免去其市教育局副局长职务。") == [("remove", "周文华", "市教育局副局长")]


def test_that_body_after_its_party_organ_and_a_transfer_told_before_its_post_ends():
    body = (
        "四、免去段国华同志某农业研究所所长职务；\n五、和丽娟同志任热区生态农业研究所党总支书记，不再兼任该所副所长；\n"
        "六、胡建军同志调县卫生健康委员会工作，其总务科科长职务自然免除。\n"
        "七、选派某学院陈宇航同志到发展规划处挂职锻炼，任处长助理，挂职一年。"
    )
    assert events(body) == [
        ("remove", "段国华", "某农业研究所所长"),
        ("appoint", "和丽娟", "热区生态农业研究所党总支书记"),
        ("remove", "和丽娟", "热区生态农业研究所副所长"),
        ("remove", "胡建军", "总务科科长"),
        ("appoint", "陈宇航", "发展规划处处长助理"),
    ]


def test_numbered_rows_wrapped_and_a_label_of_a_kind_of_posts_and_a_second_name_under_a_roster():
    body = (
        "经研究决定，聘任下列同志为相应科室负责人：\n一、科室主任\n1．韦志强 神经外科主任（续聘）\n"
        "2．莫文杰 重症医学科副主任（新聘），主持\n工作\n3．黄丽 骨科（创伤骨科）护士长（新\n聘）\n"
        "二、外国语学院\n　　副院长：贺　敏（主持工作）\n　　　　　　吴婷婷\n"
        "三、以下同志不再聘任护士长职务：\n    唐淑芬（原急诊科护士长，到龄）；\n"
        "    罗春兰（原心血管内科二病区护士长，转岗）。"
    )
    assert events(body) == [
        ("appoint", "韦志强", "神经外科主任"),
        ("appoint", "莫文杰", "重症医学科副主任"),
        ("appoint", "黄丽", "骨科(创伤骨科)护士长"),
        ("appoint", "贺敏", "外国语学院副院长"),
        ("appoint", "吴婷婷", "外国语学院副院长"),
        ("remove", "唐淑芬", "急诊科护士长"),
        ("remove", "罗春兰", "心血管内科二病区护士长"),
    ]


def test_a_table_unit_with_its_parts_in_brackets_and_a_remark_naming_a_second_post():
    body = (
        "决定：\n序号\t科室（病区）\t姓名\t聘任职务\t备注\n1\t普外科（胃肠外科、肝胆外科）\t陈　琳\t护士长\t续聘\n"
        "2\t内科系统\t何秀英\t科护士长\t续聘，兼肾内科护士长\n"
    )
    found = events(body)
    assert ("appoint", "陈琳", "普外科(胃肠外科、肝胆外科)护士长") in found
    assert ("appoint", "何秀英", "肾内科护士长") in found


def test_a_seconded_cadre_come_to_the_issuer_takes_the_post_alone():
    body = (
        "经研究，决定：\n一、某学院选派干部买买提江·吐尔逊同志（该院学生工作处副处长）来我校挂职，"
        "挂职任学生工作部（处）副部长（副处长），挂职时间一年；"
    )
    assert events(body) == [("appoint", "买买提江·吐尔逊", "学生工作部(处)副部长(副处长)")]


def test_a_described_person_at_retirement_age_and_the_board_ending_the_engagement():
    body = "原副总经理翟玉山因达到退休年龄，董事会同意解除其聘任。"
    assert events(body) == [("remove", "翟玉山", "副总经理")]


def test_a_table_of_names_by_post_with_company_names_wrapped_and_a_verb_only_column():
    body = (
        "现将所属企业董事、监事委派事项通知如下：\n"
        "序号  企业名称            委派董事          委派监事          免去\n"
        "1     某电力开发    杨春林、段晓梅    字建国            李明泽（董事）\n"
        "      有限公司\n"
        "2     某燃气有限    段晓梅            李　忠            —\n"
        "      公司\n"
    )
    assert events(body) == [
        ("appoint", "杨春林", "某电力开发有限公司董事"),
        ("appoint", "段晓梅", "某电力开发有限公司董事"),
        ("appoint", "字建国", "某电力开发有限公司监事"),
        ("remove", "李明泽", "某电力开发有限公司董事"),
        ("appoint", "段晓梅", "某燃气有限公司董事"),
        ("appoint", "李忠", "某燃气有限公司监事"),
    ]


def test_a_parts_verb_comes_back_at_the_next_unit_and_a_verb_with_a_title_heads_a_part():
    body = (
        "决定：\n一、委派外部董事\n（一）某城市建设投资集团有限公司\n覃德明为外部董事；\n免去黎春生的外部董事职务。\n"
        "（二）某交通投资发展集团有限公司\n陆海波为外部董事。\n以上外部董事任期三年。\n"
        "二、委派财务总监\n梁振宇为某交通投资发展集团有限公司财务总监。"
    )
    assert events(body) == [
        ("appoint", "覃德明", "某城市建设投资集团有限公司外部董事"),
        ("remove", "黎春生", "某城市建设投资集团有限公司外部董事"),
        ("appoint", "陆海波", "某交通投资发展集团有限公司外部董事"),
        ("appoint", "梁振宇", "某交通投资发展集团有限公司财务总监"),
    ]


def test_a_post_acting_in_brackets_and_one_more_post_left_after_yi():
    found, _ = read("决定：\n三、某城市建设开发有限公司\n程建兵同志任副总经理（代理总经理）；")
    assert [(e.action, e.person, e.post, e.manner) for e in found][:2] == [
        ("appoint", "程建兵", "某城市建设开发有限公司副总经理", []),
        ("appoint", "程建兵", "某城市建设开发有限公司总经理", ["代理"]),
    ]
    left = "独立董事周启明先生任期届满，不再担任公司独立董事职务，亦不再担任董事会审计委员会主任委员职务。"
    assert events(left) == [("remove", "周启明", "公司独立董事"), ("remove", "周启明", "董事会审计委员会主任委员")]


def test_probations_said_of_some_named_or_of_a_mark_after_the_list():
    found, _ = read(
        "决定：\n刘振华同志任某学院院长；\n苏晓燕同志任某处处长；\n王五同志任某中心主任。\n"
        "以上同志中，刘振华、苏晓燕同志任职试用期一年。"
    )
    assert [(e.person, e.probation_until) for e in found] == [
        ("刘振华", dt.date(2025, 5, 24)),
        ("苏晓燕", dt.date(2025, 5, 24)),
        ("王五", None),
    ]
    marked, _ = read(
        "决定聘任以下同志为护士长。新聘护士长试用期半年。\n序号\t科室\t姓名\t聘任职务\t备注\n"
        "1\t儿科\t张　敏\t护士长\t新聘\n2\t产科\t李　佳\t护士长\t续聘\n"
    )
    assert [(e.person, e.probation_until) for e in marked] == [("张敏", dt.date(2024, 11, 24)), ("李佳", None)]


def test_a_confirmation_with_its_post_in_brackets():
    body = "二、试用期满正式任职\n岑秀梅同志试用期满，经考核合格，予以正式任职（某县水务局副局长）。"
    assert events(body) == [("confirm", "岑秀梅", "某县水务局副局长")]


def test_a_new_teams_members_told_as_rosters_under_college_headings():
    body = (
        "经校党委研究决定，新一届学院党政领导班子成员任职如下：\n　　一、水产学院\n　　　　党委书记：林国栋\n"
        "　　　　副 院 长：郑明辉　吴丽清（试用期一年）\n　　二、航海学院\n　　　　党委书记、副院长：叶德昌"
    )
    assert events(body) == [
        ("appoint", "林国栋", "水产学院党委书记"),
        ("appoint", "郑明辉", "水产学院副院长"),
        ("appoint", "吴丽清", "水产学院副院长"),
        ("appoint", "叶德昌", "航海学院党委书记"),
        ("appoint", "叶德昌", "航海学院副院长"),
    ]


def test_a_post_taken_on_by_another_held_concurrently_and_a_confirmation_naming_the_person():
    body = (
        "某所所长马立国同志不再兼任院学术委员会秘书长职务，由宁晓菲同志兼任院学术委员会秘书长。\n"
        "涂晓红同志于2020年5月被聘任为文学研究所副所长，试用期一年。试用期满，经考核合格，院党组研究决定，"
        "正式聘任涂晓红同志为文学研究所副所长，聘期至2024年4月。"
    )
    found = events(body)
    assert ("appoint", "宁晓菲", "院学术委员会秘书长") in found
    assert ("confirm", "涂晓红", "文学研究所副所长") in found


def test_a_table_cell_cut_after_its_dun_and_a_successor_named_with_the_post():
    body = (
        "附件\n序号\t姓名\t性别\t聘任职务\t免去职务\t备注\n"
        "1\t肖明轩\t男\t某县赤城小学校长\t某县明月镇中心学校校长、\n党支部书记\n"
        "2\t任雪梅\t女\t某县明月镇中心学校校长\t某县明月镇中心学校副校长\t试用期一年\n"
    )
    assert events(body) == [
        ("appoint", "肖明轩", "某县赤城小学校长"),
        ("remove", "肖明轩", "某县明月镇中心学校校长"),
        ("remove", "肖明轩", "某县明月镇中心学校党支部书记"),
        ("appoint", "任雪梅", "某县明月镇中心学校校长"),
        ("remove", "任雪梅", "某县明月镇中心学校副校长"),
    ]
    said = "五、罗  丹  同志不再担任校团委书记职务，由  黄  静  同志任校团委书记（按团内有关规定办理）。"
    assert events("决定：\n" + said) == [("remove", "罗丹", "校团委书记"), ("appoint", "黄静", "校团委书记")]
    assert events("决定：\n(5)明确蒋文同志为平安建设办公室负责人；") == [("appoint", "蒋文", "平安建设办公室负责人")]


def test_seconded_items_one_per_line_under_unit_headings_and_a_company_name_column():
    body = (
        "决定：\n一、援疆干部人才挂职任职（挂职期限一年半，自2023年2月至2024年8月）\n    某县第一中学\n"
        "        周振宇（某省常州高级中学）挂职任副校长\n        孙婷婷（某市第二中学）挂职任教务处副主任\n"
    )
    assert events(body) == [
        ("appoint", "周振宇", "某县第一中学副校长"),
        ("appoint", "孙婷婷", "某县第一中学教务处副主任"),
    ]
    table = (
        "决定：\n序号  公司名称                  姓名    任职              免职\n"
        "1     某县城乡建设开发有限公司  杨昆    董事长            总经理\n"
    )
    assert events(table) == [
        ("appoint", "杨昆", "某县城乡建设开发有限公司董事长"),
        ("remove", "杨昆", "某县城乡建设开发有限公司总经理"),
    ]


def test_a_table_of_village_secretaries_a_seat_table_set_out_with_spaces_and_a_promotion_as_a_reason():
    villages = (
        "决定选派以下同志担任驻村第一书记：\n"
        "序号  姓名    性别    派出单位及职务                派驻乡镇（街道）  派驻村（社区）   驻村职务\n"
        "1     李光耀  男      县财政局预算股股长            大井镇           石头寨村         第一书记\n"
    )
    assert events(villages) == [("appoint", "李光耀", "大井镇石头寨村第一书记")]
    seats = (
        "各专门委员会组成如下：\n 专门委员会          主任委员（召集人）       委员\n"
        " 战略委员会          罗长林                   邓晓东、杨帆\n"
        "审计委员会召集人丁立平先生为会计专业人士。"
    )
    found, _ = read(seats)  # (the last sentence, no decision, may wait for a person; it yields nothing)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "罗长林", "战略委员会主任委员"),
        ("appoint", "邓晓东", "战略委员会委员"),
        ("appoint", "杨帆", "战略委员会委员"),
    ]
    reason = "（二）娜仁同志因提拔任职，不再担任某镇野马村第一书记，由朱晓梅同志接任。"
    assert events("决定：\n" + reason) == [
        ("remove", "娜仁", "某镇野马村第一书记"),
        ("appoint", "朱晓梅", "某镇野马村第一书记"),
    ]


def test_a_part_by_two_verbs_one_in_brackets():
    body = (
        "决定：\n　　一、聘任（续聘）\n　　沈建华同志为某镇农业农村服务中心主任；\n　　续聘严国强同志为某镇文化站站长。"
    )
    assert events(body) == [("appoint", "沈建华", "某镇农业农村服务中心主任"), ("appoint", "严国强", "某镇文化站站长")]


def test_a_units_roster_line_of_titles_each_with_a_name_and_aid_doctors_sent_by_a_body():
    body = (
        "决定聘任以下同志为新一届科室负责人：\n一、外科系统\n    普外科：主任 黎建军   副主任 胡  涛\n"
        "    骨科：主任 周少军   副主任 涂文辉\n以上受聘人员原担任的科室职务自然解聘。"
    )
    assert events(body) == [
        ("appoint", "黎建军", "普外科主任"),
        ("appoint", "胡涛", "普外科副主任"),
        ("appoint", "周少军", "骨科主任"),
        ("appoint", "涂文辉", "骨科副主任"),
    ]
    aid = "决定：\n北京大学第三医院援疆专家周立群同志挂职任院长助理、骨科主任；"
    assert events(aid) == [("appoint", "周立群", "院长助理"), ("appoint", "周立群", "骨科主任")]


def test_an_elected_post_left_to_the_legal_procedure_and_a_probationary_post_with_its_reason():
    body = (
        "免去谢明辉同志的中共某镇委员会书记职务，其某镇人民政府镇长职务按法定程序办理。\n"
        "免去：\n陈新民的某县人民政府办公室副主任试用职务（试用期考核不称职）。"
    )
    assert events(body) == [
        ("remove", "谢明辉", "中共某镇委员会书记"),
        ("remove", "陈新民", "某县人民政府办公室副主任"),
    ]


def test_a_tab_table_going_on_one_cell_per_line_after_a_page_footer():
    body = (
        "聘任人员名单\n序号\t姓名\t聘任职务\t备注\n1\t田志刚\t党政办公室主任\n"
        "— 2 —\n\n8\n杜建军\n医药卫生学院院长\n\n9\n阿依古丽·买\n买提\n继续教育学院副院长\n新提任\n"
        "\n10\n马永福\n财务处处长\n"
    )
    assert events("决定：\n" + body) == [
        ("appoint", "田志刚", "党政办公室主任"),
        ("appoint", "杜建军", "医药卫生学院院长"),
        ("appoint", "阿依古丽·买买提", "继续教育学院副院长"),
        ("appoint", "马永福", "财务处处长"),
    ]


def test_a_group_sent_to_villages_listed_in_an_annex_table_of_townships_and_villages():
    # no post column: each holds the group's title at the township and village of the row, a
    # township's merged cell written once; 其 after a group named before is that group
    body = (
        "现将有关事项通知如下：\n"
        "一、选派杨振东等2名同志任驻村第一书记（名单见附件1），任期两年。\n"
        "二、柴永福等1名同志召回派出单位，免去其驻村第一书记职务（名单见附件2）。\n"
        "附件1\n某县驻村第一书记选派名单\n"
        "序号\t乡镇\t所驻村\t姓名\t派出单位及职务\t备注\n"
        "1\t头寨镇\t杨崖村\t杨振东\t县发展和改革局二级主任科员\t\n"
        "2\t\t马岔村\t苟文杰\t县自然资源局干部\t女\n"
        "附件2\n某县召回驻村第一书记名单\n"
        "序号\t乡镇\t所驻村\t姓名\t派出单位\t召回原因\n"
        "1\t中川镇\t高堡村\t柴永福\t县财政局\t任期届满\n"
    )
    assert events(body) == [
        ("appoint", "杨振东", "头寨镇杨崖村第一书记"),
        ("appoint", "苟文杰", "头寨镇马岔村第一书记"),
        ("remove", "柴永福", "中川镇高堡村第一书记"),
    ]


def test_resignations_one_per_line_unpunctuated_with_a_reason_of_a_term_ended():
    body = (
        "五、接受辞职\n"
        "接受文胜利因挂职期满辞去某县人民政府副县长职务的请求\n"
        "接受潘德明因工作调动辞去某县人民检察院检察长职务的请求\n"
    )
    assert events(body) == [
        ("remove", "文胜利", "某县人民政府副县长"),
        ("remove", "潘德明", "某县人民检察院检察长"),
    ]


def test_two_reasons_joined_by_qie_are_one_adjunct():
    body = "二、不再续聘人员\n消化内科主任曾国强、检验科主任伍建设因聘期届满且已到龄，不再续聘。"
    assert events(body) == [("remove", "曾国强", "消化内科主任"), ("remove", "伍建设", "检验科主任")]


def test_a_correction_of_one_word_after_the_clause_quoted_and_a_comma():
    body = (
        "我市2024年4月12日印发的《关于李建华等同志职务任免的通知》中，部分内容有误，现更正如下：\n"
        "一、第七项“任命贺志强为某市统计局副局长”中，姓名“贺志强”有误，应为“贺智强”。\n"
        "二、“任命吴佳琪为某镇人民政府副镇长（正科级）”中，“正科级”应为“副科级”。\n"
    )
    assert events(body) == [
        ("appoint", "贺智强", "某市统计局副局长"),
        ("appoint", "吴佳琪", "某镇人民政府副镇长"),
    ]


def test_a_part_label_of_confirmations_is_no_part_of_its_first_sentence():
    body = (
        "经县委研究决定：\n一、免职\n免去郭振华同志的某办公室副主任职务。\n"
        "二、试用期满任职\n任芳同志试用期满，经考核合格，正式任命为某镇党委副书记。\n"
    )
    assert events(body) == [
        ("remove", "郭振华", "某办公室副主任"),
        ("confirm", "任芳", "某镇党委副书记"),
    ]


def test_a_spaced_table_with_a_region_column_and_a_term_column():
    body = (
        "现将挂职任职名单通知如下：\n"
        " 序号   地区       姓名           派出单位及职务                      挂职职务                 挂职时间\n"
        "  1                周晓宇    某大学化学工程学院副教授            阿坝州经济和信息化局副局长\n"
        "  2     阿坝州     林雨桐    某研究所副研究员                    阿坝州林业和草原局副局长\n"
        "  3                欧阳婧    某大学动物科技学院副教授            甘孜州农牧农村局副局长        一年\n"
    )
    found = read(body)[0]
    assert [(e.person, e.post) for e in found] == [
        ("周晓宇", "阿坝州经济和信息化局副局长"),
        ("林雨桐", "阿坝州林业和草原局副局长"),
        ("欧阳婧", "甘孜州农牧农村局副局长"),
    ]
    assert "挂职一年" in found[2].qualifiers


def test_a_table_one_cell_per_line_whose_remark_cell_is_a_column_word():
    # 新任 under 备注 is a remark, not the next table's header: the rows go on
    body = (
        "聘任下列同志为科室主任：\n序号\n姓名\n性别\n聘任职务\n备注\n"
        "1\n李建军\n男\n心血管内科主任\n续聘\n2\n何志勇\n男\n普通外科主任\n新任\n"
        "3\n龙海燕\n女\n普通外科护士长\n新任\n"
    )
    assert [(p, post) for _, p, post in events(body)] == [
        ("李建军", "心血管内科主任"),
        ("何志勇", "普通外科主任"),
        ("龙海燕", "普通外科护士长"),
    ]


def test_a_list_announced_as_appointments_then_rosters_under_unit_headings():
    body = (
        "现将新一届研究所领导班子聘任事项通知如下：\n一、农作物研究所\n"
        "　　所　长：马文礼（正处级）\n　　副所长：杨　帆（副处级）\n二、植物保护研究所\n　　所　长：金秀英（正处级）\n"
    )
    assert events(body) == [
        ("appoint", "马文礼", "农作物研究所所长"),
        ("appoint", "杨帆", "农作物研究所副所长"),
        ("appoint", "金秀英", "植物保护研究所所长"),
    ]
    assert events("现将拟聘任人员名单公布如下：\n一、农作物研究所\n　　所　长：马文礼\n") == []


def test_a_row_whose_padded_name_has_a_wider_gap_than_the_row():
    body = "同意正式任职：\n    杨德兵\u3000骨科主任\n    文  涛\u3000护理部副主任\n    田小燕\u3000门诊部主任\n"
    assert [(a, p) for a, p, _ in events(body)] == [("confirm", "杨德兵"), ("confirm", "文涛"), ("confirm", "田小燕")]


def test_a_post_left_to_a_congress_after_a_comma_is_no_removal_and_militia_titles():
    body = (
        "免去：\n免去阮志明同志的党组书记职务；\n"
        "阮志明同志的县人民法院院长职务，由县人民代表大会常务委员会依法办理。\n"
        "任命：\n李长山同志任某镇人民武装部部长，兼任某镇民兵营营长。\n"
    )
    assert events(body) == [
        ("remove", "阮志明", "党组书记"),
        ("appoint", "李长山", "某镇人民武装部部长"),
        ("appoint", "李长山", "某镇民兵营营长"),
    ]


def test_aid_doctors_listed_with_their_home_units_in_brackets_then_the_post():
    body = (
        "经院党委会研究，决定：\n三、下列同志挂职任科室主任（副主任），挂职时间一年半：\n"
        "    楼志刚（杭州市第一人民医院）    消化内科主任\n"
        "    徐晶晶（宁波市第二医院）        儿科副主任\n"
    )
    assert events(body) == [("appoint", "楼志刚", "消化内科主任"), ("appoint", "徐晶晶", "儿科副主任")]


def test_an_age_reached_a_class_unnamed_and_a_title_held_in_brackets_before_the_name():
    body = (
        "决定聘任下列同志：\n    神经内科：副主任（主持工作）叶海波*\n"
        "    同时，免去陈志远同志的泌尿外科主任职务。\n"
        "    原聘任期满的科室负责人，未列入本次聘任名单的，其原聘职务自2024年7月1日起自然免除。\n"
        "四、王美玲同志年满55周岁，不再担任护理部副主任职务。\n"
    )
    assert events(body) == [
        ("appoint", "叶海波", "神经内科副主任"),
        ("remove", "陈志远", "泌尿外科主任"),
        ("remove", "王美玲", "护理部副主任"),
    ]
    assert not read(body)[1]


def test_a_seat_voted_under_a_section_head_tongguo():
    body = "四、免去\n黄永康的检察委员会委员职务。\n五、通过\n杨帆为某市人民代表大会财政经济委员会委员。\n"
    assert events(body) == [
        ("remove", "黄永康", "检察委员会委员"),
        ("appoint", "杨帆", "某市人民代表大会财政经济委员会委员"),
    ]


def test_a_remark_of_two_parts_and_a_probation_after_zhuchi_gongzuo():
    body = (
        "决定：\n序号\t姓名\t聘任职务\t备注\n1\t胡蓉\t心内科护士长\t新聘，试用期一年\n"
        "叶芳同志任仁庄分院副院长，主持工作（试用期一年）。\n"
    )
    found = read(body, dt.date(2024, 3, 4))[0]
    assert [(e.person, e.probation_until) for e in found] == [
        ("胡蓉", dt.date(2025, 3, 4)),
        ("叶芳", dt.date(2025, 3, 4)),
    ]


def test_annex_tables_of_companies_under_groups_told_with_yixia_tongzhi():
    # 附表 as the annex's label; a names-by-post table one cell per line (its row numbers and
    # empty cells lost), under a title column with no verb; a tab table of company and name
    body = (
        "决定：\n一、委派以下同志担任市属国有企业外部董事，任期三年（名单见附表1）。\n"
        "二、免去以下同志的市属国有企业外部董事职务（名单见附表2）。\n"
        "附表1\n外部董事委派名单\n序号\n企业名称\n外部董事\n备注\n\n"
        "某科技城发展投资（集团）有限公司\n何建明（召集人）、赵丽\n何建明为专职外部董事\n\n"
        "某交通发展集团有限责任公司\n罗婷\n\n\n"
        "附表2\n外部董事免职名单\n序号\t企业名称\t姓名\t备注\n"
        "1\t某投资控股（集团）有限公司\t周敏\t任期届满\n"
    )
    found = read(body)[0]
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "何建明", "某科技城发展投资(集团)有限公司外部董事"),
        ("appoint", "赵丽", "某科技城发展投资(集团)有限公司外部董事"),
        ("appoint", "罗婷", "某交通发展集团有限责任公司外部董事"),
        ("remove", "周敏", "某投资控股(集团)有限公司外部董事"),
    ]
    assert "召集人" in found[0].qualifiers


def test_a_group_whose_term_ended_listed_in_an_annex_and_a_bar_table_with_marked_names():
    body = (
        "学校党委研究决定，任命赵敏等3名同志为中层领导干部（名单见附件1）。\n"
        "王德全等1名同志第四轮聘期届满，不再续聘（名单见附件2）。\n附件1\n某大学中层领导干部聘任名单\n"
        "┌───┬────────┬──────┬──────────┐\n│序号│单位      │职务  │姓名      │\n"
        "│ 1 │会计学院  │党委书记│赵  敏    │\n│ 2 │          │副院长│李晓红、邓  超*│\n"
        "└───┴────────┴──────┴──────────┘\n附件2\n聘期届满不再续聘人员名单\n"
        "序号    姓名      原任职务\n1       王德全    会计学院院长\n"
    )
    assert events(body) == [
        ("appoint", "赵敏", "会计学院党委书记"),
        ("appoint", "李晓红", "会计学院副院长"),
        ("appoint", "邓超", "会计学院副院长"),
        ("remove", "王德全", "会计学院院长"),
    ]


def test_posts_that_end_as_their_holder_leaves_or_failed_a_probation():
    body = (
        "决定：\n一、韩冬梅同志因工作需要调离学校，其化学化工学院副院长职务自然解聘。\n"
        "二、马志远同志试用期满考核不称职，免去其试用的保卫处副处长职务。\n"
        "三、赵立峰同志挂职期满，不再担任某处副处长职务；热合曼·吐尔逊同志挂职期满返校，任资源与环境学院副院长。\n"
    )
    assert events(body) == [
        ("remove", "韩冬梅", "化学化工学院副院长"),
        ("remove", "马志远", "保卫处副处长"),
        ("remove", "赵立峰", "某处副处长"),
        ("appoint", "热合曼·吐尔逊", "资源与环境学院副院长"),
    ]


def test_a_resignation_with_effect_under_a_motion_adopted_and_a_recruitment_rule():
    body = (
        "会议审议通过了以下议案：\n一、关于邓建华先生辞去本行董事长等职务的议案\n"
        "邓建华先生因到龄退休，辞去本行董事长、执行董事职务，自本次董事会审议通过之日起生效。\n"
    )
    assert events(body) == [("remove", "邓建华", "本行董事长"), ("remove", "邓建华", "本行执行董事")]
    rule = "四、聘任管理\n聘任人员实行任期制和契约化管理。试用期满考核合格的，正式聘任；考核不合格的，解除聘任关系。\n"
    assert read(rule)[0] == []


def test_a_spaced_table_whose_cell_is_set_out_around_its_row_and_a_reason_column():
    body = (
        "决定聘任：\n序号   姓 名    性别        聘 任 职 务                 备 注\n"
        "13     韦  丽    女     建筑材料检验所所长\n"
        "                        纺织品与服装检验所\n"
        "14     陆文斌    男                                     兼任\n"
        "                        所长\n"
        "不再聘任原职务人员名单\n免去：\n序号   姓 名          原 任 职 务                  原 因\n"
        " 1     李国华     综合办公室主任                 到龄退休\n"
        " 2     覃振宇     人力资源部部长                 岗位调整\n"
    )
    assert events(body) == [
        ("appoint", "韦丽", "建筑材料检验所所长"),
        ("appoint", "陆文斌", "纺织品与服装检验所所长"),
        ("remove", "李国华", "综合办公室主任"),
        ("remove", "覃振宇", "人力资源部部长"),
    ]


def test_a_seat_on_a_board_elided_after_a_party_post_and_a_part_of_terms_ended():
    body = (
        "决定：\n任命吴文同志为某市城市建设发展集团有限公司党委委员，委派为董事；\n"
        "四、聘期届满不再续聘\n周德林同志某排水有限公司总经理聘期届满，不再续聘；\n"
    )
    assert events(body) == [
        ("appoint", "吴文", "某市城市建设发展集团有限公司党委委员"),
        ("appoint", "吴文", "某市城市建设发展集团有限公司董事"),
        ("remove", "周德林", "某排水有限公司总经理"),
    ]


def test_a_table_of_schools_taken_beside_the_post_held_and_a_part_label_under_a_group():
    table = (
        "决定聘任赵国强等2名同志为中小学校长（名单附后）。\n附\n某县中小学校长聘任名单\n"
        "序号\t姓名\t聘任学校及职务\t校长职级\t原任职务\t备注\n"
        "1\t赵国强\t某县第一中学校长\t二级校长\t某县第一中学校长\t续聘\n"
        "2\t刘素芬\t某县第三中学校长\t三级校长\t某县第一中学副校长\t提任\n"
    )
    assert events(table) == [
        ("appoint", "赵国强", "某县第一中学校长"),
        ("appoint", "刘素芬", "某县第三中学校长"),
        ("remove", "刘素芬", "某县第一中学副校长"),
    ]
    parts = (
        "院党委会议研究决定：\n一、聘任以下同志为临床医技科室主任、副主任，聘期三年：\n"
        "（一）内科系统\n1.陈 伟 同志为心血管内科主任；\n2.田晓芳 同志为心血管内科副主任；\n"
    )
    assert events(parts) == [("appoint", "陈伟", "心血管内科主任"), ("appoint", "田晓芳", "心血管内科副主任")]


def test_a_cell_said_as_the_one_above_a_term_of_secondment_ended_and_a_bare_title_held_jian():
    table = (
        "决定：\n序号  姓名    公司名称                              任职      免职      备注\n"
        "1     李明    某市城市和交通建设投资集团有限公司    董事长    —         —\n"
        "2     钟晓辉  同上                                  总经理    —         试用期一年\n"
    )
    assert events(table) == [
        ("appoint", "李明", "某市城市和交通建设投资集团有限公司董事长"),
        ("appoint", "钟晓辉", "某市城市和交通建设投资集团有限公司总经理"),
    ]
    body = (
        "委派谷雨晴为某交通投资集团有限公司外部董事；\n"
        "崔永胜委派期限届满，不再委派其担任某交通投资集团有限公司外部董事。\n"
        "蔡雪梅任某能源集团有限公司总法律顾问（兼首席合规官）。\n"
    )
    assert events(body) == [
        ("appoint", "谷雨晴", "某交通投资集团有限公司外部董事"),
        ("remove", "崔永胜", "某交通投资集团有限公司外部董事"),
        ("appoint", "蔡雪梅", "某能源集团有限公司总法律顾问"),
        ("appoint", "蔡雪梅", "某能源集团有限公司首席合规官"),
    ]


def test_an_annex_table_of_units_by_title_with_a_unit_begun_above_its_row():
    body = (
        "决定聘任陆海峰等6名同志为第三届研究室（中心）主任、副主任，名单见附件。\n"
        "附件\n某所第三届研究室（中心）主任、副主任名单\n"
        "研究室（中心）\t主任\t副主任\n渔业资源研究室\t陆海峰\t顾晓明、朱丹\n"
        "水产品加工与质量\n安全研究室\t许志远（兼）\t吴岚\n海洋生态环境监测中心\t——\t孙立新（主持工作）\n"
    )
    assert events(body) == [
        ("appoint", "陆海峰", "渔业资源研究室主任"),
        ("appoint", "顾晓明", "渔业资源研究室副主任"),
        ("appoint", "朱丹", "渔业资源研究室副主任"),
        ("appoint", "许志远", "水产品加工与质量安全研究室主任"),
        ("appoint", "吴岚", "水产品加工与质量安全研究室副主任"),
        ("appoint", "孙立新", "海洋生态环境监测中心副主任"),
    ]


def test_a_units_roster_line_with_one_title_and_name_apart_by_spaces():
    body = (
        "决定聘任：\n    一、内科系统\n    心血管内科：主任  邹建华；副主任  吴小平、饶  敏\n"
        "    神经内科：主任  艾志刚\n    消化内科：副主任  曾宪辉（主持工作）\n"
    )
    assert events(body) == [
        ("appoint", "邹建华", "心血管内科主任"),
        ("appoint", "吴小平", "心血管内科副主任"),
        ("appoint", "饶敏", "心血管内科副主任"),
        ("appoint", "艾志刚", "神经内科主任"),
        ("appoint", "曾宪辉", "消化内科副主任"),
    ]


def test_an_annex_of_removals_one_cell_per_line_with_the_post_held_and_a_reason():
    body = (
        "附件2\n解聘人员名单\n序号\n姓名\n原任职务\n解聘原因\n\n田淑珍\n肾病科护士长\n到龄退休\n\n"
        "刘晓红\n妇产科护士长\n本人申请\n"
    )
    assert events(body) == [("remove", "田淑珍", "肾病科护士长"), ("remove", "刘晓红", "妇产科护士长")]


def test_probations_of_a_marked_class_with_a_bracket_and_of_new_appointees_named():
    body = (
        "聘任下列同志担任护士长（副护士长）职务。新聘护士长（副护士长）试用期六个月。\n"
        "序号\t姓名\t科室\t聘任职务\t备注\n1\t张敏\t产科\t护士长\t新聘\n2\t李娟\t儿科\t护士长\t续聘\n"
        "任命唐静为医务部副主任；任命王强为财务部主任。新提任的唐静同志试用期一年。\n"
    )
    found = {(e.person, e.post): e.probation for e in read(body, dt.date(2024, 7, 1))[0]}
    assert found == {
        ("张敏", "产科护士长"): "试用期六个月",
        ("李娟", "儿科护士长"): None,
        ("唐静", "医务部副主任"): "试用期一年",
        ("王强", "财务部主任"): None,
    }


def test_who_assesses_the_acting_one_is_no_removal():
    body = (
        "决定：\n免去黄晓军同志的某县统计局局长职务（辞职）。\n"
        "代理职务时间一般不超过一年，代理期间由县委组织部、县人力资源和社会保障局进行考察。\n"
    )
    assert events(body) == [("remove", "黄晓军", "某县统计局局长")]


def test_a_removal_said_by_law_yifa_mianchu():
    body = "二、经某县人民法院院长提请，依法免除赵长林、包国庆的某县人民法院人民陪审员职务。\n"
    assert events(body) == [
        ("remove", "赵长林", "某县人民法院人民陪审员"),
        ("remove", "包国庆", "某县人民法院人民陪审员"),
    ]


def test_the_last_item_of_name_comma_post_lines_is_no_heading():
    body = "以下同志聘期届满，不再续聘：\n    赵光明，骨一科主任；\n    褚玉华，儿科护士长。\n"
    assert events(body) == [("remove", "赵光明", "骨一科主任"), ("remove", "褚玉华", "儿科护士长")]


def test_a_probation_end_said_after_its_start_and_a_secondee_described_by_a_calling():
    body = (
        "决定：\n任命孟晓雯为某科主任；任命丁慧兰为某科副主任。\n"
        "孟晓雯、丁慧兰同志为新提任干部，试用期一年，自2024年3月1日起至2025年2月28日止。\n"
        "选派某市中心医院副主任医师寇乐同志到某县卫生健康局挂职任副局长，挂职时间二年。\n"
    )
    found = read(body, dt.date(2024, 2, 20))[0]
    assert [(e.person, e.post, e.probation_until) for e in found] == [
        ("孟晓雯", "某科主任", dt.date(2025, 2, 28)),
        ("丁慧兰", "某科副主任", dt.date(2025, 2, 28)),
        ("寇乐", "某县卫生健康局副局长", None),
    ]


def test_a_rank_in_brackets_before_jian_closes_the_first_of_two_posts():
    # (b139/03) the rank qualifies the first post; the second title is of the same body
    found = read("任命沈毓秀为商务部国际贸易谈判副代表（正部长级）兼副部长。\n")[0]
    assert [(e.person, e.post, e.rank) for e in found] == [
        ("沈毓秀", "商务部国际贸易谈判副代表", "正部长级"),
        ("沈毓秀", "商务部副部长", None),
    ]


def test_a_name_may_hold_shu():
    # (b139/14) 述 is in names (冯述); 上述 and 所述 are no names
    assert events("任命：\n冯述为某省人民代表大会常务委员会代表工作委员会主任。\n") == [
        ("appoint", "冯述", "某省人民代表大会常务委员会代表工作委员会主任")
    ]


def test_probations_ended_then_each_confirmed_by_name_leave_nothing_open():
    # (b139/10) the first clause names no post; the decision after names each one's
    body = (
        "尉永刚、武丽珍同志试用期已满，经考核合格，\n省人民政府决定：尉永刚同志正式任某省财政厅副厅长，\n"
        "武丽珍同志正式任某省商务厅副厅长。\n"
    )
    found, issues = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("confirm", "尉永刚", "某省财政厅副厅长"),
        ("confirm", "武丽珍", "某省商务厅副厅长"),
    ]
    assert issues == []


def test_a_correction_quoted_in_straight_quotes_reads_as_in_curly_ones():
    # (b140/10) 原文"…"，更正为"…；…": the right text's two clauses, the wrong one quoted
    body = (
        '一、原文"任命陈浩、朱燕为某县就业管理服务中心副主任（试用期一年）"，更正为"任命陈浩为某县就业管理服务中心'
        '副主任（试用期一年）；任命朱燕为某县劳动人事争议仲裁院副院长（试用期一年）"。\n'
    )
    assert events(body) == [
        ("appoint", "陈浩", "某县就业管理服务中心副主任"),
        ("appoint", "朱燕", "某县劳动人事争议仲裁院副院长"),
    ]


def test_a_rule_for_those_on_probation_is_no_qualifier():
    # (b140/08) 试用期人员试用期满经考核合格后正式聘任: said of whoever is on probation
    body = "聘任：\n张三为某县某中学校长；\n以上聘任人员聘期三年，试用期人员试用期满经考核合格后正式聘任。\n"
    found, issues = read(body)
    assert [(e.person, e.post) for e in found] == [("张三", "某县某中学校长")] and issues == []


def test_renewals_under_a_unit_heading_are_appointments():
    # (b141/21) 续聘: / (一)某公司 / 于德水同志续聘为总经理
    body = "一、续聘\n（一）某林业局有限公司\n于德水同志续聘为总经理；\n张国兴、房立春同志续聘为副总经理。\n"
    assert events(body) == [
        ("appoint", "于德水", "某林业局有限公司总经理"),
        ("appoint", "张国兴", "某林业局有限公司副总经理"),
        ("appoint", "房立春", "某林业局有限公司副总经理"),
    ]


def test_a_board_electing_its_committees_as_follows_opens_their_rosters():
    # (b141/06) 董事会同意选举…委员如下: / 董事会战略委员会:主任委员陈立新;委员沈国平、刘晓峰
    body = (
        "董事会同意选举第五届董事会各专门委员会委员如下：\n1、董事会战略委员会：主任委员陈立新；委员沈国平、刘晓峰；\n"
    )
    assert events(body) == [
        ("appoint", "陈立新", "董事会战略委员会主任委员"),
        ("appoint", "沈国平", "董事会战略委员会委员"),
        ("appoint", "刘晓峰", "董事会战略委员会委员"),
    ]


def test_a_units_items_broken_inside_a_name_or_a_title_are_glued():
    # (b142/06) 文学院:周晓光任院长;刘洁、孟繁 / 宇任副院长: items after a unit, no roster line
    body = "任命：\n1.文学院：周晓光任院长；刘洁、孟繁\n宇任副院长。\n2.数学科学学院：郝丽娜任副院\n长。\n"
    assert events(body) == [
        ("appoint", "周晓光", "文学院院长"),
        ("appoint", "刘洁", "文学院副院长"),
        ("appoint", "孟繁宇", "文学院副院长"),
        ("appoint", "郝丽娜", "数学科学学院副院长"),
    ]


def test_posts_said_to_stay_unchanged_are_no_removal():
    # (b142/05) after a list of removals: 其在派出单位的职务保持不变
    body = (
        "免去下列同志职务：\n1.黄小燕同志的妇产科副主任职务。\n援疆专家在我院任职期间，其在派出单位的职务保持不变。\n"
    )
    assert events(body) == [("remove", "黄小燕", "妇产科副主任")]


def test_a_probation_extended_is_not_confirmed():
    # (b142/10) 试用期满，考核基本称职，延长试用期六个月: not confirmed; the appointment goes on, to a new end
    # (most writers' keys read it so: 17 files against 5)
    body = "三、杨卫平同志（肺病科副主任）试用期满，考核基本称职，延长试用期六个月（至2020年10月），期满后再行考核。\n"
    found, _ = read(body)
    assert [(e.action, e.person, e.post, e.probation_until) for e in found] == [
        ("appoint", "杨卫平", "肺病科副主任", dt.date(2020, 10, 31))
    ]
    confirmed = "四、赵慧同志（骨伤科副主任）试用期满，考核合格，予以正式聘任。\n"
    assert events(confirmed) == [("confirm", "赵慧", "骨伤科副主任")]


def test_the_right_text_after_a_colon_takes_the_corrected_notices_day():
    # (b141/18) …印发的《…》中，“…”有误，现更正为：/ the right text, unquoted, on its own line
    body = (
        "我委2022年7月11日印发的《关于张宏斌等同志职务任免的通知》（某建投党干〔2022〕23号）中，"
        "“雷振武同志任某置业有限公司党支部书记、经理”有误，现更正为：\n"
        "雷振武同志任某置业有限公司执行董事（试用期一年）。\n"
        "免去刘洋同志的某置业有限公司经理职务。\n"
    )
    found, issues = read(body, dt.date(2022, 7, 15))
    assert not issues
    assert [(e.person, e.post, e.effective, e.probation_until, "更正" in e.manner) for e in found] == [
        ("雷振武", "某置业有限公司执行董事", dt.date(2022, 7, 11), dt.date(2023, 7, 11), True),
        # the next sentence is this notice's own decision, on its own day
        ("刘洋", "某置业有限公司经理", dt.date(2022, 7, 15), None, False),
    ]


def test_tong_is_a_surname_but_not_in_the_words_it_opens():
    # (b141/18) 同宏伟同志任…: 同 opens a name; 同时 and 同意 open no name
    body = (
        "同宏伟同志任集团公司工程管理部部长，免去其集团公司安全质量环保部部长职务；同时免去李明同志的某部副部长职务。"
    )
    assert events(body) == [
        ("appoint", "同宏伟", "集团公司工程管理部部长"),
        ("remove", "同宏伟", "集团公司安全质量环保部部长"),
        ("remove", "李明", "某部副部长"),
    ]


def test_a_part_labelled_by_who_proposed_it_and_a_courts_own_titles():
    # (b143/12) 一、市中级人民法院院长提请任免的人员 / 盐城市中级人民法院 / 任命：…: the label is no
    # body and no decision; 审判员 is the court's, never its division's (行政审判庭副庭长、审判员)
    body = (
        "一、市中级人民法院院长提请任免的人员\n盐城市中级人民法院\n任命：\n夏长林为行政审判庭副庭长、审判员；\n"
        "二、市人民检察院检察长提请任免的人员\n盐城市人民检察院\n任命：\n吉晓光为第二检察部主任、检察员。\n"
        "三、提请批准任免的人员\n批准任命王海鸥为射阳县人民检察院检察长。\n"
    )
    assert events(body) == [
        ("appoint", "夏长林", "盐城市中级人民法院行政审判庭副庭长"),
        ("appoint", "夏长林", "盐城市中级人民法院审判员"),
        ("appoint", "吉晓光", "盐城市人民检察院第二检察部主任"),
        ("appoint", "吉晓光", "盐城市人民检察院检察员"),
        ("appoint", "王海鸥", "射阳县人民检察院检察长"),
    ]


def test_on_whose_proposal_a_decision_rests_is_no_item_of_the_list_before():
    # (b143/15) after a sentence of removals: 根据县监察委员会主任郑国良的提请(…),会议决定:
    body = (
        "会议决定：\n免去徐卫平的某县经济和信息化局局长职务。\n"
        "根据县监察委员会主任郑国良的提请（仙监提〔2024〕2号），会议决定：\n任命李东升为某县监察委员会副主任。"
    )
    assert events(body) == [
        ("remove", "徐卫平", "某县经济和信息化局局长"),
        ("appoint", "李东升", "某县监察委员会副主任"),
    ]


def test_resignations_accepted_with_le_and_chained_by_their_requests():
    # (b143/05) 会议于…接受了A辞去X职务的请求、B辞去Y职务的请求
    body = (
        "蓬壶镇第十八届人民代表大会第四次会议于2024年1月9日接受了林振辉因工作调动辞去蓬壶镇人民政府镇长职务的请求、"
        "颜淑芬辞去蓬壶镇人民代表大会副主席职务的请求。"
    )
    assert events(body) == [
        ("remove", "林振辉", "蓬壶镇人民政府镇长"),
        ("remove", "颜淑芬", "蓬壶镇人民代表大会副主席"),
    ]


def test_first_secretaries_sent_by_a_table_and_called_back_by_a_list():
    # (b144/05) 派出单位及职务 describes them; 驻村任职 is the post; then a list of those whose term ended
    body = (
        "选派以下2名同志到村任第一书记：\n序号\t姓名\t派出单位及职务\t驻村任职\n"
        "1\t赵　强\t县财政局四级主任科员\t哈达铺镇马家村党支部第一书记\n"
        "2\t马小军\t县自然资源局一级科员\t哈达铺镇杨家坪村党支部第一书记\n"
        "以下同志驻村任职期满，免去其第一书记职务，回原单位工作：\n1．陈宏（哈达铺镇马家村党支部第一书记）；\n"
        "2．牛建军（理川镇石门村党支部第一书记）。\n"
    )
    assert events(body) == [
        ("appoint", "赵强", "哈达铺镇马家村党支部第一书记"),
        ("appoint", "马小军", "哈达铺镇杨家坪村党支部第一书记"),
        ("remove", "陈宏", "哈达铺镇马家村党支部第一书记"),
        ("remove", "牛建军", "理川镇石门村党支部第一书记"),
    ]


def test_aid_cadres_batch_after_the_verb_and_parts_labelled_by_kind():
    # (b145/02) 免去第九批援藏干部陈俊杰同志的…: what the person came as, between verb and name
    body = (
        "任命：\n次仁旺堆同志任中共江孜县江孜镇委员会书记；\n"
        "免去第九批援藏干部马骏同志的日喀则市发展和改革委员会副主任职务。"
    )
    assert events(body) == [
        ("appoint", "次仁旺堆", "中共江孜县江孜镇委员会书记"),
        ("remove", "马骏", "日喀则市发展和改革委员会副主任"),
    ]
    # (b145/06, 15) 五、县级部门 / 二、任免职务: a label of the part, never glued to its first item
    body = (
        "二、乡镇\n张建国任某县某镇党委书记；\n四、县级部门\n瓦其日体　任昭觉县民族宗教事务局党组书记。\n"
        "五、任免职务\n七林农布同志任某乡党委书记。"
    )
    assert events(body) == [
        ("appoint", "张建国", "某县某镇党委书记"),
        ("appoint", "瓦其日体", "昭觉县民族宗教事务局党组书记"),
        ("appoint", "七林农布", "某乡党委书记"),
    ]


def test_revocations_of_an_appointment_written_as_a_clause_or_by_a_meeting():
    # (b144/22) 撤销《…》(…)对孙浩同志任X的任职决定; (b144/17) 撤销(a meeting of many words)关于任命…的决定
    body = (
        "决定撤销《关于王庆丰等同志任职的通知》（江宁教〔2024〕61号）对孙浩同志任南京市江宁区秣陵中学副校长的任职决定。"
    )
    assert events(body) == [("remove", "孙浩", "南京市江宁区秣陵中学副校长")]
    body = "撤销县第十八届人民代表大会常务委员会第十二次会议关于任命刘志鹏为桃源县人民法院审判员的决定。"
    assert events(body) == [("remove", "刘志鹏", "桃源县人民法院审判员")]


def test_seconded_by_挂职担任_and_a_doctor_described_by_grade():
    # (b144/01, 20) 挂职担任 as 挂职任; 心内科主任医师钟卫平同志: the grade is no part of the name
    body = "会议决定：\n林雅婷同志挂职担任兴国县卫生健康委员会副主任（挂职两年）；"
    assert events(body) == [("appoint", "林雅婷", "兴国县卫生健康委员会副主任")]
    body = (
        "选派潍坊市人民医院心内科主任医师钟卫平同志到临朐县人民医院帮扶，挂职任临朐县人民医院副院长（帮扶期限一年）；"
    )
    assert [(a, p) for a, p, _ in events(body)] == [("appoint", "钟卫平")]


def test_a_name_glued_to_the_posts_it_leaves_is_read_not_dropped():
    # (b142/14) 免去周国平学生处处长、武装部部长职务: no 同志 or 的 between name and posts
    assert events("决定免去周国平学生处处长、武装部部长职务。") == [
        ("remove", "周国平", "学生处处长"),
        ("remove", "周国平", "武装部部长"),
    ]
    # a name glued to a place written apart elsewhere keeps to the known body (宁静 / 齐齐哈尔市…)
    body = "决定免去孟庆林齐齐哈尔市工业和信息化局局长职务。\n免去宁静齐齐哈尔市中级人民法院审判员职务。"
    assert [p for _, p, _ in events(body)] == ["孟庆林", "宁静"]


def test_a_tab_tables_cells_wrapped_far_in_with_their_own_marks_stay_in_the_row():
    # (b146/04) a 备注 cell wrapped onto lines of its own, indented by its tabs, holding ；
    body = (
        "附件\n序号\t姓名\t任职\t免职\t备注\n"
        "1\t刘志平\t洋溪镇党委书记\t槎溪镇党委副书记\t按法定程序辞去槎溪\n\t\t\t\t镇镇长职务\n"
        "2\t曾德华\t槎溪镇党委副书记\t琅塘镇党委委员\t提名为槎溪镇镇长候\n\t\t\t\t选人；按法定程序辞\n\t\t\t\t去琅塘镇副镇长职务\n"
        "3\t谢丽君（女）\t科头乡党委委员、纪\t县纪委第三纪\t\n\t\t委书记\t检监察室副主任\t\n"
    )
    assert events(body)[4:] == [
        ("appoint", "谢丽君", "科头乡党委委员"),
        ("appoint", "谢丽君", "科头乡纪委书记"),
        ("remove", "谢丽君", "县纪委第三纪检监察室副主任"),
    ]


def test_a_table_of_appointments_with_parts_across_it_and_a_bracket_in_a_label():
    # (b148/13) 任命(决定任命)职务 is the 任命职务 column; 三、桐梓县人民法院 spans the table: its rows'
    # bare titles are the court's
    body = (
        "序号\t姓名\t性别\t任命（决定任命）职务\t免去职务\t备注\n"
        "一、县人民政府组成部门\n1\t令狐建国\t男\t桐梓县发展和改革局局长\t桐梓县工业和信息化局局长\t\n"
        "三、桐梓县人民法院\n8\t袁伟\t男\t副院长、审判员\t\t\n9\t何明\t男\t\t审判委员会委员\t调任\n"
    )
    assert events(body) == [
        ("appoint", "令狐建国", "桐梓县发展和改革局局长"),
        ("remove", "令狐建国", "桐梓县工业和信息化局局长"),
        ("appoint", "袁伟", "桐梓县人民法院副院长"),
        ("appoint", "袁伟", "桐梓县人民法院审判员"),
        ("remove", "何明", "桐梓县人民法院审判委员会委员"),
    ]


def test_a_rotation_table_and_branches_side_by_side():
    # (b149/14) 原任职务 | 交流后职务: the old post ends, the new is taken; 积善支行副行长、文峰支行副行长
    body = (
        "序号\t姓名\t原任职务\t交流后职务\t备注\n1\t何永强\t龙门支行行长\t李渡支行行长\t\n"
        "任命张三为某银行积善支行行长、文峰支行副行长。"
    )
    assert events(body) == [
        ("appoint", "何永强", "李渡支行行长"),
        ("remove", "何永强", "龙门支行行长"),
        ("appoint", "张三", "某银行积善支行行长"),
        ("appoint", "张三", "某银行文峰支行副行长"),
    ]


def test_seats_elected_listed_under_a_numbered_label():
    # (b149/21) …选举产生了第四届理事会、监事会。…如下： / 一、第四届理事会理事(按姓氏笔画为序) / names
    body = (
        "会议以无记名投票方式选举产生了第四届理事会、监事会。现将有关情况公告如下：\n"
        "一、第四届理事会理事（按姓氏笔画为序）\n王晓东（职工理事）　卫建勋\n二、第四届监事会监事\n尉立民　关二平\n"
    )
    assert events(body) == [
        ("appoint", "王晓东", "第四届理事会理事"),
        ("appoint", "卫建勋", "第四届理事会理事"),
        ("appoint", "尉立民", "第四届监事会监事"),
        ("appoint", "关二平", "第四届监事会监事"),
    ]


def test_postings_withdrawn_and_hong_kong_appointments():
    # (b149/11) 二、收回委派： / A同志的X职务; (b141/24) 收回对X的Y委派; (b149/19) 委任X为Y, and a fellowship
    body = "二、收回委派：\n1．吴丽娟同志的某城市建设有限公司财务总监职务，另有任用；\n"
    assert events(body) == [("remove", "吴丽娟", "某城市建设有限公司财务总监")]
    body = "三、收回委派\n①收回对蒙德华的某康养产业有限公司财务总监委派，退休；"
    assert events(body) == [("remove", "蒙德华", "某康养产业有限公司财务总监")]
    body = (
        "董事会宣布，委任苏嘉欣女士为本行联席公司秘书，自2024年6月28日起生效。"
        "苏嘉欣女士为香港公司治理公会及英国特许公司治理公会会士。"
    )
    assert events(body) == [("appoint", "苏嘉欣", "本行联席公司秘书")]


def test_posts_left_to_procedure_and_a_decision_verb_before_a_narrative_clause():
    # (b147/11, 16) 其某镇镇长职务按法律程序办理免职手续: another body's step; (b147/17, 13) 决定X同志任…,
    # 确定X同志为一级主任科员 (a rank, no post)
    body = "余华东同志任金刚台镇党委书记，其金刚台镇镇长职务按法律程序办理免职手续；"
    assert events(body) == [("appoint", "余华东", "金刚台镇党委书记")]
    body = "经县委研究，决定王保平同志任中共岢岚县委办公室主任，免去其县委督查室主任职务。"
    assert events(body) == [
        ("appoint", "王保平", "中共岢岚县委办公室主任"),
        ("remove", "王保平", "县委督查室主任"),
    ]
    body = "任命：\n林佩佩同志为市直机关工委办公室副主任；\n另，确定林佩佩同志为一级主任科员。"
    assert events(body) == [("appoint", "林佩佩", "市直机关工委办公室副主任")]


def test_rotations_glued_names_before_places_and_reasons_after_the_removal():
    # (b151/02) 原任职务 | 交流后任职务; (b151/13) 陆晓东桐乡市…: the place a body named elsewhere opens
    # with ends the name; (b151/12) X同志的Y职务予以免去(到龄退休); (b151/14) …，Z职务(退休) after a comma
    body = "序号\t姓名\t原任职务\t交流后任职务\t备注\n1\t汪立群\t某区淝河小学校长\t某区外国语第一实验小学校长\t\n"
    assert events(body) == [
        ("appoint", "汪立群", "某区外国语第一实验小学校长"),
        ("remove", "汪立群", "某区淝河小学校长"),
    ]
    body = "任命张三为桐乡市卫生健康局副局长。\n免去陆晓东桐乡市濮院镇社区卫生服务中心主任职务；"
    assert events(body)[1:] == [("remove", "陆晓东", "桐乡市濮院镇社区卫生服务中心主任")]
    found, _ = read("袁志军同志的陇阳学区校长职务予以免去（到龄退休）。")
    assert [(e.person, e.post, e.qualifiers) for e in found] == [("袁志军", "陇阳学区校长", ["到龄退休"])]
    body = "免去黄立强同志的中共某市中心医院委员会委员，某市中心医院院长职务（退休）；"
    assert events(body) == [
        ("remove", "黄立强", "中共某市中心医院委员会委员"),
        ("remove", "黄立强", "某市中心医院院长"),
    ]


def test_a_table_of_moves_with_a_column_saying_which_way_and_its_legend():
    # (b148/09) 原任职务 | 新任职务 | 任免: 任 the new post only, 免 the old only, 任免 both; the note on it
    body = (
        "序号  姓名    原任职务                  新任职务                  任免  备注\n"
        "1     朱永红  某县财政局副局长          某县财政局局长            任免\n"
        "2     汪建林  某县财政局局长            —                         免    到龄退出领导岗位\n"
        "4     余国平  某县凰岗镇党委副书记      某县乡村振兴服务中心主任  任\n"
        "注：任免栏“任”为任新任职务，“免”为免去原任职务，“任免”为任新任职务并免去原任职务。\n"
    )
    found, issues = read(body)
    assert sorted((e.action, e.person, e.post) for e in found) == [
        ("appoint", "余国平", "某县乡村振兴服务中心主任"),
        ("appoint", "朱永红", "某县财政局局长"),
        ("remove", "朱永红", "某县财政局副局长"),
        ("remove", "汪建林", "某县财政局局长"),
    ]
    assert not issues


def test_first_secretaries_described_after_a_mark_and_called_back_then_succeeded():
    # (b154/08) 李建红(女)，县教育局三级主任科员，任…; 召回刘军同志(…)，免去其…；由石磊同志(…)接任…
    body = (
        "一、新选派驻村第一书记（2名）\n1．马文斌，县财政局一级科员，任清源镇城关村党支部第一书记；\n"
        "2．李建红（女），县教育局三级主任科员，任清源镇下寨村党支部第一书记；\n"
        "二、调整驻村第一书记\n1．因工作需要，召回刘军同志（县发展和改革局），免去其秦祁乡秦家村党支部第一书记职务；"
        "由石磊同志（县发展和改革局一级科员）接任秦祁乡秦家村党支部第一书记。\n"
    )
    assert events(body) == [
        ("appoint", "马文斌", "清源镇城关村党支部第一书记"),
        ("appoint", "李建红", "清源镇下寨村党支部第一书记"),
        ("remove", "刘军", "秦祁乡秦家村党支部第一书记"),
        ("appoint", "石磊", "秦祁乡秦家村党支部第一书记"),
    ]


def test_a_congress_list_of_titles_then_names_apart_by_spaces_and_a_sessions_results():
    # (b154/14) a working committee, then 主任　刘　芳 / 副主任　唐明　许丽 under it
    body = (
        "任命：\n  某区人民代表大会常务委员会珞南街道工作委员会\n    主任　陈建平\n"
        "  某区人民代表大会常务委员会关山街道工作委员会\n    主任　刘　芳\n    副主任　唐明　许丽\n"
    )
    assert events(body) == [
        ("appoint", "陈建平", "某区人民代表大会常务委员会珞南街道工作委员会主任"),
        ("appoint", "刘芳", "某区人民代表大会常务委员会关山街道工作委员会主任"),
        ("appoint", "唐明", "某区人民代表大会常务委员会关山街道工作委员会副主任"),
        ("appoint", "许丽", "某区人民代表大会常务委员会关山街道工作委员会副主任"),
    ]


def test_first_secretaries_under_township_headings_and_those_whose_term_ended():
    # (b153/04) 一、梅川镇 / 包勇(县财政局)任永星村党支部第一书记: the township's village; a home body
    # ending 社 or 联; 上一轮选派的下列同志任期届满，不再担任…: / (1)周志明，某村党支部第一书记
    body = (
        "决定选派以下同志担任驻村第一书记：\n一、梅川镇\n1．包勇（县财政局）任永星村党支部第一书记；\n"
        "2．祁永福（县供销社）任下沟村党支部第一书记。\n"
        "上一轮选派的下列同志任期届满，不再担任驻村第一书记：\n（1）周志明，梅川镇永星村党支部第一书记。\n"
    )
    assert events(body) == [
        ("appoint", "包勇", "梅川镇永星村党支部第一书记"),
        ("appoint", "祁永福", "梅川镇下沟村党支部第一书记"),
        ("remove", "周志明", "梅川镇永星村党支部第一书记"),
    ]


def test_seconded_or_acting_after_the_leading_verb():
    # (b155/09) 聘任X同志挂职担任Y; (b146/10) 指定X同志代理书记
    body = "聘任黎国栋同志挂职担任电气与信息工程学院副院长，挂职时间一年。"
    assert events(body) == [("appoint", "黎国栋", "电气与信息工程学院副院长")]
    found, _ = read("１．湖光社区党委\n指定胡斌同志代理书记；")
    assert [(e.person, e.post, "代理" in e.manner) for e in found] == [("胡斌", "湖光社区党委书记", True)]


def test_transliterated_names_with_another_dot_a_space_or_broken_over_lines():
    # ▪ or a full stop for the dot, a space for it, the dot at a line's end, the name broken
    body = (
        "任命:\n1.艾山江▪艾合麦提同志任中共某市委书记;\n2.迪丽努尔•\n阿不力米提(女)为副院长;\n"
        "阿卜杜克热木.阿卜杜热合曼同志为某县水利局局长;\n麦尔旦 艾力同志为某学校校长。\n"
        "接受辞职:\n接受阿迪力•努尔买买\n提辞去某市人民政府副市长职务的请求。"
    )
    got = events(body)
    assert ("appoint", "艾山江·艾合麦提", "中共某市委书记") in got
    assert ("appoint", "迪丽努尔·阿不力米提", "副院长") in got
    assert ("appoint", "阿卜杜克热木·阿卜杜热合曼", "某县水利局局长") in got
    assert ("appoint", "麦尔旦·艾力", "某学校校长") in got
    assert ("remove", "阿迪力·努尔买买提", "某市人民政府副市长") in got
    # a full stop after a post, and two Han names apart by a space, stay as they are
    assert events("任命:\n兰天为审判员.李四为庭长。") == [("appoint", "兰天", "审判员"), ("appoint", "李四", "庭长")]


def test_revocations_a_posting_withdrawn_a_list_of_decisions_voided_and_a_decision_quoted():
    # 收回X同志的Y委派 under its own head
    assert events("二、收回委派\n收回周建国同志的某市水务集团有限公司外部董事委派。") == [
        ("remove", "周建国", "某市水务集团有限公司外部董事")
    ]
    # a notice declared void after it was recounted: each item listed below is revoked
    body = (
        "州人民政府印发的《某州人民政府关于丰建明等同志任职的通知》(某政任〔2022〕15号),因有关人选任职程序"
        "不完备,决定该文件作废,文件中的下列任职决定同时撤销:\n丰建明同志任某州交通运输局局长;\n"
        "余秋菊同志任某州公路局副局长(试用期一年)。"
    )
    assert events(body) == [("remove", "丰建明", "某州交通运输局局长"), ("remove", "余秋菊", "某州公路局副局长")]
    # the quoted decision undone: an appointment by a removal, a removal by the post held again
    body = (
        "决定:\n一、撤销该文件中“图雅同志任某市大数据管理局副局长(试用期一年)”的任职决定。\n"
        "二、撤销该文件中“免去高建军同志的某市大数据管理局副局长职务”的决定。"
    )
    assert events(body) == [
        ("remove", "图雅", "某市大数据管理局副局长"),
        ("appoint", "高建军", "某市大数据管理局副局长"),
    ]


def test_a_confirmation_then_its_list_in_the_next_sentence():
    body = (
        "张立军等2位同志任职试用期已满,经考核合格,学校党委研究决定,\n正式任职。名单如下:\n"
        "　　张立军　　　动物科技学院副院长\n　　李慧敏　　　财务处副处长"
    )
    assert events(body) == [("confirm", "张立军", "动物科技学院副院长"), ("confirm", "李慧敏", "财务处副处长")]


def test_an_aligned_table_of_posts_held_and_taken_with_wrapped_cells_and_its_legend():
    # 现任职务 | 新任职务 | 任免: a cell wrapped onto the next line, three cells wrapped at once,
    # a second post of a cell on a line of its own, and the note saying what the marks mean
    body = (
        "决定对下列同志职务进行任免:\n"
        "序号  姓名      现任职务                      新任职务                      任免    备注\n"
        "1     赵俊峰    某区发展和改革局副局          某区商务局局长                任免\n"
        "                长\n"
        "2     宋志刚    某区自然资源和规划局副        某区住房和城乡建设局局        任免\n"
        "                局长                          长\n"
        "                某区不动产登记中心主任\n"
        "3     常  洁    某区人民政府办公室秘书        某区人民政府办公室副主        任      试用期一\n"
        "                科科长                        任                                    年\n"
        "4     刘志宏    某区市场监督管理局局长                                      免\n"
        "说明:“任”指任新职,原职务不变;“任免”指任新职,同时免去现任职务;“免”指免去现任职务。"
    )
    assert events(body) == [
        ("appoint", "赵俊峰", "某区商务局局长"),
        ("remove", "赵俊峰", "某区发展和改革局副局长"),
        ("appoint", "宋志刚", "某区住房和城乡建设局局长"),
        ("remove", "宋志刚", "某区自然资源和规划局副局长"),
        ("remove", "宋志刚", "某区不动产登记中心主任"),
        ("appoint", "常洁", "某区人民政府办公室副主任"),
        ("remove", "刘志宏", "某区市场监督管理局局长"),
    ]


def test_a_tab_table_with_a_change_column_and_the_name_merged_over_two_rows():
    body = (
        "决定对下列同志职务进行任免。具体如下:\n"
        "序号\t姓名\t任免\t职务\t备注\n"
        "1\t沈一帆\t任\t某城建置业有限公司董事长\t\n"
        "\t\t免\t某城建置业有限公司总经理\t\n"
        "2\t周晓琳\t任\t某城建置业有限公司总经理\t试用期一年\n"
        "3\t潘　红\t任\t某城建水务有限公司董事、总经理\t\n"
    )
    assert events(body) == [
        ("appoint", "沈一帆", "某城建置业有限公司董事长"),
        ("remove", "沈一帆", "某城建置业有限公司总经理"),
        ("appoint", "周晓琳", "某城建置业有限公司总经理"),
        ("appoint", "潘红", "某城建水务有限公司董事"),
        ("appoint", "潘红", "某城建水务有限公司总经理"),
    ]
    probation = [e.probation for e in read_clauses(normalise(body), DAY)[0] if e.person == "周晓琳"]
    assert probation == ["试用期一年"]


def test_a_procuratorate_branch_a_city_named_x_cheng_and_a_tibetan_name_ending_with_cun():
    # 检察分院 is the body its 检察员 belongs to
    assert events("任命:\n文德明为某铁路运输检察分院检察长、检察委员会委员、检察员。") == [
        ("appoint", "文德明", "某铁路运输检察分院检察长"),
        ("appoint", "文德明", "某铁路运输检察分院检察委员会委员"),
        ("appoint", "文德明", "某铁路运输检察分院检察员"),
    ]
    # 盐城市 is a place (城市 inside it names none): the post stands whole, no body of the
    # description before the name carried to it
    assert events("任命市人大常委会委员陆建平兼任盐城市人民代表大会常务委员会社会建设工作委员会主任。") == [
        ("appoint", "陆建平", "盐城市人民代表大会常务委员会社会建设工作委员会主任")
    ]
    assert events("四、免去\n某州人民检察院:\n多吉江村的检察委员会委员职务。") == [
        ("remove", "多吉江村", "某州人民检察院检察委员会委员")
    ]


def test_election_results_approved_then_the_rosters_of_those_elected():
    # the approval ends its sentence; the list follows the next one's colon, names apart by
    # spaces with how they are ordered said after them
    body = (
        "经县委常委会会议研究，同意选举结果。现将各乡镇党委领导班子成员名单通知如下：\n"
        "　　二、王村镇\n　　党委书记：史文斌\n"
        "　　党委委员：史文斌　田志宏　党小军　景红梅（女）（按姓氏笔画为序）\n"
    )
    assert events(body) == [
        ("appoint", "史文斌", "王村镇党委书记"),
        *[("appoint", name, "王村镇党委委员") for name in ("史文斌", "田志宏", "党小军", "景红梅")],
    ]
    # a reply approving a community's election: 同意: heads the rosters
    body = (
        "你们关于社区党委换届选举结果的请示收悉。经街道党工委会议研究，同意：\n"
        "一、某社区党委\n书　记：范晓东\n副书记：唐　婧\n"
    )
    assert events(body) == [("appoint", "范晓东", "某社区党委书记"), ("appoint", "唐婧", "某社区党委副书记")]


def test_hospital_lists_units_before_names_a_part_named_by_two_verbs_and_an_expert_received():
    body = (
        "三、护理单元\n聘任以下同志为护士长：重症医学科 彭丽，神经外科 田芳芳（试用期六个月），儿科 向小凤；\n"
        "四、解聘与不再续聘\n解聘向国强同志的神经外科主任职务；\n"
        "五、接收浙江省对口帮扶专家蒋一鸣同志挂职任心血管内科副主任。"
    )
    assert events(body) == [
        ("appoint", "彭丽", "重症医学科护士长"),
        ("appoint", "田芳芳", "神经外科护士长"),
        ("appoint", "向小凤", "儿科护士长"),
        ("remove", "向国强", "神经外科主任"),
        ("appoint", "蒋一鸣", "心血管内科副主任"),
    ]


def test_an_annex_of_posts_proposed_in_the_decisions_words_and_of_postings_held():
    # 聘任…为中层干部(名单附后) / 姓名 | 聘任部门 | 拟聘岗位: cells one per line
    body = (
        "经学院党委会研究决定，聘任张宏伟等2名同志为中层干部（名单附后）。\n附件：聘任中层干部名单\n"
        "序号\n姓名\n聘任部门\n拟聘岗位\n1\n张宏伟\n党政办公室\n主任\n2\n刘晓丹\n党政办公室\n副主任\n"
    )
    assert events(body) == [("appoint", "张宏伟", "党政办公室主任"), ("appoint", "刘晓丹", "党政办公室副主任")]
    body = (
        "二、下列人员不再担任所属企业相关职务（见表2）。\n表2  免去人员名单\n"
        "序号\t企业名称\t原委派职务\t姓名\n1\t某高速公路运营管理有限公司\t财务总监\t陈志刚\n"
    )
    assert events(body) == [("remove", "陈志刚", "某高速公路运营管理有限公司财务总监")]


def test_party_notices_resignations_agreed_a_group_sent_and_a_post_left_to_procedure():
    body = (
        "市委同意：\n章建明同志因个人原因辞去中共某区委委员、副书记职务；\n"
        "陆静同志辞去中共某区委宣传部部长职务，按规定办理退休手续。"
    )
    assert events(body) == [
        ("remove", "章建明", "中共某区委委员"),
        ("remove", "章建明", "中共某区委副书记"),
        ("remove", "陆静", "中共某区委宣传部部长"),
    ]
    body = (
        "一、选派张博等同志到县挂职\n张博同志挂任中共甲县委常委（挂职时间两年）；\n"
        "王一鸣同志挂任中共乙县委常委、副县长（挂职时间两年），副县长职务按法律程序办理；"
    )
    assert events(body) == [("appoint", "张博", "中共甲县委常委"), ("appoint", "王一鸣", "中共乙县委常委")]
    # an inspection's report: a probation ended with no assessment is no confirmation
    assert events("巡察指出，有的单位存在先任后补、试用期满未及时考核等情况。") == []


def test_the_organs_party_committee_of_the_body_before_not_of_a_unit_in_it():
    assert events("任命:\n李四为某市文化广电和旅游局党组成员、机关党委书记。") == [
        ("appoint", "李四", "某市文化广电和旅游局党组成员"),
        ("appoint", "李四", "某市文化广电和旅游局机关党委书记"),
    ]
    assert events("任命:\n王五为政治部主任、机关党委书记。") == [
        ("appoint", "王五", "政治部主任"),
        ("appoint", "王五", "机关党委书记"),
    ]


def test_a_table_one_cell_per_line_whose_header_holds_a_label_like_a_title():
    # 任免职务 under 序号 / 姓名 / 性别 is the table's label, no notice's title; a removal's
    # second post, held 兼任, after a comma
    body = (
        "经区人民政府研究，决定对刘建新等同志职务任免如下（详见附表）。\n附表\n职务任免人员名单\n"
        "序号\n姓名\n性别\n任免职务\n职级\n备注\n1\n刘建新\n男\n任某区侯家塘街道办事处主任\n二级调研员\n\n"
        "2\n陈卫国\n男\n免去某区统计局局长职务，兼任的某区普查中心主任职务\n四级调研员\n\n"
    )
    from ledger.parse import parse_text

    notices = parse_text(body, "x.txt").notices
    assert [(e.action, e.person, e.post) for n in notices for e in n.events] == [
        ("appoint", "刘建新", "某区侯家塘街道办事处主任"),
        ("remove", "陈卫国", "某区统计局局长"),
        ("remove", "陈卫国", "某区普查中心主任"),
    ]


def test_a_listed_companys_correction_before_and_after_and_a_report_labelled_with_guanyu():
    body = (
        "公司于2024年4月26日在巨潮资讯网(www.cninfo.com.cn)披露了《关于聘任高级管理人员的公告》。"
        "现予以更正如下：\n一、更正前：\n“董事会同意聘任黎明辉先生为公司副总经理。”\n更正后：\n"
        "“董事会同意聘任黎明辉先生为公司副总经理、财务总监，任期至第三届董事会任期届满之日止。”\n"
        "二、更正前：\n“董事会同意聘任邱月女士为公司证券事务代表。”\n更正后：\n“董事会同意聘任邱玥女士为公司证券事务代表。”\n"
    )
    read = read_clauses(normalise(body), dt.date(2024, 4, 29))[0]
    assert [(e.person, e.post, e.effective) for e in read] == [
        ("黎明辉", "公司副总经理", dt.date(2024, 4, 26)),
        ("黎明辉", "公司财务总监", dt.date(2024, 4, 26)),
        ("邱玥", "公司证券事务代表", dt.date(2024, 4, 26)),
    ]
    body = (
        "公司董事会于2024年5月8日收到公司副总经理邓雯女士的书面辞职报告。现将有关情况公告如下:\n"
        "二、关于高级管理人员及证券事务代表辞职的情况\n邓雯女士因工作调整辞去公司副总经理职务,辞职后仍在公司任职。"
    )
    assert events(body) == [("remove", "邓雯", "公司副总经理")]


def test_probation_from_a_day_said_after_the_list_a_revocation_of_a_cited_notice_and_acting_no_more():
    body = "一、范丽同志任住房保障科副科长（试用期一年）；\n以上同志试用期自2024年4月1日起计算。"
    read = read_clauses(normalise(body), dt.date(2024, 4, 3))[0]
    assert [(e.person, e.probation_until) for e in read] == [("范丽", dt.date(2025, 4, 1))]
    body = (
        "撤销《某区人民政府关于冉小勇等同志职务任免的通知》（某府任〔2024〕9号）"
        "中对邓宏伟同志的某区林业局副局长任职决定。"
    )
    assert events(body) == [("remove", "邓宏伟", "某区林业局副局长")]
    body = "高永强同志任某县统计局局长，不再代理某县交通运输局局长职务；"
    assert events(body) == [("appoint", "高永强", "某县统计局局长"), ("remove", "高永强", "某县交通运输局局长")]


def test_a_legend_probation_for_rows_marked_new_in_a_column_of_whole_clauses():
    body = (
        "经区人民政府研究，决定对彭慧等同志职务任免如下。新提拔任职人员试用期一年。\n"
        "序号\t姓名\t任免职务\t备注\n1\t彭慧\t任某区左家塘街道办事处副主任\t新提拔\n"
        "2\t谭超\t任某区住房和城乡建设局副局长，免去某区洞井街道办事处副主任职务\t\n"
    )
    read = read_clauses(normalise(body), dt.date(2023, 6, 30))[0]
    assert [(e.action, e.person, e.probation_until) for e in read] == [
        ("appoint", "彭慧", dt.date(2024, 6, 30)),
        ("appoint", "谭超", None),
        ("remove", "谭超", None),
    ]


def test_first_secretaries_called_back_each_post_before_the_name_and_new_ones_sent():
    body = (
        "一、召回\n以下同志因提拔任职、工作需要等原因召回原单位，其驻村职务相应免去：\n"
        "1．甲镇华川村第一书记、驻村工作队队长王建国（县财政局）；\n"
        "二、新选派\n6．选派陈晓峰（县教育局二级主任科员）同志任甲镇华川村第一书记、驻村工作队队长；"
    )
    assert events(body) == [
        ("remove", "王建国", "甲镇华川村第一书记"),
        ("remove", "王建国", "甲镇华川村驻村工作队队长"),
        ("appoint", "陈晓峰", "甲镇华川村第一书记"),
        ("appoint", "陈晓峰", "甲镇华川村驻村工作队队长"),
    ]


def test_a_table_one_cell_per_line_with_a_cell_wrapped_onto_a_line_of_its_own():
    body = (
        "现将挂职任职有关事项通知如下：\n一、挂职任职\n序号\n姓名\n派出单位及职务\n挂职单位及职务\n挂职期限\n"
        "1\n罗家辉\n广州市天河区发展和改革局副局长\n毕节市发展和改革委员会副主任\n2年\n"
        "2\n张炜航\n广州市天河区商\n务局四级调研员\n赫章县人民政府副县长\n3年\n"
        "3\n郭子健\n广州市黄埔区农业农村局副局长\n威宁自治县人民政府副县长\n3年\n"
    )
    assert events(body) == [
        ("appoint", "罗家辉", "毕节市发展和改革委员会副主任"),
        ("appoint", "张炜航", "赫章县人民政府副县长"),
        ("appoint", "郭子健", "威宁自治县人民政府副县长"),
    ]


def test_an_aligned_tables_header_said_again_with_one_space_between_its_first_labels():
    body = (
        "现将挂职任职事项通知如下。\n"
        "序号 姓名          派出单位及职务                    挂职单位及职务\n"
        "1   王博文      某研究所研究员                  某新区科技发展局副局长\n"
        "序号 姓名          派出单位及职务                    挂职单位及职务\n"
        "2   林思远      某大学环境学院副教授            某市人民政府副秘书长\n"
    )
    assert events(body) == [
        ("appoint", "王博文", "某新区科技发展局副局长"),
        ("appoint", "林思远", "某市人民政府副秘书长"),
    ]


def test_four_character_names_glued_to_their_posts_before_a_place_written_elsewhere():
    body = (
        "任命：\n扎西拉姆（女）任某藏族自治县文化广播电视和旅游局局长；\n免去：\n"
        "郎卡次称某藏族自治县文化广播电视和旅游局局长职务；\n拉姆卓玛（女）某藏族自治县水洛乡便民服务中心主任职务。"
    )
    assert events(body) == [
        ("appoint", "扎西拉姆", "某藏族自治县文化广播电视和旅游局局长"),
        ("remove", "郎卡次称", "某藏族自治县文化广播电视和旅游局局长"),
        ("remove", "拉姆卓玛", "某藏族自治县水洛乡便民服务中心主任"),
    ]
    body = "任命阿衣阿呷为昭觉县农业农村局局长；\n免去阿苦日哈昭觉县农业农村局局长职务；"
    assert events(body) == [
        ("appoint", "阿衣阿呷", "昭觉县农业农村局局长"),
        ("remove", "阿苦日哈", "昭觉县农业农村局局长"),
    ]


def test_a_table_one_cell_per_line_whose_labels_are_spaced_out():
    body = (
        "经县政府研究，决定对下列同志职务进行任免（见附件）。\n附件\n竹山县人民政府任免职务人员名单\n"
        "序号\n姓  名\n任  职\n免  职\n备  注\n1\n熊春芳\n某县公共资源交易中心主任\n某县财政局副局长\n\n"
        "2\n周立新\n\n某县公共资源交易中心主任\n另有任用\n"
    )
    assert events(body) == [
        ("appoint", "熊春芳", "某县公共资源交易中心主任"),
        ("remove", "熊春芳", "某县财政局副局长"),
        ("remove", "周立新", "某县公共资源交易中心主任"),
    ]


def test_village_work_team_members_and_a_class_whose_term_ended():
    body = (
        "罗斌同志任某县以古镇马鞍村第一书记；\n王晓芸同志任某县以古镇马鞍村驻村工作队队员。\n"
        "以上同志驻村任期两年。原驻村第一书记、工作队员任期届满，其驻村职务自然免除。"
    )
    # 其 is the predecessors as a class: no one named, so no removal of the last person read
    assert events(body) == [
        ("appoint", "罗斌", "某县以古镇马鞍村第一书记"),
        ("appoint", "王晓芸", "某县以古镇马鞍村驻村工作队队员"),
    ]


def test_a_party_group_heading_and_its_members_seat_name_the_group_once():
    body = "一、某区司法局党组\n刘晓东同志任党组成员；\n免去邢大勇同志的党组成员职务。"
    assert events(body) == [
        ("appoint", "刘晓东", "某区司法局党组成员"),
        ("remove", "邢大勇", "某区司法局党组成员"),
    ]


def test_the_organs_discipline_committee_stands_beside_its_party_committee():
    body = "免去章小燕的中共某市财政局机关委员会专职副书记、机关纪律检查委员会书记职务。"
    assert events(body) == [
        ("remove", "章小燕", "中共某市财政局机关委员会专职副书记"),
        ("remove", "章小燕", "中共某市财政局机关纪律检查委员会书记"),
    ]


def test_a_list_of_posts_after_a_comma_goes_on_the_clause_before_it():
    body = (
        "黄宗明同志任中共某市委统战部副部长，某市民族宗教事务委员会党组书记、主任；\n"
        "免去邓少华同志的中共某市委统战部副部长，某市民族宗教事务委员会党组书记、主任职务；"
    )
    assert events(body) == [
        ("appoint", "黄宗明", "中共某市委统战部副部长"),
        ("appoint", "黄宗明", "某市民族宗教事务委员会党组书记"),
        ("appoint", "黄宗明", "某市民族宗教事务委员会主任"),
        ("remove", "邓少华", "中共某市委统战部副部长"),
        ("remove", "邓少华", "某市民族宗教事务委员会党组书记"),
        ("remove", "邓少华", "某市民族宗教事务委员会主任"),
    ]


def test_a_request_to_another_body_decides_nothing_here():
    body = "免去邱振华同志的中共某县委常委、委员职务，提请某县纪委全会免去其县纪委书记职务；"
    assert events(body) == [
        ("remove", "邱振华", "中共某县委常委"),
        ("remove", "邱振华", "中共某县委委员"),
    ]


def test_a_second_post_naming_its_place_again_is_read_as_written():
    body = "马云飞同志任中共某县某镇新街社区总支部委员会书记、新街社区居民委员会主任（“一肩挑”）；"
    assert events(body) == [
        ("appoint", "马云飞", "中共某县某镇新街社区总支部委员会书记"),
        ("appoint", "马云飞", "新街社区居民委员会主任"),
    ]


def test_first_secretaries_recalled_moved_and_a_former_secretary_changed_to_deputy():
    body = (
        "二、召回以下驻村第一书记\n1．龙光辉，某镇青杠坝村第一书记（因工作需要召回）；\n"
        "三、岗位调整\n杨梅同志由某镇鹦鹉村第一书记调整为某镇翟家坝村第一书记。\n"
        "选派镇党政办干部杜雅楠同志任金庄村党支部书记，原书记金德胜同志改任金庄村党支部副书记；"
    )
    assert events(body) == [
        ("remove", "龙光辉", "某镇青杠坝村第一书记"),
        ("remove", "杨梅", "某镇鹦鹉村第一书记"),
        ("appoint", "杨梅", "某镇翟家坝村第一书记"),
        ("appoint", "杜雅楠", "金庄村党支部书记"),
        ("remove", "金德胜", "金庄村党支部书记"),
        ("appoint", "金德胜", "金庄村党支部副书记"),
    ]


def test_a_township_congress_presidiums_members_are_posts():
    body = "选举结果如下：\n某镇第十九届人民代表大会主席团成员（按姓氏笔画为序）：\n朱建华  邱玉兰（女）\n"
    assert events(body) == [
        ("appoint", "朱建华", "某镇第十九届人民代表大会主席团成员"),
        ("appoint", "邱玉兰", "某镇第十九届人民代表大会主席团成员"),
    ]


def test_a_congress_passing_special_committee_members_and_a_decision_head_of_acting_posts():
    body = (
        "会议决定：\n通过于洪涛为某市人民代表大会法制委员会副主任委员；\n"
        "通过孟庆华、隋建波为某市人民代表大会财政经济委员会委员。\n"
        "一、接受辞职\n接受梁志辉辞去某区人民检察院检察长职务的请求。\n"
        "二、决定\n何婉仪为某区人民检察院代理检察长。\n"
        "三、批准免去\n特木尔巴根的某旗人民检察院检察长职务。\n"
        "会议审议通过了《某市城市绿化条例》。"
    )
    assert events(body) == [
        ("appoint", "于洪涛", "某市人民代表大会法制委员会副主任委员"),
        ("appoint", "孟庆华", "某市人民代表大会财政经济委员会委员"),
        ("appoint", "隋建波", "某市人民代表大会财政经济委员会委员"),
        ("remove", "梁志辉", "某区人民检察院检察长"),
        ("appoint", "何婉仪", "某区人民检察院检察长"),
        ("remove", "特木尔巴根", "某旗人民检察院检察长"),
    ]


def test_a_tribunal_named_for_its_township_is_a_unit_of_the_court_heading_it():
    body = "任命：\n北京市房山区人民法院\n孟凡英为良乡人民法庭庭长；"
    assert events(body) == [("appoint", "孟凡英", "北京市房山区人民法院良乡人民法庭庭长")]


def test_a_revocation_naming_the_meeting_that_decided_and_the_decision_recounted_before_it():
    body = (
        "2024年12月26日某市人民代表大会常务委员会第二十三次会议决定任命向东升同志为某市人民法院审判员。"
        "经查，向东升同志不具备任职条件。某市人民代表大会常务委员会第二十五次会议决定：撤销2024年12月26日"
        "某市人民代表大会常务委员会第二十三次会议关于任命向东升同志为某市人民法院审判员的决定。"
    )
    assert events(body, dt.date(2025, 2, 27)) == [("remove", "向东升", "某市人民法院审判员")]


def test_a_secondment_extended_is_the_post_held_again():
    body = (
        "二、延长挂职\n经派出单位和挂职单位商定，延长以下同志挂职期限一年（至2026年1月）：\n"
        "何晓军同志，继续挂任某州商务局副局长；\n孔令辉同志，继续挂任中共某县委常委、某县人民政府副县长。"
    )
    assert events(body) == [
        ("appoint", "何晓军", "某州商务局副局长"),
        ("appoint", "孔令辉", "中共某县委常委"),
        ("appoint", "孔令辉", "某县人民政府副县长"),
    ]


def test_a_dismissal_is_said_as_解聘_only_not_also_as_an_engagement():
    found, _ = read("解聘李四的某学院院长职务；\n续聘王五为某学院院长。")
    assert [(e.action, e.manner) for e in found] == [("remove", ["解聘"]), ("appoint", ["续聘"])]


def test_confirmations_whose_names_or_count_come_first_and_the_list_below():
    body = (
        "一、谷雨晴等2名同志试用期满，经考核合格，正式任职。\n（一）谷雨晴同志任某县财政局副局长；\n"
        "（二）钟少华同志任某县发展和改革局副局长。"
    )
    assert events(body) == [
        ("confirm", "谷雨晴", "某县财政局副局长"),
        ("confirm", "钟少华", "某县发展和改革局副局长"),
    ]
    body = (
        "一、高志远、李德胜同志试用期满，考核称职，予以正式任职，职务分别为：\n"
        "高志远，某市能源局副局长；\n李德胜，某市林业和草原局副局长。"
    )
    assert events(body) == [
        ("confirm", "高志远", "某市能源局副局长"),
        ("confirm", "李德胜", "某市林业和草原局副局长"),
    ]


def test_a_secondment_extended_by_name_is_the_post_held_on():
    body = "一、延长孙立强同志挂任某县人民政府副县长助理的挂职期限，原挂职期限至2023年6月30日，现延长一年；"
    assert events(body) == [("appoint", "孙立强", "某县人民政府副县长助理")]


def test_revocations_of_decisions_named_one_after_another_and_of_one_in_a_cited_notice():
    body = (
        "学校于2024年7月5日印发的《关于聘任林晓峰等同志职务的通知》（某院人〔2024〕31号）因内容有误，现予收回，文件作废。"
        "该文件中聘任林晓峰同志为图书馆副馆长、聘任蒋文华同志为后勤保障处副处长的决定一并撤销。\n"
        "九、撤销县委2023年10月16日《关于李国华等同志职务任免的通知》（岳干〔2023〕81号）中"
        "李国华同志任中共某镇委员会副书记的决定。\n"
        "十、不再聘任：\n赵岩的集团公司安全总监职务聘期届满，不再续聘。"
    )
    assert events(body) == [
        ("remove", "林晓峰", "图书馆副馆长"),
        ("remove", "蒋文华", "后勤保障处副处长"),
        ("remove", "李国华", "中共某镇委员会副书记"),
        ("remove", "赵岩", "集团公司安全总监"),
    ]


def test_a_transliterated_name_after_a_leading_verb_and_acting_in_a_post_by_designation():
    body = "六、指定艾尔肯·吐尔逊同志代行董事会秘书职责，至新任董事会秘书聘任之日止。"
    assert events(body) == [("appoint", "艾尔肯·吐尔逊", "董事会秘书")]


def test_an_items_bracket_naming_a_deputy_of_the_lists_title_is_its_post():
    body = "聘任以下同志为护士长（试用期六个月）：\n骨科一病区：吴晓丽\n新生儿科：贾婷婷（副护士长）\n"
    assert events(body) == [
        ("appoint", "吴晓丽", "骨科一病区护士长"),
        ("appoint", "贾婷婷", "新生儿科副护士长"),
    ]
    found, issues = read(body, DAY)
    assert found[1].probation_until == dt.date(2024, 11, 24) and not issues


def test_secondments_extended_with_the_post_named_before_or_after_the_term():
    body = (
        "一、延长常彬同志在某地质调查中心的挂职期限，延长至2024年2月29日，其挂职的某地质调查中心副主任职务相应延续。\n"
        "二、延长王五同志挂任某县副县长的挂职期限至2025年1月。\n"
        "三、延长赵六同志挂任某县人民政府副县长的挂职期限（一年）。\n"
        "四、徐海波同志挂职期满，不再挂任某县教育委员会副主任。\n"
    )
    assert events(body) == [
        ("appoint", "常彬", "某地质调查中心副主任"),
        ("appoint", "王五", "某县副县长"),
        ("appoint", "赵六", "某县人民政府副县长"),
        ("remove", "徐海波", "某县教育委员会副主任"),
    ]
    found, issues = read(body, DAY)
    assert [e.secondment for e in found[1:3]] == ["挂职期限至2025年1月", "挂职期限一年"]
    assert not issues


def test_a_resignation_accepted_by_the_board_after_it_with_the_reason_said_apart():
    body = (
        "五、刘春生同志因工作调动，辞去公司董事会秘书职务，董事会予以同意；\n"
        "六、马丽同志辞去公司财务总监职务，董事会同意其辞职。\n"
    )
    found, issues = read(body, DAY)
    assert [(e.action, e.person, e.post, e.manner) for e in found] == [
        ("remove", "刘春生", "公司董事会秘书", ["辞职"]),
        ("remove", "马丽", "公司财务总监", ["辞职"]),
    ]
    assert not issues


def test_minority_region_forms_b174():
    body = (
        "免去其木格（女）的某盟民族事务委员会副主任职务，退休；\n"
        "海永军同志任某县韦州镇人民政府镇长（代理）；\n"
        "会议决定接受安宁的某州人民政府副州长职务辞职请求。\n"
        "北京市第九批援藏干部刘国栋、江苏省第九批援藏干部顾海峰挂职期满，分别免去其某市发展和改革委员会副主任、某市人民医院副院长职务。\n"
        "三、撤销该文件中任命吐逊古丽·艾山（女）为某地区妇幼保健院副院长的决定。\n"
    )
    found, issues = read("决定：\n" + body, DAY)
    assert [(e.action, e.person, e.post, e.manner) for e in found] == [
        ("remove", "其木格", "某盟民族事务委员会副主任", []),
        ("appoint", "海永军", "某县韦州镇人民政府镇长", ["代理"]),
        ("remove", "安宁", "某州人民政府副州长", []),
        ("remove", "刘国栋", "某市发展和改革委员会副主任", []),
        ("remove", "顾海峰", "某市人民医院副院长", []),
        ("remove", "吐逊古丽·艾山", "某地区妇幼保健院副院长", ["撤销任职决定"]),
    ]
    assert not issues
    # 分别 is no name: with no one named before it, the clause waits for a person
    found, issues = read("某某某某某某某挂职期满，分别免去其某市人民医院副院长职务。", DAY)
    assert not found and [i.fatal for i in issues] == [True]


def test_confirmations_of_two_named_one_after_another_and_a_summary_subject_before_the_list():
    body = (
        "黄明、班永红同志试用期满，经考核合格，正式任命黄明为某市财政局副局长、班永红为某市交通运输局副局长。\n"
        "麦尔丹·艾则孜等同志试用期已满，经考核，地区行政公署研究决定：\n"
        "麦尔丹·艾则孜同志正式任某地区发展和改革委员会副主任；\n"
    )
    found, issues = read(body, DAY)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("confirm", "黄明", "某市财政局副局长"),
        ("confirm", "班永红", "某市交通运输局副局长"),
        ("confirm", "麦尔丹·艾则孜", "某地区发展和改革委员会副主任"),
    ]
    assert not issues


def test_a_clerks_inbox_forms_b175():
    body = "附件2\n免职人员名单\n1．刘德明　某区发展和改革局副局长（到龄退休）\n2．苏建伟　某区交通运输局副局长\n"
    assert events("经研究，决定对杨光明等2名同志予以免职，具体名单见附件。\n" + body) == [
        ("remove", "刘德明", "某区发展和改革局副局长"),
        ("remove", "苏建伟", "某区交通运输局副局长"),
    ]
    parts = (
        "经院党委会研究决定：\n一、聘任\n杨振华为心血管内科主任；\n二、解聘\n周永胜的心血管内科主任职务。\n"
        "五、张涛同志任院长助理，兼任发展规划部主任。\n"
    )
    assert events(parts)[2:] == [("appoint", "张涛", "院长助理"), ("appoint", "张涛", "发展规划部主任")]


def test_a_word_tables_cell_of_two_paragraphs_keeps_its_row_and_the_rows_after_it():
    body = (
        "序号\t姓名\t任职\t免职\t备注\n"
        "6\t马俊峰\t某区住房和城乡建设局副局长\n"
        "某区建筑工程服务中心主任（兼）\t\t\n"
        "7\t张晓燕\t\t某区统计局副局长\t另有任用\n"
    )
    assert events("区政府研究决定，对下列同志职务予以任免：\n" + body) == [
        ("appoint", "马俊峰", "某区住房和城乡建设局副局长"),
        ("appoint", "马俊峰", "某区建筑工程服务中心主任"),
        ("remove", "张晓燕", "某区统计局副局长"),
    ]


def test_a_table_with_a_mark_wrapped_under_the_name_and_a_name_spaced_for_its_dot():
    body = (
        "序号  姓  名              任  职                                免  职                    备注\n"
        "3     阿依达娜·别克       某州民族宗教事务委员会                 —                         试用期\n"
        "      （女）              副主任                                                            一年\n"
        "7     别克波拉提 努尔兰   某州畜牧兽医局局长                     某州畜牧兽医局副局长\n"
    )
    assert events("同意对下列同志职务进行任免：\n" + body) == [
        ("appoint", "阿依达娜·别克", "某州民族宗教事务委员会副主任"),
        ("appoint", "别克波拉提·努尔兰", "某州畜牧兽医局局长"),
        ("remove", "别克波拉提·努尔兰", "某州畜牧兽医局副局长"),
    ]


def test_probations_counted_from_a_day_said_for_all_or_ended_on_a_day_and_none_on_a_removal():
    found, _ = read(
        "决定：\n1.曾丽珍同志任规划计划股股长，试用期一年；\n以上试用期自2024年7月1日起计算。\n"
        "任命甄志军同志为某局副局长（试用期自2023年9月1日起至2024年8月31日止）；\n"
        "撤销《某通知》（某政任〔2024〕6号）中任命郑晓军同志为某局副局长（试用期一年）的决定。\n"
        "聘任：\n四、某学院\n副院长：惠建军、师晓红（女，试用期一年）\n",
        DAY,
    )
    assert [(e.person, e.probation_until) for e in found] == [
        ("曾丽珍", dt.date(2025, 7, 1)),
        ("甄志军", dt.date(2024, 8, 31)),
        ("郑晓军", None),
        ("惠建军", None),
        ("师晓红", dt.date(2025, 5, 24)),
    ]
    assert [e.post for e in found[3:]] == ["某学院副院长", "某学院副院长"]


def test_a_table_under_a_caption_of_posts_left_and_a_name_whose_mark_runs_into_the_next_cell():
    body = (
        "决定：\n一、王晓东等2名同志挂职任相应职务（名单见附件1），援疆期限三年；\n"
        "二、第十批援疆干部孙建华等2名同志援疆期满，免去其挂职职务（名单见附件2）。\n"
        "附件1\n挂职任职名单\n"
        "序号  姓名        派出单位及职务                    挂职任职\n"
        "1     王晓东      北京市发展和改革委员会某处处长    某地区行政公署副秘书长\n"
        "2     陈思琪（女）北京市商务局某处副处长            某地区商务局副局长\n"
        "附件2\n第十批援疆干部期满免职名单\n"
        "序号  姓名      挂职职务                    备注\n"
        "1     孙建华    某地区行政公署副秘书长      援疆期满\n"
        "2     李明轩    某地区教育局副局长          援疆期满\n"
    )
    assert events(body) == [
        ("appoint", "王晓东", "某地区行政公署副秘书长"),
        ("appoint", "陈思琪", "某地区商务局副局长"),
        ("remove", "孙建华", "某地区行政公署副秘书长"),
        ("remove", "李明轩", "某地区教育局副局长"),
    ]


def test_a_head_nurse_table_one_cell_per_line_by_nursing_unit_with_its_legend():
    cells = ["1", "内一科", "林美玲", "护士长", "续聘", "2", "外二科", "陈雅芳", "副护士长", "首次聘任"]
    body = (
        "决定聘任下列同志为护理单元护士长（副护士长），聘期三年。其中首次聘任人员试用期六个月。\n"
        "序号\n护理单元\n姓名\n职务\n备注\n" + "\n".join(cells) + "\n"
    )
    found, _ = read(body, DAY)
    assert [(e.person, e.post, e.probation_until) for e in found] == [
        ("林美玲", "内一科护士长", None),
        ("陈雅芳", "外二科副护士长", dt.date(2024, 11, 24)),
    ]


def test_company_forms_b178_boards_composed_left_and_proposed():
    body = (
        "集团公司作为股东决定如下：\n"
        "一、某某旅游发展有限公司第二届董事会、监事会组成人员\n（一）董事会（7人）\n董事长：罗光明\n"
        "董　事：罗光明、陈　卫\n（二）监事会（3人）\n监事会主席：龙　雯\n"
        "二、委派彭小川同志任某某旅游发展有限公司财务总监。建议某某旅游发展有限公司董事会聘任陈卫同志为总经理，"
        "龙海、吴桂芬同志为副总经理。\n"
        "三、某某旅游发展有限公司第一届董事会、监事会下列成员任期届满，不再担任相应职务：\n"
        "何永红同志的董事长、董事职务；\n杨　帆同志的董事职务。\n"
        "四、免去以下同志所属企业外部董事职务：\n（一）甘肃某电力有限公司：马建新、韩玉琴；\n"
    )
    company = "某某旅游发展有限公司"
    assert events(body) == [
        ("appoint", "罗光明", company + "董事长"),
        ("appoint", "罗光明", company + "董事"),
        ("appoint", "陈卫", company + "董事"),
        ("appoint", "龙雯", company + "监事会主席"),
        ("appoint", "彭小川", company + "财务总监"),
        ("remove", "何永红", company + "董事长"),
        ("remove", "何永红", company + "董事"),
        ("remove", "杨帆", company + "董事"),
        ("remove", "马建新", "甘肃某电力有限公司外部董事"),
        ("remove", "韩玉琴", "甘肃某电力有限公司外部董事"),
    ]
    # a proposal's continuation is proposed too; the next clause of the sentence decides again
    assert events("决定：\n提名张三同志为某县副县长候选人；李四同志任某镇党委书记。") == [
        ("appoint", "李四", "某镇党委书记")
    ]


def test_a_disclosure_by_parts_and_a_cumulative_vote_table():
    disclosure = (
        "（一）聘任情况\n序号 | 姓名 | 职务 | 任职资格核准文号 | 任职时间\n"
        "1 | 欧振邦 | 副总经理 | 金复〔2024〕612号 | 2024年9月23日\n"
        "（二）离任情况\n原总精算师温良同志因个人原因辞去公司总精算师职务。\n"
    )
    found, _ = read(disclosure, DAY)
    assert [(e.action, e.person, e.post, e.qualifiers) for e in found] == [
        ("appoint", "欧振邦", "副总经理", []),
        ("remove", "温良", "公司总精算师", ["辞职"]),
    ]
    votes = (
        "1、 关于选举第五届董事会非独立董事的议案\n"
        "议案序号   议案名称                                 得票数        得票数占出席会议有效   是否当选\n"
        "                                                                  表决权的比例（%）\n"
        "1.05      选举牟 峰为第五届董事会非独立董事         186,528,260    99.8681                是\n"
        "2.03      选举司马文博为第五届董事会独立董\n"
        "          事                                        186,609,120    99.9114                是\n"
        "(三) 涉及重大事项，5%以下股东的表决情况\n"
        "2.03   选举司马文博为第五届董      1,611,343   95.4147     77,457  4.5853    0     0.0000\n"
        "       事会独立董事\n"
    )
    assert events(votes) == [
        ("appoint", "牟峰", "第五届董事会非独立董事"),
        ("appoint", "司马文博", "第五届董事会独立董事"),
    ]


def test_a_table_of_temporary_heads_by_branch_with_a_padded_name_and_a_row_pushed_onto_two_lines():
    body = (
        "经本公司总裁室会议研究决定，指定下列人员担任分支机构临时负责人：\n"
        "序号  机构名称                          临时负责人  指定日期         现任职务\n"
        "1     某某保险股份有限公司      吕  刚      2024年7月8日     山西分公司副总经理\n"
        "      山西分公司\n"
        "3     某某保险股份有限公司      阿不都热合曼·吐尔逊\n"
        "      新疆分公司                                    2024年7月10日    新疆分公司总经理助理\n"
    )
    assert events(body) == [
        ("appoint", "吕刚", "某某保险股份有限公司山西分公司临时负责人"),
        ("appoint", "阿不都热合曼·吐尔逊", "某某保险股份有限公司新疆分公司临时负责人"),
    ]
    # a removal after a comma that names its own person is not the person before's
    found, _ = read("经公司研究决定，免去刘雨田山西分公司总经理职务，免去韩佩琳贵州分公司总经理职务。", DAY)
    assert [e.person for e in found][:1] == ["刘雨田"] and "刘雨田" not in [e.person for e in found][1:]


def test_an_acting_post_at_that_body_the_clause_itself_names():
    body = "决定：\n任命张三为某部海洋预警监测司司长；\n决定由某部国土空间用途管制司副司长满德功同志代理该司司长职务。"
    assert events(body)[1] == ("appoint", "满德功", "某部国土空间用途管制司司长")


def test_company_forms_b180_reelection_rosters_tables_over_lines_and_a_disclosed_table():
    reelection = (
        "现将相关情况公告如下：\n一、董事会换届选举情况\n（一）董事会成员\n董事长：韩志诚\n独立董事：黎永昌、殷晓薇\n"
        "（二）董事会专门委员会\n战略委员会：韩志诚（召集人）、黎永昌\n审计委员会：殷晓薇（召集人）、黎永昌\n"
        "二、部分董事届满离任情况\n因任期届满，谷建新先生不再担任公司独立董事及董事会专门委员会相关职务。\n"
    )
    assert events(reelection) == [
        ("appoint", "韩志诚", "董事长"),
        ("appoint", "黎永昌", "独立董事"),
        ("appoint", "殷晓薇", "独立董事"),
        ("appoint", "韩志诚", "战略委员会召集人"),
        ("appoint", "黎永昌", "战略委员会委员"),
        ("appoint", "殷晓薇", "审计委员会召集人"),
        ("appoint", "黎永昌", "审计委员会委员"),
        ("remove", "谷建新", "公司独立董事"),
    ]
    # a board's re-election told in prose, its candidates nominated: no roster, no event
    told = "一、董事会换届选举情况\n公司第四届董事会由7名董事组成，董事会同意提名杭卫东先生为非独立董事候选人。\n"
    assert events(told) == []
    table = (
        "决定委派杜明远等同志为市属国有企业外部董事（名单见附件1）。\n附件1\n市属国有企业外部董事委派名单\n"
        "序号   企业名称                  外部董事\n"
        "1      绵阳科技城发展投资        杜明远（专职）\n"
        "       （集团）有限公司          梁佳慧（兼职）\n"
        "                                 韦正刚（兼职）\n"
        "7      绵阳市农业发展投资集      严  宏（专职）\n"
        "       团有限公司                葛秋云（兼职）\n"
    )
    assert [(a, p, post) for a, p, post in events(table)] == [
        ("appoint", "杜明远", "绵阳科技城发展投资(集团)有限公司外部董事"),
        ("appoint", "梁佳慧", "绵阳科技城发展投资(集团)有限公司外部董事"),
        ("appoint", "韦正刚", "绵阳科技城发展投资(集团)有限公司外部董事"),
        ("appoint", "严宏", "绵阳市农业发展投资集团有限公司外部董事"),
        ("appoint", "葛秋云", "绵阳市农业发展投资集团有限公司外部董事"),
    ]
    disclosed = (
        "现将我公司近期指定分支机构临时负责人的有关情况披露如下：\n"
        "序号\t机构名称\t临时负责人\t指定日期\n1\t江苏分公司\t严卫东\t2024-02-19\n2\t浙江分公司\t柏晓楠\t2024-02-19\n"
    )
    assert events(disclosed) == [
        ("appoint", "严卫东", "江苏分公司临时负责人"),
        ("appoint", "柏晓楠", "浙江分公司临时负责人"),
    ]
    resigned = (
        "一、董事、副总经理兼董事会秘书辞职情况\n"
        "林振华先生因个人原因辞去公司副总经理职务，其辞职报告自送达董事会之日起生效。\n"
    )
    assert events(resigned) == [("remove", "林振华", "公司副总经理")]


def test_acting_head_after_a_full_stop_a_part_broken_over_a_page_and_a_correction_with_an_item_undone():
    assert events("三、任命侯振涛为某县人民法院副院长，代理院长。") == [
        ("appoint", "侯振涛", "某县人民法院副院长"),
        ("appoint", "侯振涛", "某县人民法院院长"),
    ]
    broken = "决定：\n三、云南某能源物资有\n限公司\n唐国强同志任执行董事、总经理；\n"
    assert events(broken) == [
        ("appoint", "唐国强", "云南某能源物资有限公司执行董事"),
        ("appoint", "唐国强", "云南某能源物资有限公司总经理"),
    ]
    correction = (
        "上述公告中部分内容有误，现予以更正如下：\n一、“三、审议通过《关于聘任公司高级管理人员的议案》”部分\n"
        "更正前：\n同意聘任马俊先生为公司副总经理。\n更正后：\n同意聘任马俊先生为公司常务副总经理。\n"
        "二、关于聘任总工程师事项的说明\n"
        "原公告中“同意聘任杜海峰先生为公司总工程师”一项，因手续未办理完毕，决定撤销对杜海峰先生的上述聘任。\n"
    )
    assert events(correction) == [("appoint", "马俊", "公司常务副总经理"), ("remove", "杜海峰", "公司总工程师")]


def test_university_rosters_published_by_unit_with_marks_and_a_unit_broken_before_its_colon():
    published = (
        "经学院党委研究决定，新一届二级学院领导班子聘任名单公布如下，聘期四年。\n"
        "一、文学与新闻传播学院\n党委书记：黄国强\n副院长：刘思敏、曾庆林（新提任）\n"
        "二、数学与计算机学院\n院长：邱  明\n"
    )
    assert events(published) == [
        ("appoint", "黄国强", "文学与新闻传播学院党委书记"),
        ("appoint", "刘思敏", "文学与新闻传播学院副院长"),
        ("appoint", "曾庆林", "文学与新闻传播学院副院长"),
        ("appoint", "邱明", "数学与计算机学院院长"),
    ]
    marked = (
        "聘任下列同志为机关部门中层领导干部。名单中标注“※”者为新提任干部，试用期一年。\n"
        "１．党政办公室：主任　赵立新；副主任　孙洪波、郝　佳※\n"
        "８．国有资产管\n理处：处长　贾立平\n"
    )
    found, _ = read(marked, DAY)
    assert [(e.person, e.post, e.probation_until) for e in found] == [
        ("赵立新", "党政办公室主任", None),
        ("孙洪波", "党政办公室副主任", None),
        ("郝佳", "党政办公室副主任", dt.date(2025, 5, 24)),
        ("贾立平", "国有资产管理处处长", None),
    ]


def test_a_committees_members_chosen_among_the_directors_and_a_dispatch_table_by_company():
    chosen = (
        "董事会同意选举以下董事为公司第三届董事会专门委员会委员：\n"
        "审计委员会：杜秋萍（召集人）、吴昊；\n提名委员会：吴昊（召集人）、龙光耀；\n"
    )
    assert events(chosen) == [
        ("appoint", "杜秋萍", "审计委员会召集人"),
        ("appoint", "吴昊", "审计委员会委员"),
        ("appoint", "吴昊", "提名委员会召集人"),
        ("appoint", "龙光耀", "提名委员会委员"),
    ]
    table = (
        "委派以下同志为省属企业外部董事（名单见附表1）。\n附表1\n委派省属企业外部董事人员名单\n"
        " 序号    姓名        现任职务                      委派企业及职务                     备注\n"
        "  1     许国良    省国资委专职外部董事         山东某能源集团有限公司外部董        召集人\n"
        "                                                 事\n"
    )
    assert events(table) == [("appoint", "许国良", "山东某能源集团有限公司外部董事")]


def test_a_boards_own_announcement_is_no_news_report_and_passed_then_a_verb():
    from ledger.parse import parse_bytes

    text = (
        "某某銀行股份有限公司\n關於委任首席財務官的公告\n"
        "本行董事會欣然宣佈，劉家豪先生的副行長任職資格已獲核准。\n"
        "董事會已審議通過委任伍詠詩女士為本行首席財務官。\n"
        "某某銀行股份有限公司董事會\n2024年3月6日\n"
    )
    notice = parse_bytes(text.encode(), "hk.txt").notices[0]
    assert notice.is_personnel
    assert [(e.action, e.person, e.post) for e in notice.events] == [("appoint", "伍咏诗", "本行首席财务官")]


def test_an_institutes_table_by_research_unit():
    body = (
        "聘任下列同志为研究室（中心）负责人：\n"
        "序号  研究室（中心）                    职务        姓名      备注\n"
        "1     喀斯特生态修复研究室              主任        龙志刚\n"
        "2     喀斯特生态修复研究室              副主任      吴  婷    试用期一年\n"
    )
    assert events(body) == [
        ("appoint", "龙志刚", "喀斯特生态修复研究室主任"),
        ("appoint", "吴婷", "喀斯特生态修复研究室副主任"),
    ]


def test_rows_under_a_class_that_keeps_its_posts():
    body = (
        "现将有关事项通知如下：\n一、以下同志续聘原职务，聘期三年（2024年1月1日至2026年12月31日）\n"
        "党政办公室主任　　　　　　　　　　刘庆华\n教务处副处长　　　　　　　　　　　孙伟、王丽\n"
    )
    assert events(body) == [
        ("appoint", "刘庆华", "党政办公室主任"),
        ("appoint", "孙伟", "教务处副处长"),
        ("appoint", "王丽", "教务处副处长"),
    ]


def test_seconded_cadres_returned_each_from_the_post_in_the_bracket_after_the_name():
    body = (
        "2023年度选派的朱世荣同志（挂职任某院副院长）、杨柳青同志（挂职任普外科副主任）挂职期满，\n"
        "免去其挂职职务，即日返回原单位。"
    )
    assert events("决定：\n" + body) == [("remove", "朱世荣", "某院副院长"), ("remove", "杨柳青", "普外科副主任")]


def test_the_paragraph_after_a_table_one_cell_per_line_is_no_remark_of_its_last_row():
    cells = ["1", "储慧", "消毒供应中心", "护士长"]
    body = (
        "聘任下列同志为护士长：\n序号\n姓名\n科室\n职务\n备注\n" + "\n".join(cells) + "\n\n\n"
        "同时，免去谢玉兰同志的普外科护士长职务；免去陶春梅同志的骨科护士长职务；方丽同志原骨科副护士长职务自然免除。\n"
    )
    assert events(body) == [
        ("appoint", "储慧", "消毒供应中心护士长"),
        ("remove", "谢玉兰", "普外科护士长"),
        ("remove", "陶春梅", "骨科护士长"),
        ("remove", "方丽", "骨科副护士长"),
    ]


def test_a_part_by_the_kind_of_people_and_its_verb_with_units_seats_paired_on_each_line():
    body = (
        "经研究决定：\n一、研究室负责人聘任（聘期2023年4月—2026年3月）\n"
        "节水灌溉研究室　主任：艾尔肯·吐尔逊；副主任：马晓红\n"
        "棉花育种研究室　主任：胡振军；副主任：赵 鹏（试用期一年）\n"
        "二、挂职任职\n某大学某学院张晓峰副教授挂职任棉花育种研究室副主任，挂职期限一年。\n"
    )
    found, issues = read(body, dt.date(2023, 4, 3))
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "艾尔肯·吐尔逊", "节水灌溉研究室主任"),
        ("appoint", "马晓红", "节水灌溉研究室副主任"),
        ("appoint", "胡振军", "棉花育种研究室主任"),
        ("appoint", "赵鹏", "棉花育种研究室副主任"),
        ("appoint", "张晓峰", "棉花育种研究室副主任"),
    ]
    assert found[3].probation_until == dt.date(2024, 4, 3)
    # the first part's term is no term of the second part's secondment
    assert not any("聘期" in q for q in found[4].qualifiers) and not any(i.fatal for i in issues)


def test_a_school_naming_itself_before_its_unit_names_no_other_body():
    assert events("决定：\n聘任某研究所蔡振邦研究员为我校海洋科学研究院院长；聘任李明为我院副院长。") == [
        ("appoint", "蔡振邦", "海洋科学研究院院长"),
        ("appoint", "李明", "副院长"),
    ]


def test_a_table_padded_with_full_width_spaces_its_company_cell_merged_and_wrapped():
    body = (
        "一、聘任所属企业经理层成员（见下表）。\n"
        "序号  企业名称          姓名    聘任职务      聘期\n"
        "1     某城建集团有  戴志鹏  总经理　　　  2023.1.1—2025.12.31\n"
        "2     限公司　　　　  方丽君  副总经理　　  2023.1.1—2025.12.31\n"
        "3     　　　　　　　  陈　浩  财务总监　　  2023.1.1—2025.12.31\n"
        "\n    二、因任期届满，原经理层成员下列职务自然解聘：\n    俞建明同志的某城建集团有限公司总经理职务。\n"
    )
    assert events(body) == [
        ("appoint", "戴志鹏", "某城建集团有限公司总经理"),
        ("appoint", "方丽君", "某城建集团有限公司副总经理"),
        ("appoint", "陈浩", "某城建集团有限公司财务总监"),
        ("remove", "俞建明", "某城建集团有限公司总经理"),
    ]


def test_a_part_by_verb_and_title_over_lines_of_a_company_and_names():
    body = (
        "决定委派及调整所属企业外部董事、专职监事如下：\n一、委派外部董事\n"
        "某建材集团有限公司：钱  宏、丁玉梅\n二、委派专职监事\n某化工集团有限公司：江美华（监事会主席）\n"
        "外部董事、专职监事每届任期三年，可以连任。\n"
    )
    assert events(body) == [
        ("appoint", "钱宏", "某建材集团有限公司外部董事"),
        ("appoint", "丁玉梅", "某建材集团有限公司外部董事"),
        ("appoint", "江美华", "某化工集团有限公司专职监事"),
        ("appoint", "江美华", "某化工集团有限公司监事会主席"),
    ]


def test_a_numbered_company_heading_over_its_seats_with_no_verb():
    body = "现就有关事项通知如下：\n一、某物流发展有限公司\n董事长：孙海波\n董  事：刘东升、朴英爱\n"
    assert events(body) == [
        ("appoint", "孙海波", "某物流发展有限公司董事长"),
        ("appoint", "刘东升", "某物流发展有限公司董事"),
        ("appoint", "朴英爱", "某物流发展有限公司董事"),
    ]


def test_appointed_as_after_a_comma_is_the_same_person_at_the_same_body():
    body = "决定：\n1. 孙立国同志任某米业有限公司党委书记，聘任为执行董事、总经理，免去其集团公司农业发展部部长职务。"
    assert events(body) == [
        ("appoint", "孙立国", "某米业有限公司党委书记"),
        ("appoint", "孙立国", "某米业有限公司执行董事"),
        ("appoint", "孙立国", "某米业有限公司总经理"),
        ("remove", "孙立国", "集团公司农业发展部部长"),
    ]


def test_elected_then_a_consequence_is_no_second_election():
    body = (
        "选举于晓燕女士为公司第六届董事会职工代表董事。\n"
        "于晓燕女士当选职工代表董事后，公司董事会中兼任高级管理人员的董事人数不超过二分之一。"
    )
    assert events(body) == [("appoint", "于晓燕", "公司第六届董事会职工代表董事")]


def test_a_roster_line_that_ends_itself_leaves_its_unit_on_its_line():
    body = (
        "决定聘任：\n（1）土壤生物与生化研究室：主任 钱卫东，副主任 汤 俊；\n"
        "（2）土壤与环境生物修复研究中心：主任 卢志刚（兼），副主任 华丽；\n（3）红壤生态实验站：站长 殷国平。\n"
    )
    assert events(body) == [
        ("appoint", "钱卫东", "土壤生物与生化研究室主任"),
        ("appoint", "汤俊", "土壤生物与生化研究室副主任"),
        ("appoint", "卢志刚", "土壤与环境生物修复研究中心主任"),
        ("appoint", "华丽", "土壤与环境生物修复研究中心副主任"),
        ("appoint", "殷国平", "红壤生态实验站站长"),
    ]


def test_a_part_by_titles_then_units_headings_which_the_next_part_ends():
    body = (
        "决定：\n（一）系主任、副主任\n聘任孟凡军同志为动物科技系主任；\n（二）教研室主任\n动物科技系\n"
        "畜牧教研室主任：刘春生\n信息工程系\n计算机应用教研室主任：鞠　鹏\n（三）解聘\n"
        "解聘毕红卫同志的畜牧教研室主任职务。\n"
    )
    assert events(body) == [
        ("appoint", "孟凡军", "动物科技系主任"),
        ("appoint", "刘春生", "动物科技系畜牧教研室主任"),
        ("appoint", "鞠鹏", "信息工程系计算机应用教研室主任"),
        ("remove", "毕红卫", "畜牧教研室主任"),
    ]


def test_a_motion_unquoted_then_its_decision_on_the_next_line():
    body = (
        "二、议案审议情况\n3.00 关于选举第三届董事会非独立董事的议案\n选举罗志强先生为第三届董事会非独立董事。\n"
        "选举黎嘉欣女士为第三届董事会非独立董事。\n"
    )
    assert events(body) == [
        ("appoint", "罗志强", "第三届董事会非独立董事"),
        ("appoint", "黎嘉欣", "第三届董事会非独立董事"),
    ]


def test_the_line_up_after_changes_told_is_no_decision_but_one_told_alone_is():
    told = (
        "同日，公司召开董事会会议。调整后，关振宇先生担任战略委员会委员；钟离远先生担任提名委员会委员。"
        "调整后的各专门委员会组成如下：\n战略委员会：杜建川（主任委员）、关振宇\n提名委员会：屠蓓（主任委员）、钟离远\n"
    )
    assert events(told) == [("appoint", "关振宇", "战略委员会委员"), ("appoint", "钟离远", "提名委员会委员")]
    alone = (
        "四、审议通过了《关于调整专门委员会成员的议案》\n调整后的相关专门委员会组成如下：\n"
        "1.提名与薪酬委员会\n主任委员：陶文华；委员：陆振宇\n"
    )
    assert events(alone) == [
        ("appoint", "陶文华", "提名与薪酬委员会主任委员"),
        ("appoint", "陆振宇", "提名与薪酬委员会委员"),
    ]


def test_acting_ended_and_items_numbered_inside_a_sentence():
    body = (
        "董事会同意聘任孔令杰先生为公司董事会秘书。公司董事长田宗华先生不再代行董事会秘书职责。\n"
        "黄志明先生已辞任本公司执行董事，并不再担任行政总裁。\n"
        "自2023年7月1日起，(i)孔令杰先生获委任为董事会薪酬委员会及提名委员会委员；(ii)黄志明先生不再担任董事会薪酬委员会委员。"
    )
    found = events(body)
    assert ("remove", "田宗华", "董事会秘书") in found and ("remove", "黄志明", "行政总裁") in found
    assert ("appoint", "孔令杰", "董事会薪酬委员会委员") in found
    assert ("appoint", "孔令杰", "董事会提名委员会委员") in found
    assert ("remove", "黄志明", "董事会薪酬委员会委员") in found


def test_after_a_table_and_a_blank_line_an_intro_is_no_wrapped_cell():
    body = (
        "决定聘任以下同志为各研究室负责人：\n\n序号  研究室（中心）                    职务        姓名      备注\n"
        "1     喀斯特生态修复研究室              主任        龙志刚\n"
        "2     分析测试中心                      副主任      杨  柳    试用期一年\n\n"
        "    以下同志不再担任原职务：\n    黄永贵  喀斯特生态修复研究室主任（到龄）\n"
    )
    assert events(body) == [
        ("appoint", "龙志刚", "喀斯特生态修复研究室主任"),
        ("appoint", "杨柳", "分析测试中心副主任"),
        ("remove", "黄永贵", "喀斯特生态修复研究室主任"),
    ]


def test_a_units_name_broken_before_its_seats_and_a_list_leaving_the_title_at_each_unit():
    body = (
        "聘任下列同志为科室主任、副主任：\n    二、外科系统\n"
        "    胃肠外科　　主　任：陆建华　　副主任：钟翔\n    肝胆胰外\n"
        "科　　主　任：何其昌　　副主任：覃志勇\n    病理科　　主　任：（空缺）　　副主任：罗美华\n"
        "    病理科主任暂时空缺，由副主任罗美华同志主持科室工作。\n"
        "    其中，以下同志不再担任科室主任：石建军（心血管内科）、覃秋菊（肾内科，到龄）。\n"
    )
    found, _ = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "陆建华", "胃肠外科主任"),
        ("appoint", "钟翔", "胃肠外科副主任"),
        ("appoint", "何其昌", "肝胆胰外科主任"),
        ("appoint", "覃志勇", "肝胆胰外科副主任"),
        ("appoint", "罗美华", "病理科副主任"),
        ("remove", "石建军", "心血管内科主任"),
        ("remove", "覃秋菊", "肾内科主任"),
    ]


def test_a_units_seats_one_space_apart_under_an_intro_of_postings():
    body = (
        "经校党委研究决定，各学院新一届领导班子成员任职如下，任期四年。\n"
        "土木工程学院：党委书记 蒋卫东　院长 孔凡明　党委副书记 薛 丽　副院长 丁一鸣、崔海涛（新任）\n"
        "外国语学院：党委书记、副院长 陶新民　院长 萨仁高娃\n"
    )
    assert events(body) == [
        ("appoint", "蒋卫东", "土木工程学院党委书记"),
        ("appoint", "孔凡明", "土木工程学院院长"),
        ("appoint", "薛丽", "土木工程学院党委副书记"),
        ("appoint", "丁一鸣", "土木工程学院副院长"),
        ("appoint", "崔海涛", "土木工程学院副院长"),
        ("appoint", "陶新民", "外国语学院党委书记"),
        ("appoint", "陶新民", "外国语学院副院长"),
        ("appoint", "萨仁高娃", "外国语学院院长"),
    ]


def test_a_label_of_a_kind_of_unit_over_rows_of_one_unit_and_one_name():
    body = (
        "决定聘任以下同志为各系主任及专业负责人：\n  机电工程系\n   主　任：王建华\n   专业负责人：\n"
        "    机电一体化技术专业　张　楠\n    工业机器人技术专业　刘晓峰\n  汽车工程系\n   主　任：陈志远\n"
    )
    assert events(body) == [
        ("appoint", "王建华", "机电工程系主任"),
        ("appoint", "张楠", "机电工程系机电一体化技术专业负责人"),
        ("appoint", "刘晓峰", "机电工程系工业机器人技术专业负责人"),
        ("appoint", "陈志远", "汽车工程系主任"),
    ]


def test_described_people_leaving_at_the_end_of_their_term():
    body = (
        "本次换届完成后，公司第四届董事会非独立董事王永康先生，第四届董事会独立董事林清泉先生、梁淑贤女士"
        "因任期届满离任，不再担任公司任何职务；第四届监事会主席楼建军先生因任期届满离任。"
    )
    assert events(body) == [
        ("remove", "王永康", "公司第四届董事会非独立董事"),
        ("remove", "林清泉", "第四届董事会独立董事"),
        ("remove", "梁淑贤", "第四届董事会独立董事"),
        ("remove", "楼建军", "第四届监事会主席"),
    ]


def test_a_companys_boards_as_sub_parts_and_one_seat_set_up_instead_of_a_board():
    body = (
        "现将所属企业董事会、监事会及经理层组成人员调整如下：\n一、某建设工程有限公司\n（一）董事会\n"
        "董 事 长：郭振华\n（二）监事会\n监事会主席：李秋萍\n原董事长谢永平、原监事会主席朱建国不再担任上述职务。\n"
        "二、某资产运营管理有限公司\n不设董事会，设执行董事一名：何俊杰\n免去赖国强的某资产运营管理有限公司执行董事职务。\n"
        "三、某智慧停车有限公司\n（一）董事会\n董 事 长：宋子健\n"
    )
    assert events(body) == [
        ("appoint", "郭振华", "某建设工程有限公司董事长"),
        ("appoint", "李秋萍", "某建设工程有限公司监事会主席"),
        ("remove", "谢永平", "某建设工程有限公司董事长"),
        ("remove", "朱建国", "某建设工程有限公司监事会主席"),
        ("appoint", "何俊杰", "某资产运营管理有限公司执行董事"),
        ("remove", "赖国强", "某资产运营管理有限公司执行董事"),
        ("appoint", "宋子健", "某智慧停车有限公司董事长"),
    ]


def test_rosters_under_an_intro_of_appointments_and_removals_each_unit_appointing_again():
    body = (
        "现将段集镇卫生院等单位领导班子成员任免如下：\n一、段集镇卫生院\n院  长：李明亮\n"
        "免去周德胜的段集镇卫生院院长职务\n二、三河尖镇卫生院\n院  长：郑海波\n"
    )
    assert events(body) == [
        ("appoint", "李明亮", "段集镇卫生院院长"),
        ("remove", "周德胜", "段集镇卫生院院长"),
        ("appoint", "郑海波", "三河尖镇卫生院院长"),
    ]


def test_one_leaves_the_post_just_named_and_another_takes_it_over():
    body = (
        "决定：\n1．罗明贵同志任自强村党总支书记，冯国才同志不再担任；\n"
        "2．李俊同志因工作调整召回，免去其同心村驻村第一书记职务，由县交通运输局选派干部冉启航同志接任（驻村两年）。\n"
    )
    found, _ = read(body)  # (李俊同志因工作调整召回: what befalls him, told before the removal)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("appoint", "罗明贵", "自强村党总支书记"),
        ("remove", "冯国才", "自强村党总支书记"),
        ("remove", "李俊", "同心村驻村第一书记"),
        ("appoint", "冉启航", "同心村驻村第一书记"),
    ]


def test_a_decision_left_out_and_added_by_a_correction():
    body = "现更正如下：\n四、原文漏列“汪丽萍同志为某县人民政府办公室副主任”，现予补充。"
    assert events(body) == [("appoint", "汪丽萍", "某县人民政府办公室副主任")]


def test_sent_to_support_a_county_hospital_is_a_secondment():
    found, _ = read("决定：\n四、陈一帆同志对口支援任某县人民医院重症医学科主任（支援期限一年）；")
    assert [(e.person, e.post) for e in found] == [("陈一帆", "某县人民医院重症医学科主任")]
    assert "挂职" in found[0].manner


def test_a_departments_seats_one_space_apart_after_its_number():
    body = (
        "决定聘任下列同志为相应科室负责人：\n一、临床科室\n"
        "1．心血管内科　主任：覃振华　副主任：韦丽娟、蒙启明　护士长：黄秋菊\n"
        "2．医学影像科　主任：卢国斌　副主任：杨　燕\n"
    )
    assert events(body) == [
        ("appoint", "覃振华", "心血管内科主任"),
        ("appoint", "韦丽娟", "心血管内科副主任"),
        ("appoint", "蒙启明", "心血管内科副主任"),
        ("appoint", "黄秋菊", "心血管内科护士长"),
        ("appoint", "卢国斌", "医学影像科主任"),
        ("appoint", "杨燕", "医学影像科副主任"),
    ]


def test_units_then_titles_and_names_with_no_colon_and_units_in_lenticular_brackets():
    body = (
        "一、续聘\n以下同志续聘原职务，聘期三年：\n"
        "教务处  处长 孙立新；副处长 郑 丹、吕铁军\n科研处  处长 包海燕\n"
        "二、聘任（聘期四年）\n【发展规划处】\n　谷志伟　　处长　　　（正处级）\n"
        "　原　野　　副处长　　（副处级，试用期一年）\n"
    )
    assert events(body) == [
        ("appoint", "孙立新", "教务处处长"),
        ("appoint", "郑丹", "教务处副处长"),
        ("appoint", "吕铁军", "教务处副处长"),
        ("appoint", "包海燕", "科研处处长"),
        ("appoint", "谷志伟", "发展规划处处长"),
        ("appoint", "原野", "发展规划处副处长"),
    ]


def test_a_schools_list_announced_with_its_term_and_parts_by_kind_of_cadre():
    body = (
        "现将2024—2025学年度学校中层干部、年级组长聘任名单公布如下，聘期一学年：\n一、中层干部\n"
        "教务处：主　任　储志刚　　副主任　汪永红\n二、年级组长\n高一年级：组　长　吴海燕\n"
        "刘长青同志因到龄，不再聘任为总务处主任。\n"
    )
    assert events(body) == [
        ("appoint", "储志刚", "教务处主任"),
        ("appoint", "汪永红", "教务处副主任"),
        ("appoint", "吴海燕", "高一年级组长"),
        ("remove", "刘长青", "总务处主任"),
    ]


def test_names_apart_from_their_verbs_by_a_gap_under_unit_headings():
    body = (
        "对下列同志职务作如下任免：\n【党委办公室（校长办公室）】\n"
        "　　胡立伟　　任主任；免去其党委宣传部副部长职务\n"
        "　　覃晓燕　　任副主任（试用期一年）\n【教务处】\n"
        "　　韦志明　　任处长；免去其土木工程学院院长职务\n"
        "【基建处】\n　　邓红梅　　任处长（试用期一年）\n\n　　试用期自发文之日起计算。\n"
    )
    assert events(body) == [
        ("appoint", "胡立伟", "党委办公室(校长办公室)主任"),
        ("remove", "胡立伟", "党委宣传部副部长"),
        ("appoint", "覃晓燕", "党委办公室(校长办公室)副主任"),
        ("appoint", "韦志明", "教务处处长"),
        ("remove", "韦志明", "土木工程学院院长"),
        ("appoint", "邓红梅", "基建处处长"),
    ]


def test_rows_of_a_unit_and_its_names_under_a_kind_and_title():
    body = (
        "医院党委会研究决定：\n一、续聘以下同志为科室主任，聘期四年：\n"
        "　　心内科　　　　何建国\n　　消化内科　　　刘德明\n"
        "二、续聘以下同志为科室副主任，聘期四年：\n　　心内科　　　　罗明、张晓\n"
    )
    assert events(body) == [
        ("appoint", "何建国", "心内科主任"),
        ("appoint", "刘德明", "消化内科主任"),
        ("appoint", "罗明", "心内科副主任"),
        ("appoint", "张晓", "心内科副主任"),
    ]


def test_a_verb_with_its_other_name_in_brackets_and_a_group_at_each_branch():
    body = (
        "经研究决定，聘任（任命）以下同志为街道内设机构负责人。名单如下：\n一、党政综合办公室\n主　任：罗晓燕\n"
        "二、指定下列同志为分支机构临时负责人，待其任职资格核准后另行发文任命：\n"
        "1．陕西分公司：白志成（现任陕西分公司副总经理）；\n2．甘肃分公司：马晓军。\n"
    )
    assert events(body) == [
        ("appoint", "罗晓燕", "党政综合办公室主任"),
        ("appoint", "白志成", "陕西分公司临时负责人"),
        ("appoint", "马晓军", "甘肃分公司临时负责人"),
    ]


def test_a_resignation_asked_of_the_board_is_the_persons_named_before():
    body = (
        "本行董事会收到行长唐志鸿先生的书面辞职报告。唐志鸿先生因工作调动原因，向本行董事会申请辞去本行行长职务。"
        "唐志鸿先生的辞职自辞职报告送达董事会时生效。"
    )
    assert events(body) == [("remove", "唐志鸿", "本行行长")]


def test_a_boards_committees_elected_as_a_list_with_members_described_by_their_seat():
    body = (
        "董事会选举产生第四届董事会各专门委员会委员如下：\n"
        "1、战略委员会：沈国梁（主任委员）、钱立新、孔维德（独立董事）；\n2、审计委员会：孔维德（主任委员）、严佩琪；\n"
    )
    assert events(body) == [
        ("appoint", "沈国梁", "第四届董事会战略委员会主任委员"),
        ("appoint", "钱立新", "第四届董事会战略委员会委员"),
        ("appoint", "孔维德", "第四届董事会战略委员会委员"),
        ("appoint", "孔维德", "第四届董事会审计委员会主任委员"),
        ("appoint", "严佩琪", "第四届董事会审计委员会委员"),
    ]


def test_the_company_of_a_heading_said_again_as_gong_si():
    body = "决定：\n一、某县水务投资有限公司\n任命张三同志为公司总经理；\n免去李四同志的公司副总经理职务。\n"
    assert events(body) == [
        ("appoint", "张三", "某县水务投资有限公司总经理"),
        ("remove", "李四", "某县水务投资有限公司副总经理"),
    ]


def test_unit_headings_over_items_that_open_with_a_name_and_its_verb():
    body = (
        "现将乡镇卫生院负责人任免如下：\n\n东坪镇中心卫生院\n刘建湘任院长；谌志华任副院长（试用期一年）；\n"
        "夏利君不再担任院长职务。\n\n江南镇卫生院\n李　莉任院长。\n"
    )
    assert events(body) == [
        ("appoint", "刘建湘", "东坪镇中心卫生院院长"),
        ("appoint", "谌志华", "东坪镇中心卫生院副院长"),
        ("remove", "夏利君", "东坪镇中心卫生院院长"),
        ("appoint", "李莉", "江南镇卫生院院长"),
    ]


def test_a_name_one_space_before_its_verb_one_item_a_line():
    body = (
        "经学校党委常委会研究决定，对下列同志职务作如下任免：\n一、党委宣传部\n乌日娜 任部长，免去其副部长职务\n"
        "张 磊 任副部长（试用期一年）\n二、人事处\n周海燕 任副处长，免去其人事处人事科科\n长职务\n"
        "刘长海 免去处长职务，另有任用\n"
    )
    assert events(body) == [
        ("appoint", "乌日娜", "党委宣传部部长"),
        ("remove", "乌日娜", "党委宣传部副部长"),
        ("appoint", "张磊", "党委宣传部副部长"),
        ("appoint", "周海燕", "人事处副处长"),
        ("remove", "周海燕", "人事处人事科科长"),  # the heading's unit named in the post already
        ("remove", "刘长海", "人事处处长"),
    ]


def test_a_tables_remark_column_says_which_way_each_row_goes():
    body = (
        "经院党委研究，决定对下列同志予以聘任、免职（见附表）。\n附表：聘任、免职名单\n序号 姓名 科室 职务 备注\n"
        "1 杨秀珍 肿瘤科 护士长 聘任，试用期一年\n2 龙婷婷 肿瘤科 副护士长 免职\n3 潘玉兰 儿科 护士长 聘任\n"
        "4 张惠 儿科 副护士长 免职，退休\n"
    )
    assert events(body) == [
        ("appoint", "杨秀珍", "肿瘤科护士长"),
        ("remove", "龙婷婷", "肿瘤科副护士长"),
        ("appoint", "潘玉兰", "儿科护士长"),
        ("remove", "张惠", "儿科副护士长"),
    ]


def test_a_table_column_for_both_ways_a_cell_with_a_title_or_with_a_removal():
    body = (
        "经医院党委会议研究，决定对以下同志进行聘任调整（见附表）。\n附表：\n序号\t科室\t姓名\t聘任/免去职务\t备注\n"
        "1\t手术室\t陶红梅\t护士长\t\n2\t手术室\t戴  敏\t免去护士长职务\t退休\n"
    )
    assert events(body) == [("appoint", "陶红梅", "手术室护士长"), ("remove", "戴敏", "手术室护士长")]


def test_a_term_said_between_a_list_and_its_colon_and_a_page_foot_of_the_bodys_paper():
    body = (
        "所长办公会研究决定，聘任第四届研究室（中心）主任、副主任如下，聘期三年（2023年3月1日至2026年2月28日）：\n"
        "渔业资源研究室\n主  任：俞海波\n某研究所 文件                       - 1 -\n"
        "下列同志不再续聘第四届研究室（中心）负责人：\n胡国祥，原渔业资源研究室主任；\n"
        "另，经所务会研究，聘任王建华为所长助理（兼）一事，另文下发。\n"
    )
    assert events(body) == [
        ("appoint", "俞海波", "渔业资源研究室主任"),
        ("remove", "胡国祥", "渔业资源研究室主任"),
    ]


def test_a_departments_line_carries_to_its_ke_zhuren_and_a_reason_names_no_one():
    body = (
        "对以下同志进行聘任和免职：\n神经内科：聘任吴国强为科主任，聘任黄丽为护士长。\n"
        "某县人民医院公文              第 1 页 共 2 页\n"
        "普国华同志热带果树研究室主任聘期已满，本人年龄原因，不再续聘。\n"
    )
    assert events(body) == [
        ("appoint", "吴国强", "神经内科科主任"),
        ("appoint", "黄丽", "神经内科护士长"),
        ("remove", "普国华", "热带果树研究室主任"),
    ]


def test_a_name_padded_wide_then_its_verb_under_unit_headings_is_no_table_row():
    body = (
        "对下列同志的职务作如下任免：\n党委组织部\n周 立 新　　任部长\n何　　静　　任副部长（试用期一年）\n"
        "杨　　帆　　免去副部长职务\n"
    )
    assert events(body) == [
        ("appoint", "周立新", "党委组织部部长"),
        ("appoint", "何静", "党委组织部副部长"),
        ("remove", "杨帆", "党委组织部副部长"),
    ]


def test_appointed_then_probation_ended_then_formally_in_post_is_a_confirmation():
    body = (
        "校党委常委会研究决定：\n张海鹰同志任动物科学技术学院副院长，试用期满，正式任职；\n"
        "王旭东同志试用期考核不称职，免去其食品学院副院长试用职务。\n"
    )
    assert events(body) == [
        ("confirm", "张海鹰", "动物科学技术学院副院长"),
        ("remove", "王旭东", "食品学院副院长"),
    ]


def test_terms_of_a_kind_of_people_as_heads_and_no_body_split_off_a_bare_title():
    body = (
        "现就所属企业经理层成员聘任事项通知如下：\n一、以下人员第二个任期续聘，任期三年（2023年1月1日至2025年12月31日）：\n"
        "某城市建设有限公司：总经理邓德华；\n二、以下人员任期届满，经考核不再续聘：\n"
        "某物产贸易有限公司副总经理 卿志明；\n"
        "三、董事会同意续聘沈立群先生为总经理；聘任王浩然先生为副总经理，聘任金美华女士为财务总监。\n"
    )
    assert events(body) == [
        ("appoint", "邓德华", "某城市建设有限公司总经理"),
        ("remove", "卿志明", "某物产贸易有限公司副总经理"),
        ("appoint", "沈立群", "总经理"),
        ("appoint", "王浩然", "副总经理"),
        ("appoint", "金美华", "财务总监"),
    ]


def test_a_spaced_table_missing_one_post_cell_placed_by_its_remark():
    body = (
        "对以下人员职务进行调整（详见附表）。\n附表\n序号 姓名 聘任职务 解聘职务 备注\n"
        "1 林志刚 城关支行行长 朝歌支行行长 交流\n2 邢丽 西岗支行副行长 新提任\n3 岳宁 黄洞支行行长 到龄退出\n"
    )
    assert events(body) == [
        ("appoint", "林志刚", "城关支行行长"),
        ("remove", "林志刚", "朝歌支行行长"),
        ("appoint", "邢丽", "西岗支行副行长"),
        ("remove", "岳宁", "黄洞支行行长"),
    ]


def test_a_companys_board_sub_heads_with_the_clause_on_their_line_keep_the_company():
    body = (
        "现将所属企业董事会、监事会及经理层成员调整事项通知如下：\n二、某船舶服务有限公司\n"
        "（一）董事会：张国梁任执行董事；免去秦海波执行董事职务。\n（二）监事会成员：宋志勇不再担任监事。\n"
        "（三）经理层成员：聘任高翔为副总经理（试用期一年），兼任财务负责人。\n"
    )
    assert events(body) == [
        ("appoint", "张国梁", "某船舶服务有限公司执行董事"),
        ("remove", "秦海波", "某船舶服务有限公司执行董事"),
        ("remove", "宋志勇", "某船舶服务有限公司监事"),
        ("appoint", "高翔", "某船舶服务有限公司副总经理"),
        ("appoint", "高翔", "某船舶服务有限公司财务负责人"),
    ]


def test_a_units_label_before_its_clauses_a_heading_after_another_use_and_no_name_in_jiguan():
    body = (
        "现将王晓军等同志职务聘任及免职事项通知如下：\n一、临床科室\n1．心血管内科：聘任王晓军为主任，免去其副主任职务；\n"
        "二、机关党委\n陈玉兰　　任副主任，免去机关党委副书记职务\n文学院\n龙　跃　　免去党委书记职务，另有任用\n"
        "数学与统计学院\n李　鸿　　不再担任党委副书记职务\n"
    )
    assert events(body) == [
        ("appoint", "王晓军", "心血管内科主任"),
        ("remove", "王晓军", "心血管内科副主任"),
        ("appoint", "陈玉兰", "机关党委副主任"),
        ("remove", "陈玉兰", "机关党委副书记"),
        ("remove", "龙跃", "文学院党委书记"),
        ("remove", "李鸿", "数学与统计学院党委副书记"),
    ]


def test_a_table_one_cell_per_line_with_the_company_each_person_is_sent_to():
    body = (
        "其他委派人员详见附表。\n附件\n市属国有企业委派人员名单\n序号\n姓名\n委派企业\n委派职务\n免去职务\n备注\n"
        "1\n丁一鸣\n某市水务集团有限公司\n专职外部董事\n/\n\n2\n何秋萍\n某市水务集团有限公司\n监事会主席\n"
        "某市文化旅游集团有限公司监事会主席\n\n"
    )
    assert events(body) == [
        ("appoint", "丁一鸣", "某市水务集团有限公司专职外部董事"),
        ("appoint", "何秋萍", "某市水务集团有限公司监事会主席"),
        ("remove", "何秋萍", "某市文化旅游集团有限公司监事会主席"),
    ]


def test_schools_and_their_heads_in_rows_under_a_group_and_a_list_not_renewed():
    body = (
        "经局党组研究，决定聘任下列同志为中小学校长（园长），任期四年（2023 年 9 月至 2027 年 8 月）：\n"
        "一、县直学校\n定边中学　　　　　　　张文斌\n白泥井镇中心学校　　　马　强（新任）\n三、幼儿园\n"
        "定边县第一幼儿园　　　贺晓丽（园长）\n以下同志任期届满不再聘任：\n"
        "郝志明（定边县第四中学校长）、曹军（白泥井镇中心学校校\n长）。\n"
    )
    assert events(body) == [
        ("appoint", "张文斌", "定边中学校长"),
        ("appoint", "马强", "白泥井镇中心学校校长"),
        ("appoint", "贺晓丽", "定边县第一幼儿园园长"),
        ("remove", "郝志明", "定边县第四中学校长"),
        ("remove", "曹军", "白泥井镇中心学校校长"),
    ]


def test_a_colleges_line_of_posts_each_with_its_name_and_a_first_term_verb():
    body = (
        "决定聘任下列同志为系（部）主任，聘期自2024年6月1日至2028年5月31日：\n"
        "化学化工学院：应用化学系主任　杨晓军；化学工程系主任　吴迪\n体育学院：公共体育教学部主任　马新民\n"
        "二、首聘\n首聘韦华同志为总经理；首次聘任廖建新同志为副总经理（主持工作）。\n"
    )
    assert events(body) == [
        ("appoint", "杨晓军", "化学化工学院应用化学系主任"),
        ("appoint", "吴迪", "化学化工学院化学工程系主任"),
        ("appoint", "马新民", "体育学院公共体育教学部主任"),
        ("appoint", "韦华", "总经理"),
        ("appoint", "廖建新", "副总经理"),
    ]


def test_a_bodys_heading_then_its_clause_on_one_line_numbered():
    body = (
        "三、解聘及不再续聘\n（一）某建设工程有限公司　卢永福同志聘期届满，不再续聘其副总经理职务。\n"
        "（二）某物业服务有限公司　解聘甘少华同志的副总经理职务。\n"
        "四、某煤业有限公司：王建伟同志任党委书记、董事长；免去赵永刚同志党委书记职务。\n"
    )
    assert events(body) == [
        ("remove", "卢永福", "某建设工程有限公司副总经理"),
        ("remove", "甘少华", "某物业服务有限公司副总经理"),
        ("appoint", "王建伟", "某煤业有限公司党委书记"),
        ("appoint", "王建伟", "某煤业有限公司董事长"),
        ("remove", "赵永刚", "某煤业有限公司党委书记"),
    ]


def test_a_tables_change_column_with_posts_in_a_both_ways_column():
    body = (
        "决定对下列同志职务予以任免，具体如下表。\n科室负责人任免表\n序号\t姓名\t科室\t任免职务\t任/免\t备注\n"
        "1\t阿苦日哈\t肿瘤科\t主任\t任\t\n2\t刘德全\t肿瘤科\t主任\t免\t退休\n"
        "3\t吉克伍各\t感染性疾病科\t主任\t任\t兼任发热门诊主任\n"
    )
    assert events(body) == [
        ("appoint", "阿苦日哈", "肿瘤科主任"),
        ("remove", "刘德全", "肿瘤科主任"),
        ("appoint", "吉克伍各", "感染性疾病科主任"),
        ("appoint", "吉克伍各", "发热门诊主任"),
    ]


def test_a_resume_annexed_tells_a_life_not_a_decision():
    body = (
        "同意选举钱立群先生为公司第五届董事会董事长。\n附件：相关人员简历\n"
        "钱立群先生：1968年出生，中国国籍，硕士研究生学历。2012年10月至今任公司董事长，兼任某投资有限公司执行董事。\n"
    )
    assert events(body) == [("appoint", "钱立群", "公司第五届董事会董事长")]


def test_a_companys_governance_in_brackets_a_banks_own_parts_and_no_more_renewed_as():
    body = (
        "研究决定：\n一、某资产经营有限公司（不设董事会、监事会）\n委派姚志刚为执行董事；委派覃玉兰为监事。\n"
        "二、总行部室\n任命李明为风险管理部总经理；\n三、集团公司\n黎晓峰同志任期届满，不再续聘为集团公司副总经理。\n"
    )
    assert events(body) == [
        ("appoint", "姚志刚", "某资产经营有限公司执行董事"),
        ("appoint", "覃玉兰", "某资产经营有限公司监事"),
        ("appoint", "李明", "风险管理部总经理"),
        ("remove", "黎晓峰", "集团公司副总经理"),
    ]


def test_a_list_adopted_by_a_congress_then_news_of_the_oath_is_still_the_list():
    text = (
        "某市人民代表大会常务委员会\n任免名单\n\n（2024年3月25日某市第六届人民代表大会常务委员会第二十次会议通过）\n\n"
        "任命谭冬梅为某市人民政府秘书长；\n免去黄志坚的某市人民政府秘书长职务。\n\n"
        "会议期间，常委会组成人员认真审议了各项议案。新任命的人员进行了宪法宣誓。\n"
    )
    found = [(e.action, e.person) for n in parse_text(text).notices for e in n.events]
    assert found == [("appoint", "谭冬梅"), ("remove", "黄志坚")]


def test_a_numbered_bodys_name_broken_over_two_lines_and_a_table_remark_turning_the_row():
    body = (
        "现将有关同志职务任免事项通知如下：\n一、某高速公路运营管\n理有限公司\n（一）董事会\n委派熊建华为董事长；\n"
        "附件\n序号\t姓名\t委派企业\t委派职务\t备注\n1\t罗德华\t某投资集团有限公司\t外部董事\t新委派\n"
        "2\t贾明远\t某投资集团有限公司\t外部董事\t不再委派\n"
    )
    assert events(body) == [
        ("appoint", "熊建华", "某高速公路运营管理有限公司董事长"),
        ("appoint", "罗德华", "某投资集团有限公司外部董事"),
        ("remove", "贾明远", "某投资集团有限公司外部董事"),
    ]


def test_a_street_offices_table_by_institution_name():
    body = (
        "对以下同志职务作如下任免：\n一、任命\n机构名称\t职务\t姓名\t备注\n党政办公室\t主任\t楼海燕\t\n"
        "\t副主任\t吴  俊\t试用期一年\n"
    )
    assert events(body) == [("appoint", "楼海燕", "党政办公室主任"), ("appoint", "吴俊", "党政办公室副主任")]


def test_a_companys_joint_board_heads_and_a_confirmation_list_by_parts():
    body = (
        "现将所属企业领导人员任免事项通知如下：\n一、某第一工程有限公司\n（一）董事会、监事会\n委派陈志远为董事长；\n"
        "（二）经理层\n聘任周国良为总经理。\n二、以下同志考核合格，正式聘任：\n（一）总行部门\n"
        "王晓东  总行授信审批部副总经理\n（二）分行\n孙海鹏  宿迁分行行长\n"
    )
    assert events(body) == [
        ("appoint", "陈志远", "某第一工程有限公司董事长"),
        ("appoint", "周国良", "某第一工程有限公司总经理"),
        ("confirm", "王晓东", "总行授信审批部副总经理"),
        ("confirm", "孙海鹏", "宿迁分行行长"),
    ]


def test_a_removal_table_by_the_company_held():
    body = (
        "免去吴德胜等同志的外部董事职务（名单见附表）。\n附表2\n免去外部董事、监事职务名单\n序号\t姓名\t原任企业\t原任职务\n"
        "1\t吴德胜\t某城市建设投资集团有限公司\t外部董事\n"
    )
    assert events(body) == [("remove", "吴德胜", "某城市建设投资集团有限公司外部董事")]


def test_that_company_said_by_gai_in_the_description_of_who_acts():
    body = (
        "三、某港航投资集团有限公司董事长付成刚同志因病不能履职期间，"
        "由该公司党委副书记、总经理向  东同志代为履行董事长职责。\n"
    )
    assert events(body) == [("appoint", "向东", "某港航投资集团有限公司董事长")]


def test_numbered_units_each_with_their_titles_and_colons_on_one_row():
    body = (
        "决定聘任以下同志为系（所、中心）负责人：\n"
        "    ① 计算机科学与技术系　　主任：郑志鹏　　副主任：梁嘉欣\n"
        "    ② 软件工程系　　　　　　主任：黄伟杰　　副主任：陈晓霞、刘　洋\n"
        "原系（所、中心）负责人聘期届满，以下同志不再续聘：\n何志远（原软件工程系主任）。\n"
    )
    assert events(body) == [
        ("appoint", "郑志鹏", "计算机科学与技术系主任"),
        ("appoint", "梁嘉欣", "计算机科学与技术系副主任"),
        ("appoint", "黄伟杰", "软件工程系主任"),
        ("appoint", "陈晓霞", "软件工程系副主任"),
        ("appoint", "刘洋", "软件工程系副主任"),
        ("remove", "何志远", "软件工程系主任"),
    ]


def test_a_roster_name_cut_at_the_line_end_and_posts_each_with_a_name_after_a_gap():
    body = (
        "聘任下列同志为临床医技科室负责人：\n一、内科系统\n内分泌代谢科：主任　任\n丽娟\n"
        "骨科：主任　高继\n承；副主任　刘红卫（试用期一年）\n二、护理单元\n心血管内科护士长　王\n"
        "娜娜；普通外科护士长　雷艳\n同时，免去下列同志职务：\n郭志远的心血管内科副主任职务。\n"
    )
    assert events(body) == [
        ("appoint", "任丽娟", "内分泌代谢科主任"),
        ("appoint", "高继承", "骨科主任"),
        ("appoint", "刘红卫", "骨科副主任"),
        ("appoint", "王娜娜", "心血管内科护士长"),
        ("appoint", "雷艳", "普通外科护士长"),
        ("remove", "郭志远", "心血管内科副主任"),
    ]


def test_a_name_spaced_out_at_a_roster_lines_end_is_no_cut_name():
    body = "聘任下列同志为科室主任、副主任：\n呼吸与危重症医学科\n  副主任：田  甜\n消化内科\n  主  任：戚宏伟\n"
    assert events(body) == [
        ("appoint", "田甜", "呼吸与危重症医学科副主任"),
        ("appoint", "戚宏伟", "消化内科主任"),
    ]


def test_a_scans_ratio_sign_as_a_colon():
    found = events("某县人民法院\n任命∶\n马 永 祥为某县人民法院审判员。\n")
    assert found == [("appoint", "马永祥", "某县人民法院审判员")]


def test_a_fund_managers_form_of_a_change_of_officers_and_of_fund_managers():
    body = (
        "1 公告基本信息\n基金管理人名称\t某基金管理有限公司\n基金名称\t某稳健债券型证券投资基金\n"
        "2 新任高级管理人员的相关信息\n新任高级管理人员职务\t总经理\n新任高级管理人员姓名\t宋明辉\n"
        "过往从业经历\t宋明辉先生，2019年8月加入本公司，历任副总经理。\n"
        "3 离任高级管理人员的相关信息\n离任高级管理人员职务\t总经理\n离任高级管理人员姓名\t冯建中\n离任原因\t个人原因\n"
        "新任基金经理姓名\t周雨桐\n共同管理本基金的其他基金经理姓名\t刘畅\n"
    )
    assert events(body) == [
        ("appoint", "宋明辉", "总经理"),
        ("remove", "冯建中", "总经理"),
        ("appoint", "周雨桐", "某稳健债券型证券投资基金基金经理"),
    ]


def test_those_described_over_the_commas_of_a_sentence_leave_their_seats():
    body = (
        "本次换届选举完成后，公司第三届董事会非独立董事周树林先生、独立董事宋建华先生和卢晓光先生，"
        "第三届监事会主席马强先生因任期届满，不再担任公司董事、监事职务。"
    )
    assert events(body) == [
        ("remove", "周树林", "公司第三届董事会非独立董事"),
        ("remove", "宋建华", "公司第三届董事会独立董事"),
        ("remove", "卢晓光", "公司第三届董事会独立董事"),
        ("remove", "马强", "第三届监事会主席"),
    ]


def test_posted_abroad_to_a_company_then_its_posts_and_what_holds_for_all_of_them():
    body = (
        "二、选派以下同志外派境外企业工作\n１．郭晓峰同志外派至岱岳国际（老挝）有限公司，任执行董事，外派期限三年；\n"
        "三、赵春雨同志挂职期满，免去其某物流有限公司副总经理（挂职）职务，回原单位工作。\n"
        "挂职、外派期间，上述同志人事关系保留在原单位。\n"
    )
    assert events(body) == [
        ("appoint", "郭晓峰", "岱岳国际(老挝)有限公司执行董事"),
        ("remove", "赵春雨", "某物流有限公司副总经理"),
    ]


def test_the_posts_once_held_leave_with_the_one_the_sentence_is_about():
    body = "谭志勇不再担任副总经理职务。黄建国任期届满，不再续聘，原担任的总经济师职务自然免除。"
    assert events(body) == [("remove", "谭志勇", "副总经理"), ("remove", "黄建国", "总经济师")]


def test_a_tab_tables_cell_wrapped_below_itself_and_a_remarks_party_post_at_the_rows_school():
    body = (
        "一、聘任赵丽萍等同志为学校校长、副校长（名单见附表1）。\n二、免去李建民等同志的学校校长职务（名单见附表2）。\n"
        "附表1\n序号\t姓名\t性别\t任职学校\t聘任职务\t备注\n"
        "1\t高　翔\t男\t某区吉祥村小学\t校长\t兼党支部书记\n2\t张  鹏\t男\t某区丈八沟\n\t　\t　\t小学\t校长\t\n"
        "附表2\n序号\t姓名\t原任职学校\t原任职务\t备注\n1\t李建民\t某区第二小学\t校长\t退休\n"
    )
    assert events(body) == [
        ("appoint", "高翔", "某区吉祥村小学校长"),
        ("appoint", "高翔", "某区吉祥村小学党支部书记"),
        ("appoint", "张鹏", "某区丈八沟小学校长"),
        ("remove", "李建民", "某区第二小学校长"),
    ]


def test_a_maritime_courts_detached_tribunal_named_for_its_city_is_the_courts():
    body = "厦门海事法院\n任命：\n苏文斌为福州派出法庭副庭长；\n黄秀娟为海商审判庭庭长。\n"
    assert events(body) == [
        ("appoint", "苏文斌", "厦门海事法院福州派出法庭副庭长"),
        ("appoint", "黄秀娟", "厦门海事法院海商审判庭庭长"),
    ]


def test_two_named_then_the_posts_they_once_held_each_in_its_place():
    body = "谭志勇不再担任副总经理职务。黄建国、刘红任期届满，不再续聘，原担任的副总经理、总经济师职务自然免除。"
    assert events(body) == [
        ("remove", "谭志勇", "副总经理"),
        ("remove", "黄建国", "副总经理"),
        ("remove", "刘红", "总经济师"),
    ]
    assert not read("聘任张三为总经济师。")[1]  # a known title with nothing before it: no warning


def test_a_tab_tables_change_column_of_clauses_cut_after_the_first_and_a_remark_cut():
    body = (
        "决定对下列同志职务予以任免（见附件）。\n附件\n序号\t姓名\t性别\t现任职务\t任  免\t备注\n"
        "1\t何志远\t男\t麻醉科副主任\t任麻醉科主任；\n免去麻醉科副主任职务\t\n"
        "2\t杨  柳\t女\t产科主治医师\t任产科副主任\t试用期\n一年\n"
        "3\t张  芸\t女\t新生儿科护士长\t任护理部副主任；免去新生儿科护士长职务\t\n"
    )
    assert events(body) == [
        ("appoint", "何志远", "麻醉科主任"),
        ("remove", "何志远", "麻醉科副主任"),
        ("appoint", "杨柳", "产科副主任"),
        ("appoint", "张芸", "护理部副主任"),
        ("remove", "张芸", "新生儿科护士长"),
    ]
    found, _ = read(body)
    assert found[2].probation == "试用期一年"


def test_a_table_set_out_by_spaces_with_verb_parts_a_name_one_space_from_its_body_and_a_merged_row():
    body = (
        "委派马志远等同志为有关省属企业专职外部董事；免去鲁振邦等同志的有关职务（名单附后）。\n附件\n"
        "序号  姓名    企业名称                          职务                      备注\n一、委派\n"
        "1     马志远  甘肃省公路交通建设集团有限公司    专职外部董事\n"
        "2     才让东智 甘肃省旅游投资集团有限公司       兼职外部董事\n"
        "3     杨继红  甘肃能源化工投资集团有限公司      专职外部董事\n"
        "              甘肃省水务投资有限责任公司        专职外部董事\n"
        "二、免去\n4     鲁振邦  甘肃省公路交通建设集团有限公司    专职外部董事              到龄退出\n"
    )
    assert events(body) == [
        ("appoint", "马志远", "甘肃省公路交通建设集团有限公司专职外部董事"),
        ("appoint", "才让东智", "甘肃省旅游投资集团有限公司兼职外部董事"),
        ("appoint", "杨继红", "甘肃能源化工投资集团有限公司专职外部董事"),
        ("appoint", "杨继红", "甘肃省水务投资有限责任公司专职外部董事"),
        ("remove", "鲁振邦", "甘肃省公路交通建设集团有限公司专职外部董事"),
    ]


def test_a_verb_part_over_a_table_of_its_own_keeps_that_tables_columns():
    body = (
        "一、聘任\n序号\t科室（部门）\t姓名\t聘任职务\t备注\n1\t心血管内科\t王志明\t主任\t\n"
        "二、解聘\n序号\t科室（部门）\t姓名\t原任职务\t备注\n1\t心血管内科\t吴建国\t主任\t到龄\n"
    )
    assert events(body) == [("appoint", "王志明", "心血管内科主任"), ("remove", "吴建国", "心血管内科主任")]


def test_a_tables_way_column_says_each_rows_verb_and_a_recommendation_is_no_decision():
    body = (
        "现将委派、推荐人员名单通知如下。\n序号\t姓名\t所在企业\t职务\t方式\n"
        "1\t覃志刚\t某城市投资建设发展有限公司\t外部董事\t委派\n2\t蓝海涛\t某投资开发集团有限公司\t董事长\t推荐\n"
        "　　二、免去委派人员名单\n序号\n姓名\n所在企业\n原委派职务\n1\n韦国华\n某城市投资建设发展有限公司\n外部董事\n"
    )
    assert events(body) == [
        ("appoint", "覃志刚", "某城市投资建设发展有限公司外部董事"),
        ("remove", "韦国华", "某城市投资建设发展有限公司外部董事"),
    ]


def test_a_companys_heading_with_the_term_of_its_posts_and_its_boards_said_inline():
    body = (
        "二、所属企业经理层\n（一）某自来水有限公司（任期自2024年1月1日至2026年12月31日）\n聘任祝卫东为总经理；\n"
        "三、某供水集团有限公司\n董事会：委派袁志成同志为董事长；\n监事会：委派钟丽萍同志为监事会主席；\n"
        "经理层：聘任简勇同志为总经理。\n建议公司董事会聘任祁振东同志为副总经理。\n"
    )
    assert events(body) == [
        ("appoint", "祝卫东", "某自来水有限公司总经理"),
        ("appoint", "袁志成", "某供水集团有限公司董事长"),
        ("appoint", "钟丽萍", "某供水集团有限公司监事会主席"),
        ("appoint", "简勇", "某供水集团有限公司总经理"),
    ]


def test_chained_people_with_honorifics_a_name_the_notice_gives_elsewhere_and_a_designated_someone():
    assert events("同意聘任孔令华先生为公司董事会秘书、黄思齐女士为公司证券事务代表。") == [
        ("appoint", "孔令华", "公司董事会秘书"),
        ("appoint", "黄思齐", "公司证券事务代表"),
    ]
    body = (
        "一、聘任：\n聘任贺鹏为宝鸡经二路证券营业部负责人；\n二、解聘：\n解聘贺鹏汉中天汉大道证券营业部负责人职务；\n"
        "汉中天汉大道证券营业部负责人职务暂由陕西区域管理总部指定专人代为履行。\n"
    )
    assert events(body) == [
        ("appoint", "贺鹏", "宝鸡经二路证券营业部负责人"),
        ("remove", "贺鹏", "汉中天汉大道证券营业部负责人"),
    ]


def test_a_branchs_items_a_resignation_without_honorific_and_the_head_offices_own_post():
    body = (
        "3.马鞍支行\n蒲勇任行长，免去其总行风险管理部副总经理职务；\n4.复兴支行\n"
        "陈涛因个人原因辞去行长职务，经研究同意。\n"
    )
    assert events(body) == [
        ("appoint", "蒲勇", "马鞍支行行长"),
        ("remove", "蒲勇", "总行风险管理部副总经理"),
        ("remove", "陈涛", "复兴支行行长"),
    ]


def test_a_name_corrected_inside_a_quoted_clause_and_a_pending_qualification():
    body = "现更正如下：\n二、第五项“免去黄伟同志的某物业服务有限公司副经理职务”中“黄伟”更正为“黄炜”。"
    assert events(body) == [("remove", "黄炜", "某物业服务有限公司副经理")]
    found, issues = read("聘任庄卫国先生为本行行长，庄卫国先生的任职资格尚需报监管局核准。")
    assert [(e.person, e.post) for e in found] == [("庄卫国", "本行行长")] and not [i for i in issues if i.fatal]


def test_a_companys_union_said_after_its_post_and_a_company_abroad_of_the_group():
    body = (
        "九、戚红梅同志任某集装箱码头有限公司副总经理，兼任工会主席；\n"
        "4.张宁同志到集团所属贵州黔源电力有限公司挂职任副总经理（挂职一年）。\n"
    )
    assert events(body) == [
        ("appoint", "戚红梅", "某集装箱码头有限公司副总经理"),
        ("appoint", "戚红梅", "某集装箱码头有限公司工会主席"),
        ("appoint", "张宁", "贵州黔源电力有限公司副总经理"),
    ]


def test_bodies_respectively_with_the_title_said_once_and_a_seat_held_acting_in_its_bracket():
    body = (
        "罗强同志任桂花村党总支书记，免去其桂花村党总支副书记职务；\n张成、冯德明同志分别任双河村、金堂村党支部书记；\n"
    )
    assert events(body)[2:] == [("appoint", "张成", "双河村党支部书记"), ("appoint", "冯德明", "金堂村党支部书记")]
    body = (
        "聘任下列同志为科室负责人：\n（七）儿科\n主任（代理）：杨春晖\n副主任：张三\n二、机关部处\n人事处\n处长：李四\n"
    )
    assert events(body) == [
        ("appoint", "杨春晖", "儿科主任"),
        ("appoint", "张三", "儿科副主任"),
        ("appoint", "李四", "人事处处长"),
    ]


def test_a_grid_of_units_by_titles_with_starred_names_and_their_legend():
    body = (
        "决定聘任以下同志为科室主任、副主任、护士长：\n科室\t主任\t副主任\t护士长\n"
        "呼吸与危重症医学科\t庞　海\t覃立新*\t李秋菊\n注：带*者为新任人员，试用期一年，自2024年3月1日起计算。\n"
    )
    found, issues = read(body)
    assert not [i for i in issues if i.fatal]
    assert [(e.person, e.post) for e in found] == [
        ("庞海", "呼吸与危重症医学科主任"),
        ("覃立新", "呼吸与危重症医学科副主任"),
        ("李秋菊", "呼吸与危重症医学科护士长"),
    ]
    assert [e.probation_until for e in found] == [None, dt.date(2025, 3, 1), None]


def test_a_companys_part_with_its_clause_on_the_line_and_a_part_over_a_head_with_items_by_commas():
    body = (
        "一、某能源集团有限公司\n（四）经理层　聘任舒建国同志为总经理；解聘罗振华同志的总经理职务。\n"
        "二、某旅游发展集团有限公司\n（三）经理层\n聘任：刘勇为副总经理，姚静为总会计师，潘世杰为总法律顾问（兼）。\n"
    )
    assert events(body) == [
        ("appoint", "舒建国", "某能源集团有限公司总经理"),
        ("remove", "罗振华", "某能源集团有限公司总经理"),
        ("appoint", "刘勇", "某旅游发展集团有限公司副总经理"),
        ("appoint", "姚静", "某旅游发展集团有限公司总会计师"),
        ("appoint", "潘世杰", "某旅游发展集团有限公司总法律顾问"),
    ]


def test_a_merged_rows_unit_and_post_beside_the_post_taken_and_a_committees_seats_after_its_department():
    body = (
        "决定对下列同志职务予以任免。\n序号\t姓名\t科室\t任免职务\t任/免\t备注\n1\t李　霞\t眼科\t主任\t任\t\n"
        "\t\t眼科\t副主任\t免\t\n"
    )
    assert events(body) == [("appoint", "李霞", "眼科主任"), ("remove", "李霞", "眼科副主任")]
    assert events("免去蒙德才同志的中共独山县委组织部部长、常委、委员职务；") == [
        ("remove", "蒙德才", "中共独山县委组织部部长"),
        ("remove", "蒙德才", "中共独山县委常委"),
        ("remove", "蒙德才", "中共独山县委委员"),
    ]


def test_a_committees_members_with_a_role_in_brackets_and_what_some_of_them_are_besides():
    body = (
        "同意选举刘卫东先生（召集人）、徐静女士、王芳女士为公司第九届董事会审计委员会委员，"
        "其中刘卫东先生、徐静女士为独立董事，刘卫东先生为会计专业人士。\n聘任后实行任期制和契约化管理，任期三年。\n"
    )
    assert events(body) == [
        ("appoint", "刘卫东", "公司第九届董事会审计委员会委员"),
        ("appoint", "徐静", "公司第九届董事会审计委员会委员"),
        ("appoint", "王芳", "公司第九届董事会审计委员会委员"),
    ]


def test_a_banks_head_office_heading_a_supervisor_described_and_a_bulletins_footer():
    body = (
        "一、总行\n欧阳晓玲同志任普惠金融部总经理；\n二、南昌分行\n熊小燕同志任副行长；\n"
        "3．集团公司人力资源部主管沙永平同志挂职任云岭新能源有限公司副总经理，挂职两年。\n"
        "晋华煤业分公司：\n白建国同志任党委副书记；\n晋华煤电集团公司通讯　　　　　　·1·\n薛晓峰同志任纪委书记。\n"
    )
    assert events(body) == [
        ("appoint", "欧阳晓玲", "总行普惠金融部总经理"),
        ("appoint", "熊小燕", "南昌分行副行长"),
        ("appoint", "沙永平", "云岭新能源有限公司副总经理"),
        ("appoint", "白建国", "晋华煤业分公司党委副书记"),
        ("appoint", "薛晓峰", "晋华煤业分公司纪委书记"),
    ]


def test_secondments_extended_by_a_list_head_or_one_by_one_and_each_ones_post_left_in_a_bracket():
    body = (
        "同意延长张立平同志（杭州市余杭区农业农村局副局长）挂职任从江县农业农村局副局长的挂职时间一年（至2025年3月）。\n"
        "二、延长下列同志挂职时间\n延长以下同志挂职时间一年，挂职职务不变：\n１．贲小龙　　和田地区人民医院副院长；\n"
        "何晓军同志，继续挂任恩施州商务局副局长。\n"
        "三、挂职期满\n李超、杨雪2名同志挂职期满，免去其所任挂职职务（李超的某镇党委副书记职务，杨雪的某局副局长职务）。\n"
        "北京市选派的郝佳明挂职任鄂尔多斯市商务局副局长（挂职时间二年）；\n"
    )
    assert events(body) == [
        ("appoint", "张立平", "从江县农业农村局副局长"),
        ("appoint", "贲小龙", "和田地区人民医院副院长"),
        ("appoint", "何晓军", "恩施州商务局副局长"),
        ("remove", "李超", "某镇党委副书记"),
        ("remove", "杨雪", "某局副局长"),
        ("appoint", "郝佳明", "鄂尔多斯市商务局副局长"),
    ]


def test_a_confirmation_list_announced_after_a_sentence_of_its_time_with_padded_numbered_names():
    body = (
        "王立新等3名同志试用期已满，经考核合格，学校党委常委会研究，决定正式任职，任职时间从试用期开始之日起计算。"
        "名单如下：\n1．王立新   党委组织部副部长\n4．李  强   科技处副处长\n(6) 陆  军   财务处副处长\n"
    )
    assert events(body) == [
        ("confirm", "王立新", "党委组织部副部长"),
        ("confirm", "李强", "科技处副处长"),
        ("confirm", "陆军", "财务处副处长"),
    ]


def test_posts_held_before_then_not_renewed_and_a_party_branch_part_of_a_company():
    body = (
        "冯志斌原任公司副总经理，聘期届满，经任期综合考核，不再续聘；\n"
        "三、郑国庆同志的机电工程系主任、李耀华同志的电子信息工程系主任聘期届满，不再续聘。\n"
        "四、江西交物供应链管理有限公司\n（一）党支部\n钟凯同志任党支部书记；\n（二）董事会\n钟凯同志任执行董事；\n"
        "1．选派刘兴华同志任某村驻村第一书记、驻村工作队队长，驻村期限两年；\n"
    )
    assert events(body) == [
        ("remove", "冯志斌", "公司副总经理"),
        ("remove", "郑国庆", "机电工程系主任"),
        ("remove", "李耀华", "电子信息工程系主任"),
        ("appoint", "钟凯", "江西交物供应链管理有限公司党支部书记"),
        ("appoint", "钟凯", "江西交物供应链管理有限公司执行董事"),
        ("appoint", "刘兴华", "某村驻村第一书记"),
        ("appoint", "刘兴华", "某村驻村工作队队长"),
    ]


def test_a_spaced_table_over_a_page_with_its_running_number_and_a_head_after_a_tab_table():
    body = (
        "聘任名单\n序号   科室               姓名      聘任职务     备注\n1      妇产科             黄翠兰    主任\n"
        "－1－\n西中医人〔2025〕8号\n2      妇产科             莫秋菊    副护士长     试用期一年\n"
    )
    assert events(body) == [("appoint", "黄翠兰", "妇产科主任"), ("appoint", "莫秋菊", "妇产科副护士长")]
    body = (
        "聘任下列同志为科室负责人：\n序号\t科室\t聘任职务\t姓名\t备注\n1\t药学部\t主任\t杨光荣\t\n"
        "    同时解聘：\n    杨光荣同志的药学部副主任职务；\n"
    )
    assert events(body) == [("appoint", "杨光荣", "药学部主任"), ("remove", "杨光荣", "药学部副主任")]


def test_a_home_unit_in_brackets_after_a_spaced_name_and_a_part_of_colleges_as_a_kind():
    body = (
        "一、下列同志挂职任职，挂职时间三年：\n何志明 （广州市第六中学）挂职任林芝市第二高级中学副校长；\n"
        "二、学院\n化学与材料学院：聘任杜明辉为院长；解聘吴振华的院长职务。\n"
    )
    assert events(body) == [
        ("appoint", "何志明", "林芝市第二高级中学副校长"),
        ("appoint", "杜明辉", "化学与材料学院院长"),
        ("remove", "吴振华", "化学与材料学院院长"),
    ]


def test_words_that_open_with_a_surname_but_name_no_one():
    assert events("黎光明同志交流任总行普惠金融部副总经理；\n") == [("appoint", "黎光明", "总行普惠金融部副总经理")]
    found, _ = read("张三、李四同志驻村期满，分别免去其甲村第一书记、乙村第一书记职务。\n")
    assert "分别" not in {e.person for e in found}


def test_each_no_longer_holding_the_post_in_its_place():
    # 分别不再担任: each leaves the post in its place; groups of posts joined by 和, one group each
    assert events("经研究决定：\n王建平、刘晓燕分别不再担任某县财政局副局长、某县审计局副局长职务。") == [
        ("remove", "王建平", "某县财政局副局长"),
        ("remove", "刘晓燕", "某县审计局副局长"),
    ]
    assert events(
        "经研究决定：\n王建平、刘晓燕分别不再担任某县财政局副局长、党组成员和某县审计局局长、党组书记职务。"
    ) == [
        ("remove", "王建平", "某县财政局副局长"),
        ("remove", "王建平", "某县财政局党组成员"),
        ("remove", "刘晓燕", "某县审计局局长"),
        ("remove", "刘晓燕", "某县审计局党组书记"),
    ]


def test_a_place_opening_with_a_verb_is_no_connector():
    # 任城区, 任丘市: the place's 任 is never the verb that ends the name before it
    assert events("经研究决定：\n聘任李四为任城区支行行长；\n王有才任任丘市支行副行长。") == [
        ("appoint", "李四", "任城区支行行长"),
        ("appoint", "王有才", "任丘市支行副行长"),
    ]


def test_a_numbered_department_broken_over_two_lines():
    # 6．手术麻 / 醉科: the department's name goes on in the line below, a heading for its roster
    body = "聘任下列同志为科室负责人：\n5．骨科\n主  任：古振东\n6．手术麻\n醉科\n主  任：胡庆辉\n护士长：刘美玲\n"
    assert events(body) == [
        ("appoint", "古振东", "骨科主任"),
        ("appoint", "胡庆辉", "手术麻醉科主任"),
        ("appoint", "刘美玲", "手术麻醉科护士长"),
    ]


def test_a_person_as_the_label_of_the_clauses_after_the_colon():
    # 一、孙振宇同志： / 任…；免去其…: the person said once; the clauses below the label are theirs
    body = (
        "经集团公司党委研究决定：\n一、艾尔肯·吐尔逊同志：\n任某机场集团喀什机场分公司总经理；\n"
        "免去其某机场集团航空安保部部长职务。\n二、孙振宇同志：任某机场集团航空安保部部长。\n"
        "三、刘  畅同志：\n委派任某航空服务有限公司董事长。\n"
    )
    assert events(body) == [
        ("appoint", "艾尔肯·吐尔逊", "某机场集团喀什机场分公司总经理"),
        ("remove", "艾尔肯·吐尔逊", "某机场集团航空安保部部长"),
        ("appoint", "孙振宇", "某机场集团航空安保部部长"),
        ("appoint", "刘畅", "某航空服务有限公司董事长"),
    ]


def test_community_headings_and_posts_that_name_the_community_by_its_kind():
    # 某社区党总支 is a heading; 社区党委委员 under 江北社区党委 is that community's; 街道… the street office's
    body = (
        "经街道党工委会议研究，决定：\n1.水口社区党总支\n何振宇同志任书记；\n2.江北社区党委\n"
        "陈卓然同志任社区党委委员、纪委书记；\n免去林晓丹同志的社区纪委书记职务。\n3.街道网格化服务管理中心\n"
        "张晓萌同志任副主任，不再兼任街道党建工作办公室副主任。\n"
    )
    assert events(body) == [
        ("appoint", "何振宇", "水口社区党总支书记"),
        ("appoint", "陈卓然", "江北社区党委委员"),
        ("appoint", "陈卓然", "江北社区纪委书记"),
        ("remove", "林晓丹", "江北社区纪委书记"),
        ("appoint", "张晓萌", "街道网格化服务管理中心副主任"),
        ("remove", "张晓萌", "街道党建工作办公室副主任"),
    ]


def test_branches_under_a_general_branch_heading_are_named_whole():
    # 内科党总支 / 心血管内科党支部书记：房建伟: the branch is the hospital committee's, named whole
    body = "现将任免事项通知如下：\n内科党总支\n心血管内科党支部书记：房建伟\n外科党总支\n骨科党支部书记：苗文举\n"
    assert events(body) == [("appoint", "房建伟", "心血管内科党支部书记"), ("appoint", "苗文举", "骨科党支部书记")]


def test_a_recall_list_whose_head_says_the_title_and_whose_rows_say_the_village():
    # 二、任期届满召回 / 下列同志…免去其驻村第一书记职务，回原单位工作： / 1．罗成刚，六马镇板干村
    body = (
        "经研究决定：\n一、新选派\n1．姚德胜（县林业局）任黄果树镇石头寨村驻村第一书记。\n二、任期届满召回\n"
        "下列同志任期届满，经考核合格，免去其驻村第一书记职务，回原单位工作：\n1．罗成刚，六马镇板干村；\n2．吴德林，六马镇弄染村。\n"
    )
    assert events(body) == [
        ("appoint", "姚德胜", "黄果树镇石头寨村驻村第一书记"),
        ("remove", "罗成刚", "六马镇板干村驻村第一书记"),
        ("remove", "吴德林", "六马镇弄染村驻村第一书记"),
    ]


def test_parts_labelled_by_a_sentence_and_confirmations_with_the_post_in_brackets():
    # 一、试用期满，考核合格，正式任职 / 1. X同志（post）: each confirmed in the post in brackets;
    # 二、…，免去试用职务 / 免去钱伟同志的…: the label a sentence of its own, the clause below it read alone
    body = (
        "经区政府研究，决定：\n一、试用期满，考核合格，正式任职\n1. 金晓辉同志（区发展和改革委员会副主任）；\n"
        "2. 陆惠芳同志（区教育局副局长）。\n二、试用期满，考核不称职，免去试用职务\n"
        "免去钱伟同志的区城市管理局副局长试用职务，按试用前职级安排工作。\n"
    )
    assert events(body) == [
        ("confirm", "金晓辉", "区发展和改革委员会副主任"),
        ("confirm", "陆惠芳", "区教育局副局长"),
        ("remove", "钱伟", "区城市管理局副局长"),
    ]


def test_a_persons_second_line_in_a_table_fills_the_cells_left_empty_above():
    # 文海波 | 局长 | — / (blank) | — | 副局长: the dash is no part of a post, the second line a second change
    body = (
        "决定对下列同志的职务进行任免：\n"
        "序号   单  位              姓  名    任  职        免  职        备  注\n"
        "1      荷塘区卫生健康局    文海波    局长          —             正科级\n"
        "                                     —             副局长\n"
        "2      荷塘区市场监督      龙湘平    副局长        —             试用期一年\n"
        "       管理局                        —             金山市场监管所所长\n"
    )
    assert events(body) == [
        ("appoint", "文海波", "荷塘区卫生健康局局长"),
        ("remove", "文海波", "荷塘区卫生健康局副局长"),
        ("appoint", "龙湘平", "荷塘区市场监督管理局副局长"),
        ("remove", "龙湘平", "荷塘区市场监督管理局金山市场监管所所长"),
    ]


def test_the_body_that_decides_before_its_confirmation():
    # …试用期满，经考核合格，州人民政府决定正式任命： / X为…: the rows below confirmed
    body = (
        "韦正宏等同志试用期满，经考核合格，州人民政府决定正式任命：\n韦正宏为某州自然资源局副局长；\n"
        "梁秀芝为某州审计局副局长。\n"
    )
    assert events(body) == [("confirm", "韦正宏", "某州自然资源局副局长"), ("confirm", "梁秀芝", "某州审计局副局长")]


def test_an_extension_list_of_names_each_then_the_post_held_seconded():
    # 延长下列同志挂职时间一年（至…） / 1.方卫平，挂职某局副局长: each the post held on, not a qualifier
    body = (
        "县人民政府研究决定：\n一、延长下列同志挂职时间一年（至2025年6月30日）\n1.方卫平，挂职理塘县发展和改革局副局长；\n"
        "2.楼晓军，挂职理塘县教育和体育局副局长；\n3.俞佳琪（女），挂职理塘县人民医院副院长。\n"
    )
    assert events(body) == [
        ("appoint", "方卫平", "理塘县发展和改革局副局长"),
        ("appoint", "楼晓军", "理塘县教育和体育局副局长"),
        ("appoint", "俞佳琪", "理塘县人民医院副院长"),
    ]


def test_a_committees_officers_after_its_members_and_a_semicolon():
    # 同意A、B同志为中共某镇第十六届委员会委员；B同志为书记，…: the committee just filled, its officers
    body = "一、同意王志强、张立新、李建军同志为中共三市镇第十六届委员会委员；张立新同志为书记，李建军同志为副书记。\n"
    assert events(body)[3:] == [
        ("appoint", "张立新", "中共三市镇第十六届委员会书记"),
        ("appoint", "李建军", "中共三市镇第十六届委员会副书记"),
    ]


def test_a_label_that_sums_up_its_part_and_a_seat_taken_after_a_comma():
    # 一、张立新等12名同志挂职任职 / 张立新同志挂职任…: the label apart from the first item;
    # 委派X同志为外部董事，担任董事会…委员会主任委员: the same person, a seat of that company's board
    body = (
        "决定：\n一、张立新等12名同志挂职任职\n张立新同志挂职任某县发展和改革委员会副主任；\n陆文斌同志挂职任某县教育局副局长。\n"
        "二、外部董事\n（一）某能源集团有限公司\n委派程建军同志为外部董事，担任董事会审计委员会主任委员。\n"
    )
    assert events(body) == [
        ("appoint", "张立新", "某县发展和改革委员会副主任"),
        ("appoint", "陆文斌", "某县教育局副局长"),
        ("appoint", "程建军", "某能源集团有限公司外部董事"),
        ("appoint", "程建军", "某能源集团有限公司董事会审计委员会主任委员"),
    ]


def test_a_part_labelled_by_the_kind_of_seat_holds_nothing_for_review():
    # 一、外部董事 / （一）某集团有限公司 / 委派…为外部董事: the label is no clause left unread
    body = (
        "决定：\n一、外部董事\n（一）某交通投资集团有限公司\n委派高志远同志为外部董事；\n二、专职监事\n"
        "（一）某能源集团有限公司\n委派王五同志为专职监事。\n"
    )
    found, issues = read(body)
    assert [(e.person, e.post) for e in found] == [
        ("高志远", "某交通投资集团有限公司外部董事"),
        ("王五", "某能源集团有限公司专职监事"),
    ]
    assert issues == []


def test_a_table_of_units_whose_head_passed_from_one_person_to_another():
    # 序号 | 分支机构名称 | 原负责人 | 现任负责人: no column of names; each row one leaves, one takes the post
    body = (
        "下列分支机构负责人发生变更，具体情况如下：\n\n"
        "序号  分支机构名称                      原负责人   现任负责人\n"
        "1     某证券有限责任公司绵阳分公司      侯　勇     李佳颖\n"
        "2     某证券有限责任公司重庆分公司      钟雪梅     宋  凯（兼）\n\n"
        "变更后分支机构的经营范围不变。\n"
    )
    assert events(body) == [
        ("remove", "侯勇", "某证券有限责任公司绵阳分公司负责人"),
        ("appoint", "李佳颖", "某证券有限责任公司绵阳分公司负责人"),
        ("remove", "钟雪梅", "某证券有限责任公司重庆分公司负责人"),
        ("appoint", "宋凯", "某证券有限责任公司重庆分公司负责人"),
    ]


def test_a_table_change_column_of_a_verb_with_its_wei_and_a_remark():
    # 任免事项 | 委派为董事长 / 聘任为总经理 | 试用期一年: the verb's 为 no part of the post, the remark with it
    body = (
        "对下列同志职务作如下任免：\n\n| 序号 | 企业名称 | 姓名 | 任免事项 | 备注 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 某城市发展投资集团有限公司 | 贾正阳 | 委派为董事长、董事 | 原任总经理 |\n"
        "| 2 | 某城市发展投资集团有限公司 | 邢海涛 | 聘任为总经理 | 试用期一年 |\n"
        "| 3 | 某水务集团股份有限公司 | 谢　飞 | 推荐为董事长人选 | 按公司章程选举产生 |\n"
    )
    found, _ = read(body)
    assert [(e.action, e.person, e.post, e.probation) for e in found] == [
        ("appoint", "贾正阳", "某城市发展投资集团有限公司董事长", None),
        ("appoint", "贾正阳", "某城市发展投资集团有限公司董事", None),
        ("appoint", "邢海涛", "某城市发展投资集团有限公司总经理", "试用期一年"),
    ]


def test_a_term_ended_between_person_and_post_a_concurrent_post_revoked_and_a_deputy_of_standing():
    # 严卫平任期届满不再续聘副总经理; 撤销X同志兼任的…职务; 常务副总经理、财务总监: no body named 常务
    body = (
        "决定：\n1.某水务有限公司：严卫平任期届满不再续聘副总经理。\n"
        "2.撤销冯建军同志兼任的某区食品安全委员会办公室副主任职务。\n3.某新材料科技有限公司\n"
        "聘任韦晓东为常务副总经理、财务总监（兼）。\n"
    )
    assert events(body) == [
        ("remove", "严卫平", "某水务有限公司副总经理"),
        ("remove", "冯建军", "某区食品安全委员会办公室副主任"),
        ("appoint", "韦晓东", "某新材料科技有限公司常务副总经理"),
        ("appoint", "韦晓东", "某新材料科技有限公司财务总监"),
    ]


def test_rosters_of_groups_announced_by_their_titles_and_a_groups_task_in_brackets():
    # …巡察组组长、副组长任职如下： / 市委第四巡察组（村级巡察） / 组　长：X: each group's roster, its task apart
    body = (
        "经市委研究决定，十五届市委第五轮巡察组组长、副组长任职如下：\n市委第一巡察组\n　　组　长：徐建平（正县级）\n"
        "　　副组长：毛丽君、祝海兵\n市委第四巡察组（村级巡察）\n　　组　长：毛建勋\n"
    )
    assert events(body) == [
        ("appoint", "徐建平", "市委第一巡察组组长"),
        ("appoint", "毛丽君", "市委第一巡察组副组长"),
        ("appoint", "祝海兵", "市委第一巡察组副组长"),
        ("appoint", "毛建勋", "市委第四巡察组组长"),
    ]


def test_a_group_of_head_nurses_each_at_the_ward_in_the_bracket_after_the_name():
    # 聘任下列同志为病区护士长（试用期六个月）： / 王晓丹（心内一病区）、…: the title at each ward, the bracket each's;
    # 解聘以下同志的护士长职务： / 白淑芬（心内一病区，退休）: the bare title at the ward the bracket names
    body = (
        "研究决定：\n三、聘任下列同志为病区护士长（试用期六个月）：\n王晓丹（心内一病区）、\n张　璐（产科病区）；\n"
        "五、解聘以下同志的护士长职务：\n白淑芬（心内一病区，退休）、\n吕文静（肝胆外科病区，轮岗至门诊部）；\n"
    )
    found, _ = read(body)
    assert [(e.action, e.person, e.post, e.probation) for e in found] == [
        ("appoint", "王晓丹", "心内一病区护士长", "试用期六个月"),
        ("appoint", "张璐", "产科病区护士长", "试用期六个月"),
        ("remove", "白淑芬", "心内一病区护士长", None),
        ("remove", "吕文静", "肝胆外科病区护士长", None),
    ]


def test_an_officer_of_a_kind_before_a_concurrent_title_in_brackets():
    # 风控总监(兼合规官): 风控 names no body, the bracket's title a second post of the company
    assert events("二、同意逄振宇任租赁公司风控总监(兼合规官)。") == [
        ("appoint", "逄振宇", "租赁公司风控总监"),
        ("appoint", "逄振宇", "租赁公司合规官"),
    ]


def test_a_companys_party_committee_part_and_revocations_quoted_or_of_a_secondment():
    # (一)党委 / 杨树林任党委委员、书记: the part's label apart from its first item
    body = (
        "决定：\n一、某高速公路运营管理有限公司\n（一）党委\n杨树林任党委委员、书记；\n（二）董事会\n杨树林任董事长。\n"
    )
    assert events(body) == [
        ("appoint", "杨树林", "某高速公路运营管理有限公司党委委员"),
        ("appoint", "杨树林", "某高速公路运营管理有限公司党委书记"),
        ("appoint", "杨树林", "某高速公路运营管理有限公司董事长"),
    ]
    # 撤销…文件中“任命X为Y”“任命Z为W”的内容: each decision quoted, undone; …中X同志挂职任Y的决定 too
    body = (
        "经研究，决定撤销武政任〔2024〕11号文件中“任命于海为某市文化体育和旅游局副局长”“任命何欣为某市茶产业发展服务中心主任”"
        "的内容，该文件其他内容不变。\n同时决定：撤销武政任〔2024〕9号文件中魏晓东同志挂职任某市商务局副局长（挂职两年）的决定，"
        "魏晓东同志由派出单位召回。\n"
    )
    found, issues = read(body)
    assert [(e.action, e.person, e.post) for e in found] == [
        ("remove", "于海", "某市文化体育和旅游局副局长"),
        ("remove", "何欣", "某市茶产业发展服务中心主任"),
        ("remove", "魏晓东", "某市商务局副局长"),
    ]
    assert issues == []


def test_a_renewal_list_of_names_with_their_home_body_then_the_post():
    # 延长下列同志挂职时间一年，至…： / （一）胡志勇（home body）post: no verb between, each the post held on
    body = (
        "一、延长下列同志挂职时间一年，至2026年7月：\n（一）胡志勇（湖南省长沙市发展和改革委员会）山南市发展和改革委员会副主任；\n"
        "（二）谭红梅（湖南省株洲市教育局）山南市教育局副局长。\n"
    )
    assert events(body) == [
        ("appoint", "胡志勇", "山南市发展和改革委员会副主任"),
        ("appoint", "谭红梅", "山南市教育局副局长"),
    ]


def test_a_list_row_whose_name_a_pdf_broke_over_two_lines():
    # 温晓 / 岚  副院长（试用期一年）: one row; the rows after it keep their decision
    body = (
        "聘任下列同志中层领导职务：\n（一）马克思主义学院\n温晓\n岚  副院长（试用期一年）\n（二）教务处\n廖成斌  处长\n"
    )
    assert events(body) == [
        ("appoint", "温晓岚", "马克思主义学院副院长"),
        ("appoint", "廖成斌", "教务处处长"),
    ]
    # (…后勤管理处副 / 处长 / 易  林  某校副校长: a post's end, then a padded name: no name broken)
    body = "以下同志试用期满，予以正式任职：\n邓子健    后勤管理处副\n处长\n易  林    某大学附属中学副校长\n"
    assert events(body) == [
        ("confirm", "邓子健", "后勤管理处副处长"),
        ("confirm", "易林", "某大学附属中学副校长"),
    ]


def test_rows_of_a_name_a_gap_and_a_secondment_clause():
    # 孔德胜　挂职任…（home body）, one per line, then a blank line and the next paragraph
    body = (
        "经研究决定，援藏医疗队队员挂职任职如下（挂职期限均为一年）：\n"
        "　　孔德胜　挂职任某市人民医院院长（上海市第六人民医院）\n"
        "　　任　杰　挂职任心血管内科主任（瑞金医院）\n\n"
        "　　上一批援藏医疗队队员挂职期满，免去：\n　　郑晓燕同志的心血管内科主任职务。\n"
    )
    assert events(body) == [
        ("appoint", "孔德胜", "某市人民医院院长"),
        ("appoint", "任杰", "心血管内科主任"),
        ("remove", "郑晓燕", "心血管内科主任"),
    ]


def test_titles_decided_then_the_names_listed_in_the_next_sentence():
    # 决定聘任…主任、副主任，任期四年。名单如下： / 某研究室 / 主　任：丁卫东
    body = (
        "经研究，决定聘任第五届研究室（中心）主任、副主任，任期四年。名单如下：\n"
        "　　冰冻圈研究室\n　　　　主　任：丁卫东\n　　　　副主任：马晓红、拉巴次仁\n"
    )
    assert events(body) == [
        ("appoint", "丁卫东", "冰冻圈研究室主任"),
        ("appoint", "马晓红", "冰冻圈研究室副主任"),
        ("appoint", "拉巴次仁", "冰冻圈研究室副主任"),
    ]


def test_a_part_labelled_by_the_reason_its_items_leave():
    body = (
        "决定免去下列同志的职务：\n一、因退休\n1.刘国栋 园艺学院院长\n"
        "二、因另有任用\n2.姜春雷 人事处副处长\n3.隋晓明 工程学院副院长\n"
    )
    assert events(body) == [
        ("remove", "刘国栋", "园艺学院院长"),
        ("remove", "姜春雷", "人事处副处长"),
        ("remove", "隋晓明", "工程学院副院长"),
    ]


def test_a_verb_and_a_title_then_the_names_after_the_colon():
    body = (
        "经研究决定：\n王莉同志任机关党委副书记；\n"
        "不再担任机关纪委书记职务：赵峰（另有任用）；\n任命副院长：张建国、王晓芳。\n"
    )
    assert events(body) == [
        ("appoint", "王莉", "机关党委副书记"),
        ("remove", "赵峰", "机关纪委书记"),
        ("appoint", "张建国", "副院长"),
        ("appoint", "王晓芳", "副院长"),
    ]
    # a group's names right after its colon, on its line, then another clause: none lost
    body = "经研究决定：\n任命下列同志为副院长：张建国、王晓芳；\n孙立同志任后勤处处长。\n"
    assert events(body) == [
        ("appoint", "张建国", "副院长"),
        ("appoint", "王晓芳", "副院长"),
        ("appoint", "孙立", "后勤处处长"),
    ]


def test_a_board_list_each_name_with_its_honorific_and_some_with_their_seat():
    body = (
        "选举陈国梁先生、周敏女士、独立董事林一帆先生为公司第五届董事会战略委员会委员；"
        "选举独立董事孙立群女士、许慧女士及董事郑思远先生为公司第五届董事会审计委员会委员。\n"
    )
    assert [(a, p) for a, p, _ in events(body)] == [
        ("appoint", "陈国梁"),
        ("appoint", "周敏"),
        ("appoint", "林一帆"),
        ("appoint", "孙立群"),
        ("appoint", "许慧"),
        ("appoint", "郑思远"),
    ]


def test_a_resignation_told_then_accepted_by_the_board():
    body = (
        "二、离任高级管理人员\n（一）因工作调整，崔立平辞去公司总经理助理、首席风险官职务，公司董事会已接受其辞呈。\n"
    )
    assert events(body) == [
        ("remove", "崔立平", "公司总经理助理"),
        ("remove", "崔立平", "公司首席风险官"),
    ]


def test_a_motion_on_the_committees_then_their_line_up():
    # 审议通过了《关于第七届董事会各专门委员会组成人员的议案》 / （一）战略发展委员会：…: the board's
    # committees, each as its line names it (the motion's title adds no prefix)
    body = (
        "本行（以下简称“本行”）董事会审议通过了以下议案：\n"
        "二、审议通过了《关于第七届董事会各专门委员会组成人员的议案》\n"
        "（一）战略发展委员会：常建勋（主任委员）、牛志强；\n（二）审计委员会：宋玉洁（主任委员）、郜文华。\n"
    )
    assert events(body) == [
        ("appoint", "常建勋", "战略发展委员会主任委员"),
        ("appoint", "牛志强", "战略发展委员会委员"),
        ("appoint", "宋玉洁", "审计委员会主任委员"),
        ("appoint", "郜文华", "审计委员会委员"),
    ]


def test_a_company_named_whole_under_another_companys_heading():
    # 3．某第三工程有限公司 / 任命：… / 4．拓永胜任某安装工程有限公司党委书记，兼任工会主席: that company's
    body = (
        "经研究决定：\n１．张卫东任陕西秦川建设第一工程有限公司党委书记。\n２．陕西秦川建设第三工程有限公司\n"
        "任命：白鹏为党委副书记。\n３．拓永胜任陕西秦川安装工程有限公司党委书记，兼任工会主席。\n"
        "４．党润田任陕西秦川建筑科技研究院有限公司党总支书记。\n"
    )
    assert events(body) == [
        ("appoint", "张卫东", "陕西秦川建设第一工程有限公司党委书记"),
        ("appoint", "白鹏", "陕西秦川建设第三工程有限公司党委副书记"),
        ("appoint", "拓永胜", "陕西秦川安装工程有限公司党委书记"),
        ("appoint", "拓永胜", "陕西秦川安装工程有限公司工会主席"),
        ("appoint", "党润田", "陕西秦川建筑科技研究院有限公司党总支书记"),
    ]


def test_departments_under_a_headquarters_heading():
    body = (
        "经研究决定：\n四、某建设投资集团有限公司总部\n"
        "范国栋同志任财务管理部部长，兼任资金结算中心主任；\n免去雷振宇同志的审计部副部长职务。\n"
    )
    assert events(body) == [
        ("appoint", "范国栋", "某建设投资集团有限公司总部财务管理部部长"),
        ("appoint", "范国栋", "某建设投资集团有限公司总部资金结算中心主任"),
        ("remove", "雷振宇", "某建设投资集团有限公司总部审计部副部长"),
    ]


def test_how_long_an_acting_head_acts_is_no_decision():
    # …代为履行行长职责，代理期限至正式聘任行长之日止: how long, no appointment of anyone
    body = (
        "五、全州支行副行长石磊同志代为履行全州支行行长职责，代理期限至正式聘任行长之日止；"
        "免去邓志勇的全州支行行长职务。\n"
    )
    assert ("remove", "邓志勇", "全州支行行长") in events(body)
    assert all(post != "期限至正式聘任行长之日止" for _, _, post in events(body))


def test_a_county_committees_approval_of_a_township_election_three_ways():
    # 同意某委员会由A、B…等N名同志组成（按姓氏笔画为序，下同）；A同志为书记
    body = (
        "经县委研究，批复如下：\n一、同意中共正阳关镇第十五届委员会由丁学军、马晓东、陈志远等3名同志组成"
        "（按姓氏笔画为序，下同）；陈志远同志为书记，马晓东同志为副书记。\n"
    )
    assert events(body) == [
        ("appoint", "丁学军", "中共正阳关镇第十五届委员会委员"),
        ("appoint", "马晓东", "中共正阳关镇第十五届委员会委员"),
        ("appoint", "陈志远", "中共正阳关镇第十五届委员会委员"),
        ("appoint", "陈志远", "中共正阳关镇第十五届委员会书记"),
        ("appoint", "马晓东", "中共正阳关镇第十五届委员会副书记"),
    ]
    # 同意A、B等N名同志当选为某委员会委员；同意A同志当选为书记
    body = (
        "经县委研究，批复如下：\n一、同意王志刚、牛建国等2名同志当选为中共寿县寿春镇第十五届委员会委员；"
        "同意王志刚同志当选为书记，牛建国同志当选为副书记。\n"
    )
    assert events(body) == [
        ("appoint", "王志刚", "中共寿县寿春镇第十五届委员会委员"),
        ("appoint", "牛建国", "中共寿县寿春镇第十五届委员会委员"),
        ("appoint", "王志刚", "中共寿县寿春镇第十五届委员会书记"),
        ("appoint", "牛建国", "中共寿县寿春镇第十五届委员会副书记"),
    ]
    # 同意选举结果： / 一、某委员会 / 委员（N名，…）：names / 书  记：name
    body = (
        "经县委研究，同意选举结果：\n一、中共安丰塘镇第十五届委员会\n委员（2名，按姓氏笔画为序）：于海波、黄德明\n"
        "书  记：黄德明\n"
    )
    assert events(body) == [
        ("appoint", "于海波", "中共安丰塘镇第十五届委员会委员"),
        ("appoint", "黄德明", "中共安丰塘镇第十五届委员会委员"),
        ("appoint", "黄德明", "中共安丰塘镇第十五届委员会书记"),
    ]


def test_a_nomination_between_a_persons_appointment_and_removal():
    # …，提名为中共某县纪律检查委员会书记人选；免去其…: 其 is still the person named first
    body = "五、唐志勇同志任中共新宁县委委员，提名为中共新宁县纪律检查委员会书记人选；免去其中共绥宁县委常委职务。\n"
    assert events(body) == [
        ("appoint", "唐志勇", "中共新宁县委委员"),
        ("remove", "唐志勇", "中共绥宁县委常委"),
    ]


def test_a_body_that_adds_a_member_to_itself():
    body = "五、同意中共绵阳市水利局机关委员会增补吕冬同志为委员、副书记。\n"
    assert events(body) == [
        ("appoint", "吕冬", "中共绵阳市水利局机关委员会委员"),
        ("appoint", "吕冬", "中共绵阳市水利局机关委员会副书记"),
    ]


def test_a_table_of_companies_with_a_post_column_and_who_takes_and_leaves_it():
    body = (
        "经集团公司党委会研究，对所属企业主要负责人作如下调整（见下表）：\n所属企业主要负责人调整表\n"
        "序号   企业名称                      职务                新任人员            免去人员\n"
        "1      广西桂港仓储有限公司          执行董事、总经理    覃海军              黄振宇\n"
        "2      广西桂港供应链管理有限公司    总经理              潘婷婷（试用期一年）梁国华\n"
        "3      广西桂港国际货运代理有限      总经理              凌晓东              —\n"
        "       公司\n"
        "4      广西桂港港航服务有限公司      副总经理            陈秋萍、甘俊        —\n"
    )
    assert events(body) == [
        ("appoint", "覃海军", "广西桂港仓储有限公司执行董事"),
        ("appoint", "覃海军", "广西桂港仓储有限公司总经理"),
        ("remove", "黄振宇", "广西桂港仓储有限公司执行董事"),
        ("remove", "黄振宇", "广西桂港仓储有限公司总经理"),
        ("appoint", "潘婷婷", "广西桂港供应链管理有限公司总经理"),
        ("remove", "梁国华", "广西桂港供应链管理有限公司总经理"),
        ("appoint", "凌晓东", "广西桂港国际货运代理有限公司总经理"),
        ("appoint", "陈秋萍", "广西桂港港航服务有限公司副总经理"),
        ("appoint", "甘俊", "广西桂港港航服务有限公司副总经理"),
    ]


def test_a_committees_line_with_its_seats_each_after_a_colon():
    body = (
        "公司第九届董事会各专门委员会组成如下：\n1、战略委员会：主任委员：周振华；委员：李明轩、吴志刚。\n"
        "2、提名委员会：主任委员：吴志刚；委员：谢国栋。\n"
    )
    assert events(body) == [
        ("appoint", "周振华", "战略委员会主任委员"),
        ("appoint", "李明轩", "战略委员会委员"),
        ("appoint", "吴志刚", "战略委员会委员"),
        ("appoint", "吴志刚", "提名委员会主任委员"),
        ("appoint", "谢国栋", "提名委员会委员"),
    ]


def test_one_verb_two_items_each_name_with_its_post():
    body = "经研究决定：\n呼和浩特分行：聘任张慧敏为副行长、其木格为行长助理，试用期均为一年。\n"
    assert events(body) == [
        ("appoint", "张慧敏", "呼和浩特分行副行长"),
        ("appoint", "其木格", "呼和浩特分行行长助理"),
    ]
    # (…正式就任本行行长，不再担任本行副行长职务: 就任 a verb, no one named 任本行)
    body = "自2024年10月11日起，赵立新先生正式就任本行行长，不再担任本行副行长职务。\n"
    assert ("remove", "赵立新", "本行副行长") in events(body)


def test_first_secretaries_recalled_and_a_township_heading_before_its_villages():
    body = (
        "现将有关事项通知如下：\n一、新选派人员\n（一）娜姑镇\n1．张建华（县财政局）任白雾村第一书记、驻村工作队队长；\n"
        "二、召回及轮换人员\n1．召回娜姑镇白雾村第一书记、驻村工作队队长赵全有同志（长期不在岗）；\n"
        "2．大井镇小米地村驻村工作队队长吴亮同志因提拔任职，予以轮换，不再担任驻村工作队队长职务。\n"
    )
    assert events(body) == [
        ("appoint", "张建华", "娜姑镇白雾村第一书记"),
        ("appoint", "张建华", "娜姑镇白雾村驻村工作队队长"),
        ("remove", "赵全有", "娜姑镇白雾村第一书记"),
        ("remove", "赵全有", "娜姑镇白雾村驻村工作队队长"),
        ("remove", "吴亮", "驻村工作队队长"),
    ]


def test_a_part_of_recalls_labelled_with_why_in_brackets():
    body = (
        "现就有关事项通知如下：\n一、期满召回（任职期满，不再担任第一书记）\n（一）安太乡\n"
        "吴光明　　小桑村第一书记\n韦凤英　　培地村第一书记\n"
    )
    assert events(body) == [
        ("remove", "吴光明", "安太乡小桑村第一书记"),
        ("remove", "韦凤英", "安太乡培地村第一书记"),
    ]


def test_a_part_label_then_its_first_item_named_with_the_honorific():
    body = (
        "决定免去下列同志的职务：\n三、本人申请辞去\n同意苏明珠同志辞去音乐学院副院长职务；\n"
        "四、聘期届满不再续聘\n蒙志刚同志的体育学院副院长职务；\n五、调离学校\n潘国庆同志的党委宣传部副部长职务。\n"
    )
    assert events(body) == [
        ("remove", "苏明珠", "音乐学院副院长"),
        ("remove", "蒙志刚", "体育学院副院长"),
        ("remove", "潘国庆", "党委宣传部副部长"),
    ]


def test_names_each_with_a_calling():
    body = "聘任方晓岚研究员、程志远副研究员为海洋生态与环境研究室副主任，任期四年；\n"
    assert [p for _, p, _ in events(body)] == ["方晓岚", "程志远"]


def test_a_table_of_companies_with_new_and_old_holders_a_mark_and_a_wrapped_row():
    body = (
        "经研究，现将调整情况通知如下（带“*”者试用期一年）：\n"
        "序号\t企业名称\t职务\t新任\t原任（免去）\t备注\n"
        "1\t烟台港通物流有限公司\t总经理\t王晓峰*\t孙海滨\t\n"
        "2\t鲁东港口建设工程有限公\n司\t执行董事\t邢玉杰\t姜国峰\t\n"
        "3\t石岛港务有限公司\t党支部书记\t吕涛\t吕涛\t正式任职\n"
    )
    assert sorted(events(body)) == sorted(
        [
            ("appoint", "王晓峰", "烟台港通物流有限公司总经理"),
            ("remove", "孙海滨", "烟台港通物流有限公司总经理"),
            ("appoint", "邢玉杰", "鲁东港口建设工程有限公司执行董事"),
            ("remove", "姜国峰", "鲁东港口建设工程有限公司执行董事"),
            ("confirm", "吕涛", "石岛港务有限公司党支部书记"),
        ]
    )


def test_a_batch_label_then_items_with_the_home_post_between_name_and_honorific():
    body = (
        "经地区行署研究，决定：\n一、北京市第十一批援疆干部挂职任职\n"
        "陈立新（北京市海淀区发展和改革委员会副主任）同志挂职任和田地区发展和改革委员会副主任；\n"
        "二、北京市第十批援疆干部挂职期满免职\n因挂职期满，免去：\n张卫东同志的和田地区发展和改革委员会副主任职务。\n"
    )
    assert events(body) == [
        ("appoint", "陈立新", "和田地区发展和改革委员会副主任"),
        ("remove", "张卫东", "和田地区发展和改革委员会副主任"),
    ]


def test_a_holders_table_copied_one_cell_per_line_its_row_numbers_gone():
    body = (
        "经公司研究决定，对以下分支机构负责人进行调整，现予公告：\n序号\n分支机构名称\n原负责人\n新任负责人\n\n"
        "某证券股份有限公司上海分公司\n陈立峰\n高颖\n\n某证券股份有限公司武汉中北路证券营业部\n—（新设）\n田甜\n"
        "上述分支机构负责人已按规定完成任职前合规审查。\n"
    )
    assert events(body) == [
        ("remove", "陈立峰", "某证券股份有限公司上海分公司负责人"),
        ("appoint", "高颖", "某证券股份有限公司上海分公司负责人"),
        ("appoint", "田甜", "某证券股份有限公司武汉中北路证券营业部负责人"),
    ]


def test_quoted_items_of_a_notice_revoked_in_part():
    body = (
        "经市政府研究，决定撤销《某市人民政府关于于海波等同志职务任免的通知》（某政任〔2023〕25号）文件中以下内容：\n"
        "一、“于海波同志任某市营商环境建设局副局长”；\n二、“邹美玲同志任某市政务服务中心主任（试用期一年）”。\n"
    )
    assert events(body) == [
        ("remove", "于海波", "某市营商环境建设局副局长"),
        ("remove", "邹美玲", "某市政务服务中心主任"),
    ]


def test_a_company_named_with_免税_is_a_heading():
    body = (
        "经集团党委研究决定：\n（一）海南旅投酒店管理有限公司\n党委：符永青同志任党委书记。\n"
        "（二）海南旅投免税品有限公司\n党委：林志坚同志任党委委员、副书记。\n"
    )
    assert events(body) == [
        ("appoint", "符永青", "海南旅投酒店管理有限公司党委书记"),
        ("appoint", "林志坚", "海南旅投免税品有限公司党委委员"),
        ("appoint", "林志坚", "海南旅投免税品有限公司党委副书记"),
    ]


def test_a_companys_boards_as_bracketed_sub_heads():
    body = (
        "经集团党委会、董事会研究决定：\n一、山西晋融融资担保股份有限公司\n【党委】张振华同志任党委书记。\n"
        "【董事会】委派张振华同志为董事；乔建国同志不再担任董事职务。\n【经理层】聘任常宏伟同志为副总经理。\n"
    )
    assert events(body) == [
        ("appoint", "张振华", "山西晋融融资担保股份有限公司党委书记"),
        ("appoint", "张振华", "山西晋融融资担保股份有限公司董事"),
        ("remove", "乔建国", "山西晋融融资担保股份有限公司董事"),
        ("appoint", "常宏伟", "山西晋融融资担保股份有限公司副总经理"),
    ]


def test_officers_elected_at_a_committees_first_plenary():
    body = (
        "经县委研究，批复如下：\n一、中共宁远县湾井镇第十四届委员会由文卫国、唐海军等2名同志组成。\n"
        "二、同意中共宁远县湾井镇第十四届委员会第一次全体会议选举结果：唐海军同志为书记，文卫国同志为副书记。\n"
        "三、中共宁远县湾井镇纪律检查委员会由邓志红、黄兵等2名同志组成；同意镇纪委第一次全体会议选举结果：邓志红同志为书记。\n"
    )
    assert events(body)[2:4] == [
        ("appoint", "唐海军", "中共宁远县湾井镇第十四届委员会书记"),
        ("appoint", "文卫国", "中共宁远县湾井镇第十四届委员会副书记"),
    ]
    assert events(body)[-1] == ("appoint", "邓志红", "中共宁远县湾井镇纪律检查委员会书记")


def test_confirmations_then_名单如下_then_a_table():
    body = (
        "现试用期已满，经组织考核，黄婷等2名同志考核合格，经学校党委会研究决定，正式任职。名单如下：\n\n"
        "    序号  姓名      职务\n    1     黄  婷      教育科学学院副院长\n    2     余国华       文学院副院长\n"
    )
    assert events(body) == [("confirm", "黄婷", "教育科学学院副院长"), ("confirm", "余国华", "文学院副院长")]


def test_a_table_with_a_post_column_for_each_side():
    body = (
        "经集团公司党委会研究决定，对所属企业主要负责人进行调整，具体如下表。\n所属企业主要负责人调整表\n"
        "序号\t单位\t任职人员\t任职\t免职人员\t免去职务\n"
        "1\t云岭交投物流有限公司\t岩温\t总经理\t\t\n"
        "2\t云岭交投能源开发有限公\n司\t和志明\t总经理\t和志明\t副总经理\n"
        "3\t云岭交投数字科技有限公司\t\t\t番建文\t总经理\n"
    )
    assert sorted(events(body)) == sorted(
        [
            ("appoint", "岩温", "云岭交投物流有限公司总经理"),
            ("appoint", "和志明", "云岭交投能源开发有限公司总经理"),
            ("remove", "和志明", "云岭交投能源开发有限公司副总经理"),
            ("remove", "番建文", "云岭交投数字科技有限公司总经理"),
        ]
    )


def test_a_decision_revoked_by_what_it_did_without_guan_yu() -> None:
    # 撤销X同志任Y的决定: the decision named by the appointment it made, with no 关于; a
    # revoked decision is 撤销任职决定 in every wording, a dismissal from the post (撤销…职务) 撤职
    found, issues = read("决定撤销王建平同志任城关镇党委副书记的决定。", DAY)
    assert [(e.action, e.person, e.post, e.manner) for e in found] == [
        ("remove", "王建平", "城关镇党委副书记", ["撤销任职决定"])
    ]
    assert not issues
    found, _ = read("决定撤销对李红同志的城关镇副镇长任命。", DAY)
    assert [(e.person, e.manner) for e in found] == [("李红", ["撤销任职决定"])]
    found, _ = read("决定撤销李红同志城关镇副镇长职务。", DAY)
    assert [(e.person, e.manner) for e in found] == [("李红", ["撤职"])]


def test_a_list_item_with_a_secondment_note_in_brackets_under_a_unit_heading() -> None:
    body = (
        "三、任命：\n  某市人民法院\n    李振华（广东省援疆干部，挂职三年）为副院长、审判员；\n"
        "四、免去：\n  某市人民法院\n    吴建伟（挂职期满）的副院长职务。\n"
    )
    assert events(body) == [
        ("appoint", "李振华", "某市人民法院副院长"),
        ("appoint", "李振华", "某市人民法院审判员"),
        ("remove", "吴建伟", "某市人民法院副院长"),
    ]


def test_an_unread_item_under_a_unit_heading_waits_for_a_person() -> None:
    # the heading's line ends a sentence; the item under it is still an item of the list, and
    # one that cannot be read is an open item, never dropped in silence
    found, issues = read(
        "三、任命：\n  某市人民法院\n    李振华（兼职一年试行）为副院长；\n    艾尔肯·热合曼为庭长。\n"
    )
    assert [(e.person, e.post) for e in found] == [("艾尔肯·热合曼", "某市人民法院庭长")]
    assert [i.clause for i in issues] == ["李振华(兼职一年试行)为副院长"]


def test_a_group_confirmed_then_notified_below_confirms_the_rows() -> None:
    body = (
        "经总行党委会研究，谷晓峰等2名同志试用期满，考核合格，正式任职。现通知如下：\n"
        "    1．谷晓峰　　保定分行副行长\n    2．任　静　　保定分行行长助理\n"
    )
    assert events(body) == [("confirm", "谷晓峰", "保定分行副行长"), ("confirm", "任静", "保定分行行长助理")]


def test_a_cadre_described_before_the_name_and_a_secondment_extended_without_de() -> None:
    body = (
        "决定：\n广州市对口帮扶干部梁健聪挂职任某市人民政府副秘书长（挂职期限：2022年5月至2024年5月）；\n"
        "延长陈浩同志某市商务局副局长挂职期限一年（至2023年6月）；\n"
        "吴俊豪同志某市工业和信息化局副局长、邝美玲同志某市文化广电旅游局副局长挂职期满，免去其挂职职务。\n"
    )
    assert events(body) == [
        ("appoint", "梁健聪", "某市人民政府副秘书长"),
        ("appoint", "陈浩", "某市商务局副局长"),
        ("remove", "吴俊豪", "某市工业和信息化局副局长"),
        ("remove", "邝美玲", "某市文化广电旅游局副局长"),
    ]


def test_an_adverb_before_one_more_post_left() -> None:
    # …，并免去… / …，同时不再担任… / …，亦免去…: the person of the clause before leaves one more post
    body = (
        "决定：\n王华同志任县林业局局长，并免去县农业局副局长职务；\n"
        "张建国同志任县水利局局长，同时不再担任县农业农村局副局长职务；\n"
        "赵六同志任县水务局局长，亦免去县农业局局长职务。\n"
    )
    assert events(body) == [
        ("appoint", "王华", "县林业局局长"),
        ("remove", "王华", "县农业局副局长"),
        ("appoint", "张建国", "县水利局局长"),
        ("remove", "张建国", "县农业农村局副局长"),
        ("appoint", "赵六", "县水务局局长"),
        ("remove", "赵六", "县农业局局长"),
    ]


def test_a_groups_subsidiaries_inline_after_an_office_systems_page_rule() -> None:
    body = (
        "决定：\n一、任免\n1．某旅游开发有限公司\n李明轩任执行董事、总经理；免去段志华执行董事、总经理职务。\n"
        "2．某酒店管理有限公司：集团公司酒店管理部部长张德胜兼任总经理。\n"
        "----------------------------------------------------------------------\n"
        "3．某旅游客运有限公司：周航任董事长，免去杨光辉董事长、董事职务。\n"
    )
    assert events(body) == [
        ("appoint", "李明轩", "某旅游开发有限公司执行董事"),
        ("appoint", "李明轩", "某旅游开发有限公司总经理"),
        ("remove", "段志华", "某旅游开发有限公司执行董事"),
        ("remove", "段志华", "某旅游开发有限公司总经理"),
        ("appoint", "张德胜", "某酒店管理有限公司总经理"),
        ("appoint", "周航", "某旅游客运有限公司董事长"),
        ("remove", "杨光辉", "某旅游客运有限公司董事长"),
        ("remove", "杨光辉", "某旅游客运有限公司董事"),
    ]


def test_election_results_approved_then_the_names_by_branch() -> None:
    body = (
        "经镇党委会议研究，同意各村（社区）党员大会（党员代表大会）及新一届党组织第一次全体会议的选举结果。"
        "现将有关人员名单批复如下：\n一、石桥村党总支\n书记：李长青\n委员：张海洋、刘国伟\n"
    )
    assert events(body) == [
        ("appoint", "李长青", "石桥村党总支书记"),
        ("appoint", "张海洋", "石桥村党总支委员"),
        ("appoint", "刘国伟", "石桥村党总支委员"),
    ]


def test_a_title_left_vacant_in_a_roster_keeps_the_roster_open() -> None:
    body = (
        "聘任下列同志担任相应职务：\n三、土木工程学院\n    院长：（空缺，由副院长曾凡荣主持工作）\n"
        "    副院长：曾凡荣、夏雨晴\n四、经济与管理学院\n    院长：欧阳晓岚\n"
    )
    assert events(body) == [
        ("appoint", "曾凡荣", "土木工程学院副院长"),
        ("appoint", "夏雨晴", "土木工程学院副院长"),
        ("appoint", "欧阳晓岚", "经济与管理学院院长"),
    ]


def test_a_holders_table_whose_unit_and_post_cells_wrap() -> None:
    body = (
        "附件\n序号  企业名称                职务            任职人员   免职人员   备注\n"
        "1     泸州川南物流有限公      执行董事        王小兵     ——         原职空缺\n"
        "      司\n"
        "2     内江川南能源发展有      党委书记、      龚振宇     胡德彬\n"
        "      限公司                  董事长\n"
    )
    assert events(body) == [
        ("appoint", "王小兵", "泸州川南物流有限公司执行董事"),
        ("appoint", "龚振宇", "内江川南能源发展有限公司党委书记"),
        ("appoint", "龚振宇", "内江川南能源发展有限公司董事长"),
        ("remove", "胡德彬", "内江川南能源发展有限公司党委书记"),
        ("remove", "胡德彬", "内江川南能源发展有限公司董事长"),
    ]


def test_single_character_sections_before_a_colon() -> None:
    # 任： / 免：: a 组织部 notice's two sections
    body = (
        "经部务会研究决定：\n任：\n1.汪小兵同志为县发展和改革委员会党组成员；\n"
        "免：\n1.汪小兵同志的县统计局党组成员职务；\n"
    )
    assert events(body) == [
        ("appoint", "汪小兵", "县发展和改革委员会党组成员"),
        ("remove", "汪小兵", "县统计局党组成员"),
    ]


def test_results_approved_then_a_term_then_the_reply_below() -> None:
    body = (
        "经院党委会议研究，同意你们的选举结果。新一届支部委员会任期三年。现批复如下：\n"
        "一、内科第一党支部\n书　记：王建华\n委　员：王建华　李　敏\n"
    )
    assert events(body) == [
        ("appoint", "王建华", "内科第一党支部书记"),
        ("appoint", "王建华", "内科第一党支部委员"),
        ("appoint", "李敏", "内科第一党支部委员"),
    ]


def test_results_approved_in_a_sentence_then_the_committee_composed() -> None:
    body = (
        "经县委研究，同意选举结果。\n"
        "中共沙河镇第十五届委员会由王  军、付晓东等2名委员组成（按姓氏笔画为序），付晓东为书记。\n"
    )
    assert events(body) == [
        ("appoint", "王军", "中共沙河镇第十五届委员会委员"),
        ("appoint", "付晓东", "中共沙河镇第十五届委员会委员"),
        ("appoint", "付晓东", "中共沙河镇第十五届委员会书记"),
    ]


def test_a_court_heading_over_every_part_of_the_list() -> None:
    # 某区人民法院 on a line of its own before 一、任命 / 二、免去: both parts are the court's
    body = (
        "（2024年10月29日某区人民代表大会常务委员会第二十三次会议通过）\n某区人民法院\n\n一、任命\n陈思远为审判委员会委员、立案庭庭长；\n罗晓东为审判员。\n"
        "二、免去\n马建军的审判员职务。\n"
    )
    assert events(body) == [
        ("appoint", "陈思远", "某区人民法院审判委员会委员"),
        ("appoint", "陈思远", "某区人民法院立案庭庭长"),
        ("appoint", "罗晓东", "某区人民法院审判员"),
        ("remove", "马建军", "某区人民法院审判员"),
    ]


def test_a_dotted_name_broken_at_the_line_end_under_a_heading() -> None:
    body = "三、任命\n某县人民检察院\n别克波拉提·加列\n力汗为检察员；\n沙吾列·胡安德克（女）为检察员。\n"
    assert events(body) == [
        ("appoint", "别克波拉提·加列力汗", "某县人民检察院检察员"),
        ("appoint", "沙吾列·胡安德克", "某县人民检察院检察员"),
    ]


def test_committees_composed_with_each_seat_before_its_names() -> None:
    body = (
        "会议经审议，形成如下决议：\n六、调整第二届董事会专门委员会组成：\n"
        "风险管理委员会：主任委员　蒲玉兰，委员　何伟、罗晓川；\n"
        "审计委员会：顾文斌（主任委员、独立董事）、冯晓东（独立董事）。\n"
    )
    assert events(body) == [
        ("appoint", "蒲玉兰", "风险管理委员会主任委员"),
        ("appoint", "何伟", "风险管理委员会委员"),
        ("appoint", "罗晓川", "风险管理委员会委员"),
        ("appoint", "顾文斌", "审计委员会主任委员"),
        ("appoint", "冯晓东", "审计委员会委员"),
    ]


def test_a_term_ended_is_no_post_after_ren() -> None:
    # 卢卫平任期届满不再续聘: 任期, not 任 + a post; whom the 其 after it means
    body = "决定：\n续聘贺云飞为公司总经理；\n卢卫平任期届满不再续聘，免去其公司副总经理职务。\n"
    assert events(body) == [("appoint", "贺云飞", "公司总经理"), ("remove", "卢卫平", "公司副总经理")]


def test_an_ascii_bordered_table_of_posts_taken_and_left() -> None:
    body = (
        "现将所属企业领导人员调整事项通知如下：\n"
        "+----+--------------------+------+------------------+----------+\n"
        "|序号|企业名称            |姓名  |任职              |免职      |\n"
        "+----+--------------------+------+------------------+----------+\n"
        "|1   |东海融资担保有限公司|潘建华|董事长            |          |\n"
        "|2   |东海融资担保有限公司|许  静|总经理（试用期一年）|副总经理  |\n"
        "+----+--------------------+------+------------------+----------+\n"
    )
    assert events(body) == [
        ("appoint", "潘建华", "东海融资担保有限公司董事长"),
        ("appoint", "许静", "东海融资担保有限公司总经理"),
        ("remove", "许静", "东海融资担保有限公司副总经理"),
    ]


def test_staff_described_before_the_name_then_their_own_clause() -> None:
    # 县供电公司员工闵浩，任…: the described person's own appointment, not the person of the item before
    body = (
        "决定：\n1.县住房和城乡建设局干部陈实，任关防乡党家岭村第一书记；\n"
        "2.县供电公司员工闵浩，任夹河镇观音村驻村工作队队长；\n"
        "同时，原挂职干部刘浩然挂职期满，免去其渤海镇副镇长职务。\n"
    )
    assert events(body) == [
        ("appoint", "陈实", "关防乡党家岭村第一书记"),
        ("appoint", "闵浩", "夹河镇观音村驻村工作队队长"),
        ("remove", "刘浩然", "渤海镇副镇长"),
    ]


def test_one_person_heading_both_bodies_is_a_qualifier() -> None:
    found, issues = read("决定：\n赵永强同志任东山社区党委书记、居委会主任“一肩挑”。\n")
    assert [(e.post, e.manner) for e in found] == [("东山社区党委书记", []), ("东山社区居委会主任", ["一肩挑"])]
    assert not issues


def test_a_committee_chair_among_its_members_described_by_a_board_seat() -> None:
    body = (
        "同意选举以下董事为各专门委员会委员：\n"
        "审计委员会：俞晓红、钱卫国，其中独立董事俞晓红（会计专业人士）为主任委员。\n"
    )
    assert events(body) == [
        ("appoint", "俞晓红", "审计委员会委员"),
        ("appoint", "钱卫国", "审计委员会委员"),
        ("appoint", "俞晓红", "审计委员会主任委员"),
    ]


def test_a_roster_whose_merged_unit_cell_stands_on_a_line_of_its_own() -> None:
    # a PDF table read out with single spaces: 1 心血管内科 / 主 任 唐建军 / 副主任 易小兰 新聘，试用期一年
    body = (
        "聘任唐建军等5名同志为临床科室主任、副主任、护士长（名单附后）。\n附：聘任名单\n"
        "1 心血管内科\n主 任 唐建军\n副主任 易小兰 新聘，试用期一年\n护士长 彭 丽\n"
        "2 呼吸与危重症医\n学科\n主 任 覃海波\n护士长 田秀英\n"
    )
    found, issues = read(body)
    assert [(e.person, e.post, e.probation) for e in found] == [
        ("唐建军", "心血管内科主任", None),
        ("易小兰", "心血管内科副主任", "试用期一年"),
        ("彭丽", "心血管内科护士长", None),
        ("覃海波", "呼吸与危重症医学科主任", None),
        ("田秀英", "呼吸与危重症医学科护士长", None),
    ]
    assert not [i for i in issues if i.fatal]


def test_revocations_of_a_decision_dated_and_of_a_decision_in_two_parts() -> None:
    body = (
        "二、撤销区政府2022年5月任命宋波同志为某区城市管理局副局长的任职决定。\n"
        "三、撤销某政任〔2022〕14号文件中关于任命郭晓伟同志为某区古城保护管理中心副主任、"
        "免去其某区文化广电和旅游局副局长职务的决定，郭晓伟同志仍任某区文化广电和旅游局副局长。\n"
    )
    found, issues = read(body)
    assert [(e.action, e.person, e.post, e.manner) for e in found] == [
        ("remove", "宋波", "某区城市管理局副局长", ["撤销任职决定"]),
        ("remove", "郭晓伟", "某区古城保护管理中心副主任", ["撤销任职决定"]),
        ("appoint", "郭晓伟", "某区文化广电和旅游局副局长", ["撤销免职决定"]),
    ]
    assert not issues


def test_a_secondment_table_with_a_column_taken_and_a_column_left() -> None:
    body = (
        "决定对林志远等2名同志进行挂职任免（名单附后）。\n附件\n"
        "┌──┬──────┬──────────────┬──────────────┬──────────────┐\n"
        "│序号│姓  名│派出单位及职务        │挂职任职                │免去挂职职务            │\n"
        "├──┼──────┼──────────────┼──────────────┼──────────────┤\n"
        "│ 1 │林志远  │某区发展和改革局副局长│某市商务局副局长        │—                     │\n"
        "│ 2 │方雪梅  │—                     │—                     │某市商务局副局长        │\n"
        "└──┴──────┴──────────────┴──────────────┴──────────────┘\n"
    )
    assert events(body) == [("appoint", "林志远", "某市商务局副局长"), ("remove", "方雪梅", "某市商务局副局长")]


def test_wechat_bullets_open_items_and_are_no_marks_of_a_name() -> None:
    body = "经区委研究决定：\n▲向华同志任某街道工作委员会书记；\n▲免去向华同志的某镇委员会书记职务。\n"
    assert events(body) == [("appoint", "向华", "某街道工作委员会书记"), ("remove", "向华", "某镇委员会书记")]


def test_committees_formed_by_the_directors_below() -> None:
    body = (
        "董事会同意选举以下董事组成公司第五届董事会各专门委员会，任期与本届董事会一致：\n"
        "1、审计委员会：宋雅琴（主任委员，会计专业人士）、彭志坚；\n"
    )
    assert events(body) == [("appoint", "宋雅琴", "审计委员会主任委员"), ("appoint", "彭志坚", "审计委员会委员")]


def test_officers_in_the_sentence_after_a_committee_composed() -> None:
    body = (
        "同意选举结果，现批复如下：\n一、中共某镇第十五届委员会由王德胜、刘晓燕、钟\n 国平同志组成。\n"
        "王德胜同志为书记，刘晓燕同志为副书记。\n"
    )
    assert events(body) == [
        ("appoint", "王德胜", "中共某镇第十五届委员会委员"),
        ("appoint", "刘晓燕", "中共某镇第十五届委员会委员"),
        ("appoint", "钟国平", "中共某镇第十五届委员会委员"),
        ("appoint", "王德胜", "中共某镇第十五届委员会书记"),
        ("appoint", "刘晓燕", "中共某镇第十五届委员会副书记"),
    ]


def test_the_groups_department_under_a_subsidiary_heading() -> None:
    body = "决定：\n一、海南某景区管理有限公司\n刘某某任集团审计部部长；\n张某某任总经理。\n"
    assert events(body) == [
        ("appoint", "刘某某", "集团审计部部长"),
        ("appoint", "张某某", "海南某景区管理有限公司总经理"),
    ]


def test_a_village_committee_after_a_post_of_the_same_village() -> None:
    body = "同意陈德贵同志辞去杨湾村党支部委员、村委会委员职务。\n"
    assert events(body) == [("remove", "陈德贵", "杨湾村党支部委员"), ("remove", "陈德贵", "杨湾村村委会委员")]


def test_a_holders_table_headed_by_those_who_held_and_who_hold() -> None:
    # 原任职人员 | 新任职人员: the people of each side; a remark wrapped onto the next line
    body = (
        "附表\n序号\t企业名称\t职务\t原任职人员\t新任职人员\t备注\n"
        "1\t桂北路桥工程有限公司\t总经理\t莫海燕\t黄永强\t试用期\n一年\n"
        "2\t桂北房地产开发有限公司\t董事长\t韦国庆\t蓝志明\t\n"
    )
    assert events(body) == [
        ("remove", "莫海燕", "桂北路桥工程有限公司总经理"),
        ("appoint", "黄永强", "桂北路桥工程有限公司总经理"),
        ("remove", "韦国庆", "桂北房地产开发有限公司董事长"),
        ("appoint", "蓝志明", "桂北房地产开发有限公司董事长"),
    ]


def test_units_side_by_side_under_parts_each_of_one_title() -> None:
    body = (
        "决定聘任以下同志为病区护士长、副护士长，聘期三年。\n一、护士长\n"
        "心内科一病区：马  燕          心内科二病区：苏  琴\n二、副护士长\n"
        "心内科一病区：田  甜          消化内科病区：锁  娟\n"
        "三、下列同志因届满未续聘或到龄，不再担任护士长职务：\n王桂香（原骨科病区护士长）。\n"
    )
    assert events(body) == [
        ("appoint", "马燕", "心内科一病区护士长"),
        ("appoint", "苏琴", "心内科二病区护士长"),
        ("appoint", "田甜", "心内科一病区副护士长"),
        ("appoint", "锁娟", "消化内科病区副护士长"),
        ("remove", "王桂香", "骨科病区护士长"),
    ]


def test_a_holders_table_whose_people_columns_are_headed_ren_zhi_and_mian_zhi() -> None:
    # 单位 | 职务 | 任职 | 免职: who takes the row's post and who leaves it; a bracket wrapped below
    body = (
        "附表：所属企业主要负责人调整情况表\n\n"
        "序号  单位                          职务               任职       免职\n"
        "1     贺化石嘴山电石有限公司        总经理             丁  宏     马  俊\n"
        "2     贺化氯碱有限公司              董事长             田  野     金汉民\n"
        "                                                                  （退休）\n"
    )
    assert events(body) == [
        ("appoint", "丁宏", "贺化石嘴山电石有限公司总经理"),
        ("remove", "马俊", "贺化石嘴山电石有限公司总经理"),
        ("appoint", "田野", "贺化氯碱有限公司董事长"),
        ("remove", "金汉民", "贺化氯碱有限公司董事长"),
    ]


def test_a_company_part_after_a_part_of_mixed_verbs_reads_its_seats_as_appointments() -> None:
    # the part before ended with 解聘; the next company's 职务：姓名 lines are its new holders, and a
    # bracket beside one (原任副总经理，同时免去) tells the post left
    body = (
        "根据工作需要，经集团公司党委研究，决定对所属企业领导班子成员进行调整，现通知如下：\n"
        "一、滇西锡业股份有限公司\n经理层：聘任段红波为副总经理，解聘李德昌的副总经理职务。\n"
        "二、个旧滇西锡冶炼有限公司\n党委书记、执行董事：普文华（原任副总经理，同时免去）\n"
        "总经理：字家宝\n免去：\n杨国栋的总经理职务。\n"
    )
    assert events(body) == [
        ("appoint", "段红波", "滇西锡业股份有限公司副总经理"),
        ("remove", "李德昌", "滇西锡业股份有限公司副总经理"),
        ("appoint", "普文华", "个旧滇西锡冶炼有限公司党委书记"),
        ("appoint", "普文华", "个旧滇西锡冶炼有限公司执行董事"),
        ("remove", "普文华", "个旧滇西锡冶炼有限公司副总经理"),
        ("appoint", "字家宝", "个旧滇西锡冶炼有限公司总经理"),
        ("remove", "杨国栋", "个旧滇西锡冶炼有限公司总经理"),
    ]


def test_committee_line_ups_under_a_motion_keep_the_committees_as_written() -> None:
    # the motion's title names the board; each committee, alone on its line or before its seats
    body = (
        "（三）审议通过《关于选举公司第九届董事会专门委员会委员的议案》\n1、战略委员会\n"
        "主任委员：黄志诚；委员：林雪梅、马建军\n表决结果：同意9票，反对0票，弃权0票。\n"
        "二、关于选举本行第七届董事会专门委员会组成人员的议案\n（一）审计委员会　主任委员：黎晓芳；委员：钟少华。\n"
    )
    assert events(body) == [
        ("appoint", "黄志诚", "战略委员会主任委员"),
        ("appoint", "林雪梅", "战略委员会委员"),
        ("appoint", "马建军", "战略委员会委员"),
        ("appoint", "黎晓芳", "审计委员会主任委员"),
        ("appoint", "钟少华", "审计委员会委员"),
    ]


def test_seats_under_no_decision_are_an_open_item_not_lost() -> None:
    found, issues = read(
        "经讨论确定如下事项。\n战略委员会\n主任委员：黄志诚；委员：林雪梅、马建军\n聘任马建军先生为公司总经理。\n"
    )
    assert [(e.person, e.post) for e in found] == [("马建军", "公司总经理")]
    assert any("黄志诚" in i.reason and i.fatal for i in issues)


def test_acting_in_the_post_just_given_while_it_awaits_approval_is_no_second_event() -> None:
    body = (
        "选举应伟民先生为本行第五届董事会董事长。应伟民先生的董事长任职资格尚需报监管局核准。"
        "在核准前，由应伟民先生代为履行董事长职责。\n"
        "经监管局核准，夏志刚先生担任本行行长的任职资格已获核准，自即日起正式履职。\n"
    )
    assert events(body) == [("appoint", "应伟民", "本行第五届董事会董事长"), ("appoint", "夏志刚", "本行行长")]


def test_pairs_of_a_name_and_a_ward_side_by_side_each_hold_the_title_there() -> None:
    body = (
        "一、聘任以下同志为病区护士长（聘期三年）：\n  谭 芳  内一病区    刘丽君  内二病区\n"
        "  罗慧敏  手术室     周 婷  急诊科\n二、聘任以下同志为病区副护士长：\n  颜 娟  ICU      黄丽华  消毒供应中心\n"
    )
    assert events(body) == [
        ("appoint", "谭芳", "内一病区护士长"),
        ("appoint", "刘丽君", "内二病区护士长"),
        ("appoint", "罗慧敏", "手术室护士长"),
        ("appoint", "周婷", "急诊科护士长"),
        ("appoint", "颜娟", "ICU副护士长"),
        ("appoint", "黄丽华", "消毒供应中心副护士长"),
    ]


def test_rows_of_unit_name_and_title_confirmed_a_blank_unit_the_one_above() -> None:
    body = (
        "下列同志试用期满，考核合格，予以正式任职：\n　　大店支行　　王晓燕　副行长\n　　板泉支行　　刘　强　行长\n"
        "　　　　　　　　孙丽丽　副行长\n　　十字路支行　张志军　副行长\n"
    )
    assert events(body) == [
        ("confirm", "王晓燕", "大店支行副行长"),
        ("confirm", "刘强", "板泉支行行长"),
        ("confirm", "孙丽丽", "板泉支行副行长"),
        ("confirm", "张志军", "十字路支行副行长"),
    ]


def test_former_posts_before_names_and_a_board_seat_after_its_chair() -> None:
    body = (
        "原副总经理郭伟明、原总经济师严海涛任期届满，经考核，不再续聘。\n"
        "郑秋菊女士因到龄退休，申请辞去公司第四届监事会主席及监事职务。经研究，同意其辞职。\n"
        "刘敏女士本行董事会秘书聘期届满，不再续聘。\n"
    )
    assert events(body) == [
        ("remove", "郭伟明", "副总经理"),
        ("remove", "严海涛", "总经济师"),
        ("remove", "郑秋菊", "公司第四届监事会主席"),
        ("remove", "郑秋菊", "公司第四届监事会监事"),
        ("remove", "刘敏", "本行董事会秘书"),
    ]


def test_board_labels_with_dashes_and_one_person_described_by_two_posts() -> None:
    body = (
        "现将部分子公司领导人员调整如下：\n一、芜湖皖江水泥有限公司：党委——储国庆同志任党委书记；"
        "监事会——姚文斌同志任监事会主席。\n二、安徽皖江建材贸易有限公司：\n"
        "程立新同志任执行董事、总经理，原执行董事、总经理桂志高同志因工作调整不再担任；\n"
    )
    assert events(body) == [
        ("appoint", "储国庆", "芜湖皖江水泥有限公司党委书记"),
        ("appoint", "姚文斌", "芜湖皖江水泥有限公司监事会主席"),
        ("appoint", "程立新", "安徽皖江建材贸易有限公司执行董事"),
        ("appoint", "程立新", "安徽皖江建材贸易有限公司总经理"),
        ("remove", "桂志高", "安徽皖江建材贸易有限公司执行董事"),
        ("remove", "桂志高", "安徽皖江建材贸易有限公司总经理"),
    ]


def test_who_the_person_is_before_the_name_and_a_home_hospital_are_no_posts_body() -> None:
    body = (
        "2024年度选调生刘思远同志挂职任禾川镇人民政府副镇长（挂职一年）；\n"
        "县卫生健康委员会干部孟庆丽（女）任东坝头镇张庄村党支部第一书记；\n"
        "聘任上海市第六人民医院蒋卫东同志为骨科副主任（援疆，挂职一年半）；\n"
        "冉 孟\n琼同志任巫山县乡村振兴局副局长；\n"
    )
    assert events(body) == [
        ("appoint", "刘思远", "禾川镇人民政府副镇长"),
        ("appoint", "孟庆丽", "东坝头镇张庄村党支部第一书记"),
        ("appoint", "蒋卫东", "骨科副主任"),
        ("appoint", "冉孟琼", "巫山县乡村振兴局副局长"),
    ]


def test_a_quoted_clause_of_a_cited_notice_revoked_as_its_content() -> None:
    body = (
        "撤销《宣威市人民政府关于缪志刚等同志职务任免的通知》（宣政任〔2023〕19号）文件中"
        "“缪志刚同志任宣威市板桥街道办事处副主任（试用期一年）”的内容。\n"
    )
    assert events(body) == [("remove", "缪志刚", "宣威市板桥街道办事处副主任")]


def test_a_parts_head_with_its_term_in_brackets_and_a_request_then_its_acceptance() -> None:
    body = (
        "三、委派外部董事（任期三年）\n柳州市龙城投资控股集团有限公司：李振宇、蓝天；\n"
        "四、其他\n宋世华同志因身体原因，本人申请辞去汤头支行行长职务，经研究，同意其辞职。\n"
        "由副书记周海云同志临时代理小河社区党支部书记职务。\n"
    )
    assert events(body) == [
        ("appoint", "李振宇", "柳州市龙城投资控股集团有限公司外部董事"),
        ("appoint", "蓝天", "柳州市龙城投资控股集团有限公司外部董事"),
        ("remove", "宋世华", "汤头支行行长"),
        ("appoint", "周海云", "小河社区党支部书记"),
    ]


def test_a_notice_cited_by_its_number_is_no_post() -> None:
    found, _ = read("一、撤销李明同志某局副局长的任职决定。\n二、灵政任发〔2024〕2号文件其他内容不变。\n")
    assert [(e.action, e.person) for e in found] == [("remove", "李明")]


def test_posts_held_as_held_in_a_removal_list_and_confirmations_of_described_people() -> None:
    body = (
        "一、免去\n王德才担任的福建海运集团轮船有限公司董事长、董事职务；\n"
        "二、昭通分公司副总经理胡小兵、临沧分公司副总经理李艳试用期满，经考核合格，正式聘任。\n"
    )
    assert events(body) == [
        ("remove", "王德才", "福建海运集团轮船有限公司董事长"),
        ("remove", "王德才", "福建海运集团轮船有限公司董事"),
        ("confirm", "胡小兵", "昭通分公司副总经理"),
        ("confirm", "李艳", "临沧分公司副总经理"),
    ]


def test_a_lists_verb_with_the_other_in_brackets_holds_again_after_a_parts_own_removals() -> None:
    body = (
        "经学校党委常委会研究，决定聘任（解聘）下列同志职务，聘期三年，自发文之日起计算。\n"
        "一、机械与动力工程学院\n　　龚志明　院长\n　　解聘叶德胜的副院长职务。\n"
        "二、外国语学院\n　　欧阳晓岚　院长\n　　解聘：沈玉洁的院长职务。\n三、图书馆\n　　柏永年　馆长\n"
    )
    assert events(body) == [
        ("appoint", "龚志明", "机械与动力工程学院院长"),
        ("remove", "叶德胜", "机械与动力工程学院副院长"),
        ("appoint", "欧阳晓岚", "外国语学院院长"),
        ("remove", "沈玉洁", "外国语学院院长"),
        ("appoint", "柏永年", "图书馆馆长"),
    ]


def test_a_wechat_copys_small_square_bullets_and_a_home_body_before_a_dotted_name() -> None:
    body = (
        "经街道党工委研究，决定：\n　　▪ 黄志鹏同志任金湖社区党委委员；\n"
        "　　▪ 县人民医院艾尔肯·吐尔逊同志任多鲁乡托万库木巴格村第一书记；\n"
    )
    assert events(body) == [
        ("appoint", "黄志鹏", "金湖社区党委委员"),
        ("appoint", "艾尔肯·吐尔逊", "多鲁乡托万库木巴格村第一书记"),
    ]


def test_a_resignation_told_as_done_in_an_announcement_is_a_removal() -> None:
    body = (
        "现将公司高级管理人员变更情况公告如下：\n一、聘任施耀华先生为公司总裁。\n"
        "原总裁马德康先生因工作调动，不再担任公司总裁职务；原副总裁李  勤先生因到龄退休，辞去公司副总裁职务。\n"
        "监事郑少华先生已于近日辞去公司监事职务，其辞职将导致监事会成员低于法定人数，郑少华先生仍将履行监事职责。\n"
    )
    assert events(body) == [
        ("appoint", "施耀华", "公司总裁"),
        ("remove", "马德康", "公司总裁"),
        ("remove", "李勤", "公司副总裁"),
    ]


def test_a_post_held_on_probation_taken_back_and_a_post_left_in_a_bracket_after_the_sentence() -> None:
    body = (
        "一、下列同志试用期满，经考核合格，正式聘任：\n胡建平同志任本行公司金融部总经理。\n"
        "二、应　军同志试用期满，经考核不称职，解除其石柱支行副行长试用职务，另行安排岗位。\n"
        "三、郑国强聘期届满，不再续聘。（原任温州市政园林工程有限公司副总经理）\n"
        "四、续聘叶成林为温州城建物业服务有限公司总经理，\n续聘期均为三年（2024年1月1日至2026年12月31日）。\n"
    )
    assert events(body) == [
        ("confirm", "胡建平", "本行公司金融部总经理"),
        ("remove", "应军", "石柱支行副行长"),
        ("remove", "郑国强", "温州市政园林工程有限公司副总经理"),
        ("appoint", "叶成林", "温州城建物业服务有限公司总经理"),
    ]


def test_a_drawn_table_with_two_names_in_a_cell_and_empty_cells_at_the_rows_end() -> None:
    body = (
        "经医院党委会研究决定，聘任下列同志担任临床科室行政职务：\n"
        "┌────┬──────────┬────────┬────────┬──────┐\n"
        "│序号│科室        │主任    │副主任  │备注  │\n"
        "├────┼──────────┼────────┼────────┼──────┤\n"
        "│1   │呼吸与危重症│宋建国  │李 敏   │      │\n"
        "│    │医学科      │        │张红伟  │首次  │\n"
        "├────┼──────────┼────────┼────────┼──────┤\n"
        "│2   │内分泌科    │周凤霞  │牛振华  │      │\n"
        "└────┴──────────┴────────┴────────┴──────┘\n"
    )
    assert events(body) == [
        ("appoint", "宋建国", "呼吸与危重症医学科主任"),
        ("appoint", "李敏", "呼吸与危重症医学科副主任"),
        ("appoint", "张红伟", "呼吸与危重症医学科副主任"),
        ("appoint", "周凤霞", "内分泌科主任"),
        ("appoint", "牛振华", "内分泌科副主任"),
    ]


def test_a_wards_column_beside_a_merged_department_and_reasons_after_the_names_left() -> None:
    body = (
        "决定聘任以下同志为护理单元护士长：\n\n序号\t科室\t病区\t职务\t姓名\t备注\n"
        "1\t心血管内科\t一病区\t护士长\t何秋菊\t续聘\n2\t\t二病区\t护士长\t罗艳\t新聘\n"
        "3\t骨科\t　\t护士长\t陈红梅\t续聘\n\n"
        "以下同志不再担任护士长职务：\n心血管内科二病区护士长张玉兰（到龄）；\n重症医学科护士长刘春花（本人申请）。\n"
    )
    assert events(body) == [
        ("appoint", "何秋菊", "心血管内科一病区护士长"),
        ("appoint", "罗艳", "心血管内科二病区护士长"),
        ("appoint", "陈红梅", "骨科护士长"),
        ("remove", "张玉兰", "心血管内科二病区护士长"),
        ("remove", "刘春花", "重症医学科护士长"),
    ]


def test_a_committees_members_told_below_it_in_a_grid_of_names() -> None:
    body = (
        "经县委研究，批复如下：\n"
        "一、中共皂市镇第十五届委员会委员由以下同志组成（按姓氏笔画为序）：\n　　王　健　卢春燕　张德林\n"
        "二、中共雁池乡第十四届纪律检查委员会委员（按姓氏笔画为序）：\n　　田光辉　宋玉兰\n同意田光辉同志为书记。\n"
    )
    assert events(body) == [
        ("appoint", "王健", "中共皂市镇第十五届委员会委员"),
        ("appoint", "卢春燕", "中共皂市镇第十五届委员会委员"),
        ("appoint", "张德林", "中共皂市镇第十五届委员会委员"),
        ("appoint", "田光辉", "中共雁池乡第十四届纪律检查委员会委员"),
        ("appoint", "宋玉兰", "中共雁池乡第十四届纪律检查委员会委员"),
        ("appoint", "田光辉", "中共雁池乡第十四届纪律检查委员会书记"),
    ]


def test_a_note_between_confirmations_and_a_failed_probation_said_as_a_state() -> None:
    body = (
        "胡海涛等3名同志试用期已满。经考核，胜任现职，区委决定正式任职：\n"
        "　　胡海涛同志任中共某区委办公室副主任；\n　　(以上1名同志试用期自2022年3月10日起计算)\n"
        "　　葛宏同志任区委巡察办副主任。\n"
        "　　另，滕志伟同志在中共某区委统战部副部长试用期内，经考核不胜任，"
        "区委决定免去其中共某区委统战部副部长试用职务。\n"
    )
    assert events(body) == [
        ("confirm", "胡海涛", "中共某区委办公室副主任"),
        ("confirm", "葛宏", "区委巡察办副主任"),
        ("remove", "滕志伟", "中共某区委统战部副部长"),
    ]


def test_agreed_under_posted_groups_and_a_parts_verb_and_post_with_the_name_below() -> None:
    body = (
        "经区委常委会会议研究，同意：\n（一）区纪委监委派驻第一纪检监察组\n组长：邝志文\n"
        "（二）免去区纪委监委派驻第二纪检监察组组长职务\n谭志鹏（另有任用）\n"
    )
    assert events(body) == [
        ("appoint", "邝志文", "区纪委监委派驻第一纪检监察组组长"),
        ("remove", "谭志鹏", "区纪委监委派驻第二纪检监察组组长"),
    ]
    body = (
        "经县委常委会会议研究，决定撤销泸干〔2022〕39号文件中对覃志坚同志的任职决定，"
        "即撤销覃志坚同志的中共某县浦市镇委员会副书记职务。\n"
    )
    assert events(body) == [("remove", "覃志坚", "中共某县浦市镇委员会副书记")]


def test_a_bare_name_with_its_colon_and_its_clauses_on_the_line() -> None:
    body = (
        "经集团公司党委会研究，决定：\n（一）贵州黔山酒店管理有限公司\n"
        "杨帆：任党支部书记、总经理；免去副总经理职务。\n潘 莉：代理总经理职务。\n"
    )
    assert events(body) == [
        ("appoint", "杨帆", "贵州黔山酒店管理有限公司党支部书记"),
        ("appoint", "杨帆", "贵州黔山酒店管理有限公司总经理"),
        ("remove", "杨帆", "贵州黔山酒店管理有限公司副总经理"),
        ("appoint", "潘莉", "贵州黔山酒店管理有限公司总经理"),
    ]


def test_a_dotted_name_asking_to_resign_a_term_ended_on_a_day_and_another_colleges_unit() -> None:
    body = (
        "阿依古丽·买买提女士因工作单位要求兼职不超过三家上市公司，申请辞去公司独立董事职务。"
        "辞职后，阿依古丽·买买提女士不再担任公司任何职务。\n"
        "聘任邵建刚为公司董事会秘书。徐永强上一任期于2023年6月30日届满，不再续聘为公司副总经理。\n"
    )
    assert events(body) == [
        ("remove", "阿依古丽·买买提", "公司独立董事"),
        ("appoint", "邵建刚", "公司董事会秘书"),
        ("remove", "徐永强", "公司副总经理"),
    ]
    body = (
        "决定聘任：\n四、体育学院\n1.公共体育教研室主任：陈志强\n"
        "原聘任的以下同志不再担任相应职务：\n文学院新闻学系主任：李晓东\n"
    )
    assert events(body) == [
        ("appoint", "陈志强", "体育学院公共体育教研室主任"),
        ("remove", "李晓东", "文学院新闻学系主任"),
    ]


def test_secondments_extended_moved_recalled_and_ended_in_their_own_words() -> None:
    body = (
        "经研究，决定：\n一、延长下列同志挂职期限一年，至2026年1月：\n"
        "楼建飞同志（阿克苏地区发展和改革委员会副主任）；\n俞晓敏同志（阿克苏市人民政府副市长）。\n"
        "二、郭振宇同志挂职职务由哈密市商务局副局长调整为哈密市发展和改革委员会副主任，挂职期限不变；\n"
        "三、秦浩然同志不再挂职担任伊吾县人民政府副县长，改任哈密市工业和信息化局副局长（挂职至2025年12月）；\n"
        "四、伍鹏同志任塘房镇凤翥村党支部第一书记期满，免去其职务。\n"
    )
    assert events(body) == [
        ("appoint", "楼建飞", "阿克苏地区发展和改革委员会副主任"),
        ("appoint", "俞晓敏", "阿克苏市人民政府副市长"),
        ("remove", "郭振宇", "哈密市商务局副局长"),
        ("appoint", "郭振宇", "哈密市发展和改革委员会副主任"),
        ("remove", "秦浩然", "伊吾县人民政府副县长"),
        ("appoint", "秦浩然", "哈密市工业和信息化局副局长"),
        ("remove", "伍鹏", "塘房镇凤翥村党支部第一书记"),
    ]
    body = "经商上海市人民政府合作交流办公室同意，提前召回周立成同志，免去其玛沁县人民政府副县长职务。\n"
    assert events(body) == [("remove", "周立成", "玛沁县人民政府副县长")]


def test_a_table_under_a_removing_clause_an_ocr_name_over_two_lines_and_an_unquoted_correction() -> None:
    body = (
        "同时，经县人民政府研究，免去以下同志挂职职务：\n序号\t姓名\t挂职职务\t备注\n"
        "1\t罗炳坤\t甘洛县发展和改革局副局长\t挂职期满\n"
    )
    assert events(body) == [("remove", "罗炳坤", "甘洛县发展和改革局副局长")]
    body = "任 命 ：\n    司 马\n青 云 为南通市海门区发展和改革委员会副主任（挂职 ，时间一年）；\n"
    assert events(body) == [("appoint", "司马青云", "南通市海门区发展和改革委员会副主任")]
    body = (
        "2024年9月3日印发的《常德市人民政府关于程立新等同志职务任免的通知》（常政任〔2024〕14号）个别内容有误，现更正如下：\n"
        "一、原文“邓子豪为常德市自然资源和规划局总工程师（试用期一年）”更正为：邓子豪为常德市自然资源和规划局副局长（试用期一年）。\n"
        "二、原文“陈志红的常德市医疗保障事务中心主任职务”更正为：陈志洪的常德市医疗保障事务中心主任职务。\n"
    )
    assert events(body) == [
        ("appoint", "邓子豪", "常德市自然资源和规划局副局长"),
        ("remove", "陈志洪", "常德市医疗保障事务中心主任"),
    ]


def test_a_drawn_table_whose_company_cell_runs_across_partial_rules() -> None:
    body = (
        "经集团公司党委研究决定，对所属企业领导人员任免如下：\n"
        "┌──┬──────────────┬──────┬──────────┬──────────┐\n"
        "│序号│     企业名称     │  姓名  │   任职   │   免职   │\n"
        "├──┼──────────────┼──────┼──────────┼──────────┤\n"
        "│ 1  │                │ 孔德明 │董事长    │          │\n"
        "├──┤              ├──────┼──────────┼──────────┤\n"
        "│ 2  │龙江粮食储运有限│ 邱立军 │          │董事长    │\n"
        "├──┤公司            ├──────┼──────────┼──────────┤\n"
        "│ 3  │                │ 葛红霞 │副总经理  │          │\n"
        "├──┼──────────────┼──────┼──────────┼──────────┤\n"
        "│ 4  │龙江大豆食品有限│ 姚静   │董事长    │          │\n"
        "│    │公司            │        │          │          │\n"
        "└──┴──────────────┴──────┴──────────┴──────────┘\n"
    )
    assert events(body) == [
        ("appoint", "孔德明", "龙江粮食储运有限公司董事长"),
        ("remove", "邱立军", "龙江粮食储运有限公司董事长"),
        ("appoint", "葛红霞", "龙江粮食储运有限公司副总经理"),
        ("appoint", "姚静", "龙江大豆食品有限公司董事长"),
    ]


def test_township_committees_composed_suspensions_and_posts_no_longer_held_after_a_comma() -> None:
    body = (
        "一、同意中共戴南镇第十六届委员会由丁建华、王春生、朱海燕7名同志组成，丁建华同志任书记，王春生同志任副书记。\n"
        "二、陈光荣同志任中共姜州镇委员会副书记，姜州镇人民武装部部长不再兼任；\n"
        "三、大坪村村民委员会主任肖立新同志因涉嫌违法被依法采取强制措施，暂停其大坪村村民委员会主任职务，"
        "在此期间由大坪村村民委员会副主任邓小林临时代理主任职务。\n"
        "四、钟文辉、谢春华同志晋升相应职级。\n"
    )
    assert events(body) == [
        ("appoint", "丁建华", "中共戴南镇第十六届委员会委员"),
        ("appoint", "王春生", "中共戴南镇第十六届委员会委员"),
        ("appoint", "朱海燕", "中共戴南镇第十六届委员会委员"),
        ("appoint", "丁建华", "中共戴南镇第十六届委员会书记"),
        ("appoint", "王春生", "中共戴南镇第十六届委员会副书记"),
        ("appoint", "陈光荣", "中共姜州镇委员会副书记"),
        ("remove", "陈光荣", "姜州镇人民武装部部长"),
        ("appoint", "邓小林", "大坪村村民委员会主任"),
    ]


def test_a_rotation_table_of_posts_left_and_assessors_with_mongolian_names() -> None:
    body = (
        "一、期满轮换人员（免去驻村职务，返回原单位）\n\n　　姓名      原驻村职务\n"
        "　　覃晓红    思恩镇陈双村第一书记\n　　谭志勇    大才乡同进村第一书记\n"
    )
    assert events(body) == [
        ("remove", "覃晓红", "思恩镇陈双村第一书记"),
        ("remove", "谭志勇", "大才乡同进村第一书记"),
    ]
    body = "任命下列同志为鄂托克旗人民法院人民陪审员（任期五年）：\n　　斯琴高娃、王海军、\n萨仁其木格、高建平\n"
    assert [person for _, person, _ in events(body)] == ["斯琴高娃", "王海军", "萨仁其木格", "高建平"]


def test_an_election_approved_without_由_a_town_said_by_its_kind_and_a_company_heading_over_a_blank_line() -> None:
    body = (
        "一、同意王建辉、方志红、叶芳（女）等3名同志（按姓氏笔画为序）组成中共平江县安定镇第十六届委员会，"
        "王建辉同志为书记。\n二、龙志刚同志任坡头镇党委委员、镇纪委书记。\n"
    )
    assert events(body) == [
        ("appoint", "王建辉", "中共平江县安定镇第十六届委员会委员"),
        ("appoint", "方志红", "中共平江县安定镇第十六届委员会委员"),
        ("appoint", "叶芳", "中共平江县安定镇第十六届委员会委员"),
        ("appoint", "王建辉", "中共平江县安定镇第十六届委员会书记"),
        ("appoint", "龙志刚", "坡头镇党委委员"),
        ("appoint", "龙志刚", "坡头镇纪委书记"),
    ]
    body = (
        "经研究，决定：\n（三）九江赣清污水处\n\n理有限公司\n　　黄海燕为总经理；\n"
        "四、安化县城市建设投资集团有限公司\n免去：李海波董事长职务；刘建军总经理职务。\n"
    )
    assert events(body) == [
        ("appoint", "黄海燕", "九江赣清污水处理有限公司总经理"),
        ("remove", "李海波", "安化县城市建设投资集团有限公司董事长"),
        ("remove", "刘建军", "安化县城市建设投资集团有限公司总经理"),
    ]


def test_factories_as_headings_a_corrections_unit_in_brackets_and_posts_below_a_class() -> None:
    body = (
        "经公司党组会议研究决定：\n一、长沙卷烟厂\n谭志远同志任党委书记、厂长；\n"
        "免去周小军同志的副厂长职务（到龄退休）。\n"
    )
    assert events(body) == [
        ("appoint", "谭志远", "长沙卷烟厂党委书记"),
        ("appoint", "谭志远", "长沙卷烟厂厂长"),
        ("remove", "周小军", "长沙卷烟厂副厂长"),
    ]
    body = (
        "本行2024年3月29日印发的《关于沈佳伟等同志职务聘任、解聘的通知》中部分内容有误，现更正如下：\n"
        "一、“聘任屠丽萍、郁晨为副行长（试用期一年）”（洪合支行）更正为“聘任屠丽萍为副行长（试用期一年）”。\n"
    )
    assert events(body) == [("appoint", "屠丽萍", "洪合支行副行长")]
    body = (
        "原业务一部总经理黄振宇同志、财务会计部总经理吴秀琴同志聘期届满，不再续聘；\n"
        "免去苏州市第四批东西部协作挂职干部下列职务：\n缪建国的铜仁市人民政府副秘书长职务；\n"
    )
    assert events(body) == [
        ("remove", "黄振宇", "业务一部总经理"),
        ("remove", "吴秀琴", "财务会计部总经理"),
        ("remove", "缪建国", "铜仁市人民政府副秘书长"),
    ]


def test_work_teams_sent_by_village_each_title_before_its_names() -> None:
    body = (
        "经县委同意，选派第五批驻村工作队，驻村时间自2024年1月起两年。现将名单通知如下：\n一、以古镇\n"
        "1．天星村驻村工作队：队长陈永福（县发展和改革局）；队员李春艳（县发展和改革局）、王德才（以古镇人民政府）。\n"
    )
    assert events(body) == [
        ("appoint", "陈永福", "以古镇天星村驻村工作队队长"),
        ("appoint", "李春艳", "以古镇天星村驻村工作队队员"),
        ("appoint", "王德才", "以古镇天星村驻村工作队队员"),
    ]


def test_confirmations_announced_as_a_list_below_the_sentence_that_decides_them() -> None:
    body = (
        "李建平等2名同志试用期满，经考核合格，县委决定正式任职。名单如下：\n\n"
        "　　李建平　　中共安化县东坪镇委员会书记\n　　夏丽君　　中共安化县委办公室副主任\n"
    )
    assert events(body) == [
        ("confirm", "李建平", "中共安化县东坪镇委员会书记"),
        ("confirm", "夏丽君", "中共安化县委办公室副主任"),
    ]


def test_officers_elected_in_the_sentence_after_the_committee() -> None:
    body = (
        "一、同意李志华、王建平、方国强等3名同志当选为中共平江县安定镇第十五届委员会委员。"
        "李志华同志当选为书记，王建平同志当选为副书记。\n"
    )
    assert events(body)[-2:] == [
        ("appoint", "李志华", "中共平江县安定镇第十五届委员会书记"),
        ("appoint", "王建平", "中共平江县安定镇第十五届委员会副书记"),
    ]


def test_work_teams_called_back_under_a_part_label_each_row_its_post() -> None:
    body = (
        "一、以古镇\n1．天星村驻村工作队：队长陈永福（县发展和改革局）。\n"
        "二、第四批驻村工作队期满召回\n"
        "第四批驻村工作队驻村期满，经考核，以下同志召回派出单位：以古镇天星村驻村工作队队长朱洪亮，"
        "赤水源镇银厂村驻村工作队队员蔡国栋。\n"
    )
    body = "经县委同意，选派第五批驻村工作队。现将名单通知如下：\n" + body
    assert events(body) == [
        ("appoint", "陈永福", "以古镇天星村驻村工作队队长"),
        ("remove", "朱洪亮", "以古镇天星村驻村工作队队长"),
        ("remove", "蔡国栋", "赤水源镇银厂村驻村工作队队员"),
    ]


def test_a_person_named_then_their_posts_ended_by_qi_is_no_open_item() -> None:
    body = (
        "二、任期届满召回\n下列同志任期届满，经考核合格，免去其驻村第一书记职务，回原单位工作：\n"
        "1．罗成刚，六马镇板干村；\n2．吴德林，六马镇弄染村。\n"
        "三、因工作需要提前召回\n因工作需要，召回蒙光荣同志，免去其本寨乡窝莫村驻村第一书记职务。\n"
    )
    assert events(body) == [
        ("remove", "罗成刚", "六马镇板干村驻村第一书记"),
        ("remove", "吴德林", "六马镇弄染村驻村第一书记"),
        ("remove", "蒙光荣", "本寨乡窝莫村驻村第一书记"),
    ]


def test_a_drawn_table_with_a_rule_under_every_row_its_merged_columns_running_past_them() -> None:
    body = (
        "经市人民政府研究，决定：梁嘉豪等4名同志到我市挂职任职，挂职单位、职务及期限见附表。\n"
        "┌────────┬──────┬──────┬──────┐\n"
        "│挂职单位│姓名  │挂职职务│挂职期限│\n"
        "├────────┼──────┼──────┼──────┤\n"
        "│毕节市人民政府│梁嘉豪│副秘书长│      │\n"
        "├────────┼──────┼──────┤      │\n"
        "│七星关区人民政府│陈俊贤│副区长│2年   │\n"
        "│        ├──────┼──────┤      │\n"
        "│        │区颖诗│副区长│      │\n"
        "├────────┼──────┼──────┤      │\n"
        "│威宁彝族回族苗族│叶冠华│副县长│      │\n"
        "│自治县人民政府│      │      │      │\n"
        "└────────┴──────┴──────┴──────┘\n"
    )
    assert events(body) == [
        ("appoint", "梁嘉豪", "毕节市人民政府副秘书长"),
        ("appoint", "陈俊贤", "七星关区人民政府副区长"),
        ("appoint", "区颖诗", "七星关区人民政府副区长"),
        ("appoint", "叶冠华", "威宁彝族回族苗族自治县人民政府副县长"),
    ]


def test_first_secretaries_called_back_succeeded_extended_and_removed_by_list() -> None:
    body = (
        "二、召回调整\n"
        "县卫生健康局选派的冯志远同志因工作需要召回，免去其中川镇高湾村党支部第一书记职务，由该局杨永福同志接任。\n"
        "三、延长任期\n"
        "杜红梅同志（汉家岔镇何家坪村党支部第一书记）、柴国庆同志（新添堡回族乡新添村党支部第一书记）任期届满，"
        "经考核为优秀等次，本人自愿，延长驻村任期一年。\n"
        "四、任期届满，免去下列同志驻村第一书记职务\n"
        "罗志军：太平店镇马岔村党支部第一书记\n牛宝山：甘沟驿镇郭城村党支部第一书记\n"
        "抄送：县委办公室。\n"
    )
    assert events(body) == [
        ("remove", "冯志远", "中川镇高湾村党支部第一书记"),
        ("appoint", "杨永福", "中川镇高湾村党支部第一书记"),
        ("appoint", "杜红梅", "汉家岔镇何家坪村党支部第一书记"),
        ("appoint", "柴国庆", "新添堡回族乡新添村党支部第一书记"),
        ("remove", "罗志军", "太平店镇马岔村党支部第一书记"),
        ("remove", "牛宝山", "甘沟驿镇郭城村党支部第一书记"),
    ]


def test_first_secretaries_sent_and_called_back_in_tab_tables_by_township_and_village() -> None:
    body = (
        "一、选派人员（共2名）\n选派以下2名同志任驻村第一书记、工作队队长。\n\n"
        "序号\t姓名\t派出单位及职务\t驻村乡（镇）\t驻村名称\t任职\n"
        "1\t王志鹏\t县财政局\t以勒镇\t大坪村\t第一书记兼工作队队长\n"
        "2\t杨光荣\t云南省交通运输厅\t母享镇\t大营村\t第一书记兼工作队\n"
        "\t\t\t\t\t\t队长\n\n"
        "二、召回人员（共2名）\n以下同志予以召回，免去其驻村第一书记（工作队队长）职务，回原单位工作。\n\n"
        "序号\t姓名\t原派出单位\t驻村乡（镇）及村\t原任职\t召回原因\n"
        "1\t李　俊\t县水务局\t以勒镇大坪村\t第一书记\t因工作需要\n"
        "2\t周　建\t县民政局\t花山乡新春村\t工作队队长\t年度考核不称职\n"
    )
    assert events(body) == [
        ("appoint", "王志鹏", "以勒镇大坪村第一书记"),
        ("appoint", "王志鹏", "以勒镇大坪村工作队队长"),
        ("appoint", "杨光荣", "母享镇大营村第一书记"),
        ("appoint", "杨光荣", "母享镇大营村工作队队长"),
        ("remove", "李俊", "以勒镇大坪村第一书记"),
        ("remove", "周建", "花山乡新春村工作队队长"),
    ]


def test_a_rotation_table_by_township_and_village_old_and_new_holder() -> None:
    body = (
        "经县委研究，对期满的驻村第一书记进行轮换。现将轮换名单通知如下：\n\n"
        "序号  乡镇         村         原第一书记   新任第一书记   新任第一书记派出单位\n"
        "1     会师镇       南十村     王建国       李晓军         县财政局\n"
        "2     郭城驿镇     红堡子村   张德福       马　骏         县农业农村局\n"
    )
    assert events(body) == [
        ("remove", "王建国", "会师镇南十村第一书记"),
        ("appoint", "李晓军", "会师镇南十村第一书记"),
        ("remove", "张德福", "郭城驿镇红堡子村第一书记"),
        ("appoint", "马骏", "郭城驿镇红堡子村第一书记"),
    ]


def test_grid_heads_posts_first_then_who_holds_each_and_a_title_said_of_the_post_described() -> None:
    body = (
        "三、网格长\n夷陵路社区第3网格、第５网格网格长分别由张小雨、朱一鸣同志担任；\n"
        "原夷陵路社区第5网格网格长何德明同志调至街道综治中心工作，不再担任网格长。\n"
        "西坝社区第1网格网格长由郑克勤同志兼任。\n"
    )
    assert events(body) == [
        ("appoint", "张小雨", "夷陵路社区第3网格网格长"),
        ("appoint", "朱一鸣", "夷陵路社区第5网格网格长"),
        ("remove", "何德明", "夷陵路社区第5网格网格长"),
        ("appoint", "郑克勤", "西坝社区第1网格网格长"),
    ]


def test_an_institute_roster_whose_labels_name_economics_and_a_journal_post_held_besides() -> None:
    body = (
        "经院党组2024年4月8日会议研究，决定：\n一、任命\n（一）经济研究所\n　　所　长：马文彬\n"
        "　　区域经济研究室主任：祁永红\n　　产业经济研究室主任：尚　鹏（试用期一年）\n"
        "（二）文学研究所\n　　所　长：陈　琳（兼任《甘肃社会科学》编辑部副主编）\n"
    )
    assert events(body) == [
        ("appoint", "马文彬", "经济研究所所长"),
        ("appoint", "祁永红", "经济研究所区域经济研究室主任"),
        ("appoint", "尚鹏", "经济研究所产业经济研究室主任"),
        ("appoint", "陈琳", "文学研究所所长"),
        ("appoint", "陈琳", "《甘肃社会科学》编辑部副主编"),
    ]


def test_head_nurses_by_area_of_the_hospital_and_corrections_of_a_row_or_a_part() -> None:
    body = (
        "决定聘任以下同志为护士长、副护士长：\n一、内科片区\n　　呼吸与危重症医学科：护士长 史雪梅\n"
        "二、外科片区\n　　肝胆胰外科：护士长 范　静\n"
    )
    assert events(body) == [
        ("appoint", "史雪梅", "呼吸与危重症医学科护士长"),
        ("appoint", "范静", "肝胆胰外科护士长"),
    ]
    body = (
        "我院2024年8月5日印发的《关于聘任王建平等同志科室主任、副主任职务的通知》中，有两处错误，现更正如下：\n"
        "一、聘任名单第12项“程　浩　放射科　副主任　试用期一年”，更正为“程　浩　介入放射科　副主任　试用期一年”。\n"
        "二、第二部分（川西交投冷链物流有限公司）中“杨帆同志任党委委员”更正为“杨凡同志任党委委员”。\n"
    )
    assert [e[:3] for e in events(body)] == [
        ("appoint", "程浩", "介入放射科副主任"),
        ("appoint", "杨凡", "川西交投冷链物流有限公司党委委员"),
    ]


def test_bank_branches_named_by_the_place_and_names_glued_to_posts_written_apart_elsewhere() -> None:
    body = (
        "一、聘任\n1.聘任苗青为岸堤支行副行长；\n二、解聘\n1.解聘李强岸堤支行行长职务，另有任用；\n"
        "三、石家庄分行\n1、孙杰任石家庄分行副行长；\n"
        "2、蒋立新任石家庄裕华支行行长，免去沈涛石家庄裕华支行行长职务。\n"
    )
    assert events(body) == [
        ("appoint", "苗青", "岸堤支行副行长"),
        ("remove", "李强", "岸堤支行行长"),
        ("appoint", "孙杰", "石家庄分行副行长"),
        ("appoint", "蒋立新", "石家庄裕华支行行长"),
        ("remove", "沈涛", "石家庄裕华支行行长"),
    ]


def test_an_election_approved_names_counted_though_one_surname_is_rare() -> None:
    body = "同意由杨帆、吴晓军、蔡艳、凡海波等4名\n同志组成中共平江县加义镇第十六届委员会。杨帆同志为书记。\n"
    assert [e[1] for e in events(body)] == ["杨帆", "吴晓军", "蔡艳", "凡海波", "杨帆"]


def test_a_part_labelled_by_the_posts_its_rows_take_and_officers_listed_after_their_committee() -> None:
    body = (
        "现将有关事项通知如下：\n一、选调生到村任职（任职时间两年，自2023年9月1日起）\n（一）边城镇\n"
        "1.张雨桐　茶峒村党总支副书记\n2.龙思雨（女）　隘门村党支部书记助理\n"
    )
    assert [e[:3] for e in events(body)] == [
        ("appoint", "张雨桐", "边城镇茶峒村党总支副书记"),
        ("appoint", "龙思雨", "边城镇隘门村党支部书记助理"),
    ]
    body = (
        "经县委研究，同意你乡第十三届委员会第一次全体会议和纪律检查委员会第一次全体会议的选举结果：\n"
        "中共连山乡第十三届委员会委员：邓春生、吴雪峰、杨海林（按姓氏笔画为序）；\n书　记：吴雪峰；\n副书记：杨海林。\n"
    )
    assert events(body)[-2:] == [
        ("appoint", "吴雪峰", "中共连山乡第十三届委员会书记"),
        ("appoint", "杨海林", "中共连山乡第十三届委员会副书记"),
    ]


def test_first_secretaries_called_back_described_by_their_posts_in_prose() -> None:
    body = (
        "三、召回人员。龙塘镇龙塘社区第一书记田永刚同志因履职不力、考核不合格，予以召回，由派出单位按规定调整岗位；"
        "花桥镇白沙村第一书记石宏亮同志因身体原因申请召回，经研究同意。\n"
        "四、另，梅川镇杏林村党支部第一书记贾国强同志年度考核不称职，予以召回，免去其杏林村党支部第一书记职务。\n"
    )
    assert events(body) == [
        ("remove", "田永刚", "龙塘镇龙塘社区第一书记"),
        ("remove", "石宏亮", "花桥镇白沙村第一书记"),
        ("remove", "贾国强", "杏林村党支部第一书记"),
    ]


def test_secondments_ended_as_posts_held_by_each_and_a_post_changed_for_another() -> None:
    body = (
        "二、下列同志挂职期满，免去其挂职职务：\n"
        "曾俊、杨清同志分别挂职的某县人民政府副县长、某县教育局副局长职务；\n傅强同志挂职的某县商务局副局长职务。\n"
        "三、厦门市思明区选派的刘毅同志挂职岗位由某县吹麻滩镇人民政府副镇长调整为某县大河家镇人民政府副镇长。\n"
        "四、苏明哲同志挂职职务调整为某市人民政府副市长，不再挂职任某市科学技术局副局长；\n"
        "郭晓东、杨帆同志挂职期满，分别不再挂职任某市海洋局副局长、某市人民医院副院长，回派出单位工作。\n"
    )
    assert events(body) == [
        ("remove", "曾俊", "某县人民政府副县长"),
        ("remove", "杨清", "某县教育局副局长"),
        ("remove", "傅强", "某县商务局副局长"),
        ("remove", "刘毅", "某县吹麻滩镇人民政府副镇长"),
        ("appoint", "刘毅", "某县大河家镇人民政府副镇长"),
        ("appoint", "苏明哲", "某市人民政府副市长"),
        ("remove", "苏明哲", "某市科学技术局副局长"),
        ("remove", "郭晓东", "某市海洋局副局长"),
        ("remove", "杨帆", "某市人民医院副院长"),
    ]


def test_the_village_of_a_heads_post_named_after_each_person_and_senders_over_their_rows() -> None:
    body = (
        "上一轮驻村第一书记任期届满，以下同志不再担任原村党支部第一书记职务，回原单位工作：\n"
        "谭红军（罗家湾村）；姚文斌（白岩村）。\n"
        "下列同志挂职任职，挂职时间一年：\n　　中国科学院选派\n　　　　周启航　挂职任某市人民政府副市长\n"
        "　　清华大学选派\n　　　　林若曦　挂职任某市工业和信息化局副局长\n"
        "　　另，经商派出单位同意：\n"
        "　　第二十三批博士服务团成员黄志勇同志延长挂职一年，继续挂职任某市科学技术局副局长。\n"
    )
    assert events(body) == [
        ("remove", "谭红军", "罗家湾村党支部第一书记"),
        ("remove", "姚文斌", "白岩村党支部第一书记"),
        ("appoint", "周启航", "某市人民政府副市长"),
        ("appoint", "林若曦", "某市工业和信息化局副局长"),
        ("appoint", "黄志勇", "某市科学技术局副局长"),
    ]


def test_a_recall_names_whom_its_pronoun_means_and_an_extension_renews_but_a_longer_probation_does_not() -> None:
    body = (
        "一、免去刘长青的某县卫生健康委员会副主任职务。\n"
        "二、召回王骏（上海市徐汇区选派），免去其某县人民政府副县长职务。\n"
        "三、同意第九批援藏干部阮平同志延长援藏一年，继续担任某市人民政府副市长。\n"
        "四、朱丽华同志试用期延长六个月，继续担任某学院副院长。\n"
        "五、某政任〔2024〕19号文件中关于任命高雅琴同志为某镇人民政府副镇长的内容予以撤销。\n"
    )
    assert events(body) == [
        ("remove", "刘长青", "某县卫生健康委员会副主任"),
        ("remove", "王骏", "某县人民政府副县长"),
        ("appoint", "阮平", "某市人民政府副市长"),
        ("remove", "高雅琴", "某镇人民政府副镇长"),
    ]


def test_jurors_listed_under_a_numbered_post_and_a_verb_then_post_line_and_a_bill_is_no_decision() -> None:
    body = (
        "会议决定任命：\n一、某市第一人民法院人民陪审员（3名）\n梁志坚、何丽嫦（女）、黄伟雄\n"
        "二、免除\n某区人民法院\n鱼小娟、侯占山的人民陪审员职务。\n"
        "三、任命\n某县人民检察院\n潘金生为检察员\n\n任命某县人民法院人民陪审员\n梁春燕（女） 韦志远\n"
    )
    assert events(body) == [
        ("appoint", "梁志坚", "某市第一人民法院人民陪审员"),
        ("appoint", "何丽嫦", "某市第一人民法院人民陪审员"),
        ("appoint", "黄伟雄", "某市第一人民法院人民陪审员"),
        ("remove", "鱼小娟", "某区人民法院人民陪审员"),
        ("remove", "侯占山", "某区人民法院人民陪审员"),
        ("appoint", "潘金生", "某县人民检察院检察员"),
        ("appoint", "梁春燕", "某县人民法院人民陪审员"),
        ("appoint", "韦志远", "某县人民法院人民陪审员"),
    ]
    ranks = "一、晋升为二级调研员\n赵丽娟（综合处）、胡明（人口和就业统计处）\n"
    assert events(ranks) == []


def test_first_secretaries_described_by_posts_recalled_rotated_extended_and_moved() -> None:
    body = (
        "三、召回人员\n头陂镇彭田村第一书记兼工作队队长周海波同志因不胜任驻村工作，予以召回，免去其第一书记、工作队队长职务；"
        "千善乡桐源村第一书记兼工作队队长杜建国同志因病召回。\n"
        "四、延期人员\n杨溪乡杨溪村第一书记邓卫东同志、尖峰乡沙背村第一书记\n孙志远同志驻村期满，经派出单位同意，延期驻村一年。\n"
        "五、浮石镇泉头村第一书记韦敏同志驻村期满，轮换回原单位，由黄玉兰同志（县财政局）接任浮石镇泉头村第一书记；"
        "潭头乡坤林村第一书记吴刚同志调整为潭头乡新桂村第一书记。\n"
        "六、县审计局李建军同志接替杨彦龙同志任平峰镇庙湾村第一书记。\n"
    )
    assert events(body) == [
        ("remove", "周海波", "头陂镇彭田村第一书记"),
        ("remove", "周海波", "头陂镇彭田村工作队队长"),
        ("remove", "杜建国", "千善乡桐源村第一书记"),
        ("remove", "杜建国", "千善乡桐源村工作队队长"),
        ("appoint", "邓卫东", "杨溪乡杨溪村第一书记"),
        ("appoint", "孙志远", "尖峰乡沙背村第一书记"),
        ("remove", "韦敏", "浮石镇泉头村第一书记"),
        ("appoint", "黄玉兰", "浮石镇泉头村第一书记"),
        ("remove", "吴刚", "潭头乡坤林村第一书记"),
        ("appoint", "吴刚", "潭头乡新桂村第一书记"),
        ("remove", "杨彦龙", "平峰镇庙湾村第一书记"),
        ("appoint", "李建军", "平峰镇庙湾村第一书记"),
    ]


def test_a_branchs_own_part_and_its_sub_branches_by_their_own_names() -> None:
    body = (
        "三、分行\n（一）临沂分行\n１．分行本部\n聘任相明远同志为副行长；\n２．兰山支行\n聘任褚国华同志为行长；\n"
        "（二）济宁分行\n１．分行本部\n聘任齐海燕同志为分行副行长。\n"
        "四、郑州营业部负责人由韩冰先生变更为蓝天宇先生。\n"
    )
    assert events(body) == [
        ("appoint", "相明远", "临沂分行副行长"),
        ("appoint", "褚国华", "兰山支行行长"),
        ("appoint", "齐海燕", "济宁分行副行长"),
        ("remove", "韩冰", "郑州营业部负责人"),
        ("appoint", "蓝天宇", "郑州营业部负责人"),
    ]


def test_wechat_emoji_bullets_a_resume_attached_and_a_seconded_post_changed_or_held_on() -> None:
    body = (
        "经局党组研究，决定：\n✅ 谢志勇同志任某市第一中学校长；\n免去：\n❌ 王立刚同志某市第一中学校长职务。\n"
        "施佳怡同志不再挂任某县文化旅游局副局长，改为挂任某县人民政府副县长。\n"
        "游少华（福建省选派）同志援藏期满，经本人申请，留任一年，继续担任某县卫生健康委员会副主任。\n"
        "附：路振华同志简历\n路振华，男，1964年2月生，2016年8月至今任某公司党委书记、董事长。\n"
    )
    assert events(body) == [
        ("appoint", "谢志勇", "某市第一中学校长"),
        ("remove", "王立刚", "某市第一中学校长"),
        ("remove", "施佳怡", "某县文化旅游局副局长"),
        ("appoint", "施佳怡", "某县人民政府副县长"),
        ("appoint", "游少华", "某县卫生健康委员会副主任"),
    ]


def test_secondment_tables_with_a_column_of_posts_taken_and_a_rule_crossed_by_a_merged_cell() -> None:
    tabbed = (
        "决定对下表所列同志挂职职务进行任免：\n序号\t姓名\t派出单位\t免去挂职职务\t任挂职职务\n"
        "1\t滕子墨\t上海市黄浦区\t—\t莎车县人民政府副县长\n2\t武振国\t上海市黄浦区\t莎车县人民政府副县长\t—\n"
    )
    assert events(tabbed) == [
        ("appoint", "滕子墨", "莎车县人民政府副县长"),
        ("remove", "武振国", "莎车县人民政府副县长"),
    ]
    drawn = (
        "决定选派以下同志到企业挂职任“科技副总”：\n"
        "┌──┬──────┬──────────┬────────────────┐\n"
        "│序号│ 姓 名  │  派出单位    │  挂职企业及职务            │\n"
        "├──┼──────┼──────────┼────────────────┤\n"
        "│ 1 │ 严启航 │              │某新材料有限公司科技副总经理│\n"
        "├──┼──────┤  南京大学    ├────────────────┤\n"
        "│ 2 │ 柯文静 │              │某食品股份有限公司科技副总  │\n"
        "└──┴──────┴──────────┴────────────────┘\n"
    )
    assert [e[:2] for e in events(drawn)] == [("appoint", "严启航"), ("appoint", "柯文静")]


def test_a_class_of_companies_named_by_headings_below_and_posts_each_followed_by_their_word() -> None:
    body = (
        "一、聘任下列同志为市属国有企业外部董事（任期三年）：\n（一）宜宾市城市建设投资集团有限公司\n曾宪明、肖雅\n"
        "（二）宜宾市交通投资集团有限公司\n钟立新（外部董事召集人）、杜晓琳\n"
    )
    assert events(body) == [
        ("appoint", "曾宪明", "宜宾市城市建设投资集团有限公司外部董事"),
        ("appoint", "肖雅", "宜宾市城市建设投资集团有限公司外部董事"),
        ("appoint", "钟立新", "宜宾市交通投资集团有限公司外部董事"),
        ("appoint", "钟立新", "宜宾市交通投资集团有限公司外部董事召集人"),
        ("appoint", "杜晓琳", "宜宾市交通投资集团有限公司外部董事"),
    ]


def test_a_place_opening_with_ren_after_the_pronoun_is_no_connector() -> None:
    body = "聘任王明同志为某银行任城支行行长，免去其任城支行副行长职务。\n"
    assert events(body) == [
        ("appoint", "王明", "某银行任城支行行长"),
        ("remove", "王明", "任城支行副行长"),
    ]


def test_a_list_verb_before_the_group_below_names_no_one() -> None:
    body = (
        "二、选派以下同志为驻村工作队队员，驻村时间与第一书记相同：\n"
        "1.杨志明（县农业农村局）任联珠镇癸能村驻村工作队队员；\n2.罗建国（县水务局）任通关镇大寨村驻村工作队队员。\n"
    )
    assert events(body) == [
        ("appoint", "杨志明", "联珠镇癸能村驻村工作队队员"),
        ("appoint", "罗建国", "通关镇大寨村驻村工作队队员"),
    ]


def test_rows_of_unit_title_and_name_one_full_width_space_apart_under_a_kind_of_departments() -> None:
    body = (
        "决定聘任以下同志为护士长、副护士长：\n（一）平台科室\n"
        "    1．手术室　护士长　郭敏\n    2．放疗科二病区　副护士长（主持工作）　李红\n"
        "    下列同志不再担任护士长职务：肿瘤内科三病区护士长马玉兰（轮岗）、"
        "手术室护士长帕提古丽·买买提明（调任护理部）。\n"
    )
    assert events(body) == [
        ("appoint", "郭敏", "手术室护士长"),
        ("appoint", "李红", "放疗科二病区副护士长"),
        ("remove", "马玉兰", "肿瘤内科三病区护士长"),
        ("remove", "帕提古丽·买买提明", "手术室护士长"),
    ]


def test_a_spaced_table_whose_merged_unit_cells_are_written_once_some_on_a_middle_row() -> None:
    body = (
        "决定聘任下列同志为学院中层干部。\n序号 部门 姓名 聘任职务 备注\n"
        "1 组织人事部 汪国庆 部长\n2 储晓梅 副部长\n3 檀文斌 处长\n4 教务处 方敏 副处长\n5 章立新 副处长 试用期一年\n"
        "6 科研与社会服务 鲍建国 副处长 主持工作\n处\n— 3 —\n序号 部门 姓名 聘任职务 备注\n7 汽车工程学院 潘俊 院长\n"
        "原聘任的王庆余（教务处处长）、柏杨（汽车工程学院副院长）等同志的职务自然解聘。\n"
    )
    assert events(body) == [
        ("appoint", "汪国庆", "组织人事部部长"),
        ("appoint", "储晓梅", "组织人事部副部长"),
        ("appoint", "檀文斌", "教务处处长"),
        ("appoint", "方敏", "教务处副处长"),
        ("appoint", "章立新", "教务处副处长"),
        ("appoint", "鲍建国", "科研与社会服务处副处长"),
        ("appoint", "潘俊", "汽车工程学院院长"),
        ("remove", "王庆余", "教务处处长"),
        ("remove", "柏杨", "汽车工程学院副院长"),
    ]


def test_people_told_before_their_names_and_a_time_adjunct_between_person_and_verb() -> None:
    body = (
        "一、钟永刚同志（科学技术处副处长）挂职任渭源县人民政府副县长，挂职时间两年；\n"
        "钟永刚同志挂职期间不再担任科学技术处副处长职务。\n"
        "同时决定，任命挂职期满返校的许建军同志为发展规划处副处长（试用期一年）。\n"
        "聘请德国籍专家卢卡斯·菲舍尔教授为神经科学临床医学中心名誉主任。\n"
    )
    assert events(body) == [
        ("appoint", "钟永刚", "渭源县人民政府副县长"),
        ("remove", "钟永刚", "科学技术处副处长"),
        ("appoint", "许建军", "发展规划处副处长"),
        ("appoint", "卢卡斯·菲舍尔", "神经科学临床医学中心名誉主任"),
    ]


def test_a_bare_title_after_a_name_takes_the_body_said_just_before_in_full() -> None:
    body = (
        "一、能源研究所\n聘任聂文涛为江西省科学院能源研究所所长，胡婷为副所长；\n"
        "二、深海装备研究所\n聘任梅一帆为深海装备研究所所长、柏松为副所长，聘期五年；\n"
        "三、下列同志任期届满，不再担任系主任职务：\n理学院物理系汤建国；化学化工学院化学系欧阳琪。\n"
    )
    assert events(body) == [
        ("appoint", "聂文涛", "江西省科学院能源研究所所长"),
        ("appoint", "胡婷", "江西省科学院能源研究所副所长"),
        ("appoint", "梅一帆", "深海装备研究所所长"),
        ("appoint", "柏松", "深海装备研究所副所长"),
        ("remove", "汤建国", "理学院物理系主任"),
        ("remove", "欧阳琪", "化学化工学院化学系主任"),
    ]


def test_county_paper_revocation_with_a_comma_a_concurrent_mark_between_posts_and_a_confirmation_part() -> None:
    body = (
        "决定撤销《中共某县委关于俄木古铁等同志职务任免的通知》（越委干〔2024〕17号）中沙玛尔且同志任"
        "中共大瑞镇委员会委员、宣传委员，兼任大瑞镇人民武装部部长的任职决定。\n"
        "任命邱志军为越西县交通运输局副局长（兼）越西县公路养护中心主任；\n"
        "孙丽娜同志任中共潍坊市委统战部部务会成员、办公室主任（二级调研员）。\n"
        "三、试用期满考核合格，正式聘任\n刘芳同志为大花乡卫生院院长。\n"
    )
    assert events(body) == [
        ("remove", "沙玛尔且", "中共大瑞镇委员会委员"),
        ("remove", "沙玛尔且", "中共大瑞镇委员会宣传委员"),
        ("remove", "沙玛尔且", "大瑞镇人民武装部部长"),
        ("appoint", "邱志军", "越西县交通运输局副局长"),
        ("appoint", "邱志军", "越西县公路养护中心主任"),
        ("appoint", "孙丽娜", "中共潍坊市委统战部部务会成员"),
        ("appoint", "孙丽娜", "中共潍坊市委统战部办公室主任"),
        ("confirm", "刘芳", "大花乡卫生院院长"),
    ]


def test_a_gazette_running_head_with_the_issue_before_its_column() -> None:
    body = "任命刘建新为温宿县商务和工业信息化局局\n7\n\n2024年第2期　　　　　　　　　　县政府文件\n\n长；\n"
    assert events(body) == [("appoint", "刘建新", "温宿县商务和工业信息化局局长")]


def test_a_probation_extended_continues_the_appointment_to_its_new_end() -> None:
    body = (
        "二、以下同志试用期满考核基本称职，延长试用期：\n"
        "张建林同志，临洮县水务局副局长，试用期延长至2024年10月；\n"
        "祁永红同志，临洮县文体广电和旅游局副局长，延长试用期半年（自2024年4月15日起计算）。\n"
        "三、何丽萍同志（秦州区统计局副局长）试用期满考核结果为基本称职，决定延长试用期六个月，至2025年10月31日。\n"
        "四、贺志远同志试用期内工作表现一般，经研究，其株洲市芦淞区交通运输局副局长试用期延长至2024年12月31日。\n"
    )
    found, issues = read(body)
    assert not [i for i in issues if i.fatal], issues
    assert [(e.action, e.person, e.post, e.probation_until) for e in found] == [
        ("appoint", "张建林", "临洮县水务局副局长", dt.date(2024, 10, 31)),
        ("appoint", "祁永红", "临洮县文体广电和旅游局副局长", dt.date(2024, 10, 15)),
        ("appoint", "何丽萍", "秦州区统计局副局长", dt.date(2025, 10, 31)),
        ("appoint", "贺志远", "株洲市芦淞区交通运输局副局长", dt.date(2024, 12, 31)),
    ]


def test_adjuncts_of_succession_time_and_reason_and_people_named_by_their_trade() -> None:
    body = (
        "谭世伟同志轮换返渝，免去其昌都市农业农村局副局长职务；冉小川同志接替挂职任昌都市农业农村局副局长。\n"
        "接受顾晓岚辞去绿春县人民政府副县长职务的请求（挂职期满，返回派出单位）。\n"
        "柳林乡人民代表大会接受杨小兰辞去柳林乡人民政府副乡长职务的请求，并于同日选举陈家富为柳林乡人民政府乡长。\n"
        "聘任吴丽娜（建阳区农业农村局农艺师）为黄坑镇科技特派员。\n"
        "任命殷志浩为苏州市中级人民法院审判委员会委员、苏州知识产权法庭庭长。\n"
        "原任李倩同志的成都市青羊区卫生健康局副局长职务自然免除。\n"
    )
    assert events(body) == [
        ("remove", "谭世伟", "昌都市农业农村局副局长"),
        ("appoint", "冉小川", "昌都市农业农村局副局长"),
        ("remove", "顾晓岚", "绿春县人民政府副县长"),
        ("remove", "杨小兰", "柳林乡人民政府副乡长"),
        ("appoint", "陈家富", "柳林乡人民政府乡长"),
        ("appoint", "吴丽娜", "黄坑镇科技特派员"),
        ("appoint", "殷志浩", "苏州市中级人民法院审判委员会委员"),
        ("appoint", "殷志浩", "苏州市中级人民法院苏州知识产权法庭庭长"),
        ("remove", "李倩", "成都市青羊区卫生健康局副局长"),
    ]


def test_no_person_in_a_count_or_a_rule_and_the_pronoun_after_a_person_told_with_a_year() -> None:
    body = (
        "选举覃志文为董事会审计委员会主任委员。其中审计委员会中独立董事占多数并担任主任委员。\n"
        "免去泽仁拉姆同志的外部董事职务（到龄）。外部董事不领取薪酬，其工作补贴按省政府国资委有关规定执行。\n"
        "四、解聘\n经考核，某酒店集团有限公司副总经理许文龙2024年度经营业绩考核结果为不合格，"
        "解聘其某酒店集团有限公司副总经理职务。\n"
    )
    assert events(body) == [
        ("appoint", "覃志文", "董事会审计委员会主任委员"),
        ("remove", "泽仁拉姆", "外部董事"),
        ("remove", "许文龙", "某酒店集团有限公司副总经理"),
    ]


def test_a_rotation_table_flattened_with_single_spaces_and_villages_under_township_headings() -> None:
    table = (
        "决定对部分驻村第一书记进行轮换调整。\n序号 乡镇 村 原第一书记 新任第一书记 派出单位 备注\n"
        "1 贡江镇 楂林村 钟海明 刘丽萍 县财政局 期满轮换\n2 贡江镇 长胜村 谢春生 谢春生 县人社局 延期一年\n"
        "3 车溪乡 坳脑村 赖春明 欧阳志\n强 县农业农村局 期满轮换\n"
    )
    assert events(table) == [
        ("remove", "钟海明", "贡江镇楂林村第一书记"),
        ("appoint", "刘丽萍", "贡江镇楂林村第一书记"),
        ("appoint", "谢春生", "贡江镇长胜村第一书记"),
        ("remove", "赖春明", "车溪乡坳脑村第一书记"),
        ("appoint", "欧阳志强", "车溪乡坳脑村第一书记"),
    ]
    headed = (
        "经研究，对部分驻村第一书记和工作队员调整如下：\n一、太平镇\n"
        "小石村：免去于海波的第一书记职务；任命包国华为第一书记。\n东风村：任命曲丽丽为工作队员。\n"
        "二、下列同志驻村任期届满，不再担任所驻村第一书记，返回原单位工作：\n上集镇东岗村：冯志远\n"
        "三、九重镇桦栎扒村第一书记郑红军同志驻村期满，本人申请，\n延期一年，继续担任九重镇桦栎扒村第一书记。\n"
        "四、李娟任中共平襄镇委员会委员，免去中共马营镇委员会委员职务。\n"
    )
    assert events(headed) == [
        ("remove", "于海波", "太平镇小石村第一书记"),
        ("appoint", "包国华", "太平镇小石村第一书记"),
        ("appoint", "曲丽丽", "太平镇东风村工作队员"),
        ("remove", "冯志远", "上集镇东岗村第一书记"),
        ("appoint", "郑红军", "九重镇桦栎扒村第一书记"),
        ("appoint", "李娟", "中共平襄镇委员会委员"),
        ("remove", "李娟", "中共马营镇委员会委员"),
    ]


def test_a_roster_of_units_by_title_with_a_spaced_header_and_units_announced_by_their_posts() -> None:
    grid = (
        "决定聘任以下同志为临床医技科室主任、副主任，聘期三年。\n\n"
        "    科  室            主  任          副 主 任\n"
        "    心血管内科        巩志强          马彩霞*\n"
        "    消化内科          魏 红           汪海龙   陈小军*\n"
        "    神经内科                          安永平（主持工作）\n"
        "    普外科            董学礼          李    斌\n\n"
    )
    assert events(grid) == [
        ("appoint", "巩志强", "心血管内科主任"),
        ("appoint", "马彩霞", "心血管内科副主任"),
        ("appoint", "魏红", "消化内科主任"),
        ("appoint", "汪海龙", "消化内科副主任"),
        ("appoint", "陈小军", "消化内科副主任"),
        ("appoint", "安永平", "神经内科副主任"),
        ("appoint", "董学礼", "普外科主任"),
        ("appoint", "李斌", "普外科副主任"),
    ]
    announced = (
        "经医院党委研究，现将职能科室负责人任职决定通知如下：\n"
        "    党政办公室：主任 徐国良；副主任 方晓燕（试用期一年）\n    医务科：科长 余建华\n"
    )
    assert events(announced) == [
        ("appoint", "徐国良", "党政办公室主任"),
        ("appoint", "方晓燕", "党政办公室副主任"),
        ("appoint", "余建华", "医务科科长"),
    ]


def test_a_rotation_table_of_the_new_holder_of_two_titles_and_the_people_called_back() -> None:
    body = (
        "决定对州直单位派驻的驻村工作队进行轮换。\n"
        "序号\t派出单位\t驻村点\t新任第一书记（工作队队长）\t召回人员\n"
        "1\t州发展和改革委员会\t和静县巴仑台镇查汗才开村\t刘永刚\t巴音孟克\n"
        "2\t州自然资源局\t且末县阿羌乡依山干村\t孙志远\t—\n"
        "请各派出单位完成交接，召回人员回原单位工作。\n"
    )
    assert sorted(events(body)) == sorted(
        [
            ("appoint", "刘永刚", "和静县巴仑台镇查汗才开村第一书记"),
            ("appoint", "刘永刚", "和静县巴仑台镇查汗才开村工作队队长"),
            ("remove", "巴音孟克", "和静县巴仑台镇查汗才开村第一书记"),
            ("remove", "巴音孟克", "和静县巴仑台镇查汗才开村工作队队长"),
            ("appoint", "孙志远", "且末县阿羌乡依山干村第一书记"),
            ("appoint", "孙志远", "且末县阿羌乡依山干村工作队队长"),
        ]
    )


def test_a_clause_opening_while_away_a_recall_agreed_and_a_reinstatement_after_a_revocation() -> None:
    body = (
        "彭德华同志借调至县乡村振兴局工作，借调期间免去其兴隆镇农业综合服务中心主任职务；\n"
        "因身体原因，本人申请，同意召回罗晓婷同志，免去其挂任的布拖县教育体育局副局长职务。\n"
        "韦丽君同志按原职级安排工作，恢复其河池市金城江区审计局办公室主任职务。\n"
    )
    assert events(body) == [
        ("remove", "彭德华", "兴隆镇农业综合服务中心主任"),
        ("remove", "罗晓婷", "布拖县教育体育局副局长"),
        ("appoint", "韦丽君", "河池市金城江区审计局办公室主任"),
    ]


def test_a_table_of_those_rotated_home_and_the_rule_said_of_them_before() -> None:
    body = (
        "经县委研究同意，现对部分驻村第一书记进行轮换。轮换、召回的第一书记，免去其驻村第一书记职务，回原单位工作。\n"
        "轮换回原单位的驻村第一书记名单\n"
        "序号\t姓名\t派出单位\t原任职务\t备注\n"
        "1\t滕建华\t县财政局\t浦市镇马王溪村党支部第一书记\t轮换\n"
        "2\t尚宏伟\t县教育局\t小章乡小章村党支部第一书记\t召回\n"
    )
    assert events(body) == [
        ("remove", "滕建华", "浦市镇马王溪村党支部第一书记"),
        ("remove", "尚宏伟", "小章乡小章村党支部第一书记"),
    ]


def test_a_second_revoked_decision_held_concurrently_and_the_probation_post_said_again() -> None:
    body = (
        "决定：撤销《某区人民政府关于黄志勇等同志职务任免的通知》（金政任〔2024〕3号）中关于任命韦丽君同志为某区审计局"
        "副局长（试用期一年）的决定，撤销其试用职务；同时撤销该文中任命韦丽君同志兼任某区经济责任审计中心主任的决定。\n"
        "黄家宁同志恢复原继续教育学院培训科科长职务。\n"
    )
    assert events(body) == [
        ("remove", "韦丽君", "某区审计局副局长"),
        ("remove", "韦丽君", "某区经济责任审计中心主任"),
        ("appoint", "黄家宁", "继续教育学院培训科科长"),
    ]


def test_two_seconded_named_together_a_scheme_before_a_name_and_a_name_broken_after_its_number() -> None:
    body = (
        "决定：\n谭雪同志、马骏同志挂任越西县乡村振兴局副局长期满，免去其挂任职务。\n"
        "科技特派员韦宏伟同志挂任停洞镇人民政府科技副镇长（挂职二年）。\n"
        "免去：\n（一）固始县人民法院\n1.付\n国平的审判员职务；\n2.骆春燕的审判员职务。\n"
    )
    assert events(body) == [
        ("remove", "谭雪", "越西县乡村振兴局副局长"),
        ("remove", "马骏", "越西县乡村振兴局副局长"),
        ("appoint", "韦宏伟", "停洞镇人民政府科技副镇长"),
        ("remove", "付国平", "固始县人民法院审判员"),
        ("remove", "骆春燕", "固始县人民法院审判员"),
    ]


def test_a_departments_wards_and_subspecialties_under_its_heading_not_a_ward_named_by_another() -> None:
    body = (
        "院党委会研究决定，聘任下列同志为相应科室主任、副主任及护士长：\n"
        "（一）新生儿科\n　　主任：杨慧敏\n　　一病区护士长：张婷婷\n"
        "（二）呼吸内科\n　　副主任：孔令辉（兼哮喘亚专科负责人）\n　　普通外科一病区护士长：马玉兰\n"
    )
    assert events(body) == [
        ("appoint", "杨慧敏", "新生儿科主任"),
        ("appoint", "张婷婷", "新生儿科一病区护士长"),
        ("appoint", "孔令辉", "呼吸内科副主任"),
        ("appoint", "孔令辉", "呼吸内科哮喘亚专科负责人"),
        ("appoint", "马玉兰", "普通外科一病区护士长"),
    ]


def test_a_units_second_name_in_its_title_a_new_part_ends_a_heading_and_a_company_label_then_a_clause() -> None:
    body = (
        "经研究决定：\n一、机关部处\n免去朱立新的国有资产管理处副处长职务（另有任用）；\n"
        "周宇航任学生工作部（处）部（处）长；\n二、院团委：\n聂思雨同志任院团委书记。\n"
        "三、其他\n同意许立华同志辞去内分泌科副主任职务的请求。\n"
        "四、某电力投资有限公司：党委书记、董事长白志勇同志兼任纪委书记；免去樊立新同志纪委书记职务。\n"
    )
    assert events(body) == [
        ("remove", "朱立新", "国有资产管理处副处长"),
        ("appoint", "周宇航", "学生工作部(处)部(处)长"),
        ("appoint", "聂思雨", "院团委书记"),
        ("remove", "许立华", "内分泌科副主任"),
        ("appoint", "白志勇", "某电力投资有限公司纪委书记"),
        ("remove", "樊立新", "某电力投资有限公司纪委书记"),
    ]


def test_a_part_labelled_by_a_title_and_its_verbs_then_companies_with_their_names() -> None:
    body = (
        "现将有关人员任免事项通知如下：\n三、外部董事聘任和解聘\n"
        "聘任以下同志为市属企业外部董事，聘期三年：\n（一）洛阳城市发展投资集团有限公司\n　　程立新、郭建华\n"
        "（二）洛阳市水务集团有限公司\n　　邓红霞\n解聘田光荣的洛阳城市发展投资集团有限公司外部董事职务。\n"
    )
    assert events(body) == [
        ("appoint", "程立新", "洛阳城市发展投资集团有限公司外部董事"),
        ("appoint", "郭建华", "洛阳城市发展投资集团有限公司外部董事"),
        ("appoint", "邓红霞", "洛阳市水务集团有限公司外部董事"),
        ("remove", "田光荣", "洛阳城市发展投资集团有限公司外部董事"),
    ]


def test_a_scans_left_border_and_a_word_files_list_number_before_the_written_one() -> None:
    scan = (
        "│ 临汾市中级人民法院\n│   任命：\n"
        "│   贾 建 军为临汾市中级人民法院审判员；\n│   卫  红为临汾市中级人民法院审判员。\n"
    )
    assert events(scan) == [
        ("appoint", "贾建军", "临汾市中级人民法院审判员"),
        ("appoint", "卫红", "临汾市中级人民法院审判员"),
    ]
    word = (
        "经地委研究，决定：\n1.\t1、马晓光同志挂任和田地区行政公署副专员；\n2.\t(2)杜建伟同志挂任中共和田县委副书记；\n"
    )
    assert events(word) == [
        ("appoint", "马晓光", "和田地区行政公署副专员"),
        ("appoint", "杜建伟", "中共和田县委副书记"),
    ]


def test_a_list_head_without_its_colon_and_posts_held_seconded() -> None:
    body = (
        "现就有关事项通知如下：\n一、免去下列同志挂任职务（挂职期满，返回原单位工作）\n"
        "黄建平同志的固原市人民政府副市长挂任职务；\n二、下列同志挂任职务（挂职时间两年，自2023年7月起至2025年\n7月止）\n"
        "张国华同志挂任固原市人民政府副市长；\n"
    )
    assert events(body) == [("remove", "黄建平", "固原市人民政府副市长"), ("appoint", "张国华", "固原市人民政府副市长")]


def test_a_rank_names_whom_its_pronoun_means_and_that_school_is_the_one_just_named() -> None:
    body = (
        "决定：柏佳同志任某区小庙镇副镇长；王建兵同志晋升为一级调研员，免去其某区机关事务管理局局长职务。\n"
        "陆晨同志挂任贵德县高级中学副校长，兼任该校德育处主任；王力同志任某区财政局副局长，兼任该局办公室主任。\n"
    )
    assert events(body) == [
        ("appoint", "柏佳", "某区小庙镇副镇长"),
        ("remove", "王建兵", "某区机关事务管理局局长"),
        ("appoint", "陆晨", "贵德县高级中学副校长"),
        ("appoint", "陆晨", "贵德县高级中学德育处主任"),
        ("appoint", "王力", "某区财政局副局长"),
        ("appoint", "王力", "某区财政局办公室主任"),
    ]


def test_an_extension_of_a_named_posts_probation_a_list_retired_and_a_post_taken_again() -> None:
    body = (
        "决定：\n一、汪志国同志试用期满，经考核，暂不宜正式任职，决定延长其某县生态环境局副局长试用期六个月（至2026年5月24日）。\n"
        "二、下列同志已到法定退休年龄，免去其现任职务，按规定办理退休手续：\n奉爱国（某县职业中专学校副校长）；\n"
        "杨秋生（某县琅塘镇中心学校校长）。\n"
        "三、借调王海燕同志到某市教育局工作，借调期间不再担任国际交流学院副院长职务。\n"
    )
    assert events(body) == [
        ("appoint", "汪志国", "某县生态环境局副局长"),
        ("remove", "奉爱国", "某县职业中专学校副校长"),
        ("remove", "杨秋生", "某县琅塘镇中心学校校长"),
        ("remove", "王海燕", "国际交流学院副院长"),
    ]
    revoked = (
        "2023年7月10日，局党委印发《关于秦国伟等同志职务任免的通知》，任命秦国伟同志为某中学校长。经核查，"
        "秦国伟同志不符合任职条件。经研究，决定撤销对秦国伟同志的上述任职决定，撤销其某中学校长职务，恢复原任某中学副校长职务。\n"
    )
    assert events(revoked)[-2:] == [("remove", "秦国伟", "某中学校长"), ("appoint", "秦国伟", "某中学副校长")]


def test_tables_of_leavers_a_remark_that_removes_and_a_move_that_keeps_one_post() -> None:
    leavers = (
        "二、期满召回人员名单\n序号\t姓名\t派出单位\t原任职村（社区）及职务\t备注\n"
        "1\t李国栋\t县财政局\t娜姑镇白雾村党总支第一书记\t期满召回\n"
    )
    assert events(leavers) == [("remove", "李国栋", "娜姑镇白雾村党总支第一书记")]
    remark = (
        "经委党组研究，决定聘任以下同志为乡镇卫生院院长（副院长），聘期三年：\n序号\t单位\t姓名\t职务\t备注\n"
        "1\t平都镇卫生院\t李新华\t院长\t解聘原任副院长职务\n2\t平都镇卫生院\t曾小燕\t副院长\t试用期六个月\n"
    )
    assert sorted(events(remark)) == [
        ("appoint", "曾小燕", "平都镇卫生院副院长"),
        ("appoint", "李新华", "平都镇卫生院院长"),
        ("remove", "李新华", "平都镇卫生院副院长"),
    ]
    moves = (
        "决定对下列同志职务进行调整：\n序号\t姓名\t原任职务\t新任职务\t备注\n"
        "1\t彭丽君\t某市特殊教育学校校长\t—\t退休\n2\t刘俊峰\t某市第十八中学党支部书记、副校长\t某市第十八中学党支部书记、校长\t\n"
    )
    assert sorted(events(moves)) == [
        ("appoint", "刘俊峰", "某市第十八中学校长"),
        ("remove", "刘俊峰", "某市第十八中学副校长"),
        ("remove", "彭丽君", "某市特殊教育学校校长"),
    ]


def test_names_and_posts_apart_by_a_tab_under_a_lists_head_and_a_name_glued_to_a_committee() -> None:
    body = (
        "以下同志聘期届满，不再续聘：\n\t赵立民\t山东鲁星化工有限公司总经理\n\t钱文军\t山东鲁星新材料有限公司副总经理\n"
        "免去：金占林中共某区彭堡镇委员会书记、委员职务（另有任用）；\n"
        "同时撤销其兼任的县农业综合开发办公室主任任职决定。\n"
    )
    assert events(body) == [
        ("remove", "赵立民", "山东鲁星化工有限公司总经理"),
        ("remove", "钱文军", "山东鲁星新材料有限公司副总经理"),
        ("remove", "金占林", "中共某区彭堡镇委员会书记"),
        ("remove", "金占林", "中共某区彭堡镇委员会委员"),
        ("remove", "金占林", "县农业综合开发办公室主任"),
    ]


def test_confirmations_of_a_sentence_of_appointments_and_a_confirmed_part_of_bare_items() -> None:
    body = (
        "决定：\n一、王少华同志任省卫生和计划生育委员会副主任、孔德胜同志任省林业厅副厅长，试用期已满，经考核合格，正式任职。\n"
        "二、试用期满考核合格，正式聘任\n吴振宇为沿溪支行行长；\n谭丽为古港支行副行长。\n"
    )
    assert events(body) == [
        ("confirm", "王少华", "省卫生和计划生育委员会副主任"),
        ("confirm", "孔德胜", "省林业厅副厅长"),
        ("confirm", "吴振宇", "沿溪支行行长"),
        ("confirm", "谭丽", "古港支行副行长"),
    ]


def test_a_second_clause_after_a_post_more_names_of_the_verb_before_and_the_former_holder() -> None:
    body = (
        "现就有关事项通知如下：\n一、免去冯宗华的省应急管理厅副厅长职务、不再兼任省地震局局长；\n"
        "二、西安城投水务有限公司\n聘任刘建军为总经理，\n王晓燕、冯立为副总经理。\n"
        "三、任命马文博为某证券营业部负责人，原负责人马晓东另有任用。\n"
    )
    assert events(body) == [
        ("remove", "冯宗华", "省应急管理厅副厅长"),
        ("remove", "冯宗华", "省地震局局长"),
        ("appoint", "刘建军", "西安城投水务有限公司总经理"),
        ("appoint", "王晓燕", "西安城投水务有限公司副总经理"),
        ("appoint", "冯立", "西安城投水务有限公司副总经理"),
        ("appoint", "马文博", "某证券营业部负责人"),
        ("remove", "马晓东", "某证券营业部负责人"),
    ]


def test_a_shareholders_table_of_votes_one_space_apart() -> None:
    body = (
        "二、议案审议情况\n1、关于选举第四届董事会非独立董事的议案\n"
        "议案序号　议案名称　得票数　得票数占出席会议有效表决权的比例（%）　是否当选\n"
        "1.01　选举艾力·买买提为第四届董事会非独立董事　98,114,350　99.12　是\n"
        "1.02　选举周文静为第四届董事会非独立董事　1,110,022　9.11　否\n"
    )
    assert events(body) == [("appoint", "艾力·买买提", "第四届董事会非独立董事")]


def test_rotations_of_head_nurses_each_a_name_and_its_own_clause() -> None:
    body = (
        "决定对以下护士长进行轮岗交流：\n    1. 刘春华  由心内科一病区护士长轮岗至心内科CCU护士长；\n"
        "    2. 赖玉兰  由手术室护士长轮岗至普外科（肝胆）病区护士长；\n    3. 肖凤英  不再担任急诊科护士长；\n"
    )
    assert events(body) == [
        ("remove", "刘春华", "心内科一病区护士长"),
        ("appoint", "刘春华", "心内科CCU护士长"),
        ("remove", "赖玉兰", "手术室护士长"),
        ("appoint", "赖玉兰", "普外科(肝胆)病区护士长"),
        ("remove", "肖凤英", "急诊科护士长"),
    ]


def test_a_departments_wards_in_a_table_and_seconded_doctors_and_revocations() -> None:
    table = (
        "院党委会议研究决定，聘任下列同志为医院中层干部：\n序号\t科室\t姓名\t聘任职务\t备注\n"
        "1\t心血管内科\t王建军\t主任\t\n2\t\t孙国庆\t一病区护士长\t\n3\t妇产科\t石晓燕\t产科病区护士长\t\n"
    )
    assert events(table) == [
        ("appoint", "王建军", "心血管内科主任"),
        ("appoint", "孙国庆", "心血管内科一病区护士长"),
        ("appoint", "石晓燕", "妇产科产科病区护士长"),
    ]
    body = (
        "决定：\n一、免去第九批援藏干部王建平同志挂职担任的日喀则市人民医院副院长职务；\n"
        "二、撤销对冯建涛同志兼任的宝鸡市人民医院医疗质量控制中心主任职务的任命。\n"
    )
    assert events(body) == [
        ("remove", "王建平", "日喀则市人民医院副院长"),
        ("remove", "冯建涛", "宝鸡市人民医院医疗质量控制中心主任"),
    ]


def test_a_recounted_appointment_that_a_later_clause_undoes() -> None:
    body = (
        "2024年12月，集团党委印发《关于任志明等同志职务任免的通知》（徐港党〔2024〕88号），任命任志明同志为某物流有限公司"
        "党委委员、副总经理。经核查，任志明同志不符合任职条件。经集团党委研究，决定撤销对任志明同志的上述任职决定，"
        "其职务和待遇按原任职务执行。\n"
    )
    assert events(body) == [
        ("remove", "任志明", "某物流有限公司党委委员"),
        ("remove", "任志明", "某物流有限公司副总经理"),
    ]


def test_a_roster_row_of_one_who_leaves_under_an_institutes_heading() -> None:
    body = (
        "现将任免事项通知如下：\n\n　　粮食作物研究所\n　　　所长：钱志刚（连任）\n"
        "　　　不再担任副所长：陶立平（任期届满）\n\n"
        "　　蔬菜研究所\n　　　所长：严小明（新任）\n　　　不再担任所长：戴永福（到龄）\n"
    )
    assert events(body) == [
        ("appoint", "钱志刚", "粮食作物研究所所长"),
        ("remove", "陶立平", "粮食作物研究所副所长"),
        ("appoint", "严小明", "蔬菜研究所所长"),
        ("remove", "戴永福", "蔬菜研究所所长"),
    ]
