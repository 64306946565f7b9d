"""Imported once by the worker forkserver (flows/executor.py): import the transforms, warm
their tables, then freeze the heap so the forked workers share it rather than copy it."""

import gc

import transforms.batch  # noqa: F401
from flows.executor import warm_caches

warm_caches()
gc.freeze()
