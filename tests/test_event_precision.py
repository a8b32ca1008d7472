"""Event rules that keep what is no act of its own out of the events (precision on unseen news).

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"; from /work/shared/corpora/wikinews-2019-2020, none held out):
wn_2019-01-10 Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod,
wn_2019-04-20 California court sentences parents who kept their children in captivity,
wn_2019-02-21 Sixteen states sue U.S. President Trump (in the event dev gold 6),
wn_2019-10-23 Canada 2019 general election produces Liberal minority government (event dev gold),
wn_2020-09-02 Tributes paid to recently deceased US actor Chadwick Boseman, wn_2019-01-24 Car bomb
ramming attack kills dozens at military base in Maidan Wardak (event dev gold 5),
wn_2019-11-10 Coalition authorities report no casualties from missile strike (event dev gold 6),
wn_2019-09-05 Hurricane Dorian leaves trail of destruction in the Bahamas (event dev gold 6),
wn_2019-02-11 Pioneering oceanographer Walter Munk dies of pneumonia in California,
wn_2020-04-08 Bangladesh reports five new deaths due to COVID-19 (event dev gold 4), wn_2019-09-13
Scottish court finds suspension of UK parliament unlawful (tuned event gold), wn_2019-12-07 Samoan
government temporarily shuts down for nationwide measles vaccination drive, wn_2019-10-17 Hundreds
arrested for dark web child porn by international task force, wn_2019-10-05 Voracious fish defend
coral reefs against warming (event dev gold 6).
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import events_of

from toolkit.nlp.noun_phrases import noun_phrase
from toolkit.nlp.circumstances import describes_in_copula
from toolkit.nlp.misparses import mend_reported_subjects, mend_stranded_prepositions

REPORTED_WITHOUT_THAT = (
    "The website yesterday suggested piracy, perhaps to obtain the valuable cargo, is now the most prominent "
    "theory.\n"
)
TOLD_WITHOUT_THAT = (
    "Baslan Damang, a security official from the port of departure, on Tuesday told The Jakarta Post radio "
    "broadcasts were being used to alert other traffic such as fishing vessels to look out for MV Namse Bangdzod."
)
STATEMENT_SAYING = (
    "On Friday, the Combined Joint Task Force Operation Inherent Resolve released a statement saying an attack that "
    "day on an Iraqi air base housing U.S. military personnel near Mosul produced no casualties."
)
MOTION_CLAIMING = (
    "On Friday, an environmental group and private property owners from the border state of Texas filed a motion "
    "claiming the state of emergency is unconstitutional and violated their property rights."
)



@pytest.fixture(scope="module")
def namse_events(nlp, tmp_path_factory):
    return events_of(REPORTED_WITHOUT_THAT, dt.date(2019, 1, 10), "namse", nlp=nlp,
                     folder=tmp_path_factory.mktemp("events"))


class TestReportedClauseWithoutThat:
    """"suggested piracy … is now …": the noun after a verb of saying is the reported clause's
    subject, not what was said (the small model reads it as a direct object)."""

    def test_the_noun_is_the_clause_subject(self, nlp):
        doc = mend_reported_subjects(nlp(REPORTED_WITHOUT_THAT))
        piracy = next(t for t in doc if t.text == "piracy")
        assert piracy.dep_ == "nsubj" and piracy.head.lemma_ == "be"
        assert piracy.head.dep_ == "ccomp" and piracy.head.head.lemma_ == "suggest"

    def test_a_passive_clause_gets_its_patient(self, nlp):
        doc = mend_reported_subjects(nlp(TOLD_WITHOUT_THAT))
        broadcasts = next(t for t in doc if t.text == "broadcasts")
        assert broadcasts.dep_ == "nsubjpass" and broadcasts.head.lemma_ == "use"

    def test_participle_of_saying_on_a_noun(self, nlp):
        # "released a statement saying an attack … produced …": the parser hangs "produced" on
        # "released" and "attack" on "saying"
        doc = mend_reported_subjects(nlp(STATEMENT_SAYING))
        attack = next(t for t in doc if t.text == "attack")
        assert attack.dep_ == "nsubj" and attack.head.lemma_ == "produce"
        assert attack.head.head.lemma_ == "say"

    def test_conjunct_after_the_mended_clause_follows_it(self, nlp):
        doc = mend_reported_subjects(nlp(MOTION_CLAIMING))
        violated = next(t for t in doc if t.text == "violated")
        assert violated.dep_ == "conj" and violated.head.lemma_ == "be"

    def test_the_reporter_does_not_become_the_actor(self, nlp, tmp_path):
        events = events_of(STATEMENT_SAYING + "\n\n" + MOTION_CLAIMING, dt.date(2019, 11, 10), "saying", nlp=nlp,
                            folder=tmp_path)
        for verb in ("produce", "violate"):
            rows = events[events["verb"] == verb]
            assert rows.empty or not rows["subject"].str.contains("Task Force|group", regex=True).any()

    def test_a_list_of_acts_is_left_alone(self, nlp):
        # "declared a state of emergency on November 15, shut down all schools …, and later
        # banned …": three acts of the government, not an emergency that shut schools
        text = ("The Samoan government declared a state of emergency on November 15, shut down all schools as of "
                "November 17, and later banned children from public gatherings in an effort to curb the spread of the "
                "disease.")
        doc = nlp(text)
        before = [(t.dep_, t.head.i) for t in doc]
        assert [(t.dep_, t.head.i) for t in mend_reported_subjects(doc)] == before

    def test_what_was_suggested_is_no_object(self, namse_events):
        suggest = namse_events[namse_events["verb"] == "suggest"]
        assert (suggest["object"].fillna("") != "piracy").all()


NEGATIVE_SUBJECT = "None of the twelve had ever received any sort of dental care.\n"


@pytest.fixture(scope="module")
def turpin_events(nlp, tmp_path_factory):
    return events_of(NEGATIVE_SUBJECT, dt.date(2019, 4, 20), "turpin", nlp=nlp, folder=tmp_path_factory.mktemp("events"))


class TestNegativeSubject:
    """"None of the twelve had ever received …": a subject that denies the act negates the event,
    so the row never states as fact what the sentence denies."""

    def test_none_of_negates(self, turpin_events):
        receive = turpin_events[turpin_events["verb"] == "receive"]
        assert len(receive) == 1 and bool(receive.iloc[0]["negated"])


INVERTED_FRAME = (
    "Because only Congress may allocate funds in this way, reads the motion, the declaration of state of emergency "
    "violates the United States Constitution's separation of powers clause.\n"
)


@pytest.fixture(scope="module")
def motion_events(nlp, tmp_path_factory):
    return events_of(INVERTED_FRAME, dt.date(2019, 2, 21), "motion", nlp=nlp, folder=tmp_path_factory.mktemp("events"))


class TestInvertedReportingFrame:
    """"…, reads the motion, the declaration violates …": a reporting verb before its own subject,
    set off by commas, frames the clause after it, which is then the text's claim, not a fact."""

    def test_the_content_is_reported_by_the_text(self, motion_events):
        violate = motion_events[motion_events["verb"] == "violate"]
        assert len(violate) == 1 and violate.iloc[0]["reported_by"] == "the motion"


