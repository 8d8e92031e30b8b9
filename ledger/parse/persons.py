"""Who a clause names: a recogniser of Chinese personal names, backed by a surname table.

Notices put many things where a name could stand: a verb (提拔), a list word (下列),
an organisation (区政府), a title written before the name (副市长张三), a trailing word
that belongs to the next phrase (賴際發 + 現任). A name here is a known surname (single or
compound, from ``ledger/data/surnames.json``) followed by one or two given characters, or
a minority name written with a middle dot; anything else scores lower or not at all, so
that a frame can choose, among the ways to cut a clause, the one whose person is a name.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from ..dates import chinese_number
from ..posts import split_title
from ..vocab import (
    CALLINGS,
    EXTRA_SURNAMES,
    HONORIFICS,
    LEADING_VERBS,
    MONGOLIAN_NAME_PARTS,
    NAME_ENDINGS_ALLOWED,
    NAME_MARK,
    NOT_IN_GIVEN_NAME,
    NOT_IN_NAME,
    NOT_LONG_NAME_END,
    NOT_LONG_NAME_END_WORDS,
    NOT_NAME_END,
    NOT_NAME_START,
    NOT_NAMES,
    PERSON_STATES,
    PRONOUNS,
    TIBETAN_NAME_PARTS,
    TITLES,
    verbs_where,
)

_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
#: (指定艾尔肯·吐尔逊同志代行…: any leading verb, as 任命 and 免去)
_DOTTED_NOT_START = ("决定", "同意", "由", "副", "原", *verbs_where("lead"))
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,12}(?:[·•.][\u4e00-\u9fff]{1,12})+")
#: What the last part of a long transliterated name never holds: a clause's or a body's words.
_NOT_IN_DOTTED_TAIL = frozenset("为任的院局处部委会长司厅校所")
_TRAILING = HONORIFICS
_HONORIFIC = re.compile("|".join(map(re.escape, HONORIFICS)))
#: A mention of a person in narrative (审议了钱建民市长提出的…): a name, then what follows names.
#: Verbs a clause may open with before a name (召回买买提江·努尔同志): no part of it.
_OPENING_VERBS = tuple(sorted({*LEADING_VERBS, "召回", "同意", "接受", "批准", "决定"}, key=len, reverse=True))
#: A transliterated name at the start of a clause, before what follows a person (阿依古丽·买买提女士因…).
_DOTTED_MENTION = re.compile(
    r"(?:^|(?<=[,;:。、\u200b]))([\u4e00-\u9fff]{2,8}(?:·[\u4e00-\u9fff]{1,10}?)+?)"
    r"(?=同志|先生|女士|因|辞去|提出|已|\(女\)|\(男\))"
)
_AFTER_MENTION = ("同志", "先生", "女士", "提出", "辞去", "辞职", "因", "已", "现任", "(女)", "(男)", "等")


@functools.cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    data = json.loads(resources.files("ledger").joinpath("data/surnames.json").read_text(encoding="utf-8"))
    names = set(data["surnames"]) | set(EXTRA_SURNAMES)
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) > 1)


def surname_of(name: str) -> str:
    """The known surname ``name`` starts with (the longest), or ''."""
    single, compound = surnames()
    for length in (4, 3, 2):
        if name[:length] in compound:
            return name[:length]
    return name[:1] if name[:1] in single else ""


_TITLE_NAMES = frozenset(TITLES)
#: A title of two characters or more, inside what would be a name.
_TITLE_INSIDE = re.compile("|".join(sorted((t for t in TITLES if len(t) >= 2), key=len, reverse=True)))
#: Words whose last character is a surname: a name never starts inside one.
_WORDS_ENDING_IN_A_SURNAME = frozenset({"关于", "对于", "由于", "属于", "至于", "同意", "任命", "聘任", "免去"})
#: Words whose second character is a surname, never a name's start in running text (公司独立董事).
_WORDS_NOT_NAMES = frozenset(
    {"公司", "上司", "总司", "分司", "纪律"}
    # (正式就任本行行长: 就任 a verb, no 任本行)
    | {"就任", "出任", "担任", "调任", "改任", "兼任", "接任", "继任", "转任", "升任", "聘任", "现任", "曾任", "历任"}
    | {"连任", "留任", "离任", "新任", "拟任", "原任", "前任", "续任", "委任", "到任", "赴任", "上任"}
    | {"试用", "聘用", "任用", "录用"}  # (朱晓蕾同志试用期内因…: no 用期内)
    | {"召回", "返回", "调回"}  # (同意召回罗晓婷同志: 回 a surname, no 回罗晓婷)
)
#: Words a name's last character and the word after it make (年龄原 + 因: 原因): no name ends there.
_WORDS_ACROSS_A_NAMES_END = frozenset({"原因"})


_BODY_BEFORE_DOTTED = re.compile(
    r"(?:医院|学校|中学|小学|中心|局|委|办|站|所|院|公司|银行|大学|学院)(?=[\u4e00-\u9fff]{2,})"
)


@functools.lru_cache(maxsize=65536)
def name_score(name: str) -> int:
    """How surely ``name`` (without 同志 or marks) is a person's name.

    3: a known surname and one or two given characters, or a dotted minority name;
    2: a known surname and three given characters (common in minority names);
    1: an unknown surname, two to four characters (the table is not every surname);
    0: not a name (a verb, a list word, an organisation, a function word).
    """
    if _DOTTED_NAME.fullmatch(name):
        if _HONORIFIC.search(name):
            return 0  # 艾尔肯·吐尔逊同志任某乡: a name and what is said of it, no name
        # 副县长买买提江·阿布都热合曼: a title before the name is a description, not the name's start
        head = name.split("·", 1)[0]
        if len(head) > 5 and _BODY_BEFORE_DOTTED.search(head):
            return 0  # 县人民医院艾尔肯·吐尔逊: where the person works, then the name
        if len(head) > 4 and ("籍" in head or "专家" in head or "学者" in head):
            return 0  # 德国籍专家卢卡斯·菲舍尔: a nationality or calling, then the name
        if len(head) > 4 and (
            not NOT_IN_NAME.isdisjoint(head)
            or head.startswith(_DOTTED_NOT_START)
            or any(head.startswith(title) for title in _TITLE_HEADS.get(head[:2], ()))
        ):
            return 0  # 副县长买买提江·… / 决定买买提江·…: a word before the name
        tail = name.rsplit("·", 1)[-1]
        if len(tail) > 4 and (_TITLE_INSIDE.search(tail) or not _NOT_IN_DOTTED_TAIL.isdisjoint(tail)):
            return 0  # 沙吾提·买合木提为药学院副院长: the name, then its clause
        return 3
    if not _CJK_NAME.fullmatch(name) or name in _TITLE_NAMES:
        return 0  # (董事长为公司法定代表人: a title, no name)
    if name[0] in NOT_NAME_START and not (
        (len(name) in (2, 4) and name[:2] in TIBETAN_NAME_PARTS) or (len(name) >= 4 and _mongolian(name))
    ):
        return 0  # (此里品楚: a Tibetan name may open so; 特木尔巴根, a Mongolian one)
    if (
        name[-1] in NOT_NAME_END
        and not (
            (len(name) >= 3 and name.endswith(NAME_ENDINGS_ALLOWED))
            # 多吉江村: a Tibetan name of two parts may end with 村 (江村), as no place's name then does
            or (len(name) == 4 and name[:2] in TIBETAN_NAME_PARTS and name[2:] in TIBETAN_NAME_PARTS)
        )
    ):
        return 0
    if not NOT_IN_NAME.isdisjoint(name) or name.startswith(NOT_NAMES) or _HONORIFIC.search(name):
        return 0
    if len(name) >= 4 and _TITLE_INSIDE.search(name, 1):
        return 0  # 原主任段建华: a title and a name, never one name
    if "的" in name and (len(name) < 4 or name[-1] == "的"):
        return 0  # 的 only inside long transliterated names (阿的木呷), never as the possessive
    surname = surname_of(name)
    given = len(name) - len(surname)
    if not NOT_IN_GIVEN_NAME.isdisjoint(name[len(surname) or 1 :]):
        return 0
    if given >= 3 and name[-1] in NOT_LONG_NAME_END:
        return 0  # 冯志斌原 (任公司副总经理): the name ended before 原
    if given >= 3 and any(word in name[len(surname) :] for word in NOT_LONG_NAME_END_WORDS):
        return 0  # 罗斌同时 (担任…), 罗斌同时担 (任…): the name ended before the adverb
    if surname and 1 <= given <= 2:
        return 3
    if surname and given == 3:
        return 2
    if len(name) <= 4 and (name[:2] in TIBETAN_NAME_PARTS or name[-2:] in TIBETAN_NAME_PARTS):
        return 2  # 泽让闼, 扎西多吉: a Tibetan name, no surname
    if len(name) >= 4 and _mongolian(name):
        return 2  # 孟和吉日嘎拉, 特木尔巴根: a Mongolian name, no surname
    return 1  # 2 to 5 characters: 乌云其其格, 勒尔拉哈


def _mongolian(name: str) -> bool:
    """Opens and ends with a part of Mongolian names (特木尔 + 巴根, 孟和 + 吉日嘎拉)."""
    return any(name[:k] in MONGOLIAN_NAME_PARTS for k in (2, 3, 4)) and any(
        name[-k:] in MONGOLIAN_NAME_PARTS for k in (1, 2, 3, 4) if k < len(name) - 1
    )


def clean_name(text: str) -> str:
    """张三同志 / 吴仪(女) / 马强(回族)同志 → the name alone."""
    marked = "(" in text
    if marked:
        text = NAME_MARK.sub("", text)
    if text.endswith(_TRAILING):
        for word in _TRAILING:
            text = text.removesuffix(word)
        if marked:
            text = NAME_MARK.sub("", text)
    if "·" in text and text.endswith(_ACADEMIC):
        text = text.removesuffix("副教授").removesuffix("教授").removesuffix("研究员").removesuffix("博士")
    return text


#: What a transliterated name may carry after it (马克·安德森教授): a calling, no part of the name.
_ACADEMIC = ("教授", "研究员", "博士")


def read_names(text: str) -> tuple[list[str], int] | None:
    """张宝静、卫鹏同志 → ([张宝静, 卫鹏], lowest score); None unless every part is a name."""
    found = _read_names(text)
    return (list(found[0]), found[1]) if found else None


def _read_names(text: str) -> tuple[tuple[str, ...], int] | None:
    """read_names, with the names as a tuple."""
    if not text:
        return None
    names, lowest = [], 3
    for part in text.split("、"):
        name = clean_name(part)
        score = name_score(name)
        if not score:
            return None
        names.append(name)
        lowest = min(lowest, score)
    return tuple(names), lowest


@dataclass(slots=True)
class PersonSlot:
    """What stands in a clause's person slot."""

    persons: list[str]
    score: int  # as name_score; 3 for a pronoun that refers back
    described_as: str = ""  # 芜湖市人民政府副市长 in 芜湖市人民政府副市长徐志: a description, not an event
    pronoun: bool = False
    #: 丁敏等36名同志 / 以下5名同志: a group whose names a list below gives; how many it says (0: unsaid)
    group: int | None = None

    def organisation(self) -> str:
        """The organisation of the description, which a bare title after it belongs to."""
        if not self.described_as or self.described_as in _TITLE_NAMES:
            return ""  # (董事长钟国庆: a bare title, of no body)
        if _CALLING_AFTER.search(self.described_as):
            return ""  # 某研究所林慧珊研究员为某学院副院长: where the person works, no body of the post
        # 公司党委副书记、副总经理陈明辉: the body of the first post described; 副 alone names none
        org, title = split_title(self.described_as)
        if not title and not org.endswith(("、", "党委", "党组")) and _HOME_BODY_END.search(org):
            return ""  # 聘任上海市第六人民医院蒋卫东同志为骨科副主任: where the person comes from, no post's body
        if org.endswith("、"):
            org = split_title(org.split("、")[0])[0]
        if org in _SELF_REFERENCES:
            return ""  # 由公司董事长赖志成代行董事会秘书职责: the issuer itself, left unsaid in the post
        return "" if org in _TITLE_MODIFIERS or len(org) < 2 else org  # (原理事长X, 由总裁X: no body)


