"""The vocabularies of the domain, as data.

Everything the parser and the views need to *recognise* lives here: titles, ranks,
qualifier words, section heads, page furniture, numerals. Code elsewhere reads these
tables; adding a word is a one-line change here, never a new ``if``.

Text reaching the parser has been NFKC-normalised, so full-width punctuation is
already half-width: ``（`` is ``(``, ``；`` is ``;``, ``：`` is ``:``, ``，`` is ``,``.
"""

from __future__ import annotations

import functools
import re

from .i18n import N_
from .patterns import Prefiltered, lazy_compile

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
    # a department's leading meeting (组织部部务会成员, 某局局务会成员): a seat of that body's leadership
    "部务会成员",
    "局务会成员",
    "主席团成员",  # a township congress's presidium: its standing body between sessions
    "常委",
    "常务委员",
    "候补委员",
    "党委书记",
    "党委副书记",
    "党委委员",
    "党工委书记",
    "党工委副书记",
    "纪委书记",
    "纪检组长",
    "组织委员",  # a township party committee's members by portfolio
    "宣传委员",
    "统战委员",
    "武装委员",
    "政法委员",
    "第一书记",  # a village's, sent by a county (驻村第一书记): the body's 第一书记, not its 书记
    # a village's own staff, appointed or engaged by its township (马家河村报账员)
    "报账员",
    "村级报账员",
    "书记",
    "副书记",
    # the diplomatic service: 中华人民共和国驻某国特命全权大使, 驻某地总领事, 常驻联合国代表
    "特命全权大使",
    "大使",
    "总领事",
    "副总领事",
    "常驻代表",
    "副常驻代表",
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
    "旗长",
    "副旗长",
    "盟长",
    "副盟长",
    "省长",
    "副省长",
    "镇长",
    "副镇长",
    "乡长",
    "苏木达",  # the head of a 苏木 (Inner Mongolia), as 乡长 of a 乡
    "副苏木达",
    "嘎查达",
    "副乡长",
    "主席",
    "副主席",
    "总理",
    "副总理",
    "国务委员",
    "秘书长",
    "副秘书长",
    "主任",
    "副主任",
    "常务副主任",
    *("常务副总经理", "常务副总裁", "常务副行长", "常务副局长", "常务副部长", "常务副会长"),  # not a body named 常务
    "护士长",
    "总指挥",  # 援疆工作前方指挥部副总指挥, 指挥部指挥长
    "指挥长",
    "副护士长",
    "总护士长",
    "院长助理",
    "校长助理",
    "省长助理",
    "市长助理",
    "县长助理",
    "区长助理",
    "州长助理",
    "旗长助理",
    "镇长助理",
    "乡长助理",
    "主任助理",
    "总经理助理",
    "局长助理",
    "所长助理",
    "处长助理",
    "部长助理",
    "行长助理",
    "总裁助理",
    "厅长助理",
    "董事会秘书",
    "联席公司秘书",  # a Hong Kong listing's officers: 联席公司秘书, 公司秘书, 授权代表
    "公司秘书",
    "授权代表",
    "秘书",  # 学术委员会秘书, 党支部秘书
    "证券事务代表",
    "参事",  # 某省人民政府参事: a government's counsellor, appointed with a term
    "总裁",
    "副总裁",
    "司长",
    "副司长",
    "教导员",
    "副教导员",
    "营长",  # 民兵营营长, under a township's 人民武装部
    "副营长",
    "连长",
    "副连长",
    "指导员",
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
    "队员",  # 驻村工作队队员: a member of a village work team, sent as the first secretary is
    *("网格长", "副网格长", "网格员"),  # 夷陵路社区第3网格网格长: a community's grid and who runs it
    *("工作队长", "工作队员"),  # 龙塘镇大屯村第一书记兼工作队长: a village work team's, said short
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
    "场长",
    "副场长",
    "所长",
    "监狱长",
    "副监狱长",
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
    "主编",  # a journal's (《东南亚纵横》杂志社副社长、副主编)
    "副主编",
    "执行主编",
    "台长",
    "副台长",
    "园长",
    "副园长",
    "团长",
    "政委",
    "政治委员",  # 某监狱政治委员, 某公安局政治委员: not a 委员 of a body named 政治
    "副政治委员",
    "首席编辑",
    "总队长",  # 调查总队总队长, 消防救援总队总队长
    "副总队长",
    "支队长",
    "副支队长",
    "大队长",
    "副大队长",
    # a company's chief officers (首席财务官, 首席风险官, 首席质量官)
    *(f"首席{kind}官" for kind in ("执行", "财务", "风险", "信息", "技术", "合规", "质量", "运营", "投资", "数据")),
    "关长",  # 海关关长, 副关长
    "副关长",
    "主任委员",
    "副主任委员",
    "召集人",  # 审计委员会召集人: a board committee's chair
    "委员",
    "执委",  # 妇联执委会执委, 团委执委: a member of an executive committee
    "监察专员",  # 县监委派驻第一监察专员办公室监察专员
    "董事长",
    "副董事长",
    "董事",
    "执行董事",
    "职工董事",
    "独立董事",
    "非独立董事",  # (公司第三届董事会非独立董事: not the 独立董事 of a body named …非)
    "外部董事",
    "独立非执行董事",
    "非执行董事",
    "法定代表人",
    "行长",
    "副行长",
    "行长助理",
    "首席风险官",
    "首席信息官",
    "首席财务官",
    "合规总监",
    *("风控总监", "审计总监", "安全总监", "运营总监", "技术总监", "信息总监", "营销总监"),  # no body named 风控
    "合规官",
    "首席合规官",
    "财务负责人",
    # a financial firm's officers, each a title of its own (合规负责人、首席风险官: no 合规 carried)
    *("合规负责人", "信息技术负责人", "首席合规官", "总精算师", "审计负责人", "风险总监", "首席审计官"),
    "负责人",  # 企业服务中心负责人: who heads a unit without a head's title
    "证券事务代表",
    # 商务部国际贸易谈判代表(正部长级)兼副部长: a minister-rank post of its own
    *("国际贸易谈判代表", "国际贸易谈判副代表"),
    "监事会主席",
    "监事",
    "总经理",
    "副总经理",
    "总会计师",
    "总工程师",
    "总经济师",
    "总审计师",
    "总法律顾问",
    "总规划师",
    "总农艺师",
    "总畜牧师",
    "总建筑师",
    "财务总监",
    "总监",
    "副总监",
    "首席执行官",
    "审判委员会委员",
    "庭长",
    "副庭长",
    "审判员",
    "人民陪审员",
    "人民监督员",
    "助理审判员",
    "法官助理",  # 法官助理谭小锋为县人民法院审判员: what the person is, before the name
    "检察官助理",
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
    "高级经理",  # 总行信息科技部高级经理: a bank's or company's grade of manager
    "主管",  # 集团公司人力资源部主管沙永平同志: a company's supervisor
    "合规专员",  # 兼营业部合规专员: a securities branch's compliance officer
    "行长",
    "副行长",
    "理事长",
    "副理事长",
    "常务理事",
    "理事",
    "监事长",  # a bank's 监事会 is headed by its 监事长
    "副监事长",
)

#: Titles held by exactly one person at a time: two holders at once is an anomaly.
#: The last character of a unit's name and its head's title (教务处 处长, 组织人事部 部长): which kind of
#: unit a head's title belongs to, where a table's merged cell leaves it unsaid.
HEADS_BY_UNIT_END: frozenset[str] = frozenset("处部院科馆所站局校队")
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

#: How long before the first notice naming a person an unknown start is still taken to
#: reach: leading cadres rotate after ten years in one post, so earlier than that the log
#: cannot say they held it (SPEC §4), and an answer says the holding is unknown.
UNKNOWN_START_YEARS = 10

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
    "正股级",
    "副股级",
    "正部长级",
    "副部长级",
    "正厅长级",
    "副厅长级",
)

#: A post grade of a public institution (事业单位), said like a rank: 管理岗位六级职员, 专业技术岗位.
POST_GRADE = lazy_compile(
    r"^(?:管理|专业技术|专技|工勤技能)(?:岗位?(?:[一二三四五六七八九十]{1,2}级)?|[一二三四五六七八九十]{1,2}级)(?:职员|岗位?)?$"
    r"|^(?:[一二三四五六七八九十]{1,2}级)职员$"
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
    "另有任用",
    "主持工作",
    *("一肩挑", "双肩挑"),  # 任党委书记、居委会主任“一肩挑”: one person heading both
    "到龄",
    "到龄退休",
    "到龄退出",
    "任期届满",
    "召集人",  # 何建明(召集人) under 外部董事: the one who convenes the external directors
    # 王晓东(职工理事) among those elected: the seat the staff elected, of the same body
    *("职工理事", "职工监事", "职工董事", "职工代表监事", "职工代表董事"),
)

#: Qualifiers that give the term of a post (聘期三年, 任期五年), read as known words.
TERM_QUALIFIERS: tuple[str, ...] = ("聘期", "任期")

#: A rank (职级) or grade written where a post would stand (晋升为四级主任科员): no post.
RANK_NAME = lazy_compile(
    r"^(?:管理岗位?|专业技术岗位?)?(?:(?:[一二三四五六七八九十]级|高级|正|副){0,2}"  # (管理岗六级职员: a staff grade)
    r"(?:巡视员|调研员|主任科员|科员|主办|警长|警员|法官|检察官|督学|职员|办事员)"
    r"|警务技术[一二三四]级(?:主任|主管))(?:职级)?$"  # (a police technician's ranks: 警务技术二级主任)
)
#: A company's officers (经理层), who serve the company, never its board or a board committee:
#: in 公司第四届董事会董事、董事会战略委员会委员及副总经理 the 副总经理 is the company's.
COMPANY_OFFICER_TITLES: frozenset[str] = frozenset(
    {
        *("总经理", "副总经理", "常务副总经理", "总裁", "副总裁", "常务副总裁", "行长", "副行长"),
        *("财务总监", "财务负责人", "总会计师", "总工程师", "总经济师", "总法律顾问", "董事会秘书"),
        *("证券事务代表", "首席财务官", "首席风险官", "首席信息官", "合规总监", "合规负责人"),
    }
)
#: Places whose name opens with 原 (原平市, 原阳县): there 原 is no "former" before a removed post.
PLACES_OPENING_YUAN: tuple[str, ...] = ("原平", "原阳", "原州", "原山")
#: …and 任 (任城支行, 任丘市): a place, not the verb 任.
PLACES_OPENING_REN: tuple[str, ...] = ("任城", "任丘", "任县", "任泽")
#: Kinds of unit a list is grouped by (集团总部 / 二级公司): labels, never a body the posts belong to.
CATEGORY_LABELS: tuple[str, ...] = (
    "总部", "二级公司", "三级公司", "所属企业", "所属公司", "权属企业", "直属企业", "所属单位", "直属单位",
    "全资子公司", "控股公司", "参股公司", "控股子公司", "参股企业", "控股企业",
    "机关部门", "总部部门", "职能部门", "内设机构", "干部", "职能科室", "业务科室", "业务科所", "业务部门",
    "机关科室", "机关股室", "内设科室", "机关处室", "直属学校",
    # a county's or a city's own schools and units, as a kind (（一）县直学校 / 1.张三同志任紫金中学校长)
    "县直学校", "市直学校", "区直学校", "县直单位", "市直单位", "区直单位", "县直部门", "市直部门", "区直部门",
    "临床科室", "医技科室", "行政职能部门", "直属机构", "派出机构",
    "科室",  # （三）平台科室 / 手术室　护士长　郭敏: departments as a kind (one is named …科 or …室, never …科室)
    "片区",  # 一、内科片区 / 呼吸与危重症医学科：护士长 史雪梅: a hospital's departments grouped, no body
    # the issuer's own organs (四、院机关 after 三、某研究所): its units, under no body of the list
    "院机关", "校机关", "所机关", "局机关", "委机关", "厅机关", "部机关", "集团机关", "公司机关", "院本部", "校本部",
    # a bank's own parts (一、总行部室 / 二、支行、营业部): its units, under no body of the list
    "总行部室", "总行部门", "总行各部室", "支行、营业部", "支行及营业部", "各支行", "分行部室",
    # a university's offices as a kind (二、机关部处 after 一、文学院): under no college of the list
    "机关部处", "党政部门", "党政管理部门", "教辅单位",
)  # fmt: skip

#: Labels of the parts of a notice (一、职务任免 / 二、职级晋升): no clause, no heading of a body.
LIST_LABELS: frozenset[str] = frozenset(
    {
        "职务任免",
        "任免职务",
        "职级晋升",
        "职务调整",
        "职级调整",
        "职务职级任免",
        "任免事项",
        "干部任免",
        "人事任免",
        "职务聘任",
    }
    | {"挂职任职", "挂职期满免职", "挂职免职", "任职事项", "免职事项"}  # 一、挂职任职 / 二、挂职期满免职
    # 一、行政职务 / 二、党内职务: a part by the kind of posts its items give
    | {"行政职务", "党内职务", "党务职务", "行政职务任免", "党内职务任免", "行政职务聘任"}
    # 二、学院 / 化学与材料学院：聘任…: a university's part by the kind of its units, under no body
    | {"学院", "二级学院", "各学院", "院系", "教学单位", "教学科研单位"}
    | {"交流任职", "提拔任职", "交流任用", "提拔任用", "轮岗交流", "岗位交流"}  # 一、交流任职 / 施建林同志任…
    | {
        "试用期满任职",
        "试用期满正式任职",
        "试用期满转正",
        "转正任职",
        "正式任职",
    }  # 四、试用期满任职 / 任芳同志试用期满，…
    | {"聘期届满不再续聘", "任期届满不再续聘", "聘期届满不再聘任", "聘期届满", "任期届满"}  # 四、聘期届满不再续聘
    | {"其他", "其它", "其他事项", "其他任免事项"}  # 三、其他 / 阿布都克力木·吐尔逊任…: the rest, no name
)

#: Verbs that change a rank, never a post: a notice of only these is no personnel notice.
RANK_VERBS: tuple[str, ...] = ("晋升为", "晋升", "晋级为", "套转为", "确定为", "定为", "调整为")

#: A board's committees named with a decision verb (提名委员会, 提名与薪酬委员会): a body's name,
#: no verb in it.
COMMITTEE_WITH_VERB = lazy_compile(r"提名(?!为)[\u4e00-\u9fff]{0,10}?委员会")

#: Words that spread a qualifier over every person of its clause (试用期均为一年 after two
#: appointments): each of them, not the last alone.
EACH_WORDS: tuple[str, ...] = ("均", "一律", "都")

