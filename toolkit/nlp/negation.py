"""Negation of a clause over spaCy's dependency parse: whether English denies the act a verb heads.

A clause is denied by more than its "not": a negative subject ("Nobody was hurt", "No organization claimed credit",
"Neither Kim nor Lee scored", "Not a single shot was fired"), a negative object ("received no response", but not the
litotes "made no secret of"), "never", "no longer", "at nothing", a "nor" or a "rather than" before a conjunct, and a
"not" the parser hung on an auxiliary. :func:`negated` asks all of them; :mod:`toolkit.nlp.events` marks a row
``negated`` with it, so that "did not sign" is never listed as a signing.

Example:
    >>> negated(doc[2])          # "Moscow did not sign the deal": the token "sign"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token


# Negative pronouns: as a clause's subject they deny its event ("Nobody was hurt").
_NEGATIVE_PRONOUNS = frozenset({"nobody", "nothing", "none", "neither", "noone"})
# Negative determiners, and the "neither" of "neither … nor" (a preconjunct).
_NEGATIVE_DETERMINERS = frozenset({"no", "neither"})


def _negative_subject(token: Token) -> bool:
    """Whether a subject denies the act: "No organization claimed credit", "None of them …",
    "no one", "neither side could open the scoring", "Neither Kim nor Lee scored", "neither US nor
    British authorities delivered" (the determiner "no" or "neither", the "neither" of "neither … nor"
    on the subject or on the modifiers it joins, or a negative pronoun)."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if token.lower_ in _NEGATIVE_PRONOUNS or (token.lower_ == "one" and token.i and token.doc[token.i - 1].lower_ == "no"):
        return True
    if _not_one(token):
        return True
    if any(c.dep_ in ("det", "preconj") and c.lower_ in _NEGATIVE_DETERMINERS and not _named_no(c)
           for c in token.children):
        return True
    # "there was no coronavirus pandemic hampering …": the parser may hang the phrase's "no" on a
    # noun modifier; the phrase still opens with it
    first = token.left_edge
    if first.dep_ == "preconj" and first.lower_ == "neither" and first.head.head.i == token.i:
        return True  # "neither US nor British authorities delivered …": "neither" hangs on the modifiers it joins
    if first.lower_ == "neither" and first.dep_ in ("det", "preconj") and first.i < token.i \
            and any(c.dep_ == "cc" and c.lower_ == "nor" for c in token.children):
        return True  # "Neither Cauchi's family nor his doctors had warned police": "neither" hangs on the possessor
    return first.dep_ == "det" and first.lower_ == "no" and first.head.dep_ in ("compound", "amod") \
        and first.head.head.i == token.i and not _named_no(first)


# Words after a phrase's "not" that make it deny every member: "not one", "not a single", "not even one".
_NOT_ANY = frozenset({"one", "a", "an", "single"})
# Words after "not a" that make a litotes, a good many: "not a few", "not a little", "not a lot of".
_NOT_FEW = frozenset({"few", "little", "lot"})


def _not_one(subject: Token) -> bool:
    """Whether the subject's phrase opens with a "not" that denies it has any member: "this year not even one
    district council candidate ran unopposed", "Not a single shot was fired", "Not one person was injured".
    The parser hangs that "not" on the noun or on its number, as a ``neg`` inside the phrase, and the verb
    keeps no "not" of its own. "Not all residents left" and "not many voted" deny only a whole (some did
    leave, some did vote), "not only the president but …" denies nothing, "not a few" is a good many: none
    is a denial of the act."""
    first = subject.left_edge
    if first.dep_ != "neg" or first.lower_ != "not" or first.i >= subject.i \
            or (first.head.i != subject.i and first.head.head.i != subject.i):
        return False
    doc = subject.doc
    after = first.i + 1
    if after < subject.i and doc[after].lower_ == "even":
        after += 1
    if after > subject.i or doc[after].lower_ not in _NOT_ANY:
        return False
    return doc[after].lower_ not in ("a", "an") or after + 1 > subject.i or doc[after + 1].lower_ not in _NOT_FEW


