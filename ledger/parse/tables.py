"""Tables and name lists in a notice body → the clause sentences they stand for.

Appointment lists are often laid out in columns (附件：任免职务名单):

    姓  名      任命职务                          免去职务
    刘建平      某县交通运输局局长                某县交通运输局副局长
    王　伟      某县自然资源局副局长（试用期一年）

or as rows of a name and a post, in either order (``胡勇　　某局副局长``,
``某中学副校长　　李杰、周晓燕``). Each row is rewritten as the sentence a notice would
have written (``任命刘建平为…;免去刘建平的…职务;``) with the row's line number, so that the
one clause reader reads tables and prose alike.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

from ..posts import split_title
from ..vocab import (
    BODY_SUFFIXES,
    DISCLOSURE_FIELDS,
    DOC_NO,
    EMPTY_CELLS,
    ENUMERATOR,
    FIRST_APPOINTMENT_MARKS,
    HEADS_BY_UNIT_END,
    MANNERS,
    NAME_MARK,
    NOT_PLACE_WORDS,
    RANKS,
    ROTATION_COLUMNS,
    SECTION_HEADS,
    TABLE_COLUMNS,
    TITLES,
)
from .brackets import split_outside_parens
from .persons import name_score
from .records import Line

#: Stands for the white space between a name and a post in a row: the action comes from
#: the section the row stands in (任命: / 免去: / 聘任以下同志…:).
ROW_SEP = "│"

_CELL = re.compile(r"\S+(?: \S+)*")  # cells are separated by two or more spaces
# (one way only to read a name, padded or not: two optional parts of one run would make a list
# of twenty names take minutes to be found no row)
_NAME = r"(?:[\u4e00-\u9fff·]{1,5} [\u4e00-\u9fff·]{1,4}|[\u4e00-\u9fff·]{1,9})(?:\([^()]{1,8}\))?"
_NAMES = rf"{_NAME}(?:、{_NAME})*"
_NAME_HOME_POST = re.compile(r"^([\u4e00-\u9fff·]{2,9})\(([^()]{2,24})\)\s{2,}(\S[^\s]*)$")
_NAME_THEN_POST = re.compile(rf"^({_NAMES})\s{{2,}}(\S.*)$|^({_NAME})\s(\S.*)$")
_POST_THEN_NAME = re.compile(r"^(\S+?)\s{2,}(\S.*)$")
_TRAILING_PARENS = re.compile(r"(\([^()]*\))$")
_ANY_PARENS = re.compile(r"\([^()]*\)")
#: Words that open a clause, never a name: 任命杨 帆为… is a sentence, not a row.
_VERBS = ("任命", "免去", "聘任", "解聘", "决定", "同意", "经")
#: What a clause's rest opens with after its person, never a post: 韦振华　免去党支部书记….
_CLAUSE_STARTS = ("的", "任", "免", "兼", "不再", "辞", "聘", "解聘", "调", "挂职任", "挂任")
#: ... and words that stand between a name and a post in a clause.
_CONNECTORS = ("任", "为", "兼", "同志")


def _compact(text: str) -> str:
    return "".join(text.split())


def _is_post(text: str) -> bool:
    core = re.sub(r"\([^()]*\)$", "", _compact(text)).removesuffix("职务")
    return bool(split_title(core)[1]) or core in _TITLE_SET  # (处长 alone, under its unit's heading)


def _is_name(text: str) -> bool:
    name = NAME_MARK.sub("", _compact(text))
    if name.startswith(_VERBS):
        return False
    longest = 20 if "·" in name else 6  # 阿不都热依木·买买提: a transliterated name is longer
    return 2 <= len(name) <= longest and all("\u4e00" <= ch <= "\u9fff" or ch == "·" for ch in name)


def _width(text: str) -> int:
    """Display columns: tables are aligned by eye, where a Chinese character is two wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cells(line: Line) -> list[tuple[int, str]]:
    return [(line.indent + _width(line.text[: m.start()]), m.group()) for m in _CELL.finditer(line.text)]


#: Labels a table header may carry besides the ones that hold posts.
#: Columns saying how each row is appointed (续聘, 首次聘任).
_HOW_LABELS = ("聘任方式", "任职方式", "聘任类型", "聘任类别", "任职类别", "方式", "任免方式")
#: Columns of a term (挂职时间 | 一年): said of the post beside it, as a bracket after it would be.
_TERM_LABELS = ("挂职时间", "挂职期限", "挂职期", "任职时间", "任期", "聘期")
_OTHER_LABELS = (
    "姓名", "序号", "性别", "出生年月", "民族", "学历", "备注", "籍贯", "现任职务", "原任职务", "现工作单位及职务",
    "派出单位", "原单位及职务", "原职务", "派出单位及职务", "地区", *_TERM_LABELS, "原任职", "原派出单位",
    "原因", "调整原因", "免职原因", "解聘原因", "召回原因", "不再聘任原因", "校长职级", "职级",
    *_HOW_LABELS,  # 续聘 / 新聘: how, not a post (over the 聘任 it starts with)
)  # fmt: skip


def _tab_cells(line: Line) -> list[str]:
    """The cells of a row whose cells are apart by tabs, empty ones kept (the leading white space
    of a row that starts with empty cells was its tabs)."""
    return [_compact(cell) for cell in ("\t" * line.indent + line.text).split("\t")]


def _header(line: Line) -> list[tuple[int, str]] | None:
    """Column labels and where they start; labels may be spaced out (姓  名, 职　务). In a table
    whose cells are apart by tabs, a label "starts" at its column's number, negated."""
    if "姓" not in line.text or "名" not in line.text:  # every header has a 姓名 column
        return None
    if _SENTENCE.search(line.text):  # 名单中姓名后标注…,试用期一年。: a sentence, never a row of labels
        return None
    if "\t" in line.text:
        known = set(TABLE_COLUMNS) | set(_OTHER_LABELS) | set(_HELD_POST_COLUMNS)
        # 单位（部门）, 职务(岗位): a label with its other name in brackets is the label
        # (任命(决定任命)职务: a label with a second name in brackets inside it)
        labels = [
            base if label not in known and ")" in label and (base := _LABEL_BRACKET.sub("", label)) in known else label
            for label in _tab_cells(line)
        ]
        if "姓名" in labels and any(label in TABLE_COLUMNS or label in _HELD_POST_COLUMNS for label in labels):
            return [(-n - 1, label if label in known else f"?{label}") for n, label in enumerate(labels)]
        return None
    found = []
    for label in (*TABLE_COLUMNS, *_OTHER_LABELS):
        for m in re.finditer(r"\s*".join(map(re.escape, label)), line.text):
            found.append((line.indent + _width(line.text[: m.start()]), label, _width(m.group())))
    # keep the longest label where several start at one place (任免职务 over 职务)
    columns: dict[int, tuple[str, int]] = {}
    for start, label, width in found:
        if start not in columns or width > columns[start][1]:
            columns[start] = (label, width)
    spans = sorted((start, label, width) for start, (label, width) in columns.items())
    kept = [s for s in spans if not any(o[0] < s[0] < o[0] + o[2] for o in spans)]
    labels = [label for _, label, _ in kept]
    if "姓名" in labels and any(label in TABLE_COLUMNS or label in _HELD_POST_COLUMNS for label in labels):
        return [(start, label) for start, label, _ in kept]
    return None


_TITLE_SET = frozenset(TITLES)
#: A place's name in an organisation (某市, 某县): a body of its own, not a division of another.
_PLACE = re.compile(r"[省市县区州旗盟镇乡]")
#: How a unit column names a whole body, whose divisions its rows may name (某市中级人民法院).
_WHOLE_BODY = re.compile(r"(?:法院|检察院|政府|局|厅|委员会|大学|学院|医院|公司|集团|中学|小学|学校|幼儿园|卫生院)$")
#: How the name of a unit or body ends: a cell ending so is whole, no name cut short.
_UNIT_END_CHARS = frozenset("院部处室所站局办委厅司校系科队组会心馆行社门")
_SENTENCE = re.compile(r"[,;。，；]")
_PART_ROW = re.compile(r"^[一二三四五六七八九十]{1,3}、[^\t]{2,28}$")
#: (二、免去下列同志护士长职务 / 二、不再担任外部董事名单: a part with rows of its own kind, a new table)
_PART_ROW_NOT = ("名单", "职务", "任免", "任命", "免去", "任职", "免职", "聘", "不再", "委派")


def _part_row(text: str) -> bool:
    """三、桐梓县人民法院 / 一、委派 / 二、免去 across a table: a part of it, its rows below under the
    same columns (a body the rows are at, or the verb they take, said as a heading of its own)."""
    if len(text) > 30 or not _PART_ROW.match(text):
        return False
    label = text.split("、", 1)[1].rstrip(":")
    return label in SECTION_HEADS or not any(word in text for word in _PART_ROW_NOT)


_LABEL_BRACKET = re.compile(r"\([^()]*\)")
_CLAUSE_MARKS = re.compile(r"[,:，：]|[;。；]$")
_PERSON_MARKS = re.compile(r"^(?:男|女|[\u4e00-\u9fff]{1,4}族)$")


def _row_sentences(row: dict[str, str], leaving: bool = False, remarks: str = "") -> list[str]:
    """The clause sentences of a table's row; ``leaving``: the table's caption says its rows
    leave their posts (第十批援疆干部期满免职名单), so a column of the post seconded to is the one left;
    ``remarks``: every row's remark, one per line (a row's verb is said only if some remark says 免职)."""
    if "、" in row.get("姓名", ""):  # 韩　静、姬亚楠: two people in one post's row, each holds it
        names = row["姓名"].split("、")
        if all(_is_name(_compact(name).rstrip("*")) for name in names):
            return [sentence for name in names for sentence in _row_sentences(row | {"姓名": name}, leaving, remarks)]
    cell = row.get("姓名", "").replace("*", "").split()  # (何  俊*: a mark of the new, no part of the name)
    # 陆永刚　男: the gender column stood one space away and joined the name's cell
    name = _compact(" ".join(cell[:1] + [c for c in cell[1:] if not _PERSON_MARKS.match(c)]))
    if _spaced_name(" ".join(cell)):  # 别克波拉提 努尔兰: a transliterated name, its dot lost to a space
        name = "·".join(cell)
    if not _is_name(name):
        return []
    sentences = []
    for column in list(row):
        said_change = _compact(row[column])
        if TABLE_COLUMNS.get(column) == "change" and len(said_change) > 3 and said_change.startswith(_CHANGE_CLAUSE):
            # 任  免 | 任麻醉科主任；免去麻醉科副主任职务: the column says the whole change, as 任免职务 would
            row = {("任免职务" if key == column else key): value for key, value in row.items()}
    remark = _compact(row.get("备注", ""))
    how = next((_compact(row[c]) for c in _HOW_LABELS if c in row), "")
    if remark in _PROPOSED_REMARKS or how in _PROPOSED_REMARKS:
        return []  # 向东风 | 某公司董事长 | 推荐: proposed to the company's own board, not decided here
    # a remark that qualifies the appointment (试用期一年, 正处级) goes with it, as a bracket would
    # (新聘，试用期一年: each part of a remark that qualifies it)
    said_parts = [p for p in re.split("[,;]", remark) if p.startswith(("试用期", "挂职")) or p in RANKS or p in MANNERS]
    said = f"({','.join(said_parts)})" if said_parts else ""
    change = next((_compact(row[c]) for c in row if TABLE_COLUMNS.get(c) == "change"), "")
    either = next((_compact(row[c]) for c in row if TABLE_COLUMNS.get(c) == "either"), "")
    if change and (post := _compact(row.get("职务", "")) or either) and post not in EMPTY_CELLS:
        # 党建军 | 总经理 | 新任 / 白永刚 | 董事、总经理 | 离任: the change says which way (某公司董事、
        # 总经理: the posts of one cell read together, the body said once for both)
        leaving = re.search(r"离任|辞|免|卸任|退休|解聘", change) is not None
        unit = "".join(_compact(row.get(c, "")) for c, k in TABLE_COLUMNS.items() if k == "unit")
        if unit and unit not in EMPTY_CELLS and post.split("、")[0] in _TITLE_SET:
            post = unit + post  # 针灸推拿科 | 杨再兴 | 主任 | 聘任: the title at the unit of its row
        sentences.append(f"免去{name}的{post}职务;" if leaving else f"任命{name}为{post}{said};")
        return sentences + _concurrent_post(name, remark, row)
    if (
        not said
        and (term := next((_compact(row[c]) for c in _TERM_LABELS if row.get(c)), ""))
        and not _A_DAY.match(term)
    ):
        # (任职时间 | 2024年9月23日: the day the post was taken, no term)
        said = (
            f"({term})"
            if term.startswith(("挂职", "任期", "聘期"))
            else f"({'挂职' if '挂职' in ''.join(row) else '任期'}{term})"
        )
    how = next((_compact(row[c]) for c in _HOW_LABELS if c in row), "")
    if not how and remark in FIRST_APPOINTMENT_MARKS:
        how = remark  # 备注 新提任, under 新提任干部试用期一年
    if how in FIRST_APPOINTMENT_MARKS:  # 首次聘任: the mark a legend's probation goes with
        said = f"({how},{said[1:]}" if said else f"({how})"
    if change in ("任", "免", "任免") and any(c in row for c in (*_FROM_COLUMNS, "现任职务", *_TO_COLUMNS)):
        # 原任职务 | 新任职务 | 任免 (任: the new post taken; 免: the old one left; 任免: both), as its legend says
        # (现任职务 | 新任职务 | 任免: the post held now is the one a 免 leaves)
        old = next((_compact(row[c]) for c in (*_FROM_COLUMNS, "现任职务") if c in row), "")
        new = next((_compact(row[c]) for c in _TO_COLUMNS if c in row), "")
        if "任" in change and new and new not in EMPTY_CELLS:
            for one in new.split("、"):
                verb = f"任命{name}兼任{one[2:]}" if one.startswith("兼任") else f"任命{name}为{one}"
                sentences.append(f"{verb}{said if not one.endswith(')') else ''};")
        if "免" in change and old and old not in EMPTY_CELLS:
            sentences.extend(f"免去{name}的{one.removesuffix('职务')}职务;" for one in old.split("、"))
        return sentences
    unit = "".join(_compact(row.get(c, "")) for c, k in TABLE_COLUMNS.items() if k == "unit")
    # 序号 科室 原任职务 姓名 under 解聘人员名单: with no column of its own for the post, the
    # post held is the post the list is about (its action is the list's)
    held = not any(TABLE_COLUMNS.get(c) in ("appoint", "remove", "either", "post") for c in row)
    # 原任职务 | 现任职务 side by side, no other post column: a table of moves, from the one to the other
    moved = held and all(column in row for column in _HELD_POST_COLUMNS[:2])
    for column, text in row.items():
        cell = _compact(text).strip(";")
        if ";" in cell:  # 某局副局长;某中小企业局局长(兼): posts of one cell
            parts = cell.split(";")
            # (任护理部副主任；免去新生儿科护士长职务: the clauses of one change, each its verb)
            clauses = all(part.startswith(_CHANGE_CLAUSE) for part in parts) and parts[0].startswith(_CHANGE_CLAUSE)
            cell = ("," if clauses else "、").join(parts)
        kind = TABLE_COLUMNS.get(column) or (
            _MOVED_FROM_TO.get(column) if moved else "post" if held and column in _HELD_POST_COLUMNS else None
        )
        if leaving and (column in _SECONDED_POST_COLUMNS or (kind == "post" and column in _HELD_POST_COLUMNS)):
            # 期满免职名单 / 孙建华 | 某局副局长 (挂职职务), 轮换回原单位…名单 / 原任职务: the post, left
            kind = "remove"
        if not cell or kind is None or cell in EMPTY_CELLS:
            continue
        # (第一书记兼工作队队长: the first title of a chain names whether the unit is its body)
        first = cell.split("、")[0].split("(")[0].removeprefix("兼任")
        if first not in _TITLE_SET and "兼" in first and first.split("兼")[0] in _TITLE_SET:
            first = first.split("兼")[0]
        if split_title(first)[0] in _ORGANS_OF_A_UNIT:
            first = split_title(first)[1]  # 工作队队长 at 花山乡新春村: the village's work team
        if (
            unit
            and kind in ("appoint", "remove")
            # 文学院 | 院长: the unit's column names the body of a bare title, and of a division of
            # it that names no place (某市中级人民法院 | 刑事审判第一庭庭长)
            and (
                first in _TITLE_SET
                # (心血管内科 | 一病区护士长, 呼吸与危重症医学科 | RICU护士长, 妇产科 | 产房副护士长: its ward)
                or (unit.endswith("科") and _ward_of(unit, first))
                # (金山市场监管所所长: 市场 names no place)
                or (_WHOLE_BODY.search(unit) and not _PLACE.search(NOT_PLACE_WORDS.sub("", split_title(first)[0])))
            )
            # (某市政工程有限公司 | 某置业有限公司总经理: a company named whole stands alone)
            and not split_title(first)[0].endswith(_SELF_STANDING_BODIES)
        ):
            units = split_outside_parens(unit, "、")  # (普外科(胃肠外科、肝胆外科): one unit, its parts in brackets)
            if len(units) > 1 and "、" not in cell:  # 党委办公室、校长办公室 | 主任: one title at each unit
                cell = "、".join(part + cell for part in units)
            else:
                cell = unit + cell
        if kind == "appoint" and _REMARK_LEAVES.match(remark):
            # 贾明远 | 某集团有限公司 | 外部董事 (委派职务) | 不再委派: the remark turns the row round
            sentences.append(f"免去{name}的{cell.removesuffix('职务')}职务;")
        elif kind == "appoint":
            connector = "" if cell.startswith("兼") else "为"  # a cell 兼任某办公室主任 says how itself
            sentences.append(f"任命{name}{connector}{cell}{said if not cell.endswith(')') else ''};")
        elif kind == "remove":
            sentences.append(f"免去{name}的{cell.removesuffix('职务')}职务;")
        elif kind == "either":  # 任免职务: 任…，免去其…职务 / 免去…职务
            for verb in ("免去", "解聘"):
                if cell.startswith(verb):
                    cell = f"{verb}{name}的{unit}{cell[len(verb) :]}"
                    break
            else:
                verb = next((v for v in ("聘任", "任命", "委派") if cell.startswith(v)), None)
                if verb and unit:  # 中国某集团有限公司 | 聘任外部董事、外部董事召集人
                    rest = cell[len(verb) :].removeprefix("为")  # (委派为董事长: the verb and its 为)
                    cell = f"{verb}{name}为{unit}{rest.replace('、', '、' + unit)}"
                elif verb:
                    cell = f"{verb}{name}为{cell[len(verb) :]}"
                elif _is_post(first) and not first.startswith(
                    _CELL_VERB_STARTS
                ):  # 护士长 under 聘任/免去职务 (免去护士长职务 the other way): the post taken
                    cell = f"任命{name}为{unit}{cell}"
                else:
                    cell = name + cell
                if said and verb in ("聘任", "任命", "委派") and not cell.endswith(")") and "," not in cell:
                    cell += said  # 委派为财务总监 | 试用期一年: the remark goes with the appointment
                elif said and cell.startswith(name + "任"):
                    # 任某街道办事处副主任 | 新提拔: what the remark says goes with the appointment, before
                    # any removal after it (，免去…职务)
                    first, comma, rest = cell.partition(",")
                    cell = f"{first}{said if not first.endswith(')') else ''}{comma}{rest}"
            sentences.append(cell + ";")
        elif kind == "post":
            posted = (
                "、".join(part + cell for part in unit.split("、"))
                if "、" in unit and "、" not in cell
                else unit + cell
            )
            if _REMARK_LEAVES.match(remark):
                # 龙婷婷 | 肿瘤科 | 副护士长 | 免职: the remark says which way, as a change column would
                sentences.append(f"免去{name}的{posted.removesuffix('职务')}职务;")
                continue
            # (方式 | 委派 beside 方式 | 推荐: each row's own way, said in a column of its own)
            if ((taken := _REMARK_TAKES.match(remark)) and _REMARK_LEAVES.search(remarks)) or (
                taken := _REMARK_TAKES.match(how)
            ):
                # 潘玉兰 | 肿瘤科 | 护士长 | 聘任 beside rows whose remark is 免职: each row its own verb
                sentences.append(f"{taken.group(1)}{name}为{posted}{said if not cell.endswith(')') else ''};")
                continue
            sentences.append(f"{name}{ROW_SEP}{posted}{said if not cell.endswith(')') else ''};")
    # 原职务 | 新职务: a move; the old post ends where it differs from the new (连任: the same post, held on)
    old = next((_compact(row[c]) for c in _FROM_COLUMNS if c in row), "")
    new = next((_compact(row[c]) for c in _TO_COLUMNS if c in row), "")
    if old and new and old not in EMPTY_CELLS and new not in EMPTY_CELLS and old != new:
        held, taken = _posts_spelled_out(old), _posts_spelled_out(new)
        if set(held) & set(taken):
            # 某中学党支部书记、副校长 → 某中学党支部书记、校长: only what changed is taken, and left
            kept = [s for s in sentences if not s.startswith(f"任命{name}为")]
            kept += [f"任命{name}为{post}{said};" for post in taken if post not in held]
            sentences = kept + [f"免去{name}的{post}职务;" for post in held if post not in taken]
        else:
            sentences.extend(
                f"免去{name}的{one.removesuffix('职务')}职务;" for one in old.split("、") if one not in new
            )
    elif old and old not in EMPTY_CELLS and new in EMPTY_CELLS and any(c in row for c in _TO_COLUMNS):
        # 彭丽君 | 某校校长 | — | 退休: no new post, the old one left
        sentences.extend(f"免去{name}的{one.removesuffix('职务')}职务;" for one in old.split("、"))
    return sentences + _concurrent_post(name, remark, row)


