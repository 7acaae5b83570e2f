"""Small output tables shaped like a run on the development set (invented people, real countries), for the
SQL recipes of docs/sql.md, the explorer and the graph export tests. Every name here is made up."""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from pipeline import schema
from tests.analyst_tables import conform_rows as _conform

PERSONS = [
    # node_id slug, name, country, rank, title
    ("arif-kelbeyli", "Arif Kelbeyli", "Azerbaijan", "Colonel General", "Defence Minister"),
    ("selim-durmaz", "Selim Durmaz", "Turkey", "General", "Chief of General Staff"),
    ("nika-beridze", "Nika Beridze", "Georgia", None, "Defence Minister"),
    ("omar-qadri", "Omar Qadri", "Pakistan", "General", "Chief of Army Staff"),
    ("vugar-rustamzade", "Vugar Rustamzade", "Azerbaijani", None, "Ambassador"),  # a demonym, as the text gave it
    ("dana-vorel", "Dana Vorel", "Astana", None, "Military Attache"),  # a city: no country
]

DOCS = [
    # doc_id, published, outlet, url
    ("a1", "2021-07-15", "Azernews", "https://news.example.az/a1"),
    ("a2", "2021-07-16", "Trend", "https://trend.example.az/a2"),
    ("a3", "2022-03-02", "Azernews", "https://news.example.az/a3"),
    ("a4", "2022-03-20", "Anadolu Agency", None),
    ("a5", "2023-05-11", "Azernews", "https://news.example.az/a5"),
]

MEETINGS = [
    # meeting_id, doc_id, participants, host, date, location, mode, status, topics, evidence
    (
        "MEETING:m1",
        "a1",
        ["arif-kelbeyli", "selim-durmaz"],
        "arif-kelbeyli",
        "2021-07-14",
        "Baku",
        "in_person",
        "occurred",
        ["joint exercises", "military education"],
        "Defence Minister Arif Kelbeyli received Chief of General Staff Selim Durmaz in Baku on July 14.",
    ),
    (
        "MEETING:m1",
        "a2",
        ["arif-kelbeyli", "selim-durmaz"],
        "arif-kelbeyli",
        "2021-07-14",
        "Baku",
        "in_person",
        "occurred",
        ["joint exercises"],
        "Kelbeyli and Durmaz met in Baku on Wednesday.",
    ),
    (
        "MEETING:m2",
        "a3",
        ["arif-kelbeyli", "nika-beridze"],
        None,
        "2022-03-01",
        None,
        "phone",
        "occurred",
        ["regional security"],
        "Arif Kelbeyli held a phone conversation with Georgian Defence Minister Nika Beridze.",
    ),
    (
        "MEETING:m3",
        "a4",
        ["selim-durmaz", "omar-qadri", "arif-kelbeyli"],
        None,
        "2022-03-18",
        "Islamabad",
        "in_person",
        "occurred",
        ["joint exercises", "defence industry"],
        "Selim Durmaz, Omar Qadri and Arif Kelbeyli met in Islamabad on March 18.",
    ),
    (
        "MEETING:m4",
        "a5",
        ["arif-kelbeyli", "selim-durmaz"],
        None,
        "2023-05-10",
        "Ankara",
        "video",
        "occurred",
        ["defence industry"],
        "Kelbeyli and Durmaz held a video conference on May 10.",
    ),
    (
        "MEETING:m5",
        "a5",
        ["vugar-rustamzade", "dana-vorel"],
        "vugar-rustamzade",
        None,
        "Baku",
        "in_person",
        "planned",
        [],
        "Ambassador Vugar Rustamzade will receive attache Dana Vorel next month.",
    ),
]

RANK_EVENTS = [
    # person, rank, doc_id: Kelbeyli was a Lieutenant General in 2021, a Colonel General from 2022
    ("arif-kelbeyli", "Lieutenant General", "a1"),
    ("arif-kelbeyli", "Colonel General", "a3"),
    ("selim-durmaz", "General", "a1"),
    ("omar-qadri", "General", "a4"),
]


