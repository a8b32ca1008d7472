"""Grouping things that pairs connect (connected components), in a deterministic order.

Several layers ask the same question of different things: which documents are copies of
one text (:mod:`toolkit.reading.duplicates`), which reported quotations are one quotation
(:mod:`toolkit.analysis.compare`). Each finds pairs; :func:`connected_groups` turns the
pairs into groups.

Example:
    >>> connected_groups(["c", "a", "b", "d"], [("a", "d"), ("d", "c")])
    [['c', 'a', 'd'], ['b']]
"""

from __future__ import annotations

from typing import Hashable, Iterable, TypeVar

T = TypeVar("T", bound=Hashable)


def connected_groups(ids: Iterable[T], pairs: Iterable[tuple[T, T]]) -> list[list[T]]:
    """The ids grouped so that the two ids of every pair are in one group.

    Two ids are in one group when a chain of pairs connects them (the connected components
    of the graph whose edges are the pairs). The order depends only on ``ids``, never on
    the order of the pairs: each group lists its ids in the order of ``ids``, and the
    groups come in the order of their first id. An id no pair names is a group of its own.

    Args:
        ids: every id, each once (a repeated id counts at its first place).
        pairs: ``(a, b)`` pairs of ids from ``ids``.

    Returns:
        Every id in exactly one group.

    Raises:
        KeyError: when a pair names an id that is not in ``ids``.
    """
    position: dict[T, int] = {}
    for item in ids:
        position.setdefault(item, len(position))
    parent = list(range(len(position)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # path halving keeps the trees flat
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = root(position[a]), root(position[b])
        if ra != rb:
            # The earlier id is the root, so a group's root is its first id: that gives
            # the order of the groups without sorting.
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[T]] = {}
    for item, i in position.items():
        groups.setdefault(root(i), []).append(item)
    return list(groups.values())
