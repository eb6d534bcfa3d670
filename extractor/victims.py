"""Who was hit, where the sentence says it of the victims themselves.

Between the fall of Gaddafi and the war of 2014 that split the state's forces between two camps
(Operation Dignity, 16 May 2014), the soldiers, officers and policemen killed one by one in
Benghazi, Derna and elsewhere (the assassinations of 2012-2014) were men of a state that no camp
held: the corpus codes them "other" (docs/ANNOTATION.md: "police not tied to a camp"), not
civilians. A retired officer, or one killed with passers-by, leaves the victims civilians.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from events.model import Event
from extractor.roles import HARMED
from extractor.sides import GADDAFI_FELL  # before, the state's forces were his (extractor.sides.era)
from extractor.text import arabic_folded

DIGNITY_BEGAN = date(2014, 5, 16)  # Haftar's Operation Dignity in Benghazi
_HIT_ONE_BY_ONE = frozenset({"Attack", "Abduction/forced disappearance", "Remote explosive/landmine/IED",
                             "Suicide bomb", "Grenade"})
# a member of the security forces by rank or corps ("un colonel de l'armée de l'air", "a police
# officer", "ضابط في سلاح الجو", "جنديان", "Benghazi's security chief")
_SECURITY_MAN = re.compile(arabic_folded(
    r"\b(?:officers?|colonel|lieutenant|captain|sergeant|soldiers?|policem[ae]n|security chief|"
    r"intelligence (?:officer|chief)|officiers?|capitaine|sergent|soldats?|militaires?|policiers?|"
    r"gendarmes?|chef de la securite|(?:agents?|membres?) (?:de la|des forces de) (?:police|securite))\b|"
    r"(?<!\w)[وف]?(?:ضابط|ضباط|ضابطا|ضابطين|عقيد|العقيد|رائد|الرائد|نقيب|النقيب|ملازم|جندي|جنديا|جنديان|جنديين|جنود|"
    r"عسكري|عسكريا|عسكريين|شرطي|شرطيا|شرطيين|مدير امن)(?!\w)"))
_HIT = re.compile(HARMED.pattern + "|" + arabic_folded(
    r"\b(?:assassinated|shot dead|gunned down|abattue?s?|assassinee?s?)\b|(?<!\w)[وف]?(?:اغتيل|اغتيال|مصرع|مصرعه|مصرعهما|مصرعهم)(?!\w)"))
# others hit with them, or men no longer serving: then the victims were not the forces alone
_CIVILIANS = re.compile(arabic_folded(
    r"\b(?:civilians?|civils?|passers-by|passants?|residents?|habitants?|children|enfants?|women|femmes?|"
    r"students?|etudiants?|worshippers|fideles|journalists?|journalistes?|lawyers?|avocats?|activists?|"
    r"militants? des droits|judges?|juges?|retired|a la retraite|engineers?|ingenieurs?)\b|"
    r"(?<!\w)[وف]?(?:مدني|مدنيا|مدنيين|مدنيون|اطفال|طفل|نساء|امراه|مواطن|مواطنين|صحفي|ناشط|قاض|محام|متقاعد)(?!\w)"))


def security_victims(event: Event, folded: str) -> Event:
    """The side hit by an assassination or a bomb before Operation Dignity, where the sentence's
    victims are soldiers or policemen and nobody else: the state's forces of no camp."""
    when = event.event_date or event.published
    if (when is None or not GADDAFI_FELL < when < DIGNITY_BEGAN or event.sub_event_type not in _HIT_ONE_BY_ONE
            or event.faction2 not in ("", "civilians") or event.faction1 == "civilians"):
        return event
    start, end = event.evidence_start, event.evidence_end
    if not (_SECURITY_MAN.search(folded, start, end) and _HIT.search(folded, start, end)) \
            or _CIVILIANS.search(folded, start, end):
        return event
    return replace(event, actor2="Security forces", faction2="other")
