"""Page-header reading for stage 1 (clean): publication dates, bylines, credits and datelines.

Crawled pages put the article's metadata in many shapes: the crawler's ` date YYYY-MM-DD` prefix
followed on the same line by a byline, a headline or the first sentence; timestamp lines
(`05:51 PM | 2 Mar, 2023`, `Updated: 2013-09-18 20:55`); bylines (`By X`, `X Read more`,
`Author: X`); photo credits; and dispatch datelines (`CITY, Month D (Agency) -`, `CITY: ...`).
The shapes are regular-expression families in `models/clean/header.json` and date words in
`models/clean/dates.json`; nothing here knows an outlet. Every function is pure `str -> value`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from operator import itemgetter

from pipeline import resources

# How much a date found in the header is trusted as the publication date (highest wins, then earliest).
PRIORITY_PREFIX = 100  # the crawler's own `date YYYY-MM-DD` field
PRIORITY_CUE = 90  # a timestamp or a `Published/Updated` cue: the article's own date line
PRIORITY_UPDATED = 80  # `Updated: ...`: the article's date, but a `Published` line wins over it
PRIORITY_DATELINE = 70  # a dispatch dateline that gives the year
PRIORITY_DATE_LINE = 60  # a bare date line
PRIORITY_URL = 55  # a date stamp in the article's URL (`/2024/07/18/`)
PRIORITY_TAIL = 50  # a timestamp or `Published/Updated` line below the article's first paragraph
PRIORITY_WIDGET = 10  # `Saturday, April 20, 2024` alone at the top of a page: often the site's "today"


@cache
def _dates() -> dict:
    return resources.read_json("clean/dates.json")


@cache
def _header() -> dict:
    return resources.read_json("clean/header.json")


def _month_alternation(key: str = "months") -> str:
    names = sorted(_dates()[key], key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(n).replace("\\ ", r"[\s-]+") for n in names) + ")"


# a year ends at a non-digit, or runs into a time glued to it by the crawl ("October 19, 20235:43 PM")
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d{2}))"


@cache
def _date_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    month = _month_alternation()
    return (
        ("iso", re.compile(r"(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])")),
        ("numeric", re.compile(r"(?<![\d.:/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")),
        # `08. 02. 2024.`: central and south-east European pages space their dotted dates, day first
        ("spaced_day_first", re.compile(r"(?<![\d.:/-])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)")),
        (
            "day_month",
            re.compile(
                rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er|\.)?(?:\s+|-)(?:(?i:of|de|del)\s+)?\b({month})\b\.?(?:\s*[,،]\s*|\s+|-)(?:(?i:de|del)\s+)?(\d{{4}}){_YEAR_END}"
            ),
        ),
        (
            "month_day",
            # `October 24, 2023`, `October, 24, 2023`, `Mar - 16 - 2023`
            re.compile(
                rf"\b({month})\b\.?(?:\s*[,-]\s*|\s*)(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:\s*[,،-]\s*|\s+)(\d{{4}}){_YEAR_END}"
            ),
        ),
    )


_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{1,2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?))?(?![\d])", re.IGNORECASE)
_TZ = re.compile(r"\((?:utc|gmt)[^)]*\)|\b(?:utc|gmt)\s*[+-]?\d{0,2}:?\d{0,2}", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:[.'-][^\W_]+)*\.?|[^\w\s]+")


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    iso: str
    month_first: str | None = None  # the month-first reading of an ambiguous numeric date read day first


def _make(year: int, month: int, day: int) -> date | None:
    cfg = _dates()
    if not cfg["min_year"] <= year <= cfg["max_year"]:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_in(text: str) -> int | None:
    weekdays = _dates()["weekdays"]
    for word in re.findall(r"[A-Za-z]+", text):
        if word.casefold() in weekdays:
            return weekdays[word.casefold()]
    return None


def find_dates(text: str) -> list[DateHit]:
    """Full dates (with a year) written in `text`, in order; numeric day/month order is read from a weekday
    named on the line when one is, else day first unless that cannot be a date."""
    months = _dates()["months"]
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    weekday = None
    for kind, pattern in _date_patterns():
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            found = alt = None
            if kind == "iso":
                found = _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            elif kind == "numeric":
                a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
                day_first, month_first = _make(year, b, a), _make(year, a, b)
                if day_first and month_first and day_first != month_first:
                    weekday = _weekday_in(text) if weekday is None else weekday
                    if weekday is not None and month_first.weekday() == weekday != day_first.weekday():
                        found = month_first
                    else:
                        found, alt = day_first, (month_first if weekday is None else None)
                else:
                    found = day_first or month_first
            elif kind == "spaced_day_first":
                found = _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            elif kind == "day_month":
                found = _make(int(m.group(3)), months[m.group(2).casefold()], int(m.group(1)))
            else:
                found = _make(int(m.group(3)), months[m.group(1).casefold()], int(m.group(2)))
            if found:
                hits.append(DateHit(m.start(), m.end(), found.isoformat(), alt.isoformat() if alt else None))
                taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def bare_date(line: str) -> str | None:
    """The ISO day of a line that is one full date and nothing else but a weekday, marks and the same day in the
    Hijri calendar (`11 April 2024`, `Thursday, May 15, 2025`, `Tuesday 3 March 2026 - 14 Ramadan 1447`), else
    None."""
    hits = find_dates(line)
    if len(hits) != 1:
        return None
    rest = line[: hits[0].start] + line[hits[0].end :]
    words = re.findall(r"[^\W\d_]+", rest)
    return hits[0].iso if all(w.casefold() in _bare_date_words() for w in words) else None


@cache
def _bare_date_words() -> frozenset[str]:
    """Words a bare date line may hold beside the date: weekdays, and the words of Hijri month names with the era
    mark (`22 Safar 1441`, `5 Rabi Al-Awwal 1446 AH`)."""
    other = {w for month in _dates()["other_calendar_months"] for w in re.findall(r"[^\W\d_]+", month)}
    return frozenset(_dates()["weekdays"]) | other | {"ah", "h"}


def month_first_reading(line: str) -> str | None:
    """The month-first reading of the first date of `line` when it is a numeric date that reads both ways
    (`05/04/2023`) and nothing on the line tells which; else None."""
    hits = find_dates(line)
    return hits[0].month_first if hits else None


MONTH_FIRST_FIT_DAYS = 14


def month_first_fits_text(day_first: str, month_first: str, text: str) -> bool:
    """Whether the month-first reading of a page's ambiguous numeric date is the one its text agrees with: a day
    the text writes with a month name (`Sept. 3`, `10 March`) lies at most MONTH_FIRST_FIT_DAYS before it and none
    lies so before the day-first reading. The two readings of one date lie a month or more apart, and a story tells
    what happened in the days before it was posted ('Date Posted: 07.05.2030' over a story of July 3); a day after
    the page's date is an event to come, which fits either reading."""
    month = _month_alternation()
    months = _dates()["months"]
    told = [
        (months[m.group(1).casefold()], int(m.group(2)))
        for m in re.finditer(rf"\b(?=[A-Z])({month})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)", text)
    ] + [
        (months[m.group(2).casefold()], int(m.group(1)))
        for m in re.finditer(rf"(?<![\d.])(\d{{1,2}})(?:st|nd|rd|th)?\s+(?=[A-Z])({month})\b", text)
    ]

    def days_after_a_told_day(iso: str) -> int:
        day = date.fromisoformat(iso)
        gaps = [(day - d).days for m, n in told if (d := _make(day.year, m, n))]
        return min((g for g in gaps if g >= 0), default=MONTH_FIRST_FIT_DAYS + 1)

    return days_after_a_told_day(month_first) <= MONTH_FIRST_FIT_DAYS < days_after_a_told_day(day_first)


