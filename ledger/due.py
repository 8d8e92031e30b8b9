"""What stands empty and what falls due: ``vacancies`` and ``due`` (issue 23).

Both questions are answered from the events alone, folded into tenures (``tenures.fold``) as
every other query is; nothing is stored for them.

- A post is *vacant* on a day when somebody held it before, the last of its holders left by a
  removal on record, and nobody holds it that day: an appointment after the day asked is no
  successor yet. A post several people hold at once (副主任, 委员) is vacant only when none of
  them holds it. A post renamed or abolished without a notice saying so reads as vacant too:
  the events cannot tell the two apart.
- What *falls due* within a window: probations ending (and those already overdue, by
  ``queries.probation_overdue``), secondment periods ending (挂职 until), terms of office
  ending (聘期/任期 where an appointment's qualifiers give a duration or an end), and people in
  the same post for 5 or 10 years (the rotation rule for leading cadres), each with the
  notice its date comes from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from sqlalchemy import Text, case, cast, func, or_, select
from sqlalchemy.orm import Session

from .dates import BadDate, add_months, end_of_month, find_dates, find_month, term_months
from .errors import NotFound
from .i18n import N_
from .identities import identities
from .models import Event
from .tenures import LoggedEvent, Tenure, fold, holders_on
from .visibility import (
    clean_query,
    events_on_posts_of,
    logged_events,
    pairs_not_left,
    persons_in,
    posts_holding,
    posts_in,
    visible,
)
from .vocab import TERM_QUALIFIERS

#: Posts folded at a time: within any database's limit of bound parameters.
_CHUNK = 500


# --- lengths of time a user gives -----------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A length of time as a user gives it: 90 days, 6 months, 1 year (``parse_span``)."""

    days: int = 0
    months: int = 0

    def before(self, day: dt.date) -> dt.date:
        """The day this long before ``day`` (a month back from 03-31 is 02-28 or 02-29)."""
        return day - relativedelta(months=self.months, days=self.days)


_SPAN = re.compile(r"^(\d{1,5})\s*(d|day|days|天|日|w|week|weeks|周|m|month|months|个月|月|y|year|years|年)?$")


def parse_span(text: str) -> Span:
    """90, 90d, 12w, 6m, 1y (also 90天, 6个月, 1年); ValueError for anything else."""
    m = _SPAN.match(text.strip().lower())
    if not m or int(m.group(1)) > 36500:
        raise ValueError(f"not a length of time: {text!r} (use 90, 90d, 6m or 1y)")
    n, unit = int(m.group(1)), m.group(2) or "d"
    if unit in ("w", "week", "weeks", "周"):
        return Span(days=7 * n)
    if unit in ("m", "month", "months", "个月", "月"):
        return Span(months=n)
    if unit in ("y", "year", "years", "年"):
        return Span(months=12 * n)
    return Span(days=n)


# --- vacancies ------------------------------------------------------------------------------


@dataclass
class Vacancy:
    post: str
    #: the holders whose removal left the post empty (several when a post held by several was
    #: emptied on one day), in the order of the notices
    last: list[Tenure]
    since: dt.date  # the removal's effective date: the first day nobody held the post
    days: int  # days empty by the day asked
    #: posts the last holders were appointed to on the day they left: a move, which may also
    #: mean the post was renamed or merged (the events alone cannot tell)
    moved_to: list[str] = field(default_factory=list)

    @property
    def removal(self) -> LoggedEvent | None:
        """The removal the answer cites (the first, if several emptied the post that day)."""
        return self.last[0].closed_by if self.last else None


def organisation_posts(session: Session, org_query: str) -> list[str]:
    """Posts under organisations whose name contains ``org_query``: the matching ``roster`` uses
    (the query in the organisation part of the name, not in its title); NotFound if none."""
    from .posts import split_title
    from .queries import suggest_organisations

    q = clean_query(org_query)
    posts = [p for p in posts_holding(session, q) if q and q in split_title(p)[0]] if q else []
    if not posts:
        raise NotFound(N_("no organisation named like {query!r}"), suggest_organisations(session, q), query=org_query)
    return posts


def vacancies(session: Session, on: dt.date, org: str | None = None, longer_than: Span | None = None) -> list[Vacancy]:
    """Posts whose last holder left by a removal on or before ``on`` with no successor on record
    by then, the longest vacant first; ``org``: only posts under such organisations (else every
    post); ``longer_than``: only those empty for longer than that on ``on``."""
    candidates = _left_last(session, on)
    if org is not None:
        candidates &= set(organisation_posts(session, org))
    cutoff = longer_than.before(on) if longer_than else None
    posts = sorted(candidates)
    found = []
    for at in range(0, len(posts), _CHUNK):
        tenures, _ = fold(logged_events(session, posts_in(session, posts[at : at + _CHUNK])))
        by_post: dict[str, list[Tenure]] = defaultdict(list)
        for tenure in tenures:
            by_post[tenure.post].append(tenure)
        for post, held in by_post.items():
            vacancy = vacancy_of(post, held, on)
            if vacancy and (cutoff is None or vacancy.since < cutoff):
                found.append(vacancy)
    found.sort(key=lambda v: (v.since, v.post))
    _moves(session, found)
    return found


