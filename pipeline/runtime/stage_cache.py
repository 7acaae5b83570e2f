"""Per-document caches of the clean and resolve stages, so a rerun over a grown corpus (a daily increment into the
same output) cleans and links in-document only new or changed documents.

Clean (`CleanCache`): an input's cleaning (its `documents` row before the corpus-wide outlet spelling, and its
paragraphs with their language) depends only on the input: its bytes or text, the metadata a reader gave it, and
the code and word lists of the stage. It is stored under the hash of all of these, in an SQLite file named after a
configuration key that hashes the meetgraph version, the code the stage runs (pipeline/stages/clean.py and
headers.py, pipeline/nlp/, the core modules) and every file in models/; changing any of them starts a fresh cache
file. The corpus-wide part of the stage (`clean.assemble_documents`) always runs over every document.

Resolve (`LinkMemo`): in-document linking (`resolve.link_document`) of one document, keyed by its prepared mention
rows. Everything across documents (`resolve.prepare_mentions`, grouping persons, nodes, edges) runs again over the
whole corpus, so a new article can still add an alias to an old person or change an old mention's label.

Relate (`RelateMemo`): the meetings of one document (`relate._document_meetings`), keyed by a hash of everything
it reads for that document (`relate.document_keys`) but the corpus-wide node names and countries; the entry holds
the names and countries the reading looked up, and is used only while each of them is still the same (a new
article that changes the country of a person another document never asks about leaves that document's entry
good). Merging across documents, the meeting edges and nodes run again over the whole corpus.

Dedup (`BandKeys`): the MinHash band keys of each distinct folded text, by its 64-bit digest, in one .npz file;
clustering itself (which text joins which) runs again over the whole corpus.

The clean cache and the relate memo are not used while the `MEETGRAPH_FAULT` test hook is set (an injected fault must fire on every run).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

import pipeline
from pipeline import faults
from pipeline.runtime import cache
from pipeline.stages import clean, resolve

# the code cleaning depends on (clean reads nlp/ word lists and language detection, the core modules)
CODE_FILES = ("stages/clean.py", "stages/headers.py", "nlp/*.py", "*.py", "runtime/stage_cache.py")
PER_INPUT = ("published", "outlet", "author", "url", "encoding", "error")  # the raw columns besides content
KEPT = ("doc_id", "source_file")  # a documents row's fields that come from where the input is, not what it holds
LOOKUP_CHUNK = 500


def _lookup(db: sqlite3.Connection, query: str, keys: list[str]) -> list[tuple]:
    """(key, value) rows of `query` (`... WHERE key IN ({marks})`) for `keys`, asked in chunks SQLite allows."""
    rows = []
    for i in range(0, len(keys), LOOKUP_CHUNK):
        chunk = keys[i : i + LOOKUP_CHUNK]
        rows += db.execute(query.format(marks=",".join("?" * len(chunk))), chunk).fetchall()
    return rows


def _stage_key(code_patterns) -> str:
    models, code = cache.sources_digest(code_patterns)
    parts = {"meetgraph": pipeline.__version__, "models": models, "code": code}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:24]


def config_key() -> str:
    """Hash of everything the cleaning of an input depends on besides the input itself."""
    return _stage_key(CODE_FILES)


def input_key(row: dict) -> str:
    """Hash of one raw input: its content (bytes or text, told apart) and the metadata a reader gave it."""
    digest = hashlib.sha256()
    content = row["content"]
    if isinstance(content, str):
        digest.update(b"s")
        digest.update(content.encode("utf-8", "surrogatepass"))
    else:
        digest.update(b"b")
        digest.update(bytes(content))
    meta = {k: clean._override(row.get(k)) for k in PER_INPUT}
    digest.update(json.dumps(meta, sort_keys=True).encode())
    return digest.hexdigest()


class CleanCache:
    """input hash -> cleaned input, in `<folder>/clean-<config key>.sqlite`."""

    def __init__(self, folder: Path | str):
        self.path = Path(folder) / f"clean-{config_key()}.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute("CREATE TABLE IF NOT EXISTS clean (input_hash TEXT PRIMARY KEY, cleaned TEXT NOT NULL)")

    def get(self, hashes: list[str]) -> dict[str, dict]:
        rows = _lookup(self._db, "SELECT input_hash, cleaned FROM clean WHERE input_hash IN ({marks})", hashes)
        return {key: json.loads(cleaned) for key, cleaned in rows}

    def put(self, entries: dict[str, dict]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO clean VALUES (?, ?)",
                [(key, json.dumps(value, ensure_ascii=False)) for key, value in entries.items()],
            )

    def close(self) -> None:
        self._db.close()


def clean_documents(raw: pd.DataFrame, store: CleanCache | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`clean.clean_documents(raw)`, cleaning only the inputs `store` does not hold (all of them without one).

    The documents and paragraphs come in input order, as an uncached run gives them. Only inputs cleaned to text
    are stored: a skipped one (unreadable, empty, no text after cleaning: cheap, and its warning is logged again)
    or one that failed with an error (`pipeline.faults`) is cleaned again by every run."""
    if store is None or os.environ.get(faults.FAULT_ENV):
        return clean.clean_documents(raw)
    rows = raw.to_dict("records")
    keys = [None if clean._override(row.get("error")) is not None else input_key(row) for row in rows]
    found = store.get(sorted({k for k in keys if k is not None}))
    missing = [i for i, k in enumerate(keys) if k not in found]
    fresh_docs, fresh_paras = clean.clean_inputs(raw.iloc[missing]) if missing else ([], None)
    fresh = _paragraph_lists(fresh_paras)
    failed = faults.failed()
    store.put(
        {
            keys[i]: {"doc": {k: v for k, v in doc.items() if k not in KEPT}, **fresh.get(doc["doc_id"], _NONE)}
            for i, doc in zip(missing, fresh_docs)
            if keys[i] is not None and doc["status"] == "ok" and str(doc["doc_id"]) not in failed
        }
    )
    fresh_of = dict(zip(missing, fresh_docs))
    docs, columns = [], {"doc_id": [], "para_idx": [], "text": [], "language": []}
    for i, (row, key) in enumerate(zip(rows, keys)):
        if i in fresh_of:
            doc = fresh_of[i]
            entry = fresh.get(doc["doc_id"], _NONE)
        else:
            entry = found[key]
            doc = {**entry["doc"], **{k: row[k] for k in KEPT}}
        docs.append(doc)
        columns["doc_id"] += [doc["doc_id"]] * len(entry["texts"])
        columns["para_idx"] += entry["para_idx"]
        columns["text"] += entry["texts"]
        columns["language"] += entry["languages"]
    return clean.assemble_documents(docs, pd.DataFrame(columns))


