"""Verbs that frame someone's quoted words rather than report an act of their own.

A reporting verb whose only content is a quotation ("he said", "Trump wrote: “…”") and any
verb whose clause complement lies wholly inside quotation marks ("Fernández elaborated, “…”")
introduce the speaker's words: the quotation table holds them, the event table does not.
:func:`toolkit.nlp.events.events` asks both of every verb that reports or frames.

Example:
    >>> introduces_quotation(doc[5], quoted_tokens(doc))  # '“…,” he said.'  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.predicates import SUBJECT_DEPS, fronted


def frames_quotation(verb: Token, inside: set[int]) -> bool:
    """Any verb, not only one of speaking, whose clause complement is all inside quotation
    marks ("President Fernández elaborated, “A state that is present must protect …”"): it
    introduces the speaker's words and is no act of its own. An object outside the marks
    keeps it an act ("called it “a matter of public health”")."""
    if verb.i in inside:
        return False
    # (a quotation before a semicolon is a clause of its own the parser hung on the verb)
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "xcomp") and not fronted(c)]
    if not clauses or not all(c.i in inside for c in clauses) \
            or any(c.dep_ in ("dobj", "dative") and c.i not in inside for c in verb.children):
        return False
    # The quotation stands next to the verb, with only punctuation (and the subject, in "“…”,
    # he elaborated") between: "switched to a bio-based PET …, “which was …”" has words of its
    # own before a quoted relative clause the parser hung on it.
    doc, subject = verb.doc, {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    after = next((i for i in range(verb.i + 1, len(doc)) if i in inside), None)
    before = next((i for i in range(verb.i - 1, -1, -1) if i in inside), None)
    gaps = ([range(verb.i + 1, after)] if after is not None else []) \
        + ([range(before + 1, verb.i)] if before is not None else [])
    return any(all(doc[i].is_punct or i in subject for i in gap) for gap in gaps)


def introduces_quotation(verb: Token, inside: set[int]) -> bool:
    """A speech verb that only introduces words in quotation marks, or nothing ("he said"). A passive with a subject
    of its own tells what was done to that subject ("Mr. LaCalamita … had been dismissed last week", "was charged on
    Monday"), not whose words follow; "it was announced" still introduces them."""
    if any(c.dep_ == "nsubjpass" and c.lower_ != "it" and c.i not in inside for c in verb.children):
        return False
    content = [c for c in verb.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "prep", "attr", "oprd",
                                                       "prt", "agent", "advcl", "parataxis")]
    if not content:
        return True
    after = verb.right_edge.i + 1
    if after + 1 < len(verb.doc) and verb.doc[after].text == ":" and (after + 1 in inside):
        return True  # "also speaking via Twitter: “…”"
    outside = [c for c in content if c.i not in inside and c.dep_ not in ("prep", "advcl", "parataxis")]
    return not outside and (any(c.i in inside for c in content) or _quotation_follows(verb, inside))


def _quotation_follows(verb: Token, inside: set[int]) -> bool:
    """Whether words in quotation marks follow the verb at once, after a comma or a colon: an answer of a word that
    the parser hangs as an interjection, no content of the verb ("Armstead quietly answered, "Yes."")."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and i not in inside and (doc[i].text in (",", ":") or doc[i].is_quote):
        i += 1
    return i < len(doc) and i in inside and i <= verb.i + 3
