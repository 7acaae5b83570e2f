"""Domain entities on a blank pipeline: titles, bodies, exercises, references; mention rows."""

from __future__ import annotations

import pandas as pd
import pytest
from spacy.tokens import Doc, Span

from pipeline.nlp import entities
from pipeline.nlp.entities import _date_cut_at_comma, strip_honorifics
from pipeline.stages import ner


def ents(doc, label):
    return [e.text for e in doc.ents if e.label_ == label]


def person_span(doc, first: str, length: int) -> Span:
    """The span of `length` tokens from the one token `first`, labelled as the model would tag a person."""
    (i,) = [t.i for t in doc if t.text == first]
    return Span(doc, i, i + length, label="PERSON")


def test_title_before_a_name(nlp_entities):
    doc = nlp_entities("Deputy Defence Minister Orhan Babayev visited the unit.")
    assert ents(doc, "TITLE") == ["Deputy Defence Minister"]
    assert ents(doc, "PERSON") == ["Orhan Babayev"]


def test_a_hyphenated_post_with_no_portfolio_is_one_title(nlp_entities):
    # class: "Vice-Minister BRANT": only "Minister" was a title, and "Vice" and the hyphen were read as name words
    doc = nlp_entities("Later, Vice-Minister BRANT called on the army commander.")
    assert ents(doc, "TITLE") == ["Vice-Minister"]


@pytest.mark.parametrize(
    "text, title",
    [
        # a headline drops the determiner (issue 13, class 3)
        ("Army chief Vargo meets Ostrian counterpart Lund", "Ostrian counterpart"),
        # a demonym of two words
        ("He met his Sri Lankan counterpart Ivo Brant.", "his Sri Lankan counterpart"),
    ],
)
def test_a_counterpart_with_no_determiner_or_a_two_word_demonym_before_a_name_is_a_post(nlp_entities, text, title):
    doc = nlp_entities(text)
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "TITLE" and e.id_ == "counterpart"] == [
        (title, "counterpart")
    ]


def test_a_bare_counterpart_not_before_a_name_is_nothing(nlp_entities):
    doc = nlp_entities("Ostrian counterpart talks end.")
    assert not [e for e in doc.ents if "counterpart" in e.text]


def test_open_ended_title_ends_before_the_rank_and_keeps_its_body(nlp_entities):
    doc = nlp_entities("He met Commander of the Turkish Land Forces General Ahmet Yilmazoglu in Ankara.")
    assert ents(doc, "TITLE") == ["Commander of the Turkish Land Forces"]
    assert ents(doc, "RANK") == ["General"]
    assert ents(doc, "PERSON") == ["Ahmet Yilmazoglu"]
    assert [(s.text, s.id_) for s in doc.spans["meetgraph"]] == [("Turkish Land Forces", "Turkish Land Forces")]


def test_ministry_spellings_share_a_canonical_name(nlp_entities):
    names = set()
    for text in (
        "The Azerbaijani Defence Ministry said.",
        "The Ministry of Defense of Azerbaijan said.",
        "Azerbaijan's Ministry of Defence said.",
    ):
        names |= {e.id_ for e in nlp_entities(text).ents if e.label_ == "ORG"}
    assert names == {"Ministry of Defence of Azerbaijan"}


def test_acronyms_are_case_sensitive(nlp_entities):
    assert ents(nlp_entities("The MoD said NATO agreed."), "ORG") == ["MoD", "NATO"]
    assert ents(nlp_entities("The mod said nato agreed."), "ORG") == []


def test_unseen_exercise_names_from_cues(nlp_entities):
    doc = nlp_entities("Troops took part in the Golden Lynx-2031 drills and the Silver Crane and Iron Heron exercises.")
    assert sorted(ents(doc, "EXERCISE")) == ["Golden Lynx-2031", "Iron Heron", "Silver Crane"]


@pytest.mark.parametrize("modifier", ["combined", "maritime", "amphibious"])
def test_an_exercise_name_before_a_kind_of_exercise_is_an_exercise(nlp_entities, modifier):
    # class: "the X 2031 combined exercise": a kind of exercise between the name and its cue hid the cue
    doc = nlp_entities(f"They discussed the Coral Lance 2031 {modifier} exercise, which opens next week.")
    assert ents(doc, "EXERCISE") == ["Coral Lance 2031"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("They held the counter-terrorism exercise Coral Lance-IX in May.", ["Coral Lance-IX"]),
        ("The navy concluded the joint exercise Coral Lance 26, which ran for ten days.", ["Coral Lance 26"]),
        ("The Coral Lance-XVII and Iron Heron-4 exercises were held in May.", ["Coral Lance-XVII", "Iron Heron-4"]),
        ("During the exercise Coral Lance 26 ships took part.", ["Coral Lance"]),
    ],
)
def test_an_exercises_edition_is_part_of_its_name(nlp_entities, text, names):
    # class: an edition written after the name ("-IX", "-27", " 26") was cut off it, or kept alone ("XVII")
    assert ents(nlp_entities(text), "EXERCISE") == names


def test_generic_drills_are_not_exercises(nlp_entities):
    doc = nlp_entities("Joint drills and live-fire exercises were held. The military exercises ended.")
    assert ents(doc, "EXERCISE") == []


def test_nominal_references(nlp_entities):
    doc = nlp_entities("The minister thanked his Turkish counterpart and the head of state.")
    assert ents(doc, "REF") == ["The minister", "his Turkish counterpart", "the head of state"]


def test_a_leader_named_by_nationality_is_a_reference(nlp_entities):
    # class: "The Velkarian leader also spoke by phone with X": no reference, so the call had one side
    doc = nlp_entities("The Velkarian leader later had a call with President Ivo Brant.")
    assert ents(doc, "REF") == ["The Velkarian leader"]


def test_doc_mentions_carry_the_canonical_form(nlp_entities):
    rows = ner.doc_mentions(nlp_entities("Lt-Gen Orhan Babayev spoke."))
    by_label = {r["label"]: r for r in rows}
    assert by_label["RANK"]["norm"] == "Lieutenant General"
    assert by_label["PERSON"]["text"] == "Orhan Babayev"
    assert set(rows[0]) >= {"start", "end", "text", "label", "sent_idx", "norm"}


def test_a_name_ending_a_sentence_in_a_month_abbreviation_loses_the_stop(nlp):
    # class: "... met Admiral Ivo Jun." + next sentence: the tokenizer keeps "Jun." whole (June), so the person was
    # "Ivo Jun." and matched no one; a suffix keeps its stop
    rows = ner.doc_mentions(nlp("General Karl Hesse met Admiral Ivo Jun. The two discussed cooperation."))
    assert "Ivo Jun" in [r["text"] for r in rows if r["label"] == "PERSON"]
    rows = ner.doc_mentions(nlp("The envoy met Senator Karl Hesse Jr. The two discussed cooperation."))
    assert "Karl Hesse Jr." in [r["text"] for r in rows if r["label"] == "PERSON"]


def test_model_person_spans_lose_titles_and_demonyms(nlp):
    doc = nlp("Turkish Defence Minister Orhan Babayev met Col-Gen Tural Qasimov in Baku on Monday.")
    assert "Orhan Babayev" in ents(doc, "PERSON")
    assert "Tural Qasimov" in ents(doc, "PERSON")
    assert all("Minister" not in p and "Col" not in p for p in ents(doc, "PERSON"))


def test_a_title_stays_whole_where_the_model_took_its_portfolio_for_a_person(nlp_entities):
    """ "On 3 May 2031 the Minister of Defence of the Republic of Kenya ...": the model tagged "the Minister of
    Defence" a person; the title is still the whole post and no "of Defence" person is left."""
    doc = nlp_entities.make_doc(
        "On 3 May 2031 the Minister of Defence of the Republic of Kenya Lieutenant General Ivo Brant held talks."
    )
    doc.ents = [Span(doc, 4, 8, label="PERSON"), Span(doc, 15, 17, label="PERSON")]  # the Minister of Defence
    for _, pipe in nlp_entities.pipeline:
        doc = pipe(doc)
    assert ents(doc, "TITLE") == ["Minister of Defence of the Republic of Kenya"]
    assert ents(doc, "PERSON") == ["Ivo Brant"]


@pytest.mark.parametrize(
    "text, title",
    [
        ("The minister received NATO Secretary General Ivo Brant on Monday.", "NATO Secretary General"),
        # the post of someone else: his own title is the envoy's
        ("NATO Secretary General's Special Representative Ivo Brant met him.", "NATO Secretary"),
        # class: written with a hyphen, "General" was the holder's rank
        ("The minister received UN Secretary-General Ivo Brant on Monday.", "Secretary-General"),
    ],
)
def test_a_body_before_a_secretary_general_heads_the_whole_post(nlp_entities, text, title):
    doc = nlp_entities(text)
    assert title in ents(doc, "TITLE")
    assert ents(doc, "RANK") == []


def test_counterpart_before_a_name_is_a_post_not_a_reference(nlp_entities):
    doc = nlp_entities("He met his Azerbaijani counterpart Orhan Babayev.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "TITLE"] == [
        ("his Azerbaijani counterpart", "counterpart")
    ]
    assert ents(doc, "PERSON") == ["Orhan Babayev"]


# --- issue 13, class 2: words inside article text that are no persons ---


def test_headline_words_and_weekdays_end_a_model_person(nlp):
    doc = nlp("Velmar Meets With Defence Chiefs From Northern States")
    assert all("Meets" not in p and "With" not in p for p in ents(doc, "PERSON"))
    doc = nlp("Defence Minister Tarek Olvani Thursday met the visiting delegation.")
    assert "Tarek Olvani" in ents(doc, "PERSON")
    assert all("Thursday" not in p for p in ents(doc, "PERSON"))


def test_minister_responsible_for_is_a_post_not_a_name(nlp):
    doc = nlp("On Tuesday, Hollis called on Sayyid Talib bin Amer, the Minister Responsible for Defence Affairs.")
    assert "Responsible" not in " ".join(ents(doc, "PERSON"))


def test_honorifics_are_not_part_of_the_name(nlp_entities):
    from pipeline.nlp.entities import strip_honorifics

    doc = nlp_entities("The army chief General Tan Sri Datuk Harun Bin Mohd Ariff met Dr. Selma Korva.")
    persons = ents(doc, "PERSON")  # the mention reaches the rank; the name is without the honorifics
    assert [strip_honorifics(p) for p in persons] == ["Harun Bin Mohd Ariff", "Selma Korva"]
    assert ents(doc, "RANK") == ["General"]


def test_a_model_person_starting_inside_an_honorific_of_two_words_loses_all_of_it(nlp_entities):
    from spacy.tokens import Span

    from pipeline.nlp.entities import strip_honorifics

    doc = nlp_entities.make_doc("The minister Datuk Seri Harun Latif arrived.")
    doc.ents = [Span(doc, 3, 6, label="PERSON")]  # the model's span: "Seri Harun Latif"
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Harun Latif"]


def test_a_sabah_honorific_of_three_words_is_not_part_of_the_name(nlp_entities):
    # class: "Datuk Seri Panglima X Y" (a Malaysian state's title): "Panglima" stayed a word of the name
    from pipeline.nlp.entities import strip_honorifics

    doc = nlp_entities("Also present was Datuk Seri Panglima Ivo Brant, the chief minister.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Ivo Brant"]


def test_a_leader_set_off_before_a_post_after_led_by_is_a_person(nlp):
    # class: "a delegation from the Saeima ... led by A B, Chair of the Committee": the model read the name as a body
    doc = nlp(
        "The committee received a delegation from the Saeima of the Republic of Latvia led by Ivo Brant, Chair "
        "of the Saeima's Defence Committee."
    )
    assert ents(doc, "PERSON") == ["Ivo Brant"]


def test_a_committees_ranking_member_is_a_post(nlp):
    # class: "Ranking Member X" (a US committee's senior minority member): no post, and "Ranking Member X" read
    # into the name where the model ran them together
    doc = nlp("Ranking Member Mira Stenz was also present for the meeting.")
    assert ents(doc, "TITLE") == ["Ranking Member"]
    assert ents(doc, "PERSON") == ["Mira Stenz"]


def test_an_abbreviated_pilgrims_honorific_is_not_a_name_of_its_own(nlp):
    # class: "Dr. Hj. X Y" (Haji abbreviated, Malay and Indonesian copy): "Dr. Hj" became a person of its own
    from pipeline.nlp.entities import strip_honorifics

    doc = nlp("The team was led by the Vice Chair of Commission II, Dr. Hj. Mira Stenz.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Mira Stenz"]


def test_the_first_half_of_a_hyphened_command_name_is_no_person(nlp):
    # class: "a deputy head of US Indo-Pacific Command, General X": the model tagged "Indo" a person, and the
    # half-name became a side of the meeting
    doc = nlp(
        "The Prime Minister of Samoa, Karl Hesse, met the Deputy Commander of US Indo-Pacific Command, Major General "
        "Ivo Brant."
    )
    assert ents(doc, "PERSON") == ["Karl Hesse", "Ivo Brant"]


@pytest.mark.parametrize("honorific", ["H.H.", "HH", "H.R.H."])
def test_a_gulf_highness_written_short_is_no_person_of_its_own(nlp, honorific):
    # class: "H.H. Sheikh X" (Gulf agencies' short form of His Highness) made "H.H." a person of the article
    from pipeline.nlp.entities import strip_honorifics

    doc = nlp(f"The meeting with {honorific} Sheikh Ivo Brant was attended by Karl Hesse, Ambassador of India.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Ivo Brant", "Karl Hesse"]


@pytest.mark.parametrize("honorific", ["Dato Seri Pahlawan", "Dato Seri Setia", "Yang Berhormat"])
def test_brunei_honorifics_are_not_part_of_the_name(nlp_entities, honorific):
    # class: Brunei's titles of three words ("Dato Seri Pahlawan X"): the last word stayed a word of the name
    from pipeline.nlp.entities import strip_honorifics

    doc = nlp_entities(f"The navy chief, First Admiral {honorific} Ivo Brant, received the visitors.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Ivo Brant"]


def test_indian_honorifics_are_not_part_of_the_name(nlp_entities):
    from pipeline.nlp.entities import strip_honorifics

    doc = nlp_entities("Defence Minister Shri Ravindra Kalwar met Smt Lata Dhoni in the capital.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Ravindra Kalwar", "Lata Dhoni"]


@pytest.mark.parametrize("body", ["the Cabinet of Ministers", "the Council of Ministers", "the Cabinet"])
def test_a_title_over_a_cabinet_ends_before_the_name(nlp_entities, body):
    # class: "Deputy Chair of a council of ministers X Y": the title ran into the holder's name, so the attendee
    # of the talks was no person
    doc = nlp_entities(f"Also present was First Deputy Chair of {body} Ivo Brant.")
    assert ents(doc, "PERSON") == ["Ivo Brant"]


def test_a_portfolio_of_emigrants_ends_the_title_before_the_name(nlp_entities):
    # class: "Minister of Foreign Affairs and Emigration X Y": a portfolio not listed let the title run into the name
    doc = nlp_entities("Minister of Foreign Affairs and Emigration Ivo Brant wrote to the envoy.")
    assert ents(doc, "TITLE") == ["Minister of Foreign Affairs and Emigration"]
    assert ents(doc, "PERSON") == ["Ivo Brant"]


def test_hausa_honorifics_and_cadet_ranks(nlp_entities):
    from pipeline.nlp.entities import strip_honorifics

    # class: "Malam X" (Hausa "Mr") was read into the name; "Officer Cadet X", "Midshipman X" had no rank
    doc = nlp_entities("A resident, Malam Ivo Brant, said Officer Cadet Karl Hesse and Midshipman Olaf Berger left.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Ivo Brant", "Karl Hesse", "Olaf Berger"]
    assert ents(doc, "RANK") == ["Officer Cadet", "Midshipman"]


def test_an_honorific_after_a_long_post_ends_the_post(nlp):
    # class: "Minister of State for Defence Smt. X": the open-ended post ran over the honorific ("... Defence Smt");
    # a post a title pattern spells with such a word ("Crown Prince") or a body's acronym keeps it
    doc = nlp("He called on the Minister of State for Defence Smt. Leela Ferlund at the ministry.")
    assert ents(doc, "TITLE") == ["Minister of State for Defence"]
    doc = nlp("He was received by Crown Prince Sheikh Oskar Vantrel on Monday.")
    assert ents(doc, "TITLE") == ["Crown Prince"]
    # class: "the Minister of Health Dr. X": an abbreviated honorific ("Dr.", "Smt.", one token with its stop) was
    # no name after "the <post>", which so became a reference of its own instead of the named person's title
    doc = nlp("He called on the Minister of Health Dr. Leela Ferlund at the ministry.")
    assert ents(doc, "TITLE") == ["Minister of Health"] and not ents(doc, "REF")


def test_a_bodys_acronym_and_a_post_word_are_no_name(nlp):
    # class: "chaired by X as ASEAN Chair": an acronym and a post word, taken for a person (and then a participant)
    doc = nlp("The retreat, chaired by Chile as ASEAN Chair, was attended by the ministers and Dr. Oskar Vantrel.")
    assert "ASEAN Chair" not in ents(doc, "PERSON") and "Oskar Vantrel" in " ".join(ents(doc, "PERSON"))


def test_malaysian_titles_of_two_words_are_no_part_of_the_name(nlp_entities):
    # class: "Datuk Wira Haji X": "Wira" (like "Setia", "Amar", "Patinggi") is part of the title, not a name
    from pipeline.nlp.entities import strip_honorifics

    doc = nlp_entities("The deputy minister, Datuk Wira Haji Norazmi Fadhlan bin Jusoh, met the visiting chief.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Norazmi Fadhlan bin Jusoh"]


def test_haji_is_no_part_of_the_name(nlp_entities):
    from pipeline.nlp.entities import strip_honorifics

    doc = nlp_entities("The navy commander First Admiral Haji Rosman Karim met the visiting chief.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Rosman Karim"]


def test_a_post_takes_back_the_country_it_is_posted_to_from_a_model_person(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("US Ambassador to Peru Dana Holcombe attended.")
    doc.ents = [Span(doc, 3, 6, label="PERSON")]  # the model ran the country into the name: "Peru Dana Holcombe"
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "TITLE") == ["Ambassador to Peru"]
    assert ents(doc, "PERSON") == ["Dana Holcombe"]


def test_initials_and_inner_hyphens_belong_to_the_name(nlp_entities):
    doc = nlp_entities("Brigadier K.T. Ofori met Gen. Park Min-ho in the capital.")
    assert "K.T. Ofori" in ents(doc, "PERSON")
    assert ("Brigadier", "RANK") in [(e.text, e.label_) for e in doc.ents]


