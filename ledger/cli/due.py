"""What needs a decision: ``vacancies`` (posts left empty) and ``due`` (what falls due soon)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import typer
from typer._click.types import ParamType

from ..answer import Answer, Note, Section, iso
from ..i18n import N_, _
from ..views import cited, held_for, notice_id_of, plural
from .base import app, book, finish, first, handle_errors, note_open_items, today
from .options import (
    CsvOption,
    DateOption,
    JsonOption,
    KnownAtOption,
    LimitOption,
    complete_organisations,
    output_format,
)

#: The column headings of these tables, for the catalog (the table renderer translates them).
HEADINGS = (
    N_("last holder"), N_("left"), N_("vacant for"), N_("left for"), N_("due"), N_("when"), N_("cited notice"),
)  # fmt: skip

#: what ``first`` counts, for the catalog
MORE = (N_("more vacancy"), N_("more item"))


class SpanType(ParamType):
    """A length of time: 90, 90d, 6m, 1y (``due.parse_span``)."""

    name = "span"

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        from ..due import Span, parse_span

        if isinstance(value, Span):
            return value
        try:
            return parse_span(str(value))
        except ValueError:
            self.fail(_("not a length of time: {value!r} (use 90, 90d, 6m or 1y)").format(value=value), param, ctx)


_HINT = "'--tenure-years'"


def tenure_years(value: str | None) -> tuple[int, ...] | None:
    """5,10 → (5, 10); 0 or an empty value: none (no rotation rows)."""
    if value is None:
        return None
    parts = [p for p in value.replace("，", ",").split(",") if p.strip()]
    try:
        years = tuple(sorted({int(p) for p in parts}))
    except ValueError:
        raise typer.BadParameter(_("give whole years separated by commas, e.g. 5,10"), param_hint=_HINT) from None
    if any(y < 0 or y > 100 for y in years):
        raise typer.BadParameter(_("give whole years from 0 to 100, e.g. 5,10"), param_hint=_HINT)
    return tuple(y for y in years if y)


def cite(event: Any) -> str:
    """The notice behind a row: its date and its doc number (or id)."""
    if event is None:
        return ""
    return f"{event.effective} ({cited(event.doc_no, event)})"


@app.command(short_help="Posts left empty. e.g. ledger vacancies 王官庄街道 --on 2024-06-01")
@handle_errors
def vacancies(
    ctx: typer.Context,
    org: Annotated[
        str | None,
        typer.Argument(
            metavar="[ORG]",
            help="Only posts under organisations whose name contains this (as roster matches them).",
            autocompletion=complete_organisations,
            show_default=False,
        ),
    ] = None,
    on: DateOption = None,
    longer_than: Annotated[
        Any,
        typer.Option(
            "--longer-than",
            metavar="SPAN",
            click_type=SpanType(),
            help="Only posts empty for longer than this: days (90, 90d), weeks (12w), months (6m) or years (1y).",
        ),
    ] = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Posts whose last holder left (removed) with no successor on record by a date, the
    longest vacant first, with the notice of the removal and where the last holder went.

    A post held by several at once (副主任) is vacant only when none of them holds it. A post
    renamed or merged without a notice saying so reads as vacant too: "left for" shows a move
    made the same day.

    Example: ledger vacancies 王官庄街道 --on 2024-06-01 --longer-than 90d
    """
    from ..queries import relative
    from ..visibility import clean_query

    if org is not None and not org.strip():
        raise typer.BadParameter(_("must not be empty"), param_hint="'ORG'")
    day = on or today()
    if org:
        note_open_items(ctx, as_known_at, org)
    found = book(ctx, as_known_at).vacancies(org, day, longer_than)
    found = first(found, limit, "vacancy")
    title = _("posts vacant on {day}").format(day=day)
    if org:
        title = _("posts under {org} vacant on {day}").format(org=org, day=day)
    answer = Answer(
        title=title,
        rows=[
            {
                "post": v.post,
                "last_holder": ", ".join(t.person for t in v.last),
                "left": iso(v.since),
                "left_doc": v.removal.doc_no if v.removal else None,
                "left_notice": notice_id_of(v.removal),
                "days_vacant": v.days,
                "moved_to": ", ".join(v.moved_to) or None,
            }
            for v in found
        ],
    )
    if not found:
        answer.view.append(Note(_("no post was left vacant on {day}").format(day=day)))
        answer.view_exit_code = 1
    else:
        # under an ORG, posts are named after it, as roster names them (the title says ORG once):
        # 王官庄街道 → 便民服务中心主任; JSON and CSV keep the full names
        context = clean_query(org) if org else ""

        def name(post: str) -> str:
            return relative(post, context) if context else post

        table = Section(title, ("post", "last holder", "left", "vacant for", "left for"))
        for v in found:
            table.add_row(
                name(v.post),
                ", ".join(t.person for t in v.last),
                cite(v.removal),
                held_for(v.since, day),
                ", ".join(name(p) for p in v.moved_to),
            )
        answer.view.append(table)
    finish(ctx, answer, output_format(as_json, as_csv))


