"""Articles -> located, dated, attributed events with their evidence.

    for extraction in extract(articles):
        extraction.article, extraction.places, extraction.events

spaCy (extractor.nlp) gives sentences and the dependency parse; everything else is cheap work
per Doc on the folded text: gazetteer places (extractor.toponyms), actors (extractor.factions),
triggers (extractor.events), dates (extractor.dates), figures (extractor.numbers). The sides
the sentence gives are then corrected from the rest of the article (extractor.sides) and from
the fronts of the wars (extractor.fronts); who acted on whom is read by extractor.roles, and
where each event happened by extractor.where.

One event per trigger that survives the non-event cues; its evidence is the sentence. Within an
article, events with the same type, place, date and factions are one event (the later mentions
become `more_evidence`); across the articles of one `extract()` call (processed in windows of
WINDOW articles) the same rule merges an event into the first article's one, with the other
article's evidence and source added, and removes it from the later article's extraction (extractor.merging).
"""
from __future__ import annotations

import multiprocessing
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from events.model import TERRITORY_SUB_EVENT_TYPES, VIOLENT_TYPES, Article, Event, Evidence, make_event_id
from extractor.alliances import allied, armies, as_of, declared_camps, sided
from extractor.dates import DateMention, ResolvedDate, find_dates, resolve_date
from extractor.events import Trigger, TriggerTable, default_triggers
from extractor.factions import (GENERIC_ACTORS, ActorMention, FactionTable, default_factions, islamists_in_their_coalition,
                                local_groups)
from extractor.fronts import front_sides
from extractor.language import detect_language
from extractor.learned_sides import SideModel, default_side_model, inferred_settled, with_learned_sides
from extractor.merging import merge_articles, merge_within
from extractor.nlp import load_nlp
from extractor.numbers import COUNTED_BEFORE, Figure, find_figures
from extractor.roles import (HARMED, SOURCE_WORDS, faction_of, fill_from_neighbours, pick_actors,
                             token_at)
from extractor.sentences import Sentence, split_sentences, within
from extractor.sides import (acled_sides, both_sides, by_unknown_attackers, definite_attackers, era, foreign_target,
                             no_victims, riot_sides, suicide_bomber, WITHDREW, the_fighting, withdrawal_sides)
from extractor.text import arabic_folded, fold
from extractor.toponyms import (PlaceChoice, as_capitals, capitals, dateline, dateline_mentions, free_mentions, in_their_towns,
                                is_site, main_place, named_after_a_place_word, the_capital, with_those_listed_after)
from extractor.victims import security_victims
from extractor.where import (ANCHOR_BEFORE, SECOND_VOICE, SPREAD_REACH, event_place, is_crossing, is_speech, is_spread, is_visit, spoken_abroad,
                             spoken_by)
from gazetteer import Gazetteer, Place, PlaceMention

WINDOW = 1000  # articles processed (and merged across) together
BATCH_SIZE = 32
OBJECT_PLACE_REACH = 50  # characters between a trigger and the place it acts on ("bombed positions in Sirte")
_AT_BEFORE = re.compile(arabic_folded(
    r"(?:\b(?:in|at|on|near|around|into|a|au|aux|dans|sur|pres de|autour de)|(?<!\w)(?:في|على|قرب|داخل|ب))\s*"
    r"(?:(?:the|la|le|l'|les|town of|city of|ville de|localite de)\s*)?$"))
_JOINT = re.compile(arabic_folded(r"[,،;:]|\b(?:and|et)\b|(?<!\w)و(?=\w)"))  # where a clause of its own may begin
SECOND_EVENT_DISTANCE = 120  # characters between two triggers that make two events of a sentence
# a crowd counted: "plus de 15 000 personnes", "thousands of families", "أكثر من عشرة آلاف شخص"
_CROWD = re.compile(arabic_folded(
    r"(?:\d[\d,. ]*|hundreds|thousands|centaines|milliers|dizaines de milliers|tens of thousands|الاف|مئات|عشرات)"
    r"\s+(?:\S+\s+){0,3}?(?:personnes|people|libyens|libyans|families|familles|workers|ouvriers|refugees|refugies|migrants"
    r"|شخص|اشخاص|لاجئ|عامل|عمال|عائل|اسره|اسر|الفارين|الفارون|فارين|النازحين|نازحين)"))
_SEMICOLON = re.compile(r"[;؛]")
# "N days after": an earlier event, told as what the news came after
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "un": 1, "deux": 2,
               "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "يوم": 1, "يومين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5,
               "سته": 6, "سبعه": 7}
_COUNT_WORDS = "|".join(sorted(_DAY_COUNTS, key=len, reverse=True))
# "the day after", "au lendemain de", "غداة": one day after
_ONE_DAY_AFTER = r"(?:the day after|(?:au |le )lendemain (?:de|du|des|d')|غداه)"
_DAYS_AFTER = (rf"(?:(?:{_COUNT_WORDS}|\d)\s+(?:days?|jours?)\s+(?:after|apres)|(?<!\w)بعد\s+(?:{_COUNT_WORDS})(?:\s+ايام)?\s+(?:من|علي)"
               rf"|{_ONE_DAY_AFTER})"
               r"\s*(?:(?:the|a|an|un|une|le|la|les|l')\s+|l')?")
# "..., while ...", "في حين", ", puis", ", then", "..., two days after", a semicolon: a clause of its
# own, however close
_WHILE = re.compile(arabic_folded(r"[,،]\s*(?:while|whereas|tandis que|في حين|بينما|فيما|puis|et puis|then|and then)(?!\w)|")
                    + rf"[,،]\s*{_DAYS_AFTER}|" + _SEMICOLON.pattern)
OWN_DATE_REACH = 40  # characters after the trigger of an earlier event where a date of its own stands
# violence of one blow, which no one tells as lasting days
_ONE_BLOW = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Attack", "Abduction/forced disappearance"})
# "..., two days after a suicide car bomb struck": the trigger of the earlier event, and how many days before
# ("The advance came a day after warplanes loyal to Khalifa Haftar bombed", "غداة إعلان تحالف «فجر ليبيا» سيطرته")
_DAYS_BEFORE_TRIGGER = re.compile(
    rf"(?:[,،]\s*|\b(?:came|comes|intervient|survient|est (?:intervenue?|survenue?))\s+){_DAYS_AFTER}(?:\S+\s+){{0,6}}$")
TOLL_SENTENCES = 2  # a toll given this many sentences after a violent event is its toll
CARRY_SENTENCES = 5  # a sentence without a date takes the date of one this close before it
SEAT_REACH = 8  # characters between a government's name and the town it sits in ("... في طرابلس")
_SEAT_BETWEEN = re.compile(r"\s*(?:in|a|en|at|في|ب)\s*")
# the seat inside a body's name: "the House of Representatives in Tobruk", "البرلمان المنعقد في طبرق"
_SEAT_IN_NAME = re.compile(arabic_folded(
    r"(?:\b(?:in|at|a|au)|\b(?:based|sitting|siegeant|base|installe) (?:in|a|au)|(?<!\w)(?:المنعقد|المنعقدة|في|ب))\s*$"))
SEAT_TARGET_REACH = 25  # characters between a verb and the body whose seat it acted on ("stormed the House ...")
# "the headquarters of the House of Representatives", "le siège du Parlement", "مقر مجلس النواب"
_SEAT_BUILDING = re.compile(arabic_folded(
    r"(?:\b(?:headquarters|building|offices|compound|siege|batiment|locaux)(?: of| de| du| des)?(?: the| la| le| l')?"
    r"|(?<!\w)مقر)\s*$"))
CONDEMNED_REACH = 40  # characters between "condemned" and the violence it condemns ("the car bombing")
TOWN_SENTENCES = 2  # "the town" is the town of an event this close before
_AIR = re.compile(arabic_folded(
    r"(?<![\w-])(?:aviation|avions?|warplanes?|aircraft|jets?|drones?|helicopteres?|helicopters?|raids? aeriens?)\b"
    r"|طائره|طائرات|الطيران|مسيره|غاره|غارات"))
# the two camps of the war since 2014 named together: "the two warring camps", "les camps rivaux",
# the 5+5 Joint Military Commission ("اللجنة العسكرية المشتركة")
_BOTH_CAMPS = re.compile(arabic_folded(
    r"\b(?:(?:libya's )?(?:two )?(?:rival|warring) (?:military )?camps|(?:les deux )?camps (?:rivaux|ennemis)|5\+5"
    r"|joint military commission|commission militaire (?:conjointe|mixte)"
    # "officers from both camps", "des deux camps libyens", "les deux Parlements rivaux", "les quatre
    # principaux responsables libyens rivaux", "the two rival parliaments"
    r"|(?:from |of )?both (?:camps|sides' (?:military )?delegations)|(?:des |les )?deux camps(?: libyens)?"
    r"|(?:two |deux )(?:rival |)(?:parliaments|parlements)(?: rivaux)?|responsables libyens rivaux|rival libyan leaders)\b"
    r"|(?<!\w)(?:اللجنه العسكريه (?:الليبيه )?المشتركه|المعسكرين المتنافسين|ملتقي الحوار السياسي(?: الليبي)?)(?!\w)|5\+5"))
CAMPS_SINCE = 2014  # the year the war of the two camps began (Dawn against Dignity)
UNITY_GOVERNMENT = date(2016, 3, 30)  # the Presidential Council's arrival in Tripoli
_FIRED = re.compile(r"(?:fired|opened fire|(?:ont|a) (?:ouvert le feu|tire)|اطلق\w*)(?: .*)?")
AIR_REACH = 30  # characters between an aircraft and the firing it did
# a voice speaking in the present: its words are of the paper's day ("The UN says", "l'ONU estime", "تقول")
_SAYS_NOW = re.compile(r"\b(?:says|estimates|reports)\b|(?<!\ba )(?<!\bont )(?<!\bavait )\b(?:dit|estime|affirme|indique|souligne)\b"
                       r"|(?<!\w)[وف]?(?:تقول|يقول)(?!\w)")
_JUDGEMENT = re.compile(
    r"\b(?:condemn|denounc|deplor|express|welcom|warn|condamn|denonc|salu|deplor|critici[sz]|critiqu|accus)\w*"
    r"|(?<!\w)[وف]?(?:دان|ادان|ندد|استنكر|رحب|حذر|انتقد|اتهم)\w*"
)
# a denial is not an event ("denied any role ... and called for a ceasefire", "نفت القاهرة أي
# تورط"), nor is one warring side's name for the other ("a qualifié cette réunion d'illégale",
# "وصف ... بأنها جماعات خارجة عن القانون")
# the words of the displacement rows of the triggers file: people who fled their town
_FLED = re.compile(arabic_folded(r"\b(?:fled|left their homes|fui|quitte)\b|(?<!\w)(?:نزحت|نزح|غادرت|فرت)(?!\w)"))
_DENIAL = re.compile(
    r"\b(?:denied|denies|a nie|ont nie|a dementi|ont dementi|dement\w*)\b|(?<!\w)[وف]?(?:نفى|نفي|نفت)(?!\w)"
)
_NAMING = re.compile(r"\b(?:described|branded|a qualifie|ont qualifie|qualifiant)\b|(?<!\w)[وف]?(?:وصف|وصفت)(?!\w)")
_IN_OR_FROM_BEFORE = re.compile(r"(?:\bin |\ba |\ben |\bfrom |\bde |\bd'|في |من |(?<!\w)ب)$")
# a call or statement about violence is not the violence: "appelé à l'arrêt des combats"
_CALL_SUBTYPES = frozenset({"Other"})
CALL_REACH = 60  # characters between a call and the violence it is about
# an attack on a building of civilians (hotel, embassy, ministry) is violence against civilians
_CIVILIAN_TARGET = re.compile(
    r"\b(?:hotel|embassy|consulate|diplomatic (?:compound|mission)|ministry|commission|hospital|school|"
    r"ambassade|consulat|ministere|commission|hopital|ecole)\b|فندق|السفاره|القنصليه|وزاره|مستشفي|"
    # a home stormed: "forced their way into the house", "ont fait irruption au domicile", "اقتحموا منزل"
    r"\b(?:the|a|his|her|their|family) (?:house|home)\b|\b(?:la|sa|leur) maison\b|\bdomicile\b|(?<!\w)[وب]?منزل(?!\w)"
)
# the hospital of the news's source, not a target: "a hospital official said", "selon l'hôpital", "قال
# مصدر في مستشفى"
_SOURCE_AT = re.compile(rf"\s+(?:{SOURCE_WORDS}|doctors?|medics?)\b")  # (roles' sources of a toll, and its doctors)
_SOURCE_IN = re.compile(arabic_folded(r"(?:\bselon (?:l'|le |la )|\baccording to (?:the |a )?|(?:مصدر|مصادر|مسؤول|طبيب|مدير)\s+(?:في|ب)?\s*)$"))
# shells or bombs that fell on homes or killed a family: civilians hit, whoever fired them
_HOMES_HIT = re.compile(arabic_folded(
    r"\b(?:homes?|houses?|residential (?:areas?|streets?|neighbourhoods?|buildings?)|maisons?|habitations?|"
    r"quartiers? residentiels?|zones? residentielles?|(?:women|children|femmes|enfants|famille|family)\b)"
    r"|(?<!\w)[وبلف]?(?:منازل|منزل|بيوت|مساكن|الاحياء السكنيه|امرأة|اطفال|طفل|طفلها|طفلين|طفلان|نساء|اسره|عائله)(?!\w)"))
# what a strike aimed at was the fighters': "bombed LNA positions", "frappé une colonne", "استهدفت رتلا"
# (the places and things it hit: the fighters named, who may be those who fired, are _COMBATANTS' to tell)
_MILITARY_TARGET = re.compile(arabic_folded(
    r"\b(?:positions?|convoys?|columns?|colonnes?|checkpoints?|posts?|postes?|barrages?|bases?|tanks?|chars?|"
    r"(?:armoured|military) vehicles?|vehicules (?:blindes|militaires)|depots?|bunkers?|(?:front|rebel|enemy) lines|lignes|"
    r"targets|cibles|command (?:posts?|centres?|centers?)|(?:postes?|centres?) de commandement|barracks|casernes?|"
    r"ammunition|munitions|airbase|air base)\b"
    r"|(?<!\w)[وبلف]?(?:مواقع|موقع|تمركزات|تمركز|رتل|رتلا|آليات|اليات|معسكر|تجمعات|ثكنة|دبابات|دبابة)(?!\w)"))
# people a strike hurt who were not the fighters: "civilians", "residents", "des migrants", "سكان"
_NOT_FIGHTERS = re.compile(arabic_folded(
    r"\b(?:civilians?|civils?|residents?|habitants?|riverains|migrants?|passengers?|passagers|patients|"
    r"(?:a|one|two|three) (?:man|woman|boy|girl)|son|daughter|fils|fille|fillettes?|crew|equipage|residential|"
    r"pedestrians?|passants?|worshippers|fideles|students?|etudiants|eleves|pupils)\b"
    r"|(?<!\w)[وبلف]?(?:مدنيين|مدنيون|مدنيا|سكان|مهاجرين|مهاجرا|المارة|طلاب|ركاب)(?!\w)"))
# "the assault", "l'attaque": a noun with a definite article that refers back to an event
# already reported, not a new one (when the sentence has no date of its own)
_BACK_REFERENCE = re.compile(
    r"^(?:attacks?|assault|offensive|bombing|fighting|clashes|attaques?|assaut|offensive|attentat|bombardements?|"
    r"explosion|blast|combats|affrontements|shelling|strikes?|air ?strikes?|raids?|frappes?|raids? aeriens?|pilonnages?|"
    r"withdrawal|retreat|retrait|repli)$"
)
# Arabic writes the article into the word: "ندد بالهجوم", "صدت الهجوم" refer back like "the attack"
_AR_BACK_REFERENCE = re.compile(r"^[وبلف]?(?:ال|لل)(?:هجوم|هجمات|غاره|غارات|قصف|اشتباكات|معارك|مواجهات)$")
# a pronoun joined to an Arabic verbal noun: "اعتقاله" (his arrest), "مقتلها" (her killing)
_AR_POSSESSIVE = re.compile(
    r"^[وبلف]?(?:اعتقال|احتجاز|خطف|اختطاف|مقتل|اغتيال|هجوم|قصف)(?:ه|ها|هم|هما)$")
