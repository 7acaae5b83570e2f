"""Domain entities settled into `doc.ents`: ranks, titles, bodies, exercises, nominal references, persons.

The SpanRuler (patterns from `models/patterns/*.jsonl`) proposes RANK, TITLE, ORG, REF and country
spans into `doc.spans[RULER_KEY]`; `settle_entities` merges them with the statistical model's entities
and with exercise names found from cue words, then writes one non-overlapping set to `doc.ents`.
Spans' `id_` carries the canonical form (full rank, body with its country, country of a demonym).
Word lists live in `models/`: the gazetteer (countries, demonyms, capitals, cities), honorifics, words never
part of a name, name particles, post heads, words that keep a model ORG from being a body, ships, outlets, and
`entities.json` (generic capitalised words, words ending a name, body heads, bodies that need their country).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

from rapidfuzz import fuzz
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline import resources
from pipeline.nlp import dates, token_strings

RULER_KEY = "meetgraph_ruler"
COUNTERPART = "counterpart"
BARE_COUNTERPART = "counterpart_name"  # the ruler's id of a counterpart with no determiner (models/patterns/ref.jsonl)
NESTED_KEY = "meetgraph"
TEXT_ID = "=text"  # span id of a body pattern whose canonical form is the matched text ("Southern Command")
ABBREVIATION = "abbreviation"  # span id of an abbreviated post ("COAS"), a title only before a name or rank
PATTERN_FILES = ("rank.jsonl", "title.jsonl", "org.jsonl", "ref.jsonl")

INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}(?:[A-Z]\.?)?$")  # "E.A.", "J.", "F.K.Y." before a surname
YEAR_SUFFIX = re.compile(r"^[A-Z][\w’'.]*-(19|20)\d\d$")
ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")  # "2nd" of "Petty Officer 2nd Class"
YEAR = re.compile(r"^(19|20)\d\d$")
EDITION = re.compile(r"^(?:[IVXL]{1,6}|\d{1,2})$")  # an exercise's edition: "-IX", "-27", " 26"
OPENING_QUOTES = frozenset("«“\"'‘„")
CLOSING_QUOTES = {"«": "»", "“": "”", '"': '"', "'": "'", "‘": "’", "„": "“"}
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})  # "President X's instructions": the name ends before it


@cache
def word_families() -> dict:
    """Word families of this step (models/entities.json)."""
    return resources.read_json("entities.json")


@cache
def _family_words(family: str) -> frozenset[str]:
    """The words of one family of models/entities.json."""
    return frozenset(word_families()[family]["words"])


@cache
def glued_initial_name() -> re.Pattern:
    """ "G.Brantbold", "Ts.Velkhuyag": one or two initials written onto the name with a stop."""
    initial = "|".join(["[A-Z]", *sorted(_family_words("glued_initials"))])
    return re.compile(rf"^(?:(?:{initial})\.){{1,2}}[A-Z][a-z]{{2,}}$")


def generic_caps() -> frozenset[str]:
    """Capitalised words, lower-cased, that open sentences or name generic things: never an exercise name alone."""
    return _family_words("generic_caps")


def name_stop_words() -> frozenset[str]:
    """Words after a rank or title that end a name rather than start one."""
    return _family_words("name_stop_words")


def body_heads() -> frozenset[str]:
    """Head words of a body's name ("Forces", "Staff", "Ministry")."""
    return _family_words("body_heads")


def needs_country() -> frozenset[str]:
    """Bodies that only name one real body with the country they belong to ("the Turkish Air Force")."""
    return _family_words("needs_country")


def crown_prefixes() -> frozenset[str]:
    """Words before a country word that belong to a body's name ("Royal" in "Royal Thai Navy")."""
    return _family_words("crown_prefixes")


@cache
def country_after_body() -> tuple[str, ...]:
    """Beginnings of a body's name written with "of <country>" after it ("Ministry of Defence of X")."""
    return tuple(word_families()["country_after_body"]["prefixes"])


@cache
def weekdays() -> tuple[str, ...]:
    return tuple(word_families()["weekdays"]["words"])


@cache
def countries() -> dict[str, str]:
    """Country name, alias or demonym -> country (models/gazetteer.json)."""
    return {form: country for country, forms in resources.read_json("countries.json").items() for form in forms}


@cache
def institutions() -> dict[str, str]:
    """Seats, commands and services that stand for their country ("Pentagon", "Kremlin", "AFRICOM") -> country,
    from the gazetteer's `institutions`."""
    return {k: v for k, v in resources.gazetteer().get("institutions", {}).items() if not k.startswith("_")}


@cache
def country_table() -> dict[str, str]:
    """Country names, aliases and demonyms and the institutions that stand for a country -> country."""
    return {**institutions(), **countries()}


@cache
def longest_country_name() -> int:
    """The most words of a `country_table` name ("Democratic People's Republic of Korea")."""
    return max(len(name.split()) for name in country_table())


@cache
def country_names() -> frozenset[str]:
    """Forms naming a country itself (GPE), as opposed to its people's demonyms (NORP)."""
    table = resources.read_json("meetings/places.json")["countries"]
    return frozenset(countries()) - {d for info in table.values() for d in info.get("demonyms", [])}


@cache
def exercise_cues() -> tuple[frozenset[str], frozenset[str]]:
    """(cue nouns, lower-case modifiers allowed between a name and its cue)."""
    lines = resources.read_lines("exercise_cues.txt")
    return (
        frozenset(x for x in lines if not x.startswith(("~", ">"))),
        frozenset(x[1:] for x in lines if x.startswith("~")),
    )


@cache
def exercise_introducers() -> tuple[tuple[str, ...], ...]:
    """Word sequences after a cue noun that introduce its names ("such as", "dubbed"), lower-case."""
    return tuple(tuple(x[1:].split()) for x in resources.read_lines("exercise_cues.txt") if x.startswith(">"))


@cache
def cities() -> dict[str, str]:
    """City -> country, from the gazetteer shared with the meeting frames."""
    table = resources.read_json("meetings/places.json")["countries"]
    found: dict[str, str] = {}
    for country, info in table.items():
        if country in countries().values():  # not an alliance's seat
            for city in info.get("cities", []):
                found.setdefault(city, country)
    return found


@cache
def world_cities() -> dict[str, str]:
    """city -> country for the world's larger cities (models/world_cities.tsv, built from GeoNames by
    scripts/build_world_cities.py), keyed by the folded name: only the country of a place the recogniser already
    tagged, never a place found by name alone, since many of these names are ordinary words or surnames too."""
    rows = (line.split("\t") for line in resources.read_lines("world_cities.tsv"))
    return {row[0].casefold(): row[1] for row in rows if len(row) == 2}


def ruler_patterns() -> list[dict]:
    """Every SpanRuler pattern: the JSONL files plus country names (GPE), demonyms (NORP) and cities (GPE),
    except forms the gazetteer marks as too often a name or a common word."""
    folder = resources.models_dir() / "patterns"
    patterns = [p for name in PATTERN_FILES for p in resources.read_jsonl(folder / name)]
    patterns += [v for p in patterns for v in _portfolio_variants(p)]
    patterns += [v for p in patterns if (v := _two_word_demonym_variant(p)) is not None]
    ambiguous = set(resources.gazetteer().get("not_in_ruler", {}).get("forms", []))
    for form, country in countries().items():
        if form not in ambiguous or form in demonyms_before_post():  # those kept before a post only (_ruler_spans)
            label = "GPE" if form in country_names() else "NORP"
            patterns.append({"label": label, "pattern": form, "id": country})
    patterns += [
        {"label": "GPE", "pattern": city, "id": city}
        for city in cities()
        if city not in ambiguous and city not in countries()
    ]
    patterns += [{"label": "TITLE", "pattern": short, "id": ABBREVIATION} for short in title_abbreviations()]
    return patterns


_NOT_A_PERSON = {"REGEX": "^[A-Z]"}, {"NOT_IN": ["PERSON"]}


def _portfolio_variants(pattern: dict) -> list[dict]:
    """A title pattern whose capitalised tail must not be a person ("Minister of <Defence ...>", so that the
    holder's name is not taken in), again with the tail opening on a portfolio word even where the model tagged
    it a person: inside a model entity begun before it ("On 3 May the Minister of Defence of ...": the model's
    PERSON "the Minister of Defence"), or at the start of one ("Minister for National Defense Policy X Y": the
    model's PERSON "Policy X")."""
    tokens = pattern["pattern"]
    if pattern["label"] != "TITLE" or not isinstance(tokens, list):
        return []
    for k, tok in enumerate(tokens):
        if (tok.get("TEXT"), tok.get("ENT_TYPE"), tok.get("OP")) == (*_NOT_A_PERSON, "+"):
            # the portfolio word in a model entity (ENT_IOB "I" or "B"), then the tail as before
            return [
                {
                    **pattern,
                    "pattern": [
                        *tokens[:k],
                        {"ORTH": {"IN": sorted(portfolio_words())}, "ENT_IOB": iob},
                        {**tok, "OP": "*"},
                        *tokens[k + 1 :],
                    ],
                }
                for iob in ("I", "B")
            ]
    return []


def _two_word_demonym_variant(pattern: dict) -> dict | None:
    """A reference pattern that allows one capitalised word before its post ("the Indonesian Navy Commander"), again
    with a demonym of two words there ("the Sri Lankan Navy Commander"): the first word, then the last word of a
    demonym of the gazetteer."""
    tokens = pattern["pattern"]
    if pattern["label"] != "REF" or not isinstance(tokens, list):
        return None
    k = next((k for k, tok in enumerate(tokens[:3]) if tok == {"IS_TITLE": True, "OP": "?"}), None)
    if k is None:
        return None
    tails = {"LOWER": {"IN": _two_word_demonym_tails()}}
    return {**pattern, "pattern": [*tokens[:k], {"IS_TITLE": True}, tails, *tokens[k + 1 :]]}


@cache
def _two_word_demonym_tails() -> list[str]:
    """The last words of the gazetteer's demonyms of two words ("lankan" of "Sri Lankan"), lowercase."""
    names = country_names()
    return sorted({form.split()[-1].lower() for form in countries() if len(form.split()) > 1 and form not in names})


@cache
def demonyms_before_post() -> frozenset[str]:
    """Demonyms too often a name ("Lao") tagged only right before a rank, title or body (models/gazetteer.json)."""
    return frozenset(resources.gazetteer().get("not_in_ruler", {}).get("demonyms_before_post", []))


@cache
def _post_qualifiers() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.read_json("meetings/ref_fits.json")
    return frozenset(data["qualifiers"]), frozenset(data["deputy_words"])


@cache
def ref_fits() -> dict[str, tuple[str, ...]]:
    """REF head word -> words one of which the person's rank or title must contain (models/meetings/ref_fits.json)."""
    return {head: tuple(words) for head, words in resources.read_json("meetings/ref_fits.json")["fits"].items()}


@cache
def _compound_fits() -> dict[str, tuple[str, ...]]:
    data = resources.read_json("meetings/ref_fits.json")["compound_fits"]
    return {head: tuple(words) for head, words in data.items() if not head.startswith("_")}


def _compound_key(ref_text: str) -> str | None:
    """The compound a reference ends in ("the defence chief", "the Angolan head of state"), else None."""
    words = re.findall(r"[a-z]+", ref_text.lower())
    return next((key for n in (3, 2) if (key := " ".join(words[-n:])) in _compound_fits()), None)


def compound_fits(ref_text: str) -> tuple[str, ...] | None:
    """Words one of which the post must hold when the reference ends in a portfolio and its head ("the defence
    chief" fits a Secretary of Defense) or names a post by what it is ("the head of state" fits a President),
    else None."""
    key = _compound_key(ref_text)
    return _compound_fits()[key] if key is not None else None


def names_a_post(ref_text: str) -> bool:
    """Whether a reference names a post or rank ("the President", "the admiral"), not only someone ("he", "the
    guests")."""
    qualifiers, _ = _post_qualifiers()
    return bool(set(re.findall(r"[a-z]+", ref_text.lower())) & (qualifiers | set(ref_fits())))


def post_fits(ref_text: str, post: str, rank: str = "") -> bool:
    """Whether a person holding `post` (their titles, one string) and `rank` can be what a reference names: a post
    reference's head fits the post or rank ("the admiral"), the qualifying words of the reference are in the post
    ("the Prime Minister" is no defence minister), and a deputy's post is only a reference to a deputy ("the
    minister" is not the Deputy Minister)."""
    qualifiers, deputy = _post_qualifiers()
    key = _compound_key(ref_text)
    # the words of a compound are no qualifiers ("state" of "the head of state" is not a Minister of State's)
    ref_words = set(re.findall(r"[a-z]+", ref_text.lower())) - set((key or "").split())
    if not names_a_post(ref_text):
        return True  # "he", "the guests": no post to fit
    held_apart = [p for p in re.split(r"\s+and\s+(?=[A-Z])|;", post) if p.strip()]
    if len(held_apart) > 1 and any(post_fits(ref_text, p.strip(), rank) for p in held_apart):
        return True  # "Deputy Prime Minister and Minister of National Defence": "the minister" holds the second
    post_words = set(re.findall(r"[a-z]+", post.lower()))
    held_words = post_words | set(re.findall(r"[a-z]+", rank.lower()))  # "the vice admiral": a Vice Admiral
    # "the Commander-in-Chief of the X Army" (its head is "chief"): a known post must hold a word that fits it
    head = next(
        (w for w in reversed(re.findall(r"[a-z]+", ref_text.lower().split(" of ")[0])) if w in ref_fits()), None
    )
    held = f"{post} {rank}".lower().strip()
    compound = _compound_fits()[key] if key is not None else None
    fits = compound or (ref_fits()[head] if head is not None else ())
    if (head is not None or compound) and held and not any(f in held for f in fits):
        return False
    if head is not None and _names_a_body(post) and not all(acronym_in(a, post) for a in _body_acronyms(ref_text)):
        return False  # "the RFMF commander" is no commander of another force
    # "the General" for a Major General who is a deputy commander: the reference names the rank, not the post
    names_rank = head is not None and head in re.findall(r"[a-z]+", rank.lower())
    return ref_words & qualifiers <= held_words and (names_rank or not (post_words & deputy - ref_words))


def _names_a_body(post: str) -> bool:
    """A post that names its body by a name of its own ("Commander of the Republic of X Military Forces"), not only
    by post words ("Chief of Staff": its body told apart, as "The X Defence Force (XDF) Chief of Staff")."""
    words = post.split()
    return any(w in body_heads() or w.removesuffix("s") in body_heads() for w in words) and any(
        w[:1].isupper() and w.lower() not in title_pattern_words() and w not in body_heads() for w in words
    )


def _body_acronyms(ref_text: str) -> list[str]:
    """The acronyms of bodies in a reference ("the RFMF commander"), not of countries ("the US general")."""
    return [a for a in re.findall(r"\b[A-Z]{2,6}\b", ref_text) if a not in countries()]


def acronym_in(acronym: str, post: str, whole_post: bool = False) -> bool:
    """The acronym is written in the post or stands for its capitalised words ("Republic of Fiji Military Forces");
    `whole_post`: only an acronym of the post itself, spelt from its first word ("EU Special Representative") or
    given in brackets after it ("Chief of Defence Staff (JEMAD)"), never one of a body named in it ("Commander of the
    Royal Cambodian Armed Forces (RCAF)")."""
    bracketed = whole_post and post.rstrip().endswith(f"({acronym})")
    if bracketed:
        post = post.rstrip().removesuffix(f"({acronym})")
    if re.search(rf"\b{acronym}\b", post):
        return not whole_post  # "RCAF Commander": the acronym of a body the post names
    words = [w.lower() for w in re.findall(r"\b[A-Z][\w'’-]*", post)]
    post_words = _post_words()

    def spelt(rest: str, i: int, posted: bool = False) -> bool:
        """ "AFRICOM" from "Africa Command": the rest of the acronym is the starts of the words from the i-th on (for
        `whole_post`, one of them a word of a post: "EUSR" spells "Representative", "RCAF" only a body's words)."""
        if not rest:
            return posted or not whole_post
        return i < len(words) and any(
            rest.startswith(words[i][:k]) and spelt(rest[k:], i + 1, posted or words[i] in post_words)
            for k in range(len(words[i]), 0, -1)
        )

    folded = acronym.lower()
    if bracketed:  # the post's own, unless it spells a body named inside the post
        return spelt(folded, 0) or not any(spelt(folded, i, True) for i in range(1, len(words)))
    return spelt(folded, 0) if whole_post else any(spelt(folded, i) for i in range(len(words)))


@cache
def _post_words() -> frozenset[str]:
    """Lower-case words of posts that name no body ("representative", "chief"; not "forces")."""
    return title_pattern_words() - {h.lower() for h in body_heads()}


@cache
def title_abbreviations() -> dict[str, str]:
    """Abbreviated post -> the post written out (models/title_abbreviations.json)."""
    return {k: v for k, v in resources.read_json("title_abbreviations.json").items() if not k.startswith("_")}


def country_of(span: Span) -> str | None:
    """Country named by a token (or two) inside the span."""
    table = countries()
    for i, token in enumerate(span):
        two = span[i : i + 2].text
        if two in table:
            return table[two]
        if token.text in table:
            return table[token.text]
    return None


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and (
        token.is_alpha
        or "-" in token.text
        or "’" in token.text
        or "'" in token.text[1:-1]  # "Ma'afu", "O'Neill" (not "Dato'" nor a possessive)
        or INITIALS.match(token.text) is not None
        or glued_initial_name().match(token.text) is not None
        or token.text in _family_words("given_name_abbreviations")
    )


@cache
def honorifics() -> frozenset[str]:
    """Honorifics before a name (models/honorifics.txt), without a trailing period."""
    return frozenset(h.rstrip(".") for h in resources.read_lines("honorifics.txt"))


@cache
def headline_words() -> frozenset[str]:
    """Verbs and nouns of title-case headlines (models/headline_words.txt)."""
    return frozenset(resources.read_lines("headline_words.txt"))


@cache
def not_name_words() -> frozenset[str]:
    """Capitalised words never part of a person's name (models/not_name_words.txt and headline_words.txt)."""
    return frozenset(resources.read_lines("not_name_words.txt")) | headline_words()


def name_particles() -> frozenset[str]:
    """Lower-case particles inside names (models/name_particles.txt)."""
    return resources.name_particles()


@cache
def not_body_words() -> tuple[frozenset[str], frozenset[str]]:
    """(last words that make a model ORG an event, document or place; words never a body alone), from
    models/not_body_words.txt."""
    lines = resources.read_lines("not_body_words.txt")
    return (
        frozenset(x.split(":", 1)[1] for x in lines if x.startswith("last:")),
        frozenset(x.split(":", 1)[1] for x in lines if x.startswith("alone:")),
    )


@cache
def folded_places() -> frozenset[str]:
    """Country forms and cities, case-folded ("ARGENTINA", "BANGKOK" in a capitalised dateline)."""
    return frozenset(p.casefold() for p in list(countries()) + list(cities()))


def _not_a_body(ent: Span, outlets: frozenset[str]) -> bool:
    """A name the model tags ORG that names no body: a news outlet or agency (or a span beginning with one), a
    country or city in capitals, a post's abbreviation, an event, document or place, a generic word."""
    last, alone = not_body_words()
    text = ent.text.removeprefix("the ").removeprefix("The ")
    folded = text.casefold()
    places = folded_places()
    latin = sum(c.isascii() and c.isalpha() for c in text)
    return (
        ent[-1].text in last
        or any(c.isdigit() for c in ent.text)
        or text in needs_country()
        or latin * 2 < sum(c.isalpha() for c in text)  # a name in another script
        or folded in outlets
        or ent[0].text.casefold() in outlets
        or outlet_shaped([t.text for t in ent])
        or folded in places
        or text in title_abbreviations()
        or (len(ent) == 1 and text in alone)
        or _two_names(ent)
        or any(t.text in headline_words() for t in ent)
        or all(t.text.replace(".", "") in postnominals() for t in ent)  # "X, PVSM, AVSM, SM, Chief of ..."
    )


