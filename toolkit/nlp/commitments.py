"""The means listed under a commitment: no act done, only a part of what is promised.

A pledge or an agreement often lists how it is to be kept after "including by:" or "by:", each item a
gerund: "Thailand commits to adopt and maintain high levels of environmental protection …, including by:
taking measures …; encouraging a more resource efficient economy; accepting and fully implementing the …
Agreement …; and combating illegal … fishing". The items are what Thailand commits to do, as the infinitive
"to adopt" is, and no act done. Broken by the colon and the semicolons, the parse hangs the later items on
the verb of commitment itself, as participles of manner ("commits …, encouraging …"), which would state
them as facts. A gerund so hung (or a conjunct of one), after a "by" that a colon follows and that comes after
the verb of commitment, on a verb of commitment or intention with an infinitive of its own, heads no event.

Example:
    >>> committed_means(nlp("Thailand commits to adopt rules, including by: taking measures; encouraging growth.")[13])  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of commitment and intention (a closed class): what their infinitive names is promised or meant, not done.
COMMITMENT_VERBS = frozenset({"commit", "pledge", "promise", "vow", "undertake", "agree", "intend", "plan", "aim",
                              "seek", "resolve", "endeavor", "endeavour", "strive"})


def committed_means(verb: Token) -> bool:
    """Whether ``verb`` is a gerund listed as a means of a commitment (see the module's docstring)."""
    if verb.tag_ != "VBG":
        return False
    first = verb
    for _ in range(12):  # a conjunct stands for the first item of its list
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    pledge = first.head
    if first.dep_ not in ("advcl", "pcomp", "xcomp") or pledge.i == first.i or pledge.i > first.i:
        return False
    if pledge.lemma_.lower() not in COMMITMENT_VERBS:
        return False
    if not any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in pledge.children):
        return False  # "Thailand agreed …, encouraging …": no infinitive promised
    doc = verb.doc
    return any(doc[i].lower_ == "by" and doc[i + 1].text == ":" for i in range(pledge.i + 1, first.i - 1))


def promised_until(verb: Token) -> bool:
    """Whether ``verb`` heads the "until" clause of a verb of commitment: the condition that ends what is
    promised, not a thing that happened ("Thunberg promised protests every week until Sweden joined the Paris
    Agreement": Sweden's joining is no fact told). An "until" clause of any other verb ("remained a member of
    the committee until he retired") tells when an act ended, and stays an event."""
    if verb.dep_ != "advcl" or verb.head.lemma_.lower() not in COMMITMENT_VERBS:
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in verb.children)

