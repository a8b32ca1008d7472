"""Events: who does what to whom, with negation, modality, attribution and the clause's date.

Real sentences: the seed article, and sentences of Wikinews articles (CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org"; from /work/shared/corpora/wikinews-2019-2020:
wn_2019-02-02 Paris court jails two police, wn_2019-06-23 Hong Kong protesters, wn_2019-09-11
UK Prime Minister Johnson suspends parliament, wn_2020-06-23 Reading stabbing attack,
wn_2019-03-17 Christchurch suspect appears in court, wn_2019-01-04 Nancy Pelosi again
elected Speaker), joined into one document dated as the latest of them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import events_of

from toolkit.extraction.tables import EVENT_COLUMNS, extract
from toolkit.reading.sources import read_document

WIKINEWS = (
    "A 25-year-old man was arrested by Thames Valley Police on suspicion of murder.\n\n"
    "Emily Spanton, 39, who has waived her right to anonymity, met officers Antoine Quirin and Nicolas Redouane, "
    "40 and 49, at an Irish pub.\n\n"
    "Johnson became leader of the Conservative Party and prime minister after Theresa May stepped down on July 24 "
    "after she was unable to negotiate a Brexit deal.\n\n"
    "Legal and religious groups have also called for the bill to be dropped.\n\n"
    "Brenton Tarrant did not apply for bail.\n\n"
    "President Trump has said he will not approve a budget that does not allocate funding for a wall along the "
    "country's border with Mexico.\n"
)



@pytest.fixture(scope="module")
def wikinews_events(nlp, tmp_path_factory):
    return events_of(WIKINEWS, dt.date(2019, 9, 11), "wikinews-sentences", nlp=nlp,
                     folder=tmp_path_factory.mktemp("events"))


# More Wikinews sentences (same licence and credit), for the grammar of news nobody tuned on:
# wn_2019-04-20 California court sentences parents, wn_2020-02-15 Michael Avenatti convicted,
# wn_2019-01-30 Mokha bomb, wn_2019-12-21 House impeaches Trump, wn_2019-01-05 Florida pileup,
# wn_2019-10-10 Nobel Prize in physics, wn_2019-09-10 Nevada plane crash, wn_2020-03-02 Biden wins
# South Carolina (two paragraphs whole), wn_2019-09-03 Sirhan stabbed, wn_2020-06-07 Kerala elephant, wn_2020-02-10
# first foreigners die from coronavirus, wn_2019-07-01 Charlottesville killer sentenced,
# wn_2019-09-30 brother of Qandeel Baloch sentenced. One
# document dated 2019-10-10 (a Thursday: "Tuesday" is 2019-10-08, "yesterday" 2019-10-09).
MORE_WIKINEWS = (
    "Yesterday in California's Riverside County criminal court, Judge Bernard Schwartz sentenced David and "
    "Louise Turpin to life in prison.\n\n"
    "The children were banned from washing more often than once a year and could not use the toilet.\n\n"
    "Schwartz went on to say he was not giving them the longest possible sentence.\n\n"
    "The two parents were arrested in January of last year after one of their daughters, aged 17, escaped and "
    "phoned 911 (the emergency telephone number in the United States).\n\n"
    "Yesterday, a United States federal jury convicted Michael Avenatti, the California, US lawyer who "
    "represented porn star Stormy Daniels in her lawsuit against US President Donald Trump, of trying to extort "
    "Nike, an athletic equipment company.\n\n"
    "A bombing was yesterday reported to have killed Abu Dhabi TV photojournalist Ziad al-Sharabi in the Red Sea "
    "port town of Mokha, Yemen.\n\n"
    "No claims of responsibility were reported yesterday, but the general manager of Abu Dhabi Media, Dr Ali bin "
    "Tamim, attributed the bombing to Houthi rebels.\n\n"
    "In the immediate aftermath of the vote, CNN reported Jeff Van Drew was expected to leave the Democratic "
    "party.\n\n"
    "After crossing the center divider, the out-of-control vehicles collided with the church bus and a second "
    "semi truck in the southbound lanes.\n\n"
    "The bus overturned, with occupants ejected; a southbound fifth vehicle was unable to prevent itself running "
    "through the debris.\n\n"
    "On Tuesday, the Royal Swedish Academy of Sciences announced the winners of the 2019 Nobel Prize in Physics "
    "in Stockholm, Sweden.\n\n"
    "On Saturday night, a propeller plane in Nevada, United States crashed following departure from Henderson "
    "Executive Airport, near Las Vegas, according to investigators.\n\n"
    "At the time, there were reportedly four people on board; according to investigators, one was pronounced "
    "dead at the crash site, with the other three being taken to a nearby hospital. Another later died.\n\n"
    "Some of Qawi's supporters threw flower petals as he was leaving the courthouse.\n\n"
    "Following take off, the plane turned back with a mechanical problem, intending to land at Henderson. It "
    "crashed in a desert area located about half a mile (likely less than a kilometer) to the south of the "
    "airport, and then caught fire.\n\n"
    "A bystander attempted to aid the passengers, and was later hospitalized for smoke inhalation.\n\n"
    "Following South Carolina's primary, Bernie Sanders had the most delegates, with 60, followed by Biden, with "
    "54. In third was Pete Buttigieg, the former mayor of South Bend, Indiana, who had 26 delegates that he earned "
    "in Iowa, New Hampshire, and Nevada. Additionally, Senator Elizabeth Warren of Massachusetts had 8 delegates, "
    "and Senator Amy Klobuchar of Minnesota had 7.\n\n"
    "Following the primary, Steyer dropped out of the presidential race. Yesterday, Buttigieg followed suit, "
    "likewise dropping out of the race. Senator Klobuchar's campaign said she was ending her presidential bid "
    "today.\n\n"
    "According to officials on Saturday, the coronavirus 2019-nCoV may have killed two male foreign visitors in "
    "Wuhan, China — a man from the United States who tested positive for the virus, and another man from Japan "
    "who was suspected of dying from the virus.\n\n"
    "Robert was killed in June 1968, while seeking the Democratic nomination for president. Sirhan shot him in "
    "the head just after midnight, while he was walking through a hotel kitchen.\n\n"
    "Authorities said they believed a fruit filled with firecrackers had exploded in her mouth, damaging her jaw "
    "and ultimately leading to her death.\n\n"
    "According to the U.S. embassy in Beijing, the infected 60-year-old western man died in February 6; Chinese "
    "authorities referred to him as \"Chinese-American.\"\n\n"
    "Susan Bro, Heather Heyer's mother, told reporters she considered the deal acceptable, saying executing "
    "Fields would not bring her daughter back.\n\n"
    "The hearings and motions leading up to the announcement included requests for leniency from Fields' "
    "lawyers, who argued his history of mental illness.\n"
)


@pytest.fixture(scope="module")
def more_events(nlp, tmp_path_factory):
    return events_of(MORE_WIKINEWS, dt.date(2019, 10, 10), "more-wikinews-sentences", nlp=nlp,
                     folder=tmp_path_factory.mktemp("events"))


@pytest.fixture(scope="module")
def seed_events(seed_extraction):
    return seed_extraction.events


def _rows(events, verb, **where):
    rows = events[events["verb"] == verb]
    for column, value in where.items():
        rows = rows[rows[column] == value]
    return rows


class TestColumns:
    def test_the_contract(self, seed_events):
        assert list(seed_events.columns) == EVENT_COLUMNS

    def test_kinds_and_modalities_from_the_contract(self, seed_events, wikinews_events):
        for events in (seed_events, wikinews_events):
            assert set(events["kind"]) <= {"action", "speech act", "stance", "background"}
            assert set(events["modality"].dropna()) <= {"could", "would", "may", "might", "must", "should", "will",
                                                        "can", "conditional"}
            assert events["negated"].map(type).eq(bool).all() and events["quoted"].map(type).eq(bool).all()

    def test_offsets_inside_the_sentence(self, seed_extraction, seed_document):
        for e in seed_extraction.events.itertuples():
            assert 0 <= e.start < e.end <= len(seed_document.text)
            assert " ".join(seed_document.text[e.start:e.end].split()) in " ".join(e.sentence.split())


class TestOpenVerbs:
    """Any predicate with an agent, not a list of diplomacy verbs; copulas and a bare "said" are not events."""

    def test_verbs_outside_any_diplomacy_list(self, wikinews_events, seed_events):
        assert not _rows(wikinews_events, "meet", subject="Emily Spanton").empty
        assert not _rows(seed_events, "receive", subject="Steve Witkoff").empty

    def test_stop_list(self, seed_events, wikinews_events):
        for events in (seed_events, wikinews_events):
            assert not set(events["verb"]) & {"be", "have", "say", "tell", "seem"}

    def test_phrasal_verbs_whole(self, wikinews_events, seed_events):
        assert not _rows(wikinews_events, "step down", subject="Theresa May").empty
        assert not _rows(seed_events, "call for", subject="Kyiv").empty
        assert "step" not in set(wikinews_events["verb"])


class TestAgents:
    def test_passive_turned_back(self, wikinews_events):
        arrests = _rows(wikinews_events, "arrest")
        assert list(arrests["subject"]) == ["Thames Valley Police"]

    def test_relative_who_resolved(self, wikinews_events):
        assert not _rows(wikinews_events, "waive", subject="Emily Spanton").empty

    def test_pronouns_resolved_or_left_out(self, seed_events, wikinews_events):
        for events in (seed_events, wikinews_events):
            subjects = set(events["subject"].dropna().str.lower())
            assert not subjects & {"he", "she", "it", "they", "who", "which", "that"}

    def test_no_empty_cut_or_quoted_subjects(self, seed_events, wikinews_events):
        # (a row with no subject is an agentless passive, "two U.S. nuclear submarines had been repositioned": it
        # names the one the act was done to)
        for events in (seed_events, wikinews_events):
            assert (events["subject"].notna() | events["object"].notna()).all()
            assert not events["subject"].dropna().str.contains("[“”\"…]").any()


class TestClaimsNotFlattened:
    def test_reported_content_with_its_modal(self, seed_events):
        ends = _rows(seed_events, "end", subject="Kyiv")
        assert list(ends["modality"]) == ["must"] and list(ends["reported_by"]) == ["Moscow"]

    def test_according_to(self, seed_events):
        meets = _rows(seed_events, "meet", subject="Donald Trump", modality="could")
        assert len(meets) == 1 and "The New York Times" in meets.iloc[0]["reported_by"]

    def test_body_speaking_of_itself(self, seed_events):
        ends = _rows(seed_events, "end", subject="Moscow")
        assert list(ends["modality"]) == ["would"] and list(ends["reported_by"]) == ["Moscow"]

    def test_goal_is_no_event(self, wikinews_events, seed_events):
        assert "drop" not in set(wikinews_events["verb"])  # "called for the bill to be dropped"
        assert not _rows(wikinews_events, "call for").empty
        # "efforts to end Russia's war", "until Friday to show progress": goals, not facts
        assert _rows(seed_events, "end", subject="Donald Trump", modality=None).empty
        assert "show" not in set(seed_events["verb"])

    def test_negation(self, wikinews_events):
        applies = _rows(wikinews_events, "apply for", subject="Brenton Tarrant")
        assert list(applies["negated"]) == [True]
        approves = _rows(wikinews_events, "approve")
        assert list(approves["negated"]) == [True] and list(approves["modality"]) == ["will"]
        assert list(approves["reported_by"]) == list(approves["subject"]) == ["Trump"]  # the only name the text gives


class TestQuotations:
    def test_events_inside_quotes_marked(self, seed_events, seed_document):
        quoted = seed_events[seed_events["quoted"]]
        assert not quoted.empty
        text = seed_document.text
        for e in quoted.itertuples():  # a quotation mark opens before the event in its sentence
            assert any(mark in text[max(0, e.start - 200):e.end] for mark in "“\"")

    def test_plain_events_are_not_inside_quotes(self, seed_events):
        assert not seed_events[~seed_events["quoted"]]["verb"].isin(["work"]).any()  # "the pressure … is working," he said


class TestDates:
    def test_the_clause_of_the_time_expression(self, wikinews_events):
        assert list(_rows(wikinews_events, "step down")["date"]) == ["2019-07-24"]
        assert _rows(wikinews_events, "become")["date"].isna().all()

    def test_seed_dates_by_reading(self, seed_events):
        meeting = _rows(seed_events, "meet", subject="Donald Trump", modality="could")
        assert meeting.iloc[0]["date"] == "2025-08-11"  # "as early as next week", from 7 August
        deadline = _rows(seed_events, "give", subject="Donald Trump")
        assert list(deadline["date"]) == ["2025-08-08"]  # "until Friday"
        order = _rows(seed_events, "order", subject="Donald Trump")
        assert list(order["date"]) == ["2025-08-06"]  # "Earlier Wednesday, Trump ordered steeper tariffs"
        # "Speaking … on Wednesday, Trump said …, following … talks between his special envoy, Steve
        # Witkoff, and Russian officials in Moscow": the talks came just before Wednesday's words;
        # "Trump reportedly briefed European allies after Witkoff's Moscow talks" dates nothing.
        talks = _rows(seed_events, "talk", subject="Steve Witkoff")
        assert sorted(talks["date"].fillna("")) == ["", "2025-08-06"]
        assert talks[talks["date"] == "2025-08-06"]["object"].str.contains("Russian officials").all()


class TestEventTable:
    """The events table of the notebook helpers (views.show_events), on real Wikinews rows."""

    def test_an_agent_the_text_never_names_is_said_so(self, more_events):
        from bs4 import BeautifulSoup

        from toolkit.present.views import show_events

        agentless = more_events[more_events["subject"].isna() | (more_events["subject"] == "")]
        assert len(agentless)
        cells = [tr.find_all("td") for tr in BeautifulSoup(show_events(agentless, max_rows=len(agentless)).data,
                                                            "html.parser").select("tbody tr")]
        assert len(cells) == len(agentless)
        assert all(row[1].get_text() == "not named" and row[2].get_text() for row in cells)


# wn_2020-02-10 First foreigners die from coronavirus in Wuhan, China (Wikinews, CC BY 2.5), and the
# seed set's A20 (White House, 5 Aug 2025, public domain).
CHINESE_CITIZENS = "Chinese citizens have criticized their government's initial response to the outbreak.\n"
RIGGED = ("President Trump commented on the Bureau of Labor Statistics under the former Biden-appointed "
          "Commissioner: “The numbers were rigged. Biden wasn’t doing well; he was doing poorly.”\n")


class TestPhraseCapitals:
    """A phrase drops the capital its position gave it (a sentence's, a quotation's first word), not a
    people's adjective's."""

    def test_a_nationality_keeps_its_capital(self, nlp, tmp_path):
        events = events_of(CHINESE_CITIZENS, dt.date(2020, 2, 10), "chinese", nlp=nlp, folder=tmp_path)
        assert _one(events, "criticize")["subject"] == "Chinese citizens"

    def test_a_quotations_first_word_is_lowered(self, nlp, tmp_path):
        events = events_of(RIGGED, dt.date(2025, 8, 5), "rigged", nlp=nlp, folder=tmp_path)
        assert _one(events, "rig")["object"] == "the numbers"

    def test_what_changed_marks_a_quoted_event_as_the_speakers_words(self, nlp, tmp_path):
        import pandas as pd

        from toolkit.analysis import changes
        from toolkit.extraction.tables import Extraction

        events = events_of(RIGGED, dt.date(2025, 8, 5), "rigged", nlp=nlp, folder=tmp_path)
        assert _one(events, "rig")["quoted"]
        ex = Extraction(documents=pd.DataFrame(columns=["id", "title", "published"]), entities=pd.DataFrame(),
                        mentions=pd.DataFrame(columns=["doc", "name", "label", "start"]),
                        quotes=pd.DataFrame(columns=["doc", "text", "speaker", "start"]),
                        timeline=pd.DataFrame(columns=["doc", "start"]), events=events)
        texts = changes.facts(ex).query("kind == 'event'")["text"].tolist()
        assert any(t.startswith("(not named) rig the numbers (in ") and t.endswith("words)") for t in texts), texts


class TestEventScoring:
    """toolkit.evaluation.events: the matching rules, on the seed's own rows."""

    @staticmethod
    def _gold(events, verb, subject, **marks):
        row = events[(events["verb"] == verb) & (events["subject"] == subject)].iloc[0]
        sentence_start = row["start"] - 5
        return {"subject": marks.pop("gold_subject", subject), "verb": verb, "object": None, "negated": False,
                "modality": None, "reported_by": None, "kind": "action", "date": None,
                "sentence_start": int(sentence_start), "sentence_end": int(row["end"] + 5), **marks}

    def test_alias_and_head_noun_match(self, seed_events):
        from toolkit.evaluation.events import score_events

        entities = [{"name": "Kyiv", "label": "GPE", "aliases": ["Kiev", "Ukraine's capital"]}]
        gold = [self._gold(seed_events, "call for", "Kyiv", gold_subject="Kiev"),
                self._gold(seed_events, "ramp up", "Trump’s administration", gold_subject="the Trump administration")]
        score = score_events(seed_events, gold, entities)
        assert score["matched"] == 2 and score["recall"] == 1.0

    def test_flattened_claim_counted(self, seed_events):
        from toolkit.evaluation.events import score_events

        plain = seed_events.assign(modality=None, reported_by=None, negated=False)
        gold = [self._gold(seed_events, "end", "Kyiv", modality="must", reported_by="Moscow")]
        assert score_events(plain, gold)["flattened"] == 1
        assert score_events(seed_events, gold)["flattened"] == 0

    def test_an_agentless_row_is_told_apart_from_a_missed_actor(self, seed_events):
        from toolkit.evaluation.events import score_events

        # The seed's "Kyiv must end …" with its subject blanked, against a gold event that names no
        # agent (a passive's) and against no gold at all.
        kyiv = (seed_events["verb"] == "end") & (seed_events["subject"] == "Kyiv")
        blank = seed_events.assign(subject=seed_events["subject"].where(~kyiv, None))
        agentless = score_events(blank, [self._gold(seed_events, "end", "Kyiv", gold_subject=None)])
        assert agentless["matched"] == 1 and agentless["empty_subject_unnamed"] == 1
        assert agentless["missing_subject_share"] < agentless["empty_subject_share"]
        unmatched = score_events(blank, [])
        assert unmatched["empty_subject_unnamed"] == 0
        assert unmatched["missing_subject_share"] == unmatched["empty_subject_share"] > 0

    def test_quoted_rows_not_scored(self, seed_events):
        from toolkit.evaluation.events import score_events

        score = score_events(seed_events, [])
        assert score["quoted"] == int(seed_events["quoted"].sum()) > 0
        assert score["predicted"] == len(seed_events) - score["quoted"]


