"""Stage 5, relate: meeting frames and resolved mentions to meetings and graph edges.

Frames come per sentence; a meeting is read per document in text order, because articles spread one
meeting over several sentences: "the two ministers" refers to the people already named, "the sides
discussed ..." adds topics to the last meeting, "later the same day" takes the day named before, and
"a meeting of the defence ministers of A, B and C" is named only in the next sentence.
"""

from __future__ import annotations

import hashlib
import itertools
import pickle
import re
from collections import ChainMap
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date as Date
from datetime import timedelta
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Protocol

import pandas as pd
import pyarrow as pa
from rapidfuzz import fuzz

from pipeline import faults, resources, schema
from pipeline.nlp import dates
from pipeline.nlp.entities import acronym_in, names_a_post, post_fits
from pipeline.nlp.frames import cues, place_country, rules, venue_heads
from pipeline.nlp.frames import places as frames_places
from pipeline.stages.resolve import spellings_of_one_surname
from pipeline.text import slug, text_hash

PARTICIPANT_LABELS = ("PERSON", "REF")
INHERIT_KEYS = ("date", "location", "location_country")
DELEGATION_PARAGRAPHS = 2  # paragraphs after a meeting with an unnamed delegation in which its leader is named
CITY_SPELLING_SIMILARITY = 80  # rapidfuzz ratio of a place to a city above which it is that city spelt otherwise
GATHER_PARAGRAPHS = 4  # paragraphs over which attendees of a sitting no meeting sentence told are gathered
CALLED_OFF_PARAGRAPHS = 2  # paragraphs around a visit told called off in which its people's plans are called off
PLAN_REACH_DAYS = 31  # a held meeting this many days before publication is no plan the story tells come true
LEAD_PARAGRAPHS = 1  # paragraphs after a dateline whose undated meetings take its day
ACCEPTED_PARAGRAPHS = 4  # paragraphs after a meeting of two in which "Y accepted the invitation" makes a plan
VISIT_PARAGRAPHS = 2  # paragraphs after a meeting of X and Y in which a visit of X's to Y's country makes a plan
AGREED_VISIT_PARAGRAPHS = 4  # the same, for a visit said agreed or planned ("the sides agreed that X will visit")
NAMED_LATER_PARAGRAPHS = 3  # paragraphs after a reference ("his Qatari counterpart") in which its person may be named
COUNTERPART_WORDS = frozenset(cues()["counterpart_words"])
# a pronoun side that stands for the subject told before; "the" of "The talks with X took place" (frames' implied owner)
# ("the"/"a" of "The talks with X" / "A planned meeting with X was called off": frames._implied_owner)
SUBJECT_GOES_ON_PRONOUNS = ("he", "she", "his", "her", "the", "a", "an", "another")
FRAME_FIELDS = [name for name in schema.FRAMES.names if name not in ("text_id", "frame_idx")]  # a frame's own fields
# Fields a meeting takes over from the frame that tells it, under their schema.FRAMES names (`para_idx` is the
# paragraph relate places the frame in).
FROM_FRAME = (
    "mode",
    "status",
    "evidence",
    "confidence",
    "location_country",
    "same_day",
    "sidelines",
    "para_idx",
    "vague_date",
    "venue_place",
    "venue_country",
    "capital_ref",
    "earlier_occasion",
)


def _countries_named(text: str) -> list[str]:
    """Every country a phrase names ("his counterparts from Chile, Peru and New Zealand"), in order, each by its
    longest name or demonym ("South Sudanese" is South Sudan, not Sudan)."""
    _, countries, demonyms = frames_places()
    return _unique(
        countries.get(m.group(0)) or demonyms[m.group(0)] for m in _place_word_pattern().finditer(text.casefold())
    )


@cache
def _place_word_pattern() -> re.Pattern:
    """Any country name or demonym, as a whole word."""
    _, countries, demonyms = frames_places()
    return _whole_words_pattern({*countries, *demonyms})


def _whole_words_pattern(names) -> re.Pattern:
    """Any of `names` as whole words, the longest first (so "south sudan" wins over "sudan")."""
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")


def _countries_by_name(text: str) -> list[str]:
    """The countries a sentence names by their name or an alias (not a demonym: "visited India", not "Indian"),
    in order."""
    found = []
    for m in _country_name_pattern().finditer(text.casefold()):
        found.append(frames_places()[1][m.group(0)])
    return _unique(found)


@cache
def _country_name_pattern() -> re.Pattern:
    return _whole_words_pattern(frames_places()[1])


@cache
def _capitals() -> dict[str, str]:
    """country -> its capital (models/gazetteer.json)."""
    return {
        c: e["capital"]
        for c, e in resources.gazetteer()["countries"].items()
        if not c.startswith("_") and e.get("capital")
    }


def _country_named(text: str) -> str | None:
    """The country a reference names by a demonym or name ("his Turkish counterpart" -> Turkey, "Thailand's defence
    minister" -> Thailand, "his South Sudanese counterpart" -> South Sudan)."""
    return next(iter(_countries_named(text)), None)


def re_words(text: str) -> list[str]:
    return re.findall(r"[\w’'.-]+", text)


def _span_node(candidates: list[tuple[int, int, str]] | None, span) -> str | None:
    """Node of the first linked participant mention (start, end, node_id) that overlaps a span of the frame."""
    if span is None or candidates is None:
        return None
    start, end = span[0], span[1]
    return next((nid for s, e, nid in candidates if s < end and e > start), None)


def _participants_by_paragraph(mentions: pd.DataFrame) -> dict[tuple, list[tuple[int, int, str]]]:
    """(start, end, node_id) of the linked PERSON/REF mentions per (doc_id, para_idx), in table order.

    Plain lists built in one pass: filtering a DataFrame per frame span cost ~2 ms each (9 s at 1M words).
    """
    linked = mentions[mentions["label"].isin(PARTICIPANT_LABELS) & mentions["node_id"].notna()]
    by_para: dict[tuple, list] = {}
    columns = ("doc_id", "para_idx", "start", "end", "node_id")
    for doc_id, para_idx, start, end, nid in zip(*(linked[c].tolist() for c in columns)):
        by_para.setdefault((doc_id, para_idx), []).append((start, end, nid))
    return by_para


@lru_cache(maxsize=1 << 14)
def is_person_name(name: str) -> bool:
    """Whether a node's name can be a meeting participant: not a place, an outlet, an acronym, or a run of
    title, rank and body words ("Sri Lanka", "Sputnik", "COAS", "Thai DPM", "DA Association", "Cmdr")."""
    if not isinstance(name, str):
        return False
    cities, countries, demonyms = frames_places()
    c = cues()
    folded = name.casefold().strip(" .").replace("-", " ")
    if not folded or folded in cities or folded in countries or folded in demonyms or folded in resources.outlets():
        return False
    words = [w.strip(".,'’()") for w in folded.replace("-", " ").split()]
    words = [w for w in words if w]
    if not words or any(w in c["not_person_words"] and w not in ("staff",) for w in words[-1:]):
        return False
    raw = [w.strip(".,'’()") for w in name.split()]
    if all(w.isupper() and len(w) > 1 for w in raw if w) and (len(raw) == 1 or all(len(w) <= 4 for w in raw)):
        return False  # an acronym, not a name in capitals ("KAMAL ODUYA" in a caption)
    generic = c["not_person_words"] | c["role_words"] | set(demonyms) | set(countries)
    return not all(w in generic for w in words)


def _participant_name(name, outlet: str | None) -> bool:
    """A person's name (`is_person_name`) that is not the document's own outlet, case-folded in `outlet` ("X told
    Harbour Ledger", the site tagged a person)."""
    return is_person_name(name) and (outlet is None or str(name).casefold() != outlet)


def _ref_texts(mentions: pd.DataFrame) -> dict[tuple, str]:
    """(doc_id, para_idx, start) -> text of each REF mention ("his Turkish counterpart")."""
    refs = mentions[mentions["label"] == "REF"]
    return {(d, p, s): t for d, p, s, t in zip(*(refs[c].tolist() for c in ("doc_id", "para_idx", "start", "text")))}


def _unique(items):
    return list(dict.fromkeys(i for i in items if i))


def _inside_name(word: str, name: str) -> bool:
    """A slugged word inside a slugged name, neither its first nor last word, nor a parent's name after "bin"."""
    words = name.split("-")
    return any(words[k] == word and words[k - 1] not in resources.patronymic_words() for k in range(1, len(words) - 1))


@dataclass
class _Sighting:
    """A frame with the nodes relate linked to it: its participants and host, and the people the text names in
    its sentence, before it and after it."""

    frame: dict
    participants: list[str]
    host: str | None
    in_sentence: list[str]
    before: list[str]
    after: list[str]


class _Calendar:
    """The days and places a document has told so far, which later sentences lean on: "later the same day"
    takes the day named before, a dispatch dateline dates its lead meeting, a place told for a planned event
    is not where a held meeting took place."""

    def __init__(self, published, dateline_place=None):
        # the day relative dates count from: the publication date, else the last dateline's day with its year
        self.publication = published if dates.parse_day(published) else None
        self.published = self.publication
        self.dateline_para: int | None = None
        self.dateline_day: str | None = None
        # a dateline clean cut off the text: its story's lead is the first sentence told after the headline
        self.lead_pending = False
        self.last_date: str | None = None
        self.last_date_planned = False
        self.last_date_para: int | None = None  # the paragraph that told `last_date`
        # `last_date` was told for several sittings named before their counterparts ("held a series of bilateral
        # meetings in X on May 3"): the undated meetings listed in the paragraphs after it are of that day
        self.last_date_sittings = False
        self.last_place: tuple[str, str | None] | None = None
        self.last_place_status = "occurred"
        self.last_country: tuple[str, int] | None = None  # the last country named by name, and its paragraph
        self.venues: set[str] = set()  # places of international events told (nobody is at home there)
        # the dispatch's city ("RAWALPINDI: ...") when it is a known city: the place of a local call-on
        place = dateline_place.strip() if isinstance(dateline_place, str) else ""
        self.dateline_city = place if place.casefold() in frames_places()[0] else None
        self.text_year: int | None = None  # with no publication date, the year the text names last
        self.headline_day: str | None = None  # the day a headline names ("... meet in X on March 12")
        self.story_para = 0  # the paragraph the page's current story starts at (a dateline down the page)
        self.lead_para: int | None = None  # the story's first paragraph told in sentences (`_lead_paragraphs`)
        self.vague_told = False  # a sentence told a vague time ("this week"): the page's date dates none of it

    def earlier_year(self, sentence: str | None) -> bool:
        """The sentence names a year before the publication's ("In 2028, the fleet commander called on X"): it tells
        an earlier occasion, whose posts others may have held."""
        year = dates.text_year(sentence)
        return bool(year and self.publication and year < int(self.publication[:4]))

    def _resolve(self, date_text: str | None, published, future: bool = False) -> str | None:
        # the latest year a text names is a lower bound of when it was written: it dates a day told as past only
        year = self.text_year if self.publication is None and not future else None
        return dates.resolve_date(date_text, published, future=future, year=year)

    def day(self, date_text: str | None, status: str) -> str | None:
        """The ISO day a date expression names, counted from the publication day (forward for a plan)."""
        return self._resolve(date_text, self.published, future=status != "occurred")

    def header_dateline(self, day: str) -> None:
        """The day of the dateline clean read off the top of the page ("MOSCOW, March 12. /TASS/."); it may
        stand on its own line, after the headline or chrome clean kept: the lead is the first sentence below."""
        self.dateline_day, self.dateline_para, self.lead_pending = day, 0, True
        # "on Monday" in a page that gives no other day counts from its dateline's; so does "here today" in a dispatch
        # filed the day before the page's date (a paper dated the 3rd prints "Velm, December 2" on its own line)
        if self.publication is None or _days_before(day, self.publication) == 1:
            self.published = day

    def note_dateline(self, frame: dict) -> None:
        """A story opening with a dispatch dateline ("MINSK, December 19 -"); a page may hold several."""
        if self.lead_pending and not _unpunctuated(frame):
            self.dateline_para, self.lead_pending = frame["para_idx"], False
        if frame["sent_idx"] != 0:
            return
        day = dates.dateline_date_text(frame["evidence"] or "")
        if day:
            if self.dateline_para is not None or frame["para_idx"] > LEAD_PARAGRAPHS:
                self._new_story(frame)
            self.dateline_day = self._resolve(day, self.publication)
            self.dateline_para = frame["para_idx"]
            if self.dateline_day is not None or self.publication is None:
                # "yesterday", "on Monday" in a dispatch count from its dateline's day (a page may hold several)
                self.published = self.dateline_day

    def _new_story(self, frame: dict) -> None:
        """A dateline down the page opens another story ("WASHINGTON, June 4 - ..." after a first one): the places
        told before are that story's, and its city is the dateline city from here on."""
        self.story_para = frame["para_idx"]
        self.last_place = self.last_country = None
        city = dates.dateline_city_text(frame["evidence"] or "")
        if city and city.casefold() in frames_places()[0]:
            self.dateline_city = city

    def note(self, frame: dict) -> None:
        """The day and place a sentence tells, for the meetings after it (not those of an earlier occasion: "They
        had last met in Vienna in May" is not the story's day or place)."""
        if frame["earlier_occasion"]:
            return
        if frame["date_text"]:
            resolved = self.day(frame["date_text"], frame["status"])
            if resolved:
                self.last_date = resolved
                self.last_date_planned = frame["status"] == "planned"
                self.last_date_para = frame["para_idx"]
                self.last_date_sittings = frame["kind"] == "context" and bool(
                    frame["meeting_ref"]
                    and set(re_words((frame["evidence"] or "").lower())) & cues()["plural_sitting_words"]
                )
                if frame["para_idx"] == 0 and frame["status"] == "occurred" and _unpunctuated(frame):
                    self.headline_day = resolved
        if named := _countries_by_name(frame["evidence"] or ""):
            self.last_country = (named[-1], frame["para_idx"])
        if frame["location_text"]:
            self.last_place = (frame["location_text"], frame["location_country"])
            self.last_place_status = frame["status"]
            if frame["venue"]:
                self.venues.add(frame["location_text"].casefold())

    def meeting_date(self, frame: dict) -> str | None:
        """The day the frame's sentence names, else the day told earlier in its paragraph ("On May 6, X arrived
        in Y. He met Z.")."""
        date = self.day(frame["date_text"], frame["status"])
        if date is None and not frame["date_text"] and self.last_date and (step := _day_step(frame["evidence"])):
            # "The next day he met Y"; "Y was received the day before by Z"
            return (Date.fromisoformat(self.last_date) + timedelta(days=step)).isoformat()
        if (
            date is None
            and self.undated(frame)
            and self.last_date
            and not self.last_date_planned
            and (self.last_date_para == frame["para_idx"] or self.last_date_sittings)
        ):
            date = self.last_date
        return date

    def fallback_date(self, frame: dict) -> str | None:
        """The day a meeting takes when nothing else in the text dates it: today for one told in the present
        ("X meets Y"), the dateline's day for the lead meeting of a dispatch (reported as just held)."""
        if not self.undated(frame) or dates.month_without_day(frame["evidence"]):
            return None  # "the talks in Lima in May": no day, not the day it was published
        if (frame["present"] or _feed_item(frame["evidence"])) and dates.parse_day(self.published):
            return str(self.published)[:10]  # "X meets Y"; a live feed's "09:30 — X and Y held talks"
        if self.dateline_day and frame["para_idx"] - self.dateline_para <= LEAD_PARAGRAPHS:
            return self.dateline_day
        if self.headline_day and frame["para_idx"] <= LEAD_PARAGRAPHS:
            return self.headline_day  # the headline's day dates the lead meeting it announces
        if self._page_lead(frame):
            return self.publication  # a readout under its page's date: "X held a telephone conversation with Y."
        return None

    def _page_lead(self, frame: dict) -> bool:
        """The page's first sentence below its headline tells a meeting in the simple past, and the text has named no
        day before it: the page (an official readout, a ministry's release) reports what was held the day it was
        published, as a dispatch dateline does; not "has received", whose day the text leaves open."""
        return (
            self.publication is not None
            and self.dateline_day is None
            and self.last_date is None
            and not self.vague_told
            and frame["told_past"]
            and frame["sent_idx"] == 0
            and frame["para_idx"] == self.lead_para
        )

    def capital(self, frame: dict) -> tuple[str, str] | None:
        """ "talks in the capital": the capital (gazetteer) of the country the sentence names, else of the one named
        just before (this paragraph or the one before it: "X arrived in India. ... in the capital"), else of the
        dateline's country."""
        named = _countries_by_name(frame["evidence"] or "")
        country = named[-1] if len(named) == 1 else None
        if country is None and self.last_country and frame["para_idx"] - self.last_country[1] <= 1:
            country = self.last_country[0]
        if country is None and self.dateline_city:
            country = frames_places()[0][self.dateline_city.casefold()]
        capital = _capitals().get(country) if country else None
        return (capital, country) if capital else None

    @staticmethod
    def undated(frame: dict) -> bool:
        """A held meeting whose sentence names no day, not even a vague one ("last week" gives no date)."""
        return frame["status"] == "occurred" and not frame["date_text"] and not frame["vague_date"]


