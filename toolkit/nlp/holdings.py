"""Holdings: what only a firm owns, which makes its owner a firm.

A name in the possessive before a noun of what a company has, its suppliers, its shareholders, its
subsidiaries, its revenue, profit or earnings ("one of Excel Dryer’s local suppliers", "roughly 10% of
Grand River’s revenue"), names a company, which the small model often calls a person or a product when
the firm is named after a person or a thing. A country or a town has revenue and suppliers too ("China’s
suppliers", "the state’s revenue"): a name the model or the gazetteer makes a place is left to them.
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place

# Nouns of a company's own: its trade partners, owners and results (lemmas).
_FIRM_HOLDINGS = frozenset({"supplier", "shareholder", "stockholder", "subsidiary", "revenue", "profit", "earnings"})


def owner_of_firm_holdings(span: Span) -> bool:
    """Whether ``span``, a name the model calls no place, owns in the possessive a noun only a firm has."""
    doc = span.doc
    if span.label_ in ("GPE", "LOC", "FAC", "NORP") or span.end + 1 >= len(doc) or doc[span.end].tag_ != "POS":
        return False
    owned = span.root.head if span.root.dep_ == "poss" else None
    if owned is None or owned.i <= span.end or owned.pos_ != "NOUN":
        return False
    return owned.lemma_.lower() in _FIRM_HOLDINGS and not is_known_place(span.text, cities=True)
