"""Helpers shared by the golden-case tests of the cleaning rules."""

from __future__ import annotations

from collections.abc import Callable

from transforms.textedit import Change, EditLog, replay


def apply(rule: Callable[[str], list[Change]], text: str) -> str:
    """Run one rule through the edit log (as clean_document does) and check the replay."""
    log = EditLog(text)
    log.apply(rule(text))
    assert replay(text, log.rows) == log.text
    return log.text


def kinds(rule: Callable[[str], list[Change]], text: str) -> list[str]:
    return [c.kind for c in rule(text)]
