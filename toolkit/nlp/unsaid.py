"""What a negated reporting verb frames is nobody's claim.

"U.S. officials have not said why the team was initially denied visas": the officials report
nothing, so the denial is not reported by them. A question word at the head of the content ("why",
"how", "when", "where") makes it a fact the text presupposes, told as such; content without one
("did not say that …") is asserted by nobody, so it is no event at all.

Example:
    >>> unsaid(doc[8], doc[14])  # "officials have not said why the team was … denied visas"  # doctest: +SKIP
    'presupposed'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.negation import negated

# Question words that make a reported clause an indirect question about a fact.
_QUESTION_TAGS = frozenset({"WRB", "WP", "WDT"})


def unsaid(governor: Token, top: Token) -> str | None:
    """For content ``top`` of reporting verb ``governor``: None when the verb is not negated or has
    no subject;
    "presupposed" when it is and the content is an indirect question ("have not said why …");
    "unasserted" when it is and the content is a plain clause ("did not say that …")."""
    if not negated(governor) or not any(c.dep_ == "nsubj" for c in governor.children):
        return None  # (an imperative, "Just don't tell anyone", is a title or an order, no report)
    first = top.doc[top.left_edge.i]
    return "presupposed" if first.tag_ in _QUESTION_TAGS and first.lower_ not in ("whether", "if") else "unasserted"
