"""Actors and factions from extractor/data/factions.csv."""
from __future__ import annotations

import pytest

from events.model import FACTIONS
from extractor.factions import FACTIONS_PATH, FactionsFormatError, default_factions, load_factions


@pytest.mark.parametrize(
    ("text", "actor", "faction"),
    [
        ("les forces de Haftar avancent", "LNA", "lna"),
        ("les milices de Haftar ont reculé", "LNA", "lna"),
        ("les mercenaires de Haftar", "LNA", "lna"),
        ("un porte-parole de l'ANL", "LNA", "lna"),
        ("the Wagner Group contractors", "Wagner Group", "lna"),
        ("le gouvernement de Tripoli", "GNA", "gna"),
        ("les forces de Tripoli", "GNA", "gna"),
        ("the Volcano of Rage operation", "Burkan al-Ghadab", "gna"),
        ("l'opération Burkan al-Ghadab", "Burkan al-Ghadab", "gna"),
        ("les brigades de Misrata", "Misrata brigades", "gna"),
        ("l'Etat islamique", "Islamic State", "jihadist"),
        ("l'État islamique", "Islamic State", "jihadist"),
        ("عناصر داعش", "Islamic State", "jihadist"),
        ("وقالت البعثة الأممية", "UNSMIL", "international"),
        ("La mission de l'ONU (Manul)", "UNSMIL", "international"),
        ("l'Union européenne", "European Union", "international"),
        ("l'ambassade américaine", "United States", "international"),
        ("the African Union", "African Union", "international"),
        ("قوات حكومة الوفاق", "GNA", "gna"),
        # foreign governments speak as the international side
        ("le ministère marocain des Affaires étrangères a condamné", "Morocco", "international"),
        ("the Romanian foreign ministry said", "Romania", "international"),
        ("ودانت الخارجية المغربية", "Morocco", "international"),
        ("The WHO condemned the strike on the hospital", "World Health Organization", "international"),
        ("la Cour pénale internationale a demandé", "International Criminal Court", "international"),
        ("In Stockholm, Sweden said", "Sweden", "international"),
        # the ways the press names a foreign government: its presidency, ministry, leader
        ("وفي باريس، أعلنت الرئاسة الفرنسية اعترافها", "France", "international"),
        ("le Quai d'Orsay a condamné", "France", "international"),
        ("Hillary Clinton called the killings", "United States", "international"),
        ("وقال متحدث باسم البنتاغون", "United States", "international"),
        ("أغارت طائرات الحلف الأطلسي على مخبأ", "NATO", "international"),
        ("اتفق ممثلو مجموعة الاتصال الدولية", "Contact Group on Libya", "international"),
        ("the Contact Group on Libya, meeting in Istanbul", "Contact Group on Libya", "international"),
        ("UN Secretary-General Antonio Guterres said", "United Nations", "international"),
        ("le président russe Vladimir Poutine a estimé", "Russia", "lna"),
        ("وقال الرئيس الروسي فلاديمير بوتين", "Russia", "lna"),
        ("EU foreign policy chief Federica Mogherini urged", "European Union", "international"),
        ("وأكد وزير الخارجية الإيطالي لويجي دي مايو", "Italy", "international"),
        ("AU Commission chairman Moussa Faki said", "African Union", "international"),
        ("la procureure de la CPI Fatou Bensouda a averti", "International Criminal Court", "international"),
        ("وقال وزير الخارجية المصري سامح شكري", "Egypt", "lna"),
        # an envoy's country is no side of its own
        ("l'ambassadeur de Jordanie en Libye", "Foreign diplomats", "international"),
        ("the ambassador of Jordan", "Foreign diplomats", "international"),
        # Misrata's air force; a prefix drawn out with a tatweel ("لـ")
        ("l'aviation de Misrata a frappé", "Misrata brigades", "gna"),
        ("ورد سلاح الجو التابع لـمصراتة بغارات", "Misrata brigades", "gna"),
        ("وحدات تابعة لـحفتر", "LNA", "lna"),
        ("Eastern Libyan forces said on Thursday", "LNA", "lna"),
        # a government that takes no side, by an office and its nationality
        ("A Rome, le ministre italien de l'Intérieur, Matteo Salvini, a annoncé", "Italy", "international"),
        ("In Vienna, the Austrian foreign ministry confirmed", "Austria", "international"),
        ("وأعلنت وزارة الخارجية الفلبينية في مانيلا", "Philippines", "international"),
        ("le ministère philippin des Affaires étrangères avait confirmé", "Philippines", "international"),
        # an embassy or an envoy named by its nationality; the Arabic office with its article
        ("Dans un communiqué, l'ambassade britannique a appelé au calme", "United Kingdom", "international"),
        ("l'envoyé spécial américain, de passage à Tripoli, a plaidé pour", "United States", "international"),
        ("The Canadian special envoy said on Monday", "Canada", "international"),
        ("حثت السفارة البريطانية جميع الأطراف على ضبط النفس", "United Kingdom", "international"),
        ("وقال المبعوث الأمريكي إن واشنطن", "United States", "international"),
        ("ورأى رئيس الوزراء البريطاني أن الليبيين", "United Kingdom", "international"),
        # the neighbours' governments, not their rebels
        ("اتهمت الحكومة السودانية قوات حفتر", "Sudan", "international"),
        ("le ministre tchadien des Affaires étrangères a dénoncé", "Chad", "international"),
    ],
)
def test_actor_and_faction(text, actor, faction):
    mentions = default_factions().find_actors(text)
    assert mentions, text
    assert (mentions[0].actor.name, mentions[0].actor.faction) == (actor, faction)
    assert text[mentions[0].start : mentions[0].end] == mentions[0].surface


