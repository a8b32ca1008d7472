"""Web pages' line marks and other outlets' credits (round ``wire32``): rubrics, bullets, live-page times.

The probe stories of ``bench/audit/wire32/`` copy the house styles of outlets other than the AP and Reuters: a
newsletter's rubrics ("Why it matters:", "Driving the news:"), a live page's time stamps, a list of key
developments on lines that follow one another, pointers to other pages ("Read More:", "Photo:"), Bloomberg's
and the FT's credits, the desk initials AFP and DW close a story with. Read as prose, each gave a wrong row: a
rubric's words as the verb ("Dan Driscoll drive the news") or a name ("Scoop" a person), a time stamp glued to
the next heading's subject ("11:31 European leaders rally"), one list item's reporter given to the next.

The sentences below are the lead's, written in those outlets' published house style for this round; the names
and events are those of public reporting of 2025. Each test asserts a property of the output, with a control.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import ents_of, speaker_of
from toolkit.nlp.credits import caption_lines
from toolkit.nlp.datelines import dateline_ends
from toolkit.nlp.rubrics import line_starts, rubric_label, rubric_ranges
from toolkit.nlp.wire_credits import wire_credit

_AXIOS = """Scoop: Witkoff and Kushner to meet Putin in Moscow

Special envoy Steve Witkoff and Jared Kushner will travel to Moscow next week to present a revised peace plan to Vladimir Putin, two sources with knowledge of the trip tell Axios.

Why it matters: The trip is the most serious U.S. push yet to close a deal.

Driving the news: Army Secretary Dan Driscoll met a Russian delegation in Abu Dhabi on Monday and Tuesday, a U.S. official said.

What they're saying: "We have made tremendous progress," Trump posted on Truth Social.

Go deeper: Trump's Thanksgiving deadline for Ukraine next week
"""

_LIVE = """Ukraine war latest: Trump and Zelenskyy clash in Oval Office

11:31
European leaders rally behind Kyiv

Sir Keir Starmer spoke to both men after the meeting, Downing Street said.
"""

_LIST = """Key developments on March 19:
- Russia launches 145 drones at Ukraine overnight
- Zelensky says Russia "rejected" full ceasefire
- Ukraine, Russia swap 175 prisoners of war each
"""


def _extract(nlp, text: str, day: dt.date):
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    document = Document(id="w", path="w", text=text, sha256=str(hash(text))).with_published(day)
    return extract([document], nlp=nlp)


@pytest.fixture(scope="module")
def axios(nlp):
    return _extract(nlp, _AXIOS, dt.date(2025, 11, 26))


def _rows(events) -> list[tuple[str, str, str, str]]:
    def text(value) -> str:
        return value if isinstance(value, str) else ""

    return [(text(e.subject), e.verb, text(e.object), text(e.reported_by)) for e in events.itertuples()]


class TestRubrics:
    """A rubric's label reports nothing and names nobody; a pointer's whole line is another page's."""

    def test_labels_and_pointers(self):
        text = "Why it matters: The trip is the most serious push yet.\nRead More: Trump Gives Putin 50 Days\n"
        assert [text[a:b] for a, b in rubric_ranges(text)] == ["Why it matters:", "Read More: Trump Gives Putin 50 Days"]
        assert rubric_label("Scoop") and rubric_label("Photo") and rubric_label("Driving the news")

    def test_prose_with_a_colon_is_no_rubric(self):
        assert rubric_ranges("Trump said: the talks went well.") == []
        assert rubric_ranges("Macron told reporters: \u201cThere is an aggressor.\u201d") == []
        assert rubric_ranges("the latest: a list of names in lower case") == []  # a label is capitalised
        assert not rubric_label("Trump")

    def test_no_event_from_a_label(self, axios):
        rows = _rows(axios.events)
        assert not any(verb == "drive" for _, verb, _, _ in rows)
        assert ("Dan Driscoll", "meet", "a Russian delegation", "a U.S. official") in rows

    def test_a_label_is_no_name(self, axios):
        names = set(axios.entities["name"])
        assert "Scoop" not in names
        assert {"Steve Witkoff", "Jared Kushner"} <= names

    def test_a_label_frames_no_quotation(self, axios):
        # "What they're saying:" is the rubric's, not the verb of the quotation after it
        quotes = axios.quotes
        row = quotes[quotes["text"].str.startswith("We have made tremendous progress")]
        assert len(row) == 1 and row["cue"].iloc[0] == "posted"

    def test_the_label_is_a_sentence_of_its_own(self, nlp):
        doc = nlp('What they\'re saying: "We have made tremendous progress," Donald Trump posted on Truth Social.')
        assert [s.text for s in doc.sents][0] == "What they're saying:"
        assert len(list(doc.sents)) == 2

    def test_a_pointer_line_gives_no_time(self, axios):
        # "next week" of the pointer's line is another page's; the story's own "next week" stays
        assert len(axios.timeline[axios.timeline["expression"] == "next week"]) == 1

    def test_captions_take_the_ranges(self):
        assert (0, 15) in caption_lines("Why it matters: The trip is the most serious push yet.")


