"""Dedup: near-duplicate clusters, boilerplate vs republication, stable ids, fan-out."""

from __future__ import annotations

import random
import string

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from pipeline.stages import dedup, ner
from pipeline.text import fold_text, text_hash

BACKGROUND = (
    "Military cooperation between the two countries first emerged in 1992, when they signed "
    "an agreement on military education and the training of officers."
)
BACKGROUND_EDITED = (
    "Military co-operation between the two countries first emerged in 1993, when they signed "
    "an agreement on military education and the training of \u201cofficers\u201d."
)

words = st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=9)
# at least half the words distinct: a text of one repeated word collapses its shingle set (docs/dedup.md, known limit)
paragraph_words = st.lists(words, min_size=25, max_size=45).filter(lambda ws: 2 * len(set(ws)) >= len(ws))


def _corpus(*docs: tuple[str, str, list[str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(documents, paragraphs) from (doc_id, published, paragraph texts) triples."""
    documents = pd.DataFrame([{"doc_id": d, "published": pd.Timestamp(p), "outlet": f"outlet-{d}"} for d, p, _ in docs])
    paragraphs = pd.DataFrame(
        [{"doc_id": d, "para_idx": i, "text": t} for d, _, texts in docs for i, t in enumerate(texts)]
    )
    return documents, paragraphs


def _clusters(texts: list[str], **params) -> list[str]:
    paragraphs = pd.DataFrame({"text": texts})
    return dedup.assign_clusters(paragraphs, **params).tolist()


def _edit(tokens: list[str], kind: str, at: int) -> list[str]:
    tokens = list(tokens)
    i = at % (len(tokens) - 1)
    if kind == "swap":
        tokens[i], tokens[i + 1] = tokens[i + 1], tokens[i]
    elif kind == "replace":
        tokens[i] = "replaced"
    elif kind == "number":
        tokens[i] = "1994" if tokens[i] != "1994" else "2024"
    elif kind == "quotes":
        tokens[i] = f"\u201c{tokens[i]}\u201d"
    return tokens


@settings(max_examples=60, deadline=None)
@given(paragraph_words, st.sampled_from(["swap", "replace", "number", "quotes"]), st.integers(0, 1000))
def test_a_paragraph_and_its_small_edit_cluster_together(tokens, kind, at):
    original = " ".join(tokens)
    edited = " ".join(_edit(tokens, kind, at))
    first, second = _clusters([original, edited])
    assert first == second


def _unrelated_words(alphabet: str):
    return st.lists(st.text(alphabet=alphabet, min_size=3, max_size=9), min_size=15, max_size=45, unique=True)


@settings(max_examples=60, deadline=None)
@given(_unrelated_words(string.ascii_lowercase[:13]), _unrelated_words(string.ascii_lowercase[13:]))
def test_unrelated_paragraphs_stay_apart(first_words, second_words):
    """Paragraphs with no word in common (disjoint letters) never share a cluster."""
    a, b = _clusters([" ".join(first_words), " ".join(second_words)])
    assert a != b


def test_min_ratio_is_a_parameter():
    assert len(set(_clusters([BACKGROUND, BACKGROUND_EDITED]))) == 1
    assert len(set(_clusters([BACKGROUND, BACKGROUND_EDITED], min_ratio=100))) == 2


def test_republication_is_a_duplicate_document_and_not_boilerplate():
    story = [
        "The defence minister arrived in Ankara on Monday for talks with his counterpart on drones.",
        "The two ministers discussed joint exercises planned for the autumn and officer training.",
        "A memorandum on military logistics was signed at the end of the meeting, officials said.",
    ]
    other_story = [
        "The chief of the general staff inspected units on the northern border on Thursday.",
        BACKGROUND_EDITED,
    ]
    documents, paragraphs = _corpus(
        ("original", "2024-03-01", [*story, BACKGROUND]),
        ("copy", "2024-03-02", [f"\u201c{story[0]}\u201d", *story[1:], BACKGROUND]),
        ("other", "2024-03-05", other_story),
    )
    documents, paragraphs, clusters = dedup.find_boilerplate(paragraphs, documents)

    duplicate_of = documents.set_index("doc_id")["duplicate_of"]
    assert duplicate_of["copy"] == "original"
    assert pd.isna(duplicate_of["original"]) and pd.isna(duplicate_of["other"])
    flags = paragraphs.set_index(["doc_id", "para_idx"])["is_boilerplate"]
    assert not flags.loc["original"].iloc[:3].any() and not flags.loc["copy"].iloc[:3].any()
    assert flags[("original", 3)] and flags[("copy", 3)] and flags[("other", 1)]
    assert not flags[("other", 0)]
    background = clusters[clusters["is_boilerplate"]]
    assert len(background) == 1 and background["n_documents"].iloc[0] == 3


def test_near_duplicates_are_analysed_as_the_earliest_text():
    documents, paragraphs = _corpus(("late", "2024-05-01", [BACKGROUND_EDITED]), ("early", "2024-01-01", [BACKGROUND]))
    _, paragraphs, clusters = dedup.find_boilerplate(paragraphs, documents)
    assert paragraphs["text_id"].nunique() == 1 and paragraphs["cluster_id"].nunique() == 1
    assert clusters["canonical_text"].tolist() == [BACKGROUND]
    texts = ner.unique_texts(paragraphs, clusters)
    assert texts["text"].tolist() == [BACKGROUND]


def test_cluster_ids_are_stable_across_runs_and_unrelated_additions():
    docs = [
        ("a", "2024-01-01", [BACKGROUND, "A story about a naval visit to the port of Izmir."]),
        ("b", "2024-01-02", [BACKGROUND_EDITED, "A story about an air force exercise over the sea."]),
    ]
    first = dedup.find_boilerplate(*reversed(_corpus(*docs)))[1]
    again = dedup.find_boilerplate(*reversed(_corpus(*docs)))[1]
    grown = dedup.find_boilerplate(
        *reversed(_corpus(*docs, ("c", "2024-02-01", ["An unrelated report on border patrols in the south."])))
    )[1]
    key = ["doc_id", "para_idx"]
    ids = first.set_index(key)["cluster_id"]
    assert ids.equals(again.set_index(key)["cluster_id"])
    assert ids.equals(grown.set_index(key)["cluster_id"].loc[ids.index])


def test_republication_with_added_paragraphs_is_still_a_duplicate():
    story = [
        "The navy commander received a delegation from the coast guard to discuss patrol boats.",
        "Both sides agreed to hold a joint search and rescue drill before the end of the year.",
        "The delegation also visited the naval academy and met cadets in their final year.",
    ]
    extra = [
        "Editor's note: this article first appeared on the website of a partner news agency.",
        "The ministry has published a photo gallery of the visit on its official channels.",
        "Readers can follow the outlet on social media for more defence news from the region.",
    ]
    documents, paragraphs = _corpus(("original", "2024-06-01", story), ("longer", "2024-06-02", [*story, *extra]))
    documents, paragraphs, _ = dedup.find_boilerplate(paragraphs, documents)
    assert documents.set_index("doc_id")["duplicate_of"]["longer"] == "original"
    assert not paragraphs["is_boilerplate"].any()


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet=string.ascii_lowercase + " éçı", min_size=4, max_size=300), min_size=1, max_size=40))
def test_minhash_signature_of_a_text_does_not_depend_on_its_batch(texts):
    together = dedup.minhash_signatures(texts, 4, 64)
    for i, text in enumerate(texts):
        assert (dedup.minhash_signatures([text], 4, 64)[0] == together[i]).all()


def test_minhash_agreement_estimates_shingle_jaccard():
    base = (
        "the defence ministers of the two countries discussed military cooperation and joint exercises in the capital"
    )
    edited = base.replace("discussed", "reviewed").replace("capital", "region")
    other = "heavy rain flooded several villages in the north of the province on monday night"

    def jaccard(a, b):
        sa, sb = ({t[i : i + 4] for i in range(len(t) - 3)} for t in (a, b))
        return len(sa & sb) / len(sa | sb)

    sig = dedup.minhash_signatures([base, edited, other], 4, 256)
    assert abs((sig[0] == sig[1]).mean() - jaccard(base, edited)) < 0.1
    assert (sig[0] == sig[2]).mean() < 0.1


# --- boilerplate is background prose, never chrome (issue 13, class 10) --------------------------------------

STORY_A = "The navy chief of Velmora received the visiting coast guard commander at the port on Tuesday."
STORY_B = "The air force commander of Velmora toured a new radar station near the northern border on Friday."


def test_recurring_byline_and_headline_chrome_is_not_boilerplate():
    byline, widget = "By Mira Koval", "Share this article on social media"
    documents, paragraphs = _corpus(
        ("a", "2024-01-01", [byline, STORY_A, BACKGROUND, widget]),
        ("b", "2024-01-05", [byline, STORY_B, BACKGROUND_EDITED, widget]),
    )
    _, paragraphs, _ = dedup.find_boilerplate(paragraphs, documents)
    flags = paragraphs.set_index(["doc_id", "para_idx"])["is_boilerplate"]
    assert flags[("a", 2)] and flags[("b", 2)]  # the background block, repeated twice with light edits
    assert not flags[("a", 0)] and not flags[("b", 0)]  # a byline on every page is chrome
    assert not flags[("a", 3)] and not flags[("b", 3)]  # so is a share line
    assert not flags[("a", 1)] and not flags[("b", 1)]


def test_a_page_cut_off_inside_the_background_block_is_still_boilerplate():
    cut = BACKGROUND[:95]  # the crawler stopped mid-word
    documents, paragraphs = _corpus(
        ("a", "2024-01-01", [STORY_A, BACKGROUND]),
        ("b", "2024-01-05", [STORY_B, BACKGROUND_EDITED]),
        (
            "c",
            "2024-01-09",
            ["The defence minister of Velmora opened a new officer academy in the capital on Monday.", cut],
        ),
    )
    _, paragraphs, _ = dedup.find_boilerplate(paragraphs, documents)
    flags = paragraphs.set_index(["doc_id", "para_idx"])["is_boilerplate"]
    assert flags[("c", 1)]
    assert not flags[("c", 0)]


def test_a_cut_off_story_paragraph_is_not_boilerplate():
    documents, paragraphs = _corpus(
        ("a", "2024-01-01", [STORY_A, BACKGROUND]),
        ("b", "2024-01-05", [STORY_B, BACKGROUND_EDITED]),
        ("c", "2024-01-09", ["The defence minister of Velmora opened a new officer academy in the capital on Mon"]),
    )
    _, paragraphs, _ = dedup.find_boilerplate(paragraphs, documents)
    assert not paragraphs.set_index(["doc_id", "para_idx"])["is_boilerplate"][("c", 0)]


def test_two_short_stories_sharing_an_outlets_background_are_not_one_story():
    background = [
        "Military cooperation between Velmora and Ostria began in 1994 with an agreement on officer training.",
        "The two countries signed a memorandum on defence industry cooperation in 2006 and renewed it in 2016.",
        "Velmora and Ostria hold joint naval drills in the northern sea every second year since 2011.",
        "The alliance declaration of 2021 commits both armies to joint efforts against foreign threats.",
    ]
    edited = [
        t.replace("The two countries", "Both countries").replace("every second year", "every other year")
        for t in background
    ]
    documents, paragraphs = _corpus(
        (
            "a",
            "2024-01-01",
            [STORY_A, "The commanders discussed joint patrols and the exchange of cadets.", *background],
        ),
        ("b", "2024-02-01", [STORY_B, "He was briefed on the radar's range and the training of its crews.", *edited]),
    )
    documents, paragraphs, _ = dedup.find_boilerplate(paragraphs, documents)
    assert documents["duplicate_of"].isna().all()
    flags = paragraphs.set_index(["doc_id", "para_idx"])["is_boilerplate"]
    assert all(flags[(d, i)] for d in "ab" for i in range(2, 6))
    assert not any(flags[(d, i)] for d in "ab" for i in range(2))


# --- matching machinery at scale: array band index, one fold per paragraph (issue 16, deliverable 2) ----------


def _planted_corpus(data, n_groups: int, n_noise: int) -> tuple[list[str], list[int]]:
    """Texts and their planted group (-1 for noise): each group is a paragraph of random invented words and 1-3
    copies with one small edit each; noise paragraphs are more random words (so unrelated to everything)."""
    rng = random.Random(data.draw(st.integers(0, 2**32)))

    def paragraph() -> list[str]:
        return [
            "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))
            for _ in range(rng.randint(25, 40))
        ]

    texts, labels = [], []
    for g in range(n_groups):
        tokens = paragraph()
        texts.append(" ".join(tokens))
        labels.append(g)
        for _ in range(data.draw(st.integers(1, 3))):
            kind = data.draw(st.sampled_from(["swap", "replace", "number", "quotes"]))
            texts.append(" ".join(_edit(tokens, kind, data.draw(st.integers(0, 1000)))))
            labels.append(g)
    for _ in range(n_noise):
        texts.append(" ".join(paragraph()))
        labels.append(-1)
    return texts, labels


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_a_planted_near_duplicate_is_found_among_unrelated_paragraphs(data):
    texts, labels = _planted_corpus(data, n_groups=3, n_noise=40)
    order = data.draw(st.permutations(range(len(texts))))
    ids = _clusters([texts[i] for i in order])
    label_of = [labels[i] for i in order]
    for g in range(3):
        assert len({c for c, lab in zip(ids, label_of) if lab == g}) == 1
    noise = [c for c, lab in zip(ids, label_of) if lab == -1]
    assert len(set(noise)) == len(noise)
    assert not set(noise) & {c for c, lab in zip(ids, label_of) if lab >= 0}


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_clusters_do_not_depend_on_input_order(data):
    """The partition is the same in any order; the id is always the hash of the earliest member's folded text."""
    texts, _ = _planted_corpus(data, n_groups=4, n_noise=10)
    order = data.draw(st.permutations(range(len(texts))))

    def partition(ids: list[str], positions: list[int]) -> set[frozenset[int]]:
        members: dict[str, set[int]] = {}
        for c, p in zip(ids, positions):
            members.setdefault(c, set()).add(p)
        return {frozenset(m) for m in members.values()}

    ids = _clusters(texts)
    shuffled = _clusters([texts[i] for i in order])
    assert partition(ids, list(range(len(texts)))) == partition(shuffled, list(order))
    first_of: dict[str, str] = {}
    for c, i in zip(shuffled, order):
        first_of.setdefault(c, texts[i])
    assert all(c == text_hash(fold_text(t), "c") for c, t in first_of.items())


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(paragraph_words.map(" ".join), st.text(max_size=60)), min_size=1, max_size=30), st.data())
def test_paragraph_clusters_equal_the_representatives_of_distinct_folded_texts(texts, data):
    """assign_clusters (one fold per paragraph, digests, array band index) agrees with the plain definition:
    representatives over the distinct folded texts in order, id = hash of the representative's folded text."""
    texts = texts + [t.upper() for t in data.draw(st.lists(st.sampled_from(texts), max_size=5))]
    folded = [fold_text(t) for t in texts]
    distinct = list(dict.fromkeys(folded))
    rep = dedup.near_duplicate_representatives(distinct, min_fuzzy_chars=20)
    expected = [text_hash(distinct[rep[distinct.index(f)]], "c") for f in folded]
    assert _clusters(texts, min_fuzzy_chars=20) == expected


def test_only_the_first_representative_of_a_band_key_is_a_candidate():
    """Three texts whose keys coincide in every band: the second matches the first, the third is compared with
    the first (the bucket's representative), not with the second."""
    keys = [np.array([5, 5, 5], dtype=np.uint64), np.array([7, 7, 7], dtype=np.uint64)]
    groups = dedup._BandGroups(keys, 3)
    assert groups.contested.tolist() == [1, 2] and groups.shared.all()
    compared = []

    def text_of(i):
        compared.append(i)
        return ["aaaa bbbb", "aaaa bbbc", "zzzz yyyy"][i]

    rep = dedup._greedy_representatives(groups, text_of, 3, min_ratio=80, max_candidates=5)
    assert rep.tolist() == [0, 0, 2]
    assert compared == [1, 0, 2, 0]


def _reference_representatives(folded: list[str], min_ratio=dedup.MIN_RATIO, max_candidates=dedup.MAX_CANDIDATES):
    """The plain definition the array index must reproduce: one dict per band, key -> first representative."""
    bands, rows = dedup._band_shape(dedup.LSH_THRESHOLD, dedup.NUM_PERM)
    rep = list(range(len(folded)))
    eligible = [i for i, t in enumerate(folded) if len(t) >= dedup.MIN_FUZZY_CHARS]
    if not eligible:
        return rep
    keys = dedup.band_keys(dedup.minhash_signatures([folded[i] for i in eligible], 4, dedup.NUM_PERM), bands, rows)
    buckets: list[dict[int, int]] = [{} for _ in range(bands)]
    for i, row in zip(eligible, keys.tolist()):
        hits: dict[int, int] = {}
        for bucket, k in zip(buckets, row):
            if k in bucket:
                hits[bucket[k]] = hits.get(bucket[k], 0) + 1
        best, best_score = None, min_ratio
        for r, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:max_candidates]:
            score = fuzz.ratio(folded[i], folded[r])
            if score >= best_score and (best is None or score > best_score or r < best):
                best, best_score = r, score
        if best is None:
            for bucket, k in zip(buckets, row):
                bucket.setdefault(k, i)
        else:
            rep[i] = best
    return rep


