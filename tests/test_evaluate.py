"""The project's own scorer (`python -m pipeline.analyst.evaluate`, used by `make eval`) on hand-made tables."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline import io, schema
from pipeline.analyst import evaluate
from tests.analyst_tables import tiny_tables


def _output(folder):
    tables = tiny_tables()
    mentions = pd.DataFrame(
        [
            {
                "doc_id": "d1",
                "para_idx": 0,
                "start": 0,
                "end": 7,
                "text": "Ann Lee",
                "label": "PERSON",
                "node_id": "PERSON:ann-lee",
                "sent_idx": 0,
                "is_boilerplate": False,
            },
            {
                "doc_id": "d1",
                "para_idx": 0,
                "start": 12,
                "end": 18,
                "text": "Bo Kim",
                "label": "PERSON",
                "node_id": "PERSON:bo-kim",
                "sent_idx": 0,
                "is_boilerplate": False,
            },
            {
                "doc_id": "d1",
                "para_idx": 0,
                "start": 30,
                "end": 34,
                "text": "Navy",
                "label": "ORG",
                "node_id": "ORG:navy",
                "sent_idx": 0,
                "is_boilerplate": False,
            },
        ]
    )
    for col in schema.MENTIONS.names:  # columns the test does not need stay empty
        if col not in mentions.columns:
            mentions[col] = None
    tables["mentions"] = schema.conform(mentions, schema.MENTIONS)
    io.write_tables(tables, folder)


def _gold(folder, meetings, persons=None):
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "d1.txt").write_text(" date 2023-01-10 By Gazette\n\nAnn Lee met Bo Kim.\n")
    persons = persons or [
        {"name": "Änn Lee", "aliases": [], "rank": "General", "titles": [], "country": "Ruritania"},
        {"name": "Bo Kim", "aliases": [], "rank": None, "titles": [], "country": "Freedonia"},
    ]
    gold = {
        "doc_id": "d1",
        "published": "2023-01-10",
        "persons": persons,
        "organizations": [{"name": "Navy", "aliases": [], "kind": "military", "country": None}],
        "exercises": [],
        "meetings": meetings,
        "boilerplate_paragraphs": [],
    }
    (folder / "gold.jsonl").write_text(json.dumps(gold) + "\n")


MEETING = {
    "participants": ["Ann Lee", "Bo Kim"],
    "host": None,
    "date": "2023-01-09",
    "location": "Capital",
    "mode": "in_person",
    "status": "occurred",
    "topics": ["naval cooperation"],
}


def test_a_perfect_prediction_scores_one(tmp_path):
    _output(tmp_path / "out")
    _gold(tmp_path / "gold", [MEETING])
    result = evaluate.score(tmp_path / "gold", tmp_path / "out")
    for measure in ("persons", "organizations", "meetings", "meeting_pairs"):
        assert result[measure]["f1"] == 1.0, measure
    assert result["meeting_attributes"]["date"] == 1.0 and result["meeting_attributes"]["topic_recall"] == 1.0
    assert result["person_country"] == 1.0


def test_misses_and_wrong_attributes_lower_the_scores(tmp_path):
    _output(tmp_path / "out")
    other = {**MEETING, "participants": ["Bo Kim", "Dee Park"]}
    _gold(
        tmp_path / "gold",
        [{**MEETING, "date": "2023-01-08", "mode": "phone"}, other],
        persons=[
            {"name": "Ann Lee", "aliases": [], "rank": None, "titles": [], "country": "Freedonia"},
            {"name": "Bo Kim", "aliases": [], "rank": None, "titles": [], "country": None},
            {"name": "Dee Park", "aliases": [], "rank": None, "titles": [], "country": None},
        ],
    )
    result = evaluate.score(tmp_path / "gold", tmp_path / "out", per_doc=True)
    assert result["meetings"] == {"precision": 1.0, "recall": 0.5, "f1": 0.667, "gold": 2, "predicted": 1}
    assert result["persons"]["recall"] == pytest.approx(2 / 3, abs=0.001)
    assert result["meeting_attributes"]["date"] == 0.0 and result["meeting_attributes"]["mode"] == 0.0
    assert result["person_country"] == 0.0
    assert result["per_doc"][0]["persons_missed"] == ["Dee Park"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Zakaria Holm", "zakariá holm", True),
        ("Z. Holm", "Zakaria Holm", False),
        ("Holm", "Zakaria Holm", True),
        ("Zakaria Holm", "Zakaria Holmberg", False),
        ("Zakaria Holm", "Yusuf Holm", False),
    ],
)
def test_name_matching(a, b, same):
    assert evaluate.names_match(a, b) is same


def test_command_line_prints_the_table(tmp_path, capsys):
    _output(tmp_path / "out")
    _gold(tmp_path / "gold", [MEETING])
    assert evaluate.main([str(tmp_path / "gold"), str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "meetings" in printed and "1.000" in printed
    assert evaluate.main([str(tmp_path / "nothing"), str(tmp_path / "out")]) == 2


def test_meeting_pairs_are_scored_however_the_meetings_are_grouped():
    """One gold meeting of three is two predicted meetings of two: no meeting matches, but two of the three
    pairs who met do."""
    totals, miss = evaluate.Totals(), {}
    gold = [{"participants": ["Ann Lee", "Bo Kim", "Cy Park"]}]
    pred = [{"participants": ["Ann Lee", "Bo Kim"]}, {"participants": ["Cy Park", "Ann Lee"]}]
    evaluate._score_meetings(totals, gold, pred, miss)
    assert totals.counts["meetings"].as_dict()["f1"] == 0.0
    assert totals.counts["meeting_pairs"].as_dict() == {
        "precision": 1.0,
        "recall": 0.667,
        "f1": 0.8,
        "gold": 3,
        "predicted": 2,
    }
    assert miss["meetings_missed"] == [gold[0]["participants"]] and len(miss["meetings_extra"]) == 2


def test_totals_without_anything_to_compare_give_no_accuracy():
    result = evaluate.Totals().as_dict(documents=0, per_doc=False)
    assert result["meeting_attributes"]["date"] is None and result["person_country"] is None
    assert result["persons"]["f1"] == 1.0 and "per_doc" not in result  # nothing expected, nothing predicted
