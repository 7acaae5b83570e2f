"""Meeting dates: find the day a sentence fixes and resolve it against the publication date.

Plain regex + datetime: the expressions in news of this kind are few ("on July 14", "22 November",
"on Wednesday", "yesterday", "today"). Anything that does not fix a day ("next week", "in March") gives None.
The month and weekday names, reporting verbs and not-a-dateline words are data in `models/clean/dates.json`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from pipeline import resources


@cache
def _words() -> dict:
    """`models/clean/dates.json`: its sentence_* keys, report_verb_forms and not_dateline_words are ours."""
    return resources.read_json("clean/dates.json")


@cache
def months() -> dict[str, int]:
    """Month name or abbreviation, lowercase -> month number ("sept" -> 9)."""
    return dict(_words()["sentence_months"])


@cache
def weekdays() -> tuple[str, ...]:
    """Weekday names, lowercase, Monday first (the index is the ISO weekday - 1)."""
    return tuple(_words()["sentence_weekdays"])


def _alternation(words) -> str:
    """A regex alternation of `words`, longest first so that "September" wins over "Sept" and "Sep"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class _Patterns(NamedTuple):
    dates: list[tuple[str, re.Pattern]]  # (kind, pattern) in the order a sentence is searched
    dateline: re.Pattern
    report_date: re.Pattern
    not_a_city: frozenset[str]


@cache
def _patterns() -> _Patterns:
    """The date regexes, built once from the month, weekday and reporting-verb words."""
    # a whole word: "Jun" is no month in "the 1st Junior Brigade"
    month = r"(?P<month>" + _alternation(m.capitalize() for m in months()) + r")(?![A-Za-z])\.?"
    any_month = month.replace("(?P<month>", "(?:")
    weekday = _alternation(d.capitalize() for d in weekdays())
    span_joins = _alternation(_words()["sentence_day_span_joins"])
    found = [
        ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})\b")),
        # "on 12/03/2024", "on 12.03.2024": read day first or month first (`_numeric_day`)
        ("numeric", re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})\b")),
        (
            "month_day",
            re.compile(month + r"\s*(?<![A-Za-z])(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?"),
        ),
        (
            "day_month",
            # "11-12 March", "12 and 13 March": a span of days is told by its first day (`first`)
            re.compile(
                r"\b(?:(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:" + span_joins + r")\s*)?"
                r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + month + r"(?:,?\s+(?P<year>\d{4}))?"
            ),
        ),
        (
            "weekday",
            # "next Tuesday" keeps its "next" (a week on when written on a Tuesday, `_resolve_date`)
            re.compile(r"\b(?:[Nn]ext\s+)?(?P<weekday>" + weekday + r")\b(?P<last_week>,?\s+(?:of\s+)?last\s+week\b)?"),
        ),
        (
            "relative",
            re.compile(r"\b(?P<rel>" + _alternation(_words()["sentence_relative_days"]) + r")\b", re.IGNORECASE),
        ),
        (
            "ordinal_day",
            # "on the 29th", "on the 14th of this month": a day of the publication's month (not "on the 9th day",
            # nor "the 14th of March", which day_month reads)
            re.compile(
                r"\b[Oo]n\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(?:this|the)\s+month\b)?"
                r"(?=\s*(?:[.,;:)]|$)|\s+(?:" + _alternation(_words()["sentence_ordinal_day_followers"]) + r")\b)"
            ),
        ),
    ]
    # A dispatch dateline opening a story: "WASHINGTON, June 4, 2014 -", "MINSK, December 19. /TASS/.",
    # "BEIJING, Nov.23 --", "[India], October 21 (ANI):", "New Delhi, 5 May (PTI)"
    dateline = re.compile(
        r"^\W{0,3}(?:date \d{4}-\d{2}-\d{2}\s+)?(?P<city>[\[(]?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}[\])]?)"
        r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?,\s*"
        r"(?P<date>" + any_month + r"\s*\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
        r"|\d{1,2}(?:st|nd|rd|th)?\s+" + any_month + r"(?:,?\s+\d{4})?)\b"
    )
    report = r"(?:" + "|".join(re.escape(w) for w in _words()["report_verb_forms"]) + r")"
    not_a_city = frozenset({*months(), *weekdays(), *_words()["not_dateline_words"]})
    return _Patterns(found, dateline, re.compile(report + r"\s+(?:on\s+)?$", re.IGNORECASE), not_a_city)


