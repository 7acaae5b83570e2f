"""Tables a run keeps on disk between the stage that makes them and the one that reads them, read back in parts.

`meetgraph run` hands most tables from stage to stage in memory. A table that is large and read by one later stage
only (`SPILLED`), one batch of documents at a time (the meeting frames, read by relate; resolve's `mentions_raw`),
one slice of its sort order at a time (export: `rows_at`) or whole when its turn comes (the meetings), is
written instead to Parquet in the run's staging folder (`io.staging_folder`, so it vanishes with it, a failed
run's too) and the stages in between no longer hold it. Of a table read in parts, only the key column stays in
memory, as one Arrow array, to find which row groups hold a batch's rows. A stage may write a table part after
part as it makes it (`Writer`: ner's frames per chunk of texts, its `mentions_raw` per batch of documents).

A part read back is the table's rows whose key is among the given values, in the table's order, conformed to its
spec: what `schema.conform(df[df[key].isin(values)], spec)` gives on the table in memory (tests/test_batched.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import faults, schema

# table -> the column a stage selects its rows by (relate: the frames of a batch's texts; resolve: the mentions_raw
# of a batch's documents); None: read whole, when its turn comes, or by position (export: the meetings and their
# edges, made by relate)
SPILLED = {
    "frames": "text_id",
    "meetings": None,
    "meeting_edges": None,
    "mentions": "doc_id",
    "paragraphs": "doc_id",
    "mentions_raw": "doc_id",
}
# Spilled as made, not conformed: the rows in their order, each column read back in its dtype, as the stages that
# read them depend on (relate reads the paragraphs and mentions of a batch's documents in the table's order)
AS_MADE = {"mentions", "paragraphs", "mentions_raw"}
GROUP_ROWS = 4096  # rows per Parquet row group: a part reads the groups that hold its rows


class Spilled:
    """A table written to Parquet (`write`), its rows read back by key (`rows_with`) or whole (`read`), conformed
    to its spec, or with `dtypes` as made (`AS_MADE`)."""

    def __init__(self, path: Path, table: schema.Table, key: str | None, keys: pa.Array | None, dtypes=None):
        self.path, self.table, self.key, self.keys, self.dtypes = path, table, key, keys, dtypes
        metadata = pq.ParquetFile(path).metadata
        sizes = [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]
        self.starts = np.cumsum([0, *sizes])  # the first row of each row group, and the number of rows

    @classmethod
    def write(
        cls, df: pd.DataFrame, table: schema.Table, key: str | None, folder: Path, stage: str = "", as_made=False
    ) -> Spilled:
        """`df` (conformed to `table`, unless `as_made`) as `<folder>/<table>.parquet`, one row group of
        `GROUP_ROWS` rows at a time, each conformed on its own (`_slices`: no conformed copy of the whole table). A
        row that does not conform costs only its document (failed in `stage`, the one that made it), as in export."""
        made = (pa.Schema.from_pandas(df, preserve_index=False), dict(df.dtypes)) if as_made else (None, None)
        writer = Writer(table, key, folder, stage, *made)
        writer.append(df)
        return writer.close()

    def __len__(self) -> int:
        return int(self.starts[-1])

    def read(self) -> pd.DataFrame:
        """The whole table, conformed to its spec (as made: in its order and dtypes)."""
        df = self._frame(pq.read_table(self.path))
        pa.default_memory_pool().release_unused()  # the Arrow pages the read took, for the stage reading it
        return df

    def _frame(self, read: pa.Table, sort: bool = True) -> pd.DataFrame:
        """Rows read, conformed to the spec's columns among them (as made: in their dtypes); `sort=False` keeps
        them in the order read (a conformed table is written in its sort order: the same rows, the same order)."""
        if self.dtypes is None:
            columns = tuple(c for c in self.table.columns if c.name in read.column_names)
            spec = schema.Table(self.table.name, self.table.doc, columns, self.table.sort_by if sort else ())
            return schema.conform(read.to_pandas(), spec)
        return pd.DataFrame({name: _column(read.column(name), self.dtypes[name]) for name in read.column_names})

    def _empty(self) -> pd.DataFrame:
        if self.dtypes is None:
            return schema.empty(self.table)
        return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in self.dtypes.items()})

    def rows_with(self, values) -> pd.DataFrame:
        """The rows whose key is in `values`, in table order, conformed to the table's spec (or as made)."""
        wanted = pc.is_in(self.keys, value_set=pa.array(list(values), type=self.keys.type))
        rows = np.flatnonzero(wanted.to_numpy(zero_copy_only=False))
        if not len(rows):
            return self._empty()
        return self._frame(self._take(rows))

    def rows_at(self, positions, columns=None) -> pd.DataFrame:
        """The rows at `positions` (row numbers of the table), in that order, as `read` gives them (only `columns`,
        if given): of the file, only the row groups that hold them are read (export reads a table one slice of its
        sort order at a time; ner the paragraphs' text one chunk of texts at a time)."""
        positions = np.asarray(positions, dtype=np.int64)
        if not len(positions):
            empty = self._empty()
            return empty if columns is None else empty[list(columns)]
        return self._frame(self._take(positions, columns), sort=False)

    @property
    def names(self) -> list[str]:
        """The table's columns, as written."""
        return pq.read_schema(self.path).names

    def columns(self, names) -> pd.DataFrame:
        """Some columns of the whole table, in table order, as `read` gives them (export's sort keys and counts)."""
        df = self._frame(pq.read_table(self.path, columns=list(names)), sort=False)
        pa.default_memory_pool().release_unused()
        return df

    def _take(self, rows: np.ndarray, columns=None) -> pa.Table:
        """The rows at `rows`, in that order, from the row groups that hold them, read one group at a time and only
        its rows kept: rows scattered over the whole file (a slice of export's sort order, a batch's frames) cost
        one row group and the rows, not every group they touch at once."""
        group_of = np.searchsorted(self.starts, rows, side="right") - 1
        by_group = np.argsort(group_of, kind="stable")  # the rows group after group, in their order within each
        file = pq.ParquetFile(self.path)
        parts, at = [], 0
        for group, count in zip(*np.unique(group_of[by_group], return_counts=True)):
            local = rows[by_group[at : at + count]] - self.starts[group]
            read = file.read_row_group(int(group), columns=None if columns is None else list(columns))
            parts.append(read.take(pa.array(local)))
            at += count
        taken = pa.concat_tables(parts)
        back = np.empty(len(rows), dtype=np.int64)
        back[by_group] = np.arange(len(rows))  # each row's place among the rows taken
        return taken.take(pa.array(back))

    def doc_ids(self) -> set:
        """The distinct values of the key column."""
        return set(pc.unique(self.keys).to_pylist())