class _Meetings:
    """The meetings of a document as the text tells them: a new one merged into the same meeting told
    before, and at the end the hosts the text implies."""

    def __init__(
        self,
        countries: dict[str, str],
        travellers: set[str],
        calendar: _Calendar,
        posts: Mapping[str, tuple[str, str]] | None = None,
    ):
        self.items: list[dict] = []
        self.countries = countries
        self.travellers = set(travellers)  # people the text says are on a visit
        self.calendar = calendar
        self.posts = posts or {}  # node -> (title, rank)

    def last(self) -> dict | None:
        return self.items[-1] if self.items else None

    def last_of_story(self) -> dict | None:
        """The last meeting of the story told, past an earlier occasion told after it ("The two had met earlier
        this year ... X was also present at the discussion": at the story's sitting)."""
        story = self._story()
        return story[-1] if story else self.last()

    def _story(self) -> list[dict]:
        """The meetings of the story told: those a new one may be merged into (an earlier occasion is apart)."""
        return [m for m in self.items if not m["earlier_occasion"]]

    def told(self, status: str, people: set[str]) -> bool:
        """Whether the text already told a meeting of just these people with this status."""
        return any(m["status"] == status and set(m["participants"]) == people for m in self.items)

    def told_last(self) -> list[dict]:
        """The meetings the last meeting sentence told ("separately met A and B" tells two)."""
        return [m for m in self.items if m["evidence"] == self.items[-1]["evidence"]] if self.items else []

    def topic_targets(self, frame: dict) -> list[dict]:
        """The meetings a following topics sentence speaks of: the last one, and the call-ons of the same visit just
        before it that got no topics of their own ("X held talks with Y. X also called on Z. The discussions
        focused on ..." tells what both sittings were about)."""
        last = self.items[-1]
        targets = [last]
        for earlier in reversed(self.items[:-1]):
            if (
                earlier["topics"]
                or earlier["status"] != last["status"]
                or earlier["mode"] != last["mode"]
                or frame["para_idx"] - earlier["para_idx"] > cues()["topic_reach_paragraphs"]
                or not set(earlier["participants"]) & set(last["participants"])
            ):
                break
            targets.append(earlier)
        return targets

    def add(self, meeting: dict, frame: dict) -> None:
        """A meeting the frame told: merged into the same meeting told before, else added."""
        last = self.last()
        if meeting["earlier_occasion"]:
            # "They last met in Vienna": another sitting than the one told, merged only into the same earlier one
            self._add_earlier_occasion(meeting)
            return
        if (
            frame["anaphoric"]
            and last
            and not last["earlier_occasion"]
            and set(meeting["participants"]) == set(last["participants"])
            and meeting["mode"] in ("in_person", last["mode"])
            and meeting["status"] == last["status"]
            and (not frame["date_text"] or meeting["date"] in (None, last["date"]))
        ):
            _merge_into(last, meeting)
            return
        if (
            frame["at_told_sitting"]
            and last
            and not last["earlier_occasion"]
            and set(meeting["participants"]) <= set(last["participants"])
            and meeting["status"] == last["status"]
        ):
            _merge_into(last, meeting)  # "At the talks, X welcomed Y": the talks told before
            return
        # "X spoke with Y", "X and Y reviewed progress" tell no mode: after a call between them it is that call
        unsure_mode = _unsure_mode(meeting)
        if self._same_as_headline(meeting) or self._more_of_last(meeting, frame, unsure_mode):
            return
        for earlier in reversed(self._story()):
            # "X discussed the border with Y. In a phone call, both sides also reviewed ...": the talks told with no
            # mode, told again as a call straight after, were that call
            called = earlier is last and _unsure_mode(earlier) and meeting["mode"] in ("phone", "video")
            # "X held talks with Y; Z was also present. X welcomed Y ...": the sides of a sitting told again, with the
            # same host and in no other country (Y hosting X, or "his second meeting with Y, after his visit to the
            # US", is another sitting)
            told_again = (
                set(meeting["participants"]) == set(_sides(earlier))
                and (meeting["host"] is None or earlier["host"] in (None, meeting["host"]))
                and meeting["location_country"] in (None, earlier["location_country"])
            )
            if (
                (set(earlier["participants"]) == set(meeting["participants"]) or told_again)
                and (earlier["mode"] == meeting["mode"] or unsure_mode or called)
                and earlier["status"] == meeting["status"]
                and (earlier["date"] is None or meeting["date"] is None or earlier["date"] == meeting["date"])
                and not _placed_apart(earlier, meeting)
            ):
                if called:
                    earlier["mode"] = meeting["mode"]
                    earlier["host"] = earlier["location"] = earlier["location_country"] = None
                elif earlier["mode"] != meeting["mode"]:
                    # the call told again: a place the sentence lent from the context is no place of a call
                    meeting = {**meeting, "location": None, "location_country": None}
                _merge_into(earlier, meeting)
                return
            # "X and Y discussed/reviewed ..." right after the trilateral meeting they were part of
            if (
                set(meeting["participants"]) < set(earlier["participants"])
                and earlier is last
                and (meeting["mode"], meeting["status"]) == (earlier["mode"], earlier["status"])
                and not frame["split"]
                and frame["trigger_lemma"] in cues()["topic_verbs"]
            ):
                _merge_into(earlier, meeting)
                return
        self.items.append(meeting)

    def _add_earlier_occasion(self, meeting: dict) -> None:
        if self._same_as_headline(meeting):
            return  # "X holds talks with Y" above "X had earlier held talks with Y on Monday": the sitting it names
        for earlier in self.items:
            if (
                earlier["earlier_occasion"]
                and set(earlier["participants"]) == set(meeting["participants"])
                and earlier["date"] in (None, meeting["date"])
                and not _placed_apart(earlier, meeting)  # "first met in X, and again in Y"
            ):
                _merge_into(earlier, meeting)
                return
        self.items.append(meeting)

    def _same_as_headline(self, meeting: dict) -> bool:
        """A headline or caption told in the present ("X meets Y", "X, Y discuss ties") and the body's report of
        the same people (on Monday, by phone) are one meeting: the body's day, mode and place win. Whether it
        merged."""
        for earlier in self._story():
            pair = (earlier, meeting) if earlier["headline"] else (meeting, earlier) if meeting["headline"] else None
            if (
                pair is None
                # a headline or caption names the chief sides of the sitting the body tells with all its people
                or not set(pair[0]["participants"]) <= set(pair[1]["participants"])
                or earlier["status"] != meeting["status"]
            ):
                continue
            headline, body = pair
            for key in ("date", "mode", "location", "location_country", "host", "visitor"):
                if body[key] is not None and (key != "mode" or body["mode"] != "in_person"):
                    earlier[key] = body[key]
            if body["mode"] != "in_person":
                earlier["location"] = earlier["location_country"] = None
            earlier["headline"] = False
            _merge_into(earlier, meeting)
            return True
        return False

    def _more_of_last(self, meeting: dict, frame: dict, unsure_mode: bool) -> bool:
        """The last meeting told again with more of its people ("X and Y held a call" then "X spoke with his
        counterparts, Y and Z"): the one sitting with them all. Whether it merged."""
        last = self.last()
        if (
            last is None
            or last["split"]
            or frame["split"]
            # "X met Y. X later held a trilateral meeting with Y and Z": a larger sitting told after, another one
            or frame["in_sequence"]
            and (frame["sitting_size"] or 0) > len(last["participants"])
            or last["earlier_occasion"]
            or not set(last["participants"]) < set(meeting["participants"])
            or meeting["para_idx"] - last["para_idx"] > 1
            or last["status"] != meeting["status"]
            or not (last["mode"] == meeting["mode"] or unsure_mode)
            or None not in (last["date"], meeting["date"])
            and last["date"] != meeting["date"]
        ):
            return False
        _merge_into(last, meeting)
        return True

    def finish(self) -> list[dict]:
        """The meetings of the document, with the hosts the text implies (read once the whole text is known:
        "X is in Konya to observe an international exercise" may follow the meeting)."""
        # a meeting the text reports as cancelled or postponed is that meeting, not also a planned one
        for gone in [m for m in self.items if m["status"] == "cancelled"]:
            for plan in [
                m
                for m in self.items
                if m["status"] == "planned"
                and set(m["participants"]) == set(gone["participants"])
                and m["mode"] == gone["mode"]
            ]:
                day = gone["date"]
                _merge_into(gone, plan)
                gone["date"] = day  # the day it was planned for is not a day it took place
                self.items.remove(plan)
        self._merge_plans_held()
        self._drop_summaries_of_separate_meetings()
        for meeting in self.items:
            at_venue = meeting["location"] is None and meeting["venue_place"] and meeting["mode"] == "in_person"
            if at_venue:  # "at the Pentagon": a named building, read once the meeting has no city from the text
                meeting["location"], meeting["location_country"] = meeting["venue_place"], meeting["venue_country"]
            if meeting["mode"] != "in_person":
                meeting["host"] = None  # GOLD: nobody hosts a phone or video call, whoever placed it
            elif meeting["host"] is None:
                meeting["host"] = self.host(meeting)
            self._dateline_place(meeting, at_venue)
            self._venue_city(meeting)
            if meeting["date"] is None and not meeting["vague_date"]:
                meeting["date"] = meeting["fallback_date"]
        return self.items

    def _drop_summaries_of_separate_meetings(self) -> None:
        """ "X meets A, B on sidelines of summit" above "X met A ..." and "X also met B ...": the headline sums up the
        separate meetings the body tells, each with a part of its people and all with one person in common (X, who
        the headline may have missed: then "A, B" alone looked like a sitting of theirs), no sitting of its own; so
        does a lead ("X has held talks with her A and B counterparts", "X travelled to Y, where he met A and B")
        followed by a meeting of X with each, told in sentences of their own ("A, B and C discussed ... X also held
        separate meetings with B and C": the sitting of three, and two more), or in two clauses of one ("X met A in
        the afternoon, then held a working session with B and C")."""
        told_at = {id(m): k for k, m in enumerate(self.items)}
        for summary in [m for m in self.items if len(m["participants"]) >= (2 if m["headline"] else 3)]:
            people = set(summary["participants"])
            parts = [
                m
                for m in self.items
                if m is not summary
                and m["status"] == summary["status"]
                and len(m["participants"]) >= 2
                and set(m["participants"]) & people
                and not people <= set(m["participants"])
                # a lead's sitting of three or more is summed up only by sittings told after it of two of its people
                # (and maybe others it did not name: "then held a working session with B and his chief of staff C")
                and (
                    summary["headline"]
                    or len(set(m["participants"]) & people) == 2
                    and told_at[id(m)] > told_at[id(summary)]
                )
            ]
            shared = set.intersection(*(set(m["participants"]) for m in parts)) if parts else set()
            covered = set().union(*(set(m["participants"]) & people for m in parts))
            # one sentence's "separate meetings with B and C" adds pairs to a sitting; two clauses tell sittings apart
            told_apart = (
                summary["headline"]
                or len({m["evidence"] for m in parts}) == len(parts)
                or not any(m["split"] for m in parts)
            )
            if len(parts) >= 2 and shared and covered == people and told_apart:
                self.items.remove(summary)

    def _merge_plans_held(self) -> None:
        """A meeting told as planned and then as held ("X is scheduled to meet Y this week ... On Thursday, X met
        Y") is one meeting, held: the plan told before it, of the same people and mode, for no other day or
        place. A plan told after a held meeting ("they will meet again in June") is another meeting."""
        for held in [m for m in self._story() if m["status"] == "occurred" and not m["vague_date"]]:
            earlier = self.items[: self.items.index(held)]
            for plan in [
                m
                for m in earlier
                if m["status"] == "planned"
                and set(m["participants"]) == set(held["participants"])
                and m["mode"] == held["mode"]
                and (m["date"] is None or held["date"] in (None, m["date"]))
                # an undated held meeting far from the plan may be an earlier one ("they last met in March")
                and (held["date"] is not None or held["para_idx"] - m["para_idx"] <= 2)
                and (not m["location"] or not held["location"] or _places_fit(m["location"], held["location"]))
                # a plan the story tells is not a meeting held a month or more before it was published
                and not (held["date"] and _days_before(held["date"], self.calendar.published) > PLAN_REACH_DAYS)
            ]:
                _merge_into(held, plan)
                self.items.remove(plan)

    def _dateline_place(self, meeting: dict, at_venue: bool = False) -> None:
        """A call-on told with no place (or only a building: "at GHQ") in a dispatch from the host's own country
        took place in the dateline city (GOLD: "a dateline city is used when the story reports a local
        call-on")."""
        city = self.calendar.dateline_city
        if city is not None and self._sidelines_abroad(meeting, city):
            # "NEW YORK - X met Y on the sidelines of the assembly": the dispatch comes from the event, where neither
            # side is at home
            meeting["location"], meeting["location_country"] = city, frames_places()[0][city.casefold()]
            return
        if (
            city is None
            or (meeting["location"] is not None and not at_venue)
            or meeting["mode"] != "in_person"
            or meeting["status"] != "occurred"
            or meeting["sidelines"]
            or not meeting["host"]
        ):
            return
        country = frames_places()[0][city.casefold()]
        guests = [self.countries.get(p) for p in _sides(meeting) if p != meeting["host"]]  # no attendee
        # the host is of the dateline's country, or of no country the text tells while every guest is from abroad,
        # or the sentence says it was "here"
        local = (
            self.countries.get(meeting["host"]) == country
            or (self.countries.get(meeting["host"]) is None and guests and None not in guests and country not in guests)
            or _says_here(meeting["evidence"])
        )
        if not local or meeting["location_country"] not in (None, country):
            return
        place = f"{meeting['location']}, {city}" if at_venue else city
        meeting["location"], meeting["location_country"] = place, country

    def _sidelines_abroad(self, meeting: dict, city: str) -> bool:
        """A meeting held on the sidelines of an event, placed nowhere, in a dispatch from a city of a country none
        of its sides is from (each side's country known)."""
        if not meeting["sidelines"] or meeting["location"] is not None or meeting["mode"] != "in_person":
            return False
        known = [self.countries.get(p) for p in _sides(meeting)]
        return None not in known and frames_places()[0][city.casefold()] not in known

    def _venue_city(self, meeting: dict) -> None:
        """A held meeting placed only in a building or a quarter the gazetteer does not know as a city ("at the
        Ministry of Defence", "at the Bayi Building", "in Cilangkap") is in a city too: the city the story told
        last before it, else the dateline's, of the place's or the host's country (any of them for a sitting nobody
        hosts), else the capital of the host's country. The place reads "building, city" (GOLD: the city or venue
        named; both are given)."""
        place = meeting["location"]
        if not place or meeting["mode"] != "in_person" or meeting["status"] != "occurred":
            return
        cities, countries, _ = frames_places()
        # "Kestrel Headquarters, Cilangkap": the place's last part is what may lie inside a city
        last = _last_part(place).casefold().strip()
        bare = last.removeprefix("the ")
        # a city of the gazetteer or the world table ("Kestrel Barracks, Utrecht", "The Hague"), a country, or "Kestrel
        # City", "Velk Province", "D.C.": a place of its own, not one inside a city
        if (
            place_country(last)
            or place_country(bare)
            or bare in countries
            or (re_words(bare) or [""])[-1] in cues()["settlement_words"]
            or re.fullmatch(r"(?:[a-z]\.){2,}", bare)
        ):
            return
        host_country = self.countries.get(meeting["host"]) if meeting["host"] else None
        fits = {c for c in (meeting["location_country"], host_country) if c}
        told = _last_part(meeting["place_told_before"][0]) if meeting["place_told_before"] else None
        for city in (told, self.calendar.dateline_city):
            country = cities.get(str(city or "").casefold())
            if country and (country in fits or not meeting["host"] and not fits):
                break
        else:
            city = _capitals().get(host_country) if host_country and not meeting["sidelines"] else None
            country = host_country
        if city:
            # a place that is the city spelt another way (a vowel or two off: "Zorgrad" / "Zorgrat") is no building in it
            same = fuzz.ratio(bare, city.casefold().removeprefix("the ")) >= CITY_SPELLING_SIMILARITY
            meeting["location"], meeting["location_country"] = place if same else f"{place}, {city}", country

    def _dateline_home(self, meeting: dict) -> str | None:
        """The dateline's country for a meeting the text places nowhere, when exactly one side is of that country
        and every other side's country is known to be another: a local call-on of the dispatch."""
        city = self.calendar.dateline_city
        if city is None or meeting["location"] or meeting["sidelines"] or meeting["status"] != "occurred":
            return None
        country = frames_places()[0][city.casefold()]
        known = [self.countries.get(p) for p in meeting["participants"]]
        if known.count(country) == 1 and None not in known:
            return country
        # "SEOUL (Agency) - Defense Minister X held talks with his Australian counterpart Y": the one side the text
        # gives no country is the dispatch's own while every other side is from abroad
        if country not in known and known.count(None) == 1 and len(known) >= 2:
            return country
        return None

    def _guests(self) -> set[str]:
        """The people received by someone in the text's in-person meetings, and nobody's host."""
        guests = {
            p
            for m in self.items
            if m["host"] and m["mode"] == "in_person" and m["status"] == "occurred"
            for p in m["participants"]
            if p != m["host"]
        }
        hosts = {m["host"] for m in self.items if m["host"]}
        return (guests | self.travellers) - hosts

    def _envoy_guest(self, meeting: dict) -> str | None:
        """The one side of a sitting of two whose post is a diplomat's posted abroad (cues.json envoy_post_words),
        where the meeting's sentence writes such a post (a node's post is the latest of the corpus's), else None."""
        sides = _sides(meeting)
        if len(sides) != 2 or meeting["sidelines"] or not _envoy_words(str(meeting["evidence"] or "")):
            return None
        envoys = [p for p in sides if _envoy_words((self.posts.get(p) or ("", ""))[0] or "")]
        return envoys[0] if len(envoys) == 1 else None

    def told_or_home_host(self, meeting: dict) -> str | None:
        """The host the text told, else the side at home (`host`)."""
        return meeting["host"] or self.host(meeting)

    def host(self, meeting: dict, envoys: bool = True) -> str | None:
        """The receiving side when the text does not say "received"/"hosted": the participant who is at
        home (the meeting city is in their country) while the others are visiting, or (`envoys`) the one an
        ambassador meets. Nobody is at home at an international event."""
        venues = self.calendar.venues
        if meeting["mode"] != "in_person":
            return None
        if meeting["location"] and str(meeting["location"]).casefold() in venues:
            return None
        parts = meeting["participants"]
        if meeting["visitor"] and len(parts) >= 2:  # the side the visitor came to, named first; attendees after
            return next(p for p in parts if p != meeting["visitor"])
        if envoys and (guest := self._envoy_guest(meeting)):
            return next(p for p in _sides(meeting) if p != guest)  # "X met US Ambassador Y": the envoy calls on X
        country = meeting["location_country"] or self._dateline_home(meeting)
        if not country:
            # a guest of the text's own meetings ("X received Y", "Y paid a visit to X") is on a visit: in a
            # later meeting of that visit the other side receives them
            sides = _sides(meeting)  # an attendee joined later is no side
            guests = [p for p in sides if p in self._guests()]
            if guests and len(sides) - len(guests) == 1 and not venues and not meeting["sidelines"]:
                return next(p for p in sides if p not in guests)  # "the visitors then met X": X receives them
            return None
        known = {p: self.countries.get(p) for p in parts}
        home = [p for p, c in known.items() if c == country and p not in self.travellers]  # a visitor is not home
        if len(home) == 1 or home and len(home) < len(parts) and not meeting["sidelines"]:
            # several at home while the others visit: the most senior of that side, the one the text names first
            return home[0]
        unmarked = [p for p in _sides(meeting) if known[p] is None]
        if not home and len(unmarked) == 1 and len(parts) >= 2 and not meeting["sidelines"]:
            return unmarked[0]
        return None


def _envoy_words(text: str) -> bool:
    """Whether a text writes a diplomat's post (cues.json envoy_post_words: "Chargé d'Affaires", often without its
    accent); "in charge of" is no chargé."""
    return not _envoy_post_words().isdisjoint(re_words(re.sub(r"\bin charge of\b", " ", text.casefold())))


@cache
def _envoy_post_words() -> frozenset[str]:
    return frozenset(cues()["envoy_post_words"])


def _delegation_noun(text: str) -> bool:
    return bool(set(re_words(text.lower())) & set(cues()["delegation_nouns"]))


