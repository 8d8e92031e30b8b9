"""Usage errors as the user meets them: one place for every command (the app's group class).

Click names an unknown option and, at best, options spelled like it; a user who types
``--date`` for ``--on`` or ``--since`` for ``--from`` guessed a word, not a spelling, so the
names people guess are pointed to the command's own. Errors are said through the console
(``say``), where "Error:" is coloured on a terminal like every other error.
"""

from __future__ import annotations

from typing import Any

from typer._click import exceptions
from typer.core import TyperGroup

from ..i18n import _
from ..render._console import say

#: Option names people guess, and the options they meant, in order of likelihood. Only the
#: ones the command has are offered.
GUESSED = {
    "--date": ("--on", "--from", "--to"),
    "--at": ("--on",),
    "--day": ("--on",),
    "--as-of": ("--on",),
    "--since": ("--from",),
    "--start": ("--from",),
    "--begin": ("--from",),
    "--until": ("--to",),
    "--till": ("--to",),
    "--end": ("--to",),
}


def option_names(command: Any) -> set[str]:
    return {name for param in getattr(command, "params", ()) for name in getattr(param, "opts", ())}


def point_to_meant_option(error: exceptions.NoSuchOption) -> None:
    """``No such option: --date (did you mean --on?)`` when the command has the option meant."""
    if error.ctx is None:
        return
    known = option_names(error.ctx.command)
    meant = [name for name in GUESSED.get(error.option_name, ()) if name in known]
    if meant:
        error.message = _("No such option: {name} (did you mean {meant}?)").format(
            name=error.option_name, meant=_(" or ").join(meant)
        )
        error.possibilities = None


def show(error: exceptions.ClickException) -> None:
    """Click's own text (the usage, the hint, then "Error: …"), through the console."""
    ctx = getattr(error, "ctx", None)
    if isinstance(error, exceptions.UsageError) and ctx is not None:
        say(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            say(f"Try '{ctx.command_path} {ctx.help_option_names[0]}' for help.")
        say("")
    say(f"Error: {error.format_message()}")


class LedgerGroup(TyperGroup):
    """Typer's group, with usage errors worded and shown as above. Both ways an error leaves
    click pass here: parsing the command line (``make_context``) and running the command
    (``invoke``, which parses the subcommand's options)."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except exceptions.ClickException as error:
            _word(error)
            raise

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        # two-word commands (org rename, person merge): a noun's verbs, beside the noun's query
        if len(args) >= 2 and f"{args[0]} {args[1]}" in self.commands:
            args[:2] = [f"{args[0]} {args[1]}"]
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except exceptions.ClickException as error:
            _word(error)
            raise


def _word(error: exceptions.ClickException) -> None:
    if getattr(error, "shown_by_ledger", False):
        return  # worded and shown in the interface's language already (``localized``)
    if isinstance(error, exceptions.NoSuchOption):
        point_to_meant_option(error)
    error.show = lambda file=None: show(error)  # type: ignore[method-assign]
