"""Cited headlines: a line that gives an outlet, its place in parentheses, a colon and a headline.

Round-ups of coverage list other publications' headlines, one a line, in the form "outlet (city,
state): headline" ("WBAY-TV (Green Bay, WI): Memorial Day gas prices lowest in 4 years", "WLWT
(Cincinnati, OH): Transportation secretary announces multi-billion-dollar rail investment while in
Cincinnati"). The headline is another page's title, in headline grammar (a present for a past, no
articles, no auxiliaries), not a sentence of the text: the parser glues the outlet and its place to
the headline's subject ("(Cincinnati, OH): Transportation secretary" announces). Like a caption or
a heading, such a line reports no event of the text; :func:`cited_headline` finds it by its form
alone, with no list of outlets: a short line whose opening name is followed by a parenthesis that
holds a place and its state or country ("Cincinnati, OH", "Forth Worth, TX") and then a colon. A
round-up that dates its headlines instead ("WHBQ-TV (8/19/25): Woman, her friend shaken up after
being robbed, followed and carjacked in Orange Mound") gives the date in figures, month, day and
year, in the parenthesis: the same line of another page.

Example:
    >>> cited_headline("WBAY-TV (Green Bay, WI): Memorial Day gas prices lowest in 4 years")
    True
    >>> cited_headline("WMC-TV (8/14/25): Elderly woman bodyslammed on pavement during carjacking at movie theater")
    True
    >>> cited_headline("The Environmental Protection Agency (EPA), which sets standards, said: “…”")
    False
"""

from __future__ import annotations

import re

# An outlet's name (capitalised, up to 60 characters, no parenthesis or colon), a place and its state
# or country, or the headline's date in figures ("9/15/25"), in parentheses, a colon, then the headline.
_CITED = re.compile(r"^\s*[A-Z][^():\n]{0,60}\s\((?:[A-Z][A-Za-z.'\- ]{1,40},\s*[A-Z][A-Za-z.]{1,14}"
                    r"|\d{1,2}/\d{1,2}/(?:\d{2}|\d{4}))\):\s+\S")

# A cited headline fits on a short line; a paragraph of running text is longer.
_HEADLINE_CHARS = 250


def cited_headline(line: str) -> bool:
    """Whether ``line`` lists another publication's headline ("WBAY-TV (Green Bay, WI): …")."""
    return len(line) <= _HEADLINE_CHARS and bool(_CITED.match(line))