_NONE = {"para_idx": [], "texts": [], "languages": []}


def _paragraph_lists(paragraphs: pd.DataFrame | None) -> dict:
    """doc_id -> its paragraphs' para_idx, texts and languages, as lists."""
    if paragraphs is None or paragraphs.empty:
        return {}
    out: dict = {}
    for doc_id, idx, text, lang in zip(
        paragraphs["doc_id"], paragraphs["para_idx"], paragraphs["text"], paragraphs["language"]
    ):
        entry = out.get(doc_id)
        if entry is None:
            entry = out[doc_id] = {"para_idx": [], "texts": [], "languages": []}
        entry["para_idx"].append(int(idx))
        entry["texts"].append(text)
        entry["languages"].append(lang)
    return out


class _PickleMemo:
    """A SQLite table of pickled values by key, with the new entries of a run written together by `commit`."""

    def __init__(self, path: Path, table: str, key_column: str, value_column: str):
        self.path = path
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._table = table
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute(
            f"CREATE TABLE IF NOT EXISTS {table} ({key_column} TEXT PRIMARY KEY, {value_column} BLOB NOT NULL)"
        )
        self._new: dict[str, bytes] = {}
        self.hits = self.misses = 0

    def _keep(self, key: str, value) -> None:
        self._new[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def commit(self) -> None:
        with self._db:
            self._db.executemany(f"INSERT OR REPLACE INTO {self._table} VALUES (?, ?)", list(self._new.items()))
        self._new.clear()

    def close(self) -> None:
        self._db.close()


# --- resolve: in-document linking, per document ------------------------------------------------

LINK_CODE_FILES = ("stages/resolve.py", "nlp/*.py", "*.py", "runtime/stage_cache.py")
LINK_FIELDS = tuple(f for f in resolve.ROW_FIELDS if f != "row_key")


def link_config_key() -> str:
    """Hash of everything in-document linking depends on besides a document's mention rows."""
    return _stage_key(LINK_CODE_FILES)


class LinkMemo(_PickleMemo):
    """`resolve.link_document` remembered per document, in `<folder>/link-<config key>.sqlite`.

    In-document linking reads only the document's own mention rows (after the corpus-wide preparation of
    `resolve.prepare_mentions`) and adds to `Links` only what concerns them: the document's persons, and
    entries keyed by its row keys. The memo stores that addition with row keys as positions in the document
    and persons as positions among its own, under a hash of the rows' fields; a call with the same rows
    replays it, so the `Links` built are the same as without the memo. Pass it as `resolve_entities(link=...)`.
    """

    def __init__(self, folder: Path | str):
        super().__init__(Path(folder) / f"link-{link_config_key()}.sqlite", "link", "rows_hash", "added")

    def __call__(self, doc_id: str, doc_rows: list[dict], links: resolve.Links) -> None:
        key = hashlib.sha256(repr([tuple(r[f] for f in LINK_FIELDS) for r in doc_rows]).encode()).hexdigest()
        found = self._db.execute("SELECT added FROM link WHERE rows_hash = ?", (key,)).fetchone()
        if found is None:
            self.misses += 1
            own = resolve.Links()
            resolve.link_document(doc_id, doc_rows, own)
            added = _relative(own, doc_rows)
            self._keep(key, added)
        else:
            self.hits += 1
            added = pickle.loads(found[0])
        _replay(added, doc_id, doc_rows, links)


def _relative(own: resolve.Links, doc_rows: list[dict]) -> tuple:
    """What one document added to a fresh `Links`, row keys as positions in `doc_rows`, persons as indexes."""
    position = {r["row_key"]: i for i, r in enumerate(doc_rows)}
    person_index = {id(p): i for i, p in enumerate(own.people)}
    facts = [
        (person_index[id(person)], kind, position[value] if kind == "ORG" else value)
        for _, person, kind, value in own.facts
    ]
    return (
        own.people,
        {position[k]: p for k, p in own.person_of.items()},
        {position[k]: post for k, post in own.title_refs.items()},
        {position[k]: p for k, p in own.ref_of.items()},
        facts,
    )


def _replay(added: tuple, doc_id: str, doc_rows: list[dict], links: resolve.Links) -> None:
    """Add one document's linking (`_relative`) to `links`, as `resolve.link_document` would have."""
    people, person_of, title_refs, ref_of, facts = added
    offset = len(links.people)
    keys = [r["row_key"] for r in doc_rows]
    links.people.extend(people)
    links.person_of.update((keys[i], offset + p) for i, p in person_of.items())
    links.title_refs.update((keys[i], post) for i, post in title_refs.items())
    links.ref_of.update((keys[i], None if p is None else offset + p) for i, p in ref_of.items())
    links.facts += [(doc_id, people[p], kind, keys[value] if kind == "ORG" else value) for p, kind, value in facts]


# --- relate: the meetings of one document ------------------------------------------------------

RELATE_CODE_FILES = ("stages/relate.py", "nlp/*.py", "*.py", "runtime/stage_cache.py")


def relate_config_key(analysis_key: str) -> str:
    """Hash of everything the meetings of a document depend on besides `relate.document_keys`: the code and
    models/ of the stage, and the analysis configuration, which fixes the frames of a text id (a content hash)."""
    return hashlib.sha256(f"{_stage_key(RELATE_CODE_FILES)}|{analysis_key}".encode()).hexdigest()[:24]


class RelateMemo(_PickleMemo):
    """document key (`relate.document_keys`) -> (its meetings, the node lookups they read), in `<folder>/relate-<config key>.sqlite`.

    Kept beside the analysis cache (`beside`): a text id names a text's frames only under one analysis
    configuration, which the memo's key holds. Pass it as `relate.extract_meetings(memo=...)`."""

    def __init__(self, folder: Path | str, analysis_key: str):
        path = Path(folder) / f"relate-{relate_config_key(analysis_key)}.sqlite"
        super().__init__(path, "relate", "doc_key", "meetings")

    @classmethod
    def beside(cls, analysis_cache: cache.AnalysisCache | None) -> RelateMemo | None:
        """The memo of `analysis_cache`'s folder and configuration; None without one, or while the
        `MEETGRAPH_FAULT` test hook is set (an injected fault must fire on every run)."""
        if analysis_cache is None or os.environ.get(faults.FAULT_ENV):
            return None
        return cls(analysis_cache.path.parent, analysis_cache.key)

    def get(self, keys: list[str], valid=None) -> dict[str, tuple]:
        """The entries of `keys` the memo holds, those for which `valid(entry)` is true where it is given."""
        rows = _lookup(self._db, "SELECT doc_key, meetings FROM relate WHERE doc_key IN ({marks})", keys)
        found = {key: pickle.loads(entry) for key, entry in rows}
        if valid is not None:
            found = {key: entry for key, entry in found.items() if valid(entry)}
        self.hits += len(found)
        return found

    def put(self, key: str, entry: tuple) -> None:
        self.misses += 1
        self._keep(key, entry)


# --- dedup: MinHash band keys, per distinct text ----------------------------------------------

DEDUP_CODE_FILES = ("stages/dedup.py", "*.py", "runtime/stage_cache.py")


class BandKeys:
    """Folded-text digest -> MinHash band keys (`dedup.assign_clusters`), in `<folder>/dedup-<config key>.npz`:
    two arrays, the digests sorted and their keys one row each, with the tag of their shape. The keys of a
    text depend only on its folded text (the digest names it, as dedup itself does) and on the shingle size,
    permutations and bands; the file is rewritten whole (atomically) when a run adds keys."""

    def __init__(self, folder: Path | str):
        self.path = Path(folder) / f"dedup-{_stage_key(DEDUP_CODE_FILES)}.npz"
        self._digests: np.ndarray | None = None
        self._keys: np.ndarray | None = None
        self._tag: str | None = None

    @classmethod
    def beside(cls, analysis_cache: cache.AnalysisCache | None) -> BandKeys | None:
        return None if analysis_cache is None else cls(analysis_cache.path.parent)

    def _load(self, tag: str) -> None:
        if self._tag == tag:
            return
        self._tag, self._digests, self._keys = tag, np.empty(0, dtype=np.uint64), None
        try:
            with np.load(self.path, allow_pickle=False) as stored:
                if str(stored["tag"]) == tag:
                    self._digests, self._keys = stored["digests"], stored["keys"]
        except (OSError, KeyError, ValueError):
            pass  # no file yet, or an unreadable one: every key is computed again

    def get(self, digests: np.ndarray, tag: str) -> tuple[np.ndarray, np.ndarray]:
        self._load(tag)
        if self._keys is None or not len(self._digests):
            return np.zeros(len(digests), dtype=bool), np.empty((0, 0), dtype=np.uint64)
        at = np.minimum(np.searchsorted(self._digests, digests), len(self._digests) - 1)
        found = self._digests[at] == digests
        return found, self._keys[at[found]]

    def put(self, digests: np.ndarray, keys: np.ndarray, tag: str) -> None:
        self._load(tag)
        if self._keys is not None and self._keys.shape[1:] == keys.shape[1:]:
            digests, keys = np.concatenate([self._digests, digests]), np.concatenate([self._keys, keys])
        order = np.argsort(digests, kind="stable")
        digests, keys = digests[order], keys[order]
        first = np.concatenate([[True], digests[1:] != digests[:-1]])
        self._digests, self._keys = digests[first], keys[first]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".dedup-", suffix=".npz", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                np.savez(f, tag=np.array(tag), digests=self._digests, keys=self._keys)
            os.replace(tmp, self.path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)  # a store that cannot be written only costs the next run time
