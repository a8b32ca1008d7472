"""People named before, by their surname: a family by its plural ("the Turpins" after "David and Louise Turpin"),
and one person by a surname the model left untagged ("Rosselló" after "Ricardo Rosselló Nevares").

News names a couple or a family once and goes on with the plural of their surname: "Judge Bernard Schwartz sentenced
David and Louise Turpin to life in prison …. As revealed at trial, the Turpins had kept their children indoors for
years" (Wikinews, 2019). The subject is the people named, as an analyst writes them ("David Turpin and Louise
Turpin"), not the bare plural. Used by :mod:`toolkit.nlp.actors` for a subject.

The plural stands for them when it is "the" and a capitalised surname with "s" added, and two or more people of that
surname are named before it, or named together ("David and Louise Turpin"). Not so: a surname of one person named
before ("the Smiths" after "John Smith" alone: his family, whom the text has not named), a plural name that is a
body's or a people's ("the Beatles", "the Democrats": no person of that surname), or a surname with no "the"
("Turpins Ltd").

A surname alone is read as the person named before when it is one of that person's names after the first, as the
document's index of entities knows them (a double surname's first half included), and the person was named earlier
in the text: news gives a full name once and the surname after it, and the small model does not always tag the
surname again ("Rosselló began serving …").

Example:
    >>> family_named_before(doc[12], resolver.people)      # "the Turpins had kept …"   # doctest: +SKIP
    'David Turpin and Louise Turpin'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.index import EntityIndex
from toolkit.nlp.lookups import indices_where


def person_by_surname(token: Token, index: EntityIndex, people: list[tuple]) -> str | None:
    """The person named before one of whose names after the first ``token`` is ("Rosselló" after "Ricardo Rosselló
    Nevares"), or None (``people``: the resolver's (token index, name, …) in text order)."""
    person = index.canonical(token.text, "PERSON")
    if not person or index.label_of.get(person) != "PERSON" or token.text not in person.split()[1:]:
        return None
    return person if any(at < token.i and name == person for at, name, *_ in people) else None


def family_named_before(token: Token, people: list[tuple]) -> str | None:
    """The people of the plural surname's family named before it, joined by "and" (``people``: the resolver's
    (token index, name, …) in text order), or None (see the module's docstring)."""
    text = token.text
    if len(text) < 4 or not text[0].isupper() or not text.endswith("s") or text.endswith("'s") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    surname = text[:-1]
    names: list[str] = []
    for at, name, *_ in people:
        if at >= token.i:
            break
        if name.split()[-1] == surname and name != surname and name not in names:
            names.append(name)
    if len(names) < 2:
        return _named_together(token, surname)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _named_together(token: Token, surname: str) -> str | None:
    """"David and Louise Turpin" before the plural: a given name joined by "and" to a full name of the surname."""
    doc = token.doc
    for i in indices_where(doc, lower=(surname.lower(),)):
        if i >= token.i:
            break
        last = doc[i]
        if last.text != surname or last.ent_type_ != "PERSON" or last.dep_ != "conj":
            continue
        first = last.head
        if first.ent_type_ == "PERSON" and first.pos_ == "PROPN" and first.i < last.i \
                and not any(c.dep_ == "compound" for c in first.children):
            return doc[first.i:last.i + 1].text
    return None