def test_the_country_of_an_envoy_is_part_of_the_envoy_mention():
    text = "L'ambassadeur de Jordanie en Libye a été enlevé mardi."
    (mention,) = default_factions().find_actors(text)
    assert mention.surface == "ambassadeur de Jordanie"


@pytest.mark.parametrize(("text", "expected"), [
    # Islamists named in one breath with a camp's force are of that camp (Libya Dawn, 2014)
    ("l'offensive des milices de Misrata et de leurs alliés islamistes",
     [("Misrata brigades", "gna"), ("Misrata brigades", "gna")]),
    ("Des milices islamistes et des combattants de Fajr Libya ont lancé l'assaut.",
     [("Libya Dawn", "gna"), ("Libya Dawn", "gna")]),
    # named alone, they stay jihadists, and they are no longer called the Islamic State
    ("Islamist fighters fired Grad rockets at Benina airport.", [("Islamist militias", "jihadist")]),
])
def test_islamists_in_a_camps_coalition_are_of_that_camp(text, expected):
    from extractor.factions import islamists_in_their_coalition
    from extractor.text import fold

    folded = fold(text)
    mentions = islamists_in_their_coalition(default_factions().find_actors(text, folded=folded), folded)
    assert [(m.actor.name, m.actor.faction) for m in mentions] == expected


def test_the_embassy_of_a_backer_state_is_a_foreign_mission():
    text = "près des ambassades d'Égypte et des Émirats arabes unis"
    assert {m.actor.name for m in default_factions().find_actors(text)} == {"Foreign diplomats"}


def test_backer_is_marked():
    text = "Les troupes du GNA, soutenues par la Turquie, avancent."
    mentions = default_factions().find_actors(text)
    assert [(m.actor.name, m.is_backer) for m in mentions] == [("GNA", False), ("Turkey", True)]


def test_acronyms_are_case_sensitive():
    assert default_factions().find_actors("Let us go, said the man.") == []
    assert [m.actor.name for m in default_factions().find_actors("The US and the UN")] == [
        "United States", "United Nations",
    ]


