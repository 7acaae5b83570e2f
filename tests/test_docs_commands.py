"""Every command block in README.md and docs/*.md runs as written, on the sample articles, after `make install`.

Blocks are fenced ```bash / ```sh / ```python. A block preceded by `<!-- illustrative: reason -->` is skipped
explicitly (placeholder paths, minutes-long benchmarks, a browser or a Jupyter server). The blocks run in
document order in a scratch copy of the project (Makefile, data/raw, tests/gold, notebooks; `.venv` linked), so
the checkout's own data/out is never touched.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUN_LANGUAGES = {"bash": "shell", "sh": "shell", "shell": "shell", "python": "python"}
# Pages this test does not mark itself: every block in them is illustrative for the reason given.
ILLUSTRATIVE_PAGES = {"docs/performance.md": "benchmarks of minutes and a dask cluster on other hosts"}
MARKER = re.compile(r"<!--\s*illustrative:\s*(.+?)\s*-->")
FENCE = re.compile(r"^```(\S*)\s*$")


@dataclass
class Block:
    page: str
    line: int
    kind: str
    code: str
    skip: str | None

    @property
    def id(self) -> str:
        return f"{self.page}:{self.line}"


def blocks() -> list[Block]:
    found = []
    for path in DOCS:
        page = path.relative_to(ROOT).as_posix()
        lines = path.read_text(encoding="utf-8").splitlines()
        i = 0
        while i < len(lines):
            m = FENCE.match(lines[i])
            if not m:
                i += 1
                continue
            start, lang = i, m.group(1).lower()
            end = next(j for j in range(i + 1, len(lines)) if lines[j].startswith("```"))
            if lang in RUN_LANGUAGES:
                before = next((lines[j] for j in range(start - 1, -1, -1) if lines[j].strip()), "")
                marker = MARKER.search(before)
                skip = marker.group(1) if marker else ILLUSTRATIVE_PAGES.get(page)
                found.append(Block(page, start + 1, RUN_LANGUAGES[lang], "\n".join(lines[start + 1 : end]), skip))
            i = end + 1
    return found


BLOCKS = blocks()


def test_the_pages_have_commands_and_mark_what_they_skip():
    run = [b for b in BLOCKS if b.skip is None]
    assert len(run) >= 8
    assert {b.page for b in run} >= {"README.md", "docs/analyst.md"}
    for page in DOCS:  # an indented block would escape this test: commands are fenced
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"\n\n    (make|meetgraph|\.venv|python) ", text), page.name


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    if not (ROOT / ".venv" / "bin" / "meetgraph").exists():
        pytest.skip("needs `make install` (the documented commands call .venv/bin/meetgraph)")
    if shutil.which("make") is None:
        pytest.skip("needs GNU make")
    work = tmp_path_factory.mktemp("project")
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, work / name)
    for folder in ("data/raw", "tests/gold", "notebooks"):
        shutil.copytree(ROOT / folder, work / folder)
    (work / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    return work


@pytest.mark.slow
@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_documented_block_runs_as_written(block, workspace):
    if block.skip:
        pytest.skip(f"illustrative: {block.skip}")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHONPATH"))}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    if block.kind == "shell":
        command = ["bash", "-euo", "pipefail", "-c", block.code]
    else:
        command = [str(workspace / ".venv" / "bin" / "python"), "-c", block.code]
    result = subprocess.run(command, cwd=workspace, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, (
        f"{block.id} failed:\n{block.code}\n--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"
    )
    assert "Traceback" not in result.stderr, block.id
