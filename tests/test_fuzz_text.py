"""Structure-aware fuzzing: well-formed articles, mutated the way real crawls are, through one full CLI run.

`tests/test_fuzz.py` feeds random bytes, which `clean` rejects before they reach ner, resolve or relate. Here
hypothesis draws real-looking articles instead: a seed article (those of ../shared/eval/dev and
../shared/eval/real when present, read at run time, and the invented ones in tests/data/fuzz_seeds), parsed
into header, paragraphs and sentences, then changed by one to four mutations (see MUTATIONS). The pipeline
runs once over all of them with the default model. A document with `status = error` is a failure here:
isolation is the safety net, not the goal. FUZZ_DOCS sets the count (default 300, a fixed sample);
`make fuzz-text FUZZ_DOCS=N` draws N new ones.
"""

from __future__ import annotations

import json
import os
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pipeline import load, schema
from pipeline.cli import app
from pipeline.stages.resolve import is_name

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent / "shared" / "eval"
N_DOCS = int(os.environ.get("FUZZ_DOCS", "300"))
MAX_SEED_CHARS = 30_000


def _seed_texts() -> list[str]:
    paths = sorted((HERE / "data" / "fuzz_seeds").glob("*.txt"))
    for sub in ("dev", "real"):
        paths += sorted((EVAL / sub / "texts").glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace")[:MAX_SEED_CHARS] for p in paths]


SEEDS = _seed_texts()

# --- material the mutations insert (invented) ---------------------------------------------------------------
FIRST = ["Elnur", "Mark", "Rauf", "Peter", "Lena", "Omar", "Ivan", "Aida", "Kemal", "Tariq", "Nikos", "Levan", "Farid"]
LAST = ["Qasimli", "Dorsey", "Aliyev", "Lang", "Varga", "Haddad", "Petrenko", "Rustamova", "Arslan", "Nadeem", "Berg"]
NOT_NAMES = [
    "General",
    "Minister",
    "Colonel",
    "President",
    "Turkey",
    "Georgia",
    "Jordan",
    "May",
    "June",
    "August",
    "Monday",
    "Admiral",
    "Ambassador",
    "Defence",
    "Chief",
    "March",
    "China",
    "Chad",
]
FOREIGN_LINES = [
    "Министр обороны Сергей Волков встретился с генералом Петренко в Минске.",
    "Müdafiə naziri Elnur Qasımlı general Mark Dorsi ilə görüşüb.",
    "Ο υπουργός Άμυνας Νίκος Παπαδάκης συναντήθηκε με τον στρατηγό Γιώργο Αλεξίου.",
    "التقى وزير الدفاع خالد العمري بنظيره سامي الحداد في عمّان.",
    "国防部长王建国在北京会见了来访的将军李明。",
    "Savunma Bakanı Kemal Arslan, Pakistanlı mevkidaşı ile Ankara'da bir araya geldi.",
    "Le ministre de la Défense a reçu son homologue géorgien à Paris mardi.",
    "Der Verteidigungsminister traf am Montag den Generalstabschef in Berlin.",
    "وزير دفاع ایران با همتای خود در تهران دیدار کرد.",
    "Պաշտպանության նախարարը հանդիպեց գեներալ Պետրոսյանի հետ Երևանում։",
    "თავდაცვის მინისტრი შეხვდა გენერალ ბერიძეს თბილისში.",
    "Міністр оборони України провів зустріч з делегацією у Києві.",
    "国防大臣は東京で防衛協力について協議した。",
    "국방부 장관은 서울에서 미국 대표단을 만났다.",
]
SOCIAL = [
    "🇦🇿",
    "🇹🇷🇦🇿",
    "🇬🇷",
    "🇺🇸🇬🇧",
    "🤝",
    "💪🔥",
    "🙏",
    "#NATO",
    "#defence",
    "#PfP2024",
    "@MoD_Press",
    "@GenDorsey",
    "@army_news:",
    "RT @wire:",
    "👉 https://t.co/xYz123",
    "🏴‍☠️",
    "👨‍✈️",
    "©",
    "™",
    "🇦",
    "🇿",
]
INVISIBLE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202e",
    "\u2066",
    "\u2069",
    "\ufeff",
    "\u00ad",
    "\x07",
    "\x1b",
    "\x0b",
    "\x0c",
    "\u0301",
    "\u0308",
    "\ufffd",
]
BRACKETS = ['"', "'", "(", ")", "[", "]", "{", "«", "»", "“", "„", "‘", "<", "—", "–", "...", "\\"]
BAD_DATES = [
    "on 31 February",
    "on February 30, 2023",
    "in the year 0",
    "on 0000-00-00",
    "on 2023-13-45",
    "on Mondy",
    "on Tuseday, March 3",
    "on Wednsday",
    "on 29 February 2023",
    "on the 32nd of May",
    "on 31/04/2024",
    "on 12.31.2023",
    "last Frday",
    "on Thursday, 30 February 2021",
    "in 99999",
]
HEADERS = [
    " date 2023-02-31 By Harbor Times",
    " date 0000-01-01 By X",
    " date 2023/02/07 By Caspian Wire",
    " date 07.02.2023",
    " date Feb 7, 2023 By APA",
    " date 2023-13-45 By Trend",
    " date 9999-12-31",
    "date 2021-07-15",
    " date 2021-07-15 By",
    "By",
    "By 🇦🇿 News",
    "By Elnur Qasimli, Mark Dorsey and Rauf Aliyev",
    " date 1970-01-01 By Defence Minister",
    "date 2024-02-29 By Lena Varga",
    "By https://example.org",
]
HTML = [
    "<p>",
    "</p>",
    "<div class='x'>",
    "</div>",
    "<br/>",
    "<script>var a = '<p>';</script>",
    "&nbsp;",
    "&amp;",
    '<a href="/news/1">Read more</a>',
    "<!-- comment -->",
    "<img src=x onerror=alert(1)>",
    "&#8217;",
    "<b>",
    "</td></tr>",
    "<![CDATA[",
    "]]>",
]


