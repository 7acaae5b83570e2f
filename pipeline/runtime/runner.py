"""Wire the stages together: inputs -> clean -> dedup -> ner -> resolve -> relate -> export -> outputs."""

from __future__ import annotations

import ctypes
import gc
import logging
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import psutil

from pipeline.runtime import cache, engines
from pipeline.stages import clean, dedup, export, ner, relate, resolve
from pipeline import faults, io

log = logging.getLogger(__name__)


@dataclass
class RunReport:
    """What a run did: per-stage wall time and counts, for the summary line and benchmarks."""

    timings: dict[str, float] = field(default_factory=dict)
    rss_mb: dict[str, float] = field(default_factory=dict)  # this process's RSS when each stage ended
    counts: dict[str, int] = field(default_factory=dict)
    skip_reasons: dict[str, int] = field(default_factory=dict)
    errors: dict[str, tuple[str, str]] = field(default_factory=dict)  # failed doc_id -> (stage, "Type: message")
    progress: Any = None  # a rich.progress.Progress (or anything with add_task/update/advance) to show stages

    @contextmanager
    def stage(self, name: str):
        tracker = _StageTracker(self.progress, name)
        start = time.perf_counter()
        yield tracker
        release_memory()
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start
        self.rss_mb[name] = psutil.Process().memory_info().rss / 2**20
        tracker.finish()


def release_memory() -> None:
    """Collect the garbage a stage left and hand free heap pages back to the OS (glibc `malloc_trim`), so
    the next stage's peak starts from the live tables instead of from the last stage's high-water mark."""
    gc.collect()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _load_libc():
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim  # noqa: B018 - glibc only
        return libc
    except (OSError, AttributeError):
        return None


_LIBC = _load_libc()


class _StageTracker:
    """One progress task per stage; `.update(1)` per item once `.set_total(n)` is known."""

    def __init__(self, progress, name: str):
        self.progress = progress
        self.task = progress.add_task(name, total=None) if progress is not None else None

    def set_total(self, total: int) -> None:
        if self.progress is not None:
            self.progress.update(self.task, total=total)

    def update(self, n: int = 1) -> None:
        if self.progress is not None:
            self.progress.advance(self.task, n)

    def finish(self) -> None:
        if self.progress is not None:
            total = self.progress.tasks[self.task].total or 1
            self.progress.update(self.task, total=total, completed=total)


def run_stages(
    raw: pd.DataFrame,
    nlp,
    batch_size: int = 32,
    n_process: int = 1,
    report: RunReport | None = None,
    analyze: engines.Analyze | None = None,
    analysis_cache: cache.AnalysisCache | None = None,
) -> dict[str, pd.DataFrame]:
    """All stages over a table of raw inputs (see `io.read_inputs`); returns the output tables.

    `analyze` runs spaCy over the distinct texts (see `engines.open_engine`; an `engines.Engine` is closed
    once they are analysed); default: `nlp` in-process.
    With `analysis_cache`, spaCy runs only on texts the cache does not hold (see `pipeline.runtime.cache`).
    """
    report = report or RunReport()
    if analyze is None:
        def analyze(texts):
            return ner.analyze_texts(texts, nlp, batch_size=batch_size, n_process=n_process)

    recorder = faults.active()
    with report.stage("clean"):
        documents, paragraphs = clean.clean_documents(raw)
        paragraphs = faults.drop_failed(paragraphs)
    with report.stage("dedup"):
        documents, paragraphs, clusters = dedup.find_boilerplate(paragraphs, documents)
    # Each intermediate table is dropped as soon as the next stage has what it needs, so a stage's peak
    # holds its own inputs and outputs, not every earlier version of them.
    with report.stage("ner") as tracker:
        texts = ner.unique_texts(paragraphs, clusters)
        n_texts = len(texts)
        tracker.set_total(n_texts)
        analysis, n_analysed = cache.analyze_texts(texts, analyze, analysis_cache, progress=tracker)
        del texts
        if isinstance(analyze, engines.Engine):
            analyze.close()  # its workers' memory is free for the stages that follow
        # a text whose analysis raised fails every document that has it; the others never see its rows
        faults.error_documents(analysis.pop("errors", None), paragraphs)
        mentions = faults.per_document("ner", faults.drop_failed(paragraphs),
                                       lambda paras: ner.fan_out(analysis["text_mentions"], paras))
        del analysis["text_mentions"]
        frames = analysis.pop("frames")
    with report.stage("resolve"):
        mentions, nodes, entity_edges = resolve.resolve_entities(mentions)
        mentions, entity_edges = faults.drop_failed(mentions), faults.drop_failed(entity_edges)
    with report.stage("relate"):
        meetings, meeting_edges, meeting_nodes = relate.extract_meetings(
            frames, ner.english(faults.drop_failed(paragraphs)), mentions, nodes, documents)
        meetings, meeting_edges = faults.drop_failed(meetings), faults.drop_failed(meeting_edges)
        del frames
    with report.stage("export"):
        nodes = pd.concat([nodes, meeting_nodes], ignore_index=True)
        edges = pd.concat([entity_edges, meeting_edges], ignore_index=True)
        del meeting_nodes, entity_edges, meeting_edges
        if faults.failed():
            nodes = _referenced(nodes, mentions, edges)
        tables = export.build_tables(documents, paragraphs, clusters, mentions, nodes, edges, meetings)
        del documents, paragraphs, clusters, mentions, nodes, edges, meetings
        # a document that failed in any stage keeps its `documents` row (status error) and loses all others
        if faults.failed():
            tables = {name: df if name == "documents" else faults.drop_failed(df).reset_index(drop=True)
                      for name, df in tables.items()}
            tables["nodes"] = _referenced(tables["nodes"], tables["mentions"], tables["edges"])
        tables["documents"] = faults.mark_documents(tables["documents"], recorder)
    documents = tables["documents"]
    report.errors = {} if recorder is None else dict(recorder.failures)
    report.counts.update(
        documents=int((documents["status"] == "ok").sum()),
        skipped=int((documents["status"] == "skipped").sum()),
        paragraphs=len(tables["paragraphs"]),
        boilerplate=int(tables["paragraphs"]["is_boilerplate"].sum()) if len(tables["paragraphs"]) else 0,
        texts_analysed=n_analysed,
        texts_cached=n_texts - n_analysed,
    )
    if report.errors:
        report.counts["errors"] = len(report.errors)
    report.counts.update(
        persons=int((tables["nodes"]["type"] == "PERSON").sum()),
        meetings=int(tables["meetings"]["meeting_id"].nunique()),
    )
    return tables


