"""Decision frames: the table ``vocab.FRAMES`` compiled, and the one engine that reads it.

A frame is a way a sentence states a decision: words before the person (任命, 接受),
the person, words between person and post (为, 辞去, 的), the posts. Reading a clause
means finding, over every frame that may apply and every way to cut the clause into
those slots, the cut whose person slot reads best as a name (``persons.name_score``)
and whose post slot is a post. Adding a form is adding a row to the table.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..vocab import (
    CONNECTOR_MANNERS,
    FRAMES,
    HEAD_PREFIXES,
    HONORIFICS,
    PLACES_OPENING_WITH_A_VERB,
    POST_TAILS,
    PREAMBLE_END,
    PRONOUNS,
    VERB_MANNERS,
    strip_adjuncts,
    verbs_where,
)
from .persons import PersonSlot, name_score, read_person_slot

#: A person slot holds a name and perhaps a description before it (区人大常委会副主任徐新东).
_MAX_SLOT = 40
#: ... but without a connector word after it, only a name (免去张三某局局长职务).
_MAX_BARE_SLOT = 12
#: Names one after another, each closed by 、: a person slot as long as the names it lists.
_NAME_CHAIN = re.compile(r"(?:[\u4e00-\u9fff·]{2,6}(?:\([^()]{1,8}\))?、)+")
#: Words a post never holds: a post slot holding one was cut in the wrong place
#: (赖际 + 发现任…部长, where the person is 赖际发 and 现任 the connector).
_NOT_IN_POST = re.compile(
    r"现任|兼任|担任|任命|免去|辞去|任免后|涉及|须于|到岗|报到|期间|保留原|^挂职任|召开|及时|"  # (召开了…大会补选…)
    # 任职资格尚需监管核准 / 不再担任公司任何职务 / 聘任…的公告: what a post never says
    r"^职资格|尚需|核准|备案|有关情况|任何|的公告|议案|辞职|继续履行|享受|^正式任[职用]|^试用期|^上述(?!(?:[两二三四五六七八九十\d]+个|各)?(?:专门)?委员会)|^以上|"
    r"(?:董事|监事|委员|主席|经理)后$|空缺|不一致|一事$|^新的|"  # (聘任X为所长助理一事，另文下发: a matter referred on)
    r"按[^,;。]{0,20}(?:规定|办法)(?:执行|办理|落实)|补贴|安排工作$|"  # (其工作补贴按…规定执行 / 按原职级安排工作)
    + "|".join(HONORIFICS)  # (当选…董事后，…: when; 主任暂时空缺: no one)
)
_HONORIFIC = re.compile("|".join(HONORIFICS))
#: 免去A的X职务、B同志的Y职务: a second person chained into the posts, with the honorific.
_CHAINED = re.compile(r"、[\u4e00-\u9fff·]{2,6}(?:同志|先生|女士|(?:同志)?辞去)")
#: An honorific anywhere but at the end of a person slot: the person ended before.
_HONORIFIC_INSIDE = re.compile(
    f"(?:{_HONORIFIC.pattern})(?:\\([^()]{{1,30}}\\))?+(?=[^、及])"
)  # (先生(召集人)、 or 女士及: no)


#: A cut between the two characters of an honorific (雷鸣同 + 志宝鸡市…) is never a person's end.
_HONORIFIC_SET = frozenset(HONORIFICS)
_LONGEST_HONORIFIC = max(map(len, HONORIFICS))
_UNEVEN_HONORIFICS = len(set(map(len, HONORIFICS))) > 1


#: The words that make a clause's tail name a decision (…的任职决定, …的任命, …的聘任).
_DECISION_TAIL_WORDS = ("决定", "任命", "聘任", "任职", "内容")  # (…文件中关于任命X为Y的内容: of a decision)
_QUALIFIERS_AT_END = re.compile(r"(?:\([^()]*\))+$")
#: What a post cut without a connector word never starts with (张三为某局局长 is not 张三 + 为某局局长).
#: What a post slot never opens with (after a person slot with no connector): a connector
#: of a frame the person opens (为, 任, 交流任, 当选为, …), an honorific.
_ORG_END = re.compile(r"(?:办公室|委员会|常委会|政府|局|厅|部|委|院|办|室|中心|公司|组|会|处|所|站|馆|校|大学|学院)$")


@dataclass(frozen=True, eq=False)
class Frame:
    pattern: str
    action: str  # appoint | remove | confirm | list
    kind: str  # decision | item | narrative
    before: tuple[str, ...]  # longest first; "" = the person opens the clause
    between: tuple[str, ...]
    subject: bool  # {org}由…: the sentence is about a body
    tails: tuple[str, ...] = ("",)  # what the clause must end with (before its qualifiers)

    @functools.cached_property
    def opens(self) -> bool:
        """Does the person open the clause (every item and narrative frame)?"""
        return self.before == ("",) and not self.subject

    @functools.cached_property
    def connectors(self) -> re.Pattern[str] | None:
        """Any of the words between person and post (None when there are none)."""
        words = [w for w in self.between if w]
        return re.compile("|".join(map(re.escape, words))) if words else None

    @functools.cached_property
    def must_connect(self) -> re.Pattern[str] | None:
        """For a frame the person opens and a connector must follow: the connectors, which a
        clause must hold for it to apply (None: no such test)."""
        return self.connectors if self.opens and "" not in self.between else None

    @functools.cached_property
    def own_tails(self) -> tuple[str, ...]:
        """What the clause must end with, besides 职务 (which the posts keep), longest first."""
        return tuple(t for t in self.tails if t and t != "职务")

    @functools.cached_property
    def undoes_decision(self) -> bool:
        """Does the clause revoke a decision (撤销…的任职决定, 撤销对…的任命) rather than dismiss
        from a post (撤销…职务)? Then its manner is 撤销任职决定, not 撤职 (SPEC §7)."""
        return self.action == "remove" and all(any(w in t for w in _DECISION_TAIL_WORDS) for t in self.tails)

    @functools.cached_property
    def longest_connector(self) -> int:
        return max(map(len, self.between))

    @functools.cached_property
    def need_words(self) -> tuple[str, ...] | None:
        """Words one of which a clause must hold for this frame to apply at all (None: any)."""
        if "" in self.before and not self.subject and self.tails != ("",):
            if set(self.tails) == {"职务"} and "" not in self.between:
                return tuple(self.between)  # 张三同志免去…职务: 职务 is in most clauses, the verb is the test
            # the person opens it and it must end so (…职务自然免除): the ending is the test
            return tuple(t for t in self.tails if t)
        if "" in self.before and "" in self.between:
            return None
        return tuple(w for w in (self.before if "" not in self.before else self.between) if w)

    @functools.cached_property
    def need_first(self) -> frozenset[str]:
        """The first characters of need_words."""
        return frozenset(w[0] for w in self.need_words or ())

    @functools.cached_property
    def needs(self) -> re.Pattern[str] | None:
        """need_words as one cheap test."""
        return None if self.need_words is None else re.compile(any_of(self.need_words))


def any_of(words: Iterable[str]) -> str:
    """A pattern that finds any of ``words`` in a text, fast: a word holding another is left out
    (whoever holds 决定撤销 holds 撤销), the rest share their prefixes (撤销(?:对|关于)?…), since
    Python's engine tries the branches of a plain alternation one by one at every character."""
    unique = sorted(set(words), key=len)
    kept: list[str] = []
    for word in unique:
        if not any(other in word for other in kept):
            kept.append(word)
    trie: dict = {}
    for word in kept:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


