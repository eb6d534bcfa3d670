"""The literal heads of a regular expression: the strings every match of it starts with.

`heads(pattern)` reads the parsed pattern and lists, up to HEAD_LENGTH characters, the text a
match can begin with: `(?:ont|a) repris` gives {"ont ", "a re"}; `combats?` gives {"comb"}. A
head ends early where the pattern turns into something too wide to spell out (`\\w+`, `.`, a
long class): `(?:a|ont) lance (?:\\w+ )?une` gives {"a la", "ont "}. Look-arounds take no text
and are passed over, so the heads are a necessary condition: a match that does not start with one
of them cannot exist. With no usable head (the pattern may start anywhere, with any letter), the
answer is None, and the caller searches the whole text as before.

`HeadScan` uses the heads to find the matches of many patterns with one scan of the text: each
pattern is tried only where one of its heads stands, instead of the text being searched once per
pattern. The trigger table (extractor.events) scans for matches that start a word, the date
expressions (extractor.dates) for all of them, as `finditer` would give.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from extractor.text import trie_pattern

try:  # the parser of the standard `re` module: not public, so any surprise means "no heads"
    from re import _constants as _c, _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older or newer Pythons
    _c = _p = None

HEAD_LENGTH = 4
MAX_HEADS = 400  # more than this and the pattern is read with shorter heads
_MAX_CLASS = 8  # a class of more letters than this ends the head: [\u064b-\u0652] (harakat) ends it


class _TooMany(Exception):
    pass


class _Unknown(Exception):
    pass


def heads(pattern: str | re.Pattern[str], skip: str = "") -> frozenset[str] | None:
    """The strings (at most HEAD_LENGTH characters) one of which starts every match of
    `pattern`, or None when the pattern gives no usable head.

    An optional run of `skip` letters (`[\u064b-\u0652]*`, the Arabic short vowels that
    tolerate_harakat puts after every letter) is passed over: the heads are then those of the
    text with the skip letters taken out."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags & ~re.UNICODE if isinstance(pattern, re.Pattern) else 0
    if _p is None or flags:
        return None
    try:
        parsed = _p.parse(source)
    except Exception:  # noqa: BLE001 - an unparsable or unfamiliar pattern simply has no heads
        return None
    if parsed.state.flags & ~re.UNICODE:  # "(?i)" at the start: letters stand for more than one
        return None
    for length in range(HEAD_LENGTH, 0, -1):
        try:
            found = _expand(list(parsed.data), "", length, set(), frozenset(skip))
        except _TooMany:
            continue
        except _Unknown:
            return None
        if "" in found or any(letter in head for head in found for letter in skip):
            return None
        return frozenset(found)
    return None


def _expand(items: list, prefix: str, length: int, out: set[str], skip: frozenset[str]) -> set[str]:
    """Add to `out` every head of the sequence `items` that follows `prefix`."""
    if len(out) > MAX_HEADS:
        raise _TooMany
    if len(prefix) >= length or not items:
        out.add(prefix[:length])
        return out
    op, av = items[0]
    rest = items[1:]
    if op is _c.LITERAL:
        return _expand(rest, prefix + chr(av), length, out, skip)
    if op is _c.IN:
        chars = _class_letters(av)
        if chars is None:
            out.add(prefix)
            return out
        for char in chars:
            _expand(rest, prefix + char, length, out, skip)
        return out
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # take no text
        return _expand(rest, prefix, length, out, skip)
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _expand(list(sub.data) + rest, prefix, length, out, skip)
    if op is _c.BRANCH:
        for alternative in av[1]:
            _expand(list(alternative.data) + rest, prefix, length, out, skip)
        return out
    if op in _REPEATS:
        low, high, sub = av
        if low == 0 and skip and _skipped(sub.data, skip):
            return _expand(rest, prefix, length, out, skip)
        for times in range(low, min(high, low + length) + 1):
            _expand(list(sub.data) * times + rest, prefix, length, out, skip)
        return out
    if op in (_c.ANY, _c.NOT_LITERAL, _c.GROUPREF, _c.GROUPREF_EXISTS):  # any letter may come
        out.add(prefix)
        return out
    raise _Unknown


