"""I/O at the edge: reading inputs, writing and loading output tables.

No stage reads or writes files; the runner and the CLI call these functions.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import schema

log = logging.getLogger(__name__)

INPUT_SUFFIXES = (".txt",)
MAX_INPUT_BYTES = 64 * 1024 * 1024


def find_inputs(input_dir: Path) -> list[Path]:
    """Input files under `input_dir`, recursively, in a stable order (hidden files skipped)."""
    input_dir = Path(input_dir)
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    files = []
    for root, dirs, names in os.walk(input_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(root) / n for n in names if not n.startswith(".") and n.lower().endswith(INPUT_SUFFIXES))
    return sorted(files, key=lambda p: p.relative_to(input_dir).as_posix())


def read_inputs(input_dir: Path) -> pd.DataFrame:
    """One row per input file: doc_id, source_file, content (bytes) and error (why it could not be read)."""
    input_dir = Path(input_dir)
    rows, seen = [], {}
    for path in find_inputs(input_dir):
        rel = path.relative_to(input_dir).as_posix()
        doc_id = path.stem
        if doc_id in seen:  # same stem in two folders: keep both, make the id unique
            seen[doc_id] += 1
            doc_id = f"{doc_id}~{seen[doc_id]}"
        else:
            seen[doc_id] = 0
        content, error = b"", None
        try:
            size = path.stat().st_size
            if size > MAX_INPUT_BYTES:
                error = f"file too large ({size} bytes > {MAX_INPUT_BYTES})"
            else:
                content = path.read_bytes()
        except OSError as exc:
            error = f"unreadable: {exc.strerror or exc}"
        if error:
            log.warning("skipped %s: %s", rel, error)
        rows.append({"doc_id": doc_id, "source_file": rel, "content": content, "error": error})
    return pd.DataFrame(rows, columns=["doc_id", "source_file", "content", "error"])


# --- output tables ---------------------------------------------------------------------------


def _to_csv_frame(df: pd.DataFrame, table: schema.Table) -> pd.DataFrame:
    out = df.copy()
    for col in table.columns:
        if col.type == schema.LIST:
            out[col.name] = [json.dumps(list(v), ensure_ascii=False) for v in out[col.name]]
    return out


def write_table(df: pd.DataFrame, table: schema.Table, folder: Path) -> None:
    df = schema.conform(df, table)
    arrow = pa.Table.from_pandas(df, schema=table.arrow_schema(), preserve_index=False)
    pq.write_table(arrow, folder / f"{table.name}.parquet", row_group_size=100_000)
    _to_csv_frame(df, table).to_csv(folder / f"{table.name}.csv", index=False, lineterminator="\n")


def write_tables(tables: dict[str, pd.DataFrame], output_dir: Path) -> None:
    """Write every table as Parquet and CSV, atomically: all new files appear together or none do.

    Tables are written to a temporary folder beside `output_dir`, which then replaces it.
    """
    output_dir = Path(output_dir)
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.tmp-", dir=output_dir.parent))
    try:
        for name, df in tables.items():
            write_table(df, schema.TABLES[name], staging)
        if output_dir.exists():
            # Keep files in the old folder that are not ours (a user's notebook, a report).
            for extra in output_dir.iterdir():
                if not (staging / extra.name).exists():
                    shutil.move(str(extra), staging / extra.name)
            previous = output_dir.with_name(f".{output_dir.name}.old")
            shutil.rmtree(previous, ignore_errors=True)
            os.replace(output_dir, previous)
            os.replace(staging, output_dir)
            shutil.rmtree(previous, ignore_errors=True)
        else:
            os.replace(staging, output_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def load(output_dir: Path | str) -> dict[str, pd.DataFrame]:
    """Load every table of an output folder: `tables = pipeline.load("data/out")`."""
    output_dir = Path(output_dir)
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

_JSON_COLUMNS = {"frames": ["frame"]}
_LIST_COLUMNS = ("aliases", "participants", "participant_names", "topics", "outlets")


def write_interim(tables: dict[str, pd.DataFrame], folder: Path) -> None:
    """Write internal tables between stages (`<work>/<name>.parquet`); JSON-encodes nested columns."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, df in tables.items():
        df = df.copy()
        for col in _JSON_COLUMNS.get(name, []):
            df[col] = [json.dumps(v, ensure_ascii=False) for v in df[col]]
        tmp = folder / f".{name}.parquet.tmp"
        df.to_parquet(tmp, index=False)
        os.replace(tmp, folder / f"{name}.parquet")


def read_interim(folder: Path, *names: str) -> list[pd.DataFrame]:
    folder = Path(folder)
    out = []
    for name in names:
        path = folder / f"{name}.parquet"
        if not path.exists():
            raise FileNotFoundError(f"{path} not found: run the earlier stage first")
        df = pd.read_parquet(path)
        for col in _JSON_COLUMNS.get(name, []):
            df[col] = [json.loads(v) for v in df[col]]
        for col in _LIST_COLUMNS:
            if col in df.columns:
                df[col] = [list(v) if v is not None else [] for v in df[col]]
        out.append(df)
    return out
