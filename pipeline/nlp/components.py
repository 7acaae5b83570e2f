"""Every spaCy factory and registered function meetgraph uses, in one module.

Config strings such as `meetgraph_frames` are implemented here and nowhere else.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp import frames


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


def add_domain_components(nlp: Language, relations: str = "rules") -> None:
    register_extensions()
    if "meetgraph_frames" not in nlp.pipe_names:
        nlp.add_pipe("meetgraph_frames", last=True, config={"method": relations})
