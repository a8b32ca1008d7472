"""Relative clauses set off by a dash or a comma that the parser took for what a verb reports.

In "House of Commons Speaker John Bercow commented on the matter — which the BBC noted as an unusual move by a
Speaker — "…"" the small model makes "which the BBC noted …" the content of "commented", so that the BBC's noting
would be told by Bercow. A clause that opens with a relative word ("which", "who", "whom") which is one of its own
dependents, right after a dash, a comma or a bracket, is a relative clause about the noun before the mark, never the
content of a verb: reported content opens with "that" or nothing, and an indirect question ("asked which …", "knew
who …") follows its verb with no mark between. :func:`mend_relatives_read_as_contents` hangs such a clause on that
noun.

A "who" set off by a comma never stands for a figure either: in "the protesters, sometimes numbering in the
millions, who have filled downtown streets" the parser hangs the clause on "millions", the count inside a phrase
set off before it; :func:`mend_who_on_figures` hangs it on the noun that phrase describes, the protesters.

Example:
    >>> mend_relatives_read_as_contents(doc)  # "… commented on the matter — which the BBC noted …"  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Doc

from toolkit.nlp.lookups import indices_where

# The relative words that stand for a noun (a closed class).
_RELATIVE_WORDS = frozenset({"which", "who", "whom"})
# Marks that set a relative clause off from its noun.
_SETTING_OFF = frozenset({",", "—", "–", "--", "("})


def mend_relatives_read_as_contents(doc: Doc) -> Doc:
    """Hang a set-off relative clause the parser read as a verb's content on the noun before it (see the
    module's docstring). Only the clauses labelled ``ccomp`` are looked at. Mends in place; returns ``doc``."""
    for i in indices_where(doc, dep=("ccomp",)):
        clause = doc[i]
        word = clause.left_edge
        if word.lower_ not in _RELATIVE_WORDS or word.head.i != clause.i or word.i < 2 \
                or doc[word.i - 1].text not in _SETTING_OFF:
            continue
        noun = doc[word.i - 2]
        if noun.pos_ in ("NOUN", "PROPN") and clause.head.is_ancestor(noun):
            clause.head, clause.dep_ = noun, "relcl"
    return doc


# Entity labels of a figure: "who" never stands for one.
_FIGURE_LABELS = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY"})


def mend_who_on_figures(doc: Doc) -> Doc:
    """Hang a "who" clause the parser put on a figure inside a participle phrase set off by a comma on the noun
    before that phrase (see the module's docstring). Only the relative clauses are looked at. Mends in place."""
    for i in indices_where(doc, dep=("relcl",)):
        clause = doc[i]
        word = clause.left_edge
        figure = clause.head
        if word.lower_ not in ("who", "whom") or word.i < 1 or doc[word.i - 1].text != "," \
                or figure.ent_type_ not in _FIGURE_LABELS or figure.dep_ != "pobj":
            continue
        participle = figure.head.head
        if participle.tag_ not in ("VBG", "VBN") or participle.i > figure.i:
            continue
        start = participle.left_edge.i
        if start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ in ("NOUN", "PROPN"):
            clause.head = doc[start - 2]  # "the protesters, sometimes numbering in the millions, who …"
    return doc
