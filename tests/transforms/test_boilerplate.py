"""Learned boilerplate (transforms/boilerplate.py): site lines are learned, syndicated text and
subheadings are not."""

from __future__ import annotations

import polars as pl

from transforms.boilerplate import count_lines, document_line_hashes, learned_boilerplate
from transforms.clean import clean_document
from transforms.lines import LineContext, line_hash

FOOTER = "Kyiv Courier — news without borders"
SYNDICATED_TITLE = "Envoys Meet in Geneva as Talks Drag On"
SUBHEAD = "What happens next"


def _article(i: int, syndicated: bool) -> str:
    if syndicated:
        body = ["Negotiators gathered on Tuesday for what diplomats called a decisive round.",
                SUBHEAD, "The talks will continue next week, officials said."]
        title = SYNDICATED_TITLE
    else:
        body = [f"Story number {i} opens with its own first paragraph about topic {i}.", SUBHEAD,
                f"And it ends with a closing paragraph that mentions the figure {i * 7}."]
        title = f"Headline number {i} for a different story"
    return "\n\n".join([title, *body, FOOTER]) + "\n"


def _learn(docs: list[str]) -> frozenset[str]:
    frame = pl.DataFrame({"line_hashes": [document_line_hashes(d) for d in docs]},
                         schema={"line_hashes": pl.List(pl.String)})
    return learned_boilerplate(count_lines(frame), total_docs=len(docs))


def test_site_footer_is_learned_but_syndicated_lines_and_subheads_are_not():
    docs = [_article(i, syndicated=i % 3 == 0) for i in range(30)]
    learned = _learn(docs)
    assert line_hash(FOOTER) in learned
    assert line_hash(SYNDICATED_TITLE) not in learned
    assert line_hash(SUBHEAD) not in learned
    result = clean_document(docs[0], LineContext(learned))
    kinds = {r.kind: r.original.strip() for r in result.rows}
    assert kinds["title"] == SYNDICATED_TITLE
    assert kinds["boilerplate"] == FOOTER
    assert SUBHEAD in result.text


def test_rare_lines_are_not_learned():
    docs = [_article(i, syndicated=False) for i in range(3)]
    assert _learn(docs) == frozenset()


def test_sentences_are_never_candidates():
    hashes = document_line_hashes("Title line here\n\nHe declined to comment.\n\nShare it\n")
    assert line_hash("He declined to comment.") not in hashes
    assert line_hash("Share it") in hashes
