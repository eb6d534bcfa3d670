"""Trigger words and phrases -> ACLED event types, from extractor/data/triggers.csv.

Each row: `lang` (fr, en, ar), `kind` (trigger, suppress, demand or undo), `pattern` (a regular expression
on the folded text, see extractor.text.fold), `event_type`, `sub_event_type`.

A trigger is an event mention unless a suppress cue (fear, possibility, future, condition,
negation: "redoutant", "craindre", "la possibilité", "threatened to", "could", "may",
"pourrait", "قد") stands before it in the same sentence, no more than SUPPRESS_WINDOW
characters away: "redoutant des conséquences pour les civils menacés par la violence des
affrontements" gives no clash, while "a exprimé sa préoccupation quant à la possibilité d'une
crise" is still the statement (the cue comes after the trigger). A cue that follows the
trigger at once ("fighting could resume", "les combats pourraient reprendre") cancels it too.
A `demand` cue ("demanding", "pour réclamer", "مطالبين") cancels only the triggers after it: what
protesters ask for ("the army's control of the city") did not happen, but the protest it follows
did. An `undo` cue cancels only the trigger just before it (no more than UNDO_WINDOW characters
away) or holding it: shots "fired into the air", "أطلقوا النار في الهواء" hit no one; towns that
"have clashed repeatedly in recent years" tell of no one clash.
"""
from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from events.model import EVENT_TYPES
from extractor.errors import ExtractorError
from extractor.heads import HeadScan
from extractor.text import HARAKAT, HARAKAT_LETTERS, fold, tolerate_harakat

TRIGGERS_PATH = Path(__file__).resolve().parent / "data" / "triggers.csv"
ARABIC_SUFFIXES = "ها|هم|هما|هن|ه"
_AR_CUE_PREFIX = "(?:[وف](?=[\u0621-\u064a]))?"  # "وتخشى": and fears
# (and a new clause a witness reports: "demanding that the brigades be disbanded, and that the
# brigade's men opened fire", "مطالبين بحل الكتائب المسلحة، وإن عناصر الكتيبة أطلقوا النار")
# (and a second voice's clause: "les notables ont averti que ... pourrait ..., tandis que l'ONU a appelé")
_CONTRAST = re.compile(r"\b(?:but|mais|however|cependant|toutefois|yet|while|whereas|tandis que|tandis qu'|alors que|alors qu')\b"
                       r"|(?<!\w)[و]?(?:لكن|لكنه|لكنها|لكنهم|غير ان|الا ان|في حين|فيما|بينما)(?!\w)"
                       r"|[,،]\s*(?:and that|et que|وان|وانه|وانها|وانهم)(?!\w)")
# a second verb of the same subject just before the trigger, or the trigger itself: "said its
# diplomats would stay, and urged", "a indiqué que l'ambassade pourrait fermer, et a appelé"
_AND_THEN = re.compile(r"[,،]\s*(?:and\s+|et\s+(?:a\s+|ont\s+)?)$")
_PAST_AFTER_AND = re.compile(r"[a-z]+ed\b")
_PAST_AFTER_ET = re.compile(r"(?:a|ont) [a-z]")


def _new_verb(folded: str, cue_end: int, trigger_start: int) -> bool:
    """The trigger is (or just follows) a second verb of the sentence's subject: ", and urged",
    ", et a appelé"."""
    joined = _AND_THEN.search(folded, cue_end, trigger_start)
    if joined is None:
        return False
    if joined.group().rstrip().endswith(("et a", "et ont")):
        return True
    after = _PAST_AFTER_AND if "and" in joined.group() else _PAST_AFTER_ET
    return after.match(folded, trigger_start) is not None


SUPPRESS_WINDOW = 90  # characters between a cue and the trigger it cancels
FOLLOW_WINDOW = 2  # a cue right after the trigger cancels it too: "fighting could resume"
UNDO_WINDOW = 30  # characters between a trigger and the undo cue after it: "ont tiré des coups de feu en l'air"
LANGUAGES = ("fr", "en", "ar")
_CUE_KINDS = ("suppress", "demand", "undo")  # in the order TriggerTable takes them
# what each kind of cue cancels besides the trigger it holds: (the triggers after it, the trigger
# just before it within how many characters: -1 none)
_CUE_REACH = ((True, FOLLOW_WINDOW), (True, -1), (False, UNDO_WINDOW))
_ARABIC_IN_A_CLASS = re.compile(r"(?<!\\)\[[^\]]*[\u0621-\u064a]")  # a character class that holds an Arabic letter
_NEVER = re.compile(r"(?!)")  # the cue pattern of a language that has none of a kind
# where two triggers of a sentence compete, the more specific type is kept first
_TYPE_RANK = {
    "Violence against civilians": 0,
    "Explosions/Remote violence": 1,
    "Battles": 2,
    "Protests": 3,
    "Riots": 3,
    "Strategic developments": 4,
}


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


