"""`ledger check`: what in the log does not add up, with the notices involved."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from .i18n import N_, _
from .posts import is_single_head, organisation, related
from .tenures import LoggedEvent, Tenure, fold
from .visibility import logged_events


@dataclass(frozen=True)
class Phrase:
    """A sentence as its template and values: English for JSON (``str``), the interface's
    language for a person (``localized``), like ``LedgerError``. A value that is a Phrase is
    worded in turn; those named in ``words`` (an entry's kind) are words of the catalog."""

    template: str
    values: dict = field(default_factory=dict)
    words: tuple[str, ...] = ()

    def said(self, translate: Callable[[str], str]) -> str:
        values = {}
        for key, value in self.values.items():
            if isinstance(value, Phrase):
                value = value.said(translate)
            elif key in self.words:
                value = translate(value)
            values[key] = value
        return translate(self.template).format(**values) if values else translate(self.template)

    def __str__(self) -> str:
        return self.said(lambda text: text)

    def localized(self) -> str:
        return self.said(_)


#: What ``ledger.tenures.fold`` finds, worded as it words them: matched against its English
#: message to be said in the interface's language (the kinds too, for the table).
TENURE_ANOMALIES = {
    N_("already holds"): N_("{person} appointed {post} on {date} while already holding it"),
    N_("removal after end"): N_("{person} removed from {post} on {date}, but the tenure had already ended on {ended}"),
    N_("confirmation without tenure"): N_("{person} confirmed in {post} not held"),
}
#: the kinds of finding this module words itself, for the catalog
KINDS = (
    N_("probation before appointment"), N_("two holders"), N_("same name, unrelated posts"), N_("derived table"),
    N_("rows without a notice"),
)  # fmt: skip


def _phrase(kind: str, message: str) -> Phrase:
    template = TENURE_ANOMALIES.get(kind)
    if template:
        parts = re.split(r"\{(\w+)\}", template)
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        match = re.fullmatch(pattern, message, re.DOTALL)
        if match:
            return Phrase(template, match.groupdict())
    return Phrase(message)  # worded otherwise: said as it is (the catalog may still know it whole)


@dataclass(frozen=True)
class Finding:
    """An anomaly: its kind, what it is and the notices (events) behind it, cited."""

    kind: str
    phrase: Phrase
    citations: list[Phrase]

    @property
    def message(self) -> str:
        """In English: what JSON says."""
        return str(self.phrase)

    @property
    def notices(self) -> list[str]:
        return [str(c) for c in self.citations]

    def localized(self) -> str:
        return self.phrase.localized()

    def localized_notices(self) -> list[str]:
        return [c.localized() for c in self.citations]


def drift_findings(drift) -> list[Finding]:
    """Findings for a derived table (posts, the search index) that disagrees with the events
    (``derived.PostsDrift``)."""
    found = []
    if drift.unindexed or drift.stray:
        found.append(
            Finding(
                "derived table",
                Phrase(
                    N_(
                        "the search index disagrees with the events: {missing} names missing, {extra} extra; "
                        "ledger check --repair rebuilds it"
                    ),
                    {"missing": len(drift.unindexed), "extra": len(drift.stray)},
                ),
                [],
            )
        )
    if drift.missing or drift.extra:
        found.append(
            Finding(
                "derived table",
                Phrase(
                    N_("posts disagrees with the events: {missing}, {extra}; ledger check --repair rebuilds it"),
                    {
                        "missing": _counted(N_("{n} missing"), drift.missing),
                        "extra": _counted(N_("{n} extra"), drift.extra),
                    },
                ),
                [],
            )
        )
    return found


def orphan_findings(orphans: dict[str, int]) -> list[Finding]:
    """Findings for rows that belong to no notice (``chain.orphan_rows``): no answer reads them,
    and no entry of the chain holds them."""
    return [
        Finding(
            "rows without a notice",
            Phrase(
                N_("{count} row(s) of {table} belong to no notice of the ledger; no answer reads them (ledger verify)"),
                {"count": count, "table": table},
            ),
            [],
        )
        for table, count in orphans.items()
    ]


def _counted(template: str, names: list[str]) -> Phrase:
    """ "3 missing (first: 主任)": how many, and the first to look at."""
    if not names:
        return Phrase(template, {"n": 0})
    return Phrase(N_("{count} (first: {name})"), {"count": Phrase(template, {"n": len(names)}), "name": names[0]})


def _cite(*events: LoggedEvent | None) -> list[Phrase]:
    cited = (
        Phrase(
            N_("{notice} ({date}) line {line}"),
            {"notice": e.doc_no or Phrase(N_("notice")), "date": e.effective, "line": e.line},
        )
        for e in events
        if e
    )
    return list({str(c): c for c in cited}.values())


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
    found = [Finding(a.kind, _phrase(a.kind, a.message), _cite(*a.events)) for a in folded]
    for e in events:
        if e.probation_until and e.probation_until < e.effective:
            found.append(
                Finding(
                    "probation before appointment",
                    Phrase(
                        N_("{person}'s probation in {post} ends {until}, before the appointment on {date}"),
                        {"person": e.person, "post": e.post, "until": e.probation_until, "date": e.effective},
                    ),
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
                        Phrase(
                            N_("{post} held by {first} and {second} at the same time"),
                            {"post": post, "first": a.person, "second": b.person},
                        ),
                        _cite(a.opened_by, b.opened_by),
                    )
                )
    for person, held in by_person.items():
        for a, b in _concurrent(held):
            if a.post != b.post and not related(organisation(a.post), organisation(b.post)):
                found.append(
                    Finding(
                        "same name, unrelated posts",
                        Phrase(
                            N_("{person} holds {first} and {second} at once: possibly two people"),
                            {"person": person, "first": a.post, "second": b.post},
                        ),
                        _cite(a.opened_by or a.closed_by, b.opened_by or b.closed_by),
                    )
                )
    return found
