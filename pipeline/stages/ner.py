"""Stage 3, ner: run spaCy once per unique text and fan the results out to paragraphs.

`analyze_texts` is the only place spaCy runs. It takes the distinct texts to
analyse (one per dedup cluster) and returns text-level tables; `fan_out` copies
those rows to every paragraph that shares the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import numpy as np
import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import faults, resources, schema
from pipeline.nlp.frames import mention_role
from pipeline.nlp.language import ENGLISH
from pipeline.text import text_hash

# Text-level analysis tables (internal, keyed by text_id); the frames table is declared as `schema.FRAMES`.
TEXT_MENTION_COLUMNS = schema.TEXT_MENTIONS.names
FRAME_COLUMNS = schema.FRAMES.names
ERROR_COLUMNS = ["text_id", "error"]  # texts whose analysis raised (see `analyze_texts`)

# spaCy labels mapped to meetgraph entity types; others are dropped.
LABEL_MAP = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "DATE": "DATE",
    "RANK": "RANK",
    "TITLE": "TITLE",
    "EXERCISE": "EXERCISE",
    "REF": "REF",
    "NORP": "NORP",
}
# Labels whose span id is their canonical form (full rank, body with its country, country of a demonym).
NORM_FROM_ID = {"RANK", "ORG", "NORP", "GPE"}


def doc_mentions(doc: Doc) -> list[dict]:
    """Entity mentions of one Doc: character offsets, label and sentence index."""
    sent_starts = sorted(s.start_char for s in doc.sents)
    rows = []
    spans = list(doc.ents) + list(doc.spans.get("meetgraph", []))
    seen = set()
    for span in spans:
        label = LABEL_MAP.get(span.label_)
        key = (span.start_char, span.end_char, label)
        if label is None or key in seen:
            continue
        seen.add(key)
        sent_idx = sum(1 for s in sent_starts if s <= span.start_char) - 1
        end = span.end_char - _sentence_stop_in_name(span) if label == "PERSON" else span.end_char
        text = doc.text[span.start_char : end]
        rows.append(
            {
                "start": span.start_char,
                "end": end,
                "text": text,
                "label": label,
                "sent_idx": sent_idx,
                "norm": (span.id_ if label in NORM_FROM_ID else None) or text,
                "role": mention_role(span),
            }
        )
    return rows


def _sentence_stop_in_name(span) -> int:
    """1 where a name's last word is one the tokenizer keeps with its stop (a month's abbreviation: "Admiral Ivo
    Jun.") at the end of a sentence: the stop ends the sentence, not the name; else 0. A suffix keeps its stop."""
    last = span[-1]
    word = last.text[:-1]
    return int(
        last.text.endswith(".")
        and len(word) >= 2
        and word.isalpha()
        and last.is_sent_end
        and word.casefold() not in resources.name_suffixes()
    )


_FRAME_DEFAULTS = {c.name: c.default for c in schema.FRAMES.columns if c.default is not schema.REQUIRED}


def frames_table(rows: list[dict]) -> pd.DataFrame:
    """Frame rows (`text_id`, `frame_idx` and the fields of one frame) as the typed frames table of
    `schema.FRAMES`. A field a frame leaves out takes its declared default; a field the spec does not
    declare, or a value that cannot take its declared type, raises."""
    if not rows:
        return schema.empty(schema.FRAMES)
    table = pd.DataFrame([{**_FRAME_DEFAULTS, **row} for row in rows])
    undeclared = sorted(set(table.columns) - set(schema.FRAMES.names))
    if undeclared:
        raise ValueError(f"frame fields not declared in schema.FRAMES: {undeclared}")
    kinds = sorted(set(table["kind"].dropna()) - set(schema.FRAME_KINDS)) if "kind" in table else []
    if kinds:
        raise ValueError(f"frame kinds not in schema.FRAME_KINDS: {kinds}")
    return schema.conform(table, schema.FRAMES)


_LEAD_CAPS = re.compile(r"([A-Z]{2,})(?= [A-Za-z])")


