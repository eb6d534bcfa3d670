"""The Gazetteer: names -> ranked places, and place names found in a text.

Matching is exact on normalised words (gazetteer.normalise): every alias becomes a tuple of
words, and a text is scanned word by word against that table, longest alias first. There is
no fuzzy matching: a spelling the table does not hold is not a place (Sidra is never Sirte).

Ambiguity rules, applied in this order when a name has several places:
1. Tripoli and other names shared with Lebanon: the Lebanese place only when the text (or the
   name looked up) mentions Lebanon (Lebanon, Liban, لبنان); otherwise
2. Libyan places before foreign ones;
3. a district and its capital share a name (Zawiya, Sirte, Misrata): the town, unless the
   words district/région/region/province/شعبية come just before the name ("région de Syrte",
   "شعبية سرت") or district/region just after it ("the Sirte district");
4. kind: country, city, town, village, facility, neighbourhood, region, district;
5. population, larger first; then place_id, so the order is stable.
Demonyms (Libyens, libyen(ne)(s), Libyan(s), ليبي ...) are never places.
Arabic common nouns that look like names once the article is attached:
- a name the data only writes without the article (قطر) does not match a word with it
  (القطر "the country", as in القطر الليبي);
- a name written with the article is not a place when an ordinal follows it with the article
  (الشرارة الأولى "the first spark"), nor, for names that are common words (خمس "five"), when
  it follows a word with the article, as an adjective does (السنوات الخمس "the five years");
- a name that is also an adjective is not a place after the nouns of its fixed expressions
  (القوة القاهرة "force majeure" is not Cairo, الرايات البيضاء "white flags" not Bayda);
- a name that is also a verb with its conjunction (ودان "and condemned") is not a place when it
  opens a sentence.
A capitalised name of three letters or fewer followed by a period and a lower-case word is
an abbreviation ("Hon. members" is not Hun).
lookup() drops a leading article (the, le, la, les, l') the table does not know with the name.
A name that is also a common word (sert, feel, خمس "five") is only matched in a text when an
article is attached to it (El Feel, الخمس); a few (الجديد "the new", المائة "the hundred") are
never matched in a text. In a text with capitals, a one-word name in a cased script must have one
("Turkey", "al-Watiya", not "a turkey dinner"); a name of several words need not, as the press
writes some in lower case ("le croissant pétrolier", "the oil crescent"). lookup() knows them all.
"""
from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import compress
from typing import Protocol

from gazetteer.normalise import (
    ARTICLES,
    STRONG_ARTICLES,
    WORD_RE,
    analyse_word,
    arabic_prefix_variants,
    fold_word,
    is_article,
    skip_letters,
    split_words,
)
from gazetteer.place import KINDS, Place, PlaceMention

