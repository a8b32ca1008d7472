"""Faiths' adjectives before a noun, which the small model calls a body or a person ("a Pentecostal church" ORG).

A faith's or a denomination's adjective in front of a common noun ("a Pentecostal church", "a Methodist
congregation", "a Lutheran pastor") names the believers, a people (NORP), as "a Baptist church" does for the model
already. The model, unsure of the rarer ones, calls them a body (ORG) or a person. The adjectives are a closed class
(:data:`toolkit.nlp.lexicon.FAITH_ADJECTIVES`); a body named with one ("the Methodist Church", "Lutheran World
Relief") is a longer entity and is left.

Round entities64: a religion's own name alone ("the name of Islam") is the faith's, which the conventions count
with its believers (NORP), not a body or a place the model calls it ("Islam" ORG, GPE); a religious festival's name
("shopping for Eid") is a day of the calendar, no person: :func:`religions_and_festivals` relabels the one and drops
the other. Both are closed classes (:data:`toolkit.nlp.lexicon.RELIGIONS`, :data:`_FESTIVALS`).

Example:
    >>> [(e.text, e.label_) for e in faith_adjectives(list(doc.ents))]  # "a Pentecostal church"  # doctest: +SKIP
    [('Pentecostal', 'NORP')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import FAITH_ADJECTIVES, RELIGIONS

# The labels the model gives a faith's adjective by mistake.
_MISREAD_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC"})
# The relations by which an adjective or a noun used as one modifies the noun after it.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def faith_adjectives(ents: list[Span]) -> list[Span]:
    """Relabel as a people (NORP) a one-word entity that is a faith's adjective modifying a common noun in lower
    case right after it ("The Avoyelles House of Mercy, a Pentecostal church, …": "Pentecostal" ORG).

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each such adjective labelled NORP.
    """
    out: list[Span] = []
    for ent in ents:
        if len(ent) == 1 and ent.label_ in _MISREAD_LABELS and ent[0].lower_ in FAITH_ADJECTIVES:
            word = ent[0]
            head = word.head
            if (word.dep_ in _MODIFIER_DEPS and head.i == word.i + 1 and head.pos_ == "NOUN" and head.is_lower):
                ent = Span(ent.doc, ent.start, ent.end, label="NORP")
        out.append(ent)
    return out


# The great festivals of the world's religions, one word each as news writes them (a closed class of reference
# works' lists): "Eid" (al-Fitr, al-Adha), "Diwali", "Hanukkah" …
_FESTIVALS = frozenset("""eid diwali deepavali hanukkah chanukah passover pesach ramadan nowruz navruz holi vesak
    purim sukkot navratri""".split())


def religions_and_festivals(ents: list[Span]) -> list[Span]:
    """Relabel as a people (NORP) a religion's name alone that the model calls a body, a person or a place ("the
    name of Islam" ORG), and drop a festival's name it calls one ("shopping for Eid" PERSON).

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        word = ent[0].lower_ if len(ent) == 1 else ""
        if ent.label_ in _MISREAD_LABELS and word in _FESTIVALS:
            continue
        if ent.label_ in _MISREAD_LABELS and word in RELIGIONS:
            ent = Span(ent.doc, ent.start, ent.end, label="NORP")
        out.append(ent)
    return out
