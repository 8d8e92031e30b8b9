"""Questions answered from the log: who holds a post, a person's career, expiring probations.

Each query reads the events it needs, folds them into tenures (``tenures.fold``) and
returns plain data; the CLI only formats it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import NotFound
from .i18n import N_
from .identities import identities
from .models import Event, Notice, Post, Retraction, withdrawn_notices
from .search import Hit, borne, is_latin, latin_words, pinyin_where, score_pinyin
from .tenures import LoggedEvent, Tenure, fold, holders_on
from .text import doc_key, is_notice_id
from .visibility import (
    clean_query,
    events_on_posts_of,
    known_at,
    logged_events,
    pairs_not_left,
    persons_in,
    posts_holding,
    posts_in,
    seen,
    visible,
)


def suggest(session: Session, query: str, column, limit: int = 5) -> list[str]:
    """The nearest stored names to ``query`` (edit distance on the characters and on pinyin)."""
    return _nearest(session, query, "person" if column is Event.person else "post", limit)


def _nearest(session: Session, query: str, kind: str, limit: int) -> list[str]:
    """Names of ``kind`` nearest to ``query``, from the search index (no pinyin converted
    here), kept only if an event the session may see bears them."""
    from rapidfuzz import fuzz, process

    from .models import SearchName

    stmt = select(SearchName.name, SearchName.pinyin, SearchName.initials).where(SearchName.kind == kind)
    if is_latin(query):
        words = latin_words(query)
        if not words:
            return []
        rows = session.execute(stmt.where(pinyin_where(words)))
        scored = [(s[0], name) for name, full, initials in rows if (s := score_pinyin(words, full, initials))]
        ranked = [name for _, name in sorted(scored, key=lambda pair: (-pair[0], len(pair[1]), pair[1]))]
    else:
        choices = list(session.scalars(select(SearchName.name).where(SearchName.kind == kind)))
        found = process.extract(clean_query(query), choices, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=40)
        ranked = [choice for choice, _score, _ in found]
    kept = []
    for name in ranked:
        if len(kept) == limit:
            break
        if borne(session, Hit(kind, name, "", 0)):
            kept.append(name)
    return kept


def suggest_organisations(session: Session, query: str, limit: int = 5) -> list[str]:
    """The nearest organisation names (the posts' names without their titles): answers that
    ``roster`` then takes."""
    return _nearest(session, query, "organisation", limit)


def find_posts(session: Session, query: str) -> list[str]:
    """Posts whose name ends with ``query`` (a tail of the name); literal, no wildcards.

    Looked up as a range of reversed names on the posts table (an index scan, whatever the
    size of the log), then kept only if an event the session may see names them.
    """
    q = clean_query(query)
    if not q:
        return []
    known = identities(session)
    found = set()
    for tail in known.queries(q):  # (a renamed body: the post under each of its names)
        low = tail[::-1]
        high = low[:-1] + chr(ord(low[-1]) + 1)
        stmt = select(Post.name).where(Post.name_reversed >= low, Post.name_reversed < high, seen(session))
        found |= {known.post(post) for post in session.scalars(stmt) if whole_title(post, tail)}
    return sorted(found)


def no_post(session: Session, query: str) -> NotFound:
    """Nothing answers ``query``: say so, and whether retracted notices name such a post."""
    q = clean_query(query)
    hidden = select(Notice.doc_no).join(Event, Event.notice_id == Notice.id)
    hidden = hidden.where(Event.post.endswith(q, autoescape=True), ~visible(session)).distinct().limit(3)
    retracted = [doc for doc in session.scalars(hidden) if doc]
    if retracted:
        return NotFound(
            N_(
                "no post ends with {query!r} in the notices in force; retracted notices name one: "
                "{notices} (ledger reinstate DOCNO brings a notice back)"
            ),
            query=query,
            notices=", ".join(retracted),
        )
    # the query as typed: pinyin words apart (wangguanzhuang zhuren) are matched word by word
    return NotFound(N_("no post ends with {query!r}"), suggest(session, query, Event.post), query=query)


def whole_title(post: str, tail: str) -> bool:
    """Does ``tail`` take the post's title whole? 主任 names …办公室主任 but not …办公室副主任,
    whose title 副主任 it would begin inside."""
    from .posts import split_title

    return len(post) - len(tail) <= len(split_title(post)[0])


@dataclass
class PostHolders:
    post: str
    holders: list[Tenure]


class Answers(list):
    """Answers for the posts a query matched, in order; ``more``: matched posts left out
    because the caller asked for no more than some rows (a table's screenful)."""

    more = 0


#: Posts folded at a time when only some rows are wanted: a broad query on a large ledger
#: (主任: thousands of posts, hundreds of events each) stops once the rows are there.
_CHUNK = 50


def _chunks(posts: list[str], rows: int | None):
    """All the posts at once, or, when only some rows are wanted, a chunk at a time."""
    if rows is None:
        yield posts
        return
    for at in range(0, len(posts), _CHUNK):
        yield posts[at : at + _CHUNK]


def who_holds(session: Session, query: str, on: dt.date, rows: int | None = None) -> Answers:
    """Every post matching ``query`` with who held it on ``on``; NotFound if no post matches.
    ``rows``: stop after the posts that give that many holders (the rest counted in ``more``)."""
    posts = find_posts(session, query)
    if not posts:
        raise no_post(session, query)
    found, done = Answers(), 0
    for chunk in _chunks(posts, rows):
        tenures, _ = fold(logged_events(session, posts_in(session, chunk)))
        answer = {post: PostHolders(post, []) for post in chunk}
        for tenure in holders_on(tenures, on):
            answer[tenure.post].holders.append(tenure)
        found.extend(answer.values())
        done += len(chunk)
        if rows is not None and sum(len(a.holders) for a in found) >= rows:
            break
    found.more = len(posts) - done
    return found


def career(session: Session, name: str) -> list[Tenure]:
    """Every tenure of a person, in order (start unknown first)."""
    person = identities(session).canonical(clean_query(name))
    events = [e for e in logged_events(session, persons_in(session, [person])) if e.person == person]
    if not events:
        raise NotFound(N_("no person named {name!r}"), suggest(session, name, Event.person), name=name)
    tenures, _ = fold(events)
    return sorted(tenures, key=lambda t: (t.start or t.end or dt.date.min, t.start is not None, t.post))


@dataclass
class ExpiringProbation:
    tenure: Tenure
    days_left: int


def confirmed_by(tenure: Tenure, on: dt.date) -> bool:
    """Was the probation confirmed (试用期满…正式任职) on or before ``on``?"""
    return tenure.confirmed_on is not None and tenure.confirmed_on <= on


def probation_overdue(tenure: Tenure, on: dt.date) -> bool:
    """A probation that ended unconfirmed: the post still held on ``on``, the probation's last
    day before ``on``, and no confirmation on record by then. The probation's last day itself
    is not overdue: the confirmation may be dated that day."""
    until = tenure.probation_until
    return until is not None and until < on and not confirmed_by(tenure, on) and tenure.held_on(on)


def overdue_probations(session: Session, on: dt.date) -> list[ExpiringProbation]:
    """Tenures held on ``on`` whose probation ended before it with no confirmation, the
    longest overdue first (``days_left`` negative)."""
    return [p for p in _probations(session, on, None, True) if p.days_left < 0]


def expiring_probations(
    session: Session, on: dt.date, within: int = 90, include_overdue: bool = False
) -> list[ExpiringProbation]:
    """Tenures held on ``on`` whose probation ends within ``within`` days, soonest first.

    A probation confirmed (试用期满…正式任职) on or before ``on`` is not listed. With
    ``include_overdue``, probations whose end has passed unconfirmed (``probation_overdue``)
    are listed too.
    """
    return _probations(session, on, on + dt.timedelta(days=within), include_overdue)


def _probations(
    session: Session, on: dt.date, horizon: dt.date | None, include_overdue: bool
) -> list[ExpiringProbation]:
    """Probations of tenures held on ``on`` ending from ``on`` to ``horizon`` (None: none of
    those), and with ``include_overdue`` those overdue on ``on``."""
    if horizon is None:
        window = Event.probation_until < on
    elif include_overdue:
        window = Event.probation_until <= horizon
    else:
        window = Event.probation_until.between(on, horizon)
    tenures, _ = fold(events_on_posts_of(session, pairs_not_left(session, on, window)))
    return probations_among(holders_on(tenures, on), on, horizon, include_overdue)


def probations_among(
    held: list[Tenure], on: dt.date, horizon: dt.date | None, include_overdue: bool
) -> list[ExpiringProbation]:
    """Of tenures held on ``on``, those whose probation ends from ``on`` to ``horizon``, and
    with ``include_overdue`` those overdue on ``on``; soonest first."""
    found = []
    for tenure in held:
        until = tenure.probation_until
        if until is None or confirmed_by(tenure, on):
            continue
        if (horizon is not None and on <= until <= horizon) or (include_overdue and probation_overdue(tenure, on)):
            found.append(ExpiringProbation(tenure, (until - on).days))
    found.sort(key=lambda p: (p.tenure.probation_until, *_notice_order(p.tenure)))
    return found


def _notice_order(tenure: Tenure) -> tuple[int, int]:
    """Ties keep the order of the notices, as a reader of them would expect."""
    event = tenure.opened_by or tenure.closed_by
    return (event.notice_id, event.seq) if event else (0, 0)


# --- successions ---------------------------------------------------------------------------


@dataclass
class Overlap:
    first: Tenure
    second: Tenure
    start: dt.date | None  # None: from an unknown date
    end: dt.date | None  # exclusive; None: still running


@dataclass
class Succession:
    post: str
    single_head: bool
    tenures: list[Tenure]
    gaps: list[tuple[dt.date, dt.date]]  # vacant from, to (both inclusive)
    overlaps: list[Overlap]

    def in_order(self) -> list[Tenure | tuple[dt.date, dt.date]]:
        """The tenures and the vacancies between them (from, to), by date; a tenure before a
        vacancy starting the same day, a tenure of unknown start first."""
        rows = [(t.start or dt.date.min, 0, t) for t in self.tenures] + [(lo, 1, (lo, hi)) for lo, hi in self.gaps]
        return [item for _, _, item in sorted(rows, key=lambda r: (r[0], r[1]))]


def _overlap(a: Tenure, b: Tenure) -> tuple[dt.date | None, dt.date | None] | None:
    lo = max(a.known_from or dt.date.min, b.known_from or dt.date.min)
    hi = min(a.known_until or dt.date.max, b.known_until or dt.date.max)
    if lo >= hi:
        return None
    return (None if lo == dt.date.min else lo), (None if hi == dt.date.max else hi)


def _gaps(tenures: list[Tenure]) -> list[tuple[dt.date, dt.date]]:
    """Periods between the first known start and the last end when nobody held the post."""
    gaps = []
    covered_until: dt.date | None = None  # exclusive end of coverage so far; None before any
    started = False
    for t in sorted(tenures, key=lambda t: t.start or dt.date.min):
        if started and covered_until is not None and t.start and t.start > covered_until:
            gaps.append((covered_until, t.start - dt.timedelta(days=1)))
        started = True
        end = t.end or dt.date.max
        covered_until = end if covered_until is None else max(covered_until, end)
    return gaps


def succession(session: Session, query: str, rows: int | None = None) -> Answers:
    """Every holder of each post matching ``query``, in order, with gaps and overlaps.
    ``rows``: stop after the posts that give that many tenures (the rest counted in ``more``)."""
    posts = find_posts(session, query)
    if not posts:
        raise no_post(session, query)
    found, done = Answers(), 0
    for chunk in _chunks(posts, rows):
        found.extend(successions(session, chunk))
        done += len(chunk)
        if rows is not None and sum(len(a.tenures) for a in found) >= rows:
            break
    found.more = len(posts) - done
    return found


def successions(session: Session, posts: list[str]) -> list[Succession]:
    """The succession of each of these posts (full names), in the order given."""
    from .posts import is_single_head

    tenures, _ = fold(logged_events(session, posts_in(session, posts)))
    by_post: dict[str, list[Tenure]] = {post: [] for post in posts}
    for t in tenures:
        by_post[t.post].append(t)
    answers = []
    for post in posts:
        held = sorted(by_post[post], key=lambda t: (t.known_from or dt.date.min, t.person))
        single = is_single_head(post)
        answers.append(Succession(post, single, held, _gaps(held), _overlaps(held) if single else []))
    return answers


def _overlaps(held: list[Tenure]) -> list[Overlap]:
    """Pairs of tenures held at once, ``held`` sorted by start: each is compared only with
    those that start before it ends (a sweep, not every pair)."""
    found = []
    for i, a in enumerate(held):
        end = a.known_until or dt.date.max
        for b in held[i + 1 :]:
            if (b.known_from or dt.date.min) >= end:
                break
            span = _overlap(a, b)
            if span:
                found.append(Overlap(a, b, *span))
    return found


# --- careers -------------------------------------------------------------------------------


@dataclass
class Career:
    person: str
    tenures: list[Tenure]
    concurrent: list[Overlap]  # posts held at the same time
    unrelated: list[Overlap]  # ... in organisations that have nothing to do with each other
    others: list[str] = field(default_factory=list)  # other persons of the name, told apart by assertion

    @property
    def concurrent_related(self) -> list[Overlap]:
        """Concurrent posts in related organisations (the unrelated ones are warnings of their own)."""
        unrelated = {id(o) for o in self.unrelated}
        return [o for o in self.concurrent if id(o) not in unrelated]


def career_report(session: Session, name: str) -> Career:
    """A career, with concurrent posts and a warning where they look like two people."""
    from .posts import organisation, related

    tenures = career(session, name)
    concurrent, unrelated = [], []
    for i, a in enumerate(tenures):
        for b in tenures[i + 1 :]:
            span = _overlap(a, b)
            if not span or a.post == b.post:
                continue
            overlap = Overlap(a, b, *span)
            concurrent.append(overlap)
            if not related(organisation(a.post), organisation(b.post)):
                unrelated.append(overlap)
    known = identities(session)
    person = known.canonical(clean_query(name))
    return Career(person, tenures, concurrent, unrelated, known.candidates(person))


# --- rosters -------------------------------------------------------------------------------


@dataclass
class RosterEntry:
    organisation: str
    post: str
    title: str
    holders: list[Tenure]

    def unit(self, org_query: str) -> str:
        """The organisation after the part asked about (王官庄街道 → 党政综合办公室); all of it if
        the query does not occur in it."""
        at = self.organisation.rfind(org_query)
        return self.organisation[at + len(org_query) :] if at >= 0 else self.organisation

    def relative_post(self, org_query: str) -> str:
        """The post named relative to what was asked (党政综合办公室 副主任; 副局长)."""
        if self.title:
            return f"{self.unit(org_query)} {self.title}".strip()
        return relative(self.post, org_query)


def relative(name: str, context: str) -> str:
    """``name`` after the last place ``context`` occurs in it (济南市市中区王官庄街道党政综合办公室,
    王官庄街道 → 党政综合办公室); the whole name if it does not occur."""
    at = name.rfind(context)
    return name[at + len(context) :] if at >= 0 and at + len(context) < len(name) else name


def roster_places(entries: list[RosterEntry], org_query: str) -> list[str]:
    """The organisations of a roster up to the part asked about, each once: its heading. The
    spellings of one body (济南市市中区人民政府王官庄街道, 济南市市中区王官庄街道) are one, said
    the longest way (``orgs.one_per_organisation``)."""
    from .posts import one_per_organisation

    return one_per_organisation(
        {
            e.organisation[: e.organisation.rfind(org_query) + len(org_query)]
            for e in entries
            if org_query in e.organisation
        }
    )


def roster(
    session: Session, org_query: str, on: dt.date, include_vacant: bool = False, rows: int | None = None
) -> Answers:
    """Every post under organisations whose name contains ``org_query``, with its holders on ``on``.
    ``rows``: stop after the posts that give that many rows (the rest counted in ``more``)."""
    from .posts import split_title

    q = clean_query(org_query)
    # candidates from the posts table (each name once), then only those with visible events
    candidates = posts_holding(session, q) if q else []
    posts = [p for p in candidates if q in split_title(p)[0]]
    if not posts:
        raise NotFound(N_("no organisation named like {query!r}"), suggest_organisations(session, q), query=org_query)
    # heads before deputies inside each organisation, organisations by name: known from the
    # names alone, so that a table's rows can stop the folding early
    split = {post: split_title(post) for post in posts}
    posts.sort(key=lambda p: (split[p][0], split[p][1].startswith("副"), split[p][1], p))
    found, done = Answers(), 0
    for chunk in _chunks(posts, rows):
        tenures, _ = fold(logged_events(session, posts_in(session, chunk)))
        entries = {post: RosterEntry(split[post][0], post, split[post][1], []) for post in chunk}
        for tenure in holders_on(tenures, on):
            entries[tenure.post].holders.append(tenure)
        found.extend(e for e in entries.values() if e.holders or include_vacant)
        done += len(chunk)
        if rows is not None and sum(max(1, len(e.holders)) for e in found) >= rows:
            break
    found.more = len(posts) - done
    return found


# --- changes in a period -------------------------------------------------------------------


@dataclass
class NoticeChanges:
    doc_no: str | None
    date: dt.date
    title: str | None
    events: list[LoggedEvent]


@dataclass
class PeriodChanges:
    notices: list[NoticeChanges]
    probations_ended: list[Tenure]
    #: the period looked at, its open ends filled in (the first event on record, today)
    start: dt.date | None = None
    end: dt.date | None = None

    def first_events(self, limit: int | None) -> tuple[list[NoticeChanges], int]:
        """The notices cut to ``limit`` events in all (a notice cut short keeps its first events),
        and how many events were left out."""
        import dataclasses

        if not limit:
            return self.notices, 0
        kept, left = [], limit
        for n in self.notices:
            if left <= 0:
                break
            kept.append(n if len(n.events) <= left else dataclasses.replace(n, events=n.events[:left]))
            left -= len(n.events)
        shown_events = sum(len(n.events) for n in kept)
        return kept, sum(len(n.events) for n in self.notices) - shown_events


def changes(session: Session, start: dt.date | None, end: dt.date | None, org: str | None = None) -> PeriodChanges:
    """Appointments, removals and confirmations effective in [start, end], grouped by notice,
    and probations that ended in the period while the post was held. A period open at its
    start runs from the first event on record; open at its end, to today."""
    from sqlalchemy import func

    from .dates import today

    end = end or today()
    if start is None:
        first = session.scalar(select(func.min(Event.effective)).where(visible(session)))
        start = min(first, end) if first else end
    if start > end:
        from .errors import LedgerError

        raise LedgerError(N_("the period's start {start} is after its end {end}"), start=start, end=end)
    where = [Event.effective >= start, Event.effective <= end]
    if org:
        where.append(Event.post.contains(clean_query(org), autoescape=True))
    events = logged_events(session, *where)
    notices = {
        row.id: row for row in session.scalars(select(Notice).where(Notice.id.in_({e.notice_id for e in events})))
    }
    grouped: dict[int, NoticeChanges] = {}
    for e in sorted(events, key=lambda e: (e.effective, e.notice_id, e.seq)):
        n = notices[e.notice_id]
        grouped.setdefault(e.notice_id, NoticeChanges(n.doc_no, n.date, n.title, [])).events.append(e)
    prob_where = [Event.probation_until >= start, Event.probation_until <= end]
    if org:
        prob_where.append(Event.post.contains(clean_query(org), autoescape=True))
    keys = set(session.execute(select(Event.person, Event.post).distinct().where(visible(session), *prob_where)).all())
    ended = []
    if keys:
        tenures, _ = fold(
            e for e in logged_events(session, persons_in(session, {p for p, _ in keys})) if (e.person, e.post) in keys
        )
        ended = [
            t
            for t in tenures
            if t.probation_until and start <= t.probation_until <= end and t.held_on(t.probation_until)
        ]
        ended.sort(key=lambda t: (t.probation_until, *_notice_order(t)))
    return PeriodChanges(list(grouped.values()), ended, start, end)


# --- notices -------------------------------------------------------------------------------


@dataclass
class NoticeSummary:
    notice: Notice
    events: int
    retraction: Retraction | None  # as known at the session's moment


def _retractions(session: Session, notice_ids: set[int]) -> dict[int, Retraction]:
    """The retraction that withdraws each notice at the session's moment (the latest)."""
    moment = known_at(session)
    # retractions are few: all of them that withdraw a notice, kept for these notices here
    # (a page of 40,000 notice ids would pass any database's limit of bound parameters)
    stmt = select(Retraction).where(Retraction.notice_id.in_(withdrawn_notices(moment)))
    if moment is not None:
        stmt = stmt.where(Retraction.retracted_at <= moment)
    found = session.scalars(stmt.order_by(Retraction.retracted_at, Retraction.id))
    return {r.notice_id: r for r in found if r.notice_id in notice_ids}


def _known_notices(session: Session):
    moment = known_at(session)
    return Notice.imported_at <= moment if moment is not None else Notice.id.is_not(None)


def list_notices(session: Session, limit: int | None = None) -> Answers:
    """Imported notices, newest first (by notice date, then by import time), retracted ones marked."""
    from sqlalchemy import func
    from sqlalchemy.orm import defer

    # the notices first (without their text), then the events of those only: a page of a
    # large ledger never counts the events of every notice
    stmt = (
        select(Notice)
        .options(defer(Notice.text))
        .where(_known_notices(session))
        .order_by(Notice.date.desc(), Notice.imported_at.desc(), Notice.id.desc())
        .limit(limit)
    )
    notices = session.scalars(stmt).all()
    counts: dict[int, int] = {}
    ids = [n.id for n in notices]
    for at in range(0, len(ids), 10_000):  # within any database's limit of bound parameters
        chunk = ids[at : at + 10_000]
        per = select(Event.notice_id, func.count()).where(Event.notice_id.in_(chunk)).group_by(Event.notice_id)
        counts.update((notice_id, n) for notice_id, n in session.execute(per))
    retracted = _retractions(session, set(ids))
    found = Answers(NoticeSummary(n, counts.get(n.id, 0), retracted.get(n.id)) for n in notices)
    if limit is not None and len(found) == limit:
        total = session.scalar(select(func.count()).select_from(Notice).where(_known_notices(session)))
        found.more = (total or 0) - len(found)
    return found


def notice_ref(ref: str):
    """Where a notice is what ``ref`` names: its id (a prefix of its hash, as ``ledger notices``
    shows it) or its doc number in any bracket style."""
    ref = "".join(ref.split())
    if is_notice_id(ref):
        return Notice.content_hash.startswith(ref.lower(), autoescape=True)
    return Notice.doc_key == doc_key(ref)


def find_notices(session: Session, doc_no: str) -> list[NoticeSummary]:
    """Notices with this id or doc number (any bracket style), retracted ones included and marked."""
    key = doc_key(clean_query(doc_no))
    rows = list(session.scalars(select(Notice).where(notice_ref(clean_query(doc_no)), _known_notices(session))))
    if not rows:
        from rapidfuzz import process

        known = list(session.scalars(select(Notice.doc_no).where(Notice.doc_no.is_not(None), _known_notices(session))))
        near = [c for c, _s, _ in process.extract(key or "", known, limit=5, score_cutoff=50)]
        raise NotFound(N_("no notice numbered {doc_no!r}"), near, doc_no=doc_no)
    retracted = _retractions(session, {n.id for n in rows})
    for row in rows:
        row.events  # noqa: B018 - load while the session is open
    return [NoticeSummary(n, len(n.events), retracted.get(n.id)) for n in rows]


def names(session: Session, kind: str, text: str, limit: int = 50) -> list[str]:
    """Stored names of ``kind`` (post, person, organisation) starting with ``text``, then
    those holding it: what shell completion offers."""
    from .posts import split_title

    q = clean_query(text)
    column = Event.person if kind == "person" else Event.post
    found = set(session.scalars(select(column).distinct().where(column.contains(q, autoescape=True), visible(session))))
    if kind == "organisation":
        found = {split_title(name)[0] for name in found}
    starting = sorted(n for n in found if n.startswith(q))
    return (starting + sorted(n for n in found if not n.startswith(q)))[:limit]
