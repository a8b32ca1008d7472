"""Names of fields and lines the model left untagged before their common noun: "between the Aphrodite gas field
and Thesprotia", "in the Karish and Tanin fields".

News names an oil or gas field, a volcano or a pipeline by a word between "the" and the noun of its kind, often
with the resource between ("the Aphrodite gas field", "the Khurais oil field"). The model tags such a name now and
then; where it tags none, the parser still binds the word to the noun (as a compound, a noun modifier, or an
adjective it takes the unknown word for). A capitalised word so bound, after "the", a proper noun or no adjective
of the model's lemma tables ("Aphrodite", which the tagger calls an adjective), is the name of the field (LOC)
or the line (FAC); so is a capitalised proper noun joined to such a word by "and" ("the Karish and Tanin
fields"), whatever the model made of the first. :func:`toolkit.nlp.repairs.repair_entities` calls :func:`untagged_site_names`.

Example:
    >>> [(e.text, e.label_) for e in untagged_site_names(doc, set())]   # doctest: +SKIP
    [('Aphrodite', 'LOC')]
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.lexicon import KIND_NOUNS, LINE_NOUNS
from toolkit.nlp.lookups import indices_of


# The nouns of sites named by one word before them: landforms and resources' fields (LOC) and lines built across
# country (FAC), in the singular and the plural.
_SITE_NOUNS = {**{noun: "LOC" for noun, kind in KIND_NOUNS.items() if kind == "LOC" and noun not in (
    "region", "planet", "exoplanet", "galaxy", "comet", "asteroid", "nebula", "constellation")},
    **{noun: "FAC" for noun in LINE_NOUNS}}
_BOUND = frozenset({"compound", "nmod", "amod"})


@lru_cache(maxsize=4)
def _adjectives(vocab) -> frozenset[str]:
    """The adjectives of the model's lemma tables (none when the model has no rule tables)."""
    from toolkit.nlp.model import model_of  # the lemma tables ship with the model

    try:
        return frozenset(model_of(vocab).get_pipe("lemmatizer").lookups.get_table("lemma_index")["adj"])
    except (KeyError, ValueError):
        return frozenset()


def _name_word(token, adjectives: frozenset[str]) -> bool:
    """A capitalised word that may name a site: a proper noun, or a word the tagger calls an adjective that is no
    English adjective ("Aphrodite"; not "Arctic")."""
    return (token.is_title and token.is_alpha and not token.is_sent_start and token.ent_type_ == ""
            and (token.pos_ == "PROPN" or token.pos_ == "ADJ" and adjectives and token.lower_ not in adjectives))


def untagged_site_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged one-word names of fields, landforms and lines between "the" and their noun (see the module).

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity; such a word is left alone.

    Returns:
        LOC spans for fields and landforms, FAC spans for lines, one word each.
    """
    found: list[Span] = []
    words = set(_SITE_NOUNS) | {noun + "s" for noun in _SITE_NOUNS}
    adjectives = None
    for i in indices_of(doc, LOWER, words):
        noun = doc[i]
        label = _SITE_NOUNS.get(noun.lemma_.lower())
        if label is None or noun.pos_ != "NOUN" or not noun.is_lower:
            continue
        adjectives = adjectives if adjectives is not None else _adjectives(doc.vocab)
        for child in noun.lefts:
            if child.dep_ not in _BOUND or child.i - 1 < 0:
                continue
            members = [child] + [c for c in child.children if c.dep_ == "conj" and c.i < noun.i]
            if doc[child.i - 1].lower_ != "the" or not all(
                    doc[k].is_lower and doc[k].pos_ == "NOUN" for k in range(max(m.i for m in members) + 1, i)):
                continue  # "the Aphrodite gas field": only the resource's noun between the name and its kind
            for member in members:
                if member.i not in taken and _name_word(member, adjectives):
                    found.append(Span(doc, member.i, member.i + 1, label=label))
    return found
