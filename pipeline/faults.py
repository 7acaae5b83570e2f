"""Per-document fault isolation: one document that raises costs only that document, never the run.

The runner opens a `Recorder` around the stages (`recording`). A stage wraps the body of its
per-document loop in `isolate(stage, doc_id)`: an exception there is recorded against the document
and swallowed, and the stage leaves the document's rows out (`drop_failed`). The runner then marks the
document `status = error` with the exception type and message, prints a summary and exits with its
own code. With no recorder open (a stage function called on its own, a unit test) or with
`strict=True` the exception propagates unchanged, so debugging sees the real traceback.

Test hook: `MEETGRAPH_FAULT=<stage>:<doc_id>` makes `isolate` raise `InjectedFault` for that document
in that stage (`ner:<text>` makes the analysis of any text containing <text> raise), so the isolation
can be tested end to end without a real bug.
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

import pandas as pd

log = logging.getLogger(__name__)

FAULT_ENV = "MEETGRAPH_FAULT"
MAX_MESSAGE = 500


class InjectedFault(RuntimeError):
    """Raised by the `MEETGRAPH_FAULT` test hook."""


class DocumentFailed(RuntimeError):
    """A strict run's first document failure that happened out of this process (spaCy analysis in a worker)."""


def is_document_failure(exc: BaseException) -> bool:
    """True for an exception a strict run re-raised from one document's processing."""
    return isinstance(exc, DocumentFailed) or getattr(exc, "meetgraph_document", None) is not None


@dataclass
class Recorder:
    """Documents that failed in this run: doc_id -> (stage, "ExceptionType: message"), first failure kept."""

    strict: bool = False
    failures: dict[str, tuple[str, str]] = field(default_factory=dict)

    def record(self, stage: str, doc_id, exc: BaseException) -> None:
        doc_id = str(doc_id)
        if doc_id not in self.failures:
            self.failures[doc_id] = (stage, describe(exc))
            log.warning("document %s failed in %s: %s", doc_id, stage, describe(exc))


_RECORDER: ContextVar[Recorder | None] = ContextVar("meetgraph_fault_recorder", default=None)


def describe(exc: BaseException) -> str:
    """`KeyError: 'x'`: the exception type and message, one line, bounded."""
    message = " ".join(str(exc).split())
    text = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 3] + "..."


@contextmanager
def recording(strict: bool = False):
    """Open a recorder for the stages run inside; yields it."""
    recorder = Recorder(strict=strict)
    token = _RECORDER.set(recorder)
    try:
        yield recorder
    finally:
        _RECORDER.reset(token)


def active() -> Recorder | None:
    return _RECORDER.get()


def failures_table(recorder: Recorder) -> pd.DataFrame:
    """The recorder's failures as rows (doc_id, stage, error): how stage commands hand them to the next one."""
    rows = [(doc_id, stage, error) for doc_id, (stage, error) in recorder.failures.items()]
    return pd.DataFrame(rows, columns=["doc_id", "stage", "error"], dtype=object)


def restore(recorder: Recorder, failures: pd.DataFrame) -> None:
    """Reopen failures an earlier stage command recorded (`failures_table`), first failure kept."""
    for doc_id, stage, error in zip(failures["doc_id"], failures["stage"], failures["error"]):
        recorder.failures.setdefault(str(doc_id), (stage, error))


def inject(stage: str, key) -> None:
    """The test hook: raise when `MEETGRAPH_FAULT` names this stage and key."""
    spec = os.environ.get(FAULT_ENV)
    if spec and spec == f"{stage}:{key}":
        raise InjectedFault(f"injected fault in {stage} for {key}")


def injected_text(stage: str, text: str) -> None:
    """The test hook for per-text stages: raise when `MEETGRAPH_FAULT` is `<stage>:<s>` and `s` is in `text`."""
    spec = os.environ.get(FAULT_ENV)
    if spec and spec.startswith(f"{stage}:") and spec[len(stage) + 1 :] and spec[len(stage) + 1 :] in text:
        raise InjectedFault(f"injected fault in {stage}")


