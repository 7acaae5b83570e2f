"""The Makefile as a new user meets it: aligned help, paths with spaces, a screenshot that leaves the tracked
docs/report.png alone, `make clean` that removes caches and locks, `make eval` on the shipped gold set."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")


def _make(*args, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=cwd, capture_output=True, text=True)


def _commands(*args) -> list[list[str]]:
    """The commands `make -n` would run, split like the shell would."""
    out = _make("-n", *args)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.replace("\\\n", " ").splitlines()  # join continued lines
    return [shlex.split(line) for line in lines if line.strip() and not line.startswith(("@", "#"))]


def test_help_lists_every_documented_target_in_one_aligned_column():
    out = _make("help")
    assert out.returncode == 0
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in out.stdout.splitlines() if line.strip()]
    names = [line.split()[0] for line in lines]
    assert {"install", "run", "eval", "eval-dev", "eval-real-per-doc", "report-screenshot", "notebook", "clean"} <= set(
        names
    )
    columns = {len(line) - len(line.split(None, 1)[1]) for line in lines}
    assert len(columns) == 1, "descriptions start in different columns"


def test_paths_with_spaces_stay_one_argument():
    run = next(c for c in _commands("run", "RAW=my articles", "OUT=my out") if "pipeline" in c)
    assert run[run.index("--input") + 1] == "my articles" and run[run.index("--output") + 1] == "my out"
    evals = [c for c in _commands("eval", "EVAL=gold sets/one", "EVALOUT=out dir") if "pipeline" in " ".join(c)]
    assert evals[0][evals[0].index("--input") + 1] == "gold sets/one/texts"
    assert evals[1][-2:] == ["gold sets/one", "out dir"]


def test_report_screenshot_leaves_docs_report_png_alone_unless_asked():
    default = " ".join(" ".join(c) for c in _commands("report-screenshot"))
    assert "data/out/report.png" in default and "docs/report.png" not in default
    asked = " ".join(" ".join(c) for c in _commands("report-screenshot", "SHOT=docs/report.png"))
    assert "docs/report.png" in asked


def test_clean_removes_outputs_caches_locks_and_leftovers_but_not_inputs(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    data = tmp_path / "data"
    for path in (
        "raw/a.txt",
        "out/documents.csv",
        ".meetgraph-cache/analysis-x.sqlite",
        "out-eval/documents.csv",
        ".out.old/documents.csv",
        ".out.tmp-abc/documents.csv",
        "interim/documents.parquet",
    ):
        (data / path).parent.mkdir(parents=True, exist_ok=True)
        (data / path).write_text("x")
    (data / ".meetgraph-out.lock").write_text("1\n")
    (data / ".meetgraph-out-eval.lock").write_text("1\n")
    out = _make("clean", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert sorted(p.relative_to(data).as_posix() for p in data.rglob("*")) == ["raw", "raw/a.txt"]


def test_eval_defaults_to_the_shipped_gold_set_and_takes_another_with_eval():
    default = [c for c in _commands("eval") if "pipeline" in " ".join(c)]
    assert default[0][default[0].index("--input") + 1] == "tests/gold/texts"
    assert default[1][-3:] == ["pipeline.analyst.evaluate", "tests/gold", "data/out-eval"]
    other = [c for c in _commands("eval", "EVAL=../shared/eval/dev") if "pipeline" in " ".join(c)]
    assert other[0][other[0].index("--input") + 1] == "../shared/eval/dev/texts"
    dev = " ".join(" ".join(c) for c in _commands("eval-dev", "SHARED_EVAL=/nowhere"))
    assert "/nowhere/dev/texts" in dev and "/nowhere/score.py" in dev


def test_eval_on_a_missing_gold_set_says_what_a_gold_set_is(tmp_path):
    out = _make("eval", f"EVAL={tmp_path / 'nothing'}")
    assert out.returncode != 0
    assert "needs texts/ and gold.jsonl" in out.stdout + out.stderr


def test_shipped_gold_set_is_complete_and_consistent():
    from pipeline.analyst.evaluate import gold_paragraphs

    docs = [json.loads(line) for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert 10 <= len(docs) <= 15
    assert {d["doc_id"] for d in docs} == {p.stem for p in (GOLD / "texts").glob("*.txt")}
    for doc in docs:
        text = (GOLD / "texts" / f"{doc['doc_id']}.txt").read_text(encoding="utf-8")
        paragraphs = gold_paragraphs(text)
        persons = {p["name"] for p in doc["persons"]}
        for person in doc["persons"]:
            assert person["name"] in text, (doc["doc_id"], person["name"])
        for meeting in doc["meetings"]:
            assert set(meeting["participants"]) <= persons and len(meeting["participants"]) >= 2, doc["doc_id"]
            assert meeting["host"] is None or meeting["host"] in meeting["participants"]
            assert meeting["mode"] in ("in_person", "phone", "video")
            assert meeting["status"] in ("occurred", "planned", "cancelled")
        assert all(0 < i < len(paragraphs) for i in doc["boilerplate_paragraphs"]), doc["doc_id"]
    repeated = [
        p
        for d in docs
        for i, p in enumerate(gold_paragraphs((GOLD / "texts" / f"{d['doc_id']}.txt").read_text(encoding="utf-8")))
        if i in d["boilerplate_paragraphs"]
    ]
    assert all(repeated.count(p) >= 2 for p in repeated), "boilerplate recurs across articles"
