"""Score a meetgraph output folder against a gold set (the format of `tests/gold/README.md`).

A gold set is a folder with `texts/` (one `.txt` article per file, the stem is the doc id) and `gold.jsonl`
(one object per document: persons, organizations, exercises, meetings, boilerplate_paragraphs). Only the
documents named in `gold.jsonl` are scored.

Matching: person names fold case and accents; two names match when their last tokens are >= 80 similar and,
where both give more than one token, their first tokens are >= 75 similar (aliases count as names). Meetings
match within a document when their participants match one to one (predictions with fewer than two named
participants, or reported only in a boilerplate paragraph, are not meetings). Phrases (titles, bodies,
exercises, places, topics) match at a folded similarity >= 85. Boilerplate paragraphs are found in the
output's `paragraphs` table by text similarity.

usage: python -m pipeline.analyst.evaluate GOLD_DIR OUT_DIR [--per-doc] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

from pipeline.text import fold_text

MEASURES = ("persons", "ranks", "titles", "organizations", "exercises", "meetings", "meeting_pairs", "boilerplate")


# --- matching ----------------------------------------------------------------------------------


def fold(text) -> str:
    return fold_text(str(text or ""))


def names_match(a: str, b: str) -> bool:
    ta, tb = fold(a).split(), fold(b).split()
    if not ta or not tb or fuzz.ratio(ta[-1], tb[-1]) < 80:
        return False
    return len(ta) < 2 or len(tb) < 2 or fuzz.ratio(ta[0], tb[0]) >= 75


def any_name_match(names_a: list[str], names_b: list[str]) -> bool:
    return any(names_match(a, b) for a in names_a for b in names_b)


def phrases_match(a, b, cutoff: int = 85) -> bool:
    fa, fb = fold(a), fold(b)
    return bool(fa and fb) and (fa == fb or fuzz.ratio(fa, fb) >= cutoff or fuzz.token_set_ratio(fa, fb) >= 95)


def one_to_one(gold: list, pred: list, same, prefer=None) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, predicted index); with `prefer`, better-agreeing pairs first."""
    pairs = [(g, p) for g in range(len(gold)) for p in range(len(pred)) if same(gold[g], pred[p])]
    if prefer is not None:
        pairs.sort(key=lambda gp: -prefer(gold[gp[0]], pred[gp[1]]))
    used_g, used_p, out = set(), set(), []
    for g, p in pairs:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            out.append((g, p))
    return out


class Count:
    def __init__(self):
        self.tp = self.gold = self.pred = 0

    def add(self, tp: int, gold: int, pred: int) -> None:
        self.tp += tp
        self.gold += gold
        self.pred += pred

    def as_dict(self) -> dict:
        p = self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "gold": self.gold,
            "predicted": self.pred,
        }


# --- predictions per document -------------------------------------------------------------------


def _listed(value) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    try:
        return [v for v in list(value) if _clean(v) is not None]
    except TypeError:
        return []


def _clean(value):
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)) or value == "":
        return None
    return value


def predictions(tables: dict[str, pd.DataFrame]) -> dict[str, dict]:
    """Per doc_id: persons (names, rank, titles, country), organizations, exercises, meetings, boilerplate texts."""
    nodes = tables["nodes"].set_index("node_id")
    mentions, edges = tables["mentions"], tables["edges"]
    paragraphs, meetings = tables["paragraphs"], tables["meetings"]
    out: dict[str, dict] = defaultdict(
        lambda: {"persons": [], "organizations": [], "exercises": [], "meetings": [], "boilerplate": []}
    )
    held = defaultdict(list)  # (doc, person) -> [(relation, value)]
    for row in edges[edges["relation"].isin(["HAS_RANK", "HOLDS_TITLE"])].itertuples():
        value = nodes["name"].get(row.target, row.target)
        held[(row.doc_id, row.source)].append((row.relation, value))
    kinds = {"PERSON": "persons", "ORG": "organizations", "EXERCISE": "exercises"}
    for (doc_id, node_id), _ in mentions.groupby(["doc_id", "node_id"], sort=True):
        if node_id not in nodes.index or nodes.at[node_id, "type"] not in kinds:
            continue
        node = nodes.loc[node_id]
        entry = {"names": [node["name"], *_listed(node["aliases"])], "country": _clean(node["country"])}
        if node["type"] == "PERSON":
            relations = held.get((doc_id, node_id), [])
            ranks = [v for r, v in relations if r == "HAS_RANK"]
            entry["rank"] = ranks[-1] if ranks else None
            entry["ranks"] = {fold(r) for r in ranks}
            entry["titles"] = sorted({v for r, v in relations if r == "HOLDS_TITLE"})
        out[doc_id][kinds[node["type"]]].append(entry)
    background = set(
        zip(
            paragraphs.loc[paragraphs["is_boilerplate"], "doc_id"],
            paragraphs.loc[paragraphs["is_boilerplate"], "para_idx"],
        )
    )
    for row in paragraphs[paragraphs["is_boilerplate"]].itertuples():
        out[row.doc_id]["boilerplate"].append(row.text)
    for row in meetings.itertuples():
        names = _listed(row.participant_names)
        if len(names) < 2 or (row.doc_id, row.para_idx) in background:
            continue
        out[row.doc_id]["meetings"].append(
            {
                "participants": names,
                "host": _clean(row.host_name),
                "date": _clean(row.date),
                "location": _clean(row.location),
                "mode": _clean(row.mode),
                "status": _clean(row.status),
                "topics": _listed(row.topics),
            }
        )
    return out