#: How an issuer names itself (公司, 本行): the body of a post it leaves implicit.
_SELF_REFERENCES = frozenset({"公司", "本公司", "集团公司", "本集团", "本行", "本院", "我院", "学校", "我校", "本局"})
#: What split_title leaves before a title it knows (副总经理 → 副, 总经理): a modifier, no body.
_TITLE_MODIFIERS = frozenset({"副", "常务", "常务副", "代理", "执行", "第一", "专职", "专职副"})
#: Titles by length, longest first, to find where a description before a name ends.
_TITLES_LONGEST_FIRST = sorted(TITLES, key=len, reverse=True)
_TITLES_TUPLE = tuple(TITLES)
#: ... and by their last character, longest first still.
_TITLES_BY_LAST: dict[str, list[str]] = {}
for _title in _TITLES_LONGEST_FIRST:
    _TITLES_BY_LAST.setdefault(_title[-1], []).append(_title)
#: Titles by their first one or two characters, to see whether a cut falls inside one.
_TITLE_HEADS: dict[str, list[str]] = {}
for _title in TITLES:
    for _k in (1, 2):
        if len(_title) > _k:
            _TITLE_HEADS.setdefault(_title[:_k], []).append(_title)


def read_person_slot(text: str, antecedents: list[str] | None = None) -> PersonSlot | None:
    """The person(s) in a clause's person slot, or None if it holds no name.

    Reads a pronoun (其, 他, 该同志) as the persons named before; a post written before the
    name (区人大常委会副主任徐新东) as a description of the person; a title after the
    name (钱建民市长) likewise.
    """
    if "、" in text and text.endswith(_GROUP_ENDS) and (counted := _COUNTED_NAMES.match(text)):
        # 王大春、何秀英、…、岳晓东等30名同志: every name written out, the count closing the list
        found = _read_names(counted.group("names"))
        count = counted.group("count")
        if found and len(found[0]) == (int(count) if count.isdigit() else chinese_number(count)):
            return PersonSlot(list(found[0]), found[1])
    if (
        text.endswith(_GROUP_ENDS)
        and ("等" in text or text.startswith(_GROUP_OPENERS))
        and (group := GROUP_SLOT.match(text))
    ):
        count = group.group("count")
        return PersonSlot([], 3, group=(int(count) if count.isdigit() else chinese_number(count)) if count else 0)
    if text.startswith("选派") and text[2:] in _GROUP_OPENERS:
        return PersonSlot([], 3, group=0)  # 选派以下 + 同志为…: the group below, cut before its honorific
    reading = _slot_reading(text)
    if reading is None and antecedents and (polite := _SURNAME_POLITE.match(text)):
        # 刘先生不再担任…: the person of that surname named last
        named = [name for name in antecedents if name.startswith(polite.group(1))]
        return PersonSlot(named[-1:], 3, pronoun=True) if named else None
    if reading is None:
        return None
    if reading is _PRONOUN:
        return PersonSlot(list(antecedents), 3, pronoun=True) if antecedents else None
    persons, score, described_as = reading
    return PersonSlot(list(persons), score, described_as)


