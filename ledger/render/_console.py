"""Where answers and messages go: stdout for answers, stderr for messages, both plain text.

Tables are drawn as wide as the terminal, or ``COLUMNS``; to a pipe or a file, as wide as
they need. Nothing stored is ever read as markup, emoji codes or control characters. The one
colour: a message's "error:" or "warning:", on a terminal, unless NO_COLOR is set.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


#: Narrower than this, COLUMNS is taken for a mistake: a table needs some room to say anything.
MIN_WIDTH = 20


def _width(stream) -> int | None:
    """The width to draw in: the terminal's; COLUMNS when set; else wide (a pipe, a file)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) >= MIN_WIDTH:  # (COLUMNS=0 would draw nothing at all)
        return int(columns)
    if not stream.isatty():
        return 1000
    if columns:  # a COLUMNS too narrow (Rich would read it too): the terminal's own width
        try:
            return max(os.get_terminal_size(stream.fileno()).columns, MIN_WIDTH)
        except (OSError, ValueError):
            return 80
    return None


@functools.cache
def out() -> Console:
    from rich.console import Console

    # No markup, no emoji codes: what is stored is shown as it is stored.
    return Console(highlight=False, markup=False, emoji=False, width=_width(sys.stdout))


@functools.cache
def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, markup=False, emoji=False, width=_width(sys.stderr))


def safe(text: str) -> str:
    from ..output import safe as plain

    return plain(text)


#: Messages that must stand out, by how they start, and their colour. Rich draws it only on a
#: terminal and never under NO_COLOR (https://no-color.org); a pipe or a file gets plain text.
_MARKED = re.compile(
    r"^(?:(?P<error>(?:internal )?error:|错误：|内部错误：)|(?P<warning>warning:|警告：))", re.IGNORECASE
)
_COLOURS = {"error": "red", "warning": "yellow"}


def say(message: str) -> None:
    """A message on stderr, as plain text; a long one is left to the terminal to wrap, so it
    is never broken inside a file name or a doc number. "Error:" and "warning:" in colour."""
    from rich.text import Text

    text = Text(safe(message))
    marked = _MARKED.match(text.plain)
    if marked:
        text.stylize(_COLOURS[marked.lastgroup or "error"], 0, marked.end())
    err().print(text, soft_wrap=True)


def show(message: str) -> None:
    """A line of an answer on stdout, as plain text, wrapped between its words (a heading's doc
    number, date and title) at the terminal's width; to a pipe, one line."""
    out().print(safe(message), markup=False, overflow="fold")


def say_now(message: str) -> None:
    """A message straight to stderr: after Ctrl-C the console may have been stopped mid-print."""
    sys.stderr.write(safe(message) + "\n")
    sys.stderr.flush()


def write(text: str) -> None:
    """Plain text on stdout as it is (an import's report line by line: thousands of lines)."""
    sys.stdout.write(text)
