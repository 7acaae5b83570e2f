"""Stages that run per batch of documents (pipeline/runtime/batches.py) give the tables of one unbatched run, with
or without the tables a run spills to disk (pipeline/runtime/spill.py); the output tables are written in row slices
that read back as the whole tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import io, schema
from pipeline.runtime import batches, runner, spill

ROOT = Path(__file__).resolve().parent.parent


def test_batches_follow_doc_id_order_and_keep_row_order():
    documents = pd.DataFrame({"doc_id": ["c", "a", "b", "d"], "n": [0, 1, 2, 3]})
    paragraphs = pd.DataFrame({"doc_id": ["b", "a", "c", "a", "b"], "para_idx": [0, 0, 0, 1, 1]})
    mentions = pd.DataFrame({"doc_id": ["a", "a", "d"], "start": [5, 1, 0]})
    got = list(batches.by_document(2, paragraphs, mentions, documents))
    assert [list(b["documents"]["doc_id"]) for b in got] == [["a", "b"], ["c", "d"]]
    assert list(got[0]["paragraphs"]["doc_id"]) == ["b", "a", "a", "b"]  # the table's own order within a batch
    assert list(got[0]["mentions"]["start"]) == [5, 1] and list(got[1]["mentions"]["start"]) == [0]
    assert got[1]["paragraphs"]["doc_id"].tolist() == ["c"]


def test_one_batch_when_the_corpus_fits_is_the_tables_themselves():
    documents = pd.DataFrame({"doc_id": ["a", "b"]})
    paragraphs = pd.DataFrame({"doc_id": ["a"]})
    mentions = pd.DataFrame({"doc_id": pd.Series([], dtype=object)})
    (only,) = batches.by_document(5, paragraphs, mentions, documents)
    assert only["documents"] is documents and only["paragraphs"] is paragraphs and only["mentions"] is mentions


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    """The shipped gold texts and the sample articles: several documents, meetings merged across some of them."""
    return pd.concat([io.read_inputs(ROOT / "tests/gold/texts"), io.read_inputs(ROOT / "data/raw")], ignore_index=True)


def test_tiny_batches_give_the_tables_of_an_unbatched_run(nlp, corpus, tmp_path, monkeypatch):
    whole = runner.run_stages(corpus, nlp, batch_docs=10**9)
    assert len(whole["meetings"]) > 0 and whole["documents"]["doc_id"].nunique() > 3
    monkeypatch.setattr(spill, "GROUP_ROWS", 3)  # a batch's frames come from several row groups, not all of them
    for size in (1, 3):
        for spill_to in (None, tmp_path / f"spill-{size}"):
            batched = runner.run_stages(corpus, nlp, batch_docs=size, spill_to=spill_to)
            for name in schema.TABLES:
                pd.testing.assert_frame_equal(
                    batched[name], whole[name], obj=f"{name} (batches of {size}, spilled to {spill_to})"
                )
    assert pq.ParquetFile(tmp_path / "spill-1" / "frames.parquet").num_row_groups > 3


def _table(spec: schema.Table, rows: int) -> pd.DataFrame:
    """`rows` invented rows of every column of `spec`, some of them null, in no particular order."""
    values = {
        schema.STRING: lambda i: None if i % 4 == 3 else f"v{(i * 7) % rows}-{i % 2}",
        schema.INT: lambda i: None if i % 5 == 4 else (i * 3) % rows,
        schema.FLOAT: lambda i: None if i % 6 == 5 else i / 4,
        schema.BOOL: lambda i: None if i % 7 == 6 else bool(i % 2),
        schema.LIST: lambda i: [f"x{j}" for j in range(i % 3)],
        schema.SPAN: lambda i: None if i % 3 == 2 else [i, i + 4],
        schema.SPANS: lambda i: [[j, j + i] for j in range(i % 3)],
        schema.TEXT_SPANS: lambda i: [{"start": j, "end": j + 2, "text": f"w{i}"} for j in range(i % 4)],
    }
    return pd.DataFrame({c.name: [values[c.type](i) for i in range(rows)] for c in spec.columns})


@pytest.mark.parametrize("conformed", [True, False])
def test_tables_written_in_slices_read_back_whole(tmp_path, monkeypatch, conformed):
    tables = {name: _table(spec, 7) for name, spec in schema.TABLES.items()}
    if conformed:  # as a run hands them over: written slice by slice
        tables = {name: schema.conform(df, schema.TABLES[name]) for name, df in tables.items()}
    io.write_tables(tables, tmp_path / "whole")
    monkeypatch.setattr(io, "WRITE_ROWS", 2)
    io.write_tables(tables, tmp_path / "sliced")
    for name in schema.TABLES:
        assert (tmp_path / "sliced" / f"{name}.csv").read_bytes() == (tmp_path / "whole" / f"{name}.csv").read_bytes()
        pd.testing.assert_frame_equal(
            pd.read_parquet(tmp_path / "sliced" / f"{name}.parquet"),
            pd.read_parquet(tmp_path / "whole" / f"{name}.parquet"),
        )
        assert pq.ParquetFile(tmp_path / "sliced" / f"{name}.parquet").num_row_groups == 4
    consumed = dict(tables)  # a run's write takes each table out once written, so it is freed
    io.write_tables(consumed, tmp_path / "consumed", consume=True)
    assert consumed == {} and len(tables) == len(schema.TABLES)
    for path in (tmp_path / "whole").glob("*.csv"):
        assert (tmp_path / "consumed" / path.name).read_bytes() == path.read_bytes()


def test_a_spilled_table_reads_back_the_rows_of_the_table_in_memory(tmp_path, monkeypatch):
    monkeypatch.setattr(spill, "GROUP_ROWS", 4)
    frames = _table(schema.FRAMES, 23).assign(text_id=[f"t{i % 9}" for i in range(23)])
    spilled = spill.spill("frames", frames, tmp_path)
    assert isinstance(spilled, spill.Spilled) and len(spilled) == 23 and (tmp_path / "frames.parquet").exists()
    for values in (["t0"], ["t8", "t1", "t4"], ["t2", "none"], [], [f"t{i}" for i in range(9)]):
        pd.testing.assert_frame_equal(
            spill.rows_with(spilled, "text_id", values),
            schema.conform(spill.rows_with(frames, "text_id", values), schema.FRAMES),
            obj=f"frames of {values}",
        )
    assert spill.spill("mentions", frames, tmp_path) is frames  # a table that is not spilled stays in memory


def test_spilled_tables_live_in_the_staging_folder_and_vanish_with_it(tmp_path, blank_model, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Col. Imre Vasko met Gen. Ndaba Khumalo in Pretoria on Monday.")
    out = tmp_path / "out"
    runner.run(tmp_path / "in", out, model=str(blank_model), n_process=1, use_cache=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    seen = []

    def failing(df, key, values):
        seen.extend(tmp_path.glob(".out.tmp-*/spill/frames.parquet"))
        raise OSError("disk gone")

    monkeypatch.setattr(spill, "rows_with", failing)
    with pytest.raises(OSError, match="disk gone"):
        runner.run(tmp_path / "in", out, model=str(blank_model), n_process=1, use_cache=False, strict=True)
    assert len(seen) == 1  # relate read the frames from the run's staging folder
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # the previous output is whole
    assert not list(tmp_path.glob(".out.tmp-*")) and "spill" not in before


def test_an_empty_table_is_written_with_its_header(tmp_path):
    tables = {name: pd.DataFrame(columns=spec.names) for name, spec in schema.TABLES.items()}
    io.write_tables(tables, tmp_path / "out")
    for name, spec in schema.TABLES.items():
        assert (tmp_path / "out" / f"{name}.csv").read_text().strip() == ",".join(spec.names)
        assert list(pd.read_parquet(tmp_path / "out" / f"{name}.parquet").columns) == spec.names


def test_a_stage_end_empties_the_memos_keyed_by_corpus_text():
    from pipeline.stages import clean

    clean._words("Invented words of an invented line")
    assert clean._words.cache_info().currsize > 0
    with runner.RunReport().stage("clean"):
        pass
    assert all(memo.cache_info().currsize == 0 for memo in runner.TEXT_MEMOS)
