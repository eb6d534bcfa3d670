"""Actors and their factions, from extractor/data/factions.csv.

Each row is one actor (as ACLED would name it), its faction id (events.model.FACTIONS), a role
(armed, backer, political, international, civilians) and its aliases in English, French and
Arabic (`|`-separated). Short all-capital aliases (GNA, UN, US, ANL) match case-sensitively;
the others match on the folded text (extractor.text.fold), with Arabic one-letter prefixes
(و ب ل ف) allowed. Longest alias wins where two overlap. A pronoun standing for a noun named
just before ("les deux Parlements, celui de Tobrouk et celui de Tripoli", "the Tripoli
government and that of Tobruk") is read as that noun with its complement.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from events.model import FACTIONS
from extractor.errors import ExtractorError
from extractor.text import arabic_folded, fold, strip_harakat, trie_pattern
from gazetteer import PlaceMention

FACTIONS_PATH = Path(__file__).resolve().parent / "data" / "factions.csv"
ROLES = ("armed", "backer", "political", "international", "civilians")
_BACKED = re.compile(
    r"(?:soutenu(?:e|s|es)? par|appuye(?:e|s|es)? par|backed by|supported by|"
    r"المدعوم(?:ه|ين)? من|بدعم من)\s+(?:la |le |les |l')?$"
)

# "in coordination with the GNA", "à la demande du GNA": a partner of the actor, never its target
_PARTNER = re.compile(arabic_folded(
    r"(?:in coordination with|in cooperation with|at the request of|en coordination avec|"
    r"a la demande d[eu']|بالتنسيق مع|بطلب من|"
    # "appuyées de l'intérieur par des combattants de la ville": helped by them
    r"(?:appuye|soutenu|aide)(?:e|s|es)? (?:de l'interieur |sur le terrain )?par|"
    r"(?:backed|supported|helped|aided) (?:from (?:inside|within) )?by)"
    r"\s+(?:the |la |le |les |l'|des |de )?(?:[\w'-]+\s+){0,3}$"))
# "Tebu fighters allied with Operation Dignity", "مسلحو التبو المؤيدون لعملية الكرامة": the camp a
# group just named sides with is its partner ("forces allied to the GNA" alone are the GNA's)
_ALLY_OF_THE_LAST = re.compile(arabic_folded(
    r"(?:allied (?:with|to)|aligned with|allie(?:e|s|es)? (?:a|au|aux|avec)|المتحالف(?:ه|ين|ون)? مع|المؤيد(?:ه|ين|ون)?)"
    r"\s+(?:the |la |le |les |l'|ل)?$"))
ALLY_REACH = 40  # characters between a group and the camp it sides with

# "celui de Tobrouk", "that of Tobruk": the head noun is found in the words just before
_ANAPHOR = re.compile(
    r"(?<!\w)(?:celui|celle|ceux|celles) (?:de |du |d')(?P<fr>[\w-]+)|(?<!\w)(?:that|those) of (?P<en>[\w-]+)"
)
_HEAD = re.compile(
    r"(?<!\w)(?P<head>parlement|gouvernement|camp|armee|conseil|parliament|government|army|council)s?(?!\w)"
)
ANAPHOR_REACH = 120  # characters before the pronoun searched for its head noun
# Actors that say what kind of force, not whose: "security forces loyal to Haftar", "des hommes
# armés proches du GNA", "قوات الأمن التابعة لحكومة الوفاق" belong to the actor named after them.
GENERIC_ACTORS = frozenset({"Security forces", "Coast guard", "Unidentified armed group", "Unidentified aircraft"})
# forces named by kind that belong to an owner named after them ("militiamen loyal to the GNA")
OWNABLE_ACTORS = GENERIC_ACTORS | {"Militiamen"}
_IN_THE_COUNTRY = re.compile(r"(?:(?<!\w)(?:in|en|au|aux|a|into|vers|depuis)\s+(?:the\s+)?|(?<!\w)[وف]?في\s+"
                             r"|(?:^|[.\n])\s*[وف]?من\s+)$")  # ("وفي أنقرة", a sentence opening "ومن أنقرة،")
# "les ambassades d'Égypte et des Émirats", "سفارة مصر": the state's mission, a foreign one, not
# the camp the state backs
_EMBASSY_OF = re.compile(r"(?:embass(?:y|ies)|consulates?|ambassades?|consulats?)\s+(?:of|de|d'|du|des)\s*"
                         r"(?:the\s+|la\s+|l')?$|(?:سفاره|قنصليه)\s+$")
# "le quartier toubou", "a largely Tebu neighbourhood", "حيث يقطن معظم التبو", "a Tebu community
# leader": a people named as those who live somewhere, not its armed men
_RESIDENTS_BEFORE = re.compile(arabic_folded(
    r"(?:\b(?:quartiers?|largely|mostly|predominantly|mainly)\s+|"
    r"(?<!\w)(?:يقطن|يقطنها|يسكن|يسكنها|تقطن|تسكن)\s+(?:\S+\s+)?)$"))
_RESIDENTS_AFTER = re.compile(r"\s*-?\s*(?:neighbou?rhoods?|distri[ck]ts?|quarters?|community|communities|dominated|majority)\b")
_AND_THE = re.compile(r"\s*(?:et|and|,)\s*(?:des |de |du |d'|the |l'|la )?|\s+و")
# "les milices de Misrata et leurs alliés islamistes", "a coalition of brigades from Misrata and
# Islamist groups": Islamists named in one breath with a camp's force are of that camp (Libya Dawn,
# 2014), not jihadists; named alone, or with a jihadist group, they stay jihadists
ISLAMISTS = "Islamist militias"
_IN_ONE_BREATH = re.compile(r"[^.;:!?]{0,50}")
_COORDINATION = re.compile(r"(?<!\w)(?:et|and|avec|with|allies|alliees|allied)(?!\w)|(?<!\w)و")
_ENVOY_OF = re.compile(r"\s+(?:of|de|d'|du|des)\s*(?:the\s+|la\s+|l')?|\s+(?:لدى|في)?\s*")
_OWNER_BETWEEN = re.compile(
    # "warplanes and helicopters under Haftar's command", "des avions sous les ordres de"
    r"\s*(?:(?:and (?:[\w-]+ ){1,2})?(?:under(?: the (?:command|control|orders) of)?|commanded by)|"
    r"sous (?:le commandement|les ordres|l'autorite) (?:de|du|des|d')|commandee?s? par|"
    r"loyal to|(?:claiming|pledging|who pledged) (?:allegiance|loyalty) to|se (?:reclamant|revendiquant) (?:de|du|des)|"
    r"allied (?:with|to)|flying for|flown by|operated by|working for|"
    r"aligned with|affiliated (?:with|to)|belonging to|of|from|"
    r"fideles? (?:a|au|aux)|loya(?:ux|les?) (?:a|au|aux)|proches? (?:de|du|des)|affilie(?:e|s|es)? (?:a|au|aux)|"
    r"relevant (?:de|du|des)|rattache(?:e|s|es)? (?:a|au|aux)|de|du|des|d'|"
    r"التابعه|التابعين|الموالي(?:ه|ن|ين)?|تابعون|تابعين|موالون|موالين|من|ينتم(?:ون|ي) ا[لي][يى])?"
    r"\s*(?:the |la |le |les |l')?[لل]?$"
)

_LOYAL_TO = re.compile(arabic_folded(
    r"(?:loyal to|allied (?:with|to)|supporting|backing|fideles? (?:a|au|aux)|loya(?:ux|les?) (?:a|au|aux)|"
    r"favorables? (?:a|au|aux)|qui soutiennent|(?<!\w)(?:تدعم|يدعمون|الداعمه ل|المؤيده ل)\s|"
    r"(?:التابعه|الموالي(?:ه|ن|ين)?) ل)\s*(?:the |la |le |les |l'|ال)?"
    # "fidèles au Premier ministre du gouvernement ...", "loyal to the head of the ..."
    r"(?:(?:premier ministre|prime minister|chef|head|leader|president|commandant|commander)\s+"
    r"(?:du |de la |de l'|des |d'|of the |of )?)?$"))
LOYAL_REACH = 70  # characters between a force and "loyal to" its owner
_POSSESSIVE = re.compile(r"(?<!\w)(?:its|their|ses|leurs|sa|son) $")
POSSESSIVE_REACH = 60  # characters between the owner and "its aircraft"


# "armed men from neighbouring districts", "des combattants venus de Zaouïa", "مسلحين من أبناء
# المدينة": a force named by where it comes from is a local group of its own (ACLED names such
# groups by their town or tribe, faction "other"), unless the town's forces have a name of their own
_FORCE_FROM = re.compile(arabic_folded(
    r"(?<![\w-])(?P<force>gunmen|armed men|armed groups?|fighters|militias|militiamen|hommes armes|groupes armes|"
    r"combattants|miliciens|milices|brigades|battalions|bataillons|[وب]?(?:مسلحين|مسلحون|مقاتلين|مقاتلون|عناصر|كتيبه مسلحه|كتائب))"
    r"(?: (?:who )?(?:came|coming))? (?:from|originaires? de|venue?s? de|venant de|de|du|des|d'|"
    r"(?:قادم(?:ه|ون|ين)? )?من)(?: (?:the|la|le|les|his|their|sa|son|leur))? ?"))
# where the force comes from when no place is named: the town of the story, its districts, a tribe
_LOCAL_ORIGIN = re.compile(arabic_folded(
    r"(?:(?:neighbouring|nearby|several|various|other) (?:[\w-]+ )?(?:districts|neighbourhoods)|"
    r"(?:quartiers|tribus?) (?:voisins|voisines)|plusieurs quartiers|"
    r"(?:town|city|area)(?! of)\b|(?:ville|region)(?! d)\b|(?:ابناء )?(?:المدينه|البلده)|ابنائها|عده احياء|"
    r"(?:[\w-]+ ){0,2}tribes?\b|tribus? (?:des? |d')?[\w-]+|قبيل[هة] [\w]+|قبائل [\w]+)"))
_TOWN_OF = re.compile(arabic_folded(r"(?:(?:the )?(?:towns?|city) of|la ville d[e'] ?|les villes d[e'] ?|مدينه|مدينتي|بلده|بلدتي) ?"))
_CAPITAL_AFTER = re.compile(r" (?:[A-Z]|de la [A-Z]|des [A-Z])")
_NAME = re.compile(r"(?:al-|el-|ال)?[\w'-]{3,}")
# the names the factions file may give a town's own forces
_TOWN_FORCES = ("{} fighters", "{} brigades", "forces de {}", "brigades de {}", "قوات {}", "كتائب {}")


# "Egyptian F-16 jets", "Turkish Bayraktar drones", "des drones turcs Bayraktar": a foreign force
# named with a model or an adjective between its nationality and its kind is the force the
# factions file knows as "Egyptian jets", "drones turcs"
_FORCE_KINDS = r"jets|warplanes|aircraft|drones|planes|bombers|helicopters|troops|forces|commandos|warships"
_NATIONAL_FORCE = re.compile(
    rf"(?<![\w-])(?P<nation>egyptian|american|us|u\.s\.|french|british|emirati|turkish)\s+(?:[\w-]+\s+){{1,2}}?"
    rf"(?P<kind>{_FORCE_KINDS})(?![\w-])"
    r"|(?<![\w-])(?P<kind_fr>avions|drones|chasseurs|appareils|troupes|forces|commandos)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<nation_fr>egyptiens|americains|francais|britanniques|emiratis|turcs)(?![\w-])"
)


# "le ministre italien de l'Intérieur", "the Austrian foreign ministry", "وزارة الخارجية الفلبينية": a
# government that takes no side, named by an office and its nationality (adjective's stem -> the
# factions file's actor; the states that back a camp have their offices as aliases of their own)
_OFFICE_NATIONS = {
    "ital": "Italy", "austri": "Austria", "autrichi": "Austria", "philippin": "Philippines", "filipino": "Philippines",
    "german": "Germany", "allemand": "Germany", "spanish": "Spain", "espagnol": "Spain", "british": "United Kingdom",
    "britanni": "United Kingdom", "americ": "United States", "french": "France", "francais": "France",
    "greek": "Greece", "grec": "Greece", "maltes": "Malta", "maltais": "Malta", "canadi": "Canada", "japan": "Japan",
    "japonais": "Japan", "chines": "China", "chinois": "China", "dutch": "Netherlands", "neerlandais": "Netherlands",
    "swiss": "Switzerland", "suisse": "Switzerland", "jordan": "Jordan", "jordani": "Jordan", "saudi": "Saudi Arabia",
    "saoudi": "Saudi Arabia", "serb": "Serbia", "korean": "South Korea", "coreen": "South Korea", "indian": "India",
    "indien": "India", "bangladesh": "Bangladesh", "swedish": "Sweden", "suedois": "Sweden", "norweg": "Norway",
    "norvegi": "Norway", "danish": "Denmark", "danois": "Denmark", "belg": "Belgium", "polish": "Poland",
    "polonais": "Poland", "portugu": "Portugal", "ukrain": "Ukraine", "australi": "Australia", "brazil": "Brazil",
    "bresilien": "Brazil", "indonesi": "Indonesia", "pakistan": "Pakistan", "nigeria": "Nigeria", "tunisi": "Tunisia",
    "algeri": "Algeria", "morocc": "Morocco", "marocain": "Morocco", "romani": "Romania", "roumain": "Romania",
    "sudan": "Sudan", "soudan": "Sudan", "chadian": "Chad", "tchadien": "Chad",
    "الايطالي": "Italy", "النمساوي": "Austria", "الفلبيني": "Philippines", "الالماني": "Germany", "الاسباني": "Spain",
    "البريطاني": "United Kingdom", "الامريكي": "United States", "الاميركي": "United States", "الفرنسي": "France",
    "اليوناني": "Greece", "المالطي": "Malta", "الكندي": "Canada", "الياباني": "Japan", "الصيني": "China",
    "الهولندي": "Netherlands", "السويسري": "Switzerland", "الاردني": "Jordan", "السعودي": "Saudi Arabia",
    "الصربي": "Serbia", "الكوري": "South Korea", "الهندي": "India", "البنغالي": "Bangladesh", "السويدي": "Sweden",
    "النرويجي": "Norway", "الدنماركي": "Denmark", "البلجيكي": "Belgium", "البولندي": "Poland", "البرتغالي": "Portugal",
    "الاوكراني": "Ukraine", "الاسترالي": "Australia", "البرازيلي": "Brazil", "الاندونيسي": "Indonesia",
    "الباكستاني": "Pakistan", "النيجيري": "Nigeria", "التونسي": "Tunisia", "الجزائري": "Algeria", "المغربي": "Morocco",
    "الروماني": "Romania", "السوداني": "Sudan", "التشادي": "Chad",
}
_OFFICE = re.compile(arabic_folded(
    r"(?<![\w-])(?:(?P<nat_en>[a-z]+)\s+(?:foreign\s+|defence\s+|defense\s+|interior\s+|prime\s+)?"
    r"(?:minister|ministry|government|president|secretary|ambassador|embassy|officials?|(?:special\s+)?envoy)"
    r"|(?:(?:le|la|l')\s*)?(?:ministre|ministere|gouvernement|president|premier ministre|chef de la diplomatie|diplomatie"
    r"|ambassade|ambassadeur|envoye(?:\s+special)?)"
    r"\s+(?P<nat_fr>[a-z]+)"
    r"|(?:ال)?(?:وزير|وزيره|وزاره|حكومه|رئيس الوزراء|رئيس|سفير|سفاره|مبعوث)(?:\s+(?:الخارجيه|الدفاع|الداخليه))?"
    r"\s+(?P<nat_ar>ال\S+?)(?:ه)?)(?![\w-])"))


# "the army", "l'armée", "الجيش" named alone: the country's own army (the factions file's ARMY),
# whoever's the article makes it (alliances.armies); not where a nationality says whose ("the
# Chadian army", "l'armée égyptienne", "الجيش المصري") or a longer name overlaps ("Libyan National
# Army", "l'armée de Haftar")
ARMY = "Libyan army"
_NATIONALITIES = (r"chadian|sudanese|egyptian|turkish|american|us|u\.s\.|french|british|tunisian|algerian|russian|"
                  r"italian|emirati|syrian|israeli|nigerien|tchadienne|soudanaise|egyptienne|turque|francaise|"
                  r"americaine|britannique|tunisienne|algerienne|russe|italienne|syrienne|israelienne|nigerienne|"
                  r"المصري|السوداني|التشادي|التركي|الأمريكي|الفرنسي|البريطاني|الجزائري|التونسي|الروسي|الإيطالي|"
                  r"السوري|الإسرائيلي|النيجري|الإماراتي")  # (patterns take arabic_folded: written as the press does)
_BARE_ARMY = re.compile(arabic_folded(
    r"(?<![\w-])(?:the army|army(?= (?:units?|troops|spokesman|soldiers|commanders?|officers?)(?![\w-]))"
    r"|l'armee|armee reguliere|[وبلف]{0,2}الجيش|[وف]?للجيش)(?![\w-])"
    rf"(?! (?:de l'air )?(?:{_NATIONALITIES})(?![\w-]))"))
_NATIONALITY_BEFORE = re.compile(arabic_folded(rf"(?<![\w-])(?:{_NATIONALITIES}) $"))


class FactionsFormatError(ExtractorError, ValueError):
    """The factions file has a bad row."""


@dataclass(frozen=True)
class Actor:
    name: str
    faction: str
    role: str

    @property
    def is_armed(self) -> bool:
        return self.role in ("armed", "backer", "political")


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    surface: str
    actor: Actor
    is_backer: bool = False  # "soutenues par la Turquie": an associated actor


class FactionTable:
    """The compiled aliases of a factions file."""

    def __init__(self, actors: dict[str, Actor]) -> None:
        self._folded: dict[str, Actor] = {}
        self._exact: dict[str, Actor] = {}
        for alias, actor in actors.items():
            if len(alias) <= 5 and alias.replace(".", "").isupper():
                self._exact[alias] = actor
            else:
                self._folded.setdefault(fold(alias), actor)
                if alias.startswith("ال"):  # ل + ال is written لل: "للأمم المتحدة"
                    self._folded.setdefault(fold("لل" + alias[2:]), actor)
        folded = trie_pattern(self._folded)
        exact = "|".join(re.escape(a) for a in sorted(self._exact, key=len, reverse=True))
        # (a prefix may be drawn out with a tatweel: "التابع لـمصراتة")
        self._folded_re = re.compile(rf"(?<![\w-])(?:[وبلف]{{1,2}}ـ?(?=[\u0621-\u064a]))?(?P<name>{folded})(?![\w-])")
        self._exact_re = re.compile(rf"(?<![\w.])(?P<name>{exact})(?![\w-])")

    def actor(self, name: str) -> Actor | None:
        """The actor of that name (or alias), if the table knows it."""
        return self._exact.get(name) or self._folded.get(fold(name))

    def find_actors(self, text: str, *, folded: str | None = None) -> list[ActorMention]:
        """Actor mentions in text order; overlaps resolved longest first."""
        folded = fold(text) if folded is None else folded
        found: list[tuple[int, int, Actor]] = []
        for match in self._folded_re.finditer(folded):
            start, end = match.span("name")
            found.append((start, end, self._folded[strip_harakat(match.group("name"))]))
        for match in self._exact_re.finditer(text):
            start, end = match.span("name")
            found.append((start, end, self._exact[match.group("name")]))
        found += self._anaphors(folded)
        found += self._national_forces(folded)
        found += self._offices(folded)
        found += self._armies(folded, found)
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        mentions: list[ActorMention] = []
        for start, end, actor in found:
            if mentions and start < mentions[-1].end:
                continue
            before = folded[max(0, start - 60) : start]
            if actor.is_armed and (_RESIDENTS_BEFORE.search(before) or _RESIDENTS_AFTER.match(folded, end)):
                continue  # the people of a quarter, not its armed men
            if actor.role in ("international", "backer") and (where := _IN_THE_COUNTRY.search(before)) and not (
                    text[start - len(where.group(0)) : start].startswith("a ")):  # "a UN official", "a Turkish drone"
                continue  # "met in Morocco", "réfugiés en Tunisie", "depuis Moscou": where, not who
            if actor.role == "backer" and (
                    _EMBASSY_OF.search(before)
                    or mentions and mentions[-1].actor.name == "Foreign diplomats"
                    and _AND_THE.fullmatch(folded, mentions[-1].end, start)):
                actor = self.actor("Foreign diplomats") or actor
            is_backer = ((actor.role == "backer" and bool(_BACKED.search(before)))
                         or bool(_PARTNER.search(before))
                         or bool(mentions) and start - mentions[-1].end <= ALLY_REACH and mentions[-1].actor.is_armed
                         and bool(_ALLY_OF_THE_LAST.search(before)))
            mentions.append(ActorMention(start, end, text[start:end], actor, is_backer))
        return _with_owners(mentions, folded, text)

    def _national_forces(self, folded: str) -> list[tuple[int, int, Actor]]:
        found = []
        for match in _NATIONAL_FORCE.finditer(folded):
            if match.group("nation"):
                name = f"{match.group('nation')} {match.group('kind')}"
            else:
                name = f"{match.group('kind_fr')} {match.group('nation_fr')}"
            actor = self._folded.get(name)
            if actor is not None:
                found.append((match.start(), match.end(), actor))
        return found

    def _offices(self, folded: str) -> list[tuple[int, int, Actor]]:
        found = []
        for match in _OFFICE.finditer(folded):
            nation = match.group("nat_en") or match.group("nat_fr") or match.group("nat_ar")
            name = next((actor for stem, actor in _OFFICE_NATIONS.items() if nation.startswith(stem)), None)
            if name is not None and (actor := self.actor(name)) is not None and actor.role == "international":
                found.append((match.start(), match.end(), actor))
        return found

    def _armies(self, folded: str, found: list[tuple[int, int, Actor]]) -> list[tuple[int, int, Actor]]:
        army = self.actor(ARMY)
        if army is None:
            return []
        return [(match.start(), match.end(), army) for match in _BARE_ARMY.finditer(folded)
                if not any(start < match.end() and match.start() < end for start, end, _ in found)
                and not _NATIONALITY_BEFORE.search(folded, max(0, match.start() - 20), match.start())]

    def _anaphors(self, folded: str) -> list[tuple[int, int, Actor]]:
        found = []
        for match in _ANAPHOR.finditer(folded):
            heads = list(_HEAD.finditer(folded, max(0, match.start() - ANAPHOR_REACH), match.start()))
            if not heads:
                continue
            head = heads[-1].group("head")
            key = f"{head} de {match.group('fr')}" if match.group("fr") else f"{match.group('en')} {head}"
            if key in self._folded:
                found.append((match.start(), match.end(), self._folded[key]))
        return found


def islamists_in_their_coalition(mentions: list[ActorMention], folded: str) -> list[ActorMention]:
    """Islamists named in one breath with a camp's force (ISLAMISTS) read as that force."""
    out = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.actor.name != ISLAMISTS:
            continue
        beside = [m for m in mentions[max(0, index - 1) : index + 2]
                  if m is not mention and m.actor.is_armed and m.actor.faction not in ("jihadist", "")
                  and m.actor.name not in GENERIC_ACTORS]
        for other in beside:
            start, end = (other.end, mention.start) if other.start < mention.start else (mention.end, other.start)
            if _IN_ONE_BREATH.fullmatch(folded, start, end) and _COORDINATION.search(folded, start, end):
                out[index] = ActorMention(mention.start, mention.end, mention.surface, other.actor, mention.is_backer)
                break
    return out