class TestLineStarts:
    """A list's items and a live page's posts are sentences of their own on lines that follow one another."""

    def test_items_and_stamps_start_sentences(self):
        starts = line_starts(_LIST)
        assert [_LIST[i:i + 8] for i in starts] == ["- Russia", "- Zelens", "- Ukrain"]
        starts = line_starts(_LIVE)
        assert [_LIVE[i:i + 8] for i in starts] == ["11:31\nEu", "European"]

    def test_the_stamp_is_no_subject(self, nlp):
        events = _extract(nlp, _LIVE, dt.date(2025, 2, 28)).events
        assert not any(subject.startswith("11:31") for subject, _, _, _ in _rows(events))

    def test_one_item_reporter_is_not_the_next_one(self, nlp):
        events = _extract(nlp, _LIST, dt.date(2025, 3, 19)).events
        rows = _rows(events)
        swap = [r for r in rows if r[1] == "swap"]
        assert swap and all(reporter == "" for _, _, _, reporter in swap)
        assert any(verb == "reject" and obj == "full ceasefire" for _, verb, obj, _ in rows)

    def test_prose_lines_are_left_to_the_parser(self):
        text = "Officials said the talks\nwould resume - after a pause - on Monday.\n"
        assert line_starts(text) == []


class TestOtherCredits:
    """Bloomberg's, the FT's, CNN's and the desks' closing lines are the page's, not the story's."""

    def test_credit_forms(self):
        assert wire_credit("--With assistance from Alberto Nardelli and Daryna Krasnolutska.")
        assert wire_credit("Additional reporting by Henry Foy in Brussels and Christopher Miller in Kyiv")
        assert wire_credit("burs-pt/sbk")
        assert wire_credit("dh/rm (AFP, Reuters, dpa)")
        assert wire_credit("(FRANCE 24 with AFP)")
        assert wire_credit("This is a developing story and will be updated.")
        assert wire_credit("Updated at 3:15 p.m.")

    def test_prose_is_no_credit(self):
        assert not wire_credit("and/or")
        assert not wire_credit("Updated figures show a fall in prices.")
        assert not wire_credit("Reporting by the BBC suggested he had left the country.")
        assert not wire_credit("He spoke with AP reporters on Monday.")

    def test_a_reporter_after_another_ones_city_is_a_person(self, nlp):
        text = ("The Kremlin said it had not received the plan officially.\n\n"
                "Additional reporting by Henry Foy in Brussels and Christopher Miller in Kyiv\n")
        table = _extract(nlp, text, dt.date(2025, 11, 22)).entities
        labels = dict(zip(table["name"], table["label"]))
        assert labels.get("Christopher Miller") == "PERSON"
        assert labels.get("Brussels") == "GPE"

    def test_a_list_of_places_stays_places(self, nlp):
        # the control: a place the model calls a person is still read as one of a list of places
        text = "The envoys travelled to Brussels, Warsaw and Vilnius on Monday.\n"
        table = _extract(nlp, text, dt.date(2025, 11, 22)).entities
        assert dict(zip(table["name"], table["label"])).get("Vilnius") == "GPE"


class TestAgencyAlone:
    """An agency's name alone in brackets, then a dash, opens some agencies' stories."""

    def test_the_story_starts_after_it(self, nlp):
        doc = nlp("(Bloomberg) -- President Donald Trump said he would impose tariffs on Russia.")
        assert doc[dateline_ends(doc)[0]].text == "--"
        said = next(t for t in doc if t.text == "said")
        assert said.sent.start == 3 and not any(t.text == "Bloomberg" for t in said.sent)

    def test_the_agency_is_a_body(self, nlp):
        text = "(Bloomberg) -- President Donald Trump said he would impose tariffs on Russia.\n"
        labels = dict(ents_of(nlp, text))
        assert labels.get("Bloomberg") == "ORG"

    def test_a_bracket_inside_a_sentence_is_none(self, nlp):
        doc = nlp("The index (MOEX) -- which rose 2.7% -- closed higher.")
        assert dateline_ends(doc) == []


