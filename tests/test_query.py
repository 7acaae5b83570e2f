from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pipeline.analyst import query
from pipeline.cli import app
from tests.analyst_tables import tiny_tables, write_tiny_output


@pytest.fixture(scope="module")
def tables():
    return tiny_tables()


def test_fuzzy_person_lookup_tolerates_typos_and_case(tables):
    assert query.find_person(tables["nodes"], "ann lea") == "PERSON:ann-lee"
    assert query.find_person(tables["nodes"], "BO KIM") == "PERSON:bo-kim"


def test_shared_surname_goes_to_the_most_mentioned_person(tables):
    assert query.find_person(tables["nodes"], "Lee") == "PERSON:ann-lee"


def test_unknown_person_raises(tables):
    with pytest.raises(query.PersonNotFound):
        query.find_person(tables["nodes"], "Zzyzx Qwerty")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"person": "Cy Lee"}, ["MEETING:2"]),
        ({"country": "ruritan"}, ["MEETING:1", "MEETING:2"]),
        ({"since": "2024-01-01"}, ["MEETING:2"]),
        ({"until": "2023-12-31"}, ["MEETING:1"]),
        ({"topic": "NAVAL"}, ["MEETING:1"]),
        ({"person": "Bo Kim", "topic": "sea wolf"}, ["MEETING:2"]),
    ],
)
def test_filter_meetings(tables, filters, expected):
    rows = query.filter_meetings(tables["meetings"], tables["nodes"], **filters)
    assert rows["meeting_id"].tolist() == expected


def test_person_profile_orders_ranks_by_document_date_and_counts_counterparts(tables):
    profile = query.person_profile(tables, "Ann Lee")
    ranks = profile["history"][profile["history"]["relation"] == "HAS_RANK"]
    assert ranks["value"].tolist() == ["Colonel", "General"]
    met = dict(zip(profile["counterparts"]["node_id"], profile["counterparts"]["meetings"]))
    assert met == {"PERSON:bo-kim": 2, "PERSON:cy-lee": 1}


def test_cli_queries_print_tables_and_fail_cleanly(tmp_path):
    out = tmp_path / "out"
    write_tiny_output(out)
    runner = CliRunner()
    result = runner.invoke(app, ["meetings", "--output", str(out), "--person", "Cy Lee"])
    assert result.exit_code == 0, result.output
    assert "1 meetings" in result.output and "Port" in result.output and "Capital" not in result.output
    result = runner.invoke(app, ["meetings", "--output", str(out), "--until", "2023"])
    assert "Capital" in result.output and "Port" not in result.output
    result = runner.invoke(app, ["person", "ann lee", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "Colonel" in result.output and "Bo Kim" in result.output
    result = runner.invoke(app, ["person", "Nobody Known", "--output", str(out)])
    assert result.exit_code == 1 and "no person matching" in result.output
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["meetings", "--output", str(tmp_path / "missing")])
    assert result.exit_code == 1 and "no meetgraph tables" in result.output
