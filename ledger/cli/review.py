"""Clauses a person must read: ``review``, ``resolve``, and ``record`` (events no notice carries)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from ..answer import Answer, Line, Note, Section, iso
from ..i18n import N_, _
from ..views import item_json, moment_text, plural, reason_said, resolution_json
from .base import app, book, finish, first, handle_errors
from .options import (
    ActionOption,
    EventOption,
    JsonOption,
    KnownAtOption,
    LimitOption,
    OtherOption,
    PersonOption,
    PostOption,
    ProbationOption,
    RankOption,
    date_option,
    output_format,
)

#: how an item was resolved, by whom and when, as the review table says it (the verdict is
#: part of the sentence: alone, "events" is the word of a column heading)
VERDICTS = {
    "events": N_("events by {by} {moment}"),
    "not-event": N_("not-event by {by} {moment}"),
    "record": N_("record by {by} {moment}"),
}


@app.command(short_help="Clauses that could not be read, waiting for a person. e.g. ledger review")
@handle_errors
def review(
    ctx: typer.Context,
    show_all: Annotated[bool, typer.Option("--all", help="Also list resolved items, with how.")] = False,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Open items: clauses of imported notices that hold a decision but could not be read,
    with file, line (and page), the clause and why. Oldest first; each has an id (#3) for
    `ledger resolve`. Items of retracted notices are left out. Exit 0 even when none wait.

    Example: ledger review
    """
    items = book(ctx, as_known_at).open_items(include_resolved=show_all)
    shown = first(items, limit, "open item")
    waiting = sum(1 for i in items if i.is_open)
    title = (
        _("open items ({waiting} of {total} waiting)").format(waiting=waiting, total=len(items))
        if show_all
        else _("open items ({waiting} waiting)").format(waiting=waiting)
    )
    answer = Answer(title=title, rows=[item_json(i) for i in shown])
    if not items:
        answer.view.append(Note(_("no open items: every clause of the notices in force was read or resolved")))
    else:
        table = Section(title, ("id", "where", "notice", "clause", "why", *(("resolved",) if show_all else ())))
        for i in shown:
            done = ()
            if show_all:
                r = i.resolution
                said = VERDICTS.get(r.verdict, r.verdict + " by {by} {moment}") if r else ""
                done = ("-" if r is None else _(said).format(by=r.by, moment=moment_text(r.at)),)
            table.add_row(f"#{i.id}", i.where, i.notice, i.clause, reason_said(i.reason), *done)
        answer.view.append(table)
        if waiting:
            answer.view.append(
                Note(_("resolve one: ledger resolve ID --event 'appoint|PERSON|POST' …, or --not-event --reason TEXT"))
            )
    finish(ctx, answer, output_format(as_json))


@app.command(short_help="Close an open item. e.g. ledger resolve 1 --event 'appoint|李四|某局副局长'")
@handle_errors
def resolve(
    ctx: typer.Context,
    item: Annotated[str, typer.Argument(metavar="ITEM", help="The open item's id, as ledger review shows it (#3).")],
    events: EventOption = None,
    action: ActionOption = None,
    person: PersonOption = None,
    post: PostOption = None,
    probation_until: ProbationOption = None,
    rank: RankOption = None,
    other: OtherOption = None,
    not_event: Annotated[
        bool, typer.Option("--not-event", help="The clause holds no decision (needs --reason).")
    ] = False,
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="Why (with --not-event).")] = None,
    as_json: JsonOption = False,
) -> None:
    """Close an open item with the events a person reads in its clause, or as not an event.

    The events are appended as events of the item's notice, effective on its date, citing its
    doc number and the clause's line: every query counts them like imported ones. The
    resolution records who (the OS account) and when, and is chained like the rest of the log.

    One event: --action appoint --person 李四 --post 济南市某某区审计局副局长 [--probation-until
    DATE] [--rank 副处级] [--other TEXT]. Several: repeat --event 'ACTION|PERSON|POST[|QUALIFIER]'.

    Example: ledger resolve 1 --action appoint --person 李四 --post 济南市某某区审计局副局长
    """
    from ..review import event_specs

    specs = event_specs(events, action, person, post, probation_until, rank, other)
    done = book(ctx).resolve(item, specs, not_event=not_event, reason=reason)
    answer = Answer(document={"item": done.item, "notice": done.notice, **resolution_json(done)})
    if done.verdict == "not-event":
        answer.view.append(
            Line(
                _("resolved #{item} ({notice}) as not an event: {reason}").format(
                    item=done.item, notice=done.notice, reason=done.reason
                )
            )
        )
    else:
        answer.view.append(
            Line(
                _("resolved #{item} ({notice}): {events} added").format(
                    item=done.item, notice=done.notice, events=plural(len(done.events), "event")
                )
            )
        )
        answer.view += [Line(f"  {words}") for words in done.events]
    finish(ctx, answer, output_format(as_json))


@app.command(short_help="Add an event no notice carries. e.g. ledger record --date 2024-07-15 --cite '…' --event …")
@handle_errors
def record(
    ctx: typer.Context,
    date: Annotated[dt.date, date_option("--date", "The day the decision took effect.")],
    cite: Annotated[
        str,
        typer.Option(
            "--cite", metavar="TEXT", help="Where it was decided (区政府第12次常务会议): cited like a doc number."
        ),
    ],
    events: EventOption = None,
    action: ActionOption = None,
    person: PersonOption = None,
    post: PostOption = None,
    probation_until: ProbationOption = None,
    rank: RankOption = None,
    other: OtherOption = None,
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="A note kept with it.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Append events that no imported notice carries (a decision read out at a meeting),
    cited by --cite in every answer, with who (the OS account) and when; chained like the log.
    `ledger retract CITE` withdraws them like a notice. Events are stated as for resolve.

    Example: ledger record --date 2024-07-15 --cite 区政府第12次常务会议 --action appoint --person 张三 --post 某局局长
    """
    from ..review import event_specs

    specs = event_specs(events, action, person, post, probation_until, rank, other)
    done = book(ctx).record(date, cite, specs, reason=reason)
    answer = Answer(document={"cite": done.notice, "date": iso(date), **resolution_json(done)})
    answer.view.append(
        Line(
            _("recorded {events} ({notice}, {date})").format(
                events=plural(len(done.events), "event"), notice=done.notice, date=date
            )
        )
    )
    answer.view += [Line(f"  {words}") for words in done.events]
    finish(ctx, answer, output_format(as_json))