@cache
def _outlet_tails() -> tuple[tuple[str, ...], ...]:
    """Outlet tails as word tuples, longest first (models/entities.json `outlet_tails`)."""
    return tuple(sorted((tuple(w.split()) for w in _family_words("outlet_tails")), key=len, reverse=True))


def outlet_shaped(words: list[str]) -> bool:
    """Words that name a news outlet or agency by their shape: ending in an outlet tail ("Kenya News Agency",
    "Kyiv Post") or beginning with an outlet head ("Daily Monitor"), two words or more; a one-word tail only
    without "of" ("Ministry of Information and Broadcasting" is a body)."""
    if len(words) < 2:
        return False
    return words[0] in _family_words("outlet_heads") or any(
        tuple(words[-len(tail) :]) == tail and len(words) > len(tail) and (len(tail) > 1 or "of" not in words)
        for tail in _outlet_tails()
    )


def _two_names(ent: Span) -> bool:
    """ "A and B" where both sides are single capitalised words naming no body ("Petrov and Ivanov")."""
    words = ent.text.split()
    return (
        len(words) == 3
        and words[1] == "and"
        and all(w[:1].isupper() and w not in body_heads() and w not in portfolio_words() for w in (words[0], words[2]))
    )


@cache
def post_heads() -> frozenset[str]:
    """Post heads written straight before a body, or before "General" in a post (models/post_heads.txt)."""
    return frozenset(resources.read_lines("post_heads.txt"))


@cache
def honorific_prefixes() -> frozenset[str]:
    """Every prefix of an honorific: the first token of one, its trailing periods dropped, is among them."""
    return frozenset(h[:k] for h in honorifics() for k in range(len(h) + 1))


def honorific_length(doc: Doc, i: int) -> int:
    """Number of tokens of the honorific starting at token i ("Tan Sri", "Dr.", "Dato'"), 0 if none."""
    if i >= len(doc) or doc[i].text.rstrip(".") not in honorific_prefixes():
        return 0  # no honorific starts with this token (most tokens: skips building four spans)
    for n in (4, 3, 2, 1):
        if i + n <= len(doc) and doc[i : i + n].text.rstrip(".") in honorifics():
            return n
    return 0


def _name_run_left(doc: Doc, end: int, taken: set[int], limit: int = 4) -> int:
    """Start of the run of capitalised name tokens ending at `end` (exclusive); `end` if none."""
    start = end
    while start > 0 and end - start < limit:
        token = doc[start - 1]
        if start - 1 in taken or not (_capitalised(token) or (start == end and YEAR.match(token.text))):
            break
        if token.lower_ in generic_caps() or token.text in countries():
            break
        start -= 1
    return start


def exercise_spans(doc: Doc, taken: set[int], texts: list[str]) -> list[Span]:
    """Exercise names from cues: a year suffix (`Efes-2022`), or capitalised words before an exercise noun.

    Coordinated names share the cue ("the A and B exercises"); generic phrases ("joint drills") have no
    capitalised name and are skipped.
    """
    cues, modifiers = exercise_cues()
    found = []
    for i, (text, lower) in enumerate(zip(texts, token_strings.strings(doc, LOWER))):
        # "12-Mar.-2024": a page's date stamp, no edition of an exercise named after a month
        stem = text.split("-")[0]
        if (
            "-" in text
            and YEAR_SUFFIX.match(text)
            and stem not in countries()
            and stem.lower().rstrip(".") not in dates.months()
        ):
            start = _name_run_left(doc, i, taken, limit=3)
            found.append(Span(doc, start, i + 1, label="EXERCISE"))
            continue
        if lower not in cues:
            continue
        end = i
        while end > 0 and doc[end - 1].lower_ in modifiers:
            end -= 1
        while end > 0 and doc[end - 1].is_quote:
            end -= 1
        found += _names_after_cue(doc, i, taken) + _name_before_appositive_cue(doc, i, taken)
        if end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            end -= 3  # "Keris Woomera 2024 (KW24) exercise"
        while True:
            edition = _edition_before(doc, end)  # "the Coral Lynx-XVII exercise": the name before its edition
            start = _name_run_left(doc, end - edition, taken)
            if start == end - edition:
                break
            if not YEAR_SUFFIX.match(doc[end - 1].text) and not _only_place_words(doc[start : end - edition]):
                found.append(Span(doc, start, end, label="EXERCISE"))
            if start >= 2 and doc[start - 1].lower_ in {"and", ",", "the"}:
                end = start - 1
                while end > 0 and doc[end - 1].lower_ in {"and", ",", "the"}:
                    end -= 1
                continue
            break
    return [_with_edition(span) for span in found]


def _edition_before(doc: Doc, end: int) -> int:
    """2 where a hyphen and an edition (`EDITION`) written onto a word end just before `end` ("Lynx-XVII"), else 0."""
    return 2 if end >= 3 and EDITION.match(doc[end - 1].text) and _joining_hyphen(doc, end - 2) else 0


def _joining_hyphen(doc: Doc, k: int) -> bool:
    """A hyphen at `k` written onto the words on both sides ("Lynx-XVII", "Brant-Kalem")."""
    return 0 < k < len(doc) - 1 and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _with_edition(span: Span) -> Span:
    """An exercise name with the edition written after it ("Coral Lance-IX", "Coral Lance 26, which ran ..."): a
    Roman numeral or a number of one or two digits joined by a hyphen, or a two-digit number set apart that nothing
    but punctuation, a preposition, a conjunction or a verb follows (not "X 26 ships")."""
    doc, k = span.doc, span.end
    if _joining_hyphen(doc, k) and EDITION.match(doc[k + 1].text):
        return Span(doc, span.start, k + 2, label=span.label_)
    if (
        k < len(doc)
        and doc[k].text.isdigit()
        and len(doc[k].text) == 2
        and doc[k - 1].whitespace_
        and (k + 1 == len(doc) or doc[k + 1].is_punct or doc[k + 1].pos_ in ("ADP", "CCONJ", "VERB", "AUX"))
    ):
        return Span(doc, span.start, k + 1, label=span.label_)
    return span


def _only_place_words(span: Span) -> bool:
    """A name of only region and sea words or countries ("Baltic Sea"): where, not which, exercise."""
    return all(t.text in portfolio_words() or t.text in countries() for t in span)


def _names_after_cue(doc: Doc, i: int, taken: set[int]) -> list[Span]:
    """Names written after an exercise noun at token i: in quotes ("exercises «A. B»"), after an introducing
    word ("drills such as A, B and C"), or straight after it ("the naval exercise Northern Shield", "the exercises A, B
    and C")."""
    k = i + 1
    for words in exercise_introducers():
        if tuple(t.lower_ for t in doc[k : k + len(words)]) == words:
            k += len(words)
            break
    else:
        words = None
    if words is None and _appositive_after_cue(doc, i):
        return _appositive_name(doc, i + 2, taken)
    if k < len(doc) and doc[k].text in OPENING_QUOTES:
        close = CLOSING_QUOTES[doc[k].text]
        end = next((j for j in range(k + 1, min(k + 12, len(doc))) if doc[j].text in {close, "»", "”", '"'}), None)
        if end is not None and end > k + 1 and doc[k + 1].text[:1].isupper():
            return [Span(doc, k + 1, end, label="EXERCISE")]
        return []
    found = []
    while k < len(doc):
        j = _exercise_name_end(doc, k, taken, 4)
        if j == k or YEAR.match(doc[k].text) or _only_place_words(doc[k:j]):
            break
        found.append(Span(doc, k, j, label="EXERCISE"))
        # "drills such as A, B and C", "the exercises A, B and C" (a plural cue lists them too)
        if words is None and doc[i].tag_ != "NNS" or j >= len(doc) or doc[j].lower_ not in {",", "and"}:
            break
        k = j + 1 + (j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "and")
    return found


def _name_before_appositive_cue(doc: Doc, i: int, taken: set[int]) -> list[Span]:
    """ "Steppe Falcon, an annual exercise between A and B, ...": a capitalised name set off by a comma before the
    exercise noun that is its apposition."""
    head = doc[i].head
    if doc[i].dep_ != "appos" or head.i >= i - 2 or doc[head.i + 1].text != ",":
        return []
    start = _name_run_left(doc, head.i + 1, taken)
    if start == head.i + 1 or _only_place_words(doc[start : head.i + 1]):
        return []
    return [Span(doc, start, head.i + 1, label="EXERCISE")]


def _appositive_after_cue(doc: Doc, i: int) -> bool:
    """ "discussed the allies' combined exercise, Kestrel Shield, and ...": a comma after a singular exercise noun
    that a verb comes before in its sentence, so it is no opening phrase ("During the exercise, Karl Hesse said")."""
    if i + 2 >= len(doc) or doc[i + 1].text != "," or doc[i].tag_ == "NNS":
        return False
    sent_start = doc[i].sent.start
    return any(t.pos_ in ("VERB", "AUX") for t in doc[sent_start:i])


def _exercise_name_end(doc: Doc, k: int, taken: set[int], limit: int) -> int:
    """The end of the exercise name that may start at `k`: at most `limit` capitalised words or years, none taken,
    none a country's name, a stop word or a generic capitalised word; `k` when there is none."""
    j = k
    while (
        j < len(doc)
        and j - k < limit
        and j not in taken
        and (_capitalised(doc[j]) or YEAR.match(doc[j].text))
        and doc[j].text not in countries()
        and doc[j].text not in name_stop_words()
        and doc[j].lower_ not in generic_caps()
    ):
        j += 1
    return j


def _appositive_name(doc: Doc, k: int, taken: set[int]) -> list[Span]:
    """The name set off by commas after an exercise noun: one to five capitalised words (or a year) that a comma, a
    full stop or a closing bracket ends; anything else ("exercise, General X said") names no exercise."""
    j = _exercise_name_end(doc, k, taken, 5)
    if j == k or YEAR.match(doc[k].text) or j < len(doc) and doc[j].text not in {",", ".", ")", ";"}:
        return []
    return [] if _only_place_words(doc[k:j]) else [Span(doc, k, j, label="EXERCISE")]


def inner_hyphen(token) -> bool:
    """A hyphen inside one written word ("Jin-Woo", "Min-ji")."""
    doc = token.doc
    return (
        token.text == "-"
        and token.i > 0
        and token.i + 1 < len(doc)
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
        and doc[token.i + 1].is_alpha
    )


@lru_cache(maxsize=1 << 14)
def weekday_like(text: str) -> bool:
    """A weekday, misspelt or not ("Wednesay", "Thurdsay"): never part of a name."""
    return len(text) >= 5 and text[:1].isupper() and any(fuzz.ratio(text, day) >= 85 for day in weekdays())


def _family_name_first(token) -> bool:
    """A word otherwise never in a name, written before a hyphenated given name ("Park Sung-ho"): a family name
    written first."""
    doc, i = token.doc, token.i
    return (
        i + 3 < len(doc)
        and token.is_alpha
        and token.text[:1].isupper()
        and doc[i + 1].is_alpha
        and doc[i + 1].text[:1].isupper()
        and inner_hyphen(doc[i + 2])
        and doc[i + 3].is_lower
    )


def _family_name_at(token, taken: set[int]) -> bool:
    return token.i not in taken and not _name_token(token, taken) and _family_name_first(token)


def _name_token(token, taken: set[int]) -> bool:
    return (
        token.i not in taken
        and (not token.is_punct or inner_hyphen(token))
        and token.text not in countries()
        and token.text.rstrip(".") not in honorifics()
        and token.lower_ not in POSSESSIVES
        and token.text not in not_name_words()
        and not weekday_like(token.text)
    )


def postnominals() -> frozenset[str]:
    """Letters after a name for a seat, an honour or a degree ("X MP", "Y KC"): no part of the name."""
    return _family_words("postnominals")


def past_postnominals(doc: Doc, i: int) -> int:
    """The index of the first token from `i` on that is no letters after a name ("X AO DSC, at ...")."""
    while i < len(doc) and doc[i].text.replace(".", "") in postnominals():
        i += 1
    return i


def _without_postnominals(span: Span) -> Span:
    """ "Ivo Brant MP", "Kora Lenz KC": the name without the letters after it."""
    end = span.end
    while end - span.start > 1 and span.doc[end - 1].text.replace(".", "") in postnominals():
        end -= 1
    return span if end == span.end else Span(span.doc, span.start, end, label=span.label_)


def _trimmed_person(span: Span, taken: set[int]) -> Span | None:
    """A model PERSON span without the ranks, titles, demonyms, honorifics and non-name words inside it: the
    name begins at its first name word and ends before the next word that is not one."""
    doc, i = span.doc, span.start + _honorific_reaching_in(span.doc, span.start)
    after_word = False
    while i < span.end:
        skip = honorific_length(doc, i) or (0 if _name_token(doc[i], taken) or _family_name_at(doc[i], taken) else 1)
        if not skip:
            break
        after_word = not honorific_length(doc, i)
        i += skip
    if i >= span.end or after_word and doc[i].is_lower:
        return None  # "Ministério da Defesa": no name begins with a particle after a word that is none
    end = i + _family_name_at(doc[i], taken)
    while end < span.end and _name_token(doc[end], taken) and not (end > i and honorific_length(doc, end)):
        end += 1
    while end > i and doc[end - 1].text == "-":
        end -= 1
    return Span(doc, i, end, label="PERSON")


def _honorific_reaching_in(doc: Doc, start: int) -> int:
    """Tokens from `start` on that end an honorific begun before it (the model's "Seri X" after "Dato' Seri")."""
    for k in (1, 2, 3):
        if start - k >= 0 and (n := honorific_length(doc, start - k)) > k:
            return n - k
    return 0


def _names_in_person(ent: Span, taken: set[int]) -> list[Span]:
    """The names in a model PERSON span: trimmed (`_trimmed_person`), and split at a headline word between two
    names ("Halden Meets Omar Ruiz" -> "Halden", "Omar Ruiz")."""
    found = []
    while (trimmed := _trimmed_person(ent, taken)) is not None:
        found.append(trimmed)
        if trimmed.end + 1 >= ent.end or ent.doc[trimmed.end].text not in headline_words():
            break
        ent = Span(ent.doc, trimmed.end + 1, ent.end, label="PERSON")
    return found


def _with_honorific(span: Span, taken: set[int]) -> Span:
    """A person span with the honorific right before it ("Sheikh", "Tan Sri Datuk"): the mention reaches its
    rank or title; resolution names the person without it (`strip_honorifics`). A name's block of initials
    between the honorific and the name ("Dr ABM X Y") is the name's (`_initials_before_name`)."""
    doc, start = span.doc, span.start
    if start >= 2 and honorific_length(doc, start - 2) == 1 and _initials_before_name(doc[start - 1 : start], span):
        start -= 1
    while True:
        # `>= n`: the model's span may begin inside a honorific of several words ("Datuk [Seri Hamzah Idris]")
        n = next((n for n in (4, 3, 2, 1) if start - n >= 0 and honorific_length(doc, start - n) >= n), 0)
        if not n or any(i in taken for i in range(start - n, start)):
            break
        start -= n
    return span if start == span.start else Span(doc, start, span.end, label="PERSON")


def strip_honorifics(name: str) -> str:
    """A person's name without the honorifics it begins with ("Tan Sri Datuk Harun Ariff" -> "Harun Ariff")."""
    words = name.split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in (4, 3, 2, 1):
            if len(words) > n and " ".join(words[:n]).rstrip(".") in honorifics():
                words, changed = words[n:], True
                break
    return " ".join(words)


def _named_after_post(ent: Span, anchors: list[Span], taken: set[int]) -> bool:
    """A model ORG of two to four name-shaped words set off by a comma right after a post ("the Director of
    the Border Agency, Kunle Adeyemi"): the holder's name."""
    ends = {a.end for a in anchors if a.label_ in {"TITLE", "REF"}}
    doc = ent.doc
    comma = ent.start - 1
    post_end = comma
    while (
        post_end > 0
        and post_end not in ends
        and comma - post_end < 8
        and (
            doc[post_end - 1].lower_ in {"of", "the", "and", "for", "at", "in", "to"}
            or _capitalised(doc[post_end - 1])
            or doc[post_end - 1].pos_ in ("NOUN", "DET")
            and doc[post_end - 1].is_alpha
        )
    ):
        # "the Director of the Department of State Services, X", "the State Secretary at the Ministry of Defence, X":
        # the body after the post; "the ambassador to this country, X", "the deputy director of X affairs at Y, Z"
        post_end -= 1
    return (
        2 <= len(ent) <= 4
        and ent.start >= 2
        and doc[comma].text == ","
        and post_end in ends
        and not any(i in taken for i in range(ent.start, ent.end))
        and all(
            t.is_alpha
            and t.text[:1].isupper()
            and not _body_word(t)
            and t.text not in name_stop_words()
            and t.text not in not_name_words()
            for t in ent
        )
    )


def _name_read_as_body(ent: Span, taken: set[int], post_ends: set[int]) -> bool:
    """A model ORG, GPE or LOC of two or three name-shaped words in a list of names after a post ("the presidents
    A B, C D and E F", "Foreign Ministers A B and C D"), or met, received, called on or talked with ("will meet A B
    in Lomar"): a foreign name the model misread."""
    words = [t for t in ent if not inner_hyphen(t)]  # "Anna-Lena Vogt": three words, two of them joined
    if not 2 <= len(words) - (len(ent) - len(words)) <= 3 or ent.text in countries() or ent.text in cities():
        return False
    if not all(
        _free_name_word(t, taken)
        and t.text not in cities()
        and t.text not in thing_words()[1]
        and t.text not in demonyms()
        and not _a_known_place(t)
        for t in words
    ):
        return False
    root = ent.root
    if _listed_after_a_post(min((root, *root.conjuncts)), taken, post_ends) or _name_of_a_country(ent):
        return True
    if _met_or_talked_with(root):
        return True
    # "called on X, President of Y, ...": a call-on's object with a post set off after it
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in ("on", "upon")
        and root.head.head.lemma_ == "call"
        and ent.end + 1 < len(ent.doc)
        and ent.doc[ent.end].text == ","
        and ent.doc[ent.end + 1].lower_ in title_pattern_words()
    )


def _name_of_a_country(ent: Span) -> bool:
    """ "hosted his counterparts A B of Croatia, C D of Montenegro": name-shaped words with no "the" before them,
    followed by "of" and a country, are a person said to be of that country (a body or place would take "the")."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].lower_ == "of"
        and any(doc[ent.end + 1 : ent.end + 1 + n].text in countries() for n in (1, 2, 3))
        and not (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
        and not any(t.text in _family_words("state_words") or t.text in title_pattern_words() for t in ent)
    )


def _name_after_a_comma_in_body(ent: Span, taken: set[int]) -> Span | None:
    """ "... in charge of the Gendarmerie, Ivo Bela Koss": a model ORG run on over the comma after the body a post
    names into its holder's name; the two to four name-shaped words after the comma, else None."""
    comma = next((t.i for t in reversed(ent) if t.text == ","), None)
    if comma is None or comma == ent.start or not _body_word(ent.doc[comma - 1]):
        return None
    name = ent.doc[comma + 1 : ent.end]
    if not 2 <= len(name) <= 4 or not all(_free_name_word(t, taken) for t in name):
        return None
    return Span(ent.doc, name.start, name.end, label="PERSON")