def test_a_lone_acronym_is_no_person(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("The QRTF said the drill ended.")
    doc.ents = [Span(doc, 1, 2, label="PERSON")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "PERSON") == []


def test_capitalised_countries_and_cities_are_places_not_bodies(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("VALDORIA NEWS reported from NAIROBI on Monday.")
    doc.ents = [Span(doc, 3, 4, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "ORG") == []


# --- class 7: titles and ranks in real shapes ---


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Deputy Defense Secretary Lars Hansen arrived.", "Deputy Defense Secretary"),
        ("First Deputy Prime Minister Lars Hansen arrived.", "First Deputy Prime Minister"),
        ("Crown Prince Faisal bin Amir met them.", "Crown Prince"),
        ("Minister for Home Affairs Lars Hansen arrived.", "Minister for Home Affairs"),
        ("Army Chief of Staff General Lars Hansen arrived.", "Army Chief of Staff"),
        ("National Security Adviser Lars Hansen arrived.", "National Security Adviser"),
        ("State Councilor Lars Hansen arrived.", "State Councilor"),
        ("Minister of National Defense of Poland Lars Hansen arrived.", "Minister of National Defense of Poland"),
        ("State Border Service Chief Lars Hansen arrived.", "State Border Service Chief"),
    ],
)
def test_real_title_shapes(nlp_entities, text, title):
    doc = nlp_entities(text)
    assert title in ents(doc, "TITLE")
    assert "Lars Hansen" in ents(doc, "PERSON") or "Faisal bin Amir" in ents(doc, "PERSON")


def test_a_post_written_before_a_body_is_one_title(nlp_entities):
    doc = nlp_entities("Chairman Joint Chiefs of Staff Committee General Omar Daud spoke.")
    assert "Chairman Joint Chiefs of Staff Committee" in ents(doc, "TITLE")
    assert ents(doc, "RANK") == ["General"]


def test_director_general_is_a_post_not_a_rank(nlp_entities):
    doc = nlp_entities("Director General Lars Hansen spoke.")
    assert ents(doc, "RANK") == []
    assert "Lars Hansen" in ents(doc, "PERSON")


def test_general_after_a_commander_or_chief_post_is_the_holders_rank(nlp_entities):
    doc = nlp_entities("Lakeland Army Commander General Tomas Varga met Army Chief General Ivo Lepp.")
    assert ents(doc, "RANK") == ["General", "General"]
    assert ents(doc, "TITLE") == ["Army Commander", "Army Chief"]


def test_a_post_with_its_branch_in_brackets_reaches_its_holder(nlp_entities):
    doc = nlp_entities("Deputy Chief of Army Staff (Operations) Lieutenant General Tomas Varga spoke.")
    assert "Deputy Chief of Army Staff (Operations)" in ents(doc, "TITLE")
    assert ents(doc, "RANK") == ["Lieutenant General"]


def test_title_abbreviation_before_a_name_is_a_title_elsewhere_not(nlp_entities):
    doc = nlp_entities("COAS General Omar Daud met the delegation at 05:51 PM on Monday.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "TITLE"] == [("COAS", "abbreviation")]
    # class: "VP Velk said ...": the abbreviated Vice President was read as the given name of another person
    doc = nlp_entities("Speaking after the meeting, VP Velk said the country welcomed partners.")
    assert ents(doc, "TITLE") == ["VP"] and ents(doc, "PERSON") == ["Velk"]


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("Corps General", "Corps General"),
        ("Lieutenant Captain", "Lieutenant Captain"),
        ("Command Sgt. Maj.", "Command Sergeant Major"),
        ("Lt. Cmdr.", "Lieutenant Commander"),
        ("colonel-general", "Colonel General"),
        ("Lieutenant Admiral", "Lieutenant Admiral"),
        ("MG", "Major General"),
        ("LG", "Lieutenant General"),
        ("General de División", "Major General"),
        ("General of Division", "Division General"),  # translated Spanish and Portuguese releases
        ("General of Brigade", "Brigade General"),
        ("Admiral of Fleet", "Fleet Admiral"),
        ("Teniente General", "Lieutenant General"),
        ("Almirante General", "Admiral General"),  # class: the Spanish four-star admiral was read as a plain Admiral
        ("Contra-Almirante", "Rear Admiral"),
        ("Général de brigade", "Brigadier General"),
        # class: French naval ranks and the Francophone colonel-major (West and Central African navies and armies)
        ("Capitaine de vaisseau", "Captain"),
        ("Capitaine de frégate", "Commander"),
        ("Colonel-Major", "Colonel-Major"),
        ("Captain (Navy)", "Captain"),
        ("Colonel (Inf)", "Colonel"),
        ("Major General Pilot", "Major General"),
        ("Lieutenant General Staff Pilot", "Lieutenant General"),
        # class: Brazilian ranks translated word for word ("Almirante de Esquadra", "Tenente-Brigadeiro")
        ("Admiral of Squadron", "Admiral of Squadron"),
        ("Lieutenant-Brigadier", "Lieutenant-Brigadier"),
        # class: French ranks written in title case by West African releases
        ("Général de Division", "Major General"),
        ("Vice-Amiral d'Escadre", "Vice Admiral"),
        # class: Spanish-speaking air forces' ranks and the one-l rear admiral, left untranslated in translated copy
        # ("General de Brigada Aérea X" read as "General de Brigada" and a name "Aérea X")
        ("General de Brigada Aérea", "Brigadier General"),
        ("General de Aviación", "Lieutenant General"),
        ("Contralmirante", "Rear Admiral"),
    ],
)
def test_national_and_compound_ranks(nlp_entities, spelling, canonical):
    """A rank may carry its service or corps in brackets before the name ("Captain (Navy) X")."""
    doc = nlp_entities(f"The visit was led by {spelling} Orhan Babayev on Monday.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "RANK"] == [(spelling, canonical)]
    assert ents(doc, "PERSON") == ["Orhan Babayev"]


@pytest.mark.parametrize("company", ["LG Electronics", "MG Motors", "BG Technologies"])
def test_a_company_named_like_a_rank_abbreviation_is_no_ranked_person(nlp_entities, company):
    """ "MG"/"LG" before a name are ranks (Singapore's and others' short forms); before a company's head word
    ("Motors", "Electronics") they begin a company's name."""
    doc = nlp_entities(f"{company} opened a plant in the port on Monday, the minister said.")
    assert ents(doc, "PERSON") == []


# --- class 8: organizations ---


def test_a_news_agency_is_no_body(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("Yonhap reported that the Coast Guard Agency agreed.")
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert "Yonhap" not in ents(doc, "ORG")


def test_outlet_shaped_names_and_their_acronyms_are_no_body(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("The Lakeland News Agency (LNA) said LNA and the Harbour Post reported it.")
    doc.ents = [Span(doc, 1, 4, label="ORG"), Span(doc, 8, 9, label="ORG"), Span(doc, 11, 13, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "ORG") == []


def test_a_ministry_ending_in_an_outlet_word_is_still_a_body(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("The Ministry of Information and Television Broadcasting News said so.")
    doc.ents = [Span(doc, 1, 6, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "ORG") == ["Ministry of Information and Television"]


def test_a_royal_service_keeps_royal_in_its_name(nlp_entities):
    doc = nlp_entities("The Royal Thai Navy and the Royal Malaysian Air Force held talks.")
    orgs = [(e.text, e.id_) for e in doc.ents if e.label_ == "ORG"]
    assert ("Royal Thai Navy", "Royal Thai Navy") in orgs
    assert ("Royal Malaysian Air Force", "Royal Malaysian Air Force") in orgs


def test_a_known_body_read_as_the_start_of_a_longer_body_is_the_longer_one(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("The ECOWAS Commission and ECOWAS met the NATO Military Committee.")
    doc.ents = [Span(doc, 1, 3, label="ORG"), Span(doc, 7, 10, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "ORG") == ["ECOWAS Commission", "ECOWAS", "NATO Military Committee"]


def test_a_model_org_in_a_headline_or_menu_line_is_no_body(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("Navy Chief Visits Harbour Base | Home Politics Business")
    doc.ents = [Span(doc, 6, 9, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert "Home Politics Business" not in ents(doc, "ORG")


def test_a_treaty_or_a_memorial_is_no_body(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("They cited the Lake Varna Treaty near the Old Fort Memorial.")
    doc.ents = [Span(doc, 3, 6, label="ORG"), Span(doc, 8, 11, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "ORG") == []


def test_an_acronym_in_brackets_names_the_same_body(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("The Joint Logistics Directorate (JLD) said JLD would help.")
    doc.ents = [Span(doc, 1, 4, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    orgs = [(e.text, e.id_ or e.text) for e in doc.ents if e.label_ == "ORG"]
    assert ("JLD", "Joint Logistics Directorate") in orgs


def test_a_body_named_in_a_title_is_kept_as_a_body(nlp_entities):
    doc = nlp_entities("Harun Daud, commander of the Kenyan Rapid Support Forces, met him.")
    assert "Kenyan Rapid Support Forces" in [s.text for s in doc.spans["meetgraph"]]


# --- class 9: exercises named without a cue word before them ---


def test_exercise_names_after_the_cue(nlp_entities):
    doc = nlp_entities("They held joint drills such as Silver Heron, Stone Lynx and Blue Anchor last year.")
    assert sorted(ents(doc, "EXERCISE")) == ["Blue Anchor", "Silver Heron", "Stone Lynx"]
    doc = nlp_entities("The annual naval exercise Amber Gate began.")
    assert ents(doc, "EXERCISE") == ["Amber Gate"]
    doc = nlp_entities("Military exercises «Cooperation. Shield. Echelon» started.")
    assert ents(doc, "EXERCISE") == ["Cooperation. Shield. Echelon"]


def test_edition_with_year_and_acronym_before_the_cue(nlp_entities):
    doc = nlp_entities("The Silver Heron 2031 (SH31) exercise ended.")
    assert ents(doc, "EXERCISE") == ["Silver Heron 2031"]


def test_pronouns_and_seas_are_no_exercises(nlp_entities):
    doc = nlp_entities("Our joint drills were held. The Black Sea exercises ended.")
    assert ents(doc, "EXERCISE") == []


def test_ships_and_ranks_alone_are_no_persons(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc(
        "The frigate Ivan Dorov docked. HMS Stone Bay sailed. Lieutenant- General Ama Owusu came."
    )
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 6, 9, label="PERSON"), Span(doc, 11, 13, label="PERSON")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "PERSON") == ["Ama Owusu"]


def test_lower_case_bodies_after_a_demonym_and_named_commands(nlp_entities):
    doc = nlp_entities(
        "The Chilean armed forces met the Peruvian army, the U.S. Northern Command and the "
        "Russian Eastern Military District. The army said."
    )
    orgs = {(e.text, e.id_ or e.text) for e in doc.ents if e.label_ == "ORG"}
    assert ("Chilean armed forces", "Chilean Armed Forces") in orgs
    assert ("Peruvian army", "Peruvian Army") in orgs
    assert ("U.S. Northern Command", "US Northern Command") in orgs
    assert ("Russian Eastern Military District", "Russian Eastern Military District") in orgs
    assert "army" not in {e.text for e in doc.ents}


def test_a_city_inside_a_longer_person_name_is_part_of_it(nlp):
    doc = nlp("Chief of General Staff General Milan Radovic received the new attaché in Belgrade.")
    assert "Milan Radovic" in ents(doc, "PERSON")
    assert "Belgrade" in ents(doc, "GPE")


def test_posts_with_for_acronyms_and_lower_case_commander_in_chief(nlp_entities):
    doc = nlp_entities(
        "Undersecretary for Defence Industries Selim Karaca met the Head of NATO Liaison Office, Tom Hale, "
        "and Admiral Ivan Dorov, commander-in-chief of the Russian Navy."
    )
    titles = ents(doc, "TITLE")
    assert "Undersecretary for Defence Industries" in titles
    assert "Head of NATO Liaison Office" in titles
    assert "commander-in-chief of the Russian Navy" in titles


def test_a_misspelt_weekday_is_not_part_of_a_name(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("Minister Tarek Olvani Wednesay met them.")
    doc.ents = [Span(doc, 1, 4, label="PERSON")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "PERSON") == ["Tarek Olvani"]


def test_two_surnames_or_an_unclosed_bracket_are_no_body(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("Talks between Dorov and Kessler followed at the Hall of Honour (Sehit today.")
    doc.ents = [Span(doc, 2, 5, label="ORG"), Span(doc, 8, 13, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "ORG") == ["Hall of Honour"]


def test_a_nickname_in_quotes_stays_inside_the_name(nlp_entities):
    doc = nlp_entities("Mr. Thomas “Tommy” Hale and Dr. Selma Korva spoke.")
    assert "Thomas “Tommy” Hale" in [strip(p) for p in ents(doc, "PERSON")]


def strip(name):
    from pipeline.nlp.entities import strip_honorifics

    return strip_honorifics(name)


def test_credited_reporters_and_photographers_are_no_persons(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc(
        "Minister Tarek Olvani left. (Reporting by Anna Berg and Jon Holt; Editing by Mia Lund) Photo: Ola Dahl"
    )
    doc.ents = [
        Span(doc, 8, 10, label="PERSON"),
        Span(doc, 11, 13, label="PERSON"),
        Span(doc, 16, 18, label="PERSON"),
        Span(doc, 21, 23, label="PERSON"),
    ]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "PERSON") == ["Tarek Olvani"]


def test_a_title_case_headline_is_no_body(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("Minister Retires Top Brass And Appoints New Chiefs")
    doc.ents = [Span(doc, 0, 8, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "ORG") == []


def test_a_name_after_a_post_and_a_comma_is_a_person_even_if_the_model_says_org(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("He met the Director of the Border Agency, Kunle Adeyemi, in the city.")
    doc.ents = [Span(doc, 9, 11, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "PERSON") == ["Kunle Adeyemi"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, post",
    [
        ("The talks were held with the Norwegian ambassador Erik Vold in Oslo.", "ambassador"),
        ("He was received by defence minister Anna Berg on Monday.", "defence minister"),
    ],
)
def test_a_lower_case_post_before_a_name_is_a_title(nlp, text, post):
    doc = nlp(text)
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    before = [e for e in doc.ents if e.end == person.start]
    assert [(e.text, e.label_) for e in before] == [(post, "TITLE")]


def test_a_lower_case_word_that_is_no_post_stays_out(nlp_entities):
    from spacy.tokens import Span

    from pipeline.nlp.entities import _lowercase_posts

    doc = nlp_entities("They thanked officer Erik Vold and the envoy Anna Berg.")
    persons = [Span(doc, 3, 5, label="PERSON"), Span(doc, 8, 10, label="PERSON")]
    assert [s.text for s in _lowercase_posts(doc, persons, set())] == ["envoy"]


def test_a_name_before_a_body_head_is_no_person(nlp_entities):
    doc = nlp_entities("They congratulated the chairman of the Armenian Kestrel Federation, President Aram Petrosyan.")
    assert ents(doc, "PERSON") == ["Aram Petrosyan"]
    doc = nlp_entities("Minister Kestrel Group officials spoke.")
    assert ents(doc, "PERSON") == []


def test_weapon_place_and_where_names_are_no_person_or_body(nlp):
    doc = nlp("Pakistan conducted a launch of its 'Shamshir' series missile. The Karsan border closed.")
    assert ents(doc, "PERSON") == [] and ents(doc, "ORG") == []
    doc = nlp("He was welcomed at Nordavik, where he held talks.")
    assert ents(doc, "ORG") == []
    doc = nlp("The Pakistan Army helicopter landed near the Navy ships.")
    assert "Pakistan Army" in ents(doc, "ORG")


def test_makers_weapon_systems_and_listed_things_are_no_person_or_body(nlp):
    for text in (
        "The deal with Lockheed Martin was signed on Monday.",
        "Officials toured Baykar and Aselsan facilities.",
        "The army fired Korvel and Tarsan missiles.",
        "The Vestor and Palan systems arrived.",
    ):
        doc = nlp(text)
        assert ents(doc, "PERSON") == [] and ents(doc, "ORG") == [], text
    doc = nlp("Defence Minister Ali Rahimov and General Omar Hassan met.")
    assert ents(doc, "PERSON") == ["Ali Rahimov", "Omar Hassan"]


def test_a_given_name_that_is_also_a_makers_name_begins_a_person(nlp):
    # issue 13, class 4: a meeting with "Defence Minister Rafael X" was lost with its person
    doc = nlp("Defence Minister Andres Cardenas met Defence Minister Rafael Ortiz Pena in Lima.")
    assert ents(doc, "PERSON") == ["Andres Cardenas", "Rafael Ortiz Pena"]
    assert ents(nlp("Officials of Rafael Advanced Defense Systems arrived."), "PERSON") == []


def test_a_name_set_off_after_a_post_and_its_body_is_the_holder(nlp):
    doc = nlp("He met the Director-General of the Department of Harbour Services, Tunde Okafor.")
    assert "Tunde Okafor" in ents(doc, "PERSON")
    doc = nlp("He met the Minister of Defence of Kenya, Nairobi.")
    assert ents(doc, "PERSON") == []


def test_a_name_right_after_in_or_at_is_a_place_unless_possessive(nlp):
    doc = nlp("He arrived in Khan Younis on Monday.")
    assert ents(doc, "PERSON") == []
    doc = nlp("He met Ali Rahimov in Baku.")
    assert ents(doc, "PERSON") == ["Ali Rahimov"]


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("The CDS is expected to travel to Accra next month.", "The CDS"),
        ("We will not stop, the COAS said.", "the COAS"),
        (
            "The Chief of Defence Staff (CDS), General Ama Owusu, hosted the delegation.",
            "The Chief of Defence Staff (CDS)",
        ),
    ],
)
def test_an_abbreviated_post_after_the_is_a_reference(nlp_entities, text, ref):
    """ "the CDS" with no name after it stands for its holder; "The Chief of Defence Staff (CDS), General X" keeps the
    abbreviation with the post, so the post stays next to its holder."""
    assert ents(nlp_entities(text), "REF") == [ref]


def test_an_ambassador_extraordinary_and_plenipotentiary_is_one_title(nlp_entities):
    """The model tags "Extraordinary" as a person and cuts the post; the whole post is one title before the name."""
    doc = nlp_entities("He received Ambassador Extraordinary and Plenipotentiary of France to Armenia Lena Ott.")
    assert ents(doc, "TITLE") == ["Ambassador Extraordinary and Plenipotentiary of France to Armenia"]
    assert ents(doc, "PERSON") == ["Lena Ott"]


def test_a_hyphenated_name_set_off_after_a_post_written_with_the_is_its_holder(nlp_entities):
    """ "the Minister for Home Affairs and Immigration, Pio Naivalu-Tora, ...": a post read as a reference, its
    last words outside it, and a hyphenated surname the model missed."""
    doc = nlp_entities("He called on the Minister for Home Affairs and Immigration, Tevita Naivalu-Rokoua, in Suva.")
    assert ents(doc, "PERSON") == ["Tevita Naivalu-Rokoua"]


def test_names_listed_after_a_place_noun_and_of_are_places(nlp):
    """ "the districts of A, B and C", "the port city of A" name places; a name set off after the place is not
    a list item."""
    doc = nlp("General Ama Owusu briefed the ministers on the districts of Mocímboa da Praia, Palma and Macomia.")
    assert ents(doc, "PERSON") == ["Ama Owusu"]
    doc = nlp("He met the mayor of the port city of Pemba, Tarek Hamdani.")
    assert ents(doc, "PERSON") == ["Tarek Hamdani"]


# ner.fan_out: mentions of the analysed texts handed to every paragraph filed under them


def test_fan_out_gives_every_near_duplicate_the_canonical_mentions():
    """Paragraphs that dedup filed under one text_id all get the mentions found in its canonical text;
    a paragraph in another language gets none."""
    paragraphs = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "para_idx": [0, 0, 1, 0],
            "text_id": ["t1", "t1", "t1", "t2"],
            "cluster_id": ["k1", "k1", "k1", "k2"],
            "text": ["Talks began in 2031.", "Talks began in 2031!", "In short: talks began in 2031.", "Pregovori."],
            "is_boilerplate": [False, False, True, False],
            "language": ["en", "en", "en", "hr"],
        }
    )
    clusters = pd.DataFrame({"cluster_id": ["k1"], "canonical_text": ["Talks began in 2031."]})
    assert ner.unique_texts(paragraphs, clusters).to_dict("records") == [
        {"text_id": "t1", "text": "Talks began in 2031."}
    ]
    text_mentions = pd.DataFrame(
        [
            {"text_id": "t1", "start": 0, "end": 5, "text": "Talks", "label": "X", "sent_idx": 0, "norm": "x"},
            {"text_id": "t1", "start": 15, "end": 19, "text": "2031", "label": "DATE", "sent_idx": 0, "norm": "2031"},
        ],
        columns=ner.TEXT_MENTION_COLUMNS,
    )
    mentions = ner.fan_out(text_mentions, paragraphs)
    assert mentions[["doc_id", "para_idx", "is_boilerplate"]].drop_duplicates().values.tolist() == [
        ["a", 0, False],
        ["b", 0, False],
        ["c", 1, True],
    ]
    cols = ["start", "end", "text", "label"]
    for doc_id in ["a", "b", "c"]:
        got = mentions[mentions["doc_id"] == doc_id][cols].reset_index(drop=True)
        pd.testing.assert_frame_equal(got, text_mentions[cols])


# --- issue 13, class 8: organizations ---


def test_portfolio_words_between_a_demonym_and_a_body_are_part_of_its_name(nlp_entities):
    doc = nlp_entities("The Chief of the Chilean National Defence General Staff visited Lima.")
    bodies = {(s.text, s.id_) for s in list(doc.ents) + list(doc.spans["meetgraph"]) if s.label_ == "ORG"}
    assert ("Chilean National Defence General Staff", "Chilean National Defence General Staff") in bodies


def test_a_body_needing_its_country_inside_a_post_takes_the_posts_country_or_is_none(nlp_entities):
    doc = nlp_entities("The Supreme Commander of the Armed Forces greeted the Chilean Chief of Defence Forces.")
    bodies = {s.id_ for s in list(doc.ents) + list(doc.spans["meetgraph"]) if s.label_ == "ORG"}
    assert "Armed Forces" not in bodies
    assert "Chilean Defence Forces" in bodies


def test_an_acronym_given_for_an_agreement_is_no_body(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc('They renewed the "Maritime Supply Agreement" (MSA). The MSA takes effect in May.')
    doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "MSA"]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "ORG") == []


def test_a_newspaper_named_like_a_body_is_no_body(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("The Lakeside Herald and the Varna Times reported it.")
    doc.ents = [Span(doc, 1, 3, label="ORG"), Span(doc, 5, 7, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "ORG") == []


def test_a_body_whose_name_says_its_country_is_not_given_it_twice_and_un_bodies_are_one_name(nlp_entities):
    from pipeline.nlp.entities import org_name

    assert org_name("Office of the President of Chile", "Chile") == "Office of the President of Chile"
    assert org_name("Armed Forces", "Chile") == "Chilean Armed Forces"
    doc = nlp_entities("The UN Security Council met.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "ORG"] == [("UN Security Council", "UN Security Council")]


def test_a_model_body_beginning_with_a_demonym_is_one_body(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("The treaty needs the Chilean Senate to approve it.")
    doc.ents = [Span(doc, 4, 6, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "ORG") == ["Chilean Senate"]


def test_a_model_body_inside_a_post_is_named_but_pieces_of_the_post_are_not(nlp_entities):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc(
        "Vidal, a member of the House of Delegates, met the Assistant Secretary of Defense for Andean Affairs."
    )
    words = [t.text for t in doc]
    house, andean = words.index("House"), words.index("Defense")
    doc.ents = [Span(doc, house, house + 3, label="ORG"), Span(doc, andean, andean + 4, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    bodies = [s.text for s in doc.spans["meetgraph"]]
    assert "House of Delegates" in bodies
    assert "Defense for Andean Affairs" not in bodies


# --- the frames table (schema.FRAMES) ---------------------------------------------------------------


def _frame_row(**fields) -> dict:
    """A frame row with the fields given, the other required fields null and the optional ones left out."""
    from pipeline import schema

    required = [c.name for c in schema.FRAMES.columns if c.default is schema.REQUIRED]
    return {**dict.fromkeys(required), "text_id": "t1", "frame_idx": 0, "kind": "meeting", **fields}


def test_frames_of_an_analysed_text_match_the_declared_spec(nlp):
    import pandas as pd

    from pipeline import schema

    texts = pd.DataFrame(
        {
            "text_id": ["t1", "t2"],
            "text": [
                "General Ann Varo met his Chilean counterpart Colonel Bob Lund in Rome on Monday. They discussed demining.",
                "No meeting here.",
            ],
        }
    )
    frames = ner.analyze_texts(texts, nlp)["frames"]
    assert schema.validate(frames, schema.FRAMES) == []
    meeting = frames[frames["kind"] == "meeting"].iloc[0]
    assert len(meeting["participants"]) == 2 and all(len(span) == 2 for span in meeting["participants"])
    assert meeting["location_text"] == "Rome" and isinstance(meeting["confidence"], float)
    assert frames["sidelines"].dtype == "boolean" and not frames["sidelines"].isna().any()  # defaults filled


def test_a_frame_left_without_optional_fields_takes_their_defaults():
    frames = ner.frames_table([_frame_row(participants=[[0, 3], [8, 11]], refs=[[20, 22, "he"]])])
    row = frames.iloc[0]
    assert row["participants"] == [[0, 3], [8, 11]]
    assert row["refs"] == [{"start": 20, "end": 22, "text": "he"}]
    assert row["surnames"] == [] and row["travellers"] == [] and frames["delegation"].tolist() == [False]


@pytest.mark.parametrize(
    "fields",
    [
        {"participants": [[0, "three"]]},  # a span of words, not offsets
        {"refs": [[0, 3]]},  # a text span without its text
        {"confidence": "high"},
        {"host": [0, 3, 5]},
    ],
)
def test_a_frame_value_of_the_wrong_type_fails(fields):
    with pytest.raises((TypeError, ValueError)):
        ner.frames_table([_frame_row(**fields)])


def test_a_frame_field_or_kind_the_spec_does_not_declare_fails():
    with pytest.raises(ValueError, match="not declared"):
        ner.frames_table([_frame_row(mood="cheerful")])
    with pytest.raises(ValueError, match="FRAME_KINDS"):
        ner.frames_table([_frame_row(kind="rumour")])


def test_validate_reports_a_frames_column_of_the_wrong_type():
    from pipeline import schema

    frames = ner.frames_table([_frame_row(participants=[[0, 3]])])
    frames.loc[0, "participants"] = "0-3"
    assert any("participants" in p for p in schema.validate(frames, schema.FRAMES))
    frames = ner.frames_table([_frame_row()]).astype({"sent_idx": "float64"})
    assert any("sent_idx" in p for p in schema.validate(frames, schema.FRAMES))


# --- titles and ranks in real shapes; headline words and bylines as persons (issue 13, classes 7 and 2) ---------


@pytest.mark.parametrize(
    "text, person, title",
    [
        (
            "Admiral Ivo Brant, the chief of naval staff, met the visiting delegation.",
            "Ivo Brant",
            "chief of naval staff",
        ),
        (
            "General Lena Ott, chief of the general staff of the Ostrian People's Army.",
            "Lena Ott",
            "chief of the general staff of the Ostrian People's Army",
        ),
        (
            "Air Marshal Petr Lund, commander of the Velmoran Air Force via video link, spoke.",
            "Petr Lund",
            "commander of the Velmoran Air Force",
        ),
        (
            "Admiral Olaf Dorn, commander of the Velmoran People’s Navy (VPN) Fleet, attended.",
            "Olaf Dorn",
            "commander of the Velmoran People’s Navy (VPN) Fleet",
        ),
        ("Admiral Sara Vint, the Danish navy commander, attended.", "Sara Vint", "Danish navy commander"),
    ],
)
def test_a_post_in_lower_case_after_the_name_is_a_title(nlp_entities, text, person, title):
    doc = nlp_entities(text)
    assert person in ents(doc, "PERSON")
    assert title in ents(doc, "TITLE")


@pytest.mark.parametrize(
    "text",
    [
        "Admiral Ivo Brant, the chief, said the talks went well.",  # a bare head is no post of its own
        "Admiral Ivo Brant, the commander who led the fleet, left.",
    ],
)
def test_a_bare_head_after_the_name_is_no_title(nlp_entities, text):
    assert ents(nlp_entities(text), "TITLE") == []


def test_a_name_set_off_by_commas_after_a_post_is_a_person(nlp_entities):
    doc = nlp_entities("Velmora's Minister for Defence, Kofi Mensah Boateng, said the talks went well.")
    assert ents(doc, "PERSON") == ["Kofi Mensah Boateng"]
    doc = nlp_entities("The Minister of Defence, Velmoran Armed Forces officers and guests attended.")
    assert ents(doc, "PERSON") == []


@pytest.mark.parametrize("service", ["EP", "FAP", "PN"])
def test_a_service_acronym_between_rank_and_name_is_no_part_of_the_name(nlp_entities, service):
    # class: "General of Division EP X Y" (the rank's service, as Latin American releases write it) made the
    # acronym the name's first word, so the name matched no other mention of the person
    doc = nlp_entities(f"The visit was led by General of Division {service} Oren Babayev Kaya on Monday.")
    assert ents(doc, "PERSON") == ["Oren Babayev Kaya"]


def test_an_upper_case_family_name_after_a_rank_stays_in_the_name(nlp_entities):
    doc = nlp_entities("The visit was led by General KIM Yong-hyun on Monday.")
    assert ents(doc, "PERSON") == ["KIM Yong-hyun"]


@pytest.mark.parametrize(
    "text, rank, title",
    [
        ("Rear Admiral (lower half) Ivo Brant met the delegation.", "Rear Admiral (lower half)", None),
        ("Rear Adm (upper half) Ivo Brant met the delegation.", "Rear Adm (upper half)", None),
        ("Lieutenant Admiral Ivo Brant met the delegation.", "Lieutenant Admiral", None),
        ("Corps General Ivo Brant met the delegation.", "Corps General", None),
        ("Air Chief Marshal Ivo Brant met the delegation.", "Air Chief Marshal", None),
        (
            "Deputy Commander-in-Chief of the Velmoran Navy Ivo Brant met the delegation.",
            None,
            "Deputy Commander-in-Chief of the Velmoran Navy",
        ),
    ],
)
def test_national_rank_systems_and_deputy_posts(nlp_entities, text, rank, title):
    doc = nlp_entities(text)
    assert ents(doc, "PERSON") == ["Ivo Brant"]
    if rank:
        assert ents(doc, "RANK") == [rank]
    if title:
        assert ents(doc, "TITLE") == [title]


def _with_model_persons(nlp_entities, text, spans, verbs=()):
    """A doc as the statistical model would leave it: PERSON spans (token offsets) and the given tokens read as verbs."""
    from spacy.tokens import Span

    doc = nlp_entities.make_doc(text)
    for i, token in enumerate(doc):
        token.pos_ = "VERB" if i in verbs else "PROPN"
    doc.ents = [Span(doc, s, e, label="PERSON") for s, e in spans]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    return doc


def test_headline_words_in_title_case_are_no_person(nlp_entities):
    # "Continued Support": the parser reads "Continued" as a verb in a title-case headline
    doc = _with_model_persons(
        nlp_entities, "Velmoran Chief Hosts Ostrian Counterpart, Vows Continued Support", [(7, 9)], verbs={7}
    )
    assert ents(doc, "PERSON") == []
    # a headline verb between two names splits the model's span into two persons
    doc = _with_model_persons(nlp_entities, "Brant Meets Lena Ott In Zorgrad", [(0, 4)], verbs={1})
    assert ents(doc, "PERSON") == ["Brant", "Lena Ott"]
    # in prose the same rule never applies
    doc = _with_model_persons(
        nlp_entities, "The minister thanked Continued Support for the talks.", [(3, 5)], verbs={3}
    )
    assert ents(doc, "PERSON") == ["Continued Support"]


def test_a_title_with_its_short_form_in_brackets_stays_next_to_its_holder(nlp_entities):
    doc = nlp_entities("Chief of Army Staff (COAS) General Ivo Brant received the delegation.")
    assert ents(doc, "TITLE") == ["Chief of Army Staff (COAS)"]
    assert ents(doc, "PERSON") == ["Ivo Brant"]
    doc = nlp_entities("Commander of the Danish Navy (DN) Admiral Lena Ott received the delegation.")
    assert [(b.text, b.id_) for b in doc.spans["meetgraph"]] == [("Danish Navy (DN)", "Danish Navy")]


def test_a_post_of_a_region_keeps_the_lower_case_region_word(nlp_entities):
    # class: "Governor of the Kursk region X": the post stopped before "region"
    doc = nlp_entities("Governor of the Zorgrad region Ivo Brant visited the unit.")
    assert ents(doc, "TITLE") == ["Governor of the Zorgrad region"]
    assert ents(doc, "PERSON") == ["Ivo Brant"]


def test_a_post_naming_a_body_with_a_hyphenated_word_reaches_over_the_hyphen(nlp_entities):
    # class: the rule's capitalised run stopped at the hyphen, cutting the post and leaving its holder to the model
    doc = nlp_entities("Director of the Federal Service for Naval-Technical Supply (FSNTS) Ivo Brant received them.")
    assert ents(doc, "TITLE") == ["Director of the Federal Service for Naval-Technical Supply (FSNTS)"]
    assert ents(doc, "PERSON") == ["Ivo Brant"]
    # a second post joined by the hyphen is not part of the first's body
    doc = nlp_entities("Head of the Naval Staff-Chief of Logistics Ivo Brant received them.")
    assert ents(doc, "TITLE")[0] == "Head of the Naval Staff"


@pytest.mark.parametrize(
    "text",
    [
        "The admiral visited RNOV Al Kestrel in port.",
        "The crew of KNS Olmara sailed.",
        "The admiral toured ARC Velkara in port.",  # class: Colombian, Ecuadorian and Taiwanese prefixes
        "The crew of ROCS Lomar sailed.",
        # class: a ship noun written capitalised inside the name the model tagged ("Coast Guard Cutter X")
        "The Coast Guard Cutter Mira Koval arrived in port.",
    ],
)
def test_ships_of_more_navies_are_no_persons(nlp_entities, text):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc(text)
    start = next(i for i, t in enumerate(doc) if t.text in {"RNOV", "KNS", "ARC", "ROCS", "Cutter"})
    end = next(i for i, t in enumerate(doc) if t.i > start and not t.text[:1].isupper())
    doc.ents = [Span(doc, start, end, label="PERSON")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "PERSON") == []


def test_posts_in_lower_case_before_the_rank_joined_by_dashes(nlp_entities):
    doc = nlp_entities(
        "The first deputy defence minister – chief of the general staff of the Danish armed forces, "
        "lieutenant-general Ivo Brant, met the delegation."
    )
    assert ents(doc, "TITLE") == [
        "first deputy defence minister",
        "chief of the general staff of the Danish armed forces",
    ]
    assert ents(doc, "RANK") == ["lieutenant-general"]
    assert ents(doc, "PERSON") == ["Ivo Brant"]


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Brigadier General Ivo Brant, commander of the 3rd Infantry Division, attended.",
            "commander of the 3rd Infantry Division",
        ),
        ("Colonel Ivo Brant, the defense attaché at the embassy, attended.", "defense attaché"),
    ],
)
def test_lower_case_posts_with_numbers_or_a_place_after_them(nlp_entities, text, title):
    assert ents(nlp_entities(text), "TITLE") == [title]


def test_a_place_named_like_a_post_is_no_title(nlp_entities):
    doc = nlp_entities(
        "General Lena Ott received, at the chief of staff headquarters of the Danish army, Colonel Ivo Brant."
    )
    assert ents(doc, "TITLE") == []


def test_a_ship_whose_prefix_the_model_left_out_of_the_name_is_no_person(nlp):
    # class: "BNS Velkar Star arrived in Male": the model tagged the name without its prefix, and a prefix right
    # before the span counted only after an officer's rank ("ARA Almirante X")
    assert ents(nlp("BNS Velkar Star arrived in Male on Tuesday on a four-day goodwill visit."), "PERSON") == []


def test_an_acronym_in_a_title_case_headline_and_a_ship_noun_are_no_names(nlp_entities):
    doc = _with_model_persons(nlp_entities, "Brant Names New VDF Chief Of Staff", [(2, 4)])
    assert ents(doc, "PERSON") == []
    doc = _with_model_persons(nlp_entities, "The Velmora Navy Ship RNOV Kestrel Star docked.", [(3, 7)])
    assert ents(doc, "PERSON") == []


@pytest.mark.parametrize(
    "text", ["An analyst told Harbour Wire that talks went well.", "Zorgrad Noticias reported it."]
)
def test_a_news_outlets_name_tagged_as_a_person_is_no_person(nlp_entities, text):
    # class: an outlet in no list, tagged a person, became a meeting's counterpart ("told Harbour Wire that")
    start = next(i for i, w in enumerate(text.split()) if w in {"Harbour", "Zorgrad"})
    doc = _with_model_persons(nlp_entities, text, [(start, start + 2)], verbs={start - 1} if start else {2})
    assert ents(doc, "PERSON") == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("Senator proposes bill on coastal fishing", (1, 3)),  # a headline: a post, then its verb and object
        ("Kami mahu rundingan berjalan lancar, kata Dewi.", (2, 4)),  # a line of Malay
        ("The ship's Lieutenant (j.g.) Oren Tellis spoke.", (5, 6)),
    ],
)
def test_a_lower_case_run_tagged_as_a_person_is_no_person(nlp_entities, text, span):
    # class: a post's verb and object in a headline, a line in another language or a rank's lower-case part was a
    # person, and a lower-case "person" can join a meeting
    doc = _with_model_persons(nlp_entities, text, [span], verbs=set())
    assert all(e.text[:1].isupper() for e in doc.ents if e.label_ == "PERSON")


@pytest.mark.parametrize("body", ["Ministério da Defesa", "Ministerio de Defensa", "Ministère de la Défense"])
def test_a_ministry_named_in_another_language_is_no_person(nlp_entities, body):
    # class: a ministry's name in a page's Portuguese or Spanish header or credit line was tagged a person, and
    # the headline's "Minister of Defence" was resolved to it
    text = f"Press Office | {body}"
    doc = _with_model_persons(nlp_entities, text, [(3, len(text.split()))])
    assert ents(doc, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("BREAKING: Quake jolts Agusan del Sur; no tsunami threat", (3, 6)),
        ("A storm hit Ilocos Norte on Monday.", (3, 5)),
        ("A storm hit Ilocos Norte on Monday.", (3, 4)),  # the model's span stops before the place's last word
    ],
)
def test_a_name_ending_in_a_place_names_last_word_is_a_place(nlp_entities, text, span):
    # class: a province named the Spanish way ("X del Sur", "X Norte") in a ticker headline was a person and joined
    # a meeting told below it
    doc = _with_model_persons(nlp_entities, text, [span], verbs={2})
    assert ents(doc, "PERSON") == []


def test_the_ends_of_a_range_of_places_are_no_persons(nlp_entities):
    # class: "in coastal provinces from X to Y": two provinces the model tagged as persons became a meeting's side
    text = "Militia units serve in coastal provinces from Dao Linh to Ca Tho."
    doc = _with_model_persons(nlp_entities, text, [(7, 9), (10, 12)], verbs={2})
    assert ents(doc, "PERSON") == []
    # a person's way from one post to another is no range of places
    doc = _with_model_persons(nlp_entities, "The post went from Dao Linh to Ca Tho.", [(4, 6), (7, 9)], verbs={2})
    assert ents(doc, "PERSON") == ["Dao Linh", "Ca Tho"]


def test_a_lower_case_name_particle_keeps_its_name(nlp_entities):
    doc = _with_model_persons(nlp_entities, "Officials said al-Rimawi met them.", [(2, 5)], verbs={5})
    assert "al-Rimawi" in ents(doc, "PERSON")


def test_a_turkic_patronymic_marker_keeps_the_family_name_in_the_name(nlp):
    # class: "X Y oglu Z", "X Y qizi Z" (Azerbaijani and Uzbek names in full): the name was cut before the marker
    doc = nlp("The Border Troops were led by Lieutenant General Daud Sabirov oglu Qarniev.")
    assert ents(doc, "PERSON") == ["Daud Sabirov oglu Qarniev"]


def test_a_name_split_around_bin_and_an_honorific_is_one_name(nlp_entities):
    # class: the model read "Dato Paduka Seri Haji Orvan" and "Yuslan" apart, the name lost its father's part
    text = "Major General Dato Paduka Seri Haji Orvan bin Haji Yuslan received them."
    doc = _with_model_persons(nlp_entities, text, [(2, 7), (9, 10)], verbs={10})
    (person,) = [e for e in doc.ents if e.label_ == "PERSON"]
    assert person.text.endswith("Orvan bin Haji Yuslan")
    assert strip_honorifics(person.text) == "Orvan bin Haji Yuslan"


def test_a_generational_suffix_is_no_headline_acronym(nlp_entities):
    # every word of four or more letters is capitalised, so the sentence looks like a title-case headline;
    # "III" and "Jr" end the name, they are no acronym that would make it headline words
    text = "Defense Secretary Orwin T. Halvey III met Navy Secretary Brom Castel Jr at the Kelvar Base on Monday."
    doc = _with_model_persons(nlp_entities, text, [(2, 6), (9, 12)])
    assert ents(doc, "PERSON") == ["Orwin T. Halvey III", "Brom Castel Jr"]
    doc = _with_model_persons(nlp_entities, "Brant Names New VDF Chief Of Staff", [(2, 4)])
    assert ents(doc, "PERSON") == []  # a real acronym still is


def test_a_post_before_a_rank_keeps_its_last_word(nlp_entities):
    doc = nlp_entities(
        "The rest are Chief of Staff Major General Ivo Brant and Chief of Defence Staff Brigadier Lena Ott."
    )
    assert ents(doc, "TITLE") == ["Chief of Staff", "Chief of Defence Staff"]
    assert ents(doc, "RANK") == ["Major General", "Brigadier"]


def test_a_vice_minister_with_a_portfolio_tail(nlp_entities):
    doc = nlp_entities("Japan's Vice-Minister of Defense for International Affairs Ivo Brant arrived.")
    assert ents(doc, "TITLE") == ["Vice-Minister of Defense for International Affairs"]
    assert ents(doc, "PERSON") == ["Ivo Brant"]


def test_an_operation_name_and_a_post_word_are_no_persons(nlp_entities):
    doc = _with_model_persons(
        nlp_entities, "Troops of Operation Kestrel Shield cleared the road, said Colonel Ivo Brant.", [(2, 5)]
    )
    assert ents(doc, "PERSON") == ["Ivo Brant"]
    doc = _with_model_persons(nlp_entities, "General Ivo Brant, Chairman Joint Chiefs, arrived.", [(6, 7)])
    assert ents(doc, "PERSON") == ["Ivo Brant"]


# --- issue 13, persons of any origin and only persons ---


def test_a_family_name_written_first_before_a_hyphenated_given_name(nlp):
    doc = nlp("Ostrian Defence Minister Park Sung-ho met the visiting delegation in the capital.")
    assert "Park Sung-ho" in ents(doc, "PERSON")


def test_a_name_after_a_countrys_possessive_the_model_left_untagged(nlp):
    doc = nlp("Defence Minister Amir Tolani met Singapore's Ng Eng Kwan in Jakarta.")
    assert "Ng Eng Kwan" in ents(doc, "PERSON")
    doc = nlp("Japan's Self-Defense Forces and Israel's Iron Dome were mentioned.")
    assert ents(doc, "PERSON") == []


def test_an_initial_written_onto_the_name(nlp_entities):
    doc = nlp_entities("Minister of Defense of Mongolia G.Batzorig received the guests.")
    assert ents(doc, "PERSON") == ["G.Batzorig"]


def test_a_name_alone_in_its_paragraph_is_a_byline(nlp):
    assert ents(nlp("Tomas Verhoeven"), "PERSON") == []
    assert ents(nlp("Siti Aminah Rahmat"), "PERSON") == []
    assert ents(nlp("VNA Photo Tran Duc Minh"), "PERSON") == []


def test_a_name_before_a_place_noun_is_the_places(nlp):
    doc = nlp("The talks were held at the Nelson Okafor Square near the Sheikh Rashid Grand Mosque.")
    assert ents(doc, "PERSON") == []


def test_a_lower_case_post_to_a_country_before_a_name(nlp):
    doc = nlp("Ostria's ambassador to Nepal Rohan Verma met the army chief.")
    assert "Rohan Verma" in ents(doc, "PERSON")
    assert "ambassador to Nepal" in ents(doc, "TITLE")
    doc = nlp("Australia's ambassador to Indonesia, Jane Corbett, called on the navy chief.")
    assert "Jane Corbett" in ents(doc, "PERSON")
    assert "ambassador to Indonesia" in ents(doc, "TITLE")


def test_credit_cues_of_other_shapes(nlp):
    doc = nlp("Reported by Lina Haddad; posted by Omar Saleh. Story by Hana Kim. Contributed by Maya Singh.")
    assert ents(doc, "PERSON") == []
    # class: a caption's "/Photo provided by X" (the slash written onto the cue) credited the photographer as a
    # person of the story
    doc = nlp(
        "Admiral Karl Hesse (R) shakes hands with Ivo Brant in Lomar, March 19, 2031. /Photo provided by Teodor Velk"
    )
    assert ents(doc, "PERSON") == ["Karl Hesse", "Ivo Brant"]


def test_an_interviews_credit_and_a_plural_staff_are_no_persons(nlp):
    # classes: "- Interview by X" closing a page made its journalist a person; "the next Meeting of General Staffs"
    # made "Staffs" a general's name
    assert ents(nlp("– Interview by Nila Basnet"), "PERSON") == []
    assert ents(nlp("The interview was conducted for the paper. Interviewed by Oren Saleh."), "PERSON") == []
    assert ents(nlp("They set the programme of the next Meeting of General Staffs of both armies."), "PERSON") == []


def test_a_place_or_doctrine_named_after_a_person_ends_the_name(nlp):
    doc = nlp("The delegation visited the King Faisal Air Base and studied President Lin Wei Thought.")
    assert "Lin Wei" in ents(doc, "PERSON")
    assert all("Faisal" not in p and "Thought" not in p for p in ents(doc, "PERSON"))


def test_bylines_with_a_rank_or_an_outlet_and_author_notes_are_no_persons(nlp):
    assert ents(nlp("By Lt Gen (retd) Tariq Saleem"), "PERSON") == []
    assert ents(nlp("Jane Corbett, Probe Wire"), "PERSON") == []
    assert ents(nlp("(The author, Tariq Saleem, is a retired army officer.)"), "PERSON") == []
    assert ents(nlp("EDITOR'S NOTE: Maria Lopes is a senior fellow."), "PERSON") == []
    # a name with its post after a comma is a caption's person, not a sign-off
    assert "Pablo Tolani" in ents(nlp("Pablo Tolani, Chilean Defence Minister"), "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "General Ivo Brant said Hai Duong and Thai Binh provinces would send troops.",
        "General Ivo Brant said Velmor Dock and Ostra Shipbuilders would build the ships.",
        "General Ivo Brant toured Zayed Port on Monday.",
    ],
)
def test_provinces_yards_and_ports_named_like_people_are_no_persons(nlp, text):
    """Issue 13, class 2: a name before a plural place noun or ending in a yard's or port's head word."""
    assert ents(nlp(text), "PERSON") == ["Ivo Brant"]


@pytest.mark.parametrize(
    "text, date_end, kept",
    [
        # the model's DATE run over the comma into a surname (issue 13, class 3): the day only
        ("On Tuesday , Vargo held talks .", 4, "Tuesday"),
        # a month, a weekday or a number after the comma is still the date
        ("On Tuesday , March 12 he met Lund .", 5, "Tuesday , March 12"),
        ("On Tuesday , 12 March he met Lund .", 5, "Tuesday , 12 March"),
    ],
)
def test_a_model_date_is_cut_at_a_comma_before_a_name(nlp_blank, text, date_end, kept):
    doc = Doc(nlp_blank.vocab, words=text.split())
    assert _date_cut_at_comma(Span(doc, 1, date_end, label="DATE")).text == kept


# --- issue 13, persons: names of many origins as outlets print them ---


def test_a_lower_case_part_of_a_hyphenated_given_name_after_a_rank_belongs_to_the_name(nlp_entities):
    doc = nlp_entities("Gen. Park Jin-woo met Col. Okoro-led troops and Adm. Lee Sang-hoon in the capital.")
    assert ents(doc, "PERSON") == ["Park Jin-woo", "Okoro", "Lee Sang-hoon"]


def test_an_honorific_the_model_cut_in_two_stays_out_of_the_name(nlp_entities):
    from spacy.tokens import Span

    from pipeline.nlp.entities import strip_honorifics

    doc = nlp_entities.make_doc("Defence Minister Dato' Seri Azman Rosli met the envoy.")
    doc.ents = [Span(doc, 4, 7, label="PERSON")]  # the model's "Seri Azman Rosli"
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Azman Rosli"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Defence Secretary Shri Arun Mehta met the envoy.", "Arun Mehta"),
        ("Smt. Kavita Rao chaired the meeting.", "Kavita Rao"),
        ("Admiral TNI Bima Santoso received the delegation.", "Bima Santoso"),
    ],
)
def test_indian_forms_of_address_and_the_indonesian_forces_mark_are_not_part_of_the_name(nlp_entities, text, name):
    from pipeline.nlp.entities import strip_honorifics

    assert [strip_honorifics(p) for p in ents(nlp_entities(text), "PERSON")] == [name]


def test_a_minister_delegate_is_one_post_before_the_name(nlp_entities):
    doc = nlp_entities("Minister Delegate for Defence Ousmane Traore met Minister-Delegate Aline Dupuis-Roche.")
    assert ents(doc, "TITLE") == ["Minister Delegate for Defence", "Minister-Delegate"]
    assert ents(doc, "PERSON") == ["Ousmane Traore", "Aline Dupuis-Roche"]


def test_a_monarchs_title_after_a_rank_or_before_a_hyphen_is_a_given_name(nlp_entities):
    doc = nlp_entities("Major General Sultan Abenov met Dr. Amir-Reza Tavakoli. Sultan Tariq received Emir Hamad.")
    assert ents(doc, "PERSON")[:2] == ["Sultan Abenov", "Dr. Amir-Reza Tavakoli"]
    assert ents(doc, "TITLE") == ["Sultan", "Emir"]


def test_an_abbreviated_rank_or_form_of_address_ends_no_sentence(nlp_entities):
    doc = nlp_entities("Minister of Defence Alh. Musa Bello met Brig. Ade Okon and Hon. Grace Wanjiru in Abuja.")
    assert len(list(doc.sents)) == 1
    assert ents(doc, "TITLE") == ["Minister of Defence"]
    assert ents(doc, "PERSON") == ["Alh. Musa Bello", "Ade Okon", "Hon. Grace Wanjiru"]
    assert ents(doc, "RANK") == ["Brig."]


def test_a_retired_ranks_bracketed_abbreviation_ends_no_sentence(nlp_entities):
    # class: "Air Vice Marshal (Retd.) X" ended the sentence at "Retd.", so X was parted from the verb that met him
    doc = nlp_entities("Envoy Lena Ott called on Air Vice Marshal (Retd.) Ravi Perera Gunaratne at the ministry.")
    assert len(list(doc.sents)) == 1
    assert ents(doc, "PERSON") == ["Lena Ott", "Ravi Perera Gunaratne"]


def test_a_service_acronym_before_a_retired_mark_stays_in_the_rank(nlp_entities):
    # class: "Lieutenant General TNI (Ret.) X": the service's acronym between the rank and the bracketed mark left
    # the mark and the acronym as bodies, and the name after them was lost
    doc = nlp_entities("The minister, Lieutenant General TNI (Ret.) Ivo Brant Kalem, received the guests.")
    assert ents(doc, "RANK") == ["Lieutenant General TNI (Ret.)"]
    assert ents(doc, "PERSON") == ["Ivo Brant Kalem"]
    assert ents(doc, "ORG") == []


def test_an_abbreviated_honorific_ends_no_sentence(nlp_entities):
    # class: "called on the Minister of State Smt. X at ...": the stop of "Smt." ended the sentence, so the call-on
    # had nobody called on
    doc = nlp_entities("Envoy Lena Ott called on the Minister of State Smt. Leela Ferlund at the ministry.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "post",
    [
        "Ambassador to Sri Lanka",
        "Ambassador of South Korea to Sri Lanka",
        "Ambassador to the United States",
        "Ambassador of the Philippines to the United Kingdom",
    ],
)
def test_a_post_to_a_country_of_two_words_ends_before_the_holders_name(nlp_entities, post):
    # class: "Ambassador to Sri Lanka X Y": the open-ended post ran on over its holder's name when the country has
    # two words, so the envoy was nobody; and so it did when "the" came before the country ("to the United States")
    doc = nlp_entities(f"The {post} Hiroto Sakai met the minister.")
    assert ents(doc, "TITLE") == [post]
    assert ents(doc, "PERSON") == ["Hiroto Sakai"]


@pytest.mark.parametrize(
    "post", ["Commander of the Velkaria People's Navy", "Deputy Commander of the US Indo-Pacific Command"]
)
def test_a_body_named_after_the_country_goes_on_in_the_post(nlp, post):
    # (the country after "of the" ends the post only where no body's name goes on after it)
    doc = nlp(f"Yesterday {post} Dario Kell met the minister.")
    assert ents(doc, "TITLE") == [post]
    assert ents(doc, "PERSON") == ["Dario Kell"]


@pytest.mark.parametrize("label", ["GPE", "LOC"])  # class: a name the model read as a LOC was no person either
def test_a_name_after_a_countrys_possessive_is_a_person_even_where_the_model_read_a_place_in_it(nlp_entities, label):
    from spacy.tokens import Span

    doc = nlp_entities.make_doc("Myanmar's Kyaw Htet Aung met Cambodia's Sok Vanna Vong in Phnom Penh.")
    for token in doc:
        token.pos_ = "PROPN" if token.text[:1].isupper() else "VERB"
    doc.ents = [Span(doc, 4, 5, label=label), Span(doc, 11, 13, label="GPE")]  # "Aung"; the city
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "PERSON") == ["Kyaw Htet Aung", "Sok Vanna Vong"]


def test_a_name_after_a_rank_counts_words_not_the_hyphens_inside_them(nlp_entities):
    doc = nlp_entities("General Rafiq-Uz-Salam Khan met Brigadier Abu Bakr Siddique Al-Mamun Chowdhury.")
    assert ents(doc, "PERSON") == ["Rafiq-Uz-Salam Khan", "Abu Bakr Siddique Al-Mamun Chowdhury"]


def test_the_hindi_name_of_the_defence_ministers_post_is_a_title(nlp_entities):
    doc = nlp_entities("Raksha Mantri Vivek Rao met Raksha Rajya Mantri Shri Arun Mehta in New Delhi.")
    assert ents(doc, "TITLE") == ["Raksha Mantri", "Raksha Rajya Mantri"]
    assert ents(doc, "PERSON") == ["Vivek Rao", "Shri Arun Mehta"]


def test_lao_is_a_demonym_before_a_post_or_body_but_not_in_a_name(nlp_entities):
    # "Lao" is also a name, so it is tagged only right before a rank, title or body (issue 13, class 11)
    doc = nlp_entities("The Lao Deputy Minister of National Defence met Lao Tian and the Lao Army delegation.")
    norps = [(e.text, e.id_) for e in doc.ents if e.label_ == "NORP"]
    assert norps == [("Lao", "Laos")]
    assert "Lao Tian" not in {e.text for e in doc.ents if e.label_ in {"NORP", "GPE"}}
    assert any(e.label_ == "ORG" and e.text.startswith("Lao Army") for e in doc.ents)


@pytest.mark.parametrize(
    ("text", "refs", "titles"),
    [
        (
            "The minister received the Chief of Staff of the Ostrian Army, who is on a visit to Zorgrad.",
            ["The minister", "the Chief of Staff of the Ostrian Army"],
            [],
        ),
        (
            "The president was joined at the talks by the Minister of Defence, General Ruben Oska, and aides.",
            ["The president"],
            ["Minister of Defence"],
        ),
        (
            "He called on Teodor Vale, who is also the Chairman of the Joint Chiefs of Staff, on Monday.",
            [],
            ["Chairman of the Joint Chiefs of Staff"],
        ),
    ],
)
def test_a_post_after_the_and_before_a_comma_is_a_reference_unless_a_name_follows_or_it_is_said_of_someone(
    nlp_entities, text, refs, titles
):
    """ "received the Chief of Staff of X, who ...": a participant told by post alone; "the Minister of Defence,
    General X" is X's post, and so is the post "X, who is also the Chairman of Y" holds."""
    doc = nlp_entities(text)
    assert ents(doc, "REF") == refs
    assert ents(doc, "TITLE") == titles


def test_a_four_word_name_the_title_ran_into_is_cut_off_the_title(nlp_entities):
    """ "Minister of National Defence Juan Pablo Berrocal Ruiz": given names and two family names are the holder's."""
    doc = nlp_entities("Ostria's Minister of National Defence Juan Pablo Berrocal Ruiz held a video call on Monday.")
    assert ents(doc, "TITLE") == ["Minister of National Defence"]
    assert ents(doc, "PERSON") == ["Juan Pablo Berrocal Ruiz"]


def test_a_post_under_an_office_is_one_title_with_its_holder_after_it(nlp_entities):
    """Class: "Secretary of the Security Council under the President of X, <name>": two posts joined by "under"
    are one, so the name after them holds the whole post, not the office's."""
    doc = nlp_entities(
        "The minister was received by Secretary of the Security Council under the President of the Republic of "
        "Kazakhstan Omar Tessel."
    )
    assert ents(doc, "TITLE") == ["Secretary of the Security Council under the President of the Republic of Kazakhstan"]
    assert ents(doc, "PERSON") == ["Omar Tessel"]


@pytest.mark.parametrize(
    "college", ["Army War College", "National War College", "Army Staff College", "Defence University War Colleges"]
)
def test_a_college_named_after_a_service_ends_the_title_not_a_name(nlp_entities, college):
    """ "Commandant of the Army War College": the words after the body's first head run on to another head, so they
    are the body's, not the holder's name."""
    doc = nlp_entities(f"The Commandant of the {college}, Major General Ivo Brant, welcomed the guests.")
    assert ents(doc, "TITLE") == [f"Commandant of the {college}"]
    assert ents(doc, "PERSON") == ["Ivo Brant"]


@pytest.mark.parametrize("area", ["Coast Guard Atlantic Area", "Navy Northern Region", "Army Eastern District"])
def test_a_command_area_after_a_body_ends_the_title_not_a_name(nlp_entities, area):
    """ "Commander of the Coast Guard Atlantic Area, Vice Admiral X": the capitalised words after the body's head run
    on to an area's head word, so the title goes on to it and the holder keeps it."""
    doc = nlp_entities(
        f"The minister received the Commander of the Velkarian {area}, Vice Admiral Karl Hesse, on Monday."
    )
    assert ents(doc, "TITLE") == [f"Commander of the Velkarian {area}"]
    assert ents(doc, "PERSON") == ["Karl Hesse"]


@pytest.mark.parametrize("body", ["Velkaria Press", "Kremlin Press"])
def test_a_post_head_on_both_sides_of_a_body_is_one_title(nlp, body):
    """ "Chief Kremlin Press Secretary X": the body the model read ("Kremlin Press") has a post head before and after
    it; the title runs over both, not "Chief Kremlin Press" with a second title "Secretary" left to no one."""
    doc = nlp(f"Attributed to Chief {body} Secretary Karl Hesse:")
    assert ents(doc, "TITLE") == [f"Chief {body} Secretary"]
    assert ents(doc, "PERSON") == ["Karl Hesse"]


@pytest.mark.parametrize("rank", ["vice admiral", "rear admiral", "lieutenant general", "air marshal"])
def test_a_lowercase_compound_rank_after_the_and_a_demonym_is_a_reference(nlp_entities, rank):
    doc = nlp_entities(f"On Monday, the Ostrian {rank} and his delegation called on the minister.")
    assert ents(doc, "REF")[0] == f"the Ostrian {rank}"


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        ("The official visit of the minister begins on Monday.", ["the minister"]),
        ("The minister thanked the host country for the talks.", ["The minister"]),
        ("The official said the talks went well.", ["The official"]),
    ],
)
def test_a_reference_head_that_modifies_the_noun_after_it_names_no_one(nlp, text, refs):
    """ "the official visit", "the host country" (read with the tagger: a noun follows)."""
    assert ents(nlp(text), "REF") == refs


@pytest.mark.parametrize("post", ["deputy minister", "vice chief", "assistant secretary"])
def test_a_lowercase_deputy_post_after_the_and_a_demonym_is_a_reference(nlp_entities, post):
    doc = nlp_entities(f"On the second day the Ostrian {post} met the chief of staff.")
    assert ents(doc, "REF")[0] == f"the Ostrian {post}"


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # class: a name quoted after an institution's head word is its eponym, not a person of the article
        (
            'The guests were received by the Director of the Naval Academy "Almirante Ciro Balmaceda", Rear Admiral '
            "Marisol Ochoa.",
            ["Marisol Ochoa"],
        ),
        ('Cadets of the Military School "General Teodulo Arraiz" paraded on Monday.', []),
        # a quoted name that no institution word comes before is still a person's
        ('"General Teodulo Arraiz" was the answer the minister gave.', ["Teodulo Arraiz"]),
    ],
)
def test_a_quoted_name_after_an_institution_word_names_the_institution(nlp_entities, text, persons):
    assert ents(nlp_entities(text), "PERSON") == persons


@pytest.mark.parametrize(
    "text",
    [
        # class: a name with "St." inside it (St. Clair, St. Aubyn) was cut at the stop, or split in two persons
        "He paid a courtesy call on the Chief of Defence Staff, Lieutenant General Dwight St. Clair Hamlin, on Tuesday.",
        "Colonel Dwight St. Clair Hamlin met the visiting commander on Tuesday.",
    ],
)
def test_a_name_with_saint_inside_is_one_person(nlp, text):
    """The model cuts such a name at the stop (the pattern-only pipeline's sentencizer would end the sentence)."""
    assert ents(nlp(text), "PERSON") == ["Dwight St. Clair Hamlin"]


def test_letters_after_a_name_are_no_part_of_it(nlp):
    """ "The Defence Secretary, X MP, hosted ... the Hon Y MP": a seat or honour after a name is not the name (class)."""
    doc = nlp("The Defence Secretary, Ivo Brant MP, hosted Ostria's Minister for Defence, the Hon Kora Lenz MP, today.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Ivo Brant", "Kora Lenz"]


def test_a_given_name_with_an_initial_for_a_surname_is_a_comment_signature(nlp_entities):
    """ "Carla M.: Peace is better than war." in a comment section: no person of the article (class); a name with a
    middle initial or an initial first stays one."""
    doc = _with_model_persons(nlp_entities, "Carla M.: Peace is better than war.", [(0, 2)])
    assert ents(doc, "PERSON") == []
    doc = _with_model_persons(nlp_entities, "Carla M. Vex said peace is better than war.", [(0, 3)])
    assert ents(doc, "PERSON") == ["Carla M. Vex"]


def test_a_commission_ending_a_post_is_no_given_name(nlp):
    """ "Meeting with Director of the Office of the Central Foreign Affairs Commission X": the body word the post
    ends in is not the start of X's name (class)."""
    doc = nlp(
        "Ivo Brant's Meeting with Ostrian Director of the Office of the Central Foreign Affairs Commission Tsao Lenz"
    )
    assert "Tsao Lenz" in ents(doc, "PERSON")
    assert not any("Commission" in p for p in ents(doc, "PERSON"))


def test_a_title_that_is_also_a_given_name_inside_a_name_is_part_of_it(nlp):
    """ "Lieutenant General Tarek Amir Kader Vestry": "Amir" (a ruler's title, and a given name) between two parts
    of a name split the person in two (class)."""
    doc = nlp(
        "Earlier, Brant met with the Chief of Staff of the Ostrian Army, Lieutenant General Tarek Amir Kader "
        "Vestry, at the Ministry of Defence."
    )
    assert "Tarek Amir Kader Vestry" in ents(doc, "PERSON")


@pytest.mark.parametrize(
    "chrome", ["SHARE: Facebook Twitter Email Viber", "Join Newswire on Telegram", "Brant, Lenz Hold Phone Call"]
)
def test_share_and_channel_words_name_no_person(nlp_entities, chrome):
    """Share buttons and channel promos ("Email Viber", "Join Newswire") are no person (class)."""
    words = chrome.split()
    doc = _with_model_persons(nlp_entities, chrome, [(0, 2)] if "Join" in chrome else [(len(words) - 2, len(words))])
    assert not any(w in p for p in ents(doc, "PERSON") for w in ("Email", "Viber", "Join", "Phone", "Call"))


def test_one_word_before_a_seat_is_a_body_not_a_person(nlp):
    """Real model: "expected to visit Naval Headquarters": the model's PERSON "Naval" before a body's seat is that
    body (it was made a person and a side of a planned meeting, class); the admiral stays a person."""
    doc = nlp(
        "Admiral Kalem, who arrived in Ostria on Sunday, is also expected to visit Naval Headquarters in Kestrel City "
        "and the shipyard during his stay, officials said."
    )
    assert ents(doc, "PERSON") == ["Kalem"]


@pytest.mark.parametrize(
    "text",
    [
        # class: a title run on over its holder's name into the next post ("... X and Minister for Y")
        "On October 22, 2031, Minister of Defense Daiki Moritaka and Minister for Foreign Affairs Yuna Hasekawa of "
        "Velmora held consultations in Zorgrad.",
        # class: a title run on over its holder's name into "of <country>"
        "On October 22, 2031, Minister of Defense Ivo Brevik and Minister for Foreign Affairs Ana Lind of Japan "
        "held consultations in Tokyo.",
        # class: a title run on over its holder's name into the next holder's country ("... X and Norway's Y")
        "Estonia's Minister of Defense Kell Lund Brant and Portugal's Minister for Foreign Affairs Anna Velkari met "
        "in Zorgrad on Monday.",
    ],
)
def test_a_title_ends_before_its_holders_name_when_another_post_or_the_country_follows(nlp, text):
    doc = nlp(text)
    assert ents(doc, "TITLE") == ["Minister of Defense", "Minister for Foreign Affairs"]
    assert len(ents(doc, "PERSON")) == 2


def test_syed_is_part_of_a_south_asian_name_not_an_honorific(nlp):
    # class: "Syed" opens many Pakistani and Indian names (the fullest form in the text keeps it); read as an
    # honorific it was cut off, and "Kamil Zardan" no longer matched the name a reader writes
    doc = nlp("Foreign Minister Syed Kamil Zardan met General Ivo Brant in Zorgrad.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Syed Kamil Zardan", "Ivo Brant"]
    assert strip_honorifics("Sayyid Tamer bin Khalfan") == "Tamer bin Khalfan"  # the Gulf's form of address stays one


def test_a_monarchs_title_word_before_a_name_particle_is_a_given_name(nlp):
    # class: "Prince Sultan bin X": "Sultan" was read as a monarch's title and cut off the name
    doc = nlp("When Prince Sultan bin Tamer Al Khalfan received General Teodor Velk in Zorgrad, they spoke of trade.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Sultan bin Tamer Al Khalfan", "Teodor Velk"]


@pytest.mark.parametrize(
    "text, person",
    [
        # class: "Ma." (Maria) ended the sentence inside the name, and the name at it
        (
            "Vice Adm. Pablo Ma. Velaroza, on Tuesday welcomed Vice Adm. Teodor Pruvit aboard the ship.",
            "Pablo Ma. Velaroza",
        ),
        # class: "Md." (Muhammad) made the name a body's
        ("Brigadier General Md. Shahriar Tonmoy met General Teodor Pruvit in Zorgrad.", "Md. Shahriar Tonmoy"),
    ],
)
def test_a_given_name_abbreviated_with_a_stop_is_part_of_the_name(nlp, text, person):
    doc = nlp(text)
    assert ents(doc, "PERSON") == [person, "Teodor Pruvit"]
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text, title, rank, person",
    [
        # class: "Production" was no portfolio word, so the title's tail ran into the holder's name
        (
            "Ostria's Federal Minister for Defence Production Sandor Lukan Javid met General Teodor Velk.",
            "Minister for Defence Production",
            "General",
            "Sandor Lukan Javid",
        ),
        # class: the translated French rank "General of Army Corps" (Général de corps d'armée)
        (
            "He received the Chief of Defence Staff, General of Army Corps Idriss Lukan, who is on a visit.",
            "Chief of Defence Staff",
            "General of Army Corps",
            "Idriss Lukan",
        ),
    ],
)
def test_a_production_portfolio_and_a_translated_corps_rank(nlp, text, title, rank, person):
    doc = nlp(text)
    assert ents(doc, "TITLE")[0] == title
    assert ents(doc, "RANK")[0] == rank
    assert ents(doc, "PERSON")[0] == person


def test_the_outlets_own_reporter_is_no_person(nlp):
    # class: "Our Europe correspondent X reports from the venue:" made a person, later taken for a counterpart
    doc = nlp("Our Europe correspondent Helga Brandvik reports from the summit venue.")
    assert ents(doc, "PERSON") == []
    doc = nlp("Our correspondent spoke to Helga Brandvik, the spokeswoman, at the venue.")
    assert ents(doc, "PERSON") == ["Helga Brandvik"]


@pytest.mark.parametrize(
    "text, title, person",
    [
        # class: the model's person began at a portfolio word ("Policy X Y"), so the title stopped before it
        (
            "Deputy Minister for National Defense Policy Seo Min-ho hosted the talks in Seoul.",
            "Deputy Minister for National Defense Policy",
            "Seo Min-ho",
        ),
        # class: a body's head word began the model's person ("Bureau X Y")
        (
            "He met Japan's Director General of the Defense Policy Bureau Hiroki Onomura in Tokyo.",
            "Director General of the Defense Policy",
            "Hiroki Onomura",
        ),
        # class: "Program" ran the title into a person, and the name after the bracketed acronym was lost
        (
            "Minister of the Defense Acquisition Program Administration (DAPA) Seo Min-ho met Pawel Zalecki.",
            "Minister of the Defense Acquisition Program Administration (DAPA)",
            "Seo Min-ho",
        ),
    ],
)
def test_a_portfolio_or_body_word_opening_the_models_person_stays_in_the_title(nlp, text, title, person):
    doc = nlp(text)
    assert ents(doc, "TITLE")[0].startswith(title)  # "... Defense Policy", or with its "Bureau"
    assert ents(doc, "PERSON")[0] == person


def test_mexican_air_force_ranks_and_the_spanish_abbreviation_of_general(nlp):
    # class: "Gral. de Ala Piloto Aviador X" made the pilot qualifier part of the name, and the attendee was lost
    doc = nlp(
        "The meeting was also attended by the Commander of the Air Force, Gral. de Ala Piloto Aviador Ivo Velkor."
    )
    assert ents(doc, "RANK") == ["Gral. de Ala Piloto Aviador"]
    assert ents(doc, "PERSON") == ["Ivo Velkor"]


def test_a_name_running_into_a_body_name_names_the_body(nlp):
    # class: "Director General of the King X II Design and Development Bureau": the eponym became a person (and a
    # participant of the talks its director held)
    doc = nlp("He met the Director General of Jordan's King Tamer II Design and Development Bureau on the same day.")
    assert ents(doc, "PERSON") == []
    doc = nlp("Defence Minister Ivo Brant and Army Chief Teodor Velk met the press.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Teodor Velk"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Deputy Secretary of State for Management and Resources Dario Kell met General Teodor Velk in Zorgrad.",
            "Deputy Secretary of State for Management and Resources",
        ),
        (
            "Under Secretary for Arms Control and International Security Dario Kell met General Teodor Velk.",
            "Under Secretary for Arms Control and International Security",
        ),
        # class: the model read the joined portfolio into the holder's name ("Immigration X Y" a person)
        (
            "General Teodor Velk also met Minister for Home Affairs and Immigration Dario Kell at his office.",
            "Minister for Home Affairs and Immigration",
        ),
        # class: "... of A and the B X Y": the second portfolio after "and the" was no part of the post, and the model
        # read "the B X Y" as one person or body
        (
            "Minister of Foreign Affairs and the Diaspora Dario Kell received General Teodor Velk in Zorgrad.",
            "Minister of Foreign Affairs and the Diaspora",
        ),
        (
            "Minister of Foreign Affairs and the National Community Abroad Dario Kell met General Teodor Velk.",
            "Minister of Foreign Affairs and the National Community Abroad",
        ),
    ],
)
def test_a_portfolio_joined_by_and_is_part_of_the_title_not_of_the_name(nlp, text, title):
    # class: "... for A and B X Y": the title stopped before "and", and the model read "B X Y" as a body, so the
    # holder was no person at all
    doc = nlp(text)
    assert ents(doc, "TITLE") == [title]
    assert sorted(ents(doc, "PERSON")) == ["Dario Kell", "Teodor Velk"]


def test_a_title_case_headlines_post_ends_before_the_meeting_word_and_with(nlp):
    # class: "Readout of Secretary of Defense Meeting With Velkarian Minister of Defense X": the open-ended post ran
    # on over "Meeting With" into the other side's post
    doc = nlp("Readout of Secretary of Defense Meeting With Velkarian Minister of Defense Dario Kell")
    assert ents(doc, "TITLE") == ["Secretary of Defense", "Minister of Defense"]
    assert ents(doc, "PERSON") == ["Dario Kell"]
    # and "Deputy Secretary of Defense X Y Welcomes Velkarian ...": over the holder's name and the headline's verb
    doc = nlp("Deputy Secretary of Defense Helen Lomar Welcomes Velkarian Deputy Prime Minister Dario Kell to Zorgrad")
    assert ents(doc, "TITLE") == ["Deputy Secretary of Defense", "Deputy Prime Minister"]
    assert ents(doc, "PERSON") == ["Helen Lomar", "Dario Kell"]


def test_a_blocs_member_states_in_a_headline_are_no_person(nlp):
    # class: "Velm Secretary General receives Partner States liaison officers": the bloc's word for its members, in
    # title case, was read as a person
    assert ents(nlp("Velm Secretary General receives Partner States liaison officers"), "PERSON") == []


def test_a_participle_inside_a_bodys_name_is_no_person(nlp):
    # class: "the Commander of the Velkarian Forces Stationed in Zorgrad": the model read "Stationed" as a person
    doc = nlp(
        "The Minister of Defence, Ivo Brant, received on Wednesday the new Commander of the Velkarian Forces Stationed "
        "in Zorgrad (VFZ), General Karl Hesse, who paid him a courtesy call."
    )
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse"]


def test_a_holders_name_with_an_initial_and_a_suffix_is_cut_off_the_title(nlp):
    # class: "Secretary of National Defense X C. Y Jr.": the suffix ended no name run, so the whole name stayed in
    # the title and the holder was no person
    doc = nlp("Secretary of Defense Dario Kell welcomed Secretary of National Defense Ramon C. Aldaba Jr. at noon.")
    assert ents(doc, "TITLE") == ["Secretary of Defense", "Secretary of National Defense"]
    assert [p.removesuffix(" Jr.") for p in ents(doc, "PERSON")] == ["Dario Kell", "Ramon C. Aldaba"]


def test_name_particles_do_not_count_towards_a_names_length(nlp_entities):
    # class: "Admiral A B De La C D": a name the model missed, read after a rank, was cut at five words, particles
    # included, so a Spanish double surname lost its last word and matched no one
    doc = nlp_entities("Minister Ivo Brant received Admiral Ramon Mateo De La Fuente Echeverria at the headquarters.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Ramon Mateo De La Fuente Echeverria"]


@pytest.mark.parametrize(
    "text",
    [
        "He is also due to meet Defence Minister Ivo Brant and Opposition Leader Orhun Arslan during his visit.",
        "He is also due to meet Defence Minister Ivo Brant and the Leader of the Opposition Orhun Arslan on Monday.",
        # a parliament's minority or majority leader (the word "Leader" was read into the name)
        "He is also due to meet Defence Minister Ivo Brant and Minority Leader Orhun Arslan during his visit.",
    ],
)
def test_the_leader_of_the_opposition_is_a_title(nlp, text):
    # class: "Opposition Leader X Y" was read as one name, "Leader of the Opposition X Y" as one title
    doc = nlp(text)
    assert ents(doc, "PERSON") == ["Ivo Brant", "Orhun Arslan"]
    assert ents(doc, "TITLE")[-1] in ("Opposition Leader", "Leader of the Opposition", "Minority Leader")


def test_a_name_word_with_an_apostrophe_inside_is_a_name_word(nlp):
    # class: "Losi Sefo Ma'afu": a Pacific or Irish name word with a straight apostrophe inside was no capitalised
    # word, so a name the model cut before it was not read on and lost its surname
    doc = nlp("Prime Minister Losi Sefo Ma'afu received the commander in Apia yesterday.")
    assert ents(doc, "PERSON") == ["Losi Sefo Ma'afu"]


def test_a_holders_name_after_the_body_of_the_post_is_a_person(nlp_entities):
    # class: "Secretary General of the Collective Security Treaty Organization X Y": a name the model missed after the
    # body the post is of was no person (names were read on only after a rank, title or honorific)
    doc = nlp_entities(
        "Defense Minister Ivo Brant met with Secretary General of the Collective Security Treaty Organization Nurlan "
        "Zhaksy in Minsk on 5 June."
    )
    assert ents(doc, "PERSON") == ["Ivo Brant", "Nurlan Zhaksy"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister received the Commander of the Coast Guard District 9, Rear Admiral Owen Devitt, at her office.",
        "The Surface Fleet Review will be held in June, with Humanitarian Assistance on the agenda, said Owen Devitt.",
        "The minister praised the Blue Horizon project and the Kestrel initiative, said Owen Devitt.",
        "Owen Devitt called on Commander Eastern Naval Area at the ministry on Frunzenskaya Embankment.",
    ],
)
def test_unit_area_and_programme_words_are_no_names(nlp, text):
    # class: the head words of a unit, an area or a programme ("Coast Guard District 9", "Police Maritime Wing",
    # "Humanitarian Assistance") were read as a person's name, and such a person became a meeting's side
    assert ents(nlp(text), "PERSON") == ["Owen Devitt"]


def test_a_rank_abbreviated_with_a_slash_is_a_rank(nlp):
    # class: "V/Adm X Y", "R/Adm X Y", "Maj/Gen X Y" (South Asian and African papers): the letter before the slash
    # was read as a person of its own and the rank was lost
    doc = nlp("He called on the navy commander V/Adm Owen Devitt and R/Adm. Ivo Brant, then met Maj/Gen Dario Kell.")
    assert ents(doc, "RANK") == ["V/Adm", "R/Adm.", "Maj/Gen"]
    assert ents(doc, "PERSON") == ["Owen Devitt", "Ivo Brant", "Dario Kell"]


def test_french_general_ranks_are_ranks(nlp_entities):
    # class: "Général de Corps d'Armée X", "General de Brigade X" (West African releases in translation): the rank
    # was no rank, so "Brigade X" was read as a person's name
    doc = nlp_entities("Head of State General de Brigade Ivo Brant met Général de Corps d'Armée Teodor Velk.")
    assert ents(doc, "RANK") == ["General de Brigade", "Général de Corps d'Armée"]
    assert ents(doc, "PERSON") == ["Ivo Brant", "Teodor Velk"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("He held a video conference with Minister of Defence of the Italian Republic Dario Kell.", None),
        ("The talks were attended by Ostria's Ambassador to the Kingdom Dario Kell.", "Ambassador to the Kingdom"),
    ],
)
def test_a_holders_name_after_the_state_a_post_names_is_a_person(nlp, text, title):
    # class: "... of the Italian Republic X Y", "Ambassador to the Kingdom X Y" (Gulf and translated copy): the name
    # after the word the state is named by ran into the title, or "Republic X Y" was taken for the person
    doc = nlp(text)
    assert ents(doc, "PERSON") == ["Dario Kell"]
    assert title is None or title in ents(doc, "TITLE")


def test_malay_ranks_are_ranks(nlp):
    # class: "Laksamana X", "Lt Jen Dato' X", "Mej Jen X" (Malaysian copy): the rank was no rank, so it was read
    # into the person's name
    doc = nlp("Navy chief Laksamana Tan Sri Ivo Brant met Lt Jen Dato' Teodor Velk and Mej Jen Dario Kell.")
    assert ents(doc, "RANK") == ["Laksamana", "Lt Jen", "Mej Jen"]
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Ivo Brant", "Teodor Velk", "Dario Kell"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Also present were the Special Advisor to the Presidency for International Affairs, Dario Kell, and aides.",
            "Special Advisor to the Presidency for International Affairs",
        ),
        ("Adviser to the Prime Minister Dario Kell met the delegation.", "Adviser to the Prime Minister"),
    ],
)
def test_an_adviser_to_someone_is_a_post_and_its_holder_a_person(nlp, text, title):
    # class: "the Special Advisor to the Presidency for X, Y": only "Advisor" was a post and the holder no person
    doc = nlp(text)
    assert title in ents(doc, "TITLE")
    assert ents(doc, "PERSON") == ["Dario Kell"]


def test_turkish_ranks_are_ranks(nlp):
    # class: "Tümgeneral X", "Korgeneral X", "Tuğamiral X" (Turkish and Azerbaijani copy): the rank was no rank, so
    # it was read into the person's name
    doc = nlp("Tümgeneral Ivo Brant met Korgeneral Teodor Velk and Tuğamiral Dario Kell in Izmir.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "RANK"] == [
        ("Tümgeneral", "Major General"),
        ("Korgeneral", "Lieutenant General"),
        ("Tuğamiral", "Rear Admiral"),
    ]
    assert ents(doc, "PERSON") == ["Ivo Brant", "Teodor Velk", "Dario Kell"]


def test_a_holders_name_written_with_its_initial_glued_on_is_cut_off_the_title(nlp):
    # class: "Minister of Defense G.Surname" (Mongolian copy): a one-token name ran into the title, so the holder
    # was no person and the sitting had one side
    doc = nlp("Minister of Defense G.Ochirsukh received Ambassador Dario Kell on May 15.")
    assert "Minister of Defense" in ents(doc, "TITLE")
    assert ents(doc, "PERSON") == ["G.Ochirsukh", "Dario Kell"]


def test_site_chrome_words_of_other_languages_are_no_names(nlp):
    # class: "... met in Bamako 19 June 2031 Actualités Partager" (a French site's share buttons after the headline)
    # was read as a person, who became a side of the meeting
    assert ents(nlp("The ministers of Ostria and Velkia met in Lomar 19 June 2031 Actualités Partager"), "PERSON") == []


def test_a_title_that_is_a_given_name_right_after_a_post_opens_the_name(nlp):
    # class: "acting foreign minister Amir Daud X": a monarch's title that is also a given name, between a post and a
    # name, was read as a second post and the name lost its first word (an Emir's post before a name stays a post)
    doc = nlp("He met the acting foreign minister Amir Daud Velkari in Lomar, then Qatar's Emir Sheikh Dario Kell.")
    assert ents(doc, "PERSON") == ["Amir Daud Velkari", "Sheikh Dario Kell"]
    assert "Emir" in ents(doc, "TITLE")


def test_kenyan_post_abbreviations_are_titles(nlp):
    # class: "Defence CS X", "PS Y" (Kenyan copy: Cabinet Secretary, Principal Secretary): the abbreviation was read
    # into the name, so the person matched no one
    doc = nlp("Defence CS Ivo Brant received the delegation, accompanied by PS Dario Kell.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Dario Kell"]
    assert {"CS", "PS"} <= set(ents(doc, "TITLE"))


@pytest.mark.parametrize("post", ["Undersecretary", "Under Secretary", "Police Commissioner"])
def test_an_undersecretary_and_a_commissioner_are_posts(nlp, post):
    # class: "Undersecretary X", "Police Commissioner X": the post was read into the person's name
    assert ents(nlp(f"{post} Dario Kell met the delegation."), "PERSON") == ["Dario Kell"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("中国驻汤加大使馆", False), ("Министерство обороны", False), ("Dario Kell", True), ("Bolesław Velk", True)],
)
def test_a_span_with_no_latin_letter_is_no_persons_name(nlp, text, name):
    # class: a line in Chinese or Cyrillic script (an embassy's or ministry's name above its English gloss) that the
    # model tagged a person: an English text writes its people's names in Latin letters
    doc = nlp.make_doc(text)
    assert entities._not_a_name(Span(doc, 0, len(doc), label="PERSON")) is not name


