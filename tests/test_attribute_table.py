"""AttributeTable must find exactly the matches of spaCy's Matcher-based AttributeRuler."""

from __future__ import annotations

import pytest
from spacy.pipeline import AttributeRuler

from pipeline.nlp.attribute_table import AttributeTable

TEXTS = [
    "The minister didn't say whether he'd meet them, 'cause y'all ain't ready.",
    "  Delegations   met\n\nin the capital ;  talks were held  ",
    "I'm sure it's the ambassador's car, isn't it? They've gone and we're late.",
]


@pytest.fixture(scope="module")
def rulers(nlp):
    table = nlp.get_pipe("attribute_ruler")
    assert isinstance(table, AttributeTable)
    matcher_ruler = AttributeRuler(nlp.vocab)
    matcher_ruler.add_patterns(table.patterns)
    return matcher_ruler, table


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_the_matcher_ruler(nlp, rulers, text):
    matcher_ruler, table = rulers
    doc = nlp(text)
    expected = matcher_ruler.match(doc)
    assert expected  # the model's patterns do fire on these texts
    assert table.match(doc) == expected


def test_unsupported_pattern_falls_back_to_the_matcher(nlp_blank):
    table = AttributeTable(nlp_blank.vocab)
    table.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "x"})
    doc = nlp_blank("a a b")
    table(doc)
    assert [t.lemma_ for t in doc] == ["x", "x", ""]


ANNOTATED = ["POS", "TAG", "MORPH", "LEMMA", "DEP"]


@pytest.mark.parametrize(
    "text",
    TEXTS
    + [
        "Y'all gonna see: there is a meeting, there's talk, c'mon, let's go, we gotta ask if it ain't so.",
        "Gon na meet? y' all",  # multi-token patterns split over several tokens, and at the end of a doc
    ],
)
@pytest.mark.parametrize("limit", [None, 3])
def test_same_annotations_as_the_matcher_ruler_twice(nlp, rulers, text, monkeypatch, limit):
    """`__call__` writes what AttributeRuler writes, on a cold and on a warm memo, and on one that keeps
    starting afresh (then it stays within its limit)."""
    if limit is not None:
        monkeypatch.setattr("pipeline.nlp.attribute_table.MEMO_LIMIT", limit)
    matcher_ruler, table = rulers[0], AttributeTable(nlp.vocab)
    table.add_patterns(matcher_ruler.patterns)
    upto = nlp.pipe_names.index("attribute_ruler")
    with nlp.select_pipes(enable=nlp.pipe_names[:upto]):
        expected = matcher_ruler(nlp(text)).to_array(ANNOTATED)
        assert (expected != nlp(text).to_array(ANNOTATED)).any()  # the ruler does change something here
        for _ in range(2):
            assert (table(nlp(text)).to_array(ANNOTATED) == expected).all()
    assert len(table._row_memo) <= (limit or 10**6)


def test_later_patterns_override_earlier_ones_and_indices_count_from_either_end(nlp_blank):
    table, ruler = AttributeTable(nlp_blank.vocab), AttributeRuler(nlp_blank.vocab)
    for r in (table, ruler):
        r.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=-1)
        r.add([[{"LOWER": "gon"}]], {"LEMMA": "go", "POS": "VERB"})
        r.add([[{"LOWER": "gon"}]], {"LEMMA": "going"})
    for text in ["gon na", "na gon", "gon gon na na"]:
        assert [(t.lemma_, t.pos_) for t in table(nlp_blank(text))] == [
            (t.lemma_, t.pos_) for t in ruler(nlp_blank(text))
        ]
    assert [t.lemma_ for t in table(nlp_blank("gon na"))] == ["going", "to"]
