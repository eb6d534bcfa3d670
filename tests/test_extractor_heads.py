"""The heads of a pattern (extractor.heads) and the scan built on them: the triggers found by
trying each rule where its heads start a word are those of searching the text rule by rule, and
the date expressions found the same way are those of `finditer`, on every article of the corpus."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from extractor.articles import read_article_file
from extractor.events import default_triggers, load_triggers
from extractor.dates import PATTERNS as DATE_PATTERNS
from extractor.heads import HeadScan, heads
from extractor.text import HARAKAT_LETTERS, fold, tolerate_harakat

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:ont|a) repris", {"ont ", "a re"}),
    (r"combats?", {"comb"}),
    (r"(?<!zones de )combats?(?![\w-])", {"comb"}),  # look-arounds take no text
    (r"(?:a|ont) lance (?:\w+ )?une", {"a la", "ont "}),  # "ont " then \w+: the head stops
    (r"tirs?", {"tir", "tirs"}),  # a match may be shorter than HEAD_LENGTH
    (r"[bp]ombe", {"bomb", "pomb"}),
    (r"(?:ont )?tire a", {"ont ", "tire"}),
])
def test_heads_of_a_pattern(pattern, expected):
    assert heads(pattern) == expected
    assert heads(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [
    r".{1,30} pas",  # any letter may start it
    r"\w+ing",
    r"[^ ]+ killed",
    r"(?:x|.)bomb",
    r"(?i)bomb",  # flags: the pattern is not read
    r"(?:strikes?)?",  # may match nothing
])
def test_a_pattern_that_may_start_anywhere_has_no_heads(pattern):
    assert heads(pattern) is None


def test_heads_pass_over_the_arabic_short_vowels_only_when_told_to():
    pattern = tolerate_harakat("وقع")
    assert heads(pattern) == {"و", "وق", "وقع"}  # with vowels, the vowel class ends the head
    assert heads(pattern, HARAKAT_LETTERS) == {"وقع"}


def test_too_many_heads_give_shorter_ones():
    pattern = "[a-h][a-h][a-h][a-h]x"  # 8**4 heads of four letters and 8**3 of three: over 400
    assert heads(pattern) == {first + second for first in "abcdefgh" for second in "abcdefgh"}


def test_every_shipped_trigger_rule_has_heads():
    assert default_triggers().searched_whole() == {"fr": [], "en": [], "ar": []}


def _texts() -> list[tuple[str, str]]:
    """(text, language) of every corpus, held-out and seed article, and of each Arabic one
    again written with short vowels here and there, which the Arabic patterns tolerate."""
    paths = sorted((DATA / "articles").glob("*.txt")) + sorted((DATA / "heldout").rglob("*.txt"))
    paths += sorted((Path(__file__).parent.parent / "seeds").glob("*.md"))
    texts = [(article.text, article.language) for path in paths for article in read_article_file(path)]
    chance = random.Random(7)
    vowelled = [
        ("".join(char + (chance.choice(HARAKAT_LETTERS) * chance.randint(1, 3)
                         if "\u0621" <= char <= "\u064a" and chance.random() < 0.3 else "")
                 for char in text), "ar")
        for text, language in texts if language == "ar"
    ]
    return texts + vowelled


def test_the_head_scan_finds_the_triggers_a_search_rule_by_rule_finds():
    texts = _texts()
    assert len(texts) > 500 and {language for _, language in texts} == {"fr", "en", "ar"}
    fast, slow = default_triggers(), load_triggers(use_heads=False)
    found = 0
    for text, language in texts:
        folded = fold(text)
        triggers = fast.find_triggers(text, folded, language=language)
        assert triggers == slow.find_triggers(text, folded, language=language), text[:80]
        found += len(triggers)
    assert found > 1500  # the comparison is over many triggers, not over empty lists


def test_a_rule_is_found_again_after_a_rejected_match_inside_a_word():
    text = "Des quasi-combats au nord, des combats au sud."  # inside a word, then a word
    folded = fold(text)
    for table in (default_triggers(), load_triggers(use_heads=False)):
        found = table.find_triggers(text, folded, language="fr")
        assert [(t.start, t.text) for t in found] == [(text.rindex("combats"), "combats")]


def test_the_scan_without_word_starts_finds_what_finditer_finds_for_the_date_patterns():
    patterns = [pattern for _, pattern in DATE_PATTERNS]
    fast = HeadScan(patterns, word_start=False)
    slow = HeadScan(patterns, word_start=False, use_heads=False)
    assert len(fast.searched_whole()) <= 3  # only the patterns that open on a digit or a number
    found = 0
    for text, _ in _texts():
        folded = fold(text)
        spans = [[m.span() for m in matches] for matches in fast.matches(folded)]
        assert spans == [[m.span() for m in matches] for matches in slow.matches(folded)], text[:80]
        found += sum(map(len, spans))
    assert found > 1500  # the comparison is over many matches, not over empty lists