#: Words that mark a first appointment in a row's bracket or a table's column (（首次聘任）), which a
#: notice's legend gives a probation (首次聘任的试用期为一年): each row so marked holds it.
FIRST_APPOINTMENT_MARKS: tuple[str, ...] = ("首次聘任", "首次任职", "初次聘任", "新提任", "新提拔", "新聘任", "新聘")

#: Probation terms with no calendar length (试用期一学期): the probation is kept as written, with
#: no end date a clerk could be told of.
TERMS_WITHOUT_LENGTH: tuple[str, ...] = ("一学期", "一个学期", "一学年", "一个学年")

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

# --- decision verbs ----------------------------------------------------------------------

#: Decision verbs: the one table every reader of decisions derives its words from (section
#: heads, leading verbs, the verbs of the decision frames, table columns, title words and
#: the pre-filter of sentences that must yield events or an open item).
#:   action: appoint | remove
#:   manner: how the post is held, kept on the event (聘任, 代理); "" for none
#:   where:  "head"   opens a section (任命: / 一、决定任命 / 接受辞职), also after 决定, 批准, 提请;
#:           "lead"   opens an inline clause before its person (任命张三为…, 免去李四的…职务),
#:                    and the decision frames read it there;
#:           "title"  marks a notice as personnel in its title;
#:           "column" heads a table column of posts (任职 / 免职 / 聘任职务).
VERBS: tuple[tuple[str, str, str, str], ...] = (
    # verb       action     manner    where
    ("任命",     "appoint", "",       "head lead title column"),
    ("聘任",     "appoint", "聘任",   "head lead title column"),
    ("聘请",     "appoint", "聘任",   "lead"),
    ("聘用",     "appoint", "聘任",   "head lead"),
    ("聘",       "appoint", "聘任",   "head"),
    ("委派",     "appoint", "委派",   "head lead column"),
    ("委任",     "appoint", "",       "lead"),  # 董事会宣布，委任苏嘉欣女士为本行联席公司秘书 (Hong Kong)
    ("指定",     "appoint", "指定",   "lead"),  # 指定其为某分公司临时负责人: pending approval
    ("指派",     "appoint", "指派",   "lead"),  # 指派周永强同志任栎江村党总支书记
    ("派驻",     "appoint", "委派",   "lead"),  # 派驻凌志军同志为某集团有限公司专职外部董事
    ("任职",     "appoint", "",       "head title column"),
    ("新任",     "appoint", "",       "column"),
    ("代理",     "appoint", "代理",   "head"),
    ("续聘",     "appoint", "续聘",   "head lead"),
    ("续派",     "appoint", "委派",   "head lead"),  # 二、续派 / 续派刘光明同志为某集团外部董事
    ("下派",     "appoint", "下派",   "head"),  # 三、下派 / 刘洋同志下派到某分院任副院长
    ("新聘",     "appoint", "聘任",   "head lead"),
    ("首聘",     "appoint", "聘任",   "head lead"),  # 二、首聘 / 首聘韦华同志为总经理: a first term (任期制)
    ("首次聘任", "appoint", "聘任",   "lead"),  # 首次聘任廖建新同志为副总经理(主持工作)
    ("推选",     "appoint", "推选",   "head"),  # 常务委员会会议推选: / 协商推选:
    ("协商推选", "appoint", "推选",   "head"),
    ("表决通过", "appoint", "",       "head"),  # 会议表决通过： / 苏婉为…主任委员: the list voted
    ("通过",     "appoint", "",       "head"),  # 五、通过 / 杨帆为某人大财政经济委员会委员: a seat voted
    ("不再续聘", "remove",  "",       "head"),
    ("不再聘任", "remove",  "",       "head"),
    ("不再委派", "remove",  "",       "head"),  # 三、不再委派 / 李振华同志担任某公司董事
    ("不再担任", "remove",  "",       "head"),  # 二、不再担任原职务人员 / 雷振华(原普外科主任,到龄)
    ("解除委派", "remove",  "",       "head"),
    ("收回委派", "remove",  "",       "head"),  # 二、收回委派： / 吴丽娟同志的某公司财务总监职务
    ("免去",     "remove",  "",       "head lead title column"),
    ("免除",     "remove",  "",       "head lead"),  # 三、免除 / 某区人民法院 / 鱼小娟的人民陪审员职务
    ("免职",     "remove",  "",       "head title column"),
    ("解聘",     "remove",  "解聘",   "head lead title column"),
    ("接受辞职", "remove",  "辞职",   "head"),
    ("选举",     "appoint", "选举",   "head lead"),  # a session's election: 会议选举：X为县长
    ("补选",     "appoint", "选举",   "head lead"),
    ("增补",     "appoint", "增补",   "head lead"),
    ("罢免",     "remove",  "罢免",   "head lead title"),
    ("撤销",     "remove",  "撤职",   "head"),
    ("期满召回", "remove",  "召回",   "head"),  # 一、期满召回 / (一)安太乡 / 吴光明　　小桑村第一书记
    ("任期届满召回", "remove", "召回", "head"),
    ("辞职",     "remove",  "辞职",   "title"),
    ("辞去",     "remove",  "辞职",   "title"),
)  # fmt: skip

#: Verbs that open a list of people below them and nothing else (选派以下同志到村任第一书记：):
#: 选派 elsewhere tells where a cadre comes from, no decision.
LIST_ONLY_VERBS: dict[str, str] = {"选派": "appoint", "召回": "remove", "延长": "appoint"}  # 召回以下驻村第一书记：

#: Verbs that open a section only with the colon written after them: 接受： / 王建国辞去…的请求
#: (接受 at the end of a line is mostly a sentence broken there).
#: (任： / 免：, a 组织部 notice's two sections, each a single character before its colon)
COLON_HEADS: dict[str, str] = {"接受": "remove", "任": "appoint", "免": "remove", "同意": "appoint"}

#: Words that may stand before a verb opening a section (决定任命, 批准免去, 提请任命).
HEAD_PREFIXES: tuple[str, ...] = ("", "决定", "批准", "提请", "同意", "同时", "补充", "予以")


def verbs_where(where: str, action: str | None = None) -> tuple[str, ...]:
    """The verbs of VERBS that may stand ``where`` (head, lead, title, column), longest first."""
    found = [v for v, a, _, places in VERBS if where in places.split() and (action is None or a == action)]
    return tuple(sorted(found, key=len, reverse=True))


#: How a verb says the post is held (聘任 → 聘任), for the verbs whose manner is kept.
VERB_MANNERS: dict[str, str] = {v: m for v, _, m, _ in VERBS if m} | {
    "撤销关于": "撤销任职决定",
    "撤销": "撤职",
    "推选": "推选",
    "选举": "选举",
    "当选为": "选举",
    "当选": "选举",
}

# --- notices -----------------------------------------------------------------------------

#: A notice is a personnel notice when its title carries one of these words.
PERSONNEL_TITLE_WORDS: tuple[str, ...] = (
    *verbs_where("title"),
    *LIST_ONLY_VERBS,  # 关于选派汪家齐等8位教师赴企业挂任科技副总的通知
    "挂职",  # 关于选派市直单位年轻干部到乡镇挂职锻炼的通知: secondees, each to a post
    "挂任",
    # 关于市人民代表大会专门委员会组成人员的决定: a congress committee's members, each to a seat
    # (not 关于调整区安全生产委员会组成人员的通知: a co-ordinating body's members hold no post)
    "专门委员会组成人员",
    "任免",
    "职务",
    "人事",
    "试用期满",
    "正式任用",
    # 关于某政任〔2022〕15号文件作废的通知: a notice voided, the decisions it made revoked (the body
    # says which; a voided notice of anything else names no one's post)
    "作废",
    # 选举结果公告 of a session's presidium: those elected, each to a post
    *("选举结果", "补选结果"),
)

#: Words that, with a post's title beside them in a notice's title, make it personnel
#: (关于调整部分驻村第一书记的通知, 关于乡镇党委书记轮换的通知, 关于选举职工代表监事的公告): posts
#: changing hands (not 关于董事会换届选举的公告: candidates, put to a vote).
ADJUSTMENT_TITLE_WORDS: tuple[str, ...] = ("调整", "轮换", "调配", "指定", "关于选举", "关于补选", "变更")
#: …and the people whose posts change, said as a class (关于调整所属企业领导人员的通知).
ADJUSTED_PEOPLE: tuple[str, ...] = ("领导人员", "领导班子", "班子成员", "负责人")

#: Titles that mark a notice as something other than personnel, with the reason shown
#: when it is skipped, in the order they are tried. ``overrides`` says the word wins even
#: when the title also has a personnel word (关于印发《人事管理办法》的通知 is a regulation).
OTHER_TITLE_REASONS: tuple[tuple[str, str, bool], ...] = (
    ("分工", N_("work division (分工) notice, not appointments"), True),
    ("领导小组", N_("working-group notice, not appointments"), True),
    ("工作专班", N_("working-group notice, not appointments"), True),
    ("指挥部", N_("working-group notice, not appointments"), True),
    ("目录", N_("decision catalogue, not appointments"), True),
    ("纪要", N_("meeting minutes: decisions reported, not made"), True),
    # 某市人大常委会第二十八次会议议程 / 六、审议人事任免事项: motions to be heard, none decided yet
    ("议程", N_("meeting agenda (议程): motions to be heard, not decided"), True),
    ("会议日程", N_("meeting agenda (议程): motions to be heard, not decided"), True),
    ("召开", N_("news of a meeting (召开): decisions reported, not made"), True),
    ("宣誓仪式", N_("news of an oath ceremony: decisions reported, not made"), True),
    ("宪法宣誓", N_("news of an oath ceremony: decisions reported, not made"), True),
    ("公示", N_("pre-appointment publicity (公示), not appointments"), True),
    ("考察预告", N_("inspection preview (考察预告), not appointments"), True),
    ("提名", N_("nomination (提名): proposes, not decides"), True),
    # 某区人民法院关于提请任命孟庆华等同志职务的议案: what the court asks the congress to decide
    ("提请任", N_("proposal to a congress (提请): proposes, not decides"), True),
    ("提请免", N_("proposal to a congress (提请): proposes, not decides"), True),
    # 关于提请审议马少华等同志职务任免的议案: the same bill, asking the congress to hear it
    ("提请审议", N_("proposal to a congress (提请): proposes, not decides"), True),
    # 关于提请审议扎西次仁等同志职务任免的说明: a proposal explained to the congress, not its decision
    ("的说明", N_("explanation of a proposal (说明): proposes, not decides"), True),
    # 关于开展2024年度专业技术职务评审工作的通知 / 职称评审结果: professional grades, not posts
    ("职称", N_("professional title review (职称), not appointments"), True),
    ("职务评审", N_("professional title review (职称), not appointments"), True),
    ("招聘", N_("recruitment, not appointments"), True),
    ("选聘公告", N_("recruitment, not appointments"), True),
    ("要点", N_("work plan, not appointments"), True),
    # 关于做好2023年度挂职干部考核工作的通知: how an assessment is run, its list of those assessed
    ("考核工作", N_("work plan, not appointments"), True),
    # 关于2023年度董事、监事和高级管理人员薪酬的公告: pay, its table of who holds which post
    ("薪酬", N_("pay (薪酬), not appointments"), True),
    ("方案", N_("work plan, not appointments"), True),
    ("计划", N_("work plan, not appointments"), True),
    ("办法", N_("regulation, not appointments"), True),
    ("规定", N_("regulation, not appointments"), True),
    ("印发", N_("circular of a document, not appointments"), True),
    # 关于个别代表的代表资格的审查报告: deputies' seats checked, no post decided
    ("审查报告", N_("report, not appointments"), True),
    ("意见", N_("policy document, not appointments"), False),
    ("报告", N_("report, not appointments"), False),
    ("公报", N_("report, not appointments"), False),
    ("会议", N_("meeting report, not appointments"), False),
    # 关于晋升张明远等同志法官等级的通知: ranks, not posts (a body that also appoints still counts)
    ("等级", N_("rank (等级) notice, not appointments"), False),
    ("职级", N_("rank (职级) notice, not appointments"), False),
    ("警衔", N_("rank (警衔) notice, not appointments"), False),
)

#: A co-ordinating body's line-up (关于调整绵阳市人民政府安全生产委员会组成人员的通知): its
#: members hold no post by it (SPEC §7, like a 领导小组); a congress's, a supervisory
#: commission's or a standing committee's members do.
#: (not a community's or a village's own committee, 居民委员会 / 村民委员会: a body of elected posts)
COORDINATING_LINEUP = lazy_compile(
    r"调整[^,;。]{2,40}(?<!常务|监察|专门|检查|人大|政协|居民|村民)委员会(?:组成人员|成员|组成)"
)
COORDINATING_LINEUP_REASON = N_("a co-ordinating body's line-up, not appointments")

#: What the parser says of a clause it cannot read (an open item) or reads with a doubt, as
#: templates: the English is stored; a person reads it in the interface's language.
CANNOT_READ_QUALIFIER = N_("cannot read qualifier {text!r}")
UNKNOWN_QUALIFIER = N_("unknown qualifier {text!r} kept verbatim")
NAMES_A_BODY = N_("{post!r} names a body, not a post in it")
TITLE_NOT_KNOWN = N_("title of {post!r} is not in the vocabulary; kept as written")
GROUP_LIST_UNREAD = N_("a decision about a group whose list of names could not be read")
GROUP_LIST_DIFFERS = N_("the decision says {said}, its list names {named}")
RESIGNATION_WITHOUT_POST = N_("resignation accepted, but no post named for it")
NO_DECISION_BEFORE = N_("names a person and a post, but no decision before it says what for")
ROW_WITHOUT_DECISION = N_("a row of a table names a person and a post, but no decision before it says what for")
NO_PERSON_AND_POST = N_("cannot read this {action} clause: no person and post")
NO_POST_FOR = N_("a decision about {names}, but no post could be read in it")
NO_POST_READ = N_("cannot read this {action} clause: no post could be read in it")
NO_DECISION_READ = N_("names {who} and a post, but no decision could be read in it")
CONFIRMED_WITHOUT_POST = N_("probation confirmed but no post named")
TITLED_WITHOUT_DECISION = N_("titled as personnel, but no appointment or removal in it")
SECOND_COPY = N_("a second copy of the notice at lines {first}–{last}")
CONTROL_CHARACTERS = N_("control characters removed: {shown}")
HIDDEN_TEXT = N_("hidden in the document, left out")
DATED_IN_FUTURE = N_("dated {date}, which is in the future")
DATED_OTHER_YEAR = N_("dated {date} but numbered {doc_no} (year {year})")
#: Those with values, to read a stored reason back to its template (``i18n.as_said``).
REASON_TEMPLATES: tuple[str, ...] = (
    CANNOT_READ_QUALIFIER, UNKNOWN_QUALIFIER, NAMES_A_BODY, TITLE_NOT_KNOWN, GROUP_LIST_DIFFERS,
    NO_PERSON_AND_POST, NO_POST_FOR, NO_POST_READ, NO_DECISION_READ, SECOND_COPY, CONTROL_CHARACTERS,
    DATED_IN_FUTURE, DATED_OTHER_YEAR,
)  # fmt: skip

