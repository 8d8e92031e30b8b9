"""Documents the tests build themselves from the seed gazette: a PDF with running heads and
page numbers, a scan of it, a Word file with a name/post table, a saved web page. No binary
fixtures: each is made from the seed's text by reportlab, python-docx or plain HTML."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

from conftest import SEED

#: Running heads that no text pattern knows (no 公报, no 文件): only their position gives them away.
HEADS = ("市中区人事任免资料汇编（第二辑）", "济南市市中区人民政府办公室编印")
SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()


def seed_lines() -> list[str]:
    return [line for line in SEED_LINES if line.strip()]


def make_pdf(path: Path, lines: list[str] | None = None, *, per_page: int = 36, font: str = "STSong-Light") -> Path:
    """An A4 gazette: a running head (alternating) and a rule on every page, the page number
    (— 3 —) at the foot, body lines flowing from page to page (clauses broken across pages).
    Compressed, with a CID font as Chinese office software writes them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(font))
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    lines = [line for line in (lines if lines is not None else SEED_LINES) if line.strip()]
    for page, start in enumerate(range(0, len(lines), per_page), start=1):
        pdf.setFont(font, 9)
        pdf.drawCentredString(width / 2, height - 45, HEADS[page % 2])
        pdf.line(70, height - 52, width - 70, height - 52)
        pdf.setFont(font, 10)
        pdf.drawCentredString(width / 2, 40, f"— {page} —")
        y = height - 80
        for line in lines[start : start + per_page]:
            indent = len(line) - len(line.lstrip())
            pdf.setFont(font, 11)
            pdf.drawString(70 + 11 * indent, y, line.strip())
            y -= 18
        pdf.showPage()
    pdf.save()
    return path


def make_scan(path: Path, pdf: Path, dpi: int = 200) -> Path:
    """The PDF's pages as images only (no text layer), as a scanner gives them."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    images = [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document]
    document.close()
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path


def notice_lines(doc_no: str) -> tuple[int, int]:
    """The seed's lines (0-based, end exclusive) of the notice numbered ``doc_no``."""
    start = next(i for i, line in enumerate(SEED_LINES) if line.replace(" ", "") == doc_no) - 3
    end = next(
        (i - 3 for i in range(start + 5, len(SEED_LINES)) if SEED_LINES[i].replace(" ", "").startswith("市中政任")),
        len(SEED_LINES),
    )  # the next notice's red header and title stand 3 lines above its number
    return start, end


def clauses(lines: list[str]) -> list[str]:
    """A section's clauses, its broken lines joined: 王坤山同志为济南市市中区新闻出版局局长."""
    return [c for c in re.split(r"[；。]", "".join("".join(line.split()) for line in lines)) if c]


def make_docx(path: Path) -> Path:
    """The seed as a Word file, one paragraph a line, except 市中政任〔2024〕5号, whose
    appointments and removals are name/post tables, as personnel offices write them."""
    import docx

    document = docx.Document()
    start, end = notice_lines("市中政任〔2024〕5号")
    text = SEED_LINES
    appoint_at = next(i for i in range(start, end) if text[i].endswith("任命："))
    remove_at = next(i for i in range(start, end) if text[i].strip() == "免去：")
    sign_at = next(i for i in range(remove_at, end) if text[i].strip() == "济南市市中区人民政府办公室")
    for line in text[: appoint_at + 1]:
        if line.strip():
            document.add_paragraph(line)
    _table(document, [c.split("同志为", 1) for c in clauses(text[appoint_at + 1 : remove_at])])
    document.add_paragraph("免去：")
    _table(document, [c.removesuffix("职务").split("同志的", 1) for c in clauses(text[remove_at + 1 : sign_at])])
    for line in text[sign_at:]:
        if line.strip():
            document.add_paragraph(line)
    document.save(str(path))
    return path


def _table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    for name, post in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, post


FURNITURE = ("首页", "当前位置", "分享到", "打印本页", "相关文章", "网站标识码", "主办单位")


