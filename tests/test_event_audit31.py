"""Round events31: rules from an audit of nine White House "ICYMI" articles (bench/audit/events31.tsv).

"a letter to Assistant to the President and OSTP Director Michael Kratsios … The President outlined three main
goals": a title after "to" names the one the person serves, not the person's office. "… will come to an end as a
golden age of American aluminum production regains its rightful place": a tensed verb right after the object of "as"
opens a clause of "as", whose subject that object is. "One of the bigger points of confusion on the BBB is spending
vs tax cuts": a word in "-ing" set against another by "vs" is a noun. "Some critics have seen this figure and claimed
or implied the bill increases spending": the clause after a verb of saying with no content is its content. "Peter
Navarro outlined why … are about far more than just trade — they’re a fight …": a clause before a dash is no content
of a verb that reports nothing. "paroled aliens are able to file for work authorization and receive social security
numbers": the bare conjunct of the infinitive under "be able to" is an act done, as the infinitive is (recall).

Real sentences of the audited White House texts (public domain), in /work/shared/corpora/whitehouse-2025.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

OSTP = dt.date(2025, 3, 27)
ALUMINUM = dt.date(2025, 2, 28)
BBB = dt.date(2025, 6, 4)

LETTER = ("In case you missed it, President Trump signed a letter to Assistant to the President and OSTP Director "
          "Michael Kratsios outlining the road ahead to the Golden Age of American Innovation.\n\n"
          "The President outlined three main goals:\n")

GOLDEN_AGE = ("President Trump is now writing a new story for the United States. With one stroke of Trump’s pen, the Biden era of idled smelters and declining capacity utilization will "
              "come to an end as a golden age of American aluminum production regains its rightful place as a pillar "
              "of national security and economic strength.\n")

SPENDING = "One of the bigger points of confusion on the BBB is spending vs tax cuts.\n"

CRITICS = "Some critics have seen this figure and claimed or implied the bill increases spending.\n"

NAVARRO = ("In today’s USA TODAY, White House Senior Counselor for Trade and Manufacturing Peter Navarro outlined why "
           "President Donald J. Trump’s tariffs on aluminum imports are about far more than just trade — they’re a "
           "fight for the survival of an essential American industry.\n")


class TestTitleOfTheOneServed:
    """"Assistant to the President … Michael Kratsios": Kratsios is no president; "The President" is Trump."""

    def test_the_president_outlined(self, nlp, tmp_path):
        events = events_of(LETTER, OSTP, "ostp", nlp=nlp, folder=tmp_path)
        goals = events[events["object"] == "three main goals"]
        assert len(goals) == 1
        assert "Trump" in goals["subject"].iloc[0]

    def test_own_title_after_to_stays(self, nlp):
        # (Wikinews, CC BY 2.5: "On the campaign trail in the USA, October 2020")
        text = ("Blankenship offered US$1 million to Hunter Biden to have a debate with Democratic presidential "
                "nominee Joe Biden and made the same offer available to President Donald Trump.\n")
        assert any("Trump" in name for name in _titles(nlp, text).get("president", {}))

    def test_served_title_is_not_his(self, nlp):
        assert not any("Kratsios" in name for name in _titles(nlp, LETTER).get("president", {}))


def _titles(nlp, text: str) -> dict[str, dict[str, int]]:
    """The titles the resolver gives the people of ``text``."""
    from toolkit.nlp.entities import EntityIndex, mentions, repair_entities
    from toolkit.nlp.person_resolver import PersonResolver

    doc = repair_entities(nlp(text))
    return PersonResolver(doc, EntityIndex.from_mentions(list(mentions(doc))), set()).titles


class TestClauseOfAs:
    """"as a golden age … regains": the age regains its place, not the era that comes to an end."""

    def test_the_era_regains_nothing(self, nlp, tmp_path):
        events = events_of(GOLDEN_AGE, ALUMINUM, "aluminum", nlp=nlp, folder=tmp_path)
        regains = events[events["verb"] == "regain"]
        assert not any("era" in str(s) for s in regains["subject"])

    def test_parse_of_the_clause(self, nlp):
        from toolkit.nlp.subordinators import mend_time_clauses

        doc = mend_time_clauses(nlp(GOLDEN_AGE))
        age, regains, word = (next(t for t in doc if t.text == w) for w in ("age", "regains", "as"))
        assert (age.dep_, age.head.i) == ("nsubj", regains.i)
        assert (word.dep_, word.head.i) == ("mark", regains.i)


class TestComparedGerund:
    """"is spending vs tax cuts": a noun set against another, no progressive "One … is spending"."""

    def test_no_spending(self, nlp, tmp_path):
        events = events_of(SPENDING, BBB, "spending", nlp=nlp, folder=tmp_path)
        assert "spend" not in set(events["verb"])


class TestContentReadAsConjunct:
    """"claimed or implied the bill increases spending": the critics' claim, not a fact."""

    def test_increase_is_reported_by_the_critics(self, nlp, tmp_path):
        events = events_of(CRITICS, BBB, "critics", nlp=nlp, folder=tmp_path)
        increases = events[events["verb"] == "increase"]
        assert len(increases) == 1
        assert "critics" in str(increases["reported_by"].iloc[0])


class TestDashSetsOffASentence:
    """"… outlined why … — they’re a fight …": the second sentence does not report the first."""

    def test_navarro_outlined(self, nlp, tmp_path):
        events = events_of(NAVARRO, ALUMINUM, "navarro", nlp=nlp, folder=tmp_path)
        outlines = events[events["verb"] == "outline"]
        assert list(outlines["subject"]) == ["Peter Navarro"]
        assert outlines["reported_by"].iloc[0] is None

    def test_speech_broken_off_at_the_dash_stays_out(self, nlp, tmp_path):
        # (seed A15 of whitehouse-ukraine, remarks of 2025-03-13: a sentence broken off, no act of "the energy")
        text = "The energy went — they took our beautiful energy policies and they just messed them up.\n"
        events = events_of(text, dt.date(2025, 3, 13), "energy", nlp=nlp, folder=tmp_path)
        assert "go" not in set(events["verb"])


ALIENS = ("Despite having no other legal status, paroled aliens are able to file for work authorization and receive "
          "social security numbers.\n")
MEDICAID = dt.date(2025, 4, 11)


class TestConjunctOfAbleTo:
    """"are able to file … and receive …": the bare conjunct of the infinitive is done as the infinitive is."""

    def test_aliens_receive_numbers(self, nlp, tmp_path):
        events = events_of(ALIENS, MEDICAID, "aliens", nlp=nlp, folder=tmp_path)
        receives = events[events["verb"] == "receive"]
        assert list(receives["subject"]) == ["paroled aliens"]
        assert list(receives["object"]) == ["social security numbers"]