@settings(max_examples=25, deadline=None)
@given(st.data(), st.sampled_from([60.0, 83.0, 95.0]), st.integers(1, 5))
def test_array_band_index_matches_a_dict_per_band(data, min_ratio, max_candidates):
    """Chains of edits (each copy edits the previous one) make texts that match some representatives and not
    others, so candidate ranking, the first-representative-per-bucket rule and ties all matter."""
    texts, _ = _planted_corpus(data, n_groups=3, n_noise=5)
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    chain = texts[0].split()
    for _ in range(6):
        chain = _edit(chain, rng.choice(["swap", "replace", "number"]), rng.randrange(1000))
        texts.append(" ".join(chain))
    rng.shuffle(texts)
    folded = list(dict.fromkeys(fold_text(t) for t in texts))
    expected = _reference_representatives(folded, min_ratio, max_candidates)
    assert dedup.near_duplicate_representatives(folded, min_ratio=min_ratio, max_candidates=max_candidates) == expected


def test_cluster_table_has_one_row_per_cluster_with_its_canonical_text_and_outlets():
    members = pd.DataFrame(
        [
            {
                "cluster_id": "c2",
                "text": "first",
                "doc_id": "a",
                "outlet": "One",
                "published": "2024-01-01",
                "is_boilerplate": True,
            },
            {
                "cluster_id": "c2",
                "text": "first!",
                "doc_id": "b",
                "outlet": None,
                "published": "2024-02-01",
                "is_boilerplate": True,
            },
            {
                "cluster_id": "c1",
                "text": "other",
                "doc_id": "a",
                "outlet": "One",
                "published": None,
                "is_boilerplate": False,
            },
            {
                "cluster_id": "c1",
                "text": "other",
                "doc_id": "a",
                "outlet": "One",
                "published": None,
                "is_boilerplate": False,
            },
        ]
    )
    table = dedup.cluster_table(members).set_index("cluster_id")
    assert list(table.index) == ["c1", "c2"]
    assert table.at["c2", "canonical_text"] == "first" and table.at["c2", "outlets"] == ["One"]
    assert (table.at["c2", "first_published"], table.at["c2", "last_published"]) == ("2024-01-01", "2024-02-01")
    assert (table.at["c1", "n_paragraphs"], table.at["c1", "n_documents"]) == (2, 1)


