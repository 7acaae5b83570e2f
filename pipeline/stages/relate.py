"""Stage 5, relate: meeting frames and resolved mentions to meetings and graph edges.

Frames come per sentence; a meeting is read per document in text order, because articles spread one
meeting over several sentences: "the two ministers" refers to the people already named, "the sides
discussed ..." adds topics to the last meeting, "later the same day" takes the day named before, and
"a meeting of the defence ministers of A, B and C" is named only in the next sentence.
"""

from __future__ import annotations

import itertools
import json
import re
from functools import lru_cache
from datetime import date as Date

import pandas as pd

from pipeline.nlp import dates
from pipeline import faults, resources, schema
from pipeline.nlp.frames import cues, places as frames_places
from pipeline.text import slug, text_hash

PARTICIPANT_LABELS = ("PERSON", "REF")
INHERIT_KEYS = ("date", "location", "location_country")
DELEGATION_PARAGRAPHS = 2  # paragraphs after a meeting with an unnamed delegation in which its leader is named
GATHER_PARAGRAPHS = 4  # paragraphs over which attendees of a sitting no meeting sentence told are gathered
LEAD_PARAGRAPHS = 1  # paragraphs after a dateline whose undated meetings take its day
COUNTERPART_WORDS = frozenset(cues()["counterpart_words"])


def _countries_named(text: str) -> list[str]:
    """Every country a phrase names ("his counterparts from Chile, Peru and New Zealand"), in order."""
    _, countries, demonyms = frames_places()
    folded = text.casefold()
    found = []
    for name in sorted({*countries, *demonyms}, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", folded):
            if not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), countries.get(name) or demonyms.get(name)))
    return _unique(c for _, _, c in sorted(found))


def _country_named(text: str) -> str | None:
    """The country a reference names by a demonym or name ("his Turkish counterpart" -> Turkey)."""
    _, countries, demonyms = frames_places()
    words = [w.casefold() for w in re_words(text)]
    return next((demonyms.get(w) or countries.get(w) for w in words if w in demonyms or w in countries), None)


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
    if all(w.isupper() and len(w) > 1 for w in raw if w):
        return False  # an acronym
    generic = c["not_person_words"] | c["role_words"] | set(demonyms) | set(countries)
    return not all(w in generic for w in words)


def _ref_texts(mentions: pd.DataFrame) -> dict[tuple, str]:
    """(doc_id, para_idx, start) -> text of each REF mention ("his Turkish counterpart")."""
    refs = mentions[mentions["label"] == "REF"]
    if "text" not in refs.columns:
        return {}
    return {(d, p, s): t for d, p, s, t in zip(*(refs[c].tolist() for c in ("doc_id", "para_idx", "start", "text")))}


def _unique(items):
    return list(dict.fromkeys(i for i in items if i))


