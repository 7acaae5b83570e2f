"""Domain entities on a blank pipeline: titles, bodies, exercises, references; mention rows."""

from __future__ import annotations

import pytest
import spacy

from pipeline import ner
from pipeline.nlp import components


@pytest.fixture(scope="module")
def nlp_entities():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    components.add_entity_components(nlp)
    return nlp


def ents(doc, label):
    return [e.text for e in doc.ents if e.label_ == label]


def test_title_before_a_name(nlp_entities):
    doc = nlp_entities("Deputy Defence Minister Orhan Babayev visited the unit.")
    assert ents(doc, "TITLE") == ["Deputy Defence Minister"]
    assert ents(doc, "PERSON") == ["Orhan Babayev"]


def test_open_ended_title_ends_before_the_rank_and_keeps_its_body(nlp_entities):
    doc = nlp_entities("He met Commander of the Turkish Land Forces General Ahmet Yilmazoglu in Ankara.")
    assert ents(doc, "TITLE") == ["Commander of the Turkish Land Forces"]
    assert ents(doc, "RANK") == ["General"]
    assert ents(doc, "PERSON") == ["Ahmet Yilmazoglu"]
    assert [(s.text, s.id_) for s in doc.spans["meetgraph"]] == [("Turkish Land Forces", "Turkish Land Forces")]


def test_ministry_spellings_share_a_canonical_name(nlp_entities):
    names = set()
    for text in ("The Azerbaijani Defence Ministry said.", "The Ministry of Defense of Azerbaijan said.",
                 "Azerbaijan's Ministry of Defence said."):
        names |= {e.id_ for e in nlp_entities(text).ents if e.label_ == "ORG"}
    assert names == {"Ministry of Defence of Azerbaijan"}


def test_acronyms_are_case_sensitive(nlp_entities):
    assert ents(nlp_entities("The MoD said NATO agreed."), "ORG") == ["MoD", "NATO"]
    assert ents(nlp_entities("The mod said nato agreed."), "ORG") == []


def test_unseen_exercise_names_from_cues(nlp_entities):
    doc = nlp_entities("Troops took part in the Golden Lynx-2031 drills and the Silver Crane and Iron Heron exercises.")
    assert sorted(ents(doc, "EXERCISE")) == ["Golden Lynx-2031", "Iron Heron", "Silver Crane"]


def test_generic_drills_are_not_exercises(nlp_entities):
    doc = nlp_entities("Joint drills and live-fire exercises were held. The military exercises ended.")
    assert ents(doc, "EXERCISE") == []


def test_nominal_references(nlp_entities):
    doc = nlp_entities("The minister thanked his Turkish counterpart and the head of state.")
    assert ents(doc, "REF") == ["The minister", "his Turkish counterpart", "the head of state"]


def test_doc_mentions_carry_the_canonical_form(nlp_entities):
    rows = ner.doc_mentions(nlp_entities("Lt-Gen Orhan Babayev spoke."))
    by_label = {r["label"]: r for r in rows}
    assert by_label["RANK"]["norm"] == "Lieutenant General"
    assert by_label["PERSON"]["text"] == "Orhan Babayev"
    assert set(rows[0]) >= {"start", "end", "text", "label", "sent_idx", "norm"}


def test_model_person_spans_lose_titles_and_demonyms(nlp):
    doc = nlp("Turkish Defence Minister Orhan Babayev met Col-Gen Tural Qasimov in Baku on Monday.")
    assert "Orhan Babayev" in ents(doc, "PERSON")
    assert "Tural Qasimov" in ents(doc, "PERSON")
    assert all("Minister" not in p and "Col" not in p for p in ents(doc, "PERSON"))


def test_counterpart_before_a_name_is_a_post_not_a_reference(nlp_entities):
    doc = nlp_entities("He met his Azerbaijani counterpart Orhan Babayev.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "TITLE"] == [("his Azerbaijani counterpart", "counterpart")]
    assert ents(doc, "PERSON") == ["Orhan Babayev"]
