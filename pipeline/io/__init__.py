"""I/O at the edge: reading inputs, writing and loading output tables.

No stage reads or writes files; the runner and the CLI call these functions.
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import schema
from pipeline.io import readers

log = logging.getLogger(__name__)

INPUT_SUFFIXES = readers.INPUT_SUFFIXES


def read_inputs(input_dir: Path, columns: readers.Columns | None = None) -> pd.DataFrame:
    """One row per input document (see `pipeline.io.readers`): doc_id, source_file, content, error, metadata.

    `input_dir` may also be a single file. Folders holding meetgraph output tables are never read as input.
    """
    return readers.read_inputs(Path(input_dir), columns)


# --- where outputs go --------------------------------------------------------------------------


class OutputNotAFolder(ValueError):
    """The output path exists and is not a folder: nothing is written, moved or created."""


def resolve_output(output_dir: Path | str) -> Path:
    """The real output folder: a symlinked folder (or a chain of links) resolves to its target, so the swap
    happens inside the target's parent and the link stays a link. Refuses a path that is an existing file
    (or a link to one) before anything is touched."""
    output_dir = Path(output_dir)
    real = Path(os.path.realpath(output_dir))
    if real.exists() and not real.is_dir():
        shown = f"{output_dir} (a link to {real})" if real != output_dir.absolute() else str(output_dir)
        raise OutputNotAFolder(
            f"output path {shown} is a file, not a folder; pass --output a folder (new or earlier meetgraph "
            f"output). The file was not touched"
        )
    return real


def is_output_folder(folder: Path | str) -> bool:
    """Whether `folder` holds meetgraph output tables (so it must never be read back as input)."""
    return readers.is_output_folder(Path(folder))


# --- output tables ---------------------------------------------------------------------------


def _to_csv_frame(df: pd.DataFrame, table: schema.Table) -> pd.DataFrame:
    out = df.copy()
    for col in table.columns:
        if col.type == schema.LIST:
            out[col.name] = [json.dumps(list(v), ensure_ascii=False) for v in out[col.name]]
    return out


WRITE_ROWS = 100_000  # rows per slice written (and per Parquet row group)


def write_table(df: pd.DataFrame | Iterable[pd.DataFrame], table: schema.Table, folder: Path) -> None:
    """`df` as `<table>.parquet` and `<table>.csv` in `folder`, conformed to `table`.

    A table already in the output's shape (a run's tables are) is written in slices of `WRITE_ROWS` rows, each
    converted on its own, so the copies writing makes are of one slice rather than of the whole table; the
    files are those of the whole table converted at once (tests/test_batched.py). `df` may also be the table's
    slices, each conformed, in the table's order (`export.Sliced`): each is written as it comes, one Parquet row
    group a slice (of at most `WRITE_ROWS` rows), the CSV appended; the files read back as the whole table's."""
    slices = _slices(df, table) if isinstance(df, pd.DataFrame) else df
    del df
    arrow_schema = table.arrow_schema()
    with (
        open(folder / f"{table.name}.csv", "w", encoding="utf-8", newline="") as csv,
        _parquet_writer(folder / f"{table.name}.parquet") as parquet,
    ):
        first = True
        for part in slices:
            if first or len(part):  # (an empty slice after the first adds nothing, not even a row group)
                _to_csv_frame(part, table).to_csv(csv, index=False, header=first, lineterminator="\n")
                if len(part) or parquet.writer is None:
                    parquet.write(pa.Table.from_pandas(part, schema=arrow_schema, preserve_index=False))
            first = False
            del part
        if first:  # no slice at all: the table's header
            empty = schema.empty(table)
            _to_csv_frame(empty, table).to_csv(csv, index=False, lineterminator="\n")
            parquet.write(pa.Table.from_pandas(empty, schema=arrow_schema, preserve_index=False))


def _slices(df: pd.DataFrame, table: schema.Table) -> Iterator[pd.DataFrame]:
    """`df` conformed, in slices of `WRITE_ROWS` rows, each converted on its own."""
    if schema.validate(df, table) or not _sorted(df, table):
        df = schema.conform(df, table)
    for start in range(0, max(len(df), 1), WRITE_ROWS):
        yield schema.conform(df.iloc[start : start + WRITE_ROWS], table)


