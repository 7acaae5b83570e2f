"""Content-addressed cache of spaCy analysis, so a rerun over a grown corpus analyses only new texts.

A text's analysis (its `text_mentions` and `frames` rows from `ner.analyze_texts`) is stored under
the hash of the text, in an SQLite file named after a configuration key. Beside it, a snapshot of the last run's
analysis tables (`analysis-<key>.last.pickle`, rows and text hashes) lets a rerun over a grown corpus take the
rows of every text it saw last time in one vectorised step, instead of decoding them text by text. The key hashes everything
that can change the analysis: the meetgraph version, the spaCy pipeline (name, version, components),
the pattern files in models/, the code of pipeline/stages/ner.py and pipeline/nlp/, the frame record of
pipeline/schema.py and this module's own encoding. Changing any of them starts a fresh cache file, so a stale
analysis is never reused.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import spacy
from spacy.language import Language

import pipeline
from pipeline import resources
from pipeline.stages import ner

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# the code an analysis and its cached form depend on (frames read nlp/dates; schema declares the frame)
CODE_FILES = ("stages/ner.py", "nlp/*.py", "schema.py", "runtime/cache.py")
CHUNK_TEXTS = 2048  # texts per analysis call: the unit of progress, of cache commits and of memory held


def default_cache_dir(output_dir: Path | str) -> Path:
    """`.meetgraph-cache` beside the output folder (git-ignored)."""
    return Path(output_dir).resolve().parent / ".meetgraph-cache"


def _hash_files(paths) -> str:
    digest = hashlib.sha256()
    for path in sorted(set(paths)):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def sources_digest(code_patterns) -> tuple[str, str]:
    """Hashes of every file in models/ and of the package's code files matching `code_patterns`: what a cache
    key must change with besides the version."""
    models_dir = resources.models_dir()
    models = _hash_files(p for p in models_dir.rglob("*") if p.is_file()) if models_dir.is_dir() else ""
    return models, _hash_files(p for pattern in code_patterns for p in PACKAGE_DIR.glob(pattern))


def config_key(nlp: Language) -> str:
    """Hash of everything the analysis of a text depends on besides the text itself."""
    patterns, code = sources_digest(CODE_FILES)
    parts = {
        "meetgraph": pipeline.__version__,
        "spacy": spacy.__version__,
        "model": [nlp.meta.get("lang"), nlp.meta.get("name"), nlp.meta.get("version")],
        "pipes": nlp.pipe_names,
        # component settings, e.g. meetgraph_frames' method (rules vs the co-occurrence baseline)
        "components": {
            name: dict(nlp.config["components"].get(name, {}))
            for name in nlp.pipe_names
            if name.startswith("meetgraph")
        },
        "patterns": patterns,
        "code": code,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:24]


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class AnalysisCache:
    """text hash -> analysis rows, in `<folder>/analysis-<config key>.sqlite`.

    SQLite gives atomic commits (a killed run leaves the cache consistent) and safe concurrent readers.
    """

    def __init__(self, folder: Path | str, key: str):
        self.key = key
        self.path = Path(folder) / f"analysis-{key}.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute("CREATE TABLE IF NOT EXISTS analysis (text_hash TEXT PRIMARY KEY, rows TEXT NOT NULL)")

    def get(self, hashes: list[str]) -> dict[str, dict]:
        found = {}
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for text_hash, rows in self._db.execute(
                f"SELECT text_hash, rows FROM analysis WHERE text_hash IN ({marks})", chunk
            ):
                found[text_hash] = json.loads(rows)
        return found

    def put(self, entries: dict[str, dict]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO analysis VALUES (?, ?)",
                [(h, _dumps(rows)) for h, rows in entries.items()],
            )

    def close(self) -> None:
        self._db.close()

    @property
    def snapshot_path(self) -> Path:
        return self.path.with_suffix(".last.pickle")

    def load_snapshot(self) -> dict | None:
        """The last run's analysis (`save_snapshot`), or None when there is none or it cannot be read."""
        try:
            with open(self.snapshot_path, "rb") as f:
                snapshot = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError):
            return None
        return snapshot if isinstance(snapshot, dict) and snapshot.get("version") == SNAPSHOT_VERSION else None

    def save_snapshot(self, texts: pd.DataFrame, hashes: pd.Series, tables: dict[str, pd.DataFrame]) -> None:
        """Keep this run's analysis of `texts` (text_id, text; `hashes` their `text_key`s), failed texts left out,
        for the next run (written atomically; a failure to write only costs the next run time)."""
        failed = set(tables["errors"]["text_id"]) if "errors" in tables else set()
        keep = ~texts["text_id"].isin(failed).to_numpy()
        snapshot = {
            "version": SNAPSHOT_VERSION,
            "keys": dict(zip(texts["text_id"][keep], hashes[keep])),
            **{name: tables[name][~tables[name]["text_id"].isin(failed)] for name in ANALYSIS_TABLES},
        }
        try:
            fd, tmp = tempfile.mkstemp(prefix=".snapshot-", dir=self.path.parent)
            with os.fdopen(fd, "wb") as f:
                pickle.dump(snapshot, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.snapshot_path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)


