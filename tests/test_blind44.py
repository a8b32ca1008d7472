"""The two blind-pool event golds of session 44 (``tests/data/gold/wikinews-events-dev21`` and ``-dev22``, round
``blind44``): each is well formed, each comes back byte for byte from its round's script, and neither shares a text
with the other or with an earlier event gold.

The golds' texts are Wikinews articles of 2019–2020 (a pile-up and fire on a Florida highway, Qandeel Baloch's
brother sentenced, slug glues for medicine, a Sunshine Coast rugby match, Eddie Van Halen's death, Germany on
Navalny's poisoning; twin bombs at the Jolo Cathedral, Alexei Leonov's death, Typhoon Phanfone, Sanders endorses
Biden, face coverings on England's public transport, a jackal killed by explosives in Tamil Nadu): Wikinews
articles, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org". No rule was made on these golds; the tests
check only their form.
"""

from __future__ import annotations

import pytest

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart

# gold folder, its script, its files and events
GOLDS = [("wikinews-events-dev21", "make_gold_dev21.py", 6, 101),
         ("wikinews-events-dev22", "make_gold_dev22.py", 6, 76)]


class TestBlindPoolGolds:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    @pytest.mark.parametrize("folder, script, files, events", GOLDS)
    def test_gold_is_well_formed(self, folder, script, files, events):
        check_event_gold(DATA / "gold" / folder, files=files, events=events)

    @pytest.mark.parametrize("folder, script, files, events", GOLDS)
    def test_the_committed_gold_comes_back_from_its_script(self, folder, script, files, events):
        check_event_gold_from_script(DATA / "gold" / folder, ROOT / "bench" / "audit" / "blind44" / script, files=files)

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([folder for folder, *_ in GOLDS])
