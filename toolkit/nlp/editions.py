"""A network's regional edition, named by the network's news and a state or a country: "From CBS News Texas:".

Broadcasters name their regional newsrooms and sites by the network's news division and the state or country
they cover ("CBS News Texas", "NBC News Chicago", "ABC News Australia"). The small model tags the network
("CBS News" ORG) and the place apart ("Texas" GPE), so that the outlet is never found and the text seems to
speak of the state. A body's name ending in "News" and a US state or a country right after it, with no comma,
preposition or capitalised word after the place, is one outlet's name; "CBS News in Texas", "CBS News, Texas",
"NBC News Sunday" are not.

Example:
    >>> [(e.text, e.label_) for e in regional_editions(list(nlp("From CBS News Texas: …").ents))]  # doctest: +SKIP
    [('CBS News Texas', 'ORG')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import known_states_and_countries


def regional_editions(ents: list[Span]) -> list[Span]:
    """Join a network's news ("CBS News") and the state or country named right after it into one body.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each such pair made one ORG span.
    """
    if len(ents) < 2:
        return ents
    doc = ents[0].doc
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        place = ents[k + 1] if k + 1 < len(ents) else None
        if (place is not None and ent.label_ == "ORG" and ent[-1].text == "News" and place.start == ent.end
                and ent[-1].whitespace_ == " " and place.label_ == "GPE"
                and place.text in known_states_and_countries()
                and not (place.end < len(doc) and doc[place.end].is_title and doc[place.end].is_alpha)):
            out.append(Span(doc, ent.start, place.end, label="ORG"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out
