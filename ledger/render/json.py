"""JSON on stdout, and nothing else: the answer's document, or its rows."""

from __future__ import annotations

import json

from ..answer import Answer
from . import Output

EXTENSIONS = (".json",)


def render(answer: Answer, output: Output) -> None:
    out = output.file
    out.write(json.dumps(answer.data, ensure_ascii=False, indent=2) + "\n")
