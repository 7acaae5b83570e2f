"""spaCy's rule lemmatizer, memoised on (word, POS, morphology) for the life of the pipeline.

A rule lemma depends only on the token's text, POS and morphological features, yet spaCy's `Lemmatizer`
recomputes it for every token (its own cache skips base forms, the most common case, and builds a
`MorphAnalysis` per token to look up the rest): 3% of the analysis time here. `LemmaMemo` reads the
three keys of a whole Doc with one `to_array`, asks the wrapped lemmatizer only for keys it has not seen,
and writes the lemmas back with one `from_array`. Lemmas are identical (tests/test_lemma_memo.py).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

MEMO_LIMIT = 200_000  # keys remembered before the memo starts afresh: bounded memory on any corpus


class LemmaMemo:
    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma hash

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings, memo = doc.vocab.strings, self.memo
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not lemmatizer.overwrite:
                continue  # set earlier (the attribute ruler's exceptions), as spaCy's lemmatizer leaves it
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                if len(memo) >= MEMO_LIMIT:
                    memo.clear()
                found = memo[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.astype(np.uint64))
        return doc

    def to_disk(self, path, *, exclude=tuple()) -> None:
        self.lemmatizer.to_disk(path, exclude=exclude)

    def from_disk(self, path, *, exclude=tuple()) -> LemmaMemo:
        self.lemmatizer.from_disk(path, exclude=exclude)
        return self


def memoise_rule_lemmatizer(nlp) -> None:
    """Swap a rule-mode `lemmatizer` for a `LemmaMemo` around it, in the same place of the pipeline."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    original = nlp.get_pipe("lemmatizer")
    if not isinstance(original, Lemmatizer) or original.mode != "rule":
        return
    names = nlp.pipe_names
    after = names[names.index("lemmatizer") - 1] if names.index("lemmatizer") > 0 else None
    nlp.remove_pipe("lemmatizer")
    place = {"after": after} if after else {"first": True}
    memo = nlp.add_pipe("meetgraph_lemma_memo", config={"overwrite": original.overwrite}, **place)
    memo.lemmatizer = original