_RECALLS_AFTER = re.compile(r"\s+(?:recalled|recalls|evoked|echoed|rappelle|rappelait|a rappele|evoque|a evoque)\b")
_PROTEST_NOUN = re.compile(r"^(?:rally|rallies|protests?|demonstrations?|marches|march|sit-in|rassemblements?|manifestations?|"
                           r"cortege|marche)$")
_PROTEST_NAMED_BEFORE = re.compile(r"(?:\bthe|\bboth|\bthe two|\bthis|\bthese|\ble|\bla|\bles deux|\bcette|\bce)\s+$")
_DEFINITE_BEFORE = re.compile(r"(?:\bthe|\bthis|\bthat|\bl'|\bcette|\bce)\s*(?:(?:deadliest|worst|latest|biggest|largest|dernier|derniere|premiere?)\s+)?$")
# violence named only as the background of the sentence's news: "after weeks of drone strikes",
# "après plusieurs jours de bombardements", "التي سيطرت على المدينة لسنوات"
_BACKGROUND_BEFORE = re.compile(
    r"(?:apres|after|following|ending|ended|mettant fin a)\s+(?:(?:almost|nearly|more than|over|pres de|plus de|presque)\s+)?"
    r"(?:(?:plusieurs|des|deux|trois|quatre|cinq|six|dix|quelques|several|two|three|four|five|six|ten|many|\d+)\s+)?"
    r"(?:jours|semaines|mois|annees|nuits|days|weeks|months|years|nights)\s+(?:de |d'|of )(?:[\w-]+\s+)?$"
    # "عاد الهدوء ... بعد ليلة من الاشتباكات", "au lendemain des affrontements": the calm after the
    # fighting, which the article reports (or not) in its own words
    r"|(?<!\w)بعد\s+(?:\S+\s+)?(?:ايام|يومين|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|ساعات)\s+(?:\S+\s+)?من\s+$"
    r"|au lendemain (?:des |du |de la |de l')\s*(?:[\w-]+\s+)?$"
    # "a truce ended a week of militia fighting", "une semaine de combats": a span, not one event
    r"|(?<!\w)(?:a|one|une|un)\s+(?:(?:full|whole|entiere)\s+)?(?:day|week|month|year|semaine|mois|annee)\s+(?:de |d'|of )(?:[\w-]+\s+)?$"
    r"|(?:the scene of|le theatre d[e'](?: violents)?|la scene d[e'])\s*$"
    # "residents describe nights of bombardment": a way of life, not one event
    r"|(?<!\w)(?:nights|nuits)\s+(?:de |d'|of )(?:[\w-]+\s+)?$"
    r"|(?:backed|supported|soutenus?|appuyes?)\s+(?:[\w'-]+\s+){0,5}(?:by|par)\s+(?:[\w'-]+\s+){0,4}$"
    r"|apres (?:de |d')(?:violents|intenses|lourds|durs) $"
    # what a protest was against: "تظاهر مئات ... تنديدا بالهجوم", "in protest at the killings",
    # "pour dénoncer les bombardements"
    r"|(?<!\w)(?:تنديدا|احتجاجا|استنكارا)\s+(?:علي\s+)?$"
    r"|\b(?:in protest (?:at|against|over)|to protest(?: against)?|protesting(?: against)?|pour (?:protester contre|denoncer)"
    r"|en protestation contre)\s+(?:the |l'|la |le |les )?$"
    # who is suspected of an attack names the attack told before: "يشتبه في تورطهما في الهجوم",
    # "suspected of involvement in the attack", "soupçonnés d'être impliqués dans l'attaque"
    r"|(?<!\w)(?:ب|في )?(?:ال)?(?:تورط|ضلوع|مشارك)\w*\s+(?:\S+\s+){0,2}?في\s+$"
    r"|\b(?:involvement in|involved in|implicated in|role in|responsible for|impliquee?s? dans|implication dans|"
    r"responsables? d[eu'])\s*(?:the |last \w+'s |l'|la |le |les )?$"
    # fleeing names what is fled: "to escape the bombardment", "fuyant les combats"
    r"|(?:to escape|escaping|fleeing|to flee|fled|fuyant|pour fuir|ont fui|هربا من|فرارا من"
    r"|الفارين من|الفارون من|الهاربين من|الهاربون من|النازحين من|النازحون من)\s+(?:the |les |le |la |l')?$"
    # "Haftar, whose offensive on the capital", "dont l'offensive": a campaign named
    r"|(?:whose|dont l'|dont la|dont le|dont les)\s*(?:[\w-]+\s+)?$"
    # "ويعيد مقتل البرعصي إلى الأذهان اغتيال", "this recalls the killing of", "rappelle l'assassinat":
    # what a news event brings to mind happened before it
    r"|(?<!\w)[وف]?(?:يعيد|تعيد|اعاد|اعادت)\s+(?:\S+\s+){0,3}الي الاذهان\s+$"
    r"|(?:recall(?:s|ed|ing)?|reminiscent of|brought back memories of|rappel(?:le|ait|ant|e)|"
    r"fait resurgir le souvenir d[eu'])\s+(?:the |l'|la |le |les )?$"
)
# "منذ سيطرة قوات فجر ليبيا عليها", "since the capture of the town": what has held since, not news,
# unless the text dates it ("since fighting erupted in September 2014": an event at its own date)
# ("depuis le début des combats", "since the start of the fighting", "منذ اندلاع المعارك": the same)
_SINCE_JUST_BEFORE = re.compile(arabic_folded(
    r"(?<!\w)منذ\s+(?:(?:بدء|بدايه|اندلاع|انطلاق)\s+)?$"
    r"|\b(?:since|depuis)\s+(?:(?:the (?:start|beginning|outbreak) of|le debut (?:des|du|de la|de l'))\s*)?"
    r"(?:the |l'|la |le |les )?$"))
_BATTLE_NOUN = re.compile(r"(?:the )?battle (?:for|of)|(?:la )?bataille (?:de|du|d'|pour)")
SINCE_DATED_REACH = 70  # characters after the trigger where a date dates what "since" names
_MANY_TIMES_AFTER = re.compile(arabic_folded(
    r"(?:\s+[\w-]+){0,2}?\s+(?:several times|many times|repeatedly|a plusieurs reprises|plusieurs fois)\b"
    r"|(?:\s+\S+){0,3}?\s+(?:عده مرات|مرات عده|مرارا)(?!\w)"))
# the object of a judgement names an event reported before: "critiqué l'offensive du maréchal",
# "condemned the attack", "ندد بالهجوم"; not when the sentence tells its toll, as news does
# ("In Rome, the government condemned the car bombing that killed four people in Tobruk": an
# event too, `_TOLL_TOLD`)
_JUDGED_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:دان|ادان|ندد|استنكر|رفض)\w*\s+(?:\S+\s+){0,8}$"
    r"|(?:critique|denonce|condamne|salue|critiquer|denoncer|condamner|criticised|criticized|criticising|"
    r"criticizing|condemned|condemning|denounced|denouncing|opposed|opposing)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:l'|la |le |les |the |its |his |their )$"
)
_TOLL_TOLD = re.compile(arabic_folded(
    r"\s+(?:that|which|qui)\s+(?:a\s+|had\s+|has\s+)?(?:killed|wounded|injured|tue|fait|blesse)\b"
    r"|\s+(?:الذي|التي)\s+(?:اودى|اودت|اسفر|اسفرت|قتل|ادى|ادت)(?!\w)"))
# "the eastern commander's offensive", "Haftar's year-long campaign": a campaign named, not an
# event; only for nouns, since "Haftar's forces struck" reports one
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+(?:[\w-]+\s+)?$")
_CAMPAIGN_NOUN = re.compile(r"(?:offensive|campaign|assault|push|siege|war)$")
# control of a building ends an attack; it is not territory: "regained control of the building"
_BUILDING_TAKEN = re.compile(
    r"\s+(?:full\s+)?(?:control\s+)?(?:of\s+|du\s+|de\s+)?(?:the|le|la|l')\s*(?:building|hotel|compound|lobby|batiment|immeuble)\b"
)
_DURATION_AFTER = re.compile(
    r"(?:\s+\S+){0,3}?\s+(?:for (?:years|decades|weeks|months)|depuis des (?:annees|semaines|mois)|pendant des (?:annees|semaines|mois)|"
    r"لسنوات|لعقود|منذ (?:سنوات|اسابيع|اشهر|شهور))"
)
# a displacement figure reported by an agency: "l'OIM a indiqué que 90 000 personnes avaient été déplacées"
_REPORTED = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:a |ont )?(?:indique|affirme|annonce|estime|said|says|reported|estimated|قالت|افادت|اعلنت)")
_ONGOING_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,6}?\s+(?:se poursuivent|se poursuit|continuent|are continuing|is continuing|continue(?:s)? unabated|raged on|rage on)\b"
)
_TOLL_AFTER = re.compile(
    # "les affrontements, menés à la mitrailleuse lourde, ont fait des dizaines de morts"
    r"(?:\s*,[^,.;\d]{0,80},)?"
    r"(?:\s+(?:autour|around|in|dans|pres|near|pour|for|over|sur)\b[^.,;]{0,50}?)?"
    r"\s+(?:ont|a|avaient|avait|have|has|had)\s+(?:(?:deja|already|jusqu'ici|so far)\s+)?"
    r"(?:fait|cause|tue|left|killed|claimed)\b"
)
_TOLL_NOUNS = re.compile(r"^(?:combats|affrontements|violences|fighting|clashes|hostilities)$")
_PEACEFUL = re.compile(
    r"\b(?:without (?:a |any )?(?:fight|fighting|resistance|(?:a )?shot (?:being )?fired)|"
    r"without (?:meeting|encountering|facing) (?:any |much )?resistance|"
    r"without firing a (?:single )?(?:shot|bullet)|"
    r"(?:accepte|agreed|accepted) (?:de )?(?:lui )?(?:to )?(?:remettre|hand over|hand)|"
    r"sans (?:combat|combats|combattre|resistance|coup ferir|livrer (?:de )?bataille|(?:tirer )?un (?:seul )?coup de feu)|"
    r"sans rencontrer (?:de |la moindre |aucune )?resistance|handover|passation|"
    # welcomed by the town's notables ("où des notables les ont accueillies")
    r"(?:les |l')(?:ont|a|avaient|avait) accueillie?s?|welcomed by (?:the )?(?:local |town's |tribal )?(?:elders|notables|residents)|"
    r"after (?:an )?(?:agreement|understanding|deal) with|apres (?:un )?(?:accord|arrangement|entente) avec)\b|"
    r"(?:دون|بدون|من دون) (?:اي )?(?:قتال|مواجهات)|دون اطلاق رصاصه|دون ان (?:تطلق|يطلق|يطلقوا) رصاصه|"
    r"دون ان (?:تواجه|يواجه|يواجهوا|تلقي|يلقي|يلقوا) (?:اي )?مقاومه|"
    r"بعد تفاهم|باتفاق مع|بعد اتفاق مع"
)
_SAME_SITE = re.compile(
    r"\b(?:(?:du|le|de l'|l')\s*(?:batiment|edifice|immeuble|hotel|complexe)|the (?:building|hotel|compound|premises))\b"
)
# "la veille", "the next day": a day before or after the last date the article gave
EVE_REACH = 40  # characters between a trigger and the "la veille" that dates it
_DAY_BEFORE = re.compile(
    r"(?<!\ba )\bla veille\b(?! (?:de|du|des)\b| d')|\bthe (?:day|night|evening) before\b(?! (?:the|a|an|last|its|their)\b)"
    r"|\bthe previous (?:day|night|evening)\b|\b(?:a|one) day earlier\b|\bun jour plus tot\b|\bla nuit precedente\b"
    r"|في اليوم السابق|قبل ذلك بيوم|في الليله السابقه")
# "the hilltop town", "la ville", "cette ville", "المدينة": the town the story has just named
_THE_TOWN = re.compile(
    r"\b(?:the (?:[\w-]+ ){0,2}?(?:town|city)|(?:la|cette) (?:[\w-]+ )?ville)\b(?! of\b| de\b| d')"
    r"|(?<!\w)[وبلف]?(?:ال|لل)(?:مدينه|بلده)(?!\w)(?! [^\s]*(?:ال))"
)
# "the airport", "la base", "الفندق": the site of that kind the story has named; the words of the
# site's (English) name that say its kind
_THE_SITE = re.compile(
    r"\b(?:the|l'|la|le|cette|cet|ce) ?(?:(?P<airport>airport|airfield|aeroport)|(?P<base>base|air base)"
    r"|(?P<hotel>hotel)|(?P<terminal>terminals?|oil terminal)|(?P<port>port|harbour))\b"
    r"|(?<!\w)[وبلف]?(?:ال|لل)(?:(?P<ar_airport>مطار)|(?P<ar_base>قاعده)|(?P<ar_hotel>فندق)|(?P<ar_port>ميناء))(?!\w)"
)
_SITE_WORDS = {"airport": ("airport", "airfield", "air base"), "base": ("base",), "hotel": ("hotel",),
               "terminal": ("terminal",), "port": ("port", "harbour", "terminal")}
_WEAPON_DID = re.compile(arabic_folded(
    r"\s+(?:[\w-]+\s+)?(?:fired (?:by|from|at|on|into)|fell|hit|struck|slammed|landed|rained|crashed|exploded|"
    r"tire(?:e|s|es)? (?:par|depuis|sur)|(?:sont |est )?tombee?s?|se sont abattue?s|ont frappe|ont touche|"
    r"سقطت|سقط|اطلقت|اصابت|استهدفت)"
))
_WEAPON_FELL = re.compile(r"(?<!\w)[وف]?(?:سقطت|سقط|تساقطت|سقوط|انهمرت|انهالت)\s+$")  # "فيما سقطت قذائف على حي"
_EXCHANGED_BEFORE = re.compile(r"(?:\b(?:exchanged|traded|echange\w*)|(?<!\w)[وف]?تبادل\w*)\s+(?:\S+\s+){0,5}$")
# a weapon named alone, not what it did ("mortars", "صواريخ", "وسط حقول ألغام": amid minefields)
_WEAPON = re.compile(arabic_folded(
    r"(?:rocket-propelled grenades?|rpgs?|rockets?|mortars?|artillery|missiles?|shells|obus|roquettes?|mortiers?|"
    r"tirs d'artillerie|artillerie|landmines|mines|"
    r"[وب]?(?:ال)?(?:صواريخ|صاروخ|قذائف|قذيفه|هاون|مدفعيه|الغام|لغم)(?:ها|هم)?)"
))
_COMBATANTS = re.compile(
    r"\b(?:fighters?|soldiers?|troops|militiamen|militants|combatants|cadets|combattants?|soldats?|militaires|miliciens"
    r"|jihadistes|jihadists)\b|(?<!\w)(?:مقاتلا|مقاتلين|مقاتلون|جنود|جنديا|عسكريين|عناصر)(?!\w)"
)
COMBATANT_REACH = 25  # characters after a figure where the dead or wounded are named ("قتل ثلاثة مقاتلين")
# "since the fall of Gaddafi in 2011", not "depuis le 17 septembre" (when the fighting began)
_SINCE_BEFORE = re.compile(r"\b(?:depuis|since|منذ)\s+(?:[^\s,.;:،]+\s+){3,}$")
SINCE_REACH = 60  # characters between "since" and the date of the point it compares with
_SPREAD = re.compile(arabic_folded(
    r"\b(?:spread|spreading|spilled over|extended) (?:to|into)\b|\bs'(?:est|sont) (?:etendue?s?|propagee?s?) (?:a|au|aux|jusqu)"
    r"|(?<!\w)[وف]?(?:امتدت|امتد|انتقلت|انتقل|توسعت)\s+(?:\S+\s+){0,2}(?:الي|نحو)(?!\w)"))
