"""Dedup benchmark: planted near-duplicates, time, peak RSS, pair precision/recall, scaling exponent.

Columns: time and peak RSS of `dedup.assign_clusters`; input_MB, the resident memory before the call (the
interpreter and the generated paragraphs, which are not dedup's); pair precision/recall against the planted
labels; truth_recall, the share of the pairs that an all-pairs rapidfuzz scan at the same cutoff finds
(`fuzz.ratio >= MIN_RATIO` on folded text) that dedup puts in one cluster, on a sample (every member of enough
planted groups for 1,000 texts, plus 1,000 random texts); planted_recall(sample), the old all-pairs baseline
(the share of planted pairs of a 1,000-text sample that the all-pairs scan finds); and a digest of the cluster
assignment, equal across versions exactly when they cluster the corpus the same way.

Usage: python bench/dedup_bench.py 10000 100000 1000000
"""

from __future__ import annotations

import hashlib
import math
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time

import numpy as np
import pandas as pd
import pyarrow as pa
from rapidfuzz import fuzz, process

from pipeline.stages import dedup
from pipeline.text import fold_text

VOCAB_SEED = 7
PLANTED_SHARE = 0.3
BASES_PER_100 = 1  # boilerplate base paragraphs per 100 planted variants


def _vocabulary(rng: random.Random, n: int = 40000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(n)]


def _edit(words: list[str], rng: random.Random, vocab: list[str]) -> list[str]:
    words = list(words)
    for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
        i = rng.randrange(len(words) - 1)
        kind = rng.choice(["swap", "date", "number", "quotes", "clause", "replace"])
        if kind == "swap":
            words[i], words[i + 1] = words[i + 1], words[i]
        elif kind == "date":
            words[i] = str(rng.randint(1990, 2025))
        elif kind == "number":
            words.insert(i, str(rng.randint(2, 999)))
        elif kind == "quotes":
            words[i] = f"\u201c{words[i]}\u201d"
        elif kind == "clause":
            words[i:i] = ["which", rng.choice(vocab), "said"]
        else:
            words[i] = rng.choice(vocab)
    return words


