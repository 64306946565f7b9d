"""Progress of a local run: the flow reports stages and counts, a listener (the CLI's
progress bar) shows them. With no listener every call is a no-op, so deployments and tests
pay nothing.

>>> seen = []
>>> with listening(lambda *event: seen.append(event)):
...     start("read", 10, "files")
...     advance("read", 4)
>>> seen
[('start', 'read', 10, 'files'), ('advance', 'read', 4, '')]
>>> advance("read", 1)  # nobody listening
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

Listener = Callable[[str, str, int, str], None]  # (event, stage, count, unit)
_listener: Listener | None = None
_lock = threading.Lock()


@contextlib.contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Send the progress events of runs started inside this block to ``listener``."""
    global _listener
    previous, _listener = _listener, listener
    try:
        yield
    finally:
        _listener = previous


def _emit(event: str, stage: str, count: int, unit: str) -> None:
    if _listener is not None:
        with _lock:
            _listener(event, stage, count, unit)


def start(stage: str, total: int, unit: str) -> None:
    """A stage begins with ``total`` items (files, documents …) to process."""
    _emit("start", stage, total, unit)


def advance(stage: str, n: int) -> None:
    """``n`` more items of ``stage`` are done."""
    _emit("advance", stage, n, "")


def rich_listener(console=None) -> tuple[Listener, contextlib.AbstractContextManager]:
    """A listener drawing one rich progress bar per stage with items/s, and the context
    that shows the bars while it is open."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} {task.fields.get('unit', '')}/s" if speed else "",
                        style="progress.data.speed")

    bars = Progress(TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn(),
                    RateColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                    console=console, transient=False)
    ids: dict[str, int] = {}

    @contextlib.contextmanager
    def showing() -> Iterator[None]:
        with bars, _prefect_console_warnings_only():
            yield

    def listener(event: str, stage: str, count: int, unit: str) -> None:
        if event == "start":
            ids[stage] = bars.add_task(stage, total=count, unit=unit)
        elif stage in ids:
            bars.advance(ids[stage], count)

    return listener, showing()


@contextlib.contextmanager
def _prefect_console_warnings_only() -> Iterator[None]:
    """Prefect's per-task INFO lines would tear the bars apart: show warnings only (the
    run's full log still goes to the Prefect API)."""
    import logging

    from prefect.logging.handlers import PrefectConsoleHandler

    handlers = {h for name in ("prefect", "prefect.flow_runs", "prefect.task_runs", "")
                for h in logging.getLogger(name).handlers
                if isinstance(h, PrefectConsoleHandler)}
    levels = {h: h.level for h in handlers}
    for h in handlers:
        h.setLevel(max(h.level, logging.WARNING))
    try:
        yield
    finally:
        for h, level in levels.items():
            h.setLevel(level)
