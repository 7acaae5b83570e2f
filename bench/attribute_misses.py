"""List half A's matched meetings whose date, location or host differ from the gold, one line each.

The score table gives only an accuracy per attribute; finding which meeting has the wrong place means
redoing the scorer's matching. This module loads the gold set's own `score.py` and uses its matching,
so a listed miss is exactly one the accuracy counted. Only half A's documents are listed (see
`bench.eval_halves`): half B stays unread.

usage: python -m bench.attribute_misses GOLD_DIR OUT_DIR [--attributes date,location,host]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from bench.eval_halves import half_of

ATTRIBUTES = ("date", "location", "host", "mode", "status")


def load_scorer(gold_dir: Path):
    path = gold_dir.parent / "score.py"
    spec = importlib.util.spec_from_file_location("gold_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predicted_meetings(sc, meetings, doc_id: str) -> list[dict]:
    rows = meetings[meetings["doc_id"].astype(str) == doc_id]
    out = []
    for r in rows.to_dict("records"):
        names = [str(x) for x in sc.as_list(r.get("participant_names"))]
        if len(names) < 2:
            continue
        out.append({"participants": names, **{k: sc.clean(r.get(k)) for k in ("date", "location", "mode", "status")}})
        out[-1]["host"] = sc.clean(r.get("host_name"))
        out[-1]["evidence"] = sc.clean(r.get("evidence"))
    return out


def attribute_misses(gold_dir: Path, out_dir: Path, wanted: tuple[str, ...]) -> list[dict]:
    """The scorer's meeting matching, then its per-attribute checks, on half A only."""
    sc = load_scorer(gold_dir)
    meetings = sc.read_table(out_dir, "meetings")
    gold = [json.loads(x) for x in (gold_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    misses = []
    for g in gold:
        if half_of(g["doc_id"]) != "A":
            continue
        forms = {p["name"]: [p["name"], *(p.get("aliases") or [])] for p in g.get("persons", [])}

        def person_match(gname, pname, forms=forms):
            return any(sc.names_match(f, pname) for f in forms.get(gname, [gname]))

        def same_meeting(gm, pm, person_match=person_match):
            pairs = sc.greedy_match(gm["participants"], pm["participants"], person_match)
            return len(pairs) == len(gm["participants"]) == len(pm["participants"])

        def agreement(gm, pm):
            return sum(str(pm.get(k) or "")[:10] == str(gm.get(k) or "")[:10] for k in ("date", "status", "mode"))

        gold_meet, pred_meet = g.get("meetings", []), predicted_meetings(sc, meetings, g["doc_id"])
        same = {
            "date": lambda a, b: str(b)[:10] == a,
            "location": lambda a, b: sc.phrases_match(a, b, 80),
            "host": person_match,
            "mode": lambda a, b: sc.fold(a) == sc.fold(b),
            "status": lambda a, b: sc.fold(a) == sc.fold(b),
        }
        for gi, pi in sc.greedy_match(gold_meet, pred_meet, same_meeting, agreement):
            gm, pm = gold_meet[gi], pred_meet[pi]
            for key in wanted:
                gv, pv = gm.get(key), pm[key]
                if (gv is None and pv is None) or (gv is not None and pv is not None and same[key](gv, pv)):
                    continue
                misses.append(
                    {
                        "doc_id": g["doc_id"],
                        "attribute": key,
                        "gold": gv,
                        "predicted": pv,
                        "participants": gm["participants"],
                        "evidence": pm["evidence"],
                    }
                )
    return misses


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--attributes", default="date,location,host", help="comma-separated, from " + ",".join(ATTRIBUTES))
    args = ap.parse_args(argv)
    wanted = tuple(a.strip() for a in args.attributes.split(",") if a.strip())
    unknown = sorted(set(wanted) - set(ATTRIBUTES))
    if unknown:
        ap.error(f"unknown attribute(s): {', '.join(unknown)}")
    misses = attribute_misses(args.gold_dir, args.out_dir, wanted)
    for m in misses:
        print(f"{m['doc_id']}  {m['attribute']:<8} gold={m['gold']!r}  predicted={m['predicted']!r}")
        print(f"    participants: {'; '.join(m['participants'])}")
        if m["evidence"]:
            print(f"    evidence: {m['evidence'][:240]}")
    print(f"\n{len(misses)} attribute misses on half A's matched meetings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