def _posts_spelled_out(cell: str) -> list[str]:
    """某中学党支部书记、校长 → 某中学党支部书记, 某中学校长: each post of a cell with its body."""
    posts: list[str] = []
    for item in cell.removesuffix("职务").split("、"):
        if posts and item in _TITLE_SET and (body := split_title(posts[-1])[0]):
            body = re.sub(r"(?<=.)(?:党委|党总支|党支部|党组)$", "", body)
            item = body + item if item not in ("委员", "书记", "副书记") else split_title(posts[-1])[0] + item
        posts.append(item)
    return posts


#: The organs every unit has, said without the unit (兼党支部书记: the party branch of the row's school).
_ORGANS_OF_A_UNIT = ("党支部", "党总支", "党委", "党组", "工会", "团委", "工作队", "驻村工作队")


def _concurrent_post(name: str, remark: str, row: dict[str, str]) -> list[str]:
    """兼任预防保健科科长 / 兼高等教育研究所所长 in a row's remark: a second post, held 兼任 (a bare
    title, 兼党支部书记, at the unit of the row: 某小学 | 校长 | 兼党支部书记)."""
    if (left := _REMARK_LEFT_POST.match(remark)) and _is_post(post := left.group("post")):
        # 李新华 | 平都镇卫生院 | 院长 | 解聘原任副院长职务: the post the row's person leaves, at the row's unit
        unit = "".join(_compact(row.get(c, "")) for c, k in TABLE_COLUMNS.items() if k == "unit")
        if unit and unit not in EMPTY_CELLS and post in _TITLE_SET:
            post = unit + post
        return [f"免去{name}的{post}职务;"]
    if "," in remark:  # 续聘,兼肾内科护士长: how, then a second post
        remark = next((part for part in remark.split(",") if part.startswith("兼")), remark)
    concurrent = remark.removeprefix("兼任") if remark.startswith("兼任") else remark.removeprefix("兼")
    if concurrent == remark or not _is_post(concurrent):
        return []
    unit = "".join(_compact(row.get(c, "")) for c, k in TABLE_COLUMNS.items() if k == "unit")
    org, title = split_title(concurrent)
    if unit and unit not in EMPTY_CELLS and (org in _ORGANS_OF_A_UNIT or (not title and concurrent in _TITLE_SET)):
        concurrent = unit + concurrent
    return [f"任命{name}兼任{concurrent};"]


#: A ward, a subspecialty or a unit of care of a department (一病区, 产科病区, RICU, 产房, 哮喘亚专科).
_WARD_IN_A_DEPARTMENT = re.compile(
    r"^(?:[^、科]{1,8}?病区|[^、]{1,12}?亚专科|[A-Z]{2,5}|产房|手术室|门诊|[^、科]{1,6}?(?:专业组|治疗组))"
    r"(?:副?护士长|负责人|副?组长|副?主任)$"
)


def _ward_of(department: str, post: str) -> bool:
    """一病区护士长 of 心血管内科, 产科病区护士长 of 妇产科, 新生儿科病区护士长 of 儿科: a ward of the
    department (a ward named by a 科 only where the two names end alike; not 普通外科一病区 of 呼吸科)."""
    if _WARD_IN_A_DEPARTMENT.match(post):
        return True
    ward = re.match(r"^([\u4e00-\u9fff]{1,8}科)(?:[一二三四五六七八九十\d]?病区|产房)(?:副?护士长|副?主任)$", post)
    return ward is not None and ward.group(1)[-2:] == department[-2:]


#: A remark that leaves a post of its own (解聘原任副院长职务, 免去其原任某科科长职务).
_REMARK_LEFT_POST = re.compile(r"^(?:同时)?(?:免去|解聘|免)(?:其)?(?:原任|原)(?P<post>[^,;()]{2,30}?)职务$")
#: How a cell of a 任免职务 column opens that says its own verb (任…, 为…, 免去…, 兼任…).
_CELL_VERB_STARTS = ("任", "为", "兼", "免", "聘", "解", "不", "调", "挂", "提", "代", "续", "辞")


_CHANGE_CLAUSE = ("任", "免", "聘任", "解聘", "不再")
#: 试用期一年 / 试用期六个月 whole, which 试用期 / 一年 is when a cell is cut.
_CUT_PERIOD = re.compile(r"^(?:试用期|挂职|聘期|任期)(?:为)?[一二三四五六七八九十两半\d]+(?:年|个月)$")


def _remarks(rows: list[tuple[int, dict[str, str]]]) -> str:
    return "\n".join(_compact(row.get("备注", "")) for _, row in rows)


_A_DAY = re.compile(r"^\d{4}年\d{1,2}月(?:\d{1,2}日)?$|^\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?$")
_DATE_LIKE = re.compile(r"\d{4}|年|月|日")
#: The columns of a table of moves: the post held, and the post taken.
_FROM_COLUMNS = ("原职务", "原任职务")
_TO_COLUMNS = (
    *("新职务", "新任职务", "现聘职务", "聘任学校及职务", "聘任单位及职务", "任职单位及职务", "新任单位及职务"),
    *ROTATION_COLUMNS,  # 原任职务 | 交流后职务: a rotation
)
_SELF_STANDING_BODIES = ("有限公司", "股份公司", "有限责任公司", "集团公司")
_PROPOSED_REMARKS = frozenset({"推荐", "提名", "建议", "推荐人选", "提名人选", "建议人选"})
#: A remark that opens with a removal (免职，退休 / 解聘): the row's post is left, not taken.
_REMARK_LEAVES = re.compile(
    r"^(?:免职|免去|解聘|辞职|辞去|不再担任|不再聘任|不再委派|解除委派|收回委派|离任|卸任)(?:$|[,;(])", re.M
)
#: A remark that opens with an appointment's verb (聘任，试用期一年 / 任命).
_REMARK_TAKES = re.compile(r"^(聘任|任命|聘用|续聘|新聘|委派|新委派|连续委派|继续委派)(?:$|[,;(])")

#: Columns that say what post a person holds or held, read as the post only in a table with no other.
_HELD_POST_COLUMNS = ("原任职务", "现任职务", "原任职", "原任职村及职务", "原驻村及职务", "原驻村职务")
_MARKED_NAME_GLUED = re.compile(r"^([\u4e00-\u9fff·]{2,12}\((?:女|男)[^()]{0,8}\))([\u4e00-\u9fff].{3,})$")
#: Columns of the post a cadre is seconded to: taken, unless the caption says the rows leave it.
_SECONDED_POST_COLUMNS = ("挂职职务", "挂任职务", "挂职单位及职务")
#: A caption over a table whose rows leave their posts (第十批援疆干部期满免职名单, 挂职期满人员名单).
_LEAVING_CAPTION = re.compile(
    # (轮换回原单位的驻村第一书记名单: those rotated home, each leaving the post in the table)
    r"^[^,;。:]{0,30}(?:免职|免去|期满|届满|解聘|召回|离任|轮换回|回原单位|返回原单位)[^,;。:]{0,12}(?:名单|名册|一览表)$"
    # 同时，经县人民政府研究，免去以下同志挂职职务：: the sentence's last clause, whom the table lists
    r"|^(?:[^;。:]{0,60},)?[^,;。:]{0,20}?(?:免去|解聘|召回)(?:以下|下列)(?:同志|人员)[^,;。:]{0,12}:?$"
)
_MOVED_FROM_TO = {"原任职务": "remove", "现任职务": "appoint"}


def _unit_alone(row: dict[str, str], labels: Iterable[str]) -> str:
    """The unit cells of a row of a table with no post column, joined (头寨镇杨崖村); "" for any
    other row."""
    if any(TABLE_COLUMNS.get(c) in ("appoint", "remove", "either", "post", "change") for c in labels):
        return ""
    if any(c in _HELD_POST_COLUMNS for c in labels):
        return ""
    return "".join(_compact(row[c]) for c, k in TABLE_COLUMNS.items() if k == "unit" and c in row)


