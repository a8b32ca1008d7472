"""The labels of a message's header fields and of a post's parts, read as names ("Email: Anthony Beavers <…>",
"Groups: alt.animals.cat", "My opinion piece … has appeared at Newsday. Excerpt: "Arafat 's secular nationalism …"",
round entities63, newsgroup posts and weblogs that quote the news).

A news text copied out of a mail, a newsgroup or a weblog keeps the furniture around it: header fields ("Email:",
"From:", "Subject:", "Groups:") and the labels of a post's parts ("Excerpt:", "Update:", "Source:"). The small model
reads the capitalised word before the colon as a body or a person. The labels are a closed class (the header fields
of mail and of news, RFC 5322 and RFC 5536, and the few words posts use to mark a part); one of them written alone
before a colon is no name: :func:`drop_field_labels` drops its span.

Cost: visits the entities only.

Example:
    >>> [(e.text, e.label_) for e in drop_field_labels(ents)]  # "Email: Anthony Beavers <…>"  # doctest: +SKIP
    [('Anthony Beavers', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

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
        if e.text in FIELD_LABELS and e.end < len(doc) and doc[e.end].text == ":":
            continue
        out.append(e)
    return out