def writes_month_first(url: str | None, place: str | None) -> bool:
    """A page from a region that writes numeric dates month first (models/clean/dates.json month_first): its
    URL's domain suffix, or its dateline place (a city or country of the gazetteer) in such a country."""
    cfg = _dates()["month_first"]
    host = re.sub(r"^[a-z]+://", "", (url or "").casefold()).split("/")[0].split(":")[0]
    if host and any(host.endswith(suffix) for suffix in cfg["domain_suffixes"]):
        return True
    return bool(place) and _place_country(place) in cfg["countries"]


@cache
def _city_countries() -> dict[str, str]:
    found = {}
    for country, entry in resources.read_json("meetings/places.json")["countries"].items():
        found[country.casefold()] = country
        found.update({c.casefold(): country for c in entry.get("cities", [])})
    return found


def _place_country(place: str) -> str | None:
    return _city_countries().get(place.strip().casefold())


def has_time(text: str) -> bool:
    return bool(_TIME.search(text))


def _has_cue(text: str) -> bool:
    folded = text.casefold()
    # `Date:` with its colon labels the page's date; a bare "date" may be any word of a line
    return bool(re.search(r"(?<![a-z])date\s*:", folded)) or any(
        re.search(rf"(?<![a-z]){re.escape(cue)}\s*:?", folded) for cue in _dates()["publish_cues"] if cue != "date"
    )


def date_line(line: str) -> tuple[str, int, str | None] | None:
    """A line that is only a date (with a time, a weekday, cue words, a section or outlet name of a few words),
    or fields split by separators of which one is such a date and the others are short labels, names or counts
    (`Source: Agency | 2024-04-16 21:33 | Editor: Name`, `Posted by Name on 14 July 2025 in Defence | 3 comments`).

    Returns (ISO date, priority, author named before the date or None), else None.
    """
    if len(line) > _header()["max_header_line_chars"]:
        return None
    found = _date_field(line)
    if found is not None and found[2] is not None:
        return found
    fielded = _segmented_date_line(line)
    if found is None:
        return fielded
    if fielded is not None and fielded[0] == found[0]:
        return found[0], found[1], fielded[2]  # `<date> · by X, Senior Fellow · 6 min read`: the fields name the author
    return found


