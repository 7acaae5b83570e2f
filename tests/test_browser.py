"""The explorer of report.html in a real browser: headless Chromium from the system (`make browser-deps`
installs Debian's), driven over the DevTools pipe (tests/browser.py). Skipped where no chromium is installed,
except in CI (CI=true) or with MEETGRAPH_BROWSER_TESTS=1, where a missing browser fails the test.
MEETGRAPH_SHOT=path.png keeps the screenshot of the dev-style explorer (the README's comes from
`make report-screenshot`)."""

from __future__ import annotations

import json
import os
import random

import pytest

from pipeline import schema
from pipeline.analyst.report import build_report
from tests.browser import EXPLORER_READY, Browser, find_chromium
from tests.sql_tables import dev_like_tables, write_dev_like_output

REQUIRED = os.environ.get("CI") == "true" or os.environ.get("MEETGRAPH_BROWSER_TESTS") == "1"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        find_chromium() is None and not REQUIRED, reason="chromium is not installed (make browser-deps)"
    ),
]

NODES = (
    "(t => t ? t.querySelectorAll('path.point').length : 0)"
    "(document.querySelectorAll('#mg-network .scatterlayer .trace')[2])"
)
COUNT = "document.getElementById('mg-count').dataset"
PANEL = "document.getElementById('mg-panel')"


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = tmp_path_factory.mktemp("browser") / "out"
    write_dev_like_output(out)
    report = build_report(out)
    with Browser(width=1400, height=1000) as browser:
        browser.open(report.as_uri(), EXPLORER_READY, timeout=120)
        browser.evaluate("document.getElementById('mg-explorer').scrollIntoView()")
        yield browser


def _reset(browser):
    browser.evaluate("document.getElementById('mg-reset').click()")
    browser.wait_for(f"{COUNT}.meetings === '5'")


def _set_date(browser, which: str, value: str):
    browser.evaluate(
        f"(() => {{ const e = document.getElementById('mg-{which}'); e.value = '{value}';"
        " e.dispatchEvent(new Event('change')); })()"
    )


def _click_person(browser, name: str):
    point = browser.evaluate(f"meetgraphExplorer.screenPosition({json.dumps(name)})")
    assert point, name
    browser.click(point["x"], point["y"])


def test_network_renders_every_person_who_met_someone(page):
    assert page.evaluate(NODES) == 6
    assert page.evaluate(f"{COUNT}.persons") == "6" and page.evaluate(f"{COUNT}.meetings") == "5"
    labels = page.evaluate("Array.from(document.querySelectorAll('#mg-network .textpoint')).map(t => t.textContent)")
    assert "Arif Kelbeyli" in labels  # few persons in view: every name shows
    assert page.evaluate("document.querySelectorAll('#mg-timeline .bars path').length") > 0
    assert page.console == []


def test_the_page_loads_nothing_from_the_network(page):
    urls = page.evaluate("performance.getEntriesByType('resource').map(r => r.name)")
    assert all(not u.startswith(("http:", "https:")) for u in urls), urls


def test_date_filter_changes_the_visible_meetings(page):
    _reset(page)
    _set_date(page, "to", "2021-12-31")
    page.wait_for(f"{COUNT}.meetings === '1'")
    assert page.evaluate(NODES) == 2 and page.evaluate("meetgraphExplorer.state.shown.meetings") == ["MEETING:m1"]
    _set_date(page, "to", "2023-12-31")
    _set_date(page, "from", "2022-03-10")
    page.wait_for(f"{COUNT}.meetings === '3'")  # m3, m4 and m5 (undated, published in 2023)
    page.evaluate("(() => { const e = document.getElementById('mg-undated'); e.click(); })()")
    page.wait_for(f"{COUNT}.meetings === '2'")
    assert page.evaluate(NODES) == 3  # Durmaz, Qadri, Kelbeyli
    _reset(page)


def test_country_and_mode_filters(page):
    _reset(page)
    page.evaluate(
        "(() => { const e = document.getElementById('mg-country'); e.value = 'Georgia';"
        " e.dispatchEvent(new Event('change')); })()"
    )
    page.wait_for(f"{COUNT}.meetings === '1'")
    page.evaluate(
        "(() => { const e = document.getElementById('mg-country'); e.value = '';"
        " e.dispatchEvent(new Event('change')); const m = document.getElementById('mg-mode');"
        " m.value = 'video'; m.dispatchEvent(new Event('change')); })()"
    )
    page.wait_for(f"{COUNT}.meetings === '1'")
    assert page.evaluate("meetgraphExplorer.state.shown.meetings") == ["MEETING:m4"]
    _reset(page)


