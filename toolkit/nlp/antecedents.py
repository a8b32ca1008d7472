"""People found by the pronoun that takes them up: "X was convicted … She was granted clemency".

News names a person as a sentence's subject and opens the next sentence with "he", "she", "his" or
"her" for the same person; a body is "it", a place "it" or "there". So the proper-noun subject of a
sentence followed by such a sentence is a person, also when the small model tagged nothing there
(a list of pardons: "Tynice Nichole Hall was convicted of multiple drug violations … She was granted
clemency"). :func:`people_taken_up` finds those names; :mod:`toolkit.nlp.mentions` gives the same
evidence to a subject the model tagged as a body or a place. So is a proper noun the model left untagged before
", who" and a relative clause that agrees in the singular or holds "he", "she", "his" or "her" ("Shakira, who toured
North America on her … tour", round wire36b): :func:`people_before_who`.

Example:
    >>> [e.text for e in people_taken_up(doc, set())]   # doctest: +SKIP
    ['Tynice Nichole Hall']
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import LOC_HEADS, NOT_NAME_WORDS, ORG_HEADS
from toolkit.nlp.lookups import indices_of

# Personal pronouns that open a sentence and take up its predecessor's subject: only a person is "he" or "she".
PERSONAL_OPENERS = frozenset({"he", "she", "his", "her"})
# Head words that make a name a body or a stretch of country, never a person's name (a building's head
# may be a surname: "Hall", "Temple").
NOT_PERSON_WORDS = ORG_HEADS | LOC_HEADS | NOT_NAME_WORDS


def built_like_a_person(span: Span) -> bool:
    """Two or three capitalised proper nouns, none a head word of a body or a place, and no known place."""
    return (2 <= len(span) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in span)
            and not {t.lower_ for t in span} & NOT_PERSON_WORDS and not is_known_place(span.text))


def people_taken_up(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged proper-noun subjects whose next sentence opens with a personal pronoun.

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity; a name touching one is left alone.

    Returns:
        New PERSON spans (the subject and the proper nouns compounded onto it in front).
    """
    found: list[Span] = []
    if not len(doc):
        return found
    for i in indices_of(doc, LOWER, PERSONAL_OPENERS):  # the pronouns, found in the Doc's column (numpy)
        before = i - 1
        while before >= 0 and doc[before].is_space:
            before -= 1  # a paragraph break between the two sentences
        if before < 0 or not (doc[i].is_sent_start or before < i - 1) or doc[before].sent.end > i:
            continue  # not the opening word of a sentence
        sentence = doc[before].sent
        subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "PROPN" or subject.i in taken:
            continue
        start = subject.i
        while (start > sentence.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == subject.i
               and doc[start - 1].pos_ == "PROPN"):
            start -= 1
        span = Span(doc, start, subject.i + 1, label="PERSON")
        if built_like_a_person(span) and not any(j in taken for j in range(span.start, span.end)):
            found.append(span)
    return found


# Verbs of the singular that open a relative clause's predicate; the past of a full verb agrees with either number.
_SINGULAR_FORMS = frozenset({"was", "is", "has", "'s"})
# The pronouns of a person inside a relative clause.
_PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})


def people_before_who(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged proper nouns (one to three, capitalised) right before ", who" whose relative clause hangs on them
    and agrees in the singular ("who was", "who has") or holds a person's pronoun ("who toured … on her … tour"):
    English takes up a thing by "which", and British sports news a club by "who" in the plural ("Arsenal, who are
    second"), so such a "who" takes up a person. Not a known place, nor a name touching another capitalised word.

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity; a name touching one is left alone.
    """
    found: list[Span] = []
    for i in indices_of(doc, LOWER, ("who",)):
        if i < 2 or doc[i - 1].text != "," or i + 1 >= len(doc) or doc[i].dep_ not in ("nsubj", "nsubjpass"):
            continue
        clause, end = doc[i].head, i - 1
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].is_alpha:
            start -= 1
        if start == end or clause.dep_ != "relcl" or not start <= clause.head.i < end:
            continue
        if any(j in taken or doc[j].ent_type_ for j in range(start, end)) or start > 0 and doc[start - 1].is_title \
                and not doc[start - 1].is_sent_start:
            continue
        span = Span(doc, start, end, label="PERSON")
        if {t.lower_ for t in span} & NOT_PERSON_WORDS or is_known_place(span.text, cities=True):
            continue
        words = doc[i + 1:clause.right_edge.i + 1]
        if doc[i + 1].lower_ in _SINGULAR_FORMS or doc[i + 1].tag_ == "VBZ" \
                or any(t.lower_ in _PERSONAL_PRONOUNS for t in words):
            found.append(span)
    return found
