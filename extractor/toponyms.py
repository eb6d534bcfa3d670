"""Place mentions of an article and the choice of an event's place.

The gazetteer's matches are the place mentions (they override whatever a model would label:
the pipeline runs no NER at all); the gazetteer already refuses demonyms ("Libyens",
"Américains"). A place name inside an actor's name ("le gouvernement de Tripoli", "ambassade
des Etats-Unis") names who acted, not where: it is kept as a mention but never chosen as an
event's place.

Where an event happened, in this order:
1. the place the trigger governs in the dependency parse ("à Syrte", "sur la ville de Syrte",
   "in Tarhuna"): geo_precision 1, or 2 after "near", "près de", "south of", "aux abords de";
   a foreign place only this way (a meeting in Berlin); a bearing ("south of Misrata") gives way
   to a town the sentence names as where ("near Abu Qurain");
2. else the Libyan place of the same sentence nearest the trigger: 1 for a town or site,
   3 for a district, region or the country;
3. else the article's main place (its most mentioned Libyan town): 2, or 3 if it is a
   district/region/country.
The town of a wire story's dateline ("BENGHAZI, June 4 -") is where it was filed: in the first
sentence it gives way to another Libyan town or site the sentence names as where (not to the
country, nor to where someone came from; extractor.pipeline), and the story opens on the town
after it. Arabic names Tunisia and Tunis (Algeria and Algiers) alike: where a statement was issued
or a mission works, the capital (`as_capitals`).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from extractor.text import SOURCE_INTRO, arabic_folded, fold
from gazetteer import Gazetteer, Place, PlaceMention
from gazetteer.sources import distance_km

SITE_KINDS = frozenset({"city", "town", "village", "neighbourhood", "facility"})
# the words between "near", "south of", "in" and the town's name
_ARTICLES_TO_NAME = r"(?:de |d'|la |le |l'|the |city of |town of |la ville de |ville de )*$"
_NEAR = re.compile(
    r"(?:near|outside|outskirts of|close to|around|south of|north of|east of|west of|"
    r"pres de|non loin de|aux abords de|autour de|aux portes de|au sud de|au nord de|"
    r"a l'est de|a l'ouest de|dans les environs de|a proximite de|قرب|بالقرب من|جنوب|شمال|"
    r"شرق|غرب|ضواحي)\s+"
    + _ARTICLES_TO_NAME
)


# a direction from a town is only a bearing: "south of Misrata ... near Abu Qurain" happened at
# the second place when the sentence names one
_DIRECTION = re.compile(
    r"(?:(?:south|north|east|west|south-east|south-west|north-east|north-west|southeast|southwest|"
    r"northeast|northwest) of|au (?:sud|nord)(?:-(?:est|ouest))? de|a l'(?:est|ouest) de|"
    # "in Dafniya, on the western approach to Misrata": the town the place leads to
    r"(?:approach|approaches|gateway|road) to|leading to|menant (?:a|au|aux)|qui mene (?:a|au|aux)|"
    r"جنوب|شمال|شرق|غرب|جنوب شرق|جنوب غرب)\s+"
    + _ARTICLES_TO_NAME
)


# where a source sits or spoke is not where the event was: "selon des sources hospitalières de
# Misrata", "according to officials in Benghazi", "في مؤتمر صحفي عقده في بنغازي"
_SOURCE = re.compile(
    rf"(?:(?:{SOURCE_INTRO})\s[^.,;:!?،؛\"]{{0,60}}?|"
    r"(?:conference de presse|point de presse|press conference|news conference|told reporters|موتمر صحفي)"
    r"(?:\s(?:tenue?|held|عقده|عقدته|عقدها))?)\s(?:de |du |d'|des |a |au |in |from |at |في |ب|من )"
    + _ARTICLES_TO_NAME
)
SOURCE_REACH = 90  # characters between "selon", "according to" and the source's town


_WITHIN_A_TOWN = frozenset({"neighbourhood", "facility"})
# a quarter, then an aside (after _COMMA_AFTER) that names its town: "Al-Jiza, the group's last
# stronghold in Sirte"
ASIDE_REACH = 70  # characters from the quarter to its town named in the aside
QUARTER_KM = 20  # how far from its town's point a quarter may lie
SITE_OF_TOWN_KM = 35  # how far from its town's point a site of it may lie (Tripoli's airport: 24 km)
INNER_SITE_REACH = 80  # characters from a trigger to the site of its town it acted on
# between a quarter and its town: "Gharghour, in Tripoli", "غرغور بالعاصمة طرابلس"
_IN_TOWN = re.compile(
    r"\s*,?\s*(?:in |a |au |dans |de |of )?(?:the |la |le |l')?(?:capital |capitale |city of |ville de |western |"
    r"eastern |southern |northern |central )?(?:[\w-]+ )?|\s*,?\s*(?:ب|في |من )?(?:العاصمه |مدينه )?"
)


@dataclass(frozen=True)
class PlaceChoice:
    mention: PlaceMention | None
    place: Place
    geo_precision: int
    how: str  # governed | sentence | article


def is_site(place: Place) -> bool:
    return place.kind in SITE_KINDS


def _said_before(pattern: re.Pattern, folded_text: str, mention: PlaceMention, reach: int = 40) -> bool:
    """Whether the words just before the mention (`reach` characters) end with the pattern."""
    return bool(pattern.search(folded_text[max(0, mention.start - reach) : mention.start]))


def _whose_town(folded_text: str, mention: PlaceMention) -> bool:
    """Whether the town names who someone is ("brigades de Misrata", "Misrata's brigades")."""
    return _said_before(_WHOSE_TOWN, folded_text, mention) or bool(_WHOSE_TOWN_AFTER.match(folded_text, mention.end))


def is_source_seat(folded_text: str, mention: PlaceMention) -> bool:
    """Whether the mention is where a source sits or spoke ("selon des sources de Misrata")."""
    return _said_before(_SOURCE, folded_text, mention, SOURCE_REACH)


# "BENGHAZI/TRIPOLI, Jan 7 -", "SEBHA (Libye), 1er mars –", "طرابلس (وكالات) -": the head of a
# wire story, where it was filed; closed by a dash within its first line
_DATELINE = re.compile(r"\s*([^\n.!?]{2,70}?)\s[-–—]{1,2}\s")


def dateline(text: str) -> tuple[int, int] | None:
    """Where the words of the line an article may open with, closed by a dash, start and end
    ("SEBHA (Libye), 1er mars –"), or None."""
    match = _DATELINE.match(text)
    return match.span(1) if match else None


def dateline_mentions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions of the dateline the article opens with (the town it was filed from, which
    the story may not be about), or none when it opens with no dateline."""
    span = dateline(text)
    if span is None or not mentions or mentions[0].start != span[0]:
        return []
    return [m for m in mentions if m.end <= span[1]]


