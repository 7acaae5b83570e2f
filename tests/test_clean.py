import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import clean, schema


@pytest.mark.parametrize(
    "text_in, text_out",
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("\u2018quoted\u2019 and \u201cdouble\u201d", "'quoted' and \"double\""),
        ("Azerbaijan\u2019s army", "Azerbaijan's army"),
        ("non\u00a0breaking  space", "non breaking space"),
        ("  trailing \t", "trailing"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("Col\u2013Gen", "Col-Gen"),
        ("e\u0301", "\u00e9"),  # NFC
        ("line\n\u00a0\nnext", "line\n\nnext"),  # a blank line holding only a NBSP
    ],
)
def test_normalize_text(text_in, text_out):
    assert clean.normalize_text(text_in) == text_out


@pytest.mark.parametrize(
    "line, expected",
    [
        (" date 2021-07-15 By Azernews", {"published": "2021-07-15", "outlet": "Azernews", "author": None}),
        ("date 2022-06-21 By News.az", {"published": "2022-06-21", "outlet": "News.az", "author": None}),
        ("By Vugar Khalilov", {"published": None, "outlet": None, "author": "Vugar Khalilov"}),
        ("By Azernews", {"published": None, "outlet": "Azernews", "author": None}),
        ("By SomeSite.com", {"published": None, "outlet": "SomeSite.com", "author": None}),
        ("date 2023-02-30 By Trend", {"published": None, "outlet": "Trend", "author": None}),
        ("Defence Minister Zakir Hasanov met his counterpart.", None),
        ("By the end of the year, the two sides will sign a deal.", None),
    ],
)
def test_parse_header(line, expected):
    assert clean.parse_header(clean.normalize_text(line)) == expected


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("Bağcı met Güler".encode("utf-8"), "utf-8"),
        ("\ufeffBağcı met Güler".encode("utf-8"), "utf-8-sig"),
        ("Bağcı met Güler".encode("utf-16"), "utf-16"),
    ],
)
def test_decode_bytes_unicode(data, encoding):
    text, found = clean.decode_bytes(data)
    assert text == "Bağcı met Güler"
    assert found == encoding


def test_decode_bytes_detects_legacy_single_byte():
    text = "The delegation of Hungary met in Budapest. Szalay-Bobrovniczky praised the Türkiye ties. " * 5
    text, encoding = clean.decode_bytes(text.encode("latin-1"))
    assert "Türkiye" in text
    assert encoding != "utf-8"


@pytest.mark.parametrize(
    "text, paragraphs",
    [
        ("a\n\nb", ["a", "b"]),
        ("a\n \n\n\nb\n", ["a", "b"]),
        ("one\nline two\n\nb", ["one line two", "b"]),
        ("+ \u21ba \u2212 16 px\n\nText.", ["Text."]),
        ("Text.\n\nsite.az", ["Text."]),
        ("", []),
    ],
)
def test_split_paragraphs(text, paragraphs):
    assert clean.split_paragraphs(clean.normalize_text(text)) == paragraphs


def test_split_paragraphs_caps_length():
    block = ("word " * 30 + ". ") * 2000
    parts = clean.split_paragraphs(block)
    assert len(parts) > 1
    assert all(len(p) <= clean.MAX_PARAGRAPH_CHARS for p in parts)


def _raw(**files: bytes) -> pd.DataFrame:
    return pd.DataFrame(
        [{"doc_id": k, "source_file": f"{k}.txt", "content": v, "error": None} for k, v in files.items()]
    )


def test_clean_documents_tables():
    raw = _raw(
        a=b" date 2021-07-15 By Azernews\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n\r\nNews.Az",
        b=b"By Vugar Khalilov\n\nOnly paragraph.",
        empty=b"   \n",
        binary=b"\x00\x01\x02\x03junk",
    )
    documents, paragraphs = clean.clean_documents(raw)
    assert schema.validate(documents, schema.DOCUMENTS) == []
    docs = documents.set_index("doc_id")
    assert docs.loc["a", "published"] == "2021-07-15"
    assert docs.loc["a", "outlet"] == "Azernews"
    assert docs.loc["b", "author"] == "Vugar Khalilov"
    assert docs.loc["a", "n_paragraphs"] == 2
    assert docs.loc["empty", "status"] == "skipped" and "empty" in docs.loc["empty", "error"]
    assert docs.loc["binary", "status"] == "skipped" and "binary" in docs.loc["binary", "error"]
    assert paragraphs[paragraphs["doc_id"] == "a"]["text"].tolist() == ["First paragraph.", "Second paragraph."]


@given(st.text(max_size=300))
def test_normalize_text_is_idempotent(text):
    once = clean.normalize_text(text)
    assert clean.normalize_text(once) == once


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80), max_size=8))
def test_split_paragraphs_never_returns_blank(blocks):
    paragraphs = clean.split_paragraphs(clean.normalize_text("\n\n".join(blocks)))
    assert all(p.strip() == p and p for p in paragraphs)
