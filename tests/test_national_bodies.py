"""A country's body named again by its head alone: "the Senate" after "the U.S. Senate".

News names a legislature, a navy or an embassy once with its country ("the U.S. Senate", "the Tunisian
Parliament", "the United States Embassy in Baghdad") and then by its head noun ("the Senate", "a member of
Parliament", "the Embassy"). The set's entity table should hold one row for it. The head alone is that body
only where the document named it in full first and the set has no other country's body of that head: in a
story about Puerto Rico's governor, "the Senate" is the island's from the first paragraph on, and a later
aside on "the U.S. Senate" does not make it the federal one.

Real sentences of Wikinews articles (text CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
/work/shared/corpora/wikinews-2019-2020: the House's vote on sending the articles of impeachment, 2020-01-15;
the Tunisian face-veil decree, 2019-07-08; Puerto Rico's new governor, 2019-08-04).
"""

from __future__ import annotations

from conftest import entity_index

IMPEACHMENT = ("Yesterday, United States House of Representatives Speaker Nancy Pelosi confirmed a vote will be held "
               "today to decide whether to submit two articles of impeachment, passed against President Donald "
               "Trump, to the U.S. Senate.\n\n"
               "Mitch McConnell, the Senate Majority Leader, has indicated the trial could possibly commence on "
               "Tuesday, January 21, subject to agreement on the procedures to be followed.\n")

TUNISIA = ("A member of the Tunisian Parliament, Samir Dilou said, \"Tunisia is facing terrorist attacks, so every "
           "measure which is led by security motives is understandable\". Souhail Alouini, a member of Parliament, "
           "said, \"We proposed a bill in 2016 about this subject and it has still not been debated.\"\n")

PUERTO_RICO = ("Earlier on Friday, the commonwealth's House of Representatives confirmed him, but the Senate had not "
               "confirmed him. Senate President Thomas Rivera Schatz expressed opposition to the swearing-in of "
               "Pierluisi, and suggested there were not enough votes in the Senate for his confirmation.\n\n"
               "Pierluisi is the former Puerto Rican non-voting delegate to the U.S. House of Representatives. While "
               "Puerto Rico is a commonwealth of the United States, it is not a state and does not get representation "
               "in the U.S. Senate, a vote in the U.S. House, nor any vote in the U.S. Electoral College.\n")


class TestNationalBodyByHead:
    """The head alone joins the country's body named in full before it, and only then."""

    def test_senate_is_the_us_senate(self, nlp):
        index = entity_index(nlp, IMPEACHMENT)
        assert index.canonical("Senate", "ORG") == index.canonical("U.S. Senate", "ORG") == "U.S. Senate"

    def test_parliament_by_the_country_adjective(self, nlp):
        index = entity_index(nlp, TUNISIA)
        assert index.canonical("Parliament", "ORG") == index.canonical("Tunisian Parliament", "ORG")

    def test_the_senate_named_first_stays_apart(self, nlp):
        index = entity_index(nlp, PUERTO_RICO)
        senate = index.canonical("Senate", "ORG")
        assert senate is not None and senate != index.canonical("U.S. Senate", "ORG")

    def test_two_countries_bodies_leave_the_head_alone(self, nlp):
        index = entity_index(nlp, "The Texas Senate met. The U.S. Senate did not. Later the Senate adjourned.")
        assert index.canonical("Senate", "ORG") not in ("Texas Senate", "U.S. Senate")