CIRCUMSTANCES = (
    "In early September, Julie Payette, the Governor General of Canada, dissolved the 42nd Canadian Parliament, "
    "triggering the elections.\n\n"
    "On Friday, President Trump declared a state of emergency so he could begin the construction of additional "
    "wall along the U.S.-Mexican border, claiming this would stem illegal immigration.\n"
)


@pytest.fixture(scope="module")
def circumstance_events(nlp, tmp_path_factory):
    return events_of(CIRCUMSTANCES, dt.date(2019, 10, 23), "circumstances", nlp=nlp,
                     folder=tmp_path_factory.mktemp("events"))


class TestParticipleOfConsequence:
    """"dissolved the Parliament, triggering the elections": a trailing participle of a verb of
    consequence says what the event brought about, not a second act of its subject."""

    def test_consequence_is_no_event(self, circumstance_events):
        assert circumstance_events[circumstance_events["verb"] == "trigger"].empty

    def test_the_event_itself_stays(self, circumstance_events):
        dissolve = circumstance_events[circumstance_events["verb"] == "dissolve"]
        assert len(dissolve) == 1 and dissolve.iloc[0]["subject"] == "Julie Payette"


class TestPurposeWithSo:
    """"declared a state of emergency so he could begin the construction …": a clause of purpose
    with "so" and a modal is a goal, which did not happen, like a to-infinitive of purpose."""

    def test_purpose_is_no_event(self, circumstance_events):
        assert circumstance_events[circumstance_events["verb"] == "begin"].empty

    def test_the_act_done_for_it_stays(self, circumstance_events):
        declare = circumstance_events[circumstance_events["verb"] == "declare"]
        assert len(declare) == 1 and declare.iloc[0]["subject"].endswith("Trump")


STATES = (
    "The Walt Disney Company owns both Marvel Studios and ABC.\n\n"
    "Some estimated death tolls, provided anonymously by officials to journalists, exceeded 100.\n"
)


