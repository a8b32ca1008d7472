"""A country named under its regime ("Imperial Japan", "Fascist Italy", "Tsarist Russia") is the country, a place.

History names a state at a time by a capitalised adjective of its regime before the country's name ("suffering under
Imperial Japan", "fled Fascist Italy", "a colony of Imperial Germany"). The small model reads the pair as a body
(ORG) or a region (LOC); the name is a state's, GPE, as the country's own is. :func:`countries_under_regimes`
labels a name GPE that is one such adjective (a closed class: imperial, fascist, tsarist, czarist, soviet, nazi,
communist, ottoman, francoist, vichy, weimar) and a country the gazetteer knows.

Example:
    >>> [(e.text, e.label_) for e in countries_under_regimes(list(nlp("two years under Imperial Japan").ents))]  # doctest: +SKIP
    [('two years', 'DATE'), ('Imperial Japan', 'GPE')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import known_countries

# Adjectives of a regime written before a country's name.
_REGIMES = frozenset({"imperial", "fascist", "tsarist", "czarist", "soviet", "nazi", "communist", "ottoman",
                      "francoist", "vichy", "weimar"})
_RELABELLED = frozenset({"ORG", "LOC", "NORP", "PERSON", "FAC"})


def countries_under_regimes(ents: list[Span]) -> list[Span]:
    """Label GPE each name made of a regime's capitalised adjective and a known country ("Imperial Japan").

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        start = ent.start + (1 if len(ent) > 2 and ent[0].lower_ == "the" else 0)
        if (ent.label_ in _RELABELLED and ent.end - start >= 2 and ent.doc[start].lower_ in _REGIMES
                and ent.doc[start].is_title and ent.doc[start + 1:ent.end].text.lower() in known_countries()):
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")
        out.append(ent)
    return out
