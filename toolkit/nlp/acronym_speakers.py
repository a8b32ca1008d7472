"""Bodies written as an acronym that speak: "UNICEF reported they had delivered …", "WHO said they are
uncertain …".

:func:`~toolkit.nlp.acronyms.acronym_names` takes an acronym the model missed only where the tagger calls it
a proper noun and it is no English word. At the opening of a sentence the tagger often reads an acronym
as a common noun ("UNICEF" NN) or, where it spells an English word, as that word ("WHO" a wh-pronoun).
In a sentence written in lower case, a word in capitals that says or reports something is a body's name
all the same: no common noun nor pronoun is written in capitals there, and what speaks is a speaker.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_ALPHA, IS_UPPER
from spacy.tokens import Doc, Span

from toolkit.nlp.lexicon import SPEECH_VERBS

# Speech verbs are a closed class of the lexicon; reporting verbs of wire copy ("reported") are added,
# the verb a body's figures and findings take.
_REPORTING = SPEECH_VERBS | {"report"}


def speaking_acronyms(doc: Doc, taken: set[int]) -> list[Span]:
    """Words in capitals of three to six letters, the subject of a verb of saying or reporting, that no
    entity holds: bodies (ORG).

    The word's neighbours must not be in capitals too (a heading written in capitals: "WHO SAID IT"), nor
    may it be joined by a hyphen to a code ("COVID-19"), nor be owned ("its CEO said": a role).

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in a name found by an earlier rule.

    Returns:
        The bodies found, labelled ORG.
    """
    found = []
    # the words in capitals are found in the Doc's arrays first, not by testing every token of the text
    capitals = doc.to_array([IS_UPPER, IS_ALPHA])
    for i in np.flatnonzero(capitals[:, 0] & capitals[:, 1]).tolist():
        token = doc[i]
        if not (token.is_upper and token.is_alpha and 3 <= len(token) <= 6 and token.i not in taken
                and not token.ent_type_ and token.dep_ in ("nsubj", "nsubjpass")
                and token.head.lemma_.lower() in _REPORTING and token.head.pos_ in ("VERB", "AUX")):
            continue
        neighbours = [doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(doc)]
        if any(n.is_upper and n.is_alpha and len(n) > 1 or n.text in ("-", "‐", "–") and not n.whitespace_
               for n in neighbours):
            continue  # a heading in capitals, or a code
        if any(c.dep_ in ("poss", "det") for c in token.children):
            continue  # "its CEO", "the CEO": a role, not a name
        found.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return found
