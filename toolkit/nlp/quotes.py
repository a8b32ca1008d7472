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
   paragraph, or takes the attribution of an introducing sentence ending in a colon (the
   leads around a quotation are :mod:`toolkit.nlp.quote_leads`);
5. a speaker named by surname or title alone ("Sheriff Lee", "Mugabe") is the full name the
   report introduced before (:mod:`toolkit.nlp.speaker_names`).

Titles, names and terms in quotation marks ("the designation “2019-nCoV”", "a process called
“exfiltration”") are not quotations.

Example:
    >>> [(q.text, q.speaker) for q in direct_quotations(doc, index=entity_index)]  # doctest: +SKIP
    [('very soon,', 'Donald Trump'), ...]
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from toolkit.nlp.attribution import (STATEMENT_NOUNS, authored, only_places_name, speaker_of_subject,
                                     speaking_name)
from toolkit.nlp.entities import EntityIndex
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.quotation_marks import (NAMING_VERBS, is_quoting_verb, is_title_or_term, names_a_term,
                                         quotation_spans, title_like, tokens_inside)
from toolkit.nlp.quote_frames import characteriser, first_person, names_its_source, speech_verb, subject_of_frame
from toolkit.nlp.quote_leads import (Paragraphs, colon_clause, colon_lead, lead_speaker, opens_paragraph,
                                     opens_sentence, previous_sentence_speaker)
from toolkit.nlp.speaker_names import FullNames, person_ents
from toolkit.nlp.person_resolver import PersonResolver
from toolkit.nlp.syntax import doc_subtree, named_in, subject_candidates
from toolkit.nlp.titles import name_by_title
from toolkit.nlp.relays import cue_token, relayer
from toolkit.nlp.reporter_conjuncts import mend_reporters_acts
from toolkit.nlp.source_labels import labelled_source, speaker_on_next_line
from toolkit.nlp.verbless_sentences import mend_verbless_sentences


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
    relayed_by: str | None = None  # who tells these words as the speaker's (a turn's speaker, "X said Y told him")


# Speech verbs whose object is who heard the words ("told Reuters"), never who said them.
_ADDRESSEE_VERBS = frozenset("tell inform assure ask thank urge warn advise brief remind".split())

# Speech verbs whose passive's agent said the words ("was described as “…” by the police");
# not "the issue should be decided by Congress".
_PASSIVE_SPEECH = frozenset("""describe characterize characterise call label dub brand term praise hail criticize
    criticise condemn denounce slam blast accuse quote cite say tell write tweet post announce declare
    proclaim""".split())


# Verbs whose subject may be a thing that shows rather than says ("the data suggested …").
_EVIDENCE_VERBS = frozenset("suggest show indicate reveal signal prove demonstrate imply mean".split())



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


def direct_quotations(doc: Doc, *, index: EntityIndex, resolver: PersonResolver | None = None,
                      text: str | None = None, title: str | None = None) -> Iterator[Quote]:
    """Yield every direct quotation of a parsed document with its speaker.

    Args:
        doc: a parsed spaCy ``Doc``.
        index: the set's :class:`~toolkit.nlp.entities.EntityIndex`, for canonical names.
        resolver: a :class:`~toolkit.nlp.person_resolver.PersonResolver` for the document, to share
            with the event extractor (built here when not given).
        text: ``doc.text``, when the caller has it (spaCy rebuilds it token by token).
        title: the document's title, which can name whom a transcript's office label stands for ("Remarks by
            President Trump …" for "THE PRESIDENT:").

    Offsets are relative to ``doc.text``; ``speaker`` is a canonical name or None.
    """
    text = doc_text(doc) if text is None else text
    mend_verbless_sentences(doc)  # "The president called Zelenskiy “a dictator”": "called" is the verb
    mend_reporters_acts(doc)  # "said that Putin “has a chance …” and warned that “…”": the one who said warned
    spans = quotation_spans(text)
    inside = tokens_inside(doc, spans, len(text))
    paragraphs = Paragraphs(doc, index, text, title)
    resolver = resolver or PersonResolver(doc, index, inside)
    resolver.turn_speaker = paragraphs.turn_speaker
    resolver.turn_parties = paragraphs.turn_parties
    resolver.reporters_turn = paragraphs.reporters_turn
    names = FullNames(doc, index, inside)
    previous: Quote | None = None
    previous_para = -1
    previous_relay: str | None = None
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
        if _ends_a_sentence(text[s.start : s.end]) and _leads_to_next_quotation(frame, quote_span.end, inside):
            # “They call me ‘Razin.’” I say, “Wait a minute.”: a full stop closes the quotation's sentence, so the
            # words after it, which the parser ran in, open the next one and lead into the next quotation
            frame = [t for t in frame if t.i < quote_span.end]
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
            lead = colon_lead(doc, s.start, index, text)
            if lead:
                speaker, cue = lead, ":"
        if speaker is None and cue is None:
            speaker, cue = colon_clause(doc, s.start, text, para, index, resolver, inside)
        if cue == ":" and speaker and names_its_source(quote_span, inside):
            # "Trump approved … sales to Ukraine in 2017: “The new arms include …, U.S.
            # officials said.”": a passage of a report, which names its own source inside;
            # the one named before the colon did the deed, not the saying.
            speaker = None
        if speaker is None and cue is None and previous is not None and (
                s.continues or (para == previous_para and not _answers(text, previous.end, s.start)
                                and not resolver.other_subject_between(previous.end, s.start, previous.speaker)
                    and (opens_sentence(text, para, s.start) or not _sentence_ends_between(doc, previous.end, s.start)
                         or not _told_by_the_narrative(quote_span, previous.speaker, index)))
                or (para > previous_para and opens_paragraph(text, para, s.start)
                    and paragraphs.start_of(previous.end) == paragraphs.previous_start(para)
                    and not resolver.other_person_between(previous.end, s.start, previous.speaker))):
            # A quotation that opens the paragraph after a speaker's quotation goes on with
            # that speaker, unless somebody else is named in between; in the same paragraph,
            # unless somebody else is the subject of a sentence in between or of the narrative
            # sentence that quotes the words ("Johann, unable to bear the “shame” of …").
            speaker, cue = previous.speaker, previous.cue
            carried = True
        else:
            carried = False
        if speaker is None and cue is None and first_sent.start > 0:
            speaker, cue = previous_sentence_speaker(doc, first_sent, text, para, index, resolver, inside)
        if speaker is None and cue is None:
            speaker, cue = lead_speaker(doc, paragraphs, s.start, index, resolver, inside)
        if speaker is None and cue is None and (labelled := labelled_source(doc, text, para, s.start, index)):
            speaker, cue = labelled, "Source:"  # "Source: Zelensky at a meeting …" ⏎ "Quote: “…”"
        if speaker is None and cue in (None, "heading") and (said_by := speaker_on_next_line(doc, text, s.start, index)):
            # "CLAIM" ⏎ "“You should have never started it.”" ⏎ "Who said it: Donald Trump" (a head that names no one)
            speaker, cue = said_by, "Who said it:"
        if title_like(text[s.start : s.end]) and not opens_paragraph(text, para, s.start) and (
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
            full = names.full(speaker, last_sent.end)
            if carried:
                relay = previous_relay  # words that go on with the previous quotation's speaker and teller
            else:
                turn = paragraphs.turn_speaker(s.start)
                relay = relayer(cue_token(frame, cue, inside, quote_span.start), full, index=index, resolver=resolver, inside=inside,
                                turn=names.full(turn, last_sent.end) if turn else None)
                relay = names.full(relay, last_sent.end) if relay else None
            previous_relay = relay
            quote = replace(quote, speaker=full, relayed_by=relay)
        if not term:
            yield quote


def _ends_a_sentence(quoted: str) -> bool:
    """Whether quoted words end with a full stop, inside whatever marks close them (“… ‘Razin.’”)."""
    return quoted.rstrip(" \'\"’”»").endswith(".") and not quoted.rstrip(" \'\"’”»").endswith("...")


def _leads_to_next_quotation(frame: list[Token], end: int, inside: set[int]) -> bool:
    """Whether the words of a frame after a quotation hold a verb of saying and a comma or colon that opens another
    quotation ("I say, “Wait …”"); quotations with no words between ("“We will win.” “Soon,” he said.") share what
    follows them, and so do words that only quote a phrase ("“…” Smith said in a speech that called it “a disaster”")."""
    between = []
    for t in frame:
        if t.i < end:
            continue
        if t.i in inside:
            if between:  # (not the quotation's own closing marks)
                return between[-1].text in (",", ":") and any(is_quoting_verb(w) for w in between)
            continue
        between.append(t)
    return False


def _answers(text: str, previous_end: int, start: int) -> bool:
    """Whether a quotation follows the one before with no word between (“Are we okay, Captain?” “Yes, sir, we’re
    fine.”): a writer who goes on with one speaker's words keeps them inside one pair of marks, so a mark closed and
    opened again at once is a reply, by somebody else."""
    return not any(ch.isalnum() for ch in text[previous_end:start])


def _told_by_the_narrative(quote_span: Span, speaker: str | None, index: EntityIndex) -> bool:
    """Whether words quoted inside a later sentence belong to its narrative, not to the speaker of
    the quotation before: the sentence's subject holds them ("a “tropical depression” is the
    weakest form …", "Thus commenced his 21-year “reign” …") or is a name other than the
    speaker's ("Johann, unable to bear the “shame” of …, banned Daniel"). A pronoun or a common
    noun as subject ("she was directing the committees to “proceed …”") decides nothing."""
    sent = quote_span[0].sent
    for subject in (c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.left_edge.i <= quote_span.start and quote_span.end - 1 <= subject.right_edge.i:
            return True
        if subject.pos_ == "PROPN" and not (quote_span.start <= subject.i < quote_span.end):
            words = [t for t in subject.subtree if t.pos_ == "PROPN"]
            name = named_in(words, index) or " ".join(t.text for t in words)
            if speaker is None or not (name == speaker or name in speaker or speaker in name):
                return True
    return False


def _sentence_ends_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a sentence ends between two quotations: "“…,” Mr. Smith said, “…”" has no full
    stop of its own (the tokenizer keeps "Mr." whole), so the second part goes on in his sentence."""
    between = doc.char_span(start, end, alignment_mode="expand")
    return between is not None and any(t.text in (".", "!", "?") for t in between)


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


def _attribute(doc: Doc, frame: list[Token], quote_span: Span, index: EntityIndex, resolver: PersonResolver,
               inside: set[int]) -> tuple[str | None, str | None]:
    """Speaker and cue from the quotation's own sentence: reporting verb, then "according to"."""
    speaker, cue = None, None
    author = authored(quote_span, index, resolver, inside)
    if author:
        return author, "by"
    verb = speech_verb(frame, list(quote_span), inside)
    if verb is not None:
        if verb.i > 0 and verb.i - 1 in inside and quote_span.end <= verb.i:
            inverted = _named_after_verb(doc, verb, index)
            if inverted:
                return inverted, verb.text
        if _gives_a_name(verb, quote_span):
            # "a process called “exfiltration.”", "was called the “breadbasket” of southern Africa":
            # a name given, by nobody in particular; not the words of whoever the sentence is about.
            return None, verb.text
        subjects = _speaking_subjects(verb, inside)
        if subjects:
            speaker, cue = _speaker_of_subjects(verb, subjects, index, resolver, inside)
        else:
            speaker, cue = _speaker_without_subject(doc, verb, frame, index, resolver, inside)
    if speaker is None:
        according = _according_to([t for t in frame if t.i not in inside], index)
        if according:
            return according, "according to"
    return speaker, cue


def _named_after_verb(doc: Doc, verb: Token, index: EntityIndex) -> str | None:
    """The person named right after a speech verb that follows its quotation ("“…” tweeted Mayor of
    London Sadiq Khan")."""
    for ent in doc[verb.i + 1 : min(len(doc), verb.i + 8)].ents:
        # a hyphen inside the title ("said study co-author Karen Alley") does not separate
        if ent.end < len(doc) and doc[ent.end].tag_ == "POS":
            continue  # “…” writes Huber's partner Erick Rowan: the possessor does not speak
        if ent.label_ == "PERSON" and not any(t.is_punct and t.text not in "-‑" for t in doc[verb.i + 1 : ent.start]):
            name = name_by_title(index, ent) or index.canonical(ent.text, "PERSON")
            if name:
                return name
    return None


def _gives_a_name(verb: Token, quote_span: Span) -> bool:
    """Whether the verb gives the quoted words as a name, with no one who says them."""
    return (verb.lemma_.lower() in NAMING_VERBS and quote_span.start > verb.i
            and not any(c.dep_ in ("nsubj", "agent", "dobj") for c in verb.children)
            and ((verb.dep_ == "acl" and verb.head.pos_ != "PROPN" and not verb.head.ent_type_)  # not "Trump called …"
                 or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)))


def _speaking_subjects(verb: Token, inside: set[int]) -> list[Token]:
    """The subjects of a speech verb that may be its speaker, the likeliest first (the agent of a passive)."""
    if (verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.i not in inside
            and verb.head.head.lower_ in ("with", "without") and verb.head.i < verb.i):
        return [verb.head]  # "the SNP was reduced to nine seats, with the first minister, John Swinney, describing
        # the night as “…”" (round wire35c): the gerund's own subject after "with" speaks, not the clause's
    subjects = [t for t in subject_candidates(verb) if t.i not in inside]  # never a subject in the quotation
    if subjects and subjects[0].head.i == verb.i:
        # The verb's own subject decides; do not climb past it. The parser may give it two
        # ("The judge presiding over the case, Bernard Schwartz, said"; "A member of the
        # Tunisian Parliament, Samir Dilou said"): the name in apposition goes first.
        subjects = [
            c for c in verb.children if c.dep_ == "nsubj" and c.i > subjects[0].i and c.i not in inside
            and subjects[0].ent_type_ not in ("ORDINAL", "CARDINAL")  # "The 14th Amendment": a modifier
            and (c.pos_ == "PROPN" or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children))][:1] + subjects[:1]
    if not subjects and verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.head.i < verb.i:
        left = verb.head.left_edge.i
        if left > 0 and verb.doc[left - 1].is_quote and verb.head.i not in inside:
            # "“We have made tremendous progress,” Trump posted on Truth Social.": the parser, not knowing the
            # name, hangs the verb of saying on it as a participle; a name right after a quotation's closing mark,
            # then its verb of saying, is who said it
            subjects = [verb.head]
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
    return subjects


def _speaker_of_subjects(verb: Token, subjects: list[Token], index: EntityIndex, resolver: PersonResolver,
                         inside: set[int]) -> tuple[str | None, str]:
    """The speaker its subjects name, and the cue (the verb, or the speech verb that frames it)."""
    cue = verb.text
    speaker = None
    for subject in subjects:
        if verb.dep_ == "acl" and subject.i == verb.head.i:  # the name the verb of saying hangs on (see above)
            speaker = speaking_name([t for t in doc_subtree(subject) if t.i < verb.i], index)
        else:
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
    return speaker, cue


def _speaker_without_subject(doc: Doc, verb: Token, frame: list[Token], index: EntityIndex,
                             resolver: PersonResolver, inside: set[int]) -> tuple[str | None, str]:
    """The speaker of a speech verb the parse gives no subject: another speech verb's subject, the agent of
    a "by", a name after the verb, or the person named last before it."""
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
        names = [name_by_title(index, e) or index.canonical(e.text, "PERSON") for e in people]
        speaker = next((n for n in reversed(names) if n and index.label_of.get(n) == "PERSON"), None)
    return speaker, verb.text