def _split_two_posts(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Two cells one space apart read as one (某委员会某科科长 富宁县某镇党委副书记): two posts;
    a post and a padded name (副护士长 刘 娟): the post and the name."""
    out = []
    for offset, text in cells:
        parts = text.split(" ")
        if len(parts) == 2 and all(_is_post(part) for part in parts):
            out += [(offset, parts[0]), (offset + _width(parts[0]) + 1, parts[1])]
        elif len(parts) in (2, 3) and _is_post(parts[0]) and _is_name("".join(parts[1:])) and len(parts[-1]) <= 4:
            out += [(offset, parts[0]), (offset + _width(parts[0]) + 1, " ".join(parts[1:]))]
        else:
            out.append((offset, text))
    return out


def _cell_holds_post(text: str) -> bool:
    """A post (某局局长), a bare title (院长) or an empty cell (—)."""
    cell = _compact(text)
    return cell in EMPTY_CELLS or cell.split("(")[0] in _TITLE_SET or _is_post(cell)


#: A name cell of a continued row that says how its post is held, not who holds it.
_MANNER_CELLS = frozenset({"(兼任)", "(兼)", "兼任", "(代理)"})


def _without_trailing_empties(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells = cells[:-1]
    return cells


#: Columns a merged row's other cells may hold beside its posts: which way, and where.
_NOT_HELD = ("change", "unit")


def _fill_merged_cells(rows: list[tuple[int, dict[str, str]]], labels: list[str]) -> None:
    """A merged cell is written once and left empty below: a row with no name (or no unit)
    holds the name (the unit) of the row above it."""
    units = [c for c in labels if TABLE_COLUMNS.get(c) == "unit"]
    for (_, above), (_, row) in itertools.pairwise(rows):
        for column in units:
            # 甬江城建集团有 / 限公司: a merged cell's name wrapped onto the row below, one body
            first, rest = _compact(above.get(column, "")), _compact(row.get(column, ""))
            if (
                first
                and rest
                and first[-1] not in _UNIT_END_CHARS  # (研究生院 / 农学院: two units, one each)
                and "同上" not in (first, rest)
                and not _PLACE.search(rest[:4])  # (某市政府组成部门 / 某市中级人民法院: a body of its own)
                and not _WHOLE_BODY.search(first)
                and _WHOLE_BODY.search(first + rest)
            ):
                above[column] = row[column] = first + rest
    _centred_labels_placed(rows, units)
    for (_, above), (_, row) in itertools.pairwise(rows):
        for column, cell in row.items():
            if _compact(cell) in ("同上", "同上。") and above.get(column):
                row[column] = above[column]  # 同上: as the row above says
        if _compact(row.get("姓名", "")) in _MANNER_CELLS:  # 8 汤文 数据局局长 / (兼任) 某办公室主任
            manner = _compact(row["姓名"])
            row["姓名"] = ""
            for column, kind in TABLE_COLUMNS.items():
                if kind in ("appoint", "remove", "either", "post") and _compact(row.get(column, "")):
                    row[column] = _compact(row[column]) + manner
        written = [c for c in units if _compact(row.get(c, ""))]
        for column in ("姓名", *(c for c, kind in TABLE_COLUMNS.items() if kind == "unit")):
            if column in units and any(units.index(c) < units.index(column) for c in written):
                continue  # 骨科 | (blank) | 护士长: a new unit, none of the one above's parts
            if (
                above.get(column)
                and not row.get(column)
                and any(row.get(c) for c in TABLE_COLUMNS)
                and (
                    # (1 沈一帆 任 某公司董事长 / (blank) (blank) 免 某公司总经理: the change is no post)
                    # (科室 | 病区 | 职务: a second column of units, under the merged first, holds no post)
                    all(
                        _cell_holds_post(t)
                        for c, t in row.items()
                        if TABLE_COLUMNS.get(c, "change") != "change"
                        and not (c != column and TABLE_COLUMNS.get(c) == "unit" and column != "姓名")
                    )
                    # (14 曲比拉哈 总务科 科长 任 / (blank) 基建办公室 主任 免: the unit beside the post taken)
                    or (
                        column == "姓名"
                        and bool(held := [t for c, t in row.items() if TABLE_COLUMNS.get(c, "change") not in _NOT_HELD])
                        and all(_cell_holds_post(t) for t in held)
                        and any(TABLE_COLUMNS.get(c) == "unit" and row.get(c) for c in row)
                    )
                    # 头寨镇 | 杨崖村 | 杨振东 / (blank) | 马岔村 | 苟文杰: a row of units and a name
                    or (column != "姓名" and _is_name(_compact(row.get("姓名", ""))) and bool(_unit_alone(row, labels)))
                )
            ):  # (a signature's line under a table is no row: 某办公室  2021年7月9日印发)
                row[column] = above[column]
        # 10 向勇 (blank) — 试用期一年: a row that marks its empty cells (—) and leaves a post
        # cell blank shares the merged cell of the row above (two deputies for one post)
        if row.get("姓名") and any(_compact(t) in EMPTY_CELLS for t in row.values()):
            for column, kind in TABLE_COLUMNS.items():
                if kind in ("appoint", "remove") and column not in row and _compact(above.get(column, "")):
                    if _compact(above[column]) not in EMPTY_CELLS:
                        row[column] = above[column]


def _unit_kind(title: str) -> str:
    """处 for 副处长, 部 for 部长: the kind of unit a head's title says, or ''."""
    core = title.split("(")[0]
    return core[-2] if len(core) >= 2 and core.endswith("长") and core[-2] in HEADS_BY_UNIT_END else ""


def _centred_labels_placed(rows: list[tuple[int, dict[str, str]]], units: list[str]) -> None:
    """A merged cell's label printed on the middle row of its group (5 檀文斌 处长 / 6 教务处
    方敏 副处长): a row with no unit whose head's title fits the unit below, not the one above,
    is of the group below."""
    posts = [c for c in (rows[0][1] if rows else {}) if TABLE_COLUMNS.get(c) in ("appoint", "post", "either")]
    for column in units:
        for i in range(1, len(rows) - 1):
            row = rows[i][1]
            if _compact(row.get(column, "")) or not posts:
                continue
            kind = _unit_kind(_compact(row.get(posts[0], "")))
            above = next((_compact(r[column]) for _, r in reversed(rows[:i]) if _compact(r.get(column, ""))), "")
            below = next((_compact(r[column]) for _, r in rows[i + 1 : i + 3] if _compact(r.get(column, ""))), "")
            if kind and above and below and not above.endswith(kind) and below.endswith(kind):
                row[column] = below


def _crowded(placed: list[tuple[str, str]]) -> bool:
    """Do two cells of more than one character stand under one label?"""
    seen: dict[str, list[str]] = {}
    for column, text in placed:
        seen.setdefault(column, []).append(text)
    return any(len(texts) > 1 and any(len(t) > 1 for t in texts) for texts in seen.values())


def _nearest(header: list[tuple[int, str]], offset: int) -> str:
    return min(header, key=lambda column: abs(column[0] - offset))[1]


_LABELS = frozenset(TABLE_COLUMNS) | frozenset(_OTHER_LABELS)


def _cells_one_per_line(lines: list[Line]) -> list[Line]:
    """A table copied from Word with each cell on a line of its own (序号 / 姓名 / 聘任职务 /
    免去职务 / 备注 / 1 / 曹俊 / …): its rows as sentences, the header read as the labels it holds."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        labels: list[str] = []
        while i + len(labels) < len(lines) and _compact(lines[i + len(labels)].text) in _LABELS:
            labels.append(_compact(lines[i + len(labels)].text))
        if (
            len(labels) < 3
            or "姓名" not in labels
            or not any(label in TABLE_COLUMNS or label in _HELD_POST_COLUMNS for label in labels)
        ):
            out.append(lines[i])
            i += 1
            continue
        j = i + len(labels)
        rows: list[tuple[int, dict[str, str]]] = []
        if labels[0] == "序号" and not _compact(lines[j].text if j < len(lines) else "").isdigit():
            labels = labels[1:]  # the row numbers were bare numbers on their lines: dropped as page numbers
            # (each dropped number left a gap in the line numbers: the rows are the runs between)
            if labels[0] != "姓名":
                rows, j = _rows_between_numbers(lines, j, labels)
        # a row: as many lines as labels, opening with its number when the first label is 序号
        numbered, named = labels[0] == "序号", labels[0] == "姓名"
        by_runs = bool(rows)
        while not by_runs and (j + len(labels) <= len(lines) or ((numbered or named) and j + 2 <= len(lines))):
            if (
                named
                and j + 1 < len(lines)
                and lines[j + 1].no == lines[j].no + 1
                and _name_split_over_lines(lines[j].text, lines[j + 1].text)
            ):
                # 陆 / 海 / 男 / …: the name broken over two lines, one cell (on the line of its end)
                lines = [
                    *lines[:j],
                    Line(lines[j + 1].no, _compact(lines[j].text + lines[j + 1].text)),
                    *lines[j + 2 :],
                ]
            cells = [_compact(line.text) for line in lines[j : j + len(labels)]]
            if numbered and not cells[0].isdigit():
                break
            if numbered or named:
                # an empty cell's blank line is gone: the row ends where the next one opens, by
                # its number or its name (田家宏 / 某局副局长 / 王思远 / …), or where no cell can stand
                after = str(int(cells[0]) + 1) if numbered else None
                if named and not numbered and j + len(labels) < len(lines):
                    # 张炜航 / 广州市天河区商 / 务局四级调研员 / 赫章县人民政府副县长 / 3年 / 郭子健: the
                    # next name further down than the labels are many, a cell wrapped
                    stop = next(
                        (
                            k
                            for k in range(len(labels) + 1, len(labels) + 3)
                            if j + k < len(lines) and _short_name(_compact(lines[j + k].text))
                        ),
                        None,
                    )
                    if (
                        stop is not None
                        and not _short_name(_compact(lines[j + len(labels)].text))
                        # (钱文涛 / 男 / 某办公室主任 / 俞佳佳: a name within the row's reach, a short row)
                        and not any(_short_name(_compact(line.text)) for line in lines[j + 2 : j + len(labels)])
                    ):
                        texts = [_compact(line.text) for line in lines[j : j + stop]]
                        joined = _wrapped_cells_rejoined(texts, len(labels), 1)
                        if joined is not None:
                            rows.append((lines[j].no, dict(zip(labels, joined, strict=True))))
                            j += stop
                            continue
                for k, cell in enumerate(cells[1:], 1):
                    if (
                        cell == after
                        or (named and k >= 2 and _short_name(cell))
                        or (
                            named
                            and k >= 2
                            and j + k + 1 < len(lines)
                            and _name_split_over_lines(cell, lines[j + k + 1].text)
                        )
                        # (a label: the next table's header; but 新任 under 备注 is a remark, no label)
                        or (cell in _LABELS and labels[k] not in ("备注", *_HOW_LABELS))
                        or cell.startswith("附件")
                        or cell.endswith("名单")
                        # (同时，免去谢玉兰同志的…职务；…: the paragraph after the table, no cell of its last row)
                        or (labels[k] == "备注" and len(cell) > 30 and _SENTENCE.search(cell) is not None)
                    ):
                        cells = cells[:k]
                        break
                width = len(cells)
                cells = _placed_by_gaps(cells, [line.no for line in lines[j : j + width]], len(labels))
            else:
                width = len(labels)
            if not _is_name(cells[labels.index("姓名")]):
                break
            rows.append((lines[j].no, dict(zip(labels, cells, strict=True))))
            j += width
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        remarks = _remarks(rows)
        for n, (no, row) in enumerate(rows):
            for sentence in _row_sentences(row, remarks=remarks):
                out.append(Line(no, ("。" if n == 0 and out else "") + sentence))
        i = j
    return out


def _tab_rows_resumed_one_per_line(lines: list[Line]) -> list[Line]:
    """A table apart by tabs that goes on after a page footer with each cell on a line of its own
    (7\t韩雪\t某学院副院长 / — 2 — / 8 / 杜建军 / 医药卫生学院院长): those rows as tab rows again."""
    out: list[Line] = []
    labels: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line.text:
            cells = _tab_cells(line)
            if "姓名" in cells and any(cell in TABLE_COLUMNS for cell in cells):
                labels = cells
            out.append(line)
            i += 1
            continue
        if (
            labels[:1] == ["序号"]
            and out
            and "\t" in out[-1].text
            and "姓名" in labels[1:]
            and line.no > out[-1].no + 1  # (after a gap: a page's foot and the row's number dropped)
            and not line.indent  # (a cell wrapped onto a line of its own stands indented to its column)
        ):
            rows, j = _rows_between_numbers(lines, i, labels[1:])
            if rows:
                out.extend(Line(no, "\t".join(["", *(row.get(label, "") for label in labels[1:])])) for no, row in rows)
                i = j
                continue
        if (
            out
            and "\t" in out[-1].text
            and line.no == out[-1].no + 1
            and len(wrapped := line.text.strip()) <= 6
            and (cells := out[-1].text.split("\t"))
            and _cut_after_body(cells[-1].strip(), wrapped)
        ):
            # 6\t吴 斌\t某局\t某村第一书记兼工作队 / 队长: the row's last cell, wrapped onto the next line
            out[-1] = Line(out[-1].no, "\t".join([*cells[:-1], cells[-1].rstrip() + wrapped]))
            i += 1
            continue
        labels = []
        out.append(line)
        i += 1
    return out


def _cut_after_body(above: str, below: str) -> bool:
    """第一书记兼工作队 / 队长: the post a cell adds with 兼 ends in a body, its title on the line below."""
    if "兼" not in above:
        return False
    last = above.rsplit("兼", 1)[-1]
    return len(last) >= 2 and not split_title(last)[1] and bool(split_title(last + below)[1])


def _name_split_over_lines(first: str, second: str) -> bool:
    a, b = _compact(first), _compact(second)
    return (
        len(a) == 1
        and len(b) == 1
        and "\u4e00" <= a <= "\u9fff"
        and "\u4e00" <= b <= "\u9fff"
        and b not in "男女"
        and name_score(a + b) >= 2
    )


def _rows_between_numbers(lines: list[Line], j: int, labels: list[str]) -> tuple[list, int]:
    """Rows whose numbers were dropped (as bare page numbers): each left a gap in the line
    numbers, so a row is a run of consecutive lines, its empty cells at the end (部门 / 职务 /
    姓名 / 备注 with the remark blank); a run that stops before the name lost a middle cell and
    goes on after one blank line."""
    rows: list[tuple[int, dict[str, str]]] = []
    name_at = labels.index("姓名")
    while j < len(lines):
        k = j + 1
        while k < len(lines) and lines[k].no == lines[k - 1].no + 1 and k - j < len(labels):
            k += 1
        if k - j <= name_at and k < len(lines) and lines[k].no == lines[k - 1].no + 2:
            k += 1  # a blank middle cell: the row goes on
            while k < len(lines) and lines[k].no == lines[k - 1].no + 1 and k - j < len(labels):
                k += 1
        texts = [_compact(line.text) for line in lines[j:k]]
        # (a header again, an annex, a caption: the table has ended; 新任 under 备注 is a remark)
        if texts[0] in _LABELS or any(text.startswith("附件") or text.endswith("名单") for text in texts):
            break
        cells = _placed_by_gaps(texts, [line.no for line in lines[j:k]], len(labels))
        whole = (
            k >= len(lines)
            or lines[k].no != lines[k - 1].no + 1
            # (…续聘 / 附件2: the table ends with its last row, the next annex right below)
            or (after := _compact(lines[k].text)).startswith("附件")
            or after in ("序号", "姓名")
        )
        if not (whole and _short_name(cells[name_at])) and (
            found := _row_around_its_name(lines, j, labels, rows[-1][1] if rows else {})
        ):
            row, k = found
            rows.append((lines[j].no, row))
            j = k
            continue
        if not _is_name(cells[name_at]) or not whole:
            break
        rows.append((lines[j].no, dict(zip(labels, cells, strict=True))))
        j = k
    return rows, j


def _row_around_its_name(lines: list[Line], j: int, labels: list[str], above: dict[str, str]):
    """A row whose cells are wrapped onto more lines (南通城建置业有限 / 公司) and whose merged
    cells are left out below their first row (2 / 朱丽华 / 副总经理 / —): its cells joined, placed
    around the name (before it, the labels before 姓名, a missing one the row above's; after it,
    the labels after), and where the row ends (a signature below the last row is no cell)."""
    k = j + 1
    while k < len(lines) and lines[k].no == lines[k - 1].no + 1:
        k += 1
    raw = [_compact(line.text) for line in lines[j:k]]
    texts: list[str] = []
    used: list[int] = []  # how many lines the cells up to each one took
    at = 0
    while at < len(raw):
        if _DOTTED_CUT.search(raw[at]) and at + 1 < len(raw) and _short_name(raw[at] + raw[at + 1]):
            texts.append(raw[at] + raw[at + 1])  # 阿依古丽·买 / 买提: a dotted name cut at the line's end
            at += 2
        else:
            texts.append(raw[at])
            at += 1
        used.append(at)
    if any(text in _LABELS or text.startswith("附件") or text.endswith("名单") for text in texts):
        return None
    name_at = labels.index("姓名")
    name = next((n for n, text in enumerate(texts) if _short_name(text)), None)
    if name is None:
        return None
    before = _wrapped_cells_joined(texts[:name])
    if len(before) > name_at:
        return None
    after: list[str] = []
    end = name + 1
    while end < len(texts) and len(after) < len(labels) - name_at - 1:
        cell, end = _wrapped_cell(texts, end)
        after.append(cell)
    if not after:
        return None
    missing = name_at - len(before)
    cells = [above.get(label, "") for label in labels[:missing]] + before + [texts[name]] + after
    cells += [""] * (len(labels) - len(cells))
    return dict(zip(labels, cells, strict=True)), j + used[end - 1]


def _wrapped_cells_rejoined(texts: list[str], width: int, first: int) -> list[str] | None:
    """A row's cells, one a line, with as many more lines as cells wrapped: each piece that is no
    whole cell (广州市天河区商) joined to the next (务局四级调研员); None if that does not give
    ``width`` cells."""
    cells = list(texts)
    at = first
    while len(cells) > width and at < len(cells) - 1:
        piece = cells[at]
        if not (_is_post(piece) or _is_name(piece) or piece in EMPTY_CELLS) and _is_post(piece + cells[at + 1]):
            cells[at : at + 2] = [piece + cells[at + 1]]
        else:
            at += 1
    return cells if len(cells) == width else None


def _wrapped_cell(texts: list[str], at: int) -> tuple[str, int]:
    """The cell opening at ``texts[at]``, with the lines it wrapped onto; and where the next opens."""
    cell, at = texts[at], at + 1
    while at < len(texts) and (
        cell.count("(") > cell.count(")")  # 副总经理(试用期 / 一年)
        or _BODY_WRAPPED.search(cell)  # 南通城建置业有限 / 公司
        or texts[at] in _BODY_NAME_TAILS
        # 南通城建置业有限公司 / 总经理: a post's cell broken after its body
        or (texts[at] in _TITLE_SET and _WHOLE_BODY.search(cell) and not split_title(cell)[1])
        or (len(texts[at]) <= 2 and not _is_post(cell) and _is_post(cell + texts[at]))  # 后勤管理处副处 / 长
    ):
        cell, at = cell + texts[at], at + 1
    return cell, at


def _wrapped_cells_joined(texts: list[str]) -> list[str]:
    cells, at = [], 0
    while at < len(texts):
        cell, at = _wrapped_cell(texts, at)
        cells.append(cell)
    return cells


#: How a body's name broken inside its last word ends (某置业有限 / 公司), and what the next line then holds.
_BODY_WRAPPED = re.compile(r"(?:有限|股份|有限责任|集团有限)$")
_BODY_NAME_TAILS = frozenset({"公司", "有限公司", "集团", "集团公司", "有限责任公司", "股份有限公司", "中心", "学校"})


def _placed_by_gaps(cells: list[str], numbers: list[int], width: int) -> list[str]:
    """A row short of cells: each blank line left between two cells (a line number skipped) was
    an empty cell (3 / 施宏达 / (blank) / 某公司董事长: no post taken, one left)."""
    placed, at = [""] * width, 0
    for k, cell in enumerate(cells):
        if k:
            at += numbers[k] - numbers[k - 1]
        if at >= width:
            return cells + [""] * (width - len(cells))  # more gaps than empty cells: not blank cells
        placed[at] = cell
    return placed


#: What a line of names alone may hold: names, marks in brackets, 、 and white space.
_ONE_NAME = (
    r"(?:[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}|[\u4e00-\u9fff]{1,10}·[\u4e00-\u9fff·]{1,20})(?:\([^()]{1,8}\))?"
)
_NAMES_LINE = re.compile(rf"^\s*{_ONE_NAME}(?:(?:、|\s{{2,}}){_ONE_NAME})*\s*$")
_ANY_NAMES_LINE = re.compile(rf"^[ \t]*{_ONE_NAME}(?:(?:、|[ \t]{{2,}}){_ONE_NAME})*[ \t]*$", re.M)


def _short_name(text: str) -> bool:
    """A name alone: two to four characters (a padded one too), or a dotted one."""
    name = NAME_MARK.sub("", _compact(text))
    if name.endswith(_UNIT_ENDS):
        return False  # 手术室: a unit's cell, though 手 is a surname
    return _is_name(name) and (len(name) <= 4 or "·" in name) and name_score(name) >= 2


_HOW_MANY = re.compile(r"[(（][\d一二三四五六七八九十]{1,3}[名人][)）]")
_UNIT_ENDS = ("室", "部", "处", "所", "站", "局", "办", "中心", "病区")


def _posts_over_names(lines: list[Line]) -> list[Line]:
    """A list laid out as a post on its line and who is to hold it on the next
    (邢台市民政局局长 / 　　霍秀英): each pair as one row."""
    if _ANY_NAMES_LINE.search("\n".join([line.text for line in lines])) is None:
        return lines  # one search of the whole body: mostly no line holds names alone
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        if (
            len(following) <= 24
            and _NAMES_LINE.match(following) is not None
            and not _SENTENCE.search(line.text)
            and ":" not in line.text
            and all(_short_name(name) for name in re.split(r"、|\s{2,}", following.strip()))
            and len(line.text) <= 40
            and _is_post(line.text)
            and not any(verb in line.text for verb in _VERBS)
            and not _HOW_MANY.search(line.text)  # (一、某法院人民陪审员(18名): a list's label, its names below)
        ):
            names = "、".join(_compact(n) for n in re.split(r"、|\s{2,}", following.strip()))
            out.append(Line(line.no, f"{names}{ROW_SEP}{_compact(line.text)};", line.indent))
            i += 2
            continue
        out.append(line)
        i += 1
    return out


#: Cell walls of a table drawn with bars (姓名 | 职务 |, │ 区志强 │ 董事 │) and its rules (├──┼──┤).
_BARS = re.compile(r"[|｜│┃]")
#: A Markdown table's rule under its header: | --- | :---: |
#: An ASCII table's rule, between its rows: +----+------+ (or +====+).
_ASCII_RULE = re.compile(r"^\s*\+(?:[-=]{2,}\+)+\s*$")
_MARKDOWN_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
_RULE = re.compile(r"^[\s─━┌┐└┘├┤┬┴┼═╔╗╚╝╠╣╦╩╬\-+|｜│]+$")


#: Labels a header whose cells are apart by single spaces may hold (a PDF's flattened table).
_SPACED_LABELS = frozenset({*TABLE_COLUMNS, *_OTHER_LABELS, "级别", "职级"})
#: Columns a row may leave empty at its end (备注, 级别): the row is shorter by those.
_OPTIONAL_LAST = frozenset({"备注", "级别", "职级"})


def _wrapped_spaced_rows(lines: list[Line]) -> list[Line]:
    """A table as pdftotext gives it without its layout: labels spaced out (任 职), cells one
    space apart (or more, where a cell is empty), and a cell too long for its column wrapped
    onto the next line (刑侦支队一大队大队 / 长). Each row, whole again, as a row of tab cells."""
    out: list[Line] = []
    labels: list[tuple[int, str]] = []  # (display offset, label) of the header
    row: list[list] = []  # the row being read: [offset, text] per cell, then its line
    row_no = 0
    header_line: Line | None = None  # a header read, its layout not yet known

    def flush() -> None:
        if row:
            out.append(Line(row_no, "\t".join(_cells_by_label(labels, row))))
            row.clear()

    for line in lines:
        words = [(line.indent + _width(line.text[: m.start()]), m.group()) for m in _WORD.finditer(line.text)]
        if not labels:
            merged = _labels_joined(words)
            if (
                len(merged) >= 4
                and merged[0][1] == "序号"
                and any(label == "姓名" for _, label in merged)
                and all(label in _SPACED_LABELS for _, label in merged)
                and len(merged) < len(words)  # (a label spaced out: the layout pdftotext loses)
            ):
                labels, header_line = merged, line
            else:
                out.append(line)
            continue
        if header_line is not None:  # the first row says which layout: one space between its cells
            if not _ONE_SPACE_ROW.match(line.text):
                out.extend([header_line, line])  # (a table aligned by eye: read as such)
                labels, header_line = [], None
                continue
            out.append(Line(header_line.no, "\t".join(label for _, label in labels)))
            header_line = None
        if words and words[0][1].isdigit() and len(words) >= 3:
            flush()
            row_no, row[:] = line.no, [[offset, text] for offset, text in words[1:]]
            continue
        remark = len(row) == len(labels) - 1 and labels[-1][1] == "备注"  # (the last cell a remark: 四级主任 / 科员)
        open_cells = [
            cell
            for n, cell in enumerate(row)
            if n and not (_whole_remark(cell[1]) if remark and n == len(row) - 1 else _whole_cell(cell[1]))
        ]
        if open_cells and words and len(words) <= len(open_cells) and all(len(text) <= 10 for _, text in words):
            for cell, (_, text) in zip(open_cells, words, strict=False):  # 长 / 长 队长: cells cut short, ended
                cell[1] += text
            continue
        flush()
        if words and words[0][1] == "序号":
            continue  # the header said again at the top of a page
        labels = []
        out.append(line)
    flush()
    if header_line is not None:
        out.append(header_line)  # a header with no row after it: kept as it was
    return out


_WORD = re.compile(r"\S+")
_ONE_SPACE_ROW = re.compile(r"^\d{1,3} \S+ \S")
#: What a remark column holds whole (a remark cut short goes on below: 试用期 / 一年).
_WHOLE_REMARKS = frozenset({"交流", "退休", "新提任", "挂职", "主持工作", "兼", "到龄退休", "另有任用", "试用期一年"})


def _labels_joined(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """序号 姓名 任 职 免 职 备注: labels spaced out, each one label again."""
    out: list[tuple[int, str]] = []
    for offset, text in words:
        if out and len(text) == 1 and len(out[-1][1]) == 1 and out[-1][1] + text in _SPACED_LABELS:
            out[-1] = (out[-1][0], out[-1][1] + text)
        else:
            out.append((offset, text))
    return out


def _whole_cell(text: str) -> bool:
    return text in EMPTY_CELLS or _is_post(text) or text in _WHOLE_REMARKS


def _whole_remark(text: str) -> bool:
    return text in EMPTY_CELLS or text in _WHOLE_REMARKS


def _cells_by_label(labels: list[tuple[int, str]], row: list[list]) -> list[str]:
    """The row's number, then its cells under the header's labels: in order when it has one
    cell per label (an empty one written —), else the remark last and each post under the
    label nearest to where it stands."""
    names = [label for _, label in labels]
    cells = [text for _, text in row]
    if len(cells) == len(names) - 1:
        return ["", *cells]
    placed = {"姓名": cells[0]}
    rest = row[1:]
    if rest and "备注" in names and not _is_post(rest[-1][1]) and rest[-1][1] not in EMPTY_CELLS:
        placed["备注"] = rest.pop()[1]
    posts = [(offset, label) for offset, label in labels if label not in ("序号", "姓名", "备注")]
    if len(rest) == len(posts):
        placed |= {label: text for (_, label), (_, text) in zip(posts, rest, strict=True)}
    else:
        for offset, text in rest:
            label = min(posts, key=lambda p: abs(p[0] - offset))[1] if posts else None
            if label and label not in placed:
                placed[label] = text
    return [placed.get(label, "") for label in names]


def _spaced_to_tabs(lines: list[Line]) -> list[Line]:
    """A table flattened with one space between cells (序号 单位 职务 姓名 级别 备注 / 1 人事处
    处长 马玉峰 正处级) as one whose cells are apart by tabs: a row holds as many cells as the
    header, or fewer by the optional ones at its end, and opens with its number. A line that
    interrupts the rows (a page's footer) is kept, and the header said again after it."""
    out: list[Line] = []
    header: list[str] = []
    header_line: Line | None = None
    interrupted = 0
    skip = 0
    for n, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        tokens = line.text.split(" ")
        if header and tokens[0].isdigit():
            tokens = _padded_name_parts_joined(tokens)  # 2 吴 倩 发展规划处副处长 …: a padded name, one cell
            tokens = _merged_unit_left_empty(tokens, header)
            # 6 王 / 朝阳 基建处副处长 资产与实验室管理处 / 副处长: a row broken inside its cells
            required = len([t for t in header if t not in _OPTIONAL_LAST])
            while len(tokens) < required and n + skip + 1 < len(lines):
                after = lines[n + skip + 1].text.split(" ")
                if (
                    after[0].isdigit()
                    or ENUMERATOR.match(after[0])
                    or any(token in _SPACED_LABELS for token in after)
                    or len(after) > len(header)
                ):
                    break
                if len(after) == 1 and (len(after[0]) > 10 or _DATE_LIKE.search(after[0])):
                    break
                tokens = [*tokens[:-1], tokens[-1] + after[0], *after[1:]]
                skip += 1
            if len(tokens) == required and required < len(header) and n + skip + 1 < len(lines):
                after = lines[n + skip + 1].text
                if " " not in after and len(after) <= 6 and _title_cell(after) and not _title_cell(tokens[-1]):
                    tokens[-1] += after  # …资产与实验室管理处 / 副处长: the last cell wrapped
                    skip += 1
            if (
                required <= len(tokens) <= len(header)
                and n + skip + 1 < len(lines)
                and len(after := lines[n + skip + 1].text) <= 2
                and after[-1] in _UNIT_END_CHARS
                and (units := [i for i, label in enumerate(header) if TABLE_COLUMNS.get(label) == "unit"])
                and units[0] < len(tokens)
                and tokens[units[0]]
                and tokens[units[0]][-1] not in _UNIT_END_CHARS
            ):
                tokens[units[0]] += after  # 11 科研与社会服务 鲍建国 副处长 / 处: the unit's cell wrapped
                skip += 1
        if not header:
            holders = (
                "姓名" not in tokens
                and any(_HOLDER_BEFORE.match(token) for token in tokens)
                and any(_HOLDER_NOW.match(token) for token in tokens)
            )  # (序号 乡镇 村 原第一书记 新任第一书记 派出单位 备注: whose post passed to whom)
            if (
                len(tokens) >= 4
                and tokens[0] == "序号"
                and ("姓名" in tokens or holders)
                and "\t" not in line.text
                and all(
                    token in _SPACED_LABELS
                    or (holders and (_HOLDER_BEFORE.match(token) or _HOLDER_NOW.match(token) or token == "派出单位"))
                    or (holders and token in _HOLDER_PLACE_LABELS)
                    for token in tokens
                )
            ):
                header, header_line, interrupted = tokens, Line(line.no, "\t".join(tokens)), 0
                out.append(header_line)
            else:
                out.append(line)
            continue
        if tokens == header:  # the header said again after a page's footer: the same table goes on
            out.append(Line(line.no, "\t".join(tokens)))
            interrupted = 0
            continue
        optional = len(header) - len([t for t in header if t not in _OPTIONAL_LAST])
        if tokens[0].isdigit() and len(header) - optional <= len(tokens) <= len(header) and "\t" not in line.text:
            if interrupted and header_line is not None:
                out.append(header_line)  # the rows go on after a page's footer: under their header again
            interrupted = 0
            out.append(Line(line.no, "\t".join(_one_post_cell_placed(tokens, header))))
            continue
        interrupted += 1
        if interrupted > 2:
            header, header_line = [], None
        out.append(line)
    return out


def _merged_unit_left_empty(tokens: list[str], header: list[str]) -> list[str]:
    """2 彭小琴 副主任 under 序号 部门 姓名 职务: a merged unit cell, written on another row, is
    missing from this one; its place is kept empty (filled later from the rows around it)."""
    if "姓名" not in header or len(tokens) < 3:
        return tokens
    at = header.index("姓名")
    if (
        at >= 2
        and TABLE_COLUMNS.get(header[at - 1]) == "unit"
        and at - 1 < len(tokens)
        and name_score(tokens[at - 1]) >= 2
        and tokens[at - 1][-1] not in _UNIT_END_CHARS
        and (at >= len(tokens) or not _is_name(tokens[at]) or _is_post(tokens[at]))
    ):
        return [*tokens[: at - 1], "", *tokens[at - 1 :]]
    return tokens


def _one_post_cell_placed(tokens: list[str], header: list[str]) -> list[str]:
    """6 邢丽 西岗支行副行长 新提任 under 序号 姓名 聘任职务 解聘职务 备注: one post cell of two left
    empty, unmarked; the remark says which (新提任: the post taken; 到龄退出, 退休: the post left)."""
    kinds = [TABLE_COLUMNS.get(label) for label in header]
    if (
        len(tokens) != len(header) - 1
        or header[-1] != "备注"
        or sorted(k for k in kinds if k in ("appoint", "remove")) != ["appoint", "remove"]
        or _is_post(tokens[-1])
        or len(tokens) < 3
        or not _is_post(tokens[-2])
    ):
        return tokens
    taken, left = kinds.index("appoint"), kinds.index("remove")
    if abs(taken - left) != 1 or max(taken, left) != len(header) - 2:
        return tokens
    first = min(taken, left)
    post, remark = tokens[-2], tokens[-1]
    leaves = _REMARK_SAYS_LEFT.search(remark) is not None
    cells = [post, "—"] if (first == taken) != leaves else ["—", post]
    return [*tokens[:first], *cells, remark]


#: A remark that says the row's post is left (到龄退出, 退休, 另有任用, 转任…).
_REMARK_SAYS_LEFT = re.compile(r"退休|退出|另有任用|转任|免职|解聘|辞|调离|调出|离任|不再")


def _cell_continued(cell: str, more: str) -> str:
    """A drawn cell and its next line: one name under another (李 敏 / 张红伟) is two people,
    anything else one text wrapped (呼吸与危重症 / 医学科)."""
    first, second = _compact(cell), _compact(more)
    if (
        2 <= len(first) <= 4
        and 2 <= len(second) <= 4
        and name_score(first) >= 2
        and name_score(second) >= 2
        and name_score(first + second) < 2
    ):
        return f"{cell}、{more}"
    return cell + more


def _bars_to_tabs(lines: list[Line]) -> list[Line]:
    """A table drawn with bars as one whose cells are apart by tabs; its rules dropped."""
    out: list[Line] = []
    previous: list[str] | None = None  # the cells of the row above, when no rule stood between
    rows: list[tuple[int, list[str], dict[int, str]]] = []  # the drawn table's rows: where in out, cells, merges
    merged: dict[int, str] | None = None  # the columns the rule above the next row leaves open, and their text
    ruled_above = False  # a rule stands right above the next line
    every_row_ruled: list = [0, False]  # rows with a rule above them so far; whether two rows ever met unruled

    def resolve() -> None:
        """Cells merged across rules (a company's name down three rows, ├──┤公司  ├──): each row's."""
        if any(links for _, _, links in rows):
            for column in range(max(len(cells) for _, cells, _ in rows)):
                run: list[int] = []
                for k, (_, cells, links) in enumerate([*rows, (-1, [], {})]):
                    if run and column in links and column < len(cells):
                        run.append(k)
                        continue
                    if len(run) > 1:
                        whole = "".join(
                            rows[r][2].get(column, "") * (r != run[0]) + rows[r][1][column] for r in run
                        ).strip()
                        for r in run:
                            rows[r][1][column] = whole
                    run = [k] if column < len(cells) else []
            for at, cells, _ in rows:
                out[at] = Line(out[at].no, "\t".join(cells))
        rows.clear()

    for line in lines:
        text = line.text
        if len(_BARS.findall(text)) >= 2 and not _RULE.match(text):
            cells = [cell.strip() for cell in _BARS.split(text.strip())]
            if text.strip()[:1] and _BARS.match(text.strip()):
                cells = cells[1:]  # the wall before the first cell
            if cells and not cells[-1]:
                cells = cells[:-1]  # …and after the last
            if (
                previous is not None
                and (not cells[0] or (every_row_ruled[0] >= 3 and not every_row_ruled[1]))
                and len(cells) == len(previous)
                and "│" in text
            ):
                # (in a table with a rule under every row, a line with no rule above it is the row above,
                # wrapped: │威宁彝族回族苗族│叶冠华│ / │自治县人民政府  │      │)
                # │        │ 员、提名委员会委员 │: a drawn row's cells wrapped onto a line of their own
                previous = [_cell_continued(a, b) for a, b in zip(previous, cells, strict=True)]
                out[-1] = Line(out[-1].no, "\t".join(previous))
                if rows:
                    rows[-1] = (rows[-1][0], previous, rows[-1][2])
                continue
            if previous is None and ruled_above:
                every_row_ruled[0] += 1
            elif previous is not None:
                every_row_ruled[1] = True  # two rows with no rule between: rules do not part the rows
            previous, ruled_above = cells, False
            out.append(Line(line.no, "\t".join(cells)))
            rows.append((len(out) - 1, cells, merged or {}))
            merged = None
        elif rows and (parts := _open_rule_parts(text)):
            # ├──┤公司      ├──────┼…: a rule under some columns only; the others' cells go on below it
            # (│        ├────┼────┤        │: the first and the last column merged down past the rule)
            merged = {c: part.strip() for c, part in enumerate(parts) if not _RULED.match(part)}
            previous, ruled_above = None, True
        elif not (
            _RULE.match(text)
            and ("─" in text or "━" in text or "═" in text or _MARKDOWN_RULE.match(text) or _ASCII_RULE.match(text))
        ):
            previous, ruled_above, every_row_ruled = None, False, [0, False]
            resolve()
            out.append(line)
        else:
            previous, merged = None, None  # a rule: the next row is a row of its own
            ruled_above = True
    resolve()
    return out


#: A rule drawn under some columns only, the others' text running on across it: ├──┤公司    ├──┼──┤.
_PARTIAL_RULE = re.compile(r"^[├┝┠╟][─━═]+[┤┥┼┿╫╢]")
_JUNCTIONS = re.compile(r"[├┝┠╟┤┥╢┼┿╫]")
_RULED = re.compile(r"^[─━═\s]*[─━═][─━═\s]*$")
#: The walls of a drawn rule's columns, junctions or plain bars (│ where a column runs on past it).
_RULE_WALLS = re.compile(r"[├┝┠╟┤┥╢┼┿╫│┃]")


def _open_rule_parts(text: str) -> list[str]:
    """A rule's columns, when it is drawn under some columns only (the rest run on past it), else []."""
    line = text.strip()
    if _PARTIAL_RULE.match(line) is not None and line[-1:] in "┤┥╢":
        return _JUNCTIONS.split(line)[1:-1]
    if line[:1] not in "│┃├┝┠╟" or line[-1:] not in "│┃┤┥╢" or not ("─" in line or "━" in line or "═" in line):
        return []
    parts = _RULE_WALLS.split(line)[1:-1]
    ruled = [bool(_RULED.match(part)) for part in parts]
    if not any(ruled) or all(ruled):
        return []  # (a rule across the whole table)
    if line[:1] in "│┃" and any(not r and part.strip() for part, r in zip(parts, ruled, strict=True)):
        return []  # (a row's text: no rule; ├──┼──┤  南京大学  ├──┤: a rule, a merged cell's text across it)
    return parts


#: What the first column of a table of seats is headed (委员会 | 主任委员 | 委员): the bodies.
_SEAT_TABLE_BODIES = frozenset({"委员会", "专门委员会", "名称", "委员会名称", "单位", "部门", "机构", "组织"})


def _seat_tables(lines: list[Line]) -> list[Line]:
    """A table of seats, a body per row and a title per column (委员会 | 主任委员 | 委员 /
    审计委员会 | 方蕾 | 方蕾、严志明): each row as its unit roster, the body a heading, then a
    roster line per title (审计委员会 / 主任委员:方蕾 / 委员:方蕾、严志明)."""
    out: list[Line] = []
    titles: list[str] | None = None
    for line in lines:
        spaced = "\t" in line.text or "  " in line.text.strip()
        cells = [_compact(cell) for cell in _SPLIT_CELLS.split(line.text.strip())] if spaced else []
        bare = [_ANY_PARENS.sub("", c) for c in cells[1:]]  # 主任委员(召集人): the title
        if len(cells) >= 2 and cells[0] in _SEAT_TABLE_BODIES and all(c in _TITLE_SET for c in bare):
            titles = bare
            continue  # the header: no row
        if titles is not None and len(cells) == len(titles) + 1 and len(cells[0]) >= 2 and cells[0] not in _TITLE_SET:
            out.append(Line(line.no, cells[0], line.indent))
            for title, names in zip(titles, cells[1:], strict=True):
                if names and names not in EMPTY_CELLS:
                    out.append(Line(line.no, f"{title}:{names.replace(',', '、')}", line.indent))
            continue
        titles = None
        out.append(line)
    return out


#: What the column of bodies of a table of names by post is headed (企业名称 | 新任外部董事 | 免去外部董事).
_BODY_COLUMNS = frozenset({"企业名称", "企业", "单位", "单位名称", "公司名称", "公司", "机构名称"})
_ONE_CELL_LABELS = _BODY_COLUMNS | _TITLE_SET | {"序号", "备注"}
#: How such a table's other columns open: the verb of its names, then the title they take or leave.
_NAMES_BY_POST_VERBS: dict[str, str] = {
    "新任": "appoint", "任命": "appoint", "聘任": "appoint", "委派": "appoint", "增补": "appoint", "新聘": "appoint",
    "免去": "remove", "不再担任": "remove", "解聘": "remove", "离任": "remove", "免职": "remove",
}  # fmt: skip
_SPLIT_CELLS = re.compile(r"\t|\s{2,}")
#: A dotted name whose last part was cut short at the line's end (阿依古丽·买).
_DOTTED_CUT = re.compile(r"·[\u4e00-\u9fff]{1,2}$")
#: What the rest of a company's name wrapped onto the next line ends with (有限公司, 限公司, 公司).
_BODY_TAIL = re.compile(r"(?:公司|集团|中心|银行|研究院)$")
#: A mark that the next line was the rest of a body's cell, read with its row.
_WRAP_TAKEN = Line(0, "")


def _names_by_post(lines: list[Line]) -> list[Line]:
    """A table whose cells hold names, a body per row and a verb and title per column (序号 |
    企业名称 | 新任外部董事 | 免去外部董事): each name as the sentence it stands for."""
    out: list[Line] = []
    columns: list[tuple[str, str] | None] | None = None
    started = False
    lines = _rows_over_lines_joined(_names_by_post_one_per_line(lines))
    ahead = ""
    taken: set[int] = set()
    for n, line in enumerate(lines):
        if columns is None and not _SPLIT_CELLS.search(line.text.strip()):
            out.append(line)  # one cell: no header, and no table open for it to be a row of
            continue
        cells = [_compact(c) for c in _SPLIT_CELLS.split(line.text.strip())]
        if columns is not None and len(cells) < len(columns) and line.text.rstrip(" ").endswith("\t"):
            # 2 | 内分泌科 | 周凤霞 | 牛振华 | (empty): the row's last cells empty, their tabs kept
            cells = [_compact(c) for c in _SPLIT_CELLS.split(line.text.strip(" \u3000\n"))]
        if columns is not None and len(cells) > len(columns):
            cells = _padded_cells_joined(cells)  # 吕  刚: a name padded to line up, one cell
        header = _names_by_post_header(cells)
        if header is not None:
            columns, started = header, False
            continue
        if columns is not None and not cells[0].isdigit() and len(cells) == 1 and out and out[-1] is _WRAP_TAKEN:
            out.pop()  # the rest of a body's name, wrapped below its row: read with the row
            continue
        if columns is not None and len(cells) == 1 and columns[0] == ("body", "") and n + 1 < len(lines):
            after = _SPLIT_CELLS.split(lines[n + 1].text.strip())
            if len(after) == len(columns) and not _is_name(cells[0]):
                ahead = cells[0]  # 水产品加工与质量 / 安全研究室  许志远…: the body's cell begun above its row
                continue
        if ahead and columns is not None and cells:
            cells, ahead = [ahead + cells[0], *cells[1:]], ""
        if n in taken:
            continue  # the second line of a row read with its first
        if (
            columns is not None
            and cells[0].isdigit()
            and ("body", "") in columns
            and columns.index(("body", "")) < len(cells) < len(columns)
            and n + 1 < len(lines)
        ):
            # 3  某公司  阿不都热合曼·吐尔逊 / 新疆分公司  2024年7月10日  …: a long name pushed the row's
            # other cells onto the next line, under the body's wrapped end
            after = [_compact(c) for c in _SPLIT_CELLS.split(lines[n + 1].text.strip())]
            if len(cells) + len(after) - 1 == len(columns) and _BODY_TAIL.search(after[0]):
                body_at = columns.index(("body", ""))
                cells = [*cells[:body_at], cells[body_at] + after[0], *cells[body_at + 1 :], *after[1:]]
                taken.add(n + 1)
        wrapped = ""
        if columns is not None and len(cells) == len(columns) and n + 1 < len(lines):
            after = lines[n + 1].text.strip()
            if " " not in after and len(after) <= 8 and _BODY_TAIL.search(after):
                wrapped = after  # 1  云南滇中电力开发  杨春林… / 有限公司: the body's cell goes on below
        if columns is not None and len(cells) == len(columns):
            body = next((c for c, col in zip(cells, columns, strict=True) if col == ("body", "")), "") + wrapped
            sentences = []
            for cell, column in zip(cells, columns, strict=True):
                if column is None or column[0] == "body" or cell in EMPTY_CELLS:
                    continue
                action, title = column
                for name in cell.split("、"):
                    bare, _, mark = name.partition("(")
                    if not _is_name(bare.rstrip("*")):  # (覃立新*: a name marked for the legend below)
                        continue
                    said, held = (f"({mark}" if mark else ""), title
                    if not title and mark.rstrip(")") in _TITLE_SET:
                        held, said = mark.rstrip(")"), ""  # 李明泽(董事) under 免去: the title in brackets
                    if action == "list":
                        sentences.append(f"{bare}{ROW_SEP}{body}{held}{said};")
                    elif action == "appoint":
                        sentences.append(f"任命{bare}为{body}{held}{said};")
                    else:
                        sentences.append(f"免去{bare}的{body}{held}职务{said};")
            if body and sentences:
                if not started:
                    sentences[0] = "。" + sentences[0]  # the first row: a sentence apart from the caption
                started = True
                out.extend(Line(line.no, sentence) for sentence in sentences)
                if wrapped:
                    out.append(_WRAP_TAKEN)
                continue
        columns = None
        out.append(line)
    return out


def _padded_cells_joined(cells: list[str]) -> list[str]:
    """Cells split inside a name padded to line up (吕 / 刚, 严 / 宏(专职), 曹永林、吉 / 红): joined."""
    out: list[str] = []
    for cell in cells:
        first = cell.split("(")[0].split("、")[0]
        last = out[-1].split("、")[-1] if out else ""
        if len(last) == 1 and len(first) == 1 and _short_name(last + first) and not (last + first).isascii():
            out[-1] += cell
        else:
            out.append(cell)
    return out


def _rows_over_lines_joined(lines: list[Line]) -> list[Line]:
    """Such a table whose rows run over several lines, the body's name wrapped in its column and
    one name per line in the names' (1  某投资 / 杜明远(专职) / (集团)有限公司  梁佳慧(兼职) /
    韦正刚(兼职)): each row as one line of cells."""
    out: list[Line] = []
    columns: list[tuple[str, str] | None] | None = None
    row: list[str] | None = None
    row_line: Line | None = None

    def flush() -> None:
        nonlocal row, row_line
        if row is not None and row_line is not None:
            out.append(Line(row_line.no, "  ".join(row), row_line.indent))
        row, row_line = None, None

    for line in lines:
        cells = [_compact(c) for c in _SPLIT_CELLS.split(line.text.strip())] if line.text.strip() else []
        if not cells:
            continue
        cells = _padded_cells_joined(cells)
        header = _names_by_post_header(cells)
        if header is not None:
            flush()
            columns = header
            out.append(line)
            continue
        if columns is None or ("body", "") not in columns:
            flush()
            out.append(line)
            continue
        body_at = columns.index(("body", ""))
        names_at = next((k for k, column in enumerate(columns) if column and column[0] != "body"), None)
        if cells[0].isdigit() and len(cells) == len(columns) and names_at is not None:
            flush()
            row, row_line = cells, line
            continue
        if row is not None and len(cells) == 1 and _BODY_TAIL.search(cells[0]):
            row[body_at] += cells[0]  # 1  云南滇中电力开发  … / 有限公司: the body's name, wrapped
            continue
        if row is not None and names_at is not None and len(cells) <= 2:
            name = cells[-1]
            if not _is_name(name.split("(")[0]) or (len(cells) == 2 and not _BODY_TAIL.search(cells[0] + "公司")):
                flush()
                columns = None
                out.append(line)
                continue
            if len(cells) == 2:
                row[body_at] += cells[0]  # the body's name, wrapped in its column
            row[names_at] += "、" + name  # one more name of the row
            continue
        flush()
        columns = None
        out.append(line)
    flush()
    return out


def _names_by_post_one_per_line(lines: list[Line]) -> list[Line]:
    """Such a table copied with each cell on a line of its own (序号 / 企业名称 / 外部董事 / 备注 /
    某公司 / 何建明、赵丽 / …), its row numbers dropped as page numbers and its empty cells as
    blank lines: each row (a run of consecutive lines) as one line of cells apart by tabs."""
    if not any(_compact(line.text) in _BODY_COLUMNS for line in lines):
        return lines  # (every such header has a column of bodies, 企业名称 or 单位, on a line of its own)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and k - i < 8 and _compact(lines[k].text) in _ONE_CELL_LABELS:
            k += 1
        labels = [_compact(line.text) for line in lines[i:k]]
        if k - i < 3 or (header := _names_by_post_header(labels)) is None:
            out.append(lines[i])
            i += 1
            continue
        body_at = header.index(("body", ""))
        rows: list[list[str]] = []
        j = k
        while j < len(lines):
            run = [lines[j]]
            while j + len(run) < len(lines) and lines[j + len(run)].no == run[-1].no + 1:
                run.append(lines[j + len(run)])
            cells = [_compact(line.text) for line in run]
            if cells and cells[0].isdigit() and labels[0] == "序号":
                cells = cells[1:]
            cells = ([""] if labels[0] == "序号" else []) + cells
            if not (body_at < len(cells) <= len(labels)) or not _BODY_TAIL.search(cells[body_at]):
                break
            rows.append([cell or "—" for cell in cells] + ["—"] * (len(labels) - len(cells)))
            j += len(run)
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        out.append(Line(lines[i].no, "\t".join(labels)))
        out.extend(
            Line(lines[k].no, "\t".join([str(n + 1), *cells[1:]]) if labels[0] == "序号" else "\t".join(cells))
            for n, cells in enumerate(rows)
        )
        i = j
    return out


def _body_column(label: str) -> bool:
    """企业名称, 单位; or a kind of unit (研究室(中心), 科室): a column of the bodies of the rows."""
    if label in _BODY_COLUMNS:
        return True
    bare = re.sub(r"\([^()]*\)", "", label)
    return 2 <= len(bare) <= 6 and bare.endswith(_UNIT_KINDS) and bare not in _TITLE_SET


#: Columns such a table may have beside its names that decide nothing: when, and what the person holds now.
_NAMES_BY_POST_ASIDE = frozenset({"指定日期", "任职日期", "任职时间", "日期", "现任职务", "原任职务", "派出单位"})
_UNIT_KINDS = ("研究室", "研究所", "科室", "中心", "部门", "处室", "学院", "病区")


def _names_by_post_header(cells: list[str]) -> list[tuple[str, str] | None] | None:
    """The columns of such a table's header, or None if ``cells`` is no such header."""
    if len(cells) < 2 or not any(_body_column(c) for c in cells):
        return None
    columns: list[tuple[str, str] | None] = []
    for cell in cells:
        if _body_column(cell):
            columns.append(("body", ""))
            continue
        verb = next((v for v in _NAMES_BY_POST_VERBS if cell.startswith(v) and cell[len(v) :] in _TITLE_SET), None)
        if verb is not None:
            columns.append((_NAMES_BY_POST_VERBS[verb], cell[len(verb) :]))
        elif cell in _NAMES_BY_POST_VERBS:  # 免去 | 李明泽(董事): each name with its title in brackets
            columns.append((_NAMES_BY_POST_VERBS[cell], ""))
        elif cell in _TITLE_SET or (cell.startswith(("临时", "代理")) and cell[2:] in _TITLE_SET):
            # 企业名称 | 外部董事 (机构名称 | 临时负责人): the title alone, its verb the list's (委派以下同志…)
            columns.append(("list", cell))
        elif cell in ("序号", "备注") or cell in _NAMES_BY_POST_ASIDE:
            columns.append(None)
        else:
            return None
    return columns if any(c and c[0] != "body" for c in columns) else None


def _unit_rosters(lines: list[Line]) -> list[Line]:
    """A unit and its roster on one line (计算机科学与技术系  主 任:滕 海  副主任:邵 佳、龚一鸣):
    the unit as a heading, then a roster line for each title."""
    out: list[Line] = []
    for line in lines:
        m = _UNIT_ROSTER.match(line.text) if ":" in line.text else None
        if m is None and line.text.count(":") >= 2 and (seats := _seats_apart_by_one_space(line.text)):
            # 1.心血管内科 主任:覃振华 副主任:韦丽娟、蒙启明 护士长:黄秋菊: a unit's seats, one space apart
            out.extend(Line(line.no, text, line.indent) for text in seats)
            continue
        if m is None:
            out.append(line)
            continue
        rest = m.group("rest").strip()
        starts = [_label_start(rest, c.start()) for c in re.finditer(":", rest)]
        entries: list[str] = []
        if starts and starts[0] == 0 and -1 not in starts:
            for at, end in zip(starts, [*starts[1:], len(rest)], strict=True):
                label, _, names = rest[at:end].partition(":")
                entries.append(_compact(label) + ":" + "、".join(_padded_names(names)))
        if not entries:
            out.append(line)
            continue
        unit = m.group("unit")
        if (
            len(unit) <= 2
            and out
            and out[-1].no == line.no - 1
            and 2 <= len(broken := _compact(out[-1].text)) <= 10
            and all("\u4e00" <= ch <= "\u9fff" for ch in broken)
            and broken[-1] not in _UNIT_END_CHARS
        ):
            unit = broken + unit  # 肝胆胰外 / 科  主 任：何其昌: the unit's name broken over the line's end
            out.pop()
        elif len(unit) == 1:
            out.append(line)  # (科  主任：…: no unit's name, only its last word)
            continue
        out.append(Line(line.no, unit, line.indent))
        out.extend(Line(line.no, entry, line.indent) for entry in entries)
    return out


def _seats_apart_by_one_space(text: str) -> list[str] | None:
    """The unit, then each of its seats (title:names), of a line whose parts stand one space apart;
    None unless every part after the unit is a known title with its names."""
    words = text.split()
    if len(words) < 3 or ":" in words[0]:
        return None
    unit, entries = words[0], []
    for word in words[1:]:
        if ":" in word:
            label, _, names = word.partition(":")
            if label not in _TITLE_SET or not names:
                return None
            entries.append([label, names])
        elif entries and len(word) <= 2 and len(entries[-1][1].split("、")[-1]) <= 2:
            entries[-1][1] += word  # 副主任:杨 燕: a name padded with a space
        else:
            return None
    bare = ENUMERATOR.sub("", unit, count=1)
    if len(entries) < 2 or not re.search(r"(?:科|室|部|处|中心|病区|系|所|站|院)(?:\([^()]*\))?$", bare):
        return None
    return [unit, *(f"{label}:{names}" for label, names in entries)]


def _padded_names(text: str) -> list[str]:
    """The names of a roster set apart by wide gaps, a name padded to three (万  俊) kept whole."""
    names: list[str] = []
    for part in re.split(r"\s{2,}", text.strip()):
        bare = part.split("(")[0]  # 俊(专技四级): the name's marks follow it
        if names and len(bare) == 1 and len(names[-1]) == 1 and _is_name(names[-1] + bare):
            names[-1] += part
        elif part:
            names.append(part)
    return names


#: Where a second roster entry starts on a line (教务处主任:海  燕        教务处副主任:冶文斌).
_NEXT_ROSTER_ENTRY = re.compile(r"\s{2,}(?=[^\s:,;。]{2,24}:)")


_SIDE_UNIT_END = re.compile(r"(?:病区|科|室|部|处|中心|站|所|组|队)$")


def _rosters_side_by_side(lines: list[Line]) -> list[Line]:
    """Two roster entries set side by side on one line (教务处主任:海  燕    教务处副主任:冶文斌、张  瑞):
    a roster line for each, every name whole."""
    out: list[Line] = []
    for line in lines:
        parts = _NEXT_ROSTER_ENTRY.split(line.text.strip()) if line.text.count(":") >= 2 else []
        entries: list[str] = []
        for part in parts if len(parts) >= 2 else ():
            label, colon, names = part.partition(":")
            found = [name for piece in names.split("、") for name in _padded_names(piece)]
            # (心内科一病区：马  燕    消化内科病区：纳红霞: units, their titles said above)
            if not (
                colon
                and (_is_post(label) or _SIDE_UNIT_END.search(_compact(label)))
                and found
                and all(_is_name(n.split("(")[0]) for n in found)
            ):
                break
            entries.append(f"{_compact(label)}:{'、'.join(found)}")
        else:
            if entries:
                out.extend(Line(line.no, entry, line.indent) for entry in entries)
                continue
        out.append(line)
    return out


def _label_start(text: str, colon: int) -> int:
    """Where the title before a colon starts (主 任:, 副主任:), or -1 if no title stands there."""
    for k in range(min(colon, 9), 0, -1):
        if _compact(text[colon - k : colon]) in _TITLE_SET and (colon - k == 0 or text[colon - k - 1] == " "):
            return colon - k
    return -1


_UNIT_ROSTER = re.compile(
    # (重症医学科(ICU): the unit's other name in brackets after it)
    r"^(?P<unit>[\u4e00-\u9fff()]{0,30}?(?:系|所|中心|学院|研究院|部|处|科|室|馆|站)(?:\([A-Za-z\u4e00-\u9fff]{1,10}\))?)"
    r"\s{2,}(?P<rest>\S.*:.*)$"
)


_DISCLOSURE_FIELD = re.compile(
    "^(" + "|".join(sorted(DISCLOSURE_FIELDS, key=len, reverse=True)) + r")(?:[\s:：]+(?P<value>\S.*))?$"
)
#: 2 新任高级管理人员的相关信息 / 1 公告基本信息: a part of the form, by its number, no decision.
_DISCLOSURE_PART = re.compile(r"^\d{1,2}\s*[\u4e00-\u9fff、]{2,30}(?:信息|事项)$")
#: What each change a disclosure form says is, as a clause the reader knows.
_DISCLOSED_AS = {"appoint": "聘任{name}为{post}。", "remove": "{name}不再担任{post}。", "acting": "{name}代理{post}。"}


def _disclosure_forms(lines: list[Line]) -> list[Line]:
    """A fund manager's form of a change (新任高级管理人员职务  总经理 / 新任高级管理人员姓名  宋明辉;
    基金名称  某债券基金 / 新任基金经理姓名  周雨桐): a clause for each who takes or leaves a post, at
    the line of the name. The form's other rows (its basis, a life, dates) say no decision and go."""
    fields: list[tuple[int, str, str]] = []  # (index, field, value)
    for at, line in enumerate(lines):
        if (m := _DISCLOSURE_FIELD.match(line.text.strip())) is not None:
            value = m.group("value") or ""
            if not value and at + 1 < len(lines) and not _DISCLOSURE_FIELD.match(lines[at + 1].text.strip()):
                value = lines[at + 1].text  # (a cell below its label: a PDF's table, one cell a line)
            fields.append((at, m.group(1), "".join(value.split())))
    if not any(DISCLOSURE_FIELDS[field][1] in ("person", "manager") for _, field, _ in fields):
        return lines
    clauses: dict[int, list[str]] = {}
    fund = next((value for _, field, value in fields if DISCLOSURE_FIELDS[field][1] == "fund"), "")
    posts: dict[str, str] = {}
    said: set[tuple[str, str, str]] = set()  # (a name in a form's summary and again in its details: once)
    for at, field, value in fields:
        action, holds = DISCLOSURE_FIELDS[field]
        if holds == "post":
            posts[action] = value
            continue
        post = (fund + "基金经理") if holds == "manager" and fund else posts.get(action, "")
        if holds == "fund" or not post or value in EMPTY_CELLS:
            continue
        for name in re.split("[、,，;；]", value):
            if name and (action, name, post) not in said:
                said.add((action, name, post))
                clauses.setdefault(at, []).append(_DISCLOSED_AS[action].format(name=name, post=post))
    if not clauses:
        return lines
    out: list[Line] = []
    for at, line in enumerate(lines):
        if at in clauses:
            out.append(Line(line.no, "".join(clauses[at])))
        elif not (
            "\t" in line.text  # (the form's other rows, a label and its value apart: no decision)
            or _DISCLOSURE_FIELD.match(line.text.strip())
            or _DISCLOSURE_PART.match(line.text.strip())
        ):
            out.append(line)
    return out


def _election_results(lines: list[Line]) -> list[Line]:
    """A shareholders' meeting's table of votes (议案名称 | 得票数 | … | 是否当选): a row 选举X为Y
    marked 是 is an election, one marked 否 none (a candidate not elected)."""
    out: list[Line] = []
    skip = 0
    voting = False  # (within a table of votes, from its header on)
    for at, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        cells = _vote_cells(line.text)
        if (
            (not cells or cells[-1] not in ("是", "否"))
            and (m := _MOTION_START.search(_compact(line.text)))
            and at + 1 < len(lines)
        ):
            # 4.01  关于选举林建华为公司第四届董事会非独立董 / 事的议案   318,602,118  99.9610  是
            after = _vote_cells(lines[at + 1].text)
            if len(after) >= 2 and after[-1] in ("是", "否"):
                cells, skip = [m.group() + after[0], *after[1:]], 1
        motion = next((_motion(cell) for cell in cells if _ELECTED_MOTION.match(_motion(cell))), None)
        if "是否当选" in line.text:
            voting = True
            continue  # the header of the votes' table: labels only
        if voting and not motion and _HEADER_OR_MOTION_TAIL.match(_compact(line.text)):
            continue  # 决权股份总数比例, 表决权的比例(%): a label of the header, wrapped
        if voting and motion and cells[-1] not in ("是", "否") and all(_FIGURE.match(c) for c in cells[2:]):
            # 2.01  选举岳秋实为第五届董事  1,612,600  95.4891 …: the votes of some shareholders on a
            # motion the table above decided, no election of its own (its wrapped end goes with it)
            while at + skip + 1 < len(lines) and _MOTION_TAIL.match(_compact(lines[at + skip + 1].text)):
                skip += 1
            continue
        if motion and cells[-1] in ("是", "否"):
            # 选举熊振华为第五届董事会非独立董 | … | 是 / 事: the motion's cell wrapped onto the next line
            while at + skip + 1 < len(lines) and _MOTION_TAIL.match(tail := _compact(lines[at + skip + 1].text)):
                motion = _motion(motion + tail)
                skip += 1
            if cells[-1] == "是":
                out.append(Line(line.no, motion + "。"))
            continue
        out.append(line)
    return out


def _vote_cells(text: str) -> list[str]:
    """The cells of a row of votes, apart by tabs or by runs of white space."""
    if "\t" in text:
        return [_compact(cell) for cell in text.split("\t")]
    if "  " not in text and text.rstrip().endswith((" 是", " 否")) and any(map(_FIGURE.match, text.split())):
        return text.split()  # 1.02 选举周文静为…董事 98,110,022 99.11 是: one space apart (a full-width one, read)
    return [cell for cell in _WIDE_GAP.split(text.strip()) if cell] if "  " in text else []


_WIDE_GAP = re.compile(r"\s{2,}")
#: A motion to elect, its cell as the table writes it (关于选举X为Y的议案), at a row's start.
_MOTION_START = re.compile(r"(?:关于)?选举[\u4e00-\u9fff·]{2,8}为[\u4e00-\u9fff]{2,40}$")


def _motion(cell: str) -> str:
    """关于选举X为Y的议案 → 选举X为Y (the election the motion asks for; 选举牟 峰为…: a padded name whole)."""
    words = cell.split()
    # (关于选举杨丽华为…的议案　318,580,117: the votes one space after it are no part of it)
    kept = words[: next((k for k, word in enumerate(words) if _FIGURE.match(word)), len(words))]
    return "".join(kept).removeprefix("关于").removesuffix("的议案")


#: The end of a motion's cell on a line of its own (事, 监事): a few characters, no figure.
_MOTION_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
_HEADER_OR_MOTION_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:\(%\))?$")
_FIGURE = re.compile(r"^[\d,.%]+$")


_ELECTED_MOTION = re.compile(r"^选举[\u4e00-\u9fff·]{2,8}为.{2,40}$")


_NAME_LABEL_SPACED = re.compile(r"\n姓[ \u3000]+名\n")


#: 原负责人 | 现任负责人: columns of whoever held a unit's post before, and of whoever holds it now
#: (新任人员 | 免去人员 beside a column of the post: whoever takes it, whoever leaves it).
_HOLDER_BEFORE = re.compile(r"^(?:原任?|前任|免去|免职|召回)(?P<title>[\u4e00-\u9fff]{2,6})?(?:\([^()]{1,6}\))?$")
#: (新任第一书记(工作队队长): a second title held with the first, in its bracket)
_HOLDER_NOW = re.compile(
    r"^(?:现任?|新任|变更后|任命|拟任|任职(?=人员))(?P<title>[\u4e00-\u9fff]{2,6}(?:\([\u4e00-\u9fff]{2,8}\))?)?$"
)
#: 任职人员 | 任职 | 免职人员 | 免去职务: a column of the post each side's people take, or leave.
#: A remark that the one holding a post stays on for a new term (延期一年, 延长驻村一年, 续任).
_RENEWED_REMARK = re.compile(r"^(?:延期|延长|续任|续派|留任)[^,;。]{0,10}$")
_HOLDER_NOW_POSTS = ("任职", "新任职务", "任职职务", "拟任职务")
_HOLDER_OLD_POSTS = ("免去职务", "免职职务", "原任职务", "原职务")
_HOLDER_UNIT_LABELS = ("名称", "单位", "机构", "部门")
#: Columns of places that name a post's body between them (乡镇 | 村: 会师镇南十村).
_HOLDER_PLACE_LABELS = frozenset(
    {"乡镇", "乡(镇)", "乡镇(街道)", "村", "村(社区)", "社区", "所驻村", "驻村", "驻村点", "派驻村", "驻村地点"}
)
#: A column of the post each row's people take or leave (职务 | 新任人员 | 免去人员).
_HOLDER_POST_LABELS = ("职务", "岗位", "职位")
#: What a holders' column names when the post is in a column of its own.
_HOLDER_PEOPLE = ("人员", "人选", "同志")


def _holder_titles(title: str) -> str:
    """第一书记(工作队队长) as the posts it names (第一书记、工作队队长), or '' when it names none."""
    if title in _TITLE_SET:
        return title
    first, _, second = title.rstrip(")").partition("(")
    return f"{first}、{second}" if first in _TITLE_SET and split_title(second)[1] else ""


def _holders_word(title: str | None) -> str | None:
    """原任职人员 | 新任职人员: the people (人员) of each side, 职 said before them."""
    return title[1:] if title and title.startswith("职") and title[1:] in _HOLDER_PEOPLE else title


#: 潘婷婷(试用期一年)梁国华: a cell's bracket closed, the next cell's name glued to it.
_BRACKET_THEN_NAME = re.compile(r"^(.+?\))([\u4e00-\u9fff·]{2,12})$")


def _is_surname_alone(cell: str) -> bool:
    return len(cell) == 1 and "\u4e00" <= cell <= "\u9fff"


def _holders(cell: str) -> list[tuple[str, str]]:
    """陈秋萍、甘俊 / 潘婷婷(试用期一年) / 罗永新(兼职)、莫晓云(兼职): each name of a holders' cell
    with what its bracket says; none when the cell holds no name (—, 空缺)."""
    found = []
    for part in split_outside_parens(cell.replace("*", ""), "、"):  # (王晓峰*: a mark a note explains)
        said = ""
        if part.endswith(")") and "(" in part:
            part, said = part[: part.index("(")], part[part.index("(") :]
        if not _is_name(part):
            return []
        found.append((part, said))
    return found


def _holders_label(cell: str) -> bool:
    return (
        cell == "序号"
        or cell.endswith(_HOLDER_UNIT_LABELS)
        or cell in _HOLDER_POST_LABELS
        or bool(_HOLDER_BEFORE.match(cell) or _HOLDER_NOW.match(cell))
    )


def _holders_one_per_line(lines: list[Line]) -> list[Line]:
    """Such a table copied with each cell on a line of its own (序号 / 分支机构名称 / 原负责人 / 新任负责人 /
    1 / 某营业部 / 陈立峰 / 高颖 / 2 / …): each row as one line of cells apart by wide gaps."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and k - i < 7 and _holders_label(_compact(lines[k].text)):
            k += 1
        labels = [_compact(line.text) for line in lines[i:k]]
        if not (
            3 <= len(labels)
            and labels[0] == "序号"
            and any(_HOLDER_BEFORE.match(c) for c in labels)
            and any(_HOLDER_NOW.match(c) for c in labels)
        ):
            out.append(lines[i])
            i += 1
            continue
        out.append(Line(lines[i].no, "  ".join(labels), 0))
        j, size, row = k, len(labels), 0
        numbered = k < len(lines) and _compact(lines[k].text) == "1"
        width = size if numbered else size - 1  # (the row numbers dropped as page numbers)
        while j < len(lines):
            run = [lines[j]]  # (a row: a run of consecutive lines)
            while j + len(run) < len(lines) and lines[j + len(run)].no == run[-1].no + 1 and len(run) < width:
                run.append(lines[j + len(run)])
            cells = [_compact(line.text) for line in run]
            row += 1
            if cells[0] == str(row) and len(cells) == size:
                pass
            elif len(cells) == size - 1 and not cells[0].isdigit():
                cells = [str(row), *cells]
            else:
                break
            out.append(Line(run[0].no, "  ".join(cells), 0))
            j += len(run)
        i = j
    return out


def _holders_tables(lines: list[Line]) -> list[Line]:
    """序号 | 分支机构名称 | 原负责人 | 现任负责人 (or 企业名称 | 职务 | 新任人员 | 免去人员): a table of
    units whose post passed from one person to another, with no column of names; each row the
    removal of the one and the appointment of the other. A unit's name wrapped onto a line of its
    own (某国际货运代理有限 / 公司) completes the row above."""
    out: list[Line] = []
    # (cells, unit, before, now, title, post, the post left when a column of its own)
    header: tuple[int, int, int, int, str, int | None, int | None] | None = None
    row: tuple[Line, list[str]] | None = None

    def flush() -> None:
        nonlocal row
        if row is None or header is None:
            return
        line, cells = row
        row = None
        _, at_unit, at_before, at_now, title, at_post, at_post_old = header
        if len(cells) <= max(at_unit, at_before, at_now, at_post or 0, at_post_old or 0):
            out.append(line)  # (a row cut short, its rest never found: as it stands)
            return
        unit = "".join(cells[k] for k in places if k < len(cells)) + cells[at_unit]
        held = cells[at_post] if at_post is not None else (_holder_titles(title) or title)
        held_old = cells[at_post_old] if at_post_old is not None else held
        old = _holders(cells[at_before])
        staying = {name for name, _ in old} & {name for name, _ in _holders(cells[at_now])}
        if held_old != held:
            staying = set()  # (和志明 | 总经理 | 和志明 | 副总经理: one post left, another taken)
        # (吕涛 | 吕涛 | 正式任职: the same person new and old, a probation ended; 谢春生 | 谢春生 | 延期一年:
        # the same person kept on, the term renewed)
        renewed = next((c for c in cells if _RENEWED_REMARK.match(c)), "")
        leaving = [
            f"任命{name}为{unit}{held}({renewed});" if renewed else f"{name}正式任{unit}{held};" for name in staying
        ]
        leaving += [f"免去{name}的{unit}{held_old}职务{said};" for name, said in old if name not in staying]
        taking = []
        for name, said in _holders(cells[at_now]):
            if name in staying:
                continue
            # (罗　斌（兼）: the post held besides another)
            verb, said = ("兼任", "") if said in ("(兼)", "(兼任)") else ("为", said)
            taking.append(f"任命{name}{verb}{unit}{held}{said};")
        sentences = leaving + taking if at_before < at_now else taking + leaving  # (in the columns' order)
        if sentences and not started:
            sentences[0] = "。" + sentences[0]  # the first row: a sentence apart from the caption above
        out.append(Line(line.no, "".join(sentences), 0) if sentences else line)

    started = False
    places: list[int] = []  # the columns of places before the unit's (乡镇 | 村): its name, whole
    if sum(1 for line in lines if _compact(line.text) == "序号"):
        lines = _holders_one_per_line(lines)
    for line in lines:
        if "\t" in line.text:  # (cells apart by tabs: the empty ones kept, where they stand)
            cells = [_compact(text) for text in line.text.strip("\n").split("\t")]
            while cells and not cells[-1]:
                cells.pop()
            if header is not None and 2 < len(cells) < header[0] and cells[0].isdigit():
                cells += [""] * (header[0] - len(cells))  # (3  某公司  岩温  总经理  (none left)  (none))
        else:
            cells = [_compact(text) for _, text in _padded_names_joined(_cells(line))]
        if cells and cells[0].startswith("序号") and len(cells[0]) > 2:
            cells[:1] = ["序号", cells[0][2:]]  # 序号　分支机构名称: one narrow space between two labels
        if header is None:
            before = [
                (k, _holders_word(m.group("title"))) for k, c in enumerate(cells) if (m := _HOLDER_BEFORE.match(c))
            ]
            now = [(k, _holders_word(m.group("title"))) for k, c in enumerate(cells) if (m := _HOLDER_NOW.match(c))]
            if not now and "任职" in cells and "免职" in cells and any(c in _HOLDER_POST_LABELS for c in cells):
                now = [
                    (cells.index("任职"), None)
                ]  # 单位 | 职务 | 任职 | 免职: who takes the row's post, who leaves it
            # (乡镇 | 村 | 原第一书记 | 新任第一书记 | 新任第一书记派出单位: the post's place, not the home)
            unit = [
                k
                for k, c in enumerate(cells)
                if (c.endswith(_HOLDER_UNIT_LABELS) and "派出" not in c) or c in _HOLDER_PLACE_LABELS
            ]
            post = [k for k, c in enumerate(cells) if c in _HOLDER_POST_LABELS or c in _HOLDER_NOW_POSTS]
            post_old = [k for k, c in enumerate(cells) if c in _HOLDER_OLD_POSTS]
            if before and now and before[0][1] in _HOLDER_PEOPLE and now[0][1] and _holder_titles(now[0][1]):
                before[0] = (before[0][0], now[0][1])  # 新任第一书记 | 召回人员: the people who held that post
            if (
                before
                and now
                and unit
                and "姓名" not in cells
                and (before[0][1] or "") == (now[0][1] or "")
                # (新任 | 原任(免去) beside a 职务 column: the people, the post in its own column)
                and (
                    before[0][1] in _TITLE_SET
                    or bool(_holder_titles(before[0][1] or ""))
                    or (before[0][1] in (*_HOLDER_PEOPLE, None) and post)
                )
            ):
                at_post = post[0] if before[0][1] in (*_HOLDER_PEOPLE, None) else None
                places[:] = unit[:-1] if all(cells[k] in _HOLDER_PLACE_LABELS for k in unit[:-1]) else []
                at_unit = unit[-1] if places else unit[0]
                header = (len(cells), at_unit, before[0][0], now[0][0], now[0][1], at_post, next(iter(post_old), None))
                continue  # the header: no clause of its own
            out.append(line)
            continue
        size, at_unit = header[0], header[1]
        needed = max(*header[1:4], header[5] or 0, header[6] or 0) + 1
        if (
            row is not None
            and len(row[1]) == 2
            and len(cells) >= needed - 1
            and _BODY_TAIL.search(row[1][-1] + cells[0])
        ):
            # 5  鲁东港口建设工程有限公 / 司  执行董事  邢玉杰: a row whose unit's name wrapped, the rest below
            line, cells = row[0], [*row[1][:-1], row[1][-1] + cells[0], *cells[1:]]
            row = None
        while len(cells) > size and (k := next((k for k, c in enumerate(cells[:-1]) if _is_surname_alone(c)), -1)) >= 0:
            cells[k : k + 2] = [cells[k] + cells[k + 1]]  # 宋  凯（兼）: a padded name with its mark
        if len(cells) == size - 1:
            for k, cell in enumerate(cells):
                if (glued := _BRACKET_THEN_NAME.match(cell)) and _is_name(glued.group(2)):
                    cells[k : k + 1] = [glued.group(1), glued.group(2)]  # 潘婷婷(试用期一年)梁国华: two cells
                    break
        if needed <= len(cells) <= size and cells[0].isdigit():
            flush()  # (a row's last cells, a remark, may be empty)
            started, row = row is not None or started, (line, cells)
            continue
        if len(cells) == 2 and cells[0].isdigit() and row is not None:
            flush()  # 5  鲁东港口建设工程有限公: a row broken after its unit's first part, the rest below
            started, row = True, (line, cells)
            continue
        if len(cells) == size:
            flush()
            started, row = row is not None or started, (line, cells)
            continue
        if (
            row is not None
            and len(cells) == 1
            and len(cells[0]) <= 6
            and len(row[1]) == size
            and row[1][-1]
            and not _BODY_TAIL.search(cells[0])
            and not (at_unit < len(row[1]) and _BODY_TAIL.search(row[1][at_unit] + cells[0]))
            and name_score(cells[0].split("(")[0]) < 2
        ):
            row[1][-1] += cells[0]  # 9  某公司  总经理  周德宝  谢宏亮  试用期 / 一年: the remark, wrapped
            continue
        if (
            row is not None
            and len(cells) == 1
            and len(cells[0]) <= 8
            and at_unit < len(row[1])
            and _BODY_TAIL.search(row[1][at_unit] + cells[0])
        ):
            row[1][at_unit] += cells[0]  # 某国际货运代理有限 / 公司 (or / 司): the unit's name, wrapped in its column
            continue
        if (
            row is not None
            and len(cells) == 2
            and header[5] is not None
            and header[5] < len(row[1])
            and len(cells[0]) <= 8
            and _BODY_TAIL.search(row[1][at_unit] + cells[0])
            and (cells[1] in _TITLE_SET or not _is_name(cells[1]))
        ):
            # 内江川南能源发展有  党委书记、 / 限公司  董事长: the unit's name and its post, both wrapped
            row[1][at_unit] += cells[0]
            row[1][header[5]] += cells[1]
            continue
        flush()
        header = None  # the rows have ended
        out.append(line)
    flush()
    return out


#: The label of a roster's column of units (科  室, 部  门): each row's unit, its titles' columns after it.
_UNIT_COLUMN_LABELS = frozenset({"科室", "部门", "单位", "病区", "处室", "院系", "科所", "股室"})


def _spaced_words_joined(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """科  室 / 主  任 / 副 主 任: the characters of one word padded apart, one word again (a word
    is joined while the characters run on within four cells of each other)."""
    out: list[tuple[int, str]] = []
    for offset, text in cells:
        text = "".join(text.split())
        if out and len(text) == 1 and offset - (out[-1][0] + 2 * len(out[-1][1])) <= 4 and len(out[-1][1]) <= 3:
            out[-1] = (out[-1][0], out[-1][1] + text)
        else:
            out.append((offset, text))
    return out


def _unit_title_grids(lines: list[Line]) -> list[Line]:
    """科  室   主  任   副 主 任 over rows (心血管内科   巩志强   马彩霞*; 神经内科 (blank) 安永平): a
    roster of units by title, each name under its title's column, as roster lines (心血管内科：主任巩志强；
    副主任马彩霞*)."""
    out: list[Line] = []
    columns: list[tuple[int, str]] | None = None
    for line in lines:
        if "\t" in line.text:  # (cells apart by tabs: a table the readers below take by its tabs)
            columns = None
            out.append(line)
            continue
        cells = _cells(line)
        if columns is None:
            words = _spaced_words_joined(cells)
            if (
                len(words) >= 2
                and words[0][1] in _UNIT_COLUMN_LABELS
                and all(word in _TITLE_SET for _, word in words[1:])
            ):
                columns = words
                continue
            out.append(line)
            continue
        if len(cells) < 2 or _SENTENCE.search(line.text):
            columns = None  # the rows have ended
            out.append(line)
            continue
        unit_cells = [text for offset, text in cells if offset < columns[1][0] - 2]
        unit = "".join("".join(unit_cells).split())
        held: dict[str, list[str]] = {}
        for offset, text in cells:
            if offset < columns[1][0] - 2:
                continue
            at = min(columns[1:], key=lambda column: abs(column[0] - offset))[1]
            held.setdefault(at, []).append(text)
        seats = []
        for _, title in columns[1:]:
            # (王 鹏* / 李    斌: a name padded inside its cell, one name; 汪海龙 陈小军: two)
            names = [
                name
                for part in held.get(title, [])
                for name in (
                    ["".join(part.split())] if all(len(t.strip("*")) <= 2 for t in part.split()) else part.split()
                )
            ]
            joined: list[str] = []
            for name in names:  # (李    斌: a surname and its given name padded into two cells)
                if joined and len(joined[-1]) == 1 and len(name.strip("*")) <= 2:
                    joined[-1] += name
                else:
                    joined.append(name)
            if joined:
                seats.append(title + "、".join(joined))
        if not unit or not seats:
            columns = None
            out.append(line)
            continue
        out.append(Line(line.no, f"{unit}:{';'.join(seats)};", line.indent))
    return out


def _name_post_rows_after_colon(lines: list[Line]) -> list[Line]:
    """以下同志聘期届满，不再续聘： / ⇥赵立民⇥某公司总经理 / ⇥钱文军⇥某公司副总经理: a name and its post
    apart by a tab, right under a list's head, with no header: each as a name and post apart by a space."""
    out: list[Line] = []
    under_head = False
    for line in lines:
        cells = [cell for cell in line.text.split("\t") if cell.strip()] if "\t" in line.text else []
        if (
            under_head
            and len(cells) == 2
            and _is_name(_compact(cells[0]))
            and _is_post(_compact(cells[1]))
            and not _SENTENCE.search(cells[1])
        ):
            out.append(Line(line.no, f"{_compact(cells[0])} {_compact(cells[1])}", 0))
            continue
        under_head = line.text.rstrip().endswith((":", "：")) and "\t" not in line.text
        out.append(line)
    return out


