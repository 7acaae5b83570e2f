"""Stage 6, export: assemble the public tables in their contract shape."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

import pandas as pd

from pipeline import faults, schema

Given = pd.DataFrame | Callable[[], pd.DataFrame]  # a table, or what makes it when its turn comes

# The order `iter_tables` makes the tables in: those with rows per document first, then the nodes (their counts
# need the mentions and meetings) and the documents (a caller marks the documents that failed on the way).
ORDER = ("paragraphs", "clusters", "mentions", "edges", "meetings", "nodes", "documents")


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
    tables = dict(iter_tables(documents, paragraphs, clusters, mentions, nodes, edges, meetings, release=release))
    return {name: tables[name] for name in schema.TABLES}


def iter_tables(
    documents: pd.DataFrame,
    paragraphs: Given,
    clusters: pd.DataFrame,
    mentions: Given,
    nodes: Given,
    edges: Given,
    meetings: Given,
    release: bool = False,
) -> Iterator[tuple[str, pd.DataFrame]]:
    """`build_tables` one table at a time, in `ORDER`: (name, conformed table) pairs, so that a caller writing
    each before taking the next (the runner) holds one conformed copy at a time. Every input but `documents` and
    `clusters` may be a callable that makes the table when its turn comes (a table kept on disk until then)."""
    paragraphs = _table(paragraphs)
    yield "paragraphs", _made(paragraphs, "paragraphs", release)
    del paragraphs
    yield "clusters", _made(clusters, "clusters", release)
    mentions = _table(mentions)
    counts = mentions.groupby("node_id").agg(n_mentions=("doc_id", "size"), n_documents=("doc_id", "nunique"))
    yield "mentions", _made(mentions, "mentions", release)
    del mentions
    edges = _table(edges)
    repeated = edges.duplicated(["relation", "source", "target", "doc_id", "meeting_id"])
    if repeated.any():  # (a copy of every edge, evidence and all, only when there is one to drop)
        edges = _replaced(edges, edges[~repeated.to_numpy()], release)
    yield "edges", _made(edges, "edges", release)
    del edges
    meetings = _table(meetings)
    per_meeting = meetings.groupby("meeting_id")["doc_id"].nunique()
    meetings = _replaced(meetings, meetings.assign(source_urls=source_urls(meetings, documents)), release)
    yield "meetings", _made(meetings, "meetings", release)
    del meetings
    yield "nodes", _made(_counted(_table(nodes), counts, per_meeting, release), "nodes", release)
    yield "documents", _made(documents, "documents", release)


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
    url = documents.set_index("doc_id")["url"].dropna().to_dict() if "url" in documents else {}
    per_meeting = meetings.groupby("meeting_id")["doc_id"].agg(lambda s: sorted({url[d] for d in s if d in url}))
    return pd.Series([list(per_meeting[m]) for m in meetings["meeting_id"]], index=meetings.index, dtype=object)