class WrittenTable:
    """An output table already written by `write_table` into a folder (a run's staging folder): its rows are on
    disk, not in memory. `write_tables` leaves it where it is (or copies its files into another folder); a column
    or the whole table reads back from its Parquet file."""

    def __init__(self, folder: Path, table: schema.Table):
        self.folder, self.table = Path(folder), table

    @classmethod
    def write(cls, df: pd.DataFrame | Iterable[pd.DataFrame], table: schema.Table, folder: Path) -> WrittenTable:
        """`write_table(df, table, folder)` (a table, or its conformed slices), the table then stood for by its
        files."""
        Path(folder).mkdir(parents=True, exist_ok=True)
        write_table(df, table, folder)
        return cls(folder, table)

    def files(self) -> tuple[Path, Path]:
        return self.folder / f"{self.table.name}.parquet", self.folder / f"{self.table.name}.csv"

    def __len__(self) -> int:
        return pq.ParquetFile(self.files()[0]).metadata.num_rows

    def __getitem__(self, column: str) -> pd.Series:
        """One column, read from the Parquet file."""
        return pq.read_table(self.files()[0], columns=[column]).to_pandas()[column]

    def read(self) -> pd.DataFrame:
        """The whole table, conformed to its spec (as `load` reads it)."""
        return schema.conform(pq.read_table(self.files()[0]).to_pandas(), self.table)

    def copy_to(self, folder: Path) -> None:
        for path in self.files():
            shutil.copyfile(path, folder / path.name)


def _sorted(df: pd.DataFrame, table: schema.Table) -> bool:
    """Whether `df`'s rows are in the order `schema.conform` sorts them into."""
    if len(df) < 2 or not table.sort_by:
        return True
    order = (
        df[list(table.sort_by)]
        .reset_index(drop=True)
        .sort_values(list(table.sort_by), kind="stable", na_position="first")
    )
    return bool((order.index.to_numpy() == range(len(df))).all())


class _parquet_writer:
    """A `pq.ParquetWriter` opened on the first slice's schema (with its pandas metadata), one row group a slice."""

    def __init__(self, path: Path):
        self.path, self.writer = path, None

    def __enter__(self):
        return self

    def write(self, arrow: pa.Table) -> None:
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, arrow.schema)
        self.writer.write_table(arrow, row_group_size=WRITE_ROWS)

    def __exit__(self, *exc) -> None:
        if self.writer is not None:
            self.writer.close()


class OutputLocked(RuntimeError):
    pass


def _sibling(output_dir: Path, suffix: str) -> Path:
    return output_dir.with_name(f".{output_dir.name}.{suffix}")


_HELD_LOCK_FDS: set[int] = set()


def _close_inherited_locks() -> None:
    """In a forked child (spaCy or engine workers): drop the copies of the parent's lock descriptors, so
    the lock goes away with the parent even if a worker outlives a kill -9 of it."""
    for fd in list(_HELD_LOCK_FDS):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD_LOCK_FDS.clear()


os.register_at_fork(after_in_child=_close_inherited_locks)


