"""End to end: the CLI on the sample articles in data/raw, checked against the schema."""

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline import load, schema
from pipeline.cli import app
from pipeline.text import slug

runner = CliRunner()


def _surnames(names) -> set[str]:
    return {slug(n).split("-")[-1] for n in names}


def test_run_writes_every_table_in_both_formats(sample_output):
    for name in schema.TABLES:
        assert (sample_output / f"{name}.parquet").exists(), name
        assert (sample_output / f"{name}.csv").exists(), name


def test_tables_conform_to_schema(sample_output):
    tables = load(sample_output)
    assert set(tables) == set(schema.TABLES)
    for name, df in tables.items():
        assert schema.validate(df, schema.TABLES[name]) == [], name
        csv = pd.read_csv(sample_output / f"{name}.csv")
        assert list(csv.columns) == schema.TABLES[name].names
        assert len(csv) == len(df)


def test_documents_metadata(sample_output):
    docs = load(sample_output)["documents"].set_index("doc_id")
    assert (docs["status"] == "ok").all()
    dated = docs[docs["published"].notna()]
    assert dated["outlet"].tolist() == ["Azernews"] and dated["published"].tolist() == ["2021-07-15"]
    bylined = docs[docs["author"].notna()]
    assert bylined["author"].tolist() == ["Vugar Khalilov"]


def test_byline_author_is_not_a_person(sample_output):
    nodes = load(sample_output)["nodes"]
    assert "khalilov" not in _surnames(nodes.loc[nodes["type"] == "PERSON", "name"])


def test_the_receiving_person_of_each_sample_meets_the_visitor(sample_output):
    """Each sample article reports one person receiving a visitor: both are in one meeting."""
    tables = load(sample_output)
    meetings = tables["meetings"]
    docs = tables["documents"].set_index("doc_id")
    for doc_id, (receiver, visitor) in {
        docs.index[docs["author"].notna()][0]: ("valiyev", "dalkiran"),
        docs.index[docs["published"].notna()][0]: ("hasanov", "bagci"),
    }.items():
        rows = meetings[meetings["doc_id"] == doc_id]
        hits = rows[[{receiver, visitor} <= _surnames(names) for names in rows["participant_names"]]]
        assert len(hits), doc_id
        assert _surnames(hits["host_name"].dropna()) == {receiver}, doc_id


def test_boilerplate_shared_by_both_samples_is_flagged(sample_output):
    paragraphs = load(sample_output)["paragraphs"]
    shared = paragraphs[paragraphs["text"].str.startswith("Military cooperation between Azerbaijan and Turkey")]
    assert len(shared) == 2 and shared["is_boilerplate"].all()
    assert shared["cluster_id"].nunique() == 1


def test_stage_commands_chain_to_the_same_output(tmp_path, raw_dir, sample_output):
    from pipeline import io
    from pipeline.runtime import registry

    work, out = tmp_path / "work", tmp_path / "out"
    for args in (
        ["clean", "--input", str(raw_dir), "--work", str(work)],
        ["dedup", "--work", str(work)],
        ["ner", "--work", str(work)],
        ["resolve", "--work", str(work)],
        ["relate", "--work", str(work)],
        ["export", "--work", str(work), "--output", str(out)],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    staged, whole = load(out), load(sample_output)
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(staged[name], whole[name], check_like=False, obj=name)
    for stage in registry.STAGES[:-1]:  # each command left the tables its stage makes, as their specs declare
        for name, df in zip(stage.outputs, io.read_interim(work, *stage.outputs)):
            assert schema.check(df, stage.spec(name)) == [], (stage.name, name)


@pytest.mark.parametrize("command", ["run", "clean", "dedup", "ner", "resolve", "relate", "export", "schema"])
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_missing_input_is_one_clear_error(tmp_path):
    result = runner.invoke(app, ["run", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "input not found" in result.output
    assert "Traceback" not in result.output


def test_unknown_model_is_one_clear_error(tmp_path, raw_dir):
    result = runner.invoke(
        app, ["run", "--input", str(raw_dir), "--output", str(tmp_path / "out"), "--model", "no_such_model"]
    )
    assert result.exit_code != 0
    assert "not installed" in result.output
    assert not (tmp_path / "out").exists()


def test_stage_without_earlier_stage_says_what_to_run(tmp_path):
    result = runner.invoke(app, ["dedup", "--work", str(tmp_path)])
    assert result.exit_code != 0
    assert "run the earlier stage first" in result.output