def is_near(folded_text: str, mention: PlaceMention) -> bool:
    """Whether the words just before the mention say "near" rather than "in"."""
    return _said_before(_NEAR, folded_text, mention)


# "near Abu Qurain", "à Abou Grein", "في أبو قرين": a place given as where something is
# "70 km west of", "à 70 kilomètres à l'ouest de", "على بعد 200 كلم شرق": a distance from a landmark
_DISTANCE = re.compile(
    r"(?:\d+|[\w-]+) (?:km|kilometres?|kilometers?|kilomètres?|kilometres|كلم|كم|كيلومترا|كيلومترات|كيلو مترا)"
    r"(?:\s*\(\d+ ?كلم\))?(?:\s+(?:تقريبا|environ|approximately|roughly))?\s+(?:(?:to the |a l'|au |الي ال)?(?:\w+-)?\w+\s+(?:of|de|d'|du)\s+|"
    r"(?:south|north|east|west|south-east|south-west|north-east|north-west)\s+of\s+|"
    r"a l'(?:est|ouest) de\s+|au (?:sud|nord)(?:-(?:est|ouest))? de\s+|"
    r"(?:جنوب|شمال|شرق|غرب)(?:\s+(?:شرق|غرب)(?:ي)?)?(?:ي)?\s+)"
    + _ARTICLES_TO_NAME
)
_CAME_FROM = re.compile(arabic_folded(
    r"\b(?:advanced|advancing|came|coming|arrived|arriving|set out|moved in|partis?|parties|venus?|venues?"
    r"|venant|arrives?|arrivees?) (?:[\w-]+ ){0,2}?(?:(?:from|de|du|des|depuis) (?:the |la |le |l')?|d')$"
    r"|(?<!\w)(?:قادم|قادمه|قادمون|قادمين|القادم|القادمه|القادمين|انطلقت|انطلق|انطلقوا) (?:\S+ ){0,2}?من $"))
