"""The package layout is the architecture: imports only point down the layers.

core (schema, resources, faults, text) < nlp < stages < io < runtime < analyst < cli.
A stage never reads files or knows how it is run; the spaCy side never knows the stages.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
LAYERS = ["core", "nlp", "stages", "io", "runtime", "analyst", "cli"]
TOP_LEVEL = {"cli": "cli", "__main__": "cli", "__init__": "cli"}  # other top-level modules are core


def layer_of(module: str) -> str:
    """Layer of a dotted module name inside `pipeline`."""
    parts = module.split(".")[1:]
    if not parts:
        return "cli"
    if parts[0] in LAYERS:
        return parts[0]
    return TOP_LEVEL.get(parts[0], "core")


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__" and len(parts) > 2:
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> set[str]:
    """Every `pipeline...` module a file imports, at any depth (lazy imports count)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("pipeline.")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "pipeline":
            if node.module == "pipeline":
                found |= {f"pipeline.{alias.name}" for alias in node.names if alias.name != "__version__"}
            else:
                found.add(node.module)
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path):
    own = LAYERS.index(layer_of(module_name(path)))
    upward = sorted(m for m in imported_modules(path) if LAYERS.index(layer_of(m)) > own)
    assert not upward, f"{module_name(path)} ({LAYERS[own]}) imports upward: {upward}"


def test_layer_of_reads_folders():
    assert layer_of("pipeline.stages.relate") == "stages"
    assert layer_of("pipeline.nlp.frames") == "nlp"
    assert layer_of("pipeline.schema") == "core"
    assert layer_of("pipeline.cli") == "cli"


def test_checker_catches_an_upward_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from pipeline.runtime import runner\n    from pipeline import io\n")
    assert imported_modules(bad) == {"pipeline.runtime", "pipeline.io"}
    assert LAYERS.index(layer_of("pipeline.runtime")) > LAYERS.index("stages")
