"""Input formats: plain text in each common encoding, HTML, JSONL and CSV, to the raw table clean takes."""

import json

import pytest

from pipeline.io import readers
from pipeline.stages import clean

SENTENCE = "Le ministre a reçu l'ambassadeur à Bakou; café, résumé."


def _clean(folder, **columns):
    raw = readers.read_inputs(folder, readers.Columns(**columns))
    documents, paragraphs = clean.clean_documents(raw)
    return documents.set_index("doc_id"), paragraphs


@pytest.mark.parametrize(
    "encoding, data",
    [
        ("utf-8", SENTENCE.encode("utf-8")),
        ("utf-8-sig", SENTENCE.encode("utf-8-sig")),
        ("utf-16", SENTENCE.encode("utf-16")),
        ("cp1252", SENTENCE.encode("cp1252")),
        ("latin-1", SENTENCE.encode("latin-1")),
    ],
)
def test_text_in_each_encoding_decodes_to_the_same_text(tmp_path, encoding, data):
    (tmp_path / "doc.txt").write_bytes(data)
    documents, paragraphs = _clean(tmp_path)
    assert documents.loc["doc", "status"] == "ok"
    assert paragraphs["text"].tolist() == [clean.normalize_text(SENTENCE)]


def test_html_main_text_without_navigation(tmp_path):
    body = " ".join(["The defence minister met his counterpart in Ankara to discuss training."] * 3)
    html = (
        "<html><head><title>t</title><script>var secret = 1;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News menu</a></nav>"
        f"<article><h1>Talks</h1><p>{body}</p><p>Both sides signed a memorandum on education.</p></article>"
        "<footer>Copyright footer text</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    documents, paragraphs = _clean(tmp_path)
    assert documents.loc["page", "status"] == "ok"
    text = " ".join(paragraphs["text"])
    assert "counterpart in Ankara" in text and "memorandum" in text
    assert "secret" not in text and "News menu" not in text
    assert len(paragraphs) >= 2  # one paragraph per <p>


def test_html_without_text_is_skipped_with_reason(tmp_path):
    (tmp_path / "blank.htm").write_text("<html><body><script>x()</script></body></html>")
    documents, _ = _clean(tmp_path)
    assert documents.loc["blank", "status"] == "skipped"
    assert "no main text" in documents.loc["blank", "error"]


def test_jsonl_records_with_metadata_and_bad_lines(tmp_path):
    lines = [
        json.dumps(
            {
                "id": "a/../../etc",
                "text": "General Aliyev met Colonel Smith.",
                "date": "2021-07-15T10:00",
                "outlet": "Azernews",
                "url": "https://example.org/a",
            }
        ),
        "{broken",
        json.dumps({"id": "b", "body": "no text field"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Second record without id.", "date": "today"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, paragraphs = _clean(tmp_path)
    ok = documents[documents["status"] == "ok"]
    assert sorted(ok.index) == ["a_.._.._etc", "feed-5"]  # ids are labels, never paths
    assert ok.loc["a_.._.._etc", "published"] == "2021-07-15"
    assert ok.loc["a_.._.._etc", "outlet"] == "Azernews"
    assert documents.loc["feed-5", "published"] is None or str(documents.loc["feed-5", "published"]) == "<NA>"
    skipped = documents[documents["status"] == "skipped"]["error"].tolist()
    assert len(skipped) == 3
    assert any("invalid JSON" in e for e in skipped) and any("not a JSON object" in e for e in skipped)


def test_csv_with_named_columns(tmp_path):
    (tmp_path / "export.csv").write_text(
        'article_id,body,source\n1,"The minister received the ambassador.\n\nThey discussed trade.",Trend\n'
        '2,"' + "x" * 200_000 + '",Trend\n',
        encoding="utf-8",
    )
    documents, paragraphs = _clean(tmp_path, text="body", id="article_id", outlet="source")
    assert documents.loc["1", "outlet"] == "Trend"
    assert (documents["status"] == "ok").all()  # a field beyond csv's default size limit still reads
    assert paragraphs.loc[paragraphs["doc_id"] == "1", "text"].tolist() == [
        "The minister received the ambassador.",
        "They discussed trade.",
    ]


def test_csv_without_text_column_is_one_skipped_row(tmp_path):
    (tmp_path / "x.csv").write_text("a,b\n1,2\n")
    documents, _ = _clean(tmp_path)
    assert documents["status"].tolist() == ["skipped"]
    assert "--text-column" in documents["error"].iloc[0]


def test_nested_folders_and_duplicate_stems_get_unique_ids(tmp_path):
    for sub in ("a", "a/b", "c"):
        (tmp_path / sub).mkdir(parents=True, exist_ok=True)
        (tmp_path / sub / "same.txt").write_text(f"Text in {sub}.")
    (tmp_path / ".hidden.txt").write_text("ignored")
    (tmp_path / "notes.md").write_text("not an article format")
    raw = readers.read_inputs(tmp_path)
    assert raw["source_file"].tolist() == ["a/b/same.txt", "a/same.txt", "c/same.txt", "notes.md"]
    assert raw["error"].iloc[:3].isna().all() and "unsupported file type .md" in raw["error"].iloc[3]
    assert raw["doc_id"].is_unique