class Writer:
    """A table spilled part after part as it is made (ner: the frames of each chunk of texts): `append` writes a
    part as `Spilled.write` writes a whole table, `close` gives the `Spilled` of the parts in their order. The parts
    are conformed one by one (unless written as made, with `arrow_schema` and `dtypes`), so they read back as the
    table conformed whole where that keeps the rows in their order: a table with no sort order (the frames)."""

    def __init__(
        self, table: schema.Table, key: str | None, folder: Path, stage: str = "", arrow_schema=None, dtypes=None
    ):
        folder.mkdir(parents=True, exist_ok=True)
        self.table, self.key, self.stage, self.dtypes = table, key, stage, dtypes
        self.path = folder / f"{table.name}.parquet"
        self.schema = arrow_schema if arrow_schema is not None else table.arrow_schema()
        self.writer = pq.ParquetWriter(self.path, self.schema)
        self.keys: list[pa.Array] = []

    def append(self, df: pd.DataFrame) -> None:
        for part in _slices(df, self.table, self.stage, self.dtypes is not None):
            self.writer.write_table(pa.Table.from_pandas(part, schema=self.schema, preserve_index=False))
            if self.key is not None:
                self.keys.append(pa.array(part[self.key].to_numpy(dtype=object), type=pa.string()))

    def close(self) -> Spilled:
        self.writer.close()
        keys = None if self.key is None else pa.concat_arrays(self.keys or [pa.array([], type=pa.string())])
        return Spilled(self.path, self.table, self.key, keys, self.dtypes)