_DAY_AFTER = re.compile(r"\ble lendemain\b(?! d[eu'])|\bthe (?:next|following) (?:day|morning|night)\b"
                        r"|\b(?:a|one) day later\b|\bun jour plus tard\b|في اليوم التالي|صباح اليوم التالي")
_SAME_DAY = re.compile(
    r"\b(?:le meme jour|la meme nuit|le meme soir|le soir meme|la nuit meme|ce soir-la|cette nuit-la|ce jour-la|la meme soiree|le meme matin|the same (?:day|night|evening|morning)|"
    r"that same (?:day|night|evening)|that (?:evening|night)|en fin d'apres-midi|en fin de matinee|en debut de soiree|en fin de soiree|"
    r"late in the afternoon|early in the evening|"
    # a part of the day with no day named: the day the story is telling ("Dès la matinée, ces
    # appareils ont frappé", "Within hours, armed men converged")
    r"des la matinee|dans la matinee|en matinee|dans l'apres-midi|en fin de journee|dans la soiree|en soiree|"
    r"plus tard dans la journee|quelques heures plus tard|dans les heures qui ont suivi|within hours|hours later|hours before|hours earlier|quelques heures (?:plus tot|avant)|"
    r"later that day|in the hours that followed|in the following hours|"
    r"later in the day|in the afternoon|throughout the (?:afternoon|day|morning|night)|by nightfall|by evening|"
    r"toute la journee|tout l'apres-midi|toute la matinee|toute la nuit|"
    # "Au même moment, des drones du GNA ont visé la base": while what was just told happened
    r"au meme moment|dans le meme temps|at the same time|meanwhile|simultaneously|dans la foulee|in its wake)\b"
    r"|في اليوم نفسه|في نفس اليوم|بعد ساعات|قبل ساعات|في وقت لاحق من اليوم|في الساعات التاليه|خلال الساعات التاليه"
    r"|في الوقت نفسه|في الوقت ذاته|في هذه الاثناء"
)
_CALL = re.compile(r"appel|appeal|call|urg|exhort|دع|داعي|طالب")
_ANNOUNCED_BEFORE = re.compile(
    r"(?:announced|released|published|issued|annoncee?|publiee?|communiquee?|diffusee?|اعلنتها|اعلنها|نشرتها|اصدرتها)"
    r"(?:\s+\S+){0,4}\s*$"
)
# "Fathi Bachagha, le Premier ministre désigné en février par le Parlement": the day a person
# took office, which dates no event of the sentence
_APPOINTED_BEFORE = re.compile(arabic_folded(
    r"(?<!\w)(?<!ont )(?<!a )(?<!avait )(?<!avaient )(?<!has )(?<!have )(?<!had )"
    r"(?:designee?s?|nommee?s?|elue?s?|investie?s?|appointed|named|elected|sworn in|installed|chosen|"
    r"(?:الذي|التي) (?:عينه|عينها|انتخبه|انتخبها|كلفه|كلفها))(?:\s+\S+){0,3}\s*$"))
# "civilians were killed", "des migrants ont été tués": a victims' trigger, the toll of a strike beside it
_VICTIMS_KILLED = re.compile(r"(?:civils|migrants|habitants|civilians|residents)\b")
_CONDEMN = re.compile(r"condemn|denounc|deplor|condamn|denonc|ندد|دان|ادان|استنكر")
_BLAME_VERB = re.compile(
    r"\b(?:blamed|blames|accused|accuses|denied|denies|a accuse|ont accuse|accusent|a nie|ont nie|nient|dementi)\b"
    r"|(?<!\w)[وف]?(?:اتهمت|اتهم|اتهموا|يتهم|تتهم|يتهمون|حملت|حمل|نفت|نفي)(?!\w)"
)
_PERSON_TAKEN = re.compile(r"\s")
_FORCE_WORDS = re.compile(
    r"\b(?:forces?|troops?|army|armee|brigades?|militias?|milices?|fighters|combattants|units?|troupes|"
    r"government|gouvernement|state|etat|group|groupe|council|conseil)\b"
)
_PERSON_NOUN = (r"(?:members?|officials?|(?:prime |deputy )?ministers?|mayors?|councill?ors?|journalists?|activists?|"
                r"engineers?|workers?|lawyers?|judges?|doctors?|businessm[ae]n|directors?|sons?|daughters?|lawmakers?|"
                r"deputies|ambassadors?|diplomats?|consuls?|employees?|nationals|citizens|staff|photographers?|reporters?|"
                r"attach[eé]s?|technicians?|contractors?|foreigners?|hostages?|teachers?|sailors?|fishermen|crew|"
                r"pilots?|envoys?|imams?|preachers?|drivers?|nurses?|presenters?|anchors?|broadcasters?|students?|bloggers?|"
                r"priests?|politicians?|candidates?|critics?|men|women|people|children|boys|girls|residents|civilians|"
                r"migrants|organi[sz]ers?|protesters?|demonstrators?|relatives|brothers?|passengers?|volunteers?|"
                r"elders?|lecturers?|professors?|academics?|scholars?|notables?|sheikhs?|leaders?|chiefs?|owners?|"
                r"traders?|merchants?|farmers?|shepherds?)")
# "seized one of the organisers", "seized two of his brothers"
_PERSON_NOUN_AFTER = re.compile(
    r"\s+(?:(?:one|some|two|three|four|five|several|\d+) of\s+)?"
    rf"(?:(?:a|an|the|his|her|their|two|three|four|five|six|several|\d+)\s+)?(?:[\w'-]+\s+){{0,2}}?{_PERSON_NOUN}\b")
# "three engineers were seized", "The three men, who worked for a company ..., were seized", "He had
# been seized": the passive's subject a person
PERSON_TAKEN_REACH = 130  # characters from the person to the verb of the passive, an aside between
_PERSON_NOUN_BEFORE = re.compile(rf"(?:\b{_PERSON_NOUN}\b(?:\s*,[^,.;]{{0,90}},)?(?:\s+[\w'.-]+){{0,4}}|\b(?:he|she))\s*$")
_PASSIVE_AUX_BEFORE = re.compile(r"\b(?:was|were|had been|has been|have been)\s+(?:[\w-]+ly\s+)?$")
_CAPTURED = re.compile(r"captur")
_SHUT = re.compile(r"shut|clos|block|ferm|bloqu|" + arabic_folded("اغلق|أغلق|اقفال|إغلاق|اغلاق"))
_CELEBRATE_AFTER = re.compile(r"(?:\s+[\w'-]+){0,5}?\s+(?:to celebrate|celebrating|pour (?:celebrer|feter)|احتفالا)")
_PARTICIPLE = re.compile(r"fighting$")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_MODALS = frozenset({"could", "might", "may", "would", "will", "should", "must", "pourrait", "pourraient",
                     "pourra", "pourront", "devrait", "devraient", "risque", "risquent"})
_PLURAL_BEFORE = re.compile(r"\b(?:groups|forces|militias|factions|brigades|fighters|units|men)\s+$")
_TOWARDS_BEFORE = re.compile(
    r"(?:\b(?:fled|fleeing|retreated|retreating|withdrew|withdrawing|pulled back|fell back|falling back)"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:to|towards|toward|into)"
    r"|\b(?:(?:se sont |s'est )?(?:replie|repliee|replies|repliees|enfui|enfuis|retire|retires)|la fuite)"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:vers|sur|a|en direction de)"
    r"|(?<!\w)[وف]?(?:فرار|فروا|فر|فرت|هرب\w*|انسحب\w*|تراجع\w*)(?:\s+\S+){0,3}?\s+(?:نحو|باتجاه|صوب|الي))"
    r"\s+(?:the |la |le |les |l')?(?:(?:town|city|ville|مدينه|بلده) (?:of |de |d')?)?$"
)
_SAID_SUBTYPES = frozenset({"Other", "Agreement"})  # a call or a deal quoted is still made: 'ont appelé "instamment"'
_WE_DID = re.compile(arabic_folded(
    r"\b(?:nous (?:avons|venons de)|nos (?:forces|troupes|unites|avions)|we (?:have |had )?(?:struck|hit|targeted|"
    r"taken|seized|destroyed|shot down|repelled)|our (?:forces|troops|fighters|units|aircraft))\b"
    r"|(?<!\w)(?:قواتنا|استهدفنا|سيطرنا|وحداتنا)(?!\w)"))
_FELL = re.compile(r"\b(?:tomb\w*|fell|falling|hit|struck|landed|rained|pleuv\w*|s'abatt\w*)\b|(?<!\w)[وف]?(?:سقط\w*|تساقط\w*)")
_QUOTES = {"\"": "\"", "\u201c": "\u201d", "\u00ab": "\u00bb"}


def _in_quote(text: str, start: int, position: int) -> bool:
    """Whether `position` lies inside a quotation opened after `start` ("...", “...”, «...»)."""
    inside = ""
    for char in text[start:position]:
        if inside:
            if char == _QUOTES[inside]:
                inside = ""
        elif char in _QUOTES:
            inside = char
    return bool(inside)


_AND_BETWEEN = re.compile(r"\s*(?:,|and|et|و)\s*")
# between two towns forces came from: " and from nearby ", " et de ", " ومن "; a comma between
# two of a list that ends with "and": "from Tripoli, Misrata and the Nafusa mountains"
_FROM_TOO = re.compile(r"(?:\s*,)?\s+(?:and|et)\s+(?:from\s+|de\s+|d'|du\s+|des\s+)?(?:nearby\s+)?"
                       r"(?:the\s+|la\s+|le\s+|l')?(?:al-|el-)?|\s+و(?:من\s+)?")
_LIST_COMMA = re.compile(r"\s*,\s*")
_ORIGIN_BEFORE = re.compile(arabic_folded(
    r"\b(?:militias?|militiamen|forces?|fighters|brigades?|battalions?|units?|unite|groupes armes|groups|milices|"
    r"combattants?|fighter|troupes|hommes|men|troops|convois?|columns?|colonnes?|reinforcements|renforts|كتائب|قوات|مقاتلو|مقاتلين)\s+"
    r"(?:(?:[\w'-]+\s+)?(?:from|originaires? de|venue?s? de|venant de|من)|of|de|du|d')\s+"
    r"(?:(?:several|various|many|other|plusieurs|divers|differents|d'autres) )?"
    r"(?:the (?:[\w-]+ ){0,2}(?:town|city) of |la ville de |la ville d'|مدينه )?$"
    # "fighters who drove in from Nofaliya", "brigades based in Misrata", "قادمين من"
    r"|\b(?:drove|came|arrived|moved|poured|rushed)(?: in)? from\s+$|\b(?:based|stationed|headquartered) in\s+$"
    r"|\b(?:venue?s?|arrivee?s?|basee?s?) (?:de|a)\s+$|(?<!\w)(?:ال)?قادم\w* من\s+$"
    # "venues pour l'essentiel de Misrata", "mostly from Misrata"
    r"|\b(?:venue?s?|originaires?) (?:pour l'essentiel|pour la plupart|en majorite|surtout|essentiellement"
    r"|majoritairement|notamment) (?:de |d')\s*$|\b(?:mostly|largely|mainly|chiefly) from\s+$"
    # "venus de leur fief de Syrte", "from their stronghold of Sirte", "qui décollent de Misrata"
    r"|\b(?:venue?s?|partie?s?) (?:de|d') (?:leur|son|sa) (?:fief|bastion) (?:de |d')?\s*$"
    r"|\bfrom (?:their|its) (?:stronghold|bastion) (?:of |in )?\s*$"
    r"|\b(?:took|taking|take|takes) off from\s+$|\bdecoll\w* (?:de|d'|depuis)\s*$"
    r"|(?<!\w)(?:قدم|قدمت|قدموا|جاء|جاءت|جاؤوا|وصل|وصلت|وصلوا) من\s+$"))
# the town people fled or come from, when the sentence names another where they are: "des
# déplacés de Derna", "displaced from Derna", "أبناء مرزق", "النازحين من ككلة" (not "أهالي
# الأبيار", the people of a town, mostly there)
_PEOPLE_OF_BEFORE = re.compile(arabic_folded(
    r"\b(?:(?:people |families |residents )?(?:displaced|who fled|uprooted) from|families from|natives of"
    r"|deplacee?s? (?:de|d'|du)|refugiee?s? (?:de|d'|du)|familles (?:de|d'|du|originaires de)|originaires? (?:de|d'))\s*$"
    r"|(?<!\w)(?:ابناء|نازحي|مهجري|(?:ال)?(?:نازحين|نازحون|مهجرين|مهجرون) من)\s+(?:مدينه\s+|بلده\s+)?$"))
# the town of those who tell, when the sentence names another where it happened: "selon des
# sources médicales à Gharyan", "according to doctors in Misrata", "وفق مصادر طبية في غريان"
_TELLERS_IN_BEFORE = re.compile(arabic_folded(
    r"\b(?:according to|selon|d'apres)\s+(?:[\w'-]+\s+){0,4}?(?:in|at|a|au|from|de|d')\s+(?:the |la |le |l')?$"
    r"|(?<!\w)(?:وفق|وفقا ل|حسب|بحسب|نقلا عن)\s*(?:\S+\s+){0,4}?(?:في|من|ب)\s*(?:مدينه\s+)?$"))
# breaking in ("stormed", "pris d'assaut", "اقتحموا"), and words of a fight that a break-in may
# have met (guards who fired back, a battle)
_STORMED = re.compile(arabic_folded(
    r"stormed|broke into|forced (?:their|its|his) way into|(?:ont|a|avaient|avait) (?:pris d'assaut|fait irruption\b.*)"
    r"|[وف]?(?:اقتحم|اقتحمت|اقتحموا)"))
_FIGHTING = re.compile(arabic_folded(
    r"\b(?:exchang\w*|fight(?:ing|s)?|fought|clash\w*|battl\w*|gunfight|firefight|fired back|affront\w*|combats?"
    r"|echange\w*|riposte\w*|tu(?:e|es|ee|ees|er|ant)|killed|killing|wounded|blesse\w*|kidnapp\w*|abduct\w*|enleve\w*)\b"
    r"|اشتباك|اشتبك|معارك|تبادل|قتل|اصاب|جرح|خطف|اختطف"))
_QUOTED_BEFORE = re.compile(r"[\"”»]\s*,?\s*$")
_LIBYAN_BEFORE = re.compile(arabic_folded(r"\b(?:libya's|libyan|libyen(?:ne)?s?|de (?:la )?libye)\b|الليبي|ليبيا"))
# someone quoted by what they do, no body or office: "said a researcher", "a déclaré un habitant"
_SOMEONE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:a|an|the|one|un|une|le|la|l')\s*(?:[\w-]+\s+){0,2}?"
    r"(?:researchers?|analysts?|activists?|colleagues?|residents?|witness(?:es)?|relatives?|experts?|academics?"
    r"|chercheu(?:r|se)|analystes?|militante?s?|collegues?|habitante?s?|temoins?|proches?|universitaires?)\b")
_CALLED_BEFORE = re.compile(
    r"\b(?:describ(?:ing|ed) (?:it|them|the \w+) as|call(?:ing|ed) it|qualifiant (?:\S+ ){0,2}?d[e'])\s*"
    r"(?:a |an |the |un |une |le |la |l')?[\"«“]?\s*$")
_AR_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:الذي|التي|اللذين|اللتين)\s+$")
_AR_PLUPERFECT = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,4}?قد\s+\S+")
_PREVIOUS_AFTER = re.compile(r"\s+(?:سابق[هة]?|precedente?s?|anterieure?s?)(?!\w)")
_PREVIOUS_BEFORE = re.compile(r"\b(?:a previous|an earlier|the previous|the earlier|une precedente|un precedent)\s+$")
_PLUPERFECT_BEFORE = re.compile(r"\b(?:had|avait|avaient)\s+(?:been\s+|ete\s+|deja\s+|already\s+)?$")


@dataclass(frozen=True)
class Extraction:
    """What the extractor found in one article."""

    article: Article
    places: tuple[PlaceMention, ...]
    events: tuple[Event, ...]


