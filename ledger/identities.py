"""Who and what a name means, beyond what the notices say: assertions a person makes.

Notices write posts and people as strings. Some facts no notice states: a body was renamed
(平安建设办公室 became 平安法治和信访办公室), two spellings are one person, one name is two
people. A person asserts them (``ledger org rename``, ``ledger person merge``, ``ledger person
split``), citing what the assertion rests on; each is appended to ``assertions`` and chained
like a retraction. Nothing stored is changed: queries read the events through them.

- A rename folds a post written under the old name into the post under the new one: one
  post, one history; the tenure says the name it was held under ("held as …").
- A merge folds the events of one spelling into the other person's.
- A split takes the events of a name on posts holding a piece of text (the other person's
  place or body) as another person's, shown as 张伟（市中区）; ``person 张伟`` names the
  candidates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Assertion
from .tenures import LoggedEvent

KINDS = ("rename", "merge", "split")


@dataclass(frozen=True)
class Asserted:
    """One assertion as stored."""

    id: int
    kind: str
    subject: str
    object: str
    piece: str | None
    effective: dt.date | None
    cite: str
    asserted_by: str
    asserted_at: dt.datetime


@dataclass
class Identities:
    """The assertions in force for a session, and what they make of posts and names."""

    renames: list[Asserted] = field(default_factory=list)
    merges: dict[str, str] = field(default_factory=dict)  # a spelling -> the person it is
    splits: list[Asserted] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.renames or self.merges or self.splits)

    # --- posts ---------------------------------------------------------------------------

    def post(self, written: str) -> str:
        """The post a written name is, under the newest name of its bodies."""
        for r in self.renames:
            if r.subject in written and r.object not in written:
                written = written.replace(r.subject, r.object)
        return written

    def stored_posts(self, posts: Iterable[str]) -> set[str]:
        """Every spelling under which the events of these posts may be stored."""
        found = set(posts)
        for r in reversed(self.renames):
            found |= {p.replace(r.object, r.subject) for p in found if r.object in p}
        return found

    def queries(self, query: str) -> list[str]:
        """A post query and the same under each name its bodies had (平安建设办公室副主任 and
        平安法治和信访办公室副主任)."""
        found = [query]
        for r in self.renames:
            for q in list(found):
                for old, new in ((r.subject, r.object), (r.object, r.subject)):
                    if old in q and (other := q.replace(old, new)) not in found:
                        found.append(other)
        return found

    # --- persons -------------------------------------------------------------------------

    def person(self, name: str, post: str) -> str:
        """Who an event's person is: the person a spelling was merged into; on a post holding
        a split's piece, the other person of that name."""
        name = self.merges.get(name, name)
        for s in self.splits:
            if s.subject == name and s.piece and s.piece in post:
                return split_name(name, s.object)
        return name

    def canonical(self, name: str) -> str:
        """The person a name asked for means (a merged spelling: the person it was merged into)."""
        return self.merges.get(name, name)

    def stored_names(self, persons: Iterable[str]) -> set[str]:
        """Every name under which these persons' events may be stored."""
        found = set()
        for person in persons:
            for s in self.splits:
                if person == split_name(s.subject, s.object):
                    person = s.subject
            person = self.merges.get(person, person)
            found.add(person)
            found |= {spelling for spelling, into in self.merges.items() if into == person}
        return found

    def candidates(self, name: str) -> list[str]:
        """The persons a bare name may mean once split: 张伟 and 张伟（市中区）."""
        name = self.canonical(name)
        return [split_name(name, s.object) for s in self.splits if s.subject == name]

    # --- events --------------------------------------------------------------------------

    def apply(self, events: list[LoggedEvent]) -> list[LoggedEvent]:
        """The events as the assertions make them, what was written kept beside."""
        if not self:
            return events
        out = []
        for e in events:
            post = self.post(e.post)
            person = self.person(e.person, post)
            if post == e.post and person == e.person:
                out.append(e)
            else:
                out.append(
                    dataclasses.replace(e, post=post, person=person, written_post=e.post, written_person=e.person)
                )
        return out


def split_name(name: str, label: str) -> str:
    """张伟(市中区): with the brackets a query folds to (NFKC), so that it can be asked for."""
    return f"{name}({label})"


def identities(session: Session) -> Identities:
    """The assertions made by the session's known-at moment (all, for now), read once per session."""
    cached = session.info.get("identities")
    if cached is not None:
        return cached
    stmt = select(*Assertion.__table__.c).order_by(Assertion.id)
    moment = session.info.get("known_at")
    if moment is not None:
        stmt = stmt.where(Assertion.asserted_at <= moment)
    found = Identities()
    for row in session.execute(stmt):
        a = Asserted(*row)
        if a.kind == "rename":
            found.renames.append(a)
        elif a.kind == "merge":
            found.merges[a.object] = found.merges.get(a.subject, a.subject)
            found.merges = {k: (found.merges[a.object] if v == a.object else v) for k, v in found.merges.items()}
        elif a.kind == "split":
            found.splits.append(a)
    session.info["identities"] = found
    return found


def assertions(session: Session) -> list[Asserted]:
    """Every assertion made by the session's known-at moment, oldest first."""
    stmt = select(*Assertion.__table__.c).order_by(Assertion.id)
    if (moment := session.info.get("known_at")) is not None:
        stmt = stmt.where(Assertion.asserted_at <= moment)
    return [Asserted(*row) for row in session.execute(stmt)]
