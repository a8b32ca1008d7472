"""Bodies and buildings named with a place in front: "Madrid District Hospital", "CNN Philippines".

English names a hospital, a court or a police force after the place it serves, the place first and the
head word last ("Madrid District Hospital", "Seattle Police", "Omsk Regional Hospital"), and a company's
or a broadcaster's branch by the company and the country ("CNN Philippines", "Google India"). The small
model often tags only the place, or the company and the country apart, so that the body is never found
and its place is counted where the text names no place. :func:`names_led_by_places` joins a place to the
one to three capitalised words after it that end in a head word of a facility or a body;
:func:`branches_of_bodies` joins a body to the country right after it, which no English phrase puts
there otherwise (not before a possessive: "told CNN Philippines' chief"; and a body is named in capitals,
not by an ordinal: "21st Century Australia is more diverse" is the country).

Example:
    >>> [(e.text, e.label_) for e in names_led_by_places(list(doc.ents))]   # doctest: +SKIP
    [('Madrid District Hospital', 'FAC')]
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place, known_countries
from toolkit.nlp.lexicon import FAC_HEADS, ORG_HEADS, TITLE_WORDS
from toolkit.nlp.lookups import indices_of

_PLACES = frozenset({"GPE", "LOC"})


def names_led_by_places(ents: list[Span]) -> list[Span]:
    """Join a place to the capitalised words after it that end in a facility's or a body's head word."""
    if not ents:
        return ents
    doc = ents[0].doc
    starts = {e.start for e in ents}
    out: list[Span] = []
    for ent in ents:
        end = ent.end
        if ent.label_ in _PLACES:
            for stop in range(ent.end + 1, min(len(doc), ent.end + 3) + 1):
                words = doc[ent.end : stop]
                if any(t.i in starts or not t.is_title or t.pos_ not in ("PROPN", "NOUN")
                       or t.lower_ in TITLE_WORDS and t.lower_ not in ORG_HEADS for t in words):
                    break
                if words[-1].lower_ in FAC_HEADS or words[-1].lower_ in ORG_HEADS:
                    runs_on = stop < len(doc) and (doc[stop].is_title and doc[stop].pos_ == "PROPN"
                                                   or doc[stop].lower_ == "of")
                    if runs_on:
                        continue  # the name runs on ("… Hospital Trust", "… Court of Appeal"): not joined here
                    end = stop
                    break
        if end > ent.end:
            label = "FAC" if doc[end - 1].lower_ in FAC_HEADS else "ORG"
            out.append(Span(doc, ent.start, end, label=label))
        else:
            out.append(ent)
    return out


def branches_of_bodies(ents: list[Span]) -> list[Span]:
    """Join a body to a country's name right after it: "CNN Philippines", "Google India"."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (nxt is not None and ent.label_ == "ORG" and nxt.label_ == "GPE" and nxt.start == ent.end
                and ent[-1].whitespace_ and nxt.text.lower() in known_countries()
                and all(t.is_alpha and (t.is_title or t.is_upper) for t in ent if t.lower_ != "the")
                and not (nxt.end < len(nxt.doc) and nxt.doc[nxt.end].tag_ == "POS")):
            out.append(Span(ent.doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        out.append(ent)
        i += 1
    return out


def untagged_bodies_of_places(doc, taken: set[int]) -> list[Span]:
    """A body named after its place that the model left wholly untagged ("Toronto Police, which indicated …"):
    a known town, state or country of one or two capitalised proper nouns, then one capitalised head word of a
    body, nothing tagged and no capitalised word after it, is the body (ORG)."""
    # the head words are found in the Doc's arrays first: a test of every token of every text cost
    # several milliseconds a document, and few texts have a head word at all
    heads = indices_of(doc, LOWER, ORG_HEADS)
    starts = sorted({(h - size, size) for h in heads for size in (2, 1) if 0 <= h - size < len(doc) - 1},
                    key=lambda start: (start[0], -start[1]))  # (a longer place first, as "New York" before "York")
    found: list[Span] = []
    done = -1
    for i, size in starts:
        if i == done:
            continue
        head = i + size
        if any(j in taken or doc[j].ent_type_ for j in range(i, head + 1)):
            continue
        words, noun = doc[i:head], doc[head]
        if not (all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in words) and noun.is_title
                and noun.pos_ in ("PROPN", "NOUN")):
            continue
        if (i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title) or (
                head + 1 < len(doc) and (doc[head + 1].is_title or doc[head + 1].lower_ == "of")):
            continue  # part of a longer name ("New Toronto Police Service", "Toronto Police Board of …")
        if is_known_place(words.text, cities=True):
            found.append(Span(doc, i, head + 1, label="ORG"))
            done = i
    return found
