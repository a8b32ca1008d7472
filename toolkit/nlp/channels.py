"""Channels: the station or network a programme is "on".

A programme is broadcast on a channel, never on a place: in "hosted a show on RT" the name after
"on" is a broadcaster, a body, though the small model labels the short acronym a place (GPE).
:func:`channels_of_programmes` relabels a name the model calls a place as a body when it is the
object of "on" bound to a noun of broadcasting (show, programme, broadcast, episode, segment) and
written in capitals, as a broadcaster's initials are, and no known place ("a show on Long Island" and "a
programme on UK television" stay places).
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place

# Nouns of broadcasting: what is "on" a channel. A closed lexical class of the broadcast trade.
_PROGRAMMES = frozenset({"show", "programme", "program", "broadcast", "episode", "segment", "series", "newscast",
                         "bulletin"})


def channels_of_programmes(ents: list[Span]) -> list[Span]:
    """Relabel as a body (ORG) a "place" that is the channel of a programme ("a show on RT").

    Args:
        ents: entity spans in document order.

    Returns:
        The spans, a GPE or LOC in capitals, object of "on" after a broadcasting noun and no known
            place, labelled ORG.
    """
    out = []
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC") or not ent.text.isupper():
            out.append(ent)
            continue
        prep = ent.root.head
        if (ent.root.dep_ == "pobj" and prep.lower_ == "on"
                and prep.head.lemma_.lower() in _PROGRAMMES and prep.head.pos_ == "NOUN"
                and ent.text.isupper() and not is_known_place(ent.text, cities=True)):
            ent = Span(ent.doc, ent.start, ent.end, label="ORG")
        out.append(ent)
    return out
