"""Meeting frames on short invented sentences, one trigger family or attribute per test (real model)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span

from pipeline.nlp import entities
from pipeline.nlp import frames as frames_mod
from pipeline.nlp.entities import strip_honorifics


@pytest.fixture(scope="session")
def read(nlp):
    def _read(text: str, method: str = "rules") -> list[dict]:
        doc = nlp(text)
        found = frames_mod.extract_frames(doc, method)
        for f in found:
            f["names"] = sorted(text[s:e] for s, e in f["participants"])
            f["host_name"] = text[f["host"][0] : f["host"][1]] if f["host"] else None
        return found

    return _read


def text_of(frame: dict, key: str) -> str | None:
    span = frame[key]
    return frame["evidence"][span[0] : span[1]] if span else None


def meetings(found: list[dict]) -> list[dict]:
    return [f for f in found if f["kind"] == "meeting"]


def participant_texts(frame: dict) -> set[str]:
    """The texts of a frame's participant spans."""
    return {frame["evidence"][a:b] for a, b in frame["participants"]}


def test_met_with_gives_both_sides_place_and_day(read):
    (frame,) = meetings(read("Defence Minister John Smith met with Peter Brown in Paris on March 3."))
    assert frame["names"] == ["John Smith", "Peter Brown"]
    assert frame["location_text"] == "Paris"
    assert frame["date_text"] == "March 3"
    assert (frame["mode"], frame["status"], frame["host_name"]) == ("in_person", "occurred", None)


def test_received_active_makes_the_subject_host(read):
    (frame,) = meetings(read("President Robert Miller received Peter Brown in Warsaw."))
    assert frame["host_name"] == "Robert Miller"


def test_received_passive_makes_the_agent_host(read):
    (frame,) = meetings(read("Peter Brown was received by President Robert Miller in Warsaw."))
    assert frame["names"] == ["Peter Brown", "Robert Miller"]
    assert frame["host_name"] == "Robert Miller"


def test_delegation_led_by_someone_is_that_person(read):
    (frame,) = meetings(read("President Robert Miller received a delegation led by Peter Brown."))
    assert frame["names"] == ["Peter Brown", "Robert Miller"]
    assert frame["host_name"] == "Robert Miller"


def test_met_a_visiting_general_makes_no_host_of_the_guest(read):
    (frame,) = meetings(read("General Omar Haddad met visiting Colonel Lars Berg at the headquarters on Monday."))
    assert frame["names"] == ["Lars Berg", "Omar Haddad"]
    assert frame["host_name"] is None  # relate makes the other side host: the guest is "visiting"
    assert text_of(frame, "visitor") == "Lars Berg"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Minister Omar Haddad met General Lars Berg in Egypt on Sunday.", "Egypt"),
        ("During his visit to Brazil, Minister Omar Haddad met General Lars Berg.", "Brazil"),
        ("Minister Omar Haddad paid a visit to Chile, where he met General Lars Berg.", "Chile"),
        ("Minister Omar Haddad met General Lars Berg to discuss the war in Sudan.", None),
        ("Minister Omar Haddad, who visited India last month, met General Lars Berg.", None),
        ("Minister Omar Haddad met General Lars Berg at the Pentagon.", "United States"),
    ],
)
def test_the_country_of_a_meeting_with_no_city(read, text, country):
    (frame,) = meetings(read(text))
    assert frame["location_text"] in (None, "Pentagon")
    assert frame["location_country"] == country or frame["venue_country"] == country


def test_a_dateline_down_the_page_is_no_meeting_place(read):
    (frame,) = meetings(read("LISBON, June 4, 2014 - Minister Omar Haddad met General Lars Berg yesterday."))
    assert frame["location_text"] is None


@pytest.mark.parametrize(
    "text",
    [
        "General Ivo Kral received the Head of the Liaison Office in Zagreb Brigadier General Tomas Vela.",
        "Captain Ivan Horvat received the Doyen of the diplomatic corps in Zagreb Colonel Jan Nowak.",
    ],
)
def test_the_city_of_someones_post_is_no_meeting_place(read, text):
    (frame,) = meetings(read(text))
    assert frame["location_text"] is None


def test_a_headquarters_named_by_its_body_is_a_venue_of_that_country(read):
    (frame,) = meetings(read("General Omar Haddad met General Lars Berg at the Turkish General Staff headquarters."))
    assert frame["venue_country"] == "Turkey"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Minister Omar Haddad, who arrived in Lima on Sunday, met General Lars Berg on Monday.", "Monday"),
        ("After arriving in Lima on Monday, Minister Omar Haddad met General Lars Berg on Tuesday.", "Tuesday"),
        ("On Monday, Minister Omar Haddad met General Lars Berg, who had arrived on Sunday.", "Monday"),
    ],
)
def test_the_day_of_the_meeting_verb_when_a_sentence_names_several(read, text, day):
    (frame,) = meetings(read(text))
    assert frame["date_text"] == day


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("General Li Wei was welcomed at Zavidovo, where he held talks with President Ivan Petrov.", "Zavidovo", None),
        ("Minister Omar Haddad paid a visit to Chile, where he met General Lars Berg.", None, "Chile"),
        # class: the body's "of" phrase was cut off its name ("Ministry")
        (
            "Later the minister went to the Ministry of Defence, where he had talks with Secretary Lars Berg.",
            "Ministry of Defence",
            None,
        ),
        # class: a month named before the "where" clause was taken for its place
        ("Minister Mira Koval is due to visit Ghana in March, where she will meet General Karl Hesse.", None, "Ghana"),
    ],
)
def test_the_place_a_where_clause_tells_of(read, text, place, country):
    (frame,) = meetings(read(text))
    assert (frame["location_text"], frame["location_country"]) == (place, country)


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "The defence minister received General Ivo Brant at Kestrel Barracks in Port Moresby on Tuesday.",
            "Kestrel Barracks, Port Moresby",
        ),
        (
            "General Karl Hesse met Admiral Olaf Berger at Naval Headquarters, Colombo, on Monday.",
            "Naval Headquarters, Colombo",
        ),
        ("Minister Mira Koval held talks with General Teodor Velk in Accra on Friday.", "Accra"),
    ],
)
def test_a_named_venue_right_before_the_city_stays_in_the_place(read, text, place):
    """Failure class: "at <venue> in <city>" gave the city alone, and the venue (GOLD: the city or the venue named)
    was lost."""
    (frame,) = meetings(read(text))
    assert frame["location_text"] == place


def test_a_headquarters_of_a_named_body_is_a_venue(read):
    (frame,) = meetings(
        read("General Omar Haddad received Colonel Lars Berg at the headquarters of the Nigerian Army.")
    )
    assert (frame["venue_place"], frame["venue_country"]) == ("headquarters of the Nigerian Army", "Nigeria")


@pytest.mark.parametrize(
    "text, venue",
    [
        # failure class: a generic venue named in apposition ("at his residence, the X House")
        (
            "General Omar Haddad called on Minister Lars Berg at his official residence, the Cedar House, on Monday.",
            "Cedar House",
        ),
        # failure class: a venue's "of" name ran on over the comma into the person met
        (
            '"General Amir Tazrouk received, at the general staff headquarters of the Velmoran Armed Forces, Pavel '
            'Ostrom, director of the Kandorian Arms Agency," the ministry said.',
            "general staff headquarters of the Velmoran Armed Forces",
        ),
        # the capitalised run goes on into a verb: a speaker, not a venue
        ("General Omar Haddad met Colonel Lars Berg at his office, Defence Minister Ivo Darsk said.", None),
    ],
)
def test_a_venue_named_in_apposition_ends_at_its_comma(read, text, venue):
    (frame,) = meetings(read(text))
    assert frame["venue_place"] == venue


@pytest.mark.parametrize("city, country", [("Nakuru", "Kenya"), ("Ipoh", "Malaysia"), ("Mandalay", "Myanmar")])
def test_a_city_the_gazetteer_does_not_list_gets_its_country_from_the_world_table(read, city, country):
    """failure class: a meeting city outside the gazetteer's few cities per country left nobody at home (host)."""
    assert city.casefold() not in frames_mod.places()[0]
    (frame,) = meetings(read(f"General Omar Haddad met General Lars Berg in {city} on Monday."))
    assert (frame["location_text"], frame["location_country"]) == (city, country)


def test_the_world_city_table_names_gazetteer_countries_and_no_country_or_demonym():
    table = entities.world_cities()
    _, countries, demonyms = frames_mod.places()
    gazetteer = set(countries.values())
    assert len(table) > 5000
    assert set(table.values()) <= gazetteer
    assert not (set(table) & (set(countries) | set(demonyms)))


@pytest.mark.parametrize(
    "text, traveller, destination",
    [
        ("During his visit to Pakistan, General Oskar Lind met General Tariq Aslam.", "Oskar Lind", "Pakistan"),
        ("General Oskar Lind, who is on a visit to Chile, met General Rodrigo Salas.", "Oskar Lind", "Chile"),
        ("General Oskar Lind met General Tariq Aslam in Islamabad.", None, None),
        # a guard of honour is for the visitor, unless the subject presents it
        (
            "General Oskar Lind was accorded a guard of honour before he held talks with General Tariq Aslam.",
            "Oskar Lind",
            None,
        ),
        ("General Tariq Aslam presented a guard of honour and then met General Oskar Lind.", None, None),
        ("General Oskar Lind, who arrived on Sunday, held talks with General Tariq Aslam.", "Oskar Lind", None),
        ("General Oskar Lind arrived in Santiago at the invitation of General Tariq Aslam.", "Oskar Lind", None),
        ("General Oskar Lind is in Cairo at the invitation of General Tariq Aslam.", "Oskar Lind", None),
        # class: a visit made ("has made an official visit to X"), the name set after a post read as a reference
        (
            "The Chief of Defence Staff, Admiral Oskar Lind, has made an official visit to Mauritania.",
            "Oskar Lind",
            "Mauritania",
        ),
        ("Admiral Oskar Lind paid a visit to Chile last week.", "Oskar Lind", "Chile"),
        # a visit to come leaves the traveller at home for the meetings told beside it
        ("Admiral Oskar Lind will pay an official visit to Chile on June 12.", None, "Chile"),
    ],
)
def test_mention_roles_tell_who_travels_and_where_to(nlp, text, traveller, destination):
    """failure class: a visitor took the visited country as their own (resolve reads these roles)."""
    doc = nlp(text)
    roles = {e.text: frames_mod.mention_role(e) for e in doc.ents if e.label_ in ("PERSON", "GPE")}
    assert [n for n, r in roles.items() if r == "traveller"] == ([traveller] if traveller else [])
    assert [n for n, r in roles.items() if r == "destination"] == ([destination] if destination else [])


def test_a_seat_of_government_named_as_the_place_gives_its_country(read):
    """ "at the White House": the gazetteer's institutions that stand for their country (issue 13, host)."""
    (frame,) = meetings(read("President Omar Haddad met President Lars Berg at the White House on Tuesday."))
    assert "United States" in (frame["location_country"], frame["venue_country"])


def test_a_named_venue_before_a_meeting_noun(read):
    (frame,) = meetings(read("Minister Omar Haddad discussed trade during a Pentagon meeting with Lars Berg."))
    assert (frame["venue_place"], frame["venue_country"]) == ("Pentagon", "United States")


def test_paid_a_visit_to_makes_the_visited_person_host(read):
    (frame,) = meetings(read("Peter Brown paid a visit to Defence Minister Robert Miller on Tuesday."))
    assert frame["host_name"] == "Robert Miller"


@pytest.mark.parametrize(
    "text",
    [
        "John Smith said Peter Brown was an experienced officer.",
        "John Smith invited Peter Brown to visit London next year.",
        "John Smith conveyed the greetings of Peter Brown to the soldiers.",
        "John Smith visited the tomb of Peter Brown and laid a wreath.",
        "John Smith received an honorary degree in the presence of Peter Brown.",
    ],
)
def test_no_meeting_without_an_encounter(read, text):
    assert meetings(read(text)) == []


def test_phone_conversation(read):
    (frame,) = meetings(read("John Smith and Peter Brown held a phone conversation on Monday."))
    assert frame["mode"] == "phone"
    assert frame["names"] == ["John Smith", "Peter Brown"]


def test_calling_someone_is_a_phone_call(read):
    (frame,) = meetings(read("President John Smith called President Peter Brown on Monday."))
    assert frame["mode"] == "phone"
    assert frame["host_name"] is None


def test_video_conference(read):
    (frame,) = meetings(read("John Smith held a video conference with Peter Brown on 4 May."))
    assert frame["mode"] == "video"
    assert frame["date_text"] == "4 May"


@pytest.mark.parametrize(
    "text",
    [
        "If General Ivo Brant meets General Karl Hesse, the border will stay calm, a herder said.",
        "As long as General Ivo Brant meets General Karl Hesse, the border stays calm, a herder said.",
    ],
)
def test_a_meeting_in_a_condition_or_a_habit_is_none(read, text):
    # class: "as long as they meet, the border is calm": a meeting told as a condition in the present was read as
    # one planned or held
    assert not meetings(read(text))
    (frame,) = meetings(
        read("When General Ivo Brant meets General Karl Hesse next week, they will discuss the border.")
    )
    assert frame["status"] == "planned"


@pytest.mark.parametrize(("call", "mode"), [("in a phone call", "phone"), ("in a video call", "video")])
def test_talks_held_in_a_call_with_someone(read, call, mode):
    # class: "held talks in a video call with X": the parser hung "with X" on the call inside the talks' phrase, so
    # the talks had no other side and the call none of its own
    (frame,) = meetings(read(f"Minister Karl Hesse held talks {call} with General Ivo Brant on Monday."))
    assert frame["names"] == ["Ivo Brant", "Karl Hesse"]
    assert frame["mode"] == mode


@pytest.mark.parametrize(
    "text",
    [
        "John Smith will meet Peter Brown in Berlin next week.",
        "John Smith is expected to hold talks with Peter Brown in Berlin.",
    ],
)
def test_planned_meetings(read, text):
    (frame,) = meetings(read(text))
    assert frame["status"] == "planned"


def test_a_person_met_after_a_time_adverb_is_a_side(read):
    # class: "X is set to meet later today Minister Y": after the adverb the parse made the object a noun-phrase
    # adverb of the verb, and Y was no side of the meeting
    text = "Hesse is due to meet later today Velkarian Minister of National Defence Ivo Brant before flying home."
    (frame,) = meetings(read(text))
    assert ("Ivo Brant" in frame["names"], frame["status"]) == (True, "planned")


def test_a_held_verb_the_parse_made_an_adjective_still_holds_the_talks(read):
    # class: a hyphened given name ("Bae Ho-jin") threw the parse, which made "held", with its subject, an adjective
    # of "talks"; the sentence told only topics
    text = (
        "Velkarian Defence Minister Bae Ho-jin held phone talks with Defense Secretary Karl Hesse on Thursday and "
        "discussed the missile threat, the ministry said on Friday."
    )
    (frame,) = meetings(read(text))
    assert (frame["names"], frame["mode"]) == (["Bae Ho-jin", "Karl Hesse"], "phone")


def test_a_person_received_along_with_the_guest_is_at_the_sitting(read):
    # class: "welcomed X on board for lunch, along with Y": Y, received with X, was left out of the sitting
    text = "Captain John Smith welcomed Defence Minister Peter Brown on board on Sunday, along with Envoy Ana Ruiz."
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Ana Ruiz", "John Smith", "Peter Brown"]


def test_a_sitting_planned_for_a_day_with_someone_is_a_meeting_with_them(read):
    # class: "A trilateral meeting set for Friday with X was postponed": the parse hung "with X" on the participle,
    # and the called-off sitting was only a status for the meeting told before
    text = "A trilateral meeting set for Friday with the Velkarian commander, General Ana Ruiz, was postponed."
    (frame,) = meetings(read(text))
    assert (frame["names"], frame["status"], frame["sitting_size"]) == (["Ana Ruiz"], "cancelled", 3)


def test_cancelled_meeting_is_marked_not_dropped(read):
    found = meetings(read("The talks between John Smith and Peter Brown in Rome were cancelled."))
    assert [f["status"] for f in found] == ["cancelled"]


def test_multilateral_meeting_is_one_frame_with_every_participant(read):
    (frame,) = meetings(read("John Smith, Peter Brown and Michael Green discussed regional security."))
    assert frame["names"] == ["John Smith", "Michael Green", "Peter Brown"]
    assert "regional security" in frame["topics"]


def test_group_phrase_is_left_for_relate_to_fill(read):
    (frame,) = meetings(read("The two ministers spoke by phone on Tuesday."))
    assert frame["group"] and frame["participants"] == []
    assert frame["mode"] == "phone"


def test_topics_from_discussed_split_into_parts(read):
    found = read("The sides discussed border security, the training of cadets and arms exports.")
    topics = [t for f in found for t in f["topics"]]
    assert {"border security", "training of cadets", "arms exports"} <= set(topics)


def test_report_date_dates_the_meeting_only_when_no_other_day_is_given(read):
    """GOLD.md: "The ministry reported on X" resolves to X; a day the sentence gives the meeting comes first."""
    (frame,) = meetings(read("John Smith met Peter Brown in Rome, the ministry said on Monday."))
    assert frame["date_text"] == "Monday"
    (frame,) = meetings(read("John Smith met Peter Brown in Rome on Sunday, the ministry said on Monday."))
    assert frame["date_text"] == "Sunday"


def test_cooccurrence_baseline_pairs_everyone_in_a_meeting_sentence(read):
    found = read("John Smith conveyed the greetings of Peter Brown to the visitors.", method="cooccurrence")
    assert found == [] or found[0]["kind"] == "cooccurrence"
    (frame,) = read("John Smith met Peter Brown and Michael Green.", method="cooccurrence")
    assert frame["names"] == ["John Smith", "Michael Green", "Peter Brown"]


def test_a_nationality_tagged_as_person_is_not_a_participant(nlp_blank):
    from spacy.tokens import Span

    doc = nlp_blank("Azerbaijani minister met Peter Brown")
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 3, 5, "PERSON")]
    assert [e.text for e in frames_mod._persons(doc[:])] == ["Peter Brown"]


@pytest.mark.parametrize(
    "text",
    [
        "John Smith held separate bilateral meetings with Peter Brown and Michael Green.",
        "John Smith met separately with Peter Brown and Michael Green.",
    ],
)
def test_separate_meetings_name_the_side_that_meets_each(read, text):
    (frame,) = meetings(read(text))
    assert frame["split"]
    assert [text[s:e] for s, e in frame["split_subject"]] == ["John Smith"]


def test_joined_or_attended_meeting_adds_people_but_a_ceremony_does_not(read):
    (frame,) = read("The meeting was also attended by Colonel Peter Brown.")
    assert frame["kind"] == "join" and frame["names"] == ["Peter Brown"]
    found = read("A graduation ceremony in Rome was attended by Ambassador Peter Brown.")
    assert [f for f in found if f["kind"] in ("join", "meeting")] == []


def test_long_title_before_the_name_keeps_the_name_in_the_subject(read):
    text = (
        "Italy's newly appointed Ambassador to Spain Peter Brown paid a courtesy visit to "
        "Defence Minister John Smith in Madrid on Tuesday."
    )
    (frame,) = meetings(read(text))
    assert frame["names"] == ["John Smith", "Peter Brown"] and frame["host_name"] == "John Smith"


def test_visiting_a_place_tagged_as_a_person_is_not_a_meeting(nlp):
    from spacy.tokens import Span

    doc = nlp.make_doc("The minister visited Anytown, the mausoleum of the founder, and laid a wreath.")
    for name, proc in nlp.pipeline:
        if name != "meetgraph_frames":
            doc = proc(doc)
    doc.ents = [e for e in doc.ents if e.start != 3] + [Span(doc, 3, 4, "PERSON")]
    assert [f for f in frames_mod.extract_frames(doc) if f["kind"] == "meeting"] == []


# --- issue 13: encounter shapes, attributes and precision (invented sentences) --------------------------


def test_a_conversation_that_took_place_between_two_people(read):
    (frame,) = meetings(
        read(
            "Later that evening, a telephone conversation took place between Defence Minister "
            "Olaf Berger and Admiral Tomas Lindqvist."
        )
    )
    assert frame["names"] == ["Olaf Berger", "Tomas Lindqvist"]
    assert frame["mode"] == "phone"


def test_after_the_meeting_with_someone_the_meeting_has_been_held(read):
    found = meetings(
        read(
            "After the meeting with President Olaf Berger, Tomas Lindqvist will hold talks with "
            "Defence Minister Karl Hesse."
        )
    )
    status = {tuple(f["names"]): f["status"] for f in found}
    assert status[("Olaf Berger", "Tomas Lindqvist")] == "occurred"
    assert status[("Karl Hesse", "Tomas Lindqvist")] == "planned"


def test_received_a_bare_surname_keeps_it_for_relate(read):
    (frame,) = meetings(read("President Olaf Berger also received Lindqvist to exchange views."))
    assert frame["names"] == ["Olaf Berger"]
    assert [s[2] for s in frame["surnames"]] == ["Lindqvist"]
    assert frame["host_name"] == "Olaf Berger"


def test_a_bare_surname_with_a_place_hung_on_it_is_still_a_side(read):
    # class: "talks with Surname in Town": the parser hangs the place on the name, which then looked like a body's
    (frame,) = meetings(
        read("The visiting minister will return in June, when he is due to hold talks with Okonkwo in Isiolo.")
    )
    assert [s[2] for s in frame["surnames"]] == ["Okonkwo"]


def test_bilateral_talks_between_two_people_are_one_sitting(read):
    # class: "bilateral" before "talks" read as "separate talks", so "talks between A and B" were split into one
    # meeting per subject, with nobody to meet, and the postponed talks were lost
    (frame,) = meetings(
        read(
            "Bilateral security talks between Velmora's Minister of Internal Affairs, Hon. Tevi Kalo Natapei, and "
            "Ostria's Minister for Defence, Hon. Paul Kombe Wari, planned for next week, have been postponed to 14 "
            "July."
        )
    )
    assert (sorted(frame["names"]), frame["split"], frame["status"]) == (
        ["Hon. Paul Kombe Wari", "Hon. Tevi Kalo Natapei"],
        False,
        "planned",
    )
    # "held bilateral talks with A and B": one with each, as before
    (frame,) = meetings(read("Minister Karl Hesse held bilateral talks with Lena Vale and Oren Tellis on Monday."))
    assert frame["split"]


def test_a_bare_surname_with_a_hyphened_particle_keeps_it_for_relate(read):
    # class: "Al-Haddadi held a telephone conversation with General X": the model tagged the surname a body and
    # its particle hung on it as a compound, so the call had one side and was lost
    (frame,) = meetings(
        read(
            "In a separate development on Sunday, Al-Haddadi held a telephone conversation with the Chief of Staff "
            "of the Iraqi Army, Lieutenant General Sami Rafid Al-Saadi, in which they reviewed the border."
        )
    )
    assert frame["names"] == ["Sami Rafid Al-Saadi"]
    assert [s[2] for s in frame["surnames"]] == ["Al-Haddadi"]  # the whole surname, particle and hyphen included
    assert frame["mode"] == "phone"


def test_surnames_listed_after_a_group_and_the_inviter_of_its_sitting_are_its_sides(read):
    """ "The Baltic defence ministers — Tamsalu, Ojamaa, Norway's Karl Hesse and Denmark's Ole Brandt — will meet in
    Riga on 4 May at the invitation of Foreign Minister Anna Kalnina": the bare surnames listed after the group are
    kept for relate, and the one who invited them hosts the sitting."""
    (frame,) = meetings(
        read(
            "The Baltic defence ministers — Tamsalu, Ojamaa, Norway's Karl Hesse and Denmark's Ole Brandt — will meet "
            "in Riga on 4 May at the invitation of Foreign Minister Anna Kalnina, who chairs the council this year."
        )
    )
    assert [s[2] for s in frame["surnames"]] == ["Tamsalu", "Ojamaa"]
    assert sorted(frame["names"]) == ["Anna Kalnina", "Karl Hesse", "Ole Brandt"]
    assert (frame["host_name"], frame["status"]) == ("Anna Kalnina", "planned")


def test_a_counterpart_beside_its_name_is_that_person_and_the_host_of_a_visit(read):
    (frame,) = meetings(
        read(
            "General Tomas Lindqvist paid a courtesy visit to his Danish counterpart, "
            "General Karl Hesse, at the army headquarters in Aarhus on Monday."
        )
    )
    assert frame["names"] == ["Karl Hesse", "Tomas Lindqvist"]
    assert frame["host_name"] == "Karl Hesse"


def test_a_meeting_told_in_the_present_is_marked(read):
    (frame,) = meetings(read("General Tomas Lindqvist meets Admiral Karl Hesse during the naval review."))
    assert frame["present"] is True
    (frame,) = meetings(read("General Tomas Lindqvist met Admiral Karl Hesse during the naval review."))
    assert frame["present"] is False


@pytest.mark.parametrize(
    "text,mode",
    [
        ("In a telephone conversation on May 2, the officials exchanged views on border security.", "phone"),
        ("The talks were held by video link, the ministry said.", "video"),
        ("The meeting took place at the defence ministry.", "in_person"),
    ],
)
def test_a_sentence_about_a_meeting_without_names_carries_its_mode(read, text, mode):
    (frame,) = read(text)
    assert frame["kind"] in ("context", "topics") and frame["meeting_ref"] is True
    assert frame["mode"] == mode


def test_a_day_is_no_topic(read):
    (frame,) = read("In a telephone conversation on February 1, the officials exchanged views on border security.")
    assert frame["topics"] == ["border security"]


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Olaf Berger, an adviser to President Karl Hesse, has called for calm.",
        "General Olaf Berger said officers like Karl Hesse would be called upon to serve.",
    ],
)
def test_calling_for_something_is_no_call(read, text):
    assert meetings(read(text)) == []


def test_calling_on_someone_is_a_planned_visit(read):
    (frame,) = meetings(read("Moreover, General Olaf Berger will call on Prime Minister Karl Hesse on Tuesday."))
    assert (frame["mode"], frame["status"], frame["host_name"]) == ("in_person", "planned", "Karl Hesse")


def test_a_place_is_the_whole_name_of_the_site(read):
    (frame,) = meetings(read("General Tomas Lindqvist met General Karl Hesse in Dhaka Cantonment on Monday."))
    assert frame["location_text"] == "Dhaka Cantonment"


def test_a_bare_country_is_no_place_but_a_city_state_is(read):
    (frame,) = meetings(read("Minister Tomas Lindqvist met Minister Karl Hesse in Argentina."))
    assert frame["location_text"] is None
    (frame,) = meetings(read("Minister Tomas Lindqvist met Minister Karl Hesse in Singapore."))
    assert frame["location_text"] == "Singapore"


@pytest.mark.parametrize(
    "text,host",
    [
        (
            "President Olaf Berger hosted a reception in Oslo on Thursday for Defence Minister Karl Hesse.",
            "Olaf Berger",
        ),
        ("Minister Karl Hesse gave a warm welcome to General Tomas Lindqvist.", "Karl Hesse"),
        ("General Tomas Lindqvist had lunch with Admiral Peter Brown.", None),
        ("Mr. Daniel Ortiz co-chaired the sixth round of the defence talks with General Luiz Ferreira.", None),
    ],
)
def test_other_encounter_shapes(read, text, host):
    (frame,) = meetings(read(text))
    assert len(frame["names"]) == 2
    assert frame["host_name"] == host


def test_his_talks_with_someone_belong_to_the_subject(read):
    (frame,) = meetings(read("Admiral Peter Brown spoke about his talks with Defence Minister Karl Hesse."))
    assert frame["names"] == ["Karl Hesse", "Peter Brown"]


@pytest.mark.parametrize(
    "text",
    [
        "Defence Secretary Mario Ruiz held a series of one-on-one talks with his counterparts from Norway and Chile.",
        "Defence Secretary Mario Ruiz separately met Admiral Karl Hesse and General Tomas Lindqvist.",
        "Defence Secretary Mario Ruiz held separate meetings with Admiral Karl Hesse and General Tomas Lindqvist.",
    ],
)
def test_separate_meetings_are_marked_with_their_subject(read, text):
    (frame,) = meetings(read(text))
    assert frame["split"] is True
    assert [text[s:e] for s, e in frame["split_subject"]] == ["Mario Ruiz"]


def test_one_sitting_with_two_guests_is_not_split(read):
    (frame,) = meetings(read("Defence Secretary Mario Ruiz met Admiral Karl Hesse and General Tomas Lindqvist."))
    assert frame["split"] is False


def test_plural_counterparts_keep_the_countries_they_come_from(read):
    (frame,) = meetings(
        read(
            "Defence Secretary Mario Ruiz held a series of one-on-one talks with his counterparts "
            "from Norway, Chile and Kenya on Saturday."
        )
    )
    texts = [t for *_, t in frame["ref_texts"]] + [t for *_, t in frame["refs"]]
    assert any("Norway, Chile and Kenya" in t for t in texts)


def test_a_title_after_the_name_gives_the_country(read):
    (frame,) = meetings(read("Mario Ruiz also met with Karla Hesse, the Minister of Defence of New Zealand."))
    assert [c for *_, c in frame["person_countries"]] == ["New Zealand"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "National security adviser Tom Ash convened an emergency meeting of the security council in Lima.",
            ["Tom Ash"],
        ),
        ("Minister Tom Ash convened the service chiefs on Monday.", None),  # no sitting named: no join
    ],
)
def test_the_convener_of_a_meeting_sits_in_it_like_its_chair(read, text, names):
    joins = [f for f in read(text) if f["kind"] == "join"]
    assert [f["names"] for f in joins] == ([names] if names else [])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On arrival, the general laid a wreath at Lahore-e-Shuhada and met the minister.", None),
        ("A Tbilisi-based adviser met the minister in Batumi.", "Batumi"),
    ],
)
def test_a_place_run_on_into_a_longer_word_by_a_hyphen_is_no_meeting_place(read, text, place):
    # class: "at Yadgar-e-Shuhada" (a memorial's name cut at the hyphen) read as where the visitor later met someone
    found = [f for f in read(text) if f.get("location_text")]
    assert [f["location_text"] for f in found] == ([place] if place else [])


def test_a_surname_tagged_as_a_body_beside_a_chair_is_carried_for_relate(read):
    # class: "which A and Dumont-Vey will co-chair": the model tagged the second surname ORG, so only A chaired
    (frame,) = read(
        "They also discussed preparations for the next meeting of the Joint Military Committee, which Al-Zuhairi "
        "and Dumont-Vey will co-chair in Paris on June 16."
    )
    assert (frame["names"], [s[2] for s in frame["surnames"]]) == (["Al-Zuhairi"], ["Dumont-Vey"])


def test_it_received_in_a_clause_on_a_delegations_visit_is_the_delegation(read):
    # class: "the delegation visited the academy, where it was received by its head, General X": "it" was nobody
    (frame,) = meetings(
        read(
            "The next day, the Ostrian delegation visited the National Defence University, where it was received "
            "by the university's head, Major General Ivo Brant."
        )
    )
    assert frame["names"] == ["Ivo Brant"] and [r[2] for r in frame["refs"]] == ["the Ostrian delegation"]


