"""The lead's rules of session 41: a body's name after its kind noun runs on over its "of" tail
(``missed.named_by_kind`` with ``peoples_bodies.of_tail_end``).

The sentences are from Wikinews articles, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org", with
invented controls.
"""

from __future__ import annotations

from conftest import entity_table, ents_of, label_rows

# Wikinews, 2020-10-22, Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng
_TSENG = ("Tseng also formed Chinese Precinct Chamber of Commerce, an organisation responsible for many community "
          "initiatives.\n\nI also founded the non-profit organisation Chinese Precinct Chamber of Commerce which was "
          "responsible for a lot of Australia first Chinese and Australia community bond building initiatives.")


class TestBodiesAfterKindNouns:
    """"the organisation X Chamber of Commerce": the name the kind noun announces is the whole name, its "of" tail
    included, as where no kind noun stands before it; one row for the body, not a second cut before "of"."""

    def test_the_tail_belongs_to_the_name(self, nlp):
        names = [name for name, label in ents_of(nlp, _TSENG.split("\n\n")[1]) if label == "ORG"]
        assert names == ["Chinese Precinct Chamber of Commerce"]

    def test_one_row_for_the_body(self, nlp):
        rows = label_rows(entity_table(nlp, _TSENG))
        assert [name for name in rows if "Chamber" in name] == ["Chinese Precinct Chamber of Commerce"]

    def test_an_invented_charity(self, nlp):
        assert ("Marine Conservation Society of Wales", "ORG") in ents_of(
            nlp, "He joined the charity Marine Conservation Society of Wales last year.")

    def test_no_tail_after_a_name_without_a_head(self, nlp):
        # "Oxfam" ends on no head word of bodies: "of course" is no part of it
        assert not any("course" in name for name, _ in ents_of(nlp, "She works for the charity Oxfam of course."))


class TestOfficesAtLinkingSyllables:
    """A name joined by a linking syllable runs on ("Faruk-e-Azam", round wire41), but an office's compound of the same
    shape is no name: "Command-in-Chief" ends in a title's word. (GUM, CC BY 4.0: the Emperor Norton biography.)"""

    def test_an_office_is_not_run_on(self, nlp):
        text = ("NOW, THEREFORE, we do hereby Order and Direct Major-General Scott, the Command-in-Chief of our Armies, "
                "immediately upon receipt of this, our Decree, to proceed with a suitable force.")
        assert not any("Chief" in name for name, _ in ents_of(nlp, text))

    def test_a_place_joined_by_a_syllable_stays_whole(self, nlp):
        assert ("Stoke-on-Trent", "GPE") in ents_of(nlp, "She moved to Stoke-on-Trent in 2010.")


# Wikinews, 2020-10-29, On the campaign trail in the USA, September 2020
_JORGENSEN = ("Libertarian Party presidential candidate Jo Jorgensen passed a milestone in September, becoming the only "
              "third party candidate in this election to secure ballot access in all states and the District of "
              "Columbia.")


class TestDescriptionsOfTheSubject:
    """A description a clause says of its own subject ("becoming the only third party candidate … to …") is the act's
    object as written, never the subject's own name again."""

    def test_the_object_is_the_description(self, nlp, tmp_path):
        import datetime as dt

        from conftest import events_of, rows_with_verb

        rows = rows_with_verb(events_of(_JORGENSEN, dt.date(2020, 10, 29), "jorgensen", nlp=nlp, folder=tmp_path),
                              "become")
        assert len(rows) == 1
        assert rows.iloc[0]["subject"] == "Jo Jorgensen"
        assert rows.iloc[0]["object"] != "Jo Jorgensen" and "candidate" in rows.iloc[0]["object"]
