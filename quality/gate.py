"""The quality gate: every evaluation's figures against the floors pinned in the repo.

``python -m quality.gate`` prints one table (figure, measured, floor) and exits 1 if any
figure is below its floor. Each evaluation module exposes ``evaluate() -> dict[str, float]``
and pins its floors in ``quality/floors_<name>.toml`` (flat ``figure = floor`` pairs, or
nested tables whose keys are joined with '.').
"""

from __future__ import annotations

import importlib
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVALUATIONS = ("cleaning", "detection")


def _flatten(d: dict, prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, key + "."))
        elif isinstance(v, int | float) and not isinstance(v, bool):
            out[key] = float(v)
    return out


def floors(name: str) -> dict[str, float]:
    path = HERE / f"floors_{name}.toml"
    return _flatten(tomllib.loads(path.read_text("utf-8"))) if path.exists() else {}


def check(name: str, figures: dict[str, float]) -> list[tuple[str, float | None, float, bool]]:
    """(figure, measured, floor, ok) for every pinned floor of evaluation ``name``.

    A floor whose figure the evaluation no longer reports is a failure, not a pass.

    >>> check("x", {"a": 0.99})  # no floors file for "x": nothing pinned
    []
    """
    rows = []
    for key, floor in sorted(floors(name).items()):
        value = figures.get(key)
        rows.append((key, value, floor, value is not None and value >= floor))
    return rows


def main() -> int:
    failed = 0
    for name in EVALUATIONS:
        module = importlib.import_module(f"quality.{name}_eval")
        figures = module.evaluate()
        print(f"\n== {name} ==")
        print(f"{'figure':<48} {'measured':>9} {'floor':>7}")
        for key, value, floor, ok in check(name, figures):
            shown = "missing" if value is None else f"{value:.4f}"
            print(f"{key:<48} {shown:>9} {floor:>7.4f} {'ok' if ok else 'BELOW FLOOR'}")
            failed += not ok
        unpinned = sorted(set(figures) - set(floors(name)))
        for key in unpinned:
            print(f"{key:<48} {figures[key]:>9.4f} {'-':>7}")
    print("\nquality gate:", "FAILED" if failed else "passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
