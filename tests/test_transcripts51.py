"""Session 51's reading of transcripts of remarks (a government's own record of what its officials said).

- A turn's events are its speaker's account: ``reported_by`` is the speaker (toolkit/nlp/events.py), and "I" and
  "we" are the speaker (as before).
- A label that names an office ("THE PRESIDENT:") stands for the person the transcript names with that office
  outside the label's own turns and the reporters' questions (toolkit/nlp/office_labels.py).
- A reporter's turn ("Q Mr. President, …") is spoken by someone unnamed: its events are quoted, not the previous
  speaker's account (toolkit/nlp/quote_leads.py).
- "be going to" is the future of the verb after it, an event with "will" ("Russia is going to sign the deal next
  week"), not a purpose (toolkit/nlp/predicates.py).
- A development told in a transcript's turn says whose account it is ("Trump: President Zelenskyy is going to be
  coming on Friday.": toolkit/analysis/story.py).
- "according to" a norm one acts by ("live according to their faith") is a manner, not a source
  (toolkit/nlp/clauses.py).
- An act the parser missed keeps its hearsay ("Trump reportedly briefed European allies …": reported by
  "reportedly", toolkit/nlp/nominal_events.py).
- "Thank you" is a formula of courtesy (toolkit/nlp/ceremonies.py); a speaker's "I think …", "I hope …" frames the
  claim after it, and "I want to thank …" prefaces a ceremony (toolkit/nlp/own_views.py).

"WH" marks text quoted from a White House transcript (public domain: seeds/whitehouse-ukraine, A09 and A14); the
others are written for the tests in the form of those transcripts.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from conftest import blank, events_of, records_headed_by, tables_of

from toolkit.nlp.office_labels import label_name, office_words

DAY = dt.date(2025, 2, 26)

# WH (A09, cut down): the President's remarks, a cabinet member's turn that names him, a reporter's question.
CABINET = (
    "Cabinet Room\n\n"
    "THE PRESIDENT: Okay. Thank you very much. We appreciate you being here. And we’ve put together a great "
    "Cabinet. President Zelenskyy is going to be coming on Friday. It’s now confirmed. And we’re going to be "
    "signing an agreement, which will be a very big agreement. I think that’s appropriate.\n\n"
    "And I want to thank Howard and Scott for the job you guys did in putting it together.\n\n"
    "MR. MUSK: And President Trump has put together, I think, the best cabinet ever, literally. We restored the "
    "Ebola prevention immediately, and there was no interruption.\n\n"
    "Q Thank you, Mr. President. President Putin sent a letter to the Kremlin press yesterday saying that the talks "
    "were over. Did you speak to him?\n\n"
    "THE PRESIDENT: I spoke with President Putin on Tuesday. He wants to make a deal.\n")


@pytest.fixture(scope="module")
def cabinet(nlp, tmp_path_factory):
    return events_of(CABINET, DAY, "cabinet", nlp=nlp, folder=tmp_path_factory.mktemp("cabinet"))


class TestOfficeLabels:
    """"THE PRESIDENT:" names an office; the transcript says who holds it."""

    @pytest.mark.parametrize("label, office", [
        ("THE PRESIDENT", ("president",)), ("THE VICE PRESIDENT", ("vice", "president")),
        ("THE FIRST LADY", ("first", "lady")), ("PRESIDENT", ("president",))])
    def test_an_office_alone(self, label, office):
        assert label_name(label) is None
        assert office_words(label) == office

    @pytest.mark.parametrize("label", ["SECRETARY RUBIO", "MR. WALTZ", "PRIME MINISTER MODI", "Q"])
    def test_a_name_is_no_office(self, label):
        assert office_words(label) is None

    @pytest.mark.parametrize("label, name", [("MR. MUSK", "Musk"), ("SECRETARY GENERAL RUTTE", "Rutte"),
                                             ("PRIME MINISTER MODI", "Modi")])
    def test_a_title_and_a_surname(self, label, name):
        assert label_name(label) == name

    @pytest.mark.parametrize("label", ["THE PROSPEROUS PATH FORWARD", "INTERPRETER", "PARTICIPANTS"])
    def test_a_heading_or_a_role_names_nobody(self, label):
        assert label_name(label) is None and office_words(label) is None

    def test_the_holder_is_named_by_another_speaker(self, cabinet):
        # "MR. MUSK: And President Trump has put together …" names him; the President's own "President Putin"
        # and the reporter's do not count
        [row] = records_headed_by(cabinet, "speak")
        assert row["subject"] == "Trump" and row["reported_by"] == "Trump"
        assert row["date"] == "2025-02-25"


class TestTurnsAreTheSpeakersAccount:
    """What a turn tells is reported by its speaker, never stated as the publication's fact."""

    def test_a_plan_in_the_presidents_words(self, cabinet):
        [row] = records_headed_by(cabinet, "come")  # "President Zelenskyy is going to be coming on Friday"
        assert row["subject"] == "Volodymyr Zelensky" and row["reported_by"] == "Trump"
        assert row["date"] == "2025-02-28" and row["modality"] == "will" and not row["quoted"]

    def test_the_speakers_we(self, cabinet):
        [row] = records_headed_by(cabinet, "sign")  # "we’re going to be signing an agreement"
        assert row["subject"] == "Trump" and row["reported_by"] == "Trump" and row["modality"] == "will"

    def test_first_person_acts_of_another_speaker(self, cabinet):
        # "MR. MUSK:" (a surname the text names nowhere else: the label's, as the text would write it)
        [row] = records_headed_by(cabinet, "restore")
        assert row["subject"] == "Musk" and row["reported_by"] == "Musk"

    def test_a_third_person_in_a_turn(self, cabinet):
        [row] = records_headed_by(cabinet, "want")
        assert row["subject"] == "Putin" and row["reported_by"] == "Trump"

    def test_a_reporters_question_is_nobodys_account(self, cabinet):
        # the premise of a question is the reporter's: quoted, not the President's report
        rows = records_headed_by(cabinet, "send")
        assert rows and all(r["quoted"] for r in rows)
        assert all(r["reported_by"] != "Trump" for r in rows)

    def test_a_reporters_broken_off_turn(self, nlp, tmp_path):
        text = ("East Room\n\nPRESIDENT TRUMP: Honda is coming, and Apple is coming.\n\n"  # written
                "Q — announced they’re coming to Indiana because of the tariffs.\n\n"  # WH (A13)
                "PRESIDENT TRUMP: Well, Honda is coming.\n")
        events = events_of(text, DAY, "broken", nlp=nlp, folder=tmp_path)
        rows = records_headed_by(events, "announce")
        assert rows and all(r["quoted"] and r["reported_by"] != "Trump" for r in rows)

    def test_control_news_prose_has_no_speaker(self, nlp, tmp_path):
        text = ("President Zelenskyy is going to be coming on Friday, the White House said.\n\n"
                "Witkoff met Putin in Moscow on Wednesday.\n")
        events = events_of(text, DAY, "prose", nlp=nlp, folder=tmp_path)
        [row] = records_headed_by(events, "meet")
        assert blank(row["reported_by"])


