"""A verb of telling whose only content is a quotation beside it: the quotation's frame, no act.

"told The Verge" after a quotation is no event in the golds, and "tell" is a stop verb; its kin that name the one
addressed do the same in news: '"Thai Raksa Chart party complies with the royal command," the party informed the
press.' (Wikinews, 2019). The verb only says who heard the quoted words; what was said is the quotation, which the
quote table holds. The small model often hangs the quotation on such a verb by a loose relation ("dep") or on
nothing, so the test is by position: the quotation stands right before the clause (a comma and the closing mark,
then the subject) or right after it (a colon or a comma, then the opening mark), and the verb has nothing but its
subject and the one it addresses.

Not so: a verb with content of its own ("informed the press that the vote would go ahead", "informed the board of
its decision"), one far from the quotation, and verbs of telling that are acts of their own ("warned", "reminded",
"persuaded": the golds list a warning as a speech act).

Example:
    >>> frames_by_addressing(doc[14], "inform", inside)   # '"…," the party informed the press.'   # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of telling someone that say no more than that they heard the words.
_TELLING = frozenset({"inform", "notify", "brief", "assure"})

# A verb's own dependents that leave it a frame: its subject, its addressee, punctuation, a time or a manner.
_FRAME_DEPS = frozenset({"nsubj", "dobj", "punct", "advmod", "npadvmod", "dep", "ccomp", "parataxis"})


def frames_by_addressing(verb: Token, lemma: str, inside: set[int]) -> bool:
    """Whether a verb of telling only says who heard a quotation beside it (see the module's docstring)."""
    if lemma not in _TELLING or verb.i in inside:
        return False
    children = list(verb.children)
    addressed = [c for c in children if c.dep_ == "dobj"]
    if len(addressed) != 1 or addressed[0].i in inside or addressed[0].i < verb.i \
            or any(c.dep_ not in _FRAME_DEPS or (c.dep_ in ("dep", "ccomp", "parataxis") and c.i not in inside)
                   for c in children):
        return False
    doc = verb.doc
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    first = (subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i) - 1
    while first >= 0 and doc[first].is_punct and first not in inside:
        first -= 1
    if first >= 0 and first in inside and first + 1 < verb.i:
        return True  # '"…," the party informed the press'
    last = addressed[0].right_edge.i + 1
    while last < len(doc) and doc[last].is_punct and last not in inside and doc[last].text in (",", ":"):
        last += 1
    return last < len(doc) and last in inside  # 'The party informed the press: "…"'
