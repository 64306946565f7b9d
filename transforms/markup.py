"""Rule `markup`: a web page saved as .txt becomes its text, with every tag logged.

Safe on any text: it only acts on documents that are HTML (they start with a doctype or
``<html>``, or hold at least ``MIN_TAGS`` HTML tags in their first 64 KB); a news text that
mentions "<b>" once or compares "a < b" is left alone. On an HTML document it removes tags,
comments and the content of ``<script>``/``<style>``-like elements, turns block elements
into paragraph breaks (``<br>``, ``<li>`` into line breaks), collapses the source's layout
whitespace as a browser would (except inside ``<pre>``) and decodes character references
(``&amp;`` ``&#8217;``). ``raw_text`` keeps the page verbatim; each change is an artefact.

>>> from transforms.textedit import EditLog
>>> page = "<html><head><title>Storm</title><style>p {}</style></head>\\n<body>\\n" \\
...        "  <p>Rain &amp; wind\\n   hit the <b>coast</b>.</p><p>More soon.</p>\\n</body></html>"
>>> log = EditLog(page)
>>> log.apply(strip_markup(log.text)); log.text
'Storm\\n\\nRain & wind hit the coast.\\n\\nMore soon.'
>>> strip_markup("Shares rose 3% as <b> the index < 5000 closed.")
[]
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from functools import cache

import regex

from transforms.textedit import Change

KIND = "markup"
MIN_TAGS = 4  # HTML tags (in the first 64 KB) that make a document a web page

# Tags that end a paragraph, a line, a table cell; everything else is inline.
BLOCK = frozenset("""p div h1 h2 h3 h4 h5 h6 section article header footer nav aside main
    blockquote figure figcaption ul ol dl table form title hr address pre html head body
    center details summary fieldset caption thead tbody tfoot""".split())
LINE = frozenset("br li tr dt dd option".split())
CELL = frozenset("td th".split())
# Elements whose content is not text: removed together with their tags.
SKIP_CONTENT = frozenset("script style noscript template svg math iframe object canvas".split())
PREFORMATTED = frozenset("pre textarea".split())

_DOC_START = regex.compile(
    r"\A[\s\ufeff]*(?:<\?xml[^<>]{0,500}>\s*)?(?:<!doctype\s+html|<html[\s>])", regex.I)
_KNOWN_TAG = regex.compile(
    r"</?(?:html|head|body|title|meta|link|script|style|p|div|span|a|br|hr|h[1-6]|ul|ol|li|"
    r"table|tr|td|th|img|b|i|em|strong|section|article|header|footer|nav|main|aside|figure|"
    r"figcaption|blockquote|pre|noscript|iframe|form|input|button)(?:\s[^<>]{0,500})?/?>",
    regex.I)
# One piece of markup starting at "<": comment, CDATA, doctype/processing instruction, tag.
# Unclosed comments run to the end; no tag spans a "<", so every scan stops at the next "<".
_MARKUP = regex.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^<>]{0,4000}>"
    r"|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]{0,40})"
    r"(?:\s(?:[^<>\"']++|\"[^<\"]{0,4000}+\"|'[^<']{0,4000}+')*+)?/?>",
    regex.S,
)
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Inside a text run: layout whitespace (anything but one plain space) or a reference.
_INNER = regex.compile(r"[\s\x1c-\x1f]{2,}|[^\S ]|[\x1c-\x1f]|" + _ENTITY.pattern)
_BREAKS = ("", " ", "\n", "\n\n")  # what a run of markup and spaces may become, weakest first


def looks_like_html(text: str) -> bool:
    """True for a web page (doctype or <html> first, or at least MIN_TAGS HTML tags)."""
    if "<" not in text:
        return False
    if _DOC_START.match(text):
        return True
    found = 0
    for _ in _KNOWN_TAG.finditer(text, 0, 65536):
        found += 1
        if found >= MIN_TAGS:
            return True
    return False


def strip_markup(text: str) -> list[Change]:
    """Propose the changes that turn an HTML document into its text (none for plain text)."""
    if not looks_like_html(text):
        return []
    return _Stripper(text).run()


class _Stripper:
    """Walks words, spaces and markup; each run between two words becomes one separator."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.changes: list[Change] = []
        self.region_start = 0  # start of the current run of spaces and markup
        self.strength = 0  # index into _BREAKS of the strongest break in that run
        self.started = False  # a word has been emitted
        self.pre = 0  # depth of <pre>/<textarea>
        self.brs = 0  # <br> tags in the current run (two make a paragraph break)

    def run(self) -> list[Change]:
        pos = 0
        for start, end, strength, name, closing in _markup(self.text):
            self._text_run(pos, start)
            if name == "br":
                self.brs += 1
                strength = 3 if self.brs > 1 else 2
            self.strength = max(self.strength, strength)
            if name in PREFORMATTED:
                self.pre = max(0, self.pre + (-1 if closing else 1))
            pos = end
        self._text_run(pos, len(self.text))
        self._flush(len(self.text), final=True)
        return self.changes

    def _text_run(self, a: int, b: int) -> None:
        """Text between two markup spans: its edge spaces join the neighbouring runs."""
        if a >= b:
            return
        if self.pre:
            self._content(a, b)
            return
        run = self.text[a:b]
        lead, trail = len(run) - len(run.lstrip()), len(run) - len(run.rstrip())
        if lead == len(run):
            self.strength = max(self.strength, 1)
            return
        if lead:
            self.strength = max(self.strength, 1)
        self._content(a + lead, b - trail)
        if trail:
            self.strength = 1

    def _content(self, a: int, b: int) -> None:
        """Words from ``a`` to ``b``: layout whitespace becomes one space, references decode."""
        self._flush(a)
        pattern = _ENTITY if self.pre else _INNER
        for m in pattern.finditer(self.text, a, b):
            got = m.group()
            value = " " if not got.startswith("&") else html.unescape(got)
            if value != got:
                self.changes.append(Change(KIND, m.start(), m.end(), got, value))
        self.region_start, self.strength, self.brs, self.started = b, 0, 0, True

    def _flush(self, end: int, final: bool = False) -> None:
        original = self.text[self.region_start : end]
        if not original:
            return
        replacement = "" if not self.started or final else _BREAKS[self.strength]
        if replacement != original:
            self.changes.append(Change(KIND, self.region_start, end, original, replacement))


def _markup(text: str) -> Iterator[tuple[int, int, int, str, bool]]:
    """(start, end, break strength, tag name, is closing) of each markup span, in order."""
    pos = text.find("<")
    while pos != -1:
        m = _MARKUP.match(text, pos)
        if m is None:
            pos = text.find("<", pos + 1)
            continue
        name = (m.group("name") or "").lower()
        closing = bool(m.group("close"))
        end = m.end()
        if name in SKIP_CONTENT and not closing and not m.group().endswith("/>"):
            close = _closing_tag(name).search(text, end)
            end = close.end() if close else len(text)
        yield pos, end, _strength(name, closing), name, closing
        pos = text.find("<", end)


@cache
def _closing_tag(name: str) -> regex.Pattern:
    return regex.compile(rf"</{name}\s*>", regex.I)


def _strength(name: str, closing: bool) -> int:
    if name in BLOCK:
        return 3
    if name in LINE:
        return 2
    if name in CELL:
        return 1
    return 0