NO_PERSONNEL_REASON = N_("no appointment or removal in the title or section heads")

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
    "议案",
    "更正",  # 关于…任免通知的更正, 关于…的更正说明
    "说明",
)

#: Standalone titles without 关于 that still open a notice.
BARE_TITLE = lazy_compile(
    r"^(?:.{0,30}?)(?:任免名单|任免通知|人事任免|任免事项|任免国家工作人员|任免职务|任免决定|人事任免名单|任前公示|主席团公告|选举结果公告|补选结果公告|主任名单|组成人员名单|负责人名单|更正说明|更正启事|勘误说明|勘误启事|勘误|会议议程)$"
)

#: A release's title naming whom it appoints (国务院任免香港特别行政区政府主要官员, 国务院任免驻外大使).
RELEASE_TITLE = lazy_compile(r"^[\u4e00-\u9fff]{2,12}任免[\u4e00-\u9fff]{2,24}(?:官员|大使|人员|干部)$")

#: Characters of which every page-furniture pattern below holds at least one (a digit, 公报,
#: 文件, 此件, 期): a new pattern must hold one too, or add its mark here.
FURNITURE_MARKS = "0123456789公文此期篇链阅闻印录·•=━>»›号稿-_"

#: A line that ends a printed page (a page number, alone or between dashes or dots): where
#: the columns of a two-column page end, and the next page's begin.
PAGE_BREAK = lazy_compile(r"^[-—–－─·•\s]*(?:\d{1,4}|第\s*\d{1,4}\s*页)[-—–－─·•\s]*$")

#: A gazette's table of contents: 目录, then its entries, 某政府关于…的通知…………(1). (What
#: stands between two entries, a section label or an entry's first line, belongs to it too.)
TABLE_OF_CONTENTS: tuple[re.Pattern[str], ...] = (
    lazy_compile(r"^目\s*录$"),
    lazy_compile(r"^.{4,100}?(?:(?:…{2,}|\.{4,}|·{4,})\s*[(（]?\d{1,3}[)）]?|(?:…|\.{3})\s*[(（]\d{1,3}[)）])$"),
)

#: The scripts of a bilingual page's other language (Uyghur and Kazakh in Arabic script, Tibetan,
#: traditional Mongolian, Korean in Hangul): a line written only in them is the other copy of a
#: Chinese line beside it.
OTHER_SCRIPTS = lazy_compile(
    "[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u0f00-\u0fff\u1800-\u18af"
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"
)

#: Page furniture: whole lines that belong to the page, not the text.
PAGE_FURNITURE: tuple[re.Pattern[str], ...] = (
    lazy_compile(r"^\d{1,4}$"),  # bare page number
    lazy_compile(r"^[-=_]{10,}$"),  # ------: an office system's print, a rule between its header and each page
    lazy_compile(r"^[-—–－─]+\s*\d{1,4}\s*[-—–－─]+$"),  # — 12 —
    lazy_compile(r"^第\s*\d{1,4}\s*页(?:\s*[/,]?\s*共\s*\d{1,4}\s*页)?$"),
    # 某县人民医院公文      第 1 页 共 2 页: the page's foot, the body's paper and the page
    lazy_compile(r"^\S{2,40}\s{2,}第\s*\d{1,4}\s*页(?:\s*[/,]?\s*共\s*\d{1,4}\s*页)?$"),
    lazy_compile(r"^\d{1,4}\s*/\s*\d{1,4}$"),
    lazy_compile(r"公报\s*\(?\s*\d{4}\s*年\s*第\s*\d{1,3}\s*期\s*\)?"),  # gazette running head
    lazy_compile(r"^\S{0,20}文件\s+\S{0,30}公报"),
    lazy_compile(r"^\S{2,30}公报\s+\S{2,8}文件$"),  # 某市人民政府公报    市政府文件: a running head
    # 市政府文件            人事任免: a gazette's running head, the kind of paper and the section
    lazy_compile(r"^\S{2,20}文件\s{2,}(?:人事任免|人事|任免|规范性文件|其他文件|政府令|通知|决定|公告)$"),
    lazy_compile(r"^\S{2,30}公报\s{2,}\S{2,10}$"),  # 岳麓区人民政府公报        人事任免: …with its section
    # 某证券股份有限公司          第三届董事会第一次会议决议公告: a listed company's running head
    lazy_compile(r"^\S{2,30}(?:公司|银行)\s{3,}\S{0,40}公告$"),
    # 肥西县人民政府公报 / 榆次区人民政府公报 二○二四年第十二期 / 南关区人民政府公报 21
    lazy_compile(
        r"^.{2,30}公报\s*(?:\(?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*第\s*[\d一二三四五六七八九十]{1,3}\s*期\s*\)?)?"
        r"\s*(?:\d{0,4}|[-—–]\s*\d{1,4}\s*[-—–])$"  # (某集团有限公司公报    — 2 —: its page between dashes)
    ),
    # 区政府文件 (-2-) / 某研究所 文件   - 1 -: a red-header line, atop or under each page
    lazy_compile(r"^\S{2,30}\s?文件\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－])?$"),
    # 某集团有限公司          内部文件  注意保存: a page's running head, the body and how to keep it
    # (沂蒙银行股份有限公司内部文件 注意保密: the same, the body and 内部文件 together)
    lazy_compile(r"^\S{2,40}\s*内部文件(?:\s+注意保存|\s+妥善保管|\s+注意保密)?$"),
    lazy_compile(r"^\S{2,30}文件\s+\S{1,10}〔\d{4}〕\s*\d{1,4}\s*号$"),  # 国家统计局文件 国统字〔2022〕87号
    # 某县2023年干部任免文件汇编(第三季度): a compilation's running head
    # (乐安县干部任免文件汇编(2024年第1期) 中共乐安县委组织部编 / …汇编(2023年第3期) —8— / …汇编  2024年第3期)
    lazy_compile(
        r"^.{2,30}(?:文件汇编|资料汇编)\s*(?:\(?(?:\d{4}\s*年\s*)?第.{1,4}(?:季度|辑|册|期)\)?)?\s*(?:\S{2,20}编)?"
        # (…汇编(2025年第3辑)  干部任免; 某学院党政文件汇编(2023年第4期)   党委文件: the column)
        r"\s*(?:干部任免|人事任免|任免|人事|[\u4e00-\u9fff]{2,4}文件)?\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|\s\d{1,4})?$"
    ),
    # ·22·   中共寿县县委文件选编(2021) / 中共寿县县委文件选编(2021)   ·23·: a compilation's running
    # head with its page between dots on the outer side
    lazy_compile(
        r"^(?:[·•]\s*\d{1,4}\s*[·•]\s+)?.{2,30}(?:文件选编|文件汇编|资料汇编)\s*(?:[(（]\s*\d{4}\s*[)）])?"
        r"(?:\s+[·•]\s*\d{1,4}\s*[·•])?$"
    ),
    # 某院务通报 2023年第3期 / 某简报 第12期: a bulletin's running head
    lazy_compile(
        # (某集团有限公司工作通讯(2024 年第 3 期): the issue in brackets)
        r"^.{2,30}(?:通报|简报|公报|通讯|政报|政刊)\s*\(?\s*(?:\d{4}\s*年\s*)?第\s*[\d一二三四五六七八九十]{1,3}\s*期\s*\)?$"
    ),
    lazy_compile(r"^\d{4}\s*[·.]\s*\d{1,2}\s+.{2,30}公报$"),  # 2023·12  中华人民共和国国务院公报
    lazy_compile(r"^.{2,30}公报\s*\d{4}\s*年\s*第\s*\d{1,3}\s*[期号]$"),
    # 重庆市人大常委会公报  2023年第5号(总第286号) / · 652 ·  全国人民代表大会常务委员会公报 2024·4:
    # a running head with its issue (a number, a total, 2024·4) and a page mark on either side
    lazy_compile(
        r"^(?:(?:[·•]\s*\d{1,4}\s*[·•]|[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4})\s+)?.{2,30}公报\s*"
        r"(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*第\s*[\d一二三四五六七八九十]{1,3}\s*[期号]|\d{4}\s*[·.]\s*\d{1,2})"
        r"\s*(?:\(\s*总第\s*(?:\d{1,5}|[〇○零一二三四五六七八九十百千]{1,8})\s*[期号]\s*\))?(?:\s+(?:[·•]\s*\d{1,4}\s*[·•]|[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}))?$"
    ),
    lazy_compile(r"^[·•]\s*\d{1,4}\s*[·•]$"),  # ·17·
    # 晋华煤电集团公司通讯　　　·1·: a bulletin's name, a wide gap, the page between dots (or dashes)
    lazy_compile(
        r"^[\u4e00-\u9fff]{2,24}(?:院刊|校刊|通讯|简报|动态|信息|专刊|会刊|周报|月刊)\s{2,}"
        r"(?:[·•]\s*\d{1,4}\s*[·•]|[-—–]\s*\d{1,4}\s*[-—–])$"
    ),
    lazy_compile(r"^[·•]\s*[\u4e00-\u9fff]{2,8}\s*[·•]$"),  # ·人事任免·: a gazette's column, atop each page
    # 某省人民代表大会常务委员会公报 / 2024 年第 1 号: a gazette's issue, on a line of its own under its name
    lazy_compile(r"^\d{4}\s*年\s*第\s*\d{1,3}\s*[期号]$"),
    # 2024 年第 3 期 某农业科学院院刊 · 党务: the issue first, then the journal and its section
    lazy_compile(
        r"^\d{4}\s*年\s*第\s*\d{1,3}\s*期\s+\S{2,30}(?:院刊|校刊|学报|通讯|简报|公报|周报|月刊|报)"
        r"(?:\s*[·•]\s*\S{1,8})?$"
    ),
    # 阳城人大　　　　2023年第1期 / 某县党政信息汇编    2023年第5期(总第41期): a bulletin's short
    # name, a wide gap, its issue (atop each page)
    lazy_compile(r"^[\u4e00-\u9fff]{2,20}\s{4,}\d{4}\s*年\s*第\s*\d{1,3}\s*期(?:\s*\(\s*总第\s*\d{1,5}\s*期\s*\))?$"),
    # 2024年第2期　　　　县政府文件: the issue first, a wide gap, then the gazette's column (atop each page)
    lazy_compile(r"^\d{4}\s*年\s*第\s*\d{1,3}\s*期\s{2,}[\u4e00-\u9fff]{2,20}$"),
    # 国家税务总局南阳市税务局·2025年第1期 —5—: a body's bulletin, its issue and page
    lazy_compile(r"^.{2,30}[·•]\s*\d{4}\s*年\s*第\s*\d{1,3}\s*期\s*(?:[-—–]\s*\d{1,4}\s*[-—–])?$"),
    # 豫农科党〔2023〕41号      —1—: a page's foot, the doc number and the page mark (either side)
    lazy_compile(r"^\S{1,20}[〔\[(（]\d{4}[〕\])）]\s*\d{1,4}\s*号\s{2,}[-—–－─·•]*\s*\d{1,4}\s*[-—–－─·•]*$"),
    lazy_compile(r"^[-—–－─·•]*\s*\d{1,4}\s*[-—–－─·•]*\s{2,}\S{1,20}[〔\[(（]\d{4}[〕\])）]\s*\d{1,4}\s*号$"),
    # 阿瓦提县委组织部          1: the issuing body at a page's foot (or head), a wide gap, the page
    lazy_compile(r"^\S{2,30}(?:部|委|局|厅|政府|办公室|院|委员会)\s{6,}\d{1,4}$"),
    lazy_compile(r"^\d{1,4}\s{6,}\S{2,30}(?:部|委|局|厅|政府|办公室|院|委员会)$"),
    lazy_compile(r"^[=━]{4,}$"),  # a rule between the parts of a page
    # a gazette's table of contents: 目录, then 某政府关于…的通知…………(1)
    *TABLE_OF_CONTENTS,
    lazy_compile(r"^(?:打印本页|打印|关闭窗口|关闭)(?:\s*[|｜/]\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部))+$"),
    # a list of links to other notices: ·某县人民政府关于陈平等同志职务任免的通知2023-07-26
    lazy_compile(r"^(?:[·•]\s*[^·•]{4,80}?(?:通知|决定|公告|名单|通报|公示)\s*(?:\d{4}-\d{1,2}-\d{1,2})?\s*)+$"),
    # a web page's links to other pages: 上一篇:… / 下一篇:… / 相关链接 / 相关阅读
    lazy_compile(r"^(?:上一篇|下一篇|相关链接|相关阅读|相关文章|相关新闻|相关稿件|阅读排行)(?:[:\s].*)?$"),
    # ... and a link with its date, no bullet: 国务院任免国家工作人员　2024-05-31
    lazy_compile(r"^[^\s,;:。]{4,60}\s+\d{4}-\d{1,2}-\d{1,2}$"),
    # ... and each link dated: · 国务院任免国家工作人员(2023年12月29日)
    lazy_compile(r"^[·•]\s*[^·•]{4,80}?\s*(?:\(\d{4}年\d{1,2}月\d{1,2}日\)|\(?\d{4}-\d{1,2}-\d{1,2}\)?)$"),
    lazy_compile(r"^\(此件(?:主动|依申请|不予)?公开(?:发布)?\)$"),
    # a web page's breadcrumb (江西省人民政府公报 > 2024年第10期 > 人事任免) and its font sizes
    lazy_compile(r"^(?:[^>»›]{1,30}[>»›]+){1,6}[^>»›]{1,30}$"),
    lazy_compile(r"^字号\s*:"),
    # 2024 年第 1 期, a gazette's issue line
    lazy_compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*第\s*[\d一二三四五六七八九十]{1,3}\s*期$"),
)

#: Section heads that open a list of clauses: 任命: / 免去: / 决定任命: / 聘任: / 解聘:.
#: How a section of confirmations opens: 下列同志试用期已满，经考核合格，予以正式任用：
CONFIRM_HEADS: tuple[str, ...] = (
    "试用期满正式任职",
    "试用期满正式任用",
    "予以正式任用",
    "予以正式任职",
    "正式任用",
    "正式任职",
)
SECTION_HEADS: dict[str, str] = (
    {prefix + verb: action for verb, action, _, where in VERBS if "head" in where for prefix in HEAD_PREFIXES}
    | {"免去职务": "remove", "免去其职务": "remove", "批准": "remove"}  # 批准: resignations approved
    | {"决定": "appoint"}  # 二、决定 / 何婉仪为某区人民检察院代理检察长: a congress's acting heads
    # (一)聘任情况 / (二)离任情况: a disclosure's parts, by what happened to the people in them
    | {"聘任情况": "appoint", "任职情况": "appoint", "任命情况": "appoint"}
    | {"免职情况": "remove", "离任情况": "remove", "解聘情况": "remove"}
    | dict.fromkeys(CONFIRM_HEADS, "confirm")
)

