"""The vocabularies of the domain, as data.

Everything the parser and the views need to *recognise* lives here: titles, ranks,
qualifier words, section heads, page furniture, numerals. Code elsewhere reads these
tables; adding a word is a one-line change here, never a new ``if``.

Text reaching the parser has been NFKC-normalised, so full-width punctuation is
already half-width: ``（`` is ``(``, ``；`` is ``;``, ``：`` is ``:``, ``，`` is ``,``.
"""

from __future__ import annotations

import re

# --- titles ------------------------------------------------------------------------------

#: Titles that end a post name, used to split a post into organisation + title (roster,
#: a bare title inheriting the organisation of the post before it). Longest match wins.
TITLES: tuple[str, ...] = (
    "副处级领导干部",
    "正处级领导干部",
    "副科级领导干部",
    "正科级领导干部",
    "副处级干部",
    "正科级干部",
    "党组书记",
    "党组副书记",
    "党组成员",
    "党委书记",
    "党委副书记",
    "党委委员",
    "党工委书记",
    "党工委副书记",
    "纪委书记",
    "纪检组长",
    "书记",
    "副书记",
    "常务副市长",
    "常务副县长",
    "常务副区长",
    "市长",
    "副市长",
    "县长",
    "副县长",
    "区长",
    "副区长",
    "州长",
    "副州长",
    "省长",
    "副省长",
    "镇长",
    "副镇长",
    "乡长",
    "副乡长",
    "主席",
    "副主席",
    "秘书长",
    "副秘书长",
    "主任",
    "副主任",
    "常务副主任",
    "局长",
    "副局长",
    "厅长",
    "副厅长",
    "处长",
    "副处长",
    "科长",
    "副科长",
    "股长",
    "大队长",
    "副大队长",
    "中队长",
    "支队长",
    "副支队长",
    "队长",
    "副队长",
    "馆长",
    "副馆长",
    "院长",
    "副院长",
    "常务副院长",
    "校长",
    "副校长",
    "常务副校长",
    "站长",
    "副站长",
    "所长",
    "副所长",
    "部长",
    "副部长",
    "署长",
    "副署长",
    "会长",
    "副会长",
    "社长",
    "副社长",
    "总编辑",
    "副总编辑",
    "台长",
    "副台长",
    "园长",
    "副园长",
    "团长",
    "政委",
    "主任委员",
    "副主任委员",
    "委员",
    "董事长",
    "副董事长",
    "董事",
    "监事会主席",
    "监事",
    "总经理",
    "副总经理",
    "总会计师",
    "总工程师",
    "总经济师",
    "总审计师",
    "总法律顾问",
    "首席执行官",
    "审判委员会委员",
    "庭长",
    "副庭长",
    "审判员",
    "助理审判员",
    "检察长",
    "副检察长",
    "检察员",
    "检察委员会委员",
    "巡视员",
    "副巡视员",
    "调研员",
    "主任科员",
    "督学",
    "总督学",
    "主任督学",
    "院士",
    "教授",
    "研究员",
    "组长",
    "副组长",
    "经理",
    "副经理",
    "行长",
    "副行长",
    "理事长",
    "副理事长",
)

#: Titles held by exactly one person at a time: two holders at once is an anomaly.
SINGLE_HEAD_TITLES: frozenset[str] = frozenset(
    {
        "主任",
        "局长",
        "大队长",
        "区长",
        "市长",
        "县长",
        "镇长",
        "乡长",
        "省长",
        "馆长",
        "院长",
        "校长",
        "站长",
        "所长",
        "厅长",
        "处长",
        "科长",
        "董事长",
        "总经理",
        "检察长",
        "庭长",
        "书记",
        "党组书记",
        "党委书记",
        "秘书长",
        "部长",
        "行长",
        "队长",
        "支队长",
    }
)

# --- ranks and qualifiers ----------------------------------------------------------------

#: Civil-service ranks (职级) that can stand in a post's qualifiers.
RANKS: tuple[str, ...] = (
    "正部级",
    "副部级",
    "正厅级",
    "副厅级",
    "正局级",
    "副局级",
    "正处级",
    "副处级",
    "正科级",
    "副科级",
    "正县级",
    "副县级",
    "正乡级",
    "副乡级",
    "一级巡视员",
    "二级巡视员",
    "一级调研员",
    "二级调研员",
    "三级调研员",
    "四级调研员",
    "一级主任科员",
    "二级主任科员",
    "三级主任科员",
    "四级主任科员",
)