@contextmanager
def output_lock(output_dir: Path | str):
    """Hold an exclusive lock on `output_dir` while a run works on it.

    An flock on `.meetgraph-<name>.lock` beside the folder: the kernel drops it when the holder exits, even on
    kill -9, so a stale lock file never blocks a later run. The file itself is left in place.
    """
    shown = output_dir
    output_dir = resolve_output(output_dir)  # one lock for a symlinked folder and its target
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    path = output_dir.with_name(f".meetgraph-{output_dir.name}.lock")  # git-ignored name
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EACCES):
                raise
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise OutputLocked(
                f"another meetgraph run (pid {holder}) is writing {shown}; wait for it to finish"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _HELD_LOCK_FDS.add(fd)
        yield
    finally:
        _HELD_LOCK_FDS.discard(fd)
        os.close(fd)  # closing releases the lock


def recover(output_dir: Path | str) -> None:
    """Finish a swap that a killed run left half done (call while holding `output_lock`).

    `write_tables` renames the output to `.<name>.old`, renames the new tables into place, then moves
    the user's own files back from `.old`. Killed after the first rename, the output is missing and
    `.old` is complete: put it back. Killed later, finish moving the user's files. Leftover staging
    folders of killed runs hold only tables and are removed.
    """
    output_dir = resolve_output(output_dir)
    previous = _sibling(output_dir, "old")
    if previous.is_dir() and not previous.is_symlink():
        if not output_dir.exists():
            os.replace(previous, output_dir)
        else:
            _move_extras(previous, output_dir, drop_derived=True)
            shutil.rmtree(previous, ignore_errors=True)
    if output_dir.parent.is_dir():
        for stale in output_dir.parent.glob(f".{output_dir.name}.tmp-*"):
            shutil.rmtree(stale, ignore_errors=True)


# Files that `meetgraph report` and `meetgraph graph` derive from the tables. A run that replaces the
# tables drops them (they would describe the previous run); every other file of the user's is kept.
DERIVED_FILES = (
    "report.html",
    "report-network.png",
    "report-timeline.png",
    "report.png",
    "graph.graphml",
    "graph.gexf",
    "meetings.graphml",
    "meetings.gexf",
    "neo4j",
)
# Built by every write from its tables: an older copy never outlives the tables it was built from.
_DATABASE_FILES = ("meetgraph.duckdb", "meetgraph.duckdb.wal", ".meetgraph.duckdb.tmp", ".meetgraph.duckdb.tmp.wal")


def _move_extras(source: Path, target: Path, drop_derived: bool = False) -> list[str]:
    """Move files in `source` that `target` lacks (a user's notebook) into `target`; with `drop_derived`, the
    derived files of the previous run (`DERIVED_FILES`) are left behind. Returns the names left behind."""
    dropped = []
    for extra in sorted(source.iterdir()):
        if extra.name in _DATABASE_FILES:
            continue
        if drop_derived and extra.name in DERIVED_FILES:
            dropped.append(extra.name)
        elif not (target / extra.name).exists():
            shutil.move(str(extra), target / extra.name)
    return dropped


class InterruptedAfterWrite(KeyboardInterrupt):
    """Ctrl-C arrived while the new tables were being swapped in: the swap was finished first."""


@contextmanager
def _interrupts_deferred():
    """Hold a SIGINT until the block ends (main thread only), so a Ctrl-C never splits the swap."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise InterruptedAfterWrite()


SPILL_FOLDER = "spill"  # in a staging folder: the tables a run keeps on disk between stages (`staging_folder`)


@contextmanager
def staging_folder(output_dir: Path | str) -> Iterator[Path]:
    """A new staging folder beside `output_dir` (a killed run's leftovers removed first, `recover`), removed on
    leaving unless `write_tables` swapped it in as the output. A run opens it before its stages so that the tables
    it keeps on disk between stages live in its `SPILL_FOLDER` and vanish with it, whatever happens; the user's
    output is replaced only by `write_tables`. Callers that may run concurrently hold `output_lock`."""
    output_dir = resolve_output(output_dir)  # a symlinked folder: swap inside its target, keep the link
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    recover(output_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.tmp-", dir=output_dir.parent))
    umask = os.umask(0o022)
    os.umask(umask)
    os.chmod(staging, 0o777 & ~umask)  # mkdtemp's 0700 would make the output folder private
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def write_tables(
    tables: dict[str, pd.DataFrame | WrittenTable], output_dir: Path, staging: Path | None = None, consume: bool = False
) -> None:
    """Write every table as Parquet and CSV, atomically: all new files appear together or none do.

    Tables are written to a staging folder beside `output_dir` (`staging`, from `staging_folder`, whose spilled
    tables are dropped first; default: a new one) and fsynced, the old folder is renamed
    to `.<name>.old`, the staging folder renamed into place, then files of the user's in the old
    folder are moved over. A kill at any moment leaves either the old or the new tables complete;
    `recover` (run by the next write, and honoured by `load`) finishes an interrupted swap.
    With `consume`, each table is taken out of `tables` once written, so a caller holding no other reference
    frees it before the next table is converted and before the database is built. A `WrittenTable` (a run
    writes each output table into its staging folder as it is made) is left in place.
    Callers that may run concurrently hold `output_lock`.
    """
    if staging is None:
        with staging_folder(output_dir) as staging:
            write_tables(tables, output_dir, staging, consume)
        return
    output_dir = resolve_output(output_dir)
    shutil.rmtree(staging / SPILL_FOLDER, ignore_errors=True)
    for name in list(tables):
        df = tables.pop(name) if consume else tables[name]
        if not isinstance(df, WrittenTable):
            write_table(df, schema.TABLES[name], staging)
        elif df.folder.resolve() != staging.resolve():  # written by a run as it went: already in place
            df.copy_to(staging)
        del df
    _write_database(staging)
    _fsync_folder(staging)
    with _interrupts_deferred():
        dropped = []
        if output_dir.exists():
            previous = _sibling(output_dir, "old")
            os.replace(output_dir, previous)
            os.replace(staging, output_dir)
            dropped = _move_extras(previous, output_dir, drop_derived=True)
            shutil.rmtree(previous, ignore_errors=True)
        else:
            os.replace(staging, output_dir)
        _fsync_folder(output_dir.parent)
    if dropped:
        log.warning(
            "removed %s of the previous run from %s (run `meetgraph report` / `meetgraph graph` again)",
            ", ".join(dropped),
            output_dir,
        )


def _write_database(staging: Path) -> None:
    """`meetgraph.duckdb` built from the staged Parquet files, so it is swapped in with them. A failure here
    is logged and leaves the tables to be written without it (they are the contract; the database is a view)."""
    from pipeline.io import database

    try:
        database.write_database(staging)
    except Exception as exc:  # noqa: BLE001 - never lose a run's tables to the convenience database
        log.error("meetgraph.duckdb not written: %s: %s", type(exc).__name__, exc)
        for leftover in staging.glob(f"*{database.DATABASE_FILE}*"):
            leftover.unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    """Flush a folder's files and entries so a rename never exposes half-written tables after a crash."""
    for path in folder.iterdir():
        if path.is_file():
            with open(path, "rb") as f:
                os.fsync(f.fileno())
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def load(output_dir: Path | str) -> dict[str, pd.DataFrame]:
    """Load every table of an output folder: `tables = pipeline.load("data/out")`.

    Reads the previous tables from `.<name>.old` when a killed run left the swap half done.
    """
    output_dir = Path(os.path.realpath(output_dir))
    previous = _sibling(output_dir, "old")
    if not output_dir.exists() and previous.is_dir():
        output_dir = previous
    tables = {}
    for name, table in schema.TABLES.items():
        path = output_dir / f"{name}.parquet"
        if not path.exists():
            continue
        df = pq.read_table(path).to_pandas()
        tables[name] = schema.conform(df, table)
    if not tables:
        raise FileNotFoundError(f"no meetgraph tables in {output_dir}")
    return tables


# --- intermediate tables (stage-by-stage CLI) --------------------------------------------------


def write_interim(tables: dict[str, pd.DataFrame], folder: Path) -> None:
    """Write internal tables between stages (`<work>/<name>.parquet`)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, df in tables.items():
        tmp = folder / f".{name}.parquet.tmp"
        df.to_parquet(tmp, index=False)
        os.replace(tmp, folder / f"{name}.parquet")


def _list_columns(name: str, df: pd.DataFrame) -> list[str]:
    """The columns of an intermediate table that its spec declares lists (an all-null one read as float is left)."""
    table = schema.WORK_TABLES.get(name) or schema.TABLES.get(name)
    declared = [c.name for c in table.columns if c.type == schema.LIST] if table is not None else []
    return [c for c in declared if c in df.columns and df[c].dtype == object]


def read_interim(folder: Path, *names: str) -> list[pd.DataFrame]:
    folder = Path(folder)
    out = []
    for name in names:
        path = folder / f"{name}.parquet"
        if not path.exists():
            raise FileNotFoundError(f"{path} not found: run the earlier stage first")
        df = pd.read_parquet(path)
        for col in _list_columns(name, df):  # Parquet gives arrays back: lists, as the stages made them
            df[col] = [list(v) if v is not None else [] for v in df[col]]
        out.append(df)
    return out