def _one(events, verb, **where):
    rows = _rows(events, verb, **where)
    assert len(rows) == 1, (verb, where, events[events["verb"] == verb][["subject", "verb"]].to_dict("records"))
    return rows.iloc[0]


class TestSubjectsInSubordinateAndJoinedClauses:
    """Where the parser loses a clause's subject, English grammar gives it back."""

    def test_subordinate_clause_subject_parsed_under_the_subordinator(self, more_events):
        # "after one of their daughters, aged 17, escaped and phoned 911": "after" taken for a preposition
        for verb in ("escape", "phone"):
            assert _one(more_events, verb)["subject"] == "one of their daughters"

    def test_active_conjunct_of_a_passive_takes_its_patient(self, more_events):
        use = _one(more_events, "use")  # "were banned … and could not use the toilet"
        assert use["subject"].lower() == "the children" and use["negated"] and use["modality"] == "could"

    def test_passive_conjunct_of_an_active_has_no_agent(self, more_events):
        # the bystander was hospitalized by no one named: an agentless row at most (round ev39), never his own act
        rows = _rows(more_events, "hospitalize")
        assert _rows(more_events, "hospitalize for").empty and not rows["subject"].map(lambda s: isinstance(s, str)).any()
        assert rows.empty or rows.iloc[0]["object"].lower() == "a bystander"
        assert not _rows(more_events, "attempt", subject="a bystander").empty

    def test_clauses_joined_by_a_semicolon(self, more_events):
        assert _one(more_events, "overturn")["subject"].lower() == "the bus"
        assert _rows(more_events, "eject").empty  # "with occupants ejected": a circumstance, no agent

    def test_sentence_parsed_as_a_noun_phrase(self, more_events):
        assert _one(more_events, "collide")["subject"] == "the out-of-control vehicles"

    def test_raised_subject_of_a_passive_report(self, more_events):
        kill = _one(more_events, "kill", subject="a bombing")  # "A bombing was yesterday reported to have killed …"
        assert kill["date"] == "2019-10-09"
        # "CNN reported Jeff Van Drew was expected to leave the Democratic party"
        leave = _one(more_events, "leave", subject="Jeff Van Drew")
        assert leave["subject"] == "Jeff Van Drew" and leave["modality"] == "will" and leave["reported_by"] == "CNN"

    def test_went_on_to_say(self, more_events):
        assert _rows(more_events, "go on").empty and _rows(more_events, "go").empty
        give = _one(more_events, "give")
        assert give["negated"] and "Schwartz" in give["reported_by"] and "Schwartz" in give["subject"]


