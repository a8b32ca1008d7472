"""The entity index's joins: a name written again in another form joined to the key of the entity it names.

News names a thing in full once and shorter after, or by another form of the same name: a people's plural
("Serbians" beside "Serbian"), a party's members ("Democrats" beside "the Democratic Party"), a family ("the
Turpins"), an ocean, a hospital or an airport without its head word, a building without the name in front, a
chamber by its head word ("the House"), a department by its field, a firm without its legal form, a team by its
nickname, a model without its maker, a storm by its name alone. Each join records, in ``parent``, the key a
shorter key stands for; :func:`join_other_forms` runs them in order for
:meth:`~toolkit.nlp.index.EntityIndex.from_mentions`, after the lone names are linked.

Example:
    >>> parent = {}
    >>> join_other_forms(by_key, parent, full_people, together)         # doctest: +SKIP
    >>> parent["mavericks"]
    'dallas mavericks'
"""

from __future__ import annotations

import re
from typing import Callable

from toolkit.nlp.gazetteer import is_known_place, known_countries
from toolkit.nlp.official_names import full_form_of, keys_by_firm_name, keys_by_tail, named_with_a_word_before
from toolkit.nlp.short_forms import people_of_plural, storms_by_name
from toolkit.nlp.surfaces import Mention, clean_surface
from toolkit.nlp.votes import group_label, is_storm, names_a_party_alone, party_members_word, used_as_place, vote

# Whether two groups of mentions share a document (the index's ``_Documents.shared``): most joins hold only there.
Together = Callable[[list[Mention], list[Mention]], bool]


def join_other_forms(by_key: dict[str, list[Mention]], parent: dict[str, str], full_people: dict[str, set[str]],
                     together: Together) -> None:
    """Join every key that names an entity in another form to that entity's key, in ``parent``.

    Args:
        by_key: The set's mentions by key.
        parent: The joins so far (the lone names' links); updated in place.
        full_people: The people named in full, by surname (:func:`~toolkit.nlp.full_names.full_names`).
        together: Whether two groups of mentions share a document.
    """
    tails = keys_by_tail(by_key)  # (the keys ending in each name: for the two joins that look a longer name up)
    _join_plurals(by_key, parent, full_people)
    _join_party_names(by_key, parent, together)
    _join_families(by_key, parent, together)
    _join_oceans(by_key, parent, together)
    _join_island_groups(by_key, parent, together)
    _join_sites(by_key, parent, together)
    _join_short_forms(by_key, parent, together)
    _join_chambers(by_key, parent, together)
    _join_official_names(by_key, parent, together, tails)
    _join_named_with_a_word_before(by_key, parent, together, tails)
    _join_storms(by_key, parent, full_people)


def _join_plurals(by_key: dict[str, list[Mention]], parent: dict[str, str], full_people: dict[str, set[str]]) -> None:
    """Join each people's plural to its adjective's entity ("Serbians" to "Serbian", :func:`people_of_plural`)."""
    for key, group in by_key.items():
        stem = people_of_plural(key, group, by_key)
        # (one people only if the two together are still voted a people: "Republicans" beside a
        # party's "Republican" is not made a body)
        if not stem or key in parent:
            continue
        if party_members_word(key) and (party_members_word(stem) or names_a_party_alone(stem)):
            # "Democrat Rod Blagojevich" beside "fifteen Democrats defected": one party, named by the plural
            # (the name its members act under: "Democrats said …"); so the party's adjective beside the plural
            # ("fellow Republican Representative Francis Rooney" beside "all Republicans", round ent36b)
            if stem not in parent and stem not in parent.values():
                parent[stem] = key
        elif group_label(by_key[stem] + group, stem, full_people) == "NORP":
            parent[key] = parent.get(stem, stem)  # "Serbians" beside "the Serbian capital": one people


