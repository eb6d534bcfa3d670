"""Language of an article (fr, en, ar) without a network or a model.

Arabic is told by the share of Arabic-script letters; French and English by counting their
commonest words. The answer is "" when the text does not say clearly.
"""

from __future__ import annotations

import re

ARABIC_SHARE = 0.5  # Arabic-script letters among all letters, above which the text is Arabic
LATIN_SHARE = 0.2  # below this share of Arabic letters the Latin-script counts decide
MIN_HITS = 2  # stop words needed before a guess is made
MARGIN = 1.5  # the winner needs this many times the other language's count

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[a-zà-öø-ÿœæ]+")

# Words common in one language and rare or absent in the other ("a", "on", "an" left out).
FRENCH_WORDS = frozenset(
    """
    le la les l des du de d un une et est sont dans pour par sur avec que qui qu pas au aux ces
    cette ce cet son sa ses ont été être il elle ils elles leur leurs mais ou où plus selon
    contre entre depuis lors après avant aussi ainsi comme nous vous je se ne y dont très
    """.split()
)
ENGLISH_WORDS = frozenset(
    """
    the of and to in is was were for that with by from at are has have had been it its this
    these those which said after their they he she who not but or would will into than
    over also there when where while we you his her
    """.split()
)


def detect_language(text: str) -> str:
    """Return "ar", "fr" or "en" for `text`, or "" when unsure."""
    letters = len(_LETTER.findall(text))
    if letters == 0:
        return ""
    arabic_share = len(_ARABIC.findall(text)) / letters
    if arabic_share >= ARABIC_SHARE:
        return "ar"
    if arabic_share >= LATIN_SHARE:
        return ""
    french = english = 0
    for word in _WORD.findall(text.lower().replace("’", "'")):
        if word in FRENCH_WORDS:
            french += 1
        elif word in ENGLISH_WORDS:
            english += 1
    if french >= MIN_HITS and french >= MARGIN * english:
        return "fr"
    if english >= MIN_HITS and english >= MARGIN * french:
        return "en"
    return ""
