"""Verbs whose words run straight into a quotation: they lead into the quoted words and are no act (round ev45a).

The golds list no verb that only passes on quoted words (tests/data/gold/README.md: "a bare 'said' that only
introduces speech …, and anything inside a direct quotation are not events"). :func:`~toolkit.nlp.quotation_frames.
introduces_quotation` finds the plain frame, a verb whose content is the quotation; news also writes the frame with
words of its own between the verb and the opening mark, which that test reads as an object and keeps:

* **the lead-in of the quoted clause** — "The Alachua Sheriff's Office tweeted the response "required all hands on
  deck."": the object runs into the quotation with no mark between, so it is the quoted clause's own subject (the
  tweet said that the response required …), not a thing tweeted; a noun of words ("posted a statement: "…"") with
  a comma or a colon before the quotation is the quotation itself;
* **the medium, the manner, the time** — "It also credited Leonov …, noting on Twitter "[h]is venture into the
  vacuum of space began …"": a verb of passing on words whose other words are only prepositional phrases and adverbs
  ("on Twitter", "in a press release", "on Monday") before the quotation opens;
* **the one addressed, before the frame** — "However, addressing the global leaders, Chakrapani proposed: "I request
  …"": a participle of speaking to someone, set before a verb that itself only leads into a quotation, says to whom
  the quoted words were spoken: one act of speaking, whose content is the quotation.

Not so: a response ("responded to the new rules via Twitter: "I strongly reject …"", events-dev5 lists it), words
aimed at someone or something ("wrote to the governor: "…""), a verb with a clause of its own outside the marks
("noted that the Libyan House did not ratify it"), an object that is no lead-in ("tweeted a photo of the crowd,
"…"", "called it "a matter of public health"": "call" names, and is no verb of passing on words), a participle
before a verb with content of its own ("Addressing the assembly, Biden called for a ceasefire"), a quoted fragment
the writer's words go on after ("Pierce commented on the unfairness of "rigged polls" excluding third party
candidates"), and any verb far from the quotation.

Example:
    >>> leads_into_quotation(doc[5], "tweet", inside)   # tweeted the response "required …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.lexicon import FINITE_TAGS

# Verbs of passing on words (a lexical class): with a quotation for content they only say who spoke it, and how.
# Not "respond" or "reply": a response is an act of its own the golds list ("Bruno Parrilla … responded to the new
# rules via Twitter: "I strongly reject …"", events-dev5).
_PASSING = frozenset("""say tweet post write note add state remark comment explain recount declare propose
    speak""".split())

# Nouns of words (a closed class): as an object set off from a quotation by a comma or a colon, they name it.
_WORD_NOUNS = frozenset("""message statement response reply words remark remarks comment comments note post tweet
    answer""".split())

# Verbs of speaking to someone (a lexical class): a participle of them before a frame names the one addressed.
_ADDRESSING = frozenset({"address", "speak", "talk", "write"})

# A verb's own dependents that may stand between it and the quotation it leads into: an object (tested apart),
# a preposition's phrase, an adverb, a time, a particle, punctuation.
_LEAD_DEPS = frozenset({"dobj", "prep", "advmod", "npadvmod", "prt", "punct"})

# Prepositions that name whom or what the words are aimed at ("wrote to the governor", "spoke about the ruling"):
# the words are then an act toward it, not only the quotation's frame.
_TARGETS = frozenset({"to", "about", "against", "toward", "towards"})

# Marks that end a sentence.
_ENDS = frozenset({".", "!", "?", ";"})

# Dependents that give a verb content of its own when they stand outside the quotation marks.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "oprd", "acomp", "attr", "dative"})

# How far after the verb a quotation may open and still be led into by it (tokens).
_REACH = 16


def leads_into_quotation(verb: Token, lemma: str, inside: set[int]) -> bool:
    """Whether a verb only leads into a quotation right after its words (see the module's docstring)."""
    if not inside or verb.i in inside:
        return False
    head = lemma.split()[0]
    if head in _ADDRESSING and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i \
            and not any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        frame = verb.head
        return frame.i not in inside and _runs_into_quotation(frame, inside)
    return head in _PASSING and _runs_into_quotation(verb, inside)


def _runs_into_quotation(verb: Token, inside: set[int]) -> bool:
    """Whether a quotation opens right after the verb's own words (objects that lead into it, prepositional
    phrases, adverbs), with at most a comma or a colon between, and the verb has no content outside the marks."""
    doc = verb.doc
    opening = next((i for i in range(verb.i + 1, min(len(doc), verb.i + _REACH)) if i in inside), None)
    if opening is None or any(doc[i].is_sent_start or doc[i].text in _ENDS for i in range(verb.i + 1, opening)):
        return False  # ("Lam also spoke on the economy. "The Hong Kong economy …"": the quotation is the next sentence's)
    close = next((i for i in range(opening, len(doc)) if i not in inside), len(doc))
    if close < len(doc) and not doc[close].is_punct and not doc[close].is_sent_start:
        return False  # ("commented on the unfairness of "rigged polls" excluding …": a fragment in the writer's words)
    own: set[int] = set()
    for child in verb.children:
        if child.dep_ in _CONTENT_DEPS and child.i > verb.i and child.i not in inside:
            return False  # "noted that the House did not ratify it": content of its own (a fronted participle is not)
        if not verb.i < child.i < opening:
            continue
        if child.dep_ not in _LEAD_DEPS or (child.dep_ == "dobj" and not _leads_in(child, opening, inside)) \
                or (child.dep_ == "prep" and child.lower_ in _TARGETS):
            return False
        words = [t for t in child.subtree if t.i < opening]
        if any(t.pos_ in ("VERB", "AUX") for t in words):
            return False  # ("speaking to the … think tank called the border agreement "null …"": a clause between)
        own.update(t.i for t in words)
    return all(doc[i].text in (",", ":") for i in range(verb.i + 1, opening) if i not in own)


def _leads_in(obj: Token, opening: int, inside: set[int]) -> bool:
    """Whether an object leads into the quotation: it runs into the opening mark with nothing between (the quoted
    clause's subject), or it is a noun of words with only a comma or a colon before the quotation."""
    last = max(t.i for t in obj.subtree if t.i < opening)
    if last + 1 == opening:
        return obj.lemma_.lower() in _WORD_NOUNS or _quoted_predicate(obj, opening, inside)
    return obj.lemma_.lower() in _WORD_NOUNS and all(obj.doc[i].text in (",", ":") for i in range(last + 1, opening))


def _quoted_predicate(obj: Token, opening: int, inside: set[int]) -> bool:
    """Whether the quotation goes on as the object's predicate: a verb inside it hung on the noun ("the response
    "required all hands on deck"": the quoted verb read as the noun's modifier), or a finite verb right after the
    opening mark."""
    doc = obj.doc
    first = opening + 1 if doc[opening].is_punct else opening
    return any(c.i in inside and c.pos_ in ("VERB", "AUX") for c in obj.children) \
        or (first < len(doc) and first in inside and doc[first].tag_ in FINITE_TAGS)
