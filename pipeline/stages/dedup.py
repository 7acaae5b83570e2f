"""Stage 2, dedup: cluster near-duplicate paragraphs, flag boilerplate, find republished documents.

Every paragraph gets a `cluster_id`; the cluster's canonical text (its earliest
member) is what the NLP stages analyse, once, and fan out to all members.

Method: exact match on folded text, then a streaming MinHash LSH over character
shingles that indexes cluster representatives only (each new text is verified with
rapidfuzz against at most a few candidates), so memory grows with the number of
clusters and time stays near-linear. See docs/dedup.md.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol

import numpy as np
import pandas as pd
from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from pipeline import resources, schema
from pipeline.text import fold_text, text_hash

SHINGLE_CHARS = 4
NUM_PERM = 128
LSH_THRESHOLD = 0.5
MIN_RATIO = 83.0
MAX_CANDIDATES = 5
MIN_FUZZY_CHARS = 40
REPUBLISHED_SHARE = 0.6
MIN_REPUBLISHED_PARAGRAPHS = 2
MAX_REPUBLICATION_CLUSTER_DOCS = 100


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))
MAX_WINDOWS_PER_BLOCK = 1 << 15  # shingles permuted at once: 32k x NUM_PERM x 4 bytes = 16 MB


def _shingle_hashes(texts: list[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of every k-character shingle of every text, computed as arrays, not per shingle.

    A rolling polynomial over the code points, then the splitmix64 finaliser. Texts must be at least k
    characters long. Returns (hashes, number of shingles per text).
    """
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    counts = lengths - k + 1
    windows = len(codes) - k + 1
    rolling = np.zeros(windows, dtype=np.uint64)
    for j in range(k):
        rolling = rolling * np.uint64(1_000_003) + codes[j : j + windows]
    # keep windows that start inside a text and end before the next one
    starts = np.repeat(np.cumsum(lengths) - lengths, counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    z = rolling[starts + offsets] + _MIX[0]
    z = (z ^ (z >> np.uint64(30))) * _MIX[1]
    z = (z ^ (z >> np.uint64(27))) * _MIX[2]
    z ^= z >> np.uint64(31)
    return (z & np.uint64(0xFFFFFFFF)).astype(np.uint32), counts


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> np.ndarray:
    return MinHash(num_perm=num_perm).permutations


def minhash_signatures(texts: list[str], k: int, num_perm: int, columns: int | None = None) -> np.ndarray:
    """MinHash signature (num_perm uint32 values) of each text's k-character shingles, one row per text.

    The affine permutations are datasketch's (`MinHash(num_perm).permutations`); applying them to all
    shingles of a block of texts at once, and taking each text's minimum with `np.minimum.reduceat`,
    replaces a Python call per shingle. `columns` keeps only the first permutations (the LSH bands use
    25 x 5 of the 128); their values are the same as in the full signature.
    """
    a, b = _permutations(num_perm)
    a, b = a[:columns, None], b[:columns, None]
    hashes, counts = _shingle_hashes(texts, k)
    bounds = np.concatenate([[0], np.cumsum(counts)])
    signatures = np.empty((len(texts), len(a)), dtype=np.uint32)
    buffer = np.empty((len(a), min(MAX_WINDOWS_PER_BLOCK, int(bounds[-1]))), dtype=np.uint32)
    first = 0
    while first < len(texts):
        last = first + 1
        while last < len(texts) and bounds[last + 1] - bounds[first] <= MAX_WINDOWS_PER_BLOCK:
            last += 1
        width = int(bounds[last] - bounds[first])
        block = buffer[:, :width] if width <= buffer.shape[1] else np.empty((len(a), width), dtype=np.uint32)
        # one row per permutation, so each text's minimum is a contiguous reduction (3x faster than by column);
        # uint32 arithmetic wraps, as datasketch's affine32 scheme
        np.multiply(a, hashes[None, bounds[first] : bounds[last]], out=block)
        np.add(block, b, out=block)
        signatures[first:last] = np.minimum.reduceat(block, bounds[first:last] - bounds[first], axis=1).T
        first = last
    return signatures


@lru_cache(maxsize=8)
def _band_shape(lsh_threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) of the LSH index: datasketch's optimum for the threshold (equal false-positive and
    false-negative weights)."""
    shape = MinHashLSH(threshold=lsh_threshold, num_perm=num_perm)
    return shape.b, shape.r


def _band_mix(rows: int) -> np.ndarray:
    return np.random.default_rng(0).integers(1, 2**63, size=rows, dtype=np.uint64) | np.uint64(1)


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One uint64 key per band and text (a fixed mix of the band's hash values): shape (texts, bands)."""
    used = signatures[:, : bands * rows].astype(np.uint64).reshape(len(signatures), bands, rows)
    return (used * _band_mix(rows)).sum(axis=2, dtype=np.uint64)