# "des avions ayant décollé de la base d'Al-Watiya", "a warplane that took off from al-Watiya",
# "طائرة حربية أقلعت من قاعدة الوطية": where aircraft flew from, not where they struck, unless the
# sentence names no other place (aircraft strike near their base: "a jet taking off from the
# Benina air base also bombed the militias' compounds")
_TOOK_OFF = re.compile(arabic_folded(
    r"\b(?:decolle|decolles|decollees?|decollant|took off|taking off|taken off|flew out|flying out"
    r"|operating|operated|flying|flown|launched|operant)"
    r" (?:[\w-]+ ){0,2}?(?:from|de|d'|du|des|depuis) (?:the |la |le |l')?(?:(?:base|air base|base aerienne) (?:de |d'|of )?)?$"
    r"|(?<!\w)(?:اقلعت|اقلع|اقلعتا|انطلاقا) (?:\S+ ){0,2}?من (?:قاعده )?$"))
# "deux journalistes d'une chaîne de Misrata", "brigades in Misrata", "كتائب مصراتة": the town names
# who someone is (a force, a newsroom, a delegation), not where the act happened
_WHOSE_TOWN = re.compile(arabic_folded(
    r"\b(?:journalistes?|reporters?|journalists?|chaines?|television|radio|brigades?|bataillons?|battalions?"
    r"|combattants|fighters|miliciens|militiamen|militias?|milices?|delegations?|deputes|lawmakers|representants"
    r"|representatives|units|unites) (?:(?:de|d'|du|des|of|from|in) (?:the |la |le |l')?|d')$"
    r"|(?<!\w)(?:كتائب|كتيبه|مقاتلي|مقاتلو|صحفيي|صحفيين|قناه|وفد) (?:من )?$"))
# "Misrata's brigades", "Zintan-based fighters": the same, the town named before the force
_WHOSE_TOWN_AFTER = re.compile(
    r"(?:'s|-based|-led)? (?:brigades?|battalions?|fighters|militias?|militiamen|units|rebels)\b")
# "took the town", "ont pris la ville", "سيطروا على البلدة": the town the article is about
_THE_TOWN = re.compile(arabic_folded(
    r"\b(?:the (?:town|city)|la ville|la localite)\b|(?<!\w)(?:علي |في )?(?:البلده|المدينه)(?!\w)"))
THE_TOWN_REACH = 40  # characters between a trigger and "the town" it took
_LOCATED = re.compile(
    r"(?:\bnear|\bin|\bat|\bnear the town of|\ba|\ben|pres de|aux abords de|autour de|في|قرب|بالقرب من)\s+"
    + _ARTICLES_TO_NAME
)


TOWN_REACH = 60  # characters between a square or a quarter and the town named with it
TOWN_APART_KM = 150  # a town this far from the town named beside it is another's quarter of that name
# ("al-Qalaa" beside Murzuq is Murzuq's quarter, not the town of the Nafusa mountains)


def _is_landmark(text: str, mention: PlaceMention) -> bool:
    """Whether a town is named as a distance from it ("à 50 kilomètres à l'ouest de Tripoli")."""
    return bool(_DISTANCE.search(fold(text[max(0, mention.start - 40) : mention.start])))


