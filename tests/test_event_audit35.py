"""Round events35: rules from an audit of eight White House press pages (bench/audit/events35.tsv).

"Jose Valdez-Flores, a 43-year-old Mexican national, was arrested by ICE Seattle.": an agency's acronym before
a city names the agency's office there; the model tagged the city alone, and the arrest went to "Seattle".
"After the election is made, beginning in May 2026, Treasury or its agent will send information …": a
participle of beginning with a time, between commas, says from when; the election begins nothing. "…, extreme
gender ideology, and woke DEI initiatives": "woke" opens the list's last noun, it is no past of "wake".

Real sentences of the White House texts (public domain), in /work/shared/corpora/whitehouse-2025.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

# articles__2025-06-20-every-day-the-trump-administration-is-getting-violent-criminal-illegals-off-our-streets.txt
ARRESTS = dt.date(2025, 6, 20)
# articles__2025-12-02-landmark-dell-gift-supercharges-trump-accounts-for-americas-kids.txt
ACCOUNTS = dt.date(2025, 12, 2)
# articles__2026-02-24-radical-lefts-rebuttal-will-contrast-democrat-extremism-with-president-trumps-road-to-prosperity.txt
REBUTTAL = dt.date(2026, 2, 24)

OFFICES = ("Jose Valdez-Flores, a 43-year-old Mexican national, was arrested by ICE Seattle. He has a conviction "
           "for sexual abuse in Washington County, Washington.\n\n"
           "Juan Hernandez Zacarias, a 35-year-old Mexican national, was arrested by ICE Salt Lake City. He has a "
           "conviction for rape in Bonneville County, Idaho.\n\n"
           "Alejandro Murillo, a Costa Rican national, was arrested by ICE Boston.\n")


class TestFieldOffices:
    """"was arrested by ICE Seattle": the agency's office arrested him, not the city."""

    def test_the_office_arrests(self, nlp, tmp_path):
        events = events_of(OFFICES, ARRESTS, "arrests", nlp=nlp, folder=tmp_path)
        arrests = events[events["verb"] == "arrest"]
        assert list(arrests["subject"]) == ["ICE Seattle", "ICE Salt Lake City", "ICE Boston"]

    def test_a_city_alone_stays(self, nlp, tmp_path):
        # (no acronym before the city: the city's name is the agent as the text gives it)
        text = "In 2019, Seattle banned the use of facial recognition software by the police.\n"
        events = events_of(text, ARRESTS, "city", nlp=nlp, folder=tmp_path)
        assert "Seattle" in set(events[events["verb"] == "ban"]["subject"])


SEND = ("After the election is made, beginning in May 2026, Treasury or its agent will send information to the "
        "individual who made the election to activate the account through an authentication process and complete "
        "the opening of the initial Trump account.\n")


class TestStartOfTime:
    """", beginning in May 2026,": from when the clause holds; no row "begin"."""

    def test_the_election_begins_nothing(self, nlp, tmp_path):
        events = events_of(SEND, ACCOUNTS, "send", nlp=nlp, folder=tmp_path)
        assert "begin" not in set(events["verb"])
        assert "send" in set(events["verb"])

    def test_a_beginning_with_an_object_stays(self, nlp, tmp_path):
        text = "The company laid off 200 workers in March, beginning a restructuring that lasted two years.\n"
        events = events_of(text, ACCOUNTS, "restructuring", nlp=nlp, folder=tmp_path)
        assert "begin" in set(events["verb"])


HISTORY = ("Spanberger has a long history of supporting open borders, soft-on-crime policies, reckless spending, "
           "tax hikes, radical climate mandates, extreme gender ideology, and woke DEI initiatives — positions "
           "that endanger American families and underscore the catastrophe Democrats will once again unleash if "
           "given the chance.\n")


class TestListItemWithModifiedNoun:
    """"…, extreme gender ideology, and woke DEI initiatives": the list's last item, no act of waking."""

    def test_no_waking(self, nlp, tmp_path):
        events = events_of(HISTORY, REBUTTAL, "history", nlp=nlp, folder=tmp_path)
        assert "wake" not in set(events["verb"])
        assert "unleash" in set(events["verb"])


SCAM = ("Abigail Spanberger will deliver the Democrat response to President Donald J. Trump’s State of the Union "
        "tonight.\n\nShe cheered Biden’s reentry into the Paris Climate Agreement, a scam projected to cost American "
        "families over $20,000 in lost income, eliminate hundreds of thousands of jobs, and inflict trillions in "
        "economic damage.\n")


class TestInfinitiveListPastAParticiple:
    """"projected to cost … in lost income, eliminate …, and inflict …": more of what the scam is projected to do;
    the participle "lost" inside the first infinitive's phrase does not end it."""

    def test_no_unmarked_projection(self, nlp, tmp_path):
        events = events_of(SCAM, REBUTTAL, "scam", nlp=nlp, folder=tmp_path)
        assert not {"eliminate", "inflict"} & set(events["verb"])
        assert "cheer" in set(events["verb"])


