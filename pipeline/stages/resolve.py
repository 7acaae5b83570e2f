"""Stage 4, resolve: one node per real entity across all documents.

Persons: inside a document, a surname-only mention joins the most recent full name with that surname;
across documents, people join when their folded surnames are alike (rapidfuzz) and their first names
agree (an initial only the same initial); a surname written alone joins the one person of that surname it fits
(by country or post where several do), never one of several, so it never bridges two given names. Ranks and titles written right before a name (or after
it, set off by a comma) become HAS_RANK / HOLDS_TITLE edges of that document. A nominal reference (REF:
"the minister", "the Turkish ambassador") is linked to the latest person in the document it fits.
A person's country comes from the demonym, country, post or body written with the name; failing those it is
guessed from the sentence, then the document. A one-word name with no rank or title in its document is no
person. Other types are keyed by their canonical form (`norm`); a body's bracketed acronym and a name found
as an exercise keep that meaning across their document.

Steps: `prepare_mentions`, in-document linking (`link_document`), cross-document grouping (`group_people`),
node building (`person_nodes`, `assign_nodes`, `build_nodes`) and edge building (`build_edges`). Similarity
thresholds, edge confidences and word families are in models/resolve.json. `resolve_in_batches` runs the same steps
over the mentions one batch of documents at a time (a run's: memory bounded by a batch and the persons).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import groupby
from operator import itemgetter

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from pipeline import faults, resources, schema
from pipeline.nlp.entities import (
    body_heads,
    cities,
    compound_fits,
    countries,
    country_table,
    crown_prefixes,
    demonyms,
    longest_country_name,
    name_particles,
    not_name_words,
    org_name,
    portfolio_words,
    post_fits,
    ref_fits,
    strip_honorifics,
    title_abbreviations,
)
from pipeline.nlp.frames import cues as meeting_cues
from pipeline.nlp.language import written_without_spaces
from pipeline.text import fold, slug


@cache
def rules() -> dict:
    """Similarity thresholds, edge confidences and word families of this stage (models/resolve.json)."""
    return resources.read_json("resolve.json")


def similarity(kind: str) -> int:
    """How alike (rapidfuzz ratio) two folded name words must be: `surname`, `first_name`, `in_document_*`."""
    return rules()["similarity"][kind]


def confidence(kind: str) -> float:
    """Confidence of an entity edge: `written_with_name` or `participated_in`."""
    return rules()["confidence"][kind]


@cache
def determiners() -> frozenset[str]:
    return frozenset(rules()["determiners"]["words"])


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@cache
def country_tail() -> re.Pattern:
    """The country a post ends in: " of [the] [Republic of] [the] <country>"."""
    states = _alternation(rules()["state_forms"]["words"])
    return re.compile(rf" of (the )?(({states}) of )?(the )?(?P<country>[\w’'. -]+)$")


@cache
def plural_post() -> re.Pattern:
    """A post head in the plural at the end of a post ("Defence Ministers")."""
    return re.compile(rf"({_alternation(rules()['plural_posts']['heads'])})(s|ies)$", re.IGNORECASE)


@cache
def counterpart_tail() -> re.Pattern:
    """The country a counterpart's post ends in (" of the Republic of X"), cut off the post it takes."""
    return re.compile(rules()["counterpart"]["country_tail"])


def node_id(label: str, name: str) -> str:
    return f"{label}:{slug(name)}"


@lru_cache(maxsize=1 << 16)
def _tokens(name: str) -> tuple[str, ...]:
    """Folded name words, without a generational suffix at the end ("Jr.", "III"); a given name hyphened before a
    lower-case syllable ("Dae-hwan") is one word, or two Korean names of one family name and one last syllable
    ("Cho Dae-hwan", "Cho Min-hwan") would be one surname "hwan" and one given name "cho"."""
    folded = fold(re.sub(r"(?<=\w)-(?=[a-z])", "", name))
    # Latin letters and digits; a name in another script keeps its own letters
    words = re.sub(r"[^a-z0-9 ]+", " ", folded).split() or re.sub(r"[\W_]+", " ", folded).split()
    while len(words) > 1 and words[-1] in resources.name_suffixes():
        words.pop()
    return tuple(words)


def _first_names_agree(a: str, b: str) -> bool:
    """Same first name in another spelling ("Konstantinos"/"Constantine", "Sergey"/"Sergei"), or one is the
    other's initial ("Z" for "Zakir")."""
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return fuzz.ratio(a, b) >= similarity("in_document_first_name")


