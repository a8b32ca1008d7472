"""Speaker rules of round ``speakers30``: a person's given name as the weakest evidence of the person's sex, and a
"he" that goes on with its topic teaches nothing of a name in passing.

Found on the dev gold ``wikinews-dev`` with NER weights that shift the entities a little (as unseen news does): the
resolver skipped a person of the other sex only where the text showed that person's sex, so "The mother said …"
went to the judge, Bernard Schwartz, and "She explained, …" to Mohammad bin Salman, whose sexes the texts never
show. Now, last and only where the text shows nothing, a given name that the 1990 US census shows borne almost
only by one sex gives it (:mod:`toolkit.nlp.given_names`); and "He entered the consulate …, seeking documents
allowing him to marry Turkish national Hatice Cengiz. He never came out." no longer makes Hatice Cengiz a man
(:mod:`toolkit.nlp.pronoun_sexes`).

The passages are real paragraphs from Wikinews (CC BY 2.5, Wikinews contributors, en.wikinews.org), the articles
named above each one; a control sentence about the novelist Evelyn Waugh is written for the test.
"""

from __future__ import annotations

import pytest

from conftest import speaker_of
from toolkit.nlp.entities import EntityIndex, mentions, repair_entities
from toolkit.nlp.given_names import sex_of_full_name, sex_of_given_name
from toolkit.nlp.lookups import sentence_starts
from toolkit.nlp.pronoun_sexes import sexes_by_pronoun
from toolkit.nlp.person_resolver import PersonResolver


# wn_2019-04-20_California-court-sentences-parents-who-kept-their-children-in-captivity
_SENTENCED = ("Yesterday in California's Riverside County criminal court, Judge Bernard Schwartz sentenced David and "
              "Louise Turpin to life in prison for torturing all but the youngest of their thirteen children.")
_JUDGE = ('The judge presiding over the case, Bernard Schwartz, said, "You have severed the ability to interact and '
          'raise your children that you have created and brought into this world." Schwartz went on to say he was '
          'not giving them the longest possible sentence because they had "accepted responsibility at an early stage '
          'in the proceeding" by pleading guilty to fourteen felony charges each and "spared your children having to '
          'relive the humiliation and the harm they endured in that house of horrors."')
_CHARGES = ("Specifically, both parents faced twelve counts of torture and false imprisonment, nine counts of child "
            "abuse, and seven counts of cruelty to a dependent adult. David Turpin, alone, was also charged with making "
            "false statements for the purpose of obtaining a home schooling license.")
_MOTHER = ('The mother said "I really look forward to the day I can see them, hug them and tell them I\'m sorry."')
# wn_2019-09-29_Fianc-e-of-murdered-Saudi-journalist-demands-justice-at-UN-General-Assembly
_KHASHOGGI = ("Jamal Khashoggi, a Saudi national, was a columnist for The Washington Post, and he lived in self-imposed "
              "exile in Virginia as a legal resident of the United States. He entered the consulate in Istanbul on "
              "October 2 2018, seeking documents allowing him to marry Turkish national Hatice Cengiz. He never came "
              "out.")


def _resolver(nlp, text: str) -> PersonResolver:
    doc = repair_entities(nlp(text))
    return PersonResolver(doc, EntityIndex.from_mentions(list(mentions(doc))), set())


class TestGivenNames:
    """The census table: only names borne almost only by one sex give one."""

    def test_names_of_one_sex(self):
        assert sex_of_given_name("Louise") == "f" and sex_of_given_name("LOUISE") == "f"
        assert sex_of_given_name("Bernard") == "m" and sex_of_given_name("David") == "m"

    def test_names_both_sexes_bear_give_nothing(self):
        for name in ("Jordan", "Kim", "Jean", "Andrea", "Leslie", "Robin"):
            assert sex_of_given_name(name) is None, name

    def test_names_too_rare_or_unlisted_give_nothing(self):
        # "Darcy": 0.012 % of US women, unlisted for men (whose list stops at 0.004 %): up to a quarter may be men
        for name in ("Darcy", "Mohammad", "Hatice", "Volodymyr", "J."):
            assert sex_of_given_name(name) is None, name

    def test_a_single_word_may_be_a_surname(self):
        assert sex_of_full_name("Bernard") is None
        assert sex_of_full_name("Bernard Schwartz") == "m" and sex_of_full_name("Louise Turpin") == "f"


