from __future__ import annotations

import networkx as nx
import pytest
from typer.testing import CliRunner

from pipeline.analyst import graph_export
from pipeline.cli import app
from tests.analyst_tables import tiny_tables, write_tiny_output


def test_meeting_network_weights_edges_by_shared_meetings():
    t = tiny_tables()
    graph = graph_export.meeting_network(t["nodes"], t["meetings"])
    assert graph["PERSON:ann-lee"]["PERSON:bo-kim"]["weight"] == 2
    assert graph["PERSON:ann-lee"]["PERSON:cy-lee"]["weight"] == 1
    assert graph.nodes["PERSON:ann-lee"]["meetings"] == 2
    assert graph.nodes["PERSON:bo-kim"]["country"] == "Freedonia"


@pytest.mark.parametrize(("fmt", "reader"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_cli_export_loads_back_with_networkx(tmp_path, fmt, reader):
    out = tmp_path / "out"
    write_tiny_output(out)
    result = CliRunner().invoke(app, ["graph", "--output", str(out), "--format", fmt])
    assert result.exit_code == 0, result.output
    graph = reader(out / f"graph.{fmt}")
    assert graph.number_of_nodes() == len(tiny_tables()["nodes"])
    assert graph.nodes["PERSON:ann-lee"]["aliases"] == "Lee"
    assert graph.nodes["PERSON:ann-lee"]["country"] == "Ruritania"
    relations = sorted(d["relation"] for *_, d in graph.edges(data=True))
    assert relations == ["HAS_RANK", "HAS_RANK", "MET"]

    result = CliRunner().invoke(app, ["graph", "--output", str(out), "--format", fmt, "--meetings"])
    assert result.exit_code == 0, result.output
    network = reader(out / f"meetings.{fmt}")
    assert int(network.edges["PERSON:ann-lee", "PERSON:bo-kim"]["weight"]) == 2
    assert network.edges["PERSON:ann-lee", "PERSON:bo-kim"]["meeting_ids"] == "MEETING:1; MEETING:2"


def test_unknown_format_is_one_clear_error(tmp_path):
    write_tiny_output(tmp_path / "out")
    result = CliRunner().invoke(app, ["graph", "--output", str(tmp_path / "out"), "--format", "dot"])
    assert result.exit_code == 1 and "unknown format" in result.output


def _read_neo4j(folder):
    import csv

    with open(folder / "nodes.csv", newline="", encoding="utf-8") as f:
        nodes = list(csv.reader(f))
    with open(folder / "relationships.csv", newline="", encoding="utf-8") as f:
        rels = list(csv.reader(f))
    return nodes, rels


@pytest.mark.parametrize("meetings_only", [False, True])
def test_neo4j_export_has_admin_import_headers_and_every_edge_end_is_a_node(tmp_path, meetings_only):
    from tests.sql_tables import write_dev_like_output

    out = tmp_path / "out"
    write_dev_like_output(out)
    args = ["graph", "--output", str(out), "--format", "neo4j"] + (["--meetings"] if meetings_only else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    nodes, rels = _read_neo4j(out / "neo4j")
    assert nodes[0][0] == "node_id:ID" and nodes[0][-1] == ":LABEL" and "aliases:string[]" in nodes[0]
    assert rels[0][:2] == [":START_ID", ":END_ID"] and rels[0][-1] == ":TYPE"
    ids = [row[0] for row in nodes[1:]]
    assert len(ids) == len(set(ids))
    assert all(len(row) == len(nodes[0]) for row in nodes) and all(len(row) == len(rels[0]) for row in rels)
    ends = {end for row in rels[1:] for end in row[:2]}
    assert ends and ends <= set(ids)
    types = {row[-1] for row in rels[1:]}
    labels = dict(zip(ids, (row[-1] for row in nodes[1:])))
    if meetings_only:
        assert set(labels.values()) == {"PERSON"} and types <= {"MET"}
    else:
        assert {"ATTENDED", "HAS_RANK", "MEMBER_OF"} <= types
        assert labels["PERSON:arif-kelbeyli"] == "PERSON" and labels["MEETING:m1"] == "MEETING"
        person = dict(zip(nodes[0], nodes[ids.index("PERSON:arif-kelbeyli") + 1]))
        assert person["name:string"] == "Arif Kelbeyli" and person["aliases:string[]"] == "Kelbeyli"
        attended = [dict(zip(rels[0], r)) for r in rels[1:] if r[-1] == "ATTENDED" and r[2] == "a1"]
        assert attended and attended[0]["source_url:string"] == "https://news.example.az/a1"
    assert (out / "neo4j" / "import.sh").read_text().count("neo4j-admin database import full") == 1


def test_neo4j_export_adds_a_node_for_an_edge_end_without_one():
    from tests.sql_tables import dev_like_tables

    t = dev_like_tables()
    edges = t["edges"].copy()
    edges.loc[len(edges)] = {
        "source": "MEETING:m1",
        "target": "GPE:baku",
        "relation": "HELD_AT",
        "doc_id": "a1",
        "meeting_id": "MEETING:m1",
        "date": None,
        "evidence": None,
        "confidence": None,
    }
    node_frame, edge_frame = graph_export.neo4j_tables(t["nodes"], edges, t["documents"])
    stub = node_frame[node_frame["node_id:ID"] == "GPE:baku"]
    assert stub[":LABEL"].tolist() == ["GPE"] and stub["name:string"].tolist() == ["baku"]
    assert set(edge_frame[":START_ID"]) | set(edge_frame[":END_ID"]) <= set(node_frame["node_id:ID"])
