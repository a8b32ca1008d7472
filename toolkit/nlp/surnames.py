"""People the small model calls bodies, found by how news refers back to them: by the surname alone.

News names a person in full once and after that by the last name alone ("…, the seat formerly held
by Elijah Cummings … Cummings died in October"). A body is referred back to by its first words, its
acronym or its head word ("Goldman Sachs" → "Goldman", "the Tesco Polska" → "Tesco"), never by a
last word that is no head word. So a two- or three-word "body" built like a person's name whose last
word stands alone elsewhere in the document, as a name of its own, is a person; and that lone
surname, which the model often leaves untagged, is the same person.

Example:
    >>> [(e.text, e.label_) for e in people_by_surname(list(doc.ents))]   # doctest: +SKIP
    [('Elijah Cummings', 'PERSON'), ('Cummings', 'PERSON')]
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place, people_adjective
from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, NOT_NAME_WORDS, ORG_HEADS

# Besides the head words of bodies and places: the kinds of a territory and of a storm, which open or
# close such names ("Mysore Division", "Hurricane Lorenzo") and never a person's.
_KINDS = frozenset("""division district county province region state prefecture municipality borough
    hurricane typhoon cyclone storm""".split())
_HEADS = ORG_HEADS | FAC_HEADS | LOC_HEADS | NOT_NAME_WORDS | _KINDS
_HYPHENS = frozenset({"-", "–"})


def _built_like_a_person(ent: Span) -> bool:
    """Two or three capitalised proper nouns, none a head word of a body or a place, and no known place."""
    return (2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent)
            and not {t.lower_ for t in ent} & _HEADS and not any(is_known_place(t.text) for t in ent)
            and not is_known_place(ent.text))  # ("Utah Jazz": a team opens with its city)


def _lone_uses(ent: Span, taken: set[int], words: np.ndarray) -> list[int]:
    """Where the last word of a name stands alone elsewhere in the document: the same capitalised word in
    no entity, with no capitalised word against it on either side (not part of some longer name).
    ``words`` is the document's array of words (``ORTH``): the word is found there, not token by token."""
    doc, last = ent.doc, ent[-1]
    out = []
    for t in (doc[i] for i in np.flatnonzero(words == last.orth).tolist()):
        if ent.start <= t.i < ent.end or t.i in taken or t.pos_ not in ("PROPN", "NOUN"):
            # (a surname opening a sentence is often tagged a common noun: "Cummings died in October")
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if before is not None and before.lower_ == "the":
            continue  # "the Jazz", "the Lakers": a team by its last word takes "the", a surname never does
        if (before is not None and before.text[:1].isupper()) or \
                (after is not None and after.text[:1].isupper()):  # ("CentOS Linux", "Red Hat")
            continue
        if (before is not None and before.text in _HYPHENS and not before.whitespace_) or (
                after is not None and after.text in _HYPHENS and not t.whitespace_):
            continue  # one half of a hyphenated name ("Mir-Mohammadi")
        if t.dep_ in ("nsubj", "nsubjpass", "poss") or t.head.tag_ == "POS" or t.tag_ == "POS":
            out.append(t.i)  # one acting or owning something, as a person does ("Cummings died")
    return out


def people_by_surname(ents: list[Span]) -> list[Span]:
    """Relabel as people the "bodies" named like people whose surname is used alone later in the
    document, and add each such lone surname as that person (where no entity holds it, or where the model
    took it alone for a body or a place too: "Brock Holt" ORG … "Holt" ORG "graduated in 2006")."""
    if not ents:
        return ents
    doc = ents[0].doc
    taken = {i for e in ents for i in range(e.start, e.end)}
    # (a plural is no surname: "the new Guidelines encourage" after "Dietary Guidelines")
    alone = {e.start: e for e in ents if len(e) == 1 and e.label_ in ("ORG", "GPE") and e[0].tag_ != "NNPS"}
    out, added, relabelled = [], [], set()
    people: set[str] = set()  # the names made people
    words = None
    for ent in ents:
        core = _without_trailing_space(ent)
        if _body_or_people(ent.label_, core) and _built_like_a_person(core) and core[-1].tag_ != "NNPS":
            if words is None:  # once per document, and only when some name is a candidate
                words = doc.to_array(ORTH)
            # a lone surname already given to a person above stays taken: each is added once
            free = taken - {i for i, e in alone.items() if e.text == core[-1].text and i not in relabelled}
            lone = [i for i in _lone_uses(core, free, words) if i > ent.start]
            if lone or core.text in people:  # (the same name again, whose lone surname went to its first mention)
                people.add(core.text)
                ent = Span(doc, core.start, core.end, label="PERSON")
                relabelled.update(i for i in lone if i in alone)
                added += [Span(doc, i, i + 1, label="PERSON") for i in lone]
                taken.update(lone)
        out.append(ent)
    out = [e for e in out if not (len(e) == 1 and e.start in relabelled)]
    return sorted(out + added, key=lambda e: e.start)


def _body_or_people(label: str, ent: Span) -> bool:
    """Whether the model's label of a name built like a person's may hide one: a body (ORG), or a people (NORP)
    none of whose words is a nation's adjective or a people's word ("Florian Wirtz" NORP, a German given name the
    model took for a nationality, round wire40; not "Bosnian Serbs")."""
    return label == "ORG" or label == "NORP" and not any(people_adjective(t.text) for t in ent)


def _without_trailing_space(ent: Span) -> Span:
    """The span without the blank-line tokens the model may run into it at a line's end ("Brock Holt\\n\\n")."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].is_space:
        end -= 1
    return ent if end == ent.end else ent.doc[ent.start:end]
