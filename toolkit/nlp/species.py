"""Scientific names of species ("Spheniscus magellanicus", "Escherichia coli"), whose capitalised genus the
small model takes for a place, a person or a people; species are no entities under the gold conventions.

A binomial name is a capitalised genus and a lower-case epithet in Latin form, which news about science
writes beside the common name ("Magellanic penguins, Spheniscus magellanicus,", "sand crabs (Emerita
talpoida)"). :func:`drop_species_names` drops an entity that is one capitalised word followed by such an
epithet: a lower-case word of a Latin ending that is no English word (the model's lemma tables,
:func:`toolkit.nlp.mistags.english_words`), the two set apart by brackets or commas or abbreviated elsewhere
("E. coli"), in a sentence that is no passage in another language; and the abbreviated binomial itself ("A.
millepora" PERSON) where the text writes it in full too ("Acropora millepora"; round ent39b).

Example:
    >>> [e.text for e in drop_species_names(list(doc.ents))]  # "… penguins, Spheniscus magellanicus, that …"  # doctest: +SKIP
    []
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Span

from toolkit.nlp.gazetteer import adjective_of_country
from toolkit.nlp.lexicon import NAME_LABELS
from toolkit.nlp.lookups import indices_of
from toolkit.nlp.mistags import english_words

# Endings of Latin epithets: adjectives and genitives ("magellanicus", "coli", "cerevisiae", "talpoida",
# "sapiens", "rex" aside), which few English words end in and none of those the lemma tables lack.
_LATIN_EPITHET = re.compile(r"^[a-zæ]{3,}(?:us|um|a|ae|æ|i|is|ii|ensis|oides|ica|icus|ium|orum|arum|ens)$")
# The share of a sentence's lower-case words that are no English word from which on it is a foreign passage
# (as in toolkit.nlp.mistags: a scientific sentence holds an epithet or two among English words).
_FOREIGN_SHARE = 0.5


def _epithet(token, english: frozenset[str]) -> bool:
    return (token.is_alpha and token.is_lower and bool(_LATIN_EPITHET.match(token.text))
            and token.lower_ not in english and token.lemma_.lower() not in english)


def drop_species_names(ents: list[Span]) -> list[Span]:
    """Drop the entities that are the genus of a binomial name ("Escherichia coli"), or the binomial whole
    ("Beauveria bassiana", GPE); a binomial once set apart in the text is one at every mention ("colonies of
    Formica fusca by searching" after "used Formica fusca, an ant species").

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    english = None
    found = []  # (entity, its genus and epithet as written, whether set apart here)
    for ent in ents:
        if ent.label_ in NAME_LABELS and len(ent) == 2 and _INITIAL.fullmatch(ent[0].text):
            if english is None:
                english = english_words(doc.vocab)
            if english and _epithet(ent[1], english) and _written_in_full(ent):
                found.append((ent, (ent[0].text, ent[1].text), True))  # "A. millepora" after "Acropora millepora"
            continue
        if ent.label_ not in NAME_LABELS or not (ent[0].is_title and ent[0].is_alpha):
            continue
        if len(ent) == 1 and ent.end < len(doc):
            epithet = doc[ent.end]
        elif len(ent) == 2:
            epithet = ent[1]
        else:
            continue
        if english is None:
            english = english_words(doc.vocab)
        if english and _epithet(epithet, english) and not adjective_of_country(ent[0].text) \
                and not _foreign(ent.sent, english):  # (not "Georgian lari", a currency)
            genus = Span(doc, ent.start, ent.start + 1)
            found.append((ent, (ent[0].text, epithet.text), _set_apart(genus)))
    binomials = {pair for _, pair, apart in found if apart}
    dropped = {id(ent) for ent, pair, _ in found if pair in binomials}
    return [ent for ent in ents if id(ent) not in dropped]


# A genus abbreviated to its initial ("A. millepora", "P. damicornis").
_INITIAL = re.compile(r"[A-Z]\.")


def _written_in_full(ent: Span) -> bool:
    """Whether the text writes a binomial abbreviated to its genus's initial ("A. millepora", which the model calls
    a person) in full too, the epithet after a capitalised genus of that initial ("Acropora millepora"): a person's
    initial and surname have no such namesake."""
    doc, initial = ent.doc, ent[0].text[0]
    return any(i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 1].text[0] == initial
               for i in indices_of(doc, ORTH, (ent[1].text,)))


def _set_apart(genus: Span) -> bool:
    """Whether a binomial name stands as news sets one beside the common name: in brackets or between commas
    ("sacred ibises (Threskiornis aethiopicus)", "penguins, Spheniscus magellanicus,"), or abbreviated
    elsewhere in the text ("Escherichia coli strain K-12" beside "E. coli"); not a name and a misspelt word
    ("Pelosi sais she …")."""
    doc = genus.doc
    start, end = genus.start, genus.end + 1  # the genus and its epithet
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    if before in ("(", ",") or after in (")", ",", "("):
        return True
    initial = genus.text[0] + "."
    return any(i > 0 and doc[i - 1].text == initial for i in indices_of(doc, ORTH, (doc[end - 1].text,)))


def _foreign(sent: Span, english: frozenset[str]) -> bool:
    """Whether a sentence is mostly in another language ("Roma vinceva …"): its lower-case words other than
    stop words are, for a share of :data:`_FOREIGN_SHARE` or more, no English words."""
    words = [t for t in sent if t.is_alpha and t.is_lower and not t.is_stop]
    foreign = sum(1 for t in words if t.lower_ not in english and t.lemma_.lower() not in english)
    return len(words) >= 3 and foreign >= _FOREIGN_SHARE * len(words)