def extract(
    articles: Iterable[Article],
    *,
    gazetteer: Gazetteer | None = None,
    n_process: int = 1,
    merge_across: bool = True,
    learned_sides: bool = True,
) -> Iterator[Extraction]:
    """One Extraction per article, in input order. `learned_sides=False` leaves the sides as the
    rules give them (extractor.learned_sides adds those they leave out; its training reads the
    rules' alone)."""
    if gazetteer is None:
        from gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    context = _Context(gazetteer, default_factions(), default_triggers(),
                       default_side_model() if learned_sides else None)
    window: list[Article] = []
    for article in articles:
        window.append(article)
        if len(window) >= WINDOW:
            yield from _extract_window(window, context, n_process=n_process, merge_across=merge_across)
            window = []
    if window:
        yield from _extract_window(window, context, n_process=n_process, merge_across=merge_across)


def extract_text(
    text: str,
    *,
    published: date | None = None,
    language: str = "",
    article_id: str = "text",
    source: str = "",
    url: str = "",
    title: str = "",
    gazetteer: Gazetteer | None = None,
) -> Extraction:
    """Extract from one pasted text (a convenience for tests and the command line)."""
    article = Article(
        article_id=article_id, text=text, title=title, published=published,
        language=language or detect_language(text), source=source, url=url,
    )
    return next(extract([article], gazetteer=gazetteer))


# -- internals ------------------------------------------------------------------------------

class _Context:
    def __init__(self, gazetteer: Gazetteer, factions: FactionTable, triggers: TriggerTable,
                 side_model: SideModel | None = None) -> None:
        self.gazetteer = gazetteer
        self.factions = factions
        self.triggers = triggers
        self.side_model = side_model
        self._country: Place | None | bool = False

    @property
    def libya(self) -> Place | None:
        if self._country is False:
            found = [p for p in self.gazetteer.lookup("Libya") if p.kind == "country" and not p.is_foreign]
            self._country = found[0] if found else None
        return self._country  # type: ignore[return-value]


def _language(article: Article) -> str:
    return article.language or detect_language(article.text) or "en"


def _extract_window(
    window: list[Article], context: _Context, *, n_process: int, merge_across: bool
) -> Iterator[Extraction]:
    if n_process > 1 and len(window) >= 2 * n_process and "fork" in multiprocessing.get_all_start_methods():
        extractions = _extract_forked(window, context, n_process=n_process)
    else:
        extractions = _extract_chunk(window, context)
    if merge_across:
        extractions = merge_articles(extractions)
    yield from extractions


def _extract_chunk(articles: list[Article], context: _Context) -> list[Extraction]:
    """The articles of a chunk through their language's nlp.pipe, in input order."""
    results: list[Extraction | None] = [None] * len(articles)
    by_language: dict[str, list[int]] = {}
    for index, article in enumerate(articles):
        by_language.setdefault(_language(article), []).append(index)
    for language, indexes in by_language.items():
        nlp = load_nlp(language)
        pairs = ((articles[i].text, i) for i in indexes)
        for doc, index in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
            results[index] = _analyse(articles[index], doc, language, context)
    return [r for r in results if r is not None]


_FORK_CONTEXT: _Context | None = None


def _work(chunk: list[Article]) -> list[Extraction]:
    assert _FORK_CONTEXT is not None
    return _extract_chunk(chunk, _FORK_CONTEXT)


