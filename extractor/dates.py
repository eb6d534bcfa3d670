"""Date expressions in French, English and Arabic: found with offsets, resolved against the
publication date.

`find_dates(text, language=...)` returns every expression with its character offsets and what
it means relative to the article ("hier" = one day back, "mardi soir" = the last Tuesday before
publication, "depuis avril 2019" = a period starting 2019-04-01). `resolve_date` turns one
expression into a `ResolvedDate` (date, precision, period start) given a publication date;
without a publication date relative expressions stay unresolved and keep their text.

Precision (events.model): 1 = the day is known, 2 = a week or a vague anchor ("la semaine
dernière", "depuis une semaine"), 3 = a month or longer ("en avril 2019", "depuis avril 2019").
A weekday resolves to the latest such day on or before the publication day: the publication
day's own name is that day ("on Saturday" in Saturday's paper), unless it says "last"/"dernier"
/"الماضي" (then a week before).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from extractor.heads import HeadScan
from extractor.text import arabic_folded, fold

MONTHS = {
    # French
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # Arabic (Egyptian/Maghreb and Levantine names)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
}
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "quinze": 15,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six ": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifteen": 15,
    "يومين": 2, "ثلاثة": 3, "أربعة": 4, "خمسة": 5,
}
UNIT_DAYS = {
    "jour": 1, "jours": 1, "day": 1, "days": 1, "semaine": 7, "semaines": 7, "week": 7,
    "weeks": 7, "mois": 30, "month": 30, "months": 30, "an": 365, "ans": 365, "annee": 365,
    "annees": 365, "year": 365, "years": 365, "يوم": 1, "أيام": 1, "ايام": 1, "أسبوع": 7,
    "اسبوع": 7, "أسابيع": 7, "شهر": 30, "أشهر": 30, "اشهر": 30,
}


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text (offsets into the text as given)."""

    start: int
    end: int
    text: str
    kind: str  # absolute | month | year | relative_days | weekday | last_week | ago | since
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    days_back: int | None = None  # relative_days / ago / since a duration
    years_back: int | None = None  # "octobre de l'année dernière", "أبريل من العام الماضي": the year before
    is_period: bool = False  # "depuis ...": a total over a period up to the publication date
    upcoming: bool = False  # "la mission prendra fin le 31 octobre": told as a day to come


@dataclass(frozen=True)
class ResolvedDate:
    event_date: date | None
    time_precision: int  # 1, 2 or 3
    date_text: str
    period_start: date | None = None
    is_period: bool = False


