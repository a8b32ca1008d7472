"""An object pronoun after a speaker's quotation goes on with the one the quoted words were about.

"Scripps Oceanography director Margaret Leinen said “Munk has been a world treasure …”. She
described him as …": nobody of the pronoun's sex is named outside quotation marks in that sentence
or the one before, so "him" is Munk, the subject of the quoted clause, not the chancellor named as a
subject two sentences back (session 24's Wikinews identity check found the row).

Real sentences of a Wikinews article (text CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"; tests/data/gold/wikinews-dev2/texts, the death of Walter Munk).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

MUNK = ("The death of pioneering oceanographer Walter Munk was announced on Friday by the University of California, "
        "San Diego. He was 101 and died of pneumonia in La Jolla, California.\n\n"
        "\"Walter was the most brilliant scientist I have ever known,\" said University of California, San Diego's "
        "chancellor, Pradeep Khosla. Khosla talked of Munk's \"countless discoveries that put the university on the "
        "map as a great research institution\" and \"his global leadership on the great scientific issues of our "
        "time.\" Scripps Oceanography director Margaret Leinen said \"Munk has been a world treasure for ocean "
        "science and geophysics.\" She described him as \"a guiding force, a stimulating force, a provocative force "
        "in science for 80 years\" who was \"one of the most distinguished and honored scientists in the world\".\n")


class TestQuotedTopic:
    """"Leinen said “Munk has been …”. She described him": him is Walter Munk."""

    def test_described_is_munk(self, nlp, tmp_path):
        events = events_of(MUNK, dt.date(2019, 2, 11), "munk", nlp=nlp, folder=tmp_path)
        described = events[events["verb"] == "describe"]
        assert not described.empty
        assert (described["subject"] == "Margaret Leinen").all()
        assert (described["object"] == "Walter Munk").all()

    def test_quoted_surnames_apart(self, nlp):
        from toolkit.nlp.quotation_marks import quoted_tokens
        from toolkit.nlp.surname_subjects import unlabelled_surnames

        doc = nlp("Walter Munk died. Leinen said \"Munk has been a world treasure.\"")
        inside = quoted_tokens(doc)
        people = [(0, "Walter Munk", True, False)]
        # the model leaves the quoted "Munk" unlabelled: found only when quotations are asked for
        quoted = unlabelled_surnames(doc, people, inside, quoted=True)
        assert [(doc[i].text, name) for i, name in quoted] == [("Munk", "Walter Munk")]
        assert all(i in inside for i, _ in quoted)
        assert unlabelled_surnames(doc, people, inside) == []
