"""A JSON array written an item at a time: an import of thousands of files holds no list of
its reports, and a program reading the pipe sees each file as it is done."""

from __future__ import annotations

import json
import sys
from typing import Any


class JsonArray:
    def __init__(self) -> None:
        self.items = 0

    def open(self) -> None:
        sys.stdout.write("[")

    def add(self, item: Any) -> None:
        self.items += 1
        sys.stdout.write(("\n" if self.items == 1 else ",\n") + json.dumps(item, ensure_ascii=False))

    def close(self) -> None:
        sys.stdout.write("\n]\n" if self.items else "]\n")
