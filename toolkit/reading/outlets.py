"""Outlets: an article's outlet string split into the outlet's name and its section.

Example:
    >>> split_outlet("The White House (whitehouse.gov) - remarks")
    ('The White House', 'remarks')
"""

from __future__ import annotations

import dataclasses
import math
import re
import urllib.parse

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


def site_name(url) -> str | None:
    """The site an article's address names: ``"https://www.whitehouse.gov/briefings/…"`` →
    ``"whitehouse.gov"``; None for anything that is not a web address."""
    if not isinstance(url, str):
        return None
    parts = urllib.parse.urlsplit(url.strip())
    host = (parts.hostname or "") if parts.scheme.lower() in ("http", "https") else ""
    return host.removeprefix("www.") or None


def outlet_from(url, last_line: str | None) -> str | None:
    """The outlet of a document whose metadata names none: the site of its address, else the
    short capitalised line that ends its text ("New York Times"). A line of several words in
    capitals is a signature or a link ("DONALD J. TRUMP", "CLICK HERE TO VIEW ANNEX II"), not
    an outlet; a one-word one is an acronym ("CNN")."""
    site = site_name(url)
    if site:
        return site
    if last_line and len(last_line.split()) > 1 and last_line.upper() == last_line:
        return None
    return last_line or None


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
