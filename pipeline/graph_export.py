"""Meeting network as a networkx graph, and GraphML/GEXF files for Gephi."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import networkx as nx
import pandas as pd

FORMATS = ("graphml", "gexf")


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
            row["source"], row["target"], key=f"{row['relation']}|{row['doc_id']}|{_scalar(row['meeting_id'])}",
            **{k: _scalar(v) for k, v in row.items() if k not in ("source", "target")},
        )
    return graph


def write_graph(graph: nx.Graph, path: Path, fmt: str) -> Path:
    """Write `graph` as GraphML or GEXF (list attributes joined with '; ')."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; use one of {', '.join(FORMATS)}")
    graph = graph.copy()
    for _, data in graph.nodes(data=True):
        data.update({k: _scalar(v) for k, v in data.items()})
    for *_, data in graph.edges(data=True):
        data.update({k: _scalar(v) for k, v in data.items()})
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(graph, path)
    return path