class _DocReader:
    """Reads the frames of one document in order and builds its meetings."""

    def __init__(self, published, countries: dict[str, str], names: dict[str, str], dateline_place=None):
        # the day relative dates count from: the publication date, else the last dateline's day with its year
        self.publication = published if dates.parse_day(published) else None
        self.published = self.publication
        self.dateline_para: int | None = None
        self.dateline_day: str | None = None
        self.names = names
        self.meetings: list[dict] = []
        self.pending_group: list[dict] = []
        self.pending_topics: list[str] = []
        self.persons_seen: list[str] = []
        self.last_date: str | None = None
        self.last_date_planned = False
        self.last_place: tuple[str, str | None] | None = None
        self.last_place_status = "occurred"
        self.travellers: set[str] = set()  # people the text says are on a visit
        self.countries = countries
        self.venues: set[str] = set()
        # a meeting with an unnamed delegation ("held talks with senior officials of X") waiting for its leader
        self.pending_delegation: tuple[dict, list[str], str | None] | None = None
        # people said to be at a sitting no meeting sentence told ("X started work at the meeting ...",
        # "the meeting is chaired by Y", "Z is also participating")
        self.gathered: tuple[dict, list[str]] | None = None
        # the dispatch's city ("RAWALPINDI: ...") when it is a known city: the place of a local call-on
        place = dateline_place.strip() if isinstance(dateline_place, str) else ""
        self.dateline_city = place if place.casefold() in frames_places()[0] else None

    # -- helpers ---------------------------------------------------------------------------------------
    def _counterpart(self, text: str, participants: list[str], after: list[str], forward: bool = False,
                     strict: bool = False) -> str | None:
        """ "his Turkish counterpart" named in another sentence or the headline: the nearest person named
        after the reference, else before it, of the country the reference names, else of another country
        than the participants (a counterpart is the other side)."""
        country = _country_named(text)
        own = {self.countries.get(p) for p in participants} - {None}
        candidates = _unique([*after, *([] if forward else reversed(self.persons_seen))])
        candidates = [c for c in candidates if c not in participants]
        if country is not None:
            fitting = [c for c in candidates if self.countries.get(c) == country]
            if fitting or strict:
                return next(iter(fitting), None)
        # a person of another known country first, then one of unknown country
        other = [c for c in candidates if self.countries.get(c) is not None and self.countries.get(c) not in own]
        return next(iter(other), None) or next((c for c in candidates if self.countries.get(c) is None), None)

    def _resolve_refs(self, frame: dict, participants: list[str], after: list[str] = ()) -> list[str]:
        """Nominal references ("the Pakistani general", "the NATO official") not linked by resolve:
        the guest of the last meeting, else the person named last, who is not already a participant.
        A counterpart may be named later in the text too."""
        for ref in frame.get("refs", []):
            text = str(ref[2]) if len(ref) > 2 else ""
            if frame.get("split"):
                # "a series of talks with his counterparts from A, B and C": one of each country
                chosen = [self._counterpart(country, participants, [a for a in after if a not in participants][:8],
                                            forward=True, strict=True) for country in _countries_named(text)]
                participants += _unique(c for c in chosen if c and c not in participants)
            if len(participants) >= 2:
                break
            indefinite = text.lower().startswith(("a ", "an "))  # "a senior British official": named later
            if indefinite or any(w in COUNTERPART_WORDS for w in re_words(text.lower())):
                pick = self._counterpart(text, participants, [a for a in after if a not in participants][:3],
                                         forward=indefinite)
                if pick:
                    participants.append(pick)
                continue
            candidates = []
            if self.meetings:
                last = self.meetings[-1]
                host = last["host"] or self._host(last)
                candidates += [p for p in last["participants"] if p != host] + last["participants"]
            candidates += list(reversed(self.persons_seen))
            candidates = [c for c in candidates if c not in participants]
            country = _country_named(text)
            if country is not None:  # "the Indian Army chief": an Indian
                candidates = [c for c in candidates if self.countries.get(c) == country] or [
                    c for c in candidates if self.countries.get(c) is None]
            pick = next(iter(candidates), None)
            if pick:
                participants.append(pick)
        return participants

    def _resolve_surnames(self, frame: dict, participants: list[str], known: list[str]) -> list[str]:
        """A bare surname in a participant role: the person of the document whose name ends with it."""
        for _, _, surname in frame.get("surnames", []):
            folded = slug(surname)
            match = _unique(p for p in reversed(known) if slug(self.names.get(p, "")).endswith(folded))
            if len(match) == 1 and match[0] not in participants:
                participants.append(match[0])
        return participants

    def _group_participants(self, named: list[str] = ()) -> list[str]:
        """The people a plural phrase ("the sides", "the two ministers") stands for: those of the last meeting.
        Beside a named person ("at the meeting with X, the sides discussed"), only the other side: the
        last meeting's people of another known country than X, else its guest."""
        if self.meetings:
            last = self.meetings[-1]
            people = list(last["participants"])
            if named and not set(named) & set(people):
                own = {self.countries.get(p) for p in named} - {None}
                other = [p for p in people if self.countries.get(p) not in (None, *own)] if own else []
                host = last["host"] or self._host(last)
                return other or [p for p in people if p != host][:1] or people[:1]
            return people
        return _unique(reversed(self.persons_seen))[:2]

    def finish(self) -> list[dict]:
        """The meetings of the document, with the hosts the text implies (read once the whole text is known:
        "X is in Konya to observe an international exercise" may follow the meeting)."""
        # a meeting the text reports as cancelled or postponed is that meeting, not also a planned one
        for gone in [m for m in self.meetings if m["status"] == "cancelled"]:
            for plan in [m for m in self.meetings if m["status"] == "planned"
                         and set(m["participants"]) == set(gone["participants"]) and m["mode"] == gone["mode"]]:
                day = gone["date"]
                self._merge_into(gone, plan)
                gone["date"] = day  # the day it was planned for is not a day it took place
                self.meetings.remove(plan)
        for meeting in self.meetings:
            if meeting["host"] is None:
                meeting["host"] = self._host(meeting)
            self._dateline_place(meeting)
        return self.meetings

    def _dateline_place(self, meeting: dict) -> None:
        """A call-on told with no place in a dispatch from the host's own country took place in the dateline
        city (GOLD: "a dateline city is used when the story reports a local call-on")."""
        if self.dateline_city is None or meeting["location"] is not None or meeting["mode"] != "in_person" \
                or meeting["status"] != "occurred" or meeting.get("sidelines") or not meeting["host"]:
            return
        country = frames_places()[0][self.dateline_city.casefold()]
        if self.countries.get(meeting["host"]) == country:
            meeting["location"], meeting["location_country"] = self.dateline_city, country

    def _guests(self) -> set[str]:
        """The people received by someone in the text's in-person meetings, and nobody's host."""
        guests = {p for m in self.meetings if m["host"] and m["mode"] == "in_person" and m["status"] == "occurred"
                  for p in m["participants"] if p != m["host"]}
        hosts = {m["host"] for m in self.meetings if m["host"]}
        return (guests | self.travellers) - hosts

    def _host(self, meeting: dict) -> str | None:
        """The receiving side when the text does not say "received"/"hosted": the participant who is at
        home (the meeting city is in their country) while the others are visiting. Nobody is at home at an
        international event."""
        if meeting["mode"] != "in_person":
            return None
        if meeting.get("location") and str(meeting["location"]).casefold() in self.venues:
            return None
        parts = meeting["participants"]
        if meeting.get("visitor") and len(parts) == 2:
            return next(p for p in parts if p != meeting["visitor"])
        country = meeting.get("location_country")
        if not country:
            # a guest of the text's own meetings ("X received Y", "Y paid a visit to X") is on a visit: in a
            # later meeting of that visit the other side receives them
            guests = [p for p in parts if p in self._guests()]
            if len(guests) == 1 and len(parts) == 2 and not self.venues and not meeting.get("sidelines"):
                return next(p for p in parts if p not in guests)
            return None
        known = {p: self.countries.get(p) for p in parts}
        home = [p for p, c in known.items() if c == country]
        if len(home) == 1:
            return home[0]
        unmarked = [p for p, c in known.items() if c is None]
        if not home and len(unmarked) == 1 and len(parts) >= 2 and not meeting.get("sidelines"):
            return unmarked[0]
        return None

    def _new_meeting(self, frame: dict, participants: list[str], host: str | None) -> dict:
        date = dates.resolve_date(frame.get("date_text"), self.published, future=frame["status"] != "occurred")
        if date is None and frame["status"] == "occurred" and not frame.get("date_text"):
            if frame.get("present") and dates.parse_day(self.published):
                date = str(self.published)[:10]  # "X meets Y", "X is holding talks with Y": today
            elif self.dateline_day and frame["para_idx"] - self.dateline_para <= LEAD_PARAGRAPHS:
                date = self.dateline_day  # the dispatch reports the lead meeting as just held
        return {
            "participants": participants, "host": host, "date": date,
            "location": frame.get("location_text"), "location_country": frame.get("location_country"),
            "mode": frame["mode"], "status": frame["status"], "topics": list(frame.get("topics", [])),
            "evidence": frame["evidence"], "confidence": frame["confidence"], "para_idx": frame["para_idx"],
            "same_day": frame.get("same_day", False), "visitor": frame.get("visitor_node"),
            "sidelines": bool(frame.get("sidelines")),
        }

    def _topic_targets(self, frame: dict) -> list[dict]:
        """The meetings a following topics sentence speaks of: the last one, and the call-ons of the same visit just
        before it that got no topics of their own ("X held talks with Y. X also called on Z. The discussions
        focused on ..." tells what both sittings were about)."""
        last = self.meetings[-1]
        targets = [last]
        for earlier in reversed(self.meetings[:-1]):
            if earlier["topics"] or earlier["status"] != last["status"] or earlier["mode"] != last["mode"] \
                    or frame.get("para_idx", 0) - earlier["para_idx"] > cues()["topic_reach_paragraphs"] \
                    or not set(earlier["participants"]) & set(last["participants"]):
                break
            targets.append(earlier)
        return targets

    def _merge_into(self, target: dict, other: dict) -> None:
        target["participants"] = _unique([*target["participants"], *other["participants"]])
        for key in ("host", *INHERIT_KEYS):
            if target.get(key) is None and other.get(key) is not None:
                target[key] = other[key]
        target["topics"] = _unique([*target["topics"], *other["topics"]])
        target["confidence"] = max(target["confidence"], other["confidence"])
        target["sidelines"] = target.get("sidelines") or other.get("sidelines")

    def _note_context(self, frame: dict) -> None:
        if frame.get("date_text"):
            resolved = dates.resolve_date(frame["date_text"], self.published, future=frame["status"] != "occurred")
            if resolved:
                self.last_date = resolved
                self.last_date_planned = frame["status"] == "planned"
        if frame.get("location_text"):
            self.last_place = (frame["location_text"], frame.get("location_country"))
            self.last_place_status = frame.get("status", "occurred")
            if frame.get("venue"):
                self.venues.add(frame["location_text"].casefold())

    # -- reading ---------------------------------------------------------------------------------------
    def _add_details(self, frame: dict) -> None:
        """A sentence that speaks of the last meeting without naming its people ("In a telephone conversation
        on May 2, the ministers ...", "The meeting took place at the ministry in Rome") gives its mode, day
        and place."""
        if not self.meetings or frame["para_idx"] - self.meetings[-1]["para_idx"] > 2:
            return
        # the meetings the last meeting sentence told ("separately met A and B" tells two)
        told = [m for m in self.meetings if m["evidence"] == self.meetings[-1]["evidence"]]
        for last in told:
            if frame["status"] != last["status"]:
                continue
            last["sidelines"] = last.get("sidelines") or bool(frame.get("sidelines"))
            if frame.get("mode", "in_person") != "in_person" and last["mode"] == "in_person" and not last["host"]:
                last["mode"] = frame["mode"]
                last["location"] = last["location_country"] = None
            if last["date"] is None and frame.get("date_text"):
                last["date"] = dates.resolve_date(frame["date_text"], self.published,
                                                  future=last["status"] != "occurred")
            if last["location"] is None and last["mode"] == "in_person" and frame.get("location_text") \
                    and not frame.get("venue"):
                last["location"], last["location_country"] = frame["location_text"], frame.get("location_country")

    def _gather(self, frame: dict, people: list[str]) -> None:
        """Attendees of a sitting before any meeting is told: once two people are at it, it is a meeting."""
        if self.gathered is not None and frame["para_idx"] - self.gathered[0]["para_idx"] > GATHER_PARAGRAPHS:
            self.gathered = None
        if self.gathered is None:
            self.gathered = (frame, list(people))
            return
        first, seen = self.gathered
        seen = _unique([*seen, *people])
        self.gathered = (first, seen)
        if len(seen) >= 2 and first["status"] == frame["status"]:
            meeting = self._new_meeting(first, seen, None)
            self._complete(meeting, first)
            self.gathered = None

    def _add_leaders(self, frame: dict, leaders: list[str]) -> None:
        """ "The visiting delegation was led by X": X is the other side of the meeting with the delegation told
        just before (GOLD: a delegation led by X is X)."""
        if self.pending_delegation is None or not leaders:
            return
        told, people, host = self.pending_delegation
        self.pending_delegation = None
        if frame["para_idx"] - told["para_idx"] > DELEGATION_PARAGRAPHS:
            return
        participants = _unique([*people, *leaders])
        if len(participants) < 2:
            return
        meeting = self._new_meeting(told, participants, host)
        self._complete(meeting, told)
        self._note_context(told)

    def _note_dateline(self, frame: dict) -> None:
        """A story opening with a dispatch dateline ("MINSK, December 19 -"); a page may hold several."""
        if frame.get("sent_idx") != 0:
            return
        day = dates.dateline_date_text(frame.get("evidence") or "")
        if day:
            self.dateline_day = dates.resolve_date(day, self.publication)
            self.dateline_para = frame["para_idx"]
            if self.publication is None:
                self.published = self.dateline_day

    def add(self, frame: dict, participants: list[str], host: str | None, persons_in_sentence: list[str],
            persons_before: list[str], persons_after: list[str] = ()) -> None:
        self.persons_seen = persons_before
        self._note_dateline(frame)
        kind = frame.get("kind", "meeting")
        if kind == "cooccurrence":
            if len(participants) >= 2:
                self.meetings.append(self._new_meeting(frame, list(participants), None))
            return
        if self.pending_group and len(persons_in_sentence) >= 2 and not (kind == "meeting" and len(participants) >= 2):
            group = self.pending_group.pop(0)
            meeting = self._new_meeting(group, list(persons_in_sentence), None)
            meeting["topics"] = _unique([*meeting["topics"], *frame.get("topics", [])])
            self._complete(meeting, group)
            if kind in ("topics", "context"):
                return
        if kind in ("topics", "context"):
            told = {p for m in self.meetings if m["evidence"] == self.meetings[-1]["evidence"]
                    for p in m["participants"]} if self.meetings else set()
            if frame.get("meeting_ref") and (len(persons_in_sentence) < 2 or set(persons_in_sentence) <= told):
                self._add_details(frame)
            if frame.get("topics"):
                if self.meetings:
                    for target in self._topic_targets(frame):
                        target["topics"] = _unique([*target["topics"], *frame["topics"]])
                else:
                    self.pending_topics += frame["topics"]
            self._note_context(frame)
            return
        if kind == "lead":
            self._add_leaders(frame, participants)
            return
        if kind == "join":
            if not self.meetings and participants:
                self._gather(frame, participants)
                return
            if self.meetings and participants:
                last = self.meetings[-1]
                last["participants"] = _unique([*last["participants"], *participants])
                if last["date"] is None and frame.get("date_text"):
                    last["date"] = dates.resolve_date(frame["date_text"], self.published,
                                                      future=last["status"] != "occurred")
            return
        participants = self._resolve_surnames(frame, list(participants), [*persons_before, *persons_in_sentence])
        if frame.get("split_subject_ref") and not frame.get("split_subject_nodes"):
            # "He has already met A, B and C": the person the pronoun stands for meets each of them
            pronouns = [r for r in frame.get("refs", []) if len(r) > 2 and str(r[2]).lower() in ("he", "she")]
            subject = self._resolve_refs({**frame, "refs": pronouns[:1], "split": False}, [],
                                         []) if pronouns else []
            subject = [p for p in subject if p not in participants]
            frame = {**frame, "split_subject_nodes": subject[:1]}
            participants = [*participants, *subject[:1]]
        participants = self._resolve_refs(frame, participants, persons_after)
        if frame.get("group") and len(participants) < 2:
            if not self.meetings and not self.persons_seen:
                self.pending_group.append(frame)
                self._note_context(frame)
                return
            participants = _unique([*participants, *self._group_participants(participants)])
            frame = {**frame, "anaphoric": True}  # "the parties talked about ...": the meeting told before
        if len(participants) < 2:
            if frame.get("delegation") and participants and frame["status"] != "cancelled":
                self.pending_delegation = (frame, list(participants), host)
            self._note_context(frame)
            return
        meetings = []
        if frame.get("split") and frame.get("split_subject_nodes"):
            subj = frame["split_subject_nodes"]
            for other in [p for p in participants if p not in subj]:
                meetings.append(self._new_meeting(frame, _unique([*subj, other]), host))
        else:
            meetings.append(self._new_meeting(frame, participants, host))
        for meeting in meetings:
            self._complete(meeting, frame)
        self._note_context(frame)

    def _complete(self, meeting: dict, frame: dict) -> None:
        # a group phrase named before its people ("a meeting of the ministers of A, B and C ... was cancelled")
        while self.pending_group:
            group = self.pending_group.pop(0)
            earlier = self._new_meeting(group, [], None)
            if group["status"] == "cancelled":
                meeting["status"] = "cancelled"
            if group["mode"] != "in_person" and meeting["mode"] == "in_person":
                meeting["mode"] = group["mode"]
            for key in INHERIT_KEYS:
                if meeting.get(key) is None:
                    meeting[key] = earlier.get(key)
            meeting["topics"] = _unique([*earlier["topics"], *meeting["topics"]])
        if self.pending_topics:
            meeting["topics"] = _unique([*self.pending_topics, *meeting["topics"]])
            self.pending_topics = []
        if meeting["date"] is None and (
            meeting["same_day"] or (meeting["status"] == "planned" and self.last_date_planned)
        ):
            meeting["date"] = self.last_date
        if meeting["location"] is None and meeting["mode"] == "in_person":
            # the place of the visit told before
            placed = next((m for m in reversed(self.meetings) if m["location"] and m["mode"] == "in_person"), None)
            if placed is not None:
                meeting["location"], meeting["location_country"] = placed["location"], placed["location_country"]
            elif self.last_place and self.last_place_status == meeting["status"]:
                # a place told for a planned event is not where a held meeting took place
                meeting["location"], meeting["location_country"] = self.last_place
        if meeting["mode"] != "in_person":
            meeting["location"] = meeting["location_country"] = None
        last = self.meetings[-1] if self.meetings else None
        if frame.get("anaphoric") and last and set(meeting["participants"]) == set(last["participants"]) \
                and meeting["mode"] in ("in_person", last["mode"]) and meeting["status"] == last["status"] \
                and (not frame.get("date_text") or meeting["date"] in (None, last["date"])):
            self._merge_into(self.meetings[-1], meeting)
            return
        # "X spoke with Y" tells no mode: after a call between them it is that call
        unsure_mode = meeting["mode"] == "in_person" and frame.get("trigger_lemma") in cues()["speak_verbs"]
        for earlier in reversed(self.meetings):
            if (set(earlier["participants"]) == set(meeting["participants"])
                    and (earlier["mode"] == meeting["mode"] or unsure_mode)
                    and earlier["status"] == meeting["status"]
                    and (earlier["date"] is None or meeting["date"] is None or earlier["date"] == meeting["date"])):
                self._merge_into(earlier, meeting)
                return
            # "X and Y discussed ..." right after the trilateral meeting they were part of
            if (set(meeting["participants"]) < set(earlier["participants"]) and earlier is self.meetings[-1]
                    and (meeting["mode"], meeting["status"]) == (earlier["mode"], earlier["status"])
                    and not frame.get("split") and (frame.get("trigger") or "").lower().startswith("discuss")):
                self._merge_into(earlier, meeting)
                return
        self.meetings.append(meeting)