def _segmented_date_line(line: str) -> tuple[str, int, str | None] | None:
    # a credit label opens a field of its own (`Source: Agency Editor: Name 2024-05-16 18:02`)
    line = _credit_label_pattern().sub(lambda m: " | " + m.group(0) if m.start() else m.group(0), line)
    fields = [f.strip() for f in re.split(_header()["field_separators"], line) if f.strip()]
    if len(fields) < 2:
        return None
    dated = [(i, found) for i, f in enumerate(fields) if find_dates(f) and (found := _date_field(f, fields=True))]
    # `Published: <date> | Updated: <same date>`: one day told twice is one date
    if not dated or len({found[0] for _, found in dated}) != 1:
        return None
    undated = [f for i, f in enumerate(fields) if i not in {j for j, _ in dated}]
    if not all(_is_field(f) or (by := byline(f)) is not None and (by["author"] or by["outlet"]) for f in undated):
        return None
    iso, priority, author = max((found for _, found in dated), key=itemgetter(1))
    if priority < PRIORITY_CUE and (has_time(line) or _has_cue(line)):
        priority = PRIORITY_CUE
    for field in fields:
        by = byline(field) or {}
        if not author and by.get("author") and looks_like_person(by["author"]):
            author = by["author"]
    return iso, priority, author


def _is_field(text: str) -> bool:
    """A short page field beside a date: a count (`3 comments`, `2 min read`), or a few words, capitalised but
    for short connecting words (`Editor: Name`, `Staff Reporter`, `Reporter of the Agency`), with no sentence end."""
    words = [w for w in _WORD.findall(text) if re.search(r"[^\W\d_]", w)]
    if re.match(r"^\d[\d,.]*\s", text):
        return len(words) <= 3
    cfg = _header()
    # short lower-case joining words (`A B and C D`, `Reporter of the Agency`) are not counted
    counted = [w for w in words if not (w[0].islower() and len(w) <= cfg["max_field_lower_chars"])]
    return (
        len(counted) <= cfg["max_field_words"]
        and not re.search(r"[.!?]$", text)
        and all(w[0].isupper() or w[0] in "@#" or len(w) <= cfg["max_field_lower_chars"] for w in words)
    )


def _date_field(line: str, fields: bool = False) -> tuple[str, int, str | None] | None:
    """`date_line` of one line or field; a field (`fields`) may hold short lower-case connecting words."""
    hits = find_dates(line)
    if not hits:
        return None
    rest = line
    for hit in reversed(hits):
        rest = rest[: hit.start] + " " + rest[hit.end :]
    rest = _TZ.sub(" ", _TIME.sub(" ", rest))
    # "17 APR 2025 6:12PM by Press Desk New Delhi": a byline after the date is no headline's words
    signed = re.search(_header()["by_after_date"], rest)
    if signed is not None and signed.start() >= hits[-1].start:
        rest = rest[: signed.start()]
    else:
        signed = None
    for cue in sorted(_dates()["publish_cues"], key=len, reverse=True):
        rest = re.sub(rf"(?<![a-z]){re.escape(cue)}(?![a-z])", " ", rest, flags=re.IGNORECASE)
    weekdays = _dates()["weekdays"]
    filler = re.compile(_header()["date_line_words"], re.IGNORECASE)
    words = [w for w in _WORD.findall(rest) if w.casefold().rstrip(".") not in weekdays and not filler.match(w)]
    # words begin with a letter: "1st" of a rank's class ("By Sgt. 1st Class X, <date>") is a number
    words = [w for w in words if re.match(r"[^\W\d_]", w)]
    if len(words) > _header()["max_date_line_words"]:
        return None
    lower = [w for w in words if w[0].islower() and not (fields and len(w) <= _header()["max_field_lower_chars"])]
    if lower and not (re.search(r"[|•·/]", line) or re.match(_header()["by_before_date"], line, re.IGNORECASE)):
        return None  # a headline or sentence that names a date; `By X | staff writer | date` stays a date line
    author = None
    before = re.sub(_header()["by_before_date"], "", line[: hits[0].start], flags=re.IGNORECASE)
    before = re.sub(_header()["cue_before_date"], "", before)
    if m := re.compile(_header()["name_then_date"]).match(before.strip() + ","):
        if len(before.strip(" ,|/-")) == len(m.group("name")) and looks_like_person(m.group("name")):
            author = m.group("name")
    if author is None and signed is not None and looks_like_person(signed.group("name")):
        author = signed.group("name")
    if re.search(_header()["updated_cue"], line) and not re.search(_header()["published_cue"], line):
        priority = PRIORITY_UPDATED
    elif has_time(line) or _has_cue(line):
        priority = PRIORITY_CUE
    elif _weekday_in(line) is not None and not words:
        priority = PRIORITY_WIDGET
    else:
        priority = PRIORITY_DATE_LINE
    return hits[0].iso, priority, author


