"""A series of clauses joined by commas and a last "and": each is told, none is another's content.

"Elementary school students sang, Elder Nelson White provided a prayer, and the buffalo were released
…", "Elizabeth Warren earned 8 delegates, Joe Biden earned 6, and Amy Klobuchar earned the remaining 1",
"In Cleveland, homicides fell 16%, rapes fell 28%, auto theft fell 26%, and robberies fell 24%": English
lists clauses as it lists nouns, with commas and an "and" before the last. The parser often hangs the
first clause on the second as its clausal complement, as if the second verb reported it; a verb that
reports or thinks nothing ("provided", "earned", "fell") has no content, and the first clause is the
first item of the series, asserted as the others are (under whatever verb reports the whole series).
A clause before a verb of speech or thought ("…, he said, and …") stays its content.

:func:`opens_series` tells such a clause; :func:`toolkit.nlp.predicates.clause_top` asks it.

Example:
    >>> opens_series(doc[3])  # "Elementary school students sang, Elder Nelson White provided …, and …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def opens_series(clause: Token, reporting: frozenset[str]) -> bool:
    """Whether ``clause``, hung as clausal complement on a later verb, is the first of a series of
    clauses (see the module's docstring).

    Args:
        clause: a verb whose dependency is ``ccomp``.
        reporting: the lemmas of verbs of speech and thought, whose complement is content.

    Returns:
        True when the clause has a subject and no subordinating word, a comma alone stands between it
        and the next clause's subject, that next verb reports nothing, and it is joined by "and" to a
        verb after it.
    """
    head = clause.head
    if clause.dep_ != "ccomp" or head.i <= clause.i or head.lemma_.lower() in reporting \
            or head.pos_ not in ("VERB", "AUX"):
        return False
    children = list(clause.children)
    if not any(c.dep_ in _SUBJECTS for c in children) or any(c.dep_ == "mark" for c in children):
        return False
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i < head.i), None)
    if subject is None:
        return False
    doc = clause.doc
    comma = clause.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != "," or subject.left_edge.i != comma + 1:
        return False
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > head.i
               and any(t.dep_ == "cc" and t.lower_ == "and" and t.head.i == head.i for t in doc[head.i:c.i])
               for c in head.children)
