"""Bodies and buildings named after a couple: the first given name belongs to the name.

English names foundations, museums and halls after their donors, a couple as two given names joined
by "and" before the shared surname ("the Bill and Melinda Gates Foundation", "the Mary & Leigh Block
Museum of Art"). The small model reads the first given name as a person of its own and the rest as
the body ("Bill" + "Melinda Gates Foundation"). :func:`couples_in_names` joins them again.

Example:
    >>> [(e.text, e.label_) for e in couples_in_names(list(doc.ents))]   # doctest: +SKIP
    [('Bill and Melinda Gates Foundation', 'ORG')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.given_names import sex_of_given_name
from toolkit.nlp.lexicon import BODY_AND_SITE_HEADS, NAME_JOINERS
from toolkit.nlp.lookups import entity_bounds



def _named_after_people(ent: Span) -> bool:
    """A body's or a building's name that opens with a given name and a surname ("Melinda Gates
    Foundation", "Leigh Block Museum of Art"): two capitalised words, then the head word."""
    words = [t.lower_ for t in ent]
    head = words.index("of") - 1 if "of" in words else len(words) - 1
    return (ent.label_ in ("ORG", "FAC") and head >= 2 and words[head] in BODY_AND_SITE_HEADS
            and all(t.is_title and t.is_alpha for t in ent[:2]) and not {words[0], words[1]} & BODY_AND_SITE_HEADS)


def couples_in_names(ents: list[Span]) -> list[Span]:
    """Join a lone given name to the body's or building's name after "and" that it shares a surname with.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, with each "person" of one capitalised word followed by "and" (or "&") and a body
        named after a person merged into that body, with its label.
    """
    out: list[Span] = []
    for ent in ents:
        previous = out[-1] if out else None
        if (previous is not None and ent.start == previous.end + 1 and len(previous) == 1  # (ints first: cheap)
                and ent.doc[previous.end].lower_ in NAME_JOINERS and previous.label_ == "PERSON" and previous[0].is_title
                and _named_after_people(ent)):
            out[-1] = Span(ent.doc, previous.start, ent.end, label=ent.label_)
            continue
        out.append(ent)
    return out


def couple_surname(span: Span) -> str | None:
    """The surname a lone given name shares with the person named in full after "and" (round ent38): "Mark and
    Patricia McCloskey, who drew weapons on … protesters" names Mark McCloskey, no other "Mark" of the text (the
    key "mark" had joined Mark Seidenberg, named in full elsewhere). English names a couple or siblings so, the
    shared surname written once, last. The lone name is a given name the census tells a sex of (a surname alone,
    "Smith and Jane Doe", is no such name) and the name after "and" is a person's of two or three capitalised
    words; None otherwise.

    Args:
        span: a person's name of one word, as the model tagged it.
    """
    doc = span.doc
    at = span.end
    if (len(span) != 1 or at + 2 >= len(doc) or doc[at].lower_ not in NAME_JOINERS or doc[at + 1].ent_iob_ != "B"
            or doc[at + 1].ent_type_ != "PERSON" or not span[0].is_title or sex_of_given_name(span.text) is None):
        return None
    words = [t for t in doc[at + 1:entity_bounds(doc, at + 1)[1]] if t.tag_ != "POS"]
    if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in words):  # ("McCloskey")
        return None
    return words[-1].text
