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


class ModelFileError(ValueError):
    """A file in `models/` is missing or broken; the message names it."""


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ModelFileError(f"cannot read {path}: {reason} (set MEETGRAPH_MODELS to another models/ folder "
                             f"or restore the file)") from None


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a text file in `models/`."""
    lines = _read_text(models_dir() / name).splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for lineno, line in enumerate(_read_text(Path(path)).splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise ModelFileError(f"{path} line {lineno}: invalid JSON ({exc})") from None
    return rows


def read_json(name: str):
    path = models_dir() / name
    try:
        return json.loads(_read_text(path))
    except ModelFileError:
        raise
    except ValueError as exc:
        raise ModelFileError(f"{path}: invalid JSON ({exc})") from None


@lru_cache(maxsize=None)
def outlets() -> frozenset[str]:
    return frozenset(line.casefold() for line in read_lines("outlets.txt"))


@lru_cache(maxsize=None)
def junk_line_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in read_lines("junk_lines.txt"))
