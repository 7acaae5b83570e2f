"""The embedded analyst database: `OUT/meetgraph.duckdb`, built from the Parquet tables of a run.

It holds every output table (same names and columns as the Parquet files), a `countries` table (the
gazetteer of `models/countries.json`: every spelling with the country it names) and the views below.
docs/sql.md documents them with recipes; `meetgraph sql "SELECT ..."` queries them.

- `meeting_summary`: one row per meeting (meeting_id), merged over the documents that report it.
- `meeting_participants`: one row per meeting x person, with rank, title and country on the day (the
  rank or title a document reporting the meeting gives, else the latest one reported before the day,
  else the person's latest; the country as the gazetteer names it, null when it names no country).
- `meeting_pairs`: one row per pair of persons who met, with counts and first/last dates.
- `country_pairs_by_month`: meetings per month per pair of countries ('unknown' where a meeting has
  fewer than two known countries among its participants).
- `person_timeline`: one row per event of a person (a meeting, a rank or a title reported), by date.

The file is written inside the staging folder of `io.write_tables`, so it appears atomically with the
tables it was built from; it holds copies of the tables, never paths to them.
"""

from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from pipeline import resources, schema

log = logging.getLogger(__name__)

DATABASE_FILE = "meetgraph.duckdb"
UNKNOWN = "unknown"

