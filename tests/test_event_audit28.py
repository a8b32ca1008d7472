"""Round events28: rules from an audit of eight fresh White House texts (bench/audit/events28.tsv).

"…, starting with the preservation of human dignity": a participle of beginning with "with" names the first
item of a list, no act. "…, threatening a massive oil-spill and followed by a months-long salvage effort": a
participle of sequence joined to another participle orders events, as one after a clause does. "its cornerstone
initiative, Fostering the Future": a capitalised gerund that opens a name with its object is no verb.
"… are everlasting": a word in "-ing" whose lemma is no verb of the model's tables but which is an adjective
there is that adjective. "…: fashion, …, commercial television, and of course, filmmaking": a gerund after
the ", and" of an open list of nouns is the list's last item. "His release was met with immediate praise from
…": the passive of "meet" with a "with" phrase tells how something was received, no meeting. "such as how to
build a brand, create superior product design, and activate an advertising campaign": a base form with a
subject but no auxiliary after an infinitive's phrase and a comma is the infinitive's next member, no clause of
its own. "Attention to detail … are everyday realities when building towards success": a participle of time on
a copula whose subject is a thing has no agent. "Mrs. Trump called on women …" after naming both Trumps: the
surname behind a courtesy title is the one of that sex. "First Lady Melania Trump and President Donald J.
Trump hosted …": two people joined by "and" that the parser read as a modifier and its head are both the
subject. "I stood alongside the President … as he signed …": the title in the pronoun's own sentence is whom
"he" stands for. "our … relationship, including the … Agreement signed in 2000 that entered into force in
2001": a restrictive relative describes the noun right before it, not one across a comma.

Real sentences of the audited White House texts (public domain), in /work/shared/corpora/whitehouse-2025.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

SENATE = dt.date(2025, 5, 21)
WOMEN = dt.date(2026, 3, 12)
HOUTHIS = dt.date(2025, 3, 15)
VIETNAM = dt.date(2025, 10, 26)

CONGRESS = ("Throughout history, American lawmakers have shaped security, prosperity, and civil liberties. Congress "
            "wields significant influence over the nation’s character, starting with the preservation of human dignity.\n")


class TestFirstOfList:
    """"…, starting with …" names the first item of what the clause spoke of: no act."""

    def test_congress_starts_nothing(self, nlp, tmp_path):
        events = events_of(CONGRESS, SENATE, "congress", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "start"].empty
        assert len(events[events["verb"] == "shape"]) == 1


SOUNION = ("August 21, 2024: The Houthi rebels attack the Greek-flagged oil tanker M/V Sounion, threatening a "
           "massive oil-spill and followed by a months-long salvage effort.\n")


class TestSequenceJoinedToParticiple:
    """"followed by" a thing, joined to a participle after a clause, orders events: no act."""

    def test_no_salvage_effort_follows(self, nlp, tmp_path):
        events = events_of(SOUNION, HOUTHIS, "sounion", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "follow"].empty
        assert len(events[events["verb"] == "attack"]) == 1


FOSTERING = ("Speaking to a distinguished audience of wives and husbands of United States Senators, Mrs. Trump "
             "highlighted the recent achievements of her BE BEST platform and reaffirmed her commitment to its "
             "cornerstone initiative, Fostering the Future.\n")


class TestTitledGerund:
    """A capitalised gerund that opens a name with its object is the name, no verb."""

    def test_the_initiative_is_no_act(self, nlp, tmp_path):
        events = events_of(FOSTERING, SENATE, "fostering", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "foster"].empty
        assert set(events["verb"]) >= {"highlight", "reaffirm"}

    def test_a_gerund_opening_the_sentence_stays(self, nlp):
        from toolkit.nlp.mistags import titled_gerund

        doc = nlp("Fostering the Future is her initiative.")
        assert not titled_gerund(doc[0])


MARKETS = ("Markets evolve, technologies change, but the fundamentals of thoughtful leadership and continuous "
           "learning are everlasting.\n")


class TestAdjectiveInIng:
    """"are everlasting": an adjective of the lemma tables whose lemma is no verb is no progressive."""

    def test_nothing_everlastes(self, nlp, tmp_path):
        events = events_of(MARKETS, WOMEN, "markets", nlp=nlp, folder=tmp_path)
        assert not any(verb.startswith("everlast") for verb in events["verb"])

    def test_a_progressive_stays_a_verb(self, nlp):
        from toolkit.nlp.mistags import adjective_in_ing

        doc = nlp("Women are building businesses across the country.")
        assert not adjective_in_ing(doc[2])


SECTORS = ("This unrestricted mindset has led me to build across very different sectors: fashion, digital assets, "
           "publishing, accessories, skincare, commercial television, and of course, filmmaking.\n")


class TestGerundClosesNounList:
    """A gerund after the ", and" of an open list of nouns is the list's last item."""

    def test_the_mindset_makes_no_films(self, nlp, tmp_path):
        events = events_of(SECTORS, WOMEN, "sectors", nlp=nlp, folder=tmp_path)
        assert not any(verb.startswith("filmmak") for verb in events["verb"])


