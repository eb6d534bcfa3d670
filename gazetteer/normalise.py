"""Name normalisation shared by lookup and matching.

One function folds a single word; the rest split a text into words with their offsets in the
original text, so that matching works on normalised words and still reports where each name is.

Rules (in this order):
- Unicode compatibility decomposition, then combining marks are dropped: Latin diacritics
  (Zaouïa -> zaouia) and Arabic short vowels and hamza carriers (طَرَابُلُس -> طرابلس, أ/إ/آ -> ا).
- case folding; œ, æ, ø, ł, ı folded to Latin letters.
- Arabic script variants: ٱ -> ا, taa marbuta ة -> ه, alef maqsura ى and Persian ی -> ي,
  ک -> ك, ہ/ۀ -> ه, tatweel ـ dropped.
- apostrophes (' ’ ‘ ʼ ` ´): a French elision before it (l', d', qu', jusqu' ...) is dropped;
  an English possessive 's after a word of three letters or more is dropped (Libya's);
  otherwise the apostrophe is a transliteration mark and is removed (Ra's -> ras).
- hyphens and all other punctuation separate words (Etats-Unis -> etats unis).
- articles: Latin al/el before another word, and the sun-letter forms (ad, adh, ar, as, ash,
  at, ath, az, an, ed, er, es, esh, et, ez, en) when the next word starts with the same sound
  (as-Sidra, ash-Shati, az-Zawiya, but not "at Tripoli") are dropped; the Arabic article ال at
  the start of a word is dropped, also after a one-letter prefix و ف ب ل ك (والزاوية, بالزاوية)
  and in its contracted form لل (للزاوية).
- a bare one-letter Arabic prefix (وسرت, بنغازي) cannot be told from the word itself, so it is
  not dropped here: `arabic_prefix_variants` gives the forms to try when the word is unknown.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

APOSTROPHES = "'’‘ʼʻ`´′"
HYPHENS = "-‐‑"
# (not "n'": French elides "ne" before verbs only, and "N'Djamena" is a name that opens with it)
ELISIONS = frozenset(
    {"l", "d", "j", "m", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}
)
STRONG_ARTICLES = frozenset({"al", "el"})
# Sun-letter article forms and the sound the next word must start with.
SUN_ARTICLES = {
    "ad": "d", "adh": "dh", "ar": "r", "as": "s", "ash": "sh", "at": "t", "ath": "th",
    "az": "z", "an": "n", "ed": "d", "er": "r", "es": "s", "esh": "sh", "et": "t",
    "ez": "z", "en": "n",
}
ARTICLES = STRONG_ARTICLES | frozenset(SUN_ARTICLES)
ARABIC_PREFIXES = "وفبلك"

_MARKS = "\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_APOS_CLASS = re.escape(APOSTROPHES)
# A word: letters, digits and combining marks, with apostrophes allowed between them.
WORD_RE = re.compile(rf"[\w{_MARKS}]+(?:[{_APOS_CLASS}][\w{_MARKS}]+)*")
_APOS_SPLIT = re.compile(rf"[{_APOS_CLASS}]")
_ARABIC_ARTICLE = re.compile(r"^(?:[وف]?[بلك]?ال|[وف]?لل)(?=\w\w)")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_GAP_OK = re.compile(rf"[\s{re.escape(HYPHENS)}]{{1,3}}")

_LETTER_MAP = str.maketrans(
    {
        "œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "ı": "i", "đ": "d", "ð": "d", "þ": "th",
        "ٱ": "ا", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ې": "ي",
        "ک": "ك", "ہ": "ه", "ۀ": "ه", "ۃ": "ه", "ـ": None, "\u200c": None, "\u200d": None,
    }
)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Word:
    """One word of a text: its normalised form and where it sits in the original text."""

    norm: str
    start: int
    end: int
    has_article: bool = False  # an Arabic article was part of the word (الزاوية)


@lru_cache(maxsize=65536)
def analyse_word(word: str) -> tuple[str, int, int, bool]:
    """Fold one word (as WORD_RE finds it) -> (norm, chars dropped at start, at end, article).

    The two counts say how much of the original word the name does not cover: "d'Allemagne"
    -> ("allemagne", 2, 0, False), "Libya's" -> ("libya", 0, 2, False).
    """
    lead = trail = 0
    if any(a in word for a in APOSTROPHES):
        parts = _APOS_SPLIT.split(word)
        while len(parts) > 1 and parts[0].casefold() in ELISIONS:
            lead += len(parts[0]) + 1
            parts = parts[1:]
        if len(parts) > 1 and parts[-1].casefold() == "s" and len(parts[-2]) >= 3:
            trail = len(parts[-1]) + 1
            parts = parts[:-1]
        core = "".join(parts)
    else:
        core = word
    folded = _strip_marks(core).casefold().translate(_LETTER_MAP)
    folded = _strip_marks(folded)  # letters the map produced may decompose again
    has_article = False
    if _ARABIC_LETTER.match(folded):
        article = _ARABIC_ARTICLE.match(folded)
        if article is not None:
            prefix_letters = article.end() - 2  # letters before ال (و in وال, وب in وبال)
            if prefix_letters and folded[prefix_letters : prefix_letters + 2] == "ال":
                lead += skip_letters(core, 0, prefix_letters)
            folded, has_article = folded[article.end() :], True
    return folded, lead, trail, has_article


def skip_letters(text: str, start: int, letters: int) -> int:
    """How many characters from `start` cover `letters` letters (and the marks after them)."""
    position = start
    while letters and position < len(text):
        position += 1
        if text[position - 1].isalpha() and text[position - 1] != "ـ":
            letters -= 1
    while position < len(text) and unicodedata.combining(text[position]):
        position += 1
    return position - start


def fold_word(word: str) -> str:
    """The normalised form of one word."""
    return analyse_word(word)[0]


def is_article(word: str, next_word: str, gap: str) -> bool:
    """Whether `word` is a Latin article of `next_word` (separated by `gap`)."""
    if word in STRONG_ARTICLES:
        return bool(next_word) and _GAP_OK.fullmatch(gap) is not None
    sound = SUN_ARTICLES.get(word)
    if sound is None or not next_word.startswith(sound):
        return False
    return _GAP_OK.fullmatch(gap) is not None


def split_words(text: str) -> list[Word]:
    """The words of a text, normalised, with Latin articles attached to the following word.

    An article is not a word of its own: the word after it starts at the article
    (`start` includes "al-") and has `has_article` set.
    """
    raw: list[Word] = []
    for match in WORD_RE.finditer(text):
        norm, lead, trail, has_article = analyse_word(match.group())
        if norm:
            raw.append(Word(norm, match.start() + lead, match.end() - trail, has_article))
    words: list[Word] = []
    pending: Word | None = None
    for index, word in enumerate(raw):
        if pending is not None:
            word = Word(word.norm, pending.start, word.end, True)
            pending = None
        following = raw[index + 1] if index + 1 < len(raw) else None
        if following is not None and is_article(
            word.norm, following.norm, text[word.end : following.start]
        ):
            pending = word
            continue
        words.append(word)
    return words


def normalise_name(text: str) -> str:
    """The normalised form of a name: folded words without articles, joined by spaces.

    >>> normalise_name("Az-Zāwīyah")
    'zawiyah'
    >>> normalise_name("d’Allemagne")
    'allemagne'
    """
    return " ".join(word.norm for word in split_words(text))


def name_has_article(text: str) -> bool:
    """Whether the first word of a name carries an article (Latin or Arabic)."""
    words = split_words(text)
    return bool(words) and words[0].has_article


def arabic_prefix_variants(norm: str) -> list[tuple[str, int]]:
    """Forms of an Arabic word without a bare one-letter prefix (و ب ل ف ك): (form, letters).

    "وسرت" -> [("سرت", 1)]; "وبنغازي" -> [("بنغازي", 1)... ("نغازي", 2)] are all tried,
    the caller keeps the first form it knows.
    """
    variants = []
    if len(norm) >= 4 and norm[0] in ARABIC_PREFIXES:
        variants.append((norm[1:], 1))
        if len(norm) >= 5 and norm[0] in "وف" and norm[1] in "بلك":
            variants.append((norm[2:], 2))
    return variants
