"""Who did it, and to whom: the sides of an event from the trigger's sentence (the parse's subject
and object, "by X", "X's positions", who held a town, who blamed whom) and, when the sentence
names one side only, from the sentences around it in the same paragraph."""
from __future__ import annotations

import re
from dataclasses import replace

from events.model import TERRITORY_SUB_EVENT_TYPES, VIOLENT_TYPES, Event
from extractor.events import Trigger
from extractor.factions import GENERIC_ACTORS, ActorMention
from extractor.numbers import COUNTED_BEFORE, Figure
from extractor.sentences import Sentence, same_paragraph
from extractor.sides import same_side
from extractor.text import SOURCE_INTRO, arabic_folded, tolerate_harakat

VICTIM_REACH = 45  # characters between civilians named and the word that says they were hurt
_AVOIR = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "avoir", "ayant", "eu"})
_ETRE = frozenset({"été", "ete", "est", "sont", "était", "étaient", "être", "fut", "furent"})
# The participles of French verbs of motion whose past takes "être" though they are active
# ("sont entrées", "est arrivé", "sont revenus"; the pipeline's parse has no lemmas)
_MOVED_WITH_ETRE = re.compile(r"(?:r?entr|arriv|retourn)[eé]e?s?|(?:re|par)?venue?s?|(?:parti|sorti)e?s?")
_SUBJECT_DEPS = frozenset({"nsubj", "agent", "obl:agent", "nsubj:outer", "csubj"})
_OBJECT_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass", "iobj", "pobj"})
_PHRASE_DEPS = frozenset({"nmod", "appos", "conj", "flat", "flat:name", "compound", "amod", "pobj", "prep", "poss"})
BLAME_REACH = 400  # characters after the sentence where "X blamed Y" still names the attacker
_BLAME = re.compile(
    r"(?:blamed|blames|accused|accuses|attributed (?:it |the \w+ )?to|claimed by|carried out by|"
    r"accuse|accusent|impute|imputent|attribue|revendique|menee par|"
    r"حمل|حملت|اتهم|اتهمت|تبنت|تبني)\s+(?:the |les |la |le |l'|des |it on |on )*(?:\w+\s+){0,4}$"
)
_AGAINST = ("contre ", "against ", "ضد ")
# the clause that tells how the victims of a passive died: "when guards opened fire", "lorsque des gardes"
_WHEN_BEFORE = re.compile(arabic_folded(
    r"\b(?:when|as|after|lorsque|lorsqu'|quand|apres que)\s*(?:des |les |the |un |une |a |an |some )?(?:[\w-]+\s+)?$"
    r"|(?<!\w)(?:عندما|حين|بعدما)\s+(?:\S+\s+)?$"))
_KILLED_PASSIVE = re.compile(arabic_folded(
    r"\b(?:were|was|have been|had been|ont ete|a ete|avaient ete|avait ete)\s+(?:[\w-]+\s+)?"
    r"(?:killed|shot|wounded|injured|tuee?s?|blessee?s?|abattue?s?)\b|(?<!\w)(?:قتل|قتلت|اصيب|اصيبت)(?!\w)"))
WHEN_REACH = 60  # characters from the victims' verb to the armed men of the clause that tells how
# an attack's noun and its target: "attacks on civilians", "les frappes contre des civils", "الهجمات على المدنيين"
_HIT_BEFORE = re.compile(arabic_folded(
    r"\b(?:attacks?|strikes?|raids?|shelling|violence|assaults?|attaques?|frappes?|bombardements?|violences?|tirs?)"
    r"\s+(?:on|against|upon|targeting|contre|sur|visant)\s+(?:the\s+|les\s+|des\s+|de\s+)?$"
    r"|(?:هجمات|الهجمات|هجوم|الهجوم|اعتداءات|الاعتداءات|غارات|الغارات|القصف|قصف)\s+(?:على|ضد)\s+$"))
# a sponsor or host of a signature is not one of its parties: "un accord parrainé par l'ONU"
_SPONSOR = re.compile(
    r"(?:parraine(?:e|s|es)? par|sous (?:l'egide|les auspices) d[eu']|under the auspices of|brokered by|"
    r"sponsored by|hosted by|mediated by|برعايه)\s*(?:the |la |le |les |l')?$"
)
# the victims of a neighbouring sentence: "17 people, most of them civilians, were killed"
HARMED = re.compile(
    r"\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|tues?|tuees?|tuant|morts?|blessant|blesse(?:e|s|es)?)\b"
    + "|" + tolerate_harakat("قتلي|مقتل|قتل|جرحي|اصابه|اصيب")  # "قُتل" is often written with its vowel
)
# "un colonel de l'armée de l'air a péri", "مقتل عنصرين من الجيش", "two soldiers of the LNA were
# killed": the force whose men were hit, not the one that hit them
_MEMBERS_OF = re.compile(arabic_folded(
    r"(?<!\w)(?:colonel|officier|officer|soldats?|soldiers?|membres?|members?|"
    r"ضابط|جندي|جنديا|جنديان|جنديين|جنود|عنصر|عنصرا|عنصران|عنصرين|عناصر)\s+(?:\S+\s+){0,2}?"
    r"(?:de |du |des |de la |d'|of |of the |from the |in the |من |في )$"))
