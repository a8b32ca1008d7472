"""Names cut at "and": bodies named after two fields, and names the model ran on over "and".

Schools, faculties, departments and institutes are named after what they study or serve, often two
fields at once ("the Rosenstiel School of Marine and Atmospheric Science", "the School of Oriental and
African Studies", "the Department of Health and Human Services"). The small model may cut the name at
"and" and read the second field as another entity, even a person ("Atmospheric Science").
:func:`fields_in_names` joins them again when the second entity ends in the noun of a field, and also
when the model's own first entity took in the "and" and the second ends in a head word ("the Army's
Research and" + "Referral Hospital").

Example:
    >>> [(e.text, e.label_) for e in fields_in_names(list(doc.ents))]   # doctest: +SKIP
    [('the Rosenstiel School of Marine and Atmospheric Science', 'ORG')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import BODY_AND_SITE_HEADS, NAME_JOINERS, ORG_HEADS

# Nouns that end the name of a field of study or of a public service ("Atmospheric Science", "African
# Studies", "Human Services"); never a person's surname or a place's head.
FIELD_NOUNS = frozenset("""science sciences studies engineering medicine technology technologies arts humanities
    affairs services research management planning policy design development economics mathematics""".split())


def fields_in_names(ents: list[Span]) -> list[Span]:
    """Join a body's name ending in "of" and a field to the entity after "and" that names a second field.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, with "… of Marine" + "and" + "Atmospheric Science" merged into one body (ORG), and a name
        the model ran on over "and" joined to the name after it that ends in a head word ("Research and
        Referral Hospital").
    """
    out: list[Span] = []
    for ent in ents:
        previous = out[-1] if out else None
        if previous is not None and _closes_a_list_of_fields(previous, _without_trailing_space(ent)):
            out[-1] = Span(ent.doc, previous.start, _without_trailing_space(ent).end, label="ORG")
            continue
        if previous is None or ent.start != previous.end + 1 or ent.doc[previous.end].lower_ not in NAME_JOINERS:
            out.append(ent)
            continue
        if (previous.label_ == "ORG" and len(previous) >= 3 and previous[-2].lower_ == "of" and previous[-1].is_title
                and len(ent) <= 3 and ent[-1].lower_ in FIELD_NOUNS and all(t.is_title for t in ent)):
            out[-1] = Span(ent.doc, previous.start, ent.end, label="ORG")
        elif (ent.doc[previous.end].ent_type_ and previous.label_ in ("ORG", "FAC") and ent.label_ in ("ORG", "FAC")
              and ent[-1].lower_ in BODY_AND_SITE_HEADS and all(t.is_title for t in ent) and previous[-1].is_title):
            # "the Army's Research and" + "Referral Hospital": the model itself ran the first name on over
            # "and", and the second ends in a head word; the whole is one name, of the head's kind
            out[-1] = Span(ent.doc, previous.start, ent.end, label=ent.label_)
        else:
            out.append(ent)
    return out


# The prepositions that open the fields a body is named after ("Council on Sports", "Ministry of Culture",
# "Commission for Racial Equality").
_FIELD_PREPOSITIONS = frozenset({"of", "on", "for"})
# The labels the model gives the last field of such a list.
_FIELD_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})


def _without_trailing_space(ent: Span) -> Span:
    """The span without the line breaks the model may take in at its end ("Nutrition\n\n" PRODUCT)."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].is_space:
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


def _closes_a_list_of_fields(previous: Span, ent: Span) -> bool:
    """Whether ``ent``, after "and" (", and"), is the last field of a list the body's name ``previous`` opened.

    A body named after three fields or more lists them with commas: "the President’s Council on Sports,
    Fitness, and Nutrition", "the Ministry of Culture, Sports and Tourism". The model may end the name at the
    list's "and" and read the last field as a body of its own ("Nutrition"). The list is the body's when the
    name has a body's head before "of", "on" or "for" and a comma after it between capitalised words, and the
    entity after "and" is one to three capitalised words the model calls a body, or a thing it has no place
    for, a product or a work of art ("courtesy of the President’s Council on Sports, Fitness, and Nutrition":
    "Nutrition" PRODUCT): no field is a person or a place.
    """
    if previous.label_ not in ("ORG", "PERSON") or ent.label_ not in _FIELD_LABELS or len(ent) > 3:
        return False  # (first: the labels and the length are read without making a span of the gap)
    if not 1 <= ent.start - previous.end <= 2:
        return False
    doc = ent.doc
    gap = doc[previous.end:ent.start]
    if not (gap[-1].lower_ in NAME_JOINERS and all(t.text == "," for t in gap[:-1])):
        return False
    if not all(t.is_title for t in ent) or ent[-1].lower_ in ORG_HEADS:
        return False
    opened = next((i for i in range(previous.start + 1, previous.end - 1)
                   if doc[i].lower_ in _FIELD_PREPOSITIONS and doc[i - 1].lower_ in ORG_HEADS
                   and doc[i - 1].is_title), None)
    if opened is None:
        return False
    fields = doc[opened + 1:previous.end]
    return (any(t.text == "," for t in fields) and fields[-1].is_title
            and all(t.is_title or t.text == "," for t in fields))
