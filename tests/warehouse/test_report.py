"""`newsetl report`: one self-contained HTML file with SVG charts."""

from __future__ import annotations

from html.parser import HTMLParser

from flows.cli import main
from warehouse.charts import bar_chart, stacked_columns


class _Tags(HTMLParser):
    VOID = {"meta", "br", "img", "hr", "input", "link", "rect", "line"}

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.seen: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.seen.append(tag)
        self.attrs += attrs
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.seen.append(tag)
        self.attrs += attrs

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-3:])
        self.stack.pop()


def test_report_is_self_contained_with_the_charts(sample_warehouse, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", "--db", str(sample_warehouse), "--out", str(out)]) == 0
    html = out.read_text("utf-8")
    parser = _Tags()
    parser.feed(html)
    assert parser.stack == []  # every tag closed, properly nested
    assert parser.seen.count("svg") == 5
    for heading in ("Articles per month by outlet", "Language mix", "Artefacts by kind",
                    "Top entities", "Mentioned together", "Latest runs"):
        assert f"<h2>{heading}</h2>" in html
    # nothing is fetched: no scripts, no external files, no URLs
    assert "script" not in parser.seen and "link" not in parser.seen
    assert not any(k in ("src", "href") for k, _ in parser.attrs)
    assert "http://" not in html and "https://" not in html and "url(" not in html
    assert "Kyiv" in html and "en (" in html


def test_charts_escape_labels_and_scale_bars():
    svg = bar_chart([("<b>&", 10), ("half", 5)], title="t")
    assert "&lt;b&gt;&amp;" in svg and "<b>" not in svg
    widths = [float(p.split('"')[0]) for p in svg.split('width="')[2:]]
    assert widths[0] == 2 * widths[1]
    cols = stacked_columns(["2024-01", "2024-02"], [("a", [1, 0]), ("b", [2, 3])], title="m")
    assert cols.count("<rect") == 3 + 2  # three non-zero segments + two legend keys
