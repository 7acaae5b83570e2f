"""Shared fixtures. Models are loaded lazily, once per session, never at import time."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
# fixtures that load the statistical English model (dask_client: its workers do): a test using one is marked
# `slow`, and `make test-fast` skips it
MODEL_FIXTURES = frozenset({"nlp", "english_model", "sample_output", "dask_client"})


def pytest_collection_modifyitems(items):
    for item in items:
        if MODEL_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def nlp_blank():
    return spacy.blank("en")


@pytest.fixture(scope="session")
def nlp_entities():
    """A blank English pipeline with a sentencizer and meetgraph's domain ruler and entity settling: the
    pattern-based entities without the statistical model."""
    from pipeline.nlp import components

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    components.add_entity_components(nlp)
    return nlp


@pytest.fixture(scope="session")
def english_model():
    """The default English model as spaCy loads it, without meetgraph's components."""
    from pipeline.nlp.loader import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def nlp():
    """The full meetgraph pipeline on the default model (statistical model + domain components)."""
    from pipeline.nlp.loader import DEFAULT_MODEL, load_nlp

    return load_nlp(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def blank_model(tmp_path_factory) -> Path:
    """A saved blank English pipeline with a sentencizer: runs the CLI in seconds where no model quality matters."""
    path = tmp_path_factory.mktemp("model") / "blank"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW


@pytest.fixture(scope="session")
def sample_output(tmp_path_factory) -> Path:
    """The whole pipeline run once through the CLI on data/raw."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["run", "--input", str(RAW), "--output", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def models_copy(tmp_path, monkeypatch):
    """A copy of `models/` in MEETGRAPH_MODELS. Returns `edit(file, change, *modules)`: applies `change` to the JSON
    of `file` (relative to models/) and clears the cached loaders of `modules`, so the next call reads the edit."""
    import json
    import shutil

    from pipeline import resources

    models = tmp_path / "models"
    shutil.copytree(resources.models_dir(), models)
    monkeypatch.setenv("MEETGRAPH_MODELS", str(models))
    cleared = []

    def clear(modules) -> None:
        for module in modules:
            for fn in vars(module).values():
                if hasattr(fn, "cache_clear"):
                    fn.cache_clear()

    def edit(file: str, change, *modules) -> None:
        path = models / file
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data), encoding="utf-8")
        cleared.extend(modules)
        clear(modules)

    yield edit
    clear(cleared)
