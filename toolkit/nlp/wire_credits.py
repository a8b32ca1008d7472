"""The news agencies' credit lines: who reported, wrote, edited or photographed a story, not what happened in it.

A wire story closes with its staff credits, in a form each agency keeps to: Reuters in brackets, "(Reporting by
Humeyra Pamuk in Riyadh; Editing by Howard Goller)"; the AP and most papers in a sentence of its own,
"Associated Press writer Mary Clare Jalonick contributed to this report."; and a picture's caption ends with its
credit, "(AP Photo/Ben Curtis, File)", "(Photo by Jim Watson / AFP)", "… February 18, 2025. REUTERS/Kevin
Lamarque"; and the page ends with its copyright and notes ("Copyright 2025 The Associated Press. All Rights
Reserved.", "This story has been corrected to show …", "Follow AP's coverage of Congress at …", "This is a
developing story and will be updated.", "Updated at 3:15 p.m.", "Write to Ian Lovett at …@wsj.com"), and a desk's initials close it ("burs-pt/sbk",
"dh/rm (AFP, Reuters, dpa)"). Read as prose, such a line gives events ("Howard Goller edit", "Mary Clare Jalonick contribute this
report") and people who are no figures of the story. :func:`wire_credit` tells a line of that kind, so that the
event reader skips it as it skips a caption (:func:`toolkit.nlp.credits.caption_lines`) and the who's who flags a
name written only there as a journalist's (:func:`toolkit.nlp.credits.in_credit`).

Example:
    >>> wire_credit("(Reporting by Humeyra Pamuk in Riyadh; Editing by Howard Goller)")
    True
    >>> wire_credit("Rubio told reporters the two sides would appoint teams to negotiate.")
    False
"""

from __future__ import annotations

import re
from functools import lru_cache

# Reuters' closing credits: a bracket, then the first of the staff's roles with "by"; or, without the bracket, two
# roles or more in a row, parted by a semicolon ("Reporting by …; Editing by …"). A sentence of the story may open
# with one role ("Reporting by the BBC suggested …"), never with a list of them.
_ROLE = r"(?:Additional\s+)?(?:reporting|writing|editing|compiled|produced|graphics)\s+by\s"
_STAFF_ROLES = re.compile(rf"^(?:\(\s*{_ROLE}|{_ROLE}[^;]+;\s*{_ROLE}|Additional\s+reporting\s+by\s"
                          r"|-{1,2}\s*With\s+assistance\s+from\s|\(\s*With\s+inputs\s+from\s)", re.IGNORECASE)
# "Additional reporting by Henry Foy in Brussels" (a paper's one credit, no bracket: "Additional" opens no sentence of
# a story), Bloomberg's "--With assistance from Alberto Nardelli." and the Indian papers' "(With inputs from Niyati Rana
# in Ahmedabad)" (round wire35b).
# The desk's initials that close an agency's story, its writers' and editors' ("burs-pt/sbk", AFP's), with the
# agencies it drew on ("dh/rm (AFP, Reuters, dpa)", DW's), or a note that a story is another's with an agency's copy
# ("(FRANCE 24 with AFP)", "(With Reuters)").
_DESK_INITIALS = re.compile(r"^(?:[a-z]{1,5}(?:[-/][a-z]{1,5})+\.?(?:\s*\((?:[A-Za-z][\w.-]*(?:,\s*|\s+and\s+)?)+\))?"
                            r"|\((?:[A-Z][\w.]*(?:\s+[\w.]+){0,2}\s+)?with\s+(?:AFP|AP|Reuters|dpa|Bloomberg|[A-Z]{2,5})"
                            r"(?:,?\s+(?:and\s+)?(?:AFP|AP|Reuters|dpa|[A-Z]{2,5}))*\))\s*$", re.IGNORECASE)
# A contributor's credit sentence: "… contributed to this report.", "… contributed reporting from Kyiv."
_CONTRIBUTED = re.compile(r"\bcontributed(?:\s+reporting\b[^.]*|\s+to\s+this\s+(?:report|story|article))\.?\s*$")
# A picture's credit at the end of its caption: an agency's photo credit in brackets ("(AP Photo/Ben Curtis,
# File)", "(Photo by Jim Watson / AFP)") or Reuters' credit in capitals ("REUTERS/Kevin Lamarque/File Photo").
_PHOTO = re.compile(r"(?:\((?:[A-Z][\w.&]*\s+){0,2}Photo(?:graph)?\s*(?:/|by\s)[^()]{2,80}\)"
                    r"|\bREUTERS/[A-Z][^()]{1,60})\.?\s*$")

