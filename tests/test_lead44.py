"""Session 44's lead: a sum of money written as a range of rupees is no body, and per-document findings are kept
with the Doc's columns (:func:`toolkit.nlp.lookups.kept`).

The range is from a Wikinews interview (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org")."""

from __future__ import annotations

from conftest import ents_of

from toolkit.nlp import lookups


class TestCurrencyRanges:
    """"It cost around Rs.30-Rs.40": a range of sums in the rupee's letters is money, no body."""

    def test_range_of_rupees(self, nlp):
        ents = ents_of(nlp, "The mask we had, we made it at home. It cost around Rs.30-Rs.40 at the market.")
        assert not any("Rs.30" in name and label != "MONEY" for name, label in ents)

    def test_range_with_a_bare_upper_end(self, nlp):
        ents = ents_of(nlp, "The mask cost around Rs.30-40 at the market.")
        assert ("Rs.30-40", "MONEY") in ents

    def test_name_with_letters_and_digits_stays(self, nlp):
        # control: a name of letters, digits and a hyphen that is no sum keeps its label
        ents = ents_of(nlp, "The droid R2-D2 appeared in every film of the saga, Lucasfilm said.")
        assert not any(label == "MONEY" for _, label in ents)


class TestKept:
    """A per-document finding is computed once per Doc, anew for another Doc or after :func:`lookups.forget`."""

    def test_once_per_doc(self, nlp):
        doc, calls = nlp("The court met."), []
        compute = lambda d: calls.append(d) or len(d)  # noqa: E731
        assert lookups.kept(doc, "test-length", compute) == 4
        assert lookups.kept(doc, "test-length", compute) == 4
        assert len(calls) == 1

    def test_anew_for_another_doc_and_after_forget(self, nlp):
        first, second, calls = nlp("The court met."), nlp("It rained in Paris today."), []
        compute = lambda d: calls.append(d) or len(d)  # noqa: E731
        assert lookups.kept(first, "test-length", compute) == 4
        assert lookups.kept(second, "test-length", compute) == 6
        lookups.forget(second)
        assert lookups.kept(second, "test-length", compute) == 6
        assert [d is second for d in calls] == [False, True, True]

    def test_a_none_finding_is_kept(self, nlp):
        doc, calls = nlp("The court met."), []
        assert lookups.kept(doc, "test-none", lambda d: calls.append(d)) is None
        assert lookups.kept(doc, "test-none", lambda d: calls.append(d)) is None
        assert len(calls) == 1