def date_field_opening(line: str) -> tuple[str, str] | None:
    """`Aug. 28, 2024 | Press Secretary X provided the following readout:` -> (ISO date, the rest): a date that
    opens a line as a page field, set off by a bar; else None."""
    if "|" not in line:
        return None  # asked of every line of a page: most have no bar
    hits = find_dates(line[: _header()["max_header_line_chars"]])
    if not hits or hits[0].start != 0 or not line[hits[0].end :].lstrip().startswith("|"):
        return None
    return hits[0].iso, line[hits[0].end :].lstrip(" |")


def strip_leading_timestamp(line: str) -> tuple[str, str | None]:
    """`1 February 2023 16:51 (UTC+04:00) Headline` -> ("Headline", "2023-02-01"); lines not starting with a
    date are returned as they are."""
    hits = find_dates(line[: _header()["max_header_line_chars"]])
    if not hits or line[: hits[0].start].strip(" ,|-"):
        return line, None
    rest = line[hits[0].end :]
    rest = re.sub(rf"^\s*[,|-]?\s*(?:{_TIME.pattern})?", "", rest, flags=re.IGNORECASE)
    rest = re.sub(rf"^\s*(?:{_TZ.pattern})", "", rest, flags=re.IGNORECASE)
    return rest.strip(" ,|-"), hits[0].iso


# --- bylines ---------------------------------------------------------------------------------

_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'.-]*$")


def looks_like_person(name: str) -> bool:
    """Two to four capitalised name tokens (lower-case particles inside it aside: `Anna von der Berg`), not a
    known outlet."""
    tokens = name.split()
    tokens = [t for i, t in enumerate(tokens) if not (0 < i < len(tokens) - 1 and t in resources.name_particles())]
    if not 2 <= len(tokens) <= 4 or name.casefold() in resources.outlets():
        return False
    if any(t.casefold() in _credits()["roles"] for t in tokens):
        return False  # `Defence Press Desk`: a desk or a role, not a reporter's name
    # an acronym token (`TBS Report`) names a desk or an outlet, not a reporter
    return all(_NAME_TOKEN.match(t) and t[0].isupper() and not (t.isupper() and len(t) > 1) for t in tokens)


def is_outlet(name: str) -> bool:
    """A byline names an outlet when it is a known outlet, a site name, or not shaped like a person's name."""
    if name.casefold() in resources.outlets():
        return True
    tokens = name.split()
    if "." in name or len(tokens) == 1:
        return True
    return not all(_NAME_TOKEN.match(t) and t[0].isupper() for t in tokens) or len(tokens) > 4


def byline(line: str) -> dict | None:
    """`By X`, `By X - Outlet:`, `X Read more`, `Author: X` -> {"author", "outlet"}; else None."""
    line = line.strip()
    cfg = _header()
    if len(line) > cfg["max_header_line_chars"]:
        return None
    if len(line) > 2 and line[0] + line[-1] in ("()", "[]"):
        line = line[1:-1].strip()  # `(By X and Y)` at the foot of a story
    fields = re.split(r"\s+\|\s+", line)
    if len(fields) > 1 and all(found := [byline(field) for field in fields]):
        return found[0]  # `By: X | Edited by: Y`: the reporter, then the editor
    if m := re.match(cfg["byline"], line, re.IGNORECASE):
        name, outlet = m.group("name").strip(), (m.group("outlet") or "").strip() or None
        if len(line) > 120 or not name or (name.endswith((".", "!", "?")) and " " in name):
            return None
        if not name[0].isupper():
            return None  # "by the end of the year ..." is a sentence
        if outlet and (not outlet[0].isupper() or outlet.endswith((".", "!", "?"))):
            return None  # "By Sunday, the ministers will meet."
        if outlet and _holds_role(outlet.split()):
            outlet = None  # `By X, Staff Writer`: the reporter's role, not the outlet
        if " " not in name and (name.casefold() in _dates()["weekdays"] or name.casefold() in _dates()["months"]):
            return None  # `By Sunday` opens a sentence
        names = _author_names(name)
        if len(names) > 1 and all(looks_like_person(n) for n in names):
            return {"author": name, "outlet": outlet}
        words = name.split()
        if len(words) > 1 and words[-1].casefold() in cfg["outlet_staff_words"]:
            return {"author": None, "outlet": " ".join(words[:-1])}  # `By Lomar Herald staff`: the Lomar Herald's
        if is_outlet(name):
            return {"author": None, "outlet": name}
        return {"author": name, "outlet": outlet}
    if m := re.match(cfg["byline_read_more"], line):
        return {"author": m.group("name"), "outlet": None}
    if (m := re.match(cfg["byline_in_place"], line)) and looks_like_person(m.group("name")):
        return {"author": m.group("name"), "outlet": None}  # `X Y in HARARE`: the reporter and where they filed
    if m := re.match(cfg["author_label"], line, re.IGNORECASE):
        name = m.group("name").strip()
        return {"author": name if looks_like_person(name) else None, "outlet": None}
    if (m := re.match(cfg["name_dash_outlet"], line)) and looks_like_person(m.group("name")):
        outlet = m.group("outlet")
        if outlet.casefold() in resources.outlets() or outlet.casefold().removeprefix("the ") in resources.outlets():
            return {"author": m.group("name"), "outlet": outlet}  # `X Y - The Daily Z` on a line of its own
    return None


