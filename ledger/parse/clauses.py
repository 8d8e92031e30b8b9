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
import re
from dataclasses import dataclass, field

from ..dates import BadDate, add_months, end_of_month, find_dates, find_month, term_months
from ..posts import split_title
from ..vocab import (
    BACKGROUND_OPENERS,
    ENUMERATOR,
    INFIX_VERBS,
    JURISDICTION_CHARS,
    LEADING_VERBS,
    MANNERS,
    NAME_MARK,
    NATIONAL_PREFIXES,
    PRONOUNS,
    RANKS,
    SECTION_HEADS,
    TITLES,
)
from .records import ClauseIssue, Line, ParsedEvent
from .tables import ROW_SEP, rewrite_tables

_OPEN = "(〔[【《"
_CLOSE = ")〕]】》"
_SEPARATORS = ",;:。"
_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{1,12}(?:[·•.][\u4e00-\u9fff]{1,12})+")
#: Characters that never begin a person's name here but often begin narrative chunks.
_NOT_NAME_START = frozenset("现经根按特请以各该本此对将由在从并及与均另又市县省镇乡街村附如下因同")
#: ... and characters that never occur in one (上述, 区政府决定, 下列).
_NOT_IN_NAME = frozenset("了与及或是政府局委厅部室办议究职务述列")
_LEADING_VERBS = sorted(LEADING_VERBS, key=len, reverse=True)
_LEADING_VERB_WORDS = tuple(verb for verb in LEADING_VERBS if len(verb) > 1)
_INFIX_VERBS = sorted((v for v in INFIX_VERBS if v != "为"), key=len, reverse=True)
#: What may stand before a leading verb: 经研究决定任命…, 国务院任命…, 区政府决定免去….
_PREAMBLE = re.compile(
    r"^(?:.{0,30}?决定|.{0,20}?(?:院|部|委|会|府|局|厅|党组|党委|公司|大学|学院|董事会)|同意)(?=任命|免去|聘任|解聘|聘请)"
)
_RESIGNATION = re.compile(
    r"^(?:决定)?接受(?P<who>.+?)(?:同志)?(?:辞去|辞职)(?P<posts>.*?)(?:职务)?(?:的请求|的申请|请求|申请)?$"
)
_SUBJECT = re.compile(r"^(?P<org>.{2,40}?)由(?P<rest>.+)$")
#: 李四同志不再担任某局局长职务 / 同意孙立群不再兼任公司总经理职务: a removal.
_NO_LONGER = re.compile(r"^(?:同意)?(?P<who>.+?)(?:同志)?不再(?:担任|兼任|任)(?P<posts>.+?)(?:职务)?$")
#: 聘任以下同志为医院中层干部 / 解聘以下同志中层干部职务 / 免去下列同志职务: rows follow.
_LIST_INTRO = re.compile(r"(?P<verb>任命|聘任|免去|解聘)(?:以下|下列)(?:同志|人员)")
_FAILED = re.compile(r"不称职|不合格|不胜任|未通过")
_PROBATION_DONE = re.compile(r"试用期(?:已|届)?满")
_FORMAL = re.compile(r"^(?:予以|同意)?正式(?:任命|任用|任职|聘任|聘用|任)?(?:为)?(?P<posts>.*)$")
_CLOSERS = re.compile(r"^(?:特此通知|特此决定|此复|以上同志|上述同志|现予公布|予以公布|通知如下|如下)")


@dataclass
class Chunk:
    text: str
    start: int
    sep: str


#: A line that opens a list item: 李明为… / 李明的… / 谭丽华(女)为… / 张三同志….
_ITEM_NAME = r"[\u4e00-\u9fff·]{2,5}(?:\([^()]{1,8}\))?"
_NEW_ITEM = re.compile(rf"^(?:{_ITEM_NAME}、)*{_ITEM_NAME}(?:同志|为|的)")


def mentions_post(text: str) -> bool:
    """Does a chunk speak of a post? Only such a chunk, unread, is an unreadable clause;
    the rest (因年龄原因, 名单如下, 聘期三年) is narrative."""
    return "职务" in text or any(title in text for title in _COMMON_TITLES)


