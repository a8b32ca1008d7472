"""Surnames written in capitals, as a court's syllabus and some papers write them ("John Paul STEVENS delivered the
opinion of the Court …, in which KENNEDY, SOUTER, GINSBURG, and BREYER joined. … SCALIA filed a dissenting
opinion, in which THOMAS and ALITO joined.", round entities63, a weblog quoting the Supreme Court's syllabus).

The small model reads a lone word in capitals as an acronym, a body (ORG), or leaves it untagged. A text that
writes a person's full name with the surname alone in capitals ("John Paul STEVENS") declares the style; in such
a text a lone word in capitals is a person when it is

* the surname of a person the text names ("KENNEDY" beside "Anthony Kennedy"),
* joined by "and" or a comma to such a person ("KENNEDY, SOUTER, GINSBURG, and BREYER"), or
* the subject of a verb such a person is the subject of ("BREYER filed a concurring opinion" … "SCALIA filed a
  dissenting opinion"; "in which KENNEDY … joined" … "in which THOMAS and ALITO joined"),

and the same word in capitals is that person wherever else the text writes it. A text that never writes a
surname so is left as it is: an acronym of a body ("NASA filed a report") keeps its label.

This is a rule about people (PERSON) written in capitals, kept in a module of its own.

Cost: returns at once unless a person's name ends in a word in capitals; then visits the Doc's words in
capitals only (its arrays).

Example:
    >>> [(e.text, e.label_) for e in surnames_in_capitals(ents)][-2:]  # "… in which THOMAS and ALITO joined."  # doctest: +SKIP
    [('THOMAS', 'PERSON'), ('ALITO', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lookups import upper_case_indices

# The fewest letters of a surname in capitals: two capitals are an acronym's or a title's ("UN", "MP").
_FEWEST_LETTERS = 3


def _declares_style(person: Span) -> bool:
    """Whether a person's name is written with given names capitalised and the surname alone in capitals
    ("John Paul STEVENS")."""
    words = [t for t in person if t.is_alpha]
    return (len(words) >= 2 and words[-1].is_upper and len(words[-1]) >= _FEWEST_LETTERS
            and all(t.is_title for t in words[:-1]))


def surnames_in_capitals(ents: list[Span]) -> list[Span]:
    """Relabel as people (PERSON) the lone words in capitals a text that writes surnames in capitals uses for
    people, and add those the model left untagged (see the module's docstring).

    Args:
        ents: entity spans in document order, none overlapping.
    """
    people = [e for e in ents if e.label_ == "PERSON"]
    if not any(_declares_style(p) for p in people):
        return ents
    doc = ents[0].doc
    surnames = {p[-1].text.upper() for p in people if p[-1].is_alpha and len(p) >= 2}
    single = {e.start: e for e in ents if len(e) == 1}
    tagged = {i for e in ents for i in range(e.start, e.end)}
    candidates = {}
    for i in upper_case_indices(doc):
        token = doc[i]
        if not token.is_alpha or len(token) < _FEWEST_LETTERS:
            continue
        ent = single.get(i)
        if ent is not None and ent.label_ in ("ORG", "PERSON") or i not in tagged:
            candidates[i] = token
    known = {i for i, t in candidates.items() if t.text in surnames}
    known |= {e.start for e in people if len(e) == 1 and e.start in candidates}
    while True:
        names = {candidates[i].text for i in known}
        verbs = {candidates[i].head.lemma_ for i in known if candidates[i].dep_ == "nsubj"}
        more = {i for i, t in candidates.items() if i not in known and (
            t.text in names
            or t.dep_ == "conj" and t.head.i in known
            or any(c.dep_ == "conj" and c.i in known for c in t.children)
            or t.dep_ == "nsubj" and t.head.pos_ == "VERB" and t.head.lemma_ in verbs)}
        if not more:
            break
        known |= more
    if not known:
        return ents
    out = [e for e in ents if not (len(e) == 1 and e.start in known)]
    out += [Span(doc, i, i + 1, label="PERSON") for i in known]
    return sorted(out, key=lambda e: e.start)
