"""A one-word name that announces a sum of money invested: a firm, which news names by its brand alone.

Business news lists what firms put into plants and jobs by the firm's one-word name and a sum: "Sanofi announced
it will invest at least $20 billion", "Lego announced a $366 million investment to build a new distribution
center", "Chobani, a Greek yogurt giant, announced $1.7 billion to expand its U.S. operations". The small model,
reading a capitalised word as a sentence's subject, often calls it a person. A person is named in full or with
a title at least once (a rule the vote reads elsewhere: :func:`toolkit.nlp.votes._said_kind`), so a one-word
"person" the set never names so, whose clause invests money, is the firm (:func:`invests_money` gives the
mention the evidence "investor"; the vote's reading :func:`toolkit.nlp.votes._investing_firm` decides).

Example:
    >>> invests_money(doc[0:1])  # "Sanofi announced it will invest at least $20 billion …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Verbs of putting money in, and the nouns of the sum a subject announces, pledges or makes. Not "spend": a
# government and its leaders spend ("Biden has spent $350 billion"), which says nothing of a firm.
_INVEST_VERBS = frozenset({"invest"})
_INVESTMENT_NOUNS = frozenset({"investment", "expansion", "plan", "acquisition"})
# Verbs by which a subject makes its investment known or makes it.
_ANNOUNCING_VERBS = frozenset({"announce", "unveil", "pledge", "commit", "make", "plan", "complete", "finalize"})


def _money_in(token: Token) -> bool:
    """Whether a money amount stands in the phrase of ``token`` ("a $366 million investment", "$1.7 billion")."""
    return any(t.ent_type_ == "MONEY" or t.text == "$" for t in token.subtree)


def _invests(verb: Token) -> bool:
    """Whether ``verb`` invests a sum ("will invest $20 billion") or announces one ("announced a $366 million
    investment", "announced $1.7 billion to expand …")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    if verb.lemma_ in _INVEST_VERBS:
        return any(_money_in(o) for o in objects) or any(
            c.dep_ == "prep" and _money_in(c) for c in verb.children)  # "invest up to $5 billion"
    if verb.lemma_ not in _ANNOUNCING_VERBS:
        return False
    return any(o.lemma_ in _INVESTMENT_NOUNS and _money_in(o) or o.ent_type_ == "MONEY" for o in objects)


def invests_money(span: Span) -> bool:
    """Whether a one-word name is the subject of a verb that invests or announces a sum of money, or of a verb
    of announcing whose clause invests it under "it" ("Sanofi announced it will invest $20 billion")."""
    root = span.root
    if len(span) != 1 or root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = root.head
    if _invests(verb):
        return True
    return verb.lemma_ in _ANNOUNCING_VERBS and any(
        c.dep_ == "ccomp" and _invests(c) and any(g.dep_ == "nsubj" and g.lower_ == "it" for g in c.children)
        for c in verb.children)
