"""Round events18: rules from an audit of fresh White House texts of 2025–26 (bench/audit/events18.tsv).

A bare verb the parser joined to a tensed one lists with the bare verb before it ("a deal that will
help to rebuild …, strengthen …, and safeguard …"); the later members of a list of trailing
participles take the clause's modality as the first does; a title-case gerund phrase before a colon
that opens a paragraph is a heading ("Ending the EV Mandate: …"); "May God protect them" is a
wish; "the deadliest engagements that our military has ever seen" measure a superlative;
"including but not limited to", "came at a devastating cost" and "proved to be" are set phrases; a
"which" the parser hung on a verb stands for the noun before its comma; a time word that opens a
sentence before a noun phrase and a comma is a preposition when the verb would have two subjects; a
line citing another outlet's headline ("WLWT (Cincinnati, OH): …") is no text of the page; "Her
dedication reminds us that …" draws a lesson; "needed to" is a state in the past; "reflects", "marks" and
"aligns with" in the simple present state a relation; "responded to …" or "responded with …" is an act;
a past is no conjunct of a verb under a modal ("will be remembered as the moment that … took …, and showed");
a bare participle joined to a passive is passive ("is earned through sacrifice, defended with strength");
a word with a noun modifier on it is a noun ("Omaha and Utah beaches").

Real sentences of the White House texts in /work/shared/corpora/whitehouse-2025 (public domain),
outside the audited texts where the corpus has one.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

DEAL = ("By securing historic investment and breaking open long-closed markets, President Trump has once again "
        "delivered a deal that no one else could deliver—a deal that will help to rebuild the American economy, "
        "strengthen our industrial foundation, and safeguard our national strength for decades to come.\n")

INN = ("The Children’s Inn at NIH is a nonprofit that provides a free residential “place like home” to reduce the "
       "burden of illness, make childhood possible, and help advance medical research.\n")

ISHIBA = ("President Trump hosted Japanese Prime Minister Shigeru Ishiba, who announced his intention to “elevate "
          "Japan’s investment in the United States to an unprecedented amount of $1 trillion,” import “historic” "
          "quantities of LNG from Alaska, and open new auto plants in the U.S.\n")


class TestBareConjuncts:
    """A base form is no conjunct of a past or a participle: it lists with the bare verb before it."""

    def test_what_the_deal_will_help_to_do_is_no_act_of_trump(self, nlp, tmp_path):
        events = events_of(DEAL, dt.date(2025, 7, 23), "deal", nlp=nlp, folder=tmp_path)
        assert events[events["verb"].isin(["strengthen", "safeguard"])].empty
        assert not events[(events["verb"] == "deliver") & events["subject"].fillna("").str.contains("Trump")].empty

    def test_purposes_stay_purposes(self, nlp, tmp_path):
        events = events_of(INN, dt.date(2026, 2, 11), "inn", nlp=nlp, folder=tmp_path)
        assert events[events["verb"].isin(["make", "help"])].empty

    def test_the_host_opens_no_plants(self, nlp, tmp_path):
        events = events_of(ISHIBA, dt.date(2025, 3, 4), "ishiba", nlp=nlp, folder=tmp_path)
        assert events[(events["verb"] == "open") & events["subject"].fillna("").str.contains("Trump")].empty
        assert not events[events["verb"] == "host"].empty

    def test_a_list_of_tensed_verbs_is_left_alone(self, nlp):
        from toolkit.nlp.conjunct_forms import mend_bare_conjuncts

        doc = mend_bare_conjuncts(nlp("The Allied Powers accepted Imperial Japan’s unconditional surrender, delivered "
                                      "a hard-fought victory, and brought the war to a close."))
        assert next(t for t in doc if t.lower_ == "brought").head.lower_ in ("accepted", "delivered")


BOARD = ("The Board of Peace will play an essential role in fulfilling all 20 points of the President’s plan, "
         "providing strategic oversight, mobilizing international resources, and ensuring accountability as Gaza "
         "transitions from conflict to peace and development.\n")


class TestParticipleListModality:
    """Every member of a list of trailing participles takes its clause's "will", not the first alone."""

    def test_every_member_is_planned(self, nlp, tmp_path):
        events = events_of(BOARD, dt.date(2026, 1, 16), "board", nlp=nlp, folder=tmp_path)
        listed = events[events["verb"].isin(["provide", "mobilize", "ensure"])]
        assert len(listed) == 3
        assert (listed["modality"] == "will").all()