_DIED = re.compile(r"\b(?:a|ont|avait|avaient) peri\b|\bsuccombe|" + HARMED.pattern)
_ACTIVE_SUBTYPES = frozenset(
    {"Suicide bomb", "Non-state actor overtakes territory", "Government regains territory",
     "Headquarters or base established"}
)
# "by the pro-GNA forces", "par les forces pro-GNA", "aux mains des forces..." after the trigger:
# the agent of a passive
_BY_AGENT = re.compile(
    r"(?<!held )(?<!controlled )(?<!occupied )(?<!backed )(?<!supported )(?<!led )(?<!tenue )(?<!tenu )"
    r"(?<!manned )(?<!guarded )(?<!run )(?<!operated )(?<!gardee )(?<!garde )(?<!tenus )"
    r"(?<!tenus )(?<!tenues )(?<!controle )(?<!controlee )(?<!soutenus )(?<!soutenues )(?<!dirigees )"
    r"(?:\bpar|\bby|\bmains d[eu']s?|\bfell to|\bfallen to|attribue(?:e|s|es)? (?:a|aux|au)|\battributed to|"
    r"(?<!\w)في (?:ايدي|يد|قبضه))"
    r"\s*(?:les |la |le |l'|des |the |un |une |a |an )?"
    r"(?:(?:forces|troupes|hommes|combattants|milices|miliciens|brigades|unites) (?:de la |de l'|de |d'|du |des )"
    r"|(?:forces|troops|fighters|men|militias|units) of (?:the )?"
    # "fired by militias allied to the Libya Dawn coalition", "par des milices proches de Fajr Libya"
    r"|(?:forces|troops|fighters|men|militias|militiamen|units|groups|armed groups|gunmen) "
    r"(?:allied|loyal|aligned|affiliated|linked|close) (?:to|with) (?:the )?"
    r"|(?:forces|troupes|hommes|combattants|milices|miliciens|brigades|unites|groupes) "
    r"(?:alliee?s|fideles|loyales|loyaux|affiliee?s|liee?s|proches) (?:a la |a l'|au |aux |a |de la |de l'|du |des |de |d')"
    r"|(?:a |an )?(?:counter-?offensive|offensive|assault|attack) (?:of|by) (?:the )?"
    r"|(?:une )?(?:contre-offensive|offensive|attaque) (?:de la |de l'|de |d'|du |des ))?$"
)
# a pronoun or a body named again as the subject of a statement: "he", "il", "the agency", "la mission"
REFERRING_SUBJECT = re.compile(
    r"\b(?:he|she|il|elle|the (?:agency|mission|organi[sz]ation|envoy|alliance|bloc)"
    r"|l'(?:agence|organisation|alliance|envoye)|la mission)\b")
