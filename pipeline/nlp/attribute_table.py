"""spaCy's AttributeRuler with its Matcher replaced by dictionary lookups, for the same annotations.

en_core_web_sm's attribute_ruler (tag -> POS/morph map plus word exceptions, 179 patterns) costs about
16% of the pipeline's time, nearly all of it in the generic Matcher. Its patterns are one or two tokens
that test LOWER/TAG/DEP/IS_SPACE for equality (or DEP NOT_IN), so candidates can be looked up by the first
token's tag or lowercase form. `match` returns exactly the list the Matcher-based version returns (same
order: pattern index, then position), and the inherited `set_annotations` applies it unchanged. If a
pattern uses anything else (operators, other attributes), `match` falls back to the Matcher.

Applying the matches (a Span and a `set_token_attrs` call per match, nearly one per token) cost as much
again, so `__call__` memoises what the rules write: unless a multi-token pattern may start next to it, a
token's attributes depend only on its own (LOWER, TAG, DEP, IS_SPACE), which keys a cache of the composed
attribute values; they are written with one `from_array`.
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

_COLUMNS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # bucket keys, most selective first
_COLUMN_IDS = [LOWER, TAG, DEP, IS_SPACE]
MEMO_LIMIT = 200_000  # rows remembered before the memo starts afresh: bounded memory on any corpus
_OPS = ("==", "IN", "NOT_IN", "REGEX")


def _token_checks(spec: dict) -> tuple | None:
    """(column, op, value) checks for one token spec, or None when the spec uses anything else."""
    checks = []
    for key, value in spec.items():
        if key not in _COLUMNS:
            return None
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in _OPS:
                return None
            ((op, arg),) = value.items()
            arg = re.compile(arg) if op == "REGEX" else frozenset(arg)
        elif isinstance(value, (str, bool)):
            op, arg = "==", value
        else:
            return None
        checks.append((_COLUMNS.index(key), op, arg))
    return tuple(checks)


def _passes(row: tuple, checks: tuple) -> bool:
    for col, op, arg in checks:
        value = row[col]
        if op == "==":
            if value != arg:
                return False
        elif op == "IN":
            if value not in arg:
                return False
        elif op == "NOT_IN":
            if value in arg:
                return False
        elif arg.search(value) is None:
            return False
    return True


class AttributeTable(AttributeRuler):
    """Drop-in AttributeRuler whose `match` needs no Matcher for these simple patterns, and whose `__call__`
    memoises what they write."""

    def _build_table(self) -> None:
        buckets: dict[tuple, list] = defaultdict(list)
        always: list = []
        self._supported = True
        for attr_id, pattern in enumerate(self.patterns):
            match_id = self.vocab.strings[str(attr_id)]
            for token_specs in pattern["patterns"]:
                checks = [_token_checks(spec) for spec in token_specs]
                if not token_specs or any(c is None for c in checks):
                    self._supported = False
                    return
                entry = (attr_id, match_id, checks)
                # File the pattern under the values its first token must have, so a token only meets
                # the patterns that can start at it.
                first = next((c for c in sorted(checks[0]) if c[1] in ("==", "IN")), None)
                if first is None:
                    always.append(entry)
                    continue
                col, op, arg = first
                for value in [arg] if op == "==" else sorted(arg, key=str):
                    buckets[(col, value)].append(entry)
        self._buckets = {key: tuple(entries) for key, entries in buckets.items()}
        self._always = tuple(always)
        self._n_patterns = len(self.attrs)
        # what __call__ needs: the longest pattern; whether every index falls inside its span and every
        # attribute is a token column `from_array` can write (not "_" extensions)
        entries = [*always, *(e for es in buckets.values() for e in es)]
        self._longest = max((len(checks) for *_, checks in entries), default=1)
        self._memoisable = all(
            -len(checks) <= self.indices[attr_id] < len(checks) for attr_id, _, checks in entries
        ) and all(isinstance(attr, int) for attrs in self.attrs for attr in attrs)
        self._row_memo: dict[tuple, tuple[dict, bool]] = {}

    def _ensure_table(self) -> None:
        if getattr(self, "_n_patterns", None) != len(self.attrs):
            self._build_table()

    def match(self, doc: Doc):
        self._ensure_table()
        if not self._supported:
            return super().match(doc)
        rows = [_row(t) for t in doc]
        matches = set()
        for i in range(len(rows)):
            matches.update(self._matches_at(rows, i))
        return sorted(matches)

    def _candidates(self, row: tuple) -> tuple:
        get = self._buckets.get
        return get((0, row[0]), ()) + get((1, row[1]), ()) + get((2, row[2]), ()) + get((3, row[3]), ()) + self._always

    def _matches_at(self, rows: list[tuple], i: int) -> list[tuple[int, int, int, int]]:
        """(attr_id, match_id, start, end) of the patterns that match from token i of `rows`."""
        found = []
        for attr_id, match_id, checks in self._candidates(rows[i]):
            end = i + len(checks)
            if end <= len(rows) and all(_passes(rows[i + k], c) for k, c in enumerate(checks)):
                found.append((attr_id, match_id, i, end))
        return found

    def _written(self, matches: list[tuple[int, int, int, int]], target: int) -> dict[int, int]:
        """The attributes the matches write to token `target`, composed as `set_annotations` would."""
        written: dict[int, int] = {}
        for attr_id, _, start, end in sorted(matches):
            index = self.indices[attr_id]
            if (start if index >= 0 else end) + index == target:
                written.update(self.attrs[attr_id])
        return written

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_table()
        if not self._supported or not self._memoisable:
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            self._apply_memoised(doc)
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's error handler decides, as in AttributeRuler.__call__
            return error_handler(self.name, self, [doc], e)

    def _apply_memoised(self, doc: Doc) -> None:
        memo = self._row_memo
        infos = []  # per token: (what single-token patterns write, whether a longer pattern may start here)
        for i, key in enumerate(map(tuple, doc.to_array(_COLUMN_IDS).tolist())):
            info = memo.get(key)
            if info is None:
                if len(memo) >= MEMO_LIMIT:
                    memo.clear()
                row = _row(doc[i])
                alone = self._matches_at([row], 0)  # a one-row doc: single-token patterns only
                starts_longer = any(len(checks) > 1 and _passes(row, checks[0]) for *_, checks in self._candidates(row))
                info = memo[key] = (self._written(alone, 0), starts_longer)
            infos.append(info)
        writes, reach, last_longer = [], self._longest - 1, -len(doc) - 1
        for i, (written, starts_longer) in enumerate(infos):
            if starts_longer:
                last_longer = i
            if i - last_longer <= reach:
                # a multi-token pattern may cover this token: match the window around it
                lo, hi = max(0, i - reach), min(len(doc), i + reach + 1)
                rows = [_row(t) for t in doc[lo:hi]]
                matches = [
                    (attr_id, match_id, lo + start, lo + end)
                    for first in range(i - lo + 1)
                    for attr_id, match_id, start, end in self._matches_at(rows, first)
                ]
                written = self._written(matches, i)
            writes.append(written)
        columns = sorted({attr for written in writes for attr in written})
        if not columns:
            return
        position = {attr: c for c, attr in enumerate(columns)}
        values = doc.to_array(columns).reshape(len(doc), len(columns)).tolist()
        for row, written in zip(values, writes):
            for attr, value in written.items():
                row[position[attr]] = value
        doc.from_array(columns, np.array(values, dtype=np.uint64))


def _row(token) -> tuple:
    return (token.lower_, token.tag_, token.dep_, token.is_space)