class TestActors:
    """Appositions, relatives and pronouns resolved by the grammar of the noun phrase."""

    def test_relative_on_an_apposition_describes_the_name(self, more_events):
        # "Michael Avenatti, the California, US lawyer who represented …": the relative clause says
        # who the person is, like the apposition it hangs on (round events7), so it is no event;
        # the main clause's act is still read with the name.
        assert _rows(more_events, "represent").empty
        assert _one(more_events, "convict")["object"].startswith("Michael Avenatti")

    def test_name_in_apposition_to_a_role_of_an_organisation(self, more_events):
        assert "Tamim" in _one(more_events, "attribute")["subject"]

    def test_place_in_apposition_is_no_subject(self, more_events):
        assert _one(more_events, "crash", reported_by="investigators")["subject"] == "a propeller plane"

    def test_it_is_the_thing_of_the_sentence_before(self, more_events):
        assert set(_rows(more_events, "catch")["subject"]) == {"the plane"}

    def test_part_of_a_group(self, more_events):
        assert _one(more_events, "throw")["subject"] == "some of Qawi's supporters"
        assert _rows(more_events, "die", subject="another").empty  # a bare "another": no one named

    def test_pronoun_of_a_body_speaking_for_its_owner(self, more_events):
        assert "Klobuchar" in _one(more_events, "end")["subject"]  # not Buttigieg, named just before

    def test_object_pronoun_is_not_the_subject(self, more_events):
        shot = _one(more_events, "shoot")
        assert "Sirhan" in shot["subject"] and shot["object"] != shot["subject"]

    def test_relative_after_a_place_means_people(self, more_events):
        # "visitors in Wuhan, China — a man from the United States who tested positive, and another man …"
        assert _one(more_events, "test")["subject"] == "a man from the United States"

    def test_possessive_apostrophe_kept(self, more_events):
        assert _one(more_events, "argue")["subject"] == "Fields' lawyers"


