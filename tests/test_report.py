from __future__ import annotations

import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.analyst_tables import write_tiny_output


@pytest.fixture()
def tiny_output(tmp_path):
    out = tmp_path / "out"
    write_tiny_output(out)
    return out


def test_report_is_self_contained_and_escapes_article_text(tiny_output):
    result = CliRunner().invoke(app, ["report", "--output", str(tiny_output)])
    assert result.exit_code == 0, result.output
    page = (tiny_output / "report.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;x&lt;/script&gt;" in page and "<script>" not in page
    assert "Chief of &lt;Staff&gt;" in page
    assert page.count("data:image/png;base64,") == 2
    assert 'src="http' not in page and "<link" not in page
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
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         f"--screenshot={shot}", "--window-size=1200,1600", (tiny_output / "report.html").as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few KB