# Views, in creation order (later ones read earlier ones). `day` is the meeting's date where the text
# fixes it, else the earliest publication date of a document reporting it.
VIEWS: dict[str, str] = {
    "meeting_summary": """
        SELECT m.meeting_id,
               min(m.date) AS date,
               coalesce(min(m.date), min(d.published)) AS day,
               min(d.published) AS first_published,
               arg_min(m.location, m.doc_id) FILTER (WHERE m.location IS NOT NULL) AS location,
               arg_min(m.mode, m.doc_id) AS mode,
               arg_min(m.status, m.doc_id) AS status,
               arg_min(m.host, m.doc_id) FILTER (WHERE m.host IS NOT NULL) AS host,
               list_sort(list_distinct(flatten(list(m.participants)))) AS participants,
               list_sort(list_distinct(flatten(list(m.topics)))) AS topics,
               count(*) AS n_reports,
               list_sort(list(DISTINCT m.doc_id)) AS doc_ids,
               list_sort(list_distinct(flatten(list(m.source_urls)))) AS source_urls,
               list_sort(list(DISTINCT d.outlet) FILTER (WHERE d.outlet IS NOT NULL)) AS outlets,
               arg_min(m.evidence, m.doc_id) AS evidence,
               max(m.confidence) AS confidence
        FROM meetings m LEFT JOIN documents d USING (doc_id)
        GROUP BY m.meeting_id
    """,
    "person_rank_events": """
        SELECT e.source AS person_id, coalesce(e.date, d.published) AS day, t.name AS rank, e.doc_id
        FROM edges e JOIN nodes t ON t.node_id = e.target LEFT JOIN documents d USING (doc_id)
        WHERE e.relation = 'HAS_RANK' AND coalesce(e.date, d.published) IS NOT NULL
    """,
    "person_title_events": """
        SELECT e.source AS person_id, coalesce(e.date, d.published) AS day, t.name AS title, e.doc_id
        FROM edges e JOIN nodes t ON t.node_id = e.target LEFT JOIN documents d USING (doc_id)
        WHERE e.relation = 'HOLDS_TITLE' AND coalesce(e.date, d.published) IS NOT NULL
    """,
    "meeting_participants": """
        WITH p AS (
            SELECT s.meeting_id, s.date, s.day, s.location, s.mode, s.status, s.host, s.n_reports,
                   s.doc_ids, s.source_urls, unnest(s.participants) AS person_id
            FROM meeting_summary s
        ),
        r AS (
            SELECT p.meeting_id, p.person_id,
                   arg_max(e.rank, list_contains(p.doc_ids, e.doc_id)::INT || e.day) AS rank
            FROM p JOIN person_rank_events e ON e.person_id = p.person_id
                 AND (list_contains(p.doc_ids, e.doc_id) OR e.day <= coalesce(p.day, '9999'))
            GROUP BY ALL
        ),
        t AS (
            SELECT p.meeting_id, p.person_id,
                   arg_max(e.title, list_contains(p.doc_ids, e.doc_id)::INT || e.day) AS title
            FROM p JOIN person_title_events e ON e.person_id = p.person_id
                 AND (list_contains(p.doc_ids, e.doc_id) OR e.day <= coalesce(p.day, '9999'))
            GROUP BY ALL
        )
        SELECT p.meeting_id, p.date, p.day, p.location, p.mode, p.status,
               p.person_id, n.name AS person_name,
               coalesce(r.rank, n.rank) AS rank, coalesce(t.title, n.title) AS title,
               c.country AS country, n.country AS country_raw,
               coalesce(p.person_id = p.host, false) AS is_host,
               p.n_reports, p.doc_ids, p.source_urls
        FROM p
        JOIN nodes n ON n.node_id = p.person_id AND n.type = 'PERSON'
        LEFT JOIN r USING (meeting_id, person_id)
        LEFT JOIN t USING (meeting_id, person_id)
        LEFT JOIN countries c ON c.alias = lower(trim(n.country))
    """,
    "meeting_pairs": """
        SELECT a.person_id AS person_a, a.person_name AS name_a, a.country AS country_a,
               b.person_id AS person_b, b.person_name AS name_b, b.country AS country_b,
               count(DISTINCT a.meeting_id) AS meetings,
               min(a.day) AS first_date, max(a.day) AS last_date,
               list_sort(list(DISTINCT a.meeting_id)) AS meeting_ids
        FROM meeting_participants a
        JOIN meeting_participants b ON a.meeting_id = b.meeting_id AND a.person_id < b.person_id
        GROUP BY ALL
    """,
    "country_pairs_by_month": f"""
        WITH mc AS (
            SELECT meeting_id, substr(day, 1, 7) AS month,
                   coalesce(list_sort(list(DISTINCT country) FILTER (WHERE country IS NOT NULL)), []) AS countries
            FROM meeting_participants WHERE day IS NOT NULL
            GROUP BY ALL
        ),
        pairs AS (
            SELECT month, meeting_id, a AS country_a, b AS country_b
            FROM mc, unnest(countries) AS t1(a), unnest(countries) AS t2(b) WHERE a < b
            UNION ALL
            SELECT month, meeting_id, '{UNKNOWN}', '{UNKNOWN}' FROM mc WHERE len(countries) < 2
        )
        SELECT month, country_a, country_b, count(DISTINCT meeting_id) AS meetings
        FROM pairs GROUP BY ALL
    """,
    "person_timeline": """
        WITH others AS (
            SELECT a.meeting_id, a.person_id, list_sort(list(b.person_name)) AS met
            FROM meeting_participants a
            JOIN meeting_participants b ON a.meeting_id = b.meeting_id AND a.person_id <> b.person_id
            GROUP BY ALL
        )
        SELECT p.person_id, p.person_name, p.day AS date, 'meeting' AS event,
               array_to_string(coalesce(o.met, []), '; ') AS detail,
               p.meeting_id, p.location, p.mode, p.status, p.rank, p.title, p.source_urls
        FROM meeting_participants p LEFT JOIN others o USING (meeting_id, person_id)
        UNION ALL
        SELECT e.person_id, n.name, e.day, 'rank', e.rank, NULL, NULL, NULL, NULL, e.rank, NULL,
               CASE WHEN d.url IS NULL THEN [] ELSE [d.url] END
        FROM person_rank_events e JOIN nodes n ON n.node_id = e.person_id LEFT JOIN documents d USING (doc_id)
        UNION ALL
        SELECT e.person_id, n.name, e.day, 'title', e.title, NULL, NULL, NULL, NULL, NULL, e.title,
               CASE WHEN d.url IS NULL THEN [] ELSE [d.url] END
        FROM person_title_events e JOIN nodes n ON n.node_id = e.person_id LEFT JOIN documents d USING (doc_id)
    """,
}


