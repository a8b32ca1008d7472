"""Round ev48: agentless passives that tell an act, in the forms the event dev golds list and the reader missed.

A passive naming no agent is an event with no subject when it tells an act done to one particular thing
(:mod:`toolkit.nlp.passives`): a thing by its name or by "it", a bare or quantified plural in the past, a
progressive or pluperfect passive, and the same passive in a clause of time or in a relative clause whose pronoun is
its subject. Each class is one rule, with a control where the rule must not reach (a present of a kind, a "by"
phrase, a negated or scheduling relative, a verb that takes no object, a state that lasted). Two forms that look like
frames tell an act too (:mod:`toolkit.nlp.passive_forms`): a modal passive ("would be examined", with its modality)
and a passive that confers an office or a verdict ("was elected mayor", "was found guilty").

The passages are sentences of the event dev golds' Wikinews texts (wikinews-events-dev2, -dev6, -dev7, -dev10,
-dev11, -dev12, -dev13, -dev21, -dev22, -dev26, -dev27, -dev28, -dev31, -dev33), copied unchanged: Wikinews articles
of 2019–2020, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org" (source URLs in each gold's
texts/MANIFEST.tsv).
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import blank, events_of, records_headed_by


@pytest.fixture(scope="module")
def read(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ev48")
    cache: dict[str, object] = {}

    def run(text: str, published: dt.date):
        if text not in cache:
            cache[text] = events_of(text, published, f"story{len(cache)}", nlp=nlp, folder=folder)
        return cache[text]
    return run


def agentless(events, verb: str) -> list[dict]:
    """The rows of ``verb`` with no subject."""
    return [r for r in records_headed_by(events, verb) if blank(r["subject"])]


class TestThingByName:
    """A thing named by a proper name, in the simple past: "Bradley Airport was shut down"."""

    TEXT = ("At least seven people were killed in the United States yesterday, when a World War II-era bomber crashed "
            "at Bradley International Airport.\n\nBradley Airport was shut down after the incident and reopened "
            "later that day at 2 p.m. ET (1800 UTC). The airport is the second-largest airport in the New England "
            "region of northeastern United States.")  # wikinews-events-dev28

    def test_the_named_thing_is_the_patient(self, read):
        rows = agentless(read(self.TEXT, dt.date(2019, 10, 3)), "shut")
        assert len(rows) == 1
        assert "Bradley" in str(rows[0]["object"])


class TestThingByIt:
    """"It" as a passive's subject in a main clause: the thing named before, unless a "by" phrase follows."""

    TEXT = ("The United States government claims Mahan flies fighters and cargo to Syria in support of al-Assad. The "
            "airline was Iran's first in private hands. It has Iran's largest fleet, and is still operating in Europe "
            "with destinations including Spain, Greece, France, and Italy. It was founded in 1992.")  # -dev13
    BY = ("Dorian reached the Bahamas earlier today, making landfall in Elbow Cay. It was accompanied by a "
          "\"life-threatening\" 18 to 23 foot (5.5 to 7 meter) storm surge.")  # wikinews-events-dev12

    def test_it_was_founded(self, read):
        assert len(agentless(read(self.TEXT, dt.date(2019, 1, 23)), "found")) == 1

    def test_a_by_phrase_makes_no_agentless_act(self, read):
        assert agentless(read(self.BY, dt.date(2019, 9, 1)), "accompany") == []


class TestBarePluralInThePast:
    """A bare plural in the simple past is the things there were; in the present it is a kind."""

    TEXT = ("Firefighters put the fire out on Saturday and were subsequently pictured searching the charred "
            "apartments. Windows were broken out on multiple floors, with soot coating the outside of the "
            "structure.")  # wikinews-events-dev11
    KIND = "Jackal horns are crafted from skulls of jackals and are considered talismans."  # wikinews-events-dev22

    def test_windows_were_broken_out(self, read):
        rows = agentless(read(self.TEXT, dt.date(2019, 1, 7)), "break")
        assert len(rows) == 1
        assert "Windows" in str(rows[0]["object"])

    def test_a_kind_in_the_present_is_no_act(self, read):
        assert agentless(read(self.KIND, dt.date(2020, 6, 11)), "craft") == []


class TestClauseOfTime:
    """A passive in the past in a clause of time tells an act done before the main one; "be gone" tells a state."""

    TEXT = ("After the names of the victims were released, New Hampshire governor Chris Sununu declared flags would "
            "be flown at half-mast on Monday — today — in their honor.")  # wikinews-events-dev7
    GONE = ("Not only did they put out the fire but they continued to cool the structure after the fire was gone to "
            "reduce the possibility of further damage.")  # wikinews-events-dev10

    def test_the_release_is_an_act(self, read):
        rows = agentless(read(self.TEXT, dt.date(2019, 6, 24)), "release")
        assert len(rows) == 1
        assert "names" in str(rows[0]["object"])

    def test_a_verb_without_an_object_has_no_passive(self, read):
        assert agentless(read(self.GONE, dt.date(2019, 4, 16)), "go") == []