def rewrite_tables(lines: list[Line]) -> list[Line]:
    """Lines with every table and name list rewritten as clause sentences."""
    texts = "\n".join([line.text for line in lines])
    if "\t" in texts:
        lines = _name_post_rows_after_colon(lines)
        texts = "\n".join([line.text for line in lines])
    if ("原" in texts or "免去" in texts or "免职" in texts) and (
        "现" in texts
        or "新任" in texts
        or "变更后" in texts
        or "任职人员" in texts
        or "任职  " in texts
        or "任职\t" in texts
    ):
        if "序号 " in texts:  # (a holders' table flattened with one space between its cells)
            lines = _spaced_to_tabs(lines)
        lines = _holders_tables(lines)
        texts = "\n".join([line.text for line in lines])
    if _BARS.search(texts):
        lines = _seat_tables(_bars_to_tabs(lines))
        texts = "\n".join([line.text for line in lines])
    elif "委员会" in texts and ("\t" in texts or "  " in texts):
        lines = _seat_tables(lines)  # 专门委员会   主任委员(召集人)   委员: set out with white space
    if "是否当选" in texts:
        lines = _election_results(lines)
    if "高级管理人员" in texts or "基金经理姓名" in texts:
        lines = _disclosure_forms(lines)
    if "  " in texts and any(label[0] in texts for label in _UNIT_COLUMN_LABELS):
        lines = _unit_title_grids(lines)
        texts = "\n".join([line.text for line in lines])
    if " " in texts:
        lines = _units_over_title_name_lines(lines)
    if "序号 " in texts:
        lines = _spaced_to_tabs(_wrapped_spaced_rows(lines))
    if " " in texts:
        lines = _numbered_rows_rejoined(lines)
    if ":" in texts:
        lines = _unit_rosters(lines)
        if "  " in texts:  # (entries side by side stand apart by wide gaps)
            lines = _rosters_side_by_side(lines)
    if "\n姓名\n" in texts or _NAME_LABEL_SPACED.search(texts):  # (姓  名: the label spaced out)
        lines = _cells_one_per_line(lines)
    if "\t" in texts and "姓名" in texts:
        lines = _tab_rows_resumed_one_per_line(lines)
    if "名称" in texts or "单位" in texts or any(kind in texts for kind in _UNIT_KINDS):
        lines = _names_by_post(lines)
    lines = _posts_over_names(lines)
    if " " in texts and "姓" not in texts:
        lines = _post_name_rows(lines)
    if "  " in texts and "姓" not in texts:
        lines = _unit_title_name_rows(lines)
    if " " in texts and "姓" not in texts:
        lines = _unit_name_title_rows(lines)
    if "  " in texts and "姓" not in texts:  # (a table with a header is read by its columns below)
        lines = _list_rows_whole(lines)
    if "姓" not in texts and " " not in texts:
        return list(lines)  # no header (every header has 姓名), and no row (cells stand apart)
    out: list[Line] = []
    header: list[tuple[int, str]] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    short: list[str] = []  # the cells of a tab row cut short by a line break inside a cell
    leaving = False  # the caption over the table says its rows leave their posts
    ahead: dict[str, str] = {}  # a cell of the next row, set out above its line
    table_line = 0  # the number of the table's last line read

    def flush() -> None:
        labels = [label for _, label in header or ()]
        _fill_merged_cells(rows, labels)
        remarks = _remarks(rows)
        after: list[Line] = []  # removals a row's remark says, read after the rows of the list
        for n, (no, row) in enumerate(rows):
            sentences = _row_sentences(row, leaving, remarks)
            if any(ROW_SEP in sentence for sentence in sentences):
                after += [Line(no, s) for s in sentences if s.startswith("免去")]
                sentences = [s for s in sentences if not s.startswith("免去")]
            for sentence in sentences:
                # the first row starts a sentence of its own, apart from the table's caption
                out.append(Line(no, ("。" if n == 0 and row.get("姓名") and out else "") + sentence))
            if not sentences and _is_name(name := _compact(row.get("姓名", ""))):
                unit = _unit_alone(row, labels)
                # 头寨镇 | 杨崖村 | 杨振东, no post column: the name and where they go, the title the
                # notice's group names (选派…任驻村第一书记(名单见附件1)); else kept, for a person
                out.append(Line(no, f"{name}  {unit}" if unit else "　".join(row.values()) + ";"))
        out.extend(Line(line.no, ("。" if k == 0 else "") + line.text) for k, line in enumerate(after))
        rows.clear()

    following = dict(zip(map(id, lines), lines[1:], strict=False))

    def _header_next(line: Line) -> bool:
        """二、解聘 / 序号 科室 姓名 原任职务: a part with a table of its own below, not rows of this one."""
        below = following.get(id(line))
        return below is not None and "姓" in below.text and _header(below) is not None

    for line in lines:
        if header is None:
            # _header and _list_row, each behind its own first test: most lines are neither
            header = _header(line) if "姓" in line.text else None
            leaving = header is not None and any(_LEAVING_CAPTION.match(before.text) for before in out[-2:])
            spacing = _even_spacing(line, header)
            if header is None:
                out.append(_list_row(line) if " " in line.text else line)
            continue
        if header[0][0] < 0 and [label for _, label in header] == _tab_cells(line):
            continue  # the header said again over the rows after a page break
        if header[0][0] < 0:  # cells apart by tabs: each in its column by its number
            # (an indented paragraph under the table, a sentence with its marks, is no row)
            if rows and len(line.text) <= 6 and "\t" not in line.text and rows[-1][1]:
                last = next(reversed(rows[-1][1]))
                if _CUT_PERIOD.match(rows[-1][1][last]) is None and _CUT_PERIOD.match(rows[-1][1][last] + line.text):
                    rows[-1][1][last] += line.text  # 2 | 杨柳 | … | 试用期 / 一年: the row's last cell, cut
                    continue
                if line.indent and _cut_after_body(rows[-1][1][last], line.text):
                    rows[-1][1][last] += line.text  # 7 | 杨光荣 | … | 第一书记兼工作队 / 队长: the same
                    continue
            row_like = not _PART_OPENING.match(line.text) and (  # (　　二、免去委派人员名单: no cell)
                "\t" in line.text
                # 1 | 何志远 | … | 任麻醉科主任； / 免去麻醉科副主任职务: a cell of two clauses, cut after the first
                or (
                    bool(short)
                    and short[-1].endswith((";", ","))
                    and len(line.text) <= 60
                    and not _SENTENCE.search(line.text)
                    and line.text.startswith(_CELL_VERB_STARTS)
                )
                or (line.indent and not _SENTENCE.search(line.text) and not line.text.endswith(":"))
                # 2 | 曾德华 | … | 提名为某镇镇长候 / (4 tabs)选人；按法定程序辞: a wrapped cell far in
                # (not 赵光明,骨一科主任; nor 以下同志聘期届满,不再续聘: an indented paragraph after the table)
                or (line.indent >= 2 and len(line.text) <= 24 and not _CLAUSE_MARKS.search(line.text))
                # 3 | 丁志伟 | 男 | 某局副局长 / (兼任某中心主任): the cell's bracket, wrapped, its tabs gone
                or (bool(short) and len(line.text) <= 40 and line.text.startswith("(") and line.text.endswith(")"))
                # 4 | 肖明轩 | … | 某中心学校校长、 / 党支部书记: a cell cut after its 、
                or (
                    bool(short)
                    and short[-1].endswith("、")
                    and len(line.text) <= 20
                    and not _SENTENCE.search(line.text)
                )
                # 6 | 马俊峰 | 某局副局长 / 某中心主任(兼) (its empty cells' tabs gone): a cell of two
                # paragraphs, a post in each
                or (
                    bool(short)
                    and _is_post(short[-1])
                    and len(line.text) <= 60
                    and not _SENTENCE.search(line.text)
                    and _is_post(line.text)
                    and bool(split_title(_compact(line.text).split("(")[0])[0])
                )
            )
            cells_by_tab = _tab_cells(line) if row_like else []
            if (
                short
                and cells_by_tab
                and short[0].isdigit()  # (a numbered row, and no number opening the next)
                and cells_by_tab[0]
                and not cells_by_tab[0].isdigit()
                # (…(兼任某中心主任)\t\t\t: the empty cells after it still stand for the rest of the row)
                and len(short) + len(_without_trailing_empties(cells_by_tab)) - 1 <= len(header)
            ):
                # 9 | 心血管内科 / 一病区 | 主任 | 贺文斌: a cell broken over two lines, the row goes on
                # (a second post of the cell, on its own paragraph: the two apart, as a list of posts)
                glue = (
                    "、"
                    if _is_post(short[-1]) and _is_post(cells_by_tab[0]) and not short[-1].endswith(("、", ";", ","))
                    else ""
                )
                cells_by_tab = [*short[:-1], short[-1] + glue + cells_by_tab[0], *cells_by_tab[1:]]
                rows.pop()
            elif (
                short
                and cells_by_tab
                and short[0].isdigit()
                and not cells_by_tab[0]
                and next((k for k, cell in enumerate(cells_by_tab) if cell), -1) == len(short) - 1
                and not _is_post(short[-1])
                and len(_without_trailing_empties(cells_by_tab)) <= len(header)
            ):
                # 10 | 张鹏 | 男 | 某区丈八沟 / (empty) | (empty) | (empty) | 小学 | 校长: the cut cell goes on
                # below itself, the row's other cells after it (not a second post under a whole one)
                at = len(short) - 1
                cells_by_tab = [*short[:-1], short[-1] + cells_by_tab[at], *cells_by_tab[at + 1 :]]
                rows.pop()
            if len(cells_by_tab) > len(header) and not any(cells_by_tab[: len(header) - 1]):
                # 8 | 马永祥 | … | 火红乡长海村党总支第一书 / (five tabs) 记: a wrapped cell past the last
                # column, one tab too many: the last column's
                cells_by_tab = [*cells_by_tab[: len(header) - 1], "".join(cells_by_tab[len(header) - 1 :])]
            short = cells_by_tab if 2 <= len(cells_by_tab) < len(header) else []
            if len(cells_by_tab) >= 2:
                row = {label: cell for (_, label), cell in zip(header, cells_by_tab, strict=False) if cell}
                before = rows[-1][1] if rows else {}
                wrapped = all(
                    label not in TABLE_COLUMNS
                    or not _cell_holds_post(cell)
                    # 某学校党支部 / 书记、校长: the cell above is cut short, a body without its title
                    or (label in before and not _cell_holds_post(before[label]))
                    # (第一书记兼工作队 / 队长: its second post cut short, its title below)
                    or (label in before and _cut_after_body(before[label], cell))
                    for label, cell in row.items()
                )
                # (初 / 晓慧: a name cut by its cell's width goes on in the line below)
                name_goes_on = len(before.get("姓名", "")) == 1 and _is_name(before["姓名"] + row.get("姓名", "-"))
                if rows and not cells_by_tab[0] and (not row.get("姓名") or name_goes_on) and wrapped:
                    for label, cell in row.items():  # a cell wrapped onto a line of its own (试用期 / 一年)
                        rows[-1][1][label] = rows[-1][1].get(label, "") + cell
                else:
                    rows.append((line.no, row))
                continue
            if not row_like and _part_row(line.text) and not _header_next(line):
                flush()
                out.append(line)
                continue
            flush()
            header = _header(line)
            leaving = header is not None and any(_LEAVING_CAPTION.match(before.text) for before in out[-2:])
            spacing = _even_spacing(line, header)
            if header is None:
                out.append(_list_row(line))
            continue
        raw = _cells(line)
        # (…杨柳  副主任 / (a blank line) / 以下同志不再担任原职务：: the table has ended, no cell goes on)
        after_blank, table_line = bool(table_line) and line.no > table_line + 1, line.no
        cells = _padded_names_joined(raw)
        if cells and " " in cells[0][1] and header[0][1] == "姓名":
            cells = _name_apart_from_post(cells[0]) + cells[1:]
        else:  # 6  才让东智 甘肃省旅游投资集团有限公司  兼职外部董事: the name one space from its body
            at = next((k for k, (o, t) in enumerate(cells[:3]) if " " in t and _nearest(header, o) == "姓名"), None)
            if at is not None:
                cells[at : at + 1] = _name_apart_from_post(cells[at])
        for at, (offset, text) in enumerate(cells[:3]):
            if (glued := _MARKED_NAME_GLUED.match(text)) and _is_post(glued.group(2)) and _is_name(glued.group(1)):
                # 4  陈思琪(女)北京市商务局…副处长: the name's mark ran into the next cell, no space between
                name = glued.group(1)
                cells[at : at + 1] = [(offset, name), (offset + _width(name), glued.group(2))]
                break
        first_column = header[0][0]
        # a cell wrapped onto the next line, indented to its column (the paragraph under a
        # table, indented too, is no piece of its last row: it is long, and has its full stop)
        if (
            rows
            and cells
            and cells[0][0] > first_column + 2
            # (科科长 / 任 / 年: the ends of three cells wrapped, none in the columns opening a row)
            and (
                len(cells) <= 2
                or (
                    len(cells) < len(header)
                    # ((女)  副主任  一年: the name's mark, wrapped under it, like the other cells)
                    and (_nearest(header, cells[0][0]) not in ("序号", "姓名") or _MARK_ONLY.match(cells[0][1]))
                )
            )
            and all(len(text) <= 40 and "。" not in text for _, text in cells)
            # (23 柴晓军 财务总监 / 二、因任期届满，…: the notice's next part, indented as its paragraphs are)
            and not _PART_OPENING.match(cells[0][1])
            and not (after_blank and cells[0][1].endswith(":"))
        ):
            # a cell wrapped onto the next line, indented to its column
            above = rows[-1][1]
            placed_below = [(_nearest(header, offset), _compact(text)) for offset, text in cells]
            if len(placed_below) >= 2 and all(
                column in above and _whole_pair(_compact(above[column]), text) for column, text in placed_below
            ):
                # 7 杨继红 某能源集团有限公司 专职外部董事 / 某水务有限责任公司 专职外部董事: a second
                # row of the same person (its number and name cells merged), not the rest of the first
                rows.append(
                    (line.no, {**{k: v for k, v in above.items() if k in _PERSON_LABELS}, **dict(placed_below)})
                )
                continue
            for offset, text in cells:
                column = _nearest(header, offset)
                held = rows[-1][1].get(column, "")
                if (
                    TABLE_COLUMNS.get(column) in ("appoint", "remove", "either", "post")
                    and _is_post(held)
                    and _compact(text).endswith(BODY_SUFFIXES)
                    and not _is_post(text)
                ):
                    # 13 韦丽 建筑材料检验所所长 / 纺织品与服装检验所 / 14 陆文斌 (blank) / 所长: the
                    # next row's cell, set out around its line, not the rest of a whole post
                    ahead[column] = ahead.get(column, "") + text
                    continue
                if _compact(text) in EMPTY_CELLS and held:
                    continue  # 局长 / —: an empty cell below a full one, no part of it
                if _compact(held) in EMPTY_CELLS:
                    held = ""  # — / 副局长: the person's second line fills the cell left empty above
                if _is_post(held) and _is_post(text) and split_title(_compact(text))[0]:
                    held += "、"  # 某局副局长 / 某中心主任: a second post of the cell, on a line of its own
                rows[-1][1][column] = held + text
            continue
        if len(cells) >= 2 and _nearest(header, cells[0][0]) in ("序号", "姓名", header[0][1]):
            # (序号 姓名 … with one space between its first labels: compared whole)
            if "".join(_compact(text) for _, text in cells) == "".join(label for _, label in header):
                continue  # the header said again at the top of the next page
            row: dict[str, str] = {}
            if len(cells) < len(header) and header[0][1] == "序号" and _NUMBER_GLUED.match(cells[0][1]):
                # 10 医学影像科: a two-digit number one space from its row's first cell
                offset, text = cells[0]
                number, rest = text.split(" ", 1)
                cells = [(offset, number), (offset + len(number) + 1, rest), *cells[1:]]
            if len(cells) < len(header) and (single := _apart_by_single_spaces(cells, len(header))):
                # 3  呼吸与危重症医学科 主任 冉德明  续聘: a long cell left one space from the next
                rows.append((line.no, {label: text for (_, label), text in zip(header, single, strict=True)}))
                continue
            if len(cells) < len(header):
                cells = _split_two_posts(cells)
            placed = [(_nearest(header, offset), text) for offset, text in cells]
            placed = [(column, ahead.pop(column, "") + text) for column, text in placed]
            placed += [(column, text) for column, text in ahead.items()]
            ahead.clear()
            for column, text in placed:  # each cell under the label nearest to it
                row[column] = row.get(column, "") + text
            # two cells under one label, unless a padded name's halves (钱  佳): with every
            # cell filled, a row set out of line with its header is read in order instead
            # (or with its last cells empty: a remark column left blank)
            if len(cells) <= len(header) and (
                (len(row) < len(placed) and _crowded(placed))
                # a table set out with the same gap everywhere, aligned by no one: its cells in order
                or (spacing is not None and _gaps(raw) <= {spacing})
            ):
                row = {label: text for (_, label), (_, text) in zip(header, cells, strict=False)}
            rows.append((line.no, row))
            continue
        if rows and "号" in line.text and DOC_NO.fullmatch(_compact(line.text)):
            out.append(line)  # 西中医人〔2025〕8号 atop the next page: the running head, the rows go on
            continue
        if _part_row(line.text) and not _header_next(line):  # (一、委派 / 二、免去 between the rows)
            flush()
            out.append(line)
            continue
        flush()
        header = _header(line)
        leaving = header is not None and any(_LEAVING_CAPTION.match(before.text) for before in out[-2:])
        spacing = _even_spacing(line, header)
        if header is None:
            out.append(_list_row(line))
    flush()
    return out