class TestFormulasOfSpeech:
    """Courtesy, hedges and prefaces frame what a speaker says; they are no events of the story."""

    def test_thank_you_is_no_event(self, cabinet):
        assert records_headed_by(cabinet, "thank") == []

    def test_i_think_frames_a_claim(self, cabinet):
        assert records_headed_by(cabinet, "think") == []

    def test_a_preface_to_thanks(self, cabinet):
        # "I want to thank Howard and Scott": only Putin's wanting (a reported stance) is a row
        assert [r["subject"] for r in records_headed_by(cabinet, "want")] == ["Putin"]

    def test_courtesy_is_no_event(self, cabinet):
        assert records_headed_by(cabinet, "appreciate") == []

    @pytest.mark.parametrize("text, verb", [
        ("PRESIDENT TRUMP: I expected a deal last week.\n", "expect"),  # written: a view once held
        ("PRESIDENT TRUMP: Putin thanked the Saudis for hosting the talks.\n", "thank"),  # written: a reported act
    ])
    def test_control_past_views_and_others_thanks_stay(self, nlp, tmp_path, text, verb):
        events = events_of("Oval Office\n\n" + text, DAY, "past", nlp=nlp, folder=tmp_path)
        [row] = records_headed_by(events, verb)
        assert row["reported_by"] == "Trump"


class TestGoingToFuture:
    """"be going to" + a bare verb: the future, as "will" is; "going to" a place stays a movement."""

    @pytest.mark.parametrize("text, subject, verb, date", [
        ("Russia is going to sign the deal next week.", "Russia", "sign", "2025-03-03"),  # written
        ("The envoys are going to be meeting in Riyadh on Friday.", "the envoys", "meet", "2025-02-28"),  # written
        ("Kyiv was going to sign the minerals deal.", "Kyiv", "sign", None),  # written: a future in the past
    ])
    def test_the_infinitive_is_the_event(self, nlp, tmp_path, text, subject, verb, date):
        events = events_of(text + "\n", DAY, "future", nlp=nlp, folder=tmp_path)
        [row] = records_headed_by(events, verb)
        assert row["subject"] == subject and row["modality"] == "will"
        assert row["date"] == date if date else blank(row["date"])

    def test_control_going_to_a_place(self, nlp, tmp_path):
        text = "Witkoff is going to Moscow to sign the deal, and his son is going to boarding school in the UK.\n"
        events = events_of(text, DAY, "place", nlp=nlp, folder=tmp_path)  # written
        assert records_headed_by(events, "sign") == [] and records_headed_by(events, "board") == []


