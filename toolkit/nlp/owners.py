"""A name the model ran on from its owner's possessive: "Trump's State Department".

News names a body by the person who leads it in the possessive ("Trump's State Department", "Putin's
Security Council"); the model sometimes takes the owner and the "'s" into the body's name. When the
words before the possessive are a person the text names (the model tags them a person elsewhere) and a
capitalised name follows, the name is what follows; "McDonald's" and "St. John's Episcopal Church" keep
their possessive, their first part being no person of the text.

Example:
    >>> owned_name(span, people)   # "Trump's State Department" → "State Department"  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# Labels of the names a person may own in the possessive: bodies, places and buildings, not people.
_OWNED_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC"})
# The nouns of shops and eating places, which English names after their owner in the possessive ("Janssen's Market",
# "Katz's Delicatessen", "Joe's Pizza"): the owner's name is the shop's.
_SHOP_NOUNS = frozenset("""market store shop grocery deli delicatessen bakery diner cafe café restaurant pizza pub
    tavern bar grill hardware pharmacy""".split())


def people_of(doc: Doc) -> frozenset[str]:
    """The persons the model tags in a document, as full names and as their last words (surnames)."""
    names = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            names.add(ent.text)
            names.add(ent[-1].text)
    return frozenset(names)


def owned_name(span: Span, people: frozenset[str]) -> Span:
    """The span without a leading owner in the possessive, when the owner is a person of the text."""
    if span.label_ not in _OWNED_LABELS or len(span) < 3:
        return span
    for i, token in enumerate(span[1:-1], start=1):
        if token.tag_ != "POS":
            continue
        rest = span[i + 1:]
        if len(rest) == 1 and rest[0].lower_ in _SHOP_NOUNS:
            return span  # "At Janssen's Market, … Anna Janssen said": a shop named by its owner's possessive, whole
            # (round wire37b); a person leads no market, a body is led ("Trump's State Department")
        if span[:i].text in people and any(t.is_title for t in rest):
            return Span(span.doc, rest.start, rest.end, label=span.label)
        return span
    return span
