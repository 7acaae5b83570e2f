"""Stage 4, resolve: one node per real entity across all documents.

Persons: inside a document, a surname-only mention joins the most recent full name with that surname;
across documents, people join when their folded surnames are alike (rapidfuzz) and their first names,
or failing those their country or post, agree. Ranks and titles written right before a name (or after
it, set off by a comma) become HAS_RANK / HOLDS_TITLE edges of that document. A nominal reference (REF:
"the minister", "the Turkish ambassador") is linked to the latest person in the document it fits.
Other types are keyed by their canonical form (`norm`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

import pandas as pd
import numpy as np
from rapidfuzz import fuzz, process

from pipeline import resources, schema
from pipeline.nlp.entities import countries, demonyms

SURNAME_SIMILARITY = 85
FIRST_NAME_SIMILARITY = 75


@lru_cache(maxsize=None)
def ref_fits() -> dict[str, tuple[str, ...]]:
    """REF head word -> words one of which the person's rank or title must contain (models/meetings/ref_fits.json)."""
    return {head: tuple(words) for head, words in resources.read_json("meetings/ref_fits.json")["fits"].items()}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).replace("ı", "i")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def node_id(label: str, name: str) -> str:
    return f"{label}:{slug(name)}"


@lru_cache(maxsize=1 << 16)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(re.sub(r"[^a-z0-9 ]+", " ", fold(name)).split())


class _Person:
    """One person as one document reports them."""

    def __init__(self, doc_id: str, name: str):
        self.doc_id, self.names, self.ranks, self.titles, self.countries = doc_id, [name], [], [], []

    @property
    def full(self) -> tuple[str, ...]:
        return _tokens(max(self.names, key=lambda n: len(n.split())))


def _same_person(a: _Person, b: _Person) -> bool:
    fa, fb = a.full, b.full
    if not fa or not fb or fuzz.ratio(fa[-1], fb[-1]) < SURNAME_SIMILARITY:
        return False
    if len(fa) > 1 and len(fb) > 1:
        return fuzz.ratio(fa[0], fb[0]) >= FIRST_NAME_SIMILARITY
    shared_country = set(a.countries) & set(b.countries)
    shared_post = {fold(t) for t in a.titles} & {fold(t) for t in b.titles}
    return bool(shared_country or shared_post) or fa[-1] == fb[-1]


def _similar_surnames(surnames: list[str]) -> dict[str, list[str]]:
    """Surname -> the surnames at least SURNAME_SIMILARITY alike (itself included), by blocks of rows so
    memory stays bounded; the blocking step that keeps cross-document joining sub-quadratic in persons."""
    similar: dict[str, list[str]] = {s: [] for s in surnames}
    for start in range(0, len(surnames), 2000):
        block = surnames[start : start + 2000]
        scores = process.cdist(block, surnames, scorer=fuzz.ratio, score_cutoff=SURNAME_SIMILARITY,
                               dtype=np.uint8, workers=-1)
        for i, j in zip(*np.nonzero(scores)):
            similar[block[i]].append(surnames[j])
    return similar


def _group_people(people: list[_Person], live: list[int]) -> list[list[int]]:
    """Join the per-document persons into real people, in document order.

    A person joins the first earlier group it is alike with (`_same_person` against one member per
    distinct full name) that has no member from the same document; otherwise it starts a group.
    Only groups under alike surnames are compared, so the cost grows with persons, not their pairs.
    """
    full = {p: people[p].full for p in live}
    live = [p for p in live if full[p]]
    similar = _similar_surnames(sorted({full[p][-1] for p in live}))
    groups: list[list[int]] = []
    by_surname: dict[str, list[int]] = {}  # surname -> indexes of groups with a member of that surname
    docs: list[set[str]] = []
    faces: list[dict[tuple, int]] = []  # per group: distinct full name -> its first member
    for p in live:
        surname = full[p][-1]
        target = None
        for g in sorted({g for s in similar[surname] for g in by_surname.get(s, [])}):
            if people[p].doc_id in docs[g]:
                continue
            if any(_same_person(people[p], people[m]) for m in faces[g].values()):
                target = g
                break
        if target is None:
            target = len(groups)
            groups.append([])
            docs.append(set())
            faces.append({})
        groups[target].append(p)
        docs[target].add(people[p].doc_id)
        faces[target].setdefault(tuple(full[p]), p)
        if target not in by_surname.setdefault(surname, []):
            by_surname[surname].append(target)
    return groups


