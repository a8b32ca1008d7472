""""The storm" for the one storm the text names: "Hurricane Lorenzo hit the Azores … as the storm approached".

Weather services give a storm a name with its kind before it ("Hurricane Lorenzo", "Tropical Storm Barry", "Tropical
Depression Three", "Typhoon Haiyan"), and news names it once and goes on with its kind alone: "the storm bore down on
the Azores", "By Tuesday morning, the storm had dissipated" (Wikinews, 2019). A hurricane, a typhoon, a cyclone and a
tropical depression are all storms, and a storm's kind changes as it grows or weakens, so "the storm", "the hurricane"
or "the depression" stands for whichever storm the text has named, when it has named exactly one before; an analyst
writes its name. The kinds are a closed class of weather words (:mod:`toolkit.nlp.lexicon`'s, which also gives the
openers of a storm's name).

Not so: two storms named before ("Humberto … the most recent hurricane to reach Bermuda, Hurricane Gonzalo"), a storm
named only after the description, a description with a word that picks another storm ("the next storm", "a storm"),
and any other noun; nor is a body's name with a kind's word in it a storm ("the National Hurricane Center"). The names are found from the places the kinds' words are written, capitalised and followed by a
capitalised name (the Doc's arrays, :func:`toolkit.nlp.lookups.indices_of`), once per document.

Example:
    >>> storm_named_before(doc[14])   # "Hurricane Lorenzo hit the Azores as the storm approached"  # doctest: +SKIP
    'Hurricane Lorenzo'
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from toolkit.nlp.lexicon import ORG_HEADS, STORM_GRADES, STORM_KINDS
from toolkit.nlp.lookups import indices_of, kept

# The words before a kind in a storm's name ("Tropical Storm", "Super Typhoon").
_PREFIXES = frozenset(STORM_GRADES)
# Adjectives a description may keep and still mean the storm told of ("the tropical storm").
_KEPT_ADJECTIVES = frozenset({"tropical", "subtropical"})


def _storm_names(doc: Doc) -> list[tuple[int, str, str]]:
    """The storms the document names, as (first token, name as written, the storm's own name), in text order."""
    found = []
    for i in indices_of(doc, LOWER, STORM_KINDS):
        kind = doc[i]
        if not kind.is_title or i + 1 >= len(doc):
            continue
        name = doc[i + 1]
        if not (name.is_title and name.is_alpha) or name.lower_ in STORM_KINDS:
            continue  # ("Tropical Storm Barry": the name after the kind's last word)
        if i and doc[i - 1].is_title and doc[i - 1].lower_ not in _PREFIXES and not doc[i - 1].is_sent_start:
            continue  # a body's name with the word in it: "the National Hurricane Center"
        if i + 2 < len(doc) and doc[i + 2].lower_ in ORG_HEADS and doc[i + 2].is_title:
            continue  # ("Hurricane Research Division")
        start = i - 1 if i and doc[i - 1].is_title and doc[i - 1].lower_ in _PREFIXES else i
        found.append((start, doc[start:i + 2].text, name.text))
    return found


def storm_named_before(token: Token) -> str | None:
    """The name of the one storm named before a subject "the storm" (or "the hurricane", "the depression"), or
    None."""
    if token.lower_ not in STORM_KINDS or token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ not in ("det", "punct", "relcl") and not (c.dep_ == "amod" and c.lower_ in _KEPT_ADJECTIVES)
            for c in token.children):
        return None
    if token.i and token.doc[token.i - 1].is_title and token.doc[token.i - 1].lower_ != "the":
        return None  # (a name's own word: "Storm Lorenzo")
    before = [(text, own) for start, text, own in kept(token.doc, "storm_names", _storm_names) if start < token.i]
    if len({own for _, own in before}) != 1:
        return None
    return before[0][0]
