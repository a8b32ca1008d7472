"""Round events38 (toolkit/nlp/question_turns.py): an interview printed without speakers' marks, its
questions set apart only by a typeface the text has lost, is read by its questions; what follows a
question is the interviewee's words, like a direct quotation, and the lead before it is the
publication's report.

Real passages of GUM's interviews (Georgetown University Multilayer corpus, Zeldes; GUM annotations
CC BY 4.0), which are Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"):
GUM_interview_ants ("Biologist Nick Bos tells Wikinews about 'self-medicating' ants", 2015),
GUM_interview_herrick ("Jack Herrick, wikiHow founder interviewed by Wikinews", 2009) and
GUM_interview_messina ("Frank Messina: An Interview with the 'Mets Poet'", 2007). The control for
texts that are no interview is the check of the 295 Wikinews texts of the corpus (none changed).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

from toolkit.nlp.interviews import turn_spans

ANTS = (
    "Biologist Nick Bos tells Wikinews about 'self-medicating' ants\n\n"
    "Bos obtained his doctorate from the University of Copenhagen. He began postdoctoral research at Helsinki "
    "in 2012. He also runs the AntyScience blog.\n\n"
    "Beauveria bassiana on a cicada in Bolivia. Image: Danny Newman.\n\n"
    "What first attracted you to researching ants?\n\n"
    "Me and a studymate were keeping a lot of animals during our studies, from beetles, to butterflies and "
    "mantids, to ants.\n\n"
    "What methods and equipment were used for this investigation?\n\n"
    "This is a fun one. I try to work on a very low budget, and like to build most of the experimental setups "
    "myself.\n\n"
    "For this we basically put colonies on a diet of either food with medicine or without for a while. Then for "
    "about two weeks we count every day how many ants died.\n\n"
    "How reliable do you consider your results to be?\n\n"
    "The results we got are very reliable. We had a lot of colonies containing a lot of ants, and wherever "
    "possible I conducted the experiments blind.\n"
)

HERRICK = (
    "Jack Herrick, wikiHow founder interviewed by Wikinews\n\n"
    "It recently published its 50,000th article, and to discuss what the site has achieved since its creation, "
    "Wikinews interviewed the site's founder, Jack Herrick.\n\n"
    "Interview\n\n"
    "For our readers who are unaware of your site, could you briefly explain what wikiHow is?\n\n"
    "Sure. wikiHow is a collaborative effort to build the world's largest, highest quality how-to manual. "
    "[Note: The interview took place just before the 50000 milestone was met]\n\n"
    "Why did you decide to create wikiHow?\n\n"
    "I think that providing people with a practical education is one of the most empowering things you can "
    "offer a person.\n\n"
    "I've been interested in building a comprehensive how-to manual long before I first envisioned wikiHow. "
    "When I ran eHow, the content was professionally produced and edited.\n"
)

MESSINA = (
    "Frank Messina: An Interview with the 'Mets Poet'\n\n"
    "You have received a good deal of attention recently.\n\n"
    "Even though I'm not Michael Jackson or somebody, when people come up to me and introduce themselves and "
    "say, 'Hey Frank, my name is John,' I say, 'Hey John, my name is Frank' and they laugh.\n\n"
    "What goes through your head when that happens?\n\n"
    "I understand it. I've gone to readings and concerts. The band I started in 1993, Spoken Motion, received a "
    "lot of recognition as a spoken word band born out of the New York spoken word scene.\n\n"
    "Sports fans aren't known as patrons of poetry. Have you had interaction with \"new readers' through your "
    "Mets work?\n\n"
    "This one person who I never met took a picture of me and sent it to me in an e-mail.\n"
)

def _turn_of(text: str, words: str) -> bool:
    at = text.index(words)
    return any(start <= at < end for start, end in turn_spans(text))


class TestUnmarkedQuestionsOpenTurns:
    """After the first question every paragraph is a turn; the lead, captions and headings are not."""

    def test_answers_are_turns(self):
        assert _turn_of(ANTS, "I try to work on a very low budget")
        assert _turn_of(ANTS, "we count every day how many ants died")
        assert _turn_of(ANTS, "What first attracted you")

    def test_lead_and_caption_are_not(self):
        assert not _turn_of(ANTS, "Bos obtained his doctorate")
        assert not _turn_of(ANTS, "Beauveria bassiana on a cicada")

    def test_answer_events_are_quoted(self, nlp, tmp_path):
        events = events_of(ANTS, dt.date(2015, 9, 1), "ants", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "die"]["quoted"].all()
        told = events[~events["quoted"]]
        assert not told[told["verb"] == "obtain"].empty


class TestEditorsNoteAndHeading:
    """An editor's note in square brackets inside an answer and a heading are the publication's."""

    def test_note_is_no_turn(self):
        assert not _turn_of(HERRICK, "The interview took place")
        assert _turn_of(HERRICK, "wikiHow is a collaborative effort")
        assert _turn_of(HERRICK, "When I ran eHow")

    def test_heading_and_lead(self):
        assert not _turn_of(HERRICK, "Interview\n")
        assert not _turn_of(HERRICK, "Wikinews interviewed the site's founder")


class TestOpeningStatement:
    """An interviewer's statement in the second person before the first question opens the talk."""

    def test_statement_opens(self):
        assert _turn_of(MESSINA, "You have received a good deal")
        assert _turn_of(MESSINA, "Even though I'm not Michael Jackson")
        assert _turn_of(MESSINA, "This one person who I never met")


