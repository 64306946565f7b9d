"""Imported once by the worker-process forkserver (see flows/executor.py): warm every lazy
table, then freeze the heap so forked workers share it instead of copying it on the first
garbage collection."""

import gc

from flows.executor import warm_caches

warm_caches()
gc.freeze()