#: How a sentence of a notice states a decision. One row per form; one engine reads them
#: all (``ledger.parse.frames``). A pattern is: words before the person, ``{person}``,
#: words between person and post, ``{posts}``, and words the clause must end with (职务;
#: the optional ones, 职务的请求, are in POST_TAILS). ``(a|b|)`` lists alternatives (an
#: empty one makes the group optional); ``{org}`` at the start stands for the body a
#: sentence is about (X办公室由A任主任); ``{appoint}`` and ``{remove}`` stand for the leading
#: verbs of VERBS with that action (任命|聘任|…, 免去|免除|解聘).
#:   action: appoint | remove | confirm, or "list": the action of the list it stands in.
#:   kind:   "decision" — a form only decisions use: it may follow a preamble (…会议决定,
#:           国务院), and it makes a notice personnel even when the title does not say so;
#:           "item" — one entry of a list opened by a section head (任命:) or a leading
#:           verb, read with that list's action;
#:           "narrative" — 张三任某局局长: an event only in a notice shown to be personnel.
#: Rows are tried in order within a kind; among the ways to cut a clause, the one whose
#: person reads best as a name wins (``ledger.parse.persons``).
FRAMES: tuple[tuple[str, str, str], ...] = (
    # pattern                                                   action     kind
    ("{org}(增补|增选|补选){person}为{posts}", "appoint", "decision"),  # 同意某机关委员会增补吕冬同志为委员
    ("(决定|同意|)接受{person}(辞去|的辞职请求并辞去){posts}", "remove", "decision"),
    # (会议决定接受安宁的某州人民政府副州长职务辞职请求: the post before the request)
    (
        "(决定|同意|)接受{person}(的|){posts}职务(的辞职请求|辞职请求|的辞职申请|辞职申请|的辞职|辞职)",
        "remove",
        "decision",
    ),
    ("(决定|批准|)同意{person}辞去{posts}", "remove", "decision"),
    (
        "(提请|决定|同意|){remove}{person}(的现任|的|现任|兼任的|挂职的|挂任的|挂职担任的|担任的|所任的|){posts}",
        "remove",
        "decision",
    ),
    ("(决定|)撤销{person}(兼任的|担任的|所任的|的|){posts}职务", "remove", "decision"),
    # 解除孙宏伟的某公司财务总监委派: a posting ended
    ("(决定|)(解除|撤回){person}(的|){posts}(委派|的委派)", "remove", "decision"),
    # 经考核不称职，解除其石柱支行副行长试用职务: a post (held on probation) taken back
    ("(决定|)解除{person}(的|担任的|所任的|){posts}(试用职务|职务)", "remove", "decision"),
    ("(决定|)(不再委派|解除委派|不再聘任|不再续聘){person}(担任|任|为|的|){posts}", "remove", "decision"),
    # 严卫平任期届满不再续聘副总经理: the term ended, said between the person and the post
    ("{person}(任期届满|聘期届满|任期已满|聘期已满)(不再续聘为|不再续聘|不再聘任){posts}", "remove", "decision"),
    ("(决定|)撤销关于{person}(挂职任|挂职担任|挂任|兼任|任|担任|为){posts}的(任职|)(决定|内容)", "remove", "decision"),
    (
        "(决定|)撤销(对|关于|)(任命|聘任){person}(为|担任|兼任){posts}的(任职|任命|聘任|)(决定|内容)",
        "remove",
        "decision",
    ),
    (
        "(决定|)(撤销|收回)对{person}(兼任的|担任的|的|任|担任|为|){posts}(的|)(任命|聘任|任职)(决定|)",
        "remove",
        "decision",
    ),
    # 收回对蒙德华的某公司财务总监委派 / 收回周建国同志的…外部董事委派: a posting withdrawn
    ("(决定|)(收回|撤回)(对|){person}(的|){posts}(的|)委派", "remove", "decision"),
    # (撤销周志刚的某法院审判员任命: the appointment itself named, no 决定)
    # (同时撤销其兼任的某办公室主任任职决定: the post held 兼任, said so)
    (
        "(决定|)撤销{person}(兼任的|担任的|所任的|的|){posts}(的|)(任职决定|任命决定|聘任决定|任命|聘任)",
        "remove",
        "decision",
    ),
    # 撤销王建平同志任城关镇党委副书记的决定: the decision named by what it did, without 关于
    ("(决定|)撤销{person}同志(挂职任|挂职担任|挂任|兼任|任|担任){posts}的(任职|任命|聘任|)决定", "remove", "decision"),
    ("(决定|)恢复{person}(的|原任|原|){posts}职务", "appoint", "decision"),
    # 黄家宁同志恢复原继续教育学院培训科科长职务 (after a revocation): the post held before, taken again
    ("{person}恢复(其|)(原任|原|){posts}职务", "appoint", "narrative"),
    (
        "(同意|决定|){person}不再(担任|兼任|挂任|挂职担任|挂职任|代理|任|续聘|聘任为|聘任|委派为|续派为|委派|续派){posts}",
        "remove",
        "decision",
    ),
    (
        "(提请|决定|同意|){appoint}{person}(为|担任|兼任|任|接任|挂职担任|挂职任|挂任|代理){posts}",
        "appoint",
        "decision",
    ),
    # (由副书记周海云同志临时代理书记职务: for a time, acting all the same)
    ("(决定|推选|选举|)(由|暂由|){person}(临时|暂时|)代理{posts}", "appoint", "decision"),
    ("(决定|)由{person}(担任|出任){posts}", "appoint", "decision"),  # 会议决定：由金海涛担任某镇代理镇长
    # a financial body's appointment in force once the regulator approves it:
    # 夏志刚先生担任本公司董事长的任职资格已获核准，自即日起正式履职
    ("{person}(担任|出任|任){posts}的任职资格(已获|已经|已获得|获得|已|)(核准|批准)", "appoint", "decision"),
    # acting in a post left vacant: 由公司董事长孙国栋先生代行董事会秘书职责
    ("(由|指定|){person}(代行|代为履行){posts}职责", "appoint", "decision"),
    # 董事长杜建川先生不再代行总经理职责: the acting ends
    ("(同意|决定|){person}不再(代行|代为履行){posts}职责", "remove", "decision"),
    # a 批复 approving an election or a proposal: 同意杨建国同志任某机关委员会书记
    ("(决定|批准|)同意{person}(为|兼任|任|担任|当选为|当选){posts}", "appoint", "decision"),
    ("(推选|决定){person}(为|担任){posts}", "appoint", "decision"),
    # a secondment extended, the post held on (SPEC §7: a renewal is an appointment):
    # 延长孙立强同志挂任某县副县长助理的挂职期限(一年)
    (
        # (延长陈浩同志某市人民政府副秘书长挂职期限一年: the post, then the term, no 的)
        # (延长郎世林同志在某村党支部第一书记任期一年: where the term is served, then the term)
        "延长{person}(在|)(挂任|挂职担任|挂职任|担任|任|){posts}(的|)("
        + "|".join(
            term + length
            for term in ("挂职期限", "挂职时间", "挂职期", "任期", "任职期限")
            for length in ("一年半", "一年", "半年", "两年", "二年", "六个月", "三个月", "")
        )
        + ")",
        "appoint",
        "decision",
    ),
    # 苏明哲同志挂职职务调整为某市副市长(，不再挂职任…): the post the person moves to
    ("{person}(的|)(挂职职务|挂职岗位|任职岗位|职务|岗位)调整为{posts}", "appoint", "decision"),
    # a congress's standing committee passing a special committee's members: 通过于洪涛为某委员会副主任委员
    ("(决定|)通过{person}为{posts}", "appoint", "decision"),
    ("{org}由{person}(任|担任|兼任|兼|代理){posts}", "appoint", "decision"),
    # (潘志勇同志…不再担任该村第一书记，)由覃海峰同志(县发展和改革局)接任某村第一书记: who takes it over
    ("由{person}(接任|接替){posts}", "appoint", "decision"),
    (
        # (段永昌原任某所副所长职务自然免除 / 鲍文涛的某所副所长职务予以解聘: the verb after the posts)
        "{person}(原担任的|原担任|原任的|原任|挂任的|挂职担任的|担任的|兼任的|的|){posts}职务"
        "(自然免除|同时免除|自然免去|相应免除|相应免去|一并免去|相应终止|自然终止|随之终止|同时终止|予以解聘|予以免去|予以免除|自然解聘"
        "|不再委派|不再保留)",  # (其某公司外部董事职务不再委派: the posting not renewed)
        "remove",
        "decision",
    ),
    # a secondment extended, the post said after it (SPEC §7: a renewal is an appointment):
    # 延长常彬同志在某中心的挂职期限，…，其挂职的某中心副主任职务相应延续
    (
        "{person}(挂职的|挂任的|挂职担任的|担任的|的){posts}职务(相应延续|随之延续|相应延长|一并延续)",
        "appoint",
        "decision",
    ),
    ("{person}(为|│){posts}", "appoint", "item"),
    # (免去: / 王德才担任的某公司董事长、董事职务: the posts the person holds, as held)
    ("{person}(所担任的|担任的|兼任的|挂职担任的|挂职的|挂任的|所任的|的|│|){posts}", "remove", "item"),
    ("{person}(兼任|现任|现|兼|担任|任){posts}职务", "remove", "item"),
    # 接受辞职: / 批准: then 巴合提亚尔·木哈买提江辞去某县人大常委会委员职务
    ("{person}辞去{posts}(职务|职务的请求|职务的申请|职务请求)", "remove", "item"),
    ("{person}当选(为|){posts}", "appoint", "item"),  # 补选: / 黄志城当选为某镇镇长
    # (续聘: / 于德水同志续聘为总经理: a renewal, an appointment for a new term)
    ("{person}(兼任|兼|担任|任|调任|改任|挂任|挂职任|挂职担任|接任|续聘为|续聘|续任){posts}", "appoint", "item"),
    ("{person}(│|为|任|担任|的|){posts}", "confirm", "item"),
    (
        "{person}(任|担任|兼任|兼|改任|调任|转任|交流任|挂任|挂职任|挂职担任|对口支援任|支援任|下派挂职任|下派任|援派任|接任|任命为|聘任为|聘为|并代理|并兼任|并担任|并为|继续挂职任|继续挂任|续派为|委派为|委派任|委派担任|当选为|当选|连任|续任|同时担任|同时兼任|获委任为|获任命为|获聘任为|获委任|已获委任为|已获任命为|已获聘任为){posts}",
        "appoint",
        "narrative",
    ),
    ("{person}同志为{posts}", "appoint", "narrative"),
    # 冯玉堂同志(因退休)免去某组组长职务: the person first, then the removal
    ("{person}(免去其|免去|免除|免){posts}职务", "remove", "decision"),
    ("{person}正式(任|担任|任命为|聘任为|聘为|任用为){posts}", "confirm", "decision"),
)

#: Words between a person and a post that say how the post is held: kept as the manner.
CONNECTOR_MANNERS: dict[str, str] = {
    "兼任": "兼任",
    "兼": "兼",
    "现任": "现任",
    "现": "现任",
    "的现任": "现任",
    "改任": "改任",
    "调任": "调任",
    "转任": "转任",
    "交流任": "交流",
    "连任": "续任",  # a post held again for a new term (SPEC §7: a renewal is an appointment)
    "续聘为": "续聘",
    "续聘": "续聘",
    "续任": "续任",
    "挂任": "挂职",
    "挂职任": "挂职",
    "下派挂职任": "挂职",
    "对口支援任": "挂职",  # a county hospital's doctor sent by the city for a term: a secondment
    "支援任": "挂职",
    "援派任": "挂职",
    "挂职担任": "挂职",
    "聘任为": "聘任",
    "聘为": "聘任",
    "兼任的": "兼任",
    "挂职的": "挂职",
    "挂任的": "挂职",
    "代理": "代理",
    "代行": "代理",
    "代为履行": "代理",
    "并代理": "代理",
    "并兼任": "兼任",
    "不再兼任": "兼任",
    "辞去": "辞职",
    "的辞职请求并辞去": "辞职",
}


#: What may stand after the posts of a clause and is not part of them.
POST_TAILS: tuple[str, ...] = (
    "职务的请求",
    "职务的申请",
    "职务请求",
    "职务申请",
    "的请求",
    "的申请",
    "请求",
)

#: What a preamble before a decision verb ends with: 区政府决定任命…, 国务院任命…,
#: …常务委员会第七次会议决定接受…; any other text before a verb is not a preamble.
PREAMBLE_END = lazy_compile(
    r"(?:决定|研究|同意|批准|会议|院|部|委|会|府|局|厅|党组|党委|公司|大学|学院|董事会|现|特|兹|经|同时|并|另"
    # 学校同意… / 国务院日前聘任… / 董事会已接受…: the issuer itself, then its verb
    # (…的任职决定，即撤销覃志坚同志的…职务: the decision said again, as what it does)
    r"|校|所|中心|集团|日前|近日|依法|一并|(?<=[会司府委局厅部院])已|^即)$"
)

#: A resignation asked for (张三提出辞去某职务): no event, but the post a later 接受其辞职
#: (or 接受张三的辞职请求) accepts.
RESIGNATION_REQUEST = lazy_compile(
    r"(?:(?:提出|要求|申请|请求)(?:辞去|辞任|辞职并辞去)|(?<!同意)(?<!接受)(?<!批准)(?:辞去|辞任))(?P<posts>.+?(?:职务(?:、|及|和|以及)[^,;。]+?)*)(?:职务|的请求|的申请|$)"
)
#: Persons of a list singled out as newly promoted, whose probation the next words state:
#: 其中，赵艳、钱云飞同志为新提任干部，试用期至2026年2月 / 钟浩、严丽芬为新提拔人员，试用期一年.
NEWLY_PROMOTED = lazy_compile(
    r"^(?:其中|上述[^,;。]{0,12}中)?(?P<names>[^,;。]{2,80}?)(?:等)?(?:同志)?为新(?:提任|提拔|任职|任用|聘任|聘)的?(?:干部|人员|同志)?$"
)

#: An earlier notice cited as issued (县人民政府印发《…》(剑府任〔2023〕15号), 任命张平…): what the
#: rest of the sentence says recounts that notice; it decides nothing now.
RECOUNT = lazy_compile(r"(?:印发|下发|发布)(?:了|的)?《|以[^,;。]{2,30}?号?文件(?=任命|聘任|免去)")