class TestRelativeClause:
    """A passive relative clause on a noun, its pronoun the subject: the noun was acted on; not when the clause is
    negated (it tells which one) or one of scheduling (a plan)."""

    TEXT = ("The government statement, which was posted on Twitter, announced the President's death \"with great "
            "sorrow to Burundians and the international community.\"")  # wikinews-events-dev31
    NEGATED = ("The United States Supreme Court later ruled against Conley's extension of absentee voting as well. Part "
               "of the court order that was not overturned declared that ballots would not be counted until 4 p.m. "
               "on April 13.")  # wikinews-events-dev27
    SCHEDULED = ("The United States Commission on Presidential Debates announced on Friday the second presidential "
                 "debate between US President Donald Trump and former US Vice President Joe Biden, which was slated "
                 "for October 15, has been cancelled, citing COVID-19 safety concerns.")  # wikinews-events-dev2

    def test_the_statement_was_posted(self, read):
        rows = agentless(read(self.TEXT, dt.date(2020, 6, 11)), "post")
        assert len(rows) == 1
        assert "statement" in str(rows[0]["object"])

    def test_a_negated_relative_tells_which_one(self, read):
        assert agentless(read(self.NEGATED, dt.date(2020, 4, 7)), "overturn") == []

    def test_a_scheduling_relative_is_a_plan(self, read):
        assert agentless(read(self.SCHEDULED, dt.date(2020, 10, 12)), "slate") == []


class TestModalPassive:
    """A modal of an occasion before a passive, in a main or reported clause: the act, with its modality."""

    TEXT = ("Florida Department of Transportation official Troy Roberts said yesterday morning the road itself, which "
            "is straight in the vicinity, will be examined as part of investigations. He said \"Guardrails can only "
            "take so much.\" The guardrail would be examined, Roberts said, to determine if it had performed as "
            "designed.")  # wikinews-events-dev21

    def test_the_guardrail_would_be_examined(self, read):
        rows = [r for r in agentless(read(self.TEXT, dt.date(2020, 2, 1)), "examine") if "guardrail" in str(r["object"])]
        assert len(rows) == 1
        assert rows[0]["modality"] == "would"


class TestConferringPassive:
    """A passive whose complement is an office or a verdict tells the act of giving it; a state it was found in is
    none."""

    ELECTED = ("Park Won-soon, the mayor of Seoul, South Korea, was found dead, police reported Friday morning, local "
               "time (UTC+0900). Park was elected mayor of the capital city in 2011.")  # wikinews-events-dev26
    GUILTY = ("Avenatti was charged with three distinct crimes: transmission of interstate communications with intent "
              "to extort, attempted extortion, and honest services wire fraud. He was found guilty on all counts.")  # -dev7
    STATE = ("Beginning in 2010 and continuing for seven years, McArthur murdered gay men; all but one victim was found "
             "dismembered in large planters at a house he had access to.")  # wikinews-events-dev6

    def test_elected_mayor(self, read):
        rows = agentless(read(self.ELECTED, dt.date(2020, 7, 10)), "elect")
        assert len(rows) == 1
        assert "Park" in str(rows[0]["object"])

    def test_found_guilty(self, read):
        rows = agentless(read(self.GUILTY, dt.date(2020, 2, 15)), "find")
        assert len(rows) == 1
        assert "Avenatti" in str(rows[0]["object"])

    def test_found_in_a_state_is_no_verdict(self, read):
        assert agentless(read(self.STATE, dt.date(2019, 1, 30)), "find") == []


class TestQuantifiedPlural:
    """A plural picked by a quantifier, in a past passive: some of the particular ones there were."""

    TEXT = ("Mijares further claimed 90 civilians were wounded, as were seventeen from the Armed Forces, and two each "
            "from the Coast Guard and the National Police. Some victims were airlifted to nearby "
            "Zamboanga.")  # wikinews-events-dev22

    def test_some_victims_were_airlifted(self, read):
        rows = agentless(read(self.TEXT, dt.date(2019, 1, 28)), "airlift")
        assert len(rows) == 1
        assert "victims" in str(rows[0]["object"])


class TestProgressivePassive:
    """A progressive passive in a main clause: an act going on."""

    TEXT = ("Multiple schools and colleges are closed across the country as a precautionary measure to slow down the "
            "spread of this virus. Passengers at airports are being screened to ensure safety.")  # wikinews-events-dev27

    def test_passengers_are_being_screened(self, read):
        rows = agentless(read(self.TEXT, dt.date(2020, 3, 16)), "screen")
        assert len(rows) == 1
        assert "passengers" in str(rows[0]["object"]).lower()

    def test_a_present_state_stays_out(self, read):
        assert agentless(read(self.TEXT, dt.date(2020, 3, 16)), "close") == []


class TestPluperfectPassive:
    """A pluperfect passive in a main clause is an act done before the time told; with a span it is a state."""

    TEXT = ("Saudi Arabia initially denied all claims that Khashoggi was slain, however, a UN report eventually "
            "concluded evidence supported his murder and dismemberment inside the consulate by Saudi agents. To date, "
            "his remains had not been recovered.")  # wikinews-events-dev33
    SPAN = ("In September 2013, for four days, traffic \"ground to a halt\" — as the Supreme Court decision put it — at "
            "part of the George Washington Bridge, an entryway into Manhattan, administered by the Port Authority. For "
            "decades, three of the twelve access lanes to the bridge had been reserved during morning rush hour for "
            "commuters coming from the streets of Fort Lee.")  # wikinews-events-dev2

    def test_his_remains_had_not_been_recovered(self, read):
        rows = agentless(read(self.TEXT, dt.date(2020, 9, 28)), "recover")
        assert len(rows) == 1
        assert rows[0]["negated"]

    def test_a_state_that_lasted_stays_out(self, read):
        assert agentless(read(self.SPAN, dt.date(2020, 5, 8)), "reserve") == []