def _listed_after_a_post(name_end, taken: set[int], post_ends: set[int]) -> bool:
    """The proper nouns ending at the token come right after a post ("Foreign Ministers A B", `post_ends`) or a post
    head in lower case ("the presidents A B")."""
    start = name_end.i
    while start > 0 and name_end.doc[start - 1].pos_ == "PROPN" and start - 1 not in taken:
        start -= 1
    before = name_end.doc[start - 1] if start else None
    return start in post_ends or before is not None and before.is_lower and before.lemma_ in lowercase_posts()[0]


def _named_after_comma(doc: Doc, anchors: list[Span], taken: set[int]) -> list[Span]:
    """Two to four name-shaped words set off by commas right after a post ("Ghana's Minister for Defence, Kofi
    Mensah Boateng, said"), whatever the model read them as: the holder's name."""
    found = []
    for anchor in anchors:
        posted = (
            anchor.label_ == "REF" and anchor[0].lower_ == "the" and len(anchor) > 2 and anchor[1].text[:1].isupper()
        )
        if anchor.label_ != "TITLE" and not posted and not (anchor.label_ == "RANK" and _rank_set_off(anchor)):
            continue
        k = anchor.end
        # "the Minister for Home Affairs and Immigration, X", "the Director General of the Kestrel Ocean Agency, X":
        # the rest of the post up to the comma
        while (
            k < len(doc)
            and k - anchor.end < 6
            and (
                doc[k].lower_ in ("and", "of")
                or _capitalised(doc[k])
                or doc[k].lower_ == "the"
                and doc[k - 1].lower_ == "of"
            )
        ):
            k += 1
        if k + 2 >= len(doc) or doc[k].text != ",":
            continue
        j = k + 1
        while (
            j < len(doc)
            and j - k - sum(t.lower_ in name_particles() for t in doc[k + 1 : j]) <= 5
            and j not in taken
            and (
                _name_word(doc[j])
                and doc[j].is_alpha
                or inner_hyphen(doc[j])
                or j > k + 1
                and doc[j].lower_ in name_particles()  # "Ivo de Jesus Velk"
                or j > k + 1
                and _middle_initial(doc[j])  # "Ivo C. Brant"
            )
            and doc[j].text not in not_name_words()
            and (doc[j].text not in cities() or j == k + 1)
            and not weekday_like(doc[j].text)
        ):
            j += 1
        words = [t for t in doc[k + 1 : j] if t.is_alpha and t.lower_ not in name_particles()]
        if doc[j - 1].lower_ in name_particles() or _middle_initial(doc[j - 1]):
            continue  # "Minister of Defence, Ivo Brant de": no name ends in a particle or an initial
        if words and words[0].text in cities() and len(words) < 3:
            continue  # "the Ambassador of Chile, Santiago, said": a city; "..., Santiago Brantes Velkar," a given name
        if 2 <= len(words) <= 4 and (j == len(doc) or doc[j].text in {",", ".", ";", "("}):
            found.append(Span(doc, k + 1, j, label="PERSON"))
    return found


def _saint_extended(span: Span, taken: set[int]) -> Span:
    """ "General Omar St." + "Aubyn Campbell": a name the model ended at the stop of "St." goes on over the
    capitalised name words after it."""
    doc, end = span.doc, span.end
    if not len(span) or span[-1].text not in _family_words("saint_abbreviations"):
        return span
    while end < len(doc) and end - span.end < 3 and end not in taken and _name_word(doc[end]):
        end += 1
    return Span(doc, span.start, end, label=span.label_) if end > span.end else span


def _surname_joined(span: Span, taken: set[int]) -> Span:
    """ "Admiral Ivo Brant" + "e Velk": a name the model ended before a word for "and" that joins two surnames
    (entities.json surname_joiners) goes on over the surname after it."""
    doc, k = span.doc, span.end
    if (
        k + 1 < len(doc)
        and doc[k].text in _family_words("surname_joiners")
        and k + 1 not in taken
        and _name_word(doc[k + 1])
        and doc[k + 1].is_alpha
        and doc[k + 1].text not in countries()
        and doc[k + 1].text not in cities()
        and not (k + 2 < len(doc) and _capitalised(doc[k + 2]))  # "A e B C": two people, not one name
    ):
        return Span(doc, span.start, k + 2, label=span.label_)
    return span


def _head_name_extended(span: Span, taken: set[int]) -> Span:
    """ "Mira Koval" + "Sy": a name the model ended before its last word, which the parse makes the head the name's
    words hang on, goes on over it (a short West African or Asian surname the model did not know)."""
    doc, k = span.doc, span.end
    if (
        k < len(doc)
        and doc[k - 1].dep_ == "compound"
        and doc[k - 1].head.i == k
        and doc[k].pos_ == "PROPN"
        and _free_name_word(doc[k], taken)
        and doc[k].text not in cities()
        and not weekday_like(doc[k].text)
        and not (k + 1 < len(doc) and _capitalised(doc[k + 1]))
    ):
        return Span(doc, span.start, k + 1, label=span.label_)
    return span


def _particle_extended(span: Span, taken: set[int]) -> Span:
    """ "Mira Joana" + "dos Koval": a name the model ended before a lower-case name particle goes on over the
    particles and the capitalised surname after them (the model read the surname as a place or a body)."""
    doc, k = span.doc, span.end
    j = k
    while j < len(doc) and doc[j].is_lower and doc[j].lower_ in name_particles() and j not in taken:
        j += 1
    if j == k or j >= len(doc) or j in taken or not _capitalised(doc[j]) or doc[j].text in countries():
        return span
    if doc[k:j].text in ("de", "la", "le") and doc[j].text in cities():
        return span  # "X de Paris": a French place phrase as likely as a surname
    end = j + 1
    while end < len(doc) and end - j < 3 and end not in taken and _capitalised(doc[end]) and _name_word(doc[end]):
        end += 1
    return Span(doc, span.start, end, label=span.label_)


def _city_surname_extended(span: Span) -> Span:
    """ "General X Y" + "Rosario": a name of two or more words the model ended before a last surname that is
    also a city's name (taken for the place) goes on over it, where the phrase ends right after it."""
    doc, k = span.doc, span.end
    if (
        len(span) < 2
        or k + 1 >= len(doc)
        or not doc[k].is_alpha
        or doc[k].text not in cities()
        or doc[k].text in countries()
        or doc[k + 1].text not in (",", ".", ";", ")")
    ):
        return span
    return Span(doc, span.start, k + 1, label=span.label_)


def _joined_at_particles(persons: list[Span], taken: set[int] = frozenset()) -> list[Span]:
    """Two adjacent person spans where the second begins with a name particle ("X" "Bin Y Z") or the first ends in
    "St." ("X St." "Clair Y": the model cut the name at the stop) are one name, and so
    are two spans with a word for "son/daughter of" alone between them ("X" bin "Haji Y"); so is a name with a
    nickname in quotes before the surname ("Thomas “Tom” Hale"); and a given name right before "Sheikh X Y", where
    the honorific is a word of the name (`_honorific_inside_name`)."""
    out: list[Span] = []
    for span in sorted(persons, key=lambda s: (s.start, -s.end)):
        if out and (
            out[-1].end == span.start
            and (
                span[0].lower_ in name_particles() or out[-1].text.endswith(tuple(_family_words("saint_abbreviations")))
            )
            or _parent_named_between(out[-1], span, taken)
            or _title_word_inside_name(out[-1], span)
            or _apostrophe_inside_name(out[-1], span)
            or _honorific_inside_name(out[-1], span)
            or _initials_before_name(out[-1], span)
        ):
            out[-1] = Span(span.doc, out[-1].start, span.end, label="PERSON")
        else:
            out.append(_with_nickname(span, taken))
    return [
        s for i, s in enumerate(out) if not any(o.start <= s.start and s.end <= o.end and o is not s for o in out[:i])
    ]


def _initials_before_name(first: Span, second: Span) -> bool:
    """ "AKM" "Rafiq Hasan": a block of two or three capital initials without stops opens many South Asian names;
    read alone it looks like an acronym and was dropped (or left out). A country's code is no name's initials."""
    text = first.text
    return (
        len(first) == 1
        and second.start == first.end
        and len(second) >= 2
        and 2 <= len(text) <= 3
        and text.isalpha()
        and text.isupper()
        and text not in countries()
        and text not in institutions()
    )


def _honorific_inside_name(first: Span, second: Span) -> bool:
    """ "Omar" "Sheikh Ali Doran": one given name, then "Sheikh" and a name; in Somali and some South Asian names
    the honorific is a word of the name (entities.json inner_name_honorifics), which the model cut there."""
    doc = first.doc
    words = _family_words("inner_name_honorifics")
    return len(first) == 1 and (
        second.start == first.end
        and len(second) >= 2
        and second[0].text in words
        or second.start == first.end + 1
        and doc[first.end].text in words
    )


def _apostrophe_inside_name(first: Span, second: Span) -> bool:
    """ "Sabir Rabi' al-Hashemi": an apostrophe written for an Arabic letter ends a word of the name, not the
    name; the model cut it there (the next word opens with a name particle or a capital)."""
    doc, k = first.doc, first.end
    return (
        second.start == k + 1
        and doc[k].text in ("'", "’")
        and not doc[k - 1].whitespace_
        and (second[0].lower_ in name_particles() or _capitalised(second[0]))
    )


def _title_word_inside_name(first: Span, second: Span) -> bool:
    """ "Tarek" "Amir" "Nadeem X": a title that is also a given name (entities.json name_title_words), alone
    between two parts of a name, is part of it."""
    doc = first.doc
    return second.start == first.end + 1 and doc[first.end].text in _family_words("name_title_words")


def _title_word_opening_a_name(spans: list[Span]) -> list[Span]:
    """ "acting foreign minister Amir Daud X": a title that is also a given name (entities.json name_title_words),
    alone between another post and a name, opens the name (no one is written with two posts back to back)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if (
            span.label_ == "PERSON"
            and len(out) >= 2
            and out[-1].label_ == "TITLE"
            and len(out[-1]) == 1
            and out[-1].end == span.start
            and out[-1].text in _family_words("name_title_words")
            and out[-2].label_ == "TITLE"
            and out[-2].end == out[-1].start
        ):
            out[-1] = Span(span.doc, out[-1].start, span.end, label="PERSON")
        else:
            out.append(span)
    return out


def _parent_named_between(first: Span, second: Span, taken: set[int]) -> bool:
    """ "X bin Haji Y": a word for "son/daughter of", and an honorific after it, alone between two names."""
    doc, k = first.doc, first.end
    if k >= second.start or doc[k].lower_ not in resources.patronymic_words() or k in taken:
        return False
    return k + 1 == second.start or honorific_length(doc, k + 1) == second.start - k - 1


def _with_nickname(span: Span, taken: set[int]) -> Span:
    doc, k = span.doc, span.end
    if (
        k + 3 < len(doc)
        and doc[k].is_quote
        and doc[k + 1].text[:1].isupper()
        and doc[k + 2].is_quote
        and _capitalised(doc[k + 3])
        and k + 3 not in taken
        and doc[k + 3].text not in not_name_words()
    ):
        end = k + 4
        while (
            end < len(doc)
            # a particle's surname counts one word more ("Ana "Bing" Dela Velk Brant")
            and end - k < 5 + sum(2 * inner_hyphen(t) + (t.lower_ in name_particles()) for t in doc[k : end + 1])
            and (_capitalised(doc[end]) or inner_hyphen(doc[end]) or doc[end - 1].text == "-")
            and end not in taken
            and doc[end].text not in not_name_words()
            and doc[end].text not in name_stop_words()
        ):
            end += 1
        return Span(doc, span.start, end, label="PERSON")
    return span


@cache
def ship_words() -> tuple[frozenset[str], frozenset[str]]:
    """(ship prefixes, lower-case ship nouns), from models/ship_words.txt."""
    lines = resources.read_lines("ship_words.txt")
    return (
        frozenset(x[7:] for x in lines if x.startswith("prefix:")),
        frozenset(x for x in lines if not x.startswith("prefix:")),
    )


@cache
def rank_words() -> frozenset[str]:
    """Lower-case words of every rank spelling ("lieutenant", "major", "gen")."""
    folder = resources.models_dir() / "patterns"
    return frozenset(
        w.lower().strip(".-")
        for p in resources.read_jsonl(folder / "rank.jsonl")
        if isinstance(p["pattern"], str)
        for w in p["pattern"].replace("-", " ").split()
    )


@cache
def title_pattern_words() -> frozenset[str]:
    """Lower-case words the title patterns spell out ("crown", "prince" of "Crown Prince")."""

    def spelled(pattern) -> list[str]:
        if isinstance(pattern, str):
            return [pattern]
        values = [v for token in pattern for key in ("ORTH", "LOWER", "TEXT") if (v := token.get(key)) is not None]
        return [w for v in values for w in (v.get("IN", []) if isinstance(v, dict) else [v]) if isinstance(w, str)]

    patterns = resources.read_jsonl(resources.models_dir() / "patterns" / "title.jsonl")
    return frozenset(w.lower() for p in patterns for value in spelled(p["pattern"]) for w in value.split())


def is_ship(span: Span) -> bool:
    """A name that begins with a ship prefix ("USS X") or follows one or a ship noun, with or without an officer's rank
    between ("the frigate X", "ARA Almirante X", "Coast Guard Cutter X", the noun capitalised inside the span)."""
    prefixes, nouns = ship_words()
    before = span.start - 1
    while before > 0 and span.doc[before].lower_ not in nouns and span.doc[before].lower_.strip(".") in rank_words():
        before -= 1  # "ARA Almirante X", "the frigate General X": a ship named after an officer
    return (
        span[0].text in prefixes
        or (before >= 0 and span.doc[before].lower_ in nouns)
        or (before >= 0 and span.doc[before].text in prefixes)  # "BNS X arrived": the model left the prefix out
        or (len(span) > 1 and span[0].lower_ in nouns)
    )


@cache
def thing_words() -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case nouns that make the name before them a thing's or place's; capitalised heads that make it part
    of a body's name), from models/thing_words.txt."""
    lines = resources.read_lines("thing_words.txt")
    return (
        frozenset(x for x in lines if not x.startswith(("head:", "before:", "named:"))),
        frozenset(x[5:] for x in lines if x.startswith("head:")),
    )


@cache
def naming_words() -> frozenset[str]:
    """Words before a name that make it an operation's name ("Operation X"), from models/thing_words.txt."""
    return frozenset(x[6:] for x in resources.read_lines("thing_words.txt") if x.startswith("named:"))


@cache
def place_of_nouns() -> frozenset[str]:
    """Place nouns whose "of" names places ("the districts of X, Y and Z"), from models/thing_words.txt."""
    return frozenset(x[3:] for x in resources.read_lines("thing_words.txt") if x.startswith("of:"))


def _a_place_of(span: Span) -> bool:
    """A name in the list after a place noun and "of" ("the districts of Alvor, Sela and Mirandela", "the port city
    of Alvor"): a place."""
    doc, k = span.doc, span.start - 1
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if k > 0 and doc[k].text == "," and after not in {",", "and", "or"}:
        return False  # "the port city of Alvor, Tarek Hamdani.": a name set off after the place, no list item
    while (
        k > 0
        and span.start - k < 16
        and (doc[k].text in {",", "and"} or _capitalised(doc[k]) or doc[k].lower_ in name_particles())
    ):
        k -= 1
    return k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ in place_of_nouns()


@cache
def place_prepositions() -> frozenset[str]:
    """Words before a name that make it a place ("arrived in X"), from models/thing_words.txt."""
    return frozenset(x[7:] for x in resources.read_lines("thing_words.txt") if x.startswith("before:"))


def _a_place_after(span: Span) -> bool:
    """A name right after "in" or "at" ("arrived in Diego Garcia") and not a possessive ("in Petrov's view"), or
    joined by "and" to a name there that is no person's."""
    doc = span.doc
    if (
        span.start > 0
        and doc[span.start - 1].lower_ in naming_words()
        # not the last word of a post ("Under-Secretary-General for Peace Operations X")
        and not (span.start > 1 and _capitalised(doc[span.start - 2]))
    ):
        return True  # "Operation Kestrel Shield": the operation's name
    if len(span) > 1 and span[0].lower_ in naming_words() and span.start > 0 and not _capitalised(doc[span.start - 1]):
        return True  # "operations like Op Zarb": the model took the naming word into the name
    if span.start > 0 and doc[span.start - 1].lower_ in place_prepositions():
        return not (span.end < len(doc) and doc[span.end].text in POSSESSIVES)
    # "in Upper Lomar and Velk Nadu": joined to a name right after "in" that the model did not read as a person
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    edge = first.left_edge.i
    return (
        first != span.root
        and doc[span.start - 1].lower_ == "and"
        and first.ent_type_ != "PERSON"
        and edge > 0
        and doc[edge - 1].lower_ in place_prepositions()
    )


def _a_place_range_end(span: Span) -> bool:
    """An end of a range of places after a place noun ("in coastal provinces from X to Y"): a place."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before == "from" and span.end < len(doc) and doc[span.end].lower_ == "to":
        start = span.start - 1
    elif before == "to":
        start = next(
            (i for i in range(span.start - 2, max(span.start - 8, 0) - 1, -1) if doc[i].lower_ == "from"), None
        )
        if start is None:
            return False
    else:
        return False
    return start > 0 and doc[start - 1].lower_ in place_of_nouns()


CLOSERS = frozenset({"'", '"', "’", "”", "»"})


def _word_after(span: Span):
    """The token after a name, past a closing quote or a hyphen ("the 'Kestrel' series", "Petrov-class")."""
    doc, k = span.doc, span.end
    while (
        k < len(doc)
        and k - span.end < 2
        and (doc[k].text in CLOSERS or doc[k].text == "-" and not doc[k - 1].whitespace_)
    ):
        k += 1
    return doc[k] if k < len(doc) else None


@cache
def product_names() -> frozenset[str]:
    """Defence manufacturers and weapon systems (models/product_names.txt)."""
    return frozenset(resources.read_lines("product_names.txt"))


def _a_product(span: Span) -> bool:
    """A maker's or weapon system's name, or a span beginning with one ("Lockheed Martin Corporation")."""
    names = product_names()
    return any(span[:n].text in names and not _given_name_of(span, n) for n in range(1, min(len(span), 3) + 1))


def _given_name_of(span: Span, n: int) -> bool:
    """ "Rafael Ortiz Pena": a one-word maker's name that is also a given name, followed by name words only (no
    body head, no thing or product word; a nickname's quotation marks and inner hyphens pass), begins a person's
    name, not the maker's."""
    nouns, heads = thing_words()
    rest = span[n:]
    return (
        n == 1
        and len(rest) > 0
        and all(
            (t.text[:1].isupper() or t.is_quote or inner_hyphen(t))
            and t.text not in heads
            and t.lower_ not in nouns
            and t.text not in product_names()
            for t in rest
        )
    )


def _coordinated_end(span: Span) -> Span:
    """The last name of a list the span begins ("Kestrel and Falcon missiles" -> "Falcon")."""
    doc, end = span.doc, span.end
    while end + 1 < len(doc) and doc[end].lower_ in {"and", "or", ","} and _capitalised(doc[end + 1]):
        end += 1
        while (
            end < len(doc)
            and end - span.end < 8
            and (_capitalised(doc[end]) or doc[end].text == "-" and not doc[end - 1].whitespace_)
        ):
            end += 1
    return span if end == span.end else doc[end - 1 : end]


