"""The sentence of a token, found in O(1) for the event and actor rules.

Used by :mod:`toolkit.nlp.actors`, :mod:`toolkit.nlp.pronoun_antecedents` and :mod:`toolkit.nlp.events`.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.lookups import entities


class Sentences:
    """The sentence of a token in O(1) (``Token.sent`` walks the document on every call)."""

    def __init__(self, doc: Doc):
        self.spans = list(doc.sents)
        self.index = np.zeros(len(doc), dtype=np.int32)
        for n, sent in enumerate(self.spans):
            self.index[sent.start:sent.end] = n
        self.entities: dict[int, Span] = {i: ent for ent in entities(doc) for i in range(ent.start, ent.end)}

    def of(self, token: Token) -> Span:
        return self.spans[int(self.index[token.i])]

    def before(self, sent: Span) -> Span | None:
        n = int(self.index[sent.start])
        return self.spans[n - 1] if n else None
