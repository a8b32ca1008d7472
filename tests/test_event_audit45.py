"""Round events45: rules from an audit of ten White House pages (bench/audit/events45.tsv).

"President Joseph R. Biden, Jr. spoke today with President Volodymyr Zelenskyy": a generational suffix the parser
made a second subject is the name's, so Biden speaks, not "Jr.". "Assistant to the President and OSTP Director
Michael Kratsios chaired …": two posts joined by "and" before one name are that person's, so Kratsios chairs, not
an assistant. "WASHINGTON, D.C. – Today, First Lady Melania Trump, … hosted a roundtable" and "Preservation:
Existing procedures and cooperation … will ensure …": a dateline or a one-word heading closed by a dash or a colon
is no subject; the apposition after the mark is. "the NPS will—after setting aside a sample of the tree …—transfer
…": a gerund of time under a modal verb is as undone as that verb's act. "The Discussion addressed online
protection, child well-being, and …": a word joined by a hyphen keeps its first part ("child well-being", not
"child being"). "… with Members of Congress, Survivors of … (NCII), and online safety advocates for a discussion
focused on …": a past participle whose subject is the last item of an open list of nouns describes the noun before
it; the advocates focus nothing. "heard from Chris Woolard with the Ohio Department of Education": a "with" and a
body right after a person's name is the person's affiliation, no partner of the act.

Real sentences of White House pages (public domain), in /work/shared/corpora/whitehouse-2025:
statements-releases__2025-01-06-readout-of-president-bidens-meeting-with-president-elect-edmundo-gonzalez-urrutia-
of-venezuela.txt, statements-releases__2025-01-10-readout-of-president-bidens-call-with-president-zelenskyy-of-
ukraine-16.txt, articles__2025-12-11-31600.txt, briefings-statements__2025-03-03-readout-from-first-lady-melania-
trumps-roundtable-discussion-on-online-protection-and-the-take-it-d.txt, briefings-statements__2025-04-07-white-
house-to-safely-replace-historic-jackson-magnolia-with-descendant-sapling.txt. One control is a Wikinews
sentence (CC BY 2.5, "Wikinews contributors, en.wikinews.org"); the others are sentences made near the audited ones.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of, rows_with_verb

BIDEN_DAY = dt.date(2025, 1, 10)
VENEZUELA_DAY = dt.date(2025, 1, 6)
TASK_FORCE_DAY = dt.date(2025, 12, 11)
ROUNDTABLE_DAY = dt.date(2025, 3, 3)
MAGNOLIA_DAY = dt.date(2025, 4, 7)

ZELENSKYY = ("President Joseph R. Biden, Jr. spoke today with President Volodymyr Zelenskyy of Ukraine to discuss U.S. "
             "support for Ukraine in its courageous defense against Russian aggression.\n")
GONZALEZ = ("President Joseph R. Biden, Jr. welcomed President-elect Edmundo Gonzalez Urrutia of Venezuela to the White "
            "House to discuss shared efforts to restore democracy in Venezuela.\n")
KRATSIOS = ("WASHINGTON – On Thursday, December 11th, 2025, Assistant to the President and OSTP Director Michael Kratsios "
            "chaired the third White House Artificial Intelligence (AI) Education Task Force meeting with cabinet "
            "officials, educators, and parents to discuss AI’s impact in the classroom.\n")
TWO_PEOPLE = ("On Thursday, Senator Ted Cruz and Representative Maria Salazar chaired the third meeting of the task force "
              "with cabinet officials, educators, and parents.\n")
ROUNDTABLE = ("WASHINGTON, D.C. – Today, First Lady Melania Trump, U.S. Senator Ted Cruz, and U.S. Representative Maria "
              "Salazar hosted a roundtable on Capitol Hill with Members of Congress, Survivors of Non-Consensual "
              "Intimate Imagery (NCII), and online safety advocates for a discussion focused on promoting online "
              "protection of children and passing S.146/H.R.633, the Take It Down Act.\n")
SET_OFF = ("Melania Trump – the First Lady of the United States – hosted a roundtable on Capitol Hill with Members of "
           "Congress on Monday.\n")
PRESERVATION = ("Preservation: Existing procedures and cooperation between the National Park Service (NPS), White House "
                "Executive Residence, and its Office of the Curator, will ensure the preservation of the salvageable "
                "remnants of the “Jackson Magnolia.”\n")
TRANSFER = ("Per NPS: As the White House Grounds are a part of the National Park system in accordance with applicable "
            "NPS regulations and policy and General Services Administration rules on disposal of excess government "
            "property, the NPS will—after setting aside a sample of the tree for historical and archival purposes—"
            "transfer any remaining wood from the Jackson Magnolia to the Executive Residence, which is a Federal "
            "component within the Executive Office of the President.\n")
SET_ASIDE = ("The National Park Service removed the tree on Monday after setting aside a sample of it for historical "
             "and archival purposes.\n")
HEARD = ("During the meeting, Task Force members heard from Chris Woolard with the Ohio Department of Education, Adeel "
         "Khan, the founder and CEO of Magic School, and Tina Descovish, Co-Founder of Moms for Liberty.\n")
MET_WITH = "On Thursday, Task Force members met with the Ohio Department of Education in Columbus.\n"
CLAUSES = ("Members of Congress spoke, survivors shared their personal stories, and advocates focused on the passage of "
           "the bill.\n")
REVERSED = ("President Donald Trump sought to add a question on citizenship to the census. A few days later, on July 2, Trump announced he would drop his bid to add the question, before reversing "
            "course the next day and pressing forward.\n")
DISCUSSION = ("The Discussion addressed online protection, child well-being, and how artificial intelligence is changing "
              "the social media landscape.\n")


class TestSuffixIsNoSubject:
    """"President Joseph R. Biden, Jr. spoke": Biden, not "Jr."."""

    def test_biden_speaks_and_welcomes(self, nlp, tmp_path):
        for text, day, verb in ((ZELENSKYY, BIDEN_DAY, "speak"), (GONZALEZ, VENEZUELA_DAY, "welcome")):
            rows = rows_with_verb(events_of(text, day, verb, nlp=nlp, folder=tmp_path), verb)
            assert len(rows) == 1 and rows["subject"].iloc[0] == "Joseph Biden", verb


class TestTitlesBeforeOneName:
    """"Assistant to the President and OSTP Director Michael Kratsios chaired": Kratsios."""

    def test_kratsios_chairs(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(KRATSIOS, TASK_FORCE_DAY, "kratsios", nlp=nlp, folder=tmp_path), "chair")
        assert len(rows) == 1 and rows["subject"].iloc[0] == "Michael Kratsios"

    def test_two_named_people_stay_two(self, nlp, tmp_path):
        """"Senator Ted Cruz and Representative Maria Salazar chaired": both, each with a name."""
        rows = rows_with_verb(events_of(TWO_PEOPLE, TASK_FORCE_DAY, "two", nlp=nlp, folder=tmp_path), "chair")
        assert len(rows) == 1 and "Ted Cruz" in rows["subject"].iloc[0] and "Maria Salazar" in rows["subject"].iloc[0]


class TestLabelIsNoSubject:
    """A dateline or a heading closed by a dash or a colon is no subject; the apposition after the mark is."""

    def test_the_hosts_host(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(ROUNDTABLE, ROUNDTABLE_DAY, "roundtable", nlp=nlp, folder=tmp_path), "host")
        assert len(rows) == 1
        subject = rows["subject"].iloc[0]
        assert "WASHINGTON" not in subject and "Melania Trump" in subject and "Maria Salazar" in subject

    def test_the_procedures_ensure(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(PRESERVATION, MAGNOLIA_DAY, "preservation", nlp=nlp, folder=tmp_path), "ensure")
        assert len(rows) == 1 and rows["subject"].iloc[0].lower().startswith("existing procedures")
        assert rows["modality"].iloc[0] == "will"

    def test_a_phrase_between_dashes_stays_an_apposition(self, nlp, tmp_path):
        """"Melania Trump – the First Lady of the United States – hosted": she hosts (no label)."""
        rows = rows_with_verb(events_of(SET_OFF, ROUNDTABLE_DAY, "set_off", nlp=nlp, folder=tmp_path), "host")
        assert len(rows) == 1 and rows["subject"].iloc[0] == "Melania Trump"


class TestGerundOfTimeUnderAModal:
    """"the NPS will—after setting aside a sample …—transfer": the setting aside is not done yet either."""

    def test_the_sample_is_not_yet_set_aside(self, nlp, tmp_path):
        events = events_of(TRANSFER, MAGNOLIA_DAY, "transfer", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "set aside")
        assert len(rows) == 1 and rows["modality"].iloc[0] == "will"
        assert rows_with_verb(events, "transfer")["modality"].iloc[0] == "will"

    def test_a_past_act_stays_a_fact(self, nlp, tmp_path):
        """"removed the tree on Monday after setting aside a sample": done."""
        rows = rows_with_verb(events_of(SET_ASIDE, MAGNOLIA_DAY, "set_aside", nlp=nlp, folder=tmp_path), "set aside")
        assert len(rows) <= 1 and rows["modality"].isna().all()

    def test_a_phrase_after_a_reported_modal_verb_stays_a_fact(self, nlp, tmp_path):
        """"announced he would drop his bid …, before reversing course the next day": the reversal was done (a
        Wikinews sentence, wn_2019-07-20_US-House-of-Representatives-holds-two-Cabinet-officers-in-criminal-
        contempt-of-C.txt, after a sentence made to name Trump)."""
        rows = rows_with_verb(events_of(REVERSED, dt.date(2019, 7, 20), "reversed", nlp=nlp, folder=tmp_path), "reverse")
        assert len(rows) == 1 and rows["modality"].isna().all()


class TestParticipleAfterANounList:
    """"… with Members of Congress, Survivors of … (NCII), and online safety advocates for a discussion focused on
    promoting …": the discussion is focused; the advocates are the list's last item and focus nothing."""

    def test_no_focus_row(self, nlp, tmp_path):
        events = events_of(ROUNDTABLE, ROUNDTABLE_DAY, "roundtable", nlp=nlp, folder=tmp_path)
        assert rows_with_verb(events, "focus").empty and len(rows_with_verb(events, "host")) == 1

    def test_a_clause_after_a_list_of_clauses_stays(self, nlp, tmp_path):
        """"…, survivors shared their personal stories, and advocates focused on the passage of the bill"."""
        rows = rows_with_verb(events_of(CLAUSES, ROUNDTABLE_DAY, "clauses", nlp=nlp, folder=tmp_path), "focus")
        assert len(rows) == 1 and rows["subject"].iloc[0] == "advocates"


class TestWithAfterANameIsAnAffiliation:
    """"heard from Chris Woolard with the Ohio Department of Education, …": Woolard's department, no partner."""

    def test_the_department_is_no_object(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(HEARD, TASK_FORCE_DAY, "heard", nlp=nlp, folder=tmp_path), "hear")
        assert len(rows) == 1 and rows["subject"].iloc[0] == "Task Force members"
        assert "Ohio Department" not in str(rows["object"].iloc[0])

    def test_a_body_met_with_stays(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(MET_WITH, TASK_FORCE_DAY, "met_with", nlp=nlp, folder=tmp_path), "meet")
        assert len(rows) == 1 and "Ohio Department of Education" in rows["object"].iloc[0]


class TestHyphenatedWordKeepsItsFirstPart:
    """"child well-being": not "child being"."""

    def test_well_being(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(DISCUSSION, ROUNDTABLE_DAY, "discussion", nlp=nlp, folder=tmp_path), "address")
        assert len(rows) == 1 and "child well-being" in rows["object"].iloc[0]
        assert "child being" not in rows["object"].iloc[0]
