"""The stage registry: the six stages in order, each with the tables it reads and the tables it makes.

The runner (`runner.run_stages`, all stages in memory) and the stage commands (`meetgraph clean`, ...,
one stage on the tables in WORK/) both walk `STAGES` and call `call`, so a stage is wired once. Every
table a stage makes is checked against its spec in `pipeline/schema.py` (`schema.WORK_TABLES`; the last
stage makes the output tables, `schema.TABLES`).

A stage function takes its input tables in the declared order and then a `StageContext`, and returns its
output tables in the declared order. It is a thin adapter over the pure stage function in
`pipeline/stages/`, plus the per-document fault handling (`pipeline.faults`, a no-op outside a run).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline import faults, io, schema
from pipeline.runtime import batches, cache, engines, memory, spill, stage_cache
from pipeline.stages import dedup, export, ner, relate, resolve

SOURCE = "raw"  # the table of raw inputs (`io.read_inputs`) the first stage reads


class StageOutputError(RuntimeError):
    """A stage made a table that does not fit its declared spec: a bug in that stage, not in the input."""


@dataclass
class StageContext:
    """What a stage needs besides its tables: where spaCy runs, and what the ner stage reports back."""

    analyze: engines.Analyze | None = None  # texts -> analysis (an `engines.Engine` is closed once done)
    analysis_cache: cache.AnalysisCache | None = None  # analysis of texts seen before (None: analyse all)
    clean_cache: stage_cache.CleanCache | None = None  # cleaning of inputs seen before (None: clean all)
    link_memo: stage_cache.LinkMemo | None = None  # in-document linking of documents seen before (None: link all)
    # dedup's band keys of texts seen before (None: those beside `analysis_cache`, if any; a run's dedup, in a
    # process without the analysis, is given them)
    band_keys: stage_cache.BandKeys | None = None
    progress: Any = None  # the running stage's progress: set_total(n), update(n)
    texts: int = 0  # ner: distinct texts
    texts_analysed: int = 0  # ner: of those, analysed now (the others came from the cache)
    batch_docs: int = batches.DOCS_PER_BATCH  # documents per batch where a stage runs in batches (relate)
    # the stage's input tables are its own (nobody reads them after it): `export` empties each once it is conformed
    release_inputs: bool = False
    # export writes each output table here (the run's staging folder) as it is made, instead of returning them all
    write_to: Path | None = None
    # ner spills the frames here (the run's `spill/`) chunk by chunk as they are made (see `spill.SPILLED`)
    spill_to: Path | None = None


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[..., tuple[pd.DataFrame, ...]]  # (*inputs, context) -> outputs
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    final: bool = False  # makes the output tables (schema.TABLES) rather than intermediate ones

    def spec(self, table: str) -> schema.Table:
        return (schema.TABLES if self.final else schema.WORK_TABLES)[table]


def _clean(raw: pd.DataFrame, context: StageContext):
    documents, paragraphs = stage_cache.clean_documents(raw, context.clean_cache)
    return documents, faults.drop_failed(paragraphs)


def _dedup(documents: pd.DataFrame, paragraphs_raw: pd.DataFrame, context: StageContext):
    keys = context.band_keys if context.band_keys is not None else stage_cache.BandKeys.beside(context.analysis_cache)
    return dedup.find_boilerplate(paragraphs_raw, documents, keys)


def _ner(paragraphs: pd.DataFrame | spill.Spilled, clusters: pd.DataFrame, context: StageContext):
    if isinstance(paragraphs, spill.Spilled):  # (spilled by a run: their keys read back here, per batch by relate)
        # the keys without the text, and the text of one chunk of texts at a time as the analysis asks for it
        source, paragraphs = paragraphs, paragraphs.columns([c for c in paragraphs.names if c != "text"])
        texts = ner.Texts(ner.text_rows(paragraphs, clusters), lambda at: source.rows_at(at, ["text"])["text"])
    else:
        texts = ner.Texts(ner.text_rows(paragraphs, clusters), lambda at: paragraphs["text"].iloc[at])
    # the pages freed on the way (the keys read back, the texts' rows taken from them) handed back before the
    # analysis: the main process holds what it has now for as long as the workers run
    memory.free_pages()
    context.texts = len(texts)
    if context.progress is not None:
        context.progress.set_total(len(texts))
    # in a run, each chunk's frames are spilled as they come (with a cache: whole, once the cache has given them)
    spilled = None if context.spill_to is None else spill.open_writer("frames", context.spill_to, "ner")
    try:
        analysis, context.texts_analysed = cache.analyze_texts(
            texts,
            context.analyze,
            context.analysis_cache,
            progress=context.progress,
            frames_to=None if spilled is None else partial(_spilled_chunk, spilled),
        )
        if spilled is not None and "frames" in analysis:
            spilled.append(analysis.pop("frames"))
    except BaseException:
        if spilled is not None:
            spilled.writer.close()  # (the file goes with the run's staging folder)
        raise
    frames = analysis.pop("frames") if spilled is None else spilled.close()
    del texts
    if isinstance(context.analyze, engines.Engine):
        context.analyze.close()  # its workers' memory is free for the stages that follow
    # a text whose analysis raised fails every document that has it; the others never see its rows
    faults.error_documents(analysis.pop("errors", None), paragraphs)
    text_mentions = analysis.pop("text_mentions")
    paragraphs = faults.drop_failed(paragraphs)
    if context.spill_to is None:
        mentions = faults.per_document("ner", paragraphs, lambda paras: ner.fan_out(text_mentions, paras))
    else:  # in a run, per batch of documents, each batch's rows spilled as they come (resolve reads them per batch)
        mentions = _fanned_out(text_mentions, paragraphs, context)
    return text_mentions, frames, mentions


def _spilled_chunk(frames: spill.Writer, df: pd.DataFrame) -> None:
    """A chunk's frames spilled, then the pages its analysis freed (its Docs, rows and Arrow buffers) handed back:
    the C heap and Arrow's pool keep them otherwise, and the next chunk's objects take new pages beside them."""
    frames.append(df)
    memory.free_pages()


def _fanned_out(text_mentions: pd.DataFrame, paragraphs: pd.DataFrame, context: StageContext) -> spill.Spilled:
    """`ner.fan_out` per batch of documents (in doc_id order: its rows are sorted by doc_id first), each batch's
    rows spilled as made: the table of one call over every paragraph, never whole in memory here."""
    none = pd.DataFrame({"doc_id": pd.Series([], dtype=object)})
    keys = ["doc_id", "para_idx", "text_id", "is_boilerplate"]
    # the columns' Arrow types from the whole inputs (a batch may hold only nulls of a column), the dtypes a call
    # over every paragraph gives
    arrow = {**_arrow_types(paragraphs[keys]), **_arrow_types(text_mentions)}
    dtypes = dict(ner.fan_out(text_mentions.iloc[:0], paragraphs.iloc[:0]).dtypes)
    writer = spill.as_made_writer(
        "mentions_raw", context.spill_to, "ner", pa.schema([pa.field(name, arrow[name]) for name in dtypes]), dtypes
    )
    try:
        for batch in batches.by_document(context.batch_docs, paragraphs, none, none):
            made = faults.per_document("ner", batch["paragraphs"], lambda paras: ner.fan_out(text_mentions, paras))
            check("ner", "mentions_raw", made, schema.MENTIONS_RAW)  # (`call` checks the tables kept in memory)
            writer.append(made)
            del batch, made
    except BaseException:
        writer.writer.close()  # (the file goes with the run's staging folder)
        raise
    return writer.close()


def _arrow_types(df: pd.DataFrame) -> dict:
    return {field.name: field.type for field in pa.Schema.from_pandas(df, preserve_index=False)}


def _resolve(mentions_raw: pd.DataFrame | spill.Spilled, context: StageContext):
    none = pd.DataFrame({"doc_id": pd.Series([], dtype=object)})
    parts = partial(batches.by_document, context.batch_docs, none, mentions_raw, none)
    if len(batches.doc_ids(mentions_raw)) <= context.batch_docs or not _by_doc_id(mentions_raw):
        mentions, nodes, edges = resolve.resolve_entities(spill.whole(mentions_raw), link=context.link_memo)
    else:  # per batch of documents (spilled by a run's ner batch by batch: read back per batch, twice)
        mentions = _Mentions(context.spill_to)
        nodes, edges = resolve.resolve_in_batches(
            lambda: (batch["mentions"] for batch in parts()), mentions.put, link=context.link_memo
        )
        mentions = mentions.close()  # (without the rows of failed documents, batch by batch)
    if context.link_memo is not None:
        context.link_memo.commit()
    return spill.drop_failed(mentions), nodes, faults.drop_failed(edges)


def _by_doc_id(mentions_raw: pd.DataFrame | spill.Spilled) -> bool:
    """The rows are in doc_id order (as `ner.fan_out` makes them), so batches of documents in doc_id order,
    concatenated, are the table (`resolve_in_batches` numbers the rows batch after batch)."""
    if isinstance(mentions_raw, spill.Spilled):
        keys = mentions_raw.keys
        return len(keys) < 2 or pc.all(pc.less_equal(keys[:-1], keys[1:])).as_py()
    return mentions_raw["doc_id"].astype(str).is_monotonic_increasing


class _Mentions:
    """Resolve's mentions as `resolve_in_batches` puts them, batch by batch: spilled as they come (to `folder`, a
    run's `spill/`), or kept and concatenated; either way in the dtypes of one call over every document."""

    def __init__(self, folder: Path | None):
        self.folder, self.dtypes, self.parts, self.writer = folder, [], [], None
        self.none: pd.DataFrame | None = None  # the first batch without rows: the table when every batch is one

    def put(self, part: pd.DataFrame) -> None:
        part = faults.drop_failed(part)
        if part.empty:
            self.none = part if self.none is None else self.none
            return
        self.dtypes.append(dict(part.dtypes))
        if self.folder is None:
            self.parts.append(part)
            return
        if self.writer is None:  # a column all null in this batch is text in others (`resolve.whole_dtypes`)
            types = _arrow_types(part)
            fields = [pa.field(name, pa.string() if pa.types.is_null(t) else t) for name, t in types.items()]
            # written as made; read back in the dtypes of the whole, known once every batch is put (`close`)
            self.writer = spill.as_made_writer("mentions", self.folder, "resolve", pa.schema(fields), {})
        self.writer.append(part)
        del part

    def close(self) -> pd.DataFrame | spill.Spilled:
        if not self.dtypes:
            return self.none
        dtypes = resolve.whole_dtypes(self.dtypes)
        if self.writer is None:
            return pd.concat(self.parts, ignore_index=True).astype(dtypes)
        self.writer.dtypes = dtypes
        return self.writer.close()


