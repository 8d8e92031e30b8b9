"""Stage 2: clean lines → one block of lines per notice, cut at each notice's title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..vocab import BARE_TITLE, DOC_NO, RELEASE_TITLE, TABLE_COLUMNS, TITLE_ENDINGS
from .records import Line

_SENTENCE_PUNCT = re.compile(r"[,;:。!?]")
_TITLE_END = re.compile(r"(?:" + "|".join(TITLE_ENDINGS) + r")$")
_TABLE_ROW = re.compile(r"\S\s{2,}\S")


def _bare_title_ends(pattern: str) -> tuple[str, ...] | None:
    """The words BARE_TITLE's pattern ``^(?:.{0,N}?)(?:任免名单|…)$`` must end with, so that a
    line ending otherwise is not tried; None (try every line) if the pattern has another shape."""
    m = re.fullmatch(r"\^\(\?:\.\{0,\d+\}\?\)\(\?:([\u4e00-\u9fff|]+)\)\$", pattern)
    return tuple(m.group(1).split("|")) if m else None


_BARE_TITLE_ENDS = _bare_title_ends(BARE_TITLE.pattern)
_BARE_TITLE_LAST = tuple({end[-1] for end in _BARE_TITLE_ENDS or ()})
_RELEASE_TITLE_LAST = ("员", "使", "部")
_MAX_TITLE_LINES = 4
_MAX_TITLE_CHARS = 120
#: Longest issuer line above a title: 济南市市中区人民政府, XX大学党委, XX集团有限公司董事会.
_MAX_ISSUER_CHARS = 40


@dataclass
class Block:
    """The lines of one notice; ``title_lines`` and ``issuer_line`` index into ``lines``."""

    lines: list[Line]
    title_span: tuple[int, int] | None  # [start, end) in lines
    issuer_line: int | None

    def as_json(self) -> dict:
        """As stored (``notices.block``): each line as [number, indent, text]."""
        return {
            "lines": [[line.no, line.indent, line.text] for line in self.lines],
            "title_span": list(self.title_span) if self.title_span is not None else None,
            "issuer_line": self.issuer_line,
        }

    @classmethod
    def from_json(cls, data: dict) -> Block:
        span = data.get("title_span")
        return cls(
            [Line(no, text, indent) for no, indent, text in data["lines"]],
            (span[0], span[1]) if span is not None else None,
            data.get("issuer_line"),
        )

    @property
    def title(self) -> str | None:
        if self.title_span is None:
            return None
        start, end = self.title_span
        return "".join("".join(line.text.split()) for line in self.lines[start:end])


def _compact(text: str) -> str:
    return "".join(text.split())


def find_title(lines: list[Line], i: int) -> int | None:
    """If a title starts at line ``i``, the index just past its last line, else None."""
    text = lines[i].text
    first = "".join(text.split())
    if first.startswith("《") or _SENTENCE_PUNCT.search(first) or len(first) > _MAX_TITLE_CHARS:
        return None
    if first[:1] in _PART_NUMBERS and _PART_HEAD.match(first):
        return None  # 二、关于人事任免事项: a numbered part of a document (minutes, a report), no notice's title
    if first.startswith("(") and _BRACKET_PART.match(first):
        return None  # (三)关于议案表决的有关情况说明: a numbered part, as 二、 is
    if first.endswith("议案") and _NUMBERED_MOTION.match(first):
        return None  # 4、关于选举公司第四届董事会非独立董事的议案: a meeting's motion, in its resolutions
    if first == "公告" and i + 1 < len(lines) and _ANNOUNCEMENT_NO.match(_compact(lines[i + 1].text)):
        return i + 2  # 某市人民代表大会第四次会议 / 公　　告 / (第2号): a session's announcement, numbered
    # a table row has a run of two white space characters: a line with fewer has none
    # (勘　　误: a title of two characters spaced out, no row)
    if (len(first) > 4 and len(text) - len(first) >= 2 and _TABLE_ROW.search(text)) or "姓名" in first:
        return None  # a table header or row (序号  姓名  任免职务), not a title
    if first.endswith(")") and (period := _TITLE_PERIOD.search(first)):
        first = first[: period.start()]  # 国务院任免国家工作人员(4月): a page's items, each titled by its month
    if (_BARE_TITLE_ENDS is None or first.endswith(_BARE_TITLE_ENDS)) and BARE_TITLE.match(first):
        return i + 1
    if first.endswith(_RELEASE_TITLE_LAST) and RELEASE_TITLE.match(first):
        return i + 1
    if len(first) <= 12 and i + 1 < len(lines) and "任免" in first and ">" not in first:  # 国务院任免国家 / 工作人员
        second = _compact(lines[i + 1].text)
        joined = first + second
        if (
            len(second) <= 12
            and "姓" not in second
            and not _TABLE_ROW.search(lines[i + 1].text)
            and (RELEASE_TITLE.match(joined) or BARE_TITLE.match(joined))
        ):
            return i + 2
    if (
        first.endswith(_NEWS_TITLE_ENDS)
        and _NEWS_TITLE.match(first)
        and i + 1 < len(lines)
        and _NEWS_OPENING.match(_compact(lines[i + 1].text))
    ):
        return i + 1  # 市政府召开第八十一次常务会议 / 8月23日，市长…主持召开…: a news item of a gazette
    if "关于" not in first[: _MAX_ISSUER_CHARS + 2]:
        return None
    joined = ""
    for j in range(i, min(i + _MAX_TITLE_LINES, len(lines))):
        part = _compact(lines[j].text)
        if j > i and (_SENTENCE_PUNCT.search(part) or part.startswith("关于")):
            return None
        joined += part
        if len(joined) > _MAX_TITLE_CHARS:
            return None
        if _TITLE_END.search(joined):
            return j + 1
    return None


_PART_NUMBERS = frozenset("一二三四五六七八九十")
_PART_HEAD = re.compile(r"^[一二三四五六七八九十]{1,3}、")
_BRACKET_PART = re.compile(r"^\([一二三四五六七八九十]{1,3}\)")
_NUMBERED_MOTION = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,2})?[、.．]?|\(?[一二三四五六七八九十\d]{1,3}\))关于.{2,80}的议案$"
)


#: A gazette's news item: its headline (某市政府召开第八十一次常务会议), then a line opening with
#: the day it tells of (8月23日，…).
_NEWS_TITLE_ENDS = ("会议", "会")
_NEWS_TITLE = re.compile(r"^[\u4e00-\u9fff\d]{2,30}(?:召开|举行)[\u4e00-\u9fff\d]{2,30}$")
_NEWS_OPENING = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?,")
_ANNOUNCEMENT_NO = re.compile(r"^\(?第[\d一二三四五六七八九十]{1,3}号\)?$")


#: A bracket closing a title that numbers or dates it among others like it: (4月), (2022年6月),
#: (第三批), (二).
_TITLE_PERIOD = re.compile(
    r"\((?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?|第[\d一二三四五六七八九十]{1,3}[批期次号]|[一二三四五六七八九十]{1,3})\)$"
)


def _may_open_title(text: str) -> bool:
    """Can a title start on this (stripped) line at all? find_title wants 关于 (关 and 于, with
    only white space between them) or a line ending with a word of BARE_TITLE: a cheap test
    that spares it nearly every line of a notice."""
    return (
        ("关" in text and "于" in text)
        or (len(text) <= 12 and "任免" in text)  # 国务院任免国家 / 工作人员: a title broken in two
        or _BARE_TITLE_ENDS is None
        or text.endswith(_BARE_TITLE_LAST)
        or text.endswith(_RELEASE_TITLE_LAST)
        or text[-1:].isspace()  # not a normalised line: its last word is further in
        or text.replace(" ", "") == "公告"
        or text.endswith(_NEWS_TITLE_ENDS)
        or (text.endswith(")") and "任免" in text)  # 国务院任免国家工作人员(4月)
    )


def is_issuer_line(text: str) -> bool:
    text = _compact(text)
    return (
        2 <= len(text) <= _MAX_ISSUER_CHARS
        and not _SENTENCE_PUNCT.search(text)
        and not re.search(r"\d", text)
        and not _CHINESE_DATE.search(text)  # 二〇二四年三月五日: the notice above's date, no issuer
    )


_CHINESE_DATE = re.compile(r"[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月")


def _doc_no_line(text: str) -> bool:
    """A line that is a doc number and little else (签发人 beside it on a red-header page)."""
    m = DOC_NO.search(text)
    return m is not None and len(_compact(text)) <= len(_compact(m.group(1))) + 12


#: A field of a government disclosure page's header, at the start of its line (索 引 号：…).
_PAGE_FIELD = re.compile(
    r"^\s*(?:索\s*引\s*号|发\s*布\s*机\s*构|生成日期|成文日期|发布日期|文\s*号|发文字号|名\s*称|分\s*类|主题分类|公开方式)\s*[:：]"
)
#: ... and the fields only such a header has, which tell it from a notice's own lines.
_PAGE_FIELD_OPENERS = re.compile(r"^\s*(?:索\s*引\s*号|发\s*布\s*机\s*构)\s*[:：]")


#: The labels a table's header opens with, before its column of posts.
_LABELS_BEFORE = frozenset({"序号", "姓名", "性别", "民族", "出生年月", "单位", "部门", "职级"})
_ANNEX_LABEL = re.compile(r"^附\s*[件表]\s*\d*\s*[:：]?$")


def split_notices(lines: list[Line]) -> list[Block]:
    """Cut the file's lines into notices. Text before the first title is a notice of its own
    only if it has any lines (a file of bare clauses is one notice without a title)."""
    starts: list[tuple[int, tuple[int, int], int | None]] = []
    i = 0
    while i < len(lines):
        end = find_title(lines, i) if _may_open_title(lines[i].text) else None
        if end is not None and i and _ANNEX_LABEL.match(lines[i - 1].text) and lines[i].text.endswith("名单"):
            end = None  # 附件 / 某所第三届研究室主任、副主任名单: the annex's caption, no new notice
        if end is not None and i and lines[i].text in TABLE_COLUMNS and lines[i - 1].text in _LABELS_BEFORE:
            end = None  # 序号 / 姓名 / 性别 / 任免职务: a table's header, a cell on each line, no title
        if end is None:
            i += 1
            continue
        issuer = None
        previous_end = starts[-1][1][1] if starts else 0
        start = i
        if i - 1 >= previous_end and _doc_no_line(lines[i - 1].text):
            start = i - 1  # a red-header document: its doc number stands above the title
        if start - 1 >= previous_end and is_issuer_line(lines[start - 1].text):
            issuer = start - 1
        top = issuer if issuer is not None else start
        if top - 1 >= previous_end and top == issuer and _doc_no_line(lines[top - 1].text):
            # a red header above the title's own issuer line (某管理委员会 / 某发〔2023〕46号 /
            # 某管委会 / 关于…的通知): one notice, not a headless one before it
            top -= 1
            if top - 1 >= previous_end and is_issuer_line(lines[top - 1].text):
                top -= 1
        # a disclosure page's fields above the title (索引号 / 发布机构 / 文号 / 名称): this notice's,
        # not the tail of the one before
        k = top
        while k - 1 >= previous_end and _PAGE_FIELD.match(lines[k - 1].text):
            k -= 1
        if k < top and any(_PAGE_FIELD_OPENERS.match(line.text) for line in lines[k:top]):
            top = k
        starts.append((top, (i, end), issuer))
        i = end
    blocks: list[Block] = []
    first_start = starts[0][0] if starts else len(lines)
    if first_start > 0:
        blocks.append(Block(lines[:first_start], None, None))
    for n, (start, (t0, t1), issuer) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        blocks.append(
            Block(lines[start:stop], (t0 - start, t1 - start), issuer - start if issuer is not None else None)
        )
    return blocks