def _alternatives(part: str) -> tuple[str, ...]:
    """'(提请|决定|)任命' → ('提请任命', '决定任命', '任命')."""
    pieces = [group.split("|") if group else [literal] for literal, group in re.findall(r"([^()]+)|\(([^()]*)\)", part)]
    return tuple(sorted({"".join(combo) for combo in itertools.product(*pieces)}, key=len, reverse=True))


def _verb_group(action: str) -> str:
    return "(" + "|".join(verbs_where("lead", action)) + ")"


@functools.cache
def frames() -> tuple[Frame, ...]:
    compiled = []
    for written, action, kind in FRAMES:
        pattern = written.replace("{appoint}", _verb_group("appoint")).replace("{remove}", _verb_group("remove"))
        head, _, rest = pattern.partition("{person}")
        between, found, tail = rest.partition("{posts}")
        if not found:
            raise ValueError(f"frame {pattern!r}: the pattern must have {{posts}} after {{person}}")
        subject = head.startswith("{org}")
        before = _alternatives(head.removeprefix("{org}")) or ("",)
        compiled.append(Frame(written, action, kind, before, _alternatives(between), subject, _alternatives(tail)))
    return tuple(compiled)


@dataclass(slots=True)
class FrameMatch:
    frame: Frame
    slot: PersonSlot
    posts: str  # the posts as written, tails (职务的请求) removed
    connector: str
    verb: str
    subject_org: str = ""
    closed: bool = False  # the person slot ends with 同志 (先生, 女士), which bounds a name surely
    score: tuple = ()

    @property
    def persons(self) -> list[str]:
        return self.slot.persons

    @property
    def manner(self) -> tuple[str, ...]:
        """How the post is held: by the connector (代理, 兼任), then by the verb (推选, 聘任)."""
        manner = _manner(self.connector, self.verb)
        if self.frame.undoes_decision and "撤职" in manner:
            manner = tuple("撤销任职决定" if m == "撤职" else m for m in manner)
        return manner

    @property
    def organisation(self) -> str:
        """What a bare title in the posts belongs to: the sentence's body, or the person's description."""
        if self.connector.startswith(("挂", "继续挂")) and not self.subject_org:
            return ""  # 某科学院马建功同志挂职任某处副处长: the body seconded from is not the post's
        return self.subject_org or self.slot.organisation()


