"""Rules, thresholds, lexicons and gazetteers as data files; code reads them through here."""

from __future__ import annotations

from importlib import resources


def read_data(name: str) -> str:
    """Text of one data file of this folder (UTF-8).

    >>> read_data("line_rules.toml").startswith("#")
    True
    """
    return resources.files(__name__).joinpath(name).read_text("utf-8")