def _relate(frames, paragraphs, mentions, entity_nodes, documents, context: StageContext):
    memo = stage_cache.RelateMemo.beside(context.analysis_cache)
    lookup = relate.NodeLookup.of(entity_nodes)  # every batch reads the same node names and countries
    # each batch's meetings kept compact (in a run, pickled into the spill folder) until they are merged
    rows = relate.MeetingRows(context.spill_to)
    try:
        # per batch of documents: relate's per-document lookups and frame rows are built for one batch at a time
        for batch in batches.by_document(context.batch_docs, paragraphs, mentions, documents):
            batch_paragraphs = ner.english(faults.drop_failed(batch["paragraphs"]))
            texts = batch_paragraphs["text_id"].unique()
            rows.add(
                relate.document_meetings(
                    spill.rows_with(frames, "text_id", texts),  # frames in memory, or spilled by the run
                    batch_paragraphs,
                    batch["mentions"],
                    lookup,
                    batch["documents"],
                    memo=memo,
                )
            )
            del batch
            pa.default_memory_pool().release_unused()  # (the pages of the batch's frames read back)
        if memo is not None:
            memo.commit()
    finally:
        if memo is not None:
            memo.close()
    if context.spill_to is None:
        meetings, edges, nodes = relate.finish_meetings(rows, entity_nodes, documents)
        return faults.drop_failed(meetings), faults.drop_failed(edges), nodes
    # in a run, the meetings' edges are made a slice of meetings at a time, each slice's spilled as it comes
    edges = spill.open_writer("meeting_edges", context.spill_to, "relate")
    try:
        meetings, _, nodes = relate.finish_meetings(rows, entity_nodes, documents, edges_to=edges.append)
    except BaseException:
        edges.writer.close()  # (the file goes with the run's staging folder)
        raise
    return faults.drop_failed(meetings), edges.close(), nodes


