"""A surname the entity recogniser missed, standing as a subject, is the person named before.

News names a person in full once and by surname after ("Kathryn Waters, director of the gallery,
expressed interest … In her opening remarks for attendees, Waters pointed out those features"). The
small model sometimes leaves the later surname unlabelled, the more so when it is also an English
word ("Waters", then even tagged a common noun); a pronoun after it then skips the one the story is
about. A capitalised noun that is a subject, outside any entity and quotation, and equal to the
surname of exactly one person the document named before it, is that person. As the first word of
a sentence, where every word is capitalised, it must stand alone, as a surname does ("Trump did
minimal preparation, holding rallies instead", where the model read "trump" as the common noun and
a "he" after it then went to Biden): no determiner, modifier or phrase of its own, and no
capitalised word after it.

Example:
    >>> unlabelled_surnames(doc, [(0, "Kathryn Waters", True, False)], set())  # doctest: +SKIP
    [(42, 'Kathryn Waters')]
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ENT_IOB, ORTH, POS
from spacy.tokens import Doc

from toolkit.nlp.lookups import among, among_ids, token_column

# Dependency labels of a subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOUNS = frozenset({"PROPN", "NOUN"})


def unlabelled_surnames(doc: Doc, people: list[tuple[int, str, bool, bool]], inside: set[int], *,
                        quoted: bool = False) -> list[tuple[int, str]]:
    """``(token index, name)`` of each subject that is an unlabelled surname of one person named
    before it; ``people`` are ``(token index, name, is subject, in quote)``, as the resolver keeps.
    With ``quoted``, those inside quotation marks instead ("“Munk has been a world treasure …”",
    the person quoted words are about)."""
    if not people:
        return []
    nouns = among(token_column(doc, POS), _NOUNS)
    surnames = {name.split()[-1] for _, name, _, _ in people}
    spelt = among_ids(token_column(doc, ORTH), (doc.vocab.strings[s] for s in surnames))
    # nouns outside any entity (IOB 2 is "O": read now, after the repairs) spelt as a surname, found in numpy
    candidates = np.flatnonzero(nouns & (doc.to_array(ENT_IOB) == 2) & spelt)
    found = []
    for i in candidates.tolist():
        token = doc[i]
        if token.dep_ not in _SUBJECTS or (i in inside) != quoted or not token.is_title \
                or (token.is_sent_start and not stands_bare(token)) \
                or (not token.is_sent_start and doc[i - 1].is_title and not _described_by_party(doc[i - 1])):
            continue  # (after another capitalised word it is part of a longer name)
        named = {name for position, name, _, _ in people if position < i and name.split()[-1] == token.text}
        if len(named) == 1:
            found.append((i, named.pop()))
    return found


def _described_by_party(word) -> bool:
    """Whether the capitalised word before a surname is a party or a people the model labelled as such, set before the
    name as a description ("Democrat Spearman, a minister and former Army colonel, was first elected …", "Republican
    Collins"): no part of the name, which is the surname alone, as after a title."""
    return word.ent_type_ == "NORP" and word.ent_iob_ == "B" and word.i + 1 < len(word.doc) \
        and word.doc[word.i + 1].ent_iob_ != "I" and word.dep_ == "compound"


# Dependants that make a noun a common noun's phrase ("Page 3 shows", "Trump cards were"): with one,
# a capitalised first word of a sentence is no bare surname.
_PHRASE_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "prep", "acl", "relcl", "appos"})


def stands_bare(token) -> bool:
    """Whether a sentence's first word stands alone as its subject, as a surname does ("Trump did
    minimal preparation"), not at the head of a phrase, nor before another capitalised word."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.tag_ in ("NN", "NNP") and not any(c.dep_ in _PHRASE_DEPS and not _who_clause(c) for c in token.children) \
        and not (following is not None and following.is_title)


def _who_clause(child) -> bool:
    """Whether a dependant is a relative clause set off by a comma and opened by "who", which only a person takes
    ("Ishiba, who also serves as LDP president, said he would stay on", round wire40): it leaves a surname bare."""
    doc = child.doc
    first = doc[child.left_edge.i]
    return (child.dep_ == "relcl" and first.lower_ == "who" and first.i > 0 and doc[first.i - 1].text == ","
            and doc[first.i - 1].i == child.head.i + 1)