def _left_last(session: Session, on: dt.date) -> set[str]:
    """The posts (under their newest names) that may be vacant on ``on``: those with a removal
    by then and no appointment on or after their last removal. An appointment after every
    removal leaves its holder in the post on ``on`` (only a removal of that holder ends it), so
    folding such a post could only say it is held; on a large ledger they are nearly all."""
    action = Event.action
    stmt = (
        select(
            Event.post,
            func.max(case((action == "remove", Event.effective))),
            func.max(case((action == "appoint", Event.effective))),
        )
        .where(visible(session), action.in_(("remove", "appoint")), Event.effective <= on)
        .group_by(Event.post)
    )
    known = identities(session)
    last: dict[str, list] = {}
    for post, removed, appointed in session.execute(stmt):
        seen = last.setdefault(known.post(post), [None, None])  # a renamed body's names, as one
        if removed is not None and (seen[0] is None or removed > seen[0]):
            seen[0] = removed
        if appointed is not None and (seen[1] is None or appointed > seen[1]):
            seen[1] = appointed
    # (a removal and an appointment on one day: the removal is read first, SPEC §4)
    return {post for post, (removed, appointed) in last.items() if removed and (not appointed or removed > appointed)}


def _moves(session: Session, found: list[Vacancy]) -> None:
    """Fill each vacancy's ``moved_to``: the appointments of its last holders on that day."""
    persons = sorted({t.person for v in found for t in v.last})
    appointed: dict[tuple[str, dt.date], list[str]] = defaultdict(list)
    for at in range(0, len(persons), _CHUNK):
        where = (persons_in(session, persons[at : at + _CHUNK]), Event.action == "appoint")
        for e in sorted(logged_events(session, *where), key=lambda e: (e.notice_id, e.seq)):
            appointed[(e.person, e.effective)].append(e.post)
    for v in found:
        v.moved_to = [post for t in v.last for post in appointed[(t.person, v.since)] if post != v.post]


def vacancy_of(post: str, held: list[Tenure], on: dt.date) -> Vacancy | None:
    """The vacancy of ``post`` on ``on`` from its tenures ``held``, or None: held that day, or
    never left by a holder by then (``orgs`` says so of a post in a tree too)."""
    if holders_on(held, on):
        return None
    ended = [t for t in held if t.end is not None and t.end <= on]
    if not ended:
        return None  # no holder left by then: a post first filled later is not vacant before
    since = max(t.end for t in ended)
    last = sorted((t for t in ended if t.end == since), key=_notice_order)
    return Vacancy(post, last, since, (on - since).days)


def _notice_order(tenure: Tenure) -> tuple[int, int, str]:
    event = tenure.closed_by or tenure.opened_by
    return (event.notice_id, event.seq, tenure.person) if event else (0, 0, tenure.person)


# --- terms of office ------------------------------------------------------------------------

#: 聘期三年, 任期为五年, 聘期均为三年: the duration after the word.
_DURATION = re.compile(r"^(?:均|一律)?(?:为)?([一二三四五六七八九十两壹贰叁肆伍\d]{1,3}(?:个月|年))")


def term_end(effective: dt.date, qualifier: str) -> dt.date | None:
    """The day a term of office (聘期/任期) stated in one qualifier ends, or None if it states
    none that can be read (任期届满, 任期与第四届董事会一致).

    Read as SPEC §7 reads a probation: an explicit end beats a duration (聘期自2021年1月1日至
    2023年12月31日; 至2027年12月 is the last day of that month); a duration counts from a stated
    start (自2024年1月1日起) or else from the appointment's effective date, and ends on the same
    calendar day that many months later, as a probation or a secondment does."""
    if not qualifier.startswith(TERM_QUALIFIERS):
        return None
    body = qualifier[2:]
    try:
        dates = find_dates(body)
    except BadDate:
        return None
    for sep in ("至", "—", "－", "-", "~", "到"):
        if sep in body:
            after = body[body.rindex(sep) + 1 :]
            ends = [d for start, _, d in dates if start >= body.rindex(sep)]
            if ends:
                return ends[0]
            if month := find_month(after):
                return end_of_month(*month)
    m = _DURATION.match(body)
    months = term_months(m.group(1)) if m else None
    if months is None:
        return None
    start = dates[0][2] if dates and "自" in body else effective
    return add_months(start, months)


def _term(qualifiers: list[str] | None, effective: dt.date) -> tuple[dt.date, str] | None:
    for q in qualifiers or ():
        if (end := term_end(effective, q)) is not None:
            return end, q
    return None


# --- what falls due -------------------------------------------------------------------------

#: The kinds of thing that fall due, in the order a day's rows list them.
KINDS = ("probation", "secondment", "term", "tenure")


@dataclass
class DueItem:
    kind: str  # one of KINDS
    tenure: Tenure
    day: dt.date  # the day it falls due: a probation's, secondment's or term's end; N years reached
    days_left: int  # from the day asked; negative: past
    #: the appointment the day comes from: its notice is the one the answer cites
    source: LoggedEvent | None
    overdue: bool = False  # a probation ended with no confirmation on record (``probation_overdue``)
    years: int | None = None  # kind "tenure": the years in the post reached
    detail: str | None = None  # kind "term": the qualifier as written (聘期三年)


