"""Names of bodies that end in their country's name ("Marriage Equality Coalition Taiwan", "Youth Forum
Zimbabwe", "Transparency International Kenya").

Campaign groups, charities and national branches of international bodies often put the country after the
head noun of their name. The small model leaves such a name untagged or takes the country alone, and the
reading of :func:`~toolkit.nlp.names.organisation_names` stops before it, since a name's head must end the
capitalised run there. Here the run is read to its end when the one word after the head is a country
and the run stops with it.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import known_countries
from toolkit.nlp.lexicon import NOT_NAME_WORDS, ORG_HEADS
from toolkit.nlp.lookups import indices_of

# How many capitalised words before the head a name takes at most, as organisation_names reads them.
_MAX_WORDS = 6


def bodies_ending_in_countries(doc: Doc, taken: set[int], *, ents: tuple[Span, ...] | None = None) -> list[Span]:
    """Capitalised runs of a body's head and a country's name after it, the run ending there.

    "Jennifer Lu of Marriage Equality Coalition Taiwan said": "Coalition", a head of bodies' names, then
    "Taiwan", a country, then a lower-case word. The name needs at least one word of its own before the
    head ("the Coalition Taiwan …" is no name), takes no token of another entity or of ``taken``, and never
    opens with a title word.

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in a name found by an earlier rule.
        ents: ``doc.ents``, when the caller has read them.

    Returns:
        The bodies found, labelled ORG.
    """
    # the head words are found in the Doc's arrays first, not by testing every token of the text
    heads = [doc[i] for i in indices_of(doc, LOWER, ORG_HEADS) if i + 1 < len(doc)]
    if not heads:
        return []
    countries = known_countries()
    entity_tokens = {at for e in (doc.ents if ents is None else ents) if e.label_ not in ("GPE", "ORG")
                     for at in range(e.start, e.end)}
    blocked = taken | entity_tokens
    found = []
    for head in heads:
        country = doc[head.i + 1]
        if not (head.is_title and head.pos_ == "PROPN"
                and country.is_title and country.pos_ == "PROPN" and country.lower_ in countries
                and not country.is_sent_start and head.whitespace_):
            continue
        after = doc[country.i + 1] if country.i + 1 < len(doc) else None
        if after is not None and (after.is_title or after.is_upper) and after.is_alpha:
            continue  # the capitalised run goes on: not a name that ends in its country
        start = head.i
        while start > 0 and head.i - start < _MAX_WORDS:
            before = doc[start - 1]
            if not (before.is_title and before.is_alpha and before.pos_ in ("PROPN", "ADJ", "NOUN")
                    and before.lower_ not in NOT_NAME_WORDS - ORG_HEADS and start - 1 not in blocked
                    and (not before.is_sent_start or before.tag_ == "NNP")):
                break
            start -= 1
            if before.is_sent_start:
                break  # a proper noun may open the sentence and the name
        if start < head.i and not any(t.i in blocked for t in doc[start:country.i + 1]):
            found.append(Span(doc, start, country.i + 1, label="ORG"))
    return found