def _with_owners(mentions: list[ActorMention], folded: str, text: str) -> list[ActorMention]:
    """A generic force followed by its owner is one mention of the owner."""
    out: list[ActorMention] = []
    skip = False
    for mention, following in zip(mentions, [*mentions[1:], None]):
        if skip:
            skip = False
            continue
        if (mention.actor.name in OWNABLE_ACTORS and following is not None
                and following.actor.name not in GENERIC_ACTORS and following.actor.is_armed
                and (following.start - mention.end <= 30 and _OWNER_BETWEEN.fullmatch(folded, mention.end, following.start)
                     # "warplanes of the Libyan air force loyal to the recognised government"
                     or following.start - mention.end <= LOYAL_REACH
                     and _LOYAL_TO.search(folded, mention.end, following.start))):
            out.append(ActorMention(mention.start, following.end, text[mention.start : following.end],
                                    following.actor, mention.is_backer))
            skip = True
            continue
        if (mention.actor.name == "Foreign diplomats" and following is not None
                and following.actor.role == "international"
                and _ENVOY_OF.fullmatch(folded, mention.end, following.start)):
            # "l'ambassadeur de Jordanie", "the ambassador of Jordan": the envoy, whose country
            # is no side of its own
            out.append(ActorMention(mention.start, following.end, text[mention.start : following.end],
                                    mention.actor, mention.is_backer))
            skip = True
            continue
        owner = next((m for m in reversed(out) if m.actor.name not in GENERIC_ACTORS), None)
        if (mention.actor.name in GENERIC_ACTORS and owner is not None
                and (owner.actor.is_armed or owner.actor.role == "international") and owner.actor.role != "backer"
                and mention.start - owner.end <= POSSESSIVE_REACH
                and _POSSESSIVE.search(folded, max(0, mention.start - 8), mention.start)):
            # "NATO said its aircraft had hit", "l'ANL a indiqué que ses avions": the owner's
            out.append(ActorMention(mention.start, mention.end, mention.surface, owner.actor, owner.is_backer))
            continue
        out.append(mention)
    return out