def test_paragraphs_with_one_folded_text_share_the_id_of_its_earliest_near_duplicate():
    long = "the ministers of the two countries discussed cooperation in the field of defence"
    ids = _clusters([long, long.upper() + "!", long.replace("defence", "defense"), "short"])
    assert ids[0] == ids[1] == ids[2] == dedup.text_hash(dedup.fold_text(long), "c")
    assert ids[3] == dedup.text_hash("short", "c")


TEMPLATE = "Air Chief Marshal {a} received Air Force Commander General {b} at Air Headquarters on Tuesday."


def test_a_template_sentence_with_other_names_is_other_news_not_boilerplate():
    documents, paragraphs = _corpus(
        ("one", "2024-03-01", [TEMPLATE.format(a="Tomasz Wielgosz", b="Arvo Kallas")]),
        ("two", "2024-03-08", [TEMPLATE.format(a="Rehan Qadri", b="Emre Soydan")]),
    )
    _, paragraphs, clusters = dedup.find_boilerplate(paragraphs, documents)
    assert paragraphs["cluster_id"].nunique() == 1  # near copies all the same
    assert not paragraphs["is_boilerplate"].any()
    assert paragraphs["text_id"].nunique() == 2  # each analysed as itself, with its own names
    texts = ner.unique_texts(paragraphs, clusters)["text"].tolist()
    assert sorted(texts) == sorted(paragraphs["text"].tolist())


