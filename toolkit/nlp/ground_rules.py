"""The terms a source speaks under: "officials who spoke on condition of anonymity", not an act of the story.

Wire reports say on what terms an unnamed source gave them the news: "a White House official said, speaking on
condition of anonymity to discuss personnel matters", "two officials who spoke on the condition that they not be
named". The clause tells how the report was sourced, as "according to" does, and nothing the source did in the
story; read as an event it gives "a White House official speak condition of anonymity". :func:`speaks_on_terms`
tells such a clause by its grammar: a verb of speaking with an "on" whose noun is "condition", "terms" or
"basis" (the three words English uses for the ground rule). So is the note that a party left the
reporter's request unanswered: "did not immediately respond to a request for comment", "did not return messages
seeking comment": :func:`gives_no_comment` tells it by the request's noun; and so is the note that a claim could
not be checked ("Reuters could not independently verify the account"), :func:`notes_unverified`. So is a source's
asking not to be named ("people familiar with the matter who asked not to be identified", "an official who requested
anonymity", "who wished to remain anonymous", "who did not want to be identified"), or telling who they are ("who
identified herself as the slain teen's cousin"), :func:`asks_anonymity`: the terms again, told by the verb of
asking. And so is a news outlet's giving itself as the source of a claim: "The Guardian understands that European officials were not told …", "CNN has
learned that …" (the British and the American formula for what the outlet was told by people it does not name): the
outlet reports the content and does nothing in the story, :func:`outlet_understands`. A refusal is left an act ("he
declined to comment" when the press asked him is news of the story, as the event golds record it).

Example:
    >>> speaks_on_terms(doc[8], "speak")  # "… a White House official said, speaking on condition of anonymity …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs a source gives information by.
_SPEAKING = frozenset({"speak", "talk", "comment", "brief", "discuss", "describe", "confirm", "say", "detail"})
# The nouns of a ground rule after "on": "on condition of anonymity", "on the condition that …", "on background
# terms", "on an anonymous basis".
_TERMS = frozenset({"condition", "terms", "basis"})


def speaks_on_terms(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` (lemma ``lemma``) is a source's speaking "on condition of anonymity" or the like.

    Args:
        verb: the candidate event's verb.
        lemma: its (phrasal) lemma.
    """
    if lemma.split()[0] not in _SPEAKING:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ in _TERMS for g in c.children)
               for c in verb.children)


# Verbs of answering a request, and the nouns of the request ("a request for comment", "messages seeking comment").
_ANSWERING = frozenset({"respond", "reply", "return", "answer", "acknowledge"})
_REQUESTS = frozenset({"request", "requests", "message", "messages", "call", "calls", "email", "emails", "inquiry",
                       "inquiries", "query", "queries"})


def _for_comment(verb: Token) -> bool:
    """Whether the verb has "for comment" ("reached out to the Kremlin for comment")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ == "comment" for g in c.children)
               for c in verb.children)


def gives_no_comment(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` tells that a party did not answer the reporter's request ("did not immediately respond to a
    request for comment"), or that the reporter asked for one ("CNN has reached out to the Kremlin for comment"):
    how the report was sourced, no act of the story.

    Args:
        verb: the candidate event's verb.
        lemma: its (phrasal) lemma.
    """
    if lemma in ("reach out", "contact", "ask", "approach") and _for_comment(verb):
        return True  # "CNN has reached out to the Kremlin for comment": the reporter's own request
    if lemma.split()[0] not in _ANSWERING:
        return False
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(a.lower_ in _REQUESTS and any(t.lower_ == "comment" for t in a.subtree) for a in asked)


