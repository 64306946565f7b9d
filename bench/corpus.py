"""A deterministic synthetic news corpus for benchmarks: N dirty articles of ~4 KB each.

Articles are assembled from the sentences of the invented sample articles
(data/sample_gen/) — shuffled, recombined, with numbers, names and places varied — under
generated titles, bylines and datelines in each outlet's house style, and then dirtied with
the artefacts newsetl cleans: mojibake, Cyrillic homoglyphs, zero-width spaces,
non-breaking and soft hyphens, doubled spaces and spaces before punctuation, captions,
source lines, outlet footers (learned as boilerplate), CRLF line ends, a few gzipped files,
a few bad files (empty, binary) and a few copies of the same content at two paths.

File ``i`` depends only on (seed, i), so the first 10,000 files of a 100,000-file corpus
are the 10,000-file corpus::

    python -m bench.corpus OUT_DIR --n 10000
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE_GEN = REPO / "data" / "sample_gen"

FIRST = ["Anna", "Marco", "Olena", "Pierre", "Sarah", "Dmitry", "Li", "Katarzyna", "Hans",
         "Lucia", "Tomasz", "Ingrid", "Yusuf", "Elena", "James", "Mariam", "Paolo", "Nadia",
         "Oliver", "Chen", "Irina", "Jakub", "Sofia", "Andrei", "Helen", "Mateo", "Ewa"]
LAST = ["Kovalenko", "Rossi", "Dubois", "Lindqvist", "Volkov", "Wei", "Nowak", "Becker",
        "Moretti", "Hrytsenko", "Marsh", "Petrova", "Garcia", "Schneider", "Novak", "Ivanova",
        "Bianchi", "Laurent", "Fischer", "Kowalski", "Sokolova", "Hayes", "Romano", "Zhang"]
PLACES = ["Kharkiv", "Odesa", "Vienna", "Geneva", "Lyon", "Naples", "Gdansk", "Leipzig",
          "Valencia", "Porto", "Tallinn", "Riga", "Bratislava", "Ljubljana", "Turin",
          "Bordeaux", "Krakow", "Hamburg", "Seville", "Bergen", "Malmo", "Graz", "Brno"]
SUBJECTS = ["Council", "Ministers", "Regulators", "Farmers", "Engineers", "Unions",
            "Researchers", "Residents", "Officials", "Investors", "Doctors", "Teachers",
            "Rescuers", "Lawmakers", "Exporters", "Prosecutors", "Airlines", "Retailers"]
VERBS = ["Approve", "Reject", "Debate", "Delay", "Expand", "Review", "Suspend", "Back",
         "Question", "Welcome", "Criticise", "Fund", "Restore", "Launch", "Extend"]
OBJECTS = ["Water Budget", "Grain Corridor", "Bridge Repairs", "Energy Tariffs",
           "Rail Tender", "Flood Defences", "Hospital Plan", "Port Expansion",
           "School Reform", "Wind Farm", "Tax Relief", "Housing Scheme", "Air Policing",
           "Museum Reopening", "Fishing Quotas", "Metro Line", "Data Rules"]

# Per outlet: language mix, byline and dateline style, footer, line ends, source domain.
OUTLETS = [
    dict(name="meridian-herald", langs={"en": 1.0}, byline="By {a}", date="{d} {mon} {y}",
         footer=["Share this article", "Subscribe to our newsletter for the day's top "
                 "stories"], crlf=0.0, domain="meridian-herald.example.com"),
    dict(name="kyiv-daily", langs={"en": 0.8, "uk": 0.2}, byline="{a}{hh}:{mm}, {dd}.{mm_}.{yy}",
         date=None, footer=["Follow us on Telegram and never miss the news of the day",
                            "Back To Top"], crlf=0.0, domain="kyivdaily-example.com.ua"),
    dict(name="novosti-digest", langs={"en": 0.7, "ru": 0.3}, byline="{a}{dd}.{mm_}.{y} {hh}:{mm}",
         date=None, footer=["The views expressed in this publication are those of the author "
                            "and do not necessarily reflect the position of the editorial "
                            "board.", "Leave a Reply"], crlf=0.3,
         domain="novosti-example.ru"),
    dict(name="berlin-bote", langs={"en": 0.7, "de": 0.3}, byline="By {a}",
         date="{mon} {d}, {y}", footer=["Comments are closed.", "Never miss a story: sign "
                                        "up for the Berlin Bote morning briefing."],
         crlf=0.0, domain="berlinbote-example.de"),
    dict(name="paris-depeches", langs={"en": 0.7, "fr": 0.3}, byline="By {a}",
         date="Published {dd}/{mm_}/{y}", footer=["All rights reserved. Any reproduction, "
                                                  "even partial, is prohibited without "
                                                  "written permission."], crlf=0.5,
         domain="parisdepeches-example.fr"),
    dict(name="roma-notizie", langs={"en": 0.7, "it": 0.3}, byline="By {a}",
         date="{d} {mon} {y}", footer=["Share this article"], crlf=0.0,
         domain="romanotizie-example.it"),
    dict(name="toutiao-relay", langs={"en": 0.8, "zh": 0.2}, byline="Author: {a}",
         date="{y}-{mm_}-{dd}", footer=["We use cookies to give you the best experience on "
                                        "our website. By continuing to browse, you agree "
                                        "to our use of cookies. Accept"], crlf=0.0,
         domain="toutiao-example.cn"),
    dict(name="iberia-wire", langs={"en": 0.6, "es": 0.2, "pl": 0.2}, byline="By {a}",
         date="{mon} {d}, {y}", footer=["(c) Northline Wire Service. All rights reserved."],
         crlf=0.0, domain="iberiawire-example.es"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
HOMOGLYPHS = {"A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d",
              "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422",
              "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440"}
MARKUP = re.compile(r"</?m[12r]>")
SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|(?<=。)")


def _strip_markup(text: str) -> str:
    text = MARKUP.sub("", text)
    text = re.sub(r"~(.)", r"\1", text)
    return text.replace("{zw}", "").replace("{nb}", " ").replace("{sh}", "")


@lru_cache(maxsize=1)
def sentence_pools() -> dict[str, list[str]]:
    """Body sentences of the sample articles, by language."""
    sys.path.insert(0, str(SAMPLE_GEN))
    try:
        from articles_en import ARTICLES
        from articles_native import NATIVE
    finally:
        sys.path.remove(str(SAMPLE_GEN))
    pools: dict[str, set[str]] = {}
    for art in ARTICLES + NATIVE:
        for para in _strip_markup(art["text"]).split("\n\n"):
            para = " ".join(para.split())
            if len(para.encode("utf-8")) < 160:  # titles, bylines, datelines, captions…
                continue
            for s in SENTENCE_END.split(para):
                s = s.strip()
                if len(s.encode("utf-8")) >= 30:
                    pools.setdefault(art["language"], set()).add(s)
    return {lang: sorted(s) for lang, s in pools.items()}


def _vary(sentence: str, rng: random.Random) -> str:
    """Change the numbers, and sometimes a place, so recombined sentences stay distinct."""
    sentence = re.sub(r"\d+", lambda m: str(rng.randint(2, 999)), sentence)
    if rng.random() < 0.3:
        sentence = re.sub(r"\b(?:Kyiv|Kharkiv|Vienna|Geneva|Rome|Paris|Berlin)\b",
                          lambda m: rng.choice(PLACES), sentence)
    return sentence


def _dirty_sentence(s: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.04:  # mojibake: UTF-8 read as cp1252 (quotes, dashes, accents)
        s = s.replace(" ", " \u201c", 1) + "\u201d"
        return s.encode("utf-8").decode("cp1252", errors="replace")
    if r < 0.08:  # a Cyrillic homoglyph inside a Latin word
        idx = [i for i, ch in enumerate(s) if ch in HOMOGLYPHS]
        if idx:
            i = rng.choice(idx)
            return s[:i] + HOMOGLYPHS[s[i]] + s[i + 1:]
    if r < 0.11:
        return s.replace(" ", " \u200b", 1)
    if r < 0.14:
        return s.replace(" ", "\u00a0", 1)
    if r < 0.17:
        return s.replace(",", " ,", 1).replace(".", " .", 1) if "," in s else s + " "
    if r < 0.20:
        return s.replace(" ", "  ", 2)
    if r < 0.22:
        words = s.split(" ")
        if len(words) > 4:
            j = rng.randrange(1, len(words) - 1)
            w = words[j]
            if len(w) > 7:
                words[j] = w[:4] + "\u00ad" + w[4:]
            return " ".join(words)
    return s


def _date_fields(rng: random.Random) -> dict[str, str]:
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return dict(y=str(y), yy=f"{y % 100:02d}", mon=MONTHS[m - 1], d=str(d), dd=f"{d:02d}",
                mm_=f"{m:02d}", hh=f"{rng.randint(6, 22):02d}", mm=f"{rng.randint(0, 59):02d}")


def _title(lang: str, pool: list[str], rng: random.Random) -> str:
    if lang == "en":
        return (f"{rng.choice(SUBJECTS)} in {rng.choice(PLACES)} {rng.choice(VERBS)} "
                f"{rng.choice(OBJECTS)} After {rng.randint(2, 40)} "
                f"{rng.choice(['Days', 'Weeks', 'Months', 'Hours'])} of Talks")
    if lang == "zh":
        return rng.choice(pool)[: rng.randint(12, 24)].rstrip("，。") + str(rng.randint(2, 99))
    words = rng.choice(pool).rstrip(".!?").split()[: rng.randint(6, 10)]
    return " ".join(words).rstrip(",:;") + f" ({rng.choice(PLACES)})"


def article(i: int, seed: int = 7) -> tuple[str, bytes]:
    """(relative path, file bytes) of article ``i``."""
    rng = random.Random(seed * 1_000_003 + i)
    outlet = OUTLETS[i % len(OUTLETS)]
    r = rng.random()
    slug = f"{i:07d}"
    if r < 0.0015:
        return f"{outlet['name']}/{slug}-empty.txt", b" \n\t\n" if rng.random() < 0.5 else b""
    if r < 0.003:
        data = bytes(rng.randrange(256) for _ in range(2048))
        return f"{outlet['name']}/{slug}-binary.txt", b"\x89PNG\r\n\x1a\n" + data
    pools = sentence_pools()
    lang = rng.choices(list(outlet["langs"]), weights=list(outlet["langs"].values()))[0]
    pool = pools[lang]
    f = _date_fields(rng)
    author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    lines = [_title(lang, pool, rng), ""]
    lines += [outlet["byline"].format(a=author, **f), ""]
    if outlet["date"]:
        lines += [outlet["date"].format(**f), ""]
    if rng.random() < 0.25:
        lines += [f"(Photo: {rng.choice(SUBJECTS).lower()} in {rng.choice(PLACES)})", ""]
    target = rng.randint(3400, 4600)
    size = sum(len(x) + 1 for x in lines)
    sep = "" if lang == "zh" else " "
    while size < target:
        para = sep.join(_dirty_sentence(_vary(rng.choice(pool), rng), rng)
                        for _ in range(rng.randint(2, 5)))
        lines += [para, ""]
        size += len(para.encode("utf-8")) + 2
    if rng.random() < 0.5:
        lines += [f"Source: https://{outlet['domain']}/{f['y']}/{f['mm_']}/{slug}/", ""]
    for footer in outlet["footer"]:
        lines += [footer, ""]
    text = "\n".join(lines)
    if rng.random() < outlet["crlf"]:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if rng.random() < 0.01:
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
            gz.write(data)
        return f"{outlet['name']}/{slug}.txt.gz", buf.getvalue()
    return f"{outlet['name']}/{slug}.txt", data


def generate(out: str | os.PathLike, n: int, seed: int = 7, start: int = 0) -> int:
    """Write articles ``start..n-1`` under ``out``; every 200th is also copied to dup/."""
    out = Path(out)
    total = 0
    for i in range(start, n):
        rel, data = article(i, seed)
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        total += len(data)
        if i % 200 == 199:  # the same content at a second path: one document, two sources
            d = out / "dup" / Path(rel).name
            d.parent.mkdir(parents=True, exist_ok=True)
            d.write_bytes(data)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    total = generate(args.out, args.n, args.seed)
    print(f"{args.n} articles, {total / 1e6:.1f} MB under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