PRONOUN_REACH = 40  # characters from that subject to the words said
HOLDER_REACH = 300  # characters around a town taken where "X held the town" names the loser
_HOLDER_AFTER = re.compile(
    r"(?:\s*,[^,.;]{0,60},)?\s+(?:controlaient|controlait|tenaient|tenait|occupaient|occupait|"
    r"had (?:controlled|held|occupied)|had been holding|كانت تسيطر|كانوا يسيطرون)\b"
)
_HELD_BEFORE = re.compile(
    r"(?:\bheld by|\bcontrolled by|\boccupied by|\bmanned by|\bguarded by|tenue?s? par|controlee?s? par|gardee?s? par|"
    r"(?:التي|الذي|الذين) (?:تسيطر|يسيطر|تتمركز|يتمركز) (?:عليها|عليه|فيها|فيه))\s+(?:the |les |la |le |l')?$"
)
_BUILDING_AFTER = re.compile(
    r"\s+(?:training\s+)?(?:centre|center|station|academy|headquarters|barracks|compound|building|post)\b"
)
# "the headquarters of the parliament", "le siège du Parlement", "مقر مجلس النواب": a building
_BUILDING_BEFORE = re.compile(
    r"(?:\b(?:headquarters|offices|building|compound) of(?: the)?|\b(?:siege|locaux|batiment|bureaux) (?:du|de la|des|de l')|"
    r"(?<!\w)[وب]?(?:مقر|مبني|مباني)) ?$"
)
# "rockets fired from LNA positions", "tirées depuis des positions de l'ANL", "من مواقع قوات حفتر",
# "from areas held by", "depuis les faubourgs encore tenus par le régime"
_FIRED_FROM = re.compile(
    r"(?:\bfrom|\bdepuis)\s+(?:the\s+|les\s+|des\s+)?(?:positions?\s+(?:of\s+(?:the\s+)?|de\s+l'|de\s+la\s+|du\s+|des\s+|d')?"
    r"|(?:[\w'-]+\s+){1,2}(?:still\s+|encore\s+)?(?:held|controlled|tenu(?:e|s|es)?|controle(?:e|s|es)?)\s+(?:by|par)\s+"
    r"(?:the\s+|le\s+|la\s+|les\s+|l')?)(?:[\w'-]+-based\s+)?$|(?<!\w)من\s+مواقع\s+(?:ل|لل)?$"
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_POSITIONS_AFTER = re.compile(r"(?:'s)?\s+(?:positions|lines|artillery positions|side of the (?:front|line))\b")
_POSITIONS_NAMED = re.compile(r"\b(?:positions|lines)$")  # an actor named by its positions: "from Dawn positions"
# an Arabic verb of violence done by its subject, which follows it ("اقتحم محتجون": protesters stormed)
_AR_AGENT_VERB = re.compile(r"[وف]?(?:اقتحم|هاجم|احرق|اضرم|نهب|اعتدي)")
_AR_QAD = re.compile(r"\s+قد\s+")  # "كان محتجون قد اقتحموا": the subject, "قد", then the verb
_CLAIMED = re.compile(
    r"\s*(?:later |has |have |also )?(?:claimed (?:the|responsibility)|a revendique|ont revendique|تبني|تبنت|"
    # "the Islamic State said two of its suicide bombers had carried out the attack"
    r"said (?:that )?(?:[\w'-]+ ){0,6}?(?:had |has |have )?carried out|a affirme (?:que )?(?:[\w'-]+ ){0,6}?avoir mene|"
    # "the LNA said its aircraft had targeted armed gangs", "a affirmé que ses avions avaient visé"
    r"(?:said|says|a (?:affirme|indique|annonce)|قالت|قال|اعلنت|اعلن) (?:that |que |ان )?"
    r"(?:its|their|ses|leurs|sa|son) (?:aircraft|warplanes|jets|drones|air force|avions|aviation|drones|appareils) "
    r"(?:had |have |has |avaient |avait |ont |a )?(?:targeted|struck|hit|bombed|vise|frappe|bombarde|cible))"
)
# ("residents said", "Residents of Ain Zara reported": the town they live in between)
_SAYS = re.compile(r"(?:\s+(?:of|in|from|de|d'|a)\s*[\w'-]+(?:\s+[\w'-]+)?)?"
                   r"\s*(?:said|say|says|told|reported|report|a dit|ont dit|disent|affirment|ont affirme|ont raconte|temoign|قالوا|افاد)")
_SAYS_BEFORE = re.compile(
    r"(?:\b(?:said|told|reported)|\b(?:ont|a) (?:rapporte|indique|raconte|affirme|dit|declare|explique|"
    r"temoigne|assure|confie)|(?<!\w)(?:قال|قالت|افاد|افادت|اكد|اكدت|روي|روت))"
    r"\s+(?:des |les |un |une |plusieurs |some |several |local |two |three )?$"
)
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:a|ont|avait|avaient|aurait|auraient|sera|seront) ete|\b(?:was|were|has been|have been|had been|being))"
    r"(?:\s+[\w-]+){0,2}?\s*$"
)
_PASSIVE_AUX = r"(?:a|ont|avait|avaient) ete|was|were|has been|have been"
_PASSIVE_TRIGGER = re.compile(rf"(?:{_PASSIVE_AUX})\b")  # a trigger that opens in the passive
_PASSIVE_WORDS = re.compile(rf"\b(?:{_PASSIVE_AUX}|had been)\b")  # a passive anywhere in it: "drones were destroyed"
_SOURCE_BEFORE = re.compile(
    rf"(?:{SOURCE_INTRO}|"
    r"health ministry|ministry of health|ministere de la sante|وزاره الصحه)\s+(?:[\w'-]+\s+){0,4}$"
)
# "hospital sources", "des sources hospitalières", "medical officials": who gave the toll
SOURCE_WORDS = r"sources?|officials?|spokes(?:man|woman|person)|staff|director"
_SOURCE_AFTER = re.compile(rf"\s+(?:{SOURCE_WORDS})\b")
_ACCORDING = re.compile(rf"(?:{SOURCE_INTRO})\s+(?:the |les |des |local |some )*$")


def _witness(mention: ActorMention, folded: str) -> bool:
    """Whether civilians named are those who tell ("residents reported", "a hospital said",
    "ont rapporté des habitants"), not a side."""
    return mention.actor.faction == "civilians" and bool(
        _SAYS.match(folded, mention.end) or _SOURCE_AFTER.match(folded, mention.end)
        or _SAYS_BEFORE.search(folded, max(0, mention.start - 30), mention.start))


# what lies between a speaker and an actor named inside the relative clause about the speaker
_IN_RELATIVE = re.compile(r"[^,;.]{0,60},\s*(?:who|whom|whose|qui|dont|lequel|laquelle|الذي|التي)(?!\w)[^,;.]*")


