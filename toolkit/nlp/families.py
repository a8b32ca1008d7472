"""Names of wire news that the model labels by their form (round entities48, twelve Wikinews dev articles).

* A family is named by the plural of its surname after "the" ("any specific deal about the Bidens", "the
  Obamas", "the Kennedys"): the model, seeing a plural proper noun, often calls it a place or a body.
  :func:`families_by_surnames` makes it a person (PERSON) when the Doc names a person in full whose surname it is
  the plural of; a plural that is no surname of the text ("the Philippines", "the Netherlands") is left.

The function visits the Doc's entities only; it does not loop over a document's tokens.

    >>> from toolkit.nlp.model import load_model
    >>> nlp = load_model()
    >>> doc = nlp("Joe Biden spoke. Trump denied that he made any specific deal about the Bidens.")
    >>> [(e.text, e.label_) for e in families_by_surnames(list(doc.ents)) if e.text == "Bidens"]
    [('Bidens', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

# The labels the model gives a family's plural that are not a person's.
_FAMILY_MISLABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def families_by_surnames(ents: list[Span]) -> list[Span]:
    """"about the Bidens": a one-word name after a lower-case "the" that is the plural ("-s") of the surname of a
    person the Doc names in full (two words or more) is that family, a person (PERSON), whatever the model called it."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2 and e[-1].is_title}
    if not surnames:
        return ents
    out: list[Span] = []
    for ent in ents:
        first = ent.start + (ent[0].lower_ == "the" and len(ent) == 2)
        text = ent.doc[first].text if first < ent.end else ""
        if (ent.label_ in _FAMILY_MISLABELS and ent.end - first == 1 and len(text) >= 4 and text.endswith("s")
                and not text.endswith("ss") and text[:-1] in surnames
                and (first > ent.start or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"))):
            ent = Span(ent.doc, first, ent.end, label="PERSON")
        out.append(ent)
    return out
