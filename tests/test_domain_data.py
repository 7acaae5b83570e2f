"""Domain knowledge is data: word lists and word alternations live in models/, not in pipeline/*.py.

A literal set, list or tuple of more than 8 words, or a regex alternating more than 8 words, in a module of
`pipeline/` fails here. `schema.py` is exempt: it *is* the declaration of the output contract.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
MAX_WORDS = 8
EXEMPT = {"schema.py"}
WORD = re.compile(r"^[A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*)*$")
ALTERNATED_WORD = re.compile(r"(?<![\\\w])[A-Za-z]{2,}(?:\s[A-Za-z]+)*(?=\)|\||$)")


def word_lists(source: str) -> list[tuple[int, int]]:
    """(line, words) of every literal collection or regex alternation holding more than MAX_WORDS words."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            words = [
                e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str) and WORD.match(e.value)
            ]
            if len(words) > MAX_WORDS:
                found.append((node.lineno, len(words)))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.count("|") >= MAX_WORDS:
            alternatives = [part for part in node.value.split("|") if ALTERNATED_WORD.search(part)]
            if len(alternatives) > MAX_WORDS:
                found.append((node.lineno, len(alternatives)))
    return found


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if p.name not in EXEMPT)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_word_lists_in_code(path):
    assert not word_lists(path.read_text()), (
        f"word lists in {path}: move them to models/ (line, words): {word_lists(path.read_text())}"
    )


def test_checker_sees_sets_lists_and_alternations():
    assert word_lists("X = {'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'}")
    assert word_lists("X = ['a b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']")
    assert word_lists(r"R = r'(?:said|told|added|noted|stated|claimed|wrote|argued|replied)'")
    assert not word_lists("X = {'one', 'two', 'three'}")
    assert not word_lists("X = ('doc_id', 'para_idx', 'sent_idx', 'start', 'end', 'a_b', 'c_d', 'e_f', 'g_h')")
