"""Round ``ev47b``: event subjects the text names beside a description, and verbs that tell no act of their own.

The sentences are from Wikinews articles of 2019 and 2020 (the Christchurch mosque shootings, hurricanes near
Bermuda, American Samoans suing for citizenship, the mayor of Seoul found dead, a study of early flight, a horror
convention, the New Hampshire motorcycle crash): Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org". Each class asserts a property of the extraction on a real sentence, with a control (invented where the
texts have none) where the rule must not fire.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of, records_headed_by


def _events(nlp, tmp_path, text, day=dt.date(2019, 3, 16)):
    return events_of(text, day, "story", nlp=nlp, folder=tmp_path)


def _subjects(nlp, tmp_path, text, verb) -> list[str]:
    return [r["subject"] for r in records_headed_by(_events(nlp, tmp_path, text), verb)]


class TestNameSetOffAfterKind:
    """A noun introduced as a kind ("An Australian", "Three American Samoans") with a name set off after it: the name
    acts (toolkit/nlp/set_off_names.py)."""

    def test_a_nationality_then_the_name(self, nlp, tmp_path):
        text = "An Australian, Brenton Tarrant, aged 28, appeared in court on Saturday."
        assert _subjects(nlp, tmp_path, text, "appear") == ["Brenton Tarrant"]

    def test_a_count_then_the_names(self, nlp, tmp_path):
        text = ("Three American Samoans, Pale Tuli, Rosavita Tuli, and John Fitisemanu, who had moved to Utah, a state, "
                "sued the government.")
        [subject] = _subjects(nlp, tmp_path, text, "sue")
        assert "John Fitisemanu" in subject and "Pale Tuli" in subject
        [mover] = _subjects(nlp, tmp_path, text, "move")
        assert "Rosavita Tuli" in mover

    def test_control_a_list_the_parser_cut(self, nlp, tmp_path):
        text = ("Two Republicans, Susan Collins of Maine and Lisa Murkowski of Alaska, voted against Patel on "
                "Thursday.")
        assert _subjects(nlp, tmp_path, text, "vote") != ["Susan Collins"]

    def test_the_kind_is_a_word_of_the_name(self, nlp, tmp_path):
        text = "The most recent hurricane to reach Bermuda, Hurricane Gonzalo, made landfall in 2014."
        assert _subjects(nlp, tmp_path, text, "make") == ["Hurricane Gonzalo"]

    def test_control_a_kind_set_off_is_no_name(self, nlp, tmp_path):
        assert _subjects(nlp, tmp_path, "The company, a Delaware corporation, filed suit.", "file") == ["the company"]

    def test_control_a_place_after_a_place(self, nlp, tmp_path):
        [subject] = _subjects(nlp, tmp_path, "The city of Sao Paulo, Brazil, banned cars.", "ban")
        assert subject != "Brazil"


class TestNameBeforeTheRole:
    """"NAME, the <role> …" gives the role to the name however the parser hangs them; "the <role>" later is that
    name (toolkit/nlp/roles.py)."""

    SEOUL = ("Park Won-soon, the mayor of Seoul, South Korea, was found dead, police reported Friday morning. "
             "According to local reports, the 64-year-old mayor left his home a quarter before 11 a.m. on Thursday "
             "with a backpack.")

    def test_the_role_is_the_name(self, nlp, tmp_path):
        rows = records_headed_by(_events(nlp, tmp_path, self.SEOUL, dt.date(2020, 7, 10)), "leave")
        assert [r["subject"] for r in rows] == ["Park Won-soon"]

    def test_control_two_names_given_the_role(self, nlp, tmp_path):
        text = ("Tom Jones, the mayor of Leeds, met Ann Smith, the mayor of York, on Monday. "
                "On Tuesday, the mayor left his home with a backpack.")
        assert _subjects(nlp, tmp_path, text, "leave") == ["the mayor"]


class TestParticipleOfMeans:
    """A participle of using (or of acting with the way one acts) beside its clause tells no act of its own
    (toolkit/nlp/means_participles.py)."""

    def test_using_before_the_clause(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, "Using modal effective mass theory, the team calculated the forces.")
        assert not records_headed_by(events, "use")
        assert [r["subject"] for r in records_headed_by(events, "calculate")] == ["the team"]

    def test_acting_via_lawyers(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, "Acting via his lawyers, Volodymyr Zhukovskyy, 23, pleaded not guilty.")
        assert not records_headed_by(events, "act")
        assert records_headed_by(events, "plead")

    def test_control_a_finite_use(self, nlp, tmp_path):
        text = "The team used satellite images to map the ice."
        assert _subjects(nlp, tmp_path, text, "use") == ["the team"]


class TestLemmaOfAVerbInY:
    """An unknown verb in "-y" keeps its "y" before "-ing" and "-ed": "cosplaying" is "cosplay"
    (toolkit/nlp/verb_lemmas.py)."""

    def test_cosplaying(self, nlp):
        doc = nlp("Lisa Mancini has been cosplaying since 2010.")
        assert [t.lemma_ for t in doc if t.lower_ == "cosplaying"] == ["cosplay"]

    def test_control_dyeing_keeps_its_e(self, nlp):
        doc = nlp("He was dyeing his hair.")
        assert [t.lemma_ for t in doc if t.lower_ == "dyeing"] == ["dye"]


class TestTheStormNamedBefore:
    """"The storm" (or "the hurricane", "the depression") is the one storm the text has named before it
    (toolkit/nlp/storm_names.py)."""

    def test_the_storm_is_the_hurricane(self, nlp, tmp_path):
        text = ("Today, as Hurricane Lorenzo hit the Azores, Met Éireann issued weather alerts as the storm approached "
                "from the west.")
        assert _subjects(nlp, tmp_path, text, "approach") == ["Hurricane Lorenzo"]

    def test_the_storm_is_the_depression(self, nlp, tmp_path):
        text = "Tropical Depression Three formed on Sunday. By Tuesday morning, the storm had dissipated."
        assert _subjects(nlp, tmp_path, text, "dissipate") == ["Tropical Depression Three"]

    def test_a_body_named_for_hurricanes_is_no_storm(self, nlp, tmp_path):
        text = ("Tropical Depression Three formed over the Bahamas this weekend. As of Monday evening, the National "
                "Hurricane Center reported the depression had sustained winds of 30 miles per hour. By Tuesday "
                "morning, the storm had dissipated.")
        assert _subjects(nlp, tmp_path, text, "dissipate") == ["Tropical Depression Three"]

    def test_control_two_storms_named(self, nlp, tmp_path):
        text = ("Hurricane Humberto hit Bermuda. The most recent hurricane to reach Bermuda, Hurricane Gonzalo, made "
                "landfall in 2014. The storm destroyed homes.")
        assert _subjects(nlp, tmp_path, text, "destroy") == ["the storm"]

    def test_control_named_only_after(self, nlp, tmp_path):
        text = "The storm destroyed homes. Hurricane Humberto hit Bermuda."
        assert _subjects(nlp, tmp_path, text, "destroy") == ["the storm"]


class TestPostHolderAfterBody:
    """A body's post written between the body's name and a person's name: the person acts
    (toolkit/nlp/set_off_names.py)."""

    def test_the_president_of_the_body(self, nlp, tmp_path):
        text = ("The party was organised by Akhil Bharat Hindu Mahasabha (All India Hindu Union) president Swami "
                "Chakrapani where the attendees consumed cow urine.")
        assert _subjects(nlp, tmp_path, text, "organise") == ["Swami Chakrapani"]

    def test_control_a_description_after_a_comma(self, nlp, tmp_path):
        text = ("Postmaster General Louis DeJoy, a Republican fundraiser Trump appointed to the post two months prior, "
                "instituted new policies at USPS.")
        assert _subjects(nlp, tmp_path, text, "institute") == ["Louis DeJoy"]

    def test_control_a_description_of_the_body(self, nlp, tmp_path):
        text = "The meeting was organised by Acme Corp, the maker of the device."
        assert _subjects(nlp, tmp_path, text, "organise") == ["Acme Corp"]


class TestPrefixedIrregularPast:
    """A prefix before an irregular past keeps the irregular verb's base: "overshot" is "overshoot", told as a past
    (toolkit/nlp/verb_lemmas.py)."""

    def test_overshot(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, "The aircraft overshot the runway.", dt.date(2020, 1, 27))
        assert [r["subject"] for r in records_headed_by(events, "overshoot")] == ["the aircraft"]

    def test_control_a_present_whose_past_is_its_base(self, nlp):
        doc = nlp("Each year the players outrun the police.")
        [verb] = [t for t in doc if t.lower_ == "outrun"]
        assert verb.lemma_ == "outrun"  # (the base itself: nothing to mend)


class TestShortFormDefinedInBrackets:
    """A short form written in brackets after a body's name is that body afterwards
    (toolkit/nlp/bracketed_short_forms.py)."""

    CALFIRE = ("The California Department of Forestry and Fire Protection (CalFire) said several acres of land burned "
               "before the flames were extinguished. CalFire requested power line de-energisation during the "
               "emergency.")

    def test_calfire(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, self.CALFIRE, dt.date(2019, 6, 12))
        assert [r["subject"] for r in records_headed_by(events, "request")] == [
            "California Department of Forestry and Fire Protection"]

    def test_control_a_tagged_acronym_keeps_its_list(self, nlp, tmp_path):
        text = ("The Associated Press (AP) called Arizona early. Later in the day, the AP and NBC News also called "
                "Nevada for Biden.")
        events = _events(nlp, tmp_path, text, dt.date(2020, 11, 7))
        assert any("NBC News" in str(r["subject"]) for r in records_headed_by(events, "call"))

    def test_control_a_place_in_brackets(self, nlp, tmp_path):
        text = "The Acme Corporation (Texas) sued the city. Texas appealed the ruling."
        assert _subjects(nlp, tmp_path, text, "appeal") == ["Texas"]


class TestParticipleHungOnQuotation:
    """A participle outside quotation marks that the parser hung on a quoted verb tells no act; it does not take the
    quotation's subject (toolkit/nlp/quoted_hosts.py)."""

    def test_speaking_before_a_quotation(self, nlp, tmp_path):
        text = ('Speaking to NBC News, she said, "His fellow journalists did their best that so no one could push '
                'this under the carpet."')
        events = _events(nlp, tmp_path, text, dt.date(2019, 9, 29))
        assert not [r for r in records_headed_by(events, "speak") if r["subject"] == "his fellow journalists"]

    def test_control_a_participle_after_the_quotation(self, nlp, tmp_path):
        text = ('Sanders said in his live stream, "I do not make this decision lightly", calling it a "difficult and '
                'painful decision".')
        events = _events(nlp, tmp_path, text, dt.date(2020, 4, 10))
        assert [r["subject"] for r in records_headed_by(events, "call")] == ["Sanders"]

    def test_control_a_participle_on_a_narrated_verb(self, nlp, tmp_path):
        text = "Fearing a flood, the villagers left their homes on Monday."
        events = _events(nlp, tmp_path, text, dt.date(2019, 9, 29))
        assert [r["subject"] for r in records_headed_by(events, "leave")] == ["the villagers"]
