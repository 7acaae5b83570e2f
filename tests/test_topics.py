"""Meeting topics from the parse, on short invented sentences (real model)."""

from __future__ import annotations

import pytest

from pipeline.nlp import frames as frames_mod


@pytest.fixture(scope="session")
def topics_of(nlp):
    def _topics(text: str) -> list[str]:
        doc = nlp(text)
        return [t for f in frames_mod.extract_frames(doc) for t in f["topics"]]

    return _topics


def test_exchanged_views_on_takes_the_object_of_the_noun(topics_of):
    topics = topics_of(
        "The two generals also exchanged views on regional maritime issues and other matters of common concern."
    )
    assert "regional maritime issues" in topics
    assert "views" not in " ".join(topics).split()


def test_gerund_joined_to_discuss_is_a_topic_without_the_possessive(topics_of):
    topics = topics_of(
        "Colonel Brant and General Oduya met in Velmar to discuss naval cooperation and "
        "strengthening their armies' air defence capabilities."
    )
    assert "naval cooperation" in topics
    assert any(t.endswith("air defence capabilities") and "armies" not in t for t in topics)


def test_items_after_including_are_topics_of_their_own(topics_of):
    topics = topics_of(
        "Discussions focused on extending coastal cooperation, including joint patrols and radar sharing."
    )
    assert {"joint patrols", "radar sharing"} <= set(topics)
    assert not any(" and " in t for t in topics)


def test_such_as_list_after_a_topic_noun_is_split(topics_of):
    topics = topics_of(
        "They agreed to promote cooperation in various fields, such as pilot training, "
        "military medicine and cyber defence."
    )
    assert {"pilot training", "military medicine", "cyber defence"} <= set(topics)


def test_talks_covered_gives_its_object(topics_of):
    topics = topics_of("The talks also covered key border concerns, including the situation in Norland.")
    assert "key border concerns" in topics and "situation in Norland" in topics


def test_field_noun_keeps_its_of_phrase_and_relations_keep_between(topics_of):
    topics = topics_of(
        "The sides noted that relations between the navies of both states, as well as cooperation "
        "in the field of military logistics, are growing."
    )
    assert any("military logistics" in t for t in topics)
    assert any(t.startswith("relations between") for t in topics)


def test_a_bare_vague_word_or_a_day_is_no_topic(topics_of):
    topics = topics_of("General Tamor held talks on Monday and praised the cooperation.")
    assert topics == []


def test_determiners_are_trimmed(topics_of):
    topics = topics_of("Admiral Sorn and General Pell discussed these border patrols and the training of cadets.")
    assert "border patrols" in topics and "training of cadets" in topics


def test_over_long_topic_is_cut_before_its_adjunct():
    text = "ways to widen naval cooperation between the two fleets during the joint drills scheduled for next spring"
    (topic,) = frames_mod._split_topics(text)
    assert topic == "ways to widen naval cooperation between the two fleets"


def test_list_hung_on_the_verb_gives_its_items(topics_of):
    topics = topics_of(
        "General Brant said discussions were also focused on extending security cooperation, "
        "including visits by senior officers and radar sharing."
    )
    assert "radar sharing" in topics and "extending security cooperation" in topics


def test_relations_between_two_sides_keep_both_and_a_trailing_pronoun_is_dropped(topics_of):
    topics = topics_of(
        "Colonel Vey praised the deep relations between Norland and Sudmark and discussed regional security with him."
    )
    assert "regional security" in topics
    assert any(t.endswith("between Norland and Sudmark") for t in topics)


def test_range_of_and_a_leading_particularly_are_trimmed(topics_of):
    topics = topics_of("They discussed a wide range of bilateral issues, particularly joint naval exercises.")
    assert topics == ["bilateral issues", "joint naval exercises"]


def test_importance_of_and_need_for_give_their_object(topics_of):
    topics = topics_of(
        "The generals concurred on the importance of deterring missile threats and stressed the need "
        "for closer naval coordination."
    )
    assert "deterring missile threats" in topics and "closer naval coordination" in topics


def test_wrapper_noun_beside_its_object_is_dropped(topics_of):
    topics = topics_of(
        "They also discussed issues of regional security and the prospects for defence industry cooperation."
    )
    assert topics == ["regional security", "defence industry cooperation"]