def _relabel_surnames(mentions: pd.DataFrame) -> pd.Series:
    """A name the model labelled ORG/GPE/LOC that is the surname of a person in the document is a PERSON."""
    persons = mentions[mentions["label"] == "PERSON"]
    surnames = pd.MultiIndex.from_arrays([persons["doc_id"], persons["text"].str.split().str[-1]])
    candidate = mentions["label"].isin(["ORG", "GPE", "LOC", "NORP"]) & ~mentions["text"].isin(countries())
    wrong = candidate & pd.MultiIndex.from_arrays([mentions["doc_id"], mentions["text"]]).isin(surnames)
    return mentions["label"].mask(wrong, "PERSON")


def _attach(doc_rows: list[dict], person_of: dict, people: list[_Person]) -> list[tuple]:
    """Rank, title and country written next to each person mention; returns (person, kind, value) facts.

    `doc_rows`: the document's mention records, in (paragraph, start) order.
    """
    facts = []
    paras: dict = {}
    for row in doc_rows:
        paras.setdefault(row["para_idx"], []).append(row)
    for rows in paras.values():
        for i, row in enumerate(rows):
            if row["label"] != "PERSON" or row["row_key"] not in person_of:  # no Latin letters: no person
                continue
            person = people[person_of[row["row_key"]]]
            edge, last = row["start"], "PERSON"
            for prev in reversed(rows[:i]):
                # next to the name, or set off by a comma or bracket; titles joined by "and"
                gap = 5 if prev["label"] == "TITLE" and last == "TITLE" else 2
                if edge - prev["end"] > gap or prev["label"] not in {"RANK", "TITLE", "NORP", "GPE", "ORG"}:
                    break
                last = prev["label"]
                if prev["label"] in {"NORP", "GPE"}:
                    person.countries.append(prev["norm"])
                elif prev["label"] == "ORG":
                    facts.append((person, "ORG", prev["row_key"]))
                else:
                    facts.append((person, prev["label"], prev["norm"]))
                    if prev["label"] == "TITLE":
                        facts += _bodies_in(prev, rows, person)
                edge = prev["start"]
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            if nxt is not None and nxt["label"] == "TITLE" and nxt["start"] - row["end"] == 2:
                facts.append((person, "TITLE", nxt["norm"]))
                facts += _bodies_in(nxt, rows, person)
    for person, kind, value in facts:
        if kind == "ORG":
            continue
        (person.ranks if kind == "RANK" else person.titles).append(value)
        country = next((countries()[w] for w in re.findall(r"[\w’']+", value) if w in countries()), None)
        if kind == "TITLE" and country and " to " not in value:
            person.countries.append(country)
    return facts


def _is_counterpart(value: str) -> bool:
    return str(value).lower().endswith("counterpart")


def _counterpart_titles(facts: list[tuple]) -> list[tuple]:
    """'his counterpart X': X holds the latest other person's title (without its 'of <Country>')."""
    out = []
    for n, (person, kind, value) in enumerate(facts):
        if kind != "TITLE" or not _is_counterpart(value):
            out.append((person, kind, value))
            continue
        other = next((v for p, k, v in reversed(facts[:n]) if k == "TITLE" and p is not person
                      and not _is_counterpart(v)), None)
        person.titles.remove(value)
        if other is not None:
            title = re.sub(r" of (the )?(Republic of )?\S+$", "", other) if other.split()[-1] in countries() else other
            person.titles.append(title)
            out.append((person, kind, title))
    return out