def test_a_sitting_that_was_to_be_chaired_is_planned(read):
    # class: "The meeting was to be co-chaired by A and B" (then postponed) read as a sitting held
    (frame,) = read("The meeting was to be co-chaired by General Ivo Brant and General Tom Ash.")
    assert (frame["kind"], frame["status"]) == ("join", "planned")


def test_a_post_with_a_long_of_phrase_before_its_holders_rank_and_name_names_the_holder(read):
    # class: "with the commander of the troops of the X District Colonel General Y": the reference stopped at "the"
    (frame,) = meetings(
        read(
            "On Tuesday, Minister Tom Ash held a working meeting at the command centre with the commander of the "
            "troops of the Northern Military District Colonel General Ivo Brant, at which reports were heard."
        )
    )
    assert frame["names"] == ["Ivo Brant", "Tom Ash"]


def test_an_inverted_attendance_with_the_name_read_as_an_object_names_the_attendee(read):
    # class: "Attending the reception were General X, ...": the parser hung the name on the verb as its object
    (frame,) = read(
        "Attending the reception were Major General Le Van Minh, Director of the Foreign Relations Department, "
        "Ministry of National Defence, and representatives of some functional agencies."
    )
    assert (frame["kind"], frame["names"]) == ("join", ["Le Van Minh"])


def test_a_post_with_its_seat_then_its_holder_names_the_person_received(read):
    # class: "received the Consul General of X in <seat>, Y, in <place>": Y was lost and the seat read as the place
    (frame,) = meetings(
        read(
            "The commander of the Baltic Fleet, Admiral Ivo Brant, on Monday received the Consul General of "
            "Finland in Kaliningrad, Aino Virta, in Baltiysk."
        )
    )
    assert [frame["evidence"][s:e] for s, e in frame["participants"]] == ["Ivo Brant", "Aino Virta"]
    assert frame["location_text"] == "Baltiysk"
    # a name after the seat that says something is the speaker, not the post's holder
    (frame,) = meetings(read("Defence Minister Tom Ash received the Ambassador of Chile in Lima, Ola Tvedt said."))
    assert "Ola Tvedt" not in [frame["evidence"][s:e] for s, e in frame["participants"]]


def test_what_two_did_where_a_ceremony_was_held_is_no_talks(read):
    # class: "A closing ceremony was held in X, where A and B reviewed the crews": a topic verb at a ceremony
    text = "A closing ceremony was held in Zorgrad, where General Ivo Brant and General Teodor Velk reviewed the crews."
    assert meetings(read(text)) == []
    (frame,) = meetings(read(text.replace("A closing ceremony", "The talks").replace("the crews", "cooperation")))
    assert frame["names"] == ["Ivo Brant", "Teodor Velk"]


def test_the_next_sitting_of_a_format_is_no_planned_meeting_of_the_parties(read):
    # class: "the parties agreed to hold the next meeting in X" read as a meeting the people named will hold
    assert meetings(read("After the talks, the parties agreed to hold the next meeting in Lima next year.")) == []
    (frame,) = meetings(read("After the talks, the ministers agreed to hold a personal meeting soon."))
    assert frame["status"] == "planned"


def test_a_name_after_a_second_post_takes_that_posts_country(read):
    # class: the parser hung the second name on the first person, whose demonym then gave both the same country
    (frame,) = meetings(
        read(
            "The meeting between Peruvian Defence Minister General Tom Ash and the Ambassador of Norway, "
            "Ola Tvedt, took place in Lima on Monday."
        )
    )
    assert [c for *_, c in frame["person_countries"]] == ["Peru", "Norway"]


def test_a_city_named_after_a_country_gives_no_person_that_country(read):
    # class: "talks in Port of Spain between X and Y": the meeting noun's words (its place among them) were read as
    # the title words of X, so "Spain" of the city's name made X Spanish
    (frame,) = meetings(
        read(
            "The visit follows talks in Port of Spain in May between General Oskar Vantrel and the Chief of Defence "
            "Staff of Chile, Admiral Jorum Talsky."
        )
    )
    assert [c for *_, c in frame["person_countries"]] == ["Chile"]


def test_the_visiting_side_is_marked_as_visitor(read):
    (frame,) = meetings(
        read(
            "General Karl Hesse met with visiting Chief of Staff of the Danish Army, "
            "General Tomas Lindqvist, on Wednesday."
        )
    )
    text = (
        "General Karl Hesse met with visiting Chief of Staff of the Danish Army, General Tomas Lindqvist, on Wednesday."
    )
    assert text[frame["visitor"][0] : frame["visitor"][1]] == "Tomas Lindqvist"


def test_what_was_agreed_at_the_talks_does_not_make_them_planned(read):
    (frame,) = meetings(
        read(
            "At the talks with Admiral Karl Hesse on Monday, General Tomas Lindqvist agreed to continue the exchanges."
        )
    )
    assert frame["status"] == "occurred"


def test_the_sidelines_are_no_topic(read):
    found = read("During the meeting on the sidelines of the summit in Oslo, the ministers discussed border security.")
    assert all("sidelines" not in t for f in found for t in f["topics"])


def test_a_meeting_that_may_happen_is_no_meeting(read):
    assert meetings(read("Olaf Berger and Karl Hesse may speak on the phone later this month, she said.")) == []


def test_set_to_meet_is_planned(read):
    (frame,) = meetings(read("Olaf Berger was set to meet with Karl Hesse on Wednesday."))
    assert frame["status"] == "planned"


def test_people_speaking_at_a_news_conference_do_not_meet(read):
    found = read("Prime Minister Olaf Berger and Minister Karl Hesse speak during a news conference.")
    assert meetings(found) == [] and not found[0].get("meeting_ref")


def test_postponed_to_a_stated_day_is_planned_and_without_one_cancelled(read):
    (frame,) = meetings(read("The meeting between Olaf Berger and Karl Hesse was postponed to May 5."))
    assert (frame["status"], frame["date_text"]) == ("planned", "May 5")
    (frame,) = meetings(read("Olaf Berger postponed his meeting with Karl Hesse."))
    assert frame["status"] == "cancelled"


def test_a_sitting_of_a_bodys_members_is_no_group_told_before(read):
    # class: "to bring it up at the meeting of EU defence ministers": a body's members, no determiner, were
    # read as the group of people told before, and two officials of one country met at it
    assert meetings(read("The ministry plans to bring it up at the meeting of EU defence ministers.")) == []
    (frame,) = meetings(read("The meeting of the two defence ministers was held in Brussels on Monday."))
    assert frame["group"]


def test_those_among_them_at_the_table_are_at_the_sitting(read):
    # class: "Among those at the table were A, B and C": the people were named four words from "were", past the
    # walk up from the seat noun, and the sitting lost them
    found = read("Among those at the table were General Olaf Berger and Admiral Karl Hesse.")
    assert [(f["kind"], len(f["participants"])) for f in found] == [("join", 2)]


@pytest.mark.parametrize(
    "text, day",
    [
        ("Olaf Berger's talks with Karl Hesse, first set for Monday, were moved to Thursday.", "Thursday"),
        ("The meeting between Olaf Berger and Karl Hesse has been rescheduled for Thursday.", "Thursday"),
        ("The meeting between Olaf Berger and Karl Hesse was pushed back to May 20.", "May 20"),
    ],
)
def test_a_meeting_moved_to_another_stated_day_is_planned_on_it(read, text, day):
    # class: "moved to Thursday", "rescheduled for", "pushed back to": no cancel word, so the meeting read as held
    # (and its new day as one past)
    (frame,) = meetings(read(text))
    assert (frame["status"], frame["date_text"]) == ("planned", day)
    (frame,) = meetings(read("Olaf Berger met Karl Hesse on Tuesday after troops moved to the border on Monday."))
    assert frame["status"] == "occurred"


def test_due_somewhere_to_meet_and_co_chairing_a_commission_are_meetings_of_their_own(read):
    # class: "X is due in Y on Thursday to meet Z" (the purpose clause hangs on "is", beside "due": read as held) and
    # "A and B co-chaired the joint commission" (a body for its session: no meeting)
    (frame,) = meetings(read("General Olaf Berger is due in Accra on Thursday to meet Admiral Karl Hesse."))
    assert frame["status"] == "planned"
    (frame,) = meetings(read("General Olaf Berger and Admiral Karl Hesse co-chaired the joint commission in Accra."))
    assert (len(frame["participants"]), frame["status"], frame["location_text"]) == (2, "occurred", "Accra")


def test_a_meeting_told_beside_talks_called_off_keeps_its_own_status(read):
    # class: "Border talks postponed as X holds video conference with Y" (a headline): the call was held, the
    # postponement is of the other talks
    (frame,) = meetings(read("Border talks postponed as Olaf Berger holds video conference with Karl Hesse"))
    assert (frame["status"], frame["mode"]) == ("occurred", "video")
    (frame,) = meetings(read("Talks between Olaf Berger and Karl Hesse were postponed as the minister fell ill."))
    assert frame["status"] == "cancelled"


def test_a_title_followed_by_its_holder_is_no_reference(read):
    text = (
        "Defence Minister Olaf Berger is holding a meeting in Oslo with chief of the General Staff of the Danish "
        "Armed Forces, General Karl Hesse and Chief of the General Staff of Chile, Tomas Lindqvist."
    )
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Karl Hesse", "Olaf Berger", "Tomas Lindqvist"]
    assert frame["refs"] == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("Lieutenant General Faiz Khan, Director of Intelligence, was also present during the meeting.", "Faiz Khan"),
        ("General Olaf Berger was in attendance.", "Olaf Berger"),
        ("Admiral Karl Hesse also attended the meeting.", "Karl Hesse"),
    ],
)
def test_attendees_join_the_meeting(read, text, name):
    (frame,) = [f for f in read(text) if f["kind"] == "join"]
    assert frame["names"] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # class: a negated attendance ("did not join the call") made the person a party to the call
        "General Hiroshi Nakadai did not join the call but is expected to visit Honolulu in October.",
        "Admiral Karl Hesse did not attend the meeting.",
    ],
)
def test_one_who_did_not_join_is_no_attendee(read, text):
    assert [f for f in read(text) if f["kind"] == "join"] == []


def test_present_at_another_event_is_no_attendee(read):
    assert [f for f in read("President Olaf Berger was present at the parade.") if f["kind"] == "join"] == []


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "Also present accompanying the Army Commander at the meeting was the Chief of Staff General Omar Tessel.",
            ["Omar Tessel"],
        ),
        (
            "Also present accompanying the Minister were Major General Omar Tessel and Colonel Tim Vardo.",
            ["Omar Tessel", "Tim Vardo"],
        ),
        # the parser hangs "was" on "present" as an auxiliary, or "present" on "was" as an adverb
        (
            "Also present accompanying the Commander at the meeting was the Army Chief of Staff (CAS) General Omar "
            "Tessel.",
            ["Omar Tessel"],
        ),
        (
            "Also present accompanying the Navy Chief at the meeting was the Army Chief of Staff General Omar Tessel.",
            ["Omar Tessel"],
        ),
    ],
)
def test_also_present_accompanying_a_side_is_an_attendee(read, text, names):
    """Class: "Also present accompanying X were A and B" — the words between "present" and its "be" hung in
    several ways, and the people under "accompanying" taken for a side's escort; said present, they attend
    (GOLD)."""
    (frame,) = [f for f in read(text) if f["kind"] == "join"]
    assert frame["names"] == names


def test_present_accompanying_a_side_at_another_event_is_no_attendee(read):
    text = "Also present accompanying the Minister at the parade were Major General Omar Tessel and Colonel Tim Vardo."
    assert [f for f in read(text) if f["kind"] == "join"] == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "Danish Land Forces Commander Maj-Gen Olaf Berger met his Turkish counterpart Army General Karl Hesse at the "
            "Distinguished Visitors Day event held during the drills."
        ),
        (
            "LISBON: Mrs. Ana Costa, Ambassador of Chile, called on Chief of Army Staff (COAS) General Karl Hesse here at "
            "GHQ, Tuesday."
        ),
    ],
)
def test_a_name_the_parser_cut_off_into_the_next_sentence_is_still_the_object(nlp, read, text):
    """The parser may end a sentence inside a title ("... met his Turkish counterpart | Army General X at ...")."""
    cut = len(list(nlp(text).sents)) > 1
    (frame,) = meetings(read(text))
    assert len(frame["names"]) == 2 and "Karl Hesse" in frame["names"], f"sentence cut: {cut}"


@pytest.mark.parametrize(
    "text,names,mode,host",
    [
        (
            "Readout of Secretary Olaf Berger's Call With Minister Karl Hesse.",
            ["Karl Hesse", "Olaf Berger"],
            "phone",
            None,
        ),
        (
            "General Olaf Berger discussed border security with Admiral Karl Hesse in a phone call.",
            ["Karl Hesse", "Olaf Berger"],
            "phone",
            None,
        ),
        (
            "President Olaf Berger summoned Ambassador Karl Hesse on Friday.",
            ["Karl Hesse", "Olaf Berger"],
            "in_person",
            "Olaf Berger",
        ),
    ],
)
def test_calls_readouts_and_summons(read, text, names, mode, host):
    (frame,) = meetings(read(text))
    assert (frame["names"], frame["mode"], frame["host_name"]) == (names, mode, host)


def test_where_they_met_takes_the_travellers_of_the_main_clause(read):
    (frame,) = meetings(
        read(
            "Minister Ana Costa arrived in Lisbon on Monday with General Olaf Berger, where they met "
            "President Karl Hesse and Admiral Tomas Lindqvist."
        )
    )
    assert frame["names"] == ["Ana Costa", "Karl Hesse", "Olaf Berger", "Tomas Lindqvist"]


def test_taking_part_in_someone_elses_talks_joins_them(read):
    (frame,) = meetings(
        read(
            "Olaf Berger arrived in Oslo to take part in President Karl Hesse's talks with his "
            "Danish counterpart, Tomas Lindqvist."
        )
    )
    assert frame["names"] == ["Karl Hesse", "Olaf Berger", "Tomas Lindqvist"]


def test_rejecting_talks_is_a_cancelled_meeting(read):
    (frame,) = meetings(read("Olaf Berger rejected a call for talks with Karl Hesse."))
    assert frame["status"] == "cancelled"


@pytest.mark.parametrize(
    "text",
    [
        "General Olaf Berger paid a courtesy call on Admiral Karl Hesse at the naval headquarters on Monday.",
        "Ambassador Olaf Berger made a farewell call on President Karl Hesse.",
        # class: "paid an office call to X" (a service's word for a call-on) was read as a phone call
        "Colonel Olaf Berger paid an office call to Brigadier General Karl Hesse at the garrison on Friday.",
    ],
)
def test_a_courtesy_call_on_someone_is_a_visit_not_a_phone_call(read, text):
    (frame,) = meetings(read(text))
    assert (frame["mode"], frame["host_name"]) == ("in_person", "Karl Hesse")


def test_a_call_on_whose_object_the_parser_hung_on_the_subject_is_still_a_call_on(read):
    # class: "X, who arrived ..., separately called on Minister Y, who ...": "called" read as a clause of X and Y as
    # X's apposition, "on" left bare before the post, so the call-on was read as "calling for" nothing
    text = (
        "Gen Sabir, who arrived on Tuesday for a two-day visit, separately called on Defence Minister Datuk Seri "
        "Hamadi Qarni Nordal, who expressed Malaysia's hope to further strengthen cooperation."
    )
    (frame,) = meetings(read(text))
    assert [strip_honorifics(n) for n in frame["names"]] == ["Hamadi Qarni Nordal", "Sabir"]
    assert frame["mode"] == "in_person"


def test_a_phone_call_on_a_weekday_stays_a_phone_call(read):
    (frame,) = meetings(read("Olaf Berger had a phone call with Karl Hesse on Monday."))
    assert frame["mode"] == "phone"


def test_a_phone_call_on_a_subject_stays_a_phone_call(read):
    # class: "held a phone call with X on the expansion of Y": the topic after "on" was read as whom a call-on
    # visits, which made a visit in person with X its host
    (frame,) = meetings(read("General Olaf Berger held a phone call with General Karl Hesse on the training plan."))
    assert (frame["mode"], frame["host_name"]) == ("phone", None)


def test_a_photo_caption_of_people_speaking_is_no_meeting(read):
    text = (
        "Agency Prime Minister Olaf Berger (L), Defence Minister Karl Hesse (2nd L), and Minister Tomas Lindqvist "
        "(R) speak during a news conference in the military base in Lisbon, Portugal, on Oct. 28, 2023."
    )
    assert meetings(read(text)) == []


def test_a_list_of_call_ons_is_split_and_a_single_sitting_is_not(read):
    (frame,) = meetings(
        read(
            "He has already met with the Danish President Olaf Berger, Defence Minister Karl Hesse, "
            "Chief of General Staff, General Tomas Lindqvist."
        )
    )
    assert frame["split"] is True and frame["split_subject_ref"] is True
    (frame,) = meetings(
        read(
            "Minister John Smith held a meeting with Defence Minister Olaf Berger, Chief of Staff "
            "Karl Hesse and Admiral Tomas Lindqvist."
        )
    )
    assert frame["split"] is False


def test_two_posts_met_during_a_visit_are_two_meetings(read):
    # class: "X is due to meet Defence Minister A and Opposition Leader B during his visit": the visit's programme,
    # one meeting with each (GOLD), not one sitting of three
    text = "Mr Karl Hesse is also due to meet Defence Minister Olaf Berger and Opposition Leader Tomas Lindqvist during his visit."
    (frame,) = meetings(read(text))
    assert frame["split"] is True
    (frame,) = meetings(read(text.replace(" during his visit", " in Oslo")))
    assert frame["split"] is False


def test_someone_on_a_visit_is_a_traveller(read):
    (frame,) = read("Notably, Karl Hesse is on a visit to Turkey from March 28.")
    text = "Notably, Karl Hesse is on a visit to Turkey from March 28."
    assert [text[s:e] for s, e in frame["travellers"]] == ["Karl Hesse"]


def joins(found: list[dict]) -> list[dict]:
    return [f for f in found if f["kind"] == "join"]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Admiral Peter Brown and General Mark Stone attended the video conversation and reviewed the patrols.",
            ["Mark Stone", "Peter Brown"],
        ),
        ("Army chief Peter Brown also participated in the meeting.", ["Peter Brown"]),
        ("Colonel Peter Brown took part in the talks.", ["Peter Brown"]),
        # class: a video or telephone conference is the sitting itself, not a conference others hold
        ("The army commander, General Mark Stone, also attended the video conference from Zorgrad.", ["Mark Stone"]),
        # class: "X was also present at the talks, alongside Y": Y was too
        (
            "Minister Mark Stone was also present at the talks, alongside the Ostrian ambassador, Peter Brown.",
            ["Mark Stone", "Peter Brown"],
        ),
        # class: "X took part in the session, as did Y": Y did the same
        (
            "General Mark Stone, chief of staff, took part in the working session, as did Ostria's ambassador in "
            "Zorgrad, Peter Brown.",
            ["Mark Stone", "Peter Brown"],
        ),
        (
            "Participants included Colonel Peter Brown, commander of the fleet, and General Mark Stone.",
            ["Mark Stone", "Peter Brown"],
        ),
    ],
)
def test_people_at_the_sitting_join_it(read, text, names):
    """Attendees of the sitting (GOLD: 'attended the meeting', 'also present') join it, whatever the noun."""
    found = read(text)
    assert meetings(found) == []
    assert [f["names"] for f in joins(found)] == [names]


def test_the_meeting_hosted_by_someone_has_them_at_it_as_its_host(read):
    # class: "The meeting was hosted by X" after the sides were told: X was neither a participant nor the host
    (join,) = joins(read("The meeting was hosted by the Defence Secretary, Lieutenant General Peter Brown."))
    assert ("Peter Brown" in join["names"], join["host_name"], join["meeting_ref"]) == (True, "Peter Brown", True)
    # a guest hosted is a meeting of its own, not a sitting told before
    assert joins(read("General Mark Stone was hosted by Admiral Peter Brown in Zorgrad.")) == []


def test_one_who_represents_another_at_the_meeting_joins_it(read):
    # class: "X was represented at the meeting by Y": Y sat in it (the parser hangs "by Y" on the sitting)
    (join,) = joins(
        read(
            "The Minister of Defence, Mark Stone, was represented at the meeting by the Permanent Secretary, Peter Brown."
        )
    )
    assert (join["names"], join["meeting_ref"]) == (["Peter Brown"], True)
    assert joins(read("The minister, Mark Stone, was represented at the parade by his deputy, Peter Brown.")) == []


def test_one_not_present_at_the_talks_joins_nobody(read):
    # class: "X, who was not present at the talks, earlier said ...": the negation is on the copula
    found = read("The minister, Peter Brown, who was not present at the talks, earlier said the dispute would end.")
    assert joins(found) == []


def test_taking_part_in_the_talks_names_the_sitting(read):
    # class: "X also took part in the discussions" named no sitting, so relate could not tell the talks held from a
    # meeting planned after them
    (join,) = joins(read("Colonel Peter Brown also took part in the discussions."))
    assert join["meeting_ref"]
    # "chaired a meeting of the cabinet" is another sitting than the one told
    (join,) = joins(read("The day before, Prime Minister Peter Brown chaired a meeting of the federal cabinet."))
    assert not join["meeting_ref"]


def test_attending_a_conference_or_a_visit_adds_nobody(read):
    assert joins(read("General Mark Stone attended the conference in Oslo.")) == []
    assert joins(read("General Mark Stone attended the press conference in Oslo.")) == []
    assert joins(read("Colonel Peter Brown took part in the visit to the plant.")) == []


def test_a_relative_clause_attended_by_joins_the_sitting_it_speaks_of(read):
    found = read(
        "President John Smith hosted a reception for General Mark Stone on Monday, which was attended by "
        "Defence Minister Peter Brown."
    )
    assert [f["names"] for f in meetings(found)] == [["John Smith", "Mark Stone"]]
    (join,) = joins(found)
    assert "Peter Brown" in join["names"]


def test_a_meeting_with_an_unnamed_delegation_waits_for_its_leader(read):
    found = read(
        "President John Smith held talks with a visiting delegation on Sunday. "
        "The delegation was led by General Mark Stone."
    )
    (meeting,) = meetings(found)
    assert meeting["names"] == ["John Smith"] and meeting["delegation"]
    assert meeting["host_name"] == "John Smith"
    assert [(f["kind"], f["names"]) for f in found if f["kind"] == "lead"] == [("lead", ["Mark Stone"])]


def test_a_delegation_led_by_someone_inside_the_sentence_is_no_lead_clause(read):
    found = read("President John Smith received a delegation led by General Mark Stone.")
    assert [f["kind"] for f in found] == ["meeting"]
    assert found[0]["names"] == ["John Smith", "Mark Stone"] and not found[0]["delegation"]


@pytest.mark.parametrize(
    "text",
    [
        "John Smith met Peter Brown in the Middle East on Monday.",
        "John Smith met Peter Brown to discuss security in Asia.",
        # class: a sea or strait the talks were about, or a city word inside its name ("the Gulf of Riga")
        "John Smith met Peter Brown in a sitting on maritime security in the Gulf of Riga.",
        "John Smith met Peter Brown to discuss patrols in the East Sea.",
        "John Smith met Peter Brown to discuss search and rescue in the South Atlantic.",
    ],
)
def test_a_region_is_no_meeting_place(read, text):
    (frame,) = meetings(read(text))
    assert frame["location_text"] is None


def test_a_city_word_inside_a_body_name_or_a_possessive_is_no_meeting_place(read):
    (frame,) = meetings(read("John Smith met Peter Brown to discuss the Shanghai Cooperation Organization summit."))
    assert frame["location_text"] is None
    (frame,) = meetings(read("John Smith met Peter Brown to discuss Tehran's missile tests."))
    assert frame["location_text"] is None
    (frame,) = meetings(read("John Smith met Peter Brown in Paris to discuss the Asia summit."))
    assert frame["location_text"] == "Paris"


def test_an_acronym_in_capitals_that_spells_a_city_is_no_meeting_place(read):
    # class: "to attend the MALE drone forum": the forum's acronym spelled a city of the gazetteer, which became
    # the place of a call-on told in the same sentence
    text = "General Ivo Brant met Admiral Karl Hesse in Malaysia before the MALE drone forum opened."
    (frame,) = meetings(read(text))
    assert frame["location_text"] is None
    (frame,) = meetings(read("General Ivo Brant met Admiral Karl Hesse before the Lima conference opened."))
    assert frame["location_text"] == "Lima"
    text = (
        "The call of General Ivo Brant on Admiral Karl Hesse did not take place because the admiral had gone to "
        "Malaysia to attend the MALE drone exhibition."
    )
    (frame,) = meetings(read(text))
    assert frame["location_text"] is None


def test_a_city_that_is_given_or_urged_something_is_its_government_not_a_place(read):
    # class: "covering the batteries that allies have promised Kyiv": the government by metonymy was the place
    text = "John Smith held talks with Peter Brown on Friday, covering the batteries that allies have promised Kyiv."
    (frame,) = meetings(read(text))
    assert frame["location_text"] is None
    (frame,) = meetings(read("John Smith visited Ankara, where he met Peter Brown."))
    assert frame["location_text"] == "Ankara"


@pytest.mark.parametrize(
    "text",
    [
        "The session was chaired by General Peter Brown.",
        "General Peter Brown chaired the talks.",
        "The new minister, Peter Brown, is also participating.",
    ],
)
def test_chairing_or_also_participating_joins_the_sitting(read, text):
    assert [f["names"] for f in joins(read(text))] == [["Peter Brown"]]


def test_participating_in_something_else_joins_nothing(read):
    assert joins(read("Peter Brown is also participating in the exercise.")) == []
    assert joins(read("General Peter Brown chaired the parade.")) == []


def test_a_city_in_a_name_gives_way_to_the_city_where_they_met(read):
    (frame,) = meetings(read("Minister Peter Brown met John Smith at a meeting of the Ramstein group in Brussels."))
    assert frame["location_text"] == "Brussels"


def test_two_capitals_standing_for_their_governments_are_no_meeting_place(read):
    (frame,) = meetings(
        read(
            "Ambassador Peter Brown paid a courtesy call on General Mark Stone to strengthen "
            "relations between Beijing and Bangkok."
        )
    )
    assert frame["location_text"] is None


def test_a_city_inside_a_body_tagged_as_one_name_still_places_the_meeting(read):
    (frame,) = meetings(read("General Mark Stone met Peter Brown at the Ministry of Defence in Bangkok."))
    assert (frame["location_text"], frame["location_country"]) == ("Ministry of Defence, Bangkok", "Thailand")


@pytest.fixture
def frame_rules(models_copy):
    """Edits meetings/frame_rules.json in a copy of `models/` (see conftest.models_copy)."""
    return lambda change: models_copy("meetings/frame_rules.json", change, frames_mod)


def test_the_frame_rules_are_read_from_the_models_file():
    rules = frames_mod.rules()
    assert "his" in rules["pronouns"] and "called off" in rules["cancelled_phrases"]
    assert rules["confidence"]["named_sides"] > rules["confidence"]["one_named_side"]


def test_a_cancelling_phrase_added_to_the_models_file_cancels_the_meeting(read, frame_rules):
    text = "The talks between Ana Lima and Bo Chen were shelved."
    assert [f["status"] for f in meetings(read(text))] == ["occurred"]
    frame_rules(lambda d: d["cancelled_phrases"].append("were shelved"))
    assert [f["status"] for f in meetings(read(text))] == ["cancelled"]


def test_the_confidence_of_a_meeting_comes_from_the_models_file(read, frame_rules):
    frame_rules(lambda d: d["confidence"].update(named_sides=0.8))
    assert [f["confidence"] for f in meetings(read("The talks between Ana Lima and Bo Chen were shelved."))] == [0.8]


def test_a_leading_word_added_to_the_models_file_is_cut_from_topics(frame_rules):
    assert frames_mod._split_topics("several border issues") == ["several border issues"]
    frame_rules(lambda d: d["topic_leading_words"].append("several"))
    assert frames_mod._split_topics("several border issues") == ["border issues"]


# --- issue 13, meeting places: a venue in a city, a capital named by its country ----------------------------------


@pytest.mark.parametrize(
    "text, place, country",
    [
        # a venue followed by its city: the place spans both, the country is the city's
        (
            "Minister Tom Ash met Minister Ola Berg at the Nile Palace in Cairo on Monday.",
            "the Nile Palace in Cairo",
            "Egypt",
        ),
        # a capital named by its country's adjective, name or possessive: that country's capital
        ("Minister Tom Ash met Minister Ola Berg in the Kenyan capital on Monday.", "Nairobi", "Kenya"),
        ("Minister Tom Ash met Minister Ola Berg in the capital of Indonesia on Monday.", "Jakarta", "Indonesia"),
        ("Minister Tom Ash met Minister Ola Berg in Peru's capital on Monday.", "Lima", "Peru"),
        # a bare "the capital" names no country here
        ("Minister Tom Ash met Minister Ola Berg in the capital on Monday.", None, None),
    ],
)
def test_meeting_place_from_a_venue_in_a_city_or_a_named_capital(read, text, place, country):
    (frame,) = meetings(read(text))
    assert (frame["location_text"], frame["location_country"]) == (place, country)


@pytest.mark.parametrize(
    "text, multilateral",
    [
        ("Minister Tom Ash met Minister Ola Berg at the NATO summit in Riga on Monday.", True),
        ("Minister Tom Ash met Minister Ola Berg during the ASEAN defence ministers' meeting in Hanoi.", True),
        ("Minister Tom Ash met Minister Ola Berg at the Baltic Security Forum in Riga.", True),
        ("Minister Tom Ash met Minister Ola Berg on the margins of the conference in Riga.", True),
        ("Minister Tom Ash met Minister Ola Berg during the meeting in Riga on Monday.", False),
        ("Minister Tom Ash met Minister Ola Berg during the bilateral summit in Riga.", False),
    ],
)
def test_a_meeting_at_a_multilateral_gathering_is_on_its_sidelines(read, text, multilateral):
    (frame,) = meetings(read(text))
    assert frame["sidelines"] is multilateral


@pytest.mark.parametrize(
    "text, venue, vague, capital",
    [
        ("Minister Tom Ash welcomed Minister Ola Berg to the Pentagon on Monday.", "Pentagon", False, False),
        ("General Tom Ash received General Ola Berg at Army Headquarters last week.", "Army Headquarters", True, False),
        ("Minister Tom Ash met Minister Ola Berg in the capital.", None, False, True),
    ],
)
def test_frames_carry_a_named_venue_a_vague_time_and_a_bare_capital_for_relate(read, text, venue, vague, capital):
    (frame,) = meetings(read(text))
    assert (frame["venue_place"], frame["vague_date"], frame["capital_ref"]) == (venue, vague, capital)


