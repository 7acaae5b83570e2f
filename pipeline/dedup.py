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
import unicodedata
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd
from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from pipeline import resources, schema

SHINGLE_CHARS = 4
NUM_PERM = 128
LSH_THRESHOLD = 0.5
MIN_RATIO = 83.0
MAX_CANDIDATES = 5
MIN_FUZZY_CHARS = 40
REPUBLISHED_SHARE = 0.6
MIN_REPUBLISHED_PARAGRAPHS = 2
MAX_REPUBLICATION_CLUSTER_DOCS = 100


def fold_text(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used to compare paragraphs."""
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).replace("ı", "i")
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", text))


def text_hash(text: str, prefix: str = "") -> str:
    return prefix + hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


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


def minhash_signatures(texts: list[str], k: int, num_perm: int) -> np.ndarray:
    """MinHash signature (num_perm uint32 values) of each text's k-character shingles, one row per text.

    The affine permutations are datasketch's (`MinHash(num_perm).permutations`); applying them to all
    shingles of a block of texts at once, and taking each text's minimum with `np.minimum.reduceat`,
    replaces a Python call per shingle.
    """
    a, b = _permutations(num_perm)
    hashes, counts = _shingle_hashes(texts, k)
    bounds = np.concatenate([[0], np.cumsum(counts)])
    signatures = np.empty((len(texts), num_perm), dtype=np.uint32)
    first = 0
    while first < len(texts):
        last = first + 1
        while last < len(texts) and bounds[last + 1] - bounds[first] <= MAX_WINDOWS_PER_BLOCK:
            last += 1
        # one row per permutation, so each text's minimum is a contiguous reduction (3x faster than by column)
        block = a[:, None] * hashes[None, bounds[first] : bounds[last]] + b[:, None]  # uint32 wraps, as datasketch's
        signatures[first:last] = np.minimum.reduceat(block, bounds[first:last] - bounds[first], axis=1).T
        first = last
    return signatures


class _BandIndex:
    """LSH band index of cluster representatives: one dict per band, band key -> first representative.

    datasketch's MinHashLSH keeps a set and a bytes key per band and key (about 9 KB per representative);
    a plain int -> int dict per band holds the same candidates in about a quarter of that.
    """

    def __init__(self, bands: int, rows: int):
        self.bands, self.rows = bands, rows
        self.mix = np.random.default_rng(0).integers(1, 2**63, size=rows, dtype=np.uint64) | np.uint64(1)
        self.buckets: list[dict[int, int]] = [{} for _ in range(bands)]

    def keys(self, signatures: np.ndarray) -> list[list[int]]:
        """Band keys of each signature row (a fixed mix of the band's hash values)."""
        used = signatures[:, : self.bands * self.rows].reshape(len(signatures), self.bands, self.rows)
        return (used * self.mix).sum(axis=2, dtype=np.uint64).tolist()

    def query(self, keys: list[int], limit: int) -> list[int]:
        """Representatives sharing a band with the text, most shared bands first."""
        hits = Counter(r for bucket, k in zip(self.buckets, keys) if (r := bucket.get(k)) is not None)
        return [r for r, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]

    def insert(self, keys: list[int], representative: int) -> None:
        for bucket, k in zip(self.buckets, keys):
            bucket.setdefault(k, representative)


def near_duplicate_representatives(
    folded_texts: list[str],
    *,
    min_ratio: float = MIN_RATIO,
    lsh_threshold: float = LSH_THRESHOLD,
    shingle_chars: int = SHINGLE_CHARS,
    num_perm: int = NUM_PERM,
    max_candidates: int = MAX_CANDIDATES,
    min_fuzzy_chars: int = MIN_FUZZY_CHARS,
) -> list[int]:
    """Index of the representative of each distinct folded text (itself when it starts a cluster).

    Texts are processed in the given order (earliest first), so a representative is always
    the earliest text of its cluster. Texts shorter than `min_fuzzy_chars` only match exactly.
    """
    shape = MinHashLSH(threshold=lsh_threshold, num_perm=num_perm)
    index = _BandIndex(shape.b, shape.r)
    representative = list(range(len(folded_texts)))
    eligible = [i for i, t in enumerate(folded_texts) if len(t) >= max(min_fuzzy_chars, shingle_chars)]
    batch = 2048
    for start in range(0, len(eligible), batch):
        idx = eligible[start : start + batch]
        signatures = minhash_signatures([folded_texts[i] for i in idx], shingle_chars, num_perm)
        band_keys = index.keys(signatures.astype(np.uint64))
        for i, keys in zip(idx, band_keys):
            text = folded_texts[i]
            best, best_score = None, min_ratio
            for key in index.query(keys, max_candidates):
                score = fuzz.ratio(text, folded_texts[key], score_cutoff=best_score)
                if score >= best_score and (best is None or score > best_score or key < best):
                    best, best_score = key, score
            if best is None:
                index.insert(keys, i)
            else:
                representative[i] = best
    return representative


def assign_clusters(paragraphs: pd.DataFrame, **params) -> pd.Series:
    """Cluster id per paragraph (index-aligned), given in canonical order (earliest first).

    The id is a hash of the representative's folded text, so it is stable across runs and does
    not change when unrelated documents are added.
    """
    folded = paragraphs["text"].map(fold_text)
    distinct = list(dict.fromkeys(folded))
    rep = near_duplicate_representatives(distinct, **params)
    cluster_of = {t: text_hash(distinct[rep[i]], "c") for i, t in enumerate(distinct)}
    return folded.map(cluster_of)


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
        shared = shared.assign(lead=(shared["cluster_id"] == shared["doc_id_x"].map(lead))
                               | (shared["cluster_id"] == shared["doc_id_y"].map(lead)))
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


@lru_cache(maxsize=None)
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
    cut = last & ~flags & ~paras["text"].str.rstrip().str.contains(_SENTENCE_END.pattern, regex=True)
    flags = flags.copy()
    for i, text in paras.loc[cut, "text"].items():
        folded = fold_text(text)
        if len(folded) < rules["truncated_min_chars"]:
            continue
        for full in folded_of.get(folded[:key_chars], ()):
            if len(full) > len(folded) and fuzz.ratio(folded, full[: len(folded)]) >= rules["truncated_min_ratio"]:
                flags.at[i] = True
                break
    return flags


def find_boilerplate(
    paragraphs: pd.DataFrame, documents: pd.DataFrame, **params
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Cluster paragraphs, flag boilerplate and mark republished documents.

    Args:
        paragraphs: doc_id, para_idx, text.
        documents: the documents table (for publication dates and outlets).
        params: thresholds for `near_duplicate_representatives`.

    Returns:
        (documents with duplicate_of; paragraphs with cluster_id, is_boilerplate and text_id; clusters table).
    """
    if paragraphs.empty:
        return documents, schema.empty(schema.PARAGRAPHS), schema.empty(schema.CLUSTERS)
    meta = documents.set_index("doc_id")[["published", "outlet"]]
    paras = paragraphs.join(meta, on="doc_id")
    # Earliest member first: it is the canonical text of its cluster.
    paras = paras.sort_values(["published", "doc_id", "para_idx"], na_position="last", kind="stable")
    paras["cluster_id"] = assign_clusters(paras, **params)
    groups = paras.groupby("cluster_id", sort=False)
    canonical = groups["text"].transform("first")
    paras["text_id"] = canonical.map({t: text_hash(t, "t") for t in canonical.unique()})

    # Only prose counts towards a republication: two stories that share a byline and a share widget are not one.
    paras["prose"] = paras["text"].map(is_background_prose)
    duplicate_of = find_republications(paras[paras["prose"]], documents)
    documents = documents.copy()
    documents["duplicate_of"] = documents["doc_id"].map(duplicate_of)
    # A republished story counts as its original: boilerplate must recur across different stories.
    original_of = duplicate_of.to_dict()
    paras["story"] = paras["doc_id"].map({d: original_of.get(d, d) for d in paras["doc_id"].unique()})
    n_stories = paras.groupby("cluster_id", sort=False)["story"].transform("nunique")
    paras["is_boilerplate"] = boilerplate_flags(paras, n_stories)

    multi = paras[groups["doc_id"].transform("size") > 1]
    clusters = (
        multi.groupby("cluster_id", sort=True)
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
    return documents, schema.conform(paras, schema.PARAGRAPHS), schema.conform(clusters, schema.CLUSTERS)