_MARK_ONLY = re.compile(r"^\([^()]{1,8}\)$")
_PART_OPENING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")
_NUMBER_GLUED = re.compile(r"^\d{1,3} [^\d\s]")


def _apart_by_single_spaces(cells: list[tuple[int, str]], width: int) -> list[str] | None:
    """A row short of cells whose cells, split at single spaces as well, are as many as the
    header's labels: those cells, in order."""
    if not any(" " in text for _, text in cells):
        return None
    first = next((n for n, (_, text) in enumerate(cells) if not text.isdigit()), None)
    parts = [
        part
        for n, (_, text) in enumerate(cells)
        # (7  别克波拉提 努尔兰  某局局长: a transliterated name written with a space, one cell)
        for part in ([text] if n == first and _spaced_name(text) else text.split(" "))
        if part
    ]
    if len(parts) > width:
        parts = _padded_name_parts_joined(parts)  # 2 吴 倩 发展规划处副处长 …: 吴 倩 is one cell
    if any(len(part) < 2 and not part.isdigit() for part in parts):
        return None  # 钟 梅: a name padded to line up, no two cells
    return parts if len(parts) == width else None


def _spaced_name(text: str) -> bool:
    """别克波拉提 努尔兰: two long parts of one name, a space between them (no post, no short half)."""
    halves = text.split(" ")
    return len(halves) == 2 and all(3 <= len(half) <= 6 and _is_name(half) for half in halves) and not _is_post(text)


