"""Meeting frames read off a parsed Doc (one Doc per distinct paragraph text).

A frame is a dict describing one reported encounter, or a sentence that adds to one:
    kind: meeting | join (people added to the last meeting) | lead (the named leaders of a delegation met
          before) | topics | context (date, place, persons only) | cooccurrence (baseline)
    sent_idx, trigger, trigger_lemma: sentence index, the word that reports the meeting and its lemma
    delegation: a meeting frame whose other side is an unnamed delegation, waiting for a lead frame
    participants: [[start, end], ...] character spans of named participants (PERSON / REF entities)
    refs: [[start, end, text], ...] nominal or pronoun participants with no entity ("the Pakistani general")
    surnames: [[start, end, text], ...] bare names in a participant role that no entity covers
    group: the participants are a plural phrase ("the two ministers", "the sides") to be filled from context
    host: [start, end] or None; visitor: [start, end] or None (who "is on a visit")
    host_surname: [[start, end, text]] or []: the bare name of `surnames` that is the host ("Brant received X")
    person_countries: [[start, end, country], ...] for persons whose title words name a country
    location, location_text, location_country: the city of the meeting
    date_text: the date expression that fixes the day, or None; same_day: "later the same day"
    mode: in_person | phone | video; status: occurred | planned | cancelled
    split, split_subject: "separate meetings with X and Y" (one meeting per named object)
    venue: the sentence names an international event (exercise, summit) at its place
    topics: [str]; evidence: the sentence; confidence: float
    present: the meeting is told in the present ("X meets Y"), so it is held on the publication day
    told_past: the meeting is told in the simple past ("X held talks with Y"), not the perfect ("X has received Y")
    meeting_ref: a sentence with no meeting of its own speaks of one ("In a telephone conversation on May 2, ...")
    plan_agreed: a meeting_ref sentence tells a plan agreed or announced ("the sides agreed that X will visit Y")
    ref_texts: [[start, end, text], ...] REF participants with their modifiers ("his counterparts from A and B")
    sidelines: the sentence places the meeting on the sidelines of an event (nobody hosts it)
    sitting_with: a join's sitting named by one of its sides ("present at the meeting with the President"): the
        texts of those sides, which pick the meeting they are at
    sitting_place: a join's sitting named by its place ("present at the Camp Velk talks"): the place's text
    sitting_group_size, sitting_group_post: a join's sitting named by its sides as a group ("the two generals were
        joined by X"): how many and their post

`method="cooccurrence"` keeps the stock baseline: every two PERSON entities in a sentence with a meeting word.

The words the rules look for are data: `models/meetings/cues.json` (meeting words, read by `cues()`) and
`models/meetings/frame_rules.json` (grammar cues and confidences, read by `rules()`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from pipeline import resources
from pipeline.nlp import dates, entities, token_strings
from pipeline.nlp.entities import honorific_length, ref_fits

PARTICIPANT_LABELS = ("PERSON", "REF")
METHODS = ("rules", "cooccurrence")


@cache
def meeting_lemmas() -> frozenset[str]:
    return frozenset(resources.read_lines("meeting_verbs.txt"))


@cache
def cues() -> dict:
    """`models/meetings/cues.json`: the meeting words, word lists as frozensets, with the unions the rules use."""
    data = resources.read_json("meetings/cues.json")
    found = {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items() if not k.startswith("_")}
    # unions the rules test per token, built once
    found["role_words"] = found["person_refs"] | found["group_refs"]
    found["visit_or_host_verbs"] = found["visit_verbs"] | found["host_verbs"]
    found["remote_words"] = found["video_words"] | found["phone_words"]
    found["sitting_or_ceremony_words"] = found["meeting_nouns"] | found["ceremony_words"]
    found["not_phone_call_words"] = found["visit_call_words"] | found["not_meeting_compounds"]
    found["trigger_lemmas"] = (
        found["meet_verbs"]
        | found["call_verbs"]
        | found["join_verbs"]
        | found["speak_verbs"]
        | found["light_verbs"]
        | found["topic_verbs"]
        | found["occur_verbs"]
        | found["presence_words"]
        | frozenset(found["sitting_seat_nouns"])
        | found["attendance_nouns"]
        | found["chair_nouns"]
        | found["mediation_nouns"]
        | found["trigger_nouns"]
        | found["attend_lemmas"]
        | found["lead_verbs"]
        | found["together_verbs"]
        | found["handshake_verbs"]
        | found["meeting_nouns"]
        | frozenset(found["phrasal_meet_verbs"])
        | frozenset(found["exchange_verbs"])
    )
    found["meeting_words"] = found["meeting_nouns"] | found["remote_words"]
    return found


@cache
def rules() -> dict:
    """`models/meetings/frame_rules.json`: grammar cues (pronouns, status words, dependency labels, topic phrase
    words) and confidences; word lists as frozensets, except the topic_* words that build regexes (tuples)."""
    data = resources.read_json("meetings/frame_rules.json")
    return {
        k: (tuple(v) if k.startswith("topic_") else frozenset(v)) if isinstance(v, list) else v
        for k, v in data.items()
        if not k.startswith("_")
    }


@cache
def places() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(city -> country, country name or alias -> country, demonym -> country), keys case-folded."""
    cities, countries, demonyms = {}, {}, {}
    for country, info in resources.read_json("meetings/places.json")["countries"].items():
        countries[country.casefold()] = country
        for alias in info.get("aliases", []):
            countries[alias.casefold()] = country
        for dem in info.get("demonyms", []):
            demonyms[dem.casefold()] = country
        for city in info.get("cities", []):
            cities.setdefault(city.casefold(), country)
    return cities, countries, demonyms


class Words:
    """The strings the rules scan sentences for, read once per Doc (see `token_strings`): each token's
    lowercase form, lowercased lemma and POS, and the Doc's text (a Span's text is its slice, where
    `Span.text` joins its tokens' strings on every call)."""

    def __init__(self, doc: Doc):
        self.text = doc.text
        self.lower = token_strings.strings(doc, LOWER)
        self.lemma = token_strings.lowered_lemmas(doc)
        self.pos = token_strings.pos_names(doc)


def extract_frames(doc: Doc, method: str = "rules") -> list[dict]:
    if method == "cooccurrence":
        return cooccurrence_frames(doc)
    mend_headline_verbs(doc)
    frames = []
    words = Words(doc)
    for sent_idx, sent in enumerate(doc.sents):
        persons = _persons(sent)
        found = sentence_frames(sent, sent_idx, persons, words)
        person_countries = [[p.start_char, p.end_char, country] for p in persons if (country := _country_of(p))]
        travellers = [[p.start_char, p.end_char] for p in persons if p.label_ == "PERSON" and _travelling(p)]
        # the named grammatical subjects: a "he" in the next sentence most likely stands for one of them
        # (a reference too, "the minister was received by X": relate takes the person it stands for; not a pronoun,
        # which relate reads as the subject going on)
        subjects = [
            [p.start_char, p.end_char]
            for p in persons
            if (p.label_ == "PERSON" or p.label_ == "REF" and p.text.lower() not in rules()["subject_pronouns"])
            and _subject_or_its_owner(p.root)
            and not _blocked(p.root)
            and not _quote_source(p)
        ]
        # "Kalem met X": a bare surname subject (tagged a place or a body, or untagged) is one too, once relate
        # links it to the person of that surname
        subjects = subjects or _bare_name_subjects(doc, found)
        for frame in found:
            frame["person_countries"] = person_countries
            frame["subjects"] = subjects + _reference_subjects(doc, frame)
            if travellers:
                frame["travellers"] = travellers
        frames.extend(found)
    return frames


def mend_headline_verbs(doc: Doc) -> None:
    """A title-case headline's verb the tagger took for a name ("X Welcomes Y to Z": "Welcomes" a proper noun with
    X for its subject; models/headline_words.txt) gets its verb's lemma and part of speech, as "X Meets Y" has
    them, so the rules read it as a verb."""
    lemmas, headline_words = cues()["trigger_lemmas"], entities.headline_words()
    for tok in doc:
        if (
            tok.text in headline_words
            and tok.pos_ in ("PROPN", "NOUN")
            and any(ch.dep_ == "nsubj" for ch in tok.children)
            and (base := next((b for b in (tok.lower_[:-1], tok.lower_[:-2]) if b in lemmas), None))
        ):
            tok.lemma_, tok.pos_, tok.tag_ = base, "VERB", "VBZ"


def _reference_subjects(doc: Doc, frame: dict) -> list[list[int]]:
    """ "Today, the visiting general called on X": a frame's side told by a reference with no entity of its own that
    is the clause's subject; relate takes the person it stands for as the one a "his" next goes on with."""
    found = []
    for start, end, _ in frame["refs"]:
        tok = doc.char_span(start, end, alignment_mode="expand")
        if tok is not None and tok.root.lower_ not in rules()["pronouns"] and _subject_or_its_owner(tok.root):
            found.append([start, end])
    return found


def _bare_name_subjects(doc: Doc, found: list[dict]) -> list[list[int]]:
    """[start, end] of the bare surnames of a sentence's meeting frames that are a clause's subject."""
    out = []
    for frame in found:
        for start, end, _ in frame.get("surnames") or []:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and _subject_or_its_owner(span.root) and [start, end] not in out:
                out.append([start, end])
    return out


def _subject_or_its_owner(tok: Token) -> bool:
    """A clause's subject, or the owner of one ("X's week has been busy"), or the name set off after a subject post
    ("The army chief, General X, arrived ..."): who a "he" next most likely is."""
    if tok.dep_ == "appos" and tok.head.ent_type_ in ("TITLE", "RANK", ""):
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")


def _quote_source(person: Span) -> bool:
    """ "'We discussed training,' spokesperson X told reporters": the person who reports what was said, not whom
    the next sentences are about (a "he" after it is the story's actor)."""
    verb = person.root.head
    return (
        person.root.dep_ == "nsubj"
        and verb.lemma_.lower() in cues()["report_verbs"]
        and any(ch.dep_ == "ccomp" or ch.is_quote for ch in verb.children)
    )


def _post_headed(root: Token) -> Token:
    """The token that stands for a person in the clause where the parser made the post before the name its head
    ("Chief of the General Staff General X had visited ...": X is the object of "of", "Chief" the subject)."""
    tok = root
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.ent_type_ == "TITLE":
        tok = tok.head.head
    return tok


def _country_visited(visit: Token) -> bool:
    """ "a visit to Mauritania": the visit noun goes to a country named."""
    _, countries, _ = places()
    return any(
        o.text.casefold().removeprefix("the ") in countries
        for p in visit.children
        if p.lower_ == "to"
        for o in p.children
    )


def _on_a_visit(person: Span) -> bool:
    """ "X is on a visit to Turkey", "X arrived in Ankara on an official visit", "X is visiting Turkey": X is a
    visitor in the country, for every meeting of the visit the text tells."""
    # (the name set after its post may hang on the post as an apposition: "Chairman of X Gen. Y traveled to ...")
    root = _post_headed(
        person.root.head
        if person.root.dep_ == "appos" and person.root.head.ent_type_ in ("TITLE", "REF")
        else person.root
    )
    if _given_guard_of_honour(person):
        return True
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.lemma_.lower() in cues()["visit_verbs"] and not any(
        o.ent_type_ in PARTICIPANT_LABELS for o in verb.children if o.dep_ == "dobj"
    ):
        return True
    if verb.lemma_.lower() in ("be", "arrive") and any(
        o.lemma_.lower() in cues()["visit_nouns"] for o in _prep_objects(verb, {"on", "for"})
    ):
        return True
    # "X has made an official visit to Mauritania", "X paid a visit to Chile": a visit the subject made abroad (not
    # one to come, "X will pay a visit to Y": a meeting told beside it may be at home)
    if verb.tag_ != "VB" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in cues()["visit_nouns"] and _country_visited(o) for o in verb.children
    ):
        return True
    # "X arrived in Santiago on Sunday", "X is in Cairo at the invitation of Y": a visitor there
    if verb.lemma_.lower() == "arrive" and any(o.ent_type_ == "GPE" for o in _prep_objects(verb, {"in", "at"})):
        return True
    # "X travelled to Amman on Monday, where he met Y": a journey made (not one to come) to the place of the meetings
    if (
        verb.lemma_.lower() in ("travel", "fly")
        and verb.tag_ in ("VBD", "VBZ")
        and any(o.ent_type_ == "GPE" for o in _prep_objects(verb, {"to"}))
    ):
        return True
    if verb.lemma_.lower() in ("be", "arrive") and any(
        o.lemma_.lower() in cues()["invitation_nouns"] for o in _prep_objects(verb, {"at", "on"})
    ):
        return True
    # "X returned this week from a congressional delegation to Y", "... from a visit to Y": the one who went
    if verb.lemma_.lower() == "return" and any(
        o.lemma_.lower() in cues()["visit_nouns"] | cues()["delegation_nouns"] | cues()["trip_nouns"]
        for o in _prep_objects(verb, {"from"})
    ):
        return True
    # "During his visit to Pakistan, X met Y": the visit the subject's own pronoun owns is the subject's
    return any(
        o.lemma_.lower() in cues()["visit_nouns"]
        and any(p.dep_ == "poss" and p.lower_ in rules()["pronouns"] for p in o.children)
        for o in _prep_objects(verb, {"during", "on", "in"})
    )


def _given_guard_of_honour(person: Span) -> bool:
    """ "X was accorded a guard of honour", "X inspected a guard of honour": honours are for the visitor; not
    "Y presented a guard of honour" (models/meetings/cues.json honour_guard_words, honour_giving_verbs)."""
    root = person.root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if root.dep_ == "nsubj" and verb.lemma_.lower() in cues()["honour_giving_verbs"]:
        return False
    words = " " + " ".join(t.lower_ for t in verb.subtree if not root.left_edge.i <= t.i <= root.right_edge.i) + " "
    return any(f" {guard} " in words for guard in cues()["honour_guard_words"])


def _travelling(person: Span) -> bool:
    """On a visit, or leading a delegation: a traveller for every meeting of the visit the text tells."""
    return _on_a_visit(person) or _leads_delegation(person) or _heads_a_delegation(person)


def _heads_a_delegation(person: Span) -> bool:
    """ "X led a delegation to Y", "The Vice Chief, General X, headed the team": X, the subject of a lead verb whose
    object is a delegation, is the traveller a later "The delegation was received by Z" stands for."""
    c = cues()
    subject = _post_headed(person.root.head if person.root.dep_ == "appos" else person.root)
    verb = subject.head
    return (
        subject.dep_ == "nsubj"
        and verb.lemma_.lower() in c["lead_verbs"]
        and any(ch.dep_ == "dobj" and ch.lemma_.lower() in c["delegation_nouns"] for ch in verb.children)
    )


def _leads_delegation(person: Span) -> bool:
    """ "a delegation led by X", "the team headed by the Chief of Staff, General X", "the delegation was led by X": X
    leads a visiting side (GOLD: a delegation led by X is X), so the other side of its meetings is at home."""
    c = cues()
    doc, i = person.doc, person.start - 1
    # back over the leader's titles ("led by the Chief of General Staff of X, Major General Y"), however parsed
    while i >= person.sent.start and person.start - i <= 16 and doc[i].pos_ != "VERB" and doc[i].ent_type_ != "PERSON":
        tok = doc[i]
        led = tok.head.head
        while (
            led.dep_ == "pobj"
            and led.head.lower_ in ("of", "from")
            and led.head.head != led.head
            and led.lemma_.lower() not in c["delegation_nouns"]  # "as part of a delegation headed by X"
        ):
            # "a delegation of the Ostrian Army headed by X", "a delegation from the Ostrian Navy led by X": the parser
            # hanging it on the army
            led = led.head.head
        if (
            tok.lower_ == "by"
            and tok.head.lemma_.lower() in c["lead_verbs"]
            and (
                led.lemma_.lower() in c["delegation_nouns"]
                # "The delegation of 24 members was led by X"
                or any(
                    ch.dep_ == "nsubjpass" and ch.lemma_.lower() in c["delegation_nouns"] for ch in tok.head.children
                )
                # "received a delegation from the Ostrian parliament led by X" ("led" hung on "received"), "Led by X,
                # the delegation met Y"
                or tok.head.dep_ == "advcl"
                and any(
                    ch.dep_ in ("dobj", "nsubj") and ch.lemma_.lower() in c["delegation_nouns"]
                    for ch in tok.head.head.children
                )
            )
        ):
            return True
        i -= 1
    return False


def cooccurrence_frames(doc: Doc) -> list[dict]:
    """The stock baseline: all PERSON entities of a sentence that has a meeting word."""
    frames = []
    lemmas = meeting_lemmas()
    for sent_idx, sent in enumerate(doc.sents):
        persons = [e for e in sent.ents if e.label_ == "PERSON"]
        trigger = next((t for t in sent if t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in lemmas), None)
        if len(persons) < 2 or trigger is None:
            continue
        frames.append(
            _frame(
                "cooccurrence",
                sent,
                sent_idx,
                trigger,
                [[e.start_char, e.end_char] for e in persons],
                confidence=rules()["confidence"]["cooccurrence"],
            )
        )
    return frames


def _frame(kind: str, sent: Span, sent_idx: int, trigger: Token | None, participants: list, **extra) -> dict:
    frame = {
        "kind": kind,
        "sent_idx": sent_idx,
        "trigger": trigger.text if trigger is not None else None,
        "trigger_lemma": trigger.lemma_.lower() if trigger is not None else None,
        "participants": participants,
        "refs": [],
        "group": False,
        "host": None,
        "visitor": None,
        "split_subject": [],
        "person_countries": [],
        "venue": False,
        "location": None,
        "location_text": None,
        "location_country": None,
        "date_text": None,
        "same_day": False,
        "mode": "in_person",
        "status": "occurred",
        "split": False,
        "vague_date": False,
        "venue_place": None,
        "venue_country": None,
        "capital_ref": False,
        "at_told_sitting": False,
        "topics": [],
        "evidence": extra.pop("evidence") if "evidence" in extra else sent.text.strip(),
        "confidence": rules()["confidence"]["default"],
    }
    frame.update(extra)
    return frame


# --- sentence analysis ------------------------------------------------------------------------------


def _persons(sent: Span) -> list[Span]:
    """Participant entities; a "person" that is a country, city or nationality word is a tagging slip."""
    cities, countries, demonyms = places()
    # a name the sentence splitter cut ("... Admiral Lukas | Brenner.") belongs to the sentence it starts in
    ents = [*sent.ents, *(e for e in sent.doc.ents if sent.start <= e.start < sent.end < e.end)]
    # and one cut right after its honorific ("Hon. | Grace Achieng held talks ...") to the sentence of the name too
    ents += [
        e
        for e in sent.doc.ents
        if e.start < sent.start < e.end and sent.start - e.start <= honorific_length(sent.doc, e.start) + 1
    ]
    return [
        e
        for e in ents
        if e.label_ in PARTICIPANT_LABELS
        and e.text.casefold() not in cities
        and e.text.casefold() not in countries
        and e.text.casefold() not in demonyms
    ]


def _blocked(tok: Token, stop: Token | None = None) -> bool:
    """A name inside "greetings from X", "on behalf of X", "his predecessor X": mentioned, not present."""
    block = cues()["block_words"]
    if tok == stop:
        return False  # the name is the role word itself: what is above it is the trigger's business
    for anc in tok.ancestors:
        if stop is not None and anc == stop:
            return False
        if anc.lemma_.lower() in block or anc.text.lower() in block:
            return True
    return False


def _in_relcl(tok: Token, top: Token) -> bool:
    """Whether `tok` sits in a relative clause or participial modifier below `top`."""
    cur = tok
    while cur != top and cur.head != cur:
        if cur.dep_ in ("relcl", "advcl", "ccomp") and cur.lemma_ not in cues()["lead_verbs"]:
            return not _named_after_clause(tok, cur)
        cur = cur.head
    return False


def _named_after_clause(tok: Token, clause: Token) -> bool:
    """ "the Deputy Prime Minister, who also serves as Defence Minister, B": a name set off by a comma at the end of
    a relative clause on a bare title is the name of that title (the parser takes it into the clause)."""
    title = clause.head
    if clause.dep_ != "relcl" or title.ent_type_ != "TITLE" or tok.i <= clause.i or tok.dep_ not in ("conj", "appos"):
        return False
    if any(t.ent_type_ == "PERSON" for t in title.subtree if t.i < clause.left_edge.i):
        return False  # "Minister A, who met B, ..." : the title has its name
    first = tok.left_edge.i if tok.dep_ == "appos" else min(t.i for t in tok.subtree)
    return first > 0 and tok.doc[first - 1].text == "," and tok.ent_type_ == "PERSON"


def _name_of_blocked_post(person: Span) -> bool:
    """The name set off by a comma after a post the sentence tells is only mentioned or going along ("accompanied
    by the Chief of General Staff, Brigadier General X"), which the parser hung elsewhere."""
    doc, i = person.doc, person.start - 1
    while i >= 0 and doc[i].ent_type_ == "RANK":
        i -= 1
    if i < 1 or doc[i].text != ",":
        return False
    post, bracketed = doc[i - 1], False
    if post.text == ")" and (opening := next((k for k in range(i - 2, max(i - 6, 0), -1) if doc[k].text == "("), None)):
        # "the Chief of the General Staff (CEMGFA), Admiral X": the post before its acronym (the model may read the
        # post and the acronym as one reference)
        post, bracketed = doc[opening - 1], True
    if post.ent_type_ in ("PERSON", "GPE", "DATE") or post.ent_type_ == "REF" and not bracketed:
        return False  # "At the invitation of General A, General B visited ...": B is no name of A's
    if post.pos_ not in ("NOUN", "PROPN"):
        return False
    if post.ent_type_ not in ("TITLE", "REF") and post.lemma_.lower() not in cues()["role_words"]:
        return False  # "According to the programme, the chief is to ...": no post, the clause's own subject
    if post.ent_type_ not in ("TITLE", "REF") and post.tag_ in ("NNS", "NNPS"):
        return False  # "According to officials, General X is to ...": many people, no post a name is set off after
    return _blocked(post) and not _blocked(person.root)


def _principal_of_named_envoy(person: Span) -> bool:
    """ "a Special Envoy of President Y of X, Mr Z": Y is named inside an envoy's post whose holder is set off after
    Y; the parser may hang the envoy on Y, but Y is whom the envoy speaks for."""
    doc = person.doc
    own = next((e for e in doc.ents if e.end == person.start and e.label_ == "TITLE"), None)
    if own is None:
        return False
    # "Envoy of President" read as one post, or "Envoy" "of" "President"
    envoy = own if any(t.lower_ == "of" for t in own[1:]) else None
    if envoy is None and own.start > 1 and doc[own.start - 1].lower_ == "of":
        envoy = next((e for e in doc.ents if e.end == own.start - 1 and e.label_ == "TITLE"), None)
    if envoy is None or not any(w in envoy.text.casefold().split() for w in cues()["envoy_post_words"]):
        return False
    i = person.end
    if i < len(doc) and doc[i].lower_ == "of":  # "of X": the principal's country
        i += 1
        while i < len(doc) and (doc[i].ent_type_ in ("GPE", "NORP") or doc[i].lower_ == "the"):
            i += 1
    return i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].ent_type_ in ("PERSON", "RANK", "TITLE")


def _role_persons(head: Token, persons: list[Span]) -> list[Span]:
    """Named persons a role word stands for: the word itself, its conjuncts, appositions, "led by X"."""
    titles = cues()["role_words"]
    out = []
    for p in persons:
        root = p.root
        if root == head or head in root.ancestors or _named_after_own_post(root, head):
            if _in_relcl(root, head) or _blocked(root, head) or _press_person(p) or _own_aide(p):
                continue
            if head.pos_ == "PRON" and root.dep_ == "appos" and root.head == head:
                continue  # a pronoun has no apposition: the parser hung a name told after the verb on "She"
            if _name_of_blocked_post(p):
                continue  # "visited the brigade, accompanied by the Chief of Staff, General X": X went along
            if (
                root.dep_ == "appos"
                and root.head == head
                and (post := _set_off_after_a_post(root))
                and head not in post
            ):
                continue  # "the envoy held talks with the Minister of X, Mr Y": the parser hung Y on "envoy"
            if _principal_of_named_envoy(p):
                continue  # "received a Special Envoy of President Y, Mr Z": Z came, Y sent him
            path = [root, *[a for a in root.ancestors if head in a.ancestors]]
            if any(
                t.dep_ == "prep"
                and t.lower_ in ("of", "to", "for")
                and t.head.pos_ == "NOUN"
                and t.head.lemma_.lower() not in titles
                for t in path
            ):
                continue  # "the tomb of X", "an adviser to X": named after, not present
            if any(
                (t.dep_ == "poss" or t.dep_ == "prep" and t.lower_ in ("from", "by"))
                and t.head.pos_ == "NOUN"
                and t.head.lemma_.lower() not in titles
                and not _sitting_noun(t.head)
                and t.head.lemma_.lower() not in cues()["remote_words"]
                and t.head.lemma_.lower() not in cues()["visit_nouns"]
                for t in path
            ):
                continue  # "welcomed X's remarks", "a letter from X", "the statement by X": a thing of X's, not X
            if _served_person(root, path):
                continue  # "X, Chief of Staff to President Y, met Z": Y is whom X serves, not there
            if any(_owns_a_post(t) for t in path):
                continue  # "met President Y's envoy (Z)": the envoy is there, not Y (a delegation of Y's is Y's)
            if _names_a_kind(root):
                continue  # "Gorkha veterans and Medal awardees attended": a name that only qualifies the people
            out.append(p)
    return out


def _named_after_own_post(root: Token, head: Token) -> bool:
    """ "sat down with the Velkarian Minister Delegate in charge of Border Affairs, General X": the parser hung the
    post's tail, and the name set off after it, on the verb; the name is still the holder of the post the role word
    begins."""
    if root.dep_ != "appos" or head.ent_type_ != "TITLE":
        return False
    if root.head.i < head.i:
        # "the envoy held talks with the Minister of X, Mr Y": hung on a word before the post it is set off after
        return (post := _set_off_after_a_post(root)) is not None and head in post
    doc, end = head.doc, head.i + 1  # where the post the role word stands in ends
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return root.head.i < end <= root.left_edge.i <= end + 1 and head not in root.head.ancestors


def _set_off_after_a_post(root: Token) -> Span | None:
    """The post a name is set off right after by a comma ("the Minister for X, Mr Y"), if any; not one set off
    itself after an earlier name, whose post it is ("A, commander of X, General B, commander of Y")."""
    doc = root.doc
    first = root.left_edge.i
    if first < 2 or doc[first - 1].text != "," or doc[first - 2].ent_type_ != "TITLE":
        return None
    start = first - 2
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return None if start > 0 and doc[start - 1].text == "," else doc[start : first - 1]


def _owns_a_post(tok: Token) -> bool:
    """ "President Y's envoy", "the minister's spokesman": Y owns the post of someone else, who is the one there; a
    delegation of Y's is Y's (GOLD: a delegation led by X is X)."""
    c = cues()
    head = tok.head.lemma_.lower()
    return tok.dep_ == "poss" and head in c["role_words"] and head not in c["delegation_nouns"]


def _names_a_kind(root: Token) -> bool:
    """A name that modifies a common noun of people or things ("Medal awardees", "Gorkha veterans", "the Brant
    government"): it tells what kind they are, not one more person at the sitting; a title, reference or
    delegation noun keeps its name ("the Brant-led delegation")."""
    head = root.head
    c = cues()
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and head.pos_ == "NOUN"
        and head.i > root.i
        and head.lemma_.lower() not in c["role_words"]
        and head.lemma_.lower() not in c["delegation_nouns"]
        and head.ent_type_ not in ("TITLE", "RANK", *PARTICIPANT_LABELS)
    )


def _press_person(person: Span) -> bool:
    """A journalist: a name told with a press word or an outlet ("Reuters correspondent X", "CNN's X", "X of the
    BBC", "X, a reporter for Y"). Speaking to one is an interview, not a meeting."""
    doc = person.doc
    i = person.start - 1
    before = []
    # the words the name is told with ("Al Jazeera's", "Reuters correspondent"), not a clause before it
    while (
        i >= person.sent.start
        and person.start - i <= 6
        and (doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[i].text in ("'s", "’s"))
    ):
        before.insert(0, doc[i])
        i -= 1
    if before and before[-1].ent_type_ == "RANK":
        return False  # "AFP chief Gen. X": a rank before the name is an officer's, whatever acronym the post holds
    after = [
        t
        for ch in person.root.children
        if ch.i >= person.end and (ch.dep_ == "appos" or ch.dep_ == "prep" and ch.lower_ in ("of", "from", "for"))
        for t in ch.subtree
    ]
    return _press_words(before) or _press_words(after)


def _own_aide(person: Span) -> bool:
    """Someone told as another's own aide ("his aide Colonel X", "X, her interpreter,"), or set off after
    another name as someone's aide ("..., A, X, a spokeswoman for A, said"): staff of that side. Not the
    subject of the meeting ("X, an aide to the President, met Y")."""
    doc, aides = person.doc, cues()["aide_words"]
    set_off = ("for", "to") if person.root.dep_ == "appos" else ()
    i = person.start - 1
    while i >= person.sent.start and person.start - i <= 6 and doc[i].pos_ in ("PROPN", "NOUN", "ADJ"):
        if doc[i].lower_ in aides:
            return i > person.sent.start and doc[i - 1].lower_ in rules()["pronouns"]
        i -= 1
    return any(
        t.lower_ in aides
        and any(
            ch.dep_ == "poss" and ch.pos_ == "PRON" or ch.dep_ == "prep" and ch.lower_ in set_off for ch in t.children
        )
        for ch in person.root.children
        if ch.dep_ == "appos" and ch.left_edge.i in (person.end, person.end + 1)  # right after the name
        for t in ch.subtree
    )


def _press_words(tokens: list[Token]) -> bool:
    """Whether the words name the press: a press word ("correspondent") or an outlet ("Reuters", "Al Jazeera")."""
    tokens = [t for t in tokens if t.text not in ("'s", "’s")]
    if {t.lower_ for t in tokens} & cues()["press_words"]:
        return True
    outlets = resources.outlets()
    words = [t.lower_ if t.text[:1].isupper() else "" for t in tokens]  # an outlet is named capitalised
    return any(
        " ".join(words[k:j]) in outlets for k in range(len(words)) for j in range(k + 1, min(len(words), k + 4) + 1)
    )


def _served_person(root: Token, path: list[Token]) -> bool:
    """A name that is the object of "to" after a post ("Chief of Staff to President Y", "an aide to Y"): the
    person the post serves. Not a name set beside the phrase ("adviser to the Prime Minister, Z"), nor one glued
    to a country ("Ambassador of China to Pakistan Z")."""
    to = root.head
    if not (root.dep_ == "pobj" and to.lower_ == "to" and to in path and to.head.pos_ in ("NOUN", "PROPN")):
        return False
    if to.ent_type_ == "TITLE":
        return False  # "to" inside the title its holder is named after ("Ambassador of China to Pakistan Z")
    _, countries, demonyms = places()
    between = root.doc[to.i + 1 : root.i]
    return all(
        (t.dep_ == "det" or t.ent_type_ in ("TITLE", "RANK", "PERSON"))
        and t.text.casefold() not in countries
        and t.text.casefold() not in demonyms
        for t in between
    )


def _subject(verb: Token) -> Token | None:
    """Subject of a verb, climbing xcomp/conj/acomp chains ("is expected to hold talks")."""
    cur, gerund = verb, False
    for _ in range(6):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if (
            subj is not None
            or (subj := _subject_read_as_modifier(cur) or _subject_joined_to_a_place(cur) or _name_right_before(cur))
            is not None
        ):
            return subj
        # "X, ..., will on Monday receive Y, the ministry said": the parser may hang the subject on the auxiliary
        subj = next(
            (g for a in cur.children if a.dep_ == "aux" for g in a.children if g.dep_ in ("nsubj", "nsubjpass")), None
        )
        if subj is not None:
            return subj
        if (visitor := _visiting_clause_subject(cur)) is not None:
            return visitor
        if (traveller := _visit_purpose_subject(cur)) is not None:
            return traveller
        if _main_verb_read_as_clause(cur):
            return _reported_subject(cur) or cur.sent.root
        if _verb_hung_on_a_time(cur):
            cur = cur.head.head  # "X saw Y in the morning, and later that day called upon Z": X called on Z
            continue
        if (
            cur.dep_ in ("xcomp", "conj", "acomp", "advcl", "pcomp", "ccomp")
            and cur.head != cur
            # "X met Y in the morning, then held talks with Z": a second verb after a comma, hung on the first as
            # a bare `dep`, shares its subject
            or cur.dep_ == "dep"
            and cur.pos_ == "VERB"
            and cur.i > cur.head.i
            and cur.head.pos_ == "VERB"
            or cur.dep_ == "prep"
            and (cur.i > cur.head.i or gerund)  # "After meeting X, Y held talks": Y met X
            and cur.head.pos_ in ("VERB", "AUX")
        ):
            gerund = cur.dep_ == "pcomp" and cur.tag_ == "VBG"
            cur = cur.head
        else:
            return None
    return None


def _verb_hung_on_a_time(verb: Token) -> bool:
    """ "X saw Y at the base, and later that day called upon Z": the parser hung the second verb, tagged a participle, on
    the time phrase before it as a clause, and the time phrase on the first verb (or as its conjunct); no agent, so no
    passive."""
    time = verb.head
    return (
        verb.dep_ == "acl"
        and _no_agent(verb)
        and time.ent_type_ in ("DATE", "TIME")
        and time.dep_ in ("npadvmod", "advmod", "conj")
        and time.head.pos_ in ("VERB", "AUX")
    )


def _infinitive(verb: Token) -> bool:
    """ "to meet": a verb with the infinitive's "to"."""
    return any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children)


def _visit_purpose_subject(verb: Token) -> Token | None:
    """ "A visit to Y by X to meet Z", "X's trip to Y to meet Z": the one who travels is the subject of the purpose
    clause hung on the visit."""
    if verb.dep_ != "acl" or not _infinitive(verb):
        return None
    visit = verb.head
    if visit.lemma_.lower() not in cues()["visit_nouns"]:
        return None
    owner = next((c for c in visit.children if c.dep_ == "poss"), None)
    by = (o for p in visit.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj")
    return owner or next(by, None)


def _subject_read_as_modifier(verb: Token) -> Token | None:
    """ "Kalemyan last met X": a name opening the sentence that the parser hung on a finite verb with no subject as
    an interjection or an adverb (a surname it did not know), tagged a name by the model: the subject."""
    first = verb.sent[0]
    if (
        first.head == verb
        and first.dep_ in ("intj", "advmod", "npadvmod", "dep")
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and first.text[:1].isupper()
        and first.ent_type_ in ("PERSON", "ORG", "NORP")
    ):
        return first
    return None


def _name_right_before(verb: Token) -> Token | None:
    """ "X's Minister of Defense General A B on June 4 received C": the parser read a name as a verb and hung the
    finite verb on it, with no subject; the name right before the verb, past the day told between them, is its
    subject (not the last of several listed: "A, B and C had a meeting")."""
    if verb.tag_ not in ("VBD", "VBZ") or any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in verb.children):
        return None
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and (doc[i].ent_type_ in ("DATE", "TIME") or doc[i].lower_ in ("on", "in") or doc[i].tag_ == "RB"):
        i -= 1
    if (
        i == verb.i - 1
        or i < 0
        or doc[i].ent_type_ != "PERSON"
        or doc[i].ent_iob_ == "B"
        and i + 1 < len(doc)
        and doc[i + 1].ent_iob_ == "I"
    ):
        return None
    name = next((e for e in doc.ents if e.start <= i < e.end), None)
    if name is None or doc[i].sent != verb.sent:
        return None
    k = name.start - 1
    while k >= 0 and doc[k].ent_type_ in ("RANK", "TITLE"):
        k -= 1
    return None if k >= 0 and doc[k].lower_ in (",", "and") else name.root


def _subject_joined_to_a_place(verb: Token) -> Token | None:
    """ "In Zorgrad, X and his colleagues called on Y": the parser joined the subject to the place of the fronted
    phrase, leaving the verb with no subject; the first name or noun after the comma is it."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("in", "at")):
        for place in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC")):
            for conj in (c for c in place.children if c.dep_ == "conj" and c.ent_type_ not in ("GPE", "LOC", "FAC")):
                if conj.left_edge.i > place.i and conj.doc[conj.left_edge.i - 1].text == ",":
                    return conj
    return None


def _no_agent(verb: Token) -> bool:
    return not any(ch.dep_ in ("agent", "aux", "auxpass") for ch in verb.children)


def _main_verb_read_as_clause(verb: Token) -> bool:
    """ "Later, the delegation called on General X", "A delegation headed by X, Deputy Chief of Y, called on Z":
    the parser read the sentence's verb (past tense) as a clause on a noun of its subject, leaving the sentence with
    a noun for its root and no predicate; the root is the verb's subject. Not a passive ("a delegation led by X":
    `agent`)."""
    root = verb.sent.root
    return (
        verb.dep_ == "acl"
        # "the visiting dignitary called on X": tagged a participle, but the sentence has no other predicate
        and (
            verb.tag_ == "VBD"
            or verb.tag_ == "VBN"
            and verb.head == root
            and (_calls_on(verb) or _held_noun_set_apart(verb) is not None)
        )
        and (root.pos_ in ("NOUN", "PROPN") and root in verb.ancestors or _reported_subject(verb) is not None)
        and _no_agent(verb)
    )


def _reported_subject(verb: Token) -> Token | None:
    """ "X, who is accompanying Y, separately called on Z, an official said": the same parse under a report verb
    after it, the verb hung on the report's subject; that subject, else None. Also a verb tagged a participle with a
    person after it ("X, <post>, received on Tuesday at the headquarters Y, ..., the ministry said"): no agent, so
    no passive."""
    root, head = verb.sent.root, verb.head
    if (
        (verb.tag_ == "VBD" or verb.tag_ == "VBN" and _person_after(verb))
        and head.dep_ == "nsubj"
        and head.head == root
        and root.i > verb.i
        and root.lemma_.lower() in cues()["report_verbs"]
    ):
        return head
    return None


def _person_after(verb: Token) -> bool:
    """A person named in the verb's own words after it."""
    return any(t.i > verb.i and t.ent_type_ == "PERSON" for t in verb.subtree)


def _held_noun_set_apart(verb: Token) -> Token | None:
    """ "X, <post>, held on this Thursday (22) a videoconference with Y": a light verb read as a participle on the
    root noun, with no object of its own, and the meeting noun it holds hung on that root as an apposition after
    it (the words between parted them); that noun, else None."""
    c = cues()
    if verb.lemma_.lower() not in c["light_verbs"] or any(ch.dep_ == "dobj" for ch in verb.children):
        return None
    return next(
        (
            ch
            for ch in verb.head.children
            if ch.dep_ == "appos"
            and ch.i > verb.i
            and (ch.lemma_.lower() in c["meeting_nouns"] or ch.lower_ in c["meeting_nouns"])
        ),
        None,
    )


def _visiting_clause_subject(verb: Token) -> Token | None:
    """ "Visiting Chinese Defence Minister X was received by Y": the parser may read "Visiting" as a clausal
    subject with X its object; X is the subject."""
    clause = next((c for c in verb.children if c.dep_ in ("csubj", "csubjpass")), None)
    if clause is None or clause.lower_ not in cues()["visiting_words"]:
        return None
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return next((c for c in objects if c.ent_type_ == "PERSON"), next(iter(objects), None))


def _no_person(tok: Token) -> bool:
    """A subject that names no one ("NATO was united after his talks with X"): a body, a thing."""
    c = cues()
    return (
        tok.ent_type_ not in (*PARTICIPANT_LABELS, "TITLE", "RANK")
        and tok.pos_ in ("PROPN", "NOUN")
        and tok.lemma_.lower() not in c["role_words"]
        and tok.lemma_.lower() not in c["person_refs"]
        and not _group(tok)
        and not any(t.ent_type_ in PARTICIPANT_LABELS for t in tok.subtree)
    )


def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
            out.extend(_visiting_object(c))
    # "talks with A on Monday and with B on Tuesday": the second "with" hangs as a conjunct on the first phrase
    for c in tok.children:
        if c.dep_ == "prep":
            out.extend(
                g
                for k in c.children
                if k.dep_ == "conj" and k.lower_ in preps
                for g in k.children
                if g.dep_ == "pobj" and g not in out
            )
    return out


def _visiting_object(prep: Token) -> list[Token]:
    """ "a dinner for visiting Admiral X": the parser took "visiting" for a verb with X its object; X is the
    preposition's object."""
    return [
        d
        for g in prep.children
        if g.dep_ == "pcomp" and g.lower_ in cues()["visiting_words"] and prep.lower_ in cues()["visiting_noun_preps"]
        for d in g.children
        if d.dep_ == "dobj"
    ]


def _in_honour_of(thing: Token) -> list[Token]:
    """ "hosted a dinner in honour of X": X, whether the parser hangs "of X" on "honour" or on the dinner."""
    out = []
    for honour in _prep_objects(thing, {"in"}):
        if honour.lemma_.lower() not in cues()["honour_nouns"] or honour.i + 1 >= len(honour.doc):
            continue
        of = honour.doc[honour.i + 1]
        if of.lower_ == "of":
            out += [g for g in of.children if g.dep_ == "pobj"] + _visiting_object(of)
    return out


def _calls_on(verb: Token) -> bool:
    """ "called on X" is a visit to X; "called X on Monday" is a phone call."""
    if verb.lemma_.lower() not in cues()["call_verbs"]:
        return False
    objs = _prep_objects(verb, {"on", "upon"})
    # "called on X" parsed as a particle, or as a bare preposition with X as the object
    objs += [
        g
        for ch in verb.children
        if ch.lower_ in ("on", "upon")
        and (ch.dep_ == "prt" or ch.dep_ == "prep" and ch.i == verb.i + 1 and not list(ch.children))
        for g in verb.children
        if g.dep_ in ("dobj", "oprd")  # "called on the Velkan chief of staff X" read as naming someone chief
    ]
    # "X, who ..., called on Y, an official said": the verb hung on X and Y on the report verb, "on" left bare;
    # "X, who arrived on Tuesday, separately called on Minister Y, who ...": Y hung on X, "on" left bare before a post
    # (or before its demonym: "is to call on Velkarian Defence Minister Y, a source said")
    objs += [
        verb.doc[ch.i + 1]
        for ch in verb.children
        if ch.lower_ in ("on", "upon")
        and ch.i == verb.i + 1
        and not list(ch.children)
        and (_reported_subject(verb) or verb.doc[ch.i + 1].ent_type_ in ("TITLE", "RANK", "NORP", *PARTICIPANT_LABELS))
    ]
    return any(
        o.ent_type_ not in ("DATE", "TIME") and o.lower_ not in dates.months() and o.lower_ not in dates.weekdays()
        for o in objs
    )


def _occurs(verb: Token) -> bool:
    """ "took place", "occurred", "happened": a verb that says an event happened."""
    lemma = verb.lemma_.lower()
    if lemma not in cues()["occur_verbs"]:
        return False
    return lemma != "take" or any(ch.dep_ == "dobj" and ch.lower_ == "place" for ch in verb.children)


def _call_on_noun(noun: Token) -> bool:
    """ "paid a courtesy call on X", "a farewell call on X": a visit to X, not a phone call."""
    if noun.lemma_.lower() != "call":
        return False
    on = _prep_objects(noun, {"on", "upon"}) + _prep_objects(noun.head, {"on", "upon"})
    on += _stranded_object(noun, {"on", "upon"})  # "X's call on Navy chief Admiral Y" with Y hung elsewhere
    return any(_called_on(o) for o in on) or any(ch.lower_ in cues()["visit_call_words"] for ch in noun.children)


def _called_on(obj: Token) -> bool:
    """Whom a "call on" visits: not a day, nor a thing talked about ("a phone call on the exchange programme")."""
    if obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in dates.weekdays():
        return False
    return not (obj.pos_ == "NOUN" and not obj.ent_type_ and obj.lemma_.lower() not in cues()["role_words"])


def _is_passive(verb: Token) -> bool:
    """ "was received by X", and the reduced participle "(a meeting) attended by X"."""
    return (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        or verb.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in verb.children)
    )


VIDEO_WORD = re.compile(r"\bvideo")


def _mode(sent: Span, trigger: Token, noun: Token | None) -> str:
    c = cues()
    tokens = [t for t in _without_joining_clauses(sent, trigger) if not _inside_a_name(t)]
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    text = " ".join(t.text for t in tokens).lower()
    # a word that begins with "video" ("videoconference", "video-link"), not a city's name that ends in it
    video = VIDEO_WORD.search(text) is not None
    if words & c["video_words"] or video or _met_virtually(sent, trigger):
        return "video"
    if noun is not None and noun.lemma_.lower() == "call" and not video:
        return "in_person" if _call_on_noun(noun) else "phone"
    if words & (c["phone_words"] - {"call"}):
        return "phone"
    if trigger.lemma_.lower() in c["call_verbs"] and not _calls_on(trigger) and not _called_off(trigger):
        return "phone"
    if any(ch.dep_ == "dobj" and ch.lemma_.lower() == "call" and not _call_on_noun(ch) for ch in trigger.children):
        return "phone"  # "received a call from X" (not "a courtesy call from X")
    return "in_person"


def _inside_a_name(tok: Token) -> bool:
    """ "... sources who spoke to Lomar Online": a word after the first of a proper name (an outlet's, a body's),
    which tells no mode of meeting; "Ministers Hold Video Call" keeps its mode words."""
    if tok.pos_ != "PROPN" or tok.i == tok.sent.start:
        return False
    before, c = tok.doc[tok.i - 1], cues()
    return (
        before.pos_ == "PROPN"
        and before.dep_ == "compound"
        and before.lower_ not in c["video_words"]
        and before.lower_ not in c["phone_words"]
    )


def _without_joining_clauses(sent: Span, trigger: Token) -> list[Token]:
    """The sentence's tokens but for another clause in which someone joins ("ministers meet in X; Y joins by
    video"): one attendee's remote link is not the sitting's mode; nor is the mode of a call told before a meeting
    to come ("spoke by phone ..., and agreed to meet"), nor of another meeting joined to it ("met A in X, and held a
    video call with B")."""
    kept = set(trigger.subtree)
    left_out = {
        t
        for verb in sent
        if verb != trigger
        and verb.dep_ in ("conj", "parataxis", "ROOT")
        and (
            (_joins(verb) or _meeting_to_come_after_another(trigger, verb))
            and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children)
            or _meeting_clause_beside(trigger, verb)
        )
        for t in verb.subtree
        if t not in kept or verb.head == trigger  # a clause joined under the trigger is in its subtree
    }
    return [t for t in sent if t not in left_out]


def _meeting_clause_beside(trigger: Token, verb: Token) -> bool:
    """A verb joined to the trigger's ("met A ..., and held a video call with B", "held talks with A, and later spoke
    by telephone with B") that tells a meeting with someone of its own: its mode is that meeting's."""
    if not (verb.dep_ == "conj" and verb.head == trigger or trigger.dep_ == "conj" and trigger.head == verb):
        return False
    c = cues()
    told = verb.lemma_.lower() in c["meet_verbs"] | c["speak_verbs"] | c["call_verbs"] or any(
        ch.dep_ == "dobj" and ch.lemma_.lower() in c["trigger_nouns"] for ch in verb.children
    )
    own = set(verb.subtree) if verb.head == trigger else set(verb.subtree) - set(trigger.subtree)
    # "ministers meet in X, hold video call with Kyiv": a capital standing for its government is someone too
    return told and any(
        t.ent_type_ in PARTICIPANT_LABELS or t.dep_ == "pobj" and t.head.lower_ == "with" and t.ent_type_ == "GPE"
        for t in own
    )


def _called_off(verb: Token) -> bool:
    """ "called off the talks": a meeting cancelled, not a phone call."""
    return any(ch.dep_ == "prt" and ch.lower_ == "off" for ch in verb.children)


def _is_to(tok: Token) -> bool:
    """ "X is to meet Y", "X was to hold talks with Y": a person's arrangement to come, so planned (not "the aim
    is to meet Y"); so is a headline's infinitive ("X to visit Ankara, meet Y", "X to meet Y in Z")."""
    head = tok.head
    to = _infinitive(tok)
    if to and tok.dep_ == "acl" and head.dep_ == "ROOT" and head.ent_type_ in PARTICIPANT_LABELS:
        return True  # "General X to meet Y in Z", parsed as the name with a clause
    if to and _headline_infinitive_subject(tok) is not None:
        return True  # "Brant to host X next week; deal on table": the bare name hung on the verb
    if tok.dep_ == "ROOT" or tok.dep_ == "dep" and head.dep_ == "ROOT":
        # "X to visit Ankara, meet Y": the second verb may hang on the first as a bare `dep`
        verb = tok if tok.dep_ == "ROOT" else head
        return verb.pos_ == "VERB" and _infinitive(verb) and any(ch.dep_ == "nsubj" for ch in verb.children)
    return (
        tok.dep_ == "xcomp"
        and head.lemma_ == "be"
        and to
        and any(
            ch.dep_ == "nsubj"
            and (
                ch.ent_type_ in PARTICIPANT_LABELS
                or ch.lower_ in rules()["subject_pronouns"]
                or _group(ch)  # "the two chiefs are to hold talks"
                or ch.lemma_.lower() in cues()["delegation_nouns"]  # "the delegation was to meet X"
                # "The meeting was to be co-chaired by X": a sitting arranged to come
                or _sitting_noun(ch)
                and any(a.dep_ == "auxpass" for a in tok.children)
            )
            for ch in head.children
        )
    )


def _met_virtually(sent: Span, trigger: Token) -> bool:
    """ "met virtually with X" (the adverb may hang on "with"); not "virtually all"."""
    return any(
        t.lower_ in cues()["video_adverbs"] and t.dep_ == "advmod" and trigger in (t.head, t.head.head) for t in sent
    )


def _the_old_day(sent: Span, day: str) -> bool:
    """ "X's visit, scheduled to begin next Monday, has been postponed": the day the sentence tells is the one the
    sitting was planned for (under a plan word), not a new one; "..., officials said yesterday": the day of the
    report."""
    c = cues()
    return not _postponed_to_a_day(sent) and any(
        e.label_ == "DATE"
        and e.text == day
        and (
            any(a.lemma_.lower() in c["planned_words"] for a in e.root.ancestors)
            or e.root.head.lemma_.lower() in c["report_verbs"]
        )
        for e in sent.ents
    )


def _postponed_to_a_day(sent: Span) -> bool:
    """ "postponed to November 20", "delayed until next week", "moved to Thursday", "rescheduled for May 3": a new
    day is stated."""
    return _postponed_day(sent) is not None


def _postponed_day(sent: Span) -> str | None:
    """The new day a postponement states (`_postponed_to_a_day`), as the date entity's text, if any."""
    r = rules()
    for t in sent:
        if t.lemma_.lower() not in r["postpone_lemmas"]:
            continue
        # "pushed back to May 20": the parser may hang the day on "back"
        for p in [*t.children, *(g for a in t.children if a.lower_ == "back" for g in a.children)]:
            if p.lower_ in r["until_words"] or p.lower_ == "for" and t.lemma_.lower() == "reschedule":
                for day in p.children:
                    if day.ent_type_ == "DATE":
                        return next((e.text for e in sent.ents if e.start <= day.i < e.end), day.text)
                    # "postponed to 22 May": a day the model left untagged
                    if day.dep_ == "pobj" and (
                        told := dates.find_date_text(sent.doc[day.left_edge.i : day.i + 1].text)
                    ):
                        return told
    return None


def _outside_while_clause(sent: Span, trigger: Token) -> set[int]:
    """ "Talks with X postponed as Y holds a video call with Z": when the trigger's clause is one set beside the main
    one ("as", "while"), the tokens outside it, which tell another event."""
    verb = _clause_verb(trigger)
    if verb.dep_ != "advcl" or not any(ch.dep_ == "mark" and ch.lower_ in ("as", "while") for ch in verb.children):
        return set()
    return {t.i for t in sent if not verb.left_edge.i <= t.i <= verb.right_edge.i}


def _other_time_clauses(sent: Span, trigger: Token) -> set[int]:
    """The tokens of clauses opened by "after"/"before" ("days after X refused ...") that the trigger is not in."""
    words = cues()["after_words"] | {"before"}
    heads = [
        t
        for t in sent
        if t.lower_ in words and t.dep_ == "prep" or any(ch.dep_ == "mark" and ch.lower_ in words for ch in t.children)
    ]
    return {
        i
        for h in heads
        if not h.left_edge.i <= trigger.i <= h.right_edge.i
        for i in range(h.left_edge.i, h.right_edge.i + 1)
    }


def _status(sent: Span, trigger: Token) -> str:
    c, r = cues(), rules()
    # "X received Y on Thursday, days after Z refused to ...": what another clause set in time tells is not of this
    apart = _other_time_clauses(sent, trigger) | _outside_while_clause(sent, trigger)
    lemmas = {t.lemma_.lower() for t in sent if t.i not in apart}
    if _postponed_to_a_day(sent) or _welcome_to_come(trigger):
        # "postponed to May 3", "moved to Thursday": a new day stated, still ahead; "looks forward to welcoming X
        # in Y later this year"
        return "planned"
    if any(w in lemmas for w in c["cancelled_words"]) or _says_called_off(sent, apart):
        return "cancelled"
    chain = [trigger, *trigger.ancestors]
    if any(ch.dep_ == "neg" for tok in chain[:2] for ch in tok.children if tok.pos_ in ("VERB", "AUX")):
        return "cancelled"  # "X will not meet Y", "X did not meet Y": a refusal, not a meeting held or planned
    if any(
        ch.lower_ == "longer" and any(g.dep_ == "neg" for g in ch.children)
        for tok in chain
        if tok.pos_ in ("VERB", "AUX")
        for ch in tok.children
    ):
        return "cancelled"  # "X would no longer travel to Y, where he was to hold talks with Z": called off
    for tok in chain:
        if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in c["after_words"]:
            return "occurred"  # "after the meeting with X, he will ..."
        if (
            tok is trigger
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("at", "during", "in")
        ):
            # "At the talks, both sides agreed to ...", "In the meeting with X, the two agreed to ...": what was agreed
            # there does not make the talks planned; "during their meeting scheduled for next month" is a plan
            verb = tok.head.head
            scheduled = any(ch.dep_ == "acl" and ch.lemma_.lower() in c["planned_words"] for ch in tok.children)
            return (
                "planned"
                if scheduled or any(ch.dep_ == "aux" and ch.lower_ in r["future_auxiliaries"] for ch in verb.children)
                else "occurred"
            )
        if tok.lemma_.lower() in c["planned_words"] and (
            tok.lemma_.lower() != "set" or any(ch.dep_ == "xcomp" and ch in chain for ch in tok.children)
        ):
            return "planned"  # "is expected to meet", "was set to meet" (not "set up")
        if any(ch.dep_ == "aux" and ch.lower_ in r["future_auxiliaries"] for ch in tok.children) or _is_to(tok):
            return "planned"
        if (
            tok.dep_ == "acl"
            and _infinitive(tok)
            and tok.head.lemma_.lower() in c["invitation_nouns"]
            and trigger.tag_ != "VBD"
        ):
            return "planned"  # "accepted an invitation to visit X and meet Y": what the invitation is to, still ahead
        if tok.pos_ == "AUX" and any(ch.dep_ == "acomp" and ch.lower_ == "due" for ch in tok.children):
            return "planned"  # "X is due in Y on Thursday to meet Z": the purpose clause hangs on "is", beside "due"
        if any(ch.dep_ == "aux" and ch.lower_ == "would" for ch in tok.children) and _reported_clause(tok):
            return "planned"  # "the ministry said X would travel to Y for talks": a plan told in reported speech
        if tok.dep_ not in r["status_climb_dependencies"] and not (
            tok.dep_ in ("nsubj", "nsubjpass") and _sitting_noun(tok)
        ):
            break  # "the next session, co-chaired by A and B, will be held in X": the sitting's verb tells
    return "occurred"


def _says_called_off(sent: Span, apart: set[int] = frozenset()) -> bool:
    """The sentence holds a phrase that calls a meeting off ("called off", "turned down"; rules cancelled_phrases),
    outside the words `apart` ("held talks by video, weeks after a visit was called off": another sitting's clause)."""
    folded = "".join(t.text_with_ws for t in sent if t.i not in apart).lower()
    return any(p in folded for p in rules()["cancelled_phrases"])


def _separate(trigger: Token, noun: Token | None) -> bool:
    """Several meetings, one per named counterpart: "met A and B separately", "held separate meetings with",
    "a series of bilateral talks with his counterparts from A, B and C"."""
    c = cues()
    if _sitting_of_three(noun):
        return False  # "Separately, X held a trilateral meeting with A and B": the three at one sitting
    if _at_a_joint_sitting(trigger):
        return False  # "held talks with A, and with B, at a joint meeting": the three at one sitting
    if any(ch.lower_ in c["separate_words"] for ch in trigger.children if ch.dep_ in ("advmod", "npadvmod")):
        return True
    if (
        noun is not None
        and len({*_noun_objects(noun), *_prep_objects(trigger, {"with"})}) >= 2
        and _dated_apart(trigger)
    ):
        return True  # "held talks with A on Monday and with B on Tuesday"
    if _placed_apart(trigger):
        return True  # "held talks with A in Lisbon and with B in Ankara"
    if _repeated_with(trigger, noun):
        return True  # "is to hold talks with A, and with B": one meeting with each
    if _officials_met_on_a_visit(trigger, noun):
        return True  # GOLD: a list of call-ons during one visit are separate meetings
    sittings = [noun] if noun is not None else [o for o in trigger.children if o.dep_ == "dobj" and _sitting_noun(o)]
    if any(s.tag_ in ("NNS", "NNPS") and _counted_apart(trigger, s) for s in sittings):
        return True  # "received two phone calls from A and from B": one call each
    if noun is None:
        return _dated_apart(trigger) or _met_in_turn(trigger) or _said_apart(trigger)
    if noun is not trigger and _said_apart(trigger):
        return True  # "held talks with A and B in separate meetings": the phrase on the light verb
    plural = noun.tag_ in ("NNS", "NNPS") or noun.lower_ == "talks"
    between = any(ch.lower_ == "between" for ch in noun.children)  # "bilateral talks between A and B": one sitting
    words = {ch.lower_ for ch in noun.children if ch.dep_ in ("amod", "compound")}
    # "A and B held bilateral talks": the two subjects at one sitting; "held bilateral talks with A and B": two
    paired = words & c["separate_words"] <= c["pair_words"] and not (
        _noun_objects(noun) or _prep_objects(trigger, {"with"})
    )
    if plural and not between and not paired and words & c["separate_words"]:
        return True
    if (
        noun.lower_ in c["separate_nouns"]
        and len(_noun_objects(noun) or _prep_objects(trigger, {"with"})) == 1
        and any(ch.dep_ == "conj" for o in _noun_objects(noun) or _prep_objects(trigger, {"with"}) for ch in o.children)
    ):
        return True  # "held meetings with A and B": one meeting with each
    series = _series_above(noun)
    # "the fourth round of talks": one sitting of a numbered series, not a series of sittings told here
    return series is not None and not any(ch.ent_type_ == "ORDINAL" for ch in series.children)


def _at_a_joint_sitting(trigger: Token) -> bool:
    """ "at a joint meeting", "in a joint session": the verb's sitting is told as one of all its sides (cues.json
    joint_words)."""
    return any(
        _sitting_noun(o) and any(ch.lower_ in cues()["joint_words"] for ch in o.children if ch.dep_ == "amod")
        for o in _prep_objects(trigger, {"at", "in", "during"})
    )


def _counted_apart(trigger: Token, noun: Token) -> bool:
    """ "received two phone calls from A and from B", "held three meetings with A, B and C": a counted plural of
    sittings with as many people as their "from/with" objects names one sitting with each."""
    count = next((ch for ch in noun.children if ch.dep_ == "nummod" and ch.like_num), None)
    if count is None or count.lower_ in ("one", "1"):
        return False
    preps = [ch for h in (trigger, noun) for ch in h.children if ch.dep_ == "prep" and ch.lower_ in ("from", "with")]
    preps += [p for prep in preps for p in _coordinated_with(prep, ("ADP",))]  # "from A and from B"
    sides = [o for prep in preps for o in prep.children if o.dep_ == "pobj"]
    return len({t.i for o in sides for t in (o, *_coordinated_with(o))}) >= 2


def _said_apart(trigger: Token) -> bool:
    """ "met A, and B, separately" with the adverb hung on an object; "met A and B in separate meetings" (the phrase
    on the verb or on a person met)."""
    words = cues()["separate_words"]
    for tok in trigger.subtree:
        if tok.lower_ not in words or tok.head == trigger:
            continue
        if tok.dep_ == "advmod" and _clause_verb(tok.head) == trigger:
            return True
        head = tok.head
        if (
            tok.dep_ == "amod"
            and head.tag_ in ("NNS", "NNPS")
            and _sitting_noun(head)
            and head.dep_ == "pobj"
            # "called on A, <post>, and B, <post>, in separate meetings": the phrase may hang on the first person
            and _clause_verb(head.head) == trigger
        ):
            return True
    return False


def _officials_met_on_a_visit(trigger: Token, noun: Token | None) -> bool:
    """ "During his visit, X met A and B", "... a visit to Y, during which he met A and B": the people a visitor met,
    listed, are the visit's call-ons, one meeting with each, whatever their posts or countries (`_call_on_list`
    needs a post for each). Not "met A and B in a trilateral meeting", talks held with a list ("held discussions
    with A, B and C": one sitting as often), nor a received list (the host sits with the guests)."""
    c = cues()
    if (
        noun is not None
        or trigger.lemma_.lower() in c["host_verbs"]
        or any(t.lower_ in c["joint_words"] for t in trigger.sent)
    ):
        return False
    if not _during_a_visit(trigger):
        return False
    objs = _prep_objects(trigger, {"with"}) or [ch for ch in trigger.children if ch.dep_ == "dobj"]
    named = [t for o in objs for t in (o, *o.conjuncts)]
    named += [
        n for t in named for a in t.children if a.dep_ == "appos" for n in (a, *a.conjuncts)
    ]  # "his counterpart A"
    return len({t.i for t in named if t.ent_type_ in PARTICIPANT_LABELS}) >= 2


def _met_in_turn(trigger: Token) -> bool:
    """ "met A first, then B", "met A and later B": a word of sequence between the people met tells one meeting
    after another. Not before them all ("then he met A and B" is one sitting after something else)."""
    named = [e for e in trigger.sent.ents if e.label_ in PARTICIPANT_LABELS and e.start > trigger.i]
    if len(named) < 2:
        return False
    words = cues()["sequence_words"]
    return any(
        t.dep_ in ("advmod", "npadvmod", "amod")
        and t.lower_ in words
        # "met A and later B", "and later (Prime Minister) B"
        and (t.head == trigger or t.head.ent_type_ in (*PARTICIPANT_LABELS, "TITLE", "RANK"))
        for t in trigger.doc[named[0].end : named[-1].start]
    )


def _dated_apart(trigger: Token) -> bool:
    """ "met A on Monday and B on Tuesday": two people met, each on a day of their own, are two meetings."""
    return len(_each_met_then(trigger, ("DATE",))) >= 2


def _placed_apart(trigger: Token) -> bool:
    """ "met with A in Lisbon and with B in Ankara": two people met, each in a place of their own, are two meetings."""
    pairs = _split_places(trigger)
    return len(pairs) >= 2 and len({p[2].casefold() for p in pairs}) >= 2


def _split_places(trigger: Token) -> list:
    """Each person met right before a place of their own ("in"/"at" it), after the trigger."""
    return _each_met_then(
        trigger, ("GPE", "LOC", "FAC"), lambda e: e.start > 0 and e.doc[e.start - 1].lower_ in ("in", "at")
    )


def _split_dates(trigger: Token) -> list:
    """ "met A on Monday and B on Tuesday": each person met on a day of their own, with that day's text, so that
    each of the split meetings keeps its own day."""
    return _each_met_then(trigger, ("DATE",)) if _dated_apart(trigger) else []


def _each_met_then(trigger: Token, labels: tuple[str, ...], fits=lambda ent: True) -> list:
    """[start, end, text of the entity] for each person named after the trigger and followed right away (among the
    persons and entities of `labels`) by an entity of `labels` that `fits`."""
    ents = [
        e
        for e in trigger.sent.ents
        if e.start > trigger.i
        and (e.label_ in PARTICIPANT_LABELS or e.label_ in labels)
        and not _in_a_clause_below(e.root, trigger)
    ]
    return [
        [a.start_char, a.end_char, b.text]
        for a, b in zip(ents, ents[1:])
        if a.label_ in PARTICIPANT_LABELS and b.label_ in labels and fits(b)
    ]


def _in_a_clause_below(tok: Token, verb: Token) -> bool:
    """The token is in a clause of its own under the verb that tells no meeting ("met A on Sunday, where the three
    agreed to hold an exercise this summer": the summer is no day of a meeting with another; "..., where he met B on
    Tuesday" is)."""
    for up in tok.ancestors:
        if up == verb:
            return False
        if up.dep_ in ("relcl", "advcl", "ccomp", "acl") and up.pos_ in ("VERB", "AUX"):
            return up.lemma_.lower() not in cues()["trigger_lemmas"]
    return False


def _represented_at_sitting(verb: Token) -> bool:
    """ "X was represented at the meeting by Y": Y sat in it for X; so did Y of "Nigeria was represented by Y" or
    "the Nigerian side was represented by Y" (a country's or body's seat at the sitting the story tells) where no
    other event is named."""
    if verb.lemma_.lower() not in cues()["represent_verbs"] or not _is_passive(verb):
        return False
    places = _prep_objects(verb, {"at", "in"})
    if places:
        return any(_sitting_noun(o) for o in places)
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubjpass"), None)
    # "The Russian side was represented by Y": a side of a country's is its seat
    side = (
        subj is not None
        and subj.lemma_.lower() in ("side", "delegation")
        and any(ch.ent_type_ in ("GPE", "NORP") for ch in subj.children)
    )
    return subj is not None and (subj.ent_type_ in ("GPE", "NORP", "ORG") or side)


def _representatives(verb: Token, persons: list[Span]) -> list[Span]:
    """The persons after the "by" of "X was represented at the meeting by Y" (the parser may hang it on the sitting)."""
    bys = [t for t in verb.subtree if t.lower_ == "by"]
    return [p for p in persons if any(b.is_ancestor(p.root) for b in bys)]


def _co_chair_named(verb: Token) -> bool:
    """ "co-chaired the dialogue with Permanent Secretary X": a person named after "with", on the verb or its
    sitting."""
    sittings = [ch for ch in verb.children if ch.dep_ == "dobj"]
    sides = _prep_objects(verb, {"with"}) + [o for s in sittings for o in _prep_objects(s, {"with"})]
    if sides:
        # "co-chaired the meeting with the X Forces Commander Gen Y": the parser may hang the name on the verb
        sides += [s for s in sittings if s.ent_type_ == "PERSON"]
    return any(t.ent_type_ == "PERSON" for side in sides for t in side.subtree)


def _on_copula(tok: Token) -> bool:
    """ "X was present", or fronted before the copula ("Also present at the meeting, held yesterday, was X": the
    parser makes it a clause of the verb when a phrase comes between)."""
    return tok.dep_ == "acomp" or tok.dep_ == "advcl" and tok.i < tok.head.i and tok.head.lemma_ == "be"


def _attending(tok: Token) -> bool:
    """A named person said to be at the sitting: "was also present (during the meeting)", "was in attendance",
    "attended the meeting" (GOLD: attendees are participants)."""
    lemma = tok.lemma_.lower()
    nouns = cues()["meeting_nouns"]
    if lemma in cues()["presence_words"] and _on_copula(tok) and tok.head.lemma_ == "be":
        # "present at the parade" is at another event
        return all(o.lemma_.lower() in nouns or o.lower_ in nouns for o in _prep_objects(tok, {"at", "during", "for"}))
    if lemma in cues()["presence_words"] and (_among_those_present(tok) or _copula_after_presence(tok) is not None):
        return True
    if lemma == "attendance" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_ == "be":
        return True
    if _sitting_held_in_presence(tok) or _mediated(tok):
        return True
    if _represented_at_sitting(tok):
        return True
    if (
        (_sitting_noun(tok) or tok.lower_ in cues()["sitting_seat_nouns"])
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "at"
        and tok.head.head.lemma_ == "be"
        and tok.head.head.pos_ == "AUX"
        and tok.head.dep_ == "prep"
    ):
        return True  # "X was also at the meeting", "Also at the table were A and B"
    if (
        tok.lemma_.lower() in cues()["remote_call_nouns"]
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "on"
        and tok.head.head.lemma_ == "be"
        and tok.head.head.pos_ == "AUX"
    ):
        return True  # "X was also on the call"
    if (
        (_sitting_noun(tok) or tok.lower_ in cues()["sitting_seat_nouns"])
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "at"
        and (those := tok.head.head).dep_ == "pobj"
        and those.head.lower_ == "among"
        and those.head.head.lemma_ == "be"
    ):
        return True  # "Among those at the table were A, B and C"
    if tok.pos_ != "VERB" or _is_passive(tok):
        return False
    if lemma == "include":
        # "Participants included A, B and C", "Those present at the meeting included A and B"
        return any(
            ch.dep_ == "nsubj"
            and (
                ch.lemma_.lower() in cues()["participant_nouns"]
                or any(t.lemma_.lower() in cues()["presence_words"] or _sitting_noun(t) for t in ch.subtree)
            )
            for ch in tok.children
        )
    if lemma in ("attend", "chair", "convene", "join"):
        # "joining the meeting were A and B"
        # "attended the meeting", "attended the video conversation", "chaired the talks"
        if any(
            ch.dep_ == "dobj"
            and (
                _sitting_noun(ch)
                or _part_of_sitting(ch)
                # "A and B co-chaired the joint commission": a body two co-chair sits in session
                or tok.lower_.startswith("co-")
                and ch.lower_ in cues()["sitting_bodies"]
            )
            for ch in tok.children
        ):
            # "co-chaired the dialogue with X": the two chairs sat together, a meeting of its own; "convened a
            # meeting of the council with A and B": the convener sat with them
            return not ((tok.lower_.startswith("co-") or lemma == "convene") and _co_chair_named(tok))
        if tok.dep_ == "relcl" and any(ch.dep_ == "dobj" for ch in tok.children) and _sitting_of_clause(tok.head):
            return True  # "the next meeting of the committee, which A and B will co-chair": chair that sitting
        # "X also joined." / "X also attended.": in the sitting just told, with no object or place of its own;
        # "Attending were A and B"
        inverted = _inverted_participle(tok) and not any(ch.dep_ in ("dobj", "prep") for ch in tok.children)
        return lemma not in ("chair", "convene") and (_also_with_nothing_else(tok) or inverted)
    if (
        lemma == "participate"
        or lemma == "take"
        and any(ch.dep_ == "dobj" and ch.lower_ == "part" for ch in tok.children)
    ):
        # "also participated in the meeting", "took part in the talks"; "X is also participating" (in the
        # sitting just told); "participated of the meeting" (a translated release)
        told = _prep_objects(tok, {"in", "of"})
        if not told and not any(ch.dep_ == "prep" for ch in tok.children):
            # "Taking part were A and B": in the sitting just told
            return any(ch.dep_ == "advmod" and ch.lower_ == "also" for ch in tok.children) or _inverted_participle(tok)
        return any(_sitting_noun(o) for o in told)
    return False


def _inverted_participle(verb: Token) -> bool:
    """ "Taking part were A and B", "Attending were A and B": a participle opening the clause, its subjects after
    the "be"."""
    return verb.tag_ == "VBG" and _be_after(verb) is not None


def _be_after(verb: Token) -> Token | None:
    """The "be" after a participle that opens its clause, as its auxiliary or as the root the parser made it the
    subject of ("Taking part were ...")."""
    if verb.dep_ == "ROOT":
        return next((ch for ch in verb.children if ch.dep_ == "aux" and ch.lemma_ == "be" and ch.i > verb.i), None)
    if verb.dep_ == "csubj" and verb.head.lemma_ == "be" and verb.head.dep_ == "ROOT" and verb.head.i > verb.i:
        return verb.head
    return None


def _sitting_of_clause(noun: Token) -> bool:
    """The noun a relative clause hangs on is a sitting, or the body of one ("the meeting of the committee, which
    ...": the parser hangs the clause on the nearer noun)."""
    return _sitting_noun(noun) or noun.dep_ == "pobj" and noun.head.lower_ == "of" and _sitting_noun(noun.head.head)


def _part_of_sitting(noun: Token) -> bool:
    """ "joined part of the meeting", "attended a session of the talks": a share of a sitting is at it."""
    return noun.lemma_.lower() in cues()["share_of_sitting_words"] and any(
        _sitting_noun(o) for o in _prep_objects(noun, {"of"})
    )


def _also_with_nothing_else(verb: Token) -> bool:
    """ "X also joined.": "also" and no object, place or clause of its own."""
    return any(ch.dep_ == "advmod" and ch.lower_ == "also" for ch in verb.children) and not any(
        ch.dep_ in ("dobj", "prep", "xcomp", "ccomp", "advcl", "conj") for ch in verb.children
    )


def _among_those_present(tok: Token) -> bool:
    """ "Among those present were A and B": "present" said of the pronoun after "among", the object of a "be"
    clause that names the people. Not at another event ("among those present at the parade")."""
    those = tok.head
    if tok.dep_ not in ("amod", "acomp", "advmod") or those.dep_ != "pobj" or those.head.lower_ != "among":
        return False
    if those.head.head.lemma_.lower() != "be":
        return False
    nouns = cues()["meeting_nouns"]
    return all(o.lemma_.lower() in nouns or o.lower_ in nouns for o in _prep_objects(tok, {"at", "during", "for"}))


def _copula_after_presence(tok: Token) -> Token | None:
    """ "Also present accompanying the minister at the meeting were A and B": a sentence opened by "present", the
    people named after the "be" that follows it, however the parser hung the words between (the root, a clause
    below "present" or above it); that "be", unless a place of another event is named ("present at the parade")
    or another verb stands between."""
    sent = tok.sent
    if any(t.lower_ != "also" for t in sent.doc[sent.start : tok.i] if not t.is_punct):
        return None
    copula = next((t for t in sent.doc[tok.i + 1 : sent.end] if t.lemma_ == "be"), None)
    if copula is None or not any(t.ent_type_ == "PERSON" for t in sent.doc[copula.i + 1 : sent.end]):
        return None
    between = sent.doc[tok.i + 1 : copula.i]
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in between):
        return None
    nouns = cues()["meeting_nouns"]
    places = [t for t in between if t.dep_ == "pobj" and t.head.lower_ in ("at", "during", "for")]
    return copula if all(o.lemma_.lower() in nouns or o.lower_ in nouns for o in places) else None


def _copula_persons(tok: Token, persons: list[Span]) -> list[Span]:
    """The people a "be" clause puts at a sitting, however the words are ordered: "Also in attendance were A and
    B", "Present on the occasion were A and B", "X was also at the meeting"."""
    verb = tok
    for _ in range(4):  # "Among those at the table were A and B": table, at, those, among, were
        if verb.lemma_.lower() == "be" or verb.head == verb:
            break
        verb = verb.head
    if (copula := _copula_after_presence(tok)) is not None:
        # "..., X added": the subject of a verb after the names is no attendee
        return [
            p
            for p in persons
            if p.start > copula.i
            and not (p.root.dep_ == "nsubj" and p.root.head.i > copula.i and p.root.head.pos_ == "VERB")
        ]
    if verb.lemma_.lower() != "be":
        # "Also taking part in the talks were A and B": the parser hangs "were" and the names on the verb
        inverted = [ch for ch in tok.children if ch.dep_ == "aux" and ch.lemma_.lower() == "be" and ch.i > tok.i]
        # "Attending the reception were General X": the name after "were" hung on the verb as its object
        after = inverted[0].i if inverted else len(tok.doc)
        return [
            p
            for v in [tok, *inverted]
            for ch in v.children
            if ch.dep_ == "attr" or ch.dep_ == "dobj" and ch.i > after
            for p in _role_persons(ch, persons)
        ]
    return [p for ch in verb.children if ch.dep_ in ("nsubj", "attr") for p in _role_persons(ch, persons)]


def _leading(tok: Token) -> bool:
    """A clause that names who leads a delegation: "The (visiting) delegation was led by X", "X headed the
    team". The phrase "a delegation led by X" inside a role is read by `_role_persons` instead."""
    c = cues()
    if tok.lemma_.lower() not in c["lead_verbs"] or tok.pos_ != "VERB" or tok.dep_ in ("acl", "amod"):
        return False
    role = "nsubjpass" if _is_passive(tok) else "dobj"
    return any(ch.dep_ == role and ch.lemma_.lower() in c["delegation_nouns"] for ch in tok.children)


def _sides_led(tok: Token) -> list[Span]:
    """The leaders named for two sides of a sitting: "The Indonesian side was led by X and the Japanese side by Y"
    (GOLD: a delegation led by X is X); none unless two sides are each led by a named person."""
    c = cues()
    if tok.lemma_.lower() not in c["lead_verbs"] or tok.dep_ == "conj" or not _is_passive(tok):
        if tok.lemma_.lower() in c["side_chair_verbs"] and tok.dep_ != "conj" and _is_passive(tok):
            # "The A side was chaired by X, while the B side was chaired by Y"
            return _sides_chaired(tok) or _sides_led_in_two_clauses(tok)
        return _sides_chaired(tok)

    def led_side(head: Token) -> bool:
        if head.lemma_.lower() in c["lead_verbs"]:
            return any(ch.dep_ == "nsubjpass" and ch.lemma_.lower() in c["side_nouns"] for ch in head.children)
        return head.lemma_.lower() in c["side_nouns"] and head.dep_ == "conj"

    leaders = _persons_by(tok.sent, lambda by: led_side(by.head) and tok in by.ancestors)
    if len(leaders) >= 2 and led_side(tok):
        return leaders
    return _delegations_led_in_turn(tok) or _sides_led_in_two_clauses(tok) or _sides_chaired(tok)


def _sides_led_in_two_clauses(verb: Token) -> list[Span]:
    """ "The A delegation was led by X, while the B side was headed by Y": two passive lead (or side chair) verbs of
    one sentence, each with a side or delegation for its subject and a person after its "by"; the two leaders met."""
    c = cues()
    sides = c["side_nouns"] | c["delegation_nouns"]

    def leader(lead: Token) -> Span | None:
        if lead.lemma_.lower() not in {*c["lead_verbs"], *c["side_chair_verbs"]} or not _is_passive(lead):
            return None
        if not any(ch.dep_ == "nsubjpass" and ch.lemma_.lower() in sides for ch in lead.children):
            return None
        bys = [ch for ch in lead.children if ch.dep_ == "agent"]
        named = [e for e in lead.sent.ents if e.label_ == "PERSON" and bys and e.root in bys[0].subtree]
        return named[0] if named else None  # "by its director general X": the name under the "by"

    other = [t for t in verb.subtree if t is not verb and t.dep_ in ("advcl", "conj") and t.head == verb]
    leaders = [leader(verb), *(leader(t) for t in other)]
    found = [p for p in leaders if p is not None]
    return found if len(found) == 2 else []


def _delegations_led_in_turn(verb: Token) -> list[Span]:
    """ "The A delegation was headed by X, the B one - by Y": one passive lead verb with a "by" for each delegation
    (the parser hangs the names anywhere); the first person after each "by" led a side, and the leaders met."""
    c = cues()
    if not any(ch.dep_ == "nsubjpass" and ch.lemma_.lower() in c["delegation_nouns"] for ch in verb.children):
        return []
    # not the "by" of another verb ("led by X and accompanied by Y")
    bys = [
        t.i
        for t in verb.subtree
        if t.lower_ == "by" and t.dep_ in ("agent", "prep") and (t.head == verb or t.head.pos_ not in ("VERB", "AUX"))
    ]
    if len(bys) < 2 or verb.doc[bys[0]].head != verb:
        return []
    persons = [e for e in verb.sent.ents if e.label_ == "PERSON"]
    bounds = [*bys, verb.sent.end]
    leaders = [next((p for p in persons if lo < p.start < hi), None) for lo, hi in zip(bounds, bounds[1:])]
    return leaders if None not in leaders else []


def _sides_chaired(tok: Token) -> list[Span]:
    """ "The talks were chaired on the A side by X, and on the B side by Y": the persons after "by" of each side
    named with "on the ... side", two or more, met."""
    c = cues()
    if (
        tok.lemma_.lower() not in {*c["lead_verbs"], *c["side_chair_verbs"]}
        or tok.dep_ == "conj"
        and tok.head.lemma_.lower() == tok.lemma_.lower()
    ):
        return []

    def on_side(by: Token) -> bool:
        side = by.head if by.head.lemma_.lower() in c["side_nouns"] else None
        if by.head == tok:  # "chaired on the A side by X"
            side = next((o for p in tok.children if p.lower_ == "on" for o in p.children if o.dep_ == "pobj"), None)
        return side is not None and side.lemma_.lower() in c["side_nouns"] and side.head.lower_ == "on"

    leaders = _persons_by(tok.sent, on_side)
    return leaders if len(leaders) >= 2 and any(e.root.head.head == tok for e in leaders) else []


def _persons_by(sent: Span, side_of: Callable[[Token], bool]) -> list[Span]:
    """The persons named after a "by" (agents of a passive verb) whose "by" `side_of` accepts: each the leader or
    chair of one side."""
    return [
        e
        for e in sent.ents
        if e.label_ == "PERSON" and e.root.dep_ == "pobj" and e.root.head.lower_ == "by" and side_of(e.root.head)
    ]


def _delegation_object(objs: list[Token], persons: list[Span]) -> bool:
    """The other side is an unnamed delegation ("held talks with senior officials of X", "received a visiting
    delegation"): its leader may be named in a later sentence."""
    nouns = cues()["delegation_nouns"]
    return any(o.lemma_.lower() in nouns and not _role_persons(o, persons) for o in objs)


def _sitting_before_which(which: Token) -> Token | None:
    """ "At the meeting, which was also attended by Y, the generals discussed ...": the sitting noun set off by the
    comma before "which", when the parser made the relative clause a clause of the main verb."""
    doc = which.doc
    if which.i < 2 or doc[which.i - 1].text != "," or not _sitting_noun(doc[which.i - 2]):
        return None
    return doc[which.i - 2]


def _relative_sitting(relcl: Token) -> Token | None:
    """The sitting a relative clause speaks of ("a reception for X on Monday, which was attended by Y"): its
    head, or the sitting its clause's verb holds when the parser hung the clause on a nearer word."""
    for anc in [relcl.head, *relcl.head.ancestors]:
        if _sitting_noun(anc):
            return anc
        if anc.pos_ in ("VERB", "AUX"):
            return next((ch for ch in anc.children if ch.dep_ in ("dobj", "nsubjpass") and _sitting_noun(ch)), None)
    return None


def _reception_given(noun: Token) -> bool:
    """ "A reception was hosted on board", "gave a reception", "the opening reception", "among the guests at the
    pre-summit reception": a reception hosted or given, or one an occasion names, is a party (GOLD: ceremonies are no
    meetings), not the receiving of a guest; one hosted for a guest named ("hosted a reception for General X") or
    someone's ("the President's reception for X") is a sitting with that guest."""
    verb = noun.head
    guests = [o for holder in (noun, verb) for o in _prep_objects(holder, {"for"}) if o.ent_type_ in PARTICIPANT_LABELS]
    given = noun.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in cues()["party_verbs"]
    occasion = not any(ch.dep_ == "poss" for ch in noun.children) and any(
        ch.dep_ in ("amod", "compound") or ch.lower_ in ("a", "an") for ch in noun.children
    )
    return noun.lemma_.lower() in cues()["party_nouns"] and (given or occasion) and not guests


def _sitting_noun(tok: Token) -> bool:
    """A noun naming the sitting itself ("meeting", "talks", "video conversation", "video conference"), not a
    ceremony, a visit or a conference that others hold."""
    c = cues()
    return (tok.lemma_.lower() in c["meeting_nouns"] or tok.lower_ in c["meeting_nouns"]) and (
        tok.lemma_.lower() not in c["not_sitting_nouns"]
        or any(ch.dep_ == "compound" and ch.lower_ in c["remote_words"] for ch in tok.children)
    )


def _joins(verb: Token) -> bool:
    """ "take part (in)", "participate (in)", "join", "attend": the subject joins an event of others."""
    lemma = verb.lemma_.lower()
    return (
        lemma in cues()["join_verbs"]
        or lemma == "participate"
        or lemma == "take"
        and any(ch.dep_ == "dobj" and ch.lower_ == "part" for ch in verb.children)
    )


def _shared_sitting(noun: Token) -> bool:
    """ "before their talks", "during their meeting": a sitting the people of the clause share, told in a phrase
    (a photo caption has no verb at all). Its sides are the sentence's people."""
    if (
        not _sitting_noun(noun)
        or noun.dep_ != "pobj"
        or noun.head.lower_ not in ("during", "before", "after", "at", "in")
    ):
        return False
    return any(ch.dep_ == "poss" and ch.lower_ == "their" for ch in noun.children) and not _prep_objects(
        noun, {"with", "between"}
    )


def _sitting_before_act(noun: Token) -> bool:
    """ "A and B signed the accord after talks in X", "A signed it with B following talks": a new sitting with no
    sides of its own, told as what came before the clause's act; its sides are the clause's subject and "with"."""
    if (
        not _sitting_noun(noun)
        or noun.dep_ != "pobj"
        or noun.head.lower_ not in cues()["after_preps"]
        or _prep_objects(noun, {"with", "between", "of"})
        or any(ch.dep_ in ("det", "poss") and ch.lower_ not in ("a", "an") for ch in noun.children)
    ):
        return False
    act = noun.head.head
    subj = _subject(act) if act.pos_ == "VERB" else None
    if subj is None or subj.ent_type_ not in PARTICIPANT_LABELS:
        return False
    return any(ch.dep_ == "conj" for ch in subj.children) or bool(_act_with(act))


def _act_with(act: Token) -> list[Token]:
    """The "with" of "signed it with Y", which the parser may hang on the object ("signed a pact with Y")."""
    return [o for h in (act, *(ch for ch in act.children if ch.dep_ == "dobj")) for o in _prep_objects(h, {"with"})]


def _told_at_sitting(noun: Token) -> Token | None:
    """The verb of "X told Y in a phone call", "X thanked Y during their meeting": a sitting noun with no "with"
    of its own after a sitting preposition, on a verb that has an object; None otherwise."""
    c = cues()
    if (
        not (_sitting_noun(noun) or noun.lemma_.lower() in c["remote_words"])
        or noun.dep_ != "pobj"
        or noun.head.lower_ not in c["sitting_preps"]
        or _prep_objects(noun, {"with", "between", "of"})
    ):
        return None
    verb, new = noun.head.head, _new_sitting(noun)
    while verb.head != verb and (
        verb.pos_ in ("NOUN", "ADP")
        and verb.dep_ in ("pobj", "prep")  # "thanked Y for his support in a telephone conversation"
        # "praised Y's contribution (to strengthening ties) during a meeting": the parser hangs the sitting low
        or new
        and (verb.dep_ == "pcomp" or verb.pos_ == "NOUN" and verb.dep_ == "dobj")
    ):
        verb = verb.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in c["light_verbs"] or lemma in c["trigger_lemmas"] or lemma in c["escort_verbs"]:
        return None  # "X accompanied Y during the meetings": X went along, no side
    return verb if _verb_person_objects(verb, owners=_new_sitting(noun)) else None


def _new_sitting(noun: Token) -> bool:
    """ "during a meeting", "in a phone call": a sitting told for the first time, not "the meeting" told before."""
    return any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in noun.children)


def _verb_person_objects(verb: Token, owners: bool = False) -> list[Token]:
    """The objects of a verb that stand for persons: "told Y", "thanked Y", "expressed gratitude to Y", "signed the
    pact with Y"; with `owners`, the named owner of the object too ("praised Y's contribution during a meeting")."""
    roles = cues()["role_words"]
    objs = [ch for ch in verb.children if ch.dep_ in ("dobj", "dative")]
    found = [o for o in objs if o.ent_type_ in PARTICIPANT_LABELS or o.lemma_.lower() in roles]
    if owners:
        # "praised Y's contribution", "expressed appreciation for Y's contribution"
        owned = [*objs, *(o for h in objs for o in _prep_objects(h, {"for"}))]
        found += [ch for o in owned for ch in o.children if ch.dep_ == "poss" and ch.ent_type_ == "PERSON"]
    found += [
        o
        for h in [verb, *objs]
        # "signed the pact with Y during a meeting": the one it was signed with
        for o in _prep_objects(h, {"to", "with"})
        if o.ent_type_ in PARTICIPANT_LABELS or o.lemma_.lower() in roles
    ]
    return found


def _reported_clause(verb: Token, heads: str = "reported_future_heads") -> bool:
    """The clause is told in reported speech: a complement (or one joined to a complement) of "say", "agree" ...
    (`heads`: the frame_rules list of the verbs above it)."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in rules()[heads]


def _infinitive_subjects(verb: Token) -> list[Token]:
    """ "phoned X to offer condolences" parsed with X the subject of "to offer": the person is the verb's object
    (only for a verb with no object of its own)."""
    if any(ch.dep_ in ("dobj", "dative") for ch in verb.children):
        return []
    return [
        g
        for ch in verb.children
        if ch.dep_ in ("advcl", "xcomp", "ccomp") and ch.i > verb.i and any(a.lower_ == "to" for a in ch.children)
        for g in ch.children
        if g.dep_ == "nsubj" and g.ent_type_ in PARTICIPANT_LABELS and g.i < ch.i
    ]


def _noun_objects(noun: Token) -> list[Token]:
    """ "talks with X", "a meeting between X and Y"; "a meeting set for Friday with X" (`_participle_objects`); "the
    next round of dialogue with X", the parse hanging "with" on the series word."""
    series = _series_above(noun)
    held_with = _prep_objects(series, {"with", "between"}) if series is not None else []
    return _prep_objects(noun, {"with", "between"}) + held_with + _participle_objects(noun)


def _remote_objects(noun: Token) -> list[Token]:
    """ "talks in a phone call with X", "talks by video link with X": the sides after a call the talks were held in."""
    remote = cues()["remote_words"]
    calls = [
        m
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("in", "by", "via", "over", "during")
        for m in p.children
        if m.dep_ == "pobj"
        and (m.lower_ in remote or any(c.dep_ == "compound" and c.lower_ in remote for c in m.children))
    ]
    return [o for m in calls for o in _prep_objects(m, {"with"})]


def _series_above(noun: Token) -> Token | None:
    """ "round" of "the next round of talks" (cues.json series_words)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in cues()["series_words"]:
        return noun.head.head
    return None


def _participle_objects(noun: Token) -> list[Token]:
    """ "a meeting set for Friday with X", "talks held in Zorgrad on Saturday between A and B": the sides the parse
    hangs on the participle after the meeting noun (reading "between" as its agent)."""
    participles = [ch for ch in noun.children if ch.dep_ == "acl" and ch.tag_ == "VBN"]
    return [o for p in participles for o in _prep_objects(p, {"with", "between"})]


def _speculative(trigger: Token) -> bool:
    """ "may/might/could meet": a possibility, not a meeting held or planned; "the sides agreed that he would meet
    Y" is a plan they made, and so is "he said he would meet Y next week", set in time. A condition or a habit in
    the present ("if they meet", "as long as they meet") is no meeting either."""
    if trigger.tag_ in ("VBP", "VBZ") and any(ch.dep_ == "mark" and _condition_mark(ch) for ch in trigger.children):
        return True
    for tok in [trigger, *trigger.ancestors][:3]:
        if any(ch.dep_ == "aux" and ch.lower_ in cues()["speculative_words"] for ch in tok.children):
            would = any(ch.dep_ == "aux" and ch.lower_ == "would" for ch in tok.children)
            # (not "gave no word on whether they would meet soon": no plan told)
            timed = any(t.ent_type_ == "DATE" for t in tok.subtree) and not _asked_or_denied(tok)
            return not (would and (_reported_clause(tok, "agreed_plan_heads") or timed and _reported_clause(tok)))
        if tok.dep_ not in ("xcomp", "conj"):
            break
    return False


def _condition_mark(mark: Token) -> bool:
    """ "if", "unless", "whenever", "as long as": a clause of a condition or a habit."""
    return (
        mark.lower_ in ("if", "unless", "whenever")
        or mark.lower_ == "as"
        and mark.i > 0
        and mark.nbor(-1).lower_ == "long"
    )


def _asked_or_denied(verb: Token) -> bool:
    """A reported clause opened by "whether"/"if", or under a negated report verb ("did not say that ...")."""
    return any(ch.dep_ == "mark" and ch.lower_ in ("whether", "if") for ch in verb.children) or any(
        ch.dep_ == "neg" for ch in verb.head.children
    )


def _wished(tok: Token) -> bool:
    """ "looked forward to meeting again in X", "hopes to meet Y soon", "looks forward to their next meeting": a
    wish, no meeting held or planned."""
    if _looking_forward(tok):
        return not _welcome_to_come(tok)
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues()["wish_verbs"]


def _looking_forward(tok: Token) -> bool:
    """ "looks forward to <tok>"."""
    look = tok.head.head
    return (
        tok.dep_ in ("pcomp", "pobj")
        and tok.head.lower_ == "to"
        and look.lemma_.lower() == "look"
        and any(ch.lower_ == "forward" for ch in look.children)
    )


def _welcome_to_come(tok: Token) -> bool:
    """ "looks forward to welcoming X in Washington later this year": a reception the host looks forward to, set in
    time, is planned (a bare "looks forward to meeting again" is a wish)."""
    return (
        tok.lemma_.lower() in cues()["host_verbs"]
        and _looking_forward(tok)
        and any(t.ent_type_ == "DATE" for t in tok.subtree)
    )


def _event_object(verb: Token) -> bool:
    """The object of a topic verb is a ceremony or a press event, not a subject of talks ("reviewed a guard of
    honour", "addressed a press conference")."""
    c = cues()
    return any(
        t.lower_ in c["ceremony_words"] or t.lower_ in c["not_meeting_compounds"] and t.head == o
        for o in verb.children
        if o.dep_ == "dobj"
        for t in o.subtree
    )


def _habitual(verb: Token) -> bool:
    """ "have met several times", "meet regularly", "have met once a year": meetings told as a habit or a tally,
    in the perfect or the present, not one encounter."""
    perfect = any(ch.dep_ == "aux" and ch.lemma_.lower() == "have" for ch in verb.children)
    if not (perfect or verb.tag_ in ("VBP", "VBZ")):
        return False
    c = cues()
    return any(
        t.lower_ in c["habitual_words"]
        or t.lower_ == "once"
        and any(g.dep_ == "npadvmod" and g.lemma_.lower() in c["habitual_periods"] for g in t.children)
        for ch in verb.children
        if ch.dep_ in ("advmod", "npadvmod", "prep")
        for t in ch.subtree
    )


def _call_on_list(
    trigger: Token, noun: Token | None, subj_persons: list[Span], obj_persons: list[Span], pronoun_subject: bool = False
) -> bool:
    """A visitor's list of call-ons: "X has met President A, Defence Minister B, Chief of Staff C and ...": one
    subject meets three or more people each named with a post of their own (GOLD: separate meetings). One
    sitting is told with a meeting noun ("held a meeting with A, B and C") or as joint ("together")."""
    # "paid courtesy calls on A and B", "received courtesy calls from A and B": calls, one by each
    held = [noun] if noun is not None else [ch for ch in trigger.children if ch.dep_ == "dobj"]
    plural_calls = any(n.tag_ in ("NNS", "NNPS") and _call_on_noun(n) for n in held)
    calls_on = _calls_on(trigger) or plural_calls
    if noun is not None and not plural_calls:
        return False
    # "called on A and B": each call-on is a visit of its own; "is due to meet Minister A and Opposition Leader B
    # during his visit": so is each meeting of the visit's programme
    fewest = 2 if calls_on or _during_a_visit(trigger) else 3
    if len(subj_persons) + pronoun_subject != 1 or len(obj_persons) < fewest:
        return False
    if trigger.lemma_.lower() not in cues()["meet_verbs"] and not calls_on:
        return False
    if trigger.lemma_.lower() == "host" and not _is_passive(trigger):
        return False  # "X hosted A, B and C at the palace": one host's sitting with a delegation, not call-ons
    if (subj := _subject(trigger)) is not None and subj.lemma_.lower() in cues()["sitting_bodies"]:
        return False  # "The committee, led by its chairman X, met A, B and C": a hearing, one sitting
    if any(t.lower_ in cues()["joint_words"] for t in trigger.sent):
        return False
    if not plural_calls and len({_country_of(p) for p in obj_persons} - {None}) >= 2:
        return False  # "met the Philippine, US and Australian ministers": one sitting of several countries
    doc = trigger.doc
    titled = 0
    for p in obj_persons:
        i = p.start - 1
        while i > trigger.i and doc[i].ent_type_ == "RANK" or i > trigger.i and doc[i].text in (","):
            i -= 1
        titled += i > trigger.i and doc[i].ent_type_ == "TITLE"
    return titled >= len(obj_persons) - 1


def _during_a_visit(trigger: Token) -> bool:
    """The meeting is told as part of a visit: "during his visit" on the verb, or anywhere in its sentence "during
    the trip", "during which" (a visit told before it), "during his stay"; or a participle set after a visit ("paid
    a visit to Velkaria on Monday, meeting A and B")."""
    c = cues()
    if any(o.lemma_.lower() in c["visit_nouns"] for o in _prep_objects(trigger, {"during", "on"})):
        return True
    visit = trigger.head
    if (
        trigger.tag_ == "VBG"
        and trigger.dep_ in ("advcl", "xcomp")
        and visit.i < trigger.i
        and (
            visit.lemma_.lower() in c["visit_verbs"]
            or any(o.dep_ == "dobj" and o.lemma_.lower() in c["visit_nouns"] for o in visit.children)
        )
    ):
        return True
    during = [
        o for t in trigger.sent if t.lower_ == "during" and t.dep_ == "prep" for o in t.children if o.dep_ == "pobj"
    ]
    return any(o.lemma_.lower() in c["trip_words"] or o.lower_ in ("which", "stay") for o in during)


def _accepted_invitation(sent: Span, sent_idx: int, trigger: Token, persons: list[Span], common: dict) -> dict | None:
    """ "X invited Y to visit Z in October, and the invitation was accepted": a planned visit of Y, X the host; an
    invitation alone is none yet."""
    invite = next((a for a in trigger.ancestors if a.lemma_.lower() in rules()["invite_lemmas"]), None)
    return _invitation_meeting(sent, sent_idx, invite, trigger, persons, common) if invite is not None else None


def _invited_to_a_place(sent: Span, sent_idx: int, persons: list[Span], common: dict) -> list[dict]:
    """ "X invited Y to Baku in the spring, and Y accepted": an invitation to a place with no verb of visiting, accepted
    (see `_accepted_invitation`)."""
    for invite in sent:
        if (
            invite.lemma_.lower() in rules()["invite_lemmas"]
            and invite.pos_ == "VERB"
            and any(o.ent_type_ == "GPE" for o in _prep_objects(invite, {"to"}))
        ):
            frame = _invitation_meeting(sent, sent_idx, invite, invite, persons, common)
            return [frame] if frame is not None else []
    return []


def _invitation_meeting(
    sent: Span, sent_idx: int, invite: Token, trigger: Token, persons: list[Span], common: dict
) -> dict | None:
    """The visit an accepted invitation sets to come: the guest's to the inviter, who hosts it; none unless the
    sentence or the next one accepts it."""
    if not (any(t.lemma_.lower() in rules()["accept_lemmas"] for t in sent) or _invitation_accepted_next(sent)):
        return None
    # the inviter is the subject of "invited" or of the verb it is joined to ("X thanked Y and invited Z to ...")
    inviter, guest = (
        (next((p for p in persons if p.root == side), None), _bare_names(side)[:1])
        for side in (_subject(invite), next((o for o in invite.children if o.dep_ == "dobj"), None))
    )
    found = _visit_sides([inviter, guest], host=0)
    if found is None:
        return None
    named, fields = found
    if guest[0] is not None:
        fields["visitor"] = [guest[0].start_char, guest[0].end_char]
    return _frame(
        "meeting",
        sent,
        sent_idx,
        trigger,
        [[p.start_char, p.end_char] for p in named],
        status="planned",
        ref_texts=[[p.start_char, p.end_char, _with_modifiers(p.root)] for p in named if p.label_ == "REF"],
        **fields,
        **common,
    )


def _visit_sides(sides: list[tuple[Span | None, list[Token]]], host: int) -> tuple[list[Span], dict] | None:
    """The two sides of a visit to come, each (its named person, else its bare surname, which relate links to the
    person named before), `host` the index of the hosting one: (the named ones in order; the frame's host,
    host_surname and surnames fields), or None when a side is missing or both are one person."""
    if not all(named or bare for named, bare in sides) or sides[0][0] is not None and sides[0][0] == sides[1][0]:
        return None
    named, bare = sides[host]
    fields: dict = (
        {"host": [named.start_char, named.end_char]}
        if named is not None
        else {"host_surname": [_bare_name_span(bare[0])]}
    )
    if surnames := [_bare_name_span(t) for person, names in sides if person is None for t in names]:
        fields["surnames"] = surnames
    return [p for p, _ in sides if p is not None], fields


def _told_to_come(verb: Token) -> bool:
    """ "will take place", "is to take place", "is scheduled for May": a verb that sets its subject ahead."""
    return (
        any(ch.dep_ == "aux" and ch.lower_ in ("will", "shall") for ch in verb.children)
        or verb.lemma_ == "be"
        and any(x.dep_ == "xcomp" and _infinitive(x) for x in verb.children)
        or verb.lemma_.lower() in cues()["planned_words"]
    )


def _invitation_accepted_next(sent: Span) -> bool:
    """ "X invited Y to visit Z. The invitation was accepted with gratitude": the next sentence accepts the
    invitation just told ("the invitation", "this invitation"), or sets the visit to come ("The visit will be held
    within weeks")."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    following = doc[sent.end].sent
    invitations = cues()["invitation_nouns"]
    visit_set = any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.lemma_.lower() in cues()["visit_nouns"]
        and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in t.children)
        and _told_to_come(t.head)
        for t in following
    )
    return visit_set or any(
        t.lemma_.lower() in rules()["accept_lemmas"]
        and any(
            ch.dep_ in ("nsubjpass", "dobj")
            and ch.lemma_.lower() in invitations
            and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in ch.children)
            for ch in t.children
        )
        for t in following
    )


def _clause_ancestors(token: Token) -> list[Token]:
    """The ancestors of a token up to the relative clause it is in."""
    found, node = [], token
    while node.head != node and node.dep_ != "relcl":
        node = node.head
        found.append(node)
    return found


def _coordinated_clause_ancestors(token: Token) -> list[Token]:
    """The ancestors of a token up to the verb of a clause with its own subject coordinated with another ("X invited
    Y to visit, and the two agreed to meet": "agreed", not "invited") or set in time by it ("When A received B on
    May 29, A wanted a headline": the meeting was held, it is not what was wanted) or a clause of the time or place
    asked for that tells what is to happen then ("X invited Y to visit Z in May, when the two are expected to meet")."""
    found, node = [], token
    while node.head != node and not (
        (
            node.dep_ == "conj"
            or node.dep_ == "advcl"
            and node.tag_ == "VBD"
            or node.dep_ == "relcl"
            and any(ch.tag_ == "WRB" for ch in node.children)
        )
        and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in node.children)
    ):
        node = node.head
        found.append(node)
    return found


def _invited(trigger: Token) -> bool:
    """ "invited X to visit", "urged them to meet", "hoped to meet X": a meeting asked or wished for is none yet;
    one whose invitation was declined or turned down is a refusal (cancelled), which is told."""
    wished = rules()["wish_words"]
    # "..., X, who attended the meeting": presence told in a relative clause is not what X was invited to
    ancestors = _clause_ancestors(trigger) if _attending(trigger) else _coordinated_clause_ancestors(trigger)
    asked = [a for a in ancestors if a.lemma_.lower() in rules()["invite_lemmas"] or a.lower_ in wished]
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.lemma_ in rules()["demand_lemmas"]:
        asked.append(trigger.head.head)  # "called for talks between A and B", "pushed for a meeting with X"
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in rules()["proposal_lemmas"]:
        asked.append(trigger.head)  # "agreed to recommend an urgent consultation between A and B"
    refused = any(
        a.lemma_.lower() in cues()["cancelled_words"]
        or any(ch.dep_ == "prt" and ch.lower_ == "down" for ch in a.children)
        for a in trigger.ancestors
    )
    return bool(asked) and not refused


# "their countries' defence capabilities" -> "defence capabilities": a leading possessive names whose, not what
_POSSESSIVE = re.compile(r"^(?:[\w.-]+\s+){0,2}?[\w.-]+(?:'s|’s|'|’)\s+(?=\w)")


def _either(words) -> str:
    return "|".join(re.escape(w) for w in words)


class _TopicPatterns(NamedTuple):
    lists: re.Pattern  # ", including ", " such as ": a list of items follows
    adjuncts: re.Pattern  # " during ...", " held ...": where an over-long topic is cut
    quantity: re.Pattern  # "a range of ": the topic is what follows
    split: re.Pattern  # between the items of "A, B and the C"
    cut: re.Pattern  # ", which ...": a relative clause or the like ends the topic
    leading: re.Pattern  # "the ", "their ": a determiner or possessive before the topic
    trailing_pronoun: re.Pattern  # " with him": a pronoun at the end says who, not what
    trailing_coordinator: re.Pattern  # "cooperation and": the next item was a clause, cut off


@lru_cache(maxsize=1)
def _topic_patterns() -> _TopicPatterns:
    c, r = cues(), rules()
    lists = re.compile(
        r",?\s+(?:" + _either(sorted(c["topic_list_words"], key=len, reverse=True)) + r")\s+", re.IGNORECASE
    )
    adjuncts = re.compile(r"\s+(?:" + _either(c["topic_adjunct_words"]) + r")\b.*$", re.IGNORECASE)
    quantity = re.compile(
        r"^(?:" + _either(sorted(c["topic_quantity_words"], key=len, reverse=True)) + r")\s+of\s+(?=\w)", re.IGNORECASE
    )
    item_starts = "|".join(re.escape(w) + r"\b" for w in r["topic_item_starts"])
    split = re.compile(r",\s*(?:and|as well as)\s+|,\s*|\s+as well as\s+|\s+and\s+(?=" + item_starts + r")|;\s*")
    cut = re.compile(r",?\s+(?:" + _either(r["topic_cut_words"]) + r")\b.*$")
    leading = re.compile(r"^(?:" + _either(r["topic_leading_words"]) + r")\s+", re.IGNORECASE)
    trailing_pronoun = re.compile(
        r"\s+(?:" + _either(r["topic_trailing_preps"]) + r")\s+(?:" + _either(r["topic_trailing_pronouns"]) + r")\s*$",
        re.IGNORECASE,
    )
    trailing_coordinator = re.compile(r"[\s,]+(?:and|or|as well as)\s*$", re.IGNORECASE)
    return _TopicPatterns(lists, adjuncts, quantity, split, cut, leading, trailing_pronoun, trailing_coordinator)


def _clean_topic(part: str) -> str | None:
    """One topic item: no leading article, determiner or possessive; an over-long item cut before its adjunct."""
    patterns = _topic_patterns()
    lists = patterns.lists
    part = patterns.trailing_pronoun.sub("", lists.sub(" ", " " + part, count=1) if lists.match(" " + part) else part)
    part = part.strip(" .,;:\"'“”")
    for _ in range(2):
        part = patterns.leading.sub("", part)
        part = _POSSESSIVE.sub("", part)
        part = patterns.quantity.sub("", part)
    if len(part.split()) > cues()["topic_max_words"]:
        part = patterns.adjuncts.sub("", part)
    part = patterns.trailing_coordinator.sub("", part).strip(" .,;:\"'“”")
    empty = cues()["topic_empty_words"]
    if len(part) <= 2 or part.lower() in ("as well as", "and") or all(w in empty for w in part.lower().split()):
        return None
    return part


def _split_topics(text: str, listed: bool = False) -> list[str]:
    """A coordinated phrase split into its items ("A, B and C"); items after "including"/"such as" become
    topics of their own; relative clauses and the like are cut."""
    patterns = _topic_patterns()
    pieces = patterns.lists.split(text, maxsplit=1)
    out = []
    for k, piece in enumerate(pieces):
        piece = patterns.cut.sub("", piece)
        parts = patterns.split.split(piece)
        if len(parts) > 1 and " and " in parts[-1]:
            # in a serial list "A, B and C" the last "and" joins list items, not words of one item
            parts[-1:] = parts[-1].rsplit(" and ", 1)
        elif (k > 0 or listed) and len(parts) == 1 and " and " in piece:
            parts = piece.split(" and ")  # "including A and B"
        out.extend(p for p in (_clean_topic(part) for part in parts) if p)
    return out


def _topic_phrases(head: Token) -> list[str]:
    """The object phrase split into its coordinated parts, each without the leading article."""
    if head.ent_type_ in ("DATE", "TIME") or head.lower_ in dates.months() or head.lower_ in dates.weekdays():
        return []  # "talks on Monday", "a conversation on February 1": a day, not a subject
    if head.lemma_.lower() in cues()["not_topics"]:
        return []  # "a meeting on the sidelines of the summit": a place, not a subject
    if head.head.dep_ == "prep" and _idiom_phrase(head.head):
        return []  # "expressed, in turn, ...": an adverb, not a subject
    if head.pos_ in ("VERB", "AUX") and head.left_edge.tag_ in ("WRB", "WP", "WDT"):
        # "on how the naval partnership was progressing": the subject of the clause is what was discussed
        subj = next((ch for ch in head.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        return _topic_phrases(subj) if subj is not None and subj.pos_ in ("NOUN", "PROPN") else []
    toks = list(head.subtree)
    # "strengthening their defence capabilities, Jan Vos, head of ... said": an apposition names who, not what
    cut = [ch.left_edge.i for ch in head.children if ch.dep_ == "appos" and ch.i > head.i]
    # "talks on X with Minister Y in Z": the rest of the phrase says with whom, not what
    cut += [t.i for t in toks if t.i > head.i and _with_someone(t)]
    end = min(cut) if cut else toks[-1].i + 1
    text = head.doc[toks[0].i : end].text
    plain = _split_topics(text)
    items = _conjuncts(head)
    if len(items) > 1 and items[-1].right_edge.i < end:
        # "demining and maritime surveillance": coordinated heads are items even without a comma or article
        doc, out = head.doc, []
        for item in items:
            # the item ends where the next one begins, its modifiers included ("security, joint training")
            stop = min(
                [ch.left_edge.i for ch in item.children if ch.dep_ in ("cc", "conj") and ch.i > item.i]
                + [item.right_edge.i + 1]
            )
            out.extend(_split_topics(doc[item.left_edge.i if item is not head else toks[0].i : stop].text))
        if items[-1].right_edge.i + 1 < end:
            out.extend(_split_topics(doc[items[-1].right_edge.i + 1 : end].text, listed=True))
        out = list(dict.fromkeys(out))
        return out if len(out) > len(plain) else plain
    return plain


def _with_someone(prep: Token) -> bool:
    """ "with French Minister X", "with his counterpart": a "with" phrase that names a person, not a subject."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(
            t.ent_type_ in ("PERSON", "TITLE", "RANK") or t.lemma_.lower() in cues()["counterpart_words"]
            for t in prep.subtree
        )
    )


def _conjuncts(head: Token) -> list[Token]:
    """The head and the nouns coordinated with it ("A, B and C" with A as head)."""
    items = [head]
    while True:
        nxt = next((ch for ch in items[-1].children if ch.dep_ == "conj" and ch.pos_ in ("NOUN", "PROPN")), None)
        if nxt is None or head.pos_ not in ("NOUN", "PROPN"):
            return items
        items.append(nxt)


def _object_list(verb: Token, obj: Token) -> list[str]:
    """The object of a topic verb with the list items the parser hung on the verb instead of on the object
    ("discussed A, the lessons learned in B and C": "the lessons" parsed as an adverbial of the verb)."""
    if obj.i < verb.i:
        return _topic_phrases(obj)
    toks = list(obj.subtree)
    end = toks[-1].i
    for ch in verb.rights:
        if (
            ch.i > end
            and ch.dep_ in ("npadvmod", "appos", "conj")
            and ch.pos_ in ("NOUN", "PROPN")
            and all(t.is_punct or t.dep_ == "cc" for t in ch.doc[end + 1 : ch.left_edge.i])
        ):
            end = ch.right_edge.i
    if end == toks[-1].i:
        return _topic_phrases(obj)
    if obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in cues()["not_topics"]:
        return []
    return _split_topics(obj.doc[toks[0].i : end + 1].text)


def _topic_objects(tok: Token, preps) -> list[Token]:
    """Objects of `tok`'s prepositions in `preps`: a noun ("on security") or a gerund ("on extending ties")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    return out


def _topics(sent: Span, words: Words) -> list[str]:
    """Short noun phrases of what the sentence says was discussed."""
    c = cues()
    topics = []
    for i in range(sent.start, sent.end):
        topics += _word_topics(sent.doc[i], words.lemma[i], words.pos[i], words.lower[i], c)
    topics += _head_noun_topics(sent, words, " ".join(topics).lower(), c)
    topics = list(dict.fromkeys(_whole_hyphenated(t, words.text[sent.start_char : sent.end_char]) for t in topics))
    # "ways to speed up deliveries" holds "speed up deliveries": the shorter adds nothing
    topics = [t for t in topics if not any(u.endswith(" to " + t) for u in topics)]
    # "issues of regional security" beside "regional security": the wrapper noun adds nothing
    wrapped = re.compile(r"^(\S+)\s+(?:of|for)\s+(.+)$")
    kept = set(topics)
    return [
        t
        for t in topics
        if not ((m := wrapped.match(t)) and m.group(2) in kept and m.group(1).lower() in c["topic_importance_nouns"])
    ]


def _whole_hyphenated(topic: str, text: str) -> str:
    """ "counter" or "terrorism" where the sentence only says "counter-terrorism" (the parser split the word at
    its hyphen): the whole word."""
    word = re.escape(topic)
    if re.search(r"(?<![\w-])" + word + r"(?![\w-])", text):
        return topic
    whole = re.search(r"[\w-]*(?:\w-" + word + r"|" + word + r"-\w)[\w-]*", text)
    return whole.group(0) if whole else topic


def _word_topics(tok: Token, lemma: str, pos: str, lower: str, c: dict) -> list[str]:
    """Topics one word of the sentence governs: a topic verb's objects, a preposition after a topic verb or noun."""
    topics = []
    if lemma in c["topic_verbs"] and pos == "VERB":
        # "discussed X and strengthening Y": a gerund joined to the verb names a topic too
        verbs = [tok, *(v for v in tok.children if v.dep_ == "conj" and v.tag_ == "VBG")]
        for verb in verbs:
            for ch in verb.children:
                if ch.dep_ in ("dobj", "nsubjpass"):
                    if verb is tok:
                        topics.extend(_object_list(tok, ch))
                    else:
                        topics.extend(f"{verb.text} {t}" for t in _topic_phrases(ch))
    if lemma in c["topic_sign_verbs"] and pos == "VERB":
        # "signed a memorandum of understanding on military medicine": what the sides agreed in writing
        for ch in tok.children:
            if ch.dep_ in ("dobj", "nsubjpass") and ch.lemma_.lower() in c["topic_document_nouns"]:
                topics.extend(t for t in _topic_phrases(ch) if " " in t)  # a bare "agreement" says nothing
    preps = c["topic_preps"].get(lemma)
    if preps:
        # "exchanged views on X": the preposition hangs on the verb or on its object
        objects = (ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass"))
        heads = [tok, *(ch for ch in objects if ch.lemma_.lower() in c["topic_object_nouns"])]
        for h in heads:
            for obj in _topic_objects(h, set(preps)):
                topics.extend(_topic_phrases(obj))
    if pos == "NOUN" and (lemma in c["topic_nouns"] or lower in c["topic_nouns"]):
        for obj in _topic_objects(tok, {"on", "about", "regarding", "concerning", "over"}):
            topics.extend(_topic_phrases(obj))
    subject_preps = c["topic_subject_verbs"].get(lemma)
    if subject_preps is not None and pos == "VERB":
        topics += _subject_verb_topics(tok, subject_preps, c)
    if lemma in c["topic_verbs"] or preps or subject_preps is not None:
        topics.extend(_verb_list_items(tok))
    if pos == "NOUN" and (lemma in c["topic_importance_nouns"] or lower in c["topic_importance_nouns"]):
        # "stressed the importance of deterring threats", "the need for closer coordination"
        for obj in _topic_objects(tok, {"of", "for"}):
            if obj.pos_ in ("NOUN", "PROPN", "VERB") and obj.ent_type_ not in ("PERSON", "GPE", "NORP"):
                topics.extend(_topic_phrases(obj))
        # "stressed the need to coordinate efforts against smuggling": what is to be done
        for verb in (ch for ch in tok.children if ch.dep_ in ("acl", "relcl") and ch.pos_ == "VERB"):
            if any(a.lower_ == "to" and a.dep_ == "aux" for a in verb.children) and verb.i > tok.i:
                topics.extend(t for t in [_clean_topic(tok.doc[verb.i : verb.right_edge.i + 1].text)] if t)
    return topics


def _subject_verb_topics(tok: Token, subject_preps: list, c: dict) -> list[str]:
    """ "the talks covered X", "the discussion touched upon X": a verb whose subject is a topic noun."""
    if not any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lemma_.lower() in c["topic_nouns"] for ch in tok.children):
        return []
    topics = []
    for ch in tok.children:
        if ch.dep_ == "dobj" and not subject_preps:
            topics.extend(_topic_phrases(ch))
    for obj in _topic_objects(tok, set(subject_preps)):
        topics.extend(_topic_phrases(obj))
    return topics


def _head_noun_topics(sent: Span, words: Words, covered: str, c: dict) -> list[str]:
    """Topic head nouns ("cooperation", "security") with their modifiers, where no phrase found above holds them."""
    topics = []
    for i in range(sent.start, sent.end):
        if words.pos[i] == "NOUN" and (words.lemma[i] in c["topic_heads"] or words.lower[i] in c["topic_heads"]):
            doc_tok = sent.doc[i]
            for phrase in [_noun_topic(doc_tok), *_listed_topics(doc_tok), *_prep_conj_topics(doc_tok)]:
                if phrase and phrase.lower() not in covered:
                    topics.append(phrase)
                    covered += " " + phrase.lower()
    return topics


def _verb_list_items(verb: Token) -> list[str]:
    """A list hung on the topic verb itself: "focused on X, including A and B" (parsed as a child of "focused")."""
    words = set(cues()["topic_list_words"])
    out = []
    subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    for ch in [*verb.children, *(g for sub in subjects for g in sub.rights)]:
        if ch.dep_ != "prep" or ch.i < verb.i:
            continue
        such = ch.lower_ == "as" and any(g.lower_ == "such" for g in ch.children)
        if ch.lower_ in words or such:
            for obj in (g for g in ch.children if g.dep_ in ("pobj", "pcomp")):
                toks = list(obj.subtree)
                out.extend(_split_topics(obj.doc[toks[0].i : toks[-1].i + 1].text, listed=True))
    return out


def _prep_conj_topics(tok: Token) -> list[str]:
    """The further items of "cooperation in A, B and C": B and C (A stays in the noun's own phrase)."""
    prep = next((ch for ch in tok.rights if ch.dep_ == "prep" and ch.lower_ in ("in", "on")), None)
    pobj = next((ch for ch in prep.children if ch.dep_ == "pobj"), None) if prep is not None else None
    out, item = [], pobj
    while item is not None:
        item = next((ch for ch in item.children if ch.dep_ == "conj" and ch.pos_ in ("NOUN", "PROPN")), None)
        if item is not None:
            start = min(t.i for t in item.subtree)
            stop = next(
                (ch.i for ch in item.children if ch.dep_ in ("conj", "cc", "punct") and ch.i > item.i),
                item.right_edge.i + 1,
            )
            phrase = _clean_topic(tok.doc[start:stop].text)
            if phrase:
                out.append(phrase)
    return out


def _listed_topics(tok: Token) -> list[str]:
    """Items listed after a topic noun: "cooperation in many fields, such as A, B and C"."""
    lists = _topic_patterns().lists
    toks = list(tok.subtree)
    text = tok.doc[tok.i : toks[-1].i + 1].text
    pieces = lists.split(text, maxsplit=1)
    return _split_topics(pieces[1], listed=True) if len(pieces) > 1 else []


def _noun_topic(tok: Token) -> str | None:
    """A topic noun with its modifiers and one attached prepositional phrase ("cooperation in the Caspian Sea")."""
    c = cues()
    left = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nmod", "nummod")]
    start = min([s.i for t in left for s in t.subtree] + [tok.i])
    while start < tok.i and tok.doc[start].dep_ in ("det", "poss", "case", "punct"):
        start += 1
    end = tok.i + 1
    preps = rules()["topic_noun_preps"]
    prep = next((ch for ch in tok.rights if ch.dep_ == "prep" and (ch.lower_ in preps or _with_someone(ch))), None)
    if prep is not None and not _with_someone(prep):  # "training with General X in Y": the rest says with whom
        pobj = next((ch for ch in prep.children if ch.dep_ == "pobj"), None)
        if pobj is not None:
            # "cooperation in the field of X": a field noun keeps its own "of" phrase
            keep = (
                {"prep"}
                if pobj.lemma_.lower() in c["topic_field_nouns"] or pobj.lower_ in c["topic_field_nouns"]
                else set()
            )
            if prep.lower_ == "between":
                keep |= {"conj", "cc"}  # "relations between A and B"
            last = max(
                t.i
                for t in pobj.subtree
                if not any(
                    a.dep_ in ("relcl", "acl", "conj", "cc", "prep")
                    and a.dep_ not in keep
                    and a.head == pobj
                    and (a == t or a in t.ancestors)
                    for a in pobj.children
                )
            )
            if last - tok.i <= 8:
                end = last + 1
    if end - start == 1 and (tok.lemma_.lower() in c["vague_topics"] or tok.lower_ in c["vague_topics"]):
        return None  # a bare "cooperation" or "support" says nothing of what was discussed
    return _clean_topic(tok.doc[start:end].text)


def _location(sent: Span) -> tuple[Span | None, str | None, str | None]:
    """The meeting place a sentence names: (its span, its country, its name)."""
    span, country = _place_span(sent)
    if span is not None and span.root.lower_ == "capital" and country:
        return span, country, _capitals()[country]  # "in the Kenyan capital": Nairobi
    if span is not None and country is None:
        country = _seat_country(span)  # "at the White House": the side of its country is at home
    if span is not None and country is None and span.label_ in ("GPE", "LOC", "FAC"):
        # "met X in Kandy": a city the gazetteer does not list
        country = entities.world_cities().get(span.text.casefold())
    if span is not None and (venue := _venue_before(span, sent)) is not None:
        return span, country, f"{venue.text}, {span.text}"  # GOLD: the city or the venue named; both are given
    return span, country, span.text if span is not None else None


def _venue_before(place: Span, sent: Span) -> Span | None:
    """ "at Kestrel Barracks in Lomar", "at Police Headquarters, Lomar": the named venue (`_venue`) that the place
    right after it locates."""
    venue, _ = _venue(sent)
    if venue is None or venue.end > place.start:
        return None
    gap = sent.doc[venue.end : place.start]
    return venue if len(gap) <= 1 and all(t.lower_ in (",", "in") for t in gap) else None


def place_country(name: str) -> str | None:
    """The country of a city named alone: the gazetteer's, else the world table's."""
    folded = name.casefold()
    return places()[0].get(folded) or entities.world_cities().get(folded)


def _government_by_metonymy(ent: Span) -> bool:
    """A place that is the object of a verb of giving or urging ("the batteries allies have promised Kyiv", "urged
    Moscow to ..."): the government it stands for, no place anyone met ("visited Ankara" is); so is a city that
    speaks or hopes ("X said Manila hoped to conclude ...", "Canberra said")."""
    root, verb, c = ent.root, ent.root.head, cues()
    # (the lemmatizer reads "hoped" as "hop": the form without its ending too)
    forms = {verb.lemma_.lower(), verb.lower_.rstrip("ds")}
    if root.dep_ == "nsubj" and forms & (c["report_verbs"] | c["wish_verbs"]):
        return True
    return root.dep_ in ("dobj", "dative") and verb.lemma_.lower() in c["government_verbs"]


def _place_span(sent: Span) -> tuple[Span | None, str | None]:
    cities, countries, demonyms = places()
    deferred = None
    filed = _dateline_end(sent)
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        if ent.start < filed or _post_place(ent):
            continue  # "WASHINGTON, June 4 - ...": where the dispatch was filed, not where anyone met
        if _place_of_another_leg(ent) or _place_of_a_topic(ent) or len(ent) == 1 and _acronym_modifier(ent.root):
            continue
        if _place_left(ent):
            continue  # "X, who flew into Velkaria from Zorgrad, met Y": where X came from
        name = ent.text.strip()
        folded = name.casefold()
        if (folded in countries or folded in demonyms) and folded not in cities:
            continue  # a bare country is no meeting place; a city-state ("Singapore") is
        if _region(folded) or _sea_named_after(ent):
            continue  # "Asia", "the Middle East", "the Gulf of Riga": a region or a sea is no meeting place either
        if ent.end < len(sent.doc) and sent.doc[ent.end].tag_ == "POS" or _government_by_metonymy(ent):
            continue  # "Tehran's missile tests", "the batteries allies have promised Kyiv": a government
        if _joined_by_hyphen(ent) or _route_end(ent):
            continue  # "at Yadgar-e-Shuhada", "a Tbilisi-based analyst": part of a longer word, no place
        prev = sent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if _between_places(ent) or _of_an_ordinal_sitting(ent):
            continue
        if folded in cities or prev in ("in", "at", "to", "near"):
            head = ent.root.head
            if ent.root.dep_ == "compound" and head.pos_ == "NOUN" and prev not in ("in", "at", "near"):
                # "the Ramstein group", "the Minsk format": a name of something else, the place only if no other
                deferred = deferred or (ent, cities.get(folded))
                continue
            if (
                ent.root.dep_ == "compound"
                and head.i == ent.end
                and head.pos_ == "PROPN"
                and head.i < sent.end
                and not head.ent_type_  # "in Rabat General X": the rank of the name after it
                and not (head.i + 1 < len(sent.doc) and entities.inner_hyphen(sent.doc[head.i + 1]))
                # ("at X Palace Vice-President Y": the first half of a post)
            ):
                return sent.doc[ent.start : head.i + 1], cities.get(folded)  # "Dhaka Cantonment"
            if folded not in cities and (city := _city_after_venue(ent)) is not None:
                if ent.root.lower_ in _venues()["event_heads"]:
                    return city, cities[city.text.casefold()]  # "at the X Dialogue in Singapore": an event
                return sent.doc[ent.start : city.end], cities[city.text.casefold()]  # "the X Palace in Cairo"
            return ent, cities.get(folded)
    if deferred is not None:
        return deferred
    if (capital := _named_capital(sent)) is not None:
        return capital
    if (where := _where_place(sent)) is not None:
        return where, None
    for tok in sent[filed - sent.start :]:
        one = _known_city_at(tok, sent, cities)
        if (
            one is not None
            and not _city_in_a_name(tok)
            and not _post_place(one)
            and not _between_places(one)
            and not _joined_by_hyphen(one)
            and not _route_end(one)
            and not _of_an_ordinal_sitting(one)
            and not _place_of_another_leg(one)
            and not _place_of_a_topic(one)
            and not _place_left(one)
            and not _government_by_metonymy(one)
        ):
            return one, place_country(one.text)
    return None, None


def _seat_of_someones_body(place: Span) -> bool:
    """ "met General Y, Director of the Velk College in Lomar,": the place a body of someone's post (set off after
    their name) is in, not where they met."""
    doc, k = place.doc, place.start - 1
    if k > 0 and doc[k].lower_ == "in" and doc[k - 1].ent_type_ == "TITLE" and place.end < len(doc):
        # however parsed: the title set off by commas after the name, the place ending it
        start = k - 1
        while start > 0 and doc[start - 1].ent_type_ == "TITLE" and doc[start].ent_iob_ != "B":
            start -= 1
        if start > 1 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == "PERSON":
            return doc[place.end].text == ","
    prep = place.root.head
    if place.root.dep_ != "pobj" or prep.lower_ != "in" or prep.head.head.lower_ != "of":
        return False
    for a in prep.head.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return False
        if a.dep_ == "appos" and a.head.ent_type_ == "PERSON":
            return True
    return False


def _place_left(place: Span) -> bool:
    """ "arrived from Oslo", "flew in from Lomar", "a delegation from the Velk Academy, Lomar, visited": the place a
    traveller came from (the object of "from" on a verb or noun of travel, cues.json trip_words, or the place set
    after that object), never where they met anyone."""
    first = place.root
    while first.dep_ in ("conj", "appos"):
        first = first.head
    prep = first.head
    return (
        first.dep_ == "pobj"
        and prep.lower_ == "from"
        and any(a.lemma_.lower() in cues()["trip_words"] for a in list(prep.ancestors)[:2])
    )


def _place_of_a_topic(place: Span) -> bool:
    """ "discussed the situation in X", "emphasized the role of bases in X", "the talks covered the training of
    engineers in X": a place inside what a side discussed or stressed, or what a sitting covered (the object of
    such a verb), not where anyone met."""
    c = cues()
    first = place.root
    while first.dep_ == "conj":  # "in A, B and C"
        first = first.head
    prep = first.head
    if prep.dep_ != "prep" or prep.head.pos_ != "NOUN" or _sitting_noun(prep.head):
        return False
    for a in prep.head.ancestors:
        if _sitting_noun(a):
            return False
        if a.pos_ in ("VERB", "AUX"):
            lemma = a.lemma_.lower()
            return (
                lemma in c["topic_verbs"]
                or lemma in c["stress_verbs"]
                or lemma in c["topic_subject_verbs"]
                and any(ch.dep_ == "nsubj" and _sitting_noun(ch) for ch in a.children)
            )
    return False


def _place_of_another_leg(place: Span) -> bool:
    """ "... is to meet Y today before flying to Lomar", "... before visiting the academy in Lomar": a place in a
    clause of going on somewhere after the meeting, not where it is held ("after arriving in X" is); so is the place
    of a plan told after it, "met Y, with both sides agreeing to hold the next dialogue in Lomar"."""
    return any(
        a.dep_ == "pcomp"
        and a.tag_ == "VBG"
        and (
            a.head.lower_ == "before"
            or a.head.lower_ == "with"
            and a.lemma_.lower() in rules()["agreed_plan_heads"]
            and any(ch.dep_ == "nsubj" for ch in a.children)
        )
        for a in place.root.ancestors
    )


def _of_an_ordinal_sitting(ent: Span) -> bool:
    """ "held their second meeting, following their first in Hawaii last year": the place of another sitting, named
    by its ordinal alone."""
    prep = ent.root.head
    owner = prep.head
    return (
        ent.root.dep_ == "pobj"
        and prep.dep_ == "prep"
        and owner.ent_type_ == "ORDINAL"
        and owner.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
    )


def _joined_by_hyphen(span: Span) -> bool:
    """The span runs on into a longer word through a hyphen and a lower-case word ("Yadgar-e-Shuhada",
    "Moscow-led"; not the "Addis Ababa-Djibouti" railway, which still names the place)."""
    doc, k = span.doc, span.end
    return k + 1 < len(doc) and entities.inner_hyphen(doc[k]) and doc[k + 1].is_lower


def _route_end(span: Span) -> bool:
    """One end of a route named by two places joined with a hyphen ("the A-B maritime corridor"): no meeting place."""
    doc = span.doc
    after = span.end + 1 < len(doc) and entities.inner_hyphen(doc[span.end]) and doc[span.end + 1].ent_type_ == "GPE"
    before = span.start >= 2 and entities.inner_hyphen(doc[span.start - 1]) and doc[span.start - 2].ent_type_ == "GPE"
    return after or before


def _known_city_at(tok: Token, sent: Span, cities: dict[str, str]) -> Span | None:
    """The gazetteer city that starts at `tok`: a one-word one, or a city of several words the entity recogniser left
    untagged right after "in"/"at" ("in Bandar Seri Begawan", "at Addis Ababa")."""
    doc = sent.doc
    if tok.text.casefold() in cities:
        return doc[tok.i : tok.i + 1]
    if tok.i == 0 or doc[tok.i - 1].lower_ not in ("in", "at") or not tok.text[:1].isupper():
        return None
    for size in (4, 3, 2):
        span = doc[tok.i : min(tok.i + size, sent.end)]
        if (
            len(span) == size
            and span.text.casefold() in cities
            and not (span.end < len(doc) and doc[span.end].tag_ == "POS")
        ):
            return span
    # "at the government office in Naha": a one-word city of the world table that the recogniser left untagged, right
    # after "in" and before no other name word
    after = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if (
        doc[tok.i - 1].lower_ == "in"
        and tok.pos_ == "PROPN"
        and not tok.ent_type_
        and tok.text.casefold() in entities.world_cities()
        and (after is None or after.pos_ != "PROPN" and after.tag_ != "POS")
    ):
        return doc[tok.i : tok.i + 1]
    return None


def _venue(sent: Span) -> tuple[Span | None, str | None]:
    """A named building or seat the meeting is held at when no city is named ("at the Pentagon", "at Army
    Headquarters", "welcomed X to the Pentagon"): the object of "at"/"to" whose head word is a venue head
    (models/meetings/venues.json) and that bears a name (`_named_venue`); its country when its name holds one, or
    when it is a seat that stands for its country ("the Pentagon")."""
    _, countries, demonyms = places()
    for tok in sent:
        if tok.lower_ not in ("at", "to") or tok.dep_ != "prep" or tok.head.lower_ == "according":
            continue  # "according to the Ministry of Defence": the source of the report, no venue
        for obj in (o for o in tok.children if o.dep_ == "pobj"):
            span = _named_venue(obj, sent) if obj.lower_ in venue_heads() else _head_first_venue(obj)
            if span is None:
                continue
            span = _with_its_locality(span)
            country = next(
                (
                    countries.get(t.lower_) or demonyms.get(t.lower_)
                    for t in span
                    if countries.get(t.lower_) or demonyms.get(t.lower_)
                ),
                None,
            )
            return span, country or _seat_country(span) or _venues()["seat_countries"].get(obj.lower_)
    found = _visited_venue(sent)
    return found if found[0] is not None else _venue_of_meeting_noun(sent)


def _with_its_locality(venue: Span) -> Span:
    """ "at the Army Headquarters, Bhadrakali": the venue and the locality a comma sets after it (a place the model
    tagged that is no country, nor a city the gazetteer lists: "at Naval Headquarters, Colombo" is a venue in a city,
    `_venue_before`), which the place of the meeting keeps."""
    cities, countries, _ = places()
    doc, k = venue.doc, venue.end
    if k + 1 >= venue.sent.end or doc[k].text != "," or doc[k + 1].ent_iob_ != "B" or doc[k + 1].ent_type_ != "GPE":
        return venue
    end = k + 2
    while end < venue.sent.end and doc[end].ent_iob_ == "I":
        end += 1
    locality = doc[k + 1 : end].text.lower()
    return venue if locality in countries or locality in cities else doc[venue.start : end]


def _head_first_venue(obj: Token) -> Span | None:
    """ "at Wisma X", "at the Istana": a building named head first, as Malay and Indonesian do (venues.json
    head_initial_venue_words), the capitalised words of the name."""
    if obj.pos_ != "PROPN":
        return None
    first = min((t for t in obj.lefts if t.dep_ == "compound"), key=lambda t: t.i, default=obj)
    if first.lower_ not in _venues()["head_initial_venue_words"] or not first.text[:1].isupper():
        return None
    return obj.doc[first.i : obj.i + 1]


def _visited_venue(sent: Span) -> tuple[Span | None, str | None]:
    """ "visited Clark Air Base, where he was welcomed by X": a named venue that is the object of a visit verb; and
    "hosted X aboard the frigate Y", "aboard USS Z": the named ship the meeting is held on."""
    prefixes, nouns = entities.ship_words()
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in cues()["visit_verbs"]:
            for obj in (o for o in tok.children if o.dep_ == "dobj" and o.lower_ in venue_heads()):
                span = _named_venue(obj, sent)
                if span is not None:
                    return span, _seat_country(span) or _venues()["seat_countries"].get(obj.lower_)
        if tok.lower_ == "aboard" and tok.dep_ == "prep":
            names = [t for t in tok.subtree if t.text in prefixes or (t.i > 0 and t.doc[t.i - 1].lower_ in nouns)]
            if names and names[0].text[:1].isupper():
                end = names[0].i
                while end + 1 < sent.end and sent.doc[end + 1].text[:1].isupper() and sent.doc[end + 1].is_alpha:
                    end += 1
                return sent.doc[names[0].i : end + 1], None
    return None, None


def _seat_country(span: Span) -> str | None:
    """The country of a seat of government named as the venue ("the White House", "the Blue House"): the
    gazetteer's institutions (models/gazetteer.json) that stand for their country."""
    words = [t.text for t in span if t.lower_ != "the"]
    return _seats().get(" ".join(words).casefold())


@cache
def _seats() -> dict[str, str]:
    table = resources.gazetteer().get("institutions", {})
    return {k.casefold(): v for k, v in table.items() if not k.startswith("_")}


def _named_venue(obj: Token, sent: Span) -> Span | None:
    """The span of a venue head that bears a name: "Army Headquarters", "the Army headquarters", "the headquarters
    of the Nigerian Army" (with its name words and "of ..." complement), or a generic one named in apposition ("at
    his official residence, the Cedar House"); None for a bare "the headquarters"."""
    capitalised = [c for c in obj.children if c.dep_ == "compound" and c.text[:1].isupper()]
    of_name = [
        c
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of" and any(t.text[:1].isupper() for t in c.subtree)
    ]
    if not (obj.text[:1].isupper() or capitalised or of_name):
        return _venue_in_apposition(obj, sent)
    left = min(
        [
            obj.i,
            *(c.left_edge.i for c in obj.children if c.i < obj.i and c.dep_ in ("compound", "amod", "nmod", "poss")),
        ]
    )
    right = max([obj.i, *(c.right_edge.i for c in obj.children if c.dep_ == "prep" and c.lower_ == "of")])
    # "received, at the headquarters of the Army, X, director of ...": the name ends at its first comma
    right = next((t.i - 1 for t in sent.doc[obj.i : right + 1] if t.text == ","), right)
    return sent.doc[left : min(right + 1, sent.end)]


def _venue_in_apposition(obj: Token, sent: Span) -> Span | None:
    """ "at her official residence, the Cedar House, this morning": a generic venue noun followed by a comma and a
    capitalised name that no person is in, closed by punctuation or a preposition (not "at his office, Minister X
    said", whose run goes on into a verb)."""
    doc = sent.doc
    start = obj.i + 1
    if start >= sent.end or doc[start].text != ",":
        return None
    start += 1 + (start + 1 < sent.end and doc[start + 1].lower_ == "the")
    end = start
    while end < sent.end and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    closed = end < sent.end and (doc[end].is_punct or doc[end].dep_ == "prep")
    if (
        end == start
        or not closed
        or any(doc[i].ent_type_ in ("PERSON", "GPE", "NORP", "DATE") for i in range(start, end))
    ):
        return None
    return doc[start:end]


def _venue_of_meeting_noun(sent: Span) -> tuple[Span | None, str | None]:
    """ "during a Pentagon meeting", "after White House talks": a named venue heading the compound before a meeting
    noun."""
    for tok in sent:
        if (
            tok.lower_ in venue_heads()
            and tok.text[:1].isupper()
            and tok.dep_ == "compound"
            and tok.head.lemma_.lower() in cues()["meeting_nouns"]
        ):
            left = min([tok.i, *(c.left_edge.i for c in tok.children if c.i < tok.i and c.dep_ == "compound")])
            return sent.doc[left : tok.i + 1], _venues()["seat_countries"].get(tok.lower_)
    return None, None


def _multilateral_event(sent: Span) -> bool:
    """The meeting is held at, during or on the margins of a multilateral gathering ("at the NATO summit in
    Vilnius", "during the SCO defence ministers' meeting", "at the International Defence Forum"): a gathering
    noun (models/meetings/venues.json event_heads) whose phrase, its place left out, names a multilateral
    body, an international-type word, a named event or forum, or a plural possessive ("the ministers' meeting")."""
    table = _venues()
    heads, bodies = frozenset(table["event_heads"]), frozenset(table["multilateral_bodies"])
    for tok in sent:
        # "... during the X meeting"; "The X ministers' meeting was chaired by Y" (its subject)
        if tok.dep_ not in ("pobj", "nsubj", "nsubjpass") or (
            tok.lower_ not in heads and tok.lemma_.lower() not in heads
        ):
            continue
        places = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]  # "... in Vilnius"
        phrase = [t for t in tok.subtree if not any(p.left_edge.i <= t.i <= p.right_edge.i for p in places)]
        if tok.dep_ != "pobj":
            # a subject's own words only ("The X ministers' meeting"), not what a clause after it tells of it
            phrase = [t for t in phrase if t.i <= tok.i]
        if any(t.lower_ == "bilateral" for t in phrase):
            continue
        named = tok.pos_ == "PROPN" and tok.lower_ in table["named_gathering_heads"]
        if (
            tok.ent_type_ == "EVENT"
            or named
            or any(
                t.text in bodies or t.lower_ in cues()["venue_words"] or (t.dep_ == "poss" and t.tag_ == "NNS")
                for t in phrase
            )
        ):
            return True
        names = " ".join(t.text for t in phrase)
        if any(len(b) > 4 and b in names for b in bodies):
            return True
    return False


@cache
def _venues() -> dict:
    return resources.read_json("meetings/venues.json")


@cache
def venue_heads() -> frozenset[str]:
    return frozenset(_venues()["venue_heads"])


def _city_after_venue(ent: Span) -> Span | None:
    """ "at the Presidential Palace in Cairo", "at the ministry headquarters, Abuja": the known city right after a
    venue, which the meeting place then spans."""
    doc, cities = ent.doc, places()[0]
    i = ent.end
    if i < len(doc) and doc[i].lower_ in (",", "in"):
        i += 1
    for ent2 in doc.ents:
        if ent2.start == i and ent2.text.casefold() in cities and ent2.end <= ent.sent.end:
            return ent2
    return None


def _named_capital(sent: Span) -> tuple[Span, str] | None:
    """ "in the Kenyan capital", "in the capital of Kenya", "in Kenya's capital": the country's capital (gazetteer)
    as the meeting place, the phrase as its span."""
    _, countries, demonyms = places()
    capitals = _capitals()
    for tok in sent:
        if tok.lower_ != "capital" or tok.pos_ != "NOUN":
            continue
        named = [t for t in tok.children if t.dep_ in ("amod", "compound", "poss") and t.i < tok.i]
        named += [
            o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        for t in named:
            span = t.doc[t.ent_iob_ == "I" and t.i or t.i : t.i + 1]
            if t.ent_type_ in ("GPE", "NORP"):
                span = next((e for e in t.doc.ents if e.start <= t.i < e.end), span)
            folded = span.text.casefold().removesuffix("'s").removeprefix("the ")
            country = countries.get(folded) or demonyms.get(folded)
            if country and capitals.get(country):
                start, end = min(tok.i, span.start), max(tok.i + 1, span.end)
                return tok.doc[start:end], country
    return None


def _where_place(sent: Span) -> Span | None:
    """ "was welcomed at Zavidovo, where he held talks with X": a named place that a "where" clause tells of."""
    for tok in sent:
        if tok.lower_ != "where" or tok.head.dep_ != "relcl":
            continue
        place = tok.head.head
        if (
            place.pos_ != "PROPN"
            or place.head.lower_ not in ("at", "in", "to")
            or place.ent_type_ in ("PERSON", "DATE", "TIME")  # "visit X in March, where ...": a time, no place
        ):
            continue
        span = sent.doc[min(c.i for c in place.subtree if c.dep_ == "compound" or c == place) : place.i + 1]
        named = next((e for e in sent.ents if e.start <= place.i < e.end and e.label_ in ("ORG", "FAC")), None)
        if named is not None:  # "to the Ministry of Defence, where ...": the body's whole name, its "of" phrase too
            span = sent.doc[min(span.start, named.start) : max(span.end, named.end)]
        folded = span.text.casefold().removeprefix("the ")
        if folded not in places()[1] and folded not in places()[2] and not _region(folded):
            return span  # a country or region is no meeting place
    return None


def _post_place(place: Span) -> bool:
    """ "the Head of the Liaison Office in Zagreb Brigadier General X", "the doyen of the diplomatic corps in Zagreb
    Colonel Y": the city says where someone's post is (its "in" hangs on a noun, a rank, title or name follows), not
    where they met; so does the seat of a body in the post set off after a name (`_seat_of_someones_body`)."""
    if _seat_of_someones_body(place):
        return True
    doc = place.doc
    prep = doc[place.start - 1] if place.start > 0 else None
    following = doc[place.end] if place.end < len(doc) else None
    if prep is None or prep.lower_ != "in":
        return False
    if prep.i > 0 and doc[prep.i - 1].ent_type_ in ("REF", "TITLE", "GPE") and _name_set_off_after(place):
        return True  # "received the Consul General of Norway in Murmansk, X,": the post's seat, then its holder
    return (
        prep.head.pos_ in ("NOUN", "PROPN")
        and following is not None
        and following.ent_type_ in ("RANK", "TITLE", "PERSON")
        and not _verbs_venue(prep.head)
    )


def _name_set_off_after(span: Span) -> bool:
    """ ", X," or ", Colonel X." right after the span: a name set off by commas (however the parser hung it)."""
    doc, k = span.doc, span.end
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    start = k + 1
    while start < len(doc) and doc[start].ent_type_ == "RANK":
        start += 1
    if start >= len(doc) or doc[start].ent_type_ != "PERSON" or doc[start].ent_iob_ != "B":
        return False
    end = next((t.i for t in doc[start + 1 :] if t.ent_iob_ != "I"), len(doc))
    return end == len(doc) or doc[end].text in (",", ".", ";")


def _verbs_venue(noun: Token) -> bool:
    """ "received at his office in X Rear Admiral Y": the noun is the place of the verb ("at his office"), so the
    city after it is where they met, and the name after the city the person received (`_shifted_object`)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "in") and noun.head.head.pos_ == "VERB"


def _dateline_end(sent: Span) -> int:
    """The token after the city of a dispatch dateline opening the sentence ("WASHINGTON, June 4 - ..."; a page of
    several stories keeps the datelines after the first), else the sentence's first token."""
    if dates.dateline_date_text(sent.text):
        return next((t.i for t in sent if t.text == ","), sent.start)
    # "KESTREL — X met Y in Velm", "VELM: ...": a city in capitals set off by a dash or colon, no date
    end = _dash_dateline_end(sent)
    if end == sent.start and len(sent) > 2 and sent[1].text == ":":
        end = sent.start + 2
    opening = [t for t in sent.doc[sent.start : end] if t.is_alpha]
    if end > sent.start and opening and opening[0].is_upper and len(opening[0]) > 1:
        return end
    return sent.start


def _visited_country(sent: Span) -> str | None:
    """The country a sentence puts its people in when it names no city: "met X in Egypt", "during his visit to
    Brazil", "paid a visit to Tajikistan, where he met X", "flew to Chile". Its name only, as the object of "in"
    under a verb, of "to" under a trip word, or of "visited" (models/meetings/cues.json trip_words); never a
    country a noun phrase or an earlier trip names ("the war in Sudan", "who visited India last month")."""
    return next((country for ent in sent.ents if (country := _country_gone_to(ent)) is not None), None)


def _country_gone_to(ent: Span) -> str | None:
    """The country `ent` names when it is where the sentence puts its people (see `_visited_country`)."""
    _, countries, _ = places()
    folded = ent.text.casefold().removeprefix("the ")
    if ent.label_ != "GPE" or folded not in countries:
        return None
    trips = cues()["trip_words"]
    root, head = ent.root, ent.root.head
    if root.dep_ == "pobj":
        verb = head.head
        if head.lower_ == "in" and verb.pos_ in ("VERB", "AUX") and verb.dep_ != "relcl":
            return countries[folded]
        if head.lower_ == "to" and verb.lemma_.lower() in trips and not _earlier_trip(verb):
            return countries[folded]
    elif root.dep_ == "dobj" and head.lemma_.lower() in trips and not _earlier_trip(head):
        return countries[folded]
    return None


def mention_role(span: Span) -> str | None:
    """What a mention tells of travel, for resolve's country guesses: a person on a visit ("X is on a visit to
    Y", "during his visit to Y, X met ...", "a delegation led by X") is a `traveller`, a country gone to or met in
    is a `destination`; a traveller's country is not the one they are visiting."""
    if span.label_ == "PERSON" and (_travelling(span) or _visitor(span)):
        return "traveller"
    if span.label_ == "GPE" and _country_gone_to(span) is not None:
        return "destination"  # a country only: "visited a depot in <his own capital>" is no trip abroad
    return None


def _earlier_trip(word: Token) -> bool:
    """ "who visited India last month": a trip told in a relative clause in the past is another trip."""
    verb = word if word.pos_ in ("VERB", "AUX") else word.head
    return verb.dep_ == "relcl" and verb.tag_ == "VBD"


def _bare_capital(sent: Span) -> bool:
    """ "talks in the capital": a capital the sentence does not name the country of (relate knows it)."""
    return any(
        tok.lower_ == "capital"
        and tok.pos_ == "NOUN"
        and tok.head.lower_ in ("in", "to")
        and not any(c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children)
        for tok in sent
    )


@cache
def _capitals() -> dict[str, str]:
    """country -> its capital (models/gazetteer.json)."""
    countries = resources.gazetteer()["countries"]
    return {c: e["capital"] for c, e in countries.items() if not c.startswith("_") and e.get("capital")}


def _between_places(ent: Span) -> bool:
    """ "relations between Beijing and Bangkok": two capitals standing for their governments."""
    root = ent.root
    head = root.head
    if root.dep_ == "conj":
        head = head.head
    return head.lower_ == "between" and (root.dep_ == "conj" or any(ch.dep_ == "conj" for ch in root.children))


def _city_in_a_name(tok: Token) -> bool:
    """A city word that names something else: part of a body's name ("the Shanghai Cooperation Organization"),
    or a government by metonymy ("Tehran's missile attack"), or a sea named after it ("the Gulf of Guinea"), or an
    acronym in capitals that spells it, before the noun it names ("the MALE drone programme")."""
    if _acronym_modifier(tok):
        return True
    ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end and len(e) > 1), None) if tok.ent_type_ else None
    if ent is not None and _region(ent.text.casefold()):
        return True
    if _sea_named_after(tok.doc[tok.i : tok.i + 1]):
        return True
    if tok.ent_type_ in ("ORG", "NORP", "PERSON", "EVENT", "LAW", "WORK_OF_ART"):
        # "the Ministry of Defence in Baku" tagged as one body still says where it is
        return not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at"))
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.tag_ == "POS"


def _acronym_modifier(tok: Token) -> bool:
    """A word in capitals before the noun it names ("the MALE drone programme"): an acronym, even one that spells a
    city."""
    return (
        tok.text.isupper()
        and len(tok.text) > 1
        and tok.dep_ in ("compound", "amod", "nmod")
        and tok.head.pos_ == "NOUN"
    )


def _sea_named_after(place: Span) -> bool:
    """ "the Gulf of Riga", tagged only "Riga": the city names a sea, no meeting place."""
    doc, k, c = place.doc, place.start, cues()
    return k > 1 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in c["water_body_heads"] | c["water_of_heads"]


def _region(folded: str) -> bool:
    """A continent or world region ("Asia", "the Middle East", "the Indo-Pacific"), or a sea or strait ("the Gulf of
    Guinea", "the East Sea", "the South Atlantic"), case-folded."""
    name = folded.removeprefix("the ")
    c = cues()
    words, regions, waters = name.split(), c["region_names"], c["water_body_heads"]
    if name in regions:
        return True
    if words and (words[-1] in waters or words[-1] in regions):
        return True  # "the East Sea", "the South Atlantic"
    # "the Gulf of Guinea", "the Bay of Bengal" (or "the Bay of" where the model cut the name off)
    return len(words) >= 2 and words[0] in waters | c["water_of_heads"] and words[1] == "of"


def _country_of(person: Span) -> str | None:
    """Country named in the title words of a person ("Turkish Defence Minister X", "Minister of Kazakhstan X")."""
    _, countries, demonyms = places()
    doc = person.doc
    sent = person.sent
    start = person.start
    # title words: the contiguous run of capitalised or linking words right before the name
    i = start - 1
    while i >= sent.start and start - i <= 14:
        t = doc[i]
        if t.is_punct and (t.text not in ("’", "'", "-", "–") or t.whitespace_ and doc[i - 1].whitespace_):
            break  # "LUXEMBOURG – Defence Minister X": a dash set apart by spaces ends a dateline, not a title
        if t.pos_ == "VERB" or t.lower_ in ("and", "with", "by", "met", "received") or _headline_verb(t):
            break
        i -= 1
    root = person.root
    heads = [root, root.head] if root.dep_ == "appos" and not _headline_verb(root.head) else [root]
    if root.dep_ == "appos" and root.head.ent_type_ == "PERSON":
        # "Minister X and the Ambassador of Oman, Y": Y hung on X, not on the post set off by the comma before Y
        heads = [root] + [c for c in root.head.conjuncts if c.i < start and c.right_edge.i + 2 == start][:1]
    # "Special Representative for the Caucasus X": the title the name hangs under
    top = root
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in ("NOUN", "PROPN"):
        top = top.head.head
        heads.append(top)
    titled = [t for h in heads for t in h.subtree if t.i < start and t.ent_type_ != "PERSON" and not _under_conj(t, h)]
    # "X, the Canadian Minister of Defense": a title set after the name
    titled += [
        t
        for ch in root.children
        if ch.dep_ == "appos" and ch.i > root.i and ch.ent_type_ != "PERSON"
        for t in ch.subtree
        if t.ent_type_ != "PERSON" and _in_title_phrase(t, ch)
    ]
    titled += _post_in_relative_clause(person)
    # "talks in Port of Spain between X and Y": a city's name is no country of a person, even when a country's
    # name is one of its words
    in_cities = {t.i for e in sent.ents if _city_name(e) for t in e}
    in_cities |= set(range(sent.start, _dash_dateline_end(sent)))  # "LUXEMBOURG – Defence Minister X": a dateline
    window = [t for t in [*doc[i + 1 : start], *titled] if t.i not in in_cities]
    for t in window:
        key = t.text.casefold().rstrip("’'s")
        if t.text.casefold() in demonyms:
            return demonyms[t.text.casefold()]
        if t.text.casefold() in countries:
            return countries[t.text.casefold()]
        if key in countries:
            return countries[key]
        if t.i + 1 < len(doc) and t.text[:1].isupper():  # "New Zealand", "Sri Lankan", "United Arab Emirates"
            for n in (2, 3):
                words = doc[t.i : t.i + n].text.casefold()
                if words in countries or words in demonyms:
                    return countries.get(words) or demonyms[words]
    return None


def _post_in_relative_clause(person: Span) -> list:
    """ "X, who is also Chile's deputy foreign minister, ...": the post a "who is" clause right after the name gives
    (the parser may hang the clause on another name of the sentence)."""
    doc = person.doc
    if person.end + 1 >= len(doc) or doc[person.end].text != "," or doc[person.end + 1].lower_ != "who":
        return []
    clause = doc[person.end + 1].head
    if clause.lemma_ != "be":
        return []
    return [t for a in clause.children if a.dep_ == "attr" for t in a.subtree if t.ent_type_ != "PERSON"]


def _dash_dateline_end(sent: Span) -> int:
    """The index after the spaced dash that ends a dateline opening the sentence ("LUXEMBOURG –", "LOMAR (Agency)
    –"), else the sentence's start."""
    for t in sent[:8]:
        if t.text in ("-", "–", "—", "--") and t.whitespace_ and t.i > sent.start and sent.doc[t.i - 1].whitespace_:
            return t.i + 1
    return sent.start


def _city_name(span: Span) -> bool:
    """A place entity of two or more words that names a city of the gazetteer, not a country."""
    cities, countries, _ = places()
    key = span.text.casefold()
    return len(span) > 1 and key in cities and key not in countries


def _headline_verb(tok: Token) -> bool:
    """A meeting verb the tagger took for a noun ("Kenya's CDF hosts Ugandan counterpart Gen X"): no title word,
    so the country before it is the subject's, not the name's after it."""
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.lower_ != tok.lemma_.lower()
        and tok.lemma_.lower() in cues()["meet_verbs"]
    )


def _in_title_phrase(tok: Token, head: Token) -> bool:
    """`tok` belongs to the title phrase headed by `head` ("the Canadian Minister of Defense"): no preposition
    but "of" between them ("Welcome to Top Chinese General" gives no country to the name before it)."""
    cur = tok
    while cur.i != head.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ != "of":
            return False
        cur = cur.head
    return True


def _under_conj(tok: Token, top: Token) -> bool:
    cur = tok
    while cur != top and cur.head != cur:
        if cur.dep_ == "conj":
            return True
        cur = cur.head
    return False


def _visitor(person: Span) -> bool:
    """The person "is on a visit to ..." / "is in Baku on an official visit" in a relative clause, or is
    "the visiting Chief of Staff X"."""
    doc = person.doc
    i = person.start - 1
    while (
        i >= person.sent.start
        and person.start - i <= 12
        and doc[i].ent_type_ != "PERSON"
        and doc[i].pos_ not in ("VERB", "AUX", "ADP")
        or (i >= person.sent.start and doc[i].lower_ == "of")
    ):
        if doc[i].lower_ in cues()["visiting_words"]:
            return True
        i -= 1
    # ("paid calls on Monday, first visiting Minister X and then ...": a participle clause of the subject's own, whose
    # object is the one visited)
    if i >= person.sent.start and doc[i].lower_ in cues()["visiting_words"] and doc[i].dep_ != "advcl":
        return True
    for tok in person.root.children:
        if (
            tok.dep_ == "acl"
            and tok.tag_ in ("VBD", "VBN")
            and (person.root == tok.sent.root or _reported_subject(tok) is not None)
            and _no_agent(tok)
        ):
            continue  # "X, Inspector General ..., received Y, who is on a visit": the sentence's verb, not a clause
        if tok.dep_ in ("relcl", "acl") and any(t.lemma_.lower() == "visit" for t in tok.subtree):
            return True
        if tok.dep_ == "relcl" and tok.lemma_.lower() == "arrive":
            return True  # "X, who arrived in Cairo on Sunday, held talks with Y"
    return False


def _implied_owner(noun: Token) -> Token | None:
    """ "The talks with X took place", "A planned meeting with the minister, X, was cancelled": the article of a
    meeting noun that is its clause's subject, with a person (or a post) after "with" and no owner: it stands for
    the one the story is about, as "his" would. A visit whose programme holds such a sitting ("The visit will include
    a meeting with X") stands for the visitor the same way."""
    if noun.lemma_.lower() in cues()["visit_nouns"]:
        return _visit_programme_owner(noun)
    if noun.dep_ not in ("nsubj", "nsubjpass") or not any(
        o.ent_type_ in PARTICIPANT_LABELS or o.ent_type_ in ("TITLE", "ORG") for o in _prep_objects(noun, {"with"})
    ):
        return None
    clause = noun.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in cues()["report_verbs"]:
        # "X said a planned meeting with Y did not take place": the meeting is the one of X, who tells of it
        reporter = _subject(clause.head)
        if reporter is not None and reporter.pos_ == "PROPN":
            return reporter
    # "a meeting" only as one planned ("A planned meeting with X was called off") or one more ("A further meeting
    # with X is planned", "Another meeting with X"): else someone else's as often (the tagger reads "planned" as an
    # adjective of its own lemma)
    c = cues()
    planned = any(
        ch.dep_ in ("amod", "det")
        and (ch.lemma_.lower() in c["planned_words"] or ch.lower_ == "planned" or ch.lower_ in c["follow_up_words"])
        for ch in noun.children
    )
    articles = ("the", "a", "an", "another") if planned else ("the",)
    return next((ch for ch in noun.children if ch.dep_ == "det" and ch.lower_ in articles), None)


def _visit_programme_owner(visit: Token) -> Token | None:
    """ "The visit will also include a meeting with X", "His visit includes talks with X": the visit's article or
    owner, who meets X (`programme_verbs`); None for a visit that holds no sitting with someone named."""
    verb = visit.head
    if visit.dep_ != "nsubj" or verb.lemma_.lower() not in cues()["programme_verbs"]:
        return None
    sittings = [o for o in verb.children if o.dep_ == "dobj" and _sitting_noun(o)]
    if not any(
        w.ent_type_ in PARTICIPANT_LABELS or w.ent_type_ == "TITLE"
        for s in sittings
        for w in _prep_objects(s, {"with"})
    ):
        return None
    return next((ch for ch in visit.children if ch.dep_ == "poss" or ch.dep_ == "det" and ch.lower_ == "the"), None)


def _first_person_subject(tok: Token) -> bool:
    """ "I met my colleague X": a speaker's own subject, resolved to whoever says it."""
    return tok.lower_ in rules()["first_person"] and tok.dep_ in ("nsubj", "nsubjpass")


def _speaker(pron: Token, persons: list[Span]) -> Span | None:
    """ "I met X last week," Y said: the person who is the subject of a reporting verb above the pronoun's clause."""
    for verb in pron.head.ancestors:
        if verb.lemma_.lower() in rules()["reported_future_heads"]:
            return next((p for p in persons if p.root.dep_ == "nsubj" and p.root.head == verb), None)
    return None


def _ref_nouns(head: Token | None) -> list[Token]:
    """Nominal person references ("the Pakistani general", "the guest") and pronouns under a role word."""
    if head is None:
        return []
    c = cues()
    out = []
    for tok in [head, *head.conjuncts]:
        # the sentence's verb the parser hung on its subject as a clause is no part of the subject's phrase, nor is
        # what follows it ("the visiting envoy called on Chief of Staff General X": X hung on "envoy" as apposition)
        verb = next((ch.i for ch in tok.children if ch.dep_ == "acl" and _main_verb_read_as_clause(ch)), len(tok.doc))
        named_near = (
            tok.head.ent_type_ in PARTICIPANT_LABELS
            or any(t.ent_type_ in PARTICIPANT_LABELS for t in tok.subtree if t.i < verb)
            or _name_follows(tok)
        )
        # a title with no name beside it ("met his Turkish counterpart" at a sentence's end) is a reference too
        if (
            tok.lower_ in rules()["pronouns"]
            or tok == _implied_owner(tok.head)
            or _first_person_subject(tok)
            or (
                tok.pos_ in ("NOUN", "PROPN")
                and (tok.lemma_.lower() in c["person_refs"] or _post_abbreviation(tok))
                and tok.ent_type_ in ("", "TITLE")
                and not tok.tag_.endswith("S")
                and not named_near
            )
        ):
            out.append(tok)
    return out


def _delegation_ref(head: Token | None) -> list[Token]:
    """ "The delegation also met X", "X received the delegation": a delegation told before ("a delegation led by
    Y") stands for its leader (GOLD: a delegation led by Y is Y); relate finds who; so do its members ("the Members
    met X", "the MEPs held talks with Y"). Only a definite one with no person named under it: "a delegation" is a
    side not yet named."""
    if head is None:
        return []
    one = head.lemma_.lower() in cues()["delegation_nouns"] and head.tag_ in ("NN", "NNP")
    if not one and not (head.lower_ in cues()["delegation_member_nouns"] and head.tag_ in ("NNS", "NNPS")):
        return []
    if head.lemma_.lower() == "official" or head.ent_type_ in PARTICIPANT_LABELS:
        return []  # "the official" is one person, a reference of its own
    definite = any(ch.dep_ == "det" and ch.lower_ in rules()["definite_determiners"] for ch in head.children)
    # the clause the parser hung on the noun ("the delegation called on X" read as a clause) is not under it, nor
    # is what follows such a verb
    clauses = [ch for ch in head.children if ch.dep_ in ("acl", "relcl")]
    verb = next((c.i for c in clauses if _main_verb_read_as_clause(c)), len(head.doc))
    named = any(
        t.ent_type_ in PARTICIPANT_LABELS and t.i < verb and not any(t in c.subtree for c in clauses)
        for t in head.subtree
    )
    return [head] if definite and not named else []


def _told_of_another_time(sent: Span) -> bool:
    """ "The minister had earlier met X on the sidelines of a conclave in August": a meeting in the past perfect, or
    placed in a month of its own, is not of the day told before, whatever "on the sidelines" says."""
    month_names = dates.months()
    if any(phrase in sent.text.lower() for phrase in cues()["story_day_phrases"]):
        return False  # "Earlier in the day, X had held talks with Y": the day told, in the past perfect
    return any(t.lower_ in month_names and t.ent_type_ == "DATE" for t in sent) or any(
        t.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ == "had" for a in t.children) for t in sent
    )


def _beside_a_sitting(sent: Span) -> bool:
    """ "Before the trilateral session, X held ...", "ahead of the talks", "after the ceremony": placed against a
    sitting the text told before ('the'), so of its day."""
    c = cues()
    nouns = c["sitting_or_ceremony_words"]
    for tok in sent:
        if tok.dep_ != "pobj" or tok.lower_ not in nouns or not any(d.lower_ == "the" for d in tok.children):
            continue
        prep = tok.head.head if tok.head.lower_ in ("of", "to") else tok.head
        if prep.lower_ in c["sitting_relative_preps"]:
            return True
    return False


@cache
def _sequence_verbs() -> frozenset[str]:
    return meeting_lemmas() | frozenset(cues()["meet_verbs"])


def _in_sequence(sent: Span) -> bool:
    """ "He later called on X", "She then held talks with Y", "X then had a meeting with Z": a meeting verb (or one
    whose object is a meeting noun) with an adverb that puts it in the run of the visit told before, so of its
    day (models/meetings/cues.json sequence_adverbs)."""
    c = cues()
    return any(
        tok.dep_ == "advmod"
        and tok.lower_ in c["sequence_adverbs"]
        and not any(tok.children)  # "two days later": a span counted from the day told, not that day
        and (
            tok.head.lemma_.lower() in _sequence_verbs()
            # "then had a meeting with", "later paid a courtesy call on"
            or any(o.dep_ == "dobj" and o.lemma_.lower() in c["meeting_nouns"] for o in tok.head.children)
        )
        for tok in sent
    )


@cache
def _post_abbreviations() -> frozenset[str]:
    """Abbreviated posts (models/title_abbreviations.json): "the COAS" stands for its holder named before."""
    return frozenset(k for k in resources.read_json("title_abbreviations.json") if not k.startswith("_"))


def _post_abbreviation(tok: Token) -> bool:
    """ "The CJCSC also met X": an abbreviated post after "the", standing for the person who holds it."""
    return tok.text in _post_abbreviations() and any(ch.dep_ == "det" and ch.lower_ == "the" for ch in tok.children)


def _apposed_person(ref: Span, persons: list[Span]) -> Span | None:
    """The PERSON set beside a REF entity as its apposition ("his counterpart, General X")."""
    root = ref.root
    for p in persons:
        if p.label_ != "PERSON":
            continue
        if (
            p.root.dep_ == "appos"
            and p.root.head.i in range(ref.start, ref.end)
            # "the Chadian general is due to call on the Chief of Army Staff, General X,": no apposition across a verb
            and not any(t.pos_ in ("VERB", "AUX") for t in ref.doc[ref.end : p.start])
            # "with the CS and the Army Commander, General X": the name of the post joined after it
            and not any(
                t.dep_ == "conj" and t.head == root and t.ent_type_ == "TITLE" for t in ref.doc[ref.end : p.start]
            )
            or (root.dep_ == "appos" and root.head.i in range(p.start, p.end))
            or _named_after_post_body(ref, p)
            or _named_after_posting_country(ref, p)
        ):
            return p
    return None


def _named_after_posting_country(ref: Span, person: Span) -> bool:
    """ "the Velkarian Ambassador to Lomaria Karl Hesse": the name right after the country the post is held in."""
    between = [t for t in ref.doc[ref.end : person.start] if t.lower_ != "the" and t.text != ","]
    return (
        len(between) >= 2
        and between[0].lower_ == "to"
        and all(t.ent_type_ == "GPE" for t in between[1:])
        and " ".join(t.text for t in between[1:]) in entities.countries()
    )


def _named_after_post_body(ref: Span, person: Span) -> bool:
    """ "the State Secretary at the Ministry of Defence, X": the name set off after the body the post is at (the
    parser hangs it on the preposition as a second object)."""
    doc = ref.doc
    between = doc[ref.end : person.start]
    if len(between) < 3 or between[0].lower_ not in ("at", "of", "in") or between[-1].text != ",":
        return False
    body = [t for t in between[1:-1] if t.lower_ != "the"]
    return (
        bool(body)
        and all(t.ent_type_ in ("ORG", "GPE", "FAC") for t in body)
        and (person.end == len(doc) or doc[person.end].text in (",", ".", ";") or doc[person.end].lower_ == "and")
    )


def _named_refs(ref: Span, persons: list[Span]) -> list[Span]:
    """The persons a reference names beside it: its apposition ("his counterpart, General X"), or for a plural
    one the list set after it ("his counterparts, Minister A and Admiral B"), however the parser hung it."""
    apposed = _apposed_person(ref, persons)
    plural = ref.root.tag_ in ("NNS", "NNPS")
    if apposed is not None and not plural:
        return [apposed]
    doc, i = ref.doc, ref.end
    # "his counterpart from Argentina, X", "the Minister of Defence of Egypt General X", "the Consul General of
    # Norway in Murmansk, X" (the post's seat)
    seat = None
    # "the commander of the troops of the Northern District Colonel General X": the post's own "of" phrase
    of_phrase = {
        t.i
        for ch in ref.root.children
        if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i == ref.end
        for t in ch.subtree
        # "the Inspector General of the X Corps (XC), Dr Y": the bracketed short name is the body's
        if t.ent_type_ not in ("PERSON", "RANK", "TITLE") and (not t.is_punct or t.tag_ in ("-LRB-", "-RRB-"))
    }
    # "the Chairman of the Committee on National Security of the X Parliament, Y": the body's name runs on after it
    of_phrase |= {
        t.i
        for ch in doc[ref.end - 1].children
        if ch.dep_ == "prep" and ch.i == ref.end
        for t in ch.subtree
        if t.ent_type_ not in ("PERSON", "RANK", "TITLE") and not t.is_punct
    }
    while i < ref.sent.end and (
        i in of_phrase
        or doc[i].lower_ in ("of", "from")
        or doc[i].ent_type_ in ("GPE", "NORP", "LOC")
        or doc[i].lower_ == "in"
        and i + 1 < ref.sent.end
        and doc[i + 1].ent_type_ == "GPE"
        # "the Chief of Staff's Adviser for Central Asia, Brigadier X": the region the post is for
        or doc[i].lower_ == "for"
        and i + 1 < ref.sent.end
        and doc[i + 1].ent_type_ in ("GPE", "LOC")
    ):
        seat = i + 1 if doc[i].lower_ == "in" else seat
        i += 1
        i = _past_short_name(doc, i)  # "the Commander of the X Force in Y (XFOR), General Z": the body's short name
    if seat is not None and not _name_set_off_after(doc[seat:i]):
        return [apposed] if apposed is not None else []  # "... in Lima, X said": the speaker, no holder
    if plural:
        out = _listed_after(doc[ref.start : i], persons) if i < len(doc) and doc[i].text == "," else []
        return out or ([apposed] if apposed is not None else [])
    starts = {p.start: p for p in persons if p.label_ == "PERSON"}
    while (
        i < ref.sent.end
        and i not in starts
        and (
            doc[i].text == "," or doc[i].dep_ == "det" or doc[i].ent_type_ in ("TITLE", "RANK") or _second_post(doc, i)
        )
    ):
        i += 1  # "and" only before a second post of the same holder: "the minister and General X" are two people
    return [starts[i]] if i in starts else ([apposed] if apposed is not None else [])


def _past_short_name(doc: Doc, i: int) -> int:
    """The index past a short name in brackets at `i` ("(EUFOR)", "(JEMAD)"), else `i`."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    close = next((j for j in range(i + 2, min(i + 5, len(doc))) if doc[j].text == ")"), None)
    if close is None or any(t.ent_type_ == "PERSON" for t in doc[i:close]):
        return i
    return close + 1


def _second_post(doc: Doc, i: int) -> bool:
    """ "the Commander-in-Chief of X and Minister of Y, General Z": "and" before a post with no article of its own,
    set off by a comma before the name, joins two posts of one holder ("the CS and the Army Commander, General Z"
    are two people)."""
    if doc[i].lower_ != "and" or i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "B" or doc[i + 1].ent_type_ != "TITLE":
        return False
    post = next(e for e in doc.ents if e.start == i + 1)
    return post.end < len(doc) and doc[post.end].text == ","


def _listed_after(item: Span, persons: list[Span], most: int = 0) -> list[Span]:
    """The titled names listed right after `item` ("X, Deputy Commander General B, Chief of Staff Admiral C"),
    wherever the parser hung them; a name followed by anything but a list separator or a preposition ("X, General
    B said") is no list item. `most` > 0 stops after that many."""
    doc, i, out = item.doc, item.end, []
    starts = {p.start: p for p in persons if p.label_ == "PERSON"}
    end = max(item.sent.end, *(p.end for p in persons))
    while i < end:
        tok = doc[i]
        if tok.i in starts:
            person = starts[tok.i]
            # "General X AO DSC, at ...": the honours after the name are no word of the clause
            after = entities.past_postnominals(doc, person.end)
            nxt = doc[after] if after < len(doc) else None
            if nxt is not None and not (nxt.is_punct or nxt.dep_ == "cc" or nxt.pos_ == "ADP"):
                break
            out.append(person)
            i = after
            if most and len(out) >= most:
                break
        elif tok.text == "," or tok.dep_ in ("cc", "det") or tok.ent_type_ in ("TITLE", "RANK", "NORP"):
            i += 1
        elif tok.ent_type_ == "GPE" and i + 1 < end and doc[i + 1].ent_type_ == "TITLE":
            i += 1  # "and UK Defence Secretary C": the country a post is of
        elif not tok.ent_type_ and (tok.pos_ == "PROPN" or tok.like_num) and _post_runs_on(doc, i):
            i += 1  # "B, Commander of the X Coast Guard (XCG) District 14, and C": the post's unit
        else:
            break
    return out


def _post_runs_on(doc: Doc, i: int) -> bool:
    """Whether the capitalised words and numbers before `i`, back to a post, are all that lie between it and `i`."""
    k = i - 1
    while k >= 0 and not doc[k].ent_type_ and (doc[k].pos_ == "PROPN" or doc[k].like_num):
        k -= 1
    return k >= 0 and doc[k].ent_type_ == "TITLE"


def _with_modifiers(tok: Token) -> str:
    """A reference word with the words that modify it ("his Turkish counterpart", "his counterparts from A,
    B and C")."""
    lefts = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "poss", "det", "nmod")]
    start = min([tok.i, *(s.i for t in lefts for s in t.subtree)])
    end = tok.i
    for prep in (t for t in tok.rights if t.dep_ == "prep" and t.lower_ in ("from", "of")):
        end = max(end, *(s.i for s in prep.subtree))
    return tok.doc[start : end + 1].text


def _name_cut_off(sent: Span, trigger: Token) -> Span | None:
    """The person who opens the next sentence when the parser cut this one inside a title or name: the
    sentence has no closing punctuation and ends in a title, a reference or a bracket after the trigger."""
    doc = sent.doc
    last = doc[sent.end - 1]
    # "... played host to Brig. | Gen. X": a full stop inside a rank or title abbreviation ends no sentence
    abbreviation = last.text == "." and last.ent_type_ in ("RANK", "TITLE") and last.ent_iob_ == "I"
    if (
        sent.end >= len(doc)
        or last.is_punct
        and last.text not in (")", ",")
        and not abbreviation
        or last.i <= trigger.i
    ):
        return None
    objectless = _objectless(trigger)
    if not (
        last.ent_type_ in ("TITLE", "REF", "ORG", "RANK")
        or last.text == ")"
        or last.lemma_.lower() in cues()["person_refs"]
        or objectless
    ):
        return None
    i = sent.end
    # after an objectless "received ... today", the guest's whole post may come first ("Qatar's Deputy Prime
    # Minister and Minister of State for Defense Affairs X")
    skipped = ("RANK", "TITLE", "GPE", "NORP") if objectless else ("RANK", "TITLE")
    while (
        i < len(doc)
        and i - sent.end < (16 if objectless else 4)
        and (doc[i].ent_type_ in skipped or objectless and doc[i].text in ("'s", "’s", "and"))
        or (i < len(doc) and doc[i].text in (",", "(", ")"))
    ):
        i += 1
    if i >= len(doc) or doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B":
        return None
    carried = next((e for e in doc.ents if e.start == i), None)
    if carried is not None and _reporter(carried):
        return None  # "..., Lt. | Cmdr. X, a spokeswoman for Y, said": X reports the meeting, no side of it
    return carried


def _reporter(person: Span) -> bool:
    """A person described by an apposition that names no side and the subject of a reporting verb ("X, a
    spokeswoman, said"): the source of what the sentence reports."""
    root = person.root
    return (
        root.dep_ == "nsubj"
        and root.head.lemma_.lower() in cues()["report_verbs"]
        and any(ch.dep_ == "appos" and ch.ent_type_ not in PARTICIPANT_LABELS for ch in root.children)
    )


def _objectless(trigger: Token) -> bool:
    """ "X received at his office in Riyadh today | Y": a meeting verb whose object the parser left out."""
    return (
        trigger.lemma_.lower() in cues()["meet_verbs"]
        and trigger.pos_ == "VERB"
        and not _is_passive(trigger)
        and not any(ch.dep_ in ("dobj", "ccomp", "xcomp") for ch in trigger.children)
        and not _prep_objects(trigger, {"with", "by"})
    )


def _name_follows(tok: Token) -> bool:
    """A title whose holder is named right after it ("chief of the General Staff, Army General X"); a post noun
    the model left untagged only before the holder's rank ("flag officer in command Vice Adm. X")."""
    doc, i = tok.doc, tok.i + 1
    if tok.ent_type_ != "TITLE":
        tail = i
        while tail < min(i + 3, len(doc)) and doc[tail].pos_ in ("ADP", "NOUN") and doc[tail].is_lower:
            tail += 1
        if tail == len(doc) or doc[tail].ent_type_ != "RANK" or doc[tail].ent_iob_ != "B":
            return False
        i = tail
    while i < len(doc):
        if doc[i].text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
            i += 3  # "the Chairman Joint Chiefs of Staff Committee (CJCSC), General X": the post's acronym
        elif (
            doc[i].ent_type_ == "TITLE"
            and doc[i].ent_iob_ == "I"
            or doc[i].text in (",", "-", "–")
            or doc[i].ent_type_ == "RANK"
        ):
            i += 1
        else:
            break
    return i < len(doc) and doc[i].ent_type_ in PARTICIPANT_LABELS


def _bare_names_in_the_list(named: list[Span]) -> list[Token]:
    """ "will host Minister A, Brant and Secretary B": a bare name set in the list right after a named side (a comma
    before it, "and" or a comma after it), which the parser hung elsewhere."""
    out = []
    for person in named:
        doc, i = person.doc, person.end + 1
        if i + 1 < len(doc) and doc[i - 1].text == "," and doc[i + 1].text in (",", "and"):
            out += [t for t in _bare_names(doc[i]) if t == doc[i] and t.ent_type_ != "PERSON"]
    return out


def _bare_names(head: Token | None) -> list[Token]:
    """Capitalised names in a role with no person entity ("Rahimi also called on ..."; "the ministers — Rahimi,
    Okafor and X — will meet"): a surname that relate links to a person named earlier in the document."""
    if head is None:
        return []
    cities, countries, demonyms = places()
    titles = cues()["role_words"]
    listed, stack = [], [a for a in head.children if a.dep_ == "appos"]
    while stack:  # the list after a dash hangs as appositions and conjuncts of each other
        listed.append(t := stack.pop())
        stack += [c for c in t.children if c.dep_ in ("appos", "conj")]
    listed += _name_joined_to_a_country(head) + _names_listed_before(head)
    listed = sorted(set(listed) - {head, *head.conjuncts}, key=lambda t: t.i)
    return [
        t
        for t in [head, *head.conjuncts, *listed]
        if (
            t.pos_ == "PROPN"
            or _unknown_capitalised(t)
            or _capitalised_adjective_side(t)
            or _subject_read_as_modifier(t.head) == t
        )
        # a surname the model took for a body, a nationality (no demonym), a building, a product, a law, a work,
        # an event or a region
        and t.ent_type_ in ("", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "EVENT", "LOC")
        and t.text not in _post_abbreviations()
        and t.text[:1].isupper()
        and t.lemma_.lower() not in titles
        # ("between X and the Chief of Y": the post's "of" the parser hung on the name is no phrase of the name's)
        and not any(
            c.dep_ == "prep" and not _place_phrase(c) and not _idiom_phrase(c) and c.ent_type_ != "TITLE"
            for c in t.children
        )
        and t.text not in entities.body_heads()  # "visited the X Brigade in Y": a body, not a surname
        # "Vice Admiral Santiago also called on Y": a city's name after a rank is a surname
        and (t.text.casefold() not in cities or t.i > 0 and t.doc[t.i - 1].ent_type_ == "RANK")
        and t.text.casefold() not in countries
        and t.text.casefold() not in demonyms
        # (a post or rank before it is no part of a name: "State Minister VELK called on X")
        and not any(
            c.dep_ == "compound"
            and c.ent_type_ not in ("DATE", "TITLE", "RANK")
            and not _hyphened_particle(c)
            and not _spaced_particle(c)
            and not _untagged_name_word(c)
            for c in t.children
        )
    ]


def _names_listed_before(head: Token) -> list[Token]:
    """ "On Friday, Velk, Brant and Kyrgyz Defence Minister X Y will meet": one-word names listed with commas up to
    an "and" right before the phrase of the last one (a demonym between them), which the parser broke off it."""
    doc, start = head.doc, head.sent.start
    i = head.left_edge.i - 1
    i -= i >= start and doc[i].ent_type_ == "NORP"
    if i < start or doc[i].lower_ != "and":
        return []
    names = []
    i -= 1
    while i >= start and doc[i].is_alpha and doc[i].text[:1].isupper() and doc[i].ent_type_ not in ("DATE", "TIME"):
        names.append(doc[i])
        if i - 1 < start or doc[i - 1].text != ",":
            break
        i -= 2
    return names


def _name_joined_to_a_country(head: Token) -> list[Token]:
    """ "with Velk and U.S. Defense Secretary X Y": the parser joined the bare name to the country before the next
    person's post, so it hangs as a modifier of that post."""
    return [
        m
        for m in head.subtree
        if m.dep_ in ("nmod", "compound")
        and m.i < head.i
        and any(c.dep_ == "conj" and c.text in entities.countries() for c in m.children)
    ]


def _place_phrase(prep: Token) -> bool:
    """ "in Nairobi": a place the parser hung on a name instead of on the verb."""
    return prep.lower_ in ("in", "at") and any(
        o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC", "") and o.pos_ == "PROPN" for o in prep.children
    )


def _idiom_phrase(prep: Token) -> bool:
    """ "in person", "in turn": a preposition and a bare noun that make an adverb of the verb, which the parser may
    hang on the name before it ("will meet X in person"), no phrase of the name's own."""
    return any(o.dep_ == "pobj" and f"{prep.lower_} {o.lower_}" in cues()["topic_idiom_phrases"] for o in prep.children)


def _untagged_name_word(tok: Token) -> bool:
    """A capitalised proper noun no entity holds, right before the word it qualifies ("Ha Quoc" of "Brant and Ha
    Quoc Kiet"), or one the model took with it for a body ("Ruiz Velk also sat down with X", a double surname
    told bare): a word of an untagged full name, which relate links only to a person of that whole name."""
    # ("Velkoii Brant was received by X": a given name the tagger took for an adjective, hung on the name as a
    # compound, which no adjective is)
    if not (
        (tok.pos_ == "PROPN" or tok.tag_ == "JJ" and tok.dep_ == "compound" and tok.text not in entities.countries())
        and tok.text[:1].isupper()
        and not tok.is_upper  # an acronym names a body ("the SHAPE Honour Guard")
        and tok.is_alpha
        and (not tok.ent_type_ or _two_word_body(tok))
        and tok.i < tok.head.i
        and not any(t.text in entities.body_heads() or t.text in entities.portfolio_words() for t in (tok, tok.head))
    ):
        return False
    cities, countries, _ = places()
    named = tok.doc[tok.i : tok.head.i + 1].text.casefold()
    return named not in cities and named not in countries  # "Buenos Aires"


def _bare_name_span(tok: Token) -> list:
    """A bare name as relate matches it: [start, end, text], whole with what a hyphen joins to it ("Novak-Horvat",
    "Al-Haddadi"), so that only a person of that double surname takes it."""
    first = min(
        (
            c
            for c in tok.children
            if c.dep_ == "compound" and (_hyphened_particle(c) or _spaced_particle(c) or _untagged_name_word(c))
        ),
        default=tok,
        key=lambda c: c.i,
    )
    return [first.idx, tok.idx + len(tok), tok.doc.text[first.idx : tok.idx + len(tok)]]


def _two_word_body(tok: Token) -> bool:
    """The first of exactly two words the model read as one body, the second the word `tok` qualifies ("Ruiz Velk"):
    maybe a double surname; a longer body name ("Lomar Congress Building") is a body's."""
    doc, head = tok.doc, tok.head
    return (
        tok.ent_type_ == "ORG"
        and tok.ent_iob_ == "B"
        and head.i == tok.i + 1
        and head.ent_iob_ == "I"
        and (head.i + 1 == len(doc) or doc[head.i + 1].ent_iob_ != "I")
    )


def _spaced_particle(tok: Token) -> bool:
    """ "Al" of "Al Haddadi", "van" of "van Lomar": a name particle right before the surname, part of it (the model
    may tag the two words a body)."""
    return tok.lower_ in entities.name_particles() and tok.i + 1 == tok.head.i


def _hyphened_particle(tok: Token) -> bool:
    """ "Al" of "Al-Haddadi", "Novak" of "Novak-Horvat": a name particle or a capitalised name joined to the name by
    a hyphen, part of one surname (the tagger may take the first half of a double surname for any word)."""
    return (
        (tok.lower_ in entities.name_particles() or tok.is_alpha and tok.text[:1].isupper())
        and tok.i + 2 < len(tok.doc)
        and entities.inner_hyphen(tok.doc[tok.i + 1])
        and tok.doc[tok.i + 2] == tok.head
    )


def _capitalised_adjective_side(tok: Token) -> bool:
    """ "Novak and Horvat-Kiss first met in May", "Kalemyan last met X": a surname the tagger took for an adjective
    or an adverb, as the subject of the clause or beside one; relate keeps it only if it ends the name of a person
    named."""
    if tok.pos_ not in ("ADJ", "ADV") or not tok.text[:1].isupper():
        return False
    # ("Brantova to host X next week": a headline's name made its root, the infinitive hung on it)
    headline = tok.dep_ == "ROOT" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
    return tok.dep_ in ("nsubj", "nsubjpass", "conj") or headline


def _unknown_capitalised(tok: Token) -> bool:
    """A capitalised word the tagger took for a common noun that has no other form ("Tessema later called on
    X" at a sentence's start): maybe a surname; relate keeps it only if it ends the name of a person named."""
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper():
        return False
    # "Devitt later called on X": tagged a plural the lemmatizer could not reduce, so no plural at all
    return (
        tok.tag_ == "NN"
        and tok.lemma_ == tok.lower_
        or tok.tag_ == "NNS"
        and (tok.lemma_ == tok.text or _bare_plural_subject(tok))
    )


def _bare_plural_subject(tok: Token) -> bool:
    """ "Velkes also called on X": a capitalised plural with no word of its own, the subject of a verb in the past
    (a name ending in "-es" the tagger read as a plural; relate keeps it only if it ends a name told)."""
    return (
        tok.dep_ == "nsubj"
        and tok.head.tag_ == "VBD"
        and not tok.text.isupper()
        and not any(ch.dep_ in ("det", "amod", "nummod", "compound", "poss", "prep") for ch in tok.children)
    )


def _group(head: Token | None) -> bool:
    """A plural phrase standing for all sides: "the two ministers", "the sides", "the ministers of X, Y and Z"."""
    if head is None or _members_of_a_body(head):
        return False
    c = cues()
    posts = c["group_refs"] | {"minister"}
    # "Ministers will hold talks in Vienna": a capitalised plural the tagger read as a singular name
    capitalised_plural = head.tag_ == "NNP" and head.lower_.endswith("s") and head.lower_[:-1] in posts
    return (
        capitalised_plural
        or (head.tag_ in ("NNS", "NNPS") or head.lower_ == "two")
        and head.lemma_.lower() in posts
        or head.lower_ in c["group_refs"]
        and head.tag_ in ("NNS", "CD")
        or head.lower_ in c["pair_nouns"]  # "the pair agreed to meet again"
        and any(ch.dep_ == "det" for ch in head.children)
        # "the two men spoke in April", "both women": people counted, no post named
        or head.lemma_.lower() in c["counted_people_nouns"]
        and head.tag_ == "NNS"
        and any(ch.lower_ in c["group_numbers"] for ch in head.children)
        or _plural_post_abbreviation(head)
        or _numbered_adjective_subject(head)
    )


def _numbered_adjective_subject(head: Token) -> bool:
    """ "The two last met in May": the parser made the adverb the subject's head; "the" and the number before it are
    the sides, counted."""
    number = next((ch for ch in head.children if ch.lower_ in cues()["group_numbers"]), None)
    return (
        number is not None
        and head.dep_.startswith("nsubj")
        and head.tag_ in ("JJ", "JJS", "RB")
        and any(ch.dep_ == "det" and ch.lower_ == "the" for ch in (*head.children, *number.children))
    )


def _not_reacted_to(noun: Token | None) -> bool:
    """The sitting noun is no thing someone reacted to ("X welcomed the talks between the two leaders": X was not
    at them; cues.json reaction_verbs)."""
    return noun is not None and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues()["reaction_verbs"])


def _members_of_a_body(noun: Token) -> bool:
    """ "the meeting of NATO defence ministers", "NATO defence ministers met in Brussels": a body's members with no
    determiner, all of them, not a group of people the text told before."""
    return not _determined(noun) and any(ch.dep_ == "compound" and ch.ent_type_ == "ORG" for ch in noun.children)


def _told_group(noun: Token) -> bool:
    """A plural subject that stands for people the text told: determined ("the ministers", "both sides") or named by
    what they are ("Kenyan and Ugandan defence chiefs", "defence chiefs of the two countries"), not any people of a
    kind ("Local officials met marine liaison officers"); a headline's ("Ministers meet in X") stands for them too, and
    so does a capitalised one the tagger read as a name ("In the morning, Ministers will meet in Vienna")."""
    if not noun.sent[-1].is_punct or noun.head.tag_ in ("VBZ", "VBP") or noun.tag_ == "NNP":
        return True
    return _determined(noun) or any(
        ch.dep_ in ("compound", "nmod")
        or ch.dep_ == "amod"
        and (ch.ent_type_ in ("NORP", "GPE") or ch.pos_ == "PROPN")
        or ch.dep_ == "prep"
        and ch.lower_ in ("of", "from")
        for ch in noun.children
    )


def _determined(noun: Token) -> bool:
    """ "the ministers", "both chiefs", "their deputies", "the three": a group of people told or known, not any
    ("two meetings of Asian and European ministers": sittings of others)."""
    return any(ch.dep_ in ("det", "poss", "nummod", "predet") for ch in noun.children) or noun.tag_ == "CD"


def _group_count(head: Token | None) -> dict:
    """ "the three ministers": how many the phrase names and their post (group_size, group_post), where it says."""
    if head is None or not _group(head):
        return {}
    numbers = cues()["group_numbers"]
    # "the three ministers"; "the two" alone
    size = next((numbers[t.lower_] for t in head.children if t.lower_ in numbers), numbers.get(head.lower_))
    post = head.lemma_.lower() if head.lemma_.lower() in ref_fits() else None
    if size is None:
        if any(o.tag_ in ("NNS", "NNPS") for o in _prep_objects(head, {"of"})):
            return {"group_open": True}  # "the heads of delegations": many, none named
        if len(countries := _group_countries(head)) >= 2:
            return {
                "group_size": len(countries),
                "group_countries": countries,
                **({"group_post": post} if post else {}),
            }
        if post is None and head.lemma_.lower() in cues()["guest_refs"]:
            post = head.lemma_.lower()  # "the visitors": every guest of the sitting told (relate)
        return {"group_post": post} if post else {}  # "the chiefs": their post, however many
    company = set(cues()["group_company_preps"])
    # "The two ministers, along with X and Y, will hold ...": X and Y come beside the two, they are not the two
    beside = any(ch.dep_ == "prep" and ch.lower_ in company for ch in head.children)
    return {"group_size": size, "group_post": post, **({"group_beside": True} if beside else {})}


def _group_countries(head: Token) -> list[str]:
    """ "the Ostrian and Velkan ministers", "the Lomar and Velk defence chiefs": one side of each country named."""
    words = [ch for ch in head.children if ch.dep_ in ("amod", "compound", "nmod")]
    words += [c for w in words for c in w.conjuncts if c not in words]
    found = [entities.countries().get(w.text) for w in sorted(words, key=lambda t: t.i)]
    return list(dict.fromkeys(c for c in found if c))


def _plural_post_abbreviation(head: Token) -> bool:
    """ "the two DGs", "both COASs": an abbreviated post in the plural, after a number, "both" or "the"."""
    return (
        head.text.endswith("s")
        and head.text[:-1] in _post_abbreviations()
        and any(ch.lower_ in ("two", "three", "both", "the") for ch in head.children)
    )


def _triggers(sent: Span, words: Words) -> list[tuple[Token, Token | None]]:
    """(trigger, meeting noun) pairs: verbs that report a meeting, and light verbs with a meeting noun."""
    c = cues()
    out = []
    cue_lemmas, trigger_nouns, participles = c["trigger_lemmas"], c["trigger_nouns"], c["participle_meet_words"]
    for i in range(sent.start, sent.end):
        lemma = words.lemma[i]
        if lemma not in cue_lemmas and words.lower[i] not in trigger_nouns and words.lower[i] not in participles:
            continue  # none of the tests below can pass
        tok = sent.doc[i]
        if _absorbed_participle(tok, sent) or _participle_read_as_noun(tok, sent):
            out.append((tok, None))  # "Meeting Defence Minister X in Ankara, Y said ..." read as one long name
        elif _attending(tok) or _leading(tok) or _sides_led(tok):
            # "X was also present", "X attended the meeting"; "The delegation was led by X"; "The A side was led by
            # X and the B side by Y"
            out.append((tok, None))
        elif _reads_as_verb(tok):
            found = _verb_trigger(tok, lemma, c)
            if found is not None:
                out.append(found)
        elif _noun_trigger(tok, lemma, words.lower[i], c):
            out.append((tok, tok))
    return out


def _opening_participle_as_noun(tok: Token, sent: Span) -> bool:
    """The sentence's first word, a participle of meeting ("Meeting ...") the tagger took for a noun."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return tok == first and tok.lower_ in cues()["participle_meet_words"] and tok.pos_ in ("PROPN", "NOUN")


def _absorbed_participle(tok: Token, sent: Span) -> bool:
    """A sentence-opening participle of meeting ("Meeting Azerbaijani Defence Minister X in Baku, Y said ...") that
    the tagger took for the first word of the name after it: a capitalised compound before a title or a name."""
    return (
        _opening_participle_as_noun(tok, sent)
        and tok.dep_ == "compound"
        and tok.i + 1 < sent.end
        and tok.nbor().ent_type_ in ("NORP", "TITLE", "RANK", *PARTICIPANT_LABELS)
        and any(t.text == "," for t in sent if t.i > tok.i)  # the clause ends before the main one
    )


def _participle_read_as_noun(tok: Token, sent: Span) -> bool:
    """ "Meeting at the Defense Ministry in Tokyo, the two ministers expressed ...": a sentence-opening participle of
    meeting the tagger took for a noun, still heading a clause on the main verb."""
    return _opening_participle_as_noun(tok, sent) and tok.dep_ == "advcl"


def _reads_as_verb(tok: Token) -> bool:
    """A verb, or a headline verb the tagger took for a noun ("X hosts Y in Ankara") that still has its subject."""
    return (
        tok.pos_ in ("VERB", "AUX")
        or tok.tag_.startswith("VB")
        or tok.dep_ == "ROOT"
        and any(ch.dep_ == "nsubj" for ch in tok.children)
        and any(ch.dep_ in ("dobj", "npadvmod", "prep") for ch in tok.children)
    )


def _gathering_event_subject(verb: Token) -> bool:
    """ "A panel on drones brought together A and B": the subject is an event before an audience (cues.json
    gathering_events), not a sitting."""
    subj = _subject(verb)
    return subj is not None and subj.lemma_.lower() in cues()["gathering_events"]


def _verb_trigger(tok: Token, lemma: str, c: dict) -> tuple[Token, Token | None] | None:
    """The (trigger, meeting noun) a verb makes, if it reports a meeting."""
    if tok.dep_ == "pcomp" and tok.lower_ in c["visiting_words"] and tok.head.lower_ in c["visiting_noun_preps"]:
        return None  # "a dinner for visiting Admiral X": X is the visitor, "visiting" no verb of its own
    if lemma in c["meet_verbs"] or lemma in c["call_verbs"] or (lemma in c["join_verbs"] and _is_passive(tok)):
        return tok, None
    if (
        lemma in c["speak_verbs"]
        or lemma in c["together_verbs"]
        and any(ch.lower_ == "together" for ch in tok.children)
        and not _gathering_event_subject(tok)
        or lemma in c["handshake_verbs"]
        and any(ch.dep_ == "dobj" and ch.lemma_.lower() == "hand" for ch in tok.children)
    ):
        return tok, None  # "spoke with X"; "brought together A, B and C"; "shakes hands with X"
    if _phrasal_meeting(tok, lemma, c) or _exchanges(tok, lemma, c) or _presents_credentials(tok, lemma, c):
        return tok, None  # "sat down with X"; "exchanged views with X"; "presented his credentials to X"
    if lemma in c["light_verbs"]:
        noun = _held_noun(tok, c)
        if noun is not None:
            return tok, noun
    if lemma in c["join_verbs"] and (noun := _joined_for_sitting(tok)) is not None:
        return tok, noun  # "X joined Y and Z for a trilateral meeting": the three met
    if _occurs(tok):
        noun = _occurring_noun(tok, c)
        if noun is not None:
            return tok, noun
    if lemma in c["topic_verbs"]:
        return tok, None
    return None


def _joined_for_sitting(verb: Token) -> Token | None:
    """ "X joined Y and Z for a trilateral meeting": the sitting the subject and the people joined held ("joined the
    talks" is attending, no object person)."""
    if not any(
        ch.dep_ == "dobj" and any(t.ent_type_ in PARTICIPANT_LABELS for t in ch.subtree) for ch in verb.children
    ):
        return None
    return next((o for o in _prep_objects(verb, {"for"}) if _sitting_noun(o)), None)


def _presents_credentials(tok: Token, lemma: str, c: dict) -> bool:
    """ "presented his credentials to X", "presented her letter of credence": an audience with the one who receives
    them (named after "to", else the host told before)."""
    if lemma not in c["credential_verbs"]:
        return False
    objects = [ch for ch in tok.children if ch.dep_ == "dobj"]
    return any(
        o.lower_ in c["credential_words"] or any(t.lower_ in c["credential_words"] for t in _prep_objects(o, {"of"}))
        for o in objects
    )


def _phrasal_meeting(tok: Token, lemma: str, c: dict) -> bool:
    """ "sat down with X", "caught up with X": a verb and particle that mean a meeting with the "with" person."""
    particles = c["phrasal_meet_verbs"].get(lemma, ())
    return any(ch.dep_ == "prt" and ch.lower_ in particles for ch in tok.children) and bool(
        _prep_objects(tok, {"with"})
    )


def _exchanges(tok: Token, lemma: str, c: dict) -> bool:
    """ "exchanged views with X": talks (its "with X" may hang on the object); "exchanged letters" is none."""
    objects = c["exchange_verbs"].get(lemma, ())
    # "A and B exchanged views by phone": the sides are the coordinated subject
    paired = any(ch.dep_ == "nsubj" and any(g.dep_ == "conj" for g in ch.children) for ch in tok.children)
    return any(
        ch.dep_ == "dobj"
        and ch.lower_ in objects
        and (paired or _prep_objects(tok, {"with"}) or _prep_objects(ch, {"with"}))
        for ch in tok.children
    )


def _held_noun(tok: Token, c: dict) -> Token | None:
    """The meeting noun a light verb holds: "held talks", "held a series of bilateral talks"; "played host to X"
    (a host noun says a meeting as a meeting noun does)."""
    held = [
        g
        for ch in tok.children
        if ch.dep_ in ("dobj", "nsubjpass")
        for g in (
            [tok.head]  # "the meeting that X held with Y": the noun the relative clause is on
            if ch.tag_ == "WDT" and tok.dep_ == "relcl"
            else [ch]
            if ch.lemma_.lower() not in c["series_words"]
            else [p for prep in ch.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
        )
    ]
    if not held and _main_verb_read_as_clause(tok) and (apart := _held_noun_set_apart(tok)) is not None:
        held = [apart]  # "X held on this Thursday (22) a videoconference with Y"
    if not held and tok.dep_ == "amod" and tok.tag_ == "VBD" and any(ch.dep_ == "nsubj" for ch in tok.children):
        held = [tok.head]  # "A B-c held phone talks with Y": the parse made the verb, with its subject, an adjective
    meeting_nouns, host_nouns = c["meeting_nouns"], c["host_nouns"]
    # "A, B and C held a trilateral summit": an event that is a sitting of the people who hold it
    summit = tok.lemma_.lower() == "hold" and any(
        ch.dep_ == "nsubj" and any(t.ent_type_ == "PERSON" for t in ch.subtree) for ch in tok.children
    )
    return next(
        (
            ch
            for ch in held
            if ch.lemma_.lower() in meeting_nouns
            or ch.lower_ in meeting_nouns
            or ch.lemma_.lower() in host_nouns
            or _exchange_of(ch, c)
            or summit
            and ch.dep_ == "dobj"
            and ch.lower_ in c["held_nouns"]
        ),
        None,
    )


def _exchange_of(noun: Token, c: dict) -> bool:
    """ "had an exchange of views with X": the noun of an exchange verb with one of its objects after "of"."""
    objects = c["exchange_verbs"].get(noun.lemma_.lower(), ())
    return any(o.lower_ in objects for prep in noun.children if prep.lower_ == "of" for o in prep.children)


def _occurring_noun(tok: Token, c: dict) -> Token | None:
    """The meeting noun that is the subject of a verb of happening: "a telephone conversation took place between X
    and Y", "talks were held with X"."""
    meeting_nouns = c["meeting_nouns"]
    return next(
        (
            ch
            for ch in tok.children
            if ch.dep_ in ("nsubj", "nsubjpass") and (ch.lemma_.lower() in meeting_nouns or ch.lower_ in meeting_nouns)
        ),
        None,
    )


def _noun_trigger(tok: Token, lemma: str, lower: str, c: dict) -> bool:
    """A noun that reports a meeting on its own (it is its own meeting noun)."""
    # "a planned bilateral between X and Y was called off": an adjective used as the noun of a sitting
    as_noun = tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if (
        (tok.pos_ in ("NOUN", "PROPN") or as_noun)
        and (
            lemma in c["trigger_nouns"]
            or lower in c["trigger_nouns"]
            or lemma in c["meeting_nouns"]
            and _series_above(tok) is not None  # "a round of dialogue with X"
            # "the videoconference between X and Y", "a video conference between X and Y": a call's own noun
            or lemma in c["remote_call_nouns"]
            and _sitting_noun(tok)
        )
        and (_prep_objects(tok, {"with", "between", "of"}) or _noun_objects(tok))
        and tok.head.lemma_.lower() not in c["light_verbs"]
        and not _attended_sitting_told_before(tok)
    ):
        return True  # "his talks with X"; a readout headline "Readout of Secretary X's Call With Y"
    if (
        lemma == "call"
        and tok.pos_ == "NOUN"
        and tok.head.lemma_.lower() not in c["light_verbs"]
        and _call_on_noun(tok)
    ):
        return True  # "during X's call on Y": a visit told by its noun ("paid a call on Y" is the light verb's)
    if (
        tok.pos_ == "NOUN"
        and (lemma in c["visit_nouns"] or lemma == "call")
        and _prep_objects(tok, {"by"})
        # "on the first visit by a Velkarian minister to Zorgrad in a decade": any holder of the post, nobody met
        and not all(any(d.lower_ in ("a", "an") for d in o.children) for o in _prep_objects(tok, {"by"}))
        and tok.head.lemma_.lower() not in c["light_verbs"]
        and tok.head.head.lemma_.lower() not in c["join_verbs"]  # "X was joined on the visit by Y": Y's agent
    ):
        return True  # "X said this during a courtesy visit by Y"
    if lemma in ("phone", "telephone") and tok.pos_ == "NOUN" and _on_the_phone_with(tok):
        return True  # "X was on the phone with Y": a call
    if tok.pos_ == "NOUN" and lemma in c["visit_nouns"] and _visited_person(tok):
        return True  # "X led a small party on a visit to the Inspector General, Dr Y": a visit to a person is a meeting
    if tok.pos_ == "PROPN":
        return _shared_sitting(tok)  # "during their bilateral Military Committee Meeting": a named sitting of theirs
    if tok.pos_ != "NOUN":
        return False
    # "X and Y pose before their talks", a caption "X and Y during their meeting"; "X told Y in a phone call"
    return _shared_sitting(tok) or _told_at_sitting(tok) is not None or _sitting_before_act(tok)


def _on_the_phone_with(noun: Token) -> bool:
    """ "X was on the phone with Y", "X got on the phone with Y": the phone after "on" on a verb, with a person after
    its "with"."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "on"
        and prep.head.pos_ in ("AUX", "VERB")
        and any(t.ent_type_ in PARTICIPANT_LABELS for o in _prep_objects(noun, {"with"}) for t in o.subtree)
    )


def _visited_person(noun: Token) -> bool:
    """ "led a small party on a visit to the Inspector General, Dr X": the one visited is a person (named after "to", or
    in apposition to the post after it), not a place or a body."""
    prep = noun.head
    if not (noun.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_.lower() in cues()["lead_verbs"]):
        return False  # only a visit someone led a team on; "during his visit to X, he met Y" is the verb's meeting
    sent = noun.sent
    for o in _prep_objects(noun, {"to"}):
        if o.ent_type_ == "PERSON":
            return True
        ref = next((e for e in sent.ents if e.label_ == "REF" and o.i in range(e.start, e.end)), None)
        if ref is not None and _named_refs(ref, _persons(sent)):
            return True
    return False


def _attended_sitting_told_before(noun: Token) -> bool:
    """ "X attended the meeting with the envoy": the sitting told before, which X joins (the attendance verb's frame),
    not another meeting of X and the envoy."""
    return (
        noun.dep_ == "dobj"
        and _attending(noun.head)
        and any(ch.dep_ == "det" and ch.lower_ == "the" for ch in noun.children)
    )


def _caption_trigger(sent: Span) -> list[tuple[Token, None]]:
    """A photo caption with no verb, "X with his Turkish counterpart Y in Ankara, Monday": the name it is about,
    with the person it is with, tells the meeting."""
    root = sent.root
    if root.ent_type_ not in PARTICIPANT_LABELS or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return []
    withs = [
        o
        for o in _prep_objects(root, {"with"})
        if o.ent_type_ in PARTICIPANT_LABELS or any(t.ent_type_ in PARTICIPANT_LABELS for t in o.subtree)
    ]
    return [(root, None)] if withs else []


def _guests_visit_of_a_place(trigger: Token) -> bool:
    """ "..., who is currently visiting the country": a relative clause on someone, whose visit is to a place (no
    person, title or reference after the verb)."""
    return (
        trigger.dep_ == "relcl"
        and trigger.lemma_.lower() in cues()["visit_verbs"]
        and any(ch.tag_ == "WP" and ch.dep_ == "nsubj" for ch in trigger.children)
        and not any(
            t.ent_type_ in PARTICIPANT_LABELS for ch in trigger.children if ch.dep_ == "dobj" for t in ch.subtree
        )
    )


def _with_whom(trigger: Token) -> bool:
    """ "received Y, with whom he discussed the operations": a relative clause on the guest that tells what the
    sitting held, not another one."""
    return trigger.dep_ == "relcl" and any(
        ch.dep_ == "prep" and ch.lower_ == "with" and any(w.lower_ == "whom" for w in ch.children)
        for ch in trigger.children
    )


def sentence_frames(sent: Span, sent_idx: int, persons: list[Span], words: Words) -> list[dict]:
    """Meeting frames of one sentence; a sentence with no meeting still gives a topics/context frame
    (topics, a date, a place, persons) that relate reads as context for the meetings around it."""
    common = _sentence_fields(sent, words)
    frames, seen = [], set()
    triggers = _triggers(sent, words) or _caption_trigger(sent)
    # "X received Y, who is currently visiting the country": a guest's visit to a place is no second meeting, nor
    # "..., with whom he discussed Z" what they did at it
    alone = len([t for t, _ in triggers if not _guests_visit_of_a_place(t) and not _with_whom(t)]) == 1
    for trigger, noun in triggers:
        frame = _trigger_frame(sent, sent_idx, trigger, noun, persons, alone=alone, common=common)
        if frame is None:
            continue
        key = tuple(sorted(s for s, _ in frame["participants"]))
        if key and key in seen:
            continue
        seen.add(key)
        frames.append(frame)
    frames += [again for f in frames if f["kind"] == "meeting" and (again := _met_again_at(sent, f)) is not None]
    frames += _agreed_sittings(sent, [f for f in frames if f["kind"] == "meeting"])
    frames += [
        f
        for f in _invited_visits(sent, sent_idx, persons, common)
        if tuple(sorted(s for s, _ in f["participants"])) not in seen
    ]
    if not frames:
        frames += _agreed_in_a_city(sent, sent_idx, persons, common)
    if not frames:
        frames += _said_at_a_sitting(sent, sent_idx, persons, common)
    if not frames:
        frames += _invited_to_a_place(sent, sent_idx, persons, common)
    if not frames:
        frames += _context_frame(sent, sent_idx, persons, words, common)
    return frames


def _invited_visits(sent: Span, sent_idx: int, persons: list[Span], common: dict) -> list[dict]:
    """ "Y accepted an invitation from X to visit the country next spring": a visit of Y's to come, to X, who
    hosts it (GOLD: an invitation implies the host; "X invited Y to visit Z, and Y accepted" is
    `_accepted_invitation`)."""
    found = []
    for visit in sent:
        if visit.lemma_.lower() not in cues()["visit_verbs"] or not _infinitive(visit):
            continue
        sides = _invitation_sides(visit)
        if sides is None or None in sides:
            continue
        # each side a named person, else a bare surname relate links to the person named before ("Brant invited ...")
        guest, inviter = ((next(iter(_role_persons(t, persons)), None), _bare_names(t)[:1]) for t in sides)
        told = _visit_sides([guest, inviter], host=1)
        if told is None:
            continue
        named, fields = told
        spans = [[p.start_char, p.end_char] for p in named]
        found.append(_frame("meeting", sent, sent_idx, visit, spans, status="planned", **fields, **common))
    return found


def _agreed_in_a_city(sent: Span, sent_idx: int, persons: list[Span], common: dict) -> list[dict]:
    """ "A and his counterpart B agreed in Velm on Monday to pool their patrols": two named people agreeing
    together in a city the clause names met there (no call or letter agrees "in" a city)."""
    if not common["location_text"] or not common["location_country"]:
        return []
    for verb in sent:
        if verb.lemma_.lower() != "agree" or verb.pos_ != "VERB":
            continue
        if not any(o.ent_type_ == "GPE" and o.text.casefold() in places()[0] for o in _prep_objects(verb, {"in"})):
            continue
        if (frame := _joint_subjects_frame(sent, sent_idx, verb, persons, {**common, "mode": "in_person"})) is not None:
            return [frame]
    return []


def _joint_subjects_frame(sent: Span, sent_idx: int, verb: Token, persons: list[Span], common: dict) -> dict | None:
    """The meeting of the two named people a verb's subject joins ("A and his counterpart B agreed ..."), or None;
    what they agreed or said, told in the past, happened (what it sets ahead is another matter)."""
    subject = _subject(verb)
    if subject is None or not any(ch.dep_ == "conj" for ch in subject.children):
        return None
    people = [p for p in _role_persons(subject, persons) if p.label_ == "PERSON"]
    if len(people) != 2:
        return None
    status = "occurred" if verb.tag_ == "VBD" else _status(sent, verb)
    return _frame(
        "meeting", sent, sent_idx, verb, [[p.start_char, p.end_char] for p in people], **common, status=status
    )


def _said_at_a_sitting(sent: Span, sent_idx: int, persons: list[Span], common: dict) -> list[dict]:
    """ "In talks at the ministry, A and B confirmed ...", "At their meeting in Velm, A and B agreed ...": a sitting
    named before the clause whose subjects are two named people is theirs; so is one told for the first time after
    the verb ("A and B agreed in a phone call to ...", "... agreed during talks in Velm")."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT" or verb.lemma_.lower() in cues()["attend_lemmas"]:
            continue
        sitting = next(
            (
                o
                for o in _prep_objects(verb, {"in", "at", "during"})
                if _sitting_noun(o)
                and (o.i < verb.i or _new_sitting(o) or not any(ch.dep_ in ("det", "poss") for ch in o.children))
            ),
            None,
        )
        if sitting is None:
            continue
        fields = {**common, "mode": _mode(sent, verb, sitting)}
        if (frame := _joint_subjects_frame(sent, sent_idx, verb, persons, fields)) is not None:
            return [frame]
    return []


def _invitation_sides(visit: Token) -> tuple[Token | None, Token | None] | None:
    """(the guest, the inviter) of "accepted an invitation from X to visit", else None."""
    head = visit.head
    if visit.dep_ not in ("acl", "relcl") or head.lemma_.lower() not in cues()["invitation_nouns"]:
        return None
    verb = head.head
    if verb.lemma_.lower() not in rules()["accept_lemmas"]:
        return None
    return _subject(verb), next(iter(_prep_objects(head, {"from", "of"}) + _prep_objects(verb, {"from"})), None)


def _trigger_token(sent: Span, frame: dict) -> Token | None:
    """The token of the sentence a frame's trigger is."""
    return next((t for t in sent if t.text == frame["trigger"] and t.lemma_.lower() == frame["trigger_lemma"]), None)


def _agreed_sittings(sent: Span, frames: list[dict]) -> list[dict]:
    """The sittings the frames' people agreed on; a place or sidelines only the agreed clause names are the planned
    sitting's, not the held one's ("met on Friday and agreed to meet again in X": not met in X)."""
    plans = []
    for frame in frames:
        agreed = _agreed_sitting(sent, frame)
        if agreed is None:
            continue
        plan, sitting = agreed
        plans.append(plan)
        if plan["location"] is not None and plan["location"] == frame["location"]:
            frame.update(location=None, location_text=None, location_country=None)
        told = range(sitting.left_edge.i, sitting.right_edge.i + 1)
        if plan["sidelines"] and not any(t.lower_ in cues()["sideline_words"] and t.i not in told for t in sent):
            frame["sidelines"] = False
    return plans


def _agreed_sitting(sent: Span, frame: dict) -> tuple[dict, Token] | None:
    """ "A and B held phone talks on Tuesday and agreed to hold in-person talks in X later this month": a sitting of
    the same people that they agreed on, planned at the place, in the time or on the sidelines of the event the
    agreed clause names."""
    c = cues()
    trigger = _trigger_token(sent, frame)
    if trigger is None or frame["status"] != "occurred":
        return None
    agreed = next((ch for ch in trigger.children if ch.dep_ == "conj" and ch.lemma_.lower() == "agree"), None)
    sitting = next(
        (
            x
            for x in (agreed.children if agreed is not None else [])
            if x.dep_ == "xcomp"
            and (
                x.lemma_.lower() in c["meet_verbs"]
                or x.lemma_.lower() in c["light_verbs"]
                and any(o.dep_ == "dobj" and _sitting_noun(o) for o in x.children)
            )
        ),
        None,
    )
    if sitting is None:
        return None
    place = next((e for e in sent.ents if e.label_ in ("GPE", "FAC") and e.root in sitting.subtree), None)
    told = sent.doc[sitting.left_edge.i : sitting.right_edge.i + 1].text
    day = dates.find_date_text(told)
    sidelines = any(t.lower_ in c["sideline_words"] for t in sitting.subtree)  # "on the sidelines of the forum"
    if place is None and day is None and not sidelines:
        return None  # "agreed to meet regularly": no sitting fixed
    plan = {
        **frame,
        "mode": "in_person",
        "status": "planned",
        "sidelines": sidelines,
        "location": [place.start_char, place.end_char] if place else None,
        "location_text": place.text if place else None,
        "location_country": place_country(place.text) if place else None,
        "date_text": day,
        "same_day": False,
        "vague_date": day is None and dates.vague_time(told),
        "venue_place": None,
        "venue_country": None,
    }
    return plan, sitting


def _met_again_at(sent: Span, frame: dict) -> dict | None:
    """ "A and B first met in X in February, and again at the Y in Z in September": a second sitting of the same
    people, at the place (and in the time) the "again" phrase names."""
    trigger = _trigger_token(sent, frame)
    if trigger is None:
        return None
    again = next(
        (
            c
            for c in trigger.children
            if c.dep_ == "conj" and c.pos_ == "ADP" and any(a.lower_ in cues()["again_words"] for a in c.children)
        ),
        None,
    )
    place = next((e for e in sent.ents if e.label_ == "GPE" and again is not None and e.root in again.subtree), None)
    if place is None or place.text == frame["location_text"]:
        return None
    day = next((e.text for e in sent.ents if e.label_ == "DATE" and e.root in again.subtree), None)
    return {
        **frame,
        "location": [place.start_char, place.end_char],
        "location_text": place.text,
        "location_country": place_country(place.text),
        "date_text": day,
        "vague_date": day is None,
        "venue_place": None,
        "venue_country": None,
    }


def _sentence_fields(sent: Span, words: Words) -> dict:
    """What every frame of a sentence shares: place, date, topics, evidence, event cues."""
    c = cues()
    span = range(sent.start, sent.end)
    location, loc_country, location_name = _location(sent)
    venue, venue_country = _venue(sent) if location is None else (None, None)
    if location is None:
        loc_country = venue_country or _visited_country(sent)  # "met X in Egypt": no place, but a country
    sent_text = words.text[sent.start_char : sent.end_char]
    # "initially set for June 27, has been postponed to July 11": the new day
    date_text = _postponed_day(sent) or dates.find_date_text(sent_text)
    in_sequence = _in_sequence(sent)
    return {
        "location": [location.start_char, location.end_char] if location is not None else None,
        "location_text": location_name,
        "location_country": loc_country,
        "date_text": date_text,
        "evidence": sent_text.strip(),
        "vague_date": date_text is None and dates.vague_time(sent_text),
        "venue_place": venue.text if venue is not None else None,
        "venue_country": venue_country,
        "capital_ref": location is None and _bare_capital(sent),
        "same_day": (
            any(p in sent_text.lower() for p in c["same_day"])
            or sent_text.lower().lstrip().startswith(tuple(c["same_day_openers"]))
            or _beside_a_sitting(sent)
            or in_sequence
        )
        and not _told_of_another_time(sent),
        "in_sequence": in_sequence,
        "topics": _topics(sent, words),
        "venue": any(words.lower[i] in c["venue_words"] for i in span)
        and any(words.lemma[i] in c["event_words"] for i in span),
        # "on the sidelines of the summit", "at the NATO summit": nobody is at home at a multilateral event
        "sidelines": any(words.lemma[i] in c["sideline_words"] or words.lower[i] in c["sideline_words"] for i in span)
        or _multilateral_event(sent),
    }


def _someones_trip(sent: Span) -> bool:
    """ "Gen X's trip to Pakistan was postponed": a trip a person's own (a possessive name or pronoun) speaks of a
    visit as "X's visit" does (cues trip_nouns)."""
    trips = cues()["trip_nouns"]
    return any(
        t.lemma_.lower() in trips
        and t.pos_ == "NOUN"
        and any(ch.dep_ == "poss" and (ch.ent_type_ == "PERSON" or ch.pos_ == "PRON") for ch in t.children)
        for t in sent
    )


def _context_frame(sent: Span, sent_idx: int, persons: list[Span], words: Words, common: dict) -> list[dict]:
    """The topics/context frame of a sentence with no meeting of its own, if it tells anything relate can use."""
    c = cues()
    span = range(sent.start, sent.end)
    meeting_ref = any(
        words.pos[i] == "NOUN"
        and (words.lemma[i] in c["meeting_nouns"] or words.lower[i] in c["meeting_nouns"])
        and not (i > sent.start and words.lower[i - 1] in c["not_meeting_compounds"])
        and sent.doc[i].dep_ != "compound"  # "the visit programme also includes a trip to X": no sitting
        for i in span
    )
    # the rest of a sentence the parser cut ("... called on Chief of Army Staff | General X here, Tuesday.")
    before = sent.doc[sent.start - 1] if sent.start > 0 else None
    meeting_ref = meeting_ref or before is not None and (not before.is_punct or before.text in (")", ","))
    meeting_ref = meeting_ref or _someones_trip(sent)
    topics = common["topics"]
    if common["location_text"] and any(common["location_text"] in t for t in topics):
        # "training at our command in X was discussed": the place of what was discussed, not of the sitting
        common = {**common, "location": None, "location_text": None, "location_country": None}
    acceptor = _invitation_acceptor(sent)
    # "Brant has had a busy week. On Wednesday he spoke with X": a bare surname subject is who "he" stands for next
    bare_subject = [] if persons or acceptor else _bare_subject_names(sent)
    if not (
        topics
        or common["date_text"]
        or common["location"] is not None
        or persons
        or meeting_ref
        or acceptor
        or bare_subject
    ):
        return []
    # "the next round would be held in X": reported future
    planned = any(words.lower[i] in ("will", "would") or words.lemma[i] in ("expect", "schedule") for i in span)
    # "the sides agreed that X will visit Y", "confirmed they would prepare X's visit", "a visit of X to Y is
    # planned": a plan the sitting made
    plan_agreed = meeting_ref and (
        any(words.lemma[i] == "agree" for i in span) or _plan_the_sides_settled(sent) or _sitting_said_planned(sent)
    )
    planned = planned or plan_agreed
    # "The visit X was to make next week has been suspended": a sitting called off, naming one side
    called_off = (
        meeting_ref
        and (not common["date_text"] or _the_old_day(sent, common["date_text"]))
        and (
            any(words.lemma[i] in c["cancelled_words"] for i in span) or _says_called_off(sent)  # "has been called off"
        )
    )
    accepted = _acceptor_fields(acceptor, persons) or ({"surnames": bare_subject} if bare_subject else {})
    return [
        _frame(
            "topics" if topics else "context",
            sent,
            sent_idx,
            None,
            accepted.pop("participants", []),
            status="cancelled" if called_off else "planned" if planned else "occurred",
            meeting_ref=meeting_ref,
            plan_agreed=plan_agreed,
            mode=_context_mode(words, span) if meeting_ref else "in_person",
            **accepted,
            **common,
        )
    ]


def _bare_subject_names(sent: Span) -> list[list]:
    """The bare names ([start, end, text]) that are the subject of a sentence's main verb and no entity of a person
    ("Brant has had a busy week"): relate links them to the person of that surname named before."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "Brant's week has been busy": the subject's owner
    owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
    return [_bare_name_span(t) for t in _bare_names(subject) + _bare_names(owner)] if subject is not None else []


def _plan_the_sides_settled(sent: Span) -> bool:
    """ "The two ministers confirmed that they would prepare X's visit": a verb that settles a plan (cues
    plan_settling_verbs) said by the sides together (a plural subject), not one side's announcement."""
    settling = cues()["plan_settling_verbs"]
    return any(
        t.lemma_.lower() in settling
        and any(
            ch.dep_ == "nsubj" and (ch.tag_ in ("NNS", "NNPS") or ch.lower_ in ("they", "both")) for ch in t.children
        )
        for t in sent
    )


def _sitting_said_planned(sent: Span) -> bool:
    """ "A visit of X to Y is planned for the autumn": a meeting noun the subject of a passive plan word."""
    c = cues()
    return any(
        t.dep_ == "nsubjpass"
        and t.lemma_.lower() in c["meeting_nouns"]
        and t.head.lemma_.lower() in c["planned_words"]
        and not any(ch.dep_ == "neg" for ch in t.head.children)
        for t in sent
    )


def _invitation_acceptor(sent: Span) -> Token | None:
    """The subject of "X accepted the invitation": the invitation to visit told before (relate: a planned visit
    to whoever invited X); "X accepted an invitation to visit Y" tells a new one, with no time: no plan yet."""
    accept, invitations = rules()["accept_lemmas"], cues()["invitation_nouns"]
    for t in sent:
        if t.lemma_.lower() in accept and any(
            ch.dep_ == "dobj"
            and ch.lemma_.lower() in invitations
            and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in ch.children)
            for ch in t.children
        ):
            return next((ch for ch in t.children if ch.dep_ == "nsubj"), None)
    return None


def _acceptor_fields(acceptor: Token | None, persons: list[Span]) -> dict:
    """The frame fields of the one who accepted an invitation: their entity as a participant, or the bare surname."""
    if acceptor is None:
        return {}
    entity = next((p for p in persons if p.start <= acceptor.i < p.end), None)
    if entity is not None:
        return {"invitation_accepted": True, "participants": [[entity.start_char, entity.end_char]]}
    surnames = [_bare_name_span(t) for t in _bare_names(acceptor)]
    return {"invitation_accepted": True, "surnames": surnames} if surnames else {}


def _context_mode(words: Words, span: range) -> str:
    """The mode a sentence gives the meeting it speaks of ("In a telephone conversation on May 2, ...")."""
    c = cues()
    found = {words.lower[i] for i in span} | {words.lemma[i] for i in span}
    if found & c["video_words"]:
        return "video"
    visit = c["not_phone_call_words"]  # "during the courtesy call", "port calls"
    # "opened the session with a call for ...": an appeal, no telephone call
    if found & (c["phone_words"] - {"call"}) or any(
        words.lemma[i] == "call"
        and words.pos[i] == "NOUN"
        and not (i > span.start and words.lower[i - 1] in visit)
        and not (i + 1 < span.stop and words.lower[i + 1] == "for")
        for i in span
    ):
        return "phone"
    return "in_person"


def _telling_verb(trigger: Token, noun: Token | None) -> Token | None:
    """The verb that tells the meeting: the trigger, or the verb a meeting noun trigger hangs on; None for a noun
    that a verb of sequence holds ("The talks follow a call the two held on 3 May": that call was held before)."""
    verb = trigger
    if noun is trigger:
        verb = trigger.head
        while verb.dep_ in ("pobj", "prep") and verb.head != verb:
            verb = verb.head
        if verb.lemma_.lower() in cues()["sequence_verbs"]:
            return None
    return verb


def _told_past(trigger: Token, noun: Token | None) -> bool:
    """The meeting is told in the simple past ("X held talks with Y", "X was received by Y"), not the perfect
    ("X has received Y")."""
    verb = _telling_verb(trigger, noun)
    if verb is None:
        return False
    auxes = [ch for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and [a.tag_ for a in auxes] == ["VBD"] and auxes[0].dep_ == "auxpass"


def _present(trigger: Token, noun: Token | None) -> bool:
    """The meeting is told in the present ("X meets Y", "X is holding talks with Y"): it is held today."""
    verb = _telling_verb(trigger, noun)
    if verb is None:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)
    if verb.tag_ == "VBG":
        return any(ch.dep_ == "aux" and ch.lower_ in ("is", "are", "am") for ch in verb.children)
    return False


def _name_read_as_modifier(verb: Token) -> Token | None:
    """ "Brant spoke with X by phone": a bare name opening the sentence that the parser hung on the verb as an
    adverb, the verb left with no subject."""
    first = verb.sent[0]
    if first.head == verb and first.dep_ in ("advmod", "npadvmod") and first.tag_ == "NNP":
        return first
    return None


def _headline_infinitive_subject(verb: Token) -> Token | None:
    """ "Brant to host X next week; deal on table": a headline's bare name before the infinitive, hung on it as a
    bare `dep` (the clause after the semicolon may lend the verb another subject), or made the headline's root with
    the infinitive a clause of it."""
    first = verb.sent[0]
    if (
        (first.head == verb and first.dep_ == "dep" or verb.head == first and first.dep_ == "ROOT")
        and first.pos_ in ("PROPN", "NOUN", "ADJ")
        and first.text[:1].isupper()
        and first.i + 1 < len(first.doc)
        and first.doc[first.i + 1].lower_ == "to"
        and first.doc[first.i + 1].head == verb
    ):
        return first
    return None


def _roles(trigger: Token, noun: Token | None) -> tuple[Token | None, list[Token], list[Token]]:
    """(subject, objects, passive agents) of a trigger verb, or of a meeting noun ("at a meeting with X")."""
    verb = None if noun is trigger else trigger
    if verb is not None:
        subj = _headline_infinitive_subject(verb) or _subject(verb) or _name_read_as_modifier(verb)
        if noun is not None and subj == noun:
            subj = _implied_owner(noun) or subj  # "The meeting with X was held in Y": as "his meeting with X"
    else:
        gov = _verb_past_the_day(trigger) or trigger.head
        while gov.dep_ in ("pobj", "prep") and gov.head != gov:
            gov = gov.head
        subj = _subject(gov) if gov.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj != trigger and subj.lemma_.lower() in cues()["visit_nouns"]:
            # "X's visit comes days after a visit by Y": X's is another visit, no side of Y's; but "the visit will
            # include a meeting with Y": the visitor's
            subj = _implied_owner(subj)
        if (
            subj is None
            and gov.dep_ == "acl"
            and gov.head.lemma_.lower() in cues()["invitation_nouns"]
            and gov.head.head.lemma_.lower() in rules()["accept_lemmas"]
        ):
            subj = _subject(gov.head.head)  # "X accepted an invitation to visit Y for talks with Z": X's talks
        if subj is None and _shared_sitting(trigger):
            # "The chiefs agreed to discuss ways to strengthen ties during their meeting": "their" is the people of
            # the nearest clause above that names its subject
            subj = next((s for a in trigger.ancestors if a.pos_ in ("VERB", "AUX") and (s := _subject(a))), None)
        # "X joined Y for talks with Z": Y, the joined one, is at the talks too
        joined = [ch for ch in gov.children if ch.dep_ == "dobj" and ch != trigger] if _joins(gov) else []
        if trigger.dep_ == "dobj" and gov.lemma_.lower() == "convene":
            joined += _prep_objects(gov, {"with"})  # "convened a meeting of the troika on May 14 with A and B"
        # "his talks with X", "Berger's meeting with X": the owner of the meeting is its subject
        owner = next(
            (ch for ch in trigger.children if ch.dep_ == "poss" and ch.lower_ not in rules()["shared_possessives"]),
            None,
        )
        if owner is not None and (
            owner.pos_ != "PRON"
            or subj is None
            or subj == trigger  # "his meeting with X touched on Y": the meeting is the clause's subject
            or subj.lower_ in rules()["pronouns"]
            or _no_person(subj)
            or _group(subj)  # "In his meeting with X, both sides discussed ...": the sides are his and X's
        ):
            # a pronoun owner is usually the clause's subject: keep that; "X came to take part in Y's talks
            # with Z": X joins Y's talks (the owner goes with the objects)
            if subj is not None and owner.pos_ != "PRON" and _joins(gov):
                return subj, [owner, *_noun_objects(trigger)], []
            subj = owner
        elif subj == trigger:
            # "The talks with X took place in Y": the talks of the one the story is about, as "his talks with X"
            subj = _implied_owner(trigger) or subj
    objs: list[Token] = joined if verb is None else []
    agents: list[Token] = []
    told = _told_at_sitting(noun) if noun is trigger else None
    if told is not None:
        objs += _verb_person_objects(told, owners=_new_sitting(noun))  # "X told Y in a phone call"
    if noun is trigger and _sitting_before_act(noun):
        objs += _act_with(noun.head.head)  # "X signed a pact with Y after talks"
    for holder in [t for t in (verb, noun) if t is not None]:
        objs += [ch for ch in holder.children if ch.dep_ in ("dobj", "oprd") and ch != noun]
        if holder is verb:
            # "is set to meet later today Minister X": after a time adverb the parse makes the object an npadvmod
            objs += [ch for ch in holder.children if ch.dep_ == "npadvmod" and ch.ent_type_ in ("TITLE", "PERSON")]
            # "welcomed X on board for lunch, along with Y": Y is received at the sitting too
            if any(ch.dep_ == "dobj" for ch in holder.children):
                alongs = [
                    ch for ch in holder.children if ch.lower_ in ("along", "together") and ch.dep_ in ("prep", "advmod")
                ]
                objs += [o for along in alongs for o in _prep_objects(along, {"with"})]
        objs += _infinitive_subjects(holder) if holder is verb else []
        objs += _objects_hung_on_verb(holder) if holder is verb else []
        objs += _objects_of_a_title_word(holder) if holder is verb else []
        objs += _holder_in_a_title_phrase(holder) if holder is verb else []
        objs += _object_after_adjuncts(holder) if holder is verb else []
        objs += _objects_conjoined_to_a_place(holder) if holder is verb else []
        objs += _delegation_leader_from(holder) if holder is verb else []
        objs += _objects_of_a_post_read_as_preposition(holder)
        if holder.lemma_.lower() in cues()["host_verbs"] or holder.lemma_.lower() in cues()["host_nouns"]:
            # "hosted a reception for X", "gave a warm welcome to X"
            for thing in [holder, *(ch for ch in holder.children if ch.dep_ == "dobj")]:
                objs += _prep_objects(thing, {"for", "to", "in"} if thing is not holder or noun is holder else {"for"})
                if thing is not holder and thing.lemma_.lower() in cues()["meeting_nouns"] | cues()["remote_words"]:
                    objs += _prep_objects(holder, {"from"})  # "received a phone call yesterday from X"
                    if thing.lemma_.lower() not in cues()["remote_words"] or _call_on_noun(thing):
                        # "received a courtesy visit from X", "receiving a courtesy call from X" (a visit)
                        objs += _prep_objects(thing, {"from"})
                objs += _in_honour_of(thing)
        # "met with the Chief of ..., General X": the parser may hang the name on the verb
        objs += [
            ch
            for ch in holder.children
            if ch.ent_type_ in PARTICIPANT_LABELS
            and (
                ch.dep_ in ("npadvmod", "appos")
                # "called on the Chairman ... Committee (CJCSC), General X": a name set off by a comma after the
                # post, left unattached ("dep")
                or ch.dep_ == "dep"
                and ch.i > holder.i
                and ch.left_edge.i > 0
                and ch.doc[ch.left_edge.i - 1].text == ","
            )
        ]
        objs += _prep_objects(holder, {"with", "between", "to", "on", "upon", "of"})
        if holder is noun and (series := _series_above(noun)) is not None:
            objs += _prep_objects(series, {"with", "between"})  # "a round of dialogue with X": "with" on "round"
        objs += _participle_objects(holder) + _remote_objects(holder) if holder is noun else []
        objs += _gapped_objects(holder)
        agents += _prep_objects(holder, {"by"}) + _stranded_object(holder, {"by"})
        if holder is verb and not agents and _is_passive(verb):
            # "was received on arrival by X", "was welcomed at the airport by X": the parser hung the agent on the
            # noun of the phrase before it
            agents += [
                a
                for p in verb.children
                if p.dep_ == "prep"
                for o in p.children
                if o.dep_ == "pobj"
                for a in _prep_objects(o, {"by"})
            ]
        # "on" of a verb only after a call verb ("is to call on Minister X, a source said": the name read as the
        # report's subject); "met on Monday" has its object
        calls = holder is noun or holder.lemma_.lower() in cues()["call_verbs"]
        objs += _stranded_object(holder, {"with", "between", "to", *(("on", "upon") if calls else ())})
        objs += _detached_leader(holder, objs)
        objs += _shifted_object(holder) if holder is verb and not any(map(_stands_for_person, objs)) else []
        objs += _object_read_as_subject(holder) if holder is verb and not any(map(_stands_for_person, objs)) else []
    objs += [o for w in _repeated_with(trigger, noun) for o in w.children if o.dep_ == "pobj"]
    return subj, objs, agents


def _delegation_leader_from(verb: Token) -> list[Token]:
    """ "received a delegation from X led by Y": the parser may hang "from X" on the verb, Y with it; Y leads the
    delegation received (GOLD: a delegation led by Y is Y)."""
    c = cues()
    if not any(ch.dep_ == "dobj" and ch.lemma_.lower() in c["delegation_nouns"] for ch in verb.children):
        return []
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.subtree
        if o.dep_ == "pobj" and o.head.dep_ == "agent" and o.head.head.lemma_.lower() in c["lead_verbs"]
    ]


def _repeated_with(trigger: Token, noun: Token | None) -> list[Token]:
    """ "to hold talks with A, and with B", "... and separately with B": a second "with" after "and" (and an adverb),
    which the parser may hang anywhere, when the trigger or its meeting noun has a "with" of its own before it (one
    meeting with each)."""
    holders = [t for t in (trigger, noun) if t is not None]
    own = [ch for h in holders for ch in h.children if ch.dep_ == "prep" and ch.lower_ == "with"]
    if not own:
        return []
    first = min(own, key=lambda t: t.i)
    doc = trigger.doc
    return [
        t
        for t in trigger.sent
        if t.lower_ == "with"
        and t.i > first.i
        and t not in own
        and (doc[t.i - 1].lower_ == "and" or doc[t.i - 1].pos_ == "ADV" and doc[t.i - 2].lower_ == "and")
        and any(o.dep_ == "pobj" for o in t.children)
    ]


def _said_by(person: Span) -> bool:
    """ "... held talks with A, the Director of Information, B, said in a statement": a name set off right before a
    report verb with no subject of its own is who says it, not one met ("held talks with A, saying ...": a
    participle, the subject's own words)."""
    doc = person.doc
    if person.end + 1 >= len(doc) or doc[person.end].text != ",":
        return False
    verb = doc[person.end + 1]
    return (
        verb.lemma_.lower() in cues()["report_verbs"]
        and verb.pos_ == "VERB"
        and verb.tag_ != "VBG"
        and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children)
    )


def _named_after_post(posts: list[Token], persons: list[Span]) -> list[Span]:
    """ "was received by the Chief of the Naval Staff, Admiral X": the name after a post or body, which the parser
    may hang elsewhere in the sentence, is who the post stands for."""
    if not persons:
        return []
    for post in posts:
        if post.ent_type_ in ("ORG", "TITLE") or post.lemma_.lower() in cues()["role_words"]:
            edge = post.right_edge
            if edge.text == "," and edge.i > post.i:  # the parser hung the comma on the post
                edge = post.doc[edge.i - 1]
            if edge.i + 1 < len(post.doc) and post.doc[edge.i + 1].text == ",":
                return _listed_after(post.doc[edge.i : edge.i + 1], persons, most=1)
            # "Call With Velkan Minister of Defense X": the name right after the post, hung elsewhere
            if right_after := [p for p in persons if p.start == edge.i + 1 and p.label_ == "PERSON"]:
                return right_after
            if (holder := _title_holder(post, persons)) is not None:
                return [holder]
    return []


def _title_holder(post: Token, persons: list[Span]) -> Span | None:
    """ "by the Secretary of the Council under the President of X Major General Y": the person named right after the
    whole title a post word opens (after their rank), where the parser split the title's phrases over the clause."""
    title = next((e for e in post.sent.ents if e.label_ == "TITLE" and e.start <= post.i < e.end), None)
    if title is None:
        return None
    k = title.end
    if k < len(post.doc) and post.doc[k].text == "," and title.end > post.right_edge.i + 1:
        k += 1  # "by the Ambassador of X to Y, Z": the name set off by a comma after the whole title
    while k < len(post.doc) and post.doc[k].ent_type_ == "RANK":
        k += 1
    return next((p for p in persons if p.start == k and p.label_ == "PERSON"), None)


def _objects_hung_on_verb(verb: Token) -> list[Token]:
    """ "met A's Minister of X, Y, and B's Defence Minister, Z": the parser may hang the second object on the verb
    as a conjunct; a noun conjunct of a verb that has an object is another object."""
    if not any(ch.dep_ == "dobj" for ch in verb.children):
        return []
    return [
        ch
        for ch in verb.children
        if ch.dep_ == "conj" and ch.pos_ in ("PROPN", "NOUN") and ch.i > verb.i and ch.ent_type_ not in ("DATE", "TIME")
    ]  # ("..., and later that day called upon Z": a time, the next verb hung on it)


def _object_after_adjuncts(verb: Token) -> list[Token]:
    """ "received on Tuesday at X Palace the Prime Minister of Y, Z": an object told after the verb's day and place,
    which the parser hung on the place as an apposition (a place is no person's apposition)."""
    if any(ch.dep_ in ("dobj", "oprd") for ch in verb.children) or verb.lemma_.lower() not in cues()["host_verbs"]:
        return []
    return [
        appos
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i > verb.i
        for place in prep.children
        if place.dep_ == "pobj" and place.ent_type_ not in PARTICIPANT_LABELS
        for appos in place.children
        if appos.dep_ == "appos" and appos.i > place.i and any(t.ent_type_ == "PERSON" for t in appos.subtree)
    ]


def _objects_conjoined_to_a_place(verb: Token) -> list[Token]:
    """ "called on A at X Camp, B, and C": the place of the first call interrupts the list of those called on, and
    the parser coordinated the others with the place (a place has no people in its list)."""
    called = [o.i for o in verb.children if o.dep_ == "dobj" and o.ent_type_ in PARTICIPANT_LABELS] or [
        o.i for o in _prep_objects(verb, {"on", "upon", "with"}) if o.ent_type_ in PARTICIPANT_LABELS
    ]
    if not called:
        return []
    first = min(called)
    return [
        item
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "in") and prep.i > first
        for place in prep.children
        if place.dep_ == "pobj" and place.ent_type_ not in PARTICIPANT_LABELS + ("DATE", "TIME")
        for item in _coordinated_with(place)
        if item.ent_type_ in PARTICIPANT_LABELS
        or any(ch.dep_ == "appos" and ch.ent_type_ == "PERSON" for ch in item.children)
    ]


def _coordinated_with(head: Token, pos: tuple[str, ...] = ("NOUN", "PROPN")) -> list[Token]:
    """Every word of `pos` coordinated with `head`, however the parser chained them ("A, B, and C": B and C may both
    hang on A; "from A and from B": the second "from" on the first)."""
    items, todo = [], [head]
    while todo:
        for ch in todo.pop().children:
            if ch.dep_ == "conj" and ch.pos_ in pos:
                items.append(ch)
                todo.append(ch)
    return sorted(items, key=lambda t: t.i)


def _objects_of_a_post_read_as_preposition(holder: Token) -> list[Token]:
    """ "called on Under Secretary of the Army X": the first word of a post ("Under") that the parser read as a
    preposition of the verb, the name its object; a preposition inside a post is a word of it, the name the verb's."""
    return [
        obj
        for ch in holder.children
        if ch.dep_ == "prep" and ch.i > holder.i and ch.ent_type_ == "TITLE" and ch.ent_iob_ == "B"
        for obj in ch.children
        if obj.dep_ == "pobj" and (obj.ent_type_ in PARTICIPANT_LABELS or obj.ent_type_ == "TITLE")
    ]


def _objects_of_a_title_word(verb: Token) -> list[Token]:
    """ "to meet Coordinating Political and Security Affairs Minister X": a capitalised word of a title after the verb
    that the parser read as a participle heading a clause of its own, the name its object; the name is the verb's."""
    return [
        obj
        for ch in verb.children
        if ch.tag_ == "VBG" and ch.i > verb.i and ch.text[:1].isupper() and ch.dep_ in ("advcl", "xcomp", "dep")
        for obj in ch.children
        if obj.dep_ == "dobj" and obj.ent_type_ in PARTICIPANT_LABELS
    ]


def _holder_in_a_title_phrase(verb: Token) -> list[Token]:
    """ "met Egypt's Minister of State for Military Production X Y": the parser hung the title's "for ..." phrase, and
    the name closing it, on the verb; the name right after the title is the verb's object."""
    objects = [ch.i for ch in verb.children if ch.dep_ == "dobj"]
    if not objects:
        return []  # (asked of every meeting verb)
    ents = verb.sent.ents
    titles = [e for e in ents if e.label_ == "TITLE" and any(e.start <= i < e.end for i in objects)]
    names = {e.start: e for e in ents if e.label_ == "PERSON"}
    return [
        names[e.end].root
        for e in titles
        if e.end in names
        and any(p.dep_ == "prep" and e.start < p.i < e.end and names[e.end].root in p.subtree for p in verb.children)
    ]


def _stands_for_person(tok: Token) -> bool:
    return tok.ent_type_ in PARTICIPANT_LABELS or tok.lemma_.lower() in cues()["role_words"]


def _shifted_object(verb: Token) -> list[Token]:
    """ "received at his office in Abu Dhabi Rear Admiral X": an object written after the place, which the parser
    takes into the place's phrase ("Abu Dhabi Rear Admiral X" one noun phrase, object of "in"). The person closing
    an "at"/"in" phrase of a verb with no object, after a place or other words of that phrase (never a person
    after "of", "the office of X")."""
    out = []
    for ent in verb.doc.ents:
        root = ent.root
        if ent.label_ != "PERSON" or root.dep_ != "pobj" or root.head.lower_ not in ("at", "in"):
            continue
        path = [root, *root.ancestors]
        above = path[: path.index(verb)] if verb in path else None
        if not above or any(t.dep_ not in ("pobj", "prep") for t in above):
            continue  # only a chain of place phrases hanging on the verb itself
        before = [t for t in verb.doc[root.left_edge.i : ent.start] if t.ent_type_ not in ("RANK", "TITLE")]
        if any(t.pos_ in ("NOUN", "PROPN") for t in before):
            out.append(root)
    return out


def _object_read_as_subject(verb: Token) -> list[Token]:
    """ "is due to meet Mr X and the troops deployed there": the parser read the person right after the verb as the
    subject of a participle after it (tagged a past tense), so the verb had no object. That person (its rank or post
    before it aside), when the verb has no object of its own."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and (doc[i].ent_type_ in ("RANK", "TITLE") or doc[i].lower_ == "the"):
        i += 1
    person = next((e for e in doc.ents if e.start == i and e.label_ == "PERSON"), None)
    if person is None:
        return []
    root = person.root
    if root.dep_ != "nsubj" or root.head == verb or root.head.i < root.i or root.head.tag_ not in ("VBD", "VBN"):
        return []
    return [root]


def _gapped_objects(holder: Token) -> list[Token]:
    """A second party the parser hung on the verb as a conjunct: "between X, and Y"; "met X and later Y", "met with
    X, and Y" (a name with no verb or subject of its own after the object)."""
    between = next((ch for ch in holder.children if ch.dep_ == "prep" and ch.lower_ == "between"), None)
    if between is not None:
        return [ch for ch in holder.children if ch.dep_ == "conj" and ch.i > between.i and ch.pos_ in ("PROPN", "NOUN")]
    # "met X and later Y", "met with X, and Y" (the "with" object when there is no direct one)
    obj = next((ch for ch in holder.children if ch.dep_ == "dobj"), None) or next(
        iter(_prep_objects(holder, {"with"})), None
    )
    return [
        ch
        for ch in holder.children
        if obj is not None
        and ch.dep_ == "conj"
        and ch.i > obj.i
        and ch.pos_ == "PROPN"
        and ch.ent_type_ in PARTICIPANT_LABELS
        and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for g in ch.children)
    ]


def _detached_leader(holder: Token, objs: list[Token]) -> list[Token]:
    """ "received a delegation of X, led by Y, in Z": the parser hangs "led by Y" on the verb; Y leads the
    delegation met (GOLD: a delegation led by Y is Y)."""
    c = cues()
    if not any(o.lemma_.lower() in c["delegation_nouns"] for o in objs):
        return []
    return [
        o
        for ch in holder.children
        if ch.dep_ == "advcl" and ch.lemma_.lower() in c["lead_verbs"] and ch.tag_ == "VBN"
        for o in _prep_objects(ch, {"by"})
    ]


def _stranded_object(holder: Token, preps: set[str]) -> list[Token]:
    """The person right after a preposition the parser left without an object ("received by Minister Joao dos
    Santos" with the name split across the clause): the root of the name that follows its titles."""
    doc = holder.doc
    for prep in holder.children:
        if (
            prep.dep_ not in ("prep", "agent")
            or prep.lower_ not in preps
            or any(g.dep_ in ("pobj", "pcomp") for g in prep.children)
        ):
            continue
        i = prep.i + 1
        while (
            i < len(doc)
            and i - prep.i <= 8
            and doc[i].ent_type_ not in PARTICIPANT_LABELS
            and (doc[i].ent_type_ in ("TITLE", "RANK", "NORP") or doc[i].dep_ == "det")
        ):
            i += 1
        if i < len(doc) and doc[i].ent_type_ in PARTICIPANT_LABELS and doc[i].ent_iob_ == "B":
            ent = next((e for e in doc.ents if e.start == i), None)
            if ent is not None:
                return [ent.root]
    return []


@dataclass
class _Sides:
    """The people around one trigger: the parse's subject, objects and passive agents, and the named persons
    (PERSON / REF entities) each of them stands for."""

    subj: Token | None
    objs: list[Token]
    agents: list[Token]
    subj_persons: list[Span]
    obj_persons: list[Span]
    agent_persons: list[Span]
    named: list[Span]  # every named side, subject first
    place_visit: bool  # "visited the mausoleum of X": the object is a place or a thing
    named_things: list[Token]  # proper-noun objects of a place visit, maybe persons named earlier
    discussed_by_group: bool = False  # "the two chiefs discussed X" (`_topic_verb_sides`)


def _sitting_of_their_own(noun: Token) -> bool:
    """ "decided to convene a session of their staffs": a sitting of the sides' own people, not of the sides; so is
    the sitting of a body they agreed to hold ("agreed to hold the first meeting of the joint working group")."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if (
        verb is not None
        and _attended_by_the_sides(noun) is None  # "... of the security group, to be attended by both chiefs"
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in ("agree", "decide")
        and any(
            obj.dep_ == "pobj" and obj.lemma_.lower() in cues()["sitting_bodies"] | {"group"}
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
        )
    ):
        return True
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and obj.dep_ == "pobj"
        and obj.tag_ == "NNS"
        and any(ch.dep_ == "poss" and ch.pos_ == "PRON" for ch in obj.children)
        for prep in noun.children
        for obj in prep.children
    )


def _trigger_frame(
    sent: Span, sent_idx: int, trigger: Token, noun: Token | None, persons: list[Span], alone: bool, common: dict
) -> dict | None:
    """The frame one trigger gives: a join or lead frame, a meeting, or None when it reports no encounter."""
    if _invited(trigger):
        return _accepted_invitation(sent, sent_idx, trigger, persons, common)
    if noun is not None and _sitting_of_their_own(noun):
        return None
    if leaders := _sides_led(trigger):
        # "The Indonesian side was led by X and the Japanese side by Y": the leaders of the two sides met
        return _people_frame("meeting", sent, sent_idx, trigger, leaders, common)
    sides = _sides(trigger, noun, persons)
    if sides is None:
        return None
    present = [p for p in persons if not _blocked(p.root) and not _press_person(p) and not _owns_a_post(p.root)]
    attendance = _attendance_kind(trigger)
    chairs = {p.root for p in sides.subj_persons} | set(_bare_names(sides.subj))
    if attendance == "attending" and trigger.lemma_.lower() == "chair" and len(chairs) >= 2:
        attendance = None  # "A and B co-chaired the talks": the chairs meet each other (a bare surname too)
    negated = trigger.children if not _on_copula(trigger) else [*trigger.children, *trigger.head.children]
    if attendance is not None and any(c.dep_ == "neg" for c in negated):
        # "X did not join the call but is expected to meet both generals", "X, who was not present at the talks":
        # X was not at it
        return None
    if attendance == "attending" and (copula := _copula_after_presence(trigger)) is not None:
        # "Also present accompanying the minister were A and B": present at the sitting, whoever they came with
        present = [p for p in persons if not _blocked(p.root, copula) and not _press_person(p)]
    if attendance is not None:
        return _attendance_frame(attendance, sent, sent_idx, trigger, sides, present, common)
    return _meeting_frame(sent, sent_idx, trigger, noun, persons, sides, present, alone, common)


def _sides(trigger: Token, noun: Token | None, persons: list[Span]) -> _Sides | None:
    """Who stands on each side of the trigger; None for a topic verb that tells no meeting ("the sides
    discussed X")."""
    subj, objs, agents = _roles(trigger, noun)
    subj = _delegation_of_it(trigger, subj)
    place_visit = _place_visit(trigger, noun, objs, persons)
    # "received Varga": a bare name the model took for a place or body may be a person named earlier
    # (only the trigger's own object: "hosted a dinner for visiting X" keeps X)
    named_things = (
        [o for o in objs if o.dep_ == "dobj" and o.head == trigger and o.pos_ == "PROPN"] if place_visit else []
    )
    if place_visit:
        objs = [o for o in objs if o.dep_ != "dobj" or o.head != trigger]
    obj_persons = [p for o in objs for p in _role_persons(o, persons)]
    if not obj_persons and _main_verb_read_as_clause(trigger):
        # the same parse may hang the object's name on the root noun: the people after the verb, in its clause
        clauses = [t for t in trigger.sent if t.dep_ in ("relcl", "advcl") and t.i > trigger.i]
        obj_persons = [p for p in persons if p.start > trigger.i and not any(p.root in c.subtree for c in clauses)]
    if not obj_persons:
        # "to hold talks with the Indian Chief of the Army Staff, General X, and call on ...": the name after the
        # post, which the parser hung elsewhere
        # (the post a title, "to meet the Commissioner of Police, Mr X": the parser hung X on the main verb)
        obj_persons = _named_after_post([o for o in objs if _stands_for_person(o) or o.ent_type_ == "TITLE"], persons)
    if obj_persons:
        # a list the parser broke off after its second item ("with A, Deputy Commander B, Chief of Staff C.")
        last = max(obj_persons, key=lambda p: p.start)
        obj_persons += [p for p in _listed_after(last, persons) if p not in obj_persons]
        obj_persons = [p for p in obj_persons if not _said_by(p)]
    agent_persons = [p for a in agents for p in _role_persons(a, persons)]
    if not agent_persons:
        agent_persons = _named_after_post(agents, persons)
    subj_persons = _subject_persons(trigger, noun, subj, persons, obj_persons)
    # "his Bangladeshi counterpart, General X": the reference is X, named beside it
    named_as = {p: _named_refs(p, persons) for p in persons if p.label_ == "REF"}
    subj_persons, agent_persons, obj_persons = (
        list(dict.fromkeys(q for p in side for q in (named_as.get(p) or [p])))
        for side in (subj_persons, agent_persons, obj_persons)
    )
    named = list(dict.fromkeys([*subj_persons, *agent_persons, *obj_persons]))
    # "his counterparts from A and B, X and Y": a plural reference whose people are named under it is them
    spelled = [
        p
        for p in named
        if p.label_ == "REF"
        and p.root.tag_ in ("NNS", "NNPS")
        and any(q.label_ == "PERSON" and p.root in q.root.ancestors for q in named)
    ]
    if spelled:
        named = [p for p in named if p not in spelled]
        subj_persons, agent_persons, obj_persons = (
            [p for p in side if p not in spelled] for side in (subj_persons, agent_persons, obj_persons)
        )
    bare_names = [o for o in named_things if o.text[:1].isupper() and not any(ch.dep_ == "det" for ch in o.children)]
    together = len(subj_persons) >= 2 or subj is not None and any(ch.dep_ == "conj" for ch in subj.children)
    if place_visit and not obj_persons and not agent_persons and not bare_names and subj_persons and together:
        return None  # "A and B visited the naval base": a tour they made together, no meeting of the two
    if (
        _group(subj)
        and not obj_persons
        and not agent_persons
        and trigger.lemma_.lower() in cues()["visit_verbs"]
        and (place_visit or any(o.dep_ == "dobj" and o.head == trigger for o in objs))
    ):
        return None  # "The ministers visited the shipyard": the sides on a tour together, no meeting
    if trigger.lemma_.lower() in cues()["speech_verbs"] and noun is None and together and not obj_persons:
        return None  # "A and B addressed the opening panel": speakers before an audience, no sitting of theirs
    sides = _Sides(subj, objs, agents, subj_persons, obj_persons, agent_persons, named, place_visit, named_things)
    c = cues()
    if (
        (trigger.lemma_.lower() in c["topic_verbs"] or trigger.lemma_.lower() in c["exchange_verbs"])
        and noun is None
        and len(subj_persons) < 2
    ):
        return _topic_verb_sides(trigger, sides, persons)
    return sides


def _place_visit(trigger: Token, noun: Token | None, objs: list[Token], persons: list[Span]) -> bool:
    """ "visited the mausoleum of X", "received the Order of Y from X": the object is a place or a thing."""
    c = cues()
    titles = c["role_words"]
    return (
        trigger.lemma_.lower() in c["visit_or_host_verbs"]
        and noun is None
        and any(
            o.dep_ == "dobj"
            and o.head == trigger
            and (
                (
                    o.ent_type_ not in PARTICIPANT_LABELS
                    and o.ent_type_ not in ("TITLE", "RANK")  # "received Japan's Vice-Minister ..., X": a post's word
                    and o.lemma_.lower() not in titles
                    # "travelled to X, where the President received her": the traveller the clause hangs on
                    and not (o.lower_ in rules()["pronouns"] and trigger.dep_ == "relcl")
                    and o.lemma_.lower() not in c["meeting_nouns"]
                    and not _role_persons(o, persons)
                )
                # "visited X, the mausoleum of ...": X is a place whatever its tag (an apposition right after it,
                # not a noun the parser hung on it after a clause: "received X, with whom he discussed A, the B")
                or any(
                    ch.dep_ == "appos"
                    and ch.pos_ == "NOUN"
                    and ch.lemma_.lower() not in titles
                    # "received his counterpart X-Y": a guest's name the tagger read as a common noun is no place
                    and ch.ent_type_ != "PERSON"
                    and ch.left_edge.i <= o.i + 2
                    for ch in o.children
                )
                # "received X, the vice-president of Y": the parser split the post at its hyphen into appositions
                and not any(ch.dep_ == "appos" and ch.lemma_.lower() in titles for ch in o.children)
            )
            for o in objs
        )
    )


def _subject_persons(
    trigger: Token, noun: Token | None, subj: Token | None, persons: list[Span], obj_persons: list[Span]
) -> list[Span]:
    """The named persons on the subject side of the trigger."""
    # the parser sometimes splits a long title from its name into two subjects
    reported = subj is not None and subj == _reported_subject(trigger)
    subjects = (
        []
        if subj is None
        else [subj]
        # "dobj": the guest of a "Visiting X was received" clause; "ROOT": the noun of a sentence whose verb the
        # parser hung on it (`_main_verb_read_as_clause`); "pobj": the traveller of "a visit by X to meet Y"
        # (`_visit_purpose_subject`); `reported`: the same parse under a report verb, whose other subject ("X, ...,
        # called on Y, an official said": Y) is no subject of the meeting; a name read as a verb
        # (`_name_right_before`)
        if subj.dep_ in ("poss", "dobj", "ROOT", "pobj") or reported or subj == _name_right_before(trigger)
        else [t for t in subj.head.children if t.dep_ in ("nsubj", "nsubjpass")]
    )
    subj_persons = list(dict.fromkeys(p for s in subjects for p in _role_persons(s, persons)))
    if subj is not None and (subj.dep_ == "ROOT" or reported):
        subj_persons = [p for p in subj_persons if p.end <= trigger.i]  # the root's subtree runs past the verb
    if not subj_persons and subj is None and trigger.ent_type_ in PARTICIPANT_LABELS:
        # a caption with no verb ("X with A and B"): the name it is about (`_caption_trigger`)
        subj_persons = [p for p in persons if p.start <= trigger.i < p.end]
    if not subj_persons and subj is not None and subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        # "X, who met Y last month, on Friday opened a shipyard with Z": "who" is X, and Z is in another clause
        subj_persons = [p for p in _role_persons(subj.head.head, persons) if p not in obj_persons]
    if (
        not subj_persons
        and (subj is None or subj.dep_ == "csubj" or subj.tag_ == "VBG")
        and noun is not trigger
        and not _is_passive(trigger)
    ):
        # "Visiting Army Chief General X paid a visit to ...": the parse found no nominal subject
        before = [
            p
            for p in persons
            if p.end <= trigger.i
            # (a name read as the object of its own post's "of" is no object: "Visiting Chief of the Staff General X")
            and (p.root.dep_ != "pobj" or _post_headed(p.root) != p.root)
            and p not in obj_persons
            and not _blocked(p.root)
        ]
        # a name first; else a reference ("On arrival, the admiral called on X" with "called" parsed as a modifier)
        subj_persons = [p for p in before if p.label_ == "PERSON"][-1:] or before[-1:]
    if (
        subj is not None
        and subj.lower_ in rules()["subject_pronouns"]
        and not subj_persons
        and trigger.dep_ in ("relcl", "advcl", "conj")
    ):
        subj_persons = _clause_subject_persons(trigger, subj, persons, obj_persons)
    if subj is not None and subj.tag_ == "WP" and not subj_persons and trigger.dep_ == "relcl":
        # "General X, who also met Y, said ...": the person the clause is about
        subj_persons = [p for p in _role_persons(trigger.head, persons) if p not in obj_persons]
    return subj_persons


def _delegation_of_it(trigger: Token, subj: Token | None) -> Token | None:
    """ "The delegation visited the academy, where it was received by X": "it" is the delegation the clause hangs
    on (the subject of the clause's main verb, a delegation noun); any other subject is kept."""
    if subj is None or subj.lower_ != "it" or trigger.dep_ not in ("relcl", "advcl", "conj"):
        return subj
    main = _main_clause_verb(trigger)
    main_subj = _subject(main) if main is not None else None
    delegation = main_subj is not None and main_subj.lemma_.lower() in cues()["delegation_nouns"]
    return main_subj if delegation else subj


def _main_clause_verb(trigger: Token) -> Token | None:
    """The verb of the clause a subordinate or conjoined trigger hangs on, or None for a main verb."""
    main = trigger.head
    while main.pos_ not in ("VERB", "AUX") and main.head != main:
        main = main.head
    return main if main != trigger else None


def _clause_bare_subject(trigger: Token, sides: _Sides) -> Token | None:
    """The bare surname (no person entity) that is the subject of the clause a "he"/"she" subject's clause hangs on
    ("Kalem visited X, where he met Y", "Kalem will fly on to X, where he is due to meet Y"), else None."""
    subj, clause = sides.subj, trigger
    while clause.dep_ == "xcomp" and clause.head is not clause:
        clause = clause.head  # "where he is scheduled to meet Y": the clause is the one of "scheduled"
    if (
        subj is None
        or subj.lower_ not in ("he", "she")
        or sides.subj_persons
        or clause.dep_ not in ("relcl", "advcl")  # "X said ... and that he would meet Y": "he" goes on as before
        or (main := _main_clause_verb(clause)) is None
    ):
        return None
    return next(iter(_bare_names(_subject(main))), None)


def _clause_subject_persons(trigger: Token, pronoun: Token, persons: list[Span], obj_persons: list[Span]) -> list[Span]:
    """ "arrived in Lisbon with X, where they met A and B": the people of the clause the trigger hangs on."""
    main = _main_clause_verb(trigger)
    main_subj = _subject(main) if main is not None else None
    if main_subj is None:
        return []
    subj_persons = _role_persons(main_subj, persons)
    if pronoun.lower_ == "they":
        subj_persons += [p for w in _prep_objects(main, {"with"}) for p in _role_persons(w, persons)]
    return [p for p in dict.fromkeys(subj_persons) if p not in obj_persons]


def _topic_verb_sides(trigger: Token, sides: _Sides, persons: list[Span]) -> _Sides | None:
    """ "X discussed border security with Y" is a meeting (the parse may hang "with Y" on the object); "the sides
    discussed X" only adds topics (None)."""
    with_persons = [
        p
        for o in trigger.children
        if o.dep_ == "dobj"
        for w in _prep_objects(o, {"with"})
        for p in _role_persons(w, persons)
    ]
    subj_persons = sides.subj_persons
    # "to discuss President Y's visit": a person owning the topic is talked about, not talked with
    obj_persons = [p for p in sides.obj_persons if p.root.dep_ != "poss"]
    if trigger.lemma_.lower() in cues()["speech_verbs"]:
        # "addressed the cadets", "addressed a seminar attended by Y": an audience, not a side; "with Y" is one
        obj_persons = [p for p in obj_persons if any(a.lower_ == "with" for a in p.root.ancestors)]
    # "X said he had discussed the issues with Y": a pronoun subject stands for a person named before
    pronoun = sides.subj is not None and sides.subj.lower_ in rules()["pronouns"] and bool(with_persons or obj_persons)
    if sides.subj is not None and sides.subj.lower_ in rules()["subject_pronouns"] and subj_persons:
        return sides  # "He and X discussed Y": the one "he" stands for and X, joined as subjects
    if (
        not subj_persons
        and not with_persons
        and ("group_size" in _group_count(sides.subj) or _group(sides.subj) and _in_a_call(trigger))
    ):
        # "X arrived at the invitation of Y. The two chiefs discussed Z": the counted sides sat together; relate
        # keeps it only where no meeting was told before (after one, it is that meeting's topics, unless this was
        # a call and that was not: "the ministers discussed Z in a phone call")
        sides.discussed_by_group = True
        return sides
    if not pronoun and not (
        subj_persons and (with_persons or any(p in obj_persons for p in persons if p not in subj_persons))
    ):
        return None
    sides.obj_persons = list(dict.fromkeys([*obj_persons, *with_persons]))
    kept = [p for p in sides.named if p in subj_persons or p in obj_persons or p in sides.agent_persons]
    sides.named = list(dict.fromkeys([*kept, *with_persons]))
    return sides


def _staff_of_the_sides(subj: Token | None) -> bool:
    """ "Officials from both countries", "officers of the two navies": a plural of staff (cues staff_nouns) drawn from
    the sides' countries or bodies told as a plural, people of theirs, not the sides ("officers of A and B", the
    countries named, are the sides)."""
    return (
        subj is not None
        and subj.tag_ in ("NNS", "NNPS")
        and subj.lemma_.lower() in cues()["staff_nouns"]
        and any(
            p.dep_ == "prep" and p.lower_ in ("from", "of") and o.dep_ == "pobj" and o.tag_ == "NNS"
            for p in subj.children
            for o in p.children
        )
    )


def _sitting_of_others(noun: Token | None) -> bool:
    """ "a meeting of military experts": a sitting whose people are a plural of no post or role of the sides."""
    roles = cues()["role_words"]
    return noun is not None and any(
        o.tag_ in ("NNS", "NNPS") and o.lemma_.lower() not in roles and o.ent_type_ not in PARTICIPANT_LABELS
        for o in _prep_objects(noun, {"of"})
    )


def _reacted_to_a_thing(trigger: Token) -> bool:
    """ "welcomed the progress", "praised the work": a reaction verb whose object is no person or people."""
    c = cues()
    return trigger.lemma_.lower() in c["reaction_verbs"] and any(
        ch.dep_ == "dobj" and ch.ent_type_ not in PARTICIPANT_LABELS and ch.lemma_.lower() not in c["role_words"]
        for ch in trigger.children
    )


def _in_a_call(trigger: Token) -> bool:
    """ "discussed X in a telephone conversation", "by phone", "during a video call": the verb's own call (the
    parse may hang it on the verb's object)."""
    words = cues()["remote_words"]
    heads = [trigger, *(ch for ch in trigger.children if ch.dep_ == "dobj")]
    return any(
        obj.dep_ == "pobj" and (obj.lower_ in words or any(ch.lower_ in words for ch in obj.children))
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep"
        for obj in prep.children
    )


def _mediated(tok: Token) -> bool:
    """ "A met B under the mediation of X": a meeting X mediated, at it."""
    return tok.lower_ in cues()["mediation_nouns"] and tok.dep_ == "pobj" and tok.head.lower_ == "under"


def _sitting_held_in_presence(tok: Token) -> bool:
    """ "The talks, held in the presence of the Ambassador, X, reviewed ...", "The meeting was held (took place) in
    the presence of X", "the committee held its session under the chairmanship of X": a sitting held with X present
    (not a signing or a ceremony held so)."""
    if tok.dep_ != "pobj" or not (
        tok.lemma_.lower() in cues()["attendance_nouns"]
        and tok.head.lower_ == "in"
        or tok.lower_ in cues()["chair_nouns"]
        and tok.head.lower_ == "under"
    ):
        return False
    held = tok.head.head
    if held.lemma_.lower() in cues()["convene_verbs"]:
        # "The Council of Ministers of X met on Tuesday under the chairmanship of Y": the body sat, Y chaired it;
        # "The Joint Commission met yesterday in the presence of Y": Y sat with it
        body = next((ch for ch in held.children if ch.dep_ == "nsubj"), None)
        return body is not None and (
            body.ent_type_ == "ORG"
            or body.text in entities.body_heads()
            or body.lower_ in cues()["sitting_bodies"]  # "The committee met under the chairmanship of X"
            or _sitting_noun(body)
            or _group(body)
        )
    if held.lemma_.lower() == "hold":
        sitting = (
            held.head
            if held.dep_ == "acl"
            else next((ch for ch in held.children if ch.dep_ in ("nsubjpass", "dobj")), None)
        )
    elif _occurs(held):  # "The audience took place ... in the presence of X"
        sitting = next((ch for ch in held.children if ch.dep_ == "nsubj"), None)
    else:
        return False
    return sitting is not None and _sitting_noun(sitting)


def _attendance_kind(trigger: Token) -> str | None:
    """ "attending" (someone at the sitting), "leading" (the leader of a delegation), "joined" ("the meeting was
    attended by X"), or None for a trigger that reports a meeting of its own."""
    if _attending(trigger):
        return "attending"
    if _leading(trigger):
        return "leading"
    if trigger.lemma_.lower() in cues()["join_verbs"] and _is_passive(trigger):
        return "joined"
    if _hosted_sitting(trigger):
        return "joined"
    return None


def _on_a_side(verb: Token) -> bool:
    """ "On the Velkan side, ...": a clause told of one side of a sitting."""
    return any(
        p.lower_ == "on" and any(o.dep_ == "pobj" and o.lemma_.lower() == "side" for o in p.children)
        for p in verb.children
        if p.dep_ == "prep"
    )


def _hosted_sitting(trigger: Token) -> bool:
    """ "The meeting was hosted by X": the sitting told before had X at it, hosting it."""
    return (
        trigger.lemma_.lower() == "host"
        and _is_passive(trigger)
        and any(ch.dep_ == "nsubjpass" and _sitting_noun(ch) for ch in trigger.children)
    )


def _attendance_frame(
    kind: str, sent: Span, sent_idx: int, trigger: Token, sides: _Sides, present: list[Span], common: dict
) -> dict | None:
    """The join or lead frame of an attendance trigger (see `_attendance_kind`), or None when it names nobody
    at a meeting."""
    if kind == "attending":
        side = (
            _representatives(trigger, present)
            if _represented_at_sitting(trigger)
            else sides.obj_persons
            if trigger.lemma_.lower() == "include"
            else [p for p in present if trigger in p.root.ancestors]
            or _named_after_post(_prep_objects(trigger, {"of"}), present)
            if _sitting_held_in_presence(trigger) or _mediated(trigger)
            else _attendees(trigger, sides, present)
        )
        # "attended the talks", "took part in the talks"; "chaired a meeting of the cabinet" is another sitting
        sittings = [ch for ch in trigger.children if ch.dep_ == "dobj"] + _prep_objects(trigger, {"in", "at", "during"})
        # "attended a reception marking X, at which A and B were present": the party the relative clause is at
        relcl = trigger if trigger.dep_ == "relcl" else trigger.head if trigger.head.dep_ == "relcl" else None
        at_which = relcl is not None and any(o.tag_ == "WDT" for o in _prep_objects(relcl, {"at", "during"}))
        above = [a for a in [relcl.head, *relcl.head.ancestors] if a.pos_ == "NOUN"] if at_which else []
        if any(_reception_given(s) for s in [trigger, *sittings, *above]):
            return None  # "A and B were among the guests at the opening reception": a party, no sitting
        told = any(_sitting_noun(o) and not _new_sitting(o) for o in sittings)
        people = [p for p in side if p.label_ == "PERSON"]
        # "which A and Dumont-Vey will co-chair": a surname the model tagged ORG, beside a person
        joined = {c.i for p in people for c in p.root.conjuncts}
        surnames = [
            [e.start_char, e.end_char, e.text]
            for e in sent.ents
            if e.label_ == "ORG" and e.root.i in joined and len(e.text.split()) == 1
        ]
        frame = _people_frame("join", sent, sent_idx, trigger, people, common, meeting_ref=told)
        if frame is not None and (sitting_with := _sitting_with(trigger)):
            frame = {**frame, "sitting_with": sitting_with}
        if frame is not None and (sitting_place := _sitting_place(trigger)):
            frame = {**frame, "sitting_place": sitting_place}
        return {**frame, "surnames": surnames} if frame is not None and surnames else frame
    if kind == "leading":
        side = sides.agent_persons if _is_passive(trigger) else sides.subj_persons
        return _people_frame("lead", sent, sent_idx, trigger, [p for p in side if p.label_ == "PERSON"], common)
    c, subj = cues(), sides.subj
    if subj is not None and subj.tag_ == "WDT" and trigger.dep_ == "relcl":
        subj = _relative_sitting(trigger) or subj  # "a reception for X, which was attended by Y"
    elif subj is not None and subj.tag_ == "WDT" and (sitting := _sitting_before_which(subj)) is not None:
        subj = sitting  # "At the meeting, which was also attended by Y, the two ...": the parser lost the relative
    if subj is not None and _reception_given(subj):
        return None  # "A reception was hosted on board, which was attended by X": a party, no sitting of those told
    meeting_subject = subj is not None and (
        subj.lemma_.lower() in c["meeting_nouns"]
        or subj.lower_ in c["meeting_nouns"]
        or _group(subj)
        or subj.lower_ == "it"
        and _on_a_side(trigger)  # "On the Velkan side, it was attended by X": the sitting
    )
    # "The joint commission was co-chaired by A and B": two who co-chaired a body's session sat together
    co_chaired = trigger.lower_.startswith("co-") and _is_passive(trigger) and len(sides.agent_persons) >= 2
    if trigger.lower_.startswith("co-") and _is_passive(trigger) and not sides.agent_persons:
        # "a meeting of the committee, which was to have been co-chaired by the two ministers in X, was postponed":
        # the sides told before co-chair it
        agents = [o for a in trigger.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if group := next((a for a in agents if _group(a)), None):
            return _people_frame("meeting", sent, sent_idx, trigger, [], common, group=True, **_group_count(group))
    # "The Council, chaired by X, approved ...": X sat in the body's session, which those said to attend it join
    body_chaired = (
        trigger.lemma_.lower() == "chair"
        and trigger.dep_ == "acl"
        and trigger.head.ent_type_ == "ORG"
        and bool(sides.agent_persons)
    )
    if (
        not sides.subj_persons
        and not _bare_names(subj)  # "Velk and Brant were joined by X": the two told before, named by surname
        and not meeting_subject
        and not co_chaired
        and not body_chaired
        and not _joined_at_sitting(trigger, subj)
        and not _clause_of_sitting(trigger)
    ):
        return None  # "the ceremony was attended by X" adds nobody to a meeting
    if _joined_elsewhere(trigger):
        return None  # "X was joined on the visit by Y": Y accompanies X
    if co_chaired and not meeting_subject and (not _clause_of_sitting(trigger) or _bodies_sitting(trigger)):
        return _people_frame("meeting", sent, sent_idx, trigger, sides.agent_persons, common)  # a sitting of its own
    if meeting_subject and trigger.lemma_.lower() == "chair" and not co_chaired and _bodys_sitting(subj):
        return None  # "The meeting of the Council was chaired by X": the body's session, no sitting of those told
    # "Spokesman X said the meeting was attended by Y": X tells of it
    people = list(dict.fromkeys([*sides.named, *(p for p in present if not _reporter_of(trigger, p))]))
    # "the meeting was attended by X": X is at the sitting, whatever ceremony was told in between
    told = meeting_subject and not _group(subj) and _sitting_noun(subj)
    frame = _people_frame("join", sent, sent_idx, trigger, people, common, meeting_ref=told)
    if frame is not None and meeting_subject and (count := _group_count(subj)).get("group_size"):
        # "The two generals were later joined by X": the sitting of those two
        frame = {**frame, "sitting_group_size": count["group_size"], "sitting_group_post": count["group_post"]}
    if frame is not None and _hosted_sitting(trigger) and len(sides.agent_persons) == 1:
        (host,) = sides.agent_persons
        frame["host"] = [host.start_char, host.end_char]
    if (
        frame is not None
        and trigger.dep_ == "advcl"
        and any(ch.dep_ == "mark" and ch.lower_ == "before" for ch in trigger.children)
    ):
        frame["joined_later"] = True  # "A held talks with B before both were joined by C": then a sitting of three
    return frame


def _reporter_of(trigger: Token, person: Span) -> bool:
    """The person is the subject (or the name set off after the subject post) of a report verb the trigger's clause
    is told under ("Spokesman X said the talks were attended by Y")."""
    root = person.root.head if person.root.dep_ == "appos" else person.root
    return (
        root.dep_ == "nsubj" and root.head.lemma_.lower() in cues()["report_verbs"] and root.head in trigger.ancestors
    )


def _attendees(trigger: Token, sides: _Sides, present: list[Span]) -> list[Span]:
    """The people an attendance verb puts at the sitting: its subject, a relative clause's attendee, the names after
    a "be" ("Also in attendance were A and B") or after the sitting of a subjectless verb; after "Also present ...
    were", the names after the "be" come first ("Also present at the meeting were A and B, X added": not X)."""
    after_be = _copula_persons(trigger, present)
    if _copula_after_presence(trigger) is not None and after_be:
        return after_be
    # "accompanied by the Principal Secretary, Dr. A, and the Chief of Staff, General B, who both attended the
    # meeting": the relative pronoun stands for the whole list, attending (not only going along)
    both = []
    if trigger.dep_ == "relcl" and any(ch.lower_ in ("both", "all") for ch in trigger.children):
        named = [e for e in trigger.sent.ents if e.label_ == "PERSON"]
        both = [q for p in sides.subj_persons for q in _listed_with(p, named)]
    return (
        # "X took part, as did Y"; "X was also present, alongside Y"
        sides.subj_persons
        + both
        + _as_did_persons(trigger, present)
        + _alongside(trigger.head if _on_copula(trigger) else trigger, present)
        # "X was also present at the talks, alongside Y": the parser hung "alongside" on the sitting
        + [p for o in _prep_objects(trigger, {"at", "in"}) for p in _alongside(o, present)]
        or _relative_attendees_of(trigger, present)
        or after_be
        or _subjectless_attendees(trigger, present)
    )


def _as_did_persons(verb: Token, persons: list[Span]) -> list[Span]:
    """ "X took part in the session, as did Y": the subject of an "as did" clause on the verb did the same."""
    subjects = [
        g
        for ch in verb.children
        if ch.dep_ == "advcl" and ch.lemma_ == "do" and any(m.dep_ == "mark" and m.lower_ == "as" for m in ch.children)
        for g in ch.children
        if g.dep_ == "nsubj"
    ]
    return [p for p in persons if any(p.root == g or g.is_ancestor(p.root) for g in subjects)]


def _subjectless_attendees(verb: Token, persons: list[Span]) -> list[Span]:
    """ "Also took part in the videoconference the Chief of X, Admiral Y": an attendance verb with no subject, its
    subject written after the sitting it names (Portuguese and Spanish order): the people named after that sitting."""
    # "Taking part were A and B", "Attending were A and B": the participle first, its subjects after the "be"
    if _inverted_participle(verb):
        return [p for p in persons if p.start > _be_after(verb).i]
    if verb.dep_ != "ROOT" or any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in verb.children):
        return []
    # "Also participated of the meeting X" (a translated release): "of" for "in"
    sitting = next((o for o in _prep_objects(verb, {"in", "at", "of"}) if _sitting_noun(o)), None)
    return [] if sitting is None else [p for p in persons if p.start > sitting.i]


def _relative_attendees_of(verb: Token, persons: list[Span]) -> list[Span]:
    """ "..., General X, who attended Y's meeting with Z": the attendee whose relative clause the attendance verb is
    (`_relative_attendees` of the sitting it names)."""
    told = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
    return _relative_attendees(told, persons) if verb.dep_ == "relcl" and told is not None else []


def _clause_of_sitting(trigger: Token) -> bool:
    """ "The joint committee held its fourth meeting in X, co-chaired by A and B": a passive clause on the verb of a
    sitting ("met", "held ... meeting"), whose agents are at that sitting."""
    head = trigger.head
    if trigger.dep_ not in ("advcl", "acl") or head == trigger:
        return False
    if head.ent_type_ in ("GPE", "LOC", "FAC") and head.dep_ == "pobj" and head.head.head.pos_ in ("VERB", "AUX"):
        head = head.head.head  # "The retreat was held in X, chaired by A": the parser hung the clause on the place
    c = cues()
    return (
        head.lemma_.lower() in c["meet_verbs"]
        or _sitting_noun(head)
        or any(ch.dep_ in ("dobj", "nsubjpass") and _sitting_noun(ch) for ch in head.children)
    )


def _bodies_sitting(trigger: Token) -> bool:
    """ "The two staffs held their annual talks, co-chaired by A and B", "The commission met, co-chaired by A and
    B": the sitting the clause is on is held by bodies (its subject a noun that names no person, reference or
    group), so its co-chairs are the sides of a sitting of its own, not attendees of one told before."""
    head = trigger.head
    if _sitting_noun(head) and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head  # "held their talks, co-chaired by": the verb that holds the sitting
    subj = _subject(head) if head.pos_ in ("VERB", "AUX") else None
    return (
        subj is not None
        and subj.pos_ in ("NOUN", "PROPN")
        and subj.ent_type_ not in PARTICIPANT_LABELS
        and subj.lemma_.lower() not in cues()["role_words"]
        and not _group(subj)
    )


def _joined_at_sitting(trigger: Token, subj: Token | None) -> bool:
    """ "He was joined by X", "Y was joined at the meeting by X": a side of the meeting told before, named by a
    pronoun or a bare surname, joined by X at the sitting (GOLD: attendees are participants); not "joined on the
    visit" (members who accompany a leader) nor at another event."""
    if trigger.lemma_.lower() != "join" or subj is None or _joined_elsewhere(trigger):
        return False
    if any(_sitting_noun(o) for o in _prep_objects(trigger, {"at", "in", "during"})):
        return True
    # a bare surname the model may have taken for a body ("Villa was joined by X")
    bare_name = subj.pos_ == "PROPN" and subj.ent_type_ in ("", "ORG") and not any(subj.children)
    return subj.lower_ in rules()["subject_pronouns"] or bare_name


def _joined_elsewhere(trigger: Token) -> bool:
    """ "joined on the visit by X", "joined at the ceremony by X": a trip or another event, not the sitting ("on the
    Nigerian side, the President was joined by X" is)."""
    if trigger.lemma_.lower() != "join":
        return False
    c = cues()
    elsewhere = c["visit_nouns"] | set(c["trip_words"]) | set(c["event_words"]) | set(c["ceremony_words"])
    told = _prep_objects(trigger, {"at", "in", "during", "on", "for"})
    return any(o.pos_ == "NOUN" and (o.lemma_.lower() in elsewhere or o.lower_ in elsewhere) for o in told)


def _sittings_present_at(trigger: Token) -> list[Token]:
    """The objects of "at", "in" and "during" after an attendance word ("was present at the talks": on "was")."""
    holders = [trigger, trigger.head] if _on_copula(trigger) else [trigger]
    return [o for holder in holders for o in _prep_objects(holder, {"at", "in", "during"})]


def _sitting_with(trigger: Token) -> list[str]:
    """ "X was also present at the meeting with the President", "X attended the talks with Y": the texts of the sides
    the sitting is named by."""
    c = cues()
    sittings = [ch for ch in trigger.children if ch.dep_ == "dobj"] + _sittings_present_at(trigger)
    return [
        side.doc[side.left_edge.i : side.right_edge.i + 1].text
        for sitting in sittings
        if sitting.lemma_.lower() in c["meeting_nouns"] or sitting.lower_ in c["meeting_nouns"]
        # "attended the meeting with the minister": "with" on the sitting, or on the verb the parser hung it on
        for side in _prep_objects(sitting, {"with"}) or _prep_objects(trigger, {"with"})
    ]


def _attended_by_the_sides(noun: Token | None) -> Token | None:
    """ "a meeting of the security group in X on May 10, to be attended by both defence chiefs": the group phrase a
    body's sitting names the sides at by, else None."""
    if noun is None:
        return None
    return next(
        (
            o
            for ch in [*noun.children, *noun.head.children]  # on the sitting, or on the verb that holds it
            if ch.dep_ in ("acl", "relcl", "advcl") and ch.lemma_.lower() == "attend"
            for o in _prep_objects(ch, {"by"})
            if _group(o)
        ),
        None,
    )


def _bodys_sitting(noun: Token) -> bool:
    """ "the meeting of the Council", "the session of the Joint Military Commission": a sitting of a body,
    named by an "of" with a body's name."""
    return any(
        o.ent_type_ == "ORG" or o.text in entities.body_heads() or o.text.removesuffix("s") in entities.body_heads()
        for o in _prep_objects(noun, {"of"})
    )


def _sitting_place(trigger: Token) -> str | None:
    """ "X was also present at the Camp Velk talks": the place the sitting is named by (a proper noun before the
    sitting noun, not a person's or a country's name)."""
    return next(
        (
            ch.doc[ch.left_edge.i : ch.i + 1].text
            for sitting in _sittings_present_at(trigger)
            if _sitting_noun(sitting)
            for ch in sitting.children
            if ch.dep_ == "compound"
            and ch.pos_ == "PROPN"
            and ch.ent_type_ in ("FAC", "GPE", "LOC", "ORG")
            and ch.text not in entities.countries()
        ),
        None,
    )


def _people_frame(
    kind: str,
    sent: Span,
    sent_idx: int,
    trigger: Token,
    people: list[Span],
    common: dict,
    meeting_ref: bool = False,
    **group: object,
) -> dict | None:
    """A join or lead frame (or the meeting of people a sentence names); `meeting_ref`: the sentence names the sitting
    they are at ("attended the talks"); `group`: the frame's group fields, for a group that names nobody."""
    if not people and not group:
        return None
    # "A, B and C will attend the meeting": the sitting they gather at is planned
    return _frame(
        kind,
        sent,
        sent_idx,
        trigger,
        [[p.start_char, p.end_char] for p in people],
        status=_status(sent, trigger),
        mode=_mode(sent, trigger, None),
        meeting_ref=meeting_ref,
        **group,
        **common,
    )


def _antecedent(pron: Token, before: list[Span]) -> Span | None:
    """The person a pronoun side stands for: the first named before it; for an object pronoun the nearest object
    before it ("A held talks with B, and C met with him": him is B)."""
    if pron.dep_ in ("dobj", "pobj", "dative"):
        objects = [p for p in before if p.root.dep_ in ("dobj", "pobj", "dative")]
        if objects:
            return objects[-1]
        return next(iter(before), None)
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == pron.lower_ for t in pron.doc[pron.sent.start : pron.i]):
        return None  # "He called on A, and on Friday he is to meet B": the second "he" is the first, not A
    if pron.i > pron.sent.start and pron.doc[pron.i - 1].lower_ == "where":
        # "informed Y about the upcoming visit of X to Z, where he is to meet W": he is the traveller, named after the
        # visit (not the one who told of it)
        trip = cues()["trip_words"]
        visit = next(
            (t for t in pron.doc[pron.sent.start : pron.i] if t.pos_ == "NOUN" and t.lemma_.lower() in trip), None
        )
        traveller = next((p for p in before if visit is not None and p.start > visit.i), None)
        if traveller is not None:
            return traveller
    # "In his meeting with A, ..., while his meeting with B ...": one met "with" is no subject of the next sitting
    return next((p for p in before if not (p.root.dep_ == "pobj" and p.root.head.lower_ in ("with", "between"))), None)


def _unnamed_group_meets_each(trigger: Token, sides: _Sides, group: bool) -> bool:
    """A headline "US lawmakers meet Minister X, President Y": a plural subject naming nobody met each of the people
    listed, who did not meet one another."""
    subj = sides.subj
    return (
        subj is not None
        and not group
        and subj.tag_ == "NNS"
        and not sides.subj_persons
        and not any(t.ent_type_ in ("PERSON", "REF") for t in subj.subtree)
        and len(sides.obj_persons) >= 2
        and _present(trigger, None)
    )


def _sitting_of_three(noun: Token | None) -> bool:
    """A sitting noun that says three or more sit at it ("a trilateral meeting")."""
    return _sitting_count(noun).get("group_size", 0) >= 3


def _sitting_count(noun: Token | None) -> dict:
    """ "a trilateral meeting": how many sit at it, as `_group_count` tells it (models/meetings/cues.json
    `sitting_sizes`, the fewest of a range)."""
    sizes = cues()["sitting_sizes"]
    words = [ch.lower_ for ch in noun.children if ch.lower_ in sizes] if noun is not None else []
    return {"group_size": sizes[words[0]][0]} if words else {}


def _meeting_frame(
    sent: Span,
    sent_idx: int,
    trigger: Token,
    noun: Token | None,
    persons: list[Span],
    sides: _Sides,
    present: list[Span],
    alone: bool,
    common: dict,
) -> dict | None:
    """The meeting frame of a trigger, or None when the sentence tells no encounter with two sides."""
    confidence = rules()["confidence"]
    refs, surnames = _unnamed_participants(sent, trigger, sides)
    named = sides.named
    group = (
        _group(sides.subj)
        and _told_group(sides.subj)
        or any(
            _group(o) and (_determined(o) or noun is None or noun.tag_ != "NNS") and not _members_of_a_body(o)
            for o in sides.objs
            if o.dep_ == "pobj" and (o.head.lower_ == "of" or o.head.lower_ == "between" and _not_reacted_to(noun))
        )
        or _they_met(trigger, sides)
    )
    if len(named) == 1 and _sitting_of_three(noun) and sides.subj is None and alone and len(present) >= 3:
        # "In Zorgrad, A, Minister of X B and President of Y C had a trilateral meeting": the parser hung the
        # subjects on the place, so the sitting's people are the sentence's
        named = sides.named = present
    # "A trilateral meeting with X has been postponed" after A met B: the sides told before and X
    group = group or len(named) == 1 and _sitting_of_three(noun)
    group = group or not named and _attended_by_the_sides(noun) is not None  # "..., to be attended by both chiefs"
    group_object = not group and _group_object(trigger, sides)
    if not group and not group_object and (unnamed := _unnamed_counterparts(trigger, sides)) is not None:
        group_object = True  # the counterparts come in a later sentence, not as a reference to guess
        named = sides.named = [p for p in named if p.root != unnamed]
    group = group or group_object
    if _no_encounter(sent, trigger, noun, group and not named) or _unnamed_group_meets_each(trigger, sides, group):
        return None
    if group and not named and _staff_of_the_sides(sides.subj):
        return None  # "Officials from both countries are expected to meet in X": others of theirs will meet
    score = confidence["named_sides"]
    delegation = _with_a_delegation(named, refs, surnames, group, sides, persons)
    # "X was the first to present his credentials": one side; relate finds who received them
    credentials = (
        trigger.lemma_.lower() in cues()["credential_verbs"]
        and len(named) == 1
        and named[0].label_ == "PERSON"
        and not any(c.tag_ == "WRB" for c in trigger.children)  # "last met in May, when X presented his credentials"
    )
    if _too_few(named, refs, surnames, group or credentials, delegation):
        if not _roles_missed(trigger, sides, present, alone):
            return None
        named = sides.named = present  # the parse missed the roles; the sentence has one meeting and its people
        score = confidence["roles_missed"]
    for pron in [t for t in refs if t.lower_ in rules()["first_person"]]:
        if (speaker := _speaker(pron, persons)) is not None and speaker not in named:
            named.insert(0, speaker)  # "I met X last week," Y said
            refs.remove(pron)
    for pron in [t for t in refs if t.lower_ in rules()["pronouns"]]:
        antecedent = _antecedent(pron, [p for p in present if p.end <= pron.i and p not in named])
        if antecedent is None and pron.dep_ in ("dobj", "pobj", "dative"):
            # "At the invitation of X, Y visited Z and held talks with him": him is X, whom "invitation" hid
            antecedent = _antecedent(pron, [p for p in persons if p.end <= pron.i and p not in named and _inviter(p)])
        if antecedent is not None:
            named.insert(0, antecedent)
            refs.remove(pron)
            if pron == sides.subj and not sides.subj_persons:
                # "X said ... when he received a courtesy call from Y": X is the subject side (the host of "received")
                sides.subj_persons.append(antecedent)
        elif pron == sides.subj and (bare := _bare_subject_above(pron)) is not None:
            # "Brant also visited the building, where he met Y": he is the bare surname the clause above has
            refs.remove(pron)
            surnames.append(bare)
        elif pron == sides.subj and (above := _reference_subject_above(pron)) is not None:
            refs[refs.index(pron)] = above  # "our Minister ..., where he will meet Y": he is our Minister
    if _too_few(named, refs, surnames, group or credentials, delegation):
        return None
    named += [p for p in _relative_attendees(noun or trigger, persons) if p not in named]
    if len(named) >= 2:
        # "X received Y alongside the Adviser, Z": Z sits with a side (beside an unnamed delegation met, Z is only
        # an attendee of that sitting, never the other side)
        named += [p for p in _alongside(trigger, persons) if p not in named]
    convener = _convener(trigger, persons, named) if group else None
    if convener is not None:
        named.append(convener)  # "The Nordic ministers will meet in Oslo at the invitation of X": X hosts them
    # "..., involving Brantova, Defense Minister X, Y and Z": a bare surname listed with the people named
    surnames += [t for t in dict.fromkeys(t for p in named for t in _bare_names(p.root)) if t not in surnames]
    surnames += [t for t in _bare_names_in_the_list(named) if t not in surnames]
    people = _MeetingPeople(named, refs, surnames, bool(group), delegation, convener)
    frame = _meeting_fields(sent, sent_idx, trigger, noun, sides, people, score, common)
    if group_object and len(named) == 1:
        frame["group_object"] = True
    if sides.discussed_by_group:
        frame["group_discussed"] = True
    if size := _sitting_count(noun).get("group_size"):
        frame["sitting_size"] = size  # "a trilateral meeting"
    return frame


def _group_object(trigger: Token, sides: _Sides) -> bool:
    """ "X hosted the commanders of the A and B navies", "X received the Togolese and Beninese chiefs": one named
    side met the holders of one post in two or more countries or bodies, not named; they come in a later sentence
    ("The meeting brought together Y and Z")."""
    if not sides.subj_persons or sides.obj_persons:
        return False
    for obj in dict.fromkeys([*sides.objs, *(c for c in trigger.children if c.dep_ == "dobj")]):
        if obj.dep_ not in ("dobj", "pobj") or obj.tag_ not in ("NNS", "NNPS") or not _group(obj):
            continue
        if obj.lemma_.lower() not in cues()["group_object_posts"]:
            continue  # "held talks with senior officials of X": a delegation whose leader a later sentence names
        if sum(t.ent_iob_ == "B" and t.ent_type_ in ("NORP", "GPE", "ORG") for t in obj.subtree) >= 2:
            return True
    return False


def _unnamed_counterparts(trigger: Token, sides: _Sides) -> Token | None:
    """ "X hosted his Nordic counterparts in Oslo": counterparts of a region (or of no place said) a host received,
    whom a later sentence names ("Attending the meeting were A, B and C"); the object, else None."""
    if trigger.lemma_.lower() not in cues()["host_verbs"] or not sides.subj_persons:
        return None
    _, countries, demonyms = places()
    return next(
        (
            obj
            for obj in sides.objs
            if obj.dep_ == "dobj"
            and obj.tag_ in ("NNS", "NNPS")
            and obj.lower_ in cues()["counterpart_words"]
            and not any(t.text.casefold() in countries or t.text.casefold() in demonyms for t in obj.subtree)
        ),
        None,
    )


@dataclass
class _MeetingPeople:
    named: list[Span]
    refs: list[Token]
    surnames: list[Token]
    group: bool
    delegation: bool
    convener: Span | None = None  # who invited a group to its sitting (its host)


def _subject_above(pron: Token) -> Token | None:
    """The subject, before the pronoun, of the clause the pronoun's clause hangs on ("X visited the building, where
    he met Y"; "X said he will travel to Z to meet Y")."""
    if pron.head.dep_ not in ("relcl", "advcl", "conj", "ccomp"):
        return None
    for verb in pron.head.ancestors:
        subjects = (
            [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.pos_ in ("VERB", "AUX") else []
        )
        if subjects:
            return subjects[0] if subjects[0].i < pron.i else None
    return None


def _bare_subject_above(pron: Token) -> Token | None:
    """ "Brant also visited the building, where he met Y", "Brant said she will travel to X to meet Y": the subject
    above is a bare name (a surname the model did not tag, or tagged as a body: `_bare_names`)."""
    subj = _subject_above(pron)
    return subj if subj is not None and subj in _bare_names(subj) else None


def _reference_subject_above(pron: Token) -> Token | None:
    """ "Our Minister is to visit X next week, where he will meet Y": the subject above is a reference (a post with
    no name), which he stands for."""
    subj = _subject_above(pron)
    return subj if subj is not None and subj.lower_ not in rules()["pronouns"] and _ref_nouns(subj) == [subj] else None


def _inviter(person: Span) -> bool:
    """ "at the invitation of X": X invited the guest (and is the host a later "him" stands for)."""
    return any(a.lemma_.lower() in cues()["invitation_nouns"] for a in person.root.ancestors)


def _alongside(trigger: Token, persons: list[Span]) -> list[Span]:
    """The persons after "alongside" on the meeting verb ("alongside the National Security Adviser, X")."""
    alongside = set(cues()["alongside_preps"])
    return [p for o in _prep_objects(trigger, alongside) for p in _role_persons(o, persons) if p.label_ == "PERSON"]


def _convener(trigger: Token, persons: list[Span], named: list[Span]) -> Span | None:
    """The person after "at the invitation of" on the verb of a group's meeting, not already a side."""
    invited = [o for o in _prep_objects(trigger, {"at", "on"}) if o.lemma_.lower() in cues()["invitation_nouns"]]
    return next(
        (
            p
            for invitation in invited
            for of in _prep_objects(invitation, {"of"})
            for p in _role_persons(of, persons)
            if p.label_ == "PERSON" and p not in named
        ),
        None,
    )


def _they_met(trigger: Token, sides: _Sides) -> bool:
    """ "they (had) met in Astana on July 4": "they" with a meeting verb stands for the sides told before, as "the
    two" does; "They will meet X in Washington in July" after A met B: the two, who meet X too."""
    if not (
        sides.subj is not None
        and sides.subj.lower_ == "they"
        and not sides.subj_persons
        and trigger.lemma_.lower() in cues()["meet_verbs"]
    ):
        return False
    return bool(sides.obj_persons) or (
        # "on May 4", "on the margins of the summit" are nobody
        all(
            o.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or o.lower_ in cues()["sideline_words"]
            for o in sides.objs
        )
        # "they welcomed the houses": a thing welcomed (taken off the objects as a place visited) is no sitting
        and not any(ch.dep_ == "dobj" and ch.pos_ == "NOUN" and not ch.ent_type_ for ch in trigger.children)
    )


def _with_a_delegation(named, refs, surnames, group, sides: _Sides, persons: list[Span]) -> bool:
    """One named person meets an unnamed delegation (its leader may be named in a later sentence)."""
    return bool(
        len(named) == 1
        and not refs
        and not surnames
        and not group
        and not sides.place_visit
        and _delegation_object(sides.objs, persons)
        and named[0] in sides.subj_persons
    )


def _too_few(named, refs, surnames, group, delegation) -> bool:
    return len(named) < 2 and not group and not delegation and len(named) + len(refs) + len(surnames) < 2


def _roles_missed(trigger: Token, sides: _Sides, present: list[Span], alone: bool) -> bool:
    """The parse missed the roles of a sentence that has one meeting and two people or more; not when the trigger's
    own object is no person ("spoke to reporters after X left": the others are elsewhere), nor its subject a body."""
    c = cues()
    # "held talks on Tuesday morning": a time of day is when, no thing acted on; "on the sidelines of" is where;
    # "hosted the Minister Delegate in charge of Defence, X": a word of a post is someone's
    thing_object = any(
        o.pos_ == "NOUN"
        and o.ent_type_ not in PARTICIPANT_LABELS
        and o.ent_type_ not in ("DATE", "TIME", "TITLE", "RANK")
        and o.lower_ not in c["sideline_words"]
        and o.lemma_.lower() not in c["role_words"]
        and not _sitting_noun(o)
        for o in sides.objs
    )
    # "..., and the Ministry of Foreign Affairs has summoned X": a body is the subject; the people of the other
    # clause are not its sides
    body_subject = sides.subj is not None and sides.subj.ent_type_ == "ORG" and not sides.subj_persons
    return (
        len(present) >= 2
        and alone
        and not sides.place_visit
        and trigger.lemma_.lower() not in c["call_verbs"]
        and not thing_object
        and not body_subject
    )


def _group_size(sides: _Sides, noun: Token | None) -> dict:
    """How many a group frame's people are and their post: as its subject says ("the three ministers"), else its
    sitting noun ("a trilateral meeting"), else the group said to attend it ("to be attended by both chiefs") or to
    be its sides ("a meeting between the two ministers")."""
    between = next(
        (
            o
            for o in sides.objs
            if o.dep_ == "pobj" and o.head.lower_ == "between" and _group(o) and _not_reacted_to(noun)
        ),
        None,
    )
    return (
        _group_count(sides.subj)
        or _sitting_count(noun)
        or _group_count(_attended_by_the_sides(noun))
        or _group_count(between)
    )


def _meeting_fields(
    sent: Span,
    sent_idx: int,
    trigger: Token,
    noun: Token | None,
    sides: _Sides,
    people: _MeetingPeople,
    score: float,
    common: dict,
) -> dict:
    """The meeting frame of a trigger whose people are known."""
    named = people.named
    host = _host(trigger, noun, sides, people.delegation) or people.convener
    pronoun_subject = (
        sides.subj is not None
        and (sides.subj.lower_ in rules()["pronouns"] or sides.subj == _implied_owner(sides.subj.head))
        and not sides.subj_persons
    )
    # "Tavakoli also called on A and B": a bare surname (no entity of its own) is the one subject too
    surname_subject = [t for t in people.surnames if t == sides.subj and not sides.subj_persons]
    # "The visiting minister called on A and B": a nominal reference is the one subject too
    ref_subject = sides.subj is not None and sides.subj in people.refs and not sides.subj_persons
    split = _separate(trigger, noun) or _call_on_list(
        trigger, noun, sides.subj_persons, sides.obj_persons, pronoun_subject or bool(surname_subject) or ref_subject
    )
    split_subject = [[p.start_char, p.end_char] for p in sides.subj_persons] or [
        [t.idx, t.idx + len(t)] for t in surname_subject
    ]
    visitor = next((p for p in named if _visitor(p)), None)
    if (day := _trigger_date(sent, trigger, common["date_text"])) != common["date_text"]:
        common = {**common, "date_text": day}
    common = _relative_clause_time(trigger, common)
    if earlier := _earlier_occasion(trigger):
        # no day but its own ("they last met in January": no day at all), never the day told before nor the day of
        # the meeting it is set against ("met on May 31, their first talks since X's meeting with Y in 2023")
        if _since_clause(trigger) and (day := common["date_text"]) and not _in_subtree(sent, day, trigger):
            common = {**common, "date_text": None}
        common = {**common, "same_day": False, "vague_date": common["date_text"] is None}
    if host is not None and visitor is not None and host == visitor:
        host = None  # "met visiting General X": the parse took "visiting" for the verb, but X is the guest
    return _frame(
        "meeting",
        sent,
        sent_idx,
        trigger,
        [[p.start_char, p.end_char] for p in named],
        refs=[[t.idx, t.idx + len(t), _with_modifiers(t)] for t in people.refs],
        group=people.group,
        **(_group_size(sides, noun) if people.group else {}),
        surnames=[_bare_name_span(t) for t in people.surnames],
        host=[host.start_char, host.end_char] if host is not None else None,
        # "Brant received X": a bare name subject of an active receiving verb hosts as a subject person would
        host_surname=[
            _bare_name_span(t)
            for t in surname_subject[:1]
            if host is None and _hosting(trigger, noun) and not _is_passive(trigger)
        ],
        visitor=[visitor.start_char, visitor.end_char] if visitor is not None else None,
        mode=_mode(sent, trigger, noun),
        status=_status(sent, trigger),
        split=split,
        present=_present(trigger, noun),
        told_past=_told_past(trigger, noun),
        split_subject=split_subject if split else [],
        split_dates=_split_dates(trigger) if split else [],
        split_places=_split_places(trigger) if split else [],
        split_subject_ref=bool(split and (pronoun_subject or ref_subject)),
        subject_pronoun=pronoun_subject,
        another_sitting=noun is not None
        and any(ch.dep_ == "amod" and ch.lower_ in cues()["another_sitting_words"] for ch in noun.children),
        cosubject_pronoun=bool(
            sides.subj is not None
            and sides.subj.lower_ in rules()["subject_pronouns"]
            and any(ch.dep_ == "conj" for ch in sides.subj.children)
        ),
        ref_texts=[[p.start_char, p.end_char, _with_modifiers(p.root)] for p in named if p.label_ == "REF"],
        confidence=score if len(named) >= 2 else rules()["confidence"]["one_named_side"],
        delegation=people.delegation,
        at_told_sitting=_at_told_sitting(trigger, noun),
        earlier_occasion=earlier,
        **common,
    )


def _same_day(adverb: Token) -> bool:
    """ "Earlier in the day", "earlier that day": the day of the story, not an earlier occasion."""
    rest = " ".join(t.lower_ for t in adverb.doc[adverb.i + 1 : adverb.i + 4])
    return any(rest.startswith(phrase) for phrase in cues()["story_day_phrases"])


def _earlier_occasion(trigger: Token) -> bool:
    """ "The two ministers last met in Vienna", "X had previously met Y", "had already met", "X last visited Y in
    May, when he met Z": an adverb of the verb, or of the verb whose clause it is in, places the meeting on an
    earlier occasion than the story's; so does "since" ("the first talks since X's meeting with Y")."""
    c = cues()
    words, perfect_words = c["earlier_occasion_words"], c["earlier_occasion_perfect_words"]
    if _since_clause(trigger):
        return True  # "their first talks since X's meeting with Y in 2023 was cut short"
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    doc = trigger.doc
    if any(doc[i].pos_ == "ADV" and doc[i].lower_ in words for i in range(max(trigger.i - 2, 0), trigger.i)):
        return True  # "A and B last met in May", the adverb hung elsewhere by the parser
    if trigger.i > 0 and doc[trigger.i - 1].lower_ in perfect_words:
        subject = _subject(trigger)
        if subject is not None and (subject.lower_ == "they" or _group(subject)):
            return True  # "The two earlier met in Tokyo": the sides of the meeting just told, on another occasion
    for verb in (trigger, *trigger.ancestors):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        had = any(a.lower_ == "had" for a in verb.children)
        for ch in verb.children:
            if ch.dep_ == "advmod" and (ch.lower_ in words or had and ch.lower_ in perfect_words) and not _same_day(ch):
                return True
            if (
                had
                and ch.dep_ == "npadvmod"
                and any(g.dep_ == "advmod" and g.lower_ in perfect_words for g in ch.children)
            ):
                return True  # "the two had met earlier this year"
    return False


def _since_clause(trigger: Token) -> bool:
    """The trigger is in a phrase or clause opened by "since"."""
    return trigger.head.lower_ == "since" or any(
        ch.dep_ == "mark" and ch.lower_ == "since" for verb in trigger.ancestors for ch in verb.children
    )


def _in_subtree(sent: Span, text: str, trigger: Token) -> bool:
    """Whether `text` is written inside the phrase or clause the trigger heads (its verb's, when it is a noun)."""
    head = (
        next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), trigger)
        if trigger.pos_ == "NOUN"
        else trigger
    )
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    return text in sent.doc.text[start:end]


def _at_told_sitting(trigger: Token, noun: Token | None) -> bool:
    """ "At the talks, X welcomed Y", "During the meeting, X thanked Y", "Before the talks, X welcomed the guests":
    a verb set at (or around) a sitting named with "the" and nobody of its own (no "with" person): the meeting told
    before, not another one."""
    if noun is not None:  # "X thanked Y during the meeting": the meeting noun is the trigger
        return noun is trigger and noun.dep_ == "pobj" and _told_sitting_noun(noun)
    return any(
        _told_sitting_noun(sitting)
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in rules()["told_sitting_prepositions"]
        for sitting in prep.children
        if sitting.dep_ == "pobj"
    )


def _told_sitting_noun(sitting: Token) -> bool:
    return (
        sitting.head.lower_ in rules()["told_sitting_prepositions"]
        and _sitting_noun(sitting)
        and any(d.lower_ == "the" for d in sitting.children if d.dep_ == "det")
        and not _prep_objects(sitting, {"with", "between"})
    )


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause a token is in (itself for a verb)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok


def _relative_clause_time(trigger: Token, common: dict) -> dict:
    """ "X, who met Y last year, received Z in Santiago on Monday": a meeting told in a relative clause that has a
    vague time of its own is on no day the main clause names (GOLD: vague times give null), nor at its place."""
    if trigger.dep_ != "relcl" or trigger.pos_ not in ("VERB", "AUX"):
        return common
    doc, lo, hi = trigger.doc, trigger.left_edge.i, trigger.right_edge.i
    if not dates.vague_time(doc[lo : hi + 1].text):
        return common
    out = {**common, "date_text": None, "vague_date": True}
    place = common["location"]
    if place is None or not doc[lo].idx <= place[0] < doc[hi].idx + len(doc[hi]):
        out.update(location=None, location_text=None, location_country=None, venue_place=None, venue_country=None)
        out["capital_ref"] = False
    return out


def _trigger_date(sent: Span, trigger: Token, first: str | None) -> str | None:
    """The day of the meeting when the sentence names several: the one in the trigger's own clause ("X, who
    arrived on Sunday, met Y on Monday", "After arriving on Monday, X met Y on Tuesday"), else the first."""
    if (moved := _postponed_day(sent)) is not None:
        return moved  # "X was to host Y on 8 May, but the meeting has been postponed to 22 May": the new day
    found = dates.date_candidates(sent.text)
    first_at = _token_at(sent, found[0][0]) if found else None
    if first_at is not None and _meeting_to_come_after_another(trigger, _clause_verb(first_at)):
        return None  # "X spoke with Y on 18 August, and the two agreed to meet soon": that day is the call's
    if len(found) < 2:
        return None if first_at is not None and _day_of_another_meeting(trigger, first_at) else first
    verb = _clause_verb(trigger)
    for start, _, text in found:
        tok = _token_at(sent, start)
        if tok is not None and _clause_verb(tok) == verb:
            return text
    return first


def _day_of_another_meeting(trigger: Token, day: Token) -> bool:
    """ "He called on A, and on Friday he is scheduled to meet B": the one day told is in a clause joined to the
    trigger's, with a subject of its own, that tells a meeting of its own (not "X arrived on Monday and met Y", nor
    "X visited Tallinn on October 13 and met Y", one subject for both verbs)."""
    here, there = _clause_verb(trigger), _clause_verb(day)
    if here is None or there is None or here == there:
        return False
    if not all(any(ch.dep_ in ("nsubj", "nsubjpass") for ch in v.children) for v in (here, there)):
        return False
    told = (there, *(ch for ch in there.children if ch.dep_ == "xcomp"))  # "he is scheduled to meet B"
    return _joined_clauses(here, there) and any(_tells_a_meeting(t) for t in told)


def _token_at(sent: Span, start: int) -> Token | None:
    """The first token at or after a character offset of the sentence."""
    return next((t for t in sent if t.idx - sent.start_char >= start), None)


def _meeting_to_come_after_another(trigger: Token, other: Token | None) -> bool:
    """ "X had spoken by phone with Y on 18 August, and the two agreed to meet soon": a meeting to come, told as an
    infinitive in a clause joined to another whose verb tells a meeting of its own (its day and its mode are that
    one's; not "will visit X on May 5, where he is due to meet Y")."""
    if other is None or trigger.dep_ != "xcomp" or not _infinitive(trigger):
        return False  # (asked of every clause of a sentence: the trigger's own shape first)
    governor = _clause_verb(trigger.head)
    return _joined_clauses(governor, other) and _tells_a_meeting(other)


def _joined_clauses(a: Token, b: Token) -> bool:
    """Two clause verbs joined as conjuncts ("X met A, and he is to meet B")."""
    return a.dep_ == "conj" and a.head == b or b.dep_ == "conj" and b.head == a


def _tells_a_meeting(verb: Token) -> bool:
    """A verb of meeting, calling or speaking with someone."""
    c = cues()
    return any(verb.lemma_.lower() in c[kind] for kind in ("meet_verbs", "call_verbs", "speak_verbs"))


def _relative_attendees(told: Token, persons: list[Span]) -> list[Span]:
    """ "General X, who attended Y's meeting with Z", "in the presence of X": a person whose relative clause or
    phrase puts them at the sitting told (GOLD: attendees are participants)."""
    c = cues()
    out = []
    for p in persons:
        if p.label_ != "PERSON":
            continue
        # "in the presence of X", "with the participation of X"
        path = [p.root, *p.root.ancestors]
        if any(
            t.dep_ == "pobj"
            and t.head.lower_ == "of"
            and t.head.head.lemma_.lower() in c["attendance_nouns"]
            and t.head.head.dep_ == "pobj"
            for t in path
        ):
            out.append(p)
            continue
        for clause in p.root.children:
            if (
                clause.dep_ in ("relcl", "acl")
                and (clause.lemma_.lower() in c["join_verbs"] or _joins(clause))
                and clause.lemma_.lower() != "chair"
                and told in clause.subtree
                and told is not clause
            ):
                out.append(p)
    return out


def _listed_with(person: Span, persons: list[Span]) -> list[Span]:
    """ "the Principal Secretary, Dr. A, and the Chief of Staff, General B, who both attended": the persons of the
    list the name ends (climbing its appositions and conjuncts to the list's head)."""
    head = person.root
    while head.dep_ in ("appos", "conj") and head.head != head:
        head = head.head
    return [q for q in persons if q.label_ == "PERSON" and q.root in head.subtree and q != person]


def _unnamed_participants(sent: Span, trigger: Token, sides: _Sides) -> tuple[list[Token], list[Token]]:
    """(references, bare surnames) in the roles: participants with no entity of their own. A name the parser
    cut off into the next sentence joins the named objects."""
    refs = [t for h in [sides.subj, *sides.objs, *sides.agents] for t in [*_ref_nouns(h), *_delegation_ref(h)]]
    if (
        sides.subj_persons
        and sides.subj is not None
        and sides.subj.lower_ in rules()["pronouns"]
        and not any(ch.dep_ == "conj" for ch in sides.subj.children)
    ):
        # "..., where he met B": the clause's subject already tells who "he" is ("He and B met": B is not he)
        refs = [t for t in refs if t != sides.subj]
    surnames = [t for h in [sides.subj, *sides.objs, *sides.agents, *sides.named_things] for t in _bare_names(h)]
    if (antecedent := _clause_bare_subject(trigger, sides)) is not None:
        # "Kalem also visited the Congress, where he met Speaker X": "he" is the bare surname the clause hangs on
        surnames.append(antecedent)
        refs = [t for t in refs if t != sides.subj]
    carried = _name_cut_off(sent, trigger)
    if carried is not None and carried not in sides.named:
        # the parser ended the sentence inside the object ("met his Turkish counterpart | Army General X at ...")
        sides.named.append(carried)
        sides.obj_persons.append(carried)
        refs = [t for t in refs if t.i < trigger.i]
    return refs, surnames


def _where_a_ceremony_was_held(verb: Token) -> bool:
    """The verb's clause opens with "where" and hangs on a clause whose subject is a ceremony."""
    if not any(ch.lower_ == "where" for ch in verb.children) or verb.head == verb:
        return False
    main = _clause_verb(verb.head)
    return any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ in cues()["ceremony_words"] for ch in main.children)


def _yes_no_question(sent: Span) -> bool:
    """A sentence asking whether something is so ("Has the minister met X?", "Will they talk?"): it opens with an
    auxiliary verb and ends with a question mark."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return bool(words) and sent.text.rstrip().endswith("?") and words[0].pos_ == "AUX"


def _no_encounter(sent: Span, trigger: Token, noun: Token | None, unnamed_group: bool) -> bool:
    """The trigger tells no encounter: others will meet, a meeting that may happen, speaking with nobody, calling
    for something."""
    c = cues()
    lemma = trigger.lemma_.lower()
    if (
        unnamed_group
        and noun is not None
        and any(ch.dep_ == "compound" and ch.lemma_.lower() not in c["remote_words"] for ch in noun.children)
        and not any(ch.dep_ == "poss" and ch.lower_ in rules()["shared_possessives"] for ch in noun.children)
    ):
        return True  # "agreed to hold a working-group meeting": others will meet ("their staff talks": they will)
    if unnamed_group and (_sitting_of_others(noun) or _reacted_to_a_thing(trigger)):
        # "agreed to hold a meeting of military experts": others will meet; "both ministers welcomed the progress": a
        # view the two shared, no sitting
        return True
    if (
        unnamed_group
        and noun is not None
        and any(ch.dep_ == "amod" and ch.lower_ in c["next_sitting_words"] for ch in noun.children)
        and any(ch.dep_ == "det" and ch.lower_ == "the" for ch in noun.children)
    ):
        return True  # "the parties agreed to hold the next meeting in X": a format's next sitting, nobody named
    if (
        unnamed_group
        and noun is not None
        and any(
            o.ent_type_ == "ORG" or o.text.capitalize() in entities.body_heads() for o in _prep_objects(noun, {"of"})
        )
        and _attended_by_the_sides(noun) is None
    ):
        return True  # "the two sides agreed to hold the first meeting of the joint committee": the body's sitting
    if unnamed_group and noun is not None and (between := _prep_objects(noun, {"between"})):
        bodies = [o for b in between for o in (b, *b.conjuncts)]
        if all(
            o.ent_type_ == "ORG" or o.lemma_.capitalize() in entities.body_heads() or o.lemma_ == "body" for o in bodies
        ):
            return True  # "agreed to continue regular consultations between the security bodies": the bodies' own
    subject = _subject(trigger if noun is None else _clause_verb(noun))
    if noun is None and _is_passive(trigger) and subject is not None and subject.lower_ in entities.ship_words()[1]:
        return True  # "the new frigate was welcomed in ceremonies attended by X and Y": a ship arrived, nobody met
    if _indefinite_people(subject):
        return True  # "some village chiefs had opened talks with X": people of their own, none of them named
    if _owned_people(subject):
        return True  # "the ministers agreed that their chiefs of defence will meet": others, none of them named
    if noun is not None and any(ch.dep_ == "det" and ch.lower_ == "no" for ch in noun.children):
        return True  # "no bilateral meeting took place": none held, none called off
    if _speculative(trigger) or _yes_no_question(sent) or _wished(noun or trigger):
        # "they may speak by phone in the coming weeks"; a reporter's "Has the Secretary spoken with X?": no meeting
        # reported
        return True
    if (
        trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower() in c["report_verbs"]
        and any(ch.dep_ == "neg" for ch in trigger.head.children)
    ):
        return True  # "the army did not confirm any talks between them": nothing told, nothing called off
    if noun is not None and any(
        o.tag_ == "NNS" and not any(ch.dep_ in ("det", "poss", "nummod") for ch in o.children)
        for o in _prep_objects(noun, {"between", "among"})
    ):
        return True  # "agreed to hold a video call between theatre commanders": others, none of them named, will meet
    if noun is not None and any(ch.dep_ == "poss" and ch.lower_ == "its" for ch in noun.children):
        return True  # "agreed to hold its next session": a body's sitting, not one of the people named
    if lemma in c["call_verbs"] and any(
        ch.dep_ == "xcomp"
        and _infinitive(ch)
        and ch.lemma_.lower() not in c["topic_verbs"]  # "called on X to discuss Y" is a call-on
        and ch.lemma_.lower() not in c["call_on_purpose_verbs"]  # "called on X to brief him on Y" is one too
        for ch in trigger.children
    ):
        return True  # "called on the minister to appear before the committee": an appeal, not a call-on
    if noun is None and _habitual(trigger):
        return True  # "the two have met several times since 2022": no one encounter reported
    if noun is None and _not_done(sent, trigger):
        return True  # "X, who also attended the forum, did not meet Y": nothing planned was called off
    if noun is None and lemma in c["topic_verbs"] and _where_a_ceremony_was_held(trigger):
        return True  # "A ceremony was held in X, where A and B reviewed the crews": a ceremony, not talks
    if noun is not None and any(
        ch.dep_ in ("compound", "amod") and ch.lower_ in c["not_meeting_compounds"] for ch in noun.children
    ):
        return True  # "held a press conference with X": an event they attend together (GOLD), not a sitting
    if lemma in c["topic_verbs"] and noun is None and _event_object(trigger):
        return True  # "A and B reviewed a guard of honour", "addressed a news conference": no talks
    if (
        lemma in c["speak_verbs"]
        and noun is None
        and not _prep_objects(trigger, {"with", "to"})
        and _mode(sent, trigger, noun) == "in_person"
    ):
        return True  # "X and Y speak during a news conference": speaking is no encounter without "with"
    if (
        lemma in c["call_verbs"]
        and noun is None
        and not _calls_on(trigger)
        and {"dobj", "oprd"} <= {ch.dep_ for ch in trigger.children}
    ):
        return True  # "called X a trusted partner": naming, no call
    return (
        lemma in c["call_verbs"]
        and noun is None
        and not _calls_on(trigger)
        and (
            _is_passive(trigger)
            or not any(
                ch.dep_ in ("dobj", "oprd", "dative") or ch.ent_type_ in PARTICIPANT_LABELS for ch in trigger.children
            )
            and not _infinitive_subjects(trigger)
        )
    )  # "called for restraint": no call to anyone


def _indefinite_people(subj: Token | None) -> bool:
    """A plural subject with an indefinite word before it ("some village chiefs", "several officers"; cues.json
    indefinite_group_words): people the text does not name, not the sides told before."""
    return (
        subj is not None
        and subj.tag_ in ("NNS", "NNPS")
        and not subj.ent_type_
        and any(ch.dep_ in ("det", "amod") and ch.lower_ in cues()["indefinite_group_words"] for ch in subj.children)
    )


def _owned_people(subj: Token | None) -> bool:
    """A plural role subject owned by someone ("their nations' army chiefs", "their commanders"): people of
    those told before, not them, and none of them named."""
    return (
        subj is not None
        and subj.tag_ in ("NNS", "NNPS")
        and (subj.lower_ in cues()["role_words"] or subj.lemma_.lower() in cues()["role_words"])
        and not subj.ent_type_
        and any(ch.dep_ == "poss" for ch in subj.children)
        and not any(t.ent_type_ in PARTICIPANT_LABELS for t in subj.subtree)
    )


def _not_done(sent: Span, trigger: Token) -> bool:
    """A past meeting verb negated ("did not meet", "has not met") in a sentence that tells no plan or refusal
    ("did not meet Y as planned" is called off)."""
    if not any(ch.dep_ == "neg" for ch in trigger.children):
        return False
    auxes = {ch.lower_ for ch in trigger.children if ch.dep_ in ("aux", "auxpass")}
    c = cues()
    told = {t.lemma_.lower() for t in sent} & (c["planned_words"] | c["cancelled_words"])
    return bool(auxes) and auxes <= {"did", "has", "have", "had"} and not told


def _host(trigger: Token, noun: Token | None, sides: _Sides, delegation: bool) -> Span | None:
    """The side at home: the subject of "received/hosted" (the agent when passive), the object of "visited/called
    on", the subject meeting a visiting delegation."""
    c = cues()
    lemma = trigger.lemma_.lower()
    host = None
    if _hosting(trigger, noun):
        side = sides.agent_persons if _is_passive(trigger) else sides.subj_persons
        host = side[0] if side else None
    elif (
        lemma in c["visit_verbs"]
        or _calls_on(trigger)
        or lemma in c["credential_verbs"]  # "presented his credentials to X": X receives them
        or (noun is not None and (noun.lemma_.lower() in c["visit_nouns"] or _call_on_noun(noun)))
    ):
        host = sides.obj_persons[0] if sides.obj_persons else None
    if (
        delegation
        and host is None
        and any(
            o.lemma_.lower() in c["delegation_nouns"] and any(ch.lower_ in c["visiting_words"] for ch in o.children)
            for o in sides.objs
        )
    ):
        host = sides.named[0]  # "received/held talks with a visiting delegation": the subject is at home
    return host or _named_after_host(sides.named) or _receiving_object(sides.obj_persons)


def _receiving_object(objects: list[Span]) -> Span | None:
    """ "met X, who received him at the ministry": the person met whose relative clause receives the subject (a
    receiving verb with a pronoun object) is the side at home; the parser may hang the clause on the post before
    the name."""
    for person in objects:
        holders = [person.root, *itertools.takewhile(lambda t: t.pos_ != "VERB", person.root.ancestors)]
        for clause in (ch for holder in holders for ch in holder.children):
            if (
                clause.dep_ == "relcl"
                and clause.lemma_.lower() in cues()["host_verbs"]
                and any(ch.dep_ == "dobj" and ch.lower_ in ("him", "her", "them") for ch in clause.children)
            ):
                return person
    return None


def _hosting(trigger: Token, noun: Token | None) -> bool:
    """A receiving verb or a light verb with a host noun ("received", "gave a warm welcome to"): its subject (its
    agent when passive) is the side at home."""
    c = cues()
    return (
        trigger.lemma_.lower() in c["host_verbs"]
        or noun is not None
        and noun.lemma_.lower() in c["host_nouns"]
        or noun is trigger
        and (verb := _verb_past_the_day(noun)) is not None
        and verb.lemma_.lower() in c["host_verbs"]
    )


def _verb_past_the_day(noun: Token) -> Token | None:
    """ "X hosted on Tuesday, 21 April, a trilateral meeting with Y": the parse hangs the sitting on the day told
    before it, as its apposition; the verb the day hangs on holds the sitting."""
    day = noun.head
    if (
        noun.dep_ == "appos"
        and day.ent_type_ in ("DATE", "TIME")
        and day.dep_ == "npadvmod"
        and day.head.pos_ in ("VERB", "AUX")
    ):
        return day.head
    return None


def _named_after_host(named: list[Span]) -> Span | None:
    """ "held talks with his host, Army Chief General X": the person named right after "host," (with the post and
    rank before the name) is the side at home. The parse of such an apposition varies, so the words tell."""
    for person in named:
        doc, k = person.doc, person.start - 1
        while k >= 0 and doc[k].ent_type_ in ("TITLE", "RANK", "NORP", "ORG"):
            k -= 1
        if k >= 1 and doc[k].text == "," and doc[k - 1].lower_ == "host":
            return person
    return None
