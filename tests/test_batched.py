"""Stages that run per batch of documents (pipeline/runtime/batches.py) give the tables of one unbatched run, with
or without the tables a run spills to disk (pipeline/runtime/spill.py); the output tables are written in row slices
that read back as the whole tables."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import faults, io, schema
from pipeline.runtime import batches, cache, registry, runner, spill
from pipeline.stages import export, ner, relate, resolve

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
    monkeypatch.setattr(cache, "CHUNK_TEXTS", 4)  # texts analysed at a time: a spilling run writes each's frames
    monkeypatch.setattr(relate, "MEETINGS_PER_SLICE", 2)  # meetings whose edges a spilling run makes at a time
    appended = []
    real_append = spill.Writer.append
    monkeypatch.setattr(
        spill.Writer, "append", lambda self, df: appended.append((self.table.name, len(df))) or real_append(self, df)
    )
    read, real_read = [], spill.Spilled.read
    monkeypatch.setattr(spill.Spilled, "read", lambda self: read.append(self.table.name) or real_read(self))
    texts_read, real_rows_at = [], spill.Spilled.rows_at
    monkeypatch.setattr(
        spill.Spilled,
        "rows_at",
        lambda self, at, columns=None: (
            (texts_read.append(len(at)) if (self.table.name, columns) == ("paragraphs", ["text"]) else None)
            or real_rows_at(self, at, columns)
        ),
    )
    for size in (1, 3):
        for spill_to in (None, tmp_path / f"spill-{size}"):
            # spilled as a run does, the output tables are also written as they are made, as a run does
            write_to = None if spill_to is None else tmp_path / f"out-{size}"
            batched = runner.run_stages(corpus, nlp, batch_docs=size, spill_to=spill_to, write_to=write_to)
            for name in schema.TABLES:
                made = batched[name]
                assert isinstance(made, io.WrittenTable) == (write_to is not None)
                pd.testing.assert_frame_equal(
                    made.read() if write_to else made, whole[name], obj=f"{name} (batches of {size}, {spill_to})"
                )
    assert pq.ParquetFile(tmp_path / "spill-1" / "frames.parquet").num_row_groups > 3
    frames = pq.ParquetFile(tmp_path / "spill-1" / "frames.parquet").metadata.num_rows
    chunks = [rows for name, rows in appended if name == "frames"]
    assert len(chunks) > 2 * 3 and sum(chunks) == 2 * frames  # ner wrote them chunk by chunk, in both runs
    assert len([name for name, _ in appended if name == "mentions_raw"]) > 2 * 3  # and its mentions batch by batch
    # ner read the spilled paragraphs' text a chunk of texts at a time, never the paragraphs whole
    assert "paragraphs" not in read and len(texts_read) > 2 * 3 and max(texts_read) <= 4
    assert sum(texts_read) == 2 * len(ner.unique_texts(whole["paragraphs"], whole["clusters"]))
    slices = [rows for name, rows in appended if name == "meeting_edges"]  # relate its edges slice by slice
    assert len(slices) >= 2 * -(-len(whole["meetings"]["meeting_id"]) // 4) and sum(slices) > 2 * len(slices)
    spilled = {f"{name}.parquet" for name in ("paragraphs", "mentions", "meetings", "meeting_edges")}
    assert spilled <= {p.name for p in (tmp_path / "spill-1").iterdir()}
    kept = list((tmp_path / "spill-1").glob("meeting-rows-*.pickle"))  # relate kept each batch's meetings on disk
    assert len(kept) >= whole["documents"]["doc_id"].nunique() - 1
    io.write_tables(whole, tmp_path / "whole")  # the files written as made are those a write of the tables makes
    for path in (tmp_path / "whole").glob("*.csv"):
        assert (tmp_path / "out-3" / path.name).read_bytes() == path.read_bytes(), path.name


def _meeting(doc_id: str, n: int, people: list[str], **given) -> dict:
    """A meeting row as `document_meetings` makes it: the output columns and some of relate's own."""
    row = {"meeting_id": f"MEETING:{doc_id}-{n}", "doc_id": doc_id, "participants": people, "host": people[0]}
    row |= {"date": "2031-03-04", "location": None, "mode": "in_person", "status": "occurred", "topics": ["trade"]}
    row |= {"evidence": f"Sentence {n} of {doc_id}.", "confidence": 0.8, "para_idx": n, "headline": False}
    return row | {"fallback_date": None, "visitor": None, "split": False} | given