def _chairs_another_sitting(frame: dict) -> bool:
    """ "X chaired a meeting of ...", "chaired an emergency session": the chair verb's object is a sitting told for the
    first time ("a", "an"), not the one told before ("the meeting was chaired by X")."""
    trigger = frame["trigger"] or ""
    return bool(trigger) and re.search(rf"\b{re.escape(trigger)}\s+(?:a|an)\b", frame["evidence"] or "") is not None


def _delegation_members(text: str) -> bool:
    """ "the MEPs", "the Members": the members of a delegation, where the text has told one (frames._delegation_ref)."""
    return bool(set(re_words(text.lower())) & set(cues()["delegation_member_nouns"]))


class _References:
    """Who the people a frame only refers to are: bare surnames, pronouns, "his Turkish counterpart", "the
    sides", resolved from the people the document names around the frame and its meetings so far."""

    def __init__(
        self,
        countries: dict[str, str],
        names: dict[str, str],
        meetings: _Meetings,
        posts: Mapping[str, tuple[str, str]],
        guesses: Mapping[str, str],
    ):
        self.countries = countries
        self.names = names
        self.meetings = meetings
        self.posts = posts  # node_id -> a person's latest (title, rank)
        self.guesses = guesses  # node_id -> the country resolve only guessed for a person
        self.persons_seen: list[str] = []  # the people named before the frame being read
        self.in_sentence: list[str] = []  # the people its sentence names
        self.last_subject: str | None = None  # the person the last sentences were about (their subject)
        self.pronoun_host: str | None = None  # the host a receiving pronoun subject of the frame just read stands for
        self.visiting_pick: str | None = None  # the person a "the visiting ..." reference of that frame stands for
        self.answers: frozenset[int] = frozenset()  # the document's paragraphs that answer a question (an interview)

    def named_sides(self, seen: _Sighting) -> tuple[dict, list[str]]:
        """The participants of a meeting frame: its linked people, then the people its bare surnames, a
        pronoun subject and its references stand for. The frame comes back with its split subject found."""
        frame = seen.frame
        self.pronoun_host = self.visiting_pick = None
        known = _surname_bearers(seen)
        participants = self._surnames(frame, list(seen.participants), known)
        if frame["split"] and frame["split_subject"] and not frame["split_subject_nodes"]:
            # "Tavakoli also called on A and B": the subject is a bare surname, the person named with it before
            starts = {s[0] for s in frame["split_subject"]}
            named = [self.surname_node(s["text"], known) for s in frame["surnames"] if s["start"] in starts]
            if not any(named) and (refs := [r for r in frame["refs"] if r["start"] in starts]):
                # "the army chief then separately met A and B": the one the reference stands for, found
                # before the people met fill the sides
                named = self._told_by(frame, refs[0], participants)
                participants = [*participants, *named[:1]]
            frame = {**frame, "split_subject_nodes": _unique(named)}
        by_surname = [p for p in participants if p not in seen.participants]
        if frame["split"] and not frame["split_subject_nodes"] and by_surname:
            # "Khiem also received A and B in separate meetings": the person the bare name stands for meets each
            frame = {**frame, "split_subject_nodes": by_surname[:1]}
        if frame["split_subject_ref"] and not frame["split_subject_nodes"]:
            # "He has already met A, B and C": the person the pronoun stands for meets each of them
            # "The visiting minister called on A and B": else the reference before the people met
            first = min((s[0] for s in frame["participants"]), default=None)
            pronouns = [r for r in frame["refs"] if str(r["text"]).lower() in ("he", "she")] or [
                r for r in sorted(frame["refs"], key=lambda r: r["start"]) if first is None or r["start"] < first
            ]
            subject = self._told_by(frame, pronouns[0], participants) if pronouns else []
            frame = {**frame, "split_subject_nodes": subject[:1]}
            participants = [*participants, *subject[:1]]
        return frame, self._refs(frame, participants, seen.after)

    def _told_by(self, frame: dict, ref: dict, participants: list[str]) -> list[str]:
        """The people a split frame's subject reference stands for, read on its own (before the people met fill the
        sides), who are not participants already."""
        return [p for p in self._refs({**frame, "refs": [ref], "split": False}, [], []) if p not in participants]

    def _counterpart(
        self,
        text: str,
        participants: list[str],
        after: list[str],
        forward: bool = False,
        strict: bool = False,
        stated: bool = False,
    ) -> str | None:
        """ "his Turkish counterpart" named in another sentence or the headline: the nearest person named
        after the reference, else before it, of the country the reference names (one stated of it before one
        guessed of it; failing both, one whose country is unknown or only guessed: "welcomed his Peruvian
        counterpart. Admiral X arrived ...", X guessed of the country the document names most), else of another
        country than the participants (a counterpart is the other side). `strict`: only one of that country;
        `stated`: only one the text states of it."""
        country = _country_named(text)
        own = {self.countries.get(p) for p in participants} - {None}
        candidates = _unique([*after, *([] if forward else reversed(self.persons_seen))])
        candidates = [c for c in candidates if c not in participants]
        if country is not None:
            fitting = [c for c in candidates if self.countries.get(c) == country]
            # one the text gives the country before one resolve only guessed of it (of the country named most)
            fitting = [c for c in fitting if self.guesses.get(c) != country] or ([] if stated else fitting)
            if not fitting and not strict and country not in own:
                # one named after the reference ("welcomed his Peruvian counterpart. Admiral X arrived ..."), never
                # one named before it ("Secretary General X opened ... met his Hungarian counterpart")
                fitting = [c for c in after if c in candidates and self.countries.get(c) in (None, self.guesses.get(c))]
            if fitting or strict or country not in own:
                # a counterpart of another country named is never one of a third ("his Hungarian counterpart"); a
                # reference naming the side's own country ("the first visit by a US defence chief") is the other side
                return next(iter(self._like_posts_first(fitting, participants)), None)
        # a person of another known country first, then one of unknown country
        other = [c for c in candidates if self.countries.get(c) is not None and self.countries.get(c) not in own]
        return next(iter(other), None) or next((c for c in candidates if self.countries.get(c) is None), None)

    def _like_posts_first(self, people: list[str], participants: list[str]) -> list[str]:
        """ "The defence minister spoke with his Danish counterpart" where the Danish ambassador and the Danish
        defence minister are both named: a counterpart holds a post like the side's own, so those first."""
        posts = [self.posts[p][0] for p in participants if self.posts.get(p) and self.posts[p][0]]
        like = [c for c in people if any(post_fits(f"the {post}", *self.posts.get(c, ("", ""))) for post in posts)]
        return like + [c for c in people if c not in like]

    def _refs(self, frame: dict, participants: list[str], after: list[str]) -> list[str]:
        """Nominal references ("the Pakistani general", "the NATO official") not linked by resolve:
        the guest of the last meeting, else the person named last, who is not already a participant.
        A counterpart may be named later in the text too."""
        for ref in frame["refs"]:
            text = str(ref["text"])
            if frame["cosubject_pronoun"] and text.lower() in ("he", "she"):
                # "X arrived in Y. On Monday, he and the envoy, Z, met W": he is X (else the one named last), a side
                # beside Z
                told = [self.last_subject] if self.last_subject is not None else list(reversed(self.persons_seen))
                participants += [p for p in told if p not in participants][:1]
                continue
            if frame["split"] and not _countries_named(text) and "counterparts" in re_words(text.lower()):
                continue  # "a series of meetings with his counterparts from the Americas": named one by one later
            several = len(_countries_named(text)) >= 2 and bool(set(re_words(text.lower())) & COUNTERPART_WORDS)
            if frame["split"] or several:
                # "a series of talks with his counterparts from A, B and C": one of each country ("hosted his A and B
                # counterparts": at one sitting)
                chosen = [
                    self._counterpart(
                        country,
                        participants,
                        [a for a in after if a not in participants][:8],
                        forward=frame["split"],
                        strict=True,
                        stated=not frame["split"],
                    )
                    for country in _countries_named(text)
                ]
                participants += _unique(c for c in chosen if c and c not in participants)
                if several and not frame["split"]:
                    continue  # "met his A and B counterparts": nobody stated of those countries is no one to guess
            elif "counterparts" in re_words(text.lower()):
                continue  # "to hold talks with his Chinese counterparts": people not named, no one of them to guess
            if (
                len(participants) >= 2
                and not _subject_of_named_objects(frame, ref)
                and not self._third_side(text, participants, after)
            ):
                break
            if text.lower() in rules()["first_person"]:
                # an interview's answer ("What did you see?" "I met my colleague X"): the one interviewed, named
                # first on the page; elsewhere a speaker the sentence does not name is no one to guess
                # a transcript's speaker ("Minister X: ... I also held a meeting with Y")
                interviewee = frame["speaker_node"] or (
                    self.persons_seen[0] if self.persons_seen and frame["para_idx"] in self.answers else None
                )
                if interviewee and interviewee not in participants:
                    participants.append(interviewee)
                continue
            indefinite = text.lower().startswith(("a ", "an "))  # "a senior British official": named later
            # "he", and "his" of "his meeting with X": the subject of the sentences before goes on
            goes_on = frame["subject_pronoun"] and text.lower() in SUBJECT_GOES_ON_PRONOUNS
            # "HRH also received Y", "His Highness also met Y": a form of address as subject is the subject before
            addressed = text.lower() in rules()["address_forms"] and ref["start"] in {s[0] for s in frame["subjects"]}
            if addressed and self.last_subject is not None and self.last_subject not in participants:
                pick = self.last_subject
            elif len(named := frame["addressed"].get(text.lower(), ())) == 1 and not named <= set(participants):
                # "he handed it over to His Highness": the one the page named with that form of address
                pick = next(iter(named))
            elif text.lower() == "the" and goes_on and (other := self._other_side_told(participants)):
                pick = other  # "The meeting with X is seen as ...": X's meeting told before, with the same other side
            elif goes_on and (host := self._host_goes_on(frame)):
                pick = self.pronoun_host = host  # "X received Y. He also received Z": the host again
            elif goes_on and text.lower() in ("a", "an", "another") and self.last_subject not in (None, *participants):
                # "X received Y. A further meeting with Z is planned": one more sitting of the one the story follows,
                # even after X hosted (where a "he" may be either)
                pick = self.last_subject
            elif goes_on and self._subject_goes_on(participants):
                # "X arrived in Paris. He first met A. Later he held talks with B": he is X throughout
                pick = self.last_subject
            elif not indefinite and _delegation_members(text) and (leader := self._delegation_leader(participants)):
                # "the MEPs met X": the leader of the delegation told before, where one was told
                pick = leader
            elif not indefinite and _delegation_noun(text):
                # "the delegation also met X": the leader of the delegation told before, else the person named
                # before of the country it names, stated of it: resolve's guess of a country is too weak to make
                # someone named elsewhere the head of a delegation
                pick = (
                    self._delegation_leader(participants)
                    or self._last_sitting_person_of(text, participants)
                    or self._last_person_of(text, participants, stated=True)
                )
            elif indefinite or any(w in COUNTERPART_WORDS for w in re_words(text.lower())):
                pick = self._counterpart(
                    text, participants, [a for a in after if a not in participants][:3], forward=indefinite
                )
            elif frame.get("earlier_year") and not goes_on:
                pick = None  # "In 2028 the fleet commander called on X": whoever held the post then
            elif text.lower().startswith("our "):
                pick = self._own_official(text, participants)
            else:
                pick = self._last_person_of(text, participants) or (
                    None if _headline(frame) else self._named_later(text, participants, after)
                )
            if pick:
                participants.append(pick)
                if goes_on or ref["start"] in {s[0] for s in frame["subjects"]}:
                    self.last_subject = pick  # "the minister was received by X. She then ...": she is the minister
                if set(re_words(text.lower())) & cues()["visiting_words"]:
                    self.visiting_pick = pick  # "held talks with the visiting Ostrian minister": the guest
        if len(participants) < 2 and (sides := self._sides_by_country_posts(frame, participants)):
            participants += [p for p in sides if p not in participants]
        return participants

    def _sides_by_country_posts(self, frame: dict, participants: list[str]) -> list[str]:
        """ "The two sides agreed that the Omani minister would travel to Tehran for talks with the Iranian foreign
        minister" after a call of two whose countries the text never states: two posts of two countries, each of
        which fits one of the two people of the meeting told last, are those two."""
        last = self.meetings.last()
        texts = [str(r["text"]) for r in frame["refs"]]
        countries = {c for t in texts for c in _countries_named(t)}
        if last is None or len(last["participants"]) != 2 or len(texts) != 2 or len(countries) != 2:
            return []
        if any(len(_countries_named(t)) != 1 or not names_a_post(t) for t in texts):
            return []
        people = last["participants"]
        # a country stated of either that none of the posts names makes them others (one resolve only guessed does
        # not: "talks on Gaza" may have guessed it for both)
        stated = {p: self.countries.get(p) for p in people if self.guesses.get(p) != self.countries.get(p)}
        if set(participants) - set(people) or any(c not in (None, *countries) for c in stated.values()):
            return []
        # a person whose post the text never gives may hold either
        fits = all(any(p not in self.posts or post_fits(t, *self.posts[p]) for p in people) for t in texts)
        return list(people) if fits else []

    def _third_side(self, text: str, participants: list[str], after: list[str]) -> bool:
        """ "X held a meeting with his Turkish counterpart, then talks with the participation of Y": a counterpart of
        a country none of the two named sides has is a side of its own, when someone of that country is named."""
        if not set(re_words(text.lower())) & COUNTERPART_WORDS or (country := _country_named(text)) is None:
            return False
        if country in {self.countries.get(p) for p in participants}:
            return False
        return self._counterpart(text, participants, after[:3], strict=True) is not None

    def _delegation_leader(self, participants: list[str]) -> str | None:
        """ "the delegation": the traveller (a delegation's leader, a visitor) its sentence names ("Led by X, the
        delegation met Y"), else the one named last before it (a meeting's visitor, "received a delegation led by X",
        is one)."""
        travellers = self.meetings.travellers | {m["visitor"] for m in self.meetings.items if m["visitor"]}
        return next(
            (p for p in [*self.in_sentence, *reversed(self.persons_seen)] if p in travellers and p not in participants),
            None,
        )

    def _host_goes_on(self, frame: dict) -> str | None:
        """ "He also received Z" (a receiving verb with a pronoun subject and no named host) after a meeting with a
        named host: that host."""
        last = self.meetings.last()
        if frame["host"] is not None or frame["trigger_lemma"] not in cues()["host_verbs"] or last is None:
            return None
        return last["host"]

    def _subject_goes_on(self, participants: list[str]) -> bool:
        """Whether a pronoun subject is the subject of the sentences before: someone not yet a participant, who
        did not receive the others at the last meeting (after "X received Y" or "X met visiting Y", "he" may be
        either; after "X met Y" in X's country, X is its host by inference only, and "he" goes on being X)."""
        if self.last_subject is None or self.last_subject in participants:
            return False
        last = self.meetings.last()
        if last is None:
            return True
        return (
            last["host"] or (self.meetings.host(last, envoys=False) if last["visitor"] else None)
        ) != self.last_subject

    def _last_person_of(self, text: str, participants: list[str], stated: bool = False) -> str | None:
        """ "the Indian Army chief": the guest of the last meeting, else the person named last, of the country
        the reference names (else of no known country; `stated`: only one the text states of it), who is not
        already a participant."""
        candidates = []
        if last := self.meetings.last():
            host = self.meetings.told_or_home_host(last)
            candidates += [p for p in last["participants"] if p != host] + last["participants"]
        candidates += list(reversed(self.persons_seen))
        # "the Prime Minister" is no deputy defence minister named before (a person of no known post may be)
        candidates = [c for c in candidates if c not in participants and post_fits(text, *self.posts.get(c, ("", "")))]
        country = _country_named(text)
        if stated:
            candidates = [
                c for c in candidates if country is not None and self.countries.get(c) == country != self.guesses.get(c)
            ]
        elif country is not None:
            # one the text states of the country before one resolve only guessed of it
            of_country = [c for c in candidates if self.countries.get(c) == country]
            candidates = (
                [c for c in of_country if self.guesses.get(c) != country]
                or of_country
                or [c for c in candidates if self.countries.get(c) is None]
            )
        return next(iter(candidates), None)

    def _own_official(self, text: str, participants: list[str]) -> str | None:
        """ "our Minister" in a ministry's own release: its own official, who hosts the sittings it tells and is
        named first on the page, not the guest named last."""
        hosts = [self.meetings.told_or_home_host(m) for m in self.meetings.items]
        candidates = _unique([h for h in hosts if h] + self.persons_seen)
        return next(
            (c for c in candidates if c not in participants and post_fits(text, *self.posts.get(c, ("", "")))), None
        )

    def _last_sitting_person_of(self, text: str, participants: list[str]) -> str | None:
        """ "The Senegalese delegation was also received by X" after a session A and B co-chaired: the one of the
        last meeting of the country the reference names (its head there), even when that country was guessed."""
        last, country = self.meetings.last(), _country_named(text)
        if last is None or country is None:
            return None
        found = [p for p in last["participants"] if p not in participants and self.countries.get(p) == country]
        return found[0] if len(found) == 1 else None

    def _named_later(self, text: str, participants: list[str], after: list[str]) -> str | None:
        """ "Thailand's defence minister held talks with ..." with nobody named before: the person of the country
        the reference names who is named next ("Thai Defence Minister X said ...")."""
        country = _country_named(text)
        if country is None:
            return None
        later = [a for a in after if a not in participants][:3]
        stated = (
            a for a in later if self.countries.get(a) == country and post_fits(text, *self.posts.get(a, ("", "")))
        )
        if (pick := next(stated, None)) or country in {self.countries.get(p) for p in participants}:
            return pick
        # "The chief of staff of the Ostrian Navy called on X. Adm. Y, on a four-day visit, ...": the one named next,
        # with a rank and no post, whose country the text does not state
        first = later[0] if later else None
        post = self.posts.get(first, ("", ""))
        return (
            first if self.countries.get(first) in (None, self.guesses.get(first)) and post[1] and not post[0] else None
        )

    def surname_nodes(self, frame: dict, known: list[str]) -> list[str]:
        """The people the frame's bare surnames stand for."""
        return self._surnames(frame, [], known)

    def _surnames(self, frame: dict, participants: list[str], known: list[str]) -> list[str]:
        """A bare surname in a participant role: the person of the document whose name ends with it."""
        for surname in frame["surnames"]:
            node = self.surname_node(surname["text"], known)
            if node is not None and node not in participants:
                participants.append(node)
        return participants

    def surname_node(self, surname: str, known: list[str]) -> str | None:
        """The one person of `known` whose name ends with a bare surname (else begins with it: a person called by
        the first name, "Pramono", "Anwar", as some countries' press does; else has it inside), else None."""
        folded = slug(surname)
        match = _unique(p for p in reversed(known) if slug(self.names.get(p, "")).endswith(folded))
        if not match:
            match = _unique(p for p in reversed(known) if slug(self.names.get(p, "")).startswith(f"{folded}-"))
        if not match:  # the first of two surnames ("Paredes" for "Jorge Luis Paredes Montoya")
            match = _unique(p for p in reversed(known) if _inside_name(folded, slug(self.names.get(p, ""))))
        if not match:  # the text's spelling, where resolve named the person in another document's ("Brantiyev")
            match = _unique(
                p
                for p in reversed(known)
                if spellings_of_one_surname(folded, slug(self.names.get(p, "")).rpartition("-")[2])
            )
        if not match and len(surname) >= 3 and surname.isupper() and surname.isalpha():
            # "the JEMAD called on X", "the EUSR held talks": the acronym of the post of one person named before
            match = _unique(
                p
                for p in reversed(known)
                if acronym_in(surname, (self.posts.get(p) or ("", ""))[0] or "", whole_post=True)
            )
        return match[0] if len(match) == 1 else None

    def _latest_with(self, named: list[str], two_sided: bool = False) -> dict | None:
        """The latest meeting whose sides hold everyone `named` (of those with two sides only, if asked)."""
        return next(
            (
                m
                for m in reversed(self.meetings.items)
                if set(named) <= set(_sides(m)) and (not two_sided or len(_sides(m)) == 2)
            ),
            None,
        )

    def _other_side_told(self, named: list[str]) -> str | None:
        """The other side of the latest two-sided meeting told with the one person `named`."""
        told = self._latest_with(named, two_sided=True) if len(named) == 1 else None
        return next((p for p in _sides(told) if p not in named), None) if told is not None else None

    def _told_with(self, named: list[str]) -> dict | None:
        """The latest meeting told of two sides, one of them everyone `named`, when it is not the last one."""
        told = self._latest_with(named)
        return told if told is not None and told is not self.meetings.last() and len(_sides(told)) == 2 else None

    def _one_of_each(self, countries: Sequence[str], post: str | None) -> list[str]:
        """The person of each country named last (of those holding `post`, where any does), if every country has one."""
        seen = _unique(reversed(self.persons_seen))
        found = []
        for country in countries:
            people = [p for p in seen if self.countries.get(p) == country]
            holders = self.holding(people, post) if post else []
            if not (holders or people):
                return []
            found.append((holders or people)[0])
        return _unique(found)

    def other_side(self, named: list[str], people: list[str]) -> list[str]:
        """ "At the meeting with X, the sides discussed ..." with no meeting told before: X and the person named
        last of another known country than X (else the person named last), not everyone named so far."""
        return self._of_other_country(named, people) or people

    def _of_other_country(self, named: list[str], people: list[str]) -> list[str]:
        """The people of a known country other than any of `named`'s (none when no country of `named` is known)."""
        own = {self.countries.get(p) for p in named} - {None}
        return [p for p in people if self.countries.get(p) not in (None, *own)] if own else []

    def names_person(self, text: str, person: str) -> bool:
        """Whether a side's text names the person: their surname in a name, or a post reference ("the President")
        that fits their post."""
        words = re_words(text.casefold())
        if words and words[0] in ("the", "his", "her", "their"):
            return names_a_post(text) and post_fits(text, *self.posts.get(person, ("", "")))
        name = re_words(self.names.get(person, "").casefold())
        return bool(name) and name[-1] in words

    def holding(self, people: Sequence[str], post: str) -> list[str]:
        """The people whose post or rank "the <post>" can name."""
        return [p for p in people if post_fits(f"the {post}", *self.posts.get(p, ("", "")))]

    def group(
        self,
        named: list[str],
        size: int | None = None,
        post: str | None = None,
        countries: Sequence[str] = (),
        another: bool = False,
    ) -> list[str]:
        """The people a plural phrase ("the sides", "the two ministers") stands for: those of the last meeting
        ("the three ministers" of a sitting of six: the three of them holding a minister's post, else the three named
        first, before any attendee). Beside a named person ("at the meeting with X, the sides discussed"), only the
        other side: the last meeting's people of another known country than X, else its guest. "The Ostrian and
        Velkan ministers": the person of each country named last (holding the post, where one does). "In a separate
        meeting with X, the sides ...": the one the story follows (of the last meeting's sides the one named first, else
        its host), who sits with X again."""
        if countries and (by_country := self._one_of_each(countries, post)):
            return [p for p in by_country if p not in named]
        last = self.meetings.last()
        if (
            countries
            and last is not None
            and all(self.countries.get(p) not in (None, *countries) for p in last["participants"])
        ):
            return []  # "the Iraqi and Saudi delegations" after a sitting of a Kuwaiti and an Italian: nobody named
        if another and named and last is not None and not set(named) & set(last["participants"]):
            # (the one of the last sitting's sides named first: "X held a series of meetings. Meeting A, X proposed
            # ... A said ...": X's sittings, whoever spoke last)
            own = next((p for p in self.persons_seen if p in last["participants"]), None)
            own = own or self.meetings.told_or_home_host(last)
            if own is not None:
                return [own]
        if named and (told := self._told_with(named)) is not None:
            # "A received B, then held talks with C. In the talks with B, the two sides ...": B's meeting, not the last
            return [p for p in _sides(told) if p not in named]
        if last is None:
            seen = [p for p in _unique(reversed(self.persons_seen)) if p not in named]
            holding = set(self.holding(seen, post)) if post else set()
            counted = [p for p in seen if p in holding or not self.posts.get(p, ("",))[0]] if post else seen
            if named and size and len(counted) >= size:
                # "the two ministers were received by X": the last two who hold the post or whose post is not known
                return counted[:size]
            return self.other_side(named, seen)[:1] if named else seen[:2]
        people = list(last["participants"])
        if not named and size and len(people) < size:
            # "The three had last sat in the trilateral format in X" after a one-on-one of two of them: the last
            # sitting of as many
            sitting = next((m for m in reversed(self.meetings.items) if len(m["participants"]) == size), None)
            if sitting is not None:
                return list(sitting["participants"])
        if named and size and not set(named) & set(people):
            if len(named) + len(people) == size:
                return people  # "A met B. A trilateral meeting with X was postponed": A, B and X
            # "the two ministers, along with X, will hold", "the two ministers were received by X": the last
            # meeting's two (of a larger sitting, the two holding the post)
            counted = people if len(people) == size else self.holding(people, post) if post else people
            if len(counted) == size:
                return counted
        if not named and post and len(self.holding(people, post)) < min(size or 2, len(people)):
            # "The chiefs last met in X" after a call on a minister: the last meeting of two holding the post
            earlier = (self.holding(m["participants"], post) for m in reversed(self.meetings.items))
            holders = next((h for h in earlier if len(h) >= 2 and (not size or len(h) == size)), None)
            if holders is not None:
                return holders
        if named and not set(named) & set(people):
            other = self._of_other_country(named, people)
            host = self.meetings.told_or_home_host(last)
            guests = [p for p in people if p != host]
            if host is not None and post in cues()["guest_refs"]:
                return guests  # "A hosted B and C. The visitors then held talks with X": B and C, each a guest
            return other or guests[:1] or people[:1]
        if size and len(people) > size:
            holders = self.holding(people, post) if post else []
            # else the sides named first: attendees are added after them ("The two officers agreed to meet again")
            return holders if len(holders) == size else people[:size]
        # "The ministers agreed to meet in Kyiv" after a call that X also took part in: the sides, not the attendee
        sides = _sides(last)
        return sides if len(sides) >= 2 else people