class _BandGroups:
    """Texts grouped by equal band key, one band at a time, as integer arrays (no dict per band).

    Built from one uint64 key column per band (freed as it is consumed). Each (band, key) that more than
    one text shares becomes a bucket, numbered densely over all bands; a text's bucket in a band where its
    key is unique is `self.none`. A text is *contested* when some earlier text shares one of its keys:
    only contested texts can have candidates. `first_rep` holds the representative each bucket points at
    (-1 while empty); it starts filled with the buckets' first texts that are not contested, which are
    representatives because nothing earlier shares a key with them.
    """

    def __init__(self, key_columns: list[np.ndarray], n: int):
        contested = np.zeros(n, dtype=bool)
        shared = np.zeros(n, dtype=bool)
        columns, firsts, offset = [], [], 0
        while key_columns:
            keys = key_columns.pop(0)
            order = np.argsort(keys, kind="stable")  # equal keys keep text order: the first is the earliest
            ordered = keys[order]
            del keys
            starts = np.ones(n, dtype=bool)
            starts[1:] = ordered[1:] != ordered[:-1]
            del ordered
            group = np.cumsum(starts) - 1
            sizes = np.bincount(group)
            multi = sizes[group] > 1
            bucket = np.full(n, -1, dtype=np.int64)
            numbered = np.cumsum(sizes > 1) - 1  # dense numbering of the shared keys only
            bucket[multi] = numbered[group[multi]] + offset
            column = np.empty(n, dtype=np.int32)
            column[order] = bucket
            contested[order[multi & ~starts]] = True
            shared[order[multi]] = True
            firsts.append(order[multi & starts])  # earliest text of each shared key, in bucket order
            offset += int((sizes > 1).sum())
            columns.append(column)
            del order, starts, group, sizes, multi, bucket, numbered
        self.none = offset  # one spare bucket for unshared keys, always empty
        for column in columns:
            column[column < 0] = self.none
        self.contested = np.flatnonzero(contested)
        self.shared = shared
        firsts = np.concatenate(firsts) if firsts else np.empty(0, dtype=np.int64)
        self.first_rep = np.where(contested[firsts], -1, firsts).astype(np.int32)
        self.first_rep = np.append(self.first_rep, np.int32(-1))
        # bucket rows of the contested texts only, in text order
        self.rows = np.stack([c[self.contested] for c in columns], axis=1) if columns else np.empty((0, 0), np.int32)


def _greedy_representatives(
    groups: _BandGroups, text_of, n: int, *, min_ratio: float, max_candidates: int
) -> np.ndarray:
    """Representative of each text, streamed in text order: the best-matching earlier representative
    among those sharing most bands (at most `max_candidates`, verified with rapidfuzz), else itself.

    Each bucket points at its first representative (later ones with the same band key are not added),
    exactly as a band dict filled with setdefault. Only contested texts are visited.
    """
    representative = np.arange(n, dtype=np.int64)
    first_rep = groups.first_rep
    none = groups.none
    for i, buckets in zip(groups.contested.tolist(), groups.rows):
        found = first_rep[buckets]
        hits = Counter(r for r in found.tolist() if r >= 0)
        best, best_score = None, min_ratio
        if hits:
            text = text_of(i)
            for key, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:max_candidates]:
                score = fuzz.ratio(text, text_of(key), score_cutoff=best_score)
                if score >= best_score and (best is None or score > best_score or key < best):
                    best, best_score = key, score
        if best is None:
            first_rep[buckets[found < 0]] = i
            first_rep[none] = -1
        else:
            representative[i] = best
    return representative