# Arabic names a country and its capital alike ("تونس", "الجزائر"): the capital where a mission
# works or a statement was issued ("التي تعمل من تونس", "في بيان صدر مساء أمس من تونس"), or where
# a sentence opens ("وفي تونس، دعا المبعوث الأممي", "ومن تونس، أعربت البعثة")
_SEAT_OF = {"ov:tunisia": "ov:tunis", "ov:algeria": "ov:algiers"}
_ISSUED_OR_WORKS_FROM = re.compile(arabic_folded(
    r"(?<!\w)(?:صدر|الصادر|أصدرته|أصدرها|تعمل|يعمل|مقرها|مقره|ومقرها|ومقره|عقد|عقدت|المنعقد|المنعقدة|اجتمع\w*"
    r"|أدلى|أدلت|ادلى|ادلت)"
    r"\s+(?:\S+\s+){0,3}?(?:من|في|ب)\s*$"
    # "في تغريدة من تونس", "ودعا المبعوث الأممي مارتن كوبلر أمس من تونس": where a voice spoke from
    r"|(?<!\w)(?:تغريدة|بيان|تصريح|كلمة)\s+(?:\S+\s+){0,3}?من\s*$"
    r"|(?<!\w)[وف]?(?:قال|قالت|دعا|دعت|رحب|رحبت|أكد|أكدت|أعرب|أعربت|حذر|حذرت|أدان|أدانت)\s+(?:\S+\s+){0,6}?من\s*$"))
_OPENING_IN = re.compile(r"(?:^|[.\n])\s*و?(?:في|من)\s+$")  # (followed by a comma: "ومن تونس، أعربت")
_COMMA_AFTER = re.compile(r"\s*[،,]")


# "the capital", "la capitale libyenne", "العاصمة": Tripoli; "the Tunisian capital", "la capitale
# tunisienne", "العاصمة التونسية": that country's (the adjective's first letters -> the capital's id)
_CAPITAL_OF = {
    "libya": "gn:2210247", "tunisi": "ov:tunis", "egypt": "ov:cairo", "itali": "ov:rome", "turk": "ov:ankara",
    "turq": "ov:ankara", "french": "ov:paris", "franc": "ov:paris", "algeri": "ov:algiers", "russ": "ov:moscow",
    "americ": "ov:washington", "british": "ov:london", "britann": "ov:london", "german": "ov:berlin",
    "allemand": "ov:berlin", "qatar": "ov:doha", "emirat": "ov:abu-dhabi", "sudan": "ov:khartoum",
    "soudan": "ov:khartoum", "chad": "ov:ndjamena", "tchad": "ov:ndjamena", "maltes": "ov:valletta",
    "maltais": "ov:valletta", "morocc": "ov:rabat", "maroc": "ov:rabat", "belg": "ov:brussels",
    "jordan": "ov:amman", "ليبي": "gn:2210247", "تونسي": "ov:tunis", "مصري": "ov:cairo", "ايطالي": "ov:rome",
    "تركي": "ov:ankara", "فرنسي": "ov:paris", "جزائري": "ov:algiers", "روسي": "ov:moscow", "امريكي": "ov:washington",
    "اميركي": "ov:washington", "بريطاني": "ov:london", "الماني": "ov:berlin", "قطري": "ov:doha",
    "اماراتي": "ov:abu-dhabi", "سوداني": "ov:khartoum", "تشادي": "ov:ndjamena", "مالطي": "ov:valletta",
    "مغربي": "ov:rabat", "بلجيكي": "ov:brussels", "اردني": "ov:amman",
}
_THE_CAPITAL = re.compile(
    r"\b(?:the|la|cette) (?:(?P<before>[a-z]+) )?capitale?\b(?: (?P<after>[a-z]+))?"
    r"|(?<!\w)[وبلف]?(?:ال|لل)عاصمه(?!\w)(?: ال(?P<ar>\S+?)ه(?!\w))?")


def the_capital(chunk: str, gazetteer: Gazetteer) -> Place | None:
    """The capital a sentence names by that word alone: the capital of the country its adjective
    names ("the Tunisian capital", "la capitale égyptienne", "العاصمة التونسية"), else Tripoli."""
    match = _THE_CAPITAL.search(chunk)
    if match is None:
        return None
    adjectives = [word for word in match.group("before", "after", "ar") if word]
    place_id = next((pid for word in adjectives for stem, pid in _CAPITAL_OF.items() if word.startswith(stem)),
                    _CAPITAL_OF["libya"])
    try:
        return gazetteer.get(place_id)
    except KeyError:
        return None


