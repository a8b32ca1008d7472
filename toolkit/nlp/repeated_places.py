"""A place the model tags once and leaves untagged where the text names it again ("the western city of Falluja (pop.
256,000)" … "Falluja has long been roiled by tense relations with the US soldiers there", round entities63, a weblog
on Iraq).

The small model reads a word it does not know by its context alone, so an unfamiliar town opening a sentence, or
before a noun, goes untagged though the text has named it a place. A name of the gazetteer (in any of its
spellings) that the model tags as a place (GPE) in the text, and never as anything else but a body (ORG) no more
often than a place (a place standing for its government, which is a place by the golds' convention), is that place
wherever else the text writes it alone: capitalised, with no capitalised name word touching it (no part of a longer
name), no title before it and no hyphen joining it to a word ("the pro-Beijing camp" stays a camp, as the lead's
tests say). A name the gazetteer does not know is left: the model calls unknown words places too ("Allah", a
candidate "Rocky", a product "Stream" in the Wikinews texts).

This is a rule about places repeated in a text, kept in a module of its own.

Cost: looks up the first words of the text's places in its column of words (:func:`toolkit.nlp.lookups.indices_of`);
no pass over the tokens.

Example:
    >>> [(e.text, e.label_) for e in places_named_again(doc, set())]  # "… Falluja (pop. 256,000) … Falluja has …"  # doctest: +SKIP
    [('Falluja', 'GPE')]
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import city_alternates, is_known_place, known_places_plain
from toolkit.nlp.lexicon import HYPHENS, TITLE_WORDS
from toolkit.nlp.lookups import entities, indices_of, span_text


def _gazetteer_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place, in any of its spellings ("Falluja", "Fallujah"): the model
    tags words it does not know as places too ("Allah", a candidate "Rocky", a product "Stream"), which are no
    ground to tag them again."""
    return is_known_place(name, cities=True) or name in city_alternates() or name in known_places_plain()


def _name_word(token) -> bool:
    """A capitalised proper noun, or one in capitals, that may run on a name ("Fallujah" of "the Fallujah Brigade",
    "Kamloops" of "Kamloops RCMP Constable Gary Gray", the town's police)."""
    return (token.is_title or token.is_upper and token.is_alpha and len(token) > 1) and token.pos_ == "PROPN"


def places_named_again(doc: Doc, taken: set[int]) -> list[Span]:
    """The untagged mentions of a name the model tags as a place (GPE) elsewhere in the text, and as nothing else
    but a body, as often or less.

    Args:
        doc: the parsed document.
        taken: indices of the tokens entities found so far hold.
    """
    labels: dict[str, Counter] = {}
    for e in entities(doc):
        labels.setdefault(span_text(e), Counter())[e.label_] += 1
    places = {name.split()[0]: name for name, kinds in labels.items()
              if set(kinds) <= {"GPE", "ORG"} and kinds["GPE"] >= kinds["ORG"]
              and all(w[:1].isupper() for w in name.split()) and _gazetteer_place(name)}
    if not places:
        return []
    found: list[Span] = []
    for i in indices_of(doc, ORTH, places):
        words = places[doc[i].text].split()
        end = i + len(words)
        if end > len(doc) or any(k in taken or doc[k].ent_type_ for k in range(i, end)):
            continue  # (first: most mentions are tagged, and the words are read only for the others)
        if [t.text for t in doc[i:end]] != words:
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[end] if end < len(doc) else None
        if (before is not None and (_name_word(before) and not doc[i].is_sent_start
                                    or before.lower_.strip(".") in TITLE_WORDS)
                or after is not None and _name_word(after)):
            continue  # part of a longer name, or a title before a person named so
        if (before is not None and before.text in HYPHENS and not before.whitespace_
                or after is not None and after.text in HYPHENS and not doc[end - 1].whitespace_):
            continue  # a word's part: "pro-Beijing lawmakers" (a camp, the lead's convention), "Falluja-based"
        found.append(Span(doc, i, end, label="GPE"))
    return found