_COMMON_TITLES = tuple(t for t in TITLES if len(t) >= 2)


def _ends_post(text: str) -> bool:
    """Does the text so far end with a whole post (…局长, …主任职务, …(试用期一年))?"""
    core = re.sub(r"\([^()]*\)$", "", text).removesuffix("职务")
    return bool(split_title(core)[1])


class LineIndex:
    """Which source line a character of the joined body came from (line starts + bisect)."""

    def __init__(self) -> None:
        self.offsets: list[int] = []
        self.lines: list[int] = []

    def mark(self, offset: int, line: int) -> None:
        if not self.lines or self.lines[-1] != line:
            self.offsets.append(offset)
            self.lines.append(line)

    def __getitem__(self, offset: int) -> int:
        return self.lines[max(0, bisect.bisect_right(self.offsets, offset) - 1)] if self.lines else 0

    def __len__(self) -> int:
        return len(self.lines)


def join_body(lines: list[Line]) -> tuple[str, LineIndex]:
    """The body as one string without white space, and the source line of every character.

    Lines are glued together (PDF breaks fall anywhere), except that a line opening with an
    enumerator (一、 (二) 3.) starts a new sentence, and a section head standing alone on
    its line (一、决定任命) is closed with the colon it would otherwise carry.
    """
    parts: list[str] = []
    index = LineIndex()
    size = 0
    last = ""

    def add(text: str, no: int) -> None:
        nonlocal size, last
        if text:
            index.mark(size, no)
            parts.append(text)
            size += len(text)
            last = text[-1]

    for line in rewrite_tables(lines):
        text = "".join(line.text.split())
        m = ENUMERATOR.match(text)
        if m:
            text = text[m.end() :]
            if size and last not in _SEPARATORS:
                add("。", line.no)
        elif size and last not in _SEPARATORS and _NEW_ITEM.match(text) and _ends_post(parts[-1]):
            add(";", line.no)  # a list with one item per line and no ; between them
        if text.rstrip(":") in SECTION_HEADS:
            if size and last not in _SEPARATORS:
                add("。", line.no)
            text = text.rstrip(":") + ":"
        add(text, line.no)
        if text.startswith("(") and text.endswith(")") and ("通过" in text or "年" in text):
            add("。", line.no)  # an adoption line (…会议通过) is a sentence of its own
    return "".join(parts), index


_STRUCTURE = re.compile(r"[,;:。()〔〕\[\]【】《》]")


def cut_chunks(text: str) -> list[Chunk]:
    """Chunks between , ; : 。 outside brackets (。 always cuts and resets the depth)."""
    chunks: list[Chunk] = []
    depth = 0
    start = 0
    for m in _STRUCTURE.finditer(text):
        ch, i = m.group(), m.start()
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "。" or depth == 0:
            chunks.append(Chunk(text[start:i], start, ch))
            start = i + 1
            depth = 0
    if start < len(text):
        chunks.append(Chunk(text[start:], start, ""))
    return chunks


_BRACKET = re.compile(r"[()〔〕\[\]【】《》]")


def split_outside_parens(text: str, seps: str) -> list[str]:
    if not _BRACKET.search(text):  # the common case: nothing to keep together
        if len(seps) == 1:
            return text.split(seps)
        return re.split("[" + re.escape(seps) + "]", text)
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts


def read_persons(text: str) -> list[str] | None:
    """张宝静、卫鹏 → [张宝静, 卫鹏]; None unless every part is a plausible name."""
    if not text or text[0] in _NOT_NAME_START or text.startswith(_LEADING_VERB_WORDS):
        return None
    names = []
    for part in text.split("、"):
        part = NAME_MARK.sub("", part).removesuffix("同志")
        part = NAME_MARK.sub("", part)
        if not _NAME.fullmatch(part) or part[0] in _NOT_NAME_START or _NOT_IN_NAME & set(part):
            return None
        if "的" in part and (len(part) < 4 or part[0] == "的" or part[-1] == "的"):
            return None  # 的 only inside long names (阿的木呷), never as the possessive
        names.append(part)
    return names


def _bare_title(item: str) -> bool:
    core = item.removeprefix("代理").removeprefix("常务")
    return core in TITLES or split_title(core)[0] in ("", "党组", "党委", "党工委")


