"""Event rules of round events7: structural readings of the dependency parse, each checked on a real
sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in the validation gold): wn_2020-01-06
Iraqi Parliament votes for expulsion of United States troops (event dev gold 7), wn_2019-10-05 Four
stabbed to death at Paris police headquarters (event dev gold 7), wn_2020-04-14 Iranian
International Master … (an interview), wn_2020-09-03 Former President of India Pranab Mukherjee dies
aged 84, wn_2019-07-28 Puerto Rico governor announces resignation following protests (event dev gold
6), wn_2020-03-04 Argentine president Fernández to send bill legalising abortion to National
Congress (event dev gold 5), wn_2020-03-12 British mathematician Richard K. Guy dies at 103,
wn_2019-09-15 Oil facilities in Saudi Arabia hit by drone attacks, wn_2020-06-23 Three killed, three
others injured in stabbing attack in Reading (event dev gold 2), wn_2020-04-07 US state of Wisconsin
holds 2020 election amidst COVID-19 concerns, wn_2020-06-04 Power firm helicopter strikes cables,
crashes near Fairfield (entity dev gold 3), wn_2020-05-22 Astronomer tells Wikinews …, wn_2020-10-29
On the campaign trail.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of
from toolkit.nlp.circumstances import describes_by_apposition, names_its_source, passes_on_content
from toolkit.nlp.negation import negated
from toolkit.nlp.mistags import foreign_verb

NOT_SET_OFF = (
    "The United States had not, as of yesterday, announced any plans to remove the troops, which are there with an "
    "international coalition to counter the Islamic State (ISIS).\n"
)



class TestNegationOnTheAuxiliary:
    """"had not, as of yesterday, announced": with a phrase set off between "not" and the verb,
    the parser hangs "not" on the auxiliary; it still negates the verb."""

    def test_the_parse_hangs_not_on_the_auxiliary(self, nlp):
        doc = nlp(NOT_SET_OFF)
        announced = next(t for t in doc if t.text == "announced")
        assert not any(c.dep_ == "neg" for c in announced.children)
        assert negated(announced)

    def test_the_event_is_negated(self, nlp, tmp_path):
        events = events_of(NOT_SET_OFF, dt.date(2020, 1, 6), "iraq", nlp=nlp, folder=tmp_path)
        announce = events[events["verb"] == "announce"]
        assert len(announce) == 1 and bool(announce.iloc[0]["negated"])


FRENCH_AFTER_TWEET = (
    "In my name and that of the Parisians, my first thoughts go to the families of the victims and their "
    "relatives.\" ((fr))French language: \u200dParis pleure les siens cet après-midi après cette effroyable attaque "
    "survenue à la @prefpolice. Le bilan est lourd, plusieurs policiers ont perdu la vie. En mon nom et celui des "
    "Parisiens, mes premières pensées vont aux familles des victimes et à leurs proches.\n"
)


class TestPassageInAnotherLanguage:
    """A word the tagger takes for a verb in a passage of French ("les siens", "des victimes") is
    no English event; a misspelt English verb among English words ("manuevered") stays a verb."""

    def test_french_words_are_foreign(self, nlp):
        doc = nlp(FRENCH_AFTER_TWEET)
        for word in ("siens", "victimes"):
            token = next(t for t in doc if t.text == word)
            assert foreign_verb(token)

    def test_no_event_in_the_french_passage(self, nlp, tmp_path):
        events = events_of(FRENCH_AFTER_TWEET, dt.date(2019, 10, 5), "paris", nlp=nlp, folder=tmp_path)
        start = FRENCH_AFTER_TWEET.index("((fr))")
        assert events[events["start"] >= start].empty

    def test_a_foreign_passage_inside_an_english_sentence(self, nlp):
        # wn_2020-03-04 Argentine president Fernández to send bill legalising abortion (event dev gold 5)
        doc = nlp('Saying "there are many abortions despite the criminal threat" ((es))Spanish language: \u200dhay muchos '
                  'abortos pese a la amenaza penal, President Fernández elaborated, "A state that is present must '
                  'protect citizens in general and obviously women in particular."')
        assert foreign_verb(next(t for t in doc if t.text == "abortos"))
        assert not foreign_verb(next(t for t in doc if t.text == "elaborated"))

    def test_a_misspelt_english_verb_is_not_foreign(self, nlp):
        doc = nlp("I strategically manuevered and removed myself from the toxic environment of the Iranian Chess "
                  "Federation and I moved to England.")
        assert not foreign_verb(next(t for t in doc if t.text == "manuevered"))


WHO_ON_APPOSITION = (
    "On Monday, Pranab Mukherjee, a career politician who served as President of India for five years, died.\n"
)


class TestRelativeClauseOnAnApposition:
    """"Pranab Mukherjee, a career politician who served as President …": a relative clause on a
    noun in apposition to a name says who the person is, like the apposition; the news is the
    main clause."""

    def test_the_relative_clause_is_no_event(self, nlp, tmp_path):
        events = events_of(WHO_ON_APPOSITION, dt.date(2020, 9, 3), "mukherjee", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "serve"].empty
        assert not events[events["verb"] == "die"].empty

    def test_another_apposition(self, nlp):
        doc = nlp("Richard Kenneth Guy, a British mathematician who has published over 300 papers in various "
                  "mathematical fields, died on Monday at 103 years of age.")
        assert describes_by_apposition(next(t for t in doc if t.text == "published"))
        assert not describes_by_apposition(next(t for t in doc if t.text == "died"))


CITING_SOURCES = (
    "According to Agence France-Presse, which cited sources close to the investigation, the man had converted to "
    "Islam a year-and-a-half ago. The Daily Telegraph cited a security source that mental health may be a factor in "
    "the attack.\n"
)


class TestCitingTheSource:
    """"Agence France-Presse, which cited sources close to the investigation", "The Daily Telegraph cited a security
    source that …": naming where the information came from attributes it, like "according to";
    citing a reason ("citing the health risks …") is the subject's act."""

    def test_citing_sources_is_no_event(self, nlp, tmp_path):
        events = events_of(CITING_SOURCES, dt.date(2020, 6, 23), "sources", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "cite"].empty
        assert not events[events["verb"] == "convert"].empty

    def test_a_cited_source_and_a_cited_reason(self, nlp):
        doc = nlp("Reuters, citing anonymous sources, reported both production and export of oil had been disrupted.")
        assert names_its_source(next(t for t in doc if t.text == "citing"), "cite")
        doc = nlp("Yesterday, Tony Evers, the governor of Wisconsin, signed an executive order delaying the election "
                  "until June, citing the health risks posed by the COVID-19 pandemic.")
        assert not names_its_source(next(t for t in doc if t.text == "citing"), "cite")