def fill_from_neighbours(
    event: Event, number: int, sentences: list[Sentence], by_sentence: list[list[ActorMention]],
    text: str, folded: str,
) -> Event:
    """A side the event's sentence does not name, taken from the sentence just after (the
    defenders, the victims: "... were killed") or just before (the attacker: "ses troupes")
    in the same paragraph."""
    violent = event.event_type in VIOLENT_TYPES
    if not (violent or event.sub_event_type == "Agreement"):
        return event
    if (event.faction1 and event.faction2) or not (event.faction1 or event.faction2 or not violent):
        return event  # both sides known, or none: a sentence with no side is left alone
    changes: dict[str, str] = {}

    def pick(order: tuple[int, ...], avoid: str, victims: bool, armed_from: tuple[int, ...] = (),
             avoid_actor: str = "") -> ActorMention | None:
        for n in order:
            armed_ok = n in armed_from
            if not 0 <= n < len(sentences) or not same_paragraph(text, sentences[n], sentences[number]):
                continue
            harmed = bool(HARMED.search(folded, sentences[n].start, sentences[n].end))
            for mention in by_sentence[n]:
                if mention.is_backer or mention.actor.role in ("backer", "international") and violent:
                    continue
                if (_is_accuser(mention, folded) or _SOURCE_BEFORE.search(folded, max(0, mention.start - 40), mention.start)
                        or _SOURCE_AFTER.match(folded, mention.end)):
                    continue  # who blames, or the source of a figure ("selon le ministère de la santé du GNA")
                if not violent and _SPONSOR.search(folded, max(0, mention.start - 30), mention.start):
                    continue
                if mention.actor.faction == avoid and (avoid != "other" or mention.actor.name == avoid_actor):
                    continue
                if mention.actor.name in GENERIC_ACTORS:
                    continue  # "les assaillants": whose, the sentence does not say
                if violent and mention.actor.faction == "international":
                    continue  # "NATO said its aircraft would keep striking": not a side of this fight
                if mention.actor.faction == "civilians":
                    if _witness(mention, folded):
                        continue  # "four soldiers were killed, a military hospital said": who told
                    # the victims told just after ("... were killed"); those of the sentence before
                    # are its own event's ("Grad rockets hit Zintan, wounding three civilians. NATO
                    # said it had struck a depot")
                    if victims and harmed and n > number:
                        return mention
                    continue
                if not armed_ok:
                    continue
                if mention.actor.is_armed or (not violent and mention.actor.role != "civilians"):
                    return mention
        return None

    if event.sub_event_type == "Agreement" and "international" in (event.faction1, event.faction2):
        return event  # a conference of foreign powers is not a deal between the Libyan sides
    both = event.event_type in ("Battles", "Strategic developments")
    if not event.faction2:
        # a battle's other side, or the victims of a one-sided attack
        # (the target of a strike only from the sentence before: "... Gaddafi's forces. British
        # ships followed with missiles aimed at air defences")
        found = pick((number + 1, number - 1), event.faction1,
                     violent and event.sub_event_type not in TERRITORY_SUB_EVENT_TYPES,  # a town is not taken from victims
                     armed_from=(number + 1, number - 1) if both else (number - 1,),
                     avoid_actor=event.actor1)
        if found is not None:
            changes["actor2"], changes["faction2"] = found.actor.name, faction_of(found)
    if not event.faction1 and both:
        # the attacker of a strike is not guessed from a neighbour: who spoke is not who fired
        found = pick((number - 1, number + 1), changes.get("faction2", event.faction2), False,
                     armed_from=(number - 1, number + 1), avoid_actor=changes.get("actor2", event.actor2))
        if found is not None:
            changes["actor1"], changes["faction1"] = found.actor.name, faction_of(found)
    return replace(event, **changes) if changes else event


# the one who blames is not a side of what is blamed: "the GNA blamed Haftar's forces",
# "le GNA accuse les forces de Haftar", "واتهمت الحكومة قوات حفتر"
_ACCUSES_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|later)\s+)?(?:blamed|blames|accused|accuses|held|a accuse|ont accuse|accuse|accusent|"
    r"a impute|imputent|a attribue|attribuent)\b"
)
# who speaks at the end of a sentence is its source, not a side: "..., the UN-backed government
# and aid agencies said.", "..., a indiqué le GNA."
_SAID_LAST = re.compile(
    r"(?:\s+and\s+(?:[\w'-]+\s+){0,3}?)?\s*(?:said|reported|told (?:reporters|afp|reuters))"
    r"(?:\s+(?:on|late on|early on) \w+)?\s*(?:[.;]|$)"
)
_SAID_BEFORE_LAST = re.compile(
    r",\s*(?:a|ont) (?:indique|affirme|annonce|precise|declare|rapporte|dit)\s+(?:le |la |les |l'|un |une )?$"
)
_OUT_OF = re.compile(r"\bout of\b|\bhors de\b")
_ACCUSES_BEFORE = re.compile(r"(?<!\w)[وف]?(?:اتهمت|اتهم|حملت|حمل|تتهم|يتهم)\s+(?:\S+\s+){0,2}$")


def _is_accuser(mention: ActorMention, folded: str) -> bool:
    return bool(_ACCUSES_AFTER.match(folded, mention.end)
                or _ACCUSES_BEFORE.search(folded, max(0, mention.start - 30), mention.start))


def token_at(doc_span, start: int, end: int):
    if doc_span is None:
        return None
    span = doc_span.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _governing(trigger_token) -> set[int]:
    """The trigger, and the verb whose argument the trigger noun is ("poursuivent leur offensive
    sur Syrte", "Brigades in Misrata launched an assault on Bani Walid"): what a place hangs from."""
    targets = {trigger_token.i}
    if trigger_token.dep_ in ("obj", "dobj", "nsubj", "obl", "nmod", "xcomp") and trigger_token.head is not trigger_token:
        targets.add(trigger_token.head.i)
    return targets


def governs(trigger_token, token, max_hops: int = 4) -> bool:
    """Whether `token` hangs (within a few hops) from the trigger, or from the verb whose
    argument the trigger noun is (`_governing`)."""
    targets = _governing(trigger_token)
    current = token
    for _ in range(max_hops):
        if current.head is current:
            return False
        current = current.head
        if current.i in targets:
            return True
    return False


