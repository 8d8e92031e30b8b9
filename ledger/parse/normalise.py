"""Stage 1: bytes as they arrive → clean lines that keep their line numbers."""

from __future__ import annotations

import html
import re
import unicodedata

from ..errors import UNDECODABLE, ParseError
from ..i18n import N_
from ..text import to_simplified
from ..vocab import (
    FURNITURE_MARKS,
    INLINE_FURNITURE,
    OCR_SLIPS,
    OTHER_SCRIPTS,
    PAGE_BREAK,
    PAGE_FURNITURE,
    PINYIN_ANNOTATION,
    SECTION_HEADS,
    TABLE_OF_CONTENTS,
    TRANSLITERATION_CHARS,
    verbs_where,
)
from .records import Line

#: Characters that show nothing: invisible marks, and control characters (a bell or a
#: backspace inside a post would make it look like another post, or hide a separator).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes, file: str | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK; anything else is refused."""
    if not data.strip():
        raise ParseError(N_("empty file: no text to read"), file=file)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError(
                f"UTF-16 text (it starts with a byte-order mark) is cut short or damaged at byte {exc.start}: "
                "save the file again, or as UTF-8",
                file=file,
            ) from None
    if b"\x00" in data[:65536]:
        raise ParseError(
            N_("binary file: not a text notice (NUL bytes found), nor a PDF, Word .docx or web page"), file=file
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise ParseError(UNDECODABLE.format(offset=utf8_error.start), file=file, line=line) from None


#: Full-width spaces padding a row of a table out to its columns (two columns each).
_WIDE_PADDING = re.compile("(?<=\\S)([ \t]*)(\u3000{2,})")
#: A line with two gaps or more between its words, one of them of full-width spaces.
_WIDE_ROW = re.compile(
    "^[ \t\u3000]*\\S+(?:[ \u3000]\\S+)*(?:[ \t\u3000]{2,}\\S+(?:[ \u3000]\\S+)*){2,}[ \t\u3000]*$", re.M
)


def _widened(gap: re.Match) -> str:
    return gap.group(1) + "  " * len(gap.group(2))


#: The full-width forms notices are full of, with what NFKC makes of each. Each is its own
#: compatibility decomposition into one ASCII character, so replacing it changes nothing
#: that NFKC would not (NFKC of the text is the same either way), and it leaves most texts
#: NFKC already: far cheaper than normalising line by line. A form not listed is still
#: normalised, line by line.
_FULL_WIDTH = tuple((wide, unicodedata.normalize("NFKD", wide)) for wide in "；（），：　！？")
assert all(len(narrow) == 1 and narrow.isascii() for _, narrow in _FULL_WIDTH)


#: A bracket opened twice and closed once (副局长((正处级), a slip of OCR or of a hurried hand.
_DOUBLED_OPEN = re.compile(r"\((?=\([^()]*\)(?!\)))")


def normalise_line(text: str, nfkc: bool = True) -> str:
    """NFKC (full-width forms → ASCII, ideographic space → space), no converter pinyin, no
    web furniture glued into the line. ``nfkc=False``: the text is known to be NFKC already."""
    if nfkc and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if "(" in text:
        text = PINYIN_ANNOTATION.sub("", text)
        if "((" in text:
            text = _DOUBLED_OPEN.sub("", text)
    if _MAYBE_INLINE_FURNITURE.search(text):
        text = INLINE_FURNITURE.sub("", text)
    return text


#: 党委——储国庆同志任党委书记；董事会——…: a company's body labelling its part of a line, as 党委：.
_BOARD_LABEL_DASH = re.compile(
    r"(?:^|(?<=[:：;；,，。\s]))(党委|党总支|党支部|党组|纪委|董事会|监事会|经理层|行政班子|领导班子)——", re.M
)


#: What a line must hold for INLINE_FURNITURE to be looked for in it.
_MAYBE_INLINE_FURNITURE = re.compile("【|次数|字号|分享")


#: All page-furniture patterns as two, so that a line costs two searches at most: a pattern
#: that opens with ^ and has no alternative (no |) at all can match only at the start of a
#: line, so those are tried there alone; the rest are searched for anywhere ...
_ANCHORED = [p for p in PAGE_FURNITURE if p.pattern.startswith("^") and "|" not in p.pattern and not p.flags & re.M]
_FURNITURE_AT_START = re.compile("|".join(f"(?:{p.pattern})" for p in _ANCHORED))
_FURNITURE_ANYWHERE = re.compile("|".join(f"(?:{p.pattern})" for p in PAGE_FURNITURE if p not in _ANCHORED))
#: ... and only a line with one of the marks every pattern holds can be furniture at all:
#: most lines of a notice cost a cheaper search.
_MAYBE_FURNITURE = re.compile("[" + re.escape(FURNITURE_MARKS) + "]")


def is_furniture(text: str) -> bool:
    return _MAYBE_FURNITURE.search(text) is not None and (
        _FURNITURE_AT_START.match(text) is not None or _FURNITURE_ANYWHERE.search(text) is not None
    )


#: Control characters, which normalisation removes (and the parser reports, by line).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_lines(text: str) -> list[tuple[int, str]]:
    """(line, the characters) of each line of ``text`` holding control characters."""
    found: dict[int, str] = {}
    for m in CONTROL.finditer(text):
        line = len(_LINE_BREAK.findall(text, 0, m.start())) + 1
        found[line] = found.get(line, "") + m.group()
    return sorted(found.items())


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


#: Numbers in circles and brackets (①, ⑴, ⒈), which NFKC would make bare digits glued to the
#: name after them (①张三 → 1张三): written as the enumerators they are.
_ENCLOSED_NUMBERS = re.compile("[\u2460-\u249b]")
_ENCLOSED = (
    {0x2460 + i: f"({i + 1})" for i in range(20)}
    | {0x2474 + i: f"({i + 1})" for i in range(20)}
    | {0x2488 + i: f"{i + 1}." for i in range(20)}
)


#: A half-width full stop after a Chinese word or its bracket, ending a line or before the next
#: sentence (not a number's point, not an enumerator's, not a web address's).
_HALF_WIDTH_STOP = re.compile(r"(?<=[\u4e00-\u9fff)）])\.(?=[ \t]*(?:\r?\n|$)|[\u4e00-\u9fff])")
#: (also at a line's end, the name going on in the next line: 迪丽努尔•/阿不力米提)
_OTHER_DOTS = re.compile("(?<=[\u4e00-\u9fff])[•・‧∙⋅●▪▫･](?=[ \t]*(?:\r?\n[ \t]*)?[\u4e00-\u9fff])")
_TRANSLITERATED = "".join(sorted(TRANSLITERATION_CHARS))
#: 阿卜杜克热木.阿卜杜热合曼: a full stop between two runs of a transliterated name's characters is
#: its dot (兰天为审判员.李四 is a full stop: 员 is no such character).
_STOP_IN_NAME = re.compile(f"(?<=[{_TRANSLITERATED}]{{2}})[.．](?=[{_TRANSLITERATED}]{{2}})")
#: 麦尔旦 艾力同志为…: two runs of them apart by one space, then what follows a name (a run at
#: least five long: two short names in a grid stand apart by more).
_SPACE_IN_NAME = re.compile(
    f"(?<![{_TRANSLITERATED}])(?=[{_TRANSLITERATED}　 ]{{6}})"
    f"([{_TRANSLITERATED}]{{2,8}})[ 　]([{_TRANSLITERATED}]{{2,8}})"
    "(?=同志|为|的|等|任|兼|\\()"
)


#: Straight double quotes in pairs on one line, read as the curly pair a quoted clause has.
_STRAIGHT_QUOTED = re.compile(r'["＂]([^"＂\n]{1,600}?)["＂]')


#: A word processor's list number, then a tab, before the item's own number (1.⇥1、 / 2.⇥(2)).
_AUTO_NUMBER = re.compile(
    r"^[ \t]*\d{1,3}[.．]\t"
    r"(?=\d{1,3}[、.．]|[(（]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])",
    re.M,
)
#: A scan's left border: a bar opening a line, and none inside it (a box table has them between cells).
_LEFT_BORDER = re.compile(r"^[ \t]*[│|┃](?=[^│|┃]*[│|┃]?[ \t]*$)", re.M)


def _left_border_dropped(text: str) -> str:
    """│ 一、某市中级人民法院 / │   任命： on most lines of a scan: the page's border, no part of the text."""
    rows = [row for row in text.split("\n") if row.strip()]
    bordered = len(_LEFT_BORDER.findall(text))
    if bordered < 4 or bordered < 0.6 * len(rows):
        return text
    return _LEFT_BORDER.sub("", text)


def normalise(text: str) -> list[Line]:
    """Clean lines with their 1-based line numbers; blank lines and page furniture dropped.

    Leading white space is measured (``Line.indent``): it places a table cell in its column."""
    text = to_simplified(text)
    numbers = None
    if ("&" in text or "<" in text) and (unmarked := without_markup(text)):
        text, numbers = unmarked  # an HTML mail saved as text (…通知<br>, &nbsp;): its lines, as a browser shows them
    if numbers is None and "   " in text and (unfolded := unfold_columns(text)):
        text, numbers = unfolded  # a two-column page as pdftotext -layout gives it: column by column
    if _ENCLOSED_NUMBERS.search(text):
        text = text.translate(_ENCLOSED)
    if "——" in text:
        text = _BOARD_LABEL_DASH.sub(r"\1：", text)
    if "." in text or "．" in text:
        text = _STOP_IN_NAME.sub("·", text)
    if " " in text or "　" in text:
        text = _SPACE_IN_NAME.sub(r"\1·\2", text)
    if "." in text and _HALF_WIDTH_STOP.search(text):  # 兰天为审判员. in a web copy: a full stop
        text = _HALF_WIDTH_STOP.sub("。", text)
    if _OTHER_DOTS.search(text):  # 叶尔兰•努尔达吾列提: the dot of a transliterated name, as · is
        text = _OTHER_DOTS.sub("·", text)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if ">" in text and len(_QUOTED_MAIL.findall(text)) >= 3:
        text = _QUOTED_MAIL.sub("", text)  # > 中共荆门市委 / > 关于…的通知: a notice quoted in a forwarded e-mail
    if '"' in text or "＂" in text:  # 原文"…"，更正为"…": a pair of straight quotes, as “…” on the line
        text = _STRAIGHT_QUOTED.sub(r"“\1”", text)
    for slip, meant in OCR_SLIPS.items():
        if slip in text:
            text = text.replace(slip, meant)  # (a scan's 同忐: 同志)
    if "│" in text or "|" in text or "┃" in text:
        text = _left_border_dropped(text)
    if ".\t" in text or "．\t" in text:
        text = _AUTO_NUMBER.sub("", text)  # 1.⇥1、马晓光同志…: a Word file's list number before the one written
    if "　　" in text:
        # 3     　　　　　　　  俞海军: padding of full-width spaces, each two columns wide, keeps a
        # table's cells under their labels (one alone pads a name: 陈　浩)
        # (a paragraph's indent, at the line's start, is left as it was, and so is a line of two
        # parts, a running head's: only a row of three cells or more is a table's)
        text = _WIDE_ROW.sub(lambda row: _WIDE_PADDING.sub(_widened, row.group()), text)
    for wide, narrow in _FULL_WIDTH:
        if wide in text:
            text = text.replace(wide, narrow)
    if _BULLET.search(text):  # ▲向华同志任…: a WeChat copy's bullet opening each item, no mark of a name
        text = _BULLET.sub(r"\1", text)
    for mark in _NAME_MARKS:  # 郝佳※ / 标注“★”者为新提任干部: a mark after a name, as * is
        if mark in text:
            text = text.replace(mark, "*")
    if OTHER_SCRIPTS.search(text):  # a bilingual page: its lines in the other language only
        text = "\n".join("" if OTHER_SCRIPTS.search(row) and not _CJK.search(row) else row for row in text.split("\n"))
    nfkc = not unicodedata.is_normalized("NFKC", text)  # one test for the whole text first
    lines = []
    append = lines.append
    maybe_furniture = _MAYBE_FURNITURE.search
    rows = _LINE_BREAK.split(text)
    page_ends: list[int] = []  # where a bare page number stood: the lines before it end a page
    contents_at = -1  # len(lines) when the last line of a table of contents was dropped
    for no, raw in zip(numbers, rows, strict=False) if numbers else enumerate(rows, start=1):
        if not raw:
            continue  # a blank line: every other line of many gazettes
        if nfkc or "(" in raw or _MAYBE_INLINE_FURNITURE.search(raw):
            raw = normalise_line(raw, nfkc)  # otherwise it changes nothing
        clean = raw.rstrip()
        stripped = clean.lstrip()
        if (len(stripped) > _RUN_TOGETHER and stripped.count(" ") >= 6) or (
            # a page run together on one line, short, under its running head (公报 2022年第9期 事处主任职务;…)
            len(stripped) > _PAGE_UNDER_ITS_HEAD
            and " " in stripped
            and ("。" in stripped or ";" in stripped)
            and maybe_furniture(stripped)
            and is_furniture(stripped)
        ):
            for part in relines(stripped):  # a page saved as one line: its lines again
                if not (maybe_furniture(part) and is_furniture(part)):
                    append(Line(no, part, 0))
        elif stripped and not (maybe_furniture(stripped) and is_furniture(stripped)):
            indent = len(clean) - len(stripped)
            if indent and "\t" in clean[:indent]:
                # \t　\t　\t小学\t校长: a row's empty cells, one tab each (a padded cell between them)
                indent = clean[:indent].count("\t")
            append(Line(no, stripped, indent))
        elif stripped and _PAGE_NUMBER.match(stripped):
            page_ends.append(len(lines))
        elif stripped and any(p.match(stripped) for p in TABLE_OF_CONTENTS):
            between = lines[contents_at:] if contents_at >= 0 else []
            if between and len(between) <= 3 and all(len(line.text) <= 40 for line in between):
                # 目录 / 镇党委文件 / 中共某镇委员会关于印发《某要点 / 》的通知……(4): a section
                # label, an entry broken over two lines: the contents', not the text's
                del lines[contents_at:]
            contents_at = len(lines)
    return _footers_between_table_pages(lines, page_ends) if page_ends else lines


#: Marks a list sets after some names (its legend says what they mean), read as the * many lists use.
_NAME_MARKS = ("※", "★", "☆", "▲", "△")
#: A bullet at a line's start, before the item's first word (▲向华同志任…, ■免去…, ◆一、…).
_BULLET = re.compile(
    # (✅ / ❌ / 👉 and other emoji a WeChat copy sets before each item: the same)
    r"(?m)^([ \t\u3000]*)(?:[▲△■□●◆◇▶►▸▪▫•‣◾◽⬛⬜➤➢\u2600-\u2604\u2607-\u27bf\U0001f300-\U0001faff]\ufe0f?)+"
    r"[ \t\u3000]*"
    r"(?=[\u4e00-\u9fff（(一二三四五六七八九十\d][^\n]{4})"
)
_CJK = re.compile("[\u4e00-\u9fff]")
#: The marks a reply or a forward puts before each line it quotes (> , >> ), at the line's start.
_QUOTED_MAIL = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
#: A bare page number (- 2 -, —3—, 4) at the foot of a page.
_PAGE_NUMBER = re.compile(r"^[-—–]?\s*\d{1,4}\s*[-—–]?$")
#: How the name of a body printed at a page's foot ends (某医院, 某集团有限公司, 某市人民政府).
_BODY_NAME_END = re.compile(r"(?:院|局|厅|委|会|办|部|政府|公司|集团|中心|大学|学校|公报)$")
#: A line opening an item of a list (曾小兰为…, 黄卫东的…, 3.王五同志任…).
_ITEM_OPENS = re.compile(
    r"^(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)?[\u4e00-\u9fff·]{2,8}?(?:\([^()]{1,8}\))?(?:同志)?(?:为|任|的)"
)
_PAGE_HEAD_OR_FOOT = re.compile(
    r"^[\u4e00-\u9fff]{4,30}(?:党委发文|发文|文件)$|^[\u4e00-\u9fff]{4,30}\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$"
)
#: A table's row set out with white space: its number, then its cells.
_SPACED_ROW = re.compile(r"^\d{1,3}\s{2,}\S")


def _footers_between_table_pages(lines: list[Line], page_ends: list[int]) -> list[Line]:
    """A table going on over a page break: the body's name printed at the page's foot (某医院 /
    - 2 - between two rows, or a row and the header said again) is no line of the table."""
    drop = set()
    for end in page_ends:
        for at in (end, end - 1):
            # — 1 — / 川北科技大学党委办公室  2024年7月12日印发 (or 某学院党委发文): a page's head or foot
            if 0 <= at < len(lines) and _PAGE_HEAD_OR_FOOT.match(lines[at].text) and at + 1 < len(lines):
                drop.add(at)
        if 2 <= end < len(lines):
            footer, before, after = lines[end - 1].text, lines[end - 2].text, lines[end].text
            if (
                4 <= len(footer) <= 30
                and _BODY_NAME_END.search(footer)  # (not the end of a cell wrapped below its row: 长)
                and not any(mark in footer for mark in ",;:。、 ")
                and _SPACED_ROW.match(before)
                and (_SPACED_ROW.match(after) or after.startswith("序号"))
            ):
                drop.add(end - 1)
            elif (
                2 <= len(footer) <= 8
                and before.endswith((";", "。"))
                and not any(mark in footer for mark in ",;:。、() ")
                and not _BODY_NAME_END.search(footer)
                and footer not in SECTION_HEADS
                and not any(verb in footer for verb in verbs_where("head") if len(verb) > 1)
                and not any(word in footer for word in "为任的")  # (车林为勐海县 / —3— / …副主任: a clause)
                and _ITEM_OPENS.match(after)
            ):
                drop.add(end - 1)  # …主任; / 人大决定 / — 3 —: a gazette's section label at the page's foot
    return [line for n, line in enumerate(lines) if n not in drop] if drop else lines


#: How long a line must be before it may be a whole page run together on one line.
_RUN_TOGETHER = 200
#: ... or, when it opens like page furniture and holds sentences, a page's last lines under its head.
_PAGE_UNDER_ITS_HEAD = 80
#: Where a page run together on one line had its line breaks: a run of spaces between words.
_GAP = re.compile(r"(?<=\S) +(?=\S)")
#: Breaks a run-together page hides without a space: before 二、 after a sentence, after an
#: adoption line (…会议通过).
_HIDDEN_BREAK = re.compile(
    r"(?<=[。;:)])(?=[一二三四五六七八九十]{1,3}、)|(?<=[。;:])(?=\d{1,3}[.．、][\u4e00-\u9fff])|(?<=通过\))|(?<=名单|决定)(?=\(\d{4}年)|(?<=.)(?=上一篇|下一篇)"
    r"|(?<=。)(?=(?:发布日期|发布时间|来源|浏览次数|点击数|责任编辑)[:：])"
)


#: The first half of a padded name at the end of a piece: one character after a verb or a mark.
_PADDED_NAME_START = re.compile(r"(?:^|[、:;,。(]|免去|任命|聘任|解聘|接受|同意|决定)[\u4e00-\u9fff]$")


def relines(text: str) -> list[str]:
    """A line that holds a whole page (a web page saved as one line), cut where its lines were:
    at the spaces between its fields and sentences, never inside a padded name (黎 静)."""
    parts: list[str] = []
    lone = ""  # 砚山县人民法院 张　雪为审判员: a name's first half standing alone, its line's opening
    for piece in _GAP.split(text):
        if lone:
            piece, lone = lone + piece, ""
        elif parts and parts[-1] and piece[:1].isalpha() and _PADDED_NAME_START.search(parts[-1]):
            parts[-1] += piece  # 免去黎 + 静同志的…: a two-character name padded to three
            continue
        if len(piece) == 1 and "\u4e00" <= piece <= "\u9fff":
            lone = piece
            continue
        parts.append(piece)
    if lone:
        parts.append(lone)
    return [line for part in parts for line in _HIDDEN_BREAK.split(part) if line]


#: A gutter between two columns of a page: white space at least four cells wide.
_GUTTER = re.compile(r"(?<=\S)(?:[ \u3000]{4,}|[ \u3000]*\u3000[ \u3000]*\u3000[ \u3000]*)(?=\S)")


def _cells(text: str) -> int:
    """How many cells of a fixed-width page ``text`` takes (a Chinese character takes two)."""
    return len(text) + sum(1 for ch in text if ord(ch) >= 0x1100 and unicodedata.east_asian_width(ch) in "WF")


def without_markup(text: str) -> tuple[str, list[int]] | None:
    """Text holding HTML's line breaks and entities (an HTML mail or page saved as text): the
    lines a browser shows, each with the number of the source line it stands on; None for
    text with no markup (a few tags or entities in a line of prose are left alone)."""
    if len(_LINE_BREAK_TAG.findall(text)) + len(_ENTITY.findall(text)) < 3:
        return None
    rows: list[str] = []
    numbers: list[int] = []
    for no, line in enumerate(text.split("\n"), start=1):
        for row in _LINE_BREAK_TAG.split(line):
            rows.append(html.unescape(_TAG.sub("", row)))
            numbers.append(no)
    return "\n".join(rows), numbers


_LINE_BREAK_TAG = re.compile(r"<br\s*/?>|</p>|</div>|</tr>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|#\d{2,5});")
_TAG = re.compile(
    r"</?(?:p|div|span|font|b|strong|i|em|u|center|table|tbody|tr|td|th|html|body|head)\b[^<>]*>", re.IGNORECASE
)


def unfold_columns(text: str) -> tuple[str, list[int]] | None:
    """A page printed in two columns and extracted side by side (pdftotext -layout: each line
    holds a line of the left column, a gutter, a line of the right one), as one column: the
    left column's lines, then the right's, page by page, each line keeping its number.
    None when no page of ``text`` is laid out so."""
    lines = _LINE_BREAK.split(text)
    if sum(1 for line in lines if _GUTTER.search(line)) < _MIN_COLUMN_ROWS:
        return None
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        pages[-1].append(i)
        if "\f" in line or PAGE_BREAK.match(line):
            pages.append([])
    order: list[tuple[int, str]] = []
    unfolded = False
    for page in pages:
        gutter = _page_gutter([lines[i] for i in page])
        if gutter is None:
            order.extend((i + 1, lines[i]) for i in page)
            continue
        unfolded = True
        left: list[tuple[int, str]] = []
        right: list[tuple[int, str]] = []
        cuts = [i for i in page if _gutter_in(lines[i], gutter)]
        for i in page:
            line = lines[i]
            # between the first and the last line cut at the gutter, any white space across it
            # divides the columns (a signature set far right); outside, a running head stays whole
            cut = _gutter_in(line, gutter, across=cuts[0] < i < cuts[-1])
            if cut is None and i > cuts[-1] and (wide := _gutter_in(line, gutter, across=True)):
                # 何琼为…办公室      　　　　苍溪县人民政府 / …2024年12月30日: below the last line cut,
                # the signature and its date set far right in the right column
                cut = wide if _SIGNATURE_PART.match(line[wide.end() :].strip()) else None
            if cut is not None:
                left.append((i + 1, line[: cut.start()]))
                right.append((i + 1, " " * max(0, _cells(line[: cut.end()]) - gutter) + line[cut.end() :]))
            elif line.strip() and _cells(line[: len(line) - len(line.lstrip())]) >= gutter - _SLACK:
                right.append((i + 1, line.strip()))
            else:
                left.append((i + 1, line))
        order.extend(left + right)
    if not unfolded:
        return None
    return "\n".join(line for _, line in order), [no for no, _ in order]


#: How far a column's line may start before the column (an uneven extraction), or after it
#: (a paragraph's indent), in cells.
_SLACK, _INDENT = 2, 8


def _gutter_in(line: str, gutter: int, across: bool = False) -> re.Match[str] | None:
    """The white space in ``line`` before the right column that starts at cell ``gutter``
    (``across``: any white space from before the gutter to past it)."""
    for m in _GUTTER.finditer(line):
        end = _cells(line[: m.end()]) - gutter
        if -_SLACK <= end <= _INDENT or (across and end > 0 and _cells(line[: m.start()]) < gutter):
            return m
    for m in _NARROW_GUTTER.finditer(line):
        # (…卫生健康局局长；   三、任命：a left line long enough to leave but three spaces, on a
        # page whose other lines show the gutter: the right column where it always starts)
        if -_SLACK <= _cells(line[: m.end()]) - gutter <= _SLACK:
            return m
    return None


#: What a signature set far right holds: the body, or the day it signed.
_SIGNATURE_PART = re.compile(
    # (2023年3月15 / 日: the date broken before its 日 at the column's edge)
    r"^(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日?"
    r"|[\u4e00-\u9fff()]{2,30}(?:政府|委员会|党委|党组|办公室|局|院|公司|大学|学校|中心))$"
)
_NARROW_GUTTER = re.compile(r"(?<=\S) {2,3}(?=\S)")


#: How many lines of a page must show the same gutter for the page to be two columns, and
#: how wide its left column must be (fifteen characters: narrower is a table's column).
_MIN_COLUMN_ROWS, _MIN_COLUMN_CELLS = 6, 30


def _page_gutter(lines: list[str]) -> int | None:
    """The cell at which a page's right column starts, if the page is two columns of prose:
    many lines break at the same cell, the left parts fill their column, and the right parts
    are prose too (not the cells of a table, which are short and break again)."""
    starts: dict[int, int] = {}
    for line in lines:
        for cell in {_cells(line[: m.end()]) for m in _GUTTER.finditer(line)}:
            starts[cell] = starts.get(cell, 0) + 1
    if not starts:
        return None
    # the right column starts at one cell, or further in where a paragraph is indented
    gutter = max(sorted(starts), key=lambda c: sum(starts.get(c + d, 0) for d in range(-_SLACK, _INDENT + 1)))
    rows = [(line[: m.start()], line[m.end() :]) for line in lines if (m := _gutter_in(line, gutter))]
    filled = [left for left, _ in rows if _cells(left.rstrip()) >= 0.6 * gutter]
    rights = [right.strip() for _, right in rows]
    if (
        gutter < _MIN_COLUMN_CELLS
        or len(rows) < _MIN_COLUMN_ROWS
        or len(rows) < 0.3 * sum(1 for line in lines if line.strip())
        or len(filled) < 0.5 * len(rows)
        or sum(map(_cells, rights)) < 12 * len(rows)
        or sum(1 for left, right in rows if _GUTTER.search(right) or _GUTTER.search(left.strip())) > 0.2 * len(rows)
    ):
        return None
    return gutter
