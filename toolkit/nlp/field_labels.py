"""The labels of a message's header fields and of a post's parts, read as names ("Email: Anthony Beavers <…>",
"Groups: alt.animals.cat", "My opinion piece … has appeared at Newsday. Excerpt: "Arafat 's secular nationalism …"",
round entities63, newsgroup posts and weblogs that quote the news).

A news text copied out of a mail, a newsgroup or a weblog keeps the furniture around it: header fields ("Email:",
"From:", "Subject:", "Groups:") and the labels of a post's parts ("Excerpt:", "Update:", "Source:"). The small model
reads the capitalised word before the colon as a body or a person. The labels are a closed class (the header fields
of mail and of news, RFC 5322 and RFC 5536, and the few words posts use to mark a part); one of them written alone
before a colon is no name: :func:`drop_field_labels` drops its span. A page's bar of links ("Subscribe | Manage
preferences | Unsubscribe") names no body either: :func:`drop_link_bar_items`.

Cost: visits the entities only.

Example:
    >>> [(e.text, e.label_) for e in drop_field_labels(ents)]  # "Email: Anthony Beavers <…>"  # doctest: +SKIP
    [('Anthony Beavers', 'PERSON')]
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from toolkit.nlp.lookups import doc_text, span_text

# The header fields of mail and news, and the labels of a post's parts, capitalised as they open a line.
FIELD_LABELS = frozenset({"Email", "E-mail", "From", "To", "Cc", "Bcc", "Subject", "Date", "Sent", "Groups",
                          "Newsgroups", "Followup-To", "Excerpt", "Update", "Updated", "Source", "Correction",
                          "Related"})


def drop_field_labels(ents: list[Span]) -> list[Span]:
    """Drop the entity spans that are a field's label alone right before its colon.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out = []
    for e in ents:
        doc = e.doc
        if e.end < len(doc) and doc[e.end].text == ":" and span_text(e) in FIELD_LABELS:
            continue
        out.append(e)
    return out


# A page's bar of links: three items or more of one to three words, set apart by bars or middle dots, to a line's end
# ("Subscribe | Manage preferences | Unsubscribe", "Home · World · Business", "Share | Print | Email").
_LINK_BAR = re.compile(r"(?:^|(?<=[.!?] ))[ \t]*[^\s|·.!?:;,\"“”]+(?:[ \t]+[^\s|·.!?:;,\"“”]+){0,2}"
                       r"(?:[ \t]*[|·][ \t]*[^\s|·.!?:;,\"“”]+(?:[ \t]+[^\s|·.!?:;,\"“”]+){0,2}){2,}[ \t]*$", re.M)


def drop_link_bar_items(ents: list[Span]) -> list[Span]:
    """Drop the bodies and places the model read in a page's bar of links ("Subscribe | Manage preferences |
    Unsubscribe": "Manage" and "Unsubscribe" ORG, round wire34c): its items are the page's buttons and sections,
    no figure of the story. The bar may close a line after a sentence ("Share this newsletter with a friend.
    Subscribe | …"). Only a name of English words is dropped: a person's name or an outlet's there is kept (a
    byline's "By Jane Doe | Reuters | Updated …").

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    text = doc_text(ents[0].doc)
    if "|" not in text and "·" not in text:
        return ents
    bars = [m.span() for m in _LINK_BAR.finditer(text)]
    if not bars:
        return ents
    from toolkit.nlp.mistags import english_words

    english = english_words(ents[0].doc.vocab)

    def word(lower: str) -> bool:  # (a verb undone by its prefix is English too: "Unsubscribe", "Deselect")
        return lower in english or (lower[:2] in _UNDOING and lower[2:] in english)

    return [e for e in ents if e.label_ == "PERSON" or not all(word(t.lower_) for t in e)
            or not any(s <= e.start_char and e.end_char <= t for s, t in bars)]


_UNDOING = frozenset({"un", "de", "re"})