_MONTH_LATIN = "|".join(sorted((m for m in MONTHS if m.isascii()), key=len, reverse=True))
_MONTH_AR = "|".join(sorted((fold(m) for m in MONTHS if not m.isascii()), key=len, reverse=True))
_OTHER_NAME = rf"(?:\s*/\s*(?:{_MONTH_AR}))?+"  # "يونيو/حزيران": possessive, so it is never left out
_WEEKDAYS_LATIN = tuple(w for w in WEEKDAYS if w.isascii())
_WEEKDAYS_AR = tuple(sorted({fold(w) for w in WEEKDAYS if not w.isascii()}, key=len, reverse=True))
_WEEKDAY_LATIN = "|".join(_WEEKDAYS_LATIN)
_WEEKDAY_AR = "|".join(_WEEKDAYS_AR)
_PART = (
    r"(?:\s+(?:soir|matin|apres-midi|apres midi|midi|dernier|derniere|prochain|night|morning|"
    r"afternoon|evening|last))?"
)
_AR_ORDINALS = {"الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
                "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "العشرين": 20, "الثلاثين": 30}
_AR_ORDINAL = "|".join(_AR_ORDINALS)
_AR_TENS = {None: 0, "عشر": 10, "والعشرين": 20, "والثلاثين": 30}
# "و" (and) or "ف" (so) joined to the word that follows: "وأمس", "فمنذ"
_AR_AND = r"(?<!\w)[وف]?"
# a part of a month in Arabic, folded ("مطلع", "أواخر", "منتصف"): early, late, mid
_MONTH_PART_AR = "مطلع|اوائل|اواسط|اواخر|منتصف|نهايه|بدايه"
_NUM_WORD = r"(?:\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|a|an|one|two|three|four|five|seven|eight|nine|ten|fifteen)"

# Patterns run on the folded text (lower case, no accents, same offsets); the order is the
# priority when two overlap (the longer one wins anyway).
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(arabic_folded(pattern)))
    for kind, pattern in (
        # "depuis avril 2019", "since April 2019", "منذ أبريل 2019"
        # (and with no year, where a part of the month is named: "since late February", "depuis la mi-mai")
        ("since_month", r"(?:\b(?:depuis|since)|" + _AR_AND + rf"منذ)\s+(?:le\s+mois\s+d'|le\s+mois\s+de\s+)?"
                        rf"(?:(?:(?:debut|fin|early|late)\s+(?:d')?|(?:la\s+)?mi-|mid-?\s*|(?:{_MONTH_PART_AR})\s+)"
                        rf"({_MONTH_LATIN}|{_MONTH_AR})\b(?:\s+(\d{{4}})\b)?"
                        rf"|({_MONTH_LATIN}|{_MONTH_AR})\s+(\d{{4}})\b)"),
        ("since_year", r"(?:\b(?:depuis|since)|" + _AR_AND + r"منذ)\s+((?:19|20)\d{2})\b"),
        ("since_duration", r"(?:\b(?:depuis|for the (?:past|last)|over the (?:past|last))|" + _AR_AND + rf"منذ)\s+({_NUM_WORD}|plusieurs|several)?\s*(jours|jour|semaines|semaine|mois|ans|annees|days|weeks|week|months|years|ايام|اسبوع|اسابيع|شهر|اشهر)\b"),
        # "il y a trois jours", "three days ago", "قبل ثلاثة أيام"
        ("ago", rf"\bil y a\s+({_NUM_WORD})\s+(jours|jour|semaines|semaine)\b"),
        ("ago_en", rf"\b({_NUM_WORD})\s+(days|day|weeks|week)\s+ago\b"),
        ("ago_ar", _AR_AND + r"قبل\s+(يومين|ثلاثه|اربعه|خمسه|\d{1,2})\s*(ايام|يوم|اسابيع|اسبوع)?(?!\w)"),  # "وقبل ثلاثة أيام"
        # absolute: "5 juin 2020", "le 5 juin", "June 5, 2020", "5 June 2020", "5 يونيو 2020"
        ("dmy", rf"\b(\d{{1,2}})(?:er)?\s+({_MONTH_LATIN}|{_MONTH_AR})(?:\s+((?:19|20)\d{{2}}))?(?!\w)"),
        # "الخامس عشر من مارس", "في الثالث عشر من يوليو/تموز": a day written as an Arabic ordinal
        ("dmy_ar", rf"(?<!\w)({_AR_ORDINAL})(?:\s+(عشر|والعشرين|والثلاثين))?\s+من\s+(?:شهر\s+)?({_MONTH_AR})"
                   rf"(?:\s*/\s*\S+)?(?:\s+((?:19|20)\d{{2}}))?(?!\w)"),
        ("mdy", rf"\b({_MONTH_LATIN})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d{{2}}))?\b"),
        ("iso", r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b"),
        # "يناير/كانون الثاني 2015": the month by both its names
        ("my", rf"\b(?:en\s+|in\s+|في\s+)?({_MONTH_LATIN}|{_MONTH_AR}){_OTHER_NAME}\s+((?:19|20)\d{{2}})\b"),
        # a year alone: "in 2016", "les attentats de 1998", "عام 2014"
        ("in_year", r"\b(?:en|in|de|of|during|durant|pendant)\s+((?:19|20)\d{2})\b(?![\s-]*\d)"
                    r"|(?<!\w)(?:في\s+)?(?:عام|سنه|العام)\s+((?:19|20)\d{2})(?!\w)"),
        # a month alone said to be past: "last October", "(en) octobre dernier", "في أكتوبر الماضي":
        # the latest such month ("in October" alone is left out: in a clause about the past it
        # too often dates background, not the news)
        ("month_alone", rf"\b(?:last\s+({_MONTH_LATIN})|(?:en\s+|au mois d'|au mois de\s+)?({_MONTH_LATIN})\s+dernier)\b"
                        rf"|(?<!\w)(?:في\s+)?(?:شهر\s+)?({_MONTH_AR}){_OTHER_NAME}\s+(?:الماضي|المنصرم)(?!\w)"
                        # named as when ("in February", "en juillet", "في فبراير"): the latest such month
                        rf"|\b(?:in|en|au mois de|au mois d')\s+({_MONTH_LATIN})\b(?!\s*(?:\d|dernier|prochain|next))"
                        r"|" + _AR_AND + rf"في\s+(?:شهر\s+)?({_MONTH_AR}){_OTHER_NAME}(?!\w)(?!\s*(?:\d|المقبل|القادم|الماضي))"
                        # a part of a month ("early July", "mi-août", "à la fin du mois de mai", "مطلع يوليو")
                        # (not since then: "since late February", "depuis la mi-mai", "منذ أواخر أغسطس")
                        rf"|(?<!since )\b(?:early|mid-|mid|late)\s*({_MONTH_LATIN})\b(?!\s*(?:\d|next))"
                        rf"|(?<!depuis )(?<!depuis la )(?<!depuis le )\b(?:debut|fin|mi-)\s*(?:du\s+mois\s+)?(?:de\s+|d')?"
                        rf"({_MONTH_LATIN})\b(?!\s*(?:\d|prochain))"
                        r"|(?<!منذ )" + _AR_AND + rf"(?:في\s+)?(?:{_MONTH_PART_AR})\s+(?:شهر\s+)?({_MONTH_AR}){_OTHER_NAME}"
                        r"(?!\w)(?!\s*(?:\d|المقبل|القادم))"),
        # relative days
        ("yesterday", r"\b(?:hier|yesterday)\b|" + _AR_AND + r"(?:امس|بالامس)(?!\w)"),  # "وأمس": "and yesterday"
        ("before_yesterday", r"\bavant-hier\b|\bthe day before yesterday\b|(?<!\w)[و]?(?:اول امس|امس الاول)(?!\w)"),
        ("today", r"\b(?:aujourd'hui|today|ce matin|this morning|tonight|ce soir)\b(?!-la)|(?<!\w)(?<!نفس )[وف]?اليوم(?!\w)(?!\s+(?:نفسه|ذاته|التالي|السابق|الذي|الموالي))"),  # not "في اليوم نفسه", the same day, nor "the next day"
        ("last_week", r"\b(?:la semaine derniere|la semaine passee|last week)\b|" + _AR_AND + r"الاسبوع الماضي(?!\w)"),
        ("last_month", r"\b(?:le mois dernier|last month)\b|" + _AR_AND + r"الشهر الماضي(?!\w)"),
        ("weekday", rf"\b(?:(?:ce|this|last)\s+)?({_WEEKDAY_LATIN}){_PART}\b"),
        ("weekday_ar", rf"(?<!\w)(?:يوم\s+)?[وف]?({_WEEKDAY_AR})(?:\s+(?:الماضي|الماضيه|الفائت))?(?!\w)"),
    )
)


