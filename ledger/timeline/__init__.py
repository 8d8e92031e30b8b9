"""Timeline: who held which posts over a period, as lanes, bars and marks (issue 15).

Built from the tenure reconstruction (``queries.successions``, ``queries.career_report``):
one lane per post, one bar per tenure, and marks for what a reader should notice (vacancies,
two holders of a single-head post at once, probation and secondment ends). Every bar cites
the notices that opened and closed it. ``page.render`` draws the same data as an HTML page;
``Timeline.as_json`` hands it to other tools.

Dates follow the rest of the ledger: a bar's ``end`` is the effective date of the removal
(held until the day before); mark spans (``start``, ``end``) are inclusive days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import dates
from ..answer import iso
from ..i18n import N_
from ..posts import is_single_head, split_title
from ..tenures import LoggedEvent, Tenure

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..queries import Succession

#: How far the default window reaches before the first and after the last date drawn, so that a
#: start-unknown bar has room to fade in and the last bar does not touch the edge.
LEAD = dt.timedelta(days=183)
TRAIL = dt.timedelta(days=31)


@dataclass(frozen=True)
class Citation:
    """The notice behind one end of a bar: what a reader checks the bar against."""

    doc_no: str | None
    date: dt.date
    clause: str
    line: int
    file: str

    @classmethod
    def of(cls, event: LoggedEvent | None) -> Citation | None:
        if event is None:
            return None
        return cls(event.doc_no, event.effective, event.clause, event.line, event.source_file)

    def as_json(self) -> dict[str, Any]:
        return {
            "doc_no": self.doc_no,
            "date": self.date.isoformat(),
            "clause": self.clause,
            "line": self.line,
            "file": self.file,
        }


@dataclass(frozen=True)
class Lane:
    post: str
    organisation: str
    title: str
    single_head: bool
    slots: int = 1  # rows inside the lane, so that holders at the same time do not hide each other

    @classmethod
    def of(cls, post: str, slots: int = 1) -> Lane:
        organisation, title = split_title(post)
        return cls(post, organisation, title, is_single_head(post), max(slots, 1))


@dataclass(frozen=True)
class Bar:
    """One tenure on one lane."""

    lane: int
    slot: int  # row inside the lane
    person: str
    start: dt.date | None  # None: held from an unknown date
    end: dt.date | None  # removal's effective date (held until the day before); None: still held
    probation_until: dt.date | None
    confirmed_on: dt.date | None
    secondment_until: dt.date | None
    rank: str | None
    manner: str | None
    opened_by: Citation | None
    closed_by: Citation | None

    @property
    def acting(self) -> bool:
        return "代理" in (self.manner or "")

    @property
    def seconded(self) -> bool:
        return self.secondment_until is not None or "挂职" in (self.manner or "")

    @property
    def last_day(self) -> dt.date | None:
        return self.end - dt.timedelta(days=1) if self.end else None

    def as_json(self) -> dict[str, Any]:
        return {
            "lane": self.lane,
            "slot": self.slot,
            "person": self.person,
            "start": iso(self.start),
            "start_known": self.start is not None,
            "end": iso(self.end),
            "last_day": iso(self.last_day),
            "probation_until": iso(self.probation_until),
            "confirmed_on": iso(self.confirmed_on),
            "secondment_until": iso(self.secondment_until),
            "acting": self.acting,
            "seconded": self.seconded,
            "rank": self.rank,
            "manner": self.manner,
            "opened_by": self.opened_by.as_json() if self.opened_by else None,
            "closed_by": self.closed_by.as_json() if self.closed_by else None,
        }


@dataclass(frozen=True)
class Mark:
    """Something to see on a lane: ``vacancy`` and ``conflict`` span days (``start`` None: from an
    unknown date), ``probation_end`` and ``secondment_end`` fall on one day (start == end)."""

    kind: str
    lane: int
    start: dt.date | None
    end: dt.date | None  # inclusive; None: still running
    persons: tuple[str, ...] = ()
    slot: int | None = None  # the row of the bar it belongs to; None: the whole lane

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "lane": self.lane,
            "slot": self.slot,
            "start": iso(self.start),
            "end": iso(self.end),
            "persons": list(self.persons),
        }


@dataclass
class Timeline:
    query: str
    kind: str  # "post", "organisation" or "person"
    start: dt.date  # the window drawn, both days inclusive
    end: dt.date
    today: dt.date
    lanes: list[Lane]
    bars: list[Bar] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)

    @property
    def grouped(self) -> bool:
        """Lanes shown under their organisation; a person's lanes are shown by their full names."""
        return self.kind != "person"

    def as_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "kind": self.kind,
            "grouped": self.grouped,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "today": self.today.isoformat(),
            "lanes": [
                {
                    "id": i,
                    "post": lane.post,
                    "organisation": lane.organisation,
                    "title": lane.title,
                    "single_head": lane.single_head,
                    "slots": lane.slots,
                }
                for i, lane in enumerate(self.lanes)
            ],
            "bars": [bar.as_json() for bar in self.bars],
            "marks": [mark.as_json() for mark in self.marks],
        }


