"""What the parser produces: plain data, no database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the source file after normalisation; ``no`` is 1-based in the file."""

    no: int
    text: str
    indent: int = 0  # leading white space in the source, which places a table cell in its column

    def __init__(self, no: int, text: str, indent: int = 0) -> None:
        # as the frozen dataclass's own __init__, at less cost: there is one per line
        _set = object.__setattr__
        _set(self, "no", no)
        _set(self, "text", text)
        _set(self, "indent", indent)


@dataclass
class ParsedEvent:
    action: str  # appoint | remove | confirm
    person: str
    post: str
    effective: dt.date | None
    line: int
    clause: str
    probation: str | None = None
    probation_until: dt.date | None = None
    secondment: str | None = None
    secondment_until: dt.date | None = None
    rank: str | None = None
    manner: list[str] = field(default_factory=list)
    qualifiers: list[str] = field(default_factory=list)
    unknown_qualifiers: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "action": self.action,
            "person": self.person,
            "post": self.post,
            "effective": _iso(self.effective),
            "probation_until": _iso(self.probation_until),
            "secondment_until": _iso(self.secondment_until),
            "rank": self.rank,
            "qualifiers": list(self.qualifiers),
            "line": self.line,
            "clause": self.clause,
        }


@dataclass(frozen=True)
class ClauseIssue:
    """A clause the parser saw but could not read, or read only in part."""

    line: int
    clause: str
    reason: str
    fatal: bool = True  # False: the event was kept (e.g. an unknown qualifier kept verbatim)

    def as_json(self) -> dict:
        return {"line": self.line, "clause": self.clause, "reason": self.reason}


@dataclass
class ParsedNotice:
    title: str | None
    doc_no: str | None
    issuer: str | None
    signed_by: str | None
    date: dt.date | None
    kind: str  # personnel | other
    skipped_reason: str | None
    first_line: int
    last_line: int
    text: str  # the notice's normalised text, one line per source line; hashed for idempotence
    events: list[ParsedEvent] = field(default_factory=list)
    issues: list[ClauseIssue] = field(default_factory=list)
    division: Any = None  # a work division's records (parse.division.Division), if this is one
    block: Any = None  # the lines it was read from (parse.split.Block): stored, to be read again

    @property
    def is_personnel(self) -> bool:
        return self.kind == "personnel"

    @property
    def open_items(self) -> list[ClauseIssue]:
        """The clauses that hold a decision but could not be read (fatal issues) of a notice
        the ledger imports: an import keeps them as open items for a person to resolve."""
        if not self.is_personnel and not self.is_division:
            return []
        return [i for i in self.issues if i.fatal]

    @property
    def is_division(self) -> bool:
        return self.division is not None and bool(self.division.portfolios)

    def as_json(self) -> dict:
        return {
            "title": self.title or "",
            "doc_no": self.doc_no,
            "issuer": self.issuer,
            "signed_by": self.signed_by,
            "date": _iso(self.date),
            "kind": self.kind,
            "skipped_reason": self.skipped_reason,
            "events": [e.as_json() for e in self.events],
            "open_items": [i.as_json() for i in self.open_items],
        } | (
            {
                "portfolios": [p.as_json() for p in self.division.portfolios],
                "ab_pairs": [{"leaders": [a, b], "line": line} for a, b, line in self.division.ab_pairs],
                "aliases": self.division.aliases,
                "note": self.division.note,
            }
            if self.is_division
            else {}
        )


@dataclass
class ParsedFile:
    file: str
    notices: list[ParsedNotice]

    def as_json(self) -> dict:
        return {"file": self.file, "notices": [n.as_json() for n in self.notices]}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