@pytest.mark.parametrize(
    ("text", "word", "region"),
    [
        ("He was set to visit the Naval Doctrine Command in Lipa, Batangas before flying home.", "Batangas", True),
        ("In Moscow, Velkov met the visiting minister.", "Velkov", False),
    ],
)
def test_one_word_after_a_city_and_a_comma_is_its_province_not_a_name(nlp, text, word, region):
    # class: "visit the command in Lipa, X before flying home": the province the model tagged a person took
    # part in the meeting frame as someone
    doc = nlp(text)
    assert entities._region_after_city(person_span(doc, word, 1)) is region


@pytest.mark.parametrize(
    "text",
    [
        "The generals met at the bridge between Velkoran and Ciudad Juárez on Tuesday.",
        "The talks were held in Kota Bharu on Tuesday.",
    ],
)
def test_a_name_that_opens_with_a_place_word_or_is_joined_to_one_is_a_place(nlp, text):
    # class: "the bridge between X and Ciudad Y": both towns were read as persons, and a post reference ("the
    # commander of the zone") later took one of them for its holder
    doc = nlp(text)
    span = person_span(doc, "Velkoran", 1) if "Velkoran" in text else person_span(doc, "Kota", 2)
    assert entities._not_a_name(span)


def test_eng_before_a_name_is_an_honorific():
    # class: "the Governor of the Authority, Eng. X Y": the engineer's honorific (Gulf copy) was read as a person of
    # its own, and X Y's meeting went to the person named before
    assert strip_honorifics("Eng. Dario Kell") == "Dario Kell"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He was received by the President of the Conseil National pour la Garde de la Nation, General Ivo Brant.", 3),
        ("He met the head of the Frente Amplio por la Unidad Velkana, Dario Kell.", 2),
    ],
)
def test_capitalised_words_inside_a_foreign_body_name_are_no_person(nlp, text, words):
    # class: "the President of the Conseil National pour la X de la Y": the words after "pour la" were read as a
    # person, who then hosted the meeting of the body's president
    doc = nlp(text)
    assert entities._not_a_name(person_span(doc, "Garde" if "Garde" in text else "Unidad", words))
    assert not entities._not_a_name(person_span(doc, "Ivo" if "Ivo" in text else "Dario", 2))


