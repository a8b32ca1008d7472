"""Gerunds with no subject of their own that tell an act of the subject of the verb they hang on.

:func:`toolkit.nlp.events.events` asks these of every candidate verb, beside
:func:`~toolkit.nlp.clauses.claimed_past` and :func:`~toolkit.nlp.clauses.act_before_or_after`. A gerund names an
activity, which in general nobody is said to have done ("enjoyed reading books", "charges include possessing a
firearm"); two English frames make it an act of the clause's subject:

* the complement of a verb of claiming, announcing or telling ("In February, Ford announced investigating itself",
  "Sharif Hotak … described witnessing 35 bodies in one hospital", "recalled receiving a Sylvester the Cat plush
  toy"): the subject tells of its own act, which it reports, as "claimed to have obtained …" does. A gerund under
  "deny" is denied, and one under a negated or passive claim is claimed by no one, so neither is an act
  (:func:`claimed_gerund`);
* a means under "by", with a complement of its own, hung on a verb that tells what was done ("Ford started its
  investigation by hiring law firm Sidley Austin", "the most seriously injured adults escaped alive by leaping from
  windows"): the act done as the means, in the act's time. A bare "by cheating" is a manner, a means of what
  could, would or did not happen ("might have dealt with the vibrations by holding its forelimbs tight") was not
  done, and a "by" after a passive or after a noun deeper in the clause names a doer, whatever the parser hung it
  on ("Lam was interrupted by protesting legislators", "its investigation into alleged misconduct by sitting
  President Donald Trump") (:func:`act_by_means`).

Example:
    >>> claimed_gerund(doc[5])  # "In February, Ford announced investigating itself, …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import CLAIMS_OF_THE_PAST
from toolkit.nlp.negation import negated

# Verbs of claiming, telling or making known whose gerund complement is the claimant's own act ("admitted taking
# bribes", "announced investigating itself", "described witnessing 35 bodies"); "pretend" and "insist" take other
# complements ("insisted on going": a preposition's gerund).
_GERUND_CLAIMS = CLAIMS_OF_THE_PAST - {"pretend", "insist"} | {"announce", "confess", "describe", "recall", "report"}

# A gerund's own complements: what makes it tell an act ("by hiring law firm Sidley Austin", "by leaping from
# windows", "by pleading guilty"), not a bare manner ("by cheating").
_GERUND_COMPLEMENTS = frozenset({"dobj", "dative", "prep", "prt", "acomp", "attr", "oprd", "ccomp", "xcomp"})


def claimed_gerund(verb: Token) -> bool:
    """Whether ``verb`` is a gerund complement, with no subject or auxiliary of its own, of an active, unnegated verb
    of claiming, announcing or telling (see the module's docstring)."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG":
        return False
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in _GERUND_CLAIMS or negated(head):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in head.children)


def act_by_means(verb: Token) -> bool:
    """Whether ``verb`` is a gerund with a complement under "by", with no subject of its own, hung on a verb in the
    past that is neither negated nor under a modal (see the module's docstring)."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return False
    prep = verb.head
    if prep.lower_ != "by" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)  # (made once: each child is a new Token)
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in children) \
            or not any(c.dep_ in _GERUND_COMPLEMENTS for c in children):
        return False
    done = prep.head
    if done.tag_ not in ("VBD", "VBN") or negated(done) \
            or any((c.dep_ == "aux" and c.tag_ == "MD") or c.dep_ == "auxpass" for c in done.children):
        return False  # (after a passive, "by" names the agent: "was interrupted by protesting legislators")
    return _after_the_core(prep, done)


def _after_the_core(prep: Token, done: Token) -> bool:
    """Whether "by" follows the core of the clause it serves: the verb, its object's phrase, a word of manner or
    result on the verb, or a mark of punctuation ("started its investigation by hiring", "escaped alive by leaping",
    "…, by converting"). After a noun deeper in a phrase of the clause it names the doer of that noun ("as part of its
    investigation into alleged misconduct by sitting President Donald Trump": the parser hung it on the verb)."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is None or before.i == done.i or before.is_punct:
        return before is not None  # (a comma or a quotation's closing mark: '… across the world," by supporting …')
    # (an adjective of result or state may be parsed as a clause: "escaped alive")
    core = [c for c in done.children if c.dep_ in ("dobj", "acomp", "advmod", "prt", "oprd")
            or (c.dep_ == "advcl" and c.pos_ == "ADJ")]
    return any(c.left_edge.i <= before.i <= c.right_edge.i for c in core)
