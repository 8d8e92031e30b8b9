"""Signed entries: who appended each entry of the log, provable by a key no database holds.

A hash chain proves the log unchanged since a checkpoint, but anyone who can write the database
can append an entry and compute its hash. An entry signed with the importing account's Ed25519
key (kept in that account's files, never in the ledger) cannot be appended by someone with
database access alone: ``ledger verify --trust KEY`` names every entry that is unsigned or
signed by a key it was not told to trust.

    ledger key --create    # this account's key: ~/.config/ledger/signing.key (or $LEDGER_SIGNING_KEY)
    ledger key             # its public half, to give to whoever verifies

Signing is optional: an account without a key appends unsigned entries, as before.
The signature covers the entry's hash, which covers its content and every entry before it.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import LedgerError
from .i18n import N_

KEY_VAR = "LEDGER_SIGNING_KEY"
#: An Ed25519 public key as verify names it: 64 hex digits.
PUBLIC_KEY_DIGITS = 64


def key_path() -> Path:
    """Where this account's signing key lives: $LEDGER_SIGNING_KEY, else the XDG config folder."""
    if os.environ.get(KEY_VAR, "").strip():
        return Path(os.environ[KEY_VAR]).expanduser()
    config = Path(os.environ.get("XDG_CONFIG_HOME", "").strip() or Path.home() / ".config")
    return config / "ledger" / "signing.key"


@dataclass(frozen=True)
class Signer:
    """This account's key: signs entry hashes; ``public`` names it (hex)."""

    public: str
    _private: object

    def sign(self, entry_hash: str) -> str:
        return self._private.sign(entry_hash.encode("ascii")).hex()  # type: ignore[attr-defined]


def _private_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes().strip()
        data = bytes.fromhex(raw.decode("ascii"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise LedgerError(N_("cannot read the signing key {path}: {reason}"), path=path, reason=exc) from None
    if len(data) != 32:
        raise LedgerError(
            N_("{path} is not an Ed25519 signing key (64 hex digits written by ledger key --create)"), path=path
        )
    return data


def _public_hex(private) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


@functools.cache
def signer() -> Signer | None:
    """This account's signer, or None when it has no key (entries are then appended unsigned)."""
    path = key_path()
    if not os.path.exists(path):  # (False too where this account may not look: another's home)
        return None
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.from_private_bytes(_private_bytes(path))
    return Signer(_public_hex(private), private)


def create_key(force: bool = False) -> tuple[Path, str]:
    """A new key for this account, readable by it alone; (where, its public half)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    path = key_path()
    if path.exists() and not force:
        raise LedgerError(
            N_("{path} exists: this account has a key already (ledger key shows it), or --force to replace it"),
            path=path,
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(raw.hex() + "\n")
    os.chmod(path, 0o600)  # (an existing file keeps its mode through O_TRUNC)
    signer.cache_clear()
    return path, _public_hex(private)


def public_key() -> str:
    """The public half of this account's key, or a LedgerError saying how to make one."""
    found = signer()
    if found is None:
        raise LedgerError(
            N_("this account has no signing key ({path}): ledger key --create makes one"), path=key_path()
        )
    return found.public


def trusted_keys(values: list[str]) -> set[str]:
    """Keys given to verify: each a public key (64 hex digits) or a file of them, one a line."""
    keys: set[str] = set()
    for value in values:
        text = value.strip().lower()
        if len(text) == PUBLIC_KEY_DIGITS and all(c in "0123456789abcdef" for c in text):
            keys.add(text)
            continue
        path = Path(value).expanduser()
        try:
            lines = path.read_text(encoding="utf-8").split()
        except OSError:
            raise LedgerError(
                N_("--trust {value}: neither a public key (64 hex digits) nor a readable file"), value=value
            ) from None
        for line in lines:
            line = line.strip().lower()
            if len(line) != PUBLIC_KEY_DIGITS or any(c not in "0123456789abcdef" for c in line):
                raise LedgerError(N_("{path}: {line!r} is not a public key (64 hex digits)"), path=path, line=line)
            keys.add(line)
    return keys


def signed_by(entry_hash: str, signer_hex: str, signature_hex: str) -> bool:
    """Does ``signature_hex`` sign ``entry_hash`` with the key ``signer_hex``?"""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(signer_hex))
        key.verify(bytes.fromhex(signature_hex), entry_hash.encode("ascii"))
    except (InvalidSignature, ValueError):
        return False
    return True
