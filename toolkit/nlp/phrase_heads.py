"""A body's name that the model ends one word short of its head: "the general manager of Abu Dhabi Media".

English names a body by a capitalised noun phrase whose last word is its head ("Abu Dhabi Media", "Turkey's
Disaster and Emergency Management Presidency"). The small model often tags the words before the head as the
body (ORG "Abu Dhabi", ORG "Disaster and Emergency Management") and leaves the head untagged when it is a word
no list of bodies' heads holds. The parse still shows the phrase whole: the model's last word modifies the
untagged capitalised noun after it as a compound, and that noun ends the phrase. Where it does, the body's name
runs to the head.

Only after a name of two words or more: a one-word brand before a capitalised noun names its product ("pay over
Google Pay", "Apple Music"), and a disease the model calls a body its outbreak ("the Coronavirus Pandemic"). Not
where the head is a person's title or role ("the FBI Director said": the director is a person; an agent
noun, "the Divisional Railway Manager"), a word of another name of the text, a kind noun
that gives the phrase another kind (a river, an airport, a town), or a title noun of works and events ("the NATO
Summit"): those are read by the rules of titles, places and works.

Example:
    >>> [e.text for e in bodies_to_phrase_heads(list(doc.ents))]   # doctest: +SKIP
    ['Abu Dhabi Media', 'Ali bin Tamim', 'Houthi']
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from toolkit.nlp.boundaries import is_person_role
from toolkit.nlp.lexicon import (FAC_HEADS, KIND_NOUNS, LEGISLATOR_TITLES, LOC_HEADS, PERSON_TITLES, TITLE_NOUNS,
                                 TITLE_WORDS)

# Heads that make the phrase something other than a body, or a person's title: left to their own rules.
_NOT_BODY_HEADS = (TITLE_WORDS | PERSON_TITLES | LEGISLATOR_TITLES | TITLE_NOUNS | FAC_HEADS | LOC_HEADS
                   | frozenset(KIND_NOUNS))
# Endings of English agent nouns, which name people ("Manager", "Master", "Director", "Economist", "Librarian"):
# such a head makes the phrase a person's title ("Divisional Railway Manager", "Women FIDE Master").
_AGENT_ENDINGS = ("er", "or", "ist", "ian")
# Dependencies of a word that ends its noun phrase: a subject, an object, or a complement, not a modifier.
_PHRASE_ENDS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj", "ROOT", "dative"})


def _untagged_head(ent: Span, taken: set[int], named: set[str]) -> Token | None:
    """The capitalised singular proper noun right after ``ent`` that the entity's last word modifies as a
    compound and that ends the noun phrase, if it is in no entity, is no title, role or kind noun, and is no
    word of another name of the text (``named``: "told MSNBC Cummings \"was a great man\"", where Cummings is
    the person the text is about, after a body that the verb's object ends)."""
    doc = ent.doc
    j = ent.end
    if len(ent) < 2 or j >= len(doc) or j in taken:
        return None
    head = doc[j]
    last = doc[ent.end - 1]
    if last.dep_ != "compound" or last.head.i != j or head.tag_ != "NNP" or not head.is_title:
        return None
    if not head.is_alpha or head.is_sent_start or head.dep_ not in _PHRASE_ENDS:
        return None
    if head.lower_ in _NOT_BODY_HEADS or head.lower_ in named or head.lower_.endswith(_AGENT_ENDINGS) \
            or is_person_role(head.text, head.lemma_):
        return None
    return head


def bodies_to_phrase_heads(ents: list[Span]) -> list[Span]:
    """Run a body's name (ORG) on to the untagged capitalised head of its noun phrase.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each body the model ended one word before its phrase's head taking that head.
    """
    if not ents:
        return ents
    taken = {e.start for e in ents}  # (a word that opens another entity is that entity's)
    named = {t.lower_ for e in ents if e.label_ != "ORG" for t in e}
    out = []
    for ent in ents:
        head = _untagged_head(ent, taken, named) if ent.label_ == "ORG" else None
        out.append(ent if head is None else Span(ent.doc, ent.start, head.i + 1, label="ORG"))
    return out
