"""The sex a "he" or "she" shows of the one person the sentence before names.

A sentence that names one person, followed by a sentence that names no one and whose subject is "he"
or "she", tells that person's sex ("Jane Smith opened the hearing. She said …"). :func:`sexes_by_pronoun`
reads it for the speakers' resolver (:class:`~toolkit.nlp.person_resolver.PersonResolver`) and for the mentions,
whose index then does not link a surname to a full name of the other sex (:mod:`~toolkit.nlp.title_links`).

A possessive in a phrase of time on the person's own clause tells it first, and more surely, since such a phrase
dates the clause by its subject's life ("from 1965 Rosa Parks worked for his Detroit office for 23 years, till
her retirement": hers, so the "he" that opens the next sentence is not Rosa Parks, whatever "his office" is):
:func:`sex_by_time_phrase`.

Example:
    >>> sexes_by_pronoun(doc, {0: {"Jane Smith"}}, sentence_starts(doc))   # doctest: +SKIP
    {'Jane Smith': 'f'}
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_of

_HE_SHE = frozenset({"he", "she"})  # the subjects whose sex a name in the sentence before learns
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def sexes_by_pronoun(doc: Doc, named: dict[int, Collection[str]], starts: list[int],
                     skip: Collection[int] = ()) -> dict[str, str]:
    """The sex ("m" or "f") of each person a "he"/"she" subject follows (see the module).

    Args:
        doc: the parsed document.
        named: by its first token, the people (by any name) each sentence names.
        starts: the first tokens of the document's sentences, in order.
        skip: the tokens not to read (a quotation's: its "he" is the speaker's).
    """
    sexes: dict[str, str] = {}
    subjects = [(bisect_right(starts, i) - 1, doc[i].lower_, i) for i in indices_of(doc, LOWER, _HE_SHE)
                if doc[i].dep_ in _SUBJECTS and i not in skip]  # (sentence, pronoun, token): not a loop over every token
    # (sentence, pronoun) of a he/she that is the subject of its sentence's main verb: that sentence's topic
    topics = {(k, word) for k, word, i in subjects if doc[i].head.dep_ == "ROOT"}
    for k, word, _ in subjects:
        if starts[k] == 0 or named.get(starts[k]):
            continue  # the sentence names someone itself: the pronoun may be anyone's
        if (k - 1, word) in topics:
            # "He entered the consulate …, seeking documents allowing him to marry Hatice Cengiz. He never came
            # out.": the same pronoun, subject of the main verb of the sentence before, goes on with that topic,
            # not with the one the sentence named in passing (a "he" of a reported clause, "Pahlavanzadeh said he
            # …", is often the one named, and does not count)
            continue
        names = set(named.get(starts[k - 1], ()))
        if len(names) == 1:
            sexes.setdefault(next(iter(names)), "m" if word == "he" else "f")
    return sexes


# Prepositions of a phrase of time that a subject's life event can fill ("till her retirement", "after his arrest").
_TIME_PREPOSITIONS = frozenset({"till", "until", "after", "before", "since", "upon", "following"})
_POSSESSIVES = {"his": "m", "her": "f"}


def sex_by_time_phrase(subject: Token) -> str | None:
    """The sex a "his"/"her" shows of the subject of a verb, when it owns the noun of a phrase of time on that
    verb ("Rosa Parks worked for his Detroit office for 23 years, till her retirement": "f"), else None."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ in _TIME_PREPOSITIONS:
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
                    if owner is not None:
                        return _POSSESSIVES[owner.lower_]
    return None

