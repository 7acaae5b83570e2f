"""The registered factories and pattern reader: they build, their config round-trips, and a saved pipeline
loads back with `spacy.load` to the same annotations."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from spacy.util import registry

from pipeline.nlp import components, entities
from pipeline.nlp.anchored_ruler import AnchoredSpanRuler
from pipeline.nlp.attribute_table import AttributeTable
from pipeline.nlp.lemma_memo import LemmaMemo

SENTENCES = [
    "Defence Minister Orhan Babayev met his Valdorian counterpart General Ama Owusu in Nairobi on Monday.",
    "Lt-Gen Selma Korva visited the Ministry of Defence and held talks with the Kenyan army chief.",
    "The Joint Logistics Directorate (JLD) said troops took part in the Golden Lynx-2031 drills.",
]


@pytest.mark.parametrize(
    ("factory", "built"),
    [
        ("meetgraph_span_ruler", AnchoredSpanRuler),
        ("meetgraph_attribute_table", AttributeTable),
        ("meetgraph_lemma_memo", LemmaMemo),
    ],
)
def test_registered_factories_build(nlp_blank, factory, built):
    nlp = spacy.blank("en")
    assert isinstance(nlp.add_pipe(factory), built)


def test_frames_factory_checks_its_method():
    nlp = spacy.blank("en")
    nlp.add_pipe("meetgraph_frames", config={"method": "cooccurrence"})
    assert nlp.config["components"]["meetgraph_frames"]["method"] == "cooccurrence"
    with pytest.raises(ValueError, match="method must be one of"):
        spacy.blank("en").add_pipe("meetgraph_frames", config={"method": "guess"})


def test_the_pattern_reader_is_registered_and_reads_the_ruler_patterns():
    reader = registry.misc.get(components.RULER_PATTERNS)
    assert reader() == entities.ruler_patterns()


def test_domain_pipeline_config_round_trips():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    components.add_domain_components(nlp, relations="cooccurrence")
    config = nlp.config
    assert config["components"]["meetgraph_ruler"]["validate"] is True
    assert config["initialize"]["components"]["meetgraph_ruler"] == {"patterns": {"@misc": components.RULER_PATTERNS}}
    rebuilt = spacy.util.load_model_from_config(spacy.util.load_config_from_str(config.to_str()), auto_fill=True)
    assert rebuilt.pipe_names == nlp.pipe_names
    assert rebuilt.config.to_str() == config.to_str()
    # the initialize block alone fills the rebuilt ruler with the same patterns
    rebuilt.initialize()
    assert rebuilt.get_pipe("meetgraph_ruler").patterns == nlp.get_pipe("meetgraph_ruler").patterns


def test_the_ruler_validates_its_patterns():
    nlp = spacy.blank("en")
    nlp.config["initialize"]["components"]["ruler"] = {"patterns": [{"label": "X", "pattern": [{"LOWR": "a"}]}]}
    nlp.add_pipe("meetgraph_span_ruler", name="ruler")
    with pytest.raises(ValueError):
        components.initialize_components(nlp, ["ruler"])


def _annotations(doc) -> dict:
    return {
        "tokens": [(t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, str(t.morph)) for t in doc],
        "ents": [(e.start, e.end, e.label_, e.id_) for e in doc.ents],
        "spans": {key: [(s.start, s.end, s.label_, s.id_) for s in group] for key, group in doc.spans.items()},
        "frames": doc._.meeting_frames,
    }


@pytest.mark.slow
def test_saved_pipeline_loads_back_to_the_same_annotations(nlp, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    loaded = spacy.load(tmp_path / "saved")
    assert loaded.pipe_names == nlp.pipe_names
    for text in SENTENCES:
        before, after = _annotations(nlp(text)), _annotations(loaded(text))
        assert after == before
    assert any(_annotations(nlp(text))["frames"] for text in SENTENCES)


@pytest.mark.slow
def test_a_saved_pipeline_loads_where_pipeline_was_never_imported(nlp, tmp_path):
    """The entry points in pyproject.toml let spaCy find meetgraph's components on its own."""
    nlp.to_disk(tmp_path / "saved")
    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp(sys.argv[2])\n"
        "print(json.dumps([[e.start, e.end, e.label_, e.id_] for e in doc.ents]))\n"
    )
    text = SENTENCES[0]
    found = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "saved"), text], capture_output=True, text=True, check=True
    )
    assert json.loads(found.stdout) == [[e.start, e.end, e.label_, e.id_] for e in nlp(text).ents]


def test_the_sentence_guard_keeps_a_sentence_whole_on_its_line():
    # class: the parser cut "hosted A, Commander of the X (XCG) District 14, and B" at "District"; the guard sits
    # before the parser and marks the tokens on the line of a word, number, comma or bracket as no sentence start
    nlp = spacy.blank("en")
    nlp.add_pipe("meetgraph_sentence_guard")
    doc = nlp("He met A, Commander of the Coast Guard (USCG) District 14, and Brant. Then he left.\nNext line")
    guarded = {t.text for t in doc if t.is_sent_start is False}
    assert {"District", "14", "and", "Brant"} <= guarded
    assert {"Then", "Next"}.isdisjoint(guarded)  # after a full stop or a line break: the parser decides
