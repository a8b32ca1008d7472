"""Direct quotations and who said them.

Finding quotations is done on the characters (quotation marks are unambiguous enough
for news text and the parser often splits a quotation into several sentences);
attributing them is done on the dependency parse:

1. the reporting verb that governs the quotation ("said", "warned", "described … as"),
   or failing that the nearest one in the same sentence; its subject is the speaker, and
   participles without a subject ("…, saying “…”") take their head verb's subject;
2. "according to X", and colon lead-ins with or without a verb ("Secretary Rubio: “…”");
3. a pronoun or a definite description ("he", "the president") resolves to the nearest
   fitting named person before it, preferring grammatical subjects (who a subject, agent or
   author names is :mod:`toolkit.nlp.attribution`);
4. a quotation with no attribution of its own continues the previous quotation of the
   paragraph, or takes the attribution of an introducing sentence ending in a colon;
5. a speaker named by surname or title alone ("Sheriff Lee", "Mugabe") is the full name the
   report introduced before (:mod:`toolkit.nlp.speaker_names`).

Titles, names and terms in quotation marks ("the designation “2019-nCoV”", "a process called
“exfiltration”") are not quotations.

Example:
    >>> [(q.text, q.speaker) for q in direct_quotations(doc, index=entity_index)]  # doctest: +SKIP
    [('very soon,', 'Donald Trump'), ...]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from toolkit.nlp.attribution import (STATEMENT_NOUNS, author_of, authored, names_nobody, only_places_name,
                                     speaker_of_subject, speaking_name)
from toolkit.nlp.entities import TITLE_WORDS, EntityIndex
from toolkit.nlp.quotation_marks import (NAMING_VERBS, OPENING, is_quoting_verb, is_title_or_term, names_a_term,
                                         quotation_spans, title_like, tokens_inside)
from toolkit.nlp.quote_frames import characteriser, first_person, names_its_source, subject_of_frame
from toolkit.nlp.speaker_names import FullNames, person_ents, untagged_name
from toolkit.nlp.syntax import PersonResolver, doc_subtree, named_in, subject_candidates


@dataclass(frozen=True)
class Quote:
    """A direct quotation: ``text`` is exactly the characters between its marks."""

    text: str
    speaker: str | None
    cue: str | None
    start: int
    end: int
    sent_start: int
    sent_end: int
    unterminated: bool = False


# Speech verbs whose object is who heard the words ("told Reuters"), never who said them.
_ADDRESSEE_VERBS = frozenset("tell inform assure ask thank urge warn advise brief remind".split())

# Speech verbs whose passive's agent said the words ("was described as “…” by the police");
# not "the issue should be decided by Congress".
_PASSIVE_SPEECH = frozenset("""describe characterize characterise call label dub brand term praise hail criticize
    criticise condemn denounce slam blast accuse quote cite say tell write tweet post announce declare
    proclaim""".split())


# Verbs whose subject may be a thing that shows rather than says ("the data suggested …").
_EVIDENCE_VERBS = frozenset("suggest show indicate reveal signal prove demonstrate imply mean".split())


def _speech_verb(tokens: list[Token], quote_tokens: list[Token], inside: set[int]) -> Token | None:
    """The reporting verb of a quotation: an ancestor outside the quotes, else the nearest."""
    outside = [t for t in tokens if t.i not in inside]
    candidates = [t for t in outside if is_quoting_verb(t) and t.pos_ in ("VERB", "AUX")]
    if not candidates:
        return None
    for t in quote_tokens:
        # The nearest speech verb up the tree, also above a clause of another verb ("said it
        # was given “assurances …”"): a reporting verb governs everything under it.
        for ancestor in t.ancestors:
            if ancestor.i not in inside and ancestor in candidates:
                return ancestor
            if ancestor.i not in inside and ancestor.pos_ in ("VERB", "AUX"):
                # "X went on to say he … because they had “…”": the parser hangs the clause from
                # "went"; the speech verb is the one it controls ("go on to say", "continue to add").
                said = [c for c in ancestor.children if c.dep_ in ("xcomp", "advcl") and c in candidates
                        and c.i < quote_tokens[0].i and any(a.lower_ == "to" for a in c.children)]
                if said:
                    return said[0]
    q0, q1 = quote_tokens[0].i, quote_tokens[-1].i
    # "X commented on the matter — which the BBC noted as unusual — “…”": a relative clause
    # describes; its verb does not introduce the words when another speech verb can.
    doc = quote_tokens[0].doc
    framing = [t for t in candidates if not (
        (t.dep_ == "relcl" or any(c.tag_ in ("WDT", "WP") and c.i < t.i for c in t.children))
        and any(doc[k].text in ("—", "–", ")") for k in range(t.i + 1, q0)))] or candidates
    return min(framing, key=lambda t: min(abs(t.i - q0), abs(t.i - q1)))


def _according_to(tokens: list[Token], index: EntityIndex) -> str | None:
    for t in tokens:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            objects = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            if objects and only_places_name(objects[0], index):
                return None  # "according to the U.S. embassy in Beijing": not Beijing's words
            if objects:
                named = named_in(doc_subtree(objects[0]), index)
                if named is None and objects[0].lemma_.lower() in STATEMENT_NOUNS:
                    # "according to a statement released by Erdogan's office"
                    agents = [c for c in objects[0].subtree if c.dep_ == "pobj" and c.head.lower_ == "by"]
                    named = named_in(doc_subtree(agents[0]), index) if agents else None
                return None if index.label_of.get(named) == "NORP" else named  # a people never speaks as one
    return None


def _colon_lead(doc: Doc, quote_open: int, index: EntityIndex, text: str | None = None) -> str | None:
    """"Secretary Rubio: “…”" and "Fox News' Bret Baier: “…”": a name right before a colon."""
    text = doc.text if text is None else text
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


class _Paragraphs:
    """Paragraph boundaries, transcript turns ("PRESIDENT TRUMP: …") and lead lines of a text."""

    def __init__(self, doc: Doc, index: EntityIndex, text: str | None = None):
        text = doc.text if text is None else text
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.text = text
        self.turns: list[tuple[int, str | None]] = []
        for start in self.starts:
            match = _TURN_LABEL.match(text, start)
            if match:
                label = match.group(1).strip()
                self.turns.append((start, index.canonical(label.title()) if label not in ("Q", "AUDIENCE") else None))

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

    def turn_speaker(self, offset: int) -> str | None:
        i = bisect_right([s for s, _ in self.turns], offset) - 1
        return self.turns[i][1] if i >= 0 else None

    def lead_lines(self, offset: int):
        """Non-empty paragraphs before ``offset``, nearest first, stopping at a turn label."""
        i = bisect_right(self.starts, offset) - 1
        while i > 0:
            i -= 1
            line = self.line(self.starts[i]).strip()
            if line:
                yield self.starts[i], line


def _lead_speaker(doc: Doc, paragraphs: _Paragraphs, quote_start: int, index: EntityIndex,
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
        verb = _speech_verb(list(lead), [lead[-1]], inside)
        if verb is not None:
            for subject in subject_candidates(verb):
                speaker = speaker_of_subject(subject, index, resolver)
                if speaker:
                    return speaker, verb.text
        return named_in(lead, index), "heading" if is_heading else ":"
    return None, None


def direct_quotations(doc: Doc, *, index: EntityIndex, resolver: PersonResolver | None = None,
                      text: str | None = None) -> Iterator[Quote]:
    """Yield every direct quotation of a parsed document with its speaker.

    Args:
        doc: a parsed spaCy ``Doc``.
        index: the set's :class:`~toolkit.nlp.entities.EntityIndex`, for canonical names.
        resolver: a :class:`~toolkit.nlp.syntax.PersonResolver` for the document, to share
            with the event extractor (built here when not given).
        text: ``doc.text``, when the caller has it (spaCy rebuilds it token by token).

    Offsets are relative to ``doc.text``; ``speaker`` is a canonical name or None.
    """
    text = doc.text if text is None else text
    spans = quotation_spans(text)
    inside = tokens_inside(doc, spans, len(text))
    paragraphs = _Paragraphs(doc, index, text)
    resolver = resolver or PersonResolver(doc, index, inside)
    resolver.turn_speaker = paragraphs.turn_speaker
    names = FullNames(doc, index, inside)
    previous: Quote | None = None
    previous_para = -1
    for s in spans:
        quote_span = doc.char_span(s.start, s.end, alignment_mode="expand")
        if quote_span is None or not len(quote_span):
            continue
        para = paragraphs.start_of(s.start)
        first_sent = doc[quote_span.start].sent
        last_sent = doc[quote_span.end - 1].sent
        frame = list(doc[first_sent.start : last_sent.end])
        nxt = last_sent.end
        if (nxt < len(doc) and text[s.end : doc[nxt].idx].strip(" ,.!?”\"'’") == "" and "\n" not in text[s.end : doc[nxt].idx]
                and not text[s.start : s.end].rstrip().endswith(".")
                and "." not in text[s.end : doc[nxt].idx]):  # “…”. A new sentence: not the quotation's frame
            frame += list(doc[nxt : doc[nxt].sent.end])  # “…,” he said. split into its own sentence
        # A sentence the parser ran across a paragraph break: only the quotation's paragraph counts.
        para_end = text.find("\n", s.end)
        para_end = len(text) if para_end < 0 else para_end
        frame = [t for t in frame if para <= t.idx < para_end]
        if is_title_or_term(text, s):
            continue  # the name of a show, an act or an order, or a term being defined
        # A term ("the term “subject to”") is not listed either, but it is attributed: the words
        # quoted after it in the paragraph ("… “complete jurisdiction”") go on with its writer.
        term = names_a_term(text, s, quote_span)
        speaker, cue = _attribute(doc, frame, quote_span, index, resolver, inside)
        if speaker is None and cue is None and first_person(quote_span):
            speaker, cue = subject_of_frame(frame, quote_span, index, resolver, inside)
        if speaker is None and cue is None:
            speaker, cue = characteriser(quote_span, index, resolver, inside)
        if speaker is None and cue is None:
            lead = _colon_lead(doc, s.start, index, text)
            if lead:
                speaker, cue = lead, ":"
        if speaker is None and cue is None:
            speaker, cue = _colon_clause(doc, s.start, text, para, index, resolver, inside)
        if cue == ":" and speaker and names_its_source(quote_span, inside):
            # "Trump approved … sales to Ukraine in 2017: “The new arms include …, U.S.
            # officials said.”": a passage of a report, which names its own source inside;
            # the one named before the colon did the deed, not the saying.
            speaker = None
        if speaker is None and cue is None and previous is not None and (
                s.continues or (para == previous_para and not resolver.other_subject_between(
                    previous.end, s.start, previous.speaker))
                or (para > previous_para and _opens_paragraph(text, para, s.start)
                    and paragraphs.start_of(previous.end) == paragraphs.previous_start(para)
                    and not resolver.other_person_between(previous.end, s.start, previous.speaker))):
            # A quotation that opens the paragraph after a speaker's quotation goes on with
            # that speaker, unless somebody else is named in between; in the same paragraph,
            # unless somebody else is the subject of a sentence in between.
            speaker, cue = previous.speaker, previous.cue
        if speaker is None and cue is None and first_sent.start > 0:
            speaker, cue = _previous_sentence_speaker(doc, first_sent, text, para, index, resolver, inside)
        if speaker is None and cue is None:
            speaker, cue = _lead_speaker(doc, paragraphs, s.start, index, resolver, inside)
        if title_like(text[s.start : s.end]) and not _opens_paragraph(text, para, s.start) and (
                speaker is None or not _governed(quote_span, cue, inside)):
            # A name in quotation marks that nobody says ("Super Tuesday", "Hurricane Hunters"),
            # or one that the sentence's speech verb does not govern.
            continue
        quote = Quote(text[s.start : s.end], speaker, cue, s.start, s.end, first_sent.start_char,
                      max(last_sent.end_char, s.end), s.unterminated)
        # The next quotation and the resolver compare the speaker with the names of the text
        # ("Johnson said … “…”"), so they keep it as found; the record gets the full name.
        if term and speaker is None:
            continue
        previous, previous_para = quote, para
        if speaker:
            resolver.last_speaker = (speaker, quote_span.end)
            quote = replace(quote, speaker=names.full(speaker, last_sent.end))
        if not term:
            yield quote


def _previous_sentence_speaker(doc: Doc, sent: Span, text: str, para: int, index: EntityIndex,
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


def _colon_clause(doc: Doc, quote_open: int, text: str, para: int, index: EntityIndex, resolver: PersonResolver,
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


# Verbs that give their object a description ("called the process “a coup”").
_CHARACTERISING = frozenset("call label dub brand term describe characterize characterise refer".split())


def _governed(quote_span: Span, cue: str | None, inside: set[int]) -> bool:
    """Whether a verb outside the quotation spelt ``cue`` governs it (its words are what was said)."""
    for t in quote_span:
        for ancestor in t.ancestors:
            if ancestor.i not in inside and ancestor.pos_ == "ADP" and (
                    ancestor.lower_ == "as" or ancestor.head.lemma_.lower() in _CHARACTERISING):
                # "referred to the vote as “The Impeachment Hoax”", "calling the investigation
                # into Trump “Soviet-style”" (the parser hangs the words on the preposition): the
                # preposition only introduces the complement of the verb above it.
                continue
            if ancestor.i not in inside:
                # "a program called “Learning Together”" names; it does not quote
                naming = ancestor.lemma_.lower() in ("call", "name", "dub", "title", "label", "term", "know") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in ancestor.children)
                return ancestor.text == cue and is_quoting_verb(ancestor) and not naming
    return False


def _opens_paragraph(text: str, para: int, quote_start: int) -> bool:
    return not text[para : quote_start - 1].strip()


def _attribute(doc: Doc, frame: list[Token], quote_span: Span, index: EntityIndex, resolver: PersonResolver,
               inside: set[int]) -> tuple[str | None, str | None]:
    """Speaker and cue from the quotation's own sentence: reporting verb, then "according to"."""
    speaker, cue = None, None
    author = authored(quote_span, index, resolver, inside)
    if author:
        return author, "by"
    verb = _speech_verb(frame, list(quote_span), inside)
    if verb is not None and verb.i > 0 and verb.i - 1 in inside and quote_span.end <= verb.i:
        # Inverted order right after the quotation: “…” tweeted Mayor of London Sadiq Khan.
        for ent in doc[verb.i + 1 : min(len(doc), verb.i + 8)].ents:
            # a hyphen inside the title ("said study co-author Karen Alley") does not separate
            if ent.end < len(doc) and doc[ent.end].tag_ == "POS":
                continue  # “…” writes Huber's partner Erick Rowan: the possessor does not speak
            if ent.label_ == "PERSON" and not any(t.is_punct and t.text not in "-‑" for t in doc[verb.i + 1 : ent.start]):
                name = index.canonical(ent.text, "PERSON")
                if name:
                    return name, verb.text
    if (verb is not None and verb.lemma_.lower() in NAMING_VERBS and quote_span.start > verb.i
            and not any(c.dep_ in ("nsubj", "agent", "dobj") for c in verb.children)
            and ((verb.dep_ == "acl" and verb.head.pos_ != "PROPN" and not verb.head.ent_type_)  # not "Trump called …"
                 or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children))):
        # "a process called “exfiltration.”", "was called the “breadbasket” of southern Africa":
        # a name given, by nobody in particular; not the words of whoever the sentence is about.
        return None, verb.text
    if verb is not None:
        cue = verb.text
        subjects = [t for t in subject_candidates(verb) if t.i not in inside]  # never a subject in the quotation
        if subjects and subjects[0].head.i == verb.i:
            # The verb's own subject decides; do not climb past it. The parser may give it two
            # ("The judge presiding over the case, Bernard Schwartz, said"; "A member of the
            # Tunisian Parliament, Samir Dilou said"): the name in apposition goes first.
            subjects = [
                c for c in verb.children if c.dep_ == "nsubj" and c.i > subjects[0].i and c.i not in inside
                and subjects[0].ent_type_ not in ("ORDINAL", "CARDINAL")  # "The 14th Amendment": a modifier
                and (c.pos_ == "PROPN" or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children))][:1] + subjects[:1]
        agents = [c for c in verb.children if c.dep_ == "agent"]
        if not agents and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            # "was announced to be a “pandemic” by the WHO": the parser hangs the agent's "by" on
            # the quoted word (or the verb's complement) rather than on the passive verb.
            agents = [t for t in verb.subtree if t.lower_ == "by" and t.i not in inside and (
                t.head.i in inside or t.head.dep_ in ("xcomp", "oprd") and t.head.head.i == verb.i)]
        if agents and verb.lemma_.lower() in _PASSIVE_SPEECH and (
                verb.dep_ == "acl" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)):
            # A passive: "Amman, who was described as “knife-obsessed” by the police" are the
            # police's words ("a pattern described by Marine Bulletin as “…”" too); the passive
            # subject is who they are about, never the speaker.
            subjects = [c for c in agents[0].children if c.dep_ == "pobj"]
        for subject in subjects:
            speaker = speaker_of_subject(subject, index, resolver)
            if speaker:
                break
        if speaker is None and subjects and subjects[0].pos_ in ("NOUN", "PROPN") and verb.dep_ == "ccomp" \
                and verb.lemma_.lower() in _EVIDENCE_VERBS \
                and verb.head.i not in inside and is_quoting_verb(verb.head) and verb.head.pos_ == "VERB":
            # "One of the study's authors, herpetologist David Blackburn, told Discover Magazine the
            # frequency … suggested some deep pattern …: “…”": a thing "suggests" nothing aloud;
            # the words are those of whoever reports it, the subject of the framing speech verb.
            # Only verbs a thing can do: in "Trump alleged the media was claiming he had suffered
            # “mini-strokes”" the words are the media's, though the media is not named.
            for subject in (t for t in subject_candidates(verb.head) if t.i not in inside):
                speaker = speaker_of_subject(subject, index, resolver)
                if speaker:
                    cue = verb.head.text
                    break
        if not subjects:
            # A parse that hangs the quotation from the wrong verb ("Speaking to NBC News, she
            # said, “…”" with "said" under the quotation): another speech verb of the sentence
            # with a subject of its own.
            others = sorted((t for t in frame if t.i not in inside and t.i != verb.i and t.pos_ in ("VERB", "AUX")
                             and is_quoting_verb(t)), key=lambda t: abs(t.i - verb.i))
            for other in others:
                own = [c for c in other.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside]
                speaker = speaker_of_subject(own[0], index, resolver) if own else None
                if speaker:
                    return speaker, other.text
        if not subjects:
            agents = [c for c in verb.subtree if c.dep_ == "pobj" and c.head.lower_ == "by"]
            speaker = named_in(doc_subtree(agents[0]), index) if agents else None
            if speaker is None:
                # Inverted order: “…,” tweeted Mayor of London Sadiq Khan.
                after = [c for c in verb.rights if c.i not in inside and c.dep_ in ("dobj", "attr", "npadvmod", "dep", "nsubj", "appos", "oprd")]
                if verb.lemma_.lower() in _ADDRESSEE_VERBS:
                    after = [c for c in after if c.dep_ != "dobj"]  # "told Reuters": who heard it
                speaker = next((n for n in (speaking_name(doc_subtree(c), index) for c in after
                                            if not only_places_name(c, index)) if n), None)
            if speaker is None and verb.i not in inside:
                # A subject the parser hung elsewhere ("Calling it “…”, Anna Franowska of …, an
                # abuse victim support charity, told Reuters “…”"): the person named last before
                # the verb in its sentence, outside the quotations.
                people = person_ents([t for t in frame if t.i < verb.i and t.i not in inside])
                names = [index.canonical(e.text, "PERSON") for e in people]
                speaker = next((n for n in reversed(names) if n and index.label_of.get(n) == "PERSON"), None)
    if speaker is None:
        according = _according_to([t for t in frame if t.i not in inside], index)
        if according:
            return according, "according to"
    return speaker, cue
