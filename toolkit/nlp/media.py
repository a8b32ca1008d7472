"""Media named as where something was posted: "announced on Twitter", "a post on Twitter", "via Zoom".

News reports what somebody said or posted on a service by the preposition "on" (or "via") after a
verb of saying or publishing, or after a noun of a post ("a post on Twitter", "an announcement on
Facebook"). "On" after other words takes people as well ("pressure on Putin", "called on Putin to
stop", "focused on Biden"), so only the saying and posting heads count. :func:`posted_on` reads the
head; the set-wide vote then calls a one-word "person" carrying two such posts a medium (ORG). And a
"station" named with a network or a medium in front is a broadcaster, not a railway's (:func:`kind_of`).

Example:
    >>> posted_on(doc[9:10])   # "Kanye West made a surprise announcement on Twitter …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from toolkit.nlp.apposed_places import self_governing
from toolkit.nlp.boundaries import KIN_NOUNS
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import KIND_NOUNS, POSTING_WORDS

# Verbs of saying or publishing that take the service it was done on with "on" ("wrote on Facebook",
# "trended on Twitter", "expressed their disappointment on Twitter"): those of the untagged-medium rule and
# more; not "call on", "rely on", "focus on", "comment on" (about), which take people.
_POSTING_VERBS = (POSTING_WORDS - {"comment"}) | frozenset("""retweet trend appear speak respond reply react express
    declare thank apologize apologise complain""".split())
# Nouns of what is posted: "a post on Twitter", "his announcement on Facebook".
_POST_NOUNS = (POSTING_WORDS - {"comment"}) | frozenset("""announcement tweet account page feed thread""".split())


def posted_on(span: Span) -> bool:
    """Whether a name after "on" or "via" is where somebody posted or said something."""
    doc = span.doc
    if span.start == 0:
        return False
    prep = doc[span.start - 1]
    if prep.lower_ == "via":
        # "via Twitter", "via Zoom": the channel a thing went through; but a known town is the route a traveller
        # took ("flew to Rome via Dubai", round ent37b)
        return not is_known_place(span.text, cities=True)
    if prep.lower_ != "on":
        return False
    host = prep.head
    # The noun the "on" hangs on, then the verb that takes that noun ("expressed their disappointment on").
    for _ in range(2):
        if host.pos_ in ("VERB", "AUX") and host.lemma_.lower() in _POSTING_VERBS:
            return True
        if host.pos_ == "NOUN" and host.lemma_.lower() in _POST_NOUNS:
            return True
        if host.pos_ != "NOUN" or host.head is host:
            return False
        host = host.head
    return False


# Words that make a "station" one that broadcasts ("CBS station KDKA-TV", "radio station 2GB", "local
# television station WSET"), where "station" alone would be a railway's (a facility).
_BROADCAST_WORDS = frozenset({"tv", "television", "radio", "broadcast", "broadcasting", "cable", "news", "fm", "am"})


# Nouns of a person by sex and age, which name nothing else ("a woman", "a 17-year-old boy", "a teenager").
PERSON_NOUNS = frozenset({"woman", "man", "girl", "boy", "teenager", "teen", "schoolgirl", "schoolboy"})


def kind_of(noun: Token) -> str | None:
    """The label a kind noun gives a name (:data:`~toolkit.nlp.lexicon.KIND_NOUNS`; a kin noun or a noun of a person
    by sex and age, "woman", "boy", a person), a
    broadcaster's station a body.

    A station named with a network or a medium in front ("CBS station KDKA-TV", "radio station 2GB") is a
    broadcaster, which news and the golds treat as a company (ORG); a railway station is a facility.
    """
    lemma = noun.lemma_.lower()
    if lemma == "station" and any(child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i
                                  and (child.lower_ in _BROADCAST_WORDS or child.ent_type_ == "ORG")
                                  for child in noun.children):
        return "ORG"
    if lemma in PERSON_NOUNS:
        return "PERSON"  # "Iryna Zarutska, a North Carolina woman savagely killed …": only a person is a woman
    if lemma in KIN_NOUNS:
        doc = noun.doc
        if noun.dep_ == "appos" and noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN":
            return None  # "the Convention, Donald Trump's younger brother Robert": the kin has a name of his own
        return "PERSON"  # "Skandaraj Navaratnam, a former boyfriend …", "his wife Melania": only people are kin
    if KIND_NOUNS.get(lemma) in ("GPE", "LOC") and self_governing(noun):
        return "GPE"  # "The Azores — autonomous islands of Portugal": what governs itself is a polity (round ent40a)
    return KIND_NOUNS.get(lemma)


def posted_on_in_list(span: Span) -> bool:
    """Whether a one-word name is a later member of a list of services after a posting "on" ("expressed their
    anger on Internet Relay Chat (IRC), Reddit and …"): the "on" is shared by the list, which the parser may
    not join up.

    The words between the "on" and the name are only capitalised names, a short form in brackets and
    commas, and a comma stands right before the name.
    """
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].text != ",":
        return False
    steps = 0
    while i >= 1 and steps < 10:
        token = doc[i]
        if token.lower_ in ("on", "via"):
            return i + 1 < span.start - 1 and posted_on(doc[i + 1 : i + 2])
        if not (token.text in (",", "(", ")") or token.pos_ == "PROPN" and (token.is_title or token.is_upper)):
            return False
        i, steps = i - 1, steps + 1
    return False


# Adjectives of how often a paper comes out, which news uses as nouns for the paper ("Greek daily Kathimerini",
# "the Israeli daily Haaretz", "the weekly Der Spiegel"): a closed class.
_PAPER_FREQUENCIES = frozenset({"daily", "weekly", "fortnightly", "monthly"})


def named_after_a_frequency(span: Span) -> bool:
    """Whether a name follows a paper's frequency used as a noun: "daily" or "weekly" right before it, bound to
    it, after a people's adjective, "the" or a sentence's start ("Greek daily Kathimerini said", "the daily Le
    Monde"); not "a daily Aspirin" (a dose) nor "twice daily Monday" (no name's modifier)."""
    doc = span.doc
    before = span.start - 1
    if before < 0 or doc[before].lower_ not in _PAPER_FREQUENCIES or doc[before].head.i != span.root.i:
        return False
    lead = doc[before - 1] if before > 0 else None
    return lead is None or doc[before].is_sent_start or lead.lower_ == "the" or (
        lead.ent_type_ == "NORP" and lead.pos_ == "ADJ")