def test_meetings_merged_across_batches_kept_compact_are_those_of_one_list(tmp_path, monkeypatch):
    """Meetings of four batches, kept compact (pickled into a folder, what the merge compares in Arrow): the same
    meetings, edges and nodes as one list of rows, merged across batches as `merge_across_documents` merges the
    whole table (the same people on days a day apart in two places spelt alike, not five days apart nor in another
    place; a plan and its holding; a document that failed leaves its meeting out)."""
    monkeypatch.setattr(relate, "MEETINGS_PER_SLICE", 2)
    batches_of_rows = [
        [_meeting("d1", 0, ["P:a", "P:b"], location="Kovno"), _meeting("d1", 1, ["P:c", "P:a"])],
        [_meeting("d2", 0, ["P:b", "P:a"], location="KOVNO", date="2031-03-05"), _meeting("d3", 0, ["P:x", "P:y"])],
        [_meeting("d4", 0, ["P:a", "P:c"], status="planned", date=None, topics=[]), _meeting("d5", 0, ["P:x", "P:y"])],
        [_meeting("d6", 0, ["P:a", "P:b"], date="2031-03-09"), _meeting("d7", 0, ["P:a", "P:b"], location="Riga")],
    ]
    nodes = pd.DataFrame({"node_id": ["P:a", "P:b", "P:c"], "name": ["Ann", "Bea", "Cy"]})
    documents = pd.DataFrame({"doc_id": [f"d{i}" for i in range(1, 8)], "published": ["2031-03-06"] * 7})
    every = [row for rows in batches_of_rows for row in rows]
    table = pd.DataFrame(every).astype(object)
    merged = relate.merge_across_documents(table.where(table.notna(), None))
    assert merged["meeting_id"][2] == merged["meeting_id"][0] and merged["meeting_id"][5] == merged["meeting_id"][3]
    assert merged["meeting_id"][6:].tolist() == ["MEETING:d6-0", "MEETING:d7-0"]
    assert merged["planned_meeting_id"].dropna().to_dict() == {1: "MEETING:d4-0"}  # (d1's is held)
    for failing in ("", "relate:d5"):
        monkeypatch.setenv(faults.FAULT_ENV, failing)
        with faults.recording():
            if failing:
                faults.record("relate", "d5", ValueError("invented"))
            expected = relate.finish_meetings([dict(row) for row in every], nodes, documents)
            kept = relate.MeetingRows(tmp_path / f"rows{failing[-1:]}")
            for rows in batches_of_rows:
                kept.add([dict(row) for row in rows])
            assert len(list(kept.folder.glob("meeting-rows-*.pickle"))) == 4
            edges = []
            meetings, none, meeting_nodes = relate.finish_meetings(kept, nodes, documents, edges_to=edges.append)
        assert none is None and len(edges) == 4  # (slices of 2 meetings)
        pd.testing.assert_frame_equal(meetings, expected[0])
        pd.testing.assert_frame_equal(pd.concat(edges, ignore_index=True), expected[1])
        pd.testing.assert_frame_equal(meeting_nodes, expected[2])
        assert meetings["meeting_id"].tolist() == merged["meeting_id"].drop(5 if failing else []).tolist()
        assert meetings["planned_meeting_id"].dropna().to_dict() == {1: "MEETING:d4-0"}
        assert ("d5" in set(meetings["doc_id"])) == (not failing)


@pytest.fixture(scope="module")
def mentions_raw(nlp, corpus) -> pd.DataFrame:
    """The fanned-out mentions of the corpus, as ner makes them for resolve."""
    context = registry.StageContext(analyze=partial(ner.analyze_texts, nlp=nlp))
    tables = {registry.SOURCE: corpus}
    for name in ("clean", "dedup", "ner"):
        stage = registry.BY_NAME[name]
        tables |= registry.call(stage, [tables[table] for table in stage.inputs], context)
    return tables["mentions_raw"]