def _bodies_in(title: dict, rows: list[dict], person: _Person) -> list[tuple]:
    """MEMBER_OF facts: the bodies named inside a person's title ("Commander of the Turkish Land Forces")."""
    return [(person, "ORG", r["row_key"]) for r in rows if r["label"] == "ORG"
            and title["start"] <= r["start"] and r["end"] <= title["end"]]


def _title_name(text: str) -> str:
    words = str(text).split()
    while words and (words[0].lower() in {"the", "his", "her"} or words[0] in countries()):
        words = words[1:]
    return " ".join(words) or str(text)


def _resolve_ref(ref: dict, before: list[tuple[tuple, int, _Person]]) -> int | None:
    """The person a nominal reference fits: latest sentence with a fitting person, its first such person.

    The first fitting person of a sentence is usually its subject, whom a following "the minister" means.
    A country in the reference ("the Turkish ambassador") must agree; a person of unknown country fits
    when nobody of that country does.
    """
    head = str(ref["text"]).split()[-1].lower()
    fits = ref_fits().get(head)
    if fits is None:
        return None
    country = next((countries()[w] for w in re.findall(r"[\w’']+", str(ref["text"])) if w in countries()), None)
    fitting = [(where, pid, person) for where, pid, person in before
               if any(f in " ".join(person.ranks + person.titles).lower() for f in fits)]
    if country is not None:
        same = [c for c in fitting if country in c[2].countries]
        fitting = same or [c for c in fitting if not c[2].countries]
    if not fitting:
        return None
    latest = fitting[-1][0]
    return next(pid for where, pid, _ in fitting if where == latest)


