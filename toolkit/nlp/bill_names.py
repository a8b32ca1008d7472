"""A bill named with commas between its words: "President Trump’s One Big, Beautiful Bill".

A bill's name is often a string of capitalised adjectives before "Bill", and writers set commas between them as
between any adjectives ("the One Big, Beautiful Bill", "One, Big, Beautiful Bill"). The small model starts the
name after the last comma and calls the rest a person ("Beautiful Bill" PERSON: Bill is a given name), so that a
law becomes a man. Capitalised words joined by commas right before a span that ends in "Bill" belong to the bill's
name, which is then a law (LAW), as a bill named in three words or more is (:mod:`toolkit.nlp.head_labels`).

Example:
    >>> [(e.text, e.label_) for e in bills_named_with_commas(list(doc.ents))]  # doctest: +SKIP
    [('One Big, Beautiful Bill', 'LAW')]
"""

from __future__ import annotations

from spacy.tokens import Span

_LONGEST_NAME = 8  # tokens of a bill's name before its span, commas included


def bills_named_with_commas(ents: list[Span]) -> list[Span]:
    """Extend a span ending in "Bill" leftwards over the capitalised words and commas of its name, and make it a law.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each such bill's span grown over its words and labelled LAW.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    out: list[Span] = []
    for k, ent in enumerate(ents):
        previous_end = out[-1].end if out else 0
        if ent[-1].text != "Bill" or len(ent) < 2 or ent.start < 2 or doc[ent.start - 1].text != ",":
            out.append(ent)
            continue
        start = ent.start
        while (start - 2 >= previous_end and ent.start - start < _LONGEST_NAME and doc[start - 1].text == ","
               and doc[start - 2].is_title and doc[start - 2].is_alpha):
            start -= 2  # ", Big" of "One, Big, Beautiful Bill"
            while start - 1 >= previous_end and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and not doc[start - 1].is_sent_start and ent.start - start < _LONGEST_NAME:
                start -= 1  # "One Big" of "One Big, Beautiful Bill"
        if start == ent.start:
            out.append(ent)
            continue
        if out and out[-1].end == start and out[-1].label_ in ("CARDINAL", "ORDINAL") and len(out[-1]) == 1 \
                and out[-1][0].is_title:
            start = out.pop().start  # "One" of "One Big, Beautiful Bill", which the model read as a number
        out.append(Span(doc, start, ent.end, label="LAW"))
    return out


# The heads a law's name opens with when the model cuts the words in front off ("Bill 2024" of "the Finance Bill 2024").
_LAW_HEADS = frozenset({"Bill", "Act"})


def bills_cut_before_their_heads(ents: list[Span]) -> list[Span]:
    """Grow a span that opens on "Bill" or "Act" leftwards over the capitalised words of the name before it.

    Commonwealth countries name a finance law by its field and year ("against the Finance Bill 2024", AP on
    Kenya, round wire35f); the model starts the name at "Bill" and calls it a law or a person. The capitalised
    words right before it, after "the" or a possessive, are the name's own; not the sentence's first word.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        previous_end = out[-1].end if out else 0
        start = ent.start
        if ent[0].text in _LAW_HEADS and len(ent) >= 2 and ent[-1].like_num:
            while (start - 1 >= previous_end and start - 1 > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha
                   and not doc[start - 1].is_sent_start and not doc[start - 1].ent_type_
                   and ent.start - start < 4):
                start -= 1
            if start < ent.start and doc[start - 1].lower_ in ("the", "’s", "'s"):
                ent = Span(doc, start, ent.end, label="LAW")
        out.append(ent)
    return out
