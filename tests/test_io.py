"""Output folder safety: atomic swap, recovery of an interrupted swap, the run lock, kill -9 mid-run."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline import io, load
from tests.analyst_tables import marker_tables as _tables
from tests.analyst_tables import run_command

ROOT = Path(__file__).resolve().parent.parent


def _marker(out) -> str:
    return load(out)["documents"]["doc_id"].tolist()[0]


def test_write_replaces_tables_and_keeps_user_files(tmp_path):
    out = tmp_path / "out"
    io.write_tables(_tables("old"), out)
    (out / "notebook.ipynb").write_text("{}")
    io.write_tables(_tables("new"), out)
    assert _marker(out) == "new"
    assert (out / "notebook.ipynb").read_text() == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging or .old left behind


def test_kill_between_the_two_renames_keeps_previous_tables_loadable(tmp_path, monkeypatch):
    out = tmp_path / "out"
    io.write_tables(_tables("old"), out)
    (out / "notes.txt").write_text("mine")
    real_replace, calls = os.replace, []

    def dies_after_first_rename(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt  # stands for the process dying here
        real_replace(src, dst)

    monkeypatch.setattr(io.os, "replace", dies_after_first_rename)
    with pytest.raises(KeyboardInterrupt):
        io.write_tables(_tables("new"), out)
    monkeypatch.setattr(io.os, "replace", real_replace)
    assert not out.exists()
    assert _marker(out) == "old"  # load reads the complete previous tables from .out.old
    io.recover(out)
    assert _marker(out) == "old" and (out / "notes.txt").read_text() == "mine"
    io.write_tables(_tables("new"), out)
    assert _marker(out) == "new" and (out / "notes.txt").exists()


def test_lock_refuses_a_second_writer_with_a_clear_message(tmp_path):
    out = tmp_path / "out"
    with io.output_lock(out):
        with pytest.raises(io.OutputLocked, match=rf"another meetgraph run \(pid {os.getpid()}\) is writing"):
            with io.output_lock(out):
                pass
    with io.output_lock(out):  # released on exit
        pass


def test_lock_of_a_killed_process_does_not_block(tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"from pipeline import io; import time\nwith io.output_lock({str(out)!r}):\n"
            "    print('locked', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(io.OutputLocked):
        with io.output_lock(out):
            pass
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with io.output_lock(out):  # the lock file is still there, the lock is not
        pass


def test_sigkill_at_any_moment_leaves_previous_outputs_intact(tmp_path, blank_model):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    for i in range(300):
        (inputs / f"doc{i:03d}.txt").write_text(f"Article {i}.\n\nThe minister met envoy number {i} in the capital.\n")
    command = run_command(inputs, out, blank_model)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(command, env=env, check=True)
    previous = load(out)
    start = time.monotonic()
    subprocess.run(command, env=env, check=True)
    full_run = time.monotonic() - start
    for fraction in (0.5, 0.8, 0.95, 0.99):
        run = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        time.sleep(full_run * fraction)
        run.send_signal(signal.SIGKILL)
        run.wait()
        tables = load(out)  # whatever the moment, a complete set of tables loads
        for name, df in previous.items():
            pd.testing.assert_frame_equal(tables[name], df, obj=f"{name} after kill at {fraction:.0%}")
    subprocess.run(command, env=env, check=True)  # and the next run recovers and succeeds
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")]  # no .old or staging left
