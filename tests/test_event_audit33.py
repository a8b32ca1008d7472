"""Round events33: rules from an audit of eight White House press pages (bench/audit/events33.tsv).

"Democrats aren't just ignoring the fallout they've unleashed, they're celebrating it …": a "they" inside the
clause of a verb with a plural subject (here in a relative clause of its object) stands for that subject, not
for a plural named sentences before; and a verb of saying with a thing said for its object ("celebrating it")
frames no reported words, so the clause before it keeps its subject for the "they". "Vehicle theft … is more
than three times the national average — ranking it among the most dangerous cities in the world": a participle
of ranking after a clause with a thing for subject tells the standing the figure gives, no act. "More than half of
all violent crime in the U.S. goes unreported": "go" with a participle of "un-" links, it tells no movement.
"… chronic disease, including reduced testosterone levels in boys, increased inflammation, altered kidney and liver
function, and …": a participle opening a middle item of a list of nouns modifies it.

Real sentences of the White House texts (public domain), in /work/shared/corpora/whitehouse-2025.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

SHUTDOWN = dt.date(2025, 10, 22)
DC_CRIME = dt.date(2025, 8, 11)

FALLOUT = ("As Democrats gleefully wield the suffering of Americans as a weapon in their demented political games, "
           "they’ve plunged the nation into chaos. More than a million federal employees aren’t getting paid, "
           "Americans are facing excruciating delays at airports, food stamp funding is drying up, small businesses "
           "are teetering on collapse, and tourists are shut out of their nation’s capital.\n\n"
           "*Democrats aren’t just ignoring the fallout they’ve unleashed, they’re celebrating it as they attempt to "
           "appease their Radical Left base. Their own words expose their depravity:*\n")

THEFT = ("Vehicle theft in Washington, D.C. is more than three times the national average — ranking it among the "
         "most dangerous cities in the world.\n")

# (another White House page, 2025-08-11: the same figure told with a comma)
THEFT_FACT_SHEET = ("Vehicle theft in the District is over three times the national average, at 842.4 thefts per "
                    "100,000 residents, ranking it among the most dangerous cities globally.\n")


def _subject_of(events, verb: str) -> str:
    return events.loc[events["verb"] == verb, "subject"].iloc[0]


class TestTheyInsideItsClause:
    """"ignoring the fallout they've unleashed": the "they" of the relative clause is the Democrats who ignore."""

    def test_democrats_unleashed(self, nlp, tmp_path):
        events = events_of(FALLOUT, SHUTDOWN, "fallout", nlp=nlp, folder=tmp_path)
        assert _subject_of(events, "unleash") == "Democrats"

    def test_plural_of_the_list_before_untouched(self, nlp, tmp_path):
        events = events_of(FALLOUT, SHUTDOWN, "fallout", nlp=nlp, folder=tmp_path)
        assert _subject_of(events, "teeter") == "small businesses"
        assert _subject_of(events, "plunge") == "Democrats"

    def test_absolute_phrase_is_no_clause(self, nlp, tmp_path):
        # (a White House message, 2026-06-06: "German soldiers hurling fire …" is an absolute phrase; "they" are
        # the Rangers of the main clause)
        text = ("At Pointe du Hoc, more than 225 United States Army Rangers scaled 100 feet of sheer rock face by "
                "rope and ladder, German soldiers hurling fire down upon them from above, fighting for every inch "
                "of cliff until they reached the top and silenced the guns threatening the invasion force below.\n")
        events = events_of(text, dt.date(2026, 6, 6), "rangers", nlp=nlp, folder=tmp_path)
        assert _subject_of(events, "reach") == "United States Army Rangers"

    def test_guard_imports(self):
        from toolkit.nlp.pronoun_antecedents import _governs

        assert callable(_governs)


class TestSayingVerbWithAnObject:
    """"they're celebrating it as …": a verb of saying with a pronoun for object frames nothing, so the clause
    set before it ("Democrats aren't just ignoring …") gives its "they" its subject."""

    def test_democrats_celebrate(self, nlp, tmp_path):
        events = events_of(FALLOUT, SHUTDOWN, "fallout", nlp=nlp, folder=tmp_path)
        assert _subject_of(events, "celebrate") == "Democrats"
        assert _subject_of(events, "ignore") == "Democrats"

    def test_says_a_thing(self, nlp):
        from toolkit.nlp.pronoun_antecedents import _says_a_thing

        doc = nlp("They celebrated it. They said the vote was fair.")
        celebrated = next(t for t in doc if t.lower_ == "celebrated")
        said = next(t for t in doc if t.lower_ == "said")
        assert _says_a_thing(celebrated)
        assert not _says_a_thing(said)


class TestParticipleOfRanking:
    """"— ranking it among the most dangerous cities": the standing the figure gives, no act of the theft."""

    def test_theft_ranks_nothing(self, nlp, tmp_path):
        events = events_of(THEFT, DC_CRIME, "theft", nlp=nlp, folder=tmp_path)
        assert "rank" not in set(events["verb"])

    def test_fact_sheet_theft_ranks_nothing(self, nlp, tmp_path):
        events = events_of(THEFT_FACT_SHEET, DC_CRIME, "theft2", nlp=nlp, folder=tmp_path)
        assert "rank" not in set(events["verb"])

    def test_people_ranking_act(self, nlp, tmp_path):
        # (the same form with people for subject: the judges rank)
        text = "The judges met on Friday, ranking the entries by their scores.\n"
        events = events_of(text, DC_CRIME, "judges", nlp=nlp, folder=tmp_path)
        assert "rank" in set(events["verb"])


UNREPORTED = "More than half of all violent crime in the U.S. goes unreported in the first place.\n"


class TestGoesUndone:
    """"goes unreported": "go" links the crime to what was not done to it; no movement, no row "go"."""

    def test_crime_goes_nowhere(self, nlp, tmp_path):
        events = events_of(UNREPORTED, DC_CRIME, "unreported", nlp=nlp, folder=tmp_path)
        assert "go" not in set(events["verb"])

    def test_went_missing_stays(self, nlp, tmp_path):
        # (no "un-": a change that happened to the subject)
        text = "The boy went missing on Friday.\n"
        events = events_of(text, DC_CRIME, "missing", nlp=nlp, folder=tmp_path)
        assert list(events["verb"]) == ["go"]

    def test_set_phrase(self, nlp):
        from toolkit.nlp.formulas import set_phrase

        # (Wikinews, CC BY 2.5: "Brother of murdered Pakistani social media star sentenced to life")
        doc = nlp("Until recently, Pakistani law allowed the perpetrators of honor killings to go unpunished if "
                  "forgiven by the victim's family.")
        go = next(t for t in doc if t.lower_ == "go")
        assert set_phrase(go)


STUDIES = ("Recent studies of CDC’s National Health and Nutrition Examination Surveys have found significant "
           "associations between low levels of fluoride and various indicators of chronic disease, including reduced "
           "testosterone levels in boys, increased inflammation, altered kidney and liver function, and increased "
           "sleep problems.\n")
FLUORIDE = dt.date(2025, 4, 8)


class TestParticipleInsideNounList:
    """"…, increased inflammation, altered kidney and liver function, and …": a middle item of a list of nouns
    that opens with a participle; the studies altered nothing."""

    def test_studies_alter_nothing(self, nlp, tmp_path):
        events = events_of(STUDIES, FLUORIDE, "studies", nlp=nlp, folder=tmp_path)
        assert list(events["verb"]) == ["find"]

    def test_series_of_acts_stays(self, nlp, tmp_path):
        # (the Inaugural Address, 2025-01-20: a series of acts with no "and" until the last; "braved untold dangers"
        # is followed by another act, not by a noun's item)
        text = ("Americans pushed thousands of miles through a rugged land of untamed wilderness. They crossed "
                "deserts, scaled mountains, braved untold dangers, won "
                "the Wild West, ended slavery, rescued millions from tyranny, lifted billions from poverty, harnessed "
                "electricity, split the atom, launched mankind into the heavens, and put the universe of human "
                "knowledge into the palm of the human hand.\n")
        events = events_of(text, dt.date(2025, 1, 20), "ancestors", nlp=nlp, folder=tmp_path)
        assert "brave" in set(events["verb"])

    def test_verb_after_a_closed_list_stays(self, nlp):
        from toolkit.nlp.noun_lists import closes_noun_list

        # (a verb conjunct after an object that is no open list: a second act)
        doc = nlp("The police seized the weapons, arrested three men, and closed the road.")
        arrested = next(t for t in doc if t.lower_ == "arrested")
        assert not closes_noun_list(arrested)
