"""Round events32: rules from an audit of seven White House "ICYMI" articles (bench/audit/events32.tsv).

"Those are dollars President Biden slow-walked": a verb compounded with a hyphen is the compound ("slow-walk"),
not its last part. "White House Council on Environmental Quality Chairman Katherine Scarlett highlights …": the
officer named after the body's name and title heads the phrase, not the body. "The murder rate … has fallen to
its lowest level … — marking the largest single-year drop in recorded history": a participle of marking after a
clause with a thing for subject says what the event amounts to. "This extraordinary progress … demonstrates the
Trump Administration's unwavering commitment", "the seismic turnaround proves that …", "These gains build on
earlier reports …": a simple present of a verb of evidence with a thing for subject (no source of information)
is the writer's weighing, no act. "After years of chaos, skyrocketing crime, and soft-on-crime policies under Biden
plunged …": a serial comma shows the object of "After" opens the list that is the clause's subject.

Real sentences of the audited White House texts (public domain), in /work/shared/corpora/whitehouse-2025.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

WALL = dt.date(2025, 9, 2)
PERMITTING = dt.date(2026, 1, 14)
CRIME = dt.date(2026, 2, 11)
VA = dt.date(2025, 8, 13)
CROSSINGS = dt.date(2025, 10, 7)

DOLLARS = ("Those are dollars President Biden slow-walked, but which never expired and were waiting for the new "
           "president in January.\n")

SCARLETT = ("In today’s Newsweek, White House Council on Environmental Quality Chairman Katherine Scarlett highlights "
            "incredible work that has taken place in this Administration to fix the environmental review and "
            "permitting process.\n")

MURDER_RATE = ("The murder rate in the nation’s biggest cities has fallen to its lowest level in at least 125 years — "
               "marking the largest single-year drop in recorded history.\n")

PROGRESS = ("This extraordinary progress, highlighted by a 37% reduction in pending claims since President Donald J. "
            "Trump’s inauguration, demonstrates the Trump Administration’s unwavering commitment to deliver swift, "
            "efficient benefits to our nation’s heroes.\n")

TURNAROUND = ("After Biden-era chaos unleashed a record-shattering invasion, the seismic turnaround proves that strong "
              "leadership can, in fact, stop the flood of illegal crossings, deadly cartels, and security threats dead "
              "in their tracks.\n")

GAINS = ("These gains build on earlier reports showing America’s cities are now safer than they’ve been in over a "
         "century under President Trump’s leadership.\n")


class TestHyphenatedVerb:
    """"slow-walked": the verb is "slow-walk"; a bound prefix ("co-founded", "re-enabled") stays off the lemma."""

    def test_slow_walk(self, nlp, tmp_path):
        events = events_of(DOLLARS, WALL, "dollars", nlp=nlp, folder=tmp_path)
        assert list(events["verb"]) == ["slow-walk"]
        assert list(events["subject"]) == ["Biden"]

    def test_prefix_is_no_compound(self, nlp):
        # (Wikinews, CC BY 2.5: "GitHub blocks public access to youtube-dl after RIAA issues DMCA notice")
        from toolkit.nlp.verb_forms import compound_first

        doc = nlp("On November 16, GitHub re-enabled the public access to the youtube-dl repository.\n")
        enabled = next(t for t in doc if t.text == "enabled")
        assert compound_first(enabled) is None


class TestOfficerAfterBody:
    """"Council on Environmental Quality Chairman Katherine Scarlett highlights": Scarlett highlights, not the council."""

    def test_scarlett_highlights(self, nlp, tmp_path):
        events = events_of(SCARLETT, PERMITTING, "scarlett", nlp=nlp, folder=tmp_path)
        highlights = events[events["verb"] == "highlight"]
        assert list(highlights["subject"]) == ["Katherine Scarlett"]

    def test_office_of_a_title_stays(self, nlp, tmp_path):
        # (White House, 2025-05-08, the Barbara Bush stamp: the office is the First Lady's; its row is not Melania
        # Trump's, whatever the model cuts of the office's name)
        text = ("The Office of First Lady Melania Trump extended its sincere appreciation to all participating "
                "organizations and individuals who made this tribute possible.\n")
        events = events_of(text, dt.date(2025, 5, 8), "office", nlp=nlp, folder=tmp_path)
        extends = events[events["verb"] == "extend"]
        assert len(extends) == 1
        assert "Office" in extends["subject"].iloc[0]

    def test_parse_is_headed_by_the_person(self, nlp):
        from toolkit.nlp.title_heads import mend_officers_read_as_objects

        doc = mend_officers_read_as_objects(nlp(SCARLETT))
        scarlett, council, quality = (next(t for t in doc if t.text == w) for w in ("Scarlett", "Council", "Quality"))
        assert (scarlett.dep_, scarlett.head.text) == ("nsubj", "highlights")
        assert council.head.i == scarlett.i
        assert (quality.dep_, quality.head.text) == ("pobj", "on")


class TestParticipleOfMarking:
    """"— marking the largest single-year drop": what the fall amounts to; people who mark a day act."""

    def test_the_rate_marks_nothing(self, nlp, tmp_path):
        events = events_of(MURDER_RATE, CRIME, "rate", nlp=nlp, folder=tmp_path)
        assert list(events["verb"]) == ["fall"]

    def test_people_marking_a_day_act(self, nlp, tmp_path):
        # (a sentence of the same form with people for subject: they commemorate the day)
        text = "Protesters gathered in the square on Friday, marking the first anniversary of the massacre.\n"
        events = events_of(text, CRIME, "protesters", nlp=nlp, folder=tmp_path)
        assert "mark" in set(events["verb"])


class TestPresentOfEvidence:
    """"This extraordinary progress … demonstrates …", "the seismic turnaround proves …", "These gains build on …":
    the writer's weighing; a source of information that demonstrates something tells a finding."""

    def test_progress_demonstrates_nothing(self, nlp, tmp_path):
        events = events_of(PROGRESS, VA, "progress", nlp=nlp, folder=tmp_path)
        assert "demonstrate" not in set(events["verb"])

    def test_turnaround_proves_nothing(self, nlp, tmp_path):
        events = events_of(TURNAROUND, CROSSINGS, "turnaround", nlp=nlp, folder=tmp_path)
        assert "prove" not in set(events["verb"])
        assert list(events["verb"]) == ["unleash"]

    def test_gains_build_on_nothing(self, nlp, tmp_path):
        events = events_of(GAINS, CRIME, "gains", nlp=nlp, folder=tmp_path)
        assert "build" not in set(events["verb"])

    def test_data_demonstrates_a_finding(self, nlp, tmp_path):
        # (a sentence of the same form with a source of information for subject: a finding told)
        text = "The new data demonstrates a steep decline in violent crime across major cities.\n"
        events = events_of(text, CRIME, "data", nlp=nlp, folder=tmp_path)
        assert "demonstrate" in set(events["verb"])