class _DocReader:
    """Reads the frames of one document in order and builds its meetings: one handler per frame kind
    (`add`), with what the text told so far (`_Calendar`), who its references are (`_References`) and the
    meetings it has told (`_Meetings`)."""

    def __init__(
        self,
        published,
        countries: dict[str, str],
        names: dict[str, str],
        dateline_place=None,
        travellers: set[str] = frozenset(),
        posts: Mapping[str, tuple[str, str]] | None = None,
        guesses: Mapping[str, str] | None = None,
    ):
        self.calendar = _Calendar(published, dateline_place)
        self.meetings = _Meetings(countries, travellers, self.calendar, posts or {})
        self.references = _References(countries, names, self.meetings, posts or {}, guesses or {})
        self.pending_group: list[dict] = []  # group phrases told before any meeting or person
        self.pending_topics: list[str] = []  # topics told before any meeting
        # a meeting with an unnamed delegation ("held talks with senior officials of X") waiting for its leader
        self.pending_delegation: tuple[dict, list[str], str | None] | None = None
        self.lone_leader: tuple[dict, list[str]] | None = None  # a delegation's leader told with no meeting yet
        # people said to be at a sitting no meeting sentence told ("X started work at the meeting ...",
        # "the meeting is chaired by Y", "Z is also participating")
        self.gathered: tuple[dict, list[str]] | None = None
        # the people of a verbless sentence the parser cut off a list of names: (para_idx, sent_idx, people)
        self.fragment: tuple[int, int, list[str]] | None = None
        # the number of meetings told when the text last told a ceremony ("X was accorded a guard of honour"):
        # people present right after it were at the ceremony, not at the meeting before it
        self.ceremony_at: int | None = None
        # a lead sentence that speaks of a meeting before any is told, naming nobody ("The army commanders discussed
        # cooperation at a meeting held in X, the ministry reported on June 8"): its day and place are the first one's
        self.lead_details: dict | None = None
        # a call with one named person ("the students joined a video call with X") and that person, where relate found
        # them: the call a next sentence telling what X and someone discussed is
        self.remote_side: tuple[dict, str | None] | None = None
        # the people of a visit or sitting a sentence told called off with no meeting of its own ("The visit X was
        # to make next week has been suspended"), and its paragraph: their plans told around it are called off too
        self.called_off: tuple[set[str], int] | None = None

    def add(self, seen: _Sighting) -> None:
        """Read one frame: hand it to the handler of its kind."""
        self.references.persons_seen, self.references.in_sentence = seen.before, seen.in_sentence
        self.calendar.note_dateline(seen.frame)
        self.calendar.vague_told = self.calendar.vague_told or bool(seen.frame["vague_date"])
        kind = seen.frame["kind"]
        seen = self._with_fragment(seen)
        if kind == "cooccurrence":
            self._add_cooccurrence(seen)
            return
        if self._name_pending_group(seen) and kind in ("topics", "context"):
            return
        _HANDLERS[kind](self, seen)
        subjects = [n for n in seen.frame["subject_nodes"] if n] or self._bare_subjects(seen)
        if subjects:
            self.references.last_subject = subjects[0]

    def _surname_host(self, seen: _Sighting) -> str | None:
        """ "Brant received X": the person a bare surname that hosts stands for, named before."""
        told = seen.frame["host_surname"]
        return self.references.surname_node(told[0]["text"], _surname_bearers(seen)) if told else None

    def _bare_subjects(self, seen: _Sighting) -> list[str]:
        """ "Kalem met X": the person a bare surname subject (no entity of its own) stands for, named before."""
        starts = {s[0] for s in seen.frame["subjects"]}
        known = _surname_bearers(seen)
        found = (self.references.surname_node(s["text"], known) for s in seen.frame["surnames"] if s["start"] in starts)
        return [n for n in found if n]

    def _with_fragment(self, seen: _Sighting) -> _Sighting:
        """ "JCS Chairman Gen. X, U.S. Pacific Command (PACOM) | Commander Adm. Y and Gen. Z took part in the call":
        the parser ended a sentence inside a list of names (no verb, ending at a bracket or comma, not a headline); the
        people of that fragment are on the subject side of the sentence it was cut from."""
        frame, fragment = seen.frame, self.fragment
        self.fragment = None
        if frame["kind"] in ("topics", "context"):
            if (
                self.pending_group
                and fragment
                and (fragment[0], fragment[1] + 1) == (frame["para_idx"], frame["sent_idx"])
            ):
                # "The A navy was represented by X, while the B delegation was led by Captain (Navy) | Y": the group
                # waiting for its people is named across the cut
                seen = replace(seen, in_sentence=_unique([*fragment[2], *seen.in_sentence]))
            if seen.in_sentence and re.search(r"[),]\s*$", frame["evidence"] or ""):  # cut after "(PACOM)" or ","
                self.fragment = (frame["para_idx"], frame["sent_idx"], list(seen.in_sentence))
            return seen
        if (
            fragment is None
            or frame["kind"] not in ("join", "meeting")
            or (fragment[0], fragment[1] + 1) != (frame["para_idx"], frame["sent_idx"])
            or not seen.participants
        ):
            return seen
        return replace(seen, participants=_unique([*fragment[2], *seen.participants]))

    # -- one handler per frame kind --------------------------------------------------------------------
    def _add_cooccurrence(self, seen: _Sighting) -> None:
        """The baseline: every sentence with a meeting word and two people is a meeting of its own."""
        if len(seen.participants) >= 2:
            self.meetings.items.append(self._new_meeting(seen.frame, list(seen.participants), None))

    def _name_pending_group(self, seen: _Sighting) -> bool:
        """A sentence naming two people after a group phrase that named nobody ("a meeting of the defence
        ministers of A, B and C ... X, Y and Z attended"): they are the group. Whether it made the meeting."""
        if (
            not self.pending_group
            or len(seen.in_sentence) < 2
            or (seen.frame["kind"] == "meeting" and len(seen.participants) >= 2)
            or (seen.frame["kind"] != "meeting" and _ceremony(seen.frame))
        ):
            # "... as army chiefs meet" above "A ceremony was held with A and B in attendance": the two at the
            # ceremony are not the group; the meeting told later is
            return False
        group = self.pending_group.pop(0)
        named = group.get("group_named", [])
        host = group.get("group_host") if named else None
        if self.gathered is not None and seen.frame["para_idx"] - self.gathered[0]["para_idx"] <= GATHER_PARAGRAPHS:
            # "The council met under the chairmanship of X. Present at the meeting were A, B and C": X too
            # (its sentence tells the day and place better than a headline's group)
            group = {**self.gathered[0], "topics": _unique([*group["topics"], *self.gathered[0]["topics"]])}
            named, self.gathered = [*named, *self.gathered[1]], None
        meeting = self._new_meeting(group, _unique([*named, *seen.in_sentence]), host)
        meeting["topics"] = _unique([*meeting["topics"], *seen.frame["topics"]])
        self._complete(meeting, group)
        return True

    def _add_context(self, seen: _Sighting) -> None:
        """A topics or context sentence: details of the last meeting, topics, and the day and place it tells."""
        frame = seen.frame
        if frame["meeting_ref"]:
            self.ceremony_at = None
        elif _ceremony(frame):
            self.ceremony_at = len(self.meetings.items)
        if frame["meeting_ref"] and frame["status"] == "cancelled" and seen.in_sentence:
            self._called_off(set(seen.in_sentence), frame["para_idx"])
        if frame["meeting_ref"] and frame["status"] != "occurred" and len(seen.in_sentence) == 1:
            self._visit_to_the_other_side(frame, seen.in_sentence[0])
        if frame["invitation_accepted"]:
            # the one who accepted: the frame's person, else the person its bare surname stands for
            guests = seen.participants or self.references.surname_nodes(frame, _surname_bearers(seen))
            if len(guests) == 1:
                self._invitation_accepted(frame, guests[0])
        told = {p for m in self.meetings.told_last() for p in m["participants"]}
        if frame["meeting_ref"] and (len(seen.in_sentence) < 2 or set(seen.in_sentence) <= told):
            self._add_details(frame)
            if not self.meetings.items and (self.lead_details is None or _headline(self.lead_details)):
                self.lead_details = frame  # the lead's sentence tells the day and place better than a headline
        if frame["topics"]:
            if self.meetings.items:
                for target in self.meetings.topic_targets(frame):
                    target["topics"] = _unique([*target["topics"], *frame["topics"]])
            else:
                self.pending_topics += frame["topics"]
        self.calendar.note(frame)

    def _add_leaders(self, seen: _Sighting) -> None:
        """ "The visiting delegation was led by X": X is the other side of the meeting with the delegation told
        just before (GOLD: a delegation led by X is X)."""
        if not seen.participants:
            return
        if self.pending_delegation is None and self._leaders_of_respective_sides(seen):
            return
        if self.pending_delegation is None:
            self._leaders_of_two_delegations(seen)
            return
        told, people, host = self.pending_delegation
        self.pending_delegation = None
        if seen.frame["para_idx"] - told["para_idx"] > DELEGATION_PARAGRAPHS:
            return
        participants = _unique([*people, *seen.participants])
        if len(participants) < 2:
            return
        visiting = set(re_words((seen.frame["evidence"] or "").lower())) & cues()["visiting_words"]
        if host is None and visiting and len(people) == 1 and people[0] not in seen.participants:
            host = people[0]  # "X held talks with senior officials of Y. The visiting delegation was led by Z": X hosts
        meeting = self._new_meeting(told, participants, host)
        self._complete(meeting, told)
        self.calendar.note(told)

    def _chair_of_the_delegations(self, frame: dict, participants: list[str]) -> tuple[dict, list[str]] | None:
        """The chair's frame and all the people, where the leaders of two delegations are told right after a chair
        of a sitting no meeting was told for yet (gathered, `_add_join`); None otherwise."""
        if (
            self.gathered is None
            or self.gathered[0]["trigger_lemma"] not in cues()["side_chair_verbs"]
            or frame["trigger_lemma"] not in cues()["lead_verbs"]
            or len(participants) < 2
            or not 0 <= frame["para_idx"] - self.gathered[0]["para_idx"] <= 1
        ):
            return None
        (chair_frame, chairs), self.gathered = self.gathered, None
        return chair_frame, _unique([*chairs, *participants])

    def _leaders_of_respective_sides(self, seen: _Sighting) -> bool:
        """ "The commission will meet in X on May 8, with A and B leading their respective sides": the leaders of
        the sides of a sitting the sentence tells meet (GOLD: a delegation led by X is X). Whether it made one."""
        words = set(re_words((seen.frame["evidence"] or "").lower()))
        if len(seen.participants) < 2 or not {"respective", "their"} & words:
            return False
        if not words & (cues()["meeting_nouns"] | {"meet", "meets", "met"}):
            return False
        meeting = self._new_meeting(seen.frame, list(seen.participants), None)
        self._complete(meeting, seen.frame)
        return True

    def _leaders_of_two_delegations(self, seen: _Sighting) -> None:
        """ "The A delegation was led by X, while the B delegation was led by Y" in a story that has told no meeting
        yet: the two sides of the sitting it tells (GOLD: a delegation led by X is X), leaders told in one paragraph."""
        earlier, self.lone_leader = self.lone_leader, (seen.frame, list(seen.participants))
        if (
            earlier is None
            or self.meetings.last_of_story() is not None
            or earlier[0]["para_idx"] != seen.frame["para_idx"]
            or set(earlier[1]) & set(seen.participants)
        ):
            return
        meeting = self._new_meeting(earlier[0], _unique([*earlier[1], *seen.participants]), None)
        self._complete(meeting, earlier[0])
        self.calendar.note(earlier[0])
        self.lone_leader = None

    def _add_join(self, seen: _Sighting) -> None:
        """People who take part ("X also attended"): added to the last meeting, or gathered until two are."""
        frame = seen.frame
        if not seen.participants:
            return
        # a surname the model tagged as a body, named beside a person ("which A and Dumont-Vey will co-chair")
        named = self.references.surname_nodes(frame, _surname_bearers(seen))
        seen = replace(seen, participants=_unique([*seen.participants, *named]))
        last = (
            self._sitting_with(frame)
            or self._sitting_of_group(frame)
            or self._sitting_of_size(frame)
            or self._sitting_at(frame)
            or self._remote_sitting(frame)
            or self._sitting_in_person(frame)
            or self._held_sitting(frame)
            or self.meetings.last_of_story()
        )
        if _meal(frame):
            return  # "X and Y attended a dinner for the delegation": an event of the visit, no sitting of theirs
        words = [w.strip(".") for w in re_words((frame["evidence"] or "").lower())]
        if last is None or frame["status"] == "occurred" != last["status"]:
            if last is None and set(words) & cues()["occasion_words"]:
                return  # "A dedicated the projects. B, C and other officials were present on the occasion": no sitting
            if last is None and self.ceremony_at == len(self.meetings.items) and not frame["meeting_ref"]:
                return  # "X laid a wreath at the memorial. A, B and C were present": at the ceremony, no sitting
            if last is None and frame["trigger_lemma"] == "join" and not frame["meeting_ref"]:
                return  # "X returned from a trip to Y. She was joined by A and B": her companions, no sitting
            # "X chaired a meeting of the council; Y and Z attended" after a meeting only planned: another sitting
            if last is None:
                self.calendar.note(frame)  # "X took part in the ministers' meeting in Y": the day and place told
            self._gather(frame, seen.participants)
            return
        if self.ceremony_at == len(self.meetings.items) and not frame["meeting_ref"] or _ceremony(frame):
            return  # "X was accorded a guard of honour. Y and Z were present": at the ceremony
        if frame["status"] == "planned" and last["status"] == "occurred" and frame["meeting_ref"]:
            # "The two sides agreed to hold another dialogue in X. Y and Z are expected to join it": the sides of the
            # sitting held, with the joiners, at a sitting to come
            people = _unique([*_sides(last), *seen.participants])
            self._complete(self._new_meeting(frame, people, None), frame)
            return
        if frame["joined_later"] and frame["para_idx"] == last["para_idx"]:
            # "A held talks with B before both were joined by C": the talks of two, then a sitting of all three
            people = _unique([*last["participants"], *seen.participants])
            sitting = {**frame, "in_sequence": True, "sitting_size": len(people)}  # another sitting, told after
            self._complete(self._new_meeting(sitting, people, None), sitting)
            return
        if frame["trigger_lemma"] in cues()["side_chair_verbs"] and (
            frame["sidelines"] or last["split"] or any(m["sidelines"] for m in [last, *self._same_days_meetings(last)])
        ):
            # "A met B on the sidelines of the forum. Separately, A met C. D, who chaired the meeting, ...": the
            # forum's chair; "The X ministers' meeting was chaired by D": the chair of a gathering, not of A's talks
            # ("A also met C separately": a side meeting too)
            return
        if frame["trigger_lemma"] in cues()["side_chair_verbs"] and _chairs_another_sitting(frame):
            # "Earlier, X chaired an emergency meeting of commanders": a sitting of its own, not the talks told before
            if len(seen.participants) >= 2:
                self._gather(frame, seen.participants)
            return
        day = self.calendar.day(frame["date_text"], last["status"]) if frame["date_text"] else None
        if day is not None and last["date"] is not None and day != last["date"]:
            # "On Friday, the session was chaired by X" after Thursday's meeting: another sitting, a meeting once two
            # are told at it ("the talks held on April 21 and co-chaired by him and General Y")
            if len(seen.participants) >= 2:
                self._gather(frame, seen.participants)
            return
        if "both" in words and len(self.meetings.items) >= 2:
            # "X was present at both meetings": the two told last
            for earlier in self.meetings.items[-2:-1]:
                earlier["participants"] = _unique([*earlier["participants"], *seen.participants])
        elif frame["meeting_ref"] and set(words) & cues()["plural_sitting_words"]:
            # "A met B. A also met C separately. The meetings were attended by X": X was at each
            for earlier in self._same_days_meetings(last):
                earlier["participants"] = _unique([*earlier["participants"], *seen.participants])
                earlier["attendees"] = _unique([*earlier["attendees"], *seen.participants])
        last["participants"] = _unique([*last["participants"], *seen.participants])
        last["attendees"] = _unique([*last["attendees"], *seen.participants])
        if seen.host is not None and last["host"] is None:
            last["host"] = seen.host  # "The meeting was hosted by X"
        if last["date"] is None and frame["date_text"]:
            last["date"] = self.calendar.day(frame["date_text"], last["status"])

    def _same_days_meetings(self, last: dict) -> list[dict]:
        """The meetings told straight before `last` on its day, each sharing a side with it."""
        told, day = [], last["date"] or last["fallback_date"]
        for earlier in reversed(self.meetings.items[: self.meetings.items.index(last)]):
            # (a day the dateline gives is the day of a meeting that names none in its sentence)
            if (earlier["date"] or earlier["fallback_date"]) != day or not set(_sides(earlier)) & set(_sides(last)):
                break
            told.append(earlier)
        return told

    def _sitting_with(self, frame: dict) -> dict | None:
        """ "X was also present at the meeting with the President" after the President's meeting and others were
        told: the latest meeting one of whose people the sitting is named by, of the country it names where one
        is ("the meeting with the Russian president" after the Turkish president's)."""
        texts = frame["sitting_with"]
        named = [
            (m, p)
            for m in reversed(self.meetings.items)
            for p in m["participants"]
            if any(self.references.names_person(t, p) for t in texts)
        ]
        countries = {c for t in texts for c in _countries_named(t)}
        of_country = [m for m, p in named if self.meetings.countries.get(p) in countries]
        return of_country[0] if of_country else named[0][0] if named else None

    def _sitting_of_group(self, frame: dict) -> dict | None:
        """ "The two generals were later joined by X" after the generals' meeting and a reception by a
        governor were told: the latest meeting whose sides are that many, all holding the post."""
        size, post = frame["sitting_group_size"], frame["sitting_group_post"]
        if not size or not post:
            return None
        return next(
            (
                m
                for m in reversed(self.meetings.items)
                if len(sides := _sides(m)) == size and len(self.references.holding(sides, post)) == size
            ),
            None,
        )

    def _sitting_at(self, frame: dict) -> dict | None:
        """ "X also participated in the audience of Bamako" after a meeting elsewhere was told: the latest meeting
        held at the place the sentence names, if another than the last; "X was also present at the Camp Velk talks":
        the latest meeting told at that place (one whose sentence names it before one placed there by inference: "in
        the capital")."""
        if named := frame["sitting_place"]:
            told = (
                m
                for m in reversed(self.meetings.items)
                if named in m["evidence"] or any(named in place for place in m["places_told"])
            )
            placed = (m for m in reversed(self.meetings.items) if named in (m["location"] or ""))
            return next(told, None) or next(placed, None)
        place = frame["location_text"]
        last = self.meetings.last_of_story()
        if not place or last is None:
            return None
        told = next((m for m in reversed(self.meetings.items) if place in m["evidence"]), None)
        if told is not None and told is not last and not (last["location"] and place in last["evidence"]):
            return told  # the last one is placed there only by inference ("received ... in the capital")
        if last["location"] and _places_fit(last["location"], place):
            return None
        return next(
            (m for m in reversed(self.meetings.items) if m["location"] and _places_fit(m["location"], place)), None
        )

    def _remote_sitting(self, frame: dict) -> dict | None:
        """ "Also taking part in the videoconference were X and Y" after a visit it planned was told: the latest
        meeting held the way the sentence names (a call, a videoconference), if the last is held another way."""
        last = self.meetings.last_of_story()
        if frame["mode"] == "in_person" or last is None or last["mode"] == frame["mode"]:
            return None
        return next((m for m in reversed(self.meetings.items) if m["mode"] == frame["mode"]), None)

    def _sitting_in_person(self, frame: dict) -> dict | None:
        """ "The talks were attended by X" after a phone call was told: nobody attends a call, so the latest meeting
        held in person; "The audience was attended by X" after a call-on the guest paid later: the latest audience a
        host received."""
        last = self.meetings.last_of_story()
        if last is None or not frame["meeting_ref"] or frame["mode"] != "in_person":
            return None
        if "audience" in re_words((frame["evidence"] or "").lower()) and not _received(last):
            return next((m for m in reversed(self.meetings.items) if _received(m)), None)
        if last["mode"] != "phone":
            return None
        return next((m for m in reversed(self.meetings.items) if m["mode"] == "in_person"), None)

    def _held_sitting(self, frame: dict) -> dict | None:
        """ "X also took part in the discussions" after the talks held and a meeting only planned were told: the
        latest sitting of the story that took place, when the sentence names the sitting and the last is to come."""
        last = self.meetings.last_of_story()
        if not frame["meeting_ref"] or frame["status"] != "occurred" or last is None or last["status"] == "occurred":
            return None
        return next((m for m in reversed(self.meetings.items) if m["status"] == "occurred"), None)

    def _sitting_of_size(self, frame: dict) -> dict | None:
        """ "X also attended the trilateral meeting" after a bilateral one was told: the latest meeting with as many
        participants as the sitting word says (models/meetings/cues.json `sitting_sizes`), if the sentence has one."""
        stated = _stated_sizes(frame)
        if stated is None:
            return None
        fewest, most = stated
        return next(
            (m for m in reversed(self.meetings.items) if fewest <= len(m["participants"]) <= most),
            None,
        )

    def _call_after_a_sitting(self, frame: dict) -> bool:
        """ "The visit was postponed ... The ministers discussed it in a phone call": a call of the sides of a
        meeting told in another mode is another meeting, not what that one discussed."""
        return frame["mode"] in ("phone", "video") and self.meetings.items[-1]["mode"] != frame["mode"]

    def _add_meeting(self, seen: _Sighting) -> None:
        """A sentence that reports a meeting: its sides, filled from the context where the text only refers
        to them, make one meeting (or one per named person of a split frame)."""
        if self.calendar.earlier_year(seen.frame["evidence"]) and not _told_last(seen.frame):
            # an earlier occasion: a post names whoever held it then, not the person resolve linked it to ("X and the
            # Y minister last met in Z in 2025": the two told, who met then too)
            linked = seen.frame["ref_nodes"]
            seen = replace(
                seen,
                frame={**seen.frame, "earlier_year": True},
                participants=[p for p in seen.participants if p not in linked],
            )
        if seen.frame["group_discussed"] and self.meetings.items and not self._call_after_a_sitting(seen.frame):
            self._add_context(seen)  # "The two chiefs discussed X" after a meeting told: what that meeting discussed
            return
        frame, participants = self.references.named_sides(seen)
        host = seen.host or self._surname_host(seen) or self.references.pronoun_host
        if frame["visitor_node"] is None and self.references.visiting_pick in participants:
            frame = {**frame, "visitor_node": self.references.visiting_pick}
        if frame["group_object"] and len(participants) < 2:
            # "X hosted the navy chiefs of A and B": X is a side of the sitting whose people a later sentence names
            self.pending_group.append({**frame, "group_named": list(participants), "group_host": host})
            self.calendar.note(frame)
            return
        if frame["group"] and frame["group_open"] and participants:
            frame = {**frame, "group": False}  # "the heads of delegations were received by X": many, none named
        if (chair := self._chair_of_the_delegations(frame, participants)) is not None:
            # "X chaired a tripartite meeting with officers of A and B. The A delegation was headed by Y, while the B
            # delegation was led by Z": the chair and the two leaders sat together, on the day and at the place told
            frame, participants = {**chair[0], "topics": _unique([*chair[0]["topics"], *frame["topics"]])}, chair[1]
        # "The three had last sat in the trilateral format": a sitting word counts a group that names nobody
        group_size = frame["group_size"] or (
            _stated_sitting_size(frame) if frame["group"] and not participants else None
        )
        if frame["group"] and frame.get("earlier_year") and not group_size:
            frame = {**frame, "group": False}  # "In 2028 the commanding officers called on X": others, then
        if frame["group"] and (len(participants) < 2 or frame["group_beside"]):
            if not self.meetings.items and not self.references.persons_seen:
                self.pending_group.append(frame)  # the people come in a later sentence
                self.calendar.note(frame)
                return
            group = self.references.group(
                participants,
                group_size,
                frame["group_post"],
                frame["group_countries"] or (),
                another=frame["another_sitting"],
            )
            participants = _unique([*participants, *group])
            frame = {**frame, "anaphoric": True}  # "the parties talked about ...": the meeting told before
        if len(participants) == 1 and frame["trigger_lemma"] in cues()["credential_verbs"]:
            # "X was the first to present his credentials" after "Y received the letters of credence of two
            # attachés": the one who receives them, the host of the audiences
            receiver = self._credentials_receiver(participants[0])
            if receiver is not None:
                participants, host = [*participants, receiver], receiver
        if len(participants) < 2:
            # "X met with the delegation of Y": a delegation no one named before stands for, whose leader a later
            # sentence may name, as "a delegation" does
            delegation = frame["delegation"] or any(_delegation_noun(str(r["text"])) for r in frame["refs"])
            if delegation and participants and frame["status"] != "cancelled":
                self.pending_delegation = (frame, list(participants), host)
            if participants and frame["status"] == "cancelled":
                self._called_off(set(participants), frame["para_idx"])  # "X's visit has been postponed"
            if frame["mode"] != "in_person" and len(participants) == 1 and frame["status"] == "occurred":
                self.remote_side = (frame, participants[0])
            if frame["mode"] != "in_person" and _headline(frame) and not self.meetings.items:
                # "Readout of the President's Call with X" above "The President spoke with X": the call's mode
                self.lead_details = self.lead_details or frame
            elif (
                not seen.in_sentence
                and not self.meetings.items
                and (self.lead_details is None or _headline(self.lead_details))
            ):
                # "The army's top officer welcomed a senior general on Monday. General X received General Y ...": the
                # lead tells the day and place of the sitting the next sentence names its people for
                self.lead_details = frame
            self.calendar.note(frame)
            return
        others = [p for p in participants if p not in frame["split_subject_nodes"]]
        if frame["split"] and len(frame["split_subject_nodes"]) >= 2 and len(others) == 1:
            # "A and B separately met C": one meeting of each subject with C; a subject side hosts its own
            subject = frame["split_subject_nodes"]
            meetings = [
                self._new_meeting(
                    frame, [one, others[0]], one if host in subject else host if host == others[0] else None
                )
                for one in subject
                if one in participants
            ]
        elif frame["split"] and frame["split_subject_nodes"]:
            subject = frame["split_subject_nodes"]
            # "called on A and B": the host of each call is the one called on; "received A and B": the subject
            hosts = {p: host if host in subject else p if host in participants else None for p in participants}
            meetings = [
                self._new_meeting(_own_day(frame, other), _unique([*subject, other]), hosts[other])
                for other in participants
                if other not in subject
            ]
        elif frame["split"] and (frame["split_subject"] or frame["split_subject_ref"]):
            # "The minister also met A and B separately" with no one the minister can be: A and B did not meet
            meetings = []
        elif (same := self._same_sitting(frame)) is not None:
            same["participants"] = _unique([*same["participants"], *participants])
            meetings = []
        else:
            meetings = [self._new_meeting(frame, participants, host)]
        for meeting in meetings:
            self._complete(meeting, frame)
        self.calendar.note(frame)

    def _same_sitting(self, frame: dict) -> dict | None:
        """ "X also received Y in the same sitting": the meeting told last, held the same way, when the sentence
        says "the same" sitting (models/meetings/cues.json same_sitting_nouns, meeting_nouns)."""
        last = self.meetings.last_of_story()
        if last is None or last["status"] != frame["status"] or last["mode"] != frame["mode"]:
            return None
        words = re_words((frame["evidence"] or "").lower())
        nouns = cues()["same_sitting_nouns"] | cues()["meeting_nouns"]
        said = any(a == "the" and b == "same" and c in nouns for a, b, c in zip(words, words[1:], words[2:]))
        return last if said else None

    def _add_details(self, frame: dict) -> None:
        """A sentence that speaks of the last meeting without naming its people ("In a telephone conversation
        on May 2, the ministers ...", "The meeting took place at the ministry in Rome") gives its mode, day
        and place."""
        if frame["location_text"]:
            # "During the talks at X, ...": the place names the sitting for a later "present at the X talks"
            for last in self.meetings.told_last():
                if frame["status"] == last["status"]:
                    last["places_told"] = [*last["places_told"], frame["location_text"]]
        if not self.meetings.items or frame["para_idx"] - self.meetings.items[-1]["para_idx"] > 2:
            return
        for last in self.meetings.told_last():
            if frame["status"] != last["status"]:
                continue
            last["sidelines"] = last["sidelines"] or frame["sidelines"]
            if (
                frame["mode"] != "in_person"
                and last["mode"] == "in_person"
                and not last["host"]
                and last["location"] is None  # "travelled to X for talks with Y": no call, whatever a label says
            ):
                last["mode"] = frame["mode"]
                last["location"] = last["location_country"] = None
            if frame["mode"] != "in_person" and last["mode"] != frame["mode"]:
                # "X received Y in Warsaw. The students then joined a video call with Z in Kyiv": another sitting, not
                # the day or place of the one told; a sentence after may tell who sat at it
                self.remote_side = (frame, None)
                continue
            if last["date"] is None and frame["date_text"]:
                last["date"] = self.calendar.day(frame["date_text"], last["status"])
            if (
                last["location"] is None
                and last["mode"] == "in_person"
                and frame["location_text"]
                and not frame["venue"]
            ):
                last["location"], last["location_country"] = frame["location_text"], frame["location_country"]

    def _credentials_receiver(self, presenter: str) -> str | None:
        """Who receives credentials a sentence says someone presented to no one named: the host of the last
        audience, else the person named last before of another country than the presenter's."""
        last = self.meetings.last()
        if last is not None and last["host"] not in (None, presenter):
            return last["host"]
        seen = [p for p in _unique(reversed(self.references.persons_seen)) if p != presenter]
        return next(iter(self.references.other_side([presenter], seen)), None)

    def _gather(self, frame: dict, people: list[str]) -> None:
        """Attendees of a sitting before any meeting is told: once two people are at it, it is a meeting."""
        if self.gathered is not None and frame["para_idx"] - self.gathered[0]["para_idx"] > GATHER_PARAGRAPHS:
            self.gathered = None
        first, seen = self.gathered or (frame, [])
        seen = _unique([*seen, *people])  # "A and B co-chaired the talks": two at once
        self.gathered = (first, seen)
        if len(seen) >= 2 and first["status"] == frame["status"]:
            meeting = self._new_meeting(first, seen, None)
            self._complete(meeting, first)
            self.gathered = None

    def _host_audiences_day(self, frame: dict, host: str | None) -> str | None:
        """ "X received A. He also received B. X then received C" in a dispatch: audiences the same host gives, told
        one paragraph after another from the lead on, take the dateline's day the lead took."""
        last = self.meetings.last()
        if (
            last is None
            or host is None
            or last["host"] != host
            or last["fallback_date"] != self.calendar.dateline_day
            or not 0 <= frame["para_idx"] - last["para_idx"] <= 1
            or not self.calendar.undated(frame)
        ):
            return None
        return last["fallback_date"]

    # -- a new meeting ---------------------------------------------------------------------------------
    def _new_meeting(self, frame: dict, participants: list[str], host: str | None) -> dict:
        """A meeting as the frame tells it: the frame's own fields (`FROM_FRAME`) and what relate linked."""
        return {
            **{field: frame[field] for field in FROM_FRAME},
            "participants": participants,
            "attendees": [],  # the people joined to it ("X also attended"), not its sides
            "host": host,
            "date": self.calendar.meeting_date(frame),
            "fallback_date": self.calendar.fallback_date(frame) or self._host_audiences_day(frame, host),
            "location": frame["location_text"],
            "topics": list(frame["topics"]),
            "visitor": frame["visitor_node"],
            "headline": _headline(frame),
            "split": bool(frame["split"]),
            "places_told": [],  # places later sentences tell it at ("During the talks at X, ..."), beside its own
            # the place the story told last before it: the city its building lies in, not one a later story goes to
            "place_told_before": self.calendar.last_place,
            # told by a verb of no mode ("X spoke with Y", "X discussed Z with Y"): in person only by default
            "mode_untold": frame["trigger_lemma"] in cues()["speak_verbs"]
            or frame["trigger_lemma"] in cues()["topic_verbs"],
        }

    def _complete(self, meeting: dict, frame: dict) -> None:
        """A new meeting with what pending sentences and the context told of it, merged into the same meeting
        told before, or added."""
        self._take_pending(meeting, frame)
        self._fill_from_context(meeting)
        self._call_off(meeting)
        self.meetings.add(meeting, frame)

    def _visit_to_the_other_side(self, frame: dict, visitor: str) -> None:
        """ "The ministers agreed that X would pay an official visit to Tbilisi", "X's visit to Astana was
        postponed": after a meeting of X and Y, a visit of X's to Y's country, planned or called off, is a meeting of
        the two, Y hosting (unless the text already told it). Only a visit to the country or its capital: one to a
        base or another town there ("a visit to Fort X was postponed") is no sitting with Y."""
        last = self.meetings.last()
        country = frame["location_country"]
        place = frame["location_text"]
        if (
            last is None
            or visitor not in last["participants"]
            or not country
            or place
            and place.casefold() != (_capitals().get(country) or "").casefold()
            or frame["para_idx"] - last["para_idx"]
            > (AGREED_VISIT_PARAGRAPHS if frame["plan_agreed"] else VISIT_PARAGRAPHS)
            # "we agreed to send more officers to courses in Australia": the country of no trip
            or not set(re_words((frame["evidence"] or "").lower())) & cues()["trip_word_forms"]
        ):
            return
        hosts = [p for p in last["participants"] if p != visitor and self.meetings.countries.get(p) == country]
        if len(hosts) != 1 or self.meetings.told(frame["status"], {visitor, hosts[0]}):
            return
        meeting = self._new_meeting(frame, [visitor, hosts[0]], hosts[0])
        self.meetings.items.append(meeting)

    def _invitation_accepted(self, frame: dict, guest: str) -> None:
        """ "X spoke with Y and invited him to visit India. ... Y accepted the invitation": after a meeting of the
        two, first told at most ACCEPTED_PARAGRAPHS before, a planned visit of Y's, X hosting (unless the text
        already told it)."""
        last = next((m for m in reversed(self.meetings.items) if guest in m["participants"]), None)
        if last is None or len(last["participants"]) != 2 or frame["para_idx"] - last["para_idx"] > ACCEPTED_PARAGRAPHS:
            return
        host = next(p for p in last["participants"] if p != guest)
        if self.meetings.told("planned", {guest, host}):
            return
        plan = {**frame, "status": "planned", "mode": "in_person", "location": None, "location_text": None}
        self.meetings.items.append(self._new_meeting(plan, [guest, host], host))

    def _called_off(self, people: set[str], para_idx: int) -> None:
        """A visit or sitting of `people` told called off: their plans told around it are called off too."""
        self.called_off = (people, para_idx)
        for plan in self.meetings.items:
            self._call_off(plan)

    def _call_off(self, meeting: dict) -> None:
        """A plan of the people of a visit told called off, in the paragraphs around it, is called off."""
        if (
            self.called_off is not None
            and meeting["status"] == "planned"
            and set(meeting["participants"]) & self.called_off[0]
            and abs(meeting["para_idx"] - self.called_off[1]) <= CALLED_OFF_PARAGRAPHS
        ):
            meeting["status"] = "cancelled"

    def _take_pending(self, meeting: dict, frame: dict) -> None:
        """Group phrases and topics told before any meeting belong to the first one."""
        # a group phrase named before its people ("a meeting of the ministers of A, B and C ... was cancelled")
        # ("Ministers meet in X, hold video call with Y": the call is another sitting, not the mode of the meeting)
        met_in_person = any(g["mode"] == "in_person" for g in self.pending_group)
        while self.pending_group:
            group = self.pending_group.pop(0)
            if group.get("group_named") and meeting["para_idx"] - group["para_idx"] > 1:
                continue  # "X met the ministers of A, B and C" naming nobody: no sitting, and nothing of it later
            earlier = self._new_meeting(group, [], None)
            if group["status"] == "cancelled":
                meeting["status"] = "cancelled"
            if (
                group["mode"] != "in_person"
                and meeting["mode"] == "in_person"
                and group["status"] == meeting["status"]
                and not met_in_person
            ):
                meeting["mode"] = group["mode"]  # not the mode of a call told beside a planned visit
            for key in INHERIT_KEYS:
                if meeting[key] is None and not (key == "date" and meeting["vague_date"]):
                    meeting[key] = earlier[key]
            meeting["fallback_date"] = meeting["fallback_date"] or earlier["fallback_date"]
            meeting["topics"] = _unique([*earlier["topics"], *meeting["topics"]])
            if group.get("group_named"):
                # "X hosted the chiefs of A and B ... The meeting brought together Y and Z": X sat with them
                meeting["participants"] = _unique([*group["group_named"], *meeting["participants"]])
                meeting["host"] = group["group_host"] or meeting["host"]
        if self.pending_topics:
            meeting["topics"] = _unique([*self.pending_topics, *meeting["topics"]])
            self.pending_topics = []
        lead, self.lead_details = self.lead_details, None
        remote, self.remote_side = self.remote_side, None
        if (
            remote is not None
            and _unsure_mode(meeting)
            and meeting["status"] == "occurred"
            and (
                remote[1] in meeting["participants"]
                if remote[1] is not None
                else any(self.references.names_person(remote[0]["evidence"] or "", p) for p in meeting["participants"])
            )
            and meeting["para_idx"] - remote[0]["para_idx"] <= 1
        ):
            # "The students joined a video call with X. The director and X discussed Y": what they discussed, on
            # that call
            meeting["mode"], meeting["host"] = remote[0]["mode"], None
            if meeting["date"] is None and remote[0]["date_text"]:
                meeting["date"] = self.calendar.day(remote[0]["date_text"], "occurred")
        if (
            lead is not None
            and meeting["para_idx"] - lead["para_idx"] <= 1
            and lead["mode"] != "in_person"
            and meeting["mode"] == "in_person"
            and frame["trigger_lemma"] in cues()["speak_verbs"]
        ):
            # "X condemned the strike in a phone call with the emir. X spoke with Y on Tuesday": "spoke" tells no mode
            meeting["mode"] = lead["mode"]
        if (
            lead is not None
            and meeting["para_idx"] - lead["para_idx"] <= 1
            and lead["mode"] == meeting["mode"]
            # "X's visit, scheduled for Thursday, has been postponed. X was due to meet Y": the plan called off
            and (
                lead["status"] == meeting["status"] or lead["status"] == "cancelled" != meeting["status"] != "occurred"
            )
        ):
            if meeting["date"] is None and not meeting["vague_date"] and not lead["vague_date"]:
                meeting["date"] = self.calendar.day(lead["date_text"], lead["status"])
            if meeting["location"] is None and meeting["location_country"] is None:
                meeting["location"], meeting["location_country"] = lead["location_text"], lead["location_country"]
            meeting["sidelines"] = meeting["sidelines"] or lead["sidelines"]

    def _day_told_last(self) -> str | None:
        """ "Later the same day": the day told last, by a date in the text or by the meeting told last (one the
        dateline dated names no day in its sentence)."""
        calendar = self.calendar
        dated = [m for m in self.meetings.items if m["date"] or m["fallback_date"]]
        if dated and (calendar.last_date_para is None or dated[-1]["para_idx"] >= calendar.last_date_para):
            return dated[-1]["date"] or dated[-1]["fallback_date"]
        # a day told for a plan ("the statement is expected tomorrow") is no day a meeting was held on
        return None if calendar.last_date_planned else calendar.last_date

    def _fill_from_context(self, meeting: dict) -> None:
        """The day and place a meeting that names none takes from what the text told before."""
        calendar = self.calendar
        if (
            meeting["location"] is None
            and meeting["capital_ref"]
            and meeting["mode"] == "in_person"
            and (capital := calendar.capital(meeting))
        ):
            meeting["location"], meeting["location_country"] = capital
        if meeting["date"] is None and (
            meeting["same_day"] or _told_beside(meeting) and meeting["status"] == "occurred"
        ):
            # "later the same day"; "Separately, X also met Y" in the news of the day told before
            meeting["date"] = None if meeting["vague_date"] else self._day_told_last()
        elif meeting["date"] is None and meeting["status"] == "planned" and calendar.last_date_planned:
            meeting["date"] = calendar.last_date
        if (
            meeting["location"] is None
            and meeting["mode"] == "in_person"
            and not meeting["earlier_occasion"]
            # "will host X at Y House": a plan's own venue (read once the text is read), not where others met
            and not (meeting["venue_place"] and meeting["status"] != "occurred")
        ):
            # the place of the visit told before
            # (of a meeting held as this one is: the place of a planned sitting is not where a held one was; a plan
            # after a place told for a plan is there: "X's visit to Y has been moved to May 3. He will meet Z")
            # (a place of another story of the page is not this one's: from `story_para` on)
            told = (
                []
                if meeting["status"] == "planned" and calendar.last_place_status == "planned"
                else self.meetings.items
            )
            placed = next(
                (
                    place
                    for m in reversed(told)
                    if m["location"]
                    and m["mode"] == "in_person"
                    and not m["earlier_occasion"]
                    and m["status"] in (meeting["status"], "occurred")
                    and m["para_idx"] >= calendar.story_para
                    and (place := _place_shared(m, meeting["host"])) is not None
                ),
                None,
            )
            if placed is not None:
                meeting["location"], meeting["location_country"] = placed
            elif calendar.last_place and calendar.last_place_status == meeting["status"]:
                # a place told for a planned event is not where a held meeting took place
                meeting["location"], meeting["location_country"] = calendar.last_place
        if meeting["mode"] != "in_person":
            meeting["location"] = meeting["location_country"] = None