def generate(n: int, seed: int = VOCAB_SEED) -> tuple[list[str], np.ndarray]:
    """n paragraphs and the planted cluster label of each (-1 for distinct paragraphs)."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    n_planted = int(n * PLANTED_SHARE)
    n_bases = max(1, n_planted * BASES_PER_100 // 100)
    bases = [[rng.choice(vocab) for _ in range(rng.randint(20, 80))] for _ in range(n_bases)]
    texts, labels = [], []
    for _ in range(n_planted):
        b = rng.randrange(n_bases)
        texts.append(" ".join(_edit(bases[b], rng, vocab)))
        labels.append(b)
    for _ in range(n - n_planted):
        texts.append(" ".join(rng.choice(vocab) for _ in range(rng.randint(20, 80))))
        labels.append(-1)
    order = list(range(n))
    rng.shuffle(order)
    return [texts[i] for i in order], np.array([labels[i] for i in order])


def pair_scores(pred: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """Pair precision and recall of predicted cluster ids against planted labels (counted per group)."""

    def same_pairs(keys):
        _, counts = np.unique(keys, return_counts=True)
        return int((counts * (counts - 1) // 2).sum())

    planted = truth >= 0
    tp_keys = np.char.add(pred[planted].astype(str), "|" + truth[planted].astype(str))
    tp = same_pairs(tp_keys)
    return tp / max(1, same_pairs(pred)), tp / max(1, same_pairs(truth[planted]))


def all_pairs_baseline(texts: list[str], truth: np.ndarray, sample: int = 1000) -> float:
    """Recall of planted pairs that an all-pairs rapidfuzz scan at the same cutoff finds, on a sample."""
    rng = np.random.default_rng(0)
    idx = rng.choice(len(texts), size=min(sample, len(texts)), replace=False)
    folded = [fold_text(t) for t in texts.iloc[idx].tolist()]
    scores = process.cdist(folded, folded, scorer=fuzz.ratio, score_cutoff=dedup.MIN_RATIO, dtype=np.uint8)
    lab = truth[idx]
    same = (lab[:, None] == lab[None, :]) & (lab[:, None] >= 0)
    np.fill_diagonal(same, False)
    return float((scores[same] > 0).mean()) if same.any() else float("nan")


def truth_recall(texts: list[str], truth: np.ndarray, pred: np.ndarray, members: int = 1000) -> tuple[float, int]:
    """Share of all-pairs rapidfuzz matches (ratio >= MIN_RATIO on folded text) within a sample that share a
    predicted cluster, and the number of such pairs. The sample is every member of randomly drawn planted groups
    (until `members` texts) plus `members` random texts."""
    rng = np.random.default_rng(1)
    labels = rng.permutation(np.unique(truth[truth >= 0]))
    chosen, total = [], 0
    for label in labels:
        group = np.flatnonzero(truth == label)
        chosen.append(group)
        total += len(group)
        if total >= members:
            break
    idx = np.unique(np.concatenate(chosen + [rng.choice(len(texts), size=min(members, len(texts)), replace=False)]))
    folded = [fold_text(t) for t in texts.iloc[idx].tolist()]
    scores = process.cdist(folded, folded, scorer=fuzz.ratio, score_cutoff=dedup.MIN_RATIO, dtype=np.uint8, workers=-1)
    i, j = np.nonzero(np.triu(scores > 0, k=1))
    same = pred[idx[i]] == pred[idx[j]]
    return (float(same.mean()) if len(same) else float("nan")), len(same)


def _generate_to(folder: str, n: int) -> None:
    texts, truth = generate(n)
    table = pa.table({"text": pa.array(texts, type=pa.large_string())})
    with (
        pa.OSFile(os.path.join(folder, "paragraphs.arrow"), "wb") as sink,
        pa.ipc.new_file(sink, table.schema) as writer,
    ):
        writer.write_table(table, max_chunksize=65536)
    np.save(os.path.join(folder, "truth.npy"), truth)


def load(n: int, folder: str) -> tuple[pd.DataFrame, np.ndarray]:
    """The generated corpus as the pipeline holds it: a paragraphs table with a pyarrow-backed `str` column.

    The generator runs in a child process and writes an Arrow file that is memory-mapped here, so neither its
    Python lists of texts nor a reader's buffers count in the resident memory or the peak; the texts themselves
    do (mapped pages are resident once read).
    """
    child = multiprocessing.get_context("fork").Process(target=_generate_to, args=(folder, n))
    child.start()
    child.join()
    if child.exitcode:
        raise SystemExit(f"generator failed with exit code {child.exitcode}")
    column = pa.ipc.open_file(pa.memory_map(os.path.join(folder, "paragraphs.arrow"))).read_all().column("text")
    text = pd.arrays.ArrowStringArray(column, dtype=pd.Series(["x"]).dtype)
    return pd.DataFrame({"text": text}), np.load(os.path.join(folder, "truth.npy"))


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def main(sizes: list[int]) -> None:
    rows = []
    print(
        f"{'N':>9} {'time_s':>8} {'peak_rss_MB':>11} {'input_MB':>8} {'precision':>9} {'recall':>7} "
        f"{'truth_recall':>12} {'truth_pairs':>11} {'planted_recall(sample)':>22} {'digest':>12}"
    )
    for n in sizes:
        folder = tempfile.TemporaryDirectory()
        paragraphs, truth = load(n, folder.name)
        texts = paragraphs["text"]
        before = _rss_mb()
        start = time.perf_counter()
        pred = dedup.assign_clusters(paragraphs).to_numpy()
        elapsed = time.perf_counter() - start
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        precision, recall = pair_scores(pred, truth)
        baseline = all_pairs_baseline(texts, truth)
        found, n_pairs = truth_recall(texts, truth, pred)
        digest = hashlib.sha1("\n".join(pred.tolist()).encode()).hexdigest()[:12]
        rows.append((n, elapsed))
        print(
            f"{n:>9} {elapsed:>8.1f} {rss:>11.0f} {before:>8.0f} {precision:>9.4f} {recall:>7.4f} "
            f"{found:>12.4f} {n_pairs:>11} {baseline:>22.4f} {digest:>12}",
            flush=True,
        )
        del paragraphs, texts, pred
        folder.cleanup()
    by_n = dict(rows)
    if 100_000 in by_n and 1_000_000 in by_n:
        print(f"scaling exponent 100k->1M: {math.log(by_n[1_000_000] / by_n[100_000]) / math.log(10):.2f}")
    elif len(rows) >= 2:
        (n0, t0), (n1, t1) = rows[-2], rows[-1]
        print(f"scaling exponent {n0}->{n1}: {math.log(t1 / t0) / math.log(n1 / n0):.2f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000])
