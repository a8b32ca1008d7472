"""Places the model tagged no word of, named before a description in apposition that says what they are.

News introduces a place it expects the reader not to know by a description in apposition after a dash or a comma:
"The Azores — autonomous islands of Portugal in the Atlantic Ocean — closed schools", "Tell Tamer, a town near the
border, …". The small model may leave such a name untagged, most of all a plural written with "the" (it read
"the Azores" elsewhere as a person). :func:`places_described_in_apposition` takes the name from the description's
kind noun (:data:`~toolkit.nlp.lexicon.KIND_NOUNS`); :func:`self_governing` reads "autonomous" before a kind of
place as a polity's mark.

Example:
    >>> [(e.text, e.label_) for e in places_described_in_apposition(nlp("The Azores — autonomous islands of "
    ...     "Portugal — closed schools."), set())]  # doctest: +SKIP
    [('Azores', 'GPE')]
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.lexicon import KIND_NOUNS, NOT_NAME_WORDS, TITLE_WORDS
from toolkit.nlp.lookups import indices_of

# The kind nouns of places (towns, regions, islands, …), in the singular and the plural.
_PLACE_KINDS = frozenset(noun for noun, kind in KIND_NOUNS.items() if kind in ("GPE", "LOC", "FAC"))
_PLACE_KIND_FORMS = _PLACE_KINDS | {noun + "s" for noun in _PLACE_KINDS} | {
    noun[:-1] + "ies" for noun in _PLACE_KINDS if noun.endswith("y")}  # ("countries", "colonies")
# Marks that set a description in apposition off the name before it.
_APPOSITION_MARKS = frozenset({",", "—", "–"})
# Adjectives that make a kind of place a polity: what governs itself is a political entity ("an autonomous region",
# "autonomous islands of Portugal", "a self-governing territory").
_SELF_GOVERNING = frozenset({"autonomous", "self-governing", "semi-autonomous"})


def self_governing(noun: Token) -> bool:
    """Whether a kind noun of a place is qualified as governing itself ("autonomous islands", "an autonomous
    region"): the place is a polity (GPE), whatever its kind noun says of its ground."""
    return any(c.dep_ == "amod" and c.lower_ in _SELF_GOVERNING for c in noun.children)


def places_described_in_apposition(doc: Doc, taken: set[int]) -> list[Span]:
    """Places the model tagged no word of, named by capitalised proper nouns right before a dash or a comma and a
    description in apposition whose head is a kind noun of a place in lower case: "The Azores — autonomous islands
    of Portugal in the Atlantic Ocean — closed schools" (round ent40a). Between the mark and the kind noun only an
    article, adjectives and nouns in front of it; the name is one to three capitalised proper nouns, none taken, no
    title, and takes the kind's label (a polity's, GPE, where the kind "governs itself": :func:`self_governing`)."""
    found: list[Span] = []
    for i in indices_of(doc, LOWER, _PLACE_KIND_FORMS):
        noun = doc[i]
        if noun.pos_ != "NOUN" or not noun.is_lower or noun.dep_ == "compound":  # ("a town councillor")
            continue
        mark = i - 1
        while mark > 0 and i - mark <= 4 and doc[mark].pos_ in ("DET", "ADJ", "NOUN", "ADV") \
                and doc[mark].text not in _APPOSITION_MARKS:
            mark -= 1
        if mark < 1 or doc[mark].text not in _APPOSITION_MARKS:
            continue
        head = doc[mark - 1]
        number = None
        if head.like_num and head.i >= 1 and doc[head.i - 1].pos_ == "PROPN" and head.head.i == head.i - 1:
            number, head = head, doc[head.i - 1]  # "Area 51, a classified facility": a name closed by a number
        # the parser joins the two either way: the description in apposition to the name, or the name hung on the
        # description's noun (the dash sentence in a whole article: "Azores" a dependent of "islands"); or it reads
        # the description as a second object of the verb ("to storm Area 51, a classified facility within …")
        if (head.pos_ != "PROPN" or not head.text[:1].isupper() or head.i in taken
                or number is not None and number.i in taken
                or not (noun.dep_ == "appos" and noun.head.i == head.i or head.head.i == i
                        or noun.dep_ == head.dep_ and noun.dep_ in ("dobj", "pobj") and noun.head.i == head.head.i)):
            continue
        kind = "GPE" if self_governing(noun) else KIND_NOUNS.get(noun.lemma_.lower())
        if kind not in ("GPE", "LOC", "FAC"):
            continue
        start = head.i
        while (start > 0 and head.i - start < 2 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN"
               and doc[start - 1].text[:1].isupper() and doc[start - 1].dep_ == "compound"):
            start -= 1
        span = Span(doc, start, head.i + 1, label=kind)
        if any(t.lower_ in NOT_NAME_WORDS or t.lower_ in TITLE_WORDS or not t.is_alpha for t in span) \
                or (found and found[-1].end > start):
            continue
        found.append(span if number is None else Span(doc, start, number.i + 1, label=kind))
    return found
