"""Generate data/sample (invented sample corpus + MANIFEST.csv): python data/sample_gen/gen.py"""
import csv
import gzip
import io
import re
import shutil
import struct
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from articles_en import ARTICLES, GZ_ARTICLE  # noqa: E402
from articles_native import NATIVE  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "sample"

HOMO = {"A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d",
        "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422",
        "X": "\u0425", "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e",
        "p": "\u0440", "x": "\u0445", "y": "\u0443", "i": "\u0456"}


def mis_decode(s: str, codec: str) -> str:
    """UTF-8 bytes of s read as `codec`; bytes undefined in codec fall back to latin-1."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def render(text: str) -> str:
    text = re.sub(r"<m2>(.*?)</m2>", lambda m: mis_decode(mis_decode(m.group(1), "cp1252"), "cp1252"),
                  text, flags=re.S)
    text = re.sub(r"<m1>(.*?)</m1>", lambda m: mis_decode(m.group(1), "cp1252"), text, flags=re.S)
    text = re.sub(r"<mr>(.*?)</mr>", lambda m: mis_decode(m.group(1), "cp1251"), text, flags=re.S)
    text = re.sub(r"~(.)", lambda m: HOMO[m.group(1)], text)
    text = text.replace("{zw}", "\u200b").replace("{nb}", "\u00a0").replace("{sh}", "\u00ad")
    assert "<m" not in text and "{" not in text and "~" not in text, text[:80]
    return text


def png_bytes() -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


RU_CP1251 = """Синоптики предупредили о сильных морозах в Центральной России

05.01.2024 07:30

В ближайшие выходные температура воздуха в столице и области опустится до минус двадцати пяти градусов, сообщили в региональном гидрометцентре. Ночью в низинах возможно понижение до минус тридцати. Коммунальные службы переведены на усиленный режим работы, а жителям рекомендуют без необходимости не выходить на улицу надолго и проверить отопление в загородных домах. По словам синоптиков, потепление ожидается не раньше середины следующей недели.
"""

FR_LATIN1 = """Les vendanges commencent tôt en Bourgogne

Par Julie Mercier
Publié le 28/08/2023

Les vignerons de la côte ont commencé la récolte avec près de deux semaines d'avance sur le calendrier habituel. La chaleur de l'été a accéléré la maturation des raisins, et les premiers résultats sont jugés très prometteurs. « La qualité est là, mais les volumes resteront modestes à cause de la grêle de juin », explique un viticulteur du village. Les caves coopératives prévoient de recruter davantage de saisonniers pour terminer à temps.
"""

EN_UTF16 = """Coastal Town Votes to Ban Cars From Historic Centre

By Helen Marsh
September 9, 2023

Residents of a small coastal town have voted to close the historic centre to private cars from next spring. In a local referendum, 61 percent backed the plan, which will turn the harbour front and the main square into pedestrian zones. Delivery vans will be allowed in before ten in the morning, and residents with reduced mobility will receive permits. Shop owners were divided: some fear losing customers, while others expect more visitors on foot.
"""

NUL_TEXT = ("Quarterly figures draft\x00\x00\x00 do not circulate\x00\r\n"
            "Revenue\x00\x00\x0012\x00\x00\x00\x07\x00\x00\x00\x00 rose \x00\x00 compared\x00"
            "\x00\x00\x00\x1b[0m\x00\x00 with the \x00\x00\x00\x00previous\x00\x00 quarter\x00\x00\x00\x00\x00\n")

BAD = [
    dict(path="bad/empty.txt", data=b"", language="reject:empty", title="", author="",
         published_at="", source_domain="", tags=["bad-file", "0 bytes"]),
    dict(path="bad/whitespace_only.txt", data=b"  \t\n\n   \r\n\t \n    \n", language="reject:empty",
         title="", author="", published_at="", source_domain="",
         tags=["bad-file", "only spaces/tabs/newlines"]),
    dict(path="bad/binary_png.txt", data=png_bytes() + bytes(range(0, 256, 7)),
         language="reject:binary", title="", author="", published_at="", source_domain="",
         tags=["bad-file", "valid 2x2 PNG + trailing bytes under a .txt name"]),
    dict(path="bad/russian_cp1251.txt", data=RU_CP1251.encode("cp1251"), language="ru",
         title="Синоптики предупредили о сильных морозах в Центральной России", author="",
         published_at="2024-01-05 07:30", source_domain="",
         tags=["encoding:cp1251 (decode, do not reject)", "no-author", "dateline:DD.MM.YYYY HH:MM"]),
    dict(path="bad/latin1_french.txt", data=FR_LATIN1.encode("latin-1"), language="fr",
         title="Les vendanges commencent tôt en Bourgogne", author="Julie Mercier",
         published_at="2023-08-28", source_domain="",
         tags=["encoding:latin-1 (decode, do not reject)", "byline:Par",
               "dateline:Publié le DD/MM/YYYY", "french-quotes-kept"]),
    dict(path="bad/utf16_bom.txt", data=EN_UTF16.encode("utf-16"), language="en",
         title="Coastal Town Votes to Ban Cars From Historic Centre", author="Helen Marsh",
         published_at="2023-09-09", source_domain="",
         tags=["encoding:UTF-16 LE with BOM (decode, do not reject)", "byline:By",
               "dateline:Month D, YYYY"]),
    dict(path="bad/nul_bytes.txt", data=NUL_TEXT.encode("ascii"), language="reject:binary",
         title="", author="", published_at="", source_domain="",
         tags=["bad-file", "text fragments with many NUL and control bytes"]),
]


def main():
    assert EN_UTF16.encode("utf-16")[:2] == b"\xff\xfe"
    if OUT.exists():
        for p in OUT.iterdir():
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for a in ARTICLES + NATIVE:
        text = render(a["text"])
        if a["crlf"]:
            text = text.replace("\n", "\r\n")
        p = OUT / a["path"]
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(text.encode("utf-8"))
        rows.append(a)
    g = GZ_ARTICLE
    p = OUT / g["path"]
    p.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="compressed-story.txt") as fh:
        fh.write(render(g["text"]).encode("utf-8"))
    p.write_bytes(buf.getvalue())
    rows.append(g)
    for b in BAD:
        p = OUT / b["path"]
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b["data"])
        rows.append(b)
    rows.sort(key=lambda r: r["path"])
    with open(OUT / "MANIFEST.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["path", "language", "title", "author", "published_at", "source_domain",
                    "expected"])
        for r in rows:
            w.writerow([r["path"], r["language"], r["title"], r["author"], r["published_at"],
                        r["source_domain"], "; ".join(r["tags"])])
    print(len(rows), "manifest rows")


if __name__ == "__main__":
    main()