#: A resignation that takes effect without a decision accepting it (a listed company's director
#: or officer: 辞职报告自送达董事会之日起生效): the post asked to be left is left.
RESIGNATION_EFFECTIVE = lazy_compile(
    r"(?:辞职|辞任)(?:报告|申请|请求|函)?(?:自[^,;。将]{0,20}?|于[^,;。将]{0,6}?)?(?:起|即|时)?生效|^辞职后"
    # 已辞任本公司执行董事职务，自二零二一年十二月三日起生效: the resignation just told, in force
    r"|^自[^,;。将]{4,20}起生效$"
)
RESIGNATION_ACCEPTED = lazy_compile(
    r"(?:接受|同意|批准)(?P<who>[^,;。]{1,16}?)(?:因[^,;。]{1,12}?)?(?:本人)?(?:提出|递交|提交|所提)?(?:的)?(?:辞职(?:请求|申请|报告)?|辞呈)$"
)

#: Words that open narrative, never a clause of a list: 经总经理提名, 因工作需要, 根据….
NARRATIVE_OPENERS: tuple[str, ...] = (
    *("经", "根据", "按照", "依据", "依照", "因", "鉴于", "为了", "由于", "为加强"),
    *("仍担任", "仍任", "继续担任"),  # 仍担任公司董事长职务: a post still held, no decision
)

#: Verbs that open an inline clause before the person: 任命张三为…, 免去李四的…职务. Used
#: where a line of a list starts with one (tables and lists are rewritten into these).
LEADING_VERBS: dict[str, str] = {
    prefix + verb: action for verb, action, _, where in VERBS if "lead" in where for prefix in ("决定", "")
} | {"聘": "appoint"}

#: Verbs that may open a clause whose subject is the person of the clause before, unsaid:
#: 任命张三为某局局长，兼任某中心主任.
ELIDED_SUBJECT_VERBS: tuple[str, ...] = (
    "兼任",
    "兼",
    "并代理",
    "并兼任",
    "并为",  # 任命吉克阿且为某县人民政府副县长，并为代理县长
    "继续挂职任",
    "继续挂任",  # 延长以下同志挂职期限一年: / 何晓军同志，继续挂任某局副局长
    # 施佳怡同志不再挂任A，改为挂任B: the same person, the seconded post changed
    *("改为挂任", "改为挂职任", "改为担任"),
    "挂职担任",
    "挂职任",  # 任中共某市委常委，挂职任某市人民政府副市长(挂职时间两年)
    "挂任",
    "交流任",
    "调任",
    "改任",
    "转任",
    "聘任为",  # 任某局局长，聘任为某公司总经理: the same person, a second post
    "聘为",
    "委派为",  # 任命X为某集团公司党委委员，委派为董事: the same person, the company's seat
    "委派任",  # 刘畅同志： / 委派任某公司董事长: the company's seat, the person said before
    "委派担任",
    "并担任",  # 任某公司外部董事(专职)，并担任外部董事召集人
    "担任",  # 委派X同志为外部董事，担任董事会审计委员会主任委员: the same person, a seat of the board
    "同时担任",  # 选举X为董事长，同时担任战略委员会主任委员
    "同时兼任",
    "同时任",  # 任人事处副处长(副处级)，同时任人才工作办公室主任
    "并任",
    "任",  # 不再担任A职务，任B: the same person, a new post (not 任命, 任期: see clauses)
    # 撤销其某校党支部书记、校长职务，恢复原任某校副校长职务: the post held before, taken again
    *("恢复原任", "恢复原"),
)

#: The chair of a company's board, said in a bracket after a member's seat (专职监事: 汪立(监事会主席)):
#: a second seat, not a remark.
BOARD_CHAIRS: frozenset[str] = frozenset({"监事会主席", "监事会副主席", "董事长", "副董事长", "董事会主席"})

#: Words after a name that address the person: they end the name (张三同志, 方正先生).
HONORIFICS: tuple[str, ...] = ("同志", "先生", "女士")
#: Callings and professional grades that describe a person, never a post (心内科副主任医师施建华
#: 同志挂职任…; 汪家齐，石油化工学院副教授，挂职任…).
CALLINGS: tuple[str, ...] = (
    "医师", "护师", "专家", "药师", "技师", "教授", "研究员", "工程师", "讲师", "教师", "干部", "科员", "职员",
    # professional grades of other trades (建阳区农业农村局农艺师): who the person is, no post
    "农艺师", "畜牧师", "兽医师", "经济师", "会计师", "统计师", "审计师", "规划师", "建筑师", "律师", "编辑", "记者",
    "选调生", "人才",  # 2024年度选调生刘思远同志 / 选派专业技术人才区慧敏同志: who the person is, no post
)  # fmt: skip

#: Words before a person that refer to the person just named.
PRONOUNS: tuple[str, ...] = ("其", "他", "她", "该同志", "上述同志", "该员")

#: Surnames missing from the surname table (ledger/data/surnames.json) yet common today.
EXTRA_SURNAMES: tuple[str, ...] = (
    "付",
    "禤",
    "芦",
    "琚",
    "晁",
    "拓",
    "郜",
    "靳",
    "覃",
    "谌",
    "雒",
    "郄",
    "冶",
)  # (冶: a Hui surname of Qinghai and Gansu)
#: Characters that never begin a person's name here but often begin narrative chunks.
NOT_NAME_START = frozenset("现经根按特请以各该本此对将由在从并及与均另又市县省镇乡街村附如下因已不一新")
#: ... characters that never occur in one (区政府决定, 下列) ... (not 述: 冯述 is a name; 上述
#: and 所述 are NOT_NAMES)
NOT_IN_NAME = frozenset("了与及或政府局委厅部室办议究职务列副届该")
#: ... that never follow the surname (任公司, 李市) ...
NOT_IN_GIVEN_NAME = frozenset("司市县省镇乡院第")  # (原第一书记: an ordinal, no name)
#: ... and that never end one: places and bodies (烟台市, 三台县, 某某局).
NOT_NAME_END = frozenset("市县区省镇乡村州旗盟局委办部厅院校处科组会社站所馆队")
#: What ends a name of a surname and three given characters only as the next word's start
#: (冯志斌 + 原任公司副总经理, 刘洋 + 现任…): never the name's last character.
NOT_LONG_NAME_END = frozenset("原现曾")
#: ... nor hold these words (罗斌 + 同时担任…).
NOT_LONG_NAME_END_WORDS: tuple[str, ...] = ("同时", "另外", "此外")
#: Given names that end with one of those characters all the same (牛红旗, not a banner).
#: The parts Tibetan names are made of, given names with no surname (扎西多吉, 泽仁卓玛, 泽让闼):
#: a name opening or ending with one reads as a name, though no surname table holds it.
TIBETAN_NAME_PARTS: frozenset[str] = frozenset(
    "扎西 次仁 泽仁 泽让 泽旺 多吉 卓玛 格桑 达瓦 达娃 尼玛 拉姆 央金 旦增 洛桑 索朗 平措 顿珠 益西 强巴 普布 边巴 "
    "德吉 白玛 措姆 巴桑 群培 旺堆 罗布 仁青 阿旺 桑吉 曲珍 琼达 贡布 嘎玛 土登 丹增 降央 次旦 加措 嘉措 拉巴 "
    "米玛 欧珠 朗杰 才让 才旦 更登 昂旺 多杰 卓嘎 旺姆 吉宗 仁增 洛松 斯朗 "
    # (迪庆's spellings: 此里品楚, 七林农布, 鲁茸此里, 斯那卓玛)
    "此里 七林 农布 鲁茸 品楚 斯那 格茸 此称 扎史 吉称 都吉 取扎 央宗 "
    "江村 向巴 泽登 曲扎 更嘎 仁真 洛绒 降措 根秋 贡觉".split()
)
#: The parts Mongolian names are made of (特木尔巴根, 孟和吉日嘎拉, 阿拉坦仓, 额尔敦毕力格): a name of
#: up to six characters opening or ending with one reads as a name (特 opens no other name here).
MONGOLIAN_NAME_PARTS: frozenset[str] = frozenset(
    "特木尔 特古斯 巴特尔 巴根 苏和 朝鲁 宝音 额尔敦 孟和 吉日嘎拉 阿拉坦 那仁 乌力吉 斯琴 其其格 图雅 萨仁 "
    "格日勒 敖登 布和 哈斯 满都拉 达来 呼和 毕力格 巴雅尔 图门 乌云 额日和木 乌兰 朝格图 吉雅 都古尔 "
    "达赖 巴图 赛音 德力格尔 包力高 白音 嘎拉 图 仓 扎布 陶格陶 苏德 额尔德尼 "
    "其木格 高娃 娜仁 塔娜 托娅 萨日娜 格根".split()
)
#: What OCR reads in place of the characters of a notice's frame (a scan's slips): written so
#: in no notice, read back as meant (高振宇同忐 → 同志, 旳 → 的, 丶 → 、).
#: (■ a speck before a line; 丶 after a full stop of the clause is a speck too)
#: (∶, the ratio sign, a scan's colon: 任命∶)
OCR_SLIPS: dict[str, str] = {"同忐": "同志", "旳": "的", "；丶": "；", ";丶": ";", "丶": "、", "■": "", "∶": "："}
#: The characters Uyghur, Kazakh and other transliterated names are written with (阿不都热依木,
#: 古丽扎尔, 艾合买提): where two runs of them stand apart by a dot of another kind (阿卜杜克热木.阿卜杜
#: 热合曼) or a space (麦尔旦 艾力同志), the two runs are one name, its parts parted as · parts them.
TRANSLITERATION_CHARS: frozenset[str] = frozenset(
    "阿艾爱安奥巴拜班包贝比别波不布卜达代丹旦德迪典丁东都杜多额厄尔法菲弗伏甫盖甘戈格古哈海汗罕豪合赫胡乎"
    "吉加佳江杰金喀卡开凯坎康柯科克肯库拉来兰勒雷力丽利莉列林鲁玛马买麦曼满米敏明莫木穆纳娜乃尼妮努帕潘"
    "皮普其齐恰热茹肉如若萨赛桑色森沙莎山尚舍什守斯司苏素塔太坦特提铁图吐托瓦娃外万旺维乌吾西希夏肖谢"
    "逊牙亚扬耶叶伊依义尤玉则扎赞祖佐孜卓曲朱日"
)
NAME_ENDINGS_ALLOWED: tuple[str, ...] = (
    "红旗",
    "令旗",
    "国旗",
    "登科",
    "振科",
    "文科",
    "新科",
    "建科",
    "国科",
    "建社",
    "卫社",
)
#: Words that can stand where a name stands and are not names (nor the start of one).
NOT_NAMES: tuple[str, ...] = (
    "聘期",  # 聘期均为三年: a term, no person
    "占多数",
    "占半数",  # 独立董事占多数并担任主任委员: how many, no person (占 is a surname)
    *("延期", "延长"),  # 延期一年，继续担任…: a term renewed, no person (延 is a surname)
    *("其原", "其现"),  # 其原兼任的企业内设机构职务一并免去: whoever the pronoun means, and what they held
    "调整后",  # 调整后原任人员职务自然免除: when, not who
    "无原",  # (新设)指本次新设岗位，无原任职人员: no one held it
    "中国国籍",  # 王某，男，中国国籍，现任…: a résumé's nationality, no person
    "实行",  # 实行任期制和契约化管理: 实 is a surname, 实行 applies a rule
    "实施",
    "推行",
    "申请",  # 陈海燕同志申请辞去…: 申 is a surname, 申请 asks
    "请求",
    "任期",
    "试用期",
    "正式",  # 正式任职时间从试用期满之日起计算: a rule, no person named 正式
    "考核",  # 下列同志试用期满，考核合格，正式任职: 考 is a surname, 考核 assesses
    "考察",
    "产生",  # 选举产生新任…: elected, said of whoever
    "完成",  # 本次换届选举完成后: when, no person named 完成
    "麻醉",  # 免去麻醉科副主任职务: a hospital's department, 麻 a surname
    "专人",  # …职务暂由某总部指定专人代为履行: someone to be named, 专 a surname
    "方式",  # 三、薪酬待遇及聘任方式: how people are appointed, 方 a surname
    "战略",  # 董事会战略委员会委员: a board's committee, 战 a surname
    "交流",  # 黎光明同志交流任…: moved in, 交 no name's start here
    "分别",  # …挂职期满，分别免去其…: each, 分 a surname
    "改为",  # 不再挂任A，改为挂任B: the post changed, 改 a surname
    *("留任", "续任"),  # …援藏期满，留任一年，继续担任…: staying on, no person
    *("抄送", "抄报", "印发"),  # 抄送：集团公司党委委员、董事: whom a copy goes to, 抄 and 印 surnames
    "康复",  # 康复医学科主任: the same
    "提拔",
    "下列",
    "上述",
    "所述",  # 所 is a surname: 所述人员 are those described
    "有关",
    "相关",
    "一般",
    "原任",
    "原聘",  # 原聘任期满的科室负责人: those whose term ended, whoever they are
    "解除",  # 解除聘任关系: 解 is a surname, 解除 ends a contract
    "依法",  # 依法免除A、B的…职务: 依 is a surname, 依法 says by law
    "原职",
    "拟任",
    "任命",
    "免去",
    "聘任",
    "解聘",
    "决定",
    "提名",
    "推荐",
    "建议",
    "其中",
    "同意",
    # (同 is a surname, 同宏伟; these words open chunks and are no names)
    "同时",
    "同期",
    "同年",
    "同日",
    "同月",
    "同上",
    "同样",
    "同等",
    "同一",
    "同级",
    "同类",
    "同步",
    "同本",
    "同行",
    "接受",
    "推选",
    "撤销",
    "试用",
    "不再",
    "领导",
    "干部",
    "人员",
    "同志",
    "职务",
    "本人",
    "书面",  # 书面辞职报告: 书 is a surname, 书面 no name
    "召回",  # 召回刘军同志: 召 is a surname, 召回 calls back
    "无效",
    "继续",
    "负责",
    "主要",
    "仍",
    # no decision verb is a name (聘任、续聘同志: 续 is a surname, 续聘 no name)
    *(verb for verb, _, _, _ in VERBS if len(verb) >= 2),
)

