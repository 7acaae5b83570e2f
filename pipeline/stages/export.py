"""Stage 6, export: assemble the public tables in their contract shape."""

from __future__ import annotations

from functools import partial

import pandas as pd

from pipeline import faults, schema


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
    given = (nodes, edges, meetings)
    counts = mentions.groupby("node_id").agg(n_mentions=("doc_id", "size"), n_documents=("doc_id", "nunique"))
    nodes = nodes.copy()  # map, not join: a corpus without any mention gives an empty, untyped key column
    nodes["n_mentions"] = nodes["node_id"].map(counts["n_mentions"])
    nodes["n_documents"] = nodes["node_id"].map(counts["n_documents"])
    is_meeting = nodes["type"] == "MEETING"
    if is_meeting.any():
        per_meeting = meetings.groupby("meeting_id")["doc_id"].nunique()
        nodes.loc[is_meeting, "n_documents"] = nodes.loc[is_meeting, "node_id"].map(per_meeting)
        nodes.loc[is_meeting, "n_mentions"] = nodes.loc[is_meeting, "n_documents"]
    nodes[["n_mentions", "n_documents"]] = nodes[["n_mentions", "n_documents"]].fillna(0)
    repeated = edges.duplicated(["relation", "source", "target", "doc_id", "meeting_id"])
    if repeated.any():  # (a copy of every edge, evidence and all, only when there is one to drop)
        edges = edges[~repeated.to_numpy()]
    meetings = meetings.assign(source_urls=source_urls(meetings, documents))
    tables = {
        "documents": documents,
        "paragraphs": paragraphs,
        "clusters": clusters,
        "nodes": nodes.drop_duplicates("node_id"),
        "mentions": mentions,
        "edges": edges,
        "meetings": meetings,
    }
    if release:  # the inputs replaced by copies above
        empty(*(df for df in given if not any(df is kept for kept in tables.values())))
    conformed = {}
    for name, df in tables.items():
        conformed[name] = _conform(df, schema.TABLES[name])
        if release:
            empty(df)
    return conformed


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
