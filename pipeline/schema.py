"""The output contract: every table meetgraph writes, its columns, types and meaning.

Stages, the writer, the docs test and the tests import this module instead of
repeating column names. Columns may be added; none may be renamed or dropped.
The internal tables one stage hands the next are declared here too (`WORK_TABLES`, the frames: `FRAMES`).
"""

from __future__ import annotations

import json
import operator
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

# Logical types. "list" columns hold lists of strings (JSON arrays in CSV).
STRING, INT, FLOAT, BOOL, LIST = "string", "int", "float", "bool", "list"
# Types of the internal frames table (see FRAMES): character spans of the analysed text.
SPAN = "span"  # [start, end], or null
SPANS = "spans"  # a list of [start, end]
TEXT_SPANS = "text_spans"  # a list of {"start", "end", "text"}: a span with a string (its words, what it names)

_PANDAS_DTYPES = {
    STRING: "string",
    INT: "Int64",
    FLOAT: "Float64",
    BOOL: "boolean",
    LIST: "object",
    SPAN: "object",
    SPANS: "object",
    TEXT_SPANS: "object",
}
_ARROW_TYPES = {
    STRING: pa.string(),
    INT: pa.int64(),
    FLOAT: pa.float64(),
    BOOL: pa.bool_(),
    LIST: pa.list_(pa.string()),
    SPAN: pa.list_(pa.int64()),
    SPANS: pa.list_(pa.list_(pa.int64())),
    TEXT_SPANS: pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])),
}


REQUIRED = object()  # a column every producer must supply (the default)


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    doc: str
    default: object = REQUIRED  # a column added later: filled with this where a producer does not supply it


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    columns: tuple[Column, ...]
    sort_by: tuple[str, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, _ARROW_TYPES[c.type]) for c in self.columns])


def _table(name: str, doc: str, sort_by: tuple[str, ...], *columns: tuple[str, str, str]) -> Table:
    return Table(name, doc, tuple(Column(*c) for c in columns), sort_by)


ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "EXERCISE", "RANK", "TITLE", "DATE", "TOPIC", "MEETING")
RELATIONS = (
    "MET",
    "ATTENDED",
    "HOSTED",
    "HELD_AT",
    "DISCUSSED",
    "HAS_RANK",
    "HOLDS_TITLE",
    "MEMBER_OF",
    "PARTICIPATED_IN",
)
MODES = ("in_person", "phone", "video")
STATUSES = ("occurred", "planned", "cancelled")
DOCUMENT_STATUSES = ("ok", "skipped", "error")

DOCUMENTS = _table(
    "documents",
    "One row per input file (or input record), processed or skipped.",
    ("doc_id",),
    ("doc_id", STRING, "Document id: the file stem (or the record id for JSONL/CSV input)."),
    ("source_file", STRING, "Path of the input file, relative to the input folder."),
    (
        "published",
        STRING,
        "Publication date as ISO YYYY-MM-DD, from the page header (the crawler's date field, a timestamp line, a dateline with its year); null if not given.",
    ),
    (
        "outlet",
        STRING,
        "News outlet from the header (`By Azernews`, a dateline's agency), else the owner of the page's copyright "
        "line (`© 2026 Harbour Ledger`); null if not given.",
    ),
    ("author", STRING, "Byline author (`By Vugar Khalilov`); a byline author is metadata, never a PERSON node."),
    ("n_paragraphs", INT, "Number of rows this document has in `paragraphs`."),
    (
        "status",
        STRING,
        "`ok`, `skipped` (unreadable or empty input) or `error` (processing the document raised; "
        "its rows are left out of the other tables).",
    ),
    (
        "error",
        STRING,
        "Why the file was skipped; for `error`, the stage, exception type and message "
        "(`resolve: KeyError: 12`); null otherwise.",
    ),
    ("encoding", STRING, "Text encoding the file was decoded from."),
    ("duplicate_of", STRING, "doc_id of the earlier document this one republishes; null if original."),
    (
        "dateline_place",
        STRING,
        "Place of the dispatch dateline (`MINSK, December 19 (Agency) -` gives Minsk); null if none.",
        None,
    ),
    (
        "dateline_date",
        STRING,
        "Day of the dateline as ISO, its year given or taken from `published`; null if not derivable.",
        None,
    ),
    (
        "url",
        STRING,
        "Source URL of the article: the input record's `url` field, or a `URL:`/`Source:` line of a text file's header; null if not given.",
        None,
    ),
    (
        "language",
        STRING,
        "`en` when any paragraph is English (those are analysed), else the ISO 639 language of "
        "most of its paragraphs (`und`: not English, language unknown); null if it has no text.",
        None,
    ),
    (
        "dateline_month_day",
        STRING,
        "Month and day of the dispatch dateline as MM-DD, also where no year is known to make "
        "`dateline_date` (`Muscat, April 10 (Agency) -` gives 04-10); null if the dateline gives no day.",
        None,
    ),
    (
        "copyright_year",
        INT,
        "Latest year of the page's copyright line (`© 2026 Outlet`): the year of a yearless dateline on a page "
        "that names no other year; null if the page has none.",
        None,
    ),
)

PARAGRAPHS = _table(
    "paragraphs",
    "One row per paragraph of cleaned text (page header, site chrome and crawler junk removed).",
    ("doc_id", "para_idx"),
    ("doc_id", STRING, "Document id."),
    ("para_idx", INT, "0-based index of the paragraph within the document's cleaned paragraphs."),
    ("text", STRING, "Cleaned paragraph text (Unicode NFC, straight quotes, single spaces)."),
    ("cluster_id", STRING, "Near-duplicate cluster the paragraph belongs to (stable hash); every paragraph has one."),
    ("is_boilerplate", BOOL, "True when the cluster recurs across different stories: background text, not news."),
    (
        "text_id",
        STRING,
        "Content hash of the text that was analysed for this paragraph (its cluster's canonical text, or its own where it names other people: docs/dedup.md).",
    ),
    (
        "language",
        STRING,
        "ISO 639 language of the paragraph (`und`: not English, language unknown); only `en` "
        "paragraphs are analysed (entities, meetings).",
        "en",
    ),
)

CLUSTERS = _table(
    "clusters",
    "Near-duplicate paragraph clusters with provenance (one row per cluster with more than one paragraph).",
    ("cluster_id",),
    ("cluster_id", STRING, "Cluster id, as in `paragraphs.cluster_id`."),
    ("canonical_text", STRING, "The text analysed once for the whole cluster (its earliest member)."),
    ("n_paragraphs", INT, "Paragraphs in the cluster."),
    ("n_documents", INT, "Distinct documents the cluster appears in."),
    ("outlets", LIST, "Distinct outlets that published a member."),
    ("first_published", STRING, "Earliest publication date of a member (ISO), or null."),
    ("last_published", STRING, "Latest publication date of a member (ISO), or null."),
    ("is_boilerplate", BOOL, "Same flag as on the paragraphs."),
)

NODES = _table(
    "nodes",
    "One node per real entity across the corpus.",
    ("node_id",),
    ("node_id", STRING, "Stable id: `<type>:<slug>` (for example `PERSON:zakir-hasanov`)."),
    ("type", STRING, "PERSON, ORG, GPE, LOC, EXERCISE, RANK, TITLE, DATE, TOPIC or MEETING."),
    ("name", STRING, "Canonical name: the fullest form seen."),
    ("aliases", LIST, "Other surface forms seen in the corpus."),
    ("country", STRING, "Country of a person or body, where the text says so; null otherwise."),
    (
        "country_basis",
        STRING,
        "How a person's `country` was read: `stated` (a demonym, title, body or dateline written with the person),"
        " `guessed` (the country named nearest to them), `guessed_from_others` (only other persons' countries were"
        " near: the weakest); null for other nodes or no country.",
        None,
    ),
    ("rank", STRING, "Latest military rank reported for a person (canonical full form); null otherwise."),
    ("title", STRING, "Latest title/post reported for a person; null otherwise."),
    ("n_mentions", INT, "Mentions of the node in the corpus."),
    ("n_documents", INT, "Documents mentioning the node."),
)

MENTIONS = _table(
    "mentions",
    "Every entity mention, linked to its node.",
    ("doc_id", "para_idx", "start", "end", "label"),
    ("doc_id", STRING, "Document id."),
    ("para_idx", INT, "Paragraph index (as in `paragraphs`)."),
    ("start", INT, "Character offset of the mention in the analysed paragraph text."),
    ("end", INT, "End character offset (exclusive)."),
    ("text", STRING, "Surface text."),
    ("label", STRING, "Entity type (see nodes.type), or REF for a resolved reference such as `the minister`."),
    ("node_id", STRING, "Node the mention refers to; null if unresolved."),
    ("sent_idx", INT, "Sentence index within the paragraph."),
    ("is_boilerplate", BOOL, "True when the paragraph is boilerplate."),
    ("norm", STRING, "Canonical form of the mention (`Colonel General` for `Col-Gen`, a body with its country)."),
)

EDGES = _table(
    "edges",
    "Typed, directed relations between nodes, one row per reporting document.",
    ("relation", "source", "target", "doc_id", "meeting_id"),
    ("source", STRING, "Source node id."),
    ("target", STRING, "Target node id."),
    (
        "relation",
        STRING,
        "MET, ATTENDED, HOSTED, HELD_AT, DISCUSSED, HAS_RANK, HOLDS_TITLE, MEMBER_OF or PARTICIPATED_IN.",
    ),
    ("doc_id", STRING, "Document that reports the relation."),
    (
        "meeting_id",
        STRING,
        "Meeting the edge derives from (MET, ATTENDED, HOSTED, HELD_AT, DISCUSSED); null otherwise.",
    ),
    ("date", STRING, "ISO date of the relation where known (the meeting date, else the publication date)."),
    ("evidence", STRING, "Sentence the relation was read from."),
    ("confidence", FLOAT, "0..1 confidence of the extraction."),
)

MEETINGS = _table(
    "meetings",
    "One row per (meeting, reporting document). The same meeting_id across documents is one real meeting.",
    ("meeting_id", "doc_id"),
    ("meeting_id", STRING, "Meeting id, shared by every document that reports the same meeting."),
    ("doc_id", STRING, "Reporting document."),
    ("participants", LIST, "Participant node ids (a delegation led by X is X)."),
    ("participant_names", LIST, "Participant canonical names, in the order of `participants`."),
    ("host", STRING, "Node id of the receiving side, where the text says so; null otherwise."),
    ("host_name", STRING, "Name of the host."),
    ("date", STRING, "ISO date of the meeting where the text fixes it (relative dates resolved); null otherwise."),
    (
        "location",
        STRING,
        "City or venue of the meeting (`building, city` where the text names a building or quarter and the city is told"
        " or is the host country's capital, or names a venue right before its city); null if not given.",
    ),
    ("mode", STRING, "in_person, phone or video."),
    ("status", STRING, "occurred, planned or cancelled."),
    ("topics", LIST, "Short noun phrases of what was discussed."),
    ("evidence", STRING, "The sentence that reports the meeting."),
    ("confidence", FLOAT, "0..1 confidence of the extraction."),
    ("para_idx", INT, "Paragraph of the evidence sentence."),
    ("planned_meeting_id", STRING, "For a held meeting: the meeting_id of the planned meeting it fulfils; else null."),
    (
        "source_urls",
        LIST,
        "Source URLs (`documents.url`) of every document that reports this meeting_id, sorted; empty when none is known.",
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENTS, PARAGRAPHS, CLUSTERS, NODES, MENTIONS, EDGES, MEETINGS)}

# --- intermediate tables: what one stage hands the next --------------------------------------------------
# Internal, never in the output folder. The stage commands keep them in WORK/<name>.parquet; the stage
# registry (pipeline/runtime/registry.py) checks every table a stage makes against its spec here (`check`).


def _renamed(table: Table, name: str, doc: str) -> Table:
    return Table(name, doc, table.columns, table.sort_by)


PARAGRAPHS_RAW = _table(
    "paragraphs_raw",
    "clean -> dedup: cleaned paragraphs, before near-duplicate clustering.",
    ("doc_id", "para_idx"),
    ("doc_id", STRING, "Document id."),
    ("para_idx", INT, "0-based index of the paragraph within the document."),
    ("text", STRING, "Cleaned paragraph text."),
    ("language", STRING, "ISO 639 language of the paragraph (`und`: unknown)."),
)

TEXT_MENTIONS = _table(
    "text_mentions",
    "ner: entity mentions of each distinct analysed text (before they are copied to its paragraphs).",
    ("text_id", "start"),
    ("text_id", STRING, "Content hash of the analysed text (`paragraphs.text_id`)."),
    ("start", INT, "Character offset of the mention in the text."),
    ("end", INT, "End character offset (exclusive)."),
    ("text", STRING, "Surface text."),
    ("label", STRING, "Entity type, REF (a reference such as `the minister`) or NORP."),
    ("sent_idx", INT, "Sentence index within the text."),
    ("norm", STRING, "Canonical form of the mention."),
    (
        "role",
        STRING,
        "`traveller`: a person the sentence puts on a visit; `destination`: a country someone travels to or meets"
        " in; else null (read by resolve: a visitor's country is not the one visited).",
        None,
    ),
)

FRAME_KINDS = ("meeting", "join", "lead", "topics", "context", "cooccurrence")

FRAMES = _table(
    "frames",
    "Internal, ner -> relate: one meeting frame per row, a sentence that reports an encounter or adds to one "
    "(built by `pipeline.nlp.frames`, one list per distinct text). Spans are character offsets in the text. "
    "A field with a default may be left out of a frame; `ner.frames_table` fills it.",
    (),
    ("text_id", STRING, "Text the frame was read from (`paragraphs.text_id`)."),
    ("frame_idx", INT, "Position of the frame among the frames of its text."),
    (
        "kind",
        STRING,
        (
            "meeting; join (people added to the last meeting); lead (the named leader of a delegation "
            "met before); topics; context (date, place, persons only); cooccurrence (the baseline)."
        ),
    ),
    ("sent_idx", INT, "Sentence index within the text."),
    ("trigger", STRING, "The word that reports the meeting (`met`, `talks`); null for topics and context."),
    ("trigger_lemma", STRING, "Lowercased lemma of the trigger."),
    ("participants", SPANS, "Named participants (PERSON / REF entities)."),
    ("refs", TEXT_SPANS, "Nominal or pronoun participants with no entity (`the Pakistani general`, `he`)."),
    ("group", BOOL, "The participants are a plural phrase (`the sides`) to be filled from context."),
    ("host", SPAN, "The receiving side, where the sentence says so."),
    ("visitor", SPAN, "A participant the sentence says is on a visit."),
    ("split", BOOL, "`separate meetings with X and Y`: one meeting per named object."),
    ("split_subject", SPANS, "The subject who meets each object of a split frame."),
    ("person_countries", TEXT_SPANS, "Persons of the sentence whose title words name a country; text: the country."),
    ("venue", BOOL, "The sentence names an international event (exercise, summit) at its place."),
    ("location", SPAN, "The city of the meeting."),
    ("location_text", STRING, "Text of `location`."),
    ("location_country", STRING, "Country of `location`."),
    ("date_text", STRING, "The date expression that fixes the day."),
    ("same_day", BOOL, "`later the same day`: the day named before."),
    ("mode", STRING, "in_person, phone or video."),
    ("status", STRING, "occurred, planned or cancelled."),
    ("topics", LIST, "Short noun phrases of what was discussed."),
    ("evidence", STRING, "The sentence."),
    ("confidence", FLOAT, "0..1 confidence of the frame."),
    ("sidelines", BOOL, "The meeting was on the sidelines of an event (nobody hosts it).", False),
    (
        "meeting_ref",
        BOOL,
        "A sentence with no meeting of its own speaks of one (`In a telephone conversation, ...`).",
        False,
    ),
    (
        "plan_agreed",
        BOOL,
        "A `meeting_ref` sentence tells a plan agreed or announced (`the sides agreed that X will visit Y`).",
        False,
    ),
    ("present", BOOL, "The meeting is told in the present (`X meets Y`): held on the publication day.", False),
    (
        "told_past",
        BOOL,
        "The meeting is told in the simple past (`X held talks with Y`), not the perfect (`X has received Y`).",
        False,
    ),
    ("surnames", TEXT_SPANS, "Bare names in a participant role that no entity covers.", ()),
    ("host_surname", TEXT_SPANS, "The bare name of `surnames` that is the receiving side (`Brant received X`).", ()),
    (
        "sitting_with",
        LIST,
        "A join's sitting named by one of its sides (`present at the meeting with the President`): their texts.",
        (),
    ),
    ("sitting_place", STRING, "A join's sitting named by its place (`present at the Camp Velk talks`).", None),
    (
        "sitting_group_size",
        INT,
        "A join's sitting named by its sides as a group (`the two generals were joined by X`): how many they are.",
        None,
    ),
    ("sitting_group_post", STRING, "The post of the group `sitting_group_size` counts (`general`).", None),
    ("split_subject_ref", BOOL, "The subject of a split frame is a pronoun (`He has met A, B and C`).", False),
    ("ref_texts", TEXT_SPANS, "REF participants with their modifiers (`his counterparts from A and B`).", ()),
    ("delegation", BOOL, "A meeting whose other side is an unnamed delegation, waiting for a lead frame.", False),
    ("travellers", SPANS, "Persons of the sentence the text says are on a visit.", ()),
    ("vague_date", BOOL, "The sentence places its event in time without a day (`last week`): no date at all.", False),
    ("venue_place", STRING, "A named building the meeting is held at when no city is named (`at the Pentagon`).", None),
    ("venue_country", STRING, "Country the name of `venue_place` holds.", None),
    (
        "split_dates",
        TEXT_SPANS,
        "Persons of a split frame each met on a day of their own (`met A on Monday and B on Tuesday`); text: the day.",
        (),
    ),
    (
        "split_places",
        TEXT_SPANS,
        "Persons of a split frame each met in a place of their own (`met A in Lisbon and B in Ankara`); text: the place.",
        (),
    ),
    ("capital_ref", BOOL, "`in the capital` with no country named: the capital of the country in context.", False),
    (
        "at_told_sitting",
        BOOL,
        "The meeting verb is set at a sitting told before (`At the talks, X welcomed Y`): part of that meeting.",
        False,
    ),
    (
        "subjects",
        SPANS,
        "Named persons that are grammatical subjects in the sentence (a `he` next stands for one).",
        (),
    ),
    ("subject_pronoun", BOOL, "The subject of the meeting is a pronoun (`He later met X`).", False),
    (
        "another_sitting",
        BOOL,
        "The meeting noun says it is a further sitting (`In a separate meeting with X, the sides ...`).",
        False,
    ),
    (
        "cosubject_pronoun",
        BOOL,
        "The subject is a pronoun coordinated with others (`he and the envoy, X, met Y`): it stands for the subject "
        "told before.",
        False,
    ),
    (
        "group_size",
        INT,
        "How many people a plural phrase of the sides names (`the three ministers`: 3); null when it names no number.",
        None,
    ),
    ("group_post", STRING, "The post a plural phrase of the sides names (`the three ministers`: minister).", None),
    (
        "joined_later",
        BOOL,
        "Those who joined came after the meeting the sentence tells (`A held talks with B before both were joined by C`).",
        False,
    ),
    (
        "group_countries",
        LIST,
        "The countries a plural phrase of the sides gives each of them (`the Ostrian and Velkan ministers`).",
        None,
    ),
    (
        "group_open",
        BOOL,
        "A plural phrase of the sides names many by their post and none by name (`the heads of delegations`).",
        False,
    ),
    (
        "group_beside",
        BOOL,
        "Named people come beside a counted plural phrase, not as its members (`The two ministers, along with X, ...`).",
        False,
    ),
    (
        "earlier_occasion",
        BOOL,
        "The meeting is an earlier one than the story's (`they last met in Vienna`, `had previously met`): a meeting "
        "of its own, dated and placed by its own sentence only.",
        False,
    ),
    (
        "group_object",
        BOOL,
        "A named side met a group its sentence names by post only (`X hosted the navy chiefs of A and B`): the "
        "people of the group are named in a later sentence.",
        False,
    ),
    (
        "sitting_size",
        INT,
        "How many sit at the meeting its noun says (`a trilateral meeting`: 3); null when it says none.",
        None,
    ),
    (
        "in_sequence",
        BOOL,
        "The meeting is told as the next in a run (`He later held talks with X`, `then called on Y`): a sitting after "
        "the one told before, not that one told again with more people.",
        False,
    ),
    (
        "group_discussed",
        BOOL,
        "A counted plural phrase of the sides discussed something (`The two chiefs discussed X`): a meeting of the "
        "people told before only where no meeting was told before it; else the topics of the meeting told.",
        False,
    ),
    (
        "invitation_accepted",
        BOOL,
        "A sentence with no meeting of its own says someone accepted the invitation told before (`X accepted the "
        "invitation`).",
        False,
    ),
)

_MENTION_ROWS = (
    ("doc_id", STRING, "Document id."),
    ("para_idx", INT, "Paragraph index (as in `paragraphs`)."),
    ("text_id", STRING, "Text the paragraph was analysed as."),
    ("is_boilerplate", BOOL, "True when the paragraph is boilerplate."),
    *((c.name, c.type, c.doc) for c in TEXT_MENTIONS.columns[1:]),
)
MENTIONS_RAW = _table(
    "mentions_raw",
    "ner -> resolve: the mentions of each English paragraph, not yet linked to nodes.",
    ("doc_id", "para_idx", "start", "end", "label"),
    *_MENTION_ROWS,
)
LINKED_MENTIONS = _table(
    "mentions",
    "resolve -> relate, export: the mentions linked to their nodes.",
    ("doc_id", "para_idx", "start", "end", "label"),
    *_MENTION_ROWS,
    ("node_id", STRING, "Node the mention refers to; null if unresolved."),
)
ENTITY_NODES = _renamed(NODES, "entity_nodes", "resolve -> relate, export: nodes of the entities (no MEETING nodes).")
ENTITY_EDGES = _renamed(EDGES, "entity_edges", "resolve -> export: HAS_RANK, HOLDS_TITLE, MEMBER_OF, PARTICIPATED_IN.")
MEETING_NODES = _renamed(NODES, "meeting_nodes", "relate -> export: one MEETING node per meeting.")
MEETING_EDGES = _renamed(EDGES, "meeting_edges", "relate -> export: MET, ATTENDED, HOSTED, HELD_AT, DISCUSSED.")
FOUND_MEETINGS = _renamed(MEETINGS, "meetings", "relate -> export: the meetings, `source_urls` not yet filled.")

FAILURES = _table(
    "failures",
    "stage commands: the documents that failed so far (`meetgraph run` keeps them in memory), read by the next "
    "stage command so a failed document costs only itself and ends with status `error` in `documents`.",
    ("doc_id",),
    ("doc_id", STRING, "The failed document."),
    ("stage", STRING, "The stage it failed in."),
    ("error", STRING, "`ExceptionType: message`."),
)

WORK_TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        DOCUMENTS,
        PARAGRAPHS_RAW,
        PARAGRAPHS,
        CLUSTERS,
        TEXT_MENTIONS,
        FRAMES,
        MENTIONS_RAW,
        LINKED_MENTIONS,
        ENTITY_NODES,
        ENTITY_EDGES,
        FOUND_MEETINGS,
        MEETING_EDGES,
        MEETING_NODES,
        FAILURES,
    )
}


def empty(table: Table) -> pd.DataFrame:
    return conform(pd.DataFrame(columns=table.names), table)


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value))


def _as_list(value) -> list[str]:
    if _missing(value):
        return []
    if isinstance(value, str):
        return list(json.loads(value)) if value.startswith("[") else [value]
    return [str(v) for v in value]


def _span(value) -> list[int]:
    start, end = value
    return [operator.index(start), operator.index(end)]


def _as_span(value) -> list[int] | None:
    return None if _missing(value) else _span(value)


def _as_spans(value) -> list[list[int]]:
    return [] if _missing(value) else [_span(v) for v in value]


def _text_span(value) -> dict:
    start, end, text = (value["start"], value["end"], value["text"]) if isinstance(value, Mapping) else value
    if not isinstance(text, str):
        raise TypeError(f"a text span's text must be a string, not {type(text).__name__}: {value!r}")
    return {"start": operator.index(start), "end": operator.index(end), "text": text}


def _as_text_spans(value) -> list[dict]:
    return [] if _missing(value) else [_text_span(v) for v in value]


# Object columns: how a value is made into the declared shape (conform), and whether it has it (validate).
_CONVERT = {LIST: _as_list, SPAN: _as_span, SPANS: _as_spans, TEXT_SPANS: _as_text_spans}


def _is_span(value) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value)


def _is_text_span(value) -> bool:
    return (
        isinstance(value, dict)
        and list(value) == ["start", "end", "text"]
        and _is_span([value["start"], value["end"]])
        and isinstance(value["text"], str)
    )


_HAS_SHAPE = {
    LIST: lambda value: isinstance(value, list),
    SPAN: lambda value: value is None or _is_span(value),
    SPANS: lambda value: isinstance(value, list) and all(map(_is_span, value)),
    TEXT_SPANS: lambda value: isinstance(value, list) and all(map(_is_text_span, value)),
}


def _filled(column: Column, index: pd.Index) -> pd.Series | object:
    """A column a producer left out, filled with its default (a list default once per row)."""
    if isinstance(column.default, (list, tuple)):
        return pd.Series([list(column.default) for _ in index], index=index, dtype=object)
    return column.default


def conform(df: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Return `df` with exactly the table's columns, in order, with the declared dtypes, rows sorted.

    Raises ValueError (or TypeError) when a required column is missing or a value cannot take its type."""
    missing = [c.name for c in table.columns if c.name not in df.columns and c.default is REQUIRED]
    if missing:
        raise ValueError(f"table {table.name!r} is missing columns {missing}")
    filled = [c for c in table.columns if c.name not in df.columns]
    if filled:
        df = df.assign(**{c.name: _filled(c, df.index) for c in filled})
    out = pd.DataFrame(index=df.index)
    for col in table.columns:
        values = df[col.name]
        if col.type in _CONVERT:
            out[col.name] = pd.Series([_CONVERT[col.type](v) for v in values], index=df.index, dtype=object)
        elif col.type == BOOL:
            out[col.name] = values.astype("boolean")
        else:
            out[col.name] = values.astype(_PANDAS_DTYPES[col.type])
    if len(out) and table.sort_by:
        out = out.sort_values(list(table.sort_by), kind="stable", na_position="first")
    return out.reset_index(drop=True)


def sort_order(df: pd.DataFrame, table: Table) -> np.ndarray:
    """The positions of `df`'s rows in the order `conform` sorts them into, found from the sort columns alone
    (converted as `conform` converts them): conforming the rows one slice of this order at a time gives the slices
    of the table conformed whole, without a whole copy of it."""
    if len(df) < 2 or not table.sort_by:
        return np.arange(len(df))
    keys = conform(df, Table(table.name, table.doc, tuple(c for c in table.columns if c.name in table.sort_by), ()))
    return keys.sort_values(list(table.sort_by), kind="stable", na_position="first").index.to_numpy()


def validate(df: pd.DataFrame, table: Table) -> list[str]:
    """Problems with `df` as an instance of `table` (empty when it conforms)."""
    problems = []
    if list(df.columns) != table.names:
        problems.append(f"{table.name}: columns {list(df.columns)} != {table.names}")
        return problems
    for col in table.columns:
        want = _PANDAS_DTYPES[col.type]
        if str(df[col.name].dtype) != want:
            problems.append(f"{table.name}.{col.name}: dtype {df[col.name].dtype} != {want}")
        if col.type in _HAS_SHAPE and not all(map(_HAS_SHAPE[col.type], df[col.name])):
            problems.append(f"{table.name}.{col.name}: a value is no {col.type}")
    return problems


_KINDS = {
    INT: "iu",
    FLOAT: "iuf",
    BOOL: "b",
    STRING: "OSU",
    LIST: "O",  # numpy dtype kinds of each type
    SPAN: "O",
    SPANS: "O",
    TEXT_SPANS: "O",
}
_VALUES = {
    INT: (int, np.integer),
    FLOAT: (int, float, np.number),
    BOOL: (bool, np.bool_),
    STRING: (str,),
    LIST: (list, tuple, np.ndarray),
    SPAN: (list, tuple, np.ndarray),
    SPANS: (list, tuple, np.ndarray),
    TEXT_SPANS: (list, tuple, np.ndarray),
}


def check(df: pd.DataFrame, table: Table) -> list[str]:
    """Problems with `df` as a table one stage hands the next (empty when it fits `table`): the declared
    columns and no others, each of the declared type. Cheap enough for every run: a column's dtype and its
    first non-null value are looked at, not every value; a column of nulls fits any type."""
    problems = []
    missing = [name for name in table.names if name not in df.columns]
    extra = [str(name) for name in df.columns if name not in table.names]
    if missing:
        problems.append(f"missing columns {missing}")
    if extra:
        problems.append(f"undeclared columns {extra}")
    for col in table.columns:
        if col.name in df.columns and not _fits(df[col.name], col.type):
            problems.append(f"{col.name} is {df[col.name].dtype}, declared {col.type}")
    return problems


def _fits(values: pd.Series, type_: str) -> bool:
    first = values.first_valid_index()
    if first is None:
        return True
    value = values.loc[first]
    if isinstance(value, pd.Series):  # a repeated index label
        value = value.iloc[0]
    if values.dtype.kind not in _KINDS[type_] and values.dtype.kind != "O":
        return False
    if type_ in (INT, FLOAT) and isinstance(value, (bool, np.bool_)):
        return False
    return isinstance(value, _VALUES[type_])


def to_markdown() -> str:
    """docs/schema.md, generated from this module (`make docs`) so the two never disagree."""
    lines = [
        "# Output schema",
        "",
        "Generated by `make docs` from `pipeline/schema.py`; do not edit by hand.",
        "",
        "Every table is written to the output folder as `<table>.parquet` and `<table>.csv`.",
        "In CSV, `list` columns are JSON arrays. Load them all in a notebook with",
        '`tables = pipeline.load("data/out")`. Columns are only ever added, never renamed or dropped.',
        "",
        "Types: `string` (nullable text), `int` (nullable 64-bit integer), `float`, `bool`, `list` (list of strings).",
        "",
    ]
    for table in TABLES.values():
        lines += [f"## {table.name}", "", table.doc, "", f"Rows are sorted by {', '.join(table.sort_by)}.", ""]
        lines += ["| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.type} | {c.doc.replace('|', '/')} |" for c in table.columns]
        lines.append("")
    lines += [
        "## Vocabularies",
        "",
        f"- node types: {', '.join(ENTITY_TYPES)}",
        f"- edge relations: {', '.join(RELATIONS)}",
        f"- meeting modes: {', '.join(MODES)}; statuses: {', '.join(STATUSES)}",
        f"- document statuses: {', '.join(DOCUMENT_STATUSES)}",
        "",
    ]
    return "\n".join(lines)