def _other_form(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two written forms of one name in one document: the same words in another order (a family name written
    first or last), the same letters split otherwise ("Jin-sung"/"Jinsung"), or the shorter a run of the longer:
    its tail ("Tuul-Erdene" in "Batbold Tuul-Erdene", "Omar Rafiq" in "Syed Omar Rafiq"). Not a tail that
    begins with a particle ("Al-Rashid", "Al Rashid": a family's name, shared by its members), nor one right after
    "bin" (a parent's name); and a given and a father's name without the family's ("Sabir bin Daud" for
    "Sabir bin Daud Al Harbi"). Other runs inside a longer name are left apart: on real articles they joined
    people the text keeps apart as often as it helped."""
    if len(a) < 2 or len(b) < 2:
        return False
    if sorted(a) == sorted(b) or "".join(a) == "".join(b):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == len(long_):
        return False
    parent = resources.patronymic_words()
    runs = [
        i
        for i in range(len(long_) - len(short) + 1)
        if long_[i : i + len(short)] == short and not (i > 0 and long_[i - 1] in parent)
    ]  # "Hamad Al Rashid" in "Tamim bin Hamad Al Rashid": his father
    family = short[0] in name_particles()
    # "Sabir bin Daud" for "Sabir bin Daud Al Harbi": a given and a father's name without the family's
    without_family = 0 in runs and any(w in parent for w in short[1:]) and long_[len(short)] in name_particles()
    return not family and (len(long_) - len(short) in runs or without_family)


def is_name(text: str) -> bool:
    """A person's name has a letter, in any script: a flag, emoji, symbol or number is never a person, nor is
    a hashtag or an @handle of an embedded post."""
    text = str(text).strip()
    return not text.startswith(("#", "@")) and any(c.isalpha() for token in _tokens(text) for c in token)


def _entity_text(text: str) -> bool:
    return any(c.isalnum() for c in text)


class _Person:
    """One person as one document reports them."""

    # (slots, and `freeze`: a run holds one per person of every document until persons are grouped across them)
    LISTS = ("names", "ranks", "titles", "countries", "honoured", "guesses", "weak_guesses")
    __slots__ = ("doc_id", "counterpart", *LISTS)

    def __init__(self, doc_id: str, name: str):
        self.doc_id, self.names, self.ranks, self.titles, self.countries = doc_id, [name], [], [], []
        self.honoured: list[str] = []  # names as written with an honorific that may be part of the name ("Syed X")
        self.guesses: list[str] = []  # countries only guessed from the sentence or document around the person
        self.weak_guesses: list[str] = []  # guessed from a sentence whose countries are all other persons'
        self.counterpart = False  # named right after a bare "Nepali counterpart" (a headline's): a person

    @property
    def full(self) -> tuple[str, ...]:
        return _tokens(max(self.names, key=lambda n: len(n.split())))

    def freeze(self, strings: dict[str, str] | None = None) -> None:
        """Its lists as tuples, once its document is linked: the same values in less memory; with `strings`, each
        value the one object of that value there (a name written in many documents, or many times, held once)."""
        for name in self.LISTS:
            values = getattr(self, name)
            setattr(self, name, tuple(values) if strings is None else tuple(strings.setdefault(v, v) for v in values))


def _given_names_agree(a: str, b: str) -> bool:
    """Given names of two documents agree: alike (`similarity("first_name")`). An initial agrees only with the same
    initial: many given names share it, and a document writing "M. Kessel" is about the person so written."""
    if len(a) == 1 or len(b) == 1:
        return a == b
    return fuzz.ratio(a, b) >= similarity("first_name")


def _same_person(a: _Person, b: _Person) -> bool:
    """Two persons of different documents may be one: alike surnames and agreeing given names; a surname alone
    agrees with any given name but not with a written country the other is never given."""
    return _same_person_named(a, a.full, b, b.full)


def _same_person_named(a: _Person, fa: tuple[str, ...], b: _Person, fb: tuple[str, ...]) -> bool:
    """`_same_person` of a and b, whose full names (`_Person.full`) are fa and fb."""
    if not fa or not fb or not spellings_of_one_surname(fa[-1], fb[-1]):
        return False
    if len(fa) > 1 and len(fb) > 1:
        return _given_names_agree(fa[0], fb[0])
    if a.countries and b.countries and not set(a.countries) & set(b.countries):
        return False
    shared_country = set(a.countries) & set(b.countries)
    shared_post = {fold(t) for t in a.titles} & {fold(t) for t in b.titles}
    return bool(shared_country or shared_post) or fa[-1] == fb[-1]


def spellings_of_one_surname(a: str, b: str) -> bool:
    """Two folded surnames that are one surname or transliterations of it (Brantiyev / Brantiev); "Bertano" /
    "Bersano" are alike but differ in a consonant no transliteration swaps."""
    return a == b or fuzz.ratio(a, b) >= similarity("surname") and _consonants(a) == _consonants(b)


@lru_cache(maxsize=65536)
def _consonants(surname: str) -> str:
    """The letters two transliterations of a folded surname share (models/resolve.json `transliteration`): letter
    groups rewritten, vowels and silent letters dropped, doubled letters written once, a particle before a hyphen
    ("al-") left out."""
    table = rules()["transliteration"]
    head, _, rest = surname.partition("-")
    word = rest if rest and head in name_particles() else surname
    word = re.sub(r"[^a-z]", "", word)
    for group, written in table["groups"]:
        word = word.replace(group, written)
    word = "".join(ch for ch in word if ch not in table["silent"])
    return re.sub(r"(.)\1+", r"\1", word)


def _post_words_of(person: _Person) -> set[str]:
    """The ranks, titles and countries a person is written with, folded (`_Groups.posts`)."""
    return {fold(x) for x in (*person.ranks, *person.titles, *person.countries)}


def _similar_surnames(surnames: list[str], kind: str = "surname") -> dict[str, list[str]]:
    """Surname -> the surnames at least `similarity("surname")` alike (itself included), by blocks of rows so
    memory stays bounded; the blocking step that keeps cross-document joining sub-quadratic in persons. With
    `kind` "first_name", given names alike enough to agree (`_given_names_agree`), and more: a score rounded up
    to the threshold is in, so what it finds is a superset, to be checked name by name."""
    similar: dict[str, list[str]] = {s: [] for s in surnames}
    for start in range(0, len(surnames), 2000):
        block = surnames[start : start + 2000]
        scores = process.cdist(
            block, surnames, scorer=fuzz.ratio, score_cutoff=similarity(kind), dtype=np.uint8, workers=-1
        )
        for i, j in zip(*np.nonzero(scores)):
            similar[block[i]].append(surnames[j])
    return similar


class _Groups:
    """Groups of per-document persons, indexed by surname, each with its documents and its distinct full names."""

    def __init__(self, people: list[_Person], live: list[int]):
        self.people, self.full = people, {p: people[p].full for p in live}
        self.similar = _similar_surnames(sorted({self.full[p][-1] for p in live}))
        # given names (of names of two or more words) -> those alike enough to agree with them
        self.similar_given = _similar_surnames(sorted({f[0] for f in self.full.values() if len(f) > 1}), "first_name")
        # (surname, given name) of a group's face of two or more words -> the groups with such a face: the groups a
        # person named with a given name can join (every face must agree with it) without a pass over every group
        # of an alike surname, as many as the corpus has people of that surname
        self.by_given: dict[tuple[str, str], dict[int, None]] = {}
        self.members: list[list[int]] = []
        # surname -> the groups with a member of that surname (a dict as an ordered set: a member joining a group
        # of its surname is no scan of that surname's groups, whose number grows with the corpus)
        self.by_surname: dict[str, dict[int, None]] = {}
        self.docs: list[set[str]] = []
        self.faces: list[dict[tuple, int]] = []  # per group: distinct full name -> its first member
        # per group: the folded ranks, titles and countries of its members (`shares_post`), and of how many
        self.posts: list[tuple[set[str], int]] = []
        self.named_only = True  # no group has a face of a surname alone (yet): `by_given` finds every fitting group

    def fitting(self, p: int, among: range) -> list[int]:
        """The groups in `among` under an alike surname, with no member of p's document, that p agrees with
        every distinct full name of (so a surname or an initial never bridges two given names)."""
        person, full = self.people[p], self.full[p]
        if len(full) > 1 and self.named_only:  # every face has a given name too: one of them must agree with p's
            found = {
                g
                for s in self.similar[full[-1]]
                for f in self.similar_given[full[0]]
                for g in self.by_given.get((s, f), ())
                if g in among
            }
        else:
            found = {g for s in self.similar[full[-1]] for g in self.by_surname.get(s, ()) if g in among}
        return [
            g
            for g in sorted(found)
            if person.doc_id not in self.docs[g]
            and all(_same_person_named(person, full, self.people[m], face) for face, m in self.faces[g].items())
        ]

    def shares_post(self, p: int, g: int) -> bool:
        """Person p is written with a rank, title or country that a member of group g is written with too: one
        look at the group's posts, not a pass over its members (as many as the corpus's mentions of that name)."""
        posts, done = self.posts[g]
        for m in self.members[g][done:]:  # the members that joined since it was last asked
            posts |= _post_words_of(self.people[m])
        self.posts[g] = posts, len(self.members[g])
        return not posts.isdisjoint(_post_words_of(self.people[p]))

    def add(self, p: int, target: int | None) -> None:
        if target is None:
            target = len(self.members)
            self.members.append([])
            self.docs.append(set())
            self.faces.append({})
            self.posts.append((set(), 0))
        self.members[target].append(p)
        self.docs[target].add(self.people[p].doc_id)
        full = self.full[p]
        self.faces[target].setdefault(tuple(full), p)
        self.by_surname.setdefault(full[-1], {})[target] = None
        if len(full) > 1:
            self.by_given.setdefault((full[-1], full[0]), {})[target] = None
        else:
            self.named_only = False


def group_people(people: list[_Person], live: list[int]) -> list[list[int]]:
    """Join the per-document persons into real people, in document order.

    Persons named with a given name join the first earlier group whose every distinct full name they agree
    with (`_same_person`) and that has no member of their document, else start one. Then a person named by
    surname alone joins the one such group it fits; where several fit, the one
    group sharing its rank, title or country; else it stays apart from all of them (a surname shared by
    several people names none of them), joined only with other such persons of that surname it fits.
    Only groups under alike surnames are compared, so the cost grows with persons, not their pairs.
    """
    live = [p for p in live if people[p].full]
    groups = _Groups(people, live)
    for p in (p for p in live if len(people[p].full) > 1):
        fit = groups.fitting(p, range(len(groups.members)))
        groups.add(p, fit[0] if fit else None)
    named = len(groups.members)
    for p in (p for p in live if len(people[p].full) == 1):
        fit = groups.fitting(p, range(named))
        if len(fit) > 1:
            fit = [g for g in fit if groups.shares_post(p, g)]
        if len(fit) != 1:
            fit = groups.fitting(p, range(named, len(groups.members)))[:1]
        groups.add(p, fit[0] if fit else None)
    return sorted((sorted(g) for g in groups.members), key=lambda g: g[0])


_EDITION_SUFFIX = re.compile(r"[\s-]+(?:(?:19|20)\d\d|[IVXL]{1,6}|\d{1,2})$")  # an exercise's "-XVIII", " 2031"


def _exercise_names(mentions: pd.DataFrame) -> None:
    """A name found as an exercise in a document is that exercise wherever the document names it again, whatever
    the model called it there ("the exercise Northern Shield ... Northern Shield is the largest")."""
    found = mentions[mentions["label"] == "EXERCISE"]
    if found.empty:
        return
    names = set(zip(found["doc_id"].tolist(), found["text"].tolist()))
    # its series too, even where the model took it for a person: "Nordic Response" of "the exercise Nordic Response
    # 2024" (an exercise named after a person, "the X exercises", leaves X's own mentions a person)
    dated = {(d, s) for d, t in names if (s := re.sub(r"[\s-]*(?:19|20)\d\d$", "", t)) != t and s}
    series = dated - names

    def the_exercise(d: str, t: str, label: str) -> bool:
        if label == "PERSON" and (bare := _EDITION_SUFFIX.sub("", t)) != t and (d, bare) in names:
            return True  # "the exercise Kestrel Shield ... Kestrel Shield-XVIII began"
        if label == "PERSON" and (d, t) in names and (d, t) in dated:
            return True  # "the X exercise series ... the X 2031 exercise": a series with a dated edition, no person
        return (d, t) in names and label in {"ORG", "GPE", "LOC", "NORP"} or (d, t) in series and label != "EXERCISE"

    hit = [
        the_exercise(d, t, label)
        for d, t, label in zip(mentions["doc_id"].tolist(), mentions["text"].tolist(), mentions["label"].tolist())
    ]
    if any(hit):
        mentions.loc[hit, "label"] = "EXERCISE"
        mentions.loc[hit, "norm"] = mentions.loc[hit, "text"]


def _acronym(texts: pd.Series) -> pd.Series:
    """Which texts are an acronym ("ISPR", "MoD")."""
    return pd.Series(
        [bool(re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z]", str(t))) for t in texts.tolist()], index=texts.index, dtype=bool
    )


def _acronyms_in_titles(mentions: pd.DataFrame) -> None:
    """A post written body first by the body's acronym ("JCS Chairman") names it written out ("Joint Chiefs of
    Staff Chairman"); an acronym inside a post written out ("Chief of the CSTO Joint Staff") stays as written, and
    one in brackets after the body's written-out name ("the People's Liberation Army (PLA) Navy") is left out."""
    acronyms = mentions[
        (mentions["label"] == "ORG") & (mentions["norm"] != mentions["text"]) & _acronym(mentions["text"])
    ]
    if acronyms.empty:
        return
    inside: dict[tuple, list[tuple[int, int, str, str]]] = {}
    for d, p, a, b, t, n in zip(
        acronyms["doc_id"], acronyms["para_idx"], acronyms["start"], acronyms["end"], acronyms["text"], acronyms["norm"]
    ):
        inside.setdefault((d, p), []).append((a, b, t, n))
    titles = mentions[mentions["label"] == "TITLE"]
    for idx, d, p, a, b, norm in zip(
        titles.index, titles["doc_id"], titles["para_idx"], titles["start"], titles["end"], titles["norm"]
    ):
        for sa, sb, text, full in inside.get((d, p), []):
            if not (a <= sa and sb <= b):
                continue
            norm = norm.replace(f"{full} ({text})", full)
            if norm.startswith(f"{text} "):
                norm = full + norm[len(text) :]
        mentions.at[idx, "norm"] = norm


def _acronym_aliases(mentions: pd.DataFrame) -> None:
    """An acronym given in brackets after a body's name (an ORG whose canonical form is that name) stands for the
    body wherever the document uses it again, whatever label the model gave it there."""
    orgs = mentions[(mentions["label"] == "ORG") & _acronym(mentions["text"]) & (mentions["norm"] != mentions["text"])]
    if orgs.empty:
        return
    full = {(d, t): n for d, t, n in zip(orgs["doc_id"].tolist(), orgs["text"].tolist(), orgs["norm"].tolist())}
    keys = list(zip(mentions["doc_id"].tolist(), mentions["text"].tolist()))
    hit = [
        k in full and label in {"ORG", "PERSON", "GPE", "LOC", "NORP"}
        for k, label in zip(keys, mentions["label"].tolist())
    ]
    if any(hit):
        mentions.loc[hit, "norm"] = [full[k] for k, h in zip(keys, hit) if h]
        mentions.loc[hit, "label"] = "ORG"


def _relabel_surnames(mentions: pd.DataFrame) -> pd.Series:
    """A name the model labelled ORG/GPE/LOC that is the surname of a person in the document is a PERSON; so is
    an ORG of two or three capitalised words ending in one ("Ivan Petrov" tagged ORG where "Petrov" is a person)."""
    persons = mentions[mentions["label"] == "PERSON"]
    surnames = pd.MultiIndex.from_arrays([persons["doc_id"], persons["text"].str.split().str[-1]])
    candidate = (
        mentions["label"].isin(["ORG", "GPE", "LOC", "NORP"])
        & ~mentions["text"].isin(countries())
        & ((mentions["label"] != "ORG") | (mentions["norm"] == mentions["text"]))
    )  # not a body's canonical form
    wrong = candidate & pd.MultiIndex.from_arrays([mentions["doc_id"], mentions["text"]]).isin(surnames)
    words = mentions["text"].str.split()
    name_shaped = (
        (mentions["label"] == "ORG") & words.str.len().between(2, 3) & mentions["text"].map(_name_shaped).astype(bool)
    )
    wrong |= name_shaped & pd.MultiIndex.from_arrays([mentions["doc_id"], words.str[-1].fillna("")]).isin(surnames)
    return mentions["label"].mask(wrong, "PERSON")


def _relabel_places(mentions: pd.DataFrame) -> pd.Series:
    """A PERSON opening a paragraph whose words the model labelled a place elsewhere in the same document is that
    place: a dateline ("Lomar Town - The chief of ..." opening the story, "arrived in Lomar Town" later), unless it
    is the surname of a person named in full there."""
    label = mentions["label"]
    opening = ((label == "PERSON") & (mentions["start"] == 0)).to_numpy()  # few: the pairs below are for them only
    if not opening.any():
        return label
    places = mentions[label.isin(["GPE", "LOC"])]
    persons = mentions[label == "PERSON"]
    full = persons[persons["text"].str.contains(" ", regex=False)]
    candidates = mentions[opening]
    keys = pd.MultiIndex.from_arrays([candidates["doc_id"], candidates["text"]])
    placed = keys.isin(pd.MultiIndex.from_arrays([places["doc_id"], places["text"]]))
    surname = keys.isin(pd.MultiIndex.from_arrays([full["doc_id"], full["text"].str.split().str[-1]]))
    wrong = np.zeros(len(mentions), dtype=bool)
    wrong[np.flatnonzero(opening)[placed & ~surname]] = True
    return label.mask(wrong, "GPE")


@lru_cache(maxsize=1 << 16)  # a pure function of the text, asked once per mention
def _name_shaped(text: str) -> bool:
    """Capitalised words, none naming a body, portfolio, country or a non-name word."""
    body = portfolio_words() | body_heads() | not_name_words()
    return all(
        w[:1].isupper() and w.replace("-", "").isalpha() and w not in body and w not in countries()
        for w in str(text).split()
    )


@lru_cache(maxsize=1 << 16)  # a pure function of the text, asked several times per mention
def country_in(text: str) -> str | None:
    """The first country named in a text (a name, alias or demonym, or an institution that stands for one,
    "Pentagon"), else None; the longest name at a word ("the People's Republic of China", not the "Republic of
    China" inside it)."""
    table = country_table()
    words = re.findall(r"[\w’'.-]+", str(text))
    words = [w.rstrip(".") if w.rstrip(".") in table else w for w in words]
    for i in range(len(words)):
        for n in range(longest_country_name(), 0, -1):
            form = " ".join(words[i : i + n])
            if len(words[i : i + n]) == n and form in table:
                return table[form]
            if n == 1 and form.removesuffix("’s").removesuffix("'s") in table:
                return table[form.removesuffix("’s").removesuffix("'s")]
    return None


@lru_cache(maxsize=1)
def _one_country_posts() -> list[tuple[re.Pattern, str]]:
    table = {k: v for k, v in resources.gazetteer().get("posts_of_one_country", {}).items() if not k.startswith("_")}
    return [(re.compile(rf"\b{re.escape(post)}\b", re.IGNORECASE), country) for post, country in table.items()]


def post_country(title: str) -> str | None:
    """The country of a post only one country has ("Secretary of Defense"), from the gazetteer, else None."""
    return next((country for pattern, country in _one_country_posts() if pattern.search(title)), None)


def _row_country(row: dict) -> str | None:
    """Country a NORP, GPE (country or city) or ORG mention names."""
    if row["label"] in {"NORP", "GPE"}:
        norm = row["norm"]
        if norm in countries().values():
            return norm
        return cities().get(norm) or countries().get(norm)
    if row["label"] == "ORG":
        # the written form too: an acronym standing for its country ("AFRICOM") keeps it when written out
        return _org_base(row["norm"])[1] or country_in(row["norm"]) or country_in(row["text"])
    return None


def _posted_ref(row: dict) -> bool:
    """A post written with "the" ("the Chief of the General Staff", "The Taoiseach and Minister for Finance, X"),
    which the entity step reads as a reference."""
    text = str(row["text"])
    return row["label"] == "REF" and text[:4].lower() == "the " and text[4:5].isupper() and len(text.split()) > 1


def _attach(
    doc_rows: list[dict], person_of: dict, people: list[_Person], title_refs: dict | None = None
) -> list[tuple]:
    """Rank, title and country written next to each person mention; returns (person, kind, value) facts.

    Before the name: ranks, titles, demonyms, countries and bodies next to it or set off by a comma
    ("Turkish Defence Minister General X", "Pakistan’s Army Chief X"). After it, set off by a comma (and
    "the"): a title and the country or body it names ("X, the Commander of the Estonian Navy"), unless
    that title is the next name's ("A, Defence Minister B"). `doc_rows`: the document's mention records, in
    (paragraph, start) order.
    """
    facts = []
    title_refs = {} if title_refs is None else title_refs  # REF row key -> the post it names, used as a title
    for rows in _rows_by_paragraph(doc_rows):
        listed = _listed_countries(rows)
        for i, row in enumerate(rows):
            if row["label"] != "PERSON" or row["row_key"] not in person_of:  # dropped as no person of the document
                continue
            person = people[person_of[row["row_key"]]]
            if i in listed:
                person.countries.append(listed[i])
            facts += _before_name(rows, i, person, title_refs, {j + 1 for j in listed})
            facts += _after_name(rows, i, person, title_refs)
            if (envoy := _post_of_the_principal_before(rows, i)) is not None:
                facts.append((person, "TITLE", envoy["norm"]))
        facts += _shared_plural_posts(rows, facts, person_of, people)
    for person, kind, value in facts:
        if kind == "ORG":
            continue
        (person.ranks if kind == "RANK" else person.titles).append(value)
        country = _post_holders_country(str(value))
        if kind == "TITLE" and country:
            person.countries.append(country)
    return facts


def _post_of_the_principal_before(rows: list[dict], i: int) -> dict | None:
    """ "a Special Envoy of President X of Y, Mr Z": the post told "of" another post's holder X (whose own facts stop
    there, `_before_name`) is the post of Z, the name set off after X and X's country."""
    k = i - 1
    while k >= 0 and rows[k]["label"] in {"GPE", "NORP"} and rows[k]["sent_idx"] == rows[i]["sent_idx"]:
        k -= 1
    if k < 2 or rows[k]["label"] != "PERSON" or rows[k]["sent_idx"] != rows[i]["sent_idx"]:
        return None
    if rows[i]["start"] - rows[i - 1]["end"] != 2:
        return None  # set off by a comma
    principal_post, envoy = rows[k - 1], rows[k - 2]
    if (
        principal_post["label"] != "TITLE"
        or envoy["label"] != "TITLE"
        or rows[k]["start"] - principal_post["end"] > 1
        or principal_post["start"] - envoy["end"] != 4
    ):
        return None
    return envoy


def _post_holders_country(post: str) -> str | None:
    """The country a post says its holder is of: "Ambassador of X to Y" is X's (the country it is posted to is not
    the holder's), "Minister Delegate to the Prime Minister ... of X" is X's."""
    head, to, tail = post.partition(" to ")
    posted_to = bool(to) and country_in(" ".join(tail.split()[:4])) is not None
    return country_in(head if posted_to else post) or post_country(post)


def _listed_countries(rows: list[dict]) -> dict[int, str]:
    """Persons listed with their countries in brackets ("A (Australia), B (Japan) and C (Chile)"): PERSON row index
    -> the country right after the name. Only where a sentence lists two or more so, so that the country after
    one name is never taken for the next name's."""
    pairs: dict[int, str] = {}
    for i, row in enumerate(rows[:-1]):
        nxt = rows[i + 1]
        if (
            row["label"] == "PERSON"
            and nxt["label"] in {"GPE", "NORP"}
            and nxt["start"] - row["end"] == 2
            and nxt["sent_idx"] == row["sent_idx"]
            and (country := _row_country(nxt))
            and not (nxt["norm"] in cities() and nxt["norm"] not in countries())
        ):
            pairs[i] = country
    per_sentence = Counter(rows[i]["sent_idx"] for i in pairs)
    return {i: c for i, c in pairs.items() if per_sentence[rows[i]["sent_idx"]] >= 2}


_NAME_MODIFIERS = frozenset({"RANK", "TITLE", "NORP", "GPE", "ORG"})  # labels written before a name that tell of it


def _before_name(
    rows: list[dict], i: int, person: _Person, title_refs: dict, others: set[int] = frozenset()
) -> list[tuple]:
    """Facts written before the name of rows[i], walking back while the mentions touch or are set off by a comma;
    `others`: rows that are an earlier name's (its country in brackets), where the walk stops."""
    facts = []
    edge, last = rows[i]["start"], "PERSON"
    for j in range(i - 1, -1, -1):
        prev = rows[j]
        if j in others:
            break
        if prev["sent_idx"] != rows[i]["sent_idx"] and str(prev["text"])[:4].lower() == "the ":
            break  # "..., said the Secretary General. Mr X added ...": a post closing the sentence before is no title
        # next to the name, or set off by a comma, bracket or possessive; titles joined by "and";
        # "the Chief of X, General Y": a post named with "the" introduces the name after it
        end = _outer_end(rows, j)
        in_post = (
            prev["label"] == "TITLE"
            or _posted_ref(prev)  # "the Chief of the General Staff – First Deputy Minister of Defence, General X"
            or any(  # a post, or a body named inside one
                (r["label"] == "TITLE" or _posted_ref(r)) and r["start"] <= prev["start"] and r["end"] >= prev["end"]
                for r in rows[:j]
            )
        )
        gap = 5 if in_post and last == "TITLE" else 3 if prev["label"] in {"NORP", "GPE"} else 2
        if last == "CITY" and prev["label"] in {"TITLE", "REF", "ORG"}:
            gap = 4  # "the Defence Attache of X in [Baku], Colonel Y": the post posted in the city is Y's
        if edge - end == 2 and prev["label"] in {"TITLE", "ORG"} and _apposition_of_earlier(rows, j):
            break  # "A, commander of X, General B": the post set off after A is A's, not B's
        if edge - end == 4 and prev["label"] == "TITLE" and last == "TITLE":
            break  # "a Special Envoy of President X, Mr Y": a post "of" (or "to") another post's holder is not his
        if posted := _posted_ref(prev):
            prev = {**prev, "label": "TITLE", "norm": _title_name(prev["text"])}
        # "During his visit to X, General Y met ...": a country gone to is no modifier of the name either
        if edge - end > gap or prev["label"] not in _NAME_MODIFIERS or prev["role"] == "destination":
            break
        if posted:  # only a post written with the name is its title ("the Kazakh minister held talks with ..., Y")
            title_refs[prev["row_key"]] = prev["norm"]
        last = prev["label"]
        if (
            prev["label"] == "GPE"
            and prev["sent_idx"] == rows[i]["sent_idx"]
            and prev["norm"] in cities()
            and prev["norm"] not in countries()
        ):
            last = "CITY"
        if prev["sent_idx"] == rows[i]["sent_idx"] and prev["label"] == "GPE" and (seat := _body_seated_in(rows, j)):
            person.countries.append(seat)  # "the Charge d'Affaires of the X Embassy in Y, Z": X's
            break
        if prev["label"] in {"NORP", "GPE"}:
            country = _row_country(prev)
            if country and not (
                prev["label"] == "GPE" and prev["norm"] in cities() and prev["norm"] not in countries()
            ):
                person.countries.append(country)
        elif prev["label"] == "ORG":
            facts.append((person, "ORG", prev["row_key"]))
            if _row_country(prev):
                person.countries.append(_row_country(prev))
        else:
            facts.append((person, prev["label"], prev["norm"]))
            if prev["label"] == "TITLE":
                facts += _bodies_in(prev, rows, person)
            if posted and (country := country_in(str(prev["text"]).split(" to ")[0])):
                person.countries.append(country)  # "the Defence Attache of X": the country the title dropped
        edge = prev["start"]
    return facts


def _body_seated_in(rows: list[dict], j: int) -> str | None:
    """The country of a body with a country of its own named right before the place of row j ("the X Embassy in
    Y", "the X High Commission in Y"): where the body sits is not whose it is."""
    if j == 0 or rows[j - 1]["label"] != "ORG" or not 0 < rows[j]["start"] - rows[j - 1]["end"] <= 4:
        return None
    country = _row_country(rows[j - 1])
    return country if country and country != _row_country(rows[j]) else None


def _outer_end(rows: list[dict], j: int) -> int:
    """Where row j ends, or the post it is named in ends (a body inside "Royal Thai Navy commander")."""
    return max(
        [rows[j]["end"]]
        + [
            r["end"]
            for r in rows[:j]
            if r["label"] in {"TITLE", "REF"} and r["start"] <= rows[j]["start"] and r["end"] >= rows[j]["end"]
        ]
    )


def _apposition_of_earlier(rows: list[dict], j: int) -> bool:
    """Whether row j (a post or body) belongs to a post set off by a comma right after an earlier person's name
    ("A, commander of the X Navy, General B"): walking back over the posts, bodies and countries it is part of, a
    PERSON ends a comma's width before them, and that person's own name has no post right before it (in a list
    written "Chief of X, General A, Chief of Y, General B" each post goes with the name after it)."""
    start = min([rows[j]["start"]] + [r["start"] for r in rows[:j] if r["end"] >= rows[j]["end"]])
    for k in range(j - 1, -1, -1):
        row = rows[k]
        if row["start"] >= start:  # another body named in the same post
            continue
        if row["end"] > start:  # the post the body is named in
            start = row["start"]
            continue
        if start - row["end"] > 2:
            return False
        if row["label"] == "PERSON":
            return not _post_before(rows, k)
        if row["label"] not in {"TITLE", "ORG", "NORP", "GPE"}:
            return False
        start = row["start"]
    return False


def _post_before(rows: list[dict], k: int) -> bool:
    """A post (or a rank after one) written right before the name of row k, or set off from it by a comma."""
    edge = rows[k]["start"]
    for row in reversed(rows[:k]):
        if edge - row["end"] > 2 or row["label"] not in {"RANK", "TITLE"}:
            return False
        if row["label"] == "TITLE":  # not a post inside a body's name ("the Office of the Under Secretary")
            return not any(r["label"] == "ORG" and r["start"] < row["start"] and r["end"] >= row["end"] for r in rows)
        edge = row["start"]
    return False


def _singular_post(value: str) -> str:
    words = str(value).split()
    last = words[-1]
    words[-1] = last[:-3] + "y" if last.lower().endswith("ies") else last[:-1]
    return " ".join(words)


def _shared_plural_posts(rows: list[dict], facts: list[tuple], person_of: dict, people: list[_Person]) -> list[tuple]:
    """A plural post before several names ("Defence Ministers A of X and B of Y") is each one's post: the next
    person within a few words, with only countries between, holds it too."""
    out = []
    persons = [r for r in rows if r["label"] == "PERSON" and r["row_key"] in person_of]
    for title in (r for r in rows if r["label"] == "TITLE" and plural_post().search(str(r["norm"]))):
        value = _singular_post(title["norm"])
        chain = [p for p in persons if p["start"] > title["end"]][:3]
        edge = title["end"]
        for row in chain:
            between = [
                r for r in rows if edge <= r["start"] < row["start"] and r["label"] not in {"GPE", "NORP", "RANK"}
            ]
            if between or row["start"] - edge > 30:
                break
            person = people[person_of[row["row_key"]]]
            facts[:] = [f for f in facts if not (f[0] is person and f[1] == "TITLE" and f[2] == title["norm"])]
            out.append((person, "TITLE", value))
            edge = row["end"]
    return out


def _after_name(rows: list[dict], i: int, person: _Person, title_refs: dict) -> list[tuple]:
    """A title set off by a comma after the name, with the country or body named with it."""
    facts: list[tuple] = []
    edge, k, country = rows[i]["end"], i + 1, None
    if (
        k < len(rows)
        and rows[k]["label"] == "GPE"
        and rows[k]["start"] - edge == 4
        and rows[k]["sent_idx"] == rows[i]["sent_idx"]
        and rows[k]["norm"] in countries().values()
    ):
        person.countries.append(rows[k]["norm"])  # "President X of Y": Y is X's country
    # "A, and B's Vice Minister, C": a country five or six characters on (" and ", ", and ") opens the next person's
    # description, whose post a name set off by a comma then follows
    far_country = False
    while (
        k < len(rows)
        and rows[k]["start"] - edge <= (6 if k == i + 1 else 3)
        and rows[k]["sent_idx"] == rows[i]["sent_idx"]  # "... Brigadier X. The Commander of Y, General Z": Z's
    ):
        nxt = rows[k]
        if nxt["label"] in {"NORP", "GPE", "ORG"} and k > i + 1 or nxt["label"] in {"NORP", "GPE"}:
            far_country = far_country or k == i + 1 and nxt["start"] - edge >= 5
            country = country or _row_country(nxt)
            if nxt["label"] == "ORG":
                facts.append((person, "ORG", nxt["row_key"]))
            edge, k = nxt["end"], k + 1
            continue
        if (
            nxt["label"] == "TITLE"
            or nxt["label"] == "REF"
            and k == i + 1
            and str(nxt["text"])[:4].lower() == "the "
            and str(nxt["text"])[4:5].isupper()
        ):  # "X, the Minister of Defence of Y"
            limit = 2 if str(nxt["text"])[:4].lower() == "the " or far_country else 1
            if _heads_next_name(rows, k, limit):
                break  # "A, Defence Minister B" and "A and the Chief of Staff, General B": the title is B's
            value = _title_name(nxt["norm"]) if nxt["label"] == "REF" else nxt["norm"]
            if nxt["label"] == "REF":
                title_refs[nxt["row_key"]] = value
            facts.append((person, "TITLE", value))
            facts += _bodies_in(nxt, rows, person)
            if country:
                person.countries.append(country)
            for body in rows:
                if (
                    body["label"] == "ORG"
                    and nxt["start"] <= body["start"]
                    and body["end"] <= nxt["end"]
                    and _row_country(body)
                ):
                    person.countries.append(_row_country(body))
        # "X, Member of the Party Central Committee, Deputy Minister of National Defence, received ...": a post
        # set off right after the one taken is the same person's too, as is one joined to it by "and" ("X, Deputy
        # Prime Minister and Minister of Foreign Affairs of Y", five characters on); after another name ("A met B,
        # Deputy Minister of X") the post is that name's
        k = next((j for j in range(k + 1, len(rows)) if rows[j]["start"] >= nxt["end"]), len(rows))
        if (
            nxt["label"] in {"TITLE", "REF"}
            and k < len(rows)
            and rows[k]["label"] == "TITLE"
            and rows[k]["start"] - nxt["end"] in (0, 1, 2, 5)
        ):
            if not _heads_next_name(rows, k, 1):
                edge, country = rows[k]["start"], None
                continue
        break
    return facts


def _heads_next_name(rows: list[dict], k: int, limit: int) -> bool:
    """Whether the post rows[k] goes with a rank or name right after it (at most `limit` characters on), alone or
    as the first of posts joined by "and" or a comma ("met Y's Deputy Prime Minister and Defence Minister B")."""
    edge = rows[k]["end"]
    for r in rows[k + 1 :]:
        if r["start"] < edge:
            continue  # a body named inside the post
        if r["label"] in {"PERSON", "RANK"}:
            return r["start"] - edge <= limit
        if r["label"] != "TITLE" or r["start"] - edge > 5:
            return False
        edge, limit = r["end"], 1
    return False


def _guess_countries(doc_rows: list[dict], person_of: dict, people: list[_Person], ref_of: dict | None = None) -> None:
    """A guess for each person of the document with no country of their own: the country named nearest to them
    in their sentence (a demonym, country, city or body with its country) that no other person of the sentence
    (named, or meant by a reference: "the Ostrian minister received X") holds, else the one the document names
    most; a sentence naming only other persons' countries gives a weaker guess, used only where the person has no
    other."""
    named = Counter(c for r in doc_rows if (c := _row_country(r)))
    by_sentence: dict[tuple, list[dict]] = {}
    for row in doc_rows:
        by_sentence.setdefault((row["para_idx"], row["sent_idx"]), []).append(row)
    ref_of = {} if ref_of is None else ref_of  # (the corpus's: only the document's own rows are looked up in it)
    meant = {r["row_key"]: p for r in doc_rows if (p := ref_of.get(r["row_key"])) is not None}
    in_doc = {people[person_of[r["row_key"]]] for r in doc_rows if r["label"] == "PERSON" and r["row_key"] in person_of}
    # a person the text puts on a visit is not of the country visited ("during his visit to X, Y met ...")
    travellers = {
        people[person_of[r["row_key"]]] for r in doc_rows if r["role"] == "traveller" and r["row_key"] in person_of
    }
    visited = {c for r in doc_rows if r["role"] == "destination" and (c := _row_country(r))}
    for rows in by_sentence.values():
        persons = [r for r in rows if r["label"] == "PERSON" and r["row_key"] in person_of]
        places = [(r, c) for r in rows if (c := _row_country(r))]
        held = {c for r in persons for c in people[person_of[r["row_key"]]].countries}
        held |= {c for r in rows if r["row_key"] in meant for c in people[meant[r["row_key"]]].countries}
        for row in persons:
            person = people[person_of[row["row_key"]]]
            if person.countries:
                continue
            away = visited if person in travellers else set()
            near = sorted(places, key=lambda rc: (not _demonym_before(rc[0], row), _distance(rc[0], row)))
            near = [(r, c) for r, c in near if c not in away]
            if near and all(_post_of_someone_unnamed(rows, r) for r, _ in near):
                continue  # "X receives Italian Chief of Defence Staff": only the country of someone unnamed
            rivals = _counterparts_countries(person, in_doc) | away
            others = [c for c, _ in named.most_common() if c not in rivals]  # the document's, a counterpart's not
            free = [c for _, c in near if c not in held] or ([] if near else others[:1])
            if free:
                person.guesses.append(free[0])
            elif near:  # only other persons' countries in the sentence: the weakest guess, never the country of a
                # holder of the same post; then the document's most named other country
                posts = {r["row_key"]: _posts(people[person_of[r["row_key"]]]) for r in persons}
                kept = [c for r, c in near if not _held_by_counterpart(rows, r, row, posts)]
                person.weak_guesses += (kept or [c for c in others if c not in held])[:1]


def _counterparts_countries(person: _Person, in_doc: set[_Person]) -> set[str]:
    """The countries of the document's other persons who hold a post `person` holds ("his counterpart X" holds the
    post of the person it is the counterpart of): one country has one holder of a post, so never `person`'s."""
    mine = _posts(person)
    return {c for other in in_doc if other is not person and _posts(other) & mine for c in other.countries}


_RUN_LABELS = frozenset({"RANK", "TITLE", "ORG", "NORP", "GPE", "REF"})


def _posts(person: _Person) -> set[str]:
    """The posts a person holds, as title nodes, lower-cased (no "counterpart")."""
    return {_title_name(t).lower() for t in person.titles if not _is_counterpart(t)}


def _held_by_counterpart(rows: list[dict], place: dict, person: dict, posts: dict) -> bool:
    """Whether the country of `place` is written in the run of posts before the name of another person of the
    sentence `rows` who holds a post `person` holds too ("Defence Minister X met the Ostrian Defence Minister Y"):
    one country has one holder of a post, so the two are counterparts of two countries and it is no guess for
    `person`. `posts`: PERSON row key -> the posts of that row's person."""
    holder = _holder_of(rows, place)
    if holder is None or holder["row_key"] == person["row_key"]:
        return False
    return bool(posts.get(holder["row_key"], set()) & posts.get(person["row_key"], set()))


def _holder_of(rows: list[dict], place: dict) -> dict | None:
    """The PERSON row whose run of ranks, titles, bodies and demonyms `place` is in (each at most `chain_gap`
    characters from the next, models/resolve.json `guess_across`), if any."""
    limit = rules()["guess_across"]["chain_gap"]
    edge = max(r["end"] for r in rows if r["start"] <= place["start"] and r["end"] >= place["end"])  # its post's
    for r in sorted((r for r in rows if r["start"] >= place["start"] and r is not place), key=itemgetter("start")):
        if r["start"] - edge > limit or r["label"] not in _RUN_LABELS | {"PERSON"}:
            return None
        if r["label"] == "PERSON":
            return r
        edge = max(edge, r["end"])
    return None


def _post_of_someone_unnamed(rows: list[dict], place: dict) -> bool:
    """ "X receives Italian Chief of Defence Staff", "X hosts Kenya's Defence Secretary": a demonym or country that
    opens a post no name of the sentence follows is the country of someone the sentence does not name, no guess for
    the others."""
    if place["label"] not in ("NORP", "GPE"):
        return False
    nxt = min((r for r in rows if r["start"] >= place["end"]), key=itemgetter("start"), default=None)
    return (
        nxt is not None
        and nxt["label"] in ("TITLE", "RANK", "REF")
        and nxt["start"] - place["end"] <= rules()["guess_across"]["chain_gap"]
        and _holder_of(rows, place) is None
    )


def _demonym_before(place: dict, person: dict) -> bool:
    """A demonym written before a person in their sentence ("the Ostrian delegation headed by X")."""
    return place["label"] == "NORP" and place["end"] <= person["start"]


def _distance(a: dict, b: dict) -> int:
    return min(abs(a["start"] - b["end"]), abs(b["start"] - a["end"]))


def _respective_countries(doc_rows: list[dict], person_of: dict, people: list[_Person]) -> None:
    """Countries listed before as many names of persons with no country of their own, in the same sentence after
    the list or in the next one ("the defence chiefs of A, B and C ... Gen. X, Gen. Y and Adm. Z"): each name's
    guess is the country in its place in the list."""
    sentences: list[list[dict]] = []
    for _, rows in groupby(doc_rows, key=lambda r: (r["para_idx"], r["sent_idx"])):
        sentences.append(list(rows))
    for k, rows in enumerate(sentences):
        listed = [r for r in rows if r["label"] in {"GPE", "NORP"} and r["norm"] in countries().values()]
        order = list(dict.fromkeys(_row_country(r) for r in listed))
        if len(order) < 2 or len(order) != len(listed):
            continue
        after = [r for r in rows if r["label"] == "PERSON" and r["start"] > listed[-1]["end"]]
        if not after and k + 1 < len(sentences):
            after = [r for r in sentences[k + 1] if r["label"] in {"PERSON", "GPE", "NORP"}]
        names = [person_of[r["row_key"]] for r in after if r["label"] == "PERSON" and r["row_key"] in person_of]
        if (
            len(names) == len(order) == len(after)
            and len(set(names)) == len(names)
            and not any(people[p].countries for p in names)
        ):
            for p, country in zip(names, order):
                people[p].guesses.append(country)


def _is_counterpart(value: str) -> bool:
    return str(value).lower().endswith(rules()["counterpart"]["word"])


def _counterpart_titles(facts: list[tuple]) -> list[tuple]:
    """'his counterpart X': X holds the latest other person's title (without its 'of <Country>')."""
    out = []
    for n, (person, kind, value) in enumerate(facts):
        if kind != "TITLE" or not _is_counterpart(value):
            out.append((person, kind, value))
            continue
        other = next(
            (v for p, k, v in reversed(facts[:n]) if k == "TITLE" and p is not person and not _is_counterpart(v)), None
        )
        person.titles.remove(value)
        if str(value).split()[0].lower() not in determiners():
            # a headline's "meets Nepali counterpart X": X is a person, whose post the headline does not tell
            person.counterpart = True
            continue
        if other is not None:
            title = counterpart_tail().sub("", other) if other.split()[-1] in countries() else other
            person.titles.append(title)
            out.append((person, kind, title))
    return out


def _bodies_in(title: dict, rows: list[dict], person: _Person) -> list[tuple]:
    """MEMBER_OF facts: the bodies named inside a person's title ("Commander of the Turkish Land Forces"); the
    country of such a body is the person's."""
    bodies = [r for r in rows if r["label"] == "ORG" and title["start"] <= r["start"] and r["end"] <= title["end"]]
    person.countries += [c for r in bodies if (c := _row_country(r))]
    return [(person, "ORG", r["row_key"]) for r in bodies]


_SHORT_FORM_AFTER_COMMA = re.compile(r",\s*([A-Z][A-Za-z&]*[A-Z])$")


def _title_name(text: str) -> str:
    """A post as a title node: without a leading article, possessive or country word, and without the country it is
    of at its end ("Minister of Defence of the Republic of X" -> "Minister of Defence"); the country is the
    person's, not part of the post. A post of several words the abbreviation table writes out is written out."""
    words = str(text).split()
    while words and (
        words[0].lower() in determiners() or words[0] in countries() or re.sub(r"['’]s$", "", words[0]) in countries()
    ):
        words = words[1:]  # "the", "Kenyan", "Sudan's"
    name = " ".join(words) or str(text)
    if len(words) > 1 and (written := title_abbreviations().get(name)):
        return written  # "the Ministra de Defensa Nacional": the post written out
    tail = country_tail().search(name)
    if tail and tail.start() > 0 and tail["country"] in countries() and " to " not in name:
        name = name[: tail.start()]
    return _SHORT_FORM_AFTER_COMMA.sub(r" (\1)", name)  # "Chief of the Naval Staff, CNS" as with brackets


def _resolve_ref(ref: dict, before: list[tuple[tuple, int, _Person]]) -> int | None:
    """The person a nominal reference fits: latest sentence with a fitting person, its first such person.

    The first fitting person of a sentence is usually its subject, whom a following "the minister" means.
    A country in the reference ("the Turkish ambassador") must agree; a person of unknown country fits
    when nobody of that country does.
    """
    head = str(ref["text"]).split()[-1]
    if head in title_abbreviations():
        return _abbreviation_holder(head, before)
    fits = (
        compound_fits(str(ref["text"]))
        or ref_fits().get(head.lower())
        or ref_fits().get(head.lower().split("-")[-1])  # "the Commander-in-Chief"
    )
    if fits is None:
        return None
    country = next((countries()[w] for w in re.findall(r"[\w’']+", str(ref["text"])) if w in countries()), None)
    fitting = [
        (where, pid, person)
        for where, pid, person in before
        if any(f in " ".join(person.ranks + person.titles).lower() for f in fits)
        and post_fits(str(ref["text"]), "; ".join(person.titles), " ".join(person.ranks))
    ]
    if country is not None:
        same = [c for c in fitting if country in c[2].countries]
        fitting = same or [c for c in fitting if not c[2].countries]
        if not fitting:
            # "the Ostrian chief" and one Ostrian named before, whose post the text gave in no form we know
            of_country = {pid for _, pid, person in before if country in person.countries}
            return of_country.pop() if len(of_country) == 1 else None
    if not fitting:
        return None
    latest = fitting[-1][0]
    return next(pid for where, pid, _ in fitting if where == latest)


def _without_articles(post: str) -> str:
    return " ".join(w for w in post.lower().split() if w != "the")


def _abbreviation_holder(short: str, before: list[tuple[tuple, int, _Person]]) -> int | None:
    """ "the CDS": the one person named before whose post the text gave with this abbreviation ("The Chief of
    Defence Staff (CDS), General X"), else the latest holder of the post written out."""
    marked = {pid for _, pid, person in before if any(f"({short})" in t or t == short for t in person.titles)}
    if len(marked) == 1:
        return marked.pop()
    # "the CDF" for "Chief of the Defence Forces": the post written out with or without its articles (not its
    # deputy's, "Vice Chief of the Defence Forces")
    written = title_abbreviations()[short]
    post = _without_articles(written)
    holders = [
        (where, pid)
        for where, pid, person in before
        if any(post in _without_articles(t) and post_fits(written, t) for t in person.titles)
    ]
    if not holders:
        return None
    latest = holders[-1][0]
    return next(pid for where, pid in holders if where == latest)


def resolve_entities(
    mentions: pd.DataFrame, link: Callable[[str, list[dict], Links], None] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Link mentions to nodes: in-document linking, cross-document grouping, node building, edge building.

    Args:
        mentions: fanned-out mentions (doc_id, para_idx, start, end, text, label, sent_idx, is_boilerplate,
            norm).
        link: in-document linking of one document (default `link_document`; the runtime passes a memoised one).

    Returns:
        (mentions with node_id, nodes, entity edges: HAS_RANK, HOLDS_TITLE, MEMBER_OF, PARTICIPATED_IN).
    """
    mentions = prepare_mentions(mentions)
    links = Links()
    for doc_id, doc_rows in _rows_by_document(mentions):
        with faults.isolate("resolve", doc_id):
            (link or link_document)(doc_id, doc_rows, links)
    mentions = _without_failed_documents(mentions, links)
    groups = group_people(links.people, sorted(set(links.person_of.values())))
    person_node, person_rows = person_nodes(links.people, groups)
    mentions = assign_nodes(mentions, links, person_node)
    nodes = build_nodes(mentions, person_rows)
    edges = build_edges(mentions, links, person_node)
    mentions = mentions.sort_values("row_key").drop(columns=["row_key"]).reset_index(drop=True)
    return mentions, nodes, edges


def resolve_in_batches(
    parts: Callable[[], Iterable[pd.DataFrame]],
    put: Callable[[pd.DataFrame], None],
    link: Callable[[str, list[dict], Links], None] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`resolve_entities` over fanned-out mentions given in batches of whole documents, the batches in doc_id order
    and their rows in the order of one table (`parts()` gives them, and is called twice): only one batch's rows
    are in memory at a time. The first pass prepares and links each batch in-document; the persons are then
    grouped across documents; the second pass prepares each batch again (the same rows: preparation looks only
    inside a document), gives its mentions their nodes and hands them to `put` (with the rows of the batches
    concatenated, the mentions `resolve_entities` gives, but for the dtype of a column that is all null in a
    batch: `whole_dtypes`), counting what the nodes and edges need. Returns (nodes, entity edges)."""
    links, first_keys, facts = Links(), [0], []  # per batch: its first row key, its facts (`_BatchFacts`)
    people_end = 0
    strings: dict[str, str] = {}  # the persons' and facts' texts kept to the end: one object per value
    person_of, ref_of = _RowMap(), _RowMap()  # each batch's `Links.person_of` and `ref_of`, as arrays
    for part in parts():
        mentions = prepare_mentions(part, first_key=first_keys[-1])
        del part
        for doc_id, doc_rows in _rows_by_document(mentions):
            with faults.isolate("resolve", doc_id):
                (link or link_document)(doc_id, doc_rows, links)
        first_keys.append(first_keys[-1] + len(mentions))
        facts.append(_BatchFacts(links.facts, links.people, people_end, strings))
        person_of.add(links.person_of)
        ref_of.add(links.ref_of)
        links.facts, links.person_of, links.ref_of = [], {}, {}
        for person in links.people[people_end:]:
            person.freeze(strings)
        people_end = len(links.people)
        del mentions
    del strings
    links.person_of, links.ref_of = person_of, ref_of
    _without_failed_links(links)
    groups = group_people(links.people, sorted(set(links.person_of.values())))
    person_node, person_rows = person_nodes(links.people, groups)
    found: dict[str, dict] = {}
    fact_rows, titles, participation = [], {}, []
    index = {id(p): i for i, p in enumerate(links.people)}
    failed = faults.failed()
    for number, part in enumerate(parts()):
        mentions = prepare_mentions(part, first_key=first_keys[number])
        del part
        if failed:
            mentions = mentions[~mentions["doc_id"].astype(str).isin(failed)]
        mentions = assign_nodes(mentions, links, person_node)
        _linked_nodes(mentions, found)
        # each document is in one batch: its documents counted, not kept; only this batch's nodes (a pass over
        # every node found so far, each batch, grew with the corpus twice over)
        for nid in set(mentions.loc[mentions["node_id"].notna(), "node_id"].tolist()):
            node = found[nid]
            node["n_docs"] = node.get("n_docs", 0) + len(node["docs"])
            node["docs"].clear()
        own = [f for f in facts[number].tuples(links.people) if str(f[0]) not in failed]
        fact_rows.append(_edges_frame(_fact_edges(mentions, own, index, person_node, titles)))
        participation.append(_edges_frame(_participation(mentions)))
        put(mentions.sort_values("row_key").drop(columns=["row_key"]).reset_index(drop=True))
        del mentions
    return _nodes_table(found, person_rows), _batched_edges_table(fact_rows, participation, titles)


class _RowMap:
    """row key -> index in `Links.people` (or None), a batch's entries at a time, kept as two sorted arrays per batch
    (4 bytes a key, 4 a value) instead of a dict entry and two ints each; read as the dict it replaces (`get`, `in`,
    `values`, `items`, `len`)."""

    NONE = -1  # a value None (a reference to no person)

    def __init__(self):
        self._keys: list[np.ndarray] = []  # per batch: its keys minus the batch's least key, sorted
        self._values: list[np.ndarray] = []
        self._firsts: list[int] = []  # per batch: its least key (batches in key order)

    def add(self, entries: dict[int, int | None]) -> None:
        """A batch's entries, all of whose keys are greater than those of the batches added before."""
        if not entries:
            return
        keys = np.fromiter(entries, dtype=np.int64, count=len(entries))
        values = np.fromiter((self.NONE if v is None else v for v in entries.values()), np.int64, len(entries))
        if self._firsts and keys.min() <= self._firsts[-1] + int(self._keys[-1][-1]):
            raise ValueError("_RowMap: a batch's keys must follow those of the batches before")
        order, first = np.argsort(keys, kind="stable"), int(keys.min())
        self._keys.append((keys[order] - first).astype(np.uint32))
        self._values.append(values[order].astype(np.int32))
        self._firsts.append(first)

    def _at(self, key: int) -> tuple[int, int] | None:
        b = bisect_right(self._firsts, key) - 1
        if b < 0:
            return None
        keys, k = self._keys[b], key - self._firsts[b]
        i = int(np.searchsorted(keys, k)) if k <= int(keys[-1]) else len(keys)
        return (b, i) if i < len(keys) and int(keys[i]) == k else None

    def get(self, key: int, default=None):
        at = self._at(key)
        if at is None:
            return default
        value = int(self._values[at[0]][at[1]])
        return None if value == self.NONE else value

    def __contains__(self, key: int) -> bool:
        return self._at(key) is not None

    def __len__(self) -> int:
        return sum(len(k) for k in self._keys)

    def items(self) -> Iterator[tuple[int, int | None]]:
        for first, keys, values in zip(self._firsts, self._keys, self._values):
            for k, v in zip((keys.astype(np.int64) + first).tolist(), values.tolist()):
                yield k, (None if v == self.NONE else v)

    def values(self) -> Iterator[int | None]:
        return (v for _, v in self.items())


class _BatchFacts:
    """A batch's facts (`Links.facts`: doc_id, person, kind, value) kept until the second pass as columns: the
    person as its index in `Links.people` (the batch's own persons, from `first_person` on), the kind as a byte,
    a text value as the one object of its value in `strings`; a tuple per fact, for every fact of the corpus at once,
    cost about three times as much."""

    KINDS = ("RANK", "TITLE", "ORG")
    __slots__ = ("doc_ids", "persons", "kinds", "values")

    def __init__(self, facts: list[tuple], people: list[_Person], first_person: int, strings: dict[str, str]):
        position = {id(p): i for i, p in enumerate(people[first_person:], first_person)}
        self.doc_ids = [doc_id for doc_id, *_ in facts]
        self.persons = np.array([position[id(person)] for _, person, _, _ in facts], dtype=np.int64)
        self.kinds = bytes(self.KINDS.index(kind) for _, _, kind, _ in facts)
        self.values = [value if kind == "ORG" else strings.setdefault(value, value) for _, _, kind, value in facts]

    def tuples(self, people: list[_Person]) -> list[tuple]:
        """The facts as `Links.facts` holds them, in their order."""
        kinds = [self.KINDS[k] for k in self.kinds]
        return [(d, people[p], k, v) for d, p, k, v in zip(self.doc_ids, self.persons.tolist(), kinds, self.values)]


def whole_dtypes(parts: list[dict]) -> dict:
    """The dtypes of the mentions `resolve_entities` gives, from those of the batches `resolve_in_batches` put (of
    each a {column: dtype}): a column all null in a batch is object there, text (`str`) where it has a value."""
    dtypes = dict(parts[0])
    for part in parts[1:]:
        for column, dtype in part.items():
            if dtype != dtypes[column] and dtypes[column] == np.dtype(object):
                dtypes[column] = dtype
    return dtypes


def prepare_mentions(mentions: pd.DataFrame, first_key: int = 0) -> pd.DataFrame:
    """Mentions ready to link: canonical forms filled in, acronyms, exercises and surnames relabelled, mentions of
    no letter or digit dropped, persons named without honorifics; a `row_key` (input order, from `first_key`),
    sorted by document and position."""
    # plain Python strings: this stage walks the rows, and iterating Arrow-backed strings is ~10x slower
    mentions = mentions.astype({c: object for c in ("doc_id", "text", "label", "norm") if c in mentions})
    for column in ("doc_id", "label", "text_id"):  # few distinct values, held to the run's end: one object each
        if column in mentions and mentions[column].dtype == object:
            interned = [sys.intern(v) if isinstance(v, str) else v for v in mentions[column].tolist()]
            mentions[column] = pd.Series(interned, index=mentions.index, dtype=object)
    if "norm" not in mentions:
        mentions["norm"] = mentions["text"]
    if "role" not in mentions:  # mentions made before ner told travel roles, or by hand
        mentions["role"] = None
    mentions["norm"] = mentions["norm"].fillna(mentions["text"]).astype(str)
    mentions["text"] = mentions["text"].astype(str).str.strip()
    _acronym_aliases(mentions)
    mentions["label"] = _relabel_surnames(mentions)
    mentions["label"] = _relabel_places(mentions)
    _join_org_forms(mentions)
    # decided once, here: a mention with no letter or digit is no entity, a PERSON with no letter no person,
    # so every PERSON row below has a name and gets a person
    keep = [
        _entity_text(t) and (label != "PERSON" or is_name(t))
        for t, label in zip(mentions["text"].tolist(), mentions["label"].tolist())
    ]
    mentions = mentions[np.array(keep, dtype=bool)].reset_index(drop=True)
    _exercise_names(mentions)
    persons = mentions["label"] == "PERSON"
    mentions.loc[persons, "norm"] = mentions.loc[persons, "text"].map(strip_honorifics)
    titles = mentions["label"] == "TITLE"
    mentions.loc[titles, "norm"] = mentions.loc[titles, "norm"].map(lambda t: title_abbreviations().get(t, t))
    # "Chief of Army Staff (COAS)": the post without its abbreviation in brackets (entities.py `_with_short_form`)
    mentions.loc[titles, "norm"] = mentions.loc[titles, "norm"].str.replace(
        r"\s*\([A-Z][A-Za-z&]*[A-Z]\)$", "", regex=True
    )
    _acronyms_in_titles(mentions)
    mentions["row_key"] = range(first_key, first_key + len(mentions))
    return mentions.sort_values(["doc_id", "para_idx", "start"], kind="stable")


@dataclass
class Links:
    """What in-document linking finds, gathered over all documents."""

    people: list[_Person] = field(default_factory=list)  # one per person of a document
    person_of: dict[int, int] = field(default_factory=dict)  # PERSON row key -> index in `people`
    title_refs: dict[int, str] = field(default_factory=dict)  # REF row key -> the post it names, used as a title
    ref_of: dict[int, int | None] = field(default_factory=dict)  # REF row key -> index in `people`, or None
    facts: list[tuple] = field(default_factory=list)  # (doc_id, person, kind, value) written with the names


def link_document(doc_id: str, doc_rows: list[dict], links: Links) -> None:
    """In-document linking: the persons of one document, the ranks, titles, bodies and countries written with
    them, their guessed countries, and the person each nominal reference ("the minister") means."""
    local, doc_keys = _link_names(doc_id, doc_rows, links)
    _join_short_names(local, doc_keys, links)
    facts = _counterpart_titles(_attach(doc_rows, links.person_of, links.people, links.title_refs))
    told = Counter((str(r["text"]), r["label"]) for r in doc_rows if r["label"] in ("EXERCISE", "PERSON"))
    exercises = {text for (text, label), n in told.items() if label == "EXERCISE" and n > told[(text, "PERSON")]}
    _drop_bare_names(local, doc_keys, links, exercises)
    _link_references(doc_rows, links)
    _respective_countries(doc_rows, links.person_of, links.people)
    _guess_countries(doc_rows, links.person_of, links.people, links.ref_of)
    links.facts += [(doc_id, *f) for f in facts]


def _link_names(doc_id: str, doc_rows: list[dict], links: Links) -> tuple[list[int], list[int]]:
    """Each PERSON mention joins the latest person of the document with a like surname whose first name agrees
    or who is another written form of the name, else becomes a new person. Returns (the document's persons,
    latest-named last; its PERSON row keys)."""
    people, local, doc_keys = links.people, [], []
    rank_of = _ranks_before_names(doc_rows)
    ranks_seen: dict[int, set[str]] = {}
    for row in (r for r in doc_rows if r["label"] == "PERSON"):
        text = row["norm"]  # the name without honorifics
        toks = _tokens(text)
        if not toks:
            continue
        same = [
            p
            for p in local
            if people[p].full[-1] == toks[-1]
            or fuzz.ratio(people[p].full[-1], toks[-1]) >= similarity("in_document_surname")
            # "Zhaksenbayev ... Jaksenbayev": a long surname told alone again in another transliteration
            or len(toks) == 1
            and len(toks[0]) >= 8
            and spellings_of_one_surname(people[p].full[-1], toks[-1])
        ]
        if len(toks) > 1:
            same = [
                p
                for p in same
                if len(people[p].full) == 1
                or _first_names_agree(people[p].full[0], toks[0])
                or _other_form(people[p].full, toks)
            ]
            same = same or [p for p in local if _other_form(people[p].full, toks)]
        rank = rank_of.get(row["row_key"])
        if same:
            # "General Velk" after General A Velk and Brigadier General B Velk: the one of that rank
            pid = ([p for p in same if rank in ranks_seen.get(p, ())] or same)[-1]
            people[pid].names.append(text)
            local.remove(pid)
        else:
            people.append(_Person(doc_id, text))
            pid = len(people) - 1
        if row["text"] != text and is_name(row["text"]):
            people[pid].honoured.append(row["text"])
        local.append(pid)
        if rank:
            ranks_seen.setdefault(pid, set()).add(rank)
        links.person_of[row["row_key"]] = pid
        doc_keys.append(row["row_key"])
    return local, doc_keys


def _rows_by_paragraph(doc_rows: list[dict]) -> list[list[dict]]:
    """A document's mention rows, paragraph by paragraph, each in (start, end) order (a body inside a post comes
    before the post)."""
    paras: dict = {}
    for row in doc_rows:
        paras.setdefault(row["para_idx"], []).append(row)
    return [sorted(rows, key=lambda r: (r["start"], r["end"])) for rows in paras.values()]


def _ranks_before_names(doc_rows: list[dict]) -> dict:
    """PERSON row key -> the rank written right before the name ("General" of "General X")."""
    found = {}
    for rows in _rows_by_paragraph(doc_rows):
        for before, row in zip(rows, rows[1:]):
            if row["label"] == "PERSON" and before["label"] == "RANK" and 0 <= row["start"] - before["end"] <= 2:
                found[row["row_key"]] = str(before["norm"]).casefold()
    return found


def _join_short_names(local: list[int], doc_keys: list[int], links: Links) -> None:
    """A surname-only person later given in full joins it; so does a one-word name that is the first word of
    exactly one full name of the document ("Sukarto", "Jin-Woo"; family names written first), or else a word
    inside exactly one (`_inner_name_word`), and a shorter form that is part of exactly one longer name
    (`_part_of_name`)."""
    people, person_of = links.people, links.person_of
    for pid in list(local):
        short = people[pid].full
        if len(short) == 1:
            word = short[-1]
            fuller = [q for q in local if q != pid and len(people[q].full) > 1 and people[q].full[-1] == word]
            if not fuller:
                fuller = [q for q in local if q != pid and len(people[q].full) > 1 and people[q].full[0] == word]
            if not fuller:
                fuller = [q for q in local if q != pid and _inner_name_word(word, people[q].full)]
        else:
            fuller = [
                q
                for q in local
                if q != pid and (_part_of_name(short, people[q].full) or _family_name_of(short, people[q].full))
            ]
        if len(fuller) == 1:
            people[fuller[0]].names += people[pid].names
            people[fuller[0]].honoured += people[pid].honoured
            for k in doc_keys:
                if person_of[k] == pid:
                    person_of[k] = fuller[0]
            local.remove(pid)


def _family_name_of(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """A family name with its particle ("Al-Hamdani", "Al Hamdani") that ends a longer name of the document
    ("Tarek bin Saad Al-Hamdani"): the same person where exactly one person of the document bears it
    (`_join_short_names`); two of one family named in one text stay apart."""
    n = len(short)
    return 2 <= n < len(long_) and short[0] in name_particles() and long_[-n:] == short


def _inner_name_word(word: str, long_: tuple[str, ...]) -> bool:
    """A word inside a longer name, neither its first nor its last: the first of two surnames ("Paredes" for
    "Jorge Luis Paredes Montoya", "Ribeiro" for "Joao Ribeiro da Costa"); not a particle, nor a parent's name
    after "bin"."""
    return any(
        long_[k] == word and long_[k - 1] not in resources.patronymic_words()
        for k in range(1, len(long_) - 1)
        if word not in name_particles()
    )


def _part_of_name(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """The given names before "bin"/"binti" of a longer name of the same document ("Khairul Azmi" in "Khairul Azmi
    bin Ismail"), which `_other_form` leaves apart since such a run may name a relative: joined only where exactly
    one person of the document has the longer name (`_join_short_names`), and so are the given names before a family
    name with its particle ("Nawaf Khaled" in "Nawaf Khaled Al-Hamad Al-Sabah"). A family name with its particle
    ("Al-Hnaiti" for "Yousef al-Hnaiti") stays apart: on real articles joining it lost a meeting."""
    n = len(short)
    if n == 2 and len(long_) == 3 and long_[:2] == short:
        return True  # "Ivo Brant" for "Ivo Brant Kalem": a name's first two words of three
    return (
        2 <= n < len(long_)
        and long_[:n] == short
        and (long_[n] in resources.patronymic_words() or long_[n] in name_particles())
    )


def _drop_bare_names(local: list[int], doc_keys: list[int], links: Links, exercises: set[str] = frozenset()) -> None:
    """A one-word "name" with no rank or title in the whole document is a place, a headline word, a ship or an
    acronym far more often than a person: not a person of this document; nor is a name with no rank or title that
    the document gives an exercise more often than a person (`exercises`: "Exercise Kestrel Shield ... Kestrel
    Shield drew 21 nations ... Kestrel Shield is held every two years"; an exercise named after a person told once
    as each, "the X exercises ... the mausoleum of X", leaves the person)."""
    for pid in list(local):
        person = links.people[pid]
        if (
            (
                all(len(_tokens(n)) <= 1 and not written_without_spaces(n) for n in person.names)
                or all(n in exercises for n in person.names)
            )
            and not person.ranks
            and not person.titles
            and not person.counterpart
        ):
            local.remove(pid)
            for k in doc_keys:
                if links.person_of.get(k) == pid:
                    del links.person_of[k]


def _link_references(doc_rows: list[dict], links: Links) -> None:
    """Each REF mention of the document to the person it fits among those named before it (`_resolve_ref`)."""
    seen: list[tuple[tuple, int, _Person]] = []
    of_country: dict[str, int] = {}  # "the Ostrian army chief" -> the person it was linked to, under "army chief"
    for row in doc_rows:
        if row["label"] == "PERSON" and row["row_key"] in links.person_of:
            pid = links.person_of[row["row_key"]]
            seen.append(((row["para_idx"], row["sent_idx"]), pid, links.people[pid]))
        elif row["label"] == "REF":
            if set(str(row["text"]).lower().split()) & meeting_cues()["visiting_words"]:
                # "the visiting General": the guest, whom relate knows from the meetings told (not the latest holder
                # of a post that fits: the host may hold one too)
                links.ref_of[row["row_key"]] = None
                continue
            post, named_country = _ref_post(str(row["text"]))
            pid = None if named_country else of_country.get(post)
            if pid is None:
                pid = _resolve_ref(row, seen)
            links.ref_of[row["row_key"]] = pid
            if pid is None:
                continue
            # "the VCNS called on Vice Admiral Y. The Vice Admiral also called on Z": the reference that opens a
            # sentence is its subject, the first fitting person a later "the Vice Admiral" means
            seen.append(((row["para_idx"], row["sent_idx"]), pid, links.people[pid]))
            if named_country:
                of_country[post] = pid


def _ref_post(text: str) -> tuple[str, bool]:
    """A reference's post words without its determiner and country ("the Ostrian army chief" -> "army chief"), and
    whether it named a country: "the army chief" told after "the Ostrian army chief" is that one, whoever else
    holding a chief's post was named since."""
    words = re.findall(r"[\w’']+", text)
    post = [w.lower() for w in words if w not in countries() and w.lower() not in ("the", "this", "that")]
    return " ".join(post), any(w in countries() for w in words)


def _without_failed_documents(mentions: pd.DataFrame, links: Links) -> pd.DataFrame:
    """A document that failed in-document linking is left out of everything across documents."""
    failed = faults.failed()
    if not failed:
        return mentions
    _without_failed_links(links)
    return mentions[~mentions["doc_id"].astype(str).isin(failed)]


def _without_failed_links(links: Links) -> None:
    if failed := faults.failed():
        links.person_of = {k: p for k, p in links.person_of.items() if str(links.people[p].doc_id) not in failed}
        links.facts = [f for f in links.facts if str(f[0]) not in failed]


# where a person node's country comes from, strongest first: (nodes.country_basis, the _Person list it is read from)
COUNTRY_BASES = (("stated", "countries"), ("guessed", "guesses"), ("guessed_from_others", "weak_guesses"))


def person_nodes(people: list[_Person], groups: list[list[int]]) -> tuple[dict[int, str], list[dict]]:
    """Node building for persons: (index in `people` -> node id, one node row per group). A node is named by the
    most used of its longest names; its country is the one most written with its members, else most guessed;
    its rank and title are the latest."""
    person_node: dict[int, str] = {}
    rows = []
    for members in groups:
        names = [n for p in members for n in people[p].names]
        honoured = {n for p in members for n in people[p].honoured}  # aliases too: in some names it is a name
        longest = max(len(n.split()) for n in names)
        name = Counter(n for n in names if len(n.split()) == longest).most_common(1)[0][0]
        nid = node_id("PERSON", name)
        for p in members:
            person_node[p] = nid
        ranks = [r for p in members for r in people[p].ranks]
        titles = [_title_name(t) for p in members for t in people[p].titles]
        country, basis = next(
            (
                (found[0][0], basis)
                for basis, attr in COUNTRY_BASES
                if (found := Counter(c for p in members for c in getattr(people[p], attr)).most_common(1))
            ),
            (None, None),
        )
        rows.append(
            {
                "node_id": nid,
                "name": name,
                "aliases": sorted((set(names) | honoured) - {name}),
                "country": country,
                "country_basis": basis,
                "rank": ranks[-1] if ranks else None,
                "title": titles[-1] if titles else None,
            }
        )
    return person_node, rows


def assign_nodes(mentions: pd.DataFrame, links: Links, person_node: dict[int, str]) -> pd.DataFrame:
    """Each mention's `node_id`: its person's node (a reference: the node of the person it means), or its type and
    canonical form; references naming a person's post become TITLE mentions; a body named without its country
    takes the one named with it in the document."""

    def canonical(label: str, norm: str, row_key: int) -> str | None:
        if label == "PERSON":
            return person_node.get(links.person_of.get(row_key))
        if label == "REF":
            pid = links.ref_of.get(row_key)
            return person_node.get(pid) if pid is not None else None
        if label not in schema.ENTITY_TYPES:
            return None
        if label == "TITLE":
            return None if _is_counterpart(norm) else node_id("TITLE", _title_name(norm))
        return node_id(label, norm)

    # the mentions' own keys looked up in the corpus's references (not the corpus's made a table for each batch)
    posts = [k in links.title_refs for k in mentions["row_key"].tolist()]
    if any(posts):
        posts = np.array(posts, dtype=bool)
        mentions.loc[posts, "label"] = "TITLE"
        mentions.loc[posts, "norm"] = [links.title_refs[k] for k in mentions.loc[posts, "row_key"].tolist()]
    mentions["node_id"] = [
        canonical(*r) for r in zip(mentions["label"].tolist(), mentions["norm"].tolist(), mentions["row_key"].tolist())
    ]
    _org_country_from_document(mentions)
    return mentions


def build_nodes(mentions: pd.DataFrame, person_rows: list[dict]) -> pd.DataFrame:
    """One node per linked node id, sorted: persons as `person_nodes` built them, bodies by their most written form
    (`_written_org_name`) with the country their canonical form gives, others by their most used canonical form;
    a person known only from references is no node."""
    return _nodes_table(_linked_nodes(mentions), person_rows)


def _nodes_table(linked: dict[str, dict], person_rows: list[dict]) -> pd.DataFrame:
    """`build_nodes` of the nodes `_linked_nodes` found."""
    person_info = {r["node_id"]: r for r in person_rows}
    rows = []
    for nid, node in sorted(linked.items()):
        label = node["label"]
        if label == "REF":
            continue
        info = person_info.get(nid)
        if info is None:
            name = node["norms"].most_common(1)[0][0]
            if label == "TITLE":
                name = _title_name(name)
            country = _org_base(name)[1] if label == "ORG" else None
            if label == "ORG":  # named as the texts write it, as persons are; the canonical form stays its id
                name = _written_org_name(name, node["texts"], country)
            info = {
                "name": name,
                "aliases": sorted(node["surface"] - {name}),
                "country": country,
                "rank": None,
                "title": None,
            }
        rows.append(
            {
                "node_id": nid,
                "type": label,
                **{k: info[k] for k in ("name", "aliases", "country", "rank", "title")},
                "country_basis": info.get("country_basis"),
                "n_mentions": node["n"],
                "n_documents": node.get("n_docs", 0) + len(node["docs"]),
            }
        )
    return pd.DataFrame(rows, columns=schema.NODES.names)


def _written_org_name(canonical: str, texts: Counter, country: str | None) -> str:
    """A body of a country named as the texts write it most: of its written forms of two or more words naming
    that country, the most used, then the longest; else (and for bodies of no country) the canonical form."""
    forms = [
        t
        for t in texts
        if len(t.split()) > 1 and not re.search(r"['’]s?\b", t) and t[:1].isupper() and country_in(t) == country
    ]
    if country is None or not forms:  # a body without a country (an alliance) keeps the name it is known by
        return canonical
    return max(sorted(forms), key=lambda t: (texts[t], len(t.split())))


def _linked_nodes(mentions: pd.DataFrame, found: dict[str, dict] | None = None) -> dict[str, dict]:
    """node_id -> its first label, surface forms, canonical forms (counted), documents and mention count; added to
    `found` (those of mentions before these) where it is given."""
    linked = mentions[mentions["node_id"].notna()]
    found = {} if found is None else found
    for nid, label, text, norm, doc_id in zip(
        linked["node_id"].tolist(),
        linked["label"].tolist(),
        linked["text"].tolist(),
        linked["norm"].tolist(),
        linked["doc_id"].tolist(),
    ):
        node = found.get(nid)
        if node is None:
            node = found[nid] = {
                "label": label,
                "surface": set(),
                "norms": Counter(),
                "docs": set(),
                "n": 0,
                "texts": Counter(),
            }
        node["surface"].add(text)
        node["texts"][text] += 1
        node["norms"][norm] += 1
        node["docs"].add(doc_id)
        node["n"] += 1
    return found


RELATION_OF_FACT = {"RANK": "HAS_RANK", "TITLE": "HOLDS_TITLE", "ORG": "MEMBER_OF"}


def build_edges(mentions: pd.DataFrame, links: Links, person_node: dict[int, str]) -> pd.DataFrame:
    """Entity edges: HAS_RANK, HOLDS_TITLE and MEMBER_OF from the facts written with each person, and
    PARTICIPATED_IN from the sentences that name an exercise; one edge per (relation, source, target, document)."""
    titles: dict[str, str] = {}
    rows = _fact_edges(mentions, links.facts, {id(p): i for i, p in enumerate(links.people)}, person_node, titles)
    return _edges_table(_without_shorter_posts(rows, titles) + _participation(mentions))


def _fact_edges(
    mentions: pd.DataFrame, facts: list[tuple], index: dict[int, int], person_node: dict[int, str], titles: dict
) -> list[dict]:
    """The HAS_RANK, HOLDS_TITLE and MEMBER_OF rows of `facts` (a body: the node of its mention, among
    `mentions`); each title's node id -> its name added to `titles`."""
    node_of_row = dict(zip(mentions["row_key"].tolist(), mentions["node_id"].tolist()))
    rows = []
    made: dict[tuple, tuple[str, str]] = {}  # (kind, value) -> (node id, name): one string per post, not per fact
    for doc_id, person, kind, value in facts:
        source = person_node.get(index[id(person)])
        if kind == "ORG":
            target = node_of_row.get(value)
        else:
            if (kind, value) not in made:
                name = value if kind == "RANK" else _title_name(value)
                made[kind, value] = node_id(kind, name), name
            target, name = made[kind, value]
            if kind == "TITLE":
                titles[target] = name
        if source is None or target is None:
            continue
        rows.append(
            {
                "source": source,
                "target": target,
                "doc_id": doc_id,
                "relation": RELATION_OF_FACT[kind],
                "confidence": confidence("written_with_name"),
            }
        )
    return rows


def _edges_table(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=schema.EDGES.names).drop_duplicates(["relation", "source", "target", "doc_id"])


def _post_words(title: str) -> frozenset[str]:
    """A post's words, folded, without function words and with one spelling of "defence"."""
    words = re.findall(r"\w+", fold(title).replace("defense", "defence"))
    return frozenset(w for w in words if w not in determiners() and w not in {"of", "for", "and"})


def _without_shorter_posts(rows: list[dict], titles: dict[str, str]) -> list[dict]:
    """One document's posts of a person without those another of its posts writes out more fully: all its words
    are the other's ("Minister" beside "Minister of Defense"); of two forms with the same words ("Defense
    Minister", "Minister of Defense") the longer stays. One post, one title."""
    keep = _not_shorter_posts(*([r[c] for r in rows] for c in ("relation", "doc_id", "source", "target")), titles)
    return [r for r, kept in zip(rows, keep) if kept]


def _not_shorter_posts(
    relations: list[str], doc_ids: list[str], sources: list[str], targets: list[str], titles: dict[str, str]
) -> list[bool]:
    """`_without_shorter_posts` of edge rows given as columns: whether each row stays."""
    held: dict[tuple, set[str]] = {}
    for relation, doc_id, source, target in zip(relations, doc_ids, sources, targets):
        if relation == "HOLDS_TITLE":
            held.setdefault((doc_id, source), set()).add(titles[target])

    def written_out(short: str, long: str) -> bool:
        a, b = _post_words(short), _post_words(long)
        return a < b or (a == b and (len(short), short) < (len(long), long))

    return [
        relation != "HOLDS_TITLE" or not any(written_out(titles[target], o) for o in held[(doc_id, source)])
        for relation, doc_id, source, target in zip(relations, doc_ids, sources, targets)
    ]


def _batched_edges_table(
    fact_parts: list[pd.DataFrame], participation: list[pd.DataFrame], titles: dict
) -> pd.DataFrame:
    """`_edges_table(_without_shorter_posts(fact rows, titles) + participation rows)` of rows kept as a frame per
    batch (`_edges_frame`; a dict per row, for every edge of the corpus at once, was most of what the edges cost),
    filtered with the titles of the whole corpus; the same rows, dtypes and index."""
    parts = [part for part in fact_parts if len(part)]
    facts = pd.concat(parts, ignore_index=True) if parts else None
    if facts is not None:
        columns = ("relation", "doc_id", "source", "target")
        facts = facts[np.array(_not_shorter_posts(*(facts[c].tolist() for c in columns), titles), dtype=bool)]
    parts = ([facts] if facts is not None and len(facts) else []) + [part for part in participation if len(part)]
    if not parts:
        return _edges_table([])
    return pd.concat(parts, ignore_index=True).drop_duplicates(["relation", "source", "target", "doc_id"])


def _edges_frame(rows: list[dict]) -> pd.DataFrame:
    """Edge rows as the frame `_edges_table` makes of them (not deduplicated)."""
    return pd.DataFrame(rows, columns=schema.EDGES.names)


ROW_FIELDS = ("doc_id", "para_idx", "sent_idx", "start", "end", "text", "label", "norm", "row_key", "role")


ROWS_PER_SLICE = 20_000  # mention rows made Python values at a time by `_rows_by_document`


def _rows_by_document(mentions: pd.DataFrame) -> Iterator[tuple[str, list[dict]]]:
    """(doc_id, its mention rows as dicts) for mentions sorted by document; one document's dicts at a time, the
    columns made Python values one slice of rows at a time (not a list per column for the whole corpus)."""
    for doc_id, rows in groupby(_row_values(mentions), key=itemgetter(0)):
        yield doc_id, [dict(zip(ROW_FIELDS, row)) for row in rows]


def _row_values(mentions: pd.DataFrame) -> Iterator[tuple]:
    for start in range(0, len(mentions), ROWS_PER_SLICE):
        part = mentions.iloc[start : start + ROWS_PER_SLICE]
        yield from zip(*(part[c].tolist() for c in ROW_FIELDS))


def _org_base(norm: str) -> tuple[str, str | None]:
    """(body, country) of a canonical body name: `Turkish General Staff` -> (`General Staff`, `Turkey`)."""
    head, _, tail = norm.rpartition(" of ")
    if head and tail in demonyms():
        return head, tail
    first, _, rest = norm.partition(" ")
    if first in crown_prefixes():  # "Royal Thai Navy": the country word follows the prefix
        body, country = _org_base(rest)
        return (body, country) if country else (norm, None)
    country = countries().get(first)
    return (rest, country) if rest and country else (norm, None)


def _country_first(norm: str) -> str:
    """A body's name written with its country's name or another demonym first ("Bahrain Defense Force", "United
    States Army") in the canonical form, with the country's body demonym ("Bahraini Defense Force", "US Army"):
    the key that tells two forms of one body apart from two bodies."""
    words = norm.split()
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]) in countries() and words[n][:1].isupper():
            return org_name(" ".join(words[n:]), countries()[" ".join(words[:n])])
    return norm


def _initials(norm: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", norm) if w[:1].isupper())


def _column_rows_by_document(df: pd.DataFrame, *columns: str) -> list[list[tuple]]:
    """(row index, *columns) of each row, grouped by document in order of first appearance, rows in table order:
    the groups of `df.groupby("doc_id", sort=False)` as lists, without building a frame per document."""
    groups: dict[str, list[tuple]] = {}
    for doc_id, *row in zip(df["doc_id"].tolist(), df.index.tolist(), *(df[c].tolist() for c in columns)):
        groups.setdefault(doc_id, []).append(tuple(row))
    return list(groups.values())


def _one_body_per_document(orgs: pd.DataFrame) -> dict[int, str]:
    """Row index -> the fuller name of its body, for bodies one document writes several ways: an acronym that is
    the initials of exactly one of the document's body names ("DND" for "Department of National Defense"), and
    a name that exactly one longer name of the document ends in, the rest being a proper name ("National Guard"
    in "New York National Guard"); names with a country are joined by `_org_country_from_document`."""
    found: dict[int, str] = {}
    for rows in _column_rows_by_document(orgs, "text", "norm"):
        names = {norm for _, _, norm in rows}
        for idx, text, norm in rows:
            if re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z]", text) and norm == text:
                fits = {n for n in names if n != norm and len(n.split()) > 1 and _initials(n) == text}
            else:
                fits = {
                    n
                    for n in names
                    if n.endswith(" " + norm)
                    and len(norm.split()) > 1
                    and all(w[:1].isupper() and w not in portfolio_words() for w in n[: -len(norm)].split())
                }
            if len(fits) == 1:
                found[idx] = next(iter(fits))
    return found


def _same_country_forms(orgs: pd.DataFrame) -> dict[int, str]:
    """Row index -> the fullest of the names a document gives one body with its country written in different
    forms ("Bahrain Defense Force" and "Bahraini Defense Force", "United States Army" and "US Army")."""
    found: dict[int, str] = {}
    for rows in _column_rows_by_document(orgs, "norm"):
        forms: dict[str, set[str]] = {}
        for norm in {norm for _, norm in rows}:
            forms.setdefault(_country_first(norm), set()).add(norm)
        for idx, norm in rows:
            group = forms[_country_first(norm)]
            if len(group) > 1:
                found[idx] = max(sorted(group), key=lambda n: (len(n.split()), len(n)))
    return found


def _join_org_forms(mentions: pd.DataFrame) -> None:
    """A body written several ways in one document is one body, named by its fullest form: its country written
    in other forms, then acronyms and shorter names joined to the fuller name (`_one_body_per_document`)."""
    is_org = mentions["label"] == "ORG"
    if not is_org.any():
        return
    found = _same_country_forms(mentions[is_org])
    if found:
        mentions.loc[list(found), "norm"] = list(found.values())
    found = _one_body_per_document(mentions[is_org])
    if found:
        mentions.loc[list(found), "norm"] = list(found.values())


def _org_country_from_document(mentions: pd.DataFrame) -> None:
    """A body named without its country ("the Defence Ministry") is the one named with it in the document."""
    orgs = mentions[mentions["label"] == "ORG"]
    qualified: dict[tuple[str, str], set[str]] = {}  # (document, body) -> its names with a country
    for doc_id, norm in zip(orgs["doc_id"].tolist(), orgs["norm"].tolist()):
        base, country = _org_base(norm)
        if country:
            qualified.setdefault((doc_id, base), set()).add(norm)
    index, fulls = [], []
    for idx, doc_id, norm in zip(orgs.index, orgs["doc_id"].tolist(), orgs["norm"].tolist()):
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
        linked["doc_id"].tolist(),
        linked["para_idx"].tolist(),
        linked["sent_idx"].tolist(),
        linked["label"].tolist(),
        linked["node_id"].tolist(),
    ):
        if label in ("EXERCISE", "GPE", "ORG"):
            exercises, parties = sentences.setdefault((doc_id, para_idx, sent_idx), ({}, {}))
            (exercises if label == "EXERCISE" else parties)[nid] = None
    return [
        {
            "source": p,
            "target": x,
            "relation": "PARTICIPATED_IN",
            "doc_id": key[0],
            "confidence": confidence("participated_in"),
        }
        for key, (exercises, parties) in sentences.items()
        for x in exercises
        for p in parties
    ]
