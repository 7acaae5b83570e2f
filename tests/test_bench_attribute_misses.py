"""bench.attribute_misses on a tiny gold set: the scorer's matching, half A listed, half B never."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from bench.attribute_misses import attribute_misses
from bench.eval_halves import half_of

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval/score.py")
def test_lists_a_wrong_place_of_half_a_only(tmp_path):
    assert half_of("doc-a") == "A" and half_of("doc-b") == "B"
    shutil.copy(SCORER, tmp_path / "score.py")
    gold = tmp_path / "set"
    (gold / "texts").mkdir(parents=True)
    meeting = {"participants": ["Omar Haddad", "Lars Berg"], "date": None, "location": "Cairo", "host": None}
    rows = [{"doc_id": d, "persons": [], "meetings": [meeting]} for d in ("doc-a", "doc-b")]
    (gold / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    predicted = {"participant_names": ["Omar Haddad", "Lars Berg"], "host_name": None, "date": None, "mode": None}
    pd.DataFrame(
        [
            {"doc_id": "doc-a", **predicted, "location": "Alexandria", "status": None, "evidence": "They met."},
            {"doc_id": "doc-b", **predicted, "location": "Giza", "status": None, "evidence": "They met."},
        ]
    ).to_parquet(out / "meetings.parquet")
    misses = attribute_misses(gold, out, ("date", "location", "host"))
    assert [(m["doc_id"], m["attribute"], m["gold"], m["predicted"]) for m in misses] == [
        ("doc-a", "location", "Cairo", "Alexandria")
    ]