def dev_like_tables() -> dict[str, pd.DataFrame]:
    names = {slug: name for slug, name, *_ in PERSONS}
    nodes = [
        {
            "node_id": f"PERSON:{slug}",
            "type": "PERSON",
            "name": name,
            "aliases": [name.split()[-1]],
            "country": country,
            "rank": rank,
            "title": title,
            "n_mentions": 3,
            "n_documents": 2,
        }
        for slug, name, country, rank, title in PERSONS
    ]
    ranks = sorted({rank for _, rank, _ in RANK_EVENTS})
    nodes += [
        {
            "node_id": f"RANK:{r.lower().replace(' ', '-')}",
            "type": "RANK",
            "name": r,
            "aliases": [],
            "n_mentions": 1,
            "n_documents": 1,
        }
        for r in ranks
    ]
    nodes += [
        {
            "node_id": f"MEETING:m{i}",
            "type": "MEETING",
            "name": f"meeting {i}",
            "aliases": [],
            "n_mentions": 1,
            "n_documents": 1,
        }
        for i in range(1, 6)
    ]
    nodes += [
        {
            "node_id": "ORG:ministry-of-defence-of-azerbaijan",
            "type": "ORG",
            "name": "Ministry of Defence of Azerbaijan",
            "aliases": [],
            "country": "Azerbaijan",
            "n_mentions": 4,
            "n_documents": 3,
        }
    ]
    documents = [
        {
            "doc_id": d,
            "source_file": f"{d}.txt",
            "published": p,
            "outlet": o,
            "url": u,
            "n_paragraphs": 1,
            "status": "ok",
            "encoding": "utf-8",
        }
        for d, p, o, u in DOCS
    ]
    paragraphs = [
        {"doc_id": d, "para_idx": 0, "text": "x", "cluster_id": f"c-{d}", "is_boilerplate": False, "text_id": f"t-{d}"}
        for d, *_ in DOCS
    ]
    url = {d: u for d, _, _, u in DOCS}
    reporters: dict[str, set] = {}
    for mid, doc, *_ in MEETINGS:
        reporters.setdefault(mid, set()).add(doc)
    meetings, edges = [], []
    for mid, doc, parts, host, date, location, mode, status, topics, evidence in MEETINGS:
        ids = [f"PERSON:{p}" for p in parts]
        meetings.append(
            {
                "meeting_id": mid,
                "doc_id": doc,
                "participants": ids,
                "participant_names": [names[p] for p in parts],
                "host": f"PERSON:{host}" if host else None,
                "host_name": names.get(host),
                "date": date,
                "location": location,
                "mode": mode,
                "status": status,
                "topics": topics,
                "evidence": evidence,
                "confidence": 0.9,
                "para_idx": 0,
                "source_urls": sorted({url[d] for d in reporters[mid] if url[d]}),
            }
        )
        for a, b in combinations(sorted(ids), 2):
            edges.append(
                {
                    "source": a,
                    "target": b,
                    "relation": "MET",
                    "doc_id": doc,
                    "meeting_id": mid,
                    "date": date,
                    "evidence": evidence,
                    "confidence": 0.9,
                }
            )
        for p in ids:
            edges.append(
                {
                    "source": p,
                    "target": mid,
                    "relation": "ATTENDED",
                    "doc_id": doc,
                    "meeting_id": mid,
                    "date": date,
                    "evidence": evidence,
                    "confidence": 0.9,
                }
            )
    for person, rank, doc in RANK_EVENTS:
        edges.append(
            {
                "source": f"PERSON:{person}",
                "target": f"RANK:{rank.lower().replace(' ', '-')}",
                "relation": "HAS_RANK",
                "doc_id": doc,
            }
        )
    edges.append(
        {
            "source": "PERSON:arif-kelbeyli",
            "target": "ORG:ministry-of-defence-of-azerbaijan",
            "relation": "MEMBER_OF",
            "doc_id": "a1",
        }
    )
    return {
        "documents": _conform("documents", documents),
        "paragraphs": _conform("paragraphs", paragraphs),
        "clusters": schema.empty(schema.CLUSTERS),
        "nodes": _conform("nodes", nodes),
        "mentions": schema.empty(schema.MENTIONS),
        "edges": _conform("edges", edges),
        "meetings": _conform("meetings", meetings),
    }


def write_dev_like_output(folder) -> None:
    from pipeline import io

    io.write_tables(dev_like_tables(), folder)
