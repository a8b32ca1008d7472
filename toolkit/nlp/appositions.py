"""A name's kind stated after a dash: "LiveLeak — a video-sharing platform for citizen journalism".

News sets an apposition off by a dash as it does by a comma ("…, a town near the border"). After a
dash the small model's parser often reads the noun phrase as the object of the verb before the name,
not as an apposition, so the kind noun is lost. :func:`kind_after_dash` reads it from the words: a dash
right after the name, an article, and the head noun of the phrase (the last noun of its compound,
before a preposition or the end).

A preposition, a conjunction or a verb between a noun and a name says the name is no apposition of the noun,
whatever the parser made of it: English sets an apposition right before the name ("his wife Melania", "charity
Sea-Eye") or off by a comma or a dash. In "researchers from the Georgia Institute of Technology and University of
South Carolina Beaufort" the small parser reads the university as an apposition of "researchers", which would
make it a person; :func:`apposed_across_words` tells such readings apart.

Example:
    >>> kind_after_dash(doc[6:7])   # "… from LiveLeak — a video-sharing platform …"  # doctest: +SKIP
    'ORG'
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.media import kind_of

# Parts of speech that never stand between a noun and a name set in apposition to it.
_GOVERNING = frozenset({"ADP", "CCONJ", "SCONJ", "VERB", "AUX"})
_DASHES = frozenset({"—", "–", "--"})
_ARTICLES = frozenset({"a", "an"})


def kind_after_dash(span: Span) -> str | None:
    """The label the noun of "— a <kind> …" right after a name gives it, or None."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text not in _DASHES or doc[i + 1].lower_ not in _ARTICLES:
        return None
    head = None
    for token in doc[i + 2 : min(len(doc), i + 8)]:
        if token.pos_ in ("NOUN", "PROPN"):
            head = token  # the compound runs on: its last noun is the head ("video-sharing platform")
        elif token.pos_ in ("ADJ", "VERB", "ADV", "NUM") or token.text == "-":
            if head is not None and token.text != "-":
                break
        else:
            break
    return kind_of(head) if head is not None and head.pos_ == "NOUN" else None


def apposed_across_words(span: Span) -> bool:
    """Whether the name's root is parsed as an apposition of a noun before it across a preposition, a
    conjunction or a verb ("researchers from … and University of …"), which no apposition is."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start:
        return False
    return any(t.pos_ in _GOVERNING for t in span.doc[head.i + 1 : span.start])
