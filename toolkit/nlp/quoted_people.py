"""People the model takes for works inside a quotation: "… its support for Nicolás Maduro in Venezuela".

Inside quotation marks the small model often reads a person's name as the title of a work (WORK_OF_ART), as if
the marks were a title's. A title in quotation marks fills them ("the song \"Jolene\""); a name that the marks
only surround with other words ("\"ongoing repression of the Cuban people and its support for Nicolás Maduro in
Venezuela\"") is a part of somebody's words, and a name built like a person's there is a person.

Not where a title noun stands before the name ("the novel Anna Karenina"), nor where a quotation mark is right
beside it (the title of a work quoted alone). The other way round, a "person" that fills its quotation marks and is
credited "by" a name after them is a work's title (The hit song is "Geronimo" by Sheppard).

Example:
    >>> [(e.text, e.label_) for e in people_in_quotations(list(doc.ents))]   # doctest: +SKIP
    [('Pompeo', 'PERSON'), ('Cuban', 'NORP'), ('Cuban', 'NORP'), ('Nicolás Maduro', 'PERSON'), ('Venezuela', 'GPE')]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Span

from toolkit.nlp.antecedents import built_like_a_person
from toolkit.nlp.lexicon import ORG_HEADS, SPEECH_VERBS, TITLE_NOUNS
from toolkit.nlp.lookups import doc_text, indices_of

_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _inside_a_quotation(span: Span) -> bool:
    """Whether an odd number of quotation marks opens the sentence's words before ``span``, none right beside it,
    and one closes after it: the span is within a quoted passage, with words on both sides."""
    doc, sent = span.doc, span.sent
    before = [t.i for t in doc[sent.start : span.start] if t.text in _QUOTE_MARKS]
    after = [t.i for t in doc[span.end : sent.end] if t.text in _QUOTE_MARKS]
    return (len(before) % 2 == 1 and bool(after) and before[-1] < span.start - 1 and after[0] > span.end)


def people_in_quotations(ents: list[Span]) -> list[Span]:
    """Label PERSON a work's name built like a person's that stands inside a quoted passage.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out = []
    for ent in ents:
        if (ent.label_ == "WORK_OF_ART" and built_like_a_person(ent) and ent.start > 0
                and ent.doc[ent.start - 1].lower_ not in TITLE_NOUNS and _inside_a_quotation(ent)):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def speakers_after_quotations(ents: list[Span]) -> list[Span]:
    """Label PERSON a "work" that closes a quotation as the subject of its speech verb.

    Right after the closing mark the small model takes a speaker's one name for a quoted title ('"This victory
    must be a victory for all Indonesian people," Prabowo told thousands of supporters'): a capitalised proper
    noun there that is the subject of "said", "told" … is the one speaking, not a work. A title quoted before a
    verb of its own ('"Jolene" sold a million copies') has no speech verb, and one with a title noun before it
    is left.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out = []
    for ent in ents:
        if ent.label_ == "WORK_OF_ART" and _speaker_after_quotation(ent):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def _speaker_after_quotation(ent: Span) -> bool:
    """Whether ``ent`` follows a closing quotation mark after its words' comma and is a speech verb's subject."""
    doc, start = ent.doc, ent.start
    if not (1 <= len(ent) <= 3 and start >= 2 and doc[start - 1].text in _QUOTE_MARKS
            and doc[start - 2].text in (",", "?", "!")):
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent):
        return False
    opened = start - 2
    while opened >= 0 and "\n" not in doc[opened].text and doc[opened].text not in _QUOTE_MARKS:
        opened -= 1
    if opened < 0 or doc[opened].text not in _QUOTE_MARKS:
        return False  # the mark opens a quoted title ('Critics were divided, "Oppenheimer" said little …')
    verb = ent.root.head
    return (ent.root.dep_ == "nsubj" and verb.i == ent.end and verb.lemma_.lower() in SPEECH_VERBS)


def works_in_quotation_marks(ents: list[Span]) -> list[Span]:
    """Label WORK_OF_ART a "person" that fills its quotation marks and is credited "by" a name after them.

    English news quotes a song's, a book's or a film's title and names its maker with "by" (The hit song is
    "Geronimo" by Sheppard); a person's nickname in quotation marks stands inside or beside the full name
    ('Thomas "Tom" Smith'), and is credited to no one.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out = []
    for ent in ents:
        if ent.label_ == "PERSON" and (_credited_quoted_title(ent) or _in_single_marks(ent)):
            ent = Span(ent.doc, ent.start, ent.end, label="WORK_OF_ART")
        out.append(ent)
    return out


_SINGLE_MARKS = frozenset({"'", "‘", "’"})


def _in_single_marks(ent: Span) -> bool:
    """Whether a "person" fills single quotation marks with no name on either side in the headline (the text's first
    line): American headlines set a film's or a song's title so ("'Anora' Wins Best Picture at 2025 Oscars"); a
    nickname in them stands between the given name and the surname ("Ronnie ‘Tony’ Smith"), which the model reads
    as one name; and in the body British copy sets a term apart so too ("dying a martyr and going to 'Jannah'")."""
    doc = ent.doc
    end = ent.end - 1 if len(ent) > 1 and ent[-1].text in _SINGLE_MARKS else ent.end  # (the model took the mark in)
    if not (ent.start > 0 and end < len(doc) and doc[ent.start - 1].text in _SINGLE_MARKS
            and doc[end].text in _SINGLE_MARKS and not doc[ent.start - 1].whitespace_
            and not doc[end - 1].whitespace_):
        return False
    if "\n" in doc_text(doc)[: ent.start_char]:
        return False
    before = doc[ent.start - 2] if ent.start >= 2 else None
    after = doc[end + 1] if end + 1 < len(doc) else None
    return ((before is None or not (before.is_title and before.pos_ == "PROPN") or before.is_space)
            and (after is None or after.ent_type_ != "PERSON"))


