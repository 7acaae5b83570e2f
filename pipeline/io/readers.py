"""Input readers: every supported file format to the raw table that `clean.clean_documents` takes.

One row per document: `doc_id`, `source_file`, `content` (bytes for plain text, str for text already
decoded by a reader), `error` (why it could not be read, else None) and optional metadata overrides
(`published`, `outlet`, `author`, `url`). Every input file yields at least one row, so a file that
cannot be read is still accounted for in `documents`. Inputs are only read: nothing in them is
executed or used as a path.
"""

from __future__ import annotations

import csv
import functools
import io as _io
import json
import logging
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.stages import clean

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
JSON_SUFFIXES = (".json",)
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + CSV_SUFFIXES + JSON_SUFFIXES
# Tables that every meetgraph output (and the stage commands' interim folder) holds: a folder with both is
# never read as input, so an output folder inside the input folder is not read back as articles.
OUTPUT_MARKERS = ("documents.parquet", "meetings.parquet")
MAX_INPUT_BYTES = 64 * 1024 * 1024
MAX_BAD_RECORD_ROWS = 20  # more bad lines than this in one file are reported as one row
RAW_COLUMNS = ["doc_id", "source_file", "content", "error", "published", "outlet", "author", "encoding", "url"]

_ID_UNSAFE = re.compile(r"[^\w.~-]+")
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class Columns:
    """Field names of structured (JSONL, CSV) inputs; only `text` is required in a record."""

    text: str = "text"
    id: str = "id"
    date: str = "date"
    outlet: str = "outlet"
    author: str = "author"
    url: str = "url"


# --- finding files ---------------------------------------------------------------------------


def is_output_folder(folder: Path) -> bool:
    """Whether `folder` holds meetgraph output (or interim) tables."""
    return all((Path(folder) / name).is_file() for name in OUTPUT_MARKERS)