@lru_cache(maxsize=4)
def capitals(gazetteer: Gazetteer) -> dict[str, Place]:
    """Country place id -> its capital, of the countries Arabic names as their capitals, that the
    gazetteer holds (for `as_capitals`)."""
    out = {}
    for country, capital in _SEAT_OF.items():
        try:
            out[country] = gazetteer.get(capital)
        except KeyError:
            continue
    return out


def as_capitals(mentions: list[PlaceMention], folded: str, capitals: dict[str, Place]) -> list[PlaceMention]:
    """The mentions, a country named in Arabic as its capital is (`capitals`: place id of the
    country -> its capital) read as the capital where a statement was issued or a mission works."""
    out = []
    for mention in mentions:
        capital = capitals.get(mention.place.place_id)
        before = max(0, mention.start - 50)
        if capital is not None and (
                _ISSUED_OR_WORKS_FROM.search(folded, before, mention.start)
                or _OPENING_IN.search(folded, before, mention.start) and _COMMA_AFTER.match(folded, mention.end)):
            mention = replace(mention, place=capital, candidates=(mention.place, *mention.candidates))
        out.append(mention)
    return out


# names that are also people's ("صلاح الدين": Saladin), a place only after a word that sets a place
_NAMED_AFTER_A_PLACE_WORD = {re.compile(rf"(?<!\w){fold(name)}(?!\w)"): place_id
                             for name, place_id in {"صلاح الدين": "ov:salah-al-din"}.items()}
_PLACE_WORD_BEFORE = re.compile(arabic_folded(
    r"(?<!\w)(?:[وف]?(?:في|على|إلى|قرب|محور|منطقة|حي|محوري|جنوب|شمال)|[وف]?[بل])\s*$"))


