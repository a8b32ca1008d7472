"""Who's who: the set's people, organisations, groups and places, in words a reader knows,
with a flag on every name the briefing is not confident of.

Resolving names to one real-world entity is the extraction's work (toolkit.nlp.entities);
this module only decides what is confident enough for the page and names the kinds.

Example:
    >>> roster(ex, focus=params.focus).query("confident").head()     # doctest: +SKIP
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from toolkit.analysis.story import _readable_name
from toolkit.core.frames import rows_of
from toolkit.nlp.credits import in_credit

# spaCy's labels in the reader's words.
KINDS = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Country/city", "NORP": "Group", "LOC": "Place",
         "FAC": "Place"}
ROSTER_COLUMNS = ["name", "kind", "mentions", "documents", "aliases", "focus", "confident", "flag", "doc", "start",
                  "end", "sentence"]


def _flag(record: dict, speakers: set[str], credited: set[str]) -> str:
    name = str(record["name"])
    if record["label"] not in KINDS:
        return "not a person, organisation, group or place"
    if not _readable_name(name):
        return "not a readable name"
    if name in credited:
        return "named only in picture credits"
    if record["label"] == "NORP" and not name.endswith("s"):
        return "a nationality's adjective (Russian, European), not a group"
    if int(record["mentions"]) < 2 and name not in speakers:  # one mention, but quoted: a voice of the story
        return "named once"
    if " " not in name and record["label"] == "PERSON" and int(record["documents"]) < 2:
        return "a single word, in one document"
    return ""


def roster(extraction, *, focus: Iterable[str] = (), speakers: Iterable[str] = ()) -> pd.DataFrame:
    """Every entity with its readable kind, its first mention (provenance) and a confidence flag.

    Focus entities come first, then by documents and mentions. A person named once is
    confident when a quotation the briefing is confident of is theirs (``speakers``).
    """
    speakers = set(speakers)
    entities = extraction.entities
    # Each name's first mention, in one pass over plain tuples (a .loc lookup per entity cost
    # about 0.15 ms: a second for the seven thousand names of a large set).
    first: dict = {}
    # A name only ever written after "Image:" or "Photo:" is a photographer's, no figure of the story.
    credited, uncredited = set(), set()
    for name, text, doc, start, end, sentence in rows_of(extraction.mentions,
                                                          ["name", "text", "doc", "start", "end", "sentence"]):
        if name not in first:
            first[name] = {"doc": doc, "start": start, "end": end, "sentence": sentence}
        if name not in uncredited:
            if in_credit(str(sentence), str(text)):
                credited.add(name)
            else:
                uncredited.add(name)
    credited -= uncredited
    focus = set(focus)
    rows = []
    for record in entities.to_dict("records"):
        flag = _flag(record, speakers, credited)
        mention = first.get(record["name"])
        rows.append({"name": record["name"], "kind": KINDS.get(record["label"], record["label"]),
                     "mentions": int(record["mentions"]), "documents": int(record["documents"]),
                     "aliases": record.get("aliases") or "", "focus": record["name"] in focus,
                     "confident": not flag, "flag": flag,
                     "doc": None if mention is None else mention["doc"],
                     "start": None if mention is None else int(mention["start"]),
                     "end": None if mention is None else int(mention["end"]),
                     "sentence": None if mention is None else mention["sentence"]})
    frame = pd.DataFrame(rows, columns=ROSTER_COLUMNS)
    return frame.sort_values(["focus", "confident", "documents", "mentions", "name"],
                             ascending=[False, False, False, False, True], kind="mergesort").reset_index(drop=True)