def due(session: Session, on: dt.date, within: int = 90, tenure_years: tuple[int, ...] = (5, 10)) -> list[DueItem]:
    """What falls due between ``on`` and ``within`` days later for tenures held on ``on``,
    soonest first: probations (with those overdue on ``on``), secondment periods, terms of
    office, and ``tenure_years`` in the same post (reached by then, or reached already).

    The posts any of them may concern are narrowed in SQL (``pairs_not_left``), then folded
    once, whole, as ``who-holds`` folds them."""
    from .queries import probation_overdue, probations_among

    horizon = on + dt.timedelta(days=within)
    years = tuple(sorted(set(tenure_years)))
    stated = _stated_terms(session, on)
    ending = {key for key, terms in stated.items() if any(on <= end <= horizon for *_, end, _ in terms)}
    asked: list = [
        pairs_not_left(session, on, Event.probation_until <= horizon),
        pairs_not_left(session, on, Event.secondment_until.between(on, horizon)),
        ending,
    ]
    if years:
        latest_start = add_months(horizon, -12 * years[0])
        asked.append(pairs_not_left(session, on, Event.action == "appoint", Event.effective <= latest_start))
    events = events_on_posts_of(session, *asked)
    held = holders_on(fold(events)[0], on)
    items = [
        DueItem("probation", p.tenure, p.tenure.probation_until, p.days_left, p.tenure.opened_by)
        for p in probations_among(held, on, horizon, include_overdue=True)
    ]
    for item in items:
        item.overdue = probation_overdue(item.tenure, on)
    items += [
        DueItem("secondment", t, t.secondment_until, (t.secondment_until - on).days, t.opened_by)
        for t in held
        if t.secondment_until and on <= t.secondment_until <= horizon
    ]
    items += _terms(held, stated, events, on, horizon)
    if years:
        items += _long_tenures(held, horizon, years, on)
    items.sort(key=lambda i: (i.day, KINDS.index(i.kind), *_event_order(i.source), i.tenure.person))
    return items


def _event_order(event: LoggedEvent | None) -> tuple[int, int]:
    return (event.notice_id, event.seq) if event else (0, 0)


#: A term stated by an appointment: (its effective date, notice id, seq, the term's end, as written).
_Stated = tuple[dt.date, int, int, dt.date, str]


def _stated_terms(session: Session, on: dt.date) -> dict[tuple[str, str], list[_Stated]]:
    """The terms of office (聘期, 任期) appointments by ``on`` state, by (person, post) as the
    assertions make them."""
    text = cast(Event.qualifiers, Text)
    # the qualifiers are JSON: an import writes 聘期 as it is, an ORM write may escape it
    words = [w for word in TERM_QUALIFIERS for w in (word, word.encode("unicode_escape").decode())]
    named = or_(*(text.contains(w, autoescape=True) for w in words))
    stmt = select(Event.person, Event.post, Event.notice_id, Event.seq, Event.effective, Event.qualifiers).where(
        visible(session), Event.action == "appoint", Event.effective <= on, named
    )
    known = identities(session)
    stated: dict[tuple[str, str], list[_Stated]] = defaultdict(list)
    for person, post, notice_id, seq, effective, qualifiers in session.execute(stmt):
        if term := _term(qualifiers, effective):
            post = known.post(post)  # (the pair the tenure is folded as)
            stated[(known.person(person, post), post)].append((effective, notice_id, seq, *term))
    return stated


def _terms(
    held: list[Tenure],
    stated: dict[tuple[str, str], list[_Stated]],
    events: list[LoggedEvent],
    on: dt.date,
    horizon: dt.date,
) -> list[DueItem]:
    """Terms ending in the window. A renewal (续聘) on record while the post is held continues
    the tenure with its own term: the latest term given by ``on`` is the one that runs."""
    by_id = {(e.notice_id, e.seq): e for e in events}
    items = []
    for t in held:
        running = [s for s in stated.get((t.person, t.post), ()) if t.start is None or s[0] >= t.start]
        if not running:
            continue
        _, notice_id, seq, end, written = max(running)
        if not on <= end <= horizon:
            continue
        source = by_id.get((notice_id, seq), t.opened_by)
        items.append(DueItem("term", t, end, (end - on).days, source, detail=written))
    return items


def _long_tenures(held: list[Tenure], horizon: dt.date, years: tuple[int, ...], on: dt.date) -> list[DueItem]:
    """Tenures held that reach the most of ``years`` in the post by ``horizon``, one row each
    (10 years, not also 5). A start unknown cannot be counted; it is one that a removal on
    record ends anyway."""
    items = []
    for t in held:
        if t.start is None:
            continue
        for n in reversed(years):
            reached = add_months(t.start, 12 * n)
            if reached <= horizon:
                items.append(DueItem("tenure", t, reached, (reached - on).days, t.opened_by, years=n))
                break
    return items
