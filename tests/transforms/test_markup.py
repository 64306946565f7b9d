"""transforms/markup.py: web pages saved as .txt lose their markup; plain text never changes."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.markup import looks_like_html, strip_markup
from transforms.textedit import EditLog, replay


def stripped(text: str) -> str:
    log = EditLog(text)
    log.apply(strip_markup(log.text))
    assert replay(text, log.rows) == log.text
    assert {r.kind for r in log.rows} <= {"markup"}
    return log.text


IN_THE_WILD = [
    ("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ferry Service Resumes</title>
<link rel="stylesheet" href="/s.css"><script async src="/t.js"></script>
<script>window.dataLayer = []; if (a < b && c > d) { x = "</p>"; }</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<article>
  <h1>Ferry Service Resumes</h1>
  <p class="lede">The island ferry resumed on Monday,
     three days after the storm.</p>
  <p>Fares rise 5&nbsp;% &amp; timetables change &#8212; again.</p>
</article>
<!-- begin ad --><div class="ad"><iframe src="x"></iframe></div><!-- end ad -->
</body></html>""",
     "Ferry Service Resumes\n\nHome\nNews\n\nFerry Service Resumes\n\n"
     "The island ferry resumed on Monday, three days after the storm.\n\n"
     "Fares rise 5\u00a0% & timetables change \u2014 again."),
    ("<p>First paragraph.</p><p>Second <b>bold</b> and <i>italic</i>.</p><p>Third.</p>"
     "<p>Fourth.</p>",
     "First paragraph.\n\nSecond bold and italic.\n\nThird.\n\nFourth."),
    ("<html><body>Line one<br>line two<br/><br/>new paragraph</body></html>",
     "Line one\nline two\n\nnew paragraph"),
    ("<html><body><pre>  keep   this\n    layout</pre><p>then   text</p></body></html>",
     "  keep   this\n    layout\n\nthen text"),
    ("<html><body><table><tr><td>Kyiv</td><td>12</td></tr><tr><td>Lviv</td><td>9</td></tr>"
     "</table></body></html>", "Kyiv 12\nLviv 9"),
    ("<HTML><BODY><P>Upper-case tags.</P><P ALIGN=center>Still tags.</P></BODY></HTML>",
     "Upper-case tags.\n\nStill tags."),
    ("<html><body><p>Unclosed comment <!-- runs to the end <p>gone</p>",
     "Unclosed comment"),
    ("<html><body><p title=\"a > b\">Quoted &gt; in an attribute.</p></body></html>",
     "Quoted > in an attribute."),
]


@pytest.mark.parametrize("html, text", IN_THE_WILD)
def test_in_the_wild(html, text):
    assert stripped(html) == text


NEGATIVE = [
    "Shares rose 3% as the index closed above 5000 (up from < 4900).",
    "He wrote <b> on the board and left.",
    "Contact: Ann Lee <ann.lee@example.com>",
    "x < y > z and <<quoted>> text",
    "ceasefire",
    "peacekeeping",
    "Синоптики предупредили о сильных морозах.",
    "« Il a dit <non> », selon le maire.",
    "Tom &amp; Jerry is the show's name; & stays &.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative_plain_text_is_left_alone(text):
    assert not looks_like_html(text)
    assert strip_markup(text) == []


SYNTHETIC = [
    ("<p>a</p><p>b</p><p>c</p><p>d</p>", "a\n\nb\n\nc\n\nd"),
    ("<div><div><div><p>deep</p></div></div></div><p>x</p>", "deep\n\nx"),
    ("<html>\n\n   <p>  spaced   out  </p>\n\n</html>", "spaced out"),
    ("<html><body><style>p{}</style><noscript><p>Enable JS</p></noscript>Text</body></html>",
     "Text"),
    ("<html><body>&lt;p&gt; is a tag; &unknown; stays; &#x41;&#66;</body></html>",
     "<p> is a tag; &unknown; stays; AB"),
]


@pytest.mark.parametrize("html, text", SYNTHETIC)
def test_synthetic(html, text):
    assert stripped(html) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/!-&;#pbr ahtml\n\"'=x")), max_size=300))
def test_markup_soup_never_raises_and_replays(text):
    out = stripped(text)
    if looks_like_html(text):
        assert "<p>" not in out.lower() or "&lt;p" in text.lower()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<br>", "<b>", "</b>", "word", " ", "\n",
                                 "&amp;", "<div class='x'>", "</div>", "<!-- c -->"]),
                min_size=8, max_size=80).map("".join))
def test_stripping_is_idempotent(html):
    once = stripped("<html>" + html)
    assert stripped(once) == once


def test_large_pages_strip_in_bounded_time():
    page = ("<html><body>" + "<p>The council voted on <b>Tuesday</b> &amp; left.</p>\n" * 40_000
            + "</body></html>")  # 2 MB, 160k tags
    adversarial = "<p>" * 10 + "<a " * 300_000 + '<a "' * 300_000
    for text in (page, adversarial):
        start = time.perf_counter()
        strip_markup(text)
        assert time.perf_counter() - start < 20.0  # generous: ~1.5 s here