@functools.cache
def _manner(connector: str, verb: str) -> tuple[str, ...]:
    found = [CONNECTOR_MANNERS.get(connector, "")]
    words = [word for word in VERB_MANNERS if word in verb]
    # (解聘 holds 聘, whose manner is 聘任: only the longest verb said counts)
    found += [VERB_MANNERS[w] for w in words if not any(w != other and w in other for other in words)]
    return tuple(m for m in dict.fromkeys(found) if m)


def strip_tails(posts: str) -> str:
    if posts.endswith(_TAIL_ENDS):
        for tail in POST_TAILS:
            if posts.endswith(tail):
                return posts[: -len(tail)]
    return posts


_TAIL_ENDS = tuple({tail[-1] for tail in POST_TAILS})


def preamble_ok(text: str) -> bool:
    """May ``text`` stand before a decision verb (…会议决定, 国务院, 经研究)?"""
    if text.endswith("日") and "于" in text:
        text = _DATE_TAIL.sub("", text)  # …第三次会议于二〇二三年四月十八日补选: the meeting, then its day
    return not text or (len(text) <= 60 and PREAMBLE_END.search(text) is not None)


_DATE_TAIL = re.compile(
    r"于[\d〇○零一二三四五六七八九十]{2,4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$"
)


_LENGTH_PREFERENCE = {3: 3, 2: 2, 4: 1}


def _has_tail(posts: str, tails: tuple[str, ...]) -> bool:
    """Does the post slot end with one of ``tails``, before the qualifiers in brackets?"""
    return tails == ("",) or _QUALIFIERS_AT_END.sub("", posts).endswith(tuple(t for t in tails if t))