def names_a_thing(span: Span, heads: bool = True) -> bool:
    """A name followed by a noun of a weapon, vessel, programme or place ("the Shamshir missile", "the Karsan
    border", "Kestrel and Falcon missiles"), or (`heads`) by a body's head word ("the Veltra Federation"), or a
    maker's or weapon system's name: no person's name."""
    nxt = _word_after(span)
    nouns, body_heads = thing_words()
    listed = _word_after(_coordinated_end(span))
    return (
        heads
        and span[-1].text in body_heads
        or _a_product(span)
        or nxt is not None
        and (nxt.text in nouns or heads and nxt.text in body_heads)
        or listed is not None
        and listed.text in nouns
        or heads
        and _runs_into_a_body_name(span)
    )


def _runs_into_a_body_name(span: Span) -> bool:
    """ "the King X II Design and Development Bureau": a name followed by capitalised words that reach a body's
    head word within a few words: a body named after the person."""
    doc, k = span.doc, span.end
    if k >= len(doc) or not _capitalised(doc[k]):
        return False
    heads = _institution_heads() | thing_words()[1]
    return _reaches_a_head(doc, k, min(len(doc), k + 6), heads, linking=("and", "of", "for"))


def _a_place_where(ent: Span) -> bool:
    """A model ORG without a body word, set off by ", where" ("welcomed at Novo-Lesnoye, where he ..."): a place."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text == ","
        and doc[ent.end + 1].lower_ == "where"
        and not (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
        and not any(_body_word(t) for t in ent)
    )


@cache
def credit_cues() -> tuple[tuple[str, ...], ...]:
    """Lower-case word sequences that introduce credited reporters, editors, photographers."""
    return tuple(tuple(c.replace(":", " :").split()) for c in resources.read_lines("credit_cues.txt"))


def _credited(span: Span) -> bool:
    """A name credited as reporter, editor or photographer ("Reporting by A and B; Editing by C", "Photo: D"); not
    the subject of a caption's verb ("Photo: General X AO welcomes Y": X is in the picture)."""
    doc, i = span.doc, span.start
    after = past_postnominals(doc, span.end)
    if after < len(doc) and doc[after].tag_ in ("VBZ", "VBD", "VBP") and doc[after].pos_ == "VERB":
        return False
    while i > 0 and span.start - i < 12:
        last = doc[i - 1].lower_
        for cue in credit_cues():
            n = len(cue)
            # ("/Photo provided by X": a caption's slash written onto the cue's first word)
            if cue[-1] == last and i - n >= 0 and tuple(t.lower_.lstrip("/|") for t in doc[i - n : i]) == cue:
                return True
        prev = doc[i - 1]
        # the stop of an abbreviated rank the tokenizer split off ("Tech. Sgt.") is part of the run
        abbreviation_stop = prev.text == "." and i >= 2 and doc[i - 2].is_title and len(doc[i - 2].text) <= 4
        if not (
            prev.text in {",", "and", ";"}
            or prev.text[:1].isupper()
            or prev.text == "-"
            or abbreviation_stop
            or ORDINAL.match(prev.text)  # the class of a rate ("Petty Officer 2nd Class") is part of the run too
        ):
            return False
        i -= 1
    return False


def _body_post(span: Span) -> bool:
    """ "as ASEAN Chair", "the NATO Secretary": a body's acronym and a post word, a post and no name."""
    first, last = span[0].text, span[-1].lower_
    return len(span) == 2 and first.isupper() and len(first) > 1 and last in title_pattern_words()


def _not_a_name(span: Span) -> bool:
    """A lone upper-case acronym ("COAS"), a span of no letters or none in the Latin script (an English text
    writes its people's names in Latin letters; a line in another script names a body as often), a rank alone
    ("Lieutenant-"), a ship, a news outlet's name (listed, or shaped as one: "Harbour Wire"), a place or a body's
    name read as one, or a given name with an initial for the surname (a comment's signature) is no person's
    name."""
    text = span.text
    words = [t.lower_.strip(".-") for t in span if any(c.isalpha() for c in t.text)]
    return (
        not words
        or not any(unicodedata.name(c, "").startswith("LATIN") for c in text)
        or _lowercase_first(span)
        or (len(span) == 1 and text.isupper() and len(text) > 1 and not INITIALS.match(text))
        or all(INITIALS.match(t.text) for t in span if t.text != ".")  # "(Agency) A. H.": a reporter's initials
        or text.lower().endswith("-class")  # "a <name>-class destroyer": a ship class named after a person
        or all(w in rank_words() for w in words)
        or _body_post(span)
        or is_ship(span)
        or text.casefold() in folded_places()
        or text.casefold() in resources.outlets()
        or outlet_shaped(text.split())  # "told Harbour Wire", "Istmo Noticias"
        or _place_tail_at(span)
        or _region_after_city(span)
        or _place_before_where(span)
        or _visited_before_where(span)
        or _body_place_before_holder(span)
        or _owner_of_a_post(span)
        or _joined_to_a_place(span)
        or _inside_a_foreign_body_name(span)
        or _credited(span)
        or _quoted_eponym(span)
        or len(words) == 2
        and len(words[0]) > 1
        and len(words[1]) == 1  # a commenter's "Carla M.", no surname
        or _names_a_seat(span)
        or _venue_after_body(span)
        or _first_half_of_a_hyphened_name(span)
        or _country_pair(text)
        or _edition_numeral(span)
    )


def _edition_numeral(span: Span) -> bool:
    """ "ahead of Kestrel Resolve XVIII": a name ending in a Roman numeral (`EDITION`, of two letters or more) that is
    no generational suffix ("III") numbers an exercise's or event's edition."""
    last = span[-1].text
    return (
        len(last) > 1
        and last.isalpha()
        and EDITION.match(last) is not None
        and last.lower() not in resources.name_suffixes()
        and not any(t.text.isupper() for t in span[:-1])  # "Premier WANG LI": a name in capitals
    )


def _country_pair(text: str) -> bool:
    """ "to counter N.K.-Russia cooperation", "ROK-U.S. drills": countries joined by a hyphen, each a country's name
    or an acronym, name a relation between them, not a person."""
    parts = text.split("-")
    return (
        len(parts) > 1
        and any(part in countries() for part in parts)
        and all(part in countries() or len(part) > 1 and part.isupper() for part in parts)  # "N.K.", "ROK"
    )


def _first_half_of_a_hyphened_name(span: Span) -> bool:
    """ "a deputy head of Indo-Pacific Command": one word joined by a hyphen to the name of something
    else ("Pacific Command") is the first half of that name, no person."""
    doc, k = span.doc, span.end
    return len(span) == 1 and k + 1 < len(doc) and inner_hyphen(doc[k]) and doc[k + 1].ent_type_ not in ("", "PERSON")


def _venue_after_body(span: Span) -> bool:
    """ "called on X at the Ministry of Defence, Y, this afternoon": a name set off after a body or seat that is
    where the clause happened ("at ...") and followed by more of the clause names the place of that body, not a
    person; after an unnamed post ("met the State Secretary at the Ministry, Y") it is the post's holder."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].text != "," or span.end >= len(doc):
        return False
    if doc[span.end].text != "," and doc[span.end].lower_ not in _family_words("venue_followers"):
        return False
    k, body = span.start - 2, False
    while k >= 0 and (doc[k].is_title or doc[k].is_upper or doc[k].lower_ in ("of", "the", "and")):
        body = body or doc[k].text in body_heads() or doc[k].text in _family_words("seat_words")
        k -= 1
    return body and k > 0 and doc[k].lower_ == "at" and doc[k - 1].lower_ not in title_pattern_words()


def _names_a_seat(span: Span) -> bool:
    """ "Naval" of "Naval Headquarters", "Army" of "Army HQ": one word before a body's head or seat is that body."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc):
        return False
    after = doc[span.end].text
    return after in body_heads() or after in _family_words("seat_words")


DOUBLE_QUOTES = (OPENING_QUOTES | frozenset(CLOSING_QUOTES.values())) - frozenset("'‘’")


def _quoted_eponym(span: Span) -> bool:
    """'the Naval Academy "Admiral X Y"': a name in quotation marks (its rank inside them too) right after an
    institution's head word names the institution."""
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].lower_.strip(".") in rank_words():
        start -= 1
    return (
        start >= 2
        and doc[start - 1].text in DOUBLE_QUOTES
        and doc[start - 2].text in _family_words("eponym_heads")
        and span.end < len(doc)
        and doc[span.end].text in DOUBLE_QUOTES
    )


def _place_tail_at(span: Span) -> bool:
    """ "Ilocos Norte", "Agusan del Sur", "Ciudad Juárez": the name ends in a place name's last word, runs into one,
    or begins with a place name's first word."""
    doc, tails = span.doc, _family_words("place_tails")
    return (
        span[-1].text in tails
        or span.end < len(doc)
        and doc[span.end].text in tails
        or len(span) > 1
        and span[0].text in _family_words("place_heads")
    )


def _inside_a_foreign_body_name(span: Span) -> bool:
    """ "the President of the Conseil National pour la X de la Y", "Ministerie van Defensie": capitalised words and
    linking words back from the name, or the name's own first word, reach a body's head word in another European
    language; the name is the body's."""
    doc, heads, links = span.doc, _family_words("foreign_body_heads"), _family_words("foreign_body_links")
    k = span.start
    while k >= max(0, span.start - 8) and (_capitalised(doc[k]) or doc[k].lower_ in links):
        if doc[k].text in heads:
            return True
        k -= 1
    return False


def _joined_to_a_place(span: Span) -> bool:
    """ "the bridge between X and Ciudad Juárez", "from X and Kota Bharu": a name coordinated with a place whose
    first word names places is a place too."""
    heads = _family_words("place_heads")
    return any(
        c.doc[c.left_edge.i].text in heads or c.i > 0 and c.doc[c.i - 1].text in heads for c in span.root.conjuncts
    )


def _region_after_city(span: Span) -> bool:
    """ "in Lipa, Batangas": one word after a comma after the city a preposition places something in, and
    no subject of the sentence ("In Lomar, Velkov met ..."): the city's province."""
    doc, before = span.doc, span.start - 2
    return (
        len(span) == 1
        and before >= 1
        and doc[span.start - 1].text == ","
        and doc[before].ent_type_ == "GPE"
        and doc[before].dep_ == "pobj"
        and doc[before].head.lower_ in ("in", "at", "near")
        and not span.root.dep_.startswith("nsubj")
    )


def _place_before_where(span: Span) -> bool:
    """ "travelled to Fort X, Nueva Y, where he met ...": a name between a capitalised name and ", where" is the
    region after a place (a person met "at talks with X, where ..." is not set off by a comma before)."""
    doc = span.doc
    return (
        span.start > 1
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].text[:1].isupper()
        and span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "where"
    )


def _visited_before_where(span: Span) -> bool:
    """ "visited Lomar da Velm, where he was briefed by ...", "arrived in X, where": what one visits or arrives in
    and then goes on with ", where" is a place (a Portuguese or Spanish town's name with a particle reads as a
    person's)."""
    doc, root = span.doc, span.root
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "where"
        and (
            root.dep_ == "dobj"
            and root.head.lemma_.lower() in _family_words("place_object_verbs")
            or root.dep_ == "pobj"
            and root.head.lower_ in ("in", "to", "at")
        )
    )


def _owner_of_a_post(span: Span) -> bool:
    """ "Velm's Commanding Officer, X", "Lomar's Minister of Police": one word owning a capitalised post is the ship,
    country or body the post is of, not a person (a person's post is written with the name, not owned by it)."""
    doc = span.doc
    return (
        len(span) == 1
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ in ("'s", "’s")
        and doc[span.end + 1].text[:1].isupper()
        and doc[span.end + 1].lower_ in title_pattern_words()
    )


def _body_place_before_holder(span: Span) -> bool:
    """ "the Commander of Joint Force Command Velm, General X": one word after a body's head word, the holder
    named right after it, is the body's seat, not a person."""
    doc = span.doc
    return (
        len(span) == 1
        and span.start > 0
        and doc[span.start - 1].text in body_heads()
        and span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and (doc[span.end + 1].lower_.strip(".") in rank_words() or doc[span.end + 1].ent_type_ == "PERSON")
    )


def _lowercase_first(span: Span) -> bool:
    """A "name" whose first letter is lower case and whose first word is no name particle ("files bill" after a
    post in a headline, a line of Malay or Tongan, "j.g" of a naval rank): words of a sentence, not a name."""
    first = next((c for c in span.text if c.isalpha()), "")
    return first.islower() and span[0].lower_.split("-")[0] not in name_particles()


def _title_case(sent: Span) -> bool:
    """A headline written in title case ("Minister Hosts Counterpart, Vows Continued Support"): four or more words,
    every word of four or more letters capitalised."""
    words = [t for t in sent if t.is_alpha]
    long = [t for t in words if len(t) >= 4]
    return len(words) >= 4 and len(long) >= 3 and all(t.text[:1].isupper() for t in long)


def _headline_phrase(span: Span) -> bool:
    """A "name" in a title-case headline that holds a word the parser reads as a verb ("Continued Support",
    "Assembly Adopts Resolution", "Release Date Revealed") or an acronym ("New CBN"): headline words, not a
    person's name."""
    return any(
        t.pos_ == "VERB"
        or t.is_upper
        and 2 <= len(t) <= 5
        and t.is_alpha
        and t.lower_ not in resources.name_suffixes()
        or _capitals_headline_word(t)
        for t in span
    ) and _title_case(span.sent)


def _capitals_headline_word(token) -> bool:
    """A word of a headline written in capitals ("CDS RECEIVES SENEGALESE CHIEF") that is a headline verb, a
    nationality or a post's word: the model reads capitals as names."""
    if not (token.is_upper and token.is_alpha and len(token) > 5):
        return False
    word = token.text.capitalize()
    return word in headline_words() or word in demonyms() or token.lower_ in title_pattern_words()


def _headline_fragment(ent: Span) -> bool:
    """A model ORG in a title-case headline or menu line without a closing full stop ("Home Politics Business",
    "Defence Chief Visits Navy Base") that does not end in a body's head word: headline words, not a body."""
    sent = ent.sent
    return (
        ent[-1].text not in body_heads()
        and len(ent) > 1
        and sent[-1].text not in {".", "!", "?", '"', "”"}
        and _title_case(sent)
    )


def _left_extended(span: Span, taken: set[int]) -> Span:
    """A given name the model left out of the span ("Türkiye Mehmet [Kaya]"): up to two proper nouns right
    before it that are no rank, title, country, honorific, body or non-name word."""
    doc, start = span.doc, span.start
    while start > 0 and span.start - start < 2:
        token = doc[start - 1]
        if _given_name_before_initial(doc, start - 1):
            start -= 1  # "Major General Jordan T. Velk": a place's name as the given name
            continue
        if (
            token.pos_ != "PROPN"
            or not token.is_alpha
            or not token.text[:1].isupper()
            or not (_name_token(token, taken) or _family_name_at(token, taken))
            or _body_word(token)
            or token.text in name_stop_words()
            or token.text.casefold() in folded_places()
            or token.lower_.strip(".") in rank_words()  # "Admiral [van Hesse]": the rank is no given name
            or token.text.casefold() in resources.outlets()
            or honorific_length(doc, start - 1)
            or (start - 1 == 0 or doc[start - 2].is_sent_end)
        ):
            break
        start -= 1
    return Span(doc, start, span.end, label="PERSON") if start < span.start else span


def _middle_initial(token: Token) -> bool:
    return re.fullmatch(r"[A-Z]\.", token.text) is not None


def _given_name_before_initial(doc: Doc, i: int) -> bool:
    """ "Major General Jordan T. Velk": a place's name between a capitalised post word and a middle initial is a
    given name (a place is never followed by an initial)."""
    return (
        i + 1 < len(doc)
        and _middle_initial(doc[i + 1])
        and i > 0
        and doc[i - 1].text[:1].isupper()
        and doc[i - 1].is_alpha
        and doc[i].is_alpha
        and doc[i].text[:1].isupper()
        and doc[i].text.casefold() in folded_places()
    )


def _hyphen_extended(span: Span, taken: set[int]) -> Span:
    """A double-barrelled surname (`Varga-Kovacsics`) the tokenizer split at the hyphen."""
    doc, end = span.doc, span.end
    while _joining_hyphen(doc, end) and _capitalised(doc[end + 1]) and end + 1 not in taken:
        end += 2
    return Span(doc, span.start, end, label="PERSON")


def _named_after_counterpart(doc: Doc, taken: set[int]) -> list[Span]:
    """ "met his Azerbaijani and Georgian counterparts A B and C D": a name of two or more words the model missed
    right after "counterpart(s)" (a rank or post there is an anchor of its own)."""
    words = [Span(doc, t.i, t.i + 1) for t in doc if t.lower_ in ("counterpart", "counterparts")]
    return [
        p for p in _persons_after(doc, words, taken) if len(p) >= 2 and all(t.is_alpha or inner_hyphen(t) for t in p)
    ]


def _persons_after(doc: Doc, anchors: list[Span], taken: set[int]) -> list[Span]:
    """Names the model missed: capitalised words right after a rank, a title or an honorific."""
    found = []
    for anchor in anchors:
        i = anchor.end
        if i < len(doc) and doc[i].text in {",", "-"}:
            continue
        while i < len(doc) and i not in taken and honorific_length(doc, i):
            i += honorific_length(doc, i)
        i += _service_designator(doc, i)
        j = i
        while (
            j < len(doc)
            # words, not tokens ("Rafiq-Uz-Salam Khan"), nor particles ("Ramon Mateo De La Fuente Soto")
            and j - i - 2 * sum(inner_hyphen(t) for t in doc[i:j]) - sum(t.lower_ in name_particles() for t in doc[i:j])
            < 5
            and j not in taken
            and (
                _capitalised(doc[j])
                or inner_hyphen(doc[j])
                or j > i
                and doc[j].lower_ in name_particles()
                or _hyphened_syllable(doc, i, j)
            )
            and doc[j].text not in name_stop_words()
            and doc[j].text not in countries()
            and (
                doc[j].text not in not_name_words()
                and not weekday_like(doc[j].text)
                or j == i
                and (_family_name_first(doc[j]) or _weekday_given_name(doc, j, taken))
            )
        ):
            j += 1
        while j > i and (doc[j - 1].text == "-" or doc[j - 1].lower_ in name_particles()):
            j -= 1
        if (
            j > i and not (j < len(doc) and YEAR_SUFFIX.match(doc[j].text)) and not all(_body_word(t) for t in doc[i:j])
        ):  # "Chief of General Staff Intelligence Corps"
            found.append(Span(doc, i, j, label="PERSON"))
    return found


