"""A town placed by its state's postal code: "WTSP-TV (Tampa Bay, FL)", "(Fort Wayne, IN)", "AUSTIN, TX —".

American news places a town by the two-letter postal code of its state after a comma: in the credit of a local
outlet ("KOAM-TV (Joplin, MO): …"), in a dateline, in a list of sources. The small model reads the capital
letters as a body's ("FL", "TX", "NY" ORG, "MA" PERSON), passes over the codes that are English words ("IN",
"OR") and, taking its cue from them, calls the town a body too ("Syracuse", "Kennewick", "Fort Wayne" ORG) or
leaves it untagged ("Portland", "Warwick"). The phrase says what both are: one to three capitalised words, a
comma and a state's code that ends the phrase (a closing bracket, a colon, a comma, a full stop, a dash or the
end of the text after it) name a town and the state it lies in.

Not after a person's name ("Jane Roe, MD", "John Doe, PA": a degree or a post after a name, which the model
labels PERSON), nor where the code runs on into words ("Washington, DC Metro": the name goes on).

:func:`towns_with_state_codes` labels both places (GPE) in ``doc.ents``; :func:`state_code_after_town` is the
evidence the vote reads (``place-apposition``) for the town and the code; :func:`codes_of_towns` gives the codes
a document uses so (and those in brackets after a legislator's name, "Steve Daines (MT)"), which :func:`toolkit.nlp.mentions.mentions` keys to their states' names, so that "FL" is an
alias of Florida (and "in NJ", later in the same text, of New Jersey: one text uses a code in one sense).

Example:
    >>> [(e.text, e.label_) for e in repair_entities(nlp("WANE-TV (Fort Wayne, IN): Gas prices fall")).ents]  # doctest: +SKIP
    [('WANE-TV', 'ORG'), ('Fort Wayne', 'GPE'), ('IN', 'GPE')]
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.district_codes import party_state_code
from toolkit.nlp.gazetteer import us_state_codes
from toolkit.nlp.lookups import indices_of

_LONGEST_TOWN = 3  # words of a town's name ("Bury St Edmunds", "Grand Rapids")
# What may follow the code and close the phrase: a bracket, a colon, a comma, a stop, a dash (alone or opening a
# token, "):").
_CLOSERS = frozenset({")", "]", ":", ",", ".", ";", "—", "–", "-"})
# Nouns of the land around a town that may follow the code too: "in the Chillicothe, OH area", "the Dallas, TX
# region" (a place noun after the phrase, which "the" opens; round uner41).
_AREA_NOUNS = frozenset({"area", "region"})


@lru_cache(maxsize=1)
def _code_words() -> frozenset[str]:
    return frozenset(us_state_codes())


def _codes_in(doc: Doc) -> list[int]:
    """The indices of the tokens that spell a state's code, found in the Doc's arrays (a test of every
    token of every text cost several milliseconds a document, and most texts have no code at all)."""
    return indices_of(doc, ORTH, _code_words())


def _town_words(doc: Doc, comma: int) -> tuple[int, int] | None:
    """The capitalised words right before a comma (one to three), as token bounds, if any."""
    start = comma
    while (start > 0 and comma - start < _LONGEST_TOWN and doc[start - 1].is_alpha
           and (doc[start - 1].is_title or doc[start - 1].is_upper and len(doc[start - 1]) > 2)):
        start -= 1
    if start == comma or (start > 0 and doc[start - 1].is_alpha and doc[start - 1].is_title):
        return None  # no capitalised word, or a longer run than a town's name (a title, a headline)
    return start, comma


def state_code_after_town(token: Token) -> tuple[int, int] | None:
    """The bounds of the town a state's code places, when ``token`` is that code ("Joplin, MO)").

    Args:
        token: any token.

    Returns:
        ``(start, end)`` of the town's words before the comma, or None when the token is no state's code
        closing a "<Town>, <ST>" phrase.
    """
    doc = token.doc
    i = token.i
    if len(token.text) != 2 or not token.text.isupper() or token.text not in us_state_codes():
        return None
    if i < 2 or doc[i - 1].text != "," or (i + 1 < len(doc) and doc[i + 1].text[0] not in _CLOSERS
                                           and not doc[i + 1].is_space and not _area_after(doc, i)):
        return None
    if i + 2 < len(doc) and doc[i + 1].text == "." and doc[i + 2].is_alpha and not doc[i + 2].is_title:
        return None  # (an initial, "D.", in "Washington, D. C."; left to the model)
    town = _town_words(doc, i - 1)
    if town is None or any(doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ != "" for j in range(*town)):
        return None  # "Jane Roe, MD": a degree after a person's name
    return town


def _area_after(doc: Doc, i: int) -> bool:
    """Whether a lower-case noun of the land around a town follows the code at ``i`` ("the Chillicothe, OH area")."""
    return i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].lower_ in _AREA_NOUNS


def town_before_state_code(span: Span) -> bool:
    """Whether a name is the town of a "<Town>, <ST>" phrase: ", " and a state's code close it."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    town = state_code_after_town(doc[span.end + 1])
    return town is not None and town[1] == span.end


def _seat_after_person(token: Token) -> bool:
    """Whether a state's code stands alone in brackets after a person's name: a legislator's state ("U.S. Senator
    Steve Daines (MT): …")."""
    doc, i = token.doc, token.i
    return (2 <= i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text[:1] == ")"
            and doc[i - 2].ent_type_ == "PERSON")


def codes_of_towns(doc: Doc) -> dict[str, str]:
    """The state codes that close a "<Town>, <ST>" phrase in the document, or stand for a legislator's state in
    brackets after the name, alone or after the party's letter ("(R-AL)"), each with its state's name."""
    codes = us_state_codes()
    return {t.text: codes[t.text] for t in (doc[i] for i in _codes_in(doc))
            if state_code_after_town(t) is not None or _seat_after_person(t) or party_state_code(t)}


def towns_with_state_codes(ents: list[Span]) -> list[Span]:
    """Label the town and the state's code of each "<Town>, <ST>" phrase as places (GPE).

    A span that is the code or the town alone is relabelled (a town the model called a place keeps its
    label, "Tampa Bay" LOC); one the model left untagged is added; a span that reaches beyond the phrase
    (a body's name run on) is left as it is, and so is the phrase.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, mended, in document order.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    candidates = _codes_in(doc)
    if not candidates:
        return ents
    owner = {i: k for k, e in enumerate(ents) for i in range(e.start, e.end)}
    out = list(ents)
    added: list[Span] = []
    for token in (doc[i] for i in candidates):
        town = state_code_after_town(token)
        if town is None:
            continue
        for start, end in ((token.i, token.i + 1), town):
            inside = {owner.get(j) for j in range(start, end)}
            if inside == {None}:
                added.append(Span(doc, start, end, label="GPE"))
                continue
            if len(inside) != 1 or None in inside:
                continue  # part tagged, part not: left as the model and the repairs have it
            k = next(iter(inside))
            ent = out[k]
            if ent.start < start or ent.end > end:
                continue  # a longer name holds the words: left as it is
            if ent.label_ not in ("GPE", "LOC"):
                out[k] = Span(doc, ent.start, ent.end, label="GPE")
    return sorted(out + added, key=lambda e: e.start) if added else out