def is_byline_name(line: str, next_line: str | None) -> bool:
    """A person's name alone on a line, followed by the article's date line or an `Updated:` label: a byline."""
    if not next_line or len(line) > 60 or not looks_like_person(line.strip()) or byline(line) is not None:
        return False  # `By X` is read as a byline, its name without the `By`
    return bool(re.match(_header()["byline_cues"], next_line.strip())) or date_line(next_line) is not None


@cache
def _credits() -> dict:
    return resources.read_json("clean/credits.json")


def _holds_role(words: list[str]) -> bool:
    roles = _credits()["roles"]
    return any(part.casefold() in roles for w in words for part in re.split(r"[\W_]+", w))


@cache
def _credit_label_pattern() -> re.Pattern:
    labels = sorted(_credits()["credit_labels"], key=len, reverse=True)
    return re.compile(r"(?i:(?<![\w-])(" + "|".join(re.escape(w) for w in labels) + r")\s*:)")


def labelled_credit_fields(line: str) -> list[str] | None:
    """The values of a line made only of credit fields (`Source: X Editor: Y`, `Reporter: Y | Camera: Z`, after at
    most a time stamp), else None."""
    parts = _credit_label_pattern().split(line)
    if len(parts) < 3 or not re.match(_credits()["labelled_fields_head"], parts[0]):
        return None
    values = [parts[k].strip(" |/,;–—-").rstrip(")]").strip() for k in range(2, len(parts), 2)]
    if not all(values) or any(re.search(r"[.!?]$", v) and len(v.split()) > 6 for v in values):
        return None  # a label with nothing after it, or a sentence after a label (`Source: the ministry said ...`)
    return values


def _role_then_name(line: str) -> str | None:
    """`Political reporter X Y`, `Defence Correspondent X Y`: a line of a reporter's role (ending in one of the
    credit roles, at most three words) then a name and nothing else: the name, else None."""
    words = line.split()
    for k in range(1, min(3, len(words) - 2) + 1):
        name = " ".join(words[k:])
        if (
            words[k - 1].casefold() in _credits()["roles"]
            and all(w.isalpha() for w in words[:k])
            and 2 <= len(words) - k <= 4
            and looks_like_person(name)
        ):
            return name
    return None


def credit_line(line: str) -> str | None:
    """A whole line, anywhere in the text, that only credits who made the story: a byline (`By X`, `X Read more`),
    `X | Staff Writer`, an author bio (`X is a senior reporter at ...`), a sign-off (`— X, Outlet`), an
    `AGENCY/Name/Name` photo chain (models/clean/credits.json). Returns the credited name ("" when the line
    names none that looks like a person's), else None."""
    line = line.strip()
    cfg = _credits()
    if not line or len(line) > _header()["max_header_line_chars"] * 2:
        return None
    if (fields := labelled_credit_fields(line)) is not None:
        return next((name for name in fields if looks_like_person(name)), "")
    if (
        len(line) <= _header()["max_header_line_chars"]
        and not re.search(r"[.!?]$", line)
        and (by := byline(line)) is not None
    ):
        first = by["author"].split(" and ")[0].split(",")[0] if by["author"] else ""
        if first and (looks_like_person(first) or 2 <= len(first.split()) <= 4 and first.isupper()):
            return by["author"]  # `By Ivo Brant`; `BY IVO BRANT [ibrant@...]`: a reporter's name in capitals too
        if by["outlet"] and by["outlet"].casefold() in resources.outlets():
            return ""
    for family in ("name_role", "bio", "sign_off", "follow"):
        m = re.match(cfg[family], line)
        if not m:
            continue
        name, role = m.group("name"), m.groupdict().get("role")
        if family == "name_role" and (
            _holds_role(role.split())
            and len(role.split()) <= cfg["role_max_words"]
            or role.casefold() in resources.outlets()
            or re.fullmatch(cfg["site_address"], role.casefold())  # `Ivo Brant | Lomarpost.com`
        ):
            # `IVO BRANT | Defence Correspondent`, `Ivo Brant / AFP`: a reporter's name, in capitals too
            if looks_like_person(name) or 2 <= len(name.split()) <= 4 and name.isupper():
                return name
        elif looks_like_person(name) and (
            family in ("sign_off", "follow") or family == "bio" and _holds_role(role.split()[: cfg["bio_window"]])
        ):
            return name
    if (name := _role_then_name(line)) is not None:
        return name  # `Defence correspondent Ivo Brant` on a line of its own
    if re.match(cfg["writer_box"], line):
        return ""  # "The writer is a retired brigadier ... Brigadier X can be reached at ...": an author box
    if len(line) <= 120 and re.match(cfg["agency_chain"], line) and not re.search(r"[.!?]$", line):
        names = [part.strip() for part in line.split("/")[1:]]
        if all(len(n.split()) <= 4 for n in names) and any(looks_like_person(n) for n in names):
            return ""
    return None


