"""One stage from an answer to the screen: a registry of renderers, one module per format.

Every module of this package whose name does not start with ``_`` is a format, named by its
module (``table``, ``json``, ``csv``, ``tsv``): adding a format is adding one file here with a
``render(answer, output)`` function (see docs/CONTRIBUTING.md). Modules are imported only when
their format is asked for, so that ``ledger --help`` pays for none of them.

A renderer with ``VIEW = True`` draws ``Answer.view`` (what a person reads); the others write
``Answer.rows`` or ``Answer.document`` (what a program reads), every row of it. ``EXTENSIONS``
names the file names a format is written to (``.csv``), so that ``--out ledger.csv`` says the
format; ``BINARY = True`` marks a format of bytes (xlsx), never drawn on a terminal.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from dataclasses import dataclass, field
from pathlib import PurePath
from types import ModuleType
from typing import Any, BinaryIO, TextIO

from ..answer import Answer

#: Rows the tables of one command draw when --limit does not say: a terminal shows a screenful
#: or two, and drawing 40,000 rows would take longer than the query.
TABLE_ROWS = 200


class RowBudget:
    """Rows the tables of one invocation may still draw (``left``: None for no limit), and how
    many were left out (``hidden``). Every invocation has its own."""

    def __init__(self, rows: int | None = TABLE_ROWS):
        self.left, self.hidden = rows, 0


@dataclass
class Output:
    """What a renderer draws with: the invocation's row budget, and where a format that writes
    data writes it (``stream``: stdout unless a file is given)."""

    budget: RowBudget = field(default_factory=RowBudget)
    stream: Any = None

    @property
    def file(self) -> TextIO:
        return self.stream or sys.stdout

    @property
    def binary(self) -> BinaryIO:
        """The bytes under ``file``, for a binary format; text already written goes first."""
        self.file.flush()
        return self.file.buffer


def formats() -> list[str]:
    """Every format a renderer exists for, by name."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def renderer(name: str) -> ModuleType:
    if name.startswith("_") or name not in formats():
        raise ValueError(f"no renderer for {name!r}: {', '.join(formats())}")
    return importlib.import_module(f"{__name__}.{name}")


def is_view(name: str) -> bool:
    return bool(getattr(renderer(name), "VIEW", False))


def is_binary(name: str) -> bool:
    return bool(getattr(renderer(name), "BINARY", False))


def format_of_file(path: str | PurePath) -> str | None:
    """The format a file's name says (``ledger.xlsx``: xlsx), any case; None when none does."""
    suffix = PurePath(path).suffix.lower()
    if suffix:
        for name in formats():
            if suffix in getattr(renderer(name), "EXTENSIONS", ()):
                return name
    return None


def emit(answer: Answer, fmt: str = "table", output: Output | None = None) -> int:
    """Draw ``answer`` in ``fmt``, then its warnings on stderr; the exit code it calls for."""
    from ._console import say

    module = renderer(fmt)
    view = bool(getattr(module, "VIEW", False))
    module.render(answer, output or Output())
    for warning in answer.warnings + ([] if view else answer.data_warnings):
        say(warning)
    if view and answer.view_exit_code is not None:
        return answer.view_exit_code
    return answer.exit_code
