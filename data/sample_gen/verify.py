import csv, gzip, re, sys, collections
from pathlib import Path
import ftfy
from langdetect import detect, DetectorFactory
DetectorFactory.seed = 0
S = Path(__file__).resolve().parents[1] / "sample"
rows = list(csv.DictReader(open(S/"MANIFEST.csv", encoding="utf-8")))
files = sorted(str(p.relative_to(S)) for p in S.rglob("*") if p.is_file() and p.name != "MANIFEST.csv")
assert sorted(r["path"] for r in rows) == files, set(files) ^ {r["path"] for r in rows}
CYR = "\u0400-\u04ff"
det = {
 "mojibake-cp1252": lambda t: re.search(r"â€|Ã[\u0080-\u00bf]|Â°", t),
 "mojibake-cp1251": lambda t: re.search(r"Р[’‚ЃЎ°ґ—]|С[–ЊЏ‚ѓ]|Рѕ|Рµ|Р°", t),
 "mojibake-double": lambda t: re.search(r"Ã¢â‚¬|Ãƒ", t),
 "zwsp": lambda t: "\u200b" in t, "nbsp": lambda t: "\u00a0" in t and "Ã\u00a0" not in t or t.count("\u00a0")>1,
 "soft-hyphen": lambda t: "\u00ad" in t, "crlf": lambda t: "\r\n" in t,
 "homoglyph": lambda t: re.search(rf"(?=\w*[A-Za-z])(?=\w*[{CYR}])\b\w+\b", t) and any(
     re.search(r"[A-Za-z]", w) and re.search(rf"[{CYR}]", w) and not re.search(r"[’‚ЃЎ°ґ—–ЊЏ]", w)
     for w in re.findall(r"\S+", t)),
 "double-space": lambda t: re.search(r"\S  \S", t),
 "space-before-punct": lambda t: re.search(r"\w [,.:;]( |$)", t, re.M),
 "glued-sentence": lambda t: re.search(r"[a-z]\.[A-Z][a-z]", t),
 "glued-number": lambda t: re.search(r"\b(?:in|by|at|of)\d|\d(?:million|tons|spectators|metres)\b", t),
 "glued-byline": lambda t: re.search(r"[a-z]\d{2}[:.]\d{2}", t),
 "mixed-quotes": lambda t: re.search(r"“[^”»\n]*»|«[^»“\n]*”", t),
 "caption": lambda t: re.search(r"^(\((Photo|Above|Pictured)|Pictured:|Photo credit:|Image: )", t, re.M),
 "source-line": lambda t: re.search(r"^(Source|Original|Read the original at|Translated from|Источник|Джерело|来源|Quelle|Fuente)\b", t, re.M),
 "dup-headline": lambda t: (lambda ls: len(ls)>1 and (ls[1]==ls[0] or ls[1]==ls[0].lower() or ls[1]==re.sub(r"[^a-z0-9]+","-",ls[0].lower()).strip("-")))([l for l in t.splitlines() if l.strip()]),
}
counts = collections.Counter(); problems = []
for r in rows:
    p = S/r["path"]; raw = p.read_bytes()
    if r["language"].startswith("reject") or r["path"].startswith("bad/"):
        continue
    t = gzip.decompress(raw).decode("utf-8") if p.suffix == ".gz" else raw.decode("utf-8")
    tags = r["expected"].split("; ")
    kinds = {x.split(":")[0] for x in tags}
    for k, f in det.items():
        hit = bool(f(t))
        if hit != (k in kinds):
            problems.append(f"{r['path']}: {k} detected={hit} declared={k in kinds}")
    for x in kinds: counts[x] += 1
    lines = [l for l in t.splitlines() if l.strip()]
    if lines[0] != r["title"]: problems.append(f"{r['path']}: title mismatch")
    if r["author"] and r["author"] not in t: problems.append(f"{r['path']}: author missing")
    if r["source_domain"] and r["source_domain"] not in t: problems.append(f"{r['path']}: domain missing")
    words = len(t.split()) if r["language"] != "zh" else len(re.findall(r"[\u4e00-\u9fff]", t))
    lang = detect(ftfy.fix_text(t)); 
    fixed = ftfy.fix_text(t)
    moj_left = bool(det["mojibake-cp1252"](fixed) or det["mojibake-cp1251"](fixed))
    print(f"{r['path']:50s} {r['language']} det={lang} words={words} ftfy_leaves_mojibake={moj_left}")
print("\n".join(problems) or "no problems")
print(sorted(counts.items()))