def _extract_forked(window: list[Article], context: _Context, *, n_process: int) -> list[Extraction]:
    """Whole articles (parse and analysis) in forked workers that inherit the loaded models,
    gazetteer and tables; only articles go out and Extractions come back."""
    global _FORK_CONTEXT
    for language in {_language(article) for article in window}:
        load_nlp(language)
    _ = context.libya
    size = max(2, min(16, -(-len(window) // (n_process * 8))))
    chunks = [window[i : i + size] for i in range(0, len(window), size)]
    _FORK_CONTEXT = context
    try:
        with multiprocessing.get_context("fork").Pool(n_process) as pool:
            return [x for part in pool.imap(_work, chunks) for x in part]
    finally:
        _FORK_CONTEXT = None


def _analyse(article: Article, doc, language: str, context: _Context) -> Extraction:
    text = article.text
    folded = fold(text)
    places, actors = _mentions(text, folded, article.published, context.gazetteer, context.factions)
    actor_spans = [(a.start, a.end) for a in actors]
    # "the House of Representatives in Tobruk", "البرلمان المنعقد في طبرق": the seat a body's name
    # gives is a place of the story too (a building stormed there), read as a seat
    named_seats = {m: a.start for m in places for a in actors if a.actor.role == "political" and a.start < m.start
                   and m.end <= a.end and _SEAT_IN_NAME.search(folded, a.start, m.start)}
    unnamed = free_mentions(places, actor_spans)
    free = sorted([*unnamed, *named_seats], key=lambda m: m.start)
    dateline = dateline_mentions(text, unnamed)
    seats = [m for m in free if m in named_seats or any(
        a.actor.role == "political" and 0 <= m.start - a.end <= SEAT_REACH
        and _SEAT_BETWEEN.fullmatch(folded, a.end, m.start) for a in actors)]
    article_place = main_place(unnamed, dateline=dateline)  # (not the seat of a body the story names)
    article_places = {m.place.place_id: m.place for m in free}
    abroad = next((m for m in free if m.place.is_foreign and m.place.kind != "country"), None)
    # "the February 17 Martyrs Brigade", "كتيبة 17 فبراير", "سوق الجمعة" (the Friday market, a
    # quarter of Tripoli): a date in a name dates nothing
    names = [*actor_spans, *((m.start, m.end) for m in places)]
    dates = [d for d in find_dates(text, folded=folded) if not any(a <= d.start and d.end <= b for a, b in names)]
    figures = find_figures(text, folded=folded)
    sentences = split_sentences(doc, text)

    events: list[Event] = []
    numbered: list[int] = []  # the sentence of each event
    dated: list[tuple[int, ResolvedDate]] = []  # (sentence index, date) for carrying
    place_starts = [m.start for m in free]
    actor_starts = [a.start for a in actors]
    date_starts = [d.start for d in dates]
    figure_starts = [f.start for f in figures]
    sentence_triggers = context.triggers.find_in_spans(
        text, folded, [(sentence.start, sentence.end) for sentence in sentences], language=language)
    for number, sentence in enumerate(sentences):
        s_dates = within(dates, date_starts, sentence)
        resolved, told, carried_on = _sentence_dates(s_dates, sentence, text, folded, article.published)
        dated += [(number, r) for r in carried_on]
        chunk = folded[sentence.start : sentence.end]
        triggers = sentence_triggers[number]
        s_actors = within(actors, actor_starts, sentence)
        if not any(r.time_precision == 1 and not r.is_period for _, r in resolved):
            # people who fled are an event on a day the sentence tells, not a state of the war
            # ("des milliers de familles ont fui la ville", "... depuis juin", "in 2014": no day, no event)
            triggers = [t for t in triggers if not _is_flight(t)]
        statements = [t for t in triggers if t.event_type == "Strategic developments"]
        if (not statements or SECOND_VOICE.search(folded, sentence.start + statements[-1].end, sentence.end)) and (any(
                a.actor.role in ("international", "backer")
                # (a foreign force's word on its own strikes is no statement: "NATO said its aircraft had destroyed")
                or a.actor.faction == "international" and not any(t.event_type in VIOLENT_TYPES for t in triggers)
                for a in s_actors) or not s_actors):  # ("The agency said in Geneva", "the foreign ministry in Rome said")
            # "Defense Secretary Gates told reporters in Washington": a foreign voice's words,
            # told by the town abroad where they were spoken
            spoken = spoken_abroad(sentence, text, folded, within(free, place_starts, sentence), language=language,
                                   # ("In Benghazi, Britain's foreign secretary told", not "In Tripoli, the
                                   # deputy foreign minister warned ... NATO")
                                   foreign_first=bool(s_actors) and s_actors[0].actor.role in ("international", "backer"))
            if statements:
                # "Egypt called for restraint in a statement issued in Cairo, while Borrell said in
                # Brussels": a second voice's words, after the first's
                first_said = sentence.start + statements[-1].end
                spoken = [v for v in spoken if v.start > first_said and SECOND_VOICE.search(folded, first_said, v.start)]
            voice = s_actors[0] if s_actors and s_actors[0].actor.faction == "international" else None
            if not spoken and voice is not None and not triggers:
                spoken = [by] if (by := spoken_by(sentence, text, folded, voice.start, voice.end)) else []
            if not s_actors:
                # ('"... forgotten," said a researcher in Tunis': someone quoted, no body's word;
                # "Libya's prime minister said in Rome": a Libyan voice)
                spoken = [v for v in spoken if not (
                    _QUOTED_BEFORE.search(folded, max(0, v.start - 4), v.start) and _SOMEONE_AFTER.match(folded, v.end)
                    or _LIBYAN_BEFORE.search(folded, sentence.start, v.start))]
            triggers = [*triggers, *(replace(v, start=v.start - sentence.start, end=v.end - sentence.start) for v in spoken)]
        if not triggers:
            _attach_toll(events, numbered, number, article, sentence, s_dates,
                         within(figures, figure_starts, sentence), within(free, place_starts, sentence))
            continue
        triggers = _triggers_of_news(
            [replace(t, start=t.start + sentence.start, end=t.end + sentence.start) for t in triggers],
            folded, chunk, sentence, actor_spans, s_actors, language,
            reported_violence=any(e.event_type in VIOLENT_TYPES for e in events),
            # ("Dans l'après-midi, les colonnes ... avaient pris la caserne": the day the story tells)
            after_news=not s_dates and bool(events) and not _SAME_DAY.search(chunk),
            days=[(d.start, d.end) for d in s_dates if d.kind == "absolute" and d.day is not None],
            dated=[d.start for d in s_dates])
        if not triggers:
            continue
        crossings = [t for t in triggers if is_crossing(t)]
        if crossings and not (
                _CROWD.search(chunk)
                and any(r.time_precision == 1 and not r.is_period for _, r in resolved)
                and not any(a.actor.is_armed and not a.is_backer for a in s_actors)):
            # "Plus de 15 000 personnes ont franchi jeudi le poste de Ras Jedir": people who fled
            # across a border on a day are a displacement; not soldiers who crossed to surrender,
            # nor a crossing told with no day
            triggers = [t for t in triggers if t not in crossings]
            if not triggers:
                continue
        s_figures_all = within(figures, figure_starts, sentence)
        reporter = next((a for a in s_actors if a.actor.role == "international"), None)
        if (reporter is not None and (said := _REPORTED.match(folded, reporter.end))
                and any(f.category == "displaced" for f in s_figures_all)
                and not any(f.category == "fatalities" for f in s_figures_all)):
            # a displacement report is the agency's statement, not the fighting it mentions; its
            # text is the reporting verb, so that it is dated as the agency's words
            triggers = [replace(triggers[0], event_type="Strategic developments", sub_event_type="Other",
                                text=said.group(0).strip())]
        peaceful = [m.span() for m in _PEACEFUL.finditer(folded, sentence.start, sentence.end)]
        if peaceful:
            # "where the handover took place without fighting": the fighting is not an event, nor
            # the campaign the town fell in ("sans rencontrer de résistance, au premier jour d'une offensive")
            triggers = [t for t in triggers if not (t.event_type == "Battles" and t.sub_event_type == "Armed clash"
                                                    and (any(a - 25 <= t.start <= b for a, b in peaceful)
                                                         or _CAMPAIGN_NOUN.match(folded, t.start, t.end)))]
            triggers = [replace(t, event_type="Strategic developments", sub_event_type="Non-violent transfer of territory")
                        if t.sub_event_type in TERRITORY_SUB_EVENT_TYPES else t for t in triggers]
        if (not s_dates and events and numbered[-1] == number - 1 and events[-1].event_type in VIOLENT_TYPES
                and not within(free, place_starts, sentence) and _SAME_SITE.search(chunk)):
            # "Un kamikaze s'est fait exploser à l'entrée du bâtiment": the details of the
            # attack just reported, one more piece of its evidence
            end = sentence.end
            while end > sentence.start and text[end - 1].isspace():
                end -= 1
            detail = Evidence(article.article_id, sentence.start, end, text[sentence.start : end])
            events[-1] = replace(events[-1], more_evidence=events[-1].more_evidence + (detail,))
            continue
        taken = [e for e in events if e.sub_event_type in TERRITORY_SUB_EVENT_TYPES]
        if taken and all(r.event_date in (None, taken[-1].event_date) for _, r in resolved) and not any(
                m.place.place_id != taken[-1].place_id and not m.place.is_foreign
                and m.place.kind in ("city", "town", "village") and _IN_OR_FROM_BEFORE.search(folded, max(0, m.start - 8), m.start)
                for m in within(free, place_starts, sentence)):  # not "elles sont entrées à Al-Ajaylat, où ..."
            # "The Kaniyat's remaining men withdrew south towards Bani Walid", "انسحب مقاتلو الكتيبتين":
            # the losers' retreat from the town just reported taken, that day
            retreats = [t for t in triggers if t.sub_event_type == "Non-violent transfer of territory"
                        and WITHDREW.match(fold(t.text))]
            triggers = [t for t in triggers if t not in retreats]
            if retreats and not triggers:
                _attach(events, taken[-1].event_type, article, sentence, within(figures, figure_starts, sentence))
                continue
        referring = _referring(triggers, events, folded, chunk, dated=bool(s_dates),
                               placed=bool(within(free, place_starts, sentence)))
        if referring:
            triggers = [t for t in triggers if t not in referring]
            if not triggers:
                # the sentence only adds to the event it refers to: its evidence and figures
                _attach(events, referring[0].event_type, article, sentence, within(figures, figure_starts, sentence))
                continue
        # '"They have Grad rockets, we have Kalashnikovs," said a fighter', '« Ils ont tiré sur
        # tout ce qui bougeait », a raconté un infirmier': what a witness is quoted saying describes
        # the violence reported; it is no attack of its own, unless it tells where shells fell
        # ("« Les obus tombaient sur les habitations »") or a side claims what it did ("Nous
        # venons de cibler les centres des milices")
        triggers = [t for t in triggers if t.sub_event_type in _SAID_SUBTYPES
                    or not _in_quote(text, sentence.start, t.start)
                    or _FELL.search(folded, sentence.start, sentence.end)
                    or _WE_DID.search(folded, sentence.start, sentence.end)]
        # "Les affrontements, qui ont éclaté lundi à Salaheddine, se sont étendus mardi à Khallet
        # al-Forjan": the fighting spread to a place of its own is an event there; spreading is no
        # event without fighting told before it in the sentence, at another place (not "the fire
        # spread to six tanks", "the clashes spread to Ain Zara")
        places_here = within(free, place_starts, sentence)
        spread_verbs = [t for t in triggers if is_spread(t)]
        triggers = [t for t in triggers if t not in spread_verbs]
        spreads = [t for t in spread_verbs if any(
            b.event_type == "Battles" and b.end <= t.start and (
                any(b.end <= m.start < t.start for m in places_here)
                # ("Les heurts ont éclaté samedi près du marché, puis se sont étendus au quartier de
                # Qadarfai": from a spot of the town the article tells of to a place of its own)
                or any(0 <= m.start - t.end <= SPREAD_REACH and m.place.kind in ("neighbourhood", "facility")
                       for m in places_here))
            for b in triggers)]
        days = [(m.start, r.event_date) for m, r in resolved if r.time_precision == 1 and not r.is_period]
        triggers = _best_per_type(triggers, folded, days, places_here) + spreads
        # "a force of the National Salvation Government in Tripoli fought ... near Sabratha's theatre",
        # "BENGHAZI, June 4 - Haftar's forces captured the Jufra air base": where a government sits
        # and where a story was filed (but "غدامس - ... a delegation come from Tripoli", "TOBRUK -
        # Libya's prime minister": the town of the dateline)
        s_places = _named_elsewhere(_named_elsewhere(
            _where_it_may_have_been(within(free, place_starts, sentence), folded, article_place), seats),
            [m for m in dateline if not m.place.is_foreign])
        # the seat in a body's name is where something happened only to the body itself ("stormed the
        # House of Representatives in Tobruk"), not where its forces fought
        s_places = [m for m in s_places if m not in named_seats or any(
            0 <= named_seats[m] - t.end <= SEAT_TARGET_REACH for t in triggers)
            or _SEAT_BUILDING.search(folded, max(0, named_seats[m] - 30), named_seats[m])]
        s_figures = within(figures, figure_starts, sentence)
        carried = _carried_date(number, dated, chunk, bool(s_dates), article.published)
        here = article_place
        if not any(not m.place.is_foreign for m in s_places):
            just_told = (article_places.get(events[-1].place_id)
                         if events and numbered[-1] >= number - TOWN_SENTENCES else None)
            if just_told is not None and just_told.is_foreign:
                just_told = None  # (the town abroad a statement was made in is no place of the news after it)
            # ("dans le centre de la capitale", "في العاصمة التونسية": Tripoli, or Tunis)
            here = (_named_by_kind(chunk, just_told, free, sentence.start) or the_capital(chunk, context.gazetteer)
                    or article_place)
        sides, sides_trigger = None, None  # the sentence's first violent event (and its trigger), whose sides its clause shares
        acts = _act_spans(triggers, folded, sentence, days, places_here, s_actors)
        for position, trigger in enumerate(triggers):
            if sides is not None and _apart(sides_trigger, trigger, folded, days, places_here):
                sides = None  # "..., while NATO aircraft struck targets in Tripoli": a clause with its own sides
            # "NATO jets struck a depot in Brega and rebel fighters shelled positions in Ajdabiya":
            # the sides its own clause names and those named after it, but for the doers of the clauses
            # after it (a clause naming none goes on with the sentence's)
            act_start, act_end = acts[position]
            doers = {id(a) for later, (start, _) in zip(triggers, acts) if start >= act_end
                     for a in s_actors if start <= a.start < later.start
                     or language == "ar" and 0 <= a.start - later.end <= 2}  # ("وقصف الثوار": verb first)
            act_actors = ([a for a in s_actors if act_start <= a.start and id(a) not in doers]
                          if any(act_start <= a.start < act_end for a in s_actors) else s_actors)
            event = _build_event(
                article, language, trigger, sentence, context,
                folded=folded, places=s_places, actors=act_actors, earlier_actors=actors, act=acts[position],
                figures=s_figures if position == 0 else [], resolved=[p for p in resolved if p not in told] or resolved,
                carried=carried,
                article_place=here, is_first=position == 0, sides=sides, abroad=abroad,
            )
            if event.sub_event_type == "Other" and not _is_statement_of_record(event, trigger, sentence, folded):
                continue
            if (position > 0 and trigger.event_type == "Strategic developments" and event.faction1 != "international"
                    and trigger.sub_event_type != "Looting/property destruction"
                    and triggers[0].event_type != "Strategic developments"):
                continue  # a sentence about violence is a statement only in a foreign voice
            if sides is None and event.event_type in VIOLENT_TYPES and event.faction1:
                sides, sides_trigger = event, trigger
            events.append(event)
            numbered.append(number)
            for other in _coordinated_places(event, s_places, text, folded, trigger):
                # "ont repris Sabratha et Sorman": one event per town taken
                events.append(replace(
                    event, event_id=make_event_id(article.article_id, other.start, other.end),
                    location=other.place.name, admin1=other.place.admin1, latitude=other.place.latitude,
                    longitude=other.place.longitude, place_id=other.place.place_id,
                    country_code=other.place.country_code, country=_country_name(other.place),
                ))
                numbered.append(number)
    events = _settled_sides(events, numbered, sentences, actors, text, folded, article.published)
    if context.side_model is not None:
        events = _with_model_sides(events, actors, text, folded, article.published, context.side_model)
    events = [riot_sides(e) for e in events]
    # "أعلن الرئيس المصري ... في القاهرة، بحضور حفتر": words said abroad are a foreign voice's,
    # whoever they name or stood beside it (the corpus codes 1175 of 1206 such statements so)
    events = [_voiced_abroad(e) if e.sub_event_type == "Other" and e.country_code not in ("", "LY") else e
              for e in events]
    # "NATO ministers called on Gaddafi's forces to halt", "UNHCR said 4,000 migrants were found":
    # whom a foreign voice's statement addresses or speaks of is no second side of it
    events = [replace(e, actor2="", faction2="") if e.sub_event_type == "Other" and e.faction1 == "international" else e
              for e in events]
    # "Military delegations from Libya's two warring camps signed a permanent ceasefire", "وقّع وفدا
    # اللجنة العسكرية المشتركة (5+5)": an agreement of the two camps of the day is theirs, not its sponsor's
    events = [_between_the_camps(e) if e.sub_event_type == "Agreement" and e.event_date is not None
              and e.event_date.year >= CAMPS_SINCE and _BOTH_CAMPS.search(folded, e.evidence_start, e.evidence_end)
              else e for e in events]  # (in 2011 the two sides were others: the rebels and Gaddafi's forces)
    return Extraction(article, tuple(places), tuple(inferred_settled(e) for e in events))


def _between_the_camps(event: Event) -> Event:
    """An agreement (dated) between the Tripoli camp and the eastern camp of its day (before the
    unity government of 2016, the General National Congress and the House of Representatives)."""
    if event.event_date < UNITY_GOVERNMENT:
        return replace(event, actor1="General National Congress", faction1="gna",
                       actor2="House of Representatives", faction2="lna", assoc_actor1="", inferred_factions="")
    return replace(event, actor1="GNA", faction1="gna", actor2="LNA", faction2="lna", assoc_actor1="",
                   inferred_factions="")


def _referring(triggers: list[Trigger], events: list[Event], folded: str, chunk: str, *,
               dated: bool, placed: bool) -> list[Trigger]:
    """The triggers of a sentence that name an event already reported (`events`), in the order
    the rules find them; `dated` and `placed`: whether the sentence gives a date, a place."""
    if not events:
        return []
    # "les combats ont fait au moins 61 morts": the toll of fighting already reported
    referring = [t for t in triggers if _TOLL_NOUNS.match(fold(t.text)) and _TOLL_AFTER.match(folded, t.end)]
    if not dated and events[-1].sub_event_type in TERRITORY_SUB_EVENT_TYPES and not placed:
        # "les troupes sont entrées dans la ville sans combat": the capture just reported
        referring += [t for t in triggers if t.sub_event_type in TERRITORY_SUB_EVENT_TYPES
                      or t.sub_event_type == "Non-violent transfer of territory"]
    reported_subs = {e.sub_event_type for e in events}
    # "ويعد اعتقاله أبرز ثمار الحملة": "his arrest" is the arrest just reported, whatever else
    # the sentence dates
    referring += [t for t in triggers if t.sub_event_type in reported_subs and _AR_POSSESSIVE.match(fold(t.text))]
    if not dated and not _SPREAD.search(chunk):
        # (but "the fighting spread to Ain Zara", "امتدت المعارك إلى": the same war, a new
        # place, a new event)
        reported = {e.event_type for e in events}
        referring += [t for t in triggers if
                      (t.event_type in reported or (t.event_type in VIOLENT_TYPES and reported & VIOLENT_TYPES)
                       # "the withdrawal" of the side that lost the town just reported
                       or (t.sub_event_type == "Non-violent transfer of territory"
                           and reported_subs & TERRITORY_SUB_EVENT_TYPES))
                      and (_refers_back(t, folded)
                           # "إن الغارات استهدفت مباني إدارية": what "the raids" just named did
                           or any(0 <= t.start - o.end <= 2 and _AR_BACK_REFERENCE.match(fold(o.text)) for o in triggers)
                           # "Municipal leaders blamed the LNA, which said it had targeted
                           # mercenaries": blame and denial of the violence just reported
                           or (t.event_type in VIOLENT_TYPES and _BLAME_VERB.search(chunk)))]
    if dated:
        # "الغارات جاءت لتمهيد الطريق ... حيث اندلعت مساء الأحد اشتباكات": "the strikes" are
        # those just reported; the sentence's date is the other event's
        back = [t for t in triggers if t.sub_event_type in reported_subs and _refers_back(t, folded)]
        if back and any(t.event_type not in {b.event_type for b in back} for t in triggers):
            referring += back
        # "The blast recalled the assassination of a judge in 2014": the blast just reported,
        # which the sentence compares with an older event
        referring += [t for t in back if t not in referring and _RECALLS_AFTER.match(folded, t.end)]
    return referring


_Dated = tuple[DateMention, ResolvedDate]


def _sentence_dates(s_dates: list[DateMention], sentence: Sentence, text: str, folded: str,
                    published: date | None) -> tuple[list[_Dated], list[_Dated], list[ResolvedDate]]:
    """The dates of a sentence resolved against the paper's day, those of them that only say
    when a toll was given ("according to a toll released this morning"), and those a later
    sentence without a date may take as its own."""
    resolved = [(d, resolve_date(d, published)) for d in s_dates
                if not _APPOINTED_BEFORE.search(folded, max(0, d.start - 40), d.start)]
    # "la mission prendra fin le 31 octobre": a date to come dates nothing that happened
    resolved = [(d, r) for d, r in resolved if not (published and r.event_date and r.event_date > published)]
    if len(resolved) > 1:
        # "Misrata, 1er juin 2015 — Un kamikaze s'est fait exploser dimanche": the dateline
        # dates the report; the sentence's own day dates the event
        resolved = [(d, r) for d, r in resolved if not _is_dateline(text, d)] or resolved
    # "وفق حصيلة أعلنتها وزارة الصحة صباح اليوم", "according to a toll released this morning":
    # the day a figure was given, not the day of an event, when the sentence names another
    told = [(d, r) for d, r in resolved if _ANNOUNCED_BEFORE.search(folded, max(0, d.start - 40), d.start)]
    # "la plus meurtrière depuis la chute de Kadhafi en 2011": a point of comparison, and "ont
    # annoncé vendredi": the day a toll was given, date nothing that follows
    carried_on = [r for d, r in resolved
                  if not r.is_period and not _SINCE_BEFORE.search(folded, max(sentence.start, d.start - SINCE_REACH), d.start)
                  and not (len(resolved) > 1 and (d, r) in told)]
    return resolved, told, carried_on


def _named_by_kind(chunk: str, just_told: Place | None, free: list[PlaceMention], before: int) -> Place | None:
    """The place a sentence that names none means by a word for its kind: "the hilltop town", "la
    ville", "المدينة" is the town of the event just told of (`just_told`); "the airport", "la
    base", "القاعدة" the site of that kind the article named before."""
    if just_told is not None and just_told.kind in ("city", "town", "village") and _THE_TOWN.search(chunk):
        return just_told  # "Further east, the bombardment of Zintan went on. Grad rockets slammed into the hilltop town"
    return _the_site(chunk, free, before)


def _with_model_sides(events: list[Event], actors: list[ActorMention], text: str, folded: str,
                      published: date | None, model: SideModel) -> list[Event]:
    """The events with the sides the side model adds; a side it gives may make the other plain
    on a front ("its fighters overran the Ghardabiya air base" in 2015: the Islamic State's, so
    taken from Misrata's brigade), so the front facts run again on the events it changed."""
    learned = with_learned_sides(events, actors, text, published, model, folded=folded)
    changed = [i for i, (old, new) in enumerate(zip(events, learned)) if old != new]
    if changed:
        for i, event in zip(changed, _on_the_fronts([learned[i] for i in changed], actors, folded)):
            learned[i] = event
    return learned


def _mentions(text: str, folded: str, published: date | None, gazetteer: Gazetteer,
              factions: FactionTable) -> tuple[list[PlaceMention], list[ActorMention]]:
    """The article's place mentions and its actor mentions (local groups named, each actor in
    its camp of the day)."""
    places = as_capitals(in_their_towns(named_after_a_place_word(gazetteer.find_places(text), text, folded, gazetteer),
                                        text), folded, capitals(gazetteer))
    actors = islamists_in_their_coalition(
        local_groups(factions.find_actors(text, folded=folded), places, factions, folded, text), folded)
    return places, armies(as_of(actors, published), published)


def actor_mentions(article: Article, *, gazetteer: Gazetteer | None = None) -> list[ActorMention]:
    """The actor mentions the extractor reads an article's sides from (for training the side model)."""
    if gazetteer is None:
        from gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    return _mentions(article.text, fold(article.text), article.published, gazetteer, default_factions())[1]


def _the_site(chunk: str, free: list[PlaceMention], before: int) -> Place | None:
    """The site a sentence names by its kind alone ("the airport", "l'hôtel", "القاعدة"): the last
    one of that kind the article named before the sentence."""
    match = _THE_SITE.search(chunk)
    if match is None:
        return None
    kind = match.lastgroup.removeprefix("ar_")
    words = _SITE_WORDS[kind]
    return next((m.place for m in reversed(free) if m.end <= before and not m.place.is_foreign
                 and m.place.kind == "facility" and any(w in m.place.name.lower() for w in words)), None)


def _triggers_of_news(triggers: list[Trigger], folded: str, chunk: str, sentence: Sentence,
                      actor_spans: list[tuple[int, int]], s_actors: list[ActorMention], language: str, *,
                      reported_violence: bool, after_news: bool, days: list[tuple[int, int]],
                      dated: list[int]) -> list[Trigger]:
    """A sentence's triggers less those that name no new event: a name ("Volcano of Rage
    operation"), a call about violence, a toll, a person captured (an arrest), a celebration,
    background, and, in a sentence with no date of its own after the news (`after_news`), what
    came before it."""
    # "Government of National Accord", "Volcano of Rage operation" name actors, not events; but
    # "hundreds of protesters", "مئات المتظاهرين" tell of a protest ("the protesters" are those of
    # a protest already told)
    protesters = {(a.start, a.end) for a in s_actors if a.actor.faction == "civilians"
                  and COUNTED_BEFORE.search(folded, max(0, a.start - 40), a.start)}
    # ("US air strikes", "frappes aériennes américaines": a foreign force named by its strikes
    # did strike)
    strikers = {(a.start, a.end) for a in s_actors if a.actor.faction == "international" and a.actor.is_armed}
    triggers = [t for t in triggers if not any(a <= t.start and t.end <= b for a, b in actor_spans)
                or t.event_type == "Protests" and any(a <= t.start and t.end <= b for a, b in protesters)
                or t.event_type == "Explosions/Remote violence" and any(a <= t.start and t.end <= b for a, b in strikers)]
    triggers = _calls_and_targets(triggers, chunk, sentence.start,
                                  reported_violence=reported_violence)
    # "describing it as a \"massacre\"", "qualifiant l'attaque de massacre": a name for what was
    # told, no event of its own
    triggers = [t for t in triggers if not _CALLED_BEFORE.search(folded, max(0, t.start - 40), t.start)]
    # "الهجوم الذي استهدف قاعدة براك": the verb of a relative clause tells what the attack just
    # named did, no second event
    triggers = [t for t in triggers if not (
        _AR_RELATIVE_BEFORE.search(folded, max(0, t.start - 8), t.start)
        and any(0 <= t.start - other.end <= 8 for other in triggers if other is not t))]
    if any(t.event_type == "Explosions/Remote violence" for t in triggers):
        # "44 migrants ont été tués lorsqu'une frappe aérienne a touché le centre": the dead are
        # the strike's toll, not an attack of its own
        triggers = [t for t in triggers if not (t.event_type == "Violence against civilians"
                                                and _VICTIMS_KILLED.match(fold(t.text)))]
    # "captured Saif al-Islam", "seized a member of Surman's council": a person taken, not a town
    # (an armed group named after the verb is a force driven out: "ont chassé l'ANL de Qasr Ben Ghachir")
    person_starts = {a.start for a in s_actors
                     if a.actor.role not in ("civilians", "armed") and not _FORCE_WORDS.search(fold(a.surface))
                     and language != "ar"}  # (Arabic puts the subject after the verb)
    triggers = [_person_taken(t, folded, person_starts) if t.sub_event_type in TERRITORY_SUB_EVENT_TYPES else t
                for t in triggers]
    # "crowds gathered to celebrate", "a crowd of residents fighting": not a protest, not a battle
    triggers = [t for t in triggers if not (
        (t.event_type == "Protests" and _CELEBRATE_AFTER.match(folded, t.end))
        or (_PARTICIPLE.match(folded, t.start, t.end) and _PLURAL_BEFORE.search(folded, max(0, t.start - 20), t.start)))]
    triggers = [t for t in triggers if t.event_type not in VIOLENT_TYPES or not (
        # ("بعد يومين من تفجير انتحاري": two days after a bombing, not after two days of it)
        _BACKGROUND_BEFORE.search(folded, max(0, t.start - 50), t.start)
        and not (t.sub_event_type in _ONE_BLOW and _DAYS_BEFORE_TRIGGER.search(folded, max(0, t.start - 60), t.start))
        or _DURATION_AFTER.match(folded, t.end)
        or _JUDGED_BEFORE.search(folded, max(0, t.start - 50), t.start) and not _TOLL_TOLD.match(folded, t.end)
        or (_CAMPAIGN_NOUN.match(folded, t.start, t.end)
            and _POSSESSIVE_BEFORE.search(folded, max(0, t.start - 50), t.start)))]
    # "Brega a changé de mains à plusieurs reprises depuis la mi-mars": a town's history, no capture
    triggers = [t for t in triggers if not (t.sub_event_type in TERRITORY_SUB_EVENT_TYPES
                                            and _MANY_TIMES_AFTER.match(folded, t.end))]
    triggers = [t for t in triggers if not (
        t.event_type in VIOLENT_TYPES and _SINCE_JUST_BEFORE.search(folded, max(0, t.start - 40), t.start)
        and not any(t.end <= start <= t.end + SINCE_DATED_REACH for start in dated))]
    # "la bataille de Benghazi s'enlise", "the battle for Benghazi has shrunk to a few streets": a
    # campaign the sentence dates to no day is no event of its own
    triggers = [t for t in triggers if not (_BATTLE_NOUN.fullmatch(fold(t.text)) and not dated)]
    # "A battle for Sirte, he warned, could turn into...", "les combats, selon lui, pourraient
    # reprendre": the subject of what could happen, however far the modal verb
    triggers = [t for t in triggers if not _subject_of_a_possibility(token_at(sentence.span, t.start, t.end))]
    # (but "follows the GNA's capture of Sabratha and Surman on 13 April", "بعد أن استعادت قوات
    # الوفاق في 26 يونيو مدينة غريان": the earlier event, given its own day, is one too; `days`:
    # where the sentence's dates of a day of the month stand, as extractor.dates found them)
    triggers = [t for t in triggers if (
        not ANCHOR_BEFORE.search(folded, max(0, t.start - 60), t.start)
        or any(t.start - 25 <= start and end <= t.end + 70 for start, end in days))
        and not (t.sub_event_type in TERRITORY_SUB_EVENT_TYPES and _BUILDING_TAKEN.match(folded, t.end))]
    if after_news:
        # "the monkey had attacked a schoolgirl", "les troupes avaient pilonné": the pluperfect
        # tells what came before the news, in a sentence with no date of its own
        triggers = [t for t in triggers if not (t.event_type in VIOLENT_TYPES
                                                and _PLUPERFECT_BEFORE.search(folded, max(0, t.start - 14), t.start))]
        # "وكانت هدنة سابقة قد انهارت": Arabic's pluperfect (كان ... قد) and "a previous truce"
        # tell what came before the news
        triggers = [t for t in triggers if not (
            _AR_PLUPERFECT.search(chunk) or _PREVIOUS_AFTER.match(folded, t.end)
            or _PREVIOUS_BEFORE.search(folded, max(0, t.start - 20), t.start))]
        # "les combats pour le contrôle de l'aéroport se poursuivent": ongoing, undated background
        triggers = [t for t in triggers if not (t.event_type in VIOLENT_TYPES and _ONGOING_AFTER.match(folded, t.end))]
    if (any(t.sub_event_type == "Looting/property destruction" for t in triggers) and not _FIGHTING.search(chunk)
            and not any(a.actor.faction == "civilians" for a in s_actors)):
        # "gunmen stormed the offices ... and set fire to its studios", "اقتحم مسلحون مقر المفوضية
        # وحطموا أجهزة": armed men who break in and wreck or rob fight no one (protesters who
        # storm a building riot)
        triggers = [t for t in triggers if not (t.sub_event_type == "Armed clash" and _STORMED.fullmatch(fold(t.text)))]
    if any(t.event_type == "Violence against civilians" for t in triggers) and len(
            {a.actor.name for a in s_actors if a.actor.is_armed and not a.is_backer}) <= 1:
        # "خطف مسلحون ملثمون السفير ... وأطلقوا النار على سائقه": gunmen who fire as they seize or
        # attack civilians fight no one; with one armed side named, one attack, no battle
        triggers = [t for t in triggers if t.sub_event_type != "Armed clash"]
    return triggers


def _person_taken(trigger: Trigger, folded: str, person_starts: set[int]) -> Trigger:
    """A territory trigger whose object (or, in the passive, subject) is a person, not a town. A
    person the factions file names just after it ("captured Saif al-Islam") or a person captured
    is an arrest; a person seized ("seized a member of Surman's council", "Prime Minister Ali Zeidan
    was seized by gunmen") an abduction. `person_starts`: where the sentence names a person."""
    arrest = replace(trigger, event_type="Strategic developments", sub_event_type="Arrests")
    if _PERSON_TAKEN.match(folded, trigger.end) and any(trigger.end < start <= trigger.end + 3 for start in person_starts):
        return arrest
    before = folded[max(0, trigger.start - PERSON_TAKEN_REACH) : trigger.start]
    passive = _PASSIVE_AUX_BEFORE.search(before)
    if not (_PERSON_NOUN_AFTER.match(folded, trigger.end) or passive and (
            _PERSON_NOUN_BEFORE.search(before[: passive.start()])
            or any(trigger.start - 60 <= start < trigger.start for start in person_starts))):
        return trigger
    if _CAPTURED.match(fold(trigger.text)):
        return arrest
    return replace(trigger, event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance")


def _refers_back(trigger: Trigger, folded: str) -> bool:
    """Whether the trigger names an event as one already told of: "the assault", "l'attaque",
    "بالهجوم"."""
    word = fold(trigger.text)
    return bool(_AR_BACK_REFERENCE.match(word) or (
        _BACK_REFERENCE.match(word) and _DEFINITE_BEFORE.search(folded, max(0, trigger.start - 20), trigger.start))
        # "Both rallies passed off peacefully", "Le rassemblement s'est dispersé": the protest told
        or _PROTEST_NOUN.match(word) and _PROTEST_NAMED_BEFORE.search(folded, max(0, trigger.start - 12), trigger.start))


def _subject_of_a_possibility(token) -> bool:
    """Whether the trigger's word is the subject of a verb of possibility or of the future
    ("could turn", "pourraient reprendre"), not of a past one ("may have killed")."""
    if token is None or token.dep_ not in _SUBJECT_DEPS:
        return False
    verb = token.head
    auxiliaries = {child.lower_ for child in verb.children if child.dep_.startswith("aux")}
    if auxiliaries & {"have", "avoir", "a", "ont", "aurait", "auraient"}:
        return False
    return bool(auxiliaries & _MODALS) or verb.lower_ in _MODALS


def _where_it_may_have_been(s_places: list[PlaceMention], folded: str,
                            article_place: Place | None) -> list[PlaceMention]:
    """A sentence's places less where a force came from and where the beaten side went."""
    if len(s_places) > 1 or s_places and article_place is not None:
        # "militias from Misrata entered Bani Walid": where a force comes from is not where it
        # acts; named alone, the town acted on is the story's
        # (and the towns listed after it: "columns from Tripoli, Misrata and the Nafusa mountains",
        # not "Tripoli-based groups")
        origins = with_those_listed_after(
            s_places, lambda m: bool(_ORIGIN_BEFORE.search(folded, max(0, m.start - 70), m.start)),
            lambda last, m: bool(_FROM_TOO.fullmatch(folded, last.end, m.start) and not folded.startswith("-", m.end)
                                 or _LIST_COMMA.fullmatch(folded, last.end, m.start) and _FROM_TOO.match(folded, m.end)))
        s_places = [m for m in s_places if m not in origins] or (
            s_places if len(s_places) > 1 or article_place is None or article_place.place_id == s_places[0].place.place_id
            else [])
    if len(s_places) > 1:
        # "À Benghazi, des déplacés de Derna ont manifesté": the town people fled is not where
        # they are (named alone, it is: "Tebu residents of Murzuq protested")
        s_places = [m for m in s_places if not _PEOPLE_OF_BEFORE.search(folded, max(0, m.start - 40), m.start)] or s_places
        # ("... contre cette petite ville, selon des sources médicales à Gharyan")
        s_places = [m for m in s_places if not _TELLERS_IN_BEFORE.search(folded, max(0, m.start - 60), m.start)] or s_places
    if s_places and (article_place is not None or len(s_places) > 1):
        # "fled towards Zintan and Rujban", "se sont repliés vers Ben Jawad": where the beaten
        # side went, not where the event was
        gone = with_those_listed_after(
            s_places, lambda m: bool(_TOWARDS_BEFORE.search(folded, max(0, m.start - 40), m.start)),
            lambda last, m: bool(_AND_BETWEEN.fullmatch(folded, last.end, m.start)))  # "نحو الزنتان والرجبان"
        s_places = [m for m in s_places if m not in gone] or ([] if article_place is not None else s_places)
    return s_places


def _named_elsewhere(s_places: list[PlaceMention], other_role: list[PlaceMention]) -> list[PlaceMention]:
    """The sentence's places less those named in `other_role` (a government's seat, the town a
    story was filed from), when the sentence names another Libyan town or site."""
    if other_role and any(m not in other_role and not m.place.is_foreign and is_site(m.place) for m in s_places):
        return [m for m in s_places if m not in other_role]
    return s_places


def _carried_date(number: int, dated: list[tuple[int, ResolvedDate]], chunk: str, has_own_date: bool,
                  published: date | None) -> ResolvedDate | None:
    """The date a sentence without its own takes from those before it ("le soir même", "la
    veille": a day told before)."""
    if not has_own_date and dated and _SAME_DAY.search(chunk):
        # "le même jour", "hours earlier": the last day given (not "since last April" told after it)
        return next((r for _, r in reversed(dated) if r.time_precision == 1 and not r.is_period), dated[-1][1])
    if not has_own_date and (shift := _day_shift(chunk, dated, published)) is not None:
        return shift
    return next((r for n, r in reversed(dated) if number - CARRY_SENTENCES <= n < number), None)


def _settled_sides(events: list[Event], numbered: list[int], sentences: list[Sentence],
                   actors: list[ActorMention], text: str, folded: str, published: date | None) -> list[Event]:
    """The events with their sides settled by the rest of the article (extractor.sides, .roles,
    .alliances, .fronts), merged where one event was told twice."""
    declared = declared_camps(actors, folded)
    if events:
        actor_starts = [a.start for a in actors]
        by_sentence = [within(actors, actor_starts, sentence) for sentence in sentences]
        events = [
            security_victims(no_victims(foreign_target(acled_sides(sided(allied(era(both_sides(
                fill_from_neighbours(event, number, sentences, by_sentence, text, folded),
                actors, folded), published), published), declared)), folded), folded), folded)
            for event, number in zip(events, numbered)
        ]
        events = withdrawal_sides(the_fighting(definite_attackers(events, numbered, folded), folded), actors, folded)
        events = [suicide_bomber(event, actors) for event in events]
    return _on_the_fronts(merge_within(events), actors, folded, declared)


def _on_the_fronts(events: list[Event], actors: list[ActorMention], folded: str,
                   declared: dict[str, str] | None = None) -> list[Event]:
    """The events with the side a front makes plain (extractor.fronts.front_sides)."""
    declared = declared_camps(actors, folded) if declared is None else declared
    camps = {declared.get(a.actor.name, a.actor.faction) for a in actors
             if not a.is_backer and a.actor.is_armed and a.actor.name not in GENERIC_ACTORS}
    named = {a.actor.name for a in actors if not a.is_backer}
    return [front_sides(event, harmed=_anyone_but_fighters_hit(folded, event.evidence_start, event.evidence_end),
                        camps_named=camps, actors_named=named,
                        author_unknown=by_unknown_attackers(event, folded))
            for event in events]


def _anyone_but_fighters_hit(folded: str, start: int, end: int) -> bool:
    """Whether the sentence tells of people killed or hurt other than fighters ("a hospital
    official said several fighters had been wounded" tells of fighters only)."""
    return any(not _COMBATANTS.search(folded, max(start, m.start() - COMBATANT_REACH), min(end, m.end() + COMBATANT_REACH))
               for m in HARMED.finditer(folded, start, end))


def _attach(events: list[Event], event_type: str, article: Article, sentence: Sentence, figures: list[Figure]) -> None:
    """Add a sentence that refers back to the latest event of `event_type` to its evidence
    ("Three fighters were killed in the clashes"), with the figures it gives."""
    index = next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type == event_type), None)
    if index is None and event_type in VIOLENT_TYPES:
        index = next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type in VIOLENT_TYPES), None)
    if index is None:
        return
    end = sentence.end
    while end > sentence.start and article.text[end - 1].isspace():
        end -= 1
    kept = events[index]
    changes: dict[str, object] = {"more_evidence": kept.more_evidence + (
        Evidence(article.article_id, sentence.start, end, article.text[sentence.start : end]),)}
    for figure in figures:
        if getattr(kept, figure.category, 0) is None and figure.category not in changes:
            changes[figure.category] = figure.value
    events[index] = replace(kept, **changes)