# GUM_interview_ants, GUM_interview_mcguire ("Interview with LibriVox founder Hugh McGuire", 2006) and
# GUM_interview_stardust ("Keep your eyes peeled for cosmic debris: Andrew Westphal about Stardust @ home",
# 2006): leads, the publication's own words (Wikinews, CC BY 2.5).
STATES = (
    "He also runs the AntyScience blog. The blog aims to help address \"a gap between scientists and 'the "
    "general public'.\" He now discusses his work with Wikinews.\n\n"
    "The LibriVox website features a catalog of about a hundred completed books, including books in other "
    "languages like German, Hebrew, and Japanese.\n\n"
    "Unlike distributed computing projects like SETI @ home, Stardust @ home relies entirely on human "
    "intelligence. Wikinews interviewed him for May's Interview of the Month (IOTM) on May 18, 2006.\n"
)


class TestStatesOfDependencePurposeAndContent:
    """"rely", "depend", "aim" and "feature" in the simple present state what is so, no act."""

    def test_states_are_no_events(self, nlp, tmp_path):
        events = events_of(STATES, dt.date(2006, 5, 28), "states", nlp=nlp, folder=tmp_path)
        verbs = set(events["verb"])
        assert not verbs & {"aim", "feature", "rely"}
        assert {"discuss", "interview"} <= verbs


# GUM_court_property (an oral argument before the Supreme Court of the State of Hawaiʻi; GUM court text,
# CC BY 4.0, its source in the document's metadata; GUM annotations CC BY 4.0).
REQUEST = (
    "Just to confirm, Mr. Sova, you've reserved 10 minutes for rebuttal. Alright, Mr. Sova, please proceed.\n\n"
    "And at that time, the mayor did speak individually with Ms. Lau as well as Ms. Davis.\n"
)


class TestPoliteRequest:
    """A bare verb with "please" and no auxiliary asks for the act; it tells none."""

    def test_request_is_no_event(self, nlp, tmp_path):
        events = events_of(REQUEST, dt.date(2023, 1, 1), "request", nlp=nlp, folder=tmp_path)
        assert "proceed" not in set(events["verb"])
        assert "speak" in set(events["verb"])


# GUM_court_negligence (a hearing of the Supreme Court of Canada; GUM court text, CC BY 4.0, its source in
# the document's metadata; GUM annotations CC BY 4.0).
COUNSEL = (
    "My colleague, Mr. Eizenga, will address the Criminal Code issue and unjust enrichment. And Mr. Kelly, who "
    "acts for the remaining appellants, will address the requirement that any order of disgorgement of profits "
    "must be limited to those profits that result from, or that are causally linked to the breach of contract or "
    "other wrongdoing at issue.\n"
)


class TestCounselActsFor:
    """"acts for" in the simple present says whom counsel represents: a relation, no act."""

    def test_acts_for_is_no_event(self, nlp, tmp_path):
        events = events_of(COUNSEL, dt.date(2020, 1, 1), "counsel", nlp=nlp, folder=tmp_path)
        verbs = list(events["verb"])
        assert "act for" not in verbs and "act" not in verbs
        assert verbs.count("address") == 2


# GUM_court_loan (the oral argument of Biden v. Nebraska, Supreme Court of the United States; GUM court text,
# CC BY 4.0, its source in the document's metadata; GUM annotations CC BY 4.0).
INJURY = (
    "The states' bare disagreement with this policy is not the sort of concrete injury that Article III demands. "
    "Congress expressly authorized the Secretary to waive or modify any Title IV provision in emergencies to "
    "provide financial relief to borrowers.\n"
)


class TestRelativeInPresentOnCopula:
    """A relative clause in the simple present on a copula's noun says what the thing is, no act."""

    def test_requirement_is_no_event(self, nlp, tmp_path):
        events = events_of(INJURY, dt.date(2023, 2, 28), "injury", nlp=nlp, folder=tmp_path)
        verbs = set(events["verb"])
        assert "demand" not in verbs and "authorize" in verbs


# GUM_interview_chomsky ("Interview with US political activist and philosopher Noam Chomsky", 2009;
# Wikinews, CC BY 2.5): the interviewer's first question is indirect.
CHOMSKY = (
    "On March 13, Professor Chomsky sat down with Michael Dranove for an interview in his MIT office in "
    "Cambridge, Massachusetts.\n\n"
    "On NATO\n\n"
    "I just wanted to know if you had any thoughts on recent NATO actions and the protests coming up at the 60th "
    "NATO conference, I know you’re speaking at the counter-conference.\n\n"
    "Could be I give so many talks I can’t remember. On the NATO conference, well I mean the obvious question is "
    "why should NATO exist? And George Bush and James Baker, secretary of state, agreed that NATO would not "
    "expand one inch to the east.\n\n"
    "Labor actions as a revival of the Left\n\n"
    "We’ve seen mass strikes all around the world, in countries that we wouldn’t expect it. Do you think this is "
    "a revival of the Left in the West? Or do you think it’s nothing?\n\n"
    "It’s really hard to tell. I mean there’s certainly signs of it, and in the United States too, in fact we had "
    "a sit down strike in Chicago.\n"
)


class TestIndirectQuestion:
    """An interviewer's short "I just wanted to know if you …" asks as a question does."""

    def test_indirect_question_opens_the_talk(self):
        assert _turn_of(CHOMSKY, "I just wanted to know")
        assert _turn_of(CHOMSKY, "George Bush and James Baker")
        assert not _turn_of(CHOMSKY, "Professor Chomsky sat down")
        assert not _turn_of(CHOMSKY, "On NATO")