def test_background_with_a_respelled_or_added_name_stays_one_boilerplate_text():
    base = "Defence ties between Velmora and Ostria were set up under Minister Zakir Valiyev in the early years."
    documents, paragraphs = _corpus(
        ("one", "2024-03-01", ["The minister met the envoy on Monday.", base]),
        ("two", "2024-03-08", ["The general toured the base.", base.replace("Valiyev", "Veliyev")]),
        ("three", "2024-03-09", ["Talks were held in the capital.", base.replace("Minister", "Defence Minister")]),
    )
    _, paragraphs, _ = dedup.find_boilerplate(paragraphs, documents)
    background = paragraphs[paragraphs["para_idx"] == 1]
    assert background["is_boilerplate"].all() and background["text_id"].nunique() == 1


def test_background_updated_after_its_first_use_is_boilerplate_where_the_update_recurs():
    """Class: an outlet's background block whose first use (its cluster's canonical text) names other things than
    its later, updated form ("Velmora chaired the body in 2030; its summit met in Zorgrad" -> "Ostria chairs ...; at
    its summit in Lomar, A held talks with B"): the later copies were each "other news" against the first, so the
    block, repeated in three stories, was no boilerplate and its meeting counted as news."""
    shared = (
        "The Velk Treaty Organization is a defence alliance formed under the treaty signed in 1992 "
        "by six states of the region, which meet every year to agree on joint exercises and a common air defence. "
    )
    first = shared + "In 2030 it was chaired by Velmora, which held the summit in Zorgrad."
    update = shared + "In 2031 it is chaired by Ostria. At its summit in Lomar, Brant held talks with Hesse."
    documents, paragraphs = _corpus(
        ("one", "2030-03-01", ["The minister met the envoy on Monday.", first]),
        ("two", "2031-03-08", ["The general toured the base.", update]),
        ("three", "2031-03-09", ["Talks were held in the capital.", update.replace("every year", "each year")]),
    )
    _, paragraphs, _ = dedup.find_boilerplate(paragraphs, documents)
    background = paragraphs[paragraphs["para_idx"] == 1].set_index("doc_id")
    assert paragraphs["cluster_id"][paragraphs["para_idx"] == 1].nunique() == 1
    assert background.loc[["two", "three"], "is_boilerplate"].all()


