"""Stage 6, export: tiny frames in, every public table out in its contract shape."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline import faults, schema
from pipeline.stages import export


def _loose(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """`df` with the table's missing columns added empty, as a stage leaves them: not typed, not sorted."""
    for col in schema.TABLES[name].columns:
        if col.name not in df.columns:
            df[col.name] = [[] if col.type == schema.LIST else None for _ in range(len(df))]
    return df


def _frames() -> dict[str, pd.DataFrame]:
    """The inputs of `build_tables` as the stages hand them over: loose dtypes, unsorted, node counts unset."""
    documents = pd.DataFrame(
        {
            "doc_id": ["d2", "d1"],
            "source_file": ["d2.txt", "d1.txt"],
            "url": ["https://example.org/2", None],
            "n_paragraphs": [1, 1],
            "status": ["ok", "ok"],
        }
    )
    paragraphs = pd.DataFrame(
        {
            "doc_id": ["d2", "d1"],
            "para_idx": [0, 0],
            "text": ["y", "x"],
            "cluster_id": ["c2", "c1"],
            "is_boilerplate": [False, False],
            "text_id": ["t2", "t1"],
        }
    )
    nodes = pd.DataFrame(
        {
            "node_id": ["PERSON:ann-lee", "PERSON:bo-kim", "PERSON:ann-lee", "MEETING:1", "ORG:navy"],
            "type": ["PERSON", "PERSON", "PERSON", "MEETING", "ORG"],
            "name": ["Ann Lee", "Bo Kim", "Ann Lee", "Ann Lee and Bo Kim", "Navy"],
            "aliases": [["Lee"], [], ["Lee"], [], []],
        }
    )
    mentions = pd.DataFrame(
        {
            "doc_id": ["d1", "d1", "d2"],
            "para_idx": [0, 0, 0],
            "start": [8, 0, 0],
            "end": [14, 7, 7],
            "text": ["Bo Kim", "Ann Lee", "Ann Lee"],
            "label": ["PERSON"] * 3,
            "node_id": ["PERSON:bo-kim", "PERSON:ann-lee", "PERSON:ann-lee"],
            "sent_idx": [0, 0, 0],
            "is_boilerplate": [False] * 3,
            "norm": ["Bo Kim", "Ann Lee", "Ann Lee"],
        }
    )
    met = {"source": "PERSON:ann-lee", "target": "PERSON:bo-kim", "relation": "MET", "meeting_id": "MEETING:1"}
    edges = pd.DataFrame([{**met, "doc_id": "d1"}, {**met, "doc_id": "d1"}, {**met, "doc_id": "d2"}])
    meeting = {
        "meeting_id": "MEETING:1",
        "participants": ["PERSON:ann-lee", "PERSON:bo-kim"],
        "participant_names": ["Ann Lee", "Bo Kim"],
        "mode": "in_person",
        "status": "occurred",
        "topics": [],
        "evidence": "Ann Lee met Bo Kim.",
        "confidence": 0.9,
        "para_idx": 0,
    }
    meetings = pd.DataFrame([{**meeting, "doc_id": "d2"}, {**meeting, "doc_id": "d1"}])
    frames = {
        "documents": documents,
        "paragraphs": paragraphs,
        "mentions": mentions,
        "nodes": nodes,
        "edges": edges,
        "meetings": meetings,
    }
    return {name: _loose(name, df) for name, df in frames.items()} | {"clusters": schema.empty(schema.CLUSTERS)}


def test_every_table_conforms_to_the_schema():
    tables = export.build_tables(**_frames())
    assert set(tables) == set(schema.TABLES)
    for name, df in tables.items():
        assert schema.validate(df, schema.TABLES[name]) == [], name
    assert tables["documents"]["doc_id"].tolist() == ["d1", "d2"]  # sorted by the table's key


def test_released_inputs_give_the_same_tables_and_are_emptied():
    kept = export.build_tables(**_frames())
    given = _frames()
    released = export.build_tables(**given, release=True)
    for name, df in kept.items():
        pd.testing.assert_frame_equal(released[name], df, obj=name)
    assert all(df.columns.empty for df in given.values())  # each input's data let go once its table was made


def test_node_counts_come_from_the_mentions_and_a_meeting_counts_its_documents():
    nodes = export.build_tables(**_frames())["nodes"].set_index("node_id")
    assert nodes.index.is_unique
    assert nodes.loc["PERSON:ann-lee", ["n_mentions", "n_documents"]].tolist() == [2, 2]
    assert nodes.loc["PERSON:bo-kim", ["n_mentions", "n_documents"]].tolist() == [1, 1]
    assert nodes.loc["MEETING:1", ["n_mentions", "n_documents"]].tolist() == [2, 2]
    assert nodes.loc["ORG:navy", ["n_mentions", "n_documents"]].tolist() == [0, 0]


def test_repeated_edges_are_kept_once_per_document():
    edges = export.build_tables(**_frames())["edges"]
    assert edges["doc_id"].tolist() == ["d1", "d2"]


def test_each_meeting_row_lists_the_urls_of_every_document_reporting_it():
    meetings = export.build_tables(**_frames())["meetings"]
    assert meetings["source_urls"].tolist() == [["https://example.org/2"], ["https://example.org/2"]]
    assert export.source_urls(meetings.iloc[:0], _frames()["documents"]).empty


def test_a_row_that_does_not_conform_costs_only_its_document():
    frames = _frames()
    frames["mentions"]["start"] = frames["mentions"]["start"].astype(object)
    frames["mentions"].loc[2, "start"] = "not a number"  # d2's mention
    with pytest.raises((TypeError, ValueError)):
        export.build_tables(**frames)
    with faults.recording() as recorder:
        mentions = export.build_tables(**frames)["mentions"]
    assert mentions["doc_id"].tolist() == ["d1", "d1"]
    assert set(recorder.failures) == {"d2"}
    assert recorder.failures["d2"][0] == "export"


def test_tables_are_made_one_at_a_time_those_with_document_rows_first():
    """`iter_tables` (a run writes each table before the next is made) gives `build_tables`' tables, in ORDER;
    the tables export reads last may be given as what makes them."""
    frames = _frames()
    made = []
    for name, df in export.iter_tables(
        **{name: (lambda df=df: df) if name in ("nodes", "edges", "meetings") else df for name, df in frames.items()}
    ):
        made.append(name)
        assert isinstance(df, export.Sliced) == (name in ("paragraphs", "mentions", "edges", "meetings")), name
        pd.testing.assert_frame_equal(export.whole(df), export.build_tables(**_frames())[name], obj=name)
    assert made == list(export.ORDER) and set(made) == set(schema.TABLES)


def test_a_row_that_does_not_conform_in_a_later_slice_costs_its_rows_in_the_earlier_ones(monkeypatch):
    """d2's mentions fall in two slices of one row; its second does not conform: neither is kept."""
    frames = _frames()
    extra = frames["mentions"].iloc[[2]].assign(start=20, end=27)
    frames["mentions"] = pd.concat([frames["mentions"], extra], ignore_index=True)
    frames["mentions"]["sent_idx"] = frames["mentions"]["sent_idx"].astype(object)
    frames["mentions"].loc[3, "sent_idx"] = "not a number"  # d2's second mention, in the last slice (no sort key)
    monkeypatch.setattr(export, "SLICE_ROWS", 1)
    with faults.recording() as recorder:
        mentions = export.build_tables(**frames)["mentions"]
    assert mentions["doc_id"].tolist() == ["d1", "d1"] and set(recorder.failures) == {"d2"}
