"""Round events40: rules from an audit of ten White House press pages (bench/audit/events40.tsv).

"… his patrol was ambushed …, where he sustained multiple severe wounds. Ignoring his injuries …, he continued to
lead his team": the "he" goes on with the "he" of the clause before, not with the President named in the
opening line. "… debates against … Stephen Douglas made him a nationally known figure. In 1860, the … Republican
Party chose him": "him" is Lincoln, the subject before, not Douglas named in passing. "his patrol was ambushed
by a claymore mine and came under a dense barrage": "came" is no participle, the patrol came under fire.
"Federal government spending fell for the second straight quarter": the verb is "fall", not "fall for". "This
historic milestone demands that we once again take up his torch, summon his courage, …": we summon, not the
milestone. "… production beat expectations": "beat", tagged a noun, is the verb. "will meet … at the written
request of the other Participant": no object. "pushed artillery … for 11 hours, then marched …": the men marched.
"was arrested and charged with raping …": charged too. "Unrest continued in Portland, Oregon as well, where a Trump
supporter was shot": the "where" clause describes the place, the unrest reports nothing.

Real sentences of the White House texts, public domain (White House), in /work/shared/corpora/whitehouse-2025:
briefings-statements__2026-06-18-president-trump-to-award-medal-of-honor.txt,
briefings-statements__2026-02-12-birthday-of-president-abraham-lincoln-2026.txt,
articles__2025-07-30-economic-growth-shatters-expectations-as-president-trump-fuels-americas-golden-age.txt, and the
others named in their classes; and of Wikinews (CC BY 2.5, "Wikinews contributors, en.wikinews.org"), in
/work/shared/corpora/wikinews-2019-2020: wn_2019-10-04_United-States-doctor-sentenced-to-40-years-for-opioid-prescriptions.txt,
wn_2019-11-10_Coalition-authorities-report-no-casualties-from-missile-strike-on-Iraqi-air-base.txt,
wn_2019-01-04_Magnitogorsk-apartment-building-collapses-after-explosion-dozens-dead.txt,
wn_2020-09-30_On-the-campaign-trail-in-the-USA-August-2020.txt.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of, rows_with_verb

MEDAL = dt.date(2026, 6, 18)
CAPERS = (
    "On Thursday, June 18, 2026, President Donald J. Trump will award the Medal of Honor to Major James Capers, "
    "Jr., U.S. Marine Corps (Retired), Colonel John W. Ripley, U.S. Marine Corps (Posthumous), and Major Nicholas "
    "Dockery, U.S. Army (Retired).\n\n"
    "Then-Second Lieutenant James Capers, Jr. will receive the Medal of Honor for acts of gallantry and "
    "intrepidity above and beyond the call of duty as a Team Leader with 3d Force Reconnaissance Company, 3d "
    "Reconnaissance Battalion in the Republic of Vietnam from March 31 to April 3, 1967. During a four-day "
    "reconnaissance patrol, he and his team were tasked with locating a North Vietnamese regimental base camp. "
    "Despite making contact with a numerically superior enemy force on three separate occasions, he tenaciously "
    "continued the mission. He successfully directed fire onto an enemy base camp, thwarting an impending attack "
    "on a nearby Marine battalion. On the final day, his patrol was ambushed by a claymore mine and came under a "
    "dense barrage of enemy fire, where he sustained multiple severe wounds. Ignoring his injuries and extreme "
    "blood loss, he continued to lead his team, coordinate supporting fire, and direct their movement to an "
    "extraction site. Refusing to be evacuated before all his men were safe, he ensured the entire team was "
    "extracted before finally boarding the helicopter.\n")

LINCOLN_DAY = dt.date(2026, 2, 12)
LINCOLN = (
    "Today, our Nation celebrates the 217th birthday of President Abraham Lincoln—one of the most legendary "
    "leaders in American history whose fearless leadership in the Civil War saved our Nation from collapse and "
    "reunited a shattered Union under one flag.\n\n"
    "As slavery continued to tear the Republic apart in the 1850s, Lincoln’s opposition to the expansion of "
    "slavery quickly spread across the land. He entered the race for the United States Senate, where his "
    "legendary debates against pro-slavery Democrat Stephen Douglas made him a nationally known figure. In 1860, "
    "the newly founded Republican Party chose him as its standard bearer, and the American people entrusted him "
    "with the presidency of the United States.\n\n"
    "This historic milestone demands that we once again take up his torch, summon his courage, invoke his "
    "vision, and advance the enduring truths of our founding principles.\n")

GROWTH_DAY = dt.date(2025, 7, 30)
GROWTH = (
    "Federal government spending fell for the second straight quarter, while real business fixed investment "
    "rose by 1.9% following its first quarter surge.\n\n"
    "In June, consumer spending and industrial production beat expectations, while jobless claims have fallen "
    "for six weeks in a row.\n")


class TestHeOfAClauseBefore:
    """"… where he sustained multiple severe wounds. Ignoring his injuries …, he continued": Capers, not Trump."""

    def test_capers_leads_his_team(self, nlp, tmp_path):
        events = events_of(CAPERS, MEDAL, "medal", nlp=nlp, folder=tmp_path)
        for verb in ("ignore", "lead", "coordinate", "refuse", "ensure"):
            rows = rows_with_verb(events, verb)
            assert len(rows) == 1 and rows["subject"].iloc[0] == "James Capers", verb

    def test_named_subject_still_goes_on(self, nlp, tmp_path):
        events = events_of(CAPERS, MEDAL, "medal", nlp=nlp, folder=tmp_path)
        assert (rows_with_verb(events, "award")["subject"] == "Donald Trump").all()
        assert (rows_with_verb(events, "sustain")["subject"] == "James Capers").all()


class TestObjectPronounKeepsTheTopic:
    """"… debates against … Stephen Douglas made him …. In 1860, the … Republican Party chose him": Lincoln."""

    def test_the_party_chose_lincoln(self, nlp, tmp_path):
        events = events_of(LINCOLN, LINCOLN_DAY, "lincoln", nlp=nlp, folder=tmp_path)
        for verb in ("choose", "entrust"):
            rows = rows_with_verb(events, verb)
            assert len(rows) == 1 and rows["object"].iloc[0] == "Abraham Lincoln", verb
        assert (rows_with_verb(events, "enter")["subject"] == "Abraham Lincoln").all()


class TestPastTenseIsNoParticiple:
    """"his patrol was ambushed by a claymore mine and came under a dense barrage": the patrol came."""

    def test_the_patrol_came_under_fire(self, nlp, tmp_path):
        events = events_of(CAPERS, MEDAL, "medal", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "come")
        assert len(rows) == 1 and rows["subject"].iloc[0] == "his patrol"
        assert (rows_with_verb(events, "ambush")["subject"] == "a claymore mine").all()

    def test_forms(self, nlp):
        from toolkit.nlp.past_forms import past_tense_only

        doc = nlp("The patrol came under fire. He was arrested and charged with murder.")
        assert past_tense_only(doc[2])
        assert not past_tense_only(next(t for t in doc if t.lower_ == "charged"))


class TestForALengthOfTime:
    """"Federal government spending fell for the second straight quarter": "fall", not "fall for"."""

    def test_spending_fell(self, nlp, tmp_path):
        events = events_of(GROWTH, GROWTH_DAY, "growth", nlp=nlp, folder=tmp_path)
        assert "fall for" not in set(events["verb"])
        falls = rows_with_verb(events, "fall")
        assert set(falls["subject"]) == {"federal government spending", "jobless claims"}

    def test_a_term_called_for_stays(self, nlp, tmp_path):
        # after wn_2019-10-04_United-States-doctor-sentenced-to-40-years-for-opioid-prescriptions.txt (Wikinews), with
        # people for subject: what "Mandatory sentencing" calls for is what the law sets, no act (round events47)
        text = "Prosecutors called for at least 20 years in prison and up to life in prison.\n"
        events = events_of(text, dt.date(2019, 10, 4), "doctor", nlp=nlp, folder=tmp_path)
        assert list(events["verb"]) == ["call for"]


class TestDemandedClauseLists:
    """"This historic milestone demands that we … take up his torch, summon his courage, …": no act of the milestone."""

    def test_the_milestone_summons_nothing(self, nlp, tmp_path):
        events = events_of(LINCOLN, LINCOLN_DAY, "lincoln", nlp=nlp, folder=tmp_path)
        for verb in ("summon", "invoke", "advance"):
            assert not (rows_with_verb(events, verb)["subject"] == "this historic milestone").any(), verb

    def test_the_list_hangs_on_the_clause(self, nlp):
        from toolkit.nlp.conjunct_forms import mend_bare_conjuncts

        doc = mend_bare_conjuncts(nlp(LINCOLN.split("\n\n")[2].strip()))
        heads = {t.text: t.head.text for t in doc if t.text in ("summon", "invoke", "advance")}
        assert heads["summon"] == "take"


class TestVerbTaggedAsNoun:
    """"In June, consumer spending and industrial production beat expectations, …": "beat" is the verb."""

    def test_spending_beat_expectations(self, nlp, tmp_path):
        events = events_of(GROWTH, GROWTH_DAY, "growth", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "beat")
        assert len(rows) == 1 and rows["object"].iloc[0] == "expectations"
        assert rows["subject"].iloc[0].startswith("consumer spending")

    def test_a_noun_root_without_object_stays(self, nlp):
        from toolkit.nlp.mistags import hidden_verbs

        doc = nlp("Federal government spending fell for the second straight quarter.")
        assert list(hidden_verbs(doc)) == []


class TestAtTheRequestOf:
    """"The Participants will meet … at the written request of the other Participant": no object."""

    FRAMEWORK = ("The Participants will meet, virtually or in-person, at the written request of the other "
                 "Participant within 10 days of the receipt of the request.\n")

    def test_nothing_is_met(self, nlp, tmp_path):
        # briefings-statements__2025-10-20-united-states-australia-framework-for-securing-of-supply-in-the-mining-
        # and-processing-of-critical-m.txt (White House, public domain)
        events = events_of(self.FRAMEWORK, dt.date(2025, 10, 20), "framework", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "meet")
        assert len(rows) == 1 and rows["object"].isna().all()

    def test_a_place_at_stays(self, nlp):
        from toolkit.nlp.event_fields import object_token

        # presidential-actions__2025-04-17-250th-anniversary-of-the-battles-of-lexington-and-concord.txt (White House, public domain)
        doc = nlp("Later that morning, the Redcoats arrived at Concord to find and set fire to patriot military supplies.")
        verb = next(t for t in doc if t.lower_ == "arrived")
        assert object_token(verb, "arrive").text == "Concord"


class TestThenOpensTheNextAct:
    """"his men pushed artillery … for 11 hours, then marched 9 gruelingmiles …": the men marched."""

    # briefings-statements__2025-12-26-america-250-anniversary-of-the-battle-of-trenton.txt (White House)
    TRENTON = ("Despite extraordinary dangers, his men pushed artillery, horses, and provisions through ice-choked "
               "waters for 11 hours, then marched 9 gruelingmiles—many without boots on their feet—toward Trenton "
               "through unrelenting cold, leaving a trail of blood in the snowy hills.\n")

    def test_the_men_marched(self, nlp, tmp_path):
        events = events_of(self.TRENTON, dt.date(2025, 12, 26), "trenton", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "march")
        assert len(rows) == 1 and rows["subject"].iloc[0] == "his men"

    def test_a_state_stays_out(self, nlp, tmp_path):
        # wn_2019-11-10_Coalition-authorities-report-no-casualties-from-missile-strike-on-Iraqi-air-base.txt (Wikinews)
        text = "The protests began in early October, then went quiet for a few weeks, before resuming in late October.\n"
        events = events_of(text, dt.date(2019, 11, 10), "protests", nlp=nlp, folder=tmp_path)
        assert "go" not in set(events["verb"])


class TestConjoinedPassive:
    """"A criminal illegal alien from Mexico … was arrested and charged with raping …": charged too."""

    # articles__2026-02-19-president-trump-returns-to-georgia-delivering-real-relief-for-families-with-much-more-on-the-way.txt
    GEORGIA = ("A criminal illegal alien from Mexico — who was already deported once before — was arrested and charged "
               "with raping an 11-year-old girl while her 10-year-old sister was in the room.\n")

    def test_the_alien_was_charged(self, nlp, tmp_path):
        events = events_of(self.GEORGIA, dt.date(2026, 2, 19), "georgia", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "charge")
        assert len(rows) == 1 and rows["subject"].isna().all()
        assert rows["object"].iloc[0].startswith("a criminal illegal alien")

    def test_an_active_conjunct_is_no_passive(self, nlp):
        from toolkit.nlp.passives import _passive_holder

        # wn_2019-01-04_Magnitogorsk-apartment-building-collapses-after-explosion-dozens-dead.txt (Wikinews)
        doc = nlp("President Vladimir Putin was briefed, and flew to Magnitogorsk on Monday.")
        flew = next(t for t in doc if t.lower_ == "flew")
        assert _passive_holder(flew) is flew


class TestWhereAfterAComma:
    """"Unrest continued in Portland, Oregon as well, where a Trump supporter was shot": no report by the unrest."""

    # wn_2020-09-30_On-the-campaign-trail-in-the-USA-August-2020.txt (Wikinews)
    PORTLAND = "Unrest continued in Portland, Oregon as well, where a Trump supporter was shot and killed.\n"

    def test_the_unrest_reports_nothing(self, nlp, tmp_path):
        events = events_of(self.PORTLAND, dt.date(2020, 9, 30), "portland", nlp=nlp, folder=tmp_path)
        assert not (events["reported_by"] == "Unrest").any()

    def test_the_clause_describes_the_place(self, nlp):
        from toolkit.nlp.misparses import mend_where_clauses

        doc = mend_where_clauses(nlp(self.PORTLAND.strip()))
        shot = next(t for t in doc if t.lower_ == "shot")
        assert shot.dep_ == "relcl" and shot.head.text in ("Portland", "Oregon")