EV_MANDATE = ("Ending the EV Mandate: President Trump halted the wasteful Biden-era electric vehicle push, including the "
              "$7.5 billion federal EV charger program that had delivered only eight charging stations as of May 2024, "
              "redirecting resources toward practical, consumer-driven energy solutions.\n")

CAPITALS = ("BUILDING ON SIGNIFICANT SCIENCE AND TECHNOLOGY ACCOMPLISHMENTS: President Trump’s first administration "
            "laid a strong foundation for American technological leadership.\n")


class TestRunInHeadings:
    """A title-case gerund phrase and a colon that open a paragraph are its heading, no act."""

    def test_the_heading_is_no_event(self, nlp, tmp_path):
        events = events_of(EV_MANDATE, dt.date(2026, 2, 24), "mandate", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "end"].empty
        assert not events[events["verb"] == "halt"].empty

    def test_a_heading_in_capitals(self, nlp, tmp_path):
        events = events_of(CAPITALS, dt.date(2025, 1, 23), "capitals", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "build"].empty
        assert not events[events["verb"] == "lay"].empty

    def test_a_participle_clause_of_running_text_stays(self, nlp):
        from toolkit.nlp.run_in_headings import run_in_heading

        doc = nlp("Citing its size, officials estimated the elephant was about fifteen years old.")
        assert not run_in_heading(doc[0])


PROTECT = ("May God protect them and all Americans in harm’s way as we continue the necessary work to preserve "
           "peace and stability.\n")


class TestWishes:
    """"May God protect them": "may" before the subject wishes; nothing happens."""

    def test_a_wish_is_no_event(self, nlp, tmp_path):
        events = events_of(PROTECT, dt.date(2025, 6, 22), "protect", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "protect"].empty

    def test_may_after_the_subject_is_a_possibility(self, nlp):
        from toolkit.nlp.wishes import is_wish

        doc = nlp("Officials estimated the elephant may have starved to death.")
        assert not is_wish(next(t for t in doc if t.lower_ == "starved"))


CHANGE = ("This is the biggest and most successful change in any area of law enforcement that this nation has ever "
          "seen, and he did it in under one month.\n")

VIETNAM = ("After 8 years of battle, 58,000 American service members had been killed, and more than 300,000 were "
           "wounded—making the Vietnam War one of the deadliest engagements that our military has ever seen.\n")


class TestSuperlatives:
    """"the biggest change … that this nation has ever seen": the relative clause measures, nobody sees."""

    def test_the_nation_sees_nothing(self, nlp, tmp_path):
        events = events_of(CHANGE, dt.date(2025, 2, 20), "change", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "see"].empty

    def test_nor_does_the_military(self, nlp, tmp_path):
        events = events_of(VIETNAM, dt.date(2025, 3, 29), "vietnam", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "see"].empty

    def test_only_is_no_superlative(self, nlp):
        from toolkit.nlp.superlatives import measures_superlative

        doc = nlp("He was the only president who has ever visited North Korea.")
        assert not measures_superlative(next(t for t in doc if t.lower_ == "visited"))


DISCIPLINES = ("The Participants intend to collaborate in a number of disciplines, including but not limited to the "
               "following:\n")

NEGLIGENCE = "This negligence has come at a devastating cost.\n"

TASK_FORCE = ("Formed with multiple local and federal agencies and comprising six task force officers, the task force "
              "proved to be effective, with Laredo reporting 73 deaths in 2023, well short of the expected numbers.\n")


class TestSetPhrases:
    """"including but not limited to", "came at a cost", "proved to be": phrases built like clauses, no acts."""

    def test_an_open_list_limits_nothing(self, nlp, tmp_path):
        events = events_of(DISCIPLINES, dt.date(2025, 10, 28), "disciplines", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "limit"].empty
        assert not events[events["verb"] == "intend"].empty

    def test_a_cost_is_no_coming(self, nlp, tmp_path):
        events = events_of(NEGLIGENCE, dt.date(2025, 10, 1), "negligence", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "come"].empty

    def test_proved_to_be_links(self, nlp, tmp_path):
        events = events_of(TASK_FORCE, dt.date(2025, 3, 1), "task-force", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "prove"].empty

    def test_coming_to_a_place_stays(self, nlp):
        from toolkit.nlp.formulas import set_phrase

        doc = nlp("The announcement came at a press conference in Washington.")
        assert not set_phrase(next(t for t in doc if t.lower_ == "came"))


RESOLUTION = ("This milestone perfectly aligns with United Nations Security Council Resolution 2803 (2025), which "
              "endorsed President Trump’s Comprehensive Plan and welcomed the establishment of the Board of Peace.\n")


