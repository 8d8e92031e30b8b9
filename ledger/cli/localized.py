"""The command line in the interface's language (``ledger.i18n``): help screens and usage errors.

Click formats help and usage errors itself, in English. Rather than touch every command, the
commands' classes do it in one place: under a Chinese locale the command tree's help texts are
replaced by their translations (keyed by the English help) before anything is parsed, the help
formatter translates click's own headings and wraps by display width (a CJK character takes two
cells), and a usage error is shown translated. In English nothing here changes a byte.
"""

from __future__ import annotations

import inspect
import re
import unicodedata
from typing import Any

import typer
from typer._click import Context, HelpFormatter
from typer._click.exceptions import ClickException, NoSuchOption, UsageError
from typer.core import TyperCommand

from ..i18n import N_, _, is_chinese
from .usage import LedgerGroup, point_to_meant_option

#: click's own words on a help screen, for the catalog (click and Typer 0.28 say them in English)
HEADINGS = (N_("Usage"), N_("Options"), N_("Arguments"), N_("Commands"))
CLICK_HELP = (N_("Show this message and exit."), N_("required"), N_("default: {default}"))

#: click's usage errors, as templates: matched against the English message, shown translated
USAGE_ERRORS = (
    N_("Missing argument {name}."),
    N_("Missing option {name}."),
    N_("Missing command."),
    N_("No such option: {name}"),
    N_("No such command {name}."),
    N_("Got unexpected extra argument(s) ({args})"),
    N_("Invalid value for {name}: {message}"),
    N_("Invalid value: {message}"),
    N_("Option {name} requires an argument."),
    N_("{value} is not in the range {range}."),
    N_("{value} is not a valid integer."),
    N_("Did you mean {name}?"),
    N_("(Possible options: {names})"),
    # the project's own, said by the date types of ledger.cli.options
    N_("not a date: {text} (use 2024-05-01, 2024-5-1 or 2024年5月1日)"),
    N_("--json and --csv cannot be used together: choose one"),
    N_("must not be empty"),
)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(regex + "$", re.DOTALL)


_PATTERNS: list[tuple[str, re.Pattern[str]]] | None = None


def translated(message: str, templates: tuple[str, ...] = USAGE_ERRORS) -> str:
    """An English message in the interface's language: a whole message from the catalog, or one
    built from a template (``Invalid value for '--on': …``) with its parts translated in turn."""
    global _PATTERNS
    if not is_chinese():
        return message
    whole = _(message)
    if whole != message:
        return whole
    if _PATTERNS is None:
        _PATTERNS = [(t, _pattern(t)) for t in templates]
    for template, pattern in _PATTERNS:
        match = pattern.match(message)
        if match:
            return _(template).format(**{k: translated(v, templates) for k, v in match.groupdict().items()})
    # a message followed by a suggestion: "No such option: --x Did you mean --on?"
    head, dot, tail = message.partition(". ")
    if dot and tail:
        return translated(head + ".", templates) + " " + translated(tail, templates)
    return message


class LocalizedUsageError(UsageError):
    """A usage error shown in the interface's language: usage, hint and message."""

    shown_by_ledger = True  # (its own show, through the console: ``usage`` leaves it be)

    def __init__(self, original: UsageError):
        super().__init__(translated(original.format_message()), original.ctx)
        self.exit_code = original.exit_code

    def show(self, file: Any = None) -> None:
        from ..render._console import say

        if self.ctx is not None:
            hint = _("Try '{command}' for help.").format(
                command=f"{self.ctx.command_path} {self.ctx.help_option_names[0]}"
            )
            say(f"{self.ctx.get_usage()}\n{hint}\n")
        say(_("Error: {message}").format(message=self.message))