# the handler of each frame kind but the baseline's (see `_DocReader.add`)
_HANDLERS = {
    "meeting": _DocReader._add_meeting,
    "join": _DocReader._add_join,
    "lead": _DocReader._add_leaders,
    "topics": _DocReader._add_context,
    "context": _DocReader._add_context,
}


def _stated_sizes(frame: dict) -> tuple[int, int] | None:
    """The fewest and most sides the first sitting word of the sentence gives ("trilateral": 3 and 3, "multilateral":
    3 and more; models/meetings/cues.json `sitting_sizes`), if it has one."""
    sizes = cues()["sitting_sizes"]
    words = [w for w in re_words((frame["evidence"] or "").lower()) if w in sizes]
    return tuple(sizes[words[0]]) if words else None


def _stated_sitting_size(frame: dict) -> int | None:
    """The number of sides a sitting word of the sentence gives, if exact ("trilateral": 3)."""
    stated = _stated_sizes(frame)
    return stated[0] if stated is not None and stated[0] == stated[1] else None


def _surname_bearers(seen: _Sighting) -> list[str]:
    """The people a bare surname of the frame may stand for: those named before it and in its sentence; for a
    headline that comes before anyone is named ("Brant to host X next week"), those the story names after it."""
    known = [*seen.before, *seen.in_sentence]
    return known + seen.after if not seen.before and _headline(seen.frame) else known