def photo_caption(line: str) -> str | None:
    """`Photo: A shakes hands with B during their meeting`: a labelled line that describes the picture is a
    caption, part of the article; its text without the label, else None (`Photo: Agency/Name` is a credit)."""
    cfg = _credits()["caption"]
    m = re.match(cfg["label"], line.strip())
    if not m:
        return None
    words = re.findall(r"[^\W\d_][\w'’-]*", m.group("text"))
    content = [w for w in words if w.islower() and w not in cfg["credit_words"]]
    if len(words) < cfg["min_words"] or len(content) < cfg["min_content_words"]:
        return None
    return m.group("text").strip()


def _author_names(byline_name: str) -> list[str]:
    """The reporters a byline names (`A and B`, `A, B & C`, `A | B`)."""
    return re.split(r"\s+(?:and|&)\s+|\s*[,|]\s*", byline_name.strip())


def is_bio_of(line: str, author: str | None) -> bool:
    """`Name is a former naval officer who writes on ...`: a bio line of the page's own author (its byline named
    them), whatever the role it gives."""
    m = re.match(_credits()["bio"], line.strip())
    # one of several reporters the byline named (`By A and B`, `A | B`)
    return bool(m and author and any(m.group("name").casefold() == n.casefold() for n in _author_names(author)))


@cache
def _credit_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in _header()["credits"] + _credits().get("strip", []))


def strip_credits(text: str) -> str:
    """Photo credits (`© Agency 2016/ NAME`, `(Photo by X)`, `- Twitter/@handle`) removed from a line."""
    for pattern in _credit_patterns():
        text = pattern.sub("", text)
    return text.strip()


# --- datelines -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dateline:
    place: str
    month_day: tuple[int, int] | None
    year: int | None
    agency: str | None
    rest: str


@cache
def _dateline_patterns() -> tuple[tuple[re.Pattern, bool, bool, bool, bool], ...]:
    month, other, weekday = (_month_alternation(k) for k in ("months", "other_calendar_months", "weekdays"))
    return tuple(
        (
            re.compile(
                d["pattern"].replace("{MONTH}", month).replace("{OTHER_MONTH}", other).replace("{WEEKDAY}", weekday)
            ),
            d["place_all_caps"],
            d["not_label"],
            d["known_place_if_several_words"],
            d.get("known_place", False),
        )
        for d in _header()["datelines"]
    )


@cache
def _known_places() -> frozenset[str]:
    """Cities and countries of the generic gazetteers (models/meetings/places.json, models/countries.json)."""
    places = set()
    for country, entry in resources.read_json("meetings/places.json")["countries"].items():
        places.add(country.casefold())
        places.update(c.casefold() for c in entry.get("cities", []))
    for country, forms in resources.read_json("countries.json").items():
        if isinstance(forms, list):
            places.add(country.casefold())
            places.update(f.casefold() for f in forms)
    return frozenset(places)


@cache
def _country_forms() -> frozenset[str]:
    """Countries and their other names, case-folded (models/countries.json)."""
    return frozenset(
        f.casefold()
        for country, forms in resources.read_json("countries.json").items()
        if isinstance(forms, list)
        for f in (country, *forms)
    )


@cache
def _label_words() -> frozenset[str]:
    """Section labels (`Details:`) and credit labels (`Reporter:`): never the place of a `City:` dateline."""
    return frozenset(resources.read_json("clean/chrome.json")["label_words"]) | set(_credits()["credit_labels"])


def _clean_place(place: str) -> str:
    # `Brussels/Zagreb, 17 January`: filed from the first place named
    place = re.sub(r"\s*\[[^\]]*\]", "", place).split(",")[0].split("/")[0].strip(" .")
    return place.title() if place.upper() == place else place


def dateline_alone(line: str) -> Dateline | None:
    """A dispatch dateline the crawler put on its own line, `Cairo, Sept 20, 2022` or `CAIRO: Sept 20, 2022`: a place of the gazetteers (or
    one in capitals, as wires write it) and a day, with nothing after them; a widget's `Saturday, April 20, 2024`
    or a label's `Home, May 4` is none."""
    dl = dateline(line)
    if dl is not None and dl.month_day is None and (dated := date_line(dl.rest.strip())) is not None:
        year, month, day = (int(x) for x in dated[0].split("-"))  # `CITY: February 27, 2025`
        dl = replace(dl, month_day=(month, day), year=year, rest="")
    if dl is None or dl.rest.strip() or dl.month_day is None or dl.place.casefold() in _label_words():
        return None
    written = re.split(r"[,:]", line)[0].strip()
    return dl if dl.place.casefold() in _known_places() or (written.isupper() and len(written) > 2) else None


