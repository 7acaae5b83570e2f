"""Hostile input through the CLI, exit codes, incremental runs and byte-identical reruns."""

import filecmp
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import spacy
from typer.testing import CliRunner

from pipeline import load, schema
from pipeline.cli import app
from pipeline.runtime import cache

runner = CliRunner()
ARTICLE = "General Ali Hasanov met Colonel John Smith in Baku on Monday to discuss military training."


def _run(inputs, out, *args):
    return runner.invoke(app, ["run", "-i", str(inputs), "-o", str(out), *map(str, args)])


def test_hostile_inputs_are_each_accounted_for(tmp_path, blank_model):
    inputs = tmp_path / "in"
    deep = inputs.joinpath(*["d"] * 200)
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(ARTICLE)
    (inputs / "ok.txt").write_text(ARTICLE)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "blank.txt").write_bytes(b" \n\t\n")
    (inputs / "nul.txt").write_bytes(b"text\x00with\x00nul" * 10)
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (inputs / "bad-utf16.txt").write_bytes(b"\xff\xfe" + b"a\x00b")  # odd byte count
    (inputs / "oneline.txt").write_bytes(b"word " * (50 * 1024 * 1024 // 5))  # 50 MB, no newline
    (inputs / "longpara.txt").write_text(("lorem ipsum dolor sit amet " * 40_000)[:1_000_000])
    (inputs / "loop").symlink_to(inputs, target_is_directory=True)
    (inputs / "self.txt").symlink_to(inputs / "self.txt")  # a symlink loop on a file
    (inputs / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(inputs / "fifo.txt")
    result = _run(inputs, tmp_path / "out", "--model", blank_model, "--no-cache")
    assert result.exit_code == 0, result.output
    docs = load(tmp_path / "out")["documents"].set_index("doc_id")
    expected = {
        "deep",
        "ok",
        "empty",
        "blank",
        "nul",
        "binary",
        "bad-utf16",
        "oneline",
        "longpara",
        "self",
        "dangling",
        "fifo",
    }
    assert set(docs.index) == expected
    assert docs.loc[["ok", "deep", "oneline", "longpara"], "status"].eq("ok").all()
    reasons = docs.loc[docs["status"] == "skipped", "error"].to_dict()
    assert set(reasons) == {"empty", "blank", "nul", "binary", "self", "dangling", "fifo"} | (
        {"bad-utf16"} if "bad-utf16" in reasons else set()
    )
    assert "binary" in reasons["nul"] and "not a regular file" in reasons["fifo"]
    assert "unreadable" in reasons["self"] and "unreadable" in reasons["dangling"]
    paragraphs = load(tmp_path / "out")["paragraphs"]
    assert paragraphs["text"].str.len().max() <= 20_000  # the parser never sees a longer text
    assert "skipped" in result.output and "empty file" in result.output


def test_nothing_processed_exits_non_zero_with_one_line(tmp_path, blank_model):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    result = _run(tmp_path / "in", tmp_path / "out", "--model", blank_model)
    assert result.exit_code == 1
    assert "none of the 1 inputs could be processed (1 empty file)" in result.output
    assert not (tmp_path / "out").exists()


def test_unwritable_output_exits_non_zero(tmp_path, blank_model):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    (tmp_path / "file").write_text("a file, not a folder")
    result = _run(tmp_path / "in", tmp_path / "file" / "out", "--model", blank_model)
    assert result.exit_code == 1
    assert "meetgraph: error:" in result.output and "Traceback" not in result.output


def _corpus(folder: Path, raw_dir: Path, n_extra: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(raw_dir.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    extra = [
        "Defence Minister Zakir Hasanov received the visiting Chief of General Staff of Georgia in Baku.",
        "The two ministers discussed cooperation in military education and joint exercises.",
        "Naval commanders of both countries agreed on a schedule of port visits for next spring.",
    ]
    # Distinct texts: dedup clusters near-duplicates, so "round 0" and "round 2" of one sentence would be one text.
    for i in range(n_extra):
        (folder / f"extra{i}.txt").write_text(extra[i % len(extra)] + f" Talks round {i}.")


@pytest.mark.slow
def test_incremental_run_equals_full_run(tmp_path, raw_dir):
    """Grow the corpus after a cached run: only new texts are analysed, and the output equals a full run."""
    cache_dir = tmp_path / "cache"
    _corpus(tmp_path / "small", raw_dir, 1)
    _corpus(tmp_path / "grown", raw_dir, 3)
    assert _run(tmp_path / "small", tmp_path / "out-small", "--cache-dir", cache_dir).exit_code == 0
    incremental = _run(tmp_path / "grown", tmp_path / "out-inc", "--cache-dir", cache_dir)
    assert incremental.exit_code == 0, incremental.output
    full = _run(tmp_path / "grown", tmp_path / "out-full", "--no-cache")
    assert full.exit_code == 0, full.output
    analysed = int(incremental.output.split("texts_analysed ")[1].split(",")[0])
    cached = int(incremental.output.split("texts_cached ")[1].split(",")[0])
    assert cached > 0 and analysed == 2  # the two new extra texts
    for name in schema.TABLES:
        assert filecmp.cmp(
            tmp_path / "out-inc" / f"{name}.csv", tmp_path / "out-full" / f"{name}.csv", shallow=False
        ), name
    assert len(load(tmp_path / "out-full")["mentions"]) > 0  # the comparison covered real analysis


def test_cache_key_changes_with_model_and_code(blank_model, monkeypatch):
    nlp = spacy.load(blank_model)
    key = cache.config_key(nlp)
    assert cache.config_key(spacy.load(blank_model)) == key
    nlp.meta["version"] = "9.9.9"
    assert cache.config_key(nlp) != key
    monkeypatch.setattr(cache, "CODE_FILES", ("ner.py",))
    assert cache.config_key(spacy.load(blank_model)) != key


def test_two_runs_write_identical_tables(tmp_path, raw_dir, sample_output):
    _corpus(tmp_path / "in", raw_dir, 0)
    assert _run(tmp_path / "in", tmp_path / "again", "--no-cache", "--quiet").exit_code == 0
    for name in schema.TABLES:
        first, second = sample_output / f"{name}.csv", tmp_path / "again" / f"{name}.csv"
        assert first.read_bytes() == second.read_bytes(), name
        assert pq.read_table(sample_output / f"{name}.parquet").equals(
            pq.read_table(tmp_path / "again" / f"{name}.parquet")
        ), name


def test_cache_key_changes_with_component_settings(blank_model):
    """The co-occurrence baseline must never reuse frames cached by the rules (or the reverse)."""
    from pipeline.nlp import components

    rules, baseline = spacy.load(blank_model), spacy.load(blank_model)
    components.add_domain_components(rules, relations="rules")
    components.add_domain_components(baseline, relations="cooccurrence")
    assert cache.config_key(rules) != cache.config_key(baseline)
