"""A participle that says by what means or in what capacity the main act was done: no act of its own.

"Using modal effective mass theory, the team calculated …", "Acting via his lawyers, Volodymyr Zhukovskyy, 23, pleaded
not guilty", "… to lure her out using two other elephants", "carried out the attack using ten drones" (Wikinews,
2019–2020): a participle of "use" (or "employ", "utilise") or of "act" with the way it acts ("via his lawyers", "as
his own counsel", "on behalf of …", "through an agent") names the tool or the standing of the act its clause tells;
the act is the main verb's, and an analyst lists that one ("the team calculate …", "Zhukovskyy plead"), not "the team
use the theory". The verbs are a lexical class (of instrument and capacity); the construction is the participle
without a subject of its own, set beside the clause (``advcl``) rather than after a preposition ("by using …", "after
acting …": those are :mod:`toolkit.nlp.gerund_acts`' and the time rules').

A fronted "acting" whose only dependents are such phrases and adverbs is the same construction however the parser
hangs it ("Acting quickly, the crew saved …": the manner of the saving, which is the act).

Not so: a finite verb ("some were using the slogan", "the team used satellite images", "The council acted on the
report"), a gerund with a subject of its own ("leading to the state using the National Guard"), a trailing "acting"
with no way after it, and every other verb.

Example:
    >>> tells_the_means(doc[0], "use")   # "Using modal effective mass theory, the team calculated …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of using a tool or a means (a closed lexical class).
_USING = frozenset({"use", "employ", "utilise", "utilize", "wield"})
# The prepositions after "acting" that name the way or the standing in which one acts.
_CAPACITY = frozenset({"via", "as", "through", "on", "upon", "for", "under", "in", "with", "without"})
# Dependents that give a participle a subject of its own.
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl"})


def tells_the_means(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a participle of using, or of acting with the way it acts, beside its clause (see the module's
    docstring)."""
    if verb.tag_ != "VBG" or lemma not in _USING and lemma.split()[0] != "act":
        return False
    if lemma in _USING:
        return _beside_its_clause(verb) and any(c.dep_ == "dobj" for c in verb.children)
    capacities = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _CAPACITY]
    if capacities and lemma == "act" and _beside_its_clause(verb):
        return True
    # (fronted, with nothing but ways and manners: "Acting on behalf of …, X pleaded", however the parser hangs it)
    return verb.dep_ == "advcl" and verb.i < verb.head.i \
        and all(c.dep_ in ("prep", "advmod", "punct") for c in verb.children) \
        and all(c.lower_ in _CAPACITY for c in verb.children if c.dep_ == "prep")


def _beside_its_clause(verb: Token) -> bool:
    """Whether a participle hangs beside a clause's verb with no subject of its own and no preposition before it."""
    if verb.dep_ not in ("advcl", "xcomp") or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in _OWN_SUBJECT or c.dep_ == "aux" for c in verb.children):
        return False  # ("are using …" parsed with "are" hung on it: a finite verb)
    # (a gerund after a preposition or a time word is another construction)
    return not (verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("by", "after", "before", "while", "when", "since",
                                                                "without"))
