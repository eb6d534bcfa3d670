"""Date expressions: found with offsets, resolved against the publication date."""
from __future__ import annotations

from datetime import date

import pytest

from extractor.dates import find_dates, resolve_date

THURSDAY = date(2020, 6, 11)


@pytest.mark.parametrize(
    ("text", "expression", "expected", "precision"),
    [
        ("Les tirs ont repris hier matin.", "hier", date(2020, 6, 10), 1),
        ("Yesterday the port was hit.", "Yesterday", date(2020, 6, 10), 1),
        ("وقع الهجوم أمس قرب المدينة", "أمس", date(2020, 6, 10), 1),
        ("Mardi soir, un appel a été lancé.", "Mardi soir", date(2020, 6, 9), 1),
        ("On Tuesday night the drones returned.", "Tuesday night", date(2020, 6, 9), 1),
        ("Le convoi est arrivé dimanche dernier.", "dimanche dernier", date(2020, 6, 7), 1),
        ("Jeudi, les combats ont cessé.", "Jeudi", date(2020, 6, 11), 1),  # the paper's own day
        ("Jeudi dernier, les combats ont cessé.", "Jeudi dernier", date(2020, 6, 4), 1),
        ("The fighting stopped last Thursday.", "last Thursday", date(2020, 6, 4), 1),
        ("توقف القتال يوم الخميس الماضي", "يوم الخميس الماضي", date(2020, 6, 4), 1),
        ("il y a trois jours, le marché a brûlé", "il y a trois jours", date(2020, 6, 8), 1),
        ("two days ago a car exploded", "two days ago", date(2020, 6, 9), 1),
        # "and three days ago": Arabic writes the "and" onto the word
        ("وقبل ثلاثة أيام سقط صاروخ على المخيم", "وقبل ثلاثة أيام", date(2020, 6, 8), 1),
        ("وأمس، أفاد سكان بأن المنازل أحرقت", "وأمس", date(2020, 6, 10), 1),
        ("واليوم أعلنت البلدية الحداد", "واليوم", date(2020, 6, 11), 1),
        ("والأسبوع الماضي سقطت قذائف على الحي", "والأسبوع الماضي", date(2020, 6, 1), 2),
        ("وفي فبراير قصفت طائرات مصرية درنة", "وفي فبراير", date(2020, 2, 1), 3),
        ("la semaine dernière, la ville est tombée", "la semaine dernière", date(2020, 6, 1), 2),
        ("The talks opened on 5 June 2020 in Geneva.", "5 June 2020", date(2020, 6, 5), 1),
        ("Signed on January 12, 2020.", "January 12, 2020", date(2020, 1, 12), 1),
        ("le 14 juillet, la base a été visée", "14 juillet", date(2019, 7, 14), 1),
        ("وقعت الاشتباكات في 4 أبريل 2019", "4 أبريل 2019", date(2019, 4, 4), 1),
        ("en avril 2019 l'offensive commence", "en avril 2019", date(2019, 4, 1), 3),
        # a month said to be past: the latest such month before publication
        ("the truce signed last October", "last October", date(2019, 10, 1), 3),
        ("l'accord conclu en mars dernier", "en mars dernier", date(2020, 3, 1), 3),
        ("الاتفاق الموقع في أكتوبر الماضي", "في أكتوبر الماضي", date(2019, 10, 1), 3),
        # or named as when: the latest such month on or before publication
        ("Egyptian jets bombed Derna in February.", "in February", date(2020, 2, 1), 3),
        ("Enlevé en juillet par des hommes armés", "en juillet", date(2019, 7, 1), 3),
        ("قصفت طائرات مصرية درنة في فبراير", "في فبراير", date(2020, 2, 1), 3),
        # a part of a month: that month
        ("In early March, protesters stormed the office.", "early March", date(2020, 3, 1), 3),
        ("Gunmen killed him in late May.", "late May", date(2020, 5, 1), 3),
        ("À la mi-avril, les combats ont repris.", "mi-avril", date(2020, 4, 1), 3),
        ("Fin février, la ville est tombée.", "Fin février", date(2020, 2, 1), 3),
        ("ومطلع مارس، اقتحم محتجون مقر الحكومة", "ومطلع مارس", date(2020, 3, 1), 3),
        ("وفي أواخر أبريل هدم مسلحون الضريح", "وفي أواخر أبريل", date(2020, 4, 1), 3),
    ],
)
def test_dates_resolved(text, expression, expected, precision):
    (mention,) = find_dates(text)
    assert text[mention.start : mention.end] == expression
    resolved = resolve_date(mention, THURSDAY)
    assert (resolved.event_date, resolved.time_precision) == (expected, precision)


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        ("Depuis avril 2019, plus de 2 000 morts.", date(2019, 4, 1), 3),
        ("since April 2019 the war has killed hundreds", date(2019, 4, 1), 3),
        ("منذ أبريل 2019 نزح الآلاف", date(2019, 4, 1), 3),
        ("ومنذ أبريل 2019 نزح الآلاف", date(2019, 4, 1), 3),
        ("Depuis une semaine, les appels se multiplient.", date(2020, 6, 4), 2),
        ("for the past three weeks the road was shut", date(2020, 5, 21), 3),
        # since a part of a month, with no year: the latest such month
        ("who have encircled the town since late February", date(2020, 2, 1), 3),
        ("Depuis la mi-mai, l'offensive progresse.", date(2020, 5, 1), 3),
        ("منذ أواخر أبريل نزح الآلاف", date(2020, 4, 1), 3),
    ],
)
def test_periods_keep_their_start(text, start, precision):
    (mention,) = find_dates(text)
    resolved = resolve_date(mention, THURSDAY)
    assert resolved.is_period
    assert resolved.period_start == start
    assert resolved.event_date == THURSDAY
    assert resolved.time_precision == precision