def _key_columns(signature_batches, n: int, bands: int, rows: int) -> list[np.ndarray]:
    """Band key columns (one uint64 array of n per band) from an iterator of signature blocks in text order."""
    return _fill_columns((band_keys(signatures, bands, rows) for signatures in signature_batches), n, bands)


def _fill_columns(key_blocks, n: int, bands: int) -> list[np.ndarray]:
    """Band key columns (one uint64 array of n per band) from an iterator of band key blocks in text order."""
    columns = [np.empty(n, dtype=np.uint64) for _ in range(bands)]
    at = 0
    for keys in key_blocks:
        for j in range(bands):
            columns[j][at : at + len(keys)] = keys[:, j]
        at += len(keys)
    return columns


SIGNATURE_BATCH = 2048


@dataclass(frozen=True)
class NearDuplicateParams:
    """Thresholds of near-duplicate clustering, one declaration for both entry points (docs/dedup.md)."""

    min_ratio: float = MIN_RATIO  # rapidfuzz ratio (0-100) of folded texts that makes a near duplicate
    lsh_threshold: float = LSH_THRESHOLD  # shingle Jaccard the LSH bands are tuned to find
    shingle_chars: int = SHINGLE_CHARS
    num_perm: int = NUM_PERM
    max_candidates: int = MAX_CANDIDATES  # earlier representatives verified per text, most shared bands first
    min_fuzzy_chars: int = MIN_FUZZY_CHARS  # shorter texts only match exactly

    @property
    def min_chars(self) -> int:
        """Shortest folded text that is matched fuzzily."""
        return max(self.min_fuzzy_chars, self.shingle_chars)


def near_duplicate_representatives(folded_texts: list[str], **params) -> list[int]:
    """Index of the representative of each distinct folded text (itself when it starts a cluster).

    Texts are processed in the given order (earliest first), so a representative is always
    the earliest text of its cluster. Texts shorter than `min_fuzzy_chars` only match exactly.
    `params` are fields of NearDuplicateParams.
    """
    p = NearDuplicateParams(**params)
    representative = list(range(len(folded_texts)))
    eligible = [i for i, t in enumerate(folded_texts) if len(t) >= p.min_chars]
    bands, rows = _band_shape(p.lsh_threshold, p.num_perm)
    batches = (
        minhash_signatures(
            [folded_texts[i] for i in eligible[s : s + SIGNATURE_BATCH]],
            p.shingle_chars,
            p.num_perm,
            columns=bands * rows,
        )
        for s in range(0, len(eligible), SIGNATURE_BATCH)
    )
    groups = _BandGroups(_key_columns(batches, len(eligible), bands, rows), len(eligible))
    rep = _greedy_representatives(
        groups,
        lambda e: folded_texts[eligible[e]],
        len(eligible),
        min_ratio=p.min_ratio,
        max_candidates=p.max_candidates,
    )
    for e, r in zip(eligible, rep.tolist()):
        representative[e] = eligible[r]
    return representative


def _digest(folded: str) -> int:
    return int.from_bytes(hashlib.blake2b(folded.encode("utf-8"), digest_size=8).digest(), "big")


class BandKeyStore(Protocol):
    """Band keys of texts seen before, by the 64-bit digest of their folded text, for one `tag` (the shape of
    the keys: shingle size, permutations, bands, rows); `pipeline.runtime.stage_cache.BandKeys` keeps them on disk."""

    def get(self, digests: np.ndarray, tag: str) -> tuple[np.ndarray, np.ndarray]:
        """(a mask of the digests it holds, their band keys in order: one row each)."""

    def put(self, digests: np.ndarray, keys: np.ndarray, tag: str) -> None: ...