@pytest.fixture(scope="module")
def state_events(nlp, tmp_path_factory):
    return events_of(STATES, dt.date(2020, 9, 2), "states", nlp=nlp, folder=tmp_path_factory.mktemp("events"))


class TestStativeVerbs:
    """"The Walt Disney Company owns both Marvel Studios and ABC": a stative verb in the simple
    present states what is so; a verb of amount with a number ("exceeded 100") measures."""

    def test_possession_in_the_present_is_no_event(self, state_events):
        assert state_events[state_events["verb"] == "own"].empty

    def test_amount_is_no_event(self, state_events):
        assert state_events[state_events["verb"] == "exceed"].empty


ATTORNEYS_GENERAL = ("On Monday, attorneys general from sixteen states filed a combined lawsuit against the state of "
                     "emergency United States President Donald Trump declared last Friday so he could fund a wall on "
                     "the U.S.-Mexican border.")


class TestPostpositiveTitle:
    """"attorneys general from sixteen states": the adjective English puts after the noun of a
    title is part of the subject, with its "from" tail, not left behind ("attorneys")."""

    def test_the_title_keeps_its_adjective(self, nlp):
        doc = nlp(ATTORNEYS_GENERAL)
        attorneys = next(t for t in doc if t.text == "attorneys")
        assert noun_phrase(attorneys) == "attorneys general from sixteen states"


# The White House, 6 August 2025 (public domain): an executive order named with its date.
ORDER_OF_A_DATE = ("Executive Order 14066 of March 8, 2022 (Prohibiting Certain Imports and New Investments With "
                   "Respect to Continued Russian Federation Efforts To Undermine the Sovereignty and Territorial "
                   "Integrity of Ukraine), expanded the scope of the national emergency declared in Executive Order "
                   "14024.")


class TestWordsLeftOutOfAPhrase:
    """A phrase keeps the space of a comma it leaves out: every word of the subject is a word of the
    sentence ("March 8 2022", never "March 82022")."""

    def test_no_words_run_together(self, nlp):
        doc = nlp(ORDER_OF_A_DATE)
        order = next(t for t in doc if t.dep_ == "nsubj" and t.head.lemma_ == "expand")
        phrase = noun_phrase(order)
        assert phrase.startswith("Executive Order 14066")
        assert set(phrase.split()) <= {t.text for t in doc}


THEN_AT_REQUEST = "U.S. troops left Iraq in 2011, then at the Iraqi government's request returned three years later.\n"


class TestPrepositionBeforeTheVerb:
    """"then at the Iraqi government's request returned": the noun after a preposition is its
    object, never the verb's subject, and "then" opens the same subject's next act."""

    def test_the_preposition_gets_its_object(self, nlp):
        doc = mend_stranded_prepositions(nlp(THEN_AT_REQUEST))
        request = next(t for t in doc if t.text == "request")
        assert request.dep_ == "pobj" and request.head.text == "at"

    def test_the_subject_returns(self, nlp, tmp_path):
        events = events_of(THEN_AT_REQUEST, dt.date(2019, 11, 10), "troops", nlp=nlp, folder=tmp_path)
        ret = events[events["verb"] == "return"]
        assert len(ret) == 1 and ret.iloc[0]["subject"] == "U.S. troops"


KNOWN_AS = ("As the slow-moving tropical cyclone known as Hurricane Dorian finally cleared the Bahamas yesterday, the "
            "level of destruction left in its wake began to emerge.\n")


class TestAgentKnownAs:
    """"the slow-moving tropical cyclone known as Hurricane Dorian cleared the Bahamas": a naming
    participle gives the agent's name, which the row uses."""

    def test_the_named_one_acts(self, nlp, tmp_path):
        events = events_of(KNOWN_AS, dt.date(2019, 9, 5), "dorian", nlp=nlp, folder=tmp_path)
        clear = events[events["verb"] == "clear"]
        assert len(clear) == 1 and "Dorian" in clear.iloc[0]["subject"]


LISTED_ACTIVITIES = (
    "Their demands have included dissolving Parliament, appointing an election committee whose members are selected "
    "irrespective of party affiliation, and a clear date set for new elections.\n\n"
    "Munk's work was later used during the D-Day landings. Post-war, he was involved in nuclear weapons research, "
    "observing a 1950s atomic bomb test from a raft and receiving fallout from it.\n"
)