def record(stage: str, doc_id, exc: BaseException) -> None:
    """Record `exc` against a document, or re-raise it when no recorder is open or the run is strict.

    Call it from an `except` block (it re-raises the exception being handled)."""
    recorder = _RECORDER.get()
    if recorder is None or recorder.strict:
        exc.add_note(f"meetgraph: while processing document {doc_id} in {stage}")
        exc.meetgraph_document = doc_id
        raise exc
    recorder.record(stage, doc_id, exc)


@contextmanager
def isolate(stage: str, doc_id):
    """Run one document's part of a stage; an exception is recorded against the document and swallowed."""
    try:
        yield
        inject(stage, doc_id)  # after the body: its partial rows are there to be left out, as with a real bug
    except Exception as exc:  # noqa: BLE001 - the point: any bug in one document
        record(stage, doc_id, exc)


def failed() -> set[str]:
    """doc_ids that failed so far in this run (empty when no recorder is open)."""
    recorder = _RECORDER.get()
    return set(recorder.failures) if recorder is not None else set()


def drop_failed(df: pd.DataFrame, column: str = "doc_id") -> pd.DataFrame:
    """`df` without the rows of documents that failed so far (the same frame when none did)."""
    gone = failed()
    if not gone or df is None or column not in df.columns or df.empty:
        return df
    keep = ~df[column].astype(str).isin(gone)
    return df if keep.all() else df[keep]


def per_document(stage: str, df: pd.DataFrame, fn, column: str = "doc_id", finish=None):
    """`fn(df)`, and if it raises, `fn` once per document so only the documents it fails on are lost.

    The common case costs one call; the fallback concatenates the per-document results (DataFrames) and
    passes them through `finish` when given (e.g. to sort them as one table again)."""
    try:
        spec = os.environ.get(FAULT_ENV, "")
        if (
            spec.startswith(f"{stage}:")
            and column in df.columns
            and (df[column].astype(str) == spec[len(stage) + 1 :]).any()
        ):
            raise InjectedFault(f"injected fault in {stage}")
        return fn(df)
    except Exception:
        if _RECORDER.get() is None or _RECORDER.get().strict or column not in df.columns:
            raise
    parts = []
    for doc_id, part in df.groupby(column, sort=False, dropna=False):
        with isolate(stage, doc_id):
            parts.append(fn(part))
    combined = pd.concat(parts, ignore_index=True) if parts else fn(df.iloc[:0])
    return finish(combined) if finish is not None else combined


def error_documents(texts_failed: pd.DataFrame, paragraphs: pd.DataFrame, stage: str = "ner") -> None:
    """Record every document whose paragraphs were analysed as a text that failed (`text_id`, `error`)."""
    recorder = _RECORDER.get()
    if texts_failed is None or texts_failed.empty:
        return
    if recorder is None or recorder.strict:
        first = texts_failed.iloc[0]
        raise DocumentFailed(f"analysis of text {first['text_id']} failed: {first['error']}")
    error_of = dict(zip(texts_failed["text_id"], texts_failed["error"]))
    hit = paragraphs[paragraphs["text_id"].isin(error_of.keys())]
    for doc_id, text_id in zip(hit["doc_id"], hit["text_id"]):
        if str(doc_id) not in recorder.failures:
            recorder.failures[str(doc_id)] = (stage, error_of[text_id])
            log.warning("document %s failed in %s: %s", doc_id, stage, error_of[text_id])


def mark_documents(documents: pd.DataFrame, recorder: Recorder | None) -> pd.DataFrame:
    """`documents` with the failed ones at `status = error` and `error = <stage>: <Type>: <message>`."""
    if recorder is None or not recorder.failures:
        return documents
    documents = documents.copy()
    hit = documents["doc_id"].astype(str).map(recorder.failures)
    mask = hit.notna()
    documents.loc[mask, "status"] = "error"
    documents.loc[mask, "error"] = [f"{stage}: {message}" for stage, message in hit[mask]]
    return documents