def test_every_faction_in_the_file_is_known():
    import csv

    with FACTIONS_PATH.open(encoding="utf-8") as handle:
        assert {row["faction"] for row in csv.DictReader(handle)} <= set(FACTIONS)


def test_bad_faction_names_file_and_line(tmp_path):
    bad = tmp_path / "factions.csv"
    bad.write_text("actor,faction,role,aliases_en,aliases_fr,aliases_ar\nX,rebels,armed,X,,\n", encoding="utf-8")
    with pytest.raises(FactionsFormatError, match=r"factions.csv:2: unknown faction 'rebels'"):
        load_factions(bad)


@pytest.mark.parametrize("text, expected", [
    ("Les deux Parlements rivaux, celui de Tobrouk et celui de Tripoli, ont signé l'accord.",
     [("celui de Tobrouk", "House of Representatives", "lna"),
      ("celui de Tripoli", "General National Congress", "gna")]),
    ("The Tripoli parliament and that of Tobruk met in Morocco.",
     [("Tripoli parliament", "General National Congress", "gna"),
      ("that of Tobruk", "House of Representatives", "lna")]),
    # no head noun before the pronoun, or a complement no actor has: nothing
    ("Celui de Tobrouk a parlé.", []),
    ("Les deux parlements, celui de Paris et celui de Rome.", []),
])
def test_pronoun_stands_for_the_noun_named_before(text, expected):
    found = [(m.surface, m.actor.name, m.actor.faction) for m in default_factions().find_actors(text)]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the army" named alone is the country's own army
    ("An army spokesman said the town was calm.", ["Libyan army"]),
    ("Les unités de l'armée ont repris la caserne.", ["Libyan army"]),
    ("وقال المتحدث باسم الجيش إن الوحدات تقدمت", ["Libyan army"]),
    ("نفذ سلاح الجو التابع للجيش غارة على مخبأ", ["Libyan army"]),
    # a longer name or a nationality says whose army it is
    ("the Libyan National Army advanced", ["LNA"]),
    ("l'armée de Haftar avance", ["LNA"]),
    ("قوات الجيش الوطني الليبي", ["LNA"]),
    ("l'armée égyptienne a frappé Derna", ["Egyptian armed forces"]),
    ("the Chadian army units crossed the border", []),
    ("وقال الجيش المصري إن طائراته", ["Egyptian armed forces"]),
    ("l'armée tchadienne a démenti", []),
    # the nationalities are written as the press writes them (hamza and all); a guard
    ("وقال الجيش الجزائري إن وحداته على الحدود", []),
])
def test_the_army_named_alone(text, expected):
    assert [m.actor.name for m in default_factions().find_actors(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the English article "a" is no French "à": the UN speaks
    ("On Monday, a UN spokesman said the convoy had been turned back.", ["United Nations"]),
    ("The fighting ended, a UN envoy said.", ["United Nations"]),
    # "en Tunisie", "into Tunisia": where, not who
    ("Des milliers de réfugiés sont arrivés en Tunisie.", []),
    ("Thousands of refugees crossed into Tunisia.", []),
])
def test_a_country_or_body_after_a_preposition_of_place_is_where_not_who(text, expected):
    assert [m.actor.name for m in default_factions().find_actors(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "des obus se sont abattus sur Gadarfaï, le quartier toubou, blessant quatre enfants",
        "rockets slammed into Tayouri, a largely Tebu neighbourhood in the south of the city",
        "سقطت قذائف على منازل في حي قدرفاي، حيث يقطن معظم التبو",
        "according to a Tebu community leader",
    ],
)
def test_a_people_named_as_those_who_live_somewhere_is_no_armed_side(text):
    # the Tebu of a quarter are its residents, not the Tebu militias
    assert [m.actor.name for m in default_factions().find_actors(text) if m.actor.is_armed] == []
