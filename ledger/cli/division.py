"""The work division (分工): ``who-oversees``, ``portfolio``, ``stands-in-for``."""

from __future__ import annotations

from typing import Annotated

import typer

from ..answer import Answer, Section, iso
from ..i18n import _
from ..views import oversight_text
from .base import app, book, finish, first, handle_errors, today
from .options import DateOption, JsonOption, KnownAtOption, LeaderArgument, LimitOption, output_format, query_argument


@app.command("who-oversees", short_help="Which leader oversees a body or area. e.g. ledger who-oversees 区审计局")
@handle_errors
def who_oversees(
    ctx: typer.Context,
    body_or_area: Annotated[
        str, query_argument("BODY", "A body (区审计局, a second name, a full name) or a work area.")
    ],
    on: DateOption = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """The leaders who preside over, are responsible for, oversee (分管), liaise with or assist
    with a body or work area, from the work division (分工) in force on the date.

    Example: ledger who-oversees 区审计局 --on 2024-07-01
    """
    day = on or today()
    found = first(book(ctx, as_known_at).who_oversees(body_or_area, day), limit, "leader")
    answer = Answer(
        title=_("who oversees {body} on {day}").format(body=body_or_area, day=day), rows=[o.as_json() for o in found]
    )
    table = Section(answer.title, ("leader", "what", "work division"))
    for o in found:
        table.add_row(o.leader, oversight_text(o), cited(o.doc_no, o.date, o.line))
    answer.view.append(table)
    finish(ctx, answer, output_format(as_json))


@app.command(short_help="A leader's portfolio. e.g. ledger portfolio 陈剑")
@handle_errors
def portfolio(
    ctx: typer.Context,
    leader: LeaderArgument,
    on: DateOption = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Everything a leader presides over, is responsible for, coordinates, oversees, liaises
    with or assists with, from the work division in force on the date.

    Example: ledger portfolio 陈剑 --on 2024-07-01
    """
    day = on or today()
    found = first(book(ctx, as_known_at).portfolio(leader, day), limit, "portfolio record")
    answer = Answer(
        title=_("portfolio of {leader} on {day}").format(leader=leader, day=day), rows=[o.as_json() for o in found]
    )
    table = Section(answer.title, ("relation", "body or area", "line"))
    for o in found:
        table.add_row(
            o.relation, oversight_text(o).split(" ", 1)[1] if not o.principal else oversight_text(o), str(o.line)
        )
    answer.view.append(table)
    finish(ctx, answer, output_format(as_json))


@app.command("stands-in-for", short_help="A leader's AB partners. e.g. ledger stands-in-for 栾长征")
@handle_errors
def stands_in_for(
    ctx: typer.Context,
    leader: LeaderArgument,
    on: DateOption = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Who stands in for a leader, and for whom the leader stands in (互为AB角).

    Example: ledger stands-in-for 栾长征 --on 2024-07-01
    """
    day = on or today()
    found = first(book(ctx, as_known_at).stands_in_for(leader, day), limit, "partner")
    answer = Answer(
        title=_("{leader} and their AB partners on {day}").format(leader=leader, day=day),
        rows=[{"partner": p.partner, "doc_no": p.doc_no, "date": iso(p.date), "line": p.line} for p in found],
    )
    table = Section(answer.title, ("partner", "work division"))
    for p in found:
        table.add_row(p.partner, cited(p.doc_no, p.date, p.line))
    answer.view.append(table)
    finish(ctx, answer, output_format(as_json))


def cited(doc_no: str | None, day: object, line: int) -> str:
    """Where in the work division a record stands: 市中政发〔2024〕2号 (2024-06-14) line 14."""
    return _("{notice} ({date}) line {line}").format(notice=doc_no or "-", date=day, line=line)
