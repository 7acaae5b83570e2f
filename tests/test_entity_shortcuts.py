"""The entity rules' shortcuts (tokens that cannot start an honorific or end a credit cue are skipped) give what
the plain tests give, on invented text."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from pipeline.nlp import entities

TEXTS = [
    "Dr. Anna Berg met Tan Sri Ali Osman, Dato' Lee and Dato' Seri Musa Kassim in Tal on Monday.",
    "Mr Kel and Mrs. Kel greeted Sheikh Omar. Puan Sri Nor... Dr Dr. Sir",
    "Datuk Seri Wan, Dato Sri Ahmad and Toh Puan Rahmah arrived; Dato.",
    "(Reporting by Ivo Lind and Ana Mer; Editing by Tom Vale) Photo: Rui Sol / Agency. Photos by Eda Kir",
    "",
]


def _plain_honorific_length(doc, i: int) -> int:
    for n in (4, 3, 2, 1):
        if i + n <= len(doc) and doc[i : i + n].text.rstrip(".") in entities.honorifics():
            return n
    return 0


def _plain_credited(span: Span) -> bool:
    doc, i = span.doc, span.start
    while i > 0 and span.start - i < 12:
        for cue in entities.credit_cues():
            n = len(cue)
            if i - n >= 0 and tuple(t.lower_ for t in doc[i - n : i]) == cue:
                return True
        prev = doc[i - 1]
        if not (prev.text in {",", "and", ";"} or prev.text[:1].isupper() or prev.text == "-"):
            return False
        i -= 1
    return False


def test_honorific_length_and_credited_match_the_plain_tests():
    nlp = spacy.blank("en")
    found = credited = 0
    for text in TEXTS:
        doc = nlp(text)
        for i in range(len(doc)):
            assert entities.honorific_length(doc, i) == _plain_honorific_length(doc, i), (text, i)
            found += entities.honorific_length(doc, i) > 0
            for end in range(i + 1, min(len(doc), i + 4) + 1):
                span = doc[i:end]
                assert entities._credited(span) == _plain_credited(span), (text, span.text)
                credited += entities._credited(span)
        assert entities.honorific_length(doc, len(doc)) == 0
    assert found >= 12 and credited >= 5  # the texts exercise both
