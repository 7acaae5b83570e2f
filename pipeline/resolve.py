"""Stage 4, resolve: one node per real entity across all documents.

Baseline: persons are keyed by their full name; a surname-only mention joins
the full name that ends with it in the same document. Other types are keyed by
their case-folded text.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

from pipeline import schema


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).replace("ı", "i")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def node_id(label: str, name: str) -> str:
    return f"{label}:{slug(name)}"


def _person_keys(mentions: pd.DataFrame) -> pd.Series:
    """Canonical name per PERSON mention: the fullest form in the document ending with the same surname."""
    keys = pd.Series(index=mentions.index, dtype="object")
    for _, group in mentions.groupby("doc_id", sort=False):
        names = group["text"].str.strip()
        full = sorted(set(names), key=lambda n: (-len(n.split()), n))
        for idx, name in names.items():
            surname = name.split()[-1] if name.split() else name
            keys[idx] = next((f for f in full if f.split()[-1] == surname), name)
    return keys


def resolve_entities(mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Link mentions to nodes.

    Args:
        mentions: fanned-out mentions (doc_id, para_idx, start, end, text, label, sent_idx, is_boilerplate).

    Returns:
        (mentions with node_id, nodes, entity edges such as HAS_RANK / HOLDS_TITLE).
    """
    mentions = mentions.copy()
    names = mentions["text"].astype(str).str.strip()
    is_person = mentions["label"] == "PERSON"
    names[is_person] = _person_keys(mentions[is_person])
    linkable = mentions["label"].isin(schema.ENTITY_TYPES)
    mentions["node_id"] = [
        node_id(label, name) if ok else None for label, name, ok in zip(mentions["label"], names, linkable)
    ]
    mentions["canonical"] = names

    linked = mentions[mentions["node_id"].notna()]
    rows = []
    for nid, group in linked.groupby("node_id", sort=True):
        surface = group["text"].astype(str).str.strip()
        name = max(group["canonical"], key=lambda n: (len(n), n))
        rows.append(
            {
                "node_id": nid,
                "type": group["label"].iloc[0],
                "name": name,
                "aliases": sorted(set(surface) - {name}),
                "country": None,
                "rank": None,
                "title": None,
                "n_mentions": len(group),
                "n_documents": group["doc_id"].nunique(),
            }
        )
    nodes = pd.DataFrame(rows, columns=schema.NODES.names)
    edges = pd.DataFrame(columns=schema.EDGES.names)
    return mentions.drop(columns=["canonical"]), nodes, edges