COSPONSOR = ("Abigail Spanberger will deliver the Democrat response tonight.\n\n"
             "During her time in Congress, she repeatedly undermined border security by voting against the Secure "
             "the Border Act, supporting a pathway to citizenship for more than two million illegal aliens, "
             "co-sponsoring an amnesty bill for millions of illegals, and twice voting to terminate President Trump’s "
             "national emergency declaration at the southern border.\n")


class TestPrefixedVerb:
    """"co-sponsoring": the tokenizer splits the prefix off, the row's verb is the prefixed word, not "co"."""

    def test_co_sponsor(self, nlp, tmp_path):
        events = events_of(COSPONSOR, REBUTTAL, "cosponsor", nlp=nlp, folder=tmp_path)
        verbs = set(events["verb"])
        assert "co-sponsor" in verbs and "co" not in verbs

    def test_form(self, nlp):
        from toolkit.nlp.event_fields import phrasal_lemma

        doc = nlp("In 1971, Conyers co-founded the Congressional Black Caucus.")
        co = next(t for t in doc if t.lower_ == "co")
        if co.pos_ == "VERB":  # (the lemma of the prefix the model tags as a verb)
            assert phrasal_lemma(co) == "co-found"
        assert phrasal_lemma(next(t for t in nlp("She slow-walked the bill.") if t.lower_ == "walked")) == "slow-walk"


FUNCTION = ("A Trump Account is a tax-deferred savings account for children under 18. The accounts are designed to "
            "grow with investment earnings over time, and when the child becomes an adult, the accounts generally "
            "function like a traditional IRA.\n")


class TestFunctionAsState:
    """"the accounts generally function like a traditional IRA": how a thing works, a state in the simple present."""

    def test_no_row_function(self, nlp, tmp_path):
        events = events_of(FUNCTION, ACCOUNTS, "function", nlp=nlp, folder=tmp_path)
        assert "function" not in set(events["verb"])

    def test_a_past_of_functioning_stays(self, nlp, tmp_path):
        # (the simple present only: a past tells what the thing did then)
        from toolkit.nlp.circumstances import is_state

        doc = nlp("The backup generator functioned for six hours after the storm.")
        verb = next(t for t in doc if t.lower_ == "functioned")
        assert not is_state(verb, "function")


COUNT = "This contribution does not count against the annual $5,000 contribution limit.\n"


class TestCountsToward:
    """"does not count against the limit": a thing reckoned in a total, no act of counting."""

    def test_no_row_count(self, nlp, tmp_path):
        events = events_of(COUNT, ACCOUNTS, "count", nlp=nlp, folder=tmp_path)
        assert "count" not in set(events["verb"])

    def test_counting_votes_stays(self, nlp, tmp_path):
        text = "Election officials in Maricopa County counted 1.2 million ballots on Wednesday.\n"
        events = events_of(text, ACCOUNTS, "ballots", nlp=nlp, folder=tmp_path)
        assert "count" in set(events["verb"])


RESPONSE = ("Abigail Spanberger will deliver the Democrat response to President Donald J. Trump’s State of the Union "
            "tonight.\n\nTonight, while President Trump highlights the successes of his America First agenda in "
            "slashing costs, revitalizing manufacturing, securing our borders, and delivering real relief — "
            "Spanberger’s response will only underscore her party’s commitment to the failed lunacy Americans "
            "rejected.\n")


class TestForeseenEvidence:
    """"Spanberger’s response will only underscore her party’s commitment": the writer's weighing, foreseen."""

    def test_no_row_underscore(self, nlp, tmp_path):
        events = events_of(RESPONSE, REBUTTAL, "response", nlp=nlp, folder=tmp_path)
        assert "underscore" not in set(events["verb"])
        assert "deliver" in set(events["verb"])

    def test_a_person_who_will_demonstrate_stays(self, nlp):
        from toolkit.nlp.signification import weighs_as_evidence

        doc = nlp("The engineers will demonstrate the new engine at the show.")
        verb = next(t for t in doc if t.lower_ == "demonstrate")
        assert not weighs_as_evidence(verb, "demonstrate")


# articles__2025-10-08-portland-fake-news-ignores-antifa-violence-residents-pleas-for-help.txt
PORTLAND = dt.date(2025, 10, 8)
CHARGED = ("Since early June, Antifa militants have laid siege to the ICE field office in south Portland.\n\n"
           "As part of the ongoing siege, dozens have been arrested and charged with serious crimes such as arson, "
           "assaulting federal officers, and resisting arrest.\n")


class TestGerundAmongExamples:
    """"serious crimes such as arson, assaulting federal officers, and resisting arrest": a kind of crime named
    among the examples, no act of those charged."""

    def test_no_row_assault(self, nlp, tmp_path):
        events = events_of(CHARGED, PORTLAND, "charged", nlp=nlp, folder=tmp_path)
        assert "assault" not in set(events["verb"])
        assert "lay" in set(events["verb"])

    def test_a_participle_of_the_speaker_stays(self, nlp):
        from toolkit.nlp.noun_lists import gerund_in_examples

        doc = nlp("Mayor John Smith cited crimes such as theft, saying they were rising, and promised more police.")
        assert not gerund_in_examples(next(t for t in doc if t.lower_ == "saying"))
