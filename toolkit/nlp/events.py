"""Events: who does what to whom, with negation, modality, attribution and the clause's date.

Open-verb rules over the dependency parse, not a verb list: every predicate that heads a
main clause, a coordinated clause, a clause reported by someone ("Moscow insists that Kyiv
must end …"), a relative clause or an adverbial clause of time or cause is an event when it
has an agent. A small stop list leaves out what is no event of its own (copulas, "have",
"seem", a bare "said"). What English marks as not a plain fact stays marked:

* ``negated`` ("did not sign"), ``modality`` (could, would, may, might, must, should, will,
  can, or "conditional" under an if-clause);
* ``reported_by``: who claims it, when the clause is the content of a reporting or cognition
  verb ("Witkoff expects Zelensky will sign" → Zelensky sign, will, reported by Witkoff) or
  stands "according to" someone;
* goals and conditions are no events: to-infinitives ("efforts to end the war", "calls for
  Russia to withdraw"), if/whether clauses;
* ``quoted``: the predicate lies inside a direct quotation or a turn of an interview
  (:mod:`toolkit.nlp.interviews`), so it is the speaker's words.

What sets the scene is no event either (general rules of English clause structure): a clause of
time in the present ("even after he ends serving"), a clause of time that only says something
began ("after the protests began"), a simple present of a kind or in a relative clause of a thing
("A red notice doesn't force …", "the virus that causes COVID-19"), a participle of speaking
before a reporting verb ("Citing its size, officials estimated …"). A verb of claiming or
believing whose content is itself an event gives way to that event, reported by the claimant
("officials estimated she may have starved" → the elephant starve, may, reported by officials);
a claim about a state stays the event. "Be to" states a plan ("is to be moderated by Welker" →
Welker moderate, will), "were able to" an act done; a passive under "after" with its agent named
is that agent's act ("injured after being attacked by protesters"). A passive naming no agent is
an event with subject ``None`` only when it happened to someone named or counted, in a main or
reported clause ("at least 71 people were arrested"), or to a particular thing in the simple past or
the present perfect ("The lawsuit was filed …", "Bradley Airport was shut down", "Windows were broken out"), also in
a clause of time or a relative clause ("after the audio recording was uploaded", "The government statement, which
was posted on Twitter, …", :mod:`toolkit.nlp.passives`), and after a modal or with an office or a verdict
conferred ("The guardrail would be examined", "was elected mayor", :mod:`toolkit.nlp.passive_forms`). What a participle results in ("…, making her
the first …") or a picture shows ("a photo … showing him … smiling") is no act; a perfect
infinitive after a claim is the claimed act ("claimed to have obtained …" → obtain, reported by
the claimant); "reported 36 infections" (a noun, no clause) is a speech act; "talks between A
and B" are A's talks; a gerund of time without a subject ("…, prior to setting the bond", "after
overthrowing his father") is the main subject's act. What describes the one named is no act: a
participle set off between a subject and its verb ("Judge Jones, presiding in the District Court,
handed down …"), a relative clause in the progressive ("the truck he had been driving"); nor is
any verb whose clause is all a quotation ("elaborated, “A state … must protect …”"), a line that
is a heading or a caption, or a word of a passage in another language; "by" with an amount is no
agent ("extended by two weeks"); a participle used as a preposition ("…, following his victories") is
no act (:mod:`toolkit.nlp.deverbal`). The clauses that tell a state, a consequence, a purpose, a habit or a relation
are asked in one place (:mod:`toolkit.nlp.non_acts`); a writer's own counsel ("Lawmakers should reject …") and a past
that did not happen ("could have stopped the deal"), in a main clause nobody is reported as saying, are no events
either (:mod:`toolkit.nlp.advice`, :mod:`toolkit.nlp.counterfactuals`).

Subjects are the agent: passives turned back ("was confirmed by the Senate" → Senate), a
subject raised by a passive report taken back ("A bombing was reported to have killed …"),
relative pronouns and appositions resolved to their antecedent, "he"/"she" to the person
before (as for speakers), names canonical. Phrasal verbs are kept whole ("step up",
"call for").

Example:
    >>> [(e.subject, e.verb, e.modality, e.reported_by) for e in events(doc, index=index)]  # doctest: +SKIP
    [('Kyiv', 'end', 'must', 'Moscow'), ...]
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator

from spacy.tokens import Doc, Token

from toolkit.nlp.absolutes import absolute_participle
from toolkit.nlp.adjustments import adjusts_a_measure
from toolkit.nlp.actors import Actors, Sentences, named_as, possessor_of_place
from toolkit.nlp.feats import becomes_the_first
from toolkit.nlp.noun_phrases import noun_phrase
from toolkit.nlp.agents import agent_of
from toolkit.nlp.agreement import pairs_with_it, plural_noun, reports_as_it
from toolkit.nlp.as_reports import as_reported, narrated_as_clause, reported_between_commas
from toolkit.nlp.attribution import PERSON_PRONOUNS
from toolkit.nlp.capacities import describes_a_capacity
from toolkit.nlp.circumstances import asked_sentences
from toolkit.nlp.claimants import campaign_owner, claim_noun, hearsay_of, source_of
from toolkit.nlp.clause_dates import (act_it_precedes, clause_dates, date_of_its_time, date_over_a_time_clause,
                                      fronted_dates, narrated, narrators_times, result_of, tells_of_a_thing_before)
from toolkit.nlp.day_runs import paragraph_days
from toolkit.nlp.headline_parses import source_label
from toolkit.nlp.office_labels import in_turn_label
from toolkit.nlp.shared_times import shared_date
from toolkit.nlp.occasions import day_of_its_first_conjunct, noun_times, time_of_its_noun
from toolkit.nlp.clauses import (able_to, able_word, act_before_or_after, claimed_past, clause_head, conjunct_root,
                                 inherits, passive_after, past_joined_to_infinitive)
from toolkit.nlp.conjunct_forms import listed_after_infinitive
from toolkit.nlp.generics import tells_what_a_kind_does, thing_in_the_present
from toolkit.nlp.coordination import in_verb_series
from toolkit.nlp.credits import caption_lines
from toolkit.nlp.headline_acts import particular_in_headline
from toolkit.nlp.headlines import headline_lines
from toolkit.nlp.quoted_frames import quoted_as_saying
from toolkit.nlp.run_in_heads import claim_paragraphs
from toolkit.nlp.deverbal import used_as_preposition
from toolkit.nlp.descriptions import gives_to_its_subject
from toolkit.nlp.mandates import demanded_by_noun, mandated_clause, unsupported_by_noun
from toolkit.nlp.participles import modifies_noun_before, naming_participle, paired_with_adjective
from toolkit.nlp.present_subjects import subject_is_a_present
from toolkit.nlp.passives import counted_things_in_a_state, regarded_as, thing_acted_on
from toolkit.nlp.entities import EntityIndex
from toolkit.nlp.event_fields import EventClause, extent, kind_of, marks_of, object_token, phrasal_lemma
from toolkit.nlp.event_record import Event
from toolkit.nlp.fragments import acts_beyond_quotation
from toolkit.nlp.generic_times import generic_time_clause
from toolkit.nlp.formulas import set_phrase
from toolkit.nlp.free_relatives import named_free_relative
from toolkit.nlp.interviews import Turns
from toolkit.nlp.lessons import draws_lesson
from toolkit.nlp.lookups import doc_text, indices_where
from toolkit.nlp.mistags import (adjective_in_ing, capitalised_verb, compared_gerund, foreign_verb, gives_an_age,
                                 hidden_verbs, no_past_form, noun_by_modifier, titled_gerund, titled_relative)
from toolkit.nlp.near_misses import frames_near_miss, near_miss_frame
from toolkit.nlp.non_acts import tells_no_act
from toolkit.nlp.nominal_events import hidden_event, talks_between
from toolkit.nlp.parse_mends import mend_parse
from toolkit.nlp.noun_lists import (closes_noun_list, gerund_closes_noun_list, gerund_in_examples,
                                    participle_after_noun_list)
from toolkit.nlp.pronoun_antecedents import reporter_it_before
from toolkit.nlp.scenarios import supposed_sentences
from toolkit.nlp.predicates import (SUBJECT_DEPS, ClauseMarks, aspectual, claims_an_event, clause_top, denied_thing,
                                    is_event_clause, patient_of, planned_by_be_to, raised_under, reporting_child,
                                    sets_the_scene, stop_verb_as_act, under_aspect)
from toolkit.nlp.requitals import requital_of, requited_one
from toolkit.nlp.verb_classes import (ADDRESSEE_VERBS, BODY_NOUNS, DENIAL_VERBS, NEUTRAL_PHRASAL, PHASE_VERBS,
                                      REPORTING_VERBS, STOP_VERBS)
from toolkit.nlp.quotation_frames import frames_quotation, introduces_quotation
from toolkit.nlp.quotation_marks import quoted_tokens
from toolkit.nlp.quoted_governors import governed_from_quotation
from toolkit.nlp.quoted_conjuncts import mend_conjuncts_after_quotations
from toolkit.nlp.responses import responds_as_act
from toolkit.nlp.run_in_headings import run_in_heading
from toolkit.nlp.advice import advised
from toolkit.nlp.counterfactuals import counterfactual_perfect
from toolkit.nlp.factive_copulas import states_as_fact
from toolkit.nlp.gerund_acts import act_by_means, claimed_gerund
from toolkit.nlp.stacked_titles import titled_person
from toolkit.nlp.superlatives import measures_superlative
from toolkit.nlp.unsaid import unsaid
from toolkit.nlp.report_frames import absolute_reporter
from toolkit.nlp.verb_forms import bare_after_singular, no_verb
from toolkit.nlp.wishes import is_request, is_wish
from toolkit.nlp.writer_lines import writers_tokens
from toolkit.nlp.person_resolver import PersonResolver
from toolkit.nlp.syntax import NAMED_LABELS

# Whether passives without an agent are events (subject None), as :func:`patient_of` and
# :func:`~toolkit.nlp.passives.thing_acted_on` restrict them: on the Wikinews dev golds the
# restricted rows are nearly all right (the second added 30 rows in round events11, all matched)
# and bring empty subjects from 5% to 9% of the rows; all agentless passives would be more, a
# third of them wrong.
AGENTLESS = True


# --------------------------------------------------------------------------- the extractor

def _heads_of(doc: Doc, indices: list[int]) -> set[int]:
    """The indices of the heads of some tokens."""
    return {doc[i].head.i for i in indices}


class _Reader:
    """Reads the events of one parsed document, verb by verb.

    What the rules ask of the whole document (its sentences, quotations, captions, dated clauses,
    the verbs the parser missed) is worked out once here; each step of :meth:`events` is a
    method: whether a verb is a predicate at all, which clause it heads, whether that clause
    reports an act, who did it, who claims it, and what it was done to.
    """

    def __init__(self, doc: Doc, *, index: EntityIndex, resolver: PersonResolver | None,
                 times: Iterable[tuple[int, int, str | None]], inside: set[int] | None,
                 stop: frozenset[str], agentless: bool, text: str | None, published: dt.date | None = None) -> None:
        self.doc, self.stop, self.agentless = doc, stop, agentless
        self.today = published.isoformat() if published is not None else None
        self.inside = inside = quoted_tokens(doc) if inside is None else inside
        mend_parse(doc)
        mend_conjuncts_after_quotations(doc, inside)  # '… said it is possible "that …," and the ban followed …'
        resolver = resolver or PersonResolver(doc, index, inside)
        self.index = index
        self.sentences = sentences = Sentences(doc)
        self.names = names = Actors(index, resolver, inside, sentences)
        times = list(times)
        self.dated = dated = clause_dates(doc, times)
        # the day a paragraph goes on telling (a time in quotation marks is the speaker's, not the narration's)
        self.days = paragraph_days(doc, sentences.spans, narrators_times(doc, times, inside), dated)
        self.noun_times = noun_times(doc, times)  # nouns with a time of their own (occasions.py)
        self.fronted = fronted_dates(doc, times, dated)  # a time before the subject: the sentence's, conjuncts too
        self.marks = ClauseMarks(doc)
        # Verbs the parser tagged as nouns in a sentence it found no verb in (see toolkit.nlp.mistags).
        self.hidden = {verb.i: (subject, obj) for verb, subject, obj in hidden_verbs(doc, sentences.spans)}
        self.talks = talks_between(doc, names, inside, dated)
        text = doc_text(doc) if text is None else text
        headlines = headline_lines(text)  # (a headline set above the story tells its act: no caption)
        self.captions = [c for c in caption_lines(text) if c not in headlines] + claim_paragraphs(text)
        # (a fact check's "CLAIM: …", tested, not told)
        self.turns = Turns(text)  # an interview's turns are its speakers' words, like a quotation
        self.writers = writers_tokens(doc)  # the byline's names ("Written by Rohan Kulkarni": no act, round wire40)
        # Sentences with words in quotation marks: only there can a verb frame a quotation.
        self.quoting = {int(sentences.index[i]) for i in inside}
        self.questions = asked_sentences(sentences.spans, inside) | supposed_sentences(sentences.spans, inside)
        # The heads of the rare dependents three tests below look for among a verb's children (an
        # ``nmod``, an ``oprd``, an auxiliary "may"), found once in the parse's arrays (no head or label
        # changes after the mends above): a verb with none skips the test, which makes each child a Token.
        self.nmod_heads = _heads_of(doc, indices_where(doc, dep=("nmod",)))
        self.oprd_heads = _heads_of(doc, indices_where(doc, dep=("oprd",)))
        self.may_heads = _heads_of(doc, indices_where(doc, dep=("aux",), lower=("may",)))

    def events(self) -> Iterator[Event]:
        doc, hidden = self.doc, self.hidden
        for i in sorted(set(indices_where(doc, pos=("VERB",))) | set(hidden) | set(self.talks)):
            verb = doc[i]  # (made once: each doc[i] is a new Token)
            if self.captions:
                at = verb.idx
                if any(first <= at < last for first, last in self.captions):
                    continue  # a heading or a picture's caption: no clause of running text
            if i + 2 in self.writers and doc[i + 1].lower_ == "by":
                continue  # "Written by Rohan Kulkarni": the byline, no clause of the story
            if i in self.talks:
                yield self.talks[i]
            elif i in hidden:
                inside = self.inside | ({i} if verb.idx in self.turns else set())
                yield hidden_event(verb, *hidden[i], names=self.names, inside=inside, dated=self.dated, marks=self.marks)
            elif (event := self._event(verb)) is not None:
                yield event

    def _event(self, verb: Token) -> Event | None:
        """The event a verb heads, or ``None`` when it heads none."""
        lemma = phrasal_lemma(verb)
        if not self._is_predicate(verb, lemma) or (clause := self._clause_of(verb, lemma)) is None \
                or self._tells_no_act(verb, lemma, clause) or (actor := self._actor(verb, lemma, clause)) is None:
            return None
        agent, subject, patient, governor, inherited = actor
        if (attribution := self._attribution(verb, clause, agent, subject, governor)) is None:
            return None
        reported_by, subject, denied = attribution
        if patient is None and (not subject or not any(ch.isalnum() for ch in subject)
                                or subject.replace("’", "'").lower() in _CLITICS):
            return None  # no one, or a misparse ("#" of a hashtag in quotation marks; "that's happened": "'s" alone)
        if gives_to_its_subject(verb, subject, self.names.resolver):
            return None  # "Biden secured 39 delegates, giving him a total of 54": the result, no act of his
        reported_by = self._implied_source(verb, clause, subject, reported_by)
        if reported_by is None and clause.top.dep_ == "ROOT" and (counterfactual_perfect(verb) or advised(verb)) \
                and verb.i not in self.inside and verb.idx not in self.turns:
            return None  # "could have stopped", "Lawmakers should reject …": not done, or the writer's own counsel
        modality, neg = marks_of(verb, clause, inherited, self.marks)
        if denied:
            neg = not neg  # "Smith denied that he had stolen the money": Smith says he did not
        obj_token, obj = self._object(verb, lemma, clause, patient, subject)
        sent = self.sentences.of(verb)
        start, end = extent(verb, agent, obj_token, sent)
        # Only the verb's own clause dates it: a conjunct has its own time or none ("met … in
        # 2021 and spoke …"), and another clause's date is not this one's.
        dated = self.dated
        # ("escaped alive by leaping from windows": the means is done in the time of the act it serves)
        own = clause.frame if clause.timed and act_by_means(verb) else verb
        date = dated.get(own.i, dated.get(clause.raised.i) if clause.raised is not None else
                         dated.get(verb.head.i) if clause.planned else dated.get(able_word(verb).head.i) if clause.able else None)
        if date is None and (result := result_of(verb)) is not None:
            date = dated.get(result.i)  # "reached the Bahamas earlier today, making landfall": the same day
        if date is None and verb.dep_ == "conj" and verb.tag_ not in ("VBZ", "VBP") \
                and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            date = self.fronted.get(verb.head.i)  # "Earlier on Friday, the House confirmed him, but the Senate had not"
        if date is None:
            date = date_of_its_time(verb, dated)  # "On Thursday, Navalny was flying … when he fell ill"
        if date is None:
            date = date_over_a_time_clause(verb, self.fronted)  # "On June 12, minutes before … voted, Trump claimed"
        if date is None:
            date = shared_date(verb, dated)  # "shuttered and seized the site in March 2018" (shared_times.py)
        if date is None and verb.dep_ == "relcl":
            date = time_of_its_noun(verb, self.noun_times)  # "a shooting … on Friday, which caused" (occasions.py)
        if date is None and verb.dep_ == "conj" and narrated(verb):
            date = day_of_its_first_conjunct(verb, dated)  # "crashed … at 9:54 a.m. …, and struck" (occasions.py)
        quoted = verb.i in self.inside or verb.idx in self.turns or self.names.resolver.reporters_turn(verb.idx)
        if reported_by is None and not quoted:
            # a transcript's turn is its speaker's account ("THE PRESIDENT: … Zelenskyy is going to be coming on
            # Friday"); a reporter's question, unnamed, is quoted instead: no act of the story is told in it
            reported_by = self.names.resolver.turn_speaker(verb.idx)
        if reported_by is None and not quoted and (label := source_label(verb)) is not None:
            reported_by = self.names.who(label)  # "Sheriff: Michigan office shooting kills 1": the sheriff's word
        if date is None and not quoted and not tells_of_a_thing_before(verb) \
                and (day := self.days.get(int(self.sentences.index[verb.i]))) is not None \
                and (narrated(own) or ((result := result_of(verb)) is not None and narrated(result))
                     or ((other := act_it_precedes(verb)) is not None and narrated(other))):
            # "… caught fire yesterday. The spire … collapsed.": the paragraph's day ("broke through … before
            # colliding with other vehicles": an act told just before or after one of the day, its day too)
            date = day
        if modality is None and date and self.today is not None and date > self.today[:len(date)] \
                and verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            modality = "will"  # "business registration begins April 29th": the present of a scheduled act
        return Event(subject, lemma, obj, neg, modality, reported_by, quoted, kind_of(verb, lemma), date,
                     start, end, sent.start_char, sent.end_char)

    def _is_predicate(self, verb: Token, lemma: str) -> bool:
        """Whether a verb is a predicate that can head an event (not a stop verb, a mistagged noun,
        a heading, a wish, a question, an aspect or future frame around another verb)."""
        doc, i = self.doc, verb.i
        if (lemma.split()[0] in self.stop and not stop_verb_as_act(verb, lemma) and not responds_as_act(verb, lemma)) \
                or verb.dep_ in ("aux", "auxpass", "amod") \
                or not verb.text.isalpha() or not verb.text.isascii() or foreign_verb(verb) \
                or (i in self.nmod_heads and noun_by_modifier(verb)) \
                or no_verb(verb) or closes_noun_list(verb) or gerund_closes_noun_list(verb) or gerund_in_examples(verb) \
                or participle_after_noun_list(verb) \
                or no_past_form(verb) or gives_an_age(verb) \
                or titled_gerund(verb) or titled_relative(verb) or capitalised_verb(verb) \
                or adjective_in_ing(verb) or compared_gerund(verb) or listed_after_infinitive(verb) \
                or modifies_noun_before(verb) or paired_with_adjective(verb) or adjusts_a_measure(verb) \
                or subject_is_a_present(verb):
            return False  # (an English verb is written in ASCII: "miércoles" is a word of a passage in Spanish)
        if lemma in NEUTRAL_PHRASAL:
            return False  # "pointing out he had secured …": its content is the event
        if used_as_preposition(verb):
            return False  # "…, following his victories in Iowa": a preposition of time (toolkit/nlp/deverbal.py)
        if (i in self.oprd_heads and naming_participle(verb)) or run_in_heading(verb) \
                or (i in self.may_heads and is_wish(verb)) or is_request(verb) or measures_superlative(verb) \
                or set_phrase(verb) or draws_lesson(verb):
            # "the elite group called the Sea Org": a name given, a reduced relative (toolkit/nlp/participles.py);
            # "Protecting Franchises: The … Administration terminated …": a heading (toolkit/nlp/run_in_headings.py);
            # "May God bless …": a wish, "please proceed" a request (wishes.py); "the greatest power the world has ever seen" (superlatives.py);
            # "including, but not limited to", "came at a staggering cost", "proved to be" (formulas.py);
            # "Their enduring triumph reminds us that …" (lessons.py)
            return False
        if int(self.sentences.index[i]) in self.questions:
            return False  # "Which activity took the most time?", "Say you earn …": a question or a case asserts nothing
        if verb.tag_ == "VBZ" and verb.lower_.endswith("s") and i > 1 and doc[i - 1].tag_ == "NNP" \
                and [c.i for c in verb.children] == [i - 1] and doc[i - 2].tag_ in ("NN", "JJ") \
                and doc[i - 2].head.i != i:
            return False  # "in the world ATP rankings": a plural noun after its name modifier, tagged as a verb
        if aspectual(verb) and any(under_aspect(c) for c in verb.children):
            return False  # the verb it governs is the event
        if frames_near_miss(verb):
            return False  # "stopped short of firing": the gerund is the event, not done (toolkit/nlp/near_misses.py)
        if lemma == "go" and any(c.dep_ == "xcomp" and c.i in self.marks.infinitive for c in verb.children):
            return False  # "is going to …": a future, carried by the verb after it
        return True

    def _clause_of(self, verb: Token, lemma: str) -> EventClause | None:
        """The clause the verb's event is read from, or ``None`` when that clause is no event clause."""
        marks = self.marks
        raised = raised_under(verb)
        planned, after, able = planned_by_be_to(verb, marks), passive_after(verb), able_to(verb)
        claimed = claimed_past(verb) or claimed_gerund(verb)  # ("announced investigating itself": gerund_acts.py)
        timed = (act_before_or_after(verb) or act_by_means(verb)) and lemma.split()[0] not in PHASE_VERBS
        near = near_miss_frame(verb)  # "stopped short of firing the chief": the frame's clause, its subject
        requital = requital_of(verb) if requited_one(verb) is not None else None  # "sentenced … for torturing …"
        frame = None
        if past_joined_to_infinitive(verb):
            # "urged the embassy to reconsider and spoke with Pompeo": a past tense is no
            # conjunct of the infinitive it hangs on but of the verb above it
            frame = verb.head.head
            top, governor = clause_top(frame)
            if not is_event_clause(frame, top, marks):
                return None
        elif near is not None or requital is not None:
            frame = near if near is not None else requital
            top, governor = clause_top(frame)
            if not is_event_clause(frame, top, marks):
                return None
        elif planned or after or able or claimed or timed:
            # the clause is the one of "be" ("is to be moderated by …"), of the verb the
            # preposition hangs on ("were injured after being attacked by …") or of the claim
            # ("claimed to have obtained …")
            frame = verb.head if planned or claimed else able_word(verb).head if able else clause_head(verb.head)
            if timed and frame is not None and frame.lemma_.lower() in REPORTING_VERBS:
                return None  # "said …, before adding": the reporter's words go with the report
            if frame is None:
                return None
            top, governor = clause_top(frame)
            if not is_event_clause(frame, top, marks):
                return None
        else:
            top, governor = clause_top(verb if raised is None else raised)
            if not is_event_clause(verb, top, marks) and not named_free_relative(top):
                return None  # ("cases of what the WHO declared a pandemic": the declaring happened)
        return EventClause(top, governor, frame, raised, bool(planned), bool(after), bool(able), bool(claimed), bool(timed),
                           near is not None)

    def _tells_no_act(self, verb: Token, lemma: str, clause: EventClause) -> bool:
        """Whether the clause sets the scene, states what is so, or only frames a quotation."""
        top, inside = clause.top, self.inside
        if demanded_by_noun(verb) or unsupported_by_noun(verb):
            return True  # "Russia's insistence that Ukraine withdraw …", "no evidence the officers acted": no act
        if sets_the_scene(verb, top, lemma) or claims_an_event(verb, lemma, self.stop, self.marks) \
                or describes_a_capacity(verb, top, lemma) or generic_time_clause(verb, top) or absolute_participle(verb):
            return True
        if tells_no_act(verb, lemma, inside):
            return True  # what the event brought about, what it was for, or what is so: no act
        # the quotation is the speaker's words; its verb is no event
        return (lemma.split()[0] in REPORTING_VERBS and introduces_quotation(verb, inside)
                and not acts_beyond_quotation(verb, inside)) \
            or (int(self.sentences.index[verb.i]) in self.quoting and frames_quotation(verb, inside))

    def _actor(self, verb: Token, lemma: str, clause: EventClause):
        """Who did it: ``(agent, subject, patient, governor, inherited)``, or ``None`` when the
        clause names no one an analyst can attribute it to. ``subject`` is the agent's canonical
        name; an agentless passive gives ``subject`` ``None`` and the one it happened to as
        ``patient``; ``governor`` is the verb whose content the clause is, if any."""
        governor = clause.governor
        agent, agentless = agent_of(verb.head if clause.claimed else clause.frame if clause.timed or clause.near else verb)
        if (requited := requited_one(verb)) is not None:
            agent, agentless = requited, False  # "sentenced the Turpins … for torturing …": the Turpins tortured
        if governor is not None and inherits(verb) and lemma.split()[0] in REPORTING_VERBS \
                and governor.lemma_.lower() in REPORTING_VERBS and conjunct_root(verb).dep_ == "ccomp" \
                and not in_verb_series(verb) and verb.i > governor.i:
            # "He noted that the House did not ratify it, and mentioned …": a speech verb joined
            # to reported content is the reporter's own next act, not part of the content (a report told after the
            # content, "Rubio spoke with … and urged them …, spokeswoman Tammy Bruce said", has none after it).
            agent, agentless = agent_of(governor)
            governor = None
            inherited = False
        else:
            inherited = inherits(verb)
        patient = None
        if agent is None:
            patient = (patient_of(verb, clause.top, self.names.resolver.surnames) or thing_acted_on(verb, clause.top)) \
                if self.agentless and agentless and not regarded_as(verb) else None
            if patient is None or (counted_things_in_a_state(verb, patient) and not denied_thing(patient)):
                return None  # no agent named: nothing an analyst can attribute
            return None, None, patient, governor, inherited
        if (tells_what_a_kind_does(verb, agent) or thing_in_the_present(verb, agent)) \
                and not particular_in_headline(verb, agent):
            return None  # "A red notice doesn't force countries …", "Users can protect their accounts …" (a headline's
            # bare noun and present tell its act: "Michigan office shooting kills 1")
        if in_turn_label(agent):
            return None  # "THE PRESIDENT: Remember this": a transcript's label, parsed as the subject of an imperative
        if agent.i in self.hidden:
            agent = self.hidden[agent.i][0]  # "Trump ordered … and hinted at …": the repaired verb's subject
        # ("Deputy Prime Minister for Finance and Minister of Economy Richard Sulík failed": the name)
        agent = possessor_of_place(agent, self.index, self.sentences) or named_as(agent) or titled_person(agent) or agent
        return agent, self.names.who(agent), None, governor, inherited

    def _attribution(self, verb: Token, clause: EventClause, agent: Token | None, subject: str | None,
                     governor: Token | None) -> tuple[str | None, str | None, bool] | None:
        """Who claims the clause, the subject as the claim names it, and whether the claim is a denial of
        it: ``(reported_by, subject, denied)``; ``None`` when the clause is no fact (unsaid, a result or
        goal, a claim of no one known)."""
        names, top = self.names, clause.top
        reported_by = None
        aside = None
        if governor is None and (reporter := reporting_child(top) or as_reported(top)
                                 or (aside := reported_between_commas(top))) is not None:
            governor = reporter  # "State prosecutors charged the suspect …, they said Sunday.", "As Heald told …,"
        if governor is not None and governed_from_quotation(verb, governor, self.inside):
            governor = None  # "The bill was drafted by …, "It follows decades of work …"": the narration's own
        if governor is not None and governor.lemma_.lower() in REPORTING_VERBS \
                and (said := unsaid(governor, top)) is not None:
            if said == "unasserted":
                return None  # "did not say that …": nobody claims it
            governor = None  # "have not said why the team was denied visas": a fact told as such
        if governor is not None and agent is not None and getattr(agent_of(governor)[0], "i", None) == agent.i:
            governor = None  # "cautioned that …, calling the process 'long'": the reporter's own act, not content
        if governor is not None and bare_after_singular(governor):
            governor = None  # "PBS show Sesame Street partnered with CNN": a noun after a name, no report
        if governor is not None and narrated_as_clause(verb, governor) is not None:
            governor = None  # "… “cannot be trusted” …, as EU foreign ministers gathered": the reporter's narration
        if governor is None or states_as_fact(governor):  # (or "One answer is that …": the writer's own report)
            return reported_by, subject, False
        if (demanded := mandated_clause(governor)) is not None and demanded.i == top.i:
            return None  # "Moscow has demanded that Ukraine withdraw …": the demand's content, no fact (mandates.py)
        if (quoted_one := quoted_as_saying(governor)) is not None:
            # "…, Iranian officials were quoted by AP as saying": the officials' claim (quoted_frames.py)
            reported_by = names.who(quoted_one)
            return (reported_by, subject, False) if reported_by else None
        if governor.lemma_.lower() not in REPORTING_VERBS or (
                governor.lemma_.lower() not in ADDRESSEE_VERBS and any(
                    c.dep_ == "dobj" and c.pos_ != "PRON" and c.ent_type_ not in NAMED_LABELS
                    for c in governor.children)):
            # Content of "make", "let", "ensure" (a result or a goal), or a misparse
            # ("has claimed tens of thousands of lives, displaced millions"): not a fact.
            return None
        claimer = agent_of(governor)[0] or absolute_reporter(governor)  # ("with officials saying …")
        reported_by = names.who(claimer) if claimer is not None else None
        if reported_by is None and claimer is not None and claimer.lower_ in ("they", "it") and governor.i > verb.i:
            if claimer.lower_ == "it" and (agent is None or plural_noun(agent) or not reports_as_it(agent)):
                source = reporter_it_before(claimer, self.sentences)  # "Air defenses shot down …, it said."
                reported_by = names.who(source) if source is not None else None
            else:
                reported_by = subject  # "…, they said": the actors reporting their own act
        if reported_by is None and aside is None:
            # a claim whose claimant is unknown is no fact either; an aside ("Day, they said, desired …")
            # only adds a source to a clause the text asserts, so the row stays, unattributed
            return None
        if agent is not None and agent.lower_ in PERSON_PRONOUNS and (owner := campaign_owner(claimer, names)) is not None:
            subject = owner  # "Senator Klobuchar's campaign said she was ending her bid"
        if subject is None and agent is not None and agent.lower_ in ("it", "they") and claimer.pos_ != "PRON" \
                and claimer.ent_type_ != "PERSON" and (claimer.ent_type_ or claimer.lemma_.lower() in BODY_NOUNS) \
                and (agent.lower_ == "they" or pairs_with_it(claimer)):
            subject = reported_by  # "Moscow announced it would end …": a body speaking of itself
        return reported_by, subject, governor.lemma_.lower() in DENIAL_VERBS

    def _implied_source(self, verb: Token, clause: EventClause, subject: str | None, reported_by: str | None) -> str | None:
        """Who stands behind a clause no reporting verb governs: the claimant of "claimed to have
        …", the owner of a claim noun ("an allegation he assaulted …"), a source named in the
        sentence ("according to …"), the hearsay it is told as ("reportedly", "is said to have")."""
        if reported_by is None and clause.claimed:
            reported_by = subject  # the claimant speaks of their own act
        if reported_by is None and (claim := claim_noun(clause.top)) is not None:
            owner = next((c for c in claim.children if c.dep_ == "poss"), None)
            # "after an allegation he assaulted …": the content of a claim, never a plain fact
            reported_by = (self.names.who(owner) if owner is not None else None) \
                or self.doc[claim.left_edge.i:claim.i + 1].text
        if reported_by is None and narrated_as_clause(verb) is None:
            source = source_of(verb, self.sentences.of(verb), self.marks, self.inside)
            if source is not None:
                reported_by = self.names.who(source)
        if reported_by is None and (hearsay := hearsay_of(verb, clause.raised)) is not None:
            # "Amorim is said to have identified Sesko", "the army reportedly shelled …": somebody's word, no fact
            reported_by = hearsay if isinstance(hearsay, str) else self.names.who(hearsay)
        return reported_by

    def _object(self, verb: Token, lemma: str, clause: EventClause, patient: Token | None,
                subject: str | None) -> tuple[Token | None, str | None]:
        """What the act was done to: its token and its canonical name."""
        obj_token = object_token(verb, lemma) if patient is None else patient
        if obj_token is not None and patient is None:
            # "will meet with Prime Minister of the United Kingdom Keir Starmer": the name that closes the title
            obj_token = titled_person(obj_token) or obj_token
        if obj_token is None and patient is None and (demanded := mandated_clause(verb)) is not None:
            return demanded, self._clause_text(demanded)  # "demanded that Ukraine withdraw from …"
        if obj_token is None and clause.after:  # the one the act was done to is the clause's subject
            obj_token = next((c for c in clause.frame.children if c.dep_ in SUBJECT_DEPS), None)
        obj = self.names.who(obj_token) if obj_token is not None else None
        if obj is not None and obj.endswith(" Party") and obj_token.ent_type_ == "NORP" \
                and not obj_token.lower_.endswith("s") and not any(True for _ in obj_token.children):
            # "every single state … shifted Republican": a party's bare adjective as the complement says which way
            # the states went, not the party itself, whose full name the index joins the adjective to
            obj = obj_token.text
        if obj is not None and obj == subject and obj_token.lower_ in PERSON_PRONOUNS:
            # "Sirhan shot him": a plain (not reflexive) object pronoun is never its clause's subject
            obj = self.names.resolver.person_before(obj_token.i, gender=PERSON_PRONOUNS[obj_token.lower_], exclude=subject)
        elif obj is not None and patient is not None and patient.lower_ == "they" and _first_conjunct_subject(
                verb, self.names.who) == obj:
            obj = None  # "The police caught both of them and they were jailed": not the police (English would elide)
        elif obj is not None and lemma == "become" and obj_token.dep_ == "attr" and becomes_the_first(verb):
            # "becoming the first African American and first South Asian American to fill the role": a feat's
            # complement is the feat as written ("the first …"), not the peoples its words name
            obj = noun_phrase(obj_token)
        elif obj is not None and obj == subject and obj_token.pos_ == "NOUN":
            # "Jo Jorgensen …, becoming the only third party candidate … to secure ballot access": a description the
            # clause says of its own subject is what the act makes of it, written as the text has it, not the
            # subject again
            obj = noun_phrase(obj_token)
        return obj_token, obj


    def _clause_text(self, verb: Token) -> str:
        """The words of a clause with its "that", canonical names left as written (a demand's content)."""
        tokens = [t for t in verb.subtree if t.i not in self.inside]
        text = self.doc[tokens[0].i:tokens[-1].i + 1].text if tokens else verb.text
        marker = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        return text if marker is not None or text.lower().startswith("that ") else f"that {text}"


