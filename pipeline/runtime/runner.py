"""Run the stages of `registry.STAGES` in memory, raw inputs to output tables, and write the tables.

The runner adds what a whole run needs around the stages: the output lock, the analysis engine and cache,
per-document fault recording, per-stage timings and memory, and the counts of the summary line. `run` reads,
cleans and dedups the corpus in a child process (`apart.in_child`), before the model is loaded, so the pages those
corpus-wide steps took go back to the OS with it; the stages from `ner` on run in the run's own process.
"""

from __future__ import annotations

import gc
import logging
import re
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import psutil

from pipeline import faults, io, text
from pipeline.nlp import language
from pipeline.runtime import apart, batches, cache, engines, memory, registry, spill, stage_cache
from pipeline.stages import clean, ner, relate, resolve

log = logging.getLogger(__name__)


@dataclass
class RunReport:
    """What a run did: per-stage wall time and counts, for the summary line and benchmarks."""

    timings: dict[str, float] = field(default_factory=dict)
    rss_mb: dict[str, float] = field(default_factory=dict)  # this process's RSS when each stage ended
    peak_mb: dict[str, float] = field(default_factory=dict)  # this process's high-water RSS by each stage's end
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
        self.peak_mb[name] = _high_water_mb()
        tracker.finish()


def _high_water_mb() -> float:
    """This process's peak RSS so far (Linux: kB; macOS: bytes), in MB: the stage where it rises holds the peak."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**20 if sys.platform == "darwin" else 2**10)


# Memos keyed by the corpus's own text (a line or paragraph, a name): bounded, but full ones can be large, and they
# help only within a stage's own work, so they are emptied when a stage ends.
TEXT_MEMOS = (
    clean._words,
    text.fold,
    resolve._tokens,
    resolve._name_shaped,
    resolve.country_in,
    relate.is_person_name,
)
# Models a stage loads for its own work and no later stage uses: clean's language identifier (py3langid's, 73 MB
# held, loaded when clean first asks it about a paragraph), let go when a stage ends instead of for the whole run.
STAGE_MODELS = (language._identifier,)


def release_memory() -> None:
    """Empty the text memos (`TEXT_MEMOS`), let go of the models a stage loaded for itself (`STAGE_MODELS`), collect
    the garbage a stage left and hand free heap pages back to the OS (glibc `malloc_trim`), so the next stage's peak
    starts from the live tables instead of from the last stage's high-water mark."""
    for memo in (*TEXT_MEMOS, *STAGE_MODELS):
        memo.cache_clear()
    gc.collect()
    memory.free_pages()


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
    raw: pd.DataFrame | dict[str, Any],
    nlp,
    batch_size: int = 32,
    n_process: int = 1,
    report: RunReport | None = None,
    analyze: engines.Analyze | None = None,
    analysis_cache: cache.AnalysisCache | None = None,
    clean_cache: stage_cache.CleanCache | None = None,
    link_memo: stage_cache.LinkMemo | None = None,
    batch_docs: int = batches.DOCS_PER_BATCH,
    spill_to: Path | None = None,
    write_to: Path | None = None,
    band_keys: stage_cache.BandKeys | None = None,
    start: str | None = None,
    until: str | None = None,
) -> dict[str, pd.DataFrame | io.WrittenTable]:
    """All stages of `registry.STAGES` over a table of raw inputs (see `io.read_inputs`); returns the output tables.

    Or some of them: from the stage `start` on, `raw` then the tables the stages before it made (by name), and up
    to the stage `until`, returning the tables the stages after it read (`registry.needed_after`).

    `analyze` runs spaCy over the distinct texts (see `engines.open_engine`; an `engines.Engine` is closed
    once they are analysed); default: `nlp` in-process.
    With `analysis_cache`, spaCy runs only on texts the cache does not hold (see `pipeline.runtime.cache`);
    with `clean_cache`, only inputs it does not hold are cleaned, and with `link_memo`, only documents whose
    mentions it has not seen are linked in-document (see `pipeline.runtime.stage_cache`).
    Stages that work per document do so in batches of `batch_docs` documents (`pipeline.runtime.batches`).
    With `spill_to` (a folder in the run's staging folder), the tables `spill.SPILLED` lists are kept there, on
    disk, from the stage that makes them to the one that reads them, instead of in memory. With `write_to` (the
    run's staging folder), each output table is written there as soon as it is made and stands for it as an
    `io.WrittenTable` (its rows on disk, its columns read back on demand).
    """
    report = report or RunReport()
    if analyze is None:
        analyze = partial(ner.analyze_texts, nlp=nlp, batch_size=batch_size, n_process=n_process)
    context = registry.StageContext(
        analyze=analyze,
        analysis_cache=analysis_cache,
        clean_cache=clean_cache,
        link_memo=link_memo,
        batch_docs=batch_docs,
        release_inputs=True,  # the tables a stage reads were made here, and are let go after it
        write_to=write_to,
        spill_to=spill_to,
        band_keys=band_keys,
    )
    recorder = faults.active()
    if isinstance(raw, pd.DataFrame):
        tables, first = {registry.SOURCE: raw}, 0
    else:  # the tables the stages before `start` made (`run`: read, clean and dedup in a child process)
        tables, first = dict(raw), registry.STAGES.index(registry.BY_NAME[start])
    del raw  # (let go with the tables dict once no stage reads it, when the caller holds no other reference)
    last = len(registry.STAGES) if until is None else registry.STAGES.index(registry.BY_NAME[until]) + 1
    for index in range(first, last):
        stage = registry.STAGES[index]
        with report.stage(stage.name) as tracker:
            context.progress = tracker
            inputs = [tables[name] for name in stage.inputs]
            # a table goes as soon as no later stage reads it, so a stage's peak holds its own inputs and
            # outputs, not every earlier version of them
            keep = registry.needed_after(index)
            tables = {name: df for name, df in tables.items() if name in keep}
            made = registry.call(stage, inputs, context)
            del inputs
            tables.update(_kept(made, keep, stage, spill_to))
            del made
    report.errors = {} if recorder is None else dict(recorder.failures)
    if until is None:
        _count(report, tables, context)
    return tables


