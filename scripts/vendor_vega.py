"""Vendor the Vega runtime into the package, reproducibly.

    python scripts/vendor_vega.py

Fetches the exact npm release below with the ordinary npm client (``npm pack``), refuses it
unless its SHA-512 matches the integrity hash pinned here (the registry's own ``dist.integrity``
for that version), and copies the minified UMD build and its licence into
``ledger/timeline/assets/``. The timeline page inlines that file, so the page needs no network.
Run it again after changing VERSION and INTEGRITY together; commit the copied files.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "vega"
VERSION = "6.4.0"
INTEGRITY = "sha512-rHXCq2LpEWCLMjXBEj7hocY9G0/i5TGYRayGGSj06VTF4+l2IG2Z7oeZKCjWbUh/7hTE/mVhbaOPB72wCElh6g=="
#: member of the tarball → file in the package's assets
FILES = {"package/build/vega.min.js": "vega.min.js", "package/LICENSE": "vega.LICENSE"}

ASSETS = Path(__file__).resolve().parent.parent / "ledger" / "timeline" / "assets"


def integrity_of(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(
            ["npm", "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", tmp, "--silent"],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            print(f"npm pack {PACKAGE}@{VERSION} failed:\n{result.stderr}", file=sys.stderr)
            return 1
        tarball = Path(tmp) / result.stdout.strip().splitlines()[-1]
        found = integrity_of(tarball)
        if found != INTEGRITY:
            print(f"{tarball.name}: integrity {found}, expected {INTEGRITY}: not copied", file=sys.stderr)
            return 1
        ASSETS.mkdir(parents=True, exist_ok=True)
        with tarfile.open(tarball) as archive:
            for member, target in FILES.items():
                source = archive.extractfile(member)
                if source is None:
                    print(f"{member} missing from {tarball.name}", file=sys.stderr)
                    return 1
                with source, (ASSETS / target).open("wb") as out:
                    shutil.copyfileobj(source, out)
                print(f"{PACKAGE}@{VERSION} {member} → {(ASSETS / target).relative_to(ASSETS.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
