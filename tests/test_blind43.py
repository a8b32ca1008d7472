"""The two blind-pool event golds of session 43 (``tests/data/gold/wikinews-events-dev19`` and ``-dev20``, round
``blind43``): each is well formed, and each comes back byte for byte from its round's script.

The golds' texts are Wikinews articles of 2019–2020 (a hotel fire in New Delhi, nine men jailed in Bradford, Benin
and Nigeria join the AfCFTA, Kipchoge's marathon under two hours, ibis mummies, Samoa's measles shutdown; Taiwan's
same-sex marriage law, Sirhan Sirhan stabbed in prison, Hurricane Humberto, Robert Hunter's death, the first foreign
coronavirus deaths in Wuhan, a school bus hits a bridge in Winchester): Wikinews articles, CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org". No rule was made on these golds; the tests check only their form.
"""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from conftest import ROOT, check_event_gold

AUDIT = ROOT / "bench" / "audit"
GOLD = ROOT / "tests" / "data" / "gold"
sys.path.insert(0, str(AUDIT))
import gold_writer  # noqa: E402

# gold folder, its script, its files and events
GOLDS = [("wikinews-events-dev19", "make_gold_dev19.py", 6, 73),
         ("wikinews-events-dev20", "make_gold_dev20.py", 6, 79)]


def _script(name: str):
    """A round script as a module: its annotations, its writer not run (it runs only as __main__)."""
    spec = importlib.util.spec_from_file_location(f"blind43_{name[:-3]}", AUDIT / "blind43" / name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestBlindPoolGolds:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    @pytest.mark.parametrize("folder, script, files, events", GOLDS)
    def test_gold_is_well_formed(self, folder, script, files, events):
        check_event_gold(GOLD / folder, files=files, events=events)

    @pytest.mark.parametrize("folder, script, files, events", GOLDS)
    def test_the_committed_gold_comes_back_from_its_script(self, folder, script, files, events):
        docs = _script(script).DOCS
        assert len(docs) == files
        for file, (_, rows) in docs.items():
            text = (GOLD / folder / "texts" / file).read_text(encoding="utf-8")
            committed = json.loads((GOLD / folder / file.replace(".txt", ".json")).read_text(encoding="utf-8"))
            assert gold_writer.event_rows(text, rows) == committed["events"]

    def test_the_two_golds_share_no_text(self):
        names = [{p.name for p in (GOLD / folder / "texts").glob("*.txt")} for folder, *_ in GOLDS]
        assert len(names[0]) == len(names[1]) == 6 and not names[0] & names[1]
