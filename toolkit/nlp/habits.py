"""A clause in the simple present with an adverb of frequency, or a relative one: what is usually so, no event.

"Sources report she is generally treated as royalty by the Thai populace", "The niqab … is commonly worn by Muslim
females" (Wikinews, 2019): the simple present with "generally", "usually", "commonly", "often" tells a habit or a
custom, true on any day, not something that was done; the golds list none. The test is the verb's tense (the simple
present, active or passive: :func:`toolkit.nlp.clauses.simple_present`) and an adverb of frequency hung on it.

Not so: the past ("rarely allowed them outside the family home" is what the parents did, and is listed), a modal
("would normally succeed the governor"), a perfect ("has always condemned"), or the simple present with no such
adverb (the narrative present of a headline or a plot is another matter).

"used to" marks the past's habits and states in any text (:func:`used_to`): "Eddie DeBartolo Jr., who used to own the
San Francisco 49ers" (Wikinews, 2020), "Trump used to call Putin a genius", "The warehouse used to be used for
produce" (ECB+, a passive infinitive): what was so for a time, not an act of a day. "Russia used drones to attack the
city" (an object before the infinitive) is a use and its purpose.

A relative clause in the simple present tells the same of the one it describes, a standing state or habit that the
narrative's acts are told against: "Bill Adgate, who works for LPL Financial, told CNN …", "Teixeira, who turns 29
on April 11, has averaged …", "several men in the sect who see Jeffs as their spiritual leader were charged"
(ECB+; the golds list none). Not one with "now", which tells a change ("a former Russian Ambassador … who now
advises Putin on foreign policy").

Example:
    >>> tells_a_habit(doc[4])      # "she is generally treated as royalty"   # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import is_infinitive, simple_present

# Adverbs of frequency (a closed class): how often something is so.
FREQUENCY_ADVERBS = frozenset("""generally usually typically commonly normally often frequently always rarely seldom
    traditionally customarily routinely ordinarily""".split())


def tells_a_habit(verb: Token) -> bool:
    """Whether a verb in the simple present carries an adverb of frequency, or stands under "used to" (see the
    module's docstring)."""
    if used_to(verb):
        return True
    if verb.tag_ not in _PRESENT_OR_PARTICIPLE:
        return False  # (the cheap test first: most verbs are in the past or a gerund)
    if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and simple_present(verb) \
            and not any(c.lower_ == "now" for c in verb.children):
        return True  # "Bill Adgate, who works for LPL Financial": what he does, not what he did
        # (not "a former ambassador who now advises Putin": a post taken up, told as news)
    return any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in verb.children) and simple_present(verb)


# Tags of a simple present's verb: its finite form, a bare form after "do" ("doesn't often happen"), or a passive's
# participle.
_PRESENT_OR_PARTICIPLE = frozenset({"VBZ", "VBP", "VB", "VBN"})


def used_to(verb: Token) -> bool:
    """Whether ``verb`` is the bare infinitive of "used to" (a past habit or state), or "used" itself with one."""
    if verb.lemma_.lower() == "use" and _habit_used(verb):
        return any(_habit_infinitive(c) for c in verb.children) and not any(c.dep_ == "dobj" for c in verb.children)
    head = verb.head
    return _habit_infinitive(verb) and head.lemma_.lower() == "use" and _habit_used(head) \
        and not any(c.dep_ == "dobj" for c in head.children)


def _habit_used(used: Token) -> bool:
    """Whether a "used" can be the habit's: a past tense, or a participle with no auxiliary heading its sentence (or
    hung on the subject of a sentence the parser leaves with no verb), when its infinitive is a passive ("The
    warehouse used to be used for produce": no warehouse was used to be used; "Drones used to attack Kyiv" is a use,
    and stays)."""
    if used.tag_ == "VBD":
        return True
    return used.tag_ == "VBN" and (used.dep_ == "ROOT" or used.dep_ == "acl" and used.head.dep_ == "ROOT") \
        and not any(c.dep_ in ("aux", "auxpass") for c in used.children) \
        and any(_habit_infinitive(c) and c.tag_ == "VBN" for c in used.children)


def _habit_infinitive(word: Token) -> bool:
    """Whether ``word`` is a to-infinitive, active ("used to own") or passive ("used to be used for produce")."""
    return word.dep_ == "xcomp" and (word.tag_ == "VB" or word.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VB" for c in word.children)) and is_infinitive(word)