def what_text(item: Any) -> str:
    if item.kind == "probation":
        return _("probation ended, not confirmed") if item.overdue else _("probation ends")
    if item.kind == "secondment":
        return _("secondment period ends")
    if item.kind == "term":
        return _("term of office ends ({term})").format(term=item.detail)
    return _("{years} years in the same post").format(years=item.years)


def when_text(item: Any) -> str:
    # one message per form (not ngettext): the catalog's translations are one string each
    n = abs(item.days_left)
    if item.days_left > 0:
        return _("in 1 day") if n == 1 else _("in {n} days").format(n=n)
    if item.days_left == 0:
        return _("today")
    if item.overdue:
        return _("overdue 1 day") if n == 1 else _("overdue {n} days").format(n=n)
    return _("1 day ago") if n == 1 else _("{n} days ago").format(n=n)


@app.command(short_help="What falls due soon. e.g. ledger due --within 60")
@handle_errors
def due(
    ctx: typer.Context,
    within: Annotated[int, typer.Option("--within", metavar="DAYS", min=0, max=36500, help="Days ahead to look.")] = 90,
    on: DateOption = None,
    years: Annotated[
        str,
        typer.Option(
            "--tenure-years",
            metavar="N,N",
            help="Years in the same post that fall due (the rotation rule for leading cadres); 0: none.",
        ),
    ] = "5,10",
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """What falls due from a date to DAYS later, for posts held that day, soonest first:
    probations ending (and those already ended with no confirmation: overdue), secondment
    periods (挂职) ending, terms of office (聘期, 任期) ending where the notice gives a duration or
    an end, and people reaching 5 or 10 years in the same post (or past it already). Each row
    cites the notice its date comes from.

    Example: ledger due --on 2024-08-15 --within 60
    """
    day = on or today()
    thresholds = tenure_years(years) or ()
    found = first(book(ctx, as_known_at).due(day, within, thresholds), limit, "item")
    last = day + dt.timedelta(days=within)
    title = _("what falls due from {day} to {last}").format(day=day, last=last)
    answer = Answer(
        title=title,
        rows=[
            {
                "kind": i.kind,
                "due": iso(i.day),
                "days_left": i.days_left,
                "overdue": i.overdue,
                "person": i.tenure.person,
                "post": i.tenure.post,
                "since": iso(i.tenure.start),
                "years": i.years,
                "term": i.detail,
                "doc_no": i.source.doc_no if i.source else None,
                "notice": notice_id_of(i.source),
                "notice_date": iso(i.source.effective) if i.source else None,
            }
            for i in found
        ],
    )
    if not found:
        answer.view.append(Note(_("nothing falls due between {day} and {last}").format(day=day, last=last)))
        answer.view_exit_code = 1
    else:
        table = Section(title, ("due", "when", "what", "person", "post", "cited notice"))
        for i in found:
            table.add_row(str(i.day), when_text(i), what_text(i), i.tenure.person, i.tenure.post, cite(i.source))
        answer.view.append(table)
        overdue = sum(1 for i in found if i.overdue)
        if overdue:
            answer.warnings.append(
                _("{probations} ended before {day} with no confirmation on record").format(
                    probations=plural(overdue, "probation"), day=day
                )
            )
    finish(ctx, answer, output_format(as_json, as_csv))