def assign_clusters(paragraphs: pd.DataFrame, band_store: BandKeyStore | None = None, **params) -> pd.Series:
    """Cluster id per paragraph (index-aligned), given in canonical order (earliest first).

    The id is a hash of the representative's folded text, so it is stable across runs and does
    not change when unrelated documents are added.

    Same result as `near_duplicate_representatives` over the distinct folded texts, in memory that holds
    no text beyond the paragraphs themselves: one pass folds each paragraph once, keeps its 64-bit digest
    (the cluster id's hash) and MinHash band keys of each new distinct text, then a second pass re-folds
    only the texts that share a band key with another. `params` are fields of NearDuplicateParams. With
    `band_store`, the band keys of texts it holds are taken from it (they depend only on the folded text) and
    those of the others are added to it.
    """
    if len(paragraphs) == 0:
        return pd.Series(np.array([], dtype=object), index=paragraphs.index)
    codes, digests = _clusters(_Texts(paragraphs["text"]), NearDuplicateParams(**params), band_store)
    return pd.Series(_cluster_names(digests)[codes], index=paragraphs.index)


class _Texts:
    """A text column read by position a batch at a time, in `order` (positions of its rows; None: as it is), so
    that the paragraphs are read in canonical order without a sorted copy of their text."""

    def __init__(self, column: pd.Series, order: np.ndarray | None = None):
        self.column, self.order = column, order

    def __len__(self) -> int:
        return len(self.column)

    def slice(self, start: int, stop: int) -> list[str]:
        """The texts at positions start to stop (in `order`)."""
        if self.order is None:
            return self.column.iloc[start:stop].tolist()
        return self.column.iloc[self.order[start:stop]].tolist()


