"""The sentence guard: no sentence starts right after a bracketed acronym inside a sentence."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.sentences import bracketed_acronym_ends


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("He called on Chief of Naval Staff ( CNS ) Admiral Tomasz Wrona .", ["Admiral"]),
        ("The Joint Staff ( JS ) and the Navy ( PN ) met .", ["and", "met"]),
        ("Talks ended . ( AP ) The minister left .", []),
        ("He met the chief ( see below ) General Ama Owusu .", []),
        ("He met the envoy ( Mr ) Tarek Hamdani .", []),
        ("( COAS ) General Ama Owusu spoke .", []),
    ],
)
def test_bracketed_acronym_ends(text, after):
    doc = spacy.blank("en").make_doc(text)
    assert [doc[i].text for i in bracketed_acronym_ends(doc)] == after


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Separately, Maj Gen Ama Owusu also met Chairman Joint Chiefs of Staff Committee (CJCSC) General Tomasz "
        "Wrona at the Joint Staff Headquarters, where the two discussed training.",
        "Lt Gen Ama Owusu met Chief of Army Staff (COAS) General Rizal Harun in Rawalpindi on Monday.",
    ],
)
def test_the_pipeline_keeps_a_post_with_its_acronym_and_the_holder_in_one_sentence(nlp, text):
    """Both are cut in two at ")" by the small English model's parser on its own."""
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.slow
def test_the_guard_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("meetgraph_sentence_guard") == names.index("parser") - 1
