"""Provenance: a document's URL (from input records or a `URL:` header line), one spelling per outlet, and the
source URLs every meeting row carries."""

from __future__ import annotations

import json

import pandas as pd

from pipeline.io import readers
from pipeline.stages import clean, export
from tests.sql_tables import dev_like_tables


def _clean(folder):
    documents, paragraphs = clean.clean_documents(readers.read_inputs(folder))
    return documents.set_index("doc_id"), paragraphs


def test_url_comes_from_jsonl_and_csv_records(tmp_path):
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Minister Ilo Varn met General Pem Sato.", "url": "https://example.org/j1"})
        + "\n"
    )
    pd.DataFrame([{"id": "c1", "text": "Admiral Kai Dorn visited the port.", "url": "https://example.org/c1"}]).to_csv(
        tmp_path / "table.csv", index=False
    )
    documents, _ = _clean(tmp_path)
    assert documents.loc["j1", "url"] == "https://example.org/j1"
    assert documents.loc["c1", "url"] == "https://example.org/c1"


def test_url_header_line_of_a_text_file_is_metadata_not_text(tmp_path):
    (tmp_path / "a.txt").write_text(
        " date 2021-07-15 By Azernews\n\nURL: https://example.org/news/1\n\nMinister Ilo Varn met General Pem Sato.\n"
    )
    (tmp_path / "b.txt").write_text("Source: https://example.org/news/2\n\nAdmiral Kai Dorn visited the port.\n")
    (tmp_path / "c.txt").write_text("Admiral Kai Dorn visited the port.\n\nSource: a wire service\n")
    (tmp_path / "d.txt").write_text("One.\n\nTwo.\n\nThree.\n\nFour.\n\nURL: https://example.org/late\n")
    documents, paragraphs = _clean(tmp_path)
    assert documents.loc["a", "url"] == "https://example.org/news/1"
    assert documents.loc["b", "url"] == "https://example.org/news/2"
    assert documents.loc["c", "url"] is pd.NA and documents.loc["d", "url"] is pd.NA  # no URL / not in the header
    texts = paragraphs.groupby("doc_id")["text"].apply(list).to_dict()
    assert texts["a"] == ["Minister Ilo Varn met General Pem Sato."]
    assert texts["b"] == ["Admiral Kai Dorn visited the port."]
    assert texts["c"] == ["Admiral Kai Dorn visited the port."]  # (a `Source:` line is crawler junk)


def test_outlets_get_one_spelling_each():
    outlets = pd.Series(
        ["AZERNEWS", "Azernews", "azernews", "Daily Gazette", "daily gazette", "DAILY-GAZETTE", None, "Daily Gazette"]
    )
    out = clean.normalize_outlets(outlets).tolist()
    assert out[:3] == ["Azernews"] * 3  # a known outlet takes the spelling of models/outlets.txt
    assert out[3:6] == ["Daily Gazette"] * 3 and out[7] == "Daily Gazette"  # else the most frequent spelling
    assert pd.isna(out[6])


def test_every_meeting_row_carries_the_urls_of_all_its_reports():
    tables = dev_like_tables()
    meetings = tables["meetings"].drop(columns="source_urls")
    urls = export.source_urls(meetings, tables["documents"])
    by_row = dict(zip(zip(meetings["meeting_id"], meetings["doc_id"]), urls))
    both = ["https://news.example.az/a1", "https://trend.example.az/a2"]
    assert by_row[("MEETING:m1", "a1")] == both and by_row[("MEETING:m1", "a2")] == both
    assert by_row[("MEETING:m3", "a4")] == []  # its only report has no URL
    assert export.source_urls(meetings.iloc[:0], tables["documents"]).tolist() == []