def _candidates(text: str, frame: Frame, antecedents: list[str]) -> list[FrameMatch]:
    """Every way to cut ``text`` by ``frame`` whose person slot reads as a person, in order."""
    if frame.tails != ("",) and not _has_tail(text, frame.tails):
        return []
    found: list[FrameMatch] = []
    for start, verb, org in _AT_START if frame.opens else _starts(text, frame):
        # A slot holding an honorific followed by more (张三同志为…) is never a person: no
        # slot may end past the first such honorific, so nothing beyond it is looked at.
        inside = _HONORIFIC_INSIDE.search(text, start)
        longest = _MAX_SLOT
        if "、" in text[start : start + 8] and (chain := _NAME_CHAIN.match(text, start)):
            longest += chain.end() - start  # 王大春、何秀英、…、岳晓东等30名同志: a long list of names
        # (郑红梅同志(女)为…: the mark after the honorific still belongs to the slot)
        last_end = (
            min(start + longest, max(inside.start() + _LONGEST_HONORIFIC, inside.end())) if inside else start + longest
        )
        # one search tells whether any connector stands where a slot may end (mostly none does)
        connectors = frame.connectors
        if connectors is not None and not connectors.search(text, start + 1, last_end + frame.longest_connector):
            if "" not in frame.between:
                continue
            connectors_here = ("",)
        else:
            connectors_here = frame.between
        for connector in connectors_here:
            if connector:  # the slot ends before each occurrence of the connector
                stop = last_end + len(connector)
                end = text.find(connector, start + 1, stop)
                if end == -1:
                    continue
                ends = []
                while end != -1:
                    ends.append(end)
                    end = text.find(connector, end + 1, stop)
            else:
                ends = _bare_slot_ends(text, start)
            for end in ends:
                # cheap tests first; all of them are pure, so their order does not matter
                if text[end - 1 : end + 1] in _HONORIFIC_SET:
                    continue  # the cut would fall inside 同志 (雷鸣同 + 志宝鸡市…)
                if connector and text[end - 1] in "为任" and text.startswith(PLACES_OPENING_WITH_A_VERB, end):
                    continue  # 聘任李四为任城区支行行长: the place's 任, after a connector (not 同志任城区支行)
                if connector.endswith("任") and text.startswith(("期", "职期", "满"), end + len(connector)):
                    continue  # 副行长赵德明任期届满后不再续聘: 任期, a term, no connector and post
                posts = text[end + len(connector) :]
                if posts.endswith(_TAIL_ENDS):
                    posts = strip_tails(posts)
                if frame.tails != ("",):  # …的任职决定, …的挂职期限(一年): the tail before the qualifiers
                    core = _QUALIFIERS_AT_END.sub("", posts) if posts.endswith(")") else posts
                    if core.endswith(frame.own_tails):
                        tail = next(t for t in frame.own_tails if core.endswith(t))
                        said = posts[len(core) :]
                        if said and (
                            "期限" in tail or "时间" in tail
                        ):  # (挂职期限一年: the bracket's term is the tail's)
                            said = f"({tail.removeprefix('的')}{said[1:]}"
                        posts = core[: -len(tail)] + said
                if (
                    not posts
                    or (
                        not connector
                        and posts.startswith(_connector_start())
                        # (免去其任城支行副行长职务: after the pronoun, the place 任城, no connector 任)
                        and not (text[start:end] in PRONOUNS and posts.startswith(_PLACES_AFTER_A_PRONOUN))
                    )
                ):
                    continue
                slot_text = text[start:end]
                if slot_text.endswith("其") and posts.startswith(_QI_WORDS) and not posts.startswith("实验"):
                    continue  # 其他领导职务自然免除: 其他 (the others), no pronoun
                if connector.startswith("任") and slot_text.endswith(("曾", "历", "现")):
                    continue  # 邹建平曾任国家能源局副局长: a career told, no decision
                # A slot ending at a connector ends before the first honorific followed by more
                # (last_end): with honorifics all of one length, it holds none; the test is left
                # to ends found otherwise (after 同志, a pronoun).
                if ((not connector or _UNEVEN_HONORIFICS) and _HONORIFIC_INSIDE.search(slot_text)) or (
                    _NOT_IN_POST.search(_post_core(posts))
                ):
                    continue
                slot = read_person_slot(slot_text, antecedents)
                if slot is not None and (connector or not slot.described_as):
                    found.append(FrameMatch(frame, slot, posts, connector, verb, org, slot_text.endswith(HONORIFICS)))
    return found


#: What follows 其 in a word of its own (其他, 其余, 其实; not 其中: 免去其中共某县委…): 其 is then no pronoun.
_QI_WORDS = ("他", "余", "实", "它")
_PLACES_AFTER_A_PRONOUN = tuple(place[:2] for place in PLACES_OPENING_WITH_A_VERB)


@functools.cache
def _connector_start() -> tuple[str, ...]:
    # (not 现 alone: 现代农业园区 opens a post; not 原任: 解聘某等6名同志原任职务, the posts they held)
    words = {w for frame in frames() if frame.opens for w in frame.between if w and w not in ("│", "现")}
    words = {w for w in words if not w.startswith("原")}
    return tuple(sorted(words | {"代理", *HONORIFICS}, key=len, reverse=True))


def _post_core(posts: str) -> str:
    """The posts without their closing qualifiers and a chained 、B同志的 (what _NOT_IN_POST tests)."""
    if posts.endswith(")"):
        posts = _QUALIFIERS_AT_END.sub("", posts)
    if "、兼任" in posts:  # 某处副处长、兼任某团委书记: a second post, held 兼任
        posts = posts.replace("、兼任", "、")
    chained = "同志" in posts or "辞去" in posts or "先生" in posts or "女士" in posts
    return _CHAINED.sub("、", posts) if chained else posts  # (、黄思齐女士为…: a second person, chained)


