"""Names told apart: the hearer of "told" and the subject of the clause told run together.

"Ali Soufan told NPR Hamza bin Laden had appeared in Al-Qaeda videos": English leaves out "that" after
"told" and its hearer, so a medium's acronym and the subject of the reported clause stand side by side,
and the model reads one name ("NPR Hamza bin Laden"). An acronym opening a name right after a form of
"tell" is the hearer; the capitalised words after it, built like a person's name, are the one spoken of.
Words that end a person's name or head a body's ("told CBS Evening News", "told NBC Nightly News": a
programme, the hearer whole) make no such name.
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import NAME_PARTICLES, NOT_NAME_WORDS, ORG_HEADS


def told_apart(ents: list[Span]) -> list[Span]:
    """Split an acronym after "told" off the person's name the model joined to it.

    Args:
        ents: entity spans of one ``Doc``.

    Returns:
        The spans, "NPR Hamza bin Laden" after "told" as "NPR" (ORG) and "Hamza bin Laden" (PERSON); "told
        NPR" alone and "told the NPR Morning Edition team" (no name after the acronym) are kept.
    """
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        # (the tokens are made only for a name right after "tell": most names are not)
        if (ent.label_ in ("ORG", "PERSON", "GPE") and len(ent) >= 3 and ent.start > 0
                and doc[ent.start - 1].lemma_ == "tell" and doc[ent.start - 1].pos_ in ("VERB", "AUX")
                and (first := ent[0]).is_upper and first.is_alpha and len(first) >= 2
                and (rest := ent[1:])[0].is_title and rest[-1].is_title
                and all(t.pos_ == "PROPN" and (t.is_title or t.lower_ in NAME_PARTICLES) for t in rest)
                and not any(t.lower_ in NOT_NAME_WORDS or t.lower_ in ORG_HEADS for t in rest)):
            out += [Span(doc, ent.start, ent.start + 1, label="ORG"), Span(doc, ent.start + 1, ent.end, label="PERSON")]
        else:
            out.append(ent)
    return out