def _attach_toll(events: list[Event], numbered: list[int], number: int, article: Article, sentence: Sentence,
                 s_dates: list, s_figures: list[Figure], s_places: list[PlaceMention]) -> None:
    """A sentence with no trigger that gives the toll ("Four people were wounded, the ministry
    said") just after a violent event, with no date or place of its own: that event's toll."""
    if s_dates or s_places or not events or numbered[-1] < number - TOLL_SENTENCES:
        return
    harmed = [f for f in s_figures if f.category in ("fatalities", "injured")]
    if not harmed or events[-1].event_type not in VIOLENT_TYPES:
        return
    _attach(events, events[-1].event_type, article, sentence, harmed)
    last = events[-1]
    if last.event_type == "Explosions/Remote violence" and not last.faction2:
        events[-1] = replace(last, actor2="Civilians", faction2="civilians")  # as in _build_event


# ("sur Ganfouda et sur le secteur de Gwarsha", "على حي الليثي وعلى منطقة بوعطني", "à Tobrouk et jusqu'à
# Sebha", "à Tobrouk ainsi qu'à Al-Bayda")
_COORDINATION = re.compile(
    r"\s*(?:,\s*)?(?:et|and|ainsi que|ainsi qu'|as well as|puis|then|comme|و)\s*(?:jusqu')?"
    r"(?:de |d'|du |des |of |à |in |في |sur |on |at |near |around |près de |autour de |على |قرب )?"
    r"(?:la ville de |the town of |(?:(?:le |la |the )?(?:secteur|quartier|district|area|zone) (?:de |d'|of )?)"
    r"|(?:حي|منطقة|منطقه) |the |la |le |l')?$")
_LISTED = re.compile(r"\s*[,،]\s*(?:de |d'|du |des |of |à |in |في )?(?:the |la |le |l')?$")  # "Zliten, Khoms and Msallata"


# ("على محوري بوعطني والليثي", "في منطقتي قنفودة والصابري": on the two fronts of, in the two areas of)
_STRUCK_NEAR = re.compile(arabic_folded(
    r"(?:\b(?:near|on|in|at|around|a|au|aux|dans|sur|pres de|autour de)|(?<!\w)(?:قرب|على|في))\s+(?:the |les |la |le |l')?"
    # ("in the ports of Tripoli, Al Khums and Sirte", "dans les ports de", "dans les quartiers d'Al-Sabri
    # et de Souq al-Hout", "au quartier de Zawiyat al-Dahmani puis à Ain Zara")
    r"(?:(?:ports|towns|cities|villages|areas|districts) of |(?:ports|villes|localites|secteurs|quartiers?) (?:de |d')|"
    r"(?:محور|محوري|جبهة|جبهتي|منطقة|منطقتي|حي|حيي)\s+)?$"))