def _weekday_given_name(doc: Doc, i: int, taken: set[int]) -> bool:
    """ "Maj.-Gen. Friday X": a weekday right after a rank or title and before a surname is a given name
    (common in West Africa), not the day of the meeting."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (
        weekday_like(doc[i].text)
        and nxt is not None
        and nxt.i not in taken
        and _capitalised(nxt)
        and not weekday_like(nxt.text)
        and nxt.lower_ not in dates.months()
        and nxt.text not in not_name_words()
        and nxt.text not in countries()
    )


def _service_designator(doc: Doc, i: int, name_words: int = 2) -> int:
    """1 where an acronym of two to four capitals stands between a rank and a name of two or more words ("General
    of Division EP Marco Tello", "Colonel FAP Elio Torvo"): the rank's service, not part of the name; else 0. With
    `name_words=0`, only the acronym is looked at (what follows it is checked by the caller)."""
    return int(
        i + name_words < len(doc)
        and doc[i].is_upper
        and doc[i].is_alpha
        and 2 <= len(doc[i]) <= 4
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in doc[i + 1 : i + name_words + 1])
    )


def _hyphened_syllable(doc: Doc, i: int, j: int) -> bool:
    """A lower-case part of a hyphenated given name ("Park Jin-woo", "Jin-woo Park"): right after an inner hyphen,
    with two name words before it or a capitalised name word after it (not "Kaya-led", "Okoro-backed")."""
    return (
        doc[j].is_alpha
        and doc[j].is_lower
        and j - i >= 2
        and inner_hyphen(doc[j - 1])
        and (j - i >= 3 or j + 1 < len(doc) and _capitalised(doc[j + 1]))
    )


def _with_country(span: Span, doc: Doc, org_spans: list[Span]) -> Span | None:
    """An ORG span widened to the country word before it (and `of [the] Country` after); canonical id."""
    start, end = _left_body_words(doc, span.start), span.end
    if start >= 2 and doc[start - 1].text in {"’s", "'s"} and doc[start - 2].text in countries():
        start -= 2
    elif start >= 1 and doc[start - 1].text in countries():
        start -= 1
    else:
        start = span.start
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        k = end + 1 + (doc[end + 1].lower_ == "the")
        if k + 2 < len(doc) and doc[k].text == "Republic" and doc[k + 1].lower_ == "of":
            k += 2
        if k < len(doc) and doc[k].text in countries():
            following = next((o for o in org_spans if o.start == k + 1), None)
            if following is not None:
                end = following.end
            elif countries()[doc[k].text] == doc[k].text:
                end = k + 1
    widened = Span(doc, start, end, label="ORG")
    base = span.text if span.id_ == TEXT_ID else (span.id_ or span.text)
    if start < span.start and doc[start].text in countries() and _left_body_words(doc, span.start) < span.start:
        base = f"{doc[start + 1 : span.start].text} {base}"  # "Hellenic [National Defence] General Staff"
    country = country_of(widened)
    if base in needs_country() and country is None:
        return None
    name = org_name(base, country)
    if start < span.start and start > 0 and doc[start - 1].text in crown_prefixes():
        start -= 1  # "the Royal Thai Navy"
        name = f"{doc[start].text} {name}"
    return Span(doc, start, end, label="ORG", span_id=name)


def _left_body_words(doc: Doc, start: int, limit: int = 3) -> int:
    """Where a body's name begins when capitalised portfolio words, written after a country word, run into it
    ("Hellenic National Defence General Staff", "Pakistan Army General Staff"): the first of those words, or
    `start` when no country word comes before them."""
    i = start
    while i > 0 and start - i < limit and doc[i - 1].text in portfolio_words() and doc[i - 1].text not in countries():
        i -= 1
    return i if i < start and i > 0 and doc[i - 1].text in countries() else start


def org_name(base: str, country: str | None) -> str:
    """Canonical name of a body: `Ministry of Defence of Azerbaijan`, `Turkish Armed Forces`."""
    words = base.split()
    if country is None or any(
        countries().get(" ".join(words[i : i + n])) == country for n in (1, 2, 3) for i in range(len(words))
    ):
        return base  # "Office of the President of X": the name already says its country
    if base.startswith(country_after_body()):
        return f"{base} of {country}"
    return f"{demonyms().get(country, country)} {base}"


@cache
def demonyms() -> dict[str, str]:
    """Country -> its first demonym in the gazetteer (the country's name where it lists none)."""
    table = resources.read_json("countries.json")
    gazetteer = resources.gazetteer()["countries"]
    return {
        country: gazetteer.get(country, {}).get("body_form")
        or next((f for f in forms if f not in country_names()), country)
        for country, forms in table.items()
    }


@cache
def portfolio_words() -> frozenset[str]:
    """Capitalised words naming a portfolio, service or body inside a title (models/portfolio_words.txt)."""
    return frozenset(resources.read_lines("portfolio_words.txt"))


def _body_word(token) -> bool:
    return token.text in portfolio_words() or token.text in body_heads() or token.text in countries()


def _name_word(token) -> bool:
    return (
        _capitalised(token)
        and not _body_word(token)
        and token.text not in name_stop_words()
        and token.text not in _family_words("state_words")
    )


def _holder_name_start(doc: Doc, start: int, end: int) -> int:
    """Where the holder's name begins in a title that ran into it ("Minister of Defence Eduardo Vilela", "...
    Juan Pablo Berrocal Ruiz"): a run of 2-4 capitalised words naming no portfolio, body or country, right after a
    word that does, that the title's end falls inside (or on). `end` when there is none."""
    i, j = end, end
    # a generational suffix ends the name ("... Ramon C. Aldaba Jr.")
    if i - 1 > start and doc[i - 1].lower_.rstrip(".") in resources.name_suffixes() and doc[i - 1].text[:1].isupper():
        i -= 1
    # "... Jan-Lukas Velk": a given name joined by an inner hyphen is one word of the name
    while i > start and (
        _name_word(doc[i - 1]) or inner_hyphen(doc[i - 1]) and i - 1 > start and _name_word(doc[i - 2])
    ):
        i -= 1
    while (
        j < len(doc)
        and j - i < 7
        and (
            _name_word(doc[j])
            or (inner_hyphen(doc[j]) or _particle_before_name(doc, j) and j > i)
            and j + 1 < len(doc)
            and _name_word(doc[j + 1])
        )
    ):
        j += 1  # "... Mira de Vos": a lower-case particle inside the name
    # the run's words, a hyphened word ("Al-Varnen") counted once
    words = sum(1 for t in doc[i:j] if not inner_hyphen(t) and not (t.i > i and inner_hyphen(doc[t.i - 1])))
    if (
        i < end
        and (2 <= words <= 4 or j - i == 1 and _one_word_name(doc, i))
        and i - 1 > start
        and (_body_word(doc[i - 1]) or doc[i - 1].text in _family_words("state_words"))
        and not _runs_on_to_a_body_head(doc, i, j)  # "Commandant of the National War College"
    ):
        return i
    return end


def _particle_before_name(doc: Doc, j: int) -> bool:
    """ "de" of "Mira de Vos"; not a word for "son of", after which the holder's given name alone is cut off
    (`_one_word_name`)."""
    text = doc[j].text
    return text.islower() and text in name_particles() and text not in resources.patronymic_words()


def _one_word_name(doc: Doc, i: int) -> bool:
    """ "G.Brantbold"; "Ivo" of "Ivo bin Karl Velk", before a word for "son of" and the parent's name: a name
    of one word after a post."""
    return bool(glued_initial_name().match(doc[i].text)) or (
        i + 2 < len(doc) and doc[i + 1].lower_ in resources.patronymic_words() and _name_word(doc[i + 2])
    )


def _with_joined_portfolio(span: Span) -> Span:
    """ "Deputy Secretary of State for Management and Resources X Y", "Minister of Foreign Affairs and the Diaspora
    X Y", "Assistant Secretary for European and NATO Policy": a title's portfolio joined by "and" (and "the") to another
    portfolio word goes on over it, with the capitalised words after it (the holder's name is cut off as after any
    portfolio)."""
    doc, end = span.doc, span.end
    article = end + 2 < len(doc) and doc[end + 1].lower_ == "the"
    k = end + 1 + article
    if not (
        k < len(doc)
        and doc[end].lower_ == "and"
        # "for European and NATO Policy": a capitalised word before the portfolio both words qualify
        and (
            doc[k].text in portfolio_words()
            or _capitalised(doc[k])
            and k + 1 < len(doc)
            and doc[k + 1].text in portfolio_words()
        )
        and doc[end - 1].text in portfolio_words()
        and any(t.lower_ in ("of", "for") for t in span)
        # "the Chief of Staff and the Army Commander": a second post, with its own article
        and not (article and _reaches_a_head(doc, k, len(doc), post_heads()))
    ):
        return span
    return _run_on_over_capitals(span, k, 7)


def _run_on_over_capitals(span: Span, end: int, limit: int) -> Span:
    """The span run on from `end` over the capitalised words after it, at most `limit` words past its own end (the
    holder's name among them is cut off later, as after any portfolio: `_cut_title`)."""
    doc = span.doc
    while end < len(doc) and end - span.end < limit and _capitalised(doc[end]):
        end += 1
    return Span(doc, span.start, end, label=span.label_, span_id=span.id_)


def _with_portfolio_after_country(span: Span) -> Span:
    """ "Minister of the Republic of Velkaria for Foreign Affairs X Y": a post's portfolio set after the country it
    serves goes on over it, with the capitalised words after it (the holder's name is cut off as after any
    portfolio; the model may read the country, portfolio and name as one place)."""
    doc, end = span.doc, span.end
    if not (_portfolio_after(doc, end, len(doc)) and doc[end - 1].text in countries()):
        return span
    return _run_on_over_capitals(span, end + 1, 8)


def _portfolio_after(doc: Doc, k: int, end: int) -> bool:
    """ "... of Velkaria for Foreign Affairs": a portfolio after "for" at `k`, before `end`."""
    return k + 1 < end and doc[k].lower_ == "for" and doc[k + 1].text in portfolio_words()


def _with_charge(span: Span) -> Span:
    """ "Secretary of State for Veterans in charge of the Border Guard", "Minister Delegate at the Chancellery
    in charge of X", "Minister Delegate to the Prime Minister in charge of ...": a post's "in charge of" portfolio
    (after the office it sits in or answers to) is part of the post; the name after it is cut off as after any
    portfolio."""
    doc, end = span.doc, span.end

    def capitalised_run(i: int) -> int:
        while i < len(doc) and i - end < 9 and (_capitalised(doc[i]) or doc[i].text in portfolio_words()):
            i += 1
        return i

    k = end
    for _ in range(2):  # "at the Presidency", "(to the Head) of Government", only when "in charge of" follows
        opening = [t.lower_ for t in doc[k : k + 2]]
        skip = 2 if opening in (["at", "the"], ["of", "the"]) else 1 if opening[:1] == ["of"] else 0
        if skip and k + skip < len(doc) and _capitalised(doc[k + skip]):
            k = capitalised_run(k + skip)
    if [t.lower_ for t in doc[k : k + 3]] != ["in", "charge", "of"]:
        return span
    k += 3 + (k + 3 < len(doc) and doc[k + 3].lower_ == "the")
    stop = capitalised_run(k)
    while stop + 1 < len(doc) and doc[stop].lower_ == "and" and doc[stop + 1].text in portfolio_words():
        stop = capitalised_run(stop + 1)  # "in charge of Reserves and War Graves"
    if stop == k:
        return span
    return Span(doc, span.start, stop, label=span.label_, span_id=span.id_)


def _with_possessive_body(span: Span) -> Span:
    """ "Chief of Staff of the People's Defence Force": a post's body whose name holds a possessive goes on over
    it (the title stopped at "People")."""
    doc, end = span.doc, span.end
    if not (
        end + 1 < len(doc)
        and _capitalised(doc[end - 1])
        and doc[end].text in POSSESSIVES
        and _capitalised(doc[end + 1])
        and any(t.lower_ == "of" for t in span)
    ):
        return span
    k = end + 1
    while k < len(doc) and k - end < 6 and _capitalised(doc[k]):
        k += 1
    return Span(doc, span.start, k, label=span.label_, span_id=span.id_)


def _with_listed_portfolios(span: Span) -> Span:
    """ "Minister of the Navy, Civil Protection and War Graves": a post's portfolios listed with commas up to an
    "and" go on over the commas when the list ends the phrase (a comma or the sentence's end after it); "Minister of
    Defence, General X" is a rank and name, and a list without "and" an apposition."""
    doc, end = span.doc, span.end
    if not (
        end + 2 < len(doc)
        and doc[end].text == ","
        and (doc[end + 1].text in portfolio_words() or doc[end + 2].text in portfolio_words())
        and doc[end + 1].text != "General"
        and any(t.lower_ in ("of", "for") for t in span)
    ):
        return span
    k, joined = end + 1, False
    while k < len(doc) and k - end < 10:
        tok = doc[k]
        if tok.ent_type_ == "PERSON" and tok.text not in portfolio_words() or tok.is_sent_start:
            return span
        if _capitalised(tok):
            k += 1
        elif tok.lower_ in ("of", "for", "the") and k + 1 < len(doc) and doc[k - 1].text != ",":
            k += 1  # "Veterans of the Homeland"
        elif tok.lower_ == "and" and k + 1 < len(doc) and _capitalised(doc[k + 1]):
            joined, k = True, k + 1
        elif tok.text == "," and k + 1 < len(doc) and doc[k + 1].text in portfolio_words() and not joined:
            k += 1
        else:
            break
    if not joined or (k < len(doc) and doc[k].text not in (",", ".", ";") and not doc[k].is_sent_start):
        return span
    return Span(doc, span.start, k, label=span.label_, span_id=span.id_)


def _cut_title(span: Span, cuts: set[int], posts: frozenset[int] = frozenset()) -> Span:
    """An open-ended title ends before a rank or name inside it, and after the head noun of its body. `posts`: where
    the ruler's titles begin."""
    if span.text in title_abbreviations():
        return span  # a post the table writes out ("Ministro de Defensa Nacional"): no name inside it
    doc = span.doc
    stop = next(
        (
            i
            for i in range(span.start + 1, span.end - 1)
            if doc[i].lower_ == "and"
            and (
                (doc[i + 1].text in countries() and doc[i + 1].text not in country_names())
                or i + 1 in posts
                or (i + 2 < len(doc) and doc[i + 1].text in country_names() and doc[i + 2].lower_ in ("'s", "’s"))
            )
        ),
        span.end,
    )  # "Minister of Defence X and Chinese Vice-President", "... X and Minister for Y", "... X and Norway's Y": a
    # second post begins
    stop = _headline_break(doc, span.start, stop)
    end = _holder_name_start(doc, span.start, stop)
    if end == stop and (of := _country_tail(span, stop)) is not None:
        end = _holder_name_start(doc, span.start, of)  # "Minister for Foreign Affairs X Y of Japan"
        end = stop if end == of else end
    for i in range(span.start + 1, end):
        if i in cuts:
            end = i
            break
        if (
            honorific_length(doc, i)
            and doc[i].lower_.rstrip(".") not in title_pattern_words()
            and not doc[i].text.isupper()  # "Head of TNI Information Centre": an acronym is a body's
            and not _country_name_length(doc, i, span.end)
        ):
            end = i  # "Minister of State for Defence Smt. X": the honorific opens the name ("Crown Prince" is a post)
            break
        the_country = doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in {"to", "of"}
        if (
            (doc[i - 1].lower_ in {"to", "of"} or the_country)
            and (n := _country_name_length(doc, i, span.end))
            and not (i + n < span.end and (_body_word(doc[i + n]) or _portfolio_after(doc, i + n, span.end)))
            # "Ambassador to the United States X", but "Commander of the Vietnam People's Navy": a body's name
            and not (the_country and _reaches_a_head(doc, i + n, len(doc), _institution_heads(), ("'s", "’s", "-")))
        ):
            end = i + n  # "Ambassador to Sri Lanka X"
            skip = 1 + (end + 2 < span.end and doc[end + 1].lower_ == "the")
            if end < span.end and doc[end].lower_ == "to" and (n := _country_name_length(doc, end + skip, span.end)):
                end += skip + n  # "Ambassador of X to (the) Y"
            break
        if (
            span.doc[i].text in body_heads()
            and i + 1 < span.end
            and span.doc[i + 1].text not in body_heads()
            and span.doc[i + 1].lower_ not in {"of", "for", "and", "’s", "'s"}
            and not _runs_on_to_a_body_head(doc, i + 1, span.end)
        ):
            end = i + 1
            break
    while end - span.start > 1 and span.doc[end - 1].lower_ in {"and", "the", "of", "for", "to"}:
        end -= 1  # a tail cut short by the model's entities ("... for the South Caucasus and")
    return Span(span.doc, span.start, end, label=span.label_, span_id=span.id_)


@cache
def _institution_heads() -> frozenset[str]:
    """Head words of a body's or an institution's name ("Staff", "College")."""
    return body_heads() | _family_words("eponym_heads")


def _country_tail(span: Span, end: int) -> int | None:
    """Where "of <country>" begins when it ends the title's words before `end`, else None."""
    doc = span.doc
    for k in range(end - 2, span.start, -1):
        if doc[k].lower_ == "of":
            n = _country_name_length(doc, k + 1, end)
            return k if n and k + 1 + n == end else None
    return None


def _runs_on_to_a_body_head(doc: Doc, k: int, end: int) -> bool:
    """The capitalised words from `k` on reach another head of a body's name before `end` ("the Army War College",
    "the Navy Staff College"), or of a command's area ("the Coast Guard Atlantic Area"): the body goes on, no name
    begins after its first head."""
    return _reaches_a_head(doc, k, end, _institution_heads() | _family_words("area_command_heads"))


def _reaches_a_head(doc: Doc, k: int, end: int, heads: frozenset[str], linking: tuple[str, ...] = ()) -> bool:
    """The capitalised words (and `linking` words) from `k` on reach one of `heads` (or its plural: "War Colleges")
    before `end`."""
    while k < end and (_capitalised(doc[k]) or doc[k].lower_ in linking):
        if doc[k].text in heads or doc[k].text.endswith("s") and doc[k].text[:-1] in heads:
            return True
        k += 1
    return False


def _country_name_length(doc: Doc, i: int, end: int) -> int:
    """The number of words of the country name that begins at `i` and ends by `end` ("Sri Lanka"), else 0."""
    return next((n for n in (3, 2, 1) if i + n <= end and doc[i : i + n].text in country_names()), 0)


def _title_with_country(span: Span) -> Span:
    """A title widened to the country it is of ("Minister of National Defence [of the Republic of X]"), or to the
    lower-case body after a demonym it ends in ("Chief of the General Staff of the Iranian [armed forces]")."""
    doc, k = span.doc, span.end
    if doc[k - 1].text in countries() and doc[k - 1].text not in country_names():
        j = k
        while (
            j < len(doc)
            and j - k < 3
            and doc[j].is_lower
            and doc[j].text.capitalize() in body_heads() | portfolio_words()
        ):
            j += 1
        if j > k and doc[j - 1].text.capitalize() in body_heads():
            return Span(doc, span.start, j, label=span.label_, span_id=span.id_)
    if k + 1 < len(doc) and doc[k].lower_ == "of":
        k += 1 + (doc[k + 1].lower_ == "the")
        if k + 2 < len(doc) and doc[k].text == "Republic" and doc[k + 1].lower_ == "of":
            k += 2
        for n in (5, 4, 3, 2, 1):
            if k + n <= len(doc) and doc[k : k + n].text in country_names():
                if k + n < len(doc) and _body_word(doc[k + n]):
                    break  # "of the Pakistan Armed Forces": the country begins a body's name
                return Span(doc, span.start, k + n, label=span.label_, span_id=span.id_)
    return span


def _body_in_title(title: Span) -> Span | None:
    """The body a title names after its last "of [the]" when it ends in a body's head word ("Commander of the
    Russian Aerospace Forces" -> "Russian Aerospace Forces")."""
    doc, outer = title.doc, title.end
    if len(title) > 3 and title[-1].text == ")" and title[-3].text == "(":
        title = doc[title.start : title.end - 3]  # "Commander of the X Navy (XN)": the post without its short form
    ofs = [t.i for t in title if t.lower_ == "of"]
    if not ofs or doc[title.end - 1].text not in body_heads() or doc[title.end - 1].text == "Staff":
        return None  # "Chief of the X Staff" names a post
    start = ofs[-1] + 1 + (doc[ofs[-1] + 1].lower_ == "the")
    if start >= title.end or not all(t.text[:1].isupper() or t.text in {".", "-"} for t in doc[start : title.end]):
        return None
    base = doc[start : title.end].text
    if base in needs_country():  # "Estonian Chief of Defence Forces": the post's country is the body's
        country = next(
            (countries()[t.text] for t in doc[max(title.start - 1, 0) : title.start + 2] if t.text in countries()), None
        )
        if country is None:
            return None  # "Supreme Commander of the Armed Forces": no country, no one body
        return Span(doc, start, outer, label="ORG", span_id=org_name(base, country))
    return Span(doc, start, outer, label="ORG", span_id=base)  # ends with the post


ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z]$")


def _bracketed_acronyms(spans: list[Span]) -> list[Span]:
    """A body followed by its acronym in brackets ("Inter-Services Public Relations (ISPR)"): the acronym is an
    ORG with the body's canonical name, so both name one organization."""
    doc = spans[0].doc if spans else None
    extra = []
    for span in spans:
        k = span.end
        if (
            span.label_ == "ORG"
            and k + 2 < len(doc)
            and doc[k].text == "("
            and doc[k + 2].text == ")"
            # "Maritime Security Agency (Bakamla)": a short name written as a word, which the model may read as a
            # person, is the body's too
            and (ACRONYM.match(doc[k + 1].text) or doc[k + 1].is_title and doc[k + 1].is_alpha)
            and len(doc[k + 1].text) <= 10
        ):
            extra.append(Span(doc, k + 1, k + 2, label="ORG", span_id=span.id_ or span.text))
    if not extra:
        return spans
    at = {e.start for e in extra}
    return sorted([s for s in spans if not any(s.start <= i < s.end for i in at)] + extra, key=lambda s: s.start)


def _bare_body(ent: Span) -> Span | None:
    """A model ORG without a leading "the", a trailing possessive or a trailing function word ("the Defense
    Department's", "the Presidential Villa in"); None when nothing is left."""
    start, end = ent.start, ent.end
    if end - start > 1 and ent.doc[start].lower_ == "the":
        start += 1
    opened = next((t.i for t in ent if t.text == "("), None)
    if opened is not None and not any(t.text == ")" for t in ent):
        end = opened  # "Alley of Martyrs (Shehids": an unclosed bracket ends the name
    while end > start and (
        ent.doc[end - 1].text in POSSESSIVES
        or ent.doc[end - 1].is_punct
        or ent.doc[end - 1].is_lower
        and ent.doc[end - 1].is_stop
    ):
        end -= 1
    if end <= start:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label="ORG", span_id=ent.id_)


