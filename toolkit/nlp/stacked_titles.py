"""A person named after two titles joined by "and": the subject is the person, not the first title.

In "After Deputy Prime Minister for Finance and Minister of Economy Richard Sulík failed to procure …"
the small English model heads the subject by the first title ("Minister") and hangs the name on the
"and" of the titles' "of"/"for" phrases: the subject would be a deputy prime minister with no name. A
rule of English news style: titles stacked before a name with no article and no comma ("Former Secretary
of Defense and CIA Director Leon Panetta") are one person's; the name that closes them is the subject.
Two people joined by "and" each carry their own name ("Secretary of War Pete Hegseth and Chairman of the
Joint Chiefs of Staff General Dan Caine provided …") or an article ("the Secretary of Defense and the
Secretary of Homeland Security"), and stay as they are.

Example:
    >>> titled_person(doc[3])  # "Minister" of "Deputy Prime Minister for Finance and Minister of …"  # doctest: +SKIP
    Sulík
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.lexicon import PERSON_TITLES

# Word classes of a run of titles: names and title words, their "of"/"for", and the one "and".
_TITLE_RUN = frozenset({"PROPN", "ADP", "CCONJ"})


def titled_person(subject: Token) -> Token | None:
    """The name that closes a subject's stacked titles (see the module's docstring), or None."""
    if subject.lower_ not in PERSON_TITLES or subject.ent_type_ == "PERSON":
        return None
    doc = subject.doc
    last = doc[subject.right_edge.i]
    if last.ent_type_ != "PERSON" or last.i <= subject.i + 2:
        return None
    run = doc[subject.i + 1:last.i + 1]
    ands = [t for t in run if t.pos_ == "CCONJ"]
    if len(ands) != 1 or ands[0].lower_ != "and" or any(t.pos_ not in _TITLE_RUN for t in run):
        return None  # (a comma, an article or a verb: a list of people or a clause, not stacked titles)
    if any(t.ent_type_ == "PERSON" for t in doc[subject.left_edge.i:ands[0].i]):
        return None  # the first title has its own name: two people
    second = doc[ands[0].i + 1:last.i]
    if not any(t.lower_ in PERSON_TITLES and t.ent_type_ != "PERSON" for t in second):
        return None
    return last
