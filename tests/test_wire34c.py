"""Formats besides articles (round ``wire34c``): a briefing's and a hearing's transcripts, a Sunday show, a gallery.

The probe documents of ``bench/audit/wire34c/`` are the formats an analyst following the 2025 US–Russia–Ukraine
diplomacy meets besides articles: a State Department press briefing ("QUESTION: [Matt Lee, AP] …"), a NATO press
conference, a Senate Foreign Relations Committee hearing as the Government Publishing Office prints it ("The
CHAIRMAN.", "Senator SHAHEEN."), a Sunday show's rush transcript ("(BEGIN VIDEO CLIP)", "DMITRY PESKOV, KREMLIN
SPOKESMAN (through translator):"), a podcast, a live blog, a newsletter, a photo gallery ("Andrew Harnik/Getty
Images"), a fact check ("CLAIM" ⏎ "…" ⏎ "VERDICT: FALSE") and a joint statement. Their page furniture leaked into
the rows as names ("END VIDEO CLIP" a body, "QUESTION" a person, "Truth Social VERDICT" a body), a hearing's
statements were read as facts the publication asserts, and a hearing's roll of surnames as places and bodies.

The sentences below are the lead's, written in those formats' published house style for this round; the names
and events are those of public reporting of 2025. Each test asserts a property of the output, with a control.
"""

from __future__ import annotations

import datetime as dt

from conftest import ents_of, tables_of
from toolkit.nlp.interviews import turn_spans


def _events(tables) -> list[tuple[str, str, str, bool]]:
    def text(value) -> str:
        return value if isinstance(value, str) else ""

    return [(text(e.subject), e.verb, text(e.object), bool(e.quoted)) for e in tables.events.itertuples()]


class TestPhotoCredits:
    """A caption's credit "Photographer/Agency" is a person and an agency, not one person."""

    def test_photographer_and_library(self, nlp):
        ents = ents_of(nlp, "Zelensky speaks during a meeting with Trump in the Oval Office. Andrew Harnik/Getty Images")
        assert ("Andrew Harnik", "PERSON") in ents and ("Getty Images", "ORG") in ents
        ents = ents_of(nlp, "Demonstrators hold Ukrainian flags outside the White House. Jose Luis Magana/AP")
        assert ("Jose Luis Magana", "PERSON") in ents and ("AP", "ORG") in ents

    def test_body_before_slash_kept(self, nlp):
        # control: a handout credit the model reads as a body stays one
        ents = ents_of(nlp, "Trump talks on the phone with Putin. White House/Handout via Reuters")
        assert not any(label == "PERSON" and "White House" in name for name, label in ents)


class TestPageFurniture:
    """A transcript's stage directions and a fact check's labels name no one."""

    def test_stage_directions(self, nlp):
        text = "TAPPER: Let's listen.\n\n(BEGIN VIDEO CLIP)\n\nDMITRY PESKOV, KREMLIN SPOKESMAN (through translator): " \
               "We are calm about the American statements.\n\n(END VIDEO CLIP)\n\n(COMMERCIAL BREAK)\n"
        names = [name for name, _ in ents_of(nlp, text)]
        assert not any("CLIP" in name or "BREAK" in name for name in names)
        # control: a bracket inside a sentence keeps its names
        assert ("NATO", "ORG") in ents_of(nlp, "The alliance (NATO) met in Brussels on Tuesday.")

    def test_next_line_label(self, nlp):
        text = "Who said it: Donald Trump, Feb. 19, 2025, on Truth Social\nVERDICT: MISLEADING\n\nCongress has approved it."
        names = [name for name, _ in ents_of(nlp, text)]
        assert "Truth Social" in names and not any("VERDICT" in name for name in names)

    def test_broadcast_labels(self, nlp):
        text = ("JAKE TAPPER, CNN HOST: Patience running out.\n\n"
                "DMITRY PESKOV, KREMLIN SPOKESMAN (through translator): Our course remains unchanged.\n\n"
                "TAPPER: Senator, your reaction?\n\nQUESTION: [Matt Lee, AP] Is that the plan?\n")
        ents = ents_of(nlp, text)
        assert ("DMITRY PESKOV", "PERSON") in ents and ("JAKE TAPPER", "PERSON") in ents
        assert not any(name in ("CNN HOST", "KREMLIN SPOKESMAN", "QUESTION") for name, _ in ents)
        assert ("Matt Lee", "PERSON") in ents
        # control: a name and a role after a comma in a sentence is the model's to read
        ents = ents_of(nlp, "Dmitry Peskov, the Kremlin spokesman, said the course remains unchanged.")
        assert ("Dmitry Peskov", "PERSON") in ents


