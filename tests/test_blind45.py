"""The two blind-pool event golds of session 45 (``tests/data/gold/wikinews-events-dev25`` and ``-dev26``, round
``blind45``): each is well formed, each comes back byte for byte from its round's script, and neither shares a text
with the other or with an earlier event gold.

The golds' texts are Wikinews articles of 2019–2020 (a state-run bus crash in Cuba, a New Hampshire driver's plea
of not guilty, the Texas Haunters Convention, Rouhani on foreign powers in the Gulf, SARS-CoV-2 passing one million
infections, a fire at Bontddu Hall in Wales; the bishop emeritus of Marbel's death, aftershocks of a Mindanao
earthquake, O'Rourke ending his bid, American Samoans' citizenship ruling, Tesco's sale of its Polish stores, the
mayor of Seoul found dead): Wikinews articles, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org". No rule
was made on these golds; the tests check only their form.
"""

from __future__ import annotations

import pytest

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart

# gold folder, its script, its files and events
GOLDS = [("wikinews-events-dev25", "make_gold_dev25.py", 6, 92),
         ("wikinews-events-dev26", "make_gold_dev26.py", 6, 94)]


class TestBlindPoolGolds:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    @pytest.mark.parametrize("folder, script, files, events", GOLDS)
    def test_gold_is_well_formed(self, folder, script, files, events):
        check_event_gold(DATA / "gold" / folder, files=files, events=events)

    @pytest.mark.parametrize("folder, script, files, events", GOLDS)
    def test_the_committed_gold_comes_back_from_its_script(self, folder, script, files, events):
        check_event_gold_from_script(DATA / "gold" / folder, ROOT / "bench" / "audit" / "blind45" / script, files=files)

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([folder for folder, *_ in GOLDS])