# The page furniture a wire story ends with: its copyright, a correction's note, a pointer to more coverage, the
# rule of underscores that sets such notes off ("Copyright 2025 The Associated Press. All Rights Reserved.", "This
# story has been corrected to show …", "Follow AP's coverage of Congress at https://…", "___").
_FURNITURE = re.compile(r"^(?:(?:Copyright|©)\s*(?:©\s*)?\d{4}\b|All rights reserved\b"
                        r"|This (?:story|article|report|version) (?:has been|was|had been) (?:corrected|updated|changed)\b"
                        r"|Follow (?:AP|Reuters|AFP|[A-Z][\w.]*)['’]s? coverage\b|_{3,}$"
                        r"|This (?:is an? )?(?:developing|breaking)(?: news)? (?:story|report)\b"
                        r"|Write to (?:[A-Z][\w.'’-]*\s+){1,4}at\s+\S+@\S+"
                        r"|This (?:story|article|report) (?:is developing|will be updated)\b"
                        r"|(?:Last |First )?(?:updated|published|posted)(?: at| on)?:?\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun"
                        r"|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s).{0,40}"
                        # (a page's two stamps on one line: "PUBLISHED: 14:03 EDT, 23 September 2025 | UPDATED: …")
                        r"(?:\s*\|\s*(?:Last )?(?:updated|published|posted)(?: at| on)?:?\s+\S.{0,40})?$)",
                        re.IGNORECASE)

# An agency's notes to its editors in brackets (Yonhap's, round wire34a): "(END)" closing the story, "(LEAD)", "(2nd
# LD)" or "(URGENT)" before a headline, "(ATTN: ADDS comments … in paras 4-6)" under it; "(UPDATE 2)", "(CORRECTED)".
_AGENCY_NOTE = re.compile(r"\((?:END|LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|FLASH|REPEAT|CORRECTED|UPDATE(?:\s+\d+)?"
                          r"|(?:ATTN|EDITORS?|EDS|NOTE)\s*:[^()\n]{0,200})\)")

# A credit line is short: a list of a few names and places, or a caption of two or three sentences, not a
# paragraph of the story (as :data:`toolkit.nlp.credits._CREDITED_CHARS`).
_MOST_CHARS = 400


def _desk_initials(line: str) -> bool:
    found = _DESK_INITIALS.match(line)
    if found is None:
        return False
    if line.startswith("("):
        return True
    # initials, not words: one of them at least has no vowel ("pt", "sbk", "dh"; not "and/or")
    return any(not re.search("[aeiouAEIOU]", part) for part in re.split(r"[-/]", line.split("(")[0].strip(" .")))


@lru_cache(maxsize=4096)  # asked of each line by both the event reader's captions and the timeline's credits
def credit_part(line: str) -> str | None:
    """The part of ``line`` that credits the staff: the whole of a staff credit, the bracketed or trailing credit
    of a caption (not the caption, which names who the picture shows); None when the line has no credit.

    Args:
        line: one line (or sentence) of a document's text.
    """
    line = line.strip()
    if not line or len(line) > _MOST_CHARS:
        return None
    if _STAFF_ROLES.search(line) or _CONTRIBUTED.search(line) or _FURNITURE.search(line) or _desk_initials(line):
        return line
    if (note := _AGENCY_NOTE.fullmatch(line)) is not None:
        return note.group(0)  # "(END)", "(ATTN: ADDS comments from presidential office in paras 4-6)"
    photo = _PHOTO.search(line)
    return photo.group(0) if photo else None


def wire_credit(line: str) -> bool:
    """Whether ``line`` is an agency's staff credit or ends in a picture's credit.

    Args:
        line: one line (or sentence) of a document's text.

    Returns:
        True for "(Reporting by …; Editing by …)", "… contributed to this report." and a caption ending in
        "(AP Photo/…)", "(Photo by … / AFP)" or "REUTERS/…".
    """
    return credit_part(line) is not None


def in_agency_note(text: str, offset: int) -> bool:
    """Whether ``offset`` of ``text`` falls inside an agency's bracketed note to its editors ("(END)", "(ATTN: ADDS
    comments from presidential office in paras 4-6)", "(LEAD)" before a headline): its capitals name nobody."""
    first = text.rfind("\n", 0, offset) + 1
    last = text.find("\n", offset)
    line = text[first : last if last >= 0 else len(text)]
    return any(m.start() <= offset - first < m.end() for m in _AGENCY_NOTE.finditer(line))


def in_credit_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a line that is a staff credit or the page's furniture as a whole
    ("(Reporting by Ketut Suardana in Denpasar and Ananda Teresia in Jakarta; …)", "(With inputs from …)")."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first : last if last >= 0 else len(text)].strip()
    return bool(line) and credit_part(line) == line


def credit_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line of ``text`` that is an agency's staff credit or the page's furniture, whose
    dates are the page's; a caption that ends in a photo credit is left out, as the day it gives is the story's
    ("Kash Patel testifies … in Washington, Jan. 30, 2025. (AP Photo/Ben Curtis, File)").

    Args:
        text: a document's text.
    """
    found, first = [], 0
    for line in text.split("\n"):
        last = first + len(line)
        part = credit_part(line) if line.strip() else None
        if part is not None and part == line.strip():
            found.append((first, last))
        first = last + 1
    return found
