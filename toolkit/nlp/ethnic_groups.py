"""Peoples named after the adjective "ethnic": "tens of thousands of ethnic Ndebele killed", "an ethnic
Palestinian from Jordan".

"Ethnic" qualifies a people or its members and nothing else, so the capitalised name it modifies is a
people (NORP), whatever kind the model gave it: it reads an unfamiliar people's name as a person's.

Round entities64: so does the noun "tribe" or "clan" after a name ("ISIL has killed 70 members of the Al Bu Nimr
tribe": "Al Bu Nimr" PERSON): a tribe is a people, named by the words before the noun
(:func:`peoples_before_tribes`).
"""

from __future__ import annotations

from spacy.attrs import ORTH, SUFFIX
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import demonym_of_place
from toolkit.nlp.lexicon import NAME_PARTICLES, PAN_ETHNIC_NAMES
from toolkit.nlp.lookups import indices_of

# The labels of names the model gives a people it does not know.
_MISREAD = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def ethnic_peoples(ents: list[Span]) -> list[Span]:
    """Relabel NORP a name of one or two capitalised words right after the adjective "ethnic".

    Args:
        ents: the entities of one ``Doc``.

    Returns:
        The entities, those after "ethnic" labelled NORP.
    """
    out = []
    for ent in ents:
        doc = ent.doc
        if (ent.label_ in _MISREAD and len(ent) <= 2 and ent.start > 0 and doc[ent.start - 1].lower_ == "ethnic"
                and doc[ent.start - 1].pos_ == "ADJ" and all(t.is_title for t in ent)):
            ent = Span(doc, ent.start, ent.end, label="NORP")
        out.append(ent)
    return out


# The nouns of a kin-group people whose name comes before them in lower case ("the Al Bu Nimr tribe", "the Hawiye
# clan").
_TRIBE_NOUNS = frozenset({"tribe", "tribes", "clan", "clans", "subclan", "sub-clan"})


def peoples_before_tribes(ents: list[Span]) -> list[Span]:
    """Relabel NORP a name the model calls a person or a place right before the lower-case noun "tribe" or "clan"
    that it modifies ("the Al Bu Nimr tribe"); a body's name is left ("a Wikipedia clan of editors": a figure).

    Args:
        ents: the entities of one ``Doc``.
    """
    out = []
    for ent in ents:
        doc = ent.doc
        noun = doc[ent.end] if ent.end < len(doc) else None
        if (ent.label_ in _MISREAD and ent.label_ != "ORG" and noun is not None and noun.lower_ in _TRIBE_NOUNS and noun.is_lower
                and ent.root.head.i == noun.i and ent[-1].is_title
                and all(t.is_title or t.lower_ in NAME_PARTICLES for t in ent)):
            ent = Span(doc, ent.start, ent.end, label="NORP")
        out.append(ent)
    return out


def languages_before_people(ents: list[Span]) -> list[Span]:
    """Relabel NORP a language's name the model tagged LANGUAGE where it qualifies a person's lower-case role
    before the person's name: "English mathematician John Horton Conway died" (as the model itself tags "German
    chancellor Angela Merkel"). A people's adjective and its language are written alike; before a role and a name
    it is the people. "in English", "English lessons" (no person after the noun) are left.

    Args:
        ents: the entities of one ``Doc``.

    Returns:
        The entities, such languages labelled NORP.
    """
    people = {e.start for e in ents if e.label_ == "PERSON"}
    if not people or not any(e.label_ == "LANGUAGE" for e in ents):
        return ents
    out = []
    for ent in ents:
        if ent.label_ == "LANGUAGE" and len(ent) == 1 and ent.end + 1 < len(ent.doc):
            role = ent.doc[ent.end]
            if (ent[0].dep_ == "amod" and ent[0].head.i == role.i and role.is_lower and role.pos_ == "NOUN"
                    and role.i + 1 in people and role.head.i > role.i):
                ent = Span(ent.doc, ent.start, ent.end, label="NORP")
        out.append(ent)
    return out


# The pan-ethnic names as news writes them, capitalised ("Latino", "Hispanics").
_CAPITALISED_PAN_ETHNIC = frozenset(word.capitalize() for word in PAN_ETHNIC_NAMES)


def untagged_pan_ethnic_peoples(doc: Doc, taken: set[int]) -> list[Span]:
    """A pan-ethnic name the model left untagged is a people (NORP): "as well as Latino voters", "Hispanics
    make up …", "the first Pacific Islander". A word inside a longer name ("the Latino Victory Fund", "National Hispanic Media Coalition": a
    capitalised word touching it, other than a sentence's first) is left to the name's rules.

    Args:
        doc: a parsed ``Doc``.
        taken: the indices of the tokens the entities found so far hold.

    Returns:
        The peoples found, one token each.
    """
    found: list[Span] = []
    for i in indices_of(doc, ORTH, _CAPITALISED_PAN_ETHNIC):  # (found in numpy, no pass over the tokens)
        if i in taken or doc[i].ent_type_ or _inside_a_longer_name(doc, i):
            continue
        found.append(Span(doc, i, i + 1, label="NORP"))
    # The one pan-ethnic name of two words, the peoples of the Pacific islands ("the first Pacific Islander to be
    # awarded", round ent36b; "Asian American and Pacific Islander voters"), a census's and news's name: not one
    # a longer name holds ("the Pacific Islander Health Partnership").
    for i in indices_of(doc, ORTH, ("Islander", "Islanders")):
        if (i == 0 or doc[i - 1].text != "Pacific" or {i - 1, i} & taken or doc[i].ent_type_ or doc[i - 1].ent_type_
                or i + 1 < len(doc) and doc[i + 1].is_title):
            continue
        found.append(Span(doc, i - 1, i + 1, label="NORP"))
    return found


def _inside_a_longer_name(doc: Doc, i: int) -> bool:
    """Whether a capitalised word touches another one (a sentence's first word before it aside): "the Latino Victory
    Fund", "the Houston Texans" are names of their own, left to the names' rules."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (before is not None and before.is_title and not before.is_sent_start
            or after is not None and after.is_title)


# The last three letters of the plurals that name a place's people ("Britons", "Russians", "Londoners",
# "Nevadans"; :func:`toolkit.nlp.gazetteer.demonym_of_place`), by which their tokens are found in numpy.
_DEMONYM_SUFFIXES = frozenset({"ons", "ans", "ers", "ens"})


def untagged_demonyms(doc: Doc, taken: set[int]) -> list[Span]:
    """A plural naming a known place's people that the model left untagged is a people (NORP): "Britons voted in
    a 2016 referendum" (the model reads a capitalised plural opening a sentence as a common noun). A word touching
    another capitalised word ("the Houston Texans", "Texans Coach Bill O'Brien") is left to the name's rules.

    Args:
        doc: a parsed ``Doc``.
        taken: the indices of the tokens the entities found so far hold.

    Returns:
        The peoples found, one token each.
    """
    found: list[Span] = []
    for i in indices_of(doc, SUFFIX, _DEMONYM_SUFFIXES):  # (found in numpy, no pass over the tokens)
        token = doc[i]
        if (not token.is_title or i in taken or token.ent_type_
                or token.tag_ not in ("NNS", "NNPS") and not (token.tag_ == "NNP" and token.is_sent_start)):
            continue  # (opening a paragraph, "Britons" is tagged a singular proper noun)
        if _inside_a_longer_name(doc, i) or not demonym_of_place(token.text):
            continue
        found.append(Span(doc, i, i + 1, label="NORP"))
    return found
