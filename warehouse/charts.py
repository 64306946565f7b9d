"""Small inline-SVG charts for the HTML report: no JavaScript, no fonts or files fetched.

>>> svg = bar_chart([("en", 28), ("fr", 2)], title="Articles by language")
>>> svg.startswith("<svg") and "Articles by language" in svg and svg.count("<rect") == 2
True
"""

from __future__ import annotations

from html import escape

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#bab0ac")
FONT = "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:12px"


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def bar_chart(items: list[tuple[str, float]], *, title: str, width: int = 640,
              bar_height: int = 18, color: str = PALETTE[0], label_width: int = 220) -> str:
    """Horizontal bars, one per (label, value), in the order given."""
    gap = 6
    top = 8
    height = top + len(items) * (bar_height + gap) + 4
    vmax = max((v for _, v in items), default=0) or 1
    plot = width - label_width - 60
    parts = [_open(width, height, title)]
    for i, (label, value) in enumerate(items):
        y = top + i * (bar_height + gap)
        w = max(1.0, plot * value / vmax) if value else 0.0
        fits = label_width // 7  # characters at 12px
        short = label if len(label) <= fits else label[:fits - 1] + "…"
        parts += [
            f'<text x="{label_width - 6}" y="{y + bar_height - 5}" text-anchor="end">'
            f"{escape(short)}</text>",
            f'<rect x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_height}" '
            f'fill="{color}"><title>{escape(label)}: {_fmt(value)}</title></rect>',
            f'<text x="{label_width + w + 4:.1f}" y="{y + bar_height - 5}">{_fmt(value)}</text>',
        ]
    parts.append("</svg>")
    return "\n".join(parts)


def stacked_columns(categories: list[str], series: list[tuple[str, list[float]]], *,
                    title: str, width: int = 760, height: int = 280) -> str:
    """Vertical columns per category, stacked by series, with a legend underneath."""
    left, right, top, bottom = 40, 10, 10, 70
    legend_rows = (len(series) + 3) // 4
    total_h = height + legend_rows * 18
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(s[1][i] for s in series) for i in range(len(categories))]
    vmax = max(totals, default=0) or 1
    step = plot_w / max(1, len(categories))
    col_w = max(2.0, step * 0.8)
    parts = [_open(width, total_h, title)]
    for frac in (0.0, 0.5, 1.0):  # gridlines with values
        y = top + plot_h * (1 - frac)
        parts += [f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
                  'stroke="#ddd"/>',
                  f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">'
                  f"{_fmt(round(vmax * frac, 1))}</text>"]
    label_every = max(1, round(len(categories) / 16))
    for i, cat in enumerate(categories):
        x = left + i * step + (step - col_w) / 2
        y = top + plot_h
        for k, (name, values) in enumerate(series):
            v = values[i]
            if not v:
                continue
            h = plot_h * v / vmax
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{col_w:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(cat)} · '
                         f"{escape(name)}: {_fmt(v)}</title></rect>")
        if i % label_every == 0:
            cx, cy = x + col_w / 2, top + plot_h + 8
            parts.append(f'<text x="{cx:.1f}" y="{cy:.1f}" text-anchor="end" '
                         f'transform="rotate(-60 {cx:.1f} {cy:.1f})">{escape(cat)}</text>')
    for k, (name, _) in enumerate(series):
        lx, ly = left + (k % 4) * (plot_w / 4), height + (k // 4) * 18
        parts += [f'<rect x="{lx:.1f}" y="{ly - 10}" width="10" height="10" '
                  f'fill="{PALETTE[k % len(PALETTE)]}"/>',
                  f'<text x="{lx + 14:.1f}" y="{ly}">{escape(name)}</text>']
    parts.append("</svg>")
    return "\n".join(parts)


def _open(width: int, height: int, title: str) -> str:
    return (f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'role="img" aria-label="{escape(title)}" style="{FONT}">'
            f"<title>{escape(title)}</title>")
