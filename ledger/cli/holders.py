"""Who held what: ``who-holds``, ``post`` (a succession), ``person`` (a career), ``roster``."""

from __future__ import annotations

from typing import Annotated

import typer

from ..answer import Answer, Note, Section, iso
from ..i18n import _
from ..views import held_for, held_so_far, holder_json, notes_text, plural, since_text, tenure_json, until_text
from .base import app, book, finish, first, first_posts, handle_errors, note_open_items, today, wanted_rows
from .options import (
    CsvOption,
    DateOption,
    JsonOption,
    KnownAtOption,
    LimitOption,
    complete_organisations,
    complete_persons,
    complete_posts,
    output_format,
    query_argument,
)


@app.command(
    "who-holds", short_help="Who held a post on a date. e.g. ledger who-holds 王官庄街道办事处主任 --on 2024-05-01"
)
@handle_errors
def who_holds(
    ctx: typer.Context,
    post: Annotated[
        str,
        query_argument(
            "POST", "The post, or any tail of its name (王官庄街道办事处主任).", autocompletion=complete_posts
        ),
    ],
    on: DateOption = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Who held a post on a date, with the notices that opened and closed each tenure.

    A post is named by any tail of its name; every matching post gets a row.

    Example: ledger who-holds 王官庄街道办事处主任 --on 2024-05-01
    """
    from ..queries import probation_overdue

    day = on or today()
    note_open_items(ctx, as_known_at, post)
    matched = book(ctx, as_known_at).who_holds(post, day, rows=wanted_rows(limit, as_json or as_csv))
    answers = [a for a in matched if a.holders]  # posts nobody held that day: counted, not listed
    empty = len(matched) - len(answers)
    answers = first_posts(answers, matched.more, limit, post)
    answer = Answer(
        title=_("who held {post} on {day}").format(post=post, day=day),
        rows=[{"post": a.post, **holder_json(t)} for a in answers for t in a.holders],
        document=[{"post": a.post, "holders": [holder_json(t) for t in a.holders]} for a in answers],
        exit_code=0 if answers else 1,
    )
    if answers:
        table = Section(answer.title, ("post", "person", "since", "until", "notes"))
        for a in answers:
            for t in a.holders:
                table.add_row(a.post, t.person, since_text(t), until_text(t), notes_text(t, probation_overdue(t, day)))
        answer.view.append(table)
    if empty:
        if answers:
            said = _("{n} more post ending with {post} had no holder on record on {day}{among}")
            if empty > 1:
                said = _("{n} more posts ending with {post} had no holder on record on {day}{among}")
        elif empty == 1:
            said = _(
                "{n} post ending with {post} had no holder on record on {day}{among}"
                " (ledger post {post} shows who held it when)"
            )
        else:
            said = _(
                "{n} posts ending with {post} had no holder on record on {day}{among}"
                " (ledger post {post} shows who held them when)"
            )
        among = _(" among those examined") if matched.more else ""
        answer.warnings.append(said.format(n=empty, post=post, day=day, among=among))
    finish(ctx, answer, output_format(as_json, as_csv))


@app.command(short_help="A person's career. e.g. ledger person 张树明")
@handle_errors
def person(
    ctx: typer.Context,
    name: Annotated[
        str, query_argument("NAME", "The person's name as written in notices.", autocompletion=complete_persons)
    ],
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Every post a person held, in order, with the notices behind each tenure, concurrent posts,
    and a warning where one name holds posts in unrelated organisations at once.

    Example: ledger person 张树明
    """
    from ..queries import probation_overdue

    note_open_items(ctx, as_known_at, name)
    report = book(ctx, as_known_at).career_report(name)
    report.tenures = first(report.tenures, limit, "tenure")
    answer = Answer(
        title=_("career of {person}").format(person=report.person), rows=[tenure_json(t) for t in report.tenures]
    )
    now = today()
    table = Section(answer.title, ("post", "from", "until", "held", "notes"))
    for t in report.tenures:
        table.add_row(
            t.post, since_text(t), until_text(t), held_so_far(t, now), notes_text(t, probation_overdue(t, now))
        )
    answer.view.append(table)
    concurrent = report.concurrent_related
    for o in concurrent[:5]:
        answer.view.append(
            Note(
                _("concurrent: {first} and {second} from {start}").format(
                    first=o.first.post, second=o.second.post, start=o.start or _("an unknown date")
                )
            )
        )
    if len(concurrent) > 5:
        answer.view.append(
            Note(
                _("concurrent: {pairs} of posts held at once (--json lists them)").format(
                    pairs=plural(len(concurrent) - 5, "more pair")
                )
            )
        )

    def unrelated(o) -> str:
        return _(
            "warning: {person} held {first} and {second} at the same time (from {start}) in unrelated "
            "organisations: possibly two people named {person} (ledger person split tells them apart)"
        ).format(person=report.person, first=o.first.post, second=o.second.post, start=o.start or _("an unknown date"))

    for other in report.others:  # (ledger person split told them apart)
        answer.view.append(Note(_("another person of this name: {other} (ledger person {other})").format(other=other)))
    answer.data_warnings = [unrelated(o) for o in report.unrelated]
    answer.view += [Note(unrelated(o)) for o in report.unrelated[:5]]
    if len(report.unrelated) > 5:
        answer.view.append(
            Note(
                _("warning: {pairs} of unrelated posts held at once by {person} (ledger check lists them)").format(
                    pairs=plural(len(report.unrelated) - 5, "more pair"), person=report.person
                )
            )
        )
    finish(ctx, answer, output_format(as_json, as_csv))


@app.command(short_help="Succession of a post. e.g. ledger post 机关事务服务中心主任")
@handle_errors
def post(
    ctx: typer.Context,
    query: Annotated[str, query_argument("QUERY", "The post, or any tail of its name.", autocompletion=complete_posts)],
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Every holder of a post in order, with the notices that opened and closed each tenure,
    vacancies between them, and overlaps of two holders of a single-head post.

    Example: ledger post 机关事务服务中心主任
    """
    from ..queries import probation_overdue

    note_open_items(ctx, as_known_at, query)
    found = book(ctx, as_known_at).succession(query, rows=wanted_rows(limit, as_json or as_csv))
    answers = first_posts(found, found.more, limit, query)
    answer = Answer(
        title=query,
        rows=[{"post": a.post, **holder_json(t)} for a in answers for t in a.tenures],
        document=[
            {
                "post": a.post,
                "single_head": a.single_head,
                "tenures": [holder_json(t) for t in a.tenures],
                "vacant": [{"from": iso(lo), "to": iso(hi)} for lo, hi in a.gaps],
                "overlaps": [
                    {"persons": [o.first.person, o.second.person], "from": iso(o.start), "until": iso(o.end)}
                    for o in a.overlaps
                ],
            }
            for a in answers
        ],
    )
    now = today()
    for i, a in enumerate(answers):
        table = Section(a.post, ("person", "from", "until", "held", "notes"), gap=i > 0)
        for item in a.in_order():
            if isinstance(item, tuple):  # a vacancy
                table.add_row(_("(vacant)"), str(item[0]), str(item[1]), held_for(item[0], item[1]), "")
            else:
                table.add_row(
                    item.person,
                    since_text(item),
                    until_text(item),
                    held_so_far(item, now),
                    notes_text(item, probation_overdue(item, now)),
                )
        # warnings for the posts shown; `ledger check` lists every overlap
        table.warnings = [
            _("warning: {post} had two holders at once: {first} and {second} from {start}").format(
                post=a.post, first=o.first.person, second=o.second.person, start=o.start or _("an unknown date")
            )
            for o in a.overlaps[:3]
        ]
        if len(a.overlaps) > 3:
            table.warnings.append(
                _("warning: {post}: {overlaps} (ledger check lists them)").format(
                    post=a.post, overlaps=plural(len(a.overlaps) - 3, "more overlap")
                )
            )
        answer.view.append(table)
    finish(ctx, answer, output_format(as_json, as_csv))


@app.command(short_help="Posts of an organisation on a date. e.g. ledger roster 王官庄街道 --on 2024-06-01")
@handle_errors
def roster(
    ctx: typer.Context,
    org: Annotated[
        str,
        query_argument(
            "ORG", "Any part of an organisation's name (王官庄街道).", autocompletion=complete_organisations
        ),
    ],
    on: DateOption = None,
    vacant: Annotated[bool, typer.Option("--vacant", help="Also list posts nobody held on the date.")] = False,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Every post under an organisation and who held it on a date, grouped by organisation.

    Example: ledger roster 王官庄街道 --on 2024-06-01
    """
    from ..queries import probation_overdue, roster_places

    day = on or today()
    note_open_items(ctx, as_known_at, org)
    ledger = book(ctx, as_known_at)
    found = ledger.roster(org, day, vacant, rows=wanted_rows(limit, as_json or as_csv))
    entries = first_posts(found, found.more, limit, org)
    overseers = ledger.overseers_of({e.organisation for e in entries}, day)
    # Posts relative to what was asked (王官庄街道 → 党政综合办公室 副主任; 农业农村局 → 副局长);
    # the part up to it is said once, in the heading.
    answer = Answer(
        title=_("{org} on {day}").format(org=" / ".join(roster_places(entries, org)) or org, day=day),
        rows=[{"organisation": e.organisation, "title": e.title, **holder_json(t)} for e in entries for t in e.holders],
        document=[
            {
                "organisation": e.organisation,
                "post": e.post,
                "title": e.title,
                "holders": [holder_json(t) for t in e.holders],
                "overseen_by": [o.as_json() for o in overseers.get(e.organisation, [])],
            }
            for e in entries
        ],
    )
    table = Section(answer.title, ("post", "person", "since", "notes"))
    previous = None
    for e in entries:
        unit = e.unit(org)
        if e.organisation != previous and overseers.get(e.organisation):
            leaders = ", ".join(f"{o.leader} ({o.relation})" for o in overseers[e.organisation])
            overseen = _("{unit}: overseen by").format(unit=unit) if unit else _("overseen by")
            table.add_row(overseen, leaders, _("(work division)"), "")
        previous = e.organisation
        post = e.relative_post(org)
        if not e.holders:
            table.add_row(post, _("(vacant)"), "", "")
        for t in e.holders:
            table.add_row(post, t.person, since_text(t), notes_text(t, probation_overdue(t, day)))
    answer.view.append(table)
    finish(ctx, answer, output_format(as_json, as_csv))