@dataclass
class Article:
    """An article as header line, paragraphs and their sentences, so mutations can act on its structure."""

    header: str | None
    paragraphs: list[list[str]] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str) -> Article:
        blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
        header = None
        if blocks and re.match(r"^\s*(date\s+\d|by\s)", blocks[0], re.IGNORECASE):
            header = blocks.pop(0)
        return cls(header, [re.split(r"(?<=[.!?])\s+", b.replace("\n", " ")) for b in blocks])

    def render(self) -> str:
        parts = ([self.header] if self.header is not None else []) + [" ".join(p) for p in self.paragraphs]
        return "\n\n".join(parts) + "\n"

    def sentences(self) -> list[tuple[int, int]]:
        return [(i, j) for i, p in enumerate(self.paragraphs) for j in range(len(p))]


def _words(a: Article, rnd: random.Random, fn) -> None:
    """Apply `fn(word) -> word` to a random share of the words."""
    share = rnd.choice([0.05, 0.2, 1.0])
    for p in a.paragraphs:
        for j, s in enumerate(p):
            p[j] = " ".join(fn(w) if rnd.random() < share else w for w in s.split(" "))


def _names(a: Article, rnd: random.Random, fn) -> None:
    """Apply `fn(first, last) -> text` to capitalised word pairs (the names, mostly)."""
    for p in a.paragraphs:
        for j, s in enumerate(p):
            p[j] = re.sub(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b", lambda m: fn(m.group(1), m.group(2)), s)


def shuffle_sentences(a, rnd):
    for p in a.paragraphs:
        rnd.shuffle(p)


def shuffle_paragraphs(a, rnd):
    rnd.shuffle(a.paragraphs)


def duplicate(a, rnd):
    if a.paragraphs:
        i = rnd.randrange(len(a.paragraphs))
        if rnd.random() < 0.5:
            a.paragraphs.insert(i, list(a.paragraphs[i]))
        else:
            p = a.paragraphs[i]
            k = rnd.randrange(len(p))
            p.insert(k, p[k])


def truncate(a, rnd):
    text = a.render()
    cut = Article.parse(text[: rnd.randrange(len(text) + 1)])
    a.header, a.paragraphs = cut.header, cut.paragraphs


def merge(a, rnd):
    if rnd.random() < 0.3:
        a.paragraphs = [[s for p in a.paragraphs for s in p]]
    elif len(a.paragraphs) > 1:
        i = rnd.randrange(len(a.paragraphs) - 1)
        a.paragraphs[i : i + 2] = [a.paragraphs[i] + a.paragraphs[i + 1]]
    if rnd.random() < 0.5:  # sentences run together
        for p in a.paragraphs:
            p[:] = ["".join(p)]


def same_surname(a, rnd):
    surname = rnd.choice(LAST)
    _names(a, rnd, lambda first, last: f"{first} {surname}")


def names_like_words(a, rnd):
    """Names that equal titles, ranks, countries or months."""
    _names(
        a,
        rnd,
        lambda first, last: (
            f"{first} {rnd.choice(NOT_NAMES)}"
            if rnd.random() < 0.5
            else f"{rnd.choice(NOT_NAMES)} {rnd.choice(NOT_NAMES)}"
        ),
    )
    a.paragraphs.append([f"General {rnd.choice(NOT_NAMES)} met Minister May in {rnd.choice(NOT_NAMES)} on June."])


def tiny_and_huge_paragraphs(a, rnd):
    for _ in range(rnd.randrange(1, 4)):
        a.paragraphs.insert(
            rnd.randrange(len(a.paragraphs) + 1),
            [rnd.choice(["Baku.", "Minister", "—", "2023", "met", "A", "General Mark", ".", "🇦🇿"])],
        )
    if rnd.random() < 0.15:
        sentences = [s for p in a.paragraphs for s in p] or ["General Mark Dorsey met Minister Elnur Qasimli."]
        words: list[str] = []
        while len(words) < 20_000:
            words += rnd.choice(sentences).split()
        a.paragraphs.insert(rnd.randrange(len(a.paragraphs) + 1), [" ".join(words[:20_000])])


def headline_only(a, rnd):
    first = next((p[0] for p in a.paragraphs if p), "Minister meets general")
    a.paragraphs = [[first.rstrip(".")]] if rnd.random() < 0.7 else []


def name_list(a, rnd):
    names = [
        f"{rnd.choice(['', 'General ', 'Colonel ', 'Minister '])}{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        for _ in range(200)
    ]
    sep = rnd.choice([", ", "; ", "\n", " and ", " · "])
    block = sep.join(names)
    a.paragraphs.insert(
        rnd.randrange(len(a.paragraphs) + 1),
        [f"The meeting was attended by {block}."] if sep != "\n" else block.split("\n"),
    )


def case_change(a, rnd):
    fn = str.upper if rnd.random() < 0.5 else str.lower
    for p in a.paragraphs:
        p[:] = [fn(s) for s in p]
    if a.header is not None and rnd.random() < 0.5:
        a.header = fn(a.header)


def foreign_lines(a, rnd):
    lines = [[rnd.choice(FOREIGN_LINES)] for _ in range(rnd.randrange(1, 4))]
    where = rnd.random()
    if where < 0.5:
        a.paragraphs += lines  # an English article with a foreign tail
    elif where < 0.8:
        for line in lines:
            a.paragraphs.insert(rnd.randrange(len(a.paragraphs) + 1), line)
    else:  # a whole foreign article
        a.paragraphs = [
            [rnd.choice(FOREIGN_LINES) for _ in range(rnd.randrange(1, 5))] for _ in range(rnd.randrange(1, 6))
        ]
    if rnd.random() < 0.3 and a.paragraphs:  # a foreign name right next to an English one
        _names(
            a, rnd, lambda first, last: f"{first} {last} ({rnd.choice(['Сергей Волков', 'عمر حداد', '李明', 'Νίκος'])})"
        )


def social(a, rnd):
    _words(a, rnd, lambda w: f"{w} {rnd.choice(SOCIAL)}" if rnd.random() < 0.5 else f"{rnd.choice(SOCIAL)}{w}")
    a.paragraphs.append([" ".join(rnd.choice(SOCIAL) for _ in range(rnd.randrange(1, 12)))])
    if rnd.random() < 0.5:
        _names(a, rnd, lambda first, last: f"{first} {rnd.choice(SOCIAL)} {last}")


def invisible_in_names(a, rnd):
    def spoil(first, last):
        i = rnd.randrange(len(last) + 1)
        return f"{first}{rnd.choice(INVISIBLE)} {last[:i]}{rnd.choice(INVISIBLE)}{last[i:]}"

    _names(a, rnd, spoil)
    if rnd.random() < 0.3:
        _words(a, rnd, lambda w: w + rnd.choice(INVISIBLE))


def unbalanced(a, rnd):
    _words(a, rnd, lambda w: rnd.choice(BRACKETS) + w if rnd.random() < 0.5 else w + rnd.choice(BRACKETS))


def bad_dates(a, rnd):
    for i, j in rnd.sample(a.sentences(), min(3, len(a.sentences()))):
        s = a.paragraphs[i][j]
        a.paragraphs[i][j] = re.sub(r"[.!?]?$", f" {rnd.choice(BAD_DATES)}.", s, count=1)
    a.header = rnd.choice(HEADERS)


def html_fragments(a, rnd):
    _words(a, rnd, lambda w: rnd.choice(HTML) + w if rnd.random() < 0.5 else w + rnd.choice(HTML))
    if rnd.random() < 0.5:
        a.paragraphs.insert(0, ["<html><body><nav>Home | News | Defence</nav>"])
        a.paragraphs.append(["</article></body></html>"])


MUTATIONS = [
    shuffle_sentences,
    shuffle_paragraphs,
    duplicate,
    truncate,
    merge,
    same_surname,
    names_like_words,
    tiny_and_huge_paragraphs,
    headline_only,
    name_list,
    case_change,
    foreign_lines,
    social,
    invisible_in_names,
    unbalanced,
    bad_dates,
    html_fragments,
]


@st.composite
def mutated_articles(draw):
    seed = draw(st.integers(0, len(SEEDS) - 1))
    mutations = draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4))
    rnd = draw(st.randoms(use_true_random=False))
    article = Article.parse(SEEDS[seed])
    for mutation in mutations:
        mutation(article, rnd)
    return article.render(), [m.__name__ for m in mutations]