#: A surname and a polite form (刘先生, 陈女士): a person named before, by surname.
_SURNAME_POLITE = re.compile(r"^([\u4e00-\u9fff]{1,2})(?:先生|女士)$")
#: A person slot naming a group whose names are listed after it: 丁敏等36名同志, 刘振宇等同志,
#: 以下5名同志, 下列人员.
GROUP_SLOT = re.compile(
    # (任命下列经遴选进入员额的同志为…: who they are, said between)
    # (上一轮选派的下列同志任期届满: who they are, said before 下列)
    r"^(?:[\u4e00-\u9fff·]{2,6}等|(?:[\u4e00-\u9fff]{2,12}的)?(?:以下|下列|如下)(?:[\u4e00-\u9fff]{1,12}?的)?)"
    r"(?:(?P<count>\d+|[一二三四五六七八九十百零〇两]+)[名位])?(?:同志|人员|董事|监事)"  # (选举以下董事为…委员)
    # 下列同志任期届满，不再担任驻村第一书记: / 以下同志校长聘期届满: the post whose term ended
    r"(?:(?P<title>[\u4e00-\u9fff]{2,8}?)?(?:任期届满|聘期届满|挂职期满|任职期满|驻村期满|派驻期满|服务期满|任期已满|期限已满))?"
    # 以下同志予以召回，免去其…职务: called back, the rows below
    r"(?:(?:予以|提前)?召回(?:原单位|派出单位|原派出单位)?)?"
    # 下列同志已到法定退休年龄，免去其现任职务: the age reached, the rows below
    r"(?:(?:已)?(?:达到|到达|到)(?:法定)?退休年龄|(?:已)?到龄)?$"
)
_GROUP_ENDS = ("同志", "人员", "届满", "期满", "董事", "监事", "召回", "单位", "已满")
_GROUP_OPENERS = ("以下", "下列", "如下")
_COUNTED_NAMES = re.compile(
    # (王家福、刘秀兰(女)、李长寿3名同志: the count without 等)
    r"^(?P<names>[^等,;。]+、[^等,;。]+)等?(?P<count>\d+|[一二三四五六七八九十百零〇两]+)[名位](?:同志|人员)$"
)

