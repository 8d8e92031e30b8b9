"""`ledger check`: what in the log does not add up, with the notices involved."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.orm import Session

from .posts import is_single_head, organisation, related
from .tenures import LoggedEvent, Tenure, fold
from .visibility import logged_events


@dataclass(frozen=True)
class Finding:
    kind: str
    message: str
    notices: list[str]


def drift_findings(drift) -> list[Finding]:
    """Findings for a derived table (posts, the search index) that disagrees with the events
    (``derived.PostsDrift``)."""
    found = []
    if drift.unindexed or drift.stray:
        found.append(
            Finding(
                "derived table",
                f"the search index disagrees with the events: {len(drift.unindexed)} names missing, "
                f"{len(drift.stray)} extra; ledger check --repair rebuilds it",
                [],
            )
        )
    if drift.missing or drift.extra:
        found.append(
            Finding(
                "derived table",
                f"posts disagrees with the events: {len(drift.missing)} missing"
                + (f" (first: {drift.missing[0]})" if drift.missing else "")
                + f", {len(drift.extra)} extra"
                + (f" (first: {drift.extra[0]})" if drift.extra else "")
                + "; ledger check --repair rebuilds it",
                [],
            )
        )
    return found


def _cite(*events: LoggedEvent | None) -> list[str]:
    return list(dict.fromkeys(f"{e.doc_no or 'notice'} ({e.effective}) line {e.line}" for e in events if e))


def _overlap(a: Tenure, b: Tenure) -> bool:
    lo = max(d for d in (a.known_from, b.known_from) if d) if (a.known_from or b.known_from) else None
    hi = min(d for d in (a.known_until, b.known_until) if d) if (a.known_until or b.known_until) else None
    return lo is None or hi is None or lo < hi


def _concurrent(held: list[Tenure]):
    """Pairs of tenures held at once: sorted by start, each compared only with those that start
    before it ends (a sweep; every pair would be quadratic in a post's history)."""
    held = sorted(held, key=lambda t: t.known_from or dt.date.min)
    for i, a in enumerate(held):
        end = a.known_until or dt.date.max
        for b in held[i + 1 :]:
            if (b.known_from or dt.date.min) >= end:
                break
            if _overlap(a, b):
                yield a, b


def find_anomalies(session: Session) -> list[Finding]:
    events = logged_events(session)
    tenures, folded = fold(events)
    found = [Finding(a.kind, a.message, _cite(*a.events)) for a in folded]
    for e in events:
        if e.probation_until and e.probation_until < e.effective:
            found.append(
                Finding(
                    "probation before appointment",
                    f"{e.person}'s probation in {e.post} ends {e.probation_until}, "
                    f"before the appointment on {e.effective}",
                    _cite(e),
                )
            )
    by_post: dict[str, list[Tenure]] = defaultdict(list)
    by_person: dict[str, list[Tenure]] = defaultdict(list)
    for t in tenures:
        by_post[t.post].append(t)
        by_person[t.person].append(t)
    for post, held in by_post.items():
        if not is_single_head(post):
            continue
        for a, b in _concurrent(held):
            if a.person != b.person:
                found.append(
                    Finding(
                        "two holders",
                        f"{post} held by {a.person} and {b.person} at the same time",
                        _cite(a.opened_by, b.opened_by),
                    )
                )
    for person, held in by_person.items():
        for a, b in _concurrent(held):
            if a.post != b.post and not related(organisation(a.post), organisation(b.post)):
                found.append(
                    Finding(
                        "same name, unrelated posts",
                        f"{person} holds {a.post} and {b.post} at once: possibly two people",
                        _cite(a.opened_by or a.closed_by, b.opened_by or b.closed_by),
                    )
                )
    return found
