"""The look-up tables of :mod:`toolkit.nlp.official_names`: the firm names by their short form, built in one pass over
the keys, give what trying every key with every legal ending would give."""

from hypothesis import given
from hypothesis import strategies as st

from toolkit.nlp.official_names import _FIRM_ENDINGS, keys_by_firm_name

_WORDS = ("goldman", "sachs", "walt", "disney", "group", "holdings", "inc", "co", "&", "corp", "ltd", "plc", "kinder",
          "morgan", "companies")


def _by_every_ending(keys: set[str]) -> dict[str, set[str]]:
    """The definition: a key's full firm names are the keys that are it and one of the endings."""
    return {key: found for key in keys if (found := {f"{key} {e}" for e in _FIRM_ENDINGS} & keys)}


class TestKeysByFirmName:
    def test_a_listed_firm_under_its_short_names(self):
        firms = keys_by_firm_name(["goldman sachs group inc", "goldman sachs", "walt disney co", "wells fargo & co"])
        assert firms["goldman sachs"] == ["goldman sachs group inc"]
        assert firms["goldman sachs group"] == ["goldman sachs group inc"]
        assert firms["walt disney"] == ["walt disney co"]
        assert firms["wells fargo"] == ["wells fargo & co"]

    def test_an_ending_alone_is_no_firm(self):
        assert keys_by_firm_name(["inc", "group inc", "co"]) == {"group": ["group inc"]}

    @given(st.sets(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5).map(" ".join), max_size=30))
    def test_same_as_trying_every_ending(self, keys):
        firms = keys_by_firm_name(keys)
        assert {k: set(v) for k, v in firms.items() if k in keys} == _by_every_ending(keys)
