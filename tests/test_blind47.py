"""The blind-pool event golds of session 47 (``tests/data/gold/wikinews-events-dev34`` and ``-dev35``, round
``blind47``): each is well formed, each comes back byte for byte from its round's script, and neither shares a text
with the other or with an earlier event gold.

The golds' texts are Wikinews articles of 2019–2020 (deaths due to power plant pollution in the United States, the
General Services Administration letting Joe Biden begin the transition, a terrorist-related knife attack in
Streatham, John Paul Stevens's death, a rally in Washington, D.C. claiming the 2020 election was stolen, the end of
Samoa's measles emergency; Joe Biden projected president-elect, John Luk Jok's death, Tony Mendez's death, the
Furnal Equinox in Toronto, a judge ordering the release of President Trump's tax records, Bill de Blasio ending his
campaign): Wikinews articles, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org". No rule was made on these
golds; the tests check only their form.
"""

from __future__ import annotations

import pytest

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart

# gold folder, its round's script (bench/audit/ROUND/SCRIPT), its files and events
GOLDS = [("wikinews-events-dev34", "blind47/make_gold_dev34.py", 6, 119),
         ("wikinews-events-dev35", "blind47/make_gold_dev35.py", 6, 91)]


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
