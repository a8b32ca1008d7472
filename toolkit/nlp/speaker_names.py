"""Names of speakers: completing "Sheriff Lee" or "Mugabe" to the full name a report gave
first, and finding names the model left untagged.

News introduces a person once in full, with a title or role ("County sheriff Kerry Lee"), and
then uses the surname, a title and surname, or a description; the speaker of a quotation is
given as the canonical full name. These helpers work on the parse of one document.

Example:
    >>> names = FullNames(doc, index, inside)  # doctest: +SKIP
    >>> names.full("Sheriff Lee", before=quote_token)  # doctest: +SKIP
    'Kerry Lee'
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.credits import in_picture_credit
from toolkit.nlp.entities import TITLE_WORDS, EntityIndex
from toolkit.nlp.lexicon import NAME_LABELS, NAME_PARTICLES, PERSON_TITLES
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.syntax import ROLE_WORDS, doc_subtree
from toolkit.nlp.titles import name_by_title
from toolkit.nlp.writer_lines import writers_tokens

# Words of rank or office written in front of a name: "Cardinal Marc Ouellet" is Marc Ouellet,
# "Sheriff Lee" the Kerry Lee named before.
HONORIFICS = TITLE_WORDS | PERSON_TITLES | ROLE_WORDS | frozenset("""cardinal archbishop bishop rabbi imam reverend
    rev father sister sheriff lord sir dame baroness baron inspector sergeant constable detective superintendent
    mp mep msp assemblymember councilmember premier chancellor provost rector pastor""".split())
# Titles that are part of how a pope or monarch is named ("Pope Francis", "King Charles").
_REGNAL = frozenset("pope king queen prince princess emperor empress sultan".split())
# Letters after a name that are not part of it ("Kama Melly QC").
_POSTNOMINALS = frozenset("qc kc mp msp mep mbe obe cbe kbe dbe phd md esq".split())
# The first tokens of a page, where its byline stands (writer_lines.py reads no further).
_HEAD = 200


def name_run(token: Token) -> list[Token]:
    """A proper noun with the proper nouns compounded in front of it ("Pradeep Khosla"), without
    titles ("County sheriff Kerry Lee" gives Kerry Lee)."""
    run = [token]
    for left in reversed([c for c in token.children if c.dep_ == "compound" and c.i < token.i]):
        if left.i != run[0].i - 1 or left.pos_ != "PROPN" or left.lower_.strip(".") in HONORIFICS:
            break
        run.insert(0, left)
    return run


def untagged_name(token: Token) -> str | None:
    """A capitalised proper noun the model left without an entity tag, as a name: the subject
    of a speech verb ("Khosla talked of …"), or a name in apposition to a role ("University of
    California, San Diego's chancellor, Pradeep Khosla")."""
    # "Day said" with "Day" taken for a date is still the surname of Doris Day
    if (token.pos_ != "PROPN" or token.ent_type_ in NAME_LABELS or not token.is_title
            or token.lower_ in HONORIFICS):
        return None
    if any(c.dep_ == "det" for c in token.children):
        return None  # "the Pope", "the Vatican": a description, not a name
    run = name_run(token)
    if any(t.ent_type_ in NAME_LABELS or not t.is_title for t in run) or len(run) > 4:
        return None
    return " ".join(t.text for t in run)


def apposed_person(phrase: list[Token]) -> str | None:
    """A person's name in apposition to a noun of the subject phrase: "X's chancellor, Pradeep
    Khosla" speaks, not the university that employs him."""
    for t in phrase:
        if t.dep_ == "appos" and t.head.pos_ == "NOUN" and (t.ent_type_ == "PERSON" or not t.ent_type_):
            run = name_run(t)
            if len(run) >= 2 and all(w.pos_ == "PROPN" and w.is_title for w in run):
                return " ".join(w.text for w in run)
    return None


def group_subject_before(pronoun: Token, index: EntityIndex, sentences: int = 2) -> str | None:
    """The first person of a subject that names two people or more, in the pronoun's sentence
    before it or in the ``sentences`` sentences before."""
    doc, sent = pronoun.doc, pronoun.sent
    spans = [doc[sent.start : pronoun.i]]
    while len(spans) <= sentences and spans[-1].start > 0:
        spans.append(doc[spans[-1].start - 1].sent)
    for span in spans:
        for token in span:
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            people = [name_by_title(index, e) or index.canonical(e.text, "PERSON")
                      for e in person_ents(doc_subtree(token))]
            people = [p for p in people if p and index.label_of.get(p) == "PERSON"]
            if len(set(people)) >= 2:
                return people[0]
    return None


def person_ents(tokens: list[Token]) -> list[Span]:
    found = []
    for t in tokens:
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
            end = t.i + 1
            while end < len(t.doc) and t.doc[end].ent_iob_ == "I":
                end += 1
            found.append(t.doc[t.i : end])
    return found


class FullNames:
    """Completes a speaker named by surname or title alone to the full name the text gave
    before: news names a person in full once ("County sheriff Kerry Lee told the BBC …") and
    later by surname ("Sheriff Lee said …", "“…,” Mugabe declared"); of two people of one
    surname, the one introduced first."""

    def __init__(self, doc: Doc, index: EntityIndex, inside: set[int]):
        self.doc, self.index, self.inside = doc, index, inside
        self._by_last: dict[str, list[tuple[int, str]]] | None = None

    def _introduced(self) -> dict[str, list[tuple[int, str]]]:
        if self._by_last is None:  # built on the first quotation that needs it
            doc, self._by_last = self.doc, {}
            writers = None
            # (name words are proper nouns: those are found in one array, not token by token)
            for t in (doc[i] for i in np.flatnonzero(doc.to_array(POS) == doc.vocab.strings["PROPN"]).tolist()):
                if not name_word(t) or t.i in self.inside or (t.i + 1 < len(doc) and name_word(doc[t.i + 1])
                                                                and t.whitespace_ == " "):
                    continue  # not the last word of a run of names
                run = [t]
                while (run[0].i > 0 and name_word(self.doc[run[0].i - 1]) and self.doc[run[0].i - 1].whitespace_ == " "
                       and self.doc[run[0].i - 1].lower_.strip(".") not in HONORIFICS
                       # a name the model tagged ends its run ("Represenative Adam Schiff")
                       and not (t.ent_type_ == "PERSON" and run[0].ent_iob_ == "B")
                       and self.doc[run[0].i - 1].ent_type_ in ("", "PERSON")  # "… Committee" is not a name's
                       and not _ends_a_title_phrase(self.doc[run[0].i - 1])):
                    run.insert(0, self.doc[run[0].i - 1])
                    # a hyphenated given name is one word of the name ("Tak-Sing Wong")
                    while (run[0].i > 1 and self.doc[run[0].i - 1].text in "-‑" and not self.doc[run[0].i - 1].whitespace_
                           and not self.doc[run[0].i - 2].whitespace_ and self.doc[run[0].i - 2].is_title):
                        run[0:0] = [self.doc[run[0].i - 2], self.doc[run[0].i - 1]]
                # middle initials are not part of the canonical name ("Donald J. Trump")
                words = "".join(w.text_with_ws for w in run if not (len(w.text) == 2 and w.text.endswith("."))).split()
                words = words or [t.text]
                # the shortest ending the index knows as a person ("Adam Schiff"), else the whole run
                known = (self.index.canonical(" ".join(words[k:]), "PERSON") for k in range(len(words) - 1))
                known = next((n for n in known if n and self.index.label_of.get(n) == "PERSON"
                              and n.split()[-1] == t.text and " " in n), None)
                words = known.split() if known else words
                if len(words) >= 2 and t.ent_type_ in ("", "PERSON") and not in_picture_credit(
                        doc_text(doc), run[0].idx, t.idx + len(t)) and (  # a photographer is no figure of the story
                        t.i >= _HEAD or t.i not in (writers if writers is not None else (writers := writers_tokens(doc)))):
                    # nor is the writer of the byline ("Alexander Martin" ⏎ "June 4th, 2024", writer_lines.py)
                    # (doc_text: joined once per Doc, not once per name as Doc.text is; long transcripts have many)
                    self._by_last.setdefault(t.text, []).append((t.i, " ".join(words), t.ent_type_ == "PERSON"))
        return self._by_last

    def full(self, name: str | None, before: int) -> str | None:
        """``name`` (a speaker) as the full name introduced before token ``before``."""
        if not name:
            return name
        words = name.split()
        while len(words) > 2 and words[-1].lower().strip(".") in _POSTNOMINALS:
            words.pop()  # "Kama Melly QC", whatever label the model gave the name with its letters
        person = self.index.label_of.get(name, "PERSON") == "PERSON"
        if not person and (len(words) > 1 or len(words) < len(name.split())):
            return " ".join(words)
        titles = []
        while len(words) > 1 and words[0].lower().strip(".") in HONORIFICS:
            titles.append(words.pop(0))
        if titles and titles[-1].lower() in _REGNAL and (len(words) == 1 or re.fullmatch(r"[IVX]+", words[-1])):
            return " ".join([titles[-1]] + words)  # "Pope Francis", "Queen Elizabeth II": the name itself
        if len(words) >= 2 and all(w.lower() in NAME_PARTICLES for w in words[:-1]):
            # "De La Fuente", "von der Leyen": a surname with its particles, named in full before
            # ("Rocky De La Fuente"); the particles are part of the surname, not a given name.
            tail = " ".join(words)
            found = [full for at, full, tagged in self._introduced().get(words[-1], [])
                     if at < before and full.endswith(" " + tail)]
            return found[0] if found else tail
        if len(words) >= 2:
            return " ".join(words)
        # a surname the model took for something else ("Mendez" as an organisation) only
        # when the full name before was tagged as a person's
        found = [(at, full) for at, full, tagged in self._introduced().get(words[0], []) if at < before
                 and (person or tagged)]
        if not found and len(words[0]) >= 5:
            # A transliteration the report spells two ways ("Yahya Sarea said …" then "Saree
            # said"): a surname one letter off the surname of a person named in full before.
            found = sorted((at, full) for last, named in self._introduced().items() if _one_edit(last, words[0])
                           for at, full, tagged in named if at < before and tagged)
        if found:
            # the first one introduced: a report calls its main person by surname and the
            # relatives introduced later by first name ("Tony Mendez" … "his wife Jonna")
            full = found[0][1]
            canonical = self.index.canonical(full, "PERSON")
            return canonical if canonical and canonical.split()[-1] == words[0] and " " in canonical else full
        for t in self.doc[1:before] if person else ():
            if t.text == words[0] and self.doc[t.i - 1].lower_ in _REGNAL:
                return f"{self.doc[t.i - 1].text} {t.text}"  # "Pope Francis", named so
        return name


def _ends_a_title_phrase(token: Token) -> bool:
    """Whether a capitalised word before a name closes the phrase of a long title instead of opening the name:
    "Special Presidential Envoy on Foreign Investment and Economic Cooperation Kirill Dmitriev", where
    "Cooperation" is a conjunct of "Investment", the object of the title's "on". A given name hangs on the
    surname after it; a word that hangs on one before it as a conjunct or an object belongs to that phrase."""
    return token.dep_ in ("conj", "pobj", "dobj", "appos") and token.head.i < token.i


def _one_edit(a: str, b: str) -> bool:
    """Two different long surnames one substitution, insertion or deletion apart, same initial."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def name_word(token: Token) -> bool:
    """A word of a person's name: capitalised ("Kerry"), a particle ("von"), an initial ("J.")
    or initials ("JD Vance")."""
    if token.pos_ != "PROPN":
        return False
    word = token.text
    return (token.is_alpha and (token.is_title or token.lower_ in NAME_PARTICLES or (word.isupper() and len(word) <= 2))) or (
        len(word) == 2 and word[0].isupper() and word[1] == ".")
