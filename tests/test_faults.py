"""Per-document fault isolation: one document that raises gets status `error`, every other one is written.

The `MEETGRAPH_FAULT=<stage>:<doc_id>` hook (see pipeline/faults.py) makes one document raise in one stage.
"""

from __future__ import annotations

import pandas as pd
import pytest
import spacy
from spacy.language import Language
from typer.testing import CliRunner

from pipeline import faults, load
from pipeline.cli import EXIT_DOCUMENT_ERRORS, app
from pipeline.stages import ner

runner = CliRunner()
# invented articles, each reporting one meeting of two named people (distinct, so dedup keeps them news)
ARTICLES = {
    "d1": "Defence Minister Elnur Qasimli met General Mark Dorsey in Ganja on Tuesday to discuss joint exercises.",
    "d2": "Chief of General Staff Rauf Aliyev received Admiral Peter Lang in Baku on Friday.",
    "d3": "Colonel Ivan Petrenko held talks with Brigadier General Omar Haddad in Amman on logistics.",
    "d4": "Deputy Minister Lena Varga met Ambassador Tomas Berg in Budapest to discuss officer training.",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faults") / "in"
    folder.mkdir()
    for doc_id, text in ARTICLES.items():
        (folder / f"{doc_id}.txt").write_text(text + "\n\nThe sides signed a protocol on cooperation for " + doc_id)
    return folder


def _run(corpus, out, *args, fault=None):
    env = {faults.FAULT_ENV: fault} if fault else {}
    return runner.invoke(app, ["run", "-i", str(corpus), "-o", str(out), "--no-cache", *args], env=env)


@pytest.mark.slow
@pytest.mark.parametrize(
    "stage,key", [("clean", "d2"), ("ner", "Rauf Aliyev"), ("resolve", "d2"), ("relate", "d2"), ("export", "d2")]
)
def test_one_failing_document_costs_only_itself(corpus, tmp_path, stage, key):
    result = _run(corpus, tmp_path / "out", fault=f"{stage}:{key}")
    assert result.exit_code == EXIT_DOCUMENT_ERRORS, result.output
    assert "1 documents failed with an error" in result.output and "d2" in result.output
    tables = load(tmp_path / "out")
    docs = tables["documents"].set_index("doc_id")
    assert docs.loc["d2", "status"] == "error"
    assert docs.loc["d2", "error"].startswith(f"{stage}: InjectedFault: injected fault in {stage}")
    assert docs.drop(index="d2")["status"].eq("ok").all()
    for name in ("paragraphs", "mentions", "meetings", "edges"):
        assert not tables[name]["doc_id"].eq("d2").any(), name  # its rows are left out
    for doc_id in ("d1", "d3", "d4"):  # every other document is written whole
        assert tables["paragraphs"]["doc_id"].eq(doc_id).sum() == 2
        assert tables["mentions"]["doc_id"].eq(doc_id).any()
    assert set(tables["meetings"]["doc_id"]) == {"d1", "d3", "d4"}
    names = set(tables["nodes"]["name"])
    assert "Mark Dorsey" in names and "Rauf Aliyev" not in names and "Peter Lang" not in names


@pytest.mark.slow
def test_strict_reraises_the_first_error(corpus, tmp_path):
    result = _run(corpus, tmp_path / "out", "--strict", fault="resolve:d2")
    assert result.exit_code not in (0, EXIT_DOCUMENT_ERRORS)
    assert isinstance(result.exception, faults.InjectedFault)
    assert any("document d2 in resolve" in note for note in result.exception.__notes__)
    assert not (tmp_path / "out").exists()  # nothing half-written


@pytest.mark.slow
def test_a_clean_run_exits_zero_without_a_summary(corpus, tmp_path):
    result = _run(corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "failed with an error" not in result.output
    assert load(tmp_path / "out")["documents"]["status"].eq("ok").all()


@Language.component("explode_on_boom")
def _explode_on_boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("component exploded")
    return doc


def test_one_text_that_breaks_spacy_costs_only_itself():
    """A component raising inside `nlp.pipe` takes its batch down; the batch is redone text by text."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("explode_on_boom")
    texts = pd.DataFrame(
        {
            "text_id": [f"t{i}" for i in range(10)],
            "text": [f"Text {i}." if i != 4 else "A BOOM text." for i in range(10)],
        }
    )
    analysis = ner.analyze_texts(texts, nlp, batch_size=3)
    assert analysis["errors"].to_dict("records") == [{"text_id": "t4", "error": "ValueError: component exploded"}]


def test_without_a_recorder_errors_propagate():
    with pytest.raises(KeyError):
        with faults.isolate("resolve", "d1"):
            raise KeyError("x")


def test_per_document_fallback_keeps_the_good_documents():
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "v": [1, 0, 2]})

    def invert(part):
        return part.assign(v=1 / part["v"].map(lambda v: v if v else (_ for _ in ()).throw(ZeroDivisionError("0"))))

    with faults.recording() as recorder:
        out = faults.per_document("export", df, invert)
    assert list(out["doc_id"]) == ["a", "c"]
    assert recorder.failures == {"b": ("export", "ZeroDivisionError: 0")}


@pytest.mark.slow
def test_stage_commands_carry_a_failed_document_to_the_end(corpus, tmp_path):
    """`meetgraph clean ... export` one by one: a document failing in `resolve` is left out and marked, the rest written."""
    work, out = tmp_path / "work", tmp_path / "out"
    env = {faults.FAULT_ENV: "resolve:d2"}
    for args in (
        ["clean", "--input", str(corpus)],
        ["dedup"],
        ["ner", "--no-cache"],
        ["resolve"],
        ["relate"],
        ["export", "--output", str(out)],
    ):
        result = runner.invoke(app, [*args, "--work", str(work)], env=env)
        assert result.exit_code == 0, (args, result.output)
    failures = pd.read_parquet(work / "failures.parquet")
    assert failures.to_dict("records") == [
        {"doc_id": "d2", "stage": "resolve", "error": "InjectedFault: injected fault in resolve for d2"}
    ]
    tables = load(out)
    docs = tables["documents"].set_index("doc_id")
    assert docs.loc["d2", "status"] == "error" and docs.drop(index="d2")["status"].eq("ok").all()
    assert set(tables["meetings"]["doc_id"]) == {"d1", "d3", "d4"}
