"""token_strings reads exactly what the Token properties give."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, LOWER, ORTH, TAG

from pipeline.nlp import token_strings

TEXTS = [
    "Col-Gen Ana Petrova MET the Minister in Baku on 14 July; talks (video) went well.  ",
    "  Two  spaces\tand a tab,\n\nnew lines\u00a0and a no-break space ",
    "Ünal Öztürk’s délégation arrived. İstanbul hosted Efes-2022 drills.",
    "",
]


@pytest.mark.parametrize("limit", [None, 2])
@pytest.mark.parametrize("text", TEXTS)
def test_strings_equal_token_properties(nlp, monkeypatch, text, limit):
    if limit is not None:  # memos that keep starting afresh read the same strings
        monkeypatch.setattr(token_strings, "MEMO_LIMIT", limit)
    doc = nlp(text)
    for attr, name in [(ORTH, "text"), (LOWER, "lower_"), (TAG, "tag_"), (DEP, "dep_")]:
        assert token_strings.strings(doc, attr) == [getattr(t, name) for t in doc]
    assert token_strings.lowered_lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert token_strings.pos_names(doc) == [t.pos_ for t in doc]
    if limit is not None:
        assert len(token_strings._strings) <= max(limit, 0) + len(doc) + 1
