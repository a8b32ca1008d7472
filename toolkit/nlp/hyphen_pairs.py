"""Two places or peoples joined by a hyphen as a modifier: "the U.S.-Mexican border", "Syrian-Turkish border".

News joins two countries or their adjectives with a hyphen to say what lies or passes between them ("the
U.S.-Mexican border", "Egypt–Israel peace", "Korean-Canadian family"). The compound is no name of its own, so
:func:`toolkit.nlp.mentions.mentions` drops it ("the Lifestyle-Religion category", "U.S.-China talks"); but
each of its parts names a country or a people the text speaks of, which may be named nowhere else.
:func:`places_in_pair` gives the parts where every one is a known country or state (GPE) or, in a compound the
model calls a people (NORP), a capitalised adjective with a nationality's ending (NORP), and one at least is a
country ("African-American residents" are one people). :func:`is_hyphenated_people` tells such a people: a
continent's adjective joined to the adjective of a nation of settlers ("African-American", "Asian-Canadian"), which
:func:`toolkit.nlp.mentions.mentions` keeps whole (round entities58); :func:`is_pair_of_towns` tells two towns grown
into one, named by both ("in Kitchener-Waterloo, Ontario"), which it keeps as one place (round entities59).

Example:
    >>> places_in_pair(ent)   # "U.S.-Mexican" of "… a wall on the U.S.-Mexican border"  # doctest: +SKIP
    [('U.S.', 40, 44, 'GPE'), ('Mexican', 45, 52, 'NORP')]
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import NATIONALITY_ENDINGS
from toolkit.nlp.surfaces import is_state_or_country

_HYPHENS = re.compile(r"[-–]")
# The endings of English adjectives of nationality ("Mexican", "Syrian", "Turkish", "Chinese"), and "-i" ("Israeli").
_NATIONALITY_ENDINGS = NATIONALITY_ENDINGS + ("i",)


def places_in_pair(span: Span) -> list[tuple[str, int, int, str]]:
    """The parts of a hyphenated modifier (text, start and end character, label) when each names a country, a
    state or a people; an empty list otherwise ("Trump-Ukraine call", "Lifestyle-Religion")."""
    parts: list[tuple[str, int, int, str]] = []
    at = 0
    pieces = _HYPHENS.split(span.text)
    for text in pieces:
        start = span.start_char + at
        at += len(text) + 1
        if is_state_or_country(text):  # ("U.S.-Mexican": a usual short form too)
            parts.append((text, start, start + len(text), "GPE"))
        elif (span.label_ == "NORP" and text.istitle() and text.isalpha()
              and text.endswith(_NATIONALITY_ENDINGS)):
            parts.append((text, start, start + len(text), "NORP"))  # "U.S.-Mexican", "Korean-Canadian"
        else:
            return []
    # Two adjectives alone may be one people ("African-American residents"), so a country must be among them.
    return parts if len(parts) >= 2 and any(label == "GPE" for *_, label in parts) else []


def hyphenated_peoples(ents: list[Span]) -> list[Span]:
    """A one-word people the model ended at a hyphen, before a second people's adjective written onto it, is the
    whole hyphenated people: "referred to him as \"Chinese-American.\"", "a Mexican-American" (one people, of
    origin and citizenship; the model tagged "Chinese" alone).

    Only where the compound stands as a noun: before a noun or an adjective it is a modifier of two peoples
    ("Korean-Canadian families", "the Turkish-Libyan maritime border agreement"), which :func:`places_in_pair`
    reads. The second word is capitalised, untagged, and has a
    nationality's ending ("-an", "-ese", "-ish", "-i").

    Args:
        ents: the entities of one ``Doc``.

    Returns:
        The entities, such a people extended over its hyphen and second word.
    """
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc, end = ent.doc, ent.end
        limit = ents[k + 1].start if k + 1 < len(ents) else len(doc)
        if (ent.label_ == "NORP" and len(ent) == 1 and ent[0].is_title and end + 1 < limit
                and doc[end].text in ("-", "–") and not ent[-1].whitespace_ and not doc[end].whitespace_):
            second = doc[end + 1]
            after = doc[end + 2] if end + 2 < len(doc) else None
            if (second.is_title and second.is_alpha and second.text.endswith(_NATIONALITY_ENDINGS)
                    and second.dep_ not in ("amod", "compound", "nmod")
                    and not (after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ"))):
                ent = Span(doc, ent.start, end + 2, label="NORP")
        out.append(ent)
    return out


# The adjectives of continents and world regions that open a hyphenated people of a nation of settlers
# ("African-American", "Asian-American", "Arab-American", "Afro-Caribbean"), a closed class.
_ORIGIN_ADJECTIVES = frozenset({"african", "afro", "asian", "european", "arab", "caribbean", "latin", "hispanic"})
# The adjectives of the nations whose peoples English names by their origin and a hyphen, a closed class.
_SETTLER_NATIONS = frozenset({"american", "canadian", "australian", "british", "caribbean"})


def is_hyphenated_people(text: str) -> bool:
    """Whether a hyphenated compound names one people: a continent's or a world region's adjective and the
    adjective of a nation of settlers ("African-American", "Asian-Canadian"); two nations' adjectives name a
    relation between two peoples ("Chinese-American trade", "the Syrian-Turkish border") and are left."""
    parts = _HYPHENS.split(text)
    return (len(parts) == 2 and parts[0].lower() in _ORIGIN_ADJECTIVES and parts[1].lower() in _SETTLER_NATIONS
            and parts[0][:1].isupper() and parts[1][:1].isupper())


def is_pair_of_towns(text: str) -> bool:
    """Whether a hyphenated name joins two known towns, neither a country nor a state: news names towns grown into
    one by both ("in Kitchener-Waterloo, Ontario", "Champaign-Urbana"), one place; a state or a country in it makes
    a relation ("U.S.-Mexico"), and a firm's name of two surnames ("Hewlett-Packard") names no known town."""
    parts = _HYPHENS.split(text)
    return (len(parts) == 2 and all(p[:1].isupper() and p.isalpha() for p in parts)
            and all(is_known_place(p, cities=True) and not is_state_or_country(p) for p in parts))


