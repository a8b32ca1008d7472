"""Where someone is moved: the end of a move "from" a site "to" a name is a site of the same kind.

News tells of patients, prisoners and passengers moved between places: "Navalny was transferred from the hospital
in Omsk to Charité in Berlin" (Wikinews, 2020, round ent36). The verb's "from" names a site by its common noun (a
hospital, a prison, a clinic), and its "to" the site it ends at by a name the model, not knowing the hospital, reads
as a town. A name the gazetteer knows as a place stays one ("taken from the hospital to Omsk"); a name of more than
one word, or one the model already calls a body, is left to the other readings.
:func:`toolkit.nlp.evidence.evidence` calls :func:`site_moved_to`.

Example:
    >>> site_moved_to(doc[9:10])   # "… from the hospital in Omsk to Charité in Berlin"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place

# The sites a person is moved between whose common noun says what the name at the other end is.
_SITE_NOUNS = frozenset({"hospital", "clinic", "prison", "jail", "hospice", "infirmary", "sanatorium"})


def site_moved_to(span: Span) -> bool:
    """Whether a one-word name is what a move ends at ("to Charité") while the same verb's "from" names a site by
    its common noun with an article ("from the hospital"), and the gazetteer knows no place of that name."""
    if len(span) != 1 or span.label_ not in ("GPE", "LOC") or span.root.dep_ != "pobj":
        return False
    to = span.root.head
    if to.lower_ != "to" or to.dep_ != "prep" or to.head.pos_ != "VERB":
        return False
    starts = [c for c in to.head.children if c.dep_ == "prep" and c.lower_ == "from"]
    site = [o for s in starts for o in s.children if o.dep_ == "pobj" and o.is_lower and o.lemma_ in _SITE_NOUNS
            and any(d.dep_ == "det" for d in o.children)]
    return bool(site) and not is_known_place(span.text, cities=True)
