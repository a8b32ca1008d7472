"""Open ends: a name the model cuts off after a capitalised preposition.

A name never ends on a preposition. When the model's span stops on a capitalised one ("the Iraq
Veterans Against" + "the War", "Mothers Against" + "Drunk Driving"), the words that complete it
follow: an optional "the" and one or more capitalised words. :func:`closed_names` runs the span on
over them; a capitalised preposition is a word of the name only in a name's middle, so a lower-case
"for" or "of" after a name ("the UN for decades") never pulls anything in.
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.missed import token_indices


def _open_end(span: Span) -> bool:
    """Whether the span ends on a capitalised preposition after other words of the name."""
    last = span[-1]
    return len(span) >= 2 and last.tag_ == "IN" and last.is_title


def closed_names(ents: list[Span]) -> list[Span]:
    """Run a name that ends on a capitalised preposition on over "the" and the capitalised words after it.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, a name cut after "Against", "For", "Of" … taking the words that complete it, when
        none of them is in another entity.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    taken = token_indices(ents)
    out = []
    for ent in ents:
        if _open_end(ent):
            end = ent.end
            if end < len(doc) and doc[end].lower_ == "the" and doc[end].i not in taken:
                end += 1
            start_words = end
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end not in taken \
                    and doc[end].tag_ in ("NNP", "NNPS", "NN", "NNS"):
                end += 1
            if end > start_words:
                ent = Span(doc, ent.start, end, label=ent.label_)
        out.append(ent)
    return out
