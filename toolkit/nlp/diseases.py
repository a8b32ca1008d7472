"""Diseases written as codes, which the small model takes for bodies: "the COVID-19 outbreak", "cases of COVID-19".

A disease's name may be an abbreviation joined to a number ("COVID-19"), shaped like a body's or a product's
code, and the model labels it a body (ORG) or a person. What a text says around it tells: an illness has
outbreaks, cases, deaths, infections, patients and symptoms, and people die "due to" it. Where one mention of
such a code stands so, every mention of it in the text is the disease, which the golds list as no entity.

Example:
    >>> [e.text for e in drop_disease_codes(list(doc.ents))]   # "… the COVID-19 outbreak …"   # doctest: +SKIP
    []
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from toolkit.nlp.gazetteer import is_known_place

_CODE = re.compile(r"^[A-Z][A-Za-z]{1,9}-\d{1,3}$")  # "COVID-19"
# An influenza A virus's subtype, by its two surface proteins ("H5N1", "H1N1"): a virus, whatever its context.
_FLU_SUBTYPE = re.compile(r"^H\d{1,2}N\d{1,2}$")
# What an illness has, and its people have (a closed class of the words of epidemics).
_ILLNESS_NOUNS = frozenset("""outbreak outbreaks pandemic epidemic infection infections case cases death deaths
    patient patients symptom symptoms vaccine vaccines disease virus viruses strain strains""".split())
# Verbs whose object is an illness one catches ("contracted COVID-19", "after contracting COVID-19"), and verbs
# after which "of" or "from" gives what one died of ("died of COVID-19", "recovered from COVID-19").
_CATCHING_VERBS = frozenset({"contract", "catch"})
# Diseases that news writes as one capitalised word, names of nothing else ("Covid will likely surge again this
# winter", "Mpox spreads through close contact", round wire36b): a closed class the small model takes for people or
# bodies by their shape (not "Marburg", a city, nor acronyms shared with bodies).
_DISEASE_WORDS = frozenset({"covid", "mpox", "monkeypox", "ebola", "zika", "coronavirus"})
# ("the Coronavirus Pandemic" ORG, round ent37: the virus's family's name, capitalised in a heading's style)
_DYING_VERBS = frozenset({"die", "recover", "succumb"})


def _illness_context(token: Token) -> bool:
    """Whether a code stands as an illness: modifying an illness noun ("the COVID-19 outbreak"), its object after
    "of" or "with" ("cases of COVID-19", "36 infections with COVID-19", "patients with COVID-19"), or the cause
    after "due to" ("deaths due to COVID-19")."""
    head = token.head
    if token.dep_ in ("compound", "nmod", "amod") and head.lower_ in _ILLNESS_NOUNS:
        return True
    if token.dep_ == "pobj" and head.lower_ in ("of", "with") and head.head.lower_ in _ILLNESS_NOUNS:
        return True
    if token.dep_ == "dobj" and head.lemma_ in _CATCHING_VERBS:
        return True
    if token.dep_ == "pobj" and head.lower_ in ("of", "from") and head.head.lemma_ in _DYING_VERBS:
        return True
    return token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and token.doc[head.i - 1].lower_ == "due"


def drop_disease_codes(ents: list[Span]) -> list[Span]:
    """Drop the names written as codes ("COVID-19") that the text shows to be a disease, an influenza's subtype
    ("H5N1"), a disease written as a word ("Covid", "Mpox"), the acronym of the illnesses before "vaccine" ("the MMR
    vaccine"), the place a virus is named after, before "virus" ("Powassan virus"), what someone is diagnosed
    with ("diagnosed with Multiple Sclerosis"), an illness named "… Syndrome" and a strain's code before "strain".

    Args:
        ents: entity spans in document order, none overlapping.
    """
    ents = [e for e in ents if not _vaccine_acronym(e) and not (len(e) == 1 and _FLU_SUBTYPE.match(e[0].text))
            and not (len(e) == 1 and e[0].lower_ in _DISEASE_WORDS)  # ("Covid" PERSON: a disease word)
            and not _virus_named_after_place(e)  # ("died from Powassan virus": "Powassan" no place, round ent36c)
            and not _diagnosis(e)  # ("he was diagnosed with Multiple Sclerosis" ORG, round ent37)
            and not _syndrome(e) and not _strain_code(e)]  # ("Middle East Respiratory Syndrome", "the D8 strain")
    codes = [e for e in ents if e.end - e.start == 1 and _CODE.match(e.doc[e.start].text)]
    if not codes:
        return ents
    # (a code made of a disease word, "COVID-19", is the disease in any context: "a lung disorder, unrelated to
    # COVID-19" LAW, round ent42)
    diseases = {e.text for e in codes if _illness_context(e[0]) or e[0].lower_.split("-")[0] in _DISEASE_WORDS}
    if not diseases:
        return ents
    return [e for e in ents if not (e.end - e.start == 1 and e.doc[e.start].text in diseases)]


# A strain's or a variant's code: capitals and digits, with points between numbers ("D8", "B1", "BA.2", "B.1.1.7").
_STRAIN_CODE = re.compile(r"^[A-Z]{1,3}(?:\.?\d{1,3})(?:\.\d{1,3})*$")
_STRAIN_NOUNS = frozenset({"strain", "strains", "variant", "variants", "genotype", "lineage", "subvariant"})


def _syndrome(ent: Span) -> bool:
    """Whether a name of two words or more ends in "Syndrome": an illness's name ("the guidelines also list Middle
    East Respiratory Syndrome, from 2013", round ent41a; "Severe Acute Respiratory Syndrome"), which the model takes
    for a body by its capitals; a body named after one ends in its own head ("the Down Syndrome Association")."""
    return len(ent) >= 2 and ent[-1].text == "Syndrome"


def _strain_code(ent: Span) -> bool:
    """Whether a name is a code of capitals and digits right before "strain" or "variant" ("The D8 strain, which
    caused a New Zealand outbreak", round ent41a): a virus's strain, no body."""
    doc = ent.doc
    return (len(ent) == 1 and _STRAIN_CODE.match(ent[0].text) is not None and any(c.isdigit() for c in ent[0].text)
            and ent.end < len(doc) and doc[ent.end].lower_ in _STRAIN_NOUNS)


def _diagnosis(ent: Span) -> bool:
    """Whether a name is what someone is diagnosed with ("In 2016, he was diagnosed with Multiple Sclerosis"): an
    illness, capitalised or not, which the model takes for a body by its capitals. Only the whole object of "with"
    after the verb (not "diagnosed with cancer at Mayo Clinic", where the clinic hangs on "at")."""
    if ent.label_ == "DATE":
        return False
    root = ent.root  # (read once: spaCy finds a span's root anew on each read)
    if root.dep_ != "pobj":
        return False
    head = root.head
    return head.lower_ == "with" and head.head.lemma_.lower() == "diagnose" and head.head.pos_ == "VERB"


def _vaccine_acronym(ent: Span) -> bool:
    """Whether a name is an acronym of capitals right before "vaccine" ("the MMR vaccine", "the HPV vaccine"): the
    illnesses the vaccine is against, no body's name (a maker's is written as a name, "the Pfizer vaccine")."""
    doc = ent.doc
    return (len(ent) == 1 and ent[0].is_upper and ent[0].is_alpha and 2 <= len(ent[0]) <= 5 and ent.end < len(doc)
            and doc[ent.end].lower_ in ("vaccine", "vaccines", "jab", "jabs", "shot", "shots")
            and ent[0].head.i == ent.end)



# The labels the model gives a place's or a person's name that a virus is named after ("Powassan virus" GPE).
_VIRUS_NAME_LABELS = frozenset({"GPE", "LOC", "PERSON", "ORG", "NORP"})


def _virus_named_after_place(ent: Span) -> bool:
    """Whether a name is the first part of a virus's name, written with a lower-case "virus" after it ("died from
    Powassan virus", "West Nile virus", "Marburg virus"): viruses are named after the town or river where they were
    found, and the name there means the virus, not a place the story is about. A country or a large city stays one
    ("the China virus", "the Wuhan virus" is the place the speaker blames); "viruses" is another use ("Russian
    viruses", malware)."""
    doc = ent.doc
    return (ent.label_ in _VIRUS_NAME_LABELS and ent.end < len(doc) and doc[ent.end].text == "virus"
            and ent.root.head.i == ent.end and ent.root.dep_ in ("compound", "nmod", "amod")
            and not is_known_place(ent.text))
