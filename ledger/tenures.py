"""Reconstruction: fold the event log into tenures (SPEC §4). Pure functions, no database.

An appointment effective on D opens a tenure on D; a removal effective on D closes it, the
holder having held the post until the day before D. A removal with no appointment on
record opens and closes a tenure whose start is unknown.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

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

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

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
    for event in events:
        by_key[(event.person, event.post)].append(event)
    tenures: list[Tenure] = []
    anomalies: list[Anomaly] = []
    for (person, post), evs in by_key.items():
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
    tenures.sort(key=lambda t: (t.post, t.start or dt.date.min, t.person))
    return tenures, anomalies


def holders_on(tenures: Iterable[Tenure], day: dt.date) -> list[Tenure]:
    return [t for t in tenures if t.held_on(day)]
