"""The blind-pool event golds of session 46 (``tests/data/gold/wikinews-events-dev29`` and ``-dev30``, round
``blind46``; ``-dev33``, round ``blind46b``): each is well formed, each comes back byte for byte from its round's
script, and none shares a text with another or with an earlier event gold.

The golds' texts are Wikinews articles of 2019–2020 (Nancy Pelosi elected Speaker again, sevengill sharks moving
in as great whites leave False Bay, a Mini Maker Faire in Tyler, Texas, the death of Tonga's prime minister, a
stampede at Qasem Soleimani's funeral procession, a PG&E helicopter crash near Fairfield; Iran admitting it downed
a Ukrainian jet, Kobe Bryant's death in a helicopter crash, John Horton Conway's death, SARS-CoV-2 passing one
million infections in the United States, the wrestler Hana Kimura's death, an Air India Express crash at Calicut;
the Easter Island statues and water, Macron's call on the G7 over the Amazon fires, Hatice Cengiz at the UN General
Assembly, the radio host Don Imus's death, the WHO naming COVID-19, Pranab Mukherjee's death): Wikinews articles,
CC BY 2.5, credit "Wikinews contributors, en.wikinews.org". No rule was made on these golds; the tests check only
their form.
"""

from __future__ import annotations

import pytest

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart

# gold folder, its round's script (bench/audit/ROUND/SCRIPT), its files and events
GOLDS = [("wikinews-events-dev29", "blind46/make_gold_dev29.py", 6, 71),
         ("wikinews-events-dev30", "blind46/make_gold_dev30.py", 6, 55),
         ("wikinews-events-dev33", "blind46b/make_gold_dev33.py", 6, 94)]


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