class TestNameBeforeItsVerb:
    """“…,” Trump posted: the parser, not knowing the name, hangs the verb of saying on it as a participle."""

    def test_the_name_after_the_closing_mark_speaks(self, quotes_of):
        quotes = quotes_of('Special envoy Steve Witkoff will travel to Moscow.\n\n'
                           '"We have made tremendous progress," Trump posted on Truth Social.\n')
        assert speaker_of(quotes, "We have made") == "Trump"

    def test_a_verb_that_does_not_say_gives_no_speaker(self, quotes_of):
        # the control: a participle that is no verb of saying, after a name after a quotation, makes nobody a speaker
        quotes = quotes_of('Officials called the plan "a good start," Trump allies noted in private.\n'
                           'The crowd chanted "peace now," Kyiv residents gathered in the square.\n')
        assert speaker_of(quotes, "peace now") is None


@pytest.fixture(scope="module")
def labels(nlp):
    text = ("Moscow has demanded that Ukraine withdraw from the parts of the Donetsk and Luhansk regions it still "
            "controls.\n\nFighting continued in the Zaporizhzhia and Kherson regions.\n\n"
            "The Kurdish areas voted on Sunday.\n")
    table = _extract(nlp, text, dt.date(2025, 8, 13)).entities
    return dict(zip(table["name"], table["label"]))


class TestTerritoryLists:
    """"The Donetsk and Luhansk regions": each name of a list before a plural territory noun is a territory's."""

    def test_an_untagged_name_of_the_list_is_a_place(self, labels):
        assert labels.get("Donetsk") == "GPE" and labels.get("Luhansk") == "GPE"

    def test_names_the_model_calls_people_are_places(self, labels):
        assert labels.get("Zaporizhzhia") == "GPE" and labels.get("Kherson") == "GPE"

    def test_one_word_before_a_plural_is_no_list(self, nlp):
        from toolkit.nlp.untagged_towns import names_before_territory_plural

        doc = nlp("The Kurdish areas voted on Sunday, and the Trump and Biden areas did not.")
        areas = [t.i for t in doc if t.lower_ == "areas"]
        assert names_before_territory_plural(doc, areas[0]) == []
        assert [doc[i].text for i in names_before_territory_plural(doc, areas[1])] == ["Trump", "Biden"]


class TestWeaponModels:
    """A weapon's model in front of its noun is a product, not a person."""

    def test_models_are_products(self, nlp):
        text = ("The US will also send Patriot air defense systems to Ukraine, Trump said.\n\n"
                "Ukraine asked for Tomahawk missiles.\n\nPatriot Smith, a soldier, said the systems worked.\n")
        table = _extract(nlp, text, dt.date(2025, 7, 14)).entities
        labels = dict(zip(table["name"], table["label"]))
        assert labels.get("Patriot") == "PRODUCT"
        assert labels.get("Patriot Smith") == "PERSON"  # the control: a person's full name stays a person

    def test_a_system_of_no_defence_is_no_weapon(self, nlp):
        from toolkit.nlp.products import product_kind

        doc = nlp("The Johnson filing system was slow.")
        spans = [e for e in doc.ents if e.text == "Johnson"]
        assert not spans or product_kind(spans[0]) is None


def _labels(nlp, text: str, day: dt.date) -> dict[str, str]:
    table = _extract(nlp, text, day).entities
    return dict(zip(table["name"], table["label"]))


class TestCountryNames:
    """A country's other English names are the country; a nationality of "-ia" lands is no person."""

    def test_turkiye_is_turkey(self, nlp):
        labels = _labels(nlp, "Turkey will host the talks, officials said.\n\n"
                              "Türkiye is ready to host a new round, Hakan Fidan said on Tuesday.\n", dt.date(2025, 6, 10))
        assert labels.get("Turkey") == "GPE" and "Türkiye" not in labels

    def test_a_nationality_before_a_role_is_no_person(self, nlp):
        labels = _labels(nlp, "Speaking at a joint news conference with his Slovak counterpart Juraj Blanar in Ankara, "
                              "Fidan said the two sides had made progress.\n", dt.date(2025, 6, 10))
        assert labels.get("Slovak") == "NORP" and labels.get("Juraj Blanar") == "PERSON"

    def test_bare_adjectives_of_countries(self, nlp):
        from toolkit.nlp.gazetteer import country_of_bare_adjective

        assert country_of_bare_adjective("Slovak") and country_of_bare_adjective("Czech")
        assert country_of_bare_adjective("Georg")  # Georgia's letters: the caller asks for an English word
        assert not country_of_bare_adjective("Susan") and not country_of_bare_adjective("Jordan")
        labels = _labels(nlp, "He met his Georg counterpart in Tbilisi on Monday.\n", dt.date(2025, 6, 10))
        assert labels.get("Georg") != "NORP"


