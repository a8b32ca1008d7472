"""The sex that a given name alone suggests: the weakest evidence of a person's sex, for where a text shows none.

The speakers' resolver (:class:`~toolkit.nlp.person_resolver.PersonResolver`) skips a person of the other sex when it
resolves a "he" or "she", but learns a person's sex from the text ("Mr", "his wife", a "she" that takes the
person up …). A person whose sex the text never shows would fit any pronoun: "The mother said “…”" could go to the
judge, Bernard Schwartz, named just before. The resolver then falls back, last and only for the people still without a sex, on the
person's given name as the US census of 1990 counts its bearers: ``data/given_names.tsv`` keeps only the names
that at least 98 % of their bearers share a sex with, a name missing from one sex's list counted at that list's
cut-off (see ``bench/given_names.py`` and ``data/NOTICE`` for the source and its licence). Names that both sexes
bear ("Jean", "Kim", "Jordan", "Andrea"), names too rare in the US to tell ("Darcy", "Mohammad") and names the census does
not list (many non-US names: "Hatice", "Volodymyr") give nothing.

The table is read once, on first use (333 names); a look-up is one dictionary access.

Example:
    >>> sex_of_given_name("Louise"), sex_of_given_name("Bernard"), sex_of_given_name("Jordan")
    ('f', 'm', None)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_TABLE = Path(__file__).resolve().parent / "data" / "given_names.tsv"


@cache
def _sexes() -> dict[str, str]:
    rows = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, sex, _ = line.split("\t")
            rows[name] = sex
    return rows


def sex_of_given_name(word: str) -> str | None:
    """``"f"`` or ``"m"`` for a given name that the census shows borne almost only by women or men, else ``None``
    (any case; "Mary-Kate" and initials give nothing)."""
    return _sexes().get(word.lower())


def given_names() -> frozenset[str]:
    """The given names of the table, in lower case (:func:`sex_of_given_name` tells a sex of each)."""
    return frozenset(_sexes())


def sex_of_full_name(name: str) -> str | None:
    """The sex :func:`sex_of_given_name` gives the first word of a name of two words or more ("Louise Turpin"):
    a single word may be a surname ("Bernard" is also one) and says nothing."""
    words = name.split()
    return sex_of_given_name(words[0]) if len(words) > 1 else None
