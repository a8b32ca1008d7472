"""One-word names in a list of a person's relatives that the model took for a body or a place: "four
daughters, Nadine, Ashley, Elizabeth, and Toni".

Obituaries and profiles list a person's children, spouses and siblings by given name, joined with
commas and "and", after the kin noun ("two sons Wyatt and Zachary", "four daughters, Nadine, …"). The
model labels each given name alone and may call one a body. Where a one-word name stands in a
coordination (the parse's chain of ``conj`` links) that holds a kin noun or hangs on one as its
apposition, and at least two other members are people, the name is a person too, unless it is a known
place. Kin nouns are a closed class of English; lists of towns, drugs or firms have none.

A relative named in full in apposition to a kin noun with a possessive ("his son-in-law, Frédéric
Salat-Baroux,", "her husband, John Smith") is a person too, whether the model left the name untagged
(:func:`relatives_in_apposition`) or called it a body or a place (:func:`relatives_in_lists`). So is a one-word name in
the list an obituary says the dead "is survived by" ("… and by Daria, Delanie, Dylan, Dash and Dakota").

Example:
    >>> [(e.text, e.label_) for e in relatives_in_lists(list(doc.ents))]   # doctest: +SKIP
    [('Nadine', 'PERSON'), ('Ashley', 'PERSON'), ('Elizabeth', 'PERSON'), ('Toni', 'PERSON')]
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.boundaries import KIN_NOUNS
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.list_kinds import list_members
from toolkit.nlp.lookups import indices_of

# Nouns of kinship and marriage (:data:`toolkit.nlp.boundaries.KIN_NOUNS`, a closed class), with the
# plurals' lemmas a list of offspring or parents takes ("their children, …").
_KIN = KIN_NOUNS | {"child", "parent"}


def _a_kin_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in _KIN


# The labels of the names the relatives' rules may make people.
_RELABELLED = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})


def relatives_in_lists(ents: list[Span]) -> list[Span]:
    """Relabel as people the one-word bodies, places and groups listed among relatives."""
    label_at = {at: e.label_ for e in ents for at in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in _RELABELLED:
            out.append(ent)  # (a person already, or no name: passed by before its root is found)
            continue
        word = ent.root
        if (ent.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC") and len(ent) == 1 and word.pos_ == "PROPN"
                and word.is_title and not is_known_place(ent.text)):
            members = list_members(word)
            kin = any(_a_kin_noun(m) for m in members) or (members[0].dep_ == "appos"
                                                             and _a_kin_noun(members[0].head))
            people = sum(1 for m in members if m.i != word.i and label_at.get(m.i) == "PERSON")
            # a list that opens right after its kin noun, in apposition ("and children Brodie and Nolan", "his
            # wife Amanda"): the noun names the relation of each, and no other member need be a person
            next_to_kin = (members[0].dep_ == "appos" and _a_kin_noun(members[0].head) and members[0].head.is_lower
                           and members[0].head.i == members[0].i - 1)
            if kin and (people >= 2 or next_to_kin) or _survived_by(members[0]):
                ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        elif ent.label_ in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART") and \
                _relative_named(ent.root.head, ent.doc) == (ent.start, ent.end):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")  # "his son, Frédéric Salat-Baroux,": no body
        out.append(ent)
    return out


def _survived_by(first: Token) -> bool:
    """Whether a list is what an obituary says the dead is survived by ("He is survived by his children Carnie and
    Wendy, …, and by Daria, Delanie, Dylan, Dash and Dakota"): the object of "by" after "survived", or of a "by"
    joined to it; only people survive someone."""
    by = first.head
    if first.dep_ != "pobj" or by.lower_ != "by":
        return False
    head, steps = by, 0
    while head.dep_ == "conj" and steps < 4:
        head, steps = head.head, steps + 1
    if head.lower_ == "by":
        head = head.head
    return head.lemma_.lower() == "survive" and head.tag_ == "VBN"


def _relative_named(kin: Token, doc: Doc) -> tuple[int, int] | None:
    """The bounds of a name in full set in apposition, after a comma, to a lower-case kin noun with a
    possessive ("his son-in-law, Frédéric Salat-Baroux,": the parser hangs the name on "son"): two to four
    capitalised proper nouns, hyphens inside them allowed, no known place ("her brother, Mount Vernon" is none)."""
    if not (kin.is_lower and kin.pos_ == "NOUN" and kin.lemma_ in _KIN and any(c.dep_ == "poss" for c in kin.children)):
        return None
    name = next((c for c in kin.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None:
        return None
    start, end = name.left_edge.i, name.i + 1
    words = [t for t in doc[start:end] if t.text not in ("-", "–")]
    if not (start > 0 and doc[start - 1].text == "," and 2 <= len(words) <= 4
            and all(t.pos_ == "PROPN" and t.is_title for t in words)
            and all(not t.whitespace_ for t in doc[start:end] if t.text in ("-", "–"))
            and not is_known_place(doc[start:end].text)):
        return None
    return start, end


def relatives_in_apposition(doc: Doc, taken: set[int]) -> list[Span]:
    """Relatives named in full in apposition to a kin noun that the model left untagged, as people ("The news
    came from his son-in-law, Frédéric Salat-Baroux, and …").

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity.

    Returns:
        PERSON spans; the kin nouns are found in the Doc's column of lower-case words, not by a pass over it.
    """
    found = []
    for i in indices_of(doc, LOWER, KIN_NOUNS):
        bounds = _relative_named(doc[i], doc)
        if bounds is not None and not any(k in taken for k in range(*bounds)):
            found.append(Span(doc, *bounds, label="PERSON"))
    return found
