"""Every spaCy factory and registered function meetgraph uses, in one module.

Config strings such as `meetgraph_frames` are implemented here and nowhere else.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from pipeline import resources
from pipeline.nlp import entities, frames
from pipeline.nlp.anchored_ruler import AnchoredSpanRuler
from pipeline.nlp.attribute_table import AttributeTable
from pipeline.nlp.lemma_memo import LemmaMemo


def register_extensions() -> None:
    if not Doc.has_extension("meeting_frames"):
        Doc.set_extension("meeting_frames", default=None)


@Language.factory("meetgraph_frames", default_config={"method": "rules"})
def make_frame_extractor(nlp: Language, name: str, method: str):
    """Reads meeting frames (trigger, participants, attributes) off the parse into `doc._.meeting_frames`.

    `method` is "rules" (the parse) or "cooccurrence" (the stock baseline, kept for comparison).
    """
    if method not in frames.METHODS:
        raise ValueError(f"meetgraph_frames: method must be one of {frames.METHODS}, not {method!r}")
    register_extensions()

    def extract(doc: Doc) -> Doc:
        doc._.meeting_frames = frames.extract_frames(doc, method)
        return doc

    return extract


@Language.factory(
    "meetgraph_attribute_table",
    default_config={"validate": True, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_attribute_table(nlp: Language, name: str, validate: bool, scorer):
    """spaCy's attribute_ruler with dictionary lookups instead of the Matcher: same annotations, ~4x faster."""
    return AttributeTable(nlp.vocab, name, validate=validate, scorer=scorer)


@Language.factory("meetgraph_lemma_memo", default_config={"overwrite": False})
def make_lemma_memo(nlp: Language, name: str, overwrite: bool):
    """The model's rule lemmatizer memoised on (word, POS, morphology); `lemma_memo.memoise_rule_lemmatizer`
    puts it in place and hands it the model's lemmatizer. Built around a fresh rule lemmatizer of the
    language (English's has its own rules), whose tables `from_disk` reads back, so that a saved pipeline
    loads with `spacy.load`."""
    config = {"mode": "rule", "overwrite": overwrite, "model": None}
    return LemmaMemo(nlp.create_pipe("lemmatizer", name=name, config=config))


@Language.factory("meetgraph_sentence_guard")
def make_sentence_guard(nlp: Language, name: str):
    """Marks the tokens no sentence starts at, for the parser after it: a token on the line of a word, a number, a
    comma or a closing bracket. Left free, the parser cut "hosted A, Commander of the X Coast Guard (XCG) District 14,
    and B" into two sentences at "District", and the second side was lost with its sentence."""

    def guard(doc: Doc) -> Doc:
        for token in doc[1:]:
            before = doc[token.i - 1]
            if not token.is_space and (before.is_alpha or before.like_num or before.text in (",", ")")):
                token.is_sent_start = False
        return doc

    return guard


@Language.factory("meetgraph_entities")
def make_entity_settler(nlp: Language, name: str):
    """Merges the domain ruler's spans, cue-found exercises and the model's entities into `doc.ents`."""
    return entities.settle_entities


@Language.factory(
    "meetgraph_span_ruler",
    assigns=["doc.spans"],
    default_config={"spans_key": entities.RULER_KEY, "overwrite": True, "validate": True},
)
def make_anchored_span_ruler(nlp: Language, name: str, spans_key: str, overwrite: bool, validate: bool):
    """spaCy's span_ruler whose token patterns only run on Docs that contain their anchor words: the same
    spans, with a third of the matching time."""
    return AnchoredSpanRuler(nlp, name, spans_key=spans_key, overwrite=overwrite, validate=validate)


RULER_PATTERNS = "meetgraph.ruler_patterns.v1"


