"""Score a run on a gold set as a whole and in two fixed halves, so fitting one half shows as a gap.

The halves are fixed by a rule on `doc_id` alone (the parity of its SHA-1), never by content:
half A is the one to study (`--per-doc` lists its misses only), half B stays unread and estimates
how the figures hold on unseen articles.

usage: python -m bench.eval_halves GOLD_DIR OUT_DIR [--per-doc] [--json FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def half_of(doc_id: str) -> str:
    return "A" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def _gold_subset(gold_dir: Path, keep, into: Path) -> Path:
    into.mkdir(parents=True)
    lines = [ln for ln in (gold_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    chosen = [ln for ln in lines if keep(json.loads(ln)["doc_id"])]
    (into / "gold.jsonl").write_text("\n".join(chosen) + "\n", encoding="utf-8")
    (into / "texts").symlink_to((gold_dir / "texts").resolve())
    return into


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--per-doc", action="store_true", help="list the misses of half A's documents (never B's)")
    ap.add_argument("--json", type=Path, help="write the three score dicts to this file")
    args = ap.parse_args(argv)
    scorer = args.gold_dir.parent / "score.py"
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, keep in (
            ("whole", lambda d: True),
            ("A", lambda d: half_of(d) == "A"),
            ("B", lambda d: half_of(d) == "B"),
        ):
            gold = _gold_subset(args.gold_dir, keep, Path(tmp) / name)
            js = Path(tmp) / f"{name}.json"
            cmd = [sys.executable, str(scorer), str(gold), str(args.out_dir), "--json", str(js)]
            if args.per_doc and name == "A":
                cmd.append("--per-doc")
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
            results[name] = json.loads(js.read_text())
            n = results[name]["documents"]
            print(f"\n== {name} ({n} documents) ==")
            print(out if name == "A" or not args.per_doc else "\n".join(out.splitlines()[:11]))
    gap = results["A"]["meetings"]["f1"] - results["B"]["meetings"]["f1"]
    print(
        f"meetings F1: A {results['A']['meetings']['f1']:.3f}, B {results['B']['meetings']['f1']:.3f}, gap {gap:+.3f}"
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
