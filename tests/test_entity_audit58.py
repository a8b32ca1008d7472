"""Entity rules after the audit of ten Wikinews articles (round ``entities58``, ``bench/audit/entities58.tsv``,
the gold ``tests/data/gold/wikinews-entities-dev11``): a chamber's "House of" read as an officer's title ("the House
of Commons Library" cut to a person "Commons Library").

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5 Wikinews contributors), with controls.
"""

from __future__ import annotations

from conftest import entity_table, ents_of, label_rows

# Wikinews, 2019-08-29, Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline
_LIBRARY = ("During prorogation, the members of parliament may not officially debate or work on laws or policies. "
            "According to the House of Commons Library, in the past few decades most prorogations have been for at "
            "most two weeks.")


class TestChambersAreNoTitles:
    """"the House of Commons Library": the model saw the body whole, but "House" is a title word ("House Speaker")
    and the title cut left "Commons Library" as a person's name. A chamber's word followed by "of" opens the
    chamber's name; no officer's title goes on with "of" after "House" or "Senate"."""

    def test_the_library_is_a_body(self, nlp):
        rows = label_rows(entity_table(nlp, _LIBRARY))
        assert rows.get("House of Commons Library") == "ORG" and "Commons Library" not in rows

    def test_a_title_before_a_name_is_still_cut(self, nlp):
        ents = ents_of(nlp, "Secretary of State Mike Pompeo said on Monday that House Speaker Nancy Pelosi was "
                            "wrong.")
        assert ("Mike Pompeo", "PERSON") in ents and ("Nancy Pelosi", "PERSON") in ents
