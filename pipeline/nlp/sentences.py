"""Sentence boundaries the parser must not draw.

South Asian and Gulf outlets write a post with its acronym in brackets right before the holder's rank and
name: "called on Chief of Army Staff (COAS) General X at GHQ". The parser of the small English model takes the
capitalised word after ")" for the start of a new sentence, which cuts the person met, the place and the day off
the meeting verb. A bracketed acronym inside a sentence never ends it (a sentence that ends with one has its own
full stop after the bracket), so the token after it is marked as no sentence start before the parser runs;
spaCy's parser keeps boundaries set before it.
"""

from __future__ import annotations

from spacy.tokens import Doc

SENTENCE_END = frozenset(".!?")


def bracketed_acronym_ends(doc: Doc) -> list[int]:
    """Indexes of the tokens right after "(ACRONYM)" that is not itself after a sentence's end: "(COAS)" in
    "Chief of Army Staff (COAS) General X"; not "... ended. (AP) The talks ..."."""
    found = []
    for i in range(3, len(doc)):
        opening, acronym, closing = doc[i - 3], doc[i - 2], doc[i - 1]
        if opening.text != "(" or closing.text != ")":
            continue
        if not (acronym.is_upper and sum(c.isalpha() for c in acronym.text) >= 2):
            continue
        if i == 3 or doc[i - 4].text in SENTENCE_END or not doc[i].text[:1].isalpha():
            continue
        found.append(i)
    return found


def join_after_bracketed_acronyms(doc: Doc) -> Doc:
    for i in bracketed_acronym_ends(doc):
        doc[i].is_sent_start = False
    return doc