def find_inputs(input_dir: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files under `input_dir`, recursively, in a stable order; hidden entries skipped (outputs' staging
    folders, locks and caches are hidden). `input_dir` may be a single file.

    Symlinked folders are not followed (no loops); symlinked files are read like files. Folders holding
    meetgraph output tables are skipped with a warning. Files of every suffix are returned (those no reader
    takes become `skipped` rows). Returns (files, unreadable folders with the reason) so that a folder
    that cannot be listed is reported. An explicit stack instead of recursion keeps very deep trees from
    exhausting the Python stack.
    """
    input_dir = Path(input_dir)
    if input_dir.is_file():
        return [input_dir], []
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input not found: {input_dir} (give a folder of articles or one file)")
    if is_output_folder(input_dir):
        raise ValueError(
            f"{input_dir} holds meetgraph output tables, not articles; pass --input the folder of articles"
        )
    files, bad_dirs, stack = [], [], [input_dir]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                entries = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            bad_dirs.append((Path(folder), f"unreadable folder: {exc.strerror or exc}"))
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                if is_output_folder(Path(entry.path)):
                    log.warning("not reading %s: it holds meetgraph output tables, not articles", entry.path)
                    continue
                subdirs.append(Path(entry.path))
            elif not _links_to_folder(entry):  # symlinked folders are not followed (no loops)
                files.append(Path(entry.path))
        stack.extend(reversed(subdirs))
    key = lambda p: _display(p.relative_to(input_dir).as_posix())  # noqa: E731
    return sorted(files, key=key), sorted(bad_dirs, key=lambda b: key(b[0]))


def _links_to_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink() and entry.is_dir()
    except OSError:
        return False


def _display(name: str) -> str:
    """A file name as valid UTF-8 (undecodable bytes in names would break the Parquet writer)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _read_file(path: Path) -> bytes:
    """The file's bytes; raises OSError/ValueError with a reason for anything that is not a plain, readable file."""
    st = os.stat(path)  # follows a symlinked file; a symlink loop raises OSError (ELOOP)
    if not stat.S_ISREG(st.st_mode):
        raise ValueError("not a regular file")  # a FIFO or device would block or never end
    if st.st_size > MAX_INPUT_BYTES:
        raise ValueError(f"file too large ({st.st_size} bytes > {MAX_INPUT_BYTES})")
    with open(path, "rb") as f:
        data = f.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise ValueError(f"file too large (> {MAX_INPUT_BYTES} bytes)")
    return data


# --- format readers --------------------------------------------------------------------------


def _row(doc_id: str, source_file: str, content=b"", error: str | None = None, **meta) -> dict:
    return {"doc_id": doc_id, "source_file": source_file, "content": content, "error": error, **meta}


def read_text(data: bytes, doc_id: str, source: str, columns: Columns) -> Iterator[dict]:
    yield _row(doc_id, source, data)  # clean decodes and rejects binary/empty bytes


def read_html(data: bytes, doc_id: str, source: str, columns: Columns) -> Iterator[dict]:
    """Main text of an HTML page via trafilatura (boilerplate, menus and comments dropped)."""
    import trafilatura

    try:
        html, encoding = clean.decode_text_file(data)
        text = trafilatura.extract(html, include_comments=False, include_tables=False) if html.strip() else None
    except (ValueError, UnicodeError) as exc:
        yield _row(doc_id, source, error=str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - the extractor's parser failing on hostile markup must not end the run
        yield _row(doc_id, source, error=f"HTML not parsed: {type(exc).__name__}")
        return
    if not text or not text.strip():
        yield _row(doc_id, source, error="no main text found in HTML")
        return
    # trafilatura puts one paragraph per line; clean splits paragraphs at blank lines.
    yield _row(doc_id, source, re.sub(r"\n+", "\n\n", text), encoding=encoding)


def _decoded(read_records):
    """A reader of decoded text (`read_records(text, encoding, ...)`) as a reader of bytes: bytes that do not
    decode become one error row."""

    @functools.wraps(read_records)
    def read(data: bytes, doc_id: str, source: str, columns: Columns) -> Iterator[dict]:
        try:
            text, encoding = clean.decode_text_file(data)
        except (ValueError, UnicodeError) as exc:
            yield _row(doc_id, source, error=str(exc))
            return
        yield from read_records(text, encoding, doc_id, source, columns)

    return read


@_decoded
def read_jsonl(text: str, encoding: str, doc_id: str, source: str, columns: Columns) -> Iterator[dict]:
    """One document per JSON object line; bad lines are reported, good ones kept."""
    records = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            records.append((lineno, None, f"line {lineno}: invalid JSON ({str(exc)[:80]})"))
            continue
        if not isinstance(record, dict):
            records.append((lineno, None, f"line {lineno}: not a JSON object"))
            continue
        records.append((lineno, record, None))
    yield from _records(records, doc_id, source, columns, encoding, "line")


@_decoded
def read_csv(text: str, encoding: str, doc_id: str, source: str, columns: Columns) -> Iterator[dict]:
    """One document per CSV row (header row names the columns)."""
    csv.field_size_limit(MAX_INPUT_BYTES)
    reader = csv.DictReader(_io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        yield _row(doc_id, source, error=f"invalid CSV: {exc}")
        return
    if not header or columns.text not in header:
        yield _row(doc_id, source, error=f"CSV has no {columns.text!r} column (use --text-column)")
        return
    records = []
    try:
        for record in reader:
            records.append((reader.line_num, record, None))
    except csv.Error as exc:
        records.append((reader.line_num, None, f"row {reader.line_num}: invalid CSV ({exc})"))
    yield from _records(records, doc_id, source, columns, encoding, "row")


@_decoded
def read_json(text: str, encoding: str, doc_id: str, source: str, columns: Columns) -> Iterator[dict]:
    """A JSON array of article objects (one document each), or a single article object."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        yield _row(doc_id, source, error=f"invalid JSON ({str(exc)[:80]})")
        return
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        yield _row(doc_id, source, error="JSON is neither an array of objects nor an object")
        return
    records = [
        (i, item, None) if isinstance(item, dict) else (i, None, f"item {i}: not a JSON object")
        for i, item in enumerate(data, start=1)
    ]
    yield from _records(records, doc_id, source, columns, encoding, "item")


def _records(records, doc_id: str, source: str, columns: Columns, encoding: str, unit: str) -> Iterator[dict]:
    good = [(n, r) for n, r, err in records if err is None]
    bad = [err for _, r, err in records if err is not None]
    if not good and not bad:
        yield _row(doc_id, source, error="empty file")
        return
    if not good or len(bad) > MAX_BAD_RECORD_ROWS:
        yield _row(f"{doc_id}#bad", source, error=f"{len(bad)} unreadable {unit}s (first: {bad[0]})")
    else:
        for i, err in enumerate(bad):
            yield _row(f"{doc_id}#bad{i}", source, error=err)
    for lineno, record in good:
        rid = _id(record.get(columns.id)) or f"{doc_id}-{lineno}"
        where = f"{source}#{unit}{lineno}"
        value = record.get(columns.text)
        if columns.text not in record:
            fields = ", ".join(sorted(map(str, record))[:8]) or "none"
            yield _row(
                rid,
                where,
                error=f"no {columns.text!r} field: name the text field with --text-column "
                f"({unit} {lineno} has fields: {fields})",
            )
            continue
        if not isinstance(value, str):
            yield _row(
                rid,
                where,
                error=f"field {columns.text!r} is not text in {unit} {lineno} "
                f"(use --text-column to pick another field)",
            )
            continue
        yield _row(
            rid,
            where,
            value,
            published=_date(record.get(columns.date)),
            outlet=_scalar(record.get(columns.outlet)),
            author=_scalar(record.get(columns.author)),
            url=_scalar(record.get(columns.url)),
            encoding=encoding,
        )


def _scalar(value) -> str | None:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        value = str(value).strip()[:500]
        return value or None
    return None


def _id(value) -> str | None:
    """A record id as a safe, bounded string (ids are only labels, never paths)."""
    value = _scalar(value)
    return _ID_UNSAFE.sub("_", value)[:120] if value else None


def _date(value) -> str | None:
    """ISO date from a date field; only explicit YYYY-MM-DD prefixes (never 'today' or guesses)."""
    value = _scalar(value)
    if not value or not (m := _ISO_DATE.match(value)):
        return None
    try:
        return pd.Timestamp(m.group(1)).date().isoformat()
    except ValueError:
        return None


READERS = {
    **dict.fromkeys(TEXT_SUFFIXES, read_text),
    **dict.fromkeys(HTML_SUFFIXES, read_html),
    **dict.fromkeys(JSONL_SUFFIXES, read_jsonl),
    **dict.fromkeys(CSV_SUFFIXES, read_csv),
    **dict.fromkeys(JSON_SUFFIXES, read_json),
}


def _unsupported(path: Path) -> str:
    kind = path.suffix.lower() or "no suffix"
    return f"unsupported file type {kind} (meetgraph reads {', '.join(INPUT_SUFFIXES)})"


def read_inputs(input_dir: Path, columns: Columns | None = None) -> pd.DataFrame:
    """The raw table for every input file under `input_dir` (see the module docstring)."""
    input_dir = Path(input_dir)
    columns = columns or Columns()
    files, bad_dirs = find_inputs(input_dir)
    base = input_dir.parent if input_dir.is_file() else input_dir
    rows = []
    for folder, reason in bad_dirs:
        rel = _display(folder.relative_to(base).as_posix())
        log.warning("skipped %s: %s", rel, reason)
        rows.append(_row(_display(folder.name) or "input", rel + "/", error=reason))
    for path in files:
        rel = _display(path.relative_to(base).as_posix())
        reader = READERS.get(path.suffix.lower())
        if reader is None:  # accounted for, never read; the full name keeps its id apart from a.txt's
            rows.append(_row(_id(_display(path.name)) or "doc", rel, error=_unsupported(path)))
            continue
        doc_id = _id(_display(path.stem)) or "doc"
        try:
            data = _read_file(path)
        except (OSError, ValueError) as exc:
            reason = f"unreadable: {exc.strerror}" if isinstance(exc, OSError) and exc.strerror else str(exc)
            log.warning("skipped %s: %s", rel, reason)
            rows.append(_row(doc_id, rel, error=reason))
            continue
        rows.extend(reader(data, doc_id, rel, columns))
    raw = pd.DataFrame(rows, columns=RAW_COLUMNS)
    raw["doc_id"] = _unique(raw["doc_id"].tolist())
    return raw


def _unique(ids: list[str]) -> list[str]:
    """Make ids unique in input order: a repeated id gets `~1`, `~2`, ..."""
    seen, out = set(ids), []
    counts: dict[str, int] = {}
    taken = set()
    for doc_id in ids:
        if doc_id in taken:
            n = counts.get(doc_id, 0)
            while f"{doc_id}~{n + 1}" in seen or f"{doc_id}~{n + 1}" in taken:
                n += 1
            counts[doc_id] = n + 1
            doc_id = f"{doc_id}~{n + 1}"
        taken.add(doc_id)
        out.append(doc_id)
    return out