@registry.misc(RULER_PATTERNS)
def read_ruler_patterns() -> list[dict]:
    """The domain SpanRuler's patterns: models/patterns plus the gazetteer's countries, demonyms and cities.

    Named in `[initialize.components.meetgraph_ruler.patterns]`, so the ruler is filled by `initialize`,
    as spaCy's own rulers are; `nlp.to_disk()` then saves the patterns with the pipeline.
    """
    return entities.ruler_patterns()


def initialize_components(nlp: Language, names: list[str]) -> None:
    """Run `initialize` for the named components only, with their `[initialize.components.NAME]` settings
    resolved (and validated) from the config: `nlp.initialize()` would also reset the model's trained pipes."""
    for name in names:
        settings = registry.resolve(nlp.config["initialize"]["components"].get(name, {}), validate=True)
        nlp.get_pipe(name).initialize(lambda: [], nlp=nlp, **settings)


def keep_abbreviation_stops(nlp: Language) -> None:
    """Abbreviated ranks and forms of address stay one token with their full stop ("Brig.", "Hon.",
    models/abbreviations.txt), as spaCy's "Gen." does: split off, the stop ends a sentence inside a name."""
    for word in resources.read_lines("abbreviations.txt"):
        nlp.tokenizer.add_special_case(f"{word}.", [{"ORTH": f"{word}."}])


def keep_glued_initials(nlp: Language) -> None:
    """ "Ts.Velkhuyag": a Mongolian name whose father's initial is two Latin letters (models/entities.json
    glued_initials) stays one token, as "G.Velkhuyag" does; spaCy's infix rule for a missing space after a sentence
    cut it at the stop."""
    glued = entities.glued_initial_name().pattern
    previous = nlp.tokenizer.token_match
    pattern = glued if previous is None else f"(?:{glued})|(?:{previous.__self__.pattern})"
    nlp.tokenizer.token_match = re.compile(pattern).match


def keep_joint_verbs(nlp: Language) -> None:
    """ "co-chaired", "co-hosted" stay one token with the plain verb's lemma (models/joint_verbs.json): split at
    the hyphen, "co" was parsed as a verb and "chair" as its object. The lemma is set by the attribute ruler,
    which runs before the lemmatizer (a pipeline without one keeps the word whole only)."""
    verbs = resources.read_json("joint_verbs.json")["verbs"]
    for form in verbs:
        for written in {form, form.capitalize()}:
            nlp.tokenizer.add_special_case(written, [{"ORTH": written}])
    if "attribute_ruler" in nlp.pipe_names:
        nlp.get_pipe("attribute_ruler").add_patterns(
            [{"patterns": [[{"LOWER": form}]], "attrs": {"LEMMA": lemma}} for form, lemma in verbs.items()]
        )


def add_entity_components(nlp: Language) -> None:
    """The domain SpanRuler (filled at initialize through `RULER_PATTERNS`) and the settling step, before
    the frames pipe; the tokenizer first keeps abbreviations whole, so that the ruler's patterns are read the
    same way."""
    keep_abbreviation_stops(nlp)
    keep_glued_initials(nlp)
    keep_joint_verbs(nlp)
    if "meetgraph_ruler" not in nlp.pipe_names:
        nlp.add_pipe("meetgraph_span_ruler", name="meetgraph_ruler")
        nlp.config["initialize"]["components"]["meetgraph_ruler"] = {"patterns": {"@misc": RULER_PATTERNS}}
        initialize_components(nlp, ["meetgraph_ruler"])
    if "meetgraph_entities" not in nlp.pipe_names:
        nlp.add_pipe("meetgraph_entities", after="meetgraph_ruler")


def add_domain_components(nlp: Language, relations: str = "rules") -> None:
    register_extensions()
    if "parser" in nlp.pipe_names and "meetgraph_sentence_guard" not in nlp.pipe_names:
        nlp.add_pipe("meetgraph_sentence_guard", before="parser")
    add_entity_components(nlp)
    if "meetgraph_frames" not in nlp.pipe_names:
        nlp.add_pipe("meetgraph_frames", last=True, config={"method": relations})