def _export(
    documents,
    paragraphs,
    clusters,
    mentions,
    entity_nodes,
    meeting_nodes,
    entity_edges,
    meeting_edges,
    meetings,
    context: StageContext,
):
    release = context.release_inputs
    nodes = _joined(entity_nodes, meeting_nodes, release)  # made when export comes to them
    edges = (entity_edges, meeting_edges)  # (concatenated; each may be spilled: export reads a slice at a time)
    sink = _Sink(context.write_to)
    # (paragraphs, mentions, edges and meetings may be spilled by a run: export reads them a slice at a time)
    for name, df in export.iter_tables(documents, paragraphs, clusters, mentions, nodes, edges, meetings, release):
        sink.put(name, df)
        del df
    return tuple(sink.tables[name] for name in schema.TABLES)


def _joined(first: pd.DataFrame, second: pd.DataFrame | spill.Spilled, release: bool):
    """What makes one table of the two (concatenated; `second` may be spilled) when it is needed; with `release`,
    the two then emptied."""

    def join() -> pd.DataFrame:
        parts = [first, spill.whole(second)]
        joined = pd.concat(parts, ignore_index=True)
        if release:
            export.empty(*parts)
        return joined

    return join


class _Sink:
    """Where `export`'s tables go as it makes them: kept in memory, or, in a run (`StageContext.write_to`), each
    checked and written into the run's staging folder (`io.WrittenTable`) and let go before the next is made; a
    table made in slices (`export.Sliced`) is written slice by slice as they come.

    A document that failed in any stage keeps its `documents` row (status error, `faults.mark_documents`) and
    loses all others; the nodes only a failed document referred to go with it. A document can fail while export
    conforms a table, after the tables (or the slices of its own table) made before it were written: those are
    then written again without it."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.tables: dict[str, pd.DataFrame | io.WrittenTable] = {}
        self.failed_at: dict[str, int] = {}  # table -> documents failed when it was made

    def put(self, name: str, df: pd.DataFrame) -> None:
        if name in ("nodes", "documents"):  # made last: every document that fails has failed by now
            self._settle()
        if isinstance(df, export.Sliced):
            failed = len(faults.failed())
            self._keep(name, (faults.drop_failed(part).reset_index(drop=True) for part in df))
            self.failed_at[name] = failed  # (one failing in a slice may have rows in those before: `_settle`)
            return
        if name == "nodes" and faults.failed():
            df = _referenced(df, self._column("mentions", "node_id"), self._column("edges", "source", "target"))
        elif name == "documents":
            df = faults.mark_documents(df, faults.active())
        elif faults.failed():
            df = faults.drop_failed(df).reset_index(drop=True)
        self.failed_at[name] = len(faults.failed())
        self._keep(name, df)

    def _keep(self, name: str, df: pd.DataFrame | Iterator[pd.DataFrame]) -> None:
        """The table, or its slices (conformed, in order), kept in memory or written."""
        if self.folder is None:
            self.tables[name] = df if isinstance(df, pd.DataFrame) else pd.concat(list(df), ignore_index=True)
            return
        spec = schema.TABLES[name]
        if isinstance(df, pd.DataFrame):
            check("export", name, df, spec)  # (`call` checks the tables kept in memory)
        else:
            df = _checked(name, df, spec)
        self.tables[name] = io.WrittenTable.write(df, spec, self.folder)
        memory.free_pages()

    def _settle(self) -> None:
        """Tables made before a document failed, made again without it."""
        for name, failed in self.failed_at.items():
            if failed < len(faults.failed()) and name not in ("nodes", "documents"):
                df = self.tables[name]
                df = df.read() if isinstance(df, io.WrittenTable) else df
                self._keep(name, faults.drop_failed(df).reset_index(drop=True))
                self.failed_at[name] = len(faults.failed())

    def _column(self, name: str, *columns: str) -> set:
        """The distinct values of `columns` of a table made (in memory or written), nulls left out."""
        return {v for column in columns for v in self.tables[name][column].dropna()}


def _checked(name: str, slices: Iterator[pd.DataFrame], spec: schema.Table) -> Iterator[pd.DataFrame]:
    """The slices of an output table, each checked; Arrow's allocator and the C heap hand back the pages of each once
    it is written (`memory.free_pages`: they keep freed pages otherwise, and the next slice's objects take new ones
    beside them)."""
    memory.free_pages()  # (those of the sort keys)
    for part in slices:
        check("export", name, part, spec)
        yield part
        del part
        memory.free_pages()


def _referenced(nodes: pd.DataFrame, *used: set) -> pd.DataFrame:
    """Nodes a mention or an edge still refers to: those known only from a failed document go with it."""
    return nodes[nodes["node_id"].isin(set().union(*used))].reset_index(drop=True)


STAGES: tuple[Stage, ...] = (
    Stage("clean", _clean, (SOURCE,), ("documents", "paragraphs_raw")),
    Stage("dedup", _dedup, ("documents", "paragraphs_raw"), ("documents", "paragraphs", "clusters")),
    Stage("ner", _ner, ("paragraphs", "clusters"), ("text_mentions", "frames", "mentions_raw")),
    Stage("resolve", _resolve, ("mentions_raw",), ("mentions", "entity_nodes", "entity_edges")),
    Stage(
        "relate",
        _relate,
        ("frames", "paragraphs", "mentions", "entity_nodes", "documents"),
        ("meetings", "meeting_edges", "meeting_nodes"),
    ),
    Stage(
        "export",
        _export,
        (
            "documents",
            "paragraphs",
            "clusters",
            "mentions",
            "entity_nodes",
            "meeting_nodes",
            "entity_edges",
            "meeting_edges",
            "meetings",
        ),
        tuple(schema.TABLES),
        final=True,
    ),
)
BY_NAME: dict[str, Stage] = {stage.name: stage for stage in STAGES}


def call(stage: Stage, inputs: list[pd.DataFrame], context: StageContext | None = None) -> dict[str, pd.DataFrame]:
    """Run `stage` on its input tables (in declared order); its output tables by name, each checked.

    Raises:
        StageOutputError: a table the stage made does not fit its spec.
    """
    made = stage.run(*inputs, context if context is not None else StageContext())
    tables = dict(zip(stage.outputs, made, strict=True))
    for name, df in tables.items():
        if not isinstance(df, (io.WrittenTable, spill.Spilled)):  # (one written as it was made was checked then)
            check(stage.name, name, df, stage.spec(name))
    return tables


def check(stage: str, name: str, df: pd.DataFrame, spec: schema.Table) -> None:
    """Raise `StageOutputError` when the table `name` that `stage` made does not fit `spec`."""
    problems = schema.check(df, spec)
    if problems:
        raise StageOutputError(
            f"stage {stage} made a {name} table that does not fit its spec in pipeline/schema.py: {'; '.join(problems)}"
        )


def needed_after(index: int) -> set[str]:
    """Tables a stage after `STAGES[index]` reads: the others can be let go once that stage is done."""
    return {name for stage in STAGES[index + 1 :] for name in stage.inputs}
