"""The command line's plumbing: the Typer app, errors to exit codes, the ledger an invocation
opens, and the one way an answer reaches the screen (``finish``)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import typer

from ..i18n import N_, _
from ..render._console import say, say_now
from ..views import plural
from .options import budget
from .usage import LedgerGroup

if TYPE_CHECKING:
    import datetime as dt

    from ..answer import Answer
    from ..api import Ledger

app = typer.Typer(
    cls=LedgerGroup,
    help="Turn personnel notices (任免通知) into a cited record of who held which post on any date.",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

# Help is wrapped by click's text wrapper, which would break `--as-known-at` after `--as-`:
# an option name in a sentence must stay whole to be copied.
try:
    from typer._click._textwrap import TextWrapper as _HelpWrapper

    _HelpWrapper.break_on_hyphens = False
except ImportError:  # another Typer: its own wrapping
    pass


def handle_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the project's errors into one line on stderr and the documented exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from ..dates import BadDate
        from ..errors import LedgerError, NotFound

        try:
            try:
                return command(*args, **kwargs)
            finally:
                report_hidden_rows()
        except NotFound as exc:
            say(exc.localized())
            if exc.suggestions:
                say(_("did you mean: {names}").format(names=", ".join(exc.suggestions)))
            raise typer.Exit(1) from None
        except (LedgerError, BadDate) as exc:
            say(_("error: {message}").format(message=exc.localized() if isinstance(exc, LedgerError) else exc))
            raise typer.Exit(2) from None
        except KeyboardInterrupt:  # Typer would end with 130 and not a word
            say_now(_("interrupted"))
            raise typer.Exit(130) from None

    return wrapper


def report_hidden_rows() -> None:
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    hidden = budget(ctx).hidden if ctx is not None else 0
    if hidden:
        say(
            _("{rows} not shown: --limit N shows more, --json or --csv every row").format(
                rows=plural(hidden, "more row")
            )
        )


def finish(ctx: typer.Context, answer: Answer, fmt: str = "table") -> None:
    """Draw the answer in the format asked for (``ledger.render``), and exit as it calls for."""
    from ..render import Output, emit

    code = emit(answer, fmt, Output(budget(ctx)))
    if code:
        raise typer.Exit(code)


def book(ctx: typer.Context, as_known_at: dt.datetime | None = None) -> Ledger:
    from ..api import Ledger

    return Ledger(ctx.obj.get("db") if ctx.obj else None, as_known_at)


def today() -> dt.date:
    from ..dates import today as the_day

    return the_day()


def wanted_rows(limit: int | None, every: bool) -> int | None:
    """How many rows a query need produce: --limit's, a table's screenful, or (JSON, CSV) all."""
    from ..render import TABLE_ROWS

    return limit or (None if every else TABLE_ROWS)


#: what ``first`` counts ("3 more tenures"), for the catalog
MORE = (
    N_("more post"), N_("more leader"), N_("more portfolio record"), N_("more partner"), N_("more tenure"),
    N_("more anomaly"), N_("more probation"), N_("more open item"),
)  # fmt: skip


def first(items: list, limit: int | None, what: str) -> list:
    """At most ``limit`` items; says on stderr how many more there were."""
    if limit and len(items) > limit:
        more = "more " + what  # one of MORE
        say(_("{items} not shown (--limit {limit})").format(items=plural(len(items) - limit, more), limit=limit))
        return items[:limit]
    return items


def first_posts(answers: list, more: int, limit: int | None, query: str) -> list:
    """At most ``limit`` answers, and one line on what was left out: answers beyond the limit
    and the matching posts a table's query did not fold at all (``more``)."""
    if not more:
        return first(answers, limit, "post")
    left = max(0, len(answers) - limit) if limit else 0
    say(
        _("{posts} matching {query} not shown: --limit N shows more, --json or --csv every post").format(
            posts=plural(left + more, "more post"), query=query
        )
    )
    return answers[:limit] if limit else answers


def note_open_items(ctx: typer.Context, as_known_at: dt.datetime | None, name: str) -> None:
    """One line on stderr when an unresolved open item names the post, person or organisation
    asked about: the answer may change once it is resolved."""
    from ..visibility import clean_query

    try:
        found = book(ctx, as_known_at).open_items_concerning({clean_query(name)})
    except Exception:  # advisory: never let it spoil the answer (or hide the real error)
        return
    if not found:
        return
    cited = ", ".join(f"#{i.id} {i.file}:{i.line}" for i in found[:5]) + (", …" if len(found) > 5 else "")
    say(
        _("{items} may concern this: {cited} — see ledger review").format(
            items=plural(len(found), "open item"), cited=cited
        )
    )


def show_version(value: bool) -> None:
    if value:
        from .. import __version__

        sys.stdout.write(f"ledger {__version__}\n")
        raise typer.Exit()


def reflowed(doc: str | None) -> str | None:
    """A docstring as help: lines of a paragraph joined, so the terminal wraps whole sentences.

    Typer keeps a docstring's line breaks, and a help screen narrower or wider than the source
    then breaks sentences in the middle. A line that starts a list item or an example keeps
    its own line."""
    import inspect

    if not doc:
        return doc
    paragraphs = []
    for paragraph in inspect.cleandoc(doc).split("\n\n"):
        lines: list[str] = []
        for line in paragraph.splitlines():
            if lines and not line.startswith(("- ", "Example", "e.g.")):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


#: Options of the whole program that may also be given after the command (ledger who-holds X --db f.db).
GLOBAL_OPTIONS = ("--db",)


def hoist_global_options(args: list[str]) -> list[str]:
    """Move global options given after the command in front of it, where Click reads them."""
    command = next(
        (i for i, a in enumerate(args) if not a.startswith("-") and (i == 0 or args[i - 1] not in GLOBAL_OPTIONS)),
        None,
    )
    if command is None:
        return args
    before, after, moved = args[:command], [], []
    rest = args[command:]
    i = 0
    while i < len(rest):
        arg = rest[i]
        if arg in GLOBAL_OPTIONS and i + 1 < len(rest):
            moved += [arg, rest[i + 1]]
            i += 2
            continue
        if arg.startswith(tuple(f"{o}=" for o in GLOBAL_OPTIONS)):
            moved.append(arg)
        elif arg == "--":  # what follows is an argument, whatever it looks like
            after += rest[i:]
            break
        else:
            after.append(arg)
        i += 1
    return before + moved + after
