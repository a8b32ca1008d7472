"""A name set off after the noun that classifies it: "An Australian, Brenton Tarrant, aged 28, appeared in court".

News introduces someone by a kind first and the name after it, set off by commas: "An Australian, Brenton Tarrant,
appeared …", "Three American Samoans, Pale Tuli, Rosavita Tuli, and John Fitisemanu, … sued", "The most recent
hurricane to reach Bermuda, Hurricane Gonzalo, made landfall …", "a Minister of Legislative Assembly from Assam, Suman
Haripriya". The kind says what the one named is; the name says who, and an analyst writes the name (Wikinews,
2019–2020). :func:`set_off_name` gives the name's token for such a noun, so that the subject is the name (and the
names joined to it); used by :class:`toolkit.nlp.actors.Actors` before it reads a noun phrase.

The noun counts as a kind only when English marks it as one: a common noun or a word of a people or a nationality
("Australian", "American Samoans") with "a", "an", "the" or a number before it; a kind counted as several takes the
names only when the parser joined them into one list ("Two Republicans, Susan Collins of Maine and Lisa Murkowski of
Alaska" stays: the second name hangs on "Maine"). A name with a determiner of its own
("the company, a Delaware corporation") is another kind, not a name; a proper name of its own ("Samsung, Apple …") is a
list; the noun's own name in apposition is read by the actors already. Where the parser hangs the name on a noun deeper
in the phrase, the name is still the subject's when the kind's noun is a word of the name ("the most recent hurricane
to reach Bermuda, Hurricane Gonzalo": a hurricane's name, not Bermuda's), or when the phrase is a person's post "of" or
"from" a place or a body and the name is a person's ("a Minister … from Assam, Suman Haripriya"). Not a place's
country after a place ("the city of São Paulo, Brazil"), nor a list after a colon.

So for the writer's own name set off after "I" in the formula of a proclamation or a legal instrument ("NOW,
THEREFORE, I, DONALD J. TRUMP, President of the United States of America, … do hereby proclaim"): the name is who acts.

So for a body's post written after the body's name, before a person's name ("organised by Akhil Bharat Hindu Mahasabha
(All India Hindu Union) president Swami Chakrapani"): the post belongs to the person, who acts; the parser hangs the
person on the body in apposition, and the agent would be the body.

Example:
    >>> set_off_name(doc[1]).text   # "An Australian, Brenton Tarrant, aged 28, appeared in court"  # doctest: +SKIP
    'Tarrant'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.bracketed_short_forms import full_name_token
from toolkit.nlp.shared_titles import names_a_post

# Labels of a name that can be who acts: a person, a body, a named storm or event, a group.
_WHO_LABELS = frozenset({"PERSON", "ORG", "EVENT", "NORP"})
# Determiners of a noun introduced as a kind ("an Australian", "the most recent hurricane").
_KIND_DETERMINERS = frozenset({"a", "an", "the"})


def _introduced_as_kind(noun: Token) -> bool:
    """Whether a noun is a kind with its determiner or number: "An Australian", "Three American Samoans"."""
    if noun.pos_ != "NOUN" and noun.ent_type_ not in ("NORP", "ORG"):
        return False
    if noun.pos_ == "PROPN" and noun.ent_type_ == "ORG" and noun.tag_ != "NNPS":
        return False  # (a body's name is no kind: "The Beatles, John, Paul …" keep the body)
    return any((c.dep_ == "det" and c.lower_ in _KIND_DETERMINERS) or (c.dep_ == "nummod" and c.i < noun.i)
               for c in noun.children)


def _set_off(name: Token) -> bool:
    """Whether an apposition is a name between commas (or a comma and the verb): a name, no determiner of its own."""
    doc = name.doc
    first = name.left_edge.i
    return (name.pos_ == "PROPN" and name.ent_type_ in _WHO_LABELS and first > 0 and doc[first - 1].text == ","
            and not any(c.dep_ == "det" for c in name.children))


def _list_cut(noun: Token, name: Token) -> bool:
    """Whether a kind counted as several ("Two Republicans") is set beside one name the parser did not join to the
    others ("Two Republicans, Susan Collins of Maine and Lisa Murkowski of Alaska": the second hangs on "Maine"): the
    name alone would drop the rest, so the kind stays."""
    counted = any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in noun.children)
    return counted and not any(c.dep_ == "conj" for c in name.children)


def _kind_word_in_name(noun: Token, name: Token) -> bool:
    """Whether the kind's noun is a capitalised word of the name ("hurricane" in "Hurricane Gonzalo")."""
    word = noun.lemma_.lower()
    return any(t.dep_ == "compound" and t.lemma_.lower() == word for t in name.children)