# every pattern needs a digit, a weekday, today/yesterday (both end in "day"), tomorrow, a part of a day or "ago"
_MAY_HAVE_DATE = re.compile(r"\d|day\b|tomorrow|morning|afternoon|evening|night|\bago\b", re.IGNORECASE)


def find_date_text(sentence: str) -> str | None:
    """The first date expression of a sentence that can fix a meeting day.

    "the ministry said on Monday" dates the report, so an expression right after a reporting verb is taken
    only when the sentence names no other day (a report of the day tells of a meeting just held).
    """
    found = date_candidates(sentence)
    return found[0][2] if found else None


def _names_another_event(sentence: str, start: int, end: int) -> bool:
    """A date between "the" and a noun of another kind of event ("the February 14 election", "the October 7
    attacks"; dates.json sentence_event_nouns): the day of that event."""
    before = sentence[:start].rstrip().rsplit(None, 1)
    after = sentence[end:].split(None, 1)
    return (
        bool(before and after)
        and before[-1].casefold() == "the"
        and after[0].strip(".,;:").casefold() in _words()["sentence_event_nouns"]
    )


def date_candidates(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every date expression of a sentence that can fix a meeting day, the first one
    `find_date_text` takes first ("X, who arrived on Sunday, met Y on Monday": the frame picks the one of its verb)."""
    if not _MAY_HAVE_DATE.search(sentence):
        return []
    patterns = _patterns()
    line = patterns.dateline.match(sentence)
    if line is not None and dateline_date_text(sentence):
        # the dispatch's own day; the meeting's day, if the sentence gives one, comes after it
        rest = date_candidates(sentence[line.end() :])
        if rest:
            return [(s + line.end(), e + line.end(), t) for s, e, t in rest]
    found, reported = [], []
    for kind, pattern in patterns.dates:
        for m in pattern.finditer(sentence):
            if kind == "day_month" and any(s <= m.start() < e for s, e, _ in found + reported):
                continue
            if _names_another_event(sentence, m.start(), m.end()):
                continue  # "the February 14 election": the day of another event, no meeting's
            (reported if patterns.report_date.search(sentence[: m.start()]) else found).append(
                (m.start(), m.end(), m.group(0))
            )
    # "the ministry reported on October 14" dates the meeting only when the sentence gives no other day, nor a
    # vague time of its own ("X will visit Y next week, the ministry said on Thursday": no day)
    if not found and reported and _vague_pattern().search(sentence):
        return []
    found = found or reported
    # Prefer the longest expression starting at the same place ("September 8, 2022" over "September 8").
    longest: dict[int, tuple[int, int, str]] = {}
    for start, end, text in sorted(found):
        if start not in longest or end - start > longest[start][1] - start:
            longest[start] = (start, end, text.rstrip("."))
    return _with_year_word(_weekday_with_day([longest[start] for start in sorted(longest)], sentence), sentence)


# a year told after a month-day by its distance from the publication's ("on November 5 next year")
_YEAR_WORDS = {"next year": 1, "last year": -1, "this year": 0}


def _with_year_word(found: list[tuple[int, int, str]], sentence: str) -> list[tuple[int, int, str]]:
    """ "on November 5 next year": the year word belongs to the date it follows."""
    out = []
    for start, end, text in found:
        rest = sentence[end:].casefold()
        word = next((w for w in _YEAR_WORDS if rest.startswith(" " + w) and not rest[len(w) + 1 :][:1].isalpha()), None)
        if word and re.search(r"\d", text) and not re.search(r"\d{4}", text):  # a month-day with no year of its own
            end += len(word) + 1
            text = sentence[start:end]
        out.append((start, end, text))
    return out


def _weekday_with_day(found: list[tuple[int, int, str]], sentence: str) -> list[tuple[int, int, str]]:
    """ "on Monday 27 November", "Monday, November 27": a weekday right before a day of the month is one date (the
    day of the month fixes it where no publication date does); "on Tuesday (12 March 2024)": the day in brackets."""
    out: list[tuple[int, int, str]] = []
    for start, end, text in found:
        last = out[-1] if out else None
        if last is not None and last[2].casefold() in weekdays() and not sentence[last[1] : start].strip(" ,"):
            out[-1] = (last[0], end, sentence[last[0] : end])
        elif last is not None and last[2].casefold() in weekdays() and sentence[last[1] : start].strip() == "(":
            out[-1] = (start, end, text)
        else:
            out.append((start, end, text))
    # "on Monday (28)": the day of the month in brackets after the weekday, as South Asian papers write it
    return [
        (s, m.end(), sentence[s : m.end()])
        if t.casefold() in weekdays() and (m := _BRACKETED_DAY.match(sentence, e)) is not None
        else (s, e, t)
        for s, e, t in out
    ]


_BRACKETED_DAY = re.compile(r"\s*\((\d{1,2})\)")


@cache
def _vague_pattern() -> re.Pattern:
    words = _words()["sentence_vague_times"]
    # "the recently appointed minister": after a determiner it dates the appointment, not the meeting
    after_determiner = "".join(rf"(?<!\b{d}\s)" for d in ("the", "a", "an", "his", "her", "its", "their"))
    return re.compile(after_determiner + r"\b(?:" + _alternation(words) + r")\b", re.IGNORECASE)


def vague_time(sentence: str) -> bool:
    """The sentence places its event in time without fixing a day ("last week", "earlier this month",
    "recently") and names no day that would: the meeting has no date (GOLD), not even the publication day."""
    return find_date_text(sentence) is None and bool(_vague_pattern().search(sentence))


@cache
def _month_pattern() -> re.Pattern:
    """ "talks in May", "in early June 2024", "in 2023": a month with no day, or a year alone."""
    openers = _alternation(_words()["sentence_vague_month_openers"])
    full_months = _alternation(m for m in months() if not any(o != m and o.startswith(m) for o in months()))
    month = rf"(?:(?:early|late|mid)[- ]?)?(?:(?:{full_months})(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"
    return re.compile(rf"\b(?:{openers})\s+{month}\b(?![\s,]*\d)", re.IGNORECASE)


def month_without_day(sentence: str) -> bool:
    """The sentence places its event in a month or year and names no day ("talks in Lima in May"): the meeting
    has no date (GOLD), so it takes neither the publication day nor the dateline's."""
    return find_date_text(sentence) is None and bool(_month_pattern().search(sentence))


def dateline_date_text(sentence: str) -> str | None:
    """The date of a dispatch dateline that opens `sentence` ("MINSK, December 19. ..."), or None."""
    patterns = _patterns()
    m = patterns.dateline.match(sentence)
    if m is None or m["city"].strip("[]()").split()[0].casefold() in patterns.not_a_city:
        return None
    return m["date"]


def dateline_city_text(sentence: str) -> str | None:
    """The place of a dispatch dateline with a date that opens `sentence` ("MINSK, December 19. ..." -> "Minsk")."""
    if dateline_date_text(sentence) is None:
        return None
    city = _patterns().dateline.match(sentence)["city"].strip("[]() ")
    return city.title() if city.isupper() else city


def parse_day(published) -> date | None:
    """A date from an ISO string (or a pandas/NumPy date); None when missing or not a date."""
    return _parse_published(published)


def _parse_published(published) -> date | None:
    if published is None or (isinstance(published, float)) or str(published) in ("", "NaT", "<NA>", "None"):
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def resolve_date(text: str | None, published, future: bool = False, year: int | None = None) -> str | None:
    """ISO day for a date expression, relative to the publication date.

    Args:
        text: the expression from `find_date_text`.
        published: the document's publication date (ISO string) or None.
        future: the meeting is planned, so weekdays and yearless dates point forward.
        year: with no publication date, the year a yearless month-day ("October 14") falls in (`text_year`);
            a weekday or "yesterday" stays unknown without a publication day.
    """
    try:
        return _resolve_date(text, published, future, year)
    except (ValueError, OverflowError):  # 29 February moved to a year without one; a day before 0001 or after 9999
        return None


# a year on its own, or the edition year a name carries after a hyphen ("the Falcon-2024 drills")
_YEAR = re.compile(r"(?:(?<![\w,.$€£/-])|(?<=[^\W\d_]-))(?P<year>(?:19|20)\d\d)(?![\w%/]|[.,]\d)")


def text_year(text: str) -> int | None:
    """The year a page that gives no publication date was written in, as far as its text tells: the latest year it
    names ("the 2021 drills", "signed in May 2025"), leaving out targets ("by 2030", "Vision 2035") and the starts of
    spans that run to the time of writing ("since 2009", "since the plan began in 2009") and years of what is to
    come ("the next meeting will take place in 2025")."""
    text = text or ""
    future = set(_words()["future_year_words"]) | set(_words()["past_anchor_year_words"])
    anchors = set(_words()["past_anchor_year_words"])
    to_come = set(_words()["future_clause_words"])
    years = []
    for m in _YEAR.finditer(text):
        before = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 20) : m.start()])
        if before and before[-1].casefold() in future:
            continue
        clause = re.split(r"[,;:.!?()]|\d{4}|\band\b", text[max(0, m.start() - 60) : m.start()])[-1]
        if anchors & _folded_words(clause):
            continue
        # "will hold 12 exercises in 2025 and 2026": the sentence so far, not only the clause after "and"
        if to_come & _folded_words(re.split(r"[.!?;]", text[max(0, m.start() - 120) : m.start()])[-1]):
            continue
        years.append(int(m["year"]))
    return max(years) if years else None