def notes_unverified(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is the reporter's note that a claim could not be checked ("Reuters could not independently
    verify the account", "The claim could not be independently confirmed", "Reuters was unable to independently verify
    the report", "could not immediately verify"): how the report was sourced.

    Args:
        verb: the candidate event's verb.
        lemma: its (phrasal) lemma.
    """
    return lemma in _CHECKING and any(c.dep_ == "advmod" and c.lower_ in ("independently", "immediately")
                                      for c in verb.children) \
        and (any(c.dep_ == "neg" for c in verb.children) or _unable(verb))  # ("was independently confirmed by …": an act)


# Verbs of checking a claim, and the adjectives of (in)ability a reporter's note hangs them on.
_CHECKING = frozenset({"verify", "confirm", "corroborate", "authenticate"})


def _unable(verb: Token) -> bool:
    """Whether an infinitive hangs on "unable" or a denied "able" ("Reuters was unable to independently verify the
    report", "The AP was not able to independently confirm the claim")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lower_ not in ("unable", "able"):
        return False
    return head.lower_ == "unable" or any(c.dep_ == "neg" for c in head.head.children)


# Verbs of asking for the ground rule, the passive infinitives of naming it asks not to be done ("asked not to be
# identified", "declined to be named"), and the noun it asks for ("requested anonymity", "was granted anonymity").
_ASKING = frozenset({"ask", "request", "decline", "seek", "grant", "wish", "want", "prefer"})
_NAMING = frozenset({"identify", "name"})
# The adjectives of staying unnamed ("wished to remain anonymous", "asked to stay unidentified").
_UNNAMED = frozenset({"anonymous", "unnamed", "unidentified", "nameless"})
# Reflexive pronouns: a person's naming of themselves ("identified herself as the slain teen's cousin").
_SELVES = frozenset({"himself", "herself", "themselves", "themself", "myself", "ourselves", "yourself"})


def asks_anonymity(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a source's asking not to be named ("who asked not to be identified", "requested
    anonymity", "declined to be named"): how the report was sourced.

    Args:
        verb: the candidate event's verb.
        lemma: its (phrasal) lemma.
    """
    if lemma in _NAMING and _name_withheld(verb):
        return True  # "a German government source, whom they did not name": how the report was sourced
    if lemma == "identify" and _names_itself(verb):
        return True  # "one woman, who identified herself as the slain teen's cousin": how the source is known
    if lemma.split()[0] not in _ASKING:
        return False
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in _NAMING and any(a.dep_ == "auxpass" for a in c.children):
            return True  # "asked not to be identified", "declined to be named", "did not want to be identified"
        if c.dep_ == "xcomp" and c.lemma_.lower() in ("remain", "stay") \
                and any(g.dep_ in ("acomp", "oprd") and g.lower_ in _UNNAMED for g in c.children):
            return True  # "who wished to remain anonymous"
        if c.dep_ == "dobj" and c.lower_ == "anonymity":
            return True  # "requested anonymity", "was granted anonymity"
        if c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ == "anonymity" for g in c.children):
            return True  # "asked for anonymity"
    return False


def _names_itself(verb: Token) -> bool:
    """Whether "identify" takes a reflexive object and "as" ("identified herself as the slain teen's cousin"): a
    source telling who they are, no act of the story."""
    return any(c.dep_ == "dobj" and c.lower_ in _SELVES for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _name_withheld(verb: Token) -> bool:
    """Whether a negated "name" or "identify" heads a relative clause on the one left unnamed ("a German government
    source, whom they did not name", "an official who was not named"): the report keeps its source's name back,
    nobody did anything. In a main clause ("Police did not identify the victim") the refusal is the report's news."""
    return verb.dep_ == "relcl" and any(c.dep_ == "neg" for c in verb.children) \
        and any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in verb.children)


# The formulas of an outlet's own sourcing: "understands" (British), "has learned" (American).
_SOURCING = frozenset({"understand", "learn"})


def outlet_understands(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a news organisation's giving itself as the source of what its clause says: "The Guardian
    understands that …" (the simple present), "Reuters has learned that …" (the present perfect), with an
    organisation's name for subject and a clause for content.

    Args:
        verb: the candidate event's verb.
        lemma: its (phrasal) lemma.
    """
    if lemma not in _SOURCING or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False
    if lemma == "understand" and verb.tag_ != "VBZ":
        return False  # ("the minister understood that …": somebody's grasp, told in the past)
    if lemma == "learn" and not (verb.tag_ == "VBN"
                                 and any(c.dep_ == "aux" and c.lower_ == "has" for c in verb.children)):
        return False  # ("had learned", "learned": somebody's finding out, an act of the story)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.ent_type_ == "ORG" and subject.pos_ == "PROPN"