def local_groups(mentions: list[ActorMention], places: list[PlaceMention], table: FactionTable, folded: str,
                 text: str) -> list[ActorMention]:
    """Forces named by their town, district or tribe, as actors ("Armed group from Zuwara"), with
    the article's place mentions to know a town when one is named."""
    starts = {p.start: p for p in places}
    taken = [(m.start, m.end) for m in mentions]
    found: list[ActorMention] = []
    for match in _FORCE_FROM.finditer(folded):
        origin = match.end()
        town = _TOWN_OF.match(folded, origin)
        place = starts.get(town.end() if town else origin) or starts.get(origin)
        named = _NAME.match(folded, town.end()) if town else None
        if place is not None and _CAPITAL_AFTER.match(text, place.end):
            continue  # "fighters from the Derna Protection Force": a group's name, unknown here
        if place is not None:
            end, name = place.end, place.place.name
        elif named is not None:  # "fighters from the towns of Regdalin and al-Jmail", unknown to the gazetteer
            end, name = named.end(), text[named.start() : named.end()]
        else:
            local = _LOCAL_ORIGIN.match(folded, origin)
            if local is None:
                continue
            end, name = local.end(), text[origin : local.end()]
        if any(match.end() <= start < end for start, _ in taken):
            continue  # "fighters from the Islamic State": a named actor, found already
        if any(start < match.start() < stop or start == match.start() and stop > match.end() for start, stop in taken):
            continue  # "Tebu fighters from Murzuq", "miliciens de la tribu Zouaya": named already
        own = next((a for a in (table.actor(t.format(name)) for t in _TOWN_FORCES) if a is not None), None)
        actor = own or Actor(f"Armed group from {name}", "other", "armed")
        partner = bool(_PARTNER.search(folded, max(0, match.start() - 60), match.start()))
        found.append(ActorMention(match.start(), end, text[match.start() : end], actor, partner))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


def load_factions(path: str | Path = FACTIONS_PATH) -> FactionTable:
    """Read a factions CSV (actor,faction,role,aliases_en,aliases_fr,aliases_ar)."""
    path = Path(path)
    actors: dict[str, Actor] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            faction, role = (row.get("faction") or "").strip(), (row.get("role") or "").strip()
            if faction not in FACTIONS:
                raise FactionsFormatError(f"{path}:{line}: unknown faction {faction!r}")
            if role not in ROLES:
                raise FactionsFormatError(f"{path}:{line}: unknown role {role!r}")
            actor = Actor((row.get("actor") or "").strip(), faction, role)
            if not actor.name:
                raise FactionsFormatError(f"{path}:{line}: empty actor name")
            actors.setdefault(actor.name, actor)
            for column in ("aliases_en", "aliases_fr", "aliases_ar"):
                for alias in (row.get(column) or "").split("|"):
                    if alias.strip():
                        actors.setdefault(alias.strip(), actor)
    return FactionTable(actors)


@cache
def default_factions() -> FactionTable:
    """The shipped factions table, compiled once per process."""
    return load_factions()