SNAPSHOT_VERSION = 1
ANALYSIS_TABLES = ("text_mentions", "frames")


def _from_snapshot(texts: pd.DataFrame, hashes: pd.Series, snapshot: dict) -> tuple[pd.Series, dict[str, pd.DataFrame]]:
    """Which of `texts` the snapshot holds (a boolean mask), and their rows from it with the current text ids."""
    by_hash = {h: t for t, h in snapshot["keys"].items()}
    old_id = hashes.map(by_hash)
    known = old_id.notna()
    current = dict(zip(old_id[known], texts["text_id"][known]))
    tables = {}
    for name in ANALYSIS_TABLES:
        rows = snapshot[name]
        rows = rows[rows["text_id"].isin(current.keys())]
        tables[name] = rows.assign(text_id=rows["text_id"].map(current).astype(rows["text_id"].dtype))
    return known, tables


def _in_text_order(parts: list[dict[str, pd.DataFrame]], texts: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The parts' tables as one, rows ordered by their text's place in `texts` (a text's own rows keep their order;
    each text's rows come from one part)."""
    position = pd.Series(range(len(texts)), index=texts["text_id"].to_numpy())
    out = {}
    for name in parts[0]:
        pieces = [p[name] for p in parts if len(p[name])] or [parts[0][name]]  # no empty piece changes a dtype
        table = pd.concat(pieces, ignore_index=True)
        if name in ANALYSIS_TABLES:
            order = np.argsort(table["text_id"].map(position).to_numpy(), kind="stable")
            table = table.iloc[order].reset_index(drop=True)
        out[name] = table
    return out


def analyze_texts(
    texts: pd.DataFrame | ner.Texts,
    analyze: Callable[[pd.DataFrame], dict[str, pd.DataFrame]],
    cache: AnalysisCache | None,
    progress=None,
    chunk: int | None = None,
    frames_to: Callable[[pd.DataFrame], None] | None = None,
) -> tuple[dict[str, pd.DataFrame], int]:
    """`analyze` (see `engines.open_engine`) for the texts missing from `cache`; cached rows for the rest.

    Works through `chunk` texts at a time (default `CHUNK_TEXTS`), so memory holds one chunk's rows as Python objects, a
    progress bar moves (`progress.update(n)`), and a killed run keeps the chunks it finished in the
    cache. Rows come back in the order a full run produces (texts in input order, each text's rows in
    analysis order), so the output is the same with or without the cache. Returns (analysis, number of
    texts analysed now).

    Without a cache, `frames_to` (a run spilling the frames: `spill.Writer.append`) takes each chunk's frames as
    they are made, in that order, instead of the analysis keeping them: the analysis returned then has none. With
    a cache the frames come back whole (the snapshot of the run is made of the whole tables).

    `texts` may be a `ner.Texts` (a run's, over the spilled paragraphs): without a cache, each chunk's text is read
    as the chunk's turn comes; with one, the texts are read whole first.
    """
    chunk = chunk or CHUNK_TEXTS
    if cache is None:  # (`ner.Texts`: each chunk's text read as it comes)
        return _analyze_chunks(texts, None, analyze, None, progress, chunk, frames_to)
    if isinstance(texts, ner.Texts):
        texts = texts.whole()  # the cache's lookups and snapshot hash every text first
    hashes = texts["text"].map(text_key)  # each text hashed once, for the snapshot and the cache lookups
    snapshot = cache.load_snapshot()
    if snapshot is None or texts.empty:
        tables, n_analysed = _analyze_chunks(texts, hashes, analyze, cache, progress, chunk)
    else:
        known, from_snapshot = _from_snapshot(texts, hashes, snapshot)
        del snapshot
        if progress is not None:
            progress.update(int(known.sum()))
        unknown = ~known.to_numpy()
        rest, n_analysed = _analyze_chunks(texts[unknown], hashes[unknown], analyze, cache, progress, chunk)
        tables = _in_text_order([{**from_snapshot, "errors": rest["errors"].iloc[:0]}, rest], texts)
    cache.save_snapshot(texts, hashes, tables)
    return tables, n_analysed


def _analyze_chunks(
    texts, hashes: pd.Series | None, analyze, cache: AnalysisCache | None, progress, chunk: int, frames_to=None
):
    parts, n_analysed = [], 0
    for start in range(0, max(len(texts), 1), chunk):
        part = texts.chunk(start, start + chunk) if isinstance(texts, ner.Texts) else texts.iloc[start : start + chunk]
        if cache is None:
            parts.append(dict(analyze(part)))
            n_analysed += len(part)
            if frames_to is not None:
                frames_to(parts[-1].pop("frames"))
        else:
            tables, n_new = _analyze_cached(part, hashes.iloc[start : start + chunk], analyze, cache)
            parts.append(tables)
            n_analysed += n_new
        if progress is not None:
            progress.update(len(part))
    return {name: pd.concat([p[name] for p in parts], ignore_index=True) for name in parts[0]}, n_analysed


def _analyze_cached(
    texts: pd.DataFrame, hashes: pd.Series, analyze, cache: AnalysisCache
) -> tuple[dict[str, pd.DataFrame], int]:
    """`texts` (their `text_key`s in `hashes`) from the cache, analysing and storing the ones it lacks."""
    entries = cache.get(sorted(set(hashes)))
    missing = texts[~hashes.isin(entries.keys())].drop_duplicates("text_id")
    errors = None
    if len(missing):
        fresh = dict(analyze(missing))
        errors = fresh.pop("errors", None)
        hash_of = dict(zip(missing["text_id"], hashes[missing.index]))
        new_entries = {h: {"text_mentions": [], "frames": []} for h in hash_of.values()}
        for name, df in fresh.items():
            for row in df.to_dict("records"):
                new_entries[hash_of[row.pop("text_id")]][name].append(row)
        # stored and returned as JSON round-trips: the same values a later cache hit returns
        new_entries = {h: json.loads(_dumps(entry)) for h, entry in new_entries.items()}
        failed = set() if errors is None else {hash_of[t] for t in errors["text_id"]}
        cache.put({h: e for h, e in new_entries.items() if h not in failed})  # a failed text is tried again
        entries.update(new_entries)

    def rows(name: str) -> list[dict]:
        return [
            {"text_id": text_id, **row}
            for text_id, text_hash in zip(texts["text_id"], hashes)
            for row in entries[text_hash][name]
        ]

    tables = {
        "text_mentions": pd.DataFrame(rows("text_mentions"), columns=ner.TEXT_MENTION_COLUMNS),
        "frames": ner.frames_table(rows("frames")),
        "errors": errors if errors is not None else pd.DataFrame(columns=ner.ERROR_COLUMNS),
    }
    return tables, len(missing)


def _dumps(value) -> str:
    """Analysis rows as JSON: the cache's own encoding (a frame row is an object of its `schema.FRAMES` fields)."""
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _json_default(value):
    """numpy scalars, sets and other values analysis rows may hold, as JSON values."""
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot encode a {type(value).__name__} as JSON")
