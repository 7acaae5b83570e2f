"""AnchoredSpanRuler must find exactly the spans of spaCy's SpanRuler, while skipping patterns whose
anchor word a Doc lacks."""

from __future__ import annotations

import pytest
from spacy.pipeline import SpanRuler

from pipeline.nlp import entities
from pipeline.nlp.anchored_ruler import AnchoredSpanRuler, pattern_anchor

# Operators and attributes the models' patterns use, and some they do not (yet).
EXTRA_PATTERNS = [
    {
        "label": "X",
        "id": "star-first",
        "pattern": [{"LOWER": {"IN": ["first", "deputy"]}, "OP": "*"}, {"LOWER": "envoy"}],
    },
    {
        "label": "X",
        "id": "range",
        "pattern": [{"IS_TITLE": True, "OP": "{1,3}"}, {"ORTH": {"IN": ["Brigade", "Corps"]}}],
    },
    {"label": "X", "id": "no-anchor", "pattern": [{"IS_DIGIT": True}, {"IS_TITLE": True, "OP": "+"}]},
    {"label": "X", "id": "negated", "pattern": [{"LOWER": "the", "OP": "!"}, {"TEXT": "Staff"}]},
    {"label": "X", "id": "lowercase-key", "pattern": [{"lower": "joint"}, {"lower": "staff"}]},
]
TEXTS = [
    "First Deputy Defence Minister of the Republic of Arvenia Col-Gen Tomas Bell met the Chief of the General Staff.",
    "The military attaché and the spokesman of the Ministry of Defence said 3 Border Troops units deploy.",
    "Deputy deputy envoy talks: the Joint Staff, 12 Mountain Rifle Brigade and the head of the Naval Forces.",
    "His counterpart, the Special Representative for Central Asia, met Ambassador to the Kingdom of Osterra.",
    "nothing here matches at all",
    "",
]


def _spans(ruler, nlp, text):
    doc = ruler(nlp.make_doc(text))
    return [(s.start, s.end, s.label_, s.id_) for s in doc.spans[entities.RULER_KEY]]


@pytest.fixture(scope="module")
def rulers(nlp_blank):
    patterns = entities.ruler_patterns() + EXTRA_PATTERNS
    plain = SpanRuler(nlp_blank, "plain", spans_key=entities.RULER_KEY)
    anchored = AnchoredSpanRuler(nlp_blank, "anchored", spans_key=entities.RULER_KEY)
    plain.add_patterns(patterns)
    anchored.add_patterns(patterns)
    return plain, anchored


@pytest.mark.parametrize("text", TEXTS)
def test_same_spans_as_spacy_span_ruler(nlp_blank, rulers, text):
    plain, anchored = rulers
    assert _spans(anchored, nlp_blank, text) == _spans(plain, nlp_blank, text)


def test_every_extra_pattern_fires_somewhere(nlp_blank, rulers):
    found = {span_id for text in TEXTS for *_, span_id in _spans(rulers[1], nlp_blank, text)}
    assert {p["id"] for p in EXTRA_PATTERNS} <= found


def test_same_spans_with_the_model_on_the_sample_and_bench_seed_articles(nlp, raw_dir):
    anchored = nlp.get_pipe("meetgraph_ruler")
    assert isinstance(anchored, AnchoredSpanRuler)
    plain = SpanRuler(nlp, "plain", spans_key=entities.RULER_KEY)
    plain.add_patterns(anchored.patterns)
    upto = nlp.pipe_names.index("meetgraph_ruler")
    files = sorted(raw_dir.glob("*.txt")) + sorted((raw_dir.parent.parent / "bench" / "seed").glob("*.txt"))
    texts = [p for f in files for p in f.read_text(encoding="utf-8").splitlines() if p.strip()]
    assert len(texts) > 50
    with nlp.select_pipes(enable=nlp.pipe_names[:upto]):
        docs = list(nlp.pipe(texts))
    found = 0
    for doc in docs:
        expected = plain.match(doc)
        assert anchored.match(doc) == expected
        found += len(expected)
    assert found > 100


def test_a_doc_runs_only_the_groups_of_its_anchor_words(nlp_blank):
    ruler = AnchoredSpanRuler(nlp_blank, "anchored", spans_key="sc")
    ruler.add_patterns(
        [
            {"label": "TITLE", "pattern": [{"LOWER": {"IN": ["military", "naval"]}}, {"LOWER": "attaché"}]},
            {"label": "ORG", "pattern": [{"LOWER": "ministry"}, {"LOWER": "of"}, {"IS_TITLE": True, "OP": "+"}]},
            {"label": "NUM", "pattern": [{"IS_DIGIT": True}]},
        ]
    )
    matcher = ruler.matcher
    assert len(matcher) == 3 and len(matcher.matchers_for(nlp_blank("a quiet day"))) == 1  # the unanchored one
    assert len(matcher.matchers_for(nlp_blank("the Ministry of Defence"))) == 2
    assert len(matcher.matchers_for(nlp_blank("the naval attaché of the Ministry of Defence"))) == 3


def test_remove_by_label_like_span_ruler(nlp_blank):
    ruler = AnchoredSpanRuler(nlp_blank, "anchored", spans_key="sc")
    ruler.add_patterns(
        [{"label": "A", "pattern": [{"LOWER": "envoy"}]}, {"label": "B", "pattern": [{"LOWER": "corps"}]}]
    )
    ruler.remove("A")
    doc = ruler(nlp_blank("envoy corps"))
    assert [s.label_ for s in doc.spans["sc"]] == ["B"]
    assert ruler.labels == ("B",)


@pytest.mark.parametrize(
    "pattern, anchor",
    [
        ([{"LOWER": "the"}, {"LOWER": "attaché"}], {"attaché"}),  # stop words are the last resort
        ([{"LOWER": "deputy", "OP": "?"}, {"ORTH": "Minister"}], {"minister"}),  # optional tokens are not anchors
        ([{"LOWER": {"IN": ["head", "chief", "director"]}}, {"LOWER": "of"}, {"ORTH": "Staff"}], {"staff"}),
        ([{"LOWER": {"IN": ["the", "his"]}}, {"IS_TITLE": True}], {"the", "his"}),
        ([{"IS_TITLE": True, "OP": "+"}, {"LOWER": "x", "OP": "*"}], None),
        ([{"TEXT": {"REGEX": "^Gen"}}], None),
    ],
)
def test_pattern_anchor(nlp_blank, pattern, anchor):
    found = pattern_anchor(pattern, nlp_blank.vocab)
    assert (set(found) if found is not None else None) == anchor
