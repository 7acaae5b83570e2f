"""Shared text helpers: folded forms, slugs, content hashes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text import fold, fold_text, slug, text_hash


@pytest.mark.parametrize(
    "text_in, text_out",
    [
        ("Çavuşoğlu", "cavusoglu"),
        ("Yıldız", "yildiz"),  # the dotless i folds to i
        ("Jean-Luc O'Neil", "jean-luc o'neil"),  # punctuation kept
        # class: letters Unicode does not decompose were dropped, so "Bolesław" and "Boleslaw" were two people
        ("Bolesław Łuczak", "boleslaw luczak"),
        ("Støre", "store"),
        ("Đorđe", "dorde"),
    ],
)
def test_fold(text_in, text_out):
    assert fold(text_in) == text_out


@pytest.mark.parametrize(
    "text_in, text_out",
    [
        ("The  Ministry, of DEFENCE!", "the ministry of defence"),
        ("Çavuşoğlu met Yıldız_2", "cavusoglu met yildiz 2"),
        ("Bolesław met Støre", "boleslaw met store"),
        ("", ""),
    ],
)
def test_fold_text(text_in, text_out):
    assert fold_text(text_in) == text_out


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_folding_keeps_letters_and_digits_only(text):
    assert fold_text(text) == " ".join(re.findall(r"[^\W_]+", text.casefold()))


@pytest.mark.parametrize(
    "text_in, text_out",
    [
        ("Mira Kessel", "mira-kessel"),
        ("  Érik O'Dunn Jr. ", "erik-o-dunn-jr"),
        ("Кессель", "кессель"),  # no Latin letter: its own script
        ("!!!", "x"),
    ],
)
def test_slug(text_in, text_out):
    assert slug(text_in) == text_out


def test_text_hash_is_stable_short_and_prefixed():
    assert text_hash("a paragraph", "t") == text_hash("a paragraph", "t")
    assert re.fullmatch(r"t[0-9a-f]{16}", text_hash("a paragraph", "t"))
    assert text_hash("a paragraph") != text_hash("another paragraph")
