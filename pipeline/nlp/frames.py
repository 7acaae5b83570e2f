"""Meeting frames read off a parsed Doc.

A frame is a dict describing one reported encounter:
    sent_idx: sentence index in the Doc
    trigger: the word that reports the meeting
    participants: [[start, end], ...] character spans of the participants
    host: [start, end] or None
    location: [start, end] or None
    date_text: text of the date expression, or None
    mode: in_person | phone | video
    status: occurred | planned | cancelled
    topics: [str]
    evidence: the sentence text
    confidence: float

This baseline pairs every PERSON entity in a sentence that has a meeting verb.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from pipeline import resources


@lru_cache(maxsize=None)
def meeting_lemmas() -> frozenset[str]:
    return frozenset(resources.read_lines("meeting_verbs.txt"))


def extract_frames(doc: Doc) -> list[dict]:
    frames = []
    lemmas = meeting_lemmas()
    for sent_idx, sent in enumerate(doc.sents):
        persons = [e for e in sent.ents if e.label_ == "PERSON"]
        if len(persons) < 2:
            continue
        trigger = next((t for t in sent if t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in lemmas), None)
        if trigger is None:
            continue
        frames.append(
            {
                "sent_idx": sent_idx,
                "trigger": trigger.text,
                "participants": [[e.start_char, e.end_char] for e in persons],
                "host": None,
                "location": None,
                "date_text": None,
                "mode": "in_person",
                "status": "occurred",
                "topics": [],
                "evidence": sent.text,
                "confidence": 0.5,
            }
        )
    return frames
