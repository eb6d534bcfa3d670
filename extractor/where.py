"""Where an event happened, worked out from the sentence that tells it.

`event_place(trigger, ...)` decides which of the sentence's place mentions is the event's own
before extractor.toponyms.choose_place ranks what is left: the place the trigger governs in the
parse ("à Syrte", "in Tarhuna"), the place "where" refers to ("Tajoura, on the edge of the
capital, where ..."), in Arabic the place named just after the verb; for a statement or a
meeting, the town where it was made or held ("a statement issued in Tunis", "meeting in Cairo",
"who was visiting Tripoli"), not a meeting that only dates something ("on the eve of the summit in
Berlin"); else the country as a whole for a statement or a total over a period. A foreign voice's
words are never placed at the Libyan town they speak of ("UNSMIL condemned the shelling of Abu
Salim" is at Libya: docs/ANNOTATION.md). A foreign voice's verb of speech by the town abroad it
names ("told reporters in Washington") is a statement made there (`spoken_abroad`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from events.model import VIOLENT_TYPES
from extractor.events import Trigger
from extractor.roles import governs, through_subject, token_at
from extractor.sentences import Sentence
from extractor.text import arabic_folded, fold
from extractor.toponyms import PlaceChoice, choose_place, is_site
from gazetteer import Place, PlaceMention

# what is said, agreed or decided, which may concern the whole country
_SAID_OR_AGREED = frozenset({"Other", "Agreement", "Change to group/activity"})
# a meeting named: the sentence may tell where it was held
_MEETING = re.compile(arabic_folded(
    r"\b(?:conference|summit|talks|meeting|sommet|pourparlers|reunion|forum|rounds? of dialogue)\b"
    r"|مؤتمر|محادثات|اجتماع|قمه|جولات الحوار|جوله الحوار|جوله من الحوار"))
# "Tajoura, on the eastern edge of the capital, where", "à Syrte, où", "في سرت، حيث"
_WHERE_AFTER = re.compile(r"(?:,[^,.;:!?\n]{0,60})?,?\s*(?:where|où|حيث)(?!\w)", re.IGNORECASE)
# people crossing a border: "ont franchi", "crossed", "entered", "عبر"
_CROSSED = re.compile(arabic_folded(r"(?:\w+ )?(?:franchi|crossed|entered|(?:[\w-]+ ){0,2}?entree?s? en \w+)|عبر|عبروا|عبرت"))
# the verb of fighting spread to a place: "se sont étendus mardi à", "spread on Tuesday to", "وامتدت"
_SPREAD_VERB = re.compile(arabic_folded(
    r"(?:(?:se sont|s'est|s'etaient|s'etait) etendue?s?|(?:\w+ )?spread(?: [\w-]+){0,3}? (?:to|into)|وامتدت|امتدت)"))
SPREAD_REACH = 60  # characters from that verb to the place the fighting spread to
_IN_WORDS = r"\bin |\ba |\bau |\ben |في |(?<!\w)ب"  # "in Geneva", "à Berlin", "au Caire", "في جنيف", "بجنيف"
_IN_BEFORE = re.compile(rf"(?:{_IN_WORDS})$")
_FROM_BEFORE = re.compile(r"(?<!\w)و?من\s+$")
# "From Paris, UNESCO voiced", "Depuis Genève, le HCR", "ومن روما، دعا": the town the words came from
_FROM_OPENING = re.compile(r"(?:\bfrom |\bdepuis |(?<!\w)و?من\s+)$")
# "Meeting in Cairo", "réunis jeudi à Dinard", "اجتمعوا في القاهرة": where the people met
_MET_IN = re.compile(
    r"(?:\b(?:meeting|met|gathered|convened|received|hosted|reunis|reunies|reunion|reunie|a recu|ont recu)\b"
    r"(?:\s+\w+){0,5}?\s+(?:in|at|a|au)|(?:اجتمع\w*|اجتماع\w*|قمه|(?:ال)?مجتمع(?:ون|ين))\s+(?:\S+\s+){0,2}في)"
    # ("المجتمعون في منتجع دوفيل": in the resort of)
    r"\s+(?:(?:منتجع|مدينه|مدينة|العاصمه|العاصمة)\s+)?$")
# the words of a day or a time of day between a statement and where it was made ("publié jeudi
# soir à Tripoli", "صدر اليوم الأحد بطرابلس", "said on Thursday in Tripoli")
_TIME_WORDS = (r"(?:on|late|early|this|last|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
               r"|morning|afternoon|evening|night|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|soiree"
               r"|nuit|hier|apres-midi|meme|le|la|jour|اليوم|امس|مساء|صباح|ليل|ليله|الليله|يوم|فجر|ظهر|الاثنين|الثلاثاء"
               r"|الاربعاء|الخميس|الجمعه|السبت|الاحد)")
# "a statement issued in Tripoli", "un communiqué publié jeudi soir à Tripoli", "une allocution
# prononcée au Caire", "في بيان صدر اليوم الأحد بطرابلس", "في بيان صدر في وقت متأخر من مساء أمس في
# نيويورك", "في مؤتمر صحفي بطرابلس", "في تصريحات أدلى بها في طرابلس", "في بيان صادر عن مقرها في
# طرابلس", "in a statement issued from its Tripoli headquarters": where a statement was made
_ISSUED_IN = re.compile(arabic_folded(
    r"(?:\b(?:statement|communique|declaration|press conference|news conference|speech|address|allocution|discours|conference de presse)"
    rf"\s+(?:\w+\s+){{0,2}}?(?:(?:issued|released|published|given|held|delivered|publie|diffuse|donnee|tenue|prononcee?)\s+)?"
    rf"(?:{_TIME_WORDS}\s+){{0,3}}(?:in|at|a|au|from|depuis)\s+(?:its\s+|their\s+)?"
    rf"|(?:بيان|مؤتمر صحفي|كلمه|خطاب|تصريحات|تصريح)\s+(?:(?:صدر|صادر|اصدرته|اصدره|ادلي|ادلت|بها|له|لها|{_TIME_WORDS}|في وقت (?:متاخر|مبكر)(?: من)?)\s+){{0,5}}"
    r"(?:(?:من|عن)\s+مقر(?:ها|ه)?(?:\s+\S+)?\s+)?(?:(?:في|من)\s+|ب))$"
    # "the UN special envoy said in Tunis", "a déclaré à Tunis", "depuis New York"
    r"|\b(?:said|told reporters|speaking|declared|a declare|a dit|a affirme|a indique)\s+(?:in|at|a|from)\s+$|\bdepuis\s+$"
    # "released from its headquarters in Stuttgart", "depuis son quartier général de Stuttgart", "من مقرها في شتوتغارت"
    r"|\b(?:from (?:its|their|his|her)|depuis (?:son|leur|sa))\s+(?:headquarters|offices?|seat|base|quartier general|siege)"
    r"\s+(?:in|at|de|d'|a|au)\s*$"
    r"|(?<!\w)من\s+مقر(?:ها|ه|هم)?(?:\s+\S+)?\s+(?:في\s+|ب)$"))
# "who was visiting Tripoli", "en visite à Benghazi", "خلال زيارته إلى طرابلس", "speaking from its
# offices in Tripoli", "s'est déclarée mardi à Tripoli « préoccupée »": a foreign voice there
_THERE_BEFORE = re.compile(arabic_folded(
    r"\b(?:visiting|visited|(?:a |his |her |their )?visit to|(?:en|la|sa|leur|lors de sa|lors de leur) visite (?:a|au))\s+$"
    rf"|\b(?:a|ont|avait|avaient) visite(?:\s+{_TIME_WORDS})*\s+$"
    # "met Fayez al-Serraj in Tripoli", "ont rencontré samedi à Tripoli", "خلال زيارته طرابلس",
    # "في تصريح أدلى به من طرابلس": where a foreign voice met someone or spoke from
    r"|\b(?:met|meeting|held talks|a rencontre|ont rencontre|s'est entretenue?|se sont entretenus)\b[^.;]{0,50}?\b(?:in|a)\s+$"
    r"|(?<!\w)(?:خلال|اثناء) (?:زيارته|زيارتها|زيارتهم)\s+(?:الي\s+)?$"
    r"|(?<!\w)(?:ادلي|ادلت) (?:\S+\s+){0,2}?من\s+$"
    r"|(?<!\w)[وف]?(?:وصل|وصلت|وصلوا)\s+(?:\S+\s+){0,12}?الي\s+(?:مدينه\s+)?$"
    r"|(?<!\w)[وف]?(?:زار|زارت|يزور|تزور|يزورون)\s+(?:\S+\s+){0,4}?(?:مدينه\s+)?$"
    r"|\b(?:speaking|spoke|said|writing) from (?:its|his|her|their) (?:offices?|headquarters|seat) in\s+$"
    rf"|(?:s'est|se sont) (?:declaree?s?|dite?s?)(?:\s+{_TIME_WORDS})*\s+(?:a|au)\s+$"
    r"|زيار(?:ة|ته|تها)\s+(?:\S+\s+){0,2}?(?:الي\s+|ل)$"
    # "أعربت البعثة أمس، من مقرها في طرابلس، عن قلقها": the voice spoke from its seat there
    r"|(?:من|عن)\s+مقر(?:ها|ه)\s+(?:في\s+|ب)$"))
# a foreign voice's verb, a day perhaps, then the Libyan town it spoke in: "a salué lundi à Tripoli",
# "s'est déclarée à Tripoli", "said on Thursday in Tripoli"
_SAID_AT = re.compile(rf"(?:\s+{_TIME_WORDS})*\s*,?\s+(?:in|at|a|au|from|depuis|to|into)\s+")
SAID_AT_REACH = 30  # characters from that verb to the town
_BASED_BEFORE = re.compile(r"\b(?:based|basee?s?|installee?s?) (?:in|a|au)\s+$")
# "the UN mission, which now works from Tunis, urged", "basée à Tunis": the town abroad a voice speaks from
_WORKS_FROM = re.compile(
    r"\b(?:work(?:s|ed|ing)?|operat(?:e|es|ed|ing)|opere(?:nt)?|based|basee?s?|installee?s?|travaill(?:e|ent|ait)|siege|siegeant)"
    r"(?: [\w-]+){0,2}? (?:from|in|a|au|depuis) $")
# Arabic verbs of what a voice said ("وقالت", "أكد"): of _SPEECH, and of _SPEECH_FIRST before its subject
_AR_SAID = "قال|قالت|أكد|أكدت|أعلن|أعلنت|أوضح|أوضحت|صرح|صرحت|شدد|شددت"
# what a voice said or its body decided: "told reporters", "a indiqué", "adopted", "وأكدت", "أصدرت"
_SPEECH = re.compile(arabic_folded(
    r"\b(?:said|says|told|speaking|stated|declared|announced|confirmed|pledged|stressed|insisted|reiterated"
    r"|agreed|adopted|approved|issued|decided|repeated|reaffirmed|explained|warned|demanded|requested|met|accused"
    r"|revealed|praised|hailed|described|paid tribute"
    r"|(?:a|ont|avait|avaient) (?:\w+ )?(?:indique|declare|affirme|annonce|assure|confirme|souligne|dit|estime|adopte"
    r"|approuve|decrete|plaide|revele|accuse|pris ses distances"
    r"|emis|decide|juge|reagi|reconnu|demande|repete|reaffirme|reclame|rappele|explique|precise|averti|refuse|promis"
    r"|fait savoir|salue|decrit|rendu hommage))\b"
    rf"|(?<!\w)[وف]?(?:{_AR_SAID}|أفاد|أفادت|رد|ردت|حذر|حذرت|اتهم|اتهمت"
    r"|تبنى|تبنت|اعتمد|اعتمدت|أصدر|أصدرت|تعهد|تعهدت|تعهدوا|قرر|قررت|أدلى|أدلت|مؤكدا|مؤكدة|قائلا|قائلة|التقى|التقت"
    r"|أشاد|أشادت|وصف|وصفت)(?!\w)"))
# "said in Geneva", "a indiqué depuis Moscou", "spoke from Washington", "في جنيف": where the words were spoken
_SPOKEN_IN_BEFORE = re.compile(rf"(?:{_IN_WORDS}|\bfrom |\bdepuis |(?<!\w)و?من )$")
# "depuis son siège de Stuttgart", "from its headquarters in Naples": the seat it spoke from
_HQ_BEFORE = re.compile(r"\b(?:depuis|from|at) (?:son|sa|its|their|leur|le|the) (?:[\w-]+ )?"
                        r"(?:siege|quartier general|headquarters|base|bureau|offices?) (?:de |d'|du |in |a |au )$")
MET_BEFORE_REACH = 30  # characters from the town abroad people met in to the verb of what they said there
SPEECH_REACH = 40  # characters from a verb of speech to the town abroad named after it ("said in Geneva")
AR_FROM_REACH = 20  # characters from an Arabic speaker's "من <town>" to the words spoken there after it
AR_SPEECH_REACH = 60  # in Arabic the speaker stands between ("قال متحدث باسم وزارة الدفاع الأميركية في واشنطن")
OPENING_REACH = 30  # characters from a sentence's start to a town abroad that opens it ("In Washington, ...")
# "In Washington, ...", "In Geneva on Thursday, ...", "In Washington the same day, ...", "وفي جنيف أمس،",
# not "A diplomat based in Tunis said"
_OPENING_COMMA = re.compile(r"(?:\s+[\w'-]+){0,3}\s*[,،]")
# the words that open a sentence on the front a town names ("Near", "Sur le front de", "West of", "وقرب")
_FRAME_BEFORE = re.compile(arabic_folded(
    r"\s*(?:(?:near|around|outside|pres de|autour de|aux abords de|on the (?:[\w-]+ )?front (?:of|near)|"
    r"sur le front (?:de|d'|du)|(?:on|sur) l'axe (?:de|d')|"
    r"(?:(?:further|farther|plus) )?(?:south|north|east|west|south-east|south-west|north-east|north-west) of|"
    r"a l'(?:est|ouest) de|au (?:sud|nord)(?:-(?:est|ouest))? de)\s+(?:the |la |le |l')?"
    r"|[وف]?(?:قرب|بالقرب من|على جبهة|في محيط|على محور|جنوب|شمال|شرق|غرب)\s+(?:مدينة\s+)?)"))
OPENED_REACH = 90  # and from that town to the verb its speaker says ("À Genève, le Haut-Commissariat ... a indiqué")
# a meeting or an event used as a time anchor: "on the eve of the summit", "à la veille de la conférence"
ANCHOR_BEFORE = re.compile(
    r"(?:on the eve of|ahead of|in the run-up to|a la veille d[eu']|en marge d[eu'])\s*(?:the |le |la |l'|des |un |une )?$"
    # "ويأتي الحادث بعد أسابيع من خطف": the earlier kidnapping dates this one
    r"|(?<!\w)[وف]?(?:ياتي|تاتي|جاء|جاءت)\s+(?:\S+\s+){0,2}بعد\s+(?:\S+\s+){0,2}(?:من\s+)?$"
    # "the attack came days after a UN-brokered truce": the truce dates the attack
    r"|(?:came|comes|occurred|intervient|survient|est survenue?)\s+(?:[\w-]+\s+){0,2}(?:after|apres)\s+"
    r"(?:the |a |an |l'|la |le |les |un |une )?(?:[\w-]+\s+){0,2}$"
)
# "على بلدة", "في مدينة", "إلى حي": the words that put the place after an Arabic verb
_AR_PLACE_AFTER = re.compile(r"(?<!\w)(?:علي|في|الي|ب|داخل|قرب|بالقرب من)\s*(?:(?:مدينه|بلده|حي|منطقه|قاعده|مطار|ميناء|محور|جبهه)\s+)?$")
AR_OBJECT_REACH = 40  # characters between an Arabic verb and the place it acts on
AR_SPEAKER_REACH = 60  # characters between an Arabic verb of speech and the town abroad its speaker spoke in
_LIBYA_NAMED = re.compile(r"\b(?:libye|libya)\b|ليبيا")
# "the UN Support Mission in Libya", "منسقة الشؤون الإنسانية للأمم المتحدة في ليبيا", "TRIPOLI (Libye) -":
# Libya named in a mission's title or a dateline, not as the place of anything
_LIBYA_IN_A_TITLE = re.compile(arabic_folded(
    r"(?:\(\s*|(?:mission|nations unies|united nations|support|coordinat\w*|envoy|envoye|representa\w*|embass\w*|"
    r"ambassad\w*|advis[eo]r|conseill\w*|bureau|office|بعثه|للدعم|منسق\w*|سفاره|السفاره|سفير|مبعوث|الامم المتحده|"
    r"للامم المتحده)(?:\s+\S+){0,3}?\s+(?:in|for|to|on|en|pour|sur|aupres de|في|لدى|الى|حول|بشان)\s+)$"))


@lru_cache(maxsize=4)
def _libya_named(folded: str) -> bool:
    """Whether the article names Libya as a place (not in a title or a dateline); asked once per
    event, worked out once per article."""
    return any(not _LIBYA_IN_A_TITLE.search(folded, max(0, m.start() - 60), m.start())
               for m in _LIBYA_NAMED.finditer(folded))



def _met_at(folded: str, start: int) -> bool:
    """Whether the place at `start` is where people met ("meeting in Cairo"), not a meeting
    used to date something else ("on the eve of the meeting in Berlin")."""
    met = _MET_IN.search(folded, max(0, start - 40), start)
    return met is not None and not ANCHOR_BEFORE.search(folded, max(0, met.start() - 30), met.start())


def event_place(
    trigger: Trigger, trigger_token, sentence: Sentence, places: list[PlaceMention], *, text: str, folded: str,
    language: str, is_period: bool, article_place: Place | None, libya: Place | None,
    abroad: PlaceMention | None = None, foreign_words: bool = False, local_sides: bool = False,
) -> PlaceChoice | None:
    """The place of the event `trigger` reports, among the sentence's `places` (`abroad`: the
    article's meeting place abroad named before; `foreign_words`: the event is a foreign voice's
    statement, placed where it was made, else at Libya, never at the Libyan town it speaks of;
    `local_sides`: no side of the event is a camp or a foreign one, as in a truce of two tribes)."""
    if trigger.sub_event_type == "Other" and SECOND_VOICE.search(folded, sentence.start, sentence.end):
        # two voices in one sentence ("a statement issued in Cairo, while Borrell said in
        # Brussels"): each spoke where its own clause says
        before = [m.end() for m in SECOND_VOICE.finditer(folded, sentence.start, trigger.start)]
        after = SECOND_VOICE.search(folded, trigger.end, sentence.end)
        low, high = (before[-1] if before else sentence.start), (after.start() if after else sentence.end)
        places = [m for m in places if low <= m.start < high]
    # "Leon, who hopes to bring both camps to talks in Geneva, said on Sunday": what the aside tells
    # of the voice is neither where it spoke nor a meeting
    asides = ([m.span() for m in _WHO_ASIDE_ANYWHERE.finditer(folded, sentence.start, trigger.start)]
              if is_speech(trigger) else [])
    places = [m for m in places if not any(a <= m.start < b for a, b in asides)
              or _WORKS_FROM.search(folded, max(0, m.start - 40), m.start)]  # (not ", qui opère depuis Tunis,")
    governed = None
    if trigger_token is not None:
        candidates = []
        for mention in places:
            token = token_at(sentence.span, mention.start, mention.end)
            if token is not None and governs(trigger_token, token, 2 if mention.place.is_foreign else 4):
                if mention.place.is_foreign and trigger.event_type in VIOLENT_TYPES:
                    continue
                candidates.append((mention, token))
        # ("Deux journalistes de Misrata ont été enlevés aux abords de Bani Walid": the town that
        # names who the subject is yields to the town where the act happened)
        governed = next((m for m, token in candidates if not through_subject(trigger_token, token)),
                        candidates[0][0] if candidates else None)
    if trigger.event_type in VIOLENT_TYPES and (where := next(
            (m for m in places if not m.place.is_foreign and (found := _WHERE_AFTER.match(text, m.end))
             and found.end() <= trigger.start), None)):
        # "spread to Tajoura, on the edge of the capital, where local fighters clashed with a
        # convoy trying to enter Tripoli": the place "where" refers to
        governed = where
    if is_spread(trigger):
        # "se sont étendus mardi à Khallet al-Forjan": where the fighting spread to
        governed = next((m for m in places if not m.place.is_foreign and 0 <= m.start - trigger.end <= SPREAD_REACH),
                        governed)
    if governed is None and language == "ar" and trigger.event_type in VIOLENT_TYPES:
        # no parse for Arabic: "أحكموا سيطرتهم على بلدة تاورغاء", "قصفت ... أحياء في سرت": the
        # place named just after the verb and its object, not the one its subject came from
        governed = next((m for m in places if 0 <= m.start - trigger.end <= AR_OBJECT_REACH
                         and _AR_PLACE_AFTER.search(folded, max(0, m.start - 14), m.start)
                         and not m.place.is_foreign), None)
    if trigger.event_type in VIOLENT_TYPES and (frame := next((m for m in places if _frames(m, folded, sentence)), None)):
        # "Près de Misrata, les combats se sont déplacés vers Dafniya", "West of Tripoli, fighters
        # took the Zawiya refinery": the town opening the sentence frames the front; the place
        # named after it is where the event happened
        within_frame = [m for m in places if m.start > frame.end and not m.place.is_foreign]
        if within_frame and (governed is None or governed is frame):
            governed = min(within_frame, key=lambda m: abs(m.start - trigger.start))
    fallback_place = article_place
    crossing = is_crossing(trigger)
    if crossing:
        # "crossed from Libya into Tunisia": the crossing point, not the country left
        places = [m for m in places if m.place.kind != "country"]
        governed = governed if governed in places else None
    if (trigger.sub_event_type in _SAID_OR_AGREED or is_period) and libya and not crossing and not (
            # "a truce was agreed between the two communities": a truce of local sides is the town's
            local_sides and trigger.sub_event_type == "Agreement" and article_place is not None
            and article_place.kind in ("city", "town")):
        # the country as a whole, unless the article names only one site in Libya and never the
        # country: a statement about the Tajoura centre is placed at Tajoura (an arrest, a looting,
        # a town handed over happened somewhere: the article's place)
        if article_place is None or _libya_named(folded):
            fallback_place = libya
    is_meeting = any(not ANCHOR_BEFORE.search(folded, max(0, m.start() - 30), m.start())
                     and not any(a <= m.start() < b for a, b in asides)
                     for m in _MEETING.finditer(folded, sentence.start, sentence.end))
    towns_abroad = [m for m in places if m.place.is_foreign and m.place.kind != "country"
                    and trigger.event_type == "Strategic developments"]  # only their place abroad
    # "in Geneva", "à Berlin", "في جنيف": a town abroad named as where
    town_in = next((m for m in towns_abroad if _IN_BEFORE.search(folded, max(0, m.start - 6), m.start)
                    or _WORKS_FROM.search(folded, max(0, m.start - 40), m.start)
                    # "دعا الرئيس المصري ... يوم السبت من القاهرة": the Arabic speaker spoke from there
                    or language == "ar" and (0 <= m.start - trigger.end <= AR_SPEAKER_REACH
                                             # "أبدت المحكمة الجنائية الدولية من لاهاي، الخميس، قلقها"
                                             or 0 <= trigger.start - m.end <= AR_FROM_REACH)
                    and _FROM_BEFORE.search(folded, max(0, m.start - 6), m.start)), None)
    met_abroad = next((m for m in towns_abroad if _met_at(folded, m.start)), None)
    # "Kobler condemned the Zliten bombing on Thursday from Tunis", "Guterres welcomed the agreement
    # in New York later on Friday": a town abroad named after the voice's verb, in its clause
    said_after = next((m for m in towns_abroad if 0 <= m.start - trigger.end <= SAID_AFTER_REACH
                       and _SPOKEN_IN_BEFORE.search(folded, max(0, m.start - 8), m.start)
                       and not _CLAUSE_BREAK.search(folded, trigger.end, m.start)), None)
    # "À Paris, le Quai d'Orsay a salué ..., et l'UE a fait savoir depuis Bruxelles": the town
    # opening the sentence is where its first voice spoke, not the one a later verb names
    opening = next((m for m in towns_abroad if _opens(m, folded, sentence) and m.end <= trigger.start
                    and (_IN_BEFORE.search(folded, max(0, m.start - 6), m.start)
                         or _FROM_OPENING.search(folded, max(0, m.start - 8), m.start))), None)
    said_where = True  # the branches below that find where words were said or people met
    if trigger.event_type == "Strategic developments" and met_abroad is not None:
        governed = met_abroad  # what was said or decided there happened there
    elif trigger.sub_event_type == "Other" and opening is not None:
        governed = opening
    elif trigger.sub_event_type == "Other" and (
            issued_in := next((m for m in places if _ISSUED_IN.search(folded, max(0, m.start - 50), m.start)), None)):
        governed = issued_in  # a statement is where it was made
    elif trigger.sub_event_type == "Other" and _SPEECH.fullmatch(folded, trigger.start, trigger.end) and (
            spoken_in := _spoken_in(trigger.start, trigger.end, places, folded, sentence, language)):
        governed = spoken_in  # "told the Security Council in New York"
    elif (trigger.sub_event_type == "Other" and town_in is not None
          and (town_in.start < trigger.start or language == "ar" and town_in.start - trigger.end <= AR_SPEAKER_REACH)
          and (governed is None or not governed.place.is_foreign)):
        # "À Tunis, le ministère ... a convoqué l'ambassadeur", "In Bucharest, the ministry condemned
        # the kidnapping at Sharara": said there, whatever it was about; in Arabic the verb comes
        # first ("دعت وزارة الخارجية الأمريكية في واشنطن")
        governed = town_in
    elif (trigger.sub_event_type == "Other" and said_after is not None and language != "ar"
          and (governed is None or not governed.place.is_foreign)):
        governed = said_after
    elif trigger.event_type == "Strategic developments" and (
            met_home := next((m for m in places if not m.place.is_foreign and _met_at(folded, m.start)), None)):
        governed = met_home  # "agreed to a ceasefire at a meeting in Zawiya"
    elif trigger.event_type == "Strategic developments" and (
            trigger.sub_event_type == "Agreement" or _MEETING.search(fold(trigger.text))):
        # "ont signé jeudi à Skhirat, au Maroc": a town abroad named with "à"/"in" is where it happened
        if town_in is not None and (governed is None or not governed.place.is_foreign):
            governed = town_in
        else:
            said_where = False
    else:
        said_where = False
    if foreign_words and not is_meeting and not (said_where and governed is not None
                                                 and governed.place.kind != "country"):
        # "UNSMIL condemned the shelling of Tripoli", "the US embassy in Tripoli said": words
        # whose place the article does not tell were said in Libya as a whole, not in the town
        # they speak of nor in the seat of the body ("issued in Tunisia" tells no town either)
        home = next((m for m in places if not m.place.is_foreign and is_site(m.place) and (
            # "In Tripoli, the UN mission said": a Libyan town opening the sentence, before the words
            _opens(m, folded, sentence) and 0 <= trigger.start - m.end <= OPENED_REACH
            and _IN_BEFORE.search(folded, max(0, m.start - 6), m.start)
            or _THERE_BEFORE.search(folded, max(0, m.start - 90), m.start)
            or 0 <= m.start - trigger.end <= SAID_AT_REACH and _SAID_AT.fullmatch(folded, trigger.end, m.start))), None)
        if home is not None:
            governed = home  # said where the article tells the voice was
        else:
            places = [m for m in places if m.place.is_foreign]
            governed = governed if governed in places else None
            fallback_place = libya or fallback_place
    if governed is None and trigger.event_type == "Strategic developments" and (
        is_meeting or trigger.sub_event_type == "Agreement"
    ):
        # a meeting or a signature abroad, unless the sentence names a site in Libya
        governed = town_in
        if governed is not None and any(not m.place.is_foreign and is_site(m.place) for m in places):
            governed = None
        if (governed is None and not places and is_meeting and abroad is not None and abroad.start < trigger.start
                and trigger.sub_event_type in ("Other", "Agreement")):
            # "the chancellor, who hosted the conference, ...": the article's meeting place, named
            # before (not "detained at the end of a meeting with Saif al-Islam": an arrest)
            governed = abroad
    return choose_place(
        governed=governed, sentence_mentions=places, trigger_start=trigger.start,
        folded_text=folded, article_place=fallback_place,
    )


def is_crossing(trigger: Trigger) -> bool:
    """Whether the trigger tells people crossing a border ("ont franchi le poste", "crossed from
    Libya", "عبر ... منفذ"): a displacement (Strategic developments/Other)."""
    return trigger.sub_event_type == "Other" and bool(_CROSSED.fullmatch(fold(trigger.text)))


# a visit: "arrived in", "s'est rendu à", "وصلت إلى", "زار" (of a foreign voice only, as its words)
_VISIT = re.compile(arabic_folded(
    r"arrived|visited|flew(?: on| east| west)?|(?:paid|made) (?:a |an )?(?:[\w-]+ )?visit to"
    r"|(?:est|sont|etait|etaient) arrivee?s?|(?:s'est|se sont|s'etait|s'etaient) rendue?s?"
    r"|(?:a|ont|avait|avaient) visite|(?:la|sa|leur) visite (?:a|au)"
    r"|[وف]?(?:وصل|وصلت|وصلوا|زار|زارت)"))


def is_visit(trigger: Trigger) -> bool:
    """Whether the trigger is a visit ("arrived in Tripoli", "s'est rendu à Benghazi", "زار")."""
    return bool(_VISIT.fullmatch(fold(trigger.text)))


def is_speech(trigger: Trigger) -> bool:
    """Whether the trigger is a verb of speech alone ("said", "a indiqué", "قال"): a statement
    `spoken_abroad` found by where it was spoken, no word of its own."""
    return bool(_SPEECH.fullmatch(fold(trigger.text)))


def is_spread(trigger: Trigger) -> bool:
    """Whether the trigger is fighting spread to a place ("se sont étendus mardi à", "spread to",
    "وامتدت")."""
    return bool(_SPREAD_VERB.fullmatch(fold(trigger.text)))


def spoken_abroad(sentence: Sentence, text: str, folded: str, places: list[PlaceMention], *,
                  language: str, foreign_first: bool = False) -> list[Trigger]:
    """A statement with no trigger word of its own, told by where it was spoken: a town abroad
    ("told reporters in Washington", "said in Geneva on Thursday", "À Genève, le HCR a indiqué",
    "أكدت وزارة الخارجية الإيطالية في روما"), a meeting abroad ("pledged $1 billion at a meeting of
    the Contact Group in Abu Dhabi") or, when the sentence's first voice is a foreign one
    (`foreign_first`), a Libyan town opening the sentence ("In Benghazi, Britain's foreign
    secretary told"): the verb of speech, as a Strategic development of type Other (whether its
    voice is a foreign one is for the caller to tell). Each verb with a town of its own is one
    ("a statement issued in Cairo, while the EU's foreign policy chief said in Brussels")."""
    found: list[Trigger] = []
    for verb in _SPEECH.finditer(folded, sentence.start, sentence.end):
        if _spoken_in(verb.start(), verb.end(), places, folded, sentence, language,
                      at_home=foreign_first) is not None or any(
                # "pledged $1 billion at a meeting of the Libya Contact Group in Abu Dhabi", "a déclaré
                # al-Sissi dans une allocution télévisée prononcée depuis Le Caire"
                m.place.is_foreign and m.place.kind != "country" and (
                    m.start > verb.end() and (_met_at(folded, m.start) or _ISSUED_IN.search(folded, max(0, m.start - 50), m.start))
                    # "les pays du Groupe de contact, réunis jeudi à Abou Dhabi, ont promis": met there before
                    or 0 <= verb.start() - m.end <= MET_BEFORE_REACH and _met_at(folded, m.start))
                for m in places):
            if found and not SECOND_VOICE.search(folded, found[-1].end, verb.start()):
                continue  # (one voice's words, however many verbs tell them)
            found.append(Trigger(verb.start(), verb.end(), text[verb.start():verb.end()], "Strategic developments", "Other"))
    return found


# what sets a second voice's words apart from the first's in one sentence
SECOND_VOICE = re.compile(arabic_folded(r"\b(?:while|whereas|tandis que|tandis qu'|alors que|alors qu')\b|(?<!\w)[وف]?(?:فيما|بينما)(?!\w)"))


_QUOTE = re.compile(r'["«»“”]')
# an Arabic verb of speech opening its clause, its subject after it ("وقالت بعثة الأمم المتحدة")
_SPEECH_FIRST = re.compile(arabic_folded(
    rf"(?<!\w)[وف]?(?:{_AR_SAID}|حذر|حذرت|رأى|رأت|اعتبر|اعتبرت)(?:\s+\S+){{0,2}}\s*$"))
AR_VERB_REACH = 25  # characters from an Arabic verb of speech to its subject after it
SAID_AFTER_REACH = 45  # characters from a voice's verb to the town abroad it spoke in, named after it
_CLAUSE_BREAK = re.compile(r"[,;:«»\"]|\b(?:and|et|who|which|qui|que|that|after|apres)\b")
# a relative clause between a voice and its verb, set off by commas ("Leon, who hopes to bring both
# camps to talks in Geneva in January, said")
_WHO_ASIDE_ANYWHERE = re.compile(r",\s*(?:who|which|qui|lequel|laquelle)\b[^,;.]{0,120},")
_WHO_ASIDE = re.compile(r"(?:\s+[\w'.-]+){0,3}?" + _WHO_ASIDE_ANYWHERE.pattern)  # (the voice's name may end first)
VOICE_REACH = 60  # characters from a foreign voice to the verb of what it said ("The UN mission in Libya said")
# what a foreign voice's words report, not a position it takes: its own forces' operations, a
# future step, a count of the displaced, what had happened ("said the man had lived in Tunis")
_NOT_A_POSITION = re.compile(arabic_folded(
    r"\b(?:raids?|strikes?|struck|hit|hitting|targets?|targeted|aircraft|jets?|sorties|drones?|killed|killing|destroyed"
    r"|fled|displaced|would|will|could|might|ready to|plans? to|intends? to|had"
    r"|frappes?|vise|detruit|avions?|tues?|deplacees?|rendrait|pourrait|serait|va |vont |compte"
    r")\b|غارة|غارات|ضربة|ضربات|مقتل|نزوح|نازح|(?<!\w)(?:سوف|سيتم)(?!\w)"))


def spoken_by(sentence: Sentence, text: str, folded: str, voice_start: int, voice_end: int) -> Trigger | None:
    """A foreign voice's statement told by no town: the verb of speech just after the voice
    ("The UN mission in Libya said late on Friday that", "L'ONU a jugé") or, in Arabic, just
    before it ("وقالت بعثة الأمم المتحدة إن"), as a Strategic development of type Other; not its
    report of its own operations, of what it will do, of people displaced or of what had happened,
    nor words it quotes from someone else."""
    if _NOT_A_POSITION.search(folded, sentence.start, sentence.end):
        return None
    before = _SPEECH_FIRST.search(folded, max(sentence.start, voice_start - AR_VERB_REACH), voice_start)
    if before is not None:
        return Trigger(before.start(), before.end(), text[before.start():before.end()], "Strategic developments", "Other")
    aside = _WHO_ASIDE.match(folded, voice_end, sentence.end)
    if aside:
        voice_end = aside.end()  # "The UN envoy, who hopes to bring both camps to talks in Geneva, said"
    for verb in _SPEECH.finditer(folded, voice_end, min(sentence.end, voice_end + VOICE_REACH)):
        if _QUOTE.search(folded, voice_end, verb.start()):
            return None  # '"If they cut the road from Tunisia, we are finished," said a teacher': not the voice's
        if aside and verb.group(0) == "met":
            return None  # (after an aside, words: "the envoy, who hopes for talks, met the mayor" is no news)
        if not verb.group(0).startswith("a la "):  # ("à la demande du Conseil présidentiel")
            return Trigger(verb.start(), verb.end(), text[verb.start():verb.end()], "Strategic developments", "Other")
    return None


def _spoken_in(start: int, end: int, places: list[PlaceMention], folded: str, sentence: Sentence,
               language: str, *, at_home: bool = True) -> PlaceMention | None:
    """The town abroad the words at `start`-`end` were spoken in: named with "in"/"à"/"في" just
    after the verb ("said in Geneva", "told the Security Council in New York") or opening the
    sentence before it, set off by a comma ("In Washington, Defense Secretary Gates told"); with
    `at_home`, a Libyan town opening the sentence too ("وفي بنغازي، التقى وزير الخارجية البريطاني")."""
    reach = AR_SPEECH_REACH if language == "ar" else SPEECH_REACH
    for mention in places:
        if not (_SPOKEN_IN_BEFORE.search(folded, max(0, mention.start - 8), mention.start)
                or _HQ_BEFORE.search(folded, max(0, mention.start - 45), mention.start)):
            continue
        opening = _opens(mention, folded, sentence) and 0 <= start - mention.end <= OPENED_REACH
        # ("the foreign ministry in Moscow said", "officials in Washington confirmed": the town just
        # before the verb, not where someone lives: "A Western diplomat based in Tunis said")
        just_before = (0 <= start - mention.end <= 3 and not folded[mention.end:start].strip(" ,")
                       and not _BASED_BEFORE.search(folded, max(0, mention.start - 12), mention.start))
        if mention.place.is_foreign and mention.place.kind != "country" and (
                0 <= mention.start - end <= reach or opening or just_before):
            return mention
        if at_home and not mention.place.is_foreign and is_site(mention.place) and opening:
            return mention  # "وفي بنغازي، التقى وزير الخارجية البريطاني ... مؤكدا": a foreign voice in Libya
    return None


def _frames(mention: PlaceMention, folded: str, sentence: Sentence) -> bool:
    """Whether the place opens the sentence as the front it tells of: "Near Misrata,", "Près de
    Misrata,", "Sur le front de Misrata,", "West of Tripoli,", "وقرب مصراتة،"."""
    return _opens(mention, folded, sentence) and bool(_FRAME_BEFORE.fullmatch(folded, sentence.start, mention.start))


def _opens(mention: PlaceMention, folded: str, sentence: Sentence) -> bool:
    """Whether the place opens the sentence, set off by a comma: "In Washington, ...", "À Paris,
    le Quai d'Orsay", "وفي جنيف أمس،"."""
    return bool(mention.start - sentence.start <= OPENING_REACH and _OPENING_COMMA.match(folded, mention.end))
