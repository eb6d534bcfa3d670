"""Text folding that keeps offsets: one character in, one character out.

`fold(text)` lower-cases, strips Latin diacritics, unifies apostrophes and hyphens and the
Arabic letter variants (alef forms, ta marbuta, alef maqsura, tatweel kept as a letter), so a
regular expression run on the folded text gives offsets valid in the original.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = {
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "«": '"', "»": '"', "“": '"', "”": '"',
    "œ": "o", "Œ": "o", "æ": "a", "Æ": "a", "ß": "s", "İ": "i", "ı": "i",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isascii():
        return char.lower()
    base = unicodedata.normalize("NFD", char)[0]
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


_TABLE: dict[int, str] = {}


def fold(text: str) -> str:
    """Lower case, no diacritics, same length as `text` (offsets stay valid)."""
    for char in set(text):
        code = ord(char)
        if code not in _TABLE:
            _TABLE[code] = _fold_char(char)
    # Arabic short vowels (harakat) become a tatweel-like filler so lengths do not change;
    # patterns do not use them.
    return text.translate(_TABLE)


# the words that introduce a source, folded ("according to", "selon", "وفقا ل"): whoever is named
# after them said something, and did not do it; where they said it is not where it happened
SOURCE_INTRO = (r"according to|selon|d'apres|quoted(?: by)?|recueillie?s? par|rapportee?s? par|citee?s? par|"
                r"وفقا ل|وفق ما|حسب|نقلا عن")
_ARABIC_VARIANTS = str.maketrans("ةىأإآئؤ", "هيااايو")


def arabic_folded(pattern: str) -> str:
    """The pattern's Arabic letters as fold() writes them (ة ه, ى ي, أ إ آ ا, ئ ي, ؤ و): a pattern
    searched in folded text may then be written in plain Arabic ("طائرات", "مؤتمر")."""
    return pattern.translate(_ARABIC_VARIANTS)


HARAKAT = "\u064b-\u0652\u0670"  # Arabic short vowels, shadda, sukun, dagger alef
HARAKAT_LETTERS = "".join(map(chr, range(0x064B, 0x0653))) + "\u0670"
_ARABIC_LETTER = re.compile(r"([\u0621-\u064a])")
_HARAKAT_RE = re.compile(f"[{HARAKAT}]")


def tolerate_harakat(pattern: str) -> str:
    """A regular expression that also matches its Arabic words written with short vowels
    ("وقّع" for "وقع"): optional harakat after every Arabic letter of the pattern."""
    return _ARABIC_LETTER.sub(rf"\1[{HARAKAT}]*", pattern)


def strip_harakat(text: str) -> str:
    return _HARAKAT_RE.sub("", text)


def trie_pattern(words) -> str:
    """One regular expression matching any of `words`, built as a prefix tree so that a long
    list of names costs about one test per character, not one per name; at a position it
    prefers the longest word (the optional tails are greedy). Arabic letters tolerate harakat."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    branches = [_trie_char(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _trie_char(char: str) -> str:
    escaped = re.escape(char)
    return escaped + f"[{HARAKAT}]*" if _ARABIC_LETTER.match(char) else escaped
