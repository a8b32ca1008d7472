"""A legislator's state and district in brackets after the name: "Senator Tommy Tuberville (R-AL)", "Congressman
Tim Walberg (MI-05)".

American news, press releases and op-ed bylines place a member of Congress by party and state ("(R-AL)", "(D-NY)",
"(I-VT)") or by district, the state's postal code and the district's number ("(MI-05)", "(TX-01)", "(NY-AL)" for a
state's one at-large seat). The small model leaves the state's code untagged after the party's letter, and reads
the district as a law ("TN-01" LAW) or passes over it; both are places: the state (its code an alias of the state's
name, as :mod:`toolkit.nlp.state_codes` keys it) and an electoral district (GPE, as the golds label one).

Only in brackets right after a person's name, with nothing else inside: "(R-AL)" elsewhere could be anything, and
a code with a number outside a byline is a road, a form or a model ("I-95", "W-2").

Example:
    >>> [(e.text, e.label_) for e in repair_entities(nlp("U.S. Senator Tommy Tuberville (R-AL)")).ents]  # doctest: +SKIP
    [('U.S.', 'GPE'), ('Tommy Tuberville', 'PERSON'), ('AL', 'GPE')]
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.gazetteer import us_state_codes
from toolkit.nlp.lookups import doc_text, indices_matching, indices_where

_PARTIES = frozenset({"R", "D", "I"})  # Republican, Democrat, independent
_DISTRICT = re.compile(r"([A-Z]{2})-(\d{1,2}|AL)")  # "MI-05", "NY-AL"


def _after_person(doc: Doc, opening: int, people: set[int] | None) -> bool:
    """Whether the bracket at ``opening`` follows a person's name (the spans given, else the model's tags)."""
    if opening < 1 or doc[opening].text != "(":
        return False
    last = opening - 1
    return last in people if people is not None else doc[last].ent_type_ == "PERSON"


def _closes(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].text[:1] == ")"


def party_state_code(token: Token, people: set[int] | None = None) -> bool:
    """Whether ``token`` is the state's code of a "(R-AL)" after a person's name.

    Args:
        token: any token.
        people: the indices of the last tokens of people's names, if known (else the model's tags are read).
    """
    doc, i = token.doc, token.i
    return (token.text in us_state_codes() and i >= 3 and doc[i - 1].text == "-" and doc[i - 2].text in _PARTIES
            and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ and _closes(doc, i + 1)
            and _after_person(doc, i - 3, people))


def district_code(token: Token, people: set[int] | None = None) -> bool:
    """Whether ``token`` is a congressional district's code ("MI-05") alone in brackets after a person's name."""
    match = _DISTRICT.fullmatch(token.text)
    return (match is not None and match.group(1) in us_state_codes() and _closes(token.doc, token.i + 1)
            and _after_person(token.doc, token.i - 1, people))


def _upper_or_hyphened(word: str) -> bool:
    return word.isupper() or "-" in word  # (spaCy's ``is_upper`` is ``str.isupper``)


def legislators_codes(ents: list[Span], *, text: str | None = None) -> list[Span]:
    """Label a legislator's state ("AL" of "(R-AL)") and district ("MI-05") as places (GPE).

    A code the model left untagged is added; one it tagged alone (the district "TN-01" LAW) is relabelled; a code
    inside a longer span is left as it is.

    Args:
        ents: entity spans in document order, none overlapping.
        text: ``doc.text``, when the caller has it.

    Returns:
        The spans, mended, in document order.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    if "(" not in (doc_text(doc) if text is None else text):  # (spaCy joins doc.text anew from every token)
        return ents
    people = {e.end - 1 for e in ents if e.label_ == "PERSON"}
    owner = {i: k for k, e in enumerate(ents) for i in range(e.start, e.end)}
    out = list(ents)
    added: list[Span] = []
    # (only a word in capitals or with a hyphen can be a code: those found in the Doc's array, not token by token)
    for i in indices_matching(doc, ORTH, _upper_or_hyphened):
        token = doc[i]
        if not (token.is_upper and "-" not in token.text and party_state_code(token, people)
                or "-" in token.text and district_code(token, people)):
            continue
        k = owner.get(token.i)
        if k is None:
            added.append(Span(doc, token.i, token.i + 1, label="GPE"))
        elif len(out[k]) == 1 and out[k].label_ != "GPE":
            out[k] = Span(doc, token.i, token.i + 1, label="GPE")
    return sorted(out + added, key=lambda e: e.start) if added else out


# A party's letter, a hyphen and a state's abbreviation, set off by commas after a name in wire style ("Sen.
# Lindsey Graham, R-S.C., who …", "Rep. Don Bacon, R-Neb., said"): AP writes the state abbreviated or whole.
_WIRE_CODE = re.compile(r"[A-Z][A-Za-z.]*")


def _wire_party_code(token: Token) -> bool:
    """Whether ``token`` ends a ", R-S.C.," set off after a person's name (the party's letter and the hyphen
    before it, the name's last word before the comma before them)."""
    doc, i = token.doc, token.i
    return (i >= 4 and _WIRE_CODE.fullmatch(token.text) is not None and doc[i - 1].text == "-"
            and doc[i - 2].text in _PARTIES and doc[i - 3].text == "," and doc[i - 4].pos_ == "PROPN"
            and i + 1 < len(doc) and doc[i + 1].text == ",")


def mend_relatives_after_party_codes(doc: Doc) -> Doc:
    """Hang a relative clause the parser put on a legislator's party-and-state code on the legislator: in "Sen.
    Lindsey Graham, R-S.C., who has pushed for sweeping sanctions, said …" the parser hangs "who has pushed" on
    "S.C.", so the code would have pushed. A "who" clause after the code describes the person the code is set
    off after. Mends ``doc`` in place and returns it."""
    for i in indices_where(doc, dep=("relcl",)):  # (the relative clauses only, found in the Doc's column)
        token = doc[i]
        if not _wire_party_code(token.head):
            continue
        code = token.head
        person = code.head if code.dep_ == "appos" and code.head.i < code.i else doc[code.i - 4]
        if person.pos_ == "PROPN":
            token.head = person
    return doc