YEARS = ("After years of chaos, skyrocketing crime, and soft-on-crime policies under Biden plunged the nation’s biggest "
         "cities into anarchy and disorder, President Trump took office on a promise to restore public safety — and "
         "he has delivered in historic fashion.\n")


class TestSerialCommaAfterTimeWord:
    """"After years of chaos, skyrocketing crime, and … policies … plunged": the list has three members."""

    def test_chaos_is_in_the_subject(self, nlp, tmp_path):
        events = events_of(YEARS, CRIME, "years", nlp=nlp, folder=tmp_path)
        plunges = events[events["verb"] == "plunge"]
        assert len(plunges) == 1
        subject = plunges["subject"].iloc[0]
        assert "chaos" in subject and "crime" in subject and "policies" in subject

    def test_after_is_the_subordinator(self, nlp):
        from toolkit.nlp.subordinators import mend_serial_lists

        doc = mend_serial_lists(nlp(YEARS))
        after, years, plunged = doc[0], doc[1], doc[17]
        assert (after.dep_, after.head.i) == ("mark", plunged.i)
        assert (years.dep_, years.head.i) == ("nsubj", plunged.i)

    def test_list_of_two_without_serial_comma_stays(self, nlp):
        # (the same sentence without the serial comma: the model's reading is a grammatical one, left alone)
        from toolkit.nlp.subordinators import mend_serial_lists

        text = YEARS.replace("skyrocketing crime, and", "skyrocketing crime and")
        doc = mend_serial_lists(nlp(text))
        assert doc[0].dep_ != "mark" or doc[1].dep_ != "nsubj"
