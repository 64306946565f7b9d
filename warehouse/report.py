"""A self-contained HTML report of the published warehouse (inline SVG, no scripts).

Articles per month by outlet, language mix, artefacts by kind, top entities and the
entities most often mentioned together — each chart drawn from an analyst view, so the
report shows what the SQL shows.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from html import escape
from pathlib import Path

import duckdb

from warehouse.charts import PALETTE, bar_chart, stacked_columns
from warehouse.connection import connect_read

MAX_SOURCES = 9  # more outlets than colours: the rest are drawn as "other"
TOP = 15

CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;
     max-width:60rem;color:#222;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.15rem;margin-top:2.2rem}
.meta{color:#666} .note{color:#666;font-size:.9rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1.2rem 0}
.card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:7rem}
.card b{display:block;font-size:1.4rem}
table{border-collapse:collapse;font-size:.9rem} td,th{border-bottom:1px solid #eee;
     padding:.25rem .6rem;text-align:left} td.n{text-align:right}
svg{max-width:100%;height:auto}
"""


def build_report(con: duckdb.DuckDBPyConnection, *, title: str = "newsetl warehouse") -> str:
    """The report as one HTML string."""
    q = _Query(con)
    stats = q.one("""
        SELECT count(*) AS articles, count(DISTINCT source) AS sources,
               count(DISTINCT language) AS languages,
               count(*) FILTER (WHERE is_translated) AS translated,
               min(published_at)::DATE AS first_day, max(published_at)::DATE AS last_day
        FROM v_articles""")
    runs = q.all("SELECT run_id, status, finished_at, files_seen, files_loaded, "
                 "files_rejected, documents_total FROM runs ORDER BY run_id DESC LIMIT 5")
    rejects = q.one("SELECT count(*) FROM rejects")[0]
    sections = [
        ("Articles per month by outlet", _articles_by_month(q),
         "Undated articles are left out of this chart: {} of them.".format(
             q.one("SELECT count(*) FROM v_articles WHERE published_at IS NULL")[0])),
        ("Language mix", bar_chart(
            [(f"{lang} ({tr} translated)" if tr else lang, n) for lang, n, tr in q.all(
                "SELECT language, sum(articles), sum(translated) FROM v_language_mix "
                "GROUP BY language ORDER BY 2 DESC, 1")],
            title="Current articles by language", color=PALETTE[1]),
         "Language of the text as loaded; 'und' means the detector was unsure."),
        ("Artefacts by kind", bar_chart(
            q.all("SELECT kind, sum(artefacts) FROM v_artefacts_by_source "
                  "GROUP BY kind ORDER BY 2 DESC, 1"),
            title="Changes cleaning made, by kind", color=PALETTE[2]),
         "Every change is in the artefacts table; replaying them over raw_text gives "
         "clean_text."),
        ("Top entities", bar_chart(
            [(f"{name} ({etype})", n) for name, etype, n in q.all(
                "SELECT canonical_name, entity_type, sum(mentions) FROM v_mentions_by_month "
                f"GROUP BY ALL ORDER BY 3 DESC, 1 LIMIT {TOP}")],
            title="Mentions in current articles", color=PALETTE[4]),
         "Spelling variants (Kiev/Kyiv) are merged into one entity."),
        ("Mentioned together", bar_chart(
            [(f"{a} + {b}", n) for a, b, n in q.all(
                "SELECT entity_a_name, entity_b_name, articles FROM v_cooccurrence "
                f"ORDER BY articles DESC, 1, 2 LIMIT {TOP}")],
            title="Articles mentioning both entities", color=PALETTE[6], label_width=300),
         "Pairs of entities named in the same article."),
    ]
    cards = [("articles", stats[0]), ("outlets", stats[1]), ("languages", stats[2]),
             ("translated", stats[3]), ("rejected files", rejects)]
    span = f"published {stats[4]} to {stats[5]}" if stats[4] else "no dated articles"
    html = [
        "<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{escape(title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">Current articles, {escape(span)} · report made '
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC</p>",
        '<div class="cards">' + "".join(f"<div class=card><b>{v:,}</b>{escape(k)}</div>"
                                        for k, v in cards) + "</div>",
    ]
    for heading, svg, note in sections:
        html += [f"<h2>{escape(heading)}</h2>", svg, f'<p class="note">{escape(note)}</p>']
    html += ["<h2>Latest runs</h2>", _table(
        ["run", "status", "finished", "files seen", "loaded", "rejected", "documents"], runs)]
    html += ["</body>", "</html>"]
    return "\n".join(html) + "\n"


def write_report(db: str | os.PathLike, out: str | os.PathLike) -> Path:
    """Write the report for warehouse ``db`` to ``out`` (atomically); returns the path."""
    con = connect_read(db)
    try:
        html = build_report(con, title=f"newsetl warehouse: {Path(db).name}")
    finally:
        con.close()
    path = Path(out)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(html, "utf-8")
    os.replace(tmp, path)
    return path


def _articles_by_month(q: _Query) -> str:
    rows = q.all("SELECT source, month, articles FROM v_articles_by_month "
                 "WHERE month IS NOT NULL")
    if not rows:
        return "<p>No dated articles yet.</p>"
    totals: dict[str, int] = {}
    for source, _, n in rows:
        totals[source] = totals.get(source, 0) + n
    ranked = sorted(totals, key=lambda s: (-totals[s], s))
    keep = ranked if len(ranked) <= MAX_SOURCES + 1 else ranked[:MAX_SOURCES]
    names = keep + (["other"] if len(keep) < len(ranked) else [])
    months = _month_range(min(r[1] for r in rows), max(r[1] for r in rows))
    index = {m: i for i, m in enumerate(months)}
    values = {n: [0.0] * len(months) for n in names}
    for source, month, n in rows:
        values[source if source in keep else "other"][index[month]] += n
    return stacked_columns([m.strftime("%Y-%m") for m in months],
                           [(n, values[n]) for n in names], title="Articles per month")


def _month_range(first: date, last: date) -> list[date]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _table(columns: list[str], rows: list[tuple]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(
            f'<td class="n">{v:,}</td>' if isinstance(v, int) else
            f"<td>{escape('' if v is None else str(v)[:19])}</td>" for v in r) + "</tr>"
        for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


class _Query:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def one(self, sql: str) -> tuple:
        return self.con.execute(sql).fetchone()

    def all(self, sql: str) -> list[tuple]:
        return self.con.execute(sql).fetchall()