STRUCK_REACH = 80  # characters from a strike's verb to the towns it hit, listed after it
_STRUCK_PASSIVE = re.compile(r"\s+(?:were|was|have been|had been|ont ete|a ete|avaient ete)\s+")


# the verbs of a site shut, and (for _SHUTDOWN) the nouns too: "la fermeture des terminaux", "أي إغلاق جديد"
_SHUT_VERBS = "shut|closed|sealed|halted|ferme|interdit|suspendu|coupe|cesse"
_SHUT_VERBS_AR = "اغلقت|اغلق|اوقفوا|اوقفت|اوقف"
# a site shut ("shut the terminals", "a fermé les vannes", "أوقفوا الشحن"): each site listed is one
_SHUTDOWN = re.compile(arabic_folded(
    rf"\b(?:{_SHUT_VERBS}|halt|halting|blockade|fermeture|arrete|arret|bloque)\b"
    rf"|(?<!\w)(?:{_SHUT_VERBS_AR}|اغلاق|اقفال|وقف)(?!\w)"))
SHUT_REACH = 60  # characters from a shutdown's verb to the first site it names
# a site shut told by a verb, not by the noun
_SHUT_VERB = re.compile(arabic_folded(rf"\b(?:{_SHUT_VERBS})\b|(?<!\w)(?:{_SHUT_VERBS_AR})(?!\w)"))
# "أقدمت ... على إغلاق", "قامت بإغلاق": the noun of the act as a verb's object, the act done
_AR_DID = re.compile(arabic_folded(r"(?<!\w)(?:علي|(?:قام|قامت|قاموا)\s+ب)\s*$"))
# what a shutdown shuts that makes it an event whoever did it: oil sites, their valves, their exports
_OIL_SITE = re.compile(arabic_folded(
    r"\b(?:terminals?|ports?|oilfields?|fields?|valves?|pipelines?|pumping|refiner(?:y|ies)|exports?|loading|production"
    r"|terminaux|champs?|vannes?|oleoducs?|pompage|raffinerie|exportations?|chargements?)\b"
    r"|(?<!\w)(?:ميناء|موانئ|الموانئ|حقل|حقول|الحقل|الحقول|صمامات|صمام|خط الانابيب|المصفاه|مصفاه|الضخ|التصدير|الانتاج|الشحن)(?!\w)"))


def _coordinated_places(event: Event, places: list[PlaceMention], text: str, folded: str,
                        trigger: Trigger) -> list[PlaceMention]:
    """The other towns joined to a taken town (or a protest's) by "et"/"and"/"و", before or after
    it: "Sabratha et de Sorman", "مدينتا البيضاء وسبها", "Zliten, Khoms and Msallata"; the towns a
    strike hit, listed after its verb ("أغارت ... على مواقع للكتائب قرب بني وليد وسرت")."""
    shutdown = event.sub_event_type == "Other" and bool(_SHUTDOWN.search(fold(trigger.text)))
    if ((event.sub_event_type not in TERRITORY_SUB_EVENT_TYPES | {"Headquarters or base established", "Armed clash"}
            and event.event_type not in ("Protests", "Explosions/Remote violence") and not shutdown)
            or not event.place_id):
        return []
    chains: list[list[PlaceMention]] = []
    joined: list[bool] = []  # whether a chain has an "and" (a list of towns, not a town and its district)
    for mention in places:
        if mention.place.is_foreign or not is_site(mention.place):
            continue
        between = text[chains[-1][-1].end : mention.start].lower() if chains else ""
        coordinated = bool(_COORDINATION.fullmatch(between))
        if chains and (coordinated or _LISTED.fullmatch(between)):
            chains[-1].append(mention)
            joined[-1] = joined[-1] or coordinated
        else:
            chains.append([mention])
            joined.append(False)
    best: list[PlaceMention] = []
    for chain, has_and in zip(chains, joined):
        ids = [m.place.place_id for m in chain]
        if not has_and or event.place_id not in ids or len(set(ids)) != len(ids):
            continue  # ("RAS LANOUF - ... repris Ras Lanouf et Es Sider": each mention its own chain)
        if event.event_type in ("Explosions/Remote violence", "Battles") and event.sub_event_type not in (
                TERRITORY_SUB_EVENT_TYPES) and not (
                0 <= chain[0].start - trigger.end <= STRUCK_REACH
                and _STRUCK_NEAR.search(folded, max(0, chain[0].start - 24), chain[0].start)
                or 0 <= chain[0].start - trigger.end <= 2  # ("struck Misrata and Zliten": the towns hit)
                # ("positions around Abu Grein and Wishka were bombed": the towns hit, named before)
                or _STRUCK_PASSIVE.fullmatch(folded, chain[-1].end, trigger.start)):
            continue  # (not "fighters from Zintan, Kikla and Yafran", "fled to Al-Bayda and Tobruk")
        if shutdown and not 0 <= chain[0].start - trigger.start <= len(trigger.text) + SHUT_REACH:
            continue  # ("halted loading at Brega, Ras Lanuf and Es Sider": the sites shut, named with the verb)
        best = max(best, [m for m in chain if m.place.place_id != event.place_id], key=len)
    return best


def _calls_and_targets(triggers: list[Trigger], chunk: str, offset: int, *, reported_violence: bool) -> list[Trigger]:
    """A call about violence is the call only ("appelé à l'arrêt des combats"), and so is a
    condemnation once violence has been reported ("UNSMIL condemned the attack on Monday, warning
    that strikes on civilians..."): the violence it names is the one reported; an attack
    on a hotel, an embassy or a ministry is violence against civilians, not a clash."""
    statements = [t for t in triggers if t.event_type == "Strategic developments" and t.sub_event_type in _CALL_SUBTYPES]
    calls = [t for t in statements if _CALL.search(fold(t.text))]
    condemnations = [t for t in statements if _CONDEMN.search(fold(t.text))] if reported_violence else []
    kept: list[Trigger] = []
    for trigger in triggers:
        if trigger.event_type in VIOLENT_TYPES and any(0 <= trigger.start - c.end <= CALL_REACH for c in calls):
            continue
        if trigger.event_type in VIOLENT_TYPES and any(c.end <= trigger.start for c in condemnations):
            continue  # "condemned the attack, warning that strikes on civilians...": what was reported
        if (trigger.sub_event_type == "Armed clash" and not is_spread(trigger) and any(
                not _SOURCE_AT.match(chunk, target.end()) and not _SOURCE_IN.search(chunk, 0, target.start())
                for target in _CIVILIAN_TARGET.finditer(chunk, trigger.end - offset, trigger.end - offset + 60))):
            trigger = replace(trigger, event_type="Violence against civilians", sub_event_type="Attack")
        kept.append(trigger)
    return kept


_PROTEST_GRAVITY = {"Protest with intervention": 1, "Excessive force against protesters": 2}


def _apart(first: Trigger, later: Trigger, folded: str, days: list[tuple[int, date]],
           places: list[PlaceMention]) -> bool:
    """Whether two triggers of a sentence tell acts of clauses of their own: "while" between them,
    a day nearest each (or told after each) that differs ("on June 15, and ... on June 21"), or a town each acts on
    ("struck a depot in Brega and ... shelled positions in Ajdabiya")."""
    def day_of(trigger: Trigger) -> date | None:
        return min(days, key=lambda d: abs(d[0] - trigger.start))[1] if len({d for _, d in days}) > 1 else None

    def place_of(trigger: Trigger) -> str | None:
        return next((m.place.place_id for m in places if 0 <= m.start - trigger.end <= OBJECT_PLACE_REACH
                     and not m.place.is_foreign and m.place.kind != "country"
                     and _AT_BEFORE.search(folded, max(0, m.start - 12), m.start)), None)
    if _WHILE.search(folded, min(first.end, later.start), max(first.end, later.start)) or day_of(first) != day_of(later):
        return True
    # "bombed Ganfouda on Tuesday, and special forces fought ... at Qar Yunis on Wednesday": each
    # told with the day after it
    between = [d for start, d in days if first.end <= start < later.start]
    after = [d for start, d in days if start >= later.end]
    if between and after and between[-1] != after[0]:
        return True
    return None is not place_of(first) != place_of(later) is not None


def _act_spans(triggers: list[Trigger], folded: str, sentence: Sentence, days: list[tuple[int, date]],
               places: list[PlaceMention], actors: list[ActorMention]) -> list[tuple[int, int]]:
    """The span of each trigger's act in its sentence: the sentence, cut before the last "and", "et",
    "و" or punctuation ahead of a trigger whose act is apart from the one before it (see `_apart`),
    but for an "and" between two sides named together ("by Tuareg and Tebu elders")."""
    actor_ends, actor_starts = {a.end for a in actors}, {a.start for a in actors}
    cuts = [sentence.start]
    for earlier, later in zip(triggers, triggers[1:]):
        if earlier.end <= later.start and _apart(earlier, later, folded, days, places):
            joints = [j for j in _JOINT.finditer(folded, earlier.end, later.start)
                      if not (j.group(0).isalpha() and {j.start() - 1, j.start()} & actor_ends
                              and {j.end(), j.end() + 1} & actor_starts)]
            cuts.append(joints[-1].start() if joints else earlier.end)
        else:
            cuts.append(cuts[-1])  # (the same act as the trigger before it)
    return [(cut, min((c for c in cuts if c > cut), default=sentence.end)) for cut in cuts]


def _best_per_type(triggers: list[Trigger], folded: str, days: list[tuple[int, date]] = (),
                   places: list[PlaceMention] = ()) -> list[Trigger]:
    """The triggers of each clause of a sentence (a clause opened by "while", "في حين", "فيما"
    tells a violent event or a protest of its own, of whatever type; so does one nearest a day of
    its own, or acts on a town of its own: see `_apart`), as `_best_in_clause` keeps them. `days`:
    where the sentence names a day, and which; `places`: the sentence's place mentions."""
    clauses: list[list[Trigger]] = []
    for trigger in sorted(triggers, key=lambda t: t.start):
        if not clauses or ((trigger.event_type != "Strategic developments"
                            or trigger.sub_event_type == "Looting/property destruction")
                           and _apart(clauses[-1][-1], trigger, folded, days, places)) or (
                trigger.sub_event_type == "Other" and any(t.sub_event_type == "Other" for t in clauses[-1])
                and SECOND_VOICE.search(folded, clauses[-1][-1].end, trigger.start)):
            # (a second voice's words: "..., while Borrell said in Brussels")
            clauses.append([])
        clauses[-1].append(trigger)
    return [kept for clause in clauses for kept in _best_in_clause(clause, folded)]


def _best_in_clause(triggers: list[Trigger], folded: str) -> list[Trigger]:
    """One trigger per event type in a clause (the first; of protests, the gravest), most
    specific type first. A weapon named in a battle's sentence is no shelling unless it did
    something; protesters' arson makes no protest besides the riot; an arrest told before the
    protest it stopped is the one event. `folded`: the article's folded text (the triggers'
    offsets are the article's)."""
    seen: dict[str, Trigger] = {}
    for trigger in triggers:
        kept = seen.setdefault(trigger.event_type, trigger)
        if _PROTEST_GRAVITY.get(trigger.sub_event_type, 0) > _PROTEST_GRAVITY.get(kept.sub_event_type, 0):
            seen[trigger.event_type] = trigger  # "ont dispersé le rassemblement au gaz lacrymogène": the graver
    chosen = sorted(seen.values(), key=lambda t: (t.rank, t.start))
    # one event per clause: the most specific type (a suicide attack is not also a clash, a
    # sentence about violence is not also a diplomatic statement); a trigger of another type
    # far from the first ("... cibler les centres ..., poursuivre le siège sur Syrte") is a
    # second event
    if not chosen:
        return []
    if any(t.event_type == "Battles" for t in chosen):
        # "fought with mortars and heavy machine guns", "échangeaient des tirs d'artillerie": the
        # weapons of a battle are not a shelling of their own
        # (unless it did something: "Grad rockets fired by Haftar's forces crashed into homes")
        chosen = [t for t in chosen if not (_WEAPON.fullmatch(fold(t.text)) and not _WEAPON_DID.match(folded, t.end)
                                            and not _WEAPON_FELL.search(folded, max(0, t.start - 20), t.start))] or chosen
        # "حيث تبادل الثوار وكتائب القذافي القصف بالمدفعية", "traded artillery fire": fire exchanged is the battle
        chosen = [t for t in chosen if not (t.event_type == "Explosions/Remote violence"
                                            and _EXCHANGED_BEFORE.search(folded, max(0, t.start - 50), t.start))] or chosen
    if any(t.sub_event_type == "Excessive force against protesters" for t in chosen):
        # "un jeune homme a été tué lorsque des agents ont tiré pour disperser la foule": the killing
        # is the force used on the protest, not an attack of its own
        chosen = [t for t in chosen if t.sub_event_type != "Attack"] or chosen
    if any(t.sub_event_type == "Looting/property destruction" for t in chosen):
        # "أضرم محتجون النار في المقر احتجاجا على ...": protesters who burn a building riot
        chosen = [t for t in chosen if t.event_type != "Protests"] or chosen
    arrest = next((t for t in chosen if t.sub_event_type == "Arrests"), None)
    if arrest is not None and chosen[0].event_type == "Protests" and arrest.start < chosen[0].start:
        # "detained six young men who had organised the rally": the arrest, the protest its reason
        chosen = [arrest] + [t for t in chosen if t is not arrest and t.event_type != "Protests"]
    kept = [chosen[0]]
    for trigger in chosen[1:]:
        if (trigger.sub_event_type == "Other" and _JUDGEMENT.match(fold(trigger.text))
                and any(t.event_type in VIOLENT_TYPES and 0 <= t.start - trigger.end <= CONDEMNED_REACH for t in chosen)):
            # "In Stockholm, the minister condemned the bombing": a statement about the violence
            # (which a sentence before may have told), the statement an event of its own
            kept.append(trigger)
            continue
        if trigger.event_type == "Strategic developments" and kept[0].event_type != "Strategic developments":
            if trigger.sub_event_type == "Other":
                # "Kobler s'est dit outré par des exécutions sommaires et a réclamé une enquête": a
                # statement beside the violence it speaks of, kept if a foreign voice makes it
                kept.append(trigger)
            continue
        if all(abs(trigger.start - other.start) >= SECOND_EVENT_DISTANCE for other in kept):
            kept.append(trigger)
    return kept


def _is_flight(trigger: Trigger) -> bool:
    """Whether the trigger is people who fled their town (a row of the triggers file's displacement:
    "400 familles ont quitté Ajdabiya", "نزحت عشرات العائلات")."""
    return trigger.sub_event_type == "Other" and bool(_FLED.search(fold(trigger.text)))


def _voiced_abroad(event: Event) -> Event:
    """A statement made abroad with its foreign voice as its one side: the international actor the
    rules named (first or second), else a foreign government the text does not name."""
    if event.faction1 == "international":
        return event
    if event.faction2 == "international":
        return replace(event, actor1=event.actor2, faction1="international", actor2="", faction2="",
                       assoc_actor1="", inferred_factions="")
    return replace(event, actor1="Foreign government", faction1="international", actor2="", faction2="",
                   assoc_actor1="", inferred_factions="")


def _is_dateline(text: str, mention: DateMention) -> bool:
    """A date in the line the article opens with, closed by a dash: "SEBHA (Libye), 1er mars –"."""
    span = dateline(text)
    return span is not None and mention.end <= span[1]


