"""The stage registry that the runner and the stage commands share, and the specs of the tables stages hand on."""

from __future__ import annotations

import dataclasses
import inspect

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline import io, schema
from pipeline.cli import app
from pipeline.runtime import registry
from pipeline.stages import ner

cli = CliRunner()
ARTICLE = "Defence Minister Anna Weber met General Omar Kaya in Ankara on Monday.\n\nThey discussed training.\n"


def test_the_registry_holds_the_six_stages_in_order():
    assert [stage.name for stage in registry.STAGES] == ["clean", "dedup", "ner", "resolve", "relate", "export"]
    assert set(registry.BY_NAME) == {stage.name for stage in registry.STAGES}


def test_every_input_is_made_by_an_earlier_stage():
    made = {registry.SOURCE}
    for stage in registry.STAGES:
        assert set(stage.inputs) <= made, (stage.name, set(stage.inputs) - made)
        made |= set(stage.outputs)


def test_every_output_has_a_spec_and_the_last_stage_makes_the_output_tables():
    for stage in registry.STAGES:
        for name in stage.outputs:
            assert stage.spec(name).name == name, (stage.name, name)
    assert [stage.name for stage in registry.STAGES if stage.final] == ["export"]
    assert list(registry.STAGES[-1].outputs) == list(schema.TABLES)


def test_stage_functions_take_their_declared_inputs_then_the_context():
    for stage in registry.STAGES:
        params = list(inspect.signature(stage.run).parameters)
        assert params[:-1] == list(stage.inputs), stage.name
        assert params[-1] == "context", stage.name


def test_ner_column_lists_agree_with_the_specs():
    assert schema.WORK_TABLES["text_mentions"].names == ner.TEXT_MENTION_COLUMNS
    assert schema.WORK_TABLES["frames"].names == ner.FRAME_COLUMNS


def test_a_table_is_let_go_once_no_later_stage_reads_it():
    index = {stage.name: i for i, stage in enumerate(registry.STAGES)}
    assert "paragraphs_raw" not in registry.needed_after(index["dedup"])
    assert "frames" in registry.needed_after(index["resolve"])
    assert "frames" not in registry.needed_after(index["relate"])
    assert "text_mentions" not in registry.needed_after(index["ner"])
    assert registry.needed_after(index["export"]) == set()


# --- schema.check: the cheap check of each table a stage makes --------------------------------------


def _text_mentions(**columns) -> pd.DataFrame:
    rows = {
        "text_id": ["t1"],
        "start": [0],
        "end": [4],
        "text": ["Anna"],
        "label": ["PERSON"],
        "sent_idx": [0],
        "norm": ["Anna"],
        "role": [None],
    }
    return pd.DataFrame({**rows, **columns})


def test_check_accepts_a_fitting_table_and_nulls_of_any_type():
    assert schema.check(_text_mentions(), schema.TEXT_MENTIONS) == []
    assert schema.check(_text_mentions(norm=[None]), schema.TEXT_MENTIONS) == []
    assert schema.check(pd.DataFrame(columns=schema.TEXT_MENTIONS.names), schema.TEXT_MENTIONS) == []
    nodes = pd.DataFrame(
        [
            {
                "node_id": "PERSON:a",
                "type": "PERSON",
                "name": "A",
                "aliases": ["a"],
                "country": None,
                "country_basis": None,
                "rank": None,
                "title": None,
                "n_mentions": 1,
                "n_documents": 1,
            }
        ]
    )
    assert schema.check(nodes, schema.ENTITY_NODES) == []


def test_check_names_missing_undeclared_and_mistyped_columns():
    df = _text_mentions(start=["0"], extra=[1]).drop(columns=["norm"])
    problems = schema.check(df, schema.TEXT_MENTIONS)
    assert "missing columns ['norm']" in problems
    assert "undeclared columns ['extra']" in problems
    assert any(p.startswith("start is") and p.endswith("declared int") for p in problems)
    assert schema.check(_text_mentions(sent_idx=[True]), schema.TEXT_MENTIONS) != []


