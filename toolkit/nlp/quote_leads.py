"""Who introduces a quotation from outside its own sentence.

When the quotation's sentence names nobody, its speaker may be named around it:

- a name right before a colon ("Secretary Rubio: “…”"), with a role in brackets or without;
- a clause ending in a colon or a comma ("In his message, he appreciated …: “…”");
- the sentence before, when it reports speech and quotes nothing ("X also criticized the
  decision via Twitter. “…”");
- the line above a quotation that is a paragraph of its own: a heading or an introduction
  ending in a colon; and a transcript's turn labels ("PRESIDENT TRUMP: …").

:mod:`toolkit.nlp.quotes` tries these after the quotation's own sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span

from toolkit.nlp.attribution import author_of, names_nobody, speaker_of_subject, speaking_name
from toolkit.nlp.entities import TITLE_WORDS, EntityIndex
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.office_labels import label_name, office_holder, office_words
from toolkit.nlp.quotation_marks import OPENING, is_quoting_verb
from toolkit.nlp.quote_frames import speech_verb
from toolkit.nlp.run_in_heads import turn_label_is_head
from toolkit.nlp.person_resolver import PersonResolver
from toolkit.nlp.syntax import named_in, subject_candidates

# A third person in a turn's words: "Why hasn't he used it?"
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)


def colon_lead(doc: Doc, quote_open: int, index: EntityIndex, text: str | None = None) -> str | None:
    """"Secretary Rubio: “…”" and "Fox News' Bret Baier: “…”": a name right before a colon."""
    text = doc_text(doc) if text is None else text
    j = quote_open - 2
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] not in ":—–-":
        return None
    line_start = text.rfind("\n", 0, j) + 1
    if text[j - 1] == ")" and "(" in text[line_start : j - 1]:
        # "Tyler VanRee (Vice President): “…”": the role in brackets follows the name
        j = text.rindex("(", line_start, j - 1)
        while j > line_start and text[j - 1] in " \t":
            j -= 1
    lead = doc.char_span(line_start, j, alignment_mode="contract")
    if lead is None or len(lead) > 25:
        return None
    head = lead.root
    if names_nobody(head, index):
        return None  # "Unnamed Democrat Senator: “…”"
    if lead[0].lower_ in ("on", "about", "regarding"):
        return None  # "On Iran’s nuclear program: “…”": a topic, not who speaks
    named = speaking_name(lead, index)
    if named:
        return named
    # The model missed the name: take the run of capitalised words right before the colon
    # ("Director of National Intelligence Tulsi Gabbard:").
    run = []
    for token in reversed(lead):
        # "VanRee", "McArthur", "DeSantis": a capital inside a name still makes it one
        if not token.text[:1].isupper() or token.is_punct:
            break
        run.insert(0, token.text)
    if run and all(w.isupper() for w in run):
        return None  # a heading in capitals ("PROMISE MADE: “…”"); a transcript's turns are read apart
    words = [w for w in run if w.lower() not in TITLE_WORDS]
    if 2 <= len(words[-3:]) <= 3:
        name = " ".join(words[-3:])
        return index.canonical(name) or name
    return None


_TURN_LABEL = re.compile(r"([A-Z][A-Z.'’ -]{1,60}):\s")
# A reporter's turn as White House transcripts print it, a bare "Q" and no colon ("Q Mr. President, did …"), or with
# one ("Q: …"), or broken off ("Q — at home don’t understand."): someone unnamed speaks, not the speaker before.
_REPORTERS_TURN = re.compile(r"Q:?[ \t]+[\"“‘'(A-Z—–-]")


class Paragraphs:
    """Paragraph boundaries, transcript turns ("PRESIDENT TRUMP: …") and lead lines of a text."""

    def __init__(self, doc: Doc, index: EntityIndex, text: str | None = None, title: str | None = None):
        text = doc_text(doc) if text is None else text
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.text = text
        self.asked: list[tuple[int, bool]] = []  # each turn's start, and whether a reporter speaks it
        labels: list[str | None] = []  # each turn's label, None where nobody named speaks it
        for start in self.starts:
            match = _TURN_LABEL.match(text, start)
            if match:
                label = match.group(1).strip()
                speaks = label not in ("Q", "AUDIENCE") and not turn_label_is_head(text, start)
                # (a run-in head, "BIRTHDAYS: No one we know of.", is no one's turn: the paragraph is the publication's)
                labels.append(label if speaks else None)
                self.asked.append((start, False))
            elif labels and _REPORTERS_TURN.match(text, start):
                labels.append(None)  # (only in a transcript: a turn was marked before)
                self.asked.append((start, True))
        single = [label for label in labels if label is not None]
        if len(single) == 1 and office_words(single[0]) is None and label_name(single[0]) is None \
                and not (index.label(single[0].title()) == "PERSON" and single[0].title() in text):
            # one label that names no person is no transcript: a headline's or a paragraph's run-in head ("NCAA:
            # Ohio State must …", "LIKELY FOE: Saints suffer …"), never a speaker whose turn runs to the story's end
            labels, self.asked = [], []
        self.turn_starts = [s for s, _ in self.asked]
        spans = list(zip(self.turn_starts, self.turn_starts[1:] + [len(text)], labels))
        asked = [(s, e) for (s, e, _), (_, reporter) in zip(spans, self.asked) if reporter]
        names: dict[str, str | None] = {}
        for label in labels:
            if label is not None and label not in names:
                own = [(s, e) for s, e, other in spans if other == label]
                names[label] = index.canonical(label.title()) or office_holder(label, doc, index, own, asked, title) \
                    or label_name(label)
        self.turns: list[tuple[int, str | None]] = [(s, names.get(label) if label is not None else None)
                                                    for s, label in zip(self.turn_starts, labels)]

    def start_of(self, offset: int) -> int:
        return self.starts[bisect_right(self.starts, offset) - 1]

    def previous_start(self, start: int) -> int:
        """The start of the last non-empty paragraph before the one starting at ``start``."""
        i = bisect_right(self.starts, start) - 1
        while i > 0:
            i -= 1
            if self.line(self.starts[i]).strip():
                return self.starts[i]
        return -1

    def line(self, start: int) -> str:
        end = self.text.find("\n", start)
        return self.text[start : len(self.text) if end < 0 else end]

    def reporters_turn(self, offset: int) -> bool:
        """Whether ``offset`` lies in a reporter's turn of a transcript ("Q Mr. President, …")."""
        i = bisect_right(self.asked, (offset, True)) - 1
        return i >= 0 and self.asked[i][1]

    def turn_speaker(self, offset: int) -> str | None:
        i = bisect_right(self.turn_starts, offset) - 1
        return self.turns[i][1] if i >= 0 else None

    def turn_parties(self, offset: int) -> frozenset[str]:
        """The speakers of the turn at ``offset`` and of the last turn before it by someone else: the two parties of
        an interview's exchange, whom a "he" in either's words does not mean (round wire34c)."""
        i = bisect_right(self.turn_starts, offset) - 1
        if i < 0 or self.turns[i][1] is None:
            return frozenset()
        parties = {self.turns[i][1]}
        before = next(((k, name) for k, (_, name) in reversed(list(enumerate(self.turns[:i])))
                       if name is not None and name not in parties), None)
        if before is None:
            return frozenset(parties)
        k, name = before
        asked = self.text[self.turns[k][0] : self.turns[k + 1][0]]
        # the one answered is left out only when their own words spoke of a third person ("TAPPER: … Why hasn't he
        # used it?"); in a ceremony or a briefing the parties speak of each other in the third person ("RUTTE:
        # Absolutely." ⏎ "TRUMP: … We had to support him"; a cabinet member asked "Would you just say a couple of
        # words?" speaks of "the inflation that he talked about")
        return frozenset(parties | {name}) if _THIRD_PERSON.search(asked) else frozenset(parties)

    def lead_lines(self, offset: int):
        """Non-empty paragraphs before ``offset``, nearest first, stopping at a turn label."""
        i = bisect_right(self.starts, offset) - 1
        while i > 0:
            i -= 1
            line = self.line(self.starts[i]).strip()
            if line:
                yield self.starts[i], line


