"""A body the model left untagged before its officer's title and name: "Uber CEO Dara Khosrowshahi:".

News names a firm's or a group's officer by the body, the title and the person ("Dell CEO Michael Dell",
"Uber CEO Dara Khosrowshahi", "Power The Future Executive Director Daniel Turner"). The small model tags the person
and, where the body's name is a word it does not know as a name, leaves it untagged (a one-word firm at the start of
a line, a group named by a phrase). Capitalised words right before an officer's title of a firm or a group (CEO,
chairman, president, founder, executive director, …), written with a capital, with a person's name right after,
are the body's name (:func:`bodies_before_officers`); a founder's title may be in lower case ("Facebook co-founder
Mark Zuckerberg", "Amazon founder Jeff Bezos"). None of the words may be a title's word ("Former", "Vice", "U.S."), a
known place or a people's adjective ("Ukraine President …", "Kyrgyz President …": a country's head), nor tagged.

Example:
    >>> [e.text for e in bodies_before_officers(nlp("Uber CEO Dara Khosrowshahi: “What if …”"), set())]  # doctest: +SKIP
    ['Uber']
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import adjective_of_country, demonym_of_place, is_known_place
from toolkit.nlp.lexicon import FAC_HEADS, ORG_HEADS, TITLE_WORDS
from toolkit.nlp.lookups import indices_of

# The titles of a body's officers, written before the officer's name ("Uber CEO …", "Microsoft President …").
_OFFICERS = frozenset({"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "president", "founder",
                       "co-founder", "cofounder", "director"})
# Officers' titles news writes in lower case as well, between a firm's name and the founder's ("Facebook
# co-founder Mark Zuckerberg", "Amazon founder Jeff Bezos"): only a body has a founder, where "chairman" or
# "director" in lower case may follow a field or a place ("finance director Jane Doe").
_LOWER_OFFICERS = frozenset({"founder", "co-founder", "cofounder"})
# The first words of two-word titles ("Executive Director", "Managing Director", "Vice President").
_OPENERS = frozenset({"executive", "managing", "vice", "deputy", "general", "chief"})
# Words of a holder's tenure, which open a title, no body's name ("Incumbent President Donald Trump").
_TENURE = frozenset({"incumbent", "outgoing", "incoming", "current", "interim", "founding", "longtime", "then",
                     "new", "newly", "elected", "sitting", "late", "retiring", "departing"})
# Small words a body's name may hold between its capitalised words ("Power The Future", "Ways & Means").
_INNER = frozenset({"the", "&", "of", "for", "and"})
# Words of address before a title, no body's name ("Your Excellency President Trump").
_ADDRESS = frozenset({"excellency", "excellencies", "highness", "majesty", "eminence", "holiness", "lordship",
                      "ladyship", "honor", "honour"})
# Parts of speech no body's name has: a question's auxiliary ("Q Does President Trump have …"), a verb, a pronoun.
_NOT_IN_NAMES = frozenset({"AUX", "VERB", "PRON", "SCONJ"})
_MOST_WORDS = 5
# Determiners before a kind of thing, which no name takes.
_INDEFINITE = frozenset({"a", "an", "another", "every", "each", "any", "some"})


def _capital(token) -> bool:
    return (token.is_title or token.is_upper and len(token) > 1) and not token.ent_type_


def bodies_before_officers(doc: Doc, taken: set[int]) -> list[Span]:
    """ORG spans for untagged bodies before an officer's title and a person's name, none on a token of ``taken``."""
    found: list[Span] = []
    for title in (doc[i] for i in indices_of(doc, LOWER, _OFFICERS)):  # (only the Doc's officers' titles)
        if not (title.is_title or title.is_upper or title.lower_ in _LOWER_OFFICERS) or title.i + 1 >= len(doc):
            continue
        person = doc[title.i + 1]
        if person.ent_type_ != "PERSON" or person.ent_iob_ != "B":
            continue
        end = title.i
        if (title.lower_ == "founder" and end >= 2 and doc[end - 1].text == "-" and doc[end - 2].lower_ == "co"
                and not doc[end - 2].whitespace_ and not doc[end - 1].whitespace_):
            end -= 2  # "co-founder", which the tokenizer cuts in three
        while end > 0 and doc[end - 1].lower_ in _OPENERS and doc[end - 1].is_title:
            end -= 1  # "Executive Director", "Executive Vice President"
        start = end
        while (start > 0 and end - start < _MOST_WORDS and start - 1 not in taken
               and doc[start - 1].pos_ not in _NOT_IN_NAMES
               and (_capital(doc[start - 1]) and doc[start - 1].is_alpha
                    and doc[start - 1].lower_ not in TITLE_WORDS | _TENURE | _ADDRESS
                    or doc[start - 1].lower_ in _INNER and start < end)):
            start -= 1
        while start < end and (doc[start].lower_ in _INNER or doc[start].pos_ not in ("PROPN", "NOUN")):
            start += 1  # a name opens with a name's word ("Meanwhile Uber CEO …": not "Meanwhile")
        if start == end or doc[end - 1].lower_ in _INNER:
            continue
        if start > 0 and doc[start - 1].text in ("-", "‑", "/") and not doc[start - 1].whitespace_:
            continue  # the end of a hyphenated name ("ABS-CBN CEO Carlo Katigbak"), read whole elsewhere
        if start > 0 and doc[start - 1].is_title and (doc[start - 1].ent_type_ or not doc[start - 1].is_sent_start):
            continue  # the rest of a longer name ("Biden Campaign Chair …") or a run a title's word stopped in
        if start > 0 and doc[start - 1].lower_ in _INDEFINITE:
            continue  # a kind of thing, no name ("an Executive Order President Trump signed")
        if end - start == 1 and doc[start].lower_ in ORG_HEADS | FAC_HEADS:
            continue  # a head word alone is the body named before ("Museum Director Anthea M. Hartig")
        span = Span(doc, start, end, label="ORG")
        if (is_known_place(span.text, cities=True) or any(adjective_of_country(t.text) or demonym_of_place(t.text)
                                                          for t in span)):
            continue
        found.append(span)
    return found
