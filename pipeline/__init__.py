"""meetgraph: who met whom, when, where and about what, from defence and diplomatic news.

Notebook use::

    import pipeline
    pipeline.run("data/raw", "data/out")
    tables = pipeline.load("data/out")   # dict of pandas DataFrames
"""

from __future__ import annotations

import os

# Arrow's buffers allocated by glibc's malloc rather than mimalloc, Arrow's default, which keeps freed pages out of the
# reach of `pipeline.runtime.memory.free_pages`: a run's RSS grew on them stage after stage (docs/performance.md, r16).
# pyarrow reads it once, when it is imported: set here, before anything imports it; a choice made in the environment
# wins.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

__version__ = "0.1.0"
__all__ = ["run", "load"]


def run(*args, **kwargs):
    """Run the whole pipeline; see `pipeline.runtime.runner.run`."""
    from pipeline.runtime.runner import run as _run

    return _run(*args, **kwargs)


def load(output_dir):
    """Load an output folder as {table name: DataFrame}; see `pipeline.io.load`."""
    from pipeline.io import load as _load

    return _load(output_dir)