def _kept(made: dict[str, pd.DataFrame], keep: set[str], stage: registry.Stage, spill_to: Path | None) -> dict:
    """The tables `stage` made that a later stage reads (all, from the last stage), those of `spill.SPILLED`
    written to `spill_to` when it is given (`spill.Spilled`)."""
    kept = {name: df for name, df in made.items() if name in keep or stage.final}
    if spill_to is not None and not stage.final:
        kept = {name: spill.spill(name, df, spill_to, stage.name) for name, df in kept.items()}
    return kept


def _count(report: RunReport, tables: dict, context: registry.StageContext) -> None:
    status, paragraphs = tables["documents"]["status"], tables["paragraphs"]  # in memory, or written as made
    report.counts.update(
        documents=int((status == "ok").sum()),
        skipped=int((status == "skipped").sum()),
        paragraphs=len(paragraphs),
        boilerplate=int(paragraphs["is_boilerplate"].sum()) if len(paragraphs) else 0,
        texts_analysed=context.texts_analysed,
        texts_cached=context.texts - context.texts_analysed,
    )
    if report.errors:
        report.counts["errors"] = len(report.errors)
    report.counts.update(
        persons=int((tables["nodes"]["type"] == "PERSON").sum()),
        meetings=int(tables["meetings"]["meeting_id"].nunique()),
    )


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
    report = RunReport(progress=progress)
    memory.use_system_pool()  # (Arrow's freed pages then handed back by `memory.free_pages`, as the heap's are)
    cache_dir = (cache_dir or cache.default_cache_dir(output_dir)) if use_cache else None
    with io.output_lock(output_dir), io.staging_folder(output_dir) as staging:
        # read, clean and dedup in a child process, before the model is loaded: it hands back the documents, the
        # clusters and the paragraphs (spilled), and every page the corpus-wide cleaning took goes with it
        front = partial(_read_clean_dedup, Path(input_dir), columns, cache_dir, staging, strict)
        made, n_inputs, failures, marks = apart.in_child(front, progress, name="read/clean/dedup")
        for name, value in marks.items():
            getattr(report, name).update(value)
        with open_analysis(
            model,
            cache_dir=cache_dir,
            engine=engine,
            batch_size=batch_size,
            n_process=n_process,
            workers=workers,
            scheduler=scheduler,
            numpy_gemm=numpy_gemm,
            relations=relations,
            report=report,
        ) as context:
            with faults.recording(strict=strict) as recorder:
                faults.restore(recorder, failures)
                stages = dict(report=report, analyze=context.analyze, **_on_disk(staging), **_caches(context))
                tables = run_stages(made, None, start=AFTER_CHILD, **stages)
        _refuse_empty(report, tables["documents"], n_inputs)
        with report.stage("write"):  # the tables are in the staging folder: the database, then the swap
            io.write_tables(tables, Path(output_dir), staging, consume=True)
    return report


AFTER_CHILD = "ner"  # a run's first stage in its own process: those before it run in a child (`_read_clean_dedup`)


