"""spaCy's AttributeRuler with its Matcher replaced by dictionary lookups, for the same annotations.

en_core_web_sm's attribute_ruler (tag -> POS/morph map plus word exceptions, 179 patterns) costs about
16% of the pipeline's time, nearly all of it in the generic Matcher. Its patterns are one or two tokens
that test LOWER/TAG/DEP/IS_SPACE for equality (or DEP NOT_IN), so candidates can be looked up by the first
token's tag or lowercase form. `match` returns exactly the list the Matcher-based version returns (same
order: pattern index, then position), and the inherited `set_annotations` applies it unchanged. If a
pattern uses anything else (operators, other attributes), `match` falls back to the Matcher.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

_COLUMNS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # bucket keys, most selective first
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
    """Drop-in AttributeRuler whose `match` needs no Matcher for these simple patterns."""

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
                for value in ([arg] if op == "==" else sorted(arg, key=str)):
                    buckets[(col, value)].append(entry)
        self._buckets = {key: tuple(entries) for key, entries in buckets.items()}
        self._always = tuple(always)
        self._n_patterns = len(self.attrs)

    def match(self, doc: Doc):
        if getattr(self, "_n_patterns", None) != len(self.attrs):
            self._build_table()
        if not self._supported:
            return super().match(doc)
        rows = [(t.lower_, t.tag_, t.dep_, t.is_space) for t in doc]
        n, get, always = len(rows), self._buckets.get, self._always
        matches = set()
        for i, row in enumerate(rows):
            candidates = get((0, row[0]), ()) + get((1, row[1]), ()) + get((2, row[2]), ()) + get((3, row[3]), ())
            for attr_id, match_id, checks in candidates + always:
                end = i + len(checks)
                if end <= n and all(_passes(rows[i + k], c) for k, c in enumerate(checks)):
                    matches.add((attr_id, match_id, i, end))
        return sorted(matches)
