"""A nation's adjective run into the acronym of a body it qualifies: "Belarusian KGB arrested 33 Russian individuals".

News names a country's agency by the country's adjective before the agency's acronym ("Belarusian KGB", "the
Russian FSB", "the Iranian IRGC"): the adjective says whose body it is, as in "the Russian army", and no acronym's
letters spell it. The small model runs the two into one entity, which it calls a people (NORP) or a body (ORG), so
that the body is never named by its acronym (the name the text gives it) and the people never counted. An entity of
exactly two words, a nation's adjective (:func:`toolkit.nlp.gazetteer.people_adjective`) and an acronym of capitals
heading the phrase (no noun after it: "Chinese GDP growth" is left), is split in two: the adjective a people
(NORP), the acronym a body (ORG). Acronyms of measures ("Chinese GDP") are left, as is an acronym before a noun,
which may be a common noun's modifier. So too a nation's adjective run into a capitalised "State" that qualifies a
lower-case noun ("Zimbabwean State institutions", round ent42): the adjective alone is kept, a people.

Example:
    >>> [(e.text, e.label_) for e in peoples_off_acronyms(list(nlp("Belarusian KGB arrested them.").ents))]  # doctest: +SKIP
    [('Belarusian', 'NORP'), ('KGB', 'ORG')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import people_adjective
from toolkit.nlp.initials import is_acronym

# Acronyms of measures and quantities, which a nation's adjective qualifies as it does any common noun ("Chinese
# GDP", "the British GCSE results"): no body (a closed class of economics and schooling).
_COMMON_ACRONYMS = frozenset({"GDP", "GNP", "GNI", "CPI", "PMI", "VAT", "GCSE", "GCSEs", "IQ", "DNA", "ID"})


def peoples_off_acronyms(ents: list[Span]) -> list[Span]:
    """Split a nation's adjective off the acronym of a body it runs into ("Belarusian KGB" → "Belarusian" NORP,
    "KGB" ORG).

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each such entity made two.
    """
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in ("NORP", "ORG", "GPE") or not 2 <= len(ent) <= 3:
            out.append(ent)  # (no people's adjective and acronym or "State": passed by before its words are read)
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start  # "The Russian FSB said": the article goes
        if _adjective_and_acronym(ent.doc[start : ent.end], ent.label_):
            out.append(Span(ent.doc, start, start + 1, label="NORP"))
            out.append(Span(ent.doc, start + 1, ent.end, label="ORG"))
        elif _adjective_and_state(ent.doc[start : ent.end], ent.label_):
            out.append(Span(ent.doc, start, start + 1, label="NORP"))
        else:
            out.append(ent)
    return out


def _adjective_and_acronym(ent: Span, label: str) -> bool:
    """Whether an entity the model calls a people or a body is a nation's adjective and an acronym heading it."""
    if label not in ("NORP", "ORG") or len(ent) != 2:
        return False
    adjective, acronym = ent[0], ent[1]
    if not (adjective.is_title and adjective.is_alpha and is_acronym(acronym.text)) or acronym.text in _COMMON_ACRONYMS:
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN"):
        return False  # "Chinese GDP growth", "the Russian FSB headquarters": the acronym modifies a noun
    return people_adjective(adjective.text)


def _adjective_and_state(ent: Span, label: str) -> bool:
    """Whether an entity is a nation's adjective and a capitalised "State" that qualifies a lower-case noun after
    it ("the building of Zimbabwean State institutions", "Chinese State media reported", round ent42): the state
    written with a capital, as a modifier, is the nation's state in general, no body's name, and the adjective
    names the people (NORP). Not "the Russian State Duma" (a name goes on), nor "Islamic State fighters" (no
    nation's adjective: the body's own name)."""
    if len(ent) != 2 or ent[1].text != "State" or label not in ("NORP", "ORG", "GPE"):
        return False
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return (after is not None and after.pos_ == "NOUN" and after.is_lower and after.head.i != ent[1].i
            and ent[0].is_title and people_adjective(ent[0].text))
