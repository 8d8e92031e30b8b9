"""Stage 3: a notice's block → its metadata (title, doc number, issuer, signature, date, kind)
and the lines that form its body."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import BadDate, run_together_dates
from ..dates import find_dates as _find_dates
from ..errors import ParseError
from ..vocab import (
    ADJUSTED_PEOPLE,
    ADJUSTMENT_TITLE_WORDS,
    COORDINATING_LINEUP,
    COORDINATING_LINEUP_REASON,
    DATELINE,
    DOC_NO,
    LAW_DB_FIELDS,
    NO_PERSONNEL_REASON,
    OTHER_TITLE_REASONS,
    PERSONNEL_TITLE_WORDS,
    REPORTS,
    REPORTS_ANYWHERE,
    TITLES,
    WEB_META,
)
from .records import Line
from .split import Block, is_issuer_line

#: A line that is only a date, perhaps in parentheses: 2024 年 4 月 20 日, (二〇二四年四月二十日).
_DATE_ONLY_REST = re.compile(r"^[\s()]*$")
#: Adoption lines of standing-committee decisions: (2023年5月10日…常务委员会第十次会议通过).
_ADOPTED = re.compile(r"会议(?:通过|决定|审议)")
_DATE_ADOPTED = re.compile(r"^\(\d{4}年\d{1,2}月\d{1,2}日通过\)$")
_HEADER_SCAN = 8
_SIGNATURE_SCAN = 8


@dataclass
class Metadata:
    title: str | None
    doc_no: str | None
    issuer: str | None
    signed_by: str | None
    date: dt.date | None
    kind: str
    skipped_reason: str | None
    body: list[Line]


def _compact(text: str) -> str:
    return "".join(text.split())


def find_dates(text: str, line: int | None = None) -> list[tuple[int, int, dt.date]]:
    """Dates on a line that may be a notice's date: one that cannot exist is an error there."""
    try:
        return _find_dates(text)
    except BadDate as exc:
        raise ParseError(f"{exc}; the notice's date must be a real date", line=line) from None


def date_only(text: str, line: int | None = None) -> dt.date | None:
    """The date if ``text`` is a date and nothing else."""
    found = find_dates(text, line)
    if len(found) != 1:
        return None
    start, end, day = found[0]
    return day if _DATE_ONLY_REST.match(text[:start] + text[end:]) else None


_AND = frozenset("及和暨与")


#: 关于印发某医院中层干部任免决定的通知: the decisions themselves sent out, no document about them.
_DECISIONS_SENT_OUT = re.compile(r"印发[^《》]{0,30}(?:任免|任职|聘任|免职)(?:决定|事项)")
#: (印发《某县驻村第一书记轮换调整名单》: cadres sent, called back or rotated, each row a decision)
_LIST_SENT_OUT = re.compile(r"《[^《》]*(?:任免|任命|聘任|免职|任职|轮换|选派|召回)[^《》]*名单》")


#: An article of a regulation (第一条 为了…, 第十二条 …): a body of them is no notice of decisions.
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零〇]{1,4}条\s")
_REGULATION = next(reason for word, reason, _ in OTHER_TITLE_REASONS if word == "办法")


def classify(title: str | None) -> tuple[str, str | None]:
    """(kind, skipped_reason) from the title alone; kind "" means: let the body decide."""
    if title is None:
        return "", None
    has_personnel_word = any(word in title for word in PERSONNEL_TITLE_WORDS) or (
        any(word in title for word in ADJUSTMENT_TITLE_WORDS)
        and (any(t in title for t in TITLES) or any(p in title for p in ADJUSTED_PEOPLE))
    )
    if "委员会" in title and COORDINATING_LINEUP.search(title):
        return "other", COORDINATING_LINEUP_REASON
    for word, reason, overrides in OTHER_TITLE_REASONS:
        if word in title and overrides:
            if (
                word == "印发"
                and has_personnel_word
                and ("同志" in title or "名单" in title or _DECISIONS_SENT_OUT.search(title) is not None)
                and ("《" not in title or _LIST_SENT_OUT.search(title))  # (印发《…中层干部任免名单》)
            ):
                continue  # 关于印发李彬等同志任免职的通知 / …聘任(免职)名单的通知: it sends out appointments
            at = title.find(word)
            if title[at - 1 : at] in _AND and any(w in title[: at - 1] for w in PERSONNEL_TITLE_WORDS):
                continue  # 关于杨帆等同志任免职务及提名的通知: decisions, and nominations besides
            return "other", reason
        if word in title and not has_personnel_word:
            return "", reason  # 会议决议, 报告: other unless the body decides appointments
    if has_personnel_word:
        return "personnel", None
    return "", NO_PERSONNEL_REASON  # e.g. 关于周凯为某县代理县长的决定: the body decides


