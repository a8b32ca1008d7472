"""Quotation fragments: words in quotation marks that are only part of what a verb says or does.

A reporting verb whose complement is all a quotation only introduces the speaker's words and is
no event of its own (:func:`toolkit.nlp.quotation_frames.introduces_quotation`). But news quotes short
fragments inside phrases of the writer's own: "declared the outbreak a “public health emergency”",
"cited the Cuban government's “ongoing repression …” as his motivation", "lauded Blankenship's
“ability to influence leaders”". There the head of the object lies inside the marks while the
phrase begins outside them with a word naming someone or something: the quotation is a fragment
of a noun phrase the writer chose, and the verb is the act ("declared", "cited", "lauded"). A
clause partly quoted ("announced any new notices will be “carefully scrutinised”") is left to the
rules of reported content: a neutral "wrote that …" with a quoted fragment still only reports.
A reporting verb with an adjective for complement ("McArthur pleaded guilty") likewise says more
than a quotation would: a plea entered, not words introduced.

A rule of English quotation, not of one publisher: a quotation introduced by a verb stands
whole after it (or after "that"), a fragment is woven into a phrase that starts before the marks.

Example:
    >>> acts_beyond_quotation(declared, inside)  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Dependents that carry what a reporting verb does to someone or something: a noun phrase, or
# its predicate ("declared himself “immune”"). A clause is left out: "wrote that guns “are …”",
# "countered that people are “learning to die”" still only pass on what was said.
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})

# Words that name someone or something: a phrase with a noun or a name of its own outside the
# marks is the writer's ("the outbreak a “…”", "Blankenship's “…”"). A determiner, a possessive
# pronoun or a number is not enough ("noted his “strength, passion and wisdom”", "noted over 370
# “jackal horns”"): a quoted noun phrase carries one as often as not, and the verb may only pass on
# what was said.
_NAMING_POS = frozenset({"NOUN", "PROPN"})


def fragment_of_phrase(head: Token, inside: set[int]) -> bool:
    """Whether ``head`` lies inside quotation marks while its phrase has a naming word before the
    marks open ("the outbreak a “public health emergency”": "outbreak" stands outside)."""
    if head.i not in inside:
        return False
    doc = head.doc
    return any(doc[i].pos_ in _NAMING_POS and i not in inside for i in range(head.left_edge.i, head.i))


def acts_beyond_quotation(verb: Token, inside: set[int]) -> bool:
    """Whether a reporting verb does more than introduce a quotation: it has an adjective for
    complement ("pleaded guilty") or an object of which the quotation is a fragment."""
    for child in verb.children:
        if child.dep_ == "acomp" and child.i not in inside:
            return True
        if child.dep_ in _OBJECT_DEPS and fragment_of_phrase(child, inside):
            return True
    return False