class TestPageLines:
    """Another page's title after a pointer, a transcript's roles and a paper's e-mail line are no mentions."""

    def test_a_pointer_s_title_gives_no_names(self, nlp):
        text = ("Kallas said the EU would not accept a dirty deal.\n\n"
                "Read also: Trump Says He and Putin Agreed to Start Negotiations\n")
        labels = _labels(nlp, text, dt.date(2025, 2, 16))
        assert "Putin Agreed" not in labels and "Trump" not in labels
        assert labels.get("Kallas") == "PERSON"

    def test_a_transcript_s_roles_are_no_bodies(self, nlp):
        text = ("MARY LOUISE KELLY, HOST:\n\nDelegations from Russia and Ukraine met in Istanbul today.\n\n"
                "JOANNA KAKISSIS, BYLINE: Hi, Mary Louise.\n")
        labels = _labels(nlp, text, dt.date(2025, 5, 16))
        assert "HOST" not in labels and "BYLINE" not in labels

    def test_an_email_line_is_a_credit(self):
        assert wire_credit("Write to Ian Lovett at ian.lovett@wsj.com")
        assert not wire_credit("Write to your senator at once.")


class TestParticleBeforePreposition:
    """"Pulled out of the meeting": the act is "pull out", what it is done to follows the "of"."""

    def test_pull_out(self, nlp):
        text = ("U.S. Secretary of State Marco Rubio later pulled out of the meeting.\n\n"
                "Russia pulled out of the grain deal in July.\n")
        rows = _rows(_extract(nlp, text, dt.date(2025, 4, 23)).events)
        assert ("Marco Rubio", "pull out", "the meeting", "") in rows
        assert ("Russia", "pull out", "the grain deal", "") in rows

    def test_only_verbs_of_leaving(self, nlp):
        # the control (a White House transcript's sentence): "working out of the Baltics" is where he works
        rows = _rows(_extract(nlp, "Mike Waltz was working out of the Baltics.\n", dt.date(2025, 4, 23)).events)
        assert not any(verb == "work out" for _, verb, _, _ in rows)

    def test_a_plain_preposition_stays(self, nlp):
        rows = _rows(_extract(nlp, "Russia sent troops out of the city on Monday.\n", dt.date(2025, 4, 23)).events)
        assert any(verb == "send" for _, verb, _, _ in rows)


class TestApposedTitle:
    """"Kemi Badenoch, the Conservative leader, said she supported the plan": she is Badenoch."""

    def test_the_pronoun_is_the_name_s(self, nlp):
        rows = _rows(_extract(nlp, "Kemi Badenoch, the Conservative leader, said she supported the plan.\n",
                              dt.date(2025, 2, 16)).events)
        assert ("Kemi Badenoch", "support", "the plan", "Kemi Badenoch") in rows


class TestMandates:
    """"Moscow has demanded that Ukraine withdraw": the demand is the event, its clause the object, no fact."""

    @pytest.fixture(scope="class")
    @staticmethod
    def rows(nlp):
        text = ("Moscow has demanded that Ukraine withdraw from the Donetsk region.\n\n"
                "Donald Trump insisted that the budget include funding for the wall.\n\n"
                "Zelensky insisted that Russia had rejected the ceasefire.\n\n"
                "Macron urged that talks should resume next week.\n")
        return _rows(_extract(nlp, text, dt.date(2025, 8, 13)).events)

    def test_the_demand_holds_its_clause(self, rows):
        assert ("Moscow", "demand", "that Ukraine withdraw from the Donetsk region", "") in rows
        assert ("Donald Trump", "insist", "that the budget include funding for the wall", "") in rows

    def test_no_flattened_fact(self, rows):
        assert not any(verb == "withdraw" for _, verb, _, _ in rows)
        assert not any(verb == "include" for _, verb, _, _ in rows)

    def test_an_indicative_content_stays_a_claim(self, rows):
        # the controls: "had rejected" is Zelensky's claim, "should resume" a plan Macron reports
        assert ("Russia", "reject", "the ceasefire", "Zelensky") in rows
        assert any(verb == "resume" and reporter == "Macron" for _, verb, _, reporter in rows)