def _read_text(path: Path) -> str:
    from pipeline.stages.clean import decode_text_file

    try:
        return decode_text_file(path.read_bytes())[0]
    except (ValueError, UnicodeError):
        return ""


def gold_paragraphs(text: str) -> list[str]:
    blocks = [" ".join(b.split()) for b in text.replace("\r\n", "\n").split("\n\n")]
    return [b for b in blocks if b]


# --- scoring --------------------------------------------------------------------------------------


class Totals:
    """What the documents add up to: a Count per measure, (agreeing, compared) per meeting attribute, topics
    and person countries, and each document's misses."""

    def __init__(self):
        self.counts = {m: Count() for m in MEASURES}
        self.attributes = {k: [0, 0] for k in ("date", "location", "host", "mode", "status")}
        self.topics, self.country = [0, 0], [0, 0]
        self.misses: list[dict] = []

    def as_dict(self, documents: int, per_doc: bool) -> dict:
        result = {"documents": documents, **{m: c.as_dict() for m, c in self.counts.items()}}
        result["meeting_attributes"] = {k: _share(ok, n) for k, (ok, n) in self.attributes.items()}
        result["meeting_attributes"]["topic_recall"] = _share(*self.topics)
        result["person_country"] = _share(*self.country)
        if per_doc:
            result["per_doc"] = self.misses
        return result


def _share(ok: int, n: int) -> float | None:
    return round(ok / n, 3) if n else None


def score(gold_dir: Path, out_dir: Path, per_doc: bool = False) -> dict:
    """Scores of the output folder against the gold set: P/R/F1 per measure, attribute accuracies and, with
    `per_doc`, what each document missed."""
    from pipeline.io import load

    gold_dir, tables = Path(gold_dir), load(out_dir)
    golds = read_gold(gold_dir / "gold.jsonl")
    pred_by_doc = predictions(tables)
    totals = Totals()
    for gold in golds:
        doc_id = gold["doc_id"]
        pred = pred_by_doc.get(doc_id, pred_by_doc.default_factory())
        miss = {"doc_id": doc_id}
        _score_persons(totals, gold, pred, miss)
        _score_named_things(totals, gold, pred, miss)
        _score_meetings(totals, gold.get("meetings", []), pred["meetings"], miss)
        _score_boilerplate(totals, gold, pred, gold_dir / "texts" / f"{doc_id}.txt")
        if per_doc:
            totals.misses.append({k: v for k, v in miss.items() if v})
    return totals.as_dict(len(golds), per_doc)


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _unpaired(items: list, paired) -> list[int]:
    """Indexes of `items` that no pair took, in order."""
    return sorted(set(range(len(items))) - set(paired))


def _score_persons(totals: Totals, gold: dict, pred: dict, miss: dict) -> None:
    """Persons matched one to one by name; on matched persons, ranks, titles and countries."""
    g_persons = [{"names": [p["name"], *p.get("aliases", [])], **p} for p in gold.get("persons", [])]
    p_persons = pred["persons"]
    pairs = one_to_one(g_persons, p_persons, lambda g, p: any_name_match(g["names"], p["names"]))
    totals.counts["persons"].add(len(pairs), len(g_persons), len(p_persons))
    miss["persons_missed"] = [g_persons[i]["name"] for i in _unpaired(g_persons, (g for g, _ in pairs))]
    miss["persons_extra"] = [p_persons[i]["names"][0] for i in _unpaired(p_persons, (p for _, p in pairs))]
    rank_tp = title_tp = 0
    for g, p in pairs:
        gp, pp = g_persons[g], p_persons[p]
        rank_tp += bool(gp.get("rank") and fold(gp["rank"]) in pp.get("ranks", ()))
        title_tp += len(one_to_one(gp.get("titles") or [], pp.get("titles") or [], phrases_match))
        if gp.get("country"):
            totals.country[1] += 1
            totals.country[0] += bool(pp.get("country") and fold(gp["country"]) == fold(pp["country"]))
    totals.counts["ranks"].add(
        rank_tp, sum(bool(p.get("rank")) for p in g_persons), sum(bool(p.get("rank")) for p in p_persons)
    )
    totals.counts["titles"].add(
        title_tp, sum(len(p.get("titles") or []) for p in g_persons), sum(len(p.get("titles") or []) for p in p_persons)
    )


