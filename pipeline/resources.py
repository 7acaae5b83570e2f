"""Domain knowledge kept as data in `models/`: located and read in one place."""

from __future__ import annotations

import json
import os
import re
from functools import cache
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
        raise ModelFileError(
            f"cannot read {path}: {reason} (set MEETGRAPH_MODELS to another models/ folder or restore the file)"
        ) from None


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
    """A JSON file of `models/`. The older place tables (`countries.json`, `meetings/places.json`) are views of
    the one gazetteer (`gazetteer.json`), extended by the old file where one still exists."""
    path = models_dir() / name
    view = _GAZETTEER_VIEWS.get(name)
    if view is None:
        return _load_json(path)
    return view(_load_json(path) if path.exists() else None)


def _load_json(path: Path):
    try:
        return json.loads(_read_text(path))
    except ModelFileError:
        raise
    except ValueError as exc:
        raise ModelFileError(f"{path}: invalid JSON ({exc})") from None


@cache
def gazetteer() -> dict:
    """`models/gazetteer.json`: country -> aliases, demonyms, capital, cities; alliances that stand for a country;
    forms too ambiguous to tag by pattern."""
    return _load_json(models_dir() / "gazetteer.json")


def _entries(section: str) -> dict[str, dict]:
    return {k: v for k, v in gazetteer().get(section, {}).items() if not k.startswith("_")}


def _countries_view(extra: dict | None) -> dict[str, list[str]]:
    """country -> every form naming it (name, aliases, demonyms): the shape of the old countries.json."""
    table = {c: [c, *e.get("aliases", []), *e.get("demonyms", [])] for c, e in _entries("countries").items()}
    for country, forms in (extra or {}).items():
        if not country.startswith("_"):
            table.setdefault(country, [country])
            table[country] += [f for f in forms if f not in table[country]]
    return table


def _places_view(extra: dict | None) -> dict:
    """{"countries": country -> aliases, demonyms, cities} with the alliances: the shape of the old places.json."""
    places = {
        c: {k: list(e.get(k, [])) for k in ("aliases", "demonyms", "cities")}
        for c, e in {**_entries("countries"), **_entries("international")}.items()
    }
    for country, info in ((extra or {}).get("countries") or {}).items():
        entry = places.setdefault(country, {"aliases": [], "demonyms": [], "cities": []})
        for key in ("aliases", "demonyms", "cities"):
            entry[key] += [x for x in info.get(key, []) if x not in entry[key]]
    return {"_doc": gazetteer().get("_doc", ""), "countries": places}


_GAZETTEER_VIEWS = {"countries.json": _countries_view, "meetings/places.json": _places_view}


@cache
def outlets() -> frozenset[str]:
    """News outlets, agencies and platforms, case-folded: outlets.txt and news_outlets_world.txt."""
    names = read_lines("outlets.txt")
    if (models_dir() / "news_outlets_world.txt").exists():
        names += read_lines("news_outlets_world.txt")
    return frozenset(line.casefold() for line in names)


@cache
def junk_line_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in read_lines("junk_lines.txt"))


@cache
def patronymic_words() -> frozenset[str]:
    """Words meaning "son/daughter of" inside names (patronymic_words.txt)."""
    return frozenset(read_lines("patronymic_words.txt"))


@cache
@cache
def name_particles() -> frozenset[str]:
    """Lower-case particles inside names ("bin", "von der"; name_particles.txt)."""
    return frozenset(read_lines("name_particles.txt"))


def name_suffixes() -> frozenset[str]:
    """Generational suffixes ("Jr.", "III"), folded and without their dot: part of a name, never an acronym."""
    return frozenset(read_json("resolve.json")["name_suffixes"]["words"])
