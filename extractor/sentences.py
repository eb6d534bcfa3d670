"""An article's sentences, as spans of its text with their parse, and lookups by sentence."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    span: object | None  # spaCy Span when a parse is available


_TERMINAL = re.compile(r'[.!?…؟\n]["»”\']?\s*$')


def split_sentences(doc, text: str) -> list[Sentence]:
    """The Doc's sentences; a parser's split inside a sentence (no end punctuation before
    it) is undone, so the evidence is the whole sentence."""
    has_parse = doc.has_annotation("DEP")
    if not (doc.has_annotation("SENT_START") or has_parse):
        return [Sentence(0, len(text), None)]
    spans = [s for s in doc.sents]
    sentences: list[Sentence] = []
    pending = None
    for span in spans:
        start = pending[0] if pending else span.start_char
        parts = (pending[1] + [span]) if pending else [span]
        if _TERMINAL.search(text, span.start_char, span.end_char) or span is spans[-1]:
            merged = parts[0] if len(parts) == 1 else (doc[parts[0].start : parts[-1].end] if has_parse else None)
            for piece in _paragraphs(Sentence(start, span.end_char, merged if has_parse else None), doc, text):
                sentences.extend(_at_full_stops(piece, doc, text))
            pending = None
        else:
            pending = (start, parts)
    return sentences


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def _paragraphs(sentence: Sentence, doc, text: str) -> list[Sentence]:
    """A sentence the parser ran across a blank line ("... reprendre le dialogue.\n\nM. Bachagha")
    is cut there: a paragraph always ends a sentence."""
    cuts = [m for m in _PARAGRAPH_BREAK.finditer(text, sentence.start, sentence.end)
            if text[sentence.start : m.start()].strip() and text[m.end() : sentence.end].strip()]
    if not cuts:
        return [sentence]
    return _pieces(sentence, [(m.start(), m.end()) for m in cuts], doc)


# "... sous l'égide des Nations unies. Réuni le soir même à New York, ...": a full stop after a
# lowercase word of three letters or more, then a capital, ends a sentence the parser ran on
# ("M. Bachagha", "U.S. forces", "Gen. Haftar" are not cut); in Arabic, a full stop after a closing
# quote ("... جميعا». كما أعلنت"), which the tokenizer leaves joined to the word
_FULL_STOP = re.compile(r"(?<=[a-zà-öø-ÿ]{3})[.!?][\"»”']?\s+(?=[«\"“]?[A-ZÀ-ÖØ-Þ])"
                        r"|(?<=[\u0621-\u064a][»”\"])[.!؟]\s+(?=\S)")


def _at_full_stops(sentence: Sentence, doc, text: str) -> list[Sentence]:
    cuts = [m for m in _FULL_STOP.finditer(text, sentence.start, sentence.end) if m.end() < sentence.end]
    if not cuts:
        return [sentence]
    return _pieces(sentence, [(m.start() + len(m.group(0).rstrip()), m.end()) for m in cuts], doc)


def _pieces(sentence: Sentence, gaps: list[tuple[int, int]], doc) -> list[Sentence]:
    """The sentence cut around `gaps` (start, end of what lies between two pieces), each piece
    with its span of the parse when the sentence has one."""
    bounds = [sentence.start, *(b for gap in gaps for b in gap), sentence.end]
    return [Sentence(a, b, doc.char_span(a, b, alignment_mode="expand") if sentence.span is not None else None)
            for a, b in zip(bounds[::2], bounds[1::2])]


def same_paragraph(text: str, a: Sentence, b: Sentence) -> bool:
    """Whether no blank line lies between the two sentences (a sentence's span may end with the
    blank line after it: the parser keeps the whitespace that follows a sentence)."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return _PARAGRAPH_BREAK.search(text, first.start, second.start) is None


def within(items: list, starts: list[int], sentence: Sentence) -> list:
    lo = bisect.bisect_left(starts, sentence.start)
    hi = bisect.bisect_left(starts, sentence.end)
    return items[lo:hi]
