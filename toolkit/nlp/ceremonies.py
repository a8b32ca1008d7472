"""Ceremony in the present: "Melania and I send our warmest wishes", "The First Lady joins me in honoring …".

A head of state's message marks a day with acts that its own words perform: sending wishes, extending condolences,
honouring, saluting, celebrating, thanking, joined by a spouse or a people ("Melania and I send …", "The First Lady
joins me in honoring all Purple Heart recipients"). Told in the simple present with the writer among those who do it,
the sentence is the ceremony itself, no news. The event reader already drops a clause whose only subject is "I" or
"we" (the writer's own voice); this rule reads the same gesture where the writer is one of a pair or the object of
"join" and the verb is one of ceremony (a closed lexical class; not "welcome", which takes a development as often as
a guest: "we certainly welcome more European assistance" is a stance). In a transcript of remarks, whose "I" and "we"
are the speaker's, the same holds ("I thank …", "we pray for …"), and "Thank you" is the formula of courtesy, whoever
the parser takes for its subject (a turn's label, "THE PRESIDENT: Thank you very much."). The past ("Melania and I sent flowers to the
families on Monday") reports an act and stays.

Example:
    >>> performs_a_ceremony(doc[3], "send")  # "Melania and I send our warmest wishes …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import simple_present

# Verbs of ceremony (a closed lexical class): what a message's words perform.
_CEREMONY_VERBS = frozenset({"send", "extend", "offer", "join", "honor", "honour", "salute", "celebrate",
                             "commemorate", "congratulate", "thank", "mourn", "pray", "wish", "remember", "appreciate"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def performs_a_ceremony(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a verb of ceremony in the simple present with the writer among its doers (see the module)."""
    if lemma.split()[0] not in _CEREMONY_VERBS or not simple_present(verb):
        return False
    if lemma == "thank" and verb.tag_ in ("VB", "VBP") \
            and any(c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children):
        return True  # "Thank you very much.", "THE PRESIDENT: Thank you, Elon.": the formula of courtesy
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    doers = [t for s in subjects for t in (s, *(c for c in s.children if c.dep_ == "conj"))]
    if any(t.lower_ in _FIRST_PERSON for t in doers):
        return True  # "Melania and I send …"
    # "The First Lady joins me in honoring …": the writer joined in the act
    return lemma == "join" and any(c.dep_ == "dobj" and c.lower_ in ("me", "us") for c in verb.children)