class TestHearingRoll:
    """A plural title before a list of surnames names each of them."""

    def test_senators_listed(self, nlp):
        ents = ents_of(nlp, "Present: Senators Risch [presiding], Ricketts, Barrasso, Shaheen, Coons, Murphy, and Kaine.")
        for name in ("Risch", "Ricketts", "Barrasso", "Shaheen", "Coons", "Murphy", "Kaine"):
            assert (name, "PERSON") in ents

    def test_honourable_is_a_title(self, nlp):
        ents = ents_of(nlp, "STATEMENT OF HON. JEANNE SHAHEEN, U.S. SENATOR FROM NEW HAMPSHIRE\n\n"
                            "Senator SHAHEEN. Thank you, Mr. Chairman.\n")
        assert ("JEANNE SHAHEEN", "PERSON") in ents and not any(name == "HON" for name, _ in ents)
        # control: "PM" before a name is cut as before
        assert ("Modi", "PERSON") in ents_of(nlp, "PM Modi posted on X on Friday.")

    def test_one_name_or_no_list(self, nlp):
        # control: a plural title before one name, or before a headline's capitals, lists no one
        ents = ents_of(nlp, "Foreign ministers met in Brussels, and Presidents Macron and Stubb arrived in Paris.")
        assert ("Paris", "GPE") in ents and ("Brussels", "GPE") in ents


_HEARING = """The committee met, pursuant to notice, at 10:02 a.m.

The CHAIRMAN. The Senate Foreign Relations Committee will come to order. Yesterday the President spoke with Vladimir Putin for more than two hours. I remain skeptical that Putin wants peace.

Senator SHAHEEN. Thank you, Mr. Chairman. It is time to put real pressure on Moscow.

Secretary RUBIO. If we impose new sanctions now, the Russians may stop talking to us.

Senator COONS. Mr. Secretary, they have been talking for three months while their missiles hit Kyiv. When will the administration decide that talking is not working?

Secretary RUBIO. Senator, I think we will know fairly soon.

Senator RICKETTS. Mr. Secretary, China is buying Russian oil at record levels. Should Beijing pay a price for that?
"""


class TestHearingTurns:
    """A hearing printed in the Congressional Record's style is read as turns: its statements are spoken."""

    def test_turns_found(self):
        spans = turn_spans(_HEARING)
        starts = [_HEARING[s:s + 12] for s, _ in spans]
        assert "The Senate F" in starts  # the chair's opening statement too: two speakers before the first question
        assert not any(s.startswith("The committee") for s in starts)

    def test_statements_not_facts(self, nlp, tmp_path):
        events = _events(tables_of(nlp, _HEARING, dt.date(2025, 5, 20), tmp_path))
        assert all(quoted for subject, verb, _, quoted in events if verb in ("want", "hit", "buy"))

    def test_prose_with_a_title_in_capitals(self):
        # control: one sentence opening with a title and capitals is no transcript
        text = "Mr. SMITH. The council met on Tuesday.\n\nIt voted to raise taxes. The mayor said little."
        assert turn_spans(text) == []


_FACT_CHECK = """President Donald Trump made several claims about Ukraine this week.

CLAIM
"You should have never started it. You could have made a deal."
Who said it: Donald Trump, Feb. 18, 2025, at Mar-a-Lago
VERDICT: FALSE

Russia started the war. Ukraine did not attack Russia.

CLAIM
The United States has given Ukraine $350 billion.
Who said it: Donald Trump, Feb. 19, 2025, on Truth Social
VERDICT: MISLEADING

Congress has approved about $175 billion for Ukraine since 2022.
"""


class TestFactCheckBlocks:
    """A claim under a head alone on its line is tested, not told; the line under it says who made it."""

    def test_claim_not_a_fact(self, nlp, tmp_path):
        tables = tables_of(nlp, _FACT_CHECK, dt.date(2025, 2, 20), tmp_path)
        events = _events(tables)
        assert not any(verb == "give" for _, verb, _, _ in events)
        assert any(subject == "Congress" and verb == "approve" for subject, verb, _, _ in events)  # (the check's own)
        quotes = [(q.text, q.speaker) for q in tables.quotes.itertuples()]
        assert any(text.startswith("You should have never") and speaker == "Donald Trump" for text, speaker in quotes)

    def test_said_by_only_under_the_quotation(self, nlp, tmp_path):
        # control: a quotation whose next line is no "Who said it:" label keeps no speaker from further down
        text = 'CLAIM\n"You should have never started it."\n\nVERDICT: FALSE\n\nWho said it: Donald Trump\n'
        tables = tables_of(nlp, text, dt.date(2025, 2, 20), tmp_path)
        assert all(q.speaker != "Donald Trump" for q in tables.quotes.itertuples())