DEMONYMS = frozenset(
    {
        "libyen", "libyens", "libyenne", "libyennes", "libyan", "libyans", "libyque",
        "ليبي", "ليبيه", "ليبيون", "ليبيين", "ليبيات",
        "americain", "americains", "americaine", "americaines", "american", "americans",
        "turc", "turcs", "turque", "turques", "turkish", "egyptien", "egyptiens",
        "egyptienne", "egyptian", "egyptians", "francais", "francaise", "french",
        "allemand", "allemands", "allemande", "german", "germans", "italien", "italiens",
        "italienne", "italian", "italians", "russe", "russes", "russian", "russians",
        "tunisien", "tunisiens", "tunisian", "algerien", "algeriens", "algerian",
        "soudanais", "sudanese", "tchadien", "tchadiens", "chadian", "emirati", "emiratis",
        "libanais", "lebanese", "syrien", "syriens", "syrian", "syrians",
    }
)
# Arabic names that are also adjectives, and the nouns they qualify in fixed expressions:
# القوة القاهرة "force majeure" and الظروف القاهرة "compelling circumstances" are not Cairo
ADJECTIVE_AFTER = {
    "قاهره": frozenset({"قوه", "ظروف"}),
    # الرايات البيضاء "the white flags", الأيادي البيضاء "the white hands" are not Bayda
    "بيضاء": frozenset({"رايات", "رايه", "اعلام", "علم", "ايادي", "ايدي", "ثياب", "ملابس", "قبعات", "خوذ",
                        "ورقه", "اوراق", "سيارات", "سياره", "بشره"}),
}
# Names that are also a verb with its conjunction: ودان "and (he) condemned" opens a sentence
# ("... وطفل.\n\nودان مجلس النواب الهجوم"); Waddan the town never does.
VERB_AT_SENTENCE_START = frozenset({"ودان"})
# Names that are a common noun when a relative clause follows: "الشرارة التي تخرج الناس" (the
# spark that brings people out) is no oil field.
RELATIVE_AFTER = {"شراره": frozenset({"التي", "الذي", "اللتي"})}
# Names that are places in GeoNames' alternate names but also ordinary words or people's
# names in French or English text: matched in a text only with an article attached.
COMMON_WORDS = frozenset(
    {
        "umar mukhtar", "عمر مختار", "homs", "tag", "badr", "بدر", "jamil", "zahra", "hara",
        "خمس", "مرج", "قبه", "جميل", "جوف", "درج", "بركات", "زله", "مسه", "ماسه",
        "sert", "mare", "feel", "ville", "port", "camp", "base", "centre", "center", "nord",
        "sud", "est", "ouest", "north", "south", "east", "west", "new", "old", "bir", "ain",
        "jadid", "ras", "wadi", "sidi", "suq", "souk", "qasr", "gasr", "zawiyat", "oasis",
        "city", "town", "haut", "bas", "mer", "sea", "grand", "petit", "saint", "sainte",
        "ea", "tip", "union", "etat", "etats", "nation", "nations", "tage", "taj",
    }
)
# Names that are also everyday words even with the article attached (الجديد "the new",
# المائة "the hundred", الخضراء "the green"): lookup() knows them, find_places() matches them only
# where the text calls them a town ("في بلدة الماية").
NEVER_IN_TEXT = frozenset({"جديد", "مايه", "خضراء", "jadid", "gedid"})
# Arabic ordinals (normalised, article dropped): الشرارة الأولى is "the first spark".
ARABIC_ORDINALS = frozenset(
    fold_word(word)
    for word in (
        "أول", "أولى", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة",
        "سادس", "سادسة", "سابع", "سابعة", "ثامن", "ثامنة", "تاسع", "تاسعة", "عاشر", "عاشرة",
        "أخير", "أخيرة",
    )
)
LEADING_ARTICLES = frozenset({"the", "le", "la", "les"})
_ABBREVIATION_RE = re.compile(r"\.[ \t]+[^\W\d_]")  # "Hon. members": period, then a word
DISTRICT_WORDS = frozenset(
    {"district", "districts", "region", "regions", "province", "shabiyat", "shabiya",
     "shabiyah", "شعبيه", "municipality", "municipalite", "gouvernorat", "governorate"}
)
# "la localité de Badr", "the town of Badr", "بلدتي بدر وتيجي": a common word (or a person's
# name) the text calls a settlement is the place
SETTLEMENT_WORDS = frozenset(
    {"town", "village", "localite", "bourgade", "ville", "bourg", "بلده", "بلدتي", "قريه", "قريتي"}
)
LEBANON_WORDS = frozenset({"lebanon", "liban", "لبنان", "lebanese", "libanais", "libanaise"})
_FILLERS = frozenset({"de", "du", "of", "la", "the", "des"})
KIND_ORDER = {kind: rank for rank, kind in enumerate(
    ("country", "city", "town", "village", "facility", "neighbourhood", "region", "district")
)}
assert set(KIND_ORDER) == set(KINDS)
# "Martyrs' Square": a plural's apostrophe stays in the name; "quartier n°3": the number sign
_GAP_RE = re.compile(r"['’]?[\s\-‐‑°º]{1,3}")
_MAX_CACHE = 200_000
_LARGE_TEXT = 200_000  # characters


class PlaceFinder(Protocol):
    """What an online fallback offers: places for a name nothing else knows."""

    def geocode(self, name: str) -> list[Place]: ...


@dataclass
class _Entry:
    places: list[Place]
    is_bare_ok: bool  # may match in a text without an article before it
    has_word_form: bool = False  # False: only acronyms (US, UAE), matched in capitals only
    arabic_article_ok: bool = False  # an Arabic alias is written with ال (الزاوية, not قطر)


