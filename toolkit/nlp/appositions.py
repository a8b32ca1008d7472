"""A name's kind stated after a dash: "LiveLeak — a video-sharing platform for citizen journalism".

News sets an apposition off by a dash as it does by a comma ("…, a town near the border"). After a
dash the small model's parser often reads the noun phrase as the object of the verb before the name,
not as an apposition, so the kind noun is lost. :func:`kind_after_dash` reads it from the words: a dash
right after the name, an article, and the head noun of the phrase (the last noun of its compound,
before a preposition or the end).

Example:
    >>> kind_after_dash(doc[6:7])   # "… from LiveLeak — a video-sharing platform …"  # doctest: +SKIP
    'ORG'
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.media import kind_of

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