def _posts_heading_bodies(doc: Doc, spans: list[Span], orgs: list[Span]) -> list[Span]:
    """A post head written straight before a body ("Chairman Joint Chiefs of Staff Committee", "Director General
    Inter-Services Intelligence"): one title over both, the body kept as the one it names."""
    starts = {o.start: o for o in sorted(orgs, key=len)}
    out = []
    for span in spans:
        org = starts.get(span.end)
        if span.label_ == "TITLE" and org is not None and span[-1].text in post_heads():
            # "Chief Velkarian Navy Press Secretary X": a second post head after the body ends the one title
            out.append(
                Span(span.doc, span.start, _post_after_body(doc, org) or org.end, label="TITLE", span_id=span.id_)
            )
    # the body first: "JCS Chairman", "State Border Service Chief", "Indian Army chief" before a rank or name
    for org in orgs:
        if end := _post_after_body(doc, org):
            out.append(Span(doc, org.start, end, label="TITLE", span_id="body-post"))
    return out


def _post_after_body(doc: Doc, org: Span) -> int | None:
    """Where a post head written right after a body and before a capitalised word ends ("JCS Chairman", "NATO
    Secretary General X", "Indian Army chief Gen. X"), else None."""
    k = org.end
    if not (
        k + 1 < len(doc)
        and doc[k].text.capitalize() in post_heads()
        and (doc[k].text[:1].isupper() or doc[k].lower_ in {"chief", "commander", "head", "chairman"})
        and doc[k + 1].text[:1].isupper()
    ):
        return None
    # "NATO Secretary General X": the post is "Secretary General", its "General" no rank
    two = doc[k].text in _family_words("general_post_heads") and doc[k + 1].text == "General"
    owner = k + 2 < len(doc) and doc[k + 2].text in ("'s", "’s")  # "NATO Secretary General's envoy X"
    return k + 2 if two and not owner else k + 1


@lru_cache(maxsize=1)
def lowercase_posts() -> tuple[frozenset[str], frozenset[str]]:
    """(head words, modifier words) of a post written in lower case before its holder's name
    (models/lowercase_posts.json, with the case-folded portfolio words as modifiers)."""
    table = resources.read_json("lowercase_posts.json")
    modifiers = frozenset(table["modifiers"]) | {w.casefold() for w in portfolio_words()}
    return frozenset(table["heads"]), modifiers


def _posts_in_a_place(doc: Doc, chosen: list[Span], model: list[Span]) -> list[Span]:
    """ "US Ambassador in Velm X Y", "Defence Attache to Lomar X Y": a post and the place it is held in or posted
    to, as one anchor: the name right after the place is the holder's (the model may miss it there)."""
    places = {e.start: e for e in model if e.label_ == "GPE"}
    return [
        Span(doc, s.start, places[s.end + 1].end, label="TITLE")
        for s in chosen
        if s.label_ == "TITLE" and s.end + 1 < len(doc) and doc[s.end].lower_ in {"in", "to"} and s.end + 1 in places
    ]


def _posts_to_country(doc: Doc) -> list[Span]:
    """Posts written in lower case with the country they are posted to or of ("ambassador to Nepal", "envoy of
    Japan"), TITLE spans: the name after one (or after it and a comma) is the holder's, and the country named in
    the post is not the holder's own."""
    heads, modifiers = lowercase_posts()
    found = []
    for i in range(len(doc) - 3):
        if not (doc[i].is_lower and doc[i].text in heads and doc[i + 1].lower_ in {"to", "of"}):
            continue
        k = i + 2 + (doc[i + 2].lower_ == "the")
        n = _country_name_length(doc, k, len(doc))
        if not n:
            continue
        start = i
        while start > 0 and doc[start - 1].is_lower and doc[start - 1].text in modifiers:
            start -= 1
        found.append(Span(doc, start, k + n, label="TITLE"))
    return found


def _lowercase_posts(doc: Doc, persons: list[Span], taken: set[int]) -> list[Span]:
    """'Turkish ambassador X', 'defence minister X': the lower-case post right before a person's name, a TITLE,
    so that the post (and the demonym before it) go to the person; so is a post to a country before the name or
    a comma and the name ("India's ambassador to Nepal, X")."""
    heads, modifiers = lowercase_posts()
    posts = []
    to_country = {p.end: p for p in _posts_to_country(doc)}
    for person in persons:
        end = person.start
        post = to_country.get(end - 1) if end > 0 and doc[end - 1].text == "," else to_country.get(end)
        if post is not None:
            posts.append(post)
            continue
        if end == 0 or doc[end - 1].text not in heads or (end - 1) in taken:
            continue
        start = end - 1
        while start > 0 and doc[start - 1].is_lower and doc[start - 1].text in modifiers and (start - 1) not in taken:
            start -= 1
        posts.append(Span(doc, start, end, label="TITLE"))
    return posts


DASHES = frozenset({"-", "–", "—"})


def _lowercase_post_at(doc: Doc, start: int) -> int | None:
    """End of a post written in lower case that begins at token `start`: demonyms and modifiers, a head word, and
    an "of ..." tail ("first deputy defence minister", "Ostrian navy commander", "chief of the general staff of the
    Ostrian armed forces", "commander of the 3rd Infantry Division"); None when none begins there."""
    heads, modifiers = lowercase_posts()
    heads = heads | frozenset(lowercase_posts_table().get("appositive_heads", []))
    j = start
    while (
        j < len(doc)
        and j - start < 5
        and (
            doc[j].is_lower
            and (doc[j].text in modifiers or doc[j].text.capitalize() in body_heads())
            or doc[j].text in countries()
        )
    ):
        j += 1
    if j >= len(doc) or not doc[j].is_lower or doc[j].text not in heads:
        return None
    end = j + 1
    if end < len(doc) and doc[end].lower_ in {"of", "for"}:
        end = _post_tail_end(doc, end, start + 14)
    elif end < len(doc) and doc[end].text not in {",", ".", ";", ")", "at", "in", "to"} | DASHES:
        return None  # "X, the chief executive officer": no post ends there
    return end if end > j + 1 or j > start else None  # a bare head ("the chief") is a reference


def _appositive_posts(doc: Doc, persons: list[Span], taken: set[int]) -> list[Span]:
    """Posts written in lower case next to their holder's name: after the name and a comma ("X, the chief of naval
    staff,", "X, chief of the general staff of the Y Army."), or before a comma and the rank or name, several joined
    by dashes ("the first deputy defence minister – chief of the general staff, lieutenant-general X"). TITLE spans
    (without the article), so that they go to that person."""
    posts = []
    for person in persons:
        k = person.end
        if k + 2 < len(doc) and doc[k].text == ",":
            start = k + 1 + (doc[k + 1].lower_ in {"the", "a", "an"})
            if (end := _lowercase_post_at(doc, start)) is not None:
                posts.append(Span(doc, start, end, label="TITLE"))
    holders = {p.start for p in persons} | {i for i in taken if i > 0 and i - 1 not in taken}
    for i in range(len(doc)):
        if (
            i > 0
            and (doc[i - 1].is_lower and doc[i - 1].lower_ not in {"the", "a", "an"} or doc[i - 1].text in countries())
            or i > 1
            and doc[i - 1].lower_ == "the"
            and doc[i - 2].lower_ in place_prepositions()
        ):
            continue  # not where a post begins; "received at the ...": a place
        chain, k = [], i
        while (end := _lowercase_post_at(doc, k)) is not None:
            chain.append(Span(doc, k, end, label="TITLE"))
            if end + 1 < len(doc) and doc[end].text in DASHES:
                k = end + 1
                continue
            if end + 1 < len(doc) and doc[end].text == "," and end + 1 in holders:
                posts += chain
            break
    return posts


def _post_tail_end(doc: Doc, k: int, limit: int) -> int:
    """End of a post's "of ..." tail from token k: lower-case words until the body's name, the capitalised name (with
    "'s", hyphens, numbers, an acronym in brackets inside it, and lower-case body words after a demonym: "the Ostrian
    armed forces"), then "of"/"for" again; it stops at another lower-case word after a capitalised one ("... of the
    Ostrian Federation via video link"), a verb, a clause or a comma."""
    end, named = k, False
    while (
        end < len(doc)
        and end < limit
        and doc[end].lower_ not in appositive_ends()
        and doc[end].pos_ not in {"VERB", "AUX"}
    ):
        token = doc[end]
        if token.lower_ in {"of", "for", "the"}:
            named = False if token.lower_ != "the" else named
        elif (
            token.text[:1].isupper()
            or token.text in POSSESSIVES
            or token.text == "-"
            or token.like_num
            or re.match(r"^\d+(?:st|nd|rd|th)$", token.text)
        ):
            named = True
        elif (
            named
            and not (token.is_lower and token.text.capitalize() in body_heads() | portfolio_words())
            or not token.is_alpha
        ):
            break
        end += 1
        if (
            end + 2 < len(doc)
            and doc[end].text == "("
            and doc[end + 2].text == ")"
            and doc[end + 1].is_upper
            and doc[end + 3 : end + 4].text[:1].isupper()
        ):
            end += 3  # "the People's Liberation Army (PLA) Navy"
    while end > k and doc[end - 1].lower_ in {"of", "for", "the", "and"}:
        end -= 1
    return end


@lru_cache(maxsize=1)
def lowercase_posts_table() -> dict:
    return resources.read_json("lowercase_posts.json")


@lru_cache(maxsize=1)
def appositive_ends() -> frozenset[str]:
    """Words and marks that end a post written in lower case (models/lowercase_posts.json)."""
    return frozenset(lowercase_posts_table()["appositive_ends"])


def settle_entities(doc: Doc) -> Doc:
    """Write one non-overlapping set of domain entities to `doc.ents` (see the module docstring): the ruler's
    spans first, then exercises, persons, lower-case posts and the model's other entities where room is left;
    bodies named inside titles go to `doc.spans[NESTED_KEY]`."""
    model = _joined_city_names([_date_cut_at_comma(e) for e in doc.ents])
    ruler = _ruler_spans(doc, model)
    ruler_orgs = [o for o in ruler if o.label_ == "ORG"]
    chosen = _with_exercises(
        doc,
        filter_spans([_with_short_form(_over_inner_hyphens(s, model)) for s in _settled_rule_spans(doc, ruler, model)]),
    )
    persons = _person_spans(doc, chosen, model)
    chosen += persons
    chosen += _lowercase_posts(doc, persons, _tokens_of(chosen))
    posts = _appositive_posts(doc, persons, _tokens_of([s for s in chosen if s.label_ == "RANK"]))
    in_posts = _tokens_of(posts)  # a post written out wins over the reference it begins with ("the defence attaché")
    chosen = [s for s in chosen if s.label_ != "REF" or not any(i in in_posts for i in range(s.start, s.end))] + posts
    chosen += _model_entities(model, _tokens_of(chosen), _tokens_of([s for s in chosen if s.label_ == "NORP"]))
    final = _posts_under_office(_posted_to_country(_bracketed_acronyms(filter_spans(chosen))))
    final = _title_word_opening_a_name(final)
    doc.ents = final
    nested = _nested_bodies(doc, final, ruler_orgs + _model_bodies(model, final))
    doc.spans[NESTED_KEY] = nested + _model_bodies_in_posts(final, model, nested)
    return doc


def _posted_to_country(spans: list[Span]) -> list[Span]:
    """A post with the country it is posted to, "Ambassador to [Vietnam]" written right before the holder's name:
    the model ran the country into the name, so the ruler's post stopped before "to". The post takes the country
    back; the holder's own country is the one written before the post ("US Ambassador to Vietnam X")."""
    out = list(spans)
    for k in range(len(out) - 1):
        post, place = out[k], out[k + 1]
        if post is None:
            continue
        doc = post.doc
        gap = doc[post.end : place.start]
        if (
            post.label_ == "TITLE"
            and place.label_ == "GPE"
            and place.text in country_names()
            and [t.lower_ for t in gap] in (["to"], ["to", "the"])
        ):
            out[k] = Span(doc, post.start, place.end, label="TITLE", span_id=post.id_)
            out[k + 1] = None
    return [s for s in out if s is not None]


def _posts_under_office(spans: list[Span]) -> list[Span]:
    """A post written with the office it serves under ("Secretary of the Security Council under the President of
    X", entities.json `office_under_words`): one title, so the name after it is the holder of the whole post, not
    of the office's."""
    out = list(spans)
    joiners = _family_words("office_under_words")
    for k in range(len(out) - 1):
        post, office = out[k], out[k + 1]
        if post is None or post.label_ != "TITLE" or office.label_ != "TITLE":
            continue
        gap = " ".join(t.lower_ for t in post.doc[post.end : office.start])
        if gap.removesuffix(" the") in joiners:
            out[k] = Span(post.doc, post.start, office.end, label="TITLE", span_id=post.id_)
            out[k + 1] = None
    return [s for s in out if s is not None]


def _joined_city_names(model: list[Span]) -> list[Span]:
    """Two adjacent model places whose words together name a city of the world table ("Porto" "Velho"): one place,
    the city."""
    out: list[Span] = []
    for ent in model:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == ent.start
            and prev.label_ in ("GPE", "LOC")
            and ent.label_ in ("GPE", "LOC")
            and f"{prev.text} {ent.text}".casefold() in world_cities()
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="GPE")
        else:
            out.append(ent)
    return out


def _date_cut_at_comma(ent: Span) -> Span:
    """A model DATE run over a comma into a name ("On Tuesday, Fawzy held talks"): the day only. A month, a
    weekday or a number after the comma is still the date ("Tuesday, March 12")."""
    if ent.label_ != "DATE":
        return ent
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or comma + 1 >= ent.end or comma == ent.start:
        return ent
    after = ent.doc[comma + 1]
    if not after.text[:1].isupper() or after.lower_ in dates.months() or after.lower_ in dates.weekdays():
        return ent
    return Span(ent.doc, ent.start, comma, label=ent.label_)


def _over_inner_hyphens(span: Span, model: list[Span]) -> Span:
    """A post naming a body with a hyphenated word ("Director of the Federal Service for Military-Technical
    Cooperation"): the rule's capitalised run stops at the hyphen, which cut the post and left the rest of the body
    and the holder's name to the model's ORG; the post reaches over the hyphen to the end of the capitalised run,
    short of the model's persons and of a second post joined by the hyphen ("...-Chief of ...")."""
    doc, j = span.doc, span.end
    if (
        span.label_ not in {"TITLE", "REF"}
        or not span[-1].text[:1].isupper()
        or j >= len(doc)
        or not inner_hyphen(doc[j])
    ):
        return span  # (nearly every span: the model's persons are gathered only for the rest)
    persons = {i for e in model if e.label_ == "PERSON" for i in range(e.start, e.end)}
    extended = j
    while (
        j + 1 < len(doc)
        and inner_hyphen(doc[j])
        and _capitalised(doc[j + 1])
        and doc[j + 1].text not in post_heads()
        and j + 1 not in persons
    ):
        j += 2
        while j < len(doc) and _capitalised(doc[j]) and doc[j].is_alpha and j not in persons:
            j += 1
        extended = j
    return span if extended == span.end else Span(doc, span.start, extended, label=span.label_, span_id=span.id_)


def _with_short_form(span: Span) -> Span:
    """A title followed by its abbreviation or its branch in brackets and then its holder ("Chief of Army Staff
    (COAS) General X", "Deputy Chief of Army Staff (Operations) General X"): the title reaches over the brackets,
    so that it stays next to the rank or name it belongs to."""
    doc, k = span.doc, span.end
    posted = span.label_ == "REF" and span[0].lower_ == "the" and len(span) > 2 and span[1].text[:1].isupper()
    if not (span.label_ == "TITLE" or posted) or k + 3 >= len(doc):
        return span
    # "The Chief of Defence Staff, CDS, Air Chief Marshal X": the abbreviation set off by commas, not brackets
    if (
        doc[k].text == ","
        and ACRONYM.match(doc[k + 1].text)
        and doc[k + 2].text == ","
        and _capitalised(doc[k + 3])
        and _initials_of(doc[k + 1].text, [t.text for t in span])
    ):
        return Span(doc, span.start, k + 2, label=span.label_, span_id=span.id_)
    if doc[k].text != "(":
        return span
    close = next((j for j in range(k + 2, min(k + 5, len(doc))) if doc[j].text == ")"), None)
    inside = doc[k + 1 : close] if close is not None else []
    # "The Chief of Defence Staff (CDS), General X": a post written with "the", set off by a comma
    holder = close + 2 if posted and close is not None and close + 2 < len(doc) and doc[close + 1].text == "," else None
    if (
        close is not None
        and close + 1 < len(doc)
        and (_capitalised(doc[close + 1]) or holder is not None and _capitalised(doc[holder]))
        and (
            len(inside) == 1
            and ACRONYM.match(inside[0].text)
            or all(t.text[:1].isupper() and t.is_alpha and t.text not in countries() for t in inside)
        )
    ):
        return Span(doc, span.start, close + 1, label=span.label_, span_id=span.id_)
    return span