def _score_named_things(totals: Totals, gold: dict, pred: dict, miss: dict) -> None:
    """Organizations and exercises, matched as phrases on any of their names."""
    for measure in ("organizations", "exercises"):
        g_items = [[i["name"], *i.get("aliases", [])] if isinstance(i, dict) else [i] for i in gold.get(measure, [])]
        p_items = [i["names"] for i in pred[measure]]
        found = one_to_one(g_items, p_items, lambda g, p: any(phrases_match(a, b) for a in g for b in p))
        totals.counts[measure].add(len(found), len(g_items), len(p_items))
        miss[f"{measure}_missed"] = [g_items[i][0] for i in _unpaired(g_items, (g for g, _ in found))]


def _score_meetings(totals: Totals, g_meetings: list[dict], p_meetings: list[dict], miss: dict) -> None:
    """Meetings matched on their participants (better-agreeing pairs first), their attributes, and the
    participant pairs regardless of how they are grouped into meetings."""
    found = one_to_one(g_meetings, p_meetings, _same_participants, prefer=_agreement)
    totals.counts["meetings"].add(len(found), len(g_meetings), len(p_meetings))
    miss["meetings_missed"] = [g_meetings[i]["participants"] for i in _unpaired(g_meetings, (g for g, _ in found))]
    miss["meetings_extra"] = [p_meetings[i]["participants"] for i in _unpaired(p_meetings, (p for _, p in found))]
    for g, p in found:
        _score_attributes(totals, g_meetings[g], p_meetings[p])
    g_pairs, p_pairs = _pairs(g_meetings), _pairs(p_meetings)
    totals.counts["meeting_pairs"].add(len(one_to_one(g_pairs, p_pairs, _same_pair)), len(g_pairs), len(p_pairs))


def _score_attributes(totals: Totals, gm: dict, pm: dict) -> None:
    """Date, place, host, mode and status of a matched meeting (both empty agrees), and its gold topics found."""
    for key, match in (
        ("date", _equal),
        ("location", phrases_match),
        ("host", names_match),
        ("mode", _equal),
        ("status", _equal),
    ):
        _tally(totals.attributes[key], gm.get(key), pm.get(key), match)
    for topic in gm.get("topics") or []:
        totals.topics[1] += 1
        totals.topics[0] += any(
            phrases_match(topic, t, 80) or fold(topic) in fold(t) or fold(t) in fold(topic)
            for t in pm.get("topics") or []
            if fold(t)
        )


def _equal(a, b) -> bool:
    return a == b


def _same_pair(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return (names_match(a[0], b[0]) and names_match(a[1], b[1])) or (
        names_match(a[0], b[1]) and names_match(a[1], b[0])
    )


def _score_boilerplate(totals: Totals, gold: dict, pred: dict, text_path: Path) -> None:
    """Gold boilerplate paragraphs (indexes into the text's blank-line paragraphs) found by text similarity."""
    paragraphs = gold_paragraphs(_read_text(text_path)) if text_path.exists() else []
    g_boiler = [paragraphs[i] for i in gold.get("boilerplate_paragraphs", []) if i < len(paragraphs)]
    p_boiler = pred["boilerplate"]
    found = one_to_one(g_boiler, p_boiler, lambda a, b: fuzz.ratio(fold(a), fold(b)) >= 85)
    totals.counts["boilerplate"].add(len(found), len(g_boiler), len(p_boiler))


def _same_participants(gold: dict, pred: dict) -> bool:
    g, p = gold["participants"], pred["participants"]
    return len(g) == len(p) and len(one_to_one(g, p, names_match)) == len(g)


def _agreement(gold: dict, pred: dict) -> int:
    return sum(gold.get(k) == pred.get(k) for k in ("date", "status", "mode"))


def _tally(acc: list, gold, pred, same) -> None:
    acc[1] += 1
    acc[0] += (gold is None and pred is None) or (gold is not None and pred is not None and bool(same(gold, pred)))


def _pairs(meetings: list[dict]) -> list[tuple[str, str]]:
    out = []
    for m in meetings:
        names = m["participants"]
        out.extend((a, b) for i, a in enumerate(names) for b in names[i + 1 :])
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--per-doc", action="store_true", help="also list each document's misses")
    ap.add_argument("--json", type=Path, help="write the scores to this file")
    args = ap.parse_args(argv)
    if not (args.gold_dir / "gold.jsonl").is_file():
        print(f"evaluate: error: no gold.jsonl in {args.gold_dir} (a gold set is texts/ + gold.jsonl)", file=sys.stderr)
        return 2
    result = score(args.gold_dir, args.out_dir, per_doc=args.per_doc)
    print(f"{result['documents']} documents of {args.gold_dir} scored against {args.out_dir}")
    print(f"{'measure':<16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
    for key in MEASURES:
        s = result[key]
        print(f"{key:<16}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['gold']:>7}{s['predicted']:>7}")
    print(
        "meeting attributes (accuracy on matched meetings):",
        ", ".join(f"{k} {'-' if v is None else f'{v:.2f}'}" for k, v in result["meeting_attributes"].items()),
    )
    print(f"person country (accuracy on matched persons with a gold country): {result['person_country']}")
    for doc in result.get("per_doc", []):
        if len(doc) > 1:
            print(json.dumps(doc, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