@pytest.mark.parametrize("post", ["Menhan", "Wamenhan", "Kasad"])
def test_indonesian_post_abbreviations_are_titles(nlp, post):
    # class: "Wamenhan X and VADM Y discussed ...": the Indonesian abbreviation of the deputy defence minister was
    # read into the name, and X became a second person beside the deputy minister named before
    doc = nlp(f"During the meeting, {post} Ivo Brant and VADM Dario Kell discussed the agreement.")
    assert "Ivo Brant" in ents(doc, "PERSON") and post in ents(doc, "TITLE")


def _parsed(nlp, words: str, heads: list[int], deps: str, ents: str, lemmas: dict | None = None) -> Doc:
    """A doc as the model would parse and tag it: one head, dependency and IOB tag per word; capitalised words
    are proper nouns."""
    tokens = words.split()
    pos = ["PROPN" if w[:1].isupper() else "PUNCT" if not w[:1].isalnum() else "VERB" for w in tokens]
    return Doc(
        nlp.vocab,
        words=tokens,
        heads=heads,
        deps=deps.split(),
        pos=pos,
        lemmas=[(lemmas or {}).get(w, w.lower()) for w in tokens],
        ents=ents.split(),
    )


@pytest.mark.parametrize(
    "words, heads, deps, ents, lemmas, persons",
    [
        # the object of a meeting verb
        (
            "Later I will meet Aino Kask in Lomar .",
            [3, 3, 3, 3, 5, 3, 3, 6, 3],
            "advmod nsubj aux ROOT compound dobj prep pobj punct",
            "O O O O B-ORG I-ORG O B-GPE O",
            {},
            ["Aino Kask"],
        ),
        # the object of "with" after talks
        (
            "Karl Hesse held talks with Aino Kask .",
            [1, 2, 2, 2, 3, 6, 4, 2],
            "compound nsubj ROOT dobj prep compound pobj punct",
            "B-PERSON I-PERSON O O O B-LOC I-LOC O",
            {"talks": "talk"},
            ["Karl Hesse", "Aino Kask"],
        ),
        # names in a row after a post in lower case, the model reading some as bodies
        (
            "The ministers Ivo Brant , Teodor Velk and Olaf Berger met .",
            [3, 3, 3, 10, 3, 6, 3, 6, 9, 6, 10, 10],
            "det compound compound nsubj punct compound conj cc compound conj ROOT punct",
            "O O B-ORG I-ORG O B-ORG I-ORG O O O O O",
            {"ministers": "minister"},
            ["Ivo Brant", "Teodor Velk"],
        ),
        # listed after a post
        (
            "Defence Ministers Karl Hesse and Aino Kask met .",
            [1, 3, 3, 7, 3, 6, 3, 7, 7],
            "compound compound compound nsubj cc compound conj ROOT punct",
            "O O B-PERSON I-PERSON O B-ORG I-ORG O O",
            {"Ministers": "minister"},
            ["Karl Hesse", "Aino Kask"],
        ),
        # coordinated with a person as the subject of a meeting
        (
            "Karl Hesse and Aino Kask met .",
            [1, 5, 1, 4, 1, 5, 5],
            "compound nsubj cc compound conj ROOT punct",
            "B-PERSON I-PERSON O B-ORG I-ORG O O",
            {"met": "meet"},
            ["Karl Hesse", "Aino Kask"],
        ),
        # untagged, the last of a list of persons met
        (
            "The general met Karl Hesse , Olaf Berger and Ivo Brant .",
            [1, 2, 2, 4, 2, 4, 7, 4, 7, 10, 7, 2],
            "det nsubj ROOT compound dobj punct compound conj cc compound conj punct",
            "O O O B-PERSON I-PERSON O B-PERSON I-PERSON O O O O",
            {"met": "meet"},
            ["Karl Hesse", "Olaf Berger", "Ivo Brant"],
        ),
        # coordinated with a person where no meeting puts one, and after no post: the model's body stands
        (
            "Shares of Karl Hesse and Aino Kask fell .",
            [7, 0, 3, 1, 3, 6, 3, 7, 7],
            "nsubj prep compound pobj cc compound conj ROOT punct",
            "O O B-PERSON I-PERSON O B-ORG I-ORG O O",
            {},
            ["Karl Hesse"],
        ),
        # a body visited stays a body; a body word keeps it one even where it is met
        (
            "Karl Hesse visited Lomar Works and met Velk Group .",
            [1, 2, 2, 4, 2, 2, 2, 8, 6, 2],
            "compound nsubj ROOT compound dobj cc conj compound dobj punct",
            "B-PERSON I-PERSON O B-ORG I-ORG O O B-ORG I-ORG O",
            {"visited": "visit", "met": "meet"},
            ["Karl Hesse"],
        ),
    ],
)
def test_a_name_the_model_read_as_a_body_or_place_is_a_person_where_it_is_met_or_listed_with_persons(
    nlp_entities, words, heads, deps, ents, lemmas, persons
):
    doc = _parsed(nlp_entities, words, heads, deps, ents, lemmas)
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == persons