@pytest.mark.parametrize("spilled", [False, True])
def test_resolve_in_batches_gives_the_tables_of_one_call(mentions_raw, tmp_path, monkeypatch, spilled):
    """Resolve over batches of 1 and 3 documents, its mentions_raw in memory or spilled (read per batch, never
    whole), one document failing in-document linking: the tables of one call over every document, the mentions
    spilled batch by batch as they are made where the run spills."""
    doc_ids = sorted(set(mentions_raw["doc_id"]))
    monkeypatch.setenv(faults.FAULT_ENV, f"resolve:{doc_ids[len(doc_ids) // 2]}")
    stage = registry.BY_NAME["resolve"]
    with faults.recording() as recorder:
        whole = registry.call(stage, [mentions_raw], registry.StageContext(batch_docs=10**9))
    assert set(recorder.failures) == {doc_ids[len(doc_ids) // 2]}
    assert len(whole["mentions"]) > 0 and len(whole["entity_nodes"]) > 0 and len(whole["entity_edges"]) > 0
    monkeypatch.setattr(spill, "GROUP_ROWS", 5)  # a batch's rows come from some row groups, not all of them
    monkeypatch.setattr(spill.Spilled, "read", lambda self: pytest.fail(f"{self.path.name} read whole"))
    monkeypatch.setattr(resolve, "resolve_entities", lambda *a, **k: pytest.fail("resolved in one call"))
    appended = []
    real_append = spill.Writer.append
    monkeypatch.setattr(
        spill.Writer, "append", lambda self, df: appended.append((self.table.name, len(df))) or real_append(self, df)
    )
    for size in (1, 3):
        folder = tmp_path / f"spill-{size}" if spilled else None
        given = spill.spill("mentions_raw", mentions_raw, folder) if spilled else mentions_raw
        assert isinstance(given, spill.Spilled) == spilled
        with faults.recording() as recorder:
            made = registry.call(stage, [given], registry.StageContext(batch_docs=size, spill_to=folder))
        assert set(recorder.failures) == {doc_ids[len(doc_ids) // 2]}
        for name, df in made.items():
            assert isinstance(df, spill.Spilled) == (spilled and name == "mentions"), name
            got = df.rows_with(doc_ids) if isinstance(df, spill.Spilled) else df  # (every row: read is not allowed)
            pd.testing.assert_frame_equal(got, whole[name], obj=f"{name} (batches of {size}, spilled: {spilled})")
    if spilled:  # resolve wrote its mentions batch by batch, one batch at a time
        assert len([rows for name, rows in appended if name == "mentions"]) > 2 * len(doc_ids) // 3


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
    assert spill.spill("clusters", frames, tmp_path) is frames  # a table that is not spilled stays in memory
    meetings = _table(schema.FOUND_MEETINGS, 11)  # spilled whole, read back whole when export comes to it
    spilled = spill.spill("meetings", meetings, tmp_path)
    assert len(spilled) == 11 and pq.ParquetFile(tmp_path / "meetings.parquet").num_row_groups == 3
    pd.testing.assert_frame_equal(spill.whole(spilled), schema.conform(meetings, schema.FOUND_MEETINGS))
    assert spill.whole(meetings) is meetings


def test_rows_scattered_over_a_spilled_table_are_read_one_row_group_at_a_time(tmp_path, monkeypatch):
    """Export reads a slice of a table's sort order, relate a batch's frames: rows from every row group. Each group
    is read alone and only its rows kept (not every group they touch at once), and the rows come in the order
    asked, as the table in memory gives them."""
    monkeypatch.setattr(spill, "GROUP_ROWS", 3)
    edges = schema.conform(_table(schema.MEETING_EDGES, 20), schema.MEETING_EDGES)
    spilled = spill.spill("meeting_edges", edges, tmp_path)
    read = []
    whole_groups = pq.ParquetFile.read_row_group

    def one_group(self, i, *args, **kwargs):
        read.append(i)
        return whole_groups(self, i, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetFile, "read_row_group", one_group)
    monkeypatch.setattr(pq.ParquetFile, "read_row_groups", lambda *a, **k: pytest.fail("row groups read together"))
    for positions in ([19, 0, 7, 3, 18, 1], [5], list(range(19, -1, -1)), [4, 4, 2]):
        read.clear()
        pd.testing.assert_frame_equal(spilled.rows_at(positions), edges.iloc[positions].reset_index(drop=True))
        assert read == sorted({p // 3 for p in positions})


@pytest.mark.parametrize("spec", [*schema.TABLES.values(), schema.FRAMES], ids=lambda spec: spec.name)
def test_a_table_conformed_slice_by_slice_in_its_sort_order_is_the_table_conformed_whole(spec):
    df = _table(spec, 13)
    order = schema.sort_order(df, spec)
    sliced = [schema.conform(df.iloc[order[start : start + 4]], spec) for start in range(0, 13, 4)]
    pd.testing.assert_frame_equal(pd.concat(sliced, ignore_index=True), schema.conform(df, spec))


def test_export_conforms_spilled_paragraphs_mentions_and_edges_a_slice_at_a_time(tmp_path, monkeypatch):
    """Mentions spilled as made (not in their sort order) and the edges in two parts, one spilled, some repeated:
    export reads them by slices of their sort order, never whole, and makes the tables of the whole in memory;
    the slices written as they come (a Parquet row group each) give the files of the whole table. The paragraphs,
    spilled as made, are made in slices too; so are the meetings, spilled by relate, with each row's `source_urls`
    (every URL of its meeting_id, which spans slices) from a table of the meetings' URLs."""
    from tests.test_export import _frames

    monkeypatch.setattr(spill, "GROUP_ROWS", 3)
    monkeypatch.setattr(export, "SLICE_ROWS", 4)
    monkeypatch.setattr(export, "MEETING_SLICE_ROWS", 2)  # a meeting's row is heavy: fewer of them at a time
    frames = _frames()
    mentions = schema.conform(_table(schema.LINKED_MENTIONS, 29), schema.LINKED_MENTIONS).sample(frac=1, random_state=3)
    nodes = [None if i % 3 == 2 else f"N:{i % 5}" for i in range(len(mentions))]  # as resolve makes them
    mentions = mentions.assign(doc_id=[f"d{i % 7}" for i in range(len(mentions))], node_id=nodes)
    entity_edges = _table(schema.ENTITY_EDGES, 11)
    meeting_edges = _table(schema.MEETING_EDGES, 17)
    meeting_edges = pd.concat([meeting_edges, meeting_edges.iloc[[2, 5]], entity_edges.iloc[[1]]], ignore_index=True)
    meetings = _table(schema.FOUND_MEETINGS, 23).sample(frac=1, random_state=5)
    meetings = meetings.assign(  # a meeting reported by several documents (d1 has no URL, d9 no row in documents)
        meeting_id=[f"MEETING:{i % 4}" for i in range(len(meetings))],
        doc_id=[f"d{(1, 2, 9)[i % 3]}" for i in range(23)],
    )
    frames["documents"].loc[1, "url"] = "https://example.org/1b"
    frames["documents"] = pd.concat(
        [frames["documents"], frames["documents"].iloc[[0]].assign(doc_id="d3", url="https://example.org/0")]
    )
    meetings.loc[meetings.index[:3], "doc_id"] = "d3"
    expected = export.build_tables(
        **(
            frames
            | {
                "mentions": mentions,
                "edges": pd.concat([entity_edges, meeting_edges], ignore_index=True),
                "meetings": meetings,
            }
        )
    )
    assert expected["meetings"]["source_urls"].map(len).nunique() > 1  # meetings with one URL, and with more
    assert len(expected["edges"]) < len(entity_edges) + len(meeting_edges)  # repeated edges were dropped
    spilled_mentions = spill.spill("mentions", mentions, tmp_path / "spill")
    spilled_edges = spill.spill("meeting_edges", meeting_edges, tmp_path / "spill")
    (tmp_path / "whole").mkdir()
    monkeypatch.setattr(spill.Spilled, "read", lambda self: pytest.fail(f"{self.path.name} read whole"))
    spilled_paragraphs = spill.spill("paragraphs", frames["paragraphs"], tmp_path / "spill")
    given = frames | {
        "paragraphs": spilled_paragraphs,
        "mentions": spilled_mentions,
        "edges": [entity_edges, spilled_edges],
        "meetings": spill.spill("meetings", meetings, tmp_path / "spill"),
    }
    for name, df in export.iter_tables(**given):
        if name in ("mentions", "edges", "meetings"):
            assert isinstance(df, export.Sliced) and len(df.positions) > export.SLICE_ROWS
            io.write_table(iter(df), schema.TABLES[name], tmp_path)
            io.write_table(expected[name], schema.TABLES[name], tmp_path / "whole")
            assert (tmp_path / f"{name}.csv").read_bytes() == (tmp_path / "whole" / f"{name}.csv").read_bytes()
            pd.testing.assert_frame_equal(
                pd.read_parquet(tmp_path / f"{name}.parquet"), pd.read_parquet(tmp_path / "whole" / f"{name}.parquet")
            )
            rows = 2 if name == "meetings" else 4  # (one row group a slice)
            assert pq.ParquetFile(tmp_path / f"{name}.parquet").num_row_groups == -(-len(expected[name]) // rows)
        assert isinstance(df, export.Sliced) == (name in ("paragraphs", "mentions", "edges", "meetings")), name
        pd.testing.assert_frame_equal(export.whole(df), expected[name], obj=name)


def test_a_run_hands_back_the_free_pages_after_each_slice_it_writes(monkeypatch):
    """Arrow's pool and the C heap keep what a written slice freed; the next slice's objects would take new pages
    beside them: the pages are handed back (`memory.free_pages`) after each slice, and once the table is written."""
    from pipeline.runtime import memory

    events = []
    monkeypatch.setattr(memory, "free_pages", lambda: events.append("free"))
    slices = [_table(schema.EDGES, 3) for _ in range(3)]
    for _ in registry._checked("edges", iter(slices), schema.EDGES):
        events.append("slice")
    assert events == ["free", "slice", "free", "slice", "free", "slice", "free"]


@pytest.fixture
def arrow_pool():
    """Arrow's default pool set to its own default (mimalloc) for a test, the pool before it restored after."""
    import pyarrow as pa

    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.mimalloc_memory_pool())
    yield
    pa.set_memory_pool(before)


def test_a_run_allocates_arrow_buffers_from_the_heap_it_hands_back(tmp_path, blank_model, monkeypatch, arrow_pool):
    """mimalloc (Arrow's default pool) keeps the pages of buffers Arrow's threads allocated while reading Parquet,
    out of `free_pages`' reach: the stages of a run allocate from Arrow's system pool (glibc), whose free pages
    `free_pages` hands back; a pool chosen with ARROW_DEFAULT_MEMORY_POOL is kept."""
    import pyarrow as pa

    from pipeline.runtime import memory

    pools = []
    real = memory.free_pages
    monkeypatch.setattr(memory, "free_pages", lambda: (pools.append(pa.default_memory_pool().backend_name), real()))
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    _one_article_output(tmp_path, blank_model, "Col. Imre Vasko met Gen. Ndaba Khumalo in Pretoria on Monday.")
    assert pools and set(pools) == {"system"}
    pa.set_memory_pool(pa.mimalloc_memory_pool())
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "mimalloc")
    memory.use_system_pool()
    assert pa.default_memory_pool().backend_name == "mimalloc"


def test_importing_pipeline_chooses_arrow_s_system_pool_unless_the_environment_chose_one():
    """pyarrow reads ARROW_DEFAULT_MEMORY_POOL once, when it is imported, for the pool its own code allocates from
    (Parquet reads among it): `import pipeline` sets it, before pyarrow is imported; a pool chosen there is kept."""
    import os
    import subprocess
    import sys

    code = "import pipeline, pyarrow as pa; print(pa.default_memory_pool().backend_name)"
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    for chosen, expected in ((None, "system"), ("mimalloc", "mimalloc")):
        run_env = env if chosen is None else {**env, "ARROW_DEFAULT_MEMORY_POOL": chosen}
        got = subprocess.run([sys.executable, "-c", code], env=run_env, capture_output=True, text=True, check=True)
        assert got.stdout.strip() == expected


def test_export_finds_the_edges_order_one_key_column_at_a_time(tmp_path, monkeypatch):
    """The edges in two parts, one spilled, with repeated edges, missing meeting ids and ids that sort differently
    by case and by accent: export reads the key columns one at a time (never the five together) and makes the edges
    `schema.conform` makes of the parts concatenated, each repeated edge kept once (its first row)."""
    monkeypatch.setattr(spill, "GROUP_ROWS", 3)
    monkeypatch.setattr(export, "SLICE_ROWS", 4)
    ids = ["P:b", "P:B", "P:\u00e9", "P:e", "P:", "P:a-b", "P:a b"]
    edges = _table(schema.EDGES, 23).assign(
        source=[ids[i % 7] for i in range(23)],
        target=[ids[(i * 3) % 7] for i in range(23)],
        relation=[("MET", "ATTENDED", "HAS_RANK")[i % 3] for i in range(23)],
        doc_id=[f"d{i % 2}" for i in range(23)],
        evidence=[f"sentence {i}" for i in range(23)],
    )
    meeting_edges = pd.concat([edges.iloc[10:], edges.iloc[[11, 2, 12]].assign(evidence="again")], ignore_index=True)
    parts = [edges.iloc[:10].reset_index(drop=True), spill.spill("meeting_edges", meeting_edges, tmp_path)]
    asked = []
    real_columns = spill.Spilled.columns
    monkeypatch.setattr(
        spill.Spilled, "columns", lambda self, names: asked.append(list(names)) or real_columns(self, names)
    )
    made = export.whole(export._sliced(parts, "edges", release=False, unique=export.EDGE_KEY))
    assert asked and all(len(names) == 1 for names in asked)
    together = pd.concat([edges.iloc[:10], meeting_edges], ignore_index=True)
    expected = schema.conform(together.drop_duplicates(export.EDGE_KEY), schema.EDGES)
    assert len(expected) < len(together) and "again" not in set(expected["evidence"])
    pd.testing.assert_frame_equal(made, expected)


def _unique_texts_whole(paragraphs: pd.DataFrame, clusters: pd.DataFrame) -> pd.DataFrame:
    """ner's distinct texts as main made them from the whole paragraphs, text included (before r15)."""
    texts = ner.english(paragraphs).drop_duplicates("text_id")[["text_id", "cluster_id", "text"]]
    texts = texts.reset_index(drop=True)
    canonical = texts["cluster_id"].map(clusters.set_index("cluster_id")["canonical_text"])
    as_canonical = canonical.notna() & texts["text_id"].eq(canonical.map(ner._text_id, na_action="ignore"))
    texts.loc[as_canonical, "text"] = canonical[as_canonical]
    return texts[["text_id", "text"]]


@pytest.mark.parametrize("seed", range(6))
def test_ner_reads_its_texts_a_chunk_at_a_time_from_the_spilled_paragraphs_keys(tmp_path, monkeypatch, seed):
    """The distinct texts made from the paragraphs' keys, the text of each chunk read by position from the spilled
    paragraphs, are those made from the whole table: first paragraph of each text_id, English only, a cluster's
    canonical text where the paragraph is analysed as it."""
    import random

    rng = random.Random(seed)
    monkeypatch.setattr(spill, "GROUP_ROWS", 5)
    pool = [f"Text number {i} ." for i in range(12)] + ["", "Ünïcode text."]
    canonical_of = {"c0": pool[0], "c1": pool[1], "c2": pool[12]}  # (c9: a cluster of one paragraph, not listed)
    clusters = pd.DataFrame({"cluster_id": list(canonical_of), "canonical_text": list(canonical_of.values())})
    rows = []
    for i in range(rng.randint(0, 40)):
        text, cluster = rng.choice(pool), rng.choice([None, None, "c0", "c1", "c2", "c9"])
        canonical = canonical_of.get(cluster)
        analysed_as = canonical if canonical is not None and rng.random() < 0.6 else text
        rows.append(
            {
                "doc_id": f"d{rng.randint(0, 6)}",
                "para_idx": i,
                "text": text,
                "cluster_id": cluster,
                "is_boilerplate": rng.random() < 0.3,
                "text_id": ner._text_id(analysed_as),
                "language": rng.choice([None, "en", "en", "fr"]),
            }
        )
    columns = ["doc_id", "para_idx", "text", "cluster_id", "is_boilerplate", "text_id", "language"]
    paragraphs = pd.DataFrame(rows, columns=columns).astype(
        {
            "para_idx": "Int64",
            "is_boilerplate": "boolean",
            **{c: "string" for c in columns if c not in ("para_idx", "is_boilerplate")},
        }
    )
    expected = _unique_texts_whole(paragraphs, clusters)
    spilled = spill.spill("paragraphs", paragraphs, tmp_path)
    keys = spilled.columns([c for c in spilled.names if c != "text"])
    texts = ner.Texts(ner.text_rows(keys, clusters), lambda at: spilled.rows_at(at, ["text"])["text"])
    assert len(texts) == len(expected)
    pd.testing.assert_frame_equal(texts.whole(), expected)
    pd.testing.assert_frame_equal(ner.unique_texts(paragraphs, clusters), expected)
    for chunk in (1, 3, 7):
        parts = [texts.chunk(start, start + chunk) for start in range(0, max(len(texts), 1), chunk)]
        pd.testing.assert_frame_equal(pd.concat(parts), expected, check_index_type=False)
        assert all(len(part) <= chunk for part in parts)


def test_a_table_spilled_as_made_reads_back_in_its_order_and_dtypes(tmp_path, monkeypatch):
    monkeypatch.setattr(spill, "GROUP_ROWS", 4)
    rows = 19
    mentions = pd.DataFrame(
        {
            "doc_id": [f"d{(i * 5) % 7}" for i in range(rows)],  # not in doc_id order
            "para_idx": pd.array([None if i % 6 == 5 else i % 3 for i in range(rows)], dtype="Int64"),
            "is_boilerplate": pd.array([None if i % 4 == 3 else i % 2 == 0 for i in range(rows)], dtype="boolean"),
            "start": [(i * 11) % 17 for i in range(rows)],
            "label": pd.Series([None if i % 5 == 4 else f"L{i % 3}" for i in range(rows)], dtype=object),
            "text": pd.Series([None if i == 7 else f"text {i}" for i in range(rows)], dtype=object),  # distinct
            "empty": pd.Series([None] * rows, dtype=object),
            "node_id": pd.array([None if i % 3 else f"N:{i}" for i in range(rows)], dtype="str"),
        }
    )
    mentions.index = range(100, 100 + rows)  # an index the read-back does not keep
    spilled = spill.spill("mentions", mentions, tmp_path)
    assert isinstance(spilled, spill.Spilled) and len(spilled) == rows and spilled.doc_ids() == set(mentions["doc_id"])
    pd.testing.assert_frame_equal(spill.whole(spilled), mentions.reset_index(drop=True))
    for values in (["d0"], ["d6", "d1", "d3"], ["none"], []):
        pd.testing.assert_frame_equal(
            spilled.rows_with(values),
            mentions[mentions["doc_id"].isin(values)].reset_index(drop=True),
            obj=f"mentions of {values}",
        )
    got = spill.whole(spilled)["label"]
    assert got[4] is None and got[0] is got[3]  # one object per distinct string, as resolve makes them
    assert spill.whole(spilled)["text"][7] is None and spill.whole(spilled)["empty"].tolist() == [None] * rows


def _one_article_output(tmp_path, blank_model, text: str):
    """A run over one article into tmp_path/out: (output folder, its files' bytes by name)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text)
    out = tmp_path / "out"
    runner.run(tmp_path / "in", out, model=str(blank_model), n_process=1, use_cache=False)
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


def test_spilled_tables_live_in_the_staging_folder_and_vanish_with_it(tmp_path, blank_model, monkeypatch):
    out, before = _one_article_output(
        tmp_path, blank_model, "Col. Imre Vasko met Gen. Ndaba Khumalo in Pretoria on Monday."
    )
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


def test_a_run_failing_while_it_writes_its_tables_leaves_the_previous_output_whole(tmp_path, blank_model, monkeypatch):
    out, before = _one_article_output(
        tmp_path, blank_model, "Gen. Ndaba Khumalo met Col. Imre Vasko in Lusaka on Friday."
    )
    written = []
    real = io.write_table

    def failing(df, table, folder):
        if len(written) == 3:  # export has written three tables into the staging folder
            assert (folder / io.SPILL_FOLDER).is_dir()  # during the stages, not in the final write
            raise OSError("disk full")
        written.append(folder / f"{table.name}.parquet")
        real(df, table, folder)

    monkeypatch.setattr(io, "write_table", failing)
    (tmp_path / "in" / "b.txt").write_text("Maj Gen Rizal Harun met Tarek Hamdani in Cairo.")
    with pytest.raises(OSError, match="disk full"):
        runner.run(tmp_path / "in", out, model=str(blank_model), n_process=1, use_cache=False)
    assert all(path.parent.name.startswith(".out.tmp-") for path in written)  # written in the staging folder
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # the previous output is whole
    assert not list(tmp_path.glob(".out.tmp-*"))


@pytest.mark.parametrize("bad", ["meeting", "second mention"])
def test_a_document_failing_in_a_table_export_makes_late_leaves_the_tables_written_before(tmp_path, monkeypatch, bad):
    """A row of d1's meeting does not conform: d1 fails in export once paragraphs, mentions and edges are written.
    Or d1's second mention does not conform, in the mentions' second slice, once the first (d1's first) is written."""
    from tests.test_export import _frames

    monkeypatch.setattr(export, "SLICE_ROWS", 1)

    def inputs() -> list[pd.DataFrame]:
        given = _frames()
        if bad == "meeting":
            given["meetings"]["confidence"] = given["meetings"]["confidence"].astype(object)
            given["meetings"].loc[given["meetings"]["doc_id"] == "d1", "confidence"] = "high"
        else:
            given["mentions"]["sent_idx"] = given["mentions"]["sent_idx"].astype(object)
            given["mentions"].loc[0, "sent_idx"] = "first"  # d1's mention at 8, after its mention at 0
        nodes, edges = given.pop("nodes"), given.pop("edges")
        given |= {"entity_nodes": nodes[nodes["type"] != "MEETING"], "meeting_nodes": nodes[nodes["type"] == "MEETING"]}
        given |= {"entity_edges": edges.iloc[:0], "meeting_edges": edges}
        return [given[name] for name in registry.BY_NAME["export"].inputs]

    made = {}
    for write_to in (None, tmp_path):
        with faults.recording() as recorder:
            context = registry.StageContext(write_to=write_to, release_inputs=write_to is not None)
            made[write_to] = registry.call(registry.BY_NAME["export"], inputs(), context)
        assert set(recorder.failures) == {"d1"} and recorder.failures["d1"][0] == "export"
    for name, df in made[None].items():
        pd.testing.assert_frame_equal(made[tmp_path][name].read(), df, obj=name)
        if name != "documents":
            assert "d1" not in set(df.get("doc_id", [])), name
    assert made[None]["documents"].set_index("doc_id").loc["d1", "status"] == "error"


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


def test_a_stage_end_lets_go_of_the_language_identifier():
    """clean's language identifier (py3langid's model, 73 MB) is used by clean alone: a run does not hold it after."""
    from pipeline.nlp import language

    with runner.RunReport().stage("clean"):
        language.detect("Invented words in no language anyone speaks")
        assert language._identifier.cache_info().currsize == 1
    assert language._identifier.cache_info().currsize == 0


def test_ner_hands_back_the_pages_it_freed_before_the_analysis(monkeypatch):
    """The main process holds what it has when the analysis starts for as long as the workers run: the pages the
    paragraphs read back and the texts taken from them freed are handed back first."""
    from pipeline.runtime import memory
    from pipeline.stages import dedup

    events = []

    class Analysing(Exception):
        pass

    def analyze(texts):
        events.append(("analyze", len(texts)))
        raise Analysing

    monkeypatch.setattr(memory, "free_pages", lambda: events.append("free_pages"))
    documents = pd.DataFrame({"doc_id": ["a", "b"], "published": ["2024-01-01", "2024-01-02"], "outlet": ["o", "o"]})
    paragraphs = pd.DataFrame(
        {"doc_id": ["a", "a", "b"], "para_idx": [0, 1, 0], "text": ["One text here.", "Two.", "One text here."]}
    )
    _, paragraphs, clusters = dedup.find_boilerplate(paragraphs, documents)
    with pytest.raises(Analysing):
        registry.BY_NAME["ner"].run(paragraphs, clusters, registry.StageContext(analyze=analyze))
    assert events == ["free_pages", ("analyze", 2)]


def test_a_run_hands_back_the_pages_of_each_chunk_it_analysed(tmp_path, monkeypatch):
    """The main process turns each chunk's analysis into rows and spills its frames while the workers run: the pages
    that freed are handed back before the next chunk's objects take new ones."""
    from pipeline.runtime import memory
    from pipeline.stages import dedup

    events = []

    def analyze(texts):
        events.append(("analyze", len(texts)))
        told = [(text_id, 0, 3, "One", "ORG", 0, "One", "x") for text_id in texts["text_id"]]
        return {
            "text_mentions": pd.DataFrame(told, columns=ner.TEXT_MENTION_COLUMNS),
            "frames": schema.empty(schema.FRAMES),
            "errors": pd.DataFrame(columns=ner.ERROR_COLUMNS),
        }

    monkeypatch.setattr(cache, "CHUNK_TEXTS", 1)
    monkeypatch.setattr(memory, "free_pages", lambda: events.append("free_pages"))
    documents = pd.DataFrame({"doc_id": ["a", "b"], "published": ["2024-01-01", "2024-01-02"], "outlet": ["o", "o"]})
    paragraphs = pd.DataFrame(
        {"doc_id": ["a", "a", "b"], "para_idx": [0, 1, 0], "text": ["One text here.", "Two.", "Three, here."]}
    )
    _, paragraphs, clusters = dedup.find_boilerplate(paragraphs, documents)
    context = registry.StageContext(analyze=analyze, spill_to=tmp_path)
    registry.BY_NAME["ner"].run(spill.spill("paragraphs", paragraphs, tmp_path), clusters, context)
    analysed = [i for i, event in enumerate(events) if event != "free_pages"]
    assert len(analysed) == 3 and all(events[i + 1] == "free_pages" for i in analysed)