def test_a_stage_whose_output_breaks_its_spec_is_named():
    broken = dataclasses.replace(
        registry.BY_NAME["dedup"],
        run=lambda documents, paragraphs, context: (
            documents,
            paragraphs.drop(columns=["language"]),
            schema.empty(schema.CLUSTERS),
        ),
    )
    documents = schema.empty(schema.DOCUMENTS)
    paragraphs = pd.DataFrame({"doc_id": ["d"], "para_idx": [0], "text": ["Hello there."], "language": ["en"]})
    with pytest.raises(
        registry.StageOutputError,
        match=r"stage dedup made a paragraphs table .* missing "
        r"columns \['cluster_id', 'is_boilerplate', 'text_id', "
        r"'language'\]",
    ):
        registry.call(broken, [documents, paragraphs])


def _break_resolve(monkeypatch):
    """resolve loses the node_id column, in the registry that the runner and the commands read."""

    def resolve_without_node_ids(mentions_raw, context):
        mentions, nodes, edges = registry._resolve(mentions_raw, context)
        return mentions.drop(columns=["node_id"]), nodes, edges

    broken = dataclasses.replace(registry.BY_NAME["resolve"], run=resolve_without_node_ids)
    monkeypatch.setattr(registry, "STAGES", tuple(broken if s.name == "resolve" else s for s in registry.STAGES))
    monkeypatch.setitem(registry.BY_NAME, "resolve", broken)


def test_a_run_reports_a_stage_that_breaks_its_spec_in_one_line(tmp_path, blank_model, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    _break_resolve(monkeypatch)
    result = cli.invoke(
        app,
        [
            "run",
            "-i",
            str(tmp_path / "in"),
            "-o",
            str(tmp_path / "out"),
            "-m",
            str(blank_model),
            "-j",
            "1",
            "--no-cache",
        ],
    )
    assert result.exit_code == 1
    assert "stage resolve made a mentions table that does not fit its spec" in result.output
    assert "missing columns ['node_id']" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_a_stage_command_reports_a_stage_that_breaks_its_spec(tmp_path, blank_model, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    work = str(tmp_path / "work")
    for args in (["clean", "-i", str(tmp_path / "in")], ["dedup"], ["ner", "-m", str(blank_model), "-j", "1"]):
        assert cli.invoke(app, [*args, "--work", work]).exit_code == 0, args
    _break_resolve(monkeypatch)
    result = cli.invoke(app, ["resolve", "--work", work])
    assert result.exit_code == 1
    assert "stage resolve made a mentions table" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "work" / "mentions.parquet").exists()


def test_the_ner_command_uses_the_analysis_cache_beside_work(tmp_path, blank_model):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    work = str(tmp_path / "work")
    for args in (["clean", "-i", str(tmp_path / "in")], ["dedup"], ["ner", "-m", str(blank_model), "-j", "1"]):
        assert cli.invoke(app, [*args, "--work", work]).exit_code == 0, args
    assert list((tmp_path / ".meetgraph-cache").glob("analysis-*.sqlite"))
    result = cli.invoke(
        app, ["ner", "--work", work, "-m", str(blank_model), "--no-cache", "--cache-dir", str(tmp_path / "unused")]
    )
    assert result.exit_code == 0 and not (tmp_path / "unused").exists()


def test_intermediate_list_columns_come_back_as_lists(tmp_path):
    nodes = pd.DataFrame(
        [
            {
                "node_id": "PERSON:a",
                "type": "PERSON",
                "name": "A",
                "aliases": ["a", "b"],
                "country": None,
                "country_basis": None,
                "rank": None,
                "title": None,
                "n_mentions": 1,
                "n_documents": 1,
            }
        ]
    )
    io.write_interim({"entity_nodes": nodes}, tmp_path)
    (read,) = io.read_interim(tmp_path, "entity_nodes")
    assert read["aliases"].tolist() == [["a", "b"]]
    assert schema.check(read, schema.ENTITY_NODES) == []
