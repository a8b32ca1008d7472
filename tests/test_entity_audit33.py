"""Entity rules after the entity audit (found and labelled) of the rest of the White House text backing Todd
Blanche for Attorney General (round ``entities33``, ``bench/audit/entities33.tsv``): the advocacy groups and the
members of Congress.

Each rule is checked on the audited sentence (White House text: public domain).
"""

from __future__ import annotations

from conftest import ents_of

# ICYMI: Confirm Todd Blanche as Attorney General (2026-07-31), "Advocacy Groups Praise Todd Blanche".
_TABS = ("The American Border Story Executive Director Nicole Kiprilov: “On behalf of The American Border Story "
         "(TABS), and the more than 300 Angel Families we represent across the country, I write to express our "
         "strong support for the confirmation of Todd Blanche to serve as Attorney General of the United States…”")


class TestBodiesBeforeTwoWordTitles:
    """"The American Border Story Executive Director Nicole Kiprilov:": the first word of an officer's two-word
    title ("Executive Director") before a person's name is the title's, not the end of the body's name."""

    def test_the_body_ends_before_the_title(self, nlp):
        ents = ents_of(nlp, _TABS)
        assert ("Nicole Kiprilov", "PERSON") in ents
        assert not any(text.endswith("Executive") for text, _ in ents)
        assert ("American Border Story", "ORG") in ents or ("The American Border Story", "ORG") in ents

    def test_the_name_without_a_title_is_kept(self, nlp):
        ents = ents_of(nlp, _TABS)
        assert sum(1 for text, label in ents if label == "ORG" and text.endswith("American Border Story")) == 2


# "Members of Congress Call for Todd Blanche’s Swift Confirmation".
_GOSAR = ("Rep. Paul Gosar: “Todd Blanche has proven he’s willing 2 restore integrity 2 the DOJ & end the "
          "weaponization of our justice system. The Senate should stop playing politics & confirm him w/out delay. "
          "Americans deserve an Attorney General who enforces the law—not a partisan agenda.”")


class TestNamesCutAtAmpersands:
    """"restore integrity 2 the DOJ & end the weaponization": "&" for "and" before a verb in small letters ends
    the name before it; a name's part after "&" is capitalised."""

    def test_the_acronym_alone(self, nlp):
        ents = ents_of(nlp, _GOSAR)
        assert ("DOJ", "ORG") in ents
        assert not any("&" in text for text, _ in ents)

    def test_a_name_with_an_ampersand_is_kept(self, nlp):
        text = ("American Center for Law & Justice: “On behalf of the American Center for Law and Justice (ACLJ), "
                "we write to express our strong support for the nomination of Todd Blanche as Attorney General of "
                "the United States.”")
        assert ("American Center for Law & Justice", "ORG") in ents_of(nlp, text)


class TestDepartmentFormsBesideAWork:
    """"Maintaining the Department of Justice’s ability to protect Americans …" (WORK_OF_ART to the model) is no
    second long form: "the Justice Department" is still the text's "Department of Justice"."""

    def test_one_department(self, nlp):
        from toolkit.nlp.entities import EntityIndex, mentions, repair_entities

        text = ("Senate Judiciary Committee Chairman Chuck Grassley: “Maintaining the Department of Justice’s ability "
                "to protect Americans from crime and hold criminals accountable is essential for the safety of "
                "American families.”\n\n"
                "Sen. Jim Justice: “@POTUS tapped the right man to lead the Justice Department, and I urge the Senate "
                "to quickly vote to confirm him as our next U.S. Attorney General.”\n\n"
                "Sen. Roger Marshall: “Todd Blanche has wasted no time delivering results at the Department of "
                "Justice.”")
        index = EntityIndex.from_mentions(list(mentions(repair_entities(nlp(text)))))
        assert index.canonical("Justice Department", "ORG") == index.canonical("Department of Justice", "ORG")
