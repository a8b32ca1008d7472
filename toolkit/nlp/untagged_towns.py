"""Towns the small model left untagged after a preposition of place ("the train from Mysore to …").

The model knows the towns of the news it learnt from and often passes over a smaller or a foreign town
written alone ("ran the Tippu Express from Mysore to Bangalore", "maybe at Arsikere or some place", "goes up
to Mangalore"), while it tags the same word beside a known name. A capitalised proper noun standing alone
(no capitalised name word touching it, no colon after it, as after the first word of a work's title,
"in Batman: The Animated Series", and no word of a person's name in the document) as the object of a preposition of place, that
the gazetteer knows as a town (a city of 15,000 people or more, or another spelling of a city of 100,000 or
more), is that town: nobody is "from", "at" or "near" a word the gazetteer lists as a town unless it is one,
unless the gazetteer's towns of that name all lie in other countries than every place the text names ("in
Whitehall" in a story of London is the street, not the town in Ohio).

Example:
    >>> [e.text for e in repair_entities(nlp("The crew ran the train from Mysore to Bangalore.")).ents]  # doctest: +SKIP
    ['Mysore', 'Bangalore']
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import city_alternates, countries_of_place, known_cities, known_places_plain
from toolkit.nlp.lexicon import NOT_NAME_WORDS
from toolkit.nlp.lookups import among, entities, indices_where, token_column
from toolkit.nlp.place_lists import named_by_plural_of_places

# Prepositions of place and of motion whose object, a town's name, the model passes over.
_PREPOSITIONS = frozenset({"from", "to", "at", "in", "near", "towards", "toward", "outside"})
_PROPER_NOUN, _CONJUNCT = frozenset({"PROPN"}), frozenset({"conj"})


def _known_town(word: str) -> bool:
    return word in known_cities() or word in city_alternates() or word in known_places_plain()


def towns_after_prepositions(doc: Doc, taken: set[int]) -> list[Span]:
    """One-word towns of the gazetteer that the model left untagged after a preposition of place."""
    found: list[Span] = []
    # Words of the names the model calls people here: "reached out to Walker" is the person of "Angela
    # Walker", though a Michigan town bears the name.
    people = {t.text for e in entities(doc) if e.label_ == "PERSON" for t in e}
    # (only a proper noun right after one of the prepositions can be one: found in the Doc's arrays)
    after_preposition = np.flatnonzero(among(token_column(doc, LOWER), _PREPOSITIONS)[:-1]
                                       & among(token_column(doc, POS), _PROPER_NOUN)[1:]) + 1
    named_countries: frozenset[str] | None = None  # the text's countries, found at the first town
    for token in (doc[i] for i in after_preposition.tolist()):
        if (token.pos_ != "PROPN" or token.ent_type_ or token.i in taken or not token.is_title
                or not token.is_alpha or len(token) < 3 or token.i == 0 or token.is_sent_start):
            continue
        before = doc[token.i - 1]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (before.lower_ not in _PREPOSITIONS or token.dep_ != "pobj" or token.head.i != before.i
                or (after is not None and (after.is_title and after.pos_ == "PROPN" or after.text == ":"))
                or token.lower_ in NOT_NAME_WORDS or token.text in people or not _known_town(token.text)):
            continue
        if token.i >= 2 and doc[token.i - 2].lower_ == "according":
            continue  # "according to …": a source, a person or a medium
        if named_countries is None:
            named_countries = _countries_named(doc)
        if named_countries and not countries_of_place(token.text) & named_countries:
            continue  # "in Whitehall" in a story of London: the street of government, not a town of Ohio
        found.append(Span(doc, token.i, token.i + 1, label="GPE"))
    return found


# Lower-case nouns of a territory named after its main town ("the Donetsk region", "the Kharkiv oblast"), and their
# plurals after a list of such names ("the Donetsk and Luhansk regions").
_TERRITORY_NOUNS = frozenset({"region", "oblast", "province", "governorate", "district", "area", "prefecture"})
_TERRITORY_PLURALS = frozenset({"regions", "oblasts", "provinces", "governorates", "districts", "areas", "prefectures"})


def names_before_territory_plural(doc: Doc, i: int) -> list[int]:
    """The one-word names of a list between "the" and the plural territory noun at ``i`` ("the Donetsk and
    Luhansk regions", "the Zaporizhzhia, Kherson and Donetsk oblasts"), each a territory's name; empty when the
    words before the noun are no such list (one name alone before a plural is a people's or a body's: "the
    Kurdish areas", "the Trump areas").

    Args:
        doc: a parsed document.
        i: the index of a token.
    """
    if doc[i].lower_ not in _TERRITORY_PLURALS or not doc[i].is_lower:
        return []
    names, j = [], i - 1
    while j >= 1:
        word = doc[j]
        if not (word.is_title and word.is_alpha and word.pos_ == "PROPN"):
            return []
        names.append(j)
        separator = doc[j - 1]
        if separator.lower_ == "the" and len(names) >= 2:
            return sorted(names)
        if separator.lower_ in ("and", ",") and j >= 2:
            j -= 2 if separator.lower_ == "," or doc[j - 2].text != "," else 3  # "A, B, and C regions"
            continue
        return []
    return []


def towns_before_territory_nouns(doc: Doc, taken: set[int]) -> list[Span]:
    """One-word towns of the gazetteer that the model left untagged between "the" and a territory's noun ("heavy
    fighting … in the Donetsk region", or a list of them before its plural: "the Donetsk and Luhansk regions"): the
    territory is named after the town, a place either way."""
    found: list[Span] = []
    for i in np.flatnonzero(among(token_column(doc, LOWER), _TERRITORY_PLURALS)).tolist():
        found.extend(Span(doc, j, j + 1, label="GPE") for j in names_before_territory_plural(doc, i)
                     if not doc[j].ent_type_ and j not in taken and _known_town(doc[j].text))
    for i in np.flatnonzero(among(token_column(doc, LOWER), _TERRITORY_NOUNS)).tolist():
        if i < 2:
            continue
        token, before = doc[i - 1], doc[i - 2]
        if (token.ent_type_ or token.i in taken or token.pos_ != "PROPN" or not token.is_title or not token.is_alpha
                or before.lower_ != "the" or not doc[i].is_lower or not _known_town(token.text)):
            continue
        found.append(Span(doc, token.i, token.i + 1, label="GPE"))
    return found


def _countries_named(doc: Doc) -> frozenset[str]:
    """The countries of the places the model found in the text. A story names the places it happens in, so
    a word the gazetteer knows only as a town of other countries than all of those is some other thing there
    (a street, a building, a firm); empty when the text names no place the gazetteer knows."""
    named: set[str] = set()
    for ent in entities(doc):
        if ent.label_ == "GPE":
            named |= countries_of_place(ent.text)
    return frozenset(named)


def places_in_lists_of_places(doc: Doc, taken: set[int]) -> list[Span]:
    """One-word names the model left untagged in a list that a plural noun of places names ("two
    surrounding residential areas, Docklands and Southbank"): a list's fellow of places is a place, as the
    vote reads a member the model mislabelled (:func:`~toolkit.nlp.place_lists.named_by_plural_of_places`)."""
    found: list[Span] = []
    for token in (doc[i] for i in indices_where(doc, pos=_PROPER_NOUN, dep=_CONJUNCT)):
        if (token.pos_ != "PROPN" or token.ent_type_ or token.i in taken or not token.is_title
                or not token.is_alpha or token.dep_ != "conj" or token.lower_ in NOT_NAME_WORDS):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (before is not None and before.is_title and before.pos_ == "PROPN"
                or after is not None and after.is_title and after.pos_ == "PROPN"):
            continue  # one word only: a longer run may be a person's or a body's name
        span = Span(doc, token.i, token.i + 1, label="GPE")
        if named_by_plural_of_places(span):
            found.append(span)
            first = _first_of_list(token)
            if (first is not None and first.i not in taken and all(f.start != first.i for f in found)
                    and first.lower_ not in NOT_NAME_WORDS):
                found.append(Span(doc, first.i, first.i + 1, label="GPE"))
    return sorted(found, key=lambda s: s.start)


def _first_of_list(token):
    """The list's first member before its conjuncts, when it is one untagged capitalised word in front of the
    plural noun ("Salta" of "from Misiones, Salta and Neuquén provinces"), else None."""
    first, steps = token, 0
    while first.dep_ == "conj" and steps < 12:
        first, steps = first.head, steps + 1
    doc = first.doc
    if (first.dep_ not in ("nmod", "compound") or first.ent_type_ or first.pos_ != "PROPN" or not first.is_title
            or not first.is_alpha or first.i == 0):
        return None
    before, after = doc[first.i - 1], doc[first.i + 1]
    if before.is_title and before.pos_ == "PROPN" or after.is_title and after.pos_ == "PROPN":
        return None
    return first
