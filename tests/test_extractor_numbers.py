"""Fatalities, injured and displaced as stated, with ACLED's convention for vague amounts."""
from __future__ import annotations

import pytest

from extractor.numbers import find_figures


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("les violences ont fait plus de 2\u00a0000 morts", "fatalities", 2000),
        ("plus de 2\u202f000 morts", "fatalities", 2000),
        ("plus de 2 000 morts", "fatalities", 2000),
        ("at least 44 killed in the strike", "fatalities", 44),
        ("16 000 personnes déplacées", "displaced", 16000),
        ("plus de 16 000 personnes avaient été déplacées", "displaced", 16000),
        ("poussé plus de 200 000 personnes à fuir", "displaced", 200000),
        ("three civilians were killed", "fatalities", 3),
        ("killing at least 12", "fatalities", 12),
        ("wounding four people", "injured", 4),
        ("blessant au moins trois civils", "injured", 3),
        ("20 blessés", "injured", 20),
        ("trois morts et", "fatalities", 3),
        ("مقتل 12 شخصا", "fatalities", 12),
        ("نزوح أكثر من 5000 شخص", "displaced", 5000),
        ("قتل ثلاثة مدنيين", "fatalities", 3),
    ],
)
def test_stated_figures(text, category, value):
    (figure,) = find_figures(text)
    assert (figure.category, figure.value, figure.is_vague) == (category, value, False)
    assert text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("des dizaines de morts", "fatalities", 10),
        ("dozens of people were killed", "fatalities", 10),
        ("hundreds of families fled", "displaced", 100),
        ("des centaines de blessés", "injured", 100),
        ("سقوط عشرات القتلى", "fatalities", 10),
        ("سقط مئات القتلى", "fatalities", 100),  # مئات, with its hamza, as the press writes it
    ],
)
def test_vague_amounts_follow_acled(text, category, value):
    (figure,) = find_figures(text)
    assert (figure.category, figure.value, figure.is_vague) == (category, value, True)


def test_no_figure_in_plain_text():
    assert find_figures("Les forces du GNA poursuivent leur offensive sur la ville de Syrte.") == []


@pytest.mark.parametrize("text", ["أسفر القصف عن مقتل مائة شخص", "أسفر القصف عن مقتل مئة شخص"])
def test_arabic_hundred_with_its_hamza(text):
    (figure,) = find_figures(text)
    assert (figure.category, figure.value, figure.is_vague) == ("fatalities", 100, False)


def test_arabic_verb_with_its_conjunction_gives_the_toll():
    figures = find_figures("سقطت قذائف على منزل فقتلت ثلاثة من أفراد أسرة واحدة وأصابت أربعة")
    assert [(f.category, f.value) for f in figures] == [("fatalities", 3), ("injured", 4)]