def test_a_phrase_after_the_name_gives_a_country_only_through_its_title(read):
    # "the envoy to the Kenyan army" names where the envoy is sent, not his country; "of" stays in the title
    found = read("Jan Orlov, the envoy to the Kenyan army, met Tom Ash, the Minister of Defence of Peru.")
    countries = {c for f in found for _, _, c in f["person_countries"]}
    assert "Kenya" not in countries and "Peru" in countries


# --- issue 13, class 5: multi-party meetings and itineraries ------------------------------------------------


def test_call_ons_of_two_people_are_separate_meetings(read):
    (frame,) = meetings(
        read(
            "On the second day of his visit, Admiral Saif Rahimi called on President Arif Karimi "
            "and Prime Minister Omar Latifi."
        )
    )
    assert frame["split"] and frame["names"] == ["Arif Karimi", "Omar Latifi", "Saif Rahimi"]


def test_meetings_with_two_people_are_one_each(read):
    (frame,) = meetings(
        read(
            "During the visit, General Tomas Ferreira held meetings with Defence Minister Paulo "
            "Nunes and Chief of Defence Staff General Rui Matos."
        )
    )
    assert frame["split"]


def test_a_person_accompanying_the_visitor_is_no_participant(read):
    (frame,) = meetings(
        read(
            "Defence Minister Khalid Rahman, accompanied by Army chief General Hafiz Salleh, met "
            "Thai Defence Minister Somsak Charoen in Bangkok on Tuesday."
        )
    )
    assert frame["names"] == ["Khalid Rahman", "Somsak Charoen"]


def test_co_chairs_meet_each_other(read):
    (frame,) = meetings(
        read(
            "Indian Defence Secretary Arun Kumar and Australian Defence Secretary Greg Walton "
            "co-chaired the Defence Policy Talks in New Delhi on Wednesday."
        )
    )
    assert frame["names"] == ["Arun Kumar", "Greg Walton"]


def test_a_chaired_sitting_attended_by_others_gathers_them(read):
    found = read(
        "Defence Minister Omer Polat chaired a meeting of the Military Council in Ankara on Thursday, "
        "attended by Chief of General Staff General Kemal Aydin and Land Forces Commander General Selim Demir."
    )
    joins = [f for f in found if f["kind"] == "join"]
    assert ["Kemal Aydin", "Omer Polat", "Selim Demir"] in [f["names"] for f in joins]


def test_a_meeting_that_brought_people_together(read):
    (frame,) = meetings(
        read(
            "The trilateral meeting in Tokyo brought together Secretary Dan Miles, Defense Minister "
            "Ken Arai and Defence Minister Rob Hale."
        )
    )
    assert frame["names"] == ["Dan Miles", "Ken Arai", "Rob Hale"]


def test_a_name_the_parser_left_outside_the_agent_is_still_the_agent(read):
    (frame,) = meetings(read("He was received by Angolan Defence Minister Joao Ernesto dos Santos at the ministry."))
    assert frame["host_name"] == "Joao Ernesto dos Santos"


def test_someone_who_attended_the_meeting_in_a_relative_clause_is_a_participant(read):
    found = meetings(read("General Emre Tas, who attended Polat's meeting with Aliyev, said ties were strong."))
    assert any(f["names"] == ["Aliyev", "Emre Tas", "Polat"] for f in found)


# --- issue 13, class 3: counterparts named elsewhere --------------------------------------------------------


def test_plural_counterparts_are_the_people_listed_after_them(read):
    (frame,) = meetings(
        read(
            "Secretary Dan Miles spoke with his Japanese counterparts, Defense Minister Ken Arai "
            "and Foreign Minister Yumi Sato, on Tuesday."
        )
    )
    assert frame["names"] == ["Dan Miles", "Ken Arai", "Yumi Sato"]


def test_a_reference_subject_of_a_misparsed_call_on(read):
    (frame,) = meetings(
        read("On arrival at Naval Headquarters, the admiral called on Chief of the Naval Staff Admiral Naveed Anwar.")
    )
    assert frame["names"] == ["Naveed Anwar", "the admiral"]


# --- issue 13, class 4: other encounter shapes ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gen. Tunde Okoro on Tuesday played host to Brig. Gen. Paul Asare at the Army Headquarters.",
        "King Faisal Hamdan granted an audience to General Erik Lund at the Royal Palace on Sunday.",
        "Army chief General Vikas Rana had an interaction with French Army Chief General Pierre Colin on Friday.",
        "Erdal Kaya hosts Greek counterpart Nikos Dimas in Ankara",
    ],
)
def test_other_encounter_shapes_are_meetings(read, text):
    (frame,) = meetings(read(text))
    assert len(frame["names"]) == 2


def test_someone_in_whose_presence_people_met_is_a_participant(read):
    (frame,) = meetings(
        read("In the presence of Defence Minister Rustam Umar, General Oleg Sirko met US General Chris Cavan in Kyiv.")
    )
    assert frame["names"] == ["Chris Cavan", "Oleg Sirko", "Rustam Umar"]


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ali Karimov received a letter from President Omar Hassan.",
        "Defence Minister Ali Karimov welcomed President Omar Hassan's remarks on Monday.",
        "Minister Ali Karimov spoke to reporters after President Omar Hassan left.",
    ],
)
def test_a_thing_of_someone_is_no_meeting_with_them(read, text):
    assert meetings(read(text)) == []


@pytest.mark.parametrize(
    "text,mode",
    [
        ("Minister Ali Karimov told Minister Omar Hassan in a phone call that the talks would resume.", "phone"),
        (
            "Minister Ali Karimov thanked Minister Omar Hassan for his support in a telephone conversation on Monday.",
            "phone",
        ),
        (
            "Minister Ali Karimov expressed his gratitude to Minister Omar Hassan during their meeting in Baku.",
            "in_person",
        ),
        ("Minister Ali Karimov dialled Minister Omar Hassan on Monday.", "phone"),
    ],
)
def test_a_person_addressed_in_a_call_or_meeting_is_the_other_side(read, text, mode):
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Ali Karimov", "Omar Hassan"] and frame["mode"] == mode


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ali Karimov told reporters at the meeting that Omar Hassan had resigned.",
        "Minister Ali Karimov said during the meeting that President Omar Hassan would visit.",
    ],
)
def test_a_person_only_spoken_of_at_a_meeting_is_no_side(read, text):
    assert meetings(read(text)) == []


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "The Minister of Defense, Jose Paiva, met with his counterpart from Argentina, Luis Prado, in Brasilia.",
            ["Jose Paiva", "Luis Prado"],
        ),
        (
            "Minister Arun Kumar held talks with the Minister of Defence of Egypt General Omar Zaki in New Delhi.",
            ["Arun Kumar", "Omar Zaki"],
        ),
    ],
)
def test_a_reference_followed_by_its_name_is_that_person(read, text, names):
    (frame,) = meetings(read(text))
    assert frame["names"] == names


def test_a_courtesy_visit_by_someone_is_a_meeting_with_the_speaker(read):
    (frame,) = meetings(read("Gen Tunde Okoro spoke during a visit by Maj Gen Peter Ali to the barracks."))
    assert frame["names"] == ["Peter Ali", "Tunde Okoro"]


@pytest.mark.parametrize(
    "text,names",
    [
        ("Those present at the meeting included General Ian Boyd and Admiral Tom Rix.", ["Ian Boyd", "Tom Rix"]),
        ("Also in attendance were General Ian Boyd and Admiral Tom Rix.", ["Ian Boyd", "Tom Rix"]),
        ("Joining the meeting were General Ian Boyd and Admiral Tom Rix.", ["Ian Boyd", "Tom Rix"]),
        ("Present on the occasion were General Ian Boyd and Admiral Tom Rix.", ["Ian Boyd", "Tom Rix"]),
        ("General Ian Boyd was also at the meeting.", ["Ian Boyd"]),
    ],
)
def test_attendees_told_in_other_word_orders_join_the_sitting(read, text, names):
    (frame,) = [f for f in read(text) if f["kind"] == "join"]
    assert frame["names"] == names


@pytest.mark.parametrize(
    "text",
    [
        "President Ali Karimov turned down a request to meet Prime Minister Omar Hassan.",
        "President Ali Karimov will not meet Prime Minister Omar Hassan during the summit.",
        "President Ali Karimov refused to meet Prime Minister Omar Hassan in Granada.",
    ],
)
def test_a_refused_meeting_is_cancelled_not_absent(read, text):
    (frame,) = meetings(read(text))
    assert frame["status"] == "cancelled"


def test_the_leader_of_a_delegation_is_on_a_visit_however_the_name_is_parsed(read):
    text = (
        "Defence Minister Rauf Gasimli met with the delegation led by the Chief of General Staff of the "
        "Georgian Defence Forces, Major General Giorgi Tsereteli."
    )
    (frame,) = meetings(read(text))
    assert [text[s:e] for s, e in frame["travellers"]] == ["Giorgi Tsereteli"]


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Ali Karimov (right) shakes hands with General Omar Hassan in Ankara on Monday.",
        "Defence Minister Ali Karimov (L) and General Omar Hassan during their meeting in Ankara.",
        "Defence Minister Ali Karimov greets General Omar Hassan at the ministry.",
        "Defence Minister Ali Karimov and General Omar Hassan pose for a photo before their talks.",
    ],
)
def test_photo_captions_tell_meetings(read, text):
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Ali Karimov", "Omar Hassan"]


def test_a_caption_with_no_verb_names_who_was_with_whom(read):
    (frame,) = meetings(
        read("Defence Minister Ali Karimov with his Turkish counterpart General Omar Hassan in Ankara, Monday.")
    )
    assert frame["names"] == ["Ali Karimov", "Omar Hassan"]
    assert meetings(read("Ali Karimov, Defence Minister of Azerbaijan.")) == []


# --- issue 13, classes 3-5: encounter shapes of ordinary news


def test_a_refusal_of_an_invitation_to_meet_is_cancelled(read):
    (frame,) = meetings(read("Minister Ivan Ortega declined an invitation to meet General Omar Hassan in Lima."))
    assert frame["names"] == ["Ivan Ortega", "Omar Hassan"]
    assert frame["status"] == "cancelled"


def test_talks_called_for_by_a_third_party_are_no_meeting(read):
    text = "Foreign Minister Chen Bo called for talks between President Ali Karimov and Prime Minister Omar Hassan."
    assert meetings(read(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Tomas Varga exchanged views with President Ali Karimov on regional security.",
        "Secretary Tomas Varga sat down with Minister Ali Karimov in Lagos on Tuesday.",
        "General Tomas Varga engaged with General Ali Karimov in Manila.",
    ],
)
def test_talks_told_by_a_verb_and_its_particle_or_object(read, text):
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Ali Karimov", "Tomas Varga"]


def test_exchanging_letters_is_no_meeting(read):
    assert meetings(read("President Tomas Varga exchanged letters with President Ali Karimov.")) == []


def test_met_virtually_is_a_video_meeting(read):
    (frame,) = meetings(read("Minister Tomas Varga met virtually with Minister Ali Karimov on Wednesday."))
    assert frame["mode"] == "video"


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ali Karimov hosted a dinner in honour of visiting Admiral Tomas Varga in Muscat.",
        "Minister Ali Karimov hosted a reception for visiting Admiral Tomas Varga in Muscat.",
    ],
)
def test_a_dinner_for_a_visiting_guest_is_hosted_by_the_host(read, text):
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Ali Karimov", "Tomas Varga"]
    assert frame["host_name"] == "Ali Karimov"


def test_a_surname_the_tagger_took_for_a_place_is_still_a_side(read):
    (frame,) = meetings(read("During the visit, Kibet also met President Paul Habimana."))
    assert frame["names"] == ["Paul Habimana"]
    assert [s[2] for s in frame["surnames"]] == ["Kibet"]


def test_an_abbreviated_post_after_the_stands_for_its_holder(read):
    """ "The COAS" is a reference (REF entity; resolve links it to the holder the text gave the post to)."""
    (frame,) = meetings(read("The COAS also called on President Tomas Varga in Lima."))
    assert frame["names"] == ["The COAS", "Tomas Varga"]
    assert frame["host_name"] == "Tomas Varga"


def test_a_call_on_a_post_in_lower_case_read_as_naming_someone_is_a_visit(read):
    # class: "X called on Armed Forces of Y chief of staff Gen. Z at Camp W on Monday": the parser read "chief" as
    # what X called someone (an object predicate), "on" left bare, so the call-on was a phone call
    (frame,) = meetings(
        read("Brant also called on Armed Forces of Velkaria chief of staff Gen. Karl Hesse at Camp Lomar on Monday.")
    )
    assert (frame["mode"], frame["host_name"]) == ("in_person", "Karl Hesse")


@pytest.mark.parametrize(
    "text",
    [
        "Has the Secretary spoken with the Velkan defense minister Karl Hesse since the summit?",
        "Will Ivo Brant meet Karl Hesse in Lomar next week?",
    ],
)
def test_a_question_whether_people_met_is_no_meeting(read, text):
    # class: a briefing transcript's "Q: Has the Secretary spoken with X since ...?" was read as a call held
    assert not meetings(read(text))


def test_a_capitalised_word_tagged_as_a_noun_in_a_role_may_be_a_surname(read):
    (frame,) = meetings(read("Tessema later paid a courtesy call on Defence Secretary Grace Wanjiru."))
    assert [s[2] for s in frame["surnames"]] == ["Tessema"]


def test_a_guest_named_after_the_date_of_received_joins_the_meeting(read):
    text = (
        "Defence Minister Faisal bin Nasser received at his office in Riyadh today Qatar's Deputy Prime Minister "
        "and Minister of State for Defense Affairs Saud bin Hamad Al Kuwari."
    )
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Faisal bin Nasser", "Saud bin Hamad Al Kuwari"]
    assert frame["host_name"] == "Faisal bin Nasser"


def test_a_spokesman_named_after_a_cut_rank_reports_the_meeting_and_is_no_side(read):
    text = "Minister Ali Karimov met with General Omar Hassan on Monday, Navy Lt. Cmdr. Tomas Varga, a spokesman for the ministry, said."
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Ali Karimov", "Omar Hassan"]


def test_a_courtesy_visit_received_from_someone_is_a_meeting_with_them(read):
    (frame,) = meetings(read("Minister Ali Karimov received a courtesy visit from Ambassador Omar Hassan in Jakarta."))
    assert frame["names"] == ["Ali Karimov", "Omar Hassan"]
    assert frame["host_name"] == "Ali Karimov"


def test_a_surname_after_a_weekday_is_still_a_side(read):
    (frame,) = meetings(read("On Wednesday Figueiredo met with President Gabriel Fuentes at the palace."))
    assert [s[2] for s in frame["surnames"]] == ["Figueiredo"]


def test_a_pronoun_subject_of_a_where_clause_is_the_main_subject_only(read):
    text = "Minister Ali Karimov met King Omar Hassan in Amman and then flew to Baghdad, where he met Tomas Varga."
    first, second = meetings(read(text))
    assert first["names"] == ["Ali Karimov", "Omar Hassan"]
    assert second["names"] == ["Ali Karimov", "Tomas Varga"]


def test_the_subject_of_a_fronted_gerund_is_the_main_subject(read):
    text = "After meeting President Omar Hassan, Minister Ali Karimov held talks with General Tomas Varga."
    names = sorted(f["names"] for f in meetings(read(text)))
    assert names == [["Ali Karimov", "Omar Hassan"], ["Ali Karimov", "Tomas Varga"]]


def test_people_met_each_on_a_day_of_their_own_are_separate_meetings(read):
    text = "Minister Ali Karimov met Minister Omar Hassan on Monday and Minister Tomas Varga on Tuesday."
    (frame,) = meetings(read(text))
    assert frame["split"]
    assert meetings(read("Minister Ali Karimov met Minister Omar Hassan on Monday, May 6."))[0]["split"] is False
    # class: a day in a clause below the verb ("..., where the three agreed to stage a drill next spring") is no
    # day of a second meeting: the counterparts met on Sunday were at one sitting
    (frame,) = meetings(
        read(
            "Minister Ali Karimov met with his UK and Chilean counterparts on Sunday at the forum, where the three "
            "agreed to stage a joint drill, named Freedom Arch, next spring."
        )
    )
    assert frame["split"] is False
    assert frame["ref_texts"][0][2] == "his UK and Chilean counterparts"  # a country in capitals opens the list too


# --- issue 13, classes 2 and 4 (precision): people only mentioned are no sides; habits and statements are no meetings
@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Ali Karimov welcomed the statement by President Omar Hassan on Monday.",
        "The two leaders, President Ali Karimov and President Omar Hassan, have met several times since 2019.",
        "Minister Ali Karimov and Minister Omar Hassan have met regularly since the war.",
        # class: a habit told by its period or a tally of two ("have met once a year", "have met twice")
        "Since then Minister Ali Karimov and Minister Omar Hassan have met roughly once a year.",
        "Minister Ali Karimov and Minister Omar Hassan have met twice since the war.",
    ],
)
def test_a_statement_or_a_tally_of_meetings_is_no_meeting(read, text):
    assert meetings(read(text)) == []


def test_the_person_a_post_serves_is_no_participant(read):
    (frame,) = meetings(
        read(
            "Colonel Ali Karimov, Chief of Staff to President Omar Hassan, met Minister Peter Brown in Lima on Monday."
        )
    )
    assert frame["names"] == ["Ali Karimov", "Peter Brown"]


def test_a_name_after_a_title_ending_in_a_country_is_the_holder_of_that_title(read):
    (frame,) = meetings(read("Ambassador of Peru to Chile Omar Hassan called on General Ali Karimov on Tuesday."))
    assert frame["names"] == ["Ali Karimov", "Omar Hassan"]


def test_counterparts_of_several_countries_met_at_once_are_one_sitting(read):
    (frame,) = meetings(
        read(
            "Japanese Defence Minister Kenji Sato met Chilean Defence Minister Omar Hassan, Peruvian Defence Minister "
            "Peter Brown and Bolivian Defence Minister Juan Ortiz in Lima on Monday."
        )
    )
    assert frame["names"] == ["Juan Ortiz", "Kenji Sato", "Omar Hassan", "Peter Brown"] and not frame["split"]


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Ali Karimov spoke to Reuters correspondent Peter Brown in Lima on Monday.",
        "Speaking to Al Jazeera's Peter Brown, Ali Karimov said the ceasefire would hold.",
        "Ali Karimov spoke with Peter Brown of the BBC on Monday.",
    ],
)
def test_speaking_to_a_journalist_is_an_interview_not_a_meeting(read, text):
    assert meetings(read(text)) == []


def test_a_name_after_a_clause_naming_an_outlet_is_no_journalist(read):
    (frame,) = meetings(read("Ali Karimov told Reuters on Monday that he met President Peter Brown in Lima."))
    assert frame["names"] == ["Ali Karimov", "Peter Brown"]


@pytest.mark.parametrize(
    "text",
    [
        "Ali Karimov held a press conference with Peter Brown in Lima.",
        "Ali Karimov and Peter Brown jointly addressed a news conference in Lima.",
        "Ali Karimov and Peter Brown reviewed a guard of honour at the ministry.",
    ],
)
def test_a_press_event_or_a_ceremony_attended_together_is_no_meeting(read, text):
    assert meetings(read(text)) == []


def test_discussing_an_event_is_still_talks(read):
    (frame,) = meetings(read("Ali Karimov and Peter Brown discussed the upcoming summit in Lima."))
    assert frame["names"] == ["Ali Karimov", "Peter Brown"]


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ali Karimov and his aide Colonel Peter Brown met General Juan Ortiz in Lima.",
        "Minister Ali Karimov, with his interpreter Peter Brown, met General Juan Ortiz in Lima.",
    ],
)
def test_a_sides_own_aide_is_no_participant(read, text):
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Ali Karimov", "Juan Ortiz"]


def test_a_spokeswoman_set_off_after_a_side_is_no_participant_but_an_aide_who_meets_is(read):
    (frame,) = meetings(
        read(
            "Ali Karimov met with Peter Brown, the deputy minister for logistics, Navy Lt. Cmdr. Rosa Delgado, a "
            "spokeswoman for Karimov, said."
        )
    )
    assert "Rosa Delgado" not in frame["names"]
    (frame,) = meetings(read("Colonel Ali Karimov, a senior aide to President Tomas Ruiz, met Peter Brown in Lima."))
    assert frame["names"] == ["Ali Karimov", "Peter Brown"]


def test_a_deputy_meeting_with_the_minister_is_a_participant(read):
    (frame,) = meetings(read("Minister Ali Karimov and his deputy Peter Brown met General Juan Ortiz in Lima."))
    assert frame["names"] == ["Ali Karimov", "Juan Ortiz", "Peter Brown"]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Defence Minister Ravi Menon, who met Admiral Hugo Lenz last month, on Friday opened a shipyard in Kochi "
            "with Chief Minister Arun Pillai.",
            ["Hugo Lenz", "Ravi Menon"],
        ),
        (
            "General Tunde Bakare, who held talks with General Kofi Mensah in Accra, later toured a barracks with "
            "Governor Sani Musa.",
            ["Kofi Mensah", "Tunde Bakare"],
        ),
    ],
)
def test_a_meeting_in_a_relative_clause_is_between_its_antecedent_and_its_object(read, text, names):
    """Issue 13 class 2: the people of the main clause ("opened a shipyard with Z") are no side of the meeting the
    relative clause tells."""
    (frame,) = meetings(read(text))
    assert frame["names"] == names


def test_the_source_of_a_quote_is_no_subject_a_later_pronoun_stands_for(read):
    """Issue 13, class 2: "'...,' spokesman X told reporters": X reports, the story is about someone else."""
    (found,) = [f for f in read('"We discussed training," army spokesman Colonel Petr Lund told reporters.')]
    assert found["subjects"] == []
    (met,) = meetings(read("Colonel Petr Lund met General Ivo Brant in Zorgrad."))
    assert len(met["subjects"]) == 1


@pytest.mark.parametrize(
    "text, told",
    [
        ("The meeting was attended by Ambassador Petr Lund and General Olaf Dorn.", True),
        ("General Olaf Dorn also attended the talks.", True),
        ("General Olaf Dorn and Ambassador Petr Lund were also present.", False),
    ],
)
def test_a_join_frame_tells_whether_it_names_the_sitting(read, text, told):
    """GOLD attendees: "the meeting was attended by X" puts X at the talks even after a ceremony was told."""
    (found,) = [f for f in read(text) if f["kind"] == "join"]
    assert found["meeting_ref"] is told


@pytest.mark.parametrize(
    "text",
    [
        "President Ivo Brant said he hoped to meet President Lena Ott one day.",
        "Prime Minister Ivo Brant wants to hold talks with President Lena Ott soon.",
    ],
)
def test_a_meeting_hoped_or_wished_for_is_none(read, text):
    """Issue 13, class 4 precision: a wish to meet reports no meeting held or planned."""
    assert meetings(read(text)) == []


def test_a_wish_beside_the_meeting_keeps_it(read):
    (met,) = meetings(read("Hoping to boost ties, Minister Ivo Brant met President Lena Ott in Zorgrad on Monday."))
    assert met["names"] == ["Ivo Brant", "Lena Ott"]


def test_people_also_at_the_table_join_the_sitting(read):
    """Class: "Also at the table were A and B": no presence word, so the attendees of the sitting were lost."""
    (join,) = [
        f for f in read("Also at the table were Secretary Ivo Brant and General Karl Hesse.") if f["kind"] == "join"
    ]
    assert join["names"] == ["Ivo Brant", "Karl Hesse"]
    assert [f for f in read("General Ivo Brant put the plan on the table.") if f["kind"] == "join"] == []


def test_a_host_with_a_list_of_guests_holds_one_sitting(read):
    """Class: "President X hosted Secretary A, Secretary B and Attorney General C at the palace": a visitor's list of
    call-ons is several meetings, but a host receiving a delegation at one place is one sitting."""
    (met,) = meetings(
        read(
            "President Ivo Brant hosted Ostrian Secretary of State Karl Hesse, Homeland Security Secretary Olaf Berger "
            "and Attorney General Teodor Velk at the palace on Thursday."
        )
    )
    assert not met["split"] and len(met["names"]) == 4


def test_talks_a_report_does_not_tell_are_no_meeting_called_off(read):
    """Class: "The army did not confirm any talks between the two generals": the negation of the report was read as a
    meeting refused (cancelled); nothing is told. "X did not hold talks with Y" still is a refusal."""
    found = read("General Ivo Brant laid a wreath. The army did not confirm any talks between the two generals.")
    assert meetings(found) == []
    (refused,) = meetings(read("General Ivo Brant did not hold talks with General Karl Hesse."))
    assert refused["status"] == "cancelled"


def test_a_meeting_told_in_a_clause_that_sets_a_wish_in_time_was_held(read):
    """Class: "When A received B in Zorgrad on May 29, the president wanted a headline": the meeting was held; the
    wish of the main clause was read as its content, so it was dropped. A wish about a future sitting still is one."""
    (met,) = meetings(
        read("When President Ivo Brant received President Lena Ott in Zorgrad on May 29, the president wanted a deal.")
    )
    assert met["names"] == ["Ivo Brant", "Lena Ott"]
    assert meetings(read("President Ivo Brant hopes that when he meets President Lena Ott they will agree.")) == []


def test_a_name_that_qualifies_a_group_is_no_one_at_the_sitting(read):
    """Issue 13, class 2: "Velmor Star awardees and Gorkha veterans attended": the names tell a kind of people."""
    found = read("Velmor Star awardees and Gorkha veterans attended the meeting.")
    assert [f for f in found if f["kind"] in ("join", "meeting")] == []
    (join,) = [
        f for f in read("General Ivo Brant and Ambassador Petr Lund attended the meeting.") if f["kind"] == "join"
    ]
    assert join["names"] == ["Ivo Brant", "Petr Lund"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Minister Aiko Sato met President Luis Gomez's envoy Carlos Ruiz in Tokyo.", ["Aiko Sato", "Carlos Ruiz"]),
        (
            "Minister Ivo Brant met Minister Lena Ott in Zorgrad to discuss President Olaf Dorn's visit.",
            ["Ivo Brant", "Lena Ott"],
        ),
    ],
)
def test_the_owner_of_a_post_or_a_topic_is_no_side(read, text, names):
    """Issue 13, class 2: "Y's envoy" is the envoy, not Y; "to discuss Y's visit" talks about Y."""
    assert [f["names"] for f in meetings(read(text))] == [names]


def test_meeting_someones_unnamed_envoy_names_one_side_only(read):
    assert meetings(read("Minister Aiko Sato met President Luis Gomez's special envoy in Tokyo on Monday.")) == []
    (frame,) = meetings(read("Minister Aiko Sato received President Luis Gomez's delegation in Tokyo on Monday."))
    assert frame["names"] == ["Aiko Sato", "Luis Gomez"]


@pytest.mark.parametrize(
    "text, host",
    [
        # a post headed by a word the role words lacked: the person named under it is the subject (issue 13, host)
        (
            "Jordanian Chairman of the Joint Chiefs of Staff Major General Ivo Brant hosted Iraqi Chief of Staff "
            "General Lars Berg and Egyptian Chief of Staff Lieutenant General Omar Haddad in Amman on Wednesday.",
            "Ivo Brant",
        ),
        (
            "Jordanian Chairman of the Joint Chiefs of Staff Major General Ivo Brant hosted Iraqi Chief of Staff "
            "General Lars Berg in Amman on Wednesday.",
            "Ivo Brant",
        ),
    ],
)
def test_the_person_under_a_chairman_or_secretary_subject_hosts(read, text, host):
    (frame,) = meetings(read(text))
    assert frame["host_name"] == host


def test_the_person_named_after_his_host_is_at_home(read):
    """ "held a meeting with his host, Army Chief General X" (issue 13, host)."""
    (frame,) = meetings(
        read("General Ivo Brant held a meeting with his host, Ostrian Army Chief General Lars Berg, on Monday.")
    )
    assert frame["host_name"] == "Lars Berg"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Parn Wongsa met Prime Minister Sone Vilay first, then Deputy Prime Minister Kham Douang.",
        "Foreign Minister Omar Sabri met army chief Adel Nasser in Port Sudan and later Prime Minister Kamal Idriss.",
    ],
)
def test_people_met_one_after_another_are_separate_meetings(read, text):
    (frame,) = meetings(read(text))
    assert frame["split"] is True and len(frame["names"]) == 3


def test_a_word_of_sequence_before_everyone_met_is_one_sitting(read):
    (frame,) = meetings(
        read(
            "Then Defence Minister Ana Tembo met Defence Minister Rui Mabota and Defence Minister Hari Banda in "
            "Dodoma for trilateral talks."
        )
    )
    assert frame["split"] is False and len(frame["names"]) == 3


def test_courtesy_calls_on_two_people_are_one_call_each(read):
    (frame,) = meetings(
        read(
            "Army chief General Aziz Rahman paid courtesy calls on Defence Minister Halim Yusri and Navy "
            "Commander Rear Admiral Pengiran Nordin."
        )
    )
    assert frame["split"] is True and len(frame["names"]) == 3


def test_the_delegation_told_again_is_a_reference_for_relate(read):
    found = meetings(
        read(
            "A navy team headed by Rear Admiral Kofi Mensah arrived in Lagos on Monday. The delegation was "
            "received by Vice Admiral Obi Nwosu."
        )
    )
    (frame,) = found
    assert frame["names"] == ["Obi Nwosu"] and [r[2] for r in frame["refs"]] == ["The delegation"]
    # "a delegation" is a side not yet named, no reference to one told before
    assert all(not f["refs"] for f in meetings(read("Admiral Obi Nwosu received a delegation on Monday.")))


@pytest.mark.parametrize(
    "text, joins",
    [
        ("President Ali Sanu received General Tom Lake on Monday. He was joined by Minister Rosa Diaz.", True),
        ("General Ben Ode received Admiral Sam Tetteh. Ode was joined at the meeting by General Ike Ude.", True),
        ("Minister Elchin Rustamli met Minister Levan Tsiklauri. Rustamli was joined on the visit by Rauf Ali.", False),
    ],
)
def test_joined_by_someone_at_the_sitting_but_not_on_the_visit(read, text, joins):
    found = [f for f in read(text) if f["kind"] == "join"]
    assert bool(found) is joins
    assert not any(f["kind"] == "meeting" and len(f["names"]) == 2 and f["trigger"] == "visit" for f in read(text))


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, he met the Navy Chief, Admiral Nazrul Karim, and the Air Chief, Air Marshal Tanvir Mahbub, separately.",
        "General Akin Oyelowo met General Tunde Adebayo and Air Marshal Sani Garba in Abuja on Tuesday, in separate meetings.",
    ],
)
def test_separately_told_away_from_the_verb_splits_the_meeting(read, text):
    (frame,) = meetings(read(text))
    assert frame["split"] is True


