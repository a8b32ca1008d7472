"""An infinitive that tells what a contest came to: "stopped Thompson in the sixth round to retain his
titles".

An infinitive after a verb mostly tells a purpose, which may not have come to pass ("flew to Moscow to meet Putin",
"called Putin to secure a ceasefire"), and the event reader lists no act for it. After a completed act of a contest,
an infinitive of a verb of outcome tells its result instead, which did come to pass: "Wladimir Klitschko stopped
Tony Thompson in the sixth round to retain his WBA, IBF and WBO heavyweight title belts", "Colts beat Chiefs 20-13
to clinch playoff spot", "Ryan Succop hit a 47-yard field goal moments later to tie the game"; and "find" after a
verb of arriving tells what was there ("Crews arrived to find flames completely engulfing the structure").
:func:`result_infinitive` finds such an infinitive: an adverbial clause of a verb of outcome under a verb of a
contest in the simple past, with no modal and no negation ("would keep Drake off the scoreboard … to pull away" is
a narrator's future and stays). The result's doer is the act's.

Example:
    >>> result_infinitive(doc[10])  # "… stopped Tony Thompson in the sixth round to retain his … belts"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of an outcome: what winning, scoring or a rise or fall comes to.
_OUTCOMES = frozenset("""retain win claim clinch seal tie extend become close finish reach regain reclaim advance
    improve move""".split())
# Verbs of a contest, whose infinitive of outcome tells their result ("won 40 seats to become …", "beat the Chiefs
# 20-13 to clinch a playoff spot"). (Not a measure's: "rose 60 cents to close at 66.80 dollars" tells the rise
# again, as a level.)
_CONTESTS = frozenset("""beat defeat stop knock score rally edge top outlast overcome down win finish post shoot hit
    kick sink dunk""".split())
# Verbs of arriving, whose "to find" tells what was there.
_ARRIVALS = frozenset({"arrive", "return", "wake"})


def result_infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive of outcome that tells the result of the act it hangs on (see the module's
    docstring).

    Args:
        verb: a verb of the parse.
    """
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ in ("mark", "neg") for c in verb.children):
        return False  # ("in order to retain", "so as to win": a purpose said as one)
    head, lemma = verb.head, verb.lemma_.lower()
    if head.tag_ != "VBD" or any(c.dep_ in ("aux", "neg") for c in head.children):
        return False  # (a simple past told as done: "would keep … to pull away", "did not win … to become")
    if lemma == "find":
        return head.lemma_.lower() in _ARRIVALS
    return lemma in _OUTCOMES and head.lemma_.lower() in _CONTESTS