def _told_last(frame: dict) -> bool:
    """ "X and the Y minister last met in Z in 2025": the sides' previous sitting, "last" right before the verb."""
    return f"last {frame['trigger']}".lower() in str(frame["evidence"]).lower()


def _subject_of_named_objects(frame: dict, ref: dict) -> bool:
    """ "The delegation met A and B": the delegation is the subject and every named side an object, so its leader is a
    side of their sitting. (Not a pronoun or a post: "With the A minister he discussed X; with the B minister, Y"
    and "called on A, and toured the base, where he met B" tell two sittings.)"""
    if frame["split"] or frame["split_subject_nodes"] or not _delegation_noun(str(ref["text"])):
        return False
    subjects = {start for start, _ in frame["subjects"]}
    named_subject = any(start in subjects for start, _ in frame["participants"] if start != ref["start"])
    return ref["start"] in subjects and not named_subject


def _headline(frame: dict) -> bool:
    """A frame told as a headline or caption: in the present ("X meets Y"), or in the first paragraphs with no
    closing punctuation."""
    return bool(frame["present"]) or frame["para_idx"] <= 1 and _unpunctuated(frame)


def _placed_apart(a: dict, b: dict) -> bool:
    """Two meetings of the same people told at two cities, or in two countries ("met in Moscow on Monday ...
    they last met in Beijing"): two meetings, not one told twice."""
    if a["location_country"] and b["location_country"] and a["location_country"] != b["location_country"]:
        return True
    cities = [m["location"] for m in (a, b) if m["location"] and place_country(m["location"])]
    return len(cities) == 2 and cities[0].casefold() != cities[1].casefold()


def _told_beside(frame: dict) -> bool:
    """ "Separately, X also met Y", "In addition, ...": a meeting told beside the lead one, of the same news."""
    first = re_words((frame["evidence"] or "").lower())[:2]
    return bool(first) and (first[0] in cues()["beside_words"] or " ".join(first) in cues()["beside_words"])


def _unpunctuated(frame: dict) -> bool:
    """A frame's sentence of three words or more with no closing punctuation: a headline or caption."""
    evidence = (frame["evidence"] or "").rstrip()
    return len(evidence.split()) >= 3 and not evidence.endswith((".", "!", "?", '"', "”", "'", "’", ")"))


def _ceremony(frame: dict) -> bool:
    """A sentence that tells a ceremony ("was accorded a guard of honour", "laid a wreath"); "honour" only as the
    honour given ("guard of honour", "honor guard"), not the verb ("would honour its commitment")."""
    words = [w.casefold() for w in re.findall(r"\w+", frame["evidence"] or "")]
    return any(
        w in cues()["ceremony_words"]
        and (w not in ("honour", "honor") or i > 0 and words[i - 1] == "of" or words[i + 1 : i + 2] == ["guard"])
        for i, w in enumerate(words)
    )


def _received(meeting: dict) -> bool:
    """Whether a meeting was told as a host receiving a guest ("received in audience", "X receives Y")."""
    return bool({"audience", "received", "receives", "receiving"} & set(re_words(meeting["evidence"].lower())))


def _meal(frame: dict) -> bool:
    """A sentence that tells a meal and no sitting ("attended a dinner for the delegation")."""
    words = set(re_words((frame["evidence"] or "").lower()))
    return bool(words & cues()["meal_words"]) and not words & cues()["sitting_words"]


def _sides(meeting: dict) -> list[str]:
    """The participants of a meeting but the attendees joined to it ("X was also present")."""
    return [p for p in meeting["participants"] if p not in meeting["attendees"]]


def _unsure_mode(meeting: dict) -> bool:
    """In person only because its verb told no mode: a call told of the same people right after is that call."""
    return meeting["mode"] == "in_person" and meeting["mode_untold"]


def _merge_into(target: dict, other: dict) -> None:
    target["participants"] = _unique([*target["participants"], *other["participants"]])
    target["attendees"] = _unique([*target["attendees"], *other["attendees"]])
    for key in ("host", *INHERIT_KEYS):
        if target[key] is None and other[key] is not None and not (key == "date" and target["vague_date"]):
            target[key] = other[key]
    if target["venue_place"] is None and other["venue_place"] is not None:  # "at the Pentagon", told by the other
        target["venue_place"], target["venue_country"] = other["venue_place"], other["venue_country"]
    target["fallback_date"] = target["fallback_date"] or other["fallback_date"]
    target["vague_date"] = target["vague_date"] or other["vague_date"]  # "met last week": no day at all
    target["topics"] = _unique([*target["topics"], *other["topics"]])
    target["places_told"] = _unique([*target["places_told"], *other["places_told"]])
    target["confidence"] = max(target["confidence"], other["confidence"])
    target["sidelines"] = target["sidelines"] or other["sidelines"]


def _says_here(evidence: str | None) -> bool:
    """ "called on the army chief at General Headquarters here": the meeting was in the dateline's city."""
    return bool(re.search(r"\bhere\b", evidence or ""))


@cache
def _feed_time_stamp() -> re.Pattern:
    return re.compile(cues()["feed_time_stamp"])


def _feed_item(evidence: str | None) -> bool:
    """The sentence opens a live feed's item with its time stamp ("09:30 — ...")."""
    return bool(evidence) and _feed_time_stamp().match(evidence) is not None


_COUNTED_DAYS = re.compile(r"(?<![\w-])(\w+) days (later|earlier)(?!\w)")
_DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _day_step(evidence: str | None) -> int:
    """+1 when the sentence places its meeting on the day after the one told before ("the next day", "a day
    later"), -1 on the day before ("the day before", "the previous day"), +n or -n n days after or before it ("two
    days later", "3 days earlier"), else 0."""
    folded = " ".join((evidence or "").casefold().split())
    for step, words in ((1, cues()["next_day"]), (-1, cues()["day_before"])):
        if any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", folded) for p in words):
            return step
    if (counted := _COUNTED_DAYS.search(folded)) is not None:
        count = _DAY_COUNTS.get(counted[1]) or (int(counted[1]) if counted[1].isdigit() and int(counted[1]) < 32 else 0)
        return count if counted[2] == "later" else -count
    return 0


def _days_before(day: str, published) -> int:
    """How many days `day` is before the publication date (0 when either is unknown or it is after)."""
    published = dates.parse_day(published)
    return max(0, (published - Date.fromisoformat(day)).days) if published else 0