def _credited_quoted_title(ent: Span) -> bool:
    """Whether a name fills its quotation marks and "by" and a capitalised name follow the closing mark."""
    doc = ent.doc
    after = ent.end
    if after < len(doc) and doc[after].text in (",", "."):  # ('"Geronimo," by Sheppard': American style)
        after += 1
    if not (ent.start > 0 and doc[ent.start - 1].text in _QUOTE_MARKS and after < len(doc)
            and doc[after].text in _QUOTE_MARKS):
        return False
    if after + 2 >= len(doc) or ent.start >= 2 and doc[ent.start - 2].pos_ == "PROPN":
        return False  # a nickname inside a full name ('Thomas "Tom" Smith')
    maker = doc[after + 2]
    return doc[after + 1].lower_ == "by" and maker.is_title and maker.pos_ == "PROPN"


def _maker_possessive(doc, mark: int) -> bool:
    """Whether the quotation mark at ``mark`` follows a capitalised name's possessive ("Arthur Penn's \"…\"").

    English news names a film, a song or a show in quotation marks after its maker's or its studio's possessive
    ("Brady Corbet's \"The Brutalist\"", "Netflix's \"Emilia Pérez\""); a person's name in quotation marks after
    someone's possessive is a nickname or somebody's words, which the caller has already told apart by the
    closing mark and the name around it.
    """
    if mark < 2 or doc[mark].text not in _QUOTE_MARKS or doc[mark - 1].text not in ("'s", "’s", "'", "’"):
        return False
    owner = doc[mark - 2]
    return owner.is_title and owner.pos_ == "PROPN"


# Words a title in quotation marks may hold besides capitalised ones ("Bonnie and Clyde", "Dune: Part Two").
_TITLE_SMALL_WORDS = frozenset({"and", "of", "the", "a", "an", "in", "on", "to", "for", "with", ":", "'s", "’s", "&"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def works_after_makers(ents: list[Span]) -> list[Span]:
    """One work (WORK_OF_ART) for the names inside quotation marks opened right after a maker's possessive.

    English news names a film, a song or a show in quotation marks after its maker's or its studio's possessive
    ("Sean Baker's \"Anora\"", "Netflix's \"Emilia Pérez,\"", "Arthur Penn's \"Bonnie and Clyde\"", "Brady
    Corbet's \"The Brutalist\""); the small model reads the title's words as people or cuts the title's article.
    Only a short title of capitalised words (and "and", "of", a colon …) that fills the marks; not a nickname
    inside a name ('Tony McCarroll's "Tony" Smith': a name goes on after the closing mark), nor a quoted remark.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    works: list[Span] = []
    owners = None  # each token's name, made only when a mark follows a possessive (few texts)
    # (only the quotation marks are read, found in the Doc's array: not a Token made for every word of the text)
    for i in indices_of(doc, ORTH, _QUOTE_MARKS):
        if not _maker_possessive(doc, i):
            continue
        if owners is None:
            owners = {at: e for e in ents for at in range(e.start, e.end)}
        if not _maker(owners.get(i - 2)):
            continue
        work = _title_in_marks(doc, i)
        inside = [e for e in ents if e.start < (work.end if work else 0) and e.end > (work.start if work else 0)]
        if work is None or not all(work.start <= e.start and e.end <= work.end and e.label_ in _NAMED
                                   for e in inside):
            continue  # a date or a name running over the marks ('Trump's "Liberation Day"') is left as read
        works.append(work)
    if not works:
        return ents
    out = [e for e in ents if not any(w.start <= e.start and e.end <= w.end for w in works)]
    return sorted(out + works, key=lambda e: e.start)


def _maker(owner: Span | None) -> bool:
    """Whether the name before the possessive is a work's maker: a person, or a body named by a brand (a studio, a
    network, a label: "Netflix's", "Neon's"), not a body named by its head word (the National Oceanic and Atmospheric
    Administration's \"Hurricane Hunters\", its planes' crews)."""
    if owner is None:
        return False
    if owner.label_ == "PERSON":
        return True
    words = [t.lower_ for t in owner if t.tag_ != "POS"]
    return owner.label_ == "ORG" and bool(words) and not set(words) & ORG_HEADS


def _title_in_marks(doc, opening: int) -> Span | None:
    """The title filling the quotation marks opened at ``opening``: up to six words, each capitalised, a number or
    a small word, before the closing mark (a comma or a stop inside it, American style), and no name after it."""
    end = opening + 1
    while end < len(doc) and end - opening <= 7 and doc[end].text not in _QUOTE_MARKS:
        end += 1
    if end >= len(doc) or doc[end].text not in _QUOTE_MARKS or end - opening > 7:
        return None
    close = end
    if doc[end - 1].text in (",", "."):
        end -= 1
    words = doc[opening + 1 : end]
    if not len(words) or not words[0].is_title and not words[0].is_upper:
        return None
    if not all(t.is_title or t.is_upper or t.like_num or t.lower_ in _TITLE_SMALL_WORDS for t in words):
        return None
    if close + 1 < len(doc) and doc[close + 1].is_title and doc[close + 1].pos_ == "PROPN":
        return None  # a nickname inside a full name ('Thomas "Tom" Smith')
    if close + 1 < len(doc) and doc[close + 1].is_lower and doc[close + 1].pos_ == "NOUN":
        return None  # a quoted name before a noun it qualifies ('the president's "Liberation Day" tariffs')
    return Span(doc, opening + 1, end, label="WORK_OF_ART")
