"""Names of bodies that open with a word written in intercaps ("CentOS Governing Board", "GitHub Security
Lab"), which the small model leaves out of the name: it reads capitals as a name's only after a lower-case
run ("Centos Governing Board" it keeps whole).

Companies and projects of technology write their names with a capital inside ("GitHub", "YouTube",
"CentOS", "PayPal"), an orthographic class that no English common word belongs to. :func:`intercap_openers`
runs a body's name back over such a word right before it, untagged and bound to the name;
:func:`untagged_intercapped_bodies` takes such a word alone, untagged before a noun of a person's role on a
platform or in a firm ("YouTube personality Mr. CreepyPasta", "PayPal co-founder"), for the body it is (ORG).

Example:
    >>> [e.text for e in intercap_openers(list(doc.ents))]  # "… the nine CentOS Governing Board listed …"  # doctest: +SKIP
    ['At least five', 'nine', 'CentOS Governing Board', 'Red Hat']
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.lookups import indices_of

# Nouns of a person's role on a platform or in a firm, which a firm's name in front qualifies ("YouTube
# personality", "TikTok star", "PayPal founder", "GitHub spokesperson"), a closed class.
_ROLE_NOUNS = frozenset("""personality personalities star stars influencer influencers vlogger vloggers streamer
    streamers creator creators founder founders cofounder spokesperson spokesman spokeswoman ceo executive executives
    engineer engineers employee employees""".split())


def is_intercapped(token: Token) -> bool:
    """Whether a word has a capital inside after a lower-case letter ("GitHub", "CentOS", "iPhone"), and is
    neither all capitals nor capitalised only at its start."""
    text = token.text
    return (token.is_alpha and len(text) >= 4 and not token.is_upper and not token.is_title and not token.is_lower
            and any(a.islower() and b.isupper() for a, b in zip(text, text[1:])))


def intercap_openers(ents: list[Span]) -> list[Span]:
    """Run a body's name (ORG) back over an intercapped proper noun right before it that is in no entity and
    that the parser binds to the name ("the nine CentOS Governing Board": one body).

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each such body starting one word earlier.
    """
    out: list[Span] = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        if ent.label_ == "ORG" and start > 0 and (not out or out[-1].end < start):
            word = doc[start - 1]
            if (word.pos_ == "PROPN" and is_intercapped(word) and word.dep_ == "compound"
                    and ent.start <= word.head.i < ent.end):
                ent = Span(doc, start - 1, ent.end, label="ORG")
        out.append(ent)
    return out


def untagged_intercapped_bodies(doc: Doc, taken: set[int]) -> list[Span]:
    """An intercapped word with a capital first ("YouTube", "PayPal", "TikTok") that the model left untagged, bound
    as a modifier to a noun of a person's role right after it ("YouTube personality Mr. CreepyPasta was on hand"), is
    the firm or platform (ORG): no English word is written so, and a role is held in a body. A word after another
    capitalised word mid-sentence is part of a longer name and left; so is a product's name in lower case first
    ("iPhone user").

    Args:
        doc: a parsed ``Doc``.
        taken: the indices of the tokens the entities found so far hold.

    Returns:
        The bodies found, one token each.
    """
    found: list[Span] = []
    for i in indices_of(doc, LOWER, _ROLE_NOUNS):  # (the role nouns found in numpy, no pass over the tokens)
        if i == 0:
            continue
        word = doc[i - 1]
        if (word.i in taken or word.ent_type_ or not word.text[:1].isupper() or not is_intercapped(word)
                or word.head.i != i or word.dep_ not in ("compound", "amod", "nmod")):
            continue
        if word.i > 0 and doc[word.i - 1].is_title and not doc[word.i - 1].is_sent_start:
            continue  # "the Google DeepMind engineer": one name of two words, left to the name's rules
        found.append(Span(doc, word.i, word.i + 1, label="ORG"))
    return found