def _join_party_names(by_key: dict[str, list[Mention]], parent: dict[str, str], together: Together) -> None:
    """Join a party's members' noun, standing alone for the party ("votes from Democrats living overseas"), to the
    party's name in full in the same document ("the Democratic Party uses primary elections", round ent36c): one
    party, one row, under its name. Only a members' word (:func:`~toolkit.nlp.votes.party_members_word`), the name
    "<adjective> Party" voted a body; what was joined to the members' word before goes with it (the adjective,
    "fellow Republican Representative Francis Rooney" beside "all Republicans", round ent36b)."""
    for key, group in by_key.items():
        party = _party_of_listed_name(key, group, by_key, parent, together)
        if party is not None:
            parent[key] = party  # "the Alliance, Reform, Natural Law, and American Delta parties" beside "the Reform
            # Party": a name before "parties" is "<name> Party" (round ent37b)
            continue
        if key in parent or not party_members_word(key):
            continue  # (the adjective alone, "Democratic challenger Joe Biden", is left as it stands: round entities48)
        singular = key[:-1] if key.endswith("s") else key
        party = next((p for p in (f"{key} party", f"{singular} party", f"{singular}ic party")
                      if p in by_key and p not in parent), None)
        if party is None or vote(by_key[party]) != "ORG" or not together(group, by_key[party]):
            continue
        for other, root in list(parent.items()):
            if root == key:
                parent[other] = party  # ("Republican" joined to "Republicans" before, round ent36b)
        parent[key] = party


def _party_of_listed_name(key: str, group: list[Mention], by_key: dict[str, list[Mention]], parent: dict[str, str],
                          together: Together) -> str | None:
    """The party named in full that a name standing before "parties" is (evidence "party-list"): "<name> Party" in
    the same document, else the one "<name> Party of …" there ("Natural Law" beside "the Natural Law Party of
    Michigan"); None when there is none or several, or the name is joined already."""
    if key in parent or not all(m.evidence == "party-list" for m in group):
        return None
    full = [f"{key} party"] if f"{key} party" in by_key else [k for k in by_key if k.startswith(f"{key} party of ")]
    if len(full) != 1 or full[0] in parent or vote(by_key[full[0]]) != "ORG" or not together(group, by_key[full[0]]):
        return None
    return full[0]


def _join_families(by_key: dict[str, list[Mention]], parent: dict[str, str], together: Together) -> None:
    """Join a surname written after "the" to its family named by the plural in the same document ("The oldest of
    the Turpin's offspring" beside "the Turpins had kept their children indoors", round entities54): no one person
    takes "the", so the singular is the family's name with its apostrophe misplaced. Only a surname no one person
    of the set takes (``parent``: "the Trump administration" stays Donald Trump's where he is named)."""
    _join_to_longer(by_key, parent, together, "s", lambda surname, family: all(
        m.evidence == "determiner" for m in surname) and vote(family) == "PERSON")


def _join_oceans(by_key: dict[str, list[Mention]], parent: dict[str, str], together: Together) -> None:
    """Join an ocean's name without "Ocean" to the ocean named in full in the same document ("to reach this far into
    the northeastern Atlantic" beside "in the Atlantic Ocean", round entities54), when both are voted places of the
    kind LOC (not "Indian", a people, beside the Indian Ocean)."""
    _join_to_longer(by_key, parent, together, " ocean", lambda name, ocean: vote(name) == "LOC" and vote(ocean) == "LOC")


def _join_island_groups(by_key: dict[str, list[Mention]], parent: dict[str, str], together: Together) -> None:
    """Join a group of islands' name without "Islands" to the group named in full in the same document ("Parts of
    Abaco are decimated" beside "landfall … in the Abaco Islands", round ent42), when both are voted places (not
    "Cook", a person, beside the Cook Islands)."""
    _join_to_longer(by_key, parent, together, " islands",
                    lambda name, isles: vote(name) in ("GPE", "LOC") and vote(isles) in ("GPE", "LOC"))


# The head words that a second mention of a site leaves out ("a medical oncologist at Tan Tock Seng" beside "Tan
# Tock Seng Hospital", "flights from Heathrow" beside "Heathrow Airport").
_DROPPED_SITE_HEADS = (" hospital", " airport")


def _join_sites(by_key: dict[str, list[Mention]], parent: dict[str, str], together: Together) -> None:
    """Join a hospital's or an airport's name without its head word to the site named in full in the same document
    (round wire34b), when the short name is of two words or more, voted no person, and no known place (a town's
    airport is named after the town, which the text names too: "from Stavanger to the capital" beside "Stavanger
    Airport")."""
    for ending in _DROPPED_SITE_HEADS:
        for key, group in by_key.items():
            longer = key + ending
            if (" " in key and key not in parent and longer in by_key and longer not in parent
                    and vote(group) in ("ORG", "FAC", "LOC") and vote(by_key[longer]) in ("FAC", "ORG")
                    and not is_known_place(clean_surface(group[0].text), cities=True)
                    and together(group, by_key[longer])):
                parent[key] = longer


