"""A political camp's words at the edge of a name, which the small model runs into the name: a candidate's
descriptor before it, a party's adjective before a chamber, a members' plural or a title.

News of elections writes a candidate's political camp right before the name, in lower case or capitalised at a
sentence's start: "nonpartisan pan-democrat Eddie Chu was elected", "Pan-democrat Lam Cheuk-ting from the
Democratic Party", "pro-Beijing New People Party's Regina Ip". The small model runs the descriptor into the name
("nonpartisan pan-democrat Eddie Chu" PERSON, "Pan-democrat Lam Cheuk-ting" ORG), so the entity is listed under a
form nobody wrote as a name. :func:`leanings_off_names` cuts the descriptor off: "nonpartisan", or a word built
with an English prefix and a hyphen ("pro-Beijing", "anti-Brexit", "pan-democrat", "non-aligned"), each before
a capitalised word of the name. When the descriptor names a member of a camp in the singular ("pan-democrat",
"unionist", "nationalist": a person), what follows is a person's name.

A party's adjective is written before the chamber of a title and before its members' plural ("Mitch McConnell, the
Republican Senate Majority Leader", "Republican Representatives attacked the impeachment inquiry"), and the model
runs the two into one body ("the Republican Senate", "Republican Representatives"), which names neither the party
nor the chamber. :func:`party_adjectives_apart` parts them (round entities54): the adjective is the party (ORG, as
alone: "Democratic rival Joe Biden"), the chamber before a capitalised title word a body of its own, and the
members' plural no name. A party's adjective before a member's title and name ("Conservative MP Philip Hammond",
"Labour MP Yvette Cooper") is the party too, which the model often leaves untagged:
:func:`party_adjectives_before_titles` adds it (round entities58).

Example:
    >>> [(e.text, e.label_) for e in leanings_off_names(list(nlp("Pan-democrat Lam Cheuk-ting from the "
    ...     "Democratic Party was elected.").ents))]  # doctest: +SKIP
    [('Lam Cheuk-ting', 'PERSON'), ('the Democratic Party', 'ORG')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import HYPHENS, LEGISLATOR_TITLES, PARTY_ADJECTIVES

# English prefixes that build a camp's adjective or member noun with a hyphen ("pro-Beijing", "pan-democrat").
_PREFIXES = frozenset({"pro", "anti", "pan", "non"})
# Descriptors of a candidate's standing written in one word.
_STANDING = frozenset({"nonpartisan", "non-partisan"})
# Members of a camp named in the singular: the name after one is a person's.
_MEMBERS = frozenset({"democrat", "republican", "liberal", "conservative", "localist"})
_LABELS = frozenset({"PERSON", "ORG"})


def _descriptor_end(doc, i: int) -> int | None:
    """The index after a descriptor opening at token ``i``, or None when none opens there."""
    if doc[i].lower_ in _STANDING:
        return i + 1
    if (i + 2 < len(doc) and doc[i].lower_ in _PREFIXES and doc[i + 1].text in HYPHENS and not doc[i].whitespace_
            and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha):
        return i + 3
    return None


def _is_member(token) -> bool:
    word = token.lower_
    return word in _MEMBERS or (word.endswith("ist") and len(word) > 5)


def leanings_off_names(ents: list[Span]) -> list[Span]:
    """The entities with a camp's descriptor cut off their front: "nonpartisan pan-democrat Eddie Chu" → "Eddie
    Chu", "Pan-democrat Lam Cheuk-ting" (ORG) → "Lam Cheuk-ting" (PERSON), "pro-Beijing New People Party" → "New
    People Party". The rest must open with a capitalised word and hold two words or more (a descriptor alone,
    "pro-Beijing", is left to the model); a body's name written all in capitals keeps its first word ("the
    Anti-Defamation League"). A party's initials and its possessive left before a person's name are parted from
    it ("Pro-Beijing DAB's Starry Lee" → "DAB", "Starry Lee")."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in _LABELS or len(ent) < 3:
            out.append(ent)
            continue
        doc, start, member = ent.doc, ent.start, False
        while start < ent.end:
            end = _descriptor_end(doc, start)
            if end is None or end > ent.end:
                break
            if ent.label_ == "ORG" and end - start == 3 and doc[start].text[:1].isupper() and not doc[end - 1].is_lower:
                break  # a body's own name in capitals ("the Anti-Defamation League", "Pan-African Parliament")
            member = _is_member(doc[end - 1])
            start = end
        if start == ent.start or ent.end - start < 2 or not doc[start].text[:1].isupper():
            out.append(ent)
            continue
        label = "PERSON" if member else ent.label_
        if (label == "PERSON" and ent.end - start >= 4 and doc[start].is_upper and doc[start].is_alpha
                and doc[start + 1].tag_ == "POS"):
            # "Pro-Beijing DAB's Starry Lee": the camp's party, in initials, and its member
            out.append(Span(doc, start, start + 1, label="ORG"))
            start += 2
        out.append(Span(doc, start, ent.end, label=label))
    return out


