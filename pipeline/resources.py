"""Domain knowledge kept as data in `models/`: located and read in one place."""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path


def models_dir() -> Path:
    """The `models/` folder: `$MEETGRAPH_MODELS`, else the one beside the package."""
    return Path(os.environ.get("MEETGRAPH_MODELS", Path(__file__).resolve().parent.parent / "models"))


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a text file in `models/`."""
    lines = (models_dir() / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_json(name: str):
    return json.loads((models_dir() / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def outlets() -> frozenset[str]:
    return frozenset(line.casefold() for line in read_lines("outlets.txt"))


@lru_cache(maxsize=None)
def junk_line_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in read_lines("junk_lines.txt"))
