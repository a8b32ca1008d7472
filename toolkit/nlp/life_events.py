"""Life events: a name that something only a person undergoes or makes happens to is a person's.

News names a person as the one whose death, resignation or arrest it reports ("the office stands vacant
following the resignation of Luis Rivera Marín"), and as the maker of a work ("in Tomasz Sekielski's
film"). The model, not knowing the name, may call it a body. Bodies are dissolved or wound up, not killed,
buried or retired, and a body's work is named by the body's name with a head word ("the BBC's film"), which
:func:`~toolkit.nlp.antecedents.built_like_a_person` rules out.
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.antecedents import NOT_PERSON_WORDS, built_like_a_person
from toolkit.nlp.boundaries import KIN_NOUNS
from toolkit.nlp.gazetteer import is_known_place

# The nouns of what befalls a person alone, in office or in life (a closed class of English news): "the death
# of", "the resignation of", "the arrest of". Not "the release of" (records), "the election of" (boards), "the
# appointment of" (committees), "the collapse of" (companies).
LIFE_NOUNS = frozenset("""death funeral burial murder assassination killing execution kidnapping abduction resignation
    retirement impeachment inauguration arrest birth widow widower""".split())
# Works a person makes and is named the maker of by a possessive ("Tomasz Sekielski's film").
WORKS = frozenset({"film", "movie", "documentary", "book", "novel", "memoir", "album", "song", "painting", "play",
                   "poem", "biography", "autobiography"})


def named_in_a_life(span: Span) -> bool:
    """Whether a name the model called something else is a person by what befalls it or what it made.

    Args:
        span: an entity span.

    Returns:
        True for "the resignation of Luis Rivera Marín" and "Tomasz Sekielski's film" (labelled ORG); not
        for "the death of Queen Elizabeth Hospital's founder" (a head word), nor for "the arrest of
        Hamas members" (one word), nor a person's name already labelled a person.
    """
    if span.label_ not in ("ORG", "GPE", "LOC", "FAC", "NORP") or not built_like_a_person(span):
        return False
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
            and head.head.lemma_.lower() in LIFE_NOUNS:
        return True  # "following the resignation of Luis Rivera Marín"
    return root.dep_ == "poss" and head.pos_ == "NOUN" and head.lemma_.lower() in WORKS  # "Tomasz Sekielski's film"


def person_by_kin_or_birth(span: Span) -> bool:
    """Whether a name, whatever the model called it, is a person's by its kin, its epithet or its birth date.

    Args:
        span: an entity span.

    Returns:
        True for "Trump's wife, Melania Trump, made …" (a kin noun the name owns), "Lucas Cranach the Elder" (an
        epithet after a given name and a surname), "Cotton was born on October 31, 1832" (a birth on a day) and
        "led by 33-year-old Jens-Frederik Nielsen" (an age before the name);
        not for "Facebook's sister app", "the Great Lakes" or "the idea was born in 2010".
    """
    if span.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
        return False
    return _kin_of(span) or _named_with_an_epithet(span) or _born_on_a_day(span) or named_after_an_age(span)


# The units of a person's age written before the name ("33-year-old Jens-Frederik Nielsen", "a 2-month-old").
_AGE_UNITS = frozenset({"year", "month"})


def named_after_an_age(span: Span) -> bool:
    """Whether a name of two or three capitalised words (a given name may be hyphenated: "Jens-Frederik") stands
    right after an age written as one compound with no article before it ("led by 33-year-old Jens-Frederik
    Nielsen", "police arrested 28-year-old John Smith"): news gives a person's age so. Not a name that
    qualifies a noun after it ("a 100-year-old Steinway piano"), nor one after "the" ("the 178-year-old Thomas
    Cook", a firm's age)."""
    doc, i = span.doc, span.start
    if not (i >= 5 and doc[i - 1].lower_ == "old" and doc[i - 2].text in ("-", "‑")
            and doc[i - 3].lower_ in _AGE_UNITS and doc[i - 4].text in ("-", "‑") and doc[i - 5].like_num):
        return False
    if i >= 6 and doc[i - 6].lower_ in ("the", "a", "an", "its", "their"):
        return False
    words = [t for t in span if t.text not in ("-", "‑")]
    if not (2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words)):
        return False
    return not (span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN")


# Epithets English sets after a person's name to tell a father from a son or a namesake ("Lucas Cranach the Elder",
# "Pliny the Younger"); no place or body is named so. Not "the Great", which opens places' names ("the Great Lakes").
_EPITHETS = frozenset({"elder", "younger"})


def _one_word_person(span: Span) -> bool:
    """Whether a one-word name is written as a person's may be: a capitalised proper noun of letters, no head word
    of a body or a place, and no place the gazetteer knows."""
    token = span[0]
    return (len(span) == 1 and token.pos_ == "PROPN" and token.is_title and token.is_alpha
            and token.lower_ not in NOT_PERSON_WORDS and not is_known_place(span.text))


def _kin_of(span: Span) -> bool:
    """Whether a name owns a noun of kinship or marriage in the possessive ("Trump's wife, Melania Trump, made …",
    "Cotton's mother") or by a relative "whose" ("Seagal, whose grandmother …"): only a person has a wife or a mother. The kin noun must be the head the possessive
    qualifies ("Facebook's sister app" qualifies the app, no kin; "parent", a firm's owner too, is no kin noun)."""
    if not (_one_word_person(span) or built_like_a_person(span)):
        return False
    root = span.root
    head = root.head
    if (root.dep_ == "poss" and head.pos_ == "NOUN" and head.lower_ in KIN_NOUNS and head.i > root.i
            and span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"):
        return True
    # "Seagal, whose grandmother was from Vladivostok, has made …": the kin noun owned by the "whose" of a
    # relative clause on the name
    return any(c.dep_ == "relcl" and c.i > root.i and any(
        w.lower_ == "whose" and w.dep_ == "poss" and w.head.lower_ in KIN_NOUNS for w in c.subtree)
        for c in root.children)


def _named_with_an_epithet(span: Span) -> bool:
    """Whether a given name and a surname are followed by "the Elder" or "the Younger" (which the model may cut
    after "the": "two paintings by Lucas Cranach the Elder")."""
    if not 2 <= len(span) <= 4:
        return False
    doc = span.doc
    end = span.end - 1 if span[-1].lower_ == "the" else span.end
    name = doc[span.start:end]
    return (end + 1 < len(doc) and doc[end].lower_ == "the" and doc[end + 1].lower_ in _EPITHETS
            and doc[end + 1].is_title and built_like_a_person(name))


def _born_on_a_day(span: Span) -> bool:
    """Whether a name is the subject of "was born on" a date ("Cotton was born on October 31, 1832"): news gives a
    person's birthday so; a body or an idea "was born" in a year or a place, seldom on a day."""
    if not (_one_word_person(span) or built_like_a_person(span)):
        return False
    root = span.root
    verb = root.head
    return (root.dep_ == "nsubjpass" and verb.lower_ == "born"
            and any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.ent_type_ == "DATE"
                                                                  for g in c.children)
                    for c in verb.children))


def people_after_ages(ents: list[Span]) -> list[Span]:
    """The entities, with a body or a place named right after a person's age made a person
    (:func:`named_after_an_age`: "led by 33-year-old Jens-Frederik Nielsen", a body to the model)."""
    return [Span(e.doc, e.start, e.end, label="PERSON")
            if e.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP") and named_after_an_age(e) else e for e in ents]
