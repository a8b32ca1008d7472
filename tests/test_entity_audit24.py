"""Entity rules after the entity audit (found and labelled) of ten fresh wire-style Wikinews reports (round
``entities24``, ``bench/audit/entities24.tsv``).

Each rule is checked on a sentence of the corpus outside the audited texts where the corpus has one, else on
the audited sentence. Wikinews texts: Wikinews contributors, en.wikinews.org, CC BY 2.5.
"""

from __future__ import annotations

from conftest import ents_of


class TestScoresOffNames:
    """"defeated Caboolture 43–5": a match's score written as one word ends no team's name."""

    def test_a_score_after_a_team_is_cut_off(self, nlp):
        # Caloundra defeat Wynnum in fourth round of 2020 Sunshine Coast Rugby Union season (2020-08-25); the
        # corpus has no other score written so.
        ents = ents_of(nlp, "In other results, Maroochydore defeated Caboolture 43–5, and University knocked of "
                          "Noosa 32–22")
        assert any(text == "Caboolture" for text, _ in ents)
        assert not any("43" in text for text, _ in ents)
