"""The blind-pool event golds of session 48 (``tests/data/gold/wikinews-events-dev36`` and ``-dev37``, round
``blind48``): each is well formed, each comes back byte for byte from its round's script, and neither shares a text
with the other or with an earlier event gold.

The golds' texts are Wikinews articles of 2019–2020 (Conservative Party members electing Boris Johnson their
leader, Hong Kong protesters surrounding the police headquarters, Walter Munk's death, the UK Supreme Court ruling
the prorogation of Parliament unlawful, Elizabeth Warren endorsing Joe Biden, Hosni Mubarak's death; Jacques
Chirac's death, the Conservative Party's majority in the 2019 UK general election, the tributes paid to Chadwick
Boseman, President Trump granting eleven people clemency, Carrie Lam's policy speech given by video after protests
in Hong Kong's legislature, Kay Hagan's death): Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org". No rule was made on these golds; the tests check only their form.
"""

from __future__ import annotations

import pytest

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart

# gold folder, its round's script (bench/audit/ROUND/SCRIPT), its files and events
GOLDS = [("wikinews-events-dev36", "blind48/make_gold_dev36.py", 6, 83),
         ("wikinews-events-dev37", "blind48/make_gold_dev37.py", 6, 106)]


class TestBlindPoolGolds:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    @pytest.mark.parametrize("folder, script, files, events", GOLDS)
    def test_gold_is_well_formed(self, folder, script, files, events):
        check_event_gold(DATA / "gold" / folder, files=files, events=events)

    @pytest.mark.parametrize("folder, script, files, events", GOLDS)
    def test_the_committed_gold_comes_back_from_its_script(self, folder, script, files, events):
        check_event_gold_from_script(DATA / "gold" / folder, ROOT / "bench" / "audit" / script, files=files)

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([folder for folder, *_ in GOLDS])