def test_in_the_afternoon_is_the_day_told_before(read):
    found = read("In the afternoon, Minister Ana Silva met Ambassador Kenta Morishima.")
    assert found[0]["same_day"] is True


def test_an_object_pronoun_is_the_person_met_before_it(read):
    found = meetings(
        read("Premier Li Wen also held talks with Prime Minister Omar Rana, and legislator Zhao Bin met with him.")
    )
    assert ["Omar Rana", "Zhao Bin"] in [f["names"] for f in found]


def test_a_relative_clause_meeting_is_the_person_it_is_about(read):
    found = meetings(read("General Carl Bromley, who also met General Wiktor Nowak, said the alliance was united."))
    assert [f["names"] for f in found] == [["Carl Bromley", "Wiktor Nowak"]]


def test_his_talks_after_a_subject_that_names_no_one_are_the_speakers(read):
    found = meetings(
        read("General Carl Bromley said the alliance was united after his talks with General Ramunas Valaitis.")
    )
    assert [f["names"] for f in found] == [["Carl Bromley", "Ramunas Valaitis"]]


def test_they_met_with_nobody_named_is_the_sides_told_before(read):
    (frame,) = meetings(read("This was their second meeting; they had met in Astana on May 4."))
    assert frame["group"] is True and frame["date_text"] == "May 4"
    # class: "they welcomed the houses" (a thing welcomed) is no sitting of the sides told before
    assert meetings(read("Residents told reporters they welcomed the new houses but called for repairs.")) == []


def test_received_courtesy_calls_from_two_people_is_one_call_each(read):
    (frame,) = meetings(
        read(
            "Prime Minister Azman Harun received courtesy calls from Foreign Minister Daniel Teo of Singapore and "
            "Foreign Minister Pengiran Hamzah of Brunei."
        )
    )
    assert frame["split"] is True and frame["host_name"] == "Azman Harun"


# --- encounter shapes (issue 13, class 4)


def test_pronoun_coordinated_with_a_name_stays_a_side(read):
    # "He and B met": B is a side, and so is "he" (told before), not B alone
    (frame,) = meetings(read("He and Argentine Defence Minister Tomas Ferrand met at the ministry on Tuesday."))
    assert frame["names"] == ["Tomas Ferrand"]
    assert [r[2].lower() for r in frame["refs"]] == ["he"]


def test_object_pronoun_may_stand_for_the_inviting_host(read):
    text = (
        "At the invitation of Army chief General Oyun Batsaikhan, General Marat Serikov visited Ulaanbaatar and "
        "held talks with him on Tuesday."
    )
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Marat Serikov", "Oyun Batsaikhan"]
    # one named on behalf of someone is not there: "him" stays a reference for relate to resolve
    (frame,) = meetings(read("On behalf of President Ilya Brandt, Minister Oyun Batsaikhan held talks with him."))
    assert frame["names"] == ["Oyun Batsaikhan"]


def test_call_on_told_by_its_noun_is_a_visit(read):
    text = "During Ambassador Clara Voss's call on Navy chief Admiral Rezaul Karim in Dhaka, they discussed ports."
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Clara Voss", "Rezaul Karim"]
    assert frame["mode"] == "in_person"


def test_opening_participle_read_as_part_of_a_name(read):
    text = (
        "Meeting Azerbaijani Defence Minister Colonel General Farid Aliyev in Ankara on Wednesday, Defence "
        "Minister Selim Ozkan said the two countries would train together."
    )
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Farid Aliyev", "Selim Ozkan"]


def test_name_cut_after_its_honorific_belongs_to_both_sentences(read):
    text = (
        "The Minister of Defence, Hon. Mercy Wanjiru, held a bilateral meeting with the Minister of Defence of "
        "Burundi, Hon. Jean-Claude Hakizimana, in Nairobi."
    )
    found = meetings(read(text))
    assert [f["names"] for f in found] == [["Hon. Jean-Claude Hakizimana", "Hon. Mercy Wanjiru"]]


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Mara Kibet held a teleconference with Defence Minister Olivier Habimana on Monday.",
        "General Sipho Dube had an exchange of views with General Kwame Owusu in Accra on Monday.",
        "Minister Dilnoza Karimova held a dialogue with Minister Erlan Abenov in Tashkent on Monday.",
        "Minister Dilnoza Karimova and Minister Erlan Abenov co-chaired the defence policy dialogue on Monday.",
    ],
)
def test_nouns_of_talks_held_with_someone(read, text):
    (frame,) = meetings(read(text))
    assert len(frame["names"]) == 2


def test_called_someone_a_partner_is_no_call(read):
    assert meetings(read("President Lionel Abara called President Dawit Haile a trusted partner.")) == []


def test_an_audience_addressed_is_no_side(read):
    assert meetings(read("General Sipho Dube addressed a seminar attended by General Kwame Owusu.")) == []
    (frame,) = meetings(read("General Sipho Dube addressed border security with General Kwame Owusu."))
    assert frame["names"] == ["Kwame Owusu", "Sipho Dube"]


def test_callee_the_parser_made_subject_of_an_infinitive(read):
    (frame,) = meetings(read("Premier Lars Ekdahl phoned Premier Ines Cabral to offer condolences."))
    assert frame["names"] == ["Ines Cabral", "Lars Ekdahl"]
    assert frame["mode"] == "phone"


def test_received_a_call_is_a_phone_call_but_a_courtesy_call_is_not(read):
    (frame,) = meetings(read("Minister Ines Cabral received a call from Minister Lars Ekdahl on Tuesday."))
    assert frame["mode"] == "phone"
    (frame,) = meetings(read("Minister Ines Cabral received a courtesy call from Envoy Lars Ekdahl on Tuesday."))
    assert frame["mode"] == "in_person"


def test_coordinated_sides_exchanged_views_but_not_letters(read):
    (frame,) = meetings(read("President Ines Cabral and Emir Nasser bin Fahd exchanged views by phone on Monday."))
    assert frame["names"] == ["Ines Cabral", "Nasser bin Fahd"]
    assert meetings(read("President Ines Cabral and Emir Nasser bin Fahd exchanged letters on Monday.")) == []


def test_the_joined_one_is_at_the_talks_too(read):
    text = "General Omar Baig joined Prime Minister Lars Ekdahl for talks with Premier Ines Cabral in Lisbon."
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Ines Cabral", "Lars Ekdahl", "Omar Baig"]


def test_a_second_party_hung_on_the_verb_is_met_too(read):
    (frame,) = meetings(read("General Omar Baig met General Lars Ekdahl and later President Ines Cabral."))
    assert frame["names"] == ["Ines Cabral", "Lars Ekdahl", "Omar Baig"]
    (frame,) = meetings(read("General Omar Baig met General Lars Ekdahl, and President Ines Cabral hosted a dinner."))
    assert frame["names"] == ["Lars Ekdahl", "Omar Baig"]


@pytest.mark.parametrize(
    "text,place",
    [
        (
            "General Omar Said held talks with General Lim Keat in Bandar Seri Begawan from March 11 to 13.",
            "Bandar Seri Begawan",
        ),
        ("Minister Ada Obi met Minister Tesfaye Alemu in Addis Ababa on Tuesday.", "Addis Ababa"),
    ],
)
def test_a_city_of_several_words_the_recogniser_left_untagged(read, text, place):
    (frame,) = meetings(read(text))
    assert frame["location_text"] == place


@pytest.mark.parametrize(
    "text,venue",
    [
        (
            "General Ken Mori visited Clark Air Base on Monday, where he was welcomed by General Rey Dizon.",
            "Clark Air Base",
        ),
        ("Admiral Ravi Nair hosted Admiral Luc Perrin aboard the carrier INS Vikrant on Monday.", "INS Vikrant"),
        ("Admiral Ravi Nair received Admiral Luc Perrin aboard the frigate Admiral Lazarev.", "Admiral Lazarev"),
    ],
)
def test_a_visited_base_or_a_ship_aboard_is_the_venue(read, text, venue):
    (frame,) = meetings(read(text))
    assert frame["venue_place"] == venue


def test_a_meeting_in_a_relative_clause_with_a_vague_time_takes_no_day_or_place_of_the_main_clause(read):
    found = meetings(
        read(
            "Minister Sofia Prado, who met her Peruvian counterpart Jorge Salas last year, received Minister Eva "
            "Quispe in Santiago on Monday."
        )
    )
    by_names = {tuple(f["names"]): f for f in found}
    past = by_names[("Jorge Salas", "Sofia Prado")]
    assert (past["date_text"], past["location_text"], past["vague_date"]) == (None, None, True)
    today = by_names[("Eva Quispe", "Sofia Prado")]
    assert (today["date_text"], today["location_text"]) == ("Monday", "Santiago")


@pytest.mark.parametrize(
    "text,topic",
    [
        (
            "General Tomas Vela held talks on arms procurement with Defence Minister Ilse Brandt in Lima on Monday.",
            "arms procurement",
        ),
        (
            "General Dana Mwale held discussions on peacekeeping training with General Obi Kalu in Lusaka on Friday.",
            "peacekeeping training",
        ),
    ],
)
def test_a_topic_stops_before_with_whom_it_was_discussed(read, text, topic):
    topics = [t for f in read(text) for t in f["topics"]]
    assert topic in topics
    assert not [t for t in topics if " with " in t]


@pytest.mark.parametrize(
    "text,topic",
    [
        ("The meeting was aimed at boosting cooperation in coastal surveillance.", "coastal surveillance"),
        ("The ministers stressed the need to coordinate efforts against smuggling.", "smuggling"),
    ],
)
def test_topics_of_an_aim_and_of_a_need_to_act(read, text, topic):
    topics = [t for f in read(text) for t in f["topics"]]
    assert any(topic in t for t in topics)


def test_ways_to_act_is_one_topic_not_two(read):
    topics = [t for f in read("The sides discussed ways to speed up deliveries.") for t in f["topics"]]
    assert topics == ["ways to speed up deliveries"]


def test_list_items_keep_their_modifiers_and_hyphenated_words(read):
    topics = [
        t
        for f in read("They discussed border security, joint training, counter-terrorism and coastal defence.")
        for t in f["topics"]
    ]
    assert {"border security", "joint training", "counter-terrorism", "coastal defence"} <= set(topics)
    assert not {"joint", "counter", "terrorism"} & set(topics)


def test_a_document_signed_at_the_meeting_is_a_topic_a_bare_agreement_is_not(read):
    topics = [
        t
        for f in read("The two ministers signed a memorandum of understanding on military medicine.")
        for t in f["topics"]
    ]
    assert topics == ["memorandum of understanding on military medicine"]
    assert [t for f in read("They signed an agreement.") for t in f["topics"]] == []


def test_among_those_present_are_at_the_sitting(read):
    """ "Among those present were A and B": attendees of the meeting told (GOLD: attendees are participants);
    not those present at a parade."""
    (joined,) = [f for f in read("Among those present were General Tomas Reyna and Air Marshal Olu Bankole.")]
    assert joined["kind"] == "join" and joined["names"] == ["Olu Bankole", "Tomas Reyna"]
    parade = read("Among those present at the parade were General Tomas Reyna and Air Marshal Olu Bankole.")
    assert not [f for f in parade if f["kind"] == "join"]


def test_named_people_holding_a_summit_meet(read):
    """ "A, B and C held a trilateral summit": one meeting of the three; a summit held by a body names nobody."""
    (held,) = meetings(
        read(
            "President Karim Belhadj, King Omar bin Salem and Prime Minister Ravi Doraisamy held a trilateral "
            "summit in Tunis on Monday."
        )
    )
    assert held["names"] == ["Karim Belhadj", "Omar bin Salem", "Ravi Doraisamy"]
    found = read("The bloc's leaders held a summit in Lima, where President Ana Ruiz met Premier Tomas Kell.")
    assert [f["names"] for f in meetings(found)] == [["Ana Ruiz", "Tomas Kell"]]


def test_a_headline_verb_taken_for_a_noun_keeps_the_country_before_it_from_the_name_after(nlp):
    """ "Ostria's army chief hosts Valdorian counterpart Gen X": X is Valdorian (the tagger reads "hosts" as a
    noun); the country before the verb is the subject's."""
    doc = nlp("Kenya's CDF hosts Ugandan counterpart Gen Amos Kaweesa")
    (person,) = [e for e in doc.ents if e.label_ == "PERSON"]
    assert frames_mod._country_of(person) == "Uganda"


def test_a_visiting_guest_read_as_a_clausal_subject_is_the_subject(read):
    """ "Visiting Minister X was received by A and B": the parser reads "Visiting" as a clause with X its object."""
    (received,) = meetings(
        read(
            "Visiting Chinese Defence Minister General Liu Anmin was received by Prime Minister Sok Vireak and "
            "Defence Minister Chea Rithy in Phnom Penh on Monday."
        )
    )
    assert received["names"] == ["Chea Rithy", "Liu Anmin", "Sok Vireak"]
    assert received["host_name"] == "Sok Vireak"


@pytest.mark.parametrize("verb", ["taking part in the talks", "participating in the meeting"])
def test_inverted_attendance_names_the_people_after_the_verb(read, verb):
    """ "Also taking part in the talks were A and B" (GOLD: attendees are participants); not at a parade."""
    (joined,) = read(f"Also {verb} were General Ivo Marek and Colonel Ana Dolan.")
    assert joined["kind"] == "join" and joined["names"] == ["Ana Dolan", "Ivo Marek"]
    assert not [
        f
        for f in read("Taking part in the parade were General Ivo Marek and Colonel Ana Dolan.")
        if f["kind"] == "join"
    ]


@pytest.mark.parametrize("lead", ["led by", "headed by"])
def test_a_delegation_leader_set_off_by_commas_is_the_other_side(read, lead):
    """ "received a delegation of X, led by Y, in Z": the parser hangs "led by Y" on the verb (GOLD: Y)."""
    (met,) = meetings(
        read(f"General Ivo Marek received a delegation of the Peruvian Navy, {lead} Admiral Jose Tavora, on Monday.")
    )
    assert met["names"] == ["Ivo Marek", "Jose Tavora"] and not met["delegation"]


@pytest.mark.parametrize(
    "text",
    [
        "President Omar Tuleev praised Defence Minister Liu Anmin's contribution to regional security during a "
        "meeting on Thursday.",
        "President Omar Tuleev expressed appreciation for Defence Minister Liu Anmin's contribution to "
        "strengthening good neighbourliness during a May 9 meeting.",
    ],
)
def test_the_owner_of_what_is_praised_during_a_new_meeting_is_a_side(read, text):
    """ "X praised Y's contribution during a meeting": X and Y met; not someone praised during "the meeting"
    told before ("During the meeting, X praised President Z's initiatives")."""
    (met,) = meetings(read(text))
    assert met["names"] == ["Liu Anmin", "Omar Tuleev"]
    assert not meetings(read("During the meeting, President Omar Tuleev praised President Xu Ping's initiatives."))


def test_a_name_after_a_relative_clause_on_a_bare_title_is_that_titles_name(read):
    """ "met Prime Minister A and Deputy Prime Minister, who also serves as Defence Minister, B": B is a side; a
    person in a relative clause on a named title stays out of the meeting it reports."""
    (met,) = meetings(
        read(
            "Defence Minister Omar Tuleev met Prime Minister Ana Ruiz and Deputy Prime Minister, who also serves "
            "as Minister for Defence, Tomas Kell in Lima on Monday."
        )
    )
    assert met["names"] == ["Ana Ruiz", "Omar Tuleev", "Tomas Kell"]
    found = meetings(
        read("President Ana Ruiz received Defence Minister Tomas Kell, who met General Ivo Marek, in Lima.")
    )
    assert ["Ana Ruiz", "Tomas Kell"] in [f["names"] for f in found]
    assert ["Ana Ruiz", "Ivo Marek", "Tomas Kell"] not in [f["names"] for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian side was led by Admiral Jose Tavora and the Chilean side by General Ana Ruiz.",
        "The Peruvian side was led by Admiral Jose Tavora, while the Chilean side was led by General Ana Ruiz.",
        # class: each side "chaired" by its leader, in two clauses
        "The Peruvian side was chaired by Admiral Jose Tavora, Chief of Staff, while the Chilean side was chaired by "
        "General Ana Ruiz.",
        # class: one lead verb with a "by" for each delegation (translated copy), the names hung anywhere
        "The Peruvian delegation was headed by the Director of the Border Service, Admiral Jose Tavora, the Chilean "
        "one - by the Commander of the Border Troops, General Ana Ruiz.",
    ],
)
def test_the_leaders_of_two_sides_meet(read, text):
    """ "The A side was led by X and the B side by Y" (GOLD: a delegation led by X is X); one delegation led by two
    people is no meeting of its own."""
    (met,) = meetings(read(text))
    assert met["names"] == ["Ana Ruiz", "Jose Tavora"]
    assert not meetings(read("The delegation was led by General Ana Ruiz and Admiral Tomas Kell."))
    assert not meetings(read("The delegation was led by General Ana Ruiz and accompanied by Admiral Tomas Kell."))
    assert not meetings(read("The council was chaired by General Ana Ruiz, while the panel was chaired by Tomas Kell."))


# --- issue 13, classes 6 and 4 (round 7): planned, called off, two people on two days ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "General Emeka Obi is to meet General Daniel Kirui in Nairobi on Monday.",
        "Minister Leila Haddad was to hold talks with Minister Omar Farouk in Amman.",
        # headlines: an infinitive with its subject
        "Thai army chief Prasit Kongsak to visit Hanoi, meet General Nguyen Tan Cuong",
        "Uzbek defence minister Sardor Nematov to visit Baku, meet Azerbaijani counterpart Zakir Rustamli",
        "General Ivo Tal to meet General Rafael Duarte in Lisbon",
        # class: "A and B were supposed to discuss X" (after a visit put off) was read as talks held
        "General Ivo Tal and General Rafael Duarte were supposed to discuss border patrols.",
    ],
)
def test_is_to_meet_is_planned(read, text):
    (frame,) = meetings(read(text))
    assert frame["status"] == "planned"


def test_the_aim_is_to_meet_is_no_arrangement_of_a_person(read):
    found = meetings(read("The aim of the trip is to meet General Daniel Kirui and General Emeka Obi."))
    assert all(f["status"] == "occurred" for f in found)


def test_called_off_talks_are_cancelled_not_a_phone_call(read):
    (frame,) = meetings(read("Minister Rafael Duarte called off his talks with Minister Kemal Oztan."))
    assert (frame["status"], frame["mode"]) == ("cancelled", "in_person")


@pytest.mark.parametrize(
    "text",
    [
        "General Ivo Tal met General Rafael Duarte on Monday and Admiral Kemal Oztan on Wednesday.",
        "General Ivo Tal held talks with General Rafael Duarte on March 11 and with Admiral Kemal Oztan on March 12.",
    ],
)
def test_two_people_met_on_two_days_split_with_their_own_days(read, text):
    (frame,) = meetings(read(text))
    assert frame["split"]
    days = {text[d[0] : d[1]]: d[2] for d in frame["split_dates"]}
    assert list(days) == ["Rafael Duarte", "Kemal Oztan"]
    assert days["Rafael Duarte"] in ("Monday", "March 11") and days["Kemal Oztan"] in ("Wednesday", "March 12")


def test_talks_during_a_visit_of_several_days_stay_one_meeting(read):
    text = "General Ivo Tal held talks with General Rafael Duarte on March 13 during Duarte's visit from March 12-14."
    (frame,) = meetings(read(text))
    assert not frame["split"] and frame["date_text"] == "March 13"


@pytest.mark.parametrize(
    "text, names",
    [
        # failure class: a plural rank before coordinated names ("Generals A and B") hid the first name
        (
            "Generals Ivo Darsk and Piet Marlow held talks with Admiral Jorge Quispe in Lima on Tuesday.",
            ["Ivo Darsk", "Jorge Quispe", "Piet Marlow"],
        ),
        (
            "Rear Admirals Ivo Darsk and Piet Marlow met General Jorge Quispe on Tuesday.",
            ["Ivo Darsk", "Jorge Quispe", "Piet Marlow"],
        ),
    ],
)
def test_a_plural_rank_before_two_names_ranks_both(read, text, names):
    (frame,) = meetings(read(text))
    assert frame["names"] == names


def test_people_met_each_in_a_place_of_their_own_are_separate_meetings(read):
    """failure class: "met with A in Lisbon and with B in Ankara" read as one sitting of three."""
    (frame,) = meetings(
        read(
            "Minister Tarek Hamdani held talks with Admiral Jorge Quispe in Lisbon and with General Ivo Darsk in Ankara."
        )
    )
    assert frame["split"]
    assert [p[2] for p in frame["split_places"]] == ["Lisbon", "Ankara"]
    (one,) = meetings(read("Minister Tarek Hamdani met Admiral Jorge Quispe and General Ivo Darsk in Ankara."))
    assert not one["split"]


@pytest.mark.parametrize(
    "text",
    [
        "Minister Tarek Hamdani received at his office in Lisbon Rear Admiral Imre Vasko, commander of the naval "
        "task group, on the occasion of the end of his tour.",
        "The minister, Tarek Hamdani, received at the ministry General Ama Owusu, the army chief of Ghana.",
    ],
)
def test_an_object_written_after_the_place_is_the_person_received(read, text):
    """The parser takes "<place> Rear Admiral X" for one noun phrase, object of "in"/"at": X is received."""
    (frame,) = meetings(read(text))
    assert frame["host_name"] == "Tarek Hamdani"
    assert frame["names"] in (["Imre Vasko", "Tarek Hamdani"], ["Ama Owusu", "Tarek Hamdani"])
    if "Lisbon" in text:  # the city before the name is where they met, not the seat of the guest's post
        assert frame["location_text"] == "Lisbon"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("At the talks, General Ama Owusu warmly welcomed Admiral Imre Vasko and his delegation.", True),
        ("During the meeting, Minister Tarek Hamdani thanked General Rosa Vidal for her support.", True),
        ("At a meeting with Admiral Imre Vasko, General Ama Owusu thanked him.", False),
        ("General Ama Owusu welcomed Admiral Imre Vasko at the ministry.", False),
    ],
)
def test_a_verb_set_at_the_sitting_told_before(read, text, told):
    (frame,) = meetings(read(text))
    assert frame["at_told_sitting"] is told


def test_a_name_set_off_after_the_body_a_post_is_at_is_its_holder(read):
    """ "met the State Secretary at the Ministry of Defence, X": X holds the post (the parser makes X a second
    object of "at", and the recogniser took X for a body)."""
    (frame,) = meetings(
        read("The visiting admiral also met the State Secretary at the Finnish Ministry of Defence, Helena Varga.")
    )
    assert "Helena Varga" in frame["names"]


def test_a_second_person_met_with_hung_on_the_verb_is_met_too(read):
    """ "met jointly with the Commander of X, Admiral A, and the Commander of Y, Rear Admiral B": the parser hangs
    the second post on the verb as a conjunct."""
    (frame,) = meetings(
        read(
            "Afterwards, General Ama Owusu met jointly with the Commander of the Colombian Navy, Admiral Imre Vasko, "
            "and the Commander of the U.S. 4th Fleet, Rear Admiral Tarek Hamdani, to address maritime surveillance."
        )
    )
    assert {"Ama Owusu", "Imre Vasko", "Tarek Hamdani"} <= set(frame["names"])


def test_a_call_received_from_someone_named_after_the_day_is_a_call_with_them(read):
    # class: "X had received a phone call yesterday from Y, who ... discussed ...": "from" hung on the verb, not on
    # "call", so Y was no side, and the topics clause took the sentence
    (frame,) = meetings(
        read(
            "Gen. Oskar Vantrel had also received a phone call yesterday from Chile's Defence Minister, Jorum Talsky, "
            "who reaffirmed Lima's support for the army and discussed maritime cooperation, the statement added."
        )
    )
    assert frame["names"] == ["Jorum Talsky", "Oskar Vantrel"] and frame["mode"] == "phone"


def test_a_body_co_chaired_by_two_is_a_sitting_of_the_two(read):
    # class: "The commission, which opened on Monday, was co-chaired by A, <post>, and B, <post>": the subject is a
    # body, not a sitting noun, so the co-chairs were attendees of nothing; two who co-chaired sat together (a
    # sitting of its own, not attendees added to the meeting told before)
    (frame,) = meetings(
        read(
            "The commission, which opened on Monday, was co-chaired by Brigadier General Oskar Vantrel, Head of "
            "External Relations of the General Staff, and Colonel Jorum Talsky, Director of Military Cooperation."
        )
    )
    assert frame["kind"] == "meeting" and frame["names"] == ["Jorum Talsky", "Oskar Vantrel"]
    assert meetings(read("The commission is chaired by General Oskar Vantrel.")) == []