def through_subject(trigger_token, token, max_hops: int = 4) -> bool:
    """Whether `token` hangs from the trigger through the trigger's subject ("Deux journalistes de
    Misrata ont été enlevés": Misrata names who the subject is, not where the act happened)."""
    targets = _governing(trigger_token)
    current = token
    for _ in range(max_hops):
        if current.head is current or current.head.i in targets:
            return False
        current = current.head
        if current.dep_.startswith("nsubj") and current.head.i in targets:
            return True
    return False


def _phrase_head(token):
    current = token
    for _ in range(6):
        if current.dep_ in _PHRASE_DEPS and current.head is not current:
            current = current.head
        else:
            break
    return current


def _role(trigger_token, mention: ActorMention, sentence: Sentence) -> str:
    """ "subject", "object" or "" from the parse."""
    token = token_at(sentence.span, mention.start, mention.end)
    if token is None or trigger_token is None:
        return ""
    head = _phrase_head(token)
    verb = head.head
    targets = {trigger_token.i}
    if trigger_token.head is not trigger_token and (
            trigger_token.dep_ in ("obj", "dobj", "xcomp")
            # "a annoncé jeudi avoir repris les terminaux": an infinitive clause with no subject of
            # its own has its verb's (the parser often attaches it as advcl)
            or trigger_token.dep_ == "advcl" and _is_infinitive_clause(trigger_token)):
        targets.add(trigger_token.head.i)
    if verb.i not in targets:
        return ""
    if head.dep_ in _SUBJECT_DEPS or head.dep_ == "nsubj:pass" and _active_all_the_same(verb):
        return "subject"
    if head.dep_ in _OBJECT_DEPS:
        return "object"
    return ""


def _active_all_the_same(verb) -> bool:
    """A verb the parser took for a passive though only "avoir" helps it and no "être" ("des appareils
    américains avaient encore frappé des positions", "Des avions de l'ANL ont par ailleurs bombardé
    dans la journée ...": they struck), or a verb of motion that "être" helps in the past ("L'ANL est
    entrée samedi sans combattre à Oubari": it entered)."""
    if _MOVED_WITH_ETRE.fullmatch(verb.lower_):
        return True
    children = list(verb.children)
    return (any(c.dep_ in ("aux", "aux:tense") and c.lower_ in _AVOIR for c in children)
            and not any(c.dep_ == "aux:pass" or c.lower_ in _ETRE for c in children))


def _is_infinitive_clause(token) -> bool:
    """A clause headed by an infinitive (or "avoir"/"être" + participle) with no subject of its own."""
    children = list(token.children)
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("nsubj:pass", "nsubjpass", "mark") for c in children):
        return False
    return "Inf" in token.morph.get("VerbForm") or any(
        c.dep_ in ("aux", "aux:tense", "aux:pass") and c.lower_ in ("avoir", "être", "etre") for c in children)


