"""Bounded batches of documents, for the stages whose work is per document (relate's reading of frames).

A stage that runs per batch builds its per-document lookups (rows, dicts of mentions per paragraph, ...) for one
batch at a time instead of for the whole corpus, so that part of its memory no longer grows with the corpus. The
batches follow doc_id order, and each keeps the rows of every table in their order, so a stage whose per-document
results are concatenated in doc_id order gives what one call over every document gives (tests/test_batched.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd

from pipeline.runtime import spill

DOCS_PER_BATCH = 1000  # measured in docs/performance.md (memory that does not grow with the corpus)


def by_document(
    size: int,
    paragraphs: pd.DataFrame | spill.Spilled,
    mentions: pd.DataFrame | spill.Spilled,
    documents: pd.DataFrame,
) -> Iterator[dict]:
    """{"paragraphs", "mentions", "documents"} of each batch of `size` documents, batches in doc_id order. The
    paragraphs and mentions may be spilled by the run (`spill.Spilled`, keyed by doc_id): each batch's rows are
    read back.

    With no more documents than `size`, one batch of the tables themselves (no copies)."""
    tables = {"paragraphs": paragraphs, "mentions": mentions, "documents": documents}
    doc_ids = sorted(set().union(*(_doc_ids(df) for df in tables.values())), key=str)
    if len(doc_ids) <= size:
        yield {name: spill.whole(df) for name, df in tables.items()}
        return
    number = {doc_id: i // size for i, doc_id in enumerate(doc_ids)}
    in_memory = {name: df for name, df in tables.items() if not isinstance(df, spill.Spilled)}
    positions = {name: _positions(df, number) for name, df in in_memory.items()}
    for batch in range((len(doc_ids) + size - 1) // size):
        ids = doc_ids[batch * size : (batch + 1) * size]
        yield {
            name: df.rows_with(ids) if name not in in_memory else df.iloc[positions[name].get(batch, _NONE)]
            for name, df in tables.items()
        }


def doc_ids(df: pd.DataFrame | spill.Spilled) -> set:
    """The documents a table (in memory or spilled, keyed by doc_id) has rows of."""
    return _doc_ids(df)


def _doc_ids(df: pd.DataFrame | spill.Spilled) -> set:
    return df.doc_ids() if isinstance(df, spill.Spilled) else set(df["doc_id"])


_NONE = np.array([], dtype=np.intp)


def _positions(df: pd.DataFrame, number: dict) -> dict[int, np.ndarray]:
    """Batch number -> the positions of its rows in `df`, ascending."""
    if df.empty:
        return {}
    batch = np.fromiter((number[d] for d in df["doc_id"].tolist()), dtype=np.int64, count=len(df))
    order = np.argsort(batch, kind="stable")
    bounds = np.flatnonzero(np.diff(batch[order])) + 1
    return {int(batch[part[0]]): part for part in np.split(order, bounds)}
