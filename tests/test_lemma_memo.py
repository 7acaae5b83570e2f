"""The memoised lemmatizer writes exactly the lemmas of spaCy's rule lemmatizer."""

from __future__ import annotations

import pytest

from pipeline.nlp.lemma_memo import LemmaMemo

TEXTS = [
    "The ministers met and discussed military cooperation in Baku on Monday.",
    "He was received by the President's deputies, who were meeting the visiting delegations.",
    "The sides had agreed to hold joint exercises; the drills are being planned for the better-trained units.",
    "She said the talks went well and that they would meet again, having signed two memoranda.",
]


@pytest.mark.parametrize("limit", [None, 5])
def test_memoised_lemmas_equal_spacys(english_model, monkeypatch, limit):
    if limit is not None:  # a memo that keeps starting afresh gives the same lemmas and stays small
        monkeypatch.setattr("pipeline.nlp.lemma_memo.MEMO_LIMIT", limit)
    lemmatizer = english_model.get_pipe("lemmatizer")
    memo = LemmaMemo(lemmatizer)
    with english_model.select_pipes(disable=["lemmatizer"]):
        docs = list(english_model.pipe(TEXTS * 2))  # repeated texts exercise the memo's hits
    expected = [[t.lemma_ for t in lemmatizer(d.copy())] for d in docs]
    got = [[t.lemma_ for t in memo(d.copy())] for d in docs]
    assert got == expected
    assert 0 < len(memo.memo) <= (limit or 10**6)  # it did remember


def test_lemmas_set_before_are_kept(english_model):
    memo = LemmaMemo(english_model.get_pipe("lemmatizer"))
    with english_model.select_pipes(disable=["lemmatizer"]):
        doc = english_model("The ministers met.")
    doc[1].lemma_ = "envoy"
    assert [t.lemma_ for t in memo(doc)][1] == "envoy"


def test_loader_puts_the_memo_where_the_lemmatizer_was(nlp):
    names = nlp.pipe_names
    assert "lemmatizer" not in names
    assert names.index("meetgraph_lemma_memo") == names.index("attribute_ruler") + 1
    assert nlp("The ministers met.")[1].lemma_ == "minister"
