"""Round ecb54's rules, from the error rows of the ECB+ dev5 and dev6 golds, and one quotation rule from a White
House transcript.

- A quotation that ends with a full stop closes its sentence: words after it that the parser ran into the same
  sentence ("“They call me ‘Razin.’” I say, “Wait a minute.”") open the next one, and their verb of saying
  introduces the next quotation, not this one.

"WH" marks text of a White House press gaggle (``seeds/whitehouse-ukraine/A06``, public domain). The others are
written for the tests.
"""

from __future__ import annotations

import pytest

from conftest import speaker_of

# WH (A06): a dialogue the President retells in a transcript's turn; the captain's answer is not his.
DIALOGUE = ("THE PRESIDENT: I got down the stairs, and “What’s your first name?” “They call me ‘Razin.’” I say, “Wait "
            "a minute. Your name is Razin Caine? I love you.”\n\nQ President Trump, thank you.\n")
GAGGLE = "Press Gaggle by President Trump Aboard Air Force One"


@pytest.fixture(scope="module")
def transcript_quotes(nlp):
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    rows = extract([Document(id="t", path="t", text=DIALOGUE, sha256="0", title=GAGGLE)], nlp=nlp).quotes
    return [(q.text, q.speaker if isinstance(q.speaker, str) else None) for q in rows.itertuples()]


class TestQuotationClosedByAFullStop:
    """A verb of saying after a quotation closed by a full stop introduces the next quotation."""

    def test_the_answer_is_not_the_next_speakers(self, transcript_quotes):
        assert speaker_of(transcript_quotes, "They call me") is None
        assert speaker_of(transcript_quotes, "Wait a minute") == "Trump"

    def test_control_a_split_quotation_keeps_its_speaker(self, quotes_of):
        quotes = quotes_of("“We will win,” Smith said, “and we will win soon.”\n")
        assert speaker_of(quotes, "We will win") == "Smith"
        assert speaker_of(quotes, "and we will win soon") == "Smith"

    def test_control_quotations_with_no_words_between(self, quotes_of):
        quotes = quotes_of("Officials met on Monday.\n\n“We are ready.” “We will sign today,” Smith told reporters.\n")
        assert speaker_of(quotes, "We will sign today") == "Smith"