def make_page(lines: list[str] | None = None, *, charset: str = "utf-8", published: str = "2024-06-20") -> bytes:
    """A government site's page: menus, breadcrumb, share buttons, related links and a
    footer around the article, which holds the seed one paragraph a line."""
    body = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in (lines or SEED_LINES) if line.strip())
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}">
<title>济南市市中区人民政府公报2024年第2期_济南市市中区人民政府</title>
<meta name="PubDate" content="{published} 09:30">
</head><body>
<div class="header"><div class="logo">济南市市中区人民政府</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/rsxx">人事信息</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府公报</div>
<div class="main"><div class="article"><h1>济南市市中区人民政府公报2024年第2期</h1>
<div class="info">发布日期：{published}　来源：区政府办公室　浏览次数：1024</div>
<div class="content" id="zoom">
{body}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> 【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div>
<div class="side"><h3>相关文章</h3><ul><li><a href="/a1">关于李明等工作人员任免职务的通知</a></li></ul></div></div>
<div class="footer"><p>主办单位：济南市市中区人民政府办公室</p><p>网站标识码：3701030001　鲁ICP备05012345号</p></div>
</body></html>"""
    return page.encode("gb18030" if charset.lower() in ("gb2312", "gbk", "gb18030") else charset)


def make_mhtml(page: bytes) -> bytes:
    """A page saved by a browser as a web archive (.mhtml): MIME, quoted-printable."""
    import quopri

    out = io.BytesIO()
    out.write(
        b"From: <Saved by Blink>\r\nSubject: page\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
        b"------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        b"Content-Location: http://example.invalid/a.html\r\n\r\n"
    )
    out.write(quopri.encodestring(page))
    out.write(b"\r\n------B--\r\n")
    return out.getvalue()


def gold_events() -> list[tuple[str, str, str]]:
    """The seed's hand-checked events as (action, person, post)."""
    import json

    from conftest import SEED_GOLD

    return [(e["action"], e["person"], e["post"]) for n in json.loads(SEED_GOLD.read_text()) for e in n["events"]]


def strict_matches(events: list[dict], gold: list[tuple[str, str, str]]) -> int:
    """Events equal to a gold event in action, person and post (each gold event matched once)."""
    left = list(gold)
    hits = 0
    for e in events:
        key = (e["action"], e["person"], e["post"])
        if key in left:
            left.remove(key)
            hits += 1
    return hits


def events_of(parsed_json: dict) -> list[dict]:
    return [e for n in parsed_json["notices"] for e in n["events"]]


def make_two_column_pdf(path: Path, lines: list[str] | None = None, *, size: float = 8.0) -> Path:
    """An A4 gazette set in two columns, as printed 公报 are: the text's paragraphs set as
    running text in the column's width (broken anywhere, as a typesetter breaks Chinese), down
    the left column, then the right, a running head and a page number across the page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    width, height = A4
    column, gap, margin = 225.0, 45.0, 50.0
    paragraphs: list[str] = []
    joined = ""
    for line in lines if lines is not None else SEED_LINES:
        joined += line.strip()
        if joined and (not line.strip() or joined.endswith(("；", "。", "：", "）", "日", "号"))):
            paragraphs.append(joined)  # a paragraph ends where its sentence does: set as running text
            joined = ""
    paragraphs += [joined] if joined else []
    wrapped: list[str] = []
    for text in paragraphs:
        while text:
            cut = len(text)
            while pdfmetrics.stringWidth(text[:cut], font, size) > column:
                cut -= 1
            if 0 < len(text) - cut < 2:
                cut -= 1  # no line of one character (a typesetter avoids it, and PDFium may drop a lone glyph)
            wrapped.append(text[:cut])
            text = text[cut:]
    per_column = int((height - 140) // (size * 1.6))
    pdf = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    for page, start in enumerate(range(0, len(wrapped), 2 * per_column), start=1):
        pdf.setFont(font, 7)
        pdf.drawCentredString(width / 2, height - 45, HEADS[page % 2])
        pdf.drawCentredString(width / 2, 40, f"— {page} —")
        pdf.setFont(font, size)
        for n, text in enumerate(wrapped[start : start + 2 * per_column]):
            x = margin if n < per_column else margin + column + gap
            y = height - 80 - (n % per_column) * size * 1.6
            pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    return path
