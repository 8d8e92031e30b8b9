"""Stage 4: a notice's body lines → events.

The body is joined into one string (PDF line breaks fall anywhere, even inside names),
cut into chunks at ``, ; : 。`` outside parentheses, and read chunk by chunk by a small
state machine: a section head (``任命:``) or a leading verb (``免去…``) sets the action
that later chunks inherit until the sentence ends; a pronoun (``免去其…职务``) refers to
the person named last; a subject body (``XX委员会由A任主任,B兼任副主任``) lends its
name to bare titles that follow.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from .. import vocab
from ..dates import BadDate, chinese_number, end_of_month, find_dates, find_month, term_months
from ..dates import add_months as _add_months
from ..posts import split_title
from ..text import fold
from ..vocab import (
    BACK_TO_HOME_UNIT,
    BACKGROUND_OPENERS,
    BOARD_CHAIRS,
    BODY_BRANCHES,
    BODY_TITLES,
    CALLINGS,
    CATEGORY_LABELS,
    COLON_HEADS,
    COMMITTEE_WITH_VERB,
    COMPANY_OFFICER_TITLES,
    CONNECTOR_MANNERS,
    CORRECTED_TO,
    CORRECTION,
    CORRECTION_IN,
    DOC_NO,
    EACH_WORDS,
    ELIDED_SUBJECT_VERBS,
    ENUMERATOR,
    FIRST_APPOINTMENT_MARKS,
    HONORIFICS,
    JURISDICTION_CHARS,
    LEADING_VERBS,
    LEFT_TO_PROCEDURE,
    LEFT_TO_PROCEDURE_DONE,
    LIST_LABELS,
    LIST_ONLY_VERBS,
    MANNERS,
    MEMBERSHIP_ENDINGS,
    NAME_MARK,
    NARRATIVE_OPENERS,
    NATIONAL_PREFIXES,
    NEWLY_PROMOTED,
    NOT_PLACE_WORDS,
    OWN_ORGAN_PREFIXES,
    PARTY_BODY_TITLES,
    PERIOD_CHUNK,
    PERSON_STATES,
    PERSONNEL_TITLE_WORDS,
    PLACES_OPENING_REN,
    PLACES_OPENING_YUAN,
    POST_GRADE,
    POSTS_UNCHANGED,
    PRONOUNS,
    PROPOSAL_OPENERS,
    PROPOSED_POST_ENDINGS,
    RANK_NAME,
    RANK_VERBS,
    RANKS,
    REASON,
    RECOUNT,
    RESIGNATION_ACCEPTED,
    RESIGNATION_EFFECTIVE,
    RESIGNATION_REQUEST,
    ROSTER_LINE,
    SECTION_HEADS,
    TERM_QUALIFIERS,
    TERMS_WITHOUT_LENGTH,
    TITLES,
    VERBS,
    strip_adjuncts,
    verbs_where,
)
from .brackets import CLOSE as _CLOSE
from .brackets import OPEN as _OPEN
from .brackets import STRUCTURE as _STRUCTURE
from .brackets import split_outside_parens
from .brackets import unclosed as _unclosed
from .frames import FrameMatch, action_of, decision_verbs, frame_needs, preamble_ok, read_frame, strip_tails
from .persons import (
    GROUP_SLOT,
    PersonSlot,
    clause_names,
    clean_name,
    find_mentions,
    name_score,
    read_names,
    read_person_slot,
)
from .records import ClauseIssue, Line, ParsedEvent
from .tables import ROW_SEP, rewrite_tables

_SEPARATORS = ",;:。"
#: Where a list item joined to the one before by 、 starts with a verb of its own:
#: 免去张三的A职务、任命李四为A is two clauses.
#: What revokes or corrects the notice it cites (撤销…印发的《…》): no recount of that notice.
_REVOKING = ("撤销", "决定撤销", "收回", "废止", "更正", "现将")
_REVOKED_AFTER = ("予以撤销", "予以废止", "同时撤销", "一并撤销")
#: “任命张三为某局副局长”，应为“…”: the comma between the wrong text and the right one.
_RESIGNS = re.compile(
    r"^(?P<who>[\u4e00-\u9fff·]{2,12}?)(?P<honorific>先生|女士|同志)?(?:因[^,;。]{1,12})?\u200b?辞去[^,;。]{2,80}职务$"
)


def _resigns(text: str) -> str | None:
    """刘春生同志辞去…职务 / 陈涛因个人原因辞去行长职务 (a name without its honorific, then its
    reason): the clause, the honorific said (陈涛同志因…), else None."""
    m = _RESIGNS.match(text)
    if m is None:
        return None
    if m.group("honorific") is not None:
        return text.replace("申请辞去", "辞去")  # (因个人原因申请辞去…: asked, then done on consent)
    if "因" in text and name_score(m.group("who")) >= 2:
        return m.group("who") + "同志" + text[m.end("who") :].replace("申请辞去", "辞去")
    return None


#: …辞去…职务，董事会予以同意 / 会议同意其辞职: the resignation said before it, accepted.
_RESIGNATION_APPROVED = re.compile(
    r"^[\u4e00-\u9fff]{0,8}?(?:予以|表示)?(?:同意|批准|接受)了?(?:其辞职|其辞去上述职务|其辞呈|其辞职报告)?(?:申请|请求)?$"
)
_TAKES_EFFECT = re.compile(r"^自[^,;。]{2,30}(?:起生效|起执行|生效)$")
#: 代理期间不再担任… (not 代理期间由县委组织部…进行考察: who assesses the acting one, no decision)
_DECIDED_WHILE_HELD = ("不再", "免去", "兼任", "兼", "同时", "其", "仍", "继续")
_PROBATION_JUST_BEFORE = re.compile(r"试用期[^,;。:]{1,8},$")
_PROBATION_HELD = re.compile(r"其试用的([^,;。:]{2,40}?)职务")
_PROCEDURE_COMMA = re.compile(rf",(?=由[^,;。:]{{2,30}}(?:{'|'.join(LEFT_TO_PROCEDURE)})[;。])")
_COMMA_BEFORE_RIGHT = re.compile(
    r"(?<=[”\"’」])((?:有误|有错误|错误)?),(?=(?:应为|更正为|改为|修改为|应更正为)[“\"‘「])"
    # “任命吴佳琪为…(正科级)”中，“正科级”应为“副科级”: the word corrected, in the clause quoted
    r"|(?<=[”\"]中),(?=(?:姓名|职务|级别|职级)?[“\"][^”\"]{1,30}[”\"](?:有误|有错误|错误)?,?(?:应为|更正为|改为|修改为|应更正为)[“\"])"
)
#: A reason after the person, then a comma and the verb: 冯玉堂同志因退休，免去….
_REASON_COMMA = re.compile(
    rf"(?<=[^,;:。])({REASON.pattern.removesuffix(chr(0x200B) + '?')}),"
    r"(?=(?:自[^,;:。]{2,24}起)?(?:本人(?:申请|请求|提出)?)?(?:辞去|免去|免除|不再|任|担任|调任|改任))"
)  # (因工作调动，自本次职工代表大会之日起不再担任… / 因身体原因，本人申请辞去…: then the verb)
#: The event before another, said between the person and the verb: X先生当选董事长后，不再担任….
_WHEN_COMMA = re.compile(r"((?:先生|女士|同志)(?:当选|任|出任|担任|被选举为)[^,;。]{2,24}?后),(?=不再|辞去|辞任)")
_VERB_AFTER_COMMA = re.compile(
    rf"、(?=(?:提请|决定)?(?:{'|'.join(verbs_where('lead'))}|撤销)(?!同志|人员|的)[\u4e00-\u9fff])"
)  # (not 以上聘任、续聘同志: verbs that say which people)
#: 下列同志挂职期满，免去其挂任职务: their posts, named in the rows below.
#: 现将新一届研究所领导班子聘任事项通知如下: (no 拟: a proposal's list is no decision)
_LIST_ANNOUNCED = re.compile(
    r"^现将(?!.*拟)[^,;。:]{0,30}?(?P<verb>聘任|任命|续聘|换聘|聘用|指定|委派)(?:事项|结果|情况|名单|人员名单)?(?:通知|公布|通报)如下$"
    # (现将职能科室负责人任职决定通知如下: the decision on posts taken, by 任职)
    r"|^现将(?!.*拟)[^,;。:及]{0,30}?(?P<verb3>任职)决定(?:通知|公布|通报)如下$"
    # 现将我公司近期指定分支机构临时负责人的有关情况披露如下: what was done, the rows below
    r"|^现将(?!.*拟)[^,;。:]{0,20}?(?P<verb2>聘任|任命|指定|委派)[^,;。:]{2,20}?的(?:有关)?情况(?:披露|公告|通知|通报)如下$"
)
#: 现将名单通知如下: a list announced with no verb of its own (the sentence before says what is done).
_NAMES_ANNOUNCED = frozenset({"现将名单通知如下", "现将名单公布如下", "名单如下", "现将人员名单通知如下"})
_SENDING_VERB = re.compile(r"选派|派驻|下派|正式任职|正式任用")
_POSTED_AS_FOLLOWS = re.compile(
    r"^[^,;。:]{0,40}?(?:成员|人员|干部|负责人|组长|队长|书记|主任)(?:任职|聘任|任命|任用|任免|明确)如下$"
)
_LIST_INTRO_THEIR = re.compile(rf"^(?P<verb>{'|'.join(verbs_where('lead'))})其[^,;。:]{{0,8}}职务$")
#: 原聘任的下列同志相应职务同时解聘: / 以下同志免去原任职务: rows of removals follow.
_LIST_INTRO_VERB_AFTER = re.compile(
    r"(?:以下|下列)(?:同志|人员)(?:的)?[^,;。:]{0,10}?(?:同时|一并|予以)?(?:解聘|免去|免职|免除)(?:原任?职务|职务)?$"
    # 以下同志不再聘任护士长职务: / 唐淑芬(原急诊科护士长,到龄): each the post in brackets after the name
    # (下列同志因届满未续聘或到龄，不再担任护士长职务: the reason said between)
    r"|^(?:以下|下列)(?:同志|人员)(?:因[^,;。:\u200b]{1,20}[,\u200b])?(?:不再聘任|不再续聘|不再担任)(?!原|相应|职务)"
    r"[^,;。:]{2,20}?(?:职务)?$"
    # 以下同志任期届满不再聘任： / 郝志明(某中学校长)、曹军(…): each the post in the bracket after the name
    # (…聘期届满，以下同志不再续聘：何志远(原软件工程系主任)、…: the term said before the list)
    r"|^(?:以下|下列)(?:同志|人员)(?:(?:任期|聘期)(?:已)?届满,?)?(?:不再聘任|不再续聘)$"
)
#: 聘任以下同志为医院中层干部 / 解聘以下同志中层干部职务 / 免去下列同志职务: rows follow.
#: (召回以下驻村第一书记: whom the list below names, by the post they hold)
_LIST_INTRO = re.compile(
    rf"(?P<verb>{'|'.join([*verbs_where('lead'), *LIST_ONLY_VERBS])})(?:以下|下列)"
    r"(?:同志|人员|[\u4e00-\u9fff]{0,6}(?:第一书记|工作队员|干部))"
)
#: 经区政府研究决定，任命: the words before a section head that are not part of it.
_OTHER_VERB_IN_BRACKETS = re.compile(r"(?<=[任聘免])\((?:聘任|解聘|免去|任命|免职|续聘|免)\)(?=下列|以下)")
_HEAD_PREAMBLE = re.compile(
    rf"^.{{0,100}}?(?:决定|研究|会议|协商|同意|经考核|\d日|[〇一二三四五六七八九十]日)[,:]?(?:依法)?"
    rf"(?={'|'.join(verbs_where('head'))}|予以正式|正式任)"  # (地区行署决定正式任职:)
)
_FAILED = re.compile(r"不称职|不合格|不胜任|未通过")
_PROBATION_EXTENDED = re.compile(r"延长试用期|试用期延长|延长其试用期|延长其[^,;。()]{2,40}?试用期")
#: Who holds the post whose probation is extended: 何丽萍同志(某局副局长)… / 张建林同志，某局副局长，…
_EXTENDED_SUBJECT = re.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,12}?)(?:同志)?(?:\((?P<post>[^()]{3,40})\)|,(?P<post2>[^,;。()]{3,40}),)"
    # 何俊杰同志某局副局长职务试用期延长… / 郑海波同志任某局副局长试用期满 / 唐嘉同志任某局副局长的试用期
    r"|(?P<name3>[\u4e00-\u9fff·]{2,12}?)同志任?(?P<post3>[^,;。()]{3,40}?)(?:职务)?的?试用期"
)
#: …同志试用期满…，延长其某局副局长试用期 / 其某局副局长试用期延长至…: the post said with the pronoun.
_THEIR_PROBATION = re.compile(r"其(?P<post>[^,;。()其]{3,40}?)(?:职务)?的?试用期")
_NAME_OPENING = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,12}?)同志")


def _extended_holder(sentence: str) -> tuple[str, str] | None:
    """Who holds which post in a sentence extending a probation: the person named at the opening of
    the sentence or of one of its clauses (另，根据…，唐嘉同志任…的试用期延长至…)."""
    for opens in (0, *(m.end() for m in re.finditer(",", sentence))):
        found: list[tuple[str, str]] = []
        if subject := _EXTENDED_SUBJECT.match(sentence, opens):
            found.append(
                (
                    subject.group("name") or subject.group("name3"),
                    subject.group("post") or subject.group("post2") or subject.group("post3"),
                )
            )
        if (opening := _NAME_OPENING.match(sentence, opens)) and (their := _THEIR_PROBATION.search(sentence, opens)):
            found.append((opening.group("name"), their.group("post")))
        for name, post in found:
            if "同志" not in name and name_score(name) >= 2 and _describes_post(post) and split_title(post)[1]:
                return name, post
    return None


_CONFIRMED_HEAD_ENDS = ("正式聘任", "正式任职", "正式任用", "正式任命", "正式聘用")
_PROBATION_DONE = re.compile(r"试用期(?:已|届)?满(?!未|后)")  # (试用期满未及时考核: not assessed; 满后: to come)
_FORMAL = re.compile(r"^(?:予以|同意)?正式(?:任命|任用|任职|聘任|聘用|任)?(?:为)?(?P<posts>.*)$")
_CLOSERS = re.compile(
    # (…任处长(试用期一年) / 试用期自发文之日起计算: when the probations above start)
    r"^(?:试用期自|任职时间自|聘期自|特此通知|特此决定|此复|以上同志|上述同志|以上人员|上述人员|现予公布|予以公布|通知如下|如下"
    r"|请(?:予|大会|常委会)?(?:审议|决定|审查|批准)$)"  # a proposal's last words
)
_CLOSER_OPENERS = ("特此", "以上", "上述", "试用期自", "任职时间自", "聘期自")
#: 李华等7名同志任免职务(具体见附件): a summary of the list, not a clause of it.
_SUMMARY = re.compile(r"等[\d一二三四五六七八九十两]+(?:名|位|人)(?:同志)?|(?:相关|有关)(?:同志|人员)的?(?:相应)?职务")
#: A post someone keeps, said after a decision about another (…后其仍担任公司董事).
_KEPT_STATUS = re.compile(r"享受[^,;。]{0,12}待遇|^其?保留(?:原单位|原)(?:职务|职级)")
_STILL_HELD = re.compile(r"^[^,;。]{0,8}后(?:其|他|她|该同志)?仍(?:担任|任|兼任)")
#: What people are told to do (须于…到岗, 做好工作交接): an instruction, never a decision.
_INSTRUCTION = re.compile(r"须于|应于|务必|到岗|报到|做好.{0,8}交接|(?:程序|手续)$")


@dataclass(slots=True)
class Chunk:
    text: str
    start: int
    sep: str


#: A line that opens a list item: 李明为… / 李明的… / 谭丽华(女)为… / 张三同志….
_ITEM_NAME = r"(?:[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,10}(?:·[\u4e00-\u9fff]{1,10})+)(?:\([^()]{1,8}\))?"
_NEW_ITEM = re.compile(rf"^(?:{_ITEM_NAME}、)*{_ITEM_NAME}(?:同志|为|的)")


@functools.lru_cache(maxsize=8192)
def _may_open_item(text: str) -> bool:
    """_NEW_ITEM.match, tried only on a line holding one of the words it ends with."""
    return ("为" in text or "的" in text or "同志" in text) and _NEW_ITEM.match(text) is not None


#: 李振华(…)为… / 吴建伟(…)的…职务: a list item, a name and perhaps a bracket, then 为 or 的.
_ITEM_UNDER_HEADING = re.compile(r"^([\u4e00-\u9fff·]{2,12}?)(?:\([^()]{1,16}\))?(?:同志)?(?:为|的)")
_NAME_THEN_MARK = re.compile(r"^([\u4e00-\u9fff·]{2,12})[,(]")


def _opens_with_name(text: str) -> bool:
    """黄志坚，南湖街道…，挂职任… / 李春阳(县财政局…)任…: an item that opens with a name alone."""
    found = (m := _NAME_THEN_MARK.match(text)) and read_names(m.group(1))
    return bool(found) and found[1] >= 2


@functools.cache
def _name_then_verb() -> re.Pattern[str]:
    verbs = sorted(
        {*vocab.verbs_where("lead"), "任", "兼任", "挂职任", "不再担任", "不再兼任", "担任"}, key=len, reverse=True
    )
    return re.compile(
        rf"^([\u4e00-\u9fff]{{2,4}}?|[\u4e00-\u9fff]{{1,10}}(?:·[\u4e00-\u9fff]{{1,10}})+)(?:{'|'.join(verbs)})"
    )


def _opens_with_name_and_verb(text: str) -> bool:
    """刘建湘任院长 / 夏利君不再担任…: an item opening with a name and its own verb (tried only under
    a heading line, where the line before cannot be the name's first part: 韩为民任… elsewhere)."""
    found = (m := _name_then_verb().match(text)) and read_names(m.group(1))
    return bool(found) and found[1] >= 2


def mentions_post(text: str) -> bool:
    """Does a chunk speak of a post? Only such a chunk, unread, is an unreadable clause;
    the rest (因年龄原因, 名单如下, 聘期三年) is narrative."""
    return "职务" in text or _COMMON_TITLE.search(text) is not None


_COMMON_TITLES = tuple(t for t in TITLES if len(t) >= 2)
_COMMON_TITLE = re.compile("|".join(map(re.escape, _COMMON_TITLES)))


#: The gap before the next title of a unit's roster line (…黎建军   副主任 胡  涛: not the padding in 胡  涛).
_ENTRY_GAP = re.compile(r"\s{2,}(?=[\u4e00-\u9fff]{2,8}? +[\u4e00-\u9fff])")
#: 主任 彭志雄 / 副主任 覃  媛(主持工作): a title, white space, a name (padded), perhaps a bracket.
_TITLE_THEN_NAME = re.compile(r"^([\u4e00-\u9fff]{2,8}?) +[\u4e00-\u9fff·](?: *[\u4e00-\u9fff·]){1,5}(?:\([^()]*\))?$")
#: Bodies whose villages a part headed by them holds (一、梅川镇 / 任永星村党支部第一书记).
_TOWNSHIPS = ("镇", "乡", "街道", "苏木")
#: 太平镇 (or 太平镇小石村, its village heading the lines before): the township a heading names.
_TOWN_OF_HEADING = re.compile(r"^(.{2,20}?(?:镇|乡|街道|苏木))(?:[^镇乡]{2,12}(?:村|社区))?$")
_TOWN_IN_LABEL = re.compile(r"[\u4e00-\u9fff]{2,}(?:镇|乡|街道|苏木|县|区)")


def _village_of_township(heading: str | None, label: str) -> str:
    """小石村 under the heading 太平镇 (or under 太平镇东风村, a village of it before): 太平镇小石村."""
    town = _TOWN_OF_HEADING.match(heading or "")
    if town and label.endswith(("村", "社区")) and not _TOWN_IN_LABEL.search(label[:-1]):
        return town.group(1) + label
    return label


_VILLAGE_POST = re.compile(
    r"^[^镇乡街苏县市区,;。]{1,8}?(?:村|社区|嘎查)(?:党支部|党总支|党委|村民委员会|村委会|居委会|居民委员会|第一书记|驻村工作队)"
)
_ENDED_THEN_BRACKET = re.compile(
    r"职务((?:自然|同时|相应|一并|随之|予以)(?:免除|免去|终止|解聘|免职))(\([^()]{1,30}\))(?=[,;。]|$)"
)
_PLACE_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,4}?[市县旗](?![委长])")
_SEATS_LABEL = re.compile(r"^[^,;。:]{0,24}(?:理事|监事|董事|委员|成员|代表)$")
_REMOVING_NAME_GLUED = re.compile(r"^(?:决定|同意|并|同时)?(?:免去|免除|解聘)")
_CITED_TITLE = re.compile(r"《[^《》]{4,80}》")
#: (免去其驻村第一书记(工作队队长)职务: a second title in brackets, which the rows below say for themselves)
_THEIR_POSTS_HEAD = re.compile(r"^(?P<verb>免去|免除|解聘)其(?P<title>[^,;。:()]{0,8})(?:\([^()]{1,12}\))?职务$")
_MIXED_PARTS = frozenset({"任免职务", "任免", "职务任免", "任免事项", "人事任免", "任职免职", "任免职"})
_CATEGORY_PART_ENDS = (
    *("部门", "单位", "乡镇", "街道", "乡镇街道", "机关", "企业", "国有企业", "学校", "院校", "医院"),
    *("系统", "科室", "单元", "片区"),  # a hospital's parts: 内科系统, 医技科室, 护理单元, 外科片区
)
_PROPOSED_PART_ENDS = ("人员", "名单", "事项", "提请")
_PROPOSED_PART = re.compile(r"^[^,;。:]{0,24}提请(?:批准)?(?:任免|任命|免去|免职|任职)?的?(?:人员|名单|事项)?$")
#: A numbered part's label with the term of its items (援疆干部人才挂职任职(挂职期限一年半,…)).
#: A part of a list by the kind of people in it and its verb (一、研究室负责人聘任(聘期…) / 二、中层干部免职):
#: a section head, the kind said for the reader.
_KIND_HEAD_VERBS = ("聘任", "任命", "聘用", "续聘", "新聘", "任职", "免职", "免去", "解聘", "不再续聘", "不再聘任")
assert set(_KIND_HEAD_VERBS) <= set(SECTION_HEADS)
_KIND_THEN_HEAD = re.compile(
    r"^[\u4e00-\u9fff]{1,10}?(?:负责人|干部|人员|领导|班子成员|中层正职|中层副职|正职|副职)"
    r"(?:第[一二三四五六七八九十\d]{1,2}个任期|首个任期|新一届|新一轮|新一个任期)?"  # (以下人员第二个任期续聘)
    rf"(?P<verb>{'|'.join(_KIND_HEAD_VERBS)})(?:\((?:试用期|聘期|任期)[^()]{{1,40}}\))?:?$"
)
#: A head whose verb comes after the posts listed below it (下列职务自然解聘, 以下同志的职务予以免去).
_POSTS_BELOW_LEFT = re.compile(
    r"^[^,;。:]{0,16}?(?:下列|以下|如下)(?:同志|人员)?的?职务(?:自然|予以|一并)?(?P<verb>解聘|免去|免职)$"
)
#: 以下同志召回派出单位 / 下列人员期满召回原单位: the rows below called back (召回 heads no section alone).
_CALLED_BACK_BELOW = re.compile(r"^(?:以下|下列)(?:同志|人员|干部)[^,;。:]{0,12}?召回(?:原?派出单位|原单位)?$")
#: 二、县直单位干部挂职任职 / 三、选调生到村任职: a part by the posts its rows take, no term said.
_PART_TAKEN = re.compile(r"^[^,;。:()]{2,24}?(?:到村|挂职|到岗)(?P<verb>任职)$")
_PART_WITH_TERM = re.compile(
    r"^[^,;。:()]{2,24}(?P<verb>任职|挂职|聘任|任用|调整|任免)\((?:挂职期限|挂职时间|任职时间|任职期限|驻村时间|驻村期限|聘期|任期|试用期)[^()]{2,40}\)$"
)
#: An item opening with a name, perhaps its home body in brackets, then its verb (孙婷婷(某中学)挂职任…).
_ITEM_WITH_HOME = re.compile(r"^[\u4e00-\u9fff·]{2,12}(?:\([^()]{2,30}\))?(?:同志)?(?:挂职任|挂任|任|为|担任)")


@functools.lru_cache(maxsize=65536)
def _ends_post(text: str) -> bool:
    """Does the text so far end with a whole post (…局长, …主任职务, …(试用期一年))?"""
    core = re.sub(r"\([^()]*\)$", "", text).removesuffix("职务")
    return bool(split_title(core)[1])


class LineIndex:
    """Which source line a character of the joined body came from (line starts + bisect)."""

    def __init__(self) -> None:
        self.offsets: list[int] = []
        self.lines: list[int] = []
        self.grids: set[int] = set()  # where a line that lists names apart by white space starts
        self.unit_rows: set[int] = set()  # where a grid line of a name and its unit starts
        self.subheads: set[int] = set()  # where a numbered part's label (一、内科系统) starts
        self.numbered: set[int] = set()  # where a line opening with an enumerator (2.) starts, after it
        self.parts: set[int] = set()  # where a part of the notice (三、) starts, after its number

    def mark(self, offset: int, line: int) -> None:
        if not self.lines or self.lines[-1] != line:
            self.offsets.append(offset)
            self.lines.append(line)

    def __getitem__(self, offset: int) -> int:
        return self.lines[max(0, bisect.bisect_right(self.offsets, offset) - 1)] if self.lines else 0

    def __len__(self) -> int:
        return len(self.lines)


_SENTENCE_MARKS = re.compile(r"[,;:。、]")
#: 别克波拉提·加列: a transliterated name's first part and its dot, perhaps the rest cut off.
_DOTTED_NAME_START = re.compile(r"^[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{0,8}$")
#: How the number of a part of a notice opens (一、 … 十、), not an item's (1. (一) ①).
_PART_NUMERALS = frozenset("一二三四五六七八九十")
#: 胡建军同志调县卫生健康委员会工作: a transfer told, no post; who it is about.
_TRANSFERRED = re.compile(
    r"^(?:借调|抽调)?([\u4e00-\u9fff·]{2,12}?)(?:同志)?(?:因[^,;。]{2,8}?)?"
    # (彭德华同志借调至某局工作 / 借调王海燕同志到某局工作: lent to another body)
    r"(?:调任|调入|调到|调至|调离|借调至|借调到|抽调至|抽调到|到|调)[^,;。]{0,40}(?:工作|学校|单位)$"
)
#: A body's own organs, written after its name (某研究所党总支): the body is still the one named.
_ORGANS_OF_A_BODY = frozenset({"党总支", "党支部", "党委", "党组", "纪委", "工会", "团委", "党工委"})
_ATTACHMENT_LABEL = re.compile(r"^附[件表]\d*:?$")
_GROUP_COUNT = r"[\u4e00-\u9fff·]{2,12}?等[\d一二三四五六七八九十百两]+名(?:同志|干部|人员)"
#: 柴永福等5名同志召回派出单位 (then 免去其…): a group named, and what became of them.
_GROUP_THEN_STATE = re.compile(rf"^(?P<who>{_GROUP_COUNT})(?![为任的])[^,;。]{{2,20}}$")
_GROUP_SENT = re.compile(rf"^(?P<verb>{'|'.join(LIST_ONLY_VERBS)}){_GROUP_COUNT}")
_VERB_THEN_PRONOUN = re.compile(rf"^({'|'.join(verbs_where('lead'))})其")
#: The line a list was adopted by: (2023年1月16日政协某省委员会常务委员会第一次会议通过).
_ADOPTION = re.compile(r"\([^()]{4,80}会议(?:审议|表决)?通过\)$")
#: The label of a part telling a new body's members or those engaged (a board's re-election),
#: whose rosters follow.
_COMPOSITION = re.compile(
    r"^[^,;。:]{2,30}(?:组成情况|组成人员名单)$|^(?:公司|本公司|本行)?聘任[^,;。:]{2,30}情况$"
    # 某公司第二届董事会、监事会组成人员 (not 三、任免某委员会组成人员: a section's verb, its items below)
    r"|^(?!任免|任命|免去|通过)[^,;。:]{4,40}(?:公司|集团|银行)[^,;。:]{0,14}(?:董事会|监事会)组成人员$"
    # 一、董事会换届选举情况 / (一)董事会成员 / 董事长：韩志诚: a board's new members, by their seats
    r"|^[^,;。:]{0,20}(?:董事会|监事会)(?:换届选举|换届|选举)情况$|^(?:董事会|监事会)成员$"
)
#: A session adopting the list of a body's members, whose rosters follow.
_ADOPTED_LIST = re.compile(r"^(?:会议)?(?:表决|审议)?通过(?:了)?[^,;。]{2,40}(?:组成人员|委员)[^,;。]{0,6}名单$")
#: How a body ends whose units a bare unit after it belongs to (九三学社某市委会, 省政协机关).
#: A party committee's department at the end of a body (中共某县委|组织部): its seats are the committee's.
_COMMITTEE_DEPARTMENT = re.compile(r"(?<=[县市区州省旗盟]委)(?:组织部|宣传部|统战部|政法委|办公室|政策研究室|编办)$")
_WHOLE_BODIES = ("市委会", "省委会", "区委会", "县委会", "机关")
#: A place's party committee (于都县委) and the titles of its government (副县长): the place's.
_PARTY_COMMITTEES = ("县委", "市委", "区委", "州委", "旗委", "盟委")
_GOVERNMENT_TITLES = frozenset(prefix + place + "长" for place in "县市区州旗盟" for prefix in ("", "副", "常务副"))
#: A line that ends one character into a name of a list (…、季雪琴、郑): the name goes on below.
#: A value after a unit's colon that opens with a name and its verb (周晓光任院长): items, no roster.
_NAME_TAKES = re.compile(r"^([\u4e00-\u9fff·]{2,4}?)(?:同志)?(?:任|为|担任)")
_NAMES_TAKE = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4}?)+(?:同志)?为")
_NAME_CUT = re.compile(r"(?:\)|[\u4e00-\u9fff]{2,4})、[\u4e00-\u9fff]$")
#: How a company's or bank's notice names itself in a post (公司总裁, 本行行长).
_ISSUER_SELF = ("公司", "本公司", "本行", "本院", "本会")
#: How a school, hospital or institute names itself before its own units (我校某学院院长, 我院副院长):
#: the keys and the reader drop it, as a notice's own units go under no body.
_OWN_BODY_SAID = ("我校", "我院", "我所", "本校", "本所")
#: 任命谭建军、易小平分别为A、B: names and posts paired in order.
_RESPECTIVELY = re.compile(
    rf"^(?:决定)?(?P<verb>{'|'.join(verbs_where('lead'))})?(?P<names>[^,;。:为]{{4,60}}?)分别(?P<how>挂职)?(?P<as>为|任|担任的|挂职的|挂任的|兼任的|所任的|担任|不再担任|不再兼任|不再任|不再挂职任|不再挂职担任|不再挂任)(?P<posts>.+?)(?:职务)?$"
)
#: 第3网格、第5网格网格长分别由张小雨、朱一鸣同志担任: the posts first, then who holds each.
_POSTS_RESPECTIVELY_BY = re.compile(
    r"^(?P<posts>[^,;。:]{4,80}?)分别由(?P<names>[^,;。:]{4,60}?)(?:同志)?(?P<as>担任|兼任|接任)(?:职务)?$"
)
_THEIR_HEADS = "|".join(verbs_where("lead"))
_THEIRS_RESPECTIVELY = re.compile(
    rf"^分别(?:(?P<verb>{_THEIR_HEADS})其(?:的)?|(?P<as>不再担任|不再兼任|不再任|不再挂职任|不再挂职担任|不再挂任))"
    r"(?P<posts>.+?)(?:职务)?$"
)
#: The rest of a name broken over two lines, then what follows a name in an item (的, 为, 同志).
_NAME_GOES_ON = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:的|为|同志)")
_NAME_END_THEN_VERB = re.compile(r"^([\u4e00-\u9fff]{1,2})(?:为|的)")
_NAME_END_GOES_ON = re.compile(r"^[\u4e00-\u9fff]{1,2}同志(?:任|为|的|兼|不再|挂)")
_ORDER_BRACKET = re.compile(r"\((?:按|以)姓氏笔[画划](?:排序|为序|排列)(?:,下同)?\)")
#: A session's election told before the roster of those elected (…选举产生了…主任、副主任、委员).
_ELECTED = re.compile(r"会议[^,;。]{0,20}选举产生了?[^,;。]{2,60}$")
_PLENARY_BODY = re.compile(r"第[一二三四五六七八九十\d]{1,3}届(?:纪律检查)?委员会$")
#: A body's members told by a list below: 中共某镇第十五届委员会委员由以下同志组成：.
_COMPOSED_BELOW = re.compile(
    r"^(?:同意|批准)?(?P<body>[^,;。:、]{2,40}?(?:委员会|理事会|董事会|监事会))(?P<title>委员|常委|成员|理事|董事|监事)?"
    r"由(?:以下|下列|如下)(?:[\d一二三四五六七八九十]+名)?(?:同志|人员|成员)?组成$"
)


#: A part's head that says its verb and post, no name: (三)免去某组组长职务.
_VERB_THEN_POST = re.compile(r"^(?:任命|聘任|免去|免除|解聘)[^,;。:、为的]{4,40}$")
_VERB_POST_HEAD = re.compile(r"^(?:免去|解聘|任命|聘任|不再担任|同意免去)[^,;。:、]{3,40}职务$")
#: 伍鹏同志任某村党支部第一书记期满: a person, the post held, its term ended.
_HELD_THEN_ENDED = re.compile(
    # (谭雪同志、马骏同志挂任某局副局长期满，免去其挂任职务: two of them, the one post each held)
    r"^(?P<who>(?:[\u4e00-\u9fff·]{2,12}?同志、)*[\u4e00-\u9fff·]{2,12}?同志)(?:任|担任|挂任|挂职任|挂职担任)"
    r"(?P<post>[^,;。]{4,40}?)(?<!试用)(?:任期|挂职)?(?:期满|届满)$"
)
#: A term said to end on a day (上一任期于2023年6月30日届满): the state of the person before it.
_TERM_ENDED_ON = re.compile(r"(?:的)?(?:上一|上届|本届)?(?:任期|聘期)(?:已)?于[^,;。]{4,16}?(?:届满|期满|到期)$")
#: 免去…挂职干部下列职务: the verb, whom (as a class), then 下列职务: the items below say whose and which.
_POSTS_BELOW = re.compile(r"^(免去|解聘|免除)[^,;。:]{0,30}?下列职务$")
#: A note in brackets on the items above it, between two items of a list.
_NOTE_ON_THOSE_ABOVE = ("(以上", "(上述", "(前述")
_SEAT_LABEL_ENDS = ("委员", "常委", "理事", "董事", "监事")


def _is_seat_label(text: str) -> bool:
    """中共某乡第十四届委员会委员: a body's seat, said whole, as a label of the names below."""
    body, title = split_title(text)
    return bool(body) and title in _SEAT_LABEL_ENDS and body.endswith(("委员会", "理事会", "董事会", "监事会"))


#: A committee told by its members: 审计委员会由屈文娟、葛振华、苗立新组成.
_COMPOSED = re.compile(
    # (同意中共某镇第十四届委员会由A、B、…等九名同志组成: a 批复 of an election)
    r"^(?:同意|批准)?(?P<body>[^,;。:、]{2,40}?委员会)由(?P<names>[^,;。:]{4,120}?)"
    r"(?:等?[\d一二三四五六七八九十]+[名人位](?:同志|委员|成员)?)?组成$"
)
#: …and the other way round: 同意由谭建华、周敏…7名同志组成中共某局机关委员会.
_NAMES_COUNTED = re.compile(r"等([\d一二三四五六七八九十]+)[名人位]")


def _count_of(said: str) -> int:
    return int(said) if said.isdigit() else chinese_number(said)


_COMPOSED_BY = re.compile(
    # (同意王建辉、方志红…等11名同志组成中共某镇第十六届委员会: a 批复 of an election, no 由)
    r"^(?:(?:同意|批准)由?|由)(?P<names>[^,;。:]{4,160}?)(?:等?[\d一二三四五六七八九十]+[名人位](?:同志|委员|成员)?)?"
    r"组成(?P<body>[^,;。:、]{2,40}?委员会)$"
)
#: Who a clause about everyone of the list above names: 上述同志, 以上人员.
_WHOLE_LIST = ("上述同志", "以上同志", "上述人员", "以上人员")
#: A name opening a clause as the owner of what follows (陈国富的代表资格终止).
_OWNER = re.compile(r"^([\u4e00-\u9fff]{2,3})的")
#: …表决通过了(某县第十八届人民代表大会)专门委员会组成人员名单: the body whose committees follow.
_LIST_OF_BODY = re.compile(r"通过了?([^,;。:]{4,40}?(?:代表大会|委员会|常务委员会))(?:各)?专门委员会组成人员名单$")
#: ... or of one committee, whose seats the roster below holds.
_LIST_OF_ONE_BODY = re.compile(r"通过了?([^,;。:各]{4,50}?(?<!专门)委员会)(?:组成人员|成员|委员)名单$")
#: A caption's verb (解聘人员名单, 不再担任外部董事名单): the action of the rows below it.
_CAPTION_ACTIONS: dict[str, str] = (
    {v: a for v, a in LEADING_VERBS.items() if not v.startswith("决定")}
    | {
        h: a
        for h, a in SECTION_HEADS.items()
        if h and not h.startswith(("决定", "批准", "提请", "同意", "同时", "补充"))
    }
    | {"不再担任": "remove", "不再兼任": "remove"}
)
_CAPTION_VERB = re.compile("|".join(sorted(_CAPTION_ACTIONS, key=len, reverse=True)))
#: (名单见附件2): where a group decision's list stands.
_SEE_ANNEX = re.compile(r"见附[件表](\d*)")
_WHERE_LISTED = re.compile(r"\([^()]*(?:见附[件表]\d*|附后)\)")
_SENTENCE_INSIDE = re.compile(r"[,;:。]|通过|决定")
#: A legend of a list: 名单中姓名后标注“*”的同志为新提任干部 (then its probation).
_MARK_LEGEND = re.compile(r"(?:标注|标有|带有|带|加|标)[“\"]?\*[”\"]?号?(?:的(?:同志|人员|干部)|者)")
#: Whom a term said after a list applies to: 上述新聘人员(任期自…), 以上同志(聘期…).
_TERM_SUBJECT = re.compile(
    # (以上试用期自2024年7月1日起计算: of those above, the people left unsaid)
    r"^(?:上述|以上|新)(?:[^,;。]{0,10}?(?:人员|同志|干部)(?:的)?)?(?=任期|聘期|期限|任职时间|(?:任职)?试用期(?:均|一律)?(?:自|从))"
)
_PROBATION_OF_THEM = re.compile(r"^(?:任职)?试用期(?:均|一律)?")
#: How a notice names its own body before a title (公司总经理, 本院副院长): the same post as the title.
_SELF_REFERENCE = re.compile(r"^(?:本公司|公司|本院|我院|本校|我校|学校)(?=[\u4e00-\u9fff]{2})")
#: A day a notice was issued on, as a correction cites it: 2023年8月29日我局印发的《…》.
_ISSUED_ON = re.compile(r"(\d{4}年\d{1,2}月\d{1,2}日)[^,;。]{0,40}?(?:印发|下发|作出|发布|披露|刊登|公告)")
#: Verbs a decision may open with, its subject said in the chunk before (李四…，不再续聘…).
_UNSAID_SUBJECT_VERBS = (
    "不再担任",
    "不再兼任",
    "不再代理",
    "不再任",
    "不再挂职任",
    "不再挂职担任",
    "不再挂任",
    "不再续聘",
    "不再聘任",
    "不再委派",
    "不再续派",
    "代理",
)
# (孙立国同志任某公司党委书记，聘任为执行董事、总经理: the same person, more posts at that body)
_NAMED_AS_VERBS = ("聘任为", "聘为", "任命为", "委派为")
_UNSAID_SUBJECT_VERBS += _NAMED_AS_VERBS
#: How a label of a part of a list ends (县政府组成部门, 专门委员会组成人员, 其他).
#: (认定李文辉为三级校长, a grade; 推荐/提名…为: proposed, not decided)
_NOT_A_GLUED_ITEM = re.compile(r"认定|推荐|提名|确定|晋升|[一二三四五六七八九十\d]级")
_AMONG_THEM = re.compile(
    # (其中独立董事俞晓红(会计专业人士)为主任委员: the board seat before the name, a note after it)
    r"^其中(?:独立董事|职工董事|外部董事|董事)?(?P<who>[\u4e00-\u9fff·]{2,12}?(?:同志|先生|女士)?)(?:\([^()]{1,12}\))?"
    r"(?:为|任|担任)"
    r"(?P<title>[^,;。()]{2,8}?)(?P<rest>\([^()]*\))?$"
)
_DECISION_SHAPE = re.compile(
    r"^(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)?(?:任命|聘任|免去|解聘)?"
    r"(?P<who>[\u4e00-\u9fff]{2,3})(?:同志)?(?:为|任|担任|兼任|挂职任|的)(?P<post>[^,;。]{4,})$"
)
_NAME_THEN_WEI = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?:同志)?为(?P<post>[^,;。为]{4,})$")
_REPORT_LABEL_ENDS = ("辞职情况", "离任情况", "任免情况", "变动情况", "基本情况", "具体情况", "任免")
# (四、聘任管理 / 三、选聘程序: a label of a rule's part, as in a recruitment notice)
_REPORT_LABEL_ENDS += ("管理", "程序", "条件", "要求", "待遇", "方式", "范围", "纪律", "安排")
_BODY_KIND_ENDS = ("组成部门", "工作部门", "直属单位", "事业单位", "工作机构", "直属机构", "办事机构")
_LIST_LABEL_ENDS = ("组成人员", "组成部门", "工作部门", "直属单位", "事业单位", "工作机构", "直属机构", "其他", "人员")
#: What a post going on the clause before it never holds: a person, a verb, another clause.
_NOT_A_CONTINUED_POST = re.compile(
    r"^原|为|(?<![主责])任|同志|的|免|聘|辞|并|代理|兼|提名|推荐|候选|人选|召开|补选|了|:"
)
#: What a sub-head of a list (二、教学科研单位, (三)某常委会工作机构) never holds: a clause's marks.
_SUBHEAD_NOT = re.compile(r"[,;:。、]|为|任|免|聘|同志|辞")
#: Why a person leaves, in a bracket after the name (到龄, 另有任用, 本人申请).
_REASON_IN_BRACKET = re.compile(
    r"\((?:因)?(?:到龄|到龄退休|已到龄|退休|另有任用|本人申请|个人申请|辞职|调离|调出|工作调动|工作需要"
    r"|个人原因|年龄原因|身体原因|健康原因|任期届满|聘期届满|轮岗|转岗|交流|(?:调任|调入|调往|调至)[^()]{1,16})\)$"
)
#: A part's label that gives the reason its items leave (因另有任用, 因个人原因辞去职务): no clause.
_REASON_LABEL = re.compile(r"^因(?!.*(?:同志|为))[^,;:。、]{1,14}$")


def _subhead(text: str) -> bool:
    """(二)直属特设机构、直属机构 is the label of a part of a list; (二)张三、李四 is not."""
    if _SUBHEAD_NOT.search(text.replace("、", "")):
        return False
    return "、" not in text or not ((found := read_names(text)) and found[1] >= 2)


#: Kinds of unit a roster's label may name, a row per unit below it (专业负责人： / 软件技术专业 郭 振).
_KINDS_OF_SUBUNITS = frozenset({"专业", "教研室", "研究室", "病区", "班组", "实验室"})
_UNIT_THEN_NAME_ROW = re.compile(
    r"^([\u4e00-\u9fff()]{3,24})\s+([\u4e00-\u9fff·](?: ?[\u4e00-\u9fff·]){1,5}(?:\([^()]*\))?)$"
)


#: Units of a school or a body side by side (教务处, 土木工程学院, 党委组织部, 党校, 图书馆).
_PEER_UNIT = re.compile(r"(?:学院|[^科]处|[^支]部|馆|党校|研究院)$")
_UNIT_GAP_NAMES = re.compile(
    r"^(?P<unit>[\u4e00-\u9fff]{2,20}(?:科|室|病区|中心|部|处|所|站|学|校|园|院|馆))\s{2,}"
    r"(?P<names>[\u4e00-\u9fff·](?: ?[\u4e00-\u9fff·]){1,4}(?:\([^()]{1,10}\))?"
    r"(?:、[\u4e00-\u9fff·](?: ?[\u4e00-\u9fff·]){1,4}(?:\([^()]{1,10}\))?)*)$"
)
_NAME_GAP_VERB = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·](?: {0,4}[\u4e00-\u9fff·]){1,7})\s+"
    r"(?P<rest>(?:任|免去|兼任|不再担任|不再兼任|聘任为|续任|挂职任|挂任|担任)\S.*)$"
)
_NAME_THEN_ITS_VERB = re.compile(r"[\u4e00-\u9fff·]{2,12}?同志(?:任|兼任|不再|为|担任)")
_POST_GAP_NAME = re.compile(r"^([\u4e00-\u9fff()]{2,30}?)\s+([\u4e00-\u9fff·](?: ?[\u4e00-\u9fff·]){1,11})$")
_BODY_GAP_CLAUSE = re.compile(
    r"^(?P<number>\(?[一二三四五六七八九十\d]{1,3}[)、.]\s*)?(?P<body>[\u4e00-\u9fff()]{3,40})\s+(?P<rest>\S.*)$"
)
#: The parts of a company's list said as sub-heads (（四）经理层 / （一）执行董事): no body of their own.
_PARTS_OF_A_COMPANY = frozenset({"董事会", "监事会", "经理层", "党委", "执行董事", "监事", "领导班子"})
_UNIT_THEN_SEATS = re.compile(
    r"^(?P<unit>[\u4e00-\u9fff()]{2,24}(?:科|室|部|处|所|站|中心|学院|系|馆|院|办公室|病区|组))(?P<gap>\s+)(?P<rest>\S.*)$"
)


#: what stands between a unit's seats, or between a seat's title and its names (主任：郑志鹏；副主任：…)
_SEAT_PUNCTUATION = re.compile("[;；:：]")


def _seats_one_space_apart(value: str, fewest: int = 2) -> list[str] | None:
    """党委书记 蒋卫东 院长 孔凡明 党委副书记 薛 丽: a unit's seats one space apart, each a title (or
    titles, 党委书记、副院长) then its names (a padded name, 薛 丽, whole again); None unless so."""
    seats: list[list[str]] = []
    words: list[str] = []
    for word in value.split():
        if words and len(words[-1]) == 1 and len(word) == 1 and words[-1] + word in _TITLE_SET:
            words[-1] += word  # 主 任 储志刚: a title spaced out
        else:
            words.append(word)
    for word in words:
        # (副护士长(主持工作) 李红: the title's qualifier, said after the name it goes with)
        title, note = (word[: word.index("(")], word[word.index("(") :]) if word.endswith(")") else (word, "")
        if note and not _QUALIFIER_NOTE.fullmatch(note):
            title, note = word, ""
        if all(part in _TITLE_SET for part in title.split("、")) and not (seats and len(seats[-1]) == 1):
            seats.append([title, "", note])
        elif seats:
            seats[-1][1] += word
        else:
            return None
    if len(seats) < fewest or not all(names and _NAMES_AND_MARKS.match(names) for _, names, _ in seats):
        return None
    # (党委书记、副院长 陶新民: each title with the same name)
    return [title + names + note for titles, names, note in seats for title in titles.split("、")]


_QUALIFIER_NOTE = re.compile(r"\((?:主持工作|主持日常工作|正科级|副科级|正处级|副处级|试用期[^()]{1,6}|兼)\)")


_NAMES_AND_MARKS = re.compile(
    r"^[\u4e00-\u9fff·]{2,12}(?:\([^()]{1,12}\))?\*?(?:、[\u4e00-\u9fff·]{2,12}(?:\([^()]{1,12}\))?\*?)*$"
)


_CLAUSE_END_IN = re.compile(r"[;。]$")


def _posts_described(held: str) -> list[str]:
    """某村第一书记兼工作队队长 → 某村第一书记, 某村工作队队长: the posts a person was described by,
    a bare title after the first taking its body."""
    posts = re.split("兼|、", held)
    body = split_title(posts[0])[0]
    return [
        posts[0],
        *(body + post if body and not split_title(post)[0].endswith(_BODY_NAME_ENDS) else post for post in posts[1:]),
    ]


def _post_described(held: str, title: str) -> str:
    """某村第一书记兼工作队队长, 工作队队长 → 某村工作队队长: the post of that title among those a
    person was described by."""
    return next((post for post in _posts_described(held) if post.endswith(title)), "")


def _post_label(numbered_line: str, previous: str, last: str) -> bool:
    """一、某市第一人民法院人民陪审员(18名) / 梁志坚、何丽嫦…: a numbered line naming the post (and
    how many hold it), the names on the lines below holding it."""
    if not numbered_line or numbered_line != previous or last in _SEPARATORS:
        return False
    post = _BRACKETED.sub("", numbered_line) if "(" in numbered_line else numbered_line
    return (
        4 <= len(post) <= 40
        and not _SENTENCE_MARKS.search(post)
        and not post.startswith(_LEADING)
        and not any(verb in post for verb in RANK_VERBS)  # (一、晋升为二级调研员 / 赵丽娟(综合处): a rank)
        and bool(split_title(post)[1])
    )


def _label_of_titles(text: str) -> bool:
    """一、科室主任 / 二、中层正职: a part of a list by the kind of posts in it (a kind of unit and a
    bare title), no item (张三主任) and no unit of a body."""
    if "、" in text and len(text) <= 16:  # (一)系主任、副主任: the kind, then its deputies' bare title
        first, *rest = text.split("、")
        return _label_of_titles(first) and all(_bare_title(part) for part in rest)
    org, title = split_title(text)
    return len(text) <= 10 and bool(title) and (org in _KINDS_OF_UNITS or org.endswith(CATEGORY_LABELS))


#: 石建军(心血管内科) / 覃秋菊(肾内科,到龄): a name, the unit where it held the list's title, what is said of it.
_NAME_AT_UNIT = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,12})\((?P<unit>[\u4e00-\u9fff]{1,20}?(?:科|室|部|处|所|中心|病区|系|馆|站)|[A-Z]{2,5})"
    r"(?:,(?P<said>[^()]{1,20}))?\)$"
)
#: 清华大学选派, a line alone over the rows of the cadres that body sent.
_SENDER_HEADING = re.compile(r"[\u4e00-\u9fff()]{2,24}(?:选派|派出)")
_DECIDES = re.compile("决定|研究|同意|批准|下列|以下|如下|名单")
#: A head's post at "the village" (村党支部第一书记), each item naming its own in a bracket.
_GENERIC_BODIES = ("村", "社区", "居委会", "村委会")
_NAME_IN_BODY = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,12})\((?P<body>[\u4e00-\u9fff]{2,20}?)(?:,(?P<said>[^()]{1,20}))?\)$"
)
_KINDS_OF_UNITS = frozenset(
    {
        "科室",
        "部门",
        "处室",
        "科所",
        "股室",
        "院系",
        "系部",
        "中层",
        "班组",
        "病区",
        "职能部门",
        "系",
        "教研室",
        "研究室",
        "中小学",  # 聘任下列同志为中小学校长: / 定边中学　张文斌: 校长 at each school
        "中小学校",
        "学校",
    }
)


#: Adverbs before 不再 that add a post left to the one just said (亦不再担任, 也不再担任).
_OMITTED = re.compile(r"^(?:原文|原通知|原文件|该文)?(?:中)?(?:漏列|遗漏|漏写|漏登)“(?P<decision>[^“”]{4,80})”$")
_TAKES_OVER = re.compile(
    r"^(?:由)?(?P<who>[^,;。:]{2,30}?)(?P<verb>不再担任|不再兼任|接任|接替)(?P<said>\([^()]{2,20}\))?$"
)
#: …X先生因任期届满离任: the person, described by the post held, leaves it.
_LEFT_AT_TERM_END = re.compile(
    r"^(?P<who>[^,;。:]{4,60}?(?:先生|女士|同志))因(?:任期届满|换届|届满|年龄原因|到龄|退休|工作调整|工作调动|个人原因)离任$"
)
#: 同意选举以下董事组成公司第五届董事会各专门委员会: the committees' line-ups below, each under its name.
_COMMITTEES_FORMED = re.compile(
    r"^[^,;。:]{0,12}?(?:同意|决定)?(?:选举|推选)?(?:以下|下列)(?:董事|同志|人员)组成[^,;。:]{0,30}专门委员会$"
)
#: 调整第二届董事会专门委员会组成: the committees' line-ups below, each under its name.
_COMMITTEES_COMPOSED = re.compile(r"^(?:调整|确定|明确)?[^,;。:]{0,20}?(?:各)?专门委员会(?:的)?(?:组成|组成人员)$")
#: 主任委员 蒲玉兰 / 委员 何伟、罗晓川: a committee's seat, a space, then the names holding it.
_SEAT_THEN_NAMES = re.compile(r"^(主任委员|副主任委员|委员|召集人)\s*(\S.*)$")
_ADDRESSED_BODIES = ("董事会", "监事会", "公司", "本行", "本公司", "党委", "组织", "单位")
#: The officers a committee elects among its members (同意A等11名同志当选为某委员会委员；A同志当选为书记).
_COMMITTEE_OFFICERS = frozenset({"书记", "副书记", "常委", "常务委员", "主任", "副主任", "主任委员", "副主任委员"})
#: 聘任A为X、B为Y: the second item's name and its 为, after the first item's post.
_NEXT_NAME_FOR = re.compile(r"、(?P<who>[\u4e00-\u9fff·]{2,6}?)(?:同志|先生|女士)?为(?!止)")
_NAME_FOR = re.compile(r"[\u4e00-\u9fff·]{2,6}?(?:同志|先生|女士)?为")
#: 吴亮同志因提拔任职 / 赵全有同志(长期不在岗): the person, then why (cut off to read the person).
_REASON_AFTER_HONORIFIC = re.compile(
    r"^(.+?(?:同志|先生|女士))因(?![^,;。]*(?:辞去|辞任|申请|请求|不再|免去|辞职))[^,;。]{1,12}$"
)
#: 陈炳辉同志… / 刘敏女士本行董事会秘书聘期届满: where a name ends and what is said of it begins.
_HONORIFIC_IN = re.compile(r"同志|先生|女士")
#: A remark beside a new post telling the post left with it (原任副总经理,同时免去 / 免去其副总经理职务).
_LEFT_IN_REMARK = re.compile(
    r"^(?:原任(?P<held>[^,;]{2,20}?)[,;])?(?:同时|并)?(?:免去|不再担任)(?:其|原)?(?:(?P<post>[^,;]{2,20}?)(?:职务)?)?$"
)


def _posts_left(remarks: tuple[str, ...]) -> dict[str, str]:
    """The remarks that tell a post left (原任副总经理 + 同时免去, split at the comma, are one), each
    with the post."""
    whole = _LEFT_IN_REMARK.match(",".join(remarks))
    if whole and (held := whole.group("post") or whole.group("held")):
        return dict.fromkeys(remarks, held)
    return {
        remark: held
        for remark in remarks
        if (said := _LEFT_IN_REMARK.match(remark)) and (held := said.group("post") or said.group("held"))
    }


_BRACKETED_END = re.compile(r"\([^()]*\)$")
#: How a company's whole name ends (陕西秦川安装工程有限公司): a post naming one is that company's.
_WHOLE_COMPANY = re.compile(r"^[\u4e00-\u9fff()]{4,40}?(?:有限责任公司|有限公司|股份公司|集团公司)")
#: The motion adopted whose text is the committees' line-up below it.
_COMMITTEES_MOTION = re.compile(
    # (二、关于选举本行第七届董事会专门委员会组成人员的议案: the motion as a part's head, unquoted)
    r"(?:审议通过了?《|^)关于(?:选举|调整|确定|聘任|设立)?(?P<own>公司|本行|本公司)?(?P<board>第[一二三四五六七八九十]+届董事会)"
    r"各?专门委员会(?:委员|成员|组成人员|组成|人员组成|委员及主任委员)(?:的)?议案》?$"
)
#: 战略委员会：… / 战略委员会　主任委员：… / 1、战略委员会 (its own line) / 主任委员：…: a committee's line-up.
_COMMITTEE_LINE = re.compile(
    r"[\u4e00-\u9fff、与和]{2,20}委员会(?:(?:主任委员|召集人|主席)?:|。(?:主任委员|召集人|主席)(?:\(召集人\))?:)"
)
_COMMITTEES_ELECTED = re.compile(
    r"^[^,;。:]{0,12}?(?:选举产生|选举|调整|确定)了?(?P<board>(?:公司)?第[一二三四五六七八九十]+届董事会)各?专门委员会(?:委员|成员|组成人员)(?:如下)?$"
)
_BOARD_SEAT_DESCRIPTIONS = frozenset(
    {"独立董事", "外部董事", "职工董事", "董事", "非独立董事", "职工代表董事", "执行董事"}
)
_VERB_AND_ITS_OTHER = re.compile(r"^(聘任|任命|任用|聘用|免去|解聘)\((?:聘任|任命|任用|聘用|免去|解聘|免职)\)")
_ROMAN_ITEM = re.compile(r"^(?:及|和|以及)?\((?:i{1,3}|iv|vi{0,3}|ix|x|[a-h])\)")
#: Adverbs that add one more post left to the clause just said (…，亦不再担任…, …，同时免去…): the
#: clause reads as if they were not there.
_ADVERBS_BEFORE_LEAVING = re.compile(r"^(?:并且|同时|亦|也|并|且)(?=不再|免去|免除)")
#: 聘任(续聘), 任命(聘任): a head and another head's verb in brackets.
_HEADS_IN_BRACKETS = re.compile(
    "^(?:"
    + "|".join(sorted(SECTION_HEADS, key=len, reverse=True))
    + r")\((?:"
    + "|".join(sorted(SECTION_HEADS, key=len, reverse=True))
    + r")\)$"
)
_GROUP_SENT_LABEL = re.compile(
    r"^选派[\u4e00-\u9fff·]{2,12}?等(?:\d{1,3}|[一二三四五六七八九十]{1,3})?名?同志[^,;。]{0,12}(?:挂职|任职|锻炼|工作)$"
)


#: Two section heads joined (解聘与不再续聘, 任命和免去): a part's label, its items each with a verb.
def _title_then_heads(text: str) -> bool:
    """三、外部董事聘任和解聘: a part's label, the title its items are about, then their verbs."""
    return len(text) <= 16 and any(
        text[:k] in _TITLE_SET and _HEADS_JOINED.match(text[k:]) for k in range(2, len(text) - 3)
    )


def _since_separator(parts: list[str]) -> str:
    """The text joined so far after its last ; : or 。 (a heading broken over lines, whole)."""
    tail: list[str] = []
    for part in reversed(parts[-6:]):
        cut = max(part.rfind(mark) for mark in ";:。")
        tail.append(part[cut + 1 :])
        if cut >= 0:
            break
    return "".join(reversed(tail))


#: 该校, 该局, 该公司: that body, said by the last word of its kind, and how names of that kind end.
_THAT_KINDS = {
    "公司": ("公司",),
    "集团": ("集团", "集团有限公司", "集团公司"),
    "中心": ("中心",),
    "校": ("学校", "中学", "小学", "学院", "大学", "党校", "职校", "技校"),
    "局": ("局",),
    "院": ("院",),
    "所": ("所",),
    "委": ("委", "委员会"),
    "行": ("行",),
    "厅": ("厅",),
}
#: 免去下列同志挂任职务(挂职期满…) / 下列同志挂任职务(…): a list's head without its colon (a part's label).
_LIST_HEAD_UNCLOSED = re.compile(
    r"^(?:免去|任命|聘任|解聘|选派|续聘)?(?:以下|下列)(?:同志|人员)[^;。:,]{0,12}职务(?:\([^()]{2,40}\))?$"
)
#: 解聘田光荣的… / 任命张敏为…: a decision opening with its verb and the person it is about.
_VERB_NAME_THEN_POST = re.compile(r"^(?:任命|免去|聘任|解聘|免职|续聘)[\u4e00-\u9fff·]{2,4}?(?:同志)?(?:的|为)")
_HEADS_JOINED = re.compile(
    "^(?:"
    + "|".join(sorted(SECTION_HEADS, key=len, reverse=True))
    + ")(?:与|和|及|、)(?:"
    + "|".join(sorted(SECTION_HEADS, key=len, reverse=True))
    + ")$"
)
#: The verb a section head opens with (委派 of 委派财务总监), longest first.
_HEAD_VERB_OPENING = re.compile("^(?:" + "|".join(sorted(SECTION_HEADS, key=len, reverse=True)) + ")")
#: A section head with what it says of every item: 新聘(试用期六个月) / 任命(试用期一年):
_QUALIFIED_HEAD = re.compile(
    "^(?:"
    + "|".join(sorted(SECTION_HEADS, key=len, reverse=True))
    + r")(?:[^,;。:()]{0,10}(?:人员|同志|干部)(?:的?职务)?)?"
    # (一、聘任下列同志职务(聘期三年,自…至…) / 刘建国为… ; 一、期满召回(任职期满,不再担任第一书记))
    r"\((?:试用期|聘期|任期|任职期满|挂职期满|驻村期满|期满)[^()]{1,40}\):?$"
)


#: One name of a grid of names (丁敏, 郭立*, 林国栋(本人申请辞去)): a name, a mark, its bracket.
_NAMES_ONLY = re.compile(
    r"^[\u4e00-\u9fff·]{2,12}(?:\([^()]{1,20}\))?(?:、[\u4e00-\u9fff·]{2,12}(?:\([^()]{1,20}\))?)+$"
)


def _names_only(text: str) -> bool:
    """钱宏、丁玉梅 / 汪立(监事会主席): names alone, each perhaps with a bracket, no title."""
    bare = _BRACKETED.sub("", text) if "(" in text else text
    found = read_names(bare) if bare else None
    return bool(found) and found[1] >= 2 and len(found[0]) == bare.count("、") + 1


_GRID_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff·]{2,6}|[\u4e00-\u9fff]{1,10}·[\u4e00-\u9fff·]{1,20})\*?(?:\((?:[^()]|\([^()]{1,8}\)){1,30}\))?\*?$"
)


def name_grid(text: str) -> list[str] | None:
    """The names of a line that lists names apart by white space (丁　敏　　马晓燕　　王　涛), a
    two-character name padded to three with a space inside it (丁　敏 → 丁敏); None if any part
    is not a name."""
    if text.endswith(")") and (note := _ORDER_NOTE_AT_END.search(text)):
        text = text[: note.start()]  # 景红梅(女)(按姓氏笔画为序): how the names are ordered, said after them
    tokens = text.split()
    names: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        after = tokens[i + 1] if len(token) == 1 and i + 1 < len(tokens) else ""
        if after and after[:1].isalpha() and len(after.rstrip("*")) == 1:
            token += after  # 丁 + 敏
            i += 1
        elif after and "(" in after and _GRID_NAME.match(token + after):
            token += after  # 黄 + 明(因工作变动)
            i += 1
        if not _GRID_NAME.match(token) or (token.startswith(_VERBS_OPENING_NO_NAME) and "·" in token):
            return None  # (接受阿迪力·努尔买买 / 提辞去…: a verb, then a name broken over lines)
        names.append(token)
        i += 1
    if not names or not read_names("、".join(re.sub(r"\(.*\)|\*", "", n) for n in names)):
        return None
    if any(len(name) >= 4 and _ORGANISATION_END.search(name) for name in names):
        return None  # 某某集团 under a list (the signature), 沈建新　某区第一中学 (a unit): no name
    return names


def unit_rows(text: str) -> list[tuple[str, str]] | None:
    """(name, unit) pairs of a line of cells apart by white space, each a name and a body without
    a title (沈建新　　临平区第一中学 / 谭 芳  内一病区    刘丽君  手术室): a list under 续聘以下同志为
    学校校长 or 聘任以下同志为病区护士长, where each holds the title at the unit beside the name; None
    for any other line."""
    cells = text.split()
    if len(cells) == 3 and len(cells[0]) == 1 and len(cells[1]) == 1:
        cells = [cells[0] + cells[1], cells[2]]  # 丁　敏　　某小学: a name padded to three
    if len(cells) > 2:  # 易小燕  外一病区    文 静  外二病区: pairs side by side, a name padded inside
        cells = [cell.replace(" ", "") for cell in re.split(r"\s{2,}", text.strip())]
    if len(cells) < 2 or len(cells) % 2:
        return None
    pairs = list(zip(cells[::2], cells[1::2], strict=True))
    for name, unit in pairs:
        if not _GRID_NAME.match(name) or unit.startswith("("):
            return None
        bare = _BRACKETED.sub("", unit) if "(" in unit else unit  # 绵阳市投资控股(集团)有限公司
        # (a ward or a department, 手术室 / 急诊科 / ICU, stands beside the name in a roster of pairs)
        short = len(pairs) > 1 or len(unit) >= 4
        if (
            not (
                ((_ORGANISATION_END.search(bare) or _DEPARTMENT.search(bare)) and 3 <= len(unit) <= 30 and short)
                or (len(pairs) > 1 and _WARD_CODE.match(unit))
            )
            or split_title(bare)[1]
        ):
            return None
        if _SENTENCE_MARKS.search(unit) or not read_names(name):
            return None
    return pairs


#: A ward known by its letters (ICU, CCU, NICU) in a roster of wards.
_WARD_CODE = re.compile(r"^[A-Z]{2,5}$")


def _brackets_closed(lines: list[Line]) -> list[Line]:
    """A roster or grid line broken inside a bracket (副主任:李淑芬 马 骏(兼任附属医院 / 院长)):
    the bracket's end joined to it, so that the line is read whole."""
    out: list[Line] = []
    for line in lines:
        if out and (last := out[-1].text).count("(") > last.count(")") and (" " in last or ":" in last):
            close = line.text.find(")")
            if 0 <= close <= 20 and "(" not in line.text[:close]:
                out[-1] = Line(out[-1].no, last.rstrip() + line.text.strip())
                continue
        out.append(line)
    return out


#: How a part's label that sums up its clauses ends (张立新等12名同志挂职任职, 试用期满人员免职).
_PART_LABEL_ENDS = ("任职", "免职", "任免", "聘任", "解聘", "职务")
#: 五、第四批驻村工作队期满召回: a part's label of those who come home.
_LAST_OF_THOSE_ENDED = re.compile(r"^[\u4e00-\u9fff·]{2,8}?同志[^,;。]{0,6}?(?:期满|届满)")
_RESUMES_ATTACHED = re.compile(
    r"(?:附件?[\d一二三四五六七八九十]*[:.、]?)?(?:[\u4e00-\u9fff·、]{2,30}?同志)?(?:的)?(?:个人)?简历(?:表)?"
)
_POSTS_EACH_SAID = re.compile(r"职务(?:、|及|和|以及)(?=[\u4e00-\u9fff])")
#: 市属国有企业外部董事: a class of bodies, each named by a heading below (某集团有限公司 / 曾宪明、肖雅).
_CLASS_OF_BODIES = re.compile(r"^(?:市属|省属|区属|县属|所属|下属|各|有关)(?:国有)?(?:企业|公司|单位|学校|医院|集团)$")
_SUB_BRANCHES = ("支行", "营业部", "分理处")
_BRANCH_PARENTS = ("分行", "管辖支行", "中心支行")
_BRANCH_OWN_PART = frozenset({"分行本部", "本部", "分行机关", "分行营业部"})
_STATES_NOT_POSTS = ("召回", "期满", "届满", "轮换", "到期")
_SENT_BACK_LABEL_ENDS = ("召回", "期满", "届满", "轮换")
_SENT_BACK_PEOPLE = tuple(f"{end}人员" for end in (*_SENT_BACK_LABEL_ENDS, "延期", "延长"))
#: 钱伟同志 after a verb: a person named with the honorific.
_HONOURED_NAME = re.compile(r"([\u4e00-\u9fff·]{2,12}?)(?:同志|先生|女士)")
#: 陈立新(北京市某委副主任)同志: a person named with the honorific, where from in a bracket between.
_NAMED_ITEM = re.compile(r"([\u4e00-\u9fff·]{2,12}?)(?:\([^()]{1,40}\))?(?:同志|先生|女士)")
#: 一、艾尔肯·吐尔逊同志： (then 任…；免去其…): a person as the label of the clauses after the colon.
_PERSON_LABEL = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\d+[.、]|\(\d+\)|\([一二三四五六七八九十]+\))?(?P<name>[\u4e00-\u9fff·]{2,14}?)同志:"
)


#: The verbs a person's own clause opens with after the name (任…, 兼任…, 不再担任…, 挂任…).
_OWN_VERBS = ("任", "兼任", "不再", "挂任", "挂职", "同意", "代理")
#: The next clause of a person's line after a semicolon (杨帆：任…；免去副总经理职务): the same person's.
_SAME_PERSON_NEXT = re.compile(r";(?=免去|免|不再|兼任|任|代理|挂任)")


_BARE_PERSON_LABEL = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\d+[.、]|\(\d+\)|\([一二三四五六七八九十]+\))?"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,10}·[\u4e00-\u9fff·]{1,12}):"
)


def _labels_a_person(label: re.Match[str], text: str) -> bool:
    """Does ``label`` name one person whose clauses follow (on its line, or on the lines below)?"""
    name, rest = label.group("name"), text[label.end() :]
    return (not rest or rest.startswith((*_LEADING, *_OWN_VERBS))) and (
        name_score(name) >= 2 or ("·" in name and all(len(part) >= 2 for part in name.split("·")))
    )


def _without_enumerator(text: str) -> str:
    """(三)九江赣清污水处 → 九江赣清污水处: a numbered line's words."""
    return text[m.end() :] if (m := ENUMERATOR.match(text)) else text


#: 不再担任副所长：陶立平（任期届满）: a roster's row of one leaving the title its label names.
_NO_LONGER_ROW = re.compile(
    r"^不再(?:担任|兼任)(?P<title>[\u4e00-\u9fff、]{2,12}):(?P<names>[\u4e00-\u9fff·]{2,8})(?P<why>\([^()]{1,20}\))?[;。]?$"
)
_NEXT_CLAUSE_AFTER_POSTS = re.compile(r"(?<=职务)、(?=不再(?:兼任|担任)|免去其|另任)")


def join_body(lines: list[Line]) -> tuple[str, LineIndex]:
    """The body as one string without white space, and the source line of every character.

    Lines are glued together (PDF breaks fall anywhere), except that a line opening with an
    enumerator (一、 (二) 3.) starts a new sentence, and a section head standing alone on
    its line (一、决定任命) is closed with the colon it would otherwise carry.
    """
    parts: list[str] = []
    index = LineIndex()
    offsets, numbers = index.offsets, index.lines
    size = 0
    last = ""

    def add(text: str, no: int) -> None:
        nonlocal size, last
        if last == "·" and text in _SEPARATORS and "\u4e00" <= parts[-1][-2:-1] <= "\u9fff":
            return  # 迪丽努尔· / 阿不力米提为副院长: a transliterated name goes on in the next line
        if text:
            index.mark(size, no)
            parts.append(text)
            size += len(text)
            last = text[-1]

    previous = ""  # the line before, whole
    grid_before = subhead_before = roster_before = caption_before = gap_row = False
    kind_title: tuple[str, str] | None = None  # 专业负责人: (its kind of unit, its title), the rows below
    numbered_line = ""  # the line before, when it opened with an enumerator (after it)
    raw = ""  # the line before as it stood, its white space kept
    no = 0
    for line in _brackets_closed(rewrite_tables(lines)):
        previous_no, no = no, line.no
        raw_before, raw = raw, line.text
        text = "".join(line.text.split())
        if ("(女," in text or "(男," in text) and (split := _MARK_THEN_QUALIFIERS.sub(r"(\1)(\2)", text)) != text:
            text = split  # 师晓红(女,试用期一年): the person's mark, then the post's qualifiers, apart
        if text.startswith("不再") and (left := _NO_LONGER_ROW.match(text)) and _bare_title(left.group("title")):
            # 粮食作物研究所 / 不再担任副所长：陶立平（任期届满）: a roster's row of one who leaves, as a clause
            text = f"{left.group('names')}同志不再担任{left.group('title')}职务{left.group('why') or ''};"
        if text.startswith("【") and 2 < (close := text.find("】")) <= 7:
            label = text[1:close]
            if _boards_of_a_company(label) or label in SECTION_HEADS:
                text = f"{label}:{text[close + 1 :]}"  # 【董事会】委派原野同志为执行董事: the board's part, as 董事会：
        gap_before = gap_row
        if (
            " " in line.text
            and (gap := _NAME_GAP_VERB.match(line.text.strip()))
            and name_score("".join(gap.group("name").split())) >= 2
        ):
            # 胡立伟    任主任；免去其… (a name, a gap, its verbs): the gap ends the name, as 同志 would
            text = "".join(gap.group("name").split()) + "同志" + "".join(gap.group("rest").split())
            gap_row = True
        else:
            gap_row = False
        if (
            not gap_row
            and "  " in line.text
            and (unit_names := _UNIT_GAP_NAMES.match(line.text.strip()))
            and all(
                name_score("".join(_BRACKETED.sub("", n).split())) >= 2 for n in unit_names.group("names").split("、")
            )
        ):
            # 续聘以下同志为科室主任： / 心内科    何建国 / 消化内科  刘德明: a row each, a unit and its names
            if size and last not in _SEPARATORS:
                add(";", no)
            text = "".join(line.text.split()) + ";"
            gap_row = True
        if "同志:" in text and (label := _PERSON_LABEL.match(text)) and _labels_a_person(label, text):
            # 一、孙振宇同志： / 任某公司总经理；免去其…: the person said once, the clauses after the colon theirs
            text = text[: label.end() - 1] + text[label.end() :]
        elif (
            ":" in text[:16]
            and (label := _BARE_PERSON_LABEL.match(text))
            and text[label.end() :]
            and not text.endswith(("名单", "情况", "如下", "如下:"))  # (表一：聘任名单: a table's caption)
            and _labels_a_person(label, text)
            and name_score(label.group("name")) == 3
        ):
            # 杨帆：任党支部书记、执行董事；免去副总经理职务。: a name, its colon, its clauses (同志 marks its end)
            text = text[: label.end() - 1] + "同志" + _SAME_PERSON_NEXT.sub(",", text[label.end() :])
        if text.startswith("【") and text.endswith("】") and text.count("【") == 1 and _is_heading(text[1:-1]):
            text = text[1:-1]  # 【发展规划处】 / 谷志伟  处长: a unit's heading, in the brackets that set it off
        if size and "简历" in text and _RESUMES_ATTACHED.fullmatch(text):
            break  # 附：路振华同志简历: the résumés attached after the notice, no decision in them
        if size and "号" in text and DOC_NO.fullmatch(text):
            continue  # 川狱任〔2021〕12号 again at the top of a page: the running head, no clause
        if text.startswith("证券代码") and _LISTING_HEAD.match(text):
            continue  # 证券代码:600887 证券简称:… 公告编号:…, a listed company's head on every page
        if (
            text.startswith("(")
            and parts
            and parts[-1].endswith(";")
            and ROW_SEP in parts[-1]
            and _BRACKETED.fullmatch(text)
        ):
            # 伍志坚　某中心副主任 / (兼任区卫生监督所所长): the row's bracket, wrapped onto a line of its own
            parts[-1] = parts[-1][:-1]
            size -= 1
            add(text + ";", no)
            previous = text
            continue
        if (
            roster_before
            and parts[-1] == ";"
            and (
                (len(one := _BRACKETED.sub("", text) if "(" in text else text) == 1 and "\u4e00" <= one <= "\u9fff")
                # 骨科：主任　高继 / 承；副主任…: one character before the line's first mark ends the name
                or (len(text) > 2 and "\u4e00" <= text[0] <= "\u9fff" and text[1] in ";(")
                # 内分泌代谢科：主任　任 / 丽娟: a name of one character is the name's first half
                or (_name_cut_at_end(raw_before) and _NAMES_AND_MARKS.match(re.split("[;(]", text, maxsplit=1)[0]))
            )
        ):
            # 神经外科病区护士长：邹丽 / 娜(试用期一年): the roster line's name, broken over lines
            # (承;副主任:刘红卫: the seats after it, each a bare title of the line's unit, not a label)
            text = ";".join(
                seat.replace(":", "", 1) if ":" in seat and _bare_title(seat.split(":", 1)[0]) else seat
                for seat in text.rstrip(";").split(";")
            )
            parts[-1] = text + ";"
            size += len(text)
            if ";" not in text:  # (the seats after 承； stay on their unit's line, under its label)
                index.mark(size - len(text) - 1, no)
            previous = text
            continue
        if text.endswith(("选派", "派出")) and _SENDER_HEADING.fullmatch(text) and not _DECIDES.search(text):
            # 中国科学院选派 / 周启航　挂职任某市副市长: who sent the rows below, said of none as a post
            if size and last not in _SEPARATORS:
                add(";", no)
            previous = text
            continue
        if "笔" in text:
            text = _ORDER_BRACKET.sub("", text)  # 委员(按姓氏笔画为序): how the names are ordered, no part
        if (
            size
            and 0 < len(bare := _BRACKETED.sub("", text) if "(" in text else text) <= 12
            and (last == "、" or (last != ";" and parts[-1][-2:-1] == "、" and _NAME_CUT.search(parts[-1])))
            and not ENUMERATOR.match(text)
            and not _SENTENCE_MARKS.search(bare)  # (立强(副处级,试用期一年): a name and its bracket)
        ):
            # 叶晨光、 / 季雪琴 and 季雪琴、郑 / 宏远: a list of names (or a name) broken over lines
            add(text, no)
            previous = previous + text
            if ":" in previous and not (text.endswith("、") or _NAME_CUT.search(previous)):
                add(";", no)  # the roster line broken over lines ends here
            continue
        if (
            grid_before
            and parts[-1].endswith(";")
            and (
                text.startswith(("同志为", "同志任", "同志的", "等同志", "为"))
                # 阿不来提·买 / 买提的…职务: a transliterated name broken over two lines
                or ("·" in parts[-1] and "、" not in parts[-1] and _NAME_GOES_ON.match(text))
                # 冉 孟 / 琼同志任…: a padded name broken over two lines (OCR)
                or (len(parts[-1]) <= 4 and _NAME_END_GOES_ON.match(text) is not None)
                # 司 马 / 青 云 为某委副主任: the name's end, its verb right after it (OCR, no 同志)
                or (
                    len(parts[-1]) <= 4
                    and (end := _NAME_END_THEN_VERB.match(text)) is not None
                    and name_score(parts[-1][:-1] + end.group(1)) >= 2
                    and "、" not in parts[-1]
                )
            )
        ):
            # 苏晓红、马艳秋、宋婉清(以姓氏笔画为序) / 同志为某会执委: the names were the subject
            parts[-1] = parts[-1][:-1]
            size -= 1
            index.grids.discard(max(index.grids, default=-1))
            grid_before = False
        if (
            numbered_line
            and size
            and last not in _SEPARATORS
            and _VERB_POST_HEAD.match(numbered_line)
            and (alone := name_grid(line.text))
            and all(name_score(_BRACKETED.sub("", name)) >= 2 for name in alone)
        ):
            add(":", no)  # (三)免去某组组长职务 / 谭志鹏(另有任用): the part's verb and post, whom below
        if (
            size
            and last not in _SEPARATORS
            and "同志" in text
            and _LIST_HEAD_UNCLOSED.match(_since_separator(parts))
            and (honoured := _NAMED_ITEM.match(text)) is not None
            and name_score(honoured.group(1)) >= 2
        ):
            # 一、免去下列同志挂任职务(挂职期满…) / 黄建平同志的…职务: the list's head, its items below
            add(":", no)
        grid = None
        unit_at = False
        kind_row = False
        post_label = False
        row = _UNIT_THEN_NAME_ROW.match(line.text.strip()) if kind_title else None
        if kind_title and row and row.group(1).endswith(kind_title[0]):
            # 专业负责人： / 机电一体化技术专业 张 楠: the title at the unit the row names
            text, kind_row = row.group(1) + kind_title[1] + ":" + "".join(row.group(2).split()), True
        elif text.endswith(":") and (kind := split_title(text[:-1]))[0] in _KINDS_OF_SUBUNITS and kind[1]:
            kind_title = kind  # 专业负责人： then a row per 专业
        else:
            kind_title = None
        # (附件1 / 某县驻村第一书记选派名单: a list's label or caption, its rows below)
        list_below, caption_before = (
            caption_before,
            len(text) <= 40 and (text.endswith(_LIST_CAPTION_ENDS) or bool(_ATTACHMENT_LABEL.match(text))),
        )
        if (
            not (kind_row or gap_row)
            and (" " in line.text or grid_before or last == ":")
            and not _SENTENCE_MARKS.search(
                _BRACKETED.sub("", text) if "(" in text else text  # 黄 鑫(女,土家族): a mark, no sentence
            )
        ):
            numbered = ENUMERATOR.match(line.text) if (grid_before or last == ":") else None
            grid = name_grid(line.text[numbered.end() :] if numbered else line.text)  # (1)李瑞华(…)
            if grid and numbered and len(grid) == 1 and _CHINESE_NUMERAL.search(numbered.group()):
                grid = None  # (一)内科系统: a part's label, numbered as parts are, no name
            if grid is None and (grid_before or last == ":" or list_below) and (rows := unit_rows(line.text)):
                unit_at = True
                grid = [f"{name}({unit})" for name, unit in rows]  # the unit, in the bracket a grid's name may carry
        elif (
            roster_before
            and line.indent > 0
            and len(bare_name := _BRACKETED.sub("", text) if "(" in text else text) <= 8
            and not _is_heading(bare_name)  # (检验中心: the next unit, no name)
            and (one := read_names(bare_name)) is not None
            and one[1] >= 2
            and len(one[0]) == 1
        ):
            grid = [
                text
            ]  # 副院长：贺敏(主持工作) / 吴婷婷: a second name on a line of its own, indented under the first
        elif (
            (grid_before or last == ":" or (post_label := _post_label(numbered_line, previous, last)))
            and "、" in text
            and _NAMES_ONLY.match(text)
        ):
            found = read_names(_BRACKETED.sub("", text))  # 赵　斌、孟庆华、巴特尔 under 聘任下列同志为…:
            grid = split_outside_parens(text, "、") if found and (found[1] >= 2 or last == ":") else None
            if grid and len(grid) == 1 and not (grid_before or last == ":") and "(" not in grid[0]:
                grid = None  # one word alone on its line: a heading or a signature, not a list
        grid_before = bool(grid)
        if grid and roster_before and not unit_at and parts[-1] == ";":
            # 副所长:涂晓峰 / 卢　霞: names alone under a roster line hold its title too
            parts[-1] = "、"
            add("、".join(grid) + ";", no)
            previous = text
            continue
        roster_before = False
        if grid:
            if size and last not in _SEPARATORS:
                # 一、第四届理事会理事(按姓氏笔画为序) / 王晓东　卫建勋: the seats the names below hold
                seats = (
                    (subhead_before and _SEATS_LABEL.match(_BRACKETED.sub("", previous)))
                    or post_label
                    # 任命某县人民法院人民陪审员 / 梁春燕(女) 韦志远: the verb and the post the names below take
                    or (_VERB_THEN_POST.match(previous) and split_title(previous[2:])[1])
                )
                add(":" if seats else ";", no)
            index.grids.add(size)
            if unit_at:
                index.unit_rows.add(size)
            add("、".join(grid) + ";", no)  # a grid of names: one item of the list opened above
            previous = text
            continue
        if (
            " " in line.text
            and (body_gap := _BODY_GAP_CLAUSE.match(line.text.strip()))
            and body_gap.group("number")  # (华中林业大学 程 晔 同志挂职任…: the body the person comes from)
            # ((四)经理层　聘任舒建国同志为总经理: a company's part, its clause on the line)
            and (
                (_is_heading(body_gap.group("body")) and len(body_gap.group("body")) >= 4)
                or body_gap.group("body") in _PARTS_OF_A_COMPANY
            )
            and (
                _opens_with_name_and_verb(rest := "".join(body_gap.group("rest").split()))
                or _may_open_item(rest)
                or rest.startswith(_LEADING)
            )
        ):
            # (一)某建设工程有限公司　卢永福同志聘期届满，…: the body's heading, then its clause on the line
            text = "".join((body_gap.group("number") or "").split()) + body_gap.group("body") + "。" + rest
        if (
            ":" not in text
            and " " in line.text
            and (
                seats_line := _posts_gap_names(
                    line.text,
                    size > 0 and last not in _SEPARATORS and _name_cut_at_end(raw_before),
                )
            )
        ):
            text = seats_line  # 心血管内科护士长　王娜娜；普通外科护士长　雷艳: posts each with its name
        if (
            " " in line.text
            and (number := ENUMERATOR.match(stripped := line.text.strip()), True)
            and (unit_gap := _UNIT_THEN_SEATS.match(stripped[number.end() :].strip() if number else stripped))
            # (1．肿瘤内科一病区　护士长　古丽米拉: one full-width space, one gap; then one seat, no more)
            and (len(unit_gap.group("gap")) >= 2 or len(unit_gap.group("rest").split()) == 2)
            and (":" not in text or ":" in unit_gap.group("rest") or "：" in unit_gap.group("rest"))
            and (seats := _seats_one_space_apart(_SEAT_PUNCTUATION.sub(" ", unit_gap.group("rest")), 1))
        ):
            # 教务处  处长 孙立新；副处长 郑 丹、吕铁军: a unit, a gap, then its titles each with its names
            # (① 软件工程系　　主任：黄伟杰　　副主任：陈晓霞: the titles with their colons)
            text = (number.group().strip() if number else "") + unit_gap.group("unit") + ":" + ",".join(seats)
        if ":" in text and " " in line.text.split(":", 1)[-1].split("：", 1)[-1].strip():
            label, _, value = line.text.replace("：", ":").partition(":")
            names = name_grid(value)
            if names:  # 副处长:龙小梅　覃海涛*: a roster line's names apart by white space
                text = "".join(label.split()) + ":" + "、".join(names)
            elif len(entries := _ENTRY_GAP.split(value.strip())) >= 2 and all(
                (head := _TITLE_THEN_NAME.match(entry)) and head.group(1) in _TITLE_SET for entry in entries
            ):
                # 心血管内科：主任 彭志雄   副主任 龚丽娟: a unit's titles, each with who holds it
                text = "".join(label.split()) + ":" + ",".join("".join(entry.split()) for entry in entries)
            elif (entries := [e.strip() for e in re.split("[;；]", value) if e.strip()]) and all(
                (pair := _POST_GAP_NAME.match(entry)) and _body_of(pair.group(1)) and split_title(pair.group(1))[1]
                for entry in entries
            ):
                # 数学与计算机学院：计算机科学与技术系主任　王海涛；软件工程系主任　古丽娜尔·沙比提: posts and names
                unit = "".join(label.split())
                text = ";".join(
                    f"{unit}{pair.group(1)}:{''.join(pair.group(2).split())}"
                    for entry in entries
                    if (pair := _POST_GAP_NAME.match(entry))
                )
            elif seats := _seats_one_space_apart(value):
                # 土木工程学院：党委书记 蒋卫东 院长 孔凡明 副院长 丁一鸣、崔海涛(新任): title, names, title, …
                text = "".join(label.split()) + ":" + ",".join(seats)
        m = ENUMERATOR.match(text)
        if (
            not m
            and numbered_line
            and numbered_line == previous
            and len(text) <= 8
            and ":" not in text
            and (
                text.endswith(_BODY_NAME_ENDS)
                # (二、机关部处 / 人事处: a kind of units, then its first unit)
                or (len(text) <= 3 and text.endswith(_UNIT_ENDS_BROKEN) and not previous.endswith(_UNIT_ENDS_BROKEN))
            )
            and len(head := _without_enumerator(previous)) >= 3
            and "(" not in head
            and not head.endswith(_BODY_NAME_ENDS)  # (一、学院 / 机械工程学院: a kind, then a body)
            # ((三)九江赣清污水处 / 理有限公司: a company's short tail, though the line before reads whole)
            and (not _is_heading(head) or (len(text) <= 6 and text.endswith(("有限公司", "有限责任公司"))))
            and _is_heading(head + text)
            and parts
            and (
                parts[-1].endswith(previous)
                or (
                    parts[-1] == "。"
                    and len(parts) > 1
                    and parts[-2].endswith(head)
                    and text.endswith(("有限公司", "有限责任公司"))
                )
            )
        ):
            # 一、某高速公路运营管 / 理有限公司: a numbered body's name broken over two lines, a heading
            if parts[-1] == "。":  # ((三)九江赣清污水处 closed as a heading of its own: it goes on)
                parts[-1], size, last = "", size - 1, parts[-2][-1]
            add(text, no)
            add("。", no)
            previous, numbered_line = previous + text, ""
            continue
        if (
            not m
            and subhead_before
            and len(text) <= 6
            and not _is_heading(previous)
            and _is_heading(previous + text)
            # (the break falls inside the body's last word: 有 / 限公司; not 内科系统 / 心血管内科)
            and any(len(end) > len(text) and (previous + text).endswith(end) for end in _BODY_ENDS_BROKEN)
            and parts
            and parts[-1].endswith(previous)
        ):
            # 三、某能源物资有 / (a page break) / 限公司: the part's body, broken over the page
            add(text, no)
            previous = previous + text
            continue
        if (
            not m
            and subhead_before
            and ":" in text
            and len(label := text.split(":", 1)[0]) <= 4
            and not _is_heading(label)  # (外科系统 / 普外科:主任…: a unit of its own under the label)
            and not _is_heading(previous)
            and _is_heading(previous + label)
            and parts
            and parts[-1].endswith(previous)
        ):
            # 8.国有资产管 / 理处:处长贾立平: a unit's name broken before its roster's colon
            add(text, no)
            previous = previous + text
            roster_before = True
            continue
        if m:
            text = text[m.end() :]
            if (inner := ENUMERATOR.match(text)) and inner.group()[:1].isdigit():
                text = text[inner.end() :]  # (一)1.何建明同志的…: a part opening with its first item
            if (
                ":" in text[4:41]
                and (label := text.split(":", 1)[0])
                and label not in SECTION_HEADS
                and _is_heading(label)
                and _may_open_item(rest := text[len(label) + 1 :])
                and not rest.startswith((*_LEADING, *_OWN_VERBS, "同意", "由", "经"))  # (8.检验科：同意…: a label)
            ):
                # 三、某电力投资有限公司：党委书记、董事长白志勇同志兼任纪委书记；…: the part's body, then its items
                text = f"{label}。{rest}"
            if size and last not in _SEPARATORS:
                add("。", no)
        elif (
            size
            and last not in _SEPARATORS
            and numbered_line
            and numbered_line == previous
            and previous.endswith(_CONFIRMED_HEAD_ENDS)
            and _PROBATION_DONE.search(previous)
            # (三、试用期满考核合格，正式聘任 / 吴振宇为沿溪支行行长: a name and 为, no 同志)
            and (honoured := _NAMED_ITEM.match(text) or _ITEM_UNDER_HEADING.match(text))
            and name_score(honoured.group(1)) >= 2
        ):
            add(":", no)  # 三、试用期满考核合格，正式聘任 / 刘芳同志为…: the part's head, its items below
        elif size and last not in _SEPARATORS and text.startswith("附") and _ATTACHMENT_LABEL.match(text):
            add("。", no)  # 2.解聘人员名单 / (the signature) / 附件1: the label is no part of the line before
        elif (
            size
            and last not in _SEPARATORS
            and line.indent > 0
            and _ITEM_WITH_HOME.match(text)
            and _ends_post(parts[-1])
            and _opens_with_name(text)
        ):
            add(";", no)  # 周振宇(某中学)挂职任副校长 / 孙婷婷(某中学)挂职任…: items one per line, unpunctuated
        elif (
            gap_before
            and not gap_row
            and size
            and last not in _SEPARATORS
            and line.indent > 0
            and line.no > previous_no + 1
            and _ends_post(parts[-1])
        ):
            add("。", no)  # 董海涛　挂职任某科主任（某医院） / (a blank line) / 第九批…期满，免去：: a new paragraph
        elif (
            size
            and last not in _SEPARATORS
            and line.no > previous_no + 1
            and text.startswith(_LEADING)
            and _ends_post(parts[-1])
        ):
            add("。", no)  # 潘金生为检察员 / (a blank line) / 任命某法院人民陪审员: the next decision, unpunctuated
        elif (
            size
            and last not in _SEPARATORS
            and text.startswith(_LEADING)
            and 2 <= len(previous) <= 4
            and name_score(previous) >= 2
            and parts[-1].endswith(previous)
            and _VERB_NAME_THEN_POST.match(text)
        ):
            add("。", no)  # (三)某集团 / 邓红霞 / 解聘田光荣的…职务: the names end, the next decision opens
        elif size and last not in _SEPARATORS and text.startswith(_CLOSER_OPENERS) and _CLOSERS.match(text):
            add("。", no)  # 以上人员职级晋升自…起执行 after a line of names: a sentence of its own
        elif (
            size
            and last not in _SEPARATORS
            and text.startswith(("同时,", "另,", "此外,"))
            and (text[3:].startswith((*_LEADING, "下列", "以下")) or text.endswith(":"))
        ):
            # (…副主任 / 另，经商派出单位同意：: the same)
            add("。", no)  # …李婷(试用期一年) / 同时，免去下列同志职务：: the next decision, a sentence of its own
        elif (last == "》" and (text.startswith(_LEADING) or previous.startswith("审议"))) or (
            size and last not in _SEPARATORS and parts[-1].endswith("的议案") and text.startswith(_LEADING)
        ):
            add("。", no)  # 审议通过《关于选举…的议案》 / 选举孟繁荣先生为…: the motion, then its decision
            # (3.00 关于选举第三届董事会非独立董事的议案 / 选举罗志强先生为…: the same, unquoted)
        elif (
            size
            and last not in _SEPARATORS
            and previous
            and (
                _may_open_item(text)
                or text.startswith(_LEADING)
                or _opens_with_name(text)
                or _opens_with_name_and_verb(text)  # 东坪镇中心卫生院 / 刘建湘任院长；…
                # 文学院 / 　　胡志刚　院长: an indented row of a name and a title under its unit
                or (line.indent > 0 and ROW_SEP in text and _opens_with_name(text.replace(ROW_SEP, ",", 1)))
                # (二)某免税品有限公司 / 党委：林志坚同志任…: the company's board, its clause after the colon
                or (":" in text[:6] and _boards_of_a_company(text.split(":", 1)[0]))
                # 特克斯县人民检察院 / 别克波拉提·加列 / 力汗为…: a dotted name, broken at the line's end
                or (_DOTTED_NAME_START.match(text) is not None and not _SENTENCE_MARKS.search(text))
            )
            # (三、任命:某市中级人民法院 / 苏德夫为副院长: the heading after the section's colon)
            and (
                _is_heading(previous)
                or (":" in previous and _is_heading(previous.rsplit(":", 1)[1]))
                or (len(previous) <= 8 and previous in CATEGORY_LABELS)  # 院机关 / 任命贺建军为…: its own units
                or (len(previous) <= 8 and _boards_of_a_company(previous))  # (一)党委 / 杨树林任…: a board's part
            )
        ):
            add("。", no)  # 某旗人民法院 on a line of its own, a heading: its first item is not glued to it
        elif size and last not in _SEPARATORS and ROW_SEP in text and _LIST_SUBJECT_IN.search(previous):
            # 一、以下同志续聘原职务，聘期三年(…) / 刘庆华│党政办公室主任: the rows of the list it announces
            add(":", no)
        elif size and last not in _SEPARATORS and subhead_before and previous.endswith(("情况", "说明")):
            add("。", no)  # 一、…辞职情况 / 林振华先生因…: the part's label, then its first sentence
        elif (
            size
            and last not in _SEPARATORS
            and numbered_line
            and numbered_line == previous
            and (previous in _TITLE_SET or _label_of_titles(previous))
            and ("同志" in text or "由" in text)
            and _CLAUSE_END_IN.search(text)
        ):
            add("。", no)  # 三、网格长 / 某社区第3网格网格长由张小雨同志担任；: the part's label, then its sentence
        elif (
            size
            and last not in _SEPARATORS
            and numbered_line
            and numbered_line == previous
            and len(previous) <= 30
            and ("," in previous or previous.endswith(_PART_LABEL_ENDS))
            and (
                (verb := next((len(v) for v in _LEADING if text.startswith(v)), 0))
                or previous.endswith(_PART_LABEL_ENDS)
            )
            and (honoured := _HONOURED_NAME.match(text, verb))
            and name_score(honoured.group(1)) >= 2
        ):
            # (一、张立新等12名同志挂职任职 / 张立新同志挂职任…: a label that sums the part up)
            add("。", no)  # 二、试用期满，考核不称职，免去试用职务 / 免去钱伟同志的…: the part's label, then its clause
        elif (
            size
            and last not in _SEPARATORS
            and numbered_line
            and numbered_line == previous
            and 3 <= len(previous) <= 16
            and not previous.startswith(_LEADING)  # ((3)聘任郑 / 国柱同志为…: a name broken, no label)
            and not _CLAUSE_MARKS_IN.search(previous)
            and not _HONOURED_NAME.search(previous)
            and (
                (
                    (honoured := _NAMED_ITEM.match(text, 2 if text.startswith("同意") else 0))
                    and name_score(honoured.group(1)) >= 2
                )
                # (三、北京市第十批援疆干部挂职期满免职 / 因挂职期满，免去：: the label, then its sentence)
                or (previous.endswith(_PART_LABEL_ENDS) and text.startswith("因") and "," in text[:16])
                # (五、第四批驻村工作队期满召回 / 第四批驻村工作队驻村期满，经考核，以下同志…: the same)
                or (previous.endswith(_SENT_BACK_LABEL_ENDS) and "," in text[:20])
                # (三、召回人员 / 某村第一书记周海波同志因…，予以召回: the part's label, then its sentence)
                or (previous.endswith(_SENT_BACK_PEOPLE) and len(previous) <= 10)
            )
        ):
            # 四、聘期届满不再续聘 / 蒙志刚同志的…职务 (一、某批援疆干部挂职任职 / 陈立新(某委副主任)同志挂职任…):
            # the part's label, then its first item
            add("。", no)
        elif (
            size
            and last not in _SEPARATORS
            and numbered_line
            and numbered_line == previous
            and previous.endswith((*_PART_LABEL_ENDS, "人员"))
            and len(text) <= 30
            and _is_heading(text)
            and not _is_heading(previous + text)
        ):
            add("。", no)  # 三、任免某市中级人民法院工作人员 / 某市中级人民法院 / 任命：: the label, then the body
        elif (
            size
            and last not in _SEPARATORS
            and (subhead_before or (numbered_line and numbered_line == previous and len(previous) <= 12))
            and text.startswith(("下列同志", "以下同志"))
        ):
            add("。", no)  # 二、任期届满召回 / 下列同志任期届满，…: the part's label, then the list's subject
        elif size and last not in _SEPARATORS and (subhead_before or list_below) and ROW_SEP in text:
            add("。", no)  # (一)党政管理部门 / 施晓峰│校长办公室主任: a row of its own, under the part
            # (免职人员名单 / 1.刘德明│某局副局长: under the list's caption, not glued to it)
        elif (
            size
            and last not in _SEPARATORS
            and _may_open_item(text)
            # (…局长职 / 务 / 覃丽的…: the post broken over lines ends on the line before)
            and (_ends_post(parts[-1]) or (len(parts[-1]) <= 4 and _ends_post(previous)))
            and not (subhead_before and _label_of_titles(previous))  # ((一)系主任、副主任 / 聘任…: a label)
            # (某村第一书记邓卫东同志、某村第一书记 / 孙志远同志驻村期满: the people of one sentence)
            and not ("同志、" in "".join(parts[-3:]) and _LAST_OF_THOSE_ENDED.match(text))
        ):
            add(";", no)  # a list with one item per line and no ; between them
        elif (
            size
            and last not in _SEPARATORS
            and parts[-1].endswith(("请求", "申请"))
            and (text.startswith(("接受", "同意", *_LEADING)) or _may_open_item(text))
        ):
            add(";", no)  # 接受A…辞去…职务的请求 / 接受B…的请求: one resignation per line, no ; between
        elif (
            size
            and last not in _SEPARATORS
            and _is_heading(text)
            and (_ends_post(parts[-1]) or parts[-1].endswith(_CLAUSE_TAILS))
        ):
            add("。", no)  # …邓思远的审判员职务 / 佛山市人民检察院: the next body's heading
        elif (
            size
            and last not in _SEPARATORS
            and subhead_before
            and (
                _is_heading(text)
                or _may_open_item(text)
                or _opens_with_name(text)
                or (":" in text and text.split(":", 1)[0] in SECTION_HEADS)  # ((三)经理层 / 聘任：刘勇为…)
            )
        ):
            # 二、教学科研单位 then 经济与管理学院 / (三)某常委会工作机构 then 吴建军为…: a part of
            # a list, then a unit or an item in it
            add("。", no)
        roster = (
            ":" in text
            and (ROSTER_LINE.match(text) is not None or _ONE_SEAT_LINE.match(text) is not None)
            and not text.endswith(":")
            and decision_verbs().search(_BRACKETED.sub("", text)) is None  # 林小川(续聘): how, not a verb
            and not _ROSTER_NOT.search(text.split(":", 1)[0])
            # (某中级人民法院:李云鹏为副院长;赵永红为民事审判第 / 一庭庭长: items after a heading, broken)
            and not (";" in (value := text.split(":", 1)[1]) and "为" in value)
            # (文学院:周晓光任院长;刘洁、孟繁 / 宇任副院长: a unit's items, a name taking its post)
            and not ((said := _NAME_TAKES.match(value)) and name_score(said.group(1)) >= 2)
        )
        if roster and size and last not in _SEPARATORS:
            # 科研业务处处长:冯建军, a roster line: an item of its own; the unit on the line
            # above it (人事处, then 处长:韦建明) heads the lines below
            add("。" if previous and (_is_heading(previous) or subhead_before) else ";", no)
        if (
            text.rstrip(":") in SECTION_HEADS
            or (text.endswith((")", "):")) and _QUALIFIED_HEAD.match(text))
            or (
                len(text) <= 24
                and text.endswith(("职务", "人员", "同志", "干部"))
                and _CLASS_HEAD.match(text.rsplit(",", 1)[-1] if m else text)  # 二、挂职期满,免去下列同志的挂职职务
            )
            # 四、聘期届满，不再续聘: a head after the reason for it
            or (m and "," in text and len(text) <= 16 and text.rsplit(",", 1)[1].rstrip(":") in SECTION_HEADS)
            # 二、下列同志挂职期满，免去其挂职职务: the class first, then what is done to each (其)
            or (m and "," in text and len(text) <= 30 and _CLASS_THEN_VERB.match(text))
            # 一、聘任(续聘): a part by its verbs, the second in brackets
            or (m and text.endswith(")") and _HEADS_IN_BRACKETS.match(text))
            # 二、委派财务总监: a part by its verb and the title its items take
            or (m and len(text) <= 16 and (head := _HEAD_VERB_OPENING.match(text)) and _bare_title(text[head.end() :]))
            # 三、委派外部董事(任期三年): …, with what holds for every item of the part
            or (
                m
                and text.endswith(")")
                and len(unbracketed := text[: _opening_bracket(text)]) <= 16
                and (head := _HEAD_VERB_OPENING.match(unbracketed))
                and _bare_title(unbracketed[head.end() :])
            )
            or (m and len(text) <= 60 and _KIND_THEN_HEAD.match(text) and "同志" not in text)
        ):
            if size and last not in _SEPARATORS:
                add("。", no)
            text = text.rstrip(":") + ":"
        if m and text.endswith(")") and _PART_WITH_TERM.match(text):
            text += "。"  # 一、援疆干部人才挂职任职(挂职期限一年半,…) / 某中学: a part's label, its units below
        elif m and (
            text.rstrip(":") in _MIXED_PARTS
            or (len(text) <= 8 and text.endswith(_CATEGORY_PART_ENDS) and not decision_verbs().search(text))
        ):
            # 五、县级部门 / 瓦其日体 任…: a part by the kind of body its items are in, a label of its own
            # (二、任免职务 / 七林农布同志任…: a part of appointments and removals, each item its verb)
            text = text.rstrip(":")
            if size and last not in _SEPARATORS:
                add("。", no)
            text += "。"
        elif m and len(text) <= 30 and text.endswith(_PROPOSED_PART_ENDS) and _PROPOSED_PART.match(text):
            # 一、市中级人民法院院长提请任免的人员 / 盐城市中级人民法院: who proposed the part, a label
            # of its own (no body of the items, no decision)
            if size and last not in _SEPARATORS:
                add("。", no)
            text += "。"
        glued = size and last not in _SEPARATORS  # this line continues the one before
        numbered_line = text if m else ""
        at = size
        if text:  # add(text, no), inline: once for every line
            if not numbers or numbers[-1] != no:
                offsets.append(size)
                numbers.append(no)
            parts.append(text)
            size += len(text)
            last = text[-1]
        # the text since the last separator: a heading broken over lines (北京市第四中级人民 / 法院)
        previous = previous + text if glued and previous and len(previous) < 40 else text
        # (二、下派锻炼(挂职期限:2023年10月—2025年9月): the bracket says what holds for each item)
        bare = (_BRACKETED.sub("", text) if "(" in text else text).removesuffix("。")  # (五、县级部门。: its label)
        subhead_before = (
            bool(m)
            and len(bare) <= 30
            # (1.付 / 国平的…职务: a name broken after its first character, no label; (一)镇 is one)
            and (len(bare) >= 2 or bare in _ORGANISATION_LAST)
            # (一、中共某镇委员会由王德胜、刘晓燕、钟 / 国平…组成: a list of names cut at the line's end)
            and not ("由" in bare and "、" in bare)
            # (一、董事、副总经理兼董事会秘书辞职情况: what the part reports, said as its label)
            and (
                _subhead(bare)
                or _label_of_titles(bare)
                or (bare.endswith(("情况", "说明")) and not _CLAUSE_MARKS_IN.search(bare))
                or _REASON_LABEL.match(bare) is not None  # 三、因另有任用 / 10.姜春雷 人事处副处长
            )
        )
        if subhead_before:
            index.subheads.add(at)
        if m:
            index.numbered.add(at)
            if m.group()[0] in _PART_NUMERALS and m.group()[-1] == "、":
                index.parts.add(at)
        if roster and not (text.endswith("、") or _NAME_CUT.search(text)):  # (the list goes on below)
            if last not in ";。":  # (…副主任 汤俊；: a line that ends itself)
                add(";", no)
            roster_before = True
        elif text.endswith(")") and ("通过" in text[-8:] or (text.startswith("(") and "年" in text)):
            add("。", no)  # an adoption line (…会议通过) is a sentence of its own
        elif m and (
            text in LIST_LABELS
            or (text.endswith(")") and bare in LIST_LABELS)
            # 四、解聘与不再续聘: a part named by the verbs of its items, each item its own verb
            or (len(text) <= 12 and _HEADS_JOINED.match(text) is not None)
            # 三、外部董事聘任和解聘: the same, after the title its items are about
            or _title_then_heads(text)
            # 一、选派张博等同志到县挂职: the group sent, each item below with the post it takes
            or (len(text) <= 30 and _GROUP_SENT_LABEL.match(text) is not None)
            # 一、董事辞职情况: a label of the part below, not the subject of its first sentence
            or (len(text) <= 12 and text.endswith(_REPORT_LABEL_ENDS) and not _SENTENCE_MARKS.search(text))
            # 二、关于高级管理人员及证券事务代表辞职的情况: the same, said with 关于…的
            or (
                len(text) <= 30
                and text.startswith("关于")
                and text.endswith(("的情况", "情况说明"))
                and not _SENTENCE_MARKS.search(text)
            )
            # 一、关于邓建华先生辞去本行董事长等职务的议案: a motion's title over what the board adopted
            or (
                text.startswith("关于")
                and text.endswith("议案")
                and len(text) <= 60
                and not _SENTENCE_MARKS.search(text)
            )
        ):
            # 一、职务任免 / 一、挂职任职(挂职时间三年): a label of the part below, not glued to its first item
            if len(parts) >= 2 and parts[-2] == ";":
                parts[-2] = "。"  # (…副主任:刘畅; / 二、挂职任职: the roster above ends with its part)
            add("。", no)
        elif m and len(text) <= 40 and _is_heading(text):
            add("。", no)  # 一、某市中级人民法院, a numbered heading: what follows is its list
        elif len(text) <= 30 and text.endswith(_BODY_KIND_ENDS) and _subhead(text):
            add("。", no)  # 某省人民代表大会常务委员会工作机构 on its own line: a label of the items below
        elif text.startswith("附") and _ATTACHMENT_LABEL.match(text):
            add("。", no)  # 附件 / 附件2: a label on its own line, no part of the heading below it
    text = "".join(parts)
    if "职务、" in text:  # 免去冯宗华的某厅副厅长职务、不再兼任某局局长: a second clause, its own verb
        text = _NEXT_CLAUSE_AFTER_POSTS.sub(",", text)
    return text, index


_BRACKETED = re.compile(r"\([^()]*\)")
_CHINESE_NUMERAL = re.compile(r"[一二三四五六七八九十]")
_LIST_CAPTION_ENDS = ("名单", "名册", "一览表")


def cut_chunks(text: str) -> list[Chunk]:
    """Chunks between , ; : 。 outside brackets (。 always cuts and resets the depth)."""
    chunks: list[Chunk] = []
    depth = 0
    start = 0
    unclosed = _unclosed(text)
    for m in _STRUCTURE.finditer(text):
        ch, i = m.group(), m.start()
        if ch in _OPEN:
            depth += i not in unclosed
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "。" or depth == 0:
            chunks.append(Chunk(text[start:i], start, ch))
            start = i + 1
            depth = 0
    if start < len(text):
        chunks.append(Chunk(text[start:], start, ""))
    for k in range(len(chunks) - 1):
        one, term = chunks[k], chunks[k + 1]
        if one.sep == "," and term.sep == ":" and term.text.startswith(_TERM_WORDS):
            # 聘任…主任、副主任如下，聘期三年(…)：/ the rosters: the term said between the list and its colon
            chunks[k] = Chunk(one.text, one.start, ":")
    for k in range(len(chunks) - 2, -1, -1):
        one, more = chunks[k], chunks[k + 1]
        if (
            one.sep == ","
            and "撤销" in one.text
            and more.text.startswith(("兼任", "兼"))
            and _REVOKED_DECISION_END.search(more.text)
        ):
            # 撤销…中A同志任X、Y，兼任Z的任职决定: the decision revoked, its posts said with a comma between
            chunks[k : k + 2] = [Chunk(f"{one.text}、{more.text}", one.start, more.sep)]
    return chunks


_REVOKED_DECISION_END = re.compile(r"的(?:任职|任命|聘任)?决定$")


#: 一事，另文下发: what another document will decide.
#: …，试用期满，正式任职: the confirmation said after the post and its probation.
_FORMAL_AFTER = re.compile(r"(?:经考核[^,;。]{0,6},)?(?:予以|同意)?正式(?:任职|任用|聘任|任命)[;。,]")
_BIRTH = re.compile(r"\d{4}年(?:\d{1,2}月)?(?:出生|生人)|出生于\d{4}年")
#: How a body's name ends that a numbered heading may break before (某高速公路运营管 / 理有限公司).
_BODY_NAME_ENDS = ("公司", "集团", "学院", "医院", "中心", "委员会", "研究所", "学校", "银行")
_NO_MORE_AS = re.compile(r"^(其?不再(?:续聘|聘任))为")
_DONE_ELSEWHERE = ("另文", "另行发文", "另行下文", "另行通知")
#: How an item may end after its post: what becomes of the person (…免去党委书记职务，另有任用).
_CLAUSE_TAILS = ("另有任用", "退休", "到龄退休", "辞职", "调离", "职务自然免除", "自然免除")
_TERM_WORDS = ("聘期", "任期", "试用期", "任职时间", "聘任期")


def _own_body_before(posts: str, clause: str) -> str:
    """司司长 after 该 in a clause that names 某部某司 before it (该司 of that 司): the posts at that
    body, or "" when the clause names none of that kind before 该."""
    unit = split_title(posts.split("、")[0].removesuffix("职务"))[0]
    cut = clause.find("该" + unit) if unit else -1
    if cut <= 0:
        return ""
    before = clause[:cut]
    end = before.rfind(unit)
    while end > 0 and before[end + len(unit) : end + len(unit) + 1] == "长":
        end = before.rfind(unit, 0, end)  # (…管制司副司长: the 司 of the title is no body)
    if end <= 0:
        return ""
    named = re.split(r"[,、由]", before[:end])[-1].removeprefix("决定")
    body = named + unit
    return body + posts[len(unit) :] if len(named) >= 2 else ""


def _own_title(post: str, unknown: tuple[str, ...]) -> str:
    """A bracket naming a rank of the post's own title (副护士长 beside 护士长), or ""."""
    body, title = split_title(post)
    if not title or body.endswith(_RANKS_OF_A_TITLE):
        return ""
    return next((odd for odd in unknown if odd.endswith(title) and odd[: -len(title)] in _RANKS_OF_A_TITLE), "")


_RANKS_OF_A_TITLE = ("副", "常务副")


#: 骨科护士长　李婷（试用期一年）: a post, white space, who takes it (a name cut at the line's end too).
_POST_GAP_SEAT = re.compile(
    r"^([\u4e00-\u9fff()]{3,30}?)\s+([\u4e00-\u9fff·](?: ?[\u4e00-\u9fff·]){0,11})(\([^()]{1,20}\))?$"
)


def _name_cut_at_end(line: str) -> bool:
    """主任　任 / 护士长　王: a line ending in one character after its title, a name's first half
    (not 副主任：田  甜, a name spaced out)."""
    words = line.split()
    return (
        len(words) >= 2
        and len(words[-1]) == 1
        and "\u4e00" <= words[-1] <= "\u9fff"
        and words[-2].rstrip(":：").endswith(_TITLES_BY_LENGTH)
    )


_NAME_REST = re.compile(r"^[\u4e00-\u9fff·]{1,3}(?:\([^()]{1,20}\))?$")


def _posts_gap_names(line: str, cut_before: bool) -> str | None:
    """心血管内科护士长　王娜娜；普通外科护士长　雷艳: posts each with who takes it after white space,
    written as roster seats (心血管内科护士长:王娜娜;…); None unless every entry is one. With
    ``cut_before`` the first entry may be the rest of a name the line before cut (娜娜；普通外科…)."""
    entries = [entry.strip() for entry in re.split("[;；]", line) if entry.strip()]
    seats = []
    for at, entry in enumerate(entries):
        pair = _POST_GAP_SEAT.match(entry)
        if (
            pair
            and _body_of(pair.group(1))
            and split_title(pair.group(1))[1]
            # (a name of one character only at the line's end: its other half comes on the next line)
            and (len("".join(pair.group(2).split())) >= 2 or (at == len(entries) - 1 and not pair.group(3)))
        ):
            seats.append(pair.group(1) + ":" + "".join(pair.group(2).split()) + (pair.group(3) or ""))
        elif at == 0 and cut_before and _NAME_REST.match("".join(entry.split())):
            seats.append("".join(entry.split()))
        else:
            return None
    return ";".join(seats) if any(":" in seat for seat in seats) else None


def _body_of(post: str) -> str:
    """The body of a post, or "" when what split_title leaves is no body (副 of 副总经理, 总 of 总经理)."""
    body = split_title(post)[0]
    return body if len(body) >= 2 and (_ORGANISATION_END.search(body) or _DEPARTMENT.search(body)) else ""


def _bare_title(item: str) -> bool:
    core = item.removeprefix("代理").removeprefix("常务")
    return core in _TITLE_SET or split_title(core)[0] in ("", "党组", "党委", "党工委", "党总支", "党支部", "科")


#: What a roster line's label never is: the words before a decision (…会议决定:, 现通知如下:).
_ROSTER_NOT = re.compile(r"决定|(?:^|[,;])经.{0,12}研究|研究决定|如下|通知|会议|同志|附件|抄送|主送|联系")
_TITLE_SET = frozenset(TITLES)
_TITLES_BY_LENGTH = tuple(sorted(TITLES, key=len, reverse=True))
_CLASS_HEAD = re.compile(
    rf"^(?P<verb>{'|'.join(verbs_where('head'))})"
    r"(?:[^,;。:]{0,10}(?:人员|干部)|[^,;。:]{0,8}(?:下列|以下|如下|上述|等|名|位|批)[^,;。:]{0,4}同志)"
    r"的?(?:[^,;。:]{0,4}职务)?$"
)  # (免去下列同志的挂职职务: the posts the people below held; not 免去丁丽同志: one person, the post next)
_LEADING = tuple(sorted(LEADING_VERBS, key=len, reverse=True))
#: What opens a clause, never a name (接受阿迪力·努尔买买 is no name of a grid).
_VERBS_OPENING_NO_NAME = (*(v for v in _LEADING if len(v) >= 2), "接受", "同意")
_CLASS_THEN_VERB = re.compile(
    r"^(?:下列|以下|如下|上述)[^,;。:]{0,6}(?:同志|人员|干部)[^,;。:]{0,12},"
    rf"(?:{'|'.join(verbs_where('head'))})其(?:[^,;。:]{{0,4}}职务)?:?$"
)
#: (a board's 专门委员会, whose seats are posts of the company, is none of these)
# (董事会、监事会及经理层组成人员调整如下: a company's boards, whose seats are posts)
_ONE_SEAT_LINE = re.compile(r"^(?:不设[\u4e00-\u9fff]{2,8},)?设[\u4e00-\u9fff]{2,8}?[一二两三]名:[^:;。]{2,}$")
_ONE_SEAT = re.compile(r"^设([\u4e00-\u9fff]{2,8}?)[一二两三]名$")
_BOARDS_OF_A_COMPANY = frozenset(
    {"董事会", "监事会", "经理层", "党委", "党支部", "党总支", "领导班子", "董事会成员", "监事会成员", "经理层成员"}
)


def _boards_of_a_company(text: str) -> bool:
    """董事会 / 董事会、监事会 / 党委和董事会: a company's own boards, no body of their own."""
    return all(part in _BOARDS_OF_A_COMPANY for part in re.split("[、和及与]", text))


_TASK_GROUP = re.compile(
    r"小组|指挥部|议事协调|领导机构|工作专班|(?<!专门委员会)(?<!董事会)(?<!监事会)(?<!经理层)组成人员调整"
)
#: 重症医学科彭丽(试用期六个月): a unit (a 科, 室, 病区…), then a name, then what is said of the post.
_UNIT_THEN_NAME = re.compile(
    r"^(?P<unit>[\u4e00-\u9fff]{1,20}?(?:科|室|病区|中心|部|处|所|站|队|组|办|中学|小学|学校|幼儿园|学院|系))"
    # (心内科 罗明、张晓: the unit's names, each holding the title)
    r"(?P<name>(?![学校园院])[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*)(?P<said>\([^()]{2,30}\))?$"
)  # (白泥井镇中心学校马强: no 中心 + 学校马强)
_ORDER_NOTE_AT_END = re.compile(r"\((?:按|以)姓氏笔[画划](?:排序|为序)\)$")
_ORDER_NOTE = re.compile(
    r"^(?:按|以)姓氏笔[画划](?:排序|为序)$|^排名不分先后$|^(?:共)?[\d一二三四五六七八九十]{1,3}[名人]$"
)
#: (试用期一年的人员…, 标注“试用期”的同志…, 试用期人员试用期满…后正式聘任: those so held, a rule)
_ABOUT_PEOPLE = re.compile(
    r"^(?:标注|注明|标有)?[“\"]?(?:试用期|挂职)(?:[^,;。]{0,12}?[”\"]?的)?(?:内|期间)?(?:人员|同志|干部)"
)
_RANK_HEAD = re.compile(
    rf"^(?:{'|'.join(RANK_VERBS)})(?:[一二三四五六七八九]级|高级|正|副){{0,2}}"
    r"(?:巡视员|调研员|主任科员|科员|主办|警长|警员|法官|检察官|督学|职员|办事员)(?:职级)?:?"
)
_RANK_VERB = re.compile("|".join(sorted(RANK_VERBS, key=len, reverse=True)))
#: The party body a title names as its first word (党委书记, 党组副书记): what carries to a
#: bare title after it (委员, 成员) with the organisation.
_PARTY_BODY_END = re.compile(r"(?<=.)(?:党委|党组|党工委|党总支|党支部)$")
_PARTY_BODY = re.compile(r"^(?:党委|党组|党工委|党总支|党支部|纪委)(?=.)")
#: A board and the seats on it (监事会主席、监事: the second a seat on the 监事会 the first chairs).
_BOARD_SEATS = {
    "监事会": frozenset({"监事", "职工监事", "职工代表监事", "外部监事", "股东代表监事"}),
    "董事会": frozenset({"董事", "独立董事", "职工董事", "外部董事", "非独立董事", "职工代表董事"}),
}
_STATE_SET = frozenset(PERSON_STATES)
_TITLES_LONGEST = sorted(TITLES, key=len, reverse=True)
_TITLE_TUPLE = tuple(_TITLES_LONGEST)
#: What a bracket after a name says of the person, not of the post: (女), (回族), (副所长兼任).
NAME_MARK_WORDS = re.compile(r"^(?:女|男|[\u4e00-\u9fff]{1,4}族|.*兼任|.*兼)$|^(?:女|男),")
_RANK_SET = frozenset(RANKS)
_MANNER_SET = frozenset(MANNERS)


_SIBLING_KINDS = (
    "委员会",
    "局",
    "办公室",
    "部",
    "处",
    "科",
    "室",
    "中心",
    "所",
    "学院",
    "系",
    "大队",
    "中队",
    "监区",
    "病区",
    *("支行", "分行", "分公司", "营业部"),  # a bank's or a company's branches, side by side
)
_BRANCH_KINDS = ("支行", "分行", "分公司", "营业部")
_BRANCH_PARENTS = ("银行", "公司", "分行", "联社", "集团")
#: How a unit's name ends, where an item that names it again (纪委办公室 after 纪委) may start.
_UNIT_NAME_ENDS = ("委", "局", "部", "处", "办", "会", "院", "中心", "室", "所")
#: Where a place's name ends before a bureau's (某县 / 财政局), not inside a word (市场, 区域).
_PLACE_BEFORE_BUREAU = re.compile(r"[省市县区州旗盟](?![场委政属直级域])")
#: Units numbered or named side by side in a police, prison or hospital body (一大队, 二监区).
_SQUAD_KINDS = ("大队", "中队", "监区", "病区")
_SQUAD_PARENT_ENDS = frozenset("队局所院厅府处科司狱")


#: How the name of an inner unit of a body ends (党委组织部, 纪委办公室, 人事处).
_INNER_UNITS = ("部", "处", "室", "办", "中心")


def _relative_kind(prefix: str, unit: str) -> bool:
    """Is ``unit`` a part of a unit (干部科 of 组织部)? Only a 科, 股 or 室 is."""
    return unit.endswith(("科", "股", "室")) and not unit.endswith("办公室")


_NUMBERED_UNIT_END = re.compile(r"第[\d一二三四五六七八九十]{1,3}([\u4e00-\u9fff]{1,6})$")


def _parent_of_sibling(prefix: str, unit: str) -> str:
    """董事会风险管理委员会委员、战略发展委员会委员: a unit of the kind the body before it is
    belongs beside it, to its parent (董事会), not inside it."""
    if unit.startswith("第") and (numbered := _NUMBERED_UNIT_END.search(prefix)) and unit.endswith(numbered.group(1)):
        return prefix[: numbered.start()]  # 某社区第3网格网格长、第5网格网格长: the 5th beside the 3rd, of the same
    if prefix.endswith("总部") and len(prefix) > 4 and not unit.startswith(("集团", "公司")):
        return prefix  # 某集团有限公司总部 / 财务管理部部长: a headquarters holds its departments
    if prefix.endswith("学院") and 1 <= unit.find("学院") and unit.find("学院") + 2 < len(unit):
        return ""  # 四、体育学院 / …文学院新闻学系主任: a unit of another college, named with it
    overlap = next((k for k in range(min(len(unit) - 1, 6), 1, -1) if prefix.endswith(unit[:k])), 0)
    if (
        overlap
        and len(prefix) > overlap + 1
        and unit[:overlap].endswith(_UNIT_NAME_ENDS)
        and not unit.startswith(_BOARD_WORDS)
    ):
        # 集团公司纪委委员、纪委办公室主任: the item names the unit again, and its office in it
        return prefix[:-overlap]
    if prefix.endswith("科") and _WARD_OF_A_DEPARTMENT.match(unit + "负责人"):
        return prefix  # 呼吸内科副主任(兼哮喘亚专科负责人): the department's subspecialty, in it, not beside it
    kind = next((k for k in _SIBLING_KINDS if unit.endswith(k) and prefix.endswith(k)), None)
    if kind is None and unit.endswith("学院") and prefix.endswith("院"):
        kind = "学院"  # 研究生院副院长、机械工程学院副院长: a university's units side by side
    if kind in _SQUAD_KINDS:
        # 某支队治安大队副大队长、户政大队大队长: the squad beside it, in the body the first is in
        for at in range(len(prefix) - len(kind), 2, -1):
            if prefix[at - 1] in _SQUAD_PARENT_ENDS:
                return prefix[:at]
        return prefix
    if kind is None or (prefix.startswith("中共") and kind == "委员会"):
        return prefix  # a party committee's 纪委 is its own, not a sibling
    if kind in _BRANCH_KINDS:
        # 某银行积善支行行长、文峰支行副行长: the branch beside it, of the bank (or of none said)
        for k in range(len(prefix) - len(kind) - 1, 1, -1):
            if prefix[:k].endswith(_BRANCH_PARENTS):
                return prefix[:k]
        return ""
    if kind == "局":
        # 某县财政局局长、税务局局长: a bureau beside it, of the place (not 市场监督管理局's 市)
        place = max((m.end() for m in _PLACE_BEFORE_BUREAU.finditer(prefix, 0, len(prefix) - 2)), default=0)
        return prefix[:place] if place >= 2 else prefix
    if prefix.endswith(_CONGRESS_STANDING) and "人民代表大会" in prefix and not unit.endswith(_OF_STANDING):
        # 某市人民代表大会常务委员会委员、财政经济委员会委员: a special committee is the congress's;
        # only a working committee (法制工作委员会) is its standing committee's
        return prefix.removesuffix("常务委员会").removesuffix("常委会")
    for k in range(len(prefix) - len(kind) - 1, 1, -1):
        if prefix[:k].endswith(_BOARDS):
            return prefix[:k]
    party = _PARTY_UNIT.search(prefix)
    if party and not unit.startswith(party.group(1)):
        return prefix[: party.start()]  # 集团公司党委组织部部长、人力资源部部长: the company's own 人力资源部
    if kind in ("学院", "系") and (school := max(prefix.rfind("大学"), prefix.rfind("学院", 0, len(prefix) - 2))) > 0:
        return prefix[: school + 2]  # 南京大学计算机学院院长、数学学院院长: the university's; a college's 系
    if _relative(prefix):
        return ""  # 安全保卫部 (a heading) then 陈列展览部主任: a unit beside it, of the body unsaid
    # 政协某市委员会社会和法制委员会主任、教科卫体委员会主任: a committee of the committee before
    inner = prefix.rfind(kind, 0, len(prefix) - len(kind))
    if inner > 1:
        return prefix[: inner + len(kind)]
    # 某市人民检察院第一检察部主任、第二检察部主任: the unit's parent, the body before it
    for k in range(len(prefix) - len(kind) - 1, 3, -1):
        # (某大学 / 计算机学院; 某集团有限公司 / 融资部; 某支行 / 风险管理部; 中共某县委 / 组织部)
        if prefix[k - 1] in "院局厅府学司行委" and _ORGANISATION_END.search(prefix[:k]):
            return prefix[:k]
    return prefix


_BOARDS = ("董事会", "监事会", "常委会", "常务委员会")
#: Committees a congress's standing committee has of its own (not the congress's special ones).
_OF_STANDING = ("工作委员会", "代表资格审查委员会")
_CONGRESS_STANDING = ("常务委员会", "常委会")
_BOARD_WORDS = ("董事会", "监事会")
_BOARD = re.compile(r"(?:第[一二三四五六七八九十\d]+届)?(?:董事会|监事会)")
_RENEWALS = ("连任", "续任")
_MADE_AT = re.compile(r"^(决定|)撤销[^,;。]{4,60}?(?:作出|做出)的(?=任命|聘任|关于|对)")
#: A request to another body that decides (提请县纪委全会免去…, 提请县人大常委会任命…): no event here.
_ASKED_OF_ANOTHER_BODY_OPENERS = ("提请", "并提请", "同时提请", "建议提请")
_ASKED_OF_ANOTHER_BODY = re.compile(
    r"^(?:并|同时|建议)?提请[^,;。]{2,24}?(?:全会|全体会议|常委会|常务委员会|会议|大会|董事会|理事会|人大)"
    r"(?:审议)?(?:决定|依法)?(?:任命|免去|免除|选举|罢免|批准|聘任|解聘)"
)
_PROPOSED = re.compile(rf"^(?:{'|'.join(PROPOSAL_OPENERS)})([\u4e00-\u9fff·]{{2,8}}?(?:同志|先生|女士)?)(?:为|任|担任)")
#: 免去其职务 after a person's state (退休): the post that person was described by.
_THEIR_POSTS_LEFT = re.compile(
    r"^(?:免去|免除|解聘)(?:其|他|她)(?:的)?(?:所任|原任|上述|相应|挂职|挂任)?职务$"
    r"|^(?:董事会|公司|党委)?(?:同意)?解除(?:其|他|她)(?:的)?(?:聘任|聘用|职务|劳动合同)$"  # (…，董事会同意解除其聘任)
)
#: What opens the removal that names the post of a resignation just accepted (免去其…职务).
_THEIR_POSTS_NEXT = ("免去其", "免去她", "免去他", "免其", "解聘其", "免除其")
#: Words opening with 任 that never continue a clause's person with a new post.
_NOT_ELIDED = ("任命", "任期", "任职", "任免", "任用", "任务")
#: What an assessment of a person says (…2024年度经营业绩考核结果为不合格): told, no decision.
_ASSESSED = re.compile(r"考核|测评|评价|表现")
_NAMED_HOLDER_POST_ENDING = re.compile(
    r"^(?:原任|原)?(?P<name>[\u4e00-\u9fff·、]{2,30}?)同志的?(?:原任?)?(?P<post>[^,;。]{4,60}?)职务"
    r"(?:自然|相应|一并|同时)(?:免除|免去|终止|解除|解聘)$"
)
_NAMED_HOLDERS_ENDING = re.compile(
    r"^(?:原(?:聘任|任命|任用)的)?(?P<people>[^,;。:]+\))(?:等(?:\d+|[一二三四五六七八九十]+)?名?)?同志的?"
    r"(?:原任?|原担任的|所任)?(?:相应)?职务(?:自然|相应|一并|同时)?(?:免除|免去|终止|解除|解聘)$"
)
_UNNAMED_ENDING = re.compile(
    r"^(?:其)?原?(?:聘任|任|所任|担任的)?(?:[\u4e00-\u9fff]{0,10}?(?:领导|干部|负责人))?职务(?:自然|相应|一并|同时)?(?:免除|免去|终止|解除|解聘)$"
    # 以上受聘人员原担任的科室职务自然解聘: whoever held them before, unnamed
    r"|^(?:以上|上述)[^,;。]{0,8}(?:人员|同志)原(?:担任|所任|任)的?[^,;。]{0,8}职务(?:自然|相应|一并|同时)?(?:免除|免去|终止|解除|解聘)$"
)
#: Who wrote, edited or checked a page (责任编辑：李婧): furniture, no seat.
_BYLINE_ROLES = frozenset(
    {
        "责任编辑",
        "编辑",
        "记者",
        "审核",
        "校对",
        "通讯员",
        "摄影",
        "作者",
        "来源",
        "供稿",
        "审校",
        "终审",
        "初审",
        "复审",
    }
    | {"监制", "撰稿", "联系人", "主编", "签发", "核稿", "拟稿", "印发", "抄送", "主送"}
)
_MOTION_TITLE = re.compile(r"^(?:会议)?审议(?:并)?通过了?《[^《》]{4,60}议案》$")
#: 宋世华同志因身体原因，本人申请辞去某支行行长职务: a person's own request, told (not 接受X辞去…的请求).
#: Words before 辞去 that make it no resignation done: one to come (拟辞去), or one pointed back to.
_NOT_YET_RESIGNED = ("拟", "将", "欲", "准备")
#: What the rest of its sentence says of a resignation told that is not done yet, or told elsewhere:
#: 其辞职将导致监事会成员低于法定人数，…仍将依照法律法规履行监事职责 / 具体内容详见….
_RESIGNATION_NOT_DONE = re.compile(r"详见|仍将|仍继续|低于法定|尚需|生效前|之日起生效")
_ASKED_OR_CITED = re.compile(r"请求|申请|报告|议案|鉴于|关于|详见|同意|接受|批准")
_ASKS_TO_RESIGN = re.compile(
    r"^[\u4e00-\u9fff·]{2,8}?(?:同志|先生|女士)(?:因[^,;。]{1,16}?)?\u200b?(?:本人)?(?:申请|请求|提出)辞去"
)
#: 原任研究所所长、副所长职务自然免除: the posts (titles, no one's name) of those the list replaces.
_UNNAMED_POSTS_ENDING = re.compile(
    r"^原(?:任|聘任|担任的|任的)?(?P<posts>[\u4e00-\u9fff、]{2,30}?)职务(?:自然|相应|一并|同时)(?:免除|免去|终止|解除|解聘)$"
)
#: 不再担任机关纪委书记职务：赵峰 / 任命副院长：张建国、王晓芳: a verb and a title, the names after the colon.
_VERB_TITLE_HEAD = re.compile(
    r"^(?P<verb>免去|不再担任|不再兼任|解聘|任命|聘任)(?P<title>[\u4e00-\u9fff()]{2,30}?)(?:职务)?$"
)
#: 名单如下: after a sentence deciding titles with no one named (决定聘任某室主任、副主任，任期四年。)
_NAMES_LISTED = re.compile(r"^(?:具体|有关|相关|人员|现将)?(?:人员)?名单(?:公布)?如下$")
_TITLES_DECIDED_BEFORE = re.compile(
    r"(?:决定|同意|研究)(?P<verb>聘任|任命|续聘|选聘)(?!以下|下列|如下)[^,;。:“”]{2,40}?"
    r"(?:,[^;。:“”]{0,40})?。$"
)
#: 现将聘任结果通知如下: the roster below holds the appointments made.
#: What a note says a table's mark means (“任免”指任新职…, “免”为免去现任职务).
_LEGEND_MEANS = re.compile(r"“[任免]{1,2}”(?:指|为|表示)")
#: 撤销(该文件中)“X同志任Y”的任职决定: a decision quoted, revoked.
_REVOKED_QUOTED = re.compile(
    # (撤销《…的通知》(…号)文件中“缪志刚同志任…(试用期一年)”的内容: the notice cited, the text quoted)
    r"撤销[^“”,;。]{0,80}“(?P<clause>[^“”]{4,120})”的?(?:(?:任职|任命|免职|聘任|任免|)决定|内容)"
)
#: …文件中关于任命郭晓伟同志为A、免去其B职务的决定: a decision of two parts, unquoted, revoked.
_REVOKED_COMPOUND = re.compile(
    r"撤销[^“”,;。]{0,40}?关于(?P<clause>(?:任命|聘任)[^“”,;。]{4,120}?[、\u200b]免去其[^“”,;。]{2,60}?)的决定"
)
#: A list of decisions made before, revoked (文件中的下列任职决定同时撤销 / 以下任命决定予以撤销).
_REVOKED_BELOW = re.compile(
    r"(?:下列|以下|如下)(?:同志的?)?(?:任职|任命|聘任|任免)(?:决定|事项)(?:同时|一并|予以|均|全部)*(?:撤销|作废|撤回)$"
)
_REVOKED_BELOW_ENDS = ("撤销", "作废", "撤回")
#: 中共某镇第十四届委员会第一次全体会议(选举结果): the committee whose plenary elected its officers.
_PLENARY_OF = re.compile(r"(?P<body>(?:中共|中国共产党)[^,;。:、]{2,30}?委员会)第[一二三四五六七八九十]+次全体会议")
_REVOKED_CONTENT_BELOW = re.compile(r"^撤销.{2,100}?中(?:的)?(?:以下|下列|如下)(?:内容|任职内容|任免内容|条款|决定)$")
_RESULTS_BELOW = re.compile(
    r"(?:聘任|任职|任免|竞聘|竞争上岗|选聘|选举)结果(?:通知|公布|公告)?如下$"
    r"|^(?:(?:同意|批准)[^,;。]{0,50})?选举结果$"  # 同意岭背镇第十五次党代会选举结果: / 镇党委书记:宋振华
    r"|任免事项(?:通知|公布)?如下$"  # 现将任免事项通知如下: / 骨科党支部书记:苗文举 (then 免去: for the rest)
    # 新一届学院党政领导班子成员任职如下: / 一、水产学院 / 党委书记:林国栋
    r"|(?:班子成员|领导班子|负责人|干部|人员)(?:任职|聘任|任命)(?:情况)?如下$"
    # 现将任职人员通知如下: / 一、某所 / 所长:谢华安
    r"|(?<!拟)(?:任职|聘任|任命)(?:人员|干部)(?:名单)?(?:通知|公布)如下$"
    # 董事会同意选举第五届董事会各专门委员会委员如下: / 董事会战略委员会:主任委员陈立新;委员…
    r"|(?:^|同意|决定)(?:选举|推选|聘任|任命)[^,;。:拟]{2,40}如下$"
)
#: The notice a revoked decision was made in, cited between 撤销 and the decision.
#: 胡志勇(某市发展和改革委员会)某局副局长: a name, its home body in brackets, then the post (no verb).
_NAME_HOME_POST = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,12})\((?P<home>[^()]{4,40})\)(?P<post>[^()(].{3,60})$")
_QUOTED = re.compile(r"“([^“”]{4,80})”")
_CITED_IN = re.compile(
    r"^(决定|)撤销(?:(?:《[^《》]+》(?:\([^()]*\))?|[^,;。《》]{0,24}?〔\d{4}〕\d{1,4}号)(?:文件)?中(?:关于)?"
    r"|\d{4}年[^,;。《》〔]{0,24}?关于)"  # (撤销2024年12月集团党委关于任命X为Y的决定: a decision by its day and body)
)  # (撤销2019年11月20日市委干〔2019〕88号文件中X任Y的任职决定: a notice cited by its number)
#: A group's post that is each one's own, written in the bracket after each name (原职务).
_OWN_POSTS = frozenset({"原", "原任", "现任", "现", "所任", "所担任", "相应"})


#: A clause that says when, or what is yet to be done, and decides nothing.
_NOT_DECIDED = re.compile(
    r"^在[^,;。]{2,30}(?:前|之前|期间)$|将[^,;。]{0,12}尽快|按(?:法定)?程序(?:聘任|任免|办理|任命)$"
    r"|建议[^,;。]{1,20}?(?:聘任|任命|选举|委派|免去|解聘)"  # (建议公司董事会聘任X为总经理: proposed only)
    r"|指定专人"  # (…职务暂由某总部指定专人代为履行: someone yet to be named)
    r"|^[^,;。]{0,20}(?:成员|人员)均为"  # (审计委员会成员均为不在公司担任高级管理人员的董事: who they all are)
    r"|为[^,;。]{0,10}人士$"  # (刘卫东先生为会计专业人士: what a person is)
    r"|^(?:聘任|任命|任职|聘用|委派)后"  # (聘任后实行任期制和契约化管理: what follows the decision)
    r"|任职前"  # (上述分支机构负责人已按规定完成任职前合规审查: a step before, no decision)
    r"|^(?:并)?(?:在)?其?当选后"  # (…为独立董事候选人，并在其当选后担任审计委员会主任委员: if elected)
    r"|^(?:签订|解除)(?:聘用|聘任|劳动)?合同$|^解除聘任(?:关系)?$"  # (a recruitment's terms)
    r"|继续担任|仍担任|仍任|仍在[^,;。]{0,12}担任|连选连任|^可以?连任$|^可连选连任$|核准后正式任职$"  # (a post held on)
    r"|任职资格(?:尚需|尚待|须|需|待)[^,;。]{0,40}(?:核准|批准|审核|备案)$"  # (X先生的任职资格尚需…核准: pending)
    r"|不一致的?$|以本通知为准$"  # (原明确的…负责人与本通知不一致的，以本通知为准: which notice holds)
    r"|将导致|将(?:在|于|自)[^,;。]{2,40}(?:生效|起生效)$"  # (what a resignation will bring, and when)
    r"|^(?:原任|其他|其余|原)?职务(?:职级)?不变$|^希望"  # (原任职务不变: nothing changes; 希望…: an exhortation)
    r"|另行(?:聘任|任用|任命|安排)(?:工作|职务)?$"  # (其新的职务另行聘任, 其中赵立民同志另行安排工作: for later)
    r"|^(?:暂|尚|暂时)?不宜(?:正式)?(?:任职|任用|聘任|任命)$"  # (试用期满，经考核，暂不宜正式任职: a judgement)
    r"|为[^,;。]{2,30}人选$"  # (其中张卫国为董事长人选: a candidate, for the company's own board to elect)
    # (不再续聘的同志, 其原职务自然解聘: a class, no one named; 其中: names them)
    r"|^不再(?:续聘|聘任|任用)的(?:同志|人员|干部)$|^其(?:原任?|原有)?职务(?:自然|相应|同时)?(?:解聘|免除|免去|终止)$"
)
#: 原聘任的中层干部聘期届满, 原驻村第一书记、工作队员任期届满: a class whose term ended, no one named
#: (its 其 in the next clause is whoever is so, not the person before).
_CLASS_TERM_ENDED = re.compile(
    r"^原(?:聘任|任命|任用|选派)?的?[^,;。]{0,16}(?:干部|人员|队员|书记|负责人)(?:聘期|任期|驻村期|挂职期)(?:届满|已满)$"
)
#: A post left empty for now (附属医院院长职务空缺期间, 在某学院院长聘任前): who acts in it comes next.
_INTERIM_ENDS = ("空缺期间", "空缺期内", "聘任前", "任命前", "到任前", "产生前", "选出前")
_INTERIM_OF = re.compile(rf"^(?:在)?(?P<post>[^,;。()]{{3,40}}?)(?:职务)?(?:{'|'.join(_INTERIM_ENDS)})$")
#: (…代理院长: what stands right before the verb, if it ends in a body, names the post's body itself)
_PLACE_OR_BODY_BEFORE = re.compile(r"[省市县区局院校所]$")
#: 由许文龙同志担任 after a removal: the post left, taken by whom (a title after it is read as written).
_AGREED_TO_RESIGN = re.compile(r"^(?:同意|批准|准予)(?:其|他|她)辞去(?:该|上述|此|相应|所任)?职务(?:的请求|的申请)?$")
_SUCCEEDED_BY = re.compile(
    # (由该局杨永福同志接任: a colleague of the one who left, from the same sending body)
    r"^由(?:该(?:局|单位|委|院|校|部|办|中心|公司|行)|同单位|原单位|派出单位)?"
    r"(?P<who>[\u4e00-\u9fff·]{2,12}?(?:同志|先生|女士)?)(?:\([^()]{2,30}\))?"  # (由石磊同志(县某局一级科员)接任…)
    r"(?P<verb>担任|接任|继任|兼任|任)(?P<title>[^,;。()]{0,16}?)(?:职务)?"
    r"(?:\([^()]{0,30}\))?$"
)
#: 任杜娟同志为…: 任 for 任命, or a name 任杜娟 (an item under a list head 任命:).
_APPOINTED_AS = re.compile(r"^任(?![命职用免期])[\u4e00-\u9fff]{2,3}?同志为")
#: A class of people described by what was done to them (首次聘任为中层正、副职的同志): no one named.
_CLASS_OF_PEOPLE = re.compile(
    r"^(?:凡|对)?[^,;。]{0,24}(?:聘任|提拔|提任|任用|任命|续聘|聘用|任职)[^,;。]{0,16}的(?:同志|人员|干部)$"
)
_CLASS_ENDS = ("的同志", "的人员", "的干部")
#: 轮换、召回的第一书记 / 期满轮换的驻村工作队员: those rotated or called back, as a class (the list names them).
_CLASS_SENT_BACK = re.compile(
    r"^[^,;。]{0,12}(?:轮换|召回|期满|届满)的(?:驻村)?(?:第一书记|工作队员|工作队队长|队员|干部|同志|人员|挂职干部)$"
)
#: 免去其驻村第一书记职务 / 其驻村职务相应免去: what a class's 其 leaves.
_CLASS_POSTS_LEFT = re.compile(
    r"^(?:免去|免除|解除)其[^,;。]{0,30}职务$|^其[^,;。]{0,20}职务(?:相应|一并|自然)?(?:免去|免除)$"
)
#: A legend giving rows of one mark a probation: 首次聘任的试用期为一年 (or 首次聘任为…的同志, then 试用期一年).
_MARK_WORD = re.compile(rf"^(?:{'|'.join(FIRST_APPOINTMENT_MARKS)})")
_WORD_LEGEND = re.compile(
    # (新聘护士长试用期半年; 新聘人员试用期一年(自2024年3月1日起计算))
    rf"^(?P<word>{'|'.join(FIRST_APPOINTMENT_MARKS)})(?:的?[\u4e00-\u9fff]{{0,6}}?(?:\([^()]{{1,8}}\))?(?:同志|人员|干部)?)?的?"
    r"(?P<q>试用期(?:均|一律)?为?[^,;。()]{1,12}(?:\([^()]{2,30}\))?)$"
)
#: 正式聘任涂晓红同志为某所副所长 after 试用期满: the person and the post confirmed.
_FORMAL_NAMED = re.compile(
    r"^(?:予以|同意)?正式(?:聘任|任命|任用)(?P<who>[\u4e00-\u9fff·]{2,12}?(?:同志)?)(?:为|担任)(?P<posts>[^,;。]{3,60})$"
)
_MARK_THEN_QUALIFIERS = re.compile(
    r"\(((?:女|男)(?:,[\u4e00-\u9fff]{1,5}族)?),((?:试用期|挂职|兼任|兼|主持工作|代理|正科级|副科级|正处级|副处级)[^()]*)\)(?=$|[;、。,])"
)  # (at the end of a roster's name: 任命王丽(女,试用期一年)为… is read as it stands)
_COMPANIES = ("公司", "集团", "银行", "联社", "合作社")
_SENTENCE_WORDS = re.compile(r"通过|决定|会议|审议|选举|同意")
_ROSTER_AHEAD = re.compile(r"[^,;:]{0,24}:")
_CLASS_KEEPS_POSTS = re.compile(
    r"^(?:以下|下列)(?:同志|人员|干部)(?P<verb>续聘|聘任|任命|留任)(?:原职务|原任职务|相应职务|原岗位)$"
)
_LIST_SUBJECT_IN = re.compile(r"(?:以下|下列)(?:同志|人员|干部)")
#: A department's last character, on a line of its own after a numbered line that names no unit
#: (6．手术麻 / 醉科): the name broken over the lines.
_UNIT_ENDS_BROKEN = ("科", "室", "部", "处", "所", "站", "队")
_BODY_ENDS_BROKEN = (
    "有限公司",
    "有限责任公司",
    "集团公司",
    "人民政府",
    "委员会",
    "办事处",
    "人民法院",
    "人民检察院",
    "管理局",
)
_CLAUSE_MARKS_IN = re.compile(r"[,;。:]")
_VAGUE_POSTS = re.compile(r"(?:及|和|、)[^及和、;。]{0,14}相关(?=(?:职务)?$)")
_ROSTERS_PUBLISHED = re.compile(r"^(?!.*拟)[^,;。:]{0,30}(?:聘任|任命|任职)名单(?:公布|通知|公告)如下$")
_COMPOSITION_PARTS = frozenset({"董事会专门委员会", "专门委员会", "董事会成员", "监事会成员", "高级管理人员"})
_BOARD_WITH_COUNT = re.compile(r"^[\u4e00-\u9fff]{2,10}\(\d{1,2}(?:名|人)\)$")
_COMPOSITION_TAIL = re.compile(r"(?:组成情况|组成人员名单|组成人员)$")
_RESPECTIVE_POSTS_LEFT = frozenset({"不再担任相应职务", "免去相应职务", "免去其相应职务", "相应职务自然免除"})
_MEMBERS_BELOW = re.compile(r"^(?P<body>[^,;。:]{4,40}?)(?:下列|以下)(?:成员|同志|人员)[^,;。:]{0,12}$")
#: 第一届董事会、监事会 after a company's name: the company's boards, whose posts are the company's.
_BOARDS_OF = re.compile(
    r"(?:第[一二三四五六七八九十\d]{1,3}届)?(?:董事会|监事会|党委|经理层)(?:、(?:董事会|监事会|党委|经理层))*$"
)
#: 龙海、吴桂芬同志为副总经理: names, then the post they take, no verb of their own.
_NAMES_FOR_POSTS = re.compile(r"^[\u4e00-\u9fff·、]{2,40}?(?:同志|先生|女士)?(?:为|担任|任)(?!职|期|命)")
#: What stands for each unit of a list before a title (免去以下同志所属企业外部董事职务: / 某公司：A、B).
_BODIES_OF_ANY_UNIT = frozenset(
    {"所属企业", "所属公司", "下属企业", "下属公司", "所属单位", "出资企业", "有关企业", "各企业"}
    | {"相关企业", "相关公司", "有关公司", "各公司", "各所属企业", "监管企业", "市属企业", "分支机构", "各分支机构"}
    | {"省属企业", "区属企业", "县属企业", "市管企业", "省管企业", "直属企业"}
    # (不再担任所驻村第一书记： / 上集镇东岗村：冯志远: the village each was sent to)
    | {"所驻村", "所在村", "所驻社区", "所在社区", "派驻村"}
)


def _titled_class(text: str) -> bool:
    """免去以下同志的外部董事职务: the people's post named (a group below holds it), not their posts
    whatever they are (免去下列同志的挂职职务)."""
    _, _, held = text.rpartition("的")
    held = held.removesuffix("职务")
    return bool(held) and held in _TITLE_SET


#: 张涛同志任院长助理: a name, then the verb that gives it a post.
_NAME_TAKES_POST = re.compile(r"^[\u4e00-\u9fff·]{2,12}?(?:同志)?(?:\([^()]{1,10}\))?(?:任|担任|兼任)(?!职|期|务|命)")
_QUOTED_ITEM = re.compile(
    r"^(?:原公告|原文件|原通知|原决议|上述公告|该公告)中“(?P<decision>[^“”]{6,80})”(?:一项|这一项)$"
)
_ITEM_UNDONE = re.compile(
    r"^(?:经[^,;。]{0,40})?(?:决定|现)?(?:撤销|收回|取消)对(?P<who>[\u4e00-\u9fff·]{2,8}(?:先生|女士|同志)?)的上述(?:聘任|任命|任职|委派)(?:决定)?$"
)
_PASSED_THEN_VERB = re.compile(r"^[^,;。]{0,20}?(?:审议)?通过(?=委任|聘任|任命|选举)")
#: 撤销其试用职务 after a decision revoked: the post it made, said again.
_ITS_POST_UNDONE = frozenset(
    f"{verb}其{what}职务"
    for verb in ("撤销", "免去", "解除")
    for what in ("试用", "所任", "相应", "该", "上述", "试用期")
)
_IN_THAT_DOCUMENT = (
    *("该文件中", "上述文件中", "原文件中", "该通知中", "上述通知中", "原通知中", "文件中", "通知中"),
    *("该文中", "上述文中", "原文中"),
)
#: 免去其所任挂职职务(李超的…职务,杨雪的…职务): the posts each leaves, named in the bracket.
_EACH_IN_BRACKET = re.compile(
    r"^免去其(?:所任|所担任|现任|原任|担任的)?(?:挂职)?职务\((?P<items>[^()]+?的[^()]+职务)\)$"
)
#: 冯志斌(同志)原任公司副总经理: who held which post, before the sentence says what becomes of it.
_HELD_BEFORE = re.compile(r"^([\u4e00-\u9fff·]{2,12}?)(?:同志|先生|女士)?原任([^,;。]{2,40}?)(?:职务)?$")
#: 郑国庆同志的机电工程系主任、李耀华同志的…主任聘期届满: posts each held, whose terms ended.
_HELD_EACH_ENDED = re.compile(r"^(?P<items>[^,;。]+?的[^,;。]+?)(?:的)?(?:聘期|任期|挂职期)(?:已)?(?:届满|期满)$")
#: What a sentence about a post held says at its end: it is left.
_LEAVES_IT = frozenset({"不再续聘", "不再聘任", "不再担任", "不再委派", "予以解聘", "予以免职", "免去其职务", "解聘"})
#: How an item under 延长以下同志挂职期限… says the post it holds on.
_GOES_ON_AS = ("继续挂职担任", "继续挂职任", "继续挂任", "继续担任", "继续任", "挂职担任", "挂职任", "挂任", "挂职")
#: 覃立新*│某科副主任: a row's name with the mark a legend explains, then the row.
_STARRED_ROW = re.compile(r"^([\u4e00-\u9fff·]{2,12})\*(?=│)")
#: …、班永红为某局副局长: the next person of a chain, and the posts after the name.
_NEXT_NAMED_POST = re.compile(r"、(?P<who>[\u4e00-\u9fff·]{2,8}?(?:同志|先生|女士)?)(?:为|担任)(?P<posts>[^、]{3}.*)$")
#: 刘振华、苏晓燕、马国栋同志任职试用期一年: a probation said of people named above.
_NAMED_PROBATION = re.compile(
    r"^(?:以上同志中,?|其中,?)?(?:(?:新提任|新任|新聘|新提拔|首次聘任)的)?(?P<names>[\u4e00-\u9fff·、]{2,40}?)(?:同志)?(?:的)?(?:任职)?"
    r"(?P<q>试用期(?:均|一律)?为?[^,;。()]{1,12})$"
)
#: 由张琳同志暂时主持某重点实验室工作: who is to run a body for now, with no post.
_PRESIDING = re.compile(r"^由(?P<who>[\u4e00-\u9fff·]{2,12}?)(?:同志)?(?:暂时|临时|暂)?主持[^,;。]{2,40}工作$")
#: Words after which a clause names a body (主持某实验室工作, 到某公司挂职, 在某中心).
_BEFORE_A_BODY = ("主持", "负责", "在", "到", "赴", "同志", "暂时", "暂行")


_NOT_AFTER_NAME = frozenset("同的为任市县区省州镇乡旗盟村、,")


#: Words a post opens with that read as a surname and more (机关, 党委): no name opens so.
_BODY_WORDS_NO_NAME_OPENS = ("机关", "党委", "党组", "党总支", "党支部", "党工委", "纪委", "团委", "工会", "常务")


#: What follows a name the notice gives in a clause of its own (聘任贺鹏为…, 贺鹏同志).
_NAMED_ELSEWHERE = "(?:为|同志|先生|女士|任|、)"


#: 聘任名单第9项“…”: a correction of a row of a list, by the list's verb.
_LIST_ROW_QUOTED = re.compile(
    r"(?P<verb>聘任|任命|任职|免职|解聘|免去)(?:人员)?名单(?:中)?第[\d一二三四五六七八九十]{1,3}[项行条名]"
)
#: 试用期一年 / 主持工作 at the end of a row's cells, run together: what is said of the post.
_QUALIFIER_AT_END = re.compile(r"(?:试用期[一二三四五六七八九十两半\d]+(?:年|个月)|主持工作|兼)$")


def _name_then_post(text: str, body: str = "", bare_ok: bool = False) -> tuple[str, str] | None:
    """陈国荣智能制造学院院长职务 under 解聘: a name of a known surname, the post right after it.
    (高玉明威县农业…: where the notice writes the place elsewhere, 威县 and not 明威县.)"""
    if not text.endswith(("职务", ")")):
        return None
    if text.startswith(_BODY_WORDS_NO_NAME_OPENS) or text.startswith(NATIONAL_PREFIXES):
        return None  # 免去机关党委副书记职务 / 免去中共马营镇委员会委员职务: a body's word, no name
    if body and (four := _four_character_name_then_post(text, body)):
        return four
    cuts = (3, 2)
    if body and body.count(text[:3]) <= 1 and re.search(re.escape(text[:2]) + _NAMED_ELSEWHERE, body):
        cuts = (2, 3)  # 解聘贺鹏汉中…负责人职务 after 聘任贺鹏为…: the name the notice gives elsewhere
    elif body and len(text) >= 7 and body.count(text[2:6]) > body.count(text[:6]):
        cuts = (2, 3)  # 免去沈涛石家庄裕华支行行长职务 beside 任石家庄裕华支行行长: the post the notice writes apart
    for cut in cuts:
        name, post = text[:cut], text[cut:]
        core = _BRACKETED.sub("", post).removesuffix("职务")
        if (
            name_score(name) == 3
            and post[:1] not in _NOT_AFTER_NAME  # (邢台 / 市人民代表大会…: a place, no name)
            # (罗斌株 / 洲市…: the place cut, unless the notice writes it so elsewhere)
            and (post[1:2] not in _NOT_AFTER_NAME or _written_apart(post[:4], name[-1], body))
            and not any(word in post for word in ("同志", "担任", "继续"))
            # (学生处处长、武装部部长职务: every part a post of its own)
            and (
                "、" not in core
                # (中共某镇委员会书记、委员职务: a bare title after the first, of the same body)
                or all(
                    split_title(part)[1] or ((bare_ok or k > 0) and part in _TITLE_SET)
                    for k, part in enumerate(split_outside_parens(core, "、"))
                )
            )
        ):
            parts = split_outside_parens(core, "、") if "、" in core else [core]
            if bare_ok and all(part in _TITLE_SET for part in parts) and not _bare_title(name + parts[0]):
                # 免去秦海波执行董事职务 / 免去段志华执行董事、总经理职务: bare titles, at the body the
                # clause is under (党总支书记: no name 党总支)
                return name, post
            if any(
                (held := split_title(part))[0]
                and held[1]
                and (_ORGANISATION_END.search(held[0]) or _DEPARTMENT.search(held[0]))
                for part in parts
            ):
                return name, post
    return None


def _four_character_name_then_post(text: str, body: str) -> tuple[str, str] | None:
    """郎卡次称木里藏族自治县…职务 / 拉姆卓玛(女)木里藏族自治县…: a name of four characters (Tibetan,
    Yi), then a post opening with a place the notice writes apart from it elsewhere, where a
    cut after three characters would open the post with a place written nowhere."""
    name, post = text[:4], text[4:]
    mark = _MARK_AFTER_NAME.match(post)
    place = post[mark.end() if mark else 0 :][:4]
    if (
        len(place) == 4
        and not _NOT_NAME_CHARS.search(name)
        and name_score(name) >= 2
        and _written_apart(place, "" if mark else name[-1], body)
        and not _written_apart(text[3:7], text[2], body)
        and not _written_apart(text[2:6], text[1], body)  # (李强岸堤支行… beside 为岸堤支行副行长: 李强)
        and split_title(_BRACKETED.sub("", post).removesuffix("职务"))[1]
    ):
        return name, post[mark.end() :] if mark else post
    return None


#: (女) / (女,藏族) between a name and its post.
_MARK_AFTER_NAME = re.compile(r"^\((?:女|男)[^()]{0,6}\)")
_NOT_NAME_CHARS = re.compile(r"[^\u4e00-\u9fff]")


def _written_apart(start: str, before: str, body: str) -> bool:
    """Does ``body`` write ``start`` somewhere not after ``before`` (为威县农业 as well as 明威县农业)?"""
    at = body.find(start)
    while at != -1:
        if at == 0 or body[at - 1] != before:
            return True
        at = body.find(start, at + 1)
    return False


def _post_then_names(text: str) -> tuple[str, list[str]] | None:
    """工程力学系主任袁立群 / 某系副主任邱建波、安心怡: a whole post, then who holds it (the
    longest head ending in a title, the rest well-formed names)."""
    if len(text) < 5 or not "\u4e00" <= text[-1] <= "\u9fff":
        return None
    for cut in range(len(text) - 2, 2, -1):
        org, title = split_title(text[:cut])
        if title and org:
            found = read_names(text[cut:])
            if found and found[1] >= 2:
                return text[:cut], found[0]
    return None


#: A unit of a body's party committee (集团公司党委组织部): the body is what a sibling unit is of.
_PARTY_UNIT = re.compile(r"(?<=..)(党委|党组)(?=[^党]{1,8}$)")


_PLACE_UNIT_ENDS = ("社区", "村", "街道", "镇", "乡", "苏木", "嘎查")


_PLACE_BRANCH_KINDS = frozenset({"分行", "分公司", "中心支行", "管辖行", "二级分行", "市分行", "分院", "分局"})


def _names_body_of(item: str, prefix: str) -> bool:
    """Does ``item`` open with a body ``prefix`` opens with (浙江警察学院 of 浙江警察学院教务处), or
    with the body ``prefix`` ends with (新能源开发有限公司 of 某集团新能源开发有限公司)?"""
    if item[:2] in prefix[2:] and any(
        prefix.endswith(item[:k]) and _ORGANISATION_END.search(item[:k]) for k in range(4, min(len(item), len(prefix)))
    ):
        return True
    if any(item[:k].endswith(_PLACE_UNIT_ENDS) and item[:k] in prefix for k in range(3, min(len(item), 12))):
        return True  # 中共某镇新街社区总支部委员会书记、新街社区居民委员会主任: the place named again
    if prefix[:2] != item[:2]:
        return False  # mostly
    same = next((k for k in range(min(len(prefix), len(item)), 1, -1) if item.startswith(prefix[:k])), 0)
    if 2 <= same < len(prefix) and prefix[same:] in _PLACE_BRANCH_KINDS and not item[same:].startswith(prefix[same:]):
        return True  # 石家庄桥西支行行长 under 石家庄分行: a branch named by the same place, whole
    return any(item.startswith(prefix[:k]) and _ORGANISATION_END.search(prefix[:k]) for k in range(4, len(prefix) + 1))


def _relative(item: str) -> bool:
    """办公室主任 (no place, no national prefix) names a unit of the organisation before it."""
    org = split_title(item)[0]
    if JURISDICTION_CHARS & set(org):
        org = NOT_PLACE_WORDS.sub("", org)  # 农业与农村工作委员会: no place in it
        if "派出所" in org or "警务" in org or "法庭" in org or "检察室" in org:
            # 太阳村派出所, 良乡人民法庭: a station named for the place it serves, a unit of its body
            org = _STATION_PLACE.sub("", org)
    return not (
        JURISDICTION_CHARS & set(org)
        or "街道" in org[1:]  # 金所街道龙元社区党委: a named street office is a place (not 街道… alone, the issuer)
        or org.startswith((*NATIONAL_PREFIXES, *OWN_ORGAN_PREFIXES))
        or org.endswith(_WHOLE_BODY_ENDS)  # 湖南湘江能源集团有限公司: a company's whole name
        or org.startswith(_ISSUER_WHOLE)  # 集团公司副总工程师: the issuing group itself, under no unit
        or org.startswith("《")  # 《甘肃社会科学》编辑部副主编: a journal's office, named by its title
    )


_VILLAGE_TEAMS = ("村驻村工作队", "村工作队", "社区驻村工作队")
_STATION_PLACE = re.compile(
    r"[\u4e00-\u9fff]{1,4}[村镇乡街](?=派出所|警务|人民法庭|法庭|检察室)"
    r"|[\u4e00-\u9fff]{2,4}(?=派出法庭|人民法庭)"  # (福州派出法庭 of a maritime court: named for its city)
    # (苏州知识产权法庭 of 苏州市中级人民法院: a tribunal of the court, named for its city)
    r"|[\u4e00-\u9fff]{2,4}(?=知识产权法庭|金融法庭|破产法庭|互联网法庭|国际商事法庭)"
)
_ISSUER_WHOLE = ("集团公司", "本集团", "本公司", "本行", "公司")


_WHOLE_BODY_ENDS = ("有限公司", "有限责任公司", "集团", "银行", "商业银行", "联社")


#: How the name of a body ends: only such a name lends itself to a unit named after it
#: (某县人民政府副秘书长、办公室主任), not a title's remains (国务委员 → 国务).
_ORGANISATION_END = re.compile(
    r"(?:办公室|委员会|常委会|政府|局|厅|部|委|院|办|室|中心|公司|组|会|处|所|站|馆|校|大学|学院|党组|党委|党工委|党总支|"
    r"[省市县区州盟旗镇乡村]|街道|社区|集团|本行|总行|银行|分行|支行|大队|支队|网格|中队|总队|工作队|监区|小学|中学|幼儿园|"
    r"教育社|报社|出版社|通讯社|合作社|电视台|电台|[工侨妇文台残]联|科协|股|段|[^关联体]系|(?:试验|林|农|牧|渔|种)场|(?<=[\u4e00-\u9fff]{2})厂)$"
)
_ORGANISATION_LAST = frozenset(
    "室会府局厅部委院办心司组处所站馆校学省市县区州盟旗镇乡村道团队行区园社台联协股段系场支厂"
)
#: A hospital's or an office's department (心血管内科, 急诊医学科, 医务科) as a heading of its own
#: line (not 本科, 学科: no bodies).
_DEPARTMENT = re.compile(r"(?:医学|管理|病理|(?<![本专学文理工预百]))科$")


def plausible_post(post: str) -> bool:
    """A post begins with a letter (Chinese or Latin: CBD管委会), never a bracket or a digit,
    and is no candidacy (镇长候选人)."""
    return (
        len(post) >= 2
        and (post[0].isalpha() or post[0] == "《")
        and not post.endswith(PROPOSED_POST_ENDINGS)
        and post not in _STATE_SET  # 挂职期满: a person's state, no post
        and post not in _VERB_SET  # 黄德福同志因到龄解聘: a verb, no post
        and post[0] != "的"  # 原聘 + 任的护理部主任: a cut in the wrong place
        and post[0] != "其"  # 免去 + 其院长助理: the pronoun belongs to the verb
        and not post.startswith("为")  # 当选 + 为书记: the 为 belongs to the verb
        and not post.endswith(("…", "..."))  # 市政协秘书长……: a report cut short, no post as decided
        and not _TERM_TOLD.search(post)  # 结束挂职 / 挂职期满回原单位工作: what becomes of a term, no post
        and post not in _NO_ONE_POST  # 不再担任领导职务: every leading post, none named
        and not post.endswith(MEMBERSHIP_ENDINGS)  # 某公会会士: a fellowship, no post
    )


_NO_ONE_POST = frozenset(
    {"领导", "领导干部", "实职领导", "任何", "其他", "其它", "公职"}
)  # (辞去公职: leaves the service, no post)


_TERM_TOLD = re.compile(
    r"^(?:结束|挂职期|任职期|任职时间|聘期|任期|试用期|延长|职务|职级|予以)|回原单位|期满"
    r"|按(?:相关|有关)?规定|另行(?:处理|安排|聘任|任用|任命)"  # (其职级待遇按相关规定另行处理: no post)
)


_VERB_SET = frozenset(v for v, _, _, _ in VERBS)


#: One post of a clause as written, with its bracketed qualifiers and its manner (代理):
#: ``(post, qualifiers, manner)``, read once and shared. A plain tuple of strings, never a
#: class: the garbage collector stops tracking such a tuple, so the thousands remembered
#: cost nothing at each collection.
PostReading = tuple[str, tuple[str, ...], tuple[str, ...]]


_QUALIFIER_SEPARATOR = re.compile(r"[,、;]")


@functools.lru_cache(maxsize=4096)
def add_months(start: dt.date, months: int) -> dt.date:
    """dates.add_months, remembered: a notice's terms (试用期一年) are counted from its one date."""
    return _add_months(start, months)


def _opening_bracket(item: str) -> int:
    """Where the bracket that closes ``item`` opens; -1 if it never does."""
    cut = item.rfind("(")
    if cut != -1 and ")" not in item[cut + 1 : -1]:
        return cut  # no bracket inside it: the last ( is the one (the common case)
    depth = 0
    for i in range(len(item) - 1, -1, -1):
        depth += item[i] == ")"
        depth -= item[i] == "("
        if depth == 0:
            return i
    return -1


def read_posts(text: str, subject_org: str | None = None) -> tuple[PostReading, ...]:
    """A list of posts with their parenthesised qualifiers: A局局长(试用期一年)、副局长."""
    readings: list[PostReading] = []
    if "职务和" in text:  # 免去X的A、B职务和C、D职务: two lists of posts
        text = text.replace("职务和", "职务、")
    items = [(raw, False) for raw in split_outside_parens(text, "、")]
    if len(items) > 1 and ("员" in text or "级" in text):
        items = _rank_before_title(items)
    if len(items) > 1 and "驻" in text:
        items = _joint_bodies(items)
    if len(items) > 1 and not split_title(items[0][0])[1]:
        items = _bodies_sharing_a_title(items)
    if "及" in text or "和" in text:  # 本行执行董事、行长及董事会风险管理委员会委员: the last post after 及
        items = [part for raw, c in items for part in _and_posts(raw, c)]
    if "兼" in text:  # 区发展和改革局副局长兼区物价局局长: two posts, the second held 兼任
        items = [part for raw, _ in items for part in _two_posts(raw)]
        # 某处副处长(试用期一年)、兼任委机关团委书记: an item held 兼任, said so in the item
        items = [(raw[2:], True) if raw.startswith("兼任") and len(raw) > 4 else (raw, c) for raw, c in items]
        # 副局长、兼某中心主任 / 副局长(兼)某中心主任: the mark before the post held 兼任
        items = [
            part
            for raw, c in items
            for part in (
                [(raw[: raw.index("(兼)")], c), (raw[raw.index("(兼)") + 3 :], True)]
                if 0 < raw.find("(兼)") < len(raw) - 3 and len(raw) - raw.index("(兼)") - 3 >= 4
                else [(raw[1:], True)]
                if raw.startswith("兼")
                and not raw.startswith(("兼任", "兼职"))
                and len(raw) > 5
                and split_title(raw[1:])[0]
                else [(raw, c)]
            )
        ]
    for raw, concurrent in items:
        item = raw.removesuffix("的").removesuffix("职务").removesuffix("的")
        qualifiers: list[str] = []
        while item.endswith(")") and "(" in item:
            cut = _opening_bracket(item)
            if cut <= 0:
                break
            inner = item[cut + 1 : -1]
            if "(" in item[:cut] and _bare_title(inner) and inner not in _MANNER_SET and split_title(item[:cut])[1]:
                break  # 保卫处(武装部)处长(部长): the unit's second name has a title of its own
            # (按姓氏笔画排序: how the names below are ordered, no qualifier of the post)
            qualifiers = [q for q in _QUALIFIER_SEPARATOR.split(inner) if q and not _ORDER_NOTE.match(q)] + qualifiers
            item = item[:cut]
            if item.endswith(")职务"):
                item = item[:-2]  # 院长(正处级)职务(调任…): a bracket before 职务 as well as after it
        item = item.removesuffix("职务")
        if item.endswith(("职务聘期届满", "职务任期届满")):
            item = item[:-6]  # 赵岩的某公司安全总监职务聘期届满，不再续聘: the post whose term ended
        if item.endswith("人选") and readings:
            continue  # 任某苏木党委副书记、苏木达人选: a candidate for the second, to be elected
        if raw.endswith(("试用职务", "试用的职务")) or (item.endswith("试用") and qualifiers):
            item = item.removesuffix("试用")  # 免去其图书馆副馆长试用职务(试用期考核不称职): the post held on probation
        if item in _SECONDMENT_WORDS:
            continue  # 免去其挂职职务: whatever posts the secondment held, none named
        if item.endswith(("挂职", "挂任")) and len(item) > 4 and split_title(item[:-2])[1]:
            # 副镇长挂职职务, 副县长挂任职务: the post held seconded
            item, qualifiers = item[:-2], [*qualifiers, "挂职"]
        if not item:
            continue
        if readings and (item in _RANK_SET or RANK_NAME.match(item)):
            # 任办公室主任、一级主任科员: the rank the post is held at, no second post
            post, held, manner = readings[-1]
            readings[-1] = (post, (*held, item, *qualifiers), manner)
            continue
        if item.startswith("村") and readings and (village := _VILLAGE_OF.match(readings[-1][0])):
            item = village.group(1) + "村" + item  # 杨湾村党支部委员、村委会委员: the same village's committee
        post, manner = _post_named(item, readings[-1][0] if readings else None, subject_org)
        acting = [q for q in qualifiers if q.startswith("代理") and len(q) > 2 and _bare_title(q[2:])]
        if acting:  # 副总经理(代理总经理): a second post, held acting, of the same body
            qualifiers = [q for q in qualifiers if q not in acting]
        readings.append((post, tuple(qualifiers), (*manner, "兼任") if concurrent else manner))
        for q in acting:
            readings.append((_post_named(q[2:], post, subject_org)[0], (), ("代理",)))
    if len(readings) > 1 and not any(q for _, q, _ in readings[:-1]):
        # 某镇党委委员、副书记(试用期一年): a probation after the last post is the clause's
        probation = tuple(q for q in readings[-1][1] if q.startswith(_PROBATION_WORDS))
        if probation:
            readings = [(post, probation, manner) for post, _, manner in readings[:-1]] + readings[-1:]
    return tuple(readings)


#: 杨湾村党支部委员: the village (杨湾) a post after it that opens with 村 (村委会委员) is of.
_VILLAGE_OF = re.compile(r"^(.*?[\u4e00-\u9fff]{1,4})村(?:党支部|党总支|委会|民委员会|务监督委员会)")
#: How a secondment is said in a post's brackets (挂职一年, 援藏, 援疆, then 时间三年).
_SECONDMENT_WORDS = ("挂职", "援藏", "援疆", "援青", "对口支援")
_PROBATION_WORDS = ("试用期", "任职试用期", "试用")  # 试用一年: an older way to say it
_EACH_PREFIX = re.compile(f"^(?:{'|'.join(EACH_WORDS)})")
_PROBATION_START = re.compile(r"^试用期(?:均|一律)?(?:自|从)[^,;。]{4,20}(?:起|开始)(?:计算)?$")


def _rank_before_title(items: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """某处二级调研员、副处长: the rank the next title is held at, written first; one post."""
    out: list[tuple[str, bool]] = []
    for n, (raw, concurrent) in enumerate(items):
        last = n + 1 == len(items)
        rank = (
            None if last else next((k for k in range(min(len(raw) - 2, 8), 2, -1) if RANK_NAME.match(raw[-k:])), None)
        )
        after = items[n + 1][0] if rank else ""
        if rank and len(raw) > rank + 1 and _bare_title(after.split("(")[0].removesuffix("职务")):
            items[n + 1] = (raw[:-rank] + after + f"({raw[-rank:]})", items[n + 1][1])
            continue
        out.append((raw, concurrent))
    return out


def _bodies_sharing_a_title(items: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A公司、B公司专职外部董事: bodies written one after another before one title, each holding it."""
    out = list(items)
    for i in range(len(out) - 2, -1, -1):
        body, concurrent = out[i]
        if split_title(body)[1] or not body.endswith(_SHARING_BODY_ENDS) or not _is_heading(body):
            continue
        after = _BODY_BEFORE_TITLE.match(out[i + 1][0])
        if after and split_title(out[i + 1][0])[1]:
            out[i] = (body + out[i + 1][0][after.end() :], concurrent)
        elif split_title(_BRACKETED.sub("", out[i + 1][0]).removesuffix("职务"))[1]:
            # 中国科学院、水利部成都山地灾害与环境研究所副所长: an institute of two bodies, one post
            out[i : i + 2] = [(body + "、" + out[i + 1][0], concurrent)]
    return out


_SHARING_BODY_ENDS = ("公司", "银行", "集团", "联社", "中心", "研究院", "大学", "学院")
_BODY_BEFORE_TITLE = re.compile(r".*(?:公司|银行|集团|联社|中心|研究院|大学|学院)")


def _joint_bodies(items: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """中共某市纪律检查委员会、某市监察委员会派驻某局纪检监察组组长: two bodies that send one
    unit, written apart by 、, are one post (the first part is a body and no post)."""
    out: list[tuple[str, bool]] = []
    for raw, concurrent in items:
        if out and "驻" in raw and not split_title(out[-1][0])[1] and out[-1][0].endswith(_JOINT_SENDERS):
            out[-1] = (out[-1][0] + "、" + raw, concurrent)
        else:
            out.append((raw, concurrent))
    return out


#: Bodies that send a unit together (纪委 and 监委): the first of two, before the 、.
_JOINT_SENDERS = ("纪律检查委员会", "纪委", "监察委员会", "监委")


def _and_posts(item: str, concurrent: bool) -> list[tuple[str, bool]]:
    """A及B or A和B, each a post (行长及董事会风险管理委员会委员, 委员和区纪委书记): two items (not
    发展和改革委员会主任: a body's name holds 和)."""
    if (committees := _COMMITTEES_SHARING.match(item)) and not committees.group("left").endswith("发展"):
        # 董事会薪酬委员会及提名委员会成员: two committees of the board, a seat on each
        left, right, seat = committees.group("left", "right", "seat")
        board = _BOARD_BEFORE.match(left)
        right = right if board is None or right.startswith(board.group()) else board.group() + right
        return [(left + seat, concurrent), (right + seat, concurrent)]
    for word in "及和":
        at = item.find(word)
        while at > 0:
            left, right = item[:at], item[at + 1 :]
            right_core = right.split("(")[0].removesuffix("职务")
            if all(_bare_title(part) or split_title(part)[1] for part in (left, right_core)):
                return [(left, concurrent), (right, concurrent)]
            at = item.find(word, at + 1)
    return [(item, concurrent)]


_COMMITTEES_SHARING = re.compile(
    r"^(?P<left>[^及和、()]{2,30}?委员会)(?:及|和|、)(?P<right>[^及和、()]{2,20}?委员会)(?P<seat>委员|成员|主任委员|主席)$"
)
_BOARD_BEFORE = re.compile(r"^(?:公司|本公司|本行)?(?:第[一二三四五六七八九十]+届)?董事会")
_CLOSING_BRACKETS = re.compile(r"(?:\([^()]*\))+$")


def _two_posts(item: str) -> list[tuple[str, bool]]:
    """某局副局长兼某局局长 → (the first post, False), (the second, True: held 兼任)."""
    at = item.find("兼", 2)
    if at == -1 or item.count("(", 0, at) != item.count(")", 0, at):
        return [(item, False)]  # (院长助理(兼医务部主任): held 兼, said in the post's bracket)
    left, right = item[:at], item[at + 1 :].removeprefix("任")
    # (副代表(正部长级)兼副部长: the first post's qualifiers close it before 兼)
    left_core = _CLOSING_BRACKETS.sub("", left) if left.endswith(")") else left
    right_core = right.split("(")[0].removesuffix("职务")
    if (split_title(left_core)[1] or _bare_title(left_core)) and (
        split_title(right_core)[1] or _bare_title(right_core)
    ):
        return [(left, False), (right, True)]  # (副会长兼秘书长: the second title, the same body's)
    return [(item, False)]


_KIND_SAID = re.compile(
    r"^(社区|街道)(?:党委|党总支|党支部|纪委|居委会|居民委员会|党工委|办事处|[\u4e00-\u9fff]{2,8}(?:办公室|中心))"
)
_BRANCH_NAMED = re.compile(r"^[\u4e00-\u9fff]{2,}党(?:总)?支部(?:副)?(?:书记|委员)$")


#: 镇纪委书记, 乡人大主席, 街道党工委副书记: a post of the place said before, named by its kind.
_PLACE_SAID_BY_KIND = re.compile(r"^(镇|乡|街道)(?=纪委|人大|政府|人民政府|党委|党工委|纪工委|办事处|武装部|人武部)")


#: A ward or a subspecialty of a hospital's department (一病区, 新生儿重症监护病区(NICU), 哮喘亚专科).
#: (not 普通外科一病区, 胸外科病区: a ward named by a department of its own)
_WARD_OF_A_DEPARTMENT = re.compile(
    r"^(?:[^、科]{1,14}?(?:病区|专业组|治疗组)|[^、]{1,14}?亚专科)(?:\([A-Z]{2,5}\))?(?:副?护士长|负责人|副?组长|副?主任)"
)


@functools.lru_cache(maxsize=65536)
def _post_named(item: str, base: str | None, subject_org: str | None) -> tuple[str, tuple[str, ...]]:
    """The post an item of a list names, and the manner its words say (代理): a bare title
    (副局长) takes the organisation of the post before it (``base``) or of the sentence.
    Remembered: a corpus holds thousands of posts, each written again and again."""
    manner: tuple[str, ...] = ()
    org, title = split_title(item)
    if org.endswith("代理") and title:
        item, manner = org[: -len("代理")] + title, ("代理",)
    elif item.startswith("代理") and _bare_title(item):
        item, manner = item[len("代理") :], ("代理",)
    bare = _bare_title(item)
    if item in _RANK_SET or RANK_NAME.match(item):
        return item, manner  # 改任巡视员: a rank, of no body (and no post: see emit)
    if item.startswith("机关") and base and split_title(item)[1]:
        # 某局党组成员、机关党委书记: the 机关 of the body of the post before (its 党组 no part of it;
        # not a unit within a body: 政治部主任、机关党委书记 is the whole body's 机关)
        # (中共某局机关委员会副书记、机关纪律检查委员会书记: the 机关's other committee, beside it)
        body = _PARTY_BODY_END.sub("", split_title(base)[0].removesuffix("机关委员会").removesuffix("机关党委"))
        if _ORGANISATION_END.search(body) and not body.endswith("机关") and not _relative(base):
            return body + item, manner
    if subject_org and not base and subject_org.endswith(_TOWNSHIPS) and _VILLAGE_POST.match(item):
        return subject_org + item, manner  # 一、梅川镇 / 包勇任永星村党支部第一书记: the township's village
    if not base and subject_org and (kind := _KIND_SAID.match(item)) and kind.group(1) in subject_org:
        # 江北社区党委 / 任社区党委委员、社区纪委书记: the community the heading names, said by its kind
        # (街道网格化服务管理中心 / 街道党建工作办公室副主任: the street office's own, as written)
        return subject_org[: subject_org.find(kind.group(1))] + item, manner
    if base and (kind := _PLACE_SAID_BY_KIND.match(item)) and split_title(item)[1]:
        # 坡头镇党委委员、镇纪委书记: the town the post before names, said again by its kind
        org = split_title(base)[0]
        at = org.rfind(kind.group(1))
        if at >= 2 and not org.startswith(kind.group(1)):
            return org[: at + len(kind.group(1))] + item[len(kind.group(1)) :], manner
    if not bare and not base and subject_org and subject_org.endswith("党总支") and _BRANCH_NAMED.search(item):
        return item, manner  # 内科党总支 / 心血管内科党支部书记: a branch the hospital's committee has, named whole
    if bare or ((base or subject_org) and (_relative(item) or _WARD_OF_A_DEPARTMENT.match(item))):
        prefix = split_title(base)[0] if base and not _bare_title(base) else subject_org  # (董事、副总经理)
        if base and prefix is not None:  # 某局党委书记、委员: the 党委 carries with the body
            body = _PARTY_BODY.match(split_title(base)[1])
            if body and not item.startswith(body.group()) and item in PARTY_BODY_TITLES:
                prefix += body.group()
            elif item not in PARTY_BODY_TITLES and (party := _PARTY_BODY_END.search(prefix)):
                prefix = prefix[: party.start()]  # 某中学党支部书记、校长: the school's 校长
            board = split_title(base)[1][:3]
            if board in _BOARD_SEATS and item in _BOARD_SEATS[board] and prefix.endswith("届"):
                prefix += board  # 公司第四届监事会主席及监事: a seat on that term's board (第四届 alone is none)
        if prefix and prefix.endswith(_PARTY_COMMITTEES) and item in _GOVERNMENT_TITLES:
            prefix = prefix[:-1]  # 于都县委常委、副县长: the county's 副县长, not its party committee's
            if prefix[-2:] in ("县县", "市市", "区区", "州州", "旗旗", "盟盟"):
                prefix = prefix[:-1]  # 某自治县县委常委、副县长
        if prefix and prefix.endswith("驻村") and item.startswith("驻村"):
            prefix = prefix[:-2]  # 某村驻村第一书记、驻村工作队队长: the village's, 驻村 said once with each
        if prefix and prefix.endswith(_VILLAGE_TEAMS) and not item.startswith("队"):
            prefix = prefix.removesuffix("驻村工作队").removesuffix(
                "工作队"
            )  # 某村驻村工作队队长、第一书记: the village's
        if prefix and item in ("常委", "委员") and (dept := _COMMITTEE_DEPARTMENT.search(prefix)):
            prefix = prefix[: dept.start()]  # 中共某县委组织部部长、常委、委员: the 县委's seats, not the 组织部's
        bodies = BODY_TITLES.get(item, ())
        body = next((b for b in bodies if b in (prefix or "")), bodies[0] if bodies else None)
        if prefix and body and body not in prefix:
            # 行政审判庭副庭长、审判员: a title of the whole court, never of its division (the court
            # the sentence names, or none said)
            prefix = subject_org if subject_org and body in subject_org else ""
        if prefix and body and body in prefix:  # the court, not its division, carries to 审判员
            end = prefix.rindex(body) + len(body)
            branch = max(prefix.rfind(b, end) + len(b) if b in prefix[end:] else end for b in BODY_BRANCHES)
            prefix = prefix[:branch]
            if "、" in prefix:  # 某市人民法院、某市人民检察院 (a heading of two bodies): the 检察员's
                prefix = prefix[prefix.rfind("、", 0, prefix.rindex(body)) + 1 :]
        # 浙江警察学院教务处处长、浙江警察学院学报编辑部主任: an item that names the body again stands alone
        if (
            prefix
            and (
                bare
                or _ORGANISATION_END.search(prefix)
                or (prefix.endswith("科") and _WARD_OF_A_DEPARTMENT.search(item))
            )
            and (bare or not _names_body_of(item, prefix))
        ):
            # (（一）新生儿科 / 一病区护士长：张婷婷, 副主任：孔令辉（兼哮喘亚专科负责人）: the department's ward)
            if not bare:
                prefix = _parent_of_sibling(prefix, split_title(item)[0])
                if (
                    base
                    and prefix.endswith(_INNER_UNITS)
                    and _relative(prefix)
                    and not _relative_kind(prefix, split_title(item)[0])
                ):
                    prefix = ""  # 党委组织部部长、党校常务副校长: two units of the body unsaid, side by side
            if (item.startswith(_BOARD_WORDS) or item in COMPANY_OFFICER_TITLES) and (board := _BOARD.search(prefix)):
                # 公司第四届董事会董事、董事会战略委员会委员及副总经理: the company's committee, its officer
                prefix = prefix[: board.start()]
            if (party := _PARTY_BODY.match(item)) and prefix.endswith(party.group()):
                prefix = prefix[: -len(party.group())]  # 四、某局党组 / 任党组成员: the heading's 党组 itself
            item = prefix + item
    return item, manner


@dataclass
class Qualified:
    probation: str | None = None
    probation_until: dt.date | None = None
    secondment: str | None = None
    secondment_until: dt.date | None = None
    rank: str | None = None
    manner: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def read_qualifiers(qualifiers: list[str] | tuple[str, ...], effective: dt.date | None) -> Qualified:
    """Classify qualifier words; dates are computed from the effective date."""
    out = Qualified()
    start = effective
    for q in qualifiers:  # 自2024年7月1日起计算: a term counted from a stated day
        if q.startswith("自") and "起" in q and (found := _dates_or_none(q)):
            start = found[0][2]
    for i, q in enumerate(qualifiers):
        if q.startswith("自") and "起" in q and start is not effective:
            continue
        if q == "试用":  # 免去其某局副局长(试用)职务: the post held on probation
            out.manner.append(q)
            continue
        if q.startswith(_PROBATION_WORDS) and "考核" in q and "不" in q:
            out.unknown.append(q)  # 解聘…职务(试用期满考核不合格): why the post ends, no probation
            continue
        if q.startswith(_PROBATION_WORDS):
            out.probation = q
            term = q.removeprefix("任职").removeprefix("试用").removeprefix("期")
            term = _EACH_PREFIX.sub("", term).removeprefix("为")  # 试用期均为一年: the term of each
            if term.endswith(")") and "至" in term[term.rfind("(") :]:
                term = term[term.rindex("至", term.rfind("(")) : -1]  # 试用期一年(2024年1月1日至…): its end
            if term.startswith("至"):
                try:
                    dates = find_dates(term)
                except BadDate:
                    out.unreadable.append(q)
                    continue
                month = find_month(term)
                if dates:
                    out.probation_until = dates[0][2]
                elif month:
                    out.probation_until = end_of_month(*month)
                else:
                    out.unreadable.append(q)
            else:
                term, _, since = term.partition("自")  # 试用期一年自2024年7月1日起
                if since and (found := _dates_or_none(since)):
                    start = found[0][2]
                    if not term and len(found) >= 2 and "至" in since:
                        out.probation_until = found[-1][2]  # 试用期自2023年9月1日起至2024年8月31日止
                        continue
                months = term_months(term.removesuffix("("))
                if months is None and not term and since:
                    continue  # 试用期自…起计算: when it starts; its length is said elsewhere
                if months is None and term in TERMS_WITHOUT_LENGTH:
                    continue  # 试用期一学期: a probation, but no day it ends
                if months is None:
                    out.unreadable.append(q)
                elif start:
                    out.probation_until = add_months(start, months)
        elif q.startswith(_SECONDMENT_WORDS) or (
            q.startswith("时间") and i > 0 and qualifiers[i - 1].startswith(_SECONDMENT_WORDS)
        ):
            out.secondment = q if out.secondment is None else f"{out.secondment},{q}"
            term = q.removeprefix("挂职锻炼").removeprefix("挂职").removeprefix("时间").removeprefix("期限")
            months = term_months(term) if term else None
            if months and effective:
                out.secondment_until = add_months(effective, months)
            if q.startswith("挂职"):
                out.manner.append("挂职")
        elif q in _RANK_SET or POST_GRADE.match(q):
            out.rank = q
        elif q in _MANNER_SET or q.startswith("保留"):  # 保留一级主任科员职级: kept, as other
            out.manner.append(q)
        elif q.startswith(TERM_QUALIFIERS) and term_months(q[2:].removeprefix("为")) is not None:
            continue  # 聘期三年: the term of the post, kept verbatim with the qualifiers
        else:
            out.unknown.append(q)
    return out


def _dates_or_none(text: str) -> list[tuple[int, int, dt.date]]:
    try:
        return find_dates(text)
    except BadDate:
        return []


@functools.lru_cache(maxsize=65536)
def _read_posts_checked(text: str, subject_org: str | None) -> tuple[tuple[PostReading, ...], bool, bool]:
    """(the readings, whether there are any and every post is plausible, whether every post
    names its organisation and a known title): what a clause's posts are judged by.
    Remembered: a notice lists the same posts as the last, and the veto of a frame reading
    reads them once more before they are emitted."""
    readings = read_posts(text, subject_org)
    plausible = bool(readings) and all(plausible_post(post) for post, _, _ in readings)
    return readings, plausible, all(_titled(post) for post, _, _ in readings)


#: What read_qualifiers finds, as a plain tuple (remembered, shared, never changed): probation,
#: probation_until, secondment, secondment_until, rank, manner, unknown, unreadable.
_Qualifiers = tuple[str | None, dt.date | None, str | None, dt.date | None, str | None, tuple, tuple, tuple]


@functools.lru_cache(maxsize=65536)
def _qualified(qualifiers: tuple[str, ...], effective: dt.date | None) -> _Qualifiers:
    """read_qualifiers, remembered."""
    q = read_qualifiers(qualifiers, effective)
    found = (q.probation, q.probation_until, q.secondment, q.secondment_until, q.rank)
    return (*found, tuple(q.manner), tuple(q.unknown), tuple(q.unreadable))


_NO_QUALIFIERS: _Qualifiers = (None, None, None, None, None, (), (), ())


@functools.lru_cache(maxsize=65536)
def _title_problem(post: str) -> tuple[str, bool] | None:
    """(why, fatal) if a post does not end with a known title: an unknown title (负责人,
    首席专家) is kept as written with a warning; a bare body (某区审计局) is no post."""
    if split_title(post)[1] or post in _TITLE_SET:  # (总经济师 alone, a title with nothing before it)
        return None
    if post.endswith(")") and "(" in post and split_title(_BRACKETED.sub("", post))[1]:
        return None  # 学生工作部(处)副部长(副处长): the unit's second name with its title
    if _ORGANISATION_END.search(post):
        return vocab.NAMES_A_BODY.format(post=post), True
    return vocab.TITLE_NOT_KNOWN.format(post=post), False


def _concurrent_posts(readings: tuple[PostReading, ...]) -> tuple[PostReading, ...]:
    """某局局长(兼任某中心主任): the post in the bracket is a second one, held 兼任."""
    out: list[PostReading] = []
    for post, qualifiers, manner in readings:
        concurrent = [
            q
            for q in qualifiers
            # (总法律顾问(兼首席合规官): a bare title, of the same body)
            if (q.startswith(("兼任", "兼")) and (split_title(q.lstrip("兼任"))[1] or q.lstrip("兼任") in _TITLE_SET))
            or q in BOARD_CHAIRS  # 专职监事: 汪立(监事会主席): the chair of that board as well
        ]
        out.append((post, tuple(q for q in qualifiers if q not in concurrent), manner))
        for q in concurrent:
            item = q.removeprefix("兼任") if q.startswith("兼任") else q.removeprefix("兼")
            out.append((_post_named(item, post, None)[0], (), ("兼任",) if q.startswith("兼") else ()))
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def _is_heading(text: str) -> bool:
    """Is ``text`` only the name of a body (某市中级人民法院), as a list's heading stands?"""
    if text.endswith(")") and _OWNERSHIP.search(text):
        return _is_heading(_OWNERSHIP.sub("", text))  # 某建材有限公司(全资子公司): what kind of holding
    if text == "总行":
        return True  # 一、总行 / 周斌同志任公司金融部总经理: a bank's head office, its departments below
    if text.endswith("有限公司总部") and len(text) > 8:
        return _is_heading(text[:-2])  # 一、某投资集团有限公司总部: the company named whole, its head office
    if text.endswith(("(筹)", "(筹建)")):
        return _is_heading(text[: text.rfind("(")])  # 某环境发展有限公司(筹): a company being set up
    if text.endswith(")") and (cut := text.find("(")) > 2:
        # 党委办公室(董事会办公室): one unit under two names, the second in brackets
        inner = text[cut + 1 : -1]
        short = len(inner) == 2 and inner[-1] in _ORGANISATION_LAST  # 党委组织部(党校): a short second name
        short = short or (2 <= len(inner) <= 6 and inner.isascii() and inner.isalpha() and inner.isupper())  # (ICU)
        return "(" not in inner and _is_heading(text[:cut]) and (short or _is_heading(inner))
    if "(" in text and (bare := _BRACKETED.sub("", text)) != text and len(bare) >= 6 and "(" not in bare:
        return _is_heading(bare)  # 重庆两江新区(重庆自由贸易试验区)人民法院: the other name inside
    return (
        (text[-1:] in _ORGANISATION_LAST or text[-1:] == "科")  # most lines: no body's last character
        and not text.endswith(CATEGORY_LABELS)  # 集团总部 / 二级公司: a kind of unit, no body
        and (2 if text[-1] == "科" else 3) <= len(text) <= 40  # (儿科, 骨科: a hospital's departments)
        and all(_ORGANISATION_END.search(part) or _DEPARTMENT.search(part) for part in text.split("、"))
        and not split_title(text)[1]
        and _HEADING_WORDS.search(text[2:] if text.startswith(PLACES_OPENING_REN) else text) is None
        and decision_verbs().search(
            COMMITTEE_WITH_VERB.sub("委员会", text)
            if "提名" in text
            else _POSTED_BODY.sub("", text[2:] if text.startswith(PLACES_OPENING_REN) else text)
        )
        is None
    )


#: 派驻 inside a body's name (区纪委监委派驻第一纪检监察组, 派驻机构): no verb.
_POSTED_BODY = re.compile(r"派驻(?=(?:第[一二三四五六七八九十\d]{1,3})?(?:纪检监察组|纪检组|监察组|纪检监察室|机构))")


#: 杨德顺同志的某镇党委书记职务: who held a post, and the post.
_HELD_BY = re.compile(r"^([\u4e00-\u9fff·]{2,12}?)(?:同志)?的(.{4,40}?)(?:职务)?$")
_POST_TAKEN_BY = re.compile(
    r"^(?P<post>[^,;:。由]{3,40}?)(?:职务)?(?:暂时|暂|临时)?由(?P<who>[\u4e00-\u9fff·]{2,16}?(?:同志|先生|女士)?)"
    r"(?P<verb>担任|兼任|接任|代理)(?P<rest>(?:\([^()]*\))?)$"
)
#: 代理期间 / 挂职期间 before what holds while so: the person the clause before named.
_WHILE_HELD = ("代理期间", "挂职期间", "任职期间")
_TERM_OF_POST_EXTENDED = re.compile(r"^(?P<clause>[^()]{6,}?)的(?P<term>(?:挂职|任职|聘任)?期限延长[^()]*)$")
_POST_HELD_SAID = re.compile(r"挂任|挂职担任|挂职任|同志担任|同志任")
#: 延长王五同志挂任某县副县长的挂职期限至2025年1月: the term's end said after it, in no bracket.
_EXTENDED_UNTIL = re.compile(r"^(?P<clause>[^()]{6,}?的(?:挂职|任职|聘任)期限)(?:延长)?(?P<until>至[^()]{4,14})$")
#: 延长许家铭同志挂职期限一年(至2025年7月): a term extended; the post held on is said after it.
_EXTENDING = ("延长", "同意延长", "决定延长")
_STAYS_ON = re.compile(
    r"^(?:同意)?(?:留任|延期|续任|延长挂职|延长援藏|延长援疆)(?:[一二两三四五六半\d]{1,3}(?:年|个月))?$"
)
_EXTENDED_AFTER = re.compile(
    r"^(?:同意|决定)?(?P<who>[^,;。]{2,30}?同志)延长(?:挂职|援藏|援疆|援青|驻村|任职|聘任|派驻)(?:期限|时间|任期)?"
    r"(?:[一二两三四五六七八九十\d半]{1,3}(?:年|个月))?$"
)
_EXTENDED = re.compile(r"^(?:同意|决定)?延长(?P<who>[^,;。]{2,16}?)(?:的)?(?:挂职|任职|聘任|聘用)?(?:期限|期)")
#: What opens a condition (若…, 如…): the sentence decides nothing until it holds.
_IF = ("若", "如果", "倘若", "假如")
#: A listed company's announcement head (证券代码:600887证券简称:鲁信重装公告编号:临2025-029).
_LISTING_HEAD = re.compile(r"^证券代码:[\dA-Z]{4,6}[,;]?(?:证券简称:[^:]{2,12}?)?(?:公告编号:\S{2,20})?$")
#: Decisions undone, each named by who took which post (…中A同志任X、B同志任Y的任职决定同时撤销).
#: (该文件中聘任A同志为X、聘任B同志为Y的决定一并撤销: each named with the verb that made it)
_DECISIONS_REVOKED = re.compile(
    r"^(?:该文件中|上述文件中|文件中|通知中|其中)?(?P<decisions>.+?)的(?:任职|任命|聘任)?决定(?:同时|一并|予以)?撤销$"
)
_ONE_DECISION = re.compile(r"^(?:聘任|任命)?(?P<who>[\u4e00-\u9fff·]{2,8}?)(?:同志)?(?:任|担任|为)(?P<post>[^、]{3,})$")
#: Any post at all, no one post: 不再担任公司任何职务.
_ANY_POST = re.compile(r"不再(?:在[^,;。]{0,10})?担任[^,;。]{0,8}?(?:任何|其他)(?:领导)?职务$")
#: A post said to end of itself, with the appointment before it (原护理系主任职务自然免除).
_ENDS_ITSELF = re.compile(r"职务(?:自然免除|同时免除|自然免去|相应免除|一并免去|自然终止|自然解聘)$")
#: Posts of a kind, no post of one person (原中层领导干部职务, 原其他领导职务).
_GENERIC_POSTS = re.compile(r"领导|干部|负责人|、")
#: What a group says of a company it holds, after its name: no part of the name.
_OWNERSHIP = re.compile(
    r"\((?:全资|控股|参股|二级|三级)?(?:子公司|公司|企业)?(?:,?新设立|,?新组建)?\)$"
    r"|\(不设[^()]{2,20}\)$"  # 某资产经营有限公司(不设董事会、监事会): how it is governed
    # (一)某自来水有限公司(任期自2024年1月1日至2026年12月31日): the term of the posts below it
    r"|\((?:任期|聘期|挂职期限|挂职时间)[^()]{2,40}\)$"
    r"|\([\u4e00-\u9fff]{1,6}(?:巡察|巡视|专项巡察)组?\)$"  # 市委第四巡察组(村级巡察 / 机动巡察组): its task
    r"|\((?:新成立|新组建|新设立|新设|筹建|筹)\)$"  # 六、某社区(新成立): how new the body is
)
#: A part of a list headed by the body whose staff it appoints (任免某市中级人民法院审判人员).
_STAFF_WORDS = ("组成人员", "审判人员", "检察人员", "工作人员", "领导人员")
_STAFF_OF_BODY = re.compile(rf"^(?:决定)?(?:任免|任命|免去)(?P<body>.{{4,40}}?)(?:{'|'.join(_STAFF_WORDS)})$")
#: Words no heading holds: an address, a sentence (各乡镇人民政府、县政府各部门).
_HEADING_WORDS = re.compile(
    r"[()]|关于|各(?!族)|决定|经研究|研究决定|会议|(?<!责)任|免(?!疫|税)|聘|为|的|同志|如下|通知|以下|下列|^调离|^调出|^调入"
)


#: How a rank's name ends (一级调研员, 正科级, 三级高级法官, …职级): a post ending otherwise is none.
_RANK_TAILS = ("员", "级", "主办", "警长", "法官", "检察官", "督学")


def _is_rank(post: str) -> bool:
    """某厅一级巡视员职级 / 二级调研员 (with no body): a rank (职级), which SPEC §7 makes no post;
    某局二级主任科员 names a post the body has, as a post."""
    if not post.endswith(_RANK_TAILS):
        return False  # most posts: no rank's last word
    title = post.removesuffix("职级")
    if title in _RANK_SET or RANK_NAME.match(title):
        return True
    core = split_title(title)[1]
    return post.endswith("职级") and (core in _RANK_SET or RANK_NAME.match(core) is not None)


#: A 政协 member's seat, which SPEC §7 makes no post (its 常务委员 and named offices are posts),
#: and a people's deputy's, as it.
_SEAT = re.compile(r"^(?:中国人民政治协商会议|政协)[^常]{0,30}委员会委员$|人民代表大会代表$")
_NO_POST_TAILS = (*_RANK_TAILS, "代表")


def _is_seat(post: str) -> bool:
    """增补X为政协某市委员会委员 / X当选为某县人民代表大会代表: a member's or a deputy's seat."""
    return post.endswith(("委员会委员", "人民代表大会代表")) and _SEAT.search(post) is not None


def _post_fragment(text: str) -> bool:
    """副局长 or 某局副局长(试用期一年) standing alone: the rest of a clause cut off before it."""
    core = re.sub(r"\([^()]*\)$", "", text)
    return core.endswith("职务") or (len(core) <= 24 and bool(split_title(core)[1]))


#: The organs every company has, said without it (任某有限公司副总经理，兼任工会主席: the company's).
_ORGANS_OF_EVERY_COMPANY = frozenset({"工会", "团委"})


#: The seats of a committee (…审计委员会委员，其中A为主任委员): not what its members are besides (独立董事).
_COMMITTEE_SEATS = frozenset({"主任委员", "副主任委员", "召集人", "主任", "副主任", "委员", "秘书长", "主席", "副主席"})


def _seat_of(body: str, title: str) -> bool:
    """其中A为主任委员 after 某委员会委员: a seat of that committee (其中A、B为独立董事 says who they are)."""
    return not body.endswith("委员会") or title.split("(")[0] in _COMMITTEE_SEATS


def _of_a_title(posts: str) -> bool:
    """A bare title (副主任), or one of the holders of a title (外部董事召集人): of the body before."""
    return _bare_title(posts) or split_title(posts.split("(")[0])[0] in _TITLE_SET


def _left_for(described: str, taken: str) -> str | None:
    """The post a person described as 原书记 leaves for ``taken`` (金庄村党支部副书记): a bare title
    is of the body of the post taken; a titled one stands as written."""
    if _titled(described):
        return described
    org = split_title(taken.split("(")[0])[0]
    return org + described if org and _bare_title(described) else None


def _describes_post(described_as: str) -> bool:
    """Does a description before a name (原主任, 某中心主任) name a post a clause may point back to?"""
    held = described_as.removeprefix("原")
    return bool(held) and (_titled(held) or _bare_title(held))


def _titled(post: str) -> bool:
    """A post with an organisation and a known title: what a narrative sentence must name."""
    org, title = split_title(post)
    if not (org and title) and "(" in post and post[0] != "(":
        org, title = split_title(_BRACKETED.sub("", post))  # 学生工作部(处)部(处)长: the unit's other name, its title
    return bool(org and title)


@dataclass
class Group:
    """A decision about a group whose names a list gives (丁敏等36名同志, 以下5名同志)."""

    action: str
    posts: str
    organisation: str
    said: int  # how many the decision says; 0 when unsaid
    chunk: Chunk
    named: int = 0  # names read in its list
    events_before: int = 0
    closed: bool = False
    annex_pending: bool = False  # its list is in an annex not read yet: no verdict on it until then


class ClauseReader:
    """Reads one notice's body into events; keeps what later chunks refer back to."""

    def __init__(self, text: str, line_of: LineIndex, effective: dt.date | None):
        self.text = text
        self.births = "出生" in text  # (a résumé's sentences: see in_biography)
        self.line_of = line_of
        self.effective = effective
        # 唐山冀中特种管材有限公司(以下简称“唐山特管”): short names of bodies, each a body of its own
        self.aliases = tuple(_ALIAS.findall(text)) if "简称" in text else ()
        self.events: list[ParsedEvent] = []
        self.issues: list[ClauseIssue] = []
        self.action: str | None = None
        self.sentence_ended = False
        self.persons: list[str] = []  # the persons named last, whom 其, 他 or 该同志 refer to
        self.subject_org: str | None = None
        self.last_events: list[ParsedEvent] = []
        self.clause_start = 0  # where the events of the clause being read begin (after ; 。 :)
        self.electing = False  # …选举产生了A、B, C、D: the posts a session elected, told before the roster
        self.pending_confirm: tuple[list[str], Chunk] | None = None
        self.extension_read_to = 0  # where the sentence of a probation extension just read ends
        self.in_confirmation = False
        self.confirmed_in_sentence: list[ParsedEvent] = []
        self.composition = False  # 一、第四届董事会组成情况: bare titles below are the body's
        self.confirm_list = False  # 以下同志试用期满…予以正式聘任: the rows below confirm
        self.list_in_next_sentence = False  # …正式任职。名单如下: the rows after the next sentence's colon
        self.pending_persons: list[str] = []  # 邓小兵同志，某局副局长: the name stands alone
        self.conditional = False  # in a sentence that opens with 若 (if): what it says is not decided
        self.requested: tuple[list[str], str] | None = None  # 张三提出辞去某职务: who, and which posts
        self.requests: list[tuple[list[str], str]] = []  # every one asked for since the last taking effect
        self.list_verb = ""  # 延长: the verb of the list open, when its items are read by it
        self.correction_pending: Chunk | None = None  # 原文“…”更正为： (the right text in the next chunk)
        self.told_resignations: list[tuple[list[str], str, Chunk]] = []  # 李勤辞去公司副总裁职务: told as done
        self.heading_org: str | None = None  # 某市中级人民法院, a heading the items below belong to
        self.chunk_before: Chunk | None = None  # the chunk read last (予以免职, before 回原单位工作:)
        self.headings_seen: set[str] = set()
        self.list_body: str | None = None  # 某县第十八届人民代表大会, from …专门委员会组成人员名单
        # the action a decision's own verb set (聘任A为…，解聘B…) and the first event it made
        self.clause_action: tuple[str, int] | None = None
        self.list_action: str | None = None  # the action a list's intro (决定聘任下列同志…) gave its items
        self.at_heading = False  # the chunk before was such a heading
        self.class_before = False  # the chunk before described a class of people (…的同志), no one named
        self.emitted_until = -1  # where the last chunk that made events ends
        self.interim_post = ""  # 某院长职务空缺期间: the post the next clause's acting one acts in
        self.mark_word: str | None = None  # 首次聘任: rows marked so hold the legend's qualifiers
        self.mark_word_qualifiers: list[str] = []
        self.unit_action: str | None = None  # the list's action while one unit's line says 免去:
        self.head_action: str | None = None  # the action the last section head gave (一、委派外部董事)
        self.roster_label: str | None = None  # 科研业务处处长: / 心血管内科: — a roster line's label
        self.grid_label: str | None = None  # 委员: over a grid of names going on line after line
        self.roster_bracket = ""  # (主持工作) after a roster's label: said of each name under it
        self.group: Group | None = None  # 任命丁敏等36名同志为…: the names follow in a list
        self.resigned: Chunk | None = None  # 某先生辞去…职务, (then 自…起生效: with effect)
        # 冯志斌原任公司副总经理，…，不再续聘 / A同志的X、B同志的Y聘期届满，不再续聘: (who, the post) each
        self.held_before: list[tuple[str, str]] = []
        self.state_end = -1  # where the last chunk that said a person's state (挂职期满) ended
        self.quoted_item = ""  # 原公告中“…”一项: a decision recounted, that a later clause may undo
        self.proposed_until = -1  # the end of a sentence that proposes (建议…聘任…), not decides
        self.annex_actions: dict[str, str] = {}  # …，不再续聘(名单见附件2): the action of annex 2's rows
        self.annex_groups: dict[str, Group] = {}  # …(名单见附件2): the group whose list annex 2 holds
        self.section_qualifier = ""  # 新聘(试用期六个月): what the head says of every item
        self.head_verb = ""  # 不再委派: the section head's own words, for the items it governs
        self.described_before: list[str] = []  # 某职务X先生, said before the clause it is the subject of
        self.heading_numbered = False  # 一、某公司: the heading read last opened a numbered part
        self.branch_org = ""  # 二、南京分行: a bank's branch heading, whose sub-branches' labels follow
        self.heading_in_part = False  # the heading read last stands inside a numbered part
        self.heading_over_parts = False  # the heading read last stands before the notice's first part
        self.part_title = ""  # 一、护士长: the title a part of a group's list is labelled by
        self.parts_seen = False  # a part of the notice (一、) has opened
        self.numbered_seen = False  # a numbered chunk has been read
        self.head_title = ""  # 一、委派外部董事 / 某公司：A、B: the title the head gives each unit's names
        self.items_pending = False  # 聘任以下同志为…: the list is opened, none of its items read yet
        self.recounting = False  # 县政府印发《…》，任命张平…: the sentence tells an earlier notice
        self.group_antecedent = ""  # 柴永福等5名同志召回派出单位, …: whom the 其 of the next clause means
        self.group_subject = False  # 下列同志任期届满, …: a group is the subject of what follows
        self.list_title = ""  # …免去其驻村第一书记职务…：, the title each row's unit holds
        self.group_title = ""  # 以下同志校长聘期届满, …: the post that group held
        self.part_label = False  # the sentence just ended is a label of a part of the list open
        self.roster_line_org: tuple[int, str] = (-1, "")  # the unit a roster line names first, on its line
        self.state_posts = ""  # 刘志明同志机电工程系主任聘期届满: the post a bare 不再续聘 leaves
        self.held_as_said: dict[str, str] = {}  # 原某社区第5网格网格长何德明同志调至…: the post each was described by
        self.state_pairs: list[tuple[str, str]] = []  # 邹建国(总经理)、牛文杰(副总经理)任期届满: each one's
        self.cites_decision = False  # a personnel notice is recounted (《…任免的通知》), to be corrected
        self.corrected_from: int | None = None  # 现更正为: the events from here on correct a notice
        self.corrected_day = effective  # (this notice's day, while they take the corrected notice's)
        # 姓名后标注“*”的同志为新提任干部，试用期一年: the names marked so, and what the legend says
        self.marked: set[str] = set()
        self.mark_qualifiers: list[str] = []
        self.mark_collecting = False
        self.probation_since = ""  # 试用期自2023年7月1日起计算, said before the list it applies to
        # Set by forms only a decision uses (任命:, 免去…, 接受…辞去, 试用期满): a notice
        # whose title does not say what it is counts as personnel only with one of these.
        self.decisive = False

    # --- helpers ---------------------------------------------------------------------

    def line(self, chunk: Chunk) -> int:
        return self.line_of[chunk.start]

    def issue(self, chunk: Chunk, reason: str, fatal: bool = True) -> None:
        self.issues.append(ClauseIssue(self.line(chunk), chunk.text, reason, fatal=fatal))

    def emit(
        self,
        action: str,
        persons: list[str],
        posts_text: str,
        chunk: Chunk,
        manner: tuple[str, ...] | str = (),
        org: str = "",
    ) -> bool:
        if self.section_qualifier and self.section_qualifier not in posts_text:
            posts_text += self.section_qualifier
        if "职务" in posts_text[:-2] and (joined := _POSTS_EACH_SAID.sub("、", posts_text)) != posts_text:
            posts_text = joined  # 辞去公司董事职务、董事会战略委员会委员职务及公司副总经理职务: each post said whole
        if "相关" in posts_text:  # 公司独立董事及董事会专门委员会相关职务: the posts named, not those left vague
            posts_text = _VAGUE_POSTS.sub("", posts_text)
        if action == "remove" and posts_text.startswith("原") and not posts_text.startswith(PLACES_OPENING_YUAN):
            posts_text = (
                posts_text.removeprefix("原任的").removeprefix("原任") if posts_text[1] == "任" else posts_text[1:]
            )  # 免去李伟明的原某区安全生产监督管理局局长职务: that post, of a body now gone
        if posts_text.startswith("上述") and self.events and (above := _ABOVE_BODIES.match(posts_text)):
            # 不再担任上述两个委员会委员职务: the title at each body of that kind just named
            kind, title = above.group(1), above.group(2).removesuffix("职务")
            bodies = dict.fromkeys(
                org for e in self.events if (org := split_title(e.post)[0]).endswith(kind) and len(org) > len(kind)
            )
            if bodies and title in TITLES:
                made = [self.emit(action, persons, body + title, chunk, manner) for body in bodies]
                return any(made)
        if posts_text.startswith("该") and (own := _own_body_before(posts_text[1:], chunk.text)):
            # 由某部某司副司长满德功同志代理该司司长职务: the body the clause itself named, not the last event's
            posts_text = own
        elif posts_text.startswith("该") and self.events:
            # …项目经理部项目经理，张文杰为该项目经理部总工程师
            posts_text = self.that_body(posts_text[1:], self.text[max(0, chunk.start - 120) : chunk.start])
        elif posts_text.startswith("该"):  # 主持某重点实验室工作，免去其该实验室副主任职务
            posts_text = self.that_body(posts_text[1:], self.text[max(0, chunk.start - 120) : chunk.start])
        said_own = posts_text.startswith(_OWN_BODY_SAID) and len(posts_text) > 4
        if said_own:
            posts_text = posts_text[2:]  # 为我校海洋科学研究院院长 / 我院副院长: the issuer's own, said as such
        if (
            action == "remove"
            and len(persons) > 1
            and self.state_pairs
            and not (org or self.subject_org or self.heading_org)
            and (wanted := posts_text.removesuffix("职务").split("、"))
            and all(title in _TITLE_SET for title in wanted)
        ):
            # 原白鹤村第一书记谢永强、石堰村第一书记田雨同志驻村期满，免去其第一书记职务: each the one held
            held_by: dict[str, list[str]] = {}
            for name, post in self.state_pairs:
                held_by.setdefault(name, []).append(post)
            picked = {p: [next((h for h in held_by.get(p, []) if h.endswith(t)), "") for t in wanted] for p in persons}
            if all(all(posts) for posts in picked.values()):
                made = []
                for person in persons:
                    if self.emit(action, [person], "、".join(picked[person]), chunk, manner):
                        made += self.last_events
                self.last_events = made
                return bool(made)
        if (
            action == "remove"
            and len(persons) == 1
            and not (org or self.subject_org or self.heading_org)
            and (held := self.held_as_said.get(persons[0]))
            and (wanted := posts_text.removesuffix("职务").split("、"))
            and all(title in _TITLE_SET or (len(title) <= 6 and split_title(title)[1]) for title in wanted)
            and all(picked := [_post_described(held, title) for title in wanted])
        ):
            # 原…网格长何德明同志…，不再担任网格长: the post the person was described by
            # (某村第一书记兼工作队队长周海波同志…，免去其第一书记、工作队队长职务: each of them)
            posts_text = "、".join(picked)
        org = org or self.subject_org or self.heading_org  # None when none: one key for _read_posts_checked
        if (
            org
            and org.startswith("该")
            and len(org) >= 2
            and (said := org[1:] + posts_text)
            != (found := self.that_body(said, self.text[max(0, chunk.start - 120) : chunk.start]))
        ):
            # …公司董事长付成刚…期间，由该公司党委副书记、总经理向东同志代为履行董事长职责: that company's
            posts_text, org = found, None
        if (
            org is not None
            and org is self.heading_org
            and org.endswith(("公司", "集团"))
            and posts_text.startswith("公司")
            and split_title(posts_text[2:])[1] is not None
            and _bare_title(posts_text[2:].split("(")[0].removesuffix("职务"))
        ):
            posts_text = posts_text[2:]  # 二、某投资有限公司 / 任命张三为公司总经理: that company's, the heading's
        if (
            org is not None
            and org is self.heading_org
            and org.endswith("分行")
            and posts_text.startswith("分行")
            and _bare_title(posts_text[2:].split("(")[0].removesuffix("职务"))
        ):
            posts_text = posts_text[2:]  # (三)济宁分行 / 分行本部 / 聘任齐海燕同志为分行副行长: that branch's
        if said_own or (
            org and (posts_text.startswith(_ISSUER_SELF) or (self.aliases and posts_text.startswith(self.aliases)))
        ):
            org = None  # 公司总裁 / 本行行长 / 唐山特管董事长: a body named in full already, under no heading
        if (
            org is self.heading_org
            and org
            and _PEER_UNIT.search(org)
            and not (org.endswith("总部") and len(org) > 4)  # (某集团有限公司总部 / 任财务管理部部长: its departments)
            and (own := split_title(posts_text.split("(")[0].removesuffix("职务"))[0])
            and len(own) >= 4
            and _PEER_UNIT.search(own)
            and not own.startswith(org)
        ):
            org = None  # 【教务处】 / 韦志明 任处长；免去其土木工程学院院长职务: a unit beside the heading's, not in it
        if (
            org is self.heading_org
            and org
            and org.endswith(_COMPANIES)
            and posts_text.startswith(("集团", "集团公司"))
            and split_title(posts_text.split("(")[0].removesuffix("职务"))[0].endswith(
                ("部", "室", "处", "中心", "委", "办")
            )
        ):
            org = None  # 一、某景区管理有限公司 / 刘某任集团审计部部长: the group's department, not the company's
        if org is self.heading_org and org and org.endswith("本部") and posts_text.startswith(org[:-2]):
            org = None  # 集团本部 / 刘某任集团纪委副书记: the body the heading's 本部 is of, named in the post
        if org is self.heading_org and org and posts_text.startswith(org) and len(posts_text) > len(org):
            org = None  # 二、人事处 / 免去其人事处人事科科长职务: the heading's unit, named in the post already
        if (
            org is self.heading_org
            and org
            and (own := split_title(posts_text.split("(")[0].removesuffix("职务"))[0])
            and (whole := _WHOLE_COMPANY.match(own))
            and not whole.group().startswith(org)
        ):
            org = None  # 3.某第三工程有限公司 / 4.拓永胜任某安装工程有限公司党委书记: a company named whole
        if (
            org is self.heading_org
            and org
            and self.last_events
            and not self.sentence_ended
            and self.text[chunk.start - 1 : chunk.start] == ","
            and (whole := _WHOLE_COMPANY.match(self.last_events[-1].post))
            and not whole.group().startswith(org)
            and all(map(_bare_title, posts_text.split("(")[0].removesuffix("职务").split("、")))
        ):
            org = whole.group()  # …任某安装工程有限公司党委书记，兼任工会主席: that company's, not the heading's
        if (
            org is self.heading_org
            and org
            and self.last_events
            and not self.sentence_ended
            and self.text[chunk.start - 1 : chunk.start] in (",", "、")
            and (body := _body_of(self.last_events[-1].post))
            and body != org
            and body.endswith(org)
            and all(map(_bare_title, posts_text.split("(")[0].removesuffix("职务").split("、")))
        ):
            org = body  # 一、能源研究所 / 聘任A为某省科学院能源研究所所长，B为副所长: the heading's body, named in full
        if org is self.heading_org and org and len(self.headings_seen) > 1:
            own = split_title(posts_text.split("(")[0].removesuffix("职务"))[0]
            if own != org and own in self.headings_seen:
                org = None  # 七、人事保卫部 … 同时解聘：新闻中心总监: a unit the notice headed before
        officers_only = set(posts_text.split("(")[0].removesuffix("职务").split("、")) <= _COMMITTEE_OFFICERS
        if (
            not org
            and self.last_events
            and (
                not self.sentence_ended
                # (…由A、B、C同志组成。A同志为书记，B同志为副书记: the committee just composed)
                or (officers_only and self.last_events[-1].post.endswith("委员会委员"))
            )
            and (
                # (聘任A为某研究所所长、B为副所长: the second item of one verb, read apart after its 、)
                (self.text[chunk.start - 1 : chunk.start] in (",", "、") and not self.sentence_ended)
                # (同意A、B等11名同志当选为中共某镇委员会委员；同意A同志当选为书记 / …组成。A同志为书记:
                # that committee's)
                or (
                    self.text[chunk.start - 1 : chunk.start] in (";", "。", ",")
                    and self.last_events[-1].post.endswith("委员会委员")
                    and officers_only
                )
            )
        ):
            if all(map(_bare_title, posts_text.split("(")[0].removesuffix("职务").split("、"))):
                # …副县长，代理县长职务: that body's 县长 (…党委书记，聘任为执行董事、总经理: its two)
                if body := _body_of(self.last_events[-1].post):
                    org = body
        readings, plausible, _ = _read_posts_checked(posts_text, org)
        if not persons or not plausible:
            return False
        if any(post.endswith(_NO_POST_TAILS) and (_is_rank(post) or _is_seat(post)) for post, _, _ in readings):
            # 任二级调研员: a rank; 增补X为政协某市委员会委员: a member's seat (SPEC §7): no post
            readings = tuple(reading for reading in readings if not (_is_rank(reading[0]) or _is_seat(reading[0])))
            if not readings:
                self.persons = persons
                return True
        if ("兼" in posts_text or "主席" in posts_text or "董事长" in posts_text) and any(
            q.startswith("兼") or q in BOARD_CHAIRS for _, qualifiers, _ in readings for q in qualifiers
        ):  # 某局局长(兼任某中心主任) / 某公司专职监事(监事会主席): the bracket holds a second post
            readings = _concurrent_posts(readings)
        said = (manner,) if isinstance(manner, str) and manner else tuple(manner or ())
        made = []
        line = self.line_of[chunk.start]
        # 张卫平、戴蕾、黄建新同志挂职期满，…挂任的A、B、C职务相应免去: each left the post in its place
        paired = (
            action == "remove"
            and 2 <= len(persons) == len(readings)
            and len({post for post, _, _ in readings}) == len(readings)
            and "挂" in self.text[self.text.rfind("。", 0, chunk.start) + 1 : chunk.start + len(chunk.text)]
        )
        leaving: list[tuple[str, str]] = []
        for at, (post, qualifiers, reading_manner) in enumerate(readings):
            q = _qualified(qualifiers, self.effective) if qualifiers else _NO_QUALIFIERS
            probation, probation_until, secondment, secondment_until, rank, q_manner, unknown, unreadable = q
            if action == "remove":
                probation_until = None  # 撤销…任命X为Y(试用期一年)的决定: a probation ends with the post, none runs
            if unknown and (own := _own_title(post, unknown)):
                # 聘任以下同志为护士长：新生儿科：贾婷婷(副护士长): the item's own rank of the list's title
                post = post[: -len(split_title(post)[1])] + own
                unknown = tuple(odd for odd in unknown if odd != own)
                qualifiers = tuple(odd for odd in qualifiers if odd != own)
            for bad in unreadable:
                self.issue(chunk, vocab.CANNOT_READ_QUALIFIER.format(text=bad))
            # (a section's own remark, 一、期满召回(不再担任第一书记), is no item's)
            if action == "appoint" and unknown and (left := _posts_left(tuple(o for o in unknown if o in chunk.text))):
                # 普文华(原任副总经理,同时免去) / 张三(免去其副总经理职务): the post left, said beside the new one
                for held in left.values():
                    held = split_title(post)[0] + held if _bare_title(held) else held
                    leaving.extend((person, fold(held)) for person in persons)
                unknown = tuple(odd for odd in unknown if odd not in left)
                qualifiers = tuple(odd for odd in qualifiers if odd not in left)
            for odd in unknown:
                self.issue(chunk, vocab.UNKNOWN_QUALIFIER.format(text=odd), fatal=False)
            problem = _title_problem(post)
            if problem:
                self.issue(chunk, *problem)
            manners = [*said, *reading_manner, *q_manner]
            post = fold(post)
            for person in persons[at : at + 1] if paired else persons:
                made.append(
                    ParsedEvent(  # by position, in the order of its fields: a third of the cost of keywords
                        action,
                        fold(person),
                        post,
                        self.effective,
                        line,
                        chunk.text,
                        probation,
                        probation_until,
                        secondment,
                        secondment_until,
                        rank,
                        list(dict.fromkeys(manners)) if manners else [],  # manner
                        [*qualifiers, *said, *reading_manner],  # qualifiers
                        list(unknown),  # unknown_qualifiers
                    )
                )
        for person, held in dict.fromkeys(leaving):
            made.append(ParsedEvent("remove", fold(person), held, self.effective, line, chunk.text))
        self.events.extend(made)
        self.last_events = made
        self.persons = persons
        self.items_pending = False
        return True

    def that_body(self, posts: str, before: str = "") -> str:
        """项目经理部总工程师 after 该: the body of that kind named last (兰州新区产业园项目经理部),
        by an event or in the sentence before (由张琳主持某重点实验室工作，免去其该实验室副主任职务)."""
        unit = split_title(posts.split("、")[0].removesuffix("职务"))[0]
        for event in reversed(self.events):
            body = split_title(event.post)[0]
            if unit and body.endswith(unit) and len(body) > len(unit):
                return body[: -len(unit)] + posts
            if unit and (at := body.rfind(unit)) > 0 and body[at + len(unit) :] in _ORGANS_OF_A_BODY:
                return body[:at] + posts  # 某研究所党总支书记，不再兼任该所副所长: the 所 of that 党总支
            if len(unit) >= 3 and (at := event.post.rfind(unit)) > 0:  # (项目经理部项目经理: the title misread)
                return event.post[:at] + posts
        sentence = re.split(r"[;。:]", before)[-1]
        if unit and (end := sentence.rfind(unit)) > 0:
            named = re.split(r"[,、]", sentence[:end])[-1]
            cut = max((named.rfind(w) + len(w) for w in _BEFORE_A_BODY if w in named), default=0)
            if len(named) - cut >= 2 and _is_heading(named[cut:] + unit):
                return named[cut:] + posts
        kind = next((k for k in _THAT_KINDS if posts.startswith(k)), None)
        rest = posts[len(kind) :] if kind else ""
        first = rest.split("、")[0].removesuffix("职务")
        if kind and (
            rest in _TITLE_SET or ((held := split_title(first))[1] and not held[0].endswith(_THAT_KINDS[kind]))
        ):
            # 挂任贵德县高级中学副校长，兼任该校德育处主任: that school, the body of that kind the sentence named
            found = [
                (m.start(), ending)
                for ending in _THAT_KINDS[kind]
                for m in re.finditer(ending, sentence)
                if m.start() > 0
                # (某区财政局副局长: the 局 that ends the body, a title after it, not the title's own)
                and (
                    m.end() == len(sentence)
                    or sentence[m.end()] in ",、("
                    or sentence.startswith(_TITLE_TUPLE, m.end())
                )
            ]
            for at, ending in sorted(found, reverse=True):
                named = re.split(r"[,、]", sentence[: at + len(ending)])[-1]
                named = named[max((named.rfind(w) + len(w) for w in _BEFORE_A_BODY if w in named), default=0) :]
                body = next((named[k:] for k in range(len(named) - 2) if _is_heading(named[k:])), "")
                if body:
                    return body + rest
        return posts

    def posts_read(self, narrative: bool = False):
        """A veto for frame readings whose post slot does not hold posts."""
        return self.accept_narrative_posts if narrative else self.accept_posts

    def accept_posts(self, match: FrameMatch) -> bool:
        org = match.organisation or self.subject_org
        if _read_posts_checked(match.posts, org)[1]:
            return True
        if match.posts in _THAT_POST:
            return _describes_post(match.slot.described_as)
        if match.posts.startswith("上述") and self.events and _ABOVE_BODIES.match(match.posts):
            return True  # 上述两个委员会委员: bodies named before (emit finds them)
        if "、" not in match.posts or "职务、" not in match.posts:
            return False
        # 接受A辞去X职务、B辞去Y职务的请求: a second person chained in, each with posts of their own
        parts = split_outside_parens(match.posts, "、")
        cut = next((k for k, part in enumerate(parts) if k and continuation(part, match, self.persons)), None)
        return cut is not None and _read_posts_checked("、".join(parts[:cut]), org)[1]

    def accept_group_or_posts(self, match: FrameMatch) -> bool:
        """As accept_posts; a group's post may be no post (第五届中层领导干部: a roster below says)."""
        return match.slot.group is not None or self.accept_posts(match)

    def open_group(self, match: FrameMatch, action: str, chunk: Chunk) -> bool:
        """任命丁敏等36名同志为某法院人民陪审员 / 聘任刘振宇等同志为中层领导干部(名单见附件): no event
        yet; the names (and perhaps the posts) follow in a list, until the notice ends."""
        posts = match.posts
        if "见附" in posts or "附后" in posts:
            posts = _WHERE_LISTED.sub("", posts)  # 驻村第一书记(名单见附件1): where the list is, no part of the post
        posts = posts.removesuffix("职务")
        self.group = Group(action, posts, match.organisation, match.slot.group or 0, chunk)
        if annex := _SEE_ANNEX.search(chunk.text):
            self.annex_groups[annex.group(1)] = self.group
            self.group.annex_pending = True
        self.section_qualifier, self.items_pending = "", True
        self.group.events_before = len(self.events)
        self.action, self.decisive, self.sentence_ended = action, True, False
        return True

    def group_names(self, chunk: Chunk) -> bool:
        """A line of the group's list: names, each perhaps with a mark or a bracket (丁敏、马晓燕 /
        林国栋(本人申请辞去)), each holding the group's post."""
        group = self.group
        assert group is not None
        if group.posts in _OWN_POSTS and (described := _post_then_names(chunk.text)):
            # 以下同志不再担任相应职务:土木工程系主任黎光荣,道路与铁道工程系副主任邱建波、安心怡
            post, names = described
            if self.emit(group.action, names, post, chunk, org=group.organisation):
                group.named += len(names)
                return True
            return False
        kind, of_kind = split_title(group.posts.split("(")[0])
        if (
            # (续聘以下同志为科室主任: / 心内科  何建国: the title at the unit of each row)
            (title := group.posts if _bare_title(group.posts) else (of_kind if kind in _KINDS_OF_UNITS else ""))
            and (unit_then_name := _UNIT_THEN_NAME.match(chunk.text))
            and all(name_score(name) >= 2 for name in unit_then_name.group("name").split("、"))
        ):
            # 聘任以下同志为护士长：重症医学科 彭丽，神经外科 田芳芳（试用期六个月）: each the title at
            # the unit written before the name
            unit, names, said = unit_then_name.group("unit", "name", "said")
            if said and (own := said[1:-1].split(",")[0]) in _TITLE_SET:
                # 聘任下列同志为中小学校长(园长): / 某幼儿园　贺晓丽(园长,新任): the row's own title, of the two
                title, rest = own, said[1:-1].split(",")[1:]
                said = f"({','.join(rest)})" if rest else ""
            if self.emit(group.action, names.split("、"), f"{unit}{title}{said or ''}", chunk, org=group.organisation):
                group.named += names.count("、") + 1
                return True
            return False
        core, common = group.posts.removesuffix("职务"), ""
        if core.endswith(")") and (cut := _opening_bracket(core)) > 0:
            core, common = core[:cut], core[cut:]  # 聘任下列同志为病区护士长(试用期六个月): said of each
        kind_title = split_title(core)
        if ((kind_title[0] in _KINDS_OF_UNITS and kind_title[1]) or _bare_title(core)) and "(" in chunk.text:
            # 以下同志不再担任科室主任：石建军(心血管内科)、覃秋菊(肾内科,到龄): each the title at the
            # unit in the bracket after the name (解聘以下同志的护士长职务： / 白淑芬(心内一病区,退休))
            each = [_NAME_AT_UNIT.match(part) for part in split_outside_parens(chunk.text, "、")]
            if all(each) and all(name_score(m.group("name")) >= 2 for m in each):
                made = []
                for m in each:
                    said = f"({m.group('said')})" if m.group("said") else ""
                    post = m.group("unit") + (core if _bare_title(core) else kind_title[1]) + said + common
                    if self.emit(group.action, [m.group("name")], post, chunk, org=group.organisation):
                        made += self.last_events
                group.named += len(made)
                self.last_events = made
                return bool(made)
        generic = core.removeprefix("原")
        if "(" in chunk.text and (kind := next((k for k in _GENERIC_BODIES if generic.startswith(k)), "")):
            # 以下同志不再担任原村党支部第一书记职务：谭红军(罗家湾村)；姚文斌(白岩村): the village in the
            # head is each one's own, named in the bracket after the name
            each = [_NAME_IN_BODY.match(part) for part in split_outside_parens(chunk.text, "、")]
            if all(
                m and name_score(m.group("name")) >= 2 and m.group("body").endswith(kind) and m.group("body") != kind
                for m in each
            ):
                made = []
                for m in each:
                    said = f"({m.group('said')})" if m.group("said") else ""
                    post = m.group("body") + generic[len(kind) :] + said + common
                    if self.emit(group.action, [m.group("name")], post, chunk, org=group.organisation):
                        made += self.last_events
                group.named += len(made)
                self.last_events = made
                return bool(made)
        # (任命下列同志为副院长：张建国、王晓芳。: the names right after the group's colon, on its line)
        after_colon = (
            self.text[chunk.start - 1 : chunk.start] == ":"
            and chunk.sep in ";。"  # (杨光明，原某村第一书记: more is said of each, not names alone)
            # (刘长江(骨科主任)、…: each with the post left, read otherwise)
            and not any(split_title(said)[1] for said in re.findall(r"\(([^()]*)\)", chunk.text))
            and not any(mark in self.text[group.chunk.start : chunk.start - 1] for mark in ";。:")
        )
        if (
            self.heading_org
            and (kind_title := split_title(group.posts.split("(")[0]))[1]
            and _CLASS_OF_BODIES.match(kind_title[0])
            and self.text[: chunk.start - 1].endswith(self.heading_org)
            and (parts := split_outside_parens(chunk.text, "、"))
            and all(_GRID_NAME.match(part) for part in parts)
            and (found := read_names("、".join(part.split("(")[0] for part in parts)))
            and found[1] >= 2
            and len(found[0]) == len(parts)
        ):
            # 聘任下列同志为市属国有企业外部董事： / (一)某投资集团有限公司 / 曾宪明、肖雅: the title at the
            # company each heading names (钟立新(外部董事召集人): and the seat in the bracket besides)
            made = []
            for name, part in zip(found[0], parts, strict=True):
                seats = [kind_title[1]] + [
                    said for said in re.findall(r"\(([^()]*)\)", part) if said in _TITLE_SET or split_title(said)[1]
                ]
                for seat in seats:
                    if self.emit(group.action, [name], self.heading_org + seat, chunk):
                        made += self.last_events
            group.named += len(found[0])
            self.last_events = made
            return bool(made)
        if chunk.start not in self.line_of.grids and not after_colon:
            return False
        parts = split_outside_parens(chunk.text, "、")
        names = []
        for part in parts:
            if not _GRID_NAME.match(part):
                return False
            if "*" in part:
                self.marked.add(part.split("(")[0].strip("*"))
            names.append(part.split("(")[0].strip("*"))
        found = read_names("、".join(names))
        if not found or (chunk.start not in self.line_of.grids and found[1] < 2):
            return False  # (a grid's line holds names alone: an unknown surname, 娜仁花, is still a name)
        title = split_title(group.posts)[1] or (group.posts if group.posts in TITLES else "")
        if chunk.start in self.line_of.unit_rows and len(parts) == len(found[0]) and title:
            made = []
            for name, part in zip(found[0], parts, strict=True):
                unit = part.partition("(")[2].rstrip(")")  # 沈建新(临平区第一中学) under …为学校校长:
                if self.emit(group.action, [name], unit + title, chunk, org=group.organisation):
                    made += self.last_events
            group.named += len(made)
            self.last_events = made
            return bool(made)
        if group.posts in _OWN_POSTS:  # 以下同志不再担任原职务: / 易建国(原安全环保部部长,到龄退休)
            made = False
            for name, part in zip(found[0], parts, strict=False):
                own = part.partition("(")[2].rstrip(")").split(",")[0].removeprefix("原")
                made = (bool(own) and self.emit(group.action, [name], own, chunk, org=group.organisation)) or made
            group.named += len(found[0]) if made else 0
            return made
        if not self.emit(group.action, found[0], group.posts, chunk, org=group.organisation):
            return False
        group.named += len(found[0])
        return True

    def annex_opens(self, chunk: Chunk) -> bool:
        """附件2: the annex holding the list of the group that cited it; its rows are that group's."""
        group = self.annex_groups.get(chunk.text[2:].rstrip(":"))
        if group is None and (action := self.annex_actions.get(chunk.text[2:].rstrip(":"))):
            self.close_group()
            self.action, self.items_pending, self.heading_org, self.sentence_ended = action, True, None, False
            return True
        if group is None:
            return False
        group.annex_pending = False
        self.group, self.action, self.items_pending = group, group.action, True
        self.heading_org, self.sentence_ended = None, False
        return True

    def close_group(self) -> None:
        group, self.group = self.group, None
        if group is None:
            return
        if group.closed or group.annex_pending:
            return
        group.closed = True
        if len(self.events) == group.events_before:
            self.issue(group.chunk, vocab.GROUP_LIST_UNREAD)
        elif group.said and group.named and group.named != group.said:
            self.issue(group.chunk, vocab.GROUP_LIST_DIFFERS.format(said=group.said, named=group.named), fatal=False)

    def accept_narrative_posts(self, match: FrameMatch) -> bool:
        """As accept_posts, and every post names its organisation and a known title."""
        _, plausible, titled = _read_posts_checked(
            match.posts, match.organisation or self.subject_org or self.heading_org
        )
        return plausible and titled

    def emit_match(self, match: FrameMatch, action: str, chunk: Chunk) -> bool:
        """A frame's reading as events. Posts may chain persons with 、: 免去A的X职务、B的Y职务."""
        if match.slot.pronoun and self.issues:
            # 经考核，某公司副总经理许文龙…考核结果为不合格，…，解聘其…职务: what the sentence told of the
            # person before its decision, unread alone, is the decision's subject
            opens = max(self.text.rfind(mark, 0, chunk.start) for mark in "。;:") + 1
            told = self.text[opens : chunk.start]
            self.issues = [
                i
                for i in self.issues
                if not (
                    i.fatal
                    and i.clause in told
                    and _ASSESSED.search(i.clause)
                    and not decision_verbs().search(i.clause)
                    and "为" not in i.clause.replace("结果为", "").replace("等次为", "")
                )
            ]
        if (
            self.heading_org
            and match.slot.described_as
            and not match.subject_org
            and not match.connector.startswith("挂")
        ):
            # 集团公司酒店管理部部长张德胜兼任总经理 under a company's heading: the heading's 总经理, not
            # the body the person is described by
            match.subject_org = self.heading_org
        if match.posts in _THAT_POST and _describes_post(match.slot.described_as):
            # 原主任段建华不再担任该职务 / 免去某中心主任姜卫东同志的职务: the post the person is described by
            post = match.slot.described_as.removeprefix("原")
            return self.emit(action, match.persons, post, chunk, match.manner, match.organisation)
        if (
            action == "appoint"
            and "改任" in match.manner
            and match.slot.described_as.startswith("原")
            and "、" not in match.posts
            and (left := _left_for(match.slot.described_as[1:], match.posts))
        ):
            # 原书记金德胜同志改任金庄村党支部副书记: the post described by 原 is left for the new one
            self.emit("remove", match.persons, left, chunk, (), match.organisation)
        if "、" not in match.posts:  # one post: the common case
            return self.emit(action, match.persons, match.posts, chunk, match.manner, match.organisation)
        groups: list[tuple[list[str], list[str], tuple[str, ...]]] = [(match.persons, [], match.manner)]
        for part in split_outside_parens(match.posts, "、"):
            again = continuation(part, match, self.persons) if groups[-1][1] else None
            if again:
                groups.append((again.persons, [again.posts], again.manner))
            else:
                groups[-1][1].append(part)
        made = False
        for persons, parts, manner in groups:
            # (接受A辞去X职务的请求、B辞去Y职务的请求: each post without its request)
            posts = strip_tails("、".join(parts)) if len(groups) > 1 else "、".join(parts)
            made = self.emit(action, persons, posts, chunk, manner, match.organisation) or made
        return made

    # --- chunk forms -----------------------------------------------------------------

    def revoked_quoted(self, chunk: Chunk) -> bool:
        """撤销该文件中“图雅同志任某局副局长(试用期一年)”的任职决定: the decision quoted is undone,
        an appointment by a removal, a removal by the post held again (its qualifiers with it)."""
        revoked = _REVOKED_QUOTED.search(chunk.text) or _REVOKED_COMPOUND.search(chunk.text)
        if revoked is None:
            return False
        clause = _BRACKETED.sub("", revoked.group("clause").rstrip("。;"))
        # (关于任命郭晓伟同志为A、免去其B职务的决定: an appointment and a removal, each undone)
        parts = re.split(r"[、,\u200b](?=免去其)", clause) if "免去其" in clause else [clause]
        made, persons = False, self.persons
        for part in parts:
            match = read_frame(part, ("decision", "narrative"), None, persons)
            if match is None or match.frame.action not in ("appoint", "remove"):
                return made
            persons = match.persons
            undone = "remove" if match.frame.action == "appoint" else "appoint"
            manner = "撤销任职决定" if undone == "remove" else "撤销免职决定"
            posts = _BRACKETED.sub("", match.posts)
            if self.emit(undone, match.persons, posts, chunk, manner):
                self.decisive, made = True, True
        return made

    def section_head(self, chunk: Chunk) -> bool:
        if chunk.sep != ":":
            return False
        if self.list_verb and chunk.text in SECTION_HEADS:
            self.list_verb = ""  # 任命： after 延长下列同志挂职期限…：: a list of its own verb
        text = _HEAD_PREAMBLE.sub("", chunk.text)
        text = text.removeprefix("现").removeprefix("依法")  # 依法选举: / 现任命:
        qualifier = ""
        if text.endswith(")") and (cut := _opening_bracket(text)) > 0:  # 新聘(试用期六个月):
            text, qualifier = text[:cut], text[cut:]
        if self.group_title and self.group_subject and text.startswith(_UNSAID_SUBJECT_VERBS):
            return False  # 以下同志校长聘期届满，不再续聘: a decision about the post said before
        if text not in SECTION_HEADS and (kind := _CLASS_HEAD.match(text)) and not _titled_class(text):
            text = kind.group("verb")  # 免去退休人员职务: the section's verb, for people of a kind
        elif text not in SECTION_HEADS and (kind := _KIND_THEN_HEAD.match(text)) and "同志" not in text:
            text = kind.group("verb")  # 研究室负责人聘任: the section's verb, its people said first
        elif text not in SECTION_HEADS and (left := _POSTS_BELOW_LEFT.match(text)):
            text = left.group("verb")  # 原经理层成员下列职务自然解聘: / 俞建明同志的某公司总经理职务;
        if text in COLON_HEADS and text == chunk.text:  # (only a written colon ends a chunk after it)
            self.action, self.head_verb, self.head_title = COLON_HEADS[text], text, ""
        elif text in SECTION_HEADS:
            after = chunk.start + len(chunk.text) + 1
            if (
                self.heading_org
                and after < len(self.text)
                and self.line_of[after] == self.line_of[chunk.start]
                and not _is_heading(_FIRST_CLAUSE.match(self.text, after).group())  # (免去:某法院 / 刘振华的…)
            ):
                self.unit_action = self.action  # 免去：A的X职务 on one line of a unit's block: that line's only
            self.action = self.head_action = SECTION_HEADS[text]
            self.head_verb, self.head_title = text, ""
            self.section_qualifier = qualifier  # for every item of the section
        elif (verb := _HEAD_VERB_OPENING.match(text)) and _bare_title(text[verb.end() :]):
            # 二、委派财务总监 / 莫丽娟为某公司财务总监: the part's verb and the title its items take
            self.action = self.head_action = SECTION_HEADS[verb.group()]
            self.head_verb, self.head_title = verb.group(), text[verb.end() :]
            self.section_qualifier = qualifier  # (三、委派外部董事(任期三年): for every item of the part)
        elif qualifier:
            return False
        elif (
            text.startswith(("调整后", "变更后", "本次调整后"))
            and text.endswith("如下")
            and any("委员会" in event.post for event in self.events[-6:])
        ):
            # …担任审计委员会召集人…。调整后的各专门委员会组成如下: the changes were told, the line-up
            # as it now stands is told again (with no change told before it, the line-up is the decision)
            self.action = None
        elif text.endswith(("委员如下", "成员如下", "委员会成员", "委员会委员")) and (
            elected := _COMMITTEES_ELECTED.match(text)
        ):
            # 董事会选举产生第四届董事会各专门委员会委员如下： / 战略委员会：沈国梁(主任委员)、…: each
            # committee of that board
            self.action = self.head_action = "appoint"
            self.heading_org = elected.group("board")
        elif (
            text.endswith(("组成如下", "组成人员如下", "作如下调整", "调整如下"))
            and len(text) <= 60
            and not _TASK_GROUP.search(self.text[max(0, chunk.start - 80) : chunk.start + len(text)])
        ):  # (a 领导小组's members hold no posts: SPEC §7)
            # 第五届董事会各专门委员会组成如下: / 战略委员会:孟繁荣(主任委员)、… (each company's part
            # of the list below opens with it again, after a part's own removals)
            self.action = self.head_action = "appoint"
        elif text == "同意" and "选举结果" in self.text[max(0, chunk.start - 60) : chunk.start]:
            self.action = "appoint"  # 你们关于…选举结果的请示收悉。…研究，同意： / 书记:范晓东: those elected
        elif (
            # (市委同意: the body that agrees, said before it)
            (text == "同意" or (text.endswith("同意") and len(text) <= 12 and _ORGANISATION_END.search(text[:-2])))
            and _RESIGNS_BELOW.match(self.text, chunk.start + len(chunk.text) + 1) is not None
        ):
            # 市委同意： / 章建明同志因个人原因辞去…职务: each resignation accepted
            self.action, self.head_verb, self.head_title = "remove", "同意", ""
        elif text == "结果如下" and "选" in self.text[max(0, chunk.start - 12) : chunk.start]:
            self.action = "appoint"  # …会议进行了补选，结果如下: X当选为…
        elif _NAMES_LISTED.match(text) and self.confirm_list and self.action == "confirm":
            self.list_in_next_sentence = True  # …正式任职。名单如下： / (a table): the rows confirmed, past its caption
        elif _NAMES_LISTED.match(text) and (
            said := _TITLES_DECIDED_BEFORE.search(self.text, max(0, chunk.start - 120), chunk.start)
        ):
            # 决定聘任第五届研究室主任、副主任，任期四年。名单如下： / 某研究室 / 主任：丁卫东: the
            # titles decided in the sentence before, the names below
            self.action = self.head_action = LEADING_VERBS[said.group("verb")]
        elif _RESULTS_BELOW.search(text):
            self.action = "appoint"  # 现将聘任结果通知如下: / 党委办公室 / 主任:隋立强
            if plenary := _PLENARY_OF.search(chunk.text):
                # 同意中共某镇第十四届委员会第一次全体会议选举结果：A同志为书记: that committee's officers
                self.heading_org = plenary.group("body")
            elif "全体会议" in chunk.text and self.last_events and self.last_events[-1].post.endswith("委员会委员"):
                # …纪律检查委员会由A、B…组成；同意镇纪委第一次全体会议选举结果：: the committee just composed
                self.heading_org = self.last_events[-1].post.removesuffix("委员")
        elif text.endswith("名单") and "通过" in text and len(text) <= 80:
            # …会议表决通过了某县人民代表大会专门委员会组成人员名单: the roster below is elected
            self.action = "appoint"
            body = _LIST_OF_BODY.search(text)
            self.list_body = body.group(1) if body else None  # whose committees the headings below are
            if body is None and (one := _LIST_OF_ONE_BODY.search(text)):
                self.heading_org = one.group(1)  # …法制委员会组成人员名单: / 主任委员:李德全: its seats
        elif (text.endswith(_REVOKED_BELOW_ENDS) and _REVOKED_BELOW.search(text)) or (
            # 撤销《…的通知》(某任〔2023〕25号)文件中以下内容： / 一、“于海波同志任某局副局长”: each quoted, undone
            text.startswith("撤销") and _REVOKED_CONTENT_BELOW.match(text)
        ):
            # 决定该文件作废，文件中的下列任职决定同时撤销: / 丰建明同志任某局局长: each item an
            # appointment revoked, a removal
            self.action = self.head_action = "remove"
            self.head_verb, self.head_title = "撤销关于", ""
        elif _CALLED_BACK_BELOW.match(text):
            # 以下同志召回派出单位： / 某镇某村驻村工作队队长朱洪亮，…: each row called back, the post it held
            self.action = self.head_action = "remove"
            self.head_verb, self.head_title = "免去", ""
        elif text.endswith("决定") and len(text) <= 60:
            # …常务委员会第七次会议决定: / 区政府决定: what follows is decided; a bare
            # 张三同志为某局局长 after it is an appointment
            self.action = "appoint"
        else:
            return False
        self.decisive = True
        self.sentence_ended = False
        return True

    def background(self, chunk: Chunk) -> bool:
        """鉴于张三同志已辞去…: not an event, but names whom a later 其 refers to."""
        for opener in BACKGROUND_OPENERS:
            if chunk.text.startswith(opener):
                rest = chunk.text[len(opener) :]
                head = rest.split("同志", 1)[0] if "同志" in rest else re.split(r"[已因另被]", rest, maxsplit=1)[0]
                found = read_names(head)
                if found:
                    self.persons = found[0]
                return True
        return False

    def corrected_notice_day(self, end: int) -> dt.date:
        """The day the corrected notice was issued (2023年8月29日我局印发的《…》), said anywhere
        before ``end``, or, when none is said, this notice's own."""
        issued = list(_ISSUED_ON.finditer(self.text, 0, end))
        cited = _dates_or_none(issued[-1].group(1)) if issued else []
        cited = cited or _dates_or_none(self.text[max(0, end - 200) : end])
        return cited[-1][2] if cited else self.effective

    def correction(self, chunk: Chunk) -> bool:
        """“任命张三同志为某局副局长”应为“任命张三同志为某局局长”: the right text read as the clause,
        other 更正, effective on the corrected notice's date (the date the sentence cites), the
        quoted wrong text no event."""
        m = CORRECTION_IN.search(chunk.text) or CORRECTION.search(chunk.text) or CORRECTED_TO.search(chunk.text)
        if (
            m is None
            and chunk.sep == ":"
            and chunk.text.endswith(_CORRECTED_TO_VERBS)
            and _QUOTED_TEXT.search(chunk.text)
        ):
            # 原文“邓子豪为某局总工程师”更正为： / 邓子豪为某局副局长。: the right text after the colon, unquoted
            # (…更正为：免去吴志伟同志的…职务: a clause with its verb, read as any clause is; the quoted
            # wrong text no event either way)
            if not self.text.startswith(_LEADING, chunk.start + len(chunk.text) + 1):
                self.correction_pending = chunk
                return True
        if m is None:
            return False
        effective = self.corrected_notice_day(chunk.start + m.start())
        index = LineIndex()
        index.mark(0, self.line(chunk))
        right = m.group("right").replace("\u200b", "")
        if "clause" in m.groupdict():  # one word of the quoted clause corrected: the clause as it should read
            right = m.group("clause").replace(m.group("wrong"), right)
        if (
            (row := _LIST_ROW_QUOTED.search(chunk.text, 0, m.start() + 1)) is not None
            and not decision_verbs().search(right)
            and (held := _name_then_post(_QUALIFIER_AT_END.sub("", right) + "职务"))
        ):
            wrong = (m.groupdict().get("wrong") or "").replace("\u200b", "")
            if len(held[0]) == 3 and wrong[:2] == right[:2] and wrong[2:3] != right[2:3] and name_score(right[:2]) >= 2:
                held = (
                    right[:2],
                    _QUALIFIER_AT_END.sub("", right[2:]) + "职务",
                )  # 程浩放射科 → 程浩介入放射科: the name both rows open with
            # 聘任名单第9项“傅晓蕾　麻醉科　副主任　试用期一年”: a row of the list, its cells run together
            said = _QUALIFIER_AT_END.search(right)
            bracket = f"({said.group()})" if said else ""
            verb = row.group("verb")
            post = held[1].removesuffix("职务")
            right = (
                f"免去{held[0]}的{post}职务"
                if verb in ("免职", "解聘", "免去")
                else f"{verb}{held[0]}为{post}{bracket}"
            )
        inner = ClauseReader(right, index, effective)
        unit = m.groupdict().get("unit") or m.groupdict().get("unit_before")
        if unit and _is_heading(unit):
            inner.heading_org = unit  # “聘任屠丽萍为副行长”（洪合支行）更正为…: that unit's posts
        # 郝建君同志的某局副局长职务, quoted with no verb: a removal's item, as in the list it was
        inner.action = self.action or ("remove" if right.endswith("职务") and "的" in right else "appoint")
        events, issues = inner.read()
        for event in events:
            event.manner.append("更正")
            event.qualifiers.append("更正")
            event.clause = chunk.text.replace("\u200b", ",")
        self.events.extend(events)
        self.issues.extend(issues)
        self.last_events = events
        self.decisive = self.decisive or bool(events) or inner.decisive
        return True

    def roster(self, chunk: Chunk) -> bool:
        """科研业务处处长: (a post) or 心血管内科: (a unit) opening a roster line of a list:
        who holds it follows the colon."""
        text = chunk.text
        if text.startswith("设") and (one := _ONE_SEAT.match(text)):
            text = one.group(1)  # 不设监事会，设监事一名：蓝天佑: the seat, said with its number
        # (主任(代理)：杨春晖: how the seat is held, in its bracket, is no verb of a clause)
        unbracketed = text[: _opening_bracket(text)] if text.endswith(")") and _opening_bracket(text) > 1 else text
        if text in SECTION_HEADS or len(text) > 40 or decision_verbs().search(unbracketed) or "同志" in text:
            return False
        self.roster_bracket = ""
        if text.endswith(")") and (cut := _opening_bracket(text)) > 1:
            text, self.roster_bracket = text[:cut], text[cut:]  # 副部长(主持工作): how the post is held
        line = self.line_of[chunk.start]
        after = chunk.start + len(chunk.text) + 1
        if (
            text.endswith(("委员会", "小组"))
            and not _bare_title(text)
            and (seat := _FIRST_CLAUSE.match(self.text, after).group())
            and self.text[after + len(seat) : after + len(seat) + 1] == ":"
            and _bare_title(seat)
            and self.line_of[after] == line
        ):
            # 战略委员会：主任委员：周振华；委员：李明轩: the committee the line's seats are of
            self.roster_line_org, self.roster_label, self.roster_start = (line, text), "", None
            return True
        if self.roster_line_org[0] == line and _bare_title(text):
            text = self.roster_line_org[1] + text  # 某研究室　主任：周立平；副主任：孙海燕: the line's unit
        elif not _bare_title(text) and (held := split_title(text))[1]:
            self.roster_line_org = (line, held[0])
        if not (
            split_title(text)[1]
            or _ORGANISATION_END.search(text)
            or text.endswith(("科", "系", "部", "年级"))  # (高一年级：组长 吴海燕: a school's year, a unit)
            or (self.heading_org and _bare_title(text))  # 处长: under the unit heading it
            or (self.composition and _bare_title(text))  # 董事长: of the body whose members are told
            or (self.action is not None and _bare_title(text))  # 总法律顾问: of the list's own body
            or (self.group is not None and text.isascii() and text.isalpha() and len(text) <= 8)  # ICU: a ward
        ):
            return False
        self.roster_label = text
        self.roster_start = chunk
        return True

    def roster_item(self, chunk: Chunk) -> bool:
        """The names after a roster's label: 冯建军 / 祁瑞霞、赵金山 / 刘晓红(试用期至2023年6月) under a
        post; 主任周维康 / 副主任饶春燕、易志明 under a unit."""
        label, text = self.roster_label, chunk.text
        after = self.text.find(";", chunk.start) + 1 if chunk.sep == ";" else 0
        if (chunk.sep in ";。" or not chunk.sep) and not (
            # 土木工程系:主任袁立群;副主任龙海: the unit's items go on to the line's end
            after and after < len(self.text) and self.line_of[after] == self.line_of[chunk.start]
        ):
            self.roster_label = None  # the line ends here
            # …, unless it is a grid of names, which the grid lines below go on with
            self.grid_label = label if chunk.start in self.line_of.grids else None
        post = label
        if not split_title(label)[1] and not _bare_title(label):
            # a unit: the title opens the item (主任周维康)
            title = next((t for t in _TITLES_LONGEST if text.startswith(t)), None)
            if title is None and label.endswith(("委员会", "小组")) and self.committee_roster(label, text, chunk):
                return True
            group = self.group
            bare = _BRACKETED.sub("", group.posts) if group is not None and not group.closed else ""
            if "、" in bare and self.part_title and self.part_title in bare:
                # 聘任以下同志为病区护士长、副护士长 / 一、护士长 / 心内科一病区：马燕: the part's title of the two
                bare = self.part_title
            kind, of_kind = split_title(bare) if bare else ("", "")
            at_each = False
            if kind in _BODIES_OF_ANY_UNIT and of_kind:  # 所属企业外部董事: the title at each unit below
                bare, kind = of_kind, ""
            elif bare and (any_unit := next((b for b in _BODIES_OF_ANY_UNIT if bare.startswith(b)), "")):
                # 指定下列同志为分支机构临时负责人： / 陕西分公司：白志成: the rest, at each unit below
                bare, kind, of_kind, at_each = bare[len(any_unit) :], "", bare[len(any_unit) :], True
            if (
                title is None
                and group is not None
                and bare
                and (_bare_title(bare) or at_each or (kind and label.endswith(kind)))
            ):
                # 续聘以下同志为护士长: / 内一科:刘桂芝 (为研究室主任: / 荒漠生态研究室:赵立平): the group's
                # title, at the unit of each line
                title, group.named = "", group.named + len(split_outside_parens(text, "、"))
                label += bare if _bare_title(bare) else of_kind
                if group.posts.startswith(bare) and group.posts != bare:  # (副护士长(试用期6个月): for each)
                    self.roster_bracket = group.posts[len(bare) :] + self.roster_bracket
            if title is None and self.head_title and (group is None or group.closed) and _names_only(text):
                title, label = "", label + self.head_title  # 一、委派外部董事 / 某公司：钱宏、丁玉梅
            if title is None:
                if _boards_of_a_company(label) and self.heading_org and self.heading_org.endswith(_COMPANIES):
                    return False  # 二、某有限公司 / (一)董事会：张国梁任执行董事: that company's board, no body
                if _is_heading(label):  # 某区人民法院: / 廖建华为审判员: the unit heads the items below
                    label = _village_of_township(self.heading_org, label)  # 一、太平镇 / 小石村：免去…
                    self.heading_org, self.roster_label = label, None
                    self.headings_seen.add(label)
                return False
            post, text = label + title, text[len(title) :]
            if text.startswith("(") and (close := text.find(")")) > 0:
                post, text = post + text[: close + 1], text[close + 1 :]  # 副主任(主持工作)叶海波: how it is held
        names: list[tuple[str, str]] = []  # each name with its own brackets: 陈晓燕(正处级)、郭立*
        for part in split_outside_parens(text, "、"):
            qualifiers = ""
            while part.endswith(")") and "(" in part:
                cut = _opening_bracket(part)
                if cut <= 0:
                    break
                inner = part[cut + 1 : -1]
                # (白志成(现任陕西分公司副总经理): what the person holds now, no word on the post)
                if NAME_MARK_WORDS.search(inner) is None and not inner.startswith(("现任", "现为", "系")):
                    qualifiers = f"({inner})" + qualifiers
                part = part[:cut]
            if "*" in part:
                self.marked.add(NAME_MARK.sub("", part).replace("*", ""))
            names.append((NAME_MARK.sub("", part).replace("*", ""), qualifiers))
        found = read_names("、".join(name for name, _ in names))
        # after a post and its colon a name of an unknown surname (拉毛草, 扎西才让) is still a name
        if not found or found[1] < (1 if split_title(post)[1] or _bare_title(post) else 2):
            return False
        self.decisive = True
        self.sentence_ended = False  # the list goes on, under the heading that ended a sentence
        if post in _TITLE_SET and not (self.heading_org or self.subject_org) and (body := self.committee_just_listed()):
            post = body + post  # 中共某乡委员会委员：A、B / 书　记：B / 副书记：C: that committee's
        made = []
        for qualifiers in dict.fromkeys(q for _, q in names):
            persons = [person for person, (_, q) in zip(found[0], names, strict=True) if q == qualifiers]
            if not self.emit(self.action or "appoint", persons, post + self.roster_bracket + qualifiers, chunk):
                return False
            made += self.last_events
        self.last_events = made
        return True

    def sentence_around(self, chunk: Chunk) -> str:
        """The sentence (to its 。 or ；) a chunk stands in."""
        start = max(self.text.rfind(mark, 0, chunk.start) for mark in "。;") + 1
        return self.text[start : _SENTENCE_REST.match(self.text, chunk.start).end()]

    def note_described(self, text: str) -> None:
        """原某社区第5网格网格长何德明同志调至…: the post a person is described by, for a bare title
        or a 召回 said of them after (…，不再担任网格长 / …，予以召回)."""
        said = text.split("同志", 1)[0]
        if "、" in said or len(said) <= 4:
            return
        slot = read_person_slot(said)
        if slot is not None and slot.score >= 2 and len(slot.persons) == 1 and split_title(slot.described_as)[1]:
            self.held_as_said[slot.persons[0]] = slot.described_as.removeprefix("原")

    def committee_just_listed(self) -> str:
        """中共某乡委员会 when its members were the last roster read (and only its officers since)."""
        for k in range(len(self.events) - 1, max(-1, len(self.events) - 40), -1):
            seat = self.events[k].post
            if seat.endswith("委员会委员") and (seat.startswith("中共") or "纪律检查委员会" in seat):
                body = seat.removesuffix("委员")
                later = self.events[k + 1 :]
                return body if all(e.post.startswith(body) for e in later) else ""
        return ""

    def committee_roster(self, label: str, text: str, chunk: Chunk) -> bool:
        """审计委员会:于淑珍(主任委员)、宋建林、韩志刚: each name a seat of the committee, the
        one its bracket names (主任委员) or a member's (委员)."""
        seats: list[tuple[str, str]] = []
        seat = ""
        if (titled := _SEAT_THEN_NAMES.match(text)) is not None:
            # 风险管理委员会：主任委员　蒲玉兰，委员　何伟、罗晓川: the seat, then who holds it
            seat, text = titled.group(1), titled.group(2)
        for part in split_outside_parens(text, "、"):
            role = seat
            if part.endswith(")") and (cut := _opening_bracket(part)) > 0:
                part, role = part[:cut], part[cut + 1 : -1]
            if "、" in role or "," in role:
                # 顾文斌(主任委员、独立董事) / 宋雅琴(主任委员,会计专业人士): the committee's seat, and what
                # else is said of the member
                seats_said = [
                    r for r in re.split("[、,]", role) if r not in _BOARD_SEAT_DESCRIPTIONS and _bare_title(r)
                ]
                role = "、".join(seats_said) if seats_said else role
            if role in _BOARD_SEAT_DESCRIPTIONS:
                role = ""  # 孔维德(独立董事): the seat on the board the member holds, said of the person
            if role and not _bare_title(role):
                return False
            seats.append((clean_name(part), role or "委员"))
        found = read_names("、".join(name for name, _ in seats))
        if not found or found[1] < 2:
            return False
        made = []
        for (_, role), person in zip(seats, found[0], strict=True):
            if self.emit(self.action or "appoint", [person], label + role, chunk):
                made += self.last_events
        self.last_events, self.decisive = made, True
        return bool(made)

    def respectively(self, chunk: Chunk) -> bool:
        """谭建军、易小平分别为A、B (任命…分别为…): each name with the post in its place."""
        m = _RESPECTIVELY.match(chunk.text)
        if m is None and (by := _POSTS_RESPECTIVELY_BY.match(chunk.text)) is not None:
            # (X、Y分别由A、B担任: as A、B分别担任X、Y)
            m = _RESPECTIVELY.match(f"{by.group('names')}分别{by.group('as')}{by.group('posts')}")
        if m is None and len(self.persons) >= 2 and (m := _THEIRS_RESPECTIVELY.match(chunk.text)):
            names = (self.persons, 3)  # A、B同志挂职期满，分别免去其X、Y职务: each the post in its place
        elif m is None:
            return False
        else:
            names = read_names(_BRACKETED.sub("", m.group("names")))
        posts = split_outside_parens(m.group("posts"), "、")
        said = m.groupdict().get("as") or ""
        if (
            names
            and len(names[0]) != len(posts)
            and said.startswith("不再")
            and len(groups := split_outside_parens(m.group("posts"), "和")) == len(names[0])
        ):
            # A、B分别不再担任X、Y和Z、W职务: a group of posts each, the groups joined by 和
            made = []
            for person, group in zip(names[0], groups, strict=True):
                for post, qualifiers, _ in read_posts(group.removesuffix("职务"), self.subject_org or self.heading_org):
                    if self.emit("remove", [person], post + "".join(f"({q})" for q in qualifiers), chunk):
                        made += self.last_events
            self.last_events, self.decisive = made, True
            return bool(made)
        if not names or len(names[0]) != len(posts) or len(posts) < 2:
            return False
        action = LEADING_VERBS.get(m.group("verb") or "", self.action or "appoint")
        if said.startswith("不再"):
            action = "remove"  # A、B分别不再担任X、Y职务: each leaves the post in its place
        elif not m.group("verb") and said in ("任", "担任"):
            action = "appoint"  # (…，免去其…职务；A、B同志分别任X、Y: 任 says itself which way)
        written = m.group("posts")
        last = posts[-1]
        if (
            all(not split_title(post)[1] and _ORGANISATION_END.search(post) for post in posts[:-1])
            and (cut := last.find(posts[0][-1])) > 0
            and split_title(tail := last[cut + 1 :].split("(")[0])[1 if tail not in _TITLE_SET else 0]
        ):
            # 张成、冯德明分别任双河村、金堂村党支部书记: the bodies in their places, what follows the last
            # body (党支部书记) said once for all
            written = "、".join([*(post + last[cut + 1 :] for post in posts[:-1]), last])
        readings = read_posts(written, self.subject_org or self.heading_org)  # (the body written once)
        if len(readings) != len(posts):
            return False
        if readings[-1][1] and not any(q for _, q, _ in readings[:-1]):
            # A、B分别挂职任X、Y(挂职,时间二年): the bracket after the last post is said of each
            readings = tuple((post, readings[-1][1], manner) for post, _, manner in readings)
        how = ("挂职",) if m.groupdict().get("how") else ()
        made = []
        for person, (post, qualifiers, _) in zip(names[0], readings, strict=True):
            held = post + "".join(f"({q})" for q in qualifiers)
            if self.emit(action, [person], held, chunk, how):
                made += self.last_events
        self.last_events, self.decisive = made, True
        return bool(made)

    def composed(self, chunk: Chunk) -> bool:
        """战略发展委员会由牛建业、孙一鸣、范晓冬组成: each a member (委员) of the committee;
        the chair follows as its own clause (牛建业担任主任委员)."""
        text = _ORDER_BRACKET.sub("", chunk.text) if "(" in chunk.text else chunk.text  # …组成(按姓氏笔画为序)
        m = _COMPOSED.match(text) or _COMPOSED_BY.match(text)
        if m is None:
            return False
        found = read_names(_BRACKETED.sub("", m.group("names")))
        counted = _NAMES_COUNTED.search(text)
        if found and found[1] < 2 and counted and _count_of(counted.group(1)) == len(found[0]) >= 3:
            found = (found[0], 2)  # 杨帆、…、凡海波…等7名同志: every name written out, as many as counted
        if not found or found[1] < 2:
            return False
        self.decisive = True
        if m.group("body").startswith("中共") or _PLENARY_BODY.search(m.group("body")):
            # …委员会由A、B…组成，A同志任书记: the officers after it are that committee's
            self.heading_org = m.group("body").removeprefix("同意")
        return self.emit(self.action or "appoint", found[0], m.group("body") + "委员", chunk)

    def rank_change(self, chunk: Chunk) -> bool:
        """张三同志晋升为四级主任科员: a change of rank (职级), not of post; no event."""
        m = _RANK_VERB.search(chunk.text, 1)
        if m is not None:
            rank = chunk.text[m.end() :].split("(")[0]
        elif chunk.text.startswith(RANK_VERBS) and "为" in chunk.text:  # 晋升张明远为三级高级法官
            rank = chunk.text.rsplit("为", 1)[1].split("(")[0]
            # 晋升为二级调研员 / 赵丽娟(综合处)、胡明: a rank heading a list of names
            if (head := _RANK_HEAD.match(chunk.text)) and (names := chunk.text[head.end() :]):
                return read_names(_BRACKETED.sub("", names)) is not None
        else:
            return False
        # (钟文辉、谢春华同志晋升相应职级: the rank each is due, unnamed)
        if not (rank in _RANK_SET or RANK_NAME.match(rank) is not None or rank in _RANKS_UNNAMED):
            return False
        if m is not None and (slot := read_person_slot(chunk.text[: m.start()], self.persons)) and slot.score >= 2:
            # 王建兵同志晋升为一级调研员，免去其…局长职务: whom the 其 after it means
            self.persons, self.last_events = slot.persons, []
        return True

    def branch_heading(self, text: str) -> None:
        """A bank's headings in levels (临沂分行 / 分行本部 / 兰山支行): a sub-branch's heading names
        it under the branch above it, the branch's own part the branch itself."""
        if text.startswith("总行") or "直属" in text:
            self.branch_org = ""  # 五、总行营业部及直属支行: the head office's, under no branch
        elif self.branch_org and text in _BRANCH_OWN_PART:
            self.heading_org = self.branch_org  # 分行本部: the branch's own posts
        elif text.endswith(_BRANCH_PARENTS) and len(text) >= 4:
            self.branch_org = self.heading_org or text
        elif self.branch_org and text.endswith(_SUB_BRANCHES):
            pass  # (临沂分行 / 兰山支行: the sub-branch by its own name, as most keys write it; the branch stays)
        else:
            self.branch_org = ""

    def heading(self, chunk: Chunk) -> bool:
        """某市中级人民法院 standing as a heading of its own: the body every item below it names
        its posts in (马建军为审判员 → 某市中级人民法院审判员), until the next heading."""
        if chunk.text.endswith(_STAFF_WORDS) and (staff := _STAFF_OF_BODY.match(chunk.text)):
            if _is_heading(staff.group("body")):
                # 三、任免某市监察委员会组成人员 / 任命：/ 张三为副主任: the body of every item below
                chunk = Chunk(staff.group("body"), chunk.start, chunk.sep)
        if self.heading_org and _boards_of_a_company(chunk.text) and self.heading_org.endswith(_COMPANIES):
            self.at_heading = True  # 一、某有限公司 / (一)董事会 / 董事长：郭振华: a part of the company's list
            return True
        if not _is_heading(chunk.text):
            if self.heading_org and len(chunk.text) <= 8 and chunk.text.endswith(CATEGORY_LABELS):
                self.heading_org, self.at_heading = (
                    None,
                    True,
                )  # 集团总部: after 某子公司's items, the issuer's own units
                return True
            org, title = split_title(chunk.text)
            # (a unit's kind with its title, never a bare title or a body's: 秘书长 / 某局局长)
            if (
                self.action
                and len(chunk.text) <= 12
                and title
                and org
                and not _ORGANISATION_END.search(org)
                and not _SUBHEAD_NOT.search(chunk.text)
                and not chunk.text.startswith(("代理", "兼", "暂代", "主持"))  # (…副院长，代理院长。: how held)
            ):
                self.at_heading = True  # 二、年级组长 / 高一年级组长：何勇: a part of the list by title
                return True
            return False
        above = self.heading_org
        self.heading_org = _OWNERSHIP.sub("", chunk.text) if chunk.text.endswith(")") else chunk.text
        if chunk.start not in self.line_of.numbered:
            self.heading_org = _village_of_township(above, self.heading_org)  # 一、太平镇 / 东风村：任命…
        if self.heading_org.endswith("本部") and len(self.heading_org) > 4:
            self.heading_org = self.heading_org[:-2]  # 集团公司本部: the company's own units, the company's
        if self.list_body and _relative(chunk.text) and not chunk.text.startswith(self.list_body):
            self.heading_org = self.list_body + chunk.text  # 法制委员会 under 某县人民代表大会…名单
        self.headings_seen.add(chunk.text)
        self.at_heading = True
        self.heading_numbered = chunk.start in self.line_of.numbered
        self.branch_heading(chunk.text)
        # (（二）教研室主任 / 动物科技系 / …: a heading inside a numbered part, which the next part ends)
        self.heading_in_part = not self.heading_numbered and self.numbered_seen
        # (某区人民法院 / 一、任命 / … / 二、免去: a heading over every part, which no part ends)
        end = chunk.start + len(chunk.text)
        self.heading_over_parts = (
            not self.parts_seen
            and chunk.start > 1
            and self.line_of[chunk.start] != self.line_of[chunk.start - 2]  # (a line of its own)
            and end + 1 < len(self.text)
            and self.line_of[end + 1] != self.line_of[chunk.start]
        )
        if (
            self.list_action
            and self.action
            and self.heading_numbered
            and (self.action != self.list_action or self.head_action not in (None, self.list_action))
        ):
            # 决定聘任(解聘)下列同志职务： / 三、某学院 / … / 解聘：A的院长职务。 / 四、图书馆 / 柏永年　馆长: the
            # part's own 解聘 ended with it
            self.action, self.head_action, self.unit_action = self.list_action, None, None
        elif self.unit_action is not None:  # the next unit's block: the list's own action again
            self.action, self.unit_action = self.unit_action, None
        elif self.head_action and self.action and self.action != self.head_action:
            # 一、委派外部董事 / (一)某公司 / …；免去黎春生的外部董事职务。 / (二)某公司: the part's action again
            self.action = self.head_action
        elif (
            not self.head_action
            and self.action
            and self.heading_numbered
            and self.sentence_ended
            and self.clause_action
            and self.clause_action[0] == self.action
            and {e.action for e in self.events[self.clause_action[1] - 1 :]} >= {"appoint", "remove"}
        ):
            # 一、某公司 / 经理层：聘任A…，解聘B的副总经理职务。 / 二、某公司 / 总经理：C: the part said its
            # own verbs, the last of them no list's (决定聘任下列同志…: the list's own, if it has one)
            self.action = self.list_action
        return True

    def named_probation(self, names: list[str], said: str) -> bool:
        """The probation said of some of those appointed above, by name."""
        held = [e for e in self.events if e.person in names and e.action == "appoint" and not e.probation]
        if not held or {e.person for e in held} != set(names):
            return False
        legend = read_qualifiers([said], self.effective)
        for event in held:
            event.probation, event.probation_until = legend.probation, legend.probation_until
            event.qualifiers.append(said)
        return True

    def person_state(self, chunk: Chunk) -> bool:
        """丁海明同志挂职期满: no event, but whom a later 免去其…职务 refers to."""
        text = chunk.text
        if "延长" in text:
            extended = _EXTENDED.match(text)
            if extended is None:
                if (
                    (after := _EXTENDED_AFTER.match(text))
                    and (slot := read_person_slot(strip_adjuncts(after.group("who")), self.persons))
                    and slot.score >= 2
                ):
                    # 同意阮平同志延长援藏一年，继续担任…: whom the post held on after it is said of
                    self.persons, self.last_events = slot.persons, []
                    return True
                return False
            text = extended.group("who")  # 延长许家铭同志挂职期限一年: the 继续挂职任… after it is his
            if _POST_HELD_SAID.search(text) or (
                "同志" in text and split_title(text.split("同志", 1)[1].removesuffix("的"))[1]
            ):
                # 延长王五同志挂任某县副县长的挂职期限 / 延长陈浩同志某市政府副秘书长挂职期限一年:
                # the post held on, named (a frame reads it)
                return False
        if (held_ended := _HELD_THEN_ENDED.match(text)) is not None and split_title(held_ended.group("post"))[1]:
            # 伍鹏同志任塘房镇凤翥村党支部第一书记期满，免去其职务: the post whose term ended
            slot = read_person_slot(held_ended.group("who"), self.persons)
            if slot is not None and slot.score >= 2:
                self.persons, self.state_posts = slot.persons, held_ended.group("post")
                self.state_end = chunk.start + len(chunk.text)
                return True
        if (ended := _TERM_ENDED_ON.search(text)) is not None:
            text = text[: ended.start()]  # 徐永强上一任期于2023年6月30日届满，不再续聘为…: whose term ended
        else:
            for state in PERSON_STATES:
                if text.endswith(state):
                    text = text[: -len(state)]
                    break
        text = text.removeprefix("同意").removesuffix("提前")  # 同意阮嘉怡同志提前结束挂职
        text = strip_adjuncts(text)  # 北京市选派干部韩松、邱志鹏同志挂职期满
        text = text.removesuffix("因为").removesuffix("由于").removesuffix("因")  # 卢晓光因到龄退休: the reason
        if (text.endswith(")") or ("、" in text and ("同志" in text or text.startswith("原")))) and (
            pairs := _names_with_posts_held(text)
        ):
            # 原经理层成员邹建国(总经理)、牛文杰(副总经理)任期届满: each the post in brackets after the name
            # (吴俊豪同志某局副局长、邝美玲同志某局副局长挂职期满: or after 同志)
            self.persons, self.state_pairs = [name for name, _ in pairs], pairs
            return True
        held = ""
        if honorific := _HONORIFIC_IN.search(text):  # 陈炳辉同志2018年度考核为不称职: the name ends at 同志
            text, held = text[: honorific.start()], text[honorific.end() :]
            # 杨春明同志担任的某政府参事聘期届满 / 杨帆同志在某中心副主任试用期满: the post it is said of
            for said in ("所担任的", "担任的", "所任的", "的", "在"):
                held = held.removeprefix(said)
        slot = read_person_slot(text, self.persons)
        if (slot is None or slot.score < 2) and not held and (glued := _name_then_post(text + "职务", self.text)):
            # 焦国华中国科学院青藏高原研究所所长聘期届满: a name, its post right after it
            slot, held = PersonSlot([glued[0]], 3), glued[1].removesuffix("职务")
        if slot is None or slot.score < 2:
            return False
        if slot.described_as and not slot.described_as.endswith(_KINDS_OF_STAFF):
            # 原某公司董事长敬国华同志退休, 免去其职务: the post described is the one left (not 原挂职干部刘浩然:
            # what kind of cadre, no post)
            if held or not split_title(slot.described_as)[1]:
                return False
            held = slot.described_as
            held = (
                held.removeprefix("原任") if held.startswith("原任") else held.removeprefix("原")
            )  # 原任某公司副总经理
        self.persons = slot.persons
        # 刘志明同志机电工程系主任聘期届满，不再续聘: the post whose term ended is the one left
        self.state_posts = held if split_title(held)[1] else ""
        self.state_end = chunk.start + len(chunk.text)
        return True

    def list_intro(self, chunk: Chunk) -> bool:
        if ")下列" in chunk.text or ")以下" in chunk.text:
            # 决定聘任(解聘)下列同志职务，聘期三年: the list's verb, the other it also holds in brackets
            chunk = Chunk(_OTHER_VERB_IN_BRACKETS.sub("", chunk.text), chunk.start, chunk.sep)
        m = _LIST_INTRO.search(chunk.text) or (_LIST_INTRO_THEIR.match(chunk.text) if chunk.sep == ":" else None)
        if not m and chunk.sep == ":" and chunk.text.endswith("下列职务") and _POSTS_BELOW.match(chunk.text):
            # 免去苏州市第四批东西部协作挂职干部下列职务： / 缪建国的某市政府副秘书长职务: each item its post
            action = LEADING_VERBS[_POSTS_BELOW.match(chunk.text).group(1)]
        elif not m and chunk.sep in ",:" and chunk.text.endswith("如下") and _POSTED_AS_FOLLOWS.search(chunk.text):
            # 各学院新一届领导班子成员任职如下，任期四年。/ 某学院：党委书记 X …: the rosters below (…任免如下:
            # rosters too, each removal said with its own verb; each unit's roster opens with it again)
            action = self.head_action = "appoint"
        elif (
            not m
            and chunk.sep in ":,"
            and chunk.text in _NAMES_ANNOUNCED
            and (said := _SENDING_VERB.search(self.text, max(0, chunk.start - 120), chunk.start))
        ):
            # 选派第五批驻村工作队，驻村时间…。现将名单通知如下：: the list below, by the verb said before it
            # (…试用期满，经考核合格，县委决定正式任职。名单如下：: those confirmed)
            action = (
                "confirm"
                if said.group().startswith("正式")
                else LEADING_VERBS.get(said.group(), LIST_ONLY_VERBS.get(said.group(), "appoint"))
            )
        elif not m and chunk.sep in ":," and (told := _LIST_ANNOUNCED.match(chunk.text)):
            # (…聘任名单公布如下，聘期一学年: the term said after, then the list)
            action = LEADING_VERBS.get(
                told.group("verb") or told.group("verb2") or told.group("verb3"), "appoint"
            )  # 现将…聘任事项通知如下: the list below
        elif not m:
            if chunk.sep != ":" or not (after := _LIST_INTRO_VERB_AFTER.search(chunk.text)):
                return False
            if split_title(after.group().rpartition("担任")[2].removesuffix("职务"))[0] in _KINDS_OF_UNITS:
                return False  # 以下同志不再担任科室主任：石建军(心血管内科)、…: a group, the title at each unit
            action = "remove"  # 原聘任的下列同志相应职务同时解聘: the verb after whom it is about
        elif (
            (chunk.sep in ":," or "见附" in chunk.text)  # (…职务(名单见附表2)。: the names in an annex)
            and (
                chunk.text[m.end() :].startswith(("为", "的"))
                # (免去以下同志所属企业外部董事职务: / 某公司：A、B: the title each leaves at the unit below)
                or (chunk.text.endswith("职务") and split_title(chunk.text[m.end() : -2])[0] in _BODIES_OF_ANY_UNIT)
                # 委派以下同志担任某外部董事，…(名单见附表1) (not 选派: a list's verb, no frame's)
                or (
                    chunk.text[m.end() :].startswith("担任")
                    and m.group("verb") in LEADING_VERBS
                    # (委派以下同志担任外部董事: / 某公司：A、B: the title each holds at the unit below)
                    and (chunk.sep != ":" or bool(split_title(chunk.text[m.end() + 2 :].removesuffix("职务"))[1]))
                )
            )
            and len(chunk.text) > m.end() + 3
        ):
            return False  # 增补以下同志为某委员会委员 / 免去下列人员的…职务: the names below, that post
        else:
            action = LEADING_VERBS.get(m.group("verb")) or LIST_ONLY_VERBS[m.group("verb")]
        self.action, self.list_title, self.list_action = action, "", action
        self.list_verb = m.group("verb") if m else ""
        self.heading_org = None  # a list of its own: no unit heading of the list before carries
        self.sentence_ended = False
        self.decisive = True
        self.section_qualifier, self.items_pending = "", True
        return True

    def probation_extended(self, chunk: Chunk) -> bool:
        """何丽萍同志(某局副局长)试用期满考核基本称职，决定延长试用期六个月 / 张建林同志，某局副局长，
        试用期延长至2024年10月: the post held on, its probation extended (an appointment continued,
        with the new end), as most keys read it."""
        if not (said := _PROBATION_EXTENDED.search(chunk.text)):
            return False
        opens = max(self.text.rfind(mark, 0, chunk.start) for mark in "。;:") + 1
        ends = [at for mark in ("。", ";") if (at := self.text.find(mark, chunk.start)) != -1]
        end = min(ends, default=len(self.text))
        held = _extended_holder(self.text[opens:end])
        if held is None:
            return False
        name, post = held
        extension = self.text[chunk.start + said.end() : end].strip(",").replace("(", ",").replace(")", "")
        if "至" in extension:
            term = "试用期" + extension[extension.index("至") :].removesuffix("止")
        else:
            term = "试用期" + extension.removeprefix("为")
        if self.emit("appoint", [name], f"{post}({term})", chunk, ("延长试用期",)):
            self.decisive, self.extension_read_to = True, end
            sentence = self.text[opens:end]
            # (贺志远同志试用期内工作表现一般，…，其…试用期延长至…: its opening, unread alone, is read now)
            self.issues = [
                i
                for i in self.issues
                if not (i.fatal and i.clause and i.clause in sentence and not decision_verbs().search(i.clause))
            ]
            self.last_events, self.persons = [], []  # (the next item's post is its own person's, not this one's)
            return True
        return False

    def confirmation(self, chunk: Chunk) -> bool:
        m = _PROBATION_DONE.search(chunk.text)
        if not m:
            return False
        ends = [at for mark in ("。", ";") if (at := self.text.find(mark, chunk.start)) != -1]
        if _PROBATION_EXTENDED.search(self.text, chunk.start + m.end(), min(ends, default=len(self.text))):
            return True  # 杨卫平同志(某科副主任)试用期满，考核基本称职，延长试用期六个月: not confirmed
        before = chunk.text[: m.start()].removesuffix("的")
        if (
            not before
            and self.last_events
            and all(e.action == "appoint" for e in self.last_events)
            and self.text[chunk.start - 1 : chunk.start] == ","
            and _FORMAL_AFTER.match(self.text, chunk.start + len(chunk.text) + 1)
        ):
            # 张海鹰同志任动物科学技术学院副院长，试用期满，正式任职: the post just named, confirmed
            # (A同志任X、B同志任Y、C同志任Z，试用期已满…: each of the sentence's appointments)
            opens = max(self.text.rfind(mark, 0, chunk.start) for mark in "。;:") + 1
            said = self.text[opens : chunk.start]
            named = list(self.last_events)
            for event in reversed(self.events[: len(self.events) - len(named)]):
                if event.action != "appoint" or event.clause not in said:
                    break
                named.insert(0, event)
            held = [(e.person, e.post) for e in named]
            done = {id(e) for e in named}
            self.events = [e for e in self.events if id(e) not in done]
            for person, post in held:
                self.emit("confirm", [person], post, chunk)
            self.decisive = True
            return True
        if (
            "、" in before
            and (named := read_names(before))
            and named[1] >= 2
            and _first_mark(self.text, chunk.start) == ":"
        ):
            # 高志远、李德胜同志试用期满，…予以正式任职，职务分别为： / 高志远，某局副局长: the list names each
            before = "以下同志"
        if before.endswith(("等同志", "等人")) and _first_mark(self.text, chunk.start) == ":":
            return True  # 麦尔丹·艾则孜等同志试用期已满，经考核，…决定：: the items below say each, with their verbs
        if before in _LIST_SUBJECTS or _SUMMARY_SUBJECT.match(before):
            # 以下同志试用期满，考核合格，予以正式聘任： / 田茂林  医务部副主任: the rows confirm
            self.action, self.decisive, self.items_pending, self.sentence_ended = "confirm", True, True, False
            self.heading_org, self.confirm_list = None, True
            stop = self.text.find("。", chunk.start)
            if (
                stop != -1
                and stop + 1 < len(self.text)
                and _first_mark(self.text, chunk.start) == "。"
                and _SUMMARY_SUBJECT.match(before)
                and self.line_of[stop + 1] != self.line_of[stop]
            ):
                # 谷雨晴等6名同志试用期满，…正式任职。 / (一)谷雨晴同志任…: the lines below name the six
                self.list_in_next_sentence = True
            return True
        persons, post = None, ""
        if (
            "、" in before
            and (before.count("(") >= 2 or ((first := read_person_slot(before.split("、")[0])) and first.described_as))
            and self.confirmed_each(before, chunk, m.end())
        ):
            return True  # 周文(某处副处长)、陈建(某处副处长)等2名同志试用期满: each in the post beside the name
        match = read_frame(before, ("item",), "confirm", self.persons) if before else None
        if (
            (match is None or match.posts.startswith("("))
            and before.endswith(")")
            and (cut := _opening_bracket(before)) > 1
            and _titled(held := before[cut + 1 : -1])
            and (named := read_person_slot(before[:cut])) is not None
            and named.score >= 2
        ):
            persons, post = named.persons, held  # 汪晓峰同志(某区财政局副局长)试用期满: the post in the bracket
        elif match:
            persons, post = match.persons, match.posts.removeprefix("的")
        else:
            slot = read_person_slot(before, self.persons)
            if slot and slot.score < 2 and not slot.described_as:
                slot = None  # 新聘护士长试用期满，由护理部组织考核: no one named, a rule for later
            if slot:  # 某馆副馆长李娜同志试用期满: the post stands before the name
                persons, post = slot.persons, slot.described_as if _titled(slot.described_as) else ""
        if not persons:
            return False
        if _FAILED.search(chunk.text[m.end() :]):  # 张三同志试用期满考核不合格: no confirmation; whom 其 means
            self.persons = persons
            return True
        self.in_confirmation = self.decisive = True
        if post:
            if match is not None and "、" in post and post == match.posts.removeprefix("的"):
                self.emit_match(match, "confirm", chunk)  # A同志任X、B同志任Y试用期已满: each in that one's post
            else:
                self.emit("confirm", persons, post, chunk)
            self.confirmed_in_sentence = list(self.last_events)
        else:
            self.persons = persons
            self.pending_confirm = (persons, chunk)
        return True

    def confirmed_each(self, before: str, chunk: Chunk, done_at: int) -> bool:
        """Names each with the post held in a bracket (周文(某处副处长)、孙丽华(女,某中心副主任)等):
        each confirmed in that post, unless the probation failed."""
        names = _GROUP_TAIL.sub("", before)
        parts = split_outside_parens(names, "、")
        held = [_HELD_IN_BRACKET.match(_SEX_IN_BRACKET.sub(r"\g<name>(", part)) for part in parts]
        found = [read_names(m.group("name")) if m else None for m in held]
        pairs = [(f[0], m.group("post")) for m, f in zip(held, found, strict=True) if m and f and f[1] >= 2]
        if len(pairs) != len(parts) or not all(_titled(post) for _, post in pairs):
            # 昭通分公司副总经理胡小兵、临沧分公司副总经理李艳试用期满: each described by the post held
            slots = [read_person_slot(part) for part in parts]
            pairs = [(slot.persons, slot.described_as) for slot in slots if slot and slot.score >= 2]
            if len(pairs) != len(parts) or not all(_titled(post) for _, post in pairs):
                return False
        if _FAILED.search(chunk.text[done_at:]):
            return False
        self.in_confirmation = self.decisive = True
        for persons, post in pairs:
            self.emit("confirm", persons, post, chunk)
        self.confirmed_in_sentence = list(self.events[-len(pairs) :])
        return True

    def formal_appointment(self, chunk: Chunk) -> bool:
        """…正式任命为XX局副局长, completing a 试用期满 clause that named no post."""
        if not self.in_confirmation:
            return False
        if _FAILED.search(chunk.text):  # 经考核不称职: no confirmation, a removal follows
            confirmed = {id(e) for e in self.confirmed_in_sentence}
            self.events = [e for e in self.events if id(e) not in confirmed]
            self.confirmed_in_sentence, self.pending_confirm, self.in_confirmation = [], None, False
            return True
        m = _FORMAL.match(chunk.text)
        if not m:
            return chunk.text.startswith(("经", "考核", "符合", "合格", "称职", "同意"))
        posts = m.group("posts")
        if posts.startswith("(") and posts.endswith(")") and _opening_bracket(posts) == 0:
            posts = posts[1:-1]  # 予以正式任职(某县水务局副局长): the post, said in brackets
        if posts and self.pending_confirm:
            persons, _ = self.pending_confirm
            self.emit("confirm", persons, posts, chunk)
            self.pending_confirm = None
        return True

    def newly_promoted(self, chunk: Chunk) -> bool:
        """其中，赵艳、钱云飞同志为新提任干部: the appointments of these persons in this notice are
        the ones the probation after it (试用期至2026年2月) applies to."""
        m = NEWLY_PROMOTED.match(chunk.text)
        found = read_names(m.group("names")) if m else None
        if not found:
            return False
        names = set(found[0])
        self.last_events = [e for e in self.events if e.action == "appoint" and e.person in names]
        return True

    def qualifier_chunk(self, chunk: Chunk) -> bool:
        """试用期一年 standing alone after a clause applies to that clause's events."""
        text = chunk.text
        if self.last_events and text.startswith(("代理期限", "代理时间")):
            for event in self.last_events:  # …代为履行X职责，代理期限至正式聘任X之日止: how long, no decision
                event.qualifiers.append(text)
            return True
        if self.last_events and text.startswith("主持") and text.endswith(")") and (cut := _opening_bracket(text)) > 0:
            if text[:cut] in _MANNER_SET:  # …副院长，主持工作(试用期一年): how it is held, then its bracket
                for event in self.last_events:
                    event.qualifiers.append(text[:cut])
                text = text[cut + 1 : -1]
        if text.startswith(TERM_QUALIFIERS) and text.endswith(")") and (cut := _opening_bracket(text)) > 0:
            if self.last_events and term_months(text[2:cut].removeprefix("为")) is not None:
                text = text[cut + 1 : -1]  # 聘期三年(试用期一年) after the post: the term, then what it says
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1]  # (试用期一年) on its own
        if text.startswith("其中") and text.startswith(_PROBATION_WORDS, 2):
            text = text[2:]  # 新聘下列同志，聘期三年，其中试用期一年: for each of them
        if (
            self.items_pending
            and text.startswith(_PROBATION_WORDS)
            and not read_qualifiers([text], self.effective).unreadable  # not 试用期满经考核合格的
        ):
            if "(" in text:  # 试用期一年(2024年1月1日至2024年12月31日): one bracket on each item holds it
                inner = text[text.index("(") + 1 :].rstrip(")")
                text = "试用期" + inner[inner.index("至") :] if "至" in inner else text[: text.index("(")]
            self.section_qualifier = f"({text})"  # 聘任以下同志为…，试用期至2025年12月: for each item below
            return True
        if not self.last_events or (not text.startswith(("试用", "挂职", "时间", "保留")) and text not in _RANK_SET):
            return False
        if _ABOUT_PEOPLE.match(text) or text.startswith(("试用期满", "试用期结束")):
            return False  # 试用期一年的人员按规定办理 / 试用期满经考核合格后正式聘任: a rule, no qualifier
        if text.startswith("挂职") and _titled(
            _BRACKETED.sub("", text[2:]).removeprefix("担任").removeprefix("任")
        ):  # …常委，挂职任崇左市人民政府副市长: one more post, held on secondment
            return False  # (楼晓军，挂职某局副局长: the post of the name before)
        if _PROBATION_START.match(text):  # 试用期自2020年6月1日起计算: for every probation of the notice
            for event in self.events:
                if event.probation:
                    since = "自" + re.split("自|从", text, maxsplit=1)[1]  # 自2020年6月1日起计算
                    event.probation_until = read_qualifiers([event.probation, since], self.effective).probation_until
                    event.qualifiers.append(text)
            return True
        q = read_qualifiers([text], self.effective)
        if q.unreadable:
            self.issue(chunk, vocab.CANNOT_READ_QUALIFIER.format(text=text))
        targets = self.last_events
        if _EACH_PREFIX.match(text.removeprefix("试用期")):  # 聘任A为…，B为…，试用期均为一年: both
            targets = [e for e in self.events[self.clause_start :] if e.action == "appoint"] or targets
        for event in targets:
            event.qualifiers.append(text)
            event.probation = q.probation or event.probation
            event.probation_until = q.probation_until or event.probation_until
            event.secondment = q.secondment or event.secondment
            event.secondment_until = q.secondment_until or event.secondment_until
            event.rank = q.rank or event.rank
        return True

    def accepted_resignation(self, chunk: Chunk) -> bool:
        """接受其辞职: the post is the one whose resignation was asked for before."""
        if self.requested and _AGREED_TO_RESIGN.match(chunk.text):
            # 潘仕林同志因病申请辞去…主任职务，经厅党组研究，同意其辞去该职务: the post asked for
            self.decisive = True
            return self.emit("remove", self.requested[0], self.requested[1], chunk, "辞职")
        m = RESIGNATION_ACCEPTED.search(chunk.text)
        if not m or not preamble_ok(chunk.text[: m.start()]):
            return False
        slot = read_person_slot(m.group("who"), self.persons)
        if slot is None:
            return False
        self.decisive = True
        if self.requested and set(self.requested[0]) & set(slot.persons):
            return self.emit("remove", slot.persons, self.requested[1], chunk, "辞职")
        if any(e.action == "remove" and e.person in slot.persons for e in self.last_events):
            return True  # 关振江同志因病辞去…职务，经研究，同意其辞职: the removal just read, agreed to
        after = self.text[chunk.start + len(chunk.text) + 1 : chunk.start + len(chunk.text) + 8]
        if chunk.sep == "," and after.removeprefix("同时").removeprefix("并").startswith(_THEIR_POSTS_NEXT):
            self.persons, self.last_events = slot.persons, []  # 接受X的辞职申请，免去其…职务: the post is there
            return True
        self.issue(chunk, vocab.RESIGNATION_WITHOUT_POST)
        return True

    def effective_resignation(self, chunk: Chunk) -> bool:
        """高建平先生的辞职报告自送达董事会之日起生效: the resignation asked for before is done."""
        requested = self.requested
        if not requested or not RESIGNATION_EFFECTIVE.search(chunk.text):
            return False
        # 刘正平先生、苏婉清女士的辞职报告…生效: each resignation asked for that it names, else the last
        named = set(find_mentions(chunk.text))
        if "上述" in chunk.text or chunk.text.startswith(("辞职后", "自")):
            # 上述辞职自…生效 / 辞职后，A…，B… / 已辞任X，并辞任Y，自…起生效: every resignation asked
            # for above; one told twice (a summary line, then the body; 辞去总经理职务后 again) once,
            # as most fully said
            done = [
                (persons, posts)
                for persons, posts in self.requests
                if not any(q == persons and p2 != posts and _said_again(posts, p2) for q, p2 in self.requests)
            ]
            done = list({(tuple(persons), posts): (persons, posts) for persons, posts in done}.values())
        else:
            done = [r for r in self.requests if set(r[0]) & named] if len(named) > 1 else []
        self.requested, self.requests = None, []
        self.decisive = True
        # (a resignation that takes effect later, 将在…后生效, is a removal on the notice's date
        # too: the corpus keys it so, the deferral kept with it; see STILL_WRONG.md)
        made = [self.emit("remove", persons, posts, chunk, "辞职") for persons, posts in done or [requested]]
        return any(made)

    def clause_of(self, chunk: Chunk) -> str:
        """The chunk, with what stands before it in its clause when it was cut at 、 before a verb
        (该文件中聘任A同志为X、聘任B同志为Y的决定一并撤销)."""
        if self.text[chunk.start - 1 : chunk.start] != "、":
            return chunk.text
        opening = max(self.text.rfind(mark, 0, chunk.start) for mark in "。;,:") + 1
        return self.text[opening : chunk.start + len(chunk.text)]

    def in_biography(self, chunk: Chunk) -> bool:
        """Is the chunk in a sentence telling a life (1968年出生, …至今任…): a résumé annexed, no decision?"""
        # (from the person's label on: 钱立群先生:1968年出生,…学历。2012年10月至今任…: one life told)
        start = max(self.text.rfind(":", 0, chunk.start), self.text.rfind(";", 0, chunk.start), chunk.start - 200)
        return _BIRTH.search(self.text, max(start, 0), chunk.start + len(chunk.text)) is not None

    def decision(self, chunk: Chunk) -> bool:
        """任命张三为…, 经研究决定免去…, 接受他辞去…, 芜湖市人民政府副市长徐志代理市长职务."""
        text = chunk.text
        if "期间" in text[:6] and (away := _WHILE_AWAY.match(text)):
            text = text[away.end() :]  # 借调期间不再担任…: while lent to another body, the person said before
        if "不再" in text[:3] and (no_more_as := _NO_MORE_AS.match(text)):
            text = no_more_as.group(1) + text[no_more_as.end() :]  # 其不再续聘为某公司副总经理: the post after 为
        if text.endswith("撤销") and (revoked := _DECISIONS_REVOKED.match(self.clause_of(chunk))):
            # 文件中韩永胜同志任A、邹晓燕同志任B的任职决定同时撤销: each decision named, undone
            parts = [_ONE_DECISION.match(part) for part in split_outside_parens(revoked.group("decisions"), "、")]
            found = [read_names(m.group("who")) if m else None for m in parts]
            if parts and all(f and f[1] >= 2 for f in found):
                made = [
                    self.emit("remove", f[0], m.group("post"), chunk, "撤销任职决定")
                    for m, f in zip(parts, found, strict=True)
                    if m and f
                ]
                self.decisive = True
                return any(made)
        if text.startswith("其") and (self.sentence_ended or not self.last_events) and _UNNAMED_ENDING.match(text):
            if self.group_subject and chunk.sep == ":":
                # 以下同志驻村期满，…，其原任职务相应免去： / 1．马天明，某村第一书记: the rows below
                self.action, self.decisive, self.sentence_ended, self.heading_org = "remove", True, False, None
            return True  # 原部门不再保留的，其负责人职务自然免除: a body's heads, whoever they are
        if self.group_subject and text in _THEIR_POSTS_REMOVED:
            # 下列同志已到法定退休年龄，免去其现任职务，按规定办理退休手续： / 奉爱国(某校副校长): the rows below
            self.action, self.decisive, self.sentence_ended, self.heading_org = "remove", True, False, None
            self.persons, self.last_events = [], []
            return True
        if self.state_pairs and _TERM_EXTENDED.match(text):
            # 杜红梅同志(某村党支部第一书记)、…任期届满，…，延长驻村任期一年: each the post held on
            pairs, self.state_pairs, made = self.state_pairs, [], []
            self.decisive = True
            for name, post in pairs:
                self.last_events = []
                if self.emit("appoint", [name], post, chunk, "延长"):
                    made += self.last_events
            self.last_events = made
            return bool(made)
        if self.state_pairs and text in _STATE_ENDINGS:
            pairs, self.state_pairs = self.state_pairs, []
            self.decisive = True
            made = []
            for name, post in pairs:
                self.last_events = []  # (each its own post: no body of the one before carries)
                if self.emit("remove", [name], post, chunk):
                    made += self.last_events
            self.last_events = made
            return bool(made)
        if self.state_posts and (text in _STATE_ENDINGS or _THEIR_POSTS_LEFT.match(text)):
            posts, self.state_posts = self.state_posts, ""
            self.decisive = True
            return self.emit("remove", self.persons, posts, chunk)
        if text.startswith(_UNSAID_SUBJECT_VERBS) and self.group_subject:
            if text in _UNSAID_SUBJECT_VERBS and not self.group_title:
                # 以下同志聘期届满，不再续聘，其原任职务自然免除： / 吕建平　教务处处长: the rows below
                self.action = "appoint" if text == "代理" else "remove"
                self.decisive, self.sentence_ended, self.heading_org = True, False, None
                self.persons, self.last_events = [], []  # (其原任职务…: theirs, whoever the rows name)
                return True
            text = "下列同志" + text  # 下列同志任期届满，不再担任…: the list below says who
            if text.endswith(_UNSAID_SUBJECT_VERBS) and self.group_title:
                text += self.group_title  # 以下同志校长聘期届满，不再续聘: the post said before
        elif text.startswith("原") and (self.last_events or self.persons) and (ends := _ENDS_ITSELF.search(text)):
            # (黄建国任期届满，不再续聘，原担任的副总经理职务自然免除: the one the sentence is about)
            held = text[1 : ends.start()].removeprefix("担任").removeprefix("任").removeprefix("的")
            if (split_title(first := held.split("、", 1)[0])[1] or _bare_title(first)) and not _GENERIC_POSTS.search(
                # (a list of posts, 副总经理、总经济师, of a subject said since the last event)
                held.replace("、", "") if (own := set(self.persons) - {e.person for e in self.last_events}) else held
            ):
                posts = held.split("、")
                if own and len(posts) == len(self.persons) > 1 and all(map(_bare_title, posts)):
                    # 黄建国、刘红任期届满，…，原担任的副总经理、总经济师职务自然免除: each the one in its place
                    persons = list(self.persons)
                    for person, post in zip(persons, posts, strict=True):
                        self.emit("remove", [person], post, chunk)
                    self.decisive = True
                    return True
                text = PRONOUNS[0] + text  # 聘任X为A，原B职务自然免除: the B of the person just appointed
        elif text.startswith(_UNSAID_SUBJECT_VERBS) and self.persons:  # 李四…,不再续聘…: unsaid
            own = read_frame(text, ("decision",), None, [], self.accept_group_or_posts)
            if own is None or not own.persons:  # (不再续聘彭光荣的…职务: its own person after the verb)
                if as_ := next((verb for verb in _NAMED_AS_VERBS if text.startswith(verb)), ""):
                    text = as_[:-1] + PRONOUNS[0] + text[len(as_) - 1 :]  # 聘任为X: 聘任其为X
                else:
                    text = PRONOUNS[0] + text
        if text.startswith(_REVOKING) and text.count("“") >= 2 and text.endswith(("”的内容", "”的决定", "”的任职决定")):
            # 撤销…文件中“任命于海为某局副局长”“任命何欣为某中心主任”的内容: each decision quoted, undone
            quoted = [read_frame(q, ("decision",), None, [], None) for q in _QUOTED.findall(text)]
            if quoted and all(m is not None and m.frame.action == "appoint" and m.persons for m in quoted):
                made = []
                for m in quoted:
                    if m is not None and self.emit("remove", m.persons, m.posts, chunk, "撤销任职决定"):
                        made += self.last_events
                self.last_events, self.decisive = made, True
                return bool(made)
        if text.endswith(_REVOKED_AFTER) and "任命" in text and not text.startswith(_REVOKING):
            # …文件中关于任命高雅琴同志为某镇副镇长的内容予以撤销: the verb after what it revokes
            text = "撤销" + text[: -len(next(end for end in _REVOKED_AFTER if text.endswith(end)))]
        if ("》" in text or "号" in text or "关于" in text) and text.startswith(_REVOKING):
            text = _CITED_IN.sub(r"\1撤销关于", text).replace("撤销关于对", "撤销对")  # (…中对X同志的…任职决定)
            if "“" in text:  # …中“赵海鹏同志任某局副局长(试用期一年)”的任职决定: the decision quoted
                text = text.replace("“", "").replace(
                    "”", ""
                )  # 撤销《…的通知》(…号)中X任Y的任职决定: where it was decided
        if "作出的" in text or "做出的" in text:
            text = _MADE_AT.sub(r"\1撤销", text)  # 撤销2024年6月27日…会议作出的任命X为Y的决定: when it was made
        match = read_frame(text, ("decision",), None, self.persons, self.accept_group_or_posts)
        if match is None and text != chunk.text:  # 不再续聘刀建军同志为总工程师: its own person after all
            match = read_frame(chunk.text, ("decision",), None, self.persons, self.accept_group_or_posts)
        if match is not None and match.slot.group is not None:
            return self.open_group(match, match.frame.action, chunk)
        if match is not None and text.startswith(_WHOLE_LIST) and match.posts.startswith("原"):
            return True  # 上述同志原聘研究单元负责人职务同时免除: each one's former posts, unnamed
        made = len(self.events)
        if match is None or not self.emit_match(match, match.frame.action, chunk):
            return False
        self.decisive = True
        self.sentence_ended = False
        if match.subject_org:
            self.subject_org = match.subject_org
        if match.verb.endswith(tuple(LEADING_VERBS)) and (
            self.text[chunk.start - 1 : chunk.start] != "," or not match.slot.pronoun or chunk.sep == ":"
        ):  # 任命张三为…，李四为…: the verb opens a list (not 免去其… inside an item of one)
            self.action, self.head_verb, self.head_title = match.frame.action, "", ""
            self.clause_action = (self.action, made)
        return True

    def decided_before(self, text: str) -> bool:
        """2024年12月26日某常委会第二十三次会议决定任命向东升为…(told in a notice of 2025): an
        earlier decision recounted (the one it revokes or corrects), not this notice's."""
        told = _DATED_DECISION.match(text)
        if told is None or self.effective is None:
            return False
        found = find_dates(told.group("day"))
        return bool(found) and found[0][2] < self.effective

    def changed_post(self, chunk: Chunk) -> bool:
        """朴成浩同志由A公司监事会主席改任B公司监事会主席: the post left, then the post taken."""
        m = _CHANGED_FROM.match(chunk.text)
        if m is None and (hands := _POST_CHANGES_HANDS.match(chunk.text)):
            # 郑州营业部负责人由韩冰先生变更为蓝天宇先生: the one leaving the post, the one taking it
            old, new = read_person_slot(hands.group("old")), read_person_slot(hands.group("new"))
            if not (old and new and old.score >= 2 and new.score >= 2 and old.persons and new.persons):
                return False
            if not _titled(hands.group("post")) or hands.group("post").endswith("法定代表人"):
                return False  # (某公司法定代表人由A变更为B: a registration the change needed, no post)
            self.emit("remove", old.persons, hands.group("post"), chunk)
            self.emit("appoint", new.persons, hands.group("post"), chunk)
            self.decisive = True
            return True
        if m is None and (after := _SUCCEEDS.match(chunk.text)):
            # 县审计局李建军同志接替杨彦龙同志任某村第一书记: the one taking the post, the one leaving it
            new, old = read_person_slot(strip_adjuncts(after.group("who"))), read_person_slot(after.group("old"))
            if not (new and old and new.score >= 2 and old.score >= 2 and new.persons and old.persons):
                return False
            if not _titled(after.group("post").split("(")[0]):
                return False
            self.emit("remove", old.persons, after.group("post"), chunk)
            self.emit("appoint", new.persons, after.group("post"), chunk)
            self.decisive = True
            return True
        if m is None and (to := _DESCRIBED_CHANGED_TO.match(chunk.text)):
            # 潭头乡坤林村第一书记吴刚同志调整为潭头乡新桂村第一书记: the post described left, the other taken
            slot = read_person_slot(to.group("who"))
            if (
                slot is None
                or slot.score < 2
                or len(slot.persons) != 1
                or not split_title(slot.described_as)[1]
                or slot.described_as.removeprefix("原") in _TITLE_SET  # (原书记金德胜同志改任…: read elsewhere)
                or not _titled(_TRAILING_BRACKET.sub("", to.group("new")))
            ):
                return False
            self.emit("remove", slot.persons, slot.described_as.removeprefix("原"), chunk)
            self.emit("appoint", slot.persons, to.group("new"), chunk, CONNECTOR_MANNERS.get(to.group("verb"), ""))
            self.decisive = True
            return True
        if m is None:
            return False
        # (郭振宇同志挂职职务由A调整为B: whose post held on secondment)
        slot = read_person_slot(_POST_OF_WHO.sub("", strip_adjuncts(m.group("who"))), self.persons)
        if (
            slot is None
            or slot.score < 2
            or not _titled(m.group("old"))
            or not _titled(_TRAILING_BRACKET.sub("", m.group("new")))
        ):
            return False
        self.emit("remove", slot.persons, m.group("old"), chunk)
        new = m.group("new")
        if m.group("verb") in _MOVED_TO and "任" in new:
            body, _, title = new.rpartition("任")  # 交流至B学校任校长: the body, then the title there
            new = body.removesuffix("担") + title
        self.emit("appoint", slot.persons, new, chunk, CONNECTOR_MANNERS.get(m.group("verb"), ""))
        self.decisive = True
        return True

    def described_leave(self, chunk: Chunk) -> bool:
        """公司原总经理王世杰先生、原财务总监吕艳女士不再担任上述职务: several people, each
        described by the post they leave; a bare title takes the body of the first."""
        text = strip_adjuncts(chunk.text).replace("\u200b", "")
        if chunk.start and self.text[chunk.start - 1] == "," and "不再" in text:
            # 公司第三届董事会非独立董事周树林先生、独立董事宋建华先生和卢晓光先生，第三届监事会主席马强先生
            # 因任期届满，不再担任公司董事、监事职务: those described, over the commas of the sentence
            opens = max(self.text.rfind(mark, 0, chunk.start) for mark in "。;:") + 1
            said = [part for part in map(strip_adjuncts, self.text[opens : chunk.start - 1].split(",")) if part]
            while said and not ((first := read_person_slot(said[0].split("、")[0])) and first.described_as):
                said.pop(0)  # (本次换届选举完成后，…: when, before those it is about)
            if said:
                text = "、".join(said) + ("" if text.startswith("不再") else "、") + text
        m = _DESCRIBED_LEAVE.match(_NAMES_JOINED.sub("\\1、", text))
        if m is None:
            return False
        whole = read_person_slot(m.group("who"))
        if (
            whole
            and whole.score >= 2
            and len(whole.persons) == 1
            and "、" in whole.described_as
            and all((t := split_title(p)[1]) and p.endswith(t) for p in whole.described_as.split("、"))
        ):
            slots = [whole]  # 原执行董事、总经理桂志高同志: one person, described by two posts
        else:
            slots = [read_person_slot(part) for part in split_outside_parens(m.group("who"), "、")]
        if not all(slot and slot.score >= 2 for slot in slots) or not (slots[0] and slots[0].described_as):
            return False
        described: list[tuple[list[str], str]] = []
        for slot in slots:
            assert slot is not None
            # (独立董事宋建华先生和卢晓光先生: the second described as the first)
            described.append((slot.persons, slot.described_as or described[-1][1]))
        what = m.group("what")  # 不再担任护士长职务: the title every one of them is described by
        parts = [part.removeprefix("本公司").removeprefix("公司") for part in what.split("、")]
        # (不再担任职工董事、职工监事: each one's own, as described; 公司董事、监事: each a seat on one of the boards)
        if what not in _THOSE_POSTS and not all(any(part in held for part in parts) for _, held in described):
            return False
        body = ""
        for persons, held in described:
            held = held.removeprefix("原")
            org, title = split_title(held)
            if org.endswith("原"):  # 公司原总经理: the body, then the post it no longer has
                held = org[:-1] + title
            # 原副总经理兼董事会秘书 after 公司原总经理: bare titles, of the first one's body
            bare = all(_bare_title(part) for part in re.split("兼任|兼|、", held))
            self.emit("remove", persons, held, chunk, org=(body or None) if bare else None)
            body = body or ("" if bare else split_title(held)[0])  # (原董事长X: a bare title names no body)
        self.decisive = True
        return True

    def elided_removal(self, chunk: Chunk) -> bool:
        """张三同志任A，免去B职务 / 同意张三辞去A职务，辞去B职务: the person of the clause
        before, unsaid, leaves a post (with the consent before, for a resignation)."""
        text = chunk.text
        last = self.last_events[-1]
        before = self.text[max(0, chunk.start - 3) : chunk.start]
        if not before.endswith(",") and not _ADVERBS_BEFORE_LEAVING.match(before[before.rfind(",") + 1 :] + "免去"):
            return False  # (…，并免去…: the adverb cut off before)
        if "," not in before or self.line_of[chunk.start] - last.line > 1:
            return False
        if text.startswith("辞去"):
            if "辞职" not in last.manner:
                return False
            text = "同意" + PRONOUNS[0] + text
        else:
            verb = next(v for v in ("免去", "免除", "免") if text.startswith(v))
            if text.startswith(PRONOUNS, len(verb)) or read_frame(text, ("decision",), None, [], self.accept_posts):
                return False  # 免去其… / 免去王兴旺的…: the person said, read as any decision
            if _name_then_post(text[len(verb) :], self.text, bare_ok=True):
                # …，免去韩佩琳贵州分公司总经理职务 / …，免去杨光辉董事长、董事职务: a person of its own,
                # a post right after the name
                return False
            if (
                text.endswith("职务")
                and not _bare_title(text[len(verb) : -2])  # (免去党总支书记职务: 党总支 is no name)
                and not text.startswith(_BODY_WORDS_NO_NAME_OPENS, len(verb))
                and any(
                    name_score(text[len(verb) : len(verb) + cut]) == 3 and _bare_title(text[len(verb) + cut : -2])
                    for cut in (3, 2)
                )
            ):
                return False  # 聘任张丹丹为护士长，免去欧兰芳护士长职务: a person of its own, then a bare title
            text = verb + PRONOUNS[0] + text[len(verb) :]
        persons = list(dict.fromkeys(e.person for e in self.last_events))
        match = read_frame(text, ("decision",), None, persons, self.accept_narrative_posts)  # not 辞去公职
        if match is None or match.slot.group is not None or not match.slot.pronoun:
            return False
        self.decisive = True
        return self.emit_match(match, "remove", chunk)

    def continued_posts(self, chunk: Chunk) -> bool:
        """马文斌同志任某县委副书记，某县人民政府党组书记: a whole post after a comma goes on the
        clause before it, for the same persons."""
        post = chunk.text.removesuffix("职务")
        if post.endswith(")") and "职务(" in post:  # 某医院院长职务(退休): the bracket after 职务 is its qualifier
            cut = post.rindex("职务(")
            post = post[:cut] + post[cut + 2 :]
        last = self.last_events[-1]
        if (
            self.text[chunk.start - 1 : chunk.start] != ","  # right after the clause, at a comma
            # (right after the chunk that made the events, even across a blank line: 副主 / / 任，某队队长)
            or (self.line_of[chunk.start] - last.line > 1 and self.emitted_until != chunk.start - 1)
            or _NOT_A_CONTINUED_POST.search(_BRACKETED.sub("", post))  # …监察专员(兼): how, in brackets
            or not _titled(post.split("(")[0])
        ):
            return False
        items = [_BRACKETED.sub("", item) for item in split_outside_parens(post, "、")]
        if not _titled(items[0]) or not all(_titled(item) or _bare_title(item) for item in items[1:]):
            return False  # (…副部长，某委员会党组书记、主任: a list of posts, each a title; never names)
        return self.emit(last.action, list(dict.fromkeys(e.person for e in self.last_events)), post, chunk)

    def list_item(self, chunk: Chunk) -> bool:
        """One entry of the list the section head or leading verb opened: 张三同志为…; 李四同志的…职务."""
        if chunk.text.startswith(_THOSE_SAID):
            return False  # 上述同志人事关系保留在原单位: what holds for all of them, no entry
        if (self.action in ("remove", "confirm") or self.list_verb == "延长") and chunk.text.endswith(")"):
            # (延长下列同志挂职期限一年： / 楼建飞同志(某委副主任): the post held on, in the bracket)
            # 不再担任原职务人员: / 雷振华(原普外科主任,到龄): the post left, in the bracket after the name
            # (免去其挂职职务：王鹏(某医院副院长)、李倩(某医院副院长): each one's own)
            # (试用期满，考核合格，正式任职 / 金晓辉同志(区发展和改革委员会副主任): the post confirmed)
            held = [_HELD_IN_BRACKET.match(part) for part in split_outside_parens(chunk.text, "、")]
            found = [read_names(m.group("name")) if m else None for m in held]
            pairs = list(zip(held, found, strict=True))
            if all(m and f and f[1] >= 2 and _describes_post(m.group("post")) for m, f in pairs):
                return any([self.emit(self.action, f[0], m.group("post"), chunk) for m, f in pairs])
        if (
            self.action == "remove"
            and "、" in chunk.text
            and len(parts := split_outside_parens(chunk.text, "、")) >= 2
            and all(
                (why := _REASON_IN_BRACKET.search(part)) and _post_then_names(part[: why.start()]) for part in parts
            )
        ):
            # …不再担任护士长职务：胸外科病区护士长吴秀英(退休)、手术室护士长帕提古丽(调任护理部): each its own
            read = [_post_then_names(part[: _REASON_IN_BRACKET.search(part).start()]) for part in parts]
            return any([self.emit("remove", names, post, chunk) for post, names in read])
        match = read_frame(chunk.text, ("item",), self.action, self.persons, self.accept_group_or_posts)
        if match is None and self.action == "remove" and self.head_verb and (described := _post_then_names(chunk.text)):
            return self.emit("remove", described[1], described[0], chunk)  # 免去: / 某系主任黎光荣
        if (
            match is None
            and self.action == "remove"
            and (why := _REASON_IN_BRACKET.search(chunk.text))
            and (described := _post_then_names(chunk.text[: why.start()]))
        ):
            # 以下同志不再担任护士长职务： / 重症医学科护士长刘春花(本人申请): why, after the name
            return self.emit("remove", described[1], described[0], chunk)
        if (
            match is None
            and self.action == "remove"
            and self.head_verb
            and chunk.text.endswith(")")
            and (home := _HOME_UNIT_AT_END.search(chunk.text))
            and (described := _post_then_names(chunk.text[: home.start()]))
        ):
            # 马营镇华川村第一书记、驻村工作队队长王建国(县财政局): the unit the person comes from, after
            return self.emit("remove", described[1], described[0], chunk)
        if match is None and self.action in ("remove", "appoint") and self.head_verb:
            # (一、某投资集团有限公司 / 免去：李海波董事长职务: a bare title, of the company heading it)
            held = _name_then_post(chunk.text, self.text, bare_ok=bool(self.heading_org) and self.action == "remove")
            if held and (self.action == "remove" or not chunk.text.endswith("职务")):
                # 解聘: / 陈国荣智能制造学院院长职务; 任命: / 罗斌株洲市某支队副支队长(试用期一年)
                return self.emit(self.action, [held[0]], held[1], chunk)
        if (
            match is None
            and self.action in ("appoint", "confirm")
            and chunk.text.count("(") >= 1
            and (homed := _NAME_HOME_POST.match(chunk.text))
            and name_score(homed.group("name")) >= 2
            and _ORGANISATION_END.search(homed.group("home"))
            and _titled(_BRACKETED.sub("", homed.group("post")))
        ):
            # 延长下列同志挂职时间一年： / 胡志勇（某市发展和改革委员会）某市发展和改革委员会副主任: the home
            # body in the bracket after the name, then the post
            return self.emit(self.action, [homed.group("name")], homed.group("post"), chunk)
        if match is None:
            return False
        if match.posts.endswith(_STATES_NOT_POSTS):
            if chunk.sep != "," or not match.persons:
                return False
            # 召回以下同志: / 杨建华同志提前召回，不再担任…: what became of the person, the post said after
            self.persons, self.last_events = match.persons, []
            return True
        if match.slot.group is not None:
            return self.open_group(match, action_of(match, self.action), chunk)
        return self.emit_match(match, action_of(match, self.action), chunk)

    def narrative(self, chunk: Chunk) -> bool:
        """张三任某局局长 / 张三同志兼任副主任 (under a body named before) / 兼任某局局长
        (the subject of the clause before, left unsaid)."""
        text = chunk.text
        if text.startswith("其中") and self.last_events:
            # 战略委员会委员:A、B、C,其中A为主任委员: one of those just named, a seat of that body
            text, named = text[2:], {e.person for e in self.last_events}
            body = split_title(self.last_events[-1].post)[0]
            one = read_frame(text, ("item",), "appoint", self.persons, lambda m: _bare_title(m.posts))
            if one is not None and body and set(one.persons) <= named and not _seat_of(body, one.posts):
                return True  # …审计委员会委员，其中A、B为独立董事: who they are besides, no seat
            if one is not None and body and set(one.persons) <= named:
                return self.emit("appoint", one.persons, one.posts, chunk, one.manner, body)
        if (
            text.startswith(("继续担任", "继续任"))
            and self.persons
            and self.text[chunk.start - 1 : chunk.start] == ","
            and (
                _EXTENDED_AFTER.match(
                    before := self.text[
                        max(self.text.rfind(mark, 0, chunk.start - 1) for mark in ",;。:") + 1 : chunk.start - 1
                    ]
                )
                or _STAYS_ON.match(before)  # (…援藏期满，…，留任一年，继续担任…: the same)
            )
        ):
            # 阮平同志延长援藏一年，继续担任某市副市长: the post held on for the longer term, a renewal
            text = PRONOUNS[0] + text[2:]
        if (
            text.startswith(ELIDED_SUBJECT_VERBS)
            # (or after a comma, a clause that named whom it is about: 延长X同志挂职期限一年，继续挂职任…)
            and (self.last_events or self.pending_persons or (self.persons and self.text[chunk.start - 1] == ","))
            and not text.startswith(_NOT_ELIDED)
        ):
            # (任 alone only after a comma: an item of a list may open with a name of surname 任)
            if not text.startswith("任") or self.text[chunk.start - 1 : chunk.start] == ",":
                if text.startswith(("同时任", "并任")):
                    text = text[text.index("任") :]  # 同时任某办公室主任: the adverb is no part of whom
                text = text.removeprefix("改为")  # (改为挂任某县副县长: the verb the change is made by)
                text = PRONOUNS[0] + text
        if self.last_events and (
            self.text[chunk.start - 1 : chunk.start] == ","
            or (
                self.text[chunk.start - 1 : chunk.start] in (";", "。")
                and not self.heading_org
                and self.last_events[-1].post.endswith("委员会委员")
            )
        ):
            # 杨建国同志任某机关委员会书记，李文娟同志任副书记: a bare title is that body's
            # (同意A、B同志为中共某镇委员会委员；A同志为书记: the same after a semicolon or a full stop)
            body = _body_of(self.last_events[-1].post)

            def bare_or_whole(match: FrameMatch) -> bool:
                posts = match.posts.removesuffix("职务")
                return _of_a_title(posts) or self.accept_narrative_posts(match) or self.unit_of_body(posts, body)

            match = read_frame(text, ("narrative",), None, self.persons, bare_or_whole)
            posts = match.posts.removesuffix("职务") if match is not None else ""
            if (
                match is not None
                and body
                and (
                    _of_a_title(posts)
                    or (split_title(posts.split("(")[0])[0] in _ORGANS_OF_EVERY_COMPANY and body.endswith(_COMPANIES))
                )
            ):
                return self.emit(match.frame.action, match.persons, match.posts, chunk, match.manner, body)
            if match is not None and body and self.unit_of_body(posts, body):
                whole = _PARTY_BODY_END.sub("", body)
                if whole.endswith("机关") and posts.startswith("机关"):
                    whole = whole[:-2]  # 省政协机关(党委副书记) then 机关纪委书记: one 机关
                return self.emit(match.frame.action, match.persons, whole + match.posts, chunk, match.manner)
        else:
            match = read_frame(text, ("narrative",), None, self.persons, self.accept_narrative_posts)
        if match is None:
            return False
        if match.connector in _RENEWALS:
            title = split_title(match.posts)[1]
            if title and any(e.person in match.persons and e.post.endswith(title) for e in self.events):
                return True  # 选举牛建业为董事长。牛建业连任董事长: the election told again
        action = match.frame.action
        if action == "appoint" and self.action == "remove" and self.head_verb.startswith(("不再", "撤销")):
            if match.connector in ("担任", "任") and not match.verb:
                action = "remove"  # 不再委派: / 李振华同志担任某公司董事: the head's verb governs the item
        return self.emit_match(match, action, chunk)

    def unit_of_body(self, posts: str, body: str) -> bool:
        """任市委会秘书长，兼任办公室主任: a unit with no place of its own (办公室, 机关纪委), after
        a comma, is the unit of the body of the post before (市委会办公室主任)."""
        head = posts.split("(")[0]
        whole = _PARTY_BODY_END.sub("", body)  # 省政协机关(党委): the 机关 the party body is of
        return (
            self.persons == [e.person for e in self.last_events][-1:]
            and bool(split_title(head)[1])
            and (_relative(head) or (head.startswith("机关") and whole.endswith("机关")))
            # a whole body (市委会, 某机关), never a unit: 学生工作处 then 心理健康教育中心 are siblings
            and whole.endswith(_WHOLE_BODIES)
        )

    def unread(self, chunk: Chunk) -> None:
        """A chunk no form read: an issue if it is a decision, else narrative that may name people."""
        text = chunk.text
        if (
            len(self.persons) == 1
            and (held := self.held_as_said.get(self.persons[0]))
            and (
                text in _CALLED_BACK
                or text in _ROTATED_HOME
                or (text in _AGREED and self.text[: chunk.start - 1].endswith("申请召回"))
            )
            # (…予以召回，免去其…职务: the clause after says the post)
            and not _bare_title(held)
            and not re.search(r"免去|免职|不再担任|解聘", self.sentence_around(chunk))
        ):
            # 某社区第一书记田永刚同志因考核不合格，予以召回 (…申请召回，经研究同意): the post described, left
            how = () if text in _ROTATED_HOME else ("召回",)
            if any([self.emit("remove", self.persons, post, chunk, how) for post in _posts_described(held)]):
                self.decisive = True
                return
        if (
            text.endswith(("召回", "轮换"))
            and (back := _DESCRIBED_CALLED_BACK.match(text))
            and (slot := read_person_slot(back.group("who")))
            and slot.score >= 2
            and len(slot.persons) == 1
            and split_title(slot.described_as)[1]
            and not re.search(r"免去|免职|不再担任|解聘", self.sentence_around(chunk))
        ):
            # 某村第一书记兼工作队队长杜建国同志因病召回: the posts described, left (…期满轮换: the same)
            held, how = slot.described_as.removeprefix("原"), ("召回",) if "召回" in back.group("how") else ()
            self.persons = slot.persons
            if any([self.emit("remove", slot.persons, post, chunk, how) for post in _posts_described(held)]):
                self.decisive = True
                return
        if _SUMMARY.search(text):
            return
        if (ended := _NAMED_HOLDERS_ENDING.match(text)) and (
            held := [_HELD_IN_BRACKET.match(part) for part in split_outside_parens(ended.group("people"), "、")]
        ):
            names = [read_names(m.group("name")) if m else None for m in held]
            if all(
                m and found and found[1] >= 2 and _describes_post(m.group("post"))
                for m, found in zip(held, names, strict=True)
            ):
                # 原聘任的王庆余(教务处处长)、柏杨(汽车工程学院副院长)等同志的职务自然解聘: each the post in its bracket
                if any(
                    [
                        self.emit("remove", found[0], m.group("post"), chunk)
                        for m, found in zip(held, names, strict=True)
                    ]
                ):
                    self.decisive = True
                    return
        if (ended := _NAMED_HOLDER_POST_ENDING.match(text)) and (found := read_names(ended.group("name"))):
            # 原任李倩同志的某局副局长职务自然免除: the person named, the post said after
            if found[1] >= 2 and self.emit("remove", found[0], ended.group("post"), chunk):
                self.decisive = True
                return
        if _UNNAMED_ENDING.match(text):
            return  # 原职务自然免除: the posts of people it does not name end; nothing to read, no one to ask
        if text.endswith("议案》") and _MOTION_TITLE.match(text):
            return  # 审议通过《关于聘任公司总经理的议案》: a motion's title, the decision said below it
        if (unnamed := _UNNAMED_POSTS_ENDING.match(text)) and all(
            (held := split_title(part))[1] and name_score(held[0]) < 2 for part in unnamed.group("posts").split("、")
        ):
            return  # 原任研究所所长、副所长职务自然免除: whoever held those posts, unnamed
        if text.endswith("职务") and _ANY_POST.search(text):
            return  # 辞职后，龚文澜女士不再担任公司任何职务: what the resignation leaves, told again
        if _STILL_HELD.search(text) or _KEPT_STATUS.search(text):
            return  # 解聘后其仍担任公司董事 / 继续享受副县级待遇: a post or a status kept, no decision
        if _INSTRUCTION.search(text):
            return  # 新选派的第一书记须于7月20日前到岗: what people are to do, no decision
        if text.startswith(_REVOKING) and RECOUNT.search(text):
            return  # 撤销2019年印发的《关于聘任李泽文…的通知》: what it revokes the next clause says
        if text in LIST_LABELS:
            return  # 职务任免: a label of a part of the notice
        if _ABOUT_PEOPLE.match(text):
            return  # 标注“试用期一年”的人员: whom the next words are about, no clause
        if "选举产生" in text and self.action is None and _ELECTED.search(text):
            self.action = "appoint"  # …会议选举产生了某县人大常委会主任、副主任、委员: the roster below
            self.electing = True
            return
        if self.electing and all(_of_a_title(part) or _titled(part) for part in text.split("、")):
            return  # …选举产生了乡人大主席、副主席，乡人民政府乡长、副乡长: more of the posts elected
        if "生效" in text and self.events and RESIGNATION_EFFECTIVE.search(text):
            return  # 区志强先生的辞职报告自送达董事会之日起生效: when the resignations read above take effect
        if self.caption(chunk):
            return
        if (
            chunk.sep == "。"
            and (chunk.start in self.line_of.subheads or chunk.start in self.line_of.numbered)
            and (part := _PART_WITH_TERM.match(text) or _PART_TAKEN.match(text))
            and part.group("verb") in ("任职", "挂职", "聘任", "任用")
        ):
            # 一、选调生到村任职(任职时间两年,自…起) / 1.张雨桐　茶峒村党总支副书记: the rows below take those posts
            self.action, self.decisive, self.heading_org = "appoint", True, None
            self.section_qualifier = ""
            return
        if chunk.start in self.line_of.subheads and _COUNTED_PART_LABEL.match(text):
            return  # 二、召回驻村第一书记(3名): a part's label and its count, the decision said under it
        if len(text) <= 30 and text.endswith(_LIST_LABEL_ENDS) and _subhead(text):
            return  # 自治区人大常委会及专门委员会组成人员: a label of a part of the list
        if (
            self.action
            and chunk.sep == "。"
            and len(text) <= 12
            and _subhead(text)
            and not mentions_post(text)
            and not find_mentions(text)
            and chunk.start in self.line_of.subheads
        ):
            self.part_label = True  # 决定聘任： / 一、内科系统 / 内科科护士长：高艳: a part of the list
            return
        if chunk.start in self.line_of.subheads and (
            _label_of_titles(text) or (chunk.sep == "。" and _bare_title(text))
        ):
            title = _BRACKETED.sub("", text)
            self.part_title = title if _bare_title(title) else ""
            return  # 一、科室主任 / 1．韦志强 神经外科主任: a part of the list by the kind of its posts
            # (一、外部董事 / (一)某集团有限公司 / 委派…为外部董事: the kind of seat the part is about)
        if self.name_before_known_body(chunk):
            return
        if (glued := _REMOVING_NAME_GLUED.match(text)) and (
            held := _name_then_post(text[glued.end() :], self.text, bare_ok=True)
        ):
            # 免去周国平学生处处长、武装部部长职务: a name glued to its posts, no 同志 or 的 between
            if self.emit("remove", [held[0]], held[1], chunk):
                self.decisive = True
                return
        request = RESIGNATION_REQUEST.search(text)
        if request and not _ends_in_title(request.group("posts")):
            request = None  # 亦无任何有关其辞任之事宜须提请股东注意: no post asked to be left
        if request:
            before = text[: request.start()]
            if before.startswith("向") and len(before) <= 16 and before.endswith(_ADDRESSED_BODIES):
                before = ""  # …先生因工作调动原因，向本行董事会申请辞去…: whom it is asked of, no name
            slot = read_person_slot(strip_adjuncts(before)) if before else None  # 公司证券事务代表曹敏女士
            asking = (slot.persons if slot and slot.score >= 2 else None) or find_mentions(before) or self.persons
            if asking:
                self.requested = (asking[-1:], request.group("posts"))
                self.requests.append(self.requested)
                if self._told_as_done(text, request, before):
                    self.told_resignations.append((asking[-1:], request.group("posts"), chunk))
                if _ASKS_TO_RESIGN.match(text):
                    self.persons = asking[-1:]  # (the 其 of 同意其辞职 after it: who asked)
                    return
        stripped = strip_adjuncts(text)
        mentioned = find_mentions(stripped)  # 王立群同志因年龄原因: no 年龄原
        if not mentioned and stripped != text:
            mentioned = find_mentions(text)[:1]  # 陈国富因工作调动: whom the next 其 is
        if not mentioned and (owner := _OWNER.match(text)) and name_score(owner.group(1)) == 3:
            mentioned = [owner.group(1)]  # 陈国富的…代表资格终止
        if (
            not mentioned
            and text.startswith("召回")
            and not text.startswith(("召回原", "召回派出", "召回至", "召回到"))
            and (slot := read_person_slot(_BRACKETED_END.sub("", text[2:])))
            and slot.score >= 2
            and slot.persons
            and slot.group is None
            and not slot.described_as
        ):
            mentioned = slot.persons  # 召回王骏(上海市徐汇区选派)，免去其…: whom the 其 after it means
        if (
            not self.action
            and _may_open_item(text)
            and (item := read_frame(text, ("item",), "appoint", self.persons, self.accept_posts)) is not None
            and item.slot.score >= 2
            and item.connector == "为"
        ):
            # 额尔敦毕力格为某局副局长 under no decision the reader saw: kept for a person, never dropped
            self.issue(chunk, vocab.NO_DECISION_BEFORE)
            return
        if ROW_SEP in text and not self.action and read_names(text.split(ROW_SEP, 1)[0]):
            # a table's row (杨光明│心血管内科主任) under no decision the reader saw: kept for a person
            self.issue(chunk, vocab.ROW_WITHOUT_DECISION)
            return
        if (
            self.action
            and not request  # asked, not decided: its acceptance (or its taking effect) is the event
            and (
                (
                    not self.sentence_ended
                    and not _CLOSERS.match(text)
                    and not text.startswith(NARRATIVE_OPENERS)
                    and (
                        mentioned
                        or (
                            mentions_post(text)
                            and (DECISION_VERBS.search(text) or _post_fragment(text) or _opens_with_name(text))
                        )
                    )
                )
                or self.item_under_heading(chunk)
            )
        ):
            bare = text.removeprefix("同意").removeprefix("决定")  # (同意解聘齐国华本行副行长职务)
            verb = next((v for v in ("免去", "免除", "解聘") if bare.startswith(v)), "")
            if verb and (held := _name_then_post(bare[len(verb) :], self.text)):
                self.emit("remove", [held[0]], held[1], chunk)  # 免去母永康苍溪县机关事务服务中心主任职务
                return
            if not _NOT_DECIDED.search(text) and not (
                # (召回蒙光荣同志，免去其…职务: whom the 其 after it means; the clause after is the decision)
                mentioned and chunk.sep == "," and self.text.startswith("免去其", chunk.start + len(text) + 1)
            ):
                # (在新任总经理到任前 / 公司将尽快聘任新的财务总监 / 由公司董事会按程序聘任: no decision)
                self.issue(chunk, vocab.NO_PERSON_AND_POST.format(action=self.action))
            # 其 in the next clause is whoever this one names, never someone before it
            self.persons, self.last_events = mentioned[-1:], []
            return
        plain = _BOOK_TITLE.sub("", text)
        person_first = bool(_CUT_SHORT.match(plain) or _PERSON_FIRST.match(plain))
        decision = (DECISION_VERBS.search(plain) or person_first) and not _TITLE_LIKE.search(text)
        named = decision and clause_names(plain, _NAME_AFTER, person_first)
        if not named and (unposted := read_frame(plain, ("decision",), None, self.persons)):
            named = unposted.persons  # a decision frame reads, but not its posts
        if named:
            if not _NOT_DECIDED.search(text):
                self.issue(chunk, vocab.NO_POST_FOR.format(names="、".join(named)))
                self.decisive = True
            self.persons, self.last_events = list(named)[-1:], []
            return
        if mentioned:
            self.persons = mentioned[-1:]
            if (
                self.action
                and text.endswith("职务")
                and not DECISION_VERBS.search(plain)
                and not any(word in text for word in ("辞", "担任", "不再"))  # (a request, a state: told)
            ):
                # 2. 王小明附属医院针灸门诊组长职务 under 解聘: an item, though its post reads as none
                self.issue(chunk, vocab.NO_POST_READ.format(action=self.action))
                return
        if (
            self.action
            and "为" in text
            and (wei := _NAME_THEN_WEI.search(text))
            and name_score(wei.group("name")) >= 2
            and mentions_post(wei.group("post"))
            # (推荐…为董事人选: proposed only; …为会计专业人士: what a person is)
            and not wei.group("post").endswith((*PROPOSED_POST_ENDINGS, *MEMBERSHIP_ENDINGS))
            and not _NOT_A_GLUED_ITEM.search(text)
        ):
            # 某常委会工作机构蒋春华为某委员会副主任, a label glued to the item under it: for a person
            self.issue(chunk, vocab.NO_PERSON_AND_POST.format(action=self.action))
            return
        if mentioned or len(text) > 15 or _CLOSERS.match(text):
            # a sentence of its own ends the list, and its unit headings; a label does not
            # ((二)其他, 市政府组成部门)
            if self.sentence_ended:
                self.action = None
            opens_line = chunk.start == 0 or self.line_of[chunk.start] != self.line_of[chunk.start - 1]
            if not mentioned and len(text) > 15 and opens_line:
                self.heading_org = None  # 未参加本次竞争上岗的原中层管理人员…: the units' list is over

    def _told_as_done(self, text: str, request: re.Match[str], before: str) -> bool:
        """原副总裁李勤先生因到龄退休，辞去公司副总裁职务: a resignation the announcement tells as done
        (no request, no acceptance needed), unless it only points back to an earlier one
        (已辞去…，具体内容详见…公告) or looks ahead (拟辞去)."""
        if not request.group(0).startswith(("辞去", "辞任")) or text[request.end() :].strip():
            return False
        if before.endswith(_NOT_YET_RESIGNED) or _ASKED_OR_CITED.search(text):
            return False
        if text.startswith("因") and "\u200b" not in text[: request.start()]:
            return False  # 因公司董事潘正明先生已于7月辞去董事职务，…: the reason for what the sentence decides
        at = self.text.find(text)
        sentence_end = self.text.find("。", at)
        return not _RESIGNATION_NOT_DONE.search(self.text[at : sentence_end if sentence_end != -1 else None])

    def told_resignations_done(self) -> None:
        """A resignation told as done and never accepted or put in force by a later clause: a
        removal of its own, in a notice that decides something."""
        if not (self.decisive or self.events):
            return
        for persons, posts, chunk in self.told_resignations:
            if not any(e.action == "remove" and e.person in persons for e in self.events):
                self.emit("remove", persons, posts, chunk, "辞职")

    def item_under_heading(self, chunk: Chunk) -> bool:
        """李振华(…)为副院长 on a line of its own under a unit's heading (喀什市人民法院): one more
        item of the list, though the heading's line ended a sentence."""
        return (
            self.heading_org is not None
            and chunk.start > 1
            # (the mark that ends the heading's sentence is joined on, counted with the item's line)
            and self.line_of[chunk.start] != self.line_of[chunk.start - 2]
            and (item := _ITEM_UNDER_HEADING.match(chunk.text)) is not None
            and name_score(item.group(1)) >= 2
        )

    def caption(self, chunk: Chunk) -> bool:
        """临床医技科室主任、副主任聘任名单: the caption of the list below; its verb (解聘人员名单,
        不再担任外部董事名单) is the action of the rows under it."""
        text = chunk.text
        if len(text) > 40 or not text.endswith("名单") or _SENTENCE_INSIDE.search(text):
            return False
        # (聘期届满不再续聘人员名单: the longest verb, not the 聘 of 聘期)
        if verb := max(_CAPTION_VERB.finditer(text), key=lambda m: len(m.group()), default=None):
            self.action, self.sentence_ended = _CAPTION_ACTIONS.get(verb.group(), self.action), False
        return True

    def period_start(self, text: str, events: list[ParsedEvent]) -> None:
        """When a term said apart from its clause starts (聘期三年，自2021年10月1日起…; 上述同志任职
        时间从…起计算): probations are counted from that day (SPEC §1), those of ``events`` now, or
        (said before the list) those of the list below."""
        if text.startswith(("至", "到")) or not (found := _dates_or_none(text)):
            return
        since = "自{0.year}年{0.month}月{0.day}日起".format(found[0][2])
        if not self.events or self.items_pending:
            self.probation_since = self.probation_since or since
        else:
            self.count_probations_from(since, events)

    def probation_ends_on(self, text: str, events: list[ParsedEvent]) -> None:
        """试用期一年，自2024年3月1日起至2025年2月28日止: the end said in so many words holds."""
        found = _dates_or_none(text)
        if len(found) < 2 or "至" not in text[found[0][1] : found[-1][0]]:
            return
        for event in events:
            if event.probation:
                event.probation_until = found[-1][2]

    def count_probations_from(self, since: str, events: list[ParsedEvent]) -> None:
        """Count the probations of ``events`` without a start of their own from ``since`` (试用期自…起)."""
        since = "自" + re.split("自|从", since, maxsplit=1)[1]
        for event in events:
            if event.probation and not any(q.startswith(("试用期", "自")) and "起" in q for q in event.qualifiers):
                event.probation_until = read_qualifiers([event.probation, since], self.effective).probation_until
                event.qualifiers.append(since)

    def _in_table_legend(self, chunk: Chunk) -> bool:
        """Is ``chunk`` in a note on how a table's columns read (注:任免栏“任”为…)?"""
        # (说明:“任”指任新职,原职务不变;“任免”指…: a note of several parts, its sentence whole)
        end = chunk.start + len(chunk.text)
        opened = max(self.text.rfind("注:", 0, end), self.text.rfind("说明:", 0, end))
        if (
            opened == -1
            or self.text.rfind("。", 0, chunk.start) > opened
            or self.text[opened - 1 : opened] not in ";。:"
        ):
            return False  # (a note opens its own sentence, after the table's last row)
        note = self.text[opened:end]
        return "栏" in note or _LEGEND_MEANS.search(note) is not None

    def name_before_known_body(self, chunk: Chunk) -> bool:
        """免去张德明昆明经济技术开发区…局长职务: a name written straight before its post, with
        no 同志 or 的 to end it, ends where a body the notice names elsewhere begins."""
        text = chunk.text
        verb = next((v for v in _LEADING if text.startswith(v)), None)
        if verb is None or not self.events:
            return False
        orgs = [org for event in self.events if len(org := split_title(event.post)[0]) >= 6]
        bodies = {org[:4] for org in orgs}
        # (陆晓东桐乡市濮院镇…: the place a body named elsewhere opens with, 桐乡市卫生健康局)
        places = {m.group() for org in orgs if (m := _PLACE_OPENING.match(org))}
        rest = text[len(verb) :]
        for k in (2, 3, 4):  # (阿苦日哈昭觉县…: a Yi name of four characters)
            after = rest[k:]
            if after.startswith("(") and 0 < (close := after.find(")")) <= 8:
                after = after[close + 1 :]  # 吉伍木牛(女)昭觉县…: the person's mark, then the post
            if after[:4] in bodies or after.startswith(tuple(places)):
                match = read_frame(verb + rest[:k] + "同志" + rest[k:], ("decision",), None, [], self.accept_posts)
                if match is not None and match.slot.group is None and not match.slot.pronoun:
                    self.decisive = True
                    return self.emit_match(match, match.frame.action, chunk)
        return False

    # --- the loop ----------------------------------------------------------------------

    def read(self) -> tuple[list[ParsedEvent], list[ClauseIssue]]:
        text = self.text
        if "撤销" in text and "、免去其" in text:
            # 撤销…中关于任命A为X、免去其Y职务的决定: one decision revoked, its two parts one clause
            text = _REVOKED_COMPOUND.sub(lambda m: m.group().replace("、免去其", "\u200b免去其"), text)
        text = _VERB_AFTER_COMMA.sub(";", text)
        if "因" in text:
            text = _REASON_COMMA.sub("\\1\u200b", text)  # 张三同志因工作调动，辞去…: one clause
        if "挑”" in text or '挑"' in text:  # 任党委书记、居委会主任“一肩挑”: how the posts are held, a qualifier
            text = _QUOTED_TAG.sub(r"(\1)", text)
        if "其试用的" in text:  # 免去其试用的某处副处长职务: the post held on probation (as 其某处副处长试用职务)
            text = _PROBATION_HELD.sub(r"其\1试用的职务", text)
        if "职务予以" in text or "职务自然" in text:
            # 某校校长职务予以免去(到龄退休): the reason next to the post, before the words that end it
            text = _ENDED_THEN_BRACKET.sub(r"\2职务\1", text)
        if "办理" in text:
            text = _PROCEDURE_COMMA.sub("\u200b", text)  # X同志的…职务，由某人大常委会依法办理: one clause, left to it
        if "后," in text:
            text = _WHEN_COMMA.sub("\\1\u200b", text)  # 向德华先生当选董事长后，不再担任…: one clause
        if "正前:“" in text:  # 更正前：“…聘任邱月女士为…。”: the wrong text, quoted, no decision
            text = _WRONG_TEXT.sub(lambda m: "\u200b" * (len(m.group()) - 1) + "。", text)
        if "正前:" in text and "正后:" in text:  # 更正前：同意聘任马俊先生为…。更正后：…: unquoted
            text = _WRONG_TEXT_BARE.sub(lambda m: "\u200b" * (len(m.group()) - 1) + "。", text)
        if "正后:“" in text:  # 更正后：“…聘任邱玥女士为…。”: the right text, read as any text is
            text = _RIGHT_TEXT.sub(lambda m: "\u200b" + m.group(1) + "\u200b", text)
        if "为:“" in text:  # 更正为：“五、陶玉梅同志任…；六、胡晓光同志任…。”: the right text, one chunk
            text = _QUOTE_AFTER_COLON.sub(_quoted_clauses, text)
        if "为“" in text or '为"' in text:
            text = _COMMA_BEFORE_RIGHT.sub("\\1\u200b", text)  # one chunk; a mark of the same length
        if ",挂" in text or ",任" in text or ",担任" in text:
            text = _DESCRIBED_NAME.sub(_described_name, text)  # 汪家齐，某学院副教授，挂职任…: one clause
            if "挂职," in text or "挂职锻炼," in text or "公司," in text or "工作," in text:
                # 到某集团公司挂职(锻炼)，任某部副部长: one clause (marks of the same length)
                text = _GONE_THEN_TITLE.sub(lambda m: m.group(1) + "\u200b" * len(m.group(2)), text)
        silent: list[Chunk] = []  # chunks that read as an item of a list but yielded nothing
        seats: list[Chunk] = []  # title chunks before a colon (主任委员：) that yielded nothing
        for chunk in cut_chunks(text):
            if chunk.text:
                made, asked = len(self.events), len(self.issues)
                self.read_chunk(chunk)
                if len(self.events) > made:
                    self.emitted_until = chunk.start + len(chunk.text)  # where the chunk that made events ends
                elif (
                    len(self.issues) == asked
                    and chunk.sep == ":"
                    and chunk.text not in _BYLINE_ROLES
                    and all(title in _TITLE_SET for title in chunk.text.split("、"))
                ):
                    seats.append(chunk)  # 主任委员：黄志诚 under no verb: a seat and its holder, unread
                elif (
                    len(self.issues) == asked
                    and ("为" in chunk.text or "任" in chunk.text)
                    # ((一)系主任、副主任: a part of the list by its titles, silent as meant)
                    and not (chunk.start in self.line_of.subheads and _label_of_titles(chunk.text))
                ):
                    silent.append(chunk)
            if chunk.sep in _CLAUSE_ENDS:
                self.clause_start = len(self.events)
            if chunk.sep == "。" and not (chunk.text.startswith(_NOTE_ON_THOSE_ABOVE) and chunk.text.endswith(")")):
                self.end_sentence()  # ((以上3名同志试用期自…起计算): a note on the list, which goes on)
        self.end_sentence()
        self.close_group()
        self.unheard(silent, seats)
        for group in self.annex_groups.values():
            self.group, group.annex_pending = group, False  # (an annex never found: its list unread)
            self.close_group()
        if self.mark_word and self.mark_word_qualifiers:
            legend = read_qualifiers(self.mark_word_qualifiers, self.effective)
            for event in self.events:
                if self.mark_word in event.qualifiers and event.action == "appoint" and not event.probation:
                    event.probation, event.probation_until = legend.probation, legend.probation_until
                    event.qualifiers += self.mark_word_qualifiers
        if self.probation_since:
            self.count_probations_from(self.probation_since, self.events)
        self.told_resignations_done()
        self.drop_acting_in_own_post()
        if self.marked and self.mark_qualifiers:
            legend = read_qualifiers(self.mark_qualifiers, self.effective)
            for event in self.events:
                if event.person in self.marked and event.action == "appoint" and not event.probation:
                    event.probation, event.probation_until = legend.probation, legend.probation_until
                    event.qualifiers += self.mark_qualifiers
        return self.events, self.issues

    def drop_acting_in_own_post(self) -> None:
        """选举A为本行董事长，…在核准前，由A代为履行董事长职责: A acts in the post A was just given
        while it waits for approval; the appointment is the decision, the acting no second one."""
        given = {(e.person, e.post) for e in self.events if e.action == "appoint" and "代理" not in e.qualifiers}
        if not given:
            return
        self.events[:] = [
            e
            for e in self.events
            if not (
                e.action == "appoint"
                and "代理" in e.qualifiers
                and any(person == e.person and post.endswith(e.post) for person, post in given)
            )
        ]

    def among_them(self, chunk: Chunk) -> bool:
        """选举A、B、C为某委员会委员，其中A为主任委员(召集人): one of those just named, a title of
        the same body."""
        m = _AMONG_THEM.match(chunk.text)
        if m is None or m.group("title") not in _TITLE_SET:  # (为会计专业人士: who they are, no title)
            return False
        who = clean_name(m.group("who"))
        held = [e for e in self.last_events if e.person == who and split_title(e.post)[0]]
        if not held:
            return False
        if not _seat_of(split_title(held[-1].post)[0], m.group("title")):
            return False
        post = split_title(held[-1].post)[0] + m.group("title") + (m.group("rest") or "")
        return self.emit("appoint", [who], post, chunk)

    def unheard(self, silent: list[Chunk], seats: list[Chunk]) -> None:
        """A chunk shaped as a decision about a person (张三同志任某局局长, 李四为某委员会委员) that
        yielded nothing, whose person no event or open item names: kept for a person, never lost."""
        if not (silent or seats) or not (self.events or self.decisive):
            return
        named = {e.person for e in self.events} | {p for i in self.issues for p in find_mentions(i.clause)}
        clauses = "".join(i.clause for i in self.issues)
        for chunk in seats:
            after = chunk.start + len(chunk.text) + 1
            ends = [at for mark in ";。:" if (at := self.text.find(mark, after)) != -1]
            said = _BRACKETED.sub("", self.text[after : min(ends, default=len(self.text))])
            found = read_names(_HONORIFIC_IN.sub("", said))  # (总经理：郑秀琴女士)
            if found and found[1] >= 2 and not set(found[0]) & named and not any(p in clauses for p in found[0]):
                self.issue(chunk, vocab.NO_DECISION_READ.format(who="、".join(found[0])))
        for chunk in silent:
            shape = _DECISION_SHAPE.match(chunk.text)
            if (
                shape
                and name_score(who := shape.group("who")) >= 2
                and not any(c in who for c in "等其后")  # (曹俊等同志, 解聘后其仍担任: no one name)
                and who not in named
                and who not in clauses
                and _ends_post(shape.group("post"))
                and not _NOT_A_GLUED_ITEM.search(chunk.text)
                and not shape.group("post").endswith(("人选", "候选人"))
            ):
                self.issue(chunk, vocab.NO_DECISION_READ.format(who=who))

    def own_name(self) -> str:
        """How the notice names its own body (以下简称“本行”): 本行, 公司, or nothing."""
        said = re.search(r"以下简称[“\"']?(本行|公司|本公司)[”\"']?", self.text[:400])
        return said.group(1) if said else ""

    def names_follow(self, chunk: Chunk) -> bool:
        """Does the text after the chunk's colon, to the clause's end, hold names only (张建国、王晓芳(女))?"""
        after = chunk.start + len(chunk.text) + 1
        ends = [at for mark in ";。" if (at := self.text.find(mark, after)) != -1]
        names = _BRACKETED.sub("", self.text[after : min(ends, default=len(self.text))])
        found = read_names(names) if names and len(names) <= 60 else None
        return bool(found and found[1] >= 2)

    def end_sentence(self) -> None:
        if self.corrected_from is not None:  # 现更正为:杨德盛同志任…: the sentence is the right text
            for event in self.events[self.corrected_from :]:
                event.manner.append("更正")
                event.qualifiers.append("更正")
            self.corrected_from, self.effective = None, self.corrected_day
        if self.pending_confirm:
            persons, chunk = self.pending_confirm
            # (A、B同志试用期已满，…，决定：A同志正式任X，B同志正式任Y: each confirmed by name after)
            confirmed = {e.person for e in self.events if e.action == "confirm"}
            if not set(persons) <= confirmed:
                self.issue(chunk, vocab.CONFIRMED_WITHOUT_POST)
            self.pending_confirm = None
        self.in_confirmation = False
        self.confirmed_in_sentence = []
        list_below, self.list_in_next_sentence = self.list_in_next_sentence, False
        if list_below:  # (正式任职。 then 名单如下: the list is in the next sentence)
            pass
        elif self.confirm_list and not self.part_label:  # the rows a list of confirmations names end with
            # its sentence (not with a part's label: 正式聘任： / (一)总行部门 / 王晓东  某部副总经理)
            self.action, self.confirm_list = None, False
        # (a part's label keeps its list open, as does a sentence that says the list below confirms)
        self.sentence_ended, self.part_label = not (self.part_label or list_below), False
        self.conditional = False
        self.recounting = False
        self.mark_collecting = False  # a legend's qualifiers end with its sentence
        self.electing = False
        self.group_subject = False
        self.subject_org = None

    def read_chunk(self, chunk: Chunk) -> None:
        if chunk.start < self.extension_read_to:
            return  # (…，决定延长试用期六个月，至2025年10月31日: the extension, read with its person)
        if "延长" in chunk.text and self.probation_extended(chunk):
            return
        if ROW_SEP in chunk.text and (said := _ROW_WITH_ITS_VERB.match(chunk.text)):
            # 1. 刘春华  由心内科一病区护士长轮岗至…: a row of a name and its own clause, read as a sentence
            chunk = Chunk(said.group(1) + "同志" + said.group(2), chunk.start, chunk.sep)
        if (
            chunk.text.startswith("原")
            and (former := _FORMER_HOLDER_MOVED.match(chunk.text))
            and self.last_events
            and (title := next((t for t in _TITLES_LONGEST if former.group("said").startswith(t)), ""))
            and (taken := [e for e in self.last_events if e.action == "appoint" and e.post.endswith(title)])
            and (found := read_names(former.group("said")[len(title) :]))
            and found[1] >= 2
        ):
            # 任命马文博为某营业部负责人，原负责人马晓东另有任用: the one who held that post, leaving it
            if self.emit("remove", found[0], taken[0].post, chunk, former.group("how")):
                self.decisive = True
                return
        if (
            chunk.sep == ","
            and "上述" in chunk.text
            and (undone := _SAID_DECISION_UNDONE.match(chunk.text))
            and self.text.startswith(("撤销其", "免去其", "解聘其"), chunk.start + len(chunk.text) + 1)
            and (slot := read_person_slot(undone.group("who"))) is not None
            and slot.score >= 2
        ):
            # 决定撤销对秦国伟同志的上述任职决定，撤销其某中学校长职务: the posts the next clause names
            self.persons, self.last_events = slot.persons, []
            return
        if (
            chunk.sep == ":"
            and chunk.text.startswith(("下列同志挂任", "以下同志挂任", "下列同志挂职", "以下同志挂职"))
            and _LIST_HEAD_UNCLOSED.match(chunk.text)
        ):
            # 二、下列同志挂任职务(挂职时间两年…)： / 张国华同志挂任…: the part's label, each item its own clause
            self.action, self.decisive, self.sentence_ended, self.heading_org = None, True, False, None
            self.section_qualifier = ""
            return
        if "同志" in chunk.text and not chunk.text.startswith(_LEADING):
            self.note_described(chunk.text)
        if self.correction_pending is not None:
            said, self.correction_pending = self.correction_pending, None
            if self.correction(Chunk(f"{said.text}“{chunk.text}”", said.start, chunk.sep)):
                return
        if chunk.sep == ":" and ("组成" in chunk.text or chunk.text.endswith(_SEAT_LABEL_ENDS)):
            text = _ORDER_BRACKET.sub("", chunk.text)
            grid_below = chunk.start + len(chunk.text) + 1 in self.line_of.grids
            if (below := _COMPOSED_BELOW.match(text)) or (grid_below and _is_seat_label(text)):
                # 中共某镇第十五届委员会委员由以下同志组成(按姓氏笔画为序)： / 王　健　卢春燕…: the seat
                # each name below takes (the order of the names no qualifier)
                seat = below.group("body") + (below.group("title") or "委员") if below else text
                chunk = Chunk(seat, chunk.start, chunk.sep)
                self.decisive, self.sentence_ended = True, False
                self.action = self.action or "appoint"
        if "仍" in chunk.text and (still := _STILL_HOLDS.match(chunk.text)) and name_score(still.group(1)) >= 2:
            return  # 郭晓伟同志仍任某局副局长: a post kept, told (what a revocation gave back), no decision
        if self.action and self.text[chunk.start - 1 : chunk.start] == ":" and _VACANT.match(chunk.text):
            self.roster_label, self.sentence_ended = None, False
            return  # 院长：(空缺，由副院长曾凡荣主持工作): no one named for the title; the list goes on
        if chunk.sep == "," and "原任" in chunk.text and (held := _HELD_BEFORE.match(chunk.text)):
            if name_score(held.group(1)) >= 2 and split_title(held.group(2).split("(")[0])[1:] != ("",):
                # 冯志斌原任公司副总经理，聘期届满，…，不再续聘: the post the sentence's end leaves
                self.held_before, self.persons = [(held.group(1), held.group(2))], [held.group(1)]
                return
        if (
            chunk.sep == ","
            and chunk.text.endswith(("届满", "期满"))
            and "的" in chunk.text
            and (each := _HELD_EACH_ENDED.match(chunk.text))
        ):
            # 郑国庆同志的机电工程系主任、李耀华同志的电子信息工程系主任聘期届满，不再续聘: each held
            pairs = [_HELD_BY.match(part) for part in each.group("items").split("、")]
            if all(pairs) and all(pair and name_score(pair.group(1)) >= 2 for pair in pairs):
                self.held_before = [(pair.group(1), pair.group(2)) for pair in pairs if pair]
                self.persons = [who for who, _ in self.held_before]
                return
        if self.held_before and chunk.text in _LEAVES_IT:
            held, self.held_before = self.held_before, []
            made = []
            for who, post in held:
                if self.emit("remove", [who], post, chunk):
                    made += self.last_events
            if made:
                self.last_events, self.decisive = made, True
                return
        if chunk.sep in "。;":
            self.held_before = []
        if "*" in chunk.text and (starred := _STARRED_ROW.match(chunk.text)):
            # 覃立新*│某科副主任 (a table's row, the name marked): the row, the mark for the legend (带*者…)
            self.marked.add(starred.group(1))
            chunk = Chunk(starred.group(1) + chunk.text[starred.end() :], chunk.start, chunk.sep)
        if self.births and self.in_biography(chunk):
            return  # 钱立群先生：1968年出生，…至今任公司董事长，兼任某公司执行董事: a résumé, no decision
        before = self.chunk_before
        if chunk.sep == ":" and chunk.text in BACK_TO_HOME_UNIT and before is not None:
            if before.sep == "," and before.text in SECTION_HEADS:
                chunk = Chunk(before.text, before.start, ":")  # 予以免职，回原单位工作：the head, then where they go
        if (
            self.group_subject
            and (their := _THEIR_POSTS_HEAD.match(chunk.text))
            and (
                (chunk.sep == "," and self.text.startswith(BACK_TO_HOME_UNIT, chunk.start + len(chunk.text) + 1))
                # (以下同志召回原单位，免去其驻村第一书记职务。 / a table of them)
                or (
                    chunk.sep == "。"
                    and self.text.startswith(
                        _LIST_SUBJECT_OPENERS, max(self.text.rfind(m, 0, chunk.start) for m in "。;:\n") + 1
                    )
                )
            )
        ):
            # 以下同志驻村任职期满，免去其第一书记职务，回原单位工作：/ 陈宏(某村党支部第一书记): the
            # head of the list below, each item with the post it names
            chunk = Chunk(their.group("verb"), chunk.start, ":")
            # (…免去其驻村第一书记职务…： / 罗成刚，六马镇板干村: the title said once, each row's unit)
            self.list_title = their.group("title") if split_title(their.group("title"))[1] else ""
        self.chunk_before = chunk
        if (
            chunk.text.startswith(("兼任的", "及兼任的", "和兼任的"))
            and chunk.text.endswith("职务")
            and self.last_events
            and all(e.action == "remove" for e in self.last_events)
            and self.text[chunk.start - 1 : chunk.start] == ","
        ):
            # 免去陈卫国的某局局长职务，兼任的某中心主任职务: the same person's second post, left too
            chunk = Chunk("免去其" + chunk.text.lstrip("及和"), chunk.start, chunk.sep)
        if chunk.text.startswith("关于") and chunk.text.endswith(("说明", "情况")) and len(chunk.text) <= 30:
            return  # 二、关于聘任总工程师事项的说明: a part's label, what it explains
        if (
            chunk.sep == "。"
            and "、" in chunk.text
            and chunk.start in self.line_of.subheads
            and _label_of_titles(chunk.text)
        ):
            return  # (一)系主任、副主任 / 聘任…: a part of the list by its titles, no item
        if (
            chunk.sep == "。"
            and chunk.start in self.line_of.parts
            and (chunk.text in LIST_LABELS or _title_then_heads(chunk.text))
        ):
            self.section_qualifier = ""  # 二、挂职任职 after 一、…聘任(聘期…): a new part, the head's term ends
            if self.heading_org and not self.heading_over_parts:
                self.heading_org = None  # 5.院团委：… / 三、其他: a new part, under none of the last one's headings
            return
        if chunk.text.startswith(("以下", "下列")) and (kept := _CLASS_KEEPS_POSTS.match(chunk.text)):
            # 一、以下同志续聘原职务，聘期三年 / 刘庆华│党政办公室主任: each row's post, taken again
            self.action = LEADING_VERBS.get(kept.group("verb"), "appoint")
            self.decisive, self.items_pending, self.sentence_ended, self.heading_org = True, True, False, None
            return
        if chunk.text.endswith("一项") and (quoted := _QUOTED_ITEM.match(chunk.text)):
            self.quoted_item = quoted.group("decision")  # 原公告中“同意聘任杜海峰先生为…”一项: recounted, no decision
            return
        if self.quoted_item and "上述" in chunk.text and (undone := _ITEM_UNDONE.match(chunk.text)):
            # …，决定撤销对杜海峰先生的上述聘任: the item quoted before, undone for the one named
            quoted, self.quoted_item = self.quoted_item, ""
            match = read_frame(quoted.removeprefix("同意"), ("decision",), None, [], self.accept_posts)
            who = read_person_slot(undone.group("who"))
            if match is not None and who is not None and set(who.persons) & set(match.persons):
                if self.emit("remove", who.persons, match.posts, chunk, "撤职"):
                    self.decisive = True
                    return
        if chunk.text in _ITS_POST_UNDONE and self.last_events and all(e.action == "remove" for e in self.last_events):
            return  # 撤销…任命X为Y(试用期一年)的决定，撤销其试用职务: the post just undone, said again
        if chunk.text.startswith(("同时撤销", "并撤销")) and "决定" in chunk.text:
            # …，撤销其试用职务；同时撤销该文中任命X兼任Y的决定: a second decision of the same notice, undone
            cut = chunk.text.index("撤销")
            chunk = Chunk(chunk.text[cut:], chunk.start + cut, chunk.sep)
        if chunk.text.startswith("撤销") and chunk.text[2:].startswith(_IN_THAT_DOCUMENT):
            # 撤销该文件中任命吐逊古丽·艾山为…的决定: the decision, wherever it was written
            cut = 2 + next(len(w) for w in _IN_THAT_DOCUMENT if chunk.text[2:].startswith(w))
            chunk = Chunk("撤销" + chunk.text[cut:], chunk.start + cut - 2, chunk.sep)
        if chunk.text.startswith("撤销") and (made_by := _REVOKED_MADE_BY.match(chunk.text)):
            # 撤销2024年12月26日某常委会第二十三次会议关于任命X为…的决定: the meeting that made it, no post
            rest = chunk.text[made_by.end() :]
            lead = "撤销" if rest.startswith("关于") else "撤销关于"
            chunk = Chunk(lead + rest, chunk.start + made_by.end() - len(lead), chunk.sep)
        if chunk.text.startswith(("该文件中", "文件中", "上述文件中")) and (
            self.text[chunk.start + len(chunk.text) : chunk.start + len(chunk.text) + 1] == "、"
        ):
            ends = [at for mark in "。;" if (at := self.text.find(mark, chunk.start)) != -1]
            if _DECISIONS_REVOKED.match(self.text[chunk.start : min(ends, default=len(self.text))]):
                return  # 该文件中聘任A为X、聘任B为Y的决定一并撤销: the last part reads them all
        if self.confirm_list and chunk.sep == "," and chunk.text in vocab.CONFIRM_HEADS:
            return  # 高志远、李德胜同志试用期满，考核称职，予以正式任职，职务分别为: what the list does, said again
        if ")" in chunk.text[:8] and (other := _VERB_AND_ITS_OTHER.match(chunk.text)):
            # 聘任(任命)以下同志为…: the verb with its other name in brackets, one verb
            chunk = Chunk(other.group(1) + chunk.text[other.end() :], chunk.start, chunk.sep)
        if ")" in chunk.text[:6] and (roman := _ROMAN_ITEM.match(chunk.text)):
            # 自…起，(i)陈先生获委任为…；及(ii)黄先生不再担任…: items numbered inside a sentence
            chunk = Chunk(chunk.text[roman.end() :], chunk.start + roman.end(), chunk.sep)
        if "“" in chunk.text and (omitted := _OMITTED.match(chunk.text)):
            # 原文漏列“汪丽萍同志为某办公室副主任”，现予补充: the decision left out, added now
            at = chunk.start + omitted.start("decision")
            return self.read_chunk(Chunk(omitted.group("decision").rstrip("。;"), at, chunk.sep))
        if self.last_events and (took := _TAKES_OVER.match(chunk.text)):
            # 罗明贵同志任自强村党总支书记，冯国才同志不再担任 / 免去其…职务，由…冉启航同志接任(驻村两年):
            # the post just named, left by one and taken by another
            slot = read_person_slot(took.group("who"))
            if slot is not None and slot.score >= 2 and not slot.pronoun:
                action = "remove" if took.group("verb").startswith("不再") else "appoint"
                post = self.last_events[-1].post + (took.group("said") or "")
                if self.emit(action, slot.persons, post, chunk):
                    self.decisive = True
                    return
        if chunk.text.endswith("离任") and (left := _LEFT_AT_TERM_END.match(chunk.text)):
            # 公司第四届董事会非独立董事王永康先生，第四届董事会独立董事林清泉先生、梁淑贤女士因任期届满
            # 离任: each leaves the post that describes them (the one before the comma too)
            said = [*self.described_before, left.group("who")]
            slots = [read_person_slot(who) for who in said]
            if all(slot is not None and slot.described_as and slot.score >= 2 for slot in slots):
                made = []
                for slot in slots:
                    if self.emit("remove", slot.persons, slot.described_as, chunk):
                        made += self.last_events
                self.described_before, self.last_events, self.decisive = [], made, True
                if made:
                    return
        if chunk.sep == "," and chunk.text.endswith(HONORIFICS) and len(chunk.text) <= 40:
            slot = read_person_slot(chunk.text)
            if slot is not None and slot.described_as and slot.score >= 2 and split_title(slot.described_as)[1]:
                self.described_before.append(chunk.text)  # 公司第四届董事会非独立董事王永康先生, …离任
        else:
            self.described_before = []
        if adverb := _ADVERBS_BEFORE_LEAVING.match(chunk.text):
            # …不再担任公司独立董事职务，亦不再担任…职务: the same person, one more post left
            cut = adverb.end()
            chunk = Chunk(chunk.text[cut:], chunk.start + cut, chunk.sep)
        if "通过" in chunk.text and (passed := _PASSED_THEN_VERB.search(chunk.text)):
            # 董事会已审议通过委任伍詠詩女士为…: the verb after 通过 says what was decided (no one named 委任)
            chunk = Chunk(chunk.text[passed.end() :], chunk.start + passed.end(), chunk.sep)
        if (
            chunk.sep == ":"
            and self.text[chunk.start - 1 : chunk.start] in ("", "。", ";", ":")  # (下列同志…，不再担任X：: theirs)
            and (titled := _VERB_TITLE_HEAD.match(chunk.text))
            and self.names_follow(chunk)
        ):
            # 不再担任机关纪委书记职务：赵峰（另有任用）: the title said in the head, the names after it
            verb, title = titled.group("verb"), titled.group("title")
            if split_title(title)[1] and not title.startswith(("下列", "以下", "如下")):
                said = (
                    f"{verb}下列同志为{title}"
                    if verb in ("任命", "聘任")
                    else f"{verb.removeprefix('不再担任').removeprefix('不再兼任') or '免去'}下列同志的{title}职务"
                )
                chunk = Chunk(said, chunk.start, chunk.sep)
        if (
            chunk.sep == "。"
            and chunk.text.endswith(("议案》", "议案"))
            and _COMMITTEES_MOTION.search(chunk.text)
            # (…议案》。选举A先生为…: a sentence of its own decides, not a line-up below)
            and _COMMITTEE_LINE.match(self.text, chunk.start + len(chunk.text) + 1)
        ):
            # 审议通过了《关于第七届董事会各专门委员会组成人员的议案》 / 战略发展委员会：常建勋(主任委员)、…
            self.action = self.head_action = "appoint"
            # (the motion's title names the board; the line-up's own labels say the seats as meant)
            self.heading_org = None
            self.decisive, self.items_pending, self.list_in_next_sentence = True, True, True
            return
        if (
            "、" in chunk.text
            and chunk.text.startswith(("聘任", "任命", "委任", "提任"))
            and (cuts := [m for m in _NEXT_NAME_FOR.finditer(chunk.text) if name_score(m.group("who")) >= 2])
            and _NAME_FOR.match(chunk.text, 2)
        ):
            # 聘任张慧敏为副行长、其木格为行长助理: two items of one verb, each name with its post
            verb, at = chunk.text[:2], 0
            for m in [*cuts, None]:
                end = m.start() if m else len(chunk.text)
                part = chunk.text[at:end] if at else chunk.text[2:end]
                if at and _bare_title(part.split("为", 1)[1]):
                    # (聘任梅一帆为某研究所所长、柏松为副所长: the bare title at the body said before, as after a comma)
                    self.read_chunk(Chunk(part, chunk.start + at, chunk.sep if m is None else ","))
                else:
                    self.read_chunk(Chunk(verb + part, chunk.start + max(at - 2, 0), chunk.sep if m is None else ","))
                at = m.start() + 1 if m else at
            return
        if (
            chunk.text.startswith("召回")
            and (slot := read_person_slot(_REASON_AFTER_HONORIFIC.sub(r"\1", _BRACKETED_END.sub("", chunk.text[2:]))))
            and slot.described_as
            and slot.score >= 2
            and split_title(slot.described_as)[1]
        ):
            # 召回娜姑镇白雾村第一书记、驻村工作队队长赵全有同志(长期不在岗): the posts that describe the person
            if self.emit("remove", slot.persons, slot.described_as, chunk, "召回"):
                self.decisive = True
                return
        if self.head_verb == "撤销关于" and chunk.text.startswith("“") and chunk.text.endswith("”"):
            chunk = Chunk(chunk.text[1:-1], chunk.start + 1, chunk.sep)  # 一、“于海波同志任某局副局长”: the item quoted
        if chunk.text.startswith(("分别", "均")) and chunk.text.lstrip("分别均").startswith(_LEADING):
            # …挂职期满，分别免去其A、B职务: each the post in its place, no one named 分别
            cut = len(chunk.text) - len(chunk.text.lstrip("分别均"))
            chunk = Chunk(chunk.text[cut:], chunk.start + cut, chunk.sep)
        if (
            chunk.text in _STATE_ENDINGS
            and chunk.start == self.state_end + 1
            and not self.state_posts
            and (left := _POST_LEFT_AFTER.match(self.text, chunk.start + len(chunk.text) + 1))
            and split_title(left.group("post"))[1]
        ):
            self.state_posts = left.group("post")  # 郑国强聘期届满，不再续聘。(原任某公司副总经理): the post left
        if (
            chunk.text.startswith("不再")
            and chunk.start == self.state_end + 1
            and self.text[self.state_end] == ","
            and not self.state_posts  # (…副总经理何建华同志任期届满，不再担任该职务: the post said, read so)
            and "其" not in chunk.text  # (不再委派其担任…: the person said again)
        ):
            # 徐海波同志挂职期满，不再挂任某委副主任: the one whose state was just said
            chunk = Chunk(PRONOUNS[0] + chunk.text, chunk.start, chunk.sep)
        if chunk.sep == "," and chunk.text.startswith("不设") and len(chunk.text) <= 8:
            return  # 不设董事会，设执行董事一名：何俊杰: what the company has not, then what it has
        after_heading, self.at_heading = self.at_heading, False
        if chunk.start in self.line_of.parts:
            self.parts_seen = True
            if self.heading_org and not self.heading_over_parts:
                self.heading_org = (
                    None  # 三、聘任尹婧为…: a new part of the notice, under none of the last one's headings
                )
        elif (
            self.heading_org
            and self.heading_in_part
            and chunk.start in self.line_of.numbered
            and chunk.sep == ":"
            and chunk.text in SECTION_HEADS
        ):
            self.heading_org = None  # (二)… / 信息工程系 / … / (三)解聘: the next part, under none of its headings
        if chunk.start in self.line_of.numbered:
            self.numbered_seen = True
        if (
            self.composition
            and chunk.start in self.line_of.parts
            and chunk.text not in _COMPOSITION_PARTS
            and not _COMPOSITION.match(chunk.text)
            and not (chunk.text.endswith("人)") and _BOARD_WITH_COUNT.match(chunk.text))
            and not _is_heading(chunk.text)  # (二、数学与计算机学院 / 院长：邱明: the next unit's roster)
            # (一、中层干部 / 二、年级组长: a part by the kind of people in its rosters)
            and not chunk.text.endswith(("干部", "组长", "负责人", "班子", "成员", "人员"))
        ):
            self.composition, self.action = False, None  # 二、其他说明: the rosters are over
        if self.class_before and chunk.text.startswith(_PROBATION_WORDS):
            if self.mark_word and not self.mark_word_qualifiers:
                self.mark_word_qualifiers = [chunk.text]
            return  # (首次聘任为…的同志，试用期一年: the class's probation, not every item's)
        if self.class_before and _CLASS_POSTS_LEFT.match(chunk.text):
            return  # (轮换、召回的第一书记，免去其驻村第一书记职务: the rule for the rows the list names)
        self.class_before = False
        if (
            chunk.text.startswith(("正式", "予以正式", "同意正式"))
            and (formal := _FORMAL_NAMED.match(chunk.text))
            and "试用期" in self.text[max(0, chunk.start - 60) : chunk.start]
            and (slot := read_person_slot(formal.group("who"))) is not None
            and slot.score >= 2
        ):
            # 试用期满，经考核合格，…决定，正式聘任涂晓红同志为某所副所长: the probation passed, the post confirmed
            # (正式任命黄明为某局副局长、班永红为某局副局长: each the post after the name)
            pairs = [(slot.persons, formal.group("posts"))]
            while (more := _NEXT_NAMED_POST.search(pairs[-1][1])) and (
                (next_slot := read_person_slot(more.group("who"))) is not None and next_slot.score >= 2
            ):
                pairs[-1:] = [(pairs[-1][0], pairs[-1][1][: more.start()]), (next_slot.persons, more.group("posts"))]
            if all([self.emit("confirm", persons, posts, chunk) for persons, posts in pairs]):
                self.decisive = True
                return
        if self.events and "试用期" in chunk.text and (named := _NAMED_PROBATION.match(chunk.text)):
            found = read_names(named.group("names"))
            if found and found[1] >= 2 and self.named_probation(found[0], named.group("q")):
                return  # 以上同志中，刘振华、苏晓燕同志任职试用期一年: those named, of the events above
        marked = chunk.text.removeprefix("其中")  # (其中首次聘任人员试用期六个月: of those the list names)
        if marked.startswith(FIRST_APPOINTMENT_MARKS) and (legend := _WORD_LEGEND.match(marked)):
            self.mark_word, self.mark_word_qualifiers = legend.group("word"), [legend.group("q")]
            return  # 首次聘任的试用期为一年: for each row marked (首次聘任)
        if self.conditional or (chunk.text.startswith(_IF) and chunk.sep == ","):
            # 若宁海燕女士经股东大会选举为独立董事，董事会同意其同时担任…: only if, nothing decided yet
            self.conditional = True
            return
        if chunk.sep == "," and chunk.text.endswith("的") and chunk.text.startswith(("未", "凡", "没有")):
            # 原聘任期满的科室负责人，未列入本次聘任名单的，其原聘职务…: 其 is whoever is so, no one named
            if not find_mentions(chunk.text):
                self.persons, self.last_events = [], []
                return
        if _CLASS_TERM_ENDED.match(chunk.text) and not find_mentions(chunk.text):
            self.persons, self.last_events = [], []
            return
        if chunk.sep == "," and _CLASS_SENT_BACK.match(chunk.text) and not find_mentions(chunk.text):
            self.persons, self.last_events, self.class_before = [], [], True
            return
        if chunk.text.endswith(_CLASS_ENDS) and _CLASS_OF_PEOPLE.match(chunk.text) and not find_mentions(chunk.text):
            # 首次聘任为中层正、副职的同志，试用期一年: whoever is so, no one named; the list names them
            self.persons, self.last_events, self.class_before = [], [], True
            if word := _MARK_WORD.match(chunk.text):
                self.mark_word, self.mark_word_qualifiers = word.group(), []
            return
        if (
            chunk.text.endswith(("工作", "学校", "单位"))
            and (moved := _TRANSFERRED.match(chunk.text))
            and name_score(moved.group(1)) >= 2
        ):
            self.persons = [moved.group(1)]  # 胡建军同志调县卫生健康委员会工作，其…职务自然免除: whom 其 means
            return
        if self.resigned is not None:
            resigned, self.resigned = self.resigned, None
            if _TAKES_EFFECT.match(chunk.text) or _RESIGNATION_APPROVED.match(chunk.text):
                # 邓建华先生辞去本行董事长职务，自本次董事会审议通过之日起生效: resigned, with effect
                # (刘春生同志辞去公司董事会秘书职务，董事会予以同意: resigned, and accepted)
                self.read_chunk(Chunk("同意" + resigned.text, resigned.start, resigned.sep))
                return
        if chunk.sep == "," and chunk.text.endswith("职务") and "辞去" in chunk.text:
            if said := _resigns(chunk.text):
                self.resigned = Chunk(said, chunk.start, chunk.sep)
            elif (
                chunk.text.startswith("辞去")
                and before is not None
                and before.sep == ","
                and before.start + len(before.text) + 1 == chunk.start
                and (said := _resigns(before.text + chunk.text))
            ):
                # 刘春生同志因工作调动，辞去…职务: the reason said apart, the same person resigning
                self.resigned = Chunk(said, before.start, chunk.sep)
        if self.group is not None and "见附" in chunk.text and (annex := _SEE_ANNEX.search(chunk.text)):
            if annex.group(1) not in self.annex_groups and self.group not in self.annex_groups.values():
                self.annex_groups[annex.group(1)] = self.group  # 委派以下同志担任…，任期三年(名单见附表1)
                self.group.annex_pending = True
        if self.group_antecedent:
            who, self.group_antecedent = self.group_antecedent, ""
            if (verb := _VERB_THEN_PRONOUN.match(chunk.text)) is not None:
                # 柴永福等5名同志召回派出单位，免去其…职务(名单见附件2): 其 is the group named before
                chunk = Chunk(f"{verb.group(1)}{who}的{chunk.text[verb.end() :]}", chunk.start, chunk.sep)
            elif (annex := _SEE_ANNEX.search(chunk.text)) and _WHERE_LISTED.sub("", chunk.text) in SECTION_HEADS:
                # 王德全等3名同志聘期届满，不再续聘(名单见附件2): the annex's rows, each with its own post
                self.annex_actions[annex.group(1)] = SECTION_HEADS[_WHERE_LISTED.sub("", chunk.text)]
                self.decisive = True
                return
        if (
            chunk.sep == ","
            and (named := _GROUP_THEN_STATE.match(chunk.text))
            and not decision_verbs().search(chunk.text, named.end("who"))
        ):
            self.group_antecedent = named.group("who")  # (said of the group, no decision: whom 其 means next)
        if (
            self.action is None
            and chunk.text.startswith(tuple(LIST_ONLY_VERBS))
            and (sent := _GROUP_SENT.match(chunk.text))
        ):
            # 选派杨振东等10名同志任驻村第一书记(名单见附件1): a group sent, its list elsewhere
            self.action = LIST_ONLY_VERBS[sent.group("verb")]
            self.decisive, self.sentence_ended = True, False
        if ("注:" in self.text or "说明:" in self.text) and self._in_table_legend(chunk):
            return  # 注:任免栏“任”为任新任职务，“免”为免去原任职务: how the table is read, no decision
        if chunk.text.startswith(("希望", "望受聘", "望被聘", "望新任", "望上述", "望以上")):
            return  # 希望受聘同志切实履行岗位职责: an exhortation to those appointed, no decision
        if chunk.text.startswith(("根据", "依据")) and chunk.sep == "," and not decision_verbs().search(chunk.text):
            return  # 根据县监察委员会主任郑国良的提请(…), 会议决定: on what the decision rests, no item
        if chunk.sep == "。" and chunk.text.endswith(_PROPOSED_PART_ENDS) and _PROPOSED_PART.match(chunk.text):
            return  # 二、市人民检察院检察长提请任免的人员: who proposed the part below, no decision
        if chunk.text.endswith(LEFT_TO_PROCEDURE) or (
            "程序" in chunk.text and LEFT_TO_PROCEDURE_DONE.search(chunk.text, len(chunk.text) - 24)
        ):
            if (
                self.last_events
                and self.text[chunk.start - 1 : chunk.start] == ","
                and (left := _POST_LEFT_TO_PROCEDURE.match(chunk.text))
            ):
                # 挂任某县委常委、副县长(挂职时间两年)，副县长职务按法律程序办理: that post is
                # another body's to decide; the clause before named it as if decided
                title = left.group("title")
                dropped = [e for e in self.last_events if e.action == "appoint" and e.post.endswith(title)]
                if dropped and len(dropped) < len(self.last_events):
                    self.events = [e for e in self.events if all(e is not d for d in dropped)]
                    self.last_events = [e for e in self.last_events if all(e is not d for d in dropped)]
            return  # 其某县副县长职务按有关法律程序办理: another body's step, not decided here
        if chunk.text.endswith(POSTS_UNCHANGED):
            return  # 其在派出单位的职务保持不变: what stays as it was, no decision
        if chunk.text.endswith("一事") and self.text.startswith(_DONE_ELSEWHERE, chunk.start + len(chunk.text) + 1):
            return  # 聘任王建华为所长助理一事，另文下发: a decision another document makes
        if chunk.text.endswith(_INTERIM_ENDS) and (interim := _INTERIM_OF.match(chunk.text)):
            post = interim.group("post").removeprefix("新任").removeprefix("新的")  # (在新任总经理到任前: a bare title)
            if all(split_title(post)):
                # 附属医院院长职务空缺期间 / 在某学院院长聘任前: the post someone acts in next, named
                self.interim_post = post
                return
        if self.interim_post:
            title = split_title(self.interim_post)[1]
            if f"代理{title}" in chunk.text and not _PLACE_OR_BODY_BEFORE.search(chunk.text.split(f"代理{title}")[0]):
                # 暂由常务副院长孙立权代理院长职务: the 院长 of the post left empty
                chunk = Chunk(chunk.text.replace(f"代理{title}", f"代理{self.interim_post}", 1), chunk.start, chunk.sep)
            self.interim_post = ""
        if chunk.text.startswith("由") and self.last_events and (successor := _SUCCEEDED_BY.match(chunk.text)):
            left = [e for e in self.last_events if e.action == "remove"]
            slot = read_person_slot(successor.group("who"))
            if left and len(left) == len(self.last_events) and slot is not None and slot.score >= 2:
                # 免去刘海涛同志的某委员会主任职务，由许文龙同志担任: the post left, taken by the one named
                posts = [e.post for e in left]
                if title := successor.group("title"):  # (由Y担任审计委员会主任委员: a post of its own, as written)
                    # 由祁红同志接任监事会主席: takes over the very post left, written short
                    took_over = "接任" in chunk.text or "继任" in chunk.text
                    posts = [post for post in posts if took_over and post.endswith(title)]
                if posts:
                    made = [self.emit("appoint", slot.persons, post, chunk) for post in dict.fromkeys(posts)]
                    if any(made):
                        return
                elif title and successor.group("verb") in ("兼任", "任") and split_title(title)[1]:
                    # 马立国同志不再兼任院学术委员会秘书长职务，由宁晓菲同志兼任院学术委员会秘书长: the post as written
                    how = ("兼任",) if successor.group("verb") == "兼任" else ()
                    if self.emit("appoint", slot.persons, title, chunk, how):
                        return
        if chunk.text.startswith("任") and not self.head_verb and _APPOINTED_AS.match(chunk.text):
            # 何志勇同志任…；任杜娟同志为某部副部长: no list head makes X同志为 an item, so 任 is 任命
            chunk = Chunk("任命" + chunk.text[1:], chunk.start, chunk.sep)
        if "由" in chunk.text and (taken := _POST_TAKEN_BY.match(chunk.text)) and _ends_post(taken.group("post")):
            # 某医院医务部主任由程立伟同志担任(试用期半年): the post first, then who takes it
            post = taken.group("post")
            if (held := _HELD_BY.match(post)) and name_score(held.group(1)) >= 2:
                post = held.group(2)  # 杨德顺同志的某镇党委书记职务由普春燕同志接任: the post, not who left it
            text = f"{taken.group('who')}{taken.group('verb')}{post}{taken.group('rest')}"
            chunk = Chunk(text, chunk.start, chunk.sep)
        if chunk.text.startswith(_WHILE_HELD) and self.persons and chunk.text[4:].startswith(_DECIDED_WHILE_HELD):
            chunk = Chunk(PRONOUNS[0] + chunk.text[4:], chunk.start, chunk.sep)  # 代理期间不再担任…: the acting one
        if "延长" in chunk.text and (longer := _TERM_OF_POST_EXTENDED.match(chunk.text)):
            # 何志远同志挂职任某局副局长的挂职期限延长至2025年8月31日: the post held on, for longer
            chunk = Chunk(f"{longer.group('clause')}({longer.group('term')})", chunk.start, chunk.sep)
        elif chunk.text.startswith(_EXTENDING) and (until := _EXTENDED_UNTIL.match(chunk.text)):
            # 延长王五同志挂任某县副县长的挂职期限至2025年1月: the post held on, to that day
            chunk = Chunk(f"{until.group('clause')}({until.group('until')})", chunk.start, chunk.sep)
        if (
            ("选派" in chunk.text or "接收" in chunk.text)
            and (sent := _SENT.match(chunk.text))
            and _sent_names(sent.group("who"))
        ):
            # 选派张三同志(某学院副院长)挂职任某区副区长: who is sent is the clause's subject
            # (某指挥部选派干部A、B同志分别挂职任…: the names, then each post in its place)
            chunk = Chunk(chunk.text[sent.end() :], chunk.start, chunk.sep)
        if any(word in chunk.text for word in _GONE_WORDS) and (moved := _POSTED_TO.search(chunk.text)):
            if moved.group("body").startswith(("我", "本")):  # 来我校挂职，挂职任…: the issuer's own, said of no post
                chunk = Chunk(
                    chunk.text[: moved.start()] + moved.group("how") + chunk.text[moved.end() :], chunk.start, chunk.sep
                )
            elif _ORGANISATION_END.search(moved.group("body")):
                # 刘洋同志下派到某分院任副院长: the body gone to is the post's (…挂职任某分院副院长),
                # unless the post names its body itself (到剑河县公安局挂职，任剑河县公安局…)
                rest = chunk.text[moved.end() :]
                first = _FIRST_CLAUSE.match(rest).group().split("(")[0]
                # (到马街社区挂职，任马街社区党委副书记: the post names the body itself)
                body = moved.group("body") if _relative(first) and not first.startswith(moved.group("body")) else ""
                chunk = Chunk(chunk.text[: moved.start()] + moved.group("how") + body + rest, chunk.start, chunk.sep)
        if chunk.sep == ":" and self.cites_decision and chunk.text.endswith(("更正如下", "补充如下")):
            # 《…任职的通知》部分内容有误，现更正如下：the corrections of a decision decide (a web
            # page's 更正说明, titled by no personnel word)
            self.decisive = True
        if (
            chunk.sep == ":"
            and chunk.text.endswith(_CORRECTED_TO_VERBS)
            and self.corrected_from is None  # (…有误，现更正为： read the clauses after it already)
            and _QUOTED_TEXT.search(chunk.text)
            and not _QUOTED_TEXT.sub("", chunk.text).endswith(("有误更正为", "有误现更正为"))
            and self.correction(chunk)
        ):
            return  # 原文“…”更正为： / the right text, unquoted, in the next chunk
        if chunk.sep == ":" and _CORRECTED_AS.match(chunk.text):
            self.corrected_from, self.decisive = len(self.events), True  # …有误，现更正为: / 杨德盛同志任…
            # (SPEC §7: the right text takes the corrected notice's day, its probations counted from it)
            self.corrected_day, self.effective = self.effective, self.corrected_notice_day(chunk.start)
            self.recounting = False  # (…印发的《…》中，“…”有误，现更正为: the colon ends what was recounted)
            return
        if ("为“" in chunk.text or '为"' in chunk.text) and self.correction(chunk):  # …应为“…”, …更正为“…”
            return  # a correction stands even in a sentence that recounts the notice it corrects
        if "撤销" in chunk.text and ("“" in chunk.text or "免去其" in chunk.text) and self.revoked_quoted(chunk):
            return
        if (
            self.recounting
            and chunk.sep == ":"
            and chunk.text.endswith(_REVOKED_BELOW_ENDS)
            and _REVOKED_BELOW.search(chunk.text)
        ):
            self.recounting = False  # 印发的《…》…，文件中的下列任职决定同时撤销: what follows is revoked
        elif (
            self.recounting
            or (
                ("《" in chunk.text or "文件" in chunk.text)
                and RECOUNT.search(chunk.text)
                and not chunk.text.startswith(_REVOKING)
            )
            or (chunk.text[:2].isdigit() and self.decided_before(chunk.text))
        ):
            self.recounting = chunk.sep != ":"  # until the sentence ends, or a colon says what follows
            if chunk.text.startswith(("任命", "聘任", "委派")) and "为" in chunk.text:
                self.quoted_item = chunk.text  # …印发《…》，任命任志明同志为…: recounted, that 撤销…上述任职决定 undoes
            if (cited := _CITED_TITLE.search(chunk.text)) and any(w in cited.group() for w in PERSONNEL_TITLE_WORDS):
                self.cites_decision = True  # 本网站发布的《…关于谭明辉等同志挂职任职的通知》: a decision recounted
            self.persons = find_mentions(chunk.text)[-1:] or self.persons
            return
        if "主持" in chunk.text and (presiding := _PRESIDING.match(chunk.text)):
            # 由张琳同志暂时主持某实验室工作: a duty, no post; but whom the 其 after it means
            if (found := read_names(presiding.group("who"))) and found[1] >= 2:
                self.persons = found[0]
                return
        if not self.events and chunk.text.startswith("试用期") and _PROBATION_START.match(chunk.text):
            self.probation_since = chunk.text  # said before the list: for its probations, read below
            return
        if self.pending_confirm and chunk.text.startswith(("延长试用期", "试用期延长")):
            self.pending_confirm = None  # 姚远同志试用期满，…，延长试用期六个月: not confirmed, nothing decided
            return
        if self.mark_collecting and chunk.text.startswith(("试用期", "自")):
            self.mark_qualifiers.append(chunk.text)
            return
        # A form whose opening test fails is not called at all (the same test, made here).
        if (
            chunk.sep == ","
            and chunk.text.endswith(("同志", "人员", "届满", "期满", "召回", "单位", "已满", "年龄", "到龄"))
            and (subject := GROUP_SLOT.match(chunk.text))
        ):
            self.group_subject = True  # 下列同志任期届满, …: the verb follows, the names below
            self.list_title = ""
            self.group_title = subject.group("title") or ""
            self.close_group()  # (a list of its own: the group above has ended)
            return
        if (self.annex_groups or self.annex_actions) and chunk.text.startswith("附") and self.annex_opens(chunk):
            return
        if self.action is None and chunk.text.endswith("通过)") and _ADOPTION.search(chunk.text):
            self.action = "appoint"  # (…常务委员会第一次会议通过) over a roster: the list adopted
            return
        if (
            "正式" in chunk.text
            and (
                chunk.sep == ":"
                # 经考核合格，…决定，正式任职。名单如下： the list after the sentence that confirms
                or (chunk.sep in ("。", ",") and _LIST_BELOW.match(self.text, chunk.start + len(chunk.text) + 1))
                # 谷晓峰等10名同志试用期满，考核合格，正式任职。现通知如下： / 1．谷晓峰 保定分行副行长
                or (
                    chunk.sep == "。"
                    and _NOTIFIED_BELOW.match(self.text, chunk.start + len(chunk.text) + 1) is not None
                    and _GROUP_IN_SENTENCE.search(self.text, self.text.rfind("。", 0, chunk.start) + 1, chunk.start)
                    is not None
                )
                # (…决定正式任职，任职时间从试用期开始之日起计算。名单如下：: a clause of the time between)
                or (
                    chunk.sep == ","
                    and (stop := self.text.find("。", chunk.start)) != -1
                    and _LIST_BELOW.match(self.text, stop + 1) is not None
                )
            )
            and _CONFIRMED_BELOW.match(chunk.text)
        ):
            # 同意以下同志正式任职： / 1．陈嘉豪，国土空间规划处副处长: the rows below confirm
            self.action, self.decisive, self.items_pending, self.sentence_ended = "confirm", True, True, False
            self.heading_org, self.confirm_list = None, True
            self.list_in_next_sentence = chunk.sep != ":"
            return
        if (
            chunk.sep == ","
            and chunk.text.endswith("选举结果")
            and _APPROVED_RESULTS.match(chunk.text)
            and (plenary := _PLENARY_OF.search(chunk.text))
        ):
            # 同意中共某镇纪律检查委员会第一次全体会议选举结果，吴国强同志为书记: that committee's officers
            self.action, self.decisive = "appoint", True
            self.heading_org = self.subject_org = plenary.group("body")
            return
        if (
            chunk.sep in ("。", ",")
            and chunk.text.endswith("选举结果")
            and _APPROVED_RESULTS.match(chunk.text)
            and (
                _LIST_BELOW.match(self.text, chunk.start + len(chunk.text) + 1)
                # (同意你们的选举结果。新一届支部委员会任期三年。现批复如下：: a sentence of the term between)
                or _REPLIED_BELOW.match(self.text, chunk.start + len(chunk.text) + 1)
                # (同意选举结果。 / 中共某镇委员会由…等7名委员组成，张三为书记: the body's line-up next)
                or (chunk.sep == "。" and _COMPOSED_NEXT.match(self.text, chunk.start + len(chunk.text) + 1))
            )
        ):
            # 经县委常委会会议研究，同意选举结果。现将…名单通知如下: / 党委书记:刘永刚
            self.action, self.decisive, self.items_pending, self.sentence_ended = "appoint", True, True, False
            self.list_in_next_sentence = True
            return
        if (
            chunk.text.endswith(("情况", "名单", "组成人员", "成员"))
            and _COMPOSITION.match(chunk.text)
            # (一、董事会换届选举情况 / 公司第四届董事会由7名董事组成，…提名…: told in prose, no roster)
            and _ROSTER_AHEAD.match(self.text, chunk.start + len(chunk.text) + 1) is not None
        ):
            self.action = "appoint"  # 一、第四届董事会组成情况 / 1、董事长：李建疆先生: the rosters below
            company = self.heading_org if self.heading_org and self.heading_org.endswith(_COMPANIES) else None
            # (三、某置业有限公司 / (二)监事会成员：…: that company's board, under its heading still)
            self.heading_org = company if _boards_of_a_company(chunk.text) else None
            self.at_heading, self.decisive = True, True
            self.composition = True
            body = _BOARDS_OF.sub("", _COMPOSITION_TAIL.sub("", chunk.text))
            if len(body) >= 4 and body.endswith(_COMPANIES) and not _SENTENCE_WORDS.search(body):
                self.heading_org = body  # 某公司第二届董事会、监事会组成人员: that company's boards, not the issuer's
            return
        if chunk.text.endswith("专门委员会") and _COMMITTEES_FORMED.match(chunk.text):
            # 董事会同意选举以下董事组成公司第五届董事会各专门委员会，任期…： / 战略委员会：刘卫东(主任委员)、…
            self.action, self.decisive, self.composition, self.sentence_ended = "appoint", True, True, False
            return
        if chunk.sep == ":" and chunk.text.endswith(("组成", "组成人员")) and _COMMITTEES_COMPOSED.match(chunk.text):
            # 调整第二届董事会专门委员会组成： / 风险管理委员会：主任委员蒲玉兰，委员何伟: each committee's seats
            self.action, self.decisive, self.composition = "appoint", True, True
            return
        if chunk.text.endswith("如下") and _ROSTERS_PUBLISHED.match(chunk.text):
            # 新一届二级学院领导班子聘任名单公布如下 / 一、某学院 / 院长：钟伟华: the units' rosters below
            self.action, self.decisive, self.composition = "appoint", True, True
            self.heading_org, self.at_heading = None, True
            return
        if self.composition and (
            (chunk.text.endswith("人)") and _BOARD_WITH_COUNT.match(chunk.text)) or chunk.text in _COMPOSITION_PARTS
        ):
            self.at_heading = True  # (一)董事会(7人) / 董事长：罗光明: a part of the composition, its rosters below
            return
        if self.action is None and chunk.text.endswith("名单") and _ADOPTED_LIST.match(chunk.text):
            self.action = "appoint"  # 通过各专门委员会主任委员、副主任委员和委员名单: the rosters below
            return
        if self.grid_label is not None:
            if chunk.start in self.line_of.grids:
                self.roster_label = self.grid_label  # 委员: / 马军 王晓东 / 叶新华 李志强: the same seats
            self.grid_label = None
        if self.roster_label is not None and self.roster_item(chunk):
            return
        if self.group is not None and self.group.posts and self.group_names(chunk):
            return
        # a roster line of the list open, or of one of its units' headings (机械工程学院 / 车辆工程系主任:刘畅)
        # (决定聘任以下同志为各系负责人。 / 土木工程系:主任袁立群: the list its intro announced, not yet read)
        listing = self.group or (
            self.action
            and (
                after_heading
                or not self.sentence_ended
                or self.items_pending
                # …选举产生了第四届理事会、监事会。…如下: / 第四届理事会理事: 王晓东、卫建勋: the seats elected
                or (self.action == "appoint" and _SEATS_LABEL.match(chunk.text) is not None)
                # 1.某研究室　主任：周立平 / 2.某研究室　主任：郑凯: the next numbered roster line of the list
                or (self.last_events and chunk.start in self.line_of.numbered)
            )
        )
        if (
            not listing
            and self.action is None
            and after_heading
            and chunk.sep == ":"
            and self.heading_org
            and self.heading_org.endswith(("公司", "集团", "银行"))
            and self.heading_numbered  # (not the signature's 某公司 / 执行董事：冯志坚)
            and all(map(_bare_title, chunk.text.split("、")))  # (党委书记、执行董事：普文华: two seats)
            and self.roster(chunk)
        ):
            # 现就有关事项通知如下： / 一、某物流发展有限公司 / 董事长：孙海波: a company's seats filled
            self.action = "appoint"
            return
        if chunk.sep == ":" and listing and self.roster(chunk):
            return
        if (
            chunk.sep == ":"
            and not listing
            and _is_heading(chunk.text)
            and (
                self.text.startswith(_LEADING, after := chunk.start + len(chunk.text) + 1)
                # 一、某煤业有限公司：王建伟同志任党委书记…: a name and its verb after the body's colon
                or _NAME_THEN_ITS_VERB.match(self.text, after) is not None
            )
        ):
            if self.heading_org and self.heading_org.endswith(_COMPANIES) and _boards_of_a_company(chunk.text):
                return  # 一、某供水集团有限公司 / 监事会：委派…: a part of the company's, the company's still
            # 一、临床科室 / 1．心血管内科：聘任王晓军为主任: the unit its clauses are of (一、太平镇 / 东风村：…)
            self.heading_org = _village_of_township(self.heading_org, chunk.text)
            self.headings_seen.add(chunk.text)
            return
        if (chunk.sep == ":" and self.section_head(chunk)) or (
            chunk.text.startswith(BACKGROUND_OPENERS) and self.background(chunk)
        ):
            return
        if self.requested and chunk.text.endswith("生效") and self.effective_resignation(chunk):
            return  # 已辞任…职务，自二零二一年十二月三日起生效: the resignation told, in force
        if chunk.text.startswith(
            ("至", "到", "自", "从", "任期", "聘期", "续聘期", "聘任期", "期限", "任职时间", "新一届", "本届")
        ) and PERIOD_CHUNK.match(chunk.text):
            self.period_start(chunk.text, self.last_events)  # 试用期一年，自2021年9月1日起计算
            if _PROBATION_JUST_BEFORE.search(self.text, max(0, chunk.start - 12), chunk.start):
                self.probation_ends_on(chunk.text, self.last_events)
            return
        if (m := _TERM_SUBJECT.match(chunk.text)) and PERIOD_CHUNK.match(
            period := _PROBATION_OF_THEM.sub("", chunk.text[m.end() :])  # (以上同志试用期自…起计算)
        ):
            self.period_start(period, self.events)  # 上述同志任职时间从2023年6月8日起计算
            return  # 上述新聘人员任期自…起至…止: the term of the list above
        if chunk.text.startswith(_ASKED_OF_ANOTHER_BODY_OPENERS) and _ASKED_OF_ANOTHER_BODY.match(chunk.text):
            return  # …，提请县纪委全会免去其县纪委书记职务: that body's decision to make, not this one
        if chunk.text.startswith(PROPOSAL_OPENERS) and not COMMITTEE_WITH_VERB.match(chunk.text):
            # 推荐邓国庆同志为…人选，免去其…: whom the 其 after it means
            if (m := _PROPOSED.match(chunk.text)) and (slot := read_person_slot(m.group(1))) and slot.score >= 2:
                self.persons = slot.persons
            # (the same clause only: 提名X为…候选人；Y同志任…: the next item is decided)
            self.proposed_until = min(
                (at for mark in "。;" if (at := self.text.find(mark, chunk.start)) != -1), default=len(self.text)
            )
            return
        if (
            chunk.sep == ":"
            and chunk.text in _RESPECTIVE_POSTS_LEFT
            and before is not None
            and before.sep == ","
            and (members := _MEMBERS_BELOW.match(before.text))
        ):
            # 某公司第一届董事会、监事会下列成员任期届满，不再担任相应职务： / 何永红同志的董事长、董事职务:
            # the people below, each leaving the posts named, at the body named before them
            self.read_chunk(Chunk("以下同志" + chunk.text, chunk.start, chunk.sep))
            if body := _BOARDS_OF.sub("", members.group("body")):
                self.heading_org = body
            return
        if chunk.start < self.proposed_until and _NAMES_FOR_POSTS.match(chunk.text):
            return  # 建议某董事会聘任陈卫同志为总经理，龙海、吴桂芬同志为副总经理: proposed too, the same verb
        if self.rank_change(chunk):
            return  # 提名为某镇镇长候选人: proposed, not decided; 晋升为四级主任科员: a rank, no post
        if self.composition and chunk.sep == ":" and chunk.text.endswith("委员会") and self.roster(chunk):
            return  # 审计委员会：殷晓薇(召集人)、黎永昌: a committee's roster line, no heading of what follows
        if (
            (chunk.start in self.line_of.subheads or chunk.start in self.line_of.parts)
            and self.group is not None
            and not self.group.closed
            and "、" in self.group.posts
            and (title := _BRACKETED.sub("", chunk.text)) in self.group.posts
            and _bare_title(title)
        ):
            self.part_title = title  # 聘任以下同志为护士长、副护士长 / … / 二、副护士长: the part's title
            return
        if (
            (chunk.sep == "。" or (chunk.sep == ":" and self.action))
            and not self.pending_persons
            and self.heading(chunk)
        ):
            return  # 某市中级人民法院 / 某区人民检察院: then its items
        if (
            chunk.text.endswith(PERSON_STATES)
            or chunk.text.startswith(_EXTENDING)
            or ("延长" in chunk.text and _EXTENDED_AFTER.match(chunk.text))
            or (
                chunk.text.endswith(("届满", "期满", "到期"))
                and (_TERM_ENDED_ON.search(chunk.text) or _HELD_THEN_ENDED.match(chunk.text))
            )
        ) and self.person_state(chunk):
            return
        if "*" in chunk.text and _MARK_LEGEND.search(chunk.text):  # 标注*的同志 / 带*者为新任人员
            self.mark_qualifiers, self.mark_collecting = [], True  # its qualifiers follow
            return
        if "为新" in chunk.text and self.events and self.newly_promoted(chunk):
            return
        if chunk.text.endswith("名单") and chunk.text.startswith("不再") and self.caption(chunk):
            return  # 二、不再担任外部董事名单 under a table's last row: no removal of that row's person
        if chunk.text.startswith(_SUSPENDED) and chunk.text.endswith("职务"):
            return  # 暂停其大坪村村民委员会主任职务: a post suspended, no event (SPEC §7: no decision on it)
        if (
            self.last_events
            and chunk.text.endswith(("不再兼任", "不再担任"))
            and self.text[chunk.start - 1 : chunk.start] == ","
            and _titled(held := chunk.text[:-4].removesuffix("职务"))
            and all(e.action == "appoint" for e in self.last_events)
        ):
            # 陈光荣同志任某镇党委副书记，某镇人民武装部部长不再兼任: the same person leaves that post
            persons = list(dict.fromkeys(e.person for e in self.last_events))
            if self.emit("remove", persons, held, chunk):
                return
        if (
            self.last_events
            and chunk.text.startswith(_MOVED_ON_TO)
            and self.text[chunk.start - 1 : chunk.start] == ","
            and all(e.action == "remove" for e in self.last_events)
            and _titled(_BRACKETED.sub("", post := chunk.text[2:]).removesuffix("职务"))
        ):
            # 秦浩然同志不再挂职担任某县副县长，改任某局副局长(挂职至…): the same person's new post
            persons = list(dict.fromkeys(e.person for e in self.last_events))
            if self.emit("appoint", persons, post, chunk):
                return
        if self.last_events and chunk.text.startswith(("辞去", "免")) and self.elided_removal(chunk):
            return
        if "不再" in chunk.text and self.described_leave(chunk):
            return
        if chunk.text.endswith("职务)") and (each := _EACH_IN_BRACKET.match(chunk.text)):
            # 免去其所任挂职职务(李超的某镇党委副书记职务,杨雪的…职务): each one's post, in the bracket
            items = [_HELD_BY.match(item) for item in re.split("[,;]", each.group("items"))]
            if all(items) and all(name_score(item.group(1)) >= 2 for item in items if item):
                made = []
                for item in items:
                    assert item is not None
                    if self.emit("remove", [item.group(1)], item.group(2), chunk):
                        made += self.last_events
                self.last_events, self.decisive = made, True
                return
        if (
            "由" in chunk.text or "同志调整为" in chunk.text or "同志改任" in chunk.text or "接替" in chunk.text
        ) and self.changed_post(chunk):
            return
        if (chunk.text.endswith("组成") or "组成" in chunk.text[-40:]) and self.composed(chunk):
            return
        if "分别" in chunk.text and self.respectively(chunk):
            return
        if (
            chunk.sep == ":"
            and chunk.text.startswith("其")
            and not self.group_subject
            and _THEIR_POSTS_ENDED.match(chunk.text)
            and self.text.startswith(_LIST_SUBJECT_OPENERS, max(self.text.rfind(m, 0, chunk.start) for m in "。;:") + 1)
        ):
            # 以下同志因提拔任职等原因召回原单位，其驻村职务相应免去： the rows below, each its post
            self.action, self.head_verb, self.decisive, self.sentence_ended = "remove", "免去", True, False
            self.heading_org = None
            return
        if (
            chunk.text.endswith(("任职如下", "任免如下", "明确如下")) or chunk.text in _NAMES_ANNOUNCED
        ) and self.list_intro(chunk):
            return  # 各学院新一届领导班子成员任职如下: the rosters below
        # One search for the four forms that each open with a search of their own: mostly none can.
        may = _DECISION_FORMS is None or _DECISION_FORMS.search(chunk.text) is not None
        may = may or bool(
            (self.state_posts or self.state_pairs) and chunk.text in _STATE_ENDINGS
        )  # 某公司财务总监委派期满，不再续派
        may = may or bool(self.state_pairs and _TERM_EXTENDED.match(chunk.text))  # …驻村期满，…，延期驻村一年
        if (
            (may and self.confirmation(chunk))
            or (self.in_confirmation and self.formal_appointment(chunk))
            or ((self.last_events or self.items_pending) and self.qualifier_chunk(chunk))
        ):
            return
        if may and (self.list_intro(chunk) or self.decision(chunk) or self.accepted_resignation(chunk)):
            return
        if self.requested and ("生效" in chunk.text or chunk.text.startswith("辞职后")):
            if self.effective_resignation(chunk):
                return
        # Within a list the inherited action reads first; after a full stop a form of
        # its own (张三兼任…) is likelier than one more item of the list.
        if self.sentence_ended and self.narrative(chunk):
            return
        if self.action and self.pending_persons:
            persons, self.pending_persons = self.pending_persons, []
            post = chunk.text.removesuffix("职务")
            moved = post.startswith(("调任", "改任", "转任")) and self.action == "appoint"  # 欧阳静,免去其…,调任…
            post = post[2:] if moved else post
            if post.startswith(_GOES_ON_AS):  # 何晓军同志，继续挂任某局副局长: the post held on (延长…挂职期限)
                post = post[len(next(w for w in _GOES_ON_AS if post.startswith(w))) :]
            if post.startswith(("担任", "任", "为")) and not post.startswith("任城"):
                post = post.removeprefix("担任").removeprefix("任").removeprefix("为")  # 赵鹏飞(县财政局)，任…
            if self.action == "remove":
                post = post.removeprefix("原")  # 杨光明，原某村党总支第一书记: the post left
            if self.list_title and not split_title(post)[1] and _ORGANISATION_END.search(post):
                post += self.list_title  # 罗成刚，六马镇板干村: the unit of the title the list's head said
            if split_title(_BRACKETED.sub("", post))[1] and self.emit(
                self.action, persons, post, chunk, ("调任",) if moved else ()
            ):
                return
        if (
            chunk.sep == ","
            or (
                # 免去下列同志驻村第一书记职务 / 罗志军：太平店镇马岔村党支部第一书记: an item, its post after a colon
                chunk.sep == ":"
                and self.action
                and self.list_verb
                and _bare_post_follows(self.text, chunk.start + len(chunk.text) + 1)
            )
        ) and (
            (found := read_names(_HOME_BRACKET.sub("", chunk.text)))  # 赵鹏飞(县财政局), 任…
            and found[1] >= 2
        ):
            self.persons = found[0]  # (张武，免去其…: whom 其 means)
            if self.action:
                self.pending_persons = found[0]
            return
        if (
            chunk.sep == ","
            and self.action == "remove"
            and self.head_verb
            and (described := _post_then_names(chunk.text))
            and _post_then_names(_FIRST_CLAUSE.match(self.text, self.text.find(",", chunk.start) + 1).group())
        ):  # 免去以下同志的职务:土木工程系主任黎光荣,道路与铁道工程系副主任邱建波: items, not a subject
            if self.emit("remove", described[1], described[0], chunk):
                return
        if (
            chunk.sep == ","
            and not (self.action and _NAME_TAKES.match(chunk.text))  # (聘任：刘勇为副总经理，姚静为…: items)
            # (聘任刘建军为总经理，王晓燕、冯立为副总经理: more items of the verb before)
            and not (self.last_events and _NAMES_TAKE.match(chunk.text))
            and (slot := read_person_slot(_REASON_AFTER_HONORIFIC.sub(r"\1", chunk.text)))
            and slot.described_as
        ):
            # 某局副局长张三同志，因…，免去其…: whom 其 refers to (…队长吴亮同志因提拔任职，…: the reason after)
            self.persons = slot.persons
            return
        if self.last_events and chunk.text.startswith("其中") and self.among_them(chunk):
            return
        if self.last_events and not self.pending_persons and self.continued_posts(chunk):
            return
        # (…正式任职名单 / 宋世华同志因身体原因本人申请辞去某职务: a request of its own, no entry of the list)
        asks = "辞去" in chunk.text and _ASKS_TO_RESIGN.match(chunk.text) is not None
        if self.action and not asks and self.list_item(chunk):
            self.sentence_ended = False
            return
        if self.action == "remove" and chunk.start in self.line_of.parts and _NAME_TAKES_POST.match(chunk.text):
            # 二、解聘 / 周永胜的…职务。 / 五、张涛同志任院长助理: a part of its own, with its own verb,
            # not one more item of the part before
            self.action = "appoint"
            read = self.list_item(chunk)
            self.action = "remove"  # (the list's own action still holds for what follows)
            if read:
                self.sentence_ended = False
                return
        if not self.sentence_ended and not asks and self.narrative(chunk):
            return
        self.unread(chunk)


#: 汪家齐，石油化工学院副教授，挂职任…: a name, what the person is, then the verb.
_DESCRIBED_NAME = re.compile(
    r"(?:(?<=[;:。\u200b])|^)(?P<name>[\u4e00-\u9fff·]{2,12})(?P<mark>\((?:女|男)[^()]{0,8}\))?,"
    r"(?P<what>(?!任|兼任|担任|调任|免)[^,;:。()]{2,40}),"
    r"(?=挂职任|挂任|担任|任(?![命免职用期务]))"
)


def _described_name(m: re.Match[str]) -> str:
    """The description in brackets after the name, where a home body or post stands (same length
    but for the brackets, so the clause's line is still found)."""
    name, what = m.group("name"), m.group("what")
    found = read_names(name)
    if found and found[1] >= 2 and (split_title(what)[1] or what.endswith(CALLINGS) or _ORGANISATION_END.search(what)):
        if mark := m.group("mark"):  # 李建红(女),县教育局…,任…: the mark and the description, one bracket
            return f"{name}({mark[1:-1]},{what})"
        return f"{name}({what})"
    return m.group()


_FIRST_CLAUSE = re.compile(r"[^,;:。]*")
#: 选派 before whom it sends to a post (not 选派下列同志: the list below; not 选派计划).
_SENT = re.compile(
    r"^[^,;。选]{0,20}?(?:选派|接收)(?:的)?(?:干部|人员)?"
    r"(?=(?P<who>[\u4e00-\u9fff·、]{2,30}?)(?:(?:同志|\()[^,;。]{0,40}?(?:挂职任|挂职担任|挂任|到|赴|分别|\)同志任)"
    r"|同志(?:担任|任)(?![期务职命免])|(?=到|赴)))"  # (选派刘兴华同志任某村驻村第一书记)
)


def _sent_names(who: str) -> bool:
    """Is ``who`` (after 选派) one name, or names apart by 、, each surely a name?"""
    if "、" not in who:
        if name_score(who) >= 2:
            return True
        # 选派某医院副主任医师寇乐同志到…: a name described by the calling before it
        slot = read_person_slot(who + "同志") if any(calling in who for calling in CALLINGS) else None
        return slot is not None and slot.score >= 2 and len(slot.persons) == 1
    found = read_names(who)
    return bool(found) and found[1] >= 2 and len(found[0]) == who.count("、") + 1


#: 下派到某分院任副院长 / 赴某县挂职任副县长: a body gone to, then the title taken there.
_GONE_WORDS = ("到", "赴", "调", "派", "来我")
_POSTED_TO = re.compile(
    r"(?<=[\u4e00-\u9fff)])(?:(?:下派|派驻|外派|派|调整|调|)(?:到|赴)|(?:调整|调|外派|派)至|派往|来(?=[我本]))"
    # (外派至岱岳国际(老挝)有限公司，任执行董事: a body with its country in brackets)
    r"(?:集团所属|所属)?"  # (到集团所属某电力有限公司挂职任副总经理: the company, not how it is held)
    r"(?P<body>(?:[^,;:。()“”、\u200b]|\([^,;:。()]{1,8}\)){2,40}?)(?:挂职|工作|任职)?(?:\u200b+)?"
    r"(?P<how>挂职担任|挂职任|挂任|担任|任)(?![命免职用期务])"
)
#: 到某集团公司挂职(锻炼)，任某部副部长 / 外派至某国际有限公司，任执行董事: where, then the post, one clause.
_GONE_THEN_TITLE = re.compile(
    r"((?:到|赴|来|(?:外派|派|调)至|派往)(?:[^,;:。()]|\([^,;:。()]{1,8}\)){2,40}?(?:挂职|(?<=公司)|工作))"
    r"((?:锻炼)?,)(?=挂职任|担任|任(?![命免职用期务]))"
)
#: 同意以下同志正式任职: the probations of the people listed below confirmed.
_CONFIRMED_BELOW = re.compile(
    # (州人民政府决定正式任命: the body that decides, said before its verb)
    r"^(?:[\u4e00-\u9fff]{1,14}?(?:政府|党委|党组|委员会|局|院|部))?(?:决定|同意|予以)?(?:(?:以下|下列)(?:同志|人员))?"
    r"(?:试用期满,?)?(?:予以)?正式(?:任职|聘任|任用|任命)$"
)
_STILL_HOLDS = re.compile(r"^([\u4e00-\u9fff·]{2,12}?)(?:同志|先生|女士)?(?:仍任|仍担任)[^,;。]{2,40}$")
#: What a roster says of a title no one is named to (院长：空缺 / (暂缺) / (空缺，由副院长X主持工作)).
_VACANT = re.compile(r"^\(?(?:空缺|暂缺|缺额|空岗)(?:[,，][^()]{0,30})?\)?$")
#: 现通知如下: after a sentence confirming a group (谷晓峰等10名同志…正式任职): the group's rows.
_NOTIFIED_BELOW = re.compile(r"现(?:将有关事项)?通知如下:")
_GROUP_IN_SENTENCE = re.compile(rf"{_GROUP_COUNT}|(?:以下|下列)(?:同志|人员)")
#: What says a list follows (名单如下: / 具体名单如下:), the sentence before having said what for.
_LIST_BELOW = re.compile(
    r"(?:现将)?[^,;。:]{0,20}名单(?:公布|通知|批复)?如下(?:\([^()]{1,12}\))?:"
)  # (名单如下(按单位排序):)
#: 副县长职务按法律程序办理: a title of the clause before, left to the body whose post it is.
_POST_LEFT_TO_PROCEDURE = re.compile(r"^(?:其)?(?P<title>[\u4e00-\u9fff]{2,12}?)职务(?:按|依|依照|按照)")
#: What follows 同意: when it accepts resignations: a name, perhaps a reason, then 辞去.
_RESIGNS_BELOW = re.compile(r"[\u4e00-\u9fff·]{2,12}?(?:同志)?(?:因[^,;。]{1,12})?辞去")
#: 同意选举结果。现将…名单通知如下: the results approved, the list of those elected below.
_APPROVED_RESULTS = re.compile(r"^(?:同意|批准)[^,;。]{0,60}选举结果$")
_COMPOSED_NEXT = re.compile(r"[^。:]{4,40}?由[^。:]{4,200}?组成")
#: 现批复如下: after results approved, perhaps after one sentence (of the new body's term).
_REPLIED_BELOW = re.compile(r"(?:[^,;。:]{2,30}(?:任期|届期)[^,;。:]{1,12}。)?现(?:将[^,;。:]{0,20})?批复如下:")
#: (县财政局) after a name: the body a person was sent from, no post of theirs.
_HOME_UNIT_AT_END = re.compile(r"\([\u4e00-\u9fff]{2,20}(?:局|委|办|部|院|中心|公司|学校|站|所)\)$")


def _bare_post_follows(text: str, at: int) -> bool:
    """Whether the clause from ``at`` is a post alone (某镇某村党支部第一书记), no verb, no name."""
    clause = _FIRST_CLAUSE.match(text, at).group()
    return (
        bool(clause) and not clause.startswith(_LEADING) and bool(split_title(clause)[1]) and not find_mentions(clause)
    )


_SENTENCE_REST = re.compile(r"[^。;]*")
_DESCRIBED_CALLED_BACK = re.compile(
    r"^(?P<who>(?:(?!同志)[^,;。]){6,40}?)同志(?:因[^,;。]{1,12}?)?(?:驻村)?(?:期满)?(?P<how>(?:予以|申请|被|提前)?召回|轮换)$"
)
_CALLED_BACK = frozenset({"予以召回", "决定召回", "提前召回", "召回原单位", "予以提前召回"})
#: …驻村期满，轮换回原单位: the posts described left, as a 召回 leaves them (no 召回 kept).
_ROTATED_HOME = frozenset({"轮换回原单位", "予以轮换", "轮换返回原单位", "期满轮换"})
_AGREED = frozenset({"经研究同意", "予以同意", "同意", "经研究,予以同意"})
_COUNTED_PART_LABEL = re.compile(r"^[^,;。:()]{2,20}\((?:共)?[\d一二三四五六七八九十]{1,3}[名人]\)$")
_LIST_SUBJECT_OPENERS = ("以下同志", "下列同志", "以下人员", "下列人员")
#: 其驻村职务相应免去 / 其原任职务一并免去: the posts of those the list names, whatever they are.
_THEIR_POSTS_ENDED = re.compile(r"^其[\u4e00-\u9fff]{0,6}?职务(?:自然|相应|一并|同时)?(?:免除|免去|终止|解除)$")
#: A bracket that closes a post (副院长(试用期一年)), not one inside it (普外科(肝胆)病区护士长).
_TRAILING_BRACKET = re.compile(r"\([^()]*\)$")
#: 刘春华│由A轮岗至B / 肖凤英│不再担任A / 李晓红│任A: a name, then a clause with its own verb.
_ROW_WITH_ITS_VERB = re.compile(
    rf"^([\u4e00-\u9fff·]{{2,12}}){ROW_SEP}((?:由|不再|任(?![命职期])|调任|免去其|兼任).+)$"
)
#: 原负责人马晓东另有任用, after the post is given to another: its former holder, and where they go.
_FORMER_HOLDER_MOVED = re.compile(r"^原(?P<said>[\u4e00-\u9fff·]{4,12}?)(?:同志)?(?P<how>另有任用|调离|退休|到龄退休)$")
#: 撤销对秦国伟同志的上述任职决定: a decision recounted before, undone (its posts said in the next clause).
_SAID_DECISION_UNDONE = re.compile(
    r"^(?:经研究,)?(?:决定)?(?:撤销|撤回)对(?P<who>[\u4e00-\u9fff·]{2,12}?(?:同志)?)的(?:上述|该|前述)(?:任职|任命|聘任)?决定$"
)
#: 借调期间 / 挂职期间 opening a clause, before its verb: while the person is away.
_WHILE_AWAY = re.compile(r"^(?:在)?(?:挂职|借调|援疆|援藏|援青|驻村|学习|培训)期间(?=免去|不再)")
#: 免去其现任职务 said of the list below: whatever post each row names.
_THEIR_POSTS_REMOVED = frozenset(
    f"{verb}其{held}职务" for verb in ("免去", "免除", "解聘") for held in ("现任", "原任", "所任", "担任的", "")
)
#: Who a list below names: 以下同志 / 下列人员.
_LIST_SUBJECTS = frozenset(a + b for a in ("以下", "下列", "如下") for b in ("同志", "人员", "干部"))


def _first_mark(text: str, start: int) -> str:
    """The first of 。 ; : after ``start``: how the sentence there goes on."""
    found = [(at, mark) for mark in "。;:" if (at := text.find(mark, start)) != -1]
    return min(found)[1] if found else ""


#: 阿依古丽·买买提等3名同志: the list below, summed up by its first name and its count.
_SUMMARY_SUBJECT = re.compile(r"^[\u4e00-\u9fff·]{2,16}等[\d一二三四五六七八九十两]{1,3}(?:名|位|人)(?:同志|干部)?$")
#: Separators that end a clause: a qualifier with 均 after the next spreads no further back.
_CLAUSE_ENDS = frozenset(";。:")
#: What ends a post said with a person's state (某公司财务总监委派期满，不再续派).
#: The post a bare 不再续聘 leaves, in a bracket after the sentence: (原任某公司副总经理).
_POST_LEFT_AFTER = re.compile(r"\((?:原任|原)(?P<post>[^()]{2,40}?)(?:职务)?\)")
#: 延长驻村任期一年 / 延长挂职期限半年: a term held on, after those whose term ended are named.
_TERM_EXTENDED = re.compile(
    r"^(?:同意)?延长(?:其)?(?:驻村|挂职|援派|派驻|援疆|援藏)?(?:任期|期限|时间)[^,;。]{0,12}$"
    # (…驻村期满，…，驻村期限延长一年(至2024年6月): the same, the verb after the term)
    r"|^(?:其)?(?:驻村|挂职|援派|派驻|援疆|援藏)?(?:任期|期限|时间)(?:延长|顺延)[^,;。]{0,20}$"
    r"|^(?:同意)?延期(?:驻村|挂职|援派|派驻|援疆|援藏)[^,;。]{0,12}$"  # 延期驻村一年
)
_STATE_ENDINGS = frozenset(
    {"不再续聘", "不再聘任", "不再担任", "予以解聘", "不再续派", "不再委派", "不再连任", "不再留任"}
    | {"不再担任该职务", "不再担任上述职务", "不再担任此职务", "不再担任相应职务"}  # (the post just said)
    # 朱世荣同志(挂职任某院副院长)挂职期满，免去其挂职职务: the post in the bracket, left
    | {"免去其挂职职务", "其挂职职务自然免除", "挂职职务自然免除", "其挂职职务相应免除"}
)
#: 撤销 + the day and meeting of the decision revoked, before 关于任命…的决定.
_REVOKED_MADE_BY = re.compile(
    r"^撤销(?:\d{4}年\d{1,2}月\d{1,2}日)?[^,;。]{0,50}?(?:会议|常委会|常务委员会)(?=关于(?:任命|聘任|决定任命))"
    # 撤销县委2023年10月16日《关于李国华等同志职务任免的通知》(岳干〔2023〕81号)中李国华同志任…的决定
    r"|^撤销[^,;。《]{0,30}《[^《》]{4,60}》(?:\([^()]{2,30}\))?中(?=[^,;。]{2,12}?(?:任|为|担任)[^,;。]{4,60}的(?:任职)?决定$)"
)
#: A sentence opening with the day of a decision it tells (2024年12月26日…会议决定任命…).
_DATED_DECISION = re.compile(
    r"^(?P<day>\d{4}年\d{1,2}月\d{1,2}日)[^,;。]{0,60}?(?:会议|常委会|常务委员会|党委|党组|政府)[^,;。]{0,8}?"
    r"(?:研究)?决定(?:任命|免去|聘任|解聘|任|免)"
)
_POST_CHANGES_HANDS = re.compile(
    r"^(?P<post>[^,;。由]{3,40}?)由(?P<old>[\u4e00-\u9fff·]{2,12}?(?:先生|女士|同志)?)"
    r"(?:变更为|更换为|调整为|变更成)(?P<new>[\u4e00-\u9fff·]{2,12}?(?:先生|女士|同志)?)$"
)
_SUCCEEDS = re.compile(
    r"^(?P<who>[^,;。]{2,30}?同志)接替(?P<old>[\u4e00-\u9fff·]{2,12}?同志)(?:任|担任)(?P<post>[^,;。]{4,})$"
)
_DESCRIBED_CHANGED_TO = re.compile(
    r"^(?P<who>[^,;。由]{6,40}?同志)(?P<verb>调整为|改任|调任|转任)(?P<new>[^,;。]{4,})$"
)
#: 朴成浩同志由A改任B: a post left and a post taken in one clause.
_CHANGED_FROM = re.compile(
    # (刘春华  由心内科一病区护士长轮岗至心内科CCU护士长: a rotation, the same)
    r"^(?P<who>[^,;。由]{2,20})由(?P<old>[^,;。]{4,40}?)"
    r"(?P<verb>改任|调任|转任|交流任|交流至|交流到|调至|调到|调整为|轮岗至|轮岗到|轮岗任|轮换至|轮换到)"
    r"(?P<new>[^,;。]{4,})$"
)
#: A post suspended while a case runs (暂停其…职务, 停止其…职务): no event.
_SUSPENDED = ("暂停其", "停止其", "暂停", "停止")
#: A rank changed without its name (晋升相应职级).
_RANKS_UNNAMED = frozenset({"相应职级", "相应职级待遇", "一级职级"})
#: A post taken after the one just left, its person unsaid (…不再担任A，改任B).
_MOVED_ON_TO = ("改任", "转任", "调任")
_CORRECTED_TO_VERBS = ("更正为", "应为", "改为", "修改为", "应更正为")
_QUOTED_TEXT = re.compile(r"[“\"][^”\"]{2,}[”\"]")
_POST_OF_WHO = re.compile(r"(?<=同志)(?:的)?(?:挂职|挂任|任职)?(?:职务|岗位)$")
#: 由A交流至B学校任校长: the body moved to, then the title taken there.
_MOVED_TO = frozenset({"交流至", "交流到", "调至", "调到"})
_DESCRIBED_LEAVE = re.compile(
    r"^(?P<who>[^,;。]{4,}、[^,;。]{4,}?)不再(?:担任|兼任|续聘|聘任)(?P<what>[^,;。]{0,16}?)(?:职务)?$"
)
_THOSE_POSTS = frozenset({"", "上述", "以上", "相应", "各自", "所任", "原", "原任"})
#: Those a list named, said again: what follows holds for all of them.
_THOSE_SAID = ("上述同志", "以上同志", "上述人员", "以上人员", "上述干部", "以上干部")
#: 宋建华先生和卢晓光先生: two people joined by 和 (及, 以及), as by 、.
_NAMES_JOINED = re.compile(r"(先生|女士|同志)(?:和|及|以及)(?=[\u4e00-\u9fff·]{2,6}(?:先生|女士|同志))")
#: A name and, in the bracket after it, the post held: 雷振华(原普外科主任,到龄).
#: 等3名同志 / 同志 after names: the group said once more.
_GROUP_TAIL = re.compile(r"(?:等[\d一二三四五六七八九十两]{1,3}(?:名|位|人))?(?:同志|干部)?$")
#: (女, 某中心副主任): the mark before the post in a name's bracket.
_SEX_IN_BRACKET = re.compile(r"^(?P<name>[^()]*)\((?:男|女)[,、]")


def _names_with_posts_held(text: str) -> list[tuple[str, str]] | None:
    """原经理层成员邹建国(总经理)、牛文杰(副总经理): each name with the post in brackets after it
    (what they were, said before, set aside)."""
    text = _MEMBERS_BEFORE.sub("", text)
    pairs = []
    former = False  # (原业务一部总经理黄振宇同志、财务会计部总经理吴秀琴同志: 原 said once, for each)
    for part in split_outside_parens(text, "、"):
        m = _HELD_IN_BRACKET.match(part) or _HELD_AFTER_HONORIFIC.match(part)
        former = former or part.startswith("原")
        if m is None and former and (before := _post_before_name(part.removeprefix("原").removesuffix("同志"))):
            pairs.append(before)  # 原副总经理郭伟明、原总经济师严海涛任期届满: each the post before the name
            continue
        if (
            m is None
            and part.endswith("同志")
            and (slot := read_person_slot(part))
            and slot.score >= 2
            and len(slot.persons) == 1
            and split_title(slot.described_as)[1]
        ):
            # 某村第一书记兼工作队队长邓卫东同志、…孙志远同志驻村期满: each the posts described before the name
            pairs.extend((slot.persons[0], post) for post in _posts_described(slot.described_as.removeprefix("原")))
            continue
        if m is None or name_score(m.group("name")) < 2 or not _describes_post(m.group("post")):
            return None
        pairs.append((m.group("name"), m.group("post")))
    return pairs or None


def _post_before_name(text: str) -> tuple[str, str] | None:
    """副总经理郭伟明: (name, post), the name the last two to four characters after a title."""
    for size in (3, 2, 4):
        post, name = text[:-size], text[-size:]
        if len(post) >= 2 and _describes_post(post) and name_score(name) >= 2:
            return name, post
    return None


#: 原经理层成员 before the names: whom they were, as a class.
_MEMBERS_BEFORE = re.compile(r"^原?[^、()]{0,12}?(?:成员|人员|干部|领导)(?=[一-鿿·]{2,8}(?:同志)?\()")
_HELD_IN_BRACKET = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,12}?)(?:同志)?\((?:原任|原|现任|挂职任|挂任|挂职担任|)(?P<post>[^,()]+)(?:,[^()]*)?\)$"
)
#: “一肩挑” after posts (one person heads both the party branch and the committee): a qualifier.
_QUOTED_TAG = re.compile(r"[“\"](一肩挑|双肩挑)[”\"]")
#: What a description before a name ends with when it tells what kind of staff, not a post.
_KINDS_OF_STAFF = ("干部", "员工", "职工", "教师", "医师", "医生", "工作人员")
#: 吴俊豪同志某市工业和信息化局副局长: a name, 同志, then the post held (a state about it follows).
_HELD_AFTER_HONORIFIC = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,12}?)同志(?P<post>[^,()、]{3,40})$")
#: Bodies named before, pointed back to: 上述两个委员会委员 (the title at each of them).
_ABOVE_BODIES = re.compile(r"^上述(?:[两二三四五六七八九十\d]+个|各)?(委员会|专门委员会|公司|子公司)(.+)$")


#: The words that introduce a correction's right text, unquoted, after a colon.
_CORRECTED_AS = re.compile(r"^(?:现|现予|特)?(?:更正为|应为|应更正为|改为|修改为|更改为|更正后)$")
_QUOTE_AFTER_COLON = re.compile(r"(更正为|应为|改为|修改为|应更正为):(“[^”]{4,600}”)")
#: 更正前：“…”: the text as it was wrongly written (marks of the same length keep the lines; its
#: sentence ends with it).
_WRONG_TEXT = re.compile(r"(?<=更正前:)“[^”]{4,600}”")
_WRONG_TEXT_BARE = re.compile(r"(?<=更正前:)(?!“)[^“”]{4,600}?(?=更正后:)")
_RIGHT_TEXT = re.compile(r"(?<=更正后:)“([^”]{4,600})”")
_QUOTED_ENUMERATOR = re.compile(r"(?<=[“;。])[一二三四五六七八九十]{1,3}、")


def _quoted_clauses(m: re.Match[str]) -> str:
    """The verb glued to the quote it introduces, the quote's sentences one chunk (its 。 a ;,
    its enumerators gone), every character kept in place but the colon (a zero-width mark)."""
    quote = _QUOTED_ENUMERATOR.sub(lambda e: "\u200b" * len(e.group()), m.group(2))
    return m.group(1) + "“\u200b" + quote[1:-2].replace("。", ";") + quote[-2:].replace("。", "\u200b")


def _ends_in_title(posts: str) -> bool:
    """Do the posts a resignation asks to leave end with a title (…董事会秘书), not other words?"""
    last = _BRACKETED.sub("", posts).split("、")[-1]
    return bool(split_title(last)[1]) or _bare_title(last)


def _said_again(posts: str, fuller: str) -> bool:
    """Is every post of ``posts`` (董事长、董事及战略委员会主任委员) a post of ``fuller`` said more
    fully (公司第六届董事会董事长、董事及董事会战略委员会主任委员)?"""
    full = _POST_LIST.split(fuller)
    return all(any(f.endswith(part) for f in full) for part in _POST_LIST.split(posts))


_POST_LIST = re.compile("、|及|和")
#: The body a person comes from, in brackets after the name: 赵鹏飞(县发展和改革局).
_HOME_BRACKET = re.compile(r"\([^()]{2,30}(?:局|委|办|院|部|中心|公司|学校|医院|政府|银行|所|厅|会|大学)\)$")
#: A body's short name, defined where it is first named: (以下简称“唐山特管”).
_ALIAS = re.compile(r"以下(?:简称|称)[“\"]([^”\"]{2,10})[”\"]")
#: Posts that point back to the post a person was described by (原主任X不再担任该职务).
_THAT_POST = frozenset({"该职务", "职务", "上述职务", "此职务", "其职务", "相应职务"})
#: A clause cut short after its connector word (张三任 / 决定张三同志为): the post was lost.
_CUT_SHORT = re.compile(r"^(?:决定|推选)?[\u4e00-\u9fff·]{2,6}(?:\([^()]*\))?(?:同志)?(?:任|担任|兼任|为|代理)$")
#: A clause that opens with its person and a verb that follows the person: 张三同志代理….
#: (a name of up to six characters, 叶赫那拉丽丽, or a transliterated one, 阿布都克力木·吐尔逊)
_PERSON_FIRST = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12})(?:\([^()]*\))?(?:同志)?(?:代理|不再担任|不再兼任|挂职任|挂任)"
)
#: Where a decision clause names its person: after a decision verb, 决定 or 推选.
DECISION_VERBS = decision_verbs()
_NAME_AFTER = re.compile(DECISION_VERBS.pattern + "|决定|推选")
#: 《关于聘任公司总经理的议案》: the name of a document, not a decision.
_BOOK_TITLE = re.compile(r"《[^《》]*》")
#: A notice's title repeated in its body (关于接受张三辞职请求的决定): not a clause.
_TITLE_LIKE = re.compile(r"关于.*的(?:决定|通知|通报|批复|议案|报告|公告)$")


def _decision_forms() -> re.Pattern[str] | None:
    """What any of confirmation, list_intro, decision and accepted_resignation needs to find
    before it reads a chunk, as one pattern (its parts as they are); None if one of them has
    no such test (a decision frame that any clause may fit)."""
    decision_needs = frame_needs(("decision",))
    if decision_needs is None:
        return None
    announced = re.compile(r"(?:通知|公布|通报)如下$")  # (_LIST_ANNOUNCED's own test)
    parts = (_PROBATION_DONE, _LIST_INTRO, _LIST_INTRO_VERB_AFTER, announced, decision_needs, RESIGNATION_ACCEPTED)
    return re.compile("|".join(f"(?:{part.pattern})" for part in parts))


_DECISION_FORMS = _decision_forms()


def continuation(part: str, match: FrameMatch, antecedents: list[str]) -> FrameMatch | None:
    """B的Y职务 after 免去A的X职务、: a new person with the frame's own connector."""
    from .frames import read_continuation

    return read_continuation(part, match.frame, antecedents)


def read_clauses(lines: list[Line], effective: dt.date | None) -> tuple[list[ParsedEvent], list[ClauseIssue], bool]:
    """(events, issues, decisive): decisive when a form only decisions use was seen."""
    text, line_of = join_body(lines)
    reader = ClauseReader(text, line_of, effective)
    events, issues = reader.read()
    unique: dict[tuple[str, str, str], ParsedEvent] = {}
    for event in events:
        # 公司总经理 in the prose and 总经理 in the table above it: one event, the first written
        post = _SELF_REFERENCE.sub("", event.post)
        unique.setdefault((event.action, event.person, post or event.post), event)
    return list(unique.values()), issues, reader.decisive
