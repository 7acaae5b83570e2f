"""A user's files are never moved: output paths that are files or symlinks, outputs inside the input, Ctrl-C,
derived files of an earlier run. Real files, symlinks and signals in temporary folders."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline import io, load
from pipeline.cli import app
from tests.analyst_tables import marker_tables as _tables
from tests.analyst_tables import run_command

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Defence Minister Olaf Brinkmann met General Tomas Várady in Lindberg on Monday to discuss training."
runner = CliRunner()


def _run(inputs, out, *args):
    return runner.invoke(app, ["run", "-i", str(inputs), "-o", str(out), *map(str, args)])


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture()
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    return folder


# 1. an output path that is a file ------------------------------------------------------------


def test_output_path_that_is_a_file_is_refused_before_the_model_loads(tmp_path, inputs):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    before = _listing(tmp_path)
    # A model that does not exist: the refusal must come first, so the model is never looked at.
    result = _run(inputs, notes, "--model", "no_such_model_xyz")
    assert result.exit_code == 1
    assert "notes.txt is a file, not a folder" in result.output and "not installed" not in result.output
    assert notes.read_text() == "my notes"
    assert _listing(tmp_path) == before  # no lock, no hidden copy, nothing created or moved


def test_link_to_a_file_as_output_is_refused_and_writers_never_move_a_file(tmp_path, inputs, blank_model):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    (tmp_path / "out").symlink_to(notes)
    result = _run(inputs, tmp_path / "out", "--model", blank_model)
    assert result.exit_code == 1 and "is a file, not a folder" in result.output
    with pytest.raises(io.OutputNotAFolder):
        io.write_tables(_tables("x"), notes)
    assert notes.read_text() == "my notes" and (tmp_path / "out").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "notes.txt", "out"]


# 2. a symlinked output folder ----------------------------------------------------------------


def test_symlinked_output_folder_is_written_inside_its_target(tmp_path, inputs, blank_model):
    target = tmp_path / "big" / "disk" / "out"
    target.mkdir(parents=True)
    (target / "mine.txt").write_text("kept")
    (tmp_path / "data").mkdir()
    link = tmp_path / "data" / "out"
    link.symlink_to(target, target_is_directory=True)
    for _ in range(2):  # the second run used to fail with "Not a directory"
        result = _run(inputs, link, "--model", blank_model, "--quiet")
        assert result.exit_code == 0, result.output
        assert link.is_symlink() and Path(os.readlink(link)) == target
        assert (target / "documents.parquet").is_file() and (target / "mine.txt").read_text() == "kept"
    assert load(link)["documents"]["doc_id"].tolist() == ["a"]
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["out"]  # nothing left beside the link
    assert not [p.name for p in target.parent.iterdir() if p.name.startswith(".out.")]


def test_lock_holds_across_the_link_and_the_real_path(tmp_path):
    target = tmp_path / "real"
    target.mkdir()
    link = tmp_path / "link"
    link.symlink_to(target, target_is_directory=True)
    with io.output_lock(link):
        with pytest.raises(io.OutputLocked):
            with io.output_lock(target):
                pass
    with io.output_lock(target):
        with pytest.raises(io.OutputLocked):
            with io.output_lock(link):
                pass


# 3. an output folder inside the input folder -------------------------------------------------


def test_output_inside_input_is_never_read_back(tmp_path, inputs, blank_model):
    for attempt in range(2):
        result = _run(inputs, inputs / "out", "--model", blank_model)
        assert result.exit_code == 0, result.output
        assert "inside the input folder" in result.output
        docs = load(inputs / "out")["documents"]
        assert docs["source_file"].tolist() == ["a.txt"], attempt  # not the CSV tables of the first run


def test_other_outputs_interim_tables_caches_and_locks_are_not_inputs(tmp_path, inputs, blank_model):
    io.write_tables(_tables("old"), inputs / "yesterday")  # an earlier run's output, CSVs included
    io.write_interim({"documents": _tables("w")["documents"], "meetings": _tables("w")["meetings"]}, inputs / "interim")
    (inputs / "interim" / "notes.csv").write_text("text\nnot an article\n")
    (inputs / ".meetgraph-cache").mkdir()
    (inputs / ".meetgraph-cache" / "x.csv").write_text("text\ncached\n")
    (inputs / ".meetgraph-out.lock").write_text("123\n")
    result = _run(inputs, tmp_path / "out", "--model", blank_model, "--no-cache")
    assert result.exit_code == 0, result.output
    assert load(tmp_path / "out")["documents"]["source_file"].tolist() == ["a.txt"]


def test_input_inside_the_output_folder_is_refused(tmp_path, blank_model):
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    (out / "articles" / "a.txt").write_text(ARTICLE)
    result = _run(out / "articles", out, "--model", blank_model)
    assert result.exit_code == 1 and "inside the output folder" in result.output
    assert (out / "articles" / "a.txt").read_text() == ARTICLE


# 4. Ctrl-C -------------------------------------------------------------------------------------


def _random_corpus(folder: Path, n: int) -> None:
    words = (
        "minister envoy general talks defence army navy cooperation visit capital training exercise border "
        "security agreement"
    ).split()
    rng = random.Random(7)
    folder.mkdir()
    for i in range(n):
        paragraphs = [" ".join(rng.choice(words) for _ in range(60)) + "." for _ in range(2)]
        (folder / f"d{i:04d}.txt").write_text("\n\n".join(paragraphs) + "\n")


def _gone(pgid: int, within: float = 5.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
def test_ctrl_c_prints_one_line_exits_130_and_leaves_no_workers(tmp_path, blank_model):
    inputs, out = tmp_path / "in", tmp_path / "out"
    _random_corpus(inputs, 1500)
    command = [*run_command(inputs, out, blank_model), "-j", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(command, env=env, check=True)  # cold: imports and page cache warm up
    start = time.monotonic()
    subprocess.run(command, env=env, check=True)
    full_run = time.monotonic() - start
    previous = load(out)
    for fraction in (0.1, 0.4, 0.65):  # importing, reading/cleaning, analysing with forked workers
        for delay in (full_run * fraction, full_run * fraction / 2, full_run * fraction / 4):
            # Like a terminal's Ctrl-C: SIGINT to the whole process group, workers included.
            run = subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
            )
            time.sleep(delay)
            os.killpg(run.pid, signal.SIGINT)
            stdout, stderr = run.communicate(timeout=60)
            if run.returncode != 0:
                break
            # the machine ran this one faster than the timed run: it was done before the signal came; try earlier
            previous = load(out)
        assert run.returncode == 130, (fraction, stderr)
        assert [line for line in stderr.splitlines() if line.strip()] == [
            "meetgraph: interrupted; previous outputs kept"
        ], (fraction, stderr)
        assert _gone(run.pid), f"worker processes left after Ctrl-C at {fraction:.0%}"
        tables = load(out)
        for name, df in previous.items():
            pd.testing.assert_frame_equal(tables[name], df, obj=f"{name} after Ctrl-C at {fraction:.0%}")


_CAUGHT_CTRL_C_THEN_EXIT = """
import ctypes, sys
from pipeline.__main__ import _exit
ctypes.pythonapi.PyRun_SimpleString(b"raise KeyboardInterrupt")  # as a C extension's import can, mid Ctrl-C
{exit}
"""


@pytest.mark.parametrize("exit_call, code", [("sys.exit(130)", -signal.SIGINT), ("_exit(130)", 130)])
def test_python_dash_m_exits_130_after_a_ctrl_c_that_went_through_c_code(tmp_path, exit_call, code):
    # CPython run with -m turns any exit into death by SIGINT once a KeyboardInterrupt crossed a PyRun_String
    # frame; pipeline.__main__ exits with the code itself (the first case shows the trap it avoids).
    (tmp_path / "caught_then_exit.py").write_text(_CAUGHT_CTRL_C_THEN_EXIT.format(exit=exit_call))
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{tmp_path}"}
    run = subprocess.run([sys.executable, "-m", "caught_then_exit"], env=env, capture_output=True, cwd=tmp_path)
    assert run.returncode == code


def test_ctrl_c_while_the_command_imports_prints_the_one_line():
    code = (
        "import os, _signal, time\n"
        "from pipeline.__main__ import _interrupted_while_starting\n"
        "_signal.signal(_signal.SIGINT, _interrupted_while_starting)\n"
        "os.kill(os.getpid(), _signal.SIGINT)\n"
        "time.sleep(30)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stderr) == (130, "meetgraph: interrupted; previous outputs kept\n")


def test_ctrl_c_during_the_swap_finishes_the_swap_first(tmp_path, monkeypatch):
    out = tmp_path / "out"
    io.write_tables(_tables("old"), out)
    real_replace = os.replace

    def replace_then_ctrl_c(src, dst):
        real_replace(src, dst)
        os.kill(os.getpid(), signal.SIGINT)  # arrives between the two renames

    monkeypatch.setattr(io.os, "replace", replace_then_ctrl_c)
    with pytest.raises(io.InterruptedAfterWrite):
        io.write_tables(_tables("new"), out)
    monkeypatch.setattr(io.os, "replace", real_replace)
    assert load(out)["documents"]["doc_id"].tolist() == ["new"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


# 9. derived files of an earlier run ------------------------------------------------------------


def test_rerun_removes_the_previous_runs_report_and_graphs_and_keeps_user_files(tmp_path, inputs, blank_model):
    out = tmp_path / "out"
    assert _run(inputs, out, "--model", blank_model, "--quiet").exit_code == 0
    for name in ("report.html", "report-network.png", "graph.graphml", "meetings.gexf"):
        (out / name).write_text("from the first run")
    (out / "my-analysis.ipynb").write_text("{}")
    result = _run(inputs, out, "--model", blank_model)
    assert result.exit_code == 0, result.output
    names = {p.name for p in out.iterdir()}
    assert not names & {"report.html", "report-network.png", "graph.graphml", "meetings.gexf"}
    assert (out / "my-analysis.ipynb").read_text() == "{}"
    assert "report.html" in result.output and "meetgraph report" in result.output  # says what it removed


def test_export_stage_refuses_an_output_that_is_a_file(tmp_path, monkeypatch):
    from pipeline import cli
    from pipeline.stages import export

    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    monkeypatch.setattr(cli, "_read", lambda work, *names: [pd.DataFrame() for _ in names])
    monkeypatch.setattr(export, "iter_tables", lambda *tables, **options: iter(_tables("x").items()))
    result = runner.invoke(app, ["export", "--work", str(tmp_path / "work"), "--output", str(notes)])
    assert result.exit_code == 1, result.output
    assert "is a file, not a folder" in result.output and "Traceback" not in result.output
    assert notes.read_text() == "my notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
