"""The literal heads of a regular expression: the strings every match of it starts with.

`heads(pattern)` reads the parsed pattern and lists, up to HEAD_LENGTH characters, the text a
match can begin with: `(?:ont|a) repris` gives {"ont ", "a re"}; `combats?` gives {"comb"}. A
head ends early where the pattern turns into something too wide to spell out (`\\w+`, `.`, a
long class): `(?:a|ont) lance (?:\\w+ )?une` gives {"a la", "ont "}. Look-arounds take no text
and are passed over, so the heads are a necessary condition: a match that does not start with one
of them cannot exist. With no usable head (the pattern may start anywhere, with any letter), the
answer is None, and the caller searches the whole text as before.

The trigger table (extractor.events) uses the heads to try each rule only where one of its heads
stands at the start of a word, found by one scan of the text, instead of searching the text once
per rule.
"""
from __future__ import annotations

import re

try:  # the parser of the standard `re` module: not public, so any surprise means "no heads"
    from re import _constants as _c, _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older or newer Pythons
    _c = _p = None

HEAD_LENGTH = 4
MAX_HEADS = 400  # more than this and the pattern is read with shorter heads
_MAX_CLASS = 8  # a class of more letters than this ends the head: [\u064b-\u0652] (harakat) ends it


class _TooMany(Exception):
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


class _Unknown(Exception):
    pass


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