RELEASE = ("His release was met with immediate praise from Fogel’s family and a bipartisan group of officials and "
           "lawmakers:\n")


class TestMetWith:
    """"was met with praise" tells a reception: no agentless meeting."""

    def test_nobody_met_the_release(self, nlp, tmp_path):
        events = events_of(RELEASE, dt.date(2025, 2, 12), "release", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "meet"].empty

    def test_met_by_officials_stays(self, nlp):
        from toolkit.nlp.formulas import set_phrase

        doc = nlp("The minister was met by officials at the airport.")
        assert not set_phrase(doc[3])


LESSONS = ("The lessons I learned when launching my earliest ventures, such as how to build a brand, create superior "
           "product design, and activate an advertising campaign, remain just as relevant today.\n")
WEEKS = ("In the coming weeks, the United States and Viet Nam will work to finalize the Agreement on Reciprocal, "
         "Fair, and Balanced Trade, prepare the Agreement for signature, and undertake domestic formalities in "
         "advance of the Agreement entering into force.\n")


class TestListedAfterInfinitive:
    """A base form with a subject and no auxiliary after "to build …," is that infinitive's next member."""

    def test_the_lessons_create_nothing(self, nlp, tmp_path):
        events = events_of(LESSONS, WOMEN, "lessons", nlp=nlp, folder=tmp_path)
        assert events[events["verb"].isin(["create", "activate"])].empty

    def test_members_under_will_stay(self, nlp, tmp_path):
        events = events_of(WEEKS, VIETNAM, "weeks", nlp=nlp, folder=tmp_path)
        listed = events[events["verb"].isin(["prepare", "undertake"])]
        assert len(listed) == 2 and set(listed["modality"]) == {"will"}


REALITIES = ("Attention to detail, demanding schedules, and multi-tasking are everyday realities when building "
             "towards success.\n")


class TestParticipleOnCopulaOfThing:
    """"… are everyday realities when building …": the participle of time has no agent."""

    def test_attention_builds_nothing(self, nlp, tmp_path):
        events = events_of(REALITIES, WOMEN, "realities", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "build"].empty


GATHERING = ("First Lady Melania Trump spotlighted the powerful role women play in developing America’s future.\n\n"
             "First Lady Melania Trump and President Donald J. Trump hosted a special gathering at the White House "
             "today in recognition of Women’s History Month, welcoming accomplished working mothers and women from "
             "across America who are leaders in business, athletics, law enforcement, government, and civil society.\n\n"
             "Mrs. Trump called on women to pursue their ambitions with confidence.\n")


class TestCourtesyTitleActor:
    """"Mrs. Trump" after both Trumps are named is the one of that sex, as the subject of an event too."""

    def test_mrs_trump_calls(self, nlp, tmp_path):
        events = events_of(GATHERING, WOMEN, "gathering", nlp=nlp, folder=tmp_path)
        called = events[events["verb"] == "call on"]  # (a demand made of someone keeps its "on", round wire33)
        assert list(called["subject"]) == ["Melania Trump"]


class TestNamesReadAsModifier:
    """Two people joined by "and", the first read as the second's modifier, are both the subject."""

    def test_both_host(self, nlp, tmp_path):
        events = events_of(GATHERING, WOMEN, "gathering", nlp=nlp, folder=tmp_path)
        for verb in ("host", "welcome"):
            subject = events[events["verb"] == verb]["subject"].iloc[0]
            assert "Melania Trump" in subject and "Donald Trump" in subject


ROSE_GARDEN = ("I am proud to share that, in collaboration with Secretary Turner at the Department of Housing and "
               "Urban Development and the Office of Management and Budget, I successfully secured a $25 million "
               "investment in the President’s Fiscal Year 2026 budget aimed at supporting youth transitioning out of "
               "foster care.\n\nHowever, our efforts must extend beyond this achievement. Just two days ago, I stood "
               "alongside the President in the Rose Garden as he signed the “Take It Down Act” into law.\n")


class TestTitleInSentence:
    """The "he" of a clause of time is the one a title names in its own sentence."""

    def test_the_president_signed(self, nlp, tmp_path):
        events = events_of(ROSE_GARDEN, SENATE, "rose-garden", nlp=nlp, folder=tmp_path)
        signed = events[events["verb"] == "sign"]
        assert list(signed["subject"]) == ["the President"]


AGREEMENT = ("The Agreement on Reciprocal, Fair, and Balanced Trade will build upon our longstanding economic "
             "relationship, including the U.S.-Viet Nam Bilateral Trade Agreement signed in 2000 that entered into "
             "force in 2001.\n")


class TestRelativeAcrossComma:
    """A restrictive "that" describes the noun right before it, not one across a comma."""

    def test_the_trade_agreement_entered_into_force(self, nlp, tmp_path):
        events = events_of(AGREEMENT, VIETNAM, "agreement", nlp=nlp, folder=tmp_path)
        entered = events[events["verb"] == "enter"]
        assert len(entered) == 1 and "Bilateral Trade Agreement" in entered["subject"].iloc[0]
