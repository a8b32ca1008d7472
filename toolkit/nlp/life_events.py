"""Life events: a name that something only a person undergoes or makes happens to is a person's.

News names a person as the one whose death, resignation or arrest it reports ("the office stands vacant
following the resignation of Luis Rivera Marín"), and as the maker of a work ("in Tomasz Sekielski's
film"). The model, not knowing the name, may call it a body. Bodies are dissolved or wound up, not killed,
buried or retired, and a body's work is named by the body's name with a head word ("the BBC's film"), which
:func:`~toolkit.nlp.antecedents.built_like_a_person` rules out.
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.antecedents import built_like_a_person

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