def _signature(lines: list[Line], start: int) -> tuple[int, int, str | None, dt.date | None]:
    """Where the signature stands: (first line, line after it, signing body, date).

    Preferred is a signing body directly above a date line, the last such pair in the
    notice (attachments may follow it); then a date line near the end; then a signing
    body alone on the last line.
    """
    for i in range(len(lines) - 1, start, -1):
        day = date_only(lines[i].text, lines[i].no)
        if day is not None and is_issuer_line(lines[i - 1].text) and _looks_like_body(lines[i - 1].text):
            return i - 1, i + 1, _compact(lines[i - 1].text), day
    for i in range(len(lines) - 1, max(start, len(lines) - _SIGNATURE_SCAN) - 1, -1):
        day = date_only(lines[i].text, lines[i].no)
        if day is not None:
            return i, i + 1, None, day
        # 济南市人民政府 2024年5月1日 on one line
        found = find_dates(lines[i].text, lines[i].no)
        if len(found) == 1:
            head = lines[i].text[: found[0][0]].strip()
            if head and is_issuer_line(head) and date_only(lines[i].text[found[0][0] :], lines[i].no):
                return i, i + 1, _compact(head), found[0][2]
    if len(lines) > start and is_issuer_line(lines[-1].text) and _looks_like_body(lines[-1].text):
        return len(lines) - 1, len(lines), _compact(lines[-1].text), None
    return len(lines), len(lines), None, None


_ORG_SUFFIX = re.compile(
    r"(?:政府|委员会|常委会|办公室|办公厅|局|厅|部|院|大学|学院|学校|公司|董事会|委|会|处|中心|党组|党委|所|站|馆|社|集团|银行|公署)$"
)


def _looks_like_body(text: str) -> bool:
    return bool(_ORG_SUFFIX.search(_compact(text)))


_DATED_OPENING = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[^,，。]{2,8}日[,，][^。]{0,20}任免")


def _adoption_date(lines: list[Line], start: int) -> dt.date | None:
    """The date of an adoption line under the title: (2014年6月20日…常务委员会第十七次会议通过)."""
    window = lines[max(0, start - 1) : start + 4]
    for k, line in enumerate(window):
        text = line.text.strip()
        if text.startswith("(") and ")" not in text and k + 1 < len(window):
            text += window[k + 1].text.strip()  # (…第二十次会 / 议通过): the adoption line broken over two
        # (…会议 / 任免名单 / (2024年4月25日通过): the meeting named above the title, the date alone)
        if (
            text.startswith("(")
            and text.endswith(")")
            and (text[1:-1].endswith("会议通过") or _DATE_ADOPTED.match(text))
        ):
            found = _dates_or_none(text)
            if found and found[0][0] <= 2:
                return found[0][2]
    return None


def _fallback_date(lines: list[Line], start: int) -> dt.date | None:
    """A date standing elsewhere: an adoption line, or any date near the end."""
    for i in range(start, len(lines)):
        # …第三十八次会议 / 通过): the words of adoption may be broken apart as well
        if _ADOPTED.search(lines[i].text) or (
            lines[i].text.endswith("会议")
            and i + 1 < len(lines)
            and lines[i + 1].text.startswith(("通过", "决定", "审议"))
        ):
            # the adoption line may be broken: (2024年12月27日…人民代表大会 / 常务委员会…会议通过)
            for line in (lines[i], *reversed(lines[max(start, i - 2) : i])):
                found = find_dates(line.text, line.no)
                if found:
                    return found[0][2]
    for line in lines[start : start + 2]:  # (二〇二四年四月二十二日) under a list's title: its decision date
        if line.text.lstrip().startswith("(") and (found := _dates_or_none(line.text)):
            if date_only(line.text, line.no):
                return found[0][2]
    for line in lines[start : start + 3]:  # 2024年3月22日，国务院任免国家工作人员。: a release dated as it opens
        text = _compact(line.text)
        if _DATED_OPENING.match(text) and (found := _dates_or_none(text)) and found[0][0] == 0:
            return found[0][2]
    for line in reversed(lines[max(start, len(lines) - _SIGNATURE_SCAN) :]):
        found = find_dates(line.text, line.no)
        if found:
            return found[-1][2]
    # 202184日…会议通过): a date whose 年 and 月 were lost, readable one way only
    adoption = [line for line in lines if _ADOPTED.search(line.text) or "通过" in line.text]
    for line in adoption + lines:
        found_run = run_together_dates(line.text)
        if found_run:
            return found_run[0]
    return None


def _web_meta(text: str) -> bool:
    """WEB_META.search, after a test that costs nearly nothing: every field it names ends with
    a colon (``(?:索引号|发文字号|…):``), so a line without one holds none."""
    return ":" in text and WEB_META.search(text) is not None


#: LAW_DB_FIELDS at the start of any line of several joined by line breaks.
_LAW_DB_FIELDS_AT_A_LINE = re.compile(LAW_DB_FIELDS.pattern, LAW_DB_FIELDS.flags | re.MULTILINE)


def _any_header_field(lines: list[Line]) -> bool:
    """Might any of the lines hold a web or law-database header field? One search of them
    all, joined: a field on a line is found in the joined text as well, so when none is
    found there, none of the lines holds one (and none need be tested alone)."""
    joined = "\n".join([line.text for line in lines])
    return WEB_META.search(joined) is not None or _LAW_DB_FIELDS_AT_A_LINE.search(joined) is not None


