"""Names that share one plural head word: "the Constitution and Libertarian parties", "the Tigris and Euphrates rivers".

English names several bodies or places of one kind at once by coordinating their proper words before the
kind's noun in the plural ("the Alliance, Reform, and Natural Law parties", "the House Foreign Affairs and
Intelligence committees"): each conjunct is a name of its own, the head word shared. The small model tags
such a list as one "body" or leaves it untagged, so that none of the names is found.
:func:`names_sharing_a_head` gives each conjunct its own span, labelled by the head's kind (a body's, a
place's or a built thing's head words, :mod:`toolkit.nlp.lexicon`).

Example:
    >>> [(e.text, e.label_) for e in names_sharing_a_head(doc, list(doc.ents))]   # doctest: +SKIP
    [('Alliance', 'ORG'), ('Reform', 'ORG'), ('Natural Law', 'ORG')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, ORG_HEADS
from toolkit.nlp.lookups import indices_where

_PLURAL_TAGS = frozenset({"NNS"})
_LAST_JOINERS = frozenset({"and", "&", "or"})
_ARTICLES = frozenset({"the", "a", "an"})
# The peoples and places a body's kind is often shared by ("the Kenyan and Ugandan courts", "the
# Spanish and French courts") are its country, not its name; a party alone is named by such a word
# ("the Democratic and Republican parties").
_NAMED_BY_PEOPLES = frozenset({"party"})
# Heads of built things that name them only when shared by a list in the plural: "the Northern and Jubilee lines" of
# a metro (round ent41a); a name ending in "Line" alone is often a shipping or cruise firm's ("White Star Line").
_SHARED_ONLY_FAC_HEADS = frozenset({"line"})


def _label_of_head(token: Token) -> str | None:
    """The kind a lower-case plural head word names ("parties" → ORG, "rivers" → LOC), or None."""
    if token.tag_ != "NNS" or not token.is_lower:
        return None
    lemma = token.lemma_.lower()
    if lemma in ORG_HEADS:
        return "ORG"
    if lemma in LOC_HEADS:
        return "LOC"
    return "FAC" if lemma in FAC_HEADS or lemma in _SHARED_ONLY_FAC_HEADS else None


def _name_word(token: Token) -> bool:
    return (token.is_alpha and (token.is_title or (token.is_upper and len(token) > 1))
            and token.lower_ not in _ARTICLES and token.pos_ in ("PROPN", "ADJ", "NOUN"))


def _conjuncts(doc: Doc, head: int) -> list[tuple[int, int]]:
    """The (start, end) of each name coordinated before ``head``, in reading order; [] when there is no list."""
    parts: list[tuple[int, int]] = []
    joiners: list[str] = []
    i = head - 1
    while i >= 0:
        end = i + 1
        while i >= 0 and end - i <= 4 and _name_word(doc[i]):
            i -= 1
        if i + 1 == end:
            break
        parts.append((i + 1, end))
        if i >= 1 and doc[i].lower_ in _LAST_JOINERS and _name_word(doc[i - 1]):
            joiners.append(doc[i].lower_)
            i -= 1
        elif i >= 2 and doc[i].lower_ in _LAST_JOINERS and doc[i - 1].text == "," and _name_word(doc[i - 2]):
            joiners.append(doc[i].lower_)  # the serial comma: ", and"
            i -= 2
        elif i >= 1 and doc[i].text == "," and _name_word(doc[i - 1]):
            joiners.append(",")
            i -= 1
        else:
            break
    # A list: two names or more, the last joined by "and" (or "or"), the others by commas.
    if len(parts) < 2 or len(joiners) != len(parts) - 1 or joiners[0] not in _LAST_JOINERS \
            or any(j != "," for j in joiners[1:]):
        return []
    return parts[::-1]


def _one_party(doc: Doc, head: Token) -> list[tuple[int, int]]:
    """The one name before "parties" that a lower-case word opens ("several state Constitution parties", round
    ent37b): a party's branches, named by the party's proper words (not a people's, checked by the caller); []
    otherwise."""
    if head.lemma_.lower() not in _NAMED_BY_PEOPLES:
        return []
    i = head.i - 1
    while i >= 0 and head.i - i <= 3 and _name_word(doc[i]):
        i -= 1
    if i + 1 == head.i or i < 0 or not (doc[i].is_lower and doc[i].is_alpha) or doc[i].lower_ in _ARTICLES:
        return []
    return [(i + 1, head.i)]


def named_before_parties(span: Span) -> bool:
    """Whether a name stands before "parties", alone or in a list of names sharing it ("the Alliance, Reform,
    Natural Law, and American Delta parties", "several state Constitution parties"): the party "<name> Party"."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end <= 12 and (_name_word(doc[i]) or doc[i].text == ","
                                                    or doc[i].lower_ in _LAST_JOINERS):
        i += 1
    return i < len(doc) and doc[i].lower_ == "parties" and doc[i].tag_ == "NNS"


def names_sharing_a_head(doc: Doc, ents: list[Span]) -> list[Span]:
    """Give each name of a list before a shared plural head its own span (see the module).

    Args:
        doc: the parsed document.
        ents: its entity spans in document order, none overlapping.

    Returns:
        The spans, with those inside such a list replaced by one span per name; a list that an entity
        crosses into or out of is left as it is.
    """
    out = list(ents)
    for i in indices_where(doc, tag=_PLURAL_TAGS):  # the heads are plural common nouns
        token = doc[i]
        label = _label_of_head(token)
        if label is None or token.i < 3:
            continue
        parts = _conjuncts(doc, token.i) or _one_party(doc, token)
        if not parts:
            continue
        words = [doc[s:e] for s, e in parts]
        if token.lemma_.lower() not in _NAMED_BY_PEOPLES and any(
                t.ent_type_ in ("NORP", "GPE") for w in words for t in w):
            continue
        if label == "ORG" and token.lemma_.lower() not in _NAMED_BY_PEOPLES and any(is_known_place(w.text) for w in words):
            continue  # "the Oxford and Cambridge colleges": the towns may be what is meant
        start = parts[0][0] - 1 if parts[0][0] > 0 and doc[parts[0][0] - 1].lower_ in _ARTICLES else parts[0][0]
        end = token.i + 1
        if any(e.start < start < e.end or e.start < end < e.end or (e.start < start and e.end > end) for e in out):
            continue  # an entity runs into the list from outside: another reading
        out = sorted([e for e in out if not (start <= e.start and e.end <= end)]
                     + [Span(doc, s, e, label=label) for s, e in parts], key=lambda e: e.start)
    return out
