"""Diseases written as codes, which the small model takes for bodies: "the COVID-19 outbreak", "cases of COVID-19".

A disease's name may be an abbreviation joined to a number ("COVID-19"), shaped like a body's or a product's
code, and the model labels it a body (ORG) or a person. What a text says around it tells: an illness has
outbreaks, cases, deaths, infections, patients and symptoms, and people die "due to" it. Where one mention of
such a code stands so, every mention of it in the text is the disease, which the golds list as no entity.

Example:
    >>> [e.text for e in drop_disease_codes(list(doc.ents))]   # "… the COVID-19 outbreak …"   # doctest: +SKIP
    []
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

_CODE = re.compile(r"^[A-Z][A-Za-z]{1,9}-\d{1,3}$")  # "COVID-19"
# What an illness has, and its people have (a closed class of the words of epidemics).
_ILLNESS_NOUNS = frozenset("""outbreak outbreaks pandemic epidemic infection infections case cases death deaths
    patient patients symptom symptoms vaccine vaccines disease""".split())
# Verbs whose object is an illness one catches ("contracted COVID-19", "after contracting COVID-19"), and verbs
# after which "of" or "from" gives what one died of ("died of COVID-19", "recovered from COVID-19").
_CATCHING_VERBS = frozenset({"contract", "catch"})
_DYING_VERBS = frozenset({"die", "recover", "succumb"})


def _illness_context(token: Token) -> bool:
    """Whether a code stands as an illness: modifying an illness noun ("the COVID-19 outbreak"), its object after
    "of" or "with" ("cases of COVID-19", "36 infections with COVID-19", "patients with COVID-19"), or the cause
    after "due to" ("deaths due to COVID-19")."""
    head = token.head
    if token.dep_ in ("compound", "nmod", "amod") and head.lower_ in _ILLNESS_NOUNS:
        return True
    if token.dep_ == "pobj" and head.lower_ in ("of", "with") and head.head.lower_ in _ILLNESS_NOUNS:
        return True
    if token.dep_ == "dobj" and head.lemma_ in _CATCHING_VERBS:
        return True
    if token.dep_ == "pobj" and head.lower_ in ("of", "from") and head.head.lemma_ in _DYING_VERBS:
        return True
    return token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and token.doc[head.i - 1].lower_ == "due"


def drop_disease_codes(ents: list[Span]) -> list[Span]:
    """Drop the names written as codes ("COVID-19") that the text shows to be a disease.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    codes = [e for e in ents if e.end - e.start == 1 and _CODE.match(e.doc[e.start].text)]
    if not codes:
        return ents
    diseases = {e.text for e in codes if _illness_context(e[0])}
    if not diseases:
        return ents
    return [e for e in ents if not (e.end - e.start == 1 and e.doc[e.start].text in diseases)]