def _referenced(nodes: pd.DataFrame, mentions: pd.DataFrame, edges: pd.DataFrame) -> pd.DataFrame:
    """Nodes a mention or an edge still refers to: those known only from a failed document go with it."""
    used = set(mentions["node_id"].dropna()) | set(edges["source"].dropna()) | set(edges["target"].dropna())
    return nodes[nodes["node_id"].isin(used)].reset_index(drop=True)


def run(
    input_dir: Path | str,
    output_dir: Path | str,
    model: str | None = None,
    batch_size: int = 32,
    n_process: int | None = None,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    numpy_gemm: bool = False,
    relations: str = "rules",
    use_cache: bool = True,
    cache_dir: Path | str | None = None,
    columns: io.readers.Columns | None = None,
    progress: Any = None,
    strict: bool = False,
) -> RunReport:
    """Run the whole pipeline over `input_dir` and write every table to `output_dir` (atomically).

    The output folder is locked for the whole run (`io.output_lock`). spaCy analysis is cached in
    `cache_dir` (default: `.meetgraph-cache` beside the output) unless `use_cache` is False.

    A document whose processing raises gets `status = error` and the run goes on (`pipeline.faults`);
    `report.errors` lists them. With `strict`, the first such exception propagates instead.

    Raises:
        FileNotFoundError: the input folder does not exist.
        RuntimeError: no input could be processed (nothing is written then).
        io.OutputLocked: another run is writing `output_dir`.
        OSError: the output cannot be written.
    """
    from pipeline.nlp.loader import DEFAULT_MODEL, load_nlp

    report = RunReport(progress=progress)
    with io.output_lock(output_dir):
        with report.stage("load_model"):
            nlp = load_nlp(model or DEFAULT_MODEL, relations=relations, numpy_gemm=numpy_gemm)
        analysis_cache = None
        if use_cache:
            analysis_cache = cache.AnalysisCache(cache_dir or cache.default_cache_dir(output_dir), cache.config_key(nlp))
        try:
            # The engine starts (and forks its workers) before the corpus is read, so workers hold only the model.
            with engines.open_engine(
                engine, model, nlp if engine == "local" else None, batch_size, n_process, workers=workers,
                scheduler=scheduler, numpy_gemm=numpy_gemm, relations=relations,
            ) as analyze:
                with report.stage("read"):
                    raw = io.read_inputs(Path(input_dir), columns)
                if raw.empty:
                    raise RuntimeError(f"no input files (*{', *'.join(io.INPUT_SUFFIXES)}) in {input_dir}")
                with faults.recording(strict=strict):
                    tables = run_stages(raw, nlp, report=report, analyze=analyze, analysis_cache=analysis_cache)
        finally:
            if analysis_cache is not None:
                analysis_cache.close()
        report.skip_reasons = skip_reasons(tables["documents"])
        if report.counts["documents"] == 0:
            reasons = "; ".join([f"{n} {r}" for r, n in report.skip_reasons.items()]
                                + ([f"{len(report.errors)} failed with an error"] if report.errors else []))
            raise RuntimeError(f"none of the {len(raw)} inputs could be processed ({reasons})")
        with report.stage("write"):
            io.write_tables(tables, Path(output_dir))
    return report


def skip_reasons(documents: pd.DataFrame) -> dict[str, int]:
    """Skipped documents counted by reason, numbers and details folded (`file too large`, `line N: ...`)."""
    skipped = documents.loc[documents["status"] == "skipped", "error"].fillna("unknown").astype(str)
    short = skipped.map(lambda r: re.sub(r"\s*\(.*$", "", re.sub(r"\d+", "N", r)).strip() or "unknown")
    return {reason: int(n) for reason, n in sorted(short.value_counts().items(), key=lambda kv: (-kv[1], kv[0]))}