def lead_speaker(doc: Doc, paragraphs: Paragraphs, quote_start: int, index: EntityIndex,
                  resolver: PersonResolver, inside: set[int]) -> tuple[str | None, str | None]:
    """A quotation that is a paragraph of its own takes its speaker from the lead above it: a
    heading ("Secretary of State Marco Rubio on Meet the Press") or an introduction ending in a
    colon ("Here are highlights from President Trump’s speech:"), skipping sibling quotations."""
    own = paragraphs.start_of(quote_start)
    if paragraphs.text[own : quote_start - 1].strip():
        return None, None  # the quotation does not open its paragraph
    for start, line in paragraphs.lead_lines(quote_start):
        if line[0] in OPENING:
            continue  # another quotation of the same series
        is_heading = len(line.split()) <= 14 and line[-1] not in ".!?”\""
        if not (line.endswith(":") or is_heading):
            return None, None
        lead = doc.char_span(start, start + len(line), alignment_mode="contract")
        if lead is None:
            return None, None
        verb = speech_verb(list(lead), [lead[-1]], inside)
        if verb is not None:
            for subject in subject_candidates(verb):
                speaker = speaker_of_subject(subject, index, resolver)
                if speaker:
                    return speaker, verb.text
        if line.endswith(":") and not is_heading:
            # "Richardson had his own opinion on the matter. He provided Wikinews with the text of
            # a message he sent to …:": the clause that ends in the colon says whose words follow
            # (its subject, or the author of the message it names), not the paragraph's first name.
            colon = paragraphs.text.rindex(":", start, quote_start)
            speaker, cue = colon_clause(doc, colon + 2, paragraphs.text, start, index, resolver, inside)
            if speaker:
                return speaker, cue
        named = named_in(lead, index)
        if is_heading and named and index.label_of.get(named) not in ("PERSON", "ORG"):
            # A heading names who speaks when it names a person or a body ("Secretary Rubio on
            # Meet the Press"); a place in it is where the story is ("The future of the peace
            # process in Israel" over an interview's pull quote).
            return None, None
        return named, "heading" if is_heading else ":"
    return None, None