def date_then_place(line: str) -> Dateline | None:
    """`March 3, 2031 10:05 The Palace, Cairo`: a date line, with its time, that ends in the venue and city of
    the event the page tells, as heads of state's sites write their news: the dispatch's place and day (a known
    city; a bare country is no place of a meeting)."""
    m = re.match(r"^(?P<date>.*?\b\d{4})\s*[|·,]?\s*(?:\d{1,2}:\d{2}\s*)?(?P<venue>[A-Z][^|·]*)$", line.strip())
    if m is None or (dated := date_line(m.group("date"))) is None:
        return None
    place = next(
        (
            part.strip()
            for part in reversed(m.group("venue").split(","))
            if part.strip().casefold() in _known_places() and part.strip().casefold() not in _country_forms()
        ),
        None,
    )
    if place is None:
        return None
    year, month, day = (int(x) for x in dated[0].split("-"))
    return Dateline(place=place, month_day=(month, day), year=year, agency=None, rest="")


def dateline(line: str) -> Dateline | None:
    """A dispatch dateline at the start of a line: `CITY, Month D[, YYYY] [(Agency)|/AGENCY/] -`, `CITY (Agency) -`,
    `CITY -` / `CITY:` (capitals only). Returns the place, month-day, year, agency and the text after it."""
    months = _dates()["months"]
    for pattern, all_caps, not_label, known_if_several, known in _dateline_patterns():
        m = pattern.match(line)
        if not m:
            continue
        place = m.group("place")
        # `ZORGRAD CITY, Philippines -`: a city of no gazetteer is known by the country written after it
        region = m.groupdict().get("region")
        region_known = region is not None and _place_country(region) == region
        if (
            (known or known_if_several and " " in place)
            and place.casefold() not in _known_places()
            and not region_known
        ):
            continue
        if all_caps and (place.upper() != place or not re.search(r"[^\W\d_]{3}", place)):
            continue
        if place.casefold() in _label_words() or (not_label and place.casefold() in _dates()["weekdays"]):
            continue
        groups = m.groupdict()
        month_day = year = None
        if (raw := groups.get("date")) and (numeric := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", raw)):
            # `LOMAR, 24.11.2031 /Agency/.`, `Lomar, 24/11/2031 (Agency) -`: day, month, year
            day, month, year = map(int, numeric.groups())
            month_day = (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
        elif raw:
            words = re.findall(r"[^\W\d_]+|\d+", raw)
            month = next((months[w.casefold()] for w in words if w.casefold() in months), None)
            numbers = [int(w) for w in words if w.isdigit()]
            day = next((n for n in numbers if n <= 31), None)
            year = next((n for n in numbers if n > 31), None)
            if month and day:
                month_day = (month, day)
        agency = next((groups.get(k) for k in ("agency", "agency2", "agency3") if groups.get(k)), None)
        return Dateline(_clean_place(place), month_day, year, agency.strip() if agency else None, line[m.end() :])
    return _dateline_with_two_calendars(line)


def masthead(dl: Dateline) -> bool:
    """A site's name and motto read as a dateline (`GULF HERALD — the nation's independent daily`): a place of
    no gazetteer, no day, no agency, and after the dash a few words with no sentence's end and no date."""
    words = dl.rest.split()
    return (
        dl.month_day is None
        and dl.agency is None
        and dl.place.casefold() not in _known_places()
        and 0 < len(words) < 6
        and not re.search(r"[.!?\"”]$", dl.rest.strip())
        and not find_dates(dl.rest)
    )


def _dateline_with_two_calendars(line: str) -> Dateline | None:
    """`Riyadh, Jumada II 11, 1447, December 2, 2025, SPA -- ...`: a known place, the day in another calendar and
    then a full date (the last one the line's opening gives), an agency in capitals, a dash."""
    m = re.match(
        r"(?P<place>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?), (?P<head>[^.!?]{6,70}?),? (?P<agency>[A-Z]{2,8}) ?(?:--|–|—) ",
        line,
    )
    if not m or m.group("place").casefold() not in _known_places() or not (hits := find_dates(m.group("head"))):
        return None
    year, month, day = (int(x) for x in hits[-1].iso.split("-"))
    return Dateline(_clean_place(m.group("place")), (month, day), year, m.group("agency"), line[m.end() :])


def dateline_place_line(line: str, alone: bool = False) -> str | None:
    """A line holding only `City:` (a dateline the crawler put on its own line): one word, or a known place; a
    known place only when the line stands `alone` in its block (a blank line between it and the story)."""
    if m := re.match(_header()["dateline_place_line"], line):
        place = m.group("place")
        if place.casefold() in _label_words() or ((alone or " " in place) and place.casefold() not in _known_places()):
            return None
        return _clean_place(place)
    return None


def source_tag(line: str) -> tuple[str, str] | None:
    """A syndication tag opening the text, `(AGENCY- Outlet) ...`, or a wire's name in brackets opening the lead,
    `(Agency) - ...`: (outlet, rest of the line); else None."""
    for family in ("source_tag", "agency_tag"):
        if m := re.match(_header()[family], line):
            return m.group("outlet").strip(), line[m.end() :]
    return None


def outlet_then_author(line: str) -> tuple[str, str] | None:
    """`Lomar news agency, X Y` (what a dateline leaves on its line): (outlet, reporter), the outlet a known one or
    named as a news outlet; else None."""
    m = re.match(_header()["outlet_comma_name"], line)
    if m is None or not looks_like_person(m.group("name")):
        return None
    outlet = m.group("outlet")
    newsy = outlet.casefold() in resources.outlets() or {"news", "agency"} & set(outlet.casefold().split())
    return (outlet, m.group("name")) if newsy else None


def author_then_place(line: str) -> tuple[str, str, str | None] | None:
    """`X Y, Abu Dhabi`, `X Y, Bangkok - Outlet` on a line of its own: (reporter, place, outlet or None), the place
    a known city or country; else None."""
    m = re.match(_header()["name_comma_place"], line)
    if m is None or not looks_like_person(m.group("name")) or m.group("place").casefold() not in _known_places():
        return None
    return m.group("name"), m.group("place"), m.group("outlet")


def lead_byline(line: str) -> tuple[str, str] | None:
    """`By X Y: Minister Z will meet ...`: (the reporter, the lead after the colon); else None."""
    if (m := re.match(_header()["lead_byline"], line)) and looks_like_person(m.group("name")):
        return m.group("name"), m.group("rest")
    return None


def date_prefix(line: str) -> tuple[str | None, str] | None:
    """The crawler's `date YYYY-MM-DD` prefix: (ISO date or None if invalid, rest of the line); else None."""
    m = re.match(_header()["date_prefix"], line, re.IGNORECASE)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.group(1).split("-"))
    found = _make(y, mo, d)
    return (found.isoformat() if found else None), line[m.end() :].strip()


def split_url_line(text: str) -> tuple[str | None, str]:
    """The article's URL from a `URL: https://...` / `Source: https://...` header line among the first lines,
    and the text without that line; else (None, text). Read before junk lines are dropped, as `Source:` lines
    are junk otherwise."""
    lines = text.split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if m := re.match(_header()["url_line"], line):
            return m.group(1), "\n".join(lines[:i] + lines[i + 1 :])
        seen += 1
        if seen >= _header()["url_line_window"]:
            break
    return None, text


@cache
def _url_date_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in _header()["url_dates"])