class TriggersFormatError(ExtractorError, ValueError):
    """The triggers file has a bad row."""


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    event_type: str
    sub_event_type: str

    @property
    def rank(self) -> float:
        if self.sub_event_type in _TERRITORY:  # a town taken matters more than the shelling
            return 0.5
        if self.sub_event_type == "Excessive force against protesters":
            return 1.5  # "opened fire to disperse a march": force used on protesters, not a battle
        return _TYPE_RANK[self.event_type]


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    event_type: str
    sub_event_type: str


class TriggerTable:
    def __init__(self, rules: dict[str, list[_Rule]], cues: dict[str, list[re.Pattern[str] | None]], *,
                 use_heads: bool = True) -> None:
        """`cues`: language -> [its suppress, demand and undo cues] (each None when none)."""
        self._rules = rules
        self._scans = {lang: HeadScan([rule.pattern for rule in lang_rules], use_heads=use_heads,
                                       skip=HARAKAT_LETTERS if lang == "ar" else "")
                       for lang, lang_rules in rules.items()}
        self._cue_scans = {lang: HeadScan([cue or _NEVER for cue in lang_cues], use_heads=use_heads,
                                          skip=HARAKAT_LETTERS if lang == "ar" else "")
                           for lang, lang_cues in cues.items()}

    def searched_whole(self) -> dict[str, list[str]]:
        """language -> the patterns (rules and suppress cues) with no heads, searched through the
        whole text (slow): a rule that may start with any letter (`\\w+ing`) lands here."""
        return {lang: scan.searched_whole() + (self._cue_scans[lang].searched_whole() if lang in self._cue_scans else [])
                for lang, scan in self._scans.items()}

    def find_triggers(self, text: str, folded: str, *, language: str) -> list[Trigger]:
        """Triggers of a text (or a sentence) in text order, suppressed ones left out."""
        return self.find_in_spans(text, folded, [(0, len(folded))], language=language)[0]

    def find_in_spans(self, text: str, folded: str, spans: list[tuple[int, int]], *,
                      language: str) -> list[list[Trigger]]:
        """The triggers of each span (a sentence) of a text, with offsets from the span's
        start; the text is scanned once for all the rules, not once per rule and sentence."""
        lang = language if self._rules.get(language) else "en"
        rules = self._rules.get(lang, [])
        starts = [start for start, _ in spans]
        found: list[list[Trigger]] = [[] for _ in spans]
        for rule, matches in zip(rules, self._scans[lang].matches(folded) if rules else ()):
            for match in matches:
                start, end = match.span()
                index = bisect.bisect_right(starts, start) - 1
                if index >= 0 and end <= spans[index][1]:
                    offset = spans[index][0]
                    found[index].append(Trigger(start - offset, end - offset, text[start:end],
                                                rule.event_type, rule.sub_event_type))
        cue_scan = self._cue_scans.get(language)
        cues: list[list[tuple[int, int, bool, int]]] = [[] for _ in spans]
        if cue_scan is not None:
            for kind, matches in enumerate(cue_scan.matches(folded)):
                for match in matches:
                    start, end = match.span()
                    index = bisect.bisect_right(starts, start) - 1
                    if index >= 0 and end <= spans[index][1]:
                        offset = spans[index][0]
                        cues[index].append((start - offset, end - offset, *_CUE_REACH[kind]))
        return [_kept(triggers, span_cues, folded[start:end])
                for triggers, span_cues, (start, end) in zip(found, cues, spans)]


def _kept(found: list[Trigger], cues: list[tuple[int, int, bool, int]], folded: str) -> list[Trigger]:
    """Longest trigger first where two overlap; those a cue cancels left out (not across "but":
    "le droit de manifester doit être respecté, mais elle a condamné ..."). `cues`: (start, end,
    and what the cue's kind reaches: see _CUE_REACH)."""
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for trigger in found:
        if kept and trigger.start < kept[-1].end:
            continue
        kept.append(trigger)
    if not cues or not kept:
        return kept
    return [
        t for t in kept
        if not any(forward and 0 <= t.start - end <= SUPPRESS_WINDOW and not _CONTRAST.search(folded, end, t.start)
                   and not _new_verb(folded, end, t.start)
                   or 0 <= start - t.end <= back
                   or (start < t.end and t.start < end)  # "called for more": the cue holds the trigger
                   for start, end, forward, back in cues)
    ]