def _relative(item: str) -> bool:
    """办公室主任 (no place, no national prefix) names a unit of the organisation before it."""
    org = split_title(item)[0]
    return not (JURISDICTION_CHARS & set(org) or org.startswith(NATIONAL_PREFIXES))


def plausible_post(post: str) -> bool:
    """A post begins with a letter (Chinese or Latin: CBD管委会), never a bracket or a digit."""
    return len(post) >= 2 and post[0].isalpha()


@dataclass
class PostReading:
    post: str
    qualifiers: list[str]
    manner: list[str] = field(default_factory=list)


def read_posts(text: str, subject_org: str | None = None) -> list[PostReading]:
    """A list of posts with their parenthesised qualifiers: A局局长(试用期一年)、副局长."""
    readings: list[PostReading] = []
    for raw in split_outside_parens(text, "、"):
        item = raw.removesuffix("的").removesuffix("职务").removesuffix("的")
        qualifiers: list[str] = []
        while item.endswith(")") and "(" in item:
            depth, cut = 0, -1
            for i in range(len(item) - 1, -1, -1):
                depth += item[i] == ")"
                depth -= item[i] == "("
                if depth == 0:
                    cut = i
                    break
            if cut <= 0:
                break
            inner = item[cut + 1 : -1]
            qualifiers = [q for q in re.split(r"[,、;]", inner) if q] + qualifiers
            item = item[:cut]
        item = item.removesuffix("职务")
        if not item:
            continue
        manner: list[str] = []
        org, title = split_title(item)
        if org.endswith("代理") and title:
            item, manner = org[: -len("代理")] + title, ["代理"]
        elif item.startswith("代理") and _bare_title(item):
            item, manner = item[len("代理") :], ["代理"]
        base = readings[-1].post if readings else None
        if _bare_title(item) or (base and _relative(item)):
            prefix = split_title(base)[0] if base else subject_org
            if prefix:
                item = prefix + item
        readings.append(PostReading(item, qualifiers, manner))
    return readings


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


def read_qualifiers(qualifiers: list[str], effective: dt.date | None) -> Qualified:
    """Classify qualifier words; dates are computed from the effective date."""
    out = Qualified()
    for i, q in enumerate(qualifiers):
        if q.startswith("试用期"):
            out.probation = q
            term = q[len("试用期") :].removeprefix("为")
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
                months = term_months(term)
                if months is None:
                    out.unreadable.append(q)
                elif effective:
                    out.probation_until = add_months(effective, months)
        elif q.startswith("挂职") or (q.startswith("时间") and i > 0 and qualifiers[i - 1].startswith("挂职")):
            out.secondment = q if out.secondment is None else f"{out.secondment},{q}"
            term = q.removeprefix("挂职锻炼").removeprefix("挂职").removeprefix("时间").removeprefix("期限")
            months = term_months(term) if term else None
            if months and effective:
                out.secondment_until = add_months(effective, months)
            if q.startswith("挂职"):
                out.manner.append("挂职")
        elif q in RANKS:
            out.rank = q
        elif q in MANNERS:
            out.manner.append(q)
        else:
            out.unknown.append(q)
    return out


def _post_then_name(text: str) -> tuple[list[str], str, str] | None:
    """某馆副馆长李娜同志: the post first, the name last (the name is where a title ends)."""
    text = text.removesuffix("同志")
    for length in (2, 3, 4):
        post, name = text[:-length], text[-length:]
        if split_title(post)[1] and read_persons(name):
            return [name], post, ""
    return None


