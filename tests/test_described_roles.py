"""A description of one person ("the President", "the judge") stands for someone the text has
given that role before it, not for a person it names so only later in the document.

Real passages of the corpora in /work/shared/corpora (White House texts, public domain; Wikinews,
CC BY 2.5, credit "Wikinews contributors, en.wikinews.org").
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

# Press briefing of 2025-02-20 (the seed set whitehouse-ukraine, A08), its opening paragraphs, and
# a later line of the same briefing that calls Obama "President Obama".
BRIEFING = (
    "Today marks one month of President Trump's return to the Oval Office, and there is no denying this "
    "administration is off to a historic start. The President has already signed 73 executive orders. That is "
    "more than double the number signed by Joe Biden and more than quadruple the number signed by Barack Obama "
    "over the same period.\n\n"
    "The President also signed the Laken Riley Act into law, which ensures ICE will detain illegal aliens "
    "arrested or charged with theft or violence.\n\n"
    "Under President Obama, the numbers were far lower.\n"
)

# Wikinews, 2019-03-15: Paul Manafort's second sentence; "Judge Amy Berman Jackson" comes later.
MANAFORT = (
    "On Wednesday, Paul Manafort, former campaign chairman for U.S. President Donald Trump, was sentenced to "
    "an additional 43 months in prison. Judge Jackson clarified in the proceedings that her sentencing decisions "
    "were not connected to or impacted by the sentence Manafort received in a separate case.\n"
)


class TestDescribedRoles:
    """A role named with "the" goes to the person the text has called so before it."""

    def test_the_president_is_the_one_titled_so_before(self, nlp, tmp_path):
        events = events_of(BRIEFING, dt.date(2025, 2, 20), "briefing", nlp=nlp, folder=tmp_path)
        signed = events[(events["verb"] == "sign") & events["object"].fillna("").str.contains("Laken Riley")]
        assert len(signed) == 1
        # Obama, named just before and called "President Obama" only later, is not "the President"
        assert signed["subject"].iloc[0].split()[-1] == "Trump"

    def test_a_person_named_only_as_a_sentence_is_no_subject(self, nlp, tmp_path):
        events = events_of(MANAFORT, dt.date(2019, 3, 15), "manafort", nlp=nlp, folder=tmp_path)
        impacted = events[events["verb"] == "impact"]
        assert "Paul Manafort" not in set(impacted["subject"].dropna())