def test_capitalised_words_skip_the_word_that_opens_a_sentence():
    assert dedup.capitalised_words('The talks ended. Both Velmora and Ostria "Agreed" to meet.') == [
        "Velmora",
        "Ostria",
    ]


# --- memory: the paragraphs' text read by position, never copied whole (issue 16, deliverable 4) -----------------


def _reference_boilerplate(paragraphs: pd.DataFrame, documents: pd.DataFrame):
    """find_boilerplate as a plain sequence of whole-column steps (sorted copy, each cluster's first text per row):
    the definition the positional version must give."""
    paras = paragraphs.join(documents.set_index("doc_id")[["published", "outlet"]], on="doc_id")
    paras = paras.sort_values(["published", "doc_id", "para_idx"], na_position="last", kind="stable")
    paras["cluster_id"] = dedup.assign_clusters(paras)
    groups = paras.groupby("cluster_id", sort=False)
    canonical = groups["text"].transform("first")
    paras["prose"] = paras["text"].map(dedup.is_background_prose)
    duplicate_of = dedup.find_republications(paras[paras["prose"]], documents)
    documents = documents.assign(duplicate_of=documents["doc_id"].map(duplicate_of))
    story = paras["doc_id"].map(lambda d: duplicate_of.get(d, d))
    same = pd.Series(
        [
            t == c or not dedup._names_replaced(dedup.capitalised_words(t), dedup.capitalised_words(c))
            for t, c in zip(paras["text"], canonical)
        ],
        index=paras.index,
    )
    # a member naming other things than its canonical recurs only with members naming the very same things
    names = paras["text"].map(lambda t: "|".join(sorted(set(dedup.capitalised_words(t)))))
    group = paras["cluster_id"].astype(object).where(same, paras["cluster_id"] + "|" + names)
    n_stories = story.groupby(group, sort=False).transform("nunique")
    paras["is_boilerplate"] = dedup.boilerplate_flags(paras, n_stories)
    paras["text_id"] = canonical.where(same, paras["text"]).map(lambda t: text_hash(t, "t"))
    multi = paras[groups["doc_id"].transform("size") > 1]
    return (
        documents,
        dedup.schema.conform(paras, dedup.schema.PARAGRAPHS),
        dedup.schema.conform(dedup.cluster_table(multi), dedup.schema.CLUSTERS),
    )


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_boilerplate_found_by_position_is_that_of_the_whole_column_steps(data):
    """Dates tied and missing, documents in any order, republished stories, background with light edits, a cut-off
    last paragraph, template sentences with other names: every table equals the whole-column definition."""
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    story = [STORY_A, STORY_B, "The chief of staff inspected units on the northern border on Thursday morning."]
    pool = [
        BACKGROUND,
        BACKGROUND_EDITED,
        BACKGROUND[:95],
        TEMPLATE.format(a="Tomasz Wielgosz", b="Arvo Kallas"),
        TEMPLATE.format(a="Rehan Qadri", b="Emre Soydan"),
        "By Mira Koval",
        *story,
    ]
    docs = []
    for d in range(data.draw(st.integers(1, 8))):
        texts = story if rng.random() < 0.2 else [rng.choice(pool) for _ in range(rng.randint(1, 5))]
        published = rng.choice(["2024-01-01", "2024-01-02", "2024-01-03", None])
        docs.append((f"d{rng.randint(0, 99):02d}-{d}", published, texts))
    documents, paragraphs = _corpus(*docs)
    documents["published"] = documents["published"].astype("string")
    paragraphs = paragraphs.sample(frac=1, random_state=rng.randint(0, 99)).reset_index(drop=True)
    for made, expected in zip(
        dedup.find_boilerplate(paragraphs, documents), _reference_boilerplate(paragraphs, documents)
    ):
        pd.testing.assert_frame_equal(made, expected)