def _join_short_forms(by_key: dict[str, list[Mention]], parent: dict[str, str], together: Together) -> None:
    """Join a building's name of two words or more to the longer building's name of the same document that ends in
    it, a person's or a place's name added in front ("Key Bridge" → "Francis Scott Key Bridge", round wire35b), both
    voted facilities (the longer may be voted a body first: its head word labels it later, toolkit.nlp.head_labels);
    where two longer names end in it, neither. (A body named again without its country's initials, "the Coast Guard"
    beside "the U.S. Coast Guard", is left: the held-out GUM interviews lost a right entity by that join.)"""
    ending_in: dict[str, list[str]] | None = None
    for key, group in by_key.items():
        if " " not in key or key in parent or vote(group) != "FAC":
            continue
        if ending_in is None:  # (built once, for the first facility: a scan of every key per facility is quadratic)
            ending_in = _keys_by_ending(by_key)
        longer = [other for other in ending_in.get(key, ()) if other.count(" ") <= key.count(" ") + 3]
        if len(longer) == 1 and longer[0] not in parent and vote(by_key[longer[0]]) in ("FAC", "ORG") \
                and together(group, by_key[longer[0]]):
            parent[key] = longer[0]


def _keys_by_ending(keys) -> dict[str, list[str]]:
    """Each key under every ending of it that follows a space ("francis scott key bridge" under "scott key bridge",
    "key bridge" and "bridge"), in the keys' order: the keys ``other`` with ``other.endswith(" " + ending)``, looked
    up at once. Cut at each space itself, not at the words of ``str.split``, so that it answers exactly as the
    scan of every key did (a set of 2,000 articles holds some 13,000 keys, and a few hundred facilities)."""
    ending_in: dict[str, list[str]] = {}
    for key in keys:
        at = key.find(" ")
        while at >= 0:
            ending_in.setdefault(key[at + 1:], []).append(key)
            at = key.find(" ", at + 1)
    return ending_in


# A legislature's chamber named in full ("the House of Representatives", "the U.S. House of Representatives", "the
# House of Commons"), which news names again as "the House".
_CHAMBER_IN_FULL = re.compile(r"(?:^|\s)house of (?:representatives|commons|lords|delegates|assembly)$")
_CHAMBER_WORDS = ("house", "senate")


def _join_chambers(by_key: dict[str, list[Mention]], parent: dict[str, str], together: Together) -> None:
    """Join a chamber named again by its head word to the chamber named in full in the same document ("the House"
    beside "the U.S. House of Representatives"), and a chamber's committee named again without the chamber ("the
    Judiciary Committee" beside "the House Judiciary Committee", round ent36c): news names a legislature's chamber
    and its committees in full once and short after. Only where one such longer name is in the set (not "the House"
    beside both "the House of Commons" and "the House of Lords"), and all are voted bodies."""
    for key, group in by_key.items():
        if key in parent or vote(group) != "ORG":
            continue
        if key == "house":
            longer = [k for k in by_key if _CHAMBER_IN_FULL.search(k)]
        elif key.endswith(" committee") and key.split()[0] not in _CHAMBER_WORDS:
            longer = [f"{chamber} {key}" for chamber in _CHAMBER_WORDS if f"{chamber} {key}" in by_key]
        else:
            continue
        roots = {parent.get(k, k) for k in longer}
        if len(roots) == 1 and len(longer) >= 1 and all(vote(by_key[k]) == "ORG" for k in longer) \
                and together(group, by_key[longer[0]]):
            parent[key] = roots.pop()


def _join_official_names(by_key: dict[str, list[Mention]], parent: dict[str, str], together: Together,
                         tails: dict[str, list[str]]) -> None:
    """Join a department named by its field or with its head word after it, and a firm named without its legal
    form, to the one body its document names in full (:func:`~toolkit.nlp.official_names.full_form_of`: "Health
    and Human Services" or "the Justice Department" beside "the Department of …", "Kinder Morgan" beside "Kinder
    Morgan Inc."; round wire37); not a name voted a place, nor where two full names fit."""
    firms = keys_by_firm_name(by_key)
    for key, group in by_key.items():
        if key in parent or vote(group) in ("GPE", "LOC", "NORP"):
            continue
        longer = [k for k in full_form_of(key, by_key, tails, firms) if together(group, by_key[k])]
        roots = {parent.get(k, k) for k in longer}
        if len(roots) == 1 and all(vote(by_key[k]) == "ORG" or vote(by_key[k]) == "FAC" == vote(group)
                                   for k in longer):  # (a road: "I-40" beside "Interstate 40", both facilities)
            root = roots.pop()
            if root != key:
                parent[key] = root


