"""A place set off by a comma after a name ("the Parliament of New South Wales (NSW), Australia voted"), which
the small model may take for the verb's subject while it hangs the name itself on a fronted word or a comma.

English writes a country or a state after a place or a body's name to say where it is ("Springfield, Illinois",
"the Parliament of New South Wales, Australia"): the place qualifies the name, which stays the subject. When a
fronted time ("Yesterday, …") comes first, the parser may leave the name with no role in the clause (hung on the
comma after "Yesterday") and make the place alone the subject of the verb, so the event's actor would be
"Australia". :func:`mend_places_read_as_subjects` gives the verb its subject back and makes the place an
apposition of the name.

Example:
    >>> mend_places_read_as_subjects(doc)  # "Yesterday, the Parliament of New South Wales (NSW), Australia voted …"  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_where

# The entity labels of a name that a place may follow to say where it is.
_NAMED = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP"})


def _left_of_comma(comma: Token) -> Token | None:
    """The last word of the phrase before ``comma``, over a parenthesis closed right before it ("(NSW)")."""
    doc, j = comma.doc, comma.i - 1
    if j >= 0 and doc[j].text == ")":
        while j >= 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    return doc[j] if j >= 0 and doc[j].pos_ in ("PROPN", "NOUN") else None


def _stranded_name(word: Token, verb: Token) -> Token | None:
    """The head of the name ``word`` ends, if that name has no role in the verb's clause: climbing from ``word``
    through the name's own words and prepositions ("Parliament of New South Wales"), its head hangs on a comma or
    a fronted time word before it, never on a verb."""
    head = word
    while head.head.i < head.i and head.head.i != head.i and (
            head.dep_ in ("compound", "pobj", "appos", "flat") or (head.dep_ == "prep" and head.pos_ == "ADP")) \
            and head.head.pos_ in ("PROPN", "NOUN", "ADP"):
        head = head.head
    if head.pos_ not in ("PROPN", "NOUN") or head.ent_type_ not in _NAMED:
        return None
    holder = head.head
    for _ in range(4):  # up through commas and a fronted time to the verb
        if holder.i == verb.i:
            return head
        if not (holder.is_punct or holder.ent_type_ in ("DATE", "TIME")) or holder.head.i == holder.i:
            return None
        holder = holder.head
    return None


def mend_places_read_as_subjects(doc: Doc) -> Doc:
    """Make a place after a name and a comma an apposition of that name, and the name the verb's subject,
    where the parser made the place the subject and left the name stranded (see the module's docstring).
    Only the subjects that are a one-word place right after a comma are looked at; the parse is changed in
    place and the doc returned."""
    for i in indices_where(doc, dep=("nsubj", "nsubjpass")):
        place = doc[i]
        if place.ent_type_ != "GPE" or i < 3 or doc[i - 1].text != "," or place.left_edge.i != i:
            continue
        verb = place.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i < i:
            continue
        word = _left_of_comma(doc[i - 1])
        name = _stranded_name(word, verb) if word is not None else None
        if name is not None:
            name.head, name.dep_ = verb, place.dep_
            place.head, place.dep_ = name, "appos"
    return doc