def pick_actors(
    trigger: Trigger, trigger_token, actors: list[ActorMention], earlier: list[ActorMention],
    sentence: Sentence, folded: str, language: str, figures: list[Figure], *, own_date: bool = True,
) -> tuple[ActorMention | None, ActorMention | None, ActorMention | None]:
    """The trigger's actor1, actor2 and associated actor (`own_date`: whether the sentence dates
    the trigger itself)."""
    violent = trigger.event_type in VIOLENT_TYPES
    backers = [a for a in actors if a.is_backer]

    def eligible(a: ActorMention) -> bool:
        if (a.is_backer or _is_accuser(a, folded) and (violent or trigger.sub_event_type != "Other")
                or _SOURCE_BEFORE.search(folded, max(0, a.start - 40), a.start)):
            return False  # a backer, who blames (but for the accusation itself), or the source of the report
        if _SAID_LAST.match(folded, a.end) or (_SAID_BEFORE_LAST.search(folded, max(0, a.start - 40), a.start)
                                               and re.match(r"\s*[.;]", folded[a.end:a.end + 3])):
            return False  # "..., the government said.": the source
        if _witness(a, folded):
            return False  # "residents reported looting", "ont rapporté des résidents": witnesses, not a side
        if trigger.sub_event_type == "Agreement" and _SPONSOR.search(folded, max(0, a.start - 30), a.start):
            return False
        if violent:
            # "The United States carried out an air strike": a state's own strike (not "the UN
            # said the strike"), the parse's subject
            return a.actor.is_armed or a.actor.faction == "civilians" or (
                trigger.event_type == "Explosions/Remote violence" and a.actor.role == "international"
                and _role(trigger_token, a, sentence) == "subject")
        return True

    def is_victim(a: ActorMention) -> bool:
        """Civilians are a side only as the ones hit: killed, wounded or just after the trigger."""
        if _SAYS.match(folded, a.end) or _ACCORDING.search(folded, max(0, a.start - 25), a.start):
            return False
        if 0 <= a.start - trigger.end <= 40 or trigger.start <= a.start < trigger.end:
            return True
        if HARMED.search(folded, max(0, a.start - 60), a.start):
            return True  # "wounding several people including passengers"
        if HARMED.search(folded, a.end, min(a.end + VICTIM_REACH, sentence.end)):
            return True  # "trois sœurs âgées de deux à onze ans ont été tuées"
        return any(f.start <= a.start <= f.end + 3 for f in figures)

    # "a police training centre", "the army headquarters": a building, not an actor
    actors = [a for a in actors if not _BUILDING_AFTER.match(folded, a.end)]
    # "stormed the headquarters of Ansar al-Sharia": whose building, so the side attacked, never the doer
    buildings = [a for a in actors if _BUILDING_BEFORE.search(folded, max(0, a.start - 30), a.start)]
    candidates = [a for a in actors if eligible(a) and (
        a.actor.faction != "civilians" or not violent or is_victim(a)
        # "des centaines de manifestants ont pris d'assaut le quartier général": a riot
        or (_role(trigger_token, a, sentence) == "subject" and not _SAYS.match(folded, a.end)))]
    actor1 = actor2 = None
    if language == "ar" and _AR_AGENT_VERB.match(folded, trigger.start, trigger.end):
        # "اقتحم محتجون غاضبون مقر البرلمان": the one named right after the verb did it
        # "اقتحم مئات المحتجين الغاضبين مقر مجلس النواب": a crowd counted before its noun too
        doer = next((a for a in actors if eligible(a) and (
            0 <= a.start - trigger.end <= 2
            or a.start - trigger.end <= 20 and COUNTED_BEFORE.fullmatch(folded, trigger.end + 1, a.start)
            # "وكان محتجون قد اقتحموا": the subject named before "قد" and the verb
            or _AR_QAD.fullmatch(folded, a.end, trigger.start))), None)
        if doer is not None:
            actor1 = doer
            candidates = [a for a in candidates if a is not doer]
    if actor1 is None and (language == "ar" or not _OUT_OF.search(folded, trigger.start, trigger.end)):
        # "فتحت قوات الأمن ... النار على المتظاهرين": the verb, its subject, then the rest of the
        # phrase; a force named inside the trigger ("دخول قوات حكومة الوفاق", "drones flown for
        # the GNA destroyed", or a name the trigger starts inside: "Egyptian warplanes, which
        # struck", not "drones were destroyed") is its doer, unless it is the one driven out
        # ("drove the Islamic State out of")
        inside = next((a for a in candidates if a.actor.faction != "civilians" and (
            trigger.start < a.start < trigger.end
            or a.start < trigger.start < a.end and not _PASSIVE_WORDS.search(folded, trigger.start, trigger.end)
            # "frappes aériennes américaines": a force named by its strikes (not the bare "aircraft"
            # of "Haftar's aircraft struck", whose owner is named before)
            or a.start == trigger.start < a.end and a.actor.name not in GENERIC_ACTORS)),
            None)
        if inside is not None:
            actor1 = inside
            candidates = [a for a in candidates if a is not inside]
    for mention in candidates:
        role = _role(trigger_token, mention, sentence)
        if role == "subject" and actor1 is None:
            actor1 = mention
        elif role == "object" and actor2 is None:
            actor2 = mention
    if (not violent and trigger.sub_event_type == "Other" and actor1 is not None and actor1.actor.faction == "civilians"
            and _HIT_BEFORE.search(folded, max(0, actor1.start - 30), actor1.start)):
        # "Ban Ki-moon said that the attacks on civilians were ... and urged the Security Council":
        # the civilians an attack hit, which the parse made the subject of the call, are no voice
        actor1 = None
    agents = [a for a in candidates if a.start >= trigger.end and a.actor.faction != "civilians"
              and _BY_AGENT.search(folded, max(0, a.start - 30), a.start)]
    fired_from = [a for a in actors if a.actor.is_armed and (
        _FIRED_FROM.search(folded, max(0, a.start - 60), a.start)
        or _FROM_BEFORE.search(folded, max(0, a.start - 12), a.start)
        and (_POSITIONS_AFTER.match(folded, a.end) or _POSITIONS_NAMED.search(folded, a.start, a.end)))]
    if fired_from and (actor1 is None or actor1 is actor2 or actor1.actor.faction == "civilians"
                       or actor2 is fired_from[0]):
        # whose positions the shells came from fired them
        actor1 = fired_from[0]
        if actor2 is actor1:
            actor2 = None
    if actor1 is None and agents:
        # (also where the parse took the agent for an object: "a été enlevé à l'hôtel Corinthia,
        # où il réside, par un groupe armé")
        actor1 = agents[0]
        if actor2 is actor1:
            actor2 = None
    if actor1 is None and violent and _KILLED_PASSIVE.search(folded, trigger.start, trigger.end + 12):
        # "Six migrants ont été tués vendredi lorsque des gardes ont ouvert le feu", "were killed
        # when guards opened fire": the armed men of the clause that tells how did it
        how = next((a for a in candidates if trigger.end <= a.start <= trigger.end + WHEN_REACH and a.actor.is_armed
                    and a.actor.faction != "civilians" and _WHEN_BEFORE.search(folded, max(0, a.start - 25), a.start)),
                   None)
        if how is not None:
            actor1 = how
    against = [a for a in candidates if folded[max(0, a.start - 12) : a.start].endswith(_AGAINST) or
               folded[max(0, a.start - 16) : a.start].rstrip().endswith(("contre les", "contre la", "contre le", "against the"))]
    if actor2 is None and against:
        actor2 = against[0]
    passive = bool(_PASSIVE_BEFORE.search(folded, max(0, trigger.start - 30), trigger.start)
                   or _PASSIVE_TRIGGER.match(folded, trigger.start, trigger.end))
    if actor1 is None and not passive:
        # (in the passive, "X a été arrêté", the one named before the verb underwent it)
        before = [a for a in candidates if a.end <= trigger.start and a is not actor2
                  and (actor2 is None or not same_side(a, actor2)
                       # ("the UN chief urged the Security Council": a body may call on its own)
                       or trigger.sub_event_type == "Other" and not violent and a.actor.role == "international")]
        if violent:
            before = [a for a in before if a.actor.faction != "civilians"]
        else:
            # "the UN mission ... concerned about the fate of civilians ..., urged": who speaks
            before = [a for a in before if a.actor.faction != "civilians"] or before
            if trigger.sub_event_type == "Other":
                # "Erdogan phoned al-Sarraj to congratulate him, his office said in Ankara": the
                # foreign voice speaks, not the one it spoke to
                before = [a for a in before if a.actor.role in ("international", "backer")] or before
            # "Guterres, who met Haftar in Benghazi, ... called for": not the one the speaker met
            before = [a for i, a in enumerate(before)
                      if not (i and _IN_RELATIVE.fullmatch(folded, before[i - 1].end, a.start))]
        if before:
            actor1 = before[-1]
    symmetric = trigger.sub_event_type == "Armed clash" or language == "ar"
    if actor1 is None and (symmetric or not violent):
        # Arabic puts the verb first ("قصفت قوات حفتر"); a clash "opposed X to Y"
        after = [a for a in candidates if a.start >= trigger.end and a is not actor2
                 and not (violent and a.actor.faction == "civilians")]
        if trigger.sub_event_type == "Other" and language != "ar":  # (in Arabic the subject follows its verb)
            # "governments pledged $1 billion to Libya's rebels at a meeting of the Contact Group"
            after = [a for a in after if a.actor.role in ("international", "backer")] or after
        if after:
            actor1 = after[0]
    if actor2 is None and (violent or trigger.sub_event_type == "Agreement"):
        after = [a for a in candidates if a.start >= trigger.end and a is not actor1
                 and (actor1 is None or not same_side(a, actor1))
                 and (violent or a.actor.is_armed)]
        if after:
            actor2 = after[0]
    if actor2 is None and trigger.sub_event_type == "Arrests":
        # "arrested more than 5,000 migrants": the ones arrested, just after the verb
        held = [a for a in actors if a is not actor1 and 0 <= a.start - trigger.end <= 60
                and (actor1 is None or not same_side(a, actor1))]
        if held:
            actor2 = held[0]
    if actor2 is None and trigger.sub_event_type == "Excessive force against protesters":
        hit = [a for a in actors if a.actor.faction == "civilians" and trigger.start <= a.start <= trigger.end + 40]
        if hit:
            actor2 = hit[0]
    if actor1 is None and trigger.sub_event_type == "Excessive force against protesters":
        # "Arrivés devant les villas occupées par des brigades de Misrata, ils ont été accueillis
        # par des rafales": the one armed force the sentence names fired
        armed = {a.actor.name: a for a in actors if a.actor.is_armed and a is not actor2}
        if len(armed) == 1:
            actor1 = next(iter(armed.values()))
    if actor2 is None and trigger.event_type == "Violence against civilians":
        # "stormed the US diplomatic compound": a foreign mission as the target
        hit = [a for a in actors if a.actor.role == "international" and 0 <= a.start - trigger.end <= 25]
        if hit:
            actor2 = hit[0]
    if actor2 is None and actor1 is not None and trigger.sub_event_type == "Agreement":
        # "the delegations of the GNA and of Haftar's forces signed": both before the verb
        other = [a for a in candidates if a is not actor1 and a.actor.is_armed
                 and not same_side(a, actor1)]
        if other:
            actor2 = other[0]
    if (actor1 is None and actor2 is not None and trigger.sub_event_type in _ACTIVE_SUBTYPES
            and actor2.end <= trigger.start and actor2.actor.faction != "civilians"):
        # "deux kamikazes se sont fait exploser", "les forces de Haftar se sont emparées de
        # Syrte": the one named before the verb is the attacker
        actor1, actor2 = actor2, None
        after = [a for a in candidates if a.start >= trigger.end and a is not actor1
                 and a.actor.faction != "civilians" and not same_side(a, actor1)]
        if after:
            actor2 = after[0]
    if actor1 is not None and violent and actor1 not in fired_from and _HELD_BEFORE.search(folded, max(0, actor1.start - 30), actor1.start):
        # "the base held by GNA forces", "التي تسيطر عليها قوات الوفاق": the holder of the target
        if actor2 is None:
            actor2 = actor1
        actor1 = None
    if (actor1 is not None and violent and actor1 not in fired_from
            and _MEMBERS_OF.search(folded, max(0, actor1.start - 40), actor1.start)
            and _DIED.search(folded, max(sentence.start, actor1.start - 40), sentence.end)):
        # the force whose men died was hit: it takes the second place, and an armed side named
        # there did it ("قتل جنديان من الجيش ... في هجوم شنه مسلحون"); civilians hit stay the side hit
        actor1, actor2 = (actor2, actor1) if actor2 is None or actor2.actor.faction != "civilians" else (None, actor2)
    if (actor1 is None or actor1.actor.name in GENERIC_ACTORS) and violent:
        # "gunmen claiming allegiance to the Islamic State": the one claimed or blamed
        blamed = [a for a in earlier if sentence.start <= a.start - 0 and a.start <= sentence.end + BLAME_REACH
                  and a.actor.is_armed and (_BLAME.search(folded, max(0, a.start - 40), a.start)
                                            or _CLAIMED.match(folded, a.end))
                  and (actor2 is None or not same_side(a, actor2))]
        if blamed and language == "ar":
            # "حمّلت حكومة الوفاق قوات حفتر المسؤولية": verb, subject, then the one blamed
            following = [a for a in earlier if 0 <= a.start - blamed[0].end <= 25 and a.actor.is_armed]
            if following:
                blamed = following
        if blamed:
            actor1 = blamed[0]
            if actor2 is actor1:
                actor2 = None
    if (actor1 is None or actor1.actor.name in GENERIC_ACTORS) and trigger.sub_event_type == "Agreement":
        # no party named but by kind: "les groupes armés ... ont signé un accord sous l'égide de l'ONU"
        sponsors = [a for a in actors if not a.is_backer and _SPONSOR.search(folded, max(0, a.start - 30), a.start)]
        if sponsors:
            actor1 = sponsors[0]
    if actor1 is None and violent and actor2 is not None and actor2.actor.faction != "civilians":
        # "Nous venons de cibler les mercenaires de Haftar": the speaker's side, named before
        previous = [a for a in earlier if a.end <= sentence.start and a.actor.role == "armed"
                    and a.actor.faction not in (actor2.actor.faction, "civilians", "other")]
        if previous:
            actor1 = previous[-1]
    if actor1 is None and trigger.sub_event_type == "Other" and own_date and REFERRING_SUBJECT.search(
            folded, max(sentence.start, trigger.start - PRONOUN_REACH), trigger.start):
        # "He condemned on Tuesday", "Jeudi, depuis la capitale, il s'est dit « préoccupé »", "The
        # agency said in Geneva on Monday": the foreign voice that opened the sentence before, on a
        # day of its own (with none, "The mission condemned the strike." goes on with what it said)
        opened = folded.rfind(". ", 0, max(0, sentence.start - 2)) + 1
        previous = [a for a in earlier if opened <= a.start and a.end <= sentence.start]
        if previous and previous[0].actor.role in ("international", "backer"):
            actor1 = previous[0]
    if actor2 is None and actor1 is not None and trigger.sub_event_type == "Armed clash":
        # "les forces de Haftar et celles du GNA se sont affrontées": both sides before the verb
        other = [a for a in candidates if a is not actor1 and a.actor.is_armed
                 and a.actor.faction != "civilians" and not same_side(a, actor1)]
        if other:
            actor2 = other[0]
    if actor2 is None and actor1 is not None and trigger.sub_event_type in TERRITORY_SUB_EVENT_TYPES:
        # "Les milices Kaniyat ... contrôlaient la ville depuis 2019": who held the town taken
        holders = [a for a in earlier if a.actor.role == "armed" and abs(a.start - trigger.start) <= HOLDER_REACH
                   and a.actor.faction != "civilians" and not same_side(a, actor1)
                   and (_HOLDER_AFTER.match(folded, a.end)
                        or _HELD_BEFORE.search(folded, max(0, a.start - 30), a.start))]
        if holders:
            actor2 = min(holders, key=lambda a: abs(a.start - trigger.start))
    if violent and (actor1 is None) != (actor2 is None):
        # "drove a car bomb into a checkpoint manned by government fighters": who held the target
        # was hit, and the other side named did it
        named = actor1 or actor2
        held = [a for a in candidates if a.start >= trigger.end and a.actor.is_armed and not same_side(a, named)
                and _HELD_BEFORE.search(folded, max(0, a.start - 30), a.start)]
        if held and held[0] is not named:
            actor1, actor2 = named, held[0]
    if actor2 is None and violent:
        # "قُتل عدد من المدنيين ... جراء سقوط قذائف": the civilians hit, named before the verb
        victims = [a for a in candidates if a.actor.faction == "civilians" and a is not actor1]
        if victims:
            actor2 = victims[0]
    if actor1 is not None and any(actor1 is b for b in buildings):
        if actor2 is None:
            actor2 = actor1  # the owner of the building stormed
        actor1 = None
    if actor1 is not None and actor2 is not None and actor2.actor == actor1.actor:
        # "manifestants ... plusieurs manifestants ont été arrêtés": one actor is not both sides
        actor2 = None
    assoc = None
    for backer in backers:
        for side in (actor1, actor2):
            if side is not None and backer.actor.faction == side.actor.faction:
                assoc = backer if side is actor1 else assoc
                break
    return actor1, actor2, assoc


def faction_of(mention: ActorMention | None) -> str:
    """The mention's faction; none for a force that does not say whose it is ("gunmen")."""
    if mention is None or mention.actor.name in GENERIC_ACTORS:
        return ""
    return mention.actor.faction
