"""The analysis cache: chunked, cached and uncached analysis give the same tables."""

from __future__ import annotations

import pandas as pd

from pipeline import schema
from pipeline.runtime import cache
from pipeline.stages import ner


def _fake_analyze(calls: list[int]):
    """Stands in for spaCy: one mention per word starting with a capital, one frame per text."""

    def analyze(texts: pd.DataFrame) -> dict[str, pd.DataFrame]:
        calls.append(len(texts))
        mentions, frames = [], []
        for text_id, text in zip(texts["text_id"], texts["text"]):
            start = 0
            for word in text.split():
                start = text.index(word, start)
                if word[0].isupper():
                    mentions.append(
                        {
                            "text_id": text_id,
                            "start": start,
                            "end": start + len(word),
                            "text": word,
                            "label": "PERSON",
                            "sent_idx": 0,
                            "norm": word,
                        }
                    )
                start += len(word)
            frames.append(
                {
                    **dict.fromkeys(ner.FRAME_COLUMNS),
                    "text_id": text_id,
                    "frame_idx": 0,
                    "kind": "context",
                    "topics": [text[:5]],
                    "refs": [[0, 4, text[:4]]],
                }
            )
        return {
            "text_mentions": pd.DataFrame(mentions, columns=ner.TEXT_MENTION_COLUMNS),
            "frames": ner.frames_table(frames),
        }

    return analyze


TEXTS = pd.DataFrame(
    {
        "text_id": [f"t{i}" for i in range(7)],
        "text": [f"Text {i} names Ann and Bob {i}" for i in range(5)] + ["no names here", "Eve"],
    }
)


def test_chunked_cached_and_uncached_analysis_agree(tmp_path):
    calls: list[int] = []
    plain, n_plain = cache.analyze_texts(TEXTS, _fake_analyze(calls), None)
    store = cache.AnalysisCache(tmp_path, "key")
    first, n_first = cache.analyze_texts(TEXTS.iloc[:4], _fake_analyze(calls), store, chunk=3)
    calls.clear()
    grown, n_grown = cache.analyze_texts(TEXTS, _fake_analyze(calls), store, chunk=2)
    store.close()
    assert (n_plain, n_first, n_grown) == (7, 4, 3)
    assert sum(calls) == 3 and max(calls) <= 2  # only the new texts, a chunk at a time
    for name in ("text_mentions", "frames"):
        pd.testing.assert_frame_equal(grown[name], plain[name], check_dtype=False)
    assert schema.validate(grown["frames"], schema.FRAMES) == []  # cached frames come back typed
    assert len(plain["text_mentions"]) == 5 * 3 + 1


def test_empty_input_gives_empty_tables(tmp_path):
    store = cache.AnalysisCache(tmp_path, "key")
    tables, n = cache.analyze_texts(TEXTS.iloc[:0], _fake_analyze([]), store)
    store.close()
    assert n == 0 and list(tables["text_mentions"].columns) == ner.TEXT_MENTION_COLUMNS


def test_snapshot_of_the_last_run_gives_the_rows_in_text_order(tmp_path):
    """A rerun takes the rows of texts the last run saw from its snapshot, the others from the cache or the
    analysis, in the order of the texts given, with the tables an uncached analysis gives."""
    calls: list[int] = []
    store = cache.AnalysisCache(tmp_path, "key")
    cache.analyze_texts(TEXTS.iloc[2:6], _fake_analyze(calls), store)
    assert store.snapshot_path.exists()
    shuffled = TEXTS.iloc[[6, 3, 0, 5, 2, 1, 4]].reset_index(drop=True)
    got, n_new = cache.analyze_texts(shuffled, _fake_analyze(calls), store)
    want, _ = cache.analyze_texts(shuffled, _fake_analyze([]), None)
    assert n_new == 3 and calls == [4, 3]
    for name in ("text_mentions", "frames"):
        pd.testing.assert_frame_equal(got[name], want[name], obj=name)
