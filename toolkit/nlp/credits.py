"""Picture credits: a short line that ends in a credit ("… Image: Nicholas Moreau.") is a caption.

A news page gives each picture a caption and after it the credit, a fixed word of the trade
("Image:", "Photo:", "Photograph:", "Picture:", "Credit:", "Video:") and the maker's name. A
line ending so is the caption of a picture, whatever punctuation closes it ("Fursuiter assembled
for a 360° photo Image: Nicholas Moreau."): it names what the picture shows and reports no event,
like the captions :func:`toolkit.nlp.predicates.is_caption` finds by their form.
"""

from __future__ import annotations

import re

# The credit at a line's end: a credit word, a colon, then a name of a few words (no sentence).
_CREDIT = re.compile(r"\b(?:Image|Photo|Photograph|Picture|Credit|Video)s?:\s*[^.:;!?]{1,60}\.?\s*$")


def ends_in_credit(line: str) -> bool:
    """Whether ``line`` ends in a picture's credit ("… Image: Nicholas Moreau.").

    Args:
        line: one line of a document's text.

    Returns:
        True when the line closes with a credit word, a colon and a short name.
    """
    return bool(_CREDIT.search(line.strip()))