class TestAttributionScope:
    def test_participle_after_reported_content_stays_in_it(self, more_events):
        damage = _one(more_events, "damage")  # "said … a fruit … had exploded …, damaging her jaw"
        assert damage["subject"].lower() == "a fruit" and damage["reported_by"].lower() == "authorities"

    def test_semicolon_ends_the_source_scope(self, more_events):
        die = _one(more_events, "die", subject="the infected 60-year-old western man")
        assert "embassy" in die["reported_by"]

    def test_reporting_to_an_addressee(self, more_events):
        consider = _one(more_events, "consider")  # "told reporters she considered the deal acceptable"
        assert consider["subject"] == consider["reported_by"] == "Susan Bro"


class TestClauseDates:
    def test_adverbial_before_a_year_inside_a_name(self, more_events):
        assert _one(more_events, "announce")["date"] == "2019-10-08"  # not the "2019" of "the 2019 Nobel Prize"


# Sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
# /work/shared/corpora/wikinews-2019-2020): wn_2020-06-07 Kerala elephant, wn_2020-07-02 Iran's arrest
# warrants, wn_2020-07-12 Serbian protests, wn_2020-10-12 second debate cancelled, wn_2020-05-08 Kelly v.
# United States, wn_2019-01-30 Mokha bomb, wn_2019-08-08 El Paso shooting, wn_2019-10-10 UK urges US to
# waive immunity; one document dated 2020-07-12. The elephant comes first: no woman is named before
# the "she" that stands for it.
CLAUSES = (
    "An autopsy determined the elephant was pregnant before she was cremated. Citing the elephant's reduced "
    "body size, officials estimated she may have starved for up to 20 days or longer.\n\n"
    "According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said the 36 "
    "must face \"murder and terrorism charges\", adding Iran will pursue the prosecution of Trump even after he "
    "ends serving as president of the US.\n\n"
    "A red notice doesn't force countries to conduct the arrest but may limit the suspect's freedom to travel.\n\n"
    "Police director Vladimir Rebic said at least 71 people were arrested Friday night.\n\n"
    "Anti-government protests have been taking place since Tuesday in the Serbian capital Belgrade after the "
    "government announced new lockdown measures, which the government dropped after the protests began.\n\n"
    "A number of journalists were also injured after being attacked by protesters.\n\n"
    "Some members of opposition parties have claimed violent protesters were sent by the government.\n\n"
    "President Trump tested positive for SARS-CoV-2, the coronavirus that causes COVID-19, within just days "
    "after traveling to Cleveland, Ohio to participate in the first presidential debate against Democratic rival "
    "Joe Biden.\n\n"
    "The second debate was intended to be done in town-hall format.\n\n"
    "The debate is to be moderated by NBC News correspondent Kristen Welker.\n\n"
    "The unanimous court decided their actions did not qualify, reversing the convictions and remanding the case "
    "back to the Court of Appeals for the Third Circuit.\n\n"
    "Writing for the Court, Supreme Court Justice Elena Kagan declared in the majority opinion, \"not every "
    "corrupt act by state or local officials is a federal crime.\"\n\n"
    "At least five other civilians reportedly also died in last night's attack; around twenty more, including "
    "colleague Faisal al-Thubhani, were injured.\n\n"
    "The El Paso shooting preceded another one less than thirteen hours later in Dayton, Ohio where ten people "
    "died.\n\n"
    "Northamptonshire police were able to determine the Volvo had come from RAF Croughton and spoke with Anne "
    "Sacoolas as a suspect.\n\n"
    "Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US Secretary of State Mike "
    "Pompeo about the case.\n"
)


