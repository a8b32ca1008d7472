"""Common words written with a capital, which the small model takes for names: the ranks of the services
that proclamations capitalise in honour ("every American Soldier, Sailor, Marine, Airman, Guardian, and
Coast Guardsman": a person, a people, bodies), and a proclamation's connective set in capitals ("NOW,
THEREFORE, I, DONALD J. TRUMP": a person).

A proper name takes no quantifier and seldom a possessive of the first or second person ("every Sailor",
"our Soldiers"); when such a word stands before a list of three or more capitalised words that are each a
common English noun (the model's lemma tables, :func:`toolkit.nlp.mistags.english_words`), the list is
of common nouns and names no one. A word in capitals that is a function word of English (spaCy's stop
words) and long enough to be no acronym ("THEREFORE", "WHEREAS"; not "US", "IT", "WHO") names no one either.
:func:`drop_capitalised_common_nouns` drops both.

Example:
    >>> [e.text for e in drop_capitalised_common_nouns(doc, list(doc.ents))]  # "… to our Soldiers, Sailors, Marines …"  # doctest: +SKIP
    []
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.mistags import english_words

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Words before a noun that a proper name does not take: quantifiers, and possessives of the speaker and the
# hearer ("our Soldiers"; "his Microsoft" or "their Congress" may yet name a body).
_NOT_BEFORE_NAMES = frozenset({"every", "each", "any", "all", "our", "your", "my"})
# The fewest capitalised nouns in a list for it to be read as common nouns written with capitals.
_LIST_LENGTH = 3
# The fewest letters of a function word in capitals for it to be read as that word, no acronym ("US", "IT",
# "WHO", "AND" of four letters or fewer may be acronyms).
_CONNECTIVE_LETTERS = 5


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out += _conjuncts(child)
    return out


def _common_noun(token: Token, english: frozenset[str]) -> bool:
    """Whether a capitalised word, and the capitalised words compounded to it, are common nouns of English
    ("Coast Guardsmen" → guardsman)."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    for word in words:
        if not word.is_title:
            return False
        lower = word.lower_
        forms = {lower, word.lemma_.lower(), lower[:-1] if lower.endswith("s") else lower,
                 lower[:-3] + "man" if lower.endswith("men") else lower}
        if not forms & english:
            return False
    return True


def _common_lists(doc: Doc, english: frozenset[str]) -> set[int]:
    """The token indices of lists of capitalised common nouns after a quantifier or "our"."""
    taken: set[int] = set()
    for token in doc:
        if token.dep_ == "conj" or not token.is_title or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if not any(c.dep_ in ("det", "poss") and c.lower_ in _NOT_BEFORE_NAMES and c.i < token.i
                   for c in token.children):
            continue
        conjuncts = _conjuncts(token)
        if len(conjuncts) < _LIST_LENGTH or not all(_common_noun(c, english) for c in conjuncts):
            continue
        for c in conjuncts:
            taken.update(k.i for k in c.children if k.dep_ == "compound" and k.i < c.i)
            taken.add(c.i)
    return taken


def drop_capitalised_common_nouns(doc: Doc, ents: list[Span]) -> list[Span]:
    """Drop the entities that are common nouns written with capitals: a list of them after "every" or "our"
    ("every American Soldier, Sailor, Marine, …"), or a function word in capitals ("THEREFORE").

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    out, lists, english = [], None, None
    for ent in ents:
        if ent.label_ in _NAME_LABELS:
            if (len(ent) == 1 and ent[0].is_upper and ent[0].is_alpha and len(ent[0]) >= _CONNECTIVE_LETTERS
                    and ent[0].lower_ in STOP_WORDS):
                continue  # "NOW, THEREFORE, I, …"
            if ent[0].is_title:
                if lists is None:
                    english = english_words(doc.vocab)
                    lists = _common_lists(doc, english) if english else set()
                if lists and all(t.i in lists or t.is_punct for t in ent):
                    continue
        out.append(ent)
    return out