class TestRelativeHungOnAVerb:
    """"Resolution 2803 (2025), which endorsed …" hung on "aligns": the resolution endorsed, not the verb."""

    def test_the_resolution_endorses(self, nlp, tmp_path):
        events = events_of(RESOLUTION, dt.date(2026, 1, 16), "resolution", nlp=nlp, folder=tmp_path)
        endorse = events[events["verb"] == "endorse"]
        assert len(endorse) == 1
        assert "Resolution" in endorse["subject"].iloc[0]

    def test_a_sentential_relative_has_no_noun(self, nlp):
        from toolkit.nlp.sentential_relatives import noun_before_relative

        doc = nlp("And so when I was eight, and when I was ten, they allowed the children, like the girl childs to "
                  "play, which was kind of awkward.")
        assert noun_before_relative(next(t for t in doc if t.lower_ == "which")) is None


PEARL_HARBOR = ("After Imperial Japan’s unprovoked attack on Pearl Harbor, America responded with overwhelming force, "
                "launching a two-front fight against totalitarianism.\n")


class TestTimePhraseReadAsClause:
    """"After Imperial Japan’s … attack on Pearl Harbor, America responded …": one clause, one subject;
    "After" governs the attack (an audited sentence: the corpus outside the audit has no other)."""

    def test_america_launches(self, nlp, tmp_path):
        events = events_of(PEARL_HARBOR, dt.date(2025, 8, 14), "pearl-harbor", nlp=nlp, folder=tmp_path)
        launch = events[events["verb"] == "launch"]
        assert len(launch) == 1
        assert "attack" not in launch["subject"].iloc[0]

    def test_a_time_clause_keeps_its_subject(self, nlp):
        from toolkit.nlp.subordinators import mend_time_phrases

        doc = mend_time_phrases(nlp("After the polls closed, officials began counting the ballots."))
        assert next(t for t in doc if t.lower_ == "polls").dep_ == "nsubj"


ROUND_UP = ("Local outlets covered the visits.\n\n"
            "WLWT (Cincinnati, OH): Transportation secretary announces multi-billion-dollar rail investment while in "
            "Cincinnati\n\n"
            "KNXV (Phoenix, AZ): Speaker Johnson, Sec. of Treasury, Rep. Ciscomani visit Arizona manufacturers\n")


class TestCitedHeadlines:
    """"WLWT (Cincinnati, OH): Transportation secretary announces …": another outlet's headline, listed."""

    def test_listed_headlines_are_no_events(self, nlp, tmp_path):
        events = events_of(ROUND_UP, dt.date(2026, 8, 20), "round-up", nlp=nlp, folder=tmp_path)
        assert events[events["verb"].isin(["announce", "visit"])].empty

    def test_running_text_with_a_parenthesis_is_no_headline(self):
        from toolkit.nlp.cited_headlines import cited_headline

        assert not cited_headline("The Office of Management and Budget (OMB) today announced the addition of "
                                  "several senior appointees.")


DEDICATION = ("Her dedication reminds us that cybersecurity is not only about networks and infrastructure, but also "
              "about safeguarding the dignity, privacy, and well-being of every American child.\n")


class TestLessons:
    """"Her dedication reminds us that …": a lesson drawn for the reader, no one speaks."""

    def test_a_quality_reminds_no_one(self, nlp, tmp_path):
        events = events_of(DEDICATION, dt.date(2025, 10, 1), "dedication", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "remind"].empty

    def test_a_person_who_teaches_stays(self, nlp):
        from toolkit.nlp.lessons import draws_lesson

        doc = nlp("She has taught us that courage is contagious.")
        assert not draws_lesson(next(t for t in doc if t.lower_ == "taught"))


FIREPOWER = ("After the outbreak of the Revolutionary War at the Battles of Lexington and Concord in April, American "
             "forces urgently needed to strengthen their firepower to break the British grip on Boston and secure "
             "their position in New England.\n")


class TestNeedIsAState:
    """"American forces urgently needed to strengthen their firepower": a need, a state in the past as
    "lacked" is, also when the tagger reads the past as a participle (an audited sentence)."""

    def test_a_need_is_no_act(self, nlp, tmp_path):
        events = events_of(FIREPOWER, dt.date(2026, 5, 10), "firepower", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "need"].empty


DEAL_REFLECTS = ("This historic deal reflects the strength of the U.S.–Japan relationship and Japan’s recognition of "
                 "the United States as the most attractive and secure destination for strategic investment in the "
                 "world.\n")

