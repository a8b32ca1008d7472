"""Bodies' names the model ended on a modifier: "the Office of the UN" + "High Commissioner for Human Rights".

A word bound as a compound to a capitalised noun after it modifies that noun and ends no name: in "the Office
of the UN High Commissioner for Human Rights" the "UN" qualifies "Commissioner", and in "the U.S. District Court
for …" the "U.S." qualifies "Court". The small model often stops a body's name at such a word, or tags it as a
body of its own next to the rest ("the U.S." + "District Court for Northern District of California"), so that
the body is listed under a fragment. :func:`bodies_to_their_heads` reads the parse:

* a body (ORG) whose name ends in "of" and a word that is a compound of a capitalised noun right after it, with
  only untagged capitalised compounds between, runs on to that noun and over an "of"/"for" tail of capitalised
  words after it ("… Commissioner for Human Rights");
* a body (ORG) right before another body, whose last word is a compound of that body's head, is part of its
  name ("the U.S." + "District Court …"); a place before a body ("U.S." GPE + "State Department") is left apart,
  since news names the country too;
* but a noun that is an officer's title right before a person's name is the person's, no part of the body's
  name: "National Association of Manufacturers President Jay Timmons" is the Association and its president,
  as "Sierra Club Executive Director Ben Jealous" is (the parser binds the body's last word to the title).

Example:
    >>> [e.text for e in bodies_to_their_heads(list(doc.ents))]   # doctest: +SKIP
    ['Office of the UN High Commissioner for Human Rights']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import PERSON_TITLES

_TAIL_CONNECTORS = frozenset({"of", "for"})
# Officers' titles a body's name stands before ("… Manufacturers President Jay Timmons"), besides PERSON_TITLES.
_OFFICER_TITLES = PERSON_TITLES | {"chair", "chairwoman", "chairperson", "president", "founder", "co-founder"}


def _capitalised(token) -> bool:
    return token.pos_ == "PROPN" and (token.is_title or token.is_upper) and token.is_alpha


def _tail_end(doc, head: int, limit: int) -> int:
    """The end of an "of"/"for" tail of capitalised words hung on the noun at ``head`` ("for Human Rights"),
    or the noun's own end when it has none."""
    end = head + 1
    if end < limit and doc[end].lower_ in _TAIL_CONNECTORS and doc[end].head.i == head:
        stop = end + 1
        while stop < limit and _capitalised(doc[stop]) and not doc[stop].ent_type_:
            stop += 1
        if stop > end + 1 and doc[stop - 1].head.i == end:
            return stop
    return end


def _officer_before_person(doc, head, end: int, nxt: Span | None) -> bool:
    """Whether the noun a body's last word modifies is an officer's title with a person's name right after it
    ("National Association of Manufacturers" + "President" + "Jay Timmons"): the person's title, not the body's
    head (a person the model cut to a given name counts: it starts there)."""
    return (end == head.i + 1 and head.lower_ in _OFFICER_TITLES and nxt is not None and nxt.label_ == "PERSON"
            and nxt.start == end)


def bodies_to_their_heads(ents: list[Span]) -> list[Span]:
    """Bodies run on over the noun their last word modifies, and a body joined to the body whose head it
    modifies."""
    if not ents:
        return ents
    doc = ents[0].doc
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        limit = nxt.start if nxt is not None else len(doc)
        last = doc[ent.end - 1]
        if (ent.label_ == "ORG" and len(ent) >= 3 and last.dep_ == "compound" and last.head.i > last.i
                and any(t.lower_ == "of" for t in ent[1:-1]) and last.head.i < limit
                and _capitalised(last.head) and all(_capitalised(t) and t.dep_ == "compound" and not t.ent_type_
                                                    for t in doc[ent.end : last.head.i])):
            # "the Office of the UN" + "High Commissioner for Human Rights"
            end = _tail_end(doc, last.head.i, limit)
            if not _officer_before_person(doc, last.head, end, nxt):
                out.append(Span(doc, ent.start, end, label="ORG"))
                i += 1
                continue
        if (nxt is not None and ent.label_ == "ORG" and nxt.label_ == "ORG" and nxt.start == ent.end
                and last.dep_ == "compound" and last.head.i in range(nxt.start, nxt.end)):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "the U.S." + "District Court …"
            i += 2
            continue
        out.append(ent)
        i += 1
    return out
