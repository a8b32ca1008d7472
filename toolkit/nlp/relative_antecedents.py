"""The noun a relative pronoun stands for: "Trump, who has claimed …" → Trump.

The parser hangs a relative clause on the noun before it, which is often not the one the pronoun takes up: a place
after "on" or "in" ("cases of the virus on the Navy's supply vessel that visited the base": the vessel), a person
before "from" or "of" ("Rai Benjamin from the United States, who finished the race": Benjamin), a title in apposition
("Michael Avenatti, the lawyer who represented …": the name), a thing, never a person, for "which" ("the brainchild
of Elizabeth Warren, which funneled cash …"), a group a list spells out ("Three American Samoans, Pale Tuli, …, who
had moved …"). :func:`relative_antecedent` reads those cases; :class:`toolkit.nlp.actors.Actors` calls it before it
names a relative pronoun's subject.

Example:
    >>> relative_antecedent(doc[2]).text  # "Trump, who has claimed he could end the war …"  # doctest: +SKIP
    'Trump'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.lexicon import PERSON_TITLES
from toolkit.nlp.listed_groups import group_spelled_out
from toolkit.nlp.sentential_relatives import noun_before_relative

# Entity labels of places: a "who" never stands for one.
_PLACES = ("GPE", "LOC", "FAC")

# Prepositions that place a thing on or in another ("the virus on the vessel that …").
_PLACE_PREPOSITIONS = frozenset({"on", "in", "at", "aboard", "inside", "near"})


def relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for ("Trump, who has claimed …" → Trump)."""
    clause = token.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ in ("relcl", "acl"):
        described = clause.head
        if described.pos_ in ("VERB", "AUX") and token.lower_ == "which":
            return noun_before_relative(token)  # "Resolution 2803 (2025), which endorsed …" hung on "aligns"
        before = token.doc[token.i - 1] if token.i else None
        if token.lower_ in ("that", "which") and before is not None and before.pos_ == "NOUN" \
                and before.dep_ == "pobj" and before.head.lower_ in _PLACE_PREPOSITIONS \
                and before.i != described.i and described.i < before.i and described.is_ancestor(before):
            # "cases of the virus on the Navy's supply vessel that visited the base": a
            # restrictive relative right after the thing something is on or in describes that
            # thing; the parser may hang it on the noun the place belongs to
            return before
        if token.lower_ == "who" and described.ent_type_ in ("GPE", "LOC", "FAC") and described.dep_ == "pobj" \
                and described.head.head.pos_ == "NOUN":
            # "a man from the United States who tested positive": people, not places
            described = described.head.head
        elif token.lower_ == "who" and described.ent_type_ in _PLACES and described.dep_ == "pobj" \
                and described.head.lower_ in ("from", "of") and described.head.i \
                and token.doc[described.head.i - 1].ent_type_ == "PERSON":
            # "won by Rai Benjamin from the United States, who finished the race": the parser hangs
            # "from" on the verb, yet the place is the named person's, and "who" stands for that person
            described = token.doc[described.head.i - 1]
        elif token.lower_ == "who" and described.ent_type_ == "ORG" and (person := _member_before_body(described)):
            # "Russian cosmonaut Aleksandr Gorbunov, of the Russian space agency Roscosmos, who had arrived": the
            # body's "of" phrase describes the person before it, whom "who" stands for
            described = person
        if token.lower_ == "which" and described.ent_type_ == "PERSON" and described.dep_ == "pobj" \
                and described.head.head.pos_ in ("NOUN", "PROPN"):
            # "the brainchild of Elizabeth Warren, which funneled cash …", "the NCA's investigation of
            # Matthew Falder which led to …": "which" stands for a thing, never a person
            described = described.head.head
            if described.pos_ == "PROPN" and not described.ent_type_ and described.dep_ == "pobj" \
                    and described.head.head.pos_ in ("NOUN", "PROPN"):
                # "a summit with President of France Emmanuel Macron, who …, and which led to …": the
                # title before "of" is the person's too; the thing is the noun the title hangs on
                described = described.head.head
        if described.dep_ == "appos" and (described.pos_ == "NOUN" or (
                described.pos_ == "PROPN" and not described.ent_type_ and described.lower_ in PERSON_TITLES)) \
                and described.head.pos_ == "PROPN" \
                and described.head.ent_type_ not in ("GPE", "LOC", "FAC") \
                and not (token.lower_ == "which" and described.head.ent_type_ == "PERSON"):
            return described.head  # "Michael Avenatti, the lawyer who represented …": the name (also a title the
            # magazine capitalises, "Yuri Ushakov, a former Russian Ambassador to Washington who now advises Putin")
        # "Three American Samoans, Pale Tuli, …, and John Fitisemanu, who had moved …": the group (listed_groups.py)
        return group_spelled_out(token, described) or described
    # "…, according to police, who said …" parsed without a relative clause: the noun before the comma.
    before = token.doc[token.i - 2] if token.i >= 2 and token.doc[token.i - 1].text == "," else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") and token.lower_ == "who" else None


def _member_before_body(body: Token) -> Token | None:
    """The person whose "of", "from" or "at" phrase names ``body`` ("Aleksandr Gorbunov, of the Russian space agency
    Roscosmos"): up from the body over appositions and compounds to the preposition, whose head is a person's name."""
    tok = body
    for _ in range(3):
        if tok.dep_ not in ("appos", "compound"):
            break
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "from", "at") or prep.i == 0:
        return None
    person = prep.head
    return person if person.ent_type_ == "PERSON" and person.i < prep.i else None