#: How someone comes to a post: kept as the event's manner.
MANNERS: tuple[str, ...] = (
    "调任",
    "转任",
    "兼任",
    "兼",
    "聘任",
    "聘用",
    "代理",
    "挂职",
    "挂职锻炼",
    "援派",
    "交流",
    "提任",
    "晋升",
    "平职",
    "试用",
    "辞职",
    "退休",
    "保留原职级",
    "正式任职",
)

#: Probation terms (试用期X) → months.
TERM_MONTHS: dict[str, int] = {
    "一年": 12,
    "1年": 12,
    "两年": 24,
    "二年": 24,
    "2年": 24,
    "三年": 36,
    "3年": 36,
    "半年": 6,
    "六个月": 6,
    "6个月": 6,
    "三个月": 3,
    "3个月": 3,
    "一年半": 18,
    "十二个月": 12,
    "12个月": 12,
    "一个月": 1,
    "1个月": 1,
    "两个月": 2,
    "2个月": 2,
    "九个月": 9,
    "9个月": 9,
}

# --- notices -----------------------------------------------------------------------------

#: A notice is a personnel notice when its title carries one of these words.
PERSONNEL_TITLE_WORDS: tuple[str, ...] = (
    "任免",
    "任命",
    "免去",
    "免职",
    "聘任",
    "解聘",
    "任职",
    "职务",
    "人事",
    "辞去",
    "辞职",
    "试用期满",
    "正式任用",
)

#: Titles that mark a notice as something other than personnel, with the reason shown
#: when it is skipped, in the order they are tried. ``overrides`` says the word wins even
#: when the title also has a personnel word (关于印发《人事管理办法》的通知 is a regulation).
OTHER_TITLE_REASONS: tuple[tuple[str, str, bool], ...] = (
    ("分工", "work division (分工) notice, not appointments", True),
    ("领导小组", "working-group notice, not appointments", True),
    ("工作专班", "working-group notice, not appointments", True),
    ("指挥部", "working-group notice, not appointments", True),
    ("目录", "decision catalogue, not appointments", True),
    ("要点", "work plan, not appointments", True),
    ("方案", "work plan, not appointments", True),
    ("计划", "work plan, not appointments", True),
    ("办法", "regulation, not appointments", True),
    ("规定", "regulation, not appointments", True),
    ("印发", "circular of a document, not appointments", True),
    ("意见", "policy document, not appointments", False),
    ("报告", "report, not appointments", False),
    ("公报", "report, not appointments", False),
    ("会议", "meeting report, not appointments", False),
)

NO_PERSONNEL_REASON = "no appointment or removal in the title or section heads"

#: Words that end a notice title (关于……的通知).
TITLE_ENDINGS: tuple[str, ...] = (
    "通知",
    "决定",
    "通报",
    "批复",
    "公告",
    "命令",
    "意见",
    "报告",
    "函",
    "名单",
    "公示",
)

#: Standalone titles without 关于 that still open a notice.
BARE_TITLE = re.compile(
    r"^(?:.{0,30}?)(?:任免名单|任免通知|人事任免|任免事项|任免国家工作人员|任免职务|任免决定|人事任免名单)$"
)

#: Page furniture: whole lines that belong to the page, not the text.
PAGE_FURNITURE: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\d{1,4}$"),  # bare page number
    re.compile(r"^[-—–－─]+\s*\d{1,4}\s*[-—–－─]+$"),  # — 12 —
    re.compile(r"^第\s*\d{1,4}\s*页(?:\s*[/,]?\s*共\s*\d{1,4}\s*页)?$"),
    re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$"),
    re.compile(r"公报\s*\(?\s*\d{4}\s*年\s*第\s*\d{1,3}\s*期\s*\)?"),  # gazette running head
    re.compile(r"^\S{0,20}文件\s+\S{0,30}公报"),
    # 肥西县人民政府公报 / 榆次区人民政府公报 二○二四年第十二期 / 南关区人民政府公报 21
    re.compile(
        r"^.{2,30}公报\s*(?:\(?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*第\s*[\d一二三四五六七八九十]{1,3}\s*期\s*\)?)?"
        r"\s*\d{0,4}$"
    ),
    re.compile(r"^\S{2,30}文件$"),  # 区政府文件, a red-header line
    re.compile(r"^.{2,30}公报\s*\d{4}\s*年\s*第\s*\d{1,3}\s*[期号]$"),
    re.compile(r"^[·•]\s*\d{1,4}\s*[·•]$"),  # ·17·
    re.compile(r"^\(此件(?:主动|依申请|不予)?公开(?:发布)?\)$"),
)

