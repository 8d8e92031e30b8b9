"""What happens in time: ``expiring-probations`` and ``changes`` in a period."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from ..answer import Answer, Line, Note, Section, iso
from ..i18n import N_, _
from ..views import plural, since_text
from .base import app, book, finish, first, handle_errors, today
from .options import CsvOption, DateOption, JsonOption, KnownAtOption, LimitOption, date_option, output_format

#: the events' actions, as a table shows them (JSON and CSV keep them as they are)
ACTIONS = (N_("appoint"), N_("remove"), N_("confirm"))


@app.command("expiring-probations", short_help="Probations ending soon. e.g. ledger expiring-probations --within 60")
@handle_errors
def expiring_probations(
    ctx: typer.Context,
    on: DateOption = None,
    within: Annotated[int, typer.Option("--within", metavar="DAYS", min=0, max=36500, help="Days ahead to look.")] = 90,
    include_overdue: Annotated[
        bool, typer.Option("--include-overdue", help="Also list probations past their end with no confirmation.")
    ] = False,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Tenures held on a date whose probation (试用期) ends within N days, soonest first.

    Example: ledger expiring-probations --on 2024-08-15 --within 60
    """
    day = on or today()
    ledger = book(ctx, as_known_at)
    # one fold: the overdue ones are counted for the warning when they are not listed (their
    # days left are below zero, those ending in the window's are not), before the cut of --limit
    listed = ledger.expiring_probations(day, within, include_overdue=True)
    found = listed if include_overdue else [p for p in listed if p.days_left >= 0]
    unlisted = len(listed) - len(found)
    found = first(found, limit, "probation")
    last = day + dt.timedelta(days=within)
    overdue = sum(1 for p in found if p.days_left < 0)
    if include_overdue:
        title = _("probations ending {start} to {end}, and {overdue} (ended unconfirmed before {start})").format(
            start=day, end=last, overdue=plural(overdue, "overdue probation")
        )
    else:
        title = _("probations ending {start} to {end}").format(start=day, end=last)
    answer = Answer(
        title=title,
        rows=[
            {
                "person": p.tenure.person,
                "post": p.tenure.post,
                "since": iso(p.tenure.start),
                "since_doc": p.tenure.start_doc,
                "probation_until": iso(p.tenure.probation_until),
                "days_left": p.days_left,
            }
            for p in found
        ],
    )
    if unlisted:
        answer.warnings.append(
            _("{probations} ended before {day} with no confirmation on record: --include-overdue lists them").format(
                probations=plural(unlisted, "probation"), day=day
            )
        )
    if not found:
        nothing = (
            _("no probation ends between {start} and {end}, and none is overdue")
            if include_overdue
            else _("no probation ends between {start} and {end}")
        )
        answer.view.append(Note(nothing.format(start=day, end=last)))
        answer.view_exit_code = 1
    else:
        table = Section(answer.title, ("person", "post", "probation ends", "days left", "since"))
        for p in found:
            n = abs(p.days_left)  # one message per form, as in due's (not ngettext)
            if p.days_left >= 0:
                left = _("1 day") if n == 1 else _("{n} days").format(n=n)
            else:
                left = _("overdue 1 day") if n == 1 else _("overdue {n} days").format(n=n)
            table.add_row(p.tenure.person, p.tenure.post, str(p.tenure.probation_until), left, since_text(p.tenure))
        answer.view.append(table)
    finish(ctx, answer, output_format(as_json, as_csv))


@app.command(short_help="What changed in a period. e.g. ledger changes --from 2024-04-01 --to 2024-06-30")
@handle_errors
def changes(
    ctx: typer.Context,
    start: Annotated[
        dt.date | None, date_option("--from", "First day of the period (default: the first event on record).")
    ] = None,
    end: Annotated[dt.date | None, date_option("--to", "Last day of the period (default: today).")] = None,
    org: Annotated[
        str | None, typer.Option("--org", metavar="ORG", help="Only posts whose name contains this.")
    ] = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Appointments, removals and confirmations in a period grouped by notice, and the
    probations that ended in it. Give --from, --to or both: --from alone runs to today, --to
    alone from the first event on record.

    Example: ledger changes --from 2024-04-01 --to 2024-06-30 --org 王官庄街道
    """
    if start is None and end is None:
        ctx.fail(_("changes needs a period: --from DATE, --to DATE or both"))
    if start and start > (end or today()):
        after = _("{start} is after --to {end}") if end else _("{start} is after today ({end})")
        raise typer.BadParameter(after.format(start=start, end=end or today()), param_hint="'--from'")
    period = book(ctx, as_known_at).changes(start, end, org)
    notices, cut = period.first_events(limit)
    heading = _("changes from {start} to {end}").format(
        start=period.start if start else _("{day} (the first event on record)").format(day=period.start),
        end=period.end if end else _("{day} (today)").format(day=period.end),
    )
    start, end = period.start, period.end
    answer = Answer(
        title=heading,
        rows=[
            {"doc_no": n.doc_no, "date": iso(n.date), "action": e.action, "person": e.person, "post": e.post}
            for n in notices
            for e in n.events
        ],
        document={
            "from": iso(period.start),
            "to": iso(period.end),
            "notices": [
                {
                    "doc_no": n.doc_no,
                    "date": iso(n.date),
                    "title": n.title,
                    "events": [{"action": e.action, "person": e.person, "post": e.post} for e in n.events],
                }
                for n in notices
            ],
            "probations_ended": [
                {"person": t.person, "post": t.post, "probation_until": iso(t.probation_until)}
                for t in period.probations_ended
            ],
        },
    )
    if not notices and not period.probations_ended:
        answer.view.append(Note(_("no changes on record between {start} and {end}").format(start=start, end=end)))
        answer.view_exit_code = 1
    else:
        answer.view.append(Line(heading))
    for n in notices:
        table = Section(f"{n.doc_no or _('(no doc no.)')}  {n.date}  {n.title or ''}", ("action", "person", "post"))
        table.gap = True
        for e in n.events:
            table.add_row(_(e.action), e.person, e.post)
        answer.view.append(table)
    if period.probations_ended:
        table = Section("probations ended", ("person", "post", "probation ended"), gap=True)
        for t in period.probations_ended:
            table.add_row(t.person, t.post, str(t.probation_until))
        answer.view.append(table)
    if cut:
        answer.view.append(
            Note(
                _("{changes} in that period not shown (--limit {limit})").format(
                    changes=plural(cut, "more change"), limit=limit
                )
            )
        )
    finish(ctx, answer, output_format(as_json, as_csv))