def _initials_of(acronym: str, words: list[str]) -> bool:
    """The acronym is the initials of the post's words, small words skipped or not ("COAS", "CAS" for "Chief of
    (the) Air Staff")."""

    def spelt(rest: str, i: int) -> bool:
        if not rest:
            return i == len(words) or all(w.islower() for w in words[i:])
        if i == len(words):
            return False
        first = words[i][:1].upper() == rest[0] and spelt(rest[1:], i + 1)
        return first or (words[i].islower() or i == 0) and spelt(rest, i + 1)

    return spelt(acronym.upper(), 0)


def _model_bodies(model: list[Span], final: list[Span]) -> list[Span]:
    """The model's ORG entities that name a body inside a post written in lower case after a name ("vice chairman of
    the Central Military Commission"; `_appositive_posts`, no span id)."""
    outlets = resources.outlets()
    posts = [t for t in final if t.label_ == "TITLE" and not t.id_]
    bodies = [
        b
        for e in model
        if e.label_ == "ORG"
        and (b := _bare_body(e)) is not None
        and any(t.start <= b.start and b.end <= t.end for t in posts)
    ]
    return [b for b in bodies if not _not_a_body(b, outlets) and not is_ship(b)]


def _model_bodies_in_posts(final: list[Span], model: list[Span], nested: list[Span]) -> list[Span]:
    """The model's bodies that begin inside a post ("member of the House of Representatives", "Presidential
    Office Head X"), where no body was found: bodies named too."""
    if not model:
        return []
    posts = [f for f in final if f.label_ in {"TITLE", "REF"}]
    covered = _tokens_of([f for f in final if f.label_ in {"ORG", "PERSON", "RANK"}] + nested)
    outlets = resources.outlets()
    found = []
    for ent in model:
        if ent.label_ != "ORG" or not any(p.start <= ent.start < p.end for p in posts):
            continue
        body = _bare_body(ent)
        if (
            body is not None
            and not any(i in covered for i in range(body.start, body.end))
            and not _not_a_body(body, outlets)
            and _names_a_body_in_post(body)
        ):
            found.append(Span(body.doc, body.start, body.end, label="ORG", span_id=body.text))
    return found


def _names_a_body_in_post(body: Span) -> bool:
    """A model ORG inside a post that names a body, not a piece of the post: two words or more, not only portfolio
    and country words ("Foreign Affairs"), not a portfolio right after "of" ("Secretary of Defense for ..."),
    and ending in a body's head word where more of the post's capitalised words follow ("Presidential Office
    Head", not "Supreme Allied Commander")."""
    doc = body.doc
    if len(body) < 2 or all(_body_word(t) or not t.text[:1].isupper() for t in body):
        return False
    if body.start > 0 and doc[body.start - 1].lower_ == "of" and body[0].text in portfolio_words():
        return False
    follows = body.end < len(doc) and doc[body.end].text[:1].isupper()
    return body[-1].text in body_heads() or not follows and body[-1].text not in name_stop_words()


def _tokens_of(spans: list[Span]) -> set[int]:
    return {i for s in spans for i in range(s.start, s.end)}


def _ruler_spans(doc: Doc, model: list[Span]) -> list[Span]:
    """The ruler's spans, but a city the model reads inside a longer person's name, which is part of the name
    ("General Milan Petrovic"), a demonym too often a name not right before a rank, title or body ("Lao"), and a
    post word that another language's body name holds ("Estado Mayor": a general staff, no mayor)."""
    in_names = {i for e in model if e.label_ == "PERSON" and len(e) > 1 for i in range(e.start, e.end)}
    spans = doc.spans.get(RULER_KEY, [])
    posts = {s.start for s in spans if s.label_ in {"RANK", "TITLE", "ORG"}}
    in_bodies = _family_words("body_words_before_a_post_word")
    return [
        s
        for s in spans
        if not (s.label_ == "GPE" and s.id_ in cities() and s.id_ not in countries() and s.start in in_names)
        and not (s.label_ == "NORP" and s.text in demonyms_before_post() and s.end not in posts)
        and not (s.label_ == "TITLE" and s.start > 0 and doc[s.start - 1].text in in_bodies)
    ]


def _takes_name(span: Span) -> bool:
    """A capitalised word that may begin a name follows the span."""
    doc = span.doc
    if span.end < len(doc) and honorific_length(doc, span.end):
        return True  # "the Minister of State Smt. X", "the Minister Dr. X": an abbreviated honorific opens the name
    return span.end < len(doc) and _capitalised(doc[span.end]) and doc[span.end].text not in name_stop_words()


def _rank_set_off(span: Span) -> bool:
    """ "The Army Corps General, X Y, Chief of Staff ...": a rank after "the" and before a comma and two capitalised
    words, the holder's name set off as a post's is (a translated house style)."""
    doc, k = span.doc, span.end
    return (
        span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and k + 2 < len(doc)
        and doc[k].text == ","
        and _capitalised(doc[k + 1])
        and _capitalised(doc[k + 2])
        and doc[k + 1].text not in name_stop_words()
    )


def _abbreviated_references(doc: Doc, ruler: list[Span], ranks: list[Span]) -> list[Span]:
    """ "the CDS said", "The COAS is expected to travel": an abbreviated post after "the", with no name after it,
    stands for its holder named before (a REF, which resolve links by the post written out); so does one written
    without "the" as the subject of a verb ("On arrival, COAS met X", as forces' releases write)."""
    return [
        Span(doc, s.start - 1, s.end, label="REF") if the else Span(doc, s.start, s.end, label="REF")
        for s in ruler
        if s.label_ == "TITLE"
        and s.id_ == ABBREVIATION
        and (
            (the := s.start > 0 and doc[s.start - 1].lower_ == "the")
            or s[-1].dep_ in ("nsubj", "nsubjpass")
            and s[-1].head.pos_ in ("VERB", "AUX")
            and not s[-1].n_lefts  # "The visiting COAS": a phrase of its own, not the bare post
        )
        and not _takes_name(s)
        and s.end not in {r.start for r in ranks}
    ]


def _settled_rule_spans(doc: Doc, ruler: list[Span], model: list[Span]) -> list[Span]:
    """The ruler's spans without overlaps: ranks before a name, titles cut at the name or rank inside them and
    widened to their country, references, bodies widened to their country, and posts heading a body."""
    ruler = [_with_rank_marks(s) if s.label_ == "RANK" else s for s in ruler]
    ranks = [
        s
        for s in ruler
        if s.label_ == "RANK"
        and (_takes_name(s) or _rank_set_off(s))
        and not (s.text == "General" and _post_head_before(doc, s.start))
    ]
    cuts = {s.start for s in ranks} | {
        e.start
        for e in model
        if e.label_ == "PERSON"
        and e[0].text not in name_stop_words()
        and not (_opening_portfolio(e) and e.start > 0 and doc[e.start - 1].lower_ == "and")
        and not all(t.text in portfolio_words() for t in e)  # "... and National Community Abroad": no name at all
    }  # "Minister for Home Affairs and Immigration X Y": the model's "Immigration X Y" begins with a portfolio
    cuts |= {t.i for t in doc if t.text.endswith(".") and honorific_length(doc, t.i)}  # "... of Defence Alh. X"
    candidates = ranks + [s for s in ruler if s.label_ not in {"RANK", "TITLE", "REF"}]
    posts = frozenset(s.start for s in ruler if s.label_ == "TITLE")
    candidates += [
        _title_with_country(
            _with_listed_portfolios(
                _cut_title(
                    _with_charge(_with_possessive_body(_with_joined_portfolio(_with_portfolio_after_country(s)))),
                    cuts,
                    posts,
                )
            )
        )
        for s in ruler
        if s.label_ == "TITLE"
        and not (s.start > 0 and doc[s.start - 1].lower_ in name_particles())  # "bin Amir": a name
        and not _monarch_in_name(s, ranks)
        # (a post of several words the table writes out, "Ministro de Defensa", is one whatever follows)
        and (s.id_ != ABBREVIATION or len(s) > 1 or _takes_name(s) or s.end in {r.start for r in ranks})
    ]
    candidates += _reference_candidates(doc, ruler)
    candidates += _abbreviated_references(doc, ruler, ranks)
    candidates += _posts_under_another(doc, candidates)
    chosen = []
    for span in filter_spans(candidates):
        if (
            span.label_ == "TITLE"
            and span.start > 0
            and doc[span.start - 1].lower_ in {"the", "his", "her"}
            and not _takes_name(span)
            and not (span.end < len(doc) and doc[span.end].text in {"’s", "'s"})
            and not _comma_then_name(span, ranks)
            and not (span.start > 1 and doc[span.start - 2].lower_ in _family_words("predicate_words"))
        ):
            # "the Defence Minister said", "received the Chief of Staff, who ...": a nominal reference, not a title
            # held by a named person ("the Defence Minister, X, said"; "X, who is also the Chief of Y, ...")
            span = Span(doc, span.start - 1, span.end, label="REF", span_id=span.id_)
        chosen.append(span)
    ruler_orgs = [o for o in ruler if o.label_ == "ORG"]
    orgs = [w for s in chosen if s.label_ == "ORG" and (w := _with_country(s, doc, ruler_orgs)) is not None]
    orgs = [_extended_by_model(o, model) for o in orgs]
    rest = [s for s in chosen if s.label_ != "ORG"]
    return filter_spans(orgs + _posts_heading_bodies(doc, rest, orgs + [e for e in model if e.label_ == "ORG"]) + rest)


def _headline_break(doc: Doc, start: int, stop: int) -> int:
    """Where a title-case headline's clause breaks a post that ran on over it: before "Meeting With" ("Secretary of
    Defense Meeting With Velkarian Minister ...") or a meeting verb after the holder's name ("Deputy Secretary of
    Defense X Y Welcomes Velkarian Deputy Prime Minister ..."; models/headline_words.txt); else `stop`."""
    post_words = portfolio_words() | body_heads()
    for i in range(start + 1, stop):
        named_before = doc[i - 1].text not in post_words
        if doc[i].text == "With":
            return i - named_before
        if (
            named_before
            and doc[i - 1].lower_ not in title_pattern_words()  # "General Officer Commanding ...": a post
            and doc[i].text.endswith("s")  # "Welcomes", "Meets": a verb told in the present
            and doc[i].text in headline_words()
            and doc[i].text not in post_words
        ):
            return i
    return stop


def _opening_portfolio(span: Span) -> bool:
    """The span opens with a portfolio word, after "the" or not ("the Diaspora X Y")."""
    return span[int(len(span) > 1 and span[0].lower_ == "the")].text in portfolio_words()


def _posts_under_another(doc: Doc, candidates: list[Span]) -> list[Span]:
    """ "Head of the Kestrel Board under the Prime Minister of X", "Chief of a Lomar Agency under its Cabinet": a body
    placed under another post or body is one title with it (the holder's name comes after both)."""
    starts = {s.start: s for s in candidates if s.label_ in {"TITLE", "ORG"}}
    joined = []
    for title in (s for s in candidates if s.label_ == "TITLE"):
        for gap in (["under", "the"], ["under"]):
            after = starts.get(title.end + len(gap))
            if after is not None and [t.lower_ for t in doc[title.end : after.start]] == gap:
                joined.append(Span(doc, title.start, after.end, label="TITLE", span_id=title.id_))
    return joined


def _post_head_before(doc: Doc, i: int) -> bool:
    """A post head that makes a post with "General" right before token `i`, or before a hyphen there
    ("Secretary General", "Secretary-General")."""
    k = i - 2 if i > 1 and inner_hyphen(doc[i - 1]) else i - 1
    return k >= 0 and doc[k].text in _family_words("general_post_heads")


def _comma_then_name(post: Span, ranks: list[Span]) -> bool:
    """ "the Defence Minister, General X, ...": a name or a rank after the comma that follows the post."""
    doc, end = post.doc, post.end
    if end >= len(doc) or doc[end].text != ",":
        return False
    return end + 1 in {r.start for r in ranks} or _takes_name(doc[end : end + 1])


def _monarch_in_name(title: Span, ranks: list[Span]) -> bool:
    """A monarch's title word that is a given name or part of one: right after a rank ("Major General Sultan
    Abenov") or a one-word form of address ("Mawlawi Amir Khan X"), joined to the next word by a hyphen
    ("Amir-Hossein") or followed by a lower-case name particle ("Prince Sultan bin X": the son of X is called
    Sultan)."""
    doc = title.doc
    return title.id_ == "monarch" and (
        title.start in {r.end for r in ranks}
        or title.start > 0
        and honorific_length(doc, title.start - 1) == 1
        and not doc[title.start - 1].text.isupper()  # "HH Emir X": "His Highness" abbreviated, then the post
        or title.end < len(doc)
        and (inner_hyphen(doc[title.end]) or doc[title.end].text in name_particles())
    )


def _extended_by_model(org: Span, model: list[Span]) -> Span:
    """A known body the model reads as the start of a longer body's name ("the ECOWAS Commission", "the African
    Union Mission"): the longer body, named as written, when the words after the known name are capitalised and
    end in a body's head word."""
    doc = org.doc
    for ent in model:
        body = _bare_body(ent) if ent.label_ == "ORG" else None
        if (
            body is not None
            and body.start == org.start
            and body.end > org.end
            and all(t.text[:1].isupper() for t in doc[org.end : body.end])
            and body[-1].text in _family_words("body_extensions")
        ):
            return Span(doc, body.start, body.end, label="ORG", span_id=body.text)
    return org


def _with_rank_marks(rank: Span) -> Span:
    """A rank with a retired officer's mark in brackets after it ("Major General (retd)", "Lt Gen (R)"), with its
    service or corps before the name ("Captain (Navy) X", "Colonel (Inf) Y"), or with a service mark after it
    ("Major General Pilot X", "... Staff Pilot X"): one span."""
    doc, k = rank.doc, rank.end
    for n in (2, 1):  # "Major General Pilot X", "Lieutenant General Staff Pilot X"
        if k + n < len(doc) and doc[k : k + n].text in _family_words("rank_suffixes"):
            if _capitalised(doc[k + n]):
                return Span(doc, rank.start, k + n, label="RANK", span_id=rank.id_)
    # "Lieutenant General TNI (Ret.) X": the service's acronym between the rank and the retired mark
    designator = int(k + 1 < len(doc) and doc[k + 1].text == "(" and _service_designator(doc, k, name_words=0))
    k += designator
    close = next((j for j in range(k + 2, min(k + 4, len(doc))) if doc[j].text == ")"), None)
    if k >= len(doc) or doc[k].text != "(" or close is None:
        return rank
    inside = doc[k + 1 : close]
    retired = "".join(t.lower_ for t in inside).rstrip(".") in word_families()["retired_marks"]["words"]
    service = (
        not designator
        and close + 1 < len(doc)
        and _capitalised(doc[close + 1])
        and all(t.is_alpha and t.text[:1].isupper() for t in inside)
    )
    if retired or service:
        return Span(doc, rank.start, close + 1, label="RANK", span_id=rank.id_)
    return rank


def _reference_candidates(doc: Doc, ruler: list[Span]) -> list[Span]:
    """The ruler's nominal references ("the minister") not inside a longer title; a counterpart before a name
    ("his US counterpart, Gen. X") is the post of the other side, a TITLE resolved later."""
    title_ends: dict[int, int] = {}
    for s in ruler:
        if s.label_ == "TITLE":
            for i in range(s.start, s.end):
                title_ends[i] = max(title_ends.get(i, 0), s.end)
    found = []
    for span in ruler:
        if span.label_ != "REF" or title_ends.get(span.end - 1, 0) > span.end:
            continue  # "the Canadian Minister of Defence": the title runs on
        comma_name = span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].text[:1].isupper()
        if span.id_ == BARE_COUNTERPART:
            # a headline's "meets Nepali counterpart X" (no determiner): only a post before a name (or before a
            # name set off by a comma: "his Trinidad and Tobago counterpart, X", a country the longer pattern misses)
            if span.end < len(doc) and _capitalised(doc[span.end]) or comma_name:
                found.append(Span(doc, span.start, span.end, label="TITLE", span_id=COUNTERPART))
            continue
        if (
            span[-1].lower_ in _family_words("modifier_reference_heads")
            and span.end < len(doc)
            and doc[span.end].pos_ == "NOUN"
            and doc[span.end].is_lower
        ):
            continue  # "the official visit", "the host country": the word is a modifier here, no one's post
        if span[-1].lower_ == "counterpart" and comma_name:
            found.append(Span(doc, span.start, span.end, label="TITLE", span_id=COUNTERPART))
        elif not (span.end < len(doc) and _capitalised(doc[span.end])):
            found.append(span)
        elif span[-1].lower_ == "counterpart":
            # "his Azerbaijani counterpart <name>": a post like the other side's
            found.append(Span(doc, span.start, span.end, label="TITLE", span_id=COUNTERPART))
    return found


def _with_exercises(doc: Doc, chosen: list[Span]) -> list[Span]:
    """Exercise names found from cue words, over any other span they overlap (a demonym inside one included)."""
    texts = token_strings.strings(doc, ORTH)
    exercises = filter_spans(exercise_spans(doc, _tokens_of([s for s in chosen if s.label_ != "NORP"]), texts))
    ex_taken = _tokens_of(exercises)
    return [s for s in chosen if not any(i in ex_taken for i in range(s.start, s.end))] + exercises


def _bodies_of_a_post(doc: Doc, chosen: list[Span]) -> list[Span]:
    """ "Secretary General of the Collective Security Treaty Organization X Y", "State Secretary at the MoD X Y": a
    body named right after a title with "of (the)" or "at (the)", after which the holder's name comes."""
    title_ends = {s.end for s in chosen if s.label_ == "TITLE"}
    # "Joint Secretary (Europe) in the Ministry of X": the post's branch in brackets between post and body
    title_ends |= {
        close + 1
        for end in list(title_ends)
        if end < len(doc) and doc[end].text == "("
        for close in [next((j for j in range(end + 2, min(end + 5, len(doc))) if doc[j].text == ")"), None)]
        if close is not None
    }
    return [
        s
        for s in chosen
        if s.label_ == "ORG"
        and (
            s.start - 1 in title_ends
            and doc[s.start - 1].lower_ in {"of", "at", "in"}
            or s.start - 2 in title_ends
            and doc[s.start - 2 : s.start].text.lower() in {"of the", "at the", "in the"}
        )
    ]