def _dates_or_none(text: str) -> list[tuple[int, int, dt.date]]:
    try:
        return _find_dates(text)
    except BadDate:
        return []


def reported_anywhere(lines: list[Line]) -> str | None:
    """As ``reported``, for the marks a report carries anywhere: a credit line, a decision read out."""
    joined = "\n".join([line.text for line in lines])
    if " " in joined:
        joined = " ".join(joined.split(" ")).replace(" ", "")  # the lines without their spaces
    for pattern, reason in REPORTS_ANYWHERE:
        if pattern.search(joined):
            return reason
    return None


def reported(lines: list[Line]) -> str | None:
    """Why a notice reports decisions rather than makes them (minutes, a newspaper's report),
    from its opening lines; None for a notice that decides."""
    for line in lines:
        text = _compact(line.text)
        for pattern, reason in REPORTS:
            if pattern.search(text):
                return reason
    return None


def dateline(lines: list[Line], fallback: dt.date | None) -> dt.date | None:
    """The date of a news agency's or a paper's copy: its dateline (新华社北京8月17日电), in the
    year of the date found elsewhere (the paper's), the year before when that date is earlier."""
    for line in lines:
        m = DATELINE.match(_compact(line.text))
        if m:
            month, day = int(m.group(1)), int(m.group(2))
            if fallback is None:  # the paper's own date, above or below the dateline
                found = [d for other in lines for _, _, d in _dates_or_none(other.text)]
                fallback = found[0] if found else None
            year = (fallback or dt.date.today()).year
            try:
                found = dt.date(year, month, day)
                if fallback and found > fallback:
                    found = dt.date(year - 1, month, day)
            except ValueError:
                return None
            return found
    return None


def _copies_a_decision(lines: list[Line], report: str) -> bool:
    """A paper's copy (记者, 本报讯) whose body holds the decision's own section heads on lines
    of their own (任命： / 免去：) copies the decision, as a news agency's release does; only
    a report marked so by its opening lines (REPORTS) can be such a copy."""
    if not any(report == reason for _, reason in REPORTS):
        return False
    return any(_compact(line.text).rstrip(":") in _COPY_HEADS and _compact(line.text).endswith(":") for line in lines)


_RELEASE_DATELINE = re.compile(r"^[【\[(]?(?:新华社|中新社|中国新闻社|中新网)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电")
_COPY_HEADS = frozenset({"任命", "免去", "决定任命", "决定免去", "任职", "免职"})


def read_metadata(block: Block) -> Metadata:
    lines = block.lines
    title = block.title
    issuer = None
    body_start = 0
    if block.title_span is not None:
        body_start = block.title_span[1]
        if block.issuer_line is not None:
            issuer = _compact(lines[block.issuer_line].text)
        elif title and "关于" in title and not title.startswith("关于"):
            issuer = title.split("关于", 1)[0]
    doc_no = None
    for i in range(0, min(len(lines), body_start + _HEADER_SCAN)):
        m = DOC_NO.search(LAW_DB_FIELDS.sub("", lines[i].text))
        if m:
            doc_no = _compact(m.group(1))
            if i >= body_start and len(_compact(lines[i].text)) <= len(doc_no) + 4:
                body_start = i + 1
            break
    sig_start, sig_end, signed_by, date = _signature(lines, body_start)
    adopted = _adoption_date(lines, body_start)
    if adopted is not None:
        date = adopted  # a congress list is dated by its meeting (…会议通过), not by the office posting it
    elif date is None:
        date = _fallback_date(lines, body_start)
    kind, reason = classify(title)
    # (what follows a signature is an annex, or the next article of a gazette: not this notice)
    # (a news agency's release, 新华社北京6月21日电 under its title, is the decision copied, even on
    # a paper's page among its reporters' stories)
    release = body_start < len(lines) and _RELEASE_DATELINE.match(_compact(lines[body_start].text)) is not None
    report = (None if release else reported(lines[: body_start + _HEADER_SCAN])) or (
        # (任免名单 / (…会议通过) / 任命…; / 新任命的人员进行了宪法宣誓: the list copied whole with its
        # adoption line, the news after it no part of it)
        reported_anywhere(lines[:sig_end] if signed_by else lines) if adopted is None or kind != "personnel" else None
    )
    if report and _copies_a_decision(lines[body_start:], report):
        report = None  # 湖南日报11月9日讯(记者…) then 任命：/ 免去：: the paper copies the decision whole
    if report:
        kind, reason = "other", report
    elif sum(1 for line in lines[body_start:] if _ARTICLE.match(line.text.strip())) >= 2:
        kind, reason = "other", _REGULATION  # 第一条 为了做好人事任免工作…: a regulation's articles, however titled
    body = lines[body_start:sig_start] + lines[sig_end:]
    if _any_header_field(body):
        body = [line for line in body if not _web_meta(line.text) and not LAW_DB_FIELDS.match(line.text)]
    return Metadata(title, doc_no, issuer, signed_by, date, kind, reason, body)