@pytest.fixture(scope="module")
def listed_events(nlp, tmp_path_factory):
    return events_of(LISTED_ACTIVITIES, dt.date(2019, 11, 10), "listed", nlp=nlp, folder=tmp_path_factory.mktemp("events"))


class TestGerundListedUnderContaining:
    """"Their demands have included dissolving Parliament, appointing an election committee": a
    gerund a verb of containing lists names an activity, not an act; after a passive "was
    involved in" (taking part) the participle is an act of its own."""

    def test_listed_gerund_is_no_event(self, listed_events):
        assert listed_events[listed_events["verb"] == "appoint"].empty

    def test_participle_after_taking_part_stays(self, listed_events):
        assert not listed_events[listed_events["verb"] == "observe"].empty


RELATIVE_IN_COPULA = (
    "The first recorded incidents of COVID-19 infection in Bangladesh were on March 8, in two people who returned "
    "from Italy and also the wife of one of them.\n\n"
    "Cherry, who led the petition, said, \"Now, for every moment Parliament remains prorogued, the British government "
    "are breaking the law.\"\n"
)


@pytest.fixture(scope="module")
def relative_events(nlp, tmp_path_factory):
    return events_of(RELATIVE_IN_COPULA, dt.date(2020, 4, 8), "relative", nlp=nlp, folder=tmp_path_factory.mktemp("events"))


class TestRelativeClauseInCopula:
    """"… were on March 8, in two people who returned from Italy": a relative clause on a noun of
    a copular clause identifies whom the copula is about; one on the subject of an act ("Cherry,
    who led the petition, said …") still tells an act."""

    def test_identifying_relative_is_no_event(self, relative_events):
        assert relative_events[relative_events["verb"] == "return"].empty

    def test_relative_on_an_actor_stays(self, relative_events):
        assert not relative_events[relative_events["verb"] == "lead"].empty

    def test_a_cleft_asserts_its_relative_clause(self, nlp):
        doc = nlp("It was the NCA's investigation of Matthew Falder which led to the discovery of the South Korean "
                  "website.")
        led = next(t for t in doc if t.text == "led")
        assert led.dep_ == "relcl" and not describes_in_copula(led)


THEY_AFTER_WHEN = (
    "The researchers examined three types of coral in reefs off the coast of Fiji, Acropora millepora, Porites "
    "cylindrica, and Pocillopora damicornis. Some of these reefs were in areas where fishing was prohibited and some "
    "were not. The researchers found when fish were plentiful, they would eat algae and seaweed off the corals, which "
    "appeared to leave them more resistant to the bacterium Vibrio coralliilyticus, a bacterium associated with "
    "bleaching.\n"
)


class TestTheyAfterASubordinateClause:
    """"when fish were plentiful, they would eat algae": a "they" after a clause of time or
    condition put before its own clause stands for that clause's plural subject (plural by its
    verb, "were"), not for the reporter of the sentence."""

    def test_they_is_the_subordinate_subject(self, nlp, tmp_path):
        events = events_of(THEY_AFTER_WHEN, dt.date(2019, 10, 5), "fish", nlp=nlp, folder=tmp_path)
        eat = events[events["verb"] == "eat"]
        assert len(eat) == 1 and eat.iloc[0]["subject"] == "fish"
        assert eat.iloc[0]["reported_by"].lower() == "the researchers"


# wn_2020-06-28 "Neanderthals knew what they were doing: Archæologist Dr Naomi Martisius discusses …"
# (Wikinews, CC BY 2.5), an interview: the interviewer's questions, then the answer's first words.
INTERVIEW = (
    "((WN)) Which activity took the most time and attention?\n\n((Naomi Martisius)) Which activity took the most "
    "time? And attention. Um. I mean this might not be the answer you were looking for, but probably just "
    "coordinating everyone's schedules.\n\n((WN)) How did the team make sure the samples gathered from the walls of "
    "these containers were not contaminated?\n\n((Naomi Martisius)) And then, William Rendu worked at the "
    "Pech-de-l’Azé I site. So he helped with context there, and the fauna there."
)


@pytest.fixture(scope="module")
def interview_events(nlp, tmp_path_factory):
    return events_of(INTERVIEW, dt.date(2020, 6, 28), "interview", nlp=nlp, folder=tmp_path_factory.mktemp("events"))


class TestQuestionsAssertNothing:
    def test_no_event_comes_from_a_question(self, interview_events):
        assert not interview_events["sentence"].str.rstrip().str.endswith("?").any()

    def test_the_answer_still_reports_what_was_done(self, interview_events):
        helped = interview_events[interview_events["verb"] == "help"]
        assert list(helped["subject"]) == ["William Rendu"]