class TestGalleryCounter:
    """A gallery's counter on the line above a caption is no part of the caption's subject."""

    def test_counter_off_the_subject(self, nlp, tmp_path):
        text = ("Photos: Zelensky and European leaders at the White House\n\nAug. 18, 2025\n\n1 of 8\n"
                "Zelensky speaks during a meeting with Trump in the Oval Office. Andrew Harnik/Getty Images\n\n"
                "2 of 8\nGerman Chancellor Friedrich Merz called for a ceasefire before the next meeting.\n")
        events = _events(tables_of(nlp, text, dt.date(2025, 8, 18), tmp_path))
        subjects = {subject for subject, _, _, _ in events}
        assert "Volodymyr Zelensky" in subjects or "Zelensky" in subjects
        assert "Friedrich Merz" in subjects
        assert not any(" of 8" in subject for subject in subjects)

    def test_count_in_prose(self, nlp, tmp_path):
        # control: "3 of 8" inside a sentence stays the sentence's
        text = "Three of the eight leaders spoke. 3 of 8 ministers voted against the plan on Monday.\n"
        events = _events(tables_of(nlp, text, dt.date(2025, 8, 18), tmp_path))
        assert any(verb.startswith("vote") and subject == "3 of 8 ministers" for subject, verb, _, _ in events)


class TestLiveEntryHeadlines:
    """A live entry's headline under its time stamp is one sentence: both leaders leave, not Putin alone."""

    def test_headline_one_sentence(self, nlp, tmp_path):
        text = ("Live updates: Trump and Putin meet in Alaska\n\n4:55 p.m. ET\nTrump and Putin leave the base\n\n"
                "The two leaders spoke to reporters.\n\n10:42 a.m. ET\nZelensky says Ukraine will not trade land\n")
        events = _events(tables_of(nlp, text, dt.date(2025, 8, 15), tmp_path))
        assert ("Trump and Putin", "leave", "the base", False) in events

    def test_stamps_dated(self, nlp, tmp_path):
        text = ("Live updates: Trump and Putin meet in Alaska\n\n4:55 p.m. ET\nTrump and Putin leave the base\n\n"
                "The two leaders spoke to reporters.\n\n10:42 a.m. ET\nZelensky says Ukraine will not trade land\n")
        tables = tables_of(nlp, text, dt.date(2025, 8, 15), tmp_path)
        times = [(t.expression, t.date) for t in tables.timeline.itertuples()]
        assert ("4:55 p.m.", "2025-08-15") in times and ("10:42 a.m.", "2025-08-15") in times
        # control: a clock time in a sentence of a story with no stamps stays as the timeline reads it
        tables = tables_of(nlp, "The vote is set for 4:55 p.m. in a week of talks.\n", dt.date(2025, 8, 15), tmp_path)
        assert all(date != "2025-08-15" or expression != "4:55 p.m." for expression, date in
                   [(t.expression, t.date) for t in tables.timeline.itertuples()])

    def test_entry_text_keeps_its_sentences(self, nlp):
        # control: a long entry under the stamp, ended like a sentence, is split by the parser as before
        doc = nlp("4:55 p.m. ET\nTrump left. Putin stayed behind in Anchorage for another hour.\n")
        assert [s.text.strip() for s in doc.sents][1:] == ["Trump left.", "Putin stayed behind in Anchorage for another hour."]


_SUNDAY_SHOW = """JAKE TAPPER, CNN HOST: President Trump signals a tougher line on Russia.

TAPPER: Joining me now is Republican Senator Lindsey Graham of South Carolina. Senator, the president says he will make a major statement on Russia tomorrow. What can you tell us?

GRAHAM: Well, I think you're going to see a lot of weapons going to Ukraine. And I think the sanctions bill is going to move.

TAPPER: But he's had that sledgehammer for months. Why hasn't he used it?

GRAHAM: Because he wanted to give Putin a chance. He's given him many chances.
"""


