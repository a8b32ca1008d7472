"""Lists that a plural noun of places names: "the towns damaged were primarily Carrascal, Cantilan,
Madrid, Carmen, Lanuza, and Cortes".

A list that is what "the towns", "the villages" or "the provinces" are (after the copula, in
apposition, or after "including") is a list of places, whatever the model guessed for a member it
did not know (here a person and a body).

Example:
    >>> named_by_plural_of_places(doc[16:17])   # "… were primarily Carrascal, …, Lanuza, and Cortes"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import KIND_NOUNS, ORG_HEADS, ORG_WORDS

_BODY_WORDS = ORG_HEADS | ORG_WORDS
from toolkit.nlp.subdivisions import common_word, country_of_subdivision, local_alias


def named_by_plural_of_places(span: Span) -> bool:
    """Whether a name is a member of a list that a plural noun of places names (towns, villages, cities…)."""
    first, steps = span.root, 0
    while first.dep_ == "conj" and steps < 12:
        if _plural_of_places(first.head) and first.i == first.head.i + 2 and first.nbor(-1).text in (",", ":"):
            return True  # "two surrounding residential areas, Docklands and Southbank": the parser took the
            # list in apposition for the noun's fellows in a conjunction
        first, steps = first.head, steps + 1
    noun = None
    if first.dep_ in ("attr", "acomp") and first.head.lemma_ == "be":  # (an unknown name may be tagged an adjective)
        noun = next((c for c in first.head.children if c.dep_ == "nsubj"), None)  # "the towns … were X, Y and Z"
    elif first.dep_ == "appos" or first.dep_ == "pobj" and first.head.lower_ == "including":
        noun = first.head if first.dep_ == "appos" else first.head.head  # "three towns, X, Y and Z"
    elif first.dep_ == "pobj" and first.head.lower_ == "as" and first.head.i > 0 and first.head.nbor(-1).lower_ == "such":
        noun = first.head.head  # "in states such as Guerrero, Michoacán and Sinaloa" (round wire35f)
        if noun.lower_ in _VISITED_PLURALS and noun.is_lower and len(span) == 1:
            return True  # "popular tourist attractions, such as Boracay and Coron" (round ent36c): a one-word name
            # among the places travellers go to is a place (a built one has its head word: "the Louvre Museum")
    elif (first.dep_ in ("nmod", "compound") and first.pos_ == "PROPN" and any(c.dep_ == "conj" for c in first.children)
          and KIND_NOUNS.get(first.head.lemma_.lower()) == "GPE"):
        noun = first.head  # "from Misiones, Salta and Neuquén provinces": the list names the plural before it (a
        # territory's only: "the Karish and Tanin fields" are gas fields, no towns)
    return noun is not None and _plural_of_places(noun)


# Plural nouns of the places travellers go to: the one-word names listed "such as" after them are places.
_VISITED_PLURALS = frozenset({"destinations", "attractions"})


def _plural_of_places(noun) -> bool:
    """Whether a token is a plural noun of places in lower case ("towns", "villages", "areas")."""
    return noun.tag_ == "NNS" and noun.is_lower and (KIND_NOUNS.get(noun.lemma_.lower()) in ("GPE", "LOC")
                                                     or noun.lower_ == "states")  # (a country's states: "state" alone
    # is no kind noun of places, "the state of the economy")


# What is visited or toured is a place or a person; with only places for fellows in its list, a place.
_VISIT_VERBS = frozenset({"visit", "tour"})


def heads_list_of_places(span: Span) -> bool:
    """Whether a one-word name the model calls a person (or a known town it calls a body: "between Edmonton and
    Vancouver") opens a list of places that something is in or someone visits ("visited Kamchatka and Sakhalin in
    September", Sakhalin a place): its fellows make it a place.

    Args:
        span: an entity span.

    Returns:
        True when every other member of the list is a place the model tagged (GPE or LOC) and the list is the
        object of "visit" or "tour", or of a place preposition; not for "visited Putin and his wife", nor "met
        Putin and Lavrov".
    """
    root = span.root
    if len(span) != 1 or root.dep_ not in ("dobj", "pobj") or not (
            span.label_ == "PERSON" or span.label_ == "ORG" and is_known_place(span.text, cities=True)):
        return False  # (a known town the model called a body: "between Edmonton and Vancouver", round wire35e)
    head = root.head
    if not (root.dep_ == "dobj" and head.lemma_ in _VISIT_VERBS or root.dep_ == "pobj" and head.lower_ in (
            "in", "to", "from", "near", "across", "throughout", "towards", "toward", "between", "into")):
        # ("travelling … towards Waikino or Paeroa", "between Coopernook and Moorland": the way to places)
        return False
    fellows, token, steps = [], root, 0
    while steps < 12:
        following = next((c for c in token.children if c.dep_ == "conj"), None)
        if following is None:
            break
        fellows.append(following)
        token, steps = following, steps + 1
    return bool(fellows) and all(f.ent_type_ in ("GPE", "LOC") and f.pos_ == "PROPN" for f in fellows)


def listed_with_its_country_states(span: Span) -> bool:
    """Whether a name that is a state's or a province's (ISO 3166-2) stands in a list with another of the same
    country ("where Sinaloa, Durango and Chihuahua meet"; "Borno, Yobe, Jigawa, Kogi and Benue states", round
    wire36a): two subdivisions of one country named together are places, whatever the model called one ("Durango"
    a body, "Jigawa" a person). A common word ("Delta", "Central") or a local spelling ("Bayern") counts for neither.

    Args:
        span: an entity span.
    """
    country = _state_country(span.text)
    root = span.root
    if country is None or root.dep_ != "conj" and not any(c.dep_ == "conj" for c in root.children):
        return False
    first, steps = root, 0
    while first.dep_ == "conj" and steps < 12:
        first, steps = first.head, steps + 1
    members, stack = [], [first]
    while stack and len(members) < 16:
        token = stack.pop()
        members.append(token)
        stack.extend(c for c in token.children if c.dep_ == "conj")
    return any(_state_country(_name_at(m)) == country for m in members if not span.start <= m.i < span.end)


def _state_country(name: str) -> str | None:
    if common_word(name) or local_alias(name):
        return None
    return country_of_subdivision(name)


def _name_at(token) -> str:
    """The proper name a list's member heads: its compound proper nouns before it and the word ("Akwa Ibom")."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head.i == token.i \
            and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return token.doc[start:token.i + 1].text


def in_tally_of_places(span: Span) -> bool:
    """Whether a name after "in" is one of a tally counted place by place ("21 injured individuals in Davao del Sur,
    36 in North Cotabato, 29 in South Cotabato"): a number and "in" a place the model tags as one right after its
    comma, or right before it, make it a place too (what is counted "in" a body is not set beside counts in places)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "in" or {t.lower_ for t in span} & _BODY_WORDS:
        return False  # (not "in Congress, 3 in Texas": a body's head word says what it is)
    after, before = span.end, span.start - 1  # (the "in" of the name)
    if (after + 3 < len(doc) and doc[after].text == "," and doc[after + 1].like_num and doc[after + 2].lower_ == "in"
            and doc[after + 3].ent_type_ in ("GPE", "LOC")):
        return True  # "in Davao del Sur, 36 in North Cotabato"
    return (before >= 3 and doc[before - 1].like_num and doc[before - 2].text == ","
            and doc[before - 3].ent_type_ in ("GPE", "LOC"))  # "in North Cotabato, 29 in South Cotabato"