def _folded_words(piece: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", piece)}


def month_day_date(month: int, day: int, published, future: bool = False, year_hint: int | None = None) -> str | None:
    """ISO day of a month-day with no year: in the publication year, a past day not after publication (else the
    year before) and a planned one not before it (else the year after); with no publication date, in
    `year_hint` (`text_year`), else unknown."""
    pub = _parse_published(published)
    year = pub.year if pub is not None else year_hint
    if not year:
        return None
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    if pub is not None:
        if not future and value > pub + timedelta(days=1):
            value = value.replace(year=year - 1)
        elif future and value < pub - timedelta(days=1):
            value = value.replace(year=year + 1)
    return value.isoformat()


def _resolve_date(text: str | None, published, future: bool, year_hint: int | None = None) -> str | None:
    if not text:
        return None
    pub = _parse_published(published)
    for kind, pattern in _patterns().dates:
        m = pattern.fullmatch(text) or pattern.search(text)
        if not m:
            continue
        if kind == "iso":
            try:
                return date(int(m["year"]), int(m["m"]), int(m["day"])).isoformat()
            except ValueError:
                return None
        if kind == "numeric":
            return _numeric_day(int(m["a"]), int(m["b"]), int(m["year"]), pub, future)
        if kind in ("month_day", "day_month"):
            key = m["month"].lower().rstrip(".")
            month = months().get(key) or months()[key[:3]]
            day = int(m.groupdict().get("first") or m["day"])
            if m["year"]:
                try:
                    return date(int(m["year"]), month, day).isoformat()
                except ValueError:
                    return None
            if pub is not None and (shift := _YEAR_WORDS.get(text[m.end() :].strip().casefold())) is not None:
                return date(pub.year + shift, month, day).isoformat()  # "on November 5 next year"
            return month_day_date(month, day, pub, future, year_hint)
        if pub is None:
            return None
        if kind == "weekday":
            target = weekdays().index(m["weekday"].lower())
            if (day := _BRACKETED_DAY.search(text)) is not None:
                # "Monday (28)": the day with that weekday and day of the month nearest the publication
                near = [pub + timedelta(days=k) for k in range(-10, 11)]
                fits = [d for d in near if d.weekday() == target and d.day == int(day.group(1))]
                if fits:
                    return fits[0].isoformat()
            if m["last_week"]:  # "on Monday last week": that day of the week before publication's
                return (pub - timedelta(days=pub.weekday() + 7 - target)).isoformat()
            if future:
                ahead = (target - pub.weekday()) % 7
                if not ahead and "next" in text.lower().split():
                    ahead = 7  # "will meet next Tuesday", written on a Tuesday: a week on, not today
                return (pub + timedelta(days=ahead)).isoformat()
            return (pub - timedelta(days=(pub.weekday() - target) % 7)).isoformat()
        if kind == "relative":
            offset = _words()["sentence_relative_days"][" ".join(m["rel"].lower().split())]
            return (pub + timedelta(days=offset)).isoformat()
        if kind == "ordinal_day":
            return _day_of_month(int(m["day"]), pub, future)
    return None


def _day_of_month(day: int, pub: date, future: bool) -> str | None:
    """ "on the 29th": that day of the publication's month; a held meeting's day after publication is of the month
    before, a planned one's day before it of the month after."""
    month_start = pub.replace(day=1)
    if not future and day > pub.day + 1:
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    elif future and day < pub.day - 1:
        month_start = (month_start + timedelta(days=31)).replace(day=1)
    try:
        return month_start.replace(day=day).isoformat()
    except ValueError:
        return None


def _numeric_day(a: int, b: int, year: int, pub: date | None, future: bool) -> str | None:
    """ "12/03/2024": the one reading (day first, month first) that is a date and, for a held meeting, not after the
    publication day (for a planned one, not before it); None while both readings stay possible."""
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if pub is not None and len(set(readings)) > 1:
        readings = [d for d in readings if (d >= pub - timedelta(days=1) if future else d <= pub + timedelta(days=1))]
    readings = list(dict.fromkeys(readings))
    return readings[0].isoformat() if len(readings) == 1 else None
