"""Refresh ledger/data/surnames.json from its source, the npm package `chinese-surnames`.

    python scripts/update_surnames.py

The person recogniser needs a table of Chinese surnames, single and compound. It comes
from a maintained, MIT-licensed package rather than being typed by hand: this script
fetches the exact version from the npm registry, checks the tarball against the
registry's integrity hash, and writes the list and its licence into the package data.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from pathlib import Path

PACKAGE, VERSION = "chinese-surnames", "1.0.0"
INTEGRITY = "sha512-Ei66uRBojlmGzp0BcZ+0y6NuU106XAumIOM+wczcEJjrshUr4m6frd5VtRyvm7B/JZM/ngJuqCa1/q9dWYwsNQ=="
URL = f"https://registry.npmjs.org/{PACKAGE}/-/{PACKAGE}-{VERSION}.tgz"
OUT = Path(__file__).resolve().parent.parent / "ledger" / "data"


def main() -> int:
    data = urllib.request.urlopen(URL, timeout=60).read()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != INTEGRITY:
        print(f"integrity mismatch for {URL}: {digest}", file=sys.stderr)
        return 1
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        surnames = json.load(tar.extractfile("package/index.json"))
        licence = tar.extractfile("package/license").read().decode()
    source = {"source": f"npm {PACKAGE}@{VERSION}", "integrity": INTEGRITY, "surnames": surnames}
    (OUT / "surnames.json").write_text(json.dumps(source, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    (OUT / "surnames.LICENSE").write_text(licence, encoding="utf-8")
    print(f"wrote {len(surnames)} surnames from {PACKAGE}@{VERSION} to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
