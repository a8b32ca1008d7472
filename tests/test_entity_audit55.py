"""Entity rules after the audit of six Wikinews articles (round ``entities55``, ``bench/audit/entities55.tsv``): a
common noun's plural capitalised because it opens a sentence or a quotation ("Photographs showed the aircraft",
"\"Guardrails can only take so much.\"").

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5 Wikinews contributors), with controls.
"""

from __future__ import annotations

from conftest import entity_table, label_rows

# Wikinews, 2019-01-15, Iranian cargo plane crashes into Karaj houses
_KARAJ = ("Press TV said the crash was followed by a fire. Photographs showed the aircraft, sans wings, with the "
          "cockpit buried within a house and twisted engine parts strewn around.")
# Wikinews, 2019-01-05, Florida highway pileup fire kills five children, two truck drivers
_GUARDRAILS = ("Florida Department of Transportation official Troy Roberts said yesterday morning the road itself "
               "will be examined as part of investigations. He said \"Guardrails can only take so much.\" The "
               "guardrail would be examined, Roberts said, to determine if it had performed as designed.")


class TestPluralsOpeningSentences:
    """A common noun's plural opening a sentence or a quotation is capitalised for that place only; the model read
    "Photographs" as a person and "Guardrails" as a body."""

    def test_photographs_is_no_person(self, nlp):
        rows = label_rows(entity_table(nlp, _KARAJ))
        assert "Photographs" not in rows and rows.get("Press TV") == "ORG"

    def test_guardrails_is_no_body(self, nlp):
        rows = label_rows(entity_table(nlp, _GUARDRAILS))
        assert "Guardrails" not in rows and rows.get("Troy Roberts") == "PERSON"

    def test_a_surname_named_in_full_elsewhere_is_kept(self, nlp):
        text = ("Attorney General Jeff Sessions spoke to reporters on Monday. Sessions said the department would "
                "review the case.")
        rows = label_rows(entity_table(nlp, text))
        assert rows.get("Jeff Sessions") == "PERSON"
        table = entity_table(nlp, text)
        assert int(table.loc[table["name"] == "Jeff Sessions", "mentions"].iloc[0]) == 2

    def test_a_name_that_is_no_plural_is_kept(self, nlp):
        rows = label_rows(entity_table(nlp, "Reuters reported the deal on Monday."))
        assert "Reuters" in rows
