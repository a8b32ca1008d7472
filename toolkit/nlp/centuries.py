"""Centuries written with a capital, which the small model reads as names ("21st Century Australia").

English writes a century by its ordinal and "century", and news capitalises it often ("the 21st Century",
"21st Century threats"); the model then takes it for a body's name, alone or run together with the place it
qualifies ("However, 21st Century Australia is much more culturally diverse", ORG). A century is a time, no
name: a person's, a body's or a place's name that is an ordinal and "Century" (or "Millennium") alone is no
entity, and one that goes on with a place the gazetteer knows is that place. A name that goes on otherwise is
a name that holds a century ("the Strengthening Career and Technical Education for the 21st Century Act",
"21st Century Fox") and is left.

Example:
    >>> [(e.text, e.label_) for e in repair_entities(nlp("However, 21st Century Australia is diverse.")).ents]  # doctest: +SKIP
    [('Australia', 'GPE')]
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.surfaces import is_state_or_country

_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                      r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                      r"nineteenth|twentieth|twenty-first)$", re.IGNORECASE)
_PERIODS = frozenset({"century", "millennium"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "EVENT"})


def centuries_off_names(ents: list[Span]) -> list[Span]:
    """Drop a century taken for a name, or cut it off the known place it opens."""
    out: list[Span] = []
    for ent in ents:
        words = [t for t in ent if t.lower_ != "the"] if ent.label_ in _NAME_LABELS else []
        if len(words) >= 2 and _ORDINAL.match(words[0].text) \
                and words[1].lower_ in _PERIODS and words[1].is_title:
            rest = ent.doc[words[1].i + 1 : ent.end]
            if not len(rest):
                continue  # "the 21st Century": a time
            if is_state_or_country(rest.text) or is_known_place(rest.text, cities=True):
                ent = Span(ent.doc, rest.start, rest.end, label="GPE")  # "21st Century Australia"
        out.append(ent)
    return out