def test_a_model_body_run_over_a_comma_into_a_name_gives_the_name(nlp_entities):
    # class: "the Secretary of State in charge of the Gendarmerie, A B C D": the model's ORG ran from the body over
    # the comma into the holder's name, which was lost
    doc = nlp_entities.make_doc("He met the Secretary of State in charge of the Gendarmerie, Ivo Tomek Brant, today.")
    body = next(t.i for t in doc if t.text == "Gendarmerie")
    doc.ents = [Span(doc, body, body + 5, label="ORG")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "PERSON") == ["Ivo Tomek Brant"]


def test_an_apostrophe_inside_an_arabic_name_does_not_split_it(nlp_entities):
    # class: "Prime Minister Sabir Rabi' al-Hashemi": the model cut the name at the apostrophe written for an Arabic
    # letter, making two persons of one
    doc = nlp_entities.make_doc("Prime Minister Sabir Rabi' al-Hashemi spoke to the Velks' envoy.")
    quote = next(t.i for t in doc if t.text == "'")
    doc.ents = [Span(doc, 2, quote, label="PERSON"), Span(doc, quote + 1, quote + 4, label="PERSON")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "PERSON") == ["Sabir Rabi' al-Hashemi"]


@pytest.mark.parametrize(
    "text, joiner",
    [
        ("Admiral Ivo Brant e Velk welcomed the guests.", "e"),
        ("General Dario Kell y Berger welcomed the guests.", "y"),
    ],
)
def test_a_word_for_and_between_two_surnames_keeps_the_name_whole(nlp_entities, text, joiner):
    # class: Portuguese and Spanish names join two surnames with "e" / "y" ("Brant e Velk"); the model ended the
    # name before the joiner, so the person lost the last surname and no gold name matched
    doc = nlp_entities.make_doc(text)
    at = next(t.i for t in doc if t.text == joiner)
    doc.ents = [Span(doc, 1, at, label="PERSON")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "PERSON") == [" ".join(text.split()[1:5])]


def test_a_word_for_and_before_two_capitalised_words_joins_no_name(nlp_entities):
    # "A e B C" joins two people in a Portuguese list, not two surnames of one
    doc = nlp_entities.make_doc("Ministers Ivo Brant e Karl Hesse met.")
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 4, 6, label="PERSON")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse"]


