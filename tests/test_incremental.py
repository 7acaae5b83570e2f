"""Daily increments: new articles run into an existing output (cache kept) give the tables of a full run.

The run caches the cleaning of each input, the analysis of each distinct text, the in-document linking of each
document and each document's meetings (`pipeline.runtime.stage_cache`, `pipeline.runtime.cache`); every corpus-wide step runs again. Invented
articles: a new one repeats an old one's background paragraph (which only then becomes boilerplate), another
names an old person by surname alone (a new alias of the old person's node).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline import io, schema
from pipeline.runtime import runner, stage_cache

BACKGROUND = (
    "The Kestrel Bay exercise has been held every spring since 2011 and brings together naval units of five countries."
)
OLD = {
    "a-karlan.txt": (
        "date 2024-03-01 By Trend\n\n"
        "Azerbaijan's Defence Minister Ivo Karlan met Turkish Chief of General Staff General Tomas Brevik in Baku "
        "on Monday.\n\n"
        "The two discussed joint training and the supply of patrol boats.\n\n" + BACKGROUND + "\n"
    ),
    "b-mori.txt": (
        "date 2024-03-02 By Reuters\n\n"
        "Georgian Defence Minister Lena Mori visited Ankara on Tuesday and met her Turkish counterpart Omar Dalan.\n\n"
        "They signed a memorandum on military education.\n"
    ),
}
NEW = {
    "c-background.txt": (
        "date 2024-03-05 By APA\n\n"
        "Kazakh Navy Commander Rear Admiral Arman Setov visited Aktau port on Thursday.\n\n" + BACKGROUND + "\n"
    ),
    "d-alias.txt": (
        "date 2024-03-06 By Report\n\n"
        "Azerbaijan's Defence Minister Ivo Karlan received Japanese Ambassador Kenji Taro in Baku on Wednesday.\n\n"
        "Karlan said the talks on training programmes were useful.\n"
    ),
}


def _write(folder: Path, articles: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")


def _background_flags(tables: dict[str, pd.DataFrame]) -> set[bool]:
    paragraphs = tables["paragraphs"]
    return set(paragraphs.loc[paragraphs["text"] == BACKGROUND, "is_boilerplate"].astype(bool))


def _aliases(tables: dict[str, pd.DataFrame], name: str) -> set[str]:
    nodes = tables["nodes"]
    return {a for aliases in nodes.loc[nodes["name"] == name, "aliases"] for a in aliases}


@pytest.mark.slow
def test_increment_equals_a_full_run(tmp_path):
    inputs, out, cache_dir = tmp_path / "in", tmp_path / "out", tmp_path / "cache"
    _write(inputs, OLD)
    runner.run(inputs, out, cache_dir=cache_dir)
    before = io.load(out)
    assert _background_flags(before) == {False}  # one story only: not yet boilerplate
    assert "Karlan" not in _aliases(before, "Ivo Karlan")

    _write(inputs, NEW)
    report = runner.run(inputs, out, cache_dir=cache_dir)
    assert report.counts["texts_analysed"] > 0 and report.counts["texts_cached"] > 0
    increment = io.load(out)

    everything = tmp_path / "all"
    _write(everything, {**OLD, **NEW})
    runner.run(everything, tmp_path / "out-all", use_cache=False)
    full = io.load(tmp_path / "out-all")

    assert _background_flags(increment) == {True}  # the old story's paragraph too
    assert "Karlan" in _aliases(increment, "Ivo Karlan")
    assert set(increment) == set(full) == set(schema.TABLES)
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(increment[name], full[name], obj=name)


MERGE_OLD = {
    "e-talks.txt": (
        "date 2024-04-02 By Trend\n\n"
        "Moldovan Defence Minister Radu Cebotar met Polish Deputy Defence Minister Marek Wilczak in Chisinau on "
        "Tuesday.\n\n"
        "The two discussed air defence training.\n"
    ),
    "g-cebotar.txt": (
        "date 2024-04-03 By APA\n\n"
        "Defence Minister Radu Cebotar met Chief of General Staff General Ion Rusu in Chisinau on Wednesday.\n"
    ),
}
MERGE_NEW = {
    "f-talks.txt": (
        "date 2024-04-02 By Reuters\n\n"
        "Polish Deputy Defence Minister Marek Wilczak held talks with Moldovan Defence Minister Radu Cebotar in "
        "Chisinau on Tuesday.\n\n"
        "They agreed to expand officer exchanges.\n"
    ),
}


@pytest.mark.slow
def test_increment_merges_a_new_outlets_report_into_an_old_meeting(tmp_path):
    """A new article from another outlet reports a meeting an old article told: the increment gives the one
    merged meeting of a full run (both documents, one meeting id), and every table of that run."""
    inputs, out, cache_dir = tmp_path / "in", tmp_path / "out", tmp_path / "cache"
    _write(inputs, MERGE_OLD)
    runner.run(inputs, out, cache_dir=cache_dir)
    _write(inputs, MERGE_NEW)
    runner.run(inputs, out, cache_dir=cache_dir)
    increment = io.load(out)
    everything = tmp_path / "all"
    _write(everything, {**MERGE_OLD, **MERGE_NEW})
    runner.run(everything, tmp_path / "out-all", use_cache=False)
    full = io.load(tmp_path / "out-all")

    meetings = increment["meetings"]
    docs_per_meeting = meetings.groupby("meeting_id")["doc_id"].nunique()
    assert docs_per_meeting.max() == 2  # the old and the new report of the talks
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(increment[name], full[name], obj=name)


def test_clean_cache_gives_the_tables_of_cleaning(tmp_path):
    """Cold, warm and grown runs of the cached clean stage equal `clean.clean_documents`."""
    from pipeline.stages import clean

    _write(tmp_path / "in", {**OLD, "empty.txt": " \n"})
    raw = io.read_inputs(tmp_path / "in")
    store = stage_cache.CleanCache(tmp_path / "cache")
    plain = clean.clean_documents(raw)
    for _ in range(2):
        for got, want in zip(stage_cache.clean_documents(raw, store), plain):
            pd.testing.assert_frame_equal(got, want)
    _write(tmp_path / "in", NEW)
    raw = io.read_inputs(tmp_path / "in")
    for got, want in zip(stage_cache.clean_documents(raw, store), clean.clean_documents(raw)):
        pd.testing.assert_frame_equal(got, want)
    store.close()


def test_band_keys_store_gives_the_clusters_of_dedup(tmp_path):
    """Dedup with the MinHash band key store, cold, warm and on a grown corpus whose new paragraph is a near
    copy of an old one (it joins the old cluster), equals dedup without it; a warm run computes no key."""
    from pipeline.stages import dedup

    old = [
        BACKGROUND,
        "Azerbaijan's Defence Minister Ivo Karlan met Turkish Chief of General Staff General Tomas Brevik.",
        "They signed a memorandum on military education.",
    ]
    new = old + [BACKGROUND.replace("five", "six"), "Kazakh Navy Commander Rear Admiral Arman Setov visited Aktau."]

    def clusters(texts, store):
        return dedup.assign_clusters(pd.DataFrame({"text": texts}), store).tolist()

    store = stage_cache.BandKeys(tmp_path)
    plain = clusters(old, None)
    assert clusters(old, store) == plain
    assert store.path.exists()
    warm = stage_cache.BandKeys(tmp_path)
    computed = []
    real = dedup.minhash_signatures
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            dedup, "minhash_signatures", lambda texts, *a, **k: computed.append(len(texts)) or real(texts, *a, **k)
        )
        assert clusters(old, warm) == plain
        assert computed == []  # every key from the store
    grown = clusters(new, stage_cache.BandKeys(tmp_path))
    assert grown == clusters(new, None)
    assert grown[3] == grown[0]  # the near copy joined the old background paragraph


def test_link_memo_replays_in_document_linking(tmp_path):
    """Resolve with the per-document linking memo, cold and warm, equals resolve without it."""
    from pipeline.stages import resolve

    mentions = pd.DataFrame(
        [
            ("d1", 0, 0, "PERSON", "Defence Minister", 0, 16, "TITLE"),
            ("d1", 0, 0, "PERSON", "Ivo Karlan", 17, 27, "PERSON"),
            ("d1", 1, 0, "PERSON", "Karlan", 0, 6, "PERSON"),
            ("d1", 1, 0, "PERSON", "the minister", 20, 32, "REF"),
            ("d2", 0, 0, "PERSON", "General", 0, 7, "RANK"),
            ("d2", 0, 0, "PERSON", "Tomas Brevik", 8, 20, "PERSON"),
            ("d2", 0, 0, "PERSON", "Ivo Karlan", 30, 40, "PERSON"),
        ],
        columns=["doc_id", "para_idx", "sent_idx", "kind", "text", "start", "end", "label"],
    ).drop(columns="kind")
    mentions["norm"] = mentions["text"]
    mentions["is_boilerplate"] = False
    plain = resolve.resolve_entities(mentions.copy())
    for _ in range(2):
        memo = stage_cache.LinkMemo(tmp_path)
        got = resolve.resolve_entities(mentions.copy(), link=memo)
        memo.commit()
        memo.close()
        for a, b in zip(got, plain):
            pd.testing.assert_frame_equal(a, b)
    assert memo.hits == 2 and memo.misses == 0


def test_stage_cache_keys_follow_the_models_folder(models_copy):
    """A changed word list in models/ starts fresh stage caches (another configuration key)."""
    keys = stage_cache.config_key(), stage_cache.link_config_key(), stage_cache.relate_config_key("k")
    models_copy("dedup/boilerplate.json", lambda data: data.update(min_words=9))
    assert stage_cache.config_key() != keys[0]
    assert stage_cache.link_config_key() != keys[1]
    assert stage_cache.relate_config_key("k") != keys[2]