def resolve_entities(mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Link mentions to nodes.

    Args:
        mentions: fanned-out mentions (doc_id, para_idx, start, end, text, label, sent_idx, is_boilerplate,
            norm).

    Returns:
        (mentions with node_id, nodes, entity edges: HAS_RANK, HOLDS_TITLE, MEMBER_OF, PARTICIPATED_IN).
    """
    # plain Python strings: this stage walks the rows, and iterating Arrow-backed strings is ~10x slower
    mentions = mentions.astype({c: object for c in ("doc_id", "text", "label", "norm") if c in mentions})
    if "norm" not in mentions:
        mentions["norm"] = mentions["text"]
    mentions["norm"] = mentions["norm"].fillna(mentions["text"]).astype(str)
    mentions["text"] = mentions["text"].astype(str).str.strip()
    mentions["label"] = _relabel_surnames(mentions)
    mentions.loc[mentions["label"] == "PERSON", "norm"] = mentions["text"]
    mentions["row_key"] = range(len(mentions))
    mentions = mentions.sort_values(["doc_id", "para_idx", "start"], kind="stable")

    people: list[_Person] = []
    person_of: dict[int, int] = {}
    ref_of: dict[int, int | None] = {}
    doc_facts = []
    for doc_id, doc_rows in _rows_by_document(mentions):
        local: list[int] = []
        doc_keys: list[int] = []
        for row in (r for r in doc_rows if r["label"] == "PERSON"):
            text = row["text"]
            toks = _tokens(text)
            if not toks:
                continue
            same = [p for p in local if people[p].full[-1] == toks[-1] or
                    fuzz.ratio(people[p].full[-1], toks[-1]) >= 90]
            if len(toks) > 1:
                same = [p for p in same if len(people[p].full) == 1 or fuzz.ratio(people[p].full[0], toks[0]) >= 90]
            if same:
                pid = same[-1]
                people[pid].names.append(text)
                local.remove(pid)
                local.append(pid)
            else:
                people.append(_Person(doc_id, text))
                pid = len(people) - 1
                local.append(pid)
            person_of[row["row_key"]] = pid
            doc_keys.append(row["row_key"])
        # a surname-only person later given in full joins it
        for pid in list(local):
            if len(people[pid].full) == 1:
                fuller = [q for q in local if q != pid and len(people[q].full) > 1
                          and people[q].full[-1] == people[pid].full[-1]]
                if len(fuller) == 1:
                    people[fuller[0]].names += people[pid].names
                    for k in doc_keys:
                        if person_of[k] == pid:
                            person_of[k] = fuller[0]
                    local.remove(pid)
        facts = _counterpart_titles(_attach(doc_rows, person_of, people))
        doc_facts += [(doc_id, *f) for f in facts]
        seen: list[tuple[tuple, int, _Person]] = []
        for row in doc_rows:
            if row["label"] == "PERSON" and row["row_key"] in person_of:
                pid = person_of[row["row_key"]]
                seen.append(((row["para_idx"], row["sent_idx"]), pid, people[pid]))
            elif row["label"] == "REF":
                ref_of[row["row_key"]] = _resolve_ref(row, seen)

    # across documents: each person joins the first earlier group it is alike with (see `_group_people`)
    live = sorted(set(person_of.values()))
    groups = _group_people(people, live)
    person_node: dict[int, str] = {}
    person_rows = []
    for members in groups:
        names = [n for p in members for n in people[p].names]
        longest = max(len(n.split()) for n in names)
        name = Counter(n for n in names if len(n.split()) == longest).most_common(1)[0][0]
        nid = node_id("PERSON", name)
        for p in members:
            person_node[p] = nid
        ranks = [r for p in members for r in people[p].ranks]
        titles = [_title_name(t) for p in members for t in people[p].titles]
        country = Counter(c for p in members for c in people[p].countries).most_common(1)
        person_rows.append({"node_id": nid, "name": name, "aliases": sorted(set(names) - {name}),
                            "country": country[0][0] if country else None,
                            "rank": ranks[-1] if ranks else None, "title": titles[-1] if titles else None})

    def canonical(label: str, norm: str, row_key: int) -> str | None:
        if label == "PERSON":
            return person_node.get(person_of.get(row_key))
        if label == "REF":
            pid = ref_of.get(row_key)
            return person_node.get(pid) if pid is not None else None
        if label not in schema.ENTITY_TYPES:
            return None
        if label == "TITLE":
            return None if _is_counterpart(norm) else node_id("TITLE", _title_name(norm))
        return node_id(label, norm)

    mentions["node_id"] = [canonical(*r) for r in zip(mentions["label"], mentions["norm"], mentions["row_key"])]
    _org_country_from_document(mentions)

    person_info = {r["node_id"]: r for r in person_rows}
    linked = mentions[mentions["node_id"].notna()]
    found: dict[str, dict] = {}  # node_id -> first label, surface forms, norms, documents, mention count
    for nid, label, text, norm, doc_id in zip(linked["node_id"], linked["label"], linked["text"], linked["norm"],
                                              linked["doc_id"]):
        node = found.get(nid)
        if node is None:
            node = found[nid] = {"label": label, "surface": set(), "norms": Counter(), "docs": set(), "n": 0}
        node["surface"].add(text)
        node["norms"][norm] += 1
        node["docs"].add(doc_id)
        node["n"] += 1
    rows = []
    for nid in sorted(found):
        node = found[nid]
        label = node["label"]
        if label == "REF":  # a person known only from references is no node
            continue
        info = person_info.get(nid)
        if info is None:
            name = node["norms"].most_common(1)[0][0]
            if label == "TITLE":
                name = _title_name(name)
            info = {"name": name, "aliases": sorted(node["surface"] - {name}),
                    "country": _org_base(name)[1] if label == "ORG" else None, "rank": None, "title": None}
        rows.append({"node_id": nid, "type": label, **{k: info[k] for k in ("name", "aliases", "country", "rank",
                                                                           "title")},
                     "n_mentions": node["n"], "n_documents": len(node["docs"])})
    nodes = pd.DataFrame(rows, columns=schema.NODES.names)

    node_of_row = dict(zip(mentions["row_key"], mentions["node_id"]))
    relation = {"RANK": "HAS_RANK", "TITLE": "HOLDS_TITLE", "ORG": "MEMBER_OF"}
    index = {id(p): i for i, p in enumerate(people)}
    edge_rows = []
    for doc_id, person, kind, value in doc_facts:
        source = person_node.get(index[id(person)])
        if kind == "ORG":
            target = node_of_row.get(value)
        else:
            target = node_id(kind, value if kind == "RANK" else _title_name(value))
        if source is None or target is None:
            continue
        edge_rows.append({"source": source, "target": target, "doc_id": doc_id, "relation": relation[kind],
                          "confidence": 0.9})
    edge_rows += _participation(mentions)
    edges = pd.DataFrame(edge_rows, columns=schema.EDGES.names).drop_duplicates(
        ["relation", "source", "target", "doc_id"])
    mentions = mentions.sort_values("row_key").drop(columns=["row_key"]).reset_index(drop=True)
    return mentions, nodes, edges


ROW_FIELDS = ("doc_id", "para_idx", "sent_idx", "start", "end", "text", "label", "norm", "row_key")


def _rows_by_document(mentions: pd.DataFrame) -> Iterator[tuple[str, list[dict]]]:
    """(doc_id, its mention rows as dicts) for mentions sorted by document; one document's dicts at a time."""
    columns = zip(*(mentions[c].tolist() for c in ROW_FIELDS))
    for doc_id, rows in groupby(columns, key=itemgetter(0)):
        yield doc_id, [dict(zip(ROW_FIELDS, row)) for row in rows]


def _org_base(norm: str) -> tuple[str, str | None]:
    """(body, country) of a canonical body name: `Turkish General Staff` -> (`General Staff`, `Turkey`)."""
    head, _, tail = norm.rpartition(" of ")
    if head and tail in demonyms():
        return head, tail
    first, _, rest = norm.partition(" ")
    country = countries().get(first)
    return (rest, country) if rest and country else (norm, None)


def _org_country_from_document(mentions: pd.DataFrame) -> None:
    """A body named without its country ("the Defence Ministry") is the one named with it in the document."""
    orgs = mentions[mentions["label"] == "ORG"]
    qualified: dict[tuple[str, str], set[str]] = {}  # (document, body) -> its names with a country
    for doc_id, norm in zip(orgs["doc_id"], orgs["norm"]):
        base, country = _org_base(norm)
        if country:
            qualified.setdefault((doc_id, base), set()).add(norm)
    index, fulls = [], []
    for idx, doc_id, norm in zip(orgs.index, orgs["doc_id"], orgs["norm"]):
        fits = qualified.get((doc_id, norm), ())
        if len(fits) == 1:
            index.append(idx)
            fulls.append(next(iter(fits)))
    if index:
        mentions.loc[index, "norm"] = fulls
        mentions.loc[index, "node_id"] = [node_id("ORG", full) for full in fulls]


def _participation(mentions: pd.DataFrame) -> list[dict]:
    """PARTICIPATED_IN: countries and bodies named in the same sentence as an exercise."""
    sentences: dict[tuple, tuple[dict, dict]] = {}  # (doc, para, sentence) -> (exercises, parties), ordered
    linked = mentions[mentions["node_id"].notna()]
    for doc_id, para_idx, sent_idx, label, nid in zip(
        linked["doc_id"], linked["para_idx"], linked["sent_idx"], linked["label"], linked["node_id"]
    ):
        if label in ("EXERCISE", "GPE", "ORG"):
            exercises, parties = sentences.setdefault((doc_id, para_idx, sent_idx), ({}, {}))
            (exercises if label == "EXERCISE" else parties)[nid] = None
    return [{"source": p, "target": x, "relation": "PARTICIPATED_IN", "doc_id": key[0], "confidence": 0.5}
            for key, (exercises, parties) in sentences.items() for x in exercises for p in parties]
