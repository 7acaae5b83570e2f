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
