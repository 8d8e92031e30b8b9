"""A database connection lost in the middle of an import (a backend terminated, a server
restarted): one line saying what is not in the ledger, exit 2, and the ledger still sound."""

from __future__ import annotations

from conftest import BACKEND, as_json
from sqlalchemy.exc import OperationalError

from ledger import importer

NOTICE = (
    "某县人民政府\n关于任免职务的通知\n某政任〔2024〕{n}号\n各乡镇：\n县政府决定：\n"
    "任命{name}同志为某县审计局局长。\n某县人民政府\n2024年4月2{n}日\n"
)


def test_a_connection_lost_mid_import_says_what_was_not_written(run, tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n, name in enumerate(("张三", "李四", "王五"), start=1):
        (inbox / f"{n}.txt").write_text(NOTICE.format(n=n, name=name), encoding="utf-8")
    flush = importer._Batch.flush
    calls = []

    def lose_the_connection(batch):
        calls.append(batch)
        if len(calls) == 2:  # the second file: the session ends under the import
            if BACKEND == "sqlite":
                raise OperationalError("INSERT …", None, Exception("the server is gone"), connection_invalidated=True)
            batch.connection.exec_driver_sql("SELECT pg_terminate_backend(pg_backend_pid())")
        return flush(batch)

    monkeypatch.setattr(importer._Batch, "flush", lose_the_connection)
    lost = run("import", str(inbox))
    assert lost.exit_code == 2, lost.output
    assert f"connection lost: nothing from {inbox / '2.txt'} was written" in lost.stderr
    assert "1 file(s) before it" in lost.stderr and "internal error" not in lost.stderr
    monkeypatch.undo()
    again = run("import", str(inbox))  # what the lost session held is simply imported again
    assert again.exit_code == 0, again.output
    assert len(as_json(run("notices", "--json"))) == 3
    assert run("verify").exit_code == 0
