"""``org``: the tree below an organisation, every post's holders on a date."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..answer import Answer, Line, Section, iso
from ..i18n import N_, _
from ..render._console import say
from ..views import cited, holder_json, notes_text, notice_id_of, plural, since_text
from .base import app, book, finish, handle_errors, note_open_items, today, wanted_rows
from .options import (
    CsvOption,
    DateOption,
    JsonOption,
    KnownAtOption,
    LimitOption,
    complete_organisations,
    output_format,
    query_argument,
)

#: what ``plural`` counts here, for the catalog
MORE = N_("more organisation")

if TYPE_CHECKING:
    from ..orgs import OrgNode, OrgPost
    from ..tenures import Tenure


@app.command(short_help="The units and posts below an organisation. e.g. ledger org 王官庄街道 --on 2024-05-01")
@handle_errors
def org(
    ctx: typer.Context,
    name: Annotated[
        str,
        query_argument(
            "NAME",
            "The organisation, as any notice writes it (王官庄街道), or part of its name.",
            autocompletion=complete_organisations,
        ),
    ],
    on: DateOption = None,
    held: Annotated[bool, typer.Option("--held", help="Leave out the posts nobody held on the date.")] = False,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """The organisation with the units below it, read from the posts' names (a district's
    street offices and bureaus, a street office's offices and centres, a bureau's sections),
    and who held each post on the date, with the notice behind each tenure. The ways the
    notices write one body (with or without the place or the word for office) are one organisation,
    named by the fullest. A post nobody held that day says since when and by which notice, or
    that nobody held it before.

    Example: ledger org 王官庄街道 --on 2024-05-01
    """
    from ..queries import probation_overdue

    day = on or today()
    note_open_items(ctx, as_known_at, name)
    found = book(ctx, as_known_at).org_tree(name, day, rows=wanted_rows(limit, as_json or as_csv), held_only=held)
    if found.more:
        say(
            _("{organisations} matching {query} not shown: --limit N shows more, --json or --csv every one").format(
                organisations=plural(found.more, "more organisation"), query=name
            )
        )
    rows = [row for node in found for row in _rows(node, held)]
    answer = Answer(
        title=name,
        rows=rows[:limit] if limit else rows,
        document=[_tree(node, held) for node in found],
    )
    for i, top in enumerate(found):
        # four columns, so that the tree stands whole at 80 columns: a tenure whose start is
        # unknown is cited by the removal that tells of it, in the column that breaks only
        # between words; a later removal of a tenure cited by its start is a note
        table = Section(
            _("{org} on {day}").format(org=top.name, day=day), ("post", "person", "since", "notes"), gap=i > 0
        )
        for depth, node in top.walk():
            posts = [p for p in node.posts if p.holders or not held]
            if depth and (posts or any(p.holders or not held for p in node.all_posts())):
                table.add_row("  " * (depth - 1) + node.unit, "", "", "")
            for p in posts:
                title = "  " * depth + (p.title or p.post)
                if not p.holders:
                    table.add_row(title, *_vacancy(p))
                for t in p.holders:
                    table.add_row(title, t.person, _since(t), _notes(t, probation_overdue(t, day)))
        answer.view.append(table)
        if top.also_written:
            answer.view.append(Line(_("also written: {names}").format(names=", ".join(top.also_written))))
    finish(ctx, answer, output_format(as_json, as_csv))


def _since(tenure: Tenure) -> str:
    if tenure.start is None and tenure.end is not None:
        return _("start unknown, removed {date} ({notice})").format(
            date=tenure.end, notice=cited(tenure.end_doc, tenure.closed_by)
        )
    return since_text(tenure)


def _notes(tenure: Tenure, overdue: bool) -> str:
    later = _("removed {date}").format(date=tenure.end) if tenure.start and tenure.end else ""
    return "; ".join(n for n in (notes_text(tenure, overdue), later) if n)


def _vacancy(post: OrgPost) -> tuple[str, str, str]:
    """The cells of a post nobody held: vacant since a removal (cited), or nobody on record."""
    gone = post.vacancy
    if gone is None:
        return _("(vacant)"), "", _("no holder on record")
    return (
        _("(vacant)"),
        f"{gone.since} ({cited(gone.removal.doc_no if gone.removal else None, gone.removal)})",
        _("last held by {person}").format(person="、".join(t.person for t in gone.last)),
    )


def _vacancy_json(post: OrgPost) -> dict[str, Any]:
    gone = post.vacancy
    removal = gone.removal if gone else None
    return {
        "vacant_since": iso(gone.since) if gone else None,
        "vacant_since_doc": removal.doc_no if removal else None,
        "vacant_since_notice": notice_id_of(removal),
    }


def _tree(node: OrgNode, held: bool) -> dict[str, Any]:
    """An organisation as nested JSON: its posts with their holders, then the units below it."""
    return {
        "organisation": node.name,
        "also_written": node.also_written,
        "unit": node.unit,
        "posts": [
            {"post": p.post, "title": p.title, "holders": [holder_json(t) for t in p.holders], **_vacancy_json(p)}
            for p in node.posts
            if p.holders or not held
        ],
        "children": [_tree(node.children[key], held) for key in sorted(node.children)],
    }


def _rows(top: OrgNode, held: bool) -> list[dict[str, Any]]:
    """A row per holder, and per post nobody held (CSV): the tree flattened, its units by path."""
    empty = dict.fromkeys(_HOLDER_KEYS)
    rows = []
    for _depth, node in top.walk():
        for p in node.posts:
            base = {"organisation": node.name, "unit": " / ".join(node.keys[len(top.keys) :]), "post": p.post}
            base["title"] = p.title
            for t in p.holders:
                rows.append({**base, **holder_json(t), **_vacancy_json(p)})
            if not p.holders and not held:
                rows.append({**base, **empty, **_vacancy_json(p)})
    return rows


#: the keys of a holder in a row (``views.holder_json``), empty for a post nobody held
_HOLDER_KEYS = (
    "person", "since", "since_doc", "since_notice", "ended", "ended_doc", "ended_notice",
    "probation_until", "secondment_until", "rank",
)  # fmt: skip
