"""Stage 6, export: assemble the public tables in their contract shape."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial

import numpy as np
import pandas as pd

from pipeline import faults, schema

Given = pd.DataFrame | Callable[[], pd.DataFrame]  # a table, or what makes it when its turn comes
# A table export reads by parts: in memory, or kept on disk by a run (`spill.Spilled`: its `columns(names)` and
# `rows_at(positions)` read back only those columns or rows); the edges come in two (entity and meeting edges)
Rows = object

# The order `iter_tables` makes the tables in: those with rows per document first, then the nodes (their counts
# need the mentions and meetings) and the documents (a caller marks the documents that failed on the way).
ORDER = ("paragraphs", "clusters", "mentions", "edges", "meetings", "nodes", "documents")
SLICE_ROWS = 8192  # rows of the paragraphs, mentions and edges conformed (and written) at a time (`Sliced`)
# rows of the meetings at a time, at most: a meeting's row is heavy (lists of participants, topics, URLs, evidence)
MEETING_SLICE_ROWS = 1024
EDGE_KEY = ["relation", "source", "target", "doc_id", "meeting_id"]  # an edge repeated on these is kept once


def build_tables(
    documents: pd.DataFrame,
    paragraphs: pd.DataFrame,
    clusters: pd.DataFrame,
    mentions: pd.DataFrame,
    nodes: pd.DataFrame,
    edges: pd.DataFrame,
    meetings: pd.DataFrame,
    release: bool = False,
) -> dict[str, pd.DataFrame]:
    """Conform every table to `pipeline.schema`; node counts are recomputed from the mentions.

    With `release`, each input is emptied in place (`empty`) as soon as its table is made, so a caller handing over
    tables nobody reads afterwards (the runner) frees each before the copies of the next ones are made."""
    made = iter_tables(documents, paragraphs, clusters, mentions, nodes, edges, meetings, release=release)
    tables = {name: whole(df) for name, df in made}  # (each made whole before the next is begun)
    return {name: tables[name] for name in schema.TABLES}


def iter_tables(
    documents: pd.DataFrame,
    paragraphs: Given | Rows,
    clusters: pd.DataFrame,
    mentions: Given | Rows,
    nodes: Given,
    edges: Given | Rows | Sequence,
    meetings: Given,
    release: bool = False,
) -> Iterator[tuple[str, pd.DataFrame | Sliced]]:
    """`build_tables` one table at a time, in `ORDER`: (name, conformed table) pairs, so that a caller writing
    each before taking the next (the runner) holds one conformed copy at a time. Every input but `documents` and
    `clusters` may be a callable that makes the table when its turn comes (a table kept on disk until then).

    The paragraphs, mentions, edges and meetings (the edges may be given as a list of parts, concatenated; each
    table or part as `Rows`) come as `Sliced`: conformed one slice at a time as the caller iterates it, which it
    does before taking the next table. Their sort order is found from the sort columns alone, the node counts from
    the mentions' `node_id` and `doc_id`, and the meetings' `source_urls` from a table of each meeting_id's URLs
    (`meeting_urls`, from their `meeting_id` and `doc_id`), so export never holds a whole copy of any of them."""
    paragraphs = _sliced(_parts(paragraphs), "paragraphs", release)
    yield "paragraphs", paragraphs
    del paragraphs
    yield "clusters", _made(clusters, "clusters", release)
    mentions = _parts(mentions)
    counted = _columns(mentions, ["node_id", "doc_id"])
    counts = counted.groupby("node_id").agg(n_mentions=("doc_id", "size"), n_documents=("doc_id", "nunique"))
    del counted
    mentions = _sliced(mentions, "mentions", release)
    yield "mentions", mentions
    del mentions
    edges = _sliced(_parts(edges), "edges", release, unique=EDGE_KEY)  # (a repeated edge is kept once)
    yield "edges", edges
    del edges
    meetings = _parts(meetings)
    reported = _columns(meetings, ["meeting_id", "doc_id"])
    per_meeting = reported.groupby("meeting_id")["doc_id"].nunique()
    urls = meeting_urls(reported, documents)  # one list per meeting, each row's copied when its slice is made
    del reported
    meetings = _sliced(meetings, "meetings", release, fill=partial(_with_urls, urls=urls))
    yield "meetings", meetings
    del meetings
    yield "nodes", _made(_counted(_table(nodes), counts, per_meeting, release), "nodes", release)
    yield "documents", _made(documents, "documents", release)


class Sliced:
    """An output table made one slice at a time: iterating it gives its rows conformed, `SLICE_ROWS` at a time, in
    the order `schema.conform` sorts the whole table into (`schema.sort_order`, found from the sort columns), so
    the slices, concatenated, are the table conformed whole. A row that does not conform costs only its document
    (`faults.per_document`); the later slices leave that document out, the earlier ones were made with its other
    rows (`whole` drops them; a run writing the slices as they come writes the table again without them)."""

    def __init__(self, table: schema.Table, parts: list, positions: np.ndarray, release: bool, fill=None):
        self.table, self.parts, self.positions, self.release = table, parts, positions, release
        self.fill = fill  # rows -> the rows with the columns export adds (the meetings' source_urls), or None
        self.failed: set[str] = set()  # documents that failed while the slices were made

    def __iter__(self) -> Iterator[pd.DataFrame]:
        before = faults.failed()
        step = min(SLICE_ROWS, MEETING_SLICE_ROWS) if self.table.name == "meetings" else SLICE_ROWS
        for start in range(0, max(len(self.positions), 1), step):
            rows = _rows_at(self.parts, self.positions[start : start + step])
            part = _conform(rows if self.fill is None else self.fill(rows), self.table)
            del rows
            self.failed = faults.failed() - before
            yield _without(part, self.failed)
        if self.release:
            empty(*(part for part in self.parts if isinstance(part, pd.DataFrame)))

    def whole(self) -> pd.DataFrame:
        """The table: its slices concatenated, without the rows of a document that failed in a later slice."""
        df = pd.concat(list(self), ignore_index=True)
        return _without(df, self.failed).reset_index(drop=True)


def whole(df: pd.DataFrame | Sliced) -> pd.DataFrame:
    """A table `iter_tables` made: in memory, or its slices concatenated."""
    return df.whole() if isinstance(df, Sliced) else df


def _sliced(parts: list, name: str, release: bool, unique: list[str] | None = None, fill=None) -> Sliced:
    """The parts concatenated as the table `name`, `Sliced` in the order of its sort columns, read and converted
    alone, one at a time (`_order`); with `unique`, a row repeating an earlier one on these columns left out; with
    `fill`, each slice's rows given the columns export adds before they are conformed. A key that does not conform
    makes the table whole first (each document alone), as before."""
    table = schema.TABLES[name]
    try:
        return Sliced(table, parts, _order(parts, table, unique), release, fill)
    except (TypeError, ValueError):
        kept = np.arange(sum(map(len, parts)))
        if unique is not None:
            kept = np.flatnonzero(~_columns(parts, unique).duplicated().to_numpy())
        rows = _rows_at(parts, kept)
        made = _conform(rows if fill is None else fill(rows), table)
        del rows
        if release:
            empty(*(part for part in parts if isinstance(part, pd.DataFrame)))
        return Sliced(table, [made], np.arange(len(made)), False)


def _order(parts: list, table: schema.Table, unique: list[str] | None = None) -> np.ndarray:
    """The positions of the parts' rows (concatenated) in the order `schema.conform` sorts the whole table into
    (`schema.sort_order`); with `unique`, without a row that repeats an earlier one on these columns. Each key column
    is read and converted alone and kept only as its values' ranks (`_ranks`), so what is held at once is one
    column's values and a few integers per row, not every key column's values (the edges: five strings per edge)."""
    names = list(dict.fromkeys([*table.sort_by, *(unique or [])]))
    ranks = {name: _ranks(parts, name, table) for name in names}
    kept = np.arange(sum(map(len, parts)))
    if unique is not None:
        kept = np.flatnonzero(~pd.DataFrame({name: ranks[name] for name in unique}).duplicated().to_numpy())
    if not table.sort_by or len(kept) < 2:
        return kept
    # a stable sort on the ranks, the first sort column last (np.lexsort's most significant key), missing first
    return kept[np.lexsort([ranks[name][kept] for name in reversed(table.sort_by)])]


def _ranks(parts: list, name: str, table: schema.Table) -> np.ndarray:
    """The column `name` of the parts concatenated, each part's converted as `schema.conform` converts it, as the
    rank of each row's value among the column's distinct values in their sort order (-1 where missing, which
    `conform` sorts first): equal values, equal ranks, so the ranks sort and repeat as the values do."""
    spec = schema.Table(table.name, table.doc, tuple(c for c in table.columns if c.name == name), ())
    columns = [schema.conform(_columns([part], [name]), spec)[name] for part in parts]
    column = columns[0] if len(columns) == 1 else pd.concat(columns, ignore_index=True)
    del columns
    ranks, distinct = pd.factorize(column, sort=True)
    return ranks.astype(np.int32) if len(distinct) < 2**31 - 1 else ranks


def _parts(given) -> list:
    """A table given whole, as what makes it, or in parts (concatenated): its parts."""
    if isinstance(given, (list, tuple)):
        return list(given)
    return [_table(given) if callable(given) else given]


def _columns(parts: list, names) -> pd.DataFrame:
    """Some columns of the parts concatenated (as `pd.concat` of the parts gives them)."""
    frames = [p[list(names)] if isinstance(p, pd.DataFrame) else p.columns(names) for p in parts]
    return frames[0].reset_index(drop=True) if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def _rows_at(parts: list, positions: np.ndarray) -> pd.DataFrame:
    """The rows at `positions` of the parts concatenated, in that order, reading from each part only its rows."""
    bounds = np.cumsum([0, *map(len, parts)])
    part_of = np.searchsorted(bounds, positions, side="right") - 1
    pieces, where = [], np.empty(len(positions), dtype=np.int64)
    for i, part in enumerate(parts):
        mine = np.flatnonzero(part_of == i)
        if len(mine) or (i == len(parts) - 1 and not pieces):  # (no rows at all: the last part's empty frame)
            local = positions[mine] - bounds[i]
            rows = part.iloc[local] if isinstance(part, pd.DataFrame) else part.rows_at(local)
            where[mine] = sum(map(len, pieces)) + np.arange(len(mine))
            pieces.append(rows.reset_index(drop=True))
    rows = pieces[0] if len(pieces) == 1 else pd.concat(pieces, ignore_index=True)
    return rows if len(pieces) == 1 else rows.iloc[where].reset_index(drop=True)


def _without(df: pd.DataFrame, failed: set) -> pd.DataFrame:
    """`df` without the rows of the documents `failed`."""
    if not failed or df.empty:
        return df
    return df[~df["doc_id"].astype(str).isin(failed).to_numpy()]


def _table(table: Given) -> pd.DataFrame:
    return table() if callable(table) else table


def _made(df: pd.DataFrame, name: str, release: bool) -> pd.DataFrame:
    """`df` conformed to the output table `name`; with `release`, `df` emptied once it is."""
    conformed = _conform(df, schema.TABLES[name])
    if release:
        empty(df)
    return conformed


def _replaced(given: pd.DataFrame, made: pd.DataFrame, release: bool) -> pd.DataFrame:
    """`made`, a copy of the input `given`; with `release`, `given` emptied (the copy replaces it)."""
    if release and made is not given:
        empty(given)
    return made


def _counted(nodes: pd.DataFrame, counts: pd.DataFrame, per_meeting: pd.Series, release: bool) -> pd.DataFrame:
    """The nodes, once each, with their counts: mentions and documents per node, documents per meeting."""
    counted = nodes.copy()  # map, not join: a corpus without any mention gives an empty, untyped key column
    counted["n_mentions"] = counted["node_id"].map(counts["n_mentions"])
    counted["n_documents"] = counted["node_id"].map(counts["n_documents"])
    is_meeting = counted["type"] == "MEETING"
    if is_meeting.any():
        counted.loc[is_meeting, "n_documents"] = counted.loc[is_meeting, "node_id"].map(per_meeting)
        counted.loc[is_meeting, "n_mentions"] = counted.loc[is_meeting, "n_documents"]
    counted[["n_mentions", "n_documents"]] = counted[["n_mentions", "n_documents"]].fillna(0)
    _replaced(nodes, counted, release)
    return counted.drop_duplicates("node_id")


def empty(*tables: pd.DataFrame) -> None:
    """Drop every column of each table in place: its data is freed once no other table shares it."""
    for df in tables:
        for column in list(df.columns):
            del df[column]


def _conform(df: pd.DataFrame, table: schema.Table) -> pd.DataFrame:
    """`schema.conform`, per document if the whole table fails, so a bad row costs only its document."""
    if table.name == "documents" or "doc_id" not in df.columns:
        return schema.conform(df, table)
    conform = partial(schema.conform, table=table)
    return faults.per_document("export", df, conform, finish=conform)


def source_urls(meetings: pd.DataFrame, documents: pd.DataFrame) -> pd.Series:
    """Per meeting row, the sorted distinct URLs of every document reporting its meeting_id."""
    if meetings.empty:
        return pd.Series([], index=meetings.index, dtype=object)
    return _with_urls(meetings, meeting_urls(meetings[["meeting_id", "doc_id"]], documents))["source_urls"]


def meeting_urls(reported: pd.DataFrame, documents: pd.DataFrame) -> pd.Series:
    """meeting_id -> the sorted distinct URLs of every document reporting it (`reported`: the meetings' meeting_id and
    doc_id), one list per meeting."""
    url = documents.set_index("doc_id")["url"].dropna().to_dict() if "url" in documents else {}
    if reported.empty:
        return pd.Series([], dtype=object)
    return reported.groupby("meeting_id")["doc_id"].agg(lambda s: sorted({url[d] for d in s if d in url}))


def _with_urls(meetings: pd.DataFrame, urls: pd.Series) -> pd.DataFrame:
    """The meeting rows with `source_urls`: their meeting_id's URLs (`meeting_urls`), a list of its own per row."""
    return meetings.assign(
        source_urls=pd.Series([list(urls[m]) for m in meetings["meeting_id"]], index=meetings.index, dtype=object)
    )