def _padded_name_parts_joined(parts: list[str]) -> list[str]:
    """Two one-character parts side by side that make a name (吴 倩), as one part."""
    joined: list[str] = []
    for part in parts:
        if (
            joined
            and len(part) == 1
            and len(joined[-1]) == 1
            and not (part + joined[-1]).isascii()
            and _short_name(joined[-1] + part)
        ):
            joined[-1] += part
        else:
            joined.append(part)
    return joined


def _gaps(cells: list[tuple[int, str]]) -> set[int]:
    """The widths of white space between a row's cells."""
    return {b[0] - a[0] - _width(a[1]) for a, b in itertools.pairwise(cells)}


def _even_spacing(line: Line, header: list[tuple[int, str]] | None) -> int | None:
    """The one gap between a header's labels, if every gap is the same (序号  科室  姓名: no
    column padded to line up with its rows); None for a table aligned by eye, or no header."""
    if header is None or header[0][0] < 0:
        return None
    cells = _cells(line)
    gaps = _gaps(cells)
    return gaps.pop() if len(cells) == len(header) and len(gaps) == 1 else None


def _padded_names_joined(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """徐  慧 in a row set out with two spaces between cells: a padded name, one cell."""
    joined: list[tuple[int, str]] = []
    for offset, text in cells:
        if (
            joined
            and len(text) == 1
            and len(joined[-1][1]) == 1
            and offset - joined[-1][0] <= 6  # (two cells' ends, each in its column: 任    任)
            and _is_name(joined[-1][1] + text)
            and not ({text, joined[-1][1]} & _NOT_HALF_NAMES)
        ):
            joined[-1] = (joined[-1][0], joined[-1][1] + text)
        else:
            joined.append((offset, text))
    return joined


#: The cells a row of merged cells takes from the row above: who the person is.
_PERSON_LABELS = ("序号", "姓名", "性别")


def _whole_pair(above: str, below: str) -> bool:
    """Two cells of one column each whole (a body named to its end, or a post), not one cut in two."""
    if above.endswith(BODY_SUFFIXES) and below.endswith(BODY_SUFFIXES):
        return True
    return _is_post(above) and _is_post(below)


def _name_apart_from_post(cell: tuple[int, str]) -> list[tuple[int, str]]:
    """邵丽芳 经济研究所副所长 / 程 燕 哲学研究所副所长 in the first column: a name one space
    from its post (an ideographic space), two cells (or from its body: 才让东智 某集团有限公司)."""
    offset, text = cell
    tokens = text.split(" ")
    for cut in (1, 2):
        name, rest = "".join(tokens[:cut]), " ".join(tokens[cut:])
        if (
            rest
            and (cut == 1 or all(len(t) == 1 for t in tokens[:cut]))
            and _is_name(name)
            and (_is_post(rest) or (" " not in rest and rest.endswith(BODY_SUFFIXES)))
        ):
            return [(offset, name), (offset + _width(" ".join(tokens[:cut])) + 1, rest)]
    return [cell]


#: Cells of one character that are whole cells, never half a name: a sex, an empty cell.
_NOT_HALF_NAMES = frozenset({"男", "女", *EMPTY_CELLS})


def _list_rows_whole(lines: list[Line]) -> list[Line]:
    """陈  露  急诊科护士长 / 骆一帆  重症医学科副护 + 士长: a list's row with its name padded,
    or its post wrapped onto the next line, one row again."""
    out: list[Line] = []
    lines = _names_broken_over_lines(lines)
    for line in lines:
        text = line.text
        if (
            (padded := _PADDED_ROW.match(text))
            and _is_name(padded.group(2) + padded.group(3))
            # (文  涛 护理部副主任: the name's gap wider than the row's, then a post)
            and (padded.group(4).startswith(" ") or _is_post(_compact(padded.group(5))))
        ):
            # (4．李  强   科技处副处长: the row's number kept before it)
            text = f"{padded.group('number') or ''}{padded.group(2)}{padded.group(3)}  {padded.group(5)}"
            line = Line(line.no, text, line.indent)
        elif (
            (marked := _MARKED_ROW.match(text))
            and _is_name(name := marked.group(1).replace(" ", ""))
            and _is_post(_compact(marked.group(3)))
        ):
            # 陆　敏（女）外部董事: a name, its mark, the post with no gap before it
            text = f"{name}{marked.group(2)}  {marked.group(3)}"
            line = Line(line.no, text, line.indent)
        if out and " " not in text and len(text) <= 10 and "  " in out[-1].text and not ENUMERATOR.match(text):
            last = out[-1].text.rsplit(" ", 1)[-1]
            if (not _is_post(last) and _is_post(last + text)) or (
                # 雷鸣宇  风景园林学院院长 / 助理: a longer title, the post goes on
                len(text) <= 3 and _is_post(last) and len(split_title(last + text)[1]) > len(split_title(last)[1])
            ):
                out[-1] = Line(out[-1].no, out[-1].text + text, out[-1].indent)
                continue
        out.append(line)
    return out


_NAME_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,3}$")
_NAME_TAIL_ROW = re.compile(r"^([\u4e00-\u9fff]{1,2}) {2,}(\S.*)$")


