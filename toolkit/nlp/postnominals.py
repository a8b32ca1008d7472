"""Post-nominal letters: the honours, fellowships and degrees written after a person's name ("Daniel Bernoulli FRS",
"Dame Zaha Mohammad Hadid DBE RA", "Sir David Attenborough OM CH"), which the small model runs into the name or
tags on their own as a body.

They are no part of the name and name nobody alone: :func:`names_without_postnominals` cuts them off the end of a
person's name and drops an entity made of them only when it follows a person's name or another such entity. The
letters also lead the model to call the name a body ("Prosecutor Kama Melly QC said" ORG, round entities56): a name
of two or three capitalised words before such letters, after a capitalised English noun of a post or a title
("Prosecutor", "Judge") or the subject of a verb of saying, is the person's (PERSON), cut as above.

Example:
    >>> [(e.text, e.label_) for e in names_without_postnominals(list(doc.ents))]   # doctest: +SKIP
    [('Daniel Bernoulli', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import ORG_HEADS, PERSON_TITLES, SPEECH_VERBS
from toolkit.nlp.lookups import span_text
from toolkit.nlp.mistags import english_words

# British and Commonwealth honours (orders and their grades), fellowships of the learned societies and royal
# academies, and the letters of silk; written in capitals after a name. Degrees are left out: "MD", "PhD" and
# "MBA" also stand alone in the text as nouns.
POSTNOMINALS = frozenset("""
    KG KT GCB KCB CB OM CH GCMG KCMG CMG GCVO KCVO CVO LVO MVO GBE KBE DBE CBE OBE MBE BEM QPM KPM DSO MC DFC GC VC
    FRS FRSE FBA FREng FMedSci FRSL FRSA FRSC FRCP FRCS FRCPsych FAA FAAS FRSNZ RA RSA PRA QC KC SC
    """.split())
# (SC: Senior Counsel, the silk of Australia, Ireland and Hong Kong; also a state's code, "Greenville, SC", which
# follows a town, never a person's name.)

# Academic and clinical degrees, which health and business copy sets off by commas after a person's name ("Chris
# Boerner, Ph.D., board chair and CEO", "Jane Doe, M.D., said"; round wire38): only there are they taken for the
# person's letters, since "MD" and "PhD" also stand alone as nouns.
DEGREES = frozenset("""Ph.D. PhD M.D. MD D.O. DO MPH M.P.H. Pharm.D. PharmD DNP R.N. RN MBA M.B.A. Ed.D. EdD
    D.Phil. DPhil J.D. JD""".split())


def _is_postnominal(token) -> bool:
    return token.text.rstrip(".") in POSTNOMINALS


def names_without_postnominals(ents: list[Span]) -> list[Span]:
    """The entities with post-nominal letters cut off the end of people's names, and entities made only of such
    letters after a person's name (or after others of them) dropped.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if ent.label_ != "PERSON" and len(ent) >= 3 and _is_postnominal(ent[-1]) and _person_with_letters(ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Prosecutor Kama Melly QC said" (ORG)
        if ent.label_ == "PERSON" and len(ent) >= 3 and _is_postnominal(ent[-1]):
            end = ent.end
            while end - ent.start > 2 and _is_postnominal(doc[end - 1]):
                end -= 1
            if not any(_is_postnominal(t) for t in doc[ent.start:end]):
                ent = Span(doc, ent.start, end, label="PERSON")  # "Daniel Bernoulli FRS"
        elif all(_is_postnominal(t) for t in ent) and ent.start > 0 and (_after_a_name(ent, out)
                                                                         or _set_off_after_a_name(ent, out)):
            continue  # "Dame Zaha Mohammad Hadid DBE RA": the letters are the person's, no body
        elif _is_degree(ent) and (_set_off_after_a_name(ent, out) or _degree_as_noun(ent)):
            continue  # "Chris Boerner, Ph.D., board chair": a degree, no place nor body; "a post-war PhD in
            # oceanography" (WORK_OF_ART; round ent39b): a degree earned, no work
        out.append(ent)
    return out


def _is_degree(ent: Span) -> bool:
    """Whether an entity is one academic or clinical degree as written ("Ph.D.", "M.D."; the tokenizer may part the
    final stop)."""
    text = span_text(ent)  # (a span joins its words anew on each read)
    return text in DEGREES or (not text.endswith(".") and ent.end < len(ent.doc) and ent.doc[ent.end].text == "."
                               and text + "." in DEGREES)


# Degrees whose letters also write a state, a verb or an office in capitals ("Baltimore, MD", "DO", "the RN"):
# only the others are read as a degree by their use as a noun.
_AMBIGUOUS_DEGREES = frozenset({"MD", "DO", "RN", "JD", "DNP"})
# Prepositions that follow a degree earned ("a PhD in oceanography", "an MBA from Wharton").
_DEGREE_PREPOSITIONS = frozenset({"in", "from", "at"})


def _degree_as_noun(ent: Span) -> bool:
    """Whether a degree's letters stand as a noun, the degree earned: after an article, a possessive or an
    adjective ("a PhD", "his PhD", "a post-war PhD"), or before "in", "from" or "at" ("PhD in oceanography"); the
    letters that also write a state or a word ("MD", "DO") are left."""
    doc = ent.doc
    if ent.text.rstrip(".") in _AMBIGUOUS_DEGREES or len(ent) > 2:
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return (before is not None and before.tag_ in ("DT", "PRP$", "JJ", "NN") and before.is_lower
            or after is not None and after.lower_ in _DEGREE_PREPOSITIONS)


def _set_off_after_a_name(ent: Span, before: list[Span]) -> bool:
    """Whether an entity of post-nominal letters stands between commas right after a person's name, as the silk of
    a barrister is written in court reports ("the Crown prosecutor, Mark Tedeschi, QC, said", "Tom Molomby, SC,
    said"): a comma before, a person's entity ending before it, and a comma or the sentence's end after."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != "," or not before or before[-1].end != ent.start - 1:
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    return before[-1].label_ == "PERSON" and (after is None or after.text in (",", ";", ".", ")") or after.is_sent_start)


def _after_a_name(ent: Span, before: list[Span]) -> bool:
    """Whether the word before an entity closes a person's name: a person's entity ending there, or a capitalised
    proper noun in no entity (the model may leave the name untagged: "Dame Zaha Mohammad Hadid DBE RA"), or other
    post-nominal letters; not a place's ("Montreal QC")."""
    prev = ent.doc[ent.start - 1]
    if before and before[-1].end == ent.start:
        return before[-1].label_ == "PERSON"
    return _is_postnominal(prev) or (prev.pos_ == "PROPN" and prev.is_title and prev.is_alpha and not prev.ent_type_)


def _person_with_letters(ent: Span) -> bool:
    """Whether a name the model did not call a person, ending in post-nominal letters, is a person's: two or three
    capitalised words before the letters, and a capitalised English noun of a post before it ("Prosecutor Kama Melly
    QC") or a verb of saying it is the subject of ("Kama Melly QC said"); no body's head word among them."""
    doc = ent.doc
    end = ent.end
    while end > ent.start and _is_postnominal(doc[end - 1]):
        end -= 1
    name = doc[ent.start:end]
    if not 2 <= len(name) <= 3 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN"
                                           and t.lower_ not in ORG_HEADS for t in name):
        return False  # ("Brown Shipley Holdings QC": a body's head word in the name)
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.is_title and before.tag_ in ("NN", "NNP") and (
            before.lower_ in PERSON_TITLES or before.lower_ in english_words(doc.vocab)):
        return True
    return ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in SPEECH_VERBS
