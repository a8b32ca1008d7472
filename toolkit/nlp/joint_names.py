"""Two bodies or places named together with a slash: "the Change Research/CNBC poll", "Red Hat/IBM"; two bodies
joined by a hyphen after the first one's head word: "the Purdue University-CME Group Ag Economy Barometer".

News joins two names with a slash when they act together: a poll's pollster and its client ("the
ABC News/Washington Post poll"), a company and its owner ("Red Hat/IBM"), a region of two countries ("the
Afghanistan/Pakistan region"). The small model reads the pair as one name, so that neither is found.
:func:`split_joint_names` cuts such a span at the slash when each side is a name by its own form: two
capitalised words or more, an acronym of three capitals or more, or a known place. Pairs of single
words ("GNU/Linux", "Progressives/Socialists") and short codes ("AC/DC", "CI/CD") are left whole; pairs
of people are :mod:`toolkit.nlp.pairs`'s.

Example:
    >>> [(e.text, e.label_) for e in split_joint_names(list(doc.ents))]   # doctest: +SKIP
    [('Change Research', 'ORG'), ('CNBC', 'ORG')]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lookups import doc_text, indices_of, span_text

_SLASH = frozenset({"/"})

_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
# Heads of the civil bodies that make a survey, an index or a study together ("Purdue University-CME Group"); not
# an armed force's, whose hyphen names its branch ("the Islamic Revolutionary Guard Corps-Quds Force").
_JOINT_HEADS = frozenset("""university college institute institution group association foundation company
    corporation center centre bank school society academy""".split())


def _is_name(side: Span) -> bool:
    """Whether one side of the slash is a name by its own form (see the module)."""
    if len(side) >= 2:
        return all(t.is_alpha and (t.is_title or t.is_upper) for t in side) or is_known_place(side.text)
    token = side[0]
    return (token.is_alpha and token.is_upper and len(token) >= 3) or (token.is_title and is_known_place(token.text))


def split_joint_names(ents: list[Span], *, text: str | None = None) -> list[Span]:
    """Cut a name made of two names joined by a slash into the two (see the module), and two bodies joined by a
    hyphen after the first one's head word ("Purdue University-CME Group"); add the untagged partner after "joint"
    and a hyphen ("the joint NASA-Space X launch"); ``text`` is ``doc.text``, when the caller has it."""
    if not ents:
        return []
    ents = _partners_after_joint(_bodies_joined_by_hyphens(ents, text), text)
    slash_at = indices_of(ents[0].doc, ORTH, _SLASH)  # the slashes of the text, from its array: few or none
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in _LABELS or not any(ent.start < i < ent.end for i in slash_at):
            out.append(ent)  # (tested first: the tokens of a name without a slash are not made)
            continue
        doc = ent.doc
        slashes = [t.i for t in ent[1:] if t.text == "/" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
        if len(slashes) != 1:
            out.append(ent)
            continue
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        left, right = doc[start:slashes[0]], doc[slashes[0] + 1:ent.end]
        if not (len(left) and len(right) and _is_name(left) and _is_name(right)):
            out.append(ent)
            continue
        for side in (left, right):
            place = is_known_place(side.text)
            label = "GPE" if place else ("FAC" if ent.label_ == "FAC" else "ORG")
            out.append(Span(doc, side.start, side.end, label=label))
    return out


def _bodies_joined_by_hyphens(ents: list[Span], text: str | None = None) -> list[Span]:
    """"the latest Purdue University-CME Group Ag Economy Barometer": two bodies that make something together
    joined by a hyphen, the first ending in a civil body's head word ("University", "Group", "Institute"), the second a name
    by its own form. The second ends at its own head word when the words after it run into the next name (the
    joint work's title, "Ag" + "Economy Barometer")."""
    doc = ents[0].doc
    if "-" not in (doc_text(doc) if text is None else text):
        return ents
    out: list[Span] = []
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or "-" not in span_text(ent):
            out.append(ent)  # (no body joined by a hyphen: passed by before a Token is made per word)
            continue
        hyphens = [t.i for t in ent[1:-1] if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        if ent.label_ != "ORG" or len(hyphens) != 1 or doc[hyphens[0] - 1].lower_ not in _JOINT_HEADS:
            out.append(ent)
            continue
        left, right = doc[start:hyphens[0]], doc[hyphens[0] + 1:ent.end]
        if not (len(left) >= 2 and len(right) >= 2 and _is_name(left) and _is_name(right)
                and not is_known_place(right.text)):  # (not a campus, "Rutgers University-Newark")
            out.append(ent)
            continue
        heads = [t.i for t in right[:-1] if t.lower_ in _JOINT_HEADS]
        if heads and k + 1 < len(ents) and ents[k + 1].start == ent.end and ents[k + 1][0].is_title:
            right = doc[right.start:heads[-1] + 1]
        out += [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]
    return out


def _partners_after_joint(ents: list[Span], text: str | None = None) -> list[Span]:
    """"Trump attended the joint NASA-Space X launch" (round ent37): "joint" says that two make the thing, and the
    name joined by a hyphen to the tagged first one is the second maker, which the model left untagged: up to three
    capitalised words or capitals before the lower-case noun, a body (ORG) or a known place (GPE: "a joint US-Japan
    exercise")."""
    doc = ents[0].doc
    if "joint" not in (doc_text(doc) if text is None else text).lower():
        return ents
    tagged = {i for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    for ent in ents:
        hyphen = ent.end
        if (ent.label_ not in ("ORG", "GPE") or ent.start < 1 or doc[ent.start - 1].lower_ != "joint"
                or hyphen + 1 >= len(doc) or doc[hyphen].text != "-" or doc[hyphen - 1].whitespace_
                or doc[hyphen].whitespace_):
            continue
        end = hyphen + 1
        while end < len(doc) and end - hyphen <= 3 and doc[end].is_alpha and (doc[end].is_title or doc[end].is_upper):
            end += 1
        if (end == hyphen + 1 or end - hyphen > 3 or end >= len(doc) or not doc[end].is_lower
                or any(i in tagged for i in range(hyphen + 1, end))):
            continue
        partner = doc[hyphen + 1:end]
        added.append(Span(doc, partner.start, partner.end, label="GPE" if is_known_place(partner.text) else "ORG"))
    return sorted(ents + added, key=lambda e: e.start) if added else ents