def _names_broken_over_lines(lines: list[Line]) -> list[Line]:
    """温晓 / 岚  副院长（试用期一年）: a list's row whose name a PDF broke over two lines, one row."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and line.no == last.no + 1
            and _NAME_HEAD.match(last.text.strip())
            and (tail := _NAME_TAIL_ROW.match(line.text.strip()))
            and _is_name(last.text.strip() + tail.group(1))
            and not split_title(last.text.strip())[1]  # (…后勤管理处副 / 处长: a post's end, no name)
            and not re.match(r"\S\s{2,}", tail.group(2))  # (易  林    某校副校长: a name padded, not a tail)
            and _is_post(_compact(_ANY_PARENS.sub("", tail.group(2))))
        ):
            out[-1] = Line(last.no, f"{last.text.strip()}{tail.group(1)}  {tail.group(2)}", last.indent)
            continue
        out.append(line)
    return out


def _unit_title_name_rows(lines: list[Line]) -> list[Line]:
    """心血管内科  主 任  张 明 / (blank)  副主任  胡雅琴 郑 浩: a list laid out in columns with no
    header, the unit, its title and who takes it; a row with no unit is the unit's above. Read
    only where two such rows follow one another."""
    rows: list[tuple[int, Line | None]] = []
    unit = ""
    for n, line in enumerate(lines):
        cells = [m.group() for m in _CELL.finditer(line.text)]
        if len(cells) == 2 and " " in cells[0]:  # 呼吸与危重症医学科 副主任(主持工作)  钟晓燕
            cells = [*cells[0].rsplit(" ", 1), cells[1]]
        row = None
        if len(cells) == 3 and _unit_cell(cells[0]) and _title_cell(cells[1]):
            unit = _compact(cells[0])
            row = _unit_row(line, unit, cells[1], cells[2])
        elif len(cells) == 2 and unit and line.indent >= 4 and _title_cell(cells[0]):
            row = _unit_row(line, unit, cells[0], cells[1])
        if row is None:
            unit = ""
        rows.append((n, row))
    out = list(lines)
    for k, (n, row) in enumerate(rows):
        near = [r for _, r in rows[max(0, k - 1) : k + 2] if r is not None]
        if row is not None and len(near) >= 2:
            out[n] = row
    return out


def _unit_name_title_rows(lines: list[Line]) -> list[Line]:
    """大店支行　　王晓燕　副行长 / (blank)　孙丽丽　副行长: a list in columns with no header, the unit,
    who, and the title taken there; a row with no unit is the unit's above. Read only where two
    such rows follow one another."""
    rows: list[tuple[int, Line | None]] = []
    unit = ""
    for n, line in enumerate(lines):
        tokens = line.text.split()
        row = None
        if 3 <= len(tokens) <= 5 and _unit_cell(tokens[0]) and _title_cell(tokens[-1]):
            name = "".join(tokens[1:-1])
            if (len(tokens) == 3 or all(len(t) == 1 for t in tokens[1:-1])) and _is_name(name):
                unit = _compact(tokens[0])  # (赵　明: a name padded to line up)
                row = Line(line.no, f"{name}{ROW_SEP}{unit}{_compact(tokens[-1])};", line.indent)
        elif unit and line.indent >= 4 and 2 <= len(tokens) <= 4 and _title_cell(tokens[-1]):
            name = "".join(tokens[:-1])
            if (len(tokens) == 2 or all(len(t) == 1 for t in tokens[:-1])) and _is_name(name):
                row = Line(line.no, f"{name}{ROW_SEP}{unit}{_compact(tokens[-1])};", line.indent)
        if row is None:
            unit = ""
        rows.append((n, row))
    out = list(lines)
    for k, (n, row) in enumerate(rows):
        near = [r for _, r in rows[max(0, k - 1) : k + 2] if r is not None]
        if row is not None and len(near) >= 2:
            out[n] = row
    return out


def _numbered_rows_rejoined(lines: list[Line]) -> list[Line]:
    """5．莫文杰 重症医学科副主任（新聘），主持 / 工作 and 2．黄丽 骨科护士长（新 / 聘）: a numbered
    row (a name, white space, its post) wrapped onto the next line, one line again."""
    out: list[Line] = []
    for line in lines:
        if out and (last := out[-1].text) and " " not in line.text and not ENUMERATOR.match(line.text):
            row = _NUMBERED_ROW.match(last)
            if row and (
                (last.count("(") > last.count(")") and len(line.text) <= 12 and ")" in line.text)
                or (line.text.startswith("(") and line.text.endswith(")") and len(line.text) <= 12)
                or (_SHORT_TAIL.search(last) and len(line.text) <= 4 and not _short_name(line.text))
            ):
                joined = last + line.text
                if joined.endswith(_MANNER_AFTER_COMMA):  # …(新聘),主持工作: how the post is held, bracketed
                    joined = joined[: joined.rindex(",")] + f"({joined[joined.rindex(',') + 1 :]})"
                out[-1] = Line(out[-1].no, joined, out[-1].indent)
                continue
        out.append(line)
    return out


_MANNER_AFTER_COMMA = (",主持工作", ",主持全面工作")


#: A numbered row: its number, a name, white space, the rest (1．韦志强 神经外科主任).
_NUMBERED_ROW = re.compile(r"^\s*(?:\d{1,3}[.、]|\(\d{1,3}\))\s*[\u4e00-\u9fff·]{2,8} +\S")
#: A row cut a word or two after its last comma (…(新聘),主持 / 工作).
_SHORT_TAIL = re.compile(r",[\u4e00-\u9fff]{1,3}$")


#: 1 心血管内科 / 2 呼吸与危重症医: a numbered unit on a line of its own, a table's merged cell.
_NUMBERED_UNIT = re.compile(r"^(\d{1,3})\s+([\u4e00-\u9fff][\u4e00-\u9fff ()]{1,24})$")


def _title_then_name(text: str) -> tuple[str, str, str] | None:
    """主 任 唐建军 / 副主任 易小兰 新聘，试用期一年 / 护士长 彭 丽: a title (perhaps spaced out), a
    name (perhaps padded), and a remark, apart by single spaces."""
    tokens = text.split()
    for cut in (1, 2, 3):
        if cut >= len(tokens) or "".join(tokens[:cut]) not in _TITLE_SET:
            continue
        rest = tokens[cut:]
        name, used = rest[0], 1
        while len(name) < 2 or (used < len(rest) and len(rest[used]) == 1 and len(name) == 1):
            if used >= len(rest):
                return None
            name, used = name + rest[used], used + 1  # 彭 丽 / 曾 凡: a name padded to line up
        if not _short_name(NAME_MARK.sub("", name)):
            return None
        return "".join(tokens[:cut]), name, ",".join(rest[used:])
    return None


def _units_over_title_name_lines(lines: list[Line]) -> list[Line]:
    """A table whose merged unit cell stands on a line of its own (1 心血管内科 / 主 任 唐建军 /
    副主任 易小兰 新聘，试用期一年): each line under it as the row it is (唐建军│心血管内科主任), where
    two such lines or more follow a unit. A unit wrapped onto the next line (呼吸与危重症医 / 学科)
    is joined."""
    out: list[Line] = []
    unit: str | None = None
    n = 0
    while n < len(lines):
        line = lines[n]
        text = line.text.strip()
        numbered = _NUMBERED_UNIT.match(text)
        if numbered and not _title_then_name(text):
            ahead = [lines[k].text.strip() for k in range(n + 1, min(n + 4, len(lines)))]
            wrapped = ahead[0] if ahead and " " not in ahead[0] and len(ahead[0]) <= 6 else ""
            rows = [t for t in ahead[1 if wrapped else 0 :] if _title_then_name(t)]
            if len(rows) >= 2 or (unit is not None and rows):
                unit = _compact(numbered.group(2)) + wrapped  # (6 骨 科: a unit spaced out)
                n += 2 if wrapped else 1
                continue
        if unit is not None and (row := _title_then_name(text)):
            title, name, remark = row
            said = f"({remark})" if remark else ""
            out.append(Line(line.no, f"{name}{ROW_SEP}{unit}{title}{said};", line.indent))
            n += 1
            continue
        if unit is not None and not numbered and text:
            unit = None  # the rows have ended
        out.append(line)
        n += 1
    return out


def _post_name_rows(lines: list[Line]) -> list[Line]:
    """车辆工程系主任　柯文杰 / 工程训练中心副主任　李伟东、蔡淑贞: a post, white space, who takes it;
    each as the roster line it is (车辆工程系主任:柯文杰), where the text holds two or more. A name
    cut at the line's end (…副主任　王 / 丽珍(试用期一年)) is joined to its rest."""
    found: dict[int, Line] = {}
    skip: set[int] = set()
    for n, line in enumerate(lines):
        text = line.text.strip()
        if " " not in text or ":" in text or n in skip:
            continue
        post, names = text.split(" ", 1)
        if names.startswith(" ") or "  " in names:
            continue  # cells apart by wide gaps: a table's row, read by its columns (_unit_title_name_rows)
        if " " in names:  # 副主任　唐明　许丽 / 主任　刘　芳: several names, or one padded to three
            names = _names_apart(names)
            if names is None:
                continue
        if not (_is_post(post) or _title_cell(post)) or len(post) > 30:
            continue
        if len(names) == 1 and "一" <= names <= "鿿" and n + 1 < len(lines):
            rest = lines[n + 1].text.strip()
            if " " not in rest and _short_name(names + NAME_MARK.sub("", rest).split("(")[0]):
                names += rest
                skip.add(n + 1)
        bare = [NAME_MARK.sub("", name).split("(")[0] for name in names.split("、")]
        if all(_short_name(name) for name in bare):
            found[n] = Line(line.no, f"{post}:{names}", line.indent)
    if len(found) < 2:
        return lines
    return [found.get(n, line) for n, line in enumerate(lines) if n not in skip or n - 1 not in found]