def _person_spans(doc: Doc, chosen: list[Span], model: list[Span]) -> list[Span]:
    """Persons: names after a rank, title or honorific, the model's persons trimmed to their name, and a model ORG
    or GPE set off by a comma after a post; no place, thing, credit or acronym."""
    taken = _tokens_of(chosen)
    ranks = _tokens_of([s for s in chosen if s.label_ == "RANK"])
    anchors = [s for s in chosen if s.label_ in {"RANK", "TITLE"}]
    anchors += [
        Span(doc, i, i + n)
        for i in range(len(doc))
        if (n := honorific_length(doc, i)) and not (i > 0 and honorific_length(doc, i - 1))
    ]
    anchors += _posts_to_country(doc)
    anchors += _posts_in_a_place(doc, chosen, model)
    anchors += _bodies_of_a_post(doc, chosen)
    persons = _persons_after(doc, anchors, taken) + _named_after_comma(
        doc, anchors + [s for s in chosen if s.label_ == "REF"], taken
    )
    runs = list(_name_runs(doc, taken))  # read once for both kinds of unnamed runs below
    persons += _named_after_country(doc, taken) + _named_as_someone(doc, runs) + _named_in_a_meeting_slot(doc, runs)
    persons += [
        Span(doc, start, end, label="PERSON") for start, end in runs if _named_after_their_country(doc, start, end)
    ]
    persons += _named_after_counterpart(doc, taken)
    for ent in model:
        if ent.label_ == "PERSON" and not all(_body_word(t) for t in ent):  # not "Intelligence Corps"
            for trimmed in _names_in_person(ent, taken):
                # (the trim may have cut a place's name used as the given name: "Jordan T. Velk")
                extend = trimmed.start == ent.start or _given_name_before_initial(doc, trimmed.start - 1)
                persons.append(_left_extended(trimmed, taken) if extend else trimmed)
        elif (
            ent.label_ in {"ORG", "GPE"}
            and ent.text not in countries()
            and ent.text not in cities()
            and _named_after_post(ent, anchors + [s for s in chosen if s.label_ == "REF"], taken)
            or ent.label_ in {"ORG", "GPE", "LOC"}
            and _name_read_as_body(ent, taken, {a.end for a in anchors})
        ):
            persons.append(Span(doc, ent.start, ent.end, label="PERSON"))
        elif ent.label_ == "ORG" and (name := _name_after_a_comma_in_body(ent, taken)) is not None:
            persons.append(name)
        elif ent.label_ in {"ORG", "LOC", "GPE"} and (name := _name_after_a_place(ent, taken, anchors)) is not None:
            persons.append(name)
    persons = filter_spans(
        [
            _without_postnominals(
                _city_surname_extended(
                    _particle_extended(
                        _surname_joined(
                            _saint_extended(_hyphen_extended(_head_name_extended(p, taken), taken), taken), taken
                        ),
                        taken,
                    )
                )
            )
            for p in persons
            if not any(c.isdigit() for c in p.text) and p.text not in cities()
        ]
    )
    return [
        _with_honorific(p, taken)
        for p in filter_spans(_joined_at_particles(persons, taken))
        if not _not_a_name(p)
        and not names_a_thing(p)
        and not _a_place_after(p)
        and not _a_place_range_end(p)
        and not _a_place_of(p)
        and not _headline_phrase(p)
        and not _alone_in_text(p, taken, ranks)
        and not _own_reporter(p)
    ]


@cache
def _press_roles() -> frozenset[str]:
    """A reporter's roles ("correspondent", "editor"; models/clean/credits.json)."""
    return frozenset(resources.read_json("clean/credits.json")["roles"])


def _own_reporter(span: Span) -> bool:
    """ "Our Europe correspondent X reports from the venue": the outlet's own reporter, named after "Our" and a role
    (GOLD: reporters are metadata, not persons of the article)."""
    before = span.doc[span.sent.start : span.start]
    return len(before) >= 2 and before[0].lower_ == "our" and before[-1].lower_ in _press_roles()


BYLINE_SEPARATORS = frozenset({",", "|", "/", "-", "–", "—"})


def _alone_in_text(span: Span, taken: set[int], ranks: set[int]) -> bool:
    """A name that is the whole paragraph ("Jane Doe" on its own line above or below the story), after "By" and a
    rank ("By Lt Gen (retd) X"), or before a separator and a few capitalised words that hold no post, demonym or
    body ("Jane Doe, Probe Wire"): a byline or sign-off, not a person of the article."""
    doc, start = span.doc, _with_honorific(span, set()).start  # "Siti Aisyah Mohamad"
    # "May 27, 2031 -- By X Y, Velkarian Guard Public Affairs", "30 May 2031 / Captain X Y": a dated byline
    k = 0
    while k < start and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].is_punct or doc[k].is_space or doc[k].like_num):
        k += 1
    by = k < start and doc[k].lower_ == "by"
    i = k + 1 if by else k
    while i < start and (doc[i].is_punct or doc[i].is_space or (by or k > 0) and i in ranks):
        i += 1
    tail = [t for t in doc[span.end :] if not (t.is_punct and t.i == len(doc) - 1)]
    signed = not tail or (
        tail[0].text in BYLINE_SEPARATORS
        and 1 <= len(tail) <= 5 + 3 * by
        and all(_capitalised(t) and (by or t.i not in taken) and t.pos_ != "VERB" for t in tail[1:])
    )
    return len(span) >= 2 and i == start and signed


def _named_after_country(doc: Doc, taken: set[int]) -> list[Span]:
    """Two to four proper nouns after a country's possessive that the model left untagged or read as a body
    without any body word ("Singapore's Ng Eng Hen met ..."): a person named with their country."""
    found = []
    for i in range(1, len(doc) - 2):
        if doc[i].text not in POSSESSIVES or doc[i - 1].text not in country_names():
            continue
        j = i + 1
        while j < len(doc) and j - i <= 4 and _possessed_name_word(doc[j], taken):
            j += 1
        after = doc[j] if j < len(doc) else None
        if 2 <= j - i - 1 <= 4 and (after is None or not after.text[:1].isupper()):
            found.append(Span(doc, i + 1, j, label="PERSON"))
    return found


def _named_as_someone(doc: Doc, runs: list[tuple[int, int]]) -> list[Span]:
    """Two or three proper nouns that the model left untagged or read as a body or place, before the letters of a seat
    or an honour ("Ivo Brant MP"), after "led by" and set off before a post (`_leader_set_off`), set off by a comma
    before a post in lower case, a noun for what a person is or "who" ("Ivo Brant, the defence minister of Lomar,
    met ...", "said Ivo Brant, a researcher at ...", "Ivo Brant, who heads the institute, said"), or right after such a
    noun ("said lawmaker Ivo Brant", "the agency's country director, Ivo Brant, says"): a person's name. `runs`: the
    document's `_name_runs`."""
    return [
        Span(doc, start, end, label="PERSON")
        for start, end in runs
        if _person_noun_before(doc, start)
        or end < len(doc)
        and _seat_letters(doc, end)  # "A B MP", "A B MEP": only a person's name has them
        or _leader_set_off(doc, start, end)
        or end + 1 < len(doc)
        and doc[end].text == ","
        and (_post_after(doc, end + 1) or doc[end + 1].lower_ == "who")
    ]


def _leader_set_off(doc: Doc, start: int, end: int) -> bool:
    """ "a delegation ... led by A B, Chair of the Committee": the run after "led by" or "headed by", set off by a
    comma before a post, is who leads."""
    return (
        start >= 2
        and doc[start - 1].lower_ == "by"
        and doc[start - 2].lemma_.lower() in ("lead", "head")
        and end + 1 < len(doc)
        and doc[end].text == ","
        and any(s.label_ in ("TITLE", "RANK") and s.start == end + 1 for s in doc.spans.get(RULER_KEY, []))
    )


def _name_runs(doc: Doc, taken: set[int]) -> Iterator[tuple[int, int]]:
    """Runs of two or three proper nouns, no more capitalised words on either side, that the model left untagged or
    read as a person, body or place."""
    for start in range(len(doc) - 1):
        if (
            not _possessed_name_word(doc[start], taken)
            or start > 0
            # "Deputy Director at the Defence Ministry A B": the body's last word ends the post, not the name
            and (_capitalised(doc[start - 1]) and not _body_word(doc[start - 1]) or inner_hyphen(doc[start - 1]))
        ):
            continue  # not where a run of name words begins
        end, words = start, 0
        while end < len(doc) and words < 4 and _possessed_name_word(doc[end], taken) and not _seat_letters(doc, end):
            end += 1
            words += 1
            if end + 1 < len(doc) and inner_hyphen(doc[end]) and _possessed_name_word(doc[end + 1], taken):
                end += 2  # "Paul-Henri": one word
        if 2 <= words <= 3 and not (end < len(doc) and _capitalised(doc[end]) and not _seat_letters(doc, end)):
            yield start, end


def _seat_letters(doc: Doc, i: int) -> bool:
    """ "MP", "MEP", "KC", "OBE" at `i`: capital letters written after a name for a seat or an honour."""
    return doc[i].text.isupper() and doc[i].text in postnominals()


def _named_in_a_meeting_slot(doc: Doc, runs: list[tuple[int, int]]) -> list[Span]:
    """Two or three proper nouns that the model left untagged or read as a body or place, where a meeting puts a
    person: met or talked with ("will meet A B in Lomar", "held talks with A B"); joined by "and" to a person ("A B
    and C D held talks", "between A B and C D"); the subject of a meeting with one ("A B met C D", "A B spoke by
    phone with C D", "A B is due to hold talks with C D"); the agent of a meeting verb ("was received by A B"); or
    whom a courtesy call is paid on. A person is a name the model read as one, or one met or talked with. `runs`: the
    document's `_name_runs`."""
    spans = [Span(doc, start, end, label="PERSON") for start, end in runs]
    runs = [span for span in spans if span.root.ent_type_ != "PERSON"]
    met = [span for span in runs if _met_or_talked_with(span.root)]
    roots = {span.root.i for span in met}
    return met + [span for span in runs if span.root.i not in roots and _a_person_slot(span.root, roots)]


def _met_or_talked_with(root) -> bool:
    """Met, received or hosted ("will meet A B in Lomar"), or talked with ("held talks with A B")."""
    if root.dep_ == "dobj":
        return root.head.lemma_ in _family_words("person_object_verbs")
    return root.dep_ == "pobj" and root.head.lower_ == "with" and _talk_with(root.head)


def _talk_with(with_token) -> bool:
    with_heads = _family_words("person_with_heads")
    head = with_token.head
    # "had lunch with", "shook hands with"
    return (
        head.lemma_ in with_heads
        or head.lemma_ in {"have", "shake"}
        and any(c.dep_ == "dobj" and c.lemma_ in with_heads for c in head.children)
    )


def _a_person_slot(root, met: set[int]) -> bool:
    """Whether the root of a run of name words stands where a meeting puts a person (`_named_in_a_meeting_slot`)."""

    objects = _family_words("person_object_verbs")

    def a_person(token) -> bool:
        return token.ent_type_ == "PERSON" or token.i in met

    def named(token) -> bool:  # "his counterpart C D": a post noun whose apposition is a person
        return a_person(token) or any(c.dep_ == "appos" and a_person(c) for c in token.children)

    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if (
        root.dep_ == "conj"
        and a_person(root.head)
        or any(c.dep_ == "conj" and named(c) for c in root.children)
        # "A B, C D and E F met": the parse sets the rest of the list off as an apposition
        or any(c.dep_ == "appos" and a_person(c) and any(g.dep_ == "conj" for g in c.children) for c in root.children)
    ):
        return (
            first.dep_ in {"nsubj", "nsubjpass"}
            or first.dep_ == "pobj"
            and first.head.lower_ in {"between", "with"}
            or first.dep_ == "dobj"
            and first.head.lemma_ in objects
            # "was hosted by A, who welcomed his counterparts, B and C D": a list the parser ran on from the agent
            or first.dep_ == "pobj"
            and first.head.dep_ == "agent"
            and first.head.head.lemma_ in objects
        )
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return root.head.head.lemma_ in objects
    if root.dep_ == "pobj" and root.head.lower_ in {"on", "upon"}:
        return root.head.head.lemma_ == "call" and root.head.head.pos_ == "NOUN"  # "paid a courtesy call on A B"
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return any(
        # "A B met C D"; "A B told reporters after meeting C D" (a meeting verb with no subject of its own)
        t.dep_ == "dobj"
        and a_person(t)
        and t.head.lemma_ in objects
        and (t.head == root.head or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.head.children))
        # "A B spoke by phone with C D"; "A B will call on C D"
        or t.lower_ == "with"
        and _talk_with(t)
        and any(c.dep_ == "pobj" and any(a_person(w) for w in c.subtree) for c in t.children)
        or t.lower_ in {"on", "upon"}
        and t.head.lemma_ == "call"
        and any(c.dep_ == "pobj" and a_person(c) for c in t.children)
        # "A B was welcomed by C D"
        or t.dep_ == "agent"
        and t.head.lemma_ in objects
        and any(c.dep_ == "pobj" and a_person(c) for c in t.children)
        for t in root.head.subtree
        if not t.is_ancestor(root)
    )


def _capitalised_post_at(doc: Doc, k: int) -> bool:
    """A post the ruler tagged ends a run of capitalised words from token k, set off by a comma or a stop."""
    return any(
        s.label_ == "TITLE"
        and k <= s.start < k + 4
        and s.end < len(doc)
        and doc[s.end].text in {",", "."}
        and all(_capitalised(t) for t in doc[k : s.end])
        for s in doc.spans.get(RULER_KEY, [])
    )


def _post_after(doc: Doc, k: int) -> bool:
    """A post in lower case or a noun for what a person is begins at token k ("the defence minister of X", "a senior
    researcher at Y")."""
    k += doc[k].lower_ in {"the", "a", "an"}
    if k + 1 < len(doc) and doc[k].text in country_names() and doc[k + 1].text in POSSESSIVES:
        k += 2  # "A B, Lomar's defence minister,"
        if _capitalised_post_at(doc, k):
            return True  # "A B, Lomar's National Armaments Director, said"
    if _lowercase_post_at(doc, k) is not None:
        return True
    j = k
    while (
        j < len(doc)
        and j - k < 3
        and doc[j].is_lower
        and doc[j].pos_ in {"ADJ", "NOUN"}  # "a senior defence researcher", not "brought together officials"
        and doc[j].lemma_ not in _family_words("person_nouns")
    ):
        j += 1
    return (
        j < len(doc)
        and doc[j].is_lower
        and doc[j].lemma_ in _family_words("person_nouns")
        and (
            j + 1 == len(doc)
            or not doc[j + 1].is_lower
            or doc[j + 1].lower_ in {"at", "of", "for", "with", "in", "who", "and"}
        )
    )


def _person_noun_before(doc: Doc, start: int) -> bool:
    """A noun for what a person is right before the name ("lawmaker X"), or before a comma before it ("the agency's
    country director, X")."""
    k = start - 1 - (start > 1 and doc[start - 1].text == ",")
    return (
        k >= 0
        and doc[k].is_lower
        and (doc[k].lemma_ in _family_words("person_nouns") or doc[k].text in lowercase_posts()[0])
    )


def _free_name_word(token, taken: set[int]) -> bool:
    """A capitalised word that may be part of a name, in no span settled yet."""
    return token.i not in taken and token.is_alpha and _name_word(token) and token.text not in not_name_words()


def _possessed_name_word(token, taken: set[int]) -> bool:
    return (
        _free_name_word(token, taken)
        and token.pos_ == "PROPN"
        and (
            token.ent_type_ in {"", "ORG", "PERSON", "FAC", "WORK_OF_ART"}
            or token.ent_type_ in {"GPE", "LOC"}
            and not _a_known_place(token)
        )
        and token.text not in cities()
        and token.text not in thing_words()[1]
        and not weekday_like(token.text)
    )


@cache
def _region_names() -> frozenset[str]:
    """Continents and world regions, case-folded (models/meetings/cues.json region_names)."""
    return frozenset(resources.read_json("meetings/cues.json")["region_names"])


def _name_after_a_place(ent: Span, taken: set[int], anchors: list[Span]) -> Span | None:
    """ "Deputy Secretary-General for Europe and the Pacific X Y flew in ...": the model ran the region a post ends
    with into the holder's name and read both as one body; "received in the city of Abu Dhabi X Y, Under-Secretary
    of ...": the city of the place told before the one received, with the name and its post after it. The
    name-shaped words after the region or city are the person's name."""
    doc, lead = ent.doc, int(ent[0].lower_ == "the")
    cut = next(
        (n for n in (2, 1) if lead + n < len(ent) and ent[lead : lead + n].text.casefold() in _region_names()), 0
    )
    if cut:
        told = any(a.label_ == "TITLE" and a.sent == ent.sent and a.end <= ent.start for a in anchors)
    else:
        cut = next((n for n in (2, 1) if lead + n < len(ent) and ent[lead : lead + n].text in cities()), 0)
        # the name's post set off after it ("X Y, Under-Secretary of ..."; the hyphened head may stand before)
        after = ent.end + 1
        hyphened = after + 1 < len(doc) and doc[after + 1].text == "-"
        told = (
            ent.end < len(doc)
            and doc[ent.end].text == ","
            and any(a.start == after or hyphened and a.start == after + 2 for a in anchors)
        )
    name = ent[lead + cut :]
    if (
        not cut
        or not told
        or not 2 <= len(name) <= 3
        or not all(_free_name_word(t, taken) and not _a_known_place(t) and not _body_word(t) for t in name)
        or name.text in countries()
    ):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def _named_after_their_country(doc: Doc, start: int, end: int) -> bool:
    """ "his counterparts from Honduras, A B C, and El Salvador, D E": a run of name words (`_name_runs`) set off
    after the country its holder comes from, which the model left untagged or read as a body or place."""
    k = start - 1
    if k < 2 or doc[k].text != ",":
        return False
    n = next((n for n in (3, 2, 1) if k - n > 0 and doc[k - n : k].text in country_names()), 0)
    return (
        n > 0
        and doc[k - n - 1].lower_ in ("from", "of")
        and (end == len(doc) or doc[end].text in {",", ".", ";"} or doc[end].lower_ == "and")
        and not any(_a_known_place(t) for t in doc[start:end])
    )


def _a_known_place(token) -> bool:
    return token.text.casefold() in folded_places()


def _model_entities(model: list[Span], taken: set[int], demonyms_at: set[int] = frozenset()) -> list[Span]:
    """The model's other entities where no span was settled; a model ORG only when it names a body, and over a
    demonym it begins with ("the Philippine Senate")."""
    outlets = resources.outlets()
    found = []
    not_bodies = _acronyms_of_non_bodies(model[0].doc) if model else set()
    for ent in model:
        blocked = taken - demonyms_at if ent.label_ == "ORG" and ent[-1].i not in demonyms_at else taken
        if ent.label_ == "PERSON" or any(i in blocked for i in range(ent.start, ent.end)):
            continue
        if ent.label_ == "ORG":
            ent = _bare_body(ent)
            if (
                ent is None
                or _not_a_body(ent, outlets)
                or is_ship(ent)
                or _a_place_where(ent)
                or ent.text in not_bodies
                or (names_a_thing(ent, heads=False) and not any(_body_word(t) for t in ent))
                or _headline_fragment(ent)
            ):
                continue
        found.append(ent)
    return found


def _acronyms_of_non_bodies(doc: Doc) -> set[str]:
    """Acronyms the document gives in brackets after the name of an event, document, tie, programme or news outlet
    ("the Defence Cooperation Agreement (DCA)", "the Kenya News Agency (KNA)"): wherever the document uses them,
    they name no body."""
    last, _ = not_body_words()
    found = set()
    for t in doc[2:-1]:
        if t.nbor(-1).text == "(" and t.nbor(1).text == ")" and ACRONYM.match(t.text):
            before = t.nbor(-2) if t.nbor(-2).text not in CLOSING_QUOTES.values() or t.i < 3 else t.nbor(-3)
            if before.text in last or outlet_shaped([w.text for w in t.doc[max(before.i - 3, 0) : before.i + 1]]):
                found.add(t.text)
    return found


def _nested_bodies(doc: Doc, final: list[Span], ruler_orgs: list[Span]) -> list[Span]:
    """Bodies named inside a title ("Commander of the Turkish Land Forces"). A bare "General Staff" inside a post
    ("Chief of General Staff") names the post, not a body."""
    kept = {(s.start, s.end) for s in final}
    inner = [
        _with_country(s, doc, ruler_orgs)
        for s in ruler_orgs
        if any(f.label_ in {"TITLE", "REF"} and f.start <= s.start and s.end <= f.end for f in final)
    ]
    inner = [
        s
        for s in inner
        if s is not None
        and (s.start, s.end) not in kept
        and not (s.id_ == "General Staff" and s.start > 0 and doc[s.start - 1].lower_ != "the")
    ]
    inner += [
        b
        for f in final
        if f.label_ in {"TITLE", "REF"}
        and (b := _body_in_title(f)) is not None
        and (b.start, b.end) not in kept
        and not any(i.start <= b.start and b.end <= i.end for i in inner)
    ]
    return filter_spans(inner)