# The nouns of a nation of settlers that a people of origin is written before, spaced, as one people of origin and
# citizenship ("the first South Asian American", "Asian American voters", "Chinese Americans").
_SPACED_SETTLER_NOUNS = frozenset({"American", "Americans", "Canadian", "Canadians"})


def peoples_before_settler_nations(ents: list[Span]) -> list[Span]:
    """A people the model ended right before a spaced "American" or "Canadian" (or their plurals) is the people of
    both, one people of origin and citizenship, as the hyphenated form is (:func:`hyphenated_peoples`): "becoming
    the first African American and first South Asian American to fill the role" (round ent38; the model tagged
    "South Asian" alone). The second word is untagged or a people of its own, and no capitalised word follows it
    ("the Chinese American Citizens Alliance" is a body's name, left to its rules).

    Args:
        ents: the entities of one ``Doc``, in order.

    Returns:
        The entities, such a people extended over the second word (and a people of that word alone dropped).
    """
    out: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        if ent.start == skip:
            continue
        doc, end = ent.doc, ent.end
        if (ent.label_ == "NORP" and end < len(doc) and doc[end].text in _SPACED_SETTLER_NOUNS and ent[-1].whitespace_
                and ent[0].is_title and ent[-1].text not in _SPACED_SETTLER_NOUNS
                and not (end + 1 < len(doc) and doc[end + 1].is_title)):
            after = ents[k + 1] if k + 1 < len(ents) else None
            if after is not None and after.start == end:
                if not (after.label_ == "NORP" and len(after) == 1):
                    out.append(ent)
                    continue
                skip = end
            elif doc[end].ent_type_ and doc[end].ent_type_ != "NORP":
                out.append(ent)
                continue
            ent = Span(doc, ent.start, end + 1, label="NORP")
        out.append(ent)
    return out
