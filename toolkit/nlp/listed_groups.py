"""A relative clause after a list that spells out a plural noun stands for the whole group.

News names a group and then its members: "Three American Samoans, Pale Tuli, Rosavita Tuli, and John
Fitisemanu, who had moved to Utah, a state, sued …". The small English model hangs the relative
clause on the list's last name, so that only John Fitisemanu "had moved"; but a relative set off by a
comma after a list closed with "and", in apposition to a plural noun or brought in by "like" or
"including" after one ("American legends like Elizabeth Ann Seton, Frances Xavier Cabrini, and Fulton
Sheen, who spent their lives …"), describes the members the list
has just counted, as the group's own verb ("sued") does. The relative then stands for the plural
noun. Not when the relative's verb is singular ("…, and John Fitisemanu, who has lived …"), nor after
a list that is no apposition of a plural noun ("Smith, Jones and Brown, who …": no group is named,
and the relative may close its own item).

Example:
    >>> group_spelled_out(doc[14], doc[12]).text  # "Three American Samoans, …, and John Fitisemanu, who …"  # doctest: +SKIP
    'Samoans'
"""

from __future__ import annotations

from spacy.tokens import Token

# Prepositions that introduce the members of a plural noun, as an apposition does.
_EXAMPLE_PREPOSITIONS = frozenset({"like", "including"})

# Forms that make a relative's verb singular: it is said of the last name alone.
_SINGULAR_FORMS = frozenset({"is", "was", "has", "does"})


def group_spelled_out(relative: Token, described: Token) -> Token | None:
    """The plural noun whose members a list names, when the relative clause ``relative`` opens hangs
    on the list's last item (see the module's docstring), or ``None``."""
    clause = relative.head
    if described.dep_ != "conj" or described.i > relative.i or relative.i == 0 \
            or relative.doc[relative.i - 1].text != "," or any(c.dep_ == "conj" for c in described.children):
        return None
    if clause.tag_ == "VBZ" or clause.lower_ in _SINGULAR_FORMS \
            or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_FORMS for c in clause.children):
        return None
    items = [described]
    while items[-1].dep_ == "conj" and items[-1].head.i != items[-1].i:
        items.append(items[-1].head)
    first = items[-1]
    closed = any(c.dep_ == "cc" and c.lower_ == "and" for item in items for c in item.children)
    group = first.head
    if first.dep_ == "pobj" and group.lower_ in _EXAMPLE_PREPOSITIONS:
        group = group.head  # "American legends like Elizabeth Ann Seton, …, and Fulton Sheen, who spent …"
    elif first.dep_ != "appos":
        return None
    if not closed or group.tag_ not in ("NNS", "NNPS") or group.i > first.i:
        return None
    return group