class TestDevelopmentsSayWhoseAccount:
    """A dated development read from a speaker's turn carries the speaker's name; the outlet's prose does not."""

    def test_the_turns_speaker_leads_the_development(self, nlp, tmp_path):
        from toolkit.analysis.findings import findings

        extraction = tables_of(nlp, CABINET, DAY, tmp_path, "cabinet")
        found = findings(extraction, focus=["Trump"], title="Ukraine peace diplomacy")
        told = pd.concat([found.bottom_line, found.developments])
        assert "Trump: President Zelenskyy is going to be coming on Friday." in set(told["text"])
        # the reporter's question ("President Putin sent a letter … yesterday") is no development
        assert not told["sentence"].str.contains("sent a letter").any()

    def test_control_a_named_source_stays_in_its_sentence(self, nlp, tmp_path):
        from toolkit.analysis.findings import findings

        text = "President Zelenskyy is going to be coming on Friday, Trump said on Wednesday.\n"  # written
        extraction = tables_of(nlp, text, DAY, tmp_path, "prose")
        found = findings(extraction, focus=["Trump"], title="Ukraine peace diplomacy")
        texts = list(pd.concat([found.developments, found.bottom_line])["text"])
        assert texts and not any(t.startswith("Trump:") for t in texts)


class TestAccordingToANorm:
    """"according to" a plan, a law or a faith says how something is done, not who says it was."""

    @pytest.mark.parametrize("text, verb", [
        # WH (a presidential message on Hanukkah, 2025)
        ("More than 2,000 years ago, the Jewish people rose up against the forces of tyranny and restored their "
         "freedom to worship and live according to their faith.", "restore"),
        ("The talks in Riyadh went ahead on Monday and ended according to plan.", "end"),  # written
    ])
    def test_a_manner_names_no_source(self, nlp, tmp_path, text, verb):
        events = events_of(text + "\n", DAY, "norm", nlp=nlp, folder=tmp_path)
        [row] = records_headed_by(events, verb)
        assert blank(row["reported_by"])

    def test_control_a_source(self, nlp, tmp_path):
        text = "Russian drones struck Kyiv overnight, according to Ukraine's air force.\n"  # written
        events = events_of(text, DAY, "source", nlp=nlp, folder=tmp_path)
        [row] = records_headed_by(events, "strike")
        assert "air force" in str(row["reported_by"]).lower()


class TestHearsayOfAMissedVerb:
    """The seed article's "Trump reportedly briefed European allies after Witkoff's Moscow talks": the parser reads
    "briefed" as an adjective, the event reader finds the verb again, and the hearsay stays with it."""

    def test_reportedly_is_kept(self, seed_extraction):
        [row] = records_headed_by(seed_extraction.events, "brief")
        assert row["subject"] == "Donald Trump" and row["reported_by"] == "reportedly"

    def test_control_a_plain_fact(self, nlp, tmp_path):
        text = "Trump briefed European allies after Witkoff’s Moscow talks.\n"  # written
        events = events_of(text, DAY, "fact", nlp=nlp, folder=tmp_path)
        assert all(blank(r["reported_by"]) for r in records_headed_by(events, "brief"))


# WH (A04, cut down): remarks whose text never writes "President Trump"; the title does.
ARRIVAL = ("Palm Beach International Airport\n\nWest Palm Beach, Florida\n\n(February 16, 2025)\n\n4:00 P.M. EST\n\n"
           "THE PRESIDENT: We’re moving along. We’re trying to get a peace with Russia-Ukraine, and we’re working "
           "very hard on it.\n\n"
           "Q Mr. President, would you allow the Europeans to buy U.S.-made weapons for Ukrainians?\n\n"
           "THE PRESIDENT: I think he wants to stop fighting. I see that.\n\n"
           "THE PRESIDENT: Remember this: that under Bush, they took a lot. Under Obama, they took a lot. And under "
           "Trump, they took nothing — nothing.\n")


def _titled_events(nlp, folder, title):
    import dataclasses

    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import read_document

    path = folder / "arrival.txt"
    path.write_text(ARRIVAL, encoding="utf-8")
    document = dataclasses.replace(read_document(path).with_published(dt.date(2025, 2, 16)), title=title)
    return extract([document], nlp=nlp).events


class TestTheTitleNamesTheOffice:
    """A transcript that never names the office's holder is read by its title ("Remarks by President Trump …")."""

    @pytest.mark.parametrize("title", ["Remarks by President Trump After Air Force One Arrival",
                                       "Press Gaggle by President Trump"])
    def test_the_turns_are_the_titled_presidents(self, nlp, tmp_path, title):
        events = _titled_events(nlp, tmp_path, title)
        [row] = records_headed_by(events, "try")  # "We’re trying to get a peace with Russia-Ukraine"
        assert row["subject"] == "Trump" and row["reported_by"] == "Trump" and not row["quoted"]

    def test_the_label_is_no_antecedent(self, nlp, tmp_path):
        # "THE PRESIDENT: I think he wants …": the speaker says "I"; "he" is someone else, never the label
        events = _titled_events(nlp, tmp_path, "Remarks by President Trump After Air Force One Arrival")
        assert not any("PRESIDENT" in str(r["subject"]) for r in events.to_dict("records"))

    @pytest.mark.parametrize("title", [None, "Remarks by Vice President Vance After Air Force One Arrival",
                                       "Remarks After Air Force One Arrival"])
    def test_control_another_office_or_none_names_nobody(self, nlp, tmp_path, title):
        events = _titled_events(nlp, tmp_path, title)
        assert not any(r["reported_by"] == "Trump" for r in events.to_dict("records"))
