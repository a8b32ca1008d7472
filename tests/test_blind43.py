"""The two blind-pool event golds of session 43 (``tests/data/gold/wikinews-events-dev19`` and ``-dev20``, round
``blind43``): each is well formed, and each comes back byte for byte from its round's script.

The golds' texts are Wikinews articles of 2019–2020 (a hotel fire in New Delhi, nine men jailed in Bradford, Benin
and Nigeria join the AfCFTA, Kipchoge's marathon under two hours, ibis mummies, Samoa's measles shutdown; Taiwan's
same-sex marriage law, Sirhan Sirhan stabbed in prison, Hurricane Humberto, Robert Hunter's death, the first foreign
coronavirus deaths in Wuhan, a school bus hits a bridge in Winchester): Wikinews articles, CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org". No rule was made on these golds; the tests check only their form.
"""

from __future__ import annotations

import pytest

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart

# gold folder, its script, its files and events
GOLDS = [("wikinews-events-dev19", "make_gold_dev19.py", 6, 73),
         ("wikinews-events-dev20", "make_gold_dev20.py", 6, 79)]


class TestBlindPoolGolds:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    @pytest.mark.parametrize("folder, script, files, events", GOLDS)
    def test_gold_is_well_formed(self, folder, script, files, events):
        check_event_gold(DATA / "gold" / folder, files=files, events=events)

    @pytest.mark.parametrize("folder, script, files, events", GOLDS)
    def test_the_committed_gold_comes_back_from_its_script(self, folder, script, files, events):
        check_event_gold_from_script(DATA / "gold" / folder, ROOT / "bench" / "audit" / "blind43" / script, files=files)

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([folder for folder, *_ in GOLDS])
