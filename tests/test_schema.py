import pandas as pd
import pytest

from pipeline import io, schema

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent


def test_conform_orders_casts_and_sorts():
    df = pd.DataFrame(
        {
            "participants": [["b", "a"], '["x"]'],
            "doc_id": ["d2", "d1"],
            "meeting_id": ["m", "m"],
            "participant_names": [[], None],
            "host": [None, "a"],
            "host_name": [None, None],
            "date": [None, "2021-07-14"],
            "location": [None, None],
            "mode": ["phone", "in_person"],
            "status": ["occurred", "planned"],
            "topics": [[], ["demining"]],
            "evidence": ["e", "f"],
            "confidence": [1, 0.5],
            "para_idx": [0, 3],
            "planned_meeting_id": [None, None],
            "source_urls": [[], ["https://example.org/a"]],
        }
    )
    out = schema.conform(df, schema.MEETINGS)
    assert list(out.columns) == schema.MEETINGS.names
    assert out["doc_id"].tolist() == ["d1", "d2"]
    assert out["participants"].tolist() == [["x"], ["b", "a"]]
    assert out["participant_names"].tolist() == [[], []]
    assert schema.validate(out, schema.MEETINGS) == []


def test_conform_rejects_missing_columns():
    with pytest.raises(ValueError, match="missing columns"):
        schema.conform(pd.DataFrame({"doc_id": ["a"]}), schema.DOCUMENTS)


def test_validate_reports_wrong_dtype():
    df = schema.empty(schema.PARAGRAPHS)
    df["para_idx"] = df["para_idx"].astype("float64")
    assert any("para_idx" in p for p in schema.validate(df, schema.PARAGRAPHS))


@pytest.mark.parametrize("table", list(schema.TABLES.values()), ids=lambda t: t.name)
def test_write_and_load_round_trip(tmp_path, table):
    df = schema.empty(table)
    io.write_tables({table.name: df}, tmp_path / "out")
    assert (tmp_path / "out" / f"{table.name}.csv").exists()
    loaded = io.load(tmp_path / "out")[table.name]
    assert schema.validate(loaded, table) == []


def test_list_columns_are_json_arrays_in_csv(tmp_path):
    nodes = pd.DataFrame(
        [
            {
                "node_id": "PERSON:a",
                "type": "PERSON",
                "name": "A",
                "aliases": ["Ä", "a"],
                "country": None,
                "rank": None,
                "title": None,
                "n_mentions": 1,
                "n_documents": 1,
            }
        ]
    )
    io.write_tables({"nodes": nodes}, tmp_path)
    csv = pd.read_csv(tmp_path / "nodes.csv")
    assert csv.loc[0, "aliases"] == '["Ä", "a"]'
    assert io.load(tmp_path)["nodes"].loc[0, "aliases"] == ["Ä", "a"]


def test_schema_doc_is_generated_from_the_module():
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert doc == schema.to_markdown(), "docs/schema.md is stale: run `make docs`"
    for table in schema.TABLES.values():
        for col in table.columns:
            assert f"| `{col.name}` |" in doc