def events(doc: Doc, *, index: EntityIndex, resolver: PersonResolver | None = None,
           times: Iterable[tuple[int, int, str | None]] = (), inside: set[int] | None = None,
           stop: frozenset[str] = STOP_VERBS, agentless: bool = AGENTLESS, text: str | None = None,
           published: dt.date | None = None) -> Iterator[Event]:
    """Yield the events of a parsed document.

    Args:
        doc: a parsed spaCy ``Doc``.
        index: the set's entity index, so that subjects and objects use canonical names.
        resolver: finds the person a pronoun stands for (made from ``doc`` when not given).
        times: resolved time expressions ``(start, end, date)`` in ``doc.text``: an event is
            dated by the one in its own clause, never by another clause of its sentence.
        inside: indices of the tokens inside quotation marks (computed when not given).
        stop: lemmas that are never events of their own.
        agentless: also yield passives that name no agent ("at least 71 people were arrested"),
            with subject ``None``, when the one they happen to is named in a main clause.
        text: ``doc.text``, when the caller has it (spaCy joins the tokens anew on every read).
        published: the day the text speaks from: an act told in the simple present and dated after it is a
            scheduled one ("business registration begins April 29th"), with the modality "will".

    The parse of ``doc`` is mended in place first (:mod:`toolkit.nlp.misparses`: a reported
    clause's subject the small model hung on the reporting verb, a preposition's stranded
    object), so run the other extractors on ``doc`` before this one, as
    :func:`toolkit.extraction.facts.document_facts` does.

    Example:
        >>> e = next(events(nlp("Moscow insists that Kyiv must end its alliances."), index=index))  # doctest: +SKIP
        >>> e.subject, e.verb, e.modality, e.reported_by
        ('Kyiv', 'end', 'must', 'Moscow')
    """
    if not len(doc):
        return
    yield from _Reader(doc, index=index, resolver=resolver, times=times, inside=inside, stop=stop,
                       agentless=agentless, text=text, published=published).events()


# Clitics of auxiliaries and of "us" (a closed class): alone they name no one; a subject that is only one is a
# misparse ("I think that's happened" read with "'s" as the subject).
_CLITICS = frozenset({"'s", "'re", "'ve", "'d", "'ll", "'m", "'t"})


def _first_conjunct_subject(verb: Token, who) -> str | None:
    """The name of the subject of the clause a passive is the second conjunct of ("The police caught both of them
    and they were jailed": "the police"), or None."""
    head = verb.head if verb.dep_ == "conj" else None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None) if head is not None else None
    return who(subject) if subject is not None else None
