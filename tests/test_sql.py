"""The embedded database: written by every run atomically with the tables, its views, `meetgraph sql`, and every
recipe of docs/sql.md run against dev-style outputs with the result the doc shows."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline import io
from pipeline.cli import app
from pipeline.io import database
from tests.sql_tables import dev_like_tables, write_dev_like_output

DOC = Path(__file__).resolve().parent.parent / "docs" / "sql.md"


def render(df: pd.DataFrame) -> str:
    """A result as the Markdown table docs/sql.md shows."""

    def cell(v) -> str:
        if v is None or (not isinstance(v, (str, list)) and not hasattr(v, "__len__") and pd.isna(v)):
            return ""
        if hasattr(v, "__len__") and not isinstance(v, str):
            return ", ".join(map(str, v))
        return str(v).replace("|", "/")

    lines = ["| " + " | ".join(map(str, df.columns)) + " |", "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in df.astype(object).itertuples(index=False)]
    return "\n".join(lines)


def recipes(text: str) -> list[tuple[str, str, str]]:
    """(title, sql, expected Markdown table) for each `### ` recipe of docs/sql.md."""
    out = []
    for section in re.split(r"^### ", text, flags=re.MULTILINE)[1:]:
        title = section.splitlines()[0].strip()
        sql = re.search(r"```sql\n(.*?)```", section, re.DOTALL)
        after = section[sql.end() :] if sql else ""
        table = "\n".join(line for line in after.strip().splitlines() if line.startswith("|"))
        out.append((title, sql.group(1).strip() if sql else "", table))
    return out


@pytest.fixture(scope="module")
def dev_like_output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sql") / "out"
    write_dev_like_output(out)
    return out


def test_docs_have_eight_to_ten_recipes():
    found = recipes(DOC.read_text(encoding="utf-8"))
    assert 8 <= len(found) <= 10, [t for t, *_ in found]
    for title, sql, table in found:
        assert sql and table.count("\n") >= 2, f"recipe {title!r} lacks its SQL or a result with rows"


@pytest.mark.parametrize("title,sql,expected", recipes(DOC.read_text(encoding="utf-8")), ids=lambda v: str(v)[:40])
def test_recipe_gives_the_documented_result(dev_like_output, title, sql, expected):
    con = database.connect(dev_like_output)
    try:
        assert render(con.execute(sql).df()) == expected
    finally:
        con.close()


def test_write_tables_writes_the_database_with_every_table_and_view(dev_like_output):
    con = duckdb.connect(str(dev_like_output / database.DATABASE_FILE), read_only=True)
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    tables = dev_like_tables()
    for name, df in tables.items():
        assert con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == len(df), name
    assert {"meeting_participants", "meeting_pairs", "country_pairs_by_month", "person_timeline"} <= names
    con.close()
    assert not list(dev_like_output.parent.glob(".out.tmp-*"))  # built inside the staging folder, swapped in


def test_meeting_participants_give_rank_and_country_on_the_day(dev_like_output):
    con = database.connect(dev_like_output)
    rows = con.execute(
        "SELECT meeting_id, person_name, rank, country, country_raw, is_host FROM meeting_participants "
        "ORDER BY meeting_id, person_name"
    ).df()
    con.close()
    kelbeyli = rows[rows["person_name"] == "Arif Kelbeyli"].set_index("meeting_id")["rank"]
    assert kelbeyli["MEETING:m1"] == "Lieutenant General" and kelbeyli["MEETING:m4"] == "Colonel General"
    by_name = rows.drop_duplicates("person_name").set_index("person_name")
    assert by_name.loc["Vugar Rustamzade", "country"] == "Azerbaijan"  # demonym -> country
    assert pd.isna(by_name.loc["Dana Vorel", "country"])  # a city is no country
    assert len(rows) == 11 and rows.groupby("meeting_id").size().to_dict()["MEETING:m3"] == 3


def test_country_pairs_are_countries_of_the_gazetteer_or_unknown(dev_like_output):
    con = database.connect(dev_like_output)
    pairs = con.execute("SELECT * FROM country_pairs_by_month").df()
    con.close()
    countries = set(database.country_gazetteer().values())
    for a, b in zip(pairs["country_a"], pairs["country_b"]):
        assert (a == b == database.UNKNOWN) or (a in countries and b in countries and a < b)
    assert pairs["meetings"].sum() == 7  # m3 gives 3 pairs, m5 (a city, no pair) one 'unknown'


def test_the_database_replaces_the_previous_one_with_the_tables(tmp_path):
    out = tmp_path / "out"
    tables = dev_like_tables()
    io.write_tables(tables, out)
    fewer = dict(tables, meetings=tables["meetings"].iloc[:1])
    io.write_tables(fewer, out)
    con = database.connect(out)
    assert con.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1
    con.close()
    assert sorted(p.name for p in out.iterdir() if "duckdb" in p.name) == [database.DATABASE_FILE]


def test_a_failing_database_build_keeps_the_tables(tmp_path, monkeypatch):
    def broken(folder):
        (Path(folder) / database.DATABASE_FILE).write_bytes(b"half")
        raise duckdb.IOException("disk full")

    out = tmp_path / "out"
    io.write_tables(dev_like_tables(), out)  # a good run first: its database must not outlive its tables
    monkeypatch.setattr(database, "write_database", broken)
    io.write_tables(dev_like_tables(), out)
    assert (out / "meetings.parquet").exists() and not (out / database.DATABASE_FILE).exists()


def test_sql_command_prints_a_table_or_csv(dev_like_output):
    runner = CliRunner()
    query = "SELECT name_a, name_b, meetings FROM meeting_pairs ORDER BY meetings DESC, name_a LIMIT 1"
    result = runner.invoke(app, ["sql", query, "--output", str(dev_like_output)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Arif Kelbeyli" in result.output and "Selim Durmaz" in result.output and "1 rows" in result.output
    result = runner.invoke(
        app,
        [
            "sql",
            "--csv",
            "SELECT meeting_id, source_urls FROM meeting_summary WHERE n_reports > 1",
            "--output",
            str(dev_like_output),
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "meeting_id,source_urls",
        'MEETING:m1,"[""https://news.example.az/a1"", ""https://trend.example.az/a2""]"',
    ]


def test_sql_errors_are_one_clear_line(dev_like_output, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["sql", "SELECT * FROM no_such_table", "--output", str(dev_like_output)])
    assert result.exit_code == 1 and "no_such_table" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["sql", "SELECT 1", "--output", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no meetgraph tables" in result.output


def test_sql_on_outputs_without_a_database_builds_it_in_memory(tmp_path):
    out = tmp_path / "out"
    write_dev_like_output(out)
    (out / database.DATABASE_FILE).unlink()
    result = CliRunner().invoke(app, ["sql", "--csv", "SELECT count(*) AS n FROM meeting_pairs", "--output", str(out)])
    assert result.exit_code == 0 and result.output.splitlines() == ["n", "5"]


def test_two_builds_of_the_database_hold_equal_contents(tmp_path):
    for name in ("one", "two"):
        write_dev_like_output(tmp_path / name)
    first, second = database.connect(tmp_path / "one"), database.connect(tmp_path / "two")
    for relation in [*dev_like_tables(), "countries", *database.VIEWS]:
        query = f"SELECT * FROM {relation} ORDER BY ALL"
        pd.testing.assert_frame_equal(first.execute(query).df(), second.execute(query).df(), obj=relation)
    first.close()
    second.close()
