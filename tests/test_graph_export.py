from __future__ import annotations

import networkx as nx
import pytest
from typer.testing import CliRunner

from pipeline import graph_export
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