#: Words inside a clause that say why or from when, not who or what: left out before the
#: frames read it (接受张三因工作变动辞去…; 刘振宇(上海市某区发展和改革委员会副主任)同志挂职任…,
#: a seconded cadre's home post in brackets between name and 同志).
#: A reason (因工作调动, 因退休): written between commas after the person (张三同志因工作调动，
#: 辞去…) it is glued to its clause by a zero-width mark, which the adjunct takes with it.
_REASON_END = r"(?:原因|变动|需要|调动|调整|到龄|退休|问题|病|提拔|任职|期满|届满|到期|有关规定|纪律)+"
#: 因工作调动 / 因聘期届满且已到龄: a reason (two joined by 且 are one)
REASON = lazy_compile(rf"因[\u4e00-\u9fff]{{0,8}}?{_REASON_END}(?:[且并][\u4e00-\u9fff]{{0,4}}?{_REASON_END})*\u200b?")
ADJUNCTS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # (what the clause must hold for the pattern to be tried at all: a cheap search, the pattern)
    (lazy_compile("因"), REASON),
    # a short name given after a name (黄志明先生(「黄先生」), 某公司(以下简称“某某”)): no part of any slot
    (lazy_compile("[「“]"), lazy_compile(r"\((?:以下简称|以下称|下称)?[「“][^」”()]{1,12}[」”]\)")),
    # when, told by another event: 向德华先生当选董事长后，不再担任总经理职务
    (
        lazy_compile("后\u200b?(?:不再|辞)"),
        lazy_compile(r"(?<=先生|女士|同志)(?:当选|任|出任|担任|被选举为)[^,;。]{2,24}?后\u200b?(?=不再|辞去|辞任)"),
    ),
    # from when a post is left, between the person (or the reason) and the verb: 付国平先生因工作
    # 调动，自本次职工代表大会之日起不再担任…
    (
        lazy_compile("起(?:不再|辞去)"),
        lazy_compile(r"(?:(?<=先生)|(?<=女士)|(?<=同志)|(?<=\u200b))自[^,;。]{2,24}?起(?=不再|辞去)"),
    ),
    # when, before the verb of a clause: 并于同日选举陈家富为… / 于2024年3月12日任命…
    (
        lazy_compile("于(?:同日|当日|当天|\\d)"),
        lazy_compile(
            r"^(?:并|同时|另)?于(?:同日|当日|当天|\d{4}年\d{1,2}月\d{1,2}日)(?=选举|补选|任命|决定|免去|聘任|接受)"
        ),
    ),
    # whom the person succeeds, said before the verb: 冉小川同志接替挂职任… (the one left, read before)
    (lazy_compile("同志接替(?:挂职|挂任|任|担任)"), lazy_compile(r"(?<=同志)接替(?=挂职任|挂职担任|挂任|任|担任)")),
    # why, in a bracket after the request: 接受顾晓岚辞去…职务的请求(挂职期满，返回派出单位)
    (lazy_compile(r"的请求\("), lazy_compile(r"(?<=的请求)\([^()]{2,40}\)$")),
    # while away, opening a clause: 彭德华同志借调至…，借调期间免去其…职务
    (
        lazy_compile("期间(?:免去|不再)"),
        lazy_compile(r"^(?:在)?(?:挂职|借调|援疆|援藏|援青|驻村|学习|培训)期间(?=免去|不再)"),
    ),
    # while the person is away, between the person and the verb: 钟永刚同志挂职期间不再担任…
    (
        lazy_compile("期间(?:不再|兼任|任|担任|暂停)"),
        lazy_compile(
            r"(?<=同志|先生|女士)在?(?:挂职|援疆|援藏|援青|驻村|借调|学习|培训|交流)期间(?=不再|兼任|任|担任|暂停)"
        ),
    ),
    (lazy_compile(r"\)同志"), lazy_compile(r"(?<=[\u4e00-\u9fff])\([^()]{2,40}\)(?=同志)")),
    # 补选黄鑫同志(恩施州巴东县委常委、副县长,挂职)为…: the cadre's home post after 同志
    (lazy_compile(r"同志\("), lazy_compile(r"(?<=同志)\([^()]{2,40}\)(?=为|任|兼任|担任|接任|接替)")),
    (
        lazy_compile("日(?:作出|印发|下发|发布)?的关于"),
        lazy_compile(r"\d{4}年\d{1,2}月\d{1,2}日(?:作出|印发|下发|发布)?的(?=关于)"),
    ),
    # the body between a revocation and the decision revoked: 撤销县委(2024年1月5日作出的)关于…
    (lazy_compile("撤销.{1,30}关于"), lazy_compile(r"(?<=撤销)[\u4e00-\u9fff]{1,30}?(?=关于)")),
    # the body whose appointment is revoked: 撤销(某县人大常委会第二次会议)对周海涛的…的任命
    (lazy_compile("撤销.{2,40}对"), lazy_compile(r"(?<=撤销)[^,;。对]{2,40}?(?=对[\u4e00-\u9fff·]{2,6}(?:同志)?的?)")),
    # the body and when it decided: 撤销(区政府2022年5月)任命宋波同志为…的任职决定
    (
        lazy_compile("撤销.{2,24}月(?:任命|聘任)"),
        lazy_compile(r"(?<=撤销)[\u4e00-\u9fff]{0,12}?\d{4}年\d{1,2}月(?:\d{1,2}日)?(?=任命|聘任)"),
    ),
    # the notice a revoked decision stands in: 撤销(剑府任〔2023〕15号文件中)任命张平同志为…的决定
    (
        lazy_compile("撤销.{2,60}中(?:任命|聘任|关于|对)"),
        lazy_compile(r"(?<=撤销)[^,;。]{2,60}?(?:文件|通知|决定)》?(?:\([^()]{2,30}\))?中(?=任命|聘任|关于|对)"),
    ),
    # a seconded cadre's home body (上海市闵行区选派干部沈立群同志…, 山东省第十批援藏干部…): not a post
    (
        lazy_compile("干部"),
        lazy_compile(
            # (北京市第九批援藏干部刘国栋、江苏省第九批援藏干部顾海峰: each name with its own)
            r"(?:^|(?<=、))(?!免去|任命|聘任|免除|解聘)(?:[^,;()、]{2,40}?)(?:第[一二三四五六七八九十\d]{1,3}批)?"
            r"(?:选派|援藏|援疆|援青|援派|对口支援|挂职|交流)干部"
        ),
    ),
    # 第二十三批博士服务团成员黄志勇同志延长挂职…: the group the cadre came with, before the name
    (
        lazy_compile("(?:团|队|组)成员"),
        lazy_compile(
            r"(?:^|(?<=、))(?!免去|任命|聘任|免除|解聘)[^,;()、]{2,30}?(?:服务团|工作队|工作组|服务队|帮扶队)成员"
            r"(?=[\u4e00-\u9fff·、]{2,20}?同志)"
        ),
    ),
    # 北京市选派的郝佳明挂职任…: who sent the cadre, before the name (with 同志 or without)
    (
        lazy_compile("选派的"),
        lazy_compile(r"(?:^|(?<=、))[^,;()、]{2,30}?选派的(?=[\u4e00-\u9fff·]{2,6}?(?:同志)?(?:挂职|挂任|任|为))"),
    ),
    # 聘任广东省援疆医生黄志勇同志为…: a seconded doctor's or teacher's home province, and calling
    (
        lazy_compile("(?:援藏|援疆|援青|援派|对口支援)(?:医生|专家|教师)"),
        lazy_compile(
            r"(?<=聘任|任命)[^,;()]{2,30}?(?:援藏|援疆|援青|援派|对口支援)(?:医生|专家|教师)(?=[\u4e00-\u9fff·]{2,12}同志)"
        ),
    ),
    (
        lazy_compile(r"(?:选派|推荐|派出|援疆|援藏|援青|干部)\)"),
        lazy_compile(r"(?<=[\u4e00-\u9fff])\([^()]{2,40}?(?:选派|推荐|派出|援疆|援藏|援青|干部)\)"),
    ),
    # the body a cadre comes from and the cadre's place in it, before the name: 重庆大学团委干部
    # 彭宇航同志挂职任…, 西南大学经济管理学院教师范诗琪同志挂任…
    (
        lazy_compile("(?:干部|教师|职工|医师|科员|研究员|讲师|教授)[\u4e00-\u9fff·]{2,6}同志(?:挂职|挂任|任|为)"),
        lazy_compile(
            r"^[^,;()、]{2,30}?(?:大学|学院|局|委|办|院|中心|公司|医院|学校|团委|党委|部|厅|所)"
            r"(?:干部|教师|职工|医师|科员|研究员|讲师|副教授|教授)(?=[\u4e00-\u9fff·]{2,6}同志)"
        ),
    ),
    # the unit a cadre comes from, in brackets before the verb: 周正华(县财政局)任…
    # a cadre's home post in brackets before 挂任: 曹宏伟(市发展改革委副主任)挂任…
    (lazy_compile(r"\)挂(?:任|职)"), lazy_compile(r"(?<=[\u4e00-\u9fff])\((?:女,|男,)?[^()]{2,30}\)(?=挂任|挂职)")),
    (
        lazy_compile(r"\)(?:任|为|挂职)"),
        lazy_compile(
            r"(?<=[\u4e00-\u9fff])\((?:女,|男,)?[^()]{2,20}(?:局|院|委|办|部|中心|公司|学校|医院|政府|银行|社|联|会)\)(?=任|为|挂职)"
        ),
    ),
    # 其在我县挂任的…职务相应免去: where the post was held, said of the place the notice is from
    (lazy_compile("其在[我本]"), lazy_compile(r"(?<=其)在[我本][县市区州镇乡旗](?=挂任|挂职|担任|任)")),
    # 援疆医生钱志明为…: what the person came as (a secondment's kind and a calling), no part of the name
    # (北京大学第三医院援疆专家周立群同志挂职任…: the body that sent them, too)
    (
        lazy_compile("(?:援疆|援藏|援青|对口支援|支医|支教|挂职)(?:医生|医师|专家|干部|教师|人员)"),
        lazy_compile(
            # (not 免去第九批援藏干部王建平同志挂职担任的…: the verb is no part of what the person came as)
            r"^(?!免去|任命|聘任|免除|解聘)[^,;()]{0,20}?(?:援疆|援藏|援青|对口支援|支医|支教|挂职)(?:医生|医师|专家|干部|教师|人员)"
            r"(?=[\u4e00-\u9fff·]{2,8}?(?:\([^()]{1,20}\))?(?:同志)?(?:\([^()]{1,20}\))?(?:为|任|挂职|担任))"
        ),
    ),
    # 借调王海燕同志到某局工作，借调期间不再担任…: lent to another body, whom 借调期间 is said of
    (lazy_compile("^(?:借调|抽调)"), lazy_compile(r"^(?:借调|抽调)(?=[\u4e00-\u9fff·]{2,8}同志到)")),
    # 科技特派员韦宏伟同志挂任…, 博士服务团成员周宁同志挂职任…: the scheme a cadre came under, no name
    (
        lazy_compile("(?:特派员|服务团成员|访问学者)"),
        lazy_compile(
            r"^[^,;()]{0,20}?(?:科技特派员|金融特派员|特派员|博士服务团成员|服务团成员|访问学者)"
            r"(?=[\u4e00-\u9fff·]{2,8}?同志(?:挂任|挂职|任|为|担任))"  # (not 科技特派员服务中心主任: a body's name)
        ),
    ),
    # 在此期间由某村委会副主任邓小林临时代理主任职务: while the post is suspended, who acts in it
    (lazy_compile("期间由"), lazy_compile(r"^(?:在此期间|此期间|在此期间内|其间|期间)(?=由)")),
    # 召回刘军同志(县发展和改革局)，免去其…: called back, whom the 其 after it means
    # (提前召回周立成同志，免去其…: called back before the term ends)
    (lazy_compile("^(?:提前|决定|予以)?召回"), lazy_compile(r"^(?:提前|决定|予以)?召回(?=[\u4e00-\u9fff·]{2,8}同志)")),
    # 决定王保平同志任…, 确定林佩佩同志为…: the verb of the decision before a narrative clause
    (lazy_compile("^(?:决定|确定)"), lazy_compile(r"^(?:决定|确定)(?=[\u4e00-\u9fff·]{2,8}同志(?:任|为|兼任|担任))")),
    # 会议接受了林振辉辞去…的请求: the aspect particle after the verb, no part of the slot
    (lazy_compile("(?:接受|同意|批准|决定)了"), lazy_compile(r"(?<=接受|同意|批准|决定)了")),
    # 免去第九批援藏干部陈俊杰同志的…: what the person came as, after the verb
    (
        lazy_compile("批(?:援藏|援疆|援青)干部"),
        lazy_compile(
            r"(?<=免去|任命|聘任|免除|解聘)第[一二三四五六七八九十\d]{1,3}批(?:援藏|援疆|援青)干部(?=[\u4e00-\u9fff·]{2,8}同志)"
        ),
    ),
    # (5)明确蒋文同志为平安建设办公室负责人: named to run a unit, an item of the list like any other
    (lazy_compile("^明确"), lazy_compile(r"^明确(?=[\u4e00-\u9fff·]{2,8}同志为)")),
    # 援藏期间由钱伟同志代理…: while the holder is away, who acts (the span, no part of a slot)
    (lazy_compile("期间由"), lazy_compile(r"^(?:在)?[^,;。()]{1,12}期间(?=由[\u4e00-\u9fff·]{2,12}同志)")),
    # 其中杨晓川同志同时不再担任…: one of those just named, and at the same time
    (lazy_compile("^其中"), lazy_compile(r"^其中(?=[\u4e00-\u9fff·]{2,12}同志)")),
    (lazy_compile("同志同时"), lazy_compile(r"(?<=同志)同时(?=不再|兼任|担任|任|免去)")),
    # 原委派的袁家豪同志不再担任…: how the person came to the post, no part of the name
    (
        lazy_compile("^原(?:委派|任命|聘任|选派|派驻)的"),
        lazy_compile(r"^原(?:委派|任命|聘任|选派|派驻)的(?=[\u4e00-\u9fff·]{2,12}同志)"),
    ),
    # 选派(宁波造船研究院)颜雯同志挂职任…: the body the cadre comes from
    (
        lazy_compile("^选派"),
        lazy_compile(
            r"^选派[^,;()、]{2,30}?(?:院|局|委|办|部|中心|公司|学校|大学|所|厅|政府|集团|银行|大队|支队|中队)"
            # (…研究所副所长郑宏伟同志, 镇人大办干事段婷婷同志)
            r"(?:干部|干事|科员|职员|民警|教师|医生|副?(?:所长|院长|局长|主任|处长|科长|部长|书记|经理|总经理))?"
            # (潍坊市人民医院心内科主任医师钟卫平同志: a department and a professional grade)
            r"(?:[\u4e00-\u9fff]{0,8}?(?:主任医师|主治医师|医师|护师|药师|技师|教授|研究员|工程师|讲师))?"
            r"(?=[\u4e00-\u9fff]{2,4}同志|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12}同志)"
        ),
    ),
    (
        lazy_compile("(?:选派|派出|推荐)(?:的|专家|干部|人员|教师|医师)"),
        # 云南省第一人民医院选派专家顾晓燕同志挂职任…: who sent the cadre, and as what
        lazy_compile(
            r"^(?:[^,;()]{2,40}?)(?:选派|派出|推荐)(?:的|的?(?:专家|干部|人员|教师|医师))"
            r"(?=[\u4e00-\u9fff·]{2,6}(?:\([^()]{1,8}\))?同志)"
        ),
    ),
)


