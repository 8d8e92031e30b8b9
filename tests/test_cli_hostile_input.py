"""Hostile and broken input, round two (issue 24): each break, through the CLI."""

from __future__ import annotations

import pytest
from conftest import as_json


def _notice(issuer: str, doc_no: str, body: str, day: str = "2024年4月20日") -> str:
    return f"{issuer}\n关于任免职务的通知\n{doc_no}\n各街道办事处：\n{body}\n{issuer}\n{day}\n"


def test_one_doc_number_from_two_issuers_is_two_notices(seeded, tmp_path):
    """枣庄市市中区 uses the number 市中政任〔2024〕5号 too: not 济南's notice with other text."""
    other = tmp_path / "zaozhuang.txt"
    other.write_text(
        _notice(
            "枣庄市市中区人民政府", "市中政任〔2024〕5号", "区政府决定，任命：\n李明同志为枣庄市市中区统计局局长。"
        ),
        encoding="utf-8",
    )
    result = seeded("import", str(other))
    assert result.exit_code == 0, result.output
    rows = [r for r in as_json(seeded("notices", "--json")) if r["doc_no"] == "市中政任〔2024〕5号"]
    assert sorted((r["issuer"], r["retracted_at"]) for r in rows) == [
        ("枣庄市市中区人民政府", None),
        ("济南市市中区人民政府", None),  # 济南's 27 events stand
    ]
    assert seeded("who-holds", "王官庄街道办事处主任", "--on", "2024-05-01").exit_code == 0


def test_a_traditional_character_does_not_split_a_person(run, tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(
        _notice("某县人民政府", "某政任〔2024〕1号", "县政府决定，任命：\n张三同志为某县审计局局长。", "2024年1月5日"),
        encoding="utf-8",
    )
    second = tmp_path / "b.txt"
    second.write_text(
        _notice(
            "某县人民政府", "某政任〔2024〕2号", "县政府决定：\n免去張三同志的某县审计局局长职务。", "2024年6月5日"
        ),
        encoding="utf-8",
    )
    assert run("import", str(first)).exit_code == 0 and run("import", str(second)).exit_code == 0
    career = as_json(run("person", "張三", "--json"))
    assert [(t["person"], t["since"], t["ended"]) for t in career] == [("张三", "2024-01-05", "2024-06-05")]
    assert run("who-holds", "某县审计局局长", "--on", "2024-07-01").exit_code == 1  # the tenure ended
    [notice] = as_json(run("notice", "某政任〔2024〕2号", "--json"))
    assert "張三" in notice["events"][0]["clause"]  # the stored text keeps what was written


def _bomb_docx(path, inflated: int) -> None:
    """A real .docx with one more part that inflates to ``inflated`` bytes of zeros."""
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("某县人民政府")
    document.save(str(path))
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/media/image1.png", "w", force_zip64=True) as part:
            chunk = bytes(2**20)
            for _ in range(inflated // 2**20):
                part.write(chunk)


#: Runs the CLI as a grandchild of a small Python process, so that its peak memory is its own:
#: a child forked from pytest itself would count pytest's pages too, before its exec.
_MEASURE = """
import json, os, subprocess, sys, time
started = time.monotonic()
pipe = subprocess.PIPE
child = subprocess.Popen([sys.executable, "-m", "ledger", *sys.argv[1:]], stdout=pipe, stderr=pipe)
out, err = child.stdout.read(), child.stderr.read()
_, status, usage = os.wait4(child.pid, 0)
print(json.dumps({"rc": os.waitstatus_to_exitcode(status), "out": out.decode(), "err": err.decode(),
                  "seconds": time.monotonic() - started, "mb": usage.ru_maxrss / 1024}))
"""


def _peak_and_time(run_args) -> tuple:
    """Run the CLI in a process of its own: (result, seconds, peak memory in MB of that process)."""
    import json
    import subprocess
    import sys
    from types import SimpleNamespace

    done = subprocess.run([sys.executable, "-c", _MEASURE, *run_args], capture_output=True, text=True, timeout=120)
    report = json.loads(done.stdout)
    result = SimpleNamespace(returncode=report["rc"], stdout=report["out"], stderr=report["err"])
    return result, report["seconds"], report["mb"]


@pytest.mark.slow  # builds and refuses a bomb: seconds
def test_a_docx_bomb_is_refused_unread(tmp_path):
    bomb = tmp_path / "bomb.docx"
    _bomb_docx(bomb, 300 * 2**20)  # 300 MB of zeros in a file of about 300 KB
    assert bomb.stat().st_size < 2 * 2**20
    result, seconds, peak = _peak_and_time(["--db", str(tmp_path / "l.db"), "import", str(bomb)])
    assert result.returncode == 2 and "zip bomb" in result.stderr
    assert seconds < 10 and peak < 200, (seconds, peak)  # a second and a few MB on this machine


@pytest.mark.slow  # builds and refuses a bomb: seconds
def test_a_zip_bomb_in_a_folder_is_skipped_and_the_rest_imported(tmp_path):
    import zipfile

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with zipfile.ZipFile(inbox / "archive.zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("mimetype", "w", force_zip64=True) as part:  # the one entry sniffing reads
            for _ in range(300):
                part.write(bytes(2**20))
    (inbox / "notice.txt").write_text(
        _notice("某县人民政府", "某政任〔2024〕1号", "县政府决定，任命：\n张三同志为某县审计局局长。"), encoding="utf-8"
    )
    result, seconds, peak = _peak_and_time(["--db", str(tmp_path / "l.db"), "import", str(inbox)])
    assert "notice.txt: 1 personnel notice" in result.stdout and "archive.zip: skipped" in result.stdout
    assert seconds < 10 and peak < 200, (seconds, peak)


def test_a_pdf_listing_one_page_again_and_again_is_refused(tmp_path):
    count = 3000
    kids = " ".join(["3 0 R"] * count)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{n} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    pdf = tmp_path / "pages.pdf"
    pdf.write_bytes(body)
    result, seconds, peak = _peak_and_time(["--db", str(tmp_path / "l.db"), "import", str(pdf)])
    assert result.returncode == 2 and "3,000 pages" in result.stderr
    assert seconds < 10 and peak < 200, (seconds, peak)


def test_a_device_that_never_ends_is_refused(run):
    result = run("import", "/dev/urandom")
    assert result.exit_code == 2 and "device" in result.output