def _names_apart(text: str) -> str | None:
    """唐明　许丽 → 唐明、许丽; 刘　芳 → 刘芳 (a two-character name padded to three); None unless
    every part is a short name."""
    tokens = text.split()
    names: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if len(token) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            token, i = token + tokens[i + 1], i + 1
        names.append(token)
        i += 1
    bare = [NAME_MARK.sub("", name).split("(")[0] for name in names]
    if any(_title_cell(name) for name in bare):
        return None  # 综合办公室　主任　才让东主: a unit, a title, then the name
    return "、".join(names) if all(_short_name(name) for name in bare) else None


def _unit_cell(text: str) -> bool:
    text = _compact(text)
    return 2 <= len(text) <= 20 and text[-1] in "科室部处所院心队组站馆局委办校系行" and not _is_post(text)


def _title_cell(text: str) -> bool:
    return _ANY_PARENS.sub("", _compact(text)) in TITLES


def _unit_row(line: Line, unit: str, title: str, names: str) -> Line | None:
    """The row as a list's line: names│unit+title(bracket), or None if its names are none."""
    title = _compact(title)
    qualifiers = ""
    names = names.strip()
    while (q := _TRAILING_PARENS.search(names)) and not NAME_MARK.fullmatch(q.group(1)):
        names, qualifiers = names[: q.start()].rstrip(), q.group(1) + qualifiers
    found: list[str] = []
    for token in names.split():
        if found and len(token) == 1 and len(found[-1]) == 1:
            found[-1] += token  # 郑 浩: a name padded to line up
        else:
            found.append(token)
    if not found or not all(_is_name(name) for name in found):
        return None
    return Line(line.no, f"{'、'.join(found)}{ROW_SEP}{unit}{title}{qualifiers};", line.indent)


_MARKED_ROW = re.compile(r"^([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] {1,3}[\u4e00-\u9fff])(\([男女][^()]{0,10}\)) *(\S+)$")
_NAME_GAP_VERB_ROW = re.compile(
    r"^([\u4e00-\u9fff·](?: {0,4}[\u4e00-\u9fff·]){1,5})\s+"
    r"(?:任|免去|兼任|不再担任|不再兼任|聘任为|续任|挂职任|挂任|担任)\S"
)
_PADDED_ROW = re.compile(
    r"^(?P<number>(?:\d{1,3}[.、]|\(\d{1,3}\))\s*)?([\u4e00-\u9fff]) {1,3}([\u4e00-\u9fff])( ?) +(\S.*)$"
)


def _list_row(line: Line) -> Line:
    """胡勇　　某局副局长 / 某中学副校长　　李杰、周晓燕（女）: a name and a post in one row."""
    if " " not in line.text:  # a row has white space between its cells; most lines have none
        return line
    if (gap := _NAME_GAP_VERB_ROW.match(line.text)) and _is_name(_compact(gap.group(1))):
        return line  # 周 立 新　　任部长: a name, a gap, its own verb: a clause, no row of cells
    if (
        (enumerator := ENUMERATOR.match(line.text))
        # (the list's last row ends with its full stop: 3．田茂林　某中心学校校长。)
        and (row := _list_row(Line(line.no, line.text[enumerator.end() :].lstrip(), line.indent))).text.endswith(
            (";", "。")
        )
        and ROW_SEP in row.text
    ):
        return row  # (1)王长林　　牛庄派出所所长: a numbered row
    if (home := _NAME_HOME_POST.match(line.text)) and home.group(2).endswith(BODY_SUFFIXES):
        # 楼志刚（杭州市第一人民医院）    消化内科主任: the unit the cadre comes from, then the post taken
        name, post = _compact(home.group(1)), _compact(home.group(3)).rstrip(";。")
        if _is_name(name) and _is_post(post) and not split_title(home.group(2))[1]:
            return Line(line.no, f"{name}{ROW_SEP}{post};", line.indent)
    m = _NAME_THEN_POST.match(line.text)
    if m:
        names, post = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        names_text = _compact(names)
        end = post[-1] if post[-1] in ";。" else ";"  # 孟庆华　经济研究所所长(到龄)；: a list's line
        post = post.rstrip(";。")
        if (
            post
            and _is_post(_ANY_PARENS.sub("", post))  # (学生工作部(处)副部(处)长: the unit's two names)
            and "为" not in post
            # (欧 阳 静,免去其…: a name spaced, then its clause; not (副科级,试用期一年) after a post)
            and not any(mark in _ANY_PARENS.sub("", post) for mark in ",;:")
            and "同志" not in post  # 祝文斌　同志任医务科科长 / 魏建　国同志任…: a clause, spaced
            and not post.startswith(_CLAUSE_STARTS)
            # (何志明 （广州市第六中学）挂职任…: the home unit in brackets, then the clause's verb)
            and not (post.startswith("(") and _ANY_PARENS.sub("", post).startswith((*_CLAUSE_STARTS, "挂职", "挂任")))
            and "的" not in post[:3]  # 张晓 红的某院院长职务: a name broken by a space, then its clause
            and not names_text.endswith(_CONNECTORS)  # 饶磊任 某公司总经理 is a clause, not a row
            and all(_is_name(n) for n in names_text.split("、"))
        ):
            return Line(line.no, f"{_compact(names)}{ROW_SEP}{_compact(post)}{end}", line.indent)
    m = _POST_THEN_NAME.match(line.text)
    # (神经内科：主任  艾志刚: a unit's roster line, its title after the colon, no post cell)
    if m and ":" not in m.group(1) and _is_post(m.group(1)):
        names, qualifiers = _compact(m.group(2)), ""
        while (q := _TRAILING_PARENS.search(names)) and not NAME_MARK.fullmatch(q.group(1)):
            names, qualifiers = names[: q.start()], q.group(1) + qualifiers
        if names and all(_is_name(n) for n in names.split("、")):
            return Line(line.no, f"{names}{ROW_SEP}{_compact(m.group(1))}{qualifiers};", line.indent)
    return line
