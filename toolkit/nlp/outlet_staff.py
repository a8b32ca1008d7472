"""An outlet's name before the role of its writer and the writer's name: "USA TODAY columnist Nicole Russell".

News names a writer or a host by the outlet, the role in small letters and the name ("New York Times columnist
…", "USA TODAY columnist Nicole Russell", "Bullseye Brief author Adam Johnson"). The words before the role are
the outlet's name, a body's; the model leaves it untagged ("USA TODAY", in capitals) or, being a run of
capitalised words before a person, takes it for a person ("Bullseye Brief" PERSON). :func:`outlets_before_staff`
makes it a body: capitalised proper nouns right before a role of the press (:data:`_PRESS_ROLES`) that a
person's name of two words or more follows, untagged or tagged a person, and no surname of a person the text
names ("Trump author …" is no outlet's).

Example:
    >>> [(e.text, e.label_) for e in outlets_before_staff(list(doc.ents))]  # "USA TODAY columnist …"  # doctest: +SKIP
    [('USA TODAY', 'ORG'), ('Nicole Russell', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

# The roles of the press a writer or a host holds at an outlet, written in small letters between its name and
# the person's.
_PRESS_ROLES = frozenset("""columnist reporter correspondent editor host anchor author writer contributor
    commentator critic presenter""".split())
# The most words an outlet's name has here.
_OUTLET_WORDS = 4


def outlets_before_staff(ents: list[Span]) -> list[Span]:
    """The entities with the outlet before a press role and a person's name a body (see the module)."""
    if not ents:
        return ents
    doc = ents[0].doc
    by_start = {e.start: e for e in ents}
    by_end = {e.end: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    n = len(doc)
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) >= 2  # (not the candidates themselves)
                and not (e.end < n and doc[e.end].lower_ in _PRESS_ROLES and doc[e.end].is_lower)}
    changed: dict[int, Span] = {}
    added: list[Span] = []
    # (a role stands right before a person's name: read from the people, not from every token of the text)
    for person in sorted((e for e in ents if e.label_ == "PERSON" and len(e) >= 2 and e.start >= 2),
                         key=lambda e: e.start):
        role = doc[person.start - 1]
        if (role.lower_ not in _PRESS_ROLES or not role.is_lower or role.i in taken
                or by_start.get(role.i + 1) is not person):
            continue
        before = by_end.get(role.i)
        if before is not None:
            if before.label_ == "PERSON" and len(before) >= 2 and before[-1].lower_ not in surnames \
                    and all(t.pos_ == "PROPN" for t in before):
                changed[before.start] = Span(doc, before.start, before.end, label="ORG")  # "Bullseye Brief author"
            continue
        start = role.i
        while (start > 0 and start - 1 not in taken and role.i - start < _OUTLET_WORDS
               and doc[start - 1].pos_ == "PROPN" and (doc[start - 1].is_title or doc[start - 1].is_upper)):
            start -= 1
        if start < role.i and doc[start:role.i][-1].lower_ not in surnames:
            added.append(Span(doc, start, role.i, label="ORG"))  # "USA TODAY columnist Nicole Russell"
    if not changed and not added:
        return ents
    return sorted([changed.get(e.start, e) for e in ents] + added, key=lambda e: e.start)