def _is_statement_of_record(event: Event, trigger: Trigger, sentence: Sentence, folded: str) -> bool:
    """Whether a statement, call or meeting ("Other") is an event: a condemnation, a concern or a
    call is one when a foreign government or an international body voices it (the US embassy's
    concern). Not one: what nobody named said in Libya; a denial; what the warring sides call each
    other, judge of each other or call for ("Aguila Saleh called for a halt"). A site shut is no
    statement: an event whoever shut it ("armed men closed the valves")."""
    if ((_SHUT_VERB.search(fold(trigger.text)) or _AR_DID.search(folded, max(0, trigger.start - 12), trigger.start))
            and _OIL_SITE.search(folded, trigger.start, trigger.end + SHUT_REACH)):
        return True
    if not (event.actor1 or event.actor2) and event.country_code == "LY":
        return False
    if _DENIAL.search(folded, sentence.start, sentence.end):
        return False
    if event.faction1 == "international" or not (event.actor1 or event.actor2):
        # (said abroad by someone no Libyan side: "In Stockholm, the foreign minister condemned")
        return True
    if (is_speech(trigger) or is_visit(trigger)) and event.faction2 != "international":
        # words told only by where they were said are a foreign voice's ("وفي أنقرة، قال السراج":
        # a Libyan's words are no event)
        return False
    if _NAMING.search(folded, sentence.start, sentence.end) or _JUDGEMENT.search(folded, trigger.start, trigger.end):
        return False
    return not (event.faction1 and _CALL.search(fold(trigger.text)))


def _day_shift(chunk: str, dated: list[tuple[int, ResolvedDate]],
               published: date | None) -> ResolvedDate | None:
    """The day a sentence dated only by "la veille" / "the next day" means: one day before or
    after the last day the article gave (the paper's day when it gave none)."""
    match = _DAY_BEFORE.search(chunk) or _DAY_AFTER.search(chunk)
    if match is None:
        return None
    last = next((r for _, r in reversed(dated) if r.event_date and r.time_precision == 1
                 and not r.is_period), None)
    base = last.event_date if last else published
    if base is None:
        return None
    step = -1 if match.re is _DAY_BEFORE else 1
    return ResolvedDate(base + timedelta(days=step), 1, match.group(0))


def _choose_date(trigger: Trigger, resolved: list[tuple[DateMention, ResolvedDate]],
                 carried: ResolvedDate | None, published: date | None) -> tuple[ResolvedDate | None, bool]:
    if resolved:
        # the date nearest the trigger's words, from either end ("ses appareils avaient détruit
        # samedi", said on Monday)
        best = min(resolved, key=lambda pair: min(abs(pair[0].start - trigger.start), abs(pair[0].start - trigger.end)))
        return best[1], True
    if carried is not None:
        # (a statement with no date of its own too: "ودانت البعثة الأممية عملية الاغتيال" after the
        # killing found yesterday reacts to it that day, as the corpus dates such reactions)
        return carried, False
    if published is not None:
        return ResolvedDate(published, 2, ""), False
    return None, False


def _days_before(when: ResolvedDate | None, trigger: Trigger, folded: str,
                 resolved: list[tuple[DateMention, ResolvedDate]]) -> ResolvedDate | None:
    """The date of an event the news came N days after ("battled on Monday, two days after a suicide
    car bomb struck"): the news's day less N, unless the words after the cue give a date of their own."""
    cue = _DAYS_BEFORE_TRIGGER.search(folded, max(0, trigger.start - 60), trigger.start)
    if cue is None or when is None or when.event_date is None or when.is_period or when.time_precision != 1:
        return when
    if any(cue.start() <= mention.start <= trigger.end + OWN_DATE_REACH for mention, _ in resolved):
        return when  # ("two days after the bombing of Saturday"): dated by its own words
    count = re.search(rf"(?<!\w)(?:بعد\s+)?({_COUNT_WORDS}|\d)\s+(?:days?|jours?|ايام|من|علي)", cue.group(0))
    if count is not None:
        days = int(count.group(1)) if count.group(1).isdigit() else _DAY_COUNTS[count.group(1)]
    elif re.search(_ONE_DAY_AFTER, cue.group(0)):
        days = 1
    else:
        return when
    return replace(when, event_date=when.event_date - timedelta(days=days), date_text=cue.group(0).strip(" ,،"))


def _eve(when: ResolvedDate | None, trigger: Trigger, folded: str,
         resolved: list[tuple[DateMention, ResolvedDate]], has_own_date: bool) -> ResolvedDate | None:
    """The day before the sentence's own day, where "la veille", "the day before" tells the act
    beside its trigger ("L'OTAN a indiqué lundi que ses appareils avaient détruit la veille deux
    lance-roquettes": on Sunday), not where that day itself is named next to it ("la veille,
    dimanche")."""
    if not has_own_date or when is None or when.event_date is None or when.is_period or when.time_precision != 1:
        return when
    cue = _DAY_BEFORE.search(folded, max(0, trigger.start - EVE_REACH), trigger.end + EVE_REACH)
    if cue is None or any(abs(mention.start - cue.end()) <= 3 or abs(cue.start() - mention.end) <= 3
                          or mention.start > cue.start() for mention, _ in resolved):
        return when
    return replace(when, event_date=when.event_date - timedelta(days=1), date_text=cue.group(0))


def _build_event(
    article: Article, language: str, trigger: Trigger, sentence: Sentence, context: _Context, *,
    folded: str, places: list[PlaceMention], actors: list[ActorMention],
    earlier_actors: list[ActorMention], figures: list[Figure],
    resolved: list[tuple[DateMention, ResolvedDate]], carried: ResolvedDate | None,
    article_place: Place | None, is_first: bool, sides: Event | None = None,
    abroad: PlaceMention | None = None, act: tuple[int, int] | None = None,
) -> Event:
    trigger_token = token_at(sentence.span, trigger.start, trigger.end)
    # the dates of the trigger's own clause, where a semicolon sets clauses apart ("In January, an
    # official was seized in Tripoli; in March, an engineer was abducted near Tobruk")
    resolved = [pair for pair in resolved if not _SEMICOLON.search(
        folded, min(pair[0].end, trigger.start), max(pair[0].start, trigger.end))] or resolved
    if act is not None and not _DAYS_BEFORE_TRIGGER.search(folded, max(0, trigger.start - 60), trigger.start) and any(
            act[0] <= mention.start < act[1] and when.time_precision == 1 and not when.is_period
            for mention, when in resolved):
        # the day of the act's own clause: "bombed Ganfouda on Tuesday, and special forces fought ...
        # on Wednesday" (not of an act the news came days after, dated from the news's day)
        resolved = [pair for pair in resolved if act[0] <= pair[0].start < act[1]]
    if trigger.event_type == "Strategic developments" and _SAYS_NOW.search(folded, sentence.start, sentence.end):
        carried = None  # ("The UN says more than 100,000 people have been displaced": words of the paper's day)
    when, has_own_date = _choose_date(trigger, resolved, carried, article.published)
    when = _eve(_days_before(when, trigger, folded, resolved), trigger, folded, resolved, has_own_date)
    if trigger.sub_event_type == "Other" and not _in_quote(article.text, sentence.start, trigger.start):
        # "« Le régime de Kadhafi s'effondre », a déclaré le secrétaire général de l'OTAN": who is
        # quoted speaks; whom the quotation names does not
        actors = [a for a in actors if not _in_quote(article.text, sentence.start, a.start)] or actors
    actor1, actor2, assoc = pick_actors(trigger, trigger_token, actors, earlier_actors, sentence, folded, language, figures,
                                        own_date=has_own_date)
    numbers: dict[str, int] = {}
    for figure in figures:
        numbers.setdefault(figure.category, figure.value)
    names = _event_sides(trigger, actor1, actor2, assoc, sides=sides, figures=figures, folded=folded,
                         sentence=sentence)
    event_type, sub_event_type = _event_kind(trigger, names, folded=folded, sentence=sentence, act=act)
    choice = event_place(
        trigger, trigger_token, sentence, places, text=article.text, folded=folded, language=language,
        is_period=when is not None and when.is_period, article_place=article_place, libya=context.libya,
        abroad=abroad,
        # a foreign voice's words (not an agency's count of the displaced, which is where they fled)
        foreign_words=sub_event_type == "Other" and names["faction1"] == "international" and "displaced" not in numbers,
        local_sides=bool(names["faction1"]) and {names["faction1"], names["faction2"]} <= {"other", "civilians", ""},
    )
    start, end = sentence.start, sentence.end
    while end > start and article.text[end - 1].isspace():
        end -= 1
    id_start, id_end = (start, end) if is_first else (trigger.start, trigger.end)
    confidence = _confidence(choice, has_own_date=has_own_date, has_actor=actor1 is not None,
                             is_parsed=trigger_token is not None)
    place = choice.place if choice else None
    return Event(
        event_id=make_event_id(article.article_id, id_start, id_end),
        article_id=article.article_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        evidence=article.text[start:end],
        evidence_start=start,
        evidence_end=end,
        event_date=when.event_date if when else None,
        time_precision=when.time_precision if when else 3,
        date_text=when.date_text if when else "",
        period_start=when.period_start if when else None,
        **names,
        location=place.name if place else "",
        admin1=place.admin1 if place else "",
        country=_country_name(place) if place else "",
        country_code=place.country_code if place else "",
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=choice.geo_precision if choice else 3,
        place_id=place.place_id if place else "",
        fatalities=numbers.get("fatalities"),
        injured=numbers.get("injured"),
        displaced=numbers.get("displaced"),
        source=article.source,
        url=article.url,
        published=article.published,
        language=language,
        confidence=confidence,
    )


def _event_sides(trigger: Trigger, actor1: ActorMention | None, actor2: ActorMention | None,
                 assoc: ActorMention | None, *, sides: Event | None, figures: list[Figure],
                 folded: str, sentence: Sentence) -> dict[str, str]:
    """The event's actors and factions (`sides`: those of the sentence's first violent event,
    which its other violent events share), with the victims and the speakers the words imply."""
    names = {
        "actor1": actor1.actor.name if actor1 else "", "faction1": faction_of(actor1),
        "actor2": actor2.actor.name if actor2 else "", "faction2": faction_of(actor2),
        "assoc_actor1": assoc.actor.name if assoc else "",
    }
    if sides is not None and trigger.event_type in VIOLENT_TYPES:
        names = {name: getattr(sides, name) for name in names}
    # "several fighters had been wounded", "قتل ثلاثة مقاتلين": the dead and the wounded of a side, not civilians
    hit_people = any(f.category in ("fatalities", "injured")
                     and not _COMBATANTS.search(folded, f.start, min(f.end + COMBATANT_REACH, sentence.end))
                     for f in figures) and not (
        # a strike on positions or a convoy that killed four: the fighters there, unless it names others
        _MILITARY_TARGET.search(folded, sentence.start, sentence.end)
        and not _NOT_FIGHTERS.search(folded, sentence.start, sentence.end))
    if not names["faction2"] and (trigger.event_type == "Violence against civilians" or (
            trigger.event_type == "Explosions/Remote violence"
            and (hit_people
                 or _HOMES_HIT.search(folded, sentence.start, sentence.end))  # "سقطت قذائف على منازل فقتلت امرأة"
            and names["actor2"] != "Unidentified armed group")):  # "a convoy of the attackers": not civilians
        names["actor2"], names["faction2"] = "Civilians", "civilians"
    if (trigger.sub_event_type == "Other" and any(f.category == "displaced" for f in figures)
            and not names["faction2"] and names["faction1"]):
        names["actor2"], names["faction2"] = "Civilians", "civilians"  # the displaced
    if is_crossing(trigger) or _is_flight(trigger):
        # those who fled across the border or from their town ("400 familles ont quitté Ajdabiya",
        # "نزحت عشرات العائلات"), whoever counted them
        names.update(actor1="", faction1="", actor2="Civilians", faction2="civilians", assoc_actor1="")
    if trigger.sub_event_type == "Peaceful protest" and not names["faction1"] and not names["faction2"]:
        names["actor1"], names["faction1"] = "Civilians", "civilians"  # protesters are civilians
    if trigger.sub_event_type == "Other" and actor1 is not None and actor1.actor.role == "backer":
        # "Egypt's foreign ministry in Cairo condemned the killings": a state that backs a camp
        # speaks as a foreign state
        names["faction1"] = "international"
    if trigger.sub_event_type == "Agreement" and names["faction1"] == names["faction2"]:
        # "Turkey signed a security pact with the GNA": a state that backs a camp signs with it as a
        # foreign state (not a truce it brokered between the camps)
        for actor, side in ((actor1, "faction1"), (actor2, "faction2")):
            if actor is not None and actor.actor.role == "backer" and names[side] == actor.actor.faction:
                names[side] = "international"
                break
    if trigger.event_type == "Explosions/Remote violence" and names["actor1"] == "Egypt":
        # "Egypt last bombed the city", "al-Sisi said his air force had struck": Egypt's own
        # strikes (Derna, 2015 and 2017) were its air force's, a foreign one
        names["actor1"], names["faction1"] = "Egyptian armed forces", "international"
    return names


def _event_kind(trigger: Trigger, names: dict[str, str], *, folded: str, sentence: Sentence,
                act: tuple[int, int] | None = None) -> tuple[str, str]:
    """The event type and sub-type: the trigger's, unless its sides or the sentence's weapons
    say otherwise (territory regained or overtaken, a protest that shut a site, a strike from the air)."""
    event_type, sub_event_type = trigger.event_type, _territory_subtype(trigger.sub_event_type, names["faction1"])
    if (sub_event_type == "Other" and names["faction1"] == "civilians" and not names["faction2"]
            and _SHUT.search(fold(trigger.text))):
        # "أغلق محتجون ميناء الزويتينة", "protesters shut the Sharara field": a protest
        event_type, sub_event_type = "Protests", "Peaceful protest"
    clause_start, clause_end = _clause(folded, sentence, trigger)
    if act is not None:  # ("NATO jets struck Brega and rebel gunners shelled Ajdabiya": shelling)
        clause_start, clause_end = max(clause_start, act[0]), min(clause_end, act[1])
    if sub_event_type == "Shelling/artillery/missile attack" and _AIR.search(folded, clause_start, clause_end):
        sub_event_type = "Air/drone strike"  # "l'aviation égyptienne a bombardé" (not "..., while NATO aircraft struck")
    elif (sub_event_type == "Armed clash" and _FIRED.fullmatch(fold(trigger.text))
          and _AIR.search(folded, max(sentence.start, trigger.start - AIR_REACH), trigger.start)):
        # "an LNA warplane fired on Mitiga", "un drone a ouvert le feu": a strike from the air
        event_type, sub_event_type = "Explosions/Remote violence", "Air/drone strike"
    return event_type, sub_event_type


def _clause(folded: str, sentence: Sentence, trigger: Trigger) -> tuple[int, int]:
    """The span of the trigger's clause: the sentence, cut where "while", "في حين", ", puis" opens a clause."""
    start, end = sentence.start, sentence.end
    for match in _WHILE.finditer(folded, sentence.start, sentence.end):
        if match.end() <= trigger.start:
            start = match.end()
        elif match.start() >= trigger.end:
            end = min(end, match.start())
    return start, end


def _confidence(choice: PlaceChoice | None, *, has_own_date: bool, has_actor: bool, is_parsed: bool) -> float:
    """How sure the extractor is: more for a place the trigger governs, a date of its own, an actor
    named and a trigger the parse covers."""
    confidence = 0.4
    confidence += {"governed": 0.2, "sentence": 0.15, "article": 0.05}.get(choice.how if choice else "", 0.0)
    confidence += 0.1 if has_own_date else 0.0
    confidence += 0.1 if has_actor else 0.0
    confidence += 0.05 if is_parsed else 0.0
    return round(min(confidence, 0.95), 2)


def _territory_subtype(sub_event_type: str, faction1: str) -> str:
    """ACLED: territory taken by the recognised government is regained, by others overtaken."""
    if sub_event_type == "Non-state actor overtakes territory" and faction1 == "gna":
        return "Government regains territory"
    if sub_event_type == "Government regains territory" and faction1 in ("lna", "jihadist"):
        return "Non-state actor overtakes territory"
    return sub_event_type


def _country_name(place: Place) -> str:
    return "Libya" if place.country_code == "LY" else place.country_code
