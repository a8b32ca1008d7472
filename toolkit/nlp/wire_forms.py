"""Forms of wire news the model reads wrongly around a name (round entities47, twelve Wikinews articles).

* A churchman is written with his rank in front of his name ("Cardinal Marc Ouellet of the Holy See said",
  "Archbishop Charles Scicluna"). The model, or a repair that finds a speaker, may take the rank into the
  person's name, which then names nobody the text names elsewhere: :func:`church_ranks_off_names` cuts a rank of
  the church (cardinal, archbishop, bishop, …) off a "person" of two or three capitalised words after it.
  A rank before one word ("Imam Khomeini", "Bishop Sycamore") is left: the word may be no full name.
* A periodical is named with a capitalised "The" inside a sentence ("According to a recent report by The
  Atlantic", "wrote in The Independent"): the capital marks a title, which the model takes for the ocean or a
  place when the rest is one word of geography. :func:`titles_with_the` makes "The" and the word one body (ORG)
  when the "place" is one capitalised word tagged GPE or LOC, "The" is capitalised after a lower-case word, and
  neither "The <word>" nor the word is a known place ("in The Hague", "The Gambia", "The Bronx" stay).

* An outlet is named by its web address ("in remarks to UOL.com.br, said", "told Znak.com"): one token, which the
  model may leave untagged. :func:`untagged_domains` makes an untagged capitalised word ending in a top-level
  domain (".com", ".org", ".net", ".news", with a country's code after it or not) a body (ORG); a lower-case
  address ("visit example.com") is left, as is a file's name ("Report.pdf").

* An outlet named with its capital "The" is told something or cited ("Ford told The Verge", "according to The
  Verge"), and the model, not knowing the word, may tag nothing (round entities54). :func:`cited_outlets_with_the`
  makes "The" and the one or two capitalised words after it a body (ORG) when "The" stands right after "told" or
  "according to", no word of it is in an entity or is a title ("told The President"), and a punctuation mark or
  a lower-case word ends it ("according to The Verge, the firm …"); "The" opening a sentence is left.

Each function visits the Doc's entities only, but :func:`untagged_domains`, which visits the tokens whose
distinct words have an address's shape (:func:`toolkit.nlp.lookups.indices_matching`), and
:func:`cited_outlets_with_the`, which visits the capital "The" tokens (:func:`toolkit.nlp.lookups.indices_of`).
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import CHURCH_RANKS, TITLE_WORDS
from toolkit.nlp.lookups import indices_matching, indices_of



def church_ranks_off_names(ents: list[Span]) -> list[Span]:
    """"Cardinal Marc Ouellet" → "Marc Ouellet": a rank of a church opening a "person" of two or three capitalised
    words after it is no part of the name."""
    out: list[Span] = []
    for ent in ents:
        if (ent.label_ == "PERSON" and 3 <= len(ent) <= 4 and ent[0].is_title and ent[0].lower_ in CHURCH_RANKS
                and all(t.is_title or t.text in ("-", ".") for t in ent[1:]) and ent[1].is_title):
            ent = Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
        out.append(ent)
    return out


def titles_with_the(ents: list[Span]) -> list[Span]:
    """"a report by The Atlantic": a capitalised "The" inside a sentence before a one-word "place" makes a
    periodical's title (ORG), "The" taken in; a known place with its article ("The Hague") is left."""
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc = ent.doc
        start = ent.start
        if (ent.label_ in ("GPE", "LOC") and len(ent) == 1 and ent[0].is_title and start >= 2
                and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start
                and doc[start - 2].is_lower and doc[start - 2].is_alpha
                and (not out or out[-1].end <= start - 1)
                and not is_known_place(f"The {ent.text}") and not is_known_place(ent.text)):
            ent = Span(doc, start - 1, ent.end, label="ORG")
        out.append(ent)
    return out


# A capitalised web address: a name, a top-level domain of the generic kind news names outlets by, and a country's
# code or not ("UOL.com.br", "Znak.com", "Rappler.com", "Meduza.io" is left: ".io" is also a file's ending).
_DOMAIN = re.compile(r"^[A-Z][A-Za-z0-9-]*[A-Za-z0-9]\.(?:com|org|net|news)(?:\.[a-z]{2})?$")


def untagged_domains(doc: Doc, taken: set[int]) -> list[Span]:
    """Outlets named by a capitalised web address that no entity holds ("in remarks to UOL.com.br"), as ORG."""
    return [Span(doc, i, i + 1, label="ORG") for i in indices_matching(doc, ORTH, _DOMAIN.match) if i not in taken]


def cited_outlets_with_the(doc: Doc, taken: set[int]) -> list[Span]:
    """Outlets named with a capital "The" that are told something or cited and that no entity holds ("Ford told
    The Verge", "according to The Verge"), as ORG: "The" and one or two capitalised words, then a punctuation
    mark, a lower-case word or the end."""
    found: list[Span] = []
    for i in indices_of(doc, ORTH, ("The",)):
        if i < 1 or i in taken or doc[i].is_sent_start or not (
                doc[i - 1].lower_ == "told" or doc[i - 1].lower_ == "to" and i >= 2 and doc[i - 2].lower_ == "according"):
            continue
        end = i + 1
        while (end < len(doc) and end - i <= 2 and end not in taken and doc[end].is_title and doc[end].is_alpha
               and doc[end].lower_ not in TITLE_WORDS):
            end += 1
        if end == i + 1 or (end < len(doc) and not (doc[end].is_punct or doc[end].is_lower)):
            continue  # nothing named, or a longer name, a title or an entity goes on after it
        found.append(Span(doc, i, end, label="ORG"))
    return found