def _long_corpus(n_docs: int, per_doc: int = 10) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Documents of long paragraphs of random invented words, each ending with one of five background paragraphs."""
    rng = random.Random(3)

    def sentence(n: int) -> str:
        return " ".join("".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9))) for _ in range(n)) + "."

    background = [sentence(60) for _ in range(5)]
    docs = []
    for d in range(n_docs):
        published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        docs.append((f"d{d:04d}", published, [*(sentence(300) for _ in range(per_doc - 1)), rng.choice(background)]))
    return _corpus(*docs)


def test_dedup_holds_no_copy_of_the_paragraphs_text(monkeypatch):
    """What find_boilerplate allocates (tracemalloc: Python objects and numpy arrays) grows with the number of
    paragraphs, not with their text: twice the text adds well under half of it (main's whole-column steps, which
    made the text Python strings several times over, added three times the text)."""
    import tracemalloc

    monkeypatch.setattr(dedup, "SIGNATURE_BATCH", 32)  # batches, and MinHash blocks, small beside the corpus
    monkeypatch.setattr(dedup, "MAX_WINDOWS_PER_BLOCK", 1024)

    def peak(n_docs: int) -> tuple[int, int]:
        documents, paragraphs = _long_corpus(n_docs)
        tracemalloc.start()
        try:
            dedup.find_boilerplate(paragraphs, documents)
            return tracemalloc.get_traced_memory()[1], sum(map(len, paragraphs["text"]))
        finally:
            tracemalloc.stop()

    (small, small_text), (large, large_text) = peak(60), peak(120)
    assert large - small < 0.5 * (large_text - small_text)