#: Section heads that open a list of clauses: 任命: / 免去: / 决定任命: / 聘任: / 解聘:.
SECTION_HEADS: dict[str, str] = {
    "任命": "appoint",
    "决定任命": "appoint",
    "聘任": "appoint",
    "决定聘任": "appoint",
    "聘": "appoint",
    "聘用": "appoint",
    "任职": "appoint",
    "免去": "remove",
    "决定免去": "remove",
    "免职": "remove",
    "解聘": "remove",
    "决定解聘": "remove",
    "免去职务": "remove",
    "免去其职务": "remove",
    # 下列同志试用期已满，经考核合格，予以正式任用：
    "试用期满正式任职": "confirm",
    "试用期满正式任用": "confirm",
    "予以正式任用": "confirm",
    "予以正式任职": "confirm",
    "正式任用": "confirm",
    "正式任职": "confirm",
}

#: Verbs that open an inline clause before the person: 任命张三为…, 免去李四的…职务.
LEADING_VERBS: dict[str, str] = {
    "决定任命": "appoint",
    "任命": "appoint",
    "决定聘任": "appoint",
    "聘任": "appoint",
    "聘请": "appoint",
    "聘": "appoint",
    "决定免去": "remove",
    "免去": "remove",
    "决定解聘": "remove",
    "解聘": "remove",
    "决定": "appoint",  # 决定张三为代理市长
}

#: Verbs that stand between a person and a post: 张三任…, 李四兼任….  value: manner or "".
INFIX_VERBS: dict[str, str] = {
    "任": "",
    "担任": "",
    "兼任": "兼任",
    "兼": "兼",
    "改任": "改任",
    "调任": "调任",
    "转任": "转任",
    "任命为": "",
    "挂任": "挂职",
    "为": "",
}

#: Words before a person that refer to the person just named.
PRONOUNS: tuple[str, ...] = ("其", "他", "她")

#: Clauses that give background, not a decision: never events.
BACKGROUND_OPENERS: tuple[str, ...] = ("鉴于",)

#: A title with this word is a work-division notice: read for portfolios, never events.
DIVISION_TITLE_WORD = "分工"

#: What leaders do in a work-division notice (分工), as the clause begins.
DIVISION_RELATIONS: tuple[str, ...] = ("主持", "负责", "协调", "分管", "联系", "协助")
#: How a body's name ends (区财政局, 区大数据局, 区妇联, 驻区部队); anything else is a work area.
BODY_SUFFIXES: tuple[str, ...] = (
    "局", "办", "室", "中心", "院", "委", "会", "部", "部队", "公司", "馆", "处", "所", "站", "队", "联", "协", "社",
    "校", "园", "厅", "署", "团", "分局",
)  # fmt: skip

#: Table columns of appointment lists (附件：任免职务名单) and what their cells hold.
#: "post" cells take their action from the section; "unit" cells prefix the post.
#: 拟任职务 (proposed, in pre-appointment publicity) is deliberately absent: not a decision.
TABLE_COLUMNS: dict[str, str] = {
    "任命职务": "appoint",
    "新任职务": "appoint",
    "聘任职务": "appoint",
    "任职": "appoint",
    "免去职务": "remove",
    "解聘职务": "remove",
    "免职": "remove",
    "任免职务": "either",
    "任免事项": "either",
    "职务": "post",
    "科室": "unit",
    "部门": "unit",
    "单位": "unit",
}

#: Web-page header fields that stand between a title and the text (索引号, 发文字号, …).
WEB_META = re.compile(r"(?:索\s*引\s*号|发文字号|发布机构|成文日期|发布日期|发布时间|来源|信息来源|主题分类|公开方式):")

#: Characters that begin a self-standing organisation name; a post in a list without one
#: (办公室主任 after 某县人民政府副秘书长) belongs to the organisation named before it.
JURISDICTION_CHARS = frozenset("省市县区州盟旗镇乡村")
NATIONAL_PREFIXES: tuple[str, ...] = ("国务院", "国家", "中国", "中华", "全国", "中央", "中共")

#: List enumerators at the start of a line: 一、 (二) 3. 4、 ①.
ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)|[①-⑳])"
)

#: Marks after a name that are not part of it: 吴仪(女), 马强(回族).
_MARK = r"(?:女|男|[\u4e00-\u9fff]{1,4}族|[\u4e00-\u9fff]{1,3}籍|挂职|兼)"
NAME_MARK = re.compile(rf"\({_MARK}(?:[,、]{_MARK})*\)")

#: Pinyin annotations inserted by converters: 國(guó).
PINYIN_ANNOTATION = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[a-zA-Z\u00c0-\u024f\u01cd-\u01dc]{1,7}[1-5]?)\)")

# --- numerals ----------------------------------------------------------------------------

CHINESE_DIGITS: dict[str, int] = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "O": 0,
    "o": 0,
    "Ο": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