def _bar(lane: int, slot: int, tenure: Tenure) -> Bar:
    return Bar(
        lane,
        slot,
        tenure.person,
        tenure.start,
        tenure.end,
        tenure.probation_until,
        tenure.confirmed_on,
        tenure.secondment_until,
        tenure.rank,
        tenure.manner,
        Citation.of(tenure.opened_by),
        Citation.of(tenure.closed_by),
    )


def _lane(index: int, post: str, tenures: list[Tenure]) -> tuple[Lane, list[Bar], list[Mark]]:
    """A post's lane: each tenure in the first row free from its start (rows reused in order of
    start, so a plain succession stays on one row), and its probation and secondment ends."""
    free_from: list[dt.date] = []  # per row: the day it is free again
    bars, marks = [], []
    for tenure in sorted(tenures, key=lambda t: (t.start or dt.date.min, t.person)):
        begins = tenure.start or dt.date.min
        slot = next((i for i, free in enumerate(free_from) if free <= begins), len(free_from))
        if slot == len(free_from):
            free_from.append(dt.date.min)
        free_from[slot] = tenure.end or dt.date.max
        bars.append(_bar(index, slot, tenure))
        # a probation or secondment ending after the tenure did not end in this post
        for kind, day in (("probation_end", tenure.probation_until), ("secondment_end", tenure.secondment_until)):
            if day and (tenure.end is None or day < tenure.end):
                marks.append(Mark(kind, index, day, day, (tenure.person,), slot))
    return Lane.of(post, len(free_from)), bars, marks


def from_successions(
    query: str,
    kind: str,
    successions: list[Succession],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> Timeline:
    """A lane per post (in the order given), its tenures, vacancies between holders and, on a
    single-head post, the periods with two holders at once."""
    lanes, bars, marks = [], [], []
    for i, succession in enumerate(successions):
        lane, lane_bars, lane_marks = _lane(i, succession.post, succession.tenures)
        lanes.append(lane)
        bars += lane_bars
        marks += lane_marks
        for lo, hi in succession.gaps:
            marks.append(Mark("vacancy", i, lo, hi))
        for overlap in succession.overlaps:
            last = overlap.end - dt.timedelta(days=1) if overlap.end else None
            marks.append(Mark("conflict", i, overlap.start, last, (overlap.first.person, overlap.second.person)))
    return _framed(
        Timeline(query, kind, dt.date.min, dt.date.min, today or dates.today(), lanes, bars, marks), start, end
    )


def from_tenures(
    query: str,
    tenures: list[Tenure],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> Timeline:
    """A person's timeline: a lane per post held, in the order first held."""
    by_post: dict[str, list[Tenure]] = {}
    for tenure in tenures:
        by_post.setdefault(tenure.post, []).append(tenure)
    lanes, bars, marks = [], [], []
    for i, (post, held) in enumerate(by_post.items()):
        lane, lane_bars, lane_marks = _lane(i, post, held)
        lanes.append(lane)
        bars += lane_bars
        marks += lane_marks
    return _framed(
        Timeline(query, "person", dt.date.min, dt.date.min, today or dates.today(), lanes, bars, marks), start, end
    )


def _framed(timeline: Timeline, start: dt.date | None, end: dt.date | None) -> Timeline:
    """Set the window (the dates asked for, else everything on record and today) and keep only
    the bars and marks that show in it."""
    dates = [d for b in timeline.bars for d in (b.start, b.end, b.probation_until, b.secondment_until) if d]
    dates += [d for m in timeline.marks for d in (m.start, m.end) if d]
    first = min(dates, default=timeline.today)
    last = max([*dates, timeline.today])
    timeline.start = start or (first - LEAD).replace(day=1)
    timeline.end = end or last + TRAIL
    # one date asked for beyond everything on record: still a year to look at
    if timeline.end <= timeline.start:
        if end is None:
            timeline.end = timeline.start + dt.timedelta(days=365)
        elif start is None:
            timeline.start = timeline.end - dt.timedelta(days=365)
    lo, hi = timeline.start, timeline.end
    timeline.bars = [b for b in timeline.bars if (b.start is None or b.start <= hi) and (b.end is None or b.end > lo)]
    timeline.marks = [
        m for m in timeline.marks if (m.start is None or m.start <= hi) and (m.end is None or m.end >= lo)
    ]
    return timeline


def timeline(
    session: Session,
    query: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> Timeline:
    """The timeline of a person (a name as written), else of the posts whose name ends with the
    query, else of every post of the organisations whose name contains it."""
    from .. import queries
    from ..errors import NotFound
    from ..models import Event

    q = queries.clean_query(query)
    window = {"start": start, "end": end, "today": today}
    try:
        return from_tenures(q, queries.career(session, q), **window)
    except NotFound:
        pass
    posts = queries.find_posts(session, q)
    if posts:
        # posts of one organisation together, heads before deputies, as in a roster
        posts.sort(key=lambda p: (split_title(p)[0], split_title(p)[1].startswith("副"), split_title(p)[1], p))
        return from_successions(q, "post", queries.successions(session, posts), **window)
    try:
        entries = queries.roster(session, q, today or dates.today(), include_vacant=True)
    except NotFound:
        near = queries.suggest(session, q, Event.person, 3) + queries.suggest(session, q, Event.post, 3)
        raise NotFound(N_("no person, post or organisation matches {query!r}"), near, query=query) from None
    return from_successions(q, "organisation", queries.successions(session, [e.post for e in entries]), **window)