class ClauseReader:
    """Reads one notice's body into events; keeps what later chunks refer back to."""

    def __init__(self, text: str, line_of: LineIndex, effective: dt.date | None):
        self.text = text
        self.line_of = line_of
        self.effective = effective
        self.events: list[ParsedEvent] = []
        self.issues: list[ClauseIssue] = []
        self.action: str | None = None
        self.sentence_ended = False
        self.persons: list[str] = []
        self.subject_org: str | None = None
        self.last_events: list[ParsedEvent] = []
        self.pending_confirm: tuple[list[str], Chunk] | None = None
        self.in_confirmation = False
        self.confirmed_in_sentence: list[ParsedEvent] = []
        self.pending_persons: list[str] = []  # 邓小兵同志，某局副局长: the name stands alone
        # Set by forms only a decision uses (任命:, 免去…, 接受…辞去, 试用期满): a notice
        # whose title does not say what it is counts as personnel only with one of these.
        self.decisive = False

    # --- helpers ---------------------------------------------------------------------

    def line(self, chunk: Chunk) -> int:
        return self.line_of[chunk.start]

    def emit(self, action: str, persons: list[str], posts_text: str, chunk: Chunk, manner: str = "") -> bool:
        readings = read_posts(posts_text, self.subject_org)
        if not persons or not readings or not all(plausible_post(r.post) for r in readings):
            return False
        made = []
        for reading in readings:
            q = read_qualifiers(reading.qualifiers, self.effective)
            for bad in q.unreadable:
                self.issues.append(ClauseIssue(self.line(chunk), chunk.text, f"cannot read qualifier {bad!r}"))
            for odd in q.unknown:
                self.issues.append(
                    ClauseIssue(self.line(chunk), chunk.text, f"unknown qualifier {odd!r} kept verbatim", fatal=False)
                )
            manners = ([manner] if manner else []) + reading.manner + q.manner
            for person in persons:
                made.append(
                    ParsedEvent(
                        action=action,
                        person=person,
                        post=reading.post,
                        effective=self.effective,
                        line=self.line(chunk),
                        clause=chunk.text,
                        probation=q.probation,
                        probation_until=q.probation_until,
                        secondment=q.secondment,
                        secondment_until=q.secondment_until,
                        rank=q.rank,
                        manner=list(dict.fromkeys(manners)),
                        qualifiers=reading.qualifiers + [m for m in (manner, *reading.manner) if m],
                        unknown_qualifiers=q.unknown,
                    )
                )
        self.events.extend(made)
        self.last_events = made
        self.persons = persons
        return True

    def split_person(self, text: str, connectors: tuple[str, ...]) -> tuple[list[str], str, str] | None:
        """(persons, rest, connector) for text that starts with persons then a connector."""
        for pronoun in PRONOUNS:
            for conn in connectors:
                for filler in ("的", ""):
                    head = pronoun + filler + conn
                    if text.startswith(head) and self.persons and len(text) > len(head):
                        return self.persons, text[len(head) :], conn
        if "同志" in text:
            idx = text.index("同志")
            persons = read_persons(text[:idx])
            after = text[idx + 2 :]
            if persons:
                for conn in sorted(connectors, key=len, reverse=True):
                    if after.startswith(conn) and len(after) > len(conn):
                        return persons, after[len(conn) :], conn
                return None
        for conn in connectors:
            if not conn:
                continue
            pos = text.find(conn, 2)
            while 0 < pos <= 40:
                persons = read_persons(text[:pos])
                if persons and len(text) > pos + len(conn):
                    return persons, text[pos + len(conn) :], conn
                pos = text.find(conn, pos + 1)
        return None

    def item(self, text: str, action: str, chunk: Chunk) -> bool:
        """One list item under an action: 张三同志为…; 李四同志的…职务; 其…职务.

        Items may chain with 、: 免去A的X职务、B的Y职务 names a new person in each part.
        """
        if action == "confirm":
            split = self.split_person(text, (ROW_SEP, "任", "担任", "的", ""))
            if not split or not split[1]:
                return False
            return self.emit("confirm", split[0], split[1].removeprefix("的"), chunk)
        if action == "appoint":
            connectors: tuple[str, ...] = (ROW_SEP, "为")
            split = self.split_person(text, connectors)
            if not split:
                connectors = tuple(_INFIX_VERBS)
                split = self.split_person(text, connectors)
        else:
            connectors = (ROW_SEP, "的", "")
            split = self.split_person(text, connectors)
            if split and split[2] == "" and split[1].startswith((*_INFIX_VERBS, "为")):
                split = None
        if not split or not split[1]:
            return False
        groups: list[tuple[list[str], list[str], str]] = [(split[0], [], split[2])]
        for part in split_outside_parens(split[1], "、"):
            again = self.split_person(part, tuple(c for c in connectors if c)) if groups[-1][1] else None
            if again and again[1]:
                groups.append((again[0], [again[1]], again[2]))
            else:
                groups[-1][1].append(part)
        made = False
        for persons, parts, conn in groups:
            manner = INFIX_VERBS.get(conn, "") if action == "appoint" else ""
            made = self.emit(action, persons, "、".join(parts), chunk, manner) or made
        return made

    # --- chunk forms -----------------------------------------------------------------

    def section_head(self, chunk: Chunk) -> bool:
        if chunk.sep != ":":
            return False
        text = re.sub(r"^.{0,20}?(?:决定|研究)[,:]?(?=任命|免去|聘任|解聘)", "", chunk.text)
        text = text.removeprefix("现")
        if text in SECTION_HEADS:
            self.action = SECTION_HEADS[text]
            self.decisive = True
            self.sentence_ended = False
            return True
        return False

    def background(self, chunk: Chunk) -> bool:
        """鉴于张三同志已辞去…: not an event, but names whom a later 其 refers to."""
        for opener in BACKGROUND_OPENERS:
            if chunk.text.startswith(opener):
                rest = chunk.text[len(opener) :]
                head = rest.split("同志", 1)[0] if "同志" in rest else re.split(r"[已因另]", rest, maxsplit=1)[0]
                persons = read_persons(head)
                if persons:
                    self.persons = persons
                return True
        return False

    def no_longer(self, chunk: Chunk) -> bool:
        m = _NO_LONGER.match(chunk.text)
        if not m:
            return False
        who = m.group("who").removesuffix("同志")
        persons = self.persons if who in PRONOUNS else read_persons(who)
        if not persons:
            return False
        self.decisive = True
        return self.emit("remove", persons, m.group("posts"), chunk)

    def list_intro(self, chunk: Chunk) -> bool:
        m = _LIST_INTRO.search(chunk.text)
        if not m:
            return False
        self.action = LEADING_VERBS[m.group("verb")]
        self.sentence_ended = False
        self.decisive = True
        return True

    def resignation(self, chunk: Chunk) -> bool:
        m = _RESIGNATION.match(chunk.text)
        if not m:
            return False
        persons = read_persons(m.group("who").removesuffix("同志"))
        if not persons:
            return False
        self.decisive = True
        return self.emit("remove", persons, m.group("posts"), chunk, "辞职")

    def confirmation(self, chunk: Chunk) -> bool:
        m = _PROBATION_DONE.search(chunk.text)
        if not m:
            return False
        before = chunk.text[: m.start()].removesuffix("的")
        split = self.split_person(before, ("任", "担任", "的", "")) or _post_then_name(before)
        persons = split[0] if split else read_persons(before.removesuffix("同志"))
        if not persons:
            return False
        post = split[1].removeprefix("的") if split else ""
        self.in_confirmation = self.decisive = True
        if post:
            self.emit("confirm", persons, post, chunk)
            self.confirmed_in_sentence = list(self.last_events)
        else:
            self.persons = persons
            self.pending_confirm = (persons, chunk)
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
        if m.group("posts") and self.pending_confirm:
            persons, _ = self.pending_confirm
            self.emit("confirm", persons, m.group("posts"), chunk)
            self.pending_confirm = None
        return True

    def qualifier_chunk(self, chunk: Chunk) -> bool:
        """试用期一年 standing alone after a clause applies to that clause's events."""
        text = chunk.text.strip("()")
        if not self.last_events or (not text.startswith(("试用期", "挂职", "时间")) and text not in RANKS):
            return False
        q = read_qualifiers([text], self.effective)
        if q.unreadable:
            self.issues.append(ClauseIssue(self.line(chunk), chunk.text, f"cannot read qualifier {text!r}"))
        for event in self.last_events:
            event.qualifiers.append(text)
            event.probation = q.probation or event.probation
            event.probation_until = q.probation_until or event.probation_until
            event.secondment = q.secondment or event.secondment
            event.secondment_until = q.secondment_until or event.secondment_until
            event.rank = q.rank or event.rank
        return True

    def leading_verb(self, chunk: Chunk) -> bool:
        """任命张三为…, 免去李四的…职务, 经研究决定任命…: the verb also sets the action."""
        text = chunk.text
        m = _PREAMBLE.match(text)
        if m:
            text = text[m.end() :]
        for verb in _LEADING_VERBS:
            if text.startswith(verb):
                action = LEADING_VERBS[verb]
                if self.item(text[len(verb) :], action, chunk):
                    self.action = action
                    self.decisive = True
                    self.sentence_ended = False
                    return True
        return False

    def inline(self, chunk: Chunk) -> bool:
        text = chunk.text
        m = _SUBJECT.match(text)
        if m:
            split = self.split_person(m.group("rest"), _INFIX_VERBS)
            if split:
                self.subject_org = m.group("org")
                return self.emit("appoint", split[0], split[1], chunk, INFIX_VERBS.get(split[2], ""))
        if text.startswith(("兼任", "兼")) and self.persons and self.last_events:
            verb = "兼任" if text.startswith("兼任") else "兼"
            return self.emit("appoint", self.persons, text[len(verb) :], chunk, verb)
        split = self.split_person(text, _INFIX_VERBS)
        if split:
            return self.emit("appoint", split[0], split[1], chunk, INFIX_VERBS.get(split[2], ""))
        # 决定：张三同志为某局局长 — no section head, but "X同志为" + a whole post is an appointment
        if "同志为" in text:
            split = self.split_person(text, ("为",))
            if split and _ends_post(split[1]):
                self.action, self.sentence_ended = "appoint", False
                return self.emit("appoint", split[0], split[1], chunk)
        return False

    # --- the loop ----------------------------------------------------------------------

    def read(self) -> tuple[list[ParsedEvent], list[ClauseIssue]]:
        for chunk in cut_chunks(self.text):
            if chunk.text:
                self.read_chunk(chunk)
            if chunk.sep == "。":
                self.end_sentence()
        self.end_sentence()
        return self.events, self.issues

    def end_sentence(self) -> None:
        if self.pending_confirm:
            _, chunk = self.pending_confirm
            self.issues.append(ClauseIssue(self.line(chunk), chunk.text, "probation confirmed but no post named"))
            self.pending_confirm = None
        self.in_confirmation = False
        self.confirmed_in_sentence = []
        self.sentence_ended = True
        self.subject_org = None

    def read_chunk(self, chunk: Chunk) -> None:
        if self.section_head(chunk) or self.background(chunk):
            return
        if self.confirmation(chunk) or self.formal_appointment(chunk):
            return
        if self.resignation(chunk) or self.no_longer(chunk) or self.qualifier_chunk(chunk):
            return
        if self.list_intro(chunk) or self.leading_verb(chunk):
            return
        # Within a list the inherited action reads first; after a full stop a form of
        # its own (张三兼任…) is likelier than one more item of the list.
        if self.sentence_ended and self.inline(chunk):
            return
        if self.action and self.pending_persons:
            persons, self.pending_persons = self.pending_persons, []
            if self.emit(self.action, persons, chunk.text.removesuffix("职务"), chunk):
                return
        if self.action and chunk.sep == "," and (persons := read_persons(chunk.text.removesuffix("同志"))):
            self.pending_persons = persons
            return
        if self.action and self.item(chunk.text, self.action, chunk):
            self.sentence_ended = False
            return
        if not self.sentence_ended and self.inline(chunk):
            return
        if self.action and not self.sentence_ended and mentions_post(chunk.text) and not _CLOSERS.match(chunk.text):
            self.issues.append(
                ClauseIssue(self.line(chunk), chunk.text, f"cannot read this {self.action} clause: no person and post")
            )
            return
        self.action = None if self.sentence_ended else self.action


def read_clauses(lines: list[Line], effective: dt.date | None) -> tuple[list[ParsedEvent], list[ClauseIssue], bool]:
    """(events, issues, decisive): decisive when a form only decisions use was seen."""
    text, line_of = join_body(lines)
    reader = ClauseReader(text, line_of, effective)
    events, issues = reader.read()
    unique: dict[tuple[str, str, str], ParsedEvent] = {}
    for event in events:
        unique.setdefault((event.action, event.person, event.post), event)
    return list(unique.values()), issues, reader.decisive