_ANY_ADJUNCT = Prefiltered(lazy_compile("|".join(f"(?:{may.pattern})" for may, _ in ADJUNCTS)))


@functools.lru_cache(maxsize=8192)
def strip_adjuncts(text: str) -> str:
    """The clause without its adjuncts (ADJUNCTS), each pattern tried only where it may stand
    (and none at all, after one search, in the common clause that holds none)."""
    if _ANY_ADJUNCT.search(text) is None:
        return text
    for may, pattern in ADJUNCTS:
        if may.search(text):
            text = pattern.sub("", text)
    return text.replace("()", "")  # 向国庆(因退休)的…: the bracket the reason stood in


#: A line of a roster (名单): a post, or a unit, then a colon and who holds it
#: (科研业务处处长：冯建军 / 心血管内科：主任周维康，副主任饶春燕、易志明): an item of its own.
# (棉花育种研究室 主任:胡振军;副主任:赵鹏: a unit's seats on one line, pair after pair)
ROSTER_LINE = lazy_compile(
    r"^[^:;,。()]{2,40}(?:\([^:;,。()]{1,10}\))?:[^:]{2,}(?:;[^:;,。()]{2,20}(?:\([^:;,。()]{1,10}\))?:[^:]{2,})*$"
)

#: A chunk that is an adjunct on its own, a period (至新的主任选举产生为止, 自2024年7月1日起):
#: no clause, and nothing missing from one.
PERIOD_CHUNK = lazy_compile(
    r"^(?:至|到).{0,40}(?:为止|时止|之日止)$|^(?:新一届|本届)?(?:任期|聘期|续聘期|聘任期|挂职期限|期限|任职时间)?(?:均)?(?:为)?(?:自|从).{0,60}(?:起|止|至\d{4}年\d{1,2}月(?:\d{1,2}日)?)"
    r"(?:计算|执行|施行|生效)?$|^(?:任期|聘期|续聘期|聘任期)(?:均|一律)?(?:为)?[一二三四五六七八九十两\d]{1,3}年$"
    r"|^(?:任期|聘期|续聘期|聘任期)(?:自[^,;。]{0,30})?至.{0,40}(?:届满|为止|止)(?:之日)?(?:止)?$"
    # 聘期三年(2025年3月1日至2028年2月28日): the term, and its days in a bracket
    r"|^(?:任期|聘期|续聘期|聘任期)(?:均|一律)?(?:为)?[一二三四五六七八九十两\d]{1,3}年\((?:自|从)?\d{4}年[^()]{2,40}\)$"
)

#: What a person's state may be at the end of a clause naming them (丁海明同志挂职期满): no
#: event, but the person a later 免去其… refers to.
PERSON_STATES: tuple[str, ...] = (
    "挂职期满后",  # 王浩、沈家骏同志挂职期满后，原任职务自然免除
    "挂职期满返校",  # 热合曼·吐尔逊同志挂职期满返校，任…: who 任 is said of
    "挂职期满返回",
    "委派期满",  # 赵东同志某集团财务总监委派期满，不再续派
    "委派期限届满",  # 崔永胜委派期限届满，不再委派其担任…
    "挂职期满回原单位工作",  # 苏文杰、关静怡同志挂职期满回原单位工作，免去…
    "挂职期满",
    "挂职期已满",
    # 某村第一书记邓卫东同志驻村期满，…，驻村期限延长一年: whose term it is, then what became of it
    *("驻村期满", "驻村任期届满", "援藏期满", "援疆期满", "援青期满", "派驻期满"),
    "结束挂职",  # 陈耀祖同志结束挂职，不再担任…
    "结束挂任",
    # 卢卫平任期届满不再续聘，免去其副总经理职务: whom the 其 after it means
    *("任期届满不再续聘", "任期届满后不再续聘", "聘期届满不再续聘", "聘期届满后不再续聘"),
    "任期届满",
    "任期已满",
    "聘期届满",
    "聘期已满",
    "到龄退休",
    "到龄退出领导岗位",
    "已达到退休年龄",
    "因工作调动",
    "考核结果为“不称职”",  # 曹立民同志任期考核结果为“不称职”，不再续聘  # 郝建平同志已达到退休年龄，免去其…
    "达到退休年龄",  # 孟宪军同志到龄退出领导岗位: no event; the 免去其… after it is his
    *("已到退休年龄", "到退休年龄", "已届退休年龄", "届退休年龄"),  # 周文华同志已到退休年龄，免去其…
    "退出领导岗位",
    "已到龄",
    "到龄",
    "周岁",  # 王美玲同志年满55周岁，不再担任…: an age reached
    "另有任用",
    "工作变动",
    "退休",
    "考核不称职",
    "考核为不称职",
    "考核结果为不称职",
    "试用期内",  # 滕志伟同志在某部副部长试用期内，经考核不胜任，免去其…试用职务: whom 其 means
    *("由派出单位召回", "由原单位召回", "召回原单位"),  # 魏晓东同志由派出单位召回: where the person goes, no post
)

#: A correction quoting the wrong text and the right one (“任命张三同志为某局副局长”应为“…”):
#: the right one is read as the clause, with other 更正.
#: A correction of one word in a quoted clause: 原文“X同志挂职任Y”中的“陈晓峰”更正为“陈小峰”.
CORRECTION_IN = lazy_compile(
    r"[“\"](?P<clause>[^”\"]+)[”\"]中(?:的|\u200b)?(?:姓名|职务|级别|职级)?[“\"](?P<wrong>[^”\"]+)[”\"]"
    r"(?:有误|有错误|错误)?\u200b?(?:应为|更正为|改为|修改为|应更正为)[“\"](?P<right>[^”\"]+)[”\"]"
)
CORRECTION = lazy_compile(
    # (“聘任屠丽萍为副行长”（洪合支行）更正为“…”: the unit the quoted clause stood under, in brackets)
    # (第二部分（某有限公司）中“杨帆同志任党委委员”更正为“…”: the unit said before the quote)
    r"(?:\((?P<unit_before>[^()]{2,30})\)中)?"
    r"[“\"'‘「](?P<wrong>[^”\"'’」]+)[”\"'’」](?:\((?P<unit>[^()]{2,20})\))?(?:有误|有错误|错误)?\u200b?"
    r"(?:应为|更正为|改为|修改为|应更正为)[“\"'‘「](?P<right>[^”\"'’」]+)[”\"'’」]"
)

#: The right text alone, quoted after the verb (…互相颠倒，更正为：“五、陶玉梅同志任…”).
CORRECTED_TO = lazy_compile(r"(?:更正为|应为|改为|修改为|应更正为|补充为)[“\"](?P<right>[^”\"]+)[”\"]")

#: 市中政任〔2024〕5 号, 国发[2023]12号, X党字［2022］3号, 京政任(2024)1号.
#: (日委〔2022〕任字38号: a word and 字 between the year and the number)
DOC_NO = lazy_compile(
    r"([\u4e00-\u9fffA-Za-z]{1,16}\s*[〔\[【(]\s*(?:19|20)\d\d\s*[〕\]】)]\s*(?:[\u4e00-\u9fff]{1,2}字\s*)?(?:第\s*)?\d{1,5}\s*号)"
)

#: Clauses that propose, not decide (提名为某镇镇长候选人, 推荐为…人选, 建议任…): never events.
PROPOSAL_OPENERS: tuple[str, ...] = (
    *("提名", "推荐", "建议", "拟任", "拟提名", "拟推荐"),
    *("拟聘任", "拟聘用", "拟聘", "拟任命", "拟免去", "拟选聘", "拟遴选", "拟提拔", "拟提请"),  # proposed, for 公示
)
#: How a clause ends that leaves the step to another body (其某县副县长职务按有关法律程序办理: the
#: congress will remove; the party committee does not): never an event.
LEFT_TO_PROCEDURE: tuple[str, ...] = (
    *("按有关法律程序办理", "按照有关法律程序办理", "按法律程序办理", "按照法律程序办理", "依法办理"),
    *("按有关程序办理", "按照有关程序办理", "按程序办理", "按规定程序办理", "依照法定程序办理"),
    *("按法定程序办理", "按照法定程序办理", "依法定程序办理", "按有关法定程序办理"),
)
#: ... with what is done said after it (按法律程序办理免职手续, 按法律程序办理免职): the same.
LEFT_TO_PROCEDURE_DONE = lazy_compile(
    rf"(?:{'|'.join(LEFT_TO_PROCEDURE)})(?:免职|任免|任职|辞职)(?:手续|事宜)?$|(?:{'|'.join(LEFT_TO_PROCEDURE)})手续$"
)
#: What a clause says of posts that do not change (其在派出单位的职务保持不变): no decision.
POSTS_UNCHANGED: tuple[str, ...] = ("职务保持不变", "职务不变", "职级待遇不变", "职务予以保留", "职务继续保留")
#: Where those whose secondment ended go (…予以免职，回原单位工作：): said after the head, no part of it.
BACK_TO_HOME_UNIT: tuple[str, ...] = ("回原单位工作", "回原单位", "返回原单位", "返回原单位工作", "回原工作单位")
#: How a membership or a fellowship ends (香港公司治理公会会士, 中国科学院院士): what a person is, no post.
MEMBERSHIP_ENDINGS: tuple[str, ...] = ("会士", "院士", "会员")
#: How the name of something proposed ends: a candidacy, not a post.
PROPOSED_POST_ENDINGS: tuple[str, ...] = ("候选人", "人选", "候选人预备人选", "专业人士", "人士")
#: (…召集人丁立平先生为会计专业人士: what a person is, a qualification, no post)

#: Titles that belong to a court or procuratorate as a whole, not to the division written
#: before them: in 某法院刑事审判庭副庭长、审判员 the court carries to 审判员.
#: (贵阳铁路运输检察分院: a procuratorate written as a branch, 检察分院, is one too)
_COURT = ("法院",)
_PROCURATORATE = ("检察院", "检察分院")
BODY_TITLES: dict[str, tuple[str, ...]] = {
    "审判员": _COURT,
    "助理审判员": _COURT,
    "审判委员会委员": _COURT,
    "执行员": _COURT,
    "检察员": _PROCURATORATE,
    "助理检察员": _PROCURATORATE,
    "检察委员会委员": _PROCURATORATE,
}
#: Titles of a party body (党委, 党组, 纪委…) itself: after 某局党组成员 the 党组 carries to 副书记
#: but not to 副局长, a post of the bureau (某集团党委书记、董事长 → the company's 董事长).
PARTY_BODY_TITLES: frozenset[str] = frozenset(
    {"书记", "副书记", "常务副书记", "专职副书记", "委员", "常委", "成员", "副组长", "组长", "纪检组长", "纪检委员"}
    # a township party committee's members by portfolio (党委委员、组织委员)
    | {"组织委员", "宣传委员", "统战委员", "武装委员", "政法委员"}
)
#: What a court or procuratorate's branch ends with: the branch is a body of its own (某省人民
#: 检察院第二分院副检察长、检察员 → the branch's 检察员, not the provincial procuratorate's).
BODY_BRANCHES: tuple[str, ...] = ("分院",)

#: Whole notices that report decisions rather than make them, told by their opening lines:
#: minutes of a meeting, a newspaper's report (本报讯, a reporter's byline).
REPORTS_ANYWHERE: tuple[tuple[re.Pattern[str], str], ...] = (
    # a decision read out at a meeting the text reports (a copy of the decision with a paper's
    # editor line is still the decision: only the reading out tells a report)
    (
        # (not a board's own announcement: 董事会欣然宣布, 董事会宣布, 谨此宣布 (Hong Kong))
        lazy_compile(
            r"(?:宣读|(?<!欣然)(?<!董事会)(?<!谨此)(?<!兹)(?<!特此)宣布)了?[^。]{0,40}(?:决定|通知|任免|任职)"
        ),
        N_("news report: decisions reported, not made"),
    ),
    # a session's news: what the meeting did, told after it (会议依法进行了人事任免, 颁发任命书)
    (
        lazy_compile(
            r"进行了人事任免|表决(?:方式)?通过了[^。]{0,10}任免|通过了人事任免|颁发(?:了)?任命书|进行了宪法宣誓"
            r"|等人事任免事项|宪法宣誓仪式"
        ),
        N_("news report of a session: decisions reported, not made"),
    ),
    # a listed company's periodic report (半年度报告摘要, 报告期内…): changes of officers recounted
    # (not a motion's title: 审议通过了《关于本行2018年第三季度报告的议案》, then the board's decisions)
    (
        lazy_compile(r"(?:年度报告摘要|季度报告)(?![^《》]*》)|报告期内"),
        N_("a company's periodic report: changes reported, not made"),
    ),
    # news of a meeting: who chaired it, then what it did (省长某某主持召开省政府常务会议, 会议同意任命…)
    # (会议指出，过去一年…由原集团信息中心主任杜鹏飞出任董事长: what a work meeting said, a year told)
    (
        lazy_compile(r"主持召开[^。]{0,30}会议|会议指出[,，]"),
        N_("news report of a meeting: decisions reported, not made"),
    ),
    # news of elections held (村“两委”换届选举工作圆满完成, 选举产生新一届…班子): who was elected, told
    (
        lazy_compile(r"(?:圆满|顺利)完成[^。]{0,20}换届|换届(?:选举)?工作(?:圆满|顺利)完成"),
        N_("news report of elections: results reported, not decided"),
    ),
    # a recruitment notice (现面向社会公开招聘支行行长…): posts offered, no one appointed
    (
        lazy_compile(r"面向社会(?:公开)?招聘|公开招聘[^。]{0,40}(?:公告如下|简章)|招聘公告$"),
        N_("recruitment, not appointments"),
    ),
    # a publicity notice (任前公示): people proposed, asked about before any decision
    (
        lazy_compile(r"现予(?:以)?公示|现将[^。]{0,20}予以公示|予以公示如下|公示如下"),  # (现将拟任职人选予以公示)
        N_("publicity notice (公示): proposed, not decided"),
    ),
)
REPORTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (lazy_compile(r"纪要$"), N_("meeting minutes: decisions reported, not made")),
    (
        # (本网讯, a campus site's story with its photographer: 来源:教务处 作者:… 摄影:…)
        lazy_compile(
            r"本报讯|本报记者|\(记者|作者:记者|记者[\u4e00-\u9fff]{2,3}\)|通讯员|本网讯|本台讯|本刊讯|\s摄影:"
        ),
        N_("news report: decisions reported, not made"),
    ),
    # a news headline over the page (集团公司召开第三届董事会第十次会议): a meeting told of, its
    # decisions (会议同意聘任…) reported, not made (关于召开…会议的通知 ends otherwise)
    (
        lazy_compile(r"^[\u4e00-\u9fff\d]{2,30}(?:召开|举行)[\u4e00-\u9fff\d]{2,30}(?:会议|大会)$"),
        N_("news of a meeting (召开): decisions reported, not made"),
    ),
)