NEW_CHAPTER = ("With over $550 billion in a new Japanese/USA investment vehicle and enhanced access for American "
               "exports, this agreement marks a new chapter in bilateral cooperation—one that will unleash the full "
               "potential of the U.S. economy, strengthen vital supply chains, and support American workers, "
               "communities, and businesses for decades to come.\n")


class TestVerbsOfRelation:
    """"This historic deal reflects the strength …", "this agreement marks a new chapter": a relation in
    the simple present, what the deal is, as "represents" is."""

    def test_reflects_is_a_relation(self, nlp, tmp_path):
        events = events_of(DEAL_REFLECTS, dt.date(2025, 7, 23), "reflects", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "reflect"].empty

    def test_marks_is_a_relation(self, nlp, tmp_path):
        events = events_of(NEW_CHAPTER, dt.date(2025, 7, 23), "chapter", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "mark"].empty


CLAIRTON = ("Early Saturday morning, somewhat after midnight, police in Clairton, Pennsylvania, in the eastern United "
            "States, responded to multiple reports of a shooting at a graduation party.\n")

CARNEY = "The USS Carney responded to distress calls and intercepted three drones during this assault.\n"


class TestResponses:
    """"police … responded to multiple reports of a shooting": a response to something is an act, not a
    "said" (Wikinews, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; a White House text)."""

    def test_police_respond(self, nlp, tmp_path):
        events = events_of(CLAIRTON, dt.date(2019, 6, 9), "clairton", nlp=nlp, folder=tmp_path)
        assert not events[events["verb"] == "respond"].empty

    def test_a_ship_responds(self, nlp, tmp_path):
        events = events_of(CARNEY, dt.date(2025, 3, 15), "carney", nlp=nlp, folder=tmp_path)
        assert not events[events["verb"] == "respond"].empty

    def test_responded_that_frames_speech(self, nlp):
        from toolkit.nlp.responses import responds_as_act

        doc = nlp("The spokesman responded that the company would appeal.")
        assert not responds_as_act(next(t for t in doc if t.lower_ == "responded"), "respond")


CHIPPAWA = ("America’s resounding victory at Chippawa will forever be remembered as the moment that the United States "
            "Army took its place among the great armies of the world, and showed itself to be capable of defeating "
            "any threat to the safety and security of the great American people.\n")


class TestPastConjunctOfAModal:
    """"will … be remembered as the moment that the Army took its place …, and showed itself": a past lists
    with the past before it, not with the verb under "will" (an audited sentence: the corpus outside the
    audit has no other)."""

    def test_the_army_showed_itself(self, nlp, tmp_path):
        events = events_of(CHIPPAWA, dt.date(2025, 7, 5), "chippawa", nlp=nlp, folder=tmp_path)
        show = events[events["verb"] == "show"]
        assert len(show) == 1
        assert "Army" in show["subject"].iloc[0]
        assert show["modality"].isna().all()


TRIUMPH = ("Their enduring triumph reminds us that peace is never promised, but is earned through sacrifice, defended "
           "with strength, and kept alive by those willing to risk their lives for the survival of our freedom and our "
           "beloved way of life.\n")


class TestParticipleJoinedToAPassive:
    """"peace is … earned through sacrifice, defended with strength": the bare participle shares the
    passive's "is"; nobody's triumph defends (an audited sentence: the corpus outside the audit has no other)."""

    def test_the_triumph_defends_nothing(self, nlp, tmp_path):
        events = events_of(TRIUMPH, dt.date(2025, 8, 14), "triumph", nlp=nlp, folder=tmp_path)
        defend = events[events["verb"] == "defend"]
        assert defend.empty or defend["subject"].isna().all()


BEACHES = ("That morning, American soldiers stormed the deadly sands of Omaha and Utah beaches under a merciless storm "
           "of fire, pressing forward wave after wave through the surf and the carnage to seize the ground before them.\n")


class TestNounByItsModifier:
    """"the deadly sands of Omaha and Utah beaches": a word with a noun modifier on it is a noun, whatever
    its tag (an audited sentence: no other in the corpus gave a row)."""

    def test_nobody_beaches(self, nlp, tmp_path):
        events = events_of(BEACHES, dt.date(2026, 6, 6), "beaches", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "beach"].empty
        assert not events[events["verb"] == "storm"].empty

    def test_a_verb_with_its_subject_stays(self, nlp):
        from toolkit.nlp.mistags import noun_by_modifier

        doc = nlp("American soldiers stormed the beaches.")
        assert not noun_by_modifier(next(t for t in doc if t.lower_ == "stormed"))