@pytest.mark.slow
def test_mutated_articles_through_the_cli(tmp_path):
    docs: list[tuple[str, list[str]]] = []

    @settings(
        max_examples=N_DOCS,
        database=None,
        deadline=None,
        derandomize="FUZZ_DOCS" not in os.environ,
        suppress_health_check=list(HealthCheck),
    )
    @given(mutated_articles())
    def collect(doc):
        docs.append(doc)

    collect()
    assert len(docs) >= N_DOCS
    inputs = tmp_path / "in"
    inputs.mkdir()
    expected, applied = set(), {}
    for i, (text, mutations) in enumerate(docs):
        name = f"m{i:05d}.txt"
        (inputs / name).write_text(text, encoding="utf-8")
        expected.add(name)
        applied[f"m{i:05d}"] = mutations

    result = CliRunner().invoke(app, ["run", "-i", str(inputs), "-o", str(tmp_path / "out"), "--no-cache"])
    tables = load(tmp_path / "out") if (tmp_path / "out").exists() else None
    if tables is not None:
        errors = tables["documents"].query("status == 'error'")
        report = [f"{d}: {e} (mutations {applied[d]})" for d, e in zip(errors["doc_id"], errors["error"])]
        assert not report, "\n".join(report[:20])
    assert result.exit_code == 0, result.output

    documents = tables["documents"]
    assert set(documents["source_file"]) == expected  # every input file accounted for
    assert documents["status"].isin(["ok", "skipped"]).all()
    for name, df in tables.items():
        assert schema.validate(df, schema.TABLES[name]) == [], name
        csv = pd.read_csv(tmp_path / "out" / f"{name}.csv", keep_default_na=False)
        assert len(csv) == len(df), name
    persons = tables["nodes"][tables["nodes"]["type"] == "PERSON"]
    assert persons["name"].map(is_name).all()  # no flag, emoji or symbol became a person
    counts = pd.Series([m for ms in applied.values() for m in ms]).value_counts().to_dict()
    print(
        f"fuzz-text: {len(docs)} documents, {int(documents['status'].eq('ok').sum())} ok, "
        f"{int(documents['status'].eq('skipped').sum())} skipped, 0 errors, {len(tables['meetings'])} meetings; "
        f"mutations {json.dumps(counts)}"
    )
    print(
        "\n".join(
            line for line in result.output.splitlines() if line.startswith(("meetgraph: skipped", "meetgraph: timings"))
        )
    )
