"""Birth names: "Born Robert Burns in Arroyo Grande, California on June 23, 1941, he took his stepfather's name".

A name right after "born" (or "née") is the name a person was given at birth, which the person the sentence is about
no longer goes by: the obituary's "he" is that person, under the name the story uses (Robert Hunter), not a second
man named "Robert Burns". The speakers' and subjects' resolver (:mod:`toolkit.nlp.person_resolver`) does not count
such a name among the people a pronoun may stand for, so a "he" of the same sentence goes on with the story's
person. A name after "born to" or "born in" is another's or a place, and never comes right after "born".

Example:
    >>> birth_name(doc.ents[0])   # "Born Robert Burns in Arroyo Grande, …, he took …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span

# Words that give the name after them as one's name at birth (a closed class).
_AT_BIRTH = frozenset({"born", "née", "nee"})


def birth_name(ent: Span) -> bool:
    """Whether a person's name stands right after "born" or "née": a name at birth, not another person."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in _AT_BIRTH