class TestPronounsInTurns:
    """In a transcript, "he" in a turn is neither its speaker nor the one the speaker answers."""

    def test_he_is_the_president(self, nlp, tmp_path):
        events = _events(tables_of(nlp, _SUNDAY_SHOW, dt.date(2025, 7, 13), tmp_path))
        wanted = [subject for subject, verb, _, _ in events if verb == "want"]
        assert wanted and all(subject not in ("Lindsey Graham", "Jake Tapper", "JAKE TAPPER") for subject in wanted)

    def test_narrative_he(self, nlp, tmp_path):
        # control: in a story, with no turns, "he" goes on with the subject before
        text = "Senator Lindsey Graham spoke on Sunday. He said he wanted to give the president more time.\n"
        events = _events(tables_of(nlp, text, dt.date(2025, 7, 13), tmp_path))
        assert any(subject == "Lindsey Graham" and verb == "want" for subject, verb, _, _ in events)


class TestDayFirstDates:
    """A day-first date whose day the model left out is read whole."""

    def test_statement_date(self, nlp, tmp_path):
        text = ("Joint Statement on Ukraine by the Leaders of France, Italy, Germany and Poland\n\n9 August 2025\n\n"
                "We welcome President Trump's efforts to stop the killing in Ukraine.\n")
        tables = tables_of(nlp, text, dt.date(2025, 8, 9), tmp_path)
        assert ("9 August 2025", "2025-08-09") in [(t.expression, t.date) for t in tables.timeline.itertuples()]

    def test_leading_zero(self, nlp, tmp_path):
        text = "Press conference by NATO Secretary General Mark Rutte\n\n02 Dec. 2025\n\n(As delivered)\n"
        tables = tables_of(nlp, text, dt.date(2025, 12, 2), tmp_path)
        assert "2025-12-02" in [t.date for t in tables.timeline.itertuples()]

    def test_air_line(self, nlp, tmp_path):
        text = "CNN STATE OF THE UNION\n\nAired July 13, 2025 - 09:00   ET\n\nTAPPER: Patience running out.\n"
        tables = tables_of(nlp, text, dt.date(2025, 7, 13), tmp_path)
        assert "2025-07-13" in [t.date for t in tables.timeline.itertuples() if t.expression.startswith("July 13")]

    def test_month_and_year_alone(self, nlp, tmp_path):
        # control: a month and a year with no day before them stay a month
        tables = tables_of(nlp, "The talks resumed in August 2025 in Geneva.\n", dt.date(2025, 9, 1), tmp_path)
        assert ("August 2025", "2025-08") in [(t.expression, t.date) for t in tables.timeline.itertuples()]


class TestLinkBarsAndAskers:
    """A page's bar of links names no body; the outlet in a question's label is a body."""

    def test_link_bar(self, nlp):
        ents = ents_of(nlp, "Yermak resigned on Friday.\n\nShare this newsletter with a friend. "
                            "Subscribe | Manage preferences | Unsubscribe\n")
        assert not any(name in ("Manage", "Unsubscribe", "Subscribe") for name, _ in ents)
        # control: a byline's bar keeps its person and its outlet
        ents = ents_of(nlp, "By Jane Doe | Reuters | Updated Friday\n\nYermak resigned on Friday.\n")
        assert ("Jane Doe", "PERSON") in ents and ("Reuters", "ORG") in ents

    def test_outlet_in_question_label(self, nlp):
        text = ("Allison Hart [NATO Spokesperson]: Next, Ukrinform.\n\n"
                "Question [Ukrinform]: Mr. Secretary General, can NATO give those guarantees?\n\n"
                "Question [Andrew Gray, Reuters]: Secretary General, does that send the wrong signal to Moscow?\n")
        ents = ents_of(nlp, text)
        assert ("Ukrinform", "ORG") in ents and ("Andrew Gray", "PERSON") in ents and ("Reuters", "ORG") in ents
        assert ("Moscow", "GPE") in ents  # control: a place in the question's words stays one


_BRIEFING = """MS BRUCE: Good afternoon, everyone. As you know, the President will meet President Putin in Anchorage, Alaska, on Friday. Secretary Rubio will travel with the President.

QUESTION: [Matt Lee, AP] Thanks, Tammy. Is Ukraine going to be at the table in Anchorage?

MS BRUCE: Well, I'm not going to get ahead of the President.

QUESTION: [Matt Lee, AP] But the President said on Monday that he would "feel out" Putin in the first two minutes. Is that the plan?

MS BRUCE: The President knows how to read people.
"""