def test_topics_sentence_goes_to_the_topic_less_call_ons_of_the_same_visit():
    from test_relate import A, B, C, frame, run

    meetings, _, _ = run(
        {
            "d1": [
                (1, frame(participants=[(0, 3), (10, 13)])),
                (2, frame(participants=[(0, 3), (20, 23)])),
                (3, frame(kind="topics", topics=["arms exports"])),
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 20, 23, C)]},
        {"d1": None},
    )
    assert meetings["topics"].tolist() == [["arms exports"], ["arms exports"]]


def test_topics_sentence_does_not_reach_an_unrelated_or_distant_meeting():
    from test_relate import A, B, C, frame, run

    meetings, _, _ = run(
        {
            "d1": [
                (1, frame(participants=[(0, 3), (10, 13)])),
                (6, frame(participants=[(0, 3), (20, 23)])),
                (7, frame(kind="topics", topics=["arms exports"])),
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (6, 0, 3, A), (6, 20, 23, C)]},
        {"d1": None},
    )
    assert meetings["topics"].tolist() == [[], ["arms exports"]]
    meetings, _, _ = run(
        {
            "d1": [
                (1, frame(participants=[(0, 3), (10, 13)], topics=["pilot training"])),
                (2, frame(participants=[(0, 3), (20, 23)])),
                (3, frame(kind="topics", topics=["arms exports"])),
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 20, 23, C)]},
        {"d1": None},
    )
    assert meetings["topics"].tolist() == [["pilot training"], ["arms exports"]]


def test_list_items_the_parser_hung_on_the_verb_stay_topics(topics_of):
    topics = topics_of(
        "The ministers discussed pilot training, the lessons learned in the Northern War and "
        "cooperation in the Baltic Sea."
    )
    assert {"pilot training", "cooperation in the Baltic Sea"} <= set(topics)
    assert any(t.startswith("lessons learned") for t in topics)


def test_agenda_includes_and_thanked_for_and_interest_in_give_topics(topics_of):
    topics = topics_of(
        "The agenda of the visit includes the implementation of the Harbor Accord and the training plan for 2030."
    )
    assert {"implementation of the Harbor Accord", "training plan for 2030"} <= set(topics)
    topics = topics_of(
        "Vos thanked Norland for its support during the flood and expressed interest in joint naval patrols."
    )
    assert {"support during the flood", "joint naval patrols"} <= set(topics)


def test_a_topic_of_empty_words_only_is_dropped(topics_of):
    assert topics_of("They discussed several other areas, various issues and military medicine.") == [
        "military medicine"
    ]


def test_a_wh_clause_gives_its_subject_and_an_apposition_is_no_topic(topics_of):
    assert topics_of(
        "They exchanged opinions on how the naval partnership between the two states was progressing."
    ) == ["naval partnership between the two states"]
    topics = topics_of(
        "Generals Vos and Rell met in Tarn to discuss air cooperation and strengthening their countries' "
        "defence capabilities, Jan Pell, head of the ministry's cooperation department, said on Monday."
    )
    assert "strengthening defence capabilities" in topics
    assert not any("Pell" in t or t.startswith("strengthening head") for t in topics)


def test_coordinated_heads_are_split_but_a_shared_head_is_not(topics_of):
    assert topics_of("The sides agreed to cooperate in demining and maritime surveillance.") == [
        "demining",
        "maritime surveillance",
    ]
    assert topics_of("They discussed defense and security cooperation.") == ["defense and security cooperation"]
    topics = topics_of(
        "Discussions focused on coastal cooperation and air defence, including joint patrols and radar sharing."
    )
    assert topics == ["coastal cooperation", "air defence", "joint patrols", "radar sharing"]


def test_an_adverb_of_a_preposition_and_a_bare_noun_is_no_topic(topics_of):
    topics = topics_of("Colonel Hesse, in turn, expressed interest in joint engineering drills.")
    assert "turn" not in topics
    assert "joint engineering drills" in topics


def test_a_topic_cut_before_a_joined_clause_keeps_no_trailing_and(topics_of):
    topics = topics_of("Hesse underlined the need for deeper naval cooperation and arranging regular staff visits.")
    assert "deeper naval cooperation" in topics
    assert not any(t.endswith((" and", " or")) for t in topics)