DOUBLE_SURNAME = (
    "Ricardo Rosselló Nevares, Puerto Rico's governor, announced his resignation shortly before midnight Wednesday "
    "night in an internet video broadcast to the U.S. island territory. Rosselló began serving as Puerto Rico's "
    "eleventh governor on January 2, 2017. In addition to stepping down as governor, Rosselló announced he would "
    "resign leadership of the New Progressive Party.\n"
)


class TestDoubleSurname:
    """"Ricardo Rosselló Nevares … Rosselló began …": a name whose last two words are surnames is
    also called by the first of them alone, as Spanish double surnames are; the events of
    "Rosselló" are the governor's, under his full name."""

    def test_the_first_surname_names_the_person(self, nlp, tmp_path):
        events = events_of(DOUBLE_SURNAME, dt.date(2019, 7, 28), "rossello", nlp=nlp, folder=tmp_path)
        acts = events[events["verb"].isin(["begin", "announce"])]
        assert len(acts) >= 2 and set(acts["subject"]) == {"Ricardo Rosselló Nevares"}


INDICATED = "CalFire indicated the injuries were minor. Vesey also indicated equipment is being added to lines.\n"


class TestVerbOfIndication:
    """"CalFire indicated the injuries were minor", "The research suggested HR 6819 was very
    similar to …": a verb of indication with a clause passes on its content, hedged, as "said"
    does, and is no act of its own; a proposal ("suggested supporters fill out …") stays one."""

    def test_indicated_is_no_event(self, nlp, tmp_path):
        events = events_of(INDICATED, dt.date(2020, 6, 4), "calfire", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "indicate"].empty

    def test_suggested_a_state_and_a_proposal(self, nlp):
        doc = nlp("The research suggested HR 6819 was very similar to another system LB-1.")
        assert passes_on_content(next(t for t in doc if t.text == "suggested"), "suggest")
        doc = nlp("He suggested supporters fill out absentee ballots, and then visit their polling places.")
        assert not passes_on_content(next(t for t in doc if t.text == "suggested"), "suggest")


class TestFrontedPhraseBeforeTheSubject:
    """"In findings published on Wednesday in the journal PLOS ONE, an international team of
    scientists report …": after a fronted phrase the parser hangs the subject on that phrase's
    last noun; the verb gets it back."""

    def test_the_subject_is_given_back(self, nlp):
        from toolkit.nlp.misparses import mend_fronted_subjects

        doc = mend_fronted_subjects(nlp(
            "In findings published on Wednesday in the journal PLOS ONE, an international team of scientists report "
            "ancient Egyptians captured sacred ibises from the wild."))
        team = next(t for t in doc if t.text == "team")
        assert team.dep_ == "nsubj" and team.head.text == "report"
