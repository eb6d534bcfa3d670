"""Casualty and displacement figures as stated: fatalities, injured, displaced.

`find_figures(text)` finds "plus de 2 000 morts" (spaces, no-break spaces or dots as French
thousands separators), "at least 44 killed", "16 000 personnes déplacées", number words in
French, English and Arabic, and vague amounts.

Vague amounts follow ACLED's coding convention for reported counts: "several", "dozens",
"des dizaines", "plusieurs", "عشرات" -> 10; "hundreds", "des centaines", "مئات" -> 100;
"thousands", "des milliers", "آلاف" -> 1000 (the lowest figure the words allow, so that
totals are not inflated). "plus de"/"at least"/"more than" keep the stated number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.text import arabic_folded, fold

NUMBER_WORDS = {arabic_folded(word): value for word, value in {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100, "mille": 1000,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
    "واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6,
    "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30,
    "مئه": 100, "مائه": 100, "الف": 1000,
}.items()}
VAGUE = {arabic_folded(word): value for word, value in {
    "several": 10, "dozens": 10, "dozens of": 10, "plusieurs": 10, "des dizaines": 10,
    "dizaines": 10, "une dizaine": 10, "a dozen": 12, "عشرات": 10, "عده": 10,
    "hundreds": 100, "des centaines": 100, "centaines": 100, "une centaine": 100, "مئات": 100,
    "thousands": 1000, "des milliers": 1000, "milliers": 1000, "الاف": 1000,
    "de nombreux": 10, "de nombreuses": 10, "many": 10, "numerous": 10,
}.items()}
# a crowd counted: "hundreds of angry protesters", "des milliers de manifestants", "مئات المتظاهرين"
# (the words before the crowd's noun, searched up to it)
COUNTED_BEFORE = re.compile(
    r"(?:(?<!\w)\d[\d,. ]*|\b(?:hundreds|thousands|dozens|scores|several|many|centaines|milliers|dizaines|"
    r"plusieurs|quelques|centaine|millier)|(?<!\w)(?:" + arabic_folded("مئات|آلاف|عشرات|المئات|الآلاف|العشرات") + "))"
    r"\s+(?:of\s+|de\s+|d')?(?:[\w-]+\s+)?$"
)
MULTIPLIERS = {"million": 1_000_000, "millions": 1_000_000, "milliers": 1000, "thousand": 1000,
               "mille": 1000, "الف": 1000, "مليون": 1_000_000}

_DIGITS = r"\d{1,3}(?:[ .,]\d{3})+|\d+"
_WORDS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_VAGUE = "|".join(sorted((re.escape(w) for w in VAGUE), key=len, reverse=True))
_QUANTITY = rf"(?P<num>{_DIGITS}|{_WORDS}|{_VAGUE})(?:\s+(?P<mult>millions?|mille|thousand|مليون|الف))?"
_LEAD = r"(?:(?:plus de|au moins|pres de|environ|quelque|at least|more than|over|nearly|about|around|some|up to|اكثر من|ما لا يقل عن|نحو|حوالي)\s+)?"
_PEOPLE = r"(?:(?:de\s+|d'|of\s+)?(?:personnes|civils|combattants|soldats|people|civilians|fighters|soldiers|migrants|residents|habitants|familles|families|of them|شخصا|شخص|مدنيا|مدنيين|مقاتلا|اشخاص)\s+)?"

# "Four people, including a pilgrim, were wounded", "trois civils, dont un enfant, ont été tués"
_APPOSITION = r"(?:(?:personnes|civils|combattants|soldats|people|civilians|fighters|soldiers|migrants|residents|habitants)\s*,\s*(?:including|among them|dont|parmi lesquels|parmi lesquelles|y compris|بينهم|منهم)\b[^,.;]{0,60},\s*)"

_CATEGORY_WORDS = {
    "fatalities": r"morts?|tues?|tuees?|killed|dead|deaths|died|fatalities|lives|قتيلا|قتلى|قتيل|قتلوا|مقتل",
    "injured": r"blesses?|blessees?|injured|wounded|injuries|جريحا|جرحى|مصابا|اصابه",
    "displaced": r"deplacees?|deplaces?|displaced|fled|a fuir|ont fui|fuir|refugies|نازحا|نازح|نزوح|نزحوا|مهجرا",
}
_FORWARD = {
    category: re.compile(
        rf"(?<!\w){_LEAD}{_QUANTITY}\s+(?:{_APPOSITION}|{_PEOPLE})(?:(?:avaient|ont|ont ete|avaient ete|have been|were|had been|been|a|to)\s+)?(?:ete\s+)?(?:\w+\s+)?(?P<cat>{fold(words)})(?!\w)"
    )
    for category, words in _CATEGORY_WORDS.items()
}
# "killing at least 44", "poussé plus de 200 000 personnes à fuir", "a fait 12 morts"
_KILLING = re.compile(rf"(?<!\w)(?:killing|killed|tuant|fait)\s+{_LEAD}{_QUANTITY}(?!\w)")
# "wounding four people", "blessant trois civils"
_WOUNDING = re.compile(rf"(?<!\w)(?:wounding|injuring|blessant)\s+{_LEAD}{_QUANTITY}(?!\w)")
# Arabic puts the noun first: "مقتل 12 شخصا", "نزوح أكثر من 5000 شخص", "عشرات القتلى"
_ARABIC_FIRST = {
    category: re.compile(rf"(?<!\w)[وف]?(?:{fold(words)})\s+{_LEAD}{_QUANTITY}(?!\w)")
    for category, words in (  # "فقتلت ثلاثة": and it killed three
        ("fatalities", "مقتل|قتل|قتلت|سقوط"), ("injured", "اصابه|جرح|اصابت"), ("displaced", "نزوح|تهجير|تشريد"),
    )
}
_ARABIC_VAGUE = {
    category: re.compile(arabic_folded(r"(?<!\w)(?P<num>عشرات|مئات|الاف)") + rf"\s+(?:من\s+)?(?:{fold(words)})(?!\w)")
    for category, words in (
        ("fatalities", "القتلى|قتلى|القتلي"), ("injured", "الجرحى|جرحى|المصابين"),
        ("displaced", "النازحين|نازحين|الاسر|العائلات"),
    )
}
_DISPLACING = re.compile(rf"(?<!\w)(?:pousse|forcing|forced|displacing)\s+{_LEAD}{_QUANTITY}\s+{_PEOPLE}(?:a|to)\s+(?:fuir|flee)")


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    category: str  # fatalities | injured | displaced
    value: int
    is_vague: bool = False


def parse_quantity(num: str, mult: str | None = None) -> tuple[int, bool] | None:
    """ "2 000" -> 2000, "trois" -> 3, "des dizaines" -> 10 (vague); None when not a number."""
    num = arabic_folded(num.strip())
    if num in VAGUE:
        value, vague = VAGUE[num], True
    elif num in NUMBER_WORDS:
        value, vague = NUMBER_WORDS[num], False
    elif re.fullmatch(_DIGITS, num):
        value, vague = int(re.sub(r"[ .,]", "", num)), False
    else:
        return None
    if mult:
        value *= MULTIPLIERS.get(mult, 1)
    return value, vague


_ANY_ARABIC = re.compile("[\u0621-\u064a]")


def find_figures(text: str, *, folded: str | None = None) -> list[Figure]:
    """Fatalities, injured and displaced figures of `text`, in text order."""
    folded = fold(text) if folded is None else folded
    figures: list[Figure] = []
    for category, pattern in _FORWARD.items():
        for match in pattern.finditer(folded):
            parsed = parse_quantity(match.group("num"), match.group("mult"))
            if parsed is None:
                continue
            start, end = match.span()
            figures.append(Figure(start, end, text[start:end], category, *parsed))
    extra = [(_KILLING, "fatalities"), (_WOUNDING, "injured"), (_DISPLACING, "displaced")]
    if _ANY_ARABIC.search(folded):  # the Arabic patterns cannot match a text without Arabic letters
        extra += [(pattern, category) for category, pattern in _ARABIC_FIRST.items()]
        extra += [(pattern, category) for category, pattern in _ARABIC_VAGUE.items()]
    for pattern, category in extra:
        for match in pattern.finditer(folded):
            parsed = parse_quantity(match.group("num"), match.groupdict().get("mult"))
            if parsed is None:
                continue
            start, end = match.span()
            if any(f.start <= start < f.end or start <= f.start < end for f in figures):
                continue
            figures.append(Figure(start, end, text[start:end], category, *parsed))
    figures.sort(key=lambda f: f.start)
    return figures
