"""Reconstruction: fold the event log into tenures (SPEC §4). Pure functions, no database.

An appointment effective on D opens a tenure on D; a removal effective on D closes it, the
holder having held the post until the day before D. A removal with no appointment on
record opens and closes a tenure whose start is unknown, bounded by what the log knows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .dates import add_months
from .posts import is_single_head
from .vocab import UNKNOWN_START_YEARS

#: Same-day order: a removal and a re-appointment on one day leave the person holding
#: the post; a confirmation on the day of appointment confirms that tenure.
_ACTION_ORDER = {"remove": 0, "appoint": 1, "confirm": 2}


@dataclass(frozen=True)
class LoggedEvent:
    """An event as stored, with the notice that carries it."""

    action: str
    person: str
    post: str
    effective: dt.date
    doc_no: str | None
    notice_id: int
    seq: int
    line: int = 0
    clause: str = ""
    source_file: str = ""
    notice_hash: str = ""
    probation_until: dt.date | None = None
    secondment_until: dt.date | None = None
    rank: str | None = None
    manner: str | None = None
    # as the notice wrote them, where an assertion makes them another (``identities``)
    written_post: str | None = None
    written_person: str | None = None

    @classmethod
    def from_rows(cls, rows: Iterable[tuple], day=None) -> list[LoggedEvent]:
        """Events from rows of the first fields in order, as a driver gives them; ``day`` reads
        the three dates where the driver gives text (SQLite). A frozen dataclass's own
        ``__init__`` sets each field through ``object.__setattr__``: on a large ledger that,
        not the query, was the cost of a fold of every event."""
        new, names, out = object.__new__, _ROW_FIELDS, []
        for row in rows:
            event = new(cls)
            values = event.__dict__
            values.update(zip(names, row, strict=True))
            if day is not None:
                values["effective"] = day(values["effective"])
                if values["probation_until"] is not None:
                    values["probation_until"] = day(values["probation_until"])
                if values["secondment_until"] is not None:
                    values["secondment_until"] = day(values["secondment_until"])
            out.append(event)
        return out


#: The fields a stored row gives (``LoggedEvent.from_rows``), in order: all but what was written.
_ROW_FIELDS = tuple(f for f in LoggedEvent.__dataclass_fields__ if not f.startswith("written_"))


@dataclass
class Tenure:
    person: str
    post: str
    start: dt.date | None  # None: held from an unknown date
    start_doc: str | None
    end: dt.date | None = None  # effective date of the removal: held until the day before
    end_doc: str | None = None
    probation_until: dt.date | None = None
    confirmed_on: dt.date | None = None
    secondment_until: dt.date | None = None
    rank: str | None = None
    manner: str | None = None
    opened_by: LoggedEvent | None = None
    closed_by: LoggedEvent | None = None
    #: For a start unknown: the day before which the log cannot say it was held (another
    #: holder's end on a one-holder post, or long before the person is first named).
    bound: dt.date | None = None
    #: For a tenure with no removal on record, on a one-holder post another holder held later:
    #: it ended at an unknown date, by this day at the latest.
    implied_end: dt.date | None = None

    @property
    def known_from(self) -> dt.date | None:
        """The first day the log asserts the tenure: its start, or for a start unknown its bound."""
        return self.start or self.bound

    @property
    def known_until(self) -> dt.date | None:
        """The day the log stops asserting it (exclusive): its end, or the end it implies."""
        return self.end or self.implied_end

    def held_on(self, day: dt.date) -> bool:
        since, until = self.known_from, self.known_until
        return (since is None or since <= day) and (until is None or day < until)

    @property
    def last_day(self) -> dt.date | None:
        return self.end - dt.timedelta(days=1) if self.end else None


@dataclass(frozen=True)
class Anomaly:
    kind: str
    message: str
    events: tuple[LoggedEvent, ...] = field(default_factory=tuple)


def _sort_key(event: LoggedEvent) -> tuple:
    return (event.effective, _ACTION_ORDER.get(event.action, 9), event.notice_id, event.seq)


def fold(events: Iterable[LoggedEvent]) -> tuple[list[Tenure], list[Anomaly]]:
    """Tenures (ordered by post, start, person) and what did not fit the rules."""
    by_key: dict[tuple[str, str], list[LoggedEvent]] = defaultdict(list)
    first_named: dict[str, dt.date] = {}
    for event in events:
        person, effective = event.person, event.effective
        by_key[(person, event.post)].append(event)
        named = first_named.get(person)
        if named is None or effective < named:
            first_named[person] = effective
    tenures: list[Tenure] = []
    anomalies: list[Anomaly] = []
    for (person, post), evs in by_key.items():
        if len(evs) > 1:  # (most pairs have one or two events)
            evs.sort(key=_sort_key)
        current: Tenure | None = None
        closed: list[Tenure] = []
        for event in evs:
            if event.action == "appoint":
                if current is not None:
                    anomalies.append(
                        Anomaly(
                            "already holds",
                            f"{person} appointed {post} on {event.effective} while already holding it",
                            (current.opened_by, event) if current.opened_by else (event,),
                        )
                    )
                    continue
                current = Tenure(
                    person,
                    post,
                    event.effective,
                    event.doc_no,
                    probation_until=event.probation_until,
                    secondment_until=event.secondment_until,
                    rank=event.rank,
                    manner=event.manner,
                    opened_by=event,
                )
            elif event.action == "remove":
                if current is not None:
                    current.end, current.end_doc, current.closed_by = event.effective, event.doc_no, event
                    closed.append(current)
                    current = None
                elif not closed:
                    closed.append(
                        Tenure(
                            person, post, None, None, event.effective, event.doc_no, closed_by=event, rank=event.rank
                        )
                    )
                else:
                    anomalies.append(
                        Anomaly(
                            "removal after end",
                            f"{person} removed from {post} on {event.effective}, but the tenure had already ended "
                            f"on {closed[-1].end}",
                            (event,),
                        )
                    )
            elif event.action == "confirm":
                if current is not None:
                    current.confirmed_on = event.effective
                else:
                    anomalies.append(
                        Anomaly("confirmation without tenure", f"{person} confirmed in {post} not held", (event,))
                    )
        tenures.extend(closed)
        if current is not None:
            tenures.append(current)
    bound_unknown_starts(tenures, first_named)
    tenures.sort(key=lambda t: (t.post, t.start or dt.date.min, t.person))
    return tenures, anomalies


def bound_unknown_starts(tenures: list[Tenure], first_named: dict[str, dt.date]) -> None:
    """SPEC §4: what the log cannot support is not asserted. An unknown start is not long
    before any notice names the person (``UNKNOWN_START_YEARS``) and, on a post with one
    holder, not before another holder's tenure that ended (or began) before it ended; a
    tenure with no removal on record ends, at the latest, where another holder of such a
    post is next on record more than ``UNKNOWN_START_YEARS`` after it began."""
    by_post: dict[str, list[Tenure]] = defaultdict(list)
    for tenure in tenures:
        by_post[tenure.post].append(tenure)
    for post, held in by_post.items():
        single = is_single_head(post)
        for tenure in held:
            if tenure.start is not None or tenure.end is None:
                continue
            end = tenure.end
            bound = add_months(first_named.get(tenure.person, end), -12 * UNKNOWN_START_YEARS)
            if single:
                for other in held:
                    if other is tenure:
                        continue
                    if other.end is not None and other.end < end:
                        bound = max(bound, other.end)
                    elif other.start is not None and other.start < end and other.end is None:
                        bound = max(bound, other.start)  # a holder on record before: it ended first
            tenure.bound = bound
        if not single:
            continue
        for tenure in held:
            if tenure.end is not None or tenure.start is None:
                continue
            # Within the horizon a later holder beside it is an overlap to report (a removal
            # missing?); beyond it, the log cannot say the first still held the post.
            horizon = add_months(tenure.start, 12 * UNKNOWN_START_YEARS)
            later = [o.known_from for o in held if o is not tenure and o.known_from and o.known_from > horizon]
            if later:
                tenure.implied_end = min(later)


def holders_on(tenures: Iterable[Tenure], day: dt.date) -> list[Tenure]:
    return [t for t in tenures if t.held_on(day)]
