"""Pattern data in models/: well formed, and every rank spelling normalised to one full form."""

from __future__ import annotations

import pytest

from pipeline import resources
from pipeline.nlp import entities


@pytest.mark.parametrize("name", entities.PATTERN_FILES)
def test_pattern_file_has_one_label_and_ids(name):
    patterns = resources.read_jsonl(resources.models_dir() / "patterns" / name)
    assert patterns
    assert len({p["label"] for p in patterns}) == 1
    assert all(p.get("id") for p in patterns)


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("Col-Gen", "Colonel General"),
        ("Colonel-General", "Colonel General"),
        ("Colonel General", "Colonel General"),
        ("Lt-Gen", "Lieutenant General"),
        ("Lieutenant-General", "Lieutenant General"),
        ("Lieutenant General", "Lieutenant General"),
        ("Maj-Gen", "Major General"),
        ("Brig-Gen", "Brigadier General"),
        ("Gen", "General"),
        ("General", "General"),
        ("Army General", "Army General"),
        ("Corps General", "Corps General"),
        ("Rear Admiral", "Rear Admiral"),
        ("Rear-Admiral", "Rear Admiral"),
        ("Vice Admiral", "Vice Admiral"),
        ("Adm", "Admiral"),
        ("Col", "Colonel"),
        ("Lt-Col", "Lieutenant Colonel"),
        ("Capt", "Captain"),
        # national rank systems and translations (issue 13, class 7)
        ("General-Lieutenant", "Lieutenant General"),
        ("general-major", "Major General"),
        ("Squadron Admiral", "Squadron Admiral"),
        ("Lieutenant Admiral", "Lieutenant Admiral"),
        ("Air Chief Marshal", "Air Chief Marshal"),
        ("MGen", "Major General"),
        ("Rear Admiral (lower half)", "Rear Admiral (lower half)"),
        # a retired officer's mark in brackets stays with the rank
        ("Major General (retd)", "Major General"),
        ("Lt Gen (R)", "Lieutenant General"),
        ("Vice Admiral (retired)", "Vice Admiral"),
        ("Senior Lieutenant General", "Senior Lieutenant General"),
        ("Senior Colonel", "Senior Colonel"),
    ],
)
def test_rank_spellings_normalise_and_stay_out_of_the_name(nlp_entities, spelling, canonical):
    doc = nlp_entities(f"The delegation was led by {spelling} Orhan Babayev on Monday.")
    ranks = [(e.text, e.id_) for e in doc.ents if e.label_ == "RANK"]
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert ranks == [(spelling, canonical)]
    assert persons == ["Orhan Babayev"]


def test_general_staff_is_not_a_rank(nlp_entities):
    doc = nlp_entities("Officers of the General Staff attended.")
    assert not [e for e in doc.ents if e.label_ == "RANK"]
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["General Staff"]


@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        ("Minister of Defence Anna Weber met them.", "Minister of Defence", "Anna Weber"),
        ("Minister of National Defence Omar Kaya Demir spoke.", "Minister of National Defence", "Omar Kaya Demir"),
        ("Secretary of State Lars Hansen arrived.", "Secretary of State", "Lars Hansen"),
        ("Commander of the Special Forces Ivan Petrov visited.", "Commander of the Special Forces", "Ivan Petrov"),
        (
            "Special Representative for Central Asia Lars Hansen met him.",
            "Special Representative for Central Asia",
            "Lars Hansen",
        ),
    ],
)
def test_an_open_title_stops_where_its_holder_name_begins(nlp_entities, text, title, person):
    doc = nlp_entities(text)
    assert (title, "TITLE") in [(e.text, e.label_) for e in doc.ents]
    assert (person, "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_body_named_after_a_title_is_not_a_person(nlp_entities):
    doc = nlp_entities("The delegation was led by Chief of General Staff Intelligence Corps officers.")
    assert not [e for e in doc.ents if e.label_ == "PERSON"]


def test_a_title_ending_in_a_body_keeps_it(nlp_entities):
    doc = nlp_entities("He met the Commander of the Turkish Land Forces yesterday.")
    assert not [e for e in doc.ents if e.label_ == "PERSON"]
    assert any(e.text.endswith("Land Forces") for e in doc.ents)


def test_a_possessive_is_not_part_of_a_model_person(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("It followed President Anna Weber's instructions.")
    doc.ents = [Span(doc, 3, 6, label="PERSON")]  # the model's span, "'s" included
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ("Anna Weber", "PERSON") in [(e.text, e.label_) for e in doc.ents]


# --- issue 13: one gazetteer for every reader ---


def test_gazetteer_covers_the_un_members_with_demonyms_and_capitals():
    table = resources.gazetteer()["countries"]
    assert len(table) >= 193
    for country, entry in table.items():
        assert entry["cities"] and entry["cities"][0] == entry["capital"], country


def test_old_place_tables_are_views_of_the_gazetteer():
    forms = resources.read_json("countries.json")
    places = resources.read_json("meetings/places.json")["countries"]
    assert set(resources.gazetteer()["countries"]) <= set(forms) & set(places)
    assert "Chilean" in forms["Chile"] and "Santiago de Chile" in places["Chile"]["cities"]
    assert "NATO" in places  # alliances stand where a country would


def test_demonyms_and_names_get_their_labels(nlp_entities):
    doc = nlp_entities("Ecuadorian officers flew from Ecuador to Ulaanbaatar.")
    labels = [(e.text, e.label_, e.id_) for e in doc.ents]
    assert ("Ecuadorian", "NORP", "Ecuador") in labels
    assert ("Ecuador", "GPE", "Ecuador") in labels
    assert ("Ulaanbaatar", "GPE", "Ulaanbaatar") in labels


def test_forms_marked_ambiguous_are_not_tagged_by_pattern(nlp_entities):
    doc = nlp_entities("Victoria Lindqvist met them in Male.")
    assert not [e for e in doc.ents if e.label_ == "GPE"]


def test_every_data_file_has_a_header():
    for name in (
        "honorifics.txt",
        "not_name_words.txt",
        "headline_words.txt",
        "credit_cues.txt",
        "ship_words.txt",
        "name_particles.txt",
        "post_heads.txt",
        "not_body_words.txt",
        "news_outlets_world.txt",
    ):
        text = (resources.models_dir() / name).read_text(encoding="utf-8")
        assert text.startswith("#"), name
    assert resources.read_json("title_abbreviations.json")["_doc"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A statement by the Kolvarian Department of Defense said so.", "Department of Defense"),
        ("The Defence Department said so.", "Defence Department"),
        ("Officers of the Marine Corps and the Coast Guard said so.", "Marine Corps"),
        ("The Space Force said so.", "Space Force"),
        ("The Aerospace Forces said so.", "Aerospace Forces"),
        ("The PLA Navy said so.", "PLA Navy"),
        ("The PLA Rocket Force said so.", "PLA Rocket Force"),
    ],
)
def test_service_branches_and_defense_departments_are_bodies(nlp_entities, text, body):
    doc = nlp_entities(text)
    assert body in [e.text for e in doc.ents if e.label_ == "ORG"]
