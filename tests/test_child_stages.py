"""A run's read, clean and dedup in a child process (`runner._read_clean_dedup`, `apart.in_child`): the same
tables as in the run's own process, its documents' failures, exceptions, progress and log records handed back, and a
child that dies a clear error."""

from __future__ import annotations

import logging
import os

import pytest

import pipeline
from pipeline import faults, io
from pipeline.runtime import apart, runner, stage_cache

ARTICLES = {  # invented articles; the last paragraph of each repeats (dedup finds it)
    "d1": "Col. Tim Vardo met Gen. Lars Tessel in Pretoria on Monday.",
    "d2": "Maj Gen Ivo Kalem met Jan Morell in Cairo on Friday.",
    "d3": "Gen. Lars Tessel received Col. Tim Vardo in Lusaka.",
}


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for doc_id, text in ARTICLES.items():
        (folder / f"{doc_id}.txt").write_text(text + "\n\nThe sides signed a protocol on training and exercises.")
    return folder


def _run(inputs, out, blank_model, **kwargs):
    report = runner.run(inputs, out, model=str(blank_model), n_process=1, use_cache=False, **kwargs)
    return report, {p.name: p.read_bytes() for p in out.iterdir()}


def test_read_clean_and_dedup_run_in_a_child_and_give_the_tables_of_one_process(
    inputs, tmp_path, blank_model, monkeypatch
):
    seen = []
    real = stage_cache.clean_documents

    def clean_documents(raw, store):
        (tmp_path / f"cleaned-in-{os.getpid()}").touch()  # (the child's memory is not this process's)
        return real(raw, store)

    monkeypatch.setattr(stage_cache, "clean_documents", clean_documents)
    report, apart_tables = _run(inputs, tmp_path / "apart", blank_model)
    seen = [int(p.name.removeprefix("cleaned-in-")) for p in tmp_path.glob("cleaned-in-*")]
    assert len(seen) == 1 and seen[0] != os.getpid()
    assert list(report.timings)[:4] == ["read", "clean", "dedup", "load_model"]  # the child's marks, handed back
    assert all(report.peak_mb[name] > 0 for name in ("read", "clean", "dedup"))

    monkeypatch.setattr(apart, "in_child", lambda fn, progress=None, name="": fn(progress))  # (all in one process)
    _, one_process = _run(inputs, tmp_path / "one", blank_model)
    assert sorted(one_process) == sorted(apart_tables)
    for name, data in one_process.items():
        if name.endswith((".csv", ".parquet")):
            assert apart_tables[name] == data, name


def test_a_document_failing_in_the_child_is_recorded_and_logged(inputs, tmp_path, blank_model, monkeypatch, caplog):
    monkeypatch.setenv(faults.FAULT_ENV, "clean:d2")
    with caplog.at_level(logging.WARNING):
        report, _ = _run(inputs, tmp_path / "out", blank_model)
    assert set(report.errors) == {"d2"} and report.errors["d2"][0] == "clean"
    documents = pipeline.load(tmp_path / "out")["documents"].set_index("doc_id")
    assert documents.loc["d2", "status"] == "error" and documents.drop(index="d2")["status"].eq("ok").all()
    assert any("document d2 failed in clean" in r.getMessage() for r in caplog.records)  # (relayed from the child)


def test_a_strict_run_raises_the_child_s_exception_with_its_traceback(inputs, tmp_path, blank_model, monkeypatch):
    monkeypatch.setenv(faults.FAULT_ENV, "clean:d2")
    with pytest.raises(faults.InjectedFault) as raised:
        runner.run(inputs, tmp_path / "out", model=str(blank_model), n_process=1, use_cache=False, strict=True)
    assert faults.is_document_failure(raised.value)
    assert any("raised in the read/clean/dedup process" in note for note in raised.value.__notes__)
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.tmp-*"))


def test_a_child_that_dies_is_a_clear_error_not_a_wait(inputs, tmp_path, blank_model, monkeypatch):
    out, before = tmp_path / "out", None
    _, before = _run(inputs, out, blank_model)
    parent = os.getpid()

    def dying(*args, **kwargs):
        assert os.getpid() != parent, "the inputs were read in the run's own process"
        os._exit(7)  # (as a process killed or out of memory: no exception, no result)

    monkeypatch.setattr(io, "read_inputs", dying)
    with pytest.raises(apart.ChildFailed, match="read/clean/dedup process ended with exit code 7"):
        runner.run(inputs, out, model=str(blank_model), n_process=1, use_cache=False)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # the previous output is whole
    assert not list(tmp_path.glob(".out.tmp-*"))


def test_the_child_s_progress_shows_in_the_run_s(inputs, tmp_path, blank_model):
    class Progress:
        def __init__(self):
            self.tasks, self.names, self.completed = {}, [], {}

        def add_task(self, name, total=None):
            self.names.append(name)
            self.tasks[len(self.names) - 1] = type("Task", (), {"total": total})()
            return len(self.names) - 1

        def update(self, task, total=None, completed=None):
            self.tasks[task].total = total if total is not None else self.tasks[task].total
            self.completed[self.names[task]] = completed

        def advance(self, task, n=1):
            self.completed[self.names[task]] = (self.completed.get(self.names[task]) or 0) + n

    progress = Progress()
    _run(inputs, tmp_path / "out", blank_model, progress=progress)
    assert progress.names[:4] == ["read", "clean", "dedup", "load_model"]
    for name in ("read", "clean", "dedup"):  # each stage's bar ended full, as a stage's end leaves it
        task = progress.tasks[progress.names.index(name)]
        assert task.total is not None and progress.completed[name] == task.total, name