@cache
def country_gazetteer() -> dict[str, str]:
    """Every spelling of a country in `models/countries.json` (casefolded) -> the country's name."""
    data = resources.read_json("countries.json")
    out: dict[str, str] = {}
    items = data.items() if isinstance(data, dict) else ((d.get("name"), d.get("aliases", [])) for d in data)
    for name, aliases in items:
        if not name:
            continue
        aliases = aliases if isinstance(aliases, list) else []
        for alias in [name, *[a for a in aliases if isinstance(a, str)]]:
            out.setdefault(alias.strip().casefold(), name)
    return out


def canonical_country(value) -> str | None:
    """The gazetteer country a `country` value names (`Turkish` -> Turkey), else None (a city, an acronym)."""
    if not isinstance(value, str) or not value.strip():
        return None
    return country_gazetteer().get(value.strip().casefold())


def _countries_frame() -> pd.DataFrame:
    rows = sorted(country_gazetteer().items())
    return pd.DataFrame(rows, columns=["alias", "country"], dtype="string")


def _create(con: duckdb.DuckDBPyConnection, tables: dict[str, object]) -> None:
    """Create the tables (a Parquet path or a DataFrame each), the gazetteer and every view on `con`."""
    for name, source in tables.items():
        if isinstance(source, Path):
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM read_parquet(?)', [str(source)])
        else:
            con.register("_frame", source)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _frame')
            con.unregister("_frame")
    con.register("_frame", _countries_frame())
    con.execute("CREATE TABLE countries AS SELECT * FROM _frame")
    con.unregister("_frame")
    for name, sql in VIEWS.items():
        con.execute(f"CREATE VIEW {name} AS {sql}")


def _sources(folder: Path) -> dict[str, object]:
    """Each output table as its Parquet file in `folder`, or an empty frame of its schema when absent."""
    out: dict[str, object] = {}
    for name, table in schema.TABLES.items():
        path = folder / f"{name}.parquet"
        out[name] = path if path.exists() else _arrow_empty(table)
    return out


def _arrow_empty(table: schema.Table):
    return table.arrow_schema().empty_table()


BUILD_MEMORY = "64MB"  # DuckDB's memory limit while it builds the file (it writes to disk beyond it)


def write_database(folder: Path | str) -> Path:
    """Build `folder/meetgraph.duckdb` from the Parquet tables in `folder` (replacing any earlier file)."""
    folder = Path(folder)
    path = folder / DATABASE_FILE
    tmp = folder / f".{DATABASE_FILE}.tmp"
    for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
        stale.unlink(missing_ok=True)
    # DuckDB's buffer pool may otherwise take up to 80 % of the machine's memory and keeps what it loaded: building
    # the tables of 32,000 articles took 640 MB over the run's own, 110 MB with this limit (docs/performance.md)
    con = duckdb.connect(str(tmp), config={"memory_limit": BUILD_MEMORY})
    try:
        _create(con, _sources(folder))
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.rename(tmp, path)  # (not os.replace, whose calls io's tests count as the folder swap)
    return path


def connect(output_dir: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only connection to `output_dir/meetgraph.duckdb`; for an output folder written before the
    database existed, an in-memory database built from its Parquet tables."""
    output_dir = Path(output_dir)
    path = output_dir / DATABASE_FILE
    if path.exists():
        return duckdb.connect(str(path), read_only=True)
    if not any((output_dir / f"{name}.parquet").exists() for name in schema.TABLES):
        raise FileNotFoundError(f"no meetgraph tables in {output_dir}")
    con = duckdb.connect()
    _create(con, _sources(output_dir))
    return con


def connect_tables(tables: dict[str, pd.DataFrame]) -> duckdb.DuckDBPyConnection:
    """An in-memory database over tables already loaded (`pipeline.load`), with the same views."""
    con = duckdb.connect()
    sources: dict[str, object] = {}
    for name, table in schema.TABLES.items():
        df = tables.get(name)
        sources[name] = _arrow_empty(table) if df is None else _arrow(df, table)
    _create(con, sources)
    return con


def _arrow(df: pd.DataFrame, table: schema.Table):
    import pyarrow as pa

    return pa.Table.from_pandas(schema.conform(df, table), schema=table.arrow_schema(), preserve_index=False)


def query(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    """Run `sql` and return the result as a DataFrame."""
    return con.execute(sql, params or []).df()
