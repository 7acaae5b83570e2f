"""Which paragraphs are English: the English analysis (ner, resolve, relate) skips the others.

Crawled pages mix languages: an English article followed by its Azerbaijani and Russian headlines, an
embedded post in Greek, a whole article in Arabic. Each paragraph gets a `language` (ISO 639 code, `und` when
unknown); a document's language is `en` when any paragraph is English (those are analysed), else the
language of most of its paragraphs.

Detection must cost next to nothing on English news, so a cheap prefilter decides most paragraphs
(thresholds and marker words in models/language.json):
- a paragraph mostly in a non-Latin script is not English (the detector only names the language);
- a Latin-script paragraph whose words are at least `min_marker_share` English marker words ("the", "of",
  "met", "minister", ...), or that has fewer than `min_words_to_detect` words, is English;
- the rest (Latin-script text with few English words: Azerbaijani, Turkish, French, Indonesian, or a line of
  names) go to the detector, py3langid, and count as not English only when it is confident.
The choice of py3langid and the thresholds are measured by `bench/langid_eval.py` on
tests/data/langid_sample.jsonl (docs/safety.md has the figures).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import pandas as pd

from pipeline import resources

ENGLISH = "en"
UNKNOWN = "und"
NO_LANGUAGE = "zxx"  # the detector's label for text with no linguistic content (tags, codes): analysed as English
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _config() -> dict:
    config = resources.read_json("language.json")
    config["markers"] = frozenset(config["english_marker_words"])
    return config


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=4096)
def _is_latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


def written_without_spaces(text: str) -> bool:
    """Text in a script that puts no spaces between words (Chinese, Japanese, Thai...): one token of it can be a
    whole sentence or a full name, so word counts say nothing about it."""
    prefixes = tuple(_config()["unspaced_scripts"])
    return any(not c.isascii() and unicodedata.name(c, "").startswith(prefixes) for c in text)


def _non_latin_share(words: list[str]) -> float:
    letters = "".join(words)
    if letters.isascii():
        return 0.0
    other = sum(1 for c in letters if not c.isascii() and not _is_latin(c))
    return other / len(letters)


def detect(text: str) -> str:
    """The detector's language for `text` when it is confident, else `und`."""
    lang, prob = _identifier().classify(text)
    return lang if prob >= _config()["min_confidence"] else UNKNOWN


def paragraph_language(text: str, detector=None) -> str:
    """ISO 639-1 language of one paragraph: `en`, another code, or `und` (not English, language unknown).

    `detector(text) -> code or und` replaces `detect` (bench/langid_eval.py compares detectors with it)."""
    detector = detector or detect
    config = _config()
    words = _WORD.findall(text)
    if not words:
        return ENGLISH  # no letters: nothing to analyse, nothing to skip
    if _non_latin_share(words) > 0.5:
        lang = detector(text)
        return UNKNOWN if lang == ENGLISH else lang
    if len(words) < config["min_words_to_detect"]:
        return ENGLISH
    markers = config["markers"]
    if sum(1 for w in words if w.lower() in markers) >= config["min_marker_share"] * len(words):
        return ENGLISH
    lang = detector(text)
    return ENGLISH if lang in (ENGLISH, UNKNOWN, NO_LANGUAGE) else lang


def mark_paragraphs(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """`paragraphs` with a `language` column (the same texts detected once)."""
    paragraphs = paragraphs.copy()
    cache: dict[str, str] = {}
    paragraphs["language"] = [
        cache.get(t) or cache.setdefault(t, paragraph_language(t)) for t in paragraphs["text"].astype(str)
    ]
    return paragraphs


def document_languages(paragraphs: pd.DataFrame) -> dict[str, str]:
    """doc_id -> `en` when any paragraph is English, else the language of most of its paragraphs."""
    out: dict[str, str] = {}
    for doc_id, langs in paragraphs.groupby("doc_id", sort=False)["language"]:
        values = list(langs)
        out[doc_id] = ENGLISH if ENGLISH in values else Counter(values).most_common(1)[0][0]
    return out