#: How the name of a body a person comes from ends (…研究中心, …厅, …集团).
_HOME_BODY_END = re.compile(r"(?:中心|局|部|院|所|厅|委|办|处|科|室|公司|大学|学院|集团|支队|大队|站|[市县区旗])$")
#: Characters a body's name ends with (委员会, 某局): a name cut to start with one is a body cut short.
_BODY_END_CHARS = frozenset("会局厅部委院办室处所站馆校组团队司行")

#: 广州市对口帮扶干部梁健聪: a cadre described by where and why sent, then the name.
_CADRE_BEFORE = re.compile(
    r"^(?P<head>[\u4e00-\u9fff\d]{0,24}(?:干部|员工|职工|教师|医师|医生|工作人员|选调生|专家))(?P<name>[\u4e00-\u9fff·]{2,12})$"
)
#: 原挂职任某公司总经理助理的刘畅: a person described by the post held before.
_HELD_BEFORE = re.compile(r"^原(?:挂职|挂任)?(?:担任|任)(?P<post>[^的,;。]{3,40})的(?P<name>[^的]{2,14})$")

#: A calling or grade after a name (张晓峰副教授, 李明主任医师): it describes the person.
_CALLING_AFTER = re.compile(rf"(?:副|正高级|高级|助理|主任|副主任|主治|主管)?(?:{'|'.join(CALLINGS)})$")
_CALLING_BEFORE = re.compile(
    rf"^(?P<head>.{{2,40}}(?:{'|'.join(CALLINGS)}))(?P<name>[\u4e00-\u9fff·]{{2,12}}(?:{'|'.join(HONORIFICS)}))$"
)

