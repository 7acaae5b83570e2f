"""Tiny synthetic output tables for the analyst tests (report, queries, graph export)."""

from __future__ import annotations

import pandas as pd

from pipeline import schema


def conform_rows(name: str, rows: list[dict]) -> pd.DataFrame:
    """Rows of output table `name` in its contract shape; columns not given are empty."""
    table = schema.TABLES[name]
    df = pd.DataFrame(rows)
    for col in table.columns:
        if col.name not in df.columns:
            df[col.name] = [[] if col.type == schema.LIST else None for _ in range(len(df))]
    return schema.conform(df, table)


def marker_tables(marker: str) -> dict[str, pd.DataFrame]:
    """Every output table empty but `documents`, which holds one document named `marker`."""
    tables = {name: pd.DataFrame(columns=table.names) for name, table in schema.TABLES.items()}
    tables["documents"] = pd.DataFrame(
        [{"doc_id": marker, "source_file": f"{marker}.txt", "n_paragraphs": 1, "status": "ok"}],
        columns=schema.DOCUMENTS.names,
    )
    return tables


def tiny_tables() -> dict[str, pd.DataFrame]:
    conform = conform_rows

    nodes = conform(
        "nodes",
        [
            {
                "node_id": "PERSON:ann-lee",
                "type": "PERSON",
                "name": "Ann Lee",
                "aliases": ["Lee"],
                "country": "Ruritania",
                "rank": "General",
                "title": "Defence Minister",
                "n_mentions": 5,
                "n_documents": 2,
            },
            {
                "node_id": "PERSON:bo-kim",
                "type": "PERSON",
                "name": "Bo Kim",
                "aliases": [],
                "country": "Freedonia",
                "rank": None,
                "title": "Chief of <Staff>",
                "n_mentions": 3,
                "n_documents": 2,
            },
            {
                "node_id": "PERSON:cy-lee",
                "type": "PERSON",
                "name": "Cy Lee",
                "aliases": ["Lee"],
                "country": "Freedonia",
                "rank": None,
                "title": None,
                "n_mentions": 1,
                "n_documents": 1,
            },
            {
                "node_id": "RANK:general",
                "type": "RANK",
                "name": "General",
                "aliases": [],
                "n_mentions": 1,
                "n_documents": 1,
            },
            {
                "node_id": "RANK:colonel",
                "type": "RANK",
                "name": "Colonel",
                "aliases": [],
                "n_mentions": 1,
                "n_documents": 1,
            },
            {"node_id": "ORG:navy", "type": "ORG", "name": "Navy", "aliases": [], "n_mentions": 2, "n_documents": 1},
            {
                "node_id": "EXERCISE:sea-wolf",
                "type": "EXERCISE",
                "name": "Sea Wolf",
                "aliases": [],
                "n_mentions": 1,
                "n_documents": 1,
            },
        ],
    )
    documents = conform(
        "documents",
        [
            {"doc_id": "d1", "source_file": "d1.txt", "published": "2023-01-10", "n_paragraphs": 1, "status": "ok"},
            {"doc_id": "d2", "source_file": "d2.txt", "published": "2024-03-02", "n_paragraphs": 1, "status": "ok"},
        ],
    )
    paragraphs = conform(
        "paragraphs",
        [
            {"doc_id": "d1", "para_idx": 0, "text": "x", "cluster_id": "c1", "is_boilerplate": False, "text_id": "t1"},
            {"doc_id": "d2", "para_idx": 0, "text": "y", "cluster_id": "c2", "is_boilerplate": False, "text_id": "t2"},
        ],
    )
    meetings = conform(
        "meetings",
        [
            {
                "meeting_id": "MEETING:1",
                "doc_id": "d1",
                "participants": ["PERSON:ann-lee", "PERSON:bo-kim"],
                "participant_names": ["Ann Lee", "Bo Kim"],
                "date": "2023-01-09",
                "location": "Capital",
                "mode": "in_person",
                "status": "occurred",
                "topics": ["naval cooperation"],
                "evidence": "Ann Lee met Bo Kim <script>x</script>.",
                "confidence": 0.9,
                "para_idx": 0,
            },
            {
                "meeting_id": "MEETING:2",
                "doc_id": "d2",
                "participants": ["PERSON:ann-lee", "PERSON:bo-kim", "PERSON:cy-lee"],
                "participant_names": ["Ann Lee", "Bo Kim", "Cy Lee"],
                "date": "2024-03-01",
                "location": "Port",
                "mode": "video",
                "status": "occurred",
                "topics": ["exercise Sea Wolf"],
                "evidence": "They talked.",
                "confidence": 0.8,
                "para_idx": 0,
            },
        ],
    )
    edges = conform(
        "edges",
        [
            {"source": "PERSON:ann-lee", "target": "RANK:colonel", "relation": "HAS_RANK", "doc_id": "d1"},
            {"source": "PERSON:ann-lee", "target": "RANK:general", "relation": "HAS_RANK", "doc_id": "d2"},
            {
                "source": "PERSON:ann-lee",
                "target": "PERSON:bo-kim",
                "relation": "MET",
                "doc_id": "d1",
                "meeting_id": "MEETING:1",
                "date": "2023-01-09",
            },
        ],
    )
    empty = {name: schema.empty(schema.TABLES[name]) for name in ("clusters", "mentions")}
    return {
        "documents": documents,
        "paragraphs": paragraphs,
        "nodes": nodes,
        "edges": edges,
        "meetings": meetings,
        **empty,
    }


def write_tiny_output(folder) -> None:
    from pipeline import io

    io.write_tables(tiny_tables(), folder)


def run_command(inputs, out, model) -> list[str]:
    """`meetgraph run` as a child process (for tests that signal or kill it), quiet and without the cache."""
    import sys

    return [sys.executable, "-m", "pipeline", "run", "-i", str(inputs), "-o", str(out), "--model", str(model),
            "--no-cache", "--quiet"]  # fmt: skip
