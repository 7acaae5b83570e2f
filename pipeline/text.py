"""Plain-text helpers shared by the stages and the analyst's tools: folded forms, slugs, content hashes."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_ASCII_NON_ALNUM = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})
# Latin letters that Unicode does not decompose into a base letter and a mark ("Bolesław", "Støre", "Đorđe")
_UNDECOMPOSED = str.maketrans("ıłŁøØđĐħĦ", "ilLoOdDhH") | str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"}
)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents ("Çavuşoğlu" -> "cavusoglu", "Bolesław" -> "boleslaw"), punctuation kept: the
    form names are compared in."""
    text = unicodedata.normalize("NFKD", str(text)).translate(_UNDECOMPOSED)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def fold_text(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a text: its words, folded, joined by single spaces."""
    if text.isascii():
        # the same result as the regex below for ASCII text (letters and digits kept), three times faster
        return " ".join(text.lower().translate(_ASCII_NON_ALNUM).split())
    text = unicodedata.normalize("NFKD", text.casefold()).translate(_UNDECOMPOSED)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", text))


def slug(text: str) -> str:
    """A folded name as an id part ("Ivan Petrov" -> "ivan-petrov"); "x" when nothing is left."""
    folded = fold(text)
    # a name with no Latin letter or digit (Шойгу, 李明) keeps its own script instead of folding to nothing
    return (re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or re.sub(r"[\W_]+", "-", folded).strip("-")) or "x"


def text_hash(text: str, prefix: str = "") -> str:
    """A short stable id of a text: `prefix` and 16 hex digits of its BLAKE2b hash."""
    return prefix + hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