#: What ``_slot_reading`` answers for a pronoun: the persons it stands for are not in the text.
_PRONOUN = ((), 3, "")
_PRONOUN_SET = frozenset(PRONOUNS)


def _is_title_part(text: str) -> bool:
    title = split_title(text)[1]
    return bool(title) and text.endswith(title)


_HONORIFIC_END = re.compile(f"(?:{'|'.join(HONORIFICS)})$")


def _posts_then_one_name(text: str) -> tuple[tuple[str, ...], int, str] | None:
    """执行董事、总经理桂志高: posts apart by 、, every one a title, then a name after the last."""
    head, _, last = text.rpartition("、")
    for size in (3, 2, 4):
        post, name = last[:-size], last[-size:]
        if len(post) < 2 or not _is_title_part(post):
            continue
        found = _read_names(name)
        if found and found[1] >= 2 and all(_is_title_part(part.removeprefix("原")) for part in head.split("、")):
            return found[0], found[1], f"{head}、{post}"
    return None


@functools.lru_cache(maxsize=65536)
def _slot_reading(text: str) -> tuple[tuple[str, ...], int, str] | None:
    """read_person_slot without the antecedents: (persons, score, described_as), ``_PRONOUN``,
    or None. Remembered: a slot (张三同志) is read again by each frame tried on its clause."""
    if not text:
        return None
    if text.endswith(")") and (cut := _opening(text)) > 1:
        if cut > 2 and text[:cut].endswith(HONORIFICS):
            return _slot_reading(text[:cut])  # 孔凡军同志(济宁市农业农村局副局长): who, then where from
        inner = text[cut + 1 : -1]
        if len(inner) <= 6 and NAME_MARK.fullmatch(text[cut:]):
            # 县卫生健康委员会干部孟庆丽(女): who, said of the person after the name
            reading = _slot_reading(text[:cut])
            if reading is not None and reading is not _PRONOUN and reading[1] >= 2:
                return reading
        if "(" in inner:  # 岑一凡(中国地质大学(北京)副教授): a bracket inside the description
            inner = re.sub(r"\([^()]*\)", "", inner)
        # 王立新(北京市发展和改革委员会处长): a name, then the post or body the person comes from
        if (
            len(inner) >= 4
            and "(" not in inner
            and (
                split_title(inner)[1]
                or _HOME_BODY_END.search(inner)
                or inner.endswith(CALLINGS)
                or all(_note_after_name().match(part) for part in inner.split(","))
            )
        ):
            reading = _slot_reading(text[:cut])
            if reading is not None and reading is not _PRONOUN and reading[1] >= 2 and not reading[2]:
                return reading
    if "、" in text:
        bare = clean_name(text) if text.endswith(HONORIFICS) else text
        found = _read_names(text)
    else:  # one name, the common case: read_names of it, with its clean_name made once
        name = clean_name(text)
        bare = name if text.endswith(HONORIFICS) else text
        score = name_score(name)
        found = ((name,), score) if score else None
    if bare in _PRONOUN_SET or text in _PRONOUN_SET:
        return _PRONOUN
    if "、" in text and (not found or found[1] < 2) and (posts := _posts_then_one_name(_HONORIFIC_END.sub("", text))):
        return posts  # 原执行董事、总经理桂志高同志: the posts held, then one name (not 原执行 and 桂志高)
    if (not found or found[1] < 2) and text.endswith(("先生", "女士")) and (each := _each_titled(text)):
        return each
    if (not found or found[1] < 2) and "、" in text and (each := _each_called(text)):
        return each  # 方晓岚研究员、程志远副研究员: each name with its calling
    if (not found or found[1] < 2) and (titled := _title_before(text)):
        # 监事程亚军先生: a title, then a name, not one name of an unknown surname (法官助理谭小锋)
        return titled
    if found and (found[1] >= 2 or not (home := _home_body_reading(text))):
        return found[0], found[1], ""
    if found:
        return home  # 综合处吴兰同志: a unit and a name, not one name of an unknown surname
    if "、" in text and (each := _each_described(text)):
        return each  # 县发展和改革局干部黄勇、县财政局干部刘畅同志: each name with its own description
    if "、" in text and "(" in text and (bare := _SHORT_BRACKET.sub("", text)) != text:
        # 曾凡杰(攸县)、伍佳(茶陵县)同志: each name with where it serves, in brackets
        reading = _slot_reading(bare)
        if reading is not None and reading is not _PRONOUN and len(reading[0]) == text.count("、") + 1:
            return reading
    # 心内科副主任医师施建华同志: a calling before the name describes the person
    if text.endswith(HONORIFICS) and (calling := _CALLING_BEFORE.match(text)):
        found = _read_names(clean_name(calling.group("name")))
        if found and found[1] >= 2:
            return found[0], found[1], calling.group("head")
    # 副市长张三 / 芜湖市人民政府副市长徐志: the longest head ending in a title describes the person
    for cut in range(len(text) - 2, 1, -1):
        head = text[:cut]
        org, title = split_title(head)
        if title:
            found = _read_names(text[cut:])
            # after a whole post and closed by 同志, a name of an unknown surname is still a
            # name (县人民医院骨科主任泽仁多吉同志)
            if found and (
                found[1] >= 2
                or (org and text.endswith(HONORIFICS) and text[cut] not in _BODY_END_CHARS)
                # 阿坝藏族羌族自治州人民政府副州长泽旺多吉: after a whole post, a long name of an unknown surname
                or (
                    org
                    and len(head) >= 6
                    and len(text) - cut in (3, 4)
                    and text[cut] not in _BODY_END_CHARS
                    and "、" not in head
                    and not text.endswith(("员", "务", "的"))  # (董事会、经理 / 层成员: no name)
                )
            ):
                return found[0], found[1], head
    if home := _home_body_reading(text):
        return home
    if (
        "干部" in text
        or "员工" in text
        or "教师" in text
        or "医" in text
        or "工作人员" in text
        or "职工" in text
        or "选调生" in text
        or "专家" in text  # 德国籍专家卢卡斯·菲舍尔教授
    ) and (cadre := _CADRE_BEFORE.match(text)):
        # 广州市对口帮扶干部梁健聪 / 北京市第十一批援疆干部刘国栋: the kind of cadre, then the name
        found = _read_names(cadre.group("name"))
        if found and found[1] >= 3 and len(found[0]) == 1:
            return found[0], found[1], cadre.group("head")
    # 原挂职任某公司总经理助理的刘畅同志: the post held before, then the name
    if (calling := _CALLING_AFTER.search(bare)) and calling.start() >= 2 and "、" not in bare:
        # 新疆农业大学资源与环境学院张晓峰副教授: the name (with where from), then a calling
        reading = _slot_reading(bare[: calling.start()])
        if reading is not None and reading is not _PRONOUN and reading[1] >= 2:
            return reading[0], reading[1], reading[2] + calling.group()
    if text.startswith("原") and (held := _HELD_BEFORE.match(text)) and split_title(held.group("post"))[1]:
        found = _read_names(held.group("name"))
        if found and found[1] >= 2:
            return found[0], found[1], held.group("post")
    # 钱建民市长: the name, then the title the person holds (only titles ending as it ends can)
    for title in _TITLES_BY_LAST.get(bare[-1:], ()):
        if bare.endswith(title) and len(bare) > len(title):
            found = _read_names(bare[: -len(title)])
            # (桑杰扎西研究员: a calling after a name of no known surname is still a calling)
            if found and (found[1] >= 3 or (found[1] >= 2 and title in _ACADEMIC)):
                return found[0], found[1], title
    if "的" in bare and (told := _TOLD_BEFORE.match(bare)):
        # 挂职期满返校的许建军同志 / 新提拔的…: what the person did or is, told before the name
        found = _read_names(told.group("name"))
        if found and found[1] >= 3 and len(found[0]) == 1:
            return found[0], found[1], ""
    return None