_REPEATS = tuple(getattr(_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if _c is not None and hasattr(_c, name))


def _skipped(items: list, skip: frozenset[str]) -> bool:
    """Whether `items` is one class of skip letters only."""
    if len(items) != 1 or items[0][0] is not _c.IN:
        return False
    letters = _class_letters(items[0][1], limit=len(skip))
    return letters is not None and set(letters) <= skip


def _class_letters(items: list, limit: int = _MAX_CLASS) -> list[str] | None:
    """The letters of a character class, or None if it is negated, uses a category (\\w, \\s)
    or holds more than `limit` letters."""
    letters: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            letters.append(chr(av))
        elif op is _c.RANGE:
            low, high = av
            if high - low >= limit:
                return None
            letters.extend(chr(code) for code in range(low, high + 1))
        else:  # NEGATE, CATEGORY, ...
            return None
        if len(letters) > limit:
            return None
    return letters


class HeadScan:
    """The matches of a list of patterns, found with one scan of the text for the patterns' heads
    rather than one search of the text per pattern: each pattern is tried only where one of its
    heads stands. With `word_start`, only matches that start a word count (not after a letter, a
    digit, _ or -), as `word_matches` gives them; without, the matches are those of `finditer`.
    A pattern without heads is searched as before. `skip` letters (Arabic short vowels) are left
    out of the text a head is compared with. `use_heads=False` searches every pattern whole (the
    yardstick of the tests)."""

    def __init__(self, patterns: list[re.Pattern[str]], *, word_start: bool = True, use_heads: bool = True,
                 skip: str = "") -> None:
        self._patterns = patterns
        self._word_start = word_start
        self._skip = str.maketrans("", "", skip) if skip else None
        self._by_head: dict[str, list[int]] = {}
        self._unheaded: list[int] = []
        for index, pattern in enumerate(patterns):
            found = heads(pattern, skip) if use_heads else None
            if found is None:
                self._unheaded.append(index)
                continue
            for head in found:
                self._by_head.setdefault(head, []).append(index)
        self._lengths = sorted({len(head) for head in self._by_head})
        self._longest = max(self._lengths, default=0)
        before = r"(?<![\w-])" if word_start else ""
        self._candidates = (re.compile(rf"{before}(?={trie_pattern(self._by_head)})") if self._by_head else None)

    def searched_whole(self) -> list[str]:
        """The patterns with no heads, searched through the whole text."""
        return [self._patterns[index].pattern for index in self._unheaded]

    def matches(self, folded: str, only: Collection[int] | None = None) -> list[list[re.Match[str]]]:
        """For each pattern, in order, its matches in `folded` (none for a pattern whose index
        is not in `only`, when given)."""
        found: list[list[re.Match[str]]] = [[] for _ in self._patterns]
        if self._candidates is not None:
            resume = [0] * len(self._patterns)  # where each pattern's own scan has got to
            by_head, patterns = self._by_head, self._patterns
            for candidate in self._candidates.finditer(folded):
                position = candidate.start()
                window = self._window(folded, position)
                for length in self._lengths:
                    for index in by_head.get(window[:length], ()):
                        if position >= resume[index] and (only is None or index in only):
                            match = patterns[index].match(folded, position)
                            if match is not None:
                                found[index].append(match)
                                resume[index] = max(match.end(), position + 1)
        for index in self._unheaded:
            if only is None or index in only:
                pattern = self._patterns[index]
                found[index] = list(word_matches(pattern, folded) if self._word_start else pattern.finditer(folded))
        return found

    def _window(self, folded: str, position: int) -> str:
        """The text at `position`, skip letters left out, at least as long as the longest head
        (or up to the end of the text): "وَقَّعَ" gives "وقع"."""
        if self._skip is None:
            return folded[position:position + self._longest]
        size = 3 * self._longest  # a letter seldom carries more than two vowel marks
        while True:
            window = folded[position:position + size].translate(self._skip)
            if len(window) >= self._longest or position + size >= len(folded):
                return window
            size *= 2


def word_matches(pattern: re.Pattern[str], folded: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` that start a word (not after a letter, digit, _ or -), as a
    `(?<![\\w-])` at its start would give; a rejected match is searched again one character on."""
    position = 0
    while (match := pattern.search(folded, position)) is not None:
        start = match.start()
        if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "_-"):
            position = start + 1
            continue
        yield match
        position = max(match.end(), start + 1)