def _wrap(text: str, width: int, indent: str = "", first: str | None = None) -> list[str]:
    """Lines of at most ``width`` cells: between words, or between any two CJK characters, and
    never with a closing mark (，。；：、）) first on a line."""
    tokens = re.findall(
        r"[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]|\S+?(?=[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]|\s|$)|\s+", text
    )
    lines: list[str] = []
    line, size = first if first is not None else indent, _cells(first if first is not None else indent)
    start = len(line)
    for token in tokens:
        if token.isspace():
            if len(line) > start:
                line, size = line + " ", size + 1
            continue
        cells = _cells(token)
        if size + cells > width and len(line) > start and token not in "，。；：、）」』！？,.;:)":
            lines.append(line.rstrip())
            line, size, start = indent, len(indent), len(indent)
        line, size = line + token, size + cells
    lines.append(line.rstrip())
    return lines


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class LocalizedFormatter(HelpFormatter):
    """click's help formatter, in Chinese when the interface is: headings translated, text wrapped
    by display width."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if not is_chinese():
            return super().write_usage(prog, args, prefix)
        return super().write_usage(prog, args, _("Usage") + "：" if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        if not is_chinese():
            return super().write_heading(heading)
        self.write(f"{'':>{self.current_indent}}{_(heading)}：\n")

    def write_text(self, text: str) -> None:
        if not is_chinese():
            return super().write_text(text)
        indent = " " * self.current_indent
        paragraphs = [
            "\n".join(line for raw in p.splitlines() for line in _wrap(raw.strip(), self.width, indent))
            for p in text.split("\n\n")
        ]
        self.write("\n\n".join(paragraphs) + "\n")

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        if not is_chinese():
            return super().write_dl(rows, col_max, col_spacing)
        rows = [(term, _extras(help)) for term, help in rows]
        first_col = min(max((len(term) for term, _h in rows), default=0), col_max) + col_spacing
        hang = " " * (first_col + self.current_indent)
        for term, help in rows:
            lead = f"{'':>{self.current_indent}}{term}"
            if not help:
                self.write(lead + "\n")
                continue
            if len(term) <= first_col - col_spacing:
                lines = _wrap(help, self.width, hang, lead + " " * (first_col - len(term)))
            else:
                lines = [lead, *_wrap(help, self.width, hang)]
            self.write("\n".join(lines) + "\n")


def _extras(help: str) -> str:
    """An option's help with click's "[default: …]" and "[required]" translated."""
    text, bracket, extra = help.rpartition("  [")
    if not bracket or not extra.endswith("]"):
        return _(help)
    parts = []
    for part in extra[:-1].split("; "):
        name, colon, value = part.partition(": ")
        parts.append(_("default: {default}").format(default=value) if colon and name == "default" else _(part))
    return f"{_(text)}  [{'；'.join(parts)}]"


class LocalizedContext(Context):
    formatter_class = LocalizedFormatter


def translate_tree(command: Any) -> None:
    """Every help text of a command and its subcommands in the interface's language, in place."""
    if getattr(command, "_ledger_translated", False):
        return
    command._ledger_translated = True
    if command.help:
        command.help = _(inspect.cleandoc(command.help).partition("\f")[0])
    if command.short_help:
        command.short_help = _(command.short_help)
    for param in command.params:
        if getattr(param, "help", None):
            param.help = _(param.help)
    for sub in getattr(command, "commands", {}).values():
        translate_tree(sub)


class _Localized:
    context_class = LocalizedContext

    def make_context(self, info_name: Any, args: Any, parent: Any = None, **extra: Any) -> Any:
        if is_chinese():
            translate_tree(self)
        try:
            return super().make_context(info_name, args, parent, **extra)  # type: ignore[misc]
        except UsageError as exc:
            raise _localized(exc) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)  # type: ignore[misc]
        except UsageError as exc:
            raise _localized(exc) from None


def _localized(exc: UsageError) -> ClickException:
    if isinstance(exc, LocalizedUsageError):
        return exc
    if isinstance(exc, NoSuchOption):
        point_to_meant_option(exc)  # (--date for --on: said before the message is translated)
    if not is_chinese():
        return exc
    return LocalizedUsageError(exc)


class LocalizedCommand(_Localized, TyperCommand):
    pass


class LocalizedGroup(_Localized, LedgerGroup):
    """The app's group (usage errors worded as people guess, ``usage.LedgerGroup``), localized."""


def localize(app: typer.Typer) -> None:
    """Make every command of ``app`` speak the interface's language."""
    app.info.cls = LocalizedGroup
    for command in app.registered_commands:
        command.cls = LocalizedCommand