def _reparsed(doc, word: str, nth: int = 0, **changes):
    """`doc` as parsed, but for the `nth` `word` given the `changes` (head: the word it hangs on, dep, pos, tag): a
    parse or tag the model gives some names and not others."""
    from spacy.tokens import Doc

    i = [t.i for t in doc if t.text == word][nth]
    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    pos, tags = [t.pos_ for t in doc], [t.tag_ for t in doc]
    if "head" in changes:
        heads[i] = next(t.i for t in doc if t.text == changes["head"])
    deps[i], pos[i], tags[i] = changes.get("dep", deps[i]), changes.get("pos", pos[i]), changes.get("tag", tags[i])
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=[t.lemma_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def test_a_name_set_off_after_a_post_and_its_acronym_is_the_post_holder(nlp):
    # class: "called on the Chairman Joint Chiefs of Staff Committee (CJCSC), General X, at ...": the post's
    # acronym in brackets hid the name after it, so "the Chairman" stayed a reference of its own; and the parser
    # may leave the name unattached on the verb ("dep"), as it did on a crawled article
    text = (
        "Separately, Gen Vantrel also called on the Chairman Joint Chiefs of Staff Committee (CJCSC), General Tamir "
        "Haidar Lodhi, at the Joint Staff Headquarters, where they discussed the next round."
    )
    doc = nlp(text)
    for parsed in (doc, _reparsed(doc, "Lodhi", head="called", dep="dep")):
        (frame,) = meetings(frames_mod.extract_frames(parsed, "rules"))
        assert sorted(text[s:e] for s, e in frame["participants"]) == ["Tamir Haidar Lodhi", "Vantrel"]
        assert frame["refs"] == []


def test_a_name_after_an_object_post_hung_elsewhere_is_the_post_holder(nlp):
    # class: "was to hold talks with the Indian Chief of the Army Staff, General X, and call on ...": the parser hung
    # the name as a conjunct of the main verb, so the post object named nobody; the name set off after the post is
    # its holder (as for a passive's agent)
    text = (
        "During the visit, General Vantrel was to hold talks with the Chilean Chief of the Army Staff, General Tamir "
        "Haidar Lodhi, and call on Chile's Defence Secretary in Santiago."
    )
    doc = _reparsed(nlp(text), "Lodhi", head="was", dep="conj")
    talks = next(f for f in meetings(frames_mod.extract_frames(doc, "rules")) if f["trigger"] == "hold")
    assert sorted(text[s:e] for s, e in talks["participants"]) == ["Tamir Haidar Lodhi", "Vantrel"]


def test_a_reference_whose_verb_the_parser_hung_on_it_as_a_participle_is_the_subject(read):
    # class: "Earlier, the visiting dignitary called on X at ...": "called" was read as a participle on the root noun,
    # so the sentence had no subject, and the name under that clause kept "the dignitary" from being a reference
    text = (
        "Earlier, the visiting dignitary called on Minister of State for Defence Smt. Leela Ferlund at the ministry, "
        "during which matters of mutual interest were discussed."
    )
    (frame,) = meetings(read(text))
    assert [r[2] for r in frame["refs"]] == ["the visiting dignitary"] and frame["host_name"] == "Smt. Leela Ferlund"


def test_an_officer_named_by_demonym_stands_for_the_visitor(read):
    # class: "the Chilean officer was received by X": "officer" was no reference word, so the visitor told before
    # was lost and the call-on with him
    (frame,) = meetings(
        read("On Wednesday, the Chilean officer was received by the Minister of Defence, Jorum Talsky.")
    )
    assert [r[2] for r in frame["refs"]] == ["the Chilean officer"]
    assert frame["names"] == ["Jorum Talsky"]


def test_an_abbreviated_post_with_a_modifier_stands_for_its_holder(read):
    """ "The visiting CDS was later received by X": the abbreviation is a reference though "the" is not next to it
    (the entity step makes a REF of "the CDS" only)."""
    (frame,) = meetings(read("The visiting CDS was later received by the Minister of Defence, Tarek Hamdani."))
    assert [r[2] for r in frame["refs"]] == ["The visiting CDS"]
    assert frame["names"] == ["Tarek Hamdani"]


@pytest.mark.parametrize(
    "text",
    [
        "Following the ceremony, General Ama Owusu was received by Minister Tarek Hamdani.",
        "After the session, General Ama Owusu also met Admiral Imre Vasko.",
        "Before the trilateral session, General Ama Owusu held a separate meeting with Admiral Imre Vasko.",
        "Ahead of the talks, General Ama Owusu met Admiral Imre Vasko at the airport.",
    ],
)
def test_a_meeting_after_the_ceremony_or_session_is_of_its_day(read, text):
    (frame,) = meetings(read(text))
    assert frame["same_day"] is True


def test_a_meeting_before_a_sitting_of_another_day_is_not_told_of_its_day(read):
    (frame,) = meetings(read("Before the summit opened, General Ama Owusu met Admiral Imre Vasko."))
    assert frame["same_day"] is False


def test_two_people_touring_a_place_together_do_not_meet_each_other(read):
    """ "A and B visited the naval academy": a tour made together (GOLD: attending together is no meeting); a person
    visited is met."""
    assert meetings(read("General Ama Owusu and Admiral Imre Vasko visited the naval academy on Monday.")) == []
    assert meetings(read("On Thursday, Ama Owusu and Vasko will visit the Tapa military base.")) == []
    (frame,) = meetings(read("General Ama Owusu and Admiral Imre Vasko visited Minister Tarek Hamdani on Monday."))
    assert frame["names"] == ["Ama Owusu", "Imre Vasko", "Tarek Hamdani"]


def test_calling_on_someone_to_do_something_is_an_appeal_not_a_call_on(read):
    assert (
        meetings(read("Opposition MP Tamar Abuladze called on the Defence Minister to appear before the committee."))
        == []
    )
    (frame,) = meetings(read("General Ama Owusu called on Minister Tarek Hamdani to discuss border security."))
    assert frame["names"] == ["Ama Owusu", "Tarek Hamdani"]


@pytest.mark.parametrize(("purpose", "appeal"), [("brief", False), ("appear", True)])
def test_calling_on_someone_to_brief_them_is_a_call_on(nlp_blank, purpose, appeal):
    # class: "X had called on Minister Y at the ministry to brief him on the preparations" (the purpose parsed as the
    # verb's complement): the purpose of a visit read as an appeal to Y
    words = ["Brant", "called", "on", "Hesse", "to", purpose, "him", "."]
    doc = Doc(
        nlp_blank.vocab,
        words=words,
        heads=[1, 1, 1, 1, 5, 1, 5, 1],
        deps=["nsubj", "ROOT", "prt", "dobj", "aux", "xcomp", "dobj", "punct"],
        lemmas=["Brant", "call", "on", "Hesse", "to", purpose, "he", "."],
        pos=["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "PRON", "PUNCT"],
    )
    assert frames_mod._no_encounter(doc[:], doc[1], None, False) is appeal


def test_would_in_reported_speech_tells_a_plan(read):
    """ "The army said General X would travel to Y next week for talks with Z": planned."""
    (frame,) = meetings(
        read("The army said General Tarek Hamdani would travel to Accra next week for talks with General Ama Owusu.")
    )
    assert frame["status"] == "planned"


def test_a_bodys_next_session_is_no_meeting_of_the_people_who_agreed_to_it(read):
    text = "General Ama Owusu and Admiral Imre Vasko agreed to hold its next session in Zorgrad in July."
    assert meetings(read(text)) == []


def test_talks_under_a_trip_no_longer_made_are_cancelled(read):
    text = (
        "A source confirmed that Tarek Hamdani would no longer travel to Lisbon in November, where he had been "
        "expected to hold talks with Minister Rosa Vidal."
    )
    (frame,) = meetings(read(text))
    assert frame["status"] == "cancelled"


@pytest.mark.parametrize(
    "text, told",
    [
        ("The general's visit programme also includes a trip to Zorgrad and to the naval academy.", False),
        ("The meeting took place in Zorgrad.", True),
    ],
)
def test_a_meeting_noun_modifying_another_noun_names_no_sitting(read, text, told):
    """ "visit programme", "talks venue": the sentence is about something else, so it gives no place to the
    last meeting."""
    (found,) = [f for f in read(text) if f["kind"] in ("context", "topics")]
    assert found["meeting_ref"] is told


def test_a_demonym_and_service_before_leader_is_a_reference_to_a_participant(read):
    """ "On Monday the Ostrian military leader held talks with General X": the leader told before is a side."""
    (met,) = meetings(read("On Monday the Algerian military leader held talks with General Ivo Brant."))
    assert [r[2] for r in met["ref_texts"]] == ["the Algerian military leader"]


@pytest.mark.parametrize(
    "text, mode",
    [
        ("The frigate would make port calls in Zorgrad and Velm, the spokesman said on Monday.", None),
        ("During the courtesy call, the two discussed training.", "in_person"),
        ("During the call, the two discussed training.", "phone"),
    ],
)
def test_a_port_call_or_courtesy_call_is_no_phone_call(read, text, mode):
    """ "port calls" is a ship's visit, not a sitting; "the courtesy call" is a visit in person."""
    found = [f for f in read(text) if f["kind"] in ("context", "topics") and f["meeting_ref"]]
    assert [f["mode"] for f in found] == ([mode] if mode else [])


def test_a_place_inside_what_was_discussed_is_not_the_sittings(read):
    (found,) = [f for f in read("During the meeting, the work of our training mission in Zorgrad was discussed.")]
    assert found["meeting_ref"] is True and found["location_text"] is None


def test_talks_that_would_be_held_are_planned(read):
    (found,) = read("He said the next round of talks would be held in Zorgrad in the autumn.")
    assert found["status"] == "planned"


def test_a_person_the_parser_hangs_under_his_post_is_the_visitor_the_clause_tells(read):
    """ "Chief of the General Staff General X had visited Ostria and met Y": the parser makes "Chief" the subject
    and X the object of its "of"; X is still the one on the visit."""
    (met,) = meetings(
        read(
            "The spokesman recalled that Chief of the General Staff General Ivo Brant had visited Kazakhstan last"
            " week and met with Defence Minister Petr Lund."
        )
    )
    assert len(met["travellers"]) == 1
    assert met["evidence"][met["travellers"][0][0] : met["travellers"][0][1]] == "Ivo Brant"


@pytest.mark.parametrize(
    "text, names, refs",
    [
        (
            "Later, the delegation called on General Ivo Brant at General Headquarters.",
            ["Ivo Brant"],
            ["the delegation"],
        ),
        (
            "A delegation of the Ostrian Army headed by Lieutenant General Petr Lund, Deputy Chief of the Joint Staff,"
            " called on General Ivo Brant at the Joint Staff Headquarters on Wednesday.",
            ["Petr Lund", "Ivo Brant"],
            [],
        ),
    ],
)
def test_a_sentence_whose_verb_the_parser_hung_on_its_subject_noun_still_reports_the_meeting(read, text, names, refs):
    """The parser read "called on" as a clause on "delegation" (as in "a delegation called on by ..."), leaving
    the sentence with a noun for its root: the noun is still the verb's subject."""
    (met,) = meetings(read(text))
    assert sorted(text[a:b] for a, b in met["participants"]) == sorted(names)
    assert [r[2] for r in met["refs"]] == refs


def test_the_leader_of_a_delegation_of_a_named_army_is_a_traveller(read):
    """ "A delegation of the Ostrian Army headed by General X called on Y": the parser hangs "headed by X" on the
    army; X still leads the delegation, so is on a visit."""
    text = (
        "A delegation of the People's Liberation Army (PLA) headed by Lieutenant General Petr Lund called on"
        " General Ivo Brant at the Joint Staff Headquarters on Wednesday."
    )
    (met,) = meetings(read(text))
    assert [text[a:b] for a, b in met["travellers"]] == ["Petr Lund"]


def test_two_holders_of_an_abbreviated_post_are_the_group_that_met(read):
    """ "the two DGs spoke over the telephone": the plural of an abbreviated post stands for both sides."""
    (met,) = meetings(read("The two DGs spoke over the telephone on Tuesday."))
    assert met["group"] is True and met["mode"] == "phone"


@pytest.mark.parametrize(
    "text, same",
    [
        ("On the sidelines, General Ivo Brant met Admiral Petr Lund.", True),
        ("Later, General Ivo Brant was received by Admiral Petr Lund at his office.", True),
        # class: "Prior to the summit, X met Y" (a second sitting of the day told) had no day
        ("Prior to the summit, General Ivo Brant met Admiral Petr Lund at the ministry.", True),
        ("Two days later, General Ivo Brant met Admiral Petr Lund.", False),
        ("General Ivo Brant had earlier met Admiral Petr Lund on the sidelines of a forum in Zorgrad.", False),
        ("General Ivo Brant met Admiral Petr Lund on the sidelines of a forum in Zorgrad in August.", False),
    ],
)
def test_a_meeting_opened_by_later_is_of_the_day_told_before_one_in_the_past_perfect_or_a_month_is_not(
    read, text, same
):
    (met,) = meetings(read(text))
    assert met["same_day"] is same


@pytest.mark.parametrize(
    "text, joins",
    [
        ("General Ivo Brant, commander of the Ostrian fleet, also joined.", True),
        ("Admiral Petr Lund also attended.", True),
        ("General Ivo Brant also joined the army in 1990.", False),
    ],
)
def test_also_joined_with_nothing_else_is_a_join_of_the_sitting_just_told(read, text, joins):
    assert any(f["kind"] == "join" for f in read(text)) is joins


def test_the_source_of_a_report_is_not_an_attendee(read):
    """ "... was attended by General X, according to a statement by the spokesman, Colonel Y": Y is the source."""
    text = (
        "The meeting was attended by Lieutenant General Ivo Brant, according to a statement by the Armed Forces"
        " Spokesman, Colonel Petr Lund."
    )
    (joined,) = [f for f in read(text) if f["kind"] == "join"]
    assert [text[a:b] for a, b in joined["participants"]] == ["Ivo Brant"]


@pytest.mark.parametrize(
    "text",
    [
        "The joint committee held its fourth meeting in Zorgrad yesterday, co-chaired by General Ivo Brant and"
        " Admiral Petr Lund.",
        "The joint commission met in Zorgrad yesterday, co-chaired by General Ivo Brant and Admiral Petr Lund.",
    ],
)
def test_the_chairs_of_a_bodys_sitting_told_in_a_clause_are_at_it(read, text):
    """A body's own sitting ("held its meeting") names no one, but "co-chaired by A and B" puts A and B at it: the
    sides of a sitting of its own (class: read as attendees, they joined a meeting told before)."""
    (sitting,) = [f for f in read(text) if f["kind"] in ("join", "meeting")]
    assert sitting["kind"] == "meeting"
    assert sorted(text[a:b] for a, b in sitting["participants"]) == ["Ivo Brant", "Petr Lund"]


def test_the_co_chairs_of_two_staffs_talks_told_after_a_call_meet_each_other(read):
    """Class: "On the same day, the staffs of X and Y held their talks, co-chaired by A, <post>, and B": the talks of
    two bodies are a sitting of their own, not one that A and B attend of the call told before."""
    text = (
        "Vice-Minister Omar Tessel paid a courtesy call on General Tim Vardo. On the same day, the General Staff "
        "of the Ostrian Army and the Japan Joint Staff held their annual staff talks, co-chaired by Major General "
        "Jan Kalem, Deputy Director of the Foreign Relations Department, and Rear Admiral Ivo Brant of the Joint "
        "Staff."
    )
    frames = [f for f in read(text) if f["kind"] in ("join", "meeting")]
    assert [(f["kind"], sorted(text[a:b] for a, b in f["participants"])) for f in frames] == [
        ("meeting", ["Omar Tessel", "Tim Vardo"]),
        ("meeting", ["Ivo Brant", "Jan Kalem"]),
    ]


def test_the_co_chairs_of_talks_held_by_the_sides_told_before_join_them(read):
    text = "They held talks in Kazan on Monday, co-chaired by Major General Jan Kalem and Rear Admiral Ivo Brant."
    assert [f["kind"] for f in read(text) if f["kind"] in ("join", "meeting")] == ["join"]


def test_the_chairs_of_a_ceremony_are_not_at_a_sitting(read):
    assert not [f for f in read("The parade was held on Monday, attended by General Ivo Brant.") if f["kind"] == "join"]


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("The two ministers last met in Zorgrad in May.", True),
        ("Colonel Ruben Oska had previously met Admiral Teodor Vale in Zorgrad.", True),
        ("Admiral Teodor Vale last visited Zorgrad in May, when he toured a base and met Colonel Ruben Oska.", True),
        ("Colonel Ruben Oska met Admiral Teodor Vale last week.", False),
        ("The two commanders had already met earlier this year in Zorgrad.", True),
        ("The two had met earlier this year at a reception in Zorgrad.", True),
        ("During the visit, Colonel Ruben Oska has already met Admiral Teodor Vale.", False),
        ("Colonel Ruben Oska met Admiral Teodor Vale in Zorgrad on Monday.", False),
        # "earlier" before the verb of the sides told before ("the two", "they"): another occasion; of a named
        # subject it may be earlier the same day
        ("The two earlier met in Zorgrad last year.", True),
        ("Colonel Ruben Oska earlier met Admiral Teodor Vale in Zorgrad.", False),
    ],
)
def test_a_meeting_verb_placed_on_an_earlier_occasion_tells_another_sitting_than_the_story(read, text, earlier):
    """ "They last met in X", "had previously met": an earlier meeting, never of the day told before."""
    (met,) = [f for f in meetings(read(text)) if f["trigger_lemma"] == "meet"]
    assert met["earlier_occasion"] is earlier
    if earlier:
        assert met["same_day"] is False and (met["vague_date"] or met["date_text"])


def test_a_second_object_the_parser_hung_on_the_verb_is_met_too(read):
    """ "also met A's Minister of X, Y, and B's Defence Minister, Z": the parser makes the second post a conjunct of
    the verb; its holder is at the sitting too."""
    text = (
        "On Thursday, Molapo also met Namibia's Minister of Defence and Veterans Affairs, Ndeshi Amupolo, and "
        "Zimbabwe's Defence Minister, Tinashe Moyo, in a three-way session focused on border patrols."
    )
    (met,) = meetings(read(text))
    assert sorted(text[s:e] for s, e in met["participants"]) == ["Ndeshi Amupolo", "Tinashe Moyo"]


@pytest.mark.parametrize("city", ["Nairobi", "Accra"])
def test_a_received_guest_after_a_city_and_a_long_subject(read, city):
    """ "X, Inspector General of ..., received on Wednesday at the headquarters in <city> General Y, ..., who is on a
    working visit": the verb the parser read as a clause of X is no visit of X's, and the rank after the city is Y's,
    not the place's."""
    text = (
        "Army Corps General Tarik Benali, Inspector General of the Royal Armed Forces (RAF) and Commander of the "
        f"Southern Zone, received on Wednesday at the General Staff headquarters in {city} General Owen P. Marsh, "
        "Commander of United States Africa Command (AFRICOM), who is on a working visit to the Kingdom."
    )
    (met,) = meetings(read(text))
    assert met["location_text"] == f"General Staff headquarters, {city}"
    assert text[slice(*met["host"])] == "Tarik Benali" and text[slice(*met["visitor"])] == "Owen P. Marsh"


def test_the_name_after_a_post_that_receives_is_the_host_wherever_the_parser_hung_it(read):
    """ "was received by the Jefe del Estado Mayor General de la Armada, Almirante X, and visited ...": the parser
    hangs X away from the agent (a body's name); the name right after the post is who received. A sentence with a
    body for its agent and nobody named gives no meeting (and no error)."""
    text = (
        "On Tuesday the delegation travelled to the naval base at Puerto Rocas, where General Ruiz was received by "
        "the Jefe del Estado Mayor General de la Armada, Almirante Tomas Ledesma, and visited the submarine school."
    )
    (met,) = meetings(read(text))
    assert text[slice(*met["host"])] == "Tomas Ledesma"
    assert meetings(read("The plan was approved by the Ministry of Defence, and funds followed.")) == []


def test_a_sentence_telling_a_visit_called_off_is_a_cancelled_context(read):
    """ "The official visit that X was to make next week has been suspended": no meeting frame (one side named), a
    context of a sitting called off; "the official" here names no one."""
    text = "The official visit that Defence Minister Amal Haddad was to make to Chile next week has been suspended."
    (context,) = read(text)
    assert context["kind"] == "context" and context["status"] == "cancelled" and context["meeting_ref"]
    # class: "has been called off" is two words, so the visit stayed held and the meeting it was for stayed planned
    (context,) = read("A planned visit to Chile by Brigadier Amal Haddad has been called off, the ministry said.")
    assert context["kind"] == "context" and context["status"] == "cancelled" and context["meeting_ref"]


@pytest.mark.parametrize(
    "sitting",
    ["annual staff talks", "bilateral Joint Staff Meeting", "bilateral meeting"],
)
def test_a_sitting_of_theirs_scheduled_ahead_is_a_planned_meeting_of_the_sides(read, sitting):
    """ "The chiefs agreed to discuss ways to deepen ties during their bilateral Joint Staff Meeting scheduled to take
    place in Manila next month": the sides' own sitting (named, or with a compound: still theirs), planned; "their"
    is the subject of the clause above the one the phrase hangs on."""
    text = (
        "The military chiefs agreed to further discuss border issues and ways to deepen cooperation during their "
        f"{sitting} scheduled to take place in Manila next month."
    )
    (met,) = meetings(read(text))
    assert met["group"] is True and met["status"] == "planned" and met["location_text"] == "Manila"


@pytest.mark.parametrize(
    ("text", "size", "post"),
    [
        ("The three ministers last met in Zorgrad in November.", 3, "minister"),
        ("The two generals held talks in Zorgrad on Monday.", 2, "general"),
        ("The ministers held talks in Zorgrad on Monday.", None, "minister"),  # the post, however many
        ("The chiefs last met in Lima in January, at a parade.", None, "chief"),
        ("The sides held talks in Zorgrad on Monday.", None, None),
    ],
)
def test_a_plural_phrase_of_the_sides_tells_how_many_and_their_post(read, text, size, post):
    (met,) = meetings(read(text))
    assert met["group"] is True and (met.get("group_size"), met.get("group_post")) == (size, post)


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("General Ivo Marek invited General Tomas Ledesma to visit Prague next year, and Ledesma accepted.", True),
        (
            "Minister Amal Haddad invited his Chilean counterpart to visit Rabat in May, and the invitation was "
            "accepted with gratitude.",
            True,
        ),
        ("General Ivo Marek invited General Tomas Ledesma to visit Prague next year.", False),
        # class: the acceptance in the next sentence of the paragraph ("The invitation was accepted with gratitude")
        (
            "General Ivo Dorn invited Minister Teo Ledesma to pay a return visit to Velmora. The invitation was "
            "accepted with gratitude.",
            True,
        ),
        (
            "General Ivo Dorn invited Minister Teo Ledesma to pay a return visit to Velmora. The dates will be "
            "agreed later.",
            False,
        ),
    ],
)
def test_an_accepted_invitation_to_visit_is_a_planned_meeting_hosted_by_the_inviter(read, text, planned):
    found = meetings(read(text))
    if not planned:
        assert found == []
        return
    (met,) = found
    assert met["status"] == "planned" and met["host_name"] in ("Ivo Marek", "Amal Haddad", "Ivo Dorn")


@pytest.mark.parametrize(
    ("text", "joins"),
    [
        ("The talks, held in the presence of the Ostrian Ambassador, Lena Vale, reviewed border cooperation.", True),
        ("The meeting was held in the presence of Ambassador Lena Vale.", True),
        # class: "The audience took place ... in the presence of X": the sitting happened, X at it
        ("The audience took place at the palace in the presence of Ambassador Lena Vale.", True),
        ("The agreement was signed in the presence of Ambassador Lena Vale.", False),
        ("The signing took place in the presence of Ambassador Lena Vale.", False),
    ],
)
def test_a_sitting_held_in_someones_presence_has_them_at_it(read, text, joins):
    """ "The talks, held in the presence of the Ambassador, X, ...": X attended the sitting told (GOLD: attendees are
    participants); a signing held so is a ceremony."""
    found = [f for f in read(text) if f["kind"] == "join"]
    assert [f["names"] for f in found] == ([["Lena Vale"]] if joins else [])


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        # the parser hangs the name elsewhere than on the post
        (
            "The council held its session on Friday in Ibadan, under the chairmanship of the Chief of Defence Staff "
            "of Ghana, General Bala Adeyemi Bako.",
            "Bala Adeyemi Bako",
        ),
        ("The meeting was held under the co-chairmanship of General Chidi Bako.", "Chidi Bako"),
        # class: a body that met (not "held") under someone's chairmanship
        (
            "The Council of Ministers of the Conference of Central American Armed Forces (CFAC) met on Tuesday in "
            "Guatemala City under the chairmanship of Guatemala's Minister of National Defence, Major General Ovidio "
            "Samayoa Carranza, who hosted the meeting.",
            "Ovidio Samayoa Carranza",
        ),
    ],
)
def test_a_sitting_held_under_someones_chairmanship_has_them_at_it(read, text, chair):
    # class: "the committee held its session under the chairmanship of X" told the chair of a multilateral
    # sitting, who was lost when only the attendees of the next paragraph made the meeting
    found = [f for f in read(text) if f["kind"] == "join"]
    assert [f["names"] for f in found] == [[chair]]


def test_joining_part_of_a_sitting_by_video_is_attending_it_and_leaves_its_mode(read):
    """ "X joined part of the meeting by video link": X is at the sitting told before (GOLD: attendees are
    participants); "Ministers meet in Riga; Y joins by video": one attendee's link is not the sitting's mode."""
    (frame,) = joins(read("Ostrian Defence Minister Karl Hesse joined part of the meeting by video link."))
    assert frame["names"] == ["Karl Hesse"]
    (frame,) = meetings(read("Baltic defence ministers meet in Riga; Ostria's minister joins by video"))
    assert frame["mode"] == "in_person"
    (frame,) = meetings(read("Baltic defence ministers meet by video; Ostria's minister joins from Riga"))
    assert frame["mode"] == "video"


def test_members_of_a_body_led_by_someone_are_that_leader(read):
    """ "She met members of the Senate Defence Committee, led by its chairman, X": a body's members met as a
    delegation led by X (GOLD: a delegation led by X is X)."""
    (frame,) = meetings(
        read("In the afternoon she met members of the Senate Defence Committee, led by its chairman, Rimas Kalvaitis.")
    )
    assert frame["names"] == ["Rimas Kalvaitis"]


def test_last_met_is_an_earlier_occasion_however_the_adverb_is_parsed(read):
    """ "Mensah and Kowalski last met in January, during ...": the parser may hang "last" on the names; it still
    places the meeting on an earlier occasion."""
    (frame,) = meetings(
        read(
            "Mensah and Kowalski last met in January, during the change-of-command ceremony, when the colonel "
            "presented his credentials."
        )
    )
    assert frame["earlier_occasion"] is True


def test_accepting_the_invitation_told_before_is_marked_for_relate(read):
    """ "Okafor accepted the invitation, the ministry said": the invitation told before was accepted (relate makes
    the visit a plan); "X had accepted an invitation to visit Y" tells a new one with no time: nothing."""
    (frame,) = read("Okafor accepted the invitation, the ministry said, adding that dates would be set later.")
    assert frame["invitation_accepted"] is True
    assert [s[2] for s in frame["surnames"]] == ["Okafor"]
    found = read("Minister Ade Okafor said his guest had accepted an invitation to visit Abuja.")
    assert not any(f.get("invitation_accepted") for f in found)


def test_welcoming_the_invitation_told_before_accepts_it(read):
    """Class: "Hesse welcomed the invitation, the ministry said": the invitation told before was
    accepted, so the visit is a plan (only "accepted" counted)."""
    (frame,) = read("Hesse welcomed the invitation, the ministry said.")
    assert frame["invitation_accepted"] is True


@pytest.mark.parametrize(
    "text, status",
    [
        ("Minister Ade Okafor and General Nils Lindqvist co-chaired the talks in Paris on Monday.", "occurred"),
        (
            "They discussed the next meeting of the committee, which Minister Ade Okafor and General Nils Lindqvist "
            "will co-chair in Paris on June 16.",
            "planned",
        ),
    ],
)
def test_co_chairs_of_a_sitting_meet(read, text, status):
    """ "co-chaired" stays one word with the lemma of "chair" (split at the hyphen, "co" was a verb and "chair"
    its object); a sitting's chairs meet, also in a relative clause on the sitting ("the meeting of X, which A and B
    will co-chair")."""
    (frame,) = meetings(read(text))
    assert (sorted(frame["names"]), frame["status"]) == (["Ade Okafor", "Nils Lindqvist"], status)


def test_a_person_alongside_whom_a_side_met_is_at_the_sitting(read):
    """ "X received General Y alongside the National Security Adviser, Z": Z sits with X (GOLD: attendees are
    participants); X the host still."""
    (frame,) = meetings(
        read(
            "President Ade Okafor received General Tom Brady alongside the National Security Adviser, Femi Balogun, "
            "and heads of the armed forces."
        )
    )
    assert (sorted(frame["names"]), frame["host_name"]) == (["Ade Okafor", "Femi Balogun", "Tom Brady"], "Ade Okafor")


def test_who_attended_the_meeting_in_a_relative_clause_is_an_attendee_even_under_an_invitation(read):
    """ "Y was invited to visit Athens by his counterpart, General Z, who attended X's meeting with Y": Z is at
    that sitting; the invitation above the relative clause does not make his attendance a wish."""
    found = read(
        "Brady was invited to visit Athens by his counterpart, Lieutenant General Nikos Pappas, who attended "
        "Okafor's meeting with Brady."
    )
    (frame,) = joins(found)
    assert frame["names"] == ["Nikos Pappas"]


def test_a_hyphenated_post_before_the_guest_is_no_place_visited(read):
    """ "X received Japan's Vice-Minister of Defense, Y, at the ministry": split at the hyphen, the post's words
    hang on the verb as objects; a post is no place or thing received, so Y is the guest."""
    (frame,) = meetings(
        read(
            "On Wednesday, State Secretary Karl Hesse received Ostria's Vice-Minister of Defense, Anna Lindqvist, "
            "at the ministry in Berlin."
        )
    )
    assert (sorted(frame["names"]), frame["host_name"]) == (["Anna Lindqvist", "Karl Hesse"], "Karl Hesse")


def test_bare_surnames_co_chairing_a_sitting_meet(read):
    """ "the meeting of the committee, which Tamsalu and Ojamaa will co-chair": two bare surnames (no entity) are
    the two chairs, kept for relate to link; not one attendee of the sitting told before."""
    (frame,) = meetings(
        read(
            "They discussed the next meeting of the committee, which Tamsalu and Ojamaa will co-chair in Riga on June 16."
        )
    )
    assert ([s[2] for s in frame["surnames"]], frame["status"]) == (["Tamsalu", "Ojamaa"], "planned")


@pytest.mark.parametrize(
    ("text", "group_object"),
    [
        # class: a named side hosts the holders of one post in two countries or bodies, named only later
        (
            "The Chief of the Romanian Naval Forces Staff, Vice Admiral Dorin Vasilache, hosted on 21 September the "
            "commanders of the Bulgarian Navy and the Turkish Naval Forces for a review of the mine group.",
            True,
        ),
        (
            "The Chief of the Naval Staff of the Ghana Navy, Rear Admiral Kwame Adomako, yesterday hosted the heads "
            "of the Togolese and Beninese navies for trilateral staff talks.",
            True,
        ),
        # vaguer words wait for a delegation's leader; one body's chief is no group of sides
        (
            "President Halvard Brekke held talks with senior officials of the Nordic Command and the Baltic Defence "
            "College on Sunday.",
            False,
        ),
        ("Vice Admiral Dorin Vasilache hosted the commanders of the Bulgarian Navy on Monday.", False),
    ],
)
def test_a_group_of_posts_met_by_one_named_side_waits_for_its_people(read, text, group_object):
    found = meetings(read(text))
    assert any(f.get("group_object") for f in found) is group_object
    if group_object:
        (frame,) = found
        assert frame["names"] == [n for n in ("Dorin Vasilache", "Kwame Adomako") if n in text]


@pytest.mark.parametrize(
    ("text", "surnames"),
    [
        # class: a double-barrelled surname named bare is one name, joined by its hyphen (the parser took it for a
        # body), and a surname the tagger took for an adjective is a side too
        (
            "Rusu-Vrba was also received by the acting First Deputy Minister of Defence, Ms Ilse Moravec, who is "
            "standing in for the first deputy.",
            ["Rusu-Vrba"],
        ),
        (
            "Kratochvil and Rusu-Vrba first met in their current posts in Bratislava in February.",
            ["Kratochvil", "Rusu-Vrba"],
        ),
    ],
)
def test_a_bare_double_barrelled_surname_is_one_side(read, text, surnames):
    (frame,) = meetings(read(text))
    assert sorted(s["text"] if isinstance(s, dict) else s[2] for s in frame["surnames"]) == surnames


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # class: presenting credentials is an audience with the one who receives them, who is at home
        (
            "The Norwegian Defence Attaché, Commander Ingrid Solberg, on Monday presented her letter of credence to "
            "the Chief of Defence Staff, General Femi Bakare, at Defence Headquarters.",
            ["Femi Bakare", "Ingrid Solberg"],
        ),
        (
            "Colonel Rafael Quintela presented his credentials to General Femi Bakare on Monday.",
            ["Femi Bakare", "Rafael Quintela"],
        ),
        # a letter is no audience
        ("Colonel Rafael Quintela sent a letter to General Femi Bakare on Monday.", None),
        # presented to no one named: one side, whom relate gives the receiver told before
        (
            "The Brazilian Defence Attaché, Colonel Rafael Quintela, was the first to present his credentials.",
            ["Rafael Quintela"],
        ),
    ],
)
def test_presenting_credentials_to_someone_is_an_audience_they_host(read, text, names):
    found = meetings(read(text))
    if names is None:
        assert found == []
        return
    (frame,) = found
    assert (frame["names"], frame["host_name"]) == (names, "Femi Bakare" if len(names) == 2 else None)


def test_met_and_again_elsewhere_is_a_second_sitting(read):
    # class: "A and B first met in X in March, and again at the Y in Z in October": one sitting was told, at X
    found = meetings(
        read(
            "Kratochvil and Rusu first met in Vienna in March, and again at the EU staff talks in Brussels in October."
        )
    )
    assert [f["location_text"] for f in found] == ["Vienna", "Brussels"]
    assert found[1]["date_text"] == "October"


def test_the_second_sittings_place_is_a_span_of_the_document_like_every_other(read):
    # class: the "again at" sitting stored its place relative to its sentence, every other frame to the document
    text = "The staff talks closed on Friday. Kratochvil and Rusu first met in Vienna in March, and again at the staff talks in Brussels in October."
    found = meetings(read(text))
    assert [text[slice(*f["location"])] for f in found] == ["Vienna", "Brussels"]


def test_talks_chaired_on_each_side_by_someone_are_a_meeting_of_the_chairs(read):
    # class: "chaired on the A side by X, and on the B side by Y": no side was a subject, so the sitting was lost
    (frame,) = meetings(
        read(
            "The annual staff talks, which were held in Canberra and chaired on the Australian side by Commodore "
            "Halvard Brekke, Deputy Chief of Navy, and on the Fijian side by Captain Teodor Rusu, Commander of the "
            "Naval Division, ended on Friday."
        )
    )
    assert frame["names"] == ["Halvard Brekke", "Teodor Rusu"]
    # one chair named is no sitting of two
    assert meetings(read("The talks were chaired on the Australian side by Commodore Halvard Brekke.")) == []


def test_a_meeting_agreed_in_a_call_takes_neither_the_calls_day_nor_its_mode(read):
    """Class: "X had spoken by telephone with Y on 18 August, and the two had agreed to meet soon": the meeting to
    come took the call's day (then put in the next year, as a plan) and its phone mode."""
    text = (
        "General Omar Tessel had spoken by telephone with Jan Kalem on 18 August, the ministry said, and the two "
        "had agreed then to meet as soon as possible."
    )
    frames = {f["status"]: f for f in read(text) if f["kind"] == "meeting"}
    assert (frames["occurred"]["mode"], frames["occurred"]["date_text"]) == ("phone", "18 August")
    assert (frames["planned"]["mode"], frames["planned"]["date_text"]) == ("in_person", None)


def test_the_clause_of_a_verbless_headline_is_its_root(nlp):
    """A date in a headline with no verb: the clause climbed to ends at the root (it looped there once)."""
    doc = nlp("Defence talks in Kazan on 18 May")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert frames_mod._clause_verb(doc[len(doc) - 1]) == root


def test_a_meeting_noun_the_parser_set_apart_from_its_light_verb_is_held(read):
    """Class: "X, <post>, held on this Thursday (22) a videoconference with Y": "held" read as a participle on the
    root noun and the videoconference as that noun's apposition, so no verb held a meeting; the light verb with no
    object of its own holds the meeting noun set apart after it, and the root is its subject."""
    text = (
        "The Minister of State for Defence, Mr. Ivo Brant Kalem, held on this Thursday (22) a videoconference with "
        "the Minister of National Defence of the Portuguese Republic, Mrs. Lucia Maria Vardo."
    )
    (frame,) = [f for f in read(text) if f["kind"] == "meeting"]
    assert frame["names"] == ["Mr. Ivo Brant Kalem", "Mrs. Lucia Maria Vardo"]
    assert (frame["mode"], frame["date_text"]) == ("video", "Thursday (22)")  # the day of the month in brackets too


