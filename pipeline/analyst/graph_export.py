"""Meeting network as a networkx graph, GraphML/GEXF files for Gephi, and CSVs for `neo4j-admin database import`."""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from itertools import combinations
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

FORMATS = ("graphml", "gexf", "neo4j")
FILE_FORMATS = ("graphml", "gexf")


def _scalar(value) -> str | int | float | bool:
    """GraphML and GEXF have no list or null type: lists are joined, nulls become ''."""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist") and not isinstance(value, str):
        return "; ".join(str(v) for v in list(value))
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value
    return str(value)


def meeting_network(nodes: pd.DataFrame, meetings: pd.DataFrame) -> nx.Graph:
    """Persons who met, linked by an edge weighted by the number of distinct meetings they share."""
    graph = nx.Graph()
    by_meeting = meetings.drop_duplicates("meeting_id")
    persons = nodes.set_index("node_id")
    for row in by_meeting.itertuples():
        people = sorted({p for p in row.participants if str(p).startswith("PERSON:")})
        for pid in people:
            if pid not in graph:
                attrs = persons.loc[pid].to_dict() if pid in persons.index else {"name": pid, "type": "PERSON"}
                graph.add_node(pid, **{k: _scalar(v) for k, v in attrs.items()}, meetings=0)
            graph.nodes[pid]["meetings"] += 1
        for a, b in combinations(people, 2):
            data = graph.get_edge_data(a, b) or {"weight": 0, "meeting_ids": [], "dates": []}
            data["weight"] += 1
            data["meeting_ids"].append(row.meeting_id)
            data["dates"].append(_scalar(row.date))
            graph.add_edge(a, b, **data)
    return graph


def full_graph(nodes: pd.DataFrame, edges: pd.DataFrame) -> nx.MultiDiGraph:
    """Every node and typed edge of the output tables (one edge per reporting document)."""
    graph = nx.MultiDiGraph()
    for row in nodes.to_dict("records"):
        graph.add_node(row["node_id"], **{k: _scalar(v) for k, v in row.items() if k != "node_id"})
    for row in edges.to_dict("records"):
        graph.add_edge(
            row["source"],
            row["target"],
            key=f"{row['relation']}|{row['doc_id']}|{_scalar(row['meeting_id'])}",
            **{k: _scalar(v) for k, v in row.items() if k not in ("source", "target")},
        )
    return graph


def write_graph(graph: nx.Graph, path: Path, fmt: str) -> Path:
    """Write `graph` as GraphML or GEXF (list attributes joined with '; ')."""
    if fmt not in FILE_FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; use one of {', '.join(FILE_FORMATS)}")
    graph = graph.copy()
    for _, data in graph.nodes(data=True):
        data.update({k: _scalar(v) for k, v in data.items()})
    for *_, data in graph.edges(data=True):
        data.update({k: _scalar(v) for k, v in data.items()})
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(graph, path)
    return path


# --- Neo4j: CSV files for `neo4j-admin database import full` ------------------------------------

NEO4J_ARRAY_DELIMITER = ";"
_NEO4J_NODE_PROPS = (
    ("name", "string"),
    ("aliases", "string[]"),
    ("country", "string"),
    ("rank", "string"),
    ("title", "string"),
    ("n_mentions", "int"),
    ("n_documents", "int"),
)
_NEO4J_EDGE_PROPS = (
    ("doc_id", "string"),
    ("meeting_id", "string"),
    ("date", "string"),
    ("evidence", "string"),
    ("confidence", "float"),
    ("source_url", "string"),
)


def _neo4j_value(value, kind: str) -> str:
    if isinstance(value, (list, tuple, np.ndarray)):
        return NEO4J_ARRAY_DELIMITER.join(str(v).replace(NEO4J_ARRAY_DELIMITER, ",") for v in list(value))
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if kind == "int":
        return str(int(value))
    return str(value)


def neo4j_tables(
    nodes: pd.DataFrame, edges: pd.DataFrame, documents: pd.DataFrame | None = None, meetings_only: bool = False
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(nodes, relationships) frames whose column names are neo4j-admin import headers.

    Every edge end is a node: an edge to an id that has no node row (a place of a meeting) gets a node
    labelled by the id's prefix, named by the rest. With `meetings_only`, persons and MET edges only.
    """
    nodes = nodes.drop_duplicates("node_id")
    if meetings_only:
        nodes = nodes[nodes["type"] == "PERSON"]
        edges = edges[
            (edges["relation"] == "MET")
            & edges["source"].isin(nodes["node_id"])
            & edges["target"].isin(nodes["node_id"])
        ]
    known = set(nodes["node_id"])
    missing = sorted({*edges["source"], *edges["target"]} - known)
    stubs = pd.DataFrame(
        {
            "node_id": missing,
            "type": [m.split(":", 1)[0] if ":" in m else "ENTITY" for m in missing],
            "name": [m.split(":", 1)[-1].replace("-", " ") for m in missing],
        }
    )
    all_nodes = pd.concat([nodes, stubs], ignore_index=True)
    node_frame = pd.DataFrame({"node_id:ID": all_nodes["node_id"].astype(str)})
    for prop, kind in _NEO4J_NODE_PROPS:
        values = all_nodes[prop] if prop in all_nodes else pd.Series([None] * len(all_nodes))
        node_frame[f"{prop}:{kind}"] = [_neo4j_value(v, kind) for v in values]
    node_frame[":LABEL"] = all_nodes["type"].fillna("ENTITY").astype(str).str.upper().to_numpy()
    url = {} if documents is None or "url" not in documents else documents.set_index("doc_id")["url"].dropna().to_dict()
    edges = edges.assign(source_url=[url.get(d) for d in edges["doc_id"]])
    edge_frame = pd.DataFrame(
        {":START_ID": edges["source"].astype(str).to_numpy(), ":END_ID": edges["target"].astype(str).to_numpy()}
    )
    for prop, kind in _NEO4J_EDGE_PROPS:
        edge_frame[f"{prop}:{kind}"] = [_neo4j_value(v, kind) for v in edges[prop]]
    edge_frame[":TYPE"] = edges["relation"].astype(str).to_numpy()
    return node_frame, edge_frame


NEO4J_IMPORT = (
    "neo4j-admin database import full --overwrite-destination "
    f"--array-delimiter='{NEO4J_ARRAY_DELIMITER}' --nodes=nodes.csv --relationships=relationships.csv neo4j"
)


def write_neo4j(node_frame: pd.DataFrame, edge_frame: pd.DataFrame, folder: Path) -> Path:
    """Write `nodes.csv`, `relationships.csv` and `import.sh` into `folder`, replaced as a whole."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-", dir=folder.parent))
    try:
        for frame, name in ((node_frame, "nodes.csv"), (edge_frame, "relationships.csv")):
            frame.to_csv(staging / name, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        (staging / "import.sh").write_text(
            "#!/bin/sh\n# Load into an empty Neo4j database (the server stopped), from this folder:\n"
            f'cd "$(dirname "$0")" && {NEO4J_IMPORT} "$@"\n',
            encoding="utf-8",
        )
        old = folder.with_name(f".{folder.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            os.replace(folder, old)
        os.replace(staging, folder)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder
