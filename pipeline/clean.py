"""Stage 1, clean: raw bytes to documents and paragraphs.

Small `str -> str` cleaners composed into one normaliser (the textacy way), a
header parser for the byline forms outlets use, and the stage function
`clean_documents` that turns a table of raw inputs into the `documents` and
`paragraphs` tables.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable

import charset_normalizer
import pandas as pd

from pipeline import faults, language, resources, schema

log = logging.getLogger(__name__)

MAX_PARAGRAPH_CHARS = 20_000  # longer blocks are split at sentence ends so the parser stays bounded

# --- decoding ---------------------------------------------------------------------------


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode with the encoding the bytes carry: UTF-8 (with or without BOM) first, else detected.

    Returns (text, encoding). Raises UnicodeError when the bytes are not text.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        raise UnicodeError("not text: no encoding decodes these bytes")
    # Short Latin texts often fit several codepages equally well; English news is most often cp1252.
    tied = {r.encoding for r in results if (r.chaos, r.coherence) == (best.chaos, best.coherence)}
    if "cp1252" in tied:
        return data.decode("cp1252", errors="replace"), "cp1252"
    return str(best), best.encoding


def decode_text_file(data: bytes) -> tuple[str, str]:
    """`decode_bytes` for a whole input file, refusing binary files (NUL bytes outside UTF-16) first."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file (NUL bytes)")
    return decode_bytes(data)