def _date_gap(a: str | None, b: str | None) -> int:
    if a is None or b is None:
        return 0
    return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days)


def merge_across_documents(meetings: pd.DataFrame) -> pd.DataFrame:
    """One meeting_id for the same meeting in several documents: same participants, same mode and
    status, dates within a day (or one undated), compatible places. A planned meeting later reported as
    held keeps its own id and names the planned one in `planned_meeting_id`."""
    meetings = meetings.reset_index(drop=True)
    ids, planned = _merged_ids(meetings.to_dict("records"))
    meetings["meeting_id"] = ids
    meetings["planned_meeting_id"] = planned
    return meetings


def _merged_ids(rows: Sequence[Mapping]) -> tuple[list, list]:
    """`merge_across_documents` on what it compares of each meeting (`MERGED_ON`): the meeting_id of each row after
    the merge, and the planned meeting's id of each held one (else None)."""
    ids = [row["meeting_id"] for row in rows]
    planned_links: dict[int, str] = {}
    same_people: dict[frozenset, list[int]] = {}
    for i, row in enumerate(rows):
        same_people.setdefault(frozenset(row["participants"]), []).append(i)
    pairs = (pair for group in same_people.values() for pair in itertools.combinations(group, 2))
    for i, j in pairs:
        a, b = rows[i], rows[j]
        if a["doc_id"] == b["doc_id"] or a["mode"] != b["mode"]:
            continue
        if _date_gap(a["date"], b["date"]) > 1:
            continue
        if a["location"] and b["location"] and not _places_fit(str(a["location"]), str(b["location"])):
            continue
        if a["status"] == b["status"]:
            ids[j] = ids[i]
        elif {a["status"], b["status"]} == {"planned", "occurred"}:
            held, plan = (j, i) if b["status"] == "occurred" else (i, j)
            planned_links[held] = ids[plan]
    return ids, [planned_links.get(i) for i in range(len(rows))]


def _place_shared(told: dict, host: str | None) -> tuple[str, str | None] | None:
    """The place a meeting told before lends one that names none: all of it, but for another host's building only
    the city told with it, if any ("called on A at Air Headquarters, Dhaka ... his call on B": the building is A's,
    the city is the visit's)."""
    building = told["location"].split(",")[0].split()[-1].casefold() in venue_heads()
    if told["host"] == host or not building:
        return told["location"], told["location_country"]
    city = _last_part(told["location"])
    return (city, told["location_country"]) if city != told["location"] and place_country(city) is not None else None


def _last_part(place: str) -> str:
    """The last part of a place named with its venue ("Kestrel Barracks, Lomar" -> "Lomar")."""
    return place.rsplit(",", 1)[-1].strip()


def _places_fit(a: str, b: str) -> bool:
    """One outlet's place of a meeting may name its venue too ("Kestrel Barracks, Lomar" and "Lomar"): the places
    fit when the parts of one are all parts of the other."""
    parts = [{p.strip() for p in place.casefold().split(",")} for place in (a, b)]
    return parts[0] <= parts[1] or parts[1] <= parts[0]


MERGED_ON = ("meeting_id", "doc_id", "participants", "mode", "date", "location", "status")  # (`_merged_ids`)


class MeetingRows:
    """The meetings `document_meetings` gives, batch after batch, kept compact until `finish_meetings` merges them
    across documents (a run's relate holds one batch's meetings as Python objects, not the corpus's): of each batch,
    what the merge compares (`MERGED_ON`) as Arrow columns, and the rows, cut to the output table's columns, pickled
    (into a file of `folder`, where a run spills its tables, else in memory). The rows come back in the order
    added: the batches' in doc_id order are those of one call over all documents."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder
        self.parts: list[bytes | Path] = []  # each batch's rows, pickled
        self.compared: list[pa.Table] = []  # each batch's `MERGED_ON` columns

    @classmethod
    def of(cls, rows: list[dict]) -> MeetingRows:
        made = cls()
        made.add(rows)
        return made

    def add(self, rows: list[dict]) -> None:
        """One batch's meetings (`document_meetings`), after those added before."""
        self.compared.append(_compared(rows))
        kept = pickle.dumps([{k: row[k] for k in schema.MEETINGS.names if k in row} for row in rows], protocol=5)
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / f"meeting-rows-{len(self.parts)}.pickle"
            path.write_bytes(kept)
            kept = path
        self.parts.append(kept)

    def merge_rows(self, failed: set) -> list[dict]:
        """What the merge compares of each meeting, in order (dicts of `MERGED_ON`), without the `failed` ones."""
        compared = pa.concat_tables(self.compared).to_pylist()
        return [row for row in compared if row["doc_id"] not in failed] if failed else compared

    def rows(self, failed: set) -> Iterator[dict]:
        """The meetings, in order, without those of the documents `failed`."""
        for part in self.parts:
            rows = pickle.loads(part.read_bytes() if isinstance(part, Path) else part)
            yield from (row for row in rows if str(row["doc_id"]) not in failed) if failed else rows


_COMPARED_TYPES = {"participants": pa.list_(pa.string())}


def _compared(rows: list[dict]) -> pa.Table:
    """The `MERGED_ON` columns of `rows` as the merge reads them from the meetings table (a value pandas holds as
    missing is None, a location only where it is given), in Arrow: no Python object per value is kept."""
    columns = {}
    for name in MERGED_ON:
        values = [row.get(name) for row in rows]
        if name == "doc_id":
            values = [str(v) for v in values]  # (as `finish_meetings` compares it with the failed documents)
        elif name == "location":
            values = [str(v) if isinstance(v, str) and v else None for v in values]
        columns[name] = pa.array(values, type=_COMPARED_TYPES.get(name, pa.string()), from_pandas=True)
    return pa.table(columns)


@dataclass(frozen=True)
class NodeLookup:
    """The names, countries and posts of every node: built once when relate runs over many batches of documents."""

    names: dict[str, str]
    node_country: dict[str, str]
    node_post: dict[str, tuple[str, str]]  # node_id -> a person's latest (title, rank), where resolve knows one
    node_guess: dict[str, str]  # node_id -> the country resolve only guessed for a person (nodes.country_basis)

    @classmethod
    def of(cls, nodes: pd.DataFrame) -> NodeLookup:
        ids = nodes["node_id"].tolist()
        titles, ranks, countries, bases = (_texts(nodes, c) for c in ("title", "rank", "country", "country_basis"))
        return cls(
            names=dict(zip(ids, nodes["name"].tolist())),
            node_post={n: (t, r) for n, t, r in zip(ids, titles, ranks) if n.startswith("PERSON:") and (t or r)},
            node_country={n: c for n, c, b in zip(ids, countries, bases) if c and b != "guessed_from_others"},
            node_guess={n: c for n, c, b in zip(ids, countries, bases) if c and b == "guessed"},
        )


def _texts(nodes: pd.DataFrame, column: str) -> list[str]:
    """A column of the nodes as strings, "" for a null; all "" where a table of an older run lacks it."""
    if column not in nodes:
        return [""] * len(nodes)
    return [v if isinstance(v, str) else "" for v in nodes[column].tolist()]


# the `_Corpus` lookups by doc_id that a document's reading depends on (its memo key holds each, `document_keys`)
DOCUMENT_LOOKUPS = (
    "published",
    "dateline",
    "text_years",
    "dateline_days",
    "outlets",
    "answers",
    "speakers",
    "addressed",
    "leads",
)


@dataclass
class _Corpus:
    """What relate looks up while it reads a document's frames: nodes, documents and the linked people."""

    names: dict[str, str]  # node_id -> name
    node_country: dict[str, str]  # node_id -> country, where resolve knows it
    node_post: dict[str, tuple[str, str]]  # node_id -> a person's latest (title, rank), where resolve knows one
    node_guess: dict[str, str]  # see `NodeLookup.node_guess`
    published: dict[str, str]  # doc_id -> publication date
    dateline: dict[str, str]  # doc_id -> dateline place
    by_para: dict[tuple, list[tuple[int, int, str]]]  # see `_participants_by_paragraph`
    ref_texts: dict[tuple, str]  # see `_ref_texts`
    timeline: dict[str, list[tuple[tuple[int, int], str]]]  # see `_person_timeline`
    text_years: dict[str, int]  # see `_text_years`
    dateline_days: dict[str, str]  # doc_id -> the day of the dateline clean cut off the text, where it has one
    outlets: dict[str, str]  # doc_id -> its outlet's name, case-folded: never a person of its text ("told X")
    answers: dict[str, tuple[int, ...]]  # see `_answer_paragraphs`
    speakers: dict[str, dict[int, tuple[int, str]]]  # see `_speaker_turns`
    addressed: dict[str, list[tuple[int, str, str]]]  # see `_addressed_persons`
    leads: dict[str, int]  # see `_lead_paragraphs`

    @classmethod
    def of(
        cls,
        mentions: pd.DataFrame,
        nodes: pd.DataFrame | NodeLookup,
        documents: pd.DataFrame,
        paragraphs: pd.DataFrame,
    ) -> _Corpus:
        lookup = nodes if isinstance(nodes, NodeLookup) else NodeLookup.of(nodes)
        names = lookup.names
        text_years = _text_years(paragraphs, documents)
        by_para = _participants_by_paragraph(mentions)
        rows = _text_rows(paragraphs)
        outlets = {
            d: o.casefold()
            for d, o in zip(documents["doc_id"].tolist(), documents.get("outlet", pd.Series(dtype=object)).tolist())
            if isinstance(o, str) and o
        }
        return cls(
            names=names,
            node_country=lookup.node_country,
            node_post=lookup.node_post,
            node_guess=lookup.node_guess,
            published=dict(zip(documents["doc_id"].tolist(), documents["published"].tolist())),
            dateline=dict(zip(documents["doc_id"].tolist(), documents["dateline_place"].tolist())),
            by_para=by_para,
            ref_texts=_ref_texts(mentions),
            timeline=_person_timeline(mentions, names, outlets),
            text_years=text_years,
            dateline_days=_dateline_days(documents, text_years),
            outlets=outlets,
            answers=_answer_paragraphs(rows),
            speakers=_speaker_turns(rows, by_para),
            addressed=_addressed_persons(rows, by_para),
            leads=_lead_paragraphs(rows),
        )

    def persons_around(self, doc_id: str, position: tuple[int, int]) -> tuple[list[str], list[str], list[str]]:
        """The people the document names in the sentence at `position`, before it and after it (within a few
        paragraphs: one named far down a page is no one a reference of the lead stands for)."""
        seen = self.timeline.get(doc_id, [])
        in_sentence = _unique(nid for pos, nid in seen if pos == position)
        before = [nid for pos, nid in seen if pos < position]
        after = _unique(nid for pos, nid in seen if position < pos and pos[0] <= position[0] + NAMED_LATER_PARAGRAPHS)
        return in_sentence, before, after


def _person_timeline(mentions: pd.DataFrame, names: dict[str, str], outlets: Mapping[str, str]) -> dict[str, list]:
    """doc_id -> ((para_idx, sent_idx), node) of every person named in its news paragraphs, in text order (not the
    document's own outlet, which a person tag took: "X told Harbour Ledger")."""
    persons = mentions[
        mentions["label"].isin(PARTICIPANT_LABELS)
        & mentions["node_id"].notna()
        & ~mentions["is_boilerplate"].astype(bool)
    ].sort_values(["doc_id", "para_idx", "start"])
    timeline: dict[str, list] = {}
    columns = ("doc_id", "para_idx", "sent_idx", "node_id")
    for doc_id, para_idx, sent_idx, node in zip(*(persons[c].tolist() for c in columns)):
        if _participant_name(names.get(node, node), outlets.get(doc_id)):
            timeline.setdefault(doc_id, []).append(((para_idx, sent_idx), node))
    return timeline


def _dateline_days(documents: pd.DataFrame, text_years: dict[str, int]) -> dict[str, str]:
    """doc_id -> the ISO day of the dateline clean read off the page: clean's `dateline_date`, else its month-day
    resolved as any yearless day (`dates.month_day_date`: the publication year, else the year the text names last):
    `Muscat, April 10 (Agency) -` on a page that gives no year but in its text."""
    columns = [
        documents[c].tolist() if c in documents.columns else [None] * len(documents)
        for c in ("doc_id", "dateline_date", "dateline_month_day", "published")
    ]
    days = {}
    for doc_id, day, month_day, published in zip(*columns):
        if dates.parse_day(day):
            days[doc_id] = str(day)[:10]
        elif isinstance(month_day, str):
            month, day_of_month = (int(x) for x in month_day.split("-"))
            if found := dates.month_day_date(month, day_of_month, published, year_hint=text_years.get(doc_id)):
                days[doc_id] = found
    return days


def _text_years(paragraphs: pd.DataFrame, documents: pd.DataFrame) -> dict[str, int]:
    """doc_id -> the later of the year its text names last (`dates.text_year`) and the year of its copyright line,
    for the documents with no publication date: the year their yearless month-days ("the ministry reported on
    October 14") fall in."""
    if "text" not in paragraphs.columns:
        return {}
    footer = documents["copyright_year"].tolist() if "copyright_year" in documents.columns else [None] * len(documents)
    undated = {
        d: year
        for d, p, year in zip(documents["doc_id"].tolist(), documents["published"].tolist(), footer)
        if not dates.parse_day(p)
    }
    texts: dict[str, list[str]] = {}
    # a background block repeated across articles ("the demarcation was completed in 2008") dates nothing told
    background = paragraphs["is_boilerplate"].astype(bool).tolist() if "is_boilerplate" in paragraphs else None
    for i, (doc_id, text) in enumerate(zip(paragraphs["doc_id"].tolist(), paragraphs["text"].tolist())):
        if doc_id in undated and isinstance(text, str) and not (background and background[i]):
            texts.setdefault(doc_id, []).append(text)
    years = {}
    for d, footer_year in undated.items():
        # a year the text names is a lower bound of when it was written ("launched in 2017"); the page's copyright
        # year ("© 2031"), when later, is a closer one
        named = [
            y for y in (dates.text_year("\n".join(texts.get(d, []))), footer_year) if y is not None and not pd.isna(y)
        ]
        if named:
            years[d] = max(int(y) for y in named)
    return years


def _text_rows(paragraphs: pd.DataFrame) -> list[tuple]:
    """(doc_id, para_idx, text) of every paragraph, in text order (none where the table has no text)."""
    if "text" not in paragraphs.columns:
        return []
    return sorted(zip(paragraphs["doc_id"].tolist(), paragraphs["para_idx"].tolist(), paragraphs["text"].tolist()))


LEAD_MIN_WORDS = 8  # a shorter block ending in a stop is a caption, a credit or a line of chrome


def _lead_paragraphs(rows: list[tuple]) -> dict[str, int]:
    """doc_id -> its first paragraph told in sentences (eight words or more, ending in a stop): the story's lead,
    below the page's headline and chrome. `rows`: `_text_rows`."""
    leads: dict[str, int] = {}
    for doc_id, para_idx, text in rows:
        if doc_id not in leads and isinstance(text, str) and len(text.split()) >= LEAD_MIN_WORDS:
            if text.rstrip().endswith((".", "!", "?", '"', "”")):
                leads[doc_id] = int(para_idx)
    return leads


def _answer_paragraphs(rows: list[tuple]) -> dict[str, tuple[int, ...]]:
    """doc_id -> its paragraphs that follow a question ("What did you see?"): an interview's answers, whose "I" is
    the one interviewed. `rows`: `_text_rows`."""
    answers: dict[str, list[int]] = {}
    for (doc_id, _, before), (same_doc, para_idx, _) in zip(rows, rows[1:]):
        if same_doc == doc_id and isinstance(before, str) and before.rstrip().endswith("?"):
            answers.setdefault(doc_id, []).append(int(para_idx))
    return {d: tuple(p) for d, p in answers.items()}


SPEAKER_TAG = re.compile(r"(?P<tag>[^\n:?!]{2,80}?):\s")  # "Minister X: ...", "Spokesperson (Mr X): ...", "Q: ..."
FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our)\b")


def _addressed_persons(rows: list[tuple], by_para: dict) -> dict[str, list[tuple[int, str, str]]]:
    """doc_id -> (para_idx, form of address, node) of each person named with a form of address ("His Highness
    Sayyid X", frame_rules.json address_forms), in text order. `rows`: `_text_rows`."""
    forms = sorted(rules()["address_forms"], key=len, reverse=True)
    found: dict[str, list[tuple[int, str, str]]] = {}
    for doc_id, para_idx, text in rows:
        if not isinstance(text, str):
            continue
        for start, end, nid in by_para.get((doc_id, para_idx), ()):
            written = text[start:end].lower()
            if form := next((f for f in forms if written.startswith(f"{f} ")), None):
                found.setdefault(doc_id, []).append((int(para_idx), form, nid))
    return found


def _speaker_turns(rows: list[tuple], by_para: dict) -> dict[str, dict[int, tuple[int, str]]]:
    """doc_id -> {para_idx: (where the paragraph's speaker tag ends, 0 where it has none; the person speaking)}: the turns
    of a transcript, a page with two or more paragraphs opened by a tag that names a person ("Minister X: I met
    ...", "Spokesperson (Mr X): A meeting with ..."). Each tag's person speaks its paragraph and the untagged ones
    after it, whose "I" is that person; a tag with nobody in it ("Q:") ends the turn. `rows`: `_text_rows`."""
    turns: dict[str, dict[int, tuple[int, str]]] = {}
    for doc_id, paras in itertools.groupby(rows, key=itemgetter(0)):
        found, speaker, tagged = {}, None, 0
        for _, para_idx, text in paras:
            tag = SPEAKER_TAG.match(text) if isinstance(text, str) else None
            if tag is None:
                if speaker is not None:
                    found[int(para_idx)] = (0, speaker)
                continue
            people = [nid for _, end, nid in by_para.get((doc_id, para_idx), ()) if end <= tag.end("tag")]
            speaker = people[0] if len(people) == 1 else None
            if speaker is not None:
                found[int(para_idx)] = (tag.end("tag"), speaker)
                tagged += 1
        if tagged >= 2:
            turns[doc_id] = found
    return turns


def _news_paragraphs(paragraphs: pd.DataFrame, frames: pd.DataFrame) -> pd.DataFrame:
    """(doc_id, para_idx, text_id) of the paragraphs that are not boilerplate and have frames, in text order."""
    news = paragraphs.loc[~paragraphs["is_boilerplate"].astype(bool), ["doc_id", "para_idx", "text_id"]]
    news = news[news["text_id"].isin(frames["text_id"]).to_numpy(dtype=bool)]
    return news.sort_values(["doc_id", "para_idx"], kind="stable").reset_index(drop=True)


def _news_frames(frames: pd.DataFrame, news: pd.DataFrame):
    """(doc_id, frame rows in text order) per document, of its `news` paragraphs (`_news_paragraphs`)."""
    located = news.merge(frames, on="text_id", how="inner").sort_values(["doc_id", "para_idx", "frame_idx"])
    rows = located[["doc_id", "para_idx", *FRAME_FIELDS]].to_dict("records")
    return itertools.groupby(rows, key=lambda row: row["doc_id"])