def _clusters(
    texts: _Texts, p: NearDuplicateParams, band_store: BandKeyStore | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(cluster number of each text, the digest of each cluster's representative): `assign_clusters` as numbers."""
    digests, where, key_columns = _digests_and_band_keys(texts, p, band_store)
    groups = _BandGroups(key_columns, len(where))  # frees each band's keys as it numbers them
    folded_of = _refold_shared(texts, where, groups.shared)
    rep = _greedy_representatives(
        groups, folded_of.__getitem__, len(where), min_ratio=p.min_ratio, max_candidates=p.max_candidates
    )
    del folded_of, groups
    return _cluster_codes(digests, where, rep)


def _digests_and_band_keys(
    texts: _Texts, p: NearDuplicateParams, band_store: BandKeyStore | None = None
) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """First pass: fold each paragraph once, keeping only its digest and, for each new distinct text long
    enough to match fuzzily, its band keys; the folded texts themselves are dropped batch by batch.

    Returns (digest per paragraph, paragraph position of each eligible distinct text, one band key column
    per band over those texts).
    """
    n = len(texts)
    bands, rows = _band_shape(p.lsh_threshold, p.num_perm)
    digests = np.empty(n, dtype=np.uint64)
    where = np.empty(n, dtype=np.int64)  # paragraph position of each eligible distinct text, in order
    n_eligible = 0
    seen: set[int] = set()
    tag = f"{p.shingle_chars}-{p.num_perm}-{bands}-{rows}"
    added: list[tuple[np.ndarray, np.ndarray]] = []

    def key_blocks():
        nonlocal n_eligible
        for start in range(0, n, SIGNATURE_BATCH):
            batch, batch_digests = [], []
            for j, text in enumerate(texts.slice(start, start + SIGNATURE_BATCH)):
                folded = fold_text(text)
                digests[start + j] = d = _digest(folded)
                if d not in seen:
                    seen.add(d)
                    if len(folded) >= p.min_chars:
                        where[n_eligible] = start + j
                        n_eligible += 1
                        batch.append(folded)
                        batch_digests.append(d)
            if batch:
                yield _batch_keys(batch, np.array(batch_digests, dtype=np.uint64), p, band_store, tag, added)

    # columns long enough for every paragraph; the part past the eligible texts stays untouched
    columns = _fill_columns(key_blocks(), n, bands)
    if band_store is not None and added:
        band_store.put(np.concatenate([d for d, _ in added]), np.concatenate([k for _, k in added]), tag)
    return digests, where[:n_eligible].copy(), [c[:n_eligible] for c in columns]


def _batch_keys(
    batch: list[str], digests: np.ndarray, p: NearDuplicateParams, band_store, tag: str, added: list
) -> np.ndarray:
    """Band keys of a batch of folded texts: from `band_store` where it holds them, else computed (and noted
    in `added` for the store)."""
    bands, rows = _band_shape(p.lsh_threshold, p.num_perm)

    def computed(texts: list[str]) -> np.ndarray:
        return band_keys(minhash_signatures(texts, p.shingle_chars, p.num_perm, columns=bands * rows), bands, rows)

    if band_store is None:
        return computed(batch)
    found, known = band_store.get(digests, tag)
    if found.all():
        return known
    keys = np.empty((len(batch), bands), dtype=np.uint64)
    if found.any():
        keys[found] = known
    missing = np.flatnonzero(~found)
    keys[missing] = fresh = computed([batch[i] for i in missing.tolist()])
    added.append((digests[missing], fresh))
    return keys


def _refold_shared(texts: _Texts, where: np.ndarray, shared: np.ndarray) -> dict[int, str]:
    """Second pass: the folded text of each eligible text that shares a band key with another (only those
    are ever compared), keyed by eligible index; the paragraphs are read batch by batch as slices."""
    need = np.flatnonzero(shared)
    at = where[need]  # increasing, as `where` is
    folded_of: dict[int, str] = {}
    for start in range(0, len(texts), SIGNATURE_BATCH):
        lo, hi = np.searchsorted(at, [start, start + SIGNATURE_BATCH])
        if lo < hi:
            batch = texts.slice(start, start + SIGNATURE_BATCH)
            folded_of.update((e, fold_text(batch[p - start])) for e, p in zip(need[lo:hi].tolist(), at[lo:hi].tolist()))
    return folded_of


def _cluster_codes(digests: np.ndarray, where: np.ndarray, rep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(cluster number per paragraph, each cluster's digest: that of its representative's folded text, in increasing
    order): every paragraph with the folded text of a text that joined an earlier representative takes that
    representative's digest."""
    unique, inverse = np.unique(digests, return_inverse=True)
    moved = np.flatnonzero(rep != np.arange(len(rep)))
    target = unique.copy()
    target[np.searchsorted(unique, digests[where[moved]])] = digests[where[rep[moved]]]
    clusters, number = np.unique(target, return_inverse=True)
    return number.ravel()[inverse.ravel()], clusters


def _cluster_names(digests: np.ndarray) -> np.ndarray:
    """`c<digest>` of each cluster's digest (the cluster id)."""
    return np.array([f"c{d:016x}" for d in digests.tolist()], dtype=object)


def find_republications(paras: pd.DataFrame, documents: pd.DataFrame) -> pd.Series:
    """doc_id -> doc_id of the earlier document it republishes (most of the shorter one's paragraphs shared,
    the lead paragraph of one of them among them).

    Clusters found in more than MAX_REPUBLICATION_CLUSTER_DOCS documents are ubiquitous background, not the
    text of one story; leaving them out of the document-pair join keeps it linear in corpus size.
    """
    pairs = paras[["doc_id", "cluster_id"]].drop_duplicates()
    sizes = pairs.groupby("doc_id").size()
    n_docs = pairs.groupby("cluster_id")["doc_id"].transform("size")
    story_text = pairs[(n_docs > 1) & (n_docs <= MAX_REPUBLICATION_CLUSTER_DOCS)]
    shared = story_text.merge(story_text, on="cluster_id")
    shared = shared[shared["doc_id_x"] != shared["doc_id_y"]]
    if "para_idx" in paras:
        # A copy carries the story's lead (its first paragraph); two stories that share only an outlet's
        # background blocks do not, however many of those blocks they share.
        lead = paras.sort_values("para_idx", kind="stable").drop_duplicates("doc_id").set_index("doc_id")["cluster_id"]
        shared = shared.assign(
            lead=(shared["cluster_id"] == shared["doc_id_x"].map(lead))
            | (shared["cluster_id"] == shared["doc_id_y"].map(lead))
        )
        with_lead = shared.groupby(["doc_id_x", "doc_id_y"])["lead"].transform("any")
        shared = shared[with_lead]
    counts = shared.groupby(["doc_id_x", "doc_id_y"]).size().rename("n_shared").reset_index()
    shorter = np.minimum(counts["doc_id_x"].map(sizes), counts["doc_id_y"].map(sizes))
    counts["share"] = counts["n_shared"] / shorter
    counts = counts[(counts["share"] >= REPUBLISHED_SHARE) & (counts["n_shared"] >= MIN_REPUBLISHED_PARAGRAPHS)]
    order = {d: i for i, d in enumerate(documents.sort_values(["published", "doc_id"], na_position="last")["doc_id"])}
    counts = counts[counts["doc_id_y"].map(order) < counts["doc_id_x"].map(order)]
    counts = counts.sort_values(["doc_id_x", "share", "n_shared"], ascending=[True, False, False])
    original = counts.drop_duplicates("doc_id_x").set_index("doc_id_x")["doc_id_y"]
    # Follow chains so every copy points at the first publication.
    return original.map(lambda d: original.get(d, d))


@cache
def _boilerplate_rules() -> dict:
    return resources.read_json("dedup/boilerplate.json")


_SENTENCE_END = re.compile(r"[.!?…][\"')\]]*$")


def is_background_prose(text: str) -> bool:
    """Prose that can be boilerplate: enough words, ending a sentence or long enough to have been cut off.
    Bylines, menus, headlines, widgets and date lines that recur on an outlet's pages are chrome, not boilerplate."""
    rules = _boilerplate_rules()
    n_words = len(text.split())
    return n_words >= rules["min_words"] and (
        bool(_SENTENCE_END.search(text.rstrip())) or n_words > rules["max_unended_words"]
    )


def boilerplate_flags(paras: pd.DataFrame, n_stories: pd.Series) -> pd.Series:
    """is_boilerplate per paragraph (index-aligned with `paras`, which has text, doc_id, para_idx, cluster_id).

    A paragraph is boilerplate when its cluster recurs in `min_stories` different stories and it is background
    prose; also when it is its story's last paragraph, cut off mid-sentence, and begins like a boilerplate
    paragraph (a page that ends inside the outlet's background block).
    """
    rules = _boilerplate_rules()
    prose = paras["prose"] if "prose" in paras else paras["text"].map(is_background_prose)
    flags = (n_stories >= rules["min_stories"]) & prose
    if not flags.any():
        return flags
    key_chars = rules["prefix_key_chars"]
    folded_of = {}
    for text in paras.loc[flags, "text"].drop_duplicates():
        folded = fold_text(text)
        folded_of.setdefault(folded[:key_chars], []).append(folded)
    last = paras.groupby("doc_id", sort=False)["para_idx"].transform("max") == paras["para_idx"]
    flags = flags.copy()
    for i, text in paras.loc[last & ~flags, "text"].items():
        if _SENTENCE_END.search(text.rstrip()):
            continue
        folded = fold_text(text)
        if len(folded) < rules["truncated_min_chars"]:
            continue
        for full in folded_of.get(folded[:key_chars], ()):
            if len(full) > len(folded) and fuzz.ratio(folded, full[: len(folded)]) >= rules["truncated_min_ratio"]:
                flags.at[i] = True
                break
    return flags


def find_boilerplate(
    paragraphs: pd.DataFrame, documents: pd.DataFrame, band_store: BandKeyStore | None = None, **params
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Cluster paragraphs, flag boilerplate and mark republished documents.

    Args:
        paragraphs: doc_id, para_idx, text.
        documents: the documents table (for publication dates and outlets).
        band_store: MinHash band keys of texts seen by earlier runs (see `assign_clusters`), or None.
        params: thresholds, fields of `NearDuplicateParams`.

    Returns:
        (documents with duplicate_of; paragraphs with cluster_id, is_boilerplate and text_id; clusters table).

    The paragraphs' text is read by position, a batch at a time, and never copied whole: the canonical order is
    found from the sort keys alone, each paragraph's cluster is a number and its cluster's canonical text a position.
    """
    if paragraphs.empty:
        return documents, schema.empty(schema.PARAGRAPHS), schema.empty(schema.CLUSTERS)
    meta = documents.set_index("doc_id")[["published", "outlet"]]
    # Earliest member first: it is the canonical text of its cluster.
    order = _canonical_order(paragraphs, meta["published"])
    texts = paragraphs["text"]
    sorted_codes, digests = _clusters(_Texts(texts, order), NearDuplicateParams(**params), band_store)
    codes = np.empty_like(sorted_codes)  # from here on per paragraph, in the paragraphs' own order
    codes[order] = sorted_codes
    _, first = np.unique(sorted_codes, return_index=True)
    canonical = order[first][codes]  # the position of each paragraph's canonical text
    cluster_id = pd.Series(_cluster_names(digests)[codes], index=paragraphs.index)

    # Only prose counts towards a republication: two stories that share a byline and a share widget are not one.
    prose = pd.Series(_each_text(texts, is_background_prose, bool), index=paragraphs.index)
    keys = pd.DataFrame(
        {"doc_id": paragraphs["doc_id"], "para_idx": paragraphs["para_idx"], "cluster_id": cluster_id}
    ).iloc[order]
    duplicate_of = find_republications(keys[prose.to_numpy()[order]], documents)
    del keys
    documents = documents.copy()
    documents["duplicate_of"] = documents["doc_id"].map(duplicate_of)
    # A republished story counts as its original: boilerplate must recur across different stories.
    original_of = duplicate_of.to_dict()
    doc_ids = paragraphs["doc_id"]
    story = doc_ids.map({d: original_of.get(d, d) for d in doc_ids.unique()})
    # A near copy with other names is a template sentence telling other news, not background: it neither counts
    # towards its cluster's recurrence nor is read as the cluster's text.
    same = pd.Series(_same_names(texts, canonical), index=paragraphs.index)
    n_stories = story.groupby(_name_groups(texts, cluster_id, same), sort=False).transform("nunique")
    flagged = paragraphs[["doc_id", "para_idx", "text"]].assign(prose=prose)
    is_boilerplate = boilerplate_flags(flagged, n_stories)
    del flagged
    analysed_as = np.where(same.to_numpy(), canonical, np.arange(len(paragraphs)))
    made = paragraphs.assign(
        cluster_id=cluster_id, is_boilerplate=is_boilerplate, text_id=_text_ids(texts, analysed_as)
    )
    paragraphs_out = schema.conform(made, schema.PARAGRAPHS)
    del made
    multi = order[np.bincount(sorted_codes)[sorted_codes] > 1]  # members of clusters of more than one, in order
    members = pd.DataFrame(
        {
            "cluster_id": cluster_id.iloc[multi],
            "text": texts.iloc[multi],
            "doc_id": doc_ids.iloc[multi],
            "is_boilerplate": is_boilerplate.iloc[multi],
        }
    ).join(meta, on="doc_id")
    return documents, paragraphs_out, schema.conform(cluster_table(members), schema.CLUSTERS)


def _canonical_order(paragraphs: pd.DataFrame, published: pd.Series) -> np.ndarray:
    """The positions of the paragraphs in canonical order: by their document's publication date (`published`, by
    doc_id), doc_id and para_idx, each missing value last, ties in their given order, as a stable `sort_values` of
    the paragraphs joined to the dates sorts them; found from each key's ranks, not from a sorted copy of the rows."""
    keys = [paragraphs["doc_id"].map(published), paragraphs["doc_id"], paragraphs["para_idx"]]
    ranks = []
    for key in keys:
        rank, distinct = pd.factorize(key, sort=True)
        ranks.append(np.where(rank < 0, len(distinct), rank))  # missing (-1) last
    return np.lexsort(ranks[::-1])


def _each_text(texts: pd.Series, function, dtype, positions: np.ndarray | None = None) -> np.ndarray:
    """`function` of each text (of those at `positions`, when given), read a batch at a time."""
    at = np.arange(len(texts)) if positions is None else positions
    out = np.empty(len(at), dtype=dtype)
    for start in range(0, len(at), SIGNATURE_BATCH):
        batch = texts.iloc[at[start : start + SIGNATURE_BATCH]].tolist()
        out[start : start + len(batch)] = [function(text) for text in batch]
    return out


def _text_ids(texts: pd.Series, analysed_as: np.ndarray) -> np.ndarray:
    """The content hash of the text at `analysed_as` (a position) of each paragraph: once per position."""
    positions, inverse = np.unique(analysed_as, return_inverse=True)
    return _each_text(texts, lambda text: text_hash(text, "t"), object, positions)[inverse.ravel()]


_WORD = re.compile(r"\b[^\W\d_][\w'’.-]*[^\W_]")
_OPENERS = '.!?:;"“”‘('


def capitalised_words(text: str) -> list[str]:
    """The capitalised words of a text that do not open a sentence, in order: what a near copy may not change
    and still be read as its cluster's text. A template sentence with other names is other news; an edited
    figure, spelling or opening word is not."""
    return [m.group() for m in _WORD.finditer(text) if m.group()[0].isupper() and not _opens(text, m.start())]


def _opens(text: str, start: int) -> bool:
    before = start - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before < 0 or text[before] in _OPENERS


def _same_names(texts: pd.Series, canonical: np.ndarray) -> np.ndarray:
    """Whether each text names what its cluster's canonical text (the text at position `canonical`) names: a name
    added, dropped or respelled is an edit; names replaced by others (a word of each side with no close spelling on
    the other) are other news. The texts are read a batch at a time, only where a paragraph is not its canonical."""
    same = np.ones(len(texts), dtype=bool)
    rows = np.flatnonzero(canonical != np.arange(len(texts)))
    for start in range(0, len(rows), SIGNATURE_BATCH):
        batch = rows[start : start + SIGNATURE_BATCH]
        pairs = zip(texts.iloc[batch].tolist(), texts.iloc[canonical[batch]].tolist())
        same[batch] = [t == c or not _names_replaced(capitalised_words(t), capitalised_words(c)) for t, c in pairs]
    return same


def _name_groups(texts: pd.Series, cluster_id: pd.Series, same: pd.Series) -> pd.Series:
    """The group each paragraph recurs in: its cluster where it names what the cluster's canonical text names, else
    its cluster and the names it gives. An outlet's background block updated after its first use ("X chairs the
    body in 2031" for "Y chaired it in 2030") still recurs as boilerplate across the stories that carry the
    update; a template sentence with other names stays other news unless those very names recur."""
    groups = cluster_id.astype(object).copy()
    rows = np.flatnonzero(~same.to_numpy())
    named = (
        cluster + "|" + "|".join(sorted(set(capitalised_words(text))))
        for cluster, text in zip(cluster_id.iloc[rows].tolist(), texts.iloc[rows].tolist())
    )
    groups.iloc[rows] = list(named)
    return groups


def _names_replaced(words: list[str], canonical_words: list[str]) -> bool:
    ours, theirs = set(words) - set(canonical_words), set(canonical_words) - set(words)
    replaced = [a for a in ours if all(fuzz.ratio(a, b) < 80 for b in theirs)]
    return len(replaced) >= 2 and len(theirs) >= 2


def cluster_table(members: pd.DataFrame) -> pd.DataFrame:
    """One row per cluster of `members` (paragraphs in canonical order with cluster_id, text, doc_id, outlet,
    published, is_boilerplate): its canonical text and where it was published, for the `clusters` table."""
    return (
        members.groupby("cluster_id", sort=True)
        .agg(
            canonical_text=("text", "first"),
            n_paragraphs=("text", "size"),
            n_documents=("doc_id", "nunique"),
            outlets=("outlet", lambda s: sorted({o for o in s.dropna()})),
            first_published=("published", "min"),
            last_published=("published", "max"),
            is_boilerplate=("is_boilerplate", "first"),
        )
        .reset_index()
    )
