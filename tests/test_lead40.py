"""The lead's rules of session 40: a surname alone the model left untagged, after the person's full name
(``surname_runs.surnames_named_before``), and a pronoun's binding domain that stops at a clause joined by "and"
with a subject of its own (``binding.names_governed``).

The sentences are from Wikinews articles, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org", with
invented controls.
"""

from __future__ import annotations

import datetime as dt

from conftest import ents_of, events_of, rows_with_verb

# Wikinews, 2019-01-04, Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in
_PELOSI = ("Nancy Pelosi yesterday resumed the office of Speaker of the House, being voted into the position by the "
           "incoming 116th United States Congress. President Donald Trump congratulated Pelosi, saying, \"hopefully "
           "we're going to have a lot of things that we can get done together.\"")

# Wikinews, 2019-05-16, Actor Doris Day dies at 97
_DAY = ("US singer, actor, and animal rights advocate Doris Day died on Monday at her home in Carmel Valley, "
        "California. Day made many studio albums, was awarded the Presidential Medal of Freedom, and rescued animals "
        "from Hurricane Katrina.\n\nDay's animal foundation said she had been in otherwise \"excellent physical health "
        "for her age\" but had recently had pneumonia.")


def _people(nlp, text: str) -> list[str]:
    return [name for name, label in ents_of(nlp, text) if label == "PERSON"]


class TestSurnamesNamedBefore:
    """The surname alone, untagged by the model where the text comes back to a person it named in full, is that
    person: a mention of its own (the event's object, the quotation's speaker)."""

    def test_the_object_is_the_person(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(_PELOSI, dt.date(2019, 1, 4), "pelosi", nlp=nlp, folder=tmp_path),
                              "congratulate")
        assert list(rows["object"]) == ["Nancy Pelosi"]

    def test_the_surname_is_a_mention(self, nlp):
        assert _people(nlp, _PELOSI).count("Pelosi") == 1

    def test_an_owner_is_left(self, quotes_of):
        # "Day's animal foundation said …": the foundation speaks, not the singer its name is owned by
        quotes = quotes_of(_DAY)
        assert [speaker for text, speaker in quotes if text.startswith("excellent")] != ["Doris Day"]

    def test_a_surname_that_is_an_english_word_is_a_mention(self, nlp):
        assert "Day" in _people(nlp, _DAY)

    def test_no_full_name_before(self, nlp):
        people = _people(nlp, "Republicans congratulated Pelosi after the vote. Later, Nancy Pelosi thanked them.")
        assert people.count("Pelosi") <= 1  # (the model's own tag, if any: no rule adds one without the full name)

    def test_one_person_of_the_surname(self, nlp):
        from toolkit.nlp.surname_runs import surnames_named_before

        doc = nlp("Doris Day sang at the festival in 1950. The producers thanked Day for the song.")
        assert [span.text for span in surnames_named_before(doc, set())] == ["Day"]

    def test_two_people_of_one_surname(self, nlp):
        from toolkit.nlp.surname_runs import surnames_named_before

        doc = nlp("Doris Day and Laura Day sang at the festival in 1950. The producers thanked Day for the song.")
        assert surnames_named_before(doc, set()) == []

    def test_a_longer_name_is_left(self, nlp):
        text = "Doris Day died on Monday. Fans gathered at the Day Spa in Carmel to remember her."
        assert "Day" not in _people(nlp, text) and "Day Spa" not in _people(nlp, text)

    def test_a_word_of_a_names_model_person_is_no_one(self, nlp):
        text = "She installed Red Hat Linux on the server. Later she moved the files to Oracle Linux instead."
        assert "Linux" not in _people(nlp, text)


# Wikinews, 2020-08-31, On the campaign trail in the USA, July 2020
_PATEL = ("The American Solidarity Party nominated teacher Brian Carroll for president and high school teacher Amar "
          "Patel for vice president.\n\nPatel spoke with Wikinews about the campaign. He discussed how he became the "
          "vice presidential nominee of the Solidarity Party, what he sees as his duties and responsibilities as "
          "Carroll's running mate, and why voters should consider voting for the Carroll/Patel ticket.")


class TestBindingStopsAtJoinedClauses:
    """A pronoun subject does not govern a name in a clause joined to its own by "and" with a subject of its own:
    "He discussed …, and why voters should consider voting for the Carroll/Patel ticket" leaves he free to be
    Patel, the subject of the sentence before."""

    def test_the_pronoun_goes_on_with_the_subject_before(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(_PATEL, dt.date(2020, 8, 31), "patel", nlp=nlp, folder=tmp_path), "discuss")
        assert list(rows["subject"]) == ["Amar Patel"]

    def test_a_name_in_the_pronouns_own_clause_is_still_governed(self, nlp):
        from toolkit.nlp.binding import _clause_of_its_own

        doc = nlp("He traveled to Florida and met with Devocht.")
        assert not any(_clause_of_its_own(token) for token in doc)  # (a verb joined without a subject of its own)
        doc = nlp(_PATEL.split("\n\n")[1])
        joined = [token.text for token in doc if _clause_of_its_own(token)]
        assert "consider" in joined and "discussed" not in joined and "voting" not in joined