def _starts(text: str, frame: Frame) -> list[tuple[int, str, str]]:
    """(where the person starts, verb, subject body) for each verb of ``frame`` found in ``text``."""
    if frame.opens:
        return _AT_START  # the person opens the clause: every item and narrative frame
    starts: list[tuple[int, str, str]] = []
    for verb in frame.before:
        if frame.subject:
            at = text.find(verb, 2)
            while at != -1:
                # (同意中共某局机关委员会增补X为委员: the body after the verb that agrees)
                org = text[:at].removeprefix("同意").removeprefix("批准")
                if _ORG_END.search(org):
                    starts.append((at + len(verb), verb, org))
                at = text.find(verb, at + 1)
        elif not verb:
            starts.append((0, "", ""))
        else:
            at = text.find(verb)
            while at != -1:
                # (聘任后实行任期制: after the appointment, no one appointed named 后实行)
                if preamble_ok(text[:at]) and not text.startswith(_AFTER_THE_VERB, at + len(verb)):
                    starts.append((at + len(verb), verb, ""))
                at = text.find(verb, at + 1)
    return starts


_AT_START = ((0, "", ""),)
#: 聘任后实行任期制 / 任命后须…: after the decision, what follows it (后 is a surname too: 后秀兰).
_AFTER_THE_VERB = tuple(
    "后" + word
    for word in ("实行", "须", "应", "由", "按", "报", "经", "即", "进行", "试用", "一律", "均", "要", "将", "的")
)


def _bare_slot_ends(text: str, start: int) -> list[int]:
    """Where a person slot followed by no connector word may end: only after 同志 or a
    pronoun, the sole signs of where a name ends (韩为民任… under 免去 is not 韩为 + 民任…).
    (With a connector, the slot ends before each occurrence of it: ``_candidates``.)"""
    ends = [m.end() for m in _HONORIFIC.finditer(text, start + 1, start + _MAX_BARE_SLOT + 2)]
    if text.startswith(PRONOUNS, start) and not _qi_name(text, start):  # seldom: then which ones
        for pronoun in PRONOUNS:
            if text.startswith(pronoun, start):
                ends.append(start + len(pronoun))
    return ends


#: 其木格的…职务 / 其其格为…: a name (Mongolian mostly) opening with 其, no pronoun (not 其所任的,
#: 其原任的, 其本人的: words after the pronoun).
_QI_NAME = re.compile(
    r"(其(?![所原本在现担兼挂任职他余实它中一二三两该])[\u4e00-\u9fff]{2,3}?)(?:同志)?(?:\([^()]{1,10}\))?(?:的|为)"
)  # (其木格(女)的…: a mark after the name)


def _qi_name(text: str, start: int) -> bool:
    """Does a name opening with 其 (其木格) stand at ``start``, not the pronoun (其主任, 其局长)?"""
    m = _QI_NAME.match(text, start)
    return m is not None and name_score(m.group(1)) >= 3 and not m.group(1).endswith(("长", "任", "记"))


def _rank(match: FrameMatch, order: int) -> tuple:
    name = match.persons[0] if match.persons else ""
    return (
        match.slot.score,
        match.closed,
        match.slot.pronoun,
        not match.slot.described_as,
        len(match.connector),
        _LENGTH_PREFERENCE.get(len(name), 0),
        -order,
    )


@functools.cache
def _applicable(
    kinds: tuple[str, ...], action: str | None
) -> tuple[re.Pattern[str] | None, tuple[tuple[int, Frame, re.Pattern[str] | None], ...]]:
    """The frames of ``kinds`` (with their order in the table and the words one of which a
    clause must hold for the frame to apply) that apply in a list of ``action``, and the
    words one of which a clause must hold for any of them to apply."""
    group = tuple(
        (order, frame, frame.needs)
        for order, frame in enumerate(frames())
        if frame.kind in kinds and (frame.kind != "item" or (action is not None and frame.action in (action, "list")))
    )
    if any(frame.need_words is None for _, frame, _ in group):
        return None, group
    return re.compile(any_of(w for _, frame, _ in group for w in frame.need_words or ())), group


