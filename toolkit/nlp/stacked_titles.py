"""A person named after two titles joined by "and": the subject is the person, not the first title.

In "After Deputy Prime Minister for Finance and Minister of Economy Richard Sulík failed to procure …"
the small English model heads the subject by the first title ("Minister") and hangs the name on the
"and" of the titles' "of"/"for" phrases: the subject would be a deputy prime minister with no name. A
rule of English news style: titles stacked before a name with no article and no comma ("Former Secretary
of Defense and CIA Director Leon Panetta") are one person's; the name that closes them is the subject.
Two people joined by "and" each carry their own name ("Secretary of War Pete Hegseth and Chairman of the
Joint Chiefs of Staff General Dan Caine provided …") or an article ("the Secretary of Defense and the
Secretary of Homeland Security"), and stay as they are.

So is one title whose "of" phrases run on to the name, with no comma: in "This was announced by Head of the Office
of the President Andriy Yermak on Telegram" the model heads the agent by "Head" and reads the name as the last
"of"'s object; the name is the agent, the rest its title (:func:`_office_of`). Only names, "of", "for" and "the"
may come between (a verb, a comma or another preposition ends the title's phrase), and the name has no title of
its own right before it: "the President Andriy Yermak" (an article, which a title before a name never takes) is
the office's president and the head's name, "of President Volodymyr Zelensky" the president's.

Example:
    >>> titled_person(doc[3])  # "Minister" of "Deputy Prime Minister for Finance and Minister of …"  # doctest: +SKIP
    Sulík
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.lexicon import PERSON_TITLES

# Word classes of a run of titles: names and title words, their "of"/"for", and the one "and".
_TITLE_RUN = frozenset({"PROPN", "ADP", "CCONJ"})


# Words that head a title only with its "of" ("Head of the Office of the President", "Chief of the General Staff").
_HEADS_OF = frozenset({"head", "chief"})


def _office_of(subject: Token) -> Token | None:
    """The name that closes a title's "of" phrases right after it ("Head of the Office of the President Andriy
    Yermak"), or None."""
    doc = subject.doc
    if not subject.text[0].isupper() or subject.i + 1 >= len(doc) or doc[subject.i + 1].lower_ != "of" \
            or any(c.dep_ in ("det", "poss") for c in subject.children):
        return None
    last = None
    for t in doc[subject.i + 1:]:
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            last = t
        elif last is not None or not (t.pos_ == "PROPN" or t.lower_ in ("of", "for", "the")):
            break
    if last is None or subject not in last.ancestors:
        return None  # (the name's last word is an "of"'s object somewhere under the title: the title's own phrase)
    first = doc[next(e.start for e in doc.ents if e.start <= last.i < e.end)]
    before = doc[first.i - 1]
    if before.lower_ in PERSON_TITLES and doc[before.i - 1].lower_ != "the":
        return None  # "Head of the Office of President Volodymyr Zelensky": the name is the president's
    return last


def titled_person(subject: Token) -> Token | None:
    """The name that closes a subject's stacked titles (see the module's docstring), or None."""
    if subject.ent_type_ == "PERSON":
        return None
    if subject.lower_ in _HEADS_OF or subject.lower_ in PERSON_TITLES:
        if (named := _office_of(subject)) is not None:
            return named
    if subject.lower_ not in PERSON_TITLES:
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