@pytest.mark.parametrize("place", ["South Velk Islands", "Velk Sea", "Lomar Peninsula"])
def test_a_name_ending_in_a_geographic_word_is_no_person(nlp_entities, place):
    # class: "Commander British Forces South Velk Islands, Brigadier X": the model read the islands as a person, who
    # became a side of the meeting (models/not_name_words.txt: sea, gulf, strait, islands ... end no name)
    doc = nlp_entities.make_doc(
        f"A meeting between Karl Hesse and Commander Velk Forces {place}, Brigadier Ivo Brant, was held."
    )
    start = next(t.i for t in doc if t.text == place.split()[0])
    doc.ents = [Span(doc, start, start + len(place.split()), label="PERSON")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert place not in ents(doc, "PERSON")


def test_a_plural_title_word_the_model_ran_into_a_name_is_cut_off(nlp_entities):
    # class: "Commander X meets Presidency Members Velk and Brant": the model's person "Presidency Members Velk" had
    # the title's words in it, so it matched no one (not_name_words: Presidency, Members)
    doc = nlp_entities.make_doc("Commander Hesse meets Presidency Members Velk and Brant")
    doc.ents = [Span(doc, 3, 6, label="PERSON"), Span(doc, 7, 8, label="PERSON")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert "Presidency Members Velk" not in ents(doc, "PERSON") and "Velk" in ents(doc, "PERSON")


@pytest.mark.parametrize("body", ["Exército Velkar", "Assembly"])
def test_a_body_word_of_another_language_or_an_assembly_is_no_person(nlp_entities, body):
    # class: a model person "Exército Brasileiro" (an army's own name), "Assembly" alone (not_name_words)
    doc = nlp_entities.make_doc(f"The {body} received General Ivo Brant on Monday.")
    doc.ents = [Span(doc, 1, 1 + len(body.split()), label="PERSON")]
    for _, component in nlp_entities.pipeline:
        doc = component(doc)
    assert body not in ents(doc, "PERSON")


@pytest.mark.parametrize(
    "post",
    [
        "Minister Delegate at the Chancellery in charge of Coastal Security",
        "Secretary of State for Veterans in charge of the Border Guard",
        "Minister of State in charge of Maritime Security",
    ],
)
def test_a_posts_in_charge_of_portfolio_is_part_of_the_post(nlp, post):
    # class: "The Secretary of State for X in charge of the Y, Z": the post stopped before "in charge
    # of", so "The Secretary of State for Defence" was read as a reference and X had no title
    doc = nlp(f"The {post}, Ivo Brant, received Karl Hesse on Tuesday.")
    assert ents(doc, "TITLE") == [post]
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse"]


def test_a_posts_portfolios_listed_with_commas_are_part_of_the_post(nlp):
    # class: "Minister of the Navy, Civil Protection and War Graves, General X": the post stopped at the first
    # comma and the other portfolios were read as bodies
    doc = nlp("On Monday he received the Minister of the Navy, Civil Protection and War Graves, General Karl Hesse.")
    assert ents(doc, "TITLE") == ["Minister of the Navy, Civil Protection and War Graves"]
    assert ents(doc, "PERSON") == ["Karl Hesse"]
    # a rank and name after the comma, or names with no "and" list of portfolios, are no portfolios
    doc = nlp("The Minister of Defence, General Karl Hesse and General Olaf Berger met.")
    assert ents(doc, "TITLE") == ["Minister of Defence"]
    assert ents(doc, "PERSON") == ["Karl Hesse", "Olaf Berger"]


@pytest.mark.parametrize(
    "ref, post, fits",
    [
        ("the LOMCOM commander", "Commander of the Kenya Lomar Command", True),
        ("the KDF commander", "Commander of the Kenya Defence Forces", True),
        ("the KDF commander", "Commander of the Kenya Navy", False),
    ],
)
def test_a_reference_with_a_bodys_short_name_fits_a_post_of_that_body(ref, post, fits):
    # class: "the AFRICOM commander" after "Commander of the X Africa Command, General Y": a short name made of the
    # starts of the body's words (not only its initials) fits the post, so the reference is Y
    from pipeline.nlp.entities import post_fits

    assert post_fits(ref, post, "General") is fits


@pytest.mark.parametrize("rank", ["Lieut Gen", "Generaal", "Generalleutnant", "kontreadmiral", "Brigadegeneraal"])
def test_ranks_written_the_irish_dutch_german_or_nordic_way_are_ranks(nlp, rank):
    # class: "Lieut Gen X" left "Lieut" as a person of its own; "Generaal X" was read into the name (rank table)
    doc = nlp(f"Mr Brant met the Chief of Staff, {rank} Karl Hesse, on Monday.")
    assert ents(doc, "RANK") == [rank]
    assert "Karl Hesse" in ents(doc, "PERSON")


def test_a_portfolio_the_model_read_as_a_person_stays_in_the_title(nlp):
    # class: "Minister of Trade and National Community Abroad, X": the model's person "Community Abroad"
    # cut the title and became a side of the meeting (a name made only of portfolio words is none)
    doc = nlp(
        "The note was passed on by the Minister of Trade and National Community Abroad, Karl Hesse, to a delegation."
    )
    assert ents(doc, "TITLE") == ["Minister of Trade and National Community Abroad"]
    assert ents(doc, "PERSON") == ["Karl Hesse"]


def test_a_surname_after_a_name_particle_stays_in_the_name_whatever_the_model_read_it_as(nlp):
    # class: "X Y dos Z": the model ended the name at "dos" and read the surname as a place or body, so the person
    # was "X Y"
    doc = nlp("The minister, Karl Lino dos Campos, met Olaf Berger.")
    assert "Karl Lino dos Campos" in ents(doc, "PERSON")


def test_portfolios_listed_with_of_phrases_and_a_word_before_them_are_part_of_the_post(nlp):
    # class: "Minister of Defence, Former Combatants and War Widows of the Republic, X": the list began with a
    # word that is no portfolio and ran over "of the", so the post stopped at the comma
    doc = nlp(
        "The Minister of Defence, Former Combatants and War Widows of the Republic, Karl Hesse, held a "
        "videoconference yesterday with Olaf Berger."
    )
    assert ents(doc, "TITLE")[0] == "Minister of Defence, Former Combatants and War Widows of the Republic"


def test_a_bodys_short_name_in_brackets_written_as_a_word_is_the_body(nlp):
    # class: "Maritime Security Agency (Sekamla), Vice Admiral X": the short name, written as a word, was read as a
    # person and became the side of a meeting instead of X
    doc = nlp("The head of Uganda's Maritime Security Agency (Sekamla), Vice Admiral Karl Hesse, arrived on Monday.")
    assert "Sekamla" not in ents(doc, "PERSON")
    assert "Sekamla" in ents(doc, "ORG")


def test_a_staff_abbreviation_with_a_lower_case_of_is_a_post(nlp):
    # class: "CoAS X" (South Asian copy writes the "of" of COAS in lower case): the abbreviation was taken into the
    # name, so "CoAS X" was a person of its own
    doc = nlp("Later, General Ivo Brant held a meeting with CoAS Karl Hesse at the Army Headquarters.")
    assert "Karl Hesse" in ents(doc, "PERSON")
    assert "CoAS" in ents(doc, "TITLE")


def test_a_name_set_off_after_the_body_where_it_happened_is_a_place(nlp):
    # class: "called on X at the Ministry of Defence, Y, this afternoon": Y, the seat of the body, was read as a
    # person named after it and became a side of the call
    doc = nlp("He also called on Defence Minister Olaf Berger at the Ministry of Defence, Rana Mahal, on Friday.")
    assert ents(doc, "PERSON") == ["Olaf Berger"]
    doc = nlp("The envoy met General Olaf Berger at Army Headquarters, Devi Kottawa on Tuesday.")
    assert ents(doc, "PERSON") == ["Olaf Berger"]
    doc = nlp("The talks at the Ministry of Defence, Karl Hesse said, went well.")
    assert "Karl Hesse" in ents(doc, "PERSON")


def test_a_commanding_general_is_a_post(nlp):
    # class: "Commanding General of a US Army command, General X": the post was no title
    doc = nlp("The Commanding General of US Army Europe, General Ivo Brant, met the chief.")
    assert any(t.startswith("Commanding General") for t in ents(doc, "TITLE"))


def test_medal_and_staff_course_letters_after_a_name_are_no_part_of_it(nlp):
    # class: "Lieutenant General X RWP RSP ndc psc": the letters of medals and staff courses were taken into the
    # name, which then matched no one
    doc = nlp("The visitors were received by Army Commander Lieutenant General Ivo Brant RWP RSP USP ndc psc today.")
    assert "Ivo Brant" in ents(doc, "PERSON")


def test_an_under_secretary_general_and_a_principal_staff_officer_are_posts(nlp):
    # class: "Under-Secretary-General for Field Support X", "Principal Staff Officer Y": the hyphened post was
    # cut to "Secretary-General", and "the Under-Secretary-General" of a later sentence stood for no one
    doc = nlp("The UN Under-Secretary-General for Field Support, Ivo Brant, arrived on Monday.")
    assert "Under-Secretary-General for Field Support" in ents(doc, "TITLE")
    doc = nlp("He met Armed Forces Division PSO Lieutenant General Karl Hesse on Friday.")
    assert "PSO" in ents(doc, "TITLE")


def test_names_listed_each_with_of_and_a_country_are_persons(nlp):
    # class: "hosted his counterparts A of North Macedonia, B of Croatia, C of Montenegro": the model read some
    # of the names as bodies or places, and those people were lost with their meetings
    doc = nlp(
        "Albanian Defence Minister Ivo Brant hosted his counterparts Jasna Mitrevska of North Macedonia, Karl "
        "Hesse of Croatia, Zorana Petkovska of Montenegro and Teodor Velk."
    )
    assert {"Jasna Mitrevska", "Zorana Petkovska", "Karl Hesse"} <= set(ents(doc, "PERSON"))
    assert "Sultanate of Oman" not in ents(nlp("He toured the Sultanate of Oman."), "PERSON")


def test_mexican_staff_qualifications_before_a_name_are_no_part_of_it(nlp):
    # class: "General de Brigada D.E.M. X", "P.A. D.E.M. Y": the staff and corps letters were taken into the name
    doc = nlp("He met General de Brigada D.E.M. Ivo Brant Pardo and General P.A. D.E.M. Karl Hesse Varnez.")
    people = [strip_honorifics(p) for p in ents(doc, "PERSON")]
    assert people == ["Ivo Brant Pardo", "Karl Hesse Varnez"]


def test_a_last_surname_that_is_also_a_city_stays_in_the_name(nlp):
    # class: "General X Y Rosario.": the model ended the name before a last surname that is also a city,
    # which became a place of the person (and a wrong country)
    doc = nlp("The commander of the air force, General Ivo Brant Rosario.")
    assert "Ivo Brant Rosario" in ents(doc, "PERSON")
    assert "Rosario" in ents(nlp("He met President Ivo Brant in Rosario."), "GPE")


def test_australian_decoration_letters_after_a_name_are_no_part_of_it(nlp):
    # class: "Vice Admiral X AO DSC": a decoration's letters (DSC, CSC) stayed in the name
    doc = nlp("Kenyan Defence Minister Ivo Brant met Vice Admiral Karl Hesse AO DSC in Nairobi on Monday.")
    assert "Karl Hesse" in ents(doc, "PERSON")


def test_saint_countries_written_short_are_places(nlp):
    # class: "St Vincent's minister", "St Lucia's X": the short forms of the Saint countries were read as persons
    doc = nlp("Ministers from Grenada, St Vincent and St Lucia met in Bridgetown.")
    assert {"St Vincent", "St Lucia"} <= set(ents(doc, "GPE"))
    assert not ents(doc, "PERSON")


def test_a_counterpart_of_a_country_of_several_words_is_the_post_before_a_name_set_off(nlp):
    # class: "his Trinidad and Tobago counterpart, X,": a country of several words kept the post from being read,
    # and the name after the comma was taken for a body
    doc = nlp(
        "Minister Ivo Brant will travel to see his Trinidad and Tobago counterpart, Ansel Boodram, in Port of Spain."
    )
    assert "Ansel Boodram" in ents(doc, "PERSON")


def test_indonesian_ranks_written_out_or_abbreviated_are_ranks(nlp):
    # class: "Marsdya X", "Marsekal Y", "Letjen Z": the TNI's ranks were taken into names or read as persons
    doc = nlp("The minister received Marsdya Karl Hesse, Letjen Olaf Berger and Marsekal Ivo Brant at the ministry.")
    assert set(ents(doc, "PERSON")) == {"Karl Hesse", "Olaf Berger", "Ivo Brant"}
    assert {"Marsdya", "Letjen", "Marsekal"} <= set(ents(doc, "RANK"))


def test_a_name_opening_with_a_malay_river_or_island_word_is_a_place(nlp):
    # class: "last met his counterpart in Sungai X": the river town the model read as a person became a side of
    # the meeting; a name opening with a river, island, hill, cape or bay word is a place
    from pipeline.nlp.entities import _place_tail_at

    doc = nlp.make_doc("He met his counterpart in Sungai Lomar and on Pulau Velka, not Karl Hesse.")
    assert _place_tail_at(doc[5:7]) and _place_tail_at(doc[9:11])
    assert not _place_tail_at(doc[13:15])


def test_a_name_called_on_with_a_post_set_off_after_it_is_a_person(nlp):
    # class: "called on X, President of Y, at ...": the model read the foreign name as a body, and the call lost
    # its other side
    doc = nlp("Brant also called on Cihat Orkun Ertan, President of the Defence Agency, in Ankara on Tuesday.")
    assert "Cihat Orkun Ertan" in ents(doc, "PERSON")


def test_a_photographer_credited_after_an_abbreviated_rank_is_no_person(nlp):
    # class: "(photo by Navy Chief Petty Off. X)": the stop the tokenizer split off an abbreviated rank ended the
    # walk back to the credit cue, so the photographer became a person of the story
    doc = nlp("Ivo Brant hosts Karl Hesse at the Pentagon. (Defense photo by U.S. Navy Chief Petty Off. Olaf Berger)")
    assert "Olaf Berger" not in ents(doc, "PERSON")


def test_a_photographer_credited_after_a_rate_with_its_class_is_no_person(nlp):
    # class: "(photo by Petty Officer 2nd Class X)": the ordinal of the rate's class ended the walk back to the
    # credit cue, so the photographer became a person of the story
    doc = nlp("Ivo Brant hosts Karl Hesse at the base. (Navy photo by Petty Officer 2nd Class Olaf Berger)")
    assert "Olaf Berger" not in ents(doc, "PERSON")


@pytest.mark.parametrize(
    "text, not_person",
    [
        # class: "travelled to Fort X, <province>, where he met Y": the province after the base was read as a person
        (
            "The next day Ivo Brant travelled to Camp Velkar, Nueva Lomara, where he met General Karl Hesse.",
            "Nueva Lomara",
        ),
        # class: "the Velm Defence Chiefs Meeting was chaired by X": the sitting's noun after a plural post was read as
        # the post holder's name
        (
            "The Velm Defence Ministers Meeting took place at the Grand Hotel on Friday, chaired by Ivo Brant.",
            "Meeting",
        ),
        # class: "X, Velm's Commanding Officer", "Lomar's Minister of Police, Y": the ship or country owning the post
        # was read as a person holding it
        ("Lieutenant Commander Mira Koval, Velm's Commanding Officer, welcomed Ivo Brant on board on Tuesday.", "Velm"),
        # class: a ground's name before "(training) area", a weapon's before "grenade launchers"
        ("Troops are stationed in the Lomo Selo area near the border.", "Lomo Selo"),
        ("Troops trained at the Lomo Selo training area.", "Lomo Selo"),
        ("Lomar has sent Anton Kessel grenade launchers and shells.", "Anton Kessel"),
        # class: a title-case headline's "Confers" read into the name before it
        ("Defence Minister Ivo Brant Confers with Velkarian Army Commander", "Ivo Brant Confers"),
        # class: an agency's sign-off "(AGENCY) A. B." after the last sentence: the initials were read as a person
        ("The ministers met in Zorgrad on Monday. (VNA) S. R.", "S. R."),
    ],
)
def test_words_read_as_a_persons_name_that_are_none(nlp, text, not_person):
    assert not_person not in ents(nlp(text), "PERSON")


@pytest.mark.parametrize(
    "rank",
    ["Cpl", "LCpl", "L/Cpl", "Pte", "SSgt", "WO1", "CPO", "Cfn", "Bdr", "Tpr", "CDRE", "MAJGEN", "LTCOL", "Corporal"],
)
def test_enlisted_ranks_and_rank_abbreviations_before_a_name(nlp, rank):
    # class: the corporal, private, craftsman, gunner, trooper and warrant officer abbreviations of Commonwealth
    # forces and the capitals of Australian releases were no ranks: "Cpl X" was read as the person's name
    doc = nlp(f"{rank} Mira Koval met the general on Monday.")
    assert (ents(doc, "RANK"), ents(doc, "PERSON")) == ([rank], ["Mira Koval"])


def test_a_ship_class_and_a_rights_credit_are_no_persons(nlp):
    # class: "a <person's name>-class destroyer" (a ship class named after a person) and "Crown Copyright, Cpl X" (a
    # photo credit after the rights words) were read as persons
    doc = nlp.make_doc("Anton Velk-class")
    assert entities._not_a_name(Span(doc, 0, len(doc), label="PERSON"))
    doc = nlp("Photo: General Ivo Brant at the opening of the talks. Crown Copyright, Cpl Mira Koval.")
    assert not any("Koval" in p or "Copyright" in p for p in ents(doc, "PERSON"))


def test_names_beside_those_shapes_stay_persons(nlp):
    text = "The envoy later had a separate meeting with Defence Secretary Karl Hesse, where the two discussed engines."
    assert "Karl Hesse" in ents(nlp(text), "PERSON")
    text = "Lieutenant Commander Mira Koval, Velm's Commanding Officer, welcomed Ivo Brant on board on Tuesday."
    assert "Mira Koval" in ents(nlp(text), "PERSON")
    assert "J. K. Velk" in ents(nlp("Minister Ivo Brant met J. K. Velk on Monday."), "PERSON")


def test_a_commands_seat_before_its_named_commander_is_no_person(nlp):
    # class: "the Commander of Joint Force Command <seat>, General Y": the seat was read as the holder's name
    doc = nlp("Ivo Brant held a call with the Commander of Allied Land Command Velmar, General Karl Hesse.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse"]


def test_a_staff_officers_post_is_a_title_not_a_name(nlp):
    # class: "Meets X Liaison Officer" in a title-case headline: the post was read into a person's name
    doc = nlp("Defence Minister Hosts Lomari Liaison Officer and Envoys")
    assert "Liaison Officer" in ents(doc, "TITLE")
    assert not any("Liaison" in p for p in ents(doc, "PERSON"))


def test_a_services_senior_enlisted_post_and_spanish_enlisted_ranks(nlp):
    # class: "Sgt. Maj. of the Army X hosted Sargento Mayor de Comando Y": the post ran into X as a body's name, and
    # the Spanish rank was read as a mayor's post, so neither side was a person
    doc = nlp("Sgt. Maj. of the Army Ivo Brant hosted Sargento Mayor de Comando Karl Hesse at the base on Monday.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse"]
    assert "Sargento Mayor de Comando" in ents(doc, "RANK")


def test_a_building_is_no_person(nlp):
    # class: "welcomed X to Main Building in London": the building was read as a person and joined the meeting
    doc = nlp("Defence Secretary Ivo Brant today welcomed Kenyan Defence Minister Karl Hesse to Main Building.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse"]


def test_a_title_case_headline_verb_is_no_person(nlp):
    # class: "Army Commander Leaves for Kenya on Official Visit": the headline's verb was read as a person
    doc = nlp("Navy Chief Leaves for Kenya on Official Visit")
    assert "Leaves" not in ents(doc, "PERSON")


def test_a_headline_in_capitals_is_no_name(nlp):
    # class: "CDS RECEIVES KENYAN CHIEF OF STAFF": a headline written in capitals was read as a person's name
    doc = nlp("CDS RECEIVES KENYAN CHIEF OF GENERAL STAFF, VOWS DEEPER TIES AGAINST PIRACY")
    assert not ents(doc, "PERSON")


def test_french_forms_of_address_are_no_part_of_a_name(nlp):
    # class: "the minister, Mme X": the form of address stayed in the person's name
    doc = nlp("He also met the minister of the armed forces, Mme Ama Kodjo, in Lome.")
    assert [strip_honorifics(p) for p in ents(doc, "PERSON")] == ["Ama Kodjo"]


def test_a_hyphened_given_name_after_an_open_post_is_cut_off_the_post_whole(nlp):
    # class: "Federal Minister of Defence Jan-Lukas Velk": the post's open tail took the first half of the
    # hyphened given name, and the person lost it ("Lukas Velk")
    doc = nlp(
        "Kenyan Defence Minister Ivo Brant spoke on Tuesday with German Federal Minister of Defence Jan-Lukas Velk."
    )
    assert "Jan-Lukas Velk" in ents(doc, "PERSON")
    doc = nlp("Minister of Defense Karl Omar Al-Varnen received the commander on Monday.")
    assert "Karl Omar Al-Varnen" in ents(doc, "PERSON")


def test_a_coordinator_or_commissioner_in_lower_case_before_a_name_is_a_post(nlp):
    # class: "National Security Council coordinator X": the lower-case post was no post, and the model read the
    # name after it as a body
    doc = nlp("They will meet officials including the Security Council coordinator Ivo Brant, a spokesperson said.")
    assert "coordinator" in ents(doc, "TITLE") and "Ivo Brant" in ents(doc, "PERSON")


def test_a_mission_or_delegation_heading_a_title_is_no_name(nlp):
    # class: "Head of the Velkan Military Mission Colonel X": the body's last word was read as a person of its own
    # and joined the meeting (models/not_name_words.txt: Mission, Delegation)
    doc = nlp("Head of the Polish Military Mission Colonel Ivo Brant was received by General Karl Hesse on Tuesday.")
    assert set(ents(doc, "PERSON")) == {"Ivo Brant", "Karl Hesse"}


def test_a_name_set_off_before_a_post_in_lower_case_is_a_person(nlp):
    # class: "X Y, the defence minister of Z, met ...": the model read the name before the post as a body (or left
    # it untagged), and the meeting lost that side
    doc = nlp("Ivo Brant, the defence minister of Ghana, met General Olaf Berger in Accra on Tuesday.")
    assert "Ivo Brant" in ents(doc, "PERSON")
    doc = nlp("Paul-Henri Dufresne, the defence minister of Ghana, met General Olaf Berger in Accra on Tuesday.")
    assert "Paul-Henri Dufresne" in ents(doc, "PERSON")
    assert not ents(nlp("Naval Station Norfolk, the home port of the fleet, hosted the event."), "PERSON")


def test_a_hyphened_name_or_a_meeting_s_subject_read_as_a_body_is_a_person(nlp):
    # class: "held talks with Anna-Lena X" (the hyphen put the name over the three words allowed) and "A B met
    # General C" (the subject of a meeting whose object is a person): names the model read as bodies
    doc = nlp("General Olaf Berger held talks with Anna-Lena Vrost in Accra on Tuesday.")
    assert "Anna-Lena Vrost" in ents(doc, "PERSON")
    doc = nlp("Ivo Brant met General Olaf Berger in Accra on Tuesday.")
    assert "Ivo Brant" in ents(doc, "PERSON")
    assert "Lomar Dynamics" not in ents(nlp("Lomar Dynamics met General Olaf Berger in Accra."), "PERSON")


def test_a_known_armed_group_is_a_body_not_a_person(nlp):
    # class: "attacks by Boko Haram", "Al-Shabaab fighters": the model read the group as a person, who then stood
    # in the story's graph as one (models/patterns/org.jsonl: armed groups by their common names)
    doc = nlp("Major General Ivo Brant said troops had repelled Boko Haram near the border on Monday.")
    assert ents(doc, "PERSON") == ["Ivo Brant"] and "Boko Haram" in ents(doc, "ORG")


def test_a_name_after_a_post_at_a_body_is_its_holder(nlp):
    # class: "Secretary of State at the Ministry of X Y Z", "State Secretary at the MoD Y Z": the post's body came
    # after "at", not "of", and the name after it was read as nobody
    doc = nlp("Also present was Secretary of State at the Ministry of National Defence Olaf Berger.")
    assert ents(doc, "PERSON") == ["Olaf Berger"]
    doc = nlp("Also present was State Secretary at the MoD Olaf Berger.")
    assert ents(doc, "PERSON") == ["Olaf Berger"]


def test_a_name_beside_a_noun_for_what_a_person_is_is_a_person(nlp):
    # class: quoted people named beside what they are ("said X Y, a researcher at ...", "said lawmaker X Y", "the
    # agency's country director, X Y, says"): the model read the foreign names as bodies, and they were lost
    for text in (
        '"We are ready," said Ivo Brant, a researcher at a think tank in Accra.',
        '"The cost is high," said lawmaker Ivo Brant.',
        "The agency's country director, Ivo Brant, says trucks have not arrived.",
        "According to Ivo Brant, a professor at the university, the deal is fragile.",
    ):
        assert ents(nlp(text), "PERSON") == ["Ivo Brant"], text
    assert not ents(nlp('"We are ready," said Lomar Aerospace, a supplier of the army.'), "PERSON")
    # set off before a post with its country's possessive, or before "who"
    doc = nlp("Ivo Brant, Uzbekistan's defence minister, received Karl Hesse on Tuesday.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse"]
    assert ents(nlp("Ivo Brant, who heads the institute, said the plan was weak."), "PERSON") == ["Ivo Brant"]
    assert not ents(nlp("Kestrel Group, which won the tender, said it was ready."), "PERSON")
    doc = nlp("The forum, hosted by the Lomar Centre for Policy and Islamic Studies, drew officials.")
    assert not ents(doc, "PERSON")


def test_an_ordinal_that_numbers_a_fleet_is_no_name(nlp):
    # class: "once commander of the Fifth Fleet": the post's tail stopped before the ordinal, which was read
    # as the name after the post (models/not_name_words.txt: Second ... Tenth)
    doc = nlp("The panel heard Vice Admiral Ivo Brant, a past commander of the US Fifth Fleet, on Monday.")
    assert ents(doc, "PERSON") == ["Ivo Brant"]


def test_a_mayor_is_a_title_before_a_name(nlp):
    # class: "Lord Mayor X Y said ...": the post was read into the person's name
    doc = nlp("Darwin Lord Mayor Ivo Brant said the exercise had brought business to the city.")
    assert ents(doc, "PERSON") == ["Ivo Brant"] and "Lord Mayor" in ents(doc, "TITLE")


def test_a_short_last_surname_the_model_left_out_stays_in_the_name(nlp):
    # class: "met A B Sy": the model ended the name before a short last surname the parse makes its head, and the
    # person matched no one called by the whole name
    doc = nlp("The envoy met Mira Koval Sy on Monday.")
    assert ents(doc, "PERSON") == ["Mira Koval Sy"]
    assert ents(nlp("He met Karl Hesse Monday."), "PERSON") == ["Karl Hesse"]


def test_a_rank_abbreviated_in_lower_case_and_a_post_ending_in_operations_precede_a_name(nlp):
    # class: "Chief of General Staff gen. A B" (a house style that writes ranks in lower case) and
    # "Under-Secretary-General for Peace Operations A B" (the post's last word read as "Operation X", an
    # operation's name): the holder was lost
    doc = nlp("Chief of General Staff of the Lomar Army gen. Ivo Brant paid a working visit to Vilnius.")
    assert ents(doc, "PERSON") == ["Ivo Brant"] and "gen." in ents(doc, "RANK")
    doc = nlp("The UN's Under-Secretary-General for Peace Operations Ivo Brant will visit Nairobi next week.")
    assert ents(doc, "PERSON") == ["Ivo Brant"]
    assert not ents(nlp("Troops ended Operation Kestrel Shield on Monday."), "PERSON")


def test_a_guard_named_in_portuguese_or_spanish_is_no_person(nlp):
    # class: "the commander of Portugal's Guarda Nacional Republicana, General X": the force's
    # name in its own language was read as a person and joined the call (not_name_words.txt: Guarda)
    text = (
        "Commissioner Ivo Brant spoke with the Commander of Portugal's Guarda Nacional Republicana, General Karl Hesse."
    )
    assert ents(nlp(text), "PERSON") == ["Ivo Brant", "Karl Hesse"]


def test_a_rank_abbreviated_in_two_hyphened_parts_ends_no_sentence(nlp):
    # class: "Gen. A and Lt.-Gen. B held talks": the tokenizer split the stop off "Lt.-Gen", which ended the
    # sentence inside the name, and the talks lost their second side (abbreviations.txt; "Brig.-Gen." a rank)
    doc = nlp("On Friday, Gen. Ivo Brant and Lt.-Gen. Karl Hesse held talks, and Brig.-Gen. Olaf Berger joined.")
    assert len(list(doc.sents)) == 1
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse", "Olaf Berger"]
    assert {"Lt.-Gen.", "Brig.-Gen."} <= set(ents(doc, "RANK"))


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brant and Karl Hesse held talks in Ankara on Monday.",
        "The planned meeting between Ivo Brant and Karl Hesse was postponed.",
        "Ivo Brant, Karl Hesse and Olaf Berger met in Madrid.",
        "Ivo Brant held a phone conversation with Karl Hesse on Monday.",
        "Ivo Brant is scheduled to hold talks with Karl Hesse on Friday.",
        "Ivo Brant had lunch with his Dutch counterpart Karl Hesse in Rome.",
        "Karl Hesse was received by Ivo Brant on Monday.",
        "Karl Hesse paid a courtesy call on Ivo Brant at the ministry.",
        "Ivo Brant will also call on Karl Hesse during the visit.",
        "Ivo Brant and his Estonian counterpart Karl Hesse signed a memorandum after talks in Riga.",
        "Ivo Brant told reporters after meeting Karl Hesse that the talks had gone well.",
        "Ivo Brant was welcomed by Karl Hesse in Riga on Monday.",
        "Ivo Brant called Karl Hesse on Monday to discuss the border.",
        "Ivo Brant (left) shakes hands with Karl Hesse in Riga.",
    ],
)
def test_a_bare_name_where_a_meeting_puts_a_person_is_a_person(nlp, text):
    # class: foreign names with no rank or title that the model read as a body or left untagged, beside a name
    # it read as a person: joined to it by "and", the subject of a talk with it, the agent of "received by" or
    # whom a courtesy call is paid on; the meeting lost a side
    assert "Ivo Brant" in ents(nlp(text), "PERSON")