#: 挂职期满返校的许建军: a description of the person's doing (no post), then 的 and the name.
_TOLD_BEFORE = re.compile(
    r"^(?P<told>[\u4e00-\u9fff]{0,8}(?:期满|返校|返回|回校|回院|回原单位|提拔|录用|选调|调入|引进|转任)[\u4e00-\u9fff]{0,4})"
    r"的(?P<name>[\u4e00-\u9fff·]{2,12})$"
)


#: Between the names of a board's list, each with its honorific: 、, or 及/和 after an honorific.
_EACH_POLITE = re.compile(r"、|(?<=先生|女士)(?:及|和|以及)")


def _each_titled(text: str) -> tuple[tuple[str, ...], int, str] | None:
    """陈国梁先生、周敏女士、独立董事林一帆先生 / 独立董事孙立群女士、许慧女士及董事郑思远先生: each
    name with its honorific, some with the seat they hold before it (a description, no post)."""
    parts = _EACH_POLITE.split(text)
    if len(parts) < 2 or not all(part.endswith(("先生", "女士")) for part in parts):
        return None
    names: list[str] = []
    titled = []
    for part in parts:
        core = part[:-2]
        head = next((cut for cut in range(len(core) - 2, 1, -1) if core[:cut] in _TITLE_NAMES), 0)
        found = _read_names(core[head:])
        if not found or len(found[0]) != 1 or found[1] < 2:
            return None
        names.append(found[0][0])
        titled.append(head > 0)
    if titled[0] and not any(titled[1:]):
        return None  # 独立董事孙立群女士、许慧女士: one seat said of them all (``_title_before``)
    return tuple(names), 3, ""


