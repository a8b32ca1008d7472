"""Names of bodies that open with a word written in intercaps ("CentOS Governing Board", "GitHub Security
Lab"), which the small model leaves out of the name: it reads capitals as a name's only after a lower-case
run ("Centos Governing Board" it keeps whole).

Companies and projects of technology write their names with a capital inside ("GitHub", "YouTube",
"CentOS", "PayPal"), an orthographic class that no English common word belongs to. :func:`intercap_openers`
runs a body's name back over such a word right before it, untagged and bound to the name.

Example:
    >>> [e.text for e in intercap_openers(list(doc.ents))]  # "… the nine CentOS Governing Board listed …"  # doctest: +SKIP
    ['At least five', 'nine', 'CentOS Governing Board', 'Red Hat']
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def is_intercapped(token: Token) -> bool:
    """Whether a word has a capital inside after a lower-case letter ("GitHub", "CentOS", "iPhone"), and is
    neither all capitals nor capitalised only at its start."""
    text = token.text
    return (token.is_alpha and len(text) >= 4 and not token.is_upper and not token.is_title and not token.is_lower
            and any(a.islower() and b.isupper() for a, b in zip(text, text[1:])))


def intercap_openers(ents: list[Span]) -> list[Span]:
    """Run a body's name (ORG) back over an intercapped proper noun right before it that is in no entity and
    that the parser binds to the name ("the nine CentOS Governing Board": one body).

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each such body starting one word earlier.
    """
    out: list[Span] = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        if ent.label_ == "ORG" and start > 0 and (not out or out[-1].end < start):
            word = doc[start - 1]
            if (word.pos_ == "PROPN" and is_intercapped(word) and word.dep_ == "compound"
                    and ent.start <= word.head.i < ent.end):
                ent = Span(doc, start - 1, ent.end, label="ORG")
        out.append(ent)
    return out
