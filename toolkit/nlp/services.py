"""Armed services named by one word: "a former Army colonel", "Four Navy ships".

Most heads of bodies' names standing alone are what is left of a title or a longer name ("Committee",
"Affairs") and are dropped as mentions. The one-word armed services are not: written alone with a capital
inside a sentence, "Army" and "Navy" each name one body, the country's own service.
"""

from __future__ import annotations

from spacy.tokens import Span

# The armed services whose name is one word (a closed class: "Air Force", "Coast Guard" are two words and
# read as names already; "Marine" is mostly a member, "a Marine who …").
ARMED_SERVICES = frozenset({"army", "navy"})


def lone_armed_service(span: Span, text: str) -> bool:
    """Whether a one-word mention is an armed service written with a capital inside a sentence.

    Args:
        span: the mention's tokens.
        text: the mention's text.
    """
    return (len(span) == 1 and text.lower() in ARMED_SERVICES and text.istitle() and not span[0].is_sent_start
            and span[0].pos_ == "PROPN")