@pytest.mark.parametrize(
    "text",
    [
        "Also took part in the videoconference the Chief of the Joint Staff of the Armed Forces (EMCFA), Admiral of "
        "Fleet Omar Tessel.",
        "Also participated in the meeting the Deputy Minister, General Omar Tessel.",
    ],
)
def test_an_attendee_named_after_the_sitting_with_no_subject_before_the_verb_joins(read, text):
    """Class: "Also took part in the videoconference the Chief of X, Admiral Y" (a subject written after the
    verb, as translated press releases do): no subject, so nobody joined."""
    (frame,) = [f for f in read(text) if f["kind"] == "join"]
    assert frame["names"] == ["Omar Tessel"]


def test_a_pronoun_that_discussed_something_with_someone_met_them(read):
    # class: "X told senators that he had discussed the issues with Y at a meeting": a topic verb with a pronoun
    # subject and a "with" person was no meeting
    found = meetings(
        read(
            "Rear Admiral Ivo Kearn told senators that he had discussed the issues with Kamil Lockvar at a meeting "
            "in Zorgrad last month."
        )
    )
    assert [f["names"] for f in found] == [["Ivo Kearn", "Kamil Lockvar"]]


@pytest.mark.parametrize(
    "text, place",
    [
        # class: the place of a trip after the meeting ("before flying to X") was taken for the meeting's
        ("John Smith met Peter Brown in Zorgrad today before flying to Lomar.", "Zorgrad"),
        ("John Smith is to meet Peter Brown today before visiting the academy in Lomar.", None),
        # "after arriving in X" is where they met
        ("After arriving in Zorgrad, John Smith met Peter Brown.", "Zorgrad"),
    ],
)
def test_the_place_of_a_later_leg_is_not_the_meeting_place(read, text, place):
    (frame,) = meetings(read(text))
    assert frame["location_text"] == place


def test_a_bilateral_used_as_a_noun_is_a_meeting(read):
    # class: "a planned bilateral between X and Y was called off": "bilateral" tagged an adjective, no meeting
    found = meetings(
        read(
            "A planned bilateral between German Defense Minister John Smith and Turkey's Peter Brown was called off at short notice."
        )
    )
    assert [(f["names"], f["status"]) for f in found] == [(["John Smith", "Peter Brown"], "cancelled")]


def test_the_sides_agreeing_to_hold_a_meeting_of_a_body_plan_no_meeting_of_their_own(read):
    # class: "the two sides agreed to hold the first meeting of the joint committee": the committee's sitting
    found = read(
        "The two sides also agreed to hold the first meeting of the military cooperation committee in Zorgrad "
        "next year."
    )
    assert meetings(found) == []
    assert meetings(read("The two ministers agreed to hold a meeting in Zorgrad next month."))


def test_a_name_closing_a_title_phrase_the_parser_hung_on_the_verb_is_its_object(read):
    # class: "met Egypt's Minister of State for Military Production X Y": "for ... X Y" hung on "met", no object
    found = meetings(
        read(
            "John Smith met Egypt's Minister of State for Military Production Peter Brown on the sidelines of the "
            "show on Tuesday."
        )
    )
    assert [f["names"] for f in found] == [["John Smith", "Peter Brown"]]


def test_to_schedule_a_meeting_is_to_plan_one(read):
    # class: "both generals agreed ... to schedule a follow-up meeting in X": "schedule" was no light verb
    found = meetings(read("John Smith and Peter Brown agreed to schedule a follow-up meeting in Zorgrad in November."))
    assert [(f["names"], f["status"]) for f in found] == [(["John Smith", "Peter Brown"], "planned")]


def test_one_subject_for_a_visit_and_a_meeting_keeps_the_visits_day(read):
    # "X visited Y on October 13 and met Z": one subject for both verbs, the day is the meeting's too (a day of
    # another clause is dropped only where that clause has its own subject: "..., and on Friday he is to meet Z")
    found = meetings(read("General John Smith visited Zorgrad on October 13 and met General Peter Brown there."))
    assert [f["date_text"] for f in found if len(f["names"]) == 2] == ["October 13"]


def test_he_under_a_reference_subject_above_is_that_reference(read):
    # class: "Our Minister is to visit X, where he will meet Y": "he" was left to stand for whoever was named last;
    # it is the reference the clause above has for its (here passive) subject
    (frame,) = meetings(
        read(
            "Our Minister is scheduled to pay a working visit to Georgia next week, where he will meet Minister of "
            "Defense of Georgia Nodar Halmi."
        )
    )
    assert frame["names"] == ["Nodar Halmi"] and [r[2] for r in frame["refs"]] == ["Our Minister"]


@pytest.mark.parametrize("address", ["Rt Hon", "Rt. Hon."])
def test_the_right_honourable_is_a_form_of_address_not_part_of_the_phrase(read, address):
    # class: "Rt Hon X Y MP": "Rt" was left out of the honorific and broke the name's phrase, so the guest of
    # "hosted the Minister for the Armed Forces, Rt Hon X Y MP," was no side
    (frame,) = meetings(
        read(
            "The Cabinet Secretary for Defence, Hon. Ivo Brant, today hosted the United Kingdom's Minister for the "
            f"Armed Forces, {address} Colm Pellew MP, at Velmora House, Zorgrad."
        )
    )
    assert sorted(strip_honorifics(n) for n in frame["names"]) == ["Colm Pellew", "Ivo Brant"]


def test_a_name_after_the_verb_is_no_apposition_of_the_subject(read):
    # class: "the Chadian general is due to call on the Chief of Army Staff, Major General X,": the parser hung the
    # object's name on the subject as an apposition, so the reference was taken for X and no call-on was told
    (frame,) = meetings(
        read(
            "On Thursday, the Chadian general is due to call on the Chief of Army Staff, Major General Kwesi Kofi "
            "Ampofo-Tetteh, at the Army headquarters."
        )
    )
    assert frame["names"] == ["Kwesi Kofi Ampofo-Tetteh", "the Chadian general"]
    assert frame["host_name"] == "Kwesi Kofi Ampofo-Tetteh"


@pytest.mark.parametrize(
    "text",
    [
        "In his meeting with General Ivo Brant, Admiral Teodor Velk underlined the value of the airfields at Larnaca "
        "and Paphos for the alliance's logistics.",
        "Admiral Teodor Velk met General Ivo Brant on Monday and discussed the situation of the refugees in Patras.",
    ],
)
def test_a_place_inside_what_was_stressed_or_discussed_is_no_meeting_place(read, text):
    # class: "emphasized the role of the ports in A and B": a place inside the object of a verb of discussing or
    # stressing was taken for the meeting's place (and kept the meeting from joining the one told before)
    (frame,) = meetings(read(text))
    assert frame["location_text"] is None


def test_a_place_inside_what_a_sitting_covered_is_no_meeting_place(read):
    # class: "The talks covered the training of engineers in X": the place of what the sitting covered was taken
    # for the sitting's own, over the venue its meeting sentence gave
    text = (
        "The talks covered the upkeep of ships donated by the United States, fuel for long-range patrols and the "
        "training of Velkarian Coast Guard engineers in Athens."
    )
    (frame,) = [f for f in read(text) if f["kind"] == "topics"]
    assert frame["location_text"] is None
    (frame,) = [f for f in read("The talks in Zorgrad covered the training of engineers.") if f["kind"] == "topics"]
    assert frame["location_text"] == "Zorgrad"


@pytest.mark.parametrize(
    "text",
    [
        "General Karl Hesse met Major General Ivo Brant, Director of the Defence College in Nouakchott, on Monday.",
        "On the sidelines of the conference, the Commandant, Lieutenant General Karl Hesse, met on Wednesday with Major "
        "General Ivo Brant, Director of the Defence College in Nouakchott, and Rear Admiral Olaf Berger.",
    ],
)
def test_the_seat_of_a_body_in_someones_post_is_no_meeting_place(read, text):
    # class: "met Y, Director of the College in X,": where the body of Y's post is (set off after Y's name, however
    # parsed) was taken for where they met
    (frame,) = meetings(read(text))
    assert frame["location_text"] is None
    (frame,) = meetings(read("General Karl Hesse met Major General Ivo Brant, the director, in Nouakchott on Monday."))
    assert frame["location_text"] == "Nouakchott"


def test_the_place_after_the_body_a_delegation_came_from_is_no_meeting_place(read):
    # class: "a delegation from the Velk Academy, Cairo, headed by X, visited ...": the place set after the body the
    # delegation came from was taken for where it was received
    frames = read(
        "A delegation from the Velk Higher Military Academy, Cairo, headed by Major General Ivo Brant, visited the "
        "National Defence College today."
    )
    assert all(f["location_text"] is None for f in frames)


def test_the_place_of_the_talks_themselves_stays(read):
    (frame,) = meetings(read("Admiral Teodor Velk held talks in Patras with General Ivo Brant on the ports."))
    assert frame["location_text"] == "Patras"


def test_joining_people_for_a_meeting_is_meeting_them(read):
    # class: "X joined Y and Z for a trilateral meeting": no meeting verb, and "joined" with people as its object was
    # no attending either, so the sitting was lost
    (frame,) = meetings(
        read("General Ivo Brant joined General Teodor Velk and Admiral Colm Pellew for a trilateral meeting in Lomar.")
    )
    assert frame["names"] == ["Colm Pellew", "Ivo Brant", "Teodor Velk"]
    assert not meetings(read("General Ivo Brant joined the talks in Lomar on Monday."))


@pytest.mark.parametrize(
    "text",
    [
        "Gilbert Arroyo, who is travelling with President Colm Pellew this week, separately called on Prime Minister "
        "Dario Kell, an aide said.",
        "Gilbert Arroyo, who is travelling with President Colm Pellew on a three-day state visit, separately called on "
        "Velkan Prime Minister Dario Kell, an Ostrian defence official said.",
    ],
)
def test_a_call_on_told_before_a_report_verb_has_its_own_subject(read, text):
    # class: "X, who ..., separately called on Y, an official said": the parser hung the verb on X as a clause and
    # X on the report verb, so the call-on had no subject (and Y, hung on the report verb too, was taken for one)
    (frame,) = meetings(read(text))
    assert sorted(text[s:e] for s, e in frame["participants"]) == ["Dario Kell", "Gilbert Arroyo"]
    assert [text[s:e] for s, e in frame["split_subject"]] == ["Gilbert Arroyo"]


def test_a_host_whose_verb_reads_as_a_participle_under_a_report_verb_receives(read):
    # class: "X, <post>, received on <day> at <venue> Y, who is visiting ..., the staff said": the parser tagged
    # "received" a participle hung on X, the subject of the report verb, so X read as the one received on a visit
    text = (
        "Lomar - General Ivo Brant, Inspector General of the Lomar Armed Forces, received on Friday at his command post "
        "in Tarsa General Karl Hesse, Chief of Staff of the Velkarian Army, who is visiting the country, the General "
        "Staff said in a statement."
    )
    (frame,) = meetings(read(text))
    assert frame["host_name"] == "Ivo Brant" and not frame.get("visitor")


@pytest.mark.parametrize(
    "visitor, where",
    [
        ("Mira Koval", "Lahore"),
        # the time phrase read as a second object of the first verb, the next verb hung on it
        ("General Ivo Brant", "Lomar"),
    ],
)
def test_a_second_verb_hung_on_a_time_phrase_has_the_first_verbs_subject(read, visitor, where):
    # class: "X saw Y ..., and later that day called upon Z": the parser hung "called" on "day" as a clause, so the
    # call-on took Y, the person before it, for its subject
    text = (
        f"On Friday, {visitor} met Admiral Karl Hesse, commander of the fleet, at the naval base in {where}, and later "
        "the same day called upon Air Marshal Olaf Berger."
    )
    name = visitor.removeprefix("General ")
    assert sorted(sorted(f["names"]) for f in meetings(read(text))) == sorted(
        [sorted([name, "Karl Hesse"]), sorted([name, "Olaf Berger"])]
    )


def test_a_person_met_read_as_the_subject_of_a_participle_after_it_is_met(read):
    # class: "is to meet Mr X and the troops posted there": the parser made X the subject of the participle after
    # him (tagged a past tense), so the plan had one side
    text = "Ms Koval is to visit Riga in May and is due to meet Mr Velk and French troops deployed there."
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Mr Velk", "Ms Koval"] and frame["status"] == "planned"


def test_a_venue_ends_before_a_hyphened_post_after_it(read):
    # class: "received on <day> at X Palace Vice-Premier Y": the place ran on into the first half of the post ("X
    # Palace Vice"). (The guest, hung on the post inside the place's phrase, is still no side: taking such a name for
    # the object cost an untouched half more than it gave another.)
    text = "President Ivo Brant received on Tuesday at Marble Palace Vice-Premier Karl Hesse of Lomar."
    assert {f["location_text"] for f in read(text)} == {"Marble Palace"}


@pytest.mark.parametrize(
    "text",
    [
        "Palace spokesman Teodor Velk said the audience was also attended by Interior Minister Olaf Berger.",
        "The army's spokesman, Colonel Teodor Velk, said the session was attended by Interior Minister Olaf Berger.",
    ],
)
def test_who_says_who_attended_a_meeting_did_not_attend_it(read, text):
    # class: "Spokesman X said the talks were attended by Y": X, who tells of them, was put at the sitting beside Y
    (frame,) = [f for f in read(text) if f["kind"] == "join"]
    assert frame["names"] == ["Olaf Berger"]


def test_a_subject_named_after_its_post_of_a_body_calls_on(read):
    # class: "Visiting Chief of the Naval Staff Admiral X called on Y": the parser made X the object of the post's
    # "of" and left the verb no subject; the fallback for a missing subject skipped every object of a preposition
    for post in ("Visiting Velkan Chief of the Naval Staff Admiral", "Commanding General of the Velkan Army General"):
        text = f"{post} Ivo Brant called on Defence Secretary Karl Hesse at his office in Kandy on Monday."
        (frame,) = meetings(read(text))
        assert (frame["names"], frame["host_name"]) == (["Ivo Brant", "Karl Hesse"], "Karl Hesse"), post


def test_a_readout_headline_with_a_demonym_before_the_post_names_both_sides(read):
    # class: "Readout of Secretary X's Call With Velkan Minister of Defense Y": the parser hung Y on the headline's
    # first word, and the post it stands after ("Minister") named nobody: the call had one side
    text = "Readout of Secretary Ivo Brant's Call With Ghanaian Minister of Defense Karl Hesse"
    (frame,) = meetings(read(text))
    assert (frame["names"], frame["mode"]) == (["Ivo Brant", "Karl Hesse"], "phone")


def test_a_guest_received_after_the_day_and_the_place_is_the_object(read):
    # class: "received on Tuesday at X Palace the Prime Minister of Y, Z": the parser hung the guest, told after the
    # verb's day and place, on the place as an apposition, so the sitting had one side
    text = (
        "The Emir received on Sunday at Seif Palace the Prime Minister of the Kingdom of Ostria Dr. Ivo Brant and his "
        "accompanying delegation, on the occasion of their visit."
    )
    (frame,) = meetings(read(text))
    assert sorted(text[s:e] for s, e in frame["participants"]) == ["Dr. Ivo Brant", "The Emir"]


def test_one_who_accompanied_a_side_during_the_meetings_met_no_one(read):
    # class: "X accompanied the army chief during the meetings" was read as X telling the chief something at a
    # sitting, a meeting of the two (GOLD: members who only accompany a leader are not participants)
    assert meetings(read("Velkan Ambassador Selorm Adzo accompanied the army chief during the meetings.")) == []


def test_a_sentence_opening_participle_of_meeting_read_as_a_noun_tells_a_meeting(read):
    # class: "Meeting at the Defense Ministry in X, the two ministers expressed ...": the tagger took the participle
    # for a noun heading a clause, so the sentence told no meeting (and the lead, "A and B agreed to ...", none either)
    (frame,) = meetings(read("Meeting at the Defense Ministry in Lomar, the two ministers expressed serious concerns."))
    assert frame["group"] and frame["location_text"] == "Defense Ministry, Lomar"


def test_a_refusal_told_in_a_clause_set_before_or_after_is_not_the_meetings(read):
    # class: "X received Y on Thursday, days after Z refused to rule out ...": the refusal in the clause set in time
    # beside the meeting made it a cancelled one
    (frame,) = meetings(
        read("Minister Ivo Brant received Teodor Velk on Thursday, days after Dario Kell refused to rule out talks.")
    )
    assert frame["status"] == "occurred"
    (refused,) = meetings(read("Minister Ivo Brant refused to meet Teodor Velk after the vote."))
    assert refused["status"] == "cancelled"


def test_a_sitting_the_sides_of_a_call_agreed_on_is_a_planned_meeting(read):
    # class: "A and B held phone talks on Tuesday and agreed to hold in-person talks in X later this month": the
    # agreed sitting, in the same sentence as the call, was lost (one frame a sentence for the same people)
    call, plan = meetings(
        read(
            "Defense Minister Ivo Brant and his Velkan counterpart, Dario Kell, held phone talks on Tuesday and agreed "
            "to hold in-person talks in Singapore later this month, the ministry said."
        )
    )
    assert (call["mode"], call["status"]) == ("phone", "occurred")
    assert (plan["mode"], plan["status"], plan["location_text"], plan["date_text"]) == (
        "in_person",
        "planned",
        "Singapore",
        None,
    )
    unfixed = (
        "Defense Minister Ivo Brant held talks with General Dario Kell on Tuesday and agreed to hold further talks."
    )
    assert len(meetings(read(unfixed))) == 1


def test_a_sitting_agreed_on_the_sidelines_of_an_event_is_planned_and_its_place_is_not_the_held_ones(read):
    # class: "held phone talks on Friday and agreed to meet on the sidelines of the X Forum": the sidelines fix the
    # sitting though no place or day is named; "met on Friday and agreed to meet again in X" was held in X
    call, plan = meetings(
        read(
            "Defense Minister Ivo Brant held phone talks with Dario Kell on Friday and agreed to hold talks on the "
            "sidelines of the Lomar Security Forum, his office said."
        )
    )
    assert (call["mode"], call["status"], call["sidelines"]) == ("phone", "occurred", False)
    assert (plan["mode"], plan["status"], plan["sidelines"]) == ("in_person", "planned", True)
    held, plan = meetings(read("Minister Ivo Brant met Dario Kell on Friday and agreed to meet again in Varnen soon."))
    assert (held["status"], held["location_text"]) == ("occurred", None)
    assert (plan["status"], plan["location_text"]) == ("planned", "Varnen")


@pytest.mark.parametrize(
    "text",
    [
        "The visit follows the meeting that Defence Minister Ivo Brant held with General Teodor Velk in Lima in July.",
        "He recalled the talks which were held with General Teodor Velk by Defence Minister Ivo Brant in Lima.",
    ],
)
def test_the_sitting_a_relative_clause_holds_is_a_meeting(read, text):
    # class: "the meeting that X held with Y": the light verb's object was the relative pronoun, so no sitting was held
    (frame,) = meetings(read(text))
    assert (frame["names"], frame["location_text"]) == (["Ivo Brant", "Teodor Velk"], "Lima")


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Ivo Brant, who also attended the forum, did not meet General Teodor Velk.",
        "Defence Minister Ivo Brant has not met General Teodor Velk since the war began.",
    ],
)
def test_a_meeting_verb_negated_in_the_past_with_nothing_planned_is_no_meeting(read, text):
    # class: "X did not meet Y" tells of no sitting, and of none planned that was called off
    assert not meetings(read(text))


def test_a_meeting_not_held_as_planned_is_still_cancelled(read):
    (frame,) = meetings(read("Defence Minister Ivo Brant did not meet General Teodor Velk as planned on Monday."))
    assert frame["status"] == "cancelled"


def test_a_post_noun_before_its_holders_rank_and_name_is_no_other_person(read):
    # class: "paid a call on the navy's flag officer in command Vice Adm. X": the untagged post noun is X's, not a
    # reference to someone else
    (frame,) = meetings(
        read(
            "Admiral Teodor Velk paid a courtesy call on the Velkari Navy flag officer in command Vice Adm. Ivo "
            "Brant at the naval headquarters yesterday."
        )
    )
    assert frame["names"] == ["Ivo Brant", "Teodor Velk"] and frame["refs"] == []


def test_the_three_agreeing_to_meet_is_a_group_planned_meeting(read):
    # class: "The three also agreed to meet in person in Tokyo": "the two" was a group of the sides, "the three" not
    (frame,) = meetings(read("The three also agreed to meet in person in Lomar in July next year."))
    assert (frame["group"], frame["group_size"], frame["status"]) == (True, 3, "planned")


def test_a_meeting_told_in_a_since_phrase_is_an_earlier_occasion_without_the_sentences_day(read):
    # class: "A and B met on May 31, their first talks since A's meeting with C in 2023": C's meeting is an earlier
    # one, not on May 31
    found = meetings(
        read(
            "Defence Secretary Ivo Brant and Admiral Dario Kell met on the sidelines of the forum on May 31, their "
            "first talks since Mr Brant's meeting with General Olaf Berger was cut short in 2023."
        )
    )
    earlier = [f for f in found if "Olaf Berger" in f["names"]]
    assert earlier and all(f["earlier_occasion"] and f["date_text"] != "May 31" for f in earlier)
    assert any(f["names"] == ["Dario Kell", "Ivo Brant"] and f["date_text"] == "May 31" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to hold a video call between theatre commanders in the coming months.",
        "Both ministers agreed to hold talks among naval staffs next year.",
    ],
)
def test_a_sitting_between_unnamed_others_is_no_meeting_of_the_sides(read, text):
    # class: "agreed to hold a video call between theatre commanders": others, none named, will meet
    assert not meetings(read(text))


@pytest.mark.parametrize("surname", ["Hesse", "Marrow"])
def test_he_in_a_clause_is_the_bare_surname_the_clause_hangs_on(read, surname):
    # class: "X also visited the Congress Building, where he met Speaker Y": "he" was read as the subject of the
    # sentences before (another person), not as X, a surname with no entity of its own
    (frame,) = meetings(
        read(f"{surname} also visited the Lomar Congress Building on Friday, where he met Speaker Karla Velk.")
    )
    assert [s[2] for s in frame["surnames"]] == [surname]
    assert not frame["refs"]


def test_a_post_in_a_who_is_clause_after_the_name_gives_its_country(read):
    # class: "A and B, who is also X's deputy minister, talked about ...": the clause (which the parser hung
    # on A) told nobody's country
    (frame,) = meetings(
        read("Colonel Ivo Brant and Karl Hesse, who is also Chile's deputy foreign minister, reviewed the drills.")
    )
    named = {frame["evidence"][s:e]: c for s, e, c in frame["person_countries"]}
    assert named == {"Karl Hesse": "Chile"}


def test_a_dateline_city_that_is_a_country_is_no_country_of_the_person_after_it(read):
    # class: "LUXEMBOURG – Defence Minister X met Y": the dateline's city-state was read as X's country
    (frame,) = meetings(read("LUXEMBOURG – Defence Minister Ivo Brant met Admiral Dario Kell on May 31."))
    assert frame["person_countries"] == []
    (frame,) = meetings(read("LUXEMBOURG – Velkan Defence Minister Ivo Brant met Admiral Dario Kell on May 31."))
    assert frame["person_countries"] == []  # an unknown demonym: still not the dateline's
    (frame,) = meetings(read("ANKARA – Turkish Defence Minister Ivo Brant received Admiral Dario Kell on May 31."))
    assert [c for _, _, c in frame["person_countries"]] == ["Turkey"]


def test_an_attendee_of_the_talks_named_by_their_place_names_the_place(read):
    (frame,) = [
        f for f in read("Also present during the Camp Velk talks was General Ivo Brant.") if f["kind"] == "join"
    ]
    assert (frame["meeting_ref"], frame["sitting_place"]) == (True, "Camp Velk")


def test_a_plan_agreed_in_a_clause_beside_an_invitation_is_a_plan_not_an_invitation(read):
    # class: "X invited Y to visit Z, and the two agreed to meet there later this year": the second clause, with its
    # own subject, tells a plan agreed; only what X invited Y to do is no meeting yet
    (frame,) = meetings(
        read("Mr. Kell invited Mr. Brant to visit Lomar, and the two agreed to meet there later this year.")
    )
    assert (frame["group"], frame["status"]) == (True, "planned")
    assert not meetings(read("Mr. Kell invited Mr. Brant to visit Lomar and meet the new commander."))


def test_co_chairing_a_sitting_with_someone_is_a_meeting_with_them(read):
    # class: "X co-chaired the Defence Policy Dialogue with Permanent Secretary Y": the two chairs met; it was read
    # as X attending a sitting told before
    (frame,) = meetings(
        read("General Dario Kell co-chaired the 6th Defence Policy Dialogue with Permanent Secretary Ivo Brant.")
    )
    assert frame["names"] == ["Dario Kell", "Ivo Brant"]
    assert not meetings(read("General Dario Kell co-chaired the 6th Defence Policy Dialogue on Tuesday."))


def test_the_name_of_a_post_that_only_goes_along_is_no_side(read):
    # class: "X visited the brigade, accompanied by the Chief of General Staff, Brigadier General Y": the parser hung
    # Y on the brigade, and Y became the one X visited
    found = read(
        'General Ivo Brant also visited the "Velka" Brigade in Lomar, accompanied by the Chief of General Staff, '
        "Brigadier General Dario Kell, and watched a demonstration."
    )
    assert not meetings(found)
    (frame,) = meetings(
        read("General Ivo Brant met the Chief of General Staff, Brigadier General Dario Kell, in Lomar.")
    )
    assert frame["names"] == ["Dario Kell", "Ivo Brant"]


def test_two_sides_led_in_two_clauses_are_a_meeting_of_their_leaders(read):
    # class: "The A delegation was led by its director general X, while the B side was headed by Y": each clause
    # a lead of its own, the two leaders met
    (frame,) = meetings(
        read(
            "The Velkan delegation was led by its director general Ivo Brant, while the Ostrian side was headed by "
            "its director general Major General Dario Kell."
        )
    )
    assert frame["names"] == ["Dario Kell", "Ivo Brant"]


def test_a_sitting_co_chaired_by_two_takes_the_status_of_the_sittings_own_verb(read):
    # class: "the next session of the dialogue, co-chaired by A and B, will be held in X in the autumn": a planned
    # sitting of A and B, read as held
    (frame,) = meetings(
        read("The next session, co-chaired by General Ivo Brant and General Dario Kell, will be held in Lomar in May.")
    )
    assert (frame["names"], frame["status"]) == (["Dario Kell", "Ivo Brant"], "planned")
    (frame,) = meetings(
        read("The meeting, co-chaired by General Ivo Brant and General Dario Kell, was held in Lomar on Monday.")
    )
    assert frame["status"] == "occurred"


def test_the_chair_of_a_bodys_session_joins_no_sitting(read):
    # class: "... held a trilateral meeting with A and B. The meeting of the Council was chaired by X": X chaired
    # the body's session (the event), and joined the trilateral meeting told last
    assert not [f for f in read("The meeting of the Council was chaired by General Ivo Brant.") if f["kind"] == "join"]
    (frame,) = [f for f in read("The meeting was chaired by General Ivo Brant.") if f["kind"] == "join"]
    assert frame["names"] == ["Ivo Brant"]


def test_a_sitting_to_be_co_chaired_by_a_group_is_a_group_meeting_with_its_status(read):
    # class: "a meeting of the committee, which was to have been co-chaired by the two ministers in X this month, has
    # been postponed": the two ministers told before, at a sitting called off
    (frame,) = meetings(
        read(
            "However, a meeting of the border committee, which was to have been co-chaired by the two ministers in "
            "Lomar this month, has been postponed indefinitely."
        )
    )
    assert (frame["group"], frame["group_size"], frame["status"], frame["location_text"]) == (
        True,
        2,
        "cancelled",
        "Lomar",
    )


def test_a_bodys_sitting_to_be_attended_by_both_chiefs_is_their_planned_meeting(read):
    # class: "They agreed to hold a meeting of the security group in X on May 10, to be attended by both defence
    # chiefs": a body's sitting was no meeting of anyone, though the text says the two chiefs sit at it
    (frame,) = meetings(
        read(
            "They also agreed to hold a meeting of the Joint Security Group in Lomar on May 10, to be attended by "
            "both defence chiefs."
        )
    )
    assert (frame["group"], frame["group_size"], frame["status"]) == (True, 2, "planned")
    assert not meetings(read("They also agreed to hold a meeting of the Joint Security Group in Lomar on May 10."))


def test_a_meeting_between_the_two_ministers_is_theirs_but_one_of_ministers_of_no_known_group_is_nobodys(read):
    # class: "A further meeting between the two ministers is set for a day in X": the group the sitting is
    # between was read as nobody, so the sentence told only a context
    (frame,) = meetings(read("A second meeting between the two ministers is planned for May 4 in Lomar."))
    assert (frame["group"], frame["group_size"], frame["status"], frame["location_text"]) == (
        True,
        2,
        "planned",
        "Lomar",
    )
    # class: "a capital has hosted two meetings of Asian and Western ministers": ministers of no known group, not the
    # people of the story
    assert not meetings(read("Varnen has hosted two meetings of Asian and Western ministers on the transition."))
    # the talks between them that someone else welcomed: that one was not at them
    assert not any(f["group"] for f in meetings(read("Minister Ivo Brant welcomed the talks between the two leaders.")))


def test_a_bare_surname_listed_with_the_people_named_is_a_side(read):
    # class: "talks hosted by X, involving Brantova, Defense Minister Y, Z and X": the bare surname opening the list
    # (tagged a place or a body) was left out of the sitting
    (frame,) = meetings(
        read(
            'The signing followed "two-plus-two" security talks hosted by Foreign Secretary Olaf Berger, involving '
            "Brantova, Defense Minister Teodor Velk, Kell and Berger."
        )
    )
    assert [text for _, _, text in frame["surnames"]] == ["Brantova"]


def test_a_visit_to_a_named_post_holder_under_a_lead_verb_is_a_meeting(read):
    # class: "X led a small party on a visit to the Inspector General of the Y Corps (YC), Dr Z": only the
    # leading was read (a visit after "to" was a meeting only when paid), and the bracketed short name of the body
    # ended the post's "of" phrase before the name
    (frame,) = meetings(
        read(
            "The panel's vice chair, Olaf Berger, then led a small party on a visit to the Inspector General of the "
            "Lomar Rescue Corps (LRC), Dr Karl Hesse, at its base in Nairobi."
        )
    )
    assert participant_texts(frame) == {"Olaf Berger", "Dr Karl Hesse"}
    # a visit to a place is no meeting with anyone
    assert not meetings(read("The panel's vice chair, Olaf Berger, then led a small party on a visit to Nairobi."))