# --- normalising cleaners (str -> str) ------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
    }
)
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-"})
_SPACE_CHARS = r" \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# A single plain space is left alone, not matched: re.sub builds one piece per match, and matching every
# space of a 50 MB line cost a gigabyte.
_SPACES = re.compile(rf"[{_SPACE_CHARS}]{{2,}}|[{_SPACE_CHARS[1:]}]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


def normalize_unicode(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def normalize_quotes(text: str) -> str:
    return text.translate(_QUOTES)


def normalize_dashes(text: str) -> str:
    """Hyphen-like dashes to '-' (the em dash stays: it separates clauses)."""
    return text.translate(_DASHES)


def remove_invisible(text: str) -> str:
    return _CONTROL.sub("", _INVISIBLE.sub("", text))


def normalize_whitespace(text: str) -> str:
    """Collapse runs of spaces (NBSP included) and trim each line, keeping line breaks."""
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def make_pipeline(*cleaners: Callable[[str], str]) -> Callable[[str], str]:
    def run(text: str) -> str:
        for cleaner in cleaners:
            text = cleaner(text)
        return text

    return run


normalize_text = make_pipeline(
    normalize_newlines,
    remove_invisible,
    normalize_unicode,
    normalize_quotes,
    normalize_dashes,
    normalize_whitespace,
)

# --- header line -----------------------------------------------------------------------------

_DATED_HEADER = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})(?:\s+by\s+(.+?))?$", re.IGNORECASE)
_BYLINE = re.compile(r"^by\s+(.+?)$", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'.-]*$")


def is_outlet(name: str) -> bool:
    """A byline names an outlet when it is a known outlet, a site name, or not shaped like a person's name."""
    if name.casefold() in resources.outlets():
        return True
    tokens = name.split()
    if "." in name or len(tokens) == 1:
        return True
    return not all(_NAME_TOKEN.match(t) and t[0].isupper() for t in tokens) or len(tokens) > 4


def parse_header(line: str) -> dict | None:
    """Parse a header line (`date 2021-07-15 By Azernews`, `By Vugar Khalilov`) into metadata, else None."""
    line = line.strip()
    published = byline = None
    if m := _DATED_HEADER.match(line):
        published, byline = m.group(1), m.group(2)
        try:
            published = pd.Timestamp(published).date().isoformat()
        except (ValueError, NotImplementedError, OverflowError):  # 2023-02-31, year 0
            published = None
    elif m := _BYLINE.match(line):
        byline = m.group(1)
        if len(byline) > 60 or byline.endswith((".", "!", "?")) and " " in byline:
            return None
    else:
        return None
    outlet = author = None
    if byline:
        byline = byline.strip()
        if is_outlet(byline):
            outlet = byline
        else:
            author = byline
    return {"published": published, "outlet": outlet, "author": author}


# --- paragraphs ------------------------------------------------------------------------------


def is_junk_line(line: str) -> bool:
    return any(p.match(line) for p in resources.junk_line_patterns())


def _split_long(block: str) -> list[str]:
    """Pieces of at most MAX_PARAGRAPH_CHARS, cut at sentence ends, else hard (linear in the block length)."""
    if len(block) <= MAX_PARAGRAPH_CHARS:
        return [block]
    pieces, current = [], ""
    for sentence in re.split(r"(?<=[.!?])\s+", block):
        if len(current) + len(sentence) + 1 > MAX_PARAGRAPH_CHARS:
            room = MAX_PARAGRAPH_CHARS - len(current) - 1 if current else MAX_PARAGRAPH_CHARS
            if len(sentence) > MAX_PARAGRAPH_CHARS and room > 0:
                pieces.append(f"{current} {sentence[:room]}" if current else sentence[:room])
                sentence = sentence[room:]
            else:
                pieces.append(current)
            # Slices by offset, never re-slicing the remainder, so a 50 MB line stays linear.
            full = len(sentence) // MAX_PARAGRAPH_CHARS * MAX_PARAGRAPH_CHARS
            if len(sentence) - full == 0 and full:
                full -= MAX_PARAGRAPH_CHARS
            pieces.extend(sentence[i : i + MAX_PARAGRAPH_CHARS] for i in range(0, full, MAX_PARAGRAPH_CHARS))
            sentence, current = sentence[full:], ""
        current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return [p.strip() for p in pieces if p.strip()]


def split_paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines; lines inside a block are joined with spaces; junk lines dropped."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.split("\n") if line and not is_junk_line(line)]
        if lines:
            paragraphs.extend(_split_long(" ".join(lines)))
    return paragraphs


# --- stage -----------------------------------------------------------------------------------


def clean_document(data: bytes | str, encoding: str | None = None) -> dict:
    """Clean one input: returns metadata (published, outlet, author, encoding) and its paragraphs.

    `data` is raw bytes (decoded here) or text a reader already decoded from `encoding`.
    """
    if not data.strip():
        raise ValueError("empty file")
    if isinstance(data, str):
        text = data
    else:
        text, encoding = decode_text_file(data)
    text = normalize_text(text)
    paragraphs = split_paragraphs(text)
    meta = {"published": None, "outlet": None, "author": None}
    if paragraphs and (header := parse_header(paragraphs[0])):
        meta, paragraphs = header, paragraphs[1:]
    # A trailing line naming the outlet itself (`News.Az`) is a site footer, not text.
    while paragraphs and meta["outlet"] and paragraphs[-1].casefold() == meta["outlet"].casefold():
        paragraphs.pop()
    return {**meta, "encoding": encoding, "paragraphs": paragraphs}


def clean_documents(raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Clean raw inputs.

    Args:
        raw: one row per input with `doc_id`, `source_file`, `content` (bytes) and optional
            `error` (a reason the input could not be read) and metadata overrides
            (`published`, `outlet`, `author`) from structured inputs.

    Returns:
        (documents, paragraphs) conforming to the schema; unreadable inputs are `skipped` rows.
    """
    doc_rows, para_rows = [], []
    for row in raw.to_dict("records"):
        doc = {
            "doc_id": row["doc_id"],
            "source_file": row["source_file"],
            "published": None,
            "outlet": None,
            "author": None,
            "n_paragraphs": 0,
            "status": "skipped",
            "error": _override(row.get("error")),
            "encoding": None,
            "duplicate_of": None,
        }
        if doc["error"] is None:
            try:
                faults.inject("clean", row["doc_id"])
                cleaned = clean_document(row["content"], _override(row.get("encoding")))
            except (ValueError, UnicodeError) as exc:
                doc["error"] = str(exc)
                log.warning("skipped %s: %s", row["source_file"], exc)
            except Exception as exc:  # noqa: BLE001 - a bug on one document: status error (see pipeline.faults)
                faults.record("clean", row["doc_id"], exc)
            else:
                for key in ("published", "outlet", "author"):
                    doc[key] = _override(row.get(key)) or cleaned[key]
                paragraphs = cleaned["paragraphs"]
                doc.update(encoding=cleaned["encoding"], n_paragraphs=len(paragraphs))
                if paragraphs:
                    doc["status"] = "ok"
                else:
                    doc["error"] = "no text after cleaning"
                para_rows.extend(
                    {"doc_id": row["doc_id"], "para_idx": i, "text": text} for i, text in enumerate(paragraphs)
                )
        doc_rows.append(doc)
    paragraphs = pd.DataFrame(para_rows, columns=["doc_id", "para_idx", "text"])
    paragraphs = faults.per_document("clean", paragraphs, language.mark_paragraphs)  # language of each paragraph
    documents = pd.DataFrame(doc_rows, columns=schema.DOCUMENTS.names)
    documents["language"] = documents["doc_id"].map(language.document_languages(paragraphs))
    documents = schema.conform(documents, schema.DOCUMENTS)
    return documents, paragraphs


def _override(value) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    value = str(value).strip()
    return value or None

