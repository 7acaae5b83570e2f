"""Language detection of paragraphs: measured on the labelled sample, and skipped by the English analysis."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.nlp import language

SAMPLE = Path(__file__).resolve().parent / "data" / "langid_sample.jsonl"


def _sample() -> list[dict]:
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if "text" in r]


def test_the_sample_is_large_and_varied():
    rows = _sample()
    assert len(rows) >= 200
    assert len({r["lang"] for r in rows}) >= 15
    assert sum(r["lang"] == "en" for r in rows) >= 80


def test_not_english_precision_and_recall_on_the_sample():
    rows = _sample()
    predicted = [language.paragraph_language(r["text"]) != "en" for r in rows]
    truth = [r["lang"] != "en" for r in rows]
    tp = sum(p and t for p, t in zip(predicted, truth))
    precision = tp / max(sum(predicted), 1)
    recall = tp / max(sum(truth), 1)
    assert precision >= 0.98 and recall >= 0.95, (precision, recall)


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Sergei Volkov (Сергей Волков) met General Omar Haddad (عمر حداد) in Tbilisi.",
        "Greek Defence Minister Νίκος Παπαδάκης and his counterpart discussed maritime security.",
        "Minister Fərid Həsənli and General Şükrü Öztürk signed the protocol in Ganja.",
        "Elnur Qasimli meets Mark Dorsey",
        "🇦🇿🇹🇷 🤝 #defence @MoD_Press",
        "DEFENCE MINISTER ELNUR QASIMLI MEETS GENERAL MARK DORSEY IN BAKU",
        # a sentence of names and posts with few function words (a West African wire's lead; issue 13)
        "Navy chief Vice Admiral Ebuka Nwosu on Thursday hosted Navy chief Admiral Lars Berg in Zorgrad.",
    ],
)
def test_english_with_foreign_names_scripts_or_symbols_stays_english(text):
    assert language.paragraph_language(text) == "en"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Министр обороны провёл встречу с делегацией. Стороны обсудили вопросы военного сотрудничества.", "ru"),
        ("Müdafiə naziri xarici nümayəndə heyəti ilə görüşüb. Görüşdə hərbi təhsil məsələləri müzakirə olunub.", "az"),
        ("Le ministre des Armées a reçu son homologue pour discuter de la coopération militaire.", "fr"),
    ],
)
def test_foreign_paragraphs_are_marked(text, lang):
    assert language.paragraph_language(text) == lang


def test_an_english_article_keeps_its_english_paragraphs_before_a_foreign_tail():
    paragraphs = language.mark_paragraphs(
        pd.DataFrame(
            {
                "doc_id": ["a", "a", "a", "b"],
                "para_idx": [0, 1, 2, 0],
                "text": [
                    "General Mark Dorsey met Minister Elnur Qasimli in Ganja on Monday.",
                    "Министр обороны провёл встречу с делегацией из Минска.",
                    "国防部长在北京会见了来访的外国军事代表团。",
                    "Ο υπουργός Άμυνας συναντήθηκε με τον ομόλογό του στην Αθήνα.",
                ],
            }
        )
    )
    assert paragraphs["language"].tolist() == ["en", "ru", "zh", "el"]
    assert language.document_languages(paragraphs) == {"a": "en", "b": "el"}


def test_the_prefilter_decides_english_news_without_the_detector(monkeypatch):
    """Detection must stay cheap: plain English news paragraphs never reach the detector."""

    def no_detector(text):
        raise AssertionError(f"detector called on {text!r}")

    monkeypatch.setattr(language, "detect", no_detector)
    for text in [
        "The two sides discussed military education, joint exercises and regional security.",
        "Photo: Ministry of Defence",
        "Baku, Azerbaijan",
        "Read more: Qasimli visits Ganja",
    ]:
        assert language.paragraph_language(text) == "en"