def test_a_guests_visit_of_the_country_in_a_relative_clause_leaves_the_reception_alone_in_its_sentence(read):
    # class: "X received at the joint headquarters ... Lieutenant General Y, ..., who is currently visiting the country":
    # the parse hung Y inside the place, and the relative clause's "visiting" counted as a second meeting, so the
    # sentence was not read as the one meeting of its two people
    found = meetings(
        read(
            "Lieutenant General Ivo Brant, head of the Kenyan land forces, received today at the joint headquarters of "
            "the land forces Lieutenant General Karl Hesse, head of the Ugandan land forces, who is currently visiting "
            "the country."
        )
    )
    assert [participant_texts(frame) for frame in found] == [{"Ivo Brant", "Karl Hesse"}]


def test_a_title_case_headlines_verb_tagged_a_name_is_read_as_the_verb(read):
    # class: "Deputy Secretary of Defense X Y Welcomes Velkarian Deputy Prime Minister Z to the Pentagon": the tagger
    # took "Welcomes" for a proper noun (lemma "Welcomes"), so the headline told no meeting
    (frame,) = meetings(
        read("Deputy Secretary of Defense Helen Lomar Welcomes Velkarian Deputy Prime Minister Dario Kell to Zorgrad")
    )
    assert frame["names"] == ["Dario Kell", "Helen Lomar"]
    assert (frame["trigger_lemma"], frame["host_name"]) == ("welcome", "Helen Lomar")


def test_talks_with_two_people_at_a_joint_meeting_are_one_sitting(nlp):
    # class: "held talks with the Minister of A, X, and with the Minister of B, Y, at a joint meeting": the repeated
    # "with" split it into one meeting with each, though the sentence says the three sat together
    doc = nlp(
        "Before the signing, Ivo Brant held talks with the Minister of Defence, Karl Hesse, and with the Minister of "
        "Foreign Affairs, Olaf Berger, at a joint meeting at the Ministry of Defence."
    )
    # the second "with" joined to the verb, as the parser does for some names
    for found in (doc, _reparsed(doc, "with", nth=1, dep="conj")):
        (frame,) = meetings(frames_mod.extract_frames(found, "rules"))
        assert len(frame["participants"]) == 3 and not frame["split"]


def test_a_mode_word_inside_an_outlets_name_tells_no_mode(read):
    # class: "..., according to sources who spoke to Lomar Online": the outlet's "Online" made a visit a video call
    text = (
        "Defence Minister Ivo Brant is due back in Nairobi next month for a meeting with Karl Hesse, according to "
        "sources who spoke to Lomar Online."
    )
    assert [f["mode"] for f in meetings(read(text))] == ["in_person"]
    # a headline in title case keeps its mode words
    assert [f["mode"] for f in meetings(read("Ivo Brant Holds Video Call With Karl Hesse"))] == ["video"]


def test_on_the_phone_with_someone_is_a_call(read):
    # class: "X was on the phone with Y discussing Z": neither a call verb nor a call noun, so no meeting was read
    (frame,) = meetings(
        read(
            "Later that week, Defence Minister Ivo Brant was on the phone with Kenyan President Karl Hesse discussing "
            "the border."
        )
    )
    assert (frame["mode"], participant_texts(frame)) == (
        "phone",
        {"Ivo Brant", "Karl Hesse"},
    )
    assert not meetings(read("Defence Minister Ivo Brant was on the phone with reporters all morning."))


def test_receiving_a_courtesy_call_from_someone_is_a_visit_they_made(read):
    # class: "X spoke while receiving a courtesy call from Y's chief, Vice Admiral Z": a courtesy call is a
    # visit, and the one it is from was not taken as its other side (only for a phone call's "call")
    (frame,) = meetings(
        read(
            "Kenyan Coast Guard chief Admiral Ivo Brant gave the figures while receiving a courtesy call from the "
            "outgoing head of the Ugandan border agency, Vice Admiral Karl Hesse, at his office on Tuesday."
        )
    )
    assert participant_texts(frame) == {"Ivo Brant", "Karl Hesse"}
    assert (frame["mode"], frame["evidence"][slice(*frame["host"])]) == ("in_person", "Ivo Brant")


def test_talks_with_one_and_with_another_are_a_meeting_with_each(read):
    # class: "is to hold talks with A, and with B": the second "with", hung on another verb, was lost, and the two
    # were not told apart (the repeated preposition makes one meeting with each)
    (frame,) = meetings(
        read(
            "On Thursday, General Karl Hesse is expected to hold talks with Defence Minister Olaf Berger, and with "
            "the army commander, General Teodor Velk."
        )
    )
    names = participant_texts(frame)
    assert (frame["split"], names) == (True, {"Karl Hesse", "Olaf Berger", "Teodor Velk"})


def test_a_joint_act_after_talks_is_a_meeting_of_those_who_did_it(read):
    # class: "A and B signed a pact after talks", "A signed a pact with B following talks": a sitting with no
    # sides of its own, told before the act of the clause's people, gave no meeting
    for text in (
        "Kenyan Defence Minister Ivo Brant and Ugandan Defence Minister Karl Hesse signed a defence pact after talks "
        "in Nairobi on Tuesday.",
        "Kenyan Defence Minister Ivo Brant signed a defence pact with Ugandan Defence Minister Karl Hesse following "
        "talks in Nairobi on Tuesday.",
    ):
        (frame,) = meetings(read(text))
        assert participant_texts(frame) == {"Ivo Brant", "Karl Hesse"}
    assert not meetings(read("Kenyan Defence Minister Ivo Brant said after talks in Nairobi that ties were strong."))


def test_the_name_set_off_after_a_subject_post_is_the_subject_a_he_goes_on_with(read):
    # class: "The army chief, General X, arrived ...": the name in apposition to the subject post was no subject,
    # so relate took "he" of the next sentence for the person named last
    text = (
        "The Commander of the Kenyan Land Forces, General Ivo Brant, flew into Kampala on Thursday for a three-day "
        "visit at the request of the Commander of the Ugandan Land Forces, General Karl Hesse."
    )
    assert [text[slice(*s)] for s in read(text)[0]["subjects"]] == ["Ivo Brant"]


def test_a_noun_hung_on_the_guest_after_a_clause_does_not_make_the_guest_a_place(read):
    # class: "received X, with whom he discussed A, the procurement of B": the parser hung "the procurement" on X
    # as an apposition, which read X as a place visited ("visited X, the mausoleum of ..."), and the meeting was lost
    (frame,) = meetings(
        read(
            "Defence Minister Ivo Brant received today US Ambassador Karl Hesse, with whom he discussed the "
            "modernisation of the Armed Forces of Kenya, the procurement of armoured vehicles and patrol boats."
        )
    )
    assert participant_texts(frame) == {"Ivo Brant", "Karl Hesse"}


def test_a_counted_group_that_discussed_something_is_a_meeting_of_its_sides(read):
    # class: "X is on a visit at the request of Y. In Lisbon, the two generals discussed Z": with no meeting told
    # before, the counted group that discussed was only topics, and the meeting was lost
    (frame,) = meetings(read("In Lisbon on 3 June, the two generals discussed officer training."))
    assert frame["group"] and frame["group_discussed"]
    assert not meetings(read("In Lisbon on 3 June, the sides discussed officer training."))
    # an uncounted group that discussed in a call of its own
    (frame,) = meetings(read("On 3 June, the ministers discussed officer training in a video call."))
    assert frame["group_discussed"] and frame["mode"] == "video"
    assert not meetings(read("On 3 June, the ministers discussed officer training."))


def test_a_bare_surname_subject_the_model_took_for_a_law_or_a_work_is_carried_for_relate(nlp):
    # class: "Velk then called on Minister X": the model tagged the surname as a law (or a
    # work of art, an event, a region), so the frame had one side and the call was lost
    doc = nlp("Velk then paid a courtesy call on Interior Minister Dr Karl Hesse at his office.")
    doc.ents = [Span(doc, 0, 1, label="LAW"), *(e for e in doc.ents if e.start > 0)]
    (frame,) = meetings(frames_mod.extract_frames(doc))
    assert [s[2] for s in frame["surnames"]] == ["Velk"]


def test_a_bare_surname_subject_after_its_post_is_carried_for_relate(read):
    # class: "State Minister VELK paid a call on X": the post before the bare surname (its compound) made it no
    # name, so the call had one side and was lost
    (frame,) = meetings(
        read(
            "On August 20, State Minister VELK paid a call on Lieutenant General Karl Hesse, Chief of the General Staff."
        )
    )
    assert [s[2] for s in frame["surnames"]] == ["VELK"]


def test_in_their_talks_is_a_sitting_of_the_clauses_people(read):
    # class: "In their talks at the ministry, A and B expressed concern": "in" was not read as a sitting
    # preposition ("during", "at", "before", "after" were), so no meeting
    (frame,) = meetings(
        read("In their talks in Tokyo on Monday, Brant and Hesse voiced concern over the use of water cannons.")
    )
    assert [s[2] for s in frame["surnames"]] == ["Brant", "Hesse"]


def test_a_counted_group_that_is_to_hold_a_meeting_plans_it(read):
    # class: "the two chiefs are to hold talks": "is to" made a plan only for a named or pronoun
    # subject, so the group's sitting was told as held
    (frame,) = meetings(read("The two chiefs are to hold talks in the capital on May 14."))
    assert frame["status"] == "planned"


def test_in_his_meeting_with_someone_both_sides_are_he_and_that_person(read):
    # class: "In his meeting with X, both sides discussed Y": the group subject was read as the sides of the
    # meetings told before, so a third person joined the meeting
    found = meetings(read("In his meeting with Australian Defence Minister Karl Hesse, both sides discussed trade."))
    (frame,) = [f for f in found if not f.get("group_discussed")]
    assert not frame["group"]
    assert [r[2] for r in frame["refs"]] == ["his"]


def test_a_planned_meeting_someone_said_did_not_take_place_is_theirs(read):
    # class: "X also said a planned meeting with Y did not take place": the article stood for the one the story
    # is about; the meeting is the one of X, who tells of it
    (frame,) = meetings(
        read("Brant told reporters a scheduled meeting with the Kenyan minister, Teodor Velk, had not taken place.")
    )
    assert frame["status"] == "cancelled"
    assert [s[2] for s in frame["surnames"]] == ["Brant"] or "Brant" in participant_texts(frame)


def test_the_leader_of_a_delegation_from_a_body_hung_on_the_verb_is_its_side(read):
    # class: "received a delegation from X's Directorate of Y led by Z": the parser hung "from ..." on the verb,
    # so the leader named in it was no side and the meeting had one
    (frame,) = meetings(
        read(
            "Deputy Minister Ivo Brant received a delegation from Italy's National Armaments Directorate (DNA) led by "
            "Deputy Director Mira Koval at the Defense Ministry in Central Jakarta on Monday."
        )
    )
    assert participant_texts(frame) == {"Ivo Brant", "Mira Koval"}


def test_a_meeting_told_later_in_the_run_is_in_sequence_with_its_size(read):
    # class: "X met Y on the sidelines. X later held a trilateral meeting with Y and Z": the trilateral was merged
    # into the first meeting as the same sitting told with more people
    (frame,) = meetings(
        read("Kavala later held a trilateral meeting with Lindberg and Finnish Defence Minister Olaf Berger.")
    )
    assert frame["in_sequence"] and frame["sitting_size"] == 3


def test_a_wish_to_meet_is_no_meeting(read):
    # class: "X said he looked forward to meeting Y again", "hopes to meet Y soon": a wish was read as a
    # meeting held
    assert not meetings(
        read("Secretary Brant thanked Secretary Hesse for his help and said he looked forward to meeting him in Lima.")
    )
    assert not meetings(read("Brant hopes to meet Hesse in Lima soon."))
    assert meetings(read("Brant is to meet Hesse in Lima on Friday."))


def test_people_after_an_opening_participle_and_be_attended_the_sitting(read):
    # class: "Taking part were A, B and C", "Attending were A and B": the participle before its subjects was no
    # attendance, so the people of a body's sitting were lost; attending something else is not the sitting
    for text in (
        "Taking part were Lieutenant General Karl Hesse and Major General Olaf Berger.",
        "Attending were Lieutenant General Karl Hesse and Major General Olaf Berger.",
    ):
        (frame,) = read(text)
        assert frame["kind"] == "join" and participant_texts(frame) == {"Karl Hesse", "Olaf Berger"}
    assert (
        read("Attending the opening of the drills were General Karl Hesse and General Olaf Berger.")[0]["kind"]
        != "join"
    )


def test_a_subject_after_an_according_to_phrase_is_no_blocked_name(read):
    # class: "According to the programme, the chief is to meet X": the subject set off after the
    # phrase was read as the name of a post only mentioned ("accompanied by the Chief of Staff, General Y")
    found = meetings(
        read(
            "According to the programme, the Commander is to hold bilateral talks with General Hesse at Army "
            "Headquarters in Nairobi on Thursday (9) and call on Lieutenant General Olaf Berger on Friday (10)."
        )
    )
    assert found and all("the Commander" in participant_texts(f) for f in found)


def test_a_planned_meeting_with_a_body_whose_chief_is_named_is_the_story_subjects(read):
    # class: "A scheduled meeting with the Kenya Defence Forces Chief of Staff, General X, was cancelled": the "with"
    # object is a body, so the article was no stand-in for the one the story is about and the meeting was lost
    (frame,) = meetings(
        read("A scheduled meeting with the Kenya Defence Forces Chief of Staff, General Karl Hesse, was cancelled.")
    )
    assert frame["status"] == "cancelled" and [r[2] for r in frame["refs"]] == ["A"]