class TestObjects:
    """Where people met is no one they met; "one of" a group is named by the group."""

    @pytest.fixture(scope="class")
    @staticmethod
    def rows(nlp):
        text = ("On August 15, Vladimir Putin and Donald Trump met at a military base in Anchorage.\n\n"
                "Russia launched one of its largest aerial attacks of the war overnight.\n\n"
                "Trump met with Putin at the White House.\n\nThe army fired at the protesters.\n")
        return _rows(_extract(nlp, text, dt.date(2025, 8, 16)).events)

    def test_a_meeting_place_is_no_object(self, rows):
        assert ("Vladimir Putin and Donald Trump", "meet", "", "") in rows
        assert ("Donald Trump", "meet", "Vladimir Putin", "") in rows  # the control: whom one meets with

    def test_other_verbs_keep_their_at(self, rows):
        assert ("the army", "fire", "the protesters", "") in rows

    def test_one_of_a_group(self, rows):
        assert ("Russia", "launch", "one of its largest aerial attacks of the war", "") in rows


class TestSectionHeadings:
    """A live page's section heading on its own line, right above its text, is no part of the first sentence."""

    def test_the_text_below_starts_a_sentence(self):
        text = "Here are the latest developments:\n\nFighting\nRussian drones and missiles killed at least 31 people.\n"
        assert [text[i:i + 7] for i in line_starts(text)] == ["Russian"]

    def test_a_hard_wrapped_line_is_no_heading(self):
        assert line_starts("The talks were held in\nGeneva on Friday after a long delay in the process.\n") == []
        text = ("The first line of the paragraph runs on for a while and\nPresident Trump said\n"
                "The teams will meet in Istanbul for a second round.\n")
        assert line_starts(text) == []  # a short line below another line of its paragraph

    def test_the_report_below_keeps_its_reporter(self, nlp):
        text = ("Fighting\nRussian drones and missiles killed at least 31 people in Kyiv overnight, including five "
                "children, the head of Kyiv's military administration, Tymur Tkachenko, said.\n")
        rows = _rows(_extract(nlp, text, dt.date(2025, 7, 31)).events)
        assert ("Russian drones and missiles", "kill", "at least 31 people", "Tymur Tkachenko") in rows


class TestUnnamedMember:
    """"A senior Elysée official" is one of the palace's people, unnamed; "an attendee Om Prakash" is named."""

    def test_speakers(self, quotes_of):
        quotes = quotes_of('A senior Elysée official was more cautious, telling Playbook the call was "useful but '
                           'not decisive".\n\nAn attendee Om Prakash said the event was "great".\n')
        assert speaker_of(quotes, "useful but") is None
        assert speaker_of(quotes, "great") == "Om Prakash"

    def test_a_body_s_spokesman_speaks_for_the_body(self, quotes_of):
        # the control, wn_2020-09-10 (Wikinews, CC BY 2.5): the spokesman's words are the police's
        quotes = quotes_of('A Hampshire Police spokesman said "We were called at 8.10am today."\n')
        assert speaker_of(quotes, "We were called") == "Hampshire Police"


class TestShowWithItsStop:
    """A show's title after a network's possessive keeps the sentence's stop inside its marks (American style)."""

    def test_the_title_is_no_quotation(self, quotes_of):
        quotes = quotes_of('"We\'re going to give President Trump a sledgehammer," Graham said on ABC\'s "This Week."\n'
                           'Blumenthal said the sanctions would be "a game changer."\n')
        texts = [text for text, _ in quotes]
        assert not any(text.startswith("This Week") for text in texts)
        assert speaker_of(quotes, "a game changer") == "Blumenthal"  # the control: a lower-case phrase is quoted


class TestListsAndResults:
    """A list of three people read as an apposition; a participle of result after a relative clause."""

    @pytest.fixture(scope="class")
    @staticmethod
    def rows(nlp):
        text = ("John Clarke, Michel Devoret and John Martinis won the Nobel Prize in physics on Tuesday.\n\n"
                "Indian investigators have recovered the cockpit voice recorder from the wreckage of the plane that "
                "crashed in Ahmedabad last week, killing 241 of the 242 people on board, the ministry said.\n\n"
                "Rescuers searched the rubble overnight, leaving the site at dawn.\n")
        return _rows(_extract(nlp, text, dt.date(2025, 10, 7)).events)

    def test_three_winners(self, rows):
        assert any(subject == "John Clarke, Michel Devoret and John Martinis" and verb == "win"
                   for subject, verb, _, _ in rows)

    def test_the_crash_kills(self, rows):
        kills = [r for r in rows if r[1] == "kill"]
        assert kills and all(subject != "Indian investigators" for subject, _, _, _ in kills)

    def test_a_participle_after_the_main_clause_keeps_its_subject(self, rows):
        # the control: no relative clause before the comma, the main clause's subject leaves
        assert any(subject == "Rescuers" and verb == "leave" for subject, verb, _, _ in rows) or any(
            subject.lower() == "rescuers" and verb == "leave" for subject, verb, _, _ in rows)
