"""Political parties named by their adjective alone ("the Democratic primary", "a Republican").

English news names a party of the two-party and Westminster systems by the capitalised adjective of
its name ("Democratic Senator", "the Conservative leadership", "Thom Tillis, a Republican"); the model
calls such a word NORP, as it does a nationality. The golds' convention (tests/data/gold/README.md:
"parties (also the adjective of 'the Democratic nomination')" are ORG) makes it the party.

Example:
    >>> party_adjective("democratic", "NORP")
    True
"""

from __future__ import annotations

# The adjectives that name the party families of English-speaking democracies (US Democratic and
# Republican parties; Conservative, Labour, Liberal parties of the UK, Canada and Australia;
# Libertarian parties), a documented closed class. Their capitalised use mid-sentence names the party;
# a nationality ("Russian") or a creed ("Catholic") is no member, so it stays NORP. Ideologies in
# lower case ("a liberal judge") are no names and never reach the vote.
PARTY_ADJECTIVES = frozenset({"democratic", "republican", "conservative", "labour", "liberal", "libertarian"})


def party_adjective(root: str, label: str) -> bool:
    """Whether a group's one-word key, labelled NORP, is the adjective of a party's name."""
    return label == "NORP" and root in PARTY_ADJECTIVES
