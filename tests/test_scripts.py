"""Names in other scripts, emoji, flags, hashtags and @handles: never a broken index, never a fake person.

The crash class of issue 14: a PERSON mention whose name folds to nothing (Cyrillic, Arabic, Greek, CJK,
a flag's regional-indicator symbols) got no person, and a later lookup failed with KeyError. The sentences
here are invented.
"""

from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline import load
from pipeline.cli import app
from pipeline.stages.resolve import is_name, node_id, resolve_entities
from pipeline.text import slug


def mention_table(rows) -> pd.DataFrame:
    """rows: (doc_id, para_idx, start, text, label)."""
    return pd.DataFrame(
        [
            {
                "doc_id": d,
                "para_idx": p,
                "start": s,
                "end": s + len(t),
                "text": t,
                "label": lab,
                "sent_idx": 0,
                "is_boilerplate": False,
                "norm": t,
            }
            for d, p, s, t, lab in rows
        ]
    )


FOREIGN = {
    "cyrillic": "Министерство обороны сообщило о встрече генерала Петрова и министра Сидоренко в Казани.",
    "arabic": "التقى وزير الدفاع خالد العمري بنظيره سامي الحداد في عمّان لبحث التعاون العسكري.",
    "greek": "Ο υπουργός Άμυνας Νίκος Παπαδάκης συναντήθηκε με τον στρατηγό Γιώργο Αλεξίου στην Αθήνα.",
    "cjk": "国防部长王建国在北京会见了来访的将军李明，双方讨论了军事合作。",
}
ENGLISH = "Defence Minister Elnur Qasimli met General Mark Dorsey in Ganja on Tuesday to discuss joint exercises."
TAILS = {
    # an English article followed by its headline in other scripts, as regional outlets publish them
    "tail": f"{ENGLISH}\n\nThe two sides also signed a plan for officer training.\n\n{FOREIGN['cyrillic']}\n\n"
    "Müdafiə naziri Elnur Qasımlı general Mark Dorsi ilə görüşüb.",
    "flags": "Chief of General Staff Rauf Aliyev received Admiral Peter Lang in Baku on Friday.\n\n🇦🇿🇹🇷 Great talks today! 🤝 @MoD_Press #defence #NATO 💪\n\n🇬🇷 🇨🇳 🇸🇦",
    "handles": "@ArmyNews: Minister Elnur Qasimli met @GenDorsey in Ganja. #PfP #Allies\n\n"
    "General Mark Dorsey (@GenDorsey) thanked his host. 🙏",
    "mixed": "Defence Minister Sergei Volkov (Сергей Волков) met General Omar Haddad (عمر حداد) and Admiral "
    "Nikos Papadakis (Νίκος Παπαδάκης) in Tbilisi.",
}


@pytest.mark.parametrize("text", ["🇦🇿", "🇹🇷🇦🇿", "🤝", "#NATO", "@MoD_Press", "2023", "—", "...", "\u200b"])
def test_no_letters_of_a_name_is_never_a_person(text):
    assert not is_name(text)


@pytest.mark.parametrize("text", ["Шойгу", "عمر حداد", "Νίκος Παπαδάκης", "李明", "Elnur Qasımlı", "O'Neil"])
def test_a_name_in_any_script_is_a_name(text):
    assert is_name(text)


def test_names_in_other_scripts_keep_their_script_in_ids():
    assert slug("Сергей Волков") == "сергеи-волков"
    assert node_id("PERSON", "李明") != node_id("PERSON", "王建国")
    assert slug("Zakir Hasanov") == "zakir-hasanov"  # Latin names keep the ids they always had
    assert slug("🇦🇿") == "x"


def test_flags_emoji_and_foreign_names_next_to_ranks_resolve():
    """Each of these PERSON rows used to raise KeyError in `_attach` (a rank or title just before it)."""
    rows = [
        ("d1", 0, 0, "General", "RANK"),
        ("d1", 0, 8, "🇦🇿", "PERSON"),
        ("d1", 0, 20, "Minister", "TITLE"),
        ("d1", 0, 29, "Сидоренко", "PERSON"),
        ("d1", 1, 0, "Colonel", "RANK"),
        ("d1", 1, 8, "#NATO", "PERSON"),
        ("d1", 1, 20, "@GenDorsey", "PERSON"),
        ("d1", 1, 40, "李明", "PERSON"),
        ("d2", 0, 0, "Admiral", "RANK"),
        ("d2", 0, 8, "Νίκος Παπαδάκης", "PERSON"),
        ("d2", 1, 0, "Παπαδάκης", "PERSON"),
        ("d2", 1, 12, "🤝", "ORG"),
    ]
    mentions, nodes, edges = resolve_entities(mention_table(rows))
    persons = nodes[nodes["type"] == "PERSON"].set_index("name")
    assert set(persons.index) == {"Сидоренко", "李明", "Νίκος Παπαδάκης"}
    assert persons.loc["Νίκος Παπαδάκης", "aliases"] == ["Παπαδάκης"]  # the surname joins the full name
    assert persons.loc["Νίκος Παπαδάκης", "rank"] == "Admiral"
    assert not mentions["text"].isin(["🇦🇿", "#NATO", "@GenDorsey", "🤝"]).any()
    assert mentions["node_id"].dropna().str.endswith(":x").sum() == 0
    assert set(edges["relation"]) >= {"HAS_RANK", "HOLDS_TITLE"}


def test_a_document_of_only_symbols_resolves_to_nothing():
    mentions, nodes, edges = resolve_entities(mention_table([("d1", 0, 0, "🇦🇿", "PERSON"), ("d1", 0, 4, "🇹🇷", "GPE")]))
    assert mentions.empty and nodes.empty and edges.empty


@pytest.mark.slow
def test_foreign_scripts_emoji_and_handles_through_the_cli(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in {**FOREIGN, **TAILS}.items():
        (inputs / f"{name}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "-i", str(inputs), "-o", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 0, result.output
    tables = load(tmp_path / "out")
    docs = tables["documents"].set_index("doc_id")
    assert set(docs.index) == set(FOREIGN) | set(TAILS)
    assert docs["status"].eq("ok").all(), docs["error"].dropna().to_dict()
    persons = tables["nodes"][tables["nodes"]["type"] == "PERSON"]
    assert persons["name"].map(is_name).all()
    assert not persons["node_id"].eq("PERSON:x").any()
    # the English article before the foreign tail keeps its analysis
    tail_people = tables["mentions"].query("doc_id == 'tail' and label == 'PERSON'")["text"]
    assert {"Elnur Qasimli", "Mark Dorsey"} <= set(tail_people)
    met = tables["meetings"]
    assert (met["doc_id"] == "tail").any() and (met["doc_id"] == "flags").any()
    # whole foreign articles and foreign paragraphs are marked and never analysed as English
    assert docs.loc[list(FOREIGN), "language"].tolist() == ["ru", "ar", "el", "zh"]
    assert docs.loc[list(TAILS), "language"].eq("en").all()
    paragraphs = tables["paragraphs"]
    foreign = paragraphs[paragraphs["language"] != "en"]
    assert set(foreign["doc_id"]) == set(FOREIGN) | {"tail"}
    analysed = tables["mentions"].merge(foreign, on=["doc_id", "para_idx"])
    assert analysed.empty


def test_a_sentence_in_a_script_without_spaces_is_text_not_a_lone_token():
    from pipeline.stages.clean import is_chrome_line

    assert not is_chrome_line(FOREIGN["cjk"])
    assert is_chrome_line("Politics")  # a lone Latin token still is chrome