#: A news agency's or paper's dateline (新华社北京8月17日电, in a paper's brackets 【新华社…电】):
#: the date of such a copy.
DATELINE = lazy_compile(
    # (【文汇报讯】新华社北京12月29日电: a paper's own tag before the agency's dateline it copies)
    r"^(?:【[\u4e00-\u9fff]{2,8}讯】)?[【\[(]?(?:新华社|中新社|中新网|中国新闻社|人民网|本报|[\u4e00-\u9fff]{2,6}(?:日报|晚报|新闻网))"
    r"[\u4e00-\u9fff]{0,8}?(\d{1,2})月(\d{1,2})日(?:电|讯)"
)

#: What an empty table cell holds: 任职 — / 免职 无.
EMPTY_CELLS: frozenset[str] = frozenset({"—", "——", "-", "--", "－", "/", "／", "无", "…", "、"})

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

#: The fields of a fund manager's announcement of a change of its officers or of a fund's managers
#: (the regulator's template, one field and its value a row: 新任高级管理人员姓名  宋明辉): who
#: takes or leaves which post. A field: (what is done, what the field holds). 共同管理本基金的其他
#: 基金经理 (who stays on) and 过往从业经历 (a life) are no decision.
DISCLOSURE_FIELDS: dict[str, tuple[str, str]] = {
    "新任高级管理人员职务": ("appoint", "post"),
    "新任高级管理人员姓名": ("appoint", "person"),
    "代任高级管理人员职务": ("acting", "post"),
    "代任高级管理人员姓名": ("acting", "person"),
    "离任高级管理人员职务": ("remove", "post"),
    "离任高级管理人员姓名": ("remove", "person"),
    "新任基金经理姓名": ("appoint", "manager"),
    "离任基金经理姓名": ("remove", "manager"),
    "基金名称": ("", "fund"),
}

#: Table columns of appointment lists (附件：任免职务名单) and what their cells hold.
#: "post" cells take their action from the section; "unit" cells prefix the post.
#: 拟任职务 (proposed, in pre-appointment publicity) is deliberately absent: not a decision.
#: The column of the post taken in a table of rotations (交流后职务, 调整后任职务, 轮岗后任职).
ROTATION_COLUMNS: tuple[str, ...] = tuple(
    f"{how}后{what}" for how in ("交流", "调整", "轮岗", "轮换") for what in ("职务", "任职务", "任职")
)
TABLE_COLUMNS: dict[str, str] = (
    {verb + "职务": action for verb, action, _, where in VERBS if "column" in where}
    | {verb: action for verb, action, _, where in VERBS if "column" in where and verb.endswith(("职", "任"))}
    | {"任免职务": "either", "任免事项": "either", "职务": "post", "科室": "unit", "部门": "unit", "单位": "unit"}
    # 聘任/免去职务 | 任/免职务: one column for both ways, a cell 免去护士长职务 or 护士长
    | {
        f"{a}{sep}{r}职务": "either"
        for a in ("任", "聘任", "任命")
        for r in ("免", "免去", "免职", "解聘")
        for sep in "/、"
    }
    | {"护理单元": "unit", "病区": "unit"}  # a hospital's head-nurse list: 护理单元 | 姓名 | 职务 (科室 | 病区 | …)
    # 姓名 | 委派企业 | 委派职务 | 免去职务: the company each post is at
    | {"委派企业": "unit", "委派单位": "unit", "任职企业": "unit", "派驻企业": "unit", "所在企业": "unit"}
    | {"机构名称": "unit", "机构": "unit"}  # 机构名称 | 职务 | 姓名: a 街道's offices
    | {"原任企业": "unit", "原任单位": "unit", "现任企业": "unit"}  # 姓名 | 原任企业 | 原任职务: the post's company
    # 科室/部门 | 姓名 | 职务: one column of units under two names
    | {
        f"{a}{sep}{b}": "unit"
        for a in ("科室", "部门", "单位", "处室")
        for b in ("部门", "科室", "单位", "处室")
        if a != b
        for sep in "/、"
    }
    | {"研究室": "unit", "研究室(中心)": "unit", "处室": "unit"}  # an institute's 研究室(中心) | 职务 | 姓名
    # a secondment list: where the cadre goes is the appointment (现工作单位及职务 only describes them)
    | {"挂职单位及职务": "appoint", "挂职职务": "appoint", "挂任职务": "appoint", "挂职任职": "appoint"}
    # (免去挂职职务 | 任挂职职务: the secondment left, and the one taken)
    | dict.fromkeys(("任挂职职务", "任挂任职务", "新任挂职职务", "任职挂职职务"), "appoint")
    | {"挂职单位": "unit", "挂任单位": "unit"}  # 挂职单位 | 姓名 | 原单位及职务 | 挂职职务: where the post is held
    # (姓名 | 派出单位及职务 | 挂职任职 | 免去挂职职务: the secondment taken, and the one left)
    | dict.fromkeys(("免去挂职职务", "免去挂职", "挂职免职", "免去挂任职务"), "remove")
    # 委派企业及职务 | 山东某集团有限公司外部董事: where the person goes and what as, whole in one cell
    | {
        f"{verb}{body}及职务": "appoint"
        for verb in ("委派", "任职", "拟任", "聘任", "挂职", "挂任")
        for body in ("企业", "公司", "单位")
    }
    # (派出单位及职务 | 驻村任职: the village post a first secretary is sent to)
    | dict.fromkeys(
        ("驻村任职", "驻村职务", "驻村单位及职务", "派驻村及职务", "任职村及职务", "驻村地点及职务", "派驻地点及职务"),
        "appoint",
    )
    # a table of moves, 原职务 | 新职务: the new post taken (the old one ends where it differs: tables.py)
    | {"新职务": "appoint", "现聘职务": "appoint"}
    | dict.fromkeys(ROTATION_COLUMNS, "appoint")  # a rotation's table: 原任职务 | 交流后任职务
    # (聘任学校及职务 | 原任职务: the school and post taken, beside the post held)
    | dict.fromkeys(("聘任学校及职务", "聘任单位及职务", "任职单位及职务", "新任单位及职务", "聘任岗位"), "appoint")
    # a decision's list in a proposal's words (a 公示's table is no decision: its title says so)
    | {"拟任职务": "appoint", "拟免职务": "remove", "拟免去职务": "remove"}
    | dict.fromkeys(("拟聘岗位", "拟聘职务", "拟任岗位"), "appoint")  # (聘任…为中层干部(名单附后))
    | dict.fromkeys(("聘任部门", "任职部门", "聘任单位", "所属企业", "所属公司", "所属单位"), "unit")
    # 姓名 | 原任职学校 | 原任职务: the body, by its kind, where the post is held (or was)
    | dict.fromkeys(
        (
            f"{held}{kind}"
            for held in ("任职", "原任职", "原任", "所在", "聘任")
            for kind in ("学校", "医院", "单位", "企业", "公司")
        ),
        "unit",
    )
    # (下列人员不再担任所属企业相关职务(见表2) / 企业名称 | 原委派职务 | 姓名: the post each held)
    | dict.fromkeys(("原委派职务", "原担任职务"), "post")
    # a company's table of resignations and of changes (变动类型: 新任 / 离任 says which way)
    | {"辞去职务": "remove", "辞任职务": "remove", "离任职务": "remove", "变动类型": "change"}
    # a list's column saying which way each row goes (任/免: 决定任命 / 决定免去)
    | {"任/免": "change", "任免": "change", "任免情况": "change", "任免类别": "change", "任或免": "change"}
    # 任(聘)职务 | 免(解聘)职务: the verbs with their other words in brackets, each its column's way
    | {"任(聘)职务": "appoint", "免(解聘)职务": "remove", "任职务": "appoint", "免职务": "remove"}
    | {
        "企业名称": "unit",
        "单位名称": "unit",
        "部门名称": "unit",
        "科室名称": "unit",
        "公司名称": "unit",
        "企业": "unit",
    }
    # a list of cadres sent to villages: the township, then the village, then the post taken there
    | {
        "派驻乡镇": "unit",
        "派驻镇": "unit",
        "派驻乡": "unit",
        "派驻村": "unit",
        "驻村职务": "appoint",
        "派驻职务": "appoint",
    }
    # (乡镇 | 所驻村 | 姓名, no post column: the post is the title the notice sends them to hold)
    | {"乡镇": "unit", "乡(镇)": "unit", "乡镇(街道)": "unit", "所驻村": "unit", "驻村": "unit", "所驻村(社区)": "unit"}
    # (驻村乡(镇) | 驻村名称 | 任职: the township and the village of the post taken, each its column)
    | dict.fromkeys(
        (
            *(
                f"{at}{kind}"
                for at in ("驻村", "派驻", "所驻")
                for kind in ("乡(镇)", "乡镇", "乡(镇)及村", "乡镇及村")
            ),
            *("驻村名称", "驻村村名", "驻村村", "任职村", "派驻村名称"),
        ),
        "unit",
    )
    # an education bureau's column of its schools, a university's of its colleges
    | {"学校": "unit", "学校名称": "unit", "任职学校": "unit", "院系": "unit", "院(系)": "unit", "学院": "unit"}
    # a hospital's or a school's column of its units under two names (科室/部门)
    | {"科室/部门": "unit", "部门/科室": "unit", "单位/部门": "unit", "部门/单位": "unit", "处室/单位": "unit"}
    # a column of posts held, marked as the posts left (原任职务(免去))
    | {f"{held}({verb})": "remove" for held in ("原任职务", "原职务", "现任职务") for verb in ("免去", "免", "免职")}
    # 姓名 | 原驻村职务 under 期满轮换人员: the post each leaves (驻村职务 alone is the one taken)
    | dict.fromkeys(("原驻村职务", "原派驻职务", "原挂职职务", "原挂职单位及职务", "原驻村单位及职务"), "remove")
)

#: Web-page header fields that stand between a title and the text (索引号, 发文字号, …).
WEB_META = lazy_compile(
    r"(?:索\s*引\s*号|发文字号|发布机构|成文日期|发布日期|发布时间|来源|信息来源|主题分类|公开方式):"
)
#: Header fields of a law database's copy (发文机关 国务院办公厅), with or without a colon.
LAW_DB_FIELDS = lazy_compile(
    r"^(?:发文机关|发布部门|发文字号|发文日期|发布日期|成文日期|施行日期|实施日期|时效性|效力级别|法规类别):?"
)
#: Page furniture inside a line, glued to the text by a web page's extraction.
INLINE_FURNITURE = lazy_compile(
    r"【(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|字体|大|中|小|加入收藏|纠错|责任编辑)[^【】]{0,12}】|"
    r"(?:浏览次数|阅读次数|访问次数|点击数)[:]?[ \t]*\d*[ \t]*(?=【|$)|字号[:]?[ \t]*大[ \t]*中[ \t]*小|分享到[:]?$",
    re.MULTILINE,
)

#: Characters that begin a self-standing organisation name; a post in a list without one
#: (办公室主任 after 某县人民政府副秘书长) belongs to the organisation named before it.
JURISDICTION_CHARS = frozenset("省市县区州盟旗镇乡村")
#: Words that hold such a character but name no place (农业与农村工作委员会, 城市管理局, 市场监管).
NOT_PLACE_WORDS = lazy_compile(
    "农村|乡村|城乡|驻村|(?<![\u4e00-\u9fff])城市|(?<=[和与及])城市|市场|市政|区域|社区|县域|省级|市级|县级|区级|镇级"
)
#: Places whose names open with a connector of a frame (任城区 after 为, not 李四为 + 任 + 城区…):
#: a clause is never cut at such a place's first character when a connector stands before it.
PLACES_OPENING_WITH_A_VERB: tuple[str, ...] = ("任城区", "任丘市", "任泽区")
NATIONAL_PREFIXES: tuple[str, ...] = ("国务院", "国家", "中国", "中华", "全国", "中央", "中共")
#: How a post names the issuing body's own organs (委机关团委书记, 局机关党委副书记): a body of its own.
OWN_ORGAN_PREFIXES: tuple[str, ...] = (
    *("委机关", "局机关", "厅机关", "院机关", "部机关", "办机关", "机关"),
    *("总行", "集团总部", "总公司"),  # 总行风险管理部副总经理 under a branch heading: the head office's
)

#: List enumerators at the start of a line: 一、 (二) 3. 4、 ①.
ENUMERATOR = lazy_compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)|[①-⑳]"
    r"|\d{1,2}\)(?=[\u4e00-\u9fff])"  # 1）何建勇为…: a number closed by a bracket alone
    # a motion's sub-item (2.01聘任马振洲先生为公司总裁) before its verb
    r"|\d{1,2}\.\d{2}(?=聘任|任命|免去|解聘)"  # (not 选举: an agenda's candidates are no decision)
    # a number left glued to the name after it (3王五同志任…, 12李四为…)
    # (not a count or a number's unit: 14号文件中任命…, 3名同志为…)
    r"|\d{1,2}(?![号年月日名个人届次期岁级位项条款])(?=[\u4e00-\u9fff·]{2,5}(?:同志|为|的|任)))"
)

#: Marks after a name that are not part of it: 吴仪(女), 马强(回族).
_MARK = (
    r"(?:女|男|[\u4e00-\u9fff]{1,4}族|[\u4e00-\u9fff]{1,3}籍|挂职|兼"
    # what a list of 政协, 侨联 or party members says of a person: abroad, returned, a party
    r"|旅居[\u4e00-\u9fff]{1,8}|归侨|侨眷|台胞|无党派人士|中共党员|党外人士"
    r"|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟"
    r"|[A-Za-z][A-Za-z .'-]{1,40})"  # 马克·安德森(Mark Anderson): the name in its own script
)
NAME_MARK = lazy_compile(rf"\({_MARK}(?:[,、]{_MARK})*\)")

#: Pinyin annotations inserted by converters: 國(guó).
PINYIN_ANNOTATION = lazy_compile(
    r"(?<=[\u4e00-\u9fff])\((?![A-Z]{2,}\))(?:[a-zA-Z\u00c0-\u024f\u01cd-\u01dc]{1,7}[1-5]?)\)"
)

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