def test_without_publication_date_relative_expressions_stay_unresolved():
    (mention,) = find_dates("Mardi soir, le port a été bombardé.")
    resolved = resolve_date(mention, None)
    assert resolved.event_date is None
    assert resolved.date_text == "Mardi soir"
    (absolute,) = find_dates("le 9 juin 2020")
    assert resolve_date(absolute, None).event_date == date(2020, 6, 9)


def test_possessive_sa_is_not_saturday_and_may_is_not_a_month():
    assert find_dates("l'ambassade a exprimé sa préoccupation") == []
    assert find_dates("Fighting may resume in the south.") == []
    assert find_dates("Fighting could resume in May next year.") == []  # not a month past
    # "since April" opens a period: not a point date of the month
    assert [m.kind for m in find_dates("The city has been besieged since April, and in May it fell.")] == ["month"]


def test_the_same_day_in_arabic_is_not_today():
    assert [m.kind for m in find_dates("كما شهدت سبها في اليوم نفسه مظاهرة")] == []
    assert [m.text for m in find_dates("وقعت الاشتباكات اليوم في المدينة")] == ["اليوم"]


@pytest.mark.parametrize(
    "text",
    [
        "les forces sont entrées vendredi 5 juin dans la ville",
        "forces entered the town on Friday, June 5",
        "ودخلت قوات الوفاق المدينة يوم الجمعة الخامس من يونيو دون مقاومة",
    ],
)
def test_a_weekday_with_its_date_is_that_date(text):
    (mention,) = find_dates(text)
    assert resolve_date(mention, date(2020, 6, 13)).event_date == date(2020, 6, 5)


@pytest.mark.parametrize(("text", "expression", "expected"), [
    # the month by both its names, "يناير/كانون الثاني": one expression, year included
    ("اقتحم مسلحون فندق كورنثيا في يناير/كانون الثاني 2015", "في يناير/كانون الثاني 2015", date(2015, 1, 1)),
    ("سيطرت القوات على المدينة في يونيو/حزيران الماضي", "في يونيو/حزيران الماضي", date(2020, 6, 1)),
])
def test_an_arabic_month_by_both_its_names(text, expression, expected):
    (mention,) = find_dates(text)
    assert mention.text == expression
    assert resolve_date(mention, THURSDAY).event_date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The committee first met in October last year.", date(2019, 10, 1)),
    ("Le comité s'était réuni en octobre de l'année dernière.", date(2019, 10, 1)),
    ("طردت القوات المسلحين من المدينة في أبريل من العام الماضي", date(2019, 4, 1)),
    ("The committee first met in October.", date(2019, 10, 1)),  # the latest October
    ("The committee first met in April last year.", date(2019, 4, 1)),  # not this year's April
])
def test_a_month_of_last_year_is_in_the_year_before_the_papers(text, expected):
    (mention,) = find_dates(text)
    resolved = resolve_date(mention, THURSDAY)
    assert (resolved.event_date, resolved.time_precision) == (expected, 3)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a day a few weeks after the paper's, told as one to come (a deadline, a mission's end), is
    # this year's, not that day a year before
    ("La mission prendra fin le 31 octobre.", date(2011, 10, 29), date(2011, 10, 31)),
    ("The talks will resume on 2 July.", date(2019, 6, 20), date(2019, 7, 2)),
    ("ومن المقرر أن تجرى الانتخابات في 24 ديسمبر.", date(2021, 11, 20), date(2021, 12, 24)),
    # told as past, or further ahead, it is the last one gone
    ("Le 27 août suivant, ses partisans s'étaient affrontés dans le centre.", date(2023, 8, 20), date(2022, 8, 27)),
    ("The city was shelled on 2 July.", date(2019, 6, 20), date(2018, 7, 2)),
    ("The mission will end on 31 October.", date(2011, 8, 29), date(2010, 10, 31)),
])
def test_a_day_just_after_the_papers_is_a_date_to_come(text, published, expected):
    (mention,) = find_dates(text)
    assert resolve_date(mention, published).event_date == expected


def test_this_day_in_arabic_is_no_date():
    # "إن هذا اليوم يمثل تحولا": what someone said of the day, not today
    assert [m.text for m in find_dates("قال بان كي مون أمس إن هذا اليوم يمثل تحولا تاريخيا")] == ["أمس"]


def test_the_day_before_yesterday_in_arabic_either_way_round():
    for text in ("وأمس الأول، سقطت قذائف على الحي", "أول أمس سقطت قذائف على الحي"):
        (mention,) = find_dates(text)
        assert resolve_date(mention, THURSDAY).event_date == date(2020, 6, 9)


@pytest.mark.parametrize("text", [
    "Local fighters drove the government-backed May 28 Brigade out of the town.",
    "The 17 February Martyrs Brigade guarded the compound.",
    "la brigade du 17 février a pris position au sud de la ville",
    "اشتبكت كتيبة شهداء 17 فبراير مع مسلحين",
    "في ذكرى ثورة 17 فبراير",
])
def test_a_day_in_a_units_or_revolutions_name_is_no_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text", [
    "On May 28 brigades from Misrata entered the town.",
    "قتل ثلاثة في 17 فبراير",
])
def test_a_day_before_a_common_noun_is_still_a_date(text):
    assert [m.kind for m in find_dates(text)] == ["absolute"]