@cache
def _copyright_patterns() -> tuple[re.Pattern, re.Pattern, tuple[re.Pattern, ...]]:
    cfg = _header()
    owners = tuple(re.compile(p) for p in cfg["copyright_owner"])
    return re.compile(cfg["copyright_line"]), re.compile(cfg["copyright_year"]), owners


@cache
def _rights_reserved() -> re.Pattern:
    return re.compile(_header()["rights_reserved_line"])


def _copyright_lines(text: str, rights_reserved: bool = False) -> Iterator[str]:
    """A page's copyright lines, last first; with `rights_reserved`, its `All rights reserved` lines too (in the
    languages of header.json: a footer without the mark)."""
    mark = _copyright_patterns()[0]
    return (
        line
        for line in reversed(text.splitlines())
        if mark.search(line) or rights_reserved and _rights_reserved().search(line)
    )


def copyright_year(text: str) -> int | None:
    """The latest year of a page's last copyright line (`© 2026 Outlet`, `Copyright 2019-2026`), else None: the
    year of a page that gives no other, at the latest (a site's footer is as new as its last page)."""
    year = _copyright_patterns()[1]
    for line in _copyright_lines(text, rights_reserved=True):
        if len(line) <= _header()["max_header_line_chars"] and (years := year.findall(line)):
            return max(int(y) for y in years)
    return None


def copyright_owner(text: str) -> str | None:
    """The name on a page's last copyright line (`© 2026 Harbour Ledger.`, `Harbour Ledger © 2026 | About`), else
    None: the site's own name, for a page whose header names no outlet."""
    line = next(_copyright_lines(text), None)
    if (
        line is None
        or len(line) > _header()["max_header_line_chars"]
        or re.search(r"(?i)\b(?:photo|image|pic|credit)", line)
    ):
        return None  # a photo's credit names its agency, not the page's site
    for part in re.split(r"\.\s+|\s+\|\s+", line):
        for pattern in _copyright_patterns()[2]:
            if (m := pattern.search(part)) and (owner := m["owner"].strip(" .,")):
                if not re.search(r"(?i)\b(?:rights|reserved|copyright|all)\b", owner):
                    return owner
    return None


def url_date(url: str | None) -> str | None:
    """The date stamped in an article URL's path (`/2024/07/18/`, `-2024-07-18`, `-20240718`) as ISO, else None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url.strip(), flags=re.IGNORECASE).split("?")[0]
    for pattern in _url_date_patterns():
        if m := pattern.search(path):
            if found := _make(int(m["year"]), int(m["month"]), int(m["day"])):
                return found.isoformat()
    return None