def _post_holder(body: Token) -> Token | None:
    """The person a body's post is given to right after the body's name, the parser hanging the person on the body
    in apposition: "organised by Akhil Bharat Hindu Mahasabha (All India Hindu Union) president Swami Chakrapani"."""
    doc = body.doc
    for child in body.children:
        if child.dep_ == "appos" and child.i > body.i and child.ent_type_ == "PERSON" and child.pos_ == "PROPN" \
                and any(c.dep_ == "compound" and c.i > body.i and c.pos_ == "NOUN" and names_a_post(c)
                        for c in child.children) \
                and not any(t.text == "," or t.dep_ == "det" for t in doc[body.i + 1:child.i] if t.i not in _bracketed(doc, body)):
            # (a comma or a determiner starts a description of the name before: "Postmaster General Louis DeJoy, a
            # Republican fundraiser Trump appointed …": DeJoy, whom Trump appointed, not Trump)
            return child
    return None


def _bracketed(doc, body: Token) -> set[int]:
    """The indices of the words in brackets right after a name ("Mahasabha (All India Hindu Union)"), a gloss of the
    name."""
    if body.i + 1 >= len(doc) or doc[body.i + 1].text != "(":
        return set()
    end = next((t.i for t in doc[body.i + 1:min(len(doc), body.i + 12)] if t.text == ")"), None)
    return set(range(body.i + 1, end + 1)) if end is not None else set()


def _own_name(pronoun: Token) -> Token | None:
    """The root of the person's name set off by commas right after "I" ("I, Donald J. Trump, …"), or None."""
    doc = pronoun.doc
    if pronoun.i + 2 >= len(doc) or doc[pronoun.i + 1].text != ",":
        return None
    name = next((e for e in doc.ents if e.start == pronoun.i + 2 and e.label_ == "PERSON"), None)
    if name is None or name.end >= len(doc) or doc[name.end].text != ",":
        return None
    return name.root


def set_off_name(noun: Token) -> Token | None:
    """The token of the name set off after a noun introduced as a kind (see the module's docstring), or of the person
    holding a body's post written after the body's name, or of the full name a short form was defined for in brackets
    (bracketed_short_forms.py), or None."""
    for pronoun in (noun, *(c for c in noun.children if c.dep_ == "appos")):  # (the parser may hang "I" on "THEREFORE")
        if pronoun.lower_ == "i" and (own := _own_name(pronoun)) is not None:
            return own  # "I, DONALD J. TRUMP, President of the United States of America, … do hereby proclaim"
    if (full := full_name_token(noun)) is not None:
        return full  # "CalFire requested …" after "The California Department of Forestry and Fire Protection (CalFire)"
    if noun.pos_ == "PROPN" and noun.ent_type_ in ("ORG", "PERSON") and noun.n_rights:
        if (holder := _post_holder(noun)) is not None:
            return holder
    if not _introduced_as_kind(noun):
        return None
    for child in noun.children:
        if child.dep_ == "appos" and child.i > noun.i and _set_off(child) and not _list_cut(noun, child):
            if noun.ent_type_ == "NORP" or noun.tag_ == "NNPS":
                return child if child.ent_type_ == "PERSON" else None  # "An Australian, Brenton Tarrant": a person
            return child if child.ent_type_ != "NORP" else None
    if noun.pos_ != "NOUN":
        return None
    for token in noun.subtree:  # (a subject's phrase: a few words)
        if token.dep_ != "appos" or token.head.i == noun.i or not _set_off(token):
            continue
        host = token.head
        if _kind_word_in_name(noun, token):
            return token  # "The most recent hurricane to reach Bermuda, Hurricane Gonzalo,"
        if token.ent_type_ == "PERSON" and noun.ent_type_ != "PERSON" and host.dep_ == "pobj" \
                and host.head.lower_ in ("of", "from") and host.head.head.i == noun.i and host.ent_type_ != "PERSON":
            return token  # "a Minister of Legislative Assembly from Assam, Suman Haripriya"
    return None