@functools.cache
def _to_try(
    kinds: tuple[str, ...], action: str | None
) -> tuple[re.Pattern[str] | None, tuple[tuple[int, Frame, re.Pattern[str] | None], ...]]:
    """_applicable, with the tests read_frame need not make: a frame whose person opens the
    clause needs only its connectors, which ``_candidates`` looks for itself (where a slot
    may end, a narrower test); a group of such frames alone needs no test of its own."""
    needs, group = _applicable(kinds, action)
    group = tuple((order, frame, None if frame.opens else test) for order, frame, test in group)
    return (None if all(frame.opens for _, frame, _ in group) else needs), group


def frame_needs(kinds: tuple[str, ...], action: str | None = None) -> re.Pattern[str] | None:
    """What a clause must hold for any frame of ``kinds`` to read it (None: nothing in particular)."""
    return _applicable(kinds, action)[0]


def read_frame(
    text: str,
    kinds: tuple[str, ...],
    action: str | None = None,
    antecedents: list[str] | None = None,
    accept=None,
) -> FrameMatch | None:
    """The best reading of a clause by the frames of ``kinds``.

    ``action`` is the action of the list the clause stands in: item frames apply only
    when it is theirs ("list" frames take it). ``accept`` may veto a reading (its posts
    are not posts), so that the next best is taken.
    """
    best: FrameMatch | None = None
    text = strip_adjuncts(text)  # an adjunct (a reason, a home body, a date) is in no slot
    needs, group = _to_try(kinds, action)
    if needs is not None and not needs.search(text):
        return None
    chars: set[str] | None = None  # made once, when a frame first needs it
    for order, frame, frame_needs in group:
        if frame.must_connect is not None and frame.must_connect.search(text) is None:
            continue  # 张三同志为…: a frame whose connector (当选为, 辞去) the clause does not hold
        # a frame none of whose words' first characters the clause holds is not searched for them
        if frame_needs is not None:
            if chars is None:
                chars = set(text)
            if frame.need_first.isdisjoint(chars) or not frame_needs.search(text):
                continue
        for match in _candidates(text, frame, antecedents or []):
            match.score = score = _rank(match, order)
            if (best is None or score > best.score) and (accept is None or accept(match)):
                best = match
    return best


def action_of(match: FrameMatch, list_action: str | None) -> str:
    return list_action if match.frame.action == "list" and list_action else match.frame.action


def read_continuation(text: str, frame: Frame, antecedents: list[str]) -> FrameMatch | None:
    """A chained item naming a new person with one of ``frame``'s own connectors."""
    # (免去A同志X职务、B同志Y职务: a bare slot ends after 同志 in a chained item as in the first)
    connectors = tuple(c for c in frame.between if c or "同志" in text[:10])
    if not connectors:
        return None
    item = Frame(frame.pattern, frame.action, frame.kind, ("",), connectors, False)
    best = None
    for match in _candidates(text, item, antecedents):
        if match.slot.score >= 2 and not match.slot.described_as and not match.slot.pronoun:
            match.score = _rank(match, 0)
            if best is None or match.score > best.score:
                best = match
    return best


@functools.cache
def decision_verbs() -> re.Pattern[str]:
    """Words only a decision uses: the leading verbs of ``vocab.VERBS`` and what the decision
    frames hold besides (接受, 撤销, 辞去, 不再担任, 代理), not the words that may stand before any
    verb (决定, 同意). A sentence holding one and a person yields events or an issue."""
    words = set(verbs_where("lead"))
    for frame in frames():
        if frame.kind != "decision" or frame.subject:
            continue
        # (a connector that ends with a pronoun, 免去其, is its verb: the pronoun is the person's)
        words.update(w.removesuffix("其") for w in frame.between if len(w) >= 2 and w not in _PLAIN_CONNECTORS)
        if "" not in frame.before:
            for word in frame.before:
                for prefix in sorted(HEAD_PREFIXES, key=len, reverse=True):
                    if prefix and word.startswith(prefix) and len(word) > len(prefix):
                        word = word[len(prefix) :]
                        break
                if len(word) >= 2 and word not in HEAD_PREFIXES and word not in _SAID_OF_ANYTHING:
                    words.add(word)
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


#: Words a decision frame opens with that are said of anything (审议通过《某条例》, 延长公示期): only the
#: frame itself, 通过X为…, decides.
_SAID_OF_ANYTHING = frozenset({"通过", "延长"})
#: Words between a person and a post that any statement may use (张三担任…): no sign of a decision.
_PLAIN_CONNECTORS = frozenset({"担任", "兼任", "现任", "的现任", "兼任的"})