def open_writer(name: str, folder: Path, stage: str = "") -> Writer:
    """A `Writer` for the table `name` of `SPILLED` (conformed, not as made), in `folder`."""
    return Writer(schema.WORK_TABLES[name], SPILLED[name], folder, stage)


def as_made_writer(name: str, folder: Path, stage: str, arrow_schema: pa.Schema, dtypes: dict) -> Writer:
    """A `Writer` for the table `name` of `AS_MADE`, its parts written in `arrow_schema` and read back in `dtypes`
    (ner's mentions_raw, batch by batch)."""
    return Writer(schema.WORK_TABLES[name], SPILLED[name], folder, stage, arrow_schema, dtypes)


def _slices(df: pd.DataFrame, table: schema.Table, stage: str, as_made: bool) -> Iterator[pd.DataFrame]:
    """`df` in slices of `GROUP_ROWS` rows: as made, or conformed one slice at a time, the slices following the
    order `schema.conform` sorts the whole table into (`schema.sort_order`), so they are its slices conformed."""
    order = np.arange(len(df))
    conform = partial(schema.conform, table=table)
    if not as_made and schema.validate(df, table):
        try:
            order = schema.sort_order(df, table)
        except (TypeError, ValueError):  # a sort key that does not conform: the whole table, each document alone
            df = faults.per_document(stage, df, conform, finish=conform)
            order = np.arange(len(df))
    else:
        conform = None
    for start in range(0, max(len(df), 1), GROUP_ROWS):
        part = df.iloc[order[start : start + GROUP_ROWS]]
        yield part if conform is None else faults.per_document(stage, part, conform, finish=conform)


def _column(values: pa.ChunkedArray, dtype) -> pd.Series:
    """A column read back in the dtype it was written from; an object column's nulls None, its strings one object
    per distinct value (as `resolve` makes them) where values repeat (not a paragraph's text: one per row)."""
    if dtype != np.dtype(object):
        return values.to_pandas().astype(dtype)
    if pa.types.is_null(values.type) or pc.count_distinct(values, mode="all").as_py() > len(values) // 2:
        return pd.Series(values.to_numpy(zero_copy_only=False), dtype=object)
    encoded = values.combine_chunks().dictionary_encode()
    distinct = np.array([*encoded.dictionary.to_pylist(), None], dtype=object)
    return pd.Series(distinct[encoded.indices.fill_null(len(distinct) - 1).to_numpy()], dtype=object)


def spill(name: str, df: pd.DataFrame, folder: Path, stage: str = "") -> pd.DataFrame | Spilled:
    """`df` written to `folder` if it is a table `SPILLED` lists, else `df` itself (`stage`: the one that made it)."""
    if name not in SPILLED or isinstance(df, Spilled):  # (or spilled by the stage as it made it)
        return df
    return Spilled.write(df, schema.WORK_TABLES[name], SPILLED[name], folder, stage, as_made=name in AS_MADE)


def drop_failed(df: pd.DataFrame | Spilled) -> pd.DataFrame | Spilled:
    """`faults.drop_failed` of a table in memory; a spilled one as it is (its stage wrote it without them)."""
    return df if isinstance(df, Spilled) else faults.drop_failed(df)


def whole(df: pd.DataFrame | Spilled) -> pd.DataFrame:
    """A table in memory, or spilled and read back whole (conformed)."""
    return df.read() if isinstance(df, Spilled) else df


def rows_with(df: pd.DataFrame | Spilled, key: str, values) -> pd.DataFrame:
    """The rows of a table, in memory or spilled, whose `key` is in `values`, in table order."""
    if isinstance(df, Spilled):
        return df.rows_with(values)
    return df[df[key].isin(values).to_numpy(dtype=bool)]