def _named_no(word: Token) -> bool:
    """Whether a "No" opens a name, a policy's or a movement's, and denies nothing: a possessive or
    an article before it ("Its No Tax on Tips and No Tax on Overtime provisions save …", "the No
    Kings rallies"), or a capital "No" inside the sentence before a capitalised word ("… and No Tax
    on Overtime"); "No organization claimed credit" opens its sentence."""
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 and not word.is_sent_start else None
    if before is None:
        return False
    if before.tag_ in ("PRP$", "POS") or (before.tag_ == "DT" and before.lower_ in ("the", "its", "a", "this")):
        return True
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return word.text == "No" and after is not None and after.text[:1].isupper() and before.text not in ":;—–-\"“("


def negated(verb: Token, *, objects: bool = True) -> bool:
    """Whether the clause is negated ("did not sign", "never met", "was no longer rushing", "No
    organization claimed credit", "received no response"). With ``objects`` False a negative object
    does not count: a conjunct that takes this verb's "not" does not take its object ("expressed no
    regret … and spoke of family honor")."""
    return any(c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod")
               or (c.lower_ == "longer" and c.dep_ == "advmod" and any(g.lower_ == "no" for g in c.children))
               or _negative_subject(c) or _negated_auxiliary(c) or (objects and _negative_object(c))
               or _at_nothing(c) for c in verb.children) or _joined_by_nor(verb) or _joined_by_rather_than(verb)


def _at_nothing(child: Token) -> bool:
    """Whether ``child`` is the "at nothing" that denies its verb: "is stopping at nothing to fix it", "will
    balk at nothing", "stuck at nothing" say one does not stop, balk or stick at anything."""
    return child.dep_ == "prep" and child.lower_ == "at" \
        and any(g.dep_ == "pobj" and g.lower_ == "nothing" for g in child.children)


def _joined_by_rather_than(verb: Token) -> bool:
    """Whether a verb is the conjunct "rather than" joins on ("are turning around rather than making the
    perilous journey", "chose to settle rather than go to trial"): the act after "rather than" is the one
    not done, as after "nor". The parser hangs "than" on the first conjunct as a coordinator, with
    "rather" right before it; it is this verb's when no other conjunct stands between."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    doc = verb.doc
    than = [c.i for c in head.children if c.dep_ == "cc" and c.lower_ == "than" and head.i < c.i < verb.i
            and c.i > 0 and doc[c.i - 1].lower_ == "rather"]
    return bool(than) and not any(c.dep_ == "conj" and than[-1] < c.i < verb.i for c in head.children)


def _joined_by_nor(verb: Token) -> bool:
    """Whether a verb is the conjunct "nor" joins on ("did not list any incident …, nor mention any
    damages", "nor did it find …"): "nor" denies the conjunct after it, as "and not" would. The
    parser hangs the "nor" on the first conjunct; it is this verb's when no other conjunct stands
    between it and this verb."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    nor = [c.i for c in head.children if c.dep_ == "cc" and c.lower_ == "nor" and head.i < c.i < verb.i]
    return bool(nor) and not any(c.dep_ == "conj" and nor[-1] < c.i < verb.i for c in head.children)


# Nouns that, after "no", make a litotes rather than a denial: "made no secret of", "spared no
# effort" and "lost no time" affirm the act.
_LITOTES_NOUNS = frozenset({"secret", "effort", "expense", "time", "doubt", "mistake", "bones"})


def _negative_object(child: Token) -> bool:
    """Whether a direct object with the determiner "no" denies the act ("received no response" is
    "did not receive a response", "Wales have made no recommendation"), unless it is a litotes
    ("made no secret of it")."""
    # (a capital "No" inside a phrase opens a name: "used both the No Tax on Tips and … provisions")
    return child.dep_ == "dobj" and child.lower_ not in _LITOTES_NOUNS and child.pos_ != "PROPN" \
        and any(g.dep_ == "det" and g.text == "no" for g in child.children)


def _negated_auxiliary(child: Token) -> bool:
    """An auxiliary that carries the clause's "not" itself: when a phrase is set off between
    "not" and the verb ("had not, as of yesterday, announced"), the parser hangs the negation
    on the auxiliary, yet it still negates the verb the auxiliary serves."""
    return child.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in child.children)
