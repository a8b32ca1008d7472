"""Round events22: rules from an audit of fresh wire-style Wikinews articles (bench/audit/events22.tsv).

Two bodies joined by "and" that say "it would …" speak of a thing, not of themselves; "The plaintiffs were
listed as …" tells whom a record names, no act; "may take a year" foretells a length of time;
"were both evacuated and local police" is a clause before the subject "local police"; "the toilet
represented a 'comment …'" tells what a thing stands for.

Real sentences of the corpora in /work/shared/corpora (White House texts, public domain; Wikinews,
CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"), outside the audited texts where the
corpora have one (the two groups that sued Montana, the suit's plaintiffs, the evacuation at Sola and
the gold toilet are the audit's own: the corpora have no other pair of bodies saying "it", no other
main clause "were listed as", no other clause read as a subject's modifier and no other past
"represented" of a thing that other rules leave as an event).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

BALLOTS = ("On Thursday, the American Civil Liberties Union of Montana and Native American Rights Fund filed a "
           "lawsuit against the state of Montana over its 2018 Ballot Interference Prevention Act (BIPA), saying it "
           "would prevent many Native Americans from voting.\n")

SHUTDOWN = "Moscow announced it would end the talks.\n"


class TestPairedSpeakers:
    """A body that says "it would" speaks of itself; two bodies joined by "and" never do."""

    def test_two_bodies_are_not_it(self, nlp, tmp_path):
        events = events_of(BALLOTS, dt.date(2020, 3, 15), "ballots", nlp=nlp, folder=tmp_path)
        assert not events[events["verb"] == "file"].empty
        prevent = events[events["verb"] == "prevent"]
        assert not prevent["subject"].fillna("").str.contains("Civil Liberties").any()

    def test_one_body_is_it(self, nlp):
        from toolkit.nlp.agreement import pairs_with_it

        doc = nlp(SHUTDOWN)
        assert pairs_with_it(doc[0])


PLAINTIFFS = ("The plaintiffs were listed as Western Native Voice, Montana Native Vote, Assiniboine and Sioux Tribes "
              "of Fort Peck, Blackfeet Nation, Confederated Salish and Kootenai Tribes, Crow Tribe, and the Fort "
              "Belknap Indian Community. The suit was filed in Yellowstone County.\n")


class TestListedAs:
    """A passive "listed as" classes its subject, as "regarded as" and "ranked as" do: no act done to it."""

    def test_listed_as_is_no_act(self, nlp, tmp_path):
        events = events_of(PLAINTIFFS, dt.date(2020, 3, 15), "plaintiffs", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "list"].empty
        assert not events[events["verb"] == "file"].empty


APPROVALS = ("He could take 10 years to approve or disapprove something, or he could do it in a month.\n")

SABBATICAL = ("I doubt that any day you will take a sabbatical year, but if you could take a sabbatical year, "
              "Mr. President, what would you do?\n")


class TestForetoldLengths:
    """A modal "take" with a length of time for object foretells how long something lasts: a measure, no act."""

    def test_a_foretold_length_is_a_measure(self, nlp):
        from toolkit.nlp.measures import measures_its_subject

        doc = nlp(APPROVALS)
        take = next(t for t in doc if t.lower_ == "take")
        assert measures_its_subject(take, "take")

    def test_a_year_with_an_adjective_is_a_thing_taken(self, nlp):
        from toolkit.nlp.measures import measures_its_subject

        doc = nlp(SABBATICAL)
        assert not any(measures_its_subject(t, "take") for t in doc if t.lower_ == "take")


EVACUATION = ("The airport and nearby hotel were both evacuated and local police warned people in the general "
              "vicinity to stay inside and close exterior vents and windows.\n")


class TestClauseReadAsModifier:
    """A verb group with an auxiliary that the parser hangs on a subject as a modifier is a clause before it:
    only the words after its "and" belong to the subject."""

    def test_the_subject_starts_after_the_clause(self, nlp, tmp_path):
        events = events_of(EVACUATION, dt.date(2020, 1, 10), "evacuation", nlp=nlp, folder=tmp_path)
        warned = events[events["verb"] == "warn"]
        assert list(warned["subject"]) == ["local police"]

    def test_a_plain_modifier_stays(self, nlp):
        from toolkit.nlp.noun_phrases import noun_phrase

        doc = nlp(EVACUATION)
        assert noun_phrase(next(t for t in doc if t.lower_ == "hotel")) == "nearby hotel"


TOILET = 'Dominic Hare said the toilet represented a "comment on the American dream".\n'

SPOKESMAN = "I think you should get a formal answer to that from someone who represents Red Hat.\n"


class TestSignifying:
    """A thing that "represents" something stands for it: no act; a person who represents another acts."""

    def test_a_toilet_that_represented_is_no_act(self, nlp, tmp_path):
        events = events_of(TOILET, dt.date(2019, 9, 18), "toilet", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "represent"].empty

    def test_people_who_represent_act(self, nlp):
        from toolkit.nlp.signification import signifies

        doc = nlp(SPOKESMAN)
        represents = next(t for t in doc if t.lower_ == "represents")
        assert not signifies(represents, "represent")
