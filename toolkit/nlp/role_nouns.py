"""People named right after the common noun of their trade, the model leaving the name untagged: "He named
Wyoming preacher Michelle Tidball as his running mate".

News writes a person's trade or role as a bare noun before the name, no article and no comma between (a close
apposition: "rapper Kanye West", "historian Darcy Richardson", "Wyoming preacher Michelle Tidball"). The small model
mostly tags the name; where it leaves it untagged (round ent38: "Michelle Tidball" untagged, her surname alone
called a work further on), :func:`people_after_role_nouns` takes it: a given name the census tells a sex of
(:func:`~toolkit.nlp.given_names.sex_of_given_name`) and one or two capitalised proper nouns more, right after a
lower-case noun of a doer (its ending: "-er", "-or", "-ist", "-ian", "-man", "-woman", "-ant", "-ent", "-eur") that
modifies the name. A work's noun ("the film Michael Clayton") has no doer's ending.

A god is named the same way after the noun of its kind ("an avatar of the Hindu god Narsimha", "the sun god Ra",
"the goddess Athena"): :func:`gods_after_kind_nouns` takes one or two capitalised proper nouns the model left
untagged right after a lower-case "god", "goddess" or "deity" that modifies them, a person (PERSON) as the earlier
golds annotate gods and fictional characters (round ent39c). "the god of war" names no one.

Firms are named so too, after the noun of their trade and the goods it deals in, with the adjective of their
country in front ("the Greek gas producer Energean", "Norwegian oil producer Equinor"): where the model leaves the
name untagged (round ent39a), :func:`bodies_after_trade_nouns` takes it as a body (ORG). A person so named opens
with a given name ("the American film producer Harvey Weinstein") and is left.

Example:
    >>> [e.text for e in people_after_role_nouns(doc, set())]   # doctest: +SKIP
    ['Michelle Tidball']
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.antecedents import NOT_PERSON_WORDS
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.given_names import given_names
from toolkit.nlp.lookups import indices_of

# The endings of English nouns of a doer or of one's trade ("preacher", "historian", "pianist", "businessman").
_DOER_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent", "eur")


@cache
def _capitalised_given_names() -> frozenset[str]:
    return frozenset(name.capitalize() for name in given_names())


def people_after_role_nouns(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged names of people right after a lower-case noun of their trade (see the module).

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity; a name touching one is left alone.

    Returns:
        New PERSON spans.
    """
    found: list[Span] = []
    for i in indices_of(doc, ORTH, _capitalised_given_names()):  # (found in numpy, no pass over the tokens)
        if i == 0 or i in taken or doc[i].ent_type_ or doc[i].pos_ != "PROPN":
            continue
        role = doc[i - 1]
        if not (role.pos_ == "NOUN" and role.is_lower and role.is_alpha and role.text.endswith(_DOER_ENDINGS)):
            continue
        end = _untagged_run(doc, i + 1, i + 3, taken)
        if end == i + 1 or _capitals_go_on(doc, end):
            continue  # a given name alone, or a longer run of capitals (a body's or a work's name)
        span = Span(doc, i, end, label="PERSON")
        if role.head.i not in range(i, end) or {t.lower_ for t in span} & NOT_PERSON_WORDS \
                or is_known_place(span.text, cities=True):
            continue
        found.append(span)
    return found


# The nouns of a god's kind written before its name ("the Hindu god Narsimha", "the goddess Athena").
_GOD_NOUNS = frozenset({"god", "goddess", "deity"})


def gods_after_kind_nouns(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged names of gods right after a lower-case noun of their kind (see the module).

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity; a name touching one is left alone.

    Returns:
        New PERSON spans.
    """
    found: list[Span] = []
    for k in indices_of(doc, LOWER, _GOD_NOUNS):  # (found in numpy, no pass over the tokens)
        noun, start = doc[k], k + 1
        if not noun.is_lower or noun.pos_ != "NOUN":
            continue
        end = _untagged_run(doc, start, start + 2, taken, title_case=True)
        if end == start or _capitals_go_on(doc, end):
            continue  # no name, or a longer run of capitals (a work's or a body's name)
        if noun.head.i not in range(start, end) and doc[start].head.i != k:
            continue  # the noun modifies the name, or the name stands in apposition to it
        found.append(Span(doc, start, end, label="PERSON"))
    return found


# The nouns of a firm's trade in goods ("gas producer", "oil exporter", "game developer"); a person's trade takes them
# too ("film producer"), which the given name of the person's name tells apart.
_TRADE_NOUNS = frozenset({"producer", "supplier", "exporter", "importer", "refiner", "distributor", "operator",
                          "developer", "manufacturer", "maker", "retailer", "carrier"})


def bodies_after_trade_nouns(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged names of firms right after "<people's adjective> <goods> <trade noun>" (see the module): "the
    Greek gas producer Energean signed a letter of intent".

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity; a name touching one is left alone.

    Returns:
        New ORG spans.
    """
    found: list[Span] = []
    for k in indices_of(doc, ORTH, _TRADE_NOUNS):
        start = k + 1
        if not (k >= 2 and start < len(doc) and start not in taken and not doc[start].ent_type_
                and doc[start].pos_ == "PROPN" and doc[start].text[:1].isupper() and doc[start].is_alpha
                and doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower and doc[k - 2].ent_type_ == "NORP"
                and doc[start].text not in _capitalised_given_names()):
            continue
        end = _untagged_run(doc, start, start + 3, taken)
        span = Span(doc, start, end, label="ORG")
        if ((doc[k].head.i in range(start, end) or span.root.head.i == k)  # (the parser hangs either on the other)
                and not is_known_place(span.text, cities=True)):
            found.append(span)
    return found


def _untagged_run(doc: Doc, start: int, limit: int, taken: set[int], *, title_case: bool = False) -> int:
    """The end of the run of untagged, capitalised, alphabetic proper nouns from ``start`` (at most up to ``limit``):
    the name a noun of a trade or a kind stands before. ``title_case`` asks for "Ra", not "RA", in every word."""
    end = start
    while end < min(limit, len(doc)) and end not in taken and not doc[end].ent_type_:
        token = doc[end]
        capitalised = token.is_title if title_case else token.text[:1].isupper()
        if not (token.pos_ == "PROPN" and token.is_alpha and capitalised):
            break
        end += 1
    return end


def _capitals_go_on(doc: Doc, end: int) -> bool:
    """Whether a capitalised proper noun follows the run: then the run is part of a longer name (a body's, a work's)."""
    return end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