@cache
def _lead_caps_words() -> frozenset[str]:
    return frozenset(resources.read_lines("lead_caps_words.txt"))


def lead_caps_folded(text: str) -> str:
    """A story's opening word set in capitals ("MINISTER for Home Affairs X met ...") with an initial capital only,
    as the model knows it (models/lead_caps_words.txt; the same length, so every offset holds)."""
    m = _LEAD_CAPS.match(text)
    if m is None or m.group(1).lower() not in _lead_caps_words():
        return text
    return m.group(1).capitalize() + text[m.end() :]


def _docs(
    texts: pd.DataFrame, nlp: Language, batch_size: int, n_process: int
) -> Iterator[tuple[str, Doc | None, str | None]]:
    """(text_id, Doc, None) per text, or (text_id, None, error) for a text spaCy fails on.

    `nlp.pipe` works on batches, so a text that raises takes its batch down: that batch is analysed again
    one text at a time, each on its own, and `pipe` resumes after it.
    """
    ids, strs = texts["text_id"].tolist(), [lead_caps_folded(t) for t in texts["text"].tolist()]
    start = 0
    while start < len(strs):
        done = start
        try:
            for doc in nlp.pipe(strs[start:], batch_size=batch_size, n_process=n_process):
                yield ids[done], doc, None
                done += 1
            return
        except Exception:  # noqa: BLE001 - one bad text must not cost the others
            end = min(done + batch_size, len(strs))
            for i in range(done, end):
                try:
                    doc = nlp(strs[i])
                except Exception as exc:  # noqa: BLE001
                    yield ids[i], None, faults.describe(exc)
                else:
                    yield ids[i], doc, None
            start = end


def _text_rows(text_id: str, doc: Doc) -> tuple[list[dict], list[dict]]:
    faults.injected_text("ner", doc.text)
    mentions = [{"text_id": text_id, **m} for m in doc_mentions(doc)]
    # a pipeline without the frames component (a user's own, a test's) yields no frames rather than an error
    told = doc._.meeting_frames if Doc.has_extension("meeting_frames") else None
    frames = [{"text_id": text_id, "frame_idx": i, **frame} for i, frame in enumerate(told or [])]
    return mentions, frames


def analyze_texts(
    texts: pd.DataFrame,
    nlp: Language,
    batch_size: int = 32,
    n_process: int = 1,
    progress: Iterable | None = None,
) -> dict[str, pd.DataFrame]:
    """Analyse each distinct text once.

    Args:
        texts: `text_id`, `text`, one row per distinct text.
        nlp: a pipeline from `pipeline.nlp.loader.load_nlp`.

    Returns:
        {"text_mentions": ..., "frames": ..., "errors": ...} keyed by text_id, the frames typed as
        `schema.FRAMES` (see `frames_table`). A text whose analysis raised
        has no rows but one in `errors` (`text_id`, `error`: exception type and message); the others are
        unaffected (see `pipeline.faults`).
    """
    mention_rows, frame_rows, error_rows = [], [], []
    for text_id, doc, error in _docs(texts, nlp, batch_size, n_process):
        if doc is not None:
            try:
                mentions, frames = _text_rows(text_id, doc)
            except Exception as exc:  # noqa: BLE001
                error = faults.describe(exc)
            else:
                mention_rows.extend(mentions)
                frame_rows.extend(frames)
        if error is not None:
            error_rows.append({"text_id": text_id, "error": error})
        if progress is not None:
            progress.update(1)
    return {
        "text_mentions": pd.DataFrame(mention_rows, columns=TEXT_MENTION_COLUMNS),
        "frames": frames_table(frame_rows),
        "errors": pd.DataFrame(error_rows, columns=ERROR_COLUMNS),
    }


def unique_texts(paragraphs: pd.DataFrame, clusters: pd.DataFrame | None = None) -> pd.DataFrame:
    """The distinct texts to analyse: one per text_id of the English paragraphs, the cluster's canonical text
    where the paragraph is analysed as it (see `dedup.find_boilerplate`), else the paragraph's own."""
    return Texts(text_rows(paragraphs, clusters), lambda at: paragraphs["text"].iloc[at]).whole()


