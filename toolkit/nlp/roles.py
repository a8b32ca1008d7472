"""A definite description by a role the text has given to one named person or body: "the guitarist", "the band".

News names someone once with a role and goes on with the role alone: "Guitarist Eddie Van Halen … has died …. The
guitarist formed Van Halen with his brother"; "the band Van Halen … The band eventually rose …" (Wikinews, 2020). An
analyst writes the name. The role is given to a name in one of three ways: as a title before it ("guitarist Eddie Van
Halen", "the band Van Halen"), as an apposition ("Eddie Van Halen, the guitarist", "the guitarist, Eddie Van Halen")
or by a copula ("Van Halen was a guitarist"); a noun compounded before the role goes with it ("The cable operator
announced …" after "Undersea cable operator Seacom announced …"). Only the places the role's word is written before the subject are
read, found in the Doc's arrays (:func:`toolkit.nlp.lookups.indices_of`), never the whole document. A subject "the
<role>", with no other word of its own ("the president of Turkey" is another), stands for the one name that role was
given to before it; an age between ("the 64-year-old mayor", round ev46a) changes nothing. "The state" is given by the text
to the one state or province it names before (a subdivision by the gazetteer, round ev46a), as an analyst reads it. "The
storm" (or "the hurricane", "the depression") is the one storm it names before (round ev47b, :mod:`toolkit.nlp.storm_names`).

Two names given the same role ("guitarist Eddie Van Halen … guitarist Steve Lukather"), or a body's name that says
the role as its head beside the one given it ("the Life and Liberty Party, a … party" after "the Green Party" and
"the Reform Party": which party "the party" is the text does not make certain), or a role given to no name leave the
description as it is; so do a name given as a kind ("the … plane, a Beechcraft Sierra") and a copula denied
("Corona is not a virus").
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Token

from toolkit.nlp.lexicon import STORM_KINDS
from toolkit.nlp.lookups import entities, entity_bounds, indices_of
from toolkit.nlp.storm_names import storm_named_before
from toolkit.nlp.subdivisions import is_subdivision

_NAMES = frozenset({"PERSON", "ORG"})


def _name_at(token: Token) -> str | None:
    """The name (a person's or a body's entity) a token belongs to, or None."""
    if token.ent_type_ not in _NAMES:
        return None
    doc = token.doc
    first, end = entity_bounds(doc, token.i)
    if first > 0 and doc[first - 1].lower_ in ("a", "an"):
        return None  # "the … plane, a Beechcraft Sierra": a name of a kind (a make, a model), not of one thing
    return doc[first:end].text


def _given(noun: Token) -> tuple[str | None, bool]:
    """The name a written role noun is given to (as a title before it, an apposition, a copula's complement), and
    whether it is given (False: the noun ends a body's name, "the Green Party", which makes the role uncertain)."""
    doc = noun.doc
    if noun.ent_type_ == "ORG" and (noun.i + 1 == len(doc) or doc[noun.i + 1].ent_iob_ != "I"):
        return _name_at(noun), False
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return None, True
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if noun.dep_ == "compound" and after is not None and after.ent_iob_ == "B" and noun.head.ent_type_ in _NAMES:
        return _name_at(after), True  # "guitarist Eddie Van Halen", "the band Van Halen"
    if noun.dep_ == "appos" and noun.head.ent_type_ in _NAMES:
        return _name_at(noun.head), True  # "Eddie Van Halen, the guitarist"
    for child in noun.children:
        if child.dep_ == "appos" and child.ent_type_ in _NAMES:
            return _name_at(child), True  # "the guitarist, Eddie Van Halen"
    if (named := _name_before_comma(noun)) is not None:
        return named, True  # "Park Won-soon, the mayor of Seoul, …, was found dead" parsed with the role as subject
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be" and not any(c.dep_ == "neg" for c in head.children):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.ent_type_ in _NAMES:
            return _name_at(subject), True  # "Van Halen was a guitarist"
    return None, True


def _name_before_comma(noun: Token) -> str | None:
    """The name written right before "the <role>" and a comma ("Park Won-soon, the mayor of Seoul, …"), which the
    role stands beside as an apposition however the parser hangs the two (round ev47b: it made "mayor" the subject and
    left the name aside), or None. Only "the" opens the role's phrase, so "Smith, a mayor" (a kind) is left out."""
    doc = noun.doc
    first = noun.left_edge.i
    if first < 2 or doc[first].lower_ != "the" or doc[first - 1].text != "," or doc[first - 2].ent_type_ != "PERSON":
        return None
    start, end = entity_bounds(doc, first - 2)
    if start > 0 and doc[start - 1].lower_ in ("and", "or", ","):
        return None  # (the last of a list: "Jones, Smith, the mayor …" may be three people)
    return doc[start:end].text if end == first - 1 else None


def _gives_an_age(modifier: Token) -> bool:
    """Whether a modifier of the role is an age ("the 64-year-old mayor", round ev46a): an age adds nothing that
    tells another person from the one given the role, as "the president of Turkey" would."""
    return modifier.dep_ == "amod" and modifier.lower_ == "old" and modifier.ent_type_ == "DATE"


def role_named_before(token: Token) -> str | None:
    """The one name the subject "the <role>" stands for (``token`` its noun), or None."""
    # (a noun compounded before the role is part of it, if it was given so: "The cable operator announced …" after
    # "Undersea cable operator Seacom announced …")
    compounds = [c.lower_ for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if token.dep_ not in ("nsubj", "nsubjpass") or [c.lower_ for c in token.children if not _gives_an_age(c)
                                                    and not (c.dep_ == "compound" and c.pos_ == "NOUN")] != ["the"]:
        return None
    if token.lower_ == "state":
        return _the_one_state(token)
    if token.lower_ in STORM_KINDS:
        return storm_named_before(token)  # "as the storm approached" after "Hurricane Lorenzo" (storm_names.py)
    doc, names, given = token.doc, set(), False
    for i in indices_of(doc, LOWER, (token.lower_,)):  # (the places the word is written, from the Doc's arrays)
        if i >= token.i:
            break
        if compounds and [t.lower_ for t in doc[max(i - len(compounds), 0):i]] != compounds:
            continue
        name, explicit = _given(doc[i])
        if name is not None:
            names.add(name)
            given = given or explicit
    return names.pop() if len(names) == 1 and given else None


def _the_one_state(token: Token) -> str | None:
    """"The governor of Ohio, Mike DeWine, announced the state had extended its stay-at-home order" (round ev46a):
    "the state" stands for the one state or province (a first-level subdivision, by the gazetteer) named before it in
    the text; with two named, or none (a country's "state", its government: "recaptured by the state"), it stays."""
    names = {ent.text for ent in entities(token.doc) if ent.end <= token.i and ent.label_ == "GPE" and is_subdivision(ent.text)}
    return names.pop() if len(names) == 1 else None
