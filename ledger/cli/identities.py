"""``org rename``, ``person merge``, ``person split``: what a person asserts that no notice says."""

from __future__ import annotations

from typing import Annotated

import typer

from ..answer import Answer, Line
from ..i18n import _
from .base import app, book, finish, handle_errors
from .options import JsonOption, date_option, output_format

CiteOption = Annotated[
    str,
    typer.Option("--cite", metavar="TEXT", help="What the assertion rests on: a document, a decision, a source."),
]


def _asserted(ctx: typer.Context, asserted, said: str, as_json: bool) -> None:
    row = {
        "id": asserted.id,
        "kind": asserted.kind,
        "subject": asserted.subject,
        "object": asserted.object,
        "where": asserted.piece,
        "on": asserted.effective.isoformat() if asserted.effective else None,
        "cite": asserted.cite,
        "asserted_by": asserted.asserted_by,
    }
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
    when = _(" on {date}").format(date=done.effective) if done.effective else ""
    _asserted(ctx, done, _("{old} renamed {new}{when}").format(old=done.subject, new=done.object, when=when), as_json)


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
    _asserted(ctx, done, _("{other} is {name}").format(other=done.object, name=done.subject), as_json)


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
    from ..identities import split_name

    done = book(ctx).split_person(name, where, label, cite)
    said = _("{name} on posts of {where} is {other}").format(
        name=done.subject, where=done.piece, other=split_name(done.subject, done.object)
    )
    _asserted(ctx, done, said, as_json)
