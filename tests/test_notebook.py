"""Execute notebooks/explore.ipynb with a real Jupyter kernel on the sample pipeline output."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_explore_notebook_runs_on_sample_output(sample_output, tmp_path, monkeypatch):
    pytest.importorskip("ipykernel")
    from jupyter_client.kernelspec import KernelSpecManager
    from nbclient import NotebookClient

    # A kernel spec that runs this interpreter (the venv's), not whatever `python3` is on PATH.
    spec_dir = tmp_path / "kernels"
    KernelSpecManager().install_kernel_spec(_write_spec(tmp_path / "spec"), "meetgraph-test", prefix=str(spec_dir))
    monkeypatch.setenv("JUPYTER_PATH", str(spec_dir / "share" / "jupyter"))
    # As `jupyter lab notebooks/explore.ipynb` runs it: the kernel starts in notebooks/ and the output folder is
    # given relative to the project folder (like the default data/out).
    monkeypatch.setenv("MEETGRAPH_OUTPUT", os.path.relpath(sample_output, ROOT))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        notebook, kernel_name="meetgraph-test", timeout=300, resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    ).execute()

    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert printed.strip(), "the notebook names the person it shows"
    assert any("image/png" in o.get("data", {}) for o in outputs), "the network plot is drawn"


def _write_spec(folder: Path) -> str:
    import json

    folder.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "meetgraph test",
        "language": "python",
    }
    (folder / "kernel.json").write_text(json.dumps(spec))
    return str(folder)
