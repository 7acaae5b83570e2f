"""Wire the stages together: inputs -> clean -> dedup -> ner -> resolve -> relate -> export -> outputs."""

from __future__ import annotations

import logging
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import clean, dedup, export, io, ner, relate, resolve

log = logging.getLogger(__name__)


@dataclass
class RunReport:
    """What a run did: per-stage wall time and counts, for the summary line and benchmarks."""

    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        yield
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start


def default_processes() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def run_stages(
    raw: pd.DataFrame,
    nlp,
    batch_size: int = 32,
    n_process: int = 1,
    report: RunReport | None = None,
) -> dict[str, pd.DataFrame]:
    """All stages over a table of raw inputs (see `io.read_inputs`); returns the output tables."""
    report = report or RunReport()
    with report.stage("clean"):
        documents, paragraphs = clean.clean_documents(raw)
    with report.stage("dedup"):
        documents, paragraphs, clusters = dedup.find_boilerplate(paragraphs, documents)
    with report.stage("ner"):
        texts = ner.unique_texts(paragraphs, clusters)
        analysis = ner.analyze_texts(texts, nlp, batch_size=batch_size, n_process=n_process)
        mentions = ner.fan_out(analysis["text_mentions"], paragraphs)
    with report.stage("resolve"):
        mentions, nodes, entity_edges = resolve.resolve_entities(mentions)
    with report.stage("relate"):
        meetings, meeting_edges, meeting_nodes = relate.extract_meetings(
            analysis["frames"], paragraphs, mentions, nodes, documents
        )
    with report.stage("export"):
        tables = export.build_tables(
            documents,
            paragraphs,
            clusters,
            mentions,
            pd.concat([nodes, meeting_nodes], ignore_index=True),
            pd.concat([entity_edges, meeting_edges], ignore_index=True),
            meetings,
        )
    report.counts.update(
        documents=int((documents["status"] == "ok").sum()),
        skipped=int((documents["status"] == "skipped").sum()),
        paragraphs=len(paragraphs),
        boilerplate=int(paragraphs["is_boilerplate"].sum()) if len(paragraphs) else 0,
        texts_analysed=len(texts),
        persons=int((tables["nodes"]["type"] == "PERSON").sum()),
        meetings=int(tables["meetings"]["meeting_id"].nunique()),
    )
    return tables


def run(
    input_dir: Path | str,
    output_dir: Path | str,
    model: str | None = None,
    batch_size: int = 32,
    n_process: int | None = None,
    relations: str = "rules",
) -> RunReport:
    """Run the whole pipeline over `input_dir` and write every table to `output_dir` (atomically).

    Raises:
        FileNotFoundError: the input folder does not exist.
        RuntimeError: no input could be processed (nothing is written then).
    """
    from pipeline.nlp.loader import DEFAULT_MODEL, load_nlp

    report = RunReport()
    with report.stage("read"):
        raw = io.read_inputs(Path(input_dir))
    if raw.empty:
        raise RuntimeError(f"no input files (*{', *'.join(io.INPUT_SUFFIXES)}) in {input_dir}")
    with report.stage("load_model"):
        nlp = load_nlp(model or DEFAULT_MODEL, relations=relations)
    tables = run_stages(raw, nlp, batch_size=batch_size, n_process=n_process or 1, report=report)
    if report.counts["documents"] == 0:
        raise RuntimeError(f"none of the {len(raw)} input files could be processed; see the log for reasons")
    with report.stage("write"):
        io.write_tables(tables, Path(output_dir))
    return report