class DocumentMemo(Protocol):
    """Meetings of documents read before (`pipeline.runtime.stage_cache.RelateMemo`), by `document_keys` key:
    each entry is (meetings, the node names and countries the reading looked up, `_Recorded.reads`)."""

    def get(self, keys: list[str], valid: Callable[[tuple], bool]) -> dict[str, tuple]:
        """The entries of `keys` it holds for which `valid(entry)` is true."""

    def put(self, key: str, entry: tuple) -> None: ...


def document_keys(news: pd.DataFrame, corpus: _Corpus) -> dict[str, str]:
    """doc_id -> a hash of everything `_document_meetings` reads for the document besides the code and models/
    and the node names and countries (which the memo checks lookup by lookup, `_Recorded`): its news paragraphs
    with frames (para_idx, text_id: a text's frames are those of its content hash under one analysis
    configuration, which the memo's own key holds), its linked participant mentions and reference texts (the
    persons around each frame derive from them), and what `DOCUMENT_LOOKUPS` hold for it."""
    linked: dict[str, list] = {}
    for (doc_id, para_idx), spans in corpus.by_para.items():
        linked.setdefault(doc_id, []).append((para_idx, spans))
    refs: dict[str, list] = {}
    for (doc_id, para_idx, start), text in corpus.ref_texts.items():
        refs.setdefault(doc_id, []).append((para_idx, start, text))
    keys = {}
    columns = (news["doc_id"].tolist(), news["para_idx"].tolist(), news["text_id"].tolist())
    for doc_id, paras in itertools.groupby(zip(*columns), key=itemgetter(0)):
        inputs = (
            doc_id,
            [(p, t) for _, p, t in paras],
            sorted(linked.get(doc_id, []), key=itemgetter(0)),
            sorted(refs.get(doc_id, [])),
            corpus.timeline.get(doc_id),
            *(getattr(corpus, name).get(doc_id) for name in DOCUMENT_LOOKUPS),
        )
        keys[doc_id] = hashlib.sha256(repr(inputs).encode()).hexdigest()
    return keys


class _Recorded(Mapping):
    """A read-only view of a mapping that records every key looked up in it, found or not, with its value, so a
    result computed through it can be reused while those lookups give the same (`still_same`). Iterating it
    reads every key: `reads` is then None (nothing to check key by key)."""

    def __init__(self, base: dict):
        self.base = base
        self.read: dict = {}
        self.size: int | None = None
        self.whole = False

    def __getitem__(self, key):
        try:
            value = self.base[key]
        except KeyError:
            self.read[key] = (False, None)
            raise
        self.read[key] = (True, value)
        return value

    def __contains__(self, key) -> bool:
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __iter__(self):
        self.whole = True
        return iter(self.base)

    def __len__(self) -> int:
        self.size = len(self.base)
        return self.size

    def reads(self) -> tuple | None:
        return None if self.whole else (tuple(self.read.items()), self.size)

    @staticmethod
    def still_same(reads: tuple | None, base: dict) -> bool:
        """Whether every lookup of `reads` gives the same in `base`."""
        if reads is None:
            return False
        items, size = reads
        if size is not None and size != len(base):
            return False
        missing = object()
        return all(base.get(key, missing) == value if found else key not in base for key, (found, value) in items)


# the node lookups `_document_meetings` reads, which the memo records and checks key by key (`_Recorded`)
_NODE_LOOKUPS = ("names", "node_country", "node_post", "node_guess")


def _recorded_meetings(doc_id: str, rows, corpus: _Corpus) -> tuple[list[dict], tuple]:
    """`_document_meetings` and the node lookups (`_NODE_LOOKUPS`) it made (`_Recorded.reads`), for the memo."""
    recorded = {field: _Recorded(getattr(corpus, field)) for field in _NODE_LOOKUPS}
    meetings = _document_meetings(doc_id, rows, replace(corpus, **recorded))
    return meetings, tuple(r.reads() for r in recorded.values())


def _memo_valid(entry: tuple, corpus: _Corpus) -> bool:
    """Whether a memo entry's node lookups give the same today."""
    _, reads = entry
    return len(reads) == len(_NODE_LOOKUPS) and all(
        _Recorded.still_same(read, getattr(corpus, field)) for field, read in zip(_NODE_LOOKUPS, reads)
    )


def _sighting(doc_id: str, row: dict, corpus: _Corpus, countries: dict[str, str], travellers: set[str]) -> _Sighting:
    """A frame row with its spans linked to the document's nodes; the countries and travellers it tells are
    added to `countries` and `travellers`."""
    para_idx = row["para_idx"]
    frame = {field: row[field] for field in FRAME_FIELDS}
    frame["para_idx"] = para_idx
    para_mentions = corpus.by_para.get((doc_id, para_idx))

    def node(span) -> str | None:
        return _span_node(para_mentions, span)

    nodes_of_spans = [node(span) for span in frame["participants"]]
    # "The minister had earlier met Vargo": a reference resolve linked to a person the frame names besides is
    # someone else; it is read from the context instead
    is_ref = [(doc_id, para_idx, start) in corpus.ref_texts for start, _ in frame["participants"]]
    named = {n for n, ref in zip(nodes_of_spans, is_ref) if not ref}
    nodes_of_spans = [None if ref and n in named else n for n, ref in zip(nodes_of_spans, is_ref)]
    frame["ref_nodes"] = [n for n, ref in zip(nodes_of_spans, is_ref) if ref and n]  # people named by post only
    # a participant is a person: never a place, an outlet, an acronym or a title word the tagger took
    outlet = corpus.outlets.get(doc_id)
    junk = {n for n in nodes_of_spans if n is not None and not _participant_name(corpus.names.get(n, n), outlet)}
    participants = _unique(n for n in nodes_of_spans if n not in junk)
    # a reference resolve could not link ("the minister") is resolved from the context here; a name resolve made
    # no person (a page cut off inside a place's name, a city the model took for a name) stands for nobody
    told = {r["start"]: r["text"] for r in frame["ref_texts"]}  # the reference with its modifiers
    unlinked = (
        {"start": start, "end": end, "text": told.get(start) or corpus.ref_texts.get((doc_id, para_idx, start), "")}
        for (start, end), nid in zip(frame["participants"], nodes_of_spans)
        if nid is None
    )
    frame["refs"] = [*frame["refs"], *(r for r in unlinked if r["text"])]
    for person in frame["person_countries"]:
        nid = node((person["start"], person["end"]))
        if nid and person["text"] and nid not in countries:
            countries[nid] = person["text"]
    host = node(frame["host"])
    travellers.update(t for t in map(node, frame["travellers"]) if t)
    frame.update(
        visitor_node=node(frame["visitor"]),
        anaphoric=False,
        subject_nodes=[node(s) for s in frame["subjects"]],
        split_subject_nodes=_unique(node(s) for s in frame["split_subject"]),
        # the first day told with a person is the day of their meeting
        split_date_nodes={nid: d["text"] for d in frame["split_dates"][::-1] if (nid := node((d["start"], d["end"])))},
        split_place_nodes={
            nid: d["text"] for d in frame["split_places"][::-1] if (nid := node((d["start"], d["end"])))
        },
    )
    tag_end, frame["speaker_node"] = corpus.speakers.get(doc_id, {}).get(para_idx, (0, None))
    frame["addressed"] = {}  # form of address -> the people named with it so far
    for at, form, nid in corpus.addressed.get(doc_id, ()):
        if at <= para_idx:
            frame["addressed"].setdefault(form, set()).add(nid)
    if tag_end and not FIRST_PERSON.search(str(frame["evidence"])):
        # "Spokesperson (Mr X): A meeting with Y is scheduled": the speaker tells of a meeting, not at it ("Minister
        # X: I met Y" keeps X, the "I" the parser read as X)
        in_tag = {n for n, (start, _) in zip(nodes_of_spans, frame["participants"]) if start < tag_end}
        participants = [p for p in participants if p not in in_tag]
        host = None if host in in_tag else host
    in_sentence, before, after = corpus.persons_around(doc_id, (para_idx, frame["sent_idx"]))
    return _Sighting(frame, participants, None if host in junk else host, in_sentence, before, after)


def _own_day(frame: dict, person: str) -> dict:
    """The frame as it dates and places the meeting with `person` ("met A on Monday and B on Tuesday": B's is
    Tuesday; "met A in Lisbon and B in Ankara": B's is in Ankara)."""
    day = frame.get("split_date_nodes", {}).get(person)
    place = frame.get("split_place_nodes", {}).get(person)
    if day is not None:
        frame = {**frame, "date_text": day}
    if place is not None and place != frame["location_text"]:
        frame = {**frame, "location_text": place, "location_country": place_country(place)}
    return frame


def _document_meetings(doc_id: str, rows, corpus: _Corpus) -> list[dict]:
    """The meetings of one document, read from its frame rows in text order."""
    countries: dict[str, str] = {}
    travellers: set[str] = set()
    sightings = []
    for row in rows:
        sightings.append(_sighting(doc_id, row, corpus, countries, travellers))
    # what the document tells first, then what resolve knows: a read-only view, not a copy of every node per document;
    # a country the document states of someone is no guess there, whatever resolve guessed of them elsewhere
    stated = {nid: None for nid in countries}
    countries = ChainMap(countries, corpus.node_country)
    reader = _DocReader(
        corpus.published.get(doc_id),
        countries,
        corpus.names,
        corpus.dateline.get(doc_id),
        travellers,
        corpus.node_post,
        ChainMap(stated, corpus.node_guess),
    )
    reader.calendar.text_year = corpus.text_years.get(doc_id)
    reader.calendar.lead_para = corpus.leads.get(doc_id)
    reader.references.answers = frozenset(corpus.answers.get(doc_id, ()))
    if day := corpus.dateline_days.get(doc_id):
        # "MOSCOW, March 12. /TASS/. X held talks with Y": the lead meeting of the dispatch is of its day
        reader.calendar.header_dateline(day)
    for seen in sightings:
        reader.add(seen)
    meetings = reader.meetings.finish()
    for i, meeting in enumerate(meetings):
        meeting["doc_id"] = doc_id
        meeting["meeting_id"] = text_hash(
            f"{doc_id}|{'|'.join(sorted(meeting['participants']))}|{meeting['status']}|{meeting['mode']}|{i}",
            "MEETING:",
        )
    return meetings


def _all_document_meetings(
    frames: pd.DataFrame, news: pd.DataFrame, corpus: _Corpus, memo: DocumentMemo | None
) -> list[dict]:
    """The meetings of every document with news frames, in doc_id order: from `memo` where it holds the
    document's key and the node names and countries it read then are still the same, else read from its frames
    (only those frames are conformed to `schema.FRAMES`)."""
    keys = document_keys(news, corpus) if memo is not None else {}
    known = memo.get(sorted(set(keys.values())), lambda entry: _memo_valid(entry, corpus)) if memo is not None else {}
    todo = news[~news["doc_id"].map(lambda d: keys.get(d) in known).to_numpy(dtype=bool)]
    frames = schema.conform(frames[frames["text_id"].isin(todo["text_id"]).to_numpy(dtype=bool)], schema.FRAMES)
    read = {}
    for doc_id, doc_frames in _news_frames(frames, todo):
        with faults.isolate("relate", doc_id):
            if memo is None:
                read[doc_id] = _document_meetings(doc_id, doc_frames, corpus)
            else:
                read[doc_id], reads = _recorded_meetings(doc_id, doc_frames, corpus)
                if None not in reads:
                    memo.put(keys[doc_id], (read[doc_id], reads))
    rows = []
    for doc_id in news["doc_id"].drop_duplicates().tolist():
        rows += read[doc_id] if doc_id in read else known.get(keys.get(doc_id), (None, None))[0] or []
    return rows


def _meetings_table(meetings: pd.DataFrame, names: dict[str, str], merged: tuple[list, list]) -> pd.DataFrame:
    """The meetings of every document as one table (made of their rows), with the ids of their merge across
    documents (`_merged_ids`) and the names of their people."""
    meetings = meetings.astype(object).where(meetings.notna(), None)
    meetings["meeting_id"], meetings["planned_meeting_id"] = merged
    meetings["participant_names"] = [[names.get(p, p) for p in ps] for ps in meetings["participants"]]
    meetings["host_name"] = [names.get(h) if h else None for h in meetings["host"]]
    return meetings.reindex(columns=schema.MEETINGS.names)


def _meeting_graph(
    meetings: pd.DataFrame, names: dict[str, str], published: dict[str, str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The edges of the meetings (MET, ATTENDED, HOSTED, HELD_AT, DISCUSSED) and their MEETING and TOPIC nodes."""
    edge_rows, node_rows = [], []
    for meeting in meetings.to_dict("records"):
        meeting_id, participants, host = meeting["meeting_id"], meeting["participants"], meeting["host"]
        edge_date = meeting["date"] or published.get(meeting["doc_id"])
        common = {
            "doc_id": meeting["doc_id"],
            "meeting_id": meeting_id,
            "date": edge_date,
            "evidence": meeting["evidence"],
            "confidence": meeting["confidence"],
        }
        for a, b in itertools.combinations(sorted(participants), 2):
            edge_rows.append({"source": a, "target": b, "relation": "MET", **common})
        for p in participants:
            edge_rows.append({"source": p, "target": meeting_id, "relation": "ATTENDED", **common})
        if host:
            edge_rows.append({"source": host, "target": meeting_id, "relation": "HOSTED", **common})
        if meeting["location"]:
            place_id = f"GPE:{slug(meeting['location'])}"
            edge_rows.append({"source": meeting_id, "target": place_id, "relation": "HELD_AT", **common})
        for topic in meeting["topics"]:
            topic_id = f"TOPIC:{slug(topic)}"
            edge_rows.append({"source": meeting_id, "target": topic_id, "relation": "DISCUSSED", **common})
            node_rows.append(_node(topic_id, "TOPIC", topic))
        name = " / ".join(names.get(p, p) for p in participants) + (f" ({meeting['date']})" if meeting["date"] else "")
        node_rows.append(_node(meeting_id, "MEETING", name))
    meeting_nodes = pd.DataFrame(node_rows, columns=schema.NODES.names)
    if len(meeting_nodes):
        counts = meeting_nodes.groupby("node_id").size()
        meeting_nodes = meeting_nodes.drop_duplicates("node_id").reset_index(drop=True)
        meeting_nodes["n_mentions"] = meeting_nodes["node_id"].map(counts)
    return pd.DataFrame(edge_rows, columns=schema.EDGES.names), meeting_nodes


def extract_meetings(
    frames: pd.DataFrame,
    paragraphs: pd.DataFrame,
    mentions: pd.DataFrame,
    nodes: pd.DataFrame,
    documents: pd.DataFrame,
    memo: DocumentMemo | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Turn meeting frames into meetings.

    Frames found only in boilerplate paragraphs are background, not news of the day, and are skipped.
    The same as `finish_meetings` over `document_meetings`, which a caller may run per batch of documents.

    Args:
        frames: the frames table of `schema.FRAMES` (one read back from parquet is conformed to it here).
        memo: the meetings of documents read before, by `document_keys` (the runtime passes one beside the
            analysis cache); a document it lacks is read and added to it.

    Returns:
        (meetings, edges derived from meetings, MEETING and TOPIC nodes).
    """
    return finish_meetings(document_meetings(frames, paragraphs, mentions, nodes, documents, memo), nodes, documents)


def document_meetings(
    frames: pd.DataFrame,
    paragraphs: pd.DataFrame,
    mentions: pd.DataFrame,
    nodes: pd.DataFrame | NodeLookup,
    documents: pd.DataFrame,
    memo: DocumentMemo | None = None,
) -> list[dict]:
    """The meetings each document tells, before they are merged across documents, in doc_id order.

    A document's meetings depend only on its own frames, paragraphs, mentions and `documents` row, and on
    `nodes` (the names and countries of every node), so this can run on the documents in batches: the rows of
    batches in doc_id order, concatenated, are those of one call over all of them. A caller running many batches
    passes `NodeLookup.of(nodes)`, built once, instead of the table."""
    corpus = _Corpus.of(mentions, nodes, documents, paragraphs)
    return _all_document_meetings(frames, _news_paragraphs(paragraphs, frames), corpus, memo)


MEETINGS_PER_SLICE = 1000  # meetings whose edges are made at a time where they are handed over (`edges_to`)


def finish_meetings(
    rows: list[dict] | MeetingRows,
    nodes: pd.DataFrame,
    documents: pd.DataFrame,
    edges_to: Callable[[pd.DataFrame], None] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame | None, pd.DataFrame]:
    """The meetings of `document_meetings` (or of its batches, `MeetingRows`) merged across documents, with their
    edges and MEETING/TOPIC nodes. With `edges_to`, the edges are made for `MEETINGS_PER_SLICE` meetings at a time
    and handed to it in their order (concatenated: the edges table), and None is returned in their place.

    The merge reads only what it compares of each meeting; the meetings' rows are made into the table after it."""
    found = rows if isinstance(rows, MeetingRows) else MeetingRows.of(rows)
    del rows
    failed = faults.failed()  # a document that failed above has no meetings to merge across documents
    merged = _merged_ids(found.merge_rows(failed))
    if not merged[0]:
        return (
            pd.DataFrame(columns=schema.MEETINGS.names),
            pd.DataFrame(columns=schema.EDGES.names),
            pd.DataFrame(columns=schema.NODES.names),
        )
    names = dict(zip(nodes["node_id"].tolist(), nodes["name"].tolist()))
    meetings = _meetings_table(pd.DataFrame(list(found.rows(failed))), names, merged)
    del found, merged
    published = dict(zip(documents["doc_id"].tolist(), documents["published"].tolist()))
    if edges_to is None:
        edges, meeting_nodes = _meeting_graph(meetings, names, published)
        return meetings, edges, meeting_nodes
    parts = []
    for start in range(0, len(meetings), MEETINGS_PER_SLICE):
        edges, part = _meeting_graph(meetings.iloc[start : start + MEETINGS_PER_SLICE], names, published)
        edges_to(edges)
        parts.append(part)
        del edges
    return meetings, None, _counted_nodes(parts)


def _counted_nodes(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The MEETING and TOPIC nodes of `_meeting_graph` over all meetings, from those of its slices."""
    nodes = pd.concat(parts, ignore_index=True)
    counts = nodes.groupby("node_id")["n_mentions"].sum()
    nodes = nodes.drop_duplicates("node_id").reset_index(drop=True)
    nodes["n_mentions"] = nodes["node_id"].map(counts)
    return nodes


def _node(node_id: str, kind: str, name: str) -> dict:
    return {
        "node_id": node_id,
        "type": kind,
        "name": name,
        "aliases": [],
        "country": None,
        "rank": None,
        "title": None,
        "n_mentions": 1,
        "n_documents": 1,
    }