@pytest.fixture(scope="module")
def clause_events(nlp, tmp_path_factory):
    return events_of(CLAUSES, dt.date(2020, 7, 12), "clause-sentences", nlp=nlp,
                     folder=tmp_path_factory.mktemp("events"))


class TestClauseStructure:
    """General rules of English clause structure: which clauses report an event, and whose."""

    def test_a_claimed_event_is_listed_not_the_claim(self, clause_events):
        # "officials estimated she may have starved", "members … have claimed violent protesters were sent by …"
        assert _rows(clause_events, "estimate").empty and _rows(clause_events, "claim").empty
        starve = _headed(clause_events, "starve")
        assert starve["subject"] == "the elephant" and starve["modality"] == "may"
        assert starve["reported_by"] == "officials"
        send = _one(clause_events, "send")
        assert send["subject"] == "the government" and "opposition" in send["reported_by"]

    def test_a_claim_about_a_state_is_the_event(self, clause_events):
        assert not _rows(clause_events, "determine", subject="an autopsy").empty  # "… the elephant was pregnant"

    def test_present_time_clause_is_no_event(self, clause_events):
        # "Iran will pursue … even after he ends serving as president": a future, not a fact
        assert _rows(clause_events, "end").empty
        assert _one(clause_events, "pursue")["modality"] == "will"

    def test_a_time_clause_of_beginning_only_dates(self, clause_events):
        assert _rows(clause_events, "begin").empty  # "after the protests began"
        # "after the government announced …" is news
        assert not _rows(clause_events, "announce", subject="the government").empty

    def test_generic_statements_are_no_events(self, clause_events):
        assert _rows(clause_events, "force").empty and _rows(clause_events, "limit").empty  # "A red notice doesn't …"
        assert _rows(clause_events, "cause").empty  # "the coronavirus that causes COVID-19"
        assert "Trump" in _one(clause_events, "test")["subject"]

    def test_manner_of_speaking_is_no_event(self, clause_events):
        assert _rows(clause_events, "cite").empty  # "Citing the elephant's reduced body size, officials estimated"
        # "Writing for the Court, … Kagan declared …"
        assert _rows(clause_events, "write").empty and _rows(clause_events, "write for").empty

    def test_be_to_is_a_plan(self, clause_events):
        moderate = _one(clause_events, "moderate")
        assert moderate["subject"] == "Kristen Welker" and moderate["modality"] == "will"
        assert _rows(clause_events, "intend").empty and _rows(clause_events, "do").empty

    def test_passive_after_a_preposition_of_time(self, clause_events):
        attack = _one(clause_events, "attack")  # "were injured after being attacked by protesters"
        assert attack["subject"] == "protesters" and "journalists" in attack["object"]

    def test_participle_after_a_negated_content_clause_is_the_reporter_s(self, clause_events):
        for verb in ("reverse", "remand"):
            assert _one(clause_events, verb)["subject"] == "the unanimous court"

    def test_semicolon_joined_clause_is_not_content(self, clause_events):
        # "… died in last night's attack; around twenty more … were injured": not content of "injured"
        die = clause_events[(clause_events["verb"] == "die")
                            & (clause_events["subject"].str.lower() == "at least five other civilians")]
        # (its own "reportedly" tells it as hearsay, round claims37; no source leaks across the semicolon)
        assert len(die) == 1 and (pd_isna(die.iloc[0]["reported_by"]) or die.iloc[0]["reported_by"] == "reportedly")

    def test_where_clause_with_people_counted(self, clause_events):
        assert not _rows(clause_events, "die", subject="ten people").empty

    def test_be_able_to(self, clause_events):
        assert not _rows(clause_events, "determine", subject="Northamptonshire police").empty
        come = _one(clause_events, "come")
        assert "Volvo" in come["subject"] and come["reported_by"] == "Northamptonshire police"

    def test_past_tense_is_no_conjunct_of_an_infinitive(self, clause_events):
        speak = _headed(clause_events, "speak", subject="Dominic Raab")  # not an infinitive's goal
        assert "Pompeo" in speak["object"]