def load_triggers(path: str | Path = TRIGGERS_PATH, *, use_heads: bool = True) -> TriggerTable:
    """The trigger table of a triggers file. `use_heads=False` searches the text once per rule
    instead of trying each rule where its heads start a word: same triggers, slower (the
    yardstick of the faster way in the tests)."""
    path = Path(path)
    rules: dict[str, list[_Rule]] = {}
    cue_parts: dict[str, dict[str, list[str]]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            lang, kind, pattern = row.get("lang", ""), row.get("kind", ""), row.get("pattern", "")
            if lang not in LANGUAGES:
                raise TriggersFormatError(f"{path}:{line}: unknown language {lang!r}")
            if lang == "ar":  # the text is folded (hamza seats, taa marbuta): so must the pattern be
                pattern = "".join(fold(char) if "\u0600" <= char <= "\u06ff" else char for char in pattern)
            try:
                re.compile(pattern)
            except re.error as error:
                raise TriggersFormatError(f"{path}:{line}: bad pattern {pattern!r}: {error}") from error
            if lang == "ar" and kind == "trigger" and _ARABIC_IN_A_CLASS.search(pattern):
                # ("[لو]" would become "[ل[harakat]*و[harakat]*]" once vowel marks are tolerated, and
                # silently match nothing it should)
                raise TriggersFormatError(f"{path}:{line}: bad pattern {pattern!r}: Arabic letters in a character "
                                          f"class break with their optional vowel marks; write (?:ل|و)")
            if None in row or (kind in _CUE_KINDS and (row.get("event_type") or row.get("sub_event_type"))):
                # a comma in an unquoted pattern ("ne .{1,30} pas") splits it into columns
                raise TriggersFormatError(
                    f"{path}:{line}: too many columns for pattern {pattern!r}: quote a pattern that holds a comma")
            if any(alternative.endswith(" ") for alternative in _alternatives(pattern)):
                # ("gunmen killed (?:two|three) ": the word after it makes "(?![\w-])" fail, so the
                # rule never matched, and nothing said so)
                raise TriggersFormatError(f"{path}:{line}: bad pattern {pattern!r}: an alternative ends with a "
                                          f"space and can never end a word; look ahead for what follows instead")
            if kind in _CUE_KINDS:
                cue_parts.setdefault(lang, {}).setdefault(kind, []).append(pattern)
                continue
            if kind != "trigger":
                raise TriggersFormatError(f"{path}:{line}: unknown kind {kind!r}")
            event_type, sub_type = row.get("event_type", ""), row.get("sub_event_type", "")
            if sub_type not in EVENT_TYPES.get(event_type, ()):
                raise TriggersFormatError(f"{path}:{line}: unknown type {event_type!r}/{sub_type!r}")
            # Arabic attaches pronouns to the word: "غاراتها" (its strikes), "خطفه" (his abduction)
            # Latin-script patterns leave the check of the word start to the scan (extractor.heads), so the
            # regular expression engine can skip ahead to the possible first letters (twice as fast)
            try:
                bounded = re.compile(rf"(?<!\w)(?:(?<![{HARAKAT}])[وبلف](?=[\u0621-\u064a]))?(?:{tolerate_harakat(pattern)})"
                                     rf"(?:{ARABIC_SUFFIXES})?(?![\w-])" if lang == "ar"
                                     else rf"(?:{pattern})(?![\w-])")
            except re.error as error:  # (Arabic letters take optional vowel marks: no look-behind over them)
                raise TriggersFormatError(f"{path}:{line}: bad pattern {pattern!r}: {error}") from error
            rules.setdefault(lang, []).append(_Rule(bounded, event_type, sub_type))
    cues = {lang: [_cue_pattern(lang, kinds.get(kind, [])) for kind in _CUE_KINDS] for lang, kinds in cue_parts.items()}
    return TriggerTable(rules, cues, use_heads=use_heads)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression ("a|b(?:c|d)" -> "a", "b(?:c|d)")."""
    alternatives, current, depth, in_class, index = [], [], 0, False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            current.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append("".join(current))
            current = []
            index += 1
            continue
        current.append(char)
        index += 1
    alternatives.append("".join(current))
    return alternatives


def _cue_pattern(lang: str, parts: list[str]) -> re.Pattern[str] | None:
    if not parts:
        return None
    return re.compile(rf"(?<![\w-]){_AR_CUE_PREFIX}(?:{'|'.join(parts)})(?![\w-])" if lang == "ar"
                      else rf"(?:{'|'.join(parts)})(?![\w-])")


@cache
def default_triggers() -> TriggerTable:
    return load_triggers()
