"""Event dates read from the errors of the event dev golds (round ``ev38``): the day a narration goes on telling.

The sentences are Wikinews articles of 2019–2020 (Notre-Dame on fire, Wiranto stabbed, Puerto Rico's governor sworn
in, Navalny airlifted, a New Hampshire crash, Greta Thunberg, Doris Day's death, the Turpins sentenced, the Holy
Headdress of Cahors): Wikinews, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org". Each class asserts a
property of the extraction on a real sentence of the event dev golds' texts (``wikinews-events-dev7`` to ``-dev12``),
with a control where the rule could overreach (toolkit/nlp/clause_dates.py).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

# Wikinews, 2019-04-16: Notre-Dame in Paris catches fire.
NOTRE_DAME = ("Tuesday, April 16, 2019\n\nThe roof of Notre Dame cathedral in French capital Paris caught fire "
              "yesterday. The spire and at least part of the roof, and at least part of the wooden frame, collapsed. "
              "According to officials, the two bell towers were saved.\n")
# Wikinews, 2019-10-11: Indonesian security minister Wiranto stabbed.
WIRANTO = ("Friday, October 11, 2019\n\nYesterday, Indonesia's security minister Wiranto was stabbed, according to "
           "government authorities. Wiranto, who was visiting the town of Pandeglang in the province of Banten, "
           "survived the attack.\n\nWiranto suffered \"two deep wounds\" in the attack according to a hospital "
           "spokesperson. The local police chief and two others were also injured.\n")
# Wikinews, 2019-05-16: Actor Doris Day dies at 97.
DORIS_DAY = ("Thursday, May 16, 2019\n\nUS singer, actor, and animal rights advocate Doris Day died on Monday at her "
             "home in Carmel Valley, California. Day made many studio albums, was awarded the Presidential Medal of "
             "Freedom, and rescued animals from Hurricane Katrina.\n")
# Wikinews, 2019-04-20: California court sentences parents who held children captive.
TURPINS = ("Saturday, April 20, 2019\n\nYesterday in California's Riverside County criminal court, Judge Bernard "
           "Schwartz sentenced David and Louise Turpin to life in prison for torturing all but the youngest of their "
           "thirteen children.\n\nAs revealed at trial, the Turpins had kept their children indoors for years and "
           "rarely allowed them outside the family home, located 70 miles (112 km) south of Los Angeles. The "
           "children were banned from washing more often than once a year and could not use the toilet.\n")
# Wikinews, 2019-05-03: Holy Headdress of Christ carried in procession in Cahors.
CAHORS = ("As part of the celebration of 900 years of the Cahors Cathedral in Cahors, France, celebration ongoing "
          "through April, a precious relic was carried in procession through the streets of the city on Saturday, "
          "April 27: the Holy Headdress of Christ.\n\nThe Holy Headdress is recognized by tradition as the veil that "
          "covered the head of Jesus when he was buried. By one tradition, Charlemagne brought back the relic of "
          "Jerusalem and offered it to the diocese of Cahors.\n")
# Wikinews, 2020-06-28: Neanderthals knew what they were doing when making bone tools, study finds.
PUBLISHED = ("The research was published on May 8 in Nature's Scientific Reports journal.\n\nDr Martisius and her team "
             "used five bone tools discovered from Neanderthals' sites in southwest France for this research.\n")
# Wikinews, 2019-01-06: Senator Ted Cruz proposes amendment to U.S. Constitution for Congressional term limits.
TERMS = ("On Thursday, former United States presidential candidate Senator Ted Cruz and fellow Republican "
         "Representative Francis Rooney proposed to set lifetime limits for service in the Senate and House through "
         "amendment to the Constitution of the United States of America. The U.S. Constitution originally did not "
         "limit the number of presidential terms. Only President Franklin Delano Roosevelt, who led the country "
         "during the Second World War, served more than two.\n")
# Wikinews, 2019-08-04: Puerto Rico's governor Rosselló resigns, new governor sworn in.
CONFIRMED = ("Earlier on Friday, the commonwealth's House of Representatives confirmed him, but the Senate had not "
             "confirmed him.\n")
# Wikinews, 2020-08-22: Russia's Navalny airlifted to Germany.
FELL_ILL = "On Thursday, Navalny was flying from Tomsk in Siberia headed for Moscow when he fell ill.\n"
# Wikinews, 2019-06-24: New Hampshire crash kills seven motorcyclists.
COLLIDED = ("On Friday, on Route 2 in Randolph, New Hampshire, United States, a pickup truck and a group of ten "
            "motorcycles collided, the truck catching fire in the process.\n")
# Wikinews, 2019-12-14: Greta Thunberg named 2019 Time Person of the Year (in tests/test_ev36b.py for "That September").
FIRST_DAY = ("On Wednesday, Time magazine announced its selection of climate change activist Greta Thunberg as "
             "their 2019 \"Person of the Year\".\n\nThunberg began her climate protest on August 20, 2018, at the age "
             "of fifteen, outside of the Swedish Parliament, instead of attending school. She protested alone on the "
             "first day, but thousands of Swedes eventually joined the protest.\n")


# Wikinews, 2019-04-08: 540 million private Facebook user records found exposed on Amazon cloud servers.
EMAILED = ("On January 28, UpGuard reportedly emailed Amazon Web Services informing them of the situation.\n")
# Wikinews, 2019-03-17: New Zealand mosque shootings.
RELEASED = ("Brenton also allegedly released an anti-Muslim document online, outlining political motivation, prior to "
            "the murders.\n")


def _dates(events, verb) -> list:
    return [None if not isinstance(d, str) else d for d in events[events["verb"] == verb]["date"]]


class TestParagraphDay:
    """A paragraph that opens on a day goes on telling that day in the simple past until another time is named."""

    def test_collapsed_and_saved_yesterday(self, nlp, tmp_path):
        events = events_of(NOTRE_DAME, dt.date(2019, 4, 16), "notre", nlp=nlp, folder=tmp_path)
        assert _dates(events, "collapse") == ["2019-04-15"]
        assert _dates(events, "save") == ["2019-04-15"]

    def test_the_story_day_runs_into_the_next_paragraph(self, nlp, tmp_path):
        events = events_of(WIRANTO, dt.date(2019, 10, 11), "wiranto", nlp=nlp, folder=tmp_path)
        assert _dates(events, "survive") == ["2019-10-10"]
        assert _dates(events, "suffer") == ["2019-10-10"]
        assert _dates(events, "injure") == ["2019-10-10"]

    def test_control_a_life_after_a_death(self, nlp, tmp_path):
        # an obituary's lead is followed by the life: the albums were not made on the day she died
        events = events_of(DORIS_DAY, dt.date(2019, 5, 16), "doris", nlp=nlp, folder=tmp_path)
        assert _dates(events, "die") == ["2019-05-13"]
        assert _dates(events, "make") == [None]

    def test_control_a_paragraph_opening_on_what_had_been(self, nlp, tmp_path):
        events = events_of(TURPINS, dt.date(2019, 4, 20), "turpins", nlp=nlp, folder=tmp_path)
        assert _dates(events, "sentence") == ["2019-04-19"]
        assert all(d is None for verb in ("keep", "allow", "ban") for d in _dates(events, verb))

    def test_control_a_paragraph_opening_on_what_is(self, nlp, tmp_path):
        events = events_of(CAHORS, dt.date(2019, 5, 3), "cahors", nlp=nlp, folder=tmp_path)
        assert all(d is None for verb in ("bring back", "offer", "cover") for d in _dates(events, verb))

    def test_control_an_adverb_that_leaves_the_day(self, nlp, tmp_path):
        # "originally did not limit …" leaves the day of the proposal, and Roosevelt's terms with it
        events = events_of(TERMS, dt.date(2019, 1, 6), "terms", nlp=nlp, folder=tmp_path)
        assert _dates(events, "propose") == ["2019-01-03"]
        assert all(d is None for verb in ("serve", "lead") for d in _dates(events, verb))

    def test_control_a_day_of_telling(self, nlp, tmp_path):
        # the day a study was published is not the day of what it tells
        events = events_of(PUBLISHED, dt.date(2020, 6, 28), "published", nlp=nlp, folder=tmp_path)
        assert _dates(events, "use") == [None]

    def test_a_time_that_points_back(self, nlp, tmp_path):
        # "on the first day" is the day just told; "eventually joined" is later
        events = events_of(FIRST_DAY, dt.date(2019, 12, 14), "firstday", nlp=nlp, folder=tmp_path)
        assert _dates(events, "protest") == ["2018-08-20"]
        assert _dates(events, "join") == [None]


class TestFrontedTime:
    """A time put before the subject is the whole sentence's, its second clause's too; one after the verb is not."""

    def test_confirmed_but_not_confirmed(self, nlp, tmp_path):
        events = events_of(CONFIRMED, dt.date(2019, 8, 4), "confirmed", nlp=nlp, folder=tmp_path)
        assert _dates(events, "confirm") == ["2019-08-02", "2019-08-02"]

    def test_control_a_second_clause_to_come(self, nlp, tmp_path):
        events = events_of("Earlier on Friday, the House confirmed him, and the Senate may follow.\n",
                           dt.date(2019, 8, 4), "may", nlp=nlp, folder=tmp_path)
        assert _dates(events, "confirm") == ["2019-08-02"]
        assert all(d is None for d in _dates(events, "follow"))

    def test_control_a_time_after_the_verb(self, nlp, tmp_path):
        events = events_of("Smith met the minister in 2021 and spoke to reporters about the talks.\n",
                           dt.date(2024, 5, 2), "met", nlp=nlp, folder=tmp_path)
        assert _dates(events, "meet") == ["2021"]
        assert _dates(events, "speak") == [None]


class TestClauseOfTheMoment:
    """A clause of "when" in the simple past, or an absolute participle set off after its clause, is at one with it."""

    def test_when_he_fell_ill(self, nlp, tmp_path):
        events = events_of(FELL_ILL, dt.date(2020, 8, 22), "ill", nlp=nlp, folder=tmp_path)
        assert _dates(events, "fall") == ["2020-08-20"]

    def test_the_truck_catching_fire(self, nlp, tmp_path):
        events = events_of(COLLIDED, dt.date(2019, 6, 24), "collided", nlp=nlp, folder=tmp_path)
        assert _dates(events, "catch") == ["2019-06-21"]

    def test_control_a_when_clause_to_come(self, nlp, tmp_path):
        events = events_of("On Thursday, officials said the airport will reopen when the storm passes.\n",
                           dt.date(2020, 8, 22), "reopen", nlp=nlp, folder=tmp_path)
        assert all(d is None for d in _dates(events, "pass"))


class TestHearsayParticiple:
    """A participle with no subject of its own that goes on from an act told as hearsay is told as hearsay too."""

    def test_reportedly_emailed_informing(self, nlp, tmp_path):
        events = events_of(EMAILED, dt.date(2019, 4, 8), "emailed", nlp=nlp, folder=tmp_path)
        [inform] = events[events["verb"] == "inform"].to_dict("records")
        assert inform["reported_by"] == "reportedly"

    def test_allegedly_released_outlining(self, nlp, tmp_path):
        events = events_of(RELEASED, dt.date(2019, 3, 17), "released", nlp=nlp, folder=tmp_path)
        rows = events[events["verb"] == "outline"].to_dict("records")
        assert rows and all(r["reported_by"] == "allegedly" for r in rows)

    def test_control_a_participle_of_a_fact(self, nlp, tmp_path):
        events = events_of("On January 28, UpGuard emailed Amazon Web Services informing them of the situation.\n",
                           dt.date(2019, 4, 8), "fact", nlp=nlp, folder=tmp_path)
        [inform] = events[events["verb"] == "inform"].to_dict("records")
        assert not isinstance(inform["reported_by"], str)