# The adjectives of parties that open the body's name the model runs on ("Republican Senate"), a closed class.
_PARTY_ADJECTIVES = frozenset({"democratic", "republican"})
# Chambers named in the titles of their officers ("Senate Majority Leader", "House Minority Whip").
_CHAMBERS = frozenset({"senate", "house"})
# Members' plurals after a party's adjective ("Republican Representatives", "Democratic Senators"): no name.
_MEMBERS_PLURALS = frozenset({"representatives", "senators", "lawmakers", "legislators", "members", "congressmen",
                              "congresswomen", "delegates"})


def party_adjectives_apart(ents: list[Span]) -> list[Span]:
    """A party's adjective and the word after it, one "body" to the model, parted: "the Republican Senate Majority
    Leader" → "Republican" (ORG) + "Senate" (ORG), when a capitalised word goes on after the chamber (its officer's
    title); "Republican Representatives attacked" → "Republican" (ORG), the members' plural dropped, when a lower-case
    word or a mark follows. "the Republican Governors Association" and "the Democratic Party" are left."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        start = ent.start + (ent[0].lower_ == "the")
        if ent.label_ != "ORG" or ent.end - start != 2 or doc[start].lower_ not in _PARTY_ADJECTIVES \
                or not doc[start].is_title or not doc[start + 1].is_title:
            out.append(ent)
            continue
        nxt = doc[ent.end] if ent.end < len(doc) else None
        word = doc[start + 1].lower_
        if word in _CHAMBERS and nxt is not None and nxt.is_title and nxt.is_alpha:
            out += [Span(doc, start, start + 1, label="ORG"), Span(doc, start + 1, ent.end, label="ORG")]
        elif word in _MEMBERS_PLURALS and (nxt is None or not nxt.is_title):
            out.append(Span(doc, start, start + 1, label="ORG"))
        else:
            out.append(ent)
    return out


# The titles and roles of a party's members written between its adjective and a name ("Conservative MP Philip
# Hammond", "Republican Senator Susan Collins", "Labour leader Jeremy Corbyn"), a closed class.
_MEMBER_TITLES = LEGISLATOR_TITLES | frozenset("""senator sen rep representative congressman congresswoman
    assemblyman assemblywoman assemblymember councillor councilor councilman councilwoman lawmaker legislator
    leader candidate peer""".split())
# The party families' adjectives and the members' nouns used as adjectives ("Democrat Senator", "Tory MP").
_PARTIES_BEFORE_TITLES = PARTY_ADJECTIVES | frozenset({"democrat", "tory"})


def party_adjectives_before_titles(ents: list[Span]) -> list[Span]:
    """A party's capitalised adjective the model left untagged right before a member's title and a person's name is
    the party (ORG): "Conservative MP Philip Hammond commented" → "Conservative" (ORG) and "Philip Hammond". An
    adjective after another capitalised word ("Liberal Democrat MP Jo Swinson", "Scottish Conservative MP") or inside
    an entity is left: it may be part of a longer name.

    Args:
        ents: the entities of one ``Doc``, in order.

    Returns:
        The entities with the parties added.
    """
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        i = ent.start - 2
        if (ent.label_ == "PERSON" and i >= 0 and doc[i].lower_ in _PARTIES_BEFORE_TITLES and doc[i].is_title
                and doc[i + 1].lower_.rstrip(".") in _MEMBER_TITLES and (not out or out[-1].end <= i)
                and not (i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ not in ("the", "a", "an")
                         and not doc[i - 1].is_sent_start)):
            out.append(Span(doc, i, i + 1, label="ORG"))
        out.append(ent)
    return out
