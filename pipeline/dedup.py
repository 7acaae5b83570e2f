"""Stage 2, dedup: cluster near-identical paragraphs and flag boilerplate.

Every paragraph gets a `cluster_id`; the cluster's canonical text (its earliest
member) is what the NLP stages analyse, once, and fan out to all members.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import pandas as pd

from pipeline import schema

MIN_BOILERPLATE_DOCUMENTS = 2


def fold_text(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used to compare paragraphs."""
    text = unicodedata.normalize("NFKD", text.casefold()).replace("ı", "i")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", text))


def text_hash(text: str, prefix: str = "") -> str:
    return prefix + hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def assign_clusters(paragraphs: pd.DataFrame) -> pd.Series:
    """Cluster key per paragraph (index-aligned). This version groups exact matches of the folded text."""
    return paragraphs["text"].map(lambda t: text_hash(fold_text(t), "c"))


def find_boilerplate(paragraphs: pd.DataFrame, documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cluster paragraphs and flag boilerplate.

    Args:
        paragraphs: doc_id, para_idx, text.
        documents: the documents table (for publication dates and outlets).

    Returns:
        (paragraphs with cluster_id, is_boilerplate and text_id; clusters table).
    """
    if paragraphs.empty:
        return schema.empty(schema.PARAGRAPHS), schema.empty(schema.CLUSTERS)
    meta = documents.set_index("doc_id")[["published", "outlet"]]
    paras = paragraphs.join(meta, on="doc_id")
    paras["cluster_id"] = assign_clusters(paras)
    # Earliest member first: it is the canonical text of its cluster.
    paras = paras.sort_values(["published", "doc_id", "para_idx"], na_position="last", kind="stable")
    groups = paras.groupby("cluster_id", sort=False)
    canonical = groups["text"].transform("first")
    paras["text_id"] = canonical.map(lambda t: text_hash(t, "t"))
    n_docs = groups["doc_id"].transform("nunique")
    paras["is_boilerplate"] = n_docs >= MIN_BOILERPLATE_DOCUMENTS

    multi = paras[groups["doc_id"].transform("size") > 1]
    clusters = (
        multi.groupby("cluster_id", sort=True)
        .agg(
            canonical_text=("text", "first"),
            n_paragraphs=("text", "size"),
            n_documents=("doc_id", "nunique"),
            outlets=("outlet", lambda s: sorted({o for o in s.dropna()})),
            first_published=("published", "min"),
            last_published=("published", "max"),
            is_boilerplate=("is_boilerplate", "first"),
        )
        .reset_index()
    )
    return schema.conform(paras, schema.PARAGRAPHS), schema.conform(clusters, schema.CLUSTERS)