def _date_gap(a: str | None, b: str | None) -> int:
    if a is None or b is None:
        return 0
    return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days)


def merge_across_documents(meetings: pd.DataFrame) -> pd.DataFrame:
    """One meeting_id for the same meeting in several documents: same participants, same mode and
    status, dates within a day (or one undated), compatible places. A planned meeting later reported as
    held keeps its own id and names the planned one in `planned_meeting_id`."""
    if meetings.empty:
        return meetings
    meetings = meetings.reset_index(drop=True)
    rows = meetings.to_dict("records")
    ids = list(meetings["meeting_id"])
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
        if a["location"] and b["location"] and str(a["location"]).casefold() != str(b["location"]).casefold():
            continue
        if a["status"] == b["status"]:
            ids[j] = ids[i]
        elif {a["status"], b["status"]} == {"planned", "occurred"}:
            held, plan = (j, i) if b["status"] == "occurred" else (i, j)
            planned_links[held] = ids[plan]
    meetings["meeting_id"] = ids
    if "planned_meeting_id" in meetings.columns:
        meetings["planned_meeting_id"] = [planned_links.get(i) for i in range(len(meetings))]
    return meetings


def extract_meetings(
    frames: pd.DataFrame,
    paragraphs: pd.DataFrame,
    mentions: pd.DataFrame,
    nodes: pd.DataFrame,
    documents: pd.DataFrame,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Turn meeting frames into meetings.

    Frames found only in boilerplate paragraphs are background, not news of the day, and are skipped.

    Returns:
        (meetings, edges derived from meetings, MEETING and TOPIC nodes).
    """
    news = paragraphs.loc[~paragraphs["is_boilerplate"].astype(bool), ["doc_id", "para_idx", "text_id"]]
    located = news.merge(frames, on="text_id", how="inner")
    names = dict(zip(nodes["node_id"], nodes["name"]))
    node_country = {n: c for n, c in zip(nodes["node_id"], nodes["country"] if "country" in nodes else [None] * len(nodes))
                    if isinstance(c, str) and c}
    published = dict(zip(documents["doc_id"], documents["published"]))
    dateline = dict(zip(documents["doc_id"], documents["dateline_place"])) if "dateline_place" in documents else {}
    by_para = _participants_by_paragraph(mentions)
    ref_texts = _ref_texts(mentions)

    persons = mentions[mentions["label"].isin(PARTICIPANT_LABELS) & mentions["node_id"].notna()
                       & ~mentions["is_boilerplate"].astype(bool)].sort_values(["doc_id", "para_idx", "start"])
    timeline: dict[str, list] = {}
    for doc_id, para_idx, sent_idx, node in zip(*(persons[c].tolist() for c in ("doc_id", "para_idx", "sent_idx",
                                                                             "node_id"))):
        if is_person_name(names.get(node, node)):
            timeline.setdefault(doc_id, []).append(((para_idx, sent_idx), node))

    rows = []
    ordered = located.sort_values(["doc_id", "para_idx", "frame_idx"])[["doc_id", "para_idx", "frame"]]
    for doc_id, doc_frames in itertools.groupby(ordered.to_dict("records"), key=lambda row: row["doc_id"]):
        with faults.isolate("relate", doc_id):
            resolved = []
            countries: dict[str, str] = {}
            travellers: set[str] = set()
            for row in doc_frames:
                frame = json.loads(row["frame"]) if isinstance(row["frame"], str) else dict(row["frame"])
                frame.setdefault("kind", "meeting")
                frame["para_idx"] = row["para_idx"]
                para_mentions = by_para.get((doc_id, row["para_idx"]))
                nodes_of_spans = [_span_node(para_mentions, span) for span in frame.get("participants", [])]
                # a participant is a person: never a place, an outlet, an acronym or a title word the tagger took
                junk = {n for n in nodes_of_spans if n is not None and not is_person_name(names.get(n, n))}
                participants = _unique(n for n in nodes_of_spans if n not in junk)
                # a reference resolve could not link ("the minister") is resolved from the context here
                told = {s: t for s, _, t in frame.get("ref_texts", [])}  # the reference with its modifiers
                frame["refs"] = [*frame.get("refs", []),
                                 *([*span[:2], told.get(span[0]) or ref_texts.get((doc_id, row["para_idx"], span[0]), "")]
                                   for span, nid in zip(frame.get("participants", []), nodes_of_spans) if nid is None)]
                for start, end, country in frame.get("person_countries", []) or []:
                    nid = _span_node(para_mentions, (start, end))
                    if nid and country and nid not in countries:
                        countries[nid] = country
                host = _span_node(para_mentions, frame.get("host"))
                host = None if host in junk else host
                frame["visitor_node"] = _span_node(para_mentions, frame.get("visitor"))
                for span in frame.get("travellers", []) or []:
                    traveller = _span_node(para_mentions, span)
                    if traveller:
                        travellers.add(traveller)
                frame["split_subject_nodes"] = _unique(
                    _span_node(para_mentions, s) for s in frame.get("split_subject", []) or [])
                position = (row["para_idx"], frame["sent_idx"])
                in_sentence = _unique(nid for pos, nid in timeline.get(doc_id, []) if pos == position)
                before = [nid for pos, nid in timeline.get(doc_id, []) if pos < position]
                after = _unique(nid for pos, nid in timeline.get(doc_id, []) if pos > position)
                resolved.append((frame, participants, host, in_sentence, before, after))
            for nid, country in node_country.items():
                countries.setdefault(nid, country)
            reader = _DocReader(published.get(doc_id), countries, names, dateline.get(doc_id))
            reader.travellers = travellers
            for frame, participants, host, in_sentence, before, after in resolved:
                reader.add(frame, participants, host, in_sentence, before, after)
            for i, meeting in enumerate(reader.finish()):
                meeting["doc_id"] = doc_id
                meeting["meeting_id"] = text_hash(
                    f"{doc_id}|{'|'.join(sorted(meeting['participants']))}|{meeting['status']}|{meeting['mode']}|{i}",
                    "MEETING:")
                rows.append(meeting)
    if failed := faults.failed():  # a document that failed above has no meetings to merge across documents
        rows = [r for r in rows if str(r["doc_id"]) not in failed]

    meetings = pd.DataFrame(rows)
    if meetings.empty:
        return (pd.DataFrame(columns=schema.MEETINGS.names), pd.DataFrame(columns=schema.EDGES.names),
                pd.DataFrame(columns=schema.NODES.names))
    meetings = meetings.astype(object).where(meetings.notna(), None)
    meetings["planned_meeting_id"] = None
    meetings = merge_across_documents(meetings)
    meetings["participant_names"] = [[names.get(p, p) for p in ps] for ps in meetings["participants"]]
    meetings["host_name"] = [names.get(h) if h else None for h in meetings["host"]]

    edge_rows, node_rows = [], []
    for meeting in meetings.to_dict("records"):
        meeting_id, participants, host = meeting["meeting_id"], meeting["participants"], meeting["host"]
        edge_date = meeting["date"] or published.get(meeting["doc_id"])
        common = {"doc_id": meeting["doc_id"], "meeting_id": meeting_id, "date": edge_date,
                  "evidence": meeting["evidence"], "confidence": meeting["confidence"]}
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
    edges = pd.DataFrame(edge_rows, columns=schema.EDGES.names)
    return meetings.reindex(columns=schema.MEETINGS.names), edges, meeting_nodes


def _node(node_id: str, kind: str, name: str) -> dict:
    return {"node_id": node_id, "type": kind, "name": name, "aliases": [], "country": None, "rank": None,
            "title": None, "n_mentions": 1, "n_documents": 1}
