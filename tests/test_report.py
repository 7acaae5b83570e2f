from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from pipeline.analyst.report import country_pairs, layout
from pipeline.cli import app
from pipeline.io import database
from tests.analyst_tables import write_tiny_output
from tests.sql_tables import write_dev_like_output


def _explorer_data(page: str) -> dict:
    start = page.index('<script id=mg-data type="application/json">') + len(
        '<script id=mg-data type="application/json">'
    )
    return json.loads(page[start : page.index("</script>", start)])


@pytest.fixture()
def tiny_output(tmp_path):
    out = tmp_path / "out"
    write_tiny_output(out)
    return out


def test_report_is_self_contained_and_escapes_article_text(tiny_output):
    result = CliRunner().invoke(app, ["report", "--output", str(tiny_output)])
    assert result.exit_code == 0, result.output
    page = (tiny_output / "report.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;x&lt;/script&gt;" in page and "<script>x" not in page
    assert "Chief of &lt;Staff&gt;" in page
    assert page.count("<img alt=") == 2 and page.count('<img alt="meeting network" src="data:image/png;base64,') == 1
    assert 'src="http' not in page and "<link" not in page and "<script src" not in page
    data = _explorer_data(page)  # the evidence sits in the JSON with no `<` that could end its script
    assert any("\\u003cscript>x" in chunk for chunk in page.split("mg-data")[1:2])
    assert data["meetings"][0]["reports"][0]["evidence"] == "Ann Lee met Bo Kim <script>x</script>."
    assert (tiny_output / "report-network.png").stat().st_size > 0
    assert (tiny_output / "report-timeline.png").stat().st_size > 0
    for text in ("Ann Lee", "General", "naval cooperation", "d1", "2023-01-10", "Sea Wolf", "Navy"):
        assert text in page, text


def test_report_on_sample_pipeline_output(sample_output):
    result = CliRunner().invoke(app, ["report", "--output", str(sample_output)])
    assert result.exit_code == 0, result.output
    page = (sample_output / "report.html").read_text(encoding="utf-8")
    assert "Meeting network" in page and "<table class=meetings>" in page


def test_report_without_outputs_is_one_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["report", "--output", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    assert "no meetgraph tables" in result.output and "Traceback" not in result.output


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_report_renders_in_headless_chromium(tiny_output, tmp_path):
    CliRunner().invoke(app, ["report", "--output", str(tiny_output)])
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=1200,1600",
            (tiny_output / "report.html").as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few KB


def test_every_country_in_the_report_is_a_gazetteer_country(tmp_path):
    out = tmp_path / "out"
    write_dev_like_output(out)  # one person's country is a demonym, another's a city
    CliRunner().invoke(app, ["report", "--output", str(out)])
    page = (out / "report.html").read_text(encoding="utf-8")
    data = _explorer_data(page)
    countries = set(database.country_gazetteer().values())
    values = {p["country"] for p in data["persons"]} | set(data["countries"])
    values |= {c for m in data["meetings"] for c in m["countries"]}
    values |= {c for m in data["meetings"] for pair in m["pairs"] for c in pair.split(" – ")}
    assert values - countries == {"unknown"}
    assert "Astana" not in values and "Azerbaijani" not in values
    by_name = {p["name"]: p["country"] for p in data["persons"]}
    assert by_name["Vugar Rustamzade"] == "Azerbaijan" and by_name["Dana Vorel"] == "unknown"
    shown = set(re.findall(r"\(([^()]*)\)</span>", page))  # participants' rank, title, country in the table
    assert not any("Astana" in s or "Azerbaijani" in s for s in shown)


def test_country_pairs_count_the_rest_as_unknown_in_one_place():
    assert country_pairs(["Turkey", "Azerbaijan", "Turkey"]) == ["Azerbaijan – Turkey"]
    assert country_pairs(["Turkey"]) == ["unknown"] and country_pairs([]) == ["unknown"]
    assert len(country_pairs(["Azerbaijan", "Georgia", "Turkey"])) == 3


def test_evidence_links_to_its_source(tmp_path):
    out = tmp_path / "out"
    write_dev_like_output(out)
    CliRunner().invoke(app, ["report", "--output", str(out)])
    page = (out / "report.html").read_text(encoding="utf-8")
    assert (
        '<a href="https://trend.example.az/a2" target=_blank rel="noopener noreferrer">Trend, a2, 2021-07-16</a>'
        in page
    )
    data = _explorer_data(page)
    m1 = next(m for m in data["meetings"] if m["id"] == "MEETING:m1")
    assert [r["url"] for r in m1["reports"]] == ["https://news.example.az/a1", "https://trend.example.az/a2"]


def test_layout_packs_many_small_components_into_a_wide_box():
    import networkx as nx

    graph = nx.Graph()
    for i in range(300):  # 300 pairs: the old layout drew them as one long column
        graph.add_edge(f"a{i}", f"b{i}")
    for i in range(1, 40):
        graph.add_edge("hub", f"spoke{i}")
    pos = layout(graph)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    assert 1.0 < width / height < 3.0
    assert len({(round(x, 2), round(y, 2)) for x, y in pos.values()}) == len(pos)  # no two persons on one spot
    assert layout(graph) == pos  # the same graph, the same picture


def test_a_component_too_large_for_the_dense_layout_is_laid_out_by_networkx(monkeypatch):
    import networkx as nx

    from pipeline.analyst import report

    monkeypatch.setattr(report, "DENSE_LAYOUT_LIMIT", 3)
    graph = nx.Graph([("a", "b"), ("b", "c"), ("c", "d"), ("x", "y"), ("p", "q"), ("q", "r")])
    pos = layout(graph)
    assert set(pos) == set(graph)
    assert len(set(pos.values())) == len(pos)  # every person has a spot of their own


def test_report_counts_count_documents_nodes_and_distinct_meetings():
    from pipeline.analyst.report import report_counts
    from tests.analyst_tables import tiny_tables

    counts = report_counts(tiny_tables())
    assert counts["documents"] == 2 and counts["skipped documents"] == 0
    assert (counts["persons"], counts["organisations"], counts["exercises"]) == (3, 1, 1)
    assert counts["meetings"] == 2 and counts["meeting reports"] == 2
