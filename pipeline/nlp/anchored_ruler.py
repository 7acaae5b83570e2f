"""spaCy's SpanRuler whose token patterns only run on Docs that contain one of their anchor words.

spaCy's Matcher tries every pattern at every token, and in the spaCy 3.8 wheels each test goes through a
GIL check, so meetgraph's 53 token patterns took 8% of the analysis (about 15 us a word) although most
of them can only match where a particular word occurs ("attaché", "ministry", "spokesman"...). Each
pattern here gets an anchor: the set of lowercase words one of its required tokens must have (LOWER or
ORTH, a string or an IN list; the set with the fewest stop words, then the smallest). Patterns are grouped
by anchor into one Matcher each, and a Doc runs only the Matchers whose anchor words it contains, plus
one for patterns with no anchor. A pattern cannot match a Doc without its anchor word, so the matches are
exactly the Matcher's: the SpanRuler dedups and sorts them as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import LOWER
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

_LITERAL_ATTRS = ("LOWER", "ORTH", "TEXT")  # attributes whose value fixes the token's lowercase form
_AT_LEAST_ONE = re.compile(r"\{([1-9]\d*)(,\d*)?\}")
_TOKENIZER_ATTRS = (None, "ORTH", "TEXT", "LOWER")  # phrase attributes the tokenizer alone sets


def _required(spec: dict) -> bool:
    """Whether the token spec must match at least one token."""
    op = spec.get("OP", "1")
    return op in ("1", "+") or bool(_AT_LEAST_ONE.fullmatch(op))


def _literal_words(spec: dict) -> frozenset[str] | None:
    """Lowercase words a token must be one of to satisfy `spec`; None when not fixed to a word list."""
    for key, value in spec.items():
        if key.upper() not in _LITERAL_ATTRS:
            continue
        if isinstance(value, str):
            return frozenset([value.lower()])
        if isinstance(value, dict) and set(value) == {"IN"} and value["IN"]:
            return frozenset(str(word).lower() for word in value["IN"])
    return None


def pattern_anchor(pattern: list[dict], vocab: Vocab) -> frozenset[str] | None:
    """The word set of the most selective required token of a token pattern, or None if it has none."""
    candidates = [words for spec in pattern if _required(spec) and (words := _literal_words(spec))]
    if not candidates:
        return None
    return min(candidates, key=lambda words: (sum(vocab[word].is_stop for word in words), len(words)))


class AnchoredMatcher:
    """The parts of the Matcher API SpanRuler uses (`add`, `remove`, `in`, `len`, call on a Doc), with
    patterns grouped by anchor so that a Doc only runs the groups whose anchor words it contains."""

    def __init__(self, vocab: Vocab, validate: bool = True, **matcher_options):
        self.vocab, self.validate, self._options = vocab, validate, matcher_options
        self._groups: dict[frozenset[str] | None, Matcher] = {}
        self._keys: set[str] = set()
        self._by_word: dict[int, list[Matcher]] = {}  # anchor word hash -> the Matchers it switches on

    def _group(self, anchor: frozenset[str] | None) -> Matcher:
        matcher = self._groups.get(anchor)
        if matcher is None:
            matcher = self._groups[anchor] = Matcher(self.vocab, validate=self.validate, **self._options)
            for word in anchor or ():
                self._by_word.setdefault(self.vocab.strings.add(word), []).append(matcher)
        return matcher

    def add(self, key: str, patterns: Iterable[list[dict]]) -> None:
        for pattern in patterns:
            self._group(pattern_anchor(pattern, self.vocab)).add(key, [pattern])
        self._keys.add(key)

    def remove(self, key: str) -> None:
        if key not in self._keys:
            raise ValueError(f"no patterns for key {key!r}")
        self._keys.discard(key)
        for matcher in self._groups.values():
            if key in matcher:
                matcher.remove(key)

    def __contains__(self, key: str) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def matchers_for(self, doc: Doc) -> list[Matcher]:
        """The group Matchers that can match in `doc`: those whose anchor words it has, and the unanchored."""
        words = set(doc.to_array(LOWER).tolist())
        matchers = {id(m): m for word in words.intersection(self._by_word) for m in self._by_word[word]}
        unanchored = self._groups.get(None)
        if unanchored is not None:
            matchers[id(unanchored)] = unanchored
        return [matcher for matcher in matchers.values() if len(matcher)]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return [match for matcher in self.matchers_for(doc) for match in matcher(doc)]


class AnchoredSpanRuler(SpanRuler):
    """SpanRuler with `AnchoredMatcher` for its token patterns; everything else is inherited."""

    def clear(self) -> None:
        super().clear()
        self.matcher = AnchoredMatcher(self.nlp.vocab, validate=self.validate, fuzzy_compare=self.matcher_fuzzy_compare)

    def add_patterns(self, patterns: list[dict]) -> None:
        """SpanRuler's, except that phrase patterns matched on a tokenizer attribute are made by the
        tokenizer alone: the stock ruler runs every component before it (tagger, parser...) on each phrase,
        which costs load time and, with validation on, warns (W012) about every one of them."""
        if self.phrase_matcher_attr not in _TOKENIZER_ATTRS:
            super().add_patterns(patterns)
            return
        with self.nlp.select_pipes(disable=self.nlp.pipe_names):
            super().add_patterns(patterns)
