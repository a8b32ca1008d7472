"""The network of a set: who appears with whom, as nodes (names) and edges (shared sentences).

Example (a notebook cell)::

    nodes, edges = network(ex, top=25)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import pandas as pd

from toolkit.core.frames import rows_of
from toolkit.core.text import WHO_LABELS


def network(ex, *, top: int = 25, labels=WHO_LABELS) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Who appears with whom across the set, as nodes and weighted edges.

    Nodes are the ``top`` people, organisations and places named in the most documents
    (then mentions); an edge joins two that are named in one sentence, weighted by the
    number of such sentences, with the number of documents they come from.

    Returns:
        ``(nodes, edges)``: ``name``, ``label``, ``mentions``, ``documents``; and
        ``source``, ``target``, ``sentences``, ``documents`` (sorted by weight).
    """
    node_columns = ["name", "label", "mentions", "documents"]
    edge_columns = ["source", "target", "sentences", "documents"]
    who = ex.entities[ex.entities["label"].isin(tuple(labels))]
    nodes = who.sort_values(["documents", "mentions", "name"], ascending=[False, False, True],
                            kind="mergesort").head(top)[node_columns].reset_index(drop=True)
    wanted = set(nodes["name"])
    sentences: Counter = Counter()
    docs: dict[tuple, set] = defaultdict(set)
    names_in: dict[tuple, set] = defaultdict(set)
    for doc, sentence, name in rows_of(ex.mentions, ["doc", "sentence", "name"]):
        if name in wanted:
            names_in[(doc, sentence)].add(name)
    for (doc, _), names in names_in.items():
        for a, b in combinations(sorted(names), 2):
            sentences[(a, b)] += 1
            docs[(a, b)].add(doc)
    edges = pd.DataFrame([{"source": a, "target": b, "sentences": n, "documents": len(docs[(a, b)])}
                          for (a, b), n in sentences.items()], columns=edge_columns)
    edges = edges.sort_values(["sentences", "documents", "source", "target"], ascending=[False, False, True, True],
                              kind="mergesort").reset_index(drop=True)
    return nodes, edges
