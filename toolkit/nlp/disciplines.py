"""Fields of study written with a capital ("a professor emeritus at Massachusetts Institute of Technology in
Linguistics and Philosophy": "Linguistics", GPE), which the small model reads as a name.

Universities and the people who work there capitalise the fields they teach ("a degree in Chemistry", "Professor
of Physics"); a field named alone is no person, body or place. :func:`drop_disciplines` drops a one-word entity
that is the name of a field of study, from a closed list of the sciences and humanities. A body named after a field keeps its name ("the Institute of Physics" is one entity of three words).

Example:
    >>> [e.text for e in drop_disciplines(list(doc.ents))]  # "… at Massachusetts Institute of Technology in Linguistics and Philosophy."  # doctest: +SKIP
    ['Noam Chomsky', 'Massachusetts Institute of Technology']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import NAME_LABELS

# The fields of study whose names are no names of anything else (not "History", a channel, or "Law", "Medicine").
DISCIPLINES = frozenset("""linguistics philosophy physics chemistry biology mathematics economics astronomy
    astrophysics geology geography anthropology archaeology sociology psychology neuroscience biochemistry
    microbiology zoology botany ecology genetics statistics engineering humanities theology literature criminology
    palaeontology paleontology meteorology climatology oceanography epidemiology immunology virology pharmacology
    musicology entomology ornithology seismology volcanology""".split())


def is_discipline(word: str) -> bool:
    """Whether a word names a field of study, one of :data:`DISCIPLINES` (a closed list: not every word of
    "-ology" is one, "Scientology" names a church)."""
    return word.lower() in DISCIPLINES


def drop_disciplines(ents: list[Span]) -> list[Span]:
    """Drop the one-word entities that name a field of study ("in Linguistics and Philosophy").

    Args:
        ents: entity spans in document order, none overlapping.
    """
    return [e for e in ents if not (e.label_ in NAME_LABELS and len(e) == 1 and e[0].is_title
                                    and is_discipline(e.text))]
