"""A law's name cut before its "Act": "invoked the HEROES Act to suspend interest" ("HEROES" ORG), and "the Act"
alone read as a body ("the Act doesn't authorize the Secretary").

A statute's name ends in "Act" ("the CARES Act", "the HEROES Act"); the small model now and then tags the words
before it and leaves "Act" out, so that the law's name becomes a body or a place ("HEROES" ORG). A name span
followed at once by an untagged "Act" in capitals is the law's name cut short: :func:`laws_cut_before_act`
extends it over "Act" and labels it a law (LAW). "Act" alone, the text's short form of a law it names in full,
is no body's name: that span is dropped.

Round entities56: a bill's name is cut the same way before its "Bill" ("the December 20 signing of the Eastern
Mediterranean Bill": "Eastern Mediterranean" LOC), extended over it as a law when no capitalised word follows
"Bill" (which would make it a given name: "CNN Bill Smith").

Round entities63: a court case is named by its parties, "v." between them ("The Supreme Court announced its ruling
today in Hamdan v. Rumsfeld"); the model tags the parties apart, as a place and a person, which the case is not.
:func:`cases_by_parties` makes the two names and the "v." one law's name (LAW), as the model tags "Roe v. Wade", when
one party is a person; two places or two bodies with "v." between them are a match ("England v. Australia") and stay.

Round ent39b: an agreement's name is cut to its head ("the Paris Climate Accord": "Accord" PRODUCT), the words
before it untagged: :func:`agreements_cut_to_heads` makes the whole name a law (LAW).

Example:
    >>> [(e.text, e.label_) for e in laws_cut_before_act(list(doc.ents))]  # "… invoked the HEROES Act …"  # doctest: +SKIP
    [('HEROES Act', 'LAW')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import NAME_LABELS


def _capitalised_after(token) -> bool:
    """Whether a capitalised word follows ``token`` in its sentence (a surname after a given name "Bill")."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is not None and not nxt.is_sent_start and nxt.is_title


def laws_cut_before_act(ents: list[Span]) -> list[Span]:
    """Extend a name span over the untagged "Act" right after it, as a LAW; drop a name span that is "Act" alone.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    starts = {e.start for e in ents}
    out = []
    for e in ents:
        if e.label_ in NAME_LABELS and len(e) == 1 and e[0].text == "Act":
            continue  # "the Act doesn't authorize …"
        after = doc[e.end] if e.end < len(doc) else None
        if (e.label_ in NAME_LABELS and after is not None and after.text == "Act" and not e[-1].whitespace_ == ""
                and after.i not in starts):
            out.append(Span(doc, e.start, e.end + 1, label="LAW"))
            continue
        if (e.label_ in NAME_LABELS and after is not None and after.text == "Bill" and e[-1].whitespace_
                and after.i not in starts and not after.ent_type_ and not _capitalised_after(after)
                and all(t.is_title or not t.is_alpha or t.is_stop for t in e)):
            out.append(Span(doc, e.start, e.end + 1, label="LAW"))  # "the Eastern Mediterranean Bill"
            continue
        out.append(e)
    return out


# The heads of the names of agreements between states, in capitals ("the Paris Climate Accord", "the Kyoto
# Protocol", "the Outer Space Treaty").
_AGREEMENT_HEADS = frozenset({"Accord", "Accords", "Treaty", "Protocol", "Agreement"})
# The labels the model gives such a head alone: a name's, or a product's or a work's.
_AGREEMENT_LABELS = NAME_LABELS | {"PRODUCT", "WORK_OF_ART", "LAW"}
_LONGEST_AGREEMENT_NAME = 3  # words before the head ("Paris Climate", "Intermediate-Range Nuclear Forces" aside)


def agreements_cut_to_heads(ents: list[Span]) -> list[Span]:
    """"compliance with the Paris Climate Accord": the model tags the head alone ("Accord" PRODUCT) and leaves the
    words that name the agreement untagged. A name span that is one agreement's head in capitals, after one to
    three capitalised proper nouns none of which is tagged, after "the", is the agreement's whole name (LAW).

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for e in ents:
        if e.label_ in _AGREEMENT_LABELS and len(e) == 1 and e[0].text in _AGREEMENT_HEADS:
            doc, start = e.doc, e.start
            while (start > 0 and e.start - start < _LONGEST_AGREEMENT_NAME and doc[start - 1].pos_ == "PROPN"
                   and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].ent_type_
                   and not (out and out[-1].end > start - 1)):
                start -= 1
            if start < e.start and start > 0 and doc[start - 1].lower_ == "the":
                out.append(Span(doc, start, e.end, label="LAW"))
                continue
        out.append(e)
    return out


# The words between a case's parties, written with their stop ("v", without it, is the British match's).
_VERSUS = frozenset({"v.", "vs."})


def cases_by_parties(ents: list[Span]) -> list[Span]:
    """Join two names with "v." between them into a court case's name (LAW), when one of them is a person.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for e in ents:
        last = out[-1] if out else None
        if (last is not None and e.start == last.end + 1 and e.doc[last.end].lower_ in _VERSUS
                and last.label_ in NAME_LABELS and e.label_ in NAME_LABELS and "PERSON" in (last.label_, e.label_)):
            out[-1] = Span(e.doc, last.start, e.end, label="LAW")
            continue
        out.append(e)
    return out