def text_rows(paragraphs: pd.DataFrame, clusters: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per distinct text to analyse (`unique_texts`), in its order, without the paragraphs' text: `text_id`,
    `row` (the position in `paragraphs` of the first English paragraph of that text_id) and `canonical` (the
    cluster's canonical text where the text is analysed as it, else None). `paragraphs` needs only its keys
    (`text_id`, `cluster_id`, `language`): a run reads its text a chunk of texts at a time (`Texts`)."""
    rows = np.arange(len(paragraphs))
    if "language" in paragraphs.columns:  # (`english`, as positions)
        rows = rows[paragraphs["language"].fillna(ENGLISH).eq(ENGLISH).to_numpy(dtype=bool)]
    keys = paragraphs[["text_id", "cluster_id"]].iloc[rows]
    first = ~keys["text_id"].duplicated().to_numpy()  # (the rows themselves taken once)
    keys = keys[first].reset_index(drop=True)
    texts = pd.DataFrame({"text_id": keys["text_id"], "row": rows[first], "canonical": None}, columns=TEXT_ROWS)
    if clusters is not None and len(clusters):
        # only the rows of a cluster with more than one paragraph can be analysed as its canonical text
        at = np.flatnonzero(keys["cluster_id"].isin(clusters["cluster_id"]).to_numpy())
        canonical = keys["cluster_id"].iloc[at].map(clusters.set_index("cluster_id")["canonical_text"])
        as_canonical = canonical.notna() & keys["text_id"].iloc[at].eq(canonical.map(_text_id, na_action="ignore"))
        if as_canonical.any():
            texts.loc[as_canonical.index[as_canonical.to_numpy()], "canonical"] = canonical[as_canonical]
    return texts


TEXT_ROWS = ["text_id", "row", "canonical"]


class Texts:
    """The distinct texts to analyse (`unique_texts`), read a chunk at a time: `rows` (`text_rows`) and `read`, which
    gives the paragraphs' text at some positions (a Series, in their order). `chunk(start, stop)` is
    `unique_texts(...).iloc[start:stop]`: the analysis holds one chunk's text, not the corpus's (a run reads it
    from the spilled paragraphs, `spill.Spilled.rows_at`)."""

    def __init__(self, rows: pd.DataFrame, read: Callable[[np.ndarray], pd.Series]):
        self.rows, self.read = rows, read

    def __len__(self) -> int:
        return len(self.rows)

    def chunk(self, start: int, stop: int) -> pd.DataFrame:
        rows = self.rows.iloc[start:stop]
        text = self.read(rows["row"].to_numpy())
        texts = pd.DataFrame({"text_id": rows["text_id"], "text": pd.Series(text.array, index=rows.index)})
        canonical = rows["canonical"].notna()
        if canonical.any():  # (set in place: the other texts are not made again)
            texts.loc[canonical.index[canonical.to_numpy()], "text"] = rows["canonical"][canonical]
        return texts

    def whole(self) -> pd.DataFrame:
        return self.chunk(0, len(self))


def _text_id(text: str) -> str:
    return text_hash(text, "t")


def english(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The paragraphs the English analysis reads: all but those `language` marks as another language."""
    if "language" not in paragraphs.columns:
        return paragraphs
    return paragraphs[paragraphs["language"].fillna(ENGLISH).eq(ENGLISH).to_numpy(dtype=bool)]


def fan_out(text_mentions: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Mentions per paragraph: every English paragraph gets the mentions of the text it was analysed as."""
    keys = english(paragraphs)[["doc_id", "para_idx", "text_id", "is_boilerplate"]]
    return (
        keys.merge(text_mentions, on="text_id", how="inner")
        .sort_values(["doc_id", "para_idx", "start", "end", "label"], kind="stable")
        .reset_index(drop=True)
    )
