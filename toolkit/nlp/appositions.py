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
    head = _phrase_head(doc, i + 2)
    return kind_of(head) if head is not None and head.pos_ == "NOUN" else None


def kind_after_comma_as_object(span: Span) -> str | None:
    """The label the noun of ", a <kind> …" right after a name gives it where the parser read that noun phrase as a
    second object beside the name, not as its apposition ("were to storm Area 51, a classified facility within …":
    "facility" a second object of "storm", round ent41a); a verb takes no two direct objects in a row set off by a
    comma, so the phrase describes the name. None otherwise (a parse that made it an apposition is read by
    :func:`~toolkit.nlp.kind_nouns.kind_noun` itself)."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in _ARTICLES:
        return None
    head = _phrase_head(doc, i + 2)
    root = span.root
    if (head is None or head.pos_ != "NOUN" or head.dep_ != root.dep_ or head.dep_ not in ("dobj", "pobj")
            or head.head.i != root.head.i):
        return None
    return kind_of(head)


def _phrase_head(doc, start: int):
    """The head noun of the noun phrase opening at ``start`` after its article: the last noun of its compound,
    before a preposition or the end ("video-sharing platform", "classified facility"), or None."""
    head = None
    for token in doc[start : min(len(doc), start + 6)]:
        if token.pos_ in ("NOUN", "PROPN"):
            head = token  # the compound runs on: its last noun is the head ("video-sharing platform")
        elif token.pos_ in ("ADJ", "VERB", "ADV", "NUM") or token.text == "-":
            if head is not None and token.text != "-":
                break
        else:
            break
    return head


def apposed_across_words(span: Span) -> bool:
    """Whether the name's root is parsed as an apposition of a noun before it across a preposition, a
    conjunction or a verb ("researchers from … and University of …"), which no apposition is."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start:
        return False
    return any(t.pos_ in _GOVERNING for t in span.doc[head.i + 1 : span.start])
