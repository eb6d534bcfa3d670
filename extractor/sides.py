"""Who the sides of an event are, corrected from what the sentence alone says.

The pipeline reads actor1 and actor2 from the sentence and its neighbours; these rules then use
the rest of the article, the date and ACLED's definitions: "the attackers" are the ones just
named, suicide bombings are the jihadist group's, the names of forces change with the era, "both
sides" are the last two named, violence at an embassy hits a foreign mission, and ACLED's event
types follow from the sides (civilians who attack riot; a battle needs two armed sides).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from events.model import TERRITORY_SUB_EVENT_TYPES, VIOLENT_TYPES, Event
from extractor.factions import GENERIC_ACTORS, ActorMention, default_factions
from extractor.merging import same_place
from extractor.text import arabic_folded, fold

# the GNA was formed under the Skhirat agreement (December 2015): "government forces" before
# that date are the Gaddafi-era or rival governments' forces, faction "other"
GNA_FORMED = date(2015, 12, 1)
GADDAFI_FELL = date(2011, 10, 23)  # the declaration of liberation
TRIPOLI_CAMP_FORMED = date(2014, 7, 13)  # Libya Dawn's attack on Tripoli airport
INTERIM_GOVERNMENT = "Interim government (Bayda)"
# "a car bomb exploded outside the French embassy", "un convoi de l'ONU", "أمام السفارة": a
# foreign mission as the side hit (not "near several embassies": a place, not the target)
_FOREIGN_TARGET = re.compile(
    r"(?:outside|at|on|hit|struck|attacked|targeted|stormed|devant|contre|visant|vise|attaque|sur|"
    r"au passage|امام|استهدف\w*|اقتحم\w*|هاجم\w*)"
    r"\s+(?:the |l'|la |le |les |un |une |d'un |d'une )?"
    r"(?:[\w'-]+\s+){0,4}?(?:embass(?:y|ies)|consulates?|ambassades?|consulats?|un convoy|convoy of the un|"
    r"convoi (?:de l'onu|des nations unies)|(?:ال)?سفار[ةه]|(?:ال)?قنصلي[ةه]|موكب (?:تابع )?ل?لامم المتحده|"
    r"(?:convoy|motorcade|car) (?:carrying|of) (?:[\w'-]+\s+){0,3}?(?:ambassador|envoy|diplomats?|consul)|"
    r"(?:convoi|vehicule|voiture) (?:de l'|d'un |du |transportant l')(?:ambassadeur|emissaire|envoye|consul)|"
    r"(?:office|offices|delegation) of the international committee of the red cross|red cross|croix-rouge|"
    r"الصليب الاحمر)"
    # "le consul général d'Italie a échappé à une attaque armée": the envoy who escaped was the target
    r"|(?:consul|ambassadeur|ambassador|envoy|emissaire|diplomat)\w*\b[^.]{0,60}?"
    r"(?:a echappe|ont echappe|escaped|survived|نجا|نجت)"
    r"|(?:embass(?:y|ies)|consulates?|red cross|ambassades?|consulats?|croix-rouge)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:was|were|a ete|ont ete) (?:hit|attacked|targeted|struck|touchee?s?|visee?s?|attaquee?s?)"
    # "five employees of the Egyptian embassy were abducted", "deux employés de l'ONU": the
    # mission's staff
    r"|\b(?:employees|staff(?: members)?|diplomats|employes|fonctionnaires|membres du personnel) (?:of |de |d'|du |de la |de l')"
    r"(?:the |l'|la |une? )?(?:[\w'-]+\s+){0,2}?(?:embass(?:y|ies)|consulates?|un\b|united nations|onu\b|nations unies|"
    r"ambassades?|consulats?)|(?<!\w)موظف\w* (?:في |ب)?(?:ال)?(?:سفار|قنصلي|امم المتحده)"
)
_HIT_TYPES = VIOLENT_TYPES - {"Battles"}  # violence with a side hit, not a fight between two
# fighting between armed sides, whoever else it killed
_CLASHES = re.compile(
    r"\b(?:affrontements?|combats|heurts|accrochages|clashes|fighting|gun ?battles?|exchanges? of fire|"
    r"echanges? de tirs)\b|(?<!\w)[وبل]?(?:ال)?(?:اشتباكات|معارك|مواجهات)(?!\w)"
)


# jihadist groups that fought each other: Derna's Mujahideen Shura Council drove the Islamic State
# out of the town in 2015 (in Benghazi the Shura Council and the Islamic State fought side by side)
_RIVAL_JIHADISTS = frozenset({"Islamic State", "Derna Mujahideen Shura Council"})


def same_side(a: ActorMention, b: ActorMention) -> bool:
    """Two mentions on one side: the same faction, except in the catch-all "other", where only
    the same actor is (2011's rebels and Gaddafi's forces are both "other"), and except the two
    jihadist groups that fought each other in Derna."""
    if a.actor == b.actor:
        return True
    return (a.actor.faction == b.actor.faction and a.actor.faction != "other"
            and {a.actor.name, b.actor.name} != _RIVAL_JIHADISTS)


_DEFINITE_ATTACKERS = re.compile(
    r"\b(?:the|these|les|ces)\s+(?:attackers|assailants|gunmen|militants|assaillants|hommes armes|jihadistes|jihadists)\b"
    r"|(?<!\w)[وف]?(?:المهاجمون|المهاجمين|المسلحون|المسلحين)(?!\w)"
)
ATTACKER_SENTENCES = 3  # how far back "the attackers" may refer
# "un convoi des assaillants", "the attackers' positions": the ones who attacked, hit in turn
_ATTACKERS_HIT = re.compile(
    r"\b(?:the|these|les|ces|des)\s+(?:attackers|assailants|assaillants)\b|(?<!\w)[وبل]?(?:المهاجمين|للمهاجمين)(?!\w)"
)


def definite_attackers(events: list[Event], numbered: list[int], folded: str) -> list[Event]:
    """A violent event done by "the attackers" takes the attacker of the violent event reported
    just before it ("Islamic State fighters stormed the town... The attackers abducted ten
    people")."""
    out: list[Event] = []
    last: tuple[Event, int] | None = None
    for event, number in zip(events, numbered):
        violent = event.event_type in VIOLENT_TYPES
        if (violent and not event.faction1 and event.actor1 in GENERIC_ACTORS and last is not None
                and number - last[1] <= ATTACKER_SENTENCES
                and _DEFINITE_ATTACKERS.search(folded, event.evidence_start, event.evidence_end)):
            event = replace(event, actor1=last[0].actor1, faction1=last[0].faction1)
            if event.faction2 == event.faction1:
                event = replace(event, actor2="", faction2="")
        elif (violent and event.faction1 and not event.faction2 and event.actor2 in GENERIC_ACTORS
                and last is not None and number - last[1] <= ATTACKER_SENTENCES
                and last[0].faction1 != event.faction1
                and _ATTACKERS_HIT.search(folded, event.evidence_start, event.evidence_end)):
            # "L'aviation de l'ANL a frappé un convoi des assaillants": the attackers just reported
            event = replace(event, actor2=last[0].actor1, faction2=last[0].faction1)
        if violent and event.faction1 and event.actor1 not in GENERIC_ACTORS:
            last = (event, number)
        out.append(event)
    return out


# "les combats", "the fighting", "المواجهات": a fight the article has already told of
_THE_FIGHTING = re.compile(
    r"\b(?:the|this|these|les|ces|cette|(?:debut|fin|reprise|bilan|toll|start|outbreak) (?:des|of the))\s+"
    r"(?:fighting|clashes|battles?|combats|affrontements)\b"
    r"|(?<!\w)[وبلف]?(?:ال|لل)(?:اشتباكات|معارك|مواجهات|قتال)(?!\w)"
)
SAME_FIGHT_KM = 25  # how far apart two mentions of one town's fighting may be placed


def the_fighting(events: list[Event], folded: str) -> list[Event]:
    """A fight told of as "the fighting" ("les combats ont fait plus de cent morts", "أسفرت
    المواجهات عن ...") with no side named is the one the article reported in that town, between
    the same two sides."""
    out: list[Event] = []
    last: Event | None = None
    for event in events:
        if event.event_type == "Battles" and event.faction1 and event.faction2 and event.faction2 != "civilians":
            last = event
        elif (event.sub_event_type == "Armed clash" and not event.faction1 and not event.faction2
                and last is not None and same_place(event, last, SAME_FIGHT_KM)
                and _THE_FIGHTING.search(folded, event.evidence_start, event.evidence_end)):
            event = replace(event, actor1=last.actor1, faction1=last.faction1, actor2=last.actor2, faction2=last.faction2)
        out.append(event)
    return out


# "les combattants pro-Haftar se sont retirés", "withdrew", "انسحبوا": the side that left
WITHDREW = re.compile(
    r"\b(?:withdrew|pulled out|retreated|(?:se sont|s'est) retire(?:e|s|es)?)\b|(?<!\w)[وف]?انسحب\w*"
)


# "IS militants took over the base after forces from Misrata pulled out": the one who took it is named
_TOOK = re.compile(
    r"\b(?:took over|took control|seized|captured|entered|moved into|(?:ont|a) pris|(?:se sont|s'est) empare\w*|"
    r"(?:sont|est) entree?s?)\b|(?<!\w)[وف]?(?:دخلت|دخل|سيطرت|سيطر|استولت|استولي)(?!\w)"
)


def _withdrew(event: Event, actors: list[ActorMention], folded: str) -> bool:
    """Whether the verb that follows actor1's name in the evidence is a withdrawal, not a capture."""
    start, end = event.evidence_start, event.evidence_end
    named = next((m for m in actors if start <= m.start and m.end <= end and m.actor.name == event.actor1), None)
    if named is None:
        return False
    after = named.end
    left = WITHDREW.search(folded, after, end)
    took = _TOOK.search(folded, after, end)
    return left is not None and (took is None or left.start() < took.start())


def withdrawal_sides(events: list[Event], actors: list[ActorMention], folded: str) -> list[Event]:
    """A place left without a fight was lost by the side that withdrew (actor2, as ACLED codes a
    transfer) to the side that had just been taking ground from it, if the article says so."""
    out: list[Event] = []
    for event in events:
        if (event.sub_event_type == "Non-violent transfer of territory" and event.faction1 and not event.faction2
                and _withdrew(event, actors, folded)):
            gainer = next((e for e in reversed(out) if e.event_type == "Battles" and e.faction2 == event.faction1
                           and e.faction1 and e.faction1 != "civilians"), None)
            event = replace(event, actor1=gainer.actor1 if gainer else "", faction1=gainer.faction1 if gainer else "",
                            actor2=event.actor1, faction2=event.faction1)
        out.append(event)
    return out


def suicide_bomber(event: Event, actors: list[ActorMention]) -> Event:
    """A suicide bombing with no jihadist side, in an article that names a jihadist group, was
    that group's: in Libya they alone sent suicide bombers; the side the sentence named is the
    one hit ("a suicide bomber blew up his car at a gathering of government forces")."""
    if event.sub_event_type != "Suicide bomb":
        return event
    if event.faction2 == "jihadist" and event.faction1 != "jihadist":
        # "un kamikaze de l'EI", "a suicide bomber of the Islamic State": the group's own bomber;
        # the side named with it was hit
        return replace(event, actor1=event.actor2, faction1="jihadist", actor2=event.actor1, faction2=event.faction1)
    if "jihadist" in (event.faction1, event.faction2):
        return event
    groups = [a for a in actors if a.actor.faction == "jihadist" and not a.is_backer]
    # (the Islamic State's, when the article names it beside the Shura Councils it fought)
    group = next((a for a in groups if a.actor.name == "Islamic State"), groups[0] if groups else None)
    if group is None:
        return event
    if event.faction1 and event.faction1 != "civilians" and event.faction2 in ("", "civilians"):
        # the force named was hit (the dead counted as civilians only for want of a side)
        event = replace(event, actor2=event.actor1, faction2=event.faction1)
    elif event.faction1 and event.faction2:
        return event  # two sides named already: the text knows better
    return replace(event, actor1=group.actor.name, faction1="jihadist")


def era(event: Event, published: date | None) -> Event:
    """Before the GNA existed, "government forces" are those of the government of the day (its
    named allies, Libya Dawn and the GNC, are the Tripoli camp from July 2014); before Gaddafi
    fell, the government's and the security forces were his, and a town they took back was
    regained by the government of the day. The "interim government" is Haftar's camp's only from
    July 2014: before, it was the NTC's (2011) or the government of the day's."""
    if published is None or published >= GNA_FORMED:
        return event
    changes = {}
    for actor, faction in (("actor1", "faction1"), ("actor2", "faction2")):
        if getattr(event, actor) == "GNA":
            # until Gaddafi fell, "government troops" were his
            changes[actor] = "Gaddafi forces" if published <= GADDAFI_FELL else "Government forces"
            changes[faction] = "other"
        elif getattr(event, actor) == INTERIM_GOVERNMENT and published < TRIPOLI_CAMP_FORMED:
            # "interim government forces": the NTC's in 2011, the government of the day's until
            # the House of Representatives' cabinet went east (2014)
            changes[actor] = "Rebels" if published <= GADDAFI_FELL else "Government forces"
            changes[faction] = "other"
        elif getattr(event, faction) == "gna" and published < TRIPOLI_CAMP_FORMED:
            # the Misrata brigades, the GNC: one camp of the war only from Libya Dawn (July 2014) on
            changes[faction] = "other"
        if getattr(event, actor) == "Security forces" and published <= GADDAFI_FELL:
            changes[actor], changes[faction] = "Gaddafi forces", "other"
    if (event.sub_event_type == "Non-state actor overtakes territory"
            and changes.get("actor1", event.actor1) == "Gaddafi forces"):
        changes["sub_event_type"] = "Government regains territory"  # the government of the day's army
    if event.sub_event_type == "Government regains territory" and event.faction1 == "gna" and event.actor1 != "GNA":
        # Libya Dawn, the Misrata brigades before the GNA: not a recognised government's forces
        changes["sub_event_type"] = "Non-state actor overtakes territory"
    return replace(event, **changes) if changes else event


# "une roquette d'origine inconnue", "No group claimed the attack", "ولم تعلن أي جهة مسؤوليتها":
# the text says nobody knows who acted ("unidentified warplanes" is left out: annotators name the
# only air force of the front)
_UNCLAIMED = re.compile(
    r"of unknown origin|d'origine (?:inconnue|indeterminee)|"
    r"\b(?:no one|nobody|no group|no party|no side) (?:has |have |had )?(?:yet )?claimed|"
    r"\b(?:has|have|had|was|were) not (?:yet )?been claimed|\bunclaimed|"
    r"n'(?:a|ont|avait|avaient) pas (?:encore )?ete revendique|aucune revendication|non revendique|"
    r"\b(?:it was|it is|it remained|it remains) (?:unclear|not clear|not known) (?:who|where|which side)|"
    r"\bon ignore (?:qui|d'ou|l'origine)|sans (?:que l'on sache|savoir) (?:qui|d'ou)|"
    r"l'origine (?:du tir|des tirs|de la roquette|de la frappe|de l'obus|de l'explosion) "
    r"(?:n'a pas ete|reste|demeure) (?:etablie|determinee|precisee|inconnue)|"
    r"\bdont l'origine (?:n'a (?:pas )?(?:pu )?(?:ete|etre) (?:etablie|determinee|precisee)|(?:reste|demeure) inconnue)|"
    r"مجهول(?:ه)? المصدر|لم (?:يتضح|يعرف|تعرف) (?:مصدر|الجهه)|لم (?:تعلن|يعلن) اي (?:جهه|طرف)|لم (?:تتبن|يتبن)"
)
# attackers the text calls unknown: "unidentified gunmen", "des inconnus armés", "مسلحون مجهولون",
# "unidentified warplanes", "des avions non identifiés", "طائرات حربية مجهولة الهوية", "طيران حربي مجهول"
_UNKNOWN_ATTACKERS = re.compile(
    r"\b(?:unknown|unidentified) (?:gunmen|assailants|attackers|armed men|(?:war)?planes|aircraft|jets|drones)\b|"
    r"\b(?:hommes armes|individus|assaillants|avions(?: de combat)?|appareils|drones) non identifies\b|\binconnus armes\b|"
    r"(?<!\w)(?:مسلحون|مسلحين|ملثمون|ملثمين) مجهول(?:ون|ين)(?!\w)"
    + arabic_folded(r"|(?<!\w)(?:طائرات|طائرة|طيران)(?: حربية?| مسيرة?)? مجهولة?(?!\w)")
)


def by_unknown_attackers(event: Event, folded: str) -> bool:
    """Whether the event's sentence calls its attackers unknown ("Unidentified gunmen shot dead a
    judge"): no author to guess, though its victims may be."""
    return _UNKNOWN_ATTACKERS.search(folded, event.evidence_start, event.evidence_end) is not None


def unclaimed(event: Event, folded: str) -> bool:
    """Whether the event's sentence, or the next one, says nobody knows who acted."""
    after = folded.find(". ", event.evidence_end + 1)
    end = min(after if after >= 0 else len(folded), event.evidence_end + 300)
    return _UNCLAIMED.search(folded, event.evidence_start, end) is not None


# "sans faire de victime", "no one was hurt", "لم توقع إصابات": nobody was hit, so no victims
_NO_VICTIMS = re.compile(arabic_folded(
    r"\bsans faire (?:de |aucune )?(?:victimes?|blesses?)\b|\baucune victime\b|\bpas de victimes?\b|"
    r"\bno (?:casualties|injuries|victims)\b|\bno one was (?:hurt|injured|killed|wounded)\b|"
    r"\bwithout (?:causing )?(?:any )?casualties\b|\bcaus(?:ed|ing) no casualties\b|"
    r"لم (?:توقع|يوقع|تسفر عن|يسفر عن) (?:اي )?(?:اصابات|ضحايا|خسائر بشريه)|"
    r"دون (?:وقوع|ان (?:توقع|يوقع|تسفر|يسفر)(?: عن)?) (?:اي )?(?:اصابات|ضحايا|خسائر بشريه)"
))


def no_victims(event: Event, folded: str) -> Event:
    """A strike or a shelling whose sentence says it hit nobody has no civilian victims (the
    civilians a neighbouring sentence names were hit by something else, or not at all)."""
    if event.event_type != "Explosions/Remote violence" or event.faction2 != "civilians":
        return event
    if not _NO_VICTIMS.search(folded, event.evidence_start, event.evidence_end):
        return event
    return replace(event, actor2="", faction2="")


_BOTH_SIDES = re.compile(
    r"\b(?:both sides|the two (?:rival )?(?:sides|camps)|both parties|the two parties|the warring (?:sides|parties)|"
    r"the rival (?:camps|sides)|(?:les|des|aux) deux (?:camps|parties|belligerants)|les belligerants|"
    # "les deux communautés s'étaient affrontées", "the two tribes": the two groups just named
    r"(?:the two|both) (?:communities|tribes|militias|groups|peoples)|(?:les|des|aux) deux (?:communautes|tribus|milices|groupes|peuples))\b|"
    r"الطرفان|الطرفين|طرفي النزاع|طرفا النزاع|المعسكرين|المعسكران|القبيلتين|القبيلتان|المجموعتين|المجموعتان"
)


def both_sides(event: Event, actors: list[ActorMention], folded: str) -> Event:
    """"Both sides", "الطرفان": the last two armed sides the article named before the sentence."""
    violent = event.event_type in VIOLENT_TYPES
    if (event.faction1 and event.faction2) or not (violent or event.sub_event_type == "Agreement"):
        return event
    if not _BOTH_SIDES.search(folded, event.evidence_start, event.evidence_end):
        return event
    sides: list[ActorMention] = []
    for mention in reversed([a for a in actors if a.end <= event.evidence_start]):
        if mention.actor.role == "armed" or (mention.actor.role == "political" and not violent):
            if mention.actor.name not in GENERIC_ACTORS and all(not same_side(mention, s) for s in sides):
                sides.append(mention)
        if len(sides) == 2:
            break
    when = event.event_date or event.published
    if not sides and when is not None and when >= TRIPOLI_CAMP_FORMED and not violent:
        # "وقّع ممثلو طرفي النزاع في ليبيا اتفاقا" with no side named before: since Libya Dawn and
        # the House of Representatives split the country (July 2014), the conflict's two sides
        # are the Tripoli camp and Haftar's
        return replace(event, actor1="GNA", faction1="gna", actor2="LNA", faction2="lna")
    if len(sides) < 2:
        return event
    first, second = reversed(sides)
    return replace(event, actor1=first.actor.name, faction1=first.actor.faction,
                   actor2=second.actor.name, faction2=second.actor.faction)



def foreign_target(event: Event, folded: str) -> Event:
    """The side hit by violence at a foreign mission (an embassy, a consulate, a UN convoy) is
    the international one, not civilians or nobody; the mission named as the only side ("a car
    bomb went off outside Egypt's embassy") was hit, and gunmen firing on it attack it rather
    than fight it ("ont tiré sur la voiture du consul")."""
    if event.event_type not in VIOLENT_TYPES \
            or not _FOREIGN_TARGET.search(folded, event.evidence_start, event.evidence_end):
        return event
    if event.actor1 == "Foreign diplomats" and not event.faction2:
        event = replace(event, actor1="", faction1="")
    if event.event_type == "Battles":
        if event.sub_event_type != "Armed clash" or event.faction2 or event.faction1 == "international" \
                or _CLASHES.search(folded, event.evidence_start, event.evidence_end):
            return event
        event = replace(event, event_type="Violence against civilians", sub_event_type="Attack",
                        faction1=event.faction1 if event.actor1 else "")
    if event.faction2 not in ("", "civilians") or event.faction1 == "international":
        return event
    return replace(event, actor2="Foreign mission", faction2="international")


def riot_sides(event: Event) -> Event:
    """A riot's rioters alone ("des jeunes ont incendié le commissariat", "أضرم محتجون النار في مقر
    الأمن", as the corpus codes 148 of its 162 riots): a second side only where they stormed a
    jihadist group's base or a foreign mission."""
    if event.event_type == "Riots" and event.faction2 not in ("", "jihadist", "international"):
        return replace(event, actor2="", faction2="")
    return event


def acled_sides(event: Event) -> Event:
    """ACLED's definitions: a battle is between armed groups, so an armed side against
    civilians only is violence against civilians; the victims of violence against civilians
    are civilians (or a foreign mission), and so are those arrested that no group claims; a
    peaceful protest has the protesters alone."""
    armed = bool(event.actor1) and event.faction1 != "civilians"  # "gunmen" have no faction
    if event.sub_event_type == "Other" and not event.faction1 and event.country_code not in ("", "LY"):
        # "In Tunis, the foreign ministry summoned Libya's envoy": said abroad by someone the text
        # does not name, a statement of that country's government
        event = replace(event, actor1="Foreign government", faction1="international")
    if event.sub_event_type in TERRITORY_SUB_EVENT_TYPES and event.faction1 == "civilians":
        # "des manifestants ont pénétré dans le champ d'El-Feel": protesters who enter a site
        # occupy it; only storming it is a riot
        return replace(event, event_type="Protests", sub_event_type="Peaceful protest", actor2="", faction2="")
    if (event.event_type in VIOLENT_TYPES - {"Riots"} or event.sub_event_type == "Looting/property destruction") \
            and event.faction1 == "civilians" and event.sub_event_type != "Abduction/forced disappearance":
        # civilians who attack (protesters storming a base) riot: ACLED's violent demonstration (but
        # "his relatives had kidnapped three residents" is an abduction, whoever took them)
        event = replace(event, event_type="Riots", sub_event_type="Violent demonstration")
    if event.event_type == "Riots" and event.actor2 and (actor := default_factions().actor(event.actor2)) \
            and actor.role == "political":
        # "protesters stormed the House of Representatives": its building, not a side
        event = replace(event, actor2="", faction2="")
    if event.sub_event_type == "Arrests" and event.faction1 not in ("", "civilians") and not event.faction2:
        # "Rada detained six young men": those arrested, named by no group, are civilians
        event = replace(event, actor2="Civilians", faction2="civilians")
    if event.event_type == "Battles" and event.faction2 == "civilians" and (armed or not event.faction1):
        if event.sub_event_type == "Armed clash" and _CLASHES.search(fold(event.evidence)):
            # "Les affrontements ont fait 40 morts, dont des civils": a fight between armed sides
            # (named or not) that killed bystanders is still a battle (ACLED), with no second side
            event = replace(event, actor2="", faction2="")
        elif armed:
            event = replace(event, event_type="Violence against civilians", sub_event_type="Attack")
    if event.event_type == "Violence against civilians" and event.faction2 not in ("civilians", "international"):
        if event.faction1 == "civilians":  # the victims were named first
            event = replace(event, actor1=event.actor2, faction1=event.faction2)
        event = replace(event, actor2="Civilians", faction2="civilians")
    if event.sub_event_type == "Looting/property destruction" and not event.faction2 and event.faction1 != "civilians":
        event = replace(event, actor2="Civilians", faction2="civilians")  # the homes and shops of civilians
    if event.event_type == "Riots" and not event.faction1:
        # "أغلق شبان الطرق بالإطارات المشتعلة": rioters named by no group are civilians (ACLED's rioters)
        event = replace(event, actor1="Civilians", faction1="civilians")
    if event.sub_event_type == "Peaceful protest" and (event.faction1, event.faction2) != ("civilians", ""):
        event = replace(event, actor1="Civilians", faction1="civilians", actor2="", faction2="")
    if event.sub_event_type in ("Excessive force against protesters", "Protest with intervention") and (
            "civilians" not in (event.faction1, event.faction2)):
        # the protesters are one side: second where force was used on them, first otherwise
        force = next(((a, f) for a, f in ((event.actor1, event.faction1), (event.actor2, event.faction2)) if a), ("", ""))
        if event.sub_event_type == "Excessive force against protesters":
            event = replace(event, actor1=force[0], faction1=force[1], actor2="Civilians", faction2="civilians")
        else:
            event = replace(event, actor1="Civilians", faction1="civilians", actor2=force[0], faction2=force[1])
    return event