def test_a_co_chair_named_after_with_whose_name_the_parser_hung_on_the_verb(nlp):
    # class: "co-chairing the meeting with the X Forces Commander Gen Y": the parser made Y a second object of the
    # verb, so the co-chair named after "with" was not seen and the meeting was read as attended, not held
    words = ["He", "spoke", "after", "co-chairing", "the", "meeting", "with", "the", "Forces", "Commander"]
    words += ["Karl", "Hesse", "."]
    heads = [1, 1, 1, 2, 5, 3, 5, 8, 6, 11, 11, 3, 1]
    deps = ["nsubj", "ROOT", "prep", "pcomp", "det", "dobj", "prep", "det", "pobj", "compound", "compound", "dobj"]
    deps += ["punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=["O"] * 10 + ["B-PERSON", "I-PERSON", "O"])
    assert frames_mod._co_chair_named(doc[3])
    alone = Doc(nlp.vocab, words=words[:9] + ["."], heads=heads[:9] + [1], deps=deps[:9] + ["punct"])
    assert not frames_mod._co_chair_named(alone[3])


def test_a_subject_the_parser_hung_on_the_auxiliary_is_the_subject(nlp):
    # class: "X, ..., will on Monday receive Y, the ministry has said": the parser hung X on "will", so the subject
    # climbed to the report verb ("the ministry") and the planned reception lost its host
    words = ["The", "chief", "will", "on", "Monday", "receive", "Hesse", ",", "the", "ministry", "said", "."]
    heads = [1, 2, 5, 5, 3, 10, 5, 10, 9, 10, 10, 10]
    deps = ["det", "nsubj", "aux", "prep", "pobj", "ccomp", "dobj", "punct", "det", "nsubj", "ROOT", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert frames_mod._subject(doc[5]).text == "chief"


def test_the_holder_after_a_long_title_split_by_the_parser_is_the_agent(read):
    # class: "the delegation was received by the Head of a Service under the President of X Major General Y": the
    # parser hung "under ..." on the verb, so the name after the whole title was no side of the meeting
    (frame,) = meetings(
        read(
            "The Latvian delegation was received by the Head of the State Border Service under the President of Estonia "
            "Major General Karl Hesse."
        )
    )
    assert participant_texts(frame) == {"Karl Hesse"} and frame["refs"]


def test_people_of_a_kind_are_no_group_of_the_sides_told(read):
    # class: "Local officials in X met with marine liaison officers": an undetermined plural subject was read as the
    # sides of the last meeting, which made a meeting of two people named elsewhere
    assert not meetings(read("Local officials in Tromso met with marine liaison officers to discuss road closures."))
    (frame,) = meetings(read("Kenyan and Ugandan defence chiefs met in Nairobi on Monday."))
    assert frame["group"]


def test_a_post_split_at_its_hyphen_after_a_guest_is_no_place(read):
    # class: "received X, the vice-president of Y": the parser splits the post into appositions, and "vice" was
    # read as the noun for a place visited
    (frame,) = meetings(read("Karl Hesse received Ivo Brant, the company's vice-president."))
    assert sorted(frame["names"]) == ["Ivo Brant", "Karl Hesse"]


@pytest.mark.parametrize("opening", ["SYDNEY — ", "ISLAMABAD: "])
def test_a_dateline_city_without_a_date_is_not_where_they_met(read, opening):
    # class: a dateline of a city in capitals set off by a dash or colon, with no date, took the place of the city
    # the sentence names
    (frame,) = meetings(read(opening + "Minister Karl Hesse met Vice-Minister Ivo Brant in Tokyo on Monday."))
    assert frame["location_text"] == "Tokyo"


def test_a_pronoun_in_a_clause_under_a_bare_name_s_verb_stands_for_that_name(read):
    # class: "X is expected to travel on to Y, where he is scheduled to meet Z": "he" is X, a bare surname, not
    # whoever was the subject of the sentences before
    (frame,) = meetings(read("Okonkwo will fly on to Velm on Thursday, where he is scheduled to meet Karl Hesse."))
    assert [s[2] for s in frame["surnames"]] == ["Okonkwo"]


def test_the_ends_of_a_route_named_by_two_places_are_no_meeting_place(read):
    # class: "discussed the A-B maritime corridor": the route's cities were taken for where the sides met
    (frame,) = meetings(
        read("Karl Hesse met Ivo Brant and discussed energy cooperation and the Mombasa-Kampala railway corridor.")
    )
    assert frame["location_text"] is None


def test_a_place_whose_name_ends_in_video_tells_no_mode(read):
    # class: a city whose name ends in "video" was read as a video call
    (frame,) = meetings(read("Ministers Karl Hesse and Ivo Brant met in Montevideo last week."))
    assert frame["mode"] == "in_person"
    (frame,) = meetings(read("Minister Karl Hesse held a videoconference with Minister Ivo Brant on Tuesday."))
    assert frame["mode"] == "video"


def test_a_meeting_noun_with_no_tells_no_meeting(read):
    # class: "no bilateral meeting took place": a meeting said not to exist was read as one held by the group of
    # the meeting told before
    found = read("Karl Hesse met Ivo Brant. No bilateral meeting took place between the two delegations.")
    assert len(meetings(found)) == 1


def test_talks_of_some_unnamed_people_are_no_meeting_of_those_named(read):
    # class: "after reports that some village chiefs had opened talks with X": people of their own, unnamed;
    # the talks were given the sides of the sentence (the minister and his aide)
    found = read(
        "Minister Karl Hesse said this in a statement issued by his aide, Olaf Berger, after reports that some local "
        "chiefs had opened talks with the rebel commander, Ivo Brant."
    )
    assert meetings(found) == []


def test_what_was_agreed_in_a_meeting_does_not_make_it_planned(read):
    # class: "In the meeting with X, which lasted an hour, the two ministers agreed to ...": the agreement's plan
    # made the meeting a planned one
    found = read(
        "Karl Hesse met Ivo Brant on Monday. In the meeting with Hesse, which lasted an hour at the hotel, the two "
        "ministers agreed to stay in close contact."
    )
    assert [f["status"] for f in meetings(found)] == ["occurred", "occurred"]


def test_the_mode_of_another_meeting_joined_to_the_clause_is_not_its_own(read):
    # class: "X met A in Town on Friday, then held a video call with B": the call's mode was given to the meeting
    # with A too
    found = meetings(
        read(
            "General Karl Hesse also met General Ivo Brant in Tampa on Friday, and then held a video call with General "
            "Olaf Berger."
        )
    )
    modes = {tuple(sorted(f["names"])): f["mode"] for f in found}
    assert modes[("Ivo Brant", "Karl Hesse")] == "in_person"
    assert modes[("Karl Hesse", "Olaf Berger")] == "video"


def test_a_post_and_name_hung_on_a_subject_read_as_a_clause_leave_the_subject_a_reference(read):
    # class: "Later, the visiting envoy called on Chief of Staff Gen X": the parser hung the verb on the subject noun
    # as a clause and the name on the noun as an apposition, so the noun read as named by X and no frame was made
    found = meetings(
        read(
            "Next, the visiting envoy called on Chief of Naval Staff Adm Imran Tariq Zorgani at the Naval "
            "Headquarters (NHQ), where both sides reviewed maritime cooperation."
        )
    )
    calls = [f for f in found if f["trigger_lemma"] == "call"]
    assert len(calls) == 1 and "Imran Tariq Zorgani" in calls[0]["names"]
    # the reference is a participant of its own ("the visiting envoy" is a REF span) or a reference of the frame
    assert "the visiting envoy" in calls[0]["names"] + [r[2] for r in calls[0]["refs"]]


def test_talks_held_somewhere_between_two_people_are_their_meeting(read):
    # class: "follows talks held in X on Saturday between A and B": "between" hangs on the participle "held" (read
    # as its agent), and the talks were read as a mention of some meeting with no sides
    (frame,) = meetings(
        read(
            "The visit follows talks held in Zorgrad on Saturday between General Ivo Brant and Major General Karl "
            "Hesse."
        )
    )
    assert frame["names"] == ["Ivo Brant", "Karl Hesse"]
    assert frame["location_text"] == "Zorgrad"


def test_a_call_on_a_post_with_its_demonym_before_a_report_tag_is_a_call_on(read):
    # class: "X is expected to call on Velkarian Defence Minister Y, a source said": the parser made Y the subject
    # of "said", leaving "on" bare before the demonym, and "call" read as "called for restraint"
    (frame,) = meetings(
        read("Mr. Brant is also expected to call on Velkarian Defence Minister Karl Hesse, a defence source said.")
    )
    assert frame["names"] == ["Karl Hesse", "Mr. Brant"]
    assert (frame["status"], frame["host_name"]) == ("planned", "Karl Hesse")


def test_two_subjects_holding_bilateral_talks_meet_each_other(read):
    # class: "On Friday, A and B held bilateral talks": "bilateral" split the talks into one meeting per other side,
    # and with no other side named nothing was left; with people after "with" they stay separate
    (frame,) = meetings(
        read("On Friday, Gen. Ivo Brant and Lt.-Gen. Karl Hesse held bilateral talks on maritime security.")
    )
    assert frame["names"] == ["Ivo Brant", "Karl Hesse"] and not frame["split"]
    (frame,) = meetings(
        read("On Friday, Gen. Ivo Brant held bilateral talks with Gen. Karl Hesse and Gen. Olaf Berger.")
    )
    assert frame["split"]


def test_a_surname_with_a_spaced_particle_the_model_took_for_a_body_is_a_bare_subject(nlp):
    # class: "Al Qadi also received X": the model tagged "Al Qadi" a body, and the particle before the surname kept
    # it from the bare names relate links to the person named before
    words = ["Al", "Velkari", "also", "received", "Karl", "Hesse", "."]
    heads = [1, 3, 3, 3, 5, 3, 3]
    deps = ["compound", "nsubj", "advmod", "ROOT", "compound", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "ADV", "VERB", "PROPN", "PROPN", "PUNCT"]
    ents = ["B-ORG", "I-ORG", "O", "O", "B-PERSON", "I-PERSON", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    (name,) = frames_mod._bare_names(doc[1])
    assert frames_mod._bare_name_span(name)[2] == "Al Velkari"
    # a body word before the name is no particle of it
    doc = Doc(nlp.vocab, words=["Army"] + words[1:], heads=heads, deps=deps, pos=pos, ents=ents)
    assert frames_mod._bare_names(doc[1]) == []


def test_the_place_a_traveller_came_from_is_not_where_they_met(read):
    # class: "X, who flew into Finland from Tallinn, met Y": the city after "from" on a verb of travel was taken for
    # the meeting's place
    for text in (
        "Ivo Brant, who flew into Finland from Tallinn, then met Prime Minister Karl Hesse.",
        "Ivo Brant flew in from Oslo on Monday and met Karl Hesse.",
    ):
        (frame,) = meetings(read(text))
        assert frame["location_text"] is None
    (frame,) = meetings(read("Ivo Brant met Karl Hesse in Stockholm after arriving from Oslo."))
    assert frame["location_text"] == "Stockholm"


def test_people_owned_by_the_sides_meeting_later_are_others(read):
    # class: "The ministers agreed that their nations' army chiefs would meet in X": the chiefs were taken for
    # the ministers, who got a planned meeting of their own
    found = read(
        "Karl Hesse met Ivo Brant on Monday. The ministers agreed that their nations' army chiefs would meet in Velm "
        "next year."
    )
    assert [f["status"] for f in meetings(found)] == ["occurred"]
    found = read("Karl Hesse met Ivo Brant on Monday. The ministers agreed to meet again in Velm next year.")
    assert [f["status"] for f in meetings(found)] == ["occurred", "planned"]


def test_the_person_met_who_received_the_subject_hosts(read):
    # class: "X also met Minister Y, who received him at the ministry": the relative clause says Y was at home, but
    # a meeting verb gave no host
    (frame,) = meetings(
        read("General Ivo Brant also met Velkarian Minister of Defence Karl Hesse, who received him at the ministry.")
    )
    assert frame["host_name"] == "Karl Hesse"
    (frame,) = meetings(read("General Ivo Brant met Karl Hesse, who received an award last year."))
    assert frame["host_name"] is None


def test_an_invitation_accepted_from_someone_is_a_visit_to_come_hosted_by_the_inviter(read):
    # class: "Y accepted an invitation from X to visit the country next spring": a visit to a place with no person
    # met made no meeting (GOLD: an invitation implies the host)
    (frame,) = meetings(
        read("General Karl Hesse accepted an invitation from General Ivo Brant to visit Riyadh later this year.")
    )
    assert frame["names"] == ["Ivo Brant", "Karl Hesse"]
    assert (frame["status"], frame["host_name"]) == ("planned", "Ivo Brant")
    assert meetings(read("General Karl Hesse was invited to visit Riyadh.")) == []


@pytest.mark.parametrize(
    ("after", "planned"),
    [("The visit will be held within weeks, the ministry said.", True), ("The visit was his first.", False)],
)
def test_an_invitation_whose_visit_the_next_sentence_sets_ahead_is_a_visit_to_come(read, after, planned):
    # class: "X invited Y to visit Kyiv. The visit will be held within weeks": the visit told as set, like
    # an invitation told accepted, makes the planned visit; an invitation alone is none yet
    found = meetings(read(f"Minister Karl Hesse invited Minister Ivo Brant to visit Kyiv. {after}"))
    assert [(f["status"], f["host_name"]) for f in found] == ([("planned", "Karl Hesse")] if planned else [])


def test_looking_forward_to_welcoming_someone_at_a_time_is_a_planned_reception(read):
    # class: "X looks forward to welcoming Y in Washington later this year": a wish ("looks forward to meeting
    # again") gave no meeting; a reception set in time is planned, hosted by X
    (frame,) = meetings(
        read("Karl Hesse said he looks forward to welcoming Minister Ivo Brant in Washington later this year.")
    )
    assert (frame["status"], frame["host_name"], frame["names"]) == (
        "planned",
        "Karl Hesse",
        ["Ivo Brant", "Karl Hesse"],
    )
    assert meetings(read("Karl Hesse looks forward to meeting Ivo Brant again next year.")) == []


def test_a_name_the_parser_hung_on_a_pronoun_subject_is_the_object_met(read):
    # class: "She spoke with the troops and met the commander of the battlegroup, Lieutenant Colonel X": the parser
    # hung X on "She" as an apposition, so X was taken for the subject and the meeting had one side
    (frame,) = meetings(
        read(
            "She spoke with Dutch soldiers and then met the commander of the multinational brigade, Lieutenant Colonel "
            "Anders Kestrel of the Bundeswehr."
        )
    )
    assert frame["names"] == ["Anders Kestrel"] and [r[2] for r in frame["refs"]] == ["She"]


def test_honours_after_a_name_set_off_after_a_post_keep_it_in_the_list(read):
    # class: "called on the Chief of Navy, Vice Admiral X AO CSC, at ...": the honours after the name ended
    # the list of names after the post, so the call had no one called on
    (frame,) = meetings(
        read(
            "Later on Thursday, Lord Ivo Brant called on the Chief of Navy, Vice Admiral Karl Hesse AO CSC, at "
            "the barracks, where they reviewed progress."
        )
    )
    assert (frame["names"], frame["host_name"]) == (["Karl Hesse", "Lord Ivo Brant"], "Karl Hesse")


def test_a_caption_of_someone_with_two_people_has_all_three(read):
    # class: "Dr X (middle) with Mr A (left) and Dr B": a caption with no verb had only the two after "with", so it
    # made a meeting of A and B, who were pictured with X
    (frame,) = meetings(read("Dr Mira Koval (middle) with Mr Ivo Brant (left) and Dr Olaf Berger."))
    assert frame["names"] == ["Dr Mira Koval", "Dr Olaf Berger", "Mr Ivo Brant"]


def test_two_people_agreeing_together_in_a_city_met_there(read):
    # class: "A and his counterpart B agreed in Lima on Monday to pool their patrols": no meeting word, but two
    # named people agreeing in a city met there; with no city ("agreed on Wednesday") it may be by phone or letter
    (frame,) = meetings(
        read(
            "Velkarian Defence Minister Ivo Brant and his Zorgradi counterpart Karl Hesse agreed in Lima on Monday to "
            "pool their coast guard patrols."
        )
    )
    assert (frame["names"], frame["location_text"], frame["status"]) == (
        ["Ivo Brant", "Karl Hesse"],
        "Lima",
        "occurred",
    )
    assert meetings(read("Ivo Brant and Karl Hesse agreed on Wednesday to coordinate patrols.")) == []


def test_people_met_in_a_participle_after_a_visit_are_its_call_ons(read):
    # class: "X paid a visit to Estonia on Monday, meeting Defence Minister A and Prime Minister B in Tallinn": the people
    # met are the visit's call-ons, one meeting with each (GOLD), but the participle was no part of a visit
    (frame,) = meetings(
        read(
            "Velkaria's Minister of National Defence Karl Hesse paid a visit to Estonia on Monday, meeting Estonian "
            "Defense Minister Ivo Brant and Prime Minister Mira Koval in Tallinn."
        )
    )
    assert frame["split"] and len(frame["participants"]) == 3
    (frame,) = meetings(
        read(
            "Karl Hesse held talks in Tallinn on Monday, meeting Defense Minister Ivo Brant and Prime Minister Mira Koval."
        )
    )
    assert not frame["split"]


def test_a_name_set_after_a_post_joined_to_a_reference_is_that_posts(nlp):
    # class: "with the CS and the Army Commander, Gen Y": the parser hung Y on "the CS", which was then read as
    # named by Y and dropped as a side of its own; a name set after a post joined to the reference is that post's
    words = ["talks", "with", "the", "CS", "and", "the", "Commander", ",", "Gen", "Karl", "Hesse", "."]
    heads = [0, 0, 3, 1, 3, 6, 3, 3, 10, 10, 3, 0]
    deps = ["ROOT", "prep", "det", "pobj", "cc", "det", "conj", "punct", "compound", "compound", "appos", "punct"]
    ents = ["O", "O", "B-REF", "I-REF", "O", "O", "B-TITLE", "O", "B-RANK", "B-PERSON", "I-PERSON", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    person = Span(doc, 9, 11, label="PERSON")
    assert frames_mod._apposed_person(Span(doc, 2, 4, label="REF"), [person]) is None
    alone = Doc(nlp.vocab, words=words[:4] + words[7:], heads=[0, 0, 3, 1, 3, 7, 7, 3, 0], deps=deps[:4] + deps[7:])
    alone.ents = [Span(alone, 2, 4, label="REF"), Span(alone, 6, 8, label="PERSON")]
    assert frames_mod._apposed_person(Span(alone, 2, 4, label="REF"), [Span(alone, 6, 8, label="PERSON")]) is not None


def test_a_host_verb_in_a_where_clause_receives_the_traveller_its_pronoun_stands_for(read):
    # class: "the Secretary travelled to Astana, where President X received her": the pronoun object was read as a
    # place or a thing visited, and the reception was lost
    (frame,) = meetings(
        read("On May 6, the minister travelled to Astana, where President Karl Hesse received her at the palace.")
    )
    assert frame["host_name"] == "Karl Hesse" and len(frame["participants"]) == 2
    assert (
        meetings(read("On May 6, the minister travelled to Astana, where President Karl Hesse received the letter."))
        == []
    )


def test_a_sitting_of_three_after_separately_is_one_sitting(read):
    # class: "Separately, X held a trilateral meeting with A and B": the discourse adverb split the sitting of three
    # into one meeting with each
    (frame,) = meetings(
        read(
            "Separately, Helen Lomar held a trilateral meeting with Danish Defence Minister Karl Hesse and Polish "
            "Defence Minister Olaf Berger."
        )
    )
    assert not frame["split"] and len(frame["participants"]) == 3
    (frame,) = meetings(
        read(
            "Separately, Secretary Helen Lomar held bilateral meetings with Minister Karl Hesse and Minister Olaf Berger."
        )
    )
    assert frame["split"]


def test_a_sitting_named_before_a_clause_of_two_named_subjects_is_theirs(read):
    # class: "In talks at the ministry, A and B confirmed ...": the sitting told in a fronted phrase, its two people
    # the subjects of a verb that is no meeting verb
    (frame,) = meetings(
        read(
            "In talks at the Defence Ministry in Ankara, Ivo Brant and Olaf Berger also confirmed that Velkaria will "
            "lease two patrol ships."
        )
    )
    assert (frame["names"], frame["status"], frame["mode"]) == (["Ivo Brant", "Olaf Berger"], "occurred", "in_person")
    (frame,) = meetings(read("In a phone call on Monday, Karl Hesse and Olaf Berger agreed to expand the drills."))
    assert frame["mode"] == "phone"
    assert meetings(read("In a statement, Karl Hesse and Ivo Brant confirmed the plan.")) == []


def test_an_accepted_invitation_of_a_verb_joined_to_another_or_of_bare_surnames(read):
    # class: "X thanked Y and invited Z to visit ..., an invitation Z accepted": the inviter is the subject of the
    # verb "invited" is joined to; and the two sides may be bare surnames named before
    (frame,) = meetings(
        read(
            "Minister Karl Hesse thanked the guests and invited Minister Ivo Brant to visit Lomar next year, and Brant "
            "accepted."
        )
    )
    assert (frame["host_name"], frame["status"]) == ("Karl Hesse", "planned")
    found = meetings(
        read(
            "Defence Minister Karl Hesse spoke with Minister Ivo Brant by video on Monday. Hesse thanked the guests "
            "and invited Brant to visit Lomar next year, and Brant accepted."
        )
    )
    planned = [f for f in found if f["status"] == "planned"]
    assert [s[2] for s in planned[0]["surnames"]] == ["Hesse", "Brant"]
    assert planned[0]["host_surname"][0][2] == "Hesse"


def test_a_retired_rank_in_brackets_keeps_its_sentence_whole(nlp):
    # class: "Lt. Gen. (Ret.) X at the ministry, and met with Y": the stop of "Ret." ended the sentence inside the name
    doc = nlp(
        "Admiral Helen Lomar called on Minister of Defense Lt. Gen. (Ret.) Karl Hesse at the ministry, and met Adm. Olaf Berger."
    )
    assert len(list(doc.sents)) == 1


def test_a_capital_written_in_its_own_language_is_a_city_of_its_country(read):
    # class: "held talks with X in Hà Nội": the capital written as its own press writes it was no known city, so the
    # side at home was not found
    (frame,) = meetings(read("Minister Karl Hesse held talks with General Ivo Brant in Hà Nội on Thursday."))
    assert (frame["location_text"], frame["location_country"]) == ("Hà Nội", "Vietnam")


def test_a_participle_clause_of_visits_makes_its_objects_the_hosts(read):
    # class: "paid calls on Monday, first visiting Minister X and then chief Y": "visiting" before X was read as "the
    # visiting X", making the one visited the visitor; and the street abbreviation "Jl." ended the sentence
    (frame,) = meetings(
        read(
            "The new army commander Gen. Karl Hesse made several introductory calls on Tuesday, first visiting Defense "
            "Minister Ivo Brant at his office on Jl. Kestrel and then the Police chief, Pol. Gen. Olaf Berger, at his "
            "headquarters."
        )
    )
    assert frame["split"] and frame["host_name"] == "Ivo Brant" and len(frame["participants"]) == 3


def test_a_post_with_its_country_listed_after_and_joins_a_headlines_participants(read):
    # class: "Video Call With A-post X and UK Defence Secretary Y": the country before the last post ended the list
    # the parser broke off, and Y was lost
    (frame,) = meetings(
        read(
            "Summary of Minister Helen Lomar's Video Call With Velkarian Foreign Minister Karl Hesse and UK Defence "
            "Secretary Olaf Berger"
        )
    )
    assert frame["names"] == ["Helen Lomar", "Karl Hesse", "Olaf Berger"]


def test_one_who_travelled_to_a_city_named_after_his_post_is_a_traveller(read):
    # class: "Chairman of X Gen. Y travelled to Amman, where he met Z": the name set after its post as an apposition,
    # and a journey told with "travel", made no traveller, so nobody was host where Y's country was not told
    (frame,) = meetings(
        read(
            "Chief of the General Staff Gen. Karl Hesse travelled to Amman on Monday and held talks there with Maj. "
            "Gen. Ivo Brant."
        )
    )
    assert [frame["evidence"][s:e] for s, e in frame["travellers"]] == ["Karl Hesse"]
    (frame,) = meetings(read("Karl Hesse will travel to Amman next week to meet Ivo Brant."))
    assert not frame.get("travellers")


def test_a_world_city_the_recogniser_left_untagged_after_in_is_the_place(read):
    # class: "at the office in Naha": a city of the world table with no entity was no place, and the
    # place told before stood for the meeting's
    (frame,) = meetings(
        read("Karl Hesse met Governor Ivo Brant at the provincial government office in Naha on Friday.")
    )
    assert (frame["location_text"], frame["location_country"]) == ("Naha", "Japan")
    (frame,) = meetings(read("Karl Hesse met Governor Ivo Brant in Naha Bay Park on Saturday."))
    assert frame["location_text"] != "Naha"


def test_an_officer_whose_post_holds_a_news_agencys_acronym_is_no_journalist(read):
    # class: "joined by AFP chief Gen. X": the acronym of the armed forces was read as the news agency's, so X was a
    # reporter and no participant; a rank right before the name makes an officer
    (frame,) = [
        f for f in read("Hesse was joined at the talks by AFP chief Gen. Olaf Q. Berger.") if f["kind"] == "join"
    ]
    assert "Olaf Q. Berger" in frame["names"]
    assert [
        f for f in read("Hesse was joined at the talks by AFP correspondent Olaf Berger.") if f["kind"] == "join"
    ] == []


def test_an_accepted_invitation_to_a_place_with_no_verb_of_visiting_is_a_visit_to_come(read):
    # class: "X invited Y to Baku in the spring, and Y accepted the invitation": with no "to visit", the accepted
    # invitation gave no meeting
    (frame,) = meetings(
        read("Minister Karl Hesse invited General Ivo Brant to Baku in the spring, and Brant accepted the invitation.")
    )
    assert (frame["host_name"], frame["status"], frame["location_text"]) == ("Karl Hesse", "planned", "Baku")
    assert meetings(read("Minister Karl Hesse invited General Ivo Brant to Baku in the spring.")) == []


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Defence Minister Karl Hesse received Deputy Minister Ivo Brant at Wisma Pertahanan here today.",
            "Wisma Pertahanan",
        ),
        ("Minister Karl Hesse received General Ivo Brant at the Istana on Monday evening.", "Istana"),
    ],
)
def test_a_building_named_head_first_is_the_meetings_venue(read, text, venue):
    # class: "at Wisma X", "at the Istana": a building named head first, as Malay and Indonesian do, was no venue, and
    # the dateline's city stood for the meeting's place
    (frame,) = meetings(read(text))
    assert frame["venue_place"] == venue


def test_two_posts_joined_before_one_name_are_one_holders(read):
    # class: "met the Commander-in-Chief of X and Minister of Y, General Z": the second post, with no article
    # of its own and set off by a comma before the name, was read as a second person, whom relate then guessed
    (frame,) = meetings(
        read(
            "General Ivo Brant met the Commander-in-Chief of the Kenyan Defence Forces and Minister of Defence, General "
            "Olaf Berger, in Nairobi on Friday."
        )
    )
    assert frame["names"] == ["Ivo Brant", "Olaf Berger"] and frame["refs"] == []
    # "the Chief of Staff and the Army Commander, General Z": two posts, each with its article, are two people
    (two,) = meetings(
        read(
            "General Ivo Brant met the Chief of Staff and the Army Commander, General Olaf Berger, in Nairobi on Friday."
        )
    )
    assert len(two["participants"]) == 3


def test_a_guests_name_tagged_a_common_noun_is_no_place_visited(nlp):
    # class: "received his Hungarian counterpart X-Y": the tagger read the hyphenated surname as a common noun set in
    # apposition to "counterpart", which made the object a place received ("visited X, the mausoleum of ...")
    text = "Defence Minister Ivo Brant received his Hungarian counterpart Olaf Berger-Stenz in Bratislava on Monday."
    parsed = nlp(text)
    assert next(t for t in parsed if t.text == "Stenz").dep_ == "appos"
    for doc in (parsed, _reparsed(parsed, "Stenz", pos="NOUN", tag="NN")):
        (frame,) = meetings(frames_mod.extract_frames(doc, "rules"))
        assert sorted(text[s:e] for s, e in frame["participants"]) == ["Ivo Brant", "Olaf Berger-Stenz"]


def test_a_post_for_a_region_is_held_by_the_name_set_off_after_it(read):
    # class: "to hold talks with the Chief of Staff's Adviser for Central Asia, Brigadier X": the region the post is for
    # ended the walk to the name, so the post stayed a reference of its own beside X
    (frame,) = meetings(
        read(
            "Next Tuesday Major General Ivo Brant is due to hold talks with the Chief of the Air Staff's Strategic "
            "Adviser for Central Asia, Brigadier Olaf Berger, in London."
        )
    )
    assert frame["names"] == ["Ivo Brant", "Olaf Berger"] and frame["refs"] == []


def test_a_meeting_an_invitation_is_to_is_planned(read):
    # class: "X accepted an invitation to visit Y and meet Z in the spring": the infinitive under "invitation" tells
    # a visit still ahead, read as held
    (frame,) = meetings(
        read("President Ivo Brant accepted an invitation to visit Oslo and meet Prime Minister Olaf Berger.")
    )
    assert frame["names"] == ["Ivo Brant", "Olaf Berger"] and frame["status"] == "planned"
    (held,) = meetings(
        read("At the invitation of Prime Minister Olaf Berger, President Ivo Brant met him in Stockholm.")
    )
    assert held["status"] == "occurred"


def test_a_capitalised_plural_post_as_subject_is_the_sides_told(read):
    # class: "In the morning, Ministers will hold talks in Vienna": the tagger read the capitalised plural as a
    # singular name, so it was no group standing for the sides told before, and the talks had no one
    (frame,) = meetings(read("In the morning, Ministers will hold talks in Vienna on 4 May."))
    assert frame["group"] and frame["status"] == "planned"


def test_in_separate_meetings_hung_on_the_first_person_met_splits_the_call_ons(read):
    # class: "called on A, <post>, and B, <post>, in separate meetings": the parser hung "in separate meetings" on A,
    # not on the verb, so the two were one sitting with the visitor
    (frame,) = meetings(
        read(
            "The Vice Admiral called on Maj Gen (Retd) Olaf Berger, Secretary of Defence, and Lt Gen Teodor Velk, "
            "Commander of the Army, in separate meetings on 9 March."
        )
    )
    assert frame["split"] and len(frame["participants"]) == 3


def test_a_name_set_off_after_a_post_in_charge_of_a_portfolio_is_its_holder(read):
    # class: "held talks with the Velkarian Minister Delegate in charge of Border Affairs, General X": the parser hung "in charge
    # of ..." and the name set off after it on the talks, so the guest was no side and the meeting was lost
    (frame,) = meetings(
        read(
            "The Velkarian Minister of Defence, General Ivo Brant, held talks with the Lomarian Minister Delegate in "
            "charge of Border Affairs, General Karl Hesse, on the joint operations."
        )
    )
    assert frame["names"] == ["Ivo Brant", "Karl Hesse"]


def test_a_relative_clause_with_whom_on_the_guest_is_no_second_meeting(read):
    # class: "The Minister of Defence, X, received on Friday the Force Commander, General Y, with whom he discussed
    # Z": the parser hung the verb on the post (no subject), and the second verb of "with whom he discussed" made the
    # sentence seem to tell two meetings, so the roles the parse missed were not read from its people
    (frame,) = meetings(
        read(
            "The Minister of Defence, Mr. Ivo Brant, received on Friday the Deputy Force Commander of the MONUSCO, "
            "Lieutenant General Karl Hesse, with whom he discussed joint operations."
        )
    )
    assert frame["names"] == ["Karl Hesse", "Mr. Ivo Brant"]


@pytest.mark.parametrize(
    "people", ["their general staffs", "their experts", "the joint working group on defence", "the joint commission"]
)
def test_a_sitting_agreed_for_the_sides_own_people_is_no_meeting_of_the_sides(read, people):
    # class: "The two generals decided to hold a meeting of their staffs before June": a sitting of the sides' own
    # staff was read as a planned meeting of the two; so was a sitting of a body ("agreed to hold the first meeting of
    # the joint working group")
    found = read(f"The two generals decided to hold a meeting of {people} before the summer.")
    assert meetings(found) == []
    # a sitting the sides decided to hold themselves is theirs
    assert len(meetings(read("The two generals decided to hold a meeting before the summer."))) == 1


def test_a_trilateral_meeting_whose_subjects_the_parser_hung_on_the_place_has_all_three(read):
    # class: "On the sidelines of X in Minsk, A, Prime Minister of Y B and President of Z C had a trilateral
    # meeting": the parser hung the three names on the place, the verb had no subject, and only the last name sat
    (frame,) = meetings(
        read(
            "On the sidelines of the summit in Minsk, Teodor Velk, Prime Minister of Norway Karl Hesse and President "
            "of Finland Olaf Berger had a trilateral meeting."
        )
    )
    assert frame["names"] == ["Karl Hesse", "Olaf Berger", "Teodor Velk"]


def test_a_bare_name_the_parser_hung_on_the_verb_as_an_adverb_is_its_subject(nlp):
    # class: "Brant spoke with Hesse by phone on Thursday": the parser hung the opening surname on the verb as an
    # adverb, so the call had no subject and was lost
    words = ["Brant", "spoke", "with", "Hesse", "by", "phone", "."]
    heads = [1, 1, 1, 2, 1, 4, 1]
    deps = ["advmod", "ROOT", "prep", "pobj", "prep", "pobj", "punct"]
    tags = ["NNP", "VBD", "IN", "NNP", "IN", "NN", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert frames_mod._name_read_as_modifier(doc[1]) == doc[0]
    # a common adverb opening the sentence is no subject
    tags[0], words[0] = "RB", "Later"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert frames_mod._name_read_as_modifier(doc[1]) is None


def test_talks_held_with_two_people_in_separate_meetings_are_one_meeting_each(read):
    # class: "held talks with A and B in separate meetings": the phrase was read only after a bare meeting verb
    # ("met A and B in separate meetings"), so the light verb's talks made one sitting of three
    (frame,) = meetings(
        read(
            "Brant also held talks with Minister of Foreign Affairs of Norway Karl Hesse and Prime Minister of "
            "Norway Olaf Berger in separate meetings."
        )
    )
    assert frame["split"]
    (frame,) = meetings(read("Brant held talks with Karl Hesse and Olaf Berger in Oslo."))
    assert not frame["split"]


def test_a_given_name_tagged_an_adjective_before_a_bare_surname_is_a_word_of_the_name(nlp):
    # class: "Velkoii Brant was also received by President X": the tagger took the given name for an adjective and
    # the model the surname for a place, so the guest's call-on had one side
    words = ["Velkoii", "Brant", "was", "received", "by", "Stenz", "."]
    heads = [1, 3, 3, 3, 3, 4, 3]
    deps = ["compound", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"]
    tags = ["JJ", "NNP", "VBD", "VBN", "IN", "NNP", "."]
    pos = ["ADJ", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert frames_mod._untagged_name_word(doc[0])
    # a demonym is no given name
    doc = Doc(nlp.vocab, words=["Norwegian", *words[1:]], heads=heads, deps=deps, tags=tags, pos=pos)
    assert not frames_mod._untagged_name_word(doc[0])


def test_a_bay_named_with_of_is_a_sea_not_a_meeting_place(read):
    # class: "exchanged views on search and rescue in the Bay of Bengal": the model cut the name into "the Bay of"
    # and a place, and the meeting was placed at "the Bay of"; a bay named last ("Subic Bay", a port) stays a place
    assert frames_mod._region("the bay of bengal") and frames_mod._region("the bay of")
    assert not frames_mod._region("subic bay")
    (frame,) = meetings(
        read(
            "Admiral Karl Hesse also met Vice Admiral Ivo Brant and exchanged views on search and rescue coordination "
            "in the Bay of Bengal."
        )
    )
    assert frame["location"] is None


def test_a_venue_keeps_the_locality_a_comma_sets_after_it(read):
    # class: "paid a courtesy call on X at the Army Headquarters, Bhadrakali today": the locality after the venue was
    # dropped (the dateline's city took its place); a country after the comma is no locality of the venue
    (frame,) = meetings(
        read(
            "General Ivo Brant paid a courtesy call on Chief of the Army Staff General Karl Hesse at the Army "
            "Headquarters, Bhadrakali today."
        )
    )
    assert frame["venue_place"] == "Army Headquarters, Bhadrakali"
    (frame,) = meetings(read("General Ivo Brant called on General Karl Hesse at the Army Headquarters, Nepal."))
    assert frame["venue_place"] == "Army Headquarters"


def test_a_city_that_is_a_verbs_subject_is_its_government_not_a_meeting_place(read):
    # class: "X told reporters that Manila also hoped to conclude an agreement with Canberra": the capital standing
    # for its government was read as the place of the meeting told before; a city that hosts stays a place
    found = read("Mr Brant told reporters that Manila also hoped to conclude an access agreement with Canberra.")
    assert all(f["location"] is None for f in found)
    (frame,) = meetings(read("Tbilisi hosted talks between Olaf Berger and Teodor Velk on Monday."))
    assert text_of(frame, "location") == "Tbilisi"


def test_a_bare_name_with_an_adverb_phrase_hung_on_it_is_still_a_side(nlp):
    # class: "she will meet Velk in person": the parser hung "in person" on the bare surname, and a phrase of the
    # name's own ("Velk of the navy") kept it from the sides relate links to the person named before
    words = ["she", "will", "meet", "Velk", "in", "person", "."]
    heads = [2, 2, 2, 2, 3, 4, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "punct"]
    pos = ["PRON", "AUX", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"]
    ents = ["O", "O", "O", "B-LAW", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert [t.text for t in frames_mod._bare_names(doc[3])] == ["Velk"]
    # a phrase that is the name's own still makes it no bare name
    doc = Doc(
        nlp.vocab,
        words=words[:4] + ["of", "Lomar", "."],
        heads=heads,
        deps=deps,
        pos=pos[:5] + ["PROPN", "PUNCT"],
        ents=ents,
    )
    assert frames_mod._bare_names(doc[3]) == []


@pytest.mark.parametrize("name", ["Olaf Berger", "Helen Lomar", "Teodor Velk"])
def test_a_call_on_a_post_that_opens_with_a_preposition_reaches_its_holder(read, name):
    # class: "Brant also called on Under Secretary of the Army X": the parser read "on" as the verb's particle and
    # "Under" as a preposition of the verb, so the holder of the post hung under it was no one called on
    text = f"Brant also called on Under Secretary of the Army {name} on Tuesday and discussed the purchase of missiles."
    (frame,) = meetings(read(text))
    assert frame["names"] == [name]
    assert [s[2] for s in frame["surnames"]] == ["Brant"]


@pytest.mark.parametrize("name", ["Olaf Berger", "Teodor Velk"])
def test_a_call_held_after_another_sitting_was_called_off_took_place(read, name):
    # class: "A and B held talks in a video call, weeks after a planned visit to X was called off": the phrase that
    # calls off the other sitting, in a clause set apart in time, made the call cancelled
    text = "Defence Minister Karl Hesse and his Zorgradi counterpart {} on Thursday held talks in a video call{}."
    (frame,) = meetings(read(text.format(name, ", weeks after a planned visit to Lomar was called off")))
    assert (frame["mode"], frame["status"]) == ("video", "occurred")
    (frame,) = meetings(read(text.format(name, " that was later called off")))
    assert frame["status"] == "cancelled"


def test_staff_drawn_from_both_sides_meeting_is_no_sitting_of_the_sides(read):
    # class: "Officials from both countries are expected to meet in X next month", "Officers from both navies will
    # hold a debriefing": a plural of staff of the sides' countries or bodies was read as the sides, a planned meeting
    assert not meetings(read("Officials from both countries are expected to meet in Lomar next month."))
    assert not meetings(
        read("Officers from both navies will hold a debriefing session in Lomar at the end of the drill.")
    )
    (frame,) = meetings(read("The two ministers are expected to meet in Lomar next month."))
    assert frame["group"] and frame["status"] == "planned"
    # officers of two countries named are the sides
    (frame,) = meetings(read("Defence officers of Norway and Chile held a video call on Tuesday."))
    assert frame["group"] and frame["mode"] == "video"


def test_the_one_met_before_the_subjects_own_participle_of_saying_is_still_met(read):
    # class: "X held talks with Defence Minister Y, saying the two countries should ...": the name right before a
    # report verb was read as who says it (as in "..., B, said in a statement"), though "saying" is X's own words
    (frame,) = meetings(
        read("Brant held talks with Defence Minister Karl Hesse, saying the two navies should train more.")
    )
    assert frame["names"] == ["Karl Hesse"] and [s[2] for s in frame["surnames"]] == ["Brant"]
    text = (
        "Admiral Ivo Brant held talks with Defence Minister Karl Hesse, the Director of Information, Olaf Berger, said."
    )
    (frame,) = meetings(read(text))
    assert frame["names"] == ["Ivo Brant", "Karl Hesse"]  # the one who said it is still no side


@pytest.mark.parametrize("name", ["Olaf Berger", "Teodor Velk"])
def test_someone_present_at_the_meeting_told_before_the_copula_with_a_phrase_between_attends(read, name):
    # class: "Also present at the meeting, held yesterday, was General X": with a phrase between, the parser made
    # "present" a clause of "was", not its complement, so X was at no sitting
    text = f"Also present at the meeting, held yesterday, was Army Commander Lieutenant General {name}."
    (frame,) = [f for f in read(text) if f["kind"] == "join"]
    assert frame["names"] == [name]
    # present at another event is no attendance of the sitting
    assert not [
        f for f in read(f"Also present at the parade, held yesterday, was General {name}.") if f["kind"] == "join"
    ]


def test_a_list_whose_relative_clause_says_both_attended_attends_whole(read):
    # class: "was accompanied by the Principal Secretary, Dr. A, and the Chief of Staff, General B, who both attended
    # the meeting": the relative pronoun stood for B alone, so A (accompanying, no side) was at no sitting
    text = (
        "CS Stenz was accompanied by the Principal Secretary, Dr. Olaf Berger, and the Chief of the Defence Forces, "
        "General Ivo Brant, who {} attended the meeting."
    )
    (frame,) = [f for f in read(text.format("both")) if f["kind"] == "join"]
    assert frame["names"] == ["Dr. Olaf Berger", "Ivo Brant"]


def test_a_headline_name_made_the_root_with_the_infinitive_hung_on_it_is_the_subject(nlp):
    # class: "Okonjo to host Zorgradi counterpart Hesse next week": the tagger took the bare name for an adjective and
    # the parser made it the headline's root, "to host" a clause of it, so the host was nobody
    words = ["Okonjo", "to", "host", "Zorgradi", "counterpart", "Hesse", "next", "week"]
    heads = [0, 2, 0, 4, 5, 2, 7, 2]
    deps = ["ROOT", "aux", "advcl", "amod", "compound", "dobj", "amod", "npadvmod"]
    pos = ["ADJ", "PART", "VERB", "ADJ", "NOUN", "PROPN", "ADJ", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert frames_mod._headline_infinitive_subject(doc[2]) == doc[0]
    assert [t.text for t in frames_mod._bare_names(doc[0])] == ["Okonjo"]
    assert frames_mod._is_to(doc[2])
    # a word that opens no infinitive is no such subject
    doc = Doc(nlp.vocab, words=["Okonjo", "hosts", "Hesse"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    assert frames_mod._headline_infinitive_subject(doc[1]) is None


@pytest.mark.parametrize("name", ["Olaf Berger", "Teodor Velk"])
def test_an_attendee_in_a_relative_clause_of_the_sitting_that_opens_the_sentence_joins_it(read, name):
    # class: "At the meeting, which was also attended by General X, the two generals discussed ...": the parser made
    # the relative clause a clause of the main verb, so "which" stood for no sitting and X attended nothing
    text = f"At the meeting, which was also attended by Lieutenant General {name}, the two generals discussed the plan."
    (frame,) = [f for f in read(text) if f["kind"] == "join"]
    assert frame["names"] == [name]
    # a ceremony before "which" is no sitting
    text = f"At the parade, which was also attended by Lieutenant General {name}, the two generals reviewed the troops."
    assert not [f for f in read(text) if f["kind"] == "join"]


def test_a_bare_name_set_in_a_list_after_a_named_side_is_a_surname_whatever_the_parse():
    """Class: "will host Minister A, Brant and Secretary B": the parser hung the bare name on the next post (as its
    modifier), so it was no side; a name set in the list right after a named side (comma before, "and" after) is."""
    words = ["He", "will", "host", "Minister", "Ivo", "Kell", ",", "Brant", "and", "Secretary", "Karl", "Hesse", "."]
    heads = [2, 2, 2, 5, 5, 2, 5, 9, 7, 11, 11, 5, 2]
    deps = ["nsubj", "aux", "ROOT", "compound", "compound", "dobj", "punct", "nmod", "cc", "compound", "compound",
            "conj", "punct"]  # fmt: skip
    pos = ["PRON", "AUX", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN",
           "PUNCT"]  # fmt: skip
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 4, 6, "PERSON"), Span(doc, 7, 8, "PRODUCT"), Span(doc, 10, 12, "PERSON")]
    named = [e for e in doc.ents if e.label_ == "PERSON"]
    assert [t.text for t in frames_mod._bare_names_in_the_list(named)] == ["Brant"]
    # a capitalised word that is no name ("and Sons") or a post is not taken
    doc.ents = [Span(doc, 4, 6, "PERSON"), Span(doc, 7, 8, "TITLE"), Span(doc, 10, 12, "PERSON")]
    assert frames_mod._bare_names_in_the_list([e for e in doc.ents if e.label_ == "PERSON"]) == []


def test_a_name_after_a_plural_source_is_no_holder_of_a_post(read):
    """Class: "According to officials, General X is to call on Minister Y": the name set off after the plural source
    was read as the holder of a post only mentioned ("accompanied by the Chief of Staff, General X"), so the subject
    was dropped and the call on Y lost."""
    found = meetings(
        read("According to officials, General Ivo Brant is scheduled to call on Defence Minister Karl Hesse on Friday.")
    )
    assert [participant_texts(f) for f in found] == [{"Ivo Brant", "Karl Hesse"}]


def test_talks_an_accepted_invitation_is_to_are_the_acceptors(read):
    """Class: "X accepted an invitation to visit Y in May for talks with Z": the talks had no subject (the visit
    hangs on the invitation as a clause of its own), so the planned talks were lost; an invitation extended to
    someone else stays no meeting."""
    found = meetings(read("Mr Ivo Brant accepted an invitation to visit Dorvik in May for talks with Karl Hesse."))
    assert ({"Mr Ivo Brant", "Karl Hesse"}, "planned") in [(participant_texts(f), f["status"]) for f in found]
    extended = meetings(read("Mr Ivo Brant extended an invitation to Olaf Berger to visit Dorvik for talks with him."))
    assert all(len(f["participants"]) < 2 for f in extended)


def test_a_name_read_as_a_verb_is_still_the_subject_of_the_verb_after_it():
    """Class: "X's Minister of Defense General A B on June 4 received C": the parser read "A" as a verb and hung
    "received" on it with no subject, so the host was lost; the name right before the verb, past the day told, is its
    subject (and no name when the verb has a subject of its own)."""
    words = ["General", "Ivo", "Brant", "on", "June", "4", "received", "Karl", "Hesse", "."]
    heads = [1, 1, 1, 6, 3, 4, 1, 8, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "nummod", "ccomp", "compound", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "NUM", "VERB", "PROPN", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "NNP", "IN", "NNP", "CD", "VBD", "NNP", "NNP", "."]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, 0, 1, "RANK"), Span(doc, 1, 3, "PERSON"), Span(doc, 4, 6, "DATE"), Span(doc, 7, 9, "PERSON")]
    received = doc[6]
    assert frames_mod._subject(received) == doc[1]  # the name's root, as the parser left it
    deps[6], heads[6], deps[0] = "ROOT", 6, "nsubj"
    heads[1], deps[1] = 6, "nsubj"
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert frames_mod._name_right_before(doc[6]) is None  # a subject of its own
