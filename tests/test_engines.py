"""Engines: the dask engine must produce exactly the local engine's outputs; the loader keeps only
the components the stages read."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline import io, schema
from pipeline.runtime import engines, registry, runner
from pipeline.stages import ner


@pytest.fixture(scope="module")
def local_tables(raw_dir, nlp):
    return runner.run_stages(io.read_inputs(raw_dir), nlp, n_process=1)


@pytest.fixture(scope="module")
def dask_client():
    pytest.importorskip("dask.distributed")
    with engines.dask_client(workers=2) as client:
        yield client


def test_forked_local_workers_match_one_process(raw_dir, local_tables, nlp, monkeypatch):
    # Runs before the dask tests: fork before any cluster threads exist.
    monkeypatch.setattr(engines, "TEXTS_PER_PARTITION", 4)
    with engines.open_engine("local", nlp=nlp, n_process=2) as analyze:
        forked_tables = runner.run_stages(io.read_inputs(raw_dir), nlp, analyze=analyze)
        assert analyze.closed  # run_stages stopped the workers once the analysis was done
    for name, local in local_tables.items():
        pd.testing.assert_frame_equal(forked_tables[name], local, obj=name)


def test_a_closed_engine_has_no_workers_left(nlp):
    import multiprocessing

    with engines.open_engine("local", nlp=nlp, n_process=2) as analyze:
        assert len(multiprocessing.active_children()) == 2
        analyze.close()
        assert multiprocessing.active_children() == []
        with pytest.raises(RuntimeError, match="closed"):
            analyze(pd.DataFrame({"text_id": ["t"], "text": ["Anna met Omar."]}))


def test_open_analysis_gives_the_ner_stage_a_cache_and_an_engine_it_closes(tmp_path, blank_model):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Anna Weber met Omar Kaya in Ankara.\n\nThey discussed training.\n")
    tables = {registry.SOURCE: io.read_inputs(tmp_path / "in")}
    with runner.open_analysis(str(blank_model), cache_dir=tmp_path / "cache", n_process=2) as context:
        for stage in registry.STAGES[:3]:  # clean, dedup, ner
            tables.update(registry.call(stage, [tables[name] for name in stage.inputs], context))
        assert context.analyze.closed
        assert context.texts == context.texts_analysed == 2
    assert list((tmp_path / "cache").glob("analysis-*.sqlite"))


def test_dask_engine_matches_local_on_sample_data(raw_dir, local_tables, dask_client, monkeypatch):
    # Small partitions so that the 19 sample texts are spread over both workers and must be re-joined in order.
    monkeypatch.setattr(engines, "TEXTS_PER_PARTITION", 4)
    with engines.open_engine("dask", client=dask_client, batch_size=8) as analyze:
        dask_tables = runner.run_stages(io.read_inputs(raw_dir), nlp=None, analyze=analyze)
    assert set(dask_tables) == set(schema.TABLES)
    assert len(local_tables["mentions"]) > 0 and len(local_tables["nodes"]) > 0
    for name, local in local_tables.items():
        pd.testing.assert_frame_equal(dask_tables[name], local, check_dtype=True, obj=name)


def test_dask_engine_keeps_text_order_across_partitions(dask_client, monkeypatch):
    monkeypatch.setattr(engines, "TEXTS_PER_PARTITION", 2)
    texts = pd.DataFrame({"text_id": [f"t{i}" for i in range(6)], "text": ["Anna Weber met Omar Kaya."] * 6})
    with engines.open_engine("dask", client=dask_client, batch_size=2) as analyze:
        analysis = analyze(texts)
    assert analysis["text_mentions"]["text_id"].drop_duplicates().tolist() == texts["text_id"].tolist()
    assert set(analysis) == {"text_mentions", "frames", "errors"}
    assert analysis["errors"].empty


def test_dask_engine_on_no_texts_returns_empty_tables(dask_client):
    empty = pd.DataFrame({"text_id": [], "text": []})
    with engines.open_engine("dask", client=dask_client) as analyze:
        analysis = analyze(empty)
    assert list(analysis["text_mentions"].columns) == ner.TEXT_MENTION_COLUMNS
    assert analysis["frames"].empty


def test_unknown_engine_is_a_clear_error(nlp_blank):
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        with engines.open_engine("spark", nlp=nlp_blank):
            pass


def test_loader_drops_disabled_components_and_keeps_the_rest(nlp):
    assert "senter" not in nlp.component_names  # shipped (disabled) by the model, never run
    assert {"tok2vec", "tagger", "parser", "meetgraph_lemma_memo", "ner"} <= set(nlp.pipe_names)  # lemmatizer, memoised
    assert nlp.disabled == []


def test_default_processes_is_positive():
    assert engines.default_processes() >= 1


def test_local_cluster_workers_run_without_the_settings_that_slow_spacy(dask_client):
    # The nanny's MALLOC_TRIM_THRESHOLD_ turns off glibc's dynamic mmap threshold (+25% CPU in spaCy here) and
    # the profiler samples the task thread every 10 ms: the LocalCluster of the dask engine has neither.
    import dask

    def worker_settings():
        import os

        return os.environ.get("MALLOC_TRIM_THRESHOLD_"), dask.config.get("distributed.worker.profile.enabled")

    settings = dask_client.run(worker_settings)
    assert len(settings) == 2
    assert set(settings.values()) == {(None, False)}


def test_dask_engine_loads_the_pipeline_on_every_worker_before_the_first_texts(dask_client):
    import time

    def cached_pipelines():
        from pipeline.runtime import engines as worker_engines

        return worker_engines._worker_nlp.cache_info().currsize

    before = dask_client.run(cached_pipelines)
    # a setting no other test uses: a new entry of the workers' pipeline cache
    with engines.open_engine("dask", client=dask_client, relations="cooccurrence"):
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            now = dask_client.run(cached_pipelines)
            if all(now[w] == before[w] + 1 for w in before):
                break
            time.sleep(0.2)
    assert now == {w: n + 1 for w, n in before.items()}


def test_local_cluster_workers_start_with_the_clients_pipeline(nlp_blank):
    """On Linux the LocalCluster's workers are forked from the client and find the pipeline it loaded: no import
    or model load of their own (the model name here cannot be loaded, so a worker that loaded it would fail)."""
    pytest.importorskip("dask.distributed")
    if not engines.FORK_WORKERS:
        pytest.skip("workers are spawned on this platform")
    from dask.distributed import default_client

    nlp_blank.meta["marker"] = "the client's"

    def marker():
        from pipeline.runtime import engines as worker_engines

        return worker_engines._worker_nlp("no_such_model", "rules", False).meta.get("marker")

    try:
        with engines.open_engine("dask", model="no_such_model", nlp=nlp_blank, workers=1):
            assert set(default_client().run(marker).values()) == {"the client's"}
    finally:
        nlp_blank.meta.pop("marker", None)
    assert engines._PRELOADED == {}
