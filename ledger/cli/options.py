"""Options shared by the commands, and the types that read them: a date, a moment, a format.

A date is read by a click type (``DateType``): the command receives a ``datetime.date``, and a
bad date is a usage error naming the option.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import typer
from typer._click.types import ParamType  # Typer 0.28 vendors click; this is its ParamType

from ..i18n import _
from ..render import TABLE_ROWS, RowBudget


class DateType(ParamType):
    """2024-05-01, 2024-5-1 or 2024年5月1日."""

    name = "date"

    def convert(self, value: Any, param: Any, ctx: Any) -> dt.date:
        if isinstance(value, dt.date):
            return value
        from ..dates import BadDate, parse_user_date

        try:
            return parse_user_date(value)
        except BadDate as exc:
            self.fail(exc.localized(), param, ctx)


class MomentType(ParamType):
    """2024-05-01 (the end of that day), 2024-05-01T10:30, 2024-05-01 10:30+08:00; local time if no zone."""

    name = "moment"

    def convert(self, value: Any, param: Any, ctx: Any) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        from dateutil.parser import isoparse

        try:
            moment = isoparse(value.strip().replace(" ", "T", 1))
        except ValueError:
            self.fail(
                _("not a date or time: {value!r} (use 2024-05-01 or 2024-05-01T10:30)").format(value=value), param, ctx
            )
        from ..dates import BadDate, in_range

        try:
            in_range(moment.date(), value.strip())  # (0001-01-01 in any zone but UTC is before the calendar)
        except BadDate as exc:
            self.fail(exc.localized(), param, ctx)
        # Everything known by the end of what was written: a day, a minute, a second (the
        # moments `ledger notices` shows are to the second; given back, they include that import).
        written = value.strip()
        if len(written) <= 10:
            moment = moment.replace(hour=23, minute=59, second=59, microsecond=999999)
        elif "." not in written.split("+")[0]:
            clock = written[11:].split("+")[0].split("-")[0].rstrip("Z")
            moment = moment.replace(microsecond=999999, **({} if clock.count(":") >= 2 else {"second": 59}))
        return moment if moment.tzinfo else moment.astimezone()


#: The most rows a --limit may ask for: more than any ledger holds, and a number every database takes.
MAX_ROWS = 1_000_000_000

DATE = DateType()
MOMENT = MomentType()


def date_option(flag: str, help: str, **kwargs: Any) -> Any:
    return typer.Option(flag, metavar="DATE", help=help, click_type=DATE, **kwargs)


KnownAtOption = Annotated[
    dt.datetime | None,
    typer.Option(
        "--as-known-at",
        metavar="MOMENT",
        help="Answer as the ledger stood at this moment: only notices imported and retractions made by then.",
        click_type=MOMENT,
    ),
]

DateOption = Annotated[
    dt.date | None,
    date_option("--on", "The date asked about: 2024-05-01, 2024-5-1 or 2024年5月1日 (default: today)."),
]

NoDateOption = Annotated[dt.date | None, date_option("--date", "Effective date for notices that carry none.")]


def one_format(ctx: typer.Context, param: Any, value: bool) -> bool:
    """--json and --csv are two answers to one question: asking for both is a usage error."""
    other = "as_csv" if param.name == "as_json" else "as_json"
    if value and ctx.params.get(other):
        raise typer.BadParameter("--json and --csv cannot be used together: choose one")
    return value


def not_blank(value: str | None) -> str | None:
    """An empty query would match everything or nothing: it is a usage error."""
    if value is not None and not value.strip():
        raise typer.BadParameter("must not be empty")
    return value


def budget(ctx: Any) -> RowBudget:
    """The rows this invocation's tables may still draw: one budget per invocation."""
    return ctx.meta.setdefault("ledger.budget", RowBudget(TABLE_ROWS))


def limit_option(ctx: typer.Context, value: int | None) -> int | None:
    if value is not None:  # the user chose how many: --limit rules, not the screenful
        budget(ctx).left = None
    return value


def _completer(kind: str):
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        """Names from the ledger for shell completion; nothing (never an error) without one."""
        root = ctx.find_root()
        try:
            from ..api import Ledger

            return Ledger(root.params.get("db")).names(kind, incomplete)
        except Exception:
            return []

    return complete


complete_posts, complete_persons, complete_organisations = (
    _completer("post"),
    _completer("person"),
    _completer("organisation"),
)

JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON on stdout instead of a table.", callback=one_format)
]
CsvOption = Annotated[
    bool, typer.Option("--csv", help="Print CSV rows on stdout instead of a table.", callback=one_format)
]
LimitOption = Annotated[
    int | None,
    typer.Option(
        "--limit",
        metavar="N",
        min=1,
        max=MAX_ROWS,
        callback=limit_option,
        help=f"Show at most this many rows (a table: {TABLE_ROWS} unless given).",
    ),
]


def query_argument(metavar: str, help: str, **kwargs: Any) -> Any:
    return typer.Argument(metavar=metavar, callback=not_blank, help=help, **kwargs)


NoticeArgument = Annotated[str, query_argument("NOTICE", "The id (ledger notices) or doc number (文号) of the notice.")]
LeaderArgument = Annotated[str, query_argument("NAME", "The leader's name.")]

# --- events stated by a person: resolve, record --------------------------------------------

EventOption = Annotated[
    list[str] | None,
    typer.Option(
        "--event",
        metavar="ACTION|PERSON|POST[|QUALIFIER...]",
        help="An event, repeatable: 'appoint|张三|某局局长'; qualifiers 'probation-until=2025-07-01', "
        "'rank=副处级' or any other text, kept verbatim.",
    ),
]
ActionOption = Annotated[
    str | None, typer.Option("--action", metavar="ACTION", help="One event: appoint, remove or confirm…")
]
PersonOption = Annotated[str | None, typer.Option("--person", metavar="NAME", help="…of this person…")]
PostOption = Annotated[str | None, typer.Option("--post", metavar="POST", help="…to or from this post (in full).")]
ProbationOption = Annotated[dt.date | None, date_option("--probation-until", "The event's probation ends on DATE.")]
RankOption = Annotated[str | None, typer.Option("--rank", metavar="RANK", help="The event's rank (副处级).")]
OtherOption = Annotated[
    list[str] | None,
    typer.Option("--other", metavar="TEXT", help="Another qualifier of the event, kept verbatim; repeatable."),
]


def output_format(as_json: bool = False, as_csv: bool = False) -> str:
    """The renderer the flags choose: json, csv, else the table."""
    return "json" if as_json else "csv" if as_csv else "table"