def named_after_a_place_word(mentions: list[PlaceMention], text: str, folded: str,
                             gazetteer: Gazetteer) -> list[PlaceMention]:
    """The mentions, with the places whose name is also a person's where a word that sets a
    place stands before it: "في صلاح الدين", "على محور صلاح الدين" (not "صلاح الدين الأيوبي" the
    sultan). `folded`: the text folded (extractor.text.fold keeps its offsets)."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for pattern, place_id in _NAMED_AFTER_A_PLACE_WORD.items():
        for match in pattern.finditer(folded):
            start, end = match.span()
            if (_PLACE_WORD_BEFORE.search(folded, max(0, start - 12), start)
                    and not any(a < end and start < b for a, b in taken)):
                found.append(PlaceMention(start, end, text[start:end], gazetteer.get(place_id)))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def in_their_towns(mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
    """A name several towns give a square or a quarter ("Martyrs' Square", "ساحة الشهداء") read
    as the one in the town named beside it ("in the heart of Zawiya"), else in the town named
    last before it in its paragraph (a brief's "Tripoli –"), else in the town the article names
    most; a town of that name is read as the town unless it lies far from the town beside it."""
    towns = [m for m in mentions if m.place.kind in ("city", "town") and not m.place.is_foreign]
    if not towns:
        return mentions
    counts = Counter(m.place.admin1 for m in towns)
    out = []
    for mention in mentions:
        readings = (mention.place, *mention.candidates)
        if mention.candidates and len({p.admin1 for p in readings}) > 1:
            paragraph_start = text.rfind("\n\n", 0, mention.start) + 1  # 0 in the first paragraph
            paragraph_end = text.find("\n\n", mention.end)
            if paragraph_end < 0:
                paragraph_end = len(text)  # the last paragraph
            # "Zawiya, à une cinquantaine de kilomètres à l'ouest de Tripoli": a landmark, not the town
            paragraph = [t for t in towns if paragraph_start <= t.start and t.end <= paragraph_end
                         and not _is_landmark(text, t) and t is not mention]  # (a town's name is not its own town)
            near = [t for t in paragraph
                    if abs(t.start - mention.end) <= TOWN_REACH or abs(mention.start - t.end) <= TOWN_REACH]
            beside = min(near, key=lambda t: min(abs(t.start - mention.end), abs(mention.start - t.end)), default=None)
            if beside is None:
                beside = max((t for t in paragraph if t.start < mention.start), key=lambda t: t.start, default=None)
            wanted = beside.place.admin1 if beside is not None else counts.most_common(1)[0][0]
            chosen = next((p for p in readings if p.admin1 == wanted), None)
            if (beside is not None and mention.place.kind in ("city", "town")
                    and distance_km((mention.place.latitude, mention.place.longitude),
                                    (beside.place.latitude, beside.place.longitude)) <= TOWN_APART_KM):
                chosen = None  # a town near the town beside it is itself ("Az-Zahra", beside Tripoli)
            if chosen is not None and chosen != mention.place:
                mention = replace(mention, place=chosen, candidates=tuple(p for p in readings if p != chosen))
        out.append(mention)
    return out


def free_mentions(mentions: list[PlaceMention], actor_spans: list[tuple[int, int]]) -> list[PlaceMention]:
    """The mentions that are not part of an actor's name."""
    if not actor_spans:
        return list(mentions)
    return [
        m for m in mentions
        if not any(start <= m.start and m.end <= end for start, end in actor_spans)
    ]


def main_place(mentions: list[PlaceMention], *, dateline: list[PlaceMention] | None = None) -> Place | None:
    """The most mentioned Libyan town or site (first mentioned on a tie), else any Libyan place.
    The place the story opens on counts twice; the town of its `dateline` (see
    dateline_mentions) is where it was filed, not where it opens."""
    libyan = [m for m in mentions if not m.place.is_foreign]
    if not libyan:
        return None
    sites = [m for m in libyan if is_site(m.place)] or libyan
    counts = Counter(m.place.place_id for m in sites)
    opening = next((m for m in sites if m not in (dateline or ())), sites[0])
    counts[opening.place.place_id] += 1
    sites = [m.place for m in sites]
    best = max(counts.values())
    return next(p for p in sites if counts[p.place_id] == best)


# between a town a force came from and the next one listed: "venus d'Ajdabiya et de Jalo"
_AND_FROM = re.compile(r"\s*(?:,|\bet|\band|\bor|\bou)\s+(?:(?:from|de|du|des|d')\s*)?(?:the |la |le |l')?$")


def with_those_listed_after(places: list[PlaceMention], first: Callable[[PlaceMention], bool],
                            joined: Callable[[PlaceMention, PlaceMention], bool]) -> list[PlaceMention]:
    """The places `first` picks, each followed by the places listed after it (`joined`: whether
    the second place of a pair stands in a list after the first)."""
    chain: list[PlaceMention] = []
    for mention in places:
        if first(mention) or chain and joined(chain[-1], mention):
            chain.append(mention)
    return chain


def choose_place(
    *,
    governed: PlaceMention | None,
    sentence_mentions: list[PlaceMention],
    trigger_start: int,
    folded_text: str,
    article_place: Place | None,
) -> PlaceChoice | None:
    """Where an event happened, by the rules of this module (None: nowhere known)."""
    home = [m for m in sentence_mentions if not m.place.is_foreign]
    if (home and article_place is not None and _THE_TOWN.search(folded_text, trigger_start, trigger_start + THE_TOWN_REACH)
            and all(m.place.place_id != article_place.place_id and _whose_town(folded_text, m) for m in home)):
        # "Misrata's brigades took the town": the article's town, not the force's
        return PlaceChoice(None, article_place, 3, "article")
    if governed is not None and not is_site(governed.place) and any(
            is_site(m.place) and not m.place.is_foreign for m in sentence_mentions):
        # "the terminals of eastern Libya, Es Sider among them": the site, not the country
        governed = None
    if governed is not None and _said_before(_DIRECTION, folded_text, governed):
        sites = [m for m in sentence_mentions if m is not governed and is_site(m.place)
                 and not m.place.is_foreign and _said_before(_LOCATED, folded_text, m)]
        if sites:
            governed = min(sites, key=lambda m: abs(m.start - trigger_start))
    if governed is not None and (_said_before(_CAME_FROM, folded_text, governed)
                                 or _said_before(_TOOK_OFF, folded_text, governed)):
        governed = None  # (the parse may hang the town a force came from on the verb of its fight)
    if governed is not None and governed.place.kind in ("city", "town") and (inner := next((
            m for m in sentence_mentions if m.start > trigger_start and not m.place.is_foreign
            and m.place.kind in ("facility", "neighbourhood") and 0 <= m.start - trigger_start <= INNER_SITE_REACH
            and not _said_before(_DIRECTION, folded_text, m) and not _said_before(_CAME_FROM, folded_text, m)
            # (named as the town's own: "Tripoli's international airport", "l'aéroport de Tripoli")
            and fold(governed.surface) in folded_text[m.start:m.end]
            and distance_km((m.place.latitude, m.place.longitude),
                            (governed.place.latitude, governed.place.longitude)) <= SITE_OF_TOWN_KM), None)):
        # "In Tripoli, rival militias fought for control of Tripoli's international airport": the site
        # named as the town's own, which the act was aimed at, more precise than the town
        governed = inner
    if governed is not None:
        precision = 2 if is_near(folded_text, governed) else (1 if is_site(governed.place) else 3)
        return PlaceChoice(governed, governed.place, precision, "governed")
    libyan = [m for m in sentence_mentions if not m.place.is_foreign and not is_source_seat(folded_text, m)]
    # "in al-Bayda, some 200 km east of Benghazi": a town named by its bearing from another is
    # where it happened, the other only a landmark
    libyan = [m for m in libyan if not _said_before(_DIRECTION, folded_text, m)] or libyan
    # "The attackers, who had advanced from the Jufra area", "des combattants partis de Nalout":
    # where a force came from is not where it fought
    came_from = with_those_listed_after(  # ("des notables venus d'Ajdabiya et de Jalo")
        sentence_mentions, lambda m: _said_before(_CAME_FROM, folded_text, m),
        lambda last, m: bool(_AND_FROM.fullmatch(folded_text, last.end, m.start)))
    libyan = [m for m in libyan if m not in came_from]
    libyan = [m for m in libyan if not _said_before(_TOOK_OFF, folded_text, m)] or libyan
    libyan = [m for m in libyan if not _whose_town(folded_text, m)] or libyan
    if article_place is not None and libyan and all(_said_before(_DISTANCE, folded_text, m) for m in libyan):
        # "cette ville côtière située à 70 kilomètres à l'ouest de Tripoli": a landmark at a
        # distance; the town meant is the article's
        libyan = []
    if libyan:
        # the most precise place first, then the nearest to the trigger
        best = min(libyan, key=lambda m: (not is_site(m.place), abs(m.start - trigger_start)))
        quarter = next((q for q in libyan if q.place.kind in _WITHIN_A_TOWN and best.place.kind in ("city", "town")
                        and (0 <= best.start - q.end <= 25 and _IN_TOWN.fullmatch(folded_text, q.end, best.start)
                             # "داخل حي الجيزة البحرية، آخر معاقل التنظيم في مدينة سرت": the town in an aside
                             or 0 <= best.start - q.end <= ASIDE_REACH and _COMMA_AFTER.match(folded_text, q.end)
                             and distance_km((q.place.latitude, q.place.longitude),
                                             (best.place.latitude, best.place.longitude)) <= QUARTER_KM)), None)
        if quarter is not None:
            best = quarter  # "في منطقة غرغور بالعاصمة طرابلس", "in Gargaresh, in western Tripoli": the quarter
        if is_near(folded_text, best):
            precision = 2
        else:
            precision = 1 if is_site(best.place) else 3
        return PlaceChoice(best, best.place, precision, "sentence")
    if article_place is not None:
        return PlaceChoice(None, article_place, 2 if is_site(article_place) else 3, "article")
    return None
