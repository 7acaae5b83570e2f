"""relate on hand-built frames and mentions (no model)."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.nlp.frames import _frame
from pipeline.stages import ner, relate


class _Sent:
    """Stands in for a spaCy sentence in `_frame`."""

    def __init__(self, text: str):
        self.text = text


def frame(kind="meeting", sent_idx=0, participants=(), **extra) -> dict:
    trigger = extra.pop("trigger", "met")
    f = _frame(kind, _Sent("evidence"), sent_idx, None, [list(p) for p in participants], **extra)
    f["trigger"] = trigger
    return f


def run(
    docs: dict[str, list[tuple[int, dict]]],
    persons: dict[str, list[tuple[int, int, int, str]]],
    published: dict[str, str | None],
    boilerplate=frozenset(),
    datelines: dict[str, str] | None = None,
    node_countries: dict[str, tuple[str, str]] | None = None,
    node_titles: dict[str, str] | None = None,
):
    """docs: doc_id -> [(para_idx, frame)]; persons: doc_id -> [(para_idx, start, end, node_id[, sent_idx])]; node_countries:
    node_id -> (country, country_basis) as resolve gives them; node_titles: node_id -> title."""
    return relate.extract_meetings(
        *relate_inputs(docs, persons, published, boilerplate, datelines, node_countries, node_titles)
    )


def relate_inputs(
    docs, persons, published, boilerplate=frozenset(), datelines=None, node_countries=None, node_titles=None
) -> tuple[pd.DataFrame, ...]:
    """The tables `extract_meetings` reads (frames, paragraphs, mentions, nodes, documents), as `run` takes them."""
    frame_rows, para_rows, mention_rows = [], [], []
    for doc_id, items in docs.items():
        for i, (para_idx, f) in enumerate(items):
            text_id = f"{doc_id}-{para_idx}"
            frame_rows.append({"text_id": text_id, "frame_idx": i, **f})
        for para_idx in sorted({p for p, _ in items} | {p for p, *_ in persons.get(doc_id, [])}):
            para_rows.append(
                {
                    "doc_id": doc_id,
                    "para_idx": para_idx,
                    "text_id": f"{doc_id}-{para_idx}",
                    "is_boilerplate": (doc_id, para_idx) in boilerplate,
                }
            )
        for para_idx, start, end, node, *sentence in persons.get(doc_id, []):
            mention_rows.append(
                {
                    "doc_id": doc_id,
                    "para_idx": para_idx,
                    "start": start,
                    "end": end,
                    "text": "x",
                    "label": "PERSON",
                    "node_id": node,
                    "sent_idx": sentence[0] if sentence else 0,
                    "is_boilerplate": (doc_id, para_idx) in boilerplate,
                }
            )
    nodes = sorted({m["node_id"] for m in mention_rows})
    countries = [(node_countries or {}).get(n, (None, None)) for n in nodes]
    titles = [(node_titles or {}).get(n) for n in nodes]
    return (
        ner.frames_table(frame_rows).drop_duplicates(["text_id", "frame_idx"]),
        pd.DataFrame(para_rows),
        pd.DataFrame(mention_rows),
        pd.DataFrame(
            {
                "node_id": nodes,
                "name": [n.split(":")[1].title() for n in nodes],
                "country": [c for c, _ in countries],
                "country_basis": [b for _, b in countries],
                "title": titles,
            }
        ),
        pd.DataFrame(
            {
                "doc_id": list(published),
                "published": list(published.values()),
                "dateline_place": [(datelines or {}).get(d) for d in published],
            }
        ),
    )


A, B, C = "PERSON:ann", "PERSON:bob", "PERSON:cem"


def test_meeting_edges_and_nodes():
    meetings, edges, nodes = run(
        {
            "d1": [
                (
                    1,
                    frame(
                        participants=[(0, 3), (10, 13)],
                        host=[0, 3],
                        location_text="Rome",
                        topics=["border security"],
                        date_text="on Monday",
                    ),
                )
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-05-08"},
    )
    (row,) = meetings.to_dict("records")
    assert sorted(row["participants"]) == [A, B] and row["host"] == A
    assert row["date"] == "2024-05-06"
    relations = sorted(edges["relation"])
    assert relations == ["ATTENDED", "ATTENDED", "DISCUSSED", "HELD_AT", "HOSTED", "MET"]
    assert set(edges["meeting_id"]) == {row["meeting_id"]}
    assert set(nodes["type"]) == {"MEETING", "TOPIC"}


def test_frames_in_boilerplate_are_not_meetings_of_the_day():
    meetings, _, _ = run(
        {"d1": [(3, frame(participants=[(0, 3), (10, 13)]))]},
        {"d1": [(3, 0, 3, A), (3, 10, 13, B)]},
        {"d1": None},
        boilerplate={("d1", 3)},
    )
    assert meetings.empty


def test_one_named_side_is_not_a_meeting():
    meetings, _, _ = run({"d1": [(1, frame(participants=[(0, 3)]))]}, {"d1": [(1, 0, 3, A)]}, {"d1": None})
    assert meetings.empty


def test_group_phrase_takes_the_people_of_the_last_meeting():
    meetings, _, _ = run(
        {
            "d1": [
                (1, frame(participants=[(0, 3), (10, 13)])),
                (2, frame(sent_idx=0, group=True, mode="phone", date_text="yesterday")),
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-05-08"},
    )
    assert sorted(meetings["mode"]) == ["in_person", "phone"]
    phone = meetings[meetings["mode"] == "phone"].iloc[0]
    assert sorted(phone["participants"]) == [A, B] and phone["date"] == "2024-05-07"


def test_a_headline_call_of_a_group_gives_no_mode_to_a_planned_visit():
    """ "Minister's visit moved to April; army chiefs talk by phone" then "A is due to be received by B": the
    planned visit is in person (the call is another meeting)."""
    meetings, _, _ = run(
        {
            "d1": [
                (0, frame(sent_idx=0, group=True, mode="phone")),
                (2, frame(participants=[(0, 3), (10, 13)], status="planned")),
            ]
        },
        {"d1": [(2, 0, 3, A), (2, 10, 13, B)]},
        {"d1": "2024-05-08"},
    )
    assert meetings[["status", "mode"]].values.tolist() == [["planned", "in_person"]]


def test_group_phrase_before_the_names_takes_status_date_and_place():
    meetings, _, _ = run(
        {
            "d1": [
                (
                    1,
                    frame(
                        group=True,
                        status="cancelled",
                        date_text="June 3",
                        location_text="Rome",
                        location_country="Italy",
                    ),
                ),
                (2, frame(participants=[(0, 3), (10, 13)], status="planned")),
            ]
        },
        {"d1": [(2, 0, 3, A), (2, 10, 13, B)]},
        {"d1": "2024-06-01"},
    )
    (row,) = meetings.to_dict("records")
    assert (row["status"], row["date"], row["location"]) == ("cancelled", "2024-06-03", "Rome")


def test_host_is_the_side_at_home():
    meetings, _, _ = run(
        {
            "d1": [
                (
                    1,
                    frame(
                        participants=[(0, 3), (10, 13)],
                        location_text="Ankara",
                        location_country="Turkey",
                        person_countries=[[10, 13, "Turkey"], [0, 3, "Hungary"]],
                    ),
                )
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": None},
    )
    assert meetings["host"].tolist() == [B]


@pytest.mark.parametrize(("basis", "host"), [("guessed_from_others", B), ("guessed", None)])
def test_a_country_guessed_only_from_others_does_not_make_a_side_at_home(basis, host):
    """ "General Ann held talks with the Ghanaian army chief Bob in Accra": resolve gives Ann the only country
    near her, Bob's, as its weakest guess; that must not put her at home too (then nobody would host). A guess
    from a country named near her (not another person's) still counts."""
    meetings, _, _ = run(
        {
            "d1": [
                (
                    1,
                    frame(
                        participants=[(0, 3), (10, 13)],
                        location_text="Accra",
                        location_country="Ghana",
                        person_countries=[[10, 13, "Ghana"]],
                    ),
                )
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": None},
        node_countries={A: ("Ghana", basis)},
    )
    assert meetings["host"].tolist() == [host]


def test_of_several_at_home_the_first_named_hosts():
    """ "Visiting X met the Turkish minister Y and the chief of staff Z in Ankara": GOLD takes the most senior of the
    home side, the one the text names first."""
    meetings, _, _ = run(
        {
            "d1": [
                (
                    1,
                    frame(
                        participants=[(0, 3), (10, 13), (20, 23)],
                        location_text="Ankara",
                        location_country="Turkey",
                        person_countries=[[0, 3, "Hungary"], [10, 13, "Turkey"], [20, 23, "Turkey"]],
                    ),
                )
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (1, 20, 23, C)]},
        {"d1": None},
    )
    assert meetings["host"].tolist() == [B]


def test_no_host_for_a_call():
    meetings, _, _ = run(
        {
            "d1": [
                (
                    1,
                    frame(
                        participants=[(0, 3), (10, 13)],
                        mode="phone",
                        location_country="Turkey",
                        person_countries=[[10, 13, "Turkey"]],
                    ),
                )
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": None},
    )
    assert meetings["host"].tolist() == [None]


def test_a_call_received_has_no_host():
    """ "X received a phone call from Y": GOLD gives no host for a phone or video call, whoever placed it."""
    meetings, _, _ = run(
        {"d1": [(1, frame(participants=[(0, 3), (10, 13)], mode="phone", host=[0, 3], trigger="received"))]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-03-14"},
    )
    assert meetings["host"].tolist() == [None]


def test_a_country_with_no_city_makes_its_side_host_without_a_place():
    """ "met X in Egypt": the side of that country is at home, and a bare country is no location."""
    meetings, _, _ = run(
        {
            "d1": [
                (
                    1,
                    frame(
                        participants=[(0, 3), (10, 13)],
                        location_country="Egypt",
                        person_countries=[[10, 13, "Egypt"], [0, 3, "Sudan"]],
                    ),
                )
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-03-14"},
    )
    assert meetings[["host", "location"]].values.tolist() == [[B, None]]


def test_topic_sentences_add_to_the_last_meeting():
    meetings, _, _ = run(
        {"d1": [(1, frame(participants=[(0, 3), (10, 13)])), (2, frame(kind="topics", topics=["arms exports"]))]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": None},
    )
    assert meetings["topics"].tolist() == [["arms exports"]]


def test_same_meeting_in_two_outlets_shares_one_id():
    same = {"participants": [(0, 3), (10, 13)], "date_text": "May 6"}
    other = {"participants": [(0, 3), (20, 23)], "date_text": "May 6"}
    meetings, _, _ = run(
        {"d1": [(1, frame(**same))], "d2": [(1, frame(**same))], "d3": [(1, frame(**other))]},
        {d: [(1, 0, 3, A), (1, 10, 13, B), (1, 20, 23, C)] for d in ("d1", "d2", "d3")},
        {"d1": "2024-05-07", "d2": "2024-05-08", "d3": "2024-05-07"},
    )
    ids = dict(zip(meetings["doc_id"], meetings["meeting_id"]))
    assert ids["d1"] == ids["d2"] != ids["d3"]


def test_one_outlets_venue_and_anothers_city_are_the_same_meeting():
    """Failure class: one outlet places a meeting at "Kestrel Barracks, Lomar", another in "Lomar": the same sitting,
    one meeting with two sources; a venue of another city is another sitting."""
    at = {"participants": [(0, 3), (10, 13)], "date_text": "May 6"}
    places = {"d1": "Kestrel Barracks, Lomar", "d2": "Lomar", "d3": "Kestrel Barracks, Tarsa"}
    meetings, _, _ = run(
        {d: [(1, frame(**at, location_text=place, location=[30, 35]))] for d, place in places.items()},
        {d: [(1, 0, 3, A), (1, 10, 13, B)] for d in places},
        {d: "2024-05-07" for d in places},
    )
    ids = dict(zip(meetings["doc_id"], meetings["meeting_id"]))
    assert ids["d1"] == ids["d2"] != ids["d3"]


def test_planned_meeting_later_reported_as_held_is_linked():
    meetings, _, _ = run(
        {
            "d1": [(1, frame(participants=[(0, 3), (10, 13)], status="planned", date_text="May 6"))],
            "d2": [(1, frame(participants=[(0, 3), (10, 13)], date_text="May 6"))],
        },
        {d: [(1, 0, 3, A), (1, 10, 13, B)] for d in ("d1", "d2")},
        {"d1": "2024-05-01", "d2": "2024-05-07"},
    )
    rows = meetings.set_index("doc_id")
    assert rows.loc["d2", "planned_meeting_id"] == rows.loc["d1", "meeting_id"] != rows.loc["d2", "meeting_id"]
    assert pd.isna(rows.loc["d1", "planned_meeting_id"])


def test_nobody_is_at_home_at_an_international_event():
    meeting = frame(
        participants=[(0, 3), (10, 13)],
        location_text="Konya",
        location_country="Turkey",
        person_countries=[[10, 13, "Turkey"]],
    )
    context = frame(kind="context", location_text="Konya", location_country="Turkey", venue=True)
    meetings, _, _ = run({"d1": [(1, meeting), (2, context)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": None})
    assert meetings["host"].tolist() == [None]
    meetings, _, _ = run({"d1": [(1, meeting)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": None})
    assert meetings["host"].tolist() == [B]


def test_unlinked_reference_is_the_guest_of_the_last_meeting():
    meetings, _, _ = run(
        {
            "d1": [
                (1, frame(participants=[(0, 3), (10, 13)], host=[0, 3])),
                # "the minister" (0-12), a reference resolve linked to nobody
                (2, frame(participants=[(0, 12), (20, 23)], host=[20, 23], ref_texts=[[0, 12, "the minister"]])),
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 20, 23, C)]},
        {"d1": None},
    )
    second = meetings[meetings["participants"].map(lambda p: C in p)].iloc[0]
    assert sorted(second["participants"]) == [B, C] and second["host"] == C


def read_article(nlp, folder, text: str) -> dict:
    """The tables of a whole run of the real model over one article."""
    from pipeline import io
    from pipeline.runtime import runner

    (folder / "a.txt").write_text(text, encoding="utf-8")
    return runner.run_stages(io.read_inputs(folder), nlp)


def meeting_people(tables: dict) -> set[tuple[str, ...]]:
    """The sorted participant names of each meeting of a run's tables."""
    return {tuple(sorted(row["participant_names"])) for row in tables["meetings"].to_dict("records")}


def test_an_article_read_end_to_end(nlp, tmp_path):
    """Real model: a cancelled meeting named before its people, then a call by "the two ministers"."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2024-03-08 By Trend\n\n"
        "A meeting of the defence ministers that was scheduled to take place in Rome on March 12 has been "
        "cancelled, the ministry said.\n\n"
        "Defence Minister John Smith was due to hold talks with Italian Defence Minister Marco Rossi.\n\n"
        "Instead, the two ministers spoke by phone on Thursday.\n",
    )
    got = {
        (row["mode"], row["status"], row["date"], row["location"], len(row["participants"]))
        for row in tables["meetings"].to_dict("records")
    }
    assert got == {("in_person", "cancelled", "2024-03-12", "Rome", 2), ("phone", "occurred", "2024-03-07", None, 2)}


def test_a_group_that_discussed_something_in_a_call_after_a_sitting_told_is_another_meeting(nlp, tmp_path):
    """Real model. Class: "the visit is postponed ... the ministers discussed it in a telephone conversation": the
    uncounted group that discussed was only topics of the postponed talks, and the call was lost."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-07 By Desk\n\n"
        "The visit of Defence Minister Ivo Brant to Norway, scheduled for May 12, has been postponed.\n\n"
        "Brant had been due to hold talks in Oslo with his Norwegian counterpart Karl Hesse.\n\n"
        "The ministry said the ministers discussed the delay in a telephone conversation on Tuesday.\n",
    )
    got = {(row["mode"], row["status"], row["date"]) for row in tables["meetings"].to_dict("records")}
    assert got == {("in_person", "cancelled", "2031-05-12"), ("phone", "occurred", "2031-05-06")}


def test_a_group_named_by_its_countries_is_the_person_of_each_country(nlp, tmp_path):
    """Real model. Class: "a meeting between the Latvian and Estonian ministers did not take place" after a sitting
    of three: the plural phrase took the sides of the last meeting told, not one person of each country named."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-07 By Desk\n\n"
        "The forum was attended by Latvian Defence Minister Ivo Brant, Estonian Defence Minister Karl Hesse and "
        "Lithuanian Defence Minister Olaf Berger.\n\n"
        "On the sidelines, Berger held talks with Brant.\n\n"
        "A meeting between the Latvian and Estonian ministers did not take place.\n",
    )
    cancelled = [
        tuple(sorted(r["participant_names"]))
        for r in tables["meetings"].to_dict("records")
        if r["status"] == "cancelled"
    ]
    assert cancelled == [("Ivo Brant", "Karl Hesse")]


@pytest.mark.parametrize(
    ("story", "people"),
    [
        # class: "X met with the delegation of Y. The delegation was headed by Z": a definite delegation is a
        # reference, which nobody named before stood for, so the meeting was dropped before its leader was named
        (
            "Minister of Defense of Georgia Ivo Brant met with the delegation of Latvia on Tuesday.\n\n"
            "The delegation was headed by Latvian Deputy Defence Minister Karl Hesse.\n",
            {("Ivo Brant", "Karl Hesse")},
        ),
        # class: "A received B, then held talks with C. In the talks with B, the two sides ...": the two sides were
        # taken from the last meeting (A and C) and joined to B, which made one sitting of three
        (
            "Defence Minister Ivo Brant first received General Karl Hesse at the ministry in Riga and then held talks "
            "with Admiral Olaf Berger on Tuesday.\n\n"
            "In the talks with Hesse, the two sides went over plans for the drills.\n",
            {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")},
        ),
        # class: "A held talks with B before both were joined by C": C was added to the talks of two, which were
        # lost; the talks came first, then a sitting of the three
        (
            "Latvian Defence Minister Ivo Brant held talks with his Estonian counterpart Karl Hesse on Tuesday before "
            "both were joined by Lithuanian Defence Minister Olaf Berger.\n",
            {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Karl Hesse", "Olaf Berger")},
        ),
        # class: "The committee met under the chairmanship of Senator X. Y attended the meeting": a body written in
        # lower case was no body that sat, so its chair was nobody at the sitting and the meeting was lost
        (
            "The defence committee met under the chairmanship of Senator Ivo Brant on Tuesday. Admiral Olaf Berger "
            "attended the meeting.\n",
            {("Ivo Brant", "Olaf Berger")},
        ),
    ],
)
def test_the_meetings_a_story_tells(nlp, tmp_path, story, people):
    """Real model: the people of each meeting a short story tells."""
    assert meeting_people(read_article(nlp, tmp_path, " date 2031-05-07 By Desk\n\n" + story)) == people


def test_the_leaders_of_the_respective_sides_of_a_sitting_told_meet(nlp, tmp_path):
    """Real model. Class: "the commission will meet in X on May 18, with A and B leading their delegations": the
    leaders were told by a lead frame with no delegation met before it, and the planned sitting was lost."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-07 By Desk\n\n"
        "The border commission will meet in Narva on May 18, with Colonel Ivo Brant and Colonel Karl Hesse leading "
        "their delegations.\n",
    )
    got = {
        (tuple(sorted(r["participant_names"])), r["status"], r["date"]) for r in tables["meetings"].to_dict("records")
    }
    assert got == {(("Ivo Brant", "Karl Hesse"), "planned", "2031-05-18")}


def test_his_meeting_with_one_while_his_meeting_with_another_are_two_meetings_of_the_same_man(nlp, tmp_path):
    """Real model. Class: "In his meeting with A, the two discussed X, while his meeting with B touched on Y": the
    second meeting noun is its clause's subject, so its owner "his" was left out; "his" went to A, met just before
    (one met "with" is no subject of the next sitting), and a possessive pronoun now goes on as "he" does."""
    tables = read_article(
        nlp,
        tmp_path,
        "General Oskar Vantrel held separate bilateral meetings with his Chilean and Peruvian counterparts on the "
        "sidelines of the forum here today.\n\n"
        "In his meeting with Chilean Defence Minister Jorum Talsky, the two ministers discussed maritime security, "
        "while his meeting with Peru's Minister of Defence, General Tamir Haidar Lodhi, touched on officer "
        "training.\n",
    )
    got = meeting_people(tables)
    assert got == {("Jorum Talsky", "Oskar Vantrel"), ("Oskar Vantrel", "Tamir Haidar Lodhi")}


def test_bare_surname_in_a_role_is_the_person_named_earlier():
    meetings, _, _ = run(
        {"d1": [(1, frame(kind="context")), (2, frame(participants=[(10, 13)], surnames=[[0, 3, "Ann"]]))]},
        {"d1": [(1, 0, 3, A), (2, 10, 13, B)]},
        {"d1": None},
    )
    assert [sorted(p) for p in meetings["participants"]] == [[A, B]]


def test_a_bare_first_surname_in_a_role_is_the_person_with_it_inside_the_name():
    full, parent = "PERSON:jorge-luis-paredes-montoya", "PERSON:tarek-bin-nasser-hamdani"
    meetings, _, _ = run(
        {
            "d1": [(1, frame(kind="context")), (2, frame(participants=[(10, 13)], surnames=[[0, 7, "Paredes"]]))],
            "d2": [(1, frame(kind="context")), (2, frame(participants=[(10, 13)], surnames=[[0, 6, "Nasser"]]))],
        },
        {"d1": [(1, 0, 3, full), (2, 10, 13, B)], "d2": [(1, 0, 3, parent), (2, 10, 13, B)]},
        {"d1": None, "d2": None},
    )
    assert [sorted(p) for p in meetings["participants"]] == [[B, full]]  # "Nasser" is the father of "Tarek"


def test_a_bare_surname_in_the_texts_spelling_is_the_person_resolve_named_in_another():
    # class: a person named in another document's transliteration ("Ivo Brantiyev" there, "Brantiev" here): the bare
    # surname of this text matched no name of the document, and its meeting was lost
    named = "PERSON:ivo-brantiyev"
    meetings, _, _ = run(
        {"d1": [(1, frame(kind="context")), (2, frame(participants=[(10, 13)], surnames=[[0, 8, "Brantiev"]]))]},
        {"d1": [(1, 0, 3, named), (2, 10, 13, B)]},
        {"d1": None},
    )
    assert [sorted(p) for p in meetings["participants"]] == [[B, named]]
    meetings, _, _ = run(  # another consonant: another person
        {"d1": [(1, frame(kind="context")), (2, frame(participants=[(10, 13)], surnames=[[0, 8, "Brastiev"]]))]},
        {"d1": [(1, 0, 3, named), (2, 10, 13, B)]},
        {"d1": None},
    )
    assert meetings.empty


# --- issue 13: meeting attributes and participants named elsewhere ------------------------------------


def test_a_follow_up_sentence_gives_the_mode_and_day_of_the_meeting():
    """ "X and Y discussed ...". "In a telephone conversation on May 2, the officials ..." """
    meetings, _, _ = run(
        {
            "d1": [
                (1, frame(participants=[(0, 3), (10, 13)], trigger="discussed")),
                (2, frame(kind="topics", meeting_ref=True, mode="phone", date_text="on May 2", topics=["trade"])),
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-05-03"},
    )
    (row,) = meetings.to_dict("records")
    assert (row["mode"], row["date"], row["topics"]) == ("phone", "2024-05-02", ["trade"])


def test_a_follow_up_sentence_far_from_the_meeting_changes_nothing():
    meetings, _, _ = run(
        {
            "d1": [
                (1, frame(participants=[(0, 3), (10, 13)])),
                (6, frame(kind="context", meeting_ref=True, mode="phone", date_text="on May 2")),
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-05-03"},
    )
    (row,) = meetings.to_dict("records")
    assert (row["mode"], row["date"]) == ("in_person", None)


def test_a_meeting_told_in_the_present_is_held_on_the_publication_day():
    meetings, _, _ = run(
        {"d1": [(1, frame(participants=[(0, 3), (10, 13)], present=True))]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-05-03"},
    )
    assert meetings["date"].tolist() == ["2024-05-03"]
    meetings, _, _ = run(
        {"d1": [(1, frame(participants=[(0, 3), (10, 13)], present=True, status="planned"))]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-05-03"},
    )
    assert meetings["date"].tolist() == [None]


def test_a_dispatch_dateline_dates_its_lead_meeting_and_its_relative_days():
    line = frame(kind="context", evidence="LISBON, March 4, 2019 - The talks went well.", date_text="March 4, 2019")
    lead = frame(participants=[(0, 3), (10, 13)])
    later = frame(participants=[(0, 3), (20, 23)], date_text="yesterday")
    far = frame(participants=[(10, 13), (20, 23)], trigger="spoke")
    meetings, _, _ = run(
        {"d1": [(1, line), (1, lead), (2, later), (5, far)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 20, 23, C), (5, 10, 13, B), (5, 20, 23, C)]},
        {"d1": None},
    )
    got = {tuple(sorted(p)): d for p, d in zip(meetings["participants"], meetings["date"])}
    assert got == {(A, B): "2019-03-04", (A, C): "2019-03-03", (B, C): None}


def test_a_dateline_down_the_page_opens_another_story_with_its_own_places():
    """A page of two dispatches: the place of the first story's meeting is not where the second one's took place,
    and the second dateline's city is the place of its local call-on."""
    first = frame(participants=[(0, 3), (10, 13)], location_text="Brussels", location_country="Belgium")
    line = frame(kind="context", evidence="LISBON, March 4, 2019 - The talks went well.", date_text="March 4, 2019")
    second = frame(
        participants=[(0, 3), (20, 23)], host=[0, 3], trigger="received", person_countries=[[0, 3, "Portugal"]]
    )
    meetings, _, _ = run(
        {"d1": [(1, first), (4, line), (4, second)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (4, 0, 3, A), (4, 20, 23, C)]},
        {"d1": "2019-03-05"},
    )
    got = {tuple(sorted(p)): loc for p, loc in zip(meetings["participants"], meetings["location"])}
    assert got == {(A, B): "Brussels", (A, C): "Lisbon"}


def test_a_lead_sentence_naming_nobody_gives_its_day_and_country_to_the_first_meeting():
    """ "The army commanders discussed cooperation at a meeting held in Ostria, the ministry reported on Monday." then
    "A met his counterpart B at the drills.": the meeting is the one the lead told, on its day, in its country."""
    lead = frame(kind="topics", date_text="Monday", location_country="Ostria", meeting_ref=True, topics=["cooperation"])
    met = frame(participants=[(0, 3), (10, 13)], person_countries=[[0, 3, "Zorland"], [10, 13, "Ostria"]])
    meetings, _, _ = run(
        {"d1": [(1, lead), (2, met)]},
        {"d1": [(2, 0, 3, A), (2, 10, 13, B)]},
        {"d1": "2024-03-14"},
    )
    assert meetings[["date", "host", "location"]].values.tolist() == [["2024-03-11", B, None]]


def test_the_next_day_is_the_day_after_the_one_told_before():
    arrived = frame(kind="context", date_text="Monday", evidence="X arrived in the capital on Monday.")
    met = frame(participants=[(0, 3), (10, 13)], evidence="The next day, he held talks with Y.")
    meetings, _, _ = run(
        {"d1": [(1, arrived), (1, met)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-03-14"},
    )
    assert meetings["date"].tolist() == ["2024-03-12"]


@pytest.mark.parametrize(("words", "day"), [("Two days later", "2024-03-13"), ("3 days earlier", "2024-03-08")])
def test_days_counted_from_the_day_told_before(words, day):
    # class: "Two days later the delegation held talks with Y": a count of days from the day told before was no date
    arrived = frame(kind="context", date_text="Monday", evidence="X arrived in the capital on Monday.")
    met = frame(participants=[(0, 3), (10, 13)], evidence=f"{words}, he held talks with Y.")
    meetings, _, _ = run(
        {"d1": [(1, arrived), (1, met)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-03-14"},
    )
    assert meetings["date"].tolist() == [day]


def test_the_dateline_cut_off_the_text_dates_the_lead_meeting():
    """ "MOSCOW, March 12. /Agency/. X held talks with Y in Moscow": the dispatch reports it as just held (GOLD)."""
    tables = relate_inputs(
        {"d1": [(1, frame(participants=[(0, 3), (10, 13)])), (6, frame(participants=[(0, 3), (20, 23)]))]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (6, 0, 3, A), (6, 20, 23, C)]},
        {"d1": "2024-03-14"},
    )
    tables[4]["dateline_date"] = ["2024-03-12"]
    meetings, _, _ = relate.extract_meetings(*tables)
    got = {tuple(sorted(p)): d for p, d in zip(meetings["participants"], meetings["date"])}
    assert got == {(A, B): "2024-03-12", (A, C): None}


def test_a_dateline_on_its_own_line_dates_the_first_sentence_below_the_headline_and_the_same_day_after_it():
    """ "Minister receives delegation" / "Zorgrad, March 12, Some Wire" / a line of chrome / "X received Y ..." /
    "Later the same day, Y met Z.": the lead (the first sentence, not the headline) is of the dateline's day, and
    "the same day" is the day of the meeting told before, though no sentence named it."""
    headline = frame(kind="context", participants=[(0, 3)], evidence="Minister receives visiting delegation")
    lead = frame(participants=[(0, 3), (10, 13)], evidence="X received Y, who is on an official visit.")
    later = frame(participants=[(10, 13), (20, 23)], evidence="Later the same day, Y met Z.", same_day=True)
    tables = relate_inputs(
        {"d1": [(0, headline), (2, lead), (4, later)]},
        {"d1": [(0, 0, 3, A), (2, 0, 3, A), (2, 10, 13, B), (4, 10, 13, B), (4, 20, 23, C)]},
        {"d1": "2024-03-14"},
    )
    tables[4]["dateline_date"] = ["2024-03-12"]
    meetings, _, _ = relate.extract_meetings(*tables)
    got = {tuple(sorted(p)): d for p, d in zip(meetings["participants"], meetings["date"])}
    assert got == {(A, B): "2024-03-12", (B, C): "2024-03-12"}


def test_at_the_talks_a_pair_of_the_sitting_told_before_is_that_sitting():
    """ "A held talks with B; C was also present." then "At the talks, A welcomed B": one meeting of A, B and C."""
    talks = frame(participants=[(0, 3), (10, 13), (20, 23)], location_text="Hanoi")
    welcome = frame(participants=[(0, 3), (10, 13)], at_told_sitting=True, trigger="welcomed")
    meetings, _, _ = run(
        {"d1": [(1, talks), (3, welcome)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (1, 20, 23, C), (3, 0, 3, A), (3, 10, 13, B)]},
        {"d1": "2024-03-14"},
    )
    assert [sorted(p) for p in meetings["participants"]] == [[A, B, C]]


def test_counterparts_of_a_region_in_a_series_of_talks_are_named_one_by_one():
    """ "A held a series of meetings with his counterparts from the Americas. The opening was presided over by B":
    no country to pick a counterpart by, so the series names nobody (B is no counterpart)."""
    series = frame(
        participants=[(0, 3)], split=True, refs=[[10, 40, "his counterparts from the Americas"]], trigger="held"
    )
    meetings, _, _ = run(
        {"d1": [(1, series), (2, frame(kind="context", participants=[(0, 3)]))]},
        {"d1": [(1, 0, 3, A), (2, 0, 3, B)]},
        {"d1": "2024-03-14"},
    )
    assert meetings.empty


def test_the_prime_minister_is_no_deputy_minister_named_before_or_after():
    """ "The delegation called on the Vietnamese Prime Minister" with only a deputy minister named around: nobody
    (the reference stays unnamed, no meeting); a person of the post fits."""
    call = frame(participants=[(0, 3)], refs=[[10, 40, "the Vietnamese Prime Minister"]], trigger="called")
    persons = {"d1": [(1, 0, 3, A), (0, 0, 3, B), (2, 0, 3, B)]}
    titles = {B: "Deputy Minister of National Defence"}
    meetings, _, _ = run({"d1": [(1, call)]}, persons, {"d1": "2024-03-14"}, node_titles=titles)
    assert meetings.empty
    meetings, _, _ = run(
        {"d1": [(1, call)]}, persons, {"d1": "2024-03-14"}, node_titles={B: "Prime Minister of Vietnam"}
    )
    assert [sorted(p) for p in meetings["participants"]] == [[A, B]]


def test_the_same_people_met_in_two_cities_are_two_meetings():
    """ "A received B in Lisbon ... The two had last met in Ankara": told at two cities, two meetings; the same
    meeting told again with its city or without one stays one."""
    first = frame(participants=[(0, 3), (10, 13)], location_text="Lisbon", location_country="Portugal")
    again = frame(participants=[(0, 3), (10, 13)], evidence="A and B discussed training.")
    other = frame(participants=[(0, 3), (10, 13)], location_text="Ankara", location_country="Turkey")
    meetings, _, _ = run(
        {"d1": [(1, first), (2, again), (4, other)]},
        {"d1": [(p, s, e, n) for p in (1, 2, 4) for s, e, n in ((0, 3, A), (10, 13, B))]},
        {"d1": "2024-03-14"},
    )
    assert sorted(meetings["location"]) == ["Ankara", "Lisbon"]


def test_a_meeting_told_separately_is_of_the_day_of_the_news_told_before():
    """ "A received B on Saturday." then "Separately, A also met C.": the same day's news; a meeting told with a
    vague time ("last month") gets no day."""
    lead = frame(participants=[(0, 3), (10, 13)], date_text="on Saturday")
    beside = frame(participants=[(0, 3), (20, 23)], evidence="Separately, A also met C at headquarters.")
    vague = frame(participants=[(10, 13), (20, 23)], evidence="Separately, B met C last month.", vague_date=True)
    meetings, _, _ = run(
        {"d1": [(1, lead), (3, beside), (5, vague)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (3, 0, 3, A), (3, 20, 23, C), (5, 10, 13, B), (5, 20, 23, C)]},
        {"d1": "2024-03-03"},
    )
    got = {tuple(sorted(p)): d for p, d in zip(meetings["participants"], meetings["date"])}
    assert got == {(A, B): "2024-03-02", (A, C): "2024-03-02", (B, C): None}


def test_a_local_call_on_takes_the_dateline_city():
    """A dispatch from Seoul: the side the text gives no country receives the one from abroad, in Seoul; and a
    call-on "here" is in the dateline's city whoever the text says is who."""
    unmarked = frame(participants=[(0, 3), (10, 13)], person_countries=[[10, 13, "Australia"]])
    here = frame(participants=[(0, 3), (20, 23)], evidence="Y called on X at headquarters here.", host=[0, 3])
    meetings, _, _ = run(
        {"d1": [(1, unmarked), (5, here)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (5, 0, 3, A), (5, 20, 23, C)]},
        {"d1": "2024-03-14"},
        datelines={"d1": "Seoul"},
    )
    got = {
        tuple(sorted(p)): (h, loc)
        for p, h, loc in zip(meetings["participants"], meetings["host"], meetings["location"])
    }
    assert got == {(A, B): (A, "Seoul"), (A, C): (A, "Seoul")}


def test_a_postponed_meeting_keeps_the_venue_its_plan_told():
    """ "X postponed his meeting with Y" then "X was to meet Y at the Pentagon on Wednesday": one cancelled meeting,
    at the Pentagon."""
    gone = frame(participants=[(0, 3), (10, 13)], status="cancelled")
    plan = frame(participants=[(0, 3), (10, 13)], status="planned", venue_place="Pentagon", venue_country="Zorland")
    meetings, _, _ = run(
        {"d1": [(1, gone), (2, plan)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, B)]},
        {"d1": "2024-03-14"},
    )
    assert meetings[["status", "location"]].values.tolist() == [["cancelled", "Pentagon"]]


def test_a_counterpart_named_later_in_the_text_is_the_one_of_that_country():
    meeting = frame(
        participants=[(0, 3)], refs=[[10, 33, "his Turkish counterpart"]], person_countries=[[0, 3, "Hungary"]]
    )
    later = frame(kind="context", person_countries=[[0, 3, "Greece"], [10, 13, "Turkey"]])
    meetings, _, _ = run(
        {"d1": [(1, meeting), (2, later)]}, {"d1": [(1, 0, 3, A), (2, 0, 3, C), (2, 10, 13, B)]}, {"d1": None}
    )
    assert [sorted(p) for p in meetings["participants"]] == [[A, B]]


def test_a_counterpart_of_a_named_country_may_be_someone_whose_country_was_only_guessed():
    """ "A welcomed his Valdorian counterpart. Admiral B arrived on Thursday ...": resolve guessed B of the country
    the document names most (A's); the reference's own country outranks that guess, never a stated country."""
    meeting = frame(
        participants=[(0, 3)], refs=[[10, 35, "his Peruvian counterpart"]], person_countries=[[0, 3, "Chile"]]
    )
    later = frame(kind="context")
    docs, persons = {"d1": [(1, meeting), (2, later)]}, {"d1": [(1, 0, 3, A), (2, 0, 3, B)]}
    guessed = {A: ("Chile", "stated"), B: ("Chile", "guessed")}
    meetings, _, _ = run(docs, persons, {"d1": None}, node_countries=guessed)
    assert [sorted(p) for p in meetings["participants"]] == [[A, B]]
    stated = {A: ("Chile", "stated"), B: ("Chile", "stated")}
    meetings, _, _ = run(docs, persons, {"d1": None}, node_countries=stated)
    assert meetings.empty


def test_a_counterpart_of_a_named_country_is_one_stated_of_it_before_one_guessed_of_it():
    """ "Minister A received his Valdorian counterpart" (headline); the spokesman C, guessed of the country the
    document names most, is named before B, whom the text calls the Valdorian minister."""
    meeting = frame(participants=[(0, 3)], refs=[[10, 35, "Somali counterpart"]])
    docs = {"d1": [(0, meeting), (1, frame(kind="context")), (2, frame(kind="context"))]}
    persons = {"d1": [(0, 0, 3, A), (1, 0, 3, C), (2, 0, 3, B)]}
    countries = {A: ("Turkey", "stated"), C: ("Somalia", "guessed"), B: ("Somalia", "stated")}
    meetings, _, _ = run(docs, persons, {"d1": None}, node_countries=countries)
    assert [sorted(p) for p in meetings["participants"]] == [sorted([A, B])]


def test_a_country_the_document_states_is_no_guess_though_resolve_guessed_it_too():
    """Class: "X's minister hosted his Chilean counterpart. A and B, who is also Chile's deputy minister, talked
    about ...": resolve guessed Chile for both A and B, so the counterpart and, later, "the Chilean minister" took
    A, named first; the document states it of B alone."""
    meeting = frame(participants=[], refs=[[10, 35, "his Chilean counterpart"]])
    talks = frame(participants=[(0, 3), (10, 13)], person_countries=[[10, 13, "Chile"]])
    received = frame(participants=[(0, 3)], refs=[[10, 30, "the Chilean minister"]], trigger="received")
    docs = {"d1": [(0, meeting), (1, talks), (2, received)]}
    persons = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, C)]}
    guessed = {A: ("Chile", "guessed"), B: ("Chile", "guessed"), C: ("Peru", "stated")}
    meetings, _, _ = run(docs, persons, {"d1": None}, node_countries=guessed)
    assert sorted(sorted(p) for p in meetings["participants"]) == [sorted([A, B]), sorted([B, C])]


def test_a_reference_naming_the_participants_own_country_takes_no_guessed_person_first():
    """ "X said after meeting his counterpart during the first visit by a Zorlandian defence chief in years. Before
    they met, X and Ostrian Minister C ... The last Zorlandian chief to visit was Y": the reference's country is X's
    own, so Y (guessed of the host country) does not outrank C, the other side the text names first."""
    meeting = frame(
        participants=[(0, 3)], refs=[[10, 40, "a US defence chief"]], person_countries=[[0, 3, "United States"]]
    )
    meetings, _, _ = run(
        {"d1": [(1, meeting), (2, frame(kind="context")), (3, frame(kind="context"))]},
        {"d1": [(1, 0, 3, A), (2, 0, 3, C), (3, 0, 3, B)]},
        {"d1": None},
        node_countries={A: ("United States", "stated"), C: ("Argentina", "stated"), B: ("Argentina", "guessed")},
    )
    assert [sorted(p) for p in meetings["participants"]] == [sorted([A, C])]


def test_a_reference_linked_to_the_person_it_meets_is_read_again_from_the_context():
    """ "A spoke with his counterpart B. ... The minister had earlier met A in Zorgrad": resolve linked "the
    minister" to A, whom the frame names too; it is the other side, B."""
    first = frame(participants=[(0, 3), (10, 13)], mode="phone")
    again = frame(participants=[(0, 12), (30, 33)], location_text="Zorgrad", location_country="Zorland")
    persons = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 12, A), (2, 30, 33, A)]}
    docs = {"d1": [(1, first), (2, again)]}
    frames_t, paragraphs, mentions, nodes, documents = relate_inputs(docs, persons, {"d1": None})
    ref = (mentions["para_idx"] == 2) & (mentions["start"] == 0)
    mentions.loc[ref, ["label", "text"]] = ["REF", "The minister"]
    meetings, _, _ = relate.extract_meetings(frames_t, paragraphs, mentions, nodes, documents)
    assert sorted((sorted(p), m) for p, m in zip(meetings["participants"], meetings["mode"])) == [
        (sorted([A, B]), "in_person"),
        (sorted([A, B]), "phone"),
    ]


def test_the_visiting_one_a_reference_stands_for_is_the_guest():
    """ "A held talks with the visiting Valdorian minister. B arrived on Thursday ...": B is the guest, A the host."""
    meeting = frame(participants=[(0, 3)], refs=[[10, 45, "the visiting Chilean Defence Minister"]])
    meetings, _, _ = run(
        {"d1": [(1, meeting), (2, frame(kind="context"))]},
        {"d1": [(1, 0, 3, A), (2, 0, 3, B)]},
        {"d1": None},
        node_countries={A: ("Peru", "stated"), B: ("Chile", "stated")},
    )
    assert meetings[["host"]].values.tolist() == [[A]]


def test_people_of_a_list_the_parser_cut_off_as_a_sentence_are_on_the_side_of_the_next():
    """ "A and B held a video call. | JCS Chairman Gen. C, U.S. Pacific Command (PACOM) | Commander Adm. D took part
    in the call.": the parser ended a sentence inside the list (no verb, no full stop); C took part too."""
    call = frame(participants=[(0, 3), (10, 13)], mode="video")
    fragment = frame(kind="context", sent_idx=0, evidence="JCS Chairman Gen. C, U.S. Pacific Command (PACOM)")
    joined = frame(kind="join", sent_idx=1, participants=[(60, 63)], evidence="Commander Adm. D took part in the call.")
    meetings, _, _ = run(
        {"d1": [(1, call), (2, fragment), (2, joined)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 20, 23, C), (2, 60, 63, "PERSON:dan")]},
        {"d1": None},
    )
    assert [sorted(p) for p in meetings["participants"]] == [sorted([A, B, C, "PERSON:dan"])]


def test_a_counterpart_with_no_country_is_someone_of_another_country():
    meeting = frame(participants=[(0, 3)], refs=[[10, 25, "his counterpart"]], person_countries=[[0, 3, "Chile"]])
    later = frame(kind="context", person_countries=[[0, 3, "Chile"], [10, 13, "Peru"]])
    meetings, _, _ = run(
        {"d1": [(1, meeting), (2, later)]}, {"d1": [(1, 0, 3, A), (2, 0, 3, C), (2, 10, 13, B)]}, {"d1": None}
    )
    assert [sorted(p) for p in meetings["participants"]] == [[A, B]]


def test_an_indefinite_reference_is_a_person_named_after_it_never_before():
    before = frame(kind="context")
    meeting = frame(participants=[(0, 3)], refs=[[10, 30, "a senior Danish official"]])
    meetings, _, _ = run({"d1": [(1, before), (2, meeting)]}, {"d1": [(1, 0, 3, C), (2, 0, 3, A)]}, {"d1": None})
    assert meetings.empty
    meetings, _, _ = run(
        {"d1": [(2, meeting), (3, frame(kind="context"))]}, {"d1": [(2, 0, 3, A), (3, 0, 3, B)]}, {"d1": None}
    )
    assert [sorted(p) for p in meetings["participants"]] == [[A, B]]


def test_the_sides_beside_a_named_person_are_only_the_other_side():
    """ "X received Y." ... "At the meeting with Z, the sides discussed ..." is Y and Z, not X."""
    first = frame(participants=[(0, 3), (10, 13)], host=[0, 3], person_countries=[[0, 3, "Chile"], [10, 13, "Peru"]])
    second = frame(participants=[(20, 23)], group=True, person_countries=[[20, 23, "Chile"]])
    meetings, _, _ = run(
        {"d1": [(1, first), (2, second)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 20, 23, C)]}, {"d1": None}
    )
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B], [B, C]]


def test_the_parties_talking_after_a_call_add_to_that_call():
    call = frame(participants=[(0, 3), (10, 13)], mode="phone")
    parties = frame(group=True, trigger="talked", topics=["border security"])
    meetings, _, _ = run({"d1": [(1, call), (2, parties)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": None})
    (row,) = meetings.to_dict("records")
    assert (row["mode"], row["topics"]) == ("phone", ["border security"])


def test_a_series_of_talks_with_counterparts_from_several_countries_is_one_meeting_each():
    """ "X held a series of one-on-one talks with his counterparts from Chile and Peru." ... the two named later."""
    series = frame(
        participants=[(0, 3), (10, 40)],
        split=True,
        split_subject=[[0, 3]],
        ref_texts=[[10, 40, "his counterparts from Chile and Peru"]],
    )
    details = frame(kind="context", meeting_ref=True, location_text="Lima", location_country="Peru")
    later = frame(kind="context", person_countries=[[0, 3, "Peru"], [10, 13, "Chile"], [20, 23, "Spain"]])
    meetings, _, _ = run(
        {"d1": [(1, series), (2, details), (3, later)]},
        {"d1": [(1, 0, 3, A), (3, 0, 3, B), (3, 10, 13, C), (3, 20, 23, "PERSON:dan")]},
        {"d1": None},
    )
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B], [A, C]]
    assert meetings["location"].tolist() == ["Lima", "Lima"]


def test_a_meeting_reported_planned_then_postponed_is_one_cancelled_meeting():
    planned = frame(participants=[(0, 3), (10, 13)], status="planned", date_text="on Wednesday")
    gone = frame(participants=[(0, 3), (10, 13)], status="cancelled")
    meetings, _, _ = run(
        {"d1": [(1, gone), (2, planned)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, B)]},
        {"d1": "2024-05-06"},
    )
    (row,) = meetings.to_dict("records")
    assert (row["status"], row["date"]) == ("cancelled", None)


def test_a_guest_received_earlier_is_received_again_in_a_later_meeting_of_the_visit():
    """ "A received B." ... "Later, B and C met." (no place given): C is B's host."""
    first = frame(participants=[(0, 3), (10, 13)], host=[0, 3])
    later = frame(participants=[(10, 13), (20, 23)])
    meetings, _, _ = run(
        {"d1": [(1, first), (2, later)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 10, 13, B), (2, 20, 23, C)]},
        {"d1": None},
    )
    hosts = {tuple(sorted(p)): h for p, h in zip(meetings["participants"], meetings["host"])}
    assert hosts == {(A, B): A, (B, C): C}


@pytest.mark.parametrize(
    "name,ok",
    [
        ("Sri Lanka", False),
        ("COAS", False),
        ("Thai DPM", False),
        ("Defence Association", False),
        ("Cmdr", False),
        ("Headquarters", False),
        ("Photo", False),
        ("Xinhua", False),
        ("Olaf Berger", True),
        ("MM Hesse", True),
        ("Prince Karl bin Omar", True),
        ("Lindqvist", True),
        ("DG ISPR", False),
        ("KAMAL ODUYA", True),
        ("TARIQ AL-HAMDANI", True),
    ],
)
def test_a_participant_must_be_a_person(name, ok):
    assert relate.is_person_name(name) is ok


def test_a_country_tagged_as_a_person_is_no_participant():
    nodes_run = run(
        {"d1": [(1, frame(participants=[(0, 3), (10, 19)]))]},
        {"d1": [(1, 0, 3, A), (1, 10, 19, "PERSON:sri-lanka")]},
        {"d1": None},
    )
    assert nodes_run[0].empty


def test_on_the_sidelines_of_an_event_only_a_participant_at_home_hosts():
    """GOLD: no host on the sidelines of a multilateral event, unless it is held in a participant's country."""
    away = frame(
        participants=[(0, 3), (10, 13)],
        location_text="Ankara",
        location_country="Turkey",
        person_countries=[[10, 13, "Chile"]],
        sidelines=True,
    )
    meetings, _, _ = run({"d1": [(1, away)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": None})
    assert meetings["host"].tolist() == [None]
    details = frame(kind="context", meeting_ref=True, sidelines=True)
    plain = frame(
        participants=[(0, 3), (10, 13)],
        location_text="Ankara",
        location_country="Turkey",
        person_countries=[[10, 13, "Chile"]],
    )
    meetings, _, _ = run({"d1": [(1, plain), (2, details)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": None})
    assert meetings["host"].tolist() == [None]
    home = frame(
        participants=[(0, 3), (10, 13)],
        location_text="Ankara",
        location_country="Turkey",
        person_countries=[[10, 13, "Turkey"]],
        sidelines=True,
    )
    meetings, _, _ = run({"d1": [(1, home)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": None})
    assert meetings["host"].tolist() == [B]


def test_he_has_met_a_list_of_officials_is_one_meeting_with_each_hosted_by_them():
    """ "X is on a visit to Chile." "He has already met A, B and C." (GOLD: a list of call-ons is separate meetings)"""
    visit = frame(kind="context", meeting_ref=True, travellers=[[0, 3]])
    calls = frame(participants=[(10, 13), (20, 23), (30, 33)], refs=[[0, 2, "He"]], split=True, split_subject_ref=True)
    meetings, _, _ = run(
        {"d1": [(1, visit), (2, calls)]},
        {"d1": [(1, 0, 3, A), (2, 10, 13, B), (2, 20, 23, C), (2, 30, 33, "PERSON:dan")]},
        {"d1": None},
    )
    got = sorted((tuple(sorted(p)), h) for p, h in zip(meetings["participants"], meetings["host"]))
    assert got == [((A, B), B), ((A, C), C), ((A, "PERSON:dan"), "PERSON:dan")]


def test_a_place_told_for_a_planned_event_is_not_where_a_held_meeting_was():
    plan = frame(kind="context", status="planned", location_text="Lima", location_country="Peru")
    held = frame(participants=[(0, 3), (10, 13)])
    meetings, _, _ = run({"d1": [(1, plan), (2, held)]}, {"d1": [(2, 0, 3, A), (2, 10, 13, B)]}, {"d1": None})
    assert meetings["location"].tolist() == [None]


def test_leader_named_after_a_meeting_with_an_unnamed_delegation_is_its_other_side():
    """'X held talks with a visiting delegation. The delegation was led by Y.' (GOLD: a delegation led by Y is Y)."""
    meetings, _, _ = run(
        {
            "d1": [
                (
                    1,
                    frame(
                        participants=[(0, 3)], host=[0, 3], delegation=True, date_text="on Monday", location_text="Rome"
                    ),
                ),
                (2, frame(kind="lead", participants=[(10, 13)])),
            ]
        },
        {"d1": [(1, 0, 3, A), (2, 10, 13, B)]},
        {"d1": "2024-05-08"},
    )
    (row,) = meetings.to_dict("records")
    assert sorted(row["participants"]) == [A, B]
    assert (row["host"], row["date"], row["location"]) == (A, "2024-05-06", "Rome")


def test_a_leader_named_far_later_or_with_no_delegation_told_makes_no_meeting():
    far, _, _ = run(
        {"d1": [(1, frame(participants=[(0, 3)], delegation=True)), (5, frame(kind="lead", participants=[(10, 13)]))]},
        {"d1": [(1, 0, 3, A), (5, 10, 13, B)]},
        {"d1": None},
    )
    assert far.empty
    alone, _, _ = run(
        {"d1": [(1, frame(participants=[(0, 3)])), (2, frame(kind="lead", participants=[(10, 13)]))]},
        {"d1": [(1, 0, 3, A), (2, 10, 13, B)]},
        {"d1": None},
    )
    assert alone.empty


def test_a_local_call_on_with_no_place_is_in_the_dateline_city():
    """GOLD: a dateline city is used when the story reports a local call-on (the host is of that country)."""
    call_on = frame(participants=[(0, 3), (10, 13)], host=[10, 13], person_countries=[[10, 13, "Pakistan"]])
    meetings, _, _ = run(
        {"d1": [(1, call_on)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-05-08"},
        datelines={"d1": "Rawalpindi"},
    )
    assert meetings["location"].tolist() == ["Rawalpindi"]


@pytest.mark.parametrize(
    "extra, dateline",
    [
        ({"person_countries": [[10, 13, "France"]]}, "Rawalpindi"),  # the host is abroad
        ({"person_countries": [[10, 13, "Pakistan"]], "mode": "phone"}, "Rawalpindi"),  # a call has no place
        ({"person_countries": [[10, 13, "Pakistan"]]}, "Commentary"),  # no known city
        ({"person_countries": [[10, 13, "Pakistan"]], "location_text": "Lahore"}, "Rawalpindi"),  # told place wins
    ],
)
def test_the_dateline_city_is_not_given_to_other_meetings(extra, dateline):
    call_on = frame(participants=[(0, 3), (10, 13)], host=[10, 13], **extra)
    meetings, _, _ = run(
        {"d1": [(1, call_on)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": "2024-05-08"}, datelines={"d1": dateline}
    )
    assert meetings["location"].tolist() == [extra.get("location_text")]


def test_spoke_with_after_a_call_between_the_same_people_is_that_call():
    two = [(0, 3), (10, 13)]
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, B)]}
    call = frame(participants=two, mode="phone", date_text="on Tuesday")
    spoke = frame(participants=two, trigger="spoke", trigger_lemma="speak")
    meetings, _, _ = run({"d1": [(1, call), (2, spoke)]}, people, {"d1": "2024-05-08"})
    assert meetings["mode"].tolist() == ["phone"]
    # a meeting verb says they met: an in-person meeting besides the call
    met = frame(participants=two, trigger="met", trigger_lemma="meet")
    meetings, _, _ = run({"d1": [(1, call), (2, met)]}, people, {"d1": "2024-05-08"})
    assert sorted(meetings["mode"]) == ["in_person", "phone"]


def test_a_person_at_a_sitting_of_another_day_does_not_join_the_last_meeting():
    """ "On Thursday, A met B." then "On Friday, the session was chaired by C": C was at Friday's session, not at
    Thursday's meeting; "C also attended" with no day of its own joins it."""
    met = frame(participants=[(0, 3), (10, 13)], date_text="on Thursday")
    chaired = frame(kind="join", participants=[(0, 3)], date_text="On Friday")
    also = frame(kind="join", participants=[(0, 3)])
    persons = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, C)]}
    meetings, _, _ = run({"d1": [(1, met), (2, chaired)]}, persons, {"d1": "2024-10-05"})
    assert [sorted(p) for p in meetings["participants"]] == [[A, B]]
    meetings, _, _ = run({"d1": [(1, met), (2, also)]}, persons, {"d1": "2024-10-05"})
    assert [sorted(p) for p in meetings["participants"]] == [[A, B, C]]
    # two at that other sitting ("the talks held on Friday and co-chaired by B and D") met there
    cochaired = frame(kind="join", participants=[(0, 3), (10, 13)], date_text="On Friday")
    persons = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, B), (2, 10, 13, "PERSON:dan")]}
    meetings, _, _ = run({"d1": [(1, met), (2, cochaired)]}, persons, {"d1": "2024-10-05"})
    got = sorted((d, sorted(p)) for d, p in zip(meetings["date"], meetings["participants"]))
    assert got == [("2024-10-03", [A, B]), ("2024-10-04", [B, "PERSON:dan"])]


def test_a_person_present_at_both_meetings_is_at_the_two_told_last():
    """ "A called on B. A then met C. The ambassador D was present at both meetings.": D is at both."""
    first = frame(participants=[(0, 3), (10, 13)])
    second = frame(participants=[(0, 3), (10, 13)])
    both = frame(kind="join", participants=[(0, 3)], evidence="D was present at both meetings.")
    persons = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, C), (3, 0, 3, "PERSON:dan")]}
    meetings, _, _ = run({"d1": [(1, first), (2, second), (3, both)]}, persons, {"d1": "2024-10-05"})
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B, "PERSON:dan"], [A, C, "PERSON:dan"]]


def test_an_attendee_of_the_trilateral_meeting_joins_it_not_the_bilateral_told_after_it():
    """ "A hosted B and C for the trilateral meeting. Before it, A held a bilateral meeting with C. D also attended
    the trilateral meeting.": D is at the meeting of three."""
    three = frame(participants=[(0, 3), (10, 13), (20, 23)], host=[0, 3])
    two = frame(participants=[(0, 3), (20, 23)], host=[0, 3])
    also = frame(kind="join", participants=[(0, 3)], evidence="D also attended the trilateral meeting.")
    persons = {
        "d1": [(1, 0, 3, A), (1, 10, 13, B), (1, 20, 23, C), (2, 0, 3, A), (2, 20, 23, C), (3, 0, 3, "PERSON:dan")]
    }
    meetings, _, _ = run({"d1": [(1, three), (2, two), (3, also)]}, persons, {"d1": "2024-10-05"})
    assert sorted(sorted(p) for p in meetings["participants"]) == [sorted([A, B, C, "PERSON:dan"]), sorted([A, C])]


def test_attendees_of_a_sitting_no_meeting_sentence_told_make_the_meeting():
    """'X started work at the meeting ...', 'the meeting is chaired by Y', 'Z is also participating'."""
    people = {"d1": [(1, 0, 3, A), (2, 0, 3, B), (3, 0, 3, C)]}
    joins = [
        (1, frame(kind="join", participants=[(0, 3)], location_text="Brussels")),
        (2, frame(kind="join", participants=[(0, 3)])),
        (3, frame(kind="join", participants=[(0, 3)])),
    ]
    meetings, _, _ = run({"d1": joins}, people, {"d1": None})
    (row,) = meetings.to_dict("records")
    assert sorted(row["participants"]) == [A, B, C] and row["location"] == "Brussels"
    alone, _, _ = run({"d1": joins[:1]}, people, {"d1": None})
    assert alone.empty
    far, _, _ = run(
        {"d1": [joins[0], (9, frame(kind="join", participants=[(0, 3)]))]},
        {"d1": [(1, 0, 3, A), (9, 0, 3, B)]},
        {"d1": None},
    )
    assert far.empty


def test_frames_read_back_from_parquet_give_the_same_meetings(tmp_path):
    from pipeline import io

    docs = {
        "d1": [
            (
                1,
                frame(
                    participants=[(0, 3)],
                    refs=[[10, 33, "his Turkish counterpart"]],
                    person_countries=[[0, 3, "Greece"]],
                    topics=["trade"],
                    location_text="Rome",
                ),
            ),
            (2, frame(kind="context", person_countries=[[0, 3, "Greece"], [10, 13, "Turkey"]])),
        ]
    }
    persons = {"d1": [(1, 0, 3, A), (2, 0, 3, B), (2, 10, 13, C)]}
    frames, *tables = relate_inputs(docs, persons, {"d1": "2024-05-08"})
    io.write_interim({"frames": frames}, tmp_path)
    (read_back,) = io.read_interim(tmp_path, "frames")  # list columns come back as numpy arrays
    typed, typed_edges, _ = relate.extract_meetings(frames, *tables)
    again, again_edges, _ = relate.extract_meetings(read_back, *tables)
    assert len(typed) == 1 and sorted(typed.iloc[0]["participants"]) == [A, C]
    pd.testing.assert_frame_equal(again, typed)
    pd.testing.assert_frame_equal(again_edges, typed_edges)


def test_a_meeting_takes_over_declared_frame_fields():
    from pipeline import schema

    assert set(relate.FROM_FRAME) - {"para_idx"} <= set(schema.FRAMES.names)
    assert set(relate.FRAME_FIELDS) == set(schema.FRAMES.names) - {"text_id", "frame_idx"}


# --- issue 13, meeting dates: the day told earlier in the paragraph, vague times, fallbacks, dispatch days ----------


def test_a_day_told_earlier_in_the_paragraph_dates_an_undated_meeting():
    arrived = frame(kind="context", date_text="On May 6")
    met = frame(sent_idx=1, participants=[(0, 3), (10, 13)])
    elsewhere = frame(participants=[(0, 3), (20, 23)])
    meetings, _, _ = run(
        {"d1": [(1, arrived), (1, met), (2, elsewhere)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 20, 23, C)]},
        {"d1": "2030-05-09"},
    )
    got = {tuple(sorted(p)): d for p, d in zip(meetings["participants"], meetings["date"])}
    assert got == {(A, B): "2030-05-06", (A, C): None}


def test_a_vague_time_gives_no_date_even_under_a_headline_in_the_present():
    headline = frame(group=True, present=True)  # "Ministers meet"
    met = frame(participants=[(0, 3), (10, 13)], vague_date=True)  # "... met last week"
    meetings, _, _ = run(
        {"d1": [(0, headline), (1, met)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": "2030-05-09"}
    )
    assert meetings["date"].tolist() == [None]


def test_a_meeting_placed_in_a_month_takes_no_publication_day():
    # class: "The visit follows talks in X in May between A and B": a meeting noun under a verb in the present was
    # dated the day of publication though its sentence names a month and no day (GOLD: no date)
    follows = frame(participants=[(0, 3), (10, 13)], present=True)
    follows["evidence"] = "The visit follows talks in Lima in May between A and B."
    meetings, _, _ = run({"d1": [(1, follows)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": "2030-05-09"})
    assert meetings["date"].tolist() == [None]
    follows["evidence"] = "The visit follows talks in Lima between A and B."
    meetings, _, _ = run({"d1": [(1, follows)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": "2030-05-09"})
    assert meetings["date"].tolist() == ["2030-05-09"]


def test_a_present_headline_dates_a_meeting_only_when_the_text_names_no_day():
    headline = frame(group=True, present=True)
    met = frame(participants=[(0, 3), (10, 13)])
    held = frame(kind="context", sent_idx=1, meeting_ref=True, date_text="on Tuesday")
    meetings, _, _ = run(
        {"d1": [(0, headline), (1, met), (1, held)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": "2030-05-09"}
    )
    assert meetings["date"].tolist() == ["2030-05-07"]
    meetings, _, _ = run(
        {"d1": [(0, headline), (1, met)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": "2030-05-09"}
    )
    assert meetings["date"].tolist() == ["2030-05-09"]


def test_yesterday_counts_from_the_dateline_of_its_own_dispatch_on_a_page_of_several():
    first = frame(kind="context", evidence="LISBON, March 4, 2019 - The talks went well.", date_text="March 4, 2019")
    second = frame(kind="context", evidence="LISBON, March 6, 2019 - More talks.", date_text="March 6, 2019")
    met = frame(sent_idx=1, participants=[(0, 3), (10, 13)], date_text="yesterday")
    meetings, _, _ = run(
        {"d1": [(1, first), (4, second), (4, met)]}, {"d1": [(4, 0, 3, A), (4, 10, 13, B)]}, {"d1": "2019-03-04"}
    )
    assert meetings["date"].tolist() == ["2019-03-05"]


# --- issue 13, meeting places and hosts: a named building, "the capital", the dateline's country ------------------


def test_a_named_building_is_the_place_and_with_a_local_dateline_its_city_too():
    at_building = frame(
        participants=[(0, 3), (10, 13)],
        host=[10, 13],
        venue_place="Army House",
        person_countries=[[10, 13, "Pakistan"], [0, 3, "France"]],
    )
    meetings, _, _ = run({"d1": [(1, at_building)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": "2030-05-08"})
    # no city told: the building is in the capital of its host's country
    assert meetings["location"].tolist() == ["Army House, Islamabad"]
    meetings, _, _ = run(
        {"d1": [(1, at_building)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2030-05-08"},
        datelines={"d1": "Rawalpindi"},
    )
    assert meetings["location"].tolist() == ["Army House, Rawalpindi"]


def test_in_the_capital_is_the_capital_of_the_country_told_before():
    visit = frame(kind="context", evidence="Minister Ash arrived in Kenya on Monday.")
    talks = frame(sent_idx=1, participants=[(0, 3), (10, 13)], capital_ref=True, evidence="They met in the capital.")
    meetings, _, _ = run({"d1": [(1, visit), (1, talks)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": None})
    assert meetings["location"].tolist() == ["Nairobi"]


@pytest.mark.parametrize(
    "countries, host, place",
    [
        ([[0, 3, "France"], [10, 13, "Pakistan"]], B, "Islamabad"),  # the one side of the dateline's country hosts
        ([[10, 13, "Pakistan"]], None, None),  # the other side's country is unknown
        ([[0, 3, "Pakistan"], [10, 13, "Pakistan"]], None, None),  # both are of that country
    ],
)
def test_a_meeting_told_nowhere_in_a_dispatch_is_hosted_by_the_side_of_the_datelines_country(countries, host, place):
    met = frame(participants=[(0, 3), (10, 13)], person_countries=countries)
    meetings, _, _ = run(
        {"d1": [(1, met)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": "2030-05-08"}, datelines={"d1": "Islamabad"}
    )
    assert (meetings["host"].tolist(), meetings["location"].tolist()) == ([host], [place])


def test_a_host_of_no_told_country_receiving_a_guest_from_abroad_is_in_the_dateline_city():
    call_on = frame(participants=[(0, 3), (10, 13)], host=[10, 13], person_countries=[[0, 3, "France"]])
    meetings, _, _ = run(
        {"d1": [(1, call_on)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-05-08"},
        datelines={"d1": "Rawalpindi"},
    )
    assert meetings["location"].tolist() == ["Rawalpindi"]
    local_guest = frame(participants=[(0, 3), (10, 13)], host=[10, 13], person_countries=[[0, 3, "Pakistan"]])
    meetings, _, _ = run(
        {"d1": [(1, local_guest)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": "2024-05-08"},
        datelines={"d1": "Rawalpindi"},
    )
    assert meetings["location"].tolist() == [None]


# --- issue 13, classes 3-5: headlines, more people told later, gathered sittings, pronoun subjects ------------


def test_a_headline_in_the_present_and_the_body_report_are_one_meeting():
    two = [(0, 3), (10, 13)]
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, B)]}
    headline = frame(participants=two, present=True, trigger="meets", trigger_lemma="meet")
    body = frame(participants=two, mode="phone", date_text="on Monday", evidence="A called B on Monday.")
    meetings, _, _ = run({"d1": [(1, headline), (2, body)]}, people, {"d1": "2024-05-08"})
    (row,) = meetings.to_dict("records")
    assert row["mode"] == "phone" and row["date"] == "2024-05-06"


def test_a_caption_naming_two_of_the_sitting_told_with_more_people_is_that_sitting():
    """ "A received B, C and D ..." then the caption "A receives B at the headquarters": one meeting of A, B, C, D."""
    body = frame(participants=[(0, 3), (10, 13), (20, 23)], host=[0, 3], date_text="on Monday")
    caption = frame(participants=[(0, 3), (10, 13)], present=True, trigger="receives", trigger_lemma="receive")
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (1, 20, 23, C), (4, 0, 3, A), (4, 10, 13, B)]}
    meetings, _, _ = run({"d1": [(1, body), (4, caption)]}, people, {"d1": "2024-05-08"})
    assert [sorted(p) for p in meetings["participants"]] == [[A, B, C]]


def test_the_last_meeting_told_again_with_more_people_is_one_sitting():
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, B), (2, 20, 23, C)]}
    call = frame(participants=[(0, 3), (10, 13)], mode="phone", date_text="on Tuesday")
    spoke = frame(participants=[(0, 3), (10, 13), (20, 23)], trigger="spoke", trigger_lemma="speak")
    meetings, _, _ = run({"d1": [(1, call), (2, spoke)]}, people, {"d1": "2024-05-08"})
    (row,) = meetings.to_dict("records")
    assert sorted(row["participants"]) == [A, B, C] and row["mode"] == "phone"


def test_two_people_at_a_sitting_no_meeting_sentence_told_meet_at_once():
    """'A and B co-chaired the talks' (a join frame with two people)."""
    meetings, _, _ = run(
        {"d1": [(1, frame(kind="join", participants=[(0, 3), (10, 13)]))]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B)]},
        {"d1": None},
    )
    (row,) = meetings.to_dict("records")
    assert sorted(row["participants"]) == [A, B]


def test_a_pronoun_subject_goes_on_being_the_subject_of_the_sentences_before():
    """'A arrived in Paris. He first met B. Later he held talks with C.'"""
    people = {"d1": [(1, 0, 3, A), (2, 10, 13, B), (3, 10, 13, C)]}
    he = {"refs": [[0, 2, "He"]], "subject_pronoun": True}
    docs = {
        "d1": [
            (1, frame(kind="context", subjects=[(0, 3)])),
            (2, frame(participants=[(10, 13)], **he)),
            (3, frame(participants=[(10, 13)], **he)),
        ]
    }
    meetings, _, _ = run(docs, people, {"d1": None})
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B], [A, C]]


def test_the_place_of_a_planned_sitting_is_not_where_a_held_one_was():
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, C)]}
    planned = frame(participants=[(0, 3), (10, 13)], status="planned", location_text="Rome")
    held = frame(participants=[(0, 3), (10, 13)])
    meetings, _, _ = run({"d1": [(1, planned), (2, held)]}, people, {"d1": None})
    assert meetings.set_index("status").loc["occurred", "location"] is None


# --- issue 13, classes 4 and 5 (precision): one meeting per encounter, nobody at a ceremony joins a meeting
def test_the_sides_beside_a_named_person_with_no_meeting_before_are_that_person_and_the_other_side():
    """A, B and C are named; "At the meeting with C, the sides discussed ..." is C with the one of another country."""
    context = frame(
        kind="context",
        participants=[],
        person_countries=[[0, 3, "Peru"], [10, 13, "Chile"]],
    )
    sides = frame(participants=[(20, 23)], group=True, person_countries=[[20, 23, "Peru"]])
    meetings, _, _ = run(
        {"d1": [(1, context), (2, sides)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 20, 23, C)]}, {"d1": None}
    )
    assert [sorted(p) for p in meetings["participants"]] == [[B, C]]


def test_people_present_at_a_ceremony_after_a_meeting_do_not_join_it():
    talks = frame(participants=[(0, 3), (10, 13)])
    ceremony = frame(kind="context", evidence="Earlier, the guest was accorded a guard of honour.")
    present = frame(kind="join", participants=[(0, 3)], trigger="present")
    meetings, _, _ = run(
        {"d1": [(1, talks), (2, ceremony), (2, present)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, C)]},
        {"d1": None},
    )
    assert [sorted(p) for p in meetings["participants"]] == [[A, B]]


def test_honour_as_a_verb_is_no_ceremony_that_keeps_an_attendee_off_the_meeting():
    # class: "Also present at the meeting was the Minister, X, who said the country would honour its commitment":
    # the verb "honour" was read as a guard of honour, a ceremony, so X did not join the meeting told before
    talks = frame(participants=[(0, 3), (10, 13)])
    present = frame(
        kind="join",
        participants=[(0, 3)],
        trigger="present",
        evidence="Also present at the meeting was X, who said the country would honour its commitment.",
    )
    meetings, _, _ = run(
        {"d1": [(1, talks), (2, present)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, C)]},
        {"d1": None},
    )
    assert [sorted(p) for p in meetings["participants"]] == [[A, B, C]]
    assert relate._ceremony({"evidence": "The guest was accorded a guard of honour."})
    assert relate._ceremony({"evidence": "He inspected an honor guard."})


def test_two_of_a_trilateral_meeting_reviewing_a_topic_right_after_it_are_that_meeting():
    trilateral = frame(participants=[(0, 3), (10, 13), (20, 23)])
    pair = frame(participants=[(0, 3), (10, 13)], trigger="reviewed", trigger_lemma="review")
    meetings, _, _ = run(
        {"d1": [(1, trilateral), (2, pair)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (1, 20, 23, C), (2, 0, 3, A), (2, 10, 13, B)]},
        {"d1": None},
    )
    assert [sorted(p) for p in meetings["participants"]] == [[A, B, C]]


def test_a_meeting_told_as_planned_then_as_held_is_one_held_meeting():
    """ "A is scheduled to meet B in Lima this week." ... "On Thursday, A met B." """
    plan = frame(participants=[(0, 3), (10, 13)], status="planned", location_text="Lima")
    held = frame(participants=[(0, 3), (10, 13)], date_text="on Thursday")
    meetings, _, _ = run(
        {"d1": [(1, plan), (2, held)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, B)]},
        {"d1": "2024-05-10"},
    )
    (row,) = meetings.to_dict("records")
    assert (row["status"], row["date"], row["location"]) == ("occurred", "2024-05-09", "Lima")


def test_a_plan_told_after_a_held_meeting_is_another_meeting():
    """ "A met B on Monday." ... "They will meet again in Lima in June." """
    held = frame(participants=[(0, 3), (10, 13)], date_text="on Monday")
    plan = frame(participants=[(0, 3), (10, 13)], status="planned", date_text="June 12")
    meetings, _, _ = run(
        {"d1": [(1, held), (2, plan)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, B)]},
        {"d1": "2024-05-10"},
    )
    assert sorted(meetings["status"]) == ["occurred", "planned"]


def test_a_plan_and_an_undated_held_meeting_far_apart_stay_two():
    """ "A will meet B next week." ... four paragraphs on ... "A last met B in Lima." (no day)"""
    plan = frame(participants=[(0, 3), (10, 13)], status="planned")
    held = frame(participants=[(0, 3), (10, 13)], location_text="Lima")
    meetings, _, _ = run(
        {"d1": [(1, plan), (5, held)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (5, 0, 3, A), (5, 10, 13, B)]},
        {"d1": "2024-05-10"},
    )
    assert sorted(meetings["status"]) == ["occurred", "planned"]


def test_the_country_a_document_tells_comes_before_the_one_resolve_knows():
    """Resolve's node countries fill in what the document does not tell; what it tells wins (a read-only view of
    both per document, not a copy of every node's country)."""
    told = frame(
        participants=[(0, 3), (10, 13)],
        location_text="Ankara",
        location_country="Turkey",
        person_countries=[[0, 3, "Hungary"]],
    )
    frames, paragraphs, mentions, nodes, documents = relate_inputs(
        {"d1": [(1, told)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": None}
    )
    for countries, host in (({A: "Turkey", B: "Turkey"}, [B]), ({B: "Turkey"}, [B])):
        nodes["country"] = nodes["node_id"].map(countries)
        meetings, _, _ = relate.extract_meetings(frames, paragraphs, mentions, nodes, documents)
        assert meetings["host"].tolist() == host, countries


def test_he_after_a_meeting_at_home_and_a_spokesman_is_the_visitor(nlp, tmp_path):
    """Issue 13, class 2: a spokesman quoted after the talks, or the host of the talks, is not who "he will call
    on" the others: the visitor is."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2024-05-10 By Probe Wire\n\n"
        "Army chief General Ivo Brant held talks with visiting Ostrian Army chief General Lena Ott in Zorgrad on "
        "Wednesday.\n\n"
        '"We discussed training," army spokesman Colonel Petr Lund told reporters.\n\n'
        "She will also call on President Olaf Dorn.\n",
    )
    got = meeting_people(tables)
    assert got == {("Ivo Brant", "Lena Ott"), ("Lena Ott", "Olaf Dorn")}


def test_the_meeting_attended_by_after_a_wreath_laying_joins_the_meeting(nlp, tmp_path):
    """GOLD attendees: a ceremony told between the talks and "The meeting was attended by X" does not keep X out;
    "were also present" right after the ceremony still does."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2024-05-10 By Probe Wire\n\n"
        "Defence Minister Ivo Brant met Ostrian Defence Minister Lena Ott in Zorgrad on Thursday.\n\n"
        "Ott also laid a wreath at the memorial to fallen soldiers.\n\n"
        "The meeting was attended by Ambassador Petr Lund.\n",
    )
    got = [sorted(row["participant_names"]) for row in tables["meetings"].to_dict("records")]
    assert got == [["Ivo Brant", "Lena Ott", "Petr Lund"]]


def test_a_bare_surname_subject_calls_on_each_object_who_hosts_it():
    """GOLD: "X also called on A and B" are two call-ons, each hosted by the one called on, when X is a bare surname
    named before (no entity of its own in the sentence)."""
    meetings, _, _ = run(
        {
            "d1": [
                (1, frame(participants=[(0, 3), (10, 13)], host=[10, 13])),
                (
                    2,
                    frame(
                        participants=[(20, 23), (30, 33)],
                        host=[20, 23],
                        split=True,
                        split_subject=[[0, 3]],
                        surnames=[{"start": 0, "end": 3, "text": "Ann"}],
                    ),
                ),
            ]
        },
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 20, 23, C), (2, 30, 33, "PERSON:dan")]},
        {"d1": None},
    )
    got = {tuple(sorted(m["participants"])): m["host"] for m in meetings.to_dict("records")}
    assert got == {(A, B): B, (A, C): C, (A, "PERSON:dan"): "PERSON:dan"}


def test_the_day_a_headline_names_dates_the_lead_meeting():
    """ "Army chiefs meet in X on March 12" over "A received B at headquarters.": the headline's day is the lead
    meeting's (issue 13, class 1); a meeting further down the page takes nothing from it, and a headline with
    closing punctuation (a sentence) is no headline."""
    headline = frame(kind="context", date_text="March 12", evidence="Army chiefs meet in the capital on March 12")
    lead = frame(participants=[(0, 3), (10, 13)], evidence="A received B at headquarters.")
    far = frame(participants=[(0, 3), (20, 23)], evidence="A later met C.")
    persons = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (4, 0, 3, A), (4, 20, 23, C)]}
    meetings, _, _ = run({"d1": [(0, headline), (1, lead), (4, far)]}, persons, {"d1": "2024-03-14"})
    got = {tuple(sorted(p)): d for p, d in zip(meetings["participants"], meetings["date"])}
    assert got == {(A, B): "2024-03-12", (A, C): None}
    sentence = {**headline, "evidence": "The chiefs of the armies met on March 12."}
    meetings, _, _ = run({"d1": [(0, sentence), (1, lead), (4, far)]}, persons, {"d1": "2024-03-14"})
    got = {tuple(sorted(p)): d for p, d in zip(meetings["participants"], meetings["date"])}
    assert got == {(A, B): None, (A, C): None}


def test_relate_memo_replays_a_document_until_what_it_reads_changes(tmp_path):
    """The per-document memo of meetings gives the tables of a run without it, and a document is read again
    when anything it reads changes: a linked node's name or country, its publication day, its frames (text id),
    its mentions, or the analysis configuration."""
    from pipeline.runtime import stage_cache

    docs = {
        "d1": [(1, frame(participants=[(0, 3), (10, 13)], date_text="on Monday"))],
        "d2": [(2, frame(participants=[(0, 3), (10, 13)], location_text="Rome"))],
    }
    persons = {"d1": [(1, 0, 3, A), (1, 10, 13, B)], "d2": [(2, 0, 3, B), (2, 10, 13, C)]}
    published = {"d1": "2024-05-08", "d2": "2024-05-09"}
    frames, paragraphs, mentions, nodes, documents = relate_inputs(docs, persons, published)

    def memo_run(tables, analysis_key="k1"):
        memo = stage_cache.RelateMemo(tmp_path, analysis_key)
        got = relate.extract_meetings(*tables, memo=memo)
        memo.commit()
        memo.close()
        for a, b in zip(got, relate.extract_meetings(*tables)):
            pd.testing.assert_frame_equal(a, b)
        return memo.hits, memo.misses

    tables = [frames, paragraphs, mentions, nodes, documents]
    assert memo_run(tables) == (0, 2)
    assert memo_run(tables) == (2, 0)
    assert memo_run(tables, analysis_key="k2") == (0, 2)
    renamed = nodes.assign(name=nodes["name"].where(nodes["node_id"] != A, "Ann Other"))  # only d1 links A
    assert memo_run([frames, paragraphs, mentions, renamed, documents]) == (1, 1)
    told = nodes.assign(country=[("Chile" if n == C else None) for n in nodes["node_id"]])  # only d2 links C
    assert memo_run([frames, paragraphs, mentions, told, documents]) == (1, 1)
    redated = documents.assign(published=["2024-05-08", "2024-05-10"])
    assert memo_run([frames, paragraphs, mentions, nodes, redated]) == (1, 1)
    other_text = frames.assign(text_id=frames["text_id"].replace({"d2-2": "d2-2b"}))
    retexted = paragraphs.assign(text_id=paragraphs["text_id"].replace({"d2-2": "d2-2b"}))
    assert memo_run([other_text, retexted, mentions, nodes, documents]) == (1, 1)
    moved = mentions.assign(end=[e + 1 if d == "d1" else e for d, e in zip(mentions["doc_id"], mentions["end"])])
    assert memo_run([frames, paragraphs, moved, nodes, documents]) == (1, 1)


def test_a_documents_memo_key_holds_each_lookup_its_reading_takes(tmp_path):
    """Every per-document lookup of the corpus a reading takes (`relate.DOCUMENT_LOOKUPS`: a transcript's speakers,
    the people named with a form of address, ...) is in that document's memo key, and in no other's; a corpus field
    is either such a lookup or one the key reads otherwise (node lookups the memo checks one by one, the linked
    mentions, reference texts and timeline it hashes)."""
    import dataclasses

    docs = {"d1": [(1, frame(participants=[(0, 3), (10, 13)]))], "d2": [(2, frame(participants=[(0, 3), (10, 13)]))]}
    persons = {"d1": [(1, 0, 3, A), (1, 10, 13, B)], "d2": [(2, 0, 3, B), (2, 10, 13, C)]}
    frames, paragraphs, mentions, nodes, documents = relate_inputs(docs, persons, {"d1": None, "d2": None})
    corpus = relate._Corpus.of(mentions, nodes, documents, paragraphs)
    news = relate._news_paragraphs(paragraphs, frames)
    keys = relate.document_keys(news, corpus)
    otherwise = {"names", "node_country", "node_post", "node_guess", "by_para", "ref_texts", "timeline"}
    assert {f.name for f in dataclasses.fields(relate._Corpus)} == {*relate.DOCUMENT_LOOKUPS, *otherwise}
    for name in relate.DOCUMENT_LOOKUPS:
        changed = dataclasses.replace(corpus, **{name: {**getattr(corpus, name), "d1": ("changed",)}})
        got = relate.document_keys(news, changed)
        assert got["d1"] != keys["d1"] and got["d2"] == keys["d2"], name


def test_relate_memo_keeps_a_document_whose_lookups_did_not_change(tmp_path):
    """A new article that gives a person a country (or another name) re-reads only the documents whose meetings
    looked that person up: d1 names C in a paragraph with no frame, so it never asks C's country or name; d2 has
    C as a participant and a dateline. Either way the tables equal a run without the memo."""
    from pipeline.runtime import stage_cache

    docs = {
        "d1": [(1, frame(participants=[(0, 3), (10, 13)]))],
        "d2": [(2, frame(participants=[(0, 3), (10, 13)]))],
    }
    persons = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (3, 0, 3, C)], "d2": [(2, 0, 3, B), (2, 10, 13, C)]}
    published = {"d1": None, "d2": None}  # d2's dateline: whether the meeting was local asks its people's countries
    frames, paragraphs, mentions, nodes, documents = relate_inputs(docs, persons, published, datelines={"d2": "Rome"})

    def memo_run(nodes):
        memo = stage_cache.RelateMemo(tmp_path, "k1")
        got = relate.extract_meetings(frames, paragraphs, mentions, nodes, documents, memo=memo)
        memo.commit()
        memo.close()
        for a, b in zip(got, relate.extract_meetings(frames, paragraphs, mentions, nodes, documents)):
            pd.testing.assert_frame_equal(a, b)
        return memo.hits, memo.misses

    assert memo_run(nodes) == (0, 2)
    told = nodes.assign(country=[("Chile" if n == C else None) for n in nodes["node_id"]])
    assert memo_run(told) == (1, 1)  # d1 kept
    renamed = told.assign(name=told["name"].where(told["node_id"] != C, "Cem Other"))
    assert memo_run(renamed) == (1, 1)
    assert memo_run(nodes) == (1, 1)  # back as before: d2's first entry was replaced, d1's still holds


def test_a_recorded_lookup_knows_what_it_was_asked():
    """`_Recorded` remembers found and missing keys; an entry read through it stays good while those lookups
    give the same, and one that iterated the whole mapping is never reused."""
    base = {"a": "Chile", "b": "Peru"}
    seen = relate._Recorded(base)
    assert seen.get("a") == "Chile" and "z" not in seen and seen.get("z") is None
    reads = seen.reads()
    assert relate._Recorded.still_same(reads, {"a": "Chile", "b": "Oman"})
    assert not relate._Recorded.still_same(reads, {"a": "Oman"})
    assert not relate._Recorded.still_same(reads, {"a": "Chile", "z": "Peru"})
    whole = relate._Recorded(base)
    assert sorted(whole) == ["a", "b"] and whole.reads() is None
    assert not relate._Recorded.still_same(None, base)


def test_the_delegation_told_again_is_its_leader():
    """ "A delegation led by A arrived in Lima." ... "The delegation also met B." (GOLD: a delegation led by A is A)"""
    arrival = frame(kind="context", travellers=[[20, 23]])
    talks = frame(participants=[(0, 3), (10, 13)])
    again = frame(participants=[(20, 23)], refs=[[0, 14, "The delegation"]])
    meetings, _, _ = run(
        {"d1": [(1, arrival), (2, talks), (3, again)]},
        {"d1": [(1, 20, 23, A), (2, 0, 3, A), (2, 10, 13, B), (3, 20, 23, C)]},
        {"d1": None},
    )
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B], [A, C]]


def test_a_delegation_named_by_its_country_is_its_person_at_the_last_sitting():
    """ "The commission was co-chaired by A and B." ... "The Chilean delegation was also received by C": the one of
    the last meeting of that country, though resolve only guessed it; none when two of the country sat there."""
    session = frame(participants=[(0, 3), (10, 13)])
    received = frame(participants=[(20, 23)], refs=[[0, 24, "The Chilean delegation"]], host=[20, 23])
    persons = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 20, 23, C)]}
    countries = {A: ("Peru", "guessed"), B: ("Chile", "guessed"), C: ("Peru", "stated")}
    meetings, _, _ = run({"d1": [(1, session), (2, received)]}, persons, {"d1": None}, node_countries=countries)
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B], [B, C]]
    countries[A] = ("Chile", "guessed")
    meetings, _, _ = run({"d1": [(1, session), (2, received)]}, persons, {"d1": None}, node_countries=countries)
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B]]


def test_call_ons_of_a_split_frame_are_each_hosted_by_the_one_called_on():
    """ "A paid courtesy calls on B and C": each call's host is its own host; "A received B and C separately": A."""
    calls = frame(participants=[(0, 3), (10, 13), (20, 23)], split=True, split_subject=[[0, 3]], host=[10, 13])
    received = frame(participants=[(0, 3), (10, 13), (20, 23)], split=True, split_subject=[[0, 3]], host=[0, 3])
    for told, hosts in ((calls, {B: B, C: C}), (received, {B: A, C: A})):
        meetings, _, _ = run({"d1": [(1, told)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B), (1, 20, 23, C)]}, {"d1": None})
        got = {next(p for p in parts if p != A): h for parts, h in zip(meetings["participants"], meetings["host"])}
        assert got == hosts


def test_a_person_called_by_the_first_name_is_that_person():
    """ "Minister Sutrisno Wiratmaja received A on Tuesday." ... "In the afternoon, Sutrisno met B." """
    first = frame(participants=[(0, 3), (10, 13)], date_text="on Tuesday")
    later = frame(participants=[(10, 13)], surnames=[[0, 8, "Sutrisno"]], same_day=True)
    frames, paragraphs, mentions, nodes, documents = relate_inputs(
        {"d1": [(1, first), (2, later)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 10, 13, C)]},
        {"d1": "2024-05-10"},
    )
    nodes.loc[nodes["node_id"] == A, "name"] = "Sutrisno Wiratmaja"
    meetings, _, _ = relate.extract_meetings(frames, paragraphs, mentions, nodes, documents)
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B], [A, C]]
    assert meetings["date"].tolist() == ["2024-05-07", "2024-05-07"]


def test_a_split_frame_with_a_bare_surname_subject_is_one_meeting_each_with_that_person():
    """ "Minister Tran Van Duong received A." ... "Duong also received B and C in separate meetings." """
    first = frame(participants=[(0, 3), (10, 13)])
    split = frame(participants=[(10, 13), (20, 23)], surnames=[[0, 5, "Duong"]], split=True)
    frames, paragraphs, mentions, nodes, documents = relate_inputs(
        {"d1": [(1, first), (2, split)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, "PERSON:dan"), (2, 10, 13, B), (2, 20, 23, C)]},
        {"d1": None},
    )
    nodes.loc[nodes["node_id"] == A, "name"] = "Tran Van Duong"
    meetings, _, _ = relate.extract_meetings(frames, paragraphs, mentions, nodes, documents)
    assert sorted(sorted(p) for p in meetings["participants"]) == sorted(
        [sorted([A, "PERSON:dan"]), sorted([A, B]), sorted([A, C])]
    )


def test_he_also_received_is_the_host_of_the_meeting_before():
    """ "Sultan A received B on Sunday. He also received C on Monday." """
    first = frame(participants=[(0, 3), (10, 13)], host=[0, 3], subjects=[[0, 3]], date_text="on Sunday")
    then = frame(
        participants=[(10, 13)],
        refs=[[0, 2, "He"]],
        subject_pronoun=True,
        trigger="received",
        trigger_lemma="receive",
        date_text="on Monday",
    )
    meetings, _, _ = run(
        {"d1": [(1, first), (2, then)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 10, 13, C)]}, {"d1": "2024-05-10"}
    )
    got = sorted((tuple(sorted(p)), h) for p, h in zip(meetings["participants"], meetings["host"]))
    assert got == [((A, B), A), ((A, C), A)]


def test_two_subjects_meeting_one_person_separately_are_two_meetings():
    """ "A and B separately met C in Beijing": one meeting of A with C and one of B with C, each subject the host
    of its own (GOLD: separate meetings)."""
    told = frame(participants=[(0, 3), (10, 13), (20, 23)], split=True, split_subject=[[0, 3], [10, 13]], host=[0, 3])
    meetings, _, _ = run({"d1": [(1, told)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B), (1, 20, 23, C)]}, {"d1": None})
    assert sorted(sorted(p) for p in meetings["participants"]) == [sorted([A, C]), sorted([B, C])]
    assert {p[0] if p[0] != C else p[1]: h for p, h in zip(meetings["participants"], meetings["host"])} == {A: A, B: B}


def test_a_nominal_subject_of_a_call_on_list_is_the_traveller_named_before():
    """ "A arrived in Hanoi." ... "The visiting minister called on B and C." (GOLD: a list of call-ons is separate
    meetings, each with the visitor)."""
    calls = frame(
        participants=[(30, 33), (40, 43)],
        refs=[[0, 21, "The visiting minister"]],
        split=True,
        split_subject_ref=True,
        host=[30, 33],
    )
    meetings, _, _ = run({"d1": [(2, calls)]}, {"d1": [(1, 0, 3, A), (2, 30, 33, B), (2, 40, 43, C)]}, {"d1": None})
    assert sorted(sorted(p) for p in meetings["participants"]) == [sorted([A, B]), sorted([A, C])]


def test_a_side_named_by_its_country_before_anyone_is_the_person_of_that_country_named_next():
    """ "Ostria's defence minister held talks with his Valdorian counterpart." ... "Ostrian Defence Minister A and
    Valdorian Defence Minister B agreed ...": A and B (GOLD: a counterpart named elsewhere is included)."""
    meeting = frame(
        participants=[(30, 55)],
        refs=[[0, 27, "Thailand's defence minister"], [30, 55, "his Cambodian counterpart"]],
    )
    meeting["evidence"] = "Thailand's defence minister held talks with his Cambodian counterpart."
    later = frame(kind="context", person_countries=[[0, 3, "Cambodia"], [10, 13, "Thailand"]])
    meetings, _, _ = run({"d1": [(1, meeting), (2, later)]}, {"d1": [(2, 0, 3, B), (2, 10, 13, A)]}, {"d1": None})
    assert [sorted(p) for p in meetings["participants"]] == [sorted([A, B])]


def test_a_split_meeting_keeps_the_day_told_with_its_person():
    """Issue 13, class 4: "A met B on Monday and C on Tuesday" gives two meetings, each on its own day."""
    f = frame(
        participants=[(0, 5), (10, 15), (30, 35)],
        split=True,
        split_subject=[[0, 5]],
        split_dates=[[10, 15, "Monday"], [30, 35, "Tuesday"]],
        date_text="Monday",
    )
    persons = {"d": [(0, 0, 5, "PERSON:a"), (0, 10, 15, "PERSON:b"), (0, 30, 35, "PERSON:c")]}
    meetings, _, _ = run({"d": [(0, f)]}, persons, {"d": "2024-03-14"})
    got = {tuple(sorted(m["participants"])): m["date"] for m in meetings.to_dict("records")}
    assert got == {("PERSON:a", "PERSON:b"): "2024-03-11", ("PERSON:a", "PERSON:c"): "2024-03-12"}


def test_a_traveller_of_the_meeting_country_is_not_at_home():
    """failure class: "A arrived in Santiago ... A and B held talks in Santiago": both were guessed of the city's
    country, so nobody hosted; the one the text puts on a visit is not at home."""
    arrival = frame(kind="context", travellers=[[0, 3]])
    talks = frame(
        participants=[(0, 3), (10, 13)],
        location_text="Santiago",
        location_country="Chile",
        person_countries=[[0, 3, "Chile"], [10, 13, "Chile"]],
    )
    told = {"d1": [(1, 0, 3, A), (2, 0, 3, A), (2, 10, 13, B)]}
    meetings, _, _ = run({"d1": [(1, arrival), (2, talks)]}, told, {"d1": None})
    assert meetings["host"].tolist() == [B]
    meetings, _, _ = run({"d1": [(2, talks)]}, {"d1": told["d1"][1:]}, {"d1": None})
    assert meetings["host"].isna().all()  # nobody travels: both at home, no host


def test_a_split_meeting_takes_its_own_place():
    """ "A met B in Lisbon and C in Ankara": each meeting is where that person was met."""
    told = frame(
        participants=[(0, 3), (10, 13), (30, 33)],
        split=True,
        split_subject=[[0, 3]],
        location_text="Lisbon",
        location_country="Portugal",
        split_places=[{"start": 10, "end": 13, "text": "Lisbon"}, {"start": 30, "end": 33, "text": "Ankara"}],
    )
    meetings, _, _ = run({"d1": [(1, told)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B), (1, 30, 33, C)]}, {"d1": None})
    places = {
        next(p for p in parts if p != A): loc for parts, loc in zip(meetings["participants"], meetings["location"])
    }
    assert places == {B: "Lisbon", C: "Ankara"}


def test_a_split_frame_whose_subject_is_nobody_known_gives_no_meeting():
    """failure class: "The minister also met A and B separately" with no minister in the text made A meet B."""
    told = frame(participants=[(0, 12), (20, 23), (30, 33)], split=True, split_subject=[[0, 12]])
    meetings, _, _ = run({"d1": [(1, told)]}, {"d1": [(1, 20, 23, B), (1, 30, 33, C)]}, {"d1": None})
    assert meetings.empty
    known = frame(participants=[(0, 3), (20, 23), (30, 33)], split=True, split_subject=[[0, 3]])
    meetings, _, _ = run({"d1": [(1, known)]}, {"d1": [(1, 0, 3, A), (1, 20, 23, B), (1, 30, 33, C)]}, {"d1": None})
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B], [A, C]]


def test_people_of_a_headline_run_into_the_lead_are_not_on_its_side():
    """ "Presidents A and B agree on border | Minister C met General D on Monday": a verbless headline in the lead's
    block ends with no bracket or comma; its people are not at C's meeting."""
    headline = frame(kind="context", sent_idx=0, evidence="Presidents A and B agree on border")
    met = frame(sent_idx=1, participants=[(50, 53), (60, 63)], evidence="Minister C met General D on Monday.")
    meetings, _, _ = run(
        {"d1": [(1, headline), (1, met)]},
        {"d1": [(1, 11, 14, A), (1, 19, 22, B), (1, 50, 53, C), (1, 60, 63, "PERSON:dan")]},
        {"d1": None},
    )
    assert [sorted(p) for p in meetings["participants"]] == [sorted([C, "PERSON:dan"])]


def test_an_earlier_occasion_is_a_meeting_of_its_own_with_no_day_or_place_but_its_own():
    """ "X received Y in Oslo on Friday. The two last met in Vienna in May. X and Y discussed Z.": the earlier
    meeting is not merged into the story's, takes no day from the text, gives the story none, and the topics after
    it are of the story's meeting."""
    pair = [(0, 3), (10, 13)]
    meetings, _, _ = run(
        {
            "d1": [
                (1, frame(participants=pair, date_text="on Friday", location_text="Oslo")),
                (2, frame(participants=pair, earlier_occasion=True, vague_date=True, location_text="Vienna")),
                (3, frame(participants=pair, trigger="discussed", topics=["air defence"])),
            ]
        },
        {"d1": [(p, *span, node) for p in (1, 2, 3) for span, node in zip(pair, (A, B))]},
        {"d1": "2024-05-04"},
    )
    by_place = {r["location"]: r for _, r in meetings.iterrows()}
    assert set(by_place) == {"Oslo", "Vienna"}
    assert by_place["Oslo"]["date"] == "2024-05-03" and by_place["Oslo"]["topics"] == ["air defence"]
    assert pd.isna(by_place["Vienna"]["date"]) and list(by_place["Vienna"]["topics"]) == []


def test_an_attendee_told_after_an_earlier_occasion_is_at_the_storys_sitting():
    # class: "X called on Y on Thursday. The two had met earlier this year at a reception. Z was also present at
    # the discussion": Z was added to the earlier occasion, which then took the story's place and both lost their day
    pair = [(0, 3), (10, 13)]
    meetings, _, _ = run(
        {
            "d1": [
                (1, frame(participants=pair, date_text="on Thursday", location_text="Oslo")),
                (2, frame(participants=pair, earlier_occasion=True, vague_date=True)),
                (3, frame(kind="join", participants=[(20, 23)])),
            ]
        },
        {"d1": [*((p, *span, node) for p in (1, 2) for span, node in zip(pair, (A, B))), (3, 20, 23, C)]},
        {"d1": "2024-05-04"},
    )
    by_size = {len(r["participants"]): r for _, r in meetings.iterrows()}
    assert set(by_size) == {3, 2}
    assert by_size[3]["date"] == "2024-05-02" and pd.isna(by_size[2]["date"])


def test_a_plan_told_is_not_a_meeting_held_long_before_publication():
    """ "X was to be received by Y ... The two first met on 14 March 2023": the plan stands; a plan told before a
    held meeting of a day near publication is that meeting, held."""
    pair = [(0, 3), (10, 13)]
    people = {"d1": [(p, *span, node) for p in (1, 2) for span, node in zip(pair, (A, B))]}
    old_meeting = frame(participants=pair, date_text="14 March 2023")
    meetings, _, _ = run(
        {"d1": [(1, frame(participants=pair, status="planned")), (2, old_meeting)]}, people, {"d1": "2024-05-10"}
    )
    assert sorted(meetings["status"]) == ["occurred", "planned"]
    recent = frame(participants=pair, date_text="May 9")
    meetings, _, _ = run(
        {"d1": [(1, frame(participants=pair, status="planned")), (2, recent)]}, people, {"d1": "2024-05-10"}
    )
    assert meetings["status"].tolist() == ["occurred"]


def test_a_visit_told_called_off_calls_off_its_peoples_plans_around_it():
    """ "The visit X was to make next week has been suspended. X was to be received by Y.": a cancelled meeting,
    whichever is told first; a plan told far from it stands."""
    pair = [(0, 3), (10, 13)]
    called_off = frame(kind="context", status="cancelled", meeting_ref=True, trigger=None)
    for order in (
        [(1, called_off), (2, frame(participants=pair, status="planned"))],
        [(1, frame(participants=pair, status="planned")), (2, called_off)],
    ):
        people = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, B)]}
        meetings, _, _ = run({"d1": order}, people, {"d1": "2024-05-10"})
        assert meetings["status"].tolist() == ["cancelled"]
    far = [(1, called_off), (6, frame(participants=pair, status="planned"))]
    people = {"d1": [(1, 0, 3, A), (6, 0, 3, A), (6, 10, 13, B)]}
    meetings, _, _ = run({"d1": far}, people, {"d1": "2024-05-10"})
    assert meetings["status"].tolist() == ["planned"]


def test_a_call_told_after_a_meeting_placed_in_a_city_does_not_make_it_a_call():
    """ "X travelled to Stockholm for talks with Y." then a digest's label "Norway: Arctic surveillance call.": the
    talks in Stockholm stay in person; a meeting with no place told then "In a telephone conversation, ..." is a call."""
    pair = [(0, 3), (10, 13)]
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}
    label = frame(kind="context", mode="phone", meeting_ref=True, trigger=None)
    placed = frame(participants=pair, location_text="Stockholm", location_country="Sweden")
    meetings, _, _ = run({"d1": [(1, placed), (2, label)]}, people, {"d1": "2024-05-10"})
    assert meetings["mode"].tolist() == ["in_person"] and meetings["location"].tolist() == ["Stockholm"]
    meetings, _, _ = run({"d1": [(1, frame(participants=pair)), (2, label)]}, people, {"d1": "2024-05-10"})
    assert meetings["mode"].tolist() == ["phone"]


def test_the_three_ministers_of_a_larger_sitting_are_those_holding_a_ministers_post():
    """A sitting of three ministers and their army chiefs, then "The three ministers last met in X": the three."""
    six = [(0, 3), (10, 13), (20, 23), (30, 33), (40, 43), (50, 53)]
    nodes = [A, B, C, "PERSON:dan", "PERSON:eve", "PERSON:fay"]
    titles = dict(zip(nodes, ["Defence Minister"] * 3 + ["Chief of the General Staff"] * 3))
    three = frame(participants=[], group=True, group_size=3, group_post="minister", earlier_occasion=True)
    meetings, _, _ = run(
        {"d1": [(1, frame(participants=six)), (2, three)]},
        {"d1": [(1, *span, node) for span, node in zip(six, nodes)]},
        {"d1": "2024-05-10"},
        node_titles=titles,
    )
    sizes = sorted(len(p) for p in meetings["participant_names"])
    assert sizes == [3, 6]


def test_a_surname_beside_an_attendee_is_the_person_of_that_surname():
    """ "A and B spoke by video. ... the committee, which A and Dumont-Vey will co-chair on June 16": B is at it."""
    call = frame(participants=[(0, 3), (10, 13)], mode="video", date_text="yesterday")
    chair = frame(
        kind="join", participants=[(0, 3)], status="planned", date_text="on June 16", surnames=[[10, 20, "Dumont-Vey"]]
    )
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, "PERSON:lea-dumont-vey"), (2, 0, 3, A)]}
    meetings, _, _ = run({"d1": [(1, call), (2, chair)]}, people, {"d1": "2024-05-10"})
    assert sorted(meetings["status"]) == ["occurred", "planned"]
    assert all(sorted(p) == sorted([A, "PERSON:lea-dumont-vey"]) for p in meetings["participants"])


def test_the_documents_own_outlet_tagged_as_a_person_is_no_side():
    """ "A told Harbour Ledger that ..." read as a meeting of A and a person: the page's outlet is no one A met."""
    told = frame(participants=[(0, 3), (10, 24)])
    people = {"d1": [(1, 0, 3, A), (1, 10, 24, "PERSON:harbour-ledger")]}
    for outlet, expected in ((None, 1), ("Harbour Ledger", 0)):
        tables = relate_inputs({"d1": [(1, told)]}, people, {"d1": "2024-05-10"})
        tables[3].loc[tables[3]["node_id"] == "PERSON:harbour-ledger", "name"] = "Harbour Ledger"
        tables[4]["outlet"] = [outlet]
        meetings, _, _ = relate.extract_meetings(*tables)
        assert len(meetings) == expected


def test_a_meeting_told_in_a_live_feeds_time_stamped_item_is_of_the_pages_day():
    """ "09:30 — A and B held a video call": no day of its own, far down the page, the page's publication day; so is
    a stamp with no dash before the item's first word (class: "20:15 A met B" was read as no feed item)."""
    for evidence, day in (
        ("09:30 — A and B held a video call.", "2024-05-10"),
        ("20:15 A and B held a video call.", "2024-05-10"),
        ("A and B held a video call.", None),
    ):
        call = frame(participants=[(0, 3), (10, 13)], mode="video", evidence=evidence)
        meetings, _, _ = run({"d1": [(9, call)]}, {"d1": [(9, 0, 3, A), (9, 10, 13, B)]}, {"d1": "2024-05-10"})
        assert meetings["date"].tolist() == [day]


def test_people_attending_a_sitting_after_a_meeting_only_planned_make_another_sitting():
    """ "A is to meet B next week. C chaired a meeting of the council; A and D attended it": C, A and D met; the
    planned meeting keeps its two."""
    planned = frame(participants=[(0, 3), (10, 13)], status="planned")
    chaired = frame(kind="join", participants=[(0, 3)])
    attended = frame(kind="join", participants=[(0, 3), (10, 13)])
    meetings, _, _ = run(
        {"d1": [(1, planned), (2, chaired), (3, attended)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, C), (3, 0, 3, A), (3, 10, 13, "PERSON:dan")]},
        {"d1": "2024-05-10"},
    )
    got = sorted((s, sorted(p)) for s, p in zip(meetings["status"], meetings["participants"]))
    assert got == [("occurred", sorted([A, C, "PERSON:dan"])), ("planned", sorted([A, B]))]


def test_the_chiefs_after_a_call_on_another_post_are_the_last_two_holding_that_post():
    """A (army chief) held talks with B (army chief), then called on C (a foreign secretary); "The chiefs last met
    in X": A and B, not the last meeting's pair."""
    titles = {A: "Chief of the Army Staff", B: "Chief of the Army Staff", C: "Foreign Secretary"}
    chiefs = frame(participants=[], group=True, group_post="chief", earlier_occasion=True)
    meetings, _, _ = run(
        {"d1": [(1, frame(participants=[(0, 3), (10, 13)])), (2, frame(participants=[(0, 3), (10, 13)])), (3, chiefs)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, C)]},
        {"d1": "2024-05-10"},
        node_titles=titles,
    )
    assert sorted(map(sorted, meetings["participants"])) == [sorted([A, B]), sorted([A, B]), sorted([A, C])]


@pytest.mark.parametrize("status", ["planned", "cancelled"])
def test_a_visit_of_one_side_to_the_others_country_after_their_meeting_is_a_meeting_of_the_two(status):
    """ "A and B spoke by phone. The ministers agreed that A would visit Tbilisi" (or "A's visit to Tbilisi was
    postponed"): a meeting of A and B, B (of that country) hosting; a visit to a third country is none."""
    pair = [(0, 3), (10, 13)]
    countries = {A: ("Latvia", "stated"), B: ("Georgia", "stated")}
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A)]}
    for place, country, found in (("Tbilisi", "Georgia", True), ("Paris", "France", False)):
        visit = frame(
            kind="context",
            trigger=None,
            status=status,
            meeting_ref=True,
            location_text=place,
            location_country=country,
            evidence=f"The ministers agreed that Ann would visit {place}.",
        )
        meetings, _, _ = run(
            {"d1": [(1, frame(participants=pair, mode="phone")), (2, visit)]},
            people,
            {"d1": "2024-05-10"},
            node_countries=countries,
        )
        visits = meetings[meetings["status"] == status]
        assert len(visits) == found
        if found:
            assert visits["location"].tolist() == [place] and visits["host_name"].tolist() == ["Bob"]


def test_the_two_of_a_sitting_with_an_attendee_are_the_sides_named_first():
    """ "X received Y in the presence of Z. The two officers agreed to meet again": X and Y, not Z."""
    three = [(0, 3), (10, 13), (20, 23)]
    again = frame(participants=[], group=True, group_size=2, status="planned")
    meetings, _, _ = run(
        {"d1": [(1, frame(participants=three)), (2, again)]},
        {"d1": [(1, *span, node) for span, node in zip(three, (A, B, C))]},
        {"d1": "2024-05-10"},
    )
    planned = meetings[meetings["status"] == "planned"]
    assert sorted(planned["participant_names"].iloc[0]) == ["Ann", "Bob"]


def test_a_counterpart_is_no_one_named_far_down_the_page():
    """ "A held a call with his Valdorian counterpart" in the lead, and B (of a country only guessed) named six
    paragraphs down in another story of the page: no call with B; named in the next paragraph, B is the one."""
    meeting = frame(participants=[(0, 3)], refs=[[10, 35, "his Valdorian counterpart"]], trigger="call")
    countries = {A: ("Ostria", "stated"), B: ("Zorland", "guessed")}
    for para, expected in ((7, []), (2, [sorted([A, B])])):
        docs = {"d1": [(1, meeting), (para, frame(kind="context"))]}
        meetings, _, _ = run(docs, {"d1": [(1, 0, 3, A), (para, 0, 3, B)]}, {"d1": None}, node_countries=countries)
        assert [sorted(p) for p in meetings["participants"]] == expected


def test_a_delegation_nobody_leads_is_no_one_only_guessed_of_its_country():
    """ "A received the Peruvian delegation": B, named before, is Peruvian only by resolve's guess (the country the
    page names most): no meeting; stated of it ("Peruvian general B"), B is the one the delegation stands for."""
    said = frame(kind="context")
    received = frame(participants=[(0, 3)], refs=[[12, 37, "the Peruvian delegation"]], host=[0, 3], trigger="received")
    docs, persons = {"d1": [(1, said), (2, received)]}, {"d1": [(1, 0, 3, B), (2, 0, 3, A)]}
    for basis, expected in (("guessed", []), ("stated", [sorted([A, B])])):
        countries = {A: ("Chile", "stated"), B: ("Peru", basis)}
        meetings, _, _ = run(docs, persons, {"d1": None}, node_countries=countries)
        assert [sorted(p) for p in meetings["participants"]] == expected


def test_a_yearless_dateline_takes_the_publication_year_or_else_the_year_the_text_names():
    """ "ZORGRAD, March 12 (Wire) - A received B yesterday": clean knows the dateline's month and day only; the
    publication date (from the URL) or, with none, the year the text names gives the day of the lead meeting and
    of "yesterday"."""
    lead = frame(participants=[(0, 3), (10, 13)])
    later = frame(participants=[(0, 3), (20, 23)], date_text="yesterday")
    persons = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 20, 23, C)]}
    for published, lead_day, later_day in (
        ("2024-03-14", "2024-03-12", "2024-03-13"),
        ("2024-02-01", "2023-03-12", "2024-01-31"),
        (None, "2023-03-12", "2023-03-11"),
    ):
        tables = relate_inputs({"d1": [(1, lead), (2, later)]}, persons, {"d1": published})
        tables[1]["text"] = "The agreement of 2023 was reviewed."
        tables[4]["dateline_date"] = [None]
        tables[4]["dateline_month_day"] = ["03-12"]
        meetings, _, _ = relate.extract_meetings(*tables)
        got = {tuple(sorted(p)): d for p, d in zip(meetings["participants"], meetings["date"])}
        assert got == {(A, B): lead_day, (A, C): later_day}


def test_a_yearless_dateline_on_a_page_naming_no_year_takes_its_copyright_year():
    """ "ZORGRAD, March 12 (Wire) - A received B" on a page whose only year is its footer's `© 2025 Wire`."""
    lead = frame(participants=[(0, 3), (10, 13)])
    for footer, day in ((2025, "2025-03-12"), (None, None)):
        tables = relate_inputs({"d1": [(1, lead)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": None})
        tables[1]["text"] = "The minister received the general."
        tables[4]["dateline_date"] = [None]
        tables[4]["dateline_month_day"] = ["03-12"]
        tables[4]["copyright_year"] = [footer]
        meetings, _, _ = relate.extract_meetings(*tables)
        assert meetings["date"].tolist() == [day]


def test_the_invitation_accepted_after_a_call_is_a_planned_visit_hosted_by_the_other_side():
    """ "A spoke with B by phone and invited him to visit. ... B accepted the invitation": a planned visit of B's,
    A hosting; told far down the page, after another story, it is not A's."""
    call = frame(participants=[(0, 3), (10, 13)], mode="phone")
    accepted = frame(kind="context", participants=[(0, 3)], invitation_accepted=True)
    for para, expected in (
        (3, [("in_person", "planned", A), ("phone", "occurred", None)]),
        (9, [("phone", "occurred", None)]),
    ):
        meetings, _, _ = run(
            {"d1": [(1, call), (para, accepted)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B), (para, 0, 3, B)]}, {"d1": None}
        )
        assert sorted(zip(meetings["mode"], meetings["status"], meetings["host"])) == expected


def test_the_side_a_visitor_came_to_hosts_though_an_attendee_joined():
    """ "A met visiting General B" then "C attended the meeting": A still hosts the sitting of three."""
    met = frame(participants=[(0, 3), (10, 13)], visitor=[10, 13])
    attended = frame(kind="join", participants=[(20, 23)], meeting_ref=True)
    meetings, _, _ = run(
        {"d1": [(1, met), (2, attended)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 20, 23, C)]}, {"d1": None}
    )
    assert [(sorted(p), h) for p, h in zip(meetings["participants"], meetings["host"])] == [(sorted([A, B, C]), A)]


def test_a_group_of_posts_hosted_by_a_named_side_is_the_sitting_the_next_paragraph_names():
    """ "A hosted the navy commanders of X and Y" then "The meeting brought together B and C": one sitting of A, B
    and C, A hosting; the same group told far above an unrelated meeting is not at it."""
    hosted = frame(participants=[(0, 3)], host=[0, 3], group=True, group_object=True)
    brought = frame(participants=[(0, 3), (10, 13)])
    for para, expected in ((2, [(sorted([A, B, C]), A)]), (6, [(sorted([B, C]), None)])):
        meetings, _, _ = run(
            {"d1": [(1, hosted), (para, brought)]},
            {"d1": [(1, 0, 3, A), (para, 0, 3, B), (para, 10, 13, C)]},
            {"d1": None},
        )
        assert [(sorted(p), h) for p, h in zip(meetings["participants"], meetings["host"])] == expected


def test_a_group_of_posts_named_by_a_sentence_of_attendees_is_one_sitting_with_its_host():
    """ "A hosted the chiefs of X and Y. The X side was represented by B, while C led the Y delegation": A, B, C."""
    hosted = frame(participants=[(0, 3)], host=[0, 3], group=True, group_object=True)
    named = frame(kind="context", participants=[])
    meetings, _, _ = run(
        {"d1": [(1, hosted), (2, named)]}, {"d1": [(1, 0, 3, A), (2, 0, 3, B), (2, 10, 13, C)]}, {"d1": None}
    )
    assert [(sorted(p), h) for p, h in zip(meetings["participants"], meetings["host"])] == [(sorted([A, B, C]), A)]


def test_a_group_of_posts_named_across_a_cut_sentence_is_one_sitting():
    """ "A hosted the chiefs of X and Y. | The X navy was represented by B, while the Y delegation was led by
    Captain (Navy) | C, the first woman in the post.": the parser cut the naming sentence after the bracket."""
    hosted = frame(participants=[(0, 3)], host=[0, 3], group=True, group_object=True)
    cut = frame(kind="context", sent_idx=0, evidence="The X navy was represented by B, while ... Captain (Navy)")
    rest = frame(kind="context", sent_idx=1, evidence="C, the first woman in the post.")
    meetings, _, _ = run(
        {"d1": [(1, hosted), (2, cut), (2, rest)]},
        {"d1": [(1, 0, 3, A), (2, 10, 13, B), (2, 70, 73, C, 1)]},
        {"d1": None},
    )
    assert [(sorted(p), h) for p, h in zip(meetings["participants"], meetings["host"])] == [(sorted([A, B, C]), A)]


def test_the_chair_of_a_sitting_is_at_it_when_a_group_told_before_is_named():
    """ "Defence ministers meet in X" (headline) | "The council met on Tuesday under the chairmanship of A" |
    "Present at the meeting were B and C": one sitting of A, B and C, dated and placed by the chair's sentence."""
    headline = frame(participants=[], group=True, sent_idx=0)
    chaired = frame(kind="join", participants=[(0, 3)], date_text="Tuesday", location_text="Velmora")
    present = frame(kind="join", participants=[(0, 3), (10, 13)])
    meetings, _, _ = run(
        {"d1": [(0, headline), (1, chaired), (2, present)]},
        {"d1": [(1, 0, 3, A), (2, 0, 3, B), (2, 10, 13, C)]},
        {"d1": "2026-06-18"},
    )
    assert [(sorted(p), loc) for p, loc in zip(meetings["participants"], meetings["location"])] == [
        (sorted([A, B, C]), "Velmora")
    ]


def test_two_earlier_occasions_in_two_cities_are_two_meetings():
    """ "A and B first met in Vienna, and again in Brussels": two earlier sittings, not one told twice."""
    first = frame(
        participants=[(0, 3), (10, 13)], earlier_occasion=True, location_text="Vienna", location_country="Austria"
    )
    again = frame(
        participants=[(0, 3), (10, 13)], earlier_occasion=True, location_text="Brussels", location_country="Belgium"
    )
    meetings, _, _ = run({"d1": [(1, first), (1, again)]}, {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}, {"d1": "2026-06-18"})
    assert sorted(meetings["location"]) == ["Brussels", "Vienna"]


def test_credentials_presented_to_no_one_named_go_to_the_receiver_told_before():
    """ "A received the letters of credence of two attachés. B was the first to present his credentials. In a
    separate audience, C presented her letter of credence": B and C each met A, who hosted."""
    received = frame(kind="context", participants=[])
    first = frame(participants=[(0, 3)], trigger="present", trigger_lemma="present")
    second = frame(participants=[(0, 3)], trigger="presented", trigger_lemma="present")
    meetings, _, _ = run(
        {"d1": [(1, received), (2, first), (3, second)]},
        {"d1": [(1, 0, 3, A), (2, 0, 3, B), (3, 0, 3, C)]},
        {"d1": None},
        node_countries={A: ("Nigeria", "stated"), B: ("Brazil", "stated"), C: ("Norway", "stated")},
    )
    assert sorted((sorted(p), h) for p, h in zip(meetings["participants"], meetings["host"])) == [
        (sorted([A, B]), A),
        (sorted([A, C]), A),
    ]


@pytest.mark.parametrize("surname", ["Torvakyan", "Melkisyan"])
def test_a_surname_the_parser_misread_is_the_subject_of_a_later_meeting(nlp, tmp_path, surname):
    """Real model: "<surname> last met X in Paris in February": the bare surname (tagged a nationality, hung on the
    verb as an adverb) is the minister named in the paragraph before, so the earlier occasion is his meeting with X."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-02 By Desk\n\n"
        f"Defence Minister Ivo {surname} received the ambassador of Ostria on Thursday.\n\n"
        f"{surname} last met French Armed Forces Minister Jean Kalem in Paris in February, when the two signed a "
        "letter of intent.\n",
    )
    pairs = meeting_people(tables)
    assert tuple(sorted([f"Ivo {surname}", "Jean Kalem"])) in pairs


def test_bare_surnames_listed_before_the_last_sides_post_are_the_people_named_before(nlp, tmp_path):
    """Real model: "On Friday, A, B and Kyrgyz Defense Minister X Y will hold a trilateral meeting": the parser broke
    the bare surnames off the subject (one hung on the comma, one read as a place), so the three-way sitting was
    filled with the wrong people from the paragraph before (class). And "according to the Ministry of National
    Defence" is the report's source, not the venue (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-08 By Desk\n\nChinese Defense Minister Ivo Brant met separately with Kazakh Defense Minister "
        "Karl Hesse and Pakistani Defense Minister Teodor Velk on Thursday on the sidelines of the SCO meeting in "
        "Qingdao.\n\nOn Friday, Brant, Hesse and Kyrgyz Defense Minister Olaf Berger will hold a trilateral meeting on "
        "border security, according to the Ministry of National Defense.\n",
    )
    planned = [m for m in tables["meetings"].itertuples() if m.status == "planned"]
    assert [sorted(m.participant_names) for m in planned] == [["Ivo Brant", "Karl Hesse", "Olaf Berger"]]
    assert planned[0].location != "Ministry of National Defense"


def test_a_subject_the_parser_joined_to_the_fronted_place_calls_on_the_host(nlp, tmp_path):
    """Real model: "In Seoul, X and her colleagues called on Y": the parser joined the bare surname to the city of the
    fronted phrase, so the verb had no subject and the call had one side (class). And "She was joined by A and B"
    after a trip with no sitting told: her companions, no meeting of their own (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-09 By Desk\n\nWASHINGTON - U.S. Senator Helen Lomar returned this weekend from a congressional "
        "delegation to South Korea. She was joined by Senator Ivo Brant and Representative Karl Hesse.\n\nIn Seoul, "
        "Lomar and her colleagues called on Minister of National Defense Teodor Velk and visited troops.\n",
    )
    assert meeting_people(tables) == {("Helen Lomar", "Teodor Velk")}


@pytest.mark.parametrize("pair", [("Ivo Dornvik", "Mira Stenz"), ("Teodor Velk", "Mira Odhiambo")])
def test_two_bare_surnames_joined_by_a_third_person_add_that_person_to_their_meeting(nlp, tmp_path, pair):
    """Real model: "A and B were joined by General C": with the two named by surnames the model did not tag, the
    passive join had no subject person and C was no side of their meeting (class)."""
    first, second = pair
    tables = read_article(
        nlp,
        tmp_path,
        f" date 2031-06-03 By Desk\n\nNAIROBI, June 2 - U.S. Army Gen. {first}, commander of U.S. Africa Command, met "
        f"with Kenyan Cabinet Secretary for Defence {second} in Nairobi, June 2, to discuss counterterrorism "
        f"cooperation.\n\n{first.split()[-1]} and {second.split()[-1]} were joined by Gen. Karl Hesse, Chief of the "
        "Kenya Defence Forces (KDF). The leaders discussed border security.\n",
    )
    assert [sorted(m.participant_names) for m in tables["meetings"].itertuples()] == [
        sorted([first, second, "Karl Hesse"])
    ]


def test_the_delegation_someone_travelled_as_part_of_is_its_leaders(nlp, tmp_path):
    """Real model: "X travelled to A as part of a delegation headed by Y. ... the delegation met with Z": the leader
    was looked for above "part of", so Y was no traveller and the delegation stood for X (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-04 By Desk\n\nRep. Helen Lomar this week traveled to Vilnius and Riga as part of a House Armed "
        "Services Committee delegation headed by Rep. Ivo Brant.\n\nIn Vilnius, the delegation met with Lithuanian "
        "Minister of National Defence Karl Hesse.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_a_readouts_call_headline_a_later_bodys_meeting_and_a_plan_on_the_margins(nlp, tmp_path):
    """Real model, three classes of one readout: "Readout of the President's Call with X" names one side only, so its
    mode was lost and "A spoke with X" read in person; "NATO defense ministers met in Brussels" (members of a body,
    no sides told before) was read as the two leaders meeting there; and "They agreed to meet on the margins of the
    summit": the margins were taken for the one they meet, so the plan was lost."""
    tables = read_article(
        nlp,
        tmp_path,
        "Readout of the President's Call with President Ivo Brant of Velkaria\n\nMarch 18, 2031\n\nPresident Karl "
        "Hesse spoke today with President Ivo Brant of Velkaria to discuss support for Ukraine. They agreed to meet in "
        "person on the margins of the summit in July.\n\nThe call came a week after NATO defense ministers met in "
        "Brussels to review progress.\n",
    )
    found = {
        (m.mode, m.status, m.location if isinstance(m.location, str) else None) for m in tables["meetings"].itertuples()
    }
    assert found == {("phone", "occurred", None), ("in_person", "planned", None)}
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_a_series_of_bilaterals_told_with_a_quote_and_a_plan_between_them(nlp, tmp_path):
    """Real model: "Meeting A, X proposed ... A said ...; In a separate meeting with B, the two sides ...": the separate
    sitting went to A, who spoke last, not to X whose series it is (class); and "X also met C, with both sides
    agreeing to hold the next dialogue in Lomar": the plan's place was taken for the meeting's (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-11-16 By Desk\n\nGeneral Olaf Berger, Velkaria's Minister of National Defence, held a series of "
        "bilateral meetings on the sidelines of the ASEAN Defence Ministers' Meeting in Kuala Lumpur on Saturday.\n\n"
        "Meeting Australian Defence Minister Helen Lomar, Berger proposed that the two sides step up cooperation in "
        "peacekeeping training. Lomar said Australia would continue its support.\n\nIn a separate meeting with "
        "Indian Defence Minister Karl Hesse, the two sides agreed to expand cooperation in cyber security.\n\nBerger "
        "also met Japanese Defence Minister Teodor Velk, with both sides agreeing to hold the next policy dialogue in "
        "Tokyo early next year.\n",
    )
    assert meeting_people(tables) == {
        ("Helen Lomar", "Olaf Berger"),
        ("Karl Hesse", "Olaf Berger"),
        ("Olaf Berger", "Teodor Velk"),
    }
    assert {m.location for m in tables["meetings"].itertuples()} == {"Kuala Lumpur"}


@pytest.mark.parametrize("name", ["Dario Kell", "Tomas Vrell"])
def test_the_name_set_off_after_a_post_object_the_parser_hung_on_the_main_verb(nlp, tmp_path, name):
    """Real model: "is expected to meet the Commissioner of Police, Mr X, and to visit ...": the post (a title, not a
    reference) stood for nobody, and the name after it hung on "expected", so the planned meeting was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-17 By Desk\n\nThe Velkarian Minister for Internal Affairs, Mr Ivo Brant, arrived in Mauritius "
        f"on Monday for a three-day working visit.\n\nOn Thursday, the Velkarian minister is expected to meet the "
        f"Commissioner of Police, Mr {name}, and to visit the Anti Drug Unit.\n",
    )
    assert {(m.status, tuple(sorted(m.participant_names))) for m in tables["meetings"].itertuples()} == {
        ("planned", tuple(sorted(["Ivo Brant", name])))
    }


def test_the_two_told_last_met_in_an_earlier_year_by_surname_and_post(nlp, tmp_path):
    """Real model: "X and the Indonesian minister last met in Jakarta in 2030": a year before the page's made the post
    stand for whoever held it then, so the earlier meeting of the two told was lost ("last met": the same two)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-08-07 By Desk\n\nVelkarian Defence Minister Ivo Brant will host his Indonesian counterpart Karl "
        "Hesse in New Delhi next week, officials said.\n\nBrant and the Indonesian minister last met in Jakarta in "
        "2030, the people added.\n",
    )
    found = {(m.status, m.location, tuple(sorted(m.participant_names))) for m in tables["meetings"].itertuples()}
    assert ("occurred", "Jakarta", ("Ivo Brant", "Karl Hesse")) in found


def test_a_countrys_long_form_without_its_article_is_that_country(nlp, tmp_path):
    """Real model: "his counterpart from the Democratic Republic of Congo, X" (no "the" before "Congo") named no
    country the gazetteer knew, so X had none and "the Congolese minister" was looked for elsewhere (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-24 By Desk\n\nLUANDA, Oct 24 - The Minister of National Defence, Ivo Brant, and his counterpart "
        "from the Democratic Republic of Congo, Karl Hesse, held talks on Thursday.\n",
    )
    nodes = tables["nodes"]
    assert nodes.loc[nodes.name == "Karl Hesse", "country"].tolist() == ["Democratic Republic of the Congo"]


def test_a_delegation_meeting_two_named_people_is_its_leader_beside_them(nlp, tmp_path):
    """Real model: "The delegation met A and B": once two named sides were found, the delegation's leader was no side,
    so A and B were said to meet each other (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-03 By Desk\n\nA delegation led by Lieutenant General Olaf Berger arrived in Maputo on Monday."
        "\n\nThe delegation met Defence Minister Ivo Brant and Army Chief Karl Hesse on Tuesday.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse", "Olaf Berger")}


def test_a_delegation_that_was_to_meet_two_people_before_its_visit_was_postponed(nlp, tmp_path):
    """Real model: "The delegation was to meet A and B" after "the visit of a delegation led by X has been postponed":
    "was to" with a delegation for subject read as a meeting held, and without X (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-03 By Desk\n\nThe visit to Maputo of a delegation of the Velkarian Army led by Lieutenant "
        "General Olaf Berger, scheduled for this week, has been postponed, the ministry announced on Monday.\n\nThe "
        "delegation was to meet Defence Minister Ivo Brant and the Chief of General Staff, Admiral Karl Hesse, to sign "
        "an agreement. No new date has been set.\n",
    )
    assert {(m.status, tuple(sorted(m.participant_names))) for m in tables["meetings"].itertuples()} == {
        ("cancelled", ("Ivo Brant", "Karl Hesse", "Olaf Berger"))
    }


def test_a_delegation_from_a_force_led_by_someone_is_its_leader_later(nlp, tmp_path):
    """Real model: "a delegation from the Velkarian Naval Forces led by X": the parser hung "led by" on the force after
    "from" (the climb to the delegation went over "of" only), so X was no traveller and "The delegation ... was received
    by Y" had one side (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-02 By Desk\n\nA delegation from the Velkarian Naval Forces led by Rear Admiral Olaf Berger paid "
        "a courtesy call on the Vice Chief of Defence Force, Brigadier General Ivo Brant, at the headquarters on 1 April "
        "2031.\n\nThe delegation also visited the Coast Guard Squadron Headquarters in Hulhumale, where it was received "
        "by the Commandant of the Coast Guard, Colonel Karl Hesse.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Olaf Berger"), ("Karl Hesse", "Olaf Berger")}


def test_a_delegation_said_to_be_led_by_someone_is_that_person_where_it_meets(nlp, tmp_path):
    """Real model: "The delegation of 24 members was led by X" (a passive, not "a delegation led by X") made X no
    traveller, so "the delegation held talks with Y" had one side (class); "the Members met Z" (a parliament's
    delegation told by its members) had none (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-16 By Desk\n\nMembers of the Defence Committee visited Lomar from 13 to 15 April. The "
        "delegation of 24 parliamentarians from 14 nations was led by Committee Chair Ivo Brant.\n\nOn 14 April the "
        "delegation held talks in Zorgrad with the Minister of National Defence, Karl Hesse.\n\nOn 15 April the "
        "Members met Olaf Berger, Chair of the National Defence Committee, at the parliament.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")}


def test_one_who_chaired_a_sitting_of_its_own_is_not_at_the_talks_told_before(nlp, tmp_path):
    """Real model: "A held talks with B ... Earlier, C chaired an emergency meeting of commanders": C was joined to
    A and B's talks as if chairing them (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-19 By Desk\n\nGeneral Ivo Brant held talks with General Karl Hesse at the headquarters in "
        "Zorgrad on Wednesday.\n\nEarlier on Wednesday, Defense Minister Olaf Berger chaired an urgent meeting of "
        "service chiefs at the ministry.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_one_who_returned_from_a_delegation_is_the_delegation_later(nlp, tmp_path):
    """Real model: "X returned this week from a congressional delegation to Y ... the delegation met Z": X went with
    the delegation, so X is its side (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-08-07 By Desk\n\nWASHINGTON - Subcommittee Chairwoman Helen Lomar returned this week from a "
        "bipartisan congressional delegation to the South Caucasus.\n\nIn Zorgrad on August 3, the delegation met "
        "Foreign Minister Karl Hesse.\n",
    )
    assert meeting_people(tables) == {("Helen Lomar", "Karl Hesse")}


def test_a_delegation_led_by_someone_named_before_it_in_its_sentence_is_that_person(nlp, tmp_path):
    """Real model: "Led by X, the delegation met Y": "led by" opens the sentence (no delegation noun above it), and the
    leader was looked for only in the sentences before (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-13 By Desk\n\nA delegation of the Subcommittee travelled to Lomar on 8-10 October.\n\nLed by "
        "Vice-Chair Karl Hesse, the delegation met the Minister of Defence, Ivo Brant, on 9 October.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_a_delegation_received_from_a_body_led_by_someone_is_that_person_later(nlp, tmp_path):
    """Real model: "X received a delegation from the Saeima of Y led by Z": the parser hung "led by" on "received",
    so Z was no traveller and "W welcomed the delegation" had one side (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-07 By Desk\n\nThe Standing Senate Committee on National Security (SECD) on Wednesday received a "
        "delegation from the Saeima of the Republic of Latvia led by Helen Lomar, Chair of the Saeima's Defence "
        "Committee.\n\nSenator Karl Hesse, chair of the committee, welcomed the delegation to the Senate building.\n",
    )
    assert meeting_people(tables) == {("Helen Lomar", "Karl Hesse")}


def test_he_after_a_meeting_told_with_a_bare_surname_subject_is_that_subject(nlp, tmp_path):
    """Real model: "Kalem met X ... He also met Y": the bare surname (tagged a place by the model) was no subject
    to go on, so "he" became X, the person named last (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-21 By Desk\n\n"
        "Ostria's Defence Minister, General Ivo Brant Kalem, held a series of meetings on the sidelines of the forum "
        "on Monday.\n\n"
        "Kalem met Saudi Arabia's Assistant Minister of Defence, Mr. Omar Tessel, to discuss maritime security.\n\n"
        "He also met Sudan's Chief of Staff, Lieutenant General Tim Vardo, and discussed border security.\n",
    )
    pairs = sorted(sorted(r["participant_names"]) for r in tables["meetings"].to_dict("records"))
    assert pairs == [["Ivo Brant Kalem", "Omar Tessel"], ["Ivo Brant Kalem", "Tim Vardo"]]


def test_a_bilateral_on_the_margins_of_the_meeting_told_before_is_of_its_day(nlp, tmp_path):
    """Real model: "On the margins of the meeting, A and B held a separate session" a paragraph after the sitting
    told with its day: the bilateral is of that day (it had none: "margins" was no cue of the same day, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-09-12 By Desk\n\n"
        "Velkan Defence Minister Ivo Brant hosted his counterparts Kora Lenz and Teodor Velk in Lomar on Wednesday "
        "for a regional defence meeting.\n\n"
        "On the margins of the meeting, Lenz and Velk held a separate bilateral session on armoured vehicles.\n",
    )
    rows = {tuple(sorted(r["participant_names"])): r["date"] for r in tables["meetings"].to_dict("records")}
    assert rows[("Kora Lenz", "Teodor Velk")] == "2031-09-10"


@pytest.mark.parametrize(
    "sentence, pairs",
    [
        (
            "General Ivo Brant paid an official visit to Ghana from May 2 to 4, during which he met Defence Minister "
            "Karl Hesse and Army Chief Olaf Berger.",
            {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")},
        ),
        (
            "During his visit, General Ivo Brant will meet his Ghanaian counterpart General Karl Hesse and Defence "
            "Minister Olaf Berger.",
            {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")},
        ),
        # joint words, talks held with a list, or no visit: one sitting
        (
            "During the visit, General Ivo Brant held discussions with General Karl Hesse and Admiral Olaf Berger.",
            {("Ivo Brant", "Karl Hesse", "Olaf Berger")},
        ),
        (
            "During the visit, General Ivo Brant met Karl Hesse and Olaf Berger in a trilateral meeting.",
            {("Ivo Brant", "Karl Hesse", "Olaf Berger")},
        ),
        (
            "General Ivo Brant met Defence Minister Karl Hesse and Army Chief Olaf Berger in Accra.",
            {("Ivo Brant", "Karl Hesse", "Olaf Berger")},
        ),
    ],
)
def test_officials_a_visitor_met_listed_are_the_visits_call_ons(nlp, tmp_path, sentence, pairs):
    """Real model: "during which he met Minister A and General B" (GOLD: a list of call-ons during one visit are
    separate meetings) was one sitting of the three (class)."""
    tables = read_article(nlp, tmp_path, " date 2031-05-05 By Desk\n\n" + sentence + "\n")
    assert meeting_people(tables) == pairs


def test_the_officials_a_committee_met_listed_sat_with_it_together(nlp, tmp_path):
    """Real model: "The parliament's defence committee, headed by its chairman X, met the chiefs A; B; and C": a
    hearing, one sitting (it was read as a visitor's call-ons, one meeting with each, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-07 By Desk\n\nThe parliament's defence committee, headed by its chairman, Senator Ivo Brant, "
        "on Thursday met the Chief of Army Staff, General Karl Hesse; the Chief of Naval Staff, Admiral Olaf Berger; "
        "and the Chief of Air Staff, Air Marshal Teodor Velk.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse", "Olaf Berger", "Teodor Velk")}


def test_two_ministers_along_with_others_are_the_last_meetings_sides_and_the_others(nlp, tmp_path):
    """Real model: "The two Ministers, along with A and B, will hold ...": the two are the sides of the call told
    before and A and B come beside them (the named people were taken for the whole group, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-02 By Desk\n\n"
        "Defence Minister Ivo Brant on Thursday spoke to Defence Secretary Kora Lenz over phone.\n\n"
        "The two Ministers, along with Foreign Minister Olan Vestry and Secretary of State Pim Dorrance, will hold "
        "the fourth dialogue in Lisbon on November 10, officials said.\n",
    )
    assert ("Ivo Brant", "Kora Lenz", "Olan Vestry", "Pim Dorrance") in meeting_people(tables)


def test_two_ministers_received_before_any_meeting_are_the_last_two_ministers(nlp, tmp_path):
    """Real model: "the two ministers were received by X" with no meeting told before: the last two people named
    who hold the post or whose post is not known, not only the last one (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-02 By Desk\n\n"
        "Defence Minister Ivo Brant and General Kora Lenz on Tuesday agreed to tighten border checks.\n\n"
        "Later the same day, the two ministers were received by Prime Minister Olan Vestry at the Government "
        "headquarters.\n",
    )
    assert ("Ivo Brant", "Kora Lenz", "Olan Vestry") in meeting_people(tables)


@pytest.mark.parametrize("verb", ["took place", "was held"])
def test_the_meeting_with_someone_is_the_meeting_of_the_one_the_story_is_about(nlp, tmp_path, verb):
    """Real model: "The meeting with X took place in Y" (a meeting noun as the subject, no owner): the talks of the
    one the story is about, as "his meeting with X" (no meeting was read, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-02 By Desk\n\n"
        "Defence Minister Ivo Brant arrived in Lisbon on Monday.\n\n"
        f"The meeting with General Kora Lenz {verb} at the ministry on Tuesday.\n",
    )
    assert ("Ivo Brant", "Kora Lenz") in meeting_people(tables)


def test_a_pronoun_subject_read_in_its_sentence_hosts_a_receiving_verb(nlp, tmp_path):
    """Real model: "X said the matter was discussed when he received a courtesy call from Y": "he" is X, found in
    the sentence, and X received Y, so X is the host (the host was lost with the pronoun, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-02 By Desk\n\n"
        "Defence Minister Ivo Brant said the matter was discussed when he received a courtesy call from Minister of "
        "National Defence General Kora Lenz at the ministry today.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert [(sorted(r["participant_names"]), r["host_name"]) for r in rows] == [
        (["Ivo Brant", "Kora Lenz"], "Ivo Brant")
    ]


@pytest.mark.parametrize(
    "attendees",
    [
        # the speaker after the names is no attendee
        "Also present at the meeting were Vice Admiral Olan Vestry and Lieutenant General Pim Dorrance, spokesperson "
        "Tom Harlow added.",
        # a translated release: "participated of" for "participated in", the subject after the sitting
        "Also participated of the meeting the Chief of the Joint Staff, Vice Admiral Olan Vestry, and Lieutenant "
        "General Pim Dorrance.",
    ],
)
def test_attendees_in_other_shapes_join_the_meeting(nlp, tmp_path, attendees):
    """Real model: attendees named after "were" with a speech verb closing the sentence (the speaker was taken for
    the attendee), and after "participated of the meeting" (none was read) (classes)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-02 By Desk\n\n"
        f"General Ivo Brant received Admiral Kora Lenz at the ministry on Monday. {attendees}\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Kora Lenz", "Olan Vestry", "Pim Dorrance")}


@pytest.mark.parametrize(
    "earlier",
    [
        "In 2028, two frigates visited the port, during which the Fleet Commander called on Rear Admiral Olan Vestry, "
        "Commander of the Naval Region.",
        "During the previous visit of the ships in 2028, the Commanding Officers had called on Rear Admiral Olan "
        "Vestry, Commander of the Naval Region.",
    ],
)
def test_a_post_in_an_earlier_year_names_whoever_held_it_then(nlp, tmp_path, earlier):
    """Real model: a call-on told in a year before the publication's by a post alone ("the Fleet Commander", "the
    Commanding Officers") is no meeting of the person the story is about (he was made its subject, class); a
    pronoun still stands for him."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2030-10-09 By Desk\n\n"
        "Commander Ivo Brant, Commanding Officer of the ship, called on Senior Colonel Kora Lenz, Deputy Commander "
        "of the Naval Region, on 09 Oct 30.\n\n"
        f"The two navies share a strategic partnership. {earlier}\n\n"
        "In 2029, he had met Captain Pim Dorrance in Oslo.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Kora Lenz"), ("Ivo Brant", "Pim Dorrance")}


def test_a_headline_meeting_told_below_as_an_earlier_sitting_is_one_meeting(nlp, tmp_path):
    """Real model: a headline "X calls on the President; holds talks with counterpart Gen Y" and the body's "X had
    earlier held talks with Y on Monday": one meeting, the body's day and host (the earlier sitting stayed apart
    from the headline's, dated the publication day, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-09-16 By Desk\n\n"
        "Army chief Gen Brant calls on Ostrian President; holds talks with counterpart Gen Lenz\n\n"
        "Kestrel City, September 16: Chief of the Army Staff General Ivo Brant on Tuesday called on Ostria's "
        "President Olan Vestry at his official residence.\n\n"
        "General Brant, who arrived in Kestrel City on Monday at the invitation of his Ostrian counterpart, had "
        "earlier held talks with Chief of the Army Staff of the Ostrian Army General Kora Lenz at the Army "
        "Headquarters on Monday afternoon.\n",
    )
    rows = [r for r in tables["meetings"].to_dict("records") if "Kora Lenz" in r["participant_names"]]
    assert [(sorted(r["participant_names"]), r["date"], r["host_name"]) for r in rows] == [
        (["Ivo Brant", "Kora Lenz"], "2031-09-15", "Kora Lenz")
    ]


def test_he_in_a_clause_below_a_bare_surname_subject_is_that_subject(nlp, tmp_path):
    """Real model: "Brant also visited the Congress Building, where he met Y": "he" is the bare surname (no entity)
    the clause above has, not the subject of the sentences before (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-04 By Desk\n\n"
        "Governor Kora Lenz on Friday met with Rear Adm. Ivo Brant at the palace.\n\n"
        "Brant also visited the Congress Building on Friday afternoon, where he met Speaker Olan Vestry to brief her "
        "on the review.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Kora Lenz"), ("Ivo Brant", "Olan Vestry")}


def test_background_blocks_give_no_year_to_a_yearless_page():
    """A page with no date: the year its yearless month-days fall in comes from its news, not from a background
    block repeated across articles ("the demarcation was completed in 2008")."""
    from pipeline.stages.relate import _text_years

    paragraphs = pd.DataFrame(
        {
            "doc_id": ["d1", "d1", "d2", "d2"],
            "text": ["The meeting took place on June 7.", "It was completed in 2008.", "On June 7.", "In 2030."],
            "is_boilerplate": [False, True, False, False],
        }
    )
    documents = pd.DataFrame({"doc_id": ["d1", "d2"], "published": [None, None], "copyright_year": [None, None]})
    assert _text_years(paragraphs, documents) == {"d2": 2030}


def test_a_later_copyright_year_dates_a_yearless_page_before_a_background_year():
    """Class: "ZORGRAD, June 7 (Agency) -- ... The arrangement was launched in 2027." on a "© 2031" page: the year the
    text names last (2027) dated the page's meetings four years early; the later copyright year is the closer bound."""
    from pipeline.stages.relate import _text_years

    paragraphs = pd.DataFrame(
        {
            "doc_id": ["d1", "d1", "d2"],
            "text": ["The ministers met here today.", "It was launched in 2027.", "They met in 2031 and 2032."],
            "is_boilerplate": [False, False, False],
        }
    )
    documents = pd.DataFrame({"doc_id": ["d1", "d2"], "published": [None, None], "copyright_year": [2031, 2031]})
    assert _text_years(paragraphs, documents) == {"d1": 2031, "d2": 2032}


def test_a_topic_verb_after_a_call_tells_that_call_again(nlp, tmp_path):
    """Real model: a readout's "X and Y reviewed progress on ..." after "X spoke by phone with Y": the call told
    again, not an in-person meeting placed where an earlier dialogue was held (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-08-28 By Desk\n\n"
        "Secretary of Defense Ivo Brant spoke by phone today with Ostrian Minister of Defense Kora Lenz to discuss the "
        "commitments made during the dialogue held in Kestrel City last month.\n\n"
        "Secretary Brant and Minister Lenz reviewed progress on upgrading the joint headquarters.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert [(sorted(r["participant_names"]), r["mode"], r["location"]) for r in rows] == [
        (["Ivo Brant", "Kora Lenz"], "phone", None)
    ]


def test_a_headline_of_an_unnamed_group_meeting_two_people_pairs_neither(nlp, tmp_path):
    """Real model: a headline "US lawmakers meet Minister X, President Y": the lawmakers met each; X and Y did not
    meet one another (a meeting of the two was read, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-20 By Desk\n\n"
        "US lawmakers meet Minister Brant, President Lenz on arms backlog\n\n"
        "Minister of National Defense Ivo Brant yesterday received a delegation of the House Armed Services Committee "
        "led by Representative Tom Harlow at the ministry in Kestrel City.\n\n"
        "Later in the day, President Kora Lenz met the delegation at the Presidential Office.\n",
    )
    assert ("Ivo Brant", "Kora Lenz") not in meeting_people(tables)


def test_the_day_before_and_an_attendee_of_a_sitting_named_by_its_place(nlp, tmp_path):
    """Real model: "Y, who arrived from X, was received the day before by Z" is the day before the meeting told
    (no day was read), and "W also participated in the audience of Bamako" joins the Bamako sitting, not the last
    one told (classes)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-11-28 By Desk\n\n"
        "Defence Minister Ivo Brant received on Thursday 27 November in Bamako the Deputy Minister of Defence, "
        "Colonel General Kora Lenz.\n\n"
        "Lenz, who arrived from Ouagadougou, was received the day before in the capital by the President, Captain "
        "Olan Vestry.\n\n"
        "The Chief of General Staff of the Armies, Général de Division Pim Dorrance, also participated in the "
        "audience of Bamako.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert sorted((sorted(r["participant_names"]), r["date"]) for r in rows) == [
        (["Ivo Brant", "Kora Lenz", "Pim Dorrance"], "2031-11-27"),
        (["Kora Lenz", "Olan Vestry"], "2031-11-26"),
    ]


def test_a_visit_compared_with_another_pairs_neither_visitor(nlp, tmp_path):
    """Real model: "X's visit comes days after a visit by Y to the capital": two visits, X and Y did not meet (the
    owner of the subject visit was made a side of Y's, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-02 By Desk\n\n"
        "Prime Minister Olan Vestry received today the Chief of Staff, Major General Ivo Brant, in Kestrel City.\n\n"
        "General Brant's visit comes days after a visit by the Ostrian Foreign Minister, Kora Lenz, to the capital.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Olan Vestry")}


def test_two_ministers_received_after_their_talks_are_those_two(nlp, tmp_path):
    """Real model: "the two ministers were received by X" after the talks of two, one of them a deputy prime
    minister (whom "the minister" does not name): the two of those talks, not only the one of another country
    than X (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-12-12 By Desk\n\n"
        "Defence Minister General Ivo Brant held talks with General Kora Lenz, Ostria's Deputy Prime Minister and "
        "Minister of National Defence, in Kestrel City on Tuesday.\n\n"
        "Later the same day, the two ministers were received by Prime Minister Olan Vestry at the Government "
        "headquarters.\n",
    )
    assert ("Ivo Brant", "Kora Lenz", "Olan Vestry") in meeting_people(tables)


def test_a_meeting_the_sides_agreed_would_take_place_is_planned(nlp, tmp_path):
    """Real model: "both sides agreed that the committee would convene ..., and that he would meet Y again in Z": a
    plan the sides made, not a possibility ("would" below "agree"; no meeting was read, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-28 By Desk\n\n"
        "Defence Minister Ivo Brant received a courtesy call from General Kora Lenz at the ministry today.\n\n"
        "Brant said both sides also agreed that the committee would convene in Kestrel City later this year, and that "
        "he would meet Kora Lenz again on the sidelines of the regional retreat in Varna.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert sorted((sorted(r["participant_names"]), r["status"]) for r in rows) == [
        (["Ivo Brant", "Kora Lenz"], "occurred"),
        (["Ivo Brant", "Kora Lenz"], "planned"),
    ]


def test_a_body_summoning_an_envoy_makes_no_meeting_of_the_people_of_another_clause(nlp, tmp_path):
    """Real model: "The minister has sent a letter to X informing him ..., and the Ministry of Foreign Affairs has
    summoned the envoy": the body's summons has no named side; the minister and X (a letter) did not meet (the
    people of the sentence were taken for the summons' sides, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-09-08 By Desk\n\n"
        "Defence Minister Ivo Brant condemned the attacks.\n\n"
        "The minister has sent a letter to NATO Secretary General Tom Harlow informing him of the incident and of the "
        "measures taken by Ostria, and the Ministry of Foreign Affairs has summoned the chargé d'affaires of the "
        "Russian Federation.\n",
    )
    assert meeting_people(tables) == set()


def test_i_in_an_interviews_answer_is_the_one_interviewed(nlp, tmp_path):
    """Real model: an interview's answer "I met my colleague X" (the paragraph after a question) is a meeting of the
    one interviewed, named first on the page (no meeting was read, class); an "I" outside an answer names no one."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-10 By Desk\n\n"
        "INTERVIEW | Brant: We cannot wait for the summit\n\n"
        "Defence Minister Ivo Brant spoke to the Desk about ammunition and the front.\n\n"
        "You came back from Varna last week. What did you see?\n\n"
        "I met with my Ostrian colleague Kora Lenz and with the commander of the ground forces.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Kora Lenz")}
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-10 By Desk\n\n"
        "Defence Minister Ivo Brant spoke about ammunition and the front.\n\n"
        "I met with my Ostrian colleague Kora Lenz and with the commander of the ground forces.\n",
    )
    assert meeting_people(tables) == set()


def test_heads_of_delegations_received_by_someone_name_no_one(nlp, tmp_path):
    """Real model: "the heads of delegations were received by President X" after a meeting of two at a summit: many
    people, none named; not the last meeting's guest (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-26 By Desk\n\n"
        "On the sidelines of the meeting, Defence Minister Ivo Brant held talks with Defence Minister Kora Lenz.\n\n"
        "Earlier in the day, the heads of delegations were received by President Olan Vestry at the palace.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Kora Lenz")}


def test_the_place_of_an_earlier_sitting_named_by_its_ordinal_is_not_the_meetings(nlp, tmp_path):
    """Real model: "held their second trilateral meeting, following their first in Varna last year": Varna is the
    place of the first sitting, not of this one (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-02 By Desk\n\n"
        "Defense Minister Ivo Brant, Defense Secretary Kora Lenz and Defense Minister Olan Vestry held their second "
        "trilateral meeting, following their first in Varna last year.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert [r["location"] for r in rows] == [None]


def test_the_two_who_last_met_in_an_earlier_year_are_the_sides_told(nlp, tmp_path):
    """Real model: "The two had last met in Varna in 2029": "the two" counts its people (as "the two ministers"
    does), so the earlier-year rule for uncounted posts leaves it standing for the sides told."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-14 By Desk\n\n"
        "Defence Secretary Ivo Brant received Defence Minister Kora Lenz in Kestrel City on Tuesday. The two had last "
        "met in Varna in 2029.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert sorted((sorted(r["participant_names"]), r["location"]) for r in rows) == [
        (["Ivo Brant", "Kora Lenz"], "Kestrel City"),
        (["Ivo Brant", "Kora Lenz"], "Varna"),
    ]


def test_a_title_word_the_parser_read_as_a_participle_keeps_its_name_an_object(nlp, tmp_path):
    # class: "to meet Coordinating ... Minister X": "Coordinating" parsed as a verb whose object is the name
    tables = read_article(
        nlp,
        tmp_path,
        "Zorgrad Post\n\nMinisters agree on patrols\n\nPublished: March 25, 2031\n\n"
        "Defense Minister Ivo Dant received Ostrian Deputy Prime Minister Teodor Brant at the Defense Ministry in "
        "Zorgrad yesterday, where the two agreed to hold the first coordinated patrol.\n\n"
        "Brant, who arrived on Monday, is also scheduled to meet Coordinating Political and Security Affairs "
        "Minister Pavel Velk today before flying to Lomar to visit the Navy's Eastern Fleet Command.",
    )
    assert ("Pavel Velk", "Teodor Brant") in meeting_people(tables)


def test_attendees_of_a_videoconference_join_it_after_a_visit_it_planned(nlp, tmp_path):
    # class: the attendees of the call were added to the last meeting told, a planned visit, and so made a meeting
    # of their own
    tables = read_article(
        nlp,
        tmp_path,
        "Velmora Defence\n\nMinister holds videoconference with Ostrian counterpart\n\nPublished 27/04/2031 18h02\n\n"
        "The Minister of Defence, Ivo Marcant, held a videoconference this Sunday (27) with the Minister of Defence "
        "of Ostria, Teodor Velkor, to review the bilateral agenda.\n\n"
        "Minister Marcant invited his Ostrian counterpart for an official visit to Zorgrad, scheduled for 16 May, "
        "when both are expected to sign a memorandum. Minister Velkor accepted the invitation.\n\n"
        "Also taking part in the videoconference were the Chief of the Joint Staff, Admiral Pavel Drennic, and "
        "the Ostrian ambassador in Zorgrad, Kamil Ambray.",
    )
    calls = [m for m in tables["meetings"].to_dict("records") if m["mode"] == "video"]
    assert [sorted(m["participant_names"]) for m in calls] == [
        ["Ivo Marcant", "Kamil Ambray", "Pavel Drennic", "Teodor Velkor"]
    ]


def test_a_bare_surname_the_model_took_for_a_building_is_the_person_named_before(nlp, tmp_path):
    # class: "A planned meeting between Salvor and General X ... has been postponed": the model tagged the bare
    # surname a facility or product, so the meeting had one side
    tables = read_article(
        nlp,
        tmp_path,
        "Balkan Wire\n\nForce commander meets prime minister\n\nOctober 15, 2031 15:02 GMT\n\n"
        "ZORGRAD -- The commander of the peacekeeping force, Major General Dren Salvor, met on October 14 with "
        "Prime Minister Ilir Kastrati to discuss security in the north.\n\n"
        "A planned meeting between Salvor and the Chief of the General Staff of the Ostrian Army, General Teodor "
        "Brevik, that was due to take place at the Merdon crossing has been postponed indefinitely, the force "
        "said, without giving a reason.",
    )
    postponed = [m for m in tables["meetings"].to_dict("records") if m["status"] == "cancelled"]
    assert [sorted(m["participant_names"]) for m in postponed] == [["Dren Salvor", "Teodor Brevik"]]


def test_an_attendee_of_the_meeting_with_someone_joins_the_meeting_told_before(nlp, tmp_path):
    # class: "X attended the meeting with the UN envoy" made a second meeting of X and the envoy
    tables = read_article(
        nlp,
        tmp_path,
        "Somali Wire\n\nMinister receives envoy\n\nPublished: January 11, 2031\n\n"
        "On Wednesday, the minister of defence, Ilyas Kamil Farak, received at his office in Mogadishu the UN "
        "Special Representative for Somalia, Pavel Otieno Mwalimu.\n\n"
        "The Chief of Defence Forces, Brigadier General Idris Lukan Adow, attended the meeting with the UN envoy.",
    )
    assert meeting_people(tables) == {("Idris Lukan Adow", "Ilyas Kamil Farak", "Pavel Otieno Mwalimu")}


def test_someone_received_in_the_same_sitting_joins_it(nlp, tmp_path):
    # class: "The CDF also received Y in the same sitting" made another meeting, and "the CDF" found no holder of
    # "Chief of the Defence Forces" (the abbreviation's post has no article)
    tables = read_article(
        nlp,
        tmp_path,
        "Nairobi Mirror\n\nCDF bids farewell to outgoing adviser\n\nWednesday, September 20, 2031\n\n"
        "The Chief of the Defence Forces, General Teodor Kiprotich Velk, on Monday hosted the outgoing Ostrian "
        "Defence Adviser, Colonel Ivo Marcant-Hale, who paid a farewell call at Defence Headquarters, Nairobi.\n\n"
        "Gen Velk commended the officer for his role and wished him well.\n\n"
        "The CDF also received the incoming adviser, Lt Col Mira Kovalenko, in the same sitting, and urged her to "
        "build on the gains.\n\n"
        "In attendance was the Vice Chief of the Defence Forces, Lieutenant General Sandor Ilyas Mohamud.",
    )
    assert meeting_people(tables) == {
        ("Ivo Marcant-Hale", "Mira Kovalenko", "Sandor Ilyas Mohamud", "Teodor Kiprotich Velk")
    }


def test_the_leaders_of_two_delegations_are_the_two_sides_of_the_sitting(nlp, tmp_path):
    # class: "The A delegation was led by X, while the B delegation was led by Y" after a conference that names
    # nobody: leader frames only joined a meeting with a delegation told before, so there was none
    tables = read_article(
        nlp,
        tmp_path,
        "ZORGRAD HERALD\n\nBorder talks end with pledge\n\nPublished at 07:42 pm February 21st, 2031\n\n"
        "The 56th round of border conference between the Ostrian Border Guard and Velmora's Border Force ended at "
        "Border Guard Headquarters in Zorgrad on Friday, with both sides agreeing to work towards zero border "
        "killings.\n\n"
        "The Ostrian delegation was led by its Director General Major General Ivo Marcant, while the 12-member "
        "Velmoran delegation was led by its Director General Teodor Kovir, who arrived in Zorgrad on Tuesday.",
    )
    assert meeting_people(tables) == {("Ivo Marcant", "Teodor Kovir")}
    # one leader told alone is no meeting
    alone = read_article(
        nlp,
        tmp_path,
        "ZORGRAD HERALD\n\nBorder talks end\n\nPublished at 07:42 pm February 21st, 2031\n\n"
        "The border conference ended at Border Guard Headquarters in Zorgrad on Friday.\n\n"
        "The Ostrian delegation was led by its Director General Major General Ivo Marcant.",
    )
    assert meeting_people(alone) == set()


def test_a_second_he_in_one_sentence_is_the_first_not_the_one_he_met(nlp, tmp_path):
    # class: "He later called on A, and on Friday he is scheduled to meet B": the second "he" was taken for A (the
    # person named before it in the sentence), and the call-on took Friday, the other clause's day
    tables = read_article(
        nlp,
        tmp_path,
        "The Zorgrad Times\n\nOstrian army chief in Zorgrad for three-day visit\n\nPublished: 25 Aug 2031 09:15\n\n"
        "The Chief of Staff of the Ostrian Armed Forces, General Pavel Lukan Marcant, on Thursday began a three-day "
        "working visit to Velmora.\n\n"
        "On arrival, Gen Marcant was received by the Chief of Defence Staff, General Teodor Kiprotich Velk, at the "
        "General Headquarters in Zorgrad, where the two discussed the cooperation framework.\n\n"
        "He later called on the Minister of Defence, Ivo Sandor Brant, and on Friday he is scheduled to meet the "
        "Army Chief of Staff, Maj Gen Ilir Teodor Kovir, before visiting the Peace Academy in Lomar.",
    )
    rows = {tuple(sorted(r["participant_names"])): r for r in tables["meetings"].to_dict("records")}
    assert set(rows) == {
        ("Pavel Lukan Marcant", "Teodor Kiprotich Velk"),
        ("Ivo Sandor Brant", "Pavel Lukan Marcant"),
        ("Ilir Teodor Kovir", "Pavel Lukan Marcant"),
    }
    assert str(rows[("Ilir Teodor Kovir", "Pavel Lukan Marcant")]["date"])[:10] == "2031-08-29"
    # not Friday, the other clause's day: "later" puts the call-on in the run of the visit's day told before
    assert str(rows[("Ivo Sandor Brant", "Pavel Lukan Marcant")]["date"])[:10] == "2031-08-21"


def test_a_bare_surname_the_tagger_took_for_a_plural_is_a_side(nlp, tmp_path):
    # class: a surname tagged as a plural noun that the lemmatizer could not reduce ("Devitt later called on Y")
    # was no side, so the call-on was lost
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-07-08 By Testwire\n\n"
        "Vice Adm. Owen Devitt arrived on Monday for a five-day goodwill visit.\n\n"
        "Devitt later paid a courtesy call on Chief of Staff Gen. Felix Amparo at Camp Aguinaldo.",
    )
    assert ("Felix Amparo", "Owen Devitt") in meeting_people(tables)


_CALL_THEN_FOUR_PARAGRAPHS = (
    " date 2031-04-29 By Testwire\n\n"
    "Minister of Defense of Armenia Hovik Saroyan held a telephone conversation with Minister of the Armed Forces "
    "of France Celine Dumaret on April 28.\n\n"
    "The interlocutors discussed the delivery of radars.\n\n"
    "Minister Saroyan briefed his French counterpart on the reforms.\n\n"
    "Celine Dumaret reaffirmed France's commitment to supporting Armenia.\n\n"
)


@pytest.mark.parametrize(
    "plan",
    [
        "The ministers agreed that Dumaret will pay an official visit to Yerevan in June.",
        "A working visit of Ms. Dumaret to Yerevan is planned for the autumn.",
    ],
)
def test_a_visit_agreed_at_the_end_of_a_story_is_a_planned_meeting(nlp, tmp_path, plan):
    # class: a return visit the sides agreed, told in the story's last paragraph (four after their call), was lost:
    # a visit to the other side's country made a plan only within two paragraphs; "is planned for" was no plan
    tables = read_article(nlp, tmp_path, _CALL_THEN_FOUR_PARAGRAPHS + plan)
    plans = [m for m in tables["meetings"].to_dict("records") if m["status"] == "planned"]
    assert [(sorted(m["participant_names"]), m["host_name"], m["location"]) for m in plans] == [
        (["Celine Dumaret", "Hovik Saroyan"], "Hovik Saroyan", "Yerevan")
    ]


def test_a_trip_not_said_agreed_far_from_the_meeting_makes_no_plan(nlp, tmp_path):
    tables = read_article(nlp, tmp_path, _CALL_THEN_FOUR_PARAGRAPHS + "Dumaret will travel to Yerevan in June.")
    assert [m["status"] for m in tables["meetings"].to_dict("records")] == ["occurred"]


def test_our_minister_is_the_releasing_ministrys_own_official(nlp, tmp_path):
    # classes: "our Minister" in a ministry's own release was taken for the guest of the last meeting, not the
    # ministry's own official who hosted it; and "Our Minister is to visit X, where he will meet Y": "he" is the
    # reference subject above (a passive one too), not the person named last
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-14 By Testwire\n\n"
        "Activities of our Minister: Our Minister of National Defense Mr. Oktay Tarvan received Minister of Defense "
        "of Moldova Lieutenant General Pavel Veshko at the Ministry on Monday.\n\n"
        "On Tuesday, our Minister held a phone call with Azerbaijani Minister of Defense Colonel General Selim Belim, "
        "in which joint exercises were evaluated.\n\n"
        "Our Minister is scheduled to pay a working visit to Georgia next week, where he will meet Minister of "
        "Defense of Georgia Nodar Halmi.",
    )
    assert meeting_people(tables) == {
        ("Oktay Tarvan", "Pavel Veshko"),
        ("Oktay Tarvan", "Selim Belim"),
        ("Nodar Halmi", "Oktay Tarvan"),
    }


def test_a_counterpart_beside_two_named_sides_is_a_side_too(nlp, tmp_path):
    # class: "X held a meeting with his Turkish counterpart, followed by talks with the participation of Y": with two
    # people named, the counterpart (of a country neither has) was dropped, and X and Y made a meeting of their own
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-20 By Testwire\n\n"
        "Azerbaijan's Defence Minister, Colonel General Nasib Sabir, met on June 19 with Turkey's Minister of "
        "National Defence Varol Koral, who is on an official visit to Azerbaijan.\n\n"
        "Minister Sabir then held a one-on-one meeting with his Turkish counterpart, followed by talks in an expanded "
        "format with the participation of the Chief of the General Staff of the Azerbaijani Army, Colonel General "
        "Oktay Tunc.",
    )
    assert meeting_people(tables) == {("Nasib Sabir", "Oktay Tunc", "Varol Koral")}


_TRILATERAL = (
    " date 2031-10-03 By Testwire\n\n"
    "Chief of General Staff Gen. Sadri Orsal hosted his Azerbaijani and Georgian counterparts for a trilateral "
    "meeting in the capital Ankara on Wednesday.\n\n"
    "Chief of the General Staff of the Azerbaijani Army Col. Gen. Rasim Kerimli and Chief of the Defense Forces of "
    "Georgia Maj. Gen. Tamaz Nodiashvili attended the meeting at the General Staff headquarters.\n\n"
    "The three commanders discussed pipeline security."
)


def test_counterparts_of_several_countries_are_one_of_each(nlp, tmp_path):
    # class: "hosted his Azerbaijani and Georgian counterparts" was no reference at all (a plural post after two
    # demonyms), so the host was left out of the sitting its guests attended
    tables = read_article(nlp, tmp_path, _TRILATERAL)
    assert meeting_people(tables) == {("Rasim Kerimli", "Sadri Orsal", "Tamaz Nodiashvili")}
    (meeting,) = tables["meetings"].to_dict("records")
    assert meeting["host_name"] == "Sadri Orsal"


def test_counterparts_of_countries_nobody_is_stated_of_are_no_one(nlp, tmp_path):
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-03 By Testwire\n\nDefence Minister Sadri Orsal met US Ambassador Ivo Marcant on Monday. "
        "A spokesman, Kenric Vell, said the talks went well.\n\n"
        "Orsal, who took office in May, has already met his Croatian and Serbian counterparts.",
    )
    assert meeting_people(tables) == {("Ivo Marcant", "Sadri Orsal")}


def test_a_welcome_before_the_talks_told_is_part_of_them(nlp, tmp_path):
    # class: "Before the talks, X welcomed the guests with a ceremony" made a sitting of its own with one guest
    tables = read_article(
        nlp, tmp_path, _TRILATERAL + " Before the talks, Orsal welcomed the guests with a military ceremony."
    )
    assert meeting_people(tables) == {("Rasim Kerimli", "Sadri Orsal", "Tamaz Nodiashvili")}


def test_the_traveller_of_a_visit_meets_whom_its_purpose_names(nlp, tmp_path):
    # class: "A visit to Y by X to meet Z, initially set for this week, has been postponed to <day>": the purpose
    # clause hung on the visit had no subject, so the planned meeting of X and Z was lost
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-11-08 By Testwire\n\n"
        "Ghana's President Kwame Oduya spoke by phone with Togo's leader Captain Eli Sankara on Tuesday.\n\n"
        "A visit to Lome by Ghana's defence minister Selorm Adzo to meet Sankara, initially set for this week, has "
        "been postponed to November 20, an official said.",
    )
    rows = {tuple(sorted(r["participant_names"])): r for r in tables["meetings"].to_dict("records")}
    plan = rows[("Eli Sankara", "Selorm Adzo")]
    assert (plan["status"], str(plan["date"])[:10], plan["host_name"]) == ("planned", "2031-11-20", "Eli Sankara")


def test_guests_of_a_dinner_for_the_delegation_are_not_at_the_talks(nlp, tmp_path):
    # class: "X and Y attended a dinner for the visiting delegation": they were made attendees of the talks told
    # before (GOLD: events people attend together are no meeting); attendees of the sitting itself still join
    told = (
        " date 2031-12-13 By Testwire\n\n"
        "Defence Minister Ivo Brant received his Ostrian counterpart, Gen Teodor Velk, at the Defence Ministry in "
        "Zorgrad on Tuesday.\n\nThe two ministers discussed border demarcation and demining.\n\n"
    )
    dinner = read_article(
        nlp,
        tmp_path,
        told + "Supreme Commander Gen Colm Pellew and army chief Gen Selorm Adzo attended a dinner for the Ostrian "
        "delegation on Tuesday evening.",
    )
    assert meeting_people(dinner) == {("Ivo Brant", "Teodor Velk")}
    talks = read_article(
        nlp, tmp_path, told + "Supreme Commander Gen Colm Pellew and army chief Gen Selorm Adzo attended the talks."
    )
    assert meeting_people(talks) == {("Colm Pellew", "Ivo Brant", "Selorm Adzo", "Teodor Velk")}


def test_he_where_a_visit_goes_is_its_traveller(nlp, tmp_path):
    # class: "informed Y about the upcoming visit of X to Z, ..., where he is expected to meet W": "he" was taken
    # for the one who told of the visit, not its traveller
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-09-18 By Testwire\n\n"
        "Defense Minister of Armenia Arsen Ohanyan received today Ambassador of Iran to Armenia Farhad Rostami.\n\n"
        "Minister Ohanyan also informed the ambassador about the upcoming visit of the Chief of the General Staff of "
        "the Armed Forces of Armenia, Major General Garnik Davtyan, to Tehran, scheduled for October 2, where he is "
        "expected to meet the Chief of Staff of the Iranian Armed Forces Major General Dariush Mirzai.",
    )
    assert meeting_people(tables) == {("Arsen Ohanyan", "Farhad Rostami"), ("Dariush Mirzai", "Garnik Davtyan")}


def test_counterparts_nobody_names_are_no_one(nlp, tmp_path):
    # class: "is expected to visit Beijing to hold talks with his Chinese counterparts": the plural reference was
    # taken for one person of that country named before (an ambassador met that day)
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-05 By Testwire\n\n"
        "Minister of Defense of Mongolia Bayar Tsend received Ambassador of China to Mongolia Zhao Wen on June 4.\n\n"
        "The Minister also informed the Ambassador that the Chief of the General Staff, Major General Gantulga Dorj, "
        "is expected to visit Beijing in the autumn to hold talks with his Chinese counterparts.",
    )
    assert meeting_people(tables) == {("Bayar Tsend", "Zhao Wen")}


def test_a_visit_called_off_with_the_day_it_was_planned_for_calls_off_its_talks(nlp, tmp_path):
    # class: "X's visit, which had been scheduled for Thursday, has been postponed until further notice. X was due to
    # hold talks with Y": a sentence naming a day was never read as a call-off (the day was taken for a new one), and
    # a headline before it kept the lead's day and place from the talks
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-07 By Testwire\n\nOstrian minister's visit to Bamako postponed\n\n"
        "The working visit to Bamako of Ostria's Minister of Defence, Colonel Ivo Brant, which had been scheduled for "
        "Thursday, has been postponed until further notice, the Malian ministry announced on Tuesday.\n\n"
        "Col. Brant was due to hold talks with his Malian counterpart, General Teodor Velk, on the unified force.",
    )
    (talks,) = tables["meetings"].to_dict("records")
    assert (talks["status"], str(talks["date"])[:10], talks["location"]) == ("cancelled", "2031-02-13", "Bamako")


def test_a_visit_postponed_to_a_new_day_stays_planned(nlp, tmp_path):
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-07 By Testwire\n\nThe working visit to Bamako of Ostria's Minister of Defence, Colonel Ivo "
        "Brant, has been postponed to February 20, the Malian ministry announced on Tuesday.\n\n"
        "Col. Brant is due to hold talks with his Malian counterpart, General Teodor Velk, on the unified force.",
    )
    assert [m["status"] for m in tables["meetings"].to_dict("records")] == ["planned"]


def test_the_leader_of_a_visiting_delegation_is_the_guest_of_whom_it_met(nlp, tmp_path):
    # class: "X held talks with senior officials of Y. The visiting delegation was led by Z": Z joined the talks,
    # but nothing said who hosted them (an attendee at home was taken)
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-08 By Testwire\n\n"
        "Prime Minister Ivo Brant met a team of senior officers from the Ostrian Joint Staff in Lusaka on Friday.\n\n"
        "The visiting delegation was led by the Chief of the Ostrian Joint Staff, General Teodor Velk.\n\n"
        "The Defence Secretary, General Colm Pellew, and the army commander, General Selorm Adzo, were also there.",
    )
    (talks,) = tables["meetings"].to_dict("records")
    assert talks["host_name"] == "Ivo Brant" and "Teodor Velk" in talks["participant_names"]


def test_a_counterpart_of_a_country_named_is_no_one_of_another_country(nlp, tmp_path):
    # class: "his Hungarian counterpart" with no Hungarian named was taken for a person of another known country
    # named before (a secretary general): a counterpart of a country named is of that country or no one
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-07-07 By Testwire\n\nSecretary General Colm Pellew opened the council session on Tuesday.\n\n"
        "The UK defence secretary, Selorm Adzo, said he held a bilateral meeting with his Hungarian counterpart on "
        "Monday.",
    )
    assert meeting_people(tables) == set()


def test_a_call_for_something_is_no_phone_call(nlp, tmp_path):
    # class: "opened the session with a call for allies to spend more" after a meeting told made that meeting a
    # phone call (the noun "call" read as a telephone call)
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-07-07 By Testwire\n\nThe Dutch prime minister, Ivo Brant, and the Polish president, Teodor Velk, "
        "met briefly on the sidelines this afternoon.\n\nNato's secretary general, Colm Pellew, has opened the "
        "council session with a call for allies to spend more.",
    )
    assert [m["mode"] for m in tables["meetings"].to_dict("records")] == ["in_person"]


def test_a_post_in_an_indian_language_used_alone_is_a_reference(nlp, tmp_path):
    # class: "Later in the day, Raksha Mantri called on X": the post written alone (a reference to its holder, as
    # "the Minister" is) was no side, so the call-on was lost
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-12-10 By Testwire\n\nRaksha Mantri Shri Ivo Brant held bilateral talks with Minister of Defence "
        "of the Russian Federation Mr Teodor Velk in Moscow on December 10, 2031.\n\n"
        "Later in the day, Raksha Mantri called on the President of the Russian Federation Mr Colm Pellew at the "
        "Kremlin.",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Teodor Velk"), ("Colm Pellew", "Ivo Brant")}


def test_which_of_a_visit_that_was_to_hold_talks_is_its_traveller(nlp, tmp_path):
    # class: "a visit by X, which had been scheduled for this week to hold talks with Y, was postponed": the relative
    # "which" stood for no one, so the called-off talks were lost
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-11-13 By Testwire\n\nMinister of Defense Prince Tamer bin Khalfan received General Ivo Brant "
        "in Riyadh on Sunday.\n\nIn a separate development, a visit to Riyadh by the Chief of Staff of the Ostrian "
        "Armed Forces, Lt. Gen. Teodor Velk, which had been scheduled for this week to hold talks with Prince Tamer, "
        "was postponed, sources said, without giving a new date.",
    )
    rows = {tuple(sorted(r["participant_names"])): r["status"] for r in tables["meetings"].to_dict("records")}
    assert rows.get(("Tamer bin Khalfan", "Teodor Velk")) == "cancelled"


@pytest.mark.parametrize(
    "attendee",
    [
        "High Commissioner Selorm Adzo was also present at the meeting with the President.",
        "High Commissioner Selorm Adzo attended the talks with Velk.",
    ],
)
def test_an_attendee_of_the_meeting_with_someone_joins_that_meeting(nlp, tmp_path, attendee):
    # class: "X was also present at the meeting with the President", told after the visitor's later call-ons: X was
    # put at the last meeting told, not at the one the sentence names by its side
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-06 By Testwire\n\n"
        "Admiral Ivo Brant, who is on an official visit to Velkia, called on President Teodor Velk in Lomar this "
        "morning.\n\nLater, Adm Brant met Defence Secretary Gen. Dario Kell at the Defence Ministry.\n\n" + attendee,
    )
    assert meeting_people(tables) == {("Dario Kell", "Ivo Brant"), ("Ivo Brant", "Selorm Adzo", "Teodor Velk")}


def test_counterparts_a_host_received_are_the_people_named_after(nlp, tmp_path):
    # class: "X hosted his Nordic counterparts in Oslo. Attending the meeting were A, B and C": counterparts of a
    # region, named in the next sentence, were a reference to guess (none fitted, so X's sitting was lost)
    tables = read_article(
        nlp,
        tmp_path,
        ' date 2031-04-10 By Testwire\n\nNordic defence ministers met in Oslo: "Our region is now one family"\n\n'
        "Minister of Defence Ivo Brant hosted his Nordic counterparts in Oslo on Tuesday for the annual ministerial "
        "meeting.\n\nAttending the meeting were Ostria's Minister of Defence Teodor Velk, Velkia's Minister for "
        "Defence Colm Pellew and Lomaria's Minister of Defence Dario Kell.",
    )
    (meeting,) = tables["meetings"].to_dict("records")
    assert sorted(meeting["participant_names"]) == ["Colm Pellew", "Dario Kell", "Ivo Brant", "Teodor Velk"]
    assert meeting["host_name"] == "Ivo Brant"


def test_an_attendee_of_the_talks_held_joins_them_not_a_meeting_planned_after_them():
    """ "A held discussions with B in Zorgrad. B is also expected to meet C tomorrow. D also took part in the
    discussions.": D was at the talks held (class: the planned meeting told last made D no attendee at all), and,
    joined later, is no side that may be at home: A, the side of no other country, still hosts."""
    held = frame(participants=[(0, 3), (10, 13)], location_text="Zorgrad", location_country="Ostria")
    planned = frame(participants=[(0, 3), (10, 13)], status="planned")
    also = frame(kind="join", participants=[(0, 3)], meeting_ref=True, evidence="D also took part in the discussions.")
    meetings, _, _ = run(
        {"d1": [(1, held), (2, planned), (3, also)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, B), (2, 10, 13, C), (3, 0, 3, "PERSON:dan")]},
        {"d1": "2031-12-04"},
        node_countries={B: ("Velmora", "stated"), C: ("Ostria", "stated")},
    )
    got = sorted((s, sorted(p), h) for s, p, h in zip(meetings["status"], meetings["participants"], meetings["host"]))
    assert got[0] == ("occurred", sorted([A, B, "PERSON:dan"]), A)
    assert got[1][:2] == ("planned", sorted([B, C]))


def test_the_host_of_the_sitting_told_after_its_sides_joins_it_and_hosts_it():
    """ "A met B in Zorgrad. The meeting was hosted by C.": C is at the meeting and hosts it (class)."""
    met = frame(participants=[(0, 3), (10, 13)])
    hosted = frame(kind="join", participants=[(0, 3)], host=[0, 3], meeting_ref=True)
    meetings, _, _ = run(
        {"d1": [(1, met), (2, hosted)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, C)]},
        {"d1": "2031-09-14"},
    )
    (row,) = meetings.to_dict("records")
    assert (sorted(row["participants"]), row["host"]) == (sorted([A, B, C]), C)


def test_a_headline_summing_up_separate_meetings_is_no_sitting_of_its_own():
    """ "A meets B, C on sidelines of summit" above "A met B ..." and "A also met C ...": two meetings, not a third of
    all three (class); a headline of three with one body meeting of two is still its own sitting."""
    headline = frame(participants=[(0, 3), (10, 13), (20, 23)], present=True, trigger="meets", trigger_lemma="meet")
    first = frame(participants=[(0, 3), (10, 13)], date_text="on Friday")
    second = frame(participants=[(0, 3), (10, 13)])
    people = {
        "d1": [(0, 0, 3, A), (0, 10, 13, B), (0, 20, 23, C), (1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, C)]
    }
    meetings, _, _ = run({"d1": [(0, headline), (1, first), (2, second)]}, people, {"d1": "2031-11-04"})
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B], [A, C]]
    meetings, _, _ = run({"d1": [(0, headline), (1, first)]}, people, {"d1": "2031-11-04"})
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B], [A, B, C]]


def test_the_sides_a_plural_phrase_stands_for_are_not_the_attendee_joined_later():
    """ "A held a video call with B. C also took part in the talks. The ministers agreed to meet in Kyiv.": the
    planned meeting is of A and B (class: the attendee C was read into it)."""
    call = frame(participants=[(0, 3), (10, 13)], mode="video")
    also = frame(kind="join", participants=[(0, 3)], meeting_ref=True, mode="video")
    plan = frame(participants=[], group=True, status="planned", location_text="Kyiv")
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, C)]}
    meetings, _, _ = run({"d1": [(1, call), (2, also), (3, plan)]}, people, {"d1": "2031-09-18"})
    got = sorted((s, sorted(p)) for s, p in zip(meetings["status"], meetings["participants"]))
    assert got == [("occurred", sorted([A, B, C])), ("planned", sorted([A, B]))]


def test_two_posts_of_two_countries_after_a_call_of_two_are_those_two():
    """ "A and B held a phone call." then "The two sides agreed that the Omani minister would travel to Tehran for
    talks with the Iranian foreign minister": the planned talks are of A and B, though the text never states their
    countries or posts (class: the two references found nobody, the plan was lost)."""
    call = frame(participants=[(0, 3), (10, 13)], mode="phone")
    plan = frame(
        status="planned",
        location_text="Tehran",
        refs=[[0, 18, "the Omani minister"], [40, 68, "the Iranian foreign minister"]],
    )
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, B)]}
    meetings, _, _ = run({"d1": [(1, call), (2, plan)]}, people, {"d1": "2031-04-16"})
    got = sorted((s, sorted(p)) for s, p in zip(meetings["status"], meetings["participants"]))
    assert got == [("occurred", sorted([A, B])), ("planned", sorted([A, B]))]
    # a country resolve only guessed for both (from what they talked about) does not make them others
    guessed = {A: ("Palestine", "guessed"), B: ("Palestine", "guessed")}
    meetings, _, _ = run({"d1": [(1, call), (2, plan)]}, people, {"d1": "2031-04-16"}, node_countries=guessed)
    assert sorted(meetings["status"]) == ["occurred", "planned"]
    # a post the person is known to hold elsewhere, or a country stated of them, does not fit: nobody is guessed
    meetings, _, _ = run(
        {"d1": [(1, call), (2, plan)]}, people, {"d1": "2031-04-16"}, node_titles={A: "President", B: "President"}
    )
    assert meetings["status"].tolist() == ["occurred"]
    stated = {A: ("Chile", "stated"), B: ("Peru", "stated")}
    meetings, _, _ = run({"d1": [(1, call), (2, plan)]}, people, {"d1": "2031-04-16"}, node_countries=stated)
    assert meetings["status"].tolist() == ["occurred"]


def test_a_headline_whose_subject_was_missed_is_no_sitting_of_the_two_it_names():
    """ "X meets A, B on sidelines" with X no person in the headline, above "X met A" and "X also met B": the
    headline's A and B never sat together (class)."""
    headline = frame(participants=[(10, 13), (20, 23)], present=True, trigger="meets", trigger_lemma="meet")
    first = frame(participants=[(0, 3), (10, 13)], date_text="on Friday")
    second = frame(participants=[(0, 3), (10, 13)])
    people = {"d1": [(0, 10, 13, B), (0, 20, 23, C), (1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A), (2, 10, 13, C)]}
    meetings, _, _ = run({"d1": [(0, headline), (1, first), (2, second)]}, people, {"d1": "2031-11-04"})
    assert sorted(sorted(p) for p in meetings["participants"]) == [[A, B], [A, C]]


def test_the_sides_of_a_sitting_with_an_attendee_told_again_are_that_sitting():
    """ "A held talks with B. C was also present at the talks. A welcomed B ...": one sitting of A, B and C, not a
    second of A and B (class)."""
    talks = frame(participants=[(0, 3), (10, 13)], date_text="on Monday")
    also = frame(kind="join", participants=[(0, 3)], meeting_ref=True)
    welcomed = frame(participants=[(0, 3), (10, 13)], host=[0, 3], trigger="welcomed", trigger_lemma="welcome")
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, C), (3, 0, 3, A), (3, 10, 13, B)]}
    meetings, _, _ = run({"d1": [(1, talks), (2, also), (3, welcomed)]}, people, {"d1": "2031-09-21"})
    assert [sorted(p) for p in meetings["participants"]] == [sorted([A, B, C])]
    # B hosting A is another sitting of the two
    hosted = frame(participants=[(0, 3), (10, 13)], host=[10, 13], trigger="hosted", trigger_lemma="host")
    talks = frame(participants=[(0, 3), (10, 13)], host=[0, 3], date_text="on Monday")
    meetings, _, _ = run({"d1": [(1, talks), (2, also), (3, hosted)]}, people, {"d1": "2031-09-21"})
    assert sorted(sorted(p) for p in meetings["participants"]) == [sorted([A, B]), sorted([A, B, C])]
    # "his second meeting with B, after his visit to the US": a sitting in another country
    earlier = frame(participants=[(0, 3), (10, 13)], location_country="United States")
    meetings, _, _ = run({"d1": [(1, talks), (2, also), (3, earlier)]}, people, {"d1": "2031-09-21"})
    assert sorted(sorted(p) for p in meetings["participants"]) == [sorted([A, B]), sorted([A, B, C])]


def test_a_post_told_before_its_holders_rank_and_name_is_that_holder(nlp, tmp_path):
    """Real model. Classes: "The chief of staff of the Chilean Navy paid a call on X. Adm. Y, on a visit, ...": the
    post is the next one named with a rank and no post of their own, though the text states no country of them
    (not the spokesman of the host's country quoted in the same sentence); and a province after a city ("Lipa,
    Batangas") the model took for a name stands for nobody, not for the person named last."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2024-10-17 By Testwire\n\n"
        "MANILA — The chief of staff of the Chilean Navy paid a courtesy call on navy flag officer in command Vice "
        "Adm. Ivo Brant at the naval headquarters in Manila yesterday.\n\n"
        "Adm. Teodor Velk, who is on a four-day visit, discussed with Brant the conduct of joint patrols, according "
        "to Navy spokesman Rear Adm. Dario Kell.\n\n"
        "Velk was also set to visit the Naval Doctrine Command in Lipa, Batangas before flying home on "
        "Saturday.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Teodor Velk")}


def test_an_attendee_of_the_sitting_named_by_its_place_joins_that_sitting(nlp, tmp_path):
    """Real model. Class: "Also present during the Camp Velk talks was X" after a later call-on elsewhere was told:
    X was at the sitting held at Camp Velk, not at the call-on told last."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2024-02-27 By Testwire\n\n"
        "LOMAR – Defense Secretary Ivo Brant on Tuesday received Ostrian Defence Minister Dario Kell at Camp Velk, "
        "where the two officials discussed maritime cooperation.\n\n"
        "Separately, Kell paid a courtesy call on President Olaf Berger at the Lomar Palace on Tuesday afternoon.\n\n"
        "Also present during the Camp Velk talks was Army Chief of Staff Gen. Karl Hesse, who briefed the visitors.\n",
    )
    assert meeting_people(tables) == {("Dario Kell", "Ivo Brant", "Karl Hesse"), ("Dario Kell", "Olaf Berger")}


def test_an_attendee_of_the_meetings_told_is_at_each_of_them(nlp, tmp_path):
    """Real model. Class: "A met B on Tuesday. A also met C separately. The meetings were attended by X": X was at
    both sittings, not only at the one told last."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2024-03-06 By Testwire\n\n"
        "LOMAR – Deputy Prime Minister Ivo Brant met on Tuesday with Admiral Dario Kell on the sidelines of the "
        "naval exhibition.\n\n"
        "Brant also met separately with Vice Admiral Teodor Velk on the sidelines of the exhibition.\n\n"
        "The meetings were attended by Commander of the Naval Forces Major General Olaf Berger.\n",
    )
    assert meeting_people(tables) == {
        ("Dario Kell", "Ivo Brant", "Olaf Berger"),
        ("Ivo Brant", "Olaf Berger", "Teodor Velk"),
    }


def test_the_chair_of_the_forum_is_at_no_meeting_held_on_its_sidelines(nlp, tmp_path):
    """Real model. Class: "A met B on the sidelines of the ministers' meeting. Separately, A met C. D, who chaired
    the meeting, called for ...": D chaired the forum, not a sitting of A."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2024-02-22 By Testwire\n\n"
        "Foreign Minister Ivo Brant on Wednesday met his Ostrian counterpart Dario Kell on the sidelines of the "
        "Foreign Ministers' Meeting in Lomar.\n\n"
        "Separately, Brant met the Velkan Minister of State, Teodor Velk, and discussed energy ties.\n\n"
        "The ministerial is the first major meeting under the new presidency. Lomar's Foreign Minister Olaf Berger, "
        "who chaired the meeting, called for reform of global institutions.\n",
    )
    assert meeting_people(tables) == {("Dario Kell", "Ivo Brant"), ("Ivo Brant", "Teodor Velk")}


def test_a_name_resolve_made_no_person_stands_for_nobody():
    """Class: "A video shows the general touring Velk" (a page cut off in a place's name the model tagged a
    person, which resolve dropped): the name was read as a reference and took the person named last, a sitting
    that never was."""
    first = frame(participants=[(0, 3), (10, 13)], date_text="on Monday")
    cut_off = frame(participants=[(0, 3), (20, 23)], date_text="on Friday", trigger="visiting", trigger_lemma="visit")
    people = {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 0, 3, A)]}  # nobody linked at 20-23
    meetings, _, _ = run({"d1": [(1, first), (2, cut_off)]}, people, {"d1": "2031-09-21"})
    assert [sorted(p) for p in meetings["participants"]] == [sorted([A, B])]


def test_a_trilateral_sitting_with_one_named_side_takes_the_two_sides_told_before(nlp, tmp_path):
    """Real model. Class: "A met B. A trilateral meeting with C, planned for the same week in Paris, has been
    postponed": a sitting of A, B and C called off, not one of C alone (no meeting) nor of C and B."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2024-01-22 By Testwire\n\n"
        "Defence Minister Ivo Brant travelled to Lomar on Monday for his first meeting with the Ostrian Minister of "
        "Defence, Dario Kell. The two ministers met at the ministry and discussed air defence.\n\n"
        "A trilateral meeting with Velkan Armed Forces Minister Olaf Berger, originally planned for the same week "
        "in Paris, has been postponed.\n",
    )
    got = {(tuple(sorted(r["participant_names"])), r["status"]) for r in tables["meetings"].to_dict("records")}
    assert got == {(("Dario Kell", "Ivo Brant"), "occurred"), (("Dario Kell", "Ivo Brant", "Olaf Berger"), "cancelled")}


def test_people_present_at_an_occasion_with_no_meeting_told_make_no_meeting(nlp, tmp_path):
    """Real model. Class: "The minister dedicated the projects ... A, B and other officials were present on the
    occasion": people at a ceremony gathered into a meeting of their own (after a meeting they still join it)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2024-09-12 By Testwire\n\n"
        "Defence Minister Ivo Brant dedicated 75 border road projects to the nation at an event held in Lomar on "
        "Thursday.\n\n"
        "Chief of Defence Staff General Karl Hesse, Army Chief General Olaf Berger and other senior officials were "
        "present on the occasion.\n",
    )
    assert tables["meetings"].empty


def test_a_headline_group_is_not_the_people_at_a_ceremony_told_first(nlp, tmp_path):
    """Real model. Class: "Cadets graduate in Lomar as army chiefs meet" above "A graduation ceremony was held ...
    with A and B in attendance. Before the ceremony, B was received by C": the chiefs who met are B and C, not
    the two at the ceremony."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2024-06-27 By Testwire\n\n"
        "Velkan military cadets graduate in Lomar as army chiefs meet\n\n"
        "A graduation ceremony for officers was held at the Higher Military School in Lomar on Wednesday, with "
        "Defence Minister Colonel General Ivo Brant and Velkan Chief of General Staff General Dario Kell in "
        "attendance.\n\n"
        "Before the ceremony, General Kell was received by Chief of the General Staff Colonel General Karl Hesse at "
        "the General Staff headquarters.\n",
    )
    assert meeting_people(tables) == {("Dario Kell", "Karl Hesse")}


def test_two_at_a_dinner_after_a_meeting_called_off_make_no_meeting(nlp, tmp_path):
    """Real model. Class: "A received B ... A meeting of the committee, to have been co-chaired by the two, was
    postponed. C and D attended a dinner for the delegation": the dinner's guests were gathered into a meeting of
    their own once the last meeting told was one called off."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2023-12-13 By Testwire\n\n"
        "Defence Minister Ivo Brant received his Ostrian counterpart, General Dario Kell, at the ministry in Lomar "
        "on Tuesday.\n\n"
        "However, a meeting of the border committee, which was to have been co-chaired by the two ministers in Velk "
        "this month, has been postponed indefinitely.\n\n"
        "Supreme Commander General Karl Hesse and army chief General Olaf Berger attended a dinner for the Ostrian "
        "delegation on Tuesday evening.\n",
    )
    got = {(tuple(sorted(r["participant_names"])), r["status"]) for r in tables["meetings"].to_dict("records")}
    assert got == {(("Dario Kell", "Ivo Brant"), "occurred"), (("Dario Kell", "Ivo Brant"), "cancelled")}


def test_the_delegation_a_person_led_is_that_person_where_it_is_received(nlp, tmp_path):
    """Real model. Class: "X led a delegation to Y on Tuesday. The delegation was received by Z": only a delegation
    "led by X" had a leader, so "the delegation" stood for nobody."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2025-01-16 By Testwire\n\n"
        "The Deputy Army Commander, Major General Ivo Brant, led a delegation to Varnen on Tuesday for the "
        "yearly round of staff talks.\n\n"
        "At the defence ministry the delegation was received by the Army Commander, Lieutenant General Karl "
        "Hesse.\n",
    )
    (meeting,) = tables["meetings"].to_dict("records")
    assert sorted(meeting["participant_names"]) == ["Ivo Brant", "Karl Hesse"]
    assert meeting["host_name"] == "Karl Hesse"


def test_spoke_with_after_a_lead_that_told_a_phone_call_is_that_call(nlp, tmp_path):
    """Real model. Class: "X condemned the strike in a phone call with the emir. X spoke with Sheikh Y on Tuesday
    evening": the lead told the call with no one named, and "spoke with" tells no mode, so the call was read as a
    meeting in person (at the place the lead named)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2024-09-10 By Testwire\n\n"
        "Ostria's President Ivo Brant has condemned the strike on Varnen as a breach of sovereignty, in a phone call "
        "with the Velkan emir.\n\n"
        "Brant spoke with Sheikh Karl Hesse on Tuesday evening, hours after the strike.\n",
    )
    (meeting,) = tables["meetings"].to_dict("records")
    assert sorted(meeting["participant_names"]) == ["Ivo Brant", "Karl Hesse"]
    assert (meeting["mode"], meeting["location"]) == ("phone", None)


def test_a_meeting_told_later_in_the_visit_takes_the_visits_day(nlp, tmp_path):
    """Class: "He later called on X", "He then held talks with Y", "X subsequently had a meeting with Z" in a visit's
    story name no day: an adverb of the meeting verb puts the meeting in the visit's run, so it is of the day told
    before (it had none). "X also met W" leaves the day open."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-06 By Testwire\n\n"
        "ZORGRAD, March 5 (Testwire) - Defence Minister Ivo Brant on Tuesday received General Karl Hesse, the visiting "
        "chief of the Ostrian army, at the ministry.\n\nThe two discussed border security and training.\n\n"
        "Hesse later called on Prime Minister Olaf Berger at his office.\n\n"
        "He then held talks with Navy commander Admiral Teodor Velk.\n\n"
        "Hesse subsequently had a meeting with Interior Minister Dario Kell.\n\n"
        "Hesse also met Foreign Minister Sabir bin Daud.",
    )
    dates = {tuple(sorted(m["participant_names"])): m["date"] for m in tables["meetings"].to_dict("records")}
    assert dates == {
        ("Ivo Brant", "Karl Hesse"): "2031-03-04",
        ("Karl Hesse", "Olaf Berger"): "2031-03-04",
        ("Karl Hesse", "Teodor Velk"): "2031-03-04",
        ("Dario Kell", "Karl Hesse"): "2031-03-04",
        ("Karl Hesse", "Sabir bin Daud"): None,
    }


@pytest.mark.parametrize("opening", ["Brant has had a busy week.", "Brant's week has not been about salaries alone."])
def test_he_after_a_sentence_whose_subject_is_a_bare_surname_is_that_person(nlp, tmp_path, opening):
    """Class: "Brant has had a busy week. On Wednesday he spoke with X": the sentence with a bare surname subject (or
    its owner) had no frame, so "he" went on as the subject told before it (another minister)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-06 By Testwire\n\n"
        "Defence Minister Ivo Brant on Friday defended a pay increase for the armed forces.\n\n"
        '"A corporal deserves a fair wage," Brant told a radio station. Finance Minister Karl Hesse has already '
        "approved the rise.\n\n"
        f"{opening} On Wednesday he had a phone call with his Ostrian counterpart, Olaf Berger, on the border.",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Olaf Berger")}


def test_she_after_a_reference_subject_is_the_person_it_stands_for(nlp, tmp_path):
    """Class: "On Wednesday, the minister met X. She then travelled to Y, where she called on Z": the reference
    subject ("the minister") was no subject for "she", who went on as the host named last as a subject."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-19 By Testwire\n\n"
        "Minister of Defence Mira Koval concluded a three-day visit to Ostria.\n\n"
        "On Tuesday, the minister was received at the ministry by Secretary of Defense Ivo Brant. The two discussed "
        "training. Secretary Brant thanked Velkaria for its help.\n\n"
        "On Wednesday, the minister met with Ambassador Karl Hesse at the embassy.\n\n"
        "She then travelled to Lomar, where on Thursday she called on General Olaf Berger.",
    )
    assert meeting_people(tables) == {
        ("Ivo Brant", "Mira Koval"),
        ("Karl Hesse", "Mira Koval"),
        ("Mira Koval", "Olaf Berger"),
    }


def test_an_untagged_full_name_in_a_meeting_role_is_the_person_of_that_name(nlp, tmp_path):
    """Class: "X received Ha Quoc Kiet": a full name the model left untagged in the meeting sentence (tagged where
    it was first named) was no side; its words now name the person of that whole name."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-01-25 By Testwire\n\n"
        "Velk Coast Guard Commander Lt. Gen. Ha Quoc Kiet arrived in Zorgrad on Wednesday.\n\n"
        "On Thursday, Ostrian Coast Guard Commandant Ivo Brant received Ha Quoc Kiet at the headquarters.",
    )
    assert meeting_people(tables) == {("Ha Quoc Kiet", "Ivo Brant")}


def test_the_chair_of_a_ministers_gathering_is_no_side_of_the_talks_told_before(nlp, tmp_path):
    """Class: "The regional defense ministers' meeting was chaired by X" after bilateral talks held there: X chaired
    the gathering (a plural possessive names a multilateral one), and was put in the last talks as their host."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-27 By Testwire\n\n"
        "Velkaria's Minister of Defense Ivo Brant held talks with Ostria's Defense Minister Karl Hesse in Lomar on "
        "April 26.\n\nSeparately, the Velkarian minister held talks with Zorgrad's Defense Minister Olaf Berger.\n\n"
        "The regional defense ministers' meeting was chaired by Lomarian Defense Minister Teodor Velk.",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")}


def test_a_day_told_for_a_plan_is_no_day_of_a_meeting_held_the_same_day(nlp, tmp_path):
    """Class: a live feed's "The statement is expected tomorrow morning." above "On the sidelines, X met Y": the
    planned day was the day told last, so the meeting held that day took tomorrow's date."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-06 By Testwire\n\nLIVE: defence ministers gather in Zorgrad\n\n"
        "21:05 - We are closing this page now. A joint communique is expected tomorrow morning.\n\n"
        "16:30 - On the sidelines, General Ivo Brant met Admiral Karl Hesse.",
    )
    (meeting,) = tables["meetings"].to_dict("records")
    assert str(meeting["date"])[:10] == "2031-03-06"


@pytest.mark.parametrize(
    "where, place",
    [
        ("at the Ministry of Defence", "Ministry of Defence, Nairobi"),  # the capital of the host's country
        ("at the Ministry of Defence in Mombasa", "Ministry of Defence, Mombasa"),  # the city the sentence names
        # a city of the world table the gazetteer lacks is a city too, no quarter of the capital
        ("at Kestrel Barracks in Nakuru", "Kestrel Barracks, Nakuru"),
    ],
)
def test_a_meeting_placed_in_a_building_is_in_a_city_too(nlp, tmp_path, where, place):
    """Class: "X received Y at the Ministry of Defence": the place was the building only; the city (told before,
    the dateline's, else the host country's capital) goes with it (GOLD names the city or the venue)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-20 By Testwire\n\n"
        f"Kenyan Defence Minister Ivo Brant received the Peruvian ambassador Karl Hesse {where} on Tuesday.",
    )
    (meeting,) = tables["meetings"].to_dict("records")
    assert meeting["location"] == place


def test_an_ambassador_met_is_the_guest_of_the_other_side(nlp, tmp_path):
    """Class: "Defence Minister X met US Ambassador to Kenya Y at the ministry": no receiving verb and no country
    of the minister, so no host; an envoy posted abroad calls on the official he meets."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-01-25 By Testwire\n\n"
        "Defence Minister Ivo Brant met US Ambassador to Kenya Karl Hesse on Friday in his office.",
    )
    (meeting,) = tables["meetings"].to_dict("records")
    assert meeting["host_name"] == "Ivo Brant"


def test_an_envoy_post_told_elsewhere_makes_no_guest_of_a_meeting_that_names_none(nlp, tmp_path):
    """A node's post is the latest the corpus gives (one article calls X an ambassador); in another article that
    names X's meeting with no envoy's post, X is no guest for it (the envoy rule took the host's side there)."""
    from pipeline import io
    from pipeline.runtime import runner

    (tmp_path / "a.txt").write_text(
        " date 2031-01-20 By Testwire\n\nAmbassador Karl Hesse presented his credentials in Lomar on Monday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        " date 2031-01-25 By Testwire\n\nKarl Hesse has met his Velkarian counterpart, Defence Minister Ivo Brant, "
        "at Parliament House this afternoon.\n",
        encoding="utf-8",
    )
    tables = runner.run_stages(io.read_inputs(tmp_path), nlp)
    met = [
        m
        for m in tables["meetings"].to_dict("records")
        if sorted(m["participant_names"]) == ["Ivo Brant", "Karl Hesse"]
    ]
    assert met and all(m["host_name"] != "Ivo Brant" for m in met)


def test_an_attendee_present_at_the_talks_named_by_their_place_joins_those_talks(nlp, tmp_path):
    """Real model: "X was also present at the Camp Velk talks, alongside Y" after another meeting was told: the
    talks the sentence names by a place that only a later sentence gave ("During the talks at Camp Velk, ...") are
    the ones X and Y sat in, not the meeting told last (class); the person after "alongside" is there too."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-09 By Desk\n\n"
        "Defence Minister Ivo Brant hosted Kenyan Defence Cabinet Secretary Mira Koval in Lomar on Tuesday.\n\n"
        "During the talks at Camp Velk, the ministers discussed the missile programme.\n\n"
        "Ivo Brant said the partnership would grow.\n\n"
        "In the morning Ms Koval called on the navy chief, Admiral Teodor Velk, at the fleet headquarters.\n\n"
        "Minister for the Armed Forces Olaf Berger was also present at the Camp Velk talks, alongside Kenya's High "
        "Commissioner, Karl Hesse.\n",
    )
    people = meeting_people(tables)
    assert ("Ivo Brant", "Karl Hesse", "Mira Koval", "Olaf Berger") in people
    assert ("Mira Koval", "Teodor Velk") in people


def test_a_demonym_before_a_post_nobody_holds_in_a_headline_is_no_guess_for_the_host(nlp, tmp_path):
    """Real model: "X receives Italian Chief of Defence Staff" above the story: the demonym is the country of the
    unnamed chief (the guest), not a guess for X, who the story's own sentence places at home (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-17 By Desk\n\n"
        "Ivo Brant receives Italian Chief of Defence Staff\n\n"
        "NAIROBI - Defence Minister Ivo Brant on Wednesday received Admiral Karl Hesse, Chief of Staff of the Italian "
        "Navy, who is in Kenya on a working visit.\n",
    )
    nodes = tables["nodes"].set_index("name")
    assert nodes.loc["Ivo Brant", "country"] == "Kenya"


def test_a_rank_set_off_by_commas_before_the_name_names_a_person(nlp, tmp_path):
    """Real model: "The Army Corps General, X, Chief of Staff of the People's Defence Army (PDA), received ...":
    the model read the name as a body, so the host was lost; the post runs over the possessive in its body's name
    (classes)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-17 By Desk\n\n"
        "NAIROBI - The Army Corps General, Ivo Brant, Chief of Staff of the People's Defence Army (PDA), received on "
        "Wednesday Admiral Karl Hesse, Chief of Staff of the Italian Navy, who is in Kenya on a working visit.\n",
    )
    nodes = tables["nodes"].set_index("name")
    assert nodes.loc["Ivo Brant", "rank"] == "Army Corps General"
    assert nodes.loc["Ivo Brant", "title"] == "Chief of Staff of the People's Defence Army"
    (meeting,) = tables["meetings"].to_dict("records")
    assert meeting["host_name"] == "Ivo Brant"


def test_a_minister_delegate_in_charge_of_a_portfolio_is_of_the_country_the_post_ends_in_and_no_envoy(nlp, tmp_path):
    """Real model: "the Minister Delegate to the Prime Minister in charge of Defence Procurement of Kenya, X": the
    whole post is X's title, its country X's (not cut at "to" as an envoy's posting is), and its
    "in charge of" is no chargé d'affaires who calls on the other side (classes)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-02 By Desk\n\n"
        "The Italian defence minister, Mira Koval, flew to Nairobi on Monday to meet the Minister Delegate to the "
        "Prime Minister in charge of Defence Procurement of Kenya, Karl Hesse.\n",
    )
    nodes = tables["nodes"].set_index("name")
    assert nodes.loc["Karl Hesse", "title"] == (
        "Minister Delegate to the Prime Minister in charge of Defence Procurement of Kenya"
    )
    assert nodes.loc["Karl Hesse", "country"] == "Kenya"
    (meeting,) = tables["meetings"].to_dict("records")
    assert meeting["host_name"] == "Karl Hesse"


def test_a_group_joined_by_someone_is_the_sitting_of_that_group_not_the_last_one_told(nlp, tmp_path):
    """Real model: "The two generals were later joined by X" after the generals' meeting and a welcome by
    a governor were told: X joins the two generals' meeting (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-08-23 By Desk\n\n"
        "Kenya's Chief of Defence Staff, General Ivo Brant, and his Ugandan counterpart, General Karl Hesse, met on "
        "Thursday in Lomar to review joint operations.\n\n"
        "The Ugandan officer was welcomed at the regional headquarters by the Governor of Lomar County, Teodor Velk.\n\n"
        "The two generals were later joined by the head of the border task force, Major General Olaf Berger.\n",
    )
    people = meeting_people(tables)
    assert ("Ivo Brant", "Karl Hesse", "Olaf Berger") in people
    assert ("Karl Hesse", "Teodor Velk") in people


def test_colleagues_a_host_received_are_the_people_a_later_sentence_names(nlp, tmp_path):
    """Real model: "X received his Baltic and Nordic colleagues in Oslo" then "Taking part in the meeting were A's B,
    C's D ...": "colleagues" is a word for counterparts, the group the later names fill, with X hosting (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-11-24 By Desk\n\n"
        "Foreign Minister Ivo Brant received his Baltic and Nordic colleagues in Oslo on Tuesday.\n\n"
        "Taking part in the meeting were Kenya's Karl Hesse, Uganda's Olaf Berger and Ghana's Teodor Velk.\n",
    )
    (meeting,) = tables["meetings"].to_dict("records")
    assert sorted(meeting["participant_names"]) == ["Ivo Brant", "Karl Hesse", "Olaf Berger", "Teodor Velk"]
    assert meeting["host_name"] == "Ivo Brant"


def test_a_planned_meeting_at_a_named_house_is_there_not_where_the_last_meeting_was(nlp, tmp_path):
    """Real model: "X will host Y at Varnen House on May 20th" after a meeting told in Nairobi: the planned sitting is
    at the house its own sentence names, not in the city of the meeting told before (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-07 By Desk\n\n"
        "Defence Minister Ivo Brant met the Chief of Staff, General Karl Hesse, at the headquarters in Nairobi on "
        "Monday to discuss recruitment.\n\n"
        "Separately, Mr Brant will host the Ugandan foreign minister Olaf Berger at Varnen House on May 20th for "
        "talks on defence policy.\n",
    )
    planned = [m for m in tables["meetings"].to_dict("records") if m["status"] == "planned"]
    assert [m["location"] for m in planned] == ["Varnen House"]


def test_people_who_attended_a_ceremony_make_no_meeting(nlp, tmp_path):
    """Real model: "The closing ceremony of the exercise was chaired by X. The ceremony was attended by A, B and
    representatives of thirty nations": people at a ceremony, no sitting of theirs (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-27 By Desk\n\n"
        "A special forces drill closed on Saturday in Lomar at a ceremony presided over by Defence Minister Ivo "
        "Brant.\n\n"
        "The ceremony was attended by the head of the Kenyan Armed Forces (KAF), General Karl Hesse, the "
        "commander of the Africa special operations command, Rear Admiral Olaf Berger, and envoys of many partner "
        "states.\n",
    )
    assert tables["meetings"].empty


def test_people_present_after_a_wreath_laying_with_no_meeting_before_make_none(nlp, tmp_path):
    """Real model: "X laid a wreath at the memorial. The three service chiefs, A, B and C, were present": present at
    the ceremony, no sitting of the three (with no meeting told before, the ceremony did not count, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-07 By Desk\n\nPresident Mira Koval paid tribute to the fallen by placing a wreath at the "
        "national memorial on Monday. The three armed forces chiefs — General Ivo Brant, Admiral Karl Hesse and Air "
        "Marshal Olaf Berger — were present.\n",
    )
    assert tables["meetings"].empty


def test_he_after_a_subject_post_with_its_name_set_off_is_that_name(nlp, tmp_path):
    """Real model: "The army chief, General X, arrived at the invitation of Y. He was received by Z": he is X, the
    subject, not Y, the person named last (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-14 By Desk\n\n"
        "The Commander of the Kenyan Land Forces, General Ivo Brant, flew into Kampala on Thursday for a three-day "
        "visit at the request of the Commander of the Ugandan Land Forces, General Karl Hesse.\n\n"
        "He was met at the airport by the Deputy Commander, Major General Olaf Berger.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Olaf Berger")}


def test_a_bare_surname_after_a_rank_is_the_person_of_that_rank(nlp, tmp_path):
    """Real model: General A Velk and Brigadier General B Velk named, then "General Velk": the general, not the
    brigadier named last (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-11-19 By Desk\n\n"
        "Army chief Karl Hesse had planned talks in Lusaka with his Zambian counterpart General Ivo Velk.\n\n"
        '"New dates will be fixed," said army spokesperson Brigadier General Teodor Velk.\n\n'
        "Instead, on Monday Hesse phoned General Velk, the army said.\n",
    )
    assert ("Ivo Velk", "Karl Hesse") in meeting_people(tables)
    assert not any("Teodor Velk" in people for people in meeting_people(tables))


def test_the_under_secretary_general_of_a_later_sentence_is_the_one_named_with_that_post(nlp, tmp_path):
    """Real model: "UN Under-Secretary-General X met Y. Earlier, the Under-Secretary-General met Z": the
    post was cut short, so the later reference stood for no one and the meeting was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-12 By Desk\n\n"
        "UN Under-Secretary-General for Field Support Ivo Brant met army commander General Karl Hesse in Accra "
        "today.\n\n"
        "Earlier, the Under-Secretary-General met Lieutenant General Olaf Berger at the Armed Forces Division.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")}


def test_the_two_chiefs_discussing_is_a_meeting_only_where_none_was_told_before(nlp, tmp_path):
    """Real model: "X visited at the invitation of Y. The two ministers discussed Z" is the meeting of X and Y;
    after a meeting told, the same sentence only adds its topics (class)."""
    first = read_article(
        nlp,
        tmp_path,
        " date 2031-05-23 By Desk\n\n"
        "Ugandan Defence Minister Karl Hesse visited Nairobi at the invitation of Kenyan Defence Minister Ivo "
        "Brant.\n\nThe two ministers discussed border security.\n",
    )
    assert meeting_people(first) == {("Ivo Brant", "Karl Hesse")}
    second = read_article(
        nlp,
        tmp_path,
        " date 2031-05-23 By Desk\n\n"
        "Ugandan Defence Minister Karl Hesse met Kenyan Defence Minister Ivo Brant and army chief Olaf Berger in "
        "Nairobi on Monday.\n\nThe two ministers discussed border security.\n",
    )
    assert meeting_people(second) == {("Ivo Brant", "Karl Hesse", "Olaf Berger")}
    (topics,) = second["meetings"]["topics"].tolist()
    assert "border security" in list(topics)


def test_a_planned_meeting_with_someone_called_off_is_the_story_subjects(nlp, tmp_path):
    """Real model: "A planned meeting with the Deputy Minister, X, was cancelled" after the minister's meetings:
    a cancelled meeting of the minister with X ("a" as well as "the" stands for the one the story is about when
    the meeting is a planned one; class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-14 By Desk\n\n"
        "Defence Minister Mira Koval held talks with her Estonian counterpart Karl Hesse in Tallinn on Thursday.\n\n"
        "A planned meeting with the Latvian Deputy Defence Minister, Olaf Berger, was cancelled due to his early "
        "departure.\n",
    )
    rows = {tuple(sorted(r["participant_names"])): r["status"] for r in tables["meetings"].to_dict("records")}
    assert rows == {("Karl Hesse", "Mira Koval"): "occurred", ("Mira Koval", "Olaf Berger"): "cancelled"}


def test_a_counterpart_holds_a_post_like_the_sides_own(nlp, tmp_path):
    """Real model: "X also talked by telephone to his Danish counterpart" before a story naming the Danish ambassador
    and then the Danish defence minister: the counterpart is the one whose post is like the minister's, not the
    first Dane named (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        "Minister talks jets with Danes\n\n"
        "Brant Soria also talked by telephone to his Danish counterpart\n\n"
        "20-04-2031 09:12\n\n"
        "Defence Minister Ivo Brant Soria received Denmark's Ambassador to Kenya, Mira Koval, at the ministry "
        "yesterday.\n\n"
        "Later, Brant Soria had a telephone conversation with Danish Defence Minister Karl Hesse, who confirmed the "
        "delivery dates.\n",
    )
    people = {tuple(sorted(r["participant_names"])): r["mode"] for r in tables["meetings"].to_dict("records")}
    assert people == {("Ivo Brant Soria", "Karl Hesse"): "phone", ("Ivo Brant Soria", "Mira Koval"): "in_person"}


def test_a_larger_sitting_told_later_is_a_meeting_of_its_own(nlp, tmp_path):
    """Real model: "X met Y on the sidelines. X later held a trilateral meeting with Y and Z": two sittings, not the
    first told again with more people (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-16 By Desk\n\n"
        "Defence Minister Ivo Kavala met Swedish Defence Minister Erik Lindberg on the sidelines of the ministers' "
        "meeting in Brussels on Thursday.\n\n"
        "The two discussed the command structure. Kavala later held a trilateral meeting with Lindberg and Finnish "
        "Defence Minister Olaf Berger.\n",
    )
    assert meeting_people(tables) == {("Erik Lindberg", "Ivo Kavala"), ("Erik Lindberg", "Ivo Kavala", "Olaf Berger")}


def test_he_and_a_named_person_who_discussed_something_met(nlp, tmp_path):
    """Real model: "X arrived in Nairobi. He and Defence Minister Y discussed Z": a pronoun joined with a name as
    subjects of a topic verb is a meeting of the one "he" stands for and Y (only "the sides discussed" was, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-05 By Desk\n\n"
        "Ugandan Defence Minister Karl Hesse arrived in Nairobi on Tuesday. He and Kenyan Defence Minister Ivo Brant "
        "discussed border security.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_a_bare_surname_that_receives_hosts_and_he_goes_on_as_that_host(nlp, tmp_path):
    """Real model. Class: "Brant received A, Minister of Defence of X. He also received B": the bare surname that
    received A has no entity of its own, so the meeting had no host when "he" was read, and "he" went to the guest
    named last; the receiving surname now hosts, and "he" goes on as that host."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-07 By Desk\n\n"
        "Minister of State Ivo Brant received several visiting ministers on Wednesday.\n\n"
        "Brant received Karl Hesse, Minister of Defence of Italy.\n\n"
        "He also received Olaf Berger, Defence Secretary of India, with whom he went over the drills.\n",
    )
    got = {(tuple(sorted(r["participant_names"])), r["host_name"]) for r in tables["meetings"].to_dict("records")}
    assert got == {(("Ivo Brant", "Karl Hesse"), "Ivo Brant"), (("Ivo Brant", "Olaf Berger"), "Ivo Brant")}


def test_call_ons_told_one_after_another_share_the_dispatch_day_and_its_attendee(nlp, tmp_path):
    """Real model. Class: a dispatch dated by its dateline tells several audiences in a row ("X received A. He also
    received B. X then received C. The meetings were attended by D."): "he also received" took no day (only the
    lead paragraph takes the dateline's), which broke the run of the day's meetings the attendee joins, and an
    attendee of no known country kept the dateline city from a meeting whose guest is from abroad."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-07 By Desk\n\n"
        "ABU DHABI, 7th May, 2031 (WAM) -- Minister of State Ivo Brant received today several visiting ministers.\n\n"
        "Brant received Karl Hesse, Minister of Defence of Italy.\n\n"
        "He also received Olaf Berger, Defence Secretary of India, with whom he went over the drills.\n\n"
        "Brant then received General Teodor Velk, Chief of the Defence Staff of Ghana.\n\n"
        "The meetings were also attended by Major General Mira Koval of the defence ministry.\n",
    )
    got = {
        (tuple(sorted(r["participant_names"])), r["date"], r["location"]) for r in tables["meetings"].to_dict("records")
    }
    assert got == {
        (tuple(sorted(["Ivo Brant", guest, "Mira Koval"])), "2031-05-07", "Abu Dhabi")
        for guest in ("Karl Hesse", "Olaf Berger", "Teodor Velk")
    }


def test_his_after_a_reference_subject_goes_on_with_the_person_it_stands_for(nlp, tmp_path):
    """Real model. Class: "Today, the visiting general called on A at Air Headquarters. His scheduled call on B did
    not take place": the reference subject (no entity of its own) was not kept as the subject going on, so "his"
    went to the subject of an earlier sentence, the host of the first call; and the cancelled call took the
    building of the call on A, another host's."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-07 By Desk\n\n"
        "Indian Army Chief General Ivo Brant yesterday called on General Karl Hesse, the Bangladeshi army chief, in Dhaka.\n\n"
        "Gen Hesse thanked his Indian counterpart for the support, while Gen Brant praised the peacekeepers.\n\n"
        "Today, the visiting general called on Air Chief Marshal Olaf Berger at Air Headquarters.\n\n"
        "His planned call on Admiral Teodor Velk, however, did not take place, since the admiral was away.\n",
    )
    got = {tuple(sorted(r["participant_names"])): r for r in tables["meetings"].to_dict("records")}
    assert ("Ivo Brant", "Teodor Velk") in got, sorted(got)
    assert got[("Ivo Brant", "Teodor Velk")]["status"] == "cancelled"
    assert got[("Ivo Brant", "Teodor Velk")]["location"] != "Air Headquarters"


def test_a_chair_told_after_a_side_meeting_told_separately_chairs_the_main_sitting(nlp, tmp_path):
    """Real model. Class: "A held bilateral talks with B on the sidelines of the meeting. A also met C separately.
    The meeting was chaired by D": the chair joined the side meeting told last (its day unknown, so the run of the
    day's meetings that tells a side meeting stopped there); a meeting told "separately" is a side meeting too."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-07 By Desk\n\n"
        "ARUSHA, May 6 - The chiefs of defence forces of the region met in Arusha on Tuesday.\n\n"
        "On the sidelines of the meeting, the Kenyan army chief Gen Ivo Brant held talks with Tanzania's defence chief, "
        "General Karl Hesse, on border security.\n\n"
        "Gen Brant also met Uganda's army commander, General Olaf Berger, separately on the joint operation.\n\n"
        "The meeting was chaired by General Teodor Velk of Burundi.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")}


def test_a_call_that_a_meeting_follows_is_a_meeting_of_its_own(nlp, tmp_path):
    """Real model: "The talks follow a call the two held on May 12": the call is another, earlier sitting, not the
    meeting told in the present tense of a headline (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-29 By Desk\n\n"
        "Navy chief receives Lomar defence minister to coordinate border patrols\n\n"
        "Navy Secretary Admiral Ivo Brant received Lomar Defence Minister Kora Lenz on Wednesday in Kestrel City, "
        "where they agreed on joint river patrols.\n\n"
        "The visit follows a telephone call between Brant and Lenz on May 12.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert sorted((r["mode"], str(r["date"])) for r in rows) == [("in_person", "2031-05-28"), ("phone", "2031-05-12")]


def test_a_post_opening_the_next_sentence_is_not_the_last_name_s(nlp, tmp_path):
    """Real model: "... with Brigadier X. The Commander of Y, General Z, also attended": the post is Z's, though it
    comes right after X's name (it was X's title too, class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-08-27 By Desk\n\n"
        "The Commander of the Lomar Army, General Karl Hesse, met on Tuesday in Kestrel City the Velkaria Defence "
        "Force's Chief of Staff, Brigadier Ivo Brant. The Commander of the Northern Military Command, General "
        "Olaf Berger, also attended the meeting.\n",
    )
    nodes, edges = tables["nodes"], tables["edges"]
    name = dict(zip(nodes["node_id"], nodes["name"]))
    titles = {
        (name[s], name[t]) for s, t, r in zip(edges["source"], edges["target"], edges["relation"]) if r == "HOLDS_TITLE"
    }
    assert ("Ivo Brant", "Commander of the Northern Military Command") not in titles
    assert ("Olaf Berger", "Commander of the Northern Military Command") in titles


def test_a_group_s_earlier_sitting_of_a_stated_size_is_that_sitting_s_people(nlp, tmp_path):
    """Real model: "The ministers had last met in the trilateral format in X in 2024" after bilateral talks of two of
    the three: the three of the trilateral sitting met then (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-02 By Desk\n\n"
        "Defence Minister Karl Hesse, Defence Minister Ivo Brant and Defence Minister Olaf Berger held trilateral "
        "talks in Kestrel City on Wednesday.\n\n"
        "Before the trilateral session, Hesse and Brant held bilateral talks.\n\n"
        "The ministers had last met in the trilateral format in Velm in 2029.\n",
    )
    rows = tables["meetings"].to_dict("records")
    earlier = [r for r in rows if r["location"] == "Velm"]
    assert [sorted(r["participant_names"]) for r in earlier] == [["Ivo Brant", "Karl Hesse", "Olaf Berger"]]
    # a sitting word said of something else counts nobody: "the sides discussed bilateral relations"
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-26 By Desk\n\n"
        "President Karl Hesse received Defence Minister Ivo Brant in Kestrel City on Thursday.\n\n"
        "At the meeting with Defence Minister Olaf Berger, the sides discussed bilateral relations.\n",
    )
    assert ("Ivo Brant", "Karl Hesse", "Olaf Berger") not in meeting_people(tables)


def test_the_meeting_with_a_person_told_before_is_that_meeting_again(nlp, tmp_path):
    """Real model: "The meeting with Mr. X is seen as ..." after X's talks with A and A's talks with B and C: the
    talks of A and X told again, not a meeting of X with the subject of the sentence before (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-07-15 By Desk\n\n"
        "Foreign Minister Karl Hesse held talks with Lomar Foreign Minister Ivo Brant in Kestrel City on Wednesday.\n\n"
        "Hesse also held talks with Velkaria Foreign Minister Olaf Berger on Wednesday evening.\n\n"
        "Berger invited Hesse to visit Velm.\n\n"
        "The meeting with Mr. Brant is being seen as part of a gradual thaw in ties.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Karl Hesse", "Olaf Berger")}


def test_people_to_join_a_sitting_to_come_join_no_sitting_held(nlp, tmp_path):
    """Real model: "The sides agreed to hold the following dialogue in X. A and B are expected to join the dialogue"
    after a call held: A and B join the sides at the sitting to come, not the call (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-02 By Desk\n\n"
        "Defence Minister Karl Hesse held a virtual meeting with Defence Minister Ivo Brant today.\n\n"
        "The sides agreed to hold the following joint dialogue in Velm in the autumn. Foreign Minister Olaf Berger "
        "and Foreign Minister Mira Koval are expected to join the dialogue.\n",
    )
    rows = {
        tuple(sorted(r["participant_names"])): (r["mode"], r["status"]) for r in tables["meetings"].to_dict("records")
    }
    assert rows[("Ivo Brant", "Karl Hesse")] == ("video", "occurred")
    assert rows[("Ivo Brant", "Karl Hesse", "Mira Koval", "Olaf Berger")][1] == "planned"


def test_a_city_spelt_another_way_is_no_building_in_that_city(nlp, tmp_path):
    """Real model: "received X at the ministry in Tbilissi": a spelling of the host's capital the gazetteer does not
    hold read as a building in the capital ("Tbilissi, Tbilisi"); a place unlike the capital still reads as one in
    it (class)."""
    rows = {}
    for place in ("Tbilissi", "Kathmandou"):
        tables = read_article(
            nlp,
            tmp_path,
            " date 2031-05-06 By Desk\n\n"
            f"Georgian Defence Minister Ivo Brant received Armenian Defence Minister Karl Hesse at the ministry in {place} "
            "on Tuesday.\n",
        )
        (rows[place],) = tables["meetings"]["location"].tolist()
    assert rows == {"Tbilissi": "Tbilissi", "Kathmandou": "Kathmandou, Tbilisi"}


def test_he_goes_on_being_the_subject_who_met_a_guest_at_home(nlp, tmp_path):
    """Real model: "X met Y, with whom he discussed ...; later he held talks with Z" in X's own
    capital: X is the host only by inference, not said to receive anyone, so "he" is still X, not the guest Y
    (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-06 By Desk\n\n"
        "VIENNA: Austrian Deputy Minister of Defence Ivo Brant had several meetings with foreign guests at a defence fair "
        "in Vienna on Monday.\n\n"
        "Brant met Italy's State Secretary for Defence Karl Hesse, with whom he reviewed naval training.\n\n"
        "Later, he held talks with Greece's Minister for Defence Industry Olaf Berger on ammunition.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")}


def test_a_city_written_with_its_article_is_not_a_building_in_itself(nlp, tmp_path):
    """Real model: "met X in The Hague": the place read without its article was no city, so it became a building in
    the capital of the host's country, "The Hague, The Hague" (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-06 By Desk\n\nDutch Defence Minister Ivo Brant received Belgian Defence Minister Karl Hesse in "
        "The Hague on Tuesday.\n",
    )
    assert tables["meetings"]["location"].tolist() == ["The Hague"]


def test_it_attended_on_one_side_joins_the_sitting(nlp, tmp_path):
    """Real model: "On the Velkan side, it was attended by Ambassador X" after a reception: X is at the sitting; a
    bare "It was attended by Y", which may be any event, still adds nobody (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-06 By Desk\n\nMinister Ivo Brant received Minister Olaf Berger in Riyadh today.\n\n"
        "The meeting was attended by Ambassador Mira Koval. On the Spanish side, it was attended by Ambassador Karl "
        "Hesse.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse", "Mira Koval", "Olaf Berger")}


def test_a_planned_meeting_of_the_story_is_its_subjects_not_the_last_guests():
    """ "A met B. She then had lunch with C. A planned meeting with D was cancelled": the article standing for the
    meeting's owner (frames._implied_owner) is the subject the story goes on with, A, not C, the guest of the meeting
    told last (class)."""
    first = frame(participants=[(0, 3), (10, 13)], subjects=[[0, 3]])
    lunch = frame(participants=[(10, 13)], refs=[[0, 2, "She"]], subject_pronoun=True)
    then = frame(participants=[(20, 23)], refs=[[0, 1, "A"]], subject_pronoun=True, status="cancelled")
    meetings, _, _ = run(
        {"d1": [(1, first), (2, lunch), (3, then)]},
        {"d1": [(1, 0, 3, A), (1, 10, 13, B), (2, 10, 13, C), (3, 20, 23, "PERSON:dan")]},
        {"d1": "2024-05-10"},
    )
    got = sorted((tuple(sorted(p)), s) for p, s in zip(meetings["participants"], meetings["status"]))
    assert got == [((A, B), "occurred"), ((A, C), "occurred"), ((A, "PERSON:dan"), "cancelled")]


def test_an_abbreviated_post_as_a_subject_is_the_holder_of_the_post(nlp, tmp_path):
    """Real model: "EAM met X" after "External Affairs Minister Dr. Y": the abbreviation of the post stands for its
    holder named before (models/title_abbreviations.json), here the External Affairs Minister (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-06 By Desk\n\nForeign Minister of Velkaria Mr. Karl Hesse will visit India next week and meet "
        "External Affairs Minister Dr. Ivo Brant in New Delhi.\n\nLast week EAM travelled to Colombo for a "
        "regional forum. There, EAM met Zorgradi Foreign Minister Mr. Olaf Berger on Tuesday.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")}


def test_a_visit_called_off_to_a_base_in_the_other_sides_country_is_no_sitting_with_them(nlp, tmp_path):
    """Real model: "A visit by X to Fort Y, North Carolina, was postponed" after X met a US general: a visit to a
    base, not to the country or its capital, was made a cancelled meeting of the two (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-06 By Desk\n\nDutch Chief of Defence General Ivo Brant met the commander of US Army Europe, "
        "General Karl Hesse, in Brussels on Tuesday.\n\nA visit by Brant to Fort Bragg, North Carolina, scheduled for "
        "the end of the month, was postponed.\n",
    )
    assert tables["meetings"]["status"].tolist() == ["occurred"]


def test_the_day_of_a_series_of_sittings_dates_the_meetings_listed_after_it(nlp, tmp_path):
    """Real model: "X held a series of bilateral meetings in Brussels on October 17." and then one paragraph per
    counterpart: the day was the series' paragraph's only (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-18 By Desk\n\nDefence Minister Helen Lomar held bilateral meetings with several counterparts "
        "at the alliance ministers' gathering in Brussels on October 17.\n\nSecretary Lomar met with "
        "Velkarian Minister of Defence Karl Hesse to discuss air defence.\n\nThe Secretary also met with Zorgradi "
        "Minister of Defence Olaf Berger.\n",
    )
    assert set(tables["meetings"]["date"]) == {"2031-10-17"} and len(tables["meetings"]) == 2


def test_a_family_name_in_capitals_after_a_hyphenated_post_is_the_person_named_before(nlp, tmp_path):
    """Real model: "Mr. BRANT Ivo, Vice-Minister of Defense, ..." and then "Vice-Minister BRANT paid a courtesy
    call on X": the hyphenated post was no title before the bare family name, which was then read as part of the
    post's words and not linked (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-09-04 By Desk\n\nOn September 3, 2031, Mr. BRANT Ivo, Vice-Minister of Defense, held talks in "
        "New Delhi with Mr. Karl Hesse, the Indian Defence Secretary.\n\nLater that day, Vice-Minister BRANT paid a "
        "courtesy call on General Teodor Velk, Chief of Defence Staff.\n",
    )
    assert ("BRANT Ivo", "Teodor Velk") in meeting_people(tables)


def test_the_chair_of_a_retreat_told_after_its_place_sits_with_the_attendees_listed_next(nlp, tmp_path):
    """Real model: "The ministers' retreat was held today in X, chaired by A." then "In attendance were B; C; and D":
    a retreat was no sitting, and the parser hung the chair's clause on the place, so A was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-28 By Desk\n\nThe defence ministers' retreat was held today in Vientiane, chaired by General "
        "Karl Hesse, Deputy Prime Minister of Laos.\n\nIn attendance were Ivo Brant, Secretary of Defense of the "
        "Philippines; Olaf Berger, Minister of Defence of Indonesia; and Teodor Velk, Minister for Defence of "
        "Singapore.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse", "Olaf Berger", "Teodor Velk")}


def test_a_time_of_day_after_the_weekday_is_no_thing_the_sitting_acts_on(nlp, tmp_path):
    """Real model: "A and B held a formal talks session in the palace on Tuesday morning" parsed with the first
    name hung off an honorific: "morning" counted as an object that is no person, so the sentence's two people were
    not taken as the sides the parse missed (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-27 By Desk\n\nHH the Emir Sheikh Karl bin Hesse Al-Velk and Prime Minister of the Republic "
        "of Velkaria HE Mira Koval held a formal talks session in the palace on Tuesday morning.\n",
    )
    assert meeting_people(tables) == {("Karl bin Hesse Al-Velk", "Mira Koval")}


@pytest.mark.parametrize(
    "text, sitting",
    [
        (
            "Emir Karl Hesse and Prime Minister Mira Koval held official talks at the palace on Tuesday.\n\nLater on "
            "Tuesday, the Emir received a phone call from President Ivo Brant, during which they discussed trade."
            "\n\nThe talks were attended by Prime Minister Olaf Berger.\n",
            ("Karl Hesse", "Mira Koval", "Olaf Berger"),
        ),
        (
            "Velm, Feb 27 - Defence Minister Karl Hesse received in audience at his office today Ivo Brant, Defence "
            "Secretary of India, who is visiting the country.\n\nThe Indian guest later met Air Marshal Olaf Berger, "
            "Commander of the Air Force.\n\nThe audience was attended by Major General Teodor Velk, Secretary-General "
            "of the Ministry.\n",
            ("Ivo Brant", "Karl Hesse", "Teodor Velk"),
        ),
    ],
)
def test_who_attended_the_sitting_joins_the_one_the_noun_names_not_the_last(nlp, tmp_path, text, sitting):
    """Real model: "The talks were attended by X" after a phone call was told, "The audience was attended by X"
    after a call-on the guest paid later: X was put into the call or the call-on (nobody attends a phone call; an
    audience is the one a host received) (class)."""
    tables = read_article(nlp, tmp_path, " date 2031-02-27 By Desk\n\n" + text)
    people = meeting_people(tables)
    assert tuple(sorted(sitting)) in people and len(people) == 2


@pytest.mark.parametrize(
    "second",
    [
        "HRH also received yesterday visiting Velkarian Deputy Foreign Minister Mira Koval.",
        "His Highness also received yesterday visiting Velkarian Deputy Foreign Minister Mira Koval.",
    ],
)
def test_a_form_of_address_as_subject_is_the_one_it_was_written_before(nlp, tmp_path, second):
    """Real model: "HRH Prince X received Y" and then "HRH also received Z": the bare form of address was no
    reference ("HRH") or was taken for the guest of the last meeting; it is the subject before (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-19 By Desk\n\nVelm, April 19 - HRH Prince Karl bin Hesse, the Crown Prince, received at the "
        f"palace yesterday Vice Admiral Ivo Brant, Commander of US Naval Forces.\n\n{second}\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl bin Hesse"), ("Karl bin Hesse", "Mira Koval")}


def test_a_post_closing_the_sentence_before_is_no_title_of_the_next_name(nlp, tmp_path):
    """Real model: '"...," said the Secretary General. Mr Y underlined ...': the post was made Y's title, so "the
    Secretary General also met Z" later was read as Y (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-12 By Desk\n\nThe Secretary General, Mr Karl Hesse, welcomed the Prime Minister of Velkaria, "
        'Mr Ivo Brant, to the headquarters in Brussels on Tuesday.\n\n"Velkaria leads by example," said the '
        "Secretary General. Mr Brant underlined his support.\n\nThat evening, the Secretary General also held talks with "
        "the Prime Minister of Zorgrad, Mr Olaf Berger.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Karl Hesse", "Olaf Berger")}


def test_today_in_a_dispatch_counts_from_its_dateline_line_not_the_pages_date(nlp, tmp_path):
    """Real model: a paper dated the 3rd prints "Chandigarh, December 2" on its own line and "... here today": the
    day was counted from the page's date, not the dispatch's (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-12-03 By Desk\n\nVelm, December 2\n\nLt Gen Karl Hesse, Army Commander, called on Governor Ivo "
        "Brant at the residence here today and briefed him.\n",
    )
    assert tables["meetings"]["date"].tolist() == ["2031-12-02"]


@pytest.mark.parametrize(("plan", "told"), [("next week", True), ("if he is invited", False)])
def test_said_he_would_meet_someone_at_a_time_is_a_plan(nlp, tmp_path, plan, told):
    """Real model: "He said he would meet X next week": "would" was read as a mere possibility and the plan lost; a
    plan set in time in reported speech is planned (a condition stays no meeting) (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-18 By Desk\n\nMinister Karl Hesse met Captain Ivo Brant at his office in Velm on Tuesday.\n\n"
        f"He said he would meet High Commissioner Olaf Berger {plan}.\n",
    )
    planned = tables["meetings"][tables["meetings"]["status"] == "planned"]
    assert (len(planned) == 1) == told


def test_a_lead_opening_with_a_post_word_in_capitals_still_names_its_person(nlp, tmp_path):
    """Real model: "MINISTER for Home Affairs X met Y": the capitals made the model lose X, and the meeting (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-18 By Desk\n\nMINISTER for Home Affairs and Immigration Teodor Velk met the Commanding "
        "Officer of the ship, Captain Ivo Brant, at his office in Velm on Tuesday.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Teodor Velk")}


@pytest.mark.parametrize("given", ["Jordan", "Chad"])
def test_a_countrys_name_before_a_middle_initial_is_a_given_name(nlp, tmp_path, given):
    """Real model: "Major General Jordan T. Velk": the place's name was cut off the person, who became "T. Velk"
    (and the country's capital a place of the meeting) (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        f" date 2031-03-04 By Desk\n\nMajor General {given} T. Hesse, Deputy Commanding General, US Army Pacific, met "
        "Lieutenant General Ivo Brant at Army Headquarters in Colombo on Friday.\n",
    )
    assert meeting_people(tables) == {tuple(sorted(("Ivo Brant", f"{given} T. Hesse")))}


def test_talks_with_one_and_separately_with_another_are_two_meetings(nlp, tmp_path):
    """Real model: "X held talks with A and separately with B": the adverb between "and" and the second "with" hid
    the repeated "with", and B was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-11-13 By Desk\n\nChief of General Staff Gen. Ivo Brant was received by President Teodor Velk in "
        "Baku on Wednesday.\n\nBrant also held talks with Defence Minister Lt. Gen. Karl Hesse and separately with "
        "the Army Commander Maj. Gen. Olaf Berger on Thursday, focusing on the exercise.\n",
    )
    assert meeting_people(tables) == {
        ("Ivo Brant", "Teodor Velk"),
        ("Ivo Brant", "Karl Hesse"),
        ("Ivo Brant", "Olaf Berger"),
    }


def test_the_pair_stands_for_the_two_sides_told_before(nlp, tmp_path):
    """Real model: "X spoke by phone to Y ... The pair agreed to meet in Z next month": a singular noun for two
    people was no group, so the plan was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-14 By Desk\n\nDefence Minister Karl Hesse spoke by phone to his Velkarian counterpart Ivo "
        "Brant this afternoon.\n\nThe pair agreed to meet in Velm next month.\n",
    )
    assert sorted(tables["meetings"]["status"]) == ["occurred", "planned"]
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


@pytest.mark.parametrize(
    ("after", "people"),
    [
        (
            "Army chief General Ivo Brant and Navy chief Admiral Teodor Velk attended the meeting.",
            {("Ivo Brant", "Karl Hesse", "Teodor Velk")},
        ),
        ("The proposals include new drones.", set()),
    ],
)
def test_the_chair_of_a_bodys_session_sits_with_those_who_attend_it(nlp, tmp_path, after, people):
    """Real model: "The Council, chaired by Minister X, on Thursday approved ..." then "A and B attended the meeting":
    the chair of the body's session was left out of the sitting the attendees were at (class); alone he is none."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-28 By Desk\n\nThe Defence Procurement Board (DPB), chaired by Defence Minister Karl Hesse, on "
        f"Thursday cleared purchase proposals worth 900 million.\n\n{after}\n",
    )
    assert meeting_people(tables) == people


def test_a_name_set_off_before_said_is_the_source_not_one_met(nlp, tmp_path):
    """Real model: "X also held talks with the Under Secretary, A, the Director of Information, B, said in a
    statement": B, who says it, was made a second counterpart (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-01-25 By Desk\n\nMr Karl Hesse, who heads a military delegation on a visit to Washington, also held "
        "talks with the Deputy Secretary of Defense, Ivo Brant, the Director of Army Public Relations, Olaf Berger, "
        "said in a statement on Thursday.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_a_rank_before_a_family_name_with_a_particle_is_no_given_name(nlp, tmp_path):
    """Real model: "Admiral van Hesse met Y" after "Admiral Karl van Hesse" was named: the model's "van Hesse" was
    widened over the rank into a name "Admiral van Hesse", a person of its own (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-19 By Desk\n\nVELM - The Chair of the Military Committee, Admiral Karl van Hesse, visited "
        "Velkaria on 17-18 May 2031.\n\nOn the first day, Admiral van Hesse met Lieutenant General Ivo Brant in Velm "
        "for talks on defence plans.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl van Hesse")}


def test_a_meeting_on_the_sidelines_in_a_dispatch_from_the_events_city_is_there(nlp, tmp_path):
    """Real model: "NEW YORK - the Saudi minister met the Brazilian minister on the sidelines of the assembly": a
    sideline meeting placed nowhere, in a dispatch from a city neither side is at home in, was left with no place
    (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-09-22 By Desk\n\nNew York, September 22, 2031 - Saudi Minister of Foreign Affairs Karl Hesse met on "
        "Thursday with Brazil's top diplomat, Foreign Minister Ivo Brant, on the sidelines of the General Assembly.\n",
    )
    assert tables["meetings"]["location"].tolist() == ["New York"]


def test_general_in_chief_is_a_rank_and_its_demonym_its_holders(nlp, tmp_path):
    """Real model: "X received the Venezuelan Minister for Defense, General in Chief Y": the rank was unknown, so the
    demonym before it was guessed the host's country, and the dateline city was not the host's (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-15 By Desk\n\nHavana, Mar 15 (Agency)\n\nThe Minister of the Armed Forces, Army "
        "Corps General Karl Hesse, received today the Venezuelan Minister for Defense, General in Chief Ivo Brant, who "
        "is in Cuba on an official visit.\n",
    )
    assert tables["meetings"]["location"].tolist() == ["Havana"]
    ranks = tables["edges"][tables["edges"]["relation"] == "HAS_RANK"]
    assert "RANK:general-in-chief" in set(ranks["target"])


def test_on_the_sidelines_is_no_thing_the_meeting_acts_on(nlp, tmp_path):
    """Real model: "On the sidelines of the summit in X, A's minister Y met B's minister Z" parsed with Y inside the
    fronted phrase: "sidelines" counted as an object that is no person, so the two people were not taken as the sides
    the parse missed (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-26 By Desk\n\nOn the sidelines of the alliance summit in The Hague, Peru's Foreign Minister Karl "
        "Hesse Lopes met Chile's Foreign Minister Ivo Brant Bueno on Wednesday.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant Bueno", "Karl Hesse Lopes")}


def test_the_visiting_general_is_the_guest_not_the_host_of_the_last_meeting(nlp, tmp_path):
    """Real model: "Major General X, Deputy Commanding General, met Lieutenant General Y at Army Headquarters" then
    "the visiting General called on Z": "the visiting General" was no reference, and "the General" did not fit a
    deputy commander even by his rank; the host was taken (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-04 By Desk\n\nMajor General Karl Hesse, Deputy Commanding General of US Army Europe, who is "
        "visiting Sri Lanka, met Army Commander Lieutenant General Ivo Brant at Army Headquarters in Colombo on "
        "Friday.\n\nIn the afternoon, the visiting General paid a call on Chief of Defence Staff General Olaf Berger "
        "at the CDS Office.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Karl Hesse", "Olaf Berger")}


def test_they_will_meet_someone_are_the_sides_told_before_with_that_one(nlp, tmp_path):
    """Real model: "X welcomed Y to London ... They will meet Z in Washington in July": "they" with a person met was
    nobody, so the trilateral to come was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-30 By Desk\n\nDefence Secretary Karl Hesse welcomed Velkaria's Minister for Defence, the Hon. "
        "Ivo Brant MP, to London today for talks.\n\nThey will meet US Secretary of Defense Olaf Berger in Washington "
        "in July for a three-way meeting.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Karl Hesse", "Olaf Berger")}


def test_the_sides_visiting_a_site_together_is_no_meeting(nlp, tmp_path):
    """Real model: "The ministers agreed next steps and visited a shipyard at X": the group on a tour was made a
    meeting of its own, a plan (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-30 By Desk\n\nDefence Secretary Karl Hesse welcomed Velkaria's Minister for Defence, the Hon. "
        "Ivo Brant MP, to London today for talks.\n\nThe ministers agreed next steps on the submarine programme and "
        "visited the Kestrel Systems yard in Portsmouth.\n",
    )
    assert tables["meetings"]["status"].tolist() == ["occurred"]


def test_not_saying_whether_two_would_meet_tells_no_meeting(nlp, tmp_path):
    """Real model: "X sent a letter to Y ... The statement gave no word on whether both men would meet at the forum
    next month": read as a plan in reported speech, and the negation made it a cancelled meeting (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-05 By Desk\n\nDefence Minister Karl Hesse has sent a letter to Secretary-General Ivo Brant, the "
        "ministry said.\n\nThe statement did not say whether both men would meet at the forum next month.\n",
    )
    assert tables["meetings"].empty


def test_a_word_inside_a_post_is_no_thing_the_meeting_acts_on(nlp, tmp_path):
    """Real model: "X welcomed a Minister Delegate in charge of Defence, Y, at his office": "charge", a
    word of the post, counted as an object that is no person, so the two people were not taken as the sides the
    parse missed (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-27 By Desk\n\nDefence Minister Karl Hesse on Monday welcomed Togo's Minister Delegate in charge "
        "of Defence, Ivo Brant, at his office in Kigali, where they signed an agreement.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_the_field_marshal_is_a_reference_to_the_one_of_that_rank(nlp, tmp_path):
    """Real model: "Separately, the Field Marshal met Y on Sunday": "marshal" was no head of a reference, and the
    meeting had one side (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-19 By Desk\n\nField Marshal Karl Hesse, Chief of General Staff, held discussions with Lieutenant "
        "General Ivo Brant of Chad at the summit in Addis Ababa yesterday.\n\nSeparately, the Field Marshal met "
        "Uganda's army commander, General Teodor Velk, on Sunday.\n",
    )
    assert ("Karl Hesse", "Teodor Velk") in meeting_people(tables)


def test_someone_also_on_the_call_took_part_in_it(nlp, tmp_path):
    """Real model: "A held a video conference with B yesterday ... C was also on the call": C was left out (GOLD:
    attendees are participants) (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-19 By Desk\n\nDefence Minister Dr Karl Hesse held a video conference with the US Defense "
        "Secretary, Ivo Brant, yesterday.\n\nSenior Minister of State for Defence Olaf Berger was also on the "
        "call.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse", "Olaf Berger")}


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "Gen. Karl Hesse, head of U.S. Africa Command, was in Morocco on March 7 and 8, where he met with Moroccan "
            "Defence Minister Ivo Brant and the army's Inspector General, Gen. Olaf Berger.\n\nAt his meeting with "
            "Brant on March 7, Hesse discussed air defence. On March 8, Hesse held separate talks with Gen. Berger in "
            "Rabat.\n",
            {("Ivo Brant", "Karl Hesse"), ("Karl Hesse", "Olaf Berger")},
        ),
        (
            "Velkarian Defence Minister Karl Hesse, Saudi Defence Minister Ivo Brant and Omani Defence Minister Olaf "
            "Berger discussed regional security in Riyadh on March 7.\n\nOn the sidelines, Brant also held separate "
            "bilateral meetings with Hesse and Berger.\n",
            {("Ivo Brant", "Karl Hesse", "Olaf Berger"), ("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")},
        ),
    ],
)
def test_a_lead_summing_up_meetings_told_one_by_one_after_it_is_no_sitting_of_its_own(nlp, tmp_path, body, people):
    """Real model: "X travelled to Y, where he met A and B" and then a sentence on each meeting: the lead was kept as
    a sitting of three (class); a sitting of three whose bilaterals one sentence adds stays."""
    tables = read_article(nlp, tmp_path, " date 2031-03-09 By Desk\n\n" + body)
    assert meeting_people(tables) == people


def test_cde_before_a_name_is_a_form_of_address(nlp, tmp_path):
    """Real model: "Minister Cde X" (Comrade, as Zimbabwean outlets write it) was kept as part of the name (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-12 By Desk\n\nDefence Minister Cde Ivo Brant yesterday received a delegation led by "
        "Lieutenant General Karl Hesse at Defence House in Lomar.\n\nCde Brant said the two armies were old friends.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_the_commanding_officer_named_before_calls_on_someone_else(nlp, tmp_path):
    """Real model: "Captain X, the Commanding Officer, called on A ... The Commanding Officer also called on B": the
    reference fitted nobody, and the second call-on was lost (class); a reception hosted on board the same day,
    attended by C, is a party whose guests join no call-on."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-14 By Desk\n\nThe frigate arrived at Lomar on 12 June 2031 on a goodwill visit.\n\nWhile "
        "in port, Captain Ivo Brant, the frigate's Commanding Officer, paid a call on Commodore Karl Hesse, Commander of the "
        "Eastern Fleet, on 12 June. The Commanding Officer then called on Mr Olaf Berger, the Governor of Lomar "
        "Province, on 13 June.\n\nOn 13 June a reception was hosted on the ship, which was attended by the "
        "Velkarian Ambassador, Mr Teodor Velk, and officers of the navy.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")}


def test_a_second_verb_after_a_comma_shares_the_first_ones_subject(nlp, tmp_path):
    """Real model: "X met A in the afternoon, then held a working session with B and C": the parser hung "held" on
    "met" as a bare dep, so A, the object before it, became its subject; and the lead "X arrived for talks with A
    and B", which the two sittings tell one by one, stayed as a sitting of three (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-09 By Desk\n\nVelkarian Defence Minister Ivo Brant arrived in Lomar on Wednesday for talks "
        "with President Karl Hesse and Defence Minister Olaf Berger.\n\nBrant met Hesse in the afternoon, then held "
        "a separate working session with Berger and the army commander, General Teodor Velk, "
        "the embassy said.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger", "Teodor Velk")}


def test_a_call_between_the_two_men_is_a_meeting_of_the_two_told(nlp, tmp_path):
    """Real model: "The talks had been arranged in a video call the two men held in April": "men" counted was no
    group of the sides told, so the earlier call was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-01 By Desk\n\nVelkarian Defence Secretary Ivo Brant and Lomari Defence Minister Admiral "
        "Karl Hesse met for ninety minutes at the hotel.\n\nThe talks had been arranged in a video call between "
        "both men in April.\n",
    )
    modes = {(tuple(sorted(m["participant_names"])), m["mode"]) for m in tables["meetings"].to_dict("records")}
    assert modes == {(("Ivo Brant", "Karl Hesse"), "in_person"), (("Ivo Brant", "Karl Hesse"), "video")}


def test_someone_accompanying_a_guest_after_a_post_and_its_acronym_is_no_participant(nlp, tmp_path):
    """Real model: "X, accompanied by the Chief of Defence Staff (JEMAD), Admiral Y": the acronym in brackets
    hid the post from the accompanying reading, and Y became a side (class; GOLD: members who only accompany a
    leader are not participants)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-23 By Desk\n\nThe Minister of Defence, Mira Stenz, received today at the Ministry's "
        "headquarters the Velkarian Minister of National Defence, Karl Hesse, accompanied by the Chief of Defence "
        "Staff of the Velkarian Navy (JEMAD), Admiral Ivo Brant.\n",
    )
    assert meeting_people(tables) == {("Karl Hesse", "Mira Stenz")}


def test_attending_the_meeting_with_a_post_joins_the_meeting_of_its_holder(nlp, tmp_path):
    """Real model: "Y attended the meeting with the minister" after the minister's talks and a later call-on: the
    parser hung "with the minister" on "attended", so Y joined the last meeting (class); "the Chilean president"
    names the president of that country, not another president met after him."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-18 By Desk\n\nMinister of National Defence Ivo Brant had talks Thursday at the ministry "
        "headquarters with General Karl Hesse, who is on a working visit.\n\nGeneral Hesse was also received on the "
        "same day by the Army Chief of Staff, Major General Olaf Berger, at the barracks.\n\nAmbassador "
        "Teodor Velk attended the meeting with the minister.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse", "Teodor Velk"), ("Karl Hesse", "Olaf Berger")}
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-07-04 By Desk\n\nLOMAR: Prime Minister Ivo Brant on Wednesday held separate meetings with "
        "Chilean President Karl Hesse and Turkish President Olaf Berger on the sidelines of the summit.\n\nForeign "
        "Minister Teodor Velk also attended the meeting with the Chilean president.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse", "Teodor Velk"), ("Ivo Brant", "Olaf Berger")}


def test_guests_attending_a_commemoration_hold_no_meeting(nlp, tmp_path):
    """Real model: "X headed the commemoration of the army's anniversary ... Also attending were A and B": the two
    guests of the ceremony were gathered into a meeting of theirs (class; GOLD: ceremonies are not meetings)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-19 By Desk\n\nThe head of state led the commemoration of the 60th anniversary of the "
        "Chilean Army at the Military School in Santiago, accompanied by the Defence Minister, General Ivo "
        "Brant.\n\nAlso attending were the Peruvian Defence Minister, General Karl Hesse, and the U.S. Defence "
        "Attaché, Colonel Olaf Berger.\n",
    )
    assert meeting_people(tables) == set()


def test_a_body_meeting_in_someones_presence_then_chaired_by_two_is_one_sitting_of_three(nlp, tmp_path):
    """Real model: "The Joint Commission met yesterday in X in the presence of A. The meeting was chaired jointly by
    B and C": A, present at the body's sitting, and its day were lost to the sitting of the co-chairs (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-08 By Desk\n\nThe Joint Military Commission met yesterday in Lomar in the presence of the UN "
        "Special Envoy, Ivo Brant.\n\nThe meeting was jointly chaired by the leader of the northern delegation, "
        "Lt.-Gen. Karl Hesse, and the leader of the southern delegation, Maj.-Gen. Olaf Berger.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert [(sorted(m["participant_names"]), m["date"]) for m in rows] == [
        (["Ivo Brant", "Karl Hesse", "Olaf Berger"], "2031-10-07")
    ]


def test_talks_told_with_no_mode_then_as_a_call_are_that_call(nlp, tmp_path):
    """Real model: "X discussed on Monday with Y maritime security. In a phone call, the two sides also reviewed
    ...": the talks (no mode told) and the call were two meetings, the first in person at the dateline's city
    (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        "LOMAR, Feb 19, 2031 - Velkarian Minister of Defense Ivo Brant discussed on Monday with the US Defense "
        "Secretary, Karl Hesse, maritime security in the Gulf.\n\nIn a phone call, the two sides also reviewed "
        "their strategic partnership, the agency reported.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert [(sorted(m["participant_names"]), m["mode"], m["date"]) for m in rows] == [
        (["Ivo Brant", "Karl Hesse"], "phone", "2031-02-17")
    ]


def test_a_double_surname_told_bare_whatever_the_tagger_took_its_first_half_for(nlp, tmp_path):
    """Real model: "Tremblay-Hesse is also scheduled to meet X": the tagger took the first half of the double
    surname for a verb, so the bare surname was no side and the planned meeting was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-23 By Desk\n\nLieutenant General Ivo Brant-Velk received the Commander of the Canadian "
        "Army, Lieutenant General Karl Tremblay-Hesse, at the camp on Tuesday.\n\nBrant-Velk said Canada remained "
        '"one of our oldest partners." Tremblay-Hesse is also scheduled to meet Interior Minister Dr Olaf Berger '
        "on Friday.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant-Velk", "Karl Tremblay-Hesse"), ("Karl Tremblay-Hesse", "Olaf Berger")}


def test_a_double_surname_told_bare_that_the_model_took_for_a_body(nlp, tmp_path):
    """Real model: "Ruiz Velk also sat down with A and B in a three-way meeting": the model read the bare double
    surname as a body, whose first word was then no name word, so the sitting lost its subject (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-22 By Desk\n\nOn the sidelines of the summit, Velkarian Security Minister Ivo Ruiz Velk held "
        "a bilateral meeting with Chile's Interior Minister, Karl Hesse, on organized crime.\n\nRuiz Velk also sat "
        "down with Peru's Public Security Minister, Olaf Berger, and Bolivia's Security Secretary, Teodor Stenz, in "
        "a three-way meeting on Tuesday.\n",
    )
    assert meeting_people(tables) == {("Ivo Ruiz Velk", "Karl Hesse"), ("Ivo Ruiz Velk", "Olaf Berger", "Teodor Stenz")}


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "The Foreign Secretary met Foreign Minister Lyonpo Ivo Brant and Foreign Secretary Dasho Karl Hesse at "
            "the ministry on Tuesday.\n",
            {("Ivo Brant", "Karl Hesse")},
        ),
        (
            "Foreign Minister Dr ABM Rafiqul Brant and Velkarian Foreign Minister Karl Hesse held a virtual meeting "
            "on Tuesday.\n",
            {("ABM Rafiqul Brant", "Karl Hesse")},
        ),
    ],
)
def test_south_asian_forms_of_address_and_initials(nlp, tmp_path, body, people):
    """Real model: Bhutanese and Urdu forms of address ("Lyonpo", "Dasho", "Janab")
    were kept in the name, and a name's block of initials ("ABM") was dropped as an acronym (class)."""
    tables = read_article(nlp, tmp_path, " date 2031-05-12 By Desk\n\n" + body)
    assert meeting_people(tables) == people


def test_chairman_senate_before_a_name_is_a_post(nlp, tmp_path):
    """Real model: "Chairman Senate Janab X" (a post written without "of", as Pakistani outlets write it) made
    "Senate Janab X" the name (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-12 By Desk\n\nChairman Senate Janab Ivo Brant on Friday received Speaker of the Velkarian "
        "Parliament Karl Hesse, who paid a call on him in his office.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_those_called_on_after_the_first_ones_place_are_each_called_on(nlp, tmp_path):
    """Real model: "called on A at X Camp, B, and his host, C, at the headquarters": the parser coordinated B and C
    with the place of the first call, and both call-ons were lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-09-21 By Desk\n\nVelkarian Navy chief Admiral Ivo Brant arrived in Lomar on Tuesday for a "
        "three-day visit.\n\nDuring his visit, Brant separately called on Defence Secretary Karl Hesse at Camp "
        "Zorgrad, Army Chief Lt. Gen. Olaf Berger, and his host, Navy Chief Vice Adm. Teodor Velk, at the navy "
        "headquarters, all on Wednesday.\n",
    )
    assert meeting_people(tables) == {
        ("Ivo Brant", "Karl Hesse"),
        ("Ivo Brant", "Olaf Berger"),
        ("Ivo Brant", "Teodor Velk"),
    }


def test_a_name_after_a_post_ending_in_a_region_is_a_person(nlp, tmp_path):
    """Real model: "Assistant Secretary-General for Europe, Asia and the Pacific X Y travelled to Z": the model ran the
    region into the name and read both as a body, so X Y was nobody (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-15 By Desk\n\nAssistant Secretary-General for Europe, Asia and the Pacific Ivo Brant met "
        "Velkarian Foreign Minister Karl Hesse in Riyadh on Monday.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_he_and_a_named_envoy_met_someone(nlp, tmp_path):
    """Real model: "X travelled to Y. On 13 October, he and the envoy, A, met B": "he", a pronoun coordinated with a
    named subject, was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-15 By Desk\n\nAssistant Secretary-General Ivo Brant flew to Riyadh on Sunday. On 13 "
        "October, he and the Special Envoy for Yemen, Karl Hesse, held talks with the Head of the Presidential Council, "
        "Dr. Olaf Berger.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse", "Olaf Berger")}


def test_the_name_after_an_ambassadors_whole_title_hosts(nlp, tmp_path):
    """Real model: a host named after a long title ("the Ambassador of the Kingdom of A to B, Y" as the agent of "was
    received"): the title was cut at "the Kingdom" and the name after the whole title was no host (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-10-15 By Desk\n\nOn 14 October, Assistant Secretary-General Ivo Brant was received in Manama by "
        "the Ambassador of the Kingdom of Morocco to Yemen, Teodor Velk, who spoke of efforts toward a truce.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert [(sorted(m["participant_names"]), m["host_name"]) for m in rows] == [
        (["Ivo Brant", "Teodor Velk"], "Teodor Velk")
    ]


def test_a_date_line_ending_in_the_venue_and_city_dates_and_places_the_talks(nlp, tmp_path):
    """Real model: "October 12, 2031  14:20  The Palace, Moscow" under a head of state's headline gave the page's
    date but no dispatch day or place, so talks told as just held had no date (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        "President of Velkaria\n\nTalks with President of Kenya Ivo Brant\n\nOctober 12, 2031  14:20  The Palace, "
        "Moscow\n\nKarl Hesse held talks with President of the Republic of Kenya Ivo Brant, who is in Russia on an "
        "official visit.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert [(sorted(m["participant_names"]), m["date"], m["location"]) for m in rows] == [
        (["Ivo Brant", "Karl Hesse"], "2031-10-12", "Moscow")
    ]


def test_consultations_between_two_named_people_are_a_meeting(nlp, tmp_path):
    """Real model: "the round of security consultations between A and B, planned for March in Lomar, has been
    postponed" reported no meeting: "consultations" needed a light verb (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-16 By Desk\n\nThe round of strategic security consultations between Velkarian Security Council "
        "Secretary Ivo Brant and Chinese State Councilor Karl Hesse, set for early April in Minsk, has been "
        "postponed, the press service said on Monday.\n\nNo new date has been set.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert [(sorted(m["participant_names"]), m["status"]) for m in rows] == [(["Ivo Brant", "Karl Hesse"], "cancelled")]


@pytest.mark.parametrize("name", ["Elnur Qasimzada", "Tural Brantli"])
def test_a_name_right_after_counterparts_is_a_person(nlp, tmp_path, name):
    """Real model: "met his A and B counterparts X Y and Z W": the model read the first name as a body or a place,
    so one counterpart was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-07-11 By Desk\n\nNational Defense Minister Ivo Brant met with his Velkarian and Georgian "
        f"counterparts {name} and Olaf Berger on the margins of a summit in Lomar on Wednesday.\n",
    )
    assert meeting_people(tables) == {tuple(sorted(("Ivo Brant", name, "Olaf Berger")))}


def test_two_calls_received_from_two_people_are_one_call_each(nlp, tmp_path):
    """Real model: "received two telephone calls from A and from B" made one call of three, and "In the second
    call, the Minister and the envoy reviewed ..." a meeting in person (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-01-15 By Desk\n\nSayyid Ivo Brant, the Foreign Minister, received two telephone calls on Sunday "
        "from Velkarian Foreign Minister Karl Hesse and from the UK Special Envoy for Sudan, Olaf Berger.\n\nIn the second "
        "call, the Minister and the British envoy reviewed steps toward a settlement.\n",
    )
    rows = tables["meetings"].to_dict("records")
    assert sorted((sorted(m["participant_names"]), m["mode"]) for m in rows) == [
        (["Ivo Brant", "Karl Hesse"], "phone"),
        (["Ivo Brant", "Olaf Berger"], "phone"),
    ]


def test_signing_a_pact_with_someone_during_a_meeting_is_a_meeting_with_them(nlp, tmp_path):
    """Real model: "A and B signed the pact with C during a security meeting" reported no meeting: the sitting's
    verb had C after "with", not as its object (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-07-08 By Desk\n\nVelkarian Foreign Minister Ivo Brant and Defense Minister Karl Hesse signed the "
        "pact with Lomar's Defense Secretary Olaf Berger during a security meeting in Zorgrad.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse", "Olaf Berger")}


def test_in_a_separate_meeting_the_sides_are_the_one_followed_and_the_new_counterpart(nlp, tmp_path):
    """Real model: "A met B and discussed X. In a separate meeting with C, the sides discussed Y": the sides were taken
    as B and C, the guest of the meeting told before, not A (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-26 By Desk\n\nVelkarian Defence Minister Ivo Brant met with Indian Defence Minister Karl Hesse "
        "and discussed arms deals. In a separate meeting with Kazakh Defence Minister Colonel General Olaf "
        "Berger, the sides discussed plans for joint drills.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")}


def test_the_numbered_round_of_talks_of_two_is_one_sitting(nlp, tmp_path):
    """Real model: "A and B held the fourth round of talks on Tuesday" was read as a series of sittings, one per
    subject with nobody else, and the meeting was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-24 By Desk\n\nForeign Secretary Ivo Brant and Velkarian Foreign Secretary Karl Hesse held the "
        "fourth round of their consultations by video link on Tuesday.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_the_other_side_of_a_round_of_dialogue_hung_on_the_series_word(nlp, tmp_path):
    """Real model: "the next round of strategic dialogue with his X counterpart": the parse hangs "with" on "round",
    and "dialogue" alone is no trigger noun, so the planned sitting was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-24 By Desk\n\nEstonian Foreign Minister Ivo Brant met Latvian Foreign Minister Karl Hesse in "
        "Tallinn on Monday.\n\nBrant is expected to visit Riga in the autumn for the next round of strategic dialogue "
        "with his Latvian counterpart.\n",
    )
    assert {(m.status, tuple(sorted(m.participant_names))) for m in tables["meetings"].itertuples()} == {
        ("occurred", ("Ivo Brant", "Karl Hesse")),
        ("planned", ("Ivo Brant", "Karl Hesse")),
    }


def test_a_name_after_the_city_of_the_place_received_at_is_the_guest(nlp, tmp_path):
    """Real model: "received on Monday at the ministry in Abu Dhabi X Y, Under-Secretary of ...": the model
    ran the city into the guest's name and read both as a body, so the meeting had one side (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-14 By Desk\n\nHE Karl Hesse, Minister of State for Defence, received on Monday at the "
        "Defence Ministry's main building in Abu Dhabi Ivo Brant, Under-Secretary of State for Defence Affairs of the "
        "Velkarian Republic, and his delegation.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_a_post_reference_after_a_reference_subject_is_that_subject(nlp, tmp_path):
    """Real model: "the VCNS called on Vice Admiral Y. The Vice Admiral also called on Z": the latest sentence's
    first fitting person was taken to be Y, whose name came first there, when its subject was the visitor told by
    his post's abbreviation (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-06 By Desk\n\nVice Admiral Ivo Brant, Vice Chief of the Naval Staff, toured Kenya from 3 to 5 "
        "March. In Mombasa, the VCNS called on Vice Admiral Olaf Berger, Commander of the Kenya Navy, on 3 March.\n\n"
        "The Vice Admiral also called on Lt Gen Teodor Velk, Commander of the Kenya Army, on 4 March.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Olaf Berger"), ("Ivo Brant", "Teodor Velk")}


def test_admiral_in_chief_is_a_rank(nlp, tmp_path):
    """Real model: "held talks with the Strategic Commander ..., Admiral in Chief Y": the rank was unknown, so its
    last word was read as a post of its own and the name was lost to the meeting (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-02 By Desk\n\nOn Wednesday, General Ivo Brant conferred with the Navy's commander, "
        "Admiral in Chief Olaf Berger Lantar.\n",
    )
    ranks = tables["edges"][tables["edges"]["relation"] == "HAS_RANK"]
    assert "RANK:admiral-in-chief" in set(ranks["target"])
    assert meeting_people(tables) == {("Ivo Brant", "Olaf Berger Lantar")}


def test_a_street_of_an_address_is_no_person(nlp, tmp_path):
    """Real model: "called on X at 4, Rajaji Marg": the street of a South Asian address ("Marg", "Chowk") was read
    as a person and made a second meeting (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-08-25 By Desk\n\nForeign Minister Ivo Brant of Nepal called on Prime Minister Olaf Berger on "
        "Monday at 4, Rajaji Marg, in New Delhi.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Olaf Berger")}
    assert "Rajaji Marg" not in set(tables["nodes"]["name"])


def test_a_transcripts_speaker_is_its_i_and_tells_of_meetings_without_sitting(nlp, tmp_path):
    """Real model: a press conference transcript ("Minister X: ... I held a meeting with Y", then "I also met Z" in
    the next paragraph, "Spokesperson (Mr W): A meeting with V is scheduled"): the "I" of a turn is the speaker its
    tag names, and a speaker who only tells of a meeting is not at it (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-22 By Desk\n\nPress conference by Foreign Minister Ivo Brant\n\nMinister Brant: I came to "
        "the summit here in Lima. On its margins, I held talks with Mr. Olaf Berger, Foreign Minister of Peru, "
        "yesterday.\n\nI also held talks with Dr. Teodor Velk, Minister of External Relations of Chile, today.\n\n"
        "Spokesperson (Mr. Karl Hesse): A meeting between Minister Brant and the Home Minister, Helen Lomar, is "
        "scheduled for tomorrow.\n",
    )
    people = meeting_people(tables)
    assert {("Ivo Brant", "Olaf Berger"), ("Ivo Brant", "Teodor Velk")} <= people
    assert not any("Karl Hesse" in p for p in people)


def test_a_further_meeting_with_someone_is_one_more_of_the_storys_subject(nlp, tmp_path):
    """Real model: "X received Y. A further meeting with Z is planned for Thursday": a meeting noun with an
    indefinite article and nobody before it was taken for nobody's (only "the meeting with Z" and "a planned
    meeting" stood for the story's subject), and then for the last guest's, since X had hosted (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-20 By Desk\n\nCommissioner Ivo Brant yesterday met Australian High Commissioner Karl Hesse at "
        "the police headquarters in Honiara.\n\nLater in the afternoon, Commissioner Brant separately received Papua "
        "New Guinea's High Commissioner Dame Mira Stenz, who updated him on the rotation of the contingent.\n\nA "
        "further meeting with Tonga's High Commissioner Olaf Berger is planned for next week.\n",
    )
    meetings = tables["meetings"]
    planned = meetings[meetings["status"] == "planned"]
    assert [sorted(p) for p in planned["participant_names"]] == [["Ivo Brant", "Olaf Berger"]]
    assert meeting_people(tables) == {
        ("Ivo Brant", "Karl Hesse"),
        ("Ivo Brant", "Mira Stenz"),
        ("Ivo Brant", "Olaf Berger"),
    }


def test_a_sitting_of_unnamed_delegations_of_other_countries_is_nobodys_told_before(nlp, tmp_path):
    """Real model: "A and B met on Sunday. A meeting between the C and D delegations was called off": nobody of C or
    D had been named, so the plural phrase was read as the last sitting's two, a cancelled meeting of A and B
    (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-11-20 By Desk\n\nKuwait's Minister of Defence, Sheikh Ivo Brant, and the Italian Minister of "
        "Defence, Olaf Berger, met in Manama on Sunday.\n\nA meeting between the Omani and Qatari delegations "
        "scheduled for Monday was called off.\n",
    )
    assert tables["meetings"]["status"].tolist() == ["occurred"]
    assert meeting_people(tables) == {("Ivo Brant", "Olaf Berger")}


def test_letters_set_off_by_commas_after_a_name_are_no_bodies(nlp, tmp_path):
    """Real model: "General X, PVSM, AVSM, SM, Vice Chief of the Army Staff": the model read the medal letters set off by
    commas as bodies, two organisation nodes named "AVSM" and "SM" (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-21 By Desk\n\nGeneral Ivo Brant, PVSM, AVSM, SM, Vice Chief of the Army Staff, arrived in "
        "Nepal on Monday for talks at the Nepal Army headquarters.\n",
    )
    orgs = set(tables["mentions"][tables["mentions"]["label"] == "ORG"]["text"])
    assert orgs and not orgs & {"PVSM", "AVSM", "SM"}


def test_a_visit_that_includes_a_meeting_with_someone_is_the_visitors(nlp, tmp_path):
    """Real model: "X will travel to Y for talks with Z. The visit would also include a meeting with W": the visit's
    programme named a sitting with W whose other side was nobody, since a visit as subject was taken for no side
    (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-01-10 By Desk\n\nPrime Minister Ivo Brant plans to travel to Amman next week for talks with "
        "Jordanian Foreign Minister Olaf Berger.\n\nOfficials said the visit would also include a meeting with "
        "Jordanian Prime Minister Teodor Velk.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Olaf Berger"), ("Ivo Brant", "Teodor Velk")}
    assert set(tables["meetings"]["status"]) == {"planned"}


def test_a_post_reference_that_met_several_separately_is_found_before_the_people_met(nlp, tmp_path):
    """Real model: "the Chief of Staff then separately met with A and with B": the people met filled the two sides
    before the reference was read, so it stood for nobody and the separate meetings were dropped (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-11-15 By Desk\n\nThe Navy Chief of Staff, LTG Ivo Brant, ended on Thursday a visit to Cyprus as "
        "a guest of the Chief of the National Guard, GEN Olaf Berger.\n\nOn Tuesday, LTG Brant held talks with GEN "
        "Berger in Nicosia.\n\nWhile in Nicosia, the Chief of Staff separately met with the Defence Minister, Mr. "
        "Teodor Velk, and with the Deputy Defence Minister, Mr. Karl Hesse.\n",
    )
    people = meeting_people(tables)
    assert people == {("Ivo Brant", "Olaf Berger"), ("Ivo Brant", "Teodor Velk"), ("Ivo Brant", "Karl Hesse")}


def test_samoan_forms_of_address_are_no_part_of_the_name(nlp, tmp_path):
    """Real model: "The Prime Minister, Afioga X Y, received Z ... Afioga Y held a video call with W": the Samoan
    form of address was read as the given name, and the person was two nodes (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-04 By Desk\n\nThe Prime Minister, Afioga Ivo Brant, received the Ambassador of China, His "
        "Excellency Olaf Berger, at his residence in Apia on Friday.\n\nOn Saturday, Afioga Brant held a video call "
        "with New Zealand's Associate Minister of Defence, Hon. Teodor Velk.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Olaf Berger"), ("Ivo Brant", "Teodor Velk")}


def test_a_head_of_governments_irish_post_told_again_is_its_holder(nlp, tmp_path):
    """Real model. Class: "The Tánaiste and Minister for Foreign Affairs, X, was in ... the Tánaiste had talks with
    Y": the Irish post was read as a body, so the later "the Tánaiste" meant nobody and the meetings were lost or
    given to the wrong side; a two-word post written with "the" before "and" another post is the name's title too."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-13 By Desk\n\nThe Tánaiste and Minister for Defence, Ivo Brant, today attended a council "
        "in Zorgrad.\n\nAt the summit, the Tánaiste had bilateral talks with the Minister of "
        "Defence of Poland, Karl Hesse.\n\nOn Monday the Tánaiste also spoke by telephone with the "
        "Estonian Minister of Defence, Olaf Berger.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse"), ("Ivo Brant", "Olaf Berger")}
    titles = tables["edges"][tables["edges"]["relation"] == "HOLDS_TITLE"]
    assert "TITLE:tanaiste" in set(titles["target"])


def test_a_company_officer_is_one_person_with_or_without_the_post(nlp, tmp_path):
    """Real model. Class: "Velkar Group CEO X Y ... later, the minister met Y": the officer's post was read into
    the name, so the executive was two people and a meeting had a participant no gold name matched."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-18 By Desk\n\nDefence Minister Ivo Brant met Velkar Group CEO Karl Hesse on the sidelines of "
        "the air show in Zorgrad on Monday.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_a_plan_told_after_the_visit_it_belonged_to_was_postponed_is_called_off(nlp, tmp_path):
    """Real model. Class: "A planned visit to Zorgrad by Velkaria's deputy minister, X, has been postponed
    indefinitely. X had been due to meet Y on Thursday": the postponed visit named one side only, so the plan told
    after it stayed planned."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-08 By Desk\n\nA planned visit to Zorgrad by Velkaria's deputy minister of defence, Ivo Brant, "
        "has been postponed indefinitely, the ministry confirmed last night.\n\nMr Brant had been due to meet the "
        "Minister for Defence, Karl Hesse, on Thursday about the safety of peacekeepers.\n",
    )
    (plan,) = tables["meetings"].to_dict("records")
    assert sorted(plan["participant_names"]) == ["Ivo Brant", "Karl Hesse"]
    assert plan["status"] == "cancelled"


def test_a_form_of_address_alone_after_the_verb_is_the_one_named_with_it(nlp, tmp_path):
    """Real model. Class: "X handed the letter over as he was received in audience by His Highness": the form of address,
    not the subject, was read as the person named last (the message's sender), not the one the page named "His
    Highness"."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-09-28 By Desk\n\nHis Highness Sayyid Ivo bin Karl Brant, Deputy Prime Minister for Defence "
        "Affairs, received a written message from Olaf Berger, President of Velkaria.\n\nThe message was handed "
        "over by Teodor Velk, Ambassador of Velkaria, as he was received in audience by His Highness at the ministry "
        "today.\n",
    )
    assert meeting_people(tables) == {("Ivo bin Karl Brant", "Teodor Velk")}


def test_the_mediator_of_talks_sat_at_them(nlp, tmp_path):
    """Real model. Class: "A met B in Zorgrad on Thursday under the mediation of X": the mediator was no side of
    the talks he mediated (GOLD: attendees are participants)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-23 By Desk\n\nIvo Brant met Karl Hesse in Zorgrad on Thursday under the mediation of Olaf "
        "Berger.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse", "Olaf Berger")}


def test_the_two_before_an_adverb_that_parses_as_their_head_are_the_sides_told(nlp, tmp_path):
    """Real model: "The two last met in Zorgrad on 13 May": the parser made "last" the subject's head, so the
    earlier meeting of the two named before was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-01 By Desk\n\nDefence Minister Ivo Brant held phone talks with Lomari Defence Secretary "
        "Karl Hesse on Wednesday.\n\nThe two last met in person in Zorgrad on 13 May.\n",
    )
    dated = {
        (tuple(sorted(m["participant_names"])), m["mode"], m["date"]) for m in tables["meetings"].to_dict("records")
    }
    assert dated == {
        (("Ivo Brant", "Karl Hesse"), "phone", "2031-05-28"),
        (("Ivo Brant", "Karl Hesse"), "in_person", "2031-05-13"),
    }


def test_a_bare_name_the_parser_joined_to_the_next_posts_country_is_a_side(nlp, tmp_path):
    """Real model: "held a trilateral meeting with Velk and U.S. Defense Secretary X": the parser joined the bare
    name to "U.S." as a modifier of the next person's post, so the third side of the sitting was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-04 By Desk\n\nDefence Minister Ivo Brant met his Lomari counterpart, Teodor Velk, on Sunday."
        "\n\nBrant also held a trilateral meeting with Velk and U.S. Defense Secretary Olaf Berger on Saturday.\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Teodor Velk"), ("Ivo Brant", "Olaf Berger", "Teodor Velk")}


@pytest.mark.parametrize(
    "address, name",
    [
        ("Mullah", "Ivo Brant"),
        ("Mawlawi", "Ivo Brant"),
        ("Maulvi", "Ivo Brant"),
        ("Qari", "Ivo Brant"),
        # a ruler's title word after the form of address is the given name
        ("Mawlawi", "Amir Ivo Brant"),
    ],
)
def test_a_religious_form_of_address_is_no_part_of_the_name(nlp, tmp_path, address, name):
    """Real model: "Acting Minister Mawlawi X Y": the form of address was kept as the given name, so the person
    matched nobody named without it (class; honorifics are not part of a name)."""
    tables = read_article(
        nlp,
        tmp_path,
        f" date 2031-06-04 By Desk\n\nActing Foreign Minister {address} {name} met the Velkarian envoy, "
        "Karl Hesse, in Kabul on Monday.\n",
    )
    assert meeting_people(tables) == {(name, "Karl Hesse")}


def test_a_post_held_in_a_country_then_its_holders_name_is_one_person(nlp, tmp_path):
    """Real model: "met with the Polish Ambassador to Georgia X Y": the post was read as a reference of its own, so
    the Polish minister named before joined the meeting beside the ambassador (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-15 By Desk\n\nPolish Minister of National Defense Ivo Brant has put off his trip to Zorgrad, "
        "where he was to see Defense Minister Karl Hesse.\n\nDeputy Defense Minister Olaf Berger met on Tuesday "
        "with the Polish Ambassador to Georgia Mira Stenz instead.\n",
    )
    assert ("Mira Stenz", "Olaf Berger") in meeting_people(tables)
    assert not any("Ivo Brant" in people and "Mira Stenz" in people for people in meeting_people(tables))


def test_a_surname_the_tagger_read_as_a_plural_still_calls_on_others(nlp, tmp_path):
    """Real model: "Brantes also paid a courtesy call on X": a surname ending in "-es" at a sentence's start was tagged
    a plural noun and reduced to "brante", so the guest's call-ons were lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-11-04 By Desk\n\nDefense Secretary Ivo Brantes met Velkarian Defense Minister Karl Hesse in "
        "Zorgrad on Friday.\n\nBrantes also paid a courtesy call on Velkarian Armed Forces Chief of Staff Gen. "
        "Olaf Berger, and separately met Security Council secretary Teodor Velk.\n",
    )
    assert meeting_people(tables) == {
        ("Ivo Brantes", "Karl Hesse"),
        ("Ivo Brantes", "Olaf Berger"),
        ("Ivo Brantes", "Teodor Velk"),
    }


@pytest.mark.parametrize("vessel", ["corvette", "frigate"])
def test_a_ship_welcomed_in_a_ceremony_is_no_meeting_of_those_present(nlp, tmp_path, vessel):
    """Real model: "The navy's newest corvette was welcomed in ceremonies attended by A, B and C": with no side named
    for the welcome, everyone present was read as a sitting (class; GOLD: ceremonies attended together are no
    meeting)."""
    tables = read_article(
        nlp,
        tmp_path,
        f" date 2031-11-09 By Desk\n\nThe Velkarian Navy's newest {vessel}, BRP Mira Stenz, was formally welcomed "
        "on November 8 in ceremonies at Kestrel Pier attended by Defense Secretary Karl Hesse, Lomari Ambassador "
        "Olaf Berger and Fleet Commander Vice Admiral Teodor Velk.\n",
    )
    assert meeting_people(tables) == set()


@pytest.mark.parametrize(
    "lead, day",
    [
        (
            "Defence Minister Ivo Brant held a telephone conversation with his Velkarian counterpart Karl Hesse.",
            "2031-04-18",
        ),
        ("Defence Minister Ivo Brant was received by President of Velkaria Karl Hesse.", "2031-04-18"),
        # the perfect leaves the day open
        ("Defence Minister Ivo Brant has received the Velkarian Ambassador, Karl Hesse.", None),
    ],
)
def test_a_readout_under_its_page_date_is_of_that_day(nlp, tmp_path, lead, day):
    """Real model: a ministry's page dated above its headline whose first sentence tells a meeting in the simple past
    with no day named: the meeting was held the day the page reports it, as under a dispatch dateline (class; GOLD:
    the dispatch dateline dates a story that reports the event as just held)."""
    tables = read_article(
        nlp,
        tmp_path,
        f"Ministry of Defence of Velkaria\n\n18.04.2031\n\nMinister holds talks with Velkarian counterpart\n\n{lead}"
        "\n\nThe sides discussed training and supplies.\n",
    )
    (meeting,) = tables["meetings"].to_dict("records")
    assert (None if pd.isna(meeting["date"]) else meeting["date"]) == day


def test_a_call_on_after_a_dated_lead_takes_no_page_date(nlp, tmp_path):
    """Real model: only the lead sentence of a page that names no day takes the page's date; a call-on told after a
    dated lead is not of the page's day."""
    tables = read_article(
        nlp,
        tmp_path,
        "Ministry of Defence of Velkaria\n\n18.04.2031\n\nMinister visits Lomaria\n\nDefence Minister Ivo Brant held "
        "talks with Lomari Defence Minister Karl Hesse in Zorgrad on Tuesday.\n\nBrant also called on Chief of the "
        "General Staff General Olaf Berger at the General Staff headquarters.\n",
    )
    dated = {tuple(sorted(m["participant_names"])): m["date"] for m in tables["meetings"].to_dict("records")}
    assert dated[("Ivo Brant", "Karl Hesse")] == "2031-04-15"
    assert pd.isna(dated[("Ivo Brant", "Olaf Berger")])


def test_the_raksha_mantri_is_the_holder_of_that_post_not_the_last_minister_named(nlp, tmp_path):
    """Real model: "On January 18, Raksha Mantri spoke with X", "Y called on the Raksha Mantri": the Hindi post named
    no post a person had to hold, so it stood for the last minister named, the guest (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-01-20 By Desk\n\nRaksha Mantri Shri Ivo Brant met the Minister of National Defence of Vietnam "
        "General Karl Hesse in New Delhi on January 16.\n\nOn January 18, Raksha Mantri spoke by telephone to the "
        "Defence Secretary of the United Kingdom Mr Olaf Berger.\n\nThe Army chief, General Teodor Velk, called on "
        "the Raksha Mantri on Friday.\n",
    )
    assert meeting_people(tables) == {
        ("Ivo Brant", "Karl Hesse"),
        ("Ivo Brant", "Olaf Berger"),
        ("Ivo Brant", "Teodor Velk"),
    }


@pytest.mark.parametrize(
    "text, pair, mode",
    [
        (
            "Velkarian Foreign Minister Mira Stenz and her Lomari counterpart Helen Lomar agreed on Wednesday in a "
            "phone call to strengthen cooperation between their coast guards.",
            ("Helen Lomar", "Mira Stenz"),
            "phone",
        ),
        (
            "Defence Minister Karl Hesse and his Zorgradi counterpart Olaf Berger agreed during talks in Velm on "
            "Monday to expand joint patrols.",
            ("Karl Hesse", "Olaf Berger"),
            "in_person",
        ),
    ],
)
def test_two_named_subjects_who_agreed_in_a_sitting_told_after_the_verb_met(nlp, tmp_path, text, pair, mode):
    """Real model: "A and her counterpart B agreed Wednesday in a phone call to ...": only a sitting named before
    the clause ("In talks at the ministry, A and B agreed") made its two named subjects meet (class)."""
    tables = read_article(nlp, tmp_path, f" date 2031-06-05 By Desk\n\n{text}\n")
    (row,) = tables["meetings"].to_dict("records")
    assert tuple(sorted(row["participant_names"])) == pair and row["mode"] == mode


def test_two_ministers_welcoming_a_thing_hold_no_sitting_of_their_own(nlp, tmp_path):
    """Real model: a video call, then "the ministry said both ministers welcomed the strong participation of their
    forces in Exercise X": the reaction was read as an in-person meeting of the two beside the call (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-03 By Desk\n\nVELM, June 3 - Defence Minister Karl Hesse held a video call with Velkarian "
        "Minister for the Armed Forces Olaf Berger yesterday to discuss cooperation.\n\nIn a statement today, the "
        "ministry said both ministers welcomed the strong participation of their forces in Exercise Kestrel Lance "
        "2031.\n",
    )
    (row,) = tables["meetings"].to_dict("records")
    assert row["mode"] == "video" and row["date"] == "2031-06-02"


@pytest.mark.parametrize(
    "text",
    [
        "Hak Cipta © 2031 Kementerian Pertahanan. All Rights Reserved.",
        "At the PM House, the prime minister assured the visiting general of support.",
        "General Ivo Brant also called on the land force commander, Brigadier General Karl Hesse, and visited the "
        "Lomar Garrison.",
        "Join ST's WhatsApp Channel and get the latest news and must-reads.",
        "Since August 2017, more than 750,000 people have fled to Lomar following a military crackdown in Velkaria's "
        "Kachora State.",
    ],
)
def test_rights_words_residences_garrisons_channels_and_states_are_no_persons(nlp, tmp_path, text):
    # class: a copyright footer in Malay ("Hak Cipta"), a head of government's residence after a post's abbreviation
    # ("the PM House": a person "House"), a garrison's name, a channel promo ("WhatsApp Channel": a person "App
    # Channel") and a state of a federation ("X State") were read as persons
    tables = read_article(nlp, tmp_path, f" date 2031-06-05 By Desk\n\nKarl Hesse met Ivo Brant in Velm.\n\n{text}\n")
    nodes = tables["nodes"]
    assert sorted(nodes.loc[nodes["type"] == "PERSON", "name"]) == ["Ivo Brant", "Karl Hesse"]


def test_a_passive_call_on_whose_agent_the_parser_hung_on_the_phrase_before_it_is_a_meeting(nlp, tmp_path):
    """Real model: "The CDS was received on arrival by the Theatre Commander, Major General X": the parser hung "by
    X" on "arrival", so the passive had no agent and the guest's reception was lost (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-04-28 By Desk\n\nThe Chief of Defence Staff (CDS), General Ivo Brant, has paid a courtesy call "
        "on the Governor of Velm, Karl Hesse, at the Government House in Velm.\n\nThe CDS was received on arrival by "
        "the Theatre Commander, Major General Olaf Berger, who briefed him on recent operations.\n",
    )
    hosts = {tuple(sorted(m["participant_names"])): m["host_name"] for m in tables["meetings"].to_dict("records")}
    assert hosts == {("Ivo Brant", "Karl Hesse"): "Karl Hesse", ("Ivo Brant", "Olaf Berger"): "Olaf Berger"}


@pytest.mark.parametrize("name", ["Velmorski Gap", "Łomża Gap"])
def test_a_strip_of_land_named_a_gap_is_no_person(nlp, tmp_path, name):
    """Real model: "ministers discuss X Gap in Brussels", "the defence of the X Gap": a stretch of border named
    after a town was read as a person (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        f" date 2031-06-05 By Desk\n\nLomari and Velkarian ministers discuss {name} in Brussels\n\nThe {name}, the "
        "stretch of the border, is often described as the most vulnerable point on the eastern flank.\n\nThe "
        f"ministers discussed the defence of the {name}, the Lomari Ministry of National Defence said.\n",
    )
    assert "PERSON" not in set(tables["nodes"]["type"])


@pytest.mark.parametrize(
    "text",
    [
        "Estonian Foreign Minister Olaf Berger and Lithuanian Foreign Minister Teodor Velk addressed the "
        "conference's opening panel.",
        "A panel on ammunition brought together the Director General for Armaments of France, Olaf Berger, the "
        "Secretary General of Defence of Italy, General Teodor Velk, and industry representatives.",
        "The forum brought together Olaf Berger and Teodor Velk.",
    ],
)
def test_speakers_at_an_event_hold_no_sitting_of_their_own(nlp, tmp_path, text):
    """Real model: "A and B addressed the conference's opening panel", "A panel on X brought together A, B and
    industry representatives": people who spoke at an event together were read as a meeting (GOLD: attending an
    event together is no meeting) (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        f" date 2031-10-11 By Desk\n\nVELM - Defense Minister Karl Hesse received Ivo Brant on Friday.\n\n{text}\n",
    )
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse")}


def test_the_chair_of_a_sitting_and_the_leaders_of_its_delegations_told_next_met(nlp, tmp_path):
    """Real model: "X chaired a tripartite meeting with senior officers of A and B. The A delegation was headed by
    Y, while the B delegation was led by Z": only Y and Z made a meeting, without the chair, its day or place
    (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-01-22 By Desk\n\nForce Commander Major General Karl Hesse on Monday chaired a regular tripartite "
        "meeting with senior officers of the Lomari Armed Forces and the Velkarian Defense Forces at the crossing in "
        "Velm.\n\nThe Lomari delegation was headed by Brigadier General Ivo Brant, while the Velkarian delegation was "
        "led by Brigadier General Olaf Berger.\n",
    )
    (row,) = tables["meetings"].to_dict("records")
    assert sorted(row["participant_names"]) == ["Ivo Brant", "Karl Hesse", "Olaf Berger"]
    assert row["date"] == "2031-01-20" and row["location"] == "Velm"


def test_the_visitors_of_a_sitting_of_three_who_meet_another_are_all_its_guests(nlp, tmp_path):
    """Real model: "A hosted B and C. Following the meeting, the visitors held talks with D": "the visitors" stood
    for B alone, so the second sitting missed C (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-02-05 By Desk\n\nVelm - General Karl Hesse hosted the army chief of Zorgrad, General Ivo Brant, "
        "and the defence chief of Lomar, Lieutenant General Olaf Berger, at the headquarters on 3 February.\n\n"
        "Following the meeting, the visitors held talks with the Chief of Staff, Lieutenant General Mira Stenz, on "
        "the new force model.\n",
    )
    hosts = {tuple(sorted(m["participant_names"])): m["host_name"] for m in tables["meetings"].to_dict("records")}
    assert hosts == {
        ("Ivo Brant", "Karl Hesse", "Olaf Berger"): "Karl Hesse",
        ("Ivo Brant", "Mira Stenz", "Olaf Berger"): "Mira Stenz",
    }


def test_a_visit_called_off_in_a_sentence_reported_yesterday_calls_off_its_plans(nlp, tmp_path):
    """Real model: "A planned visit by a delegation led by X has been postponed, officials said yesterday. X was
    scheduled to meet Y ...": the day of the report was read as a new day for the visit, so the plan stayed planned
    (GOLD: postponed with no new date is cancelled) (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-01-15 By Desk\n\nA planned visit by a Velkarian military delegation led by Lieutenant General Ivo "
        "Brant has been postponed, foreign ministry officials said yesterday.\n\nLt Gen Ivo Brant was scheduled to "
        "meet the Principal Staff Officer of the Armed Forces Division Lieutenant General Karl Hesse in Dhaka on "
        "January 19 to discuss border management.\n",
    )
    (row,) = tables["meetings"].to_dict("records")
    assert sorted(row["participant_names"]) == ["Ivo Brant", "Karl Hesse"] and row["status"] == "cancelled"


@pytest.mark.parametrize("surname", ["Medina", "Lima", "Paris"])
def test_a_surname_that_is_a_citys_name_after_a_rank_is_the_person_named_before(nlp, tmp_path, surname):
    """Real model: "Vice Admiral Jose Cabral X" and then "Vice Admiral X also paid a courtesy call on Y", X a city's
    name: the bare surname was read as the place, so the second call-on had one side (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-11-12 By Desk\n\nBolkiah Garrison, 12 November 2031 - Pehin Karl Hesse, Minister of Defence II, "
        "received a courtesy call from the Flag Officer in Command of the Velkarian Navy, Vice Admiral Jose Ma. "
        f"Cabral {surname}, at the Ministry of Defence.\n\nThe call was an opportunity to discuss the close defence "
        f"relationship between the two countries.\n\nVice Admiral {surname} also paid a courtesy call on the "
        "Commander of the Royal Brunei Navy, First Admiral Dato Seri Pahlawan Ivo Brant, at Muara Naval Base.\n",
    )
    guest = f"Jose Ma. Cabral {surname}"
    assert meeting_people(tables) == {tuple(sorted(("Karl Hesse", guest))), tuple(sorted(("Ivo Brant", guest)))}


def test_a_plan_agreed_after_a_meeting_that_names_a_country_for_no_trip_is_no_visit(nlp, tmp_path):
    """Real model: '"We agreed to ... increase the number of our officers attending courses in Australia," X said
    after the meeting': the country of the courses was read as a visit X agreed to pay to the Australian guest's
    country, a planned meeting of the two (class)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-03-11 By Desk\n\nJakarta - Indonesian Defence Minister Karl Hesse received Australian Minister "
        "for Defence Ivo Brant at the Ministry of Defence office in Jakarta on Tuesday to discuss maritime security."
        '\n\n"We agreed to strengthen coordinated maritime patrols and to increase the number of Indonesian officers '
        'attending courses in Australia," Hesse said after the meeting.\n',
    )
    (row,) = tables["meetings"].to_dict("records")
    assert row["status"] == "occurred" and row["host_name"] == "Karl Hesse"


def test_the_sides_agreeing_to_hold_a_meeting_of_others_plan_no_sitting_of_their_own(nlp, tmp_path):
    """Real model: after a call, "The two sides also agreed to hold a meeting of military experts in X": the experts'
    sitting was read as a planned meeting of the two ministers (class); a meeting of ministers they hold stays."""
    text = (
        " date 2031-07-08 By Desk\n\nVelm, July 8 - Defence Minister Karl Hesse discussed on Tuesday with Zorgradi "
        "Defence Minister Ivo Brant, in a video call, coordination to secure the joint border.\n\nThe two sides also "
        "agreed to hold a meeting of military experts in Baghdad at a later date.\n"
    )
    (tmp_path / "experts").mkdir(), (tmp_path / "ministers").mkdir()
    tables = read_article(nlp, tmp_path / "experts", text)
    assert [m["status"] for m in tables["meetings"].to_dict("records")] == ["occurred"]
    ministers = text.replace("of military experts in Baghdad at a later date", "of the defence ministers in Velm")
    tables = read_article(nlp, tmp_path / "ministers", ministers)
    assert sorted(m["status"] for m in tables["meetings"].to_dict("records")) == ["occurred", "planned"]


def test_a_headline_meeting_beside_a_video_call_with_a_capital_keeps_its_own_mode(nlp, tmp_path):
    """Real model: "Nordic defence ministers meet in Helsinki, hold video call with Kyiv" over a story of their
    sitting and a later call: the call's mode went to the headline's meeting, so the sitting was told twice, once
    as a video call (class)."""
    text = (
        "Velm Radio | News | Sport\nNews > Finland\n\nNordic defence ministers meet in Helsinki, hold video call with "
        "Kyiv\n\nFinland's defence minister hosted his Swedish and Norwegian counterparts on Wednesday for talks on "
        "joint air defence in the north.\n\nVelm Radio\n11.9.2031 17:22 | updated 11.9.2031 18:05\n\nDefence "
        "Minister Karl Hesse met Sweden's Ivo Brant and Norway's Mira Stenz at the House of the Estates in Helsinki "
        "on Wednesday.\n\nThe three ministers discussed pooling air defence assets in Lapland, Hesse told reporters "
        "after the meeting.\n\nLater the same afternoon the three ministers held a video call with Ukrainian "
        "Minister of Defence Olaf Berger on winter preparations and drone production.\n"
    )
    tables = read_article(nlp, tmp_path, text)
    modes = sorted((tuple(sorted(m["participant_names"])), m["mode"]) for m in tables["meetings"].to_dict("records"))
    assert modes == [
        (("Ivo Brant", "Karl Hesse", "Mira Stenz"), "in_person"),
        (("Ivo Brant", "Karl Hesse", "Mira Stenz", "Olaf Berger"), "video"),
    ]


def test_the_one_a_country_was_represented_by_sat_in_the_session_told(nlp, tmp_path):
    """Real model: "Defence ministers of the X Initiative met in Lomé. Nigeria was represented by the Minister of
    Defence, Y. Z chaired the session, which was also attended by A and B": only "represented at the meeting by Y"
    put Y at the sitting, so the session lost the one who represented a country (class)."""
    text = (
        " date 2031-05-16 By Desk\n\nDefence ministers of the Velm Initiative member states met in Lomé, Togo, on "
        "Thursday to review the security situation.\n\nNigeria was represented by the Minister of Defence, Alhaji "
        "Karl Hesse. Togo's Minister Delegate for the Armed Forces, Ivo Brant, chaired the session, which was also "
        "attended by Ghana's Mira Stenz and the Ivorian minister, Olaf Berger.\n"
    )
    tables = read_article(nlp, tmp_path, text)
    assert meeting_people(tables) == {("Ivo Brant", "Karl Hesse", "Mira Stenz", "Olaf Berger")}


def test_a_visit_the_two_confirmed_they_would_prepare_is_a_plan_three_paragraphs_after_their_call(nlp, tmp_path):
    """Real model: "The two Ministers confirmed that they would coordinate toward X's visit to Y in October", three
    paragraphs after their call: only "agreed" told a plan the sitting settled, so a visit told this far after the
    call was no meeting (class); a visit merely mentioned that far on still is none."""
    text = (
        " date 2031-07-17 By Desk\n\nOn July 16, Ms. Mira Stenz, Minister for Foreign Affairs of Norway, held a "
        "telephone talk with H.E. Mr. Karl Hesse, Deputy Prime Minister and Minister of Foreign Affairs of Chile."
        "\n\n1. Minister Stenz stated that Chile is an important partner for Norway in South America.\n\n2. Deputy "
        "Prime Minister Hesse expressed his appreciation for Norway's support in the field of critical minerals.\n\n"
        "3. The two Ministers {} toward Deputy Prime Minister Hesse's visit to Norway in October.\n"
    )
    (tmp_path / "settled").mkdir(), (tmp_path / "told").mkdir()
    tables = read_article(nlp, tmp_path / "settled", text.format("confirmed that they would coordinate"))
    rows = sorted(tables["meetings"].to_dict("records"), key=lambda m: m["status"])
    assert [(m["status"], m["mode"]) for m in rows] == [("occurred", "phone"), ("planned", "in_person")]
    assert rows[1]["host_name"] == "Mira Stenz"
    tables = read_article(nlp, tmp_path / "told", text.format("noted the long history of ministers' visits and looked"))
    assert [m["status"] for m in tables["meetings"].to_dict("records")] == ["occurred"]


def test_a_headline_bare_name_hosting_someone_next_week_is_a_plan_of_the_two(nlp, tmp_path):
    """Real model: a headline "Brant to host Indonesian counterpart Hesse next week; deal on table" over a story
    that names the two later: the bare name before the infinitive (hung on it as a bare `dep`) was no side, the
    clause after the semicolon lent the verb its subject, and a headline's bare name could only stand for someone
    named before it (class)."""
    text = (
        "Brant to host Indonesian counterpart Hesse next week; missile deal on table\n\nBy Desk, New Delhi\n"
        "Aug 07, 2031 10:15 PM IST\n\nIndonesia's defence minister is expected in India next week, people aware of "
        "the matter said on Friday.\n\nLieutenant General (retd) Karl Hesse will lead a delegation of senior "
        "Indonesian defence officials, they said, and Defence Minister Ivo Brant will receive them.\n"
    )
    tables = read_article(nlp, tmp_path, text)
    rows = tables["meetings"].to_dict("records")
    assert [(sorted(m["participant_names"]), m["host_name"], m["status"]) for m in rows] == [
        (["Ivo Brant", "Karl Hesse"], "Ivo Brant", "planned")
    ]


def test_a_persons_trip_to_the_other_sides_country_postponed_is_a_called_off_visit(nlp, tmp_path):
    """Real model: after a video call of A and Pakistan's B, "Gen A's trip to Pakistan, initially planned for April,
    was postponed indefinitely": only "visit" spoke of a sitting, so the trip was no meeting (class); a trip of
    someone's not on its way to the other side stays none."""
    text = (
        " date 2031-05-30 By Desk\n\nChief of Defence Forces General Karl Hesse and Pakistan's Chairman Joint "
        "Chiefs of Staff Committee General Ivo Brant on Thursday held talks in a video call.\n\nThe two generals "
        "discussed slots for officers at staff colleges.\n\nGen Hesse's trip to {}, initially planned for April, "
        "was postponed indefinitely due to scheduling conflicts, the statement said.\n"
    )
    (tmp_path / "pakistan").mkdir(), (tmp_path / "norway").mkdir()
    tables = read_article(nlp, tmp_path / "pakistan", text.format("Pakistan"))
    rows = sorted(tables["meetings"].to_dict("records"), key=lambda m: m["status"])
    assert [(m["status"], m["mode"], m["host_name"]) for m in rows] == [
        ("cancelled", "in_person", "Ivo Brant"),
        ("occurred", "video", None),
    ]
    tables = read_article(nlp, tmp_path / "norway", text.format("Norway"))
    assert [m["status"] for m in tables["meetings"].to_dict("records")] == ["occurred"]


def test_a_reference_naming_a_country_of_several_words_names_that_country_not_a_shorter_one():
    # class: "hosted his South Sudan counterpart": the reference was read word by word, so it named Sudan, and the
    # person of South Sudan named next was passed over for someone else of unknown country
    assert relate._country_named("his South Sudan counterpart") == "South Sudan"
    assert relate._country_named("his South Sudanese counterpart") == "South Sudan"
    assert relate._country_named("his Sri Lankan counterpart") == "Sri Lanka"
    assert relate._country_named("Thailand's defence minister") == "Thailand"
    assert relate._country_named("the visiting minister") is None


@pytest.mark.parametrize("acronym", ["CEMA", "JEMAD"])
def test_a_visitor_who_made_a_visit_abroad_and_then_calls_by_the_acronym_of_his_post(nlp, tmp_path, acronym):
    """Real model: "The Chief of Defence Staff (CEMA), Admiral X, has made an official visit to Mauritania": a visit
    made (no "visited", no "on a visit") left X no traveller, so X's country was guessed as the one visited and no
    one hosted the talks held there (class); "On Thursday, the CEMA called on Y": the acronym of X's post given in
    brackets was no one (class)."""
    text = (
        f" date 2031-05-29 By Desk\n\nLisbon, 29 May 2031\n\nThe Chief of Defence Staff ({acronym}), Admiral Karl "
        "Hesse, has made an official visit to Mauritania this week.\n\nOn Wednesday, Hesse held talks in Nouakchott "
        "with the Chief of General Staff of the Armed Forces of Mauritania, General Ivo Brant.\n\nOn Thursday, the "
        f"{acronym} called on the Mauritanian Minister of Defence, Olaf Berger, who thanked Portugal for its support.\n"
    )
    tables = read_article(nlp, tmp_path, text)
    rows = sorted(tables["meetings"].to_dict("records"), key=lambda m: m["date"])
    assert [(sorted(m["participant_names"]), m["host_name"], m["date"]) for m in rows] == [
        (["Ivo Brant", "Karl Hesse"], "Ivo Brant", "2031-05-28"),
        (["Karl Hesse", "Olaf Berger"], "Olaf Berger", "2031-05-29"),
    ]


def test_only_the_acronym_of_a_whole_post_stands_for_its_holder():
    # a body named inside the post ("the RCAF was ready to host ...") is the body, not the one who heads it
    from pipeline.nlp.entities import acronym_in

    assert acronym_in("CEMA", "Chief of Defence Staff (CEMA)", whole_post=True)
    assert acronym_in("EUSR", "EU Special Representative for the South Caucasus", whole_post=True)
    assert not acronym_in("RCAF", "Commander-in-Chief of the Royal Cambodian Armed Forces", whole_post=True)
    assert not acronym_in("RCAF", "Commander-in-Chief of the Royal Cambodian Armed Forces (RCAF)", whole_post=True)
    assert not acronym_in("RCAF", "RCAF Commander", whole_post=True)
    assert not acronym_in("RCAF", "Royal Cambodian Armed Forces Commander-in-Chief", whole_post=True)
    assert acronym_in("CDF", "Chief of Defence Forces", whole_post=True)
    assert acronym_in("RCAF", "Commander-in-Chief of the Royal Cambodian Armed Forces")


@pytest.mark.parametrize("surname", ["Stenz", "Vasquez-Hale"])
def test_a_pronoun_in_what_a_bare_surname_said_is_that_person(nlp, tmp_path, surname):
    """Class: "Stenz said she will travel to X to meet Y": the subject of "said" was a surname the model tagged as a
    body, so "she" stood for the guest of the meeting told before."""
    text = (
        f" date 2031-05-06 By Desk\n\nVELM, May 6 - Maj. Gen. Mira {surname} received Maj. Gen. Teodor Velk, chief of "
        "the Velkarian Army staff, for talks on Monday.\n\n"
        f"{surname} said she will travel to Zorgrad in October to meet the army commander, Gen. Karl Hesse.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    planned = meetings[meetings.status == "planned"]
    assert [sorted(p) for p in planned.participant_names] == [sorted(["Karl Hesse", f"Mira {surname}"])]


def test_a_lead_naming_nobody_dates_the_meeting_the_next_sentence_names(nlp, tmp_path):
    """Class: "The army's top officer welcomed a senior general on Monday. General X received General Y ...": the
    lead's day was lost, the meeting its next sentence names had none."""
    text = (
        " date 2031-06-10 By Desk\n\nVELM - The Velkarian Guard's top officer welcomed a senior Zorgradi army general "
        "to Camp Kestrel on Monday as the two forces mark ten years of partnership.\n\nMaj. Gen. Mira Stenz, the "
        "adjutant general of Velkaria, received Maj. Gen. Teodor Velk, chief of the Zorgradi Army staff, for talks.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert [(sorted(m.participant_names), m.date) for m in meetings.itertuples()] == [
        (["Mira Stenz", "Teodor Velk"], "2031-06-09")
    ]


def test_a_sitting_hosted_after_its_day_in_apposition_has_its_host_and_every_guest(nlp, tmp_path):
    """Class: "X hosted on Tuesday, 21 April, a trilateral meeting with A and B": the parse hung the meeting on the
    day, so its noun had no subject and the host was lost."""
    text = (
        " date 2031-04-22 By Desk\n\nMinister of Defence Ivo Brant hosted on Tuesday, 21 April, a trilateral meeting "
        "with the Minister of Defence of Serbia, Karl Hesse, and the Minister of Defence of Montenegro, Olaf Berger, "
        "at the naval base in Split.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert [(sorted(m.participant_names), m.host_name) for m in meetings.itertuples()] == [
        (["Ivo Brant", "Karl Hesse", "Olaf Berger"], "Ivo Brant")
    ]


def test_a_post_with_the_short_name_of_its_body_in_brackets_is_the_name_after_it(nlp, tmp_path):
    """Class: "the Commander of the European Union Force in Serbia (EUFOR), Major General X": the bracketed short name
    cut the post from the name after it, so the post was guessed to be someone else, who met the host apart."""
    text = (
        " date 2031-09-16 By Desk\n\nBELGRADE, 16 September 2031\n\nMinister of Defence of Serbia Dario Kell yesterday "
        "held a working meeting with the Commander of the European Union Force in Serbia (EUFOR), Major General Karl "
        "Hesse, at the Ministry of Defence in Belgrade.\n\nAlso present at the meeting was the Chief of Joint Staff "
        "of the Armed Forces of Serbia, Lieutenant General Olaf Berger.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert [sorted(m.participant_names) for m in meetings.itertuples()] == [["Dario Kell", "Karl Hesse", "Olaf Berger"]]


def test_a_meeting_set_for_the_time_of_an_invitation_is_planned(nlp, tmp_path):
    """Class: "X invited Y to visit Z in January, when the two are expected to meet again": the meeting told in the
    clause of the time invited to was taken for the invitation only, none yet."""
    text = (
        " date 2031-11-13 By Desk\n\nVelkarian Defence Minister Ivo Brant and his Slovenian counterpart Karl Hesse "
        "held talks in Zagreb on Wednesday on air policing.\n\nHesse invited Brant to visit Ljubljana in January, "
        "when the two are expected to meet again.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert sorted((m.status, m.location) for m in meetings.itertuples()) == [
        ("occurred", "Zagreb"),
        ("planned", "Ljubljana"),
    ]


def test_the_place_of_a_gathering_someone_took_part_in_places_the_talks_on_its_margins(nlp, tmp_path):
    """Class: "X took part in the ministers' meeting in Brussels ... On the margins of the meeting, X held a bilateral
    meeting with Y": the place of the gathering X joined was not told to the talks after it."""
    text = (
        " date 2031-02-18 By Desk\n\nMinister of Defence Mira Stenz took part in the NATO Defence Ministers' Meeting "
        "in Brussels, where the allies discussed support to Ukraine.\n\nOn the margins of the meeting, on Thursday, "
        "12 February, Minister Stenz held a bilateral meeting with the Slovenian Minister of Defence, Helen Lomar.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert [(sorted(m.participant_names), m.location) for m in meetings.itertuples()] == [
        (["Helen Lomar", "Mira Stenz"], "Brussels")
    ]


@pytest.mark.parametrize("chair", ["chairpersonship", "chairmanship"])
def test_the_chair_of_a_bodys_sitting_sits_with_those_who_attended_it(nlp, tmp_path, chair):
    """Class: "The committee met in Lusaka under the chairpersonship of X. The meeting was attended by A and B": the
    chair was lost from the sitting ("chairpersonship" was no chair noun)."""
    text = (
        " date 2031-04-24 By Desk\n\nLusaka, Zambia - The Ministerial Committee of the Organ met in Lusaka on 23 April "
        f"2031 under the {chair} of Hon. Ivo Brant, Minister of Defence of the Republic of Zambia.\n\nThe meeting was "
        "attended by Hon. Karl Hesse, Minister of Defence of the Republic of Malawi, and Dr. Olaf Berger, Minister of "
        "Defence of the United Republic of Tanzania.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert [sorted(m.participant_names) for m in meetings.itertuples()] == [["Ivo Brant", "Karl Hesse", "Olaf Berger"]]


def test_who_convened_a_sitting_with_others_sat_with_them_and_a_consultation_recommended_is_none(nlp, tmp_path):
    """Classes: "X convened a virtual meeting of the troika with A and B": the convener was taken for an attendee of a
    sitting not told, and A and B lost him; "agreed to recommend a consultation between the two secretariats": a
    sitting only recommended was taken for one planned."""
    text = (
        " date 2031-05-15 By Desk\n\nThe Chairperson of the Committee, Hon. Ivo Brant of Zambia, convened a virtual "
        "meeting of the Troika on 14 May 2031 with Hon. Karl Hesse of Malawi and Dr. Olaf Berger of the United "
        "Republic of Tanzania.\n\nThe ministers, meeting by video link, reviewed the fighting and agreed to recommend "
        "an urgent consultation between the two Secretariats.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert [(sorted(m.participant_names), m.mode, m.status) for m in meetings.itertuples()] == [
        (["Ivo Brant", "Karl Hesse", "Olaf Berger"], "video", "occurred")
    ]


def test_a_second_side_after_a_post_with_its_unit_stays_in_the_sitting(nlp, tmp_path):
    """Class: "hosted a meeting with A, Commander of the X Coast Guard (XCG) District 14, and B": the parser cut the
    sentence at "District" and B was lost with the second half."""
    text = (
        " date 2031-04-16 By Desk\n\nMANILA - Coast Guard Commandant Admiral Ivo Brant hosted a trilateral meeting "
        "with Rear Admiral Helen Lomar, Commander of the United States Coast Guard (USCG) District 14, and Vice "
        "Admiral Karl Hesse, Vice Commandant of the Japan Coast Guard (JCG), at the headquarters yesterday.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert [sorted(m.participant_names) for m in meetings.itertuples()] == [["Helen Lomar", "Ivo Brant", "Karl Hesse"]]


def test_talks_and_a_call_later_told_in_one_sentence_keep_their_own_modes(nlp, tmp_path):
    """Class: "X held talks with A, and later spoke by telephone with B": the call's mode was taken for the talks."""
    text = (
        " date 2031-05-12 By Desk\n\nLONDON, 12 May 2031\n\nOn the margins of the Dialogue, the Minister of State for "
        "Defence Affairs, Ivo Brant, held talks with Baroness Helen Lomar, and later spoke by telephone with the UK "
        "Secretary of State for Defence, Karl Hesse, who was travelling in Norway.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert sorted((sorted(m.participant_names), m.mode) for m in meetings.itertuples()) == [
        (["Helen Lomar", "Ivo Brant"], "in_person"),
        (["Ivo Brant", "Karl Hesse"], "phone"),
    ]


def test_a_first_visit_by_any_holder_of_a_post_is_no_meeting(nlp, tmp_path):
    """Class: "X, on the first visit by a Velkarian defence minister to Zorgrad in a decade, held talks with Y": the
    post in "a visit by a ..." (anyone who held it) was guessed to be someone named later, who met X."""
    text = (
        " date 2031-02-18 By Desk\n\nIvo Brant, on the first visit by a Velkarian defense minister to Japan in more than "
        'a decade, held talks with Japanese Defense Minister Karl Hesse at the ministry in Tokyo.\n\n"Both sides '
        'chose to bank what they can agree on," said Mira Stenz, a research fellow at an institute.\n'
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert [sorted(m.participant_names) for m in meetings.itertuples()] == [["Ivo Brant", "Karl Hesse"]]


def test_guests_at_an_occasions_reception_join_no_sitting_but_those_at_someones_reception_do(nlp, tmp_path):
    """Class: "A and B were among the guests at the pre-summit reception" after X received Y: the guests of a party
    were joined to the talks told before; the President's reception for a guest, attended by others, is the
    audience itself."""
    party = (
        " date 2031-11-02 By Desk\n\nMANAMA, 2 November 2031\n\nBahrain's Minister of Foreign Affairs, Dr Ivo Brant, "
        "received the United Kingdom's Minister for the Armed Forces, Helen Lomar, at the ministry in Manama on "
        "Saturday.\n\nMajor General Tomas Vrell and Italy's Minister of Defence Dario Kell were among the guests at "
        "the pre-Dialogue reception at the hotel in the evening.\n"
    )
    (tmp_path / "party").mkdir()
    meetings = read_article(nlp, tmp_path / "party", party)["meetings"]
    assert [sorted(m.participant_names) for m in meetings.itertuples()] == [["Helen Lomar", "Ivo Brant"]]
    audience = (
        " date 2031-01-09 By Desk\n\nRIYADH, 9 January 2031\n\nCrown Prince Ivo Brant received army chief General "
        "Karl Hesse in AlUla.\n\nThe court later released photos of Crown Prince Brant's reception for the visiting "
        "general, which was also attended by Defence Minister Prince Olaf Berger.\n"
    )
    (tmp_path / "audience").mkdir()
    meetings = read_article(nlp, tmp_path / "audience", audience)["meetings"]
    assert [sorted(m.participant_names) for m in meetings.itertuples()] == [["Ivo Brant", "Karl Hesse", "Olaf Berger"]]
    at_which = (
        " date 2031-02-19 By Desk\n\nHANOI, 19 February 2031\n\nOn Tuesday the group, led by Air Vice Marshal Ivo "
        "Brant, was received by Major General Karl Hesse, Director of the National Defence Academy.\n\nThe delegation "
        "also attended a reception marking the anniversary of relations, at which the Ambassador, Ms Helen Lomar, and "
        "veterans were present.\n"
    )
    (tmp_path / "at_which").mkdir()
    meetings = read_article(nlp, tmp_path / "at_which", at_which)["meetings"]
    assert [sorted(m.participant_names) for m in meetings.itertuples()] == [["Ivo Brant", "Karl Hesse"]]


def test_what_two_discussed_after_a_call_one_of_them_joined_is_that_call(nlp, tmp_path):
    """Class: "The students joined a video call with General X. Colonel Y and General X discussed Z" after Y was
    received in person: what the two discussed was taken for talks in person, with no day."""
    text = (
        " date 2031-05-22 By Desk\n\nWARSAW, 22 May 2031\n\nOn Tuesday the course director, Colonel Ivo Brant, and "
        "the students were received at the Ministry of National Defence by Secretary of State Karl Hesse.\n\nOn "
        "Wednesday evening the students joined a video call with Major General Olaf Berger, Commandant of the "
        "National Defence University of Ukraine in Kyiv. Colonel Brant and General Berger discussed adaptation of "
        "staff training to lessons of the war.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert sorted((sorted(m.participant_names), m.mode, m.date) for m in meetings.itertuples()) == [
        (["Ivo Brant", "Karl Hesse"], "in_person", "2031-05-20"),
        (["Ivo Brant", "Olaf Berger"], "video", "2031-05-21"),
    ]


def test_consultations_agreed_between_two_bodies_are_no_sitting_of_the_sides(nlp, tmp_path):
    """Class: "The parties agreed to continue regular consultations between the security bodies of the two countries":
    the bodies' own sittings were taken for a planned meeting of the two who agreed; talks agreed between the two
    ministers themselves stay one."""
    told = (
        " date 2031-10-08 By Desk\n\nMOSCOW, 8 October 2031\n\nSecretary Ivo Brant met with Secretary of the Security "
        "Council of Mongolia Karl Hesse in Moscow today.\n\n"
    )
    bodies = (
        told
        + "The parties agreed to continue regular consultations between the security bodies of the two countries.\n"
    )
    (tmp_path / "bodies").mkdir()
    meetings = read_article(nlp, tmp_path / "bodies", bodies)["meetings"]
    assert list(meetings.status) == ["occurred"]
    (tmp_path / "ministers").mkdir()
    ministers = told + "The sides agreed to hold talks between the two ministers in May.\n"
    meetings = read_article(nlp, tmp_path / "ministers", ministers)["meetings"]
    assert sorted(meetings.status) == ["occurred", "planned"]


def test_a_post_in_a_body_whose_name_runs_on_is_the_name_set_off_after_it(nlp, tmp_path):
    """Class: "X separately met with the Chairman of the Committee on National Security of the Y Parliament, Z": the
    post stopped at "Committee", so it was guessed to be another person named later, met separately too."""
    text = (
        " date 2031-03-18 By Desk\n\nTIRANA, 18 March 2031\n\nDefence Minister Ivo Brant, on an official visit to "
        "Albania, met on Tuesday with his Albanian counterpart Karl Hesse.\n\nBrant separately met with the Chairman "
        "of the Committee on National Security of the Albanian Parliament, Olaf Berger, discussing oversight.\n\n"
        "Minister Brant is accompanied by the Deputy Chief of General Staff, Brigadier General Tomas Vrell.\n"
    )
    assert meeting_people(read_article(nlp, tmp_path, text)) == {
        ("Ivo Brant", "Karl Hesse"),
        ("Ivo Brant", "Olaf Berger"),
    }


def test_djibouti_named_for_a_meeting_is_its_capital(nlp, tmp_path):
    """Class: "X will travel to Djibouti in April, where she is to meet Y": the country's capital is written as the
    country ("Djibouti City" rarely), so the place was taken for a bare country and dropped."""
    text = (
        " date 2031-03-19 By Desk\n\nDr. Helen Lomar is scheduled to travel to Djibouti in April, where she is expected "
        "to meet the Minister of Infrastructure of Djibouti, Mr. Olaf Berger, to review progress.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert [(sorted(m.participant_names), m.location) for m in meetings.itertuples()] == [
        (["Helen Lomar", "Olaf Berger"], "Djibouti")
    ]


def test_the_visitor_told_by_a_post_after_a_two_word_demonym_is_the_one_the_rank_later_means(nlp, tmp_path):
    """Class: "Vice Admiral X is on a visit to India. The Sri Lankan Navy Commander held discussions with Admiral Y.
    The Admiral also called on Z": the post after a two-word demonym was no reference, so "the Admiral" was taken
    for Y, the host named last, and X lost his call-on."""
    text = (
        " date 2031-02-05 By Desk\n\nVice Admiral Ivo Brant, Commander of the Sri Lanka Navy, is on an official visit "
        "to India from 3 to 7 February.\n\nOn 4 February, the Sri Lankan Navy Commander held bilateral discussions "
        "with Admiral Karl Hesse, Chief of the Naval Staff, in New Delhi.\n\nThe Admiral also called on Mr Olaf "
        "Berger, Defence Secretary, on the same day.\n"
    )
    assert meeting_people(read_article(nlp, tmp_path, text)) == {
        ("Ivo Brant", "Karl Hesse"),
        ("Ivo Brant", "Olaf Berger"),
    }


def test_the_one_a_countrys_side_was_represented_by_sat_at_the_talks_hosted(nlp, tmp_path):
    """Class: "The talks were hosted by X. The Russian side was represented by Y, the Kazakh side by Z": a side of a
    country was no seat at the sitting, so Y and Z were lost."""
    text = (
        " date 2031-08-22 By Desk\n\nMINSK, 22 August 2031\n\nTrilateral consultations of the defence ministries of "
        "Belarus, Russia and Kazakhstan were held in Minsk on Thursday.\n\nThe talks were hosted by Minister of Defense "
        "of Belarus Lieutenant General Ivo Brant. The Russian side was represented by Deputy Minister Karl Hesse, and "
        "the Kazakh side by Major General Olaf Berger.\n"
    )
    meetings = read_article(nlp, tmp_path, text)["meetings"]
    assert [(sorted(m.participant_names), m.host_name) for m in meetings.itertuples()] == [
        (["Ivo Brant", "Karl Hesse", "Olaf Berger"], "Ivo Brant")
    ]


def test_an_envoys_principal_is_not_at_the_audience_and_the_envoy_is_the_one_set_off_after(nlp, tmp_path):
    """Class: "received a Special Envoy of President X of Y, Mr Z": the parser hung the envoy on X, so X sat at the
    audience, held the envoy's post, and "the envoy" of the next paragraph was X; the name set off after a later
    post ("with the Minister of Defence, Mr B") was hung on "the envoy" and read as the envoy."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-09 By Desk\n\nPresident Ivo Brant on Thursday received a Special Envoy of President Karl Hesse "
        "of Chile, Mr Olaf Berger, at the palace in Zorgrad.\n\nEarlier in the day, the envoy had separately held "
        "talks with the Minister for the Interior, Mr Tomas Vrell, and with the Minister for Defence, Mr Dario Kell.\n",
    )
    assert meeting_people(tables) == {
        ("Ivo Brant", "Olaf Berger"),
        ("Olaf Berger", "Tomas Vrell"),
        ("Dario Kell", "Olaf Berger"),
    }
    # "Earlier in the day" in the past perfect: the day told, not an earlier occasion with no day
    assert set(tables["meetings"]["date"].astype(str)) == {"2031-05-08"}
    nodes = tables["nodes"].set_index("name")
    assert nodes.loc["Olaf Berger", "title"] == "Envoy"
    assert (nodes.loc["Karl Hesse", "country"], nodes.loc["Karl Hesse", "country_basis"]) == ("Chile", "stated")


def test_a_postponed_visit_is_dated_and_placed_where_it_was_moved_to(nlp, tmp_path):
    """Class: "the visit to Y, originally scheduled for June 27, has been postponed to July 11. He will hold talks
    with X": the plan took the first day named (the one given up) and the place of the meeting held before, not the
    visit's."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-06-21 By Desk\n\nAccra, June 21 - President Ivo Brant received Minister Olaf Berger at the palace "
        "in Accra on Thursday.\n\nPresident Brant's state visit to Abidjan, originally scheduled for June 27, has been "
        "postponed to July 11. Brant is expected to hold talks with President Karl Hesse on border security.\n",
    )
    plan = tables["meetings"][tables["meetings"]["status"] == "planned"]
    assert [sorted(p) for p in plan["participant_names"]] == [["Ivo Brant", "Karl Hesse"]]
    assert plan["date"].astype(str).tolist() == ["2031-07-11"]
    assert plan["location"].tolist() == ["Abidjan"]


def test_a_calls_own_noun_and_bare_names_set_in_a_list_are_read(nlp, tmp_path):
    """Class: "A video conference between X and Y ... has been postponed to May 20" was no meeting (only "call" and
    the meeting nouns reported one on their own); a bare surname the model tagged as a product or nationality, set
    in a list of named guests ("will host Minister A, Brant and Secretary B") or hung by the parser with the next
    post's "of" ("between Brant and the Chief of the Y Force, General Z"), was lost."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-09 By Desk\n\nTOKYO -- Defense Minister Kenta Ishibori received General Ivo Brant on "
        "Thursday.\n\nSecretary of State Mira Koval will host Foreign Minister Dario Kell, Ishibori and Defense "
        "Secretary Karl Hesse for talks in Washington next month.\n\nA video conference between Ishibori and Velkarian "
        "Chief of the Defence Force General Olaf Berger, originally scheduled for Tuesday, has been postponed to "
        "May 20, the ministry said.\n",
    )
    assert meeting_people(tables) >= {
        ("Dario Kell", "Karl Hesse", "Kenta Ishibori", "Mira Koval"),
        ("Kenta Ishibori", "Olaf Berger"),
    }
    call = tables["meetings"][tables["meetings"]["mode"] == "video"]
    assert call[["status", "date"]].astype(str).values.tolist() == [["planned", "2031-05-20"]]


def test_a_meeting_moved_in_a_clause_of_its_own_takes_its_new_day(nlp, tmp_path):
    """Class: "X was to host Y in Z on 8 May, but the meeting has been postponed to 22 May" kept the first day and was
    cancelled (the new day, which the model left untagged, was not read, and the trigger's own clause names the
    first)."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-05-02 By Desk\n\nGeneral Olaf Berger was to host his counterpart, General Tomas Vrell, in Dorvik on "
        "8 May, but the meeting has been postponed to 22 May because of the weather.\n",
    )
    planned = [m for m in tables["meetings"].to_dict("records") if m["status"] == "planned"]
    assert [(sorted(m["participant_names"]), str(m["date"])) for m in planned] == [
        (["Olaf Berger", "Tomas Vrell"], "2031-05-22")
    ]


def test_the_delegation_is_its_leader_the_story_received_not_the_last_person_of_its_country(nlp, tmp_path):
    """Class: "X received a delegation led by General Y ... Y conveyed greetings from Chilean Minister Z, who would
    host X next year ... the Chilean delegation was welcomed by W": the delegation stood for Z, the last person of its
    country named at a sitting, though the story had told its leader as the visitor of a meeting."""
    tables = read_article(
        nlp,
        tmp_path,
        " date 2031-07-24 By Desk\n\nMinister of Defence Ivo Brant today received a delegation led by Chief of the "
        "General Staff of the Armed Forces of the Republic of Chile – First Deputy Minister of Defence, Major General "
        "Karl Hesse, who is on an official visit.\n\nGeneral Hesse also conveyed greetings from Chilean Minister "
        "of Defence Olaf Berger. The sides agreed that Berger would host Minister Brant for talks in Santiago next "
        "year.\n\nOn Tuesday, the Chilean delegation paid a visit to the General Staff, where it "
        "was welcomed by Chief of the General Staff General Tomas Vrell.\n",
    )
    assert ("Karl Hesse", "Tomas Vrell") in meeting_people(tables)
    assert ("Olaf Berger", "Tomas Vrell") not in meeting_people(tables)