class TestDescriptionsSetApart:
    """In a transcript, "the President" set apart from President Putin as another argument of "meet" is never Putin."""

    def test_not_putin(self, nlp, tmp_path):
        tables = tables_of(nlp, _BRIEFING, dt.date(2025, 8, 12), tmp_path)
        events = _events(tables)
        assert not any(verb == "travel" and obj in ("Putin", "Vladimir Putin") for _, verb, obj, _ in events)
        assert not any(verb == "know" and subject in ("Putin", "Vladimir Putin") for subject, verb, _, _ in events)
        assert all(q.speaker not in ("Putin", "Vladimir Putin") for q in tables.quotes.itertuples())

    def test_narrative_keeps_its_reading(self, nlp, tmp_path):
        # control: a description never set apart from the titled name goes on with it, in a transcript too
        text = ("MS BRUCE: Hello.\n\nQUESTION: Hi.\n\nMS BRUCE: Yes.\n\nPresident Vladimir Putin met envoys in "
                "Moscow on Tuesday. The president said he would meet the envoys again.\n")
        tables = tables_of(nlp, text, dt.date(2025, 8, 12), tmp_path)
        assert "Vladimir Putin" in set(tables.events.reported_by)


class TestReportersInBrackets:
    """A reporter named in brackets after "QUESTION:" is no subject of the question's sentence."""

    def test_reported_by_the_one_who_said(self, nlp, tmp_path):
        text = ("MS BRUCE: We respect that.\n\nQUESTION: [Jennifer Hansler, CNN] And President Zelensky said yesterday "
                "that Ukraine will not give up its land. Is that a red line for you?\n\nMS BRUCE: Look, we respect it.\n")
        tables = tables_of(nlp, text, dt.date(2025, 8, 12), tmp_path)
        reported = {e.reported_by for e in tables.events.itertuples() if e.verb == "give up"}
        assert reported and reported <= {"Zelensky", "Volodymyr Zelensky"}

    def test_bracket_in_prose(self, nlp):
        # control: a bracket inside a sentence, after no turn label, starts no sentence
        doc = nlp("The envoy [Steve Witkoff] said the talks went well.\n")
        assert len(list(doc.sents)) == 1
        # nor after a sentence's colon: an editor's bracket in a name ("[Augustine Triumph] Attah")
        doc = nlp("And he was helped by the other two: [Augustine Triumph] Attah: who did part of the work.\n")
        assert not any(s.text.startswith("Attah") for s in doc.sents)


class TestAppositionsAcrossVerbs:
    """An apposition beyond the verb renames nothing of the verb's subject."""

    def test_the_committee_met(self, nlp, tmp_path):
        text = ("The committee met, pursuant to notice, at 10:02 a.m., in room SD-106, Dirksen Senate Office Building, "
                "Hon. James E. Risch, chairman of the committee, presiding.\n")
        events = _events(tables_of(nlp, text, dt.date(2025, 5, 20), tmp_path))
        assert any(verb == "meet" and subject == "the committee" for subject, verb, _, _ in events)

    def test_apposition_next_to_its_noun(self, nlp, tmp_path):
        # control: an apposition right after the subject names it
        text = "The chairman, James Risch, opened the hearing on Tuesday.\n"
        events = _events(tables_of(nlp, text, dt.date(2025, 5, 20), tmp_path))
        assert any(verb == "open" and "Risch" in subject for subject, verb, _, _ in events)


class TestCapitalHeadings:
    """A heading set all in capitals makes no name of its dictionary words."""

    def test_section_head(self, nlp):
        text = ("2. THE ARMY SECRETARY\n\nArmy Secretary Dan Driscoll met Russian officials in Abu Dhabi this week.\n\n"
                "STATEMENT OF HON. MARCO RUBIO, SECRETARY OF STATE\n\nSecretary RUBIO. Thank you, Mr. Chairman.\n")
        ents = ents_of(nlp, text)
        assert not any(name in ("ARMY SECRETARY", "HON") for name, _ in ents)
        assert ("Dan Driscoll", "PERSON") in ents

    def test_named_elsewhere_or_no_dictionary_word(self, nlp):
        # control: capitals of a name the text writes elsewhere, or of no dictionary word, stay
        text = "NATO SUMMIT IN THE HAGUE\n\nLeaders of NATO met in The Hague on Tuesday.\n"
        names = [name for name, _ in ents_of(nlp, text)]
        assert "NATO" in names


class TestAppositionsAfterColons:
    """A colon right after the verb lists what its subject counts: that apposition stays the subject's."""

    def test_list_after_the_verb(self, nlp):
        from toolkit.nlp.misparses import mend_appositions_across_verbs

        doc = mend_appositions_across_verbs(nlp("In the history of the United States, only two presidents have been "
                                                "impeached: Andrew Johnson and Bill Clinton."))
        johnson = next(t for t in doc if t.text == "Johnson")
        assert johnson.dep_ != "npadvmod"
