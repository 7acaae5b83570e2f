"""Token strings of a whole Doc, read with one `to_array` and a memo of string hash -> string.

The domain components scan every token for cue words several times. A Token property builds a Token
object and a new string on each access; a list built once per Doc, from a memo shared by every Doc the
process analyses, costs a dictionary lookup a token.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import NAMES
from spacy.tokens import Doc

MEMO_LIMIT = 200_000  # strings remembered before the memos start afresh: bounded memory on any corpus
_POS_NAMES = {int(pos): name for pos, name in NAMES.items()}
_strings: dict[int, str] = {}
_lowered: dict[int, str] = {}


def _fresh() -> None:
    if len(_strings) > MEMO_LIMIT or len(_lowered) > MEMO_LIMIT:
        _strings.clear()
        _lowered.clear()


def _read(doc: Doc, attr: int, memo: dict[int, str], convert=str) -> list[str]:
    _fresh()
    store = doc.vocab.strings
    out = []
    for key in doc.to_array(attr).tolist():
        found = memo.get(key)
        if found is None:
            found = memo[key] = convert(store[key])
        out.append(found)
    return out


def strings(doc: Doc, attr: int) -> list[str]:
    """Each token's string for a hashed attribute (ORTH, LOWER, LEMMA, TAG, DEP...), as `token.<attr>_`."""
    return _read(doc, attr, _strings)


def lowered_lemmas(doc: Doc) -> list[str]:
    """Each token's `lemma_.lower()`."""
    return _read(doc, LEMMA, _lowered, str.lower)


def pos_names(doc: Doc) -> list[str]:
    """Each token's `pos_`."""
    return [_POS_NAMES[pos] for pos in doc.to_array(POS).tolist()]