def test_two_bare_names_the_model_knows_neither_of_meet(nlp):
    # the object of "met" is a person on its own, and makes the subject one
    assert ents(nlp("Ivo Brant met Ivo Kask in Paris."), "PERSON") == ["Ivo Brant", "Ivo Kask"]
    assert ents(nlp("Ivo Brant held talks with Ivo Kask in Paris."), "PERSON") == ["Ivo Brant", "Ivo Kask"]


def test_a_bare_name_after_the_body_that_ends_a_long_post_is_a_person(nlp):
    # class: "hosted State Secretary in the Ministry of Defence A B": the body's last word before the name kept the
    # name from being read as a run of name words in a meeting slot
    text = "Lomari Defence Minister Karl Hesse on Thursday hosted Ostrian State Secretary in the Federal Ministry of"
    doc = nlp(text + " Defence Anke Rühl in Zorgrad.")
    assert "Anke Rühl" in ents(doc, "PERSON")


def test_a_body_beside_a_person_in_other_slots_stays_no_person(nlp):
    assert not ents(nlp("Lomar Dynamics signed a contract with the army on Monday."), "PERSON")
    doc = nlp("The deal was welcomed by Kestrel Systems on Monday.")
    assert not ents(doc, "PERSON")


def test_a_unit_named_after_its_service_ends_the_post_not_a_name(nlp):
    # class: "Commander of the X Army Armoured Division, Major General A B": the title ended at the service's name
    # and the unit's words after it were read as a person (entities.json body_heads: Division, Brigade, Formation...)
    doc = nlp("The Commander of the Polish Army Armoured Division, Major General Ivo Brant, met Karl Hesse.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse"]
    doc = nlp("General Officer Commanding Latvian Army Signals Formation, Major General Ivo Brant, spoke.")
    assert ents(doc, "PERSON") == ["Ivo Brant"]


def test_a_cadets_rank_and_a_plural_post_before_names_are_no_part_of_them(nlp):
    # class: "Gentleman Cadet A B" (a rank read into the name) and "Senators A B and C D" (the first name lost)
    doc = nlp("The sword went to Gentleman Cadet Ivo Brant, and Flight Cadet Mira Koval was second.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Mira Koval"]
    assert "Gentleman Cadet" in ents(doc, "RANK")
    doc = nlp("Senators Ivo Brant and Mira Koval met General Karl Hesse in Islamabad on Monday.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Mira Koval", "Karl Hesse"]


def test_a_ship_named_after_an_officer_a_general_manager_and_a_name_joined_to_a_place_are_no_persons(nlp):
    # class: "the icebreaker ARA Almirante X" (a rank between the ship prefix and the name), "General Manager X"
    # (the rank General read before "Manager X"), "in Uttar Lomar and Velk Nadu" (a region the model read as a
    # person, joined to one right after "in")
    doc = nlp("The icebreaker ARA Almirante Velk left port as Admiral Ivo Brant watched.")
    assert ents(doc, "PERSON") == ["Ivo Brant"]
    doc = nlp("Admiral Ivo Brant paid visits to the Navy's frigate Teodor Velk and a destroyer.")
    assert ents(doc, "PERSON") == ["Ivo Brant"]  # "frigate" is a word of a rank too ("frigate captain")
    doc = nlp("He met General Manager Karl Hesse at the plant.")
    assert ents(doc, "PERSON") == ["Karl Hesse"] and ents(doc, "TITLE") == ["General Manager"]
    doc = nlp("Ivo Brant urged firms to invest in the corridors in Madhya Pradesh and Tamil Nadu.")
    assert "Tamil Nadu" not in ents(doc, "PERSON")


def test_a_body_under_another_post_is_one_title_with_it(nlp):
    # class: "Chair of a Lomar Council under the Prime Minister of X Major General Y": the title stopped at the
    # council, and the holder took "President of X" for his post
    text = (
        "Director of the State Agency under the Ministry of Defence of Latvia Major General Karl Hesse met Ivo Brant."
    )
    doc = nlp(text)
    assert "Director of the State Agency under the Ministry of Defence" in ents(doc, "TITLE")
    assert ents(doc, "PERSON") == ["Karl Hesse", "Ivo Brant"]
    doc = nlp("General Ivo Brant met Secretary of the Council under the President of Latvia Major General Karl Hesse.")
    assert "Secretary of the Council under the President of Latvia" in ents(doc, "TITLE")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse"]


def test_an_enlisted_rank_with_its_class_is_no_part_of_the_name(nlp):
    # class: "Petty Officer 2nd Class X Y", "Sgt. 1st Class X Y": the class word was read as the first name
    doc = nlp("Sgt. 1st Class Karl Hesse and Private First Class Olaf Berger met the press.")
    assert ents(doc, "PERSON") == ["Karl Hesse", "Olaf Berger"]
    assert ents(doc, "RANK") == ["Sgt. 1st Class", "Private First Class"]


def test_a_weekday_given_name_after_a_rank_is_part_of_the_name(nlp):
    # class: West African given names that are weekdays ("Maj.-Gen. Friday X"); the model reads the day as a DATE
    doc = nlp("The division commander, Maj.-Gen. Friday Velkaro, received the visitors on Monday.")
    assert ents(doc, "PERSON") == ["Friday Velkaro"]
    doc = nlp("General Hesse arrived on Friday, April 4, and met General Berger.")
    assert "Friday" not in " ".join(ents(doc, "PERSON"))
    doc = nlp("Hesse Meets Defence Ministers From Northern Nations")
    assert not any(p.startswith("From") for p in ents(doc, "PERSON"))


def test_a_post_s_abbreviation_set_off_by_commas_stays_with_the_post(nlp):
    # class: "The Chief of Defence Staff, CDS, Air Chief Marshal X" (commas where others write brackets)
    doc = nlp("The Chief of Defence Staff, CDS, Air Chief Marshal Karl Hesse, received the delegation.")
    assert ents(doc, "TITLE") == ["Chief of Defence Staff, CDS"]
    assert ents(doc, "PERSON") == ["Karl Hesse"]
    doc = nlp("The Chief of the Naval Staff, NATO, and Karl Hesse spoke.")
    assert "Chief of the Naval Staff, NATO" not in ents(doc, "TITLE")


def test_a_bare_abbreviated_post_as_subject_refers_to_its_holder(nlp):
    # class: releases that write the post's abbreviation without "the" as the subject ("COAS called on X")
    doc = nlp(
        "Chief of Army Staff (COAS) General Karl Hesse is in Velkaria. During the visit, COAS called on Olaf Berger."
    )
    assert "COAS" in ents(doc, "REF")
    doc = nlp("COAS General Karl Hesse called on Olaf Berger.")
    assert "COAS" not in ents(doc, "REF")
    doc = nlp("COAS General Karl Hesse met the Lomar army chief. The visiting COAS later called on Olaf Berger.")
    assert "COAS" not in ents(doc, "REF")


def test_a_name_after_a_post_in_a_ministry_is_its_holder(nlp):
    # class: "Joint Secretary (Europe) in the Ministry of External Affairs X Y": a civil-service grade, its branch in
    # brackets and the ministry "in" which it sits come before the holder's name
    doc = nlp("The talks were led by Joint Secretary (Europe) in the Ministry of External Affairs Mira Velkova.")
    assert ents(doc, "TITLE")[0] == "Joint Secretary"
    assert "Ministry of External Affairs" in ents(doc, "ORG")
    assert ents(doc, "PERSON") == ["Mira Velkova"]


def test_sheikh_inside_a_name_after_a_given_name_does_not_split_it(nlp):
    # class: Somali names ("Omar Sheikh Ali Doran"): the honorific is a word of the name, not the start of another
    doc = nlp("Colonel Hesse also met the President of Lomar State, Ilyas Sheikh Nur Doran.")
    assert "Ilyas Sheikh Nur Doran" in ents(doc, "PERSON")
    doc = nlp("The President of Lomar, Sheikh Ali Doran, met Karl Hesse.")
    assert "Sheikh Ali Doran" in ents(doc, "PERSON")


def test_executive_after_a_post_ending_in_chief_is_no_name(nlp):
    # class: "received by X Group Chief Executive Officer, Y": "Executive" was read as a name after the post
    doc = nlp("He was received by Velm Group Chief Executive Officer, Olaf Berger.")
    assert ents(doc, "PERSON") == ["Olaf Berger"]


def test_two_adjacent_model_places_that_name_one_city_are_joined():
    # class: the model splits a two-word city ("Porto" "Velho") into two places; the meeting's place was the first
    import spacy

    doc = spacy.blank("en")("They met in Porto Velho, Rondonia, on Tuesday.")
    model = [Span(doc, 3, 4, label="GPE"), Span(doc, 4, 5, label="GPE"), Span(doc, 6, 7, label="GPE")]
    joined = entities._joined_city_names(model)
    assert [(s.text, s.label_) for s in joined] == [("Porto Velho", "GPE"), ("Rondonia", "GPE")]
    apart = [Span(doc, 3, 4, label="GPE"), Span(doc, 4, 5, label="PERSON")]
    assert [s.text for s in entities._joined_city_names(apart)] == ["Porto", "Velho"]


def test_a_name_set_off_after_a_post_with_lower_case_words_is_its_holder(nlp):
    # class: "the X envoy to this country, A B C": the post runs on in lower case before the comma, and the model
    # read the name after it as a place or body
    doc = nlp(
        "Defense Minister Karl Hesse on Friday received the Lomar envoy to this country, Ines Marquez Delgado, "
        "for talks on relief work."
    )
    assert "Ines Marquez Delgado" in ents(doc, "PERSON")


def test_names_listed_after_a_plural_exercise_noun_are_all_exercises(nlp):
    # class: "the exercises A, B and C": only the first name was an exercise; the others were read as persons
    doc = nlp("The navies reviewed the exercises Velm Guardian, Kestrel Shield and Zorgrad Maitri last year.")
    assert ents(doc, "EXERCISE") == ["Velm Guardian", "Kestrel Shield", "Zorgrad Maitri"]
    assert ents(doc, "PERSON") == []


def test_an_operation_named_with_its_abbreviation_is_no_person(nlp):
    # class: "operations like Op Zarb": the model took "Op" into a person's name
    doc = nlp("General Karl Hesse said operations like Op Velkaro had shown the value of precise strikes.")
    assert ents(doc, "PERSON") == ["Karl Hesse"]


def test_an_officer_in_command_or_in_charge_is_a_post_before_a_name(nlp):
    # class: "Flag Officer in Command Rear Adm. X", "Officer-in-Charge Major X": the post was no title, and the name
    # after it no side of the meeting
    doc = nlp("General Karl Hesse met the Lomar Navy's Flag Officer in Command, Rear Adm. Ivo Brant, in Velm.")
    assert "Flag Officer in Command" in ents(doc, "TITLE")
    doc = nlp("The Officer-in-Charge Major Olaf Berger welcomed the team.")
    assert "Officer-in-Charge" in ents(doc, "TITLE")
    assert ents(doc, "PERSON") == ["Olaf Berger"]


def test_a_member_of_parliament_s_mk_is_no_part_of_the_name():
    # class: "MK X Y" (a member of the Knesset, as Israeli outlets write it): the letters were kept in the name
    assert strip_honorifics("MK Ilana Berger-Koval") == "Ilana Berger-Koval"


def test_a_ministrys_name_in_its_own_language_is_no_person(nlp):
    # class: a ministry's page headed "Ministerie van Defensie" (its name in Dutch, German, Italian ...): the name
    # was read as a person, who then joined the meeting of the headline
    doc = nlp("Ministerie van Defensie\n\nMinister Ivo Brant met General Karl Hesse.")
    assert "Ministerie van Defensie" not in ents(doc, "PERSON")
    assert {"Ivo Brant", "Karl Hesse"} <= set(ents(doc, "PERSON"))


def test_a_country_named_in_full_and_a_street_are_no_persons(nlp):
    # class: "Federated States of Micronesia" in a list of a forum's members and a Malay street name ("Jalan ...")
    # were read as persons (the street one, after "hosted the meeting at ... on", a side of the meeting)
    doc = nlp("Delegates came from Samoa, Federated States of Micronesia, Palau and Nauru.")
    assert ents(doc, "PERSON") == []
    doc = nlp("Minister Ivo Brant received the guests at the agency's offices on Jalan Lomar Baru Selatan.")
    assert ents(doc, "PERSON") == ["Ivo Brant"]


@pytest.mark.parametrize(("rank", "meaning"), [("RAdm.", "Rear Admiral"), ("VAdm.", "Vice Admiral")])
def test_a_mixed_case_admirals_rank_with_a_stop_is_one_rank(nlp, rank, meaning):
    # class: "paid a courtesy call on Fleet commander RAdm. X on Wednesday": the stop ended the sentence, so the
    # name fell out of the call
    doc = nlp(f"He paid a courtesy call on fleet commander {rank} Karl Hesse on Wednesday.")
    assert len(list(doc.sents)) == 1
    (ent,) = [e for e in doc.ents if e.label_ == "RANK"]
    assert (ent.text, ent.ent_id_) == (rank, meaning)


@pytest.mark.parametrize("post", ["External Affairs Minister", "Foreign Affairs Minister", "Home Affairs Minister"])
def test_an_affairs_ministers_post_before_the_name_is_a_title(nlp, post):
    # class: "is due to meet External Affairs Minister Dr. X": "External Affairs" was read as a body and the title was
    # "Minister" alone, so the abbreviation of the post ("EAM met Y") found no holder
    doc = nlp(f"He is due to meet {post} Dr. Karl Hesse in New Delhi.")
    assert post in ents(doc, "TITLE") and "Dr. Karl Hesse" in ents(doc, "PERSON")


def test_a_captions_subject_after_photo_is_a_person_and_an_offices_name_a_place(nlp):
    # class: "Photo: General X AO DSC welcomes Major General Y to Russell Offices.": X was taken for the photographer
    # credited after "Photo:", and the building ending in "Offices" for a person; a credit stays a credit
    doc = nlp("Photo: General Karl Hesse AO DSC welcomes Major General Ivo Brant CBE to Lomar Offices.")
    assert ents(doc, "PERSON") == ["Karl Hesse", "Ivo Brant"]
    assert ents(nlp("Photo: CPL Olaf Berger"), "PERSON") == []


@pytest.mark.parametrize("letters", ["AM CSC", "CSC RAN", "AC"])
def test_australian_honours_and_service_letters_after_a_name_are_no_part_of_it(nlp, letters):
    # class: "Major General X AM CSC", "Commodore Y CSC RAN": the honour or the service was read into the name
    doc = nlp(f"He will meet the Commander, Major General Helen Lomar {letters}, at the barracks on Thursday.")
    assert "Helen Lomar" in ents(doc, "PERSON")


def test_a_name_listed_on_from_the_agent_of_a_hosting_verb_is_a_person(nlp):
    # class: "The meeting was hosted by Minister A, who welcomed his counterparts, General B and C D.": the parser ran
    # the list on from the agent, and the last name, left untagged, was no person
    words = "The meeting was hosted by Karl Hesse , who welcomed his counterparts , Ivo Brant and Olaf Berger .".split()
    heads = [1, 3, 3, 3, 3, 6, 4, 6, 9, 6, 11, 9, 6, 14, 6, 14, 17, 14, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "punct", "nsubj", "relcl", "poss"]
    deps += ["dobj", "punct", "compound", "conj", "cc", "compound", "conj", "punct"]
    lemmas = [w.lower() for w in words]
    lemmas[3], lemmas[9] = "host", "welcome"
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 4
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    assert entities._a_person_slot(doc[17], set())
    lemmas[3] = "chair"  # "chaired by A, ..., B and C D": no hosting verb, no slot
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    assert not entities._a_person_slot(doc[17], set())


def test_police_ranks_abbreviated_after_pol_are_ranks(nlp_entities):
    # class: "Pol. Gen. X", "Pol Lt Gen Y": the police rank was no rank, and "Pol" was read as a person
    doc = nlp_entities("He met Police chief Pol. Gen. Karl Hesse and Pol Lt Gen Ivo Brant at the headquarters.")
    assert ents(doc, "RANK") == ["Pol. Gen.", "Pol Lt Gen"]
    assert ents(doc, "PERSON") == ["Karl Hesse", "Ivo Brant"]