# What each pattern cannot match without (a digit, or one of these folded words): the patterns
# whose words are absent are not run, which halves the time spent on dates.
_NEEDLES: dict[str, tuple[str, ...] | str] = {
    "since_month": ("depuis", "since", "منذ"),
    "since_year": ("depuis", "since", "منذ"),
    "since_duration": ("depuis", "for the", "over the", "منذ"),
    "ago": ("il y a",),
    "ago_en": ("ago",),
    "ago_ar": ("قبل",),
    "dmy": "digit",
    "mdy": "digit",
    "iso": "digit",
    "my": "digit",
    "in_year": "digit",
    "dmy_ar": ("من",),
    "month_alone": tuple(sorted({m for m in MONTHS if m.isascii()} | {fold(m) for m in MONTHS if not m.isascii()})),
    "yesterday": ("hier", "yesterday", "امس"),
    "before_yesterday": ("avant-hier", "day before yesterday", "اول امس", "امس الاول"),
    "today": ("aujourd'hui", "today", "ce matin", "this morning", "tonight", "ce soir", "اليوم"),
    "last_week": ("semaine", "last week", "الاسبوع"),
    "last_month": ("mois dernier", "last month", "الشهر الماضي"),
    "weekday": _WEEKDAYS_LATIN,
    "weekday_ar": _WEEKDAYS_AR,
}


