"""A crime story's descriptions of its doer stand for the one person it names as taken up by the law (suspects.py).

"ECB" marks text of the ECB+ corpus's articles (ecb_18_5, ecb_18_7, ecb_22_10, ecb_22_11, ecb_16_6; Cybulska and
Vossen, LREC 2014, CC BY 3.0). The others are written for the tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import records_headed_by, tables_of

# ECB (ecb_18_5), shortened
_ACCOUNTANT = (
    "Gunman kills 1, wounds 2 at accounting office\n\n"
    "An accounting firm employee who was fired last week shot and killed a woman and wounded two men Monday at the "
    "suburban Detroit building where he worked, then led officers on a high-speed chase, police said.\n\n"
    "Anthony LaCalamita III, 38, said nothing after officers surrounded him, Genesee County Sheriff Robert J. "
    "Pickell said.\n\n"
    "LaCalamita was being held on charges of fleeing and eluding police and was expected to be charged Tuesday in "
    "the shooting.\n")


@pytest.fixture(scope="module")
def suspect_of(nlp):
    """The story's suspect as :func:`named_suspect` finds it, for a text."""
    from toolkit.nlp.entities import EntityIndex, mentions, repair_entities
    from toolkit.nlp.parse_mends import mend_parse
    from toolkit.nlp.person_resolver import PersonResolver
    from toolkit.nlp.sentence_spans import Sentences
    from toolkit.nlp.suspects import named_suspect

    def suspect(text: str):
        doc = nlp(text)
        mend_parse(doc)
        doc = repair_entities(doc)
        resolver = PersonResolver(doc, EntityIndex.from_mentions(list(mentions(doc))), set())
        found = named_suspect(doc, resolver.people, Sentences(doc))
        return found[0] if found else None

    return suspect


class TestNamedSuspect:
    """The one person the law takes up: arrested, charged, held on charges, found guilty, identified as the doer."""

    @pytest.mark.parametrize("sentence", [
        "Police arrested Tom Baker on Tuesday.",
        "Tom Baker, 43, is charged with murder for the shooting deaths of two co-workers.",  # ECB (ecb_22_10)
        "Baker, 29, was found guilty by the same jury last month of first-degree murder.",  # ECB (ecb_16_6)
        "Tom Baker was being held on charges of fleeing and eluding police.",  # ECB (ecb_18_5)
        "The gunman was identified as Tom Baker.",
        "Tom Baker pleaded not guilty on Friday.",
    ])
    def test_the_one_taken_up(self, suspect_of, sentence):
        text = "A man shot two people at a store in Ohio on Monday.\n\n" + sentence + "\n"
        assert suspect_of(text).split()[-1] == "Baker"

    @pytest.mark.parametrize("sentence", [
        "Tom Baker was not charged.",
        "The victim was identified as Tom Baker.",
        "Tom Baker was accused of lying to his employer.",
        "Police arrested Tom Baker and later charged Jim Hale with murder.",  # two: no one
    ])
    def test_control_no_one_or_two(self, suspect_of, sentence):
        text = "A man shot two people at a store in Ohio on Monday.\n\n" + sentence + "\n"
        assert suspect_of(text) is None


class TestDescriptionsOfTheSuspect:
    """The lead's description of the doer, and "the gunman" after the name, are the suspect."""

    def test_the_lead_and_the_headline(self, nlp, tmp_path):
        events = tables_of(nlp, _ACCOUNTANT, dt.date(2007, 4, 10), tmp_path).events
        for verb in ("kill", "shoot", "wound", "lead"):
            rows = records_headed_by(events, verb)
            assert rows and all(r["subject"] == "Anthony LaCalamita III" for r in rows), verb

    def test_a_relative_clause_tells_the_harm(self, nlp, tmp_path):
        # ECB (ecb_22_10)
        text = ("Trial Begins for Kraft Shooting Suspect\n\n"
                "The murder trial of a suspended female employee who allegedly shot and killed two co-workers two "
                "years ago starts Monday.\n\n"
                "Yvonne Hiller, 43, is charged with murder for the shooting deaths of two female co-workers in "
                "September 2010.\n")
        events = tables_of(nlp, text, dt.date(2012, 9, 10), tmp_path).events
        rows = records_headed_by(events, "shoot")
        assert rows and rows[0]["subject"] == "Yvonne Hiller"

    def test_the_gunman_after_the_name(self, nlp, tmp_path):
        # ECB (ecb_18_7), shortened
        text = ("Mich. accountant charged with murder in office shootings\n\n"
                "A fired accountant accused of wounding two former bosses in a shotgun attack and killing a "
                "receptionist who tried to stop him was arraigned Wednesday on murder and other charges.\n\n"
                "Anthony LaCalamita III, 38, had been arrested following a high-speed chase a few hours after the "
                "Monday morning shootings at Gordon Advisors in suburban Detroit.\n\n"
                "When receptionist Madeline Kafoury tried to stop him at Riva's door, the gunman fatally shot her in "
                "the midsection, Whiteside said.\n")
        events = tables_of(nlp, text, dt.date(2007, 4, 11), tmp_path).events
        rows = [r for r in records_headed_by(events, "shoot") if "gunman" in r["sentence"]]
        assert len(rows) == 1 and rows[0]["subject"] == "Anthony LaCalamita III"

    def test_control_a_new_doer_after_the_name(self, nlp, tmp_path):
        # ECB (ecb_22_11), shortened: the second shooting is someone else's
        text = ("A disgruntled woman opened fire at a Kraft factory in Philadelphia last night, killing two workers.\n\n"
                "Yvonne Hiller was taken into custody after a standoff with the SWAT team.\n\n"
                "In February, a woman opened fire at the University of Alabama, killing three.\n")
        events = tables_of(nlp, text, dt.date(2010, 9, 10), tmp_path).events
        subjects = {r["sentence"].split()[1]: r["subject"] for r in records_headed_by(events, "open")}
        assert subjects == {"disgruntled": "Yvonne Hiller", "February,": "a woman"}

    def test_control_the_victim_is_not_the_suspect(self, nlp, tmp_path):
        text = ("A woman was stabbed to death in her home on Monday, and a neighbour called police.\n\n"
                "Police arrested Tom Baker, 31, on Tuesday.\n")
        events = tables_of(nlp, text, dt.date(2020, 3, 3), tmp_path).events
        assert all("Baker" not in str(r["subject"]) for r in records_headed_by(events, "call"))
        assert all("Baker" not in str(r["object"]) for r in records_headed_by(events, "stab"))

    def test_control_no_one_taken_up(self, nlp, tmp_path):
        text = ("A gunman killed two people at a bar in Ohio on Monday.\n\n"
                "Tom Baker, the bar's owner, said the gunman fled on foot.\n")
        events = tables_of(nlp, text, dt.date(2020, 3, 3), tmp_path).events
        rows = records_headed_by(events, "kill")
        assert rows and rows[0]["subject"] == "a gunman"
