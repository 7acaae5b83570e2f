"""Gold records and the writer shared by the invented probe sets (tests/data/probe_*/make_probe.py).

Every probe article is invented; a set's make_probe.py lists its articles and calls `write_probe`, which writes
texts/<doc_id>.txt and gold.jsonl in the format of ../shared/eval/GOLD.md."""

import json
from pathlib import Path

PUBLISHED = "2024-05-10"


def header(day: str = PUBLISHED) -> str:
    """The crawl header a probe text starts with: its publication day and a byline."""
    return f" date {day} By Probe Wire\n\n"


def meeting(parts, host=None, date=None, location=None, mode="in_person", status="occurred") -> dict:
    return {
        "participants": parts,
        "host": host,
        "date": date,
        "location": location,
        "mode": mode,
        "status": status,
        "topics": [],
    }


def write_probe(root: Path, records) -> None:
    """`records`: dicts with doc_id and text (header included), and optionally published, persons, organizations
    and meetings."""
    (root / "texts").mkdir(exist_ok=True)
    with open(root / "gold.jsonl", "w") as out:
        for record in records:
            (root / "texts" / f"{record['doc_id']}.txt").write_text(record["text"] + "\n")
            gold = {
                "doc_id": record["doc_id"],
                "published": record.get("published", PUBLISHED),
                "persons": record.get("persons", []),
                "organizations": record.get("organizations", []),
                "exercises": [],
                "meetings": record.get("meetings", []),
                "boilerplate_paragraphs": [],
            }
            out.write(json.dumps(gold) + "\n")