def test_a_region_named_with_its_kind_is_no_person(nlp):
    # class: "visited Velk Prefecture": a prefecture or province was read as a person, and a meeting with it made
    doc = nlp("Defense Minister Karl Hesse has visited Kestrel Prefecture to seek local understanding.")
    assert ents(doc, "PERSON") == ["Karl Hesse"]


def test_a_page_date_stamp_with_a_month_is_no_exercise(nlp_entities):
    # class: a page title's stamp "12-Mar.-2031" read as an exercise "Mar.-2031" by its year suffix
    doc = nlp_entities("Velm News: the minister meets envoys, 12-Mar.-2031. Troops joined Iron Heron-2031.")
    assert ents(doc, "EXERCISE") == ["Iron Heron-2031"]


@pytest.mark.parametrize(
    "text, folded",
    [
        ("MINISTER for Defence Karl Hesse met envoys.", "Minister for Defence Karl Hesse met envoys."),
        ("THE army chief met envoys.", "The army chief met envoys."),
        ("NATO has many members.", "NATO has many members."),  # an acronym stays
        ("US troops landed.", "US troops landed."),
        ("MINISTER", "MINISTER"),  # a caps line alone (a heading) stays
    ],
)
def test_a_storys_opening_word_in_capitals_gets_an_initial_capital_only(text, folded):
    # class: "MINISTER for Home Affairs X met Y": the capitals hid the post and the name after it from the model
    assert ner.lead_caps_folded(text) == folded and len(ner.lead_caps_folded(text)) == len(text)


def test_a_storms_name_is_no_person(nlp):
    # class: "help after Cyclone Lorna": the storm's name was read as a person
    doc = nlp("Velm offered help after Cyclone Lorna and Typhoon Mira, Defence Minister Karl Hesse said.")
    assert ents(doc, "PERSON") == ["Karl Hesse"]


@pytest.mark.parametrize(
    "ref, post, rank, fits",
    [
        ("the General", "Deputy Commanding General", "Major General", True),  # the rank it names
        ("the minister", "Deputy Minister of Defence", "", False),  # a deputy's post is no "the minister"
        ("the commander", "Deputy Commander", "Major General", False),
    ],
)
def test_a_reference_naming_a_rank_fits_its_holder_whatever_deputys_post_he_holds(ref, post, rank, fits):
    # class: "the visiting General" for a Major General who is a deputy commander: the deputy rule (a deputy's post is
    # only a reference to a deputy) turned away the reference that named his rank
    from pipeline.nlp.entities import post_fits

    assert post_fits(ref, post, rank) is fits


def test_a_place_named_with_an_island_or_harbour_head_is_no_person(nlp):
    # class: "visited Lomar Island, where he met ...": a place whose name ends in a geographic head was read as a
    # person, who then met the visitor
    doc = nlp("Karl Hesse also visited Lomar Island and Kestrel Harbour, where he met with sailors.")
    assert ents(doc, "PERSON") == ["Karl Hesse"]


def test_a_nickname_in_quotes_inside_a_name_is_part_of_it(nlp):
    # class: 'Rafael "Migs" Stenz-Brant' (Philippine outlets write a nickname inside the full name): a given name
    # that is also a maker's name, followed by quotation marks, was read as the maker, and the person was lost
    doc = nlp('Senate Majority Leader Rafael "Migs" Stenz-Brant met with Velkarian Ambassador Karl Hesse on Tuesday.')
    assert ents(doc, "PERSON") == ['Rafael "Migs" Stenz-Brant', "Karl Hesse"]


def test_a_parliament_named_in_its_own_language_is_a_body_not_a_person(nlp):
    # class: "Riigikogu", "Verkhovna Rada": a legislature's own name at the top of its page was read as a person,
    # who then took part in the meetings its members held
    doc = nlp("Riigikogu – Official website of the parliament")
    assert ents(doc, "PERSON") == []
    assert "Riigikogu" in ents(doc, "ORG")


@pytest.mark.parametrize(
    "text, person",
    [
        # class: a Ukrainian deputy's post and a committee's chair written before the name were read as a body
        # ("People"), and the name after them was lost
        (
            "People's Deputy of Ukraine Ivo Brant held a video conference with Member of Parliament Karl Hesse.",
            "Ivo Brant",
        ),
        ("The delegation headed by Committee Chair Ivo Brant arrived in Lomar.", "Ivo Brant"),
        # a subcommittee's chair was read into the name ("Subcommittee Chair Ivo Brant")
        ("The delegation, led by Subcommittee Chair Ivo Brant, called on the minister.", "Ivo Brant"),
        # class: a name with a seat's letters after it ("A B MP", "A B MEP"), which the model left untagged or read
        # as a work of art with the post before it
        (
            "A delegation of the Defence Committee, led by its Chair, Ivo Brant MP, has returned from Lomar.",
            "Ivo Brant",
        ),
        ("Karl Hesse MEP said the visit was useful.", "Karl Hesse"),
        # class: a Spanish or Portuguese minister's post left untranslated ("Ministra de Defensa Nacional") was read
        # as a body, and a name after it the model did not tag was lost
        (
            "The Ostrian Ministra de Defensa Nacional, Ines Valdés Pinto, arrived in Lomar on Monday.",
            "Ines Valdés Pinto",
        ),
    ],
)
def test_a_deputys_post_or_a_committee_chair_before_a_name(nlp, text, person):
    assert person in ents(nlp(text), "PERSON")


def test_a_town_visited_before_where_is_no_person(nlp):
    # class: "visited Lomar da Velm, where he was briefed": a Portuguese town's name with a particle read as a person
    doc = nlp("President Ivo Brant on Saturday visited Lomar da Velm, where he was briefed by General Karl Hesse.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse"]


def test_a_name_set_off_after_a_post_keeps_its_particles(nlp):
    # class: "Minister of National Defence, Ivo de Jesus Brant Velk,": the model cut the name after its particle
    # ("Jesus Brant Velk"), and the name after the post stopped at the lower-case "de"
    doc = nlp(
        "The Velkarian Minister of National Defence, Ivo de Jesus Brant Velk, was received in Lomar by Karl Hesse."
    )
    assert "Ivo de Jesus Brant Velk" in ents(doc, "PERSON")


@pytest.mark.parametrize("post", ["Flag Officer Commanding Eastern Fleet", "Air Officer Commanding Southern Command"])
def test_a_flag_or_air_officer_commanding_is_one_post(nlp, post):
    # class: "Flag Officer Commanding Eastern Fleet" lost its first word, so "the Flag Officer" later fitted nobody
    doc = nlp(f"The ships, under the command of Rear Admiral Ivo Brant, {post}, arrived at Lomar.")
    assert post in ents(doc, "TITLE")


def test_a_name_set_off_after_a_post_and_its_body_with_an_article_is_the_holder():
    # class: "the Director General of the Kestrel Ocean Agency, X Y Z, opened talks" with X Y Z left untagged by the
    # model: the walk over the rest of the post stopped at the body's "the", so the name was lost; and a given name
    # that is also a city ("The President of the Republic, Santiago X Y, received") ended the name before it began
    import spacy

    blank = spacy.blank("en")
    doc = blank("On Friday, the Director General of the Kestrel Ocean Agency, Tavake Moala Seini, opened talks.")
    found = entities._named_after_comma(doc, [Span(doc, 3, 6, label="REF")], set())
    assert [s.text for s in found] == ["Tavake Moala Seini"]
    doc = blank("The President of the Republic, Santiago Brantes Velkar, received the minister.")
    found = entities._named_after_comma(doc, [Span(doc, 1, 5, label="TITLE")], set())
    assert [s.text for s in found] == ["Santiago Brantes Velkar"]
    # a city told after a post's comma with one more word is not taken for a given name
    doc = blank("The Ambassador of Chile, Santiago Velkar, received the minister.")
    assert entities._named_after_comma(doc, [Span(doc, 1, 4, label="TITLE")], set()) == []


@pytest.mark.parametrize(
    "text, post",
    [
        ("Velkar Group CEO Ivo Brant met the minister at the air show.", "CEO"),
        ("The minister held talks with Lomar Chief Executive Officer Ivo Brant.", "Chief Executive Officer"),
        ("Kestrel Managing Director Ivo Brant signed the contract with the agency.", "Managing Director"),
        ("The deal was signed by Executive Vice President Ivo Brant of Velkar.", "Executive Vice President"),
    ],
)
def test_a_company_officers_post_before_a_name_is_a_title(nlp, text, post):
    # class: a defence firm's officer written with the post before the name ("Group CEO X Y") had the post read into
    # the person's name, so the same executive named elsewhere without it became a second person
    doc = nlp(text)
    assert "Ivo Brant" in ents(doc, "PERSON")
    assert not any(post in p for p in ents(doc, "PERSON"))
    assert any(post in t for t in ents(doc, "TITLE"))


@pytest.mark.parametrize(
    "text",
    [
        "The delegation held talks on Monday with Velkarian Deputy Minister of Defense Ivo bin Karl Al-Brant in Zorgrad.",
        "HE the Minister of State for Defence Affairs Ivo bin Karl al-Brant took a phone call from Olaf Berger.",
    ],
)
def test_a_name_with_a_word_for_son_of_after_a_post_keeps_its_given_name(nlp, text):
    # class: "Minister of Defense X bin Y Z": the model began the name at "bin", so the post ran over the given name
    # and the person was left as the parent's name
    doc = nlp(text)
    assert [p for p in ents(doc, "PERSON") if "Karl" in p] == [
        "Ivo bin Karl Al-Brant" if "Al-" in text else "Ivo bin Karl al-Brant"
    ]
    assert not any(t.endswith("Ivo") for t in ents(doc, "TITLE") + ents(doc, "REF"))


@pytest.mark.parametrize("name", ["Ts.Velkhuyag", "Kh.Brantbold", "Sh.Lomarjav"])
def test_a_mongolian_name_with_a_two_letter_initial_is_one_name(nlp, name):
    # class: "Minister of Defense Ts.Surname": a father's initial written as two Latin letters (one Cyrillic letter)
    # was cut from the name at its stop, so the post ran over the initial and the name was read as a body
    doc = nlp(f"Minister of Defense {name} received Ambassador Karl Hesse on May 15.")
    assert ents(doc, "PERSON") == [name, "Karl Hesse"]
    assert ents(doc, "TITLE")[0] == "Minister of Defense"
    # a sentence run into the next without a space is still two words
    assert [t.text for t in nlp.tokenizer("They met.Talks went on.")][:4] == ["They", "met", ".", "Talks"]


def test_a_name_set_off_after_the_country_its_holder_comes_from_is_a_person(nlp):
    # class: "received his counterparts from Honduras, A B C, and El Salvador, D E": the model read a name set off
    # after its holder's country as a body, so one side of the sitting was lost
    doc = nlp(
        "The minister received on Thursday his counterparts from Honduras, Marisol Brant Zárate, and El Salvador, "
        "Vice Admiral Karl Hesse, for a trinational meeting."
    )
    assert ents(doc, "PERSON") == ["Marisol Brant Zárate", "Karl Hesse"]
    # a place listed after a country is no name
    doc = nlp("The delegation came from Honduras, Santa Rosa de Copan, and El Salvador, San Miguel.")
    assert ents(doc, "PERSON") == []


def test_a_commander_in_chief_written_without_hyphens_is_one_post(nlp):
    # class: "the Commander in chief of the Velkarian Navy, Admiral X": written without hyphens the post was cut into
    # "the Commander" and "chief of the Velkarian Navy", so the holder took a bare "Commander" as a title
    doc = nlp("Also at the talks in Zorgrad was the Commander in chief of the Velkarian Navy, Admiral Karl Hesse.")
    assert "Commander in chief of the Velkarian Navy" in ents(doc, "TITLE")
    assert ents(doc, "PERSON") == ["Karl Hesse"]


@pytest.mark.parametrize(
    "portfolio", ["Acquisition and Sustainment", "Personnel and Readiness", "Research and Engineering"]
)
def test_a_post_for_two_joined_procurement_portfolios_ends_before_the_name(nlp, portfolio):
    # class: "Assistant Secretary of Defense for Procurement and Sustainment X Y": the second portfolio word was not
    # known, so it was read with the holder's name as a body and the person was lost
    doc = nlp(
        f"Minister Ivo Brant was due to see Assistant Secretary of Defense for {portfolio} Karl Hesse in Zorgrad."
    )
    assert ents(doc, "PERSON") == ["Ivo Brant", "Karl Hesse"]


def test_a_name_set_off_before_a_countrys_capitalised_post_is_a_person(nlp):
    # class: "X Y, Velkaria's National Armaments Director, said ...": only a post in lower case after a country's
    # possessive made the name before it a person, so the model's cut or untagged name was lost
    doc = nlp("Gro Velkaren, Norway's National Armaments Director, told reporters the deal was close.")
    assert ents(doc, "PERSON") == ["Gro Velkaren"]


def test_a_name_with_a_middle_initial_set_off_after_a_post_is_the_holder(nlp):
    # class: "Velkaria's Secretary of National Defense, Ivo C. Brant, met ...": the name set off after the post
    # stopped at the initial's stop, so the holder was lost (the model read the post and name as one body)
    doc = nlp("Velkaria's Secretary of National Defense, Ivo C. Brant, met with Karl Hesse on 20 February.")
    assert ents(doc, "PERSON") == ["Ivo C. Brant", "Karl Hesse"]
    # a name never ends in an initial
    doc = nlp("Velkaria's Secretary of National Defense, Ivo Brant C., met with Karl Hesse on 20 February.")
    assert "Ivo Brant C." not in ents(doc, "PERSON")


@pytest.mark.parametrize("pair", ["N.K.-Russia", "ROK-U.S.", "U.S.-Japan"])
def test_countries_joined_by_a_hyphen_are_no_person(nlp, pair):
    # class: a headline's "pledge to resist DPRK-Velkaria ties": the model read the joined pair as a person, who then
    # took a seat in the meeting its story reports
    doc = nlp(f"Army chiefs meet in Zorgrad, pledge to resist {pair} ties")
    assert ents(doc, "PERSON") == []
    # a hyphened surname is still a name
    doc = nlp("Defense Minister Karl Hesse-Brant held talks in Zorgrad.")
    assert ents(doc, "PERSON") == ["Karl Hesse-Brant"]


@pytest.mark.parametrize("particle", ["Dela", "Delos"])
def test_a_nickname_before_a_filipino_particle_surname_keeps_the_whole_surname(nlp, particle):
    # class: "General Ivo "Jojo" Dela Velk Brant": after a nickname only two words were read as the surname, and
    # "Dela"/"Delos" were no known particles, so the family name after the middle name was cut off
    doc = nlp(f'General Ivo "Jojo" {particle} Velk Brant and Admiral Karl Hesse held a video conference on Tuesday.')
    assert ents(doc, "PERSON") == [f'Ivo "Jojo" {particle} Velk Brant', "Karl Hesse"]


def test_a_portfolio_after_the_republic_a_post_serves_ends_before_the_holders_name(nlp):
    # class: "Adviser to the President of the Republic of X for Foreign Policy Affairs Y Z": the title stopped at
    # the country and the model read the country, portfolio and name as one place, so the holder was lost
    doc = nlp(
        "Adviser to the President of the Republic of Azerbaijan for Foreign Policy Affairs Ivo Brant received the envoy."
    )
    assert ents(doc, "PERSON") == ["Ivo Brant"]
    assert any(t.endswith("for Foreign Policy Affairs") for t in ents(doc, "TITLE"))


def test_a_name_after_a_presidential_administration_is_no_part_of_the_post(nlp):
    # class: "Head of the X Department of the Presidential Administration Y Z": "Administration" was no head of a
    # body's name, so the untagged holder's name ran on as part of the post
    doc = nlp(
        "Head of the Foreign Policy Affairs Department of the Presidential Administration Ivo Brant received a "
        "delegation."
    )
    assert ents(doc, "PERSON") == ["Ivo Brant"]


def test_a_holders_name_with_a_lower_case_particle_after_a_post_is_the_person(nlp):
    # class: "Minister of Defence of the Netherlands Mira de Vos": the name run after the post stopped at the
    # particle, so the given name was read as the post's last word and the holder was lost
    doc = nlp("Minister of Defence Ivo Brant met with Minister of Defence of the Netherlands Mira de Vos in Brussels.")
    assert ents(doc, "PERSON") == ["Ivo Brant", "Mira de Vos"]
    assert "Minister of Defence of the Netherlands" in ents(doc, "TITLE")


def test_a_name_ending_in_an_editions_roman_numeral_is_no_person(nlp):
    # class: "ahead of Kestrel Resolve XVIII": the model read an exercise's edition as a person's name
    doc = nlp("The leaders discussed training support for the division ahead of Kestrel Resolve XVIII.")
    assert ents(doc, "PERSON") == []
    # a generational suffix stays part of the name
    doc = nlp("General Karl Hesse III met Ivo Brant.")
    assert ents(doc, "PERSON") == ["Karl Hesse III", "Ivo Brant"]


def test_a_dated_byline_names_no_person_of_the_article(nlp):
    # class: "May 27, 2031 -- By X Y, Velkarian National Guard Public Affairs": a byline after the page's date was
    # read as a person of the story (GOLD: reporters in bylines are metadata)
    doc = nlp("May 27, 2031 -- By Karl V. Hesse, Velkarian National Guard Public Affairs")
    assert ents(doc, "PERSON") == []
    # the page's date, then the writer's rank and name on the next line of the block
    doc = nlp("30 May 2031\nCaptain Karl Hesse")
    assert ents(doc, "PERSON") == []
    # a rank and name alone are no byline without the date
    doc = nlp("Captain Karl Hesse")
    assert ents(doc, "PERSON") == ["Karl Hesse"]


@pytest.mark.parametrize("cue", ["Imagery by", "Images by", "Photography by"])
def test_a_name_credited_for_imagery_is_no_person_of_the_article(nlp, cue):
    # class: "Imagery by CPL X Y" under a story: the credit cue was unknown, so the photographer became a person
    doc = nlp(f"{cue} CPL Karl Hesse")
    assert ents(doc, "PERSON") == []


def test_the_first_admiral_rank_is_one_rank(nlp_entities):
    # class: Brunei's and Malaysia's "First Admiral X": the rank table lacked it, so "First" ended the title before
    # it and the rank read "Admiral"
    doc = nlp_entities("Deputy Commander of the Navy First Admiral Karl Hesse received Commodore Ivo Brant.")
    assert "First Admiral" in ents(doc, "RANK")
    assert "Deputy Commander of the Navy" in ents(doc, "TITLE")


def test_an_exercise_named_in_apposition_to_its_noun_is_an_exercise(nlp):
    # class: "discussed preparations for the allies' combined exercise, Kestrel Dawn Shield, and ...": the name set off
    # by commas after the exercise noun was read as a person (and made a meeting with the two commanders)
    doc = nlp(
        "The two commanders also discussed preparations for the allies' summertime combined exercise, Kestrel Dawn "
        "Shield, and security cooperation."
    )
    assert ents(doc, "EXERCISE") == ["Kestrel Dawn Shield"] and ents(doc, "PERSON") == []
    # an opening phrase ending in the noun, or a speaker after it, names no exercise
    assert ents(nlp("During the exercise, Karl Hesse met Ivo Brant."), "EXERCISE") == []
    assert ents(nlp("He watched the exercise, General Karl Hesse said."), "PERSON") == ["Karl Hesse"]


@pytest.mark.parametrize("name", ["Steppe Falcon", "Kestrel Shield"])
def test_a_name_whose_apposition_is_an_exercise_noun_is_an_exercise(nlp, name):
    # class: "Steppe Falcon, an annual exercise between A and B, has been held ...": the name before the comma, whose
    # apposition is the exercise noun, was read as a person
    doc = nlp(f"{name}, an annual exercise between the two armies, has been held alternately in the two countries.")
    assert ents(doc, "EXERCISE") == [name] and ents(doc, "PERSON") == []
    assert ents(nlp("General Karl Hesse, the exercise director, met Ivo Brant."), "PERSON") == [
        "Karl Hesse",
        "Ivo Brant",
    ]


@pytest.mark.parametrize("cue", ["Inquiries:", "Media contact:", "Further information:"])
def test_a_releases_press_contact_is_no_person_of_the_article(nlp, cue):
    # class: "Inquiries: Special Adviser X, tel. ..." under a ministry's release: the press contact (metadata, like a
    # byline) was read as a person of the story
    doc = nlp(f"{cue} Special Adviser Olli Velkaren, tel. +358 295 140 000")
    assert ents(doc, "PERSON") == []


def test_a_name_after_a_post_and_the_place_it_is_held_in_is_the_holders(nlp):
    # class: "US Ambassador in Dhaka Maria T Fernandez was also present": after the post and its city, a name with a
    # bare middle initial was left untagged by the model, so the attendee was lost
    doc = nlp("Velkarian Ambassador in Dhaka Maria T Fernandez was also present at the meeting.")
    assert ents(doc, "PERSON") == ["Maria T Fernandez"]


def test_a_portfolio_joined_to_a_capitalised_word_before_its_head_stays_in_the_title(nlp):
    # class: "Deputy Assistant Secretary of Defense for European and NATO Policy, X": the title stopped at "European"
    # and the name after the rest of it was no longer set off after a post
    doc = nlp(
        "She also met with the US Deputy Assistant Secretary of Defense for European and NATO Policy, Gro Velkaren."
    )
    assert ents(doc, "TITLE") == ["Deputy Assistant Secretary of Defense for European and NATO Policy"]
    assert ents(doc, "PERSON") == ["Gro Velkaren"]


def test_a_ministers_post_left_in_french_is_a_title_not_a_name(nlp):
    # class: "Burundi's Ministre de la Défense nationale et des Anciens Combattants, Mr X": the French post was read
    # as two persons
    doc = nlp("She also met Burundi's Ministre de la Défense nationale et des Anciens Combattants, Mr Dario Kell.")
    assert ents(doc, "PERSON") == ["Mr Dario Kell"]
    assert "Ministre de la Défense nationale et des Anciens Combattants" in ents(doc, "TITLE")


@pytest.mark.parametrize("honorific", ["Baroness", "Viscount"])
def test_a_peers_style_before_a_name_is_an_honorific(nlp, honorific):
    # class: "The address was given by Baroness X Y, Minister for the Middle East": the name was read as a body
    doc = nlp(f"The opening address was given by {honorific} Imogen Tallis, Minister for the Middle East.")
    assert ents(doc, "PERSON") == [f"{honorific} Imogen Tallis"]


@pytest.mark.parametrize("demonym", ["Sri Lankan", "South Korean"])
def test_a_post_after_a_two_word_demonym_and_the_is_a_reference(nlp, demonym):
    # class: "the Sri Lankan Navy Commander held talks with X": a post after a demonym of two words was a title of
    # nobody, not a reference to the visitor named before
    doc = nlp(f"On 4 February, the {demonym} Navy Commander held bilateral discussions with Admiral Karl Hesse.")
    assert ents(doc, "REF") == [f"the {demonym} Navy Commander"]
