"""Entity rules after the audit of the Universal NER gold on UD English EWT weblogs and newsgroup posts that read as
news or commentary on news (round ``entities63``, ``bench/audit/entities63.tsv``): a wire story's dateline quoted in
a weblog ("TEHRAN (AFP) - …").

Each rule is checked on the audited sentences (UD English EWT, CC BY-SA 4.0, with the Universal NER annotation),
with controls.
"""

from __future__ import annotations

from conftest import ents_of

# weblog-blogspot.com_aggressivevoicedaily_20060814163400 (EWT)
_TEHRAN = ("Amazingly, these idiots think a cartoon of Mohammed is comparable to what we can expect in this new fun "
           "contest: TEHRAN (AFP) - An international contest of cartoons on the Holocaust opened in Tehran in "
           "response to the publication in Western papers last September of caricatures of the Prophet Mohammed.")

class TestDatelines:
    """"TEHRAN (AFP) - …": a wire dateline's place in capitals and its agency in brackets before a dash, which the
    model left untagged (and "KABUL" before a region it called a body)."""

    def test_the_place_and_the_agency(self, nlp):
        ents = ents_of(nlp, _TEHRAN)
        assert ("TEHRAN", "GPE") in ents and ("AFP", "ORG") in ents

    def test_a_place_before_its_region_is_no_body(self, nlp):
        ents = ents_of(nlp, "KABUL, Afghanistan (AP) — A suicide bomber killed 12 people on Sunday.")
        assert ("KABUL", "GPE") in ents and ("AP", "ORG") in ents

    def test_a_known_dateline_stays(self, nlp):
        ents = ents_of(nlp, "WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a bill to fund the government.")
        assert ("WASHINGTON", "GPE") in ents and ("Reuters", "ORG") in ents

    def test_brackets_inside_a_sentence_are_no_dateline(self, nlp):
        ents = ents_of(nlp, "The report was written by the SEC (Enforcement) - and nobody read it.")
        assert not any(label == "GPE" for _, label in ents)
