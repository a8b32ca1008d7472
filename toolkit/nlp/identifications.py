"""A description of a person identified by name in a participle: "The suspect, identified as Anthony LaCalamita,
entered …", "The woman, identified by the police as Madeline Kafoury, died …", "a man named John Smith".

Crime and disaster reports first tell of a person by a role and set the name off in a participle of naming, with
or without who named them. The person the description stands for is the named one: the act is theirs, not "the
suspect"'s. Only a common noun a person is named by ("suspect", "woman", "man") takes the name, and only from a
proper noun after "identified as" or right after "named"; "a process named after its inventor" names no one.

Example:
    >>> identified_name(doc[1])  # "The suspect, identified as Anthony LaCalamita, entered …"  # doctest: +SKIP
    LaCalamita
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.pronoun_antecedents import person_noun

# Participles that name a person: "identified as X" (by the police, officials), "named X".
_NAMING_WITH_AS = frozenset({"identify", "list", "describe"})
_NAMING_DIRECT = frozenset({"name", "call"})
_NAME_DEPS = frozenset({"oprd", "dobj", "attr", "npadvmod"})


def identified_name(noun: Token) -> Token | None:
    """The head of the proper name a participle of naming gives the person ``noun`` describes ("identified as
    Anthony LaCalamita": "LaCalamita"), or None.

    Args:
        noun: the head noun of a description ("suspect" of "The suspect, identified as …").
    """
    if noun.pos_ != "NOUN" or not person_noun(noun):
        return None
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        lemma = participle.lemma_.lower()
        if lemma in _NAMING_WITH_AS:
            names = [p for prep in participle.children if prep.dep_ == "prep" and prep.lower_ == "as"
                     for p in prep.children if p.dep_ == "pobj"]
        elif lemma in _NAMING_DIRECT:
            names = [c for c in participle.children if c.dep_ in _NAME_DEPS]
        else:
            continue
        for name in names:
            if name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG", ""):
                return name  # (the small model may read a name it has not seen as a body: "Madeline Kafoury")
    return None