def test_clicking_a_person_lists_their_meetings_with_evidence_and_sources(page):
    _reset(page)
    _click_person(page, "Arif Kelbeyli")
    page.wait_for(f"{PANEL}.querySelector('h3') && {PANEL}.querySelector('h3').textContent.includes('Arif Kelbeyli')")
    assert page.evaluate(f"{PANEL}.dataset.meetings") == "4"
    text = page.evaluate(f"{PANEL}.textContent")
    assert "received Chief of General Staff Selim Durmaz in Baku" in text
    links = page.evaluate(f"Array.from({PANEL}.querySelectorAll('a[href]')).map(a => a.href)")
    assert "https://news.example.az/a1" in links and "https://trend.example.az/a2" in links
    _click_person(page, "Omar Qadri")
    page.wait_for(f"{PANEL}.querySelector('h3').textContent.includes('Omar Qadri')")
    assert page.evaluate(f"{PANEL}.dataset.meetings") == "1"
    if shot := os.environ.get("MEETGRAPH_SHOT"):
        page.screenshot(shot)
    _reset(page)


def test_clicking_a_link_lists_the_meetings_of_the_pair(page):
    _reset(page)
    a = page.evaluate("meetgraphExplorer.screenPosition('Arif Kelbeyli')")
    b = page.evaluate("meetgraphExplorer.screenPosition('Selim Durmaz')")
    page.click((a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2)
    page.wait_for(f"{PANEL}.querySelector('h3') && {PANEL}.querySelector('h3').textContent.includes('–')")
    assert page.evaluate(f"{PANEL}.dataset.meetings") == "3"
    _reset(page)


def test_search_selects_and_zooms_to_a_person(page):
    _reset(page)
    page.evaluate(
        "(() => { const e = document.getElementById('mg-search'); e.value = 'beridze';"
        " e.dispatchEvent(new Event('change')); })()"
    )
    page.wait_for(f"{PANEL}.querySelector('h3') && {PANEL}.querySelector('h3').textContent.includes('Nika Beridze')")
    assert (
        page.evaluate(
            "document.getElementById('mg-network')._fullLayout.xaxis.range[1] - "
            "document.getElementById('mg-network')._fullLayout.xaxis.range[0]"
        )
        < 20
    )
    _reset(page)


def _large_tables(n_persons: int = 600, n_meetings: int = 700) -> dict:
    """A corpus of 600 persons in 700 meetings (invented names), shaped like the outputs."""
    rng = random.Random(5)
    tables = dev_like_tables()
    countries = ["Azerbaijan", "Turkey", "Georgia", "Pakistan", "Kazakhstan", "Hungary", "Italy", "France"]
    persons = [
        {
            "node_id": f"PERSON:p{i}",
            "type": "PERSON",
            "name": f"Person{i} Testname{i % 37}",
            "aliases": [],
            "country": countries[i % len(countries)],
            "n_mentions": 1,
            "n_documents": 1,
        }
        for i in range(n_persons)
    ]
    meetings = []
    for j in range(n_meetings):
        hub = rng.randrange(40) if rng.random() < 0.5 else rng.randrange(n_persons)
        other = j % n_persons  # everyone meets someone
        if other == hub:
            continue
        ids = [f"PERSON:p{hub}", f"PERSON:p{other}"]
        meetings.append(
            {
                "meeting_id": f"MEETING:x{j}",
                "doc_id": "a1",
                "participants": ids,
                "participant_names": ids,
                "date": f"202{j % 4}-{1 + j % 12:02d}-15",
                "mode": "in_person",
                "status": "occurred",
                "topics": [],
                "evidence": f"Meeting {j}.",
                "confidence": 0.5,
                "para_idx": 0,
                "source_urls": [],
            }
        )
    import pandas as pd

    def conform(name, rows):
        df = pd.DataFrame(rows)
        for col in schema.TABLES[name].columns:
            if col.name not in df:
                df[col.name] = [[] if col.type == schema.LIST else None] * len(df)
        return schema.conform(df, schema.TABLES[name])

    tables["nodes"] = conform("nodes", persons)
    tables["meetings"] = conform("meetings", meetings)
    return tables


def test_explorer_stays_readable_with_600_persons(tmp_path):
    from pipeline import io

    out = tmp_path / "out"
    io.write_tables(_large_tables(), out)
    report = build_report(out)
    with Browser(width=1400, height=1000) as browser:
        browser.open(report.as_uri(), EXPLORER_READY, timeout=120)
        persons = int(browser.evaluate(f"{COUNT}.persons"))
        assert persons >= 500 and browser.evaluate(NODES) == persons
        labels = browser.evaluate(
            "Array.from(document.querySelectorAll('#mg-network .textpoint')).filter(t => t.textContent).length"
        )
        assert 0 < labels <= 15  # the whole graph in view: only the hubs are named
        box = browser.evaluate(
            "(() => { const r = document.getElementById('mg-network').getBoundingClientRect();"
            " return [r.width, r.height]; })()"
        )
        assert box[0] > 900 and box[1] >= 520  # the network uses the page
        browser.evaluate(
            "(() => { const p = meetgraphExplorer.data.persons[0];"
            " Plotly.relayout(document.getElementById('mg-network'),"
            " {'xaxis.range': [p.x - 3, p.x + 3], 'yaxis.range': [p.y - 2, p.y + 2]}); return null; })()"
        )
        browser.wait_for(
            "Array.from(document.querySelectorAll('#mg-network .textpoint')).filter(t => t.textContent).length > 0"
        )
        assert browser.console == []


def test_outputs_without_meetings_give_an_empty_explorer_without_errors(tmp_path):
    from pipeline import io

    tables = dev_like_tables()
    tables["meetings"] = schema.empty(schema.MEETINGS)
    io.write_tables(tables, tmp_path / "out")
    report = build_report(tmp_path / "out")
    with Browser() as browser:
        browser.open(report.as_uri(), EXPLORER_READY, timeout=120)
        assert browser.evaluate(f"{COUNT}.meetings") == "0" and browser.evaluate(NODES) == 0
        assert browser.console == []


def test_article_text_never_becomes_markup_in_the_explorer(tmp_path):
    from pipeline import io

    tables = dev_like_tables()
    hostile = 'Arif Kelbeyli met "Selim" <img src=x onerror="document.title=\'owned\'"> </script><b>bold</b>'
    tables["meetings"].loc[0, "evidence"] = hostile
    tables["nodes"].loc[tables["nodes"]["node_id"] == "PERSON:omar-qadri", "name"] = "Omar <i>Qadri</i>"
    io.write_tables(tables, tmp_path / "out")
    report = build_report(tmp_path / "out")
    with Browser() as browser:
        browser.open(report.as_uri(), EXPLORER_READY, timeout=120)
        browser.evaluate(
            "meetgraphExplorer.selectPerson(meetgraphExplorer.data.persons.findIndex("
            "p => p.name === 'Arif Kelbeyli'), false)"
        )
        browser.wait_for(f"{PANEL}.dataset.meetings === '4'")
        assert hostile in browser.evaluate(f"{PANEL}.textContent")
        assert browser.evaluate(f"{PANEL}.querySelectorAll('img').length") == 0
        assert (
            browser.evaluate(f"Array.from({PANEL}.querySelectorAll('b')).filter(b => b.textContent === 'bold').length")
            == 0
        )
        assert browser.evaluate("document.title") != "owned"
        assert browser.evaluate("document.querySelectorAll('#mg-network i').length") == 0
        assert browser.console == []


def test_persons_who_met_nobody_named_show_on_request(tmp_path):
    import pandas as pd

    from pipeline import io

    tables = dev_like_tables()
    lone = {
        "node_id": "PERSON:lina-varga",
        "type": "PERSON",
        "name": "Lina Varga",
        "aliases": [],
        "country": "Hungary",
        "n_mentions": 1,
        "n_documents": 1,
    }
    tables["nodes"] = schema.conform(
        pd.concat([tables["nodes"], pd.DataFrame([lone])], ignore_index=True), schema.NODES
    )
    solo = (
        tables["meetings"]
        .iloc[[0]]
        .assign(
            meeting_id="MEETING:m6",
            participants=[["PERSON:lina-varga"]],
            participant_names=[["Lina Varga"]],
            host=None,
            date="2021-07-20",
        )
    )
    tables["meetings"] = schema.conform(pd.concat([tables["meetings"], solo], ignore_index=True), schema.MEETINGS)
    io.write_tables(tables, tmp_path / "out")
    report = build_report(tmp_path / "out")
    with Browser() as browser:
        browser.open(report.as_uri(), EXPLORER_READY, timeout=120)
        assert (
            browser.evaluate(f"{COUNT}.persons") == "6" and browser.evaluate(NODES) == 6
        )  # by default: who met someone
        browser.evaluate("document.getElementById('mg-alone').click()")
        browser.wait_for(f"{COUNT}.persons === '7'")
        assert browser.evaluate(NODES) == 7
        browser.evaluate("document.getElementById('mg-reset').click()")
        browser.wait_for(f"{COUNT}.persons === '6'")
        browser.evaluate(
            "(() => { const e = document.getElementById('mg-search'); e.value = 'lina varga';"
            " e.dispatchEvent(new Event('change')); })()"
        )
        browser.wait_for(f"{PANEL}.dataset.meetings === '1'")
        assert browser.evaluate(NODES) == 7 and browser.evaluate("document.getElementById('mg-alone').checked")
        assert browser.console == []
