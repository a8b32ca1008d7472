"""Groups named by the plural of their name (round entities56, Wikinews dev articles).

"Tamim claimed Houthis have attacked journalists", "recaptured from Houthis", "fighting the Houthis": a movement's
or a people's members are named by the plural of its name, and the small model reads an unfamiliar plural proper
noun as a person's name. Where the same Doc names the group in the singular as a body or a people ("an anti-Houthi
coalition", "the Houthi rebellion": ORG or NORP), the plural is the same group: :func:`groups_by_plurals` gives it
the singular's label. A family's plural ("the Bidens", the surname of a person the Doc names) is
:func:`~toolkit.nlp.surname_forms.families_by_surnames`'s and is left.

The function visits the Doc's entities only.
"""

from __future__ import annotations

from spacy.tokens import Span

_GROUP_LABELS = ("ORG", "NORP", "PRODUCT")  # (a product's plural: "supplying Tomahawks" beside "Tomahawk missiles")


def groups_by_plurals(ents: list[Span]) -> list[Span]:
    """Relabel a one-word "person" ending in "-s" whose singular is a one-word body or people of the Doc and the
    surname of none of its people.

    Args:
        ents: the entities of one ``Doc``.

    Returns:
        The entities, such plurals labelled as their singular.
    """
    singulars = {e.text: e.label_ for e in ents if len(e) == 1 and e.label_ in _GROUP_LABELS}
    if not singulars:
        return ents
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    out: list[Span] = []
    for ent in ents:
        word = ent[-1].text
        if (ent.label_ == "PERSON" and len(ent) - (ent[0].lower_ == "the") == 1 and len(word) >= 4
                and word.endswith("s") and not word.endswith("ss") and word[:-1] in singulars
                and word[:-1] not in surnames):
            ent = Span(ent.doc, ent.end - 1, ent.end, label=singulars[word[:-1]])
        out.append(ent)
    return out