class TestAgentlessPassives:
    """A passive that names no agent is an event (subject None) only when it happened to someone named
    or counted, in a main or reported clause: a few rows, so that empty subjects stay rare."""

    def test_people_counted(self, clause_events):
        arrest = _one(clause_events, "arrest")
        assert arrest["subject"] is None or pd_isna(arrest["subject"])
        assert arrest["object"] == "at least 71 people" and arrest["reported_by"] == "Vladimir Rebic"
        injure = _rows(clause_events, "injure")
        assert any("journalists" in str(o) for o in injure["object"])

    def test_not_a_pronoun_a_plan_or_a_kind(self, clause_events):
        assert _rows(clause_events, "cremate").empty  # "before she was cremated"
        assert _rows(clause_events, "intend").empty  # "The second debate was intended to be done …"

    def test_every_empty_subject_has_an_object(self, clause_events, seed_events, wikinews_events):
        for events in (clause_events, seed_events, wikinews_events):
            empty = events[events["subject"].isna()]
            assert empty["object"].notna().all()


def _headed(events, head, **where):
    """The one row whose verb is ``head`` or a phrasal verb of it ("starve for")."""
    rows = events[events["verb"].str.split().str[0] == head]
    for column, value in where.items():
        rows = rows[rows[column] == value]
    assert len(rows) == 1, (head, where, rows[["subject", "verb"]].to_dict("records"))
    return rows.iloc[0]