def _read_clean_dedup(
    input_dir: Path, columns, cache_dir: Path | None, staging: Path, strict: bool, progress: Any
) -> tuple[dict[str, Any], int, Any, dict]:
    """`run`'s read, clean and dedup (in a child process: `apart.in_child`): the tables the later stages read (the
    paragraphs spilled into the run's staging folder), the number of inputs, the documents that failed (as
    `faults.failures_table`) and the stages' marks (`RunReport`'s timings, RSS and high-water by stage)."""
    report = RunReport(progress=progress)
    with report.stage("read"):
        raw = io.read_inputs(input_dir, columns)
    if raw.empty:
        raise RuntimeError(f"no input files (*{', *'.join(io.INPUT_SUFFIXES)}) in {input_dir}")
    n_inputs, handed = len(raw), [raw]
    del raw  # run_stages holds the raw inputs (their contents) only until `clean` has read them
    if cache_dir is not None:
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
    clean_cache = None if cache_dir is None else stage_cache.CleanCache(cache_dir)
    band_keys = None if cache_dir is None else stage_cache.BandKeys(cache_dir)
    until = registry.STAGES[registry.STAGES.index(registry.BY_NAME[AFTER_CHILD]) - 1].name
    try:
        with faults.recording(strict=strict) as recorder:
            stages = dict(report=report, clean_cache=clean_cache, band_keys=band_keys, **_on_disk(staging))
            tables = run_stages(handed.pop(), None, until=until, **stages)
    finally:
        if clean_cache is not None:
            clean_cache.close()
    marks = {name: getattr(report, name) for name in ("timings", "rss_mb", "peak_mb")}
    return tables, n_inputs, faults.failures_table(recorder), marks


def _on_disk(staging: Path) -> dict[str, Path]:
    """Where a run keeps tables on disk (`run_stages`): in its staging folder, so they vanish with it unless the
    write swaps it in: the tables kept between stages in its `spill/`, the output tables as they are made."""
    return {"spill_to": staging / io.SPILL_FOLDER, "write_to": staging}


def _caches(context: registry.StageContext) -> dict[str, Any]:
    """The caches an opened analysis holds, as `run_stages` takes them."""
    return {name: getattr(context, name) for name in ("analysis_cache", "clean_cache", "link_memo")}


@contextmanager
def open_analysis(
    model: str | None = None,
    *,
    cache_dir: Path | str | None = None,
    engine: str = "local",
    batch_size: int = 32,
    n_process: int | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    numpy_gemm: bool = False,
    relations: str = "rules",
    report: RunReport | None = None,
) -> Iterator[registry.StageContext]:
    """What the ner stage runs on: the spaCy pipeline loaded, the analysis cache in `cache_dir` opened (None:
    no cache) and the engine started (see `engines.open_engine`). Open it while the corpus is not in this
    process (`run` reads, cleans and dedups it in a child first): the engine forks its workers here, and they then
    hold only the model."""
    from pipeline.nlp.loader import DEFAULT_MODEL, load_nlp

    with (report or RunReport()).stage("load_model"):
        nlp = load_nlp(model or DEFAULT_MODEL, relations=relations, numpy_gemm=numpy_gemm)
    analysis_cache = None if cache_dir is None else cache.AnalysisCache(cache_dir, cache.config_key(nlp))
    clean_cache = None if cache_dir is None else stage_cache.CleanCache(cache_dir)
    link_memo = None if cache_dir is None else stage_cache.LinkMemo(cache_dir)
    try:
        with engines.open_engine(
            engine,
            model,
            nlp,
            batch_size,
            n_process,
            workers=workers,
            scheduler=scheduler,
            numpy_gemm=numpy_gemm,
            relations=relations,
        ) as analyze:
            yield registry.StageContext(
                analyze=analyze, analysis_cache=analysis_cache, clean_cache=clean_cache, link_memo=link_memo
            )
    finally:
        for store in (analysis_cache, clean_cache, link_memo):
            if store is not None:
                store.close()


def _refuse_empty(report: RunReport, documents: pd.DataFrame, n_inputs: int) -> None:
    """Raise when no input could be processed (nothing is written then), saying why each was not."""
    report.skip_reasons = skip_reasons(documents)
    if report.counts["documents"] == 0:
        reasons = "; ".join(
            [f"{n} {r}" for r, n in report.skip_reasons.items()]
            + ([f"{len(report.errors)} failed with an error"] if report.errors else [])
        )
        raise RuntimeError(f"none of the {n_inputs} inputs could be processed ({reasons})")


def skip_reasons(documents: pd.DataFrame) -> dict[str, int]:
    """Skipped documents counted by reason, numbers and details folded (`file too large`, `line N: ...`)."""
    is_skipped = (documents["status"] == "skipped").to_numpy(dtype=bool)  # (a table in memory or written)
    skipped = documents["error"][is_skipped].fillna("unknown").astype(str)
    short = skipped.map(lambda r: re.sub(r"\s*\(.*$", "", re.sub(r"\d+", "N", r)).strip() or "unknown")
    return {reason: int(n) for reason, n in sorted(short.value_counts().items(), key=lambda kv: (-kv[1], kv[0]))}
