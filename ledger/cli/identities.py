"""``org rename``, ``person merge``, ``person split``: what a person asserts that no notice says."""

from __future__ import annotations

from typing import Annotated

import typer

from ..answer import Answer, Line, Note, Section
from ..i18n import N_, _
from .base import app, book, finish, handle_errors
from .options import CsvOption, JsonOption, KnownAtOption, date_option, output_format

#: the kinds of assertion, as the table shows them: words of the catalog
KINDS = (N_("rename"), N_("merge"), N_("split"))

CiteOption = Annotated[
    str,
    typer.Option("--cite", metavar="TEXT", help="What the assertion rests on: a document, a decision, a source."),
]


def _row(a) -> dict:
    """An assertion as JSON and CSV show it, made or listed."""
    from ..views import moment_text

    return {
        "id": a.id,
        "kind": a.kind,
        "subject": a.subject,
        "object": a.object,
        "where": a.piece,
        "on": a.effective.isoformat() if a.effective else None,
        "cite": a.cite,
        "asserted_by": a.asserted_by,
        "asserted_at": moment_text(a.asserted_at),
    }


def _asserted(ctx: typer.Context, asserted, said: str, as_json: bool) -> None:
    row = _row(asserted)
    answer = Answer(title="assertion", rows=[row])
    answer.document = row
    answer.view.append(Line(_("asserted: {said} ({cite}); appended and chained").format(said=said, cite=asserted.cite)))
    finish(ctx, answer, output_format(as_json))


@app.command(
    "org rename",
    short_help="A body renamed: one history under both names. e.g. ledger org rename OLD NEW --on D --cite TEXT",
)
@handle_errors
def org_rename(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="OLD", help="The body's name before (平安建设办公室).")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="Its name since (平安法治和信访办公室).")],
    cite: CiteOption,
    on: Annotated[object, date_option("--on", "The day of the new name.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Assert that a body was renamed: a post written under the old name and the same post
    under the new one are one post, with one succession; who-holds, post, person, org and
    the timeline answer across the rename and say the name a tenure was held under. The
    assertion cites what it rests on and is appended to the log and chained (verify covers it).

    Example: ledger org rename 平安建设办公室 平安法治和信访办公室 --on 2024-03-01 --cite 市中编〔2024〕3号
    """
    done = book(ctx).rename_organisation(old, new, on, cite)  # type: ignore[arg-type]
    _asserted(ctx, done, _said(done), as_json)


@app.command("person merge", short_help="Two spellings, one person. e.g. ledger person merge 张三 张叁 --cite TEXT")
@handle_errors
def person_merge(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The person, as the ledger names them.")],
    other: Annotated[str, typer.Argument(metavar="OTHER", help="Another spelling of the same person.")],
    cite: CiteOption,
    as_json: JsonOption = False,
) -> None:
    """Assert that the person written OTHER is the person written NAME: OTHER's tenures join
    NAME's career, and `person OTHER` answers with it. Appended and chained; nothing stored
    is changed.

    Example: ledger person merge 张三 张叁 --cite "人事处核对，2024-06-01"
    """
    done = book(ctx).merge_persons(name, other, cite)
    _asserted(ctx, done, _said(done), as_json)


@app.command(
    "person split",
    short_help="One name, two people. e.g. ledger person split 张伟 --where 市中区 --as 市中区 --cite TEXT",
)
@handle_errors
def person_split(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The name two people share.")],
    where: Annotated[
        str, typer.Option("--where", metavar="TEXT", help="What the other person's post names hold (市中区).")
    ],
    label: Annotated[str, typer.Option("--as", metavar="LABEL", help="How to tell the other person apart.")],
    cite: CiteOption,
    as_json: JsonOption = False,
) -> None:
    """Assert that NAME on posts whose names hold TEXT is another person, shown as
    NAME(LABEL): `person "NAME(LABEL)"` answers with that person's tenures, and `person
    NAME` with the rest, naming the other. Appended and chained; nothing stored is changed.

    Example: ledger person split 张伟 --where 市中区 --as 市中区 --cite "两人，见干部档案"
    """
    done = book(ctx).split_person(name, where, label, cite)
    _asserted(ctx, done, _said(done), as_json)


@app.command(short_help="What persons asserted that no notice says. e.g. ledger assertions")
@handle_errors
def assertions(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Every assertion (org rename, person merge, person split), oldest first: what it says,
    what it rests on, who made it and when.

    Example: ledger assertions
    """
    found = book(ctx, as_known_at).assertions()
    rows = [_row(a) for a in found]
    answer = Answer(title=_("assertions, oldest first ({count})").format(count=len(rows)), rows=rows)
    if not rows:
        answer.view.append(Note(_("no assertions yet (ledger org rename, ledger person merge, ledger person split)")))
        answer.view_exit_code = 1
    else:
        table = Section(answer.title, ("id", "kind", "what", "cite", "asserted by", "asserted at"))
        for a, row in zip(found, rows, strict=True):
            table.add_row(str(a.id), _(a.kind), _said(a), a.cite, a.asserted_by, row["asserted_at"] or "")
        answer.view.append(table)
    finish(ctx, answer, output_format(as_json, as_csv))


def _said(a) -> str:
    from ..identities import split_name

    if a.kind == "rename":
        when = _(" on {date}").format(date=a.effective) if a.effective else ""
        return _("{old} renamed {new}{when}").format(old=a.subject, new=a.object, when=when)
    if a.kind == "merge":
        return _("{other} is {name}").format(other=a.object, name=a.subject)
    return _("{name} on posts of {where} is {other}").format(
        name=a.subject, where=a.piece, other=split_name(a.subject, a.object)
    )