def previous_sentence_speaker(doc: Doc, sent: Span, text: str, para: int, index: EntityIndex,
                               resolver: PersonResolver, inside: set[int]) -> tuple[str | None, str | None]:
    """A quotation in a sentence of its own after "X also criticized the decision via Twitter.":
    the sentence before (in the paragraph, or ending the paragraph before when the quotation
    opens its own) reports speech and quotes nothing, so the quotation is X's."""
    before = doc[sent.start - 1].sent
    root = before.root
    if before.end_char <= para:  # the quotation opens its paragraph: the last sentence of the one before
        if text[para : sent.start_char].strip("“\" \n"):
            return None, None
        part_start = text.rfind("\n", 0, max(0, para - 1)) + 1
        while text[part_start:para].strip() == "" and part_start > 0:
            part_start = text.rfind("\n", 0, part_start - 1) + 1
    else:
        part_start = para
    # only that paragraph's part of a sentence the parser ran across a paragraph break
    part = [t for t in before if t.idx >= part_start]
    if not part or root.idx < part_start or root.i in inside or any(t.i in inside for t in part):
        return None, None  # a quotation of its own: not followed by another's words
    if is_quoting_verb(root):
        verbs = [root]
    else:
        # "John Rhys-Davies broke news when he revealed that …": a speech verb in a clause of
        # the main verb (not in a relative clause, which only describes somebody).
        verbs = [t for t in part if is_quoting_verb(t) and t.pos_ == "VERB" and t.dep_ in ("advcl", "conj")
                 and t.head.i == root.i][:1]
    for verb in verbs:
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return None, None  # a passive ("X was called out"): not X's words
        for subject in subject_candidates(verb):
            speaker = speaker_of_subject(subject, index, resolver)
            if speaker:
                return speaker, verb.text
    return None, None


def colon_clause(doc: Doc, quote_open: int, text: str, para: int, index: EntityIndex, resolver: PersonResolver,
                  inside: set[int]) -> tuple[str | None, str | None]:
    """"In his message, he appreciated Soleimani's lifepath: “…”": a clause ending in a colon
    (or in a comma before a whole quoted sentence) introduces its subject's words, whatever its verb."""
    j = quote_open - 2
    while j >= para and text[j] in " \t":
        j -= 1
    if j <= para or text[j] not in ":,":
        return None, None
    if text[j] == "," and not text[quote_open:quote_open + 1].isupper():
        # "X also reacted on Twitter, “Sad news …”": a comma introduces a whole sentence of
        # words as a colon does; a fragment after a comma ("…, “a disaster”") is no such turn.
        return None, None
    colon = doc.char_span(j, j + 1, alignment_mode="expand")
    if colon is None or colon.start == 0:
        return None, None
    # the main verb of the clause before the colon, else the verb nearest the colon
    root = doc[colon.start - 1].sent.root
    verb = root if root.i < colon.start and root.idx >= para else doc[colon.start - 1]
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i in inside or verb.idx < para:
        return None, None
    # "The palace issued the following statement from the king: “…”": the statement's author.
    for noun in (t for t in verb.subtree if t.pos_ == "NOUN" and t.i < colon.start and t.i not in inside):
        author = author_of(noun, index, resolver)
        if author:
            return author, ":"
    for subject in subject_candidates(verb):
        if subject.i in inside or subject.idx < para:
            break
        speaker = speaker_of_subject(subject, index, resolver)
        if speaker:
            return speaker, ":"
    return None, None


def opens_paragraph(text: str, para: int, quote_start: int) -> bool:
    return not text[para : quote_start - 1].strip()


def opens_sentence(text: str, para: int, quote_start: int) -> bool:
    """Whether the quotation opened at ``quote_start`` (its first character inside the mark)
    begins a sentence: nothing before its mark in the paragraph, or the end of a sentence."""
    j = quote_start - 2
    while j >= para and text[j].isspace():
        j -= 1
    return j < para or text[j] in ".!?:;”\"’"
