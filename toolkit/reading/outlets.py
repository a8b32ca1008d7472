"""Outlets: an article's outlet string split into the outlet's name and its section.

Example:
    >>> split_outlet("The White House (whitehouse.gov) - remarks")
    ('The White House', 'remarks')
"""

from __future__ import annotations

import dataclasses
import math
import re

_OUTLET_KIND = re.compile(r"^(?P<outlet>.+?)\s*(?:\((?P<site>[^()]*)\))?\s+[-–—]\s+(?P<kind>[\w .&/'-]+?)\s*$")


def split_outlet(raw) -> tuple[str | None, str | None]:
    """``"The White House (whitehouse.gov) - remarks"`` → ``("The White House", "remarks")``.

    An outlet string without a section stays as it is, with no kind.
    """
    if raw is None or (isinstance(raw, float) and math.isnan(raw)) or not str(raw).strip():
        return None, None
    text = " ".join(str(raw).split())
    match = _OUTLET_KIND.match(text)
    if match:
        return match["outlet"].strip(), match["kind"].strip()
    site = re.match(r"^(?P<outlet>.+?)\s*\([^()]*\)$", text)
    return (site["outlet"].strip() if site else text), None


def with_outlets(tables):
    """The tables (an extraction) with each document's outlet normalised and its section as ``kind``.

    ``outlet`` becomes the outlet's name ("The White House"), and a new column ``kind``
    holds the section the outlet string named ("remarks", "fact-sheets"), or nothing.
    ``tables`` is any dataclass with a ``documents`` frame; a copy is returned.
    """
    docs = tables.documents.copy()
    split = [split_outlet(o) for o in docs["outlet"]] if len(docs) else []
    docs["outlet"] = [s[0] for s in split] if split else docs["outlet"]
    position = list(docs.columns).index("outlet") + 1
    docs.insert(position, "kind", [s[1] for s in split] if split else [])
    return dataclasses.replace(tables, documents=docs)