def _district_keys(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A district's name without the word district: ("shabiyat", "surt") -> [("surt",)]."""
    words = list(key)
    if len(words) > 1 and words[0] in DISTRICT_WORDS:
        words = words[1:]
        while len(words) > 1 and words[0] in _FILLERS:
            words = words[1:]
    elif len(words) > 1 and words[-1] in DISTRICT_WORDS:
        words = words[:-1]
    return [tuple(words)] if len(words) < len(key) else []


def _is_arabic(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


def _needs_a_capital(surface: str) -> bool:
    """Whether a surface is one word of Latin (or other cased) script written without any capital."""
    return surface.islower() and not any(c.isspace() for c in surface)


def _is_abbreviation(text: str, start: int, end: int) -> bool:
    """A capitalised word of at most three letters, a period, a lower-case word: "Hon. members"."""
    if end - start > 3 or not text[start:end].istitle():
        return False
    follow = _ABBREVIATION_RE.match(text, end)
    return follow is not None and follow.group()[-1].islower()


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is the first of its sentence (or of the text)."""
    position = start
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position == 0 or text[position - 1] in ".!?؟:"


class _FoldCache(dict):
    def __missing__(self, word: str) -> str:
        if len(self) > _MAX_CACHE:
            self.clear()
        norm = analyse_word(word)[0]
        self[word] = norm
        return norm


def rank_places(
    places: Iterable[Place], *, prefer_country: str = "", prefer_district: bool = False
) -> list[Place]:
    """Places best first, by the ambiguity rules of this module."""

    def rank(place: Place) -> tuple[object, ...]:
        return (
            place.country_code != prefer_country if prefer_country else False,
            place.is_foreign,
            (place.kind == "district") != prefer_district,
            KIND_ORDER[place.kind],
            -place.population,
            place.place_id,
        )

    return sorted(places, key=rank)


class Gazetteer:
    """Places with their aliases, compiled once into a table of normalised word tuples."""

    def __init__(
        self,
        places: Iterable[Place],
        *,
        redirects: Mapping[str, str] | None = None,
        fallback: PlaceFinder | None = None,
    ) -> None:
        self.places: tuple[Place, ...] = tuple(places)
        self._by_id = {place.place_id: place for place in self.places}
        self._redirects = dict(redirects or {})
        self.fallback = fallback
        self._fold = _FoldCache()
        self._table: dict[tuple[str, ...], _Entry] = {}
        self._compile()

    # -- building ----------------------------------------------------------------------------
    def _compile(self) -> None:
        table = self._table
        for place in self.places:
            # a name spelt alike in two languages is one key
            for name in dict.fromkeys(alias.name for alias in place.aliases):
                words = split_words(name)
                if not words:
                    continue
                key = tuple(word.norm for word in words)
                if " ".join(key) in DEMONYMS:
                    continue
                for extra_key in _district_keys(key) if place.kind == "district" else ():
                    # "شعبية البطنان" -> البطنان, written with its article
                    from_end = key[-len(extra_key) :] == extra_key
                    first = words[len(key) - len(extra_key)] if from_end else words[0]
                    self._add(
                        extra_key, place, has_article=False, is_acronym=False,
                        arabic_article=first.has_article,
                    )
                is_acronym = len(key) == 1 and len(name) <= 4 and name.isupper()
                self._add(key, place, has_article=words[0].has_article, is_acronym=is_acronym)
        for entry in table.values():
            entry.places = rank_places(entry.places)
        # first word -> longest alias starting with it (in words)
        self._first: dict[str, int] = {}
        for key in table:
            if len(key[0]) < 2 or (len(key) == 1 and key[0].isdigit()):
                continue
            self._first[key[0]] = max(self._first.get(key[0], 0), len(key))
        # Arabic first words with a bare prefix letter: "وسرت" -> ("سرت", 1)
        self._prefixed: dict[str, tuple[str, int]] = {}
        for first in self._first:
            if _is_arabic(first):
                for prefix in ("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل", "وك"):
                    self._prefixed.setdefault(prefix + first, (first, len(prefix)))
        self._candidates = frozenset(self._first) | frozenset(self._prefixed)

    def _add(
        self,
        key: tuple[str, ...],
        place: Place,
        *,
        has_article: bool,
        is_acronym: bool,
        arabic_article: bool | None = None,
    ) -> None:
        entry = self._table.get(key)
        if entry is None:
            entry = self._table[key] = _Entry([], False)
        if place not in entry.places:
            entry.places.append(place)
        if not has_article and " ".join(key) not in COMMON_WORDS:
            entry.is_bare_ok = True
        if not is_acronym:
            entry.has_word_form = True
        if (has_article if arabic_article is None else arabic_article) and _is_arabic(key[0]):
            entry.arabic_article_ok = True

    # -- lookup ------------------------------------------------------------------------------
    def get(self, place_id: str) -> Place:
        """The place with this id (overlay ids that supplement a GeoNames place included)."""
        place_id = self._redirects.get(place_id, place_id)
        return self._by_id[place_id]

    def lookup(self, name: str) -> list[Place]:
        """Ranked candidate places for a name; [] for an empty or unknown name."""
        words = [word.norm for word in split_words(name)]
        found = self._lookup_words(words)
        if found is None and len(words) > 1 and words[0] in LEADING_ARTICLES:
            found = self._lookup_words(words[1:])  # "la Libye", "les Etats-Unis"
        if found is not None:
            return found
        if self.fallback is not None and words:
            return self.fallback.geocode(name)
        return []

    def _lookup_words(self, words: list[str]) -> list[Place] | None:
        """Ranked places for normalised words; None when the table does not know them."""
        prefer_district = False
        if len(words) > 1 and words[0] in DISTRICT_WORDS:
            words = words[1:]
            prefer_district = True
            while len(words) > 1 and words[0] in _FILLERS:
                words = words[1:]
        elif len(words) > 1 and words[-1] in DISTRICT_WORDS:
            words = words[:-1]
            prefer_district = True
        prefer_country = "LB" if LEBANON_WORDS & set(words) and len(words) > 1 else ""
        if prefer_country:
            words = [w for w in words if w not in LEBANON_WORDS and w not in _FILLERS]
        if not words or " ".join(words) in DEMONYMS:
            return None
        entry = self._table.get(tuple(words))
        if entry is None:
            for variant, _ in arabic_prefix_variants(words[0]):
                entry = self._table.get((variant, *words[1:]))
                if entry is not None:
                    break
        if entry is None:
            return None
        return rank_places(
            entry.places, prefer_country=prefer_country, prefer_district=prefer_district
        )

    # -- matching in a text ------------------------------------------------------------------
    def find_places(self, text: str) -> list[PlaceMention]:
        """Places named in a text, in text order, with offsets into the text as given."""
        if len(text) < _LARGE_TEXT:
            return self._find_places(text)
        # A long text makes a million short-lived word objects; the cyclic garbage collector
        # would scan them again and again (half the time at 5 MB) though they hold no cycles.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._find_places(text)
        finally:
            if was_enabled:
                gc.enable()

    def _find_places(self, text: str) -> list[PlaceMention]:
        matches = list(WORD_RE.finditer(text))
        if not matches:
            return []
        raw_words = list(map(re.Match.group, matches))
        norms = list(map(self._fold.__getitem__, raw_words))
        candidates = list(compress(range(len(norms)), map(self._candidates.__contains__, norms)))
        if not candidates:
            return []
        prefer_country = "LB" if not LEBANON_WORDS.isdisjoint(norms) else ""
        needs_capital = not text.islower()  # in a text written all in lower case, no capitals
        mentions: list[PlaceMention] = []
        next_free = 0
        for index in candidates:
            if index < next_free:
                continue
            found = self._match_at(text, matches, norms, index, next_free, needs_capital)
            if found is None:
                continue
            start, end, last, entry, first = found
            ranked = rank_places(
                entry.places,
                prefer_country=prefer_country,
                prefer_district=self._district_around(norms, first, last),
            )
            mentions.append(
                PlaceMention(start, end, text[start:end], ranked[0], tuple(ranked[1:]))
            )
            next_free = last + 1
        return mentions

    def _match_at(
        self,
        text: str,
        matches: list[re.Match[str]],
        norms: list[str],
        index: int,
        next_free: int,
        needs_capital: bool,
    ) -> tuple[int, int, int, _Entry, int] | None:
        """The longest alias starting at word `index`.

        -> (start, end, last word, entry, first word: `index`, or the article's word before it)
        """
        word = matches[index].group()
        _, lead, _, arabic_article = analyse_word(word)
        first_forms: list[tuple[str, int]] = []
        if norms[index] in self._first:
            first_forms.append((norms[index], 0))
        if norms[index] in self._prefixed:
            first_forms.append(self._prefixed[norms[index]])
        # a Latin article just before: "al-Watiya", "Es Sider"
        article_start = -1
        article_is_strong = False
        if index > 0 and index - 1 >= next_free and norms[index - 1] in ARTICLES:
            gap = text[matches[index - 1].end() : matches[index].start()]
            if is_article(norms[index - 1], norms[index], gap):
                # "d'Es Sider": the elision is not part of the name
                article_start = matches[index - 1].start() + analyse_word(
                    matches[index - 1].group()
                )[1]
                article_is_strong = norms[index - 1] in STRONG_ARTICLES or "-" in gap
        for first, prefix_letters in first_forms:
            longest = self._first[first]
            sequence = [first]
            positions = [index]
            position = index + 1
            while len(sequence) < longest and position < len(norms):
                gap = text[matches[position - 1].end() : matches[position].start()]
                if not _GAP_RE.fullmatch(gap):
                    break
                norm = norms[position]
                if (
                    norm in ARTICLES
                    and position + 1 < len(norms)
                    and is_article(
                        norm,
                        norms[position + 1],
                        text[matches[position].end() : matches[position + 1].start()],
                    )
                ):
                    position += 1
                    continue
                sequence.append(norm)
                positions.append(position)
                position += 1
            for length in range(len(sequence), 0, -1):
                key = tuple(sequence[:length])
                entry = self._table.get(key)
                if entry is None or (length == 1 and key[0] in NEVER_IN_TEXT
                                     # ("في بلدة الماية": the hundred is no town, but the town so called is)
                                     and not _word_before(norms, index, SETTLEMENT_WORDS, fillers=1)):
                    continue
                has_article = arabic_article or article_start >= 0
                if not entry.is_bare_ok and not has_article and not _word_before(norms, index, SETTLEMENT_WORDS, fillers=1):
                    continue
                if arabic_article and _is_arabic(key[0]) and not self._arabic_article_fits(
                    text, matches, norms, index, positions[length - 1], key, entry
                ):
                    continue
                if not entry.has_word_form and not matches[index].group().isupper():
                    continue
                last = positions[length - 1]
                _, _, trail, _ = analyse_word(matches[last].group())
                start = matches[index].start() + lead
                end = matches[last].end() - trail
                if needs_capital and _needs_a_capital(text[start:end]):
                    continue
                if length == 1 and _is_abbreviation(text, start, end):
                    continue
                if length == 1 and norms[index] in VERB_AT_SENTENCE_START and _opens_sentence(text, start):
                    continue
                if prefix_letters:
                    start += skip_letters(text, start, prefix_letters)
                elif article_start >= 0 and (article_is_strong or not entry.is_bare_ok):
                    start = article_start
                return start, end, last, entry, index - 1 if article_start >= 0 else index
        return None

    def _arabic_article_fits(
        self,
        text: str,
        matches: list[re.Match[str]],
        norms: list[str],
        index: int,
        last: int,
        key: tuple[str, ...],
        entry: _Entry,
    ) -> bool:
        """Whether an Arabic name written with ال is a place here, not a common noun."""
        if not entry.arabic_article_ok:
            return False  # القطر is not قطر
        following = last + 1
        if (
            following < len(norms)
            and norms[following] in ARABIC_ORDINALS
            and analyse_word(matches[following].group())[3]
            and text[matches[last].end() : matches[following].start()].isspace()
        ):
            return False  # الشرارة الأولى
        previous = index - 1
        if (
            " ".join(key) in COMMON_WORDS
            and previous >= 0
            and _is_arabic(norms[previous] or "x")
            and analyse_word(matches[previous].group())[3]
            and text[matches[previous].end() : matches[index].start()].isspace()
        ):
            return False  # السنوات الخمس
        if (
            previous >= 0
            and norms[previous] in ADJECTIVE_AFTER.get(" ".join(key), ())
            and text[matches[previous].end() : matches[index].start()].isspace()
        ):
            return False  # القوة القاهرة
        if (
            following < len(norms)
            and matches[following].group() in RELATIVE_AFTER.get(" ".join(key), ())
            and text[matches[last].end() : matches[following].start()].isspace()
        ):
            return False  # الشرارة التي
        return True

    @staticmethod
    def _district_around(norms: list[str], index: int, last: int) -> bool:
        """Whether a district word stands before the name (région de X) or just after it.

        `index` is the name's first word, or the article before it (région d'al-Joufra).
        """
        if last + 1 < len(norms) and norms[last + 1] in DISTRICT_WORDS:
            return True
        return _word_before(norms, index, DISTRICT_WORDS, fillers=2)


def _word_before(norms: list[str], index: int, words: frozenset[str], *, fillers: int) -> bool:
    """Whether one of `words` stands before word `index`, past at most `fillers` "de"/"of"/"the"
    ("région d'al-Joufra", "la localité de Badr")."""
    position = index - 1
    skipped = 0
    while position >= 0 and norms[position] in _FILLERS and skipped < fillers:
        position -= 1
        skipped += 1
    return position >= 0 and norms[position] in words
