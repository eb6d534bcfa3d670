"""Who spoke is not who acted, and where a source sits is not where it happened: the source of
a report, the seat of the officials quoted, and a text that says nobody knows the author."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from events.model import Article
from extractor.articles import read_article_file
from extractor.pipeline import extract, extract_text
from extractor.sides import unclaimed
from extractor.text import fold
from extractor.toponyms import dateline_mentions
from gazetteer import default_gazetteer

ARTICLES = Path(__file__).parent / "data" / "articles"


def _events(text: str, language: str, published: date, *, learned_sides: bool = True):
    article = Article(article_id="t", text=text, title="", published=published, language=language,
                      source="", url="")
    return next(extract([article], learned_sides=learned_sides)).events


@pytest.mark.parametrize(("text", "language", "place"), [
    ("Les combats ont repris mardi à Syrte, où les forces du GNA assiègent les derniers jihadistes. "
     "Depuis le début de la campagne, au moins quarante combattants ont été tués dans les combats, "
     "selon des sources hospitalières de Misrata.", "fr", "Sirte"),
    ("Fighting resumed on Tuesday in Sirte, where GNA forces are besieging the last jihadists. "
     "At least forty fighters were killed in the fighting on Wednesday, according to hospital "
     "officials in Misrata.", "en", "Sirte"),
    ("تحاصر قوات الجيش مدينة درنة منذ عامين. وقال المتحدث باسم الجيش في مؤتمر صحفي عقده في بنغازي "
     "إن الطيران نفذ أمس غارات على مواقع المسلحين.", "ar", "Derna"),
    # the town after "according to" and whoever tells, with another place in the sentence
    ("Au moins quatorze combattants ont été tués mardi à Kikla lorsque des brigades de Zintan ont lancé un nouvel "
     "assaut contre cette petite ville, selon des sources médicales à Gharyan.", "fr", "Kikla"),
    ("On Friday, rebels fought government troops for several hours on the approaches to Kikla, a hilltop village "
     "that controls the road east towards Gharyan, according to a rebel spokesman in Zintan.", "en", "Kikla"),
    ("Un kamikaze a lancé lundi une voiture piégée contre un point de contrôle à l'entrée d'Al-Washka, tuant "
     "trois combattants, d'après l'hôpital central de Misrata.", "fr", "Wishka"),
])
def test_the_town_of_a_source_is_not_where_it_happened(text, language, place):
    events = _events(text, language, date(2016, 7, 14))
    assert events and {e.location for e in events} == {place}


@pytest.mark.parametrize(("text", "language", "filed_from"), [
    ("BENGHAZI/TRIPOLI, Jan 7 - Haftar's forces took the coastal city of Sirte on Monday.", "en", ["Benghazi", "Tripoli"]),
    ("SEBHA (Libye), 1er mars – Des combats ont éclaté mercredi soir.", "fr", ["Sabha", "Libya"]),
    ("مصراتة (ليبيا) – قصفت قوات القذافي الميناء أمس.", "ar", ["Misrata", "Libya"]),
    ("ANALYSE — À Tripoli, la guerre a changé de visage.", "fr", []),
    ("Heavy fighting broke out in Tripoli - the worst in a year - on Monday.", "en", []),
])
def test_the_dateline_is_the_town_a_story_was_filed_from(text, language, filed_from):
    mentions = default_gazetteer().find_places(text)
    assert [m.place.name for m in dateline_mentions(text, mentions)] == filed_from


@pytest.mark.parametrize(("text", "language", "published", "place"), [
    ("BENGHAZI/TRIPOLI, Jan 7 - Forces loyal to Khalifa Haftar seized the coastal city of Sirte on "
     "Monday, their largest gain in months.", "en", date(2020, 1, 7), "Sirte"),
    ("طرابلس – دخلت قوات حكومة الوفاق الوطني أمس مدينة ترهونة بعد انسحاب قوات حفتر منها.", "ar",
     date(2020, 6, 6), "Tarhuna"),
    ("MISRATA, March 3 - Gunmen shot dead two guards at a checkpoint outside Zliten on Tuesday night.",
     "en", date(2016, 3, 3), "Zliten"),
    # where the mediators came from is not where it happened: the dateline's town it is
    ("غدامس (ليبيا) - اندلعت اشتباكات يوم الأربعاء على أطراف المدينة قبل أن يتوصل الطرفان إلى هدنة "
     "برعاية وفد قدم من طرابلس.", "ar", date(2012, 2, 24), "Ghadames"),
    # the country named in the sentence is no town to give way to
    ("TOBRUK, May 27 - Gunmen opened fire on the convoy of Libya's prime minister on Tuesday, his office said.",
     "en", date(2015, 5, 27), "Tobruk"),
])
def test_the_town_of_the_dateline_gives_way_to_the_town_the_sentence_names(text, language, published, place):
    events = _events(text, language, published)
    assert events and {e.location for e in events} == {place}


def test_the_story_opens_on_the_first_town_after_the_dateline():
    # filed from Benghazi, about al-Jufra: a later sentence naming no town happened at al-Jufra
    text = ("BENGHAZI, June 4 - Haftar's army said on Saturday it had taken Hun, the main town of "
            "al-Jufra, after a week of fighting. Warplanes had struck its runway on Friday, "
            "destroying two aircraft on the ground.")
    events = _events(text, "en", date(2017, 6, 4))
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.location == "Hun"


def test_the_speaker_at_the_end_of_a_sentence_is_its_source_not_a_side():
    text = ("At least thirty migrants were killed when an air strike hit a detention centre in Tajoura "
            "late on Tuesday, the UN-backed government and aid agencies said. Haftar's forces admitted "
            "carrying out raids in the area.")
    strike = next(e for e in _events(text, "en", date(2019, 7, 3)) if e.sub_event_type == "Air/drone strike")
    assert strike.faction2 == "civilians"


@pytest.mark.parametrize(("text", "language"), [
    ("Mardi soir, une roquette d'origine inconnue s'est abattue sur une maison de Derna, tuant "
     "deux enfants.", "fr"),
    ("Dans le centre de Derna, une femme a été tuée mardi par un obus ; on ignore d'où il a été tiré.", "fr"),
    ("A car bomb exploded outside a police station in Benghazi on Tuesday. No group has claimed the attack.", "en"),
    ("A shell struck a house in central Derna on Tuesday; it was unclear who had fired it.", "en"),
    ("سقطت قذيفة على منزل في وسط درنة يوم الثلاثاء، ولم يتضح مصدر القذيفة.", "ar"),
    ("ومساء الثلاثاء، سقطت قذيفة مجهولة المصدر على منزل في درنة.", "ar"),
    ("Mardi soir, des obus de mortier, dont l'origine n'a pu être établie, sont tombés sur un quartier de Sebha.", "fr"),
])
def test_a_text_that_says_nobody_knows_who_acted(text, language):
    (event, *_) = _events(text, language, date(2018, 5, 17), learned_sides=False)
    assert unclaimed(event, fold(text))


@pytest.mark.parametrize(("text", "language"), [
    ("Haftar's forces shelled a house in central Derna on Tuesday, killing two children.", "en"),
    ("Les forces de Haftar ont bombardé mardi une maison du centre de Derna, tuant deux enfants.", "fr"),
    ("The Islamic State claimed the car bomb that exploded in Benghazi on Tuesday.", "en"),
])
def test_a_text_that_names_or_claims_the_author_is_not_unclaimed(text, language):
    (event, *_) = _events(text, language, date(2018, 5, 17), learned_sides=False)
    assert not unclaimed(event, fold(text))


def test_the_side_model_guesses_no_author_the_text_says_is_unknown():
    # the corpus article: a shell on a house in Derna during the 2018 offensive, "ولم يتضح مصدر
    # القذيفة"; with the cue ignored the side model names the Shura council's camp
    path = next(ARTICLES.glob("768_*.txt"))
    (article,) = read_article_file(path)
    (extraction,) = extract([article])
    (shell,) = [e for e in extraction.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert (shell.faction1, shell.faction2) == ("", "civilians")


def test_an_interim_government_before_2014_is_not_haftars_camp():
    text = ("Interim government forces pushed into the northern outskirts of Bani Walid at dawn on Sunday "
            "but were driven back by Gaddafi loyalists.")
    (event, *_) = extract_text(text, published=date(2011, 9, 19), language="en").events
    assert "lna" not in (event.faction1, event.faction2)
    assert {event.faction1, event.faction2} == {"other"}


@pytest.mark.parametrize(("text", "language"), [
    ("Dans l'après-midi, un avion de l'ANL a visé l'aéroport de Mitiga sans faire de victime. L'ONU a "
     "demandé une trêve de deux heures pour évacuer les blessés et les civils des zones de combat.", "fr"),
    ("استهدفت طائرات حفتر المسيرة ليل الثلاثاء مطار مصراتة، وأكدت إدارة المطار أن الضربة لم توقع إصابات. "
     "وقتل ثلاثة مدنيين في قصف على حي سكني في طرابلس.", "ar"),
    ("LNA warplanes struck Mitiga airport on Tuesday afternoon; no one was hurt. Civilians were killed "
     "elsewhere in Tripoli by shelling.", "en"),
])
def test_a_strike_that_hit_nobody_has_no_civilian_victims_but_the_camp_that_held_the_target(text, language):
    (strike, *_) = [e for e in _events(text, language, date(2019, 6, 26)) if e.sub_event_type == "Air/drone strike"]
    assert (strike.faction1, strike.faction2) == ("lna", "gna")


@pytest.mark.parametrize(("text", "language"), [
    ("Haftar's spokesman promised a swift response. On Thursday morning LNA warplanes struck what he called "
     "gatherings of militias in Gharyan; a hospital official said several fighters had been wounded.", "en"),
    ("Jeudi matin, l'aviation de Haftar a frappé ce qu'elle a appelé des rassemblements de milices à Gharyan ; "
     "selon un médecin, plusieurs combattants ont été blessés.", "fr"),
    ("وشن طيران حفتر صباح الخميس غارات على ما وصفه بتجمعات للميليشيات في غريان، وقال مصدر طبي إن خمسة "
     "مقاتلين أصيبوا بجروح.", "ar"),
])
def test_fighters_wounded_are_not_civilians(text, language):
    (strike,) = [e for e in _events(text, language, date(2019, 6, 28)) if e.sub_event_type == "Air/drone strike"]
    assert (strike.faction1, strike.faction2) == ("lna", "gna")


@pytest.mark.parametrize(("text", "language"), [
    ("In January, five employees of the Egyptian embassy were abducted in Tripoli by gunmen.", "en"),
    ("Une voiture piégée a explosé samedi à Benghazi au passage d'un convoi des Nations unies, tuant deux "
     "employés de l'ONU.", "fr"),
    ("Parmi les otages enlevés à Sabratha figurent deux employés de l'ambassade de Serbie.", "fr"),
])
def test_the_staff_of_a_foreign_mission_are_its_side(text, language):
    events = [e for e in _events(text, language, date(2019, 8, 11)) if e.event_type != "Strategic developments"]
    assert events and all(e.faction2 == "international" for e in events)


@pytest.mark.parametrize(("text", "language", "place"), [
    ("In Bucharest, the Romanian foreign ministry condemned on Friday the kidnapping of four workers "
     "at the Sharara oil field.", "en", "Bucharest"),
    ("À Rabat, le ministère marocain des Affaires étrangères a condamné lundi l'attaque contre son "
     "ambassade à Tripoli.", "fr", "Rabat"),
    # "au Caire", "From Geneva,", "ومن القاهرة،": in and from the town too
    ("La décision d'Ankara a provoqué la colère au Caire, où le ministère égyptien des Affaires étrangères "
     "a condamné mardi une escalade dangereuse en Libye.", "fr", "Cairo"),
    ("From Geneva, the UN refugee agency voiced concern on Monday about the migrants held in Tripoli.",
     "en", "Geneva"),
    ("ومن القاهرة، دعا وزير الخارجية المصري أمس إلى وقف القتال في سرت.", "ar", "Cairo"),
])
def test_a_foreign_government_s_statement_is_made_where_it_speaks(text, language, place):
    (event,) = _events(text, language, date(2018, 7, 14))
    assert (event.sub_event_type, event.faction1, event.location) == ("Other", "international", place)


def test_an_arrest_at_the_end_of_a_meeting_is_not_placed_at_a_meeting_abroad():
    text = ("Fighters in Zintan are holding four staff of the international court. The four were detained "
            "on Thursday at the end of a meeting with the jailed son of the late leader. The court, based "
            "in The Hague, said it was deeply concerned.")
    events = _events(text, "en", date(2012, 6, 9))
    assert all(e.location != "The Hague" for e in events if e.sub_event_type == "Arrests")


@pytest.mark.parametrize(("text", "language", "place"), [
    # said abroad by an official the factions file does not name: a foreign statement
    ("A car bomb exploded outside the consulate in Benghazi on Friday. In Stockholm, the foreign "
     "minister condemned the bombing and said none of the staff had been inside.", "en", "Stockholm"),
    ("قتل ثلاثة مدنيين أمس في قصف استهدف مستشفى في طرابلس. وفي جنيف، دانت منظمة الصحة العالمية "
     "أمس استهداف المستشفى.", "ar", "Geneva"),
])
def test_a_condemnation_made_abroad_is_a_statement_of_record(text, language, place):
    statements = [e for e in _events(text, language, date(2020, 4, 7)) if e.sub_event_type == "Other"]
    assert [e.location for e in statements] == [place]


def test_a_condemnation_of_violence_told_in_the_same_sentence_is_both_events():
    text = "In Rome, the Italian government condemned the car bombing that killed four people in Tobruk on Wednesday."
    events = _events(text, "en", date(2014, 11, 13))
    assert {e.sub_event_type for e in events} >= {"Other"}
    assert any(e.event_type == "Explosions/Remote violence" for e in events)


@pytest.mark.parametrize(("text", "place"), [
    # a state that backs a camp speaks as a foreign state; its capital named as where is a place
    ("Egypt's foreign ministry in Cairo condemned the killings of seven workers on Monday.", "Cairo"),
    ("On Sunday, Turkey's foreign ministry in Ankara condemned the attack near its embassy.", "Ankara"),
])
def test_a_backer_state_s_statement_is_the_international_side_s(text, place):
    (event,) = _events(text, "en", date(2020, 5, 11))
    assert (event.sub_event_type, event.faction1, event.location) == ("Other", "international", place)


def test_according_to_what_a_spokesman_said_in_a_town_is_not_there():
    # "وفق ما ذكره متحدث عسكري في مصراتة": one more way to say "according to" (corpus article 1018)
    path = ARTICLES / "1018_bani_walid_assault_un_seat_2011.txt"
    (result,) = extract(read_article_file(path))
    (clash,) = [e for e in result.events if "المدخل الشرقي" in e.evidence]
    assert clash.location == "Sirte"


@pytest.mark.parametrize(("text", "language"), [
    ("The UN mission in Libya said late on Friday that the situation in the capital left it deeply worried.", "en"),
    ("L'Union africaine a jugé mardi que la crise libyenne exigeait une solution politique.", "fr"),
    ("وقالت الخارجية الفرنسية أمس إن الحل السياسي وحده يمكن أن ينهي الأزمة الليبية.", "ar"),  # the verb first
])
def test_a_foreign_voice_s_words_told_by_no_town_are_a_statement_in_libya(text, language):
    (event,) = _events(text, language, date(2019, 4, 7))
    assert (event.event_type, event.sub_event_type, event.faction1, event.location) == (
        "Strategic developments", "Other", "international", "Libya")


@pytest.mark.parametrize(("text", "language"), [
    # its own forces' operations, what it will do, words quoted from someone else, "à la demande"
    ("NATO said on Saturday that its aircraft had flown forty sorties over the west.", "en"),
    ("The European Union said on Monday that it would send a mission to Tripoli next month.", "en"),
    ('"If they close the road from Tunisia, we are lost," said a trader in Nalut.', "en"),
    ("Les États-Unis interviennent à la demande du Conseil présidentiel, qui siège à Tripoli.", "fr"),
])
def test_what_a_foreign_voice_reports_or_plans_is_no_statement(text, language):
    assert [e for e in _events(text, language, date(2019, 4, 7)) if e.sub_event_type == "Other"] == []


def test_a_hospital_that_is_the_source_is_no_target_of_the_clash():
    text = ("On Thursday, fighters of two tribes clashed near Sabha airport, leaving at least eight dead, "
            "a hospital official said.")
    (event,) = _events(text, "en", date(2015, 11, 14))
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_residents_of_a_town_who_report_fighting_are_its_source_not_a_side():
    text = "Residents of Ain Zara reported heavy exchanges of machine-gun fire late on Monday."
    (event,) = _events(text, "en", date(2019, 12, 14))
    assert (event.event_type, event.sub_event_type, event.faction1, event.faction2) == ("Battles", "Armed clash", "", "")