def pd_isna(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


# Sentences for the rules made on tests/data/gold/wikinews-events-dev3 (Wikinews, CC BY 2.5, credit
# "Wikinews contributors, en.wikinews.org"): wn_2019-02-11 Thai party withdraws princess's nomination,
# wn_2019-09-12 Tongan Prime Minister Pohiva dies, wn_2020-10-29 campaign trail September 2020,
# wn_2020-03-20 Arizona, Florida, Illinois hold primaries, wn_2020-01-12 Sultan Qaboos of Oman dies
# (outside every gold), wn_2020-10-12 second
# debate cancelled (events-dev2), and wn_2020-08-12 Biden names Harris, wn_2020-11-22 Kenosha suspect released,
# wn_2020-11-07 Aegean Sea earthquake, wn_2020-12-26 COVID-19 in Antarctica, wn_2020-08-13 White Plains
# water main (the dev3 gold's texts).
RESULTS = (
    "This past Friday, the princess, 67, announced her candidacy for the prime ministry under the Thai Raksa "
    "Chart Party, making her the first Thai royal to seek elected office.\n\n"
    "Pohiva first joined parliament in 1987, making him the longest serving member of Tonga's "
    "parliament.\n\n"
    "Back home, Supreme Court Justice Ruth Bader Ginsburg died, leaving an opening on the Court.\n\n"
    "In 2008, then-governor of Alaska Sarah Palin was chosen by John McCain as his running mate, making her the "
    "Republican Party's first female candidate for Vice President.\n\n"
    "Shortly after Rittenhouse's release, one of his lawyers posted a photo to Twitter showing him and actor "
    "Ricky Schroder standing next to each other and smiling.\n\n"
    "Rittenhouse's charges include intentional homicide and illegally possessing a firearm.\n\n"
    "Azerbaijan claimed to have killed about 2,300 Artsakh soldiers.\n\n"
    "Turkey and Greece had earlier had poor relations over disputed resources in the Mediterranean, but the "
    "leaders of the two countries spoke by telephone on Friday night, and publicly expressed their willingness "
    "to help each other.\n\n"
    "On Wednesday, the Tuskish government declared they were officially ending the search of survivors of the "
    "earthquake in the Aegean Sea.\n\n"
    "Turkey's Disaster and Emergency Management Presidency reported the magnitude of the earthquake was 6.6.\n\n"
    "On Sunday, Chilean military authorities reported 36 infections with COVID-19 at General Bernardo O'Higgins "
    "Riquelme Base in Trinity Peninsula, Antarctica.\n\n"
    "The Health Minister for the Biobio Region in Chile reported on Tuesday, 21 confirmed cases of the virus on "
    "Chilean Navy's Sergeant Aldea supply vessel that visited the base between November 27 and December 10.\n\n"
    "The Chilean Armed Forces said on Sunday, the 36 people infected included 26 army personnel. They said the "
    "36 people were moved to Patagonia, the south-most region in Chile in the South America continent, where "
    "they were being monitored by local health authorities.\n\n"
    "Water was no longer rushing uncontrolled into the street.\n\n"
    "Westchester lies directly to the north of New York City.\n\n"
    "The United States Commission on Presidential Debates announced on Friday the second presidential debate "
    "between US President Donald Trump and former US Vice President Joe Biden, which was slated for October 15, "
    "has been cancelled, citing COVID-19 safety concerns.\n\n"
    "In Ohio, which was planning to hold its primary election on Tuesday, Governor Mike DeWine postponed it, "
    "citing the health crisis.\n\n"
    "Qaboos became Sultan in 1970 after overthrowing his father, Sultan Said bin Taimur.\n\n"
    "Court Commissioner Loren Keating said he considered Rittenhouse a flight risk, prior to setting the US$2 "
    "million bond.\n"
)


@pytest.fixture(scope="module")
def result_events(nlp, tmp_path_factory):
    return events_of(RESULTS, dt.date(2020, 12, 26), "result-sentences", nlp=nlp,
                     folder=tmp_path_factory.mktemp("events"))


class TestResultsPicturesAndMisparses:
    """Rules found on news nobody had tuned on (the dev3 gold): what a participle results in or a
    picture shows is no act; misparses of a comma, a gerund or a "by" phrase are read as English
    means them; a claim of a past act and a count reported are listed."""

    def test_a_result_participle_with_a_predicate_is_no_act(self, result_events):
        assert _rows(result_events, "make").empty  # "…, making her the first Thai royal …"
        assert not _rows(result_events, "announce").empty and not _rows(result_events, "choose").empty
        assert not _rows(result_events, "join").empty  # (named: a "he" is never the princess before it)
        # an object without a predicate is an act of its own: "died, leaving an opening on the Court"
        assert not _rows(result_events, "leave").empty

    def test_what_a_picture_shows_is_no_act(self, result_events):
        assert not _rows(result_events, "post").empty
        for verb in ("show", "stand", "smile"):
            assert _rows(result_events, verb).empty

    def test_a_gerund_joined_to_a_tensed_verb_is_a_noun(self, result_events):
        assert _rows(result_events, "possess").empty  # "charges include homicide and illegally possessing …"

    def test_a_by_phrase_of_an_active_verb_is_no_agent(self, result_events):
        speak = _headed(result_events, "speak")  # "the leaders … spoke by telephone"
        assert speak["subject"] == "the leaders of the two countries"

    def test_a_claimed_past_act(self, result_events):
        assert _rows(result_events, "claim").empty
        kill = _one(result_events, "kill")
        assert kill["subject"] == "Azerbaijan" and kill["reported_by"] == "Azerbaijan"

    def test_a_body_speaking_of_itself_as_they(self, result_events):
        end = _one(result_events, "end")
        assert end["subject"] == end["reported_by"] and "government" in end["subject"]

    def test_report_with_a_noun_is_a_speech_act_with_a_clause_is_not(self, result_events):
        reports = _rows(result_events, "report")
        assert len(reports) == 2 and set(reports["kind"]) == {"speech act"}
        assert all("infections" in o or "cases" in o for o in reports["object"])

    def test_a_relative_after_a_place_describes_that_place(self, result_events):
        assert "vessel" in _one(result_events, "visit")["subject"]  # not "the virus"

    def test_they_said_continues_the_reporter(self, result_events):
        move = _one(result_events, "move")
        assert move["reported_by"] == "The Chilean Armed Forces" or "Armed Forces" in move["reported_by"]
        # "where they were being monitored by local health authorities": an agent named is news
        assert _one(result_events, "monitor")["subject"] == "local health authorities"

    def test_no_longer_is_negation(self, result_events):
        assert bool(_one(result_events, "rush")["negated"])

    def test_citing_after_a_speech_act_is_part_of_it(self, result_events):
        # "announced … has been cancelled, citing COVID-19 safety concerns": one speech act;
        # "postponed it, citing the health crisis": the grounds of an act that is no speech
        cite = _rows(result_events, "cite")
        assert len(cite) == 1 and "health crisis" in cite.iloc[0]["object"]
        assert not _rows(result_events, "announce").empty and not _rows(result_events, "postpone").empty

    def test_a_gerund_of_time_is_the_main_subject_s_act(self, result_events):
        assert "Qaboos" in _one(result_events, "overthrow")["subject"]  # "became Sultan … after overthrowing …"
        assert _one(result_events, "set")["subject"] == "Loren Keating"  # "…, prior to setting the … bond"

    def test_a_place_that_lies_somewhere_is_no_event(self, result_events):
        assert _rows(result_events, "lie").empty


class TestSeedMisparses:
    """The seed article's two known misses: "has claimed … lives, displaced millions" and talks
    named by a noun ("talks between his special envoy, Steve Witkoff, and Russian officials")."""

    def test_claim_with_a_noun_and_a_comma_joined_verb(self, seed_events):
        displace = _one(seed_events, "displace")
        assert "invasion" in displace["subject"] and pd_isna(displace["reported_by"])
        assert "lives" in _one(seed_events, "claim")["object"]

    def test_a_participle_of_naming_is_no_result(self, seed_events):
        # "…, calling the process “long”": an object and its predicate after a verb of speaking
        assert not _rows(seed_events, "call", subject="Marco Rubio").empty

    def test_talks_between_parties(self, seed_events):
        talks = _rows(seed_events, "talk", subject="Steve Witkoff")
        assert len(talks) == 2  # "talks between his special envoy, Steve Witkoff, and …" and "Witkoff's Moscow talks"
        # the other party, joined by the parser to the apposition, is the one talked with
        assert "Russian officials" in set(talks["object"].dropna())


# Wikinews sentences (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
# /work/shared/corpora/wikinews-2019-2020: wn_2020-02-23 Bernie Sanders wins Nevada caucuses,
# wn_2020-04-07 Wisconsin holds 2020 election, wn_2019-01-23 Germany bans Mahan Air, wn_2019-06-20
# Gloria Vanderbilt dies, wn_2019-06-24 New Hampshire crash, wn_2019-02-11 Thai party withdraws
# nomination, wn_2019-01-15 Iranian cargo plane crashes), for the rules found on the fourth event
# dev gold. One document dated 2020-04-07.
CLAUSE_SHAPES = (
    "Yesterday, United States Senator from Vermont Bernie Sanders won the Democratic Party's Nevada caucuses.\n\n"
    "The move came after William Conley, a United States District judge, ordered last week that absentee ballots "
    "be accepted until April 13, and votes not be counted until then.\n\n"
    "German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens have announced plans to pull "
    "out of the Middle Eastern nation.\n\n"
    "Vanderbilt is survived by two sons with Stokowski, Stanislaus and Christopher, and by her son Anderson "
    "Cooper.\n\n"
    "The incident left seven motorcyclists dead.\n\n"
    "In support of her candidacy, Princess Ubolratana pointed out she had \"relinquished my royal titles and lived "
    "as a commoner[.]\"\n\n"
    "Iran's air fleet is ageing, with sanctions restricting the purchase of both new planes and parts.\n"
)


@pytest.fixture(scope="module")
def shape_events(nlp, tmp_path_factory):
    return events_of(CLAUSE_SHAPES, dt.date(2020, 4, 7), "clause-shapes", nlp=nlp,
                     folder=tmp_path_factory.mktemp("events"))


class TestClauseShapes:
    """Rules found on the fourth event dev gold (news nobody had tuned on): a title's holder
    named after "from" and a place, a list opened by "including" inside the subject, "came
    after" as a relation in time, the obituary's "is survived by", a result with its predicate,
    "pointed out" as a neutral report and "ageing" as a state."""

    def test_the_holder_of_a_title_from_a_place(self, shape_events):
        win = _one(shape_events, "win")
        assert win["subject"].endswith("Bernie Sanders") and "Senator" not in win["subject"]

    def test_came_after_is_a_relation_in_time(self, shape_events):
        assert _rows(shape_events, "come").empty

    def test_a_list_inside_the_subject_is_no_subject(self, shape_events):
        announce = _one(shape_events, "announce")
        assert "Siemens" not in announce["subject"] and "firms" in announce["subject"].lower()

    def test_survived_by_and_left_dead_are_states(self, shape_events):
        assert _rows(shape_events, "survive").empty
        assert _rows(shape_events, "leave").empty

    def test_pointed_out_is_a_neutral_report(self, shape_events):
        assert _rows(shape_events, "point out").empty

    def test_ageing_is_no_act(self, shape_events):
        assert _rows(shape_events, "age").empty


def test_a_hyphenated_name_the_model_did_not_tag_keeps_its_hyphen(nlp, tmp_path):
    # Wikinews, 2020-03-03 (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org").
    path = tmp_path / "hyphen.txt"
    path.write_text("Mir-Mohammadi had previously represented Iran's Qom Province in the Islamic "
                    "Consultative Assembly.\n", encoding="utf-8")
    events = extract([read_document(path).with_published(dt.date(2020, 3, 3))], nlp=nlp).events
    subjects = set(_rows(events, "represent")["subject"])
    assert subjects and all("Mir-Mohammadi" in s for s in subjects), subjects


# Wikinews sentences and lines (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
# /work/shared/corpora/wikinews-2019-2020: wn_2019-10-04 US doctor sentenced for opioid prescriptions,
# wn_2020-03-04 Argentine president to send abortion bill, wn_2020-03-17 cow urine in New Delhi,
# wn_2019-09-02 Fan Expo Canada, wn_2020-01-01 Samoa ends state of emergency, wn_2019-01-05 escape-room
# fire, wn_2019-08-04 Puerto Rico's governor (with its Spanish passage), wn_2019-03-29 Toronto Comicon
# (three picture captions, each a paragraph of its own)), for the rules found on the fifth event dev
# gold. One document dated 2020-03-04.
DESCRIPTIONS = (
    "Judge James Parker Jones, presiding in the United States District Court for the Western District of "
    "Virginia in Abingdon, handed down the sentence.\n\n"
    "On Sunday in Argentina's National Congress, President of Argentina Alberto Fernández announced he is to "
    "send a bill to the congress in the next ten days which aims to legalise abortion of human pregnancy.\n\n"
    "However, addressing the global leaders, Chakrapani proposed: \"I request all the presidents and prime "
    "ministers of the world to take cow urine on a daily basis. You have all these scientists who don't know the "
    "cure, we have the cure given to us by the gods\".\n\n"
    "Asked about sustainability, the company noted that recently they had switched to a bio-based PET for their "
    "packaging, \"which was more plant-based plastic for greater environmental concerns.\"\n\n"
    "The state of emergency was expected to end on December 15, but on December 14 it was extended by two weeks "
    "to allow the immunization campaign to continue.\n\n"
    "A fire yesterday afternoon killed five girls, all aged fifteen, at an escape room the group was visiting to "
    "celebrate a birthday in Koszalin, North Poland.\n\n"
    "Pierluisi said from LA Fortaleza's Hall of Mirrors, \"If the Senate confirms me, I will be governor until "
    "2020. If the Senates does not confirm me, I will be governor until next Wednesday.\" ((es))Spanish language: "
    "\u200dSi el Senado me ratifica, seré gobernador hasta el 2020. Si el Senado no me ratifica, seré gobernador "
    "hasta el próximo miércoles The Senate was set to meet on Wednesday, but at nearly the same time as "
    "Pierluisi's comments, the Senate announced it would meet on Monday.\n\n"
    "Forever Fairest performed in the kids area\n\n"
    "Violinist Brigit O'Regan performs\n\n"
    "DC superheroes\n"
)


@pytest.fixture(scope="module")
def description_events(nlp, tmp_path_factory):
    return events_of(DESCRIPTIONS, dt.date(2020, 3, 4), "description-sentences", nlp=nlp,
                     folder=tmp_path_factory.mktemp("events"))


class TestDescriptionsAndFrames:
    """Rules found on the fifth event dev gold (news nobody had tuned on): what describes the one
    named (a participle set off after the subject, a relative clause in the progressive), a verb
    that only frames a quotation, "by" with an amount, headings and captions and a passage in
    another language report no event; a plan stated with "is to" after a pronoun keeps its mark."""

    def test_a_participle_between_subject_and_verb_describes_the_subject(self, description_events):
        assert _rows(description_events, "preside").empty
        assert _one(description_events, "hand down")["subject"] == "James Parker Jones"

    def test_be_to_after_a_pronoun_is_a_plan(self, description_events):
        send = _one(description_events, "send")
        assert send["subject"] == "Alberto Fernández" and send["modality"] == "will"
        assert send["reported_by"] == "Alberto Fernández"  # the content of his announcement
        assert not _rows(description_events, "announce", subject="Alberto Fernández").empty

    def test_any_verb_that_only_frames_a_quotation_is_no_event(self, description_events):
        assert _rows(description_events, "propose").empty  # "Chakrapani proposed: “I request …”"
        # words of its own before a quoted clause the parser hung on it: an act
        assert not _rows(description_events, "switch").empty

    def test_by_with_an_amount_is_no_agent(self, description_events):
        assert not any("weeks" in str(s) for s in description_events["subject"])  # "extended by two weeks"

    def test_a_progressive_relative_clause_describes_the_noun(self, description_events):
        assert _rows(description_events, "visit").empty  # "an escape room the group was visiting"
        assert not _rows(description_events, "kill").empty

    def test_a_passage_in_another_language_is_no_event(self, description_events):
        assert all(verb.isascii() for verb in description_events["verb"])
        assert not _rows(description_events, "meet", subject="Senate").empty  # the English sentence after it

    def test_headings_and_captions_are_no_events(self, description_events):
        for verb in ("perform", "superheroe", "superhero"):
            assert _rows(description_events, verb).empty

    def test_they_after_plural_content_of_a_plural_reporter_is_not_guessed(self, nlp, tmp_path):
        # Wikinews, wn_2019-02-23 zebra stripes and horse flies (CC BY 2.5, credit "Wikinews
        # contributors, en.wikinews.org"): "They" is the researchers two sentences back, not the
        # flies of what the results showed; inside that content, "they" is the flies.
        path = tmp_path / "zebras.txt"
        path.write_text(
            "The researchers observed tabanid horse flies around zebras and domestic horses in captive settings.\n\n"
            "Results showed the horse flies hovered over both types of animals at roughly the same rate but, over "
            "zebras, they did not always slow down fast enough to land successfully. They then equipped horses "
            "with both zebra-striped and unstriped cloths and again observed that the flies had trouble landing on "
            "the striped surfaces.\n", encoding="utf-8")
        events = extract([read_document(path).with_published(dt.date(2019, 2, 23))], nlp=nlp).events
        assert not any("flies" in str(s) for s in _rows(events, "equip")["subject"])
        slow = _headed(events, "slow")
        assert "flies" in slow["subject"] and bool(slow["negated"])