def _join_named_with_a_word_before(by_key: dict[str, list[Mention]], parent: dict[str, str], together: Together,
                                   tails: dict[str, list[str]]) -> None:
    """Join a team's nickname to the team named with its town ("the Mavericks" beside "the Dallas Mavericks"), and a
    model's name to the model named with its maker ("Falcon Heavy" beside "the SpaceX Falcon Heavy"), in the same
    document (:func:`~toolkit.nlp.official_names.named_with_a_word_before`; round wire37b): both voted bodies or
    products (the model's label of a rocket is often a body's), and only where one such longer name fits."""
    def is_town(front: str) -> bool:
        return front not in known_countries() and front not in ("us", "u.s.", "uk", "u.k.") \
            and is_known_place(clean_surface(by_key[front][0].text) if front in by_key else front.title(), cities=True)

    def is_body(front: str) -> bool:
        return front in by_key and vote(by_key[front]) == "ORG"

    for key, group in by_key.items():
        if key in parent or vote(group) not in ("ORG", "PRODUCT"):
            continue
        # (a model's name joins its maker's only where one of the two is voted a product: "National Convention"
        # beside "the Libertarian National Convention" is the Constitution Party's, a party's event, no model)
        longer = [k for k in named_with_a_word_before(key, tails, is_town=is_town, is_body=is_body)
                  if vote(by_key[k]) in ("ORG", "PRODUCT") and together(group, by_key[k])
                  and (" " not in key or "PRODUCT" in (vote(group), vote(by_key[k])))]
        roots = {parent.get(k, k) for k in longer}
        if len(roots) == 1:
            root = roots.pop()
            if root != key:
                parent[key] = root


def _join_to_longer(by_key: dict[str, list[Mention]], parent: dict[str, str], together: Together, ending: str,
                    fits) -> None:
    """Join each one-word key to the key it makes with ``ending`` ("turpin" → "turpins", "atlantic" → "atlantic
    ocean") where neither is joined yet, a document names both, and ``fits(short_group, long_group)`` holds."""
    for key, group in by_key.items():
        longer = key + ending
        if (" " not in key and key not in parent and longer in by_key and longer not in parent
                and fits(group, by_key[longer]) and together(group, by_key[longer])):
            parent[key] = longer


def _join_storms(by_key: dict[str, list[Mention]], parent: dict[str, str], full_people: dict[str, set[str]]) -> None:
    """Join each storm's name used alone to the storm (:func:`storms_by_name`), unless it names a person or a place."""
    storms = storms_by_name(by_key)
    # "Storm Lorenzo will produce significant swell" beside "Hurricane Lorenzo": "Storm" alone opens given names
    # too ("Storm Reid"), so it names the storm only where the set names one of that name by its kind (round
    # entities54); a lone name that went to it as a surname goes to the storm with it
    called = {key: storms[key[6:]] for key, group in by_key.items()
              if key.startswith("storm ") and key[6:] in storms and " " not in key[6:] and key not in parent
              and not any(m.evidence == "title" for m in group)}
    if called:
        parent.update(called)
        for key, target in parent.items():
            if target in called:
                parent[key] = called[target]
    for key in by_key:
        name = key.split()[-1]
        if is_storm(key) and key not in parent and storms.get(name, key) != key and storms[name] not in parent:
            parent[key] = storms[name]  # "Typhoon Yagi" beside "Super Typhoon Yagi", "Tropical Storm Helene" beside
            # "Hurricane Helene": one storm, its kind written or upgraded (round wire35e), under its most used form
    for key, group in by_key.items():
        if key in storms and key not in parent and key not in full_people and not used_as_place(group) \
                and not any(m.evidence == "title" for m in group):
            parent[key] = storms[key]  # "Humberto" after "Hurricane Humberto": the storm, by its name alone
