"""Signed entries (issue 24): an entry appended by someone with database access alone, even with
its chain hash computed correctly, is named by `verify --trust KEY`; a signed log verifies."""

from __future__ import annotations

import pytest
from conftest import SEED, as_json

from ledger import signing


@pytest.fixture
def account(tmp_path, monkeypatch):
    """Switch the signing account: account("a") uses a key file of its own (made or not)."""

    def use(name: str):
        monkeypatch.setenv(signing.KEY_VAR, str(tmp_path / "keys" / f"{name}.key"))
        signing.signer.cache_clear()

    yield use
    signing.signer.cache_clear()


def _public(run) -> str:
    return as_json(run("key", "--json"))["public_key"]


def test_a_key_is_made_once_readable_by_its_account_alone(run, account, tmp_path):
    account("clerk")
    assert run("key").exit_code == 2  # none yet: said how to make one
    made = run("key", "--create")
    assert made.exit_code == 0 and len(made.stdout.strip()) == 64
    assert (tmp_path / "keys" / "clerk.key").stat().st_mode & 0o777 == 0o600
    assert run("key").stdout.strip() == made.stdout.strip()
    again = run("key", "--create")
    assert again.exit_code == 2 and "--force" in again.stderr


def test_a_signed_log_verifies_against_its_key_and_says_how_many_are_signed(run, account):
    account("clerk")
    run("key", "--create")
    clerk = _public(run)
    assert run("import", str(SEED)).exit_code == 0
    trusted = run("verify", "--trust", clerk)
    assert trusted.exit_code == 0, trusted.stderr
    plain = run("verify")
    assert plain.exit_code == 0 and "3 of 3 entries signed" in plain.stderr


def test_an_entry_appended_without_the_key_is_named(run, account):
    account("clerk")
    run("key", "--create")
    clerk = _public(run)
    assert run("import", str(SEED)).exit_code == 0
    account("intruder-without-a-key")  # writes the database, chain math and all, but holds no key
    assert run("retract", "市中政任〔2024〕5号", "--reason", "x").exit_code == 0
    assert run("verify").exit_code == 0  # the chain alone cannot tell
    found = run("verify", "--trust", clerk)
    assert found.exit_code == 1
    assert "entry 4" in found.stderr and "unsigned" in found.stderr


def test_an_entry_signed_by_a_key_not_trusted_is_named(run, account, tmp_path):
    account("clerk")
    run("key", "--create")
    clerk = _public(run)
    assert run("import", str(SEED)).exit_code == 0
    account("intruder")
    run("key", "--create")
    assert run("retract", "市中政任〔2024〕5号", "--reason", "x").exit_code == 0
    keys = tmp_path / "trusted.txt"
    keys.write_text(clerk + "\n", encoding="utf-8")
    found = run("verify", "--trust", str(keys))
    assert found.exit_code == 1 and "entry 4" in found.stderr and "not trusted" in found.stderr
    both = run("verify", "--trust", str(keys), "--trust", _public(run))
    assert both.exit_code == 0, both.stderr


def test_a_forged_signature_is_named(run, account, db):
    from test_tamper import sql

    account("clerk")
    run("key", "--create")
    clerk = _public(run)
    assert run("import", str(SEED)).exit_code == 0
    sql(db, f"UPDATE chain SET signature = '{'00' * 64}' WHERE seq = 2", guards=False)
    found = run("verify", "--trust", clerk)
    assert found.exit_code == 1 and "entry 2" in found.stderr and "signature does not match" in found.stderr


def test_a_trust_that_is_no_key_is_a_usage_error(run, account):
    account("clerk")
    assert run("import", str(SEED)).exit_code == 0
    bad = run("verify", "--trust", "not-a-key")
    assert bad.exit_code == 2 and "neither a public key" in bad.stderr