_ANY_DIGIT = re.compile(r"\d")


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _month(word: str) -> int | None:
    if word in MONTHS:
        return MONTHS[word]
    for name, number in MONTHS.items():
        if not name.isascii() and fold(name) == word:
            return number
    return None


def _mention(kind: str, match: re.Match[str], text: str) -> DateMention | None:
    start, end = match.span()
    surface = text[start:end]
    g = match.groups()
    if kind == "since_month":
        name, year = (g[0], g[1]) if g[0] else (g[2], g[3])
        return DateMention(start, end, surface, "month", month=_month(name), year=int(year) if year else None,
                           is_period=True)
    if kind == "in_year":
        return DateMention(start, end, surface, "year", year=int(g[0] or g[1]))
    if kind == "since_year":
        return DateMention(start, end, surface, "year", year=int(g[0]), is_period=True)
    if kind == "since_duration":
        count = _number(g[0]) if g[0] and g[0] not in ("plusieurs", "several") else 1
        unit = UNIT_DAYS.get(g[1]) or UNIT_DAYS.get(g[1].rstrip("s"), 1)
        if g[1] in ("ايام", "اسبوع", "اسابيع", "شهر", "اشهر"):
            unit = {"ايام": 1, "اسبوع": 7, "اسابيع": 7, "شهر": 30, "اشهر": 30}[g[1]]
        if count is None:
            return None
        return DateMention(start, end, surface, "since", days_back=count * unit, is_period=True)
    if kind in ("ago", "ago_en"):
        count = _number(g[0])
        if count is None:
            return None
        unit = 7 if g[1].startswith(("semaine", "week")) else 1
        return DateMention(start, end, surface, "ago", days_back=count * unit)
    if kind == "ago_ar":
        count = {"يومين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5}.get(g[0]) or (int(g[0]) if g[0].isdigit() else None)
        if count is None:
            return None
        unit = 7 if g[1] and g[1].startswith("اسب") else 1
        return DateMention(start, end, surface, "ago", days_back=count * unit)
    if kind == "dmy":
        day, month = int(g[0]), _month(g[1])
        if month is None or not 1 <= day <= 31:
            return None
        return DateMention(start, end, surface, "absolute", day=day, month=month, year=int(g[2]) if g[2] else None)
    if kind == "dmy_ar":
        day, month = _AR_ORDINALS[g[0]] + _AR_TENS[g[1]], _month(g[2])
        if month is None or not 1 <= day <= 31:
            return None
        return DateMention(start, end, surface, "absolute", day=day, month=month, year=int(g[3]) if g[3] else None)
    if kind == "mdy":
        day, month = int(g[1]), _month(g[0])
        if month is None or not 1 <= day <= 31 or g[0] == "may" and not g[2] and not surface.startswith("May"):
            return None  # "may 5" in lower case and without a year is too often the verb
        return DateMention(start, end, surface, "absolute", day=day, month=month, year=int(g[2]) if g[2] else None)
    if kind == "iso":
        return DateMention(start, end, surface, "absolute", day=int(g[2]), month=int(g[1]), year=int(g[0]))
    if kind == "my":
        month = _month(g[0])
        if month is None or g[0] == "may" and not surface.lower().startswith("in"):
            return None
        return DateMention(start, end, surface, "month", month=month, year=int(g[1]))
    if kind == "month_alone":
        name = next(group for group in g if group)
        month = _month(name)
        if month is None or name == "may" and not surface.lower().startswith(("last", "in", "early", "mid", "late")):
            return None
        return DateMention(start, end, surface, "month", month=month, year=None)
    if kind == "yesterday":
        return DateMention(start, end, surface, "relative_days", days_back=1)
    if kind == "before_yesterday":
        return DateMention(start, end, surface, "relative_days", days_back=2)
    if kind == "today":
        return DateMention(start, end, surface, "relative_days", days_back=0)
    if kind == "last_week":
        return DateMention(start, end, surface, "last_week", days_back=7)
    if kind == "last_month":
        return DateMention(start, end, surface, "last_month", days_back=30)
    if kind in ("weekday", "weekday_ar"):
        name = g[0]
        weekday = WEEKDAYS.get(name)
        if weekday is None:
            weekday = next((n for w, n in WEEKDAYS.items() if fold(w) == name), None)
        if weekday is None:
            return None
        return DateMention(start, end, surface, "weekday", weekday=weekday)
    return None


_SCAN = HeadScan([pattern for _, pattern in PATTERNS], word_start=False)  # one scan for all the patterns


def find_dates(text: str, *, folded: str | None = None) -> list[DateMention]:
    """Every date expression of `text`, in text order, overlaps resolved longest first."""
    folded = fold(text) if folded is None else folded
    found: list[DateMention] = []
    has_digit = _ANY_DIGIT.search(folded) is not None
    wanted = {index for index, (kind, _) in enumerate(PATTERNS)
              # a pattern whose words are nowhere in the text cannot match
              if (needles := _NEEDLES.get(kind)) is None
              or (has_digit if needles == "digit" else any(n in folded for n in needles))}
    for (kind, _), matches in zip(PATTERNS, _SCAN.matches(folded, wanted)):
        for match in matches:
            mention = _mention(kind, match, text)
            if mention is not None:
                found.append(mention)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    # "Friday, June 5", "vendredi 5 juin", "يوم الجمعة الخامس من يونيو": the weekday names the day
    # the date gives, which alone says which Friday
    kept = [_of_last_year(m, text, folded) for m in kept]
    kept = [m for m in kept if not (m.kind == "absolute" and (
        _NAME_AFTER.match(text, m.end) or _NAME_BEFORE.search(folded, max(0, m.start - 30), m.start)))]
    # "إن هذا اليوم يمثل تحولا": "this day" in what someone said, not today
    kept = [m for m in kept if not (m.kind == "relative_days" and _THIS_BEFORE.search(folded, max(0, m.start - 8), m.start))]
    return [m for m, following in zip(kept, [*kept[1:], None])
            if not (m.kind == "weekday" and following is not None and following.kind == "absolute"
                    and _APPOSED.fullmatch(folded, m.end, following.start))]


# a day in a name, not a date (the English name capitalised): "the May 28 Brigade", "the 17 February Martyrs Brigade", "كتيبة
# شهداء 17 فبراير", "ثورة 17 فبراير", "la brigade du 17-Février"
_NAME_AFTER = re.compile(r"\s+(?:Martyrs?\s+)?(?:Brigades?|Battalions?|Revolution|Revolutionaries|Movement|Coalition)\b")
_NAME_BEFORE = re.compile(arabic_folded(
    r"(?:\b(?:brigade|bataillon|revolution|mouvement|coalition)s? du\s+"
    r"|(?<!\w)(?:كتيبه|كتائب|لواء|سريه|ثوره|ثوار|حركه|ائتلاف)\s+(?:\S+\s+)?)$"))


_THIS_BEFORE = re.compile(r"(?<!\w)(?:هذا|ذلك)\s+$")
_LAST_YEAR_AFTER = re.compile(arabic_folded(
    r",?\s+(?:of\s+)?last year\b|\s+(?:de\s+)?l'(?:an|annee) (?:dernier|derniere|passee?)\b"
    r"|\s+(?:من\s+)?(?:العام|السنه)\s+(?:الماضي|المنصرم|الفائت)(?!\w)"
))


# the words of what is still to come around a day: a future or conditional verb, a plan, a
# deadline ("prendra fin le", "is due to end on", "scheduled for", "d'ici le", "المقرر", "ستجرى")
_TO_COME = re.compile(arabic_folded(
    r"\b(?:will|would|shall|due|scheduled|set to|set for|planned|plans? to|deadline|expires?|until|ahead of|expected|to end"
    r"|to (?:take place|be held|begin|start)|mettre fin|prendre fin|a partir du"
    r"|[a-z]*(?:era|ira|dra|rra|vra|ura)|[a-z]+(?:ront|rait|raient)|doit|doivent|devra|devait|prevue?s?|fixee?s?|d'ici|jusqu'au|expire|a compter du)\b"
    r"|(?<!\w)[وف]?(?:سوف|المقرر|المقبل|القادم|المقبله|القادمه|حتي|موعد|ستجري|ستعقد|سيتم|ستنتهي|سينتهي|ستبدا|سيبدا)(?!\w)"))
TO_COME_REACH = 60  # characters either side of a day to the words that tell it is to come


def _of_last_year(mention: DateMention, text: str, folded: str) -> DateMention:
    """A month said to be of last year ("in October last year", "أبريل من العام الماضي") is
    that month of the year before the paper's, not the latest October; a day told with the
    words of what is to come ("la mission prendra fin le 31 octobre") may be one ahead."""
    if mention.kind == "absolute" and mention.year is None and (
            (cue := _TO_COME.search(folded, max(0, mention.start - TO_COME_REACH))) is not None
            and cue.start() < mention.end + TO_COME_REACH):  # (whole words: not searched up to a bound)
        return replace(mention, upcoming=True)
    if mention.kind != "month" or mention.year is not None:
        return mention
    match = _LAST_YEAR_AFTER.match(folded, mention.end)
    if match is None:
        return mention
    return replace(mention, end=match.end(), text=text[mention.start:match.end()], years_back=1)


_APPOSED = re.compile(r"[\s,]*(?:le\s+|the\s+)?")


def _before(published: date, *, weekday: int) -> date:
    back = (published.weekday() - weekday) % 7 or 7
    return published - timedelta(days=back)


UPCOMING_REACH = 45  # days after the paper's within which a day of the month is still to come


def _infer_year(published: date | None, month: int, day: int | None = None, *, upcoming: bool = False) -> int | None:
    """The year of a month, or of a day of a month, that a text names without one: the last
    one gone by the paper's day, but a day told as one to come (`upcoming`) a few weeks ahead is
    this year's ("la mission prendra fin le 31 octobre" in a paper of 29 October)."""
    if published is None:
        return None
    year = published.year
    try:
        named = date(year, month, day or 1)
    except ValueError:
        return None
    if named > published and not (upcoming and (named - published).days <= UPCOMING_REACH):
        year -= 1
    return year


def resolve_date(mention: DateMention, published: date | None) -> ResolvedDate:
    """The date an expression points to, given the publication date (None: undated)."""
    unresolved = ResolvedDate(None, 3, mention.text, is_period=mention.is_period)
    try:
        if mention.kind == "absolute":
            year = mention.year or _infer_year(published, mention.month, mention.day, upcoming=mention.upcoming)
            if year is None:
                return unresolved
            return ResolvedDate(date(year, mention.month, mention.day), 1, mention.text)
        if mention.kind in ("month", "year"):
            month = mention.month or 1
            year = mention.year or (published.year - mention.years_back if mention.years_back and published
                                    else _infer_year(published, month))
            if year is None:
                return unresolved
            start = date(year, month, 1)
            if mention.is_period:
                return ResolvedDate(published, 3, mention.text, period_start=start, is_period=True)
            return ResolvedDate(start, 3, mention.text)
        if published is None:
            return unresolved
        if mention.kind == "since":
            start = published - timedelta(days=mention.days_back or 0)
            precision = 2 if (mention.days_back or 0) <= 14 else 3
            return ResolvedDate(published, precision, mention.text, period_start=start, is_period=True)
        if mention.kind in ("relative_days", "ago"):
            return ResolvedDate(published - timedelta(days=mention.days_back or 0), 1, mention.text)
        if mention.kind == "last_week":
            monday = published - timedelta(days=published.weekday() + 7)
            return ResolvedDate(monday, 2, mention.text)
        if mention.kind == "last_month":
            first = (published.replace(day=1) - timedelta(days=1)).replace(day=1)
            return ResolvedDate(first, 3, mention.text)
        if mention.kind == "weekday":
            lowered = mention.text.lower()
            last = lowered.startswith("last ") or any(w in lowered for w in ("dernier", "الماضي", "الفائت"))
            if published.weekday() == mention.weekday and not last:
                return ResolvedDate(published, 1, mention.text)  # "on Saturday" in Saturday's paper
            return ResolvedDate(_before(published, weekday=mention.weekday), 1, mention.text)
    except ValueError:  # 31 February and the like
        return unresolved
    return unresolved
