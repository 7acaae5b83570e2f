"""Resolution on hand-built mention tables: joining names within and across documents, references, edges."""

from __future__ import annotations

import pandas as pd

from pipeline.resolve import resolve_entities


def mention_table(rows):
    """rows: (doc_id, para_idx, start, text, label[, norm])."""
    records = []
    for doc_id, para_idx, start, text, label, *norm in rows:
        records.append({"doc_id": doc_id, "para_idx": para_idx, "start": start, "end": start + len(text),
                        "text": text, "label": label, "sent_idx": 0, "is_boilerplate": False,
                        "norm": norm[0] if norm else text})
    return pd.DataFrame(records)


def person_nodes(mentions, nodes):
    people = mentions[mentions["label"] == "PERSON"]
    return dict(zip(people["text"] + "@" + people["doc_id"], people["node_id"]))


def test_surname_joins_the_full_name_in_the_document():
    m, nodes, _ = resolve_entities(mention_table([("d1", 0, 0, "Orhan Babayev", "PERSON"),
                                                  ("d1", 1, 0, "Babayev", "PERSON")]))
    ids = person_nodes(m, nodes)
    assert ids["Orhan Babayev@d1"] == ids["Babayev@d1"]
    assert nodes.loc[nodes["type"] == "PERSON", "aliases"].tolist() == [["Babayev"]]


def test_two_people_sharing_a_surname_stay_apart():
    m, _, _ = resolve_entities(mention_table([("d1", 0, 0, "Tural Qasimov", "PERSON"),
                                              ("d1", 0, 40, "Elnur Qasimov", "PERSON"),
                                              ("d1", 1, 0, "Qasimov", "PERSON")]))
    ids = person_nodes(m, None)
    assert ids["Tural Qasimov@d1"] != ids["Elnur Qasimov@d1"]
    assert ids["Qasimov@d1"] == ids["Elnur Qasimov@d1"]  # the latest one named


def test_transliterations_join_across_documents_but_other_first_names_do_not():
    m, _, _ = resolve_entities(mention_table([("d1", 0, 0, "Orhan Babayev", "PERSON"),
                                              ("d2", 0, 0, "Orxan Babaev", "PERSON"),
                                              ("d3", 0, 0, "Anar Babayev", "PERSON")]))
    ids = person_nodes(m, None)
    assert ids["Orhan Babayev@d1"] == ids["Orxan Babaev@d2"]
    assert ids["Anar Babayev@d3"] != ids["Orhan Babayev@d1"]


def test_rank_and_title_edges_and_a_reference():
    m, nodes, edges = resolve_entities(mention_table([
        ("d1", 0, 0, "Turkish", "NORP", "Turkey"),
        ("d1", 0, 8, "Defence Minister", "TITLE"),
        ("d1", 0, 25, "Col-Gen", "RANK", "Colonel General"),
        ("d1", 0, 33, "Orhan Babayev", "PERSON"),
        ("d1", 1, 0, "The minister", "REF"),
    ]))
    person = m.loc[m["label"] == "PERSON", "node_id"].iloc[0]
    assert m.loc[m["label"] == "REF", "node_id"].iloc[0] == person
    pairs = set(zip(edges["relation"], edges["source"], edges["target"]))
    assert ("HAS_RANK", person, "RANK:colonel-general") in pairs
    assert ("HOLDS_TITLE", person, "TITLE:defence-minister") in pairs
    assert nodes.set_index("node_id").loc[person, "country"] == "Turkey"


def test_reference_without_a_fitting_person_stays_unlinked():
    m, _, _ = resolve_entities(mention_table([("d1", 0, 0, "Orhan Babayev", "PERSON"),
                                              ("d1", 1, 0, "the ambassador", "REF")]))
    assert m.loc[m["label"] == "REF", "node_id"].isna().all()


def test_body_inside_a_title_gives_member_of_and_a_bare_body_joins_its_country_form():
    m, nodes, edges = resolve_entities(mention_table([
        ("d1", 0, 0, "Commander of the Turkish Land Forces", "TITLE"),
        ("d1", 0, 17, "Turkish Land Forces", "ORG", "Turkish Land Forces"),
        ("d1", 0, 37, "Ahmet Yilmazoglu", "PERSON"),
        ("d1", 1, 0, "Land Forces", "ORG", "Land Forces"),
    ]))
    person = m.loc[m["label"] == "PERSON", "node_id"].iloc[0]
    assert ("MEMBER_OF", person, "ORG:turkish-land-forces") in set(zip(edges["relation"], edges["source"],
                                                                       edges["target"]))
    assert set(m.loc[m["label"] == "ORG", "node_id"]) == {"ORG:turkish-land-forces"}
    assert nodes.set_index("node_id").loc["ORG:turkish-land-forces", "country"] == "Turkey"


def test_counterpart_takes_the_other_sides_title():
    _, _, edges = resolve_entities(mention_table([
        ("d1", 0, 0, "Defence Minister of Kazakhstan", "TITLE"),
        ("d1", 0, 31, "Daniyar Akhmetov", "PERSON"),
        ("d1", 0, 60, "his Azerbaijani counterpart", "TITLE"),
        ("d1", 0, 88, "Orhan Babayev", "PERSON"),
    ]))
    titles = set(zip(edges.loc[edges["relation"] == "HOLDS_TITLE", "source"],
                     edges.loc[edges["relation"] == "HOLDS_TITLE", "target"]))
    assert titles == {("PERSON:daniyar-akhmetov", "TITLE:defence-minister-of-kazakhstan"),
                      ("PERSON:orhan-babayev", "TITLE:defence-minister")}
