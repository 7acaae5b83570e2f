"""meetgraph: who met whom, when, where and about what, from defence and diplomatic news.

Notebook use::

    import pipeline
    pipeline.run("data/raw", "data/out")
    tables = pipeline.load("data/out")   # dict of pandas DataFrames
"""

from __future__ import annotations

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
