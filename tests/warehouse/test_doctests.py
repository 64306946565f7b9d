"""Run the `>>>` examples of the warehouse and schema modules (pytest's doctest collection
covers only tests/ and transforms/)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["schemas.model", "warehouse.views", "warehouse.search", "warehouse.charts"]


@pytest.mark.parametrize("name", MODULES)
def test_module_examples(name):
    result = doctest.testmod(importlib.import_module(name),
                             optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0