class TestTheMotherIsNotTheJudge:
    """"The mother said …" after a story naming the judge and both parents: the judge's and the father's given
    names are men's, the mother's a woman's."""

    def test_after_the_lead(self, quotes_of):
        quotes = quotes_of(_SENTENCED + "\n\n" + _MOTHER)
        assert speaker_of(quotes, "I really look forward") == "Louise Turpin"  # not Bernard Schwartz

    def test_after_the_judge_and_the_father_were_subjects(self, quotes_of):
        quotes = quotes_of("\n\n".join([_SENTENCED, _JUDGE, _CHARGES, _MOTHER]))
        assert speaker_of(quotes, "You have severed") == "Bernard Schwartz"
        assert speaker_of(quotes, "I really look forward") == "Louise Turpin"  # not David Turpin

    def test_the_names_sexes_come_last(self, nlp):
        gender = _resolver(nlp, _SENTENCED).gender
        assert gender.get("Bernard Schwartz") == "m" and gender.get("Louise Turpin") == "f"


class TestTheTextWins:
    """A sex the text shows is kept whatever the name's census says; ambiguous names get none."""

    def test_a_he_after_a_womans_given_name(self, nlp):
        # "Evelyn": 98.8 % of US bearers women; the novelist is a man, as the "He" after his sentence says
        gender = _resolver(nlp, "Evelyn Waugh published Brideshead Revisited in 1945. He had served in the war.").gender
        assert gender.get("Evelyn Waugh") == "m"

    def test_a_courtesy_title(self, nlp):
        gender = _resolver(nlp, "Ms. Bernard Smith opened the hearing on Monday.").gender
        assert "m" not in {gender.get(name) for name in gender if name.endswith("Smith")}

    def test_an_ambiguous_given_name(self, nlp):
        gender = _resolver(nlp, "Jordan Henderson scored twice for Liverpool on Saturday.").gender
        assert "Jordan Henderson" not in gender


class TestAHeGoingOnWithItsTopic:
    """A "he" that is the main clause's subject in two sentences running goes on with its topic: a name the first of
    them gives in passing learns no sex from the second (pronoun_sexes.sexes_by_pronoun)."""

    @staticmethod
    def _sexes(nlp, people: dict[int, str]) -> dict[str, str]:
        doc = nlp(_KHASHOGGI)
        starts = sentence_starts(doc)
        # the names by sentence, as NER weights that find them give them (the stock model misses Cengiz here)
        return sexes_by_pronoun(doc, {starts[k]: {name} for k, name in people.items()}, starts)

    def test_a_name_in_passing_is_not_the_he(self, nlp):
        assert "Hatice Cengiz" not in self._sexes(nlp, {0: "Jamal Khashoggi", 1: "Hatice Cengiz"})

    def test_a_he_of_a_conjunct_clause_does_not_hold_the_topic(self, nlp):
        # "…, and he lived in exile …. He entered …": the sentence before names Khashoggi alone; its "he" is his
        assert self._sexes(nlp, {0: "Jamal Khashoggi"}) == {"Jamal Khashoggi": "m"}


class TestALoneSurnameOfTheSet:
    """In a set whose other documents name another bearer of the surname, the index leaves a lone "Johnson"
    untied to the document's "Boris Johnson": it takes that full name's sex (a "she" after it found Boris
    Johnson, the last speaker, in the Wikinews story of Anne Sacoolas read with 294 others)."""

    def test_the_surname_takes_the_full_names_sex(self, nlp):
        # written after wn_2019-10-10_UK-urges-US-to-waive-immunity-for-diplomat-s-wife-involved-in-fatal-collision
        story = ("Prime Minister Boris Johnson spoke to the press in Watford on Monday. He called for a waiver of the "
                 'immunity.\n\nJohnson continued, "And I hope that Anne Sacoolas will come back."')
        other = "Andrew Johnson became president after the assassination of Abraham Lincoln. Johnson was impeached in 1868."
        doc, another = repair_entities(nlp(story)), repair_entities(nlp(other))
        resolver = PersonResolver(doc, EntityIndex.from_mentions(list(mentions(doc)) + list(mentions(another))), set())
        assert "Johnson" in {name for _, name, _, _ in resolver.people}
        assert resolver.gender.get("Johnson") == "m"
