"""Fuzz: at least 1,000 generated hostile files through one CLI run (`make fuzz` for a longer run).

Hypothesis draws the files; the pipeline runs once over the whole folder with a blank spaCy pipeline,
so the statistical model is never loaded. Every file must be accounted for in `documents` and every
table must conform to the schema. FUZZ_FILES sets the count (default 1000).
"""

import codecs
import json
import os

import pandas as pd
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pipeline import load, schema
from pipeline.cli import app

N_FILES = int(os.environ.get("FUZZ_FILES", "1000"))
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")

words = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
prose = st.lists(
    st.sampled_from(
        [
            "General",
            "Minister",
            "met",
            "Colonel",
            "Baku",
            "Ankara",
            "the",
            "ambassador",
            ".",
            "\n",
            "\n\n",
            "date 2021-07-15 By Azernews",
            "By",
            "\t",
            "\u00a0",
            "\u200b",
            "\x00",
            "\r\n",
            "\ufeff",
            "\u2028",
        ]
    )
    | words,
    max_size=40,
).map(" ".join)


def encoded(text: str, encoding: str) -> bytes:
    return codecs.encode(text, encoding, errors="replace")


binary = st.binary(max_size=2000)
text_file = st.tuples(prose, st.sampled_from(ENCODINGS)).map(lambda t: encoded(*t))
html_file = st.tuples(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "<script>",
                "</script>",
                "<!--",
                "-->",
                "<nav>",
                "<br>",
                "<html>",
                "<body>",
                "<![CDATA[",
                "&amp;",
                "&#0;",
                "<article>",
            ]
        )
        | prose,
        max_size=30,
    ),
    st.sampled_from(ENCODINGS),
).map(lambda t: encoded("".join(t[0]), t[1]))
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | words,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(words, inner, max_size=3),
    max_leaves=8,
)
record = st.fixed_dictionaries(
    {}, optional={"id": json_value, "text": prose | json_value, "date": words | json_value, "outlet": json_value}
)
jsonl_file = st.lists(record.map(lambda r: json.dumps(r)) | words, max_size=8).map(lambda lines: "\n".join(lines))
jsonl_file = st.tuples(jsonl_file, st.sampled_from(ENCODINGS)).map(lambda t: encoded(*t))
csv_file = st.lists(st.lists(prose | st.sampled_from(['"', '""', ",", "text", "id"]), max_size=4), max_size=6).map(
    lambda rows: "\n".join(",".join(r) for r in rows)
)
csv_file = st.tuples(st.sampled_from(["text,id\n", "id,text,date\n", ""]), csv_file).map(
    lambda t: (t[0] + t[1]).encode("utf-8", "replace")
)
hostile_file = st.one_of(
    st.tuples(st.just(".txt"), text_file | binary | st.just(b"")),
    st.tuples(st.sampled_from([".html", ".htm"]), html_file | binary),
    st.tuples(st.just(".jsonl"), jsonl_file | binary),
    st.tuples(st.just(".csv"), csv_file | binary),
)


def test_generated_hostile_files_through_the_cli(tmp_path):
    files: list[tuple[str, bytes]] = []

    @settings(
        max_examples=N_FILES,
        database=None,
        deadline=None,
        derandomize="FUZZ_FILES" not in os.environ,  # CI: the same files every run
        suppress_health_check=list(HealthCheck),
    )
    @given(hostile_file)
    def collect(file):
        files.append(file)

    collect()
    assert len(files) >= N_FILES
    inputs = tmp_path / "in"
    expected = []
    for i, (suffix, data) in enumerate(files):
        folder = inputs.joinpath(*[f"d{i % 5}"] * (i % 4))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"f{i:05d}{suffix}").write_bytes(data)
        expected.append((folder / f"f{i:05d}{suffix}").relative_to(inputs).as_posix())
    model = tmp_path / "blank"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(model)

    result = CliRunner().invoke(app, ["run", "-i", str(inputs), "-o", str(tmp_path / "out"), "--model", str(model)])
    assert result.exit_code == 0, result.output

    tables = load(tmp_path / "out")
    documents = tables["documents"]
    sources = set(documents["source_file"].str.replace(r"#(line|row)\d+$", "", regex=True))
    assert sources == set(expected)  # every file accounted for, nothing invented
    assert documents["status"].isin(["ok", "skipped"]).all()
    assert documents.loc[documents["status"] == "skipped", "error"].notna().all()
    assert documents["doc_id"].is_unique
    for name, df in tables.items():
        assert schema.validate(df, schema.TABLES[name]) == [], name
        csv = pd.read_csv(tmp_path / "out" / f"{name}.csv", keep_default_na=False)
        assert len(csv) == len(df), name
    skipped = documents["status"].eq("skipped").sum()
    print(f"fuzz: {len(files)} files, {len(documents)} documents, {skipped} skipped; {result.output.splitlines()[-2]}")
