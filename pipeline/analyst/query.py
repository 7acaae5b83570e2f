"""Analyst queries over an output folder: meetings filtered by person/country/date/topic, person profiles."""

from __future__ import annotations

import calendar
import re

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process, utils

MIN_SCORE = 80


class PersonNotFound(LookupError):
    pass


class BadDate(ValueError):
    pass


_MONTHS = {name.casefold(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.casefold(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_NUMERIC = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")
_WORDS = re.compile(r"[a-z]+|\d+")


def parse_date_bound(value: str) -> str:
    """A date filter as an ISO prefix: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

    Accepts `2023`, `2021-7`, `2021/07/05`, `March 2023`, `Mar 2023`, `5 March 2023`, `March 5, 2023`;
    raises `BadDate` (with the accepted forms) for anything else, never guessing.
    """
    text = value.strip().casefold()
    if m := _NUMERIC.match(text):
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        return _iso(value, year, int(month) if month else None, int(day) if day else None)
    words = _WORDS.findall(text)
    months = [w for w in words if w in _MONTHS]
    numbers = [w for w in words if w.isdigit()]
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    other = [w for w in words if not w.isdigit() and w not in _MONTHS and w not in ("st", "nd", "rd", "th", "of")]
    if len(months) == 1 and len(years) == 1 and len(days) <= 1 and not other:
        return _iso(value, int(years[0]), _MONTHS[months[0]], int(days[0]) if days else None)
    raise BadDate(f"cannot read the date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD (or e.g. 'March 2023')")


def _iso(value: str, year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise BadDate(f"cannot read the date {value!r}: month {month} is not 1-12")
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise BadDate(f"cannot read the date {value!r}: {year:04d}-{month:02d} has no day {day}")
    return f"{year:04d}-{month:02d}-{day:02d}"


def _rows(df: pd.DataFrame, mask) -> pd.DataFrame:
    """Rows where `mask` holds; a boolean array, so an empty table stays a table with all its columns."""
    return df.loc[np.asarray(list(mask), dtype=bool)]


def find_person(nodes: pd.DataFrame, name: str) -> str:
    """node_id of the person whose name or alias best matches `name` (fuzzy, case- and accent-tolerant);
    among equally good matches (a bare surname shared by two people) the most mentioned wins."""
    persons = nodes[nodes["type"] == "PERSON"]
    choices, mentions = {}, {}
    for row in persons.itertuples():
        mentions[row.node_id] = row.n_mentions if pd.notna(row.n_mentions) else 0
        for form in [row.name, *row.aliases]:
            choices[f"{row.node_id}\t{form}"] = form
    matches = process.extract(
        name, choices, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=MIN_SCORE, limit=None
    )
    if not matches:
        raise PersonNotFound(f"no person matching {name!r} in the outputs")
    best = max(score for _, score, _ in matches)
    candidates = {key.split("\t", 1)[0] for _, score, key in matches if score == best}
    return max(sorted(candidates), key=lambda pid: mentions[pid])


def meeting_countries(meetings: pd.DataFrame, nodes: pd.DataFrame) -> pd.Series:
    """Per meeting row, the sorted distinct countries of its participants ('' where none is known)."""
    country = nodes.set_index("node_id")["country"].dropna().to_dict()
    return pd.Series(
        [sorted({country[p] for p in parts if p in country}) for parts in meetings["participants"]],
        index=meetings.index,
        dtype=object,
    )


def country_pair(countries: list[str]) -> str:
    return " – ".join(countries) if countries else "unknown"


def filter_meetings(
    meetings: pd.DataFrame,
    nodes: pd.DataFrame,
    person: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    topic: str | None = None,
) -> pd.DataFrame:
    """Meeting rows matching every given filter. Dates are read by `parse_date_bound` and compare as ISO
    prefixes (`until="2023-05"` includes every day of May); undated meetings drop out of date filters.
    `country` and `topic` match case-insensitively as substrings. Raises `BadDate`, `PersonNotFound`."""
    since = parse_date_bound(since) if since else None
    until = parse_date_bound(until) if until else None
    if until and len(until) < 10:
        until += "~"  # sorts after every day of the year or month
    out = meetings.assign(countries=meeting_countries(meetings, nodes))
    if person:
        pid = find_person(nodes, person)
        out = _rows(out, (pid in parts for parts in out["participants"]))
    if country:
        want = country.casefold()
        out = _rows(out, (any(want in c.casefold() for c in cs) for cs in out["countries"]))
    if since:
        out = _rows(out, out["date"].notna() & (out["date"].fillna("") >= since))
    if until:
        out = _rows(out, out["date"].notna() & (out["date"].fillna("") <= until))
    if topic:
        want = topic.casefold()
        out = _rows(out, (any(want in t.casefold() for t in ts) for ts in out["topics"]))
    return out.sort_values(["date", "meeting_id"], na_position="last", kind="stable")


def person_profile(tables: dict[str, pd.DataFrame], name: str) -> dict:
    """Everything known about one person: node row, ranks and titles over time, and whom they met."""
    nodes, edges, documents = tables["nodes"], tables["edges"], tables["documents"]
    pid = find_person(nodes, name)
    node = nodes.set_index("node_id").loc[pid]
    labels = nodes.set_index("node_id")["name"]
    published = documents.set_index("doc_id")["published"]
    held = edges[(edges["source"] == pid) & edges["relation"].isin(["HAS_RANK", "HOLDS_TITLE"])]
    history = pd.DataFrame(
        {
            "date": [published.get(d) for d in held["doc_id"]],
            "relation": held["relation"].to_numpy(),
            "value": [labels.get(t, t) for t in held["target"]],
            "doc_id": held["doc_id"].to_numpy(),
        }
    ).sort_values(["date", "relation"], na_position="last", kind="stable")
    met = filter_meetings(tables["meetings"], nodes, person=None)
    met = _rows(met, (pid in parts for parts in met["participants"]))
    counterparts = (
        pd.Series(
            [n for parts in met.drop_duplicates("meeting_id")["participants"] for n in parts if n != pid], dtype=object
        )
        .value_counts()
        .rename_axis("node_id")
        .reset_index(name="meetings")
    )
    counterparts["name"] = [labels.get(n, n) for n in counterparts["node_id"]]
    return {"node_id": pid, "node": node, "history": history, "meetings": met, "counterparts": counterparts}
