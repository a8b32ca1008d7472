"""A remark on a state: "note" or "remark" whose content is what is so passes it on, like "said" (round ev45a).

"testify" and "share" (in the sense of telling) are such verbs too, and a content that tells what seems or may be so
("the purchase appeared to circumvent …", "the sharks might not have the same effect") is no act either (session 57).

The golds list "say" nowhere, and a neutral report whose content is a state gives no row at all (events-dev24:
"'remarked' and 'said' are neutral reports whose content is a state … not listed"). "Note", "remark" and "observe"
with a clause are such reports: "Carl Hensman … noted the ingredients in the sprays are also found in commonly used
products …", "… 141 billion liters; which they note is several times larger than the total rate of water
consumption for the continent of Africa" (Wikinews, 2019), "Tuilaepa … noted on Monday, the fatalities were all
unvaccinated" (events-dev19): the golds list none. Their content, a copula or a simple present, is no act either.

Not so: a remark whose content is an act ("noted that the Libyan House … did not ratify" the agreement: the `wikinews`
gold lists the noting as a speech act and the content reported by the speaker), and "note" with a noun for object
("The advisory also noted dangerous surf conditions", "reported the possibility": a speech act with a noun object).

Example:
    >>> remarks_on_a_state(doc[5], "note")   # "… noted the ingredients … are found …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import simple_present

# Verbs of remarking (a lexical class): with a clause they pass it on, as "say" does; so do "testify" and "share" in
# the sense of telling ("Armstead testified that the talk of guns was frightening", "she shared that she was prone
# to …"; "testified that she heard men arguing" tells an act, and stays a row).
_REMARKING = frozenset({"note", "remark", "observe", "testify", "share"})


def remarks_on_a_state(verb: Token, lemma: str) -> bool:
    """Whether a verb of remarking has for content only a state (see the module's docstring)."""
    if lemma not in _REMARKING:
        return False
    contents = [c for c in verb.children if c.dep_ == "ccomp"]
    if not contents or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return all(_a_state(c) or _a_report(c) for c in contents)


# Neutral verbs of reporting: a remark whose content is someone else's report passes that report on ("An Al Jazeera
# reporter in Kenya noted local news reports said she was diagnosed with COVID-19", round ev46a: the diagnosis is
# the news, reported by the reports; the noting adds no act).
_NEUTRAL_REPORTS = frozenset({"say", "report", "state", "claim"})


def _a_report(clause: Token) -> bool:
    """Whether a remark's content is itself a neutral report of someone's ("local news reports said …")."""
    return clause.lemma_.lower() in _NEUTRAL_REPORTS and any(c.dep_ == "ccomp" for c in clause.children) \
        and any(c.dep_ == "nsubj" for c in clause.children)


def _a_state(clause: Token) -> bool:
    """Whether a clause tells what is so: a copula ("was a mistake", "is several times larger", "were all
    unvaccinated"), the simple present ("are also found in commonly used products"), a seeming ("the purchase
    appeared to circumvent the Ministry") or a possibility ("the sharks might not have the same effect"), and its
    conjuncts too."""
    for part in [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]:
        if not (part.lemma_ in ("be", "appear", "seem") or simple_present(part)
                or any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY for c in part.children)):
            return False
    return True


# Modals of possibility: a content under one tells what may be so, not what was done.
_POSSIBILITY = frozenset({"might", "may", "could", "can", "ca"})