def _each_called(text: str) -> tuple[tuple[str, ...], int, str] | None:
    """方晓岚研究员、程志远副研究员: names each followed by a calling (no post, a grade)."""
    names: list[str] = []
    for part in text.split("、"):
        calling = _CALLING_AFTER.search(part)
        if calling is None or calling.start() < 2:
            return None
        found = _read_names(part[: calling.start()])
        if not found or len(found[0]) != 1 or found[1] < 2:
            return None
        names.append(found[0][0])
    return tuple(names), 3, ""


def _title_before(text: str) -> tuple[tuple[str, ...], int, str] | None:
    """监事程亚军先生 / 董事张伟: a bare title, then a well-formed name."""
    for cut in range(2, len(text) - 1):
        if text[:cut] in _TITLE_NAMES:
            found = _read_names(clean_name(text[cut:]))
            if found and found[1] == 3:
                return found[0], found[1], text[:cut]
    return None


@functools.cache
def _note_after_name() -> re.Pattern[str]:
    """What a bracket after a name may say of the person besides where the person comes from:
    李振华(广东省援疆干部,挂职三年) / 吴建伟(挂职期满): a seconded cadre, a period, a state."""
    states = "|".join(sorted(map(re.escape, PERSON_STATES), key=len, reverse=True))
    return re.compile(
        rf"^(?:{states}"
        r"|挂职(?:锻炼)?(?:[一二两三四五六七八九十半\d]+(?:年半?|个月))?"
        r"|(?:挂职|援派|驻村|派驻)(?:期限|时间)[^,]{0,24}"
        r"|[\u4e00-\u9fff]{0,16}(?:援疆|援藏|援青|援川|援派|挂职|选派|帮扶|协作|交流)干部)$"
    )


def _opening(text: str) -> int:
    """Where the bracket closed by ``text``'s last character opens (-1 if nowhere)."""
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[at], 0)
        if depth == 0:
            return at
    return -1


def _home_body_reading(text: str) -> tuple[tuple[str, ...], int, str] | None:
    """自然资源部测绘发展研究中心巴桑次仁同志 / 综合处吴兰同志: the body or unit the person
    comes from, then the name, closed by an honorific."""
    if text.endswith(HONORIFICS) and len(text) > 6:
        for cut in range(len(text) - 4, 2, -1):
            head = text[:cut]
            # (not 研究所副所 / 长郑宏伟: a cut inside a title)
            if _HOME_BODY_END.search(head) and text[cut] not in _BODY_END_CHARS and not _splits_a_title(text, cut):
                found = _read_names(text[cut:])
                return (found[0], found[1], head) if found and found[1] >= 2 else None
    elif len(text) >= 7 and not split_title(text)[1] and not _CLAUSE_INSIDE.search(text):
        # 浙江省交通投资集团有限公司蔡文斌挂职任…: a body whose name ends surely, then a name of
        # two or three characters that reads as one surely (no honorific closes it)
        for cut in (len(text) - 3, len(text) - 2):
            head = text[:cut]
            # (not 某集团有限责 / 任公司董事: a body's name goes on after 集团)
            if (
                _SURE_BODY_END.search(head)
                and not text.startswith(("有限", "股份"), cut)
                and not _splits_a_title(text, cut)
            ):
                found = _read_names(text[cut:])
                if found and found[1] >= 3 and len(found[0]) == 1:
                    return found[0], found[1], head
    return None


#: (丁丽同志为某局首席: a clause, no body before a name)
_CLAUSE_INSIDE = re.compile(r"同志|先生|女士|为|任|免|聘")
#: How the name of a body ends beyond doubt (not 处, 科, 市: 某处处长, 某市市长 hold titles).
_SURE_BODY_END = re.compile(r"(?:有限公司|集团|大学|学院|委员会|研究院|研究所|中心|医院|[局厅])$")


_SHORT_BRACKET = re.compile(r"\([^()]{1,12}\)")


def _each_described(text: str) -> tuple[tuple[str, ...], int, str] | None:
    """Names apart by 、, one or more with a description of its own before it (县财政局干部刘畅):
    each read as a slot of its own, the honorific closing the list held by each."""
    honorific = next((h for h in HONORIFICS if text.endswith(h)), "")
    if not honorific or "(" in text:
        return None
    persons: list[str] = []
    score, described = 3, False
    for part in text[: -len(honorific)].split("、"):
        reading = _slot_reading(part + honorific)
        if reading is None or reading is _PRONOUN or len(reading[0]) != 1 or reading[1] < 2:
            return None
        persons += reading[0]
        score, described = min(score, reading[1]), described or bool(reading[2])
    return (tuple(persons), score, "") if described and len(persons) >= 2 else None


