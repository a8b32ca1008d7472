"""People a report tells of without a name, whom the next "he" or "she" stands for.

A report often names someone only by a relation or as one of a group ("The two parents were arrested
… after one of their daughters, aged 17, escaped and phoned 911. She did not know what address her
house was …"): the "she" is that daughter, the subject of the sentence just before, not the mother
the story named at its start. English keeps its topic in the subject, and a subject of the pronoun's
sex, however it is named, is nearer than a person named sentences before.

:func:`described_subject` finds such a subject in the sentence before the pronoun: a common noun of
the pronoun's sex (a closed lexical class of kinship and gendered words, :data:`FEMALE_WORDS` and
:data:`MALE_WORDS`: "his daughter", "the spokeswoman") or "one of" such nouns, with no name of its
own. The caller takes it only when the person the resolver found is named in neither that sentence
nor the pronoun's own.

A person named by a title alone in the pronoun's own sentence goes before anyone named earlier:
in "Just two days ago, I stood alongside the President in the Rose Garden as he signed the “Take It
Down Act” into law" the "he" of the clause of time is the President, not the Secretary Turner the
speech thanked a paragraph before. :func:`titled_in_sentence` finds such a description ("the
President", "the Governor": a title of :data:`PERSON_TITLES` with "the" and no name) in the main
clause before a "he" or "she" of a subordinate clause, when the sentence names nobody before the
pronoun and holds no other such description; a title of the other sex ("the Queen" for "he") is none.

Example:
    >>> described_subject(doc[40], "f", sentences)  # doctest: +SKIP
    one
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.lexicon import CLAUSE_SUBORDINATORS, FEMALE_WORDS, FINITE_TAGS, MALE_WORDS, PERSON_TITLES
from toolkit.nlp.office_labels import in_turn_label
from toolkit.nlp.pronoun_antecedents import other_sex_words, person_noun

_WORDS = {"f": FEMALE_WORDS, "m": MALE_WORDS}


def _of_sex(noun: Token, words: frozenset[str]) -> bool:
    """Whether an unnamed noun is a word of that sex, or "one of" such words ("one of their daughters")."""
    if noun.ent_type_ == "PERSON" or any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"
                                         for c in noun.children):
        return False  # ("her son Anderson Cooper announced": named)
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in words:
        return True
    return noun.lower_ == "one" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in words for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children)


def _subject_after_subordinator(noun: Token) -> bool:
    """Whether the parser took a clause's subject for the object of its subordinator ("after one of
    their daughters, aged 17, escaped": "after" read as a preposition)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in CLAUSE_SUBORDINATORS or noun.head.dep_ != "prep":
        return False
    # A clause's subject has its verb right after it; a noun of capacity after "as" has none ("Norton made
    # a living as a businessman, but he lost his fortune": "a businessman" does nothing)
    after = noun.right_edge.i + 1
    return after < len(noun.doc) and noun.doc[after].tag_ in FINITE_TAGS


def described_subject(pronoun: Token, gender: str, sentences) -> Token | None:
    """The last unnamed subject of the pronoun's sex in the sentence before it, if any.

    Args:
        pronoun: a "he" or "she".
        gender: "m" or "f", the pronoun's sex.
        sentences: the document's :class:`~toolkit.nlp.actors.Sentences`.
    """
    before = sentences.before(sentences.of(pronoun))
    if before is None or gender not in _WORDS:
        return None
    found = [t for t in before if (t.dep_ in ("nsubj", "nsubjpass") or _subject_after_subordinator(t))
             and _of_sex(t, _WORDS[gender])]
    return found[-1] if found else None


def main_subject_of_clause(pronoun: Token, gender: str) -> Token | None:
    """The unnamed subject of the pronoun's sex of the main clause that the pronoun's clause of time, cause or
    manner follows, when nobody is named or told of before the pronoun in its sentence ("In 2022, a New York City
    man was released without bail after he smeared …": the man, not someone named in an earlier sentence).

    Args:
        pronoun: a "he" or "she".
        gender: "m" or "f", the pronoun's sex.
    """
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or verb.head.i > pronoun.i \
            or gender not in _WORDS:
        return None
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i:
        return None
    other = other_sex_words(gender)
    if not (_of_sex(subject, _WORDS[gender]) or (subject.pos_ == "NOUN" and not subject.ent_type_ and person_noun(subject)
                                                 and subject.lemma_.lower() not in other)):
        return None
    if any(t.ent_type_ == "PERSON" or (t.pos_ == "PRON" and t.lower_ in ("he", "she", "him", "her"))
           for t in pronoun.doc[pronoun.sent.start:pronoun.i]):
        return None  # someone named or told of already: the resolver's to weigh
    return subject


# The clauses a pronoun's verb can head below the main clause: of time, cause or manner, or content.
_SUBORDINATE = frozenset({"advcl", "ccomp"})


def titled_in_sentence(pronoun: Token, gender: str) -> Token | None:
    """The one description by a title before ``pronoun`` in its sentence, if ``pronoun`` is the
    subject of a subordinate clause and nobody is named before it there (see the module's docstring).

    Args:
        pronoun: a "he" or "she".
        gender: "m" or "f", the pronoun's sex.
    """
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in _SUBORDINATE or gender not in _WORDS:
        return None
    other = _WORDS["m" if gender == "f" else "f"]
    found = []
    for t in pronoun.doc[pronoun.sent.start:pronoun.i]:
        if t.ent_type_ == "PERSON" or (t.pos_ == "PRON" and t.lower_ in ("he", "she", "him", "her")):
            return None  # someone named or told of already: the resolver's to weigh
        if t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.i < t.i:
            return None  # "Kemi Badenoch, the Conservative leader, said she …": the title is the name's apposition,
            # and the name (whatever label the model gave it) is who the pronoun is
        if in_turn_label(t):
            continue  # a transcript's label ("THE PRESIDENT: I think he wants …"): its speaker says "I", never "he"
        if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ and t.dep_ != "compound" \
                and t.lemma_.lower() in PERSON_TITLES and t.lemma_.lower() not in other \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                and not any(c.dep_ in ("compound", "appos", "poss") for c in t.children):
            found.append(t)
    if len(found) != 1 or found[0] in verb.subtree:
        return None
    return found[0]
