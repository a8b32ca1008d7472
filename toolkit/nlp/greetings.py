"""A word of greeting alone read as a name: "Alright, good afternoon. Aloha everyone." ("Aloha" GPE).

Speakers open with a greeting from another language ("Aloha", "Shalom", "Namaste", "Bonjour", "Hola", "Ciao"),
which the small model, seeing a capitalised word it does not know, calls a place or a person. Such a word tagged
alone, before a word of address ("everyone", "all", "folks", "friends") or a stop, a comma or an exclamation mark, is
no name: :func:`drop_greetings` drops it. The words also open names ("Aloha Stadium", "Shalom Hartman Institute"),
so a span of more than the one word is kept.

Example:
    >>> [e.text for e in drop_greetings(list(doc.ents))]  # "Aloha everyone. Today's proceeding is …"  # doctest: +SKIP
    []
"""

from __future__ import annotations

from spacy.tokens import Span

_GREETINGS = frozenset({"aloha", "shalom", "namaste", "bonjour", "hola", "ciao", "konnichiwa", "salut"})
_ADDRESSED = frozenset({"everyone", "everybody", "all", "folks", "friends", "y'all", ",", "!", "."})
# A farewell's abbreviation, written in capitals before the one mourned ("RIP #Imus", "RIP Kobe"): no name, whatever
# follows it (a longer span, "the RIP Act", is kept).
_FAREWELLS = frozenset({"RIP", "R.I.P."})


def drop_greetings(ents: list[Span]) -> list[Span]:
    """The entities without a lone greeting word followed by a word of address or a stop."""
    out = []
    for ent in ents:
        if len(ent) == 1:  # (a greeting is one word: the longer names are passed by before any word is read)
            after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if ent[0].lower_ in _GREETINGS and (after is None or after.lower_ in _ADDRESSED):
                continue
            if ent[0].text in _FAREWELLS:
                continue
        out.append(ent)
    return out