#: What may follow a name in a clause: with these, any name the clause holds is found
#: (for telling an unreadable decision from narrative).
_AFTER_NAME_IN_CLAUSE = (
    *_AFTER_MENTION,
    "为",
    "的",
    "代理",
    "不再",
    "兼",
    "任",
    "担任",
    "挂职",
    "挂任",
    "(",
    *HONORIFICS,
)


def _splits_a_title(text: str, at: int) -> bool:
    """Does a cut at ``at`` fall inside a title (中心主|任, 副局|长)?"""
    return any(text.startswith(title, at - k) for k in (1, 2) for title in _TITLE_HEADS.get(text[at - k : at], ()))


def clause_names(text: str, verbs: re.Pattern[str], person_first: bool = False) -> list[str]:
    """Names where a decision clause puts its person: right after a decision verb
    (任命张三为…), or at the start when the clause opens with its person (张三同志代理…),
    before what follows a name or at the end of a clause cut short. For telling an
    unreadable decision from narrative (周国华为新任命的人员颁发任命书 names nobody so)."""
    found = []
    for spot in ((0,) if person_first else ()) + tuple(m.end() for m in verbs.finditer(text)):
        for pronoun in PRONOUNS:
            if text.startswith(pronoun, spot) and spot:
                found.append(pronoun)
        names = [
            text[spot : spot + length]
            for length in (3, 2, 4, 5, 6)
            if spot + length <= len(text)
            and name_score(text[spot : spot + length]) >= 2
            and not _splits_a_title(text, spot + length)
        ]
        cued = [n for n in names if text.startswith(_AFTER_NAME_IN_CLAUSE, spot + len(n))]
        found += cued[:1] or [n for n in names if spot + len(n) == len(text)][:1]
    return list(dict.fromkeys(found))


def find_mentions(text: str) -> list[str]:
    """Names mentioned in narrative, in order: 审议了钱建民市长提出的… → [钱建民].

    Only a known surname with one or two given characters, followed by 同志, a title or a
    word of the kind that follows a person (提出, 辞去, 因), counts: a pronoun later in the
    notice may refer to it.
    """
    single, compound = surnames()
    mentions: list[str] = []
    dotted = (
        {m.start(): m.group(1) for m in _DOTTED_MENTION.finditer(text) if not m.group(1).startswith(_OPENING_VERBS)}
        if "·" in text
        else {}
    )
    i = 0
    while i < len(text):
        if i in dotted:  # 阿依古丽·买买提女士因…: a transliterated name, whole (no 买买提 alone)
            mentions.append(dotted[i])
            i += len(dotted[i])
            continue
        if (
            (text[i] in single or text[i : i + 2] in compound)
            and text[i - 1 : i + 1] not in _WORDS_NOT_NAMES
            and not text.startswith(_TITLES_TUPLE, i)  # 独立董事: a title, not 独立 + 董事
        ):
            for length in (3, 2, 4):
                name = text[i : i + length]
                if len(name) < length:
                    continue
                # 乌兰图雅女士: a name of four, closed by an honorific, counts at a lower score (not
                # 于叶兆丰 of 关于叶兆丰同志, nor 理施振南 of 总经理施振南先生)
                four = (
                    length == 4
                    and text.startswith(HONORIFICS, i + 4)
                    and text[max(0, i - 1) : i + 1] not in _WORDS_ENDING_IN_A_SURNAME
                    and not split_title(text[max(0, i - 6) : i + 1])[1]
                    and not text[: i + 1].endswith(CALLINGS)  # (主任医师钟卫平同志: no 师钟卫平)
                )
                if name_score(name) < (2 if four else 3):
                    continue
                after = i + length
                if text[after - 1 : after + 1] in _WORDS_ACROSS_A_NAMES_END:
                    continue  # 本人年龄原因: 原因 a word, no 年龄原 + 因
                if (
                    text.startswith(_AFTER_MENTION, after)
                    or text.startswith(_TITLES_TUPLE, after)
                    # 某公司副总经理许文龙2024年度经营业绩考核…: after a post, a name, then the year of what is told
                    or (text[after : after + 1].isdigit() and bool(split_title(text[max(0, i - 12) : i])[1]))
                ):
                    mentions.append(name)
                    # go on after the name and its honorific (高建平先生因…: no 生原)
                    honorific = next((h for h in HONORIFICS if text.startswith(h, after)), "")
                    i += length + len(honorific) - 1
                    break
        i += 1
    return mentions
